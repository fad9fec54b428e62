// Finds companies and people. Known names come from the company table (shipped plus the user's);
// unknown companies are recognized from context: legal suffixes ("Muster AG"), "der Konzern X",
// and compounds such as "X-Chef". Places and products are never companies.
// Speed: one pass over the words notes the few tokens that can start a name (a hash of the first
// characters, read from the text, rules out most words) or mark an unknown company; the later passes
// look only at those, and multi-word names are matched through a tree of tokens.

import type { CompanyMention, PersonMention, Span } from '../model';
import { BUILTIN_COMPANIES, type CompanyKind, type CompanyRow } from '../data/companies';
import { isLowerCode, isUpperCode, startsUpper } from '../text/chars';
import { CAPITALIZED, INNER_UPPER, joinedWord, scanWords, type WordToken } from '../text/words';
import { COMPANY_COMPOUND_HEADS, FIRST_NAMES, LEGAL_SUFFIXES, NOT_NAMES, PLACES, PRODUCTS } from '../data/entities';

/** A word, or words joined by ".", "&" or an apostrophe ("Amazon.com"); the same shape as WordToken. */
type Token = WordToken;

export interface CompanyInfo {
  name: string;
  kind: CompanyKind;
  aliases: string[];
  ambiguous: boolean;
}

/** One alias of a company, with what the matcher needs to know about it precomputed. */
interface AliasEntry {
  info: CompanyInfo;
  /** Does the alias start with a capital? It must be written the same way. */
  upper: boolean;
  source: 'table' | 'alias';
}

/** A word that can start a mention, with what the matcher needs to know about it. */
interface StartWord {
  /** The company names starting with the word. */
  names: KeyNode<AliasEntry> | undefined;
  /** Can a token with this lower-case form be a first name? */
  firstName: boolean;
  /** Can the word start a company name when written in lower case ("wallstreetONLINE", "xAI")? */
  lowerCase: boolean;
}

/**
 * First names in lower case, with final sigma folded: a token's lower-case form comes from the whole
 * text, where "Σ" may lower-case to "σ" or "ς" depending on what follows.
 */
const FIRST_NAME_KEYS: ReadonlySet<string> = new Set([...FIRST_NAMES].map((name) => sigmaFold(name.toLowerCase())));

function sigmaFold(word: string): string {
  return word.replace(/ς/g, 'σ');
}

/**
 * Keys of several tokens as a tree of tokens: a match walks it token by token instead of building
 * "bank", "bank of", "bank of america" as strings and hashing each.
 */
interface KeyNode<V> {
  value: V | undefined;
  next: Map<string, KeyNode<V>> | null;
}

/** Stores `value` under a key of lower-case tokens joined by spaces ("bank of america"). */
function insertKey<V>(roots: Map<string, KeyNode<V>>, key: string, value: V): void {
  const parts = key.split(' ');
  let level = roots;
  let node: KeyNode<V> | undefined;
  for (let p = 0; p < parts.length; p++) {
    node = level.get(parts[p]);
    if (!node) level.set(parts[p], (node = { value: undefined, next: null }));
    if (p < parts.length - 1) level = node.next ??= new Map();
  }
  node!.value = value;
}

/** A compiled company table: alias keys (lower-case tokens joined by spaces) → company. */
export class CompanyTable {
  private readonly byKey = new Map<string, AliasEntry>();
  private readonly infos = new Map<string, CompanyInfo>();
  /** The same keys as a tree, by first token. */
  readonly keyTree = new Map<string, KeyNode<AliasEntry>>();
  /**
   * By first character, what a word written in lower case can be: ALIAS_INITIAL for the first
   * character of an alias written in lower case ("wallstreetONLINE", "xAI", "dpa-AFX"), MARKER_INITIAL
   * for that of a marker word ("plc", "company"). Most lower-case words are neither.
   */
  readonly lowerInitials = new Uint8Array(65536);
  /** One bit per textHash of a start word: 8 KB that stay in the cache. */
  private readonly startBits = new Uint32Array(START_HASH_SIZE >>> 5);
  /**
   * The same for the start words a lower-case token can be (lower-case aliases and first names), so
   * that frequent words such as "der" and "the", which only start "Der …" and "The …", are ruled out
   * without cutting them from the text.
   */
  private readonly lowerStartBits = new Uint32Array(START_HASH_SIZE >>> 5);
  /**
   * Every word (lower-case) that can start a company mention or a person: first words of aliases,
   * their genitives ("amazons", "amazon's") and first names. A capitalized word outside it is skipped.
   */
  private readonly startWords = new Map<string, StartWord>();

