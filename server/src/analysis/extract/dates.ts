// The date extractor: finds every date mention in an article and resolves it to an ISO value at its
// own precision ("2026-02-05", "2025-10", "2026-Q1", "2026-H1", "2026").
//
// How it works, in three steps:
//   1. Anchors. Every date shape contains one: a four-digit year, a month name, a quarter/half noun,
//      a "Q1"/"H1" token, a weekday, a relative day word. Each starts a word or number, so one pass
//      over the word starts finds them all with character checks and a table lookup. Around each
//      anchor the rest of the shape is read with sticky regexes and character checks ("5." before
//      "Februar", "2026" after it, "-01-30" after a year).
//   2. Choice. Candidates are sorted by start; at the same start the reading that names the most
//      wins (a day before a month before a bare year), and overlapping ones are dropped. A weekday
//      directly before a day joins it ("Donnerstag, den 5. Februar").
//   3. Context and resolution. A few words before each mention are read by hand: modifiers that
//      belong to it ("Ende", "kommende", "last"), the role word ("seit", "bis"), and amount words
//      that make a four-digit number a count ("2026 Stellen", "rund 2000"). Year-less and relative
//      dates are resolved against the publication date; without one they are left out, because
//      guessing would make the library depend on the clock.
//
// Invariant: mentions come out sorted, non-overlapping and inside the text; the function never
// throws. No pattern nests quantifiers, so every pass is linear in the text.

import type { DateMention, DatePrecision } from '../model';
import { dayNumber, daysInMonth, isValidDay, isoDay, isoMonth, MS_PER_DAY } from '../text/calendar';
import { codeAt, digitsAt, isLetterCode, numberAt } from '../text/chars';
import { hasRareWordCharacters, type WordToken } from '../text/words';
import {
  ARTICLES_BEFORE_DATE,
  BARE_MONTH_CONTEXT,
  CURRENCY_SIGNS,
  type DateLanguage,
  FUTURE_MARKERS,
  MONTH_WORDS,
  type MonthWord,
  PAST_MARKERS,
  PERIOD_NOUNS,
  PERIOD_ORDINALS,
  PERIOD_TOKENS,
  PERIOD_YEAR_LINKS,
  POINT_PREFIXES,
  RELATIVE_DAY_WORDS,
  ROLE_WORDS,
  type RoleWord,
  WEEKDAY_PART_SUFFIXES,
  WEEKDAY_WORDS,
  YEAR_BLOCKING_FOLLOWERS,
  YEAR_BLOCKING_PRECEDERS,
  escapeForRegex,
} from '../data/months';

/**
 * Every date mention in the text, resolved against the publication date (ISO day or null). Sorted,
 * non-overlapping. `words`, the tokens from scanWords where the caller has them, are the word starts,
 * so the scan need not walk the characters itself; they may be those of a longer text that starts
 * with this one (the top of an article).
 */
export function extractDates(text: string, published: string | null, language: 'de' | 'en', words?: readonly WordToken[]): DateMention[] {
  const mentions: DateMention[] = [];
  if (typeof text !== 'string' || text.length === 0) return mentions;
  try {
    const scanner = scannerFor(language === 'en' ? 'en' : 'de');
    const publication = parsePublication(published);
    scanText(text, words, scanner, publication, mentions);
  } catch {
    // A bug must not take the whole analysis down; the mentions found so far are still valid
    // (each was checked before it was added), so they are returned as they are.
  }
  return mentions;
}

// ---------------------------------------------------------------------------------------------
// The scanner: the anchor words and a few sticky regexes per language, built once from the tables.
//
// An anchor starts where a word or number starts (the character before it is no letter or digit):
// "Maier" holds no month, "12026" no year. So the text is walked once from word start to word start,
// and only a word whose first character and length fit some anchor word is looked up. A word anchor
// must be the whole word ("Märzen" is no month), which is what the former regexes' trailing
// (?![\p{L}\p{N}]) said; that check is kept exactly, by code point, at the word's end.

interface Scanner {
  language: DateLanguage;
  /** Anchor words as written (letters only), including weekday compounds ("Freitagabend"). */
  anchorWords: Map<string, AnchorWord>;
  /** Anchor words written with a final dot ("Jan."), keyed without the dot. */
  dottedAnchorWords: Map<string, AnchorWord>;
  /**
   * Per first character (below LATIN_END): bit n is set when a word of n characters (31: or more)
   * starting with it may be an anchor. Rules out most words with one load.
   */
  anchorLengths: Uint32Array;
  /** Bits by wordHash of the anchor words: one more load rules out nearly all the rest before a lookup. */
  anchorHashes: Uint8Array;
  ordinalByWord: Map<string, number>;
  futureMarkers: Set<string>;
  pastMarkers: Set<string>;
  directPrefixes: Set<string>;
  linkedPrefixes: Set<string>;
  prefixLinks: Set<string>;
  roleByWord: Map<string, RoleWord>;
  articles: Set<string>;
  bareMonthContext: Set<string>;
  /** The dayFirst connector "of" ("5th of February"), lower case; null where the language has none. */
  dayOfWord: string | null;
  /** The words a word before an anchor is looked up among (see listedLengths). */
  contextLengths: Uint32Array;
  // Sticky tails, tried right after an anchor.
  isoTail: RegExp;
  monthYearTail: RegExp;
  dayYearTail: RegExp;
  monthDayTail: RegExp | null;
  periodYearTail: RegExp;
  tokenYearTail: RegExp;
  weekdayLink: RegExp;
}

/** What a word names as an anchor; a word may be in more than one table. */
interface AnchorWord {
  month: MonthWord | null;
  period: 'quarter' | 'half' | null;
  /** 0 = Sunday; -1 when the word is no weekday. */
  weekday: number;
  /** Days from publication; null when the word is no relative day word. */
  offset: number | null;
}

/** First characters below this are filtered by table; every anchor word starts with a Latin letter. */
const LATIN_END = 0x250;

const scanners: Partial<Record<DateLanguage, Scanner>> = {};
const yearBlockingFollowers = new Set(YEAR_BLOCKING_FOLLOWERS);
const yearBlockingPreceders = new Set(YEAR_BLOCKING_PRECEDERS);
const followerLengths = listedLengths(YEAR_BLOCKING_FOLLOWERS);

