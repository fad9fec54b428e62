// Finds companies and people. Known names come from the company table (shipped plus the user's);
// unknown companies are recognized from context: legal suffixes ("Muster AG"), "der Konzern X",
// and compounds such as "X-Chef". Places and products are never companies.

import type { CompanyMention, PersonMention, Span } from '../model';
import { BUILTIN_COMPANIES, type CompanyKind, type CompanyRow } from '../data/companies';
import { isLowerCode, isUpperCode, startsUpper } from '../text/chars';
import { CAPITALIZED, INNER_UPPER, scanWords, type WordToken } from '../text/words';
import { COMPANY_COMPOUND_HEADS, FIRST_NAMES, LEGAL_SUFFIXES, NOT_NAMES, PLACES, PRODUCTS } from '../data/entities';

/** A word, or words joined by ".", "&" or an apostrophe ("Amazon.com"); the same shape as WordToken. */
type Token = WordToken;

const FIRST_NAMES_PREFIXES: readonly number[] = [...FIRST_NAMES].map((name) => prefix3(name.toLowerCase()));

export interface CompanyInfo {
  name: string;
  kind: CompanyKind;
  aliases: string[];
  ambiguous: boolean;
}

/** A compiled company table: alias keys (lower-case tokens joined by spaces) → company. */
export class CompanyTable {
  private readonly byKey = new Map<string, { info: CompanyInfo; alias: string }>();
  private readonly infos = new Map<string, CompanyInfo>();
  /** Longest alias in tokens; bounds the look-ahead of the matcher. */
  maxTokens = 1;
  /** First tokens (lower-case) of aliases longer than one token; others need no look-ahead. */
  readonly multiTokenStarts = new Set<string>();
  /** 1 for the first character of an alias written in lower case ("wallstreetONLINE", "xAI", "dpa-AFX"). */
  readonly lowerInitials = new Uint8Array(65536);
  /** prefix3 of every start word, and of every first name: a cheap first filter. */
  readonly startPrefixes = new Set<number>(FIRST_NAMES_PREFIXES);
  /**
   * Every word (lower-case) that can start a company mention: first words of aliases and their
   * genitives ("amazons", "amazon's"). A capitalized word outside it is skipped with one look-up.
   */
  readonly startWords = new Set<string>();

  constructor(rows: readonly CompanyRow[]) {
    for (const name of FIRST_NAMES) this.startWords.add(name.toLowerCase());
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
      this.byKey.set(key.key, { info, alias });
      const firstWord = key.tokens > 1 ? key.key.slice(0, key.key.indexOf(' ')) : key.key;
      this.startWords.add(firstWord);
      this.startPrefixes.add(prefix3(firstWord));
      if (key.tokens === 1) for (const ending of ['s', "'s", '’s']) this.startWords.add(key.key + ending);
      if (!isUpperCode(alias.charCodeAt(0))) this.lowerInitials[alias.charCodeAt(0)] = 1;
      this.maxTokens = Math.max(this.maxTokens, key.tokens);
      if (key.tokens > 1) this.multiTokenStarts.add(key.key.slice(0, key.key.indexOf(' ')));
    }
  }

  lookup(key: string): { info: CompanyInfo; alias: string } | undefined {
    return this.byKey.get(key);
  }

  info(name: string): CompanyInfo | undefined {
    return this.infos.get(name);
  }
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
      (parts ??= []).push({ start: token.start + from, end: token.start + i, text: part, lower: part.toLowerCase(), caps: CAPITALIZED });
      from = i;
    }
  }
  if (!parts) return NO_PARTS;
  const rest = text.slice(from);
  parts.push({ start: token.start + from, end: token.end, text: rest, lower: rest.toLowerCase(), caps: CAPITALIZED });
  return parts;
}

const NO_PARTS: Token[] = [];

/** Words joined by ".", "&" or an apostrophe with no space become one token: "Amazon.com", "E.ON", "Amazon's". */
function nameTokens(text: string, words: readonly WordToken[]): readonly Token[] {
  let tokens: Token[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    let end = first.end;
    let caps = first.caps;
    const from = i;
    while (i + 1 < words.length && words[i + 1].start === end + 1 && JOINERS.has(text.charCodeAt(end))) {
      caps |= words[++i].caps === 0 ? 0 : INNER_UPPER;
      end = words[i].end;
    }
    if (i === from) {
      tokens?.push(first);
      continue;
    }
    // Copy lazily: most articles have no joined words, and then the words are the tokens.
    tokens ??= words.slice(0, from);
    const slice = text.slice(first.start, end);
    tokens.push({ start: first.start, end, text: slice, lower: slice.toLowerCase(), caps });
  }
  return tokens ?? words;
}

