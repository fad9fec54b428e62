// Reads money amounts, percentages and counts. One linear scan finds digit runs and number words;
// each is then read outward with table look-ups (qualifier and currency before it, scale, currency,
// percent word or count unit after it). No regex here can backtrack beyond one word.

import type { FigureMention, Qualifier, Span } from '../model';
import { isLetterCode, isUpperCode, isWordCode } from '../text/chars';
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

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && isLetterCode(ch.charCodeAt(0));
}

/** A word read from the text: [start, end) and its lower-case form. */
interface Word {
  start: number;
  end: number;
  lower: string;
}

/** Reads the letters starting at `from`; with `hyphens`, a compound like "Corporate-Stellen" is one word. */
function readWord(text: string, from: number, hyphens: boolean): Word | null {
  let end = from;
  while (end < text.length) {
    const ch = text[end];
    if (isLetter(ch)) end++;
    else if (hyphens && ch === '-' && isLetter(text[end + 1]) && end > from) end++;
    else break;
  }
  return end > from ? { start: from, end, lower: text.slice(from, end).toLowerCase() } : null;
}

/** Skips spaces (and one hyphen when `hyphen`), returning the new index. */
function skipGap(text: string, from: number, hyphen: boolean): number {
  let i = from;
  if (hyphen && text[i] === '-') return i + 1;
  let spaces = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0') && spaces < 3) {
    i++;
    spaces++;
  }
  return i;
}

/** Parses a digit run in the article's notation; null when it is not one number ("1.1.1"). */
export function parseNumber(raw: string, language: Language): { value: number; decimals: number } | null {
  let normalized: string;
  if (raw.length > MAX_DIGITS) return null;
  if (language === 'de') {
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw)) normalized = raw.replace(/\./g, '').replace(',', '.');
    else if (/^\d+(?:,\d+)?$/.test(raw)) normalized = raw.replace(',', '.');
    else if (/^\d+\.\d{1,2}$/.test(raw)) normalized = raw; // English notation inside German text: "1.5bn"
    else return null;
  } else {
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) normalized = raw.replace(/,/g, '');
    else if (/^\d+(?:\.\d+)?$/.test(raw)) normalized = raw;
    else if (/^\d+,\d{1,2}$/.test(raw)) normalized = raw.replace(',', '.');
    else return null;
  }
  const value = Number(normalized);
  if (!Number.isFinite(value)) return null;
  const dot = normalized.indexOf('.');
  return { value, decimals: dot < 0 ? 0 : normalized.length - dot - 1 };
}

/** Qualifier phrases by their number of words, for look-up by the words before a figure. */
const QUALIFIERS_BY_WORDS: ReadonlyArray<ReadonlyMap<string, Qualifier>> = [1, 2, 3].map(
  (n) => new Map(QUALIFIER_PHRASES.filter(([phrase]) => phrase.split(' ').length === n)),
);

/** The word (letters, and a trailing dot as in "ca.") that ends at `end`: [start, lower-case text]. */
function wordEndingAt(text: string, end: number): [number, string] | null {
  let i = end;
  if (text.charCodeAt(i - 1) === 46) i--;
  let j = i;
  while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
  if (j === i || (j > 0 && isWordCode(text.charCodeAt(j - 1)))) return null;
  return [j, text.slice(j, end).toLowerCase()];
}

/** The qualifier phrase that ends right before `end` (spaces skipped), with its start. */
function qualifierBefore(text: string, end: number): { qualifier: Qualifier; start: number } | null {
  let i = end;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  if (i === end && end > 0) return null;
  let phrase = '';
  let start = i;
  let best: { qualifier: Qualifier; start: number } | null = null;
  // Up to three words back: "up to", "bis zu", "as much as".
  for (let words = 1; words <= 3; words++) {
    const word = wordEndingAt(text, start);
    if (!word) break;
    phrase = words === 1 ? word[1] : `${word[1]} ${phrase}`;
    start = word[0];
    const qualifier = QUALIFIERS_BY_WORDS[words - 1].get(phrase);
    if (qualifier) best = { qualifier, start };
    if (start === 0 || text.charCodeAt(start - 1) !== 32) break;
    start--;
  }
  // "Auftrag über 1,2 Mrd.", "Gespräche über 30 Mrd.": after a German noun, "über" means "worth".
  if (best && best.qualifier === 'over' && text.slice(best.start, best.start + 4).toLowerCase() === 'über' && nounBefore(text, best.start)) return null;
  return best;
}