/**
 * Per lower-cased ASCII first character, bit n set when one of `words` (or a word of a phrase among
 * them) has n characters (31: or more). A context word that does not fit is looked up in no table,
 * so it need not be cut from the text and lower-cased; see mayBeListed.
 */
function listedLengths(words: readonly string[]): Uint32Array {
  const table = new Uint32Array(0x80);
  for (const phrase of words) {
    for (const word of phrase.toLowerCase().split(' ')) {
      const first = word.charCodeAt(0);
      if (first < 0x80) table[first]! |= 1 << Math.min(word.length, 31);
    }
  }
  return table;
}

/**
 * False when the word `start`..`end` lower-cased is surely none of the words of `table`. Words that
 * start beyond ASCII always pass; lower-casing keeps the length of every other word that could be
 * listed (only "İ" grows, and no listed word holds the dot it grows by).
 */
function mayBeListed(text: string, start: number, end: number, table: Uint32Array): boolean {
  let first = text.charCodeAt(start);
  if (first >= 0x80) return true;
  if (first >= 0x41 && first <= 0x5a) first |= 0x20;
  const size = end - start;
  return (table[first]! & (1 << (size < 31 ? size : 31))) !== 0;
}

function scannerFor(language: DateLanguage): Scanner {
  const cached = scanners[language];
  if (cached) return cached;
  const scanner = buildScanner(language);
  scanners[language] = scanner;
  return scanner;
}

// Regex building blocks. Horizontal whitespace only: a date never spans a line break.
const SPACE = '[ \\t\\u00A0\\u202F]';
const SPACES = `${SPACE}+`;
const WORD_END = '(?![\\p{L}\\p{N}])';
const YEAR = '(?:19|20)\\d\\d';
const DAY = '(0?[1-9]|[12]\\d|3[01])';
// A year or day number must not continue as a larger number ("2026.5", "2026,00", "20261").
const NUMBER_END = '(?![\\p{N}]|[.,]\\d)';
const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';

function buildScanner(language: DateLanguage): Scanner {
  const links = [...PERIOD_YEAR_LINKS[language]]
    .sort((a, b) => b.length - a.length)
    .map((link) => escapeForRegex(link).replace(/ /g, SPACES))
    .join('|');
  const sticky = (source: string) => new RegExp(source, 'yu');
  const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));
  const prefixes = POINT_PREFIXES[language];
  const anchors = anchorTables(language);
  const ordinals = PERIOD_ORDINALS[language].map((row) => row.word);
  const roleWords = ROLE_WORDS[language].map((row) => row.word);
  // Spelled out rather than spread, so that the object keeps a fixed shape (fast property loads).
  return {
    language,
    anchorWords: anchors.anchorWords,
    dottedAnchorWords: anchors.dottedAnchorWords,
    anchorLengths: anchors.anchorLengths,
    anchorHashes: anchors.anchorHashes,
    ordinalByWord: new Map(PERIOD_ORDINALS[language].map((row) => [row.word, row.value])),
    futureMarkers: lower(FUTURE_MARKERS[language]),
    pastMarkers: lower(PAST_MARKERS[language]),
    directPrefixes: lower(prefixes.direct),
    linkedPrefixes: lower(prefixes.linked),
    prefixLinks: lower(prefixes.links),
    roleByWord: new Map(ROLE_WORDS[language].map((row) => [row.word.toLowerCase(), row])),
    articles: lower(ARTICLES_BEFORE_DATE[language]),
    bareMonthContext: lower(BARE_MONTH_CONTEXT[language]),
    dayOfWord: language === 'en' ? 'of' : null,
    contextLengths: listedLengths([
      ...FUTURE_MARKERS[language], ...PAST_MARKERS[language], ...prefixes.direct, ...prefixes.linked, ...prefixes.links,
      ...roleWords, ...ARTICLES_BEFORE_DATE[language], ...BARE_MONTH_CONTEXT[language], ...ordinals, ...YEAR_BLOCKING_PRECEDERS, 'of',
    ]),
    // "2026-01-30" after its year; month and day are checked here, so "2026-13-45" stays a bare year.
    isoTail: sticky(`-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\p{N}])`),
    // "Oktober 2025": a year after a month, not the start of a word ("2025er").
    monthYearTail: sticky(`${SPACES}(${YEAR})${NUMBER_END}(?![\\p{L}])`),
    // "5. Februar 2026", "February 5, 2026".
    dayYearTail: sticky(`${language === 'en' ? ',?' : ''}${SPACES}(${YEAR})${NUMBER_END}`),
    // "Feb. 5", "February 5th".
    monthDayTail: language === 'en' ? sticky(`${SPACES}${DAY}${ORDINAL_SUFFIX}(?![\\p{L}\\p{N}]|[.,]\\d)`) : null,
    // "vierte Quartal 2025", "Quartal des Jahres 2025", "quarter of 2025".
    periodYearTail: sticky(`${SPACES}(?:(?:${links})${SPACES})?(${YEAR})${NUMBER_END}`),
    // "Q1 2026", "Q1/2026", "Q1-2026".
    tokenYearTail: sticky(`${SPACE}?[\\/\\-]?${SPACE}?(${YEAR})${NUMBER_END}${WORD_END}`),
    // Between a weekday and the date it names: "Donnerstag, den 5. Februar", "Thursday, Feb. 5".
    weekdayLink: sticky(language === 'de' ? `,?${SPACES}(?:den${SPACES})?` : `,?${SPACES}`),
  };
}

/**
 * The anchor words of a language. Month, weekday, period-noun and relative-day words are letters,
 * optionally followed by one dot; matched case-sensitively as written. A weekday with a part of the
 * day ("Freitagabend") names the first weekday its word starts with.
 */