const LEGAL_SUFFIXES_LOWER: ReadonlySet<string> = new Set([...LEGAL_SUFFIXES].map((x) => x.toLowerCase().replace(/\.$/, '')));

/** The first three characters of a word as one number (a word shorter than three uses what it has). */
function prefix3(lower: string): number {
  return (lower.charCodeAt(0) * 65536 + (lower.charCodeAt(1) || 0)) * 65536 + (lower.charCodeAt(2) || 0);
}

/** ".", "&", "'", "’". */
const JOINERS: ReadonlySet<number> = new Set([46, 38, 39, 0x2019]);

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
  const tokens = nameTokens(text, words);

  // Pass 1: unknown companies from context become article-local aliases.
  const local = new Map<string, string>();
  let localMaxTokens = 1;
  const localMultiStarts = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!(t.caps & CAPITALIZED)) continue;
    const next = tokens[i + 1];
    // "Muster AG", "Acme Robotics Inc."
    if (next && (next.caps !== 0 || next.lower === 'plc') && LEGAL_SUFFIXES_LOWER.has(next.lower) && LEGAL_SUFFIXES.has(next.text) && joinable(text, t, next) && isNameCandidate(t.text)) {
      let first = i;
      while (first > 0 && i - first < 2 && startsUpper(tokens[first - 1].text) && joinable(text, tokens[first - 1], tokens[first]) && isNameCandidate(tokens[first - 1].text) && !isSentenceStartWord(tokens[first - 1].text)) first--;
      const name = tokens.slice(first, i + 1).map((x) => x.text).join(' ');
      if (!table.lookup(name.toLowerCase())) {
        local.set(name.toLowerCase(), name);
        local.set(`${name} ${next.text}`.toLowerCase(), name);
        localMaxTokens = Math.max(localMaxTokens, i + 2 - first);
        localMultiStarts.add(tokens[first].lower);
      }
    }
    // "Siemens-Chef", "Muster-Aktie"
    if (next && text[t.end] === '-' && next.start === t.end + 1 && COMPANY_COMPOUND_HEADS.has(next.text) && isNameCandidate(t.text)) {
      if (!table.lookup(t.text.toLowerCase())) local.set(t.text.toLowerCase(), t.text);
    }
    // "der Konzern Muster", "the company Acme"
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (prev && prev2 && (prev.text === 'Konzern' || prev.text === 'Autobauer' || prev.text === 'Chipkonzern' || prev.text === 'company') &&
        /^(der|dem|den|des|the)$/i.test(prev2.text) && isNameCandidate(t.text) && !table.lookup(t.text.toLowerCase())) {
      local.set(t.text.toLowerCase(), t.text);
    }
  }

  const localStarts = new Set<string>();
  for (const key of local.keys()) localStarts.add(key.includes(' ') ? key.slice(0, key.indexOf(' ')) : key);
  const companies: CompanyMention[] = [];
  const people: PersonMention[] = [];
  const match = (i: number): { tokens: number; name: string; source: CompanyMention['source'] } | null => {
    const firstLower = tokens[i].lower;
    const mayBeLonger = table.multiTokenStarts.has(firstLower) || localMultiStarts.has(firstLower);
    // Keys for 1..n tokens, built once: "bank", "bank of", "bank of america".
    let longest = 1;
    const keys = mayBeLonger ? [firstLower] : null;
    if (keys) {
      const limit = Math.min(Math.max(table.maxTokens, localMaxTokens), tokens.length - i);
      while (longest < limit && joinable(text, tokens[i + longest - 1], tokens[i + longest])) {
        keys.push(`${keys[longest - 1]} ${tokens[i + longest].lower}`);
        longest++;
      }
    }
    for (let n = longest; n >= 1; n--) {
      const key = keys ? keys[n - 1] : firstLower;
      const hit = table.lookup(key);
      if (hit && sameInitialCase(tokens[i].text, hit.alias) && (n > 1 || !hit.info.ambiguous || hit.alias !== hit.info.name || inCompanyContext(text, tokens, i))) {
        return { tokens: n, name: hit.info.name, source: hit.alias === hit.info.name ? 'table' : 'alias' };
      }
      const localName = local.size > 0 ? local.get(key) : undefined;
      if (localName) return { tokens: n, name: localName, source: 'context' };
    }
    return null;
  };

  const cursor = { i: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most words start in lower case; only a few lower-case aliases ("wallstreetONLINE") need a look.
    const upper = (t.caps & CAPITALIZED) !== 0;
    if (t.caps === 0 && table.lowerInitials[text.charCodeAt(t.start)] === 0) continue;
    // Most capitalized words are nouns that start no name: a look-up by their first three letters
    // (a number, nothing to hash) rules out nearly all of them before the word itself is looked up.
    if (!(t.caps & INNER_UPPER)) {
      if (!table.startPrefixes.has(prefix3(t.lower)) && !(local.size > 0 && localStarts.has(t.lower))) continue;
      if (!table.startWords.has(t.lower) && !(local.size > 0 && localStarts.has(t.lower))) continue;
    }
    if (insideSorted(blocked, t.start, t.end, cursor)) continue;
    // People: a known first name followed by a capitalized surname.
    const person = personAt(text, tokens, i);
    if (person) {
      people.push(person.mention);
      i = person.last;
      continue;
    }
    const hit = match(i);
    if (hit) {
      const last = tokens[i + hit.tokens - 1];
      if (!PRODUCTS.has(text.slice(t.start, last.end))) {
        companies.push({ kind: 'company', start: t.start, end: last.end, text: text.slice(t.start, last.end), name: hit.name, source: hit.source });
      }
      i += hit.tokens - 1;
      continue;
    }
    // Genitive and possessive: "Amazons", "Amazon's".
    if (upper && t.lower.length > 2 && t.lower.charCodeAt(t.lower.length - 1) === 115 /* s */) {
      const apostrophe = t.lower.charCodeAt(t.lower.length - 2);
      const base = apostrophe === 39 || apostrophe === 0x2019 ? t.lower.slice(0, -2) : t.lower.slice(0, -1);
      const hitBase = table.lookup(base);
      if (hitBase && hitBase.info.name.toLowerCase() === base && sameInitialCase(t.text, hitBase.alias)) {
        companies.push({ kind: 'company', start: t.start, end: t.end, text: t.text, name: hitBase.info.name, source: 'table' });
        continue;
      }
    }
    // Glued navigation text: "AktievorwärtsAmazon".
    if (!(t.caps & INNER_UPPER)) continue;
    for (const part of camelParts(t)) {
      const key = part.lower;
      const hitPart = table.lookup(key);
      if (hitPart && sameInitialCase(part.text, hitPart.alias) && !PRODUCTS.has(part.text)) {
        companies.push({ kind: 'company', start: part.start, end: part.end, text: part.text, name: hitPart.info.name, source: 'table' });
      } else if (FIRST_NAMES.has(part.text)) {
        const next = tokens[i + 1];
        if (next && joinable(text, t, next) && startsUpper(next.text) && !table.lookup(next.text.toLowerCase())) {
          people.push({ kind: 'person', start: part.start, end: next.end, text: text.slice(part.start, next.end), name: `${part.text} ${next.text}` });
          i++;
          break;
        }
      }
    }
  }
  return { companies, people };
}