  constructor(rows: readonly CompanyRow[]) {
    for (const word of MARKER_WORDS) this.lowerInitials[word.charCodeAt(0)] |= MARKER_INITIAL;
    for (const name of FIRST_NAMES) this.startWord(name.toLowerCase());
    for (const row of rows) this.add(row);
  }

  add(row: CompanyRow): void {
    let info = this.infos.get(row.name);
    if (!info) {
      info = { name: row.name, kind: row.kind ?? 'company', aliases: [], ambiguous: row.ambiguous ?? false };
      this.infos.set(row.name, info);
    } else if (row.kind) {
      info.kind = row.kind;
    }
    for (const alias of [row.name, ...(row.aliases ?? [])]) {
      const key = aliasKey(alias);
      if (!key) continue;
      if (alias !== row.name && !info.aliases.includes(alias)) info.aliases.push(alias);
      const entry: AliasEntry = { info, upper: isUpperInitial(alias.charCodeAt(0)), source: alias === info.name ? 'table' : 'alias' };
      this.byKey.set(key.key, entry);
      insertKey(this.keyTree, key.key, entry);
      const firstWord = key.tokens > 1 ? key.key.slice(0, key.key.indexOf(' ')) : key.key;
      const start = this.startWord(firstWord);
      start.names = this.keyTree.get(firstWord);
      if (!entry.upper) {
        start.lowerCase = true;
        setHashBit(this.lowerStartBits, firstWord);
      }
      if (key.tokens === 1) for (const ending of ['s', "'s", '’s']) this.startWord(key.key + ending);
      if (!isUpperCode(alias.charCodeAt(0))) this.lowerInitials[alias.charCodeAt(0)] |= ALIAS_INITIAL;
    }
  }

  /** The record of a start word, created on first use. */
  private startWord(word: string): StartWord {
    let start = this.startWords.get(word);
    if (!start) {
      start = { names: undefined, firstName: FIRST_NAME_KEYS.has(sigmaFold(word)), lowerCase: false };
      this.startWords.set(word, start);
      setHashBit(this.startBits, word);
      if (start.firstName) setHashBit(this.lowerStartBits, word);
    }
    return start;
  }

  /**
   * The start word a token is, if any. Most tokens are ruled out by their textHash alone. With
   * `lowerCase`, only start words a lower-case token can be are looked for.
   */
  startOf(t: Token, hash: number, lowerCase: boolean): StartWord | undefined {
    if (hash >= 0 && !hasBit(lowerCase ? this.lowerStartBits : this.startBits, hash)) return undefined;
    return this.startWords.get(t.lower);
  }

  lookup(key: string): AliasEntry | undefined {
    return this.byKey.get(key);
  }

  info(name: string): CompanyInfo | undefined {
    return this.infos.get(name);
  }
}

const START_HASH_SIZE = 1 << 16;

/** Flags of CompanyTable.lowerInitials. */
const ALIAS_INITIAL = 1;
const MARKER_INITIAL = 2;

/** Is the bit of a textHash set? */
function hasBit(bits: Uint32Array, hash: number): boolean {
  return (bits[hash >>> 5] & (1 << (hash & 31))) !== 0;
}

/** Sets the bit of a (lower-case) word's textHash. */
function setHashBit(bits: Uint32Array, word: string): void {
  const hash = wordHash(word);
  if (hash >= 0) bits[hash >>> 5] |= 1 << (hash & 31);
}

/**
 * A small-integer hash of a word's length and first three characters, read from the text (no
 * allocation, no string hash), that equals the hash of the word's lower-case form; -1 when one of
 * those characters is beyond Latin-1. Latin-1 capitals lower-case by setting bit 5 ('A' → 'a',
 * 'Ä' → 'ä'), and the other Latin-1 characters do not change, so bit 5 is simply set for all.
 * A word whose first three characters are Latin-1 keeps its length when lower-cased: only capitals
 * (İ) change length, and a capital after the first character makes a token INNER_UPPER, which
 * skips this filter; no character outside Latin-1 but a capital lower-cases into it ('K' → 'k').
 */