function anchorTables(language: DateLanguage): Pick<Scanner, 'anchorWords' | 'dottedAnchorWords' | 'anchorLengths' | 'anchorHashes'> {
  const anchorWords = new Map<string, AnchorWord>();
  const dottedAnchorWords = new Map<string, AnchorWord>();
  const anchorLengths = new Uint32Array(LATIN_END);
  const anchorHashes = new Uint8Array(WORD_HASH_SIZE);
  // A year ("2026", "2026-01-30") or a period token ("Q1", "H2/2026") starts a number or word of any length.
  for (const first of ['1', '2']) anchorLengths[first.charCodeAt(0)] = ~0 << 4;
  for (const first of [PERIOD_TOKENS.quarterLetter, PERIOD_TOKENS.halfLetter]) anchorLengths[first.charCodeAt(0)] = ~0 << 2;
  const entry = (word: string): AnchorWord => {
    const dotted = word.endsWith('.');
    const key = dotted ? word.slice(0, -1) : word;
    const table = dotted ? dottedAnchorWords : anchorWords;
    let found = table.get(key);
    if (!found) {
      found = { month: null, period: null, weekday: -1, offset: null };
      table.set(key, found);
      const first = key.charCodeAt(0);
      if (first < LATIN_END) anchorLengths[first]! |= 1 << Math.min(key.length, 31);
      anchorHashes[wordHash(key, 0, key.length)] = 1;
    }
    return found;
  };
  // A later row for the same word wins, as it did in the lookup maps these tables used to fill.
  for (const row of MONTH_WORDS[language]) entry(row.word).month = row;
  for (const row of PERIOD_NOUNS[language]) entry(row.word).period = row.period;
  const weekdayByWord = new Map(WEEKDAY_WORDS[language].map((row) => [row.word, row.weekday]));
  for (const [word, weekday] of weekdayByWord) entry(word).weekday = weekday;
  for (const word of weekdayByWord.keys()) {
    for (const part of WEEKDAY_PART_SUFFIXES[language]) {
      const compound = word + part;
      if (weekdayByWord.has(compound)) continue;
      // The weekday the compound starts with: `word` itself, unless a longer weekday word starts it too.
      const leading = [...weekdayByWord.keys()].find((key) => compound.startsWith(key))!;
      entry(compound).weekday = weekdayByWord.get(leading)!;
    }
  }
  for (const row of RELATIVE_DAY_WORDS[language]) entry(row.word).offset = row.offset;
  return { anchorWords, dottedAnchorWords, anchorLengths, anchorHashes };
}

const WORD_HASH_SIZE = 4096;

/** A hash of a word's length and first, second and last character (anchor words have two or more), below WORD_HASH_SIZE. */
function wordHash(text: string, start: number, end: number): number {
  return (((text.charCodeAt(start) * 31 + text.charCodeAt(start + 1)) * 31 + text.charCodeAt(end - 1)) * 31 + end - start) & (WORD_HASH_SIZE - 1);
}

// ---------------------------------------------------------------------------------------------
// What one anchor says, before resolution.

type Reading =
  | { type: 'day'; year: number; month: number; day: number }
  | { type: 'dayMonth'; month: number; day: number }
  | { type: 'month'; month: number; year: number | null; abbreviation: boolean }
  | { type: 'period'; unit: 'quarter' | 'half'; index: number; year: number | null }
  | { type: 'year'; year: number }
  | { type: 'weekday'; weekday: number }
  | { type: 'relative'; offset: number };

interface Candidate {
  start: number;
  end: number;
  reading: Reading;
}

/** How to pick the year (or week) of a date that has none. */
type Direction = 'pastOrSame' | 'pastStrict' | 'futureOrSame' | 'futureStrict';

interface Publication {
  iso: string;
  /** What year-less and relative dates name as their anchor, e.g. "publication date 2026-01-30". */
  label: string;
  year: number;
  month: number;
  day: number;
  dayNumber: number;
  weekday: number;
}

/** At the same start, the reading that names the most wins: a day before a month before a bare year. */
const READING_PRIORITY: Record<Reading['type'], number> = {
  day: 0, dayMonth: 1, month: 2, period: 3, weekday: 4, relative: 5, year: 6,
};

/**
 * The last text scanned: its candidates and what the scan without a publication date made of them.
 * The publication-date finder scans an article without a publication date right before the analysis
 * scans it again with one. The candidates do not depend on the publication date, so the second scan
 * reuses them; so is a mention that names its year, as long as it is read at the same floor (the end
 * of the mention before it). Candidates and mentions are never mutated here.
 */
interface Scan {
  text: string;
  language: DateLanguage;
  candidates: readonly Candidate[];
  /** Per candidate, the floor the scan without a publication date read it at; -1 where it did not. */
  undatedFloors: Int32Array | null;
  /** Per candidate, what that scan made of it. */
  undatedMentions: (DateMention | null)[];
}

let lastScan: Scan | null = null;

function scanFor(text: string, words: readonly WordToken[] | undefined, scanner: Scanner): Scan {
  if (lastScan && lastScan.language === scanner.language && lastScan.text === text) return lastScan;
  const candidates: Candidate[] = [];
  // scanWords counts "ª", "µ", "º" and surrogates as letters, this extractor does not (see isLetter),
  // so only without them are its tokens the same as the words walked here.
  if (words && !hasRareWordCharacters(words)) {
    const length = text.length;
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      const start = word.start;
      if (start >= length) break;
      const end = word.end <= length ? word.end : length;
      if (mayStartAnchor(text, start, end, scanner)) readAnchorsAt(text, start, end, end === word.end ? word : null, scanner, candidates);
    }
  } else {
    collectCandidates(text, scanner, candidates);
  }
  sortCandidates(candidates);
  const scan: Scan = { text, language: scanner.language, candidates, undatedFloors: null, undatedMentions: [] };
  // Only a whole article is scanned twice: the top of one (its words go on past its end) or a dateline
  // (no words) would only push the article's scan out of the cache between its two scans.
  if (words && (words.length === 0 || words[words.length - 1]!.end <= text.length)) lastScan = scan;
  return scan;
}

