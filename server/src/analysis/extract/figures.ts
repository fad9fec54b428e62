// Reads money amounts, percentages and counts. One pass over the word tokens finds digit runs and
// number words; each is then read outward with table look-ups (qualifier and currency before it,
// scale, currency, percent word or count unit after it). Words are read by character codes and take
// their lower-case form from the word tokens, so a number that is no figure (a year, a day) costs a
// few look-ups and seldom a new string; digits are parsed only once they prove a figure.

import type { FigureMention, Qualifier, Span } from '../model';
import { codeAt, isDigitCode, isLetterCode, isUpperCode, isWordCode } from '../text/chars';
import { scanWords, type WordToken } from '../text/words';
import {
  COUNT_UNITS, CURRENCY_WORDS, DEFAULT_CURRENCY, GLUED_SCALES, MONEY_CONTEXT_BEFORE, NOT_A_FIGURE_AFTER,
  NUMBER_WORDS, PERCENT_WORDS, PREFIX_CURRENCIES, QUALIFIER_PHRASES, SCALE_WORDS,
} from '../data/numbers';

type Language = 'de' | 'en';

/** Longer numbers than this are not figures (a 10,000-digit run is junk, not an amount). */
const MAX_DIGITS = 40;

/** Compounds that end like a count unit but are not one ("Baustellen" is a building site). */
const NOT_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'baustellen', 'haltestellen', 'schnittstellen', 'tankstellen', 'anlaufstellen', 'ladestellen', 'nachkommastellen',
]);

/** Function words that may not stand between a number and its unit. */
const STOP_MODIFIERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'in', 'im', 'von', 'vom', 'bei', 'mit', 'für', 'auf', 'an', 'am',
  'zu', 'zum', 'zur', 'aus', 'nach', 'um', 'the', 'of', 'at', 'to', 'for', 'on', 'by', 'from', 'with', 'per',
  'je', 'pro', 'bis', 'oder', 'or', 'als', 'than', 'is', 'ist', 'sind', 'are', 'was', 'war', 'a', 'an',
]);

const ISO_CODES: ReadonlySet<string> = new Set(['usd', 'eur', 'chf', 'gbp', 'jpy', 'cny']);

const NUMBER_MAP = new Map(Object.entries(NUMBER_WORDS));
const PERCENT_MAP = new Map(Object.entries(PERCENT_WORDS));
const CURRENCY_MAP = new Map(Object.entries(CURRENCY_WORDS));
const SCALE_MAPS = { de: new Map(Object.entries(SCALE_WORDS.de)), en: new Map(Object.entries(SCALE_WORDS.en)) };
const GLUED_SCALE_MAPS = { de: new Map(Object.entries(GLUED_SCALES.de)), en: new Map(Object.entries(GLUED_SCALES.en)) };
/** Words right after a number: its scale, or 0 when the word means it is no figure ("Jahre", "Uhr"). */
const AFTER_NUMBER = { de: afterNumber('de'), en: afterNumber('en') };

function afterNumber(language: Language): ReadonlyMap<string, number> {
  const words = new Map(SCALE_MAPS[language]);
  for (const word of NOT_A_FIGURE_AFTER) words.set(word, 0);
  return words;
}

const LONGEST_GLUED_SCALE = Math.max(...[...GLUED_SCALE_MAPS.de.keys(), ...GLUED_SCALE_MAPS.en.keys()].map((key) => key.length));

/**
 * A set of lower-case words tested against word tokens mostly without hashing: a token whose length,
 * first and last letter (folded to five bits) fit no member is not one. They are read from the text,
 * where an ASCII letter folds alike in either case; other first or last letters skip the pre-test.
 * (Only "İ" changes a word's length when lower-cased, into a dotted "i" that no member has.)
 */