function textHash(text: string, start: number, end: number): number {
  const length = end - start;
  return charsHash(text.charCodeAt(start), length > 1 ? text.charCodeAt(start + 1) : 0, length > 2 ? text.charCodeAt(start + 2) : 0, length);
}

/**
 * The textHash of a word of the tables. A copy of textHash's reading on purpose: V8 tunes each
 * charCodeAt to the kinds of string it has seen, and when textHash also read the tables' words
 * (literals among them), its reading of the article text became ~40% slower for the whole scan.
 */
function wordHash(word: string): number {
  const length = word.length;
  return charsHash(word.charCodeAt(0), length > 1 ? word.charCodeAt(1) : 0, length > 2 ? word.charCodeAt(2) : 0, length);
}

function charsHash(c0: number, c1: number, c2: number, length: number): number {
  if ((c0 | c1 | c2) >= 0x100) return -1;
  return ((c0 | 32) * 961 + (c1 | 32) * 31 + (c2 | 32) + length * 7919) & (START_HASH_SIZE - 1);
}

/** Is the character a capital, in the sense "it changes when lower-cased"? ASCII without a string. */
function isUpperInitial(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:[.&'’][\p{L}\p{N}]+)*/gu;

function aliasKey(alias: string): { key: string; tokens: number } | null {
  const parts = alias.match(TOKEN_PATTERN);
  return parts ? { key: parts.join(' ').toLowerCase(), tokens: parts.length } : null;
}

let builtinTable: CompanyTable | null = null;
const tableCache = new WeakMap<readonly CompanyRow[], CompanyTable>();

/** The built-in table, extended by the user's rows (compiled once per rows array). */
export function companyTableFor(extra: readonly CompanyRow[] | undefined): CompanyTable {
  if (!extra || extra.length === 0) return (builtinTable ??= new CompanyTable(BUILTIN_COMPANIES));
  let table = tableCache.get(extra);
  if (!table) {
    table = new CompanyTable([...BUILTIN_COMPANIES, ...extra]);
    tableCache.set(extra, table);
  }
  return table;
}

/** Splits a glued token at lower→upper changes: "AktievorwärtsAmazon" → "Aktievorwärts", "Amazon". */
function camelParts(token: Token): Token[] {
  const text = token.text;
  let parts: Token[] | null = null;
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (isUpperCode(text.charCodeAt(i)) && isLowerCode(text.charCodeAt(i - 1))) {
      const part = text.slice(from, i);
      (parts ??= []).push({ start: token.start + from, end: token.start + i, lower: part.toLowerCase(), text: part, caps: CAPITALIZED });
      from = i;
    }
  }
  if (!parts) return NO_PARTS;
  const rest = text.slice(from);
  parts.push({ start: token.start + from, end: token.end, lower: rest.toLowerCase(), text: rest, caps: CAPITALIZED });
  return parts;
}

const NO_PARTS: Token[] = [];

/** What one pass over the words finds (see scanTokens). */
interface TokenScan {
  tokens: readonly Token[];
  /** Tokens that may start a table name or a person (before article-local names are known). */
  starts: number[];
  /** The start word of each of them. */
  startWords: StartWord[];
  /** Tokens shaped like a marker of an unknown company ("AG", "Chef", "Konzern"). */
  markers: number[];
}

/**
 * Words joined by ".", "&" or an apostrophe with no space become one token: "Amazon.com", "E.ON",
 * "Amazon's". The same pass notes the few tokens the later passes need to look at, so those passes
 * need not walk every token again. It reads each word's offsets and caps only: most words are
 * lower-case and ruled out by their first character.
 */
function scanTokens(text: string, words: readonly WordToken[], table: CompanyTable): TokenScan {
  const starts: number[] = [];
  const startWords: StartWord[] = [];
  const markers: number[] = [];
  const lowerInitials = table.lowerInitials;
  // Joins are rare (mostly numbers such as "2.800"): they are noted, and the tokens are copied once at the end.
  let joined: Token[] | null = null;
  /** For each joined token: the index of its first word and the number of words. */
  let joinedWords: number[] | null = null;
  let merged = 0;
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const word = words[i];
    const start = word.start;
    let end = word.end;
    let caps = word.caps;
    let token: Token = word;
    const index = i - merged;
    // `i + 1 < n` first: reading past the end of the text would make V8 slow down every charCodeAt here.
    if (i + 1 < n && isJoiner(text.charCodeAt(end)) && words[i + 1].start === end + 1) {
      const from = i;
      do {
        caps |= words[++i].caps === 0 ? 0 : INNER_UPPER;
        end = words[i].end;
      } while (i + 1 < n && isJoiner(text.charCodeAt(end)) && words[i + 1].start === end + 1);
      token = joinedWord(words, from, i, caps, text);
      (joined ??= []).push(token);
      (joinedWords ??= []).push(from, i - from + 1);
      merged += i - from;
    }
    const initial = text.charCodeAt(start);
    const flags = caps === 0 ? lowerInitials[initial] : ALIAS_INITIAL | MARKER_INITIAL;
    if (flags === 0) continue;
    const hash = textHash(text, start, end);
    if ((flags & MARKER_INITIAL) !== 0 && MARKER_SHAPES[shape(end - start, initial)] === 1 && (hash < 0 || hasBit(MARKER_HASHES, hash))) {
      markers.push(index);
    }
    if ((flags & ALIAS_INITIAL) === 0) continue;
    const startWord = caps & INNER_UPPER ? ANY_START : knownStart(token, hash, caps, initial, table);
    if (startWord !== null) {
      starts.push(index);
      startWords.push(startWord);
    }
  }
  let tokens: readonly Token[] = words;
  if (joined !== null && joinedWords !== null) {
    // From the last join back, so the word indices of the earlier ones stay valid.
    const copy = words.slice();
    for (let j = joined.length - 1; j >= 0; j--) copy.splice(joinedWords[2 * j], joinedWords[2 * j + 1], joined[j]);
    tokens = copy;
  }
  return { tokens, starts, startWords, markers };
}