/** "Allianz-Aktie", "Allianz SE": the word is used as a company name here. */
function inCompanyContext(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !joinable(text, tokens[i], next)) return false;
  return text[tokens[i].end] === '-' ? COMPANY_COMPOUND_HEADS.has(next.text) : LEGAL_SUFFIXES.has(next.text);
}

function sameInitialCase(written: string, alias: string): boolean {
  const a = written[0];
  const b = alias[0];
  if (a === undefined || b === undefined) return false;
  const aUpper = a !== a.toLowerCase();
  const bUpper = b !== b.toLowerCase();
  // An all-capitals alias ("AMD") also matches its capitalized spelling; lower-case aliases
  // ("wallstreetONLINE", "xAI") must be written in lower case.
  return aUpper === bUpper;
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

function personAt(text: string, tokens: readonly Token[], i: number): { mention: PersonMention; last: number } | null {
  const first = tokens[i];
  if (!FIRST_NAMES.has(first.text)) return null;
  const second = tokens[i + 1];
  if (!second || !joinable(text, first, second) || text[first.end] !== ' ' || !startsUpper(second.text)) return null;
  let last = i + 1;
  const third = tokens[i + 2];
  // "Sam H. Altman"-style middle initials are rare in news; a second surname part joins by hyphen.
  if (third && text[second.end] === '-' && third.start === second.end + 1 && startsUpper(third.text)) last = i + 2;
  const end = tokens[last].end;
  return {
    mention: { kind: 'person', start: first.start, end, text: text.slice(first.start, end), name: text.slice(first.start, end) },
    last,
  };
}