function scanText(text: string, words: readonly WordToken[] | undefined, scanner: Scanner, publication: Publication | null, out: DateMention[]): void {
  const scan = scanFor(text, words, scanner);
  const candidates = scan.candidates;
  const undated = publication === null;
  if (undated && scan === lastScan) {
    scan.undatedFloors = new Int32Array(candidates.length).fill(-1);
    scan.undatedMentions = new Array<DateMention | null>(candidates.length).fill(null);
  }
  const floors = scan.undatedFloors;

  let lastEnd = 0;
  for (let index = 0; index < candidates.length; index++) {
    let candidate = candidates[index];
    if (!candidate || candidate.start < lastEnd) continue;
    if (candidate.reading.type === 'weekday') {
      const named = dateAfterWeekday(text, candidate, index, candidates, scanner);
      if (named) candidate = named;
    }
    let mention: DateMention | null;
    if (floors !== null && !undated && floors[index] === lastEnd && !needsPublication(candidate.reading)) {
      mention = scan.undatedMentions[index] ?? null;
    } else {
      mention = toMention(candidate, text, scanner, publication, lastEnd);
      if (undated && floors !== null) {
        floors[index] = lastEnd;
        scan.undatedMentions[index] = mention;
      }
    }
    if (mention) {
      out.push(mention);
      lastEnd = mention.end;
    }
  }
}

/** The weekday and the date right after it as one candidate ("Donnerstag, den 5. Februar"), or null. */
function dateAfterWeekday(text: string, weekday: Candidate, index: number, candidates: readonly Candidate[], scanner: Scanner): Candidate | null {
  const link = scanner.weekdayLink;
  link.lastIndex = weekday.end;
  if (!link.test(text)) return null;
  const dateStart = link.lastIndex;
  for (let next = index + 1; next < candidates.length; next++) {
    const candidate = candidates[next];
    if (!candidate || candidate.start > dateStart) break;
    const type = candidate.reading.type;
    if (candidate.start === dateStart && (type === 'day' || type === 'dayMonth')) return { start: weekday.start, end: candidate.end, reading: candidate.reading };
  }
  return null;
}

/**
 * Sorts by start; at the same start the reading that names the most comes first, then the longer.
 * Candidates arrive in the order of their anchors, which is nearly sorted (only a day or ordinal read
 * before its anchor moves back), so insertion sort does it in about one pass; it is stable, and
 * no two anchors of different kinds give equal candidates, so the order is the same as sorting
 * each kind's candidates after the other's.
 */
function sortCandidates(candidates: Candidate[]): void {
  for (let index = 1; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    let at = index;
    for (; at > 0 && compareCandidates(candidates[at - 1]!, candidate) > 0; at--) candidates[at] = candidates[at - 1]!;
    candidates[at] = candidate;
  }
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return a.start - b.start || READING_PRIORITY[a.reading.type] - READING_PRIORITY[b.reading.type] || b.end - a.end;
}

/** Walks the text from word start to word start (see the scanner) and reads every anchor. */
function collectCandidates(text: string, scanner: Scanner, out: Candidate[]): void {
  const length = text.length;
  let position = 0;
  while (position < length) {
    if (!isLetterOrDigit(text.charCodeAt(position))) {
      position++;
      continue;
    }
    const start = position;
    for (position++; position < length && isLetterOrDigit(text.charCodeAt(position)); position++);
    if (mayStartAnchor(text, start, position, scanner)) readAnchorsAt(text, start, position, null, scanner, out);
  }
}

/** The cheap first test of a word (see anchorLengths). */
function mayStartAnchor(text: string, start: number, end: number, scanner: Scanner): boolean {
  const first = text.charCodeAt(start);
  const size = end - start;
  return first < LATIN_END && (scanner.anchorLengths[first]! & (1 << (size < 31 ? size : 31))) !== 0;
}

/**
 * The anchors at a word start: `start`..`end` is the word (letters and digits), `word` its token
 * where the caller has one. The token's text is asked for only after the hash test, because asking
 * cuts a string and most words fail that test.
 */
function readAnchorsAt(text: string, start: number, end: number, word: WordToken | null, scanner: Scanner, out: Candidate[]): void {
  const first = text.charCodeAt(start);
  if (first === 0x31 || first === 0x32) {
    // "19xx", "20xx", also at the start of a longer number, which readYearAnchor turns down.
    if (end - start < 4) return;
    const second = text.charCodeAt(start + 1);
    if ((first === 0x31 ? second === 0x39 : second === 0x30) && isDigit(codeAt(text, start + 2)) && isDigit(codeAt(text, start + 3))) {
      const candidate = readYearAnchor(text, start, start + 4, start > 0 ? text.charCodeAt(start - 1) : 0x20, scanner);
      if (candidate) out.push(candidate);
    }
    return;
  }
  if ((first === PERIOD_TOKEN_QUARTER || first === PERIOD_TOKEN_HALF) && end - start >= 2) {
    const digit = text.charCodeAt(start + 1);
    if (digit >= 0x31 && digit <= 0x34) {
      const candidate = readPeriodToken(text, start, first === PERIOD_TOKEN_QUARTER ? 'quarter' : 'half', digit - 0x30, scanner);
      if (candidate) out.push(candidate);
      return;
    }
  }
  if (scanner.anchorHashes[wordHash(text, start, end)] === 0) return;
  const key = word !== null ? word.text : text.slice(start, end);
  // An abbreviation's dot is part of it ("Jan."); then the dot must end the word.
  const dotted = end < text.length && text.charCodeAt(end) === 0x2e && !continuesAsWord(text, end + 1) ? scanner.dottedAnchorWords.get(key) : undefined;
  const plain = continuesAsWord(text, end) ? undefined : scanner.anchorWords.get(key);
  const month = dotted?.month ?? plain?.month;
  if (month) {
    const candidate = readMonthAnchor(text, start, dotted?.month ? end + 1 : end, month, scanner);
    if (candidate) out.push(candidate);
  }
  const period = dotted?.period ?? plain?.period;
  if (period) {
    const candidate = readPeriodNounAnchor(text, start, dotted?.period ? end + 1 : end, period, scanner);
    if (candidate) out.push(candidate);
  }
  const weekdayEntry = dotted && dotted.weekday >= 0 ? dotted : plain && plain.weekday >= 0 ? plain : undefined;
  if (weekdayEntry) {
    out.push({ start, end: weekdayEntry === dotted ? end + 1 : end, reading: { type: 'weekday', weekday: weekdayEntry.weekday } });
  }
  const relativeEntry = dotted?.offset != null ? dotted : plain?.offset != null ? plain : undefined;
  if (relativeEntry && relativeEntry.offset !== null) {
    out.push({ start, end: relativeEntry === dotted ? end + 1 : end, reading: { type: 'relative', offset: relativeEntry.offset } });
  }
}