/**
 * The start word of a token, ANY_START when it may start a name without being one (a camel-case
 * token, an article-local name), or null when it starts nothing. Most words start in lower case,
 * and most capitalized words are nouns: both are ruled out cheaply.
 */
function startOf(text: string, t: Token, table: CompanyTable, local: LocalNames | null): StartWord | null {
  if (t.caps & INNER_UPPER) return ANY_START;
  const initial = text.charCodeAt(t.start);
  // Only a few lower-case aliases ("wallstreetONLINE") need a look at lower-case words.
  if (t.caps === 0 && (table.lowerInitials[initial] & ALIAS_INITIAL) === 0) return null;
  const start = knownStart(t, textHash(text, t.start, t.end), t.caps, initial, table);
  if (start !== null) return start;
  return local !== null && local.has(t.lower) ? ANY_START : null;
}

/** The start word of the table a token (not camel-case; if lower-case, with an alias initial) is, if any; `hash` is its textHash. */
function knownStart(t: Token, hash: number, caps: number, initial: number, table: CompanyTable): StartWord | null {
  const start = table.startOf(t, hash, caps === 0 && !isUpperInitial(initial));
  // A lower-case word matches only lower-case aliases (see matchAt) or a first name.
  return start !== undefined && (caps !== 0 || start.lowerCase || start.firstName || isUpperInitial(initial)) ? start : null;
}

/** Stands for "look the token up": it may be a first name or start any name. */
const ANY_START: StartWord = { names: undefined, firstName: true, lowerCase: true };

/** The nouns of "der Konzern X", "the company X". */
const CONTEXT_NOUNS: ReadonlySet<string> = new Set(['Konzern', 'Autobauer', 'Chipkonzern', 'company']);

/** Length and first character of a word as a small integer; collisions only cost a Set look-up. */
function shape(length: number, first: number): number {
  return ((length & 31) << 7) | (first & 127);
}

/** Marks the shapes of a word set, so most words are ruled out without slicing or hashing them. */
function shapesOf(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(32 * 128);
  for (const word of words) shapes[shape(word.length, word.charCodeAt(0))] = 1;
  return shapes;
}