/** Is the word before `start` a capitalized German noun (not a sentence start)? */
function nounBefore(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && text[i - 1] === ' ') i--;
  let j = i;
  while (j > 0 && isLetter(text[j - 1])) j--;
  if (j === i || !isUpperCode(text.charCodeAt(j))) return false;
  return !CAPITALIZED_FUNCTION_WORDS.has(text.slice(j, i));
}

/** Sentence-initial prepositions that are not nouns: "Mit über 50 Prozent …". */
const CAPITALIZED_FUNCTION_WORDS: ReadonlySet<string> = new Set(['Mit', 'Bei', 'Um', 'Von', 'Auf', 'In', 'Seit', 'Nach', 'Für', 'Auch', 'Noch', 'Sogar', 'Und']);

/** A currency symbol or code right before the number ("€ 3,2", "USD 5", "$50"). */
function currencyBefore(text: string, start: number): { currency: string; start: number } | null {
  let i = start;
  if (i > 0 && text[i - 1] === ' ') i--;
  const symbol = text[i - 1];
  if (symbol === '$' || symbol === '€' || symbol === '£' || symbol === '¥') {
    const withUs = text.slice(Math.max(0, i - 3), i).toLowerCase();
    if (withUs === 'us$') return { currency: 'USD', start: i - 3 };
    return { currency: PREFIX_CURRENCIES[symbol], start: i - 1 };
  }
  if (i === start) return null; // codes need a space: "USD 5"
  let j = i;
  while (j > 0 && isLetter(text[j - 1])) j--;
  const code = text.slice(j, i).toLowerCase();
  if (code.length === 3 && PREFIX_CURRENCIES[code] && text.slice(j, i) === text.slice(j, i).toUpperCase()) {
    return { currency: PREFIX_CURRENCIES[code], start: j };
  }
  return null;
}

/** A currency word at `from` ("US-Dollar", "Dollar", "€", "Euro"), with its end. */
function currencyAt(text: string, from: number): { currency: string; end: number } | null {
  const ch = text[from];
  if (ch === '$' || ch === '€' || ch === '£' || ch === '¥') return { currency: CURRENCY_WORDS[ch], end: from + 1 };
  const word = readWord(text, from, false);
  if (!word) return null;
  if ((word.lower === 'us' || word.lower === 'us$') && text[word.end] === '-') {
    const rest = readWord(text, word.end + 1, false);
    if (rest && (rest.lower === 'dollar' || rest.lower === 'dollars')) return { currency: 'USD', end: rest.end };
    if (text[word.end + 1] === '$') return { currency: 'USD', end: word.end + 2 };
  }
  if (word.lower === 'schweizer' || word.lower === 'britische') {
    const rest = readWord(text, skipGap(text, word.end, false), false);
    const pair = rest ? CURRENCY_WORDS[`${word.lower} ${rest.lower}`] : undefined;
    if (rest && pair) return { currency: pair, end: rest.end };
  }
  const currency = CURRENCY_WORDS[word.lower];
  if (!currency) return null;
  // Codes must be written in capitals: "eur" inside prose is not a currency.
  if (ISO_CODES.has(word.lower) && text.slice(word.start, word.end) !== word.lower.toUpperCase()) return null;
  return { currency, end: word.end };
}

/** A percent word at `from` ("Prozent", "%", "Prozentpunkte", "percent", "per cent", "percentage points"). */
function percentAt(text: string, from: number): { unit: 'percent' | 'percentagePoints'; end: number } | null {
  if (text[from] === '%') return { unit: 'percent', end: from + 1 };
  const word = readWord(text, from, false);
  if (!word) return null;
  if (word.lower === 'per' || word.lower === 'percentage') {
    const next = readWord(text, skipGap(text, word.end, false), false);
    if (next) {
      const unit = PERCENT_WORDS[`${word.lower} ${next.lower}`];
      if (unit) return { unit, end: next.end };
    }
  }
  const unit = PERCENT_WORDS[word.lower];
  return unit ? { unit, end: word.end } : null;
}

/** Exact unit nouns → unit, and the German endings that compounds may end with ("Verwaltungsstellen"). */
const EXACT_UNITS = new Map<string, string>(COUNT_UNITS);
const COMPOUND_ENDINGS = COUNT_UNITS.filter(([ending]) => ending.length >= 6 && /^[a-zäöüß]+$/.test(ending));
const SHORTEST_UNIT = Math.min(...COUNT_UNITS.map(([ending]) => ending.length));