const PERIOD_TOKEN_QUARTER = PERIOD_TOKENS.quarterLetter.charCodeAt(0);
const PERIOD_TOKEN_HALF = PERIOD_TOKENS.halfLetter.charCodeAt(0);

/** "Q1 2026", "H2/2026", "Q4-Zahlen": a quarter or half token at `start`, with its year where one follows. */
function readPeriodToken(text: string, start: number, unit: 'quarter' | 'half', index: number, scanner: Scanner): Candidate | null {
  const end = start + 2;
  const tail = stickyExec(scanner.tokenYearTail, text, end);
  if (tail && !yearIsAmount(text, tail.end)) {
    if (unit === 'half' && index > 2) return null;
    return { start, end: tail.end, reading: { type: 'period', unit, index, year: Number(tail.match[1]) } };
  }
  // A half token needs its year, because a lone "H2" is as likely hydrogen. "Q4-Zahlen" is Q4.
  if (unit === 'half' || isLetterOrDigit(text.charCodeAt(end))) return null;
  return { start, end, reading: { type: 'period', unit, index, year: null } };
}

/** True when a letter or number (any script, by code point) starts at `position`: the word goes on. */
function continuesAsWord(text: string, position: number): boolean {
  if (position >= text.length) return false;
  const code = text.charCodeAt(position);
  if (code < 0x80) return isLetterOrDigit(code);
  wordContinuation.lastIndex = position;
  return wordContinuation.test(text);
}

const wordContinuation = /[\p{L}\p{N}]/uy;

/** A four-digit year: an ISO day, a numeric day ("30.01.2026"), or a bare year unless it is an amount. */
function readYearAnchor(text: string, start: number, end: number, before: number, scanner: Scanner): Candidate | null {
  const year = numberAt(text, start, 4);
  const iso =
    before === 0x2d || before === 0x2e || before === 0x2c || codeAt(text, end) !== 0x2d ? null : stickyExec(scanner.isoTail, text, end);
  if (iso) return dayCandidate(start, iso.end, year, Number(iso.match[1]), Number(iso.match[2]));
  if (isDigit(codeAt(text, end))) return null;
  if (before === 0x2e) {
    // "30.01.2026": read the day and month backwards.
    const month = numberEndingAt(text, start - 1);
    if (month && text.charCodeAt(month.start - 1) === 0x2e) {
      const day = numberEndingAt(text, month.start - 1);
      if (day && !isNumberContinuation(text, day.start) && !continuesNumber(text, end)) {
        return dayCandidate(day.start, end, year, month.value, day.value);
      }
    }
    return null;
  }
  // A bare year. Not one: part of a larger number or fraction ("2.026", "3/2026"), an amount
  // ("2026 Stellen", "rund 2000", "$2026"), or the start of a word ("2025er").
  if (before === 0x2c || before === 0x2f || before === 0x27 || before === 0x2019) return null;
  if (continuesNumber(text, end) || isLetter(codeAt(text, end))) return null;
  if (yearIsAmount(text, end) || yearFollowsAmountWord(text, start, scanner)) return null;
  return { start, end, reading: { type: 'year', year } };
}

/** A month name, with a day before or after it and a year after it where the text has them. */
function readMonthAnchor(text: string, start: number, end: number, month: MonthWord, scanner: Scanner): Candidate | null {
  let dayStart = -1;
  let day = 0;
  let dayEnd = end;
  if (scanner.monthDayTail && digitAfterSpaces(text, end)) {
    const tail = stickyExec(scanner.monthDayTail, text, end);
    if (tail) {
      day = Number(tail.match[1]);
      dayStart = start;
      dayEnd = tail.end;
    }
  }
  if (dayStart < 0) {
    const found = scanner.language === 'de' ? germanDayBefore(text, start) : englishDayBefore(text, start, scanner);
    if (found) {
      day = found.value;
      dayStart = found.start;
    }
  }
  if (dayStart >= 0) {
    const yearTail = digitAfterSpaces(text, text.charCodeAt(dayEnd) === 0x2c ? dayEnd + 1 : dayEnd) ? stickyExec(scanner.dayYearTail, text, dayEnd) : null;
    if (yearTail && !yearIsAmount(text, yearTail.end)) {
      return dayCandidate(dayStart, yearTail.end, Number(yearTail.match[1]), month.month, day);
    }
    if (day > daysInMonth(2000, month.month)) return null;
    return { start: dayStart, end: dayEnd, reading: { type: 'dayMonth', month: month.month, day } };
  }
  const yearTail = digitAfterSpaces(text, end) ? stickyExec(scanner.monthYearTail, text, end) : null;
  if (yearTail && !yearIsAmount(text, yearTail.end)) {
    return { start, end: yearTail.end, reading: { type: 'month', month: month.month, year: Number(yearTail.match[1]), abbreviation: month.abbreviation } };
  }
  return { start, end, reading: { type: 'month', month: month.month, year: null, abbreviation: month.abbreviation } };
}

/** German day before a month: "5. Februar", "05.Februar". */
function germanDayBefore(text: string, monthStart: number): { start: number; value: number } | null {
  let position = monthStart;
  if (position > 0 && isHorizontalSpace(text.charCodeAt(position - 1))) position--;
  if (text.charCodeAt(position - 1) !== 0x2e) return null;
  const day = numberEndingAt(text, position - 1);
  if (!day || day.value < 1 || day.value > 31 || isNumberContinuation(text, day.start)) return null;
  return day;
}