class TokenSet {
  private readonly words: ReadonlySet<string>;
  /** One bit per shape, and one per folded first letter for a quicker first test. */
  private readonly shapes = new Uint32Array(1 << 10);
  private initials = 0;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) {
      const shape = shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
      this.shapes[shape >> 5] |= 1 << (shape & 31);
      this.initials |= 1 << (word.charCodeAt(0) & 31);
    }
  }

  has(text: string, token: WordToken): boolean {
    const first = text.charCodeAt(token.start);
    if (first < 128 && (this.initials & (1 << (first & 31))) === 0) return false;
    const last = text.charCodeAt(token.end - 1);
    if (first < 128 && last < 128) {
      const shape = shapeOf(token.end - token.start, first, last);
      if ((this.shapes[shape >> 5] & (1 << (shape & 31))) === 0) return false;
    }
    return this.words.has(token.lower);
  }
}

/** Length (up to 31), first and last character, five bits each. */
function shapeOf(length: number, first: number, last: number): number {
  return (Math.min(length, 31) << 10) | ((first & 31) << 5) | (last & 31);
}

/** Words that turn a number word before them into a figure: scale and percent words, and "per" / "percentage". */
const NUMBER_WORD_UNITS = {
  de: new TokenSet([...SCALE_MAPS.de.keys(), ...PERCENT_MAP.keys(), 'per', 'percentage']),
  en: new TokenSet([...SCALE_MAPS.en.keys(), ...PERCENT_MAP.keys(), 'per', 'percentage']),
};

/** Is there a letter at `i`? */
function isLetterAt(text: string, i: number): boolean {
  return i < text.length && isLetterCode(text.charCodeAt(i));
}

/** End of the letters starting at `from`; with `hyphens`, a compound like "Corporate-Stellen" is one word. */
function wordEnd(text: string, from: number, hyphens: boolean): number {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isLetterCode(code)) end++;
    else if (hyphens && code === 45 && end > from && isLetterAt(text, end + 1)) end++;
    else break;
  }
  return end;
}

/** End of the digits starting at `from`, at most `end`. */
function digitsEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

/** The article being read: its text, its word tokens, and the index of a token near the current position. */
interface Reader {
  text: string;
  words: readonly WordToken[];
  near: number;
}

/** text[start, end) in lower case: the word token's own string when a token spans exactly that range. */
function lowerOf(r: Reader, start: number, end: number): string {
  const words = r.words;
  let t = r.near;
  while (t > 0 && words[t].start > start) t--;
  while (t < words.length && words[t].end <= start) t++;
  if (t < words.length && words[t].start === start && words[t].end === end) return words[t].lower;
  return r.text.slice(start, end).toLowerCase();
}

/** Skips spaces (and one hyphen when `hyphen`), returning the new index. */
function skipGap(text: string, from: number, hyphen: boolean): number {
  if (hyphen && text.charCodeAt(from) === 45) return from + 1;
  let i = from;
  while (i < text.length && i - from < 3) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 0xa0) break;
    i++;
  }
  return i;
}

/** Parses a digit run in the article's notation; null when it is not one number ("1.1.1"). */
export function parseNumber(raw: string, language: Language): { value: number; decimals: number } | null {
  return readNumber(raw, 0, raw.length, language);
}

/**
 * Reads text[start, end) as one number. German: "1.234,5", "3,2", or English "1.5" inside German text;
 * English: "1,234.5", "3.2", or German "1,5" inside English text. Thousands groups have three digits
 * and only follow a first group of one to three.
 */
function readNumber(text: string, start: number, end: number, language: Language): { value: number; decimals: number } | null {
  if (end - start > MAX_DIGITS) return null;
  const thousands = language === 'de' ? 46 : 44;
  const decimal = language === 'de' ? 44 : 46;
  let i = digitsEnd(text, start, end);
  if (i === start) return null;
  if (i < end && text.charCodeAt(i) === thousands) {
    const next = digitsEnd(text, i + 1, end);
    // "1.5" in German, "1,5" in English: the other language's decimals.
    if (next === end && next - i - 1 >= 1 && next - i - 1 <= 2) return numberOf(text, start, i, i + 1, end);
    if (i - start > 3) return null;
    while (i < end && text.charCodeAt(i) === thousands) {
      const group = digitsEnd(text, i + 1, end);
      if (group - i - 1 !== 3) return null;
      i = group;
    }
  }
  if (i === end) return numberOf(text, start, end, end, end);
  if (text.charCodeAt(i) !== decimal || digitsEnd(text, i + 1, end) !== end || i + 1 === end) return null;
  return numberOf(text, start, i, i + 1, end);
}