/** The count unit a (possibly compound) noun ends with: "Corporate-Stellen" → jobs. */
function countUnitOf(word: Word): string | null {
  const lower = word.lower;
  if (lower.length < SHORTEST_UNIT || NOT_COUNT_NOUNS.has(lower)) return null;
  const exact = EXACT_UNITS.get(lower);
  if (exact) return exact;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen >= 0) return EXACT_UNITS.get(lower.slice(hyphen + 1)) ?? null;
  for (const [ending, unit] of COMPOUND_ENDINGS) if (lower.length > ending.length && lower.endsWith(ending)) return unit;
  return null;
}

/**
 * A count unit after the number, allowing up to three modifiers in between:
 * "30.000 Corporate- und Tech-Positionen", "1,200 new jobs".
 */
function countUnitAt(text: string, from: number): { unit: string; end: number } | null {
  let i = from;
  for (let step = 0; step < 4; step++) {
    const word = readWord(text, i, true);
    if (!word) return null;
    const unit = countUnitOf(word);
    if (unit) return { unit, end: word.end };
    if (step === 3) return null;
    if (STOP_MODIFIERS.has(word.lower)) return null;
    const trailingHyphen = text[word.end] === '-';
    const isModifier = trailingHyphen || word.lower === 'und' || word.lower === 'and' ||
      text[word.start] === word.lower[0] /* lower-case adjective */;
    if (!isModifier) return null;
    i = skipGap(text, trailingHyphen ? word.end + 1 : word.end, false);
  }
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

function readTail(text: string, numberEnd: number, language: Language): Tail {
  const tail: Tail = { end: numberEnd, scale: 1, scaleWritten: false, currency: null, percent: null, unit: null, blocked: false };
  let i = numberEnd;
  // A scale glued to the digits: "5bn", "3,2Mrd."
  const glued = readWord(text, i, false);
  if (glued) {
    const scale = GLUED_SCALES[language][glued.lower] ?? GLUED_SCALES.en[glued.lower];
    if (!scale) return tail; // "Q4a", "5G": letters glued to digits that are not a scale
    tail.scale = scale;
    tail.scaleWritten = true;
    i = glued.end;
    if (text[i] === '.' && (glued.lower === 'mrd' || glued.lower === 'mio' || glued.lower === 'tsd')) i++;
    tail.end = i;
  } else {
    const gap = skipGap(text, i, true);
    const word = readWord(text, gap, false);
    if (word) {
      if (NOT_A_FIGURE_AFTER.has(word.lower)) {
        tail.blocked = true;
        return tail;
      }
      const scale = SCALE_WORDS[language][word.lower];
      if (scale) {
        tail.scale = scale;
        tail.scaleWritten = true;
        i = word.end;
        if (text[i] === '.' && (word.lower === 'mrd' || word.lower === 'mio' || word.lower === 'tsd' || word.lower === 'bio')) i++;
        tail.end = i;
      }
    }
  }
  const gap = skipGap(text, tail.end, true);
  const percent = percentAt(text, gap);
  if (percent && !tail.scaleWritten) {
    tail.percent = percent.unit;
    tail.end = percent.end;
    return tail;
  }
  const currency = currencyAt(text, gap);
  if (currency) {
    tail.currency = currency.currency;
    tail.end = currency.end;
    return tail;
  }
  const unit = countUnitAt(text, gap);
  if (unit) {
    tail.unit = unit.unit;
    tail.end = unit.end;
  }
  return tail;
}

/** Step of the last stated digit; for "about" figures, the rounding the writer likely applied. */
function precisionOf(raw: string, decimals: number, qualifier: Qualifier | null, scale: number): number {
  if (decimals > 0) return Math.pow(10, -decimals) * scale;
  if (qualifier !== 'about') return scale;
  const digits = raw.replace(/\D/g, '');
  let zeros = 0;
  for (let k = digits.length - 1; k > 0 && digits[k] === '0'; k--) zeros++;
  // Keep at least two significant digits: "rund 100" is 95–105, not 50–150.
  zeros = Math.min(zeros, Math.max(0, digits.length - 2));
  return Math.pow(10, zeros) * scale;
}

/** The lower-case word that ends before `start`, skipping spaces. */
function previousWord(text: string, start: number): string {
  let i = start;
  while (i > 0 && text[i - 1] === ' ') i--;
  let j = i;
  while (j > 0 && isLetter(text[j - 1])) j--;
  return text.slice(j, i).toLowerCase();
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

const NUMBER_MAP = new Map(Object.entries(NUMBER_WORDS));
const PERCENT_MAP = new Map(Object.entries(PERCENT_WORDS));
const SCALE_MAPS = { de: new Map(Object.entries(SCALE_WORDS.de)), en: new Map(Object.entries(SCALE_WORDS.en)) };

const NUMBER_PATTERN = /\d+(?:[.,]\d+)*/g;
/**
 * Finds money, percent and quantity mentions. `blocked` spans (dates) are skipped.
 * Sorted by start; spans never overlap.
 */
export function extractFigures(text: string, language: Language, blocked: readonly Span[], words: readonly WordToken[] = scanWords(text)): FigureMention[] {
  const found: FigureMention[] = [];
  const candidates: { start: number; end: number; raw: string; value: number; decimals: number; word: boolean }[] = [];

  NUMBER_PATTERN.lastIndex = 0;
  for (let m = NUMBER_PATTERN.exec(text); m; m = NUMBER_PATTERN.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const before = text[start - 1];
    // "Q4", "GPT-5", "H1": digits glued to letters are names, not figures.
    if (isLetter(before) || (before === '-' && isLetter(text[start - 2]))) continue;
    if (before === '.' || before === ',') continue;
    const parsed = parseNumber(raw, language);
    if (!parsed) continue;
    candidates.push({ start, end: start + raw.length, raw, value: parsed.value, decimals: parsed.decimals, word: false });
  }
  const scales = SCALE_MAPS[language];
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k];
    // "ein", "eine", "a" are everywhere; only a scale or percent word right after makes them a figure.
    const next = words[k + 1].lower;
    // Every scale and percent word starts with b, k, m, p or t; test that before hashing the word.
    const initial = next.charCodeAt(0);
    if (initial !== 98 && initial !== 107 && initial !== 109 && initial !== 112 && initial !== 116) continue;
    if (!scales.has(next) && !PERCENT_MAP.has(next) && next !== 'per' && next !== 'percentage') continue;
    const value = NUMBER_MAP.get(w.lower);
    if (value === undefined) continue;
    candidates.push({ start: w.start, end: w.end, raw: String(value), value, decimals: 0, word: true });
  }
  candidates.sort((a, b) => a.start - b.start);

  const cursor = { i: 0 };
  let lastEnd = 0;
  const inferredMoney: number[] = [];
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    if (insideBlocked(blocked, c.start, c.end, cursor)) continue;
    const tail = readTail(text, c.end, language);
    if (tail.blocked) continue;
    // Number words only count with a scale or a percent word ("acht Milliarden", not "ein Einstieg").
    if (c.word && !tail.scaleWritten && !tail.percent) continue;
    const prefix = c.word ? null : currencyBefore(text, c.start);
    let currency = tail.currency ?? prefix?.currency ?? null;
    let inferred = false;
    let kind: 'money' | 'percent' | 'quantity' | null = null;
    if (tail.percent) kind = 'percent';
    else if (currency) kind = 'money';
    else if (tail.unit) kind = 'quantity';
    else if (tail.scaleWritten && tail.scale >= 1e6) {
      kind = 'money';
      inferred = true;
    } else if (!tail.scaleWritten && MONEY_CONTEXT_BEFORE.has(previousWord(text, c.start))) {
      kind = 'money';
      inferred = true;
    }
    if (!kind) continue;
    const figureStart = prefix ? prefix.start : c.start;
    const qualifier = qualifierBefore(text, figureStart);
    const start = qualifier ? qualifier.start : figureStart;
    const end = tail.end;
    if (insideBlocked(blocked, start, end, { i: 0 })) continue;
    const value = c.value * tail.scale;
    if (!Number.isFinite(value)) continue;
    const precision = precisionOf(c.raw, c.decimals, qualifier?.qualifier ?? null, tail.scale);
    const base = { start, end, text: text.slice(start, end), qualifier: qualifier?.qualifier ?? null, precision };
    if (kind === 'money') {
      if (inferred) inferredMoney.push(found.length);
      found.push({ kind, ...base, value, currency: currency ?? '', ...(inferred ? { currencyInferred: true } : {}) });
    } else if (kind === 'percent') {
      found.push({ kind, ...base, value: c.value, unit: tail.percent! });
    } else {
      found.push({ kind, ...base, value, unit: tail.unit! });
    }
    lastEnd = end;
    currency = null;
  }
  if (inferredMoney.length > 0) {
    const currency = dominantCurrency(found, language);
    for (const index of inferredMoney) (found[index] as { currency: string }).currency = currency;
  }
  return found;
}