/** English day before a month: "5 February", "5th of February". */
function englishDayBefore(text: string, monthStart: number, scanner: Scanner): { start: number; value: number } | null {
  let position = monthStart;
  const spacesEnd = position;
  while (position > 0 && isHorizontalSpace(text.charCodeAt(position - 1))) position--;
  if (position === spacesEnd) return null;
  const of = scanner.dayOfWord ? wordEndingAt(text, position, 0, scanner.contextLengths) : null;
  if (of && of.lower === scanner.dayOfWord) {
    position = of.start;
    const wordStart = position;
    while (position > 0 && isHorizontalSpace(text.charCodeAt(position - 1))) position--;
    if (position === wordStart) return null;
  }
  // Ordinal suffix: "5th", "1st", "2nd", "3rd".
  if (position >= 3 && isDigit(text.charCodeAt(position - 3))) {
    const suffix = text.slice(position - 2, position).toLowerCase();
    if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') position -= 2;
  }
  const day = numberEndingAt(text, position);
  if (!day || day.value < 1 || day.value > 31 || isNumberContinuation(text, day.start)) return null;
  if (isLetter(codeAt(text, day.start - 1))) return null;
  return day;
}

/** "vierte Quartal 2025", "1. Halbjahr", "fourth quarter of 2025", "first-half": the ordinal stands before the noun. */
function readPeriodNounAnchor(text: string, start: number, end: number, unit: 'quarter' | 'half', scanner: Scanner): Candidate | null {
  if (start === 0) return null;
  // The ordinal is joined by a hyphen ("first-quarter") or stands a space or more before the noun.
  let ordinalEnd = start;
  if (text.charCodeAt(start - 1) === 0x2d) {
    ordinalEnd = start - 1;
  } else {
    while (ordinalEnd > 0 && isHorizontalSpace(text.charCodeAt(ordinalEnd - 1))) ordinalEnd--;
    if (ordinalEnd === start) return null;
  }
  let index: number | undefined;
  let ordinalStart = -1;
  if (text.charCodeAt(ordinalEnd - 1) === 0x2e) {
    // "1. Quartal".
    const number = numberEndingAt(text, ordinalEnd - 1);
    if (number && !isNumberContinuation(text, number.start) && !isLetter(codeAt(text, number.start - 1))) {
      index = scanner.ordinalByWord.get(`${number.value}.`);
      ordinalStart = number.start;
    }
  } else {
    const word = wordEndingAt(text, ordinalEnd, 0, scanner.contextLengths);
    if (word) {
      index = scanner.ordinalByWord.get(word.text);
      ordinalStart = word.start;
    }
  }
  if (index === undefined || ordinalStart < 0) return null;
  if (unit === 'half' && index > 2) return null;
  const tail = isHorizontalSpace(codeAt(text, end)) ? stickyExec(scanner.periodYearTail, text, end) : null;
  if (tail && !yearIsAmount(text, tail.end)) {
    return { start: ordinalStart, end: tail.end, reading: { type: 'period', unit, index, year: Number(tail.match[1]) } };
  }
  return { start: ordinalStart, end, reading: { type: 'period', unit, index, year: null } };
}

function dayCandidate(start: number, end: number, year: number, month: number, day: number): Candidate | null {
  if (!isValidDay(year, month, day)) return null;
  return { start, end, reading: { type: 'day', year, month, day } };
}

/**
 * True when one or more horizontal spaces and then a digit follow `position`: what every tail with a
 * day or year after spaces needs, checked before its regex runs.
 */
function digitAfterSpaces(text: string, position: number): boolean {
  const at = skipSpaces(text, position);
  return at > position && isDigit(codeAt(text, at));
}

/** Runs a sticky regex at `position`; returns the match and where it ends, or null. */
function stickyExec(pattern: RegExp, text: string, position: number): { match: RegExpExecArray; end: number } | null {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match ? { match, end: pattern.lastIndex } : null;
}