/** Exact powers of ten for the decimals of short numbers. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The number with integer digits text[start, intEnd) (thousands separators skipped) and decimals text[fracStart, end). */
function numberOf(text: string, start: number, intEnd: number, fracStart: number, end: number): { value: number; decimals: number } {
  const decimals = end - fracStart;
  let digits = 0;
  let scaled = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isDigitCode(code)) continue;
    scaled = scaled * 10 + code - 48;
    digits++;
  }
  // Up to 15 digits, all digits as one integer and the power of ten are exact, and their quotient is
  // rounded once, just as parsing the decimal string would round it. Longer numbers are parsed.
  if (digits <= 15) return { value: scaled / POWERS_OF_TEN[decimals], decimals };
  const whole = digitsOf(text.slice(start, intEnd));
  return { value: Number(decimals === 0 ? whole : `${whole}.${text.slice(fracStart, end)}`), decimals };
}

/** The digits of a string, without separators. */
function digitsOf(raw: string): string {
  return raw.replace(/\D/g, '');
}

/** A qualifier phrase or the end of one, read backwards from the figure: "zu" of "bis zu". */
interface PhraseEnd {
  /** The qualifier when these words are a whole phrase. */
  qualifier: Qualifier | null;
  /** Whether a longer phrase ends with these words. */
  longer: boolean;
}

/** Every phrase and every word-wise end of a phrase: "as much as", "much as", "as". */
const QUALIFIER_ENDS: ReadonlyMap<string, PhraseEnd> = (() => {
  const ends = new Map<string, PhraseEnd>();
  for (const [phrase, qualifier] of QUALIFIER_PHRASES) {
    const words = phrase.split(' ');
    for (let from = words.length - 1; from >= 0; from--) {
      const end = words.slice(from).join(' ');
      const entry = ends.get(end) ?? { qualifier: null, longer: false };
      if (from === 0) entry.qualifier = qualifier;
      else entry.longer = true;
      ends.set(end, entry);
    }
  }
  return ends;
})();

/** Start of the word (letters, and a trailing dot as in "ca.") that ends at `end`; -1 when there is none. */
function wordStartBefore(text: string, end: number): number {
  let i = end;
  if (text.charCodeAt(i - 1) === 46) i--;
  let j = i;
  while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
  return j === i || (j > 0 && isWordCode(text.charCodeAt(j - 1))) ? -1 : j;
}

/** The qualifier phrase that ends right before `end` (spaces skipped), with its start. */
function qualifierBefore(r: Reader, end: number): { qualifier: Qualifier; start: number } | null {
  const text = r.text;
  let i = end;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  if (i === end && end > 0) return null;
  let start = wordStartBefore(text, i);
  if (start < 0) return null;
  let phrase = lowerOf(r, start, i);
  let best: { qualifier: Qualifier; start: number } | null = null;
  // Word by word back while the words end a phrase: "up to", "bis zu", "as much as".
  for (let entry = QUALIFIER_ENDS.get(phrase); entry; entry = QUALIFIER_ENDS.get(phrase)) {
    if (entry.qualifier) best = { qualifier: entry.qualifier, start };
    if (!entry.longer || start === 0 || text.charCodeAt(start - 1) !== 32) break;
    const previousEnd = start - 1;
    start = wordStartBefore(text, previousEnd);
    if (start < 0) break;
    phrase = `${lowerOf(r, start, previousEnd)} ${phrase}`;
  }
  // "Auftrag über 1,2 Mrd.", "Gespräche über 30 Mrd.": after a German noun, "über" means "worth".
  if (best && best.qualifier === 'over' && text.slice(best.start, best.start + 4).toLowerCase() === 'über' && nounBefore(text, best.start)) return null;
  return best;
}

/** Is the word before `start` a capitalized German noun (not a sentence start)? */
function nounBefore(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  let j = i;
  while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
  if (j === i || !isUpperCode(text.charCodeAt(j))) return false;
  return !CAPITALIZED_FUNCTION_WORDS.has(text.slice(j, i));
}