const LEGAL_SUFFIX_SHAPES = shapesOf(LEGAL_SUFFIXES);
const COMPOUND_HEAD_SHAPES = shapesOf(COMPANY_COMPOUND_HEADS);
const CONTEXT_NOUN_SHAPES = shapesOf(CONTEXT_NOUNS);
const PRODUCT_SHAPES = shapesOf(PRODUCTS);
/** Words that mark an unknown company next to them (see findLocalNames). */
const MARKER_WORDS = [...LEGAL_SUFFIXES, ...COMPANY_COMPOUND_HEADS, ...CONTEXT_NOUNS];
const MARKER_SHAPES = shapesOf(MARKER_WORDS);
/** The textHashes of the marker words: with their shapes, they rule out most words that are none. */
const MARKER_HASHES = new Uint32Array(START_HASH_SIZE >>> 5);
for (const word of MARKER_WORDS) setHashBit(MARKER_HASHES, word.toLowerCase());

/** Is text[start, end) one of the words of `set`? */
function isWordIn(text: string, start: number, end: number, shapes: Uint8Array, set: ReadonlySet<string>): boolean {
  return shapes[shape(end - start, text.charCodeAt(start))] === 1 && set.has(text.slice(start, end));
}

/** ".", "&", "'", "’". */
function isJoiner(code: number): boolean {
  return code === 46 || code === 38 || code === 39 || code === 0x2019;
}

/** Only a space or a hyphen may join the tokens of one name. */
function joinable(text: string, left: Token, right: Token): boolean {
  const gap = right.start - left.end;
  if (gap !== 1) return false;
  const ch = text[left.end];
  return ch === ' ' || ch === '-' || ch === '\u00a0';
}

/** Is [start, end) inside one of the sorted spans? The cursor only moves forward, as tokens do. */
function insideSorted(spans: readonly Span[], start: number, end: number, cursor: { i: number }): boolean {
  while (cursor.i < spans.length && spans[cursor.i].end <= start) cursor.i++;
  const s = spans[cursor.i];
  return s !== undefined && s.start < end && start < s.end;
}

/** Finds every company and person mention. `blocked` spans (figures, dates) are skipped. */
export function extractCompaniesAndPeople(
  text: string,
  table: CompanyTable,
  blocked: readonly Span[],
  words: readonly WordToken[] = scanWords(text),
): { companies: CompanyMention[]; people: PersonMention[] } {
  const scan = scanTokens(text, words, table);
  const tokens = scan.tokens;
  const local = findLocalNames(text, tokens, scan.markers, table);
  let { starts, startWords } = scan;
  if (local !== null) {
    // Article-local names can start anywhere; they are rare, so then the tokens are simply walked again.
    starts = [];
    startWords = [];
    for (let i = 0; i < tokens.length; i++) {
      const start = startOf(text, tokens[i], table, local);
      if (start !== null) {
        starts.push(i);
        startWords.push(start);
      }
    }
  }
  const companies: CompanyMention[] = [];
  const people: PersonMention[] = [];
  const cursor = { i: 0 };
  // Tokens before `free` belong to a mention already found.
  let free = 0;
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s];
    if (i < free) continue;
    free = i + 1;
    const t = tokens[i];
    const upper = (t.caps & CAPITALIZED) !== 0;
    if (insideSorted(blocked, t.start, t.end, cursor)) continue;
    const start = startWords[s];
    // People: a known first name followed by a capitalized surname.
    const person = start.firstName ? personAt(text, tokens, i) : null;
    if (person) {
      people.push(person.mention);
      free = person.last + 1;
      continue;
    }
    const hit = matchAt(text, tokens, i, 1, start === ANY_START ? table.keyTree.get(t.lower) : start.names, local?.get(t.lower));
    if (hit) {
      const last = tokens[i + hit.tokens - 1];
      if (!isWordIn(text, t.start, last.end, PRODUCT_SHAPES, PRODUCTS)) {
        companies.push({ kind: 'company', start: t.start, end: last.end, text: text.slice(t.start, last.end), name: hit.name, source: hit.source });
      }
      free = i + hit.tokens;
      continue;
    }
    // Genitive and possessive: "Amazons", "Amazon's".
    if (upper && t.lower.length > 2 && t.lower.charCodeAt(t.lower.length - 1) === 115 /* s */) {
      const apostrophe = t.lower.charCodeAt(t.lower.length - 2);
      const base = apostrophe === 39 || apostrophe === 0x2019 ? t.lower.slice(0, -2) : t.lower.slice(0, -1);
      const hitBase = table.lookup(base);
      if (hitBase && hitBase.info.name.toLowerCase() === base && isUpperInitial(text.charCodeAt(t.start)) === hitBase.upper) {
        companies.push({ kind: 'company', start: t.start, end: t.end, text: t.text, name: hitBase.info.name, source: 'table' });
        continue;
      }
    }
    // Glued navigation text: "AktievorwärtsAmazon".
    if (!(t.caps & INNER_UPPER)) continue;
    for (const part of camelParts(t)) {
      const key = part.lower;
      const hitPart = table.lookup(key);
      if (hitPart && isUpperInitial(part.text.charCodeAt(0)) === hitPart.upper && !PRODUCTS.has(part.text)) {
        companies.push({ kind: 'company', start: part.start, end: part.end, text: part.text, name: hitPart.info.name, source: 'table' });
      } else if (FIRST_NAMES.has(part.text)) {
        const next = tokenAt(tokens, i + 1);
        if (next && joinable(text, t, next) && startsUpper(next.text) && !table.lookup(next.text.toLowerCase())) {
          people.push({ kind: 'person', start: part.start, end: next.end, text: text.slice(part.start, next.end), name: `${part.text} ${next.text}` });
          free = i + 2;
          break;
        }
      }
    }
  }
  return { companies, people };
}