/** The one- or two-digit number that ends right before `end`, or null (three or more digits are not a day or month). */
function numberEndingAt(text: string, end: number): { start: number; value: number } | null {
  let start = end;
  while (start > 0 && end - start < 3 && isDigit(text.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length === 0 || length > 2) return null;
  const value = length === 1 ? text.charCodeAt(start) - 0x30 : (text.charCodeAt(start) - 0x30) * 10 + text.charCodeAt(start + 1) - 0x30;
  return { start, value };
}

/** True when a number starting at `start` continues one before it ("1.5. Februar", "1,5", "3.000"). */
function isNumberContinuation(text: string, start: number): boolean {
  if (start === 0) return false;
  const before = text.charCodeAt(start - 1);
  if (isDigit(before) || isLetter(before)) return true;
  return (before === 0x2e || before === 0x2c) && start > 1 && isDigit(text.charCodeAt(start - 2));
}

/** True when a number ending at `end` goes on ("2026.5", "2026,00", "20261"). */
function continuesNumber(text: string, end: number): boolean {
  const next = codeAt(text, end);
  if (isDigit(next)) return true;
  return (next === 0x2e || next === 0x2c) && isDigit(codeAt(text, end + 1));
}

/** True when the four digits ending at `end` are followed by a unit or scale word, or a percent sign. */
function yearIsAmount(text: string, end: number): boolean {
  let position = skipSpaces(text, end);
  const next = codeAt(text, position);
  if (next === 0x25 /* % */) return true;
  if (next === 0x2d /* - */ && position === end) position++; // "2000-Euro-Schein"
  const word = readWordAfter(text, position, followerLengths);
  return word !== null && yearBlockingFollowers.has(word.toLowerCase());
}

/** True when the number starting at `start` follows a currency sign or an amount word ("rund 2000", "$2026"). */
function yearFollowsAmountWord(text: string, start: number, scanner: Scanner): boolean {
  let position = start;
  while (position > 0 && isHorizontalSpace(text.charCodeAt(position - 1))) position--;
  if (position > 0 && CURRENCY_SIGNS.includes(text[position - 1] ?? '')) return true;
  // "ca. 2000": the abbreviation's dot does not separate it from its number.
  if (position > 0 && text.charCodeAt(position - 1) === 0x2e) position--;
  const word = wordEndingAt(text, position, 0, scanner.contextLengths);
  return word !== null && yearBlockingPreceders.has(word.lower);
}
// ---------------------------------------------------------------------------------------------
// Context and resolution.

function toMention(
  candidate: Candidate,
  text: string,
  scanner: Scanner,
  publication: Publication | null,
  floor: number,
): DateMention | null {
  const { reading } = candidate;
  // Without a publication date only the dates that name their year resolve; the rest need no context.
  if (!publication && needsPublication(reading)) return null;
  let start = candidate.start;
  const yearless =
    reading.type === 'weekday' ||
    (reading.type === 'month' && reading.year === null) ||
    (reading.type === 'period' && reading.year === null);

  // The word right before the mention, read again only when the mention grows to the left.
  let wordBefore = wordEndingAt(text, start, floor, scanner.contextLengths);

  // A marker such as "kommende" or "last" belongs to the mention and sets its direction.
  let marker: 'future' | 'past' | null = null;
  if (yearless && wordBefore) {
    if (scanner.futureMarkers.has(wordBefore.lower)) marker = 'future';
    else if (scanner.pastMarkers.has(wordBefore.lower)) marker = 'past';
    if (marker) {
      start = wordBefore.start;
      wordBefore = wordEndingAt(text, start, floor, scanner.contextLengths);
    }
  }

  // A point inside a period ("Ende Q1 2026", "end of 2026", "mid-2026") belongs to the mention too.
  let pointPrefix = false;
  if (reading.type === 'month' || reading.type === 'period' || reading.type === 'year') {
    const prefixStart = pointPrefixStart(text, start, wordBefore, scanner, floor);
    if (prefixStart !== null) {
      start = prefixStart;
      pointPrefix = true;
      wordBefore = wordEndingAt(text, start, floor, scanner.contextLengths);
    }
  }

  // The role word stands before the mention, possibly behind an article ("bis zum", "seit dem").
  let before = wordBefore;
  const firstBefore = before;
  for (let skipped = 0; before && skipped < 2 && scanner.articles.has(before.lower); skipped++) {
    before = wordEndingAt(text, before.start, floor, scanner.contextLengths);
  }
  const roleWord = before ? scanner.roleByWord.get(before.lower) : undefined;
  const role: DateMention['role'] = roleWord ? roleWord.role : 'at';

  if (reading.type === 'month' && reading.year === null) {
    // A lone month name may be a name ("Mai", "August"); it needs a word that makes it a date.
    const hasContext =
      marker !== null ||
      pointPrefix ||
      roleWord !== undefined ||
      (firstBefore !== null && scanner.bareMonthContext.has(firstBefore.lower));
    if (!hasContext || reading.abbreviation) return null;
  }

  const direction: Direction =
    marker === 'future' ? 'futureStrict'
    : marker === 'past' ? 'pastStrict'
    : roleWord?.future ? 'futureOrSame'
    : 'pastOrSame';

  const resolved = resolve(reading, direction, publication);
  if (!resolved) return null;
  const end = candidate.end;
  if (start < floor || end > text.length || start >= end) return null;
  return {
    kind: 'date',
    start,
    end,
    text: text.slice(start, end),
    value: resolved.value,
    precision: resolved.precision,
    role,
    resolvedAgainst: resolved.relative && publication ? publication.label : null,
  };
}

function needsPublication(reading: Reading): boolean {
  switch (reading.type) {
    case 'month':
    case 'period':
      return reading.year === null;
    case 'day':
    case 'year':
      return false;
    default:
      return true;
  }
}

/**
 * Where a point prefix before `start` begins ("Ende", "Ende des", "end of the", "mid-"), or null.
 * `wordBefore` is the word ending at `start`, as wordEndingAt reads it.
 */
function pointPrefixStart(text: string, start: number, wordBefore: WordSpan | null, scanner: Scanner, floor: number): number | null {
  const hyphenated = start > floor && text.charCodeAt(start - 1) === 0x2d;
  const word = hyphenated ? wordEndingAt(text, start - 1, floor, scanner.contextLengths) : wordBefore;
  if (!word) return null;
  const key = word.lower;
  if (scanner.directPrefixes.has(key)) return word.start;
  if (hyphenated) return null;
  // Linked prefixes: "Ende des", "end of", "end of the".
  let link = word;
  let linkKey = key;
  if (scanner.articles.has(linkKey) && !scanner.prefixLinks.has(linkKey)) {
    const previous = wordEndingAt(text, link.start, floor, scanner.contextLengths);
    if (!previous) return null;
    const combined = `${previous.lower} ${linkKey}`;
    if (!scanner.prefixLinks.has(combined)) return null;
    link = previous;
    linkKey = combined;
  }
  if (!scanner.prefixLinks.has(linkKey)) return null;
  const prefix = wordEndingAt(text, link.start, floor, scanner.contextLengths);
  if (prefix && scanner.linkedPrefixes.has(prefix.lower)) return prefix.start;
  return null;
}

interface Resolved {
  value: string;
  precision: DatePrecision;
  /** True when the value depends on the publication date. */
  relative: boolean;
}

function resolve(reading: Reading, direction: Direction, publication: Publication | null): Resolved | null {
  switch (reading.type) {
    case 'day':
      return { value: isoDay(reading.year, reading.month, reading.day), precision: 'day', relative: false };
    case 'year':
      return { value: String(reading.year), precision: 'year', relative: false };
    case 'month':
      if (reading.year !== null) return { value: isoMonth(reading.year, reading.month), precision: 'month', relative: false };
      if (!publication) return null;
      return {
        value: isoMonth(yearOfCyclicUnit(reading.month, publication.month, publication.year, direction), reading.month),
        precision: 'month',
        relative: true,
      };
    case 'period': {
      const precision: DatePrecision = reading.unit === 'quarter' ? 'quarter' : 'half';
      const letter = reading.unit === 'quarter' ? 'Q' : 'H';
      if (reading.year !== null) return { value: `${reading.year}-${letter}${reading.index}`, precision, relative: false };
      if (!publication) return null;
      const current = reading.unit === 'quarter' ? Math.ceil(publication.month / 3) : publication.month <= 6 ? 1 : 2;
      // Quarters and halves are talked about once they are over (results), so without a marker the
      // period is the latest one that ended before publication: the running one does not count.
      const periodDirection: Direction = direction === 'pastOrSame' ? 'pastStrict' : direction;
      const year = yearOfCyclicUnit(reading.index, current, publication.year, periodDirection);
      return { value: `${year}-${letter}${reading.index}`, precision, relative: true };
    }
    case 'dayMonth': {
      if (!publication) return null;
      const year = nearestYearForDay(reading.month, reading.day, publication);
      return year === null ? null : { value: isoDay(year, reading.month, reading.day), precision: 'day', relative: true };
    }
    case 'weekday': {
      if (!publication) return null;
      return { value: isoFromDayNumber(weekdayDayNumber(reading.weekday, direction, publication)), precision: 'day', relative: true };
    }
    case 'relative':
      if (!publication) return null;
      return { value: isoFromDayNumber(publication.dayNumber + reading.offset), precision: 'day', relative: true };
  }
}

/**
 * The year of a month (or quarter, half) given only its number: `unit` in the cycle, `current` the
 * publication's own unit. "Past or same" keeps the running unit; "strict" skips it.
 */
function yearOfCyclicUnit(unit: number, current: number, year: number, direction: Direction): number {
  switch (direction) {
    case 'pastOrSame':
      return unit <= current ? year : year - 1;
    case 'pastStrict':
      return unit < current ? year : year - 1;
    case 'futureOrSame':
      return unit >= current ? year : year + 1;
    case 'futureStrict':
      return unit > current ? year : year + 1;
  }
}

/** The year that puts a day-and-month closest to publication ("20. Dezember" in January is last December). */
function nearestYearForDay(month: number, day: number, publication: Publication): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let year = publication.year - 1; year <= publication.year + 1; year++) {
    if (!isValidDay(year, month, day)) continue;
    const distance = Math.abs(dayNumber(year, month, day) - publication.dayNumber);
    // Strictly smaller: on a tie the earlier year wins, because news mostly report the past.
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

function weekdayDayNumber(weekday: number, direction: Direction, publication: Publication): number {
  const back = (publication.weekday - weekday + 7) % 7;
  const ahead = (weekday - publication.weekday + 7) % 7;
  switch (direction) {
    case 'pastOrSame':
      return publication.dayNumber - back;
    case 'pastStrict':
      return publication.dayNumber - (back === 0 ? 7 : back);
    case 'futureOrSame':
      return publication.dayNumber + ahead;
    case 'futureStrict':
      return publication.dayNumber + (ahead === 0 ? 7 : ahead);
  }
}


function isoFromDayNumber(days: number): string {
  const date = new Date(days * MS_PER_DAY);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A publication date "YYYY-MM-DD", read by character code (no regex match, no substrings); null when it is none. */
function parsePublication(published: string | null): Publication | null {
  if (typeof published !== 'string' || published.length !== 10) return null;
  if (!digitsAt(published, 0, 4) || published.charCodeAt(4) !== 0x2d || !digitsAt(published, 5, 2) || published.charCodeAt(7) !== 0x2d || !digitsAt(published, 8, 2)) return null;
  const year = numberAt(published, 0, 4);
  const month = numberAt(published, 5, 2);
  const day = numberAt(published, 8, 2);
  if (!isValidDay(year, month, day)) return null;
  const days = dayNumber(year, month, day);
  return {
    iso: published,
    label: `publication date ${published}`,
    year,
    month,
    day,
    dayNumber: days,
    // Day 0 (1970-01-01) was a Thursday.
    weekday: ((days % 7) + 11) % 7,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading neighbouring words without regexes or slices per character.

interface WordSpan {
  start: number;
  text: string;
  /** The text lower-cased: context words are matched case-insensitively, so nearly every reader needs it. */
  lower: string;
}

const MAX_CONTEXT_WORD = 24;

function isHorizontalSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetterOrDigit(code: number): boolean {
  return code < LATIN_END ? LATIN_CLASSES[code] !== 0 : isLetter(code);
}

function isLetter(code: number): boolean {
  if (code < LATIN_END) return LATIN_CLASSES[code] === LATIN_LETTER;
  // Surrogates are not letters on their own; other scripts are rare here and checked properly.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return isLetterCode(code);
}

// Latin letters and digits by table. Only the letters count below U+00C0, so "µ" (a letter in
// Unicode) separates words here; every anchor word and every context word is Latin anyway.
const LATIN_LETTER = 1;
const LATIN_DIGIT = 2;
const LATIN_CLASSES = new Uint8Array(LATIN_END);
for (let code = 0; code < LATIN_END; code++) {
  const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
  LATIN_CLASSES[code] = letter ? LATIN_LETTER : isDigit(code) ? LATIN_DIGIT : 0;
}

function skipSpaces(text: string, position: number): number {
  let at = position;
  while (at < text.length && isHorizontalSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The word (letters only) that ends right before `position`, after horizontal spaces; never reaches
 * below `floor`. Null also when the word is none of the words of `listed` (see listedLengths): every
 * caller only looks such a word up, and a word that is not there acts as no word.
 */
function wordEndingAt(text: string, position: number, floor: number, listed: Uint32Array): WordSpan | null {
  let end = position;
  while (end > floor && isHorizontalSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > floor && end - start < MAX_CONTEXT_WORD && isLetter(text.charCodeAt(start - 1))) start--;
  if (start === end) return null;
  // A word cut off by the length limit or the floor is not a whole word.
  if (start > 0 && isLetter(text.charCodeAt(start - 1))) return null;
  if (!mayBeListed(text, start, end, listed)) return null;
  const word = text.slice(start, end);
  return { start, text: word, lower: word.toLowerCase() };
}

/** The word (letters only) starting at `position`, or null; null too when it is none of the words of `listed` (see listedLengths). */
function readWordAfter(text: string, position: number, listed: Uint32Array): string | null {
  let end = position;
  while (end < text.length && end - position < MAX_CONTEXT_WORD && isLetter(text.charCodeAt(end))) end++;
  return end === position || !mayBeListed(text, position, end, listed) ? null : text.slice(position, end);
}