/** Sentence-initial prepositions that are not nouns: "Mit über 50 Prozent …". */
const CAPITALIZED_FUNCTION_WORDS: ReadonlySet<string> = new Set(['Mit', 'Bei', 'Um', 'Von', 'Auf', 'In', 'Seit', 'Nach', 'Für', 'Auch', 'Noch', 'Sogar', 'Und']);

/** Is the code one of the currency symbols "$", "€", "£", "¥"? */
function isCurrencySymbol(code: number): boolean {
  return code === 36 || code === 0x20ac || code === 0xa3 || code === 0xa5;
}

/** A currency symbol or code right before the number ("€ 3,2", "USD 5", "$50"). */
function currencyBefore(text: string, start: number): { currency: string; start: number } | null {
  let i = start;
  if (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  if (isCurrencySymbol(text.charCodeAt(i - 1))) {
    const withUs = text.slice(Math.max(0, i - 3), i).toLowerCase();
    if (withUs === 'us$') return { currency: 'USD', start: i - 3 };
    return { currency: PREFIX_CURRENCIES[text[i - 1]], start: i - 1 };
  }
  if (i === start) return null; // codes need a space: "USD 5"
  // Codes are a word of three capitals A–Z.
  const j = i - 3;
  if (j < 0 || !isAsciiUpper(text.charCodeAt(j)) || !isAsciiUpper(text.charCodeAt(j + 1)) || !isAsciiUpper(text.charCodeAt(j + 2))) return null;
  if (j > 0 && isLetterCode(text.charCodeAt(j - 1))) return null;
  const currency = PREFIX_CURRENCIES[text.slice(j, i).toLowerCase()];
  return currency ? { currency, start: j } : null;
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Exact unit nouns → unit, and the German endings that compounds may end with ("Verwaltungsstellen"). */
const EXACT_UNITS = new Map<string, string>(COUNT_UNITS);
const COMPOUND_ENDINGS = COUNT_UNITS.filter(([ending]) => ending.length >= 6 && /^[a-zäöüß]+$/.test(ending));
const SHORTEST_UNIT = Math.min(...COUNT_UNITS.map(([ending]) => ending.length));

/** The count unit a (possibly compound) lower-case noun ends with: "corporate-stellen" → jobs. */
function countUnitOf(lower: string): string | null {
  if (lower.length < SHORTEST_UNIT || NOT_COUNT_NOUNS.has(lower)) return null;
  const exact = EXACT_UNITS.get(lower);
  if (exact) return exact;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen >= 0) return EXACT_UNITS.get(lower.slice(hyphen + 1)) ?? null;
  for (const [ending, unit] of COMPOUND_ENDINGS) if (lower.length > ending.length && lower.endsWith(ending)) return unit;
  return null;
}

/** What a number is followed by: scale, then currency, percent or count unit. */
interface Tail {
  end: number;
  scale: number;
  scaleWritten: boolean;
  currency: string | null;
  percent: 'percent' | 'percentagePoints' | null;
  unit: string | null;
  blocked: boolean;
}

/** Reads what follows the number ending at `numberEnd` into `tail` (one object reused for every number). */
function readTail(r: Reader, numberEnd: number, language: Language, tail: Tail): void {
  const text = r.text;
  tail.end = numberEnd;
  tail.scale = 1;
  tail.scaleWritten = false;
  tail.currency = null;
  tail.percent = null;
  tail.unit = null;
  tail.blocked = false;
  if (isLetterAt(text, numberEnd)) {
    // A scale glued to the digits: "5bn", "3,2Mrd."; other letters ("Q4a", "5G") make no figure.
    const end = wordEnd(text, numberEnd, false);
    if (end - numberEnd > LONGEST_GLUED_SCALE) return;
    const lower = text.slice(numberEnd, end).toLowerCase();
    const scale = GLUED_SCALE_MAPS[language].get(lower) ?? GLUED_SCALE_MAPS.en.get(lower);
    if (!scale) return;
    tail.scale = scale;
    tail.scaleWritten = true;
    tail.end = text.charCodeAt(end) === 46 && (lower === 'mrd' || lower === 'mio' || lower === 'tsd') ? end + 1 : end;
  } else {
    const gap = skipGap(text, numberEnd, true);
    const end = wordEnd(text, gap, false);
    if (end > gap) {
      const lower = lowerOf(r, gap, end);
      const scale = AFTER_NUMBER[language].get(lower);
      if (scale === 0) {
        tail.blocked = true;
        return;
      }
      if (scale) {
        tail.scale = scale;
        tail.scaleWritten = true;
        const dotted = lower === 'mrd' || lower === 'mio' || lower === 'tsd' || lower === 'bio';
        tail.end = dotted && text.charCodeAt(end) === 46 ? end + 1 : end;
      }
    }
  }
  readUnit(r, skipGap(text, tail.end, true), tail);
}

/** The percent word, currency or count unit at `from` ("Prozent", "%", "per cent", "US-Dollar", "€", "Stellen"). */
function readUnit(r: Reader, from: number, tail: Tail): void {
  const text = r.text;
  const code = text.charCodeAt(from);
  if (code === 37) {
    // A percent sign after a scale ("5 Mrd. %") is nothing.
    if (!tail.scaleWritten) {
      tail.percent = 'percent';
      tail.end = from + 1;
    }
    return;
  }
  if (isCurrencySymbol(code)) {
    tail.currency = CURRENCY_MAP.get(text[from])!;
    tail.end = from + 1;
    return;
  }
  const end = wordEnd(text, from, false);
  if (end === from) return;
  const lower = lowerOf(r, from, end);
  if (!tail.scaleWritten) {
    if (lower === 'per' || lower === 'percentage') {
      const nextStart = skipGap(text, end, false);
      const nextEnd = wordEnd(text, nextStart, false);
      const unit = nextEnd > nextStart ? PERCENT_MAP.get(`${lower} ${lowerOf(r, nextStart, nextEnd)}`) : undefined;
      if (unit) {
        tail.percent = unit;
        tail.end = nextEnd;
        return;
      }
    }
    const unit = PERCENT_MAP.get(lower);
    if (unit) {
      tail.percent = unit;
      tail.end = end;
      return;
    }
  }
  if (currencyAt(r, from, end, lower, tail)) return;
  countUnitAt(r, from, end, lower, tail);
}

/** A currency word ("US-Dollar", "Dollar", "Schweizer Franken", "EUR") spanning [from, end) and beyond. */
function currencyAt(r: Reader, from: number, end: number, lower: string, tail: Tail): boolean {
  const text = r.text;
  if (lower === 'us' && text.charCodeAt(end) === 45) {
    const restEnd = wordEnd(text, end + 1, false);
    const rest = restEnd > end + 1 ? lowerOf(r, end + 1, restEnd) : '';
    if (rest === 'dollar' || rest === 'dollars') return setCurrency(tail, 'USD', restEnd);
    if (text.charCodeAt(end + 1) === 36) return setCurrency(tail, 'USD', end + 2);
  }
  if (lower === 'schweizer' || lower === 'britische') {
    const restStart = skipGap(text, end, false);
    const restEnd = wordEnd(text, restStart, false);
    const pair = restEnd > restStart ? CURRENCY_MAP.get(`${lower} ${lowerOf(r, restStart, restEnd)}`) : undefined;
    if (pair) return setCurrency(tail, pair, restEnd);
  }
  const currency = CURRENCY_MAP.get(lower);
  if (!currency) return false;
  // Codes must be written in capitals: "eur" inside prose is not a currency.
  if (ISO_CODES.has(lower) && text.slice(from, end) !== lower.toUpperCase()) return false;
  return setCurrency(tail, currency, end);
}

function setCurrency(tail: Tail, currency: string, end: number): true {
  tail.currency = currency;
  tail.end = end;
  return true;
}

/**
 * A count unit after the number, allowing up to three modifiers in between:
 * "30.000 Corporate- und Tech-Positionen", "1,200 new jobs". `letters` ends the letters at `from`
 * and `lower` is them in lower case; a hyphenated compound reads on.
 */
function countUnitAt(r: Reader, from: number, letters: number, lower: string, tail: Tail): void {
  const text = r.text;
  let start = from;
  let end = wordEnd(text, from, true);
  let word = end === letters ? lower : lowerOf(r, from, end);
  for (let step = 0; ; step++) {
    const unit = countUnitOf(word);
    if (unit) {
      tail.unit = unit;
      tail.end = end;
      return;
    }
    if (step === 3 || STOP_MODIFIERS.has(word)) return;
    const trailingHyphen = text.charCodeAt(end) === 45;
    const isModifier = trailingHyphen || word === 'und' || word === 'and' ||
      text.charCodeAt(start) === word.charCodeAt(0) /* lower-case adjective */;
    if (!isModifier) return;
    start = skipGap(text, trailingHyphen ? end + 1 : end, false);
    end = wordEnd(text, start, true);
    if (end === start) return;
    word = lowerOf(r, start, end);
  }
}

/** Step of the last stated digit; for "about" figures, the rounding the writer likely applied. */
function precisionOf(raw: string, decimals: number, qualifier: Qualifier | null, scale: number): number {
  if (decimals > 0) return Math.pow(10, -decimals) * scale;
  if (qualifier !== 'about') return scale;
  const digits = digitsOf(raw);
  let zeros = 0;
  for (let k = digits.length - 1; k > 0 && digits[k] === '0'; k--) zeros++;
  // Keep at least two significant digits: "rund 100" is 95–105, not 50–150.
  zeros = Math.min(zeros, Math.max(0, digits.length - 2));
  return Math.pow(10, zeros) * scale;
}

/** Does the word before `start` (spaces skipped) make a bare number money ("Kursziel 300")? */
function moneyContextBefore(r: Reader, start: number): boolean {
  const text = r.text;
  let i = start;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  let j = i;
  while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
  return j < i && MONEY_CONTEXT_BEFORE.has(lowerOf(r, j, i));
}

/** Is the span inside one of the sorted, non-overlapping blocked spans? */
function insideBlocked(blocked: readonly Span[], start: number, end: number, cursor: { i: number }): boolean {
  while (cursor.i < blocked.length && blocked[cursor.i].end <= start) cursor.i++;
  const span = blocked[cursor.i];
  return span !== undefined && span.start < end && start < span.end;
}

/** The currency an article writes most; bare amounts ("50 Milliarden für OpenAI") take it. */
export function dominantCurrency(mentions: readonly FigureMention[], language: Language): string {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'money' && !m.currencyInferred) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  let best = DEFAULT_CURRENCY[language];
  let bestCount = 0;
  for (const [currency, count] of counts) if (count > bestCount) [best, bestCount] = [currency, count];
  return best;
}