/** Article-local names as a key tree → name. */
type LocalNames = Map<string, KeyNode<string>>;

/**
 * Pass 1: unknown companies from context become article-local aliases, or null when the article has
 * none. Only the tokens next to a possible marker word (scanTokens) get a look.
 */
function findLocalNames(text: string, tokens: readonly Token[], markers: readonly number[], table: CompanyTable): LocalNames | null {
  // A marker at j concerns the name before it ("Muster AG", "Muster-Chef") or after it ("der Konzern
  // Muster"). Markers ascend, so visiting min and max of (j - 1, previous j + 1) keeps the order.
  let local: LocalNames | null = null;
  let last = -1;
  const visit = (i: number): void => {
    if (i <= last || i >= tokens.length) return;
    local = localNamesAt(text, tokens, i, table, local);
    last = i;
  };
  let after = -1;
  for (const j of markers) {
    visit(Math.min(j - 1, after));
    visit(Math.max(j - 1, after));
    after = j + 1;
  }
  visit(after);
  return local;
}

/** The local names that token i starts, added to `local`. */
function localNamesAt(text: string, tokens: readonly Token[], i: number, table: CompanyTable, local: LocalNames | null): LocalNames | null {
  const t = tokens[i];
  if (!(t.caps & CAPITALIZED)) return local;
  const next = tokenAt(tokens, i + 1);
  if (next !== undefined) {
    // "Muster AG", "Acme Robotics Inc."
    // The token is written exactly as a listed suffix (tokens never end in a dot, so "Inc." is never one).
    if (isWordIn(text, next.start, next.end, LEGAL_SUFFIX_SHAPES, LEGAL_SUFFIXES) &&
        joinable(text, t, next) && isNameCandidate(t.text)) {
      let first = i;
      while (first > 0 && i - first < 2 && startsUpper(tokens[first - 1].text) && joinable(text, tokens[first - 1], tokens[first]) && isNameCandidate(tokens[first - 1].text) && !isSentenceStartWord(tokens[first - 1].text)) first--;
      // Joined by hand: slice + map + join met arrays of new element kinds and deoptimized this function.
      let name = tokens[first].text;
      for (let k = first + 1; k <= i; k++) name += ` ${tokens[k].text}`;
      if (!table.lookup(name.toLowerCase())) {
        insertKey((local ??= new Map()), name.toLowerCase(), name);
        insertKey(local, `${name} ${next.text}`.toLowerCase(), name);
      }
    }
    // "Siemens-Chef", "Muster-Aktie"
    if (text.charCodeAt(t.end) === 45 && next.start === t.end + 1 && isWordIn(text, next.start, next.end, COMPOUND_HEAD_SHAPES, COMPANY_COMPOUND_HEADS) && isNameCandidate(t.text)) {
      if (!table.lookup(t.text.toLowerCase())) insertKey((local ??= new Map()), t.text.toLowerCase(), t.text);
    }
  }
  // "der Konzern Muster", "the company Acme"
  if (i >= 2 && isWordIn(text, tokens[i - 1].start, tokens[i - 1].end, CONTEXT_NOUN_SHAPES, CONTEXT_NOUNS) &&
      /^(der|dem|den|des|the)$/i.test(tokens[i - 2].text) && isNameCandidate(t.text) && !table.lookup(t.text.toLowerCase())) {
    insertKey((local ??= new Map()), t.text.toLowerCase(), t.text);
  }
  return local;
}

/**
 * The longest name starting at token i, walking the table's and the article's key trees together
 * (`tableNode`, `localNode`: the nodes for tokens i .. i+depth-1). Longer names win; at one length
 * a table name beats a local one.
 */
function matchAt(
  text: string, tokens: readonly Token[], i: number, depth: number,
  tableNode: KeyNode<AliasEntry> | undefined, localNode: KeyNode<string> | undefined,
): { tokens: number; name: string; source: CompanyMention['source'] } | null {
  const k = i + depth;
  if ((tableNode?.next || localNode?.next) && k < tokens.length && joinable(text, tokens[k - 1], tokens[k])) {
    const lower = tokens[k].lower;
    const longer = matchAt(text, tokens, i, depth + 1, tableNode?.next?.get(lower), localNode?.next?.get(lower));
    if (longer) return longer;
  }
  const hit = tableNode?.value;
  if (hit && isUpperInitial(text.charCodeAt(tokens[i].start)) === hit.upper &&
      (depth > 1 || !hit.info.ambiguous || hit.source === 'alias' || inCompanyContext(text, tokens, i))) {
    return { tokens: depth, name: hit.info.name, source: hit.source };
  }
  const localName = localNode?.value;
  return localName ? { tokens: depth, name: localName, source: 'context' } : null;
}

/** "Allianz-Aktie", "Allianz SE": the word is used as a company name here. */
function inCompanyContext(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokenAt(tokens, i + 1);
  if (!next || !joinable(text, tokens[i], next)) return false;
  return text[tokens[i].end] === '-' ? COMPANY_COMPOUND_HEADS.has(next.text) : LEGAL_SUFFIXES.has(next.text);
}

const SENTENCE_START_WORDS: ReadonlySet<string> = new Set(['Auch', 'Die', 'Der', 'Das', 'Laut', 'Wie', 'Bei', 'Mit', 'Für', 'Nach', 'Zudem']);

function isSentenceStartWord(word: string): boolean {
  return SENTENCE_START_WORDS.has(word);
}

/** Could this capitalized word be (part of) a company name? Places, products, people and plain nouns cannot. */
function isNameCandidate(word: string): boolean {
  if (!startsUpper(word)) return false;
  if (NOT_NAMES.has(word) || PLACES.has(word) || PRODUCTS.has(word) || FIRST_NAMES.has(word)) return false;
  return !SENTENCE_START_WORDS.has(word);
}

/**
 * tokens[i], or undefined past the end. An array read past the end makes V8 throw the optimized code
 * of the whole extractor away, and here it did so again and again.
 */
function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i < tokens.length ? tokens[i] : undefined;
}

function personAt(text: string, tokens: readonly Token[], i: number): { mention: PersonMention; last: number } | null {
  const first = tokens[i];
  if (!FIRST_NAMES.has(first.text)) return null;
  const second = tokenAt(tokens, i + 1);
  if (!second || !joinable(text, first, second) || text[first.end] !== ' ' || !startsUpper(second.text)) return null;
  let last = i + 1;
  const third = tokenAt(tokens, i + 2);
  // "Sam H. Altman"-style middle initials are rare in news; a second surname part joins by hyphen.
  if (third && text[second.end] === '-' && third.start === second.end + 1 && startsUpper(third.text)) last = i + 2;
  const end = tokens[last].end;
  return {
    mention: { kind: 'person', start: first.start, end, text: text.slice(first.start, end), name: text.slice(first.start, end) },
    last,
  };
}