/**
 * Finds money, percent and quantity mentions. `blocked` spans (dates) are skipped.
 * Sorted by start; spans never overlap.
 */
export function extractFigures(text: string, language: Language, blocked: readonly Span[], words: readonly WordToken[] = scanWords(text)): FigureMention[] {
  const found: FigureMention[] = [];
  const r: Reader = { text, words, near: 0 };
  // The scale starts as NaN so that V8 stores it as a double from the first article on: it would start
  // as a small integer, and the first "Billion" (10¹², no small integer) would change the object's
  // layout and make V8 recompile every function that reads it.
  const tail: Tail = { end: 0, scale: Number.NaN, scaleWritten: false, currency: null, percent: null, unit: null, blocked: false };
  const numberWordUnits = NUMBER_WORD_UNITS[language];
  const cursor = { i: 0 };
  let lastEnd = 0;
  const inferredMoney: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const token = words[k];
    const initial = text.charCodeAt(token.start);
    // The word the figure starts with: the digits, or a number word before a scale or percent word.
    let first = token;
    // The value of a number word; -1 for digits, which are parsed only once the number proves a figure.
    let wordValue = -1;
    if (!isDigitCode(initial)) {
      // "ein", "eine", "a" are everywhere; only a scale or percent word right after makes them a figure.
      if (k === 0 || !numberWordUnits.has(text, token)) continue;
      first = words[k - 1];
      const value = NUMBER_MAP.get(first.lower);
      if (value === undefined) continue;
      wordValue = value;
    }
    // Both kinds share the reads below: code that V8 optimized before it ever ran (a number word is
    // rare) would make it throw the whole loop's optimized code away on the first one.
    const start = first.start;
    let end = first.end;
    if (wordValue < 0) {
      // A digit run: "2026", "1.234,5". Its tokens are joined by single dots and commas.
      end = digitsEnd(text, start, end);
      // Reads stay inside the text: one read past its end makes V8 recompile the loop slower.
      while (end + 1 < text.length && (text.charCodeAt(end) === 46 || text.charCodeAt(end) === 44) && isDigitCode(text.charCodeAt(end + 1))) {
        k++;
        end = digitsEnd(text, end + 1, words[k].end);
      }
      // "GPT-5": digits after a hyphenated word are names; after a dot or comma (".5") they end something
      // else. (Digits glued to letters, "Q4", never start a token.)
      const before = codeAt(text, start - 1);
      if (before === 46 || before === 44 || (before === 45 && start >= 2 && isLetterCode(text.charCodeAt(start - 2)))) continue;
    }
    if (start < lastEnd) continue;
    if (insideBlocked(blocked, start, end, cursor)) continue;
    r.near = k;
    readTail(r, end, language, tail);
    if (tail.blocked) continue;
    // Number words only count with a scale or a percent word ("acht Milliarden", not "ein Einstieg").
    if (wordValue >= 0 && !tail.scaleWritten && !tail.percent) continue;
    const prefix = wordValue >= 0 ? null : currencyBefore(text, start);
    const currency = tail.currency ?? prefix?.currency ?? null;
    let inferred = false;
    let kind: 'money' | 'percent' | 'quantity' | null = null;
    if (tail.percent) kind = 'percent';
    else if (currency) kind = 'money';
    else if (tail.unit) kind = 'quantity';
    else if (tail.scaleWritten && tail.scale >= 1e6) {
      kind = 'money';
      inferred = true;
    } else if (!tail.scaleWritten && moneyContextBefore(r, start)) {
      kind = 'money';
      inferred = true;
    }
    if (!kind) continue;
    const parsed = wordValue >= 0 ? { value: wordValue, decimals: 0 } : readNumber(text, start, end, language);
    if (!parsed) continue;
    const figureStart = prefix ? prefix.start : start;
    const qualifierFound = qualifierBefore(r, figureStart);
    const figureEnd = tail.end;
    const from = qualifierFound ? qualifierFound.start : figureStart;
    if (insideBlocked(blocked, from, figureEnd, { i: 0 })) continue;
    const qualifier = qualifierFound ? qualifierFound.qualifier : null;
    const raw = wordValue >= 0 ? String(wordValue) : text.slice(start, end);
    const precision = precisionOf(raw, parsed.decimals, qualifier, tail.scale);
    const figureText = text.slice(from, figureEnd);
    const value = parsed.value * tail.scale;
    // Literals in the model's field order: the order is the JSON output's.
    if (kind === 'money') {
      if (inferred) {
        inferredMoney.push(found.length);
        found.push({ kind, start: from, end: figureEnd, text: figureText, qualifier, precision, value, currency: '', currencyInferred: true });
      } else {
        found.push({ kind, start: from, end: figureEnd, text: figureText, qualifier, precision, value, currency: currency! });
      }
    } else if (kind === 'percent') {
      found.push({ kind, start: from, end: figureEnd, text: figureText, qualifier, precision, value: parsed.value, unit: tail.percent! });
    } else {
      found.push({ kind, start: from, end: figureEnd, text: figureText, qualifier, precision, value, unit: tail.unit! });
    }
    lastEnd = figureEnd;
  }
  if (inferredMoney.length > 0) {
    const currency = dominantCurrency(found, language);
    for (const index of inferredMoney) (found[index] as { currency: string }).currency = currency;
  }
  return found;
}
