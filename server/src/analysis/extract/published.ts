// The publication-date finder. An article's publication date anchors every relative date in it
// ("gestern", "Freitag", "5. Februar"), so it is read only from evidence in the text, in order of
// trust:
//   1. a dateline: a line that starts with a label and a full date ("date 2026-01-30"), or a
//      footer that names the full day ("Analyse vom 03. Februar 2026");
//   2. a full date near the top ("30.01.2026", "January 30, 2026");
//   3. a footer that names only day and month ("Analyse vom 03. Februar"), whose year is inferred
//      from the dates the article itself writes in full.
// Nothing else: no clock, no file time. The library is pure and deterministic, so an article with no
// evidence has no publication date.

import type { DateMention } from '../model';
import {
  type DateLanguage,
  DATELINE_LABELS,
  MONTH_WORDS,
  PUBLICATION_FOOTER_LABELS,
  escapeForRegex,
  wordAlternation,
} from '../data/months';
import { extractDates } from './dates';
import { dayNumber, isValidDay, isoDay } from '../text/calendar';
import { codeAt, digitsAt, numberAt } from '../text/chars';
import type { WordToken } from '../text/words';

/** The publication date (ISO day) and how it was found. */
export interface PublicationDate {
  date: string | null;
  source: string | null;
}

/**
 * Finds the article's publication date (ISO day) and how it was found; nulls when nothing supports
 * one. `words`, the text's tokens from scanWords where the caller has them, speed up the date scan.
 */
export function findPublicationDate(text: string, language: 'de' | 'en', words?: readonly WordToken[]): PublicationDate {
  const none: PublicationDate = { date: null, source: null };
  if (typeof text !== 'string' || text.length === 0) return none;
  const lang: DateLanguage = language === 'en' ? 'en' : 'de';
  try {
    const dateline = fromDateline(text);
    if (dateline) return dateline;
    const footer = findFooter(text, lang);
    if (footer && footer.year !== null) {
      return { date: isoDay(footer.year, footer.month, footer.day), source: `footer '${footer.quoted}'` };
    }
    // The dates the article writes in full serve both steps below. Reading them from the whole text
    // also leaves its scan to the caller's extractDates, which reuses it.
    const written = extractDates(text, null, lang, words);
    return fromTop(text, lang, written, words) ?? (footer ? fromFooterDay(footer, written) : null) ?? none;
  } catch {
    // Never throw: an unexpected failure means no publication date, which every caller handles.
    return none;
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Dateline.

/** A dateline label; sticky, because it is tried only at line starts (see datelineIn). */
const datelinePattern = new RegExp(
  `[ \\t\\u00A0]*(?:${DATELINE_LABELS.map((label) => escapeForRegex(label).replace(/ /g, '[ \\t]+'))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])[ \\t]*:?[ \\t]*`,
  'iyu',
);

/** The labels' first two letters, lower case: a line starting with two other ASCII characters holds no dateline. */
const datelineInitials = new Set(DATELINE_LABELS.map((label) => initialsKey(label.charCodeAt(0), label.charCodeAt(1))));

/** Two ASCII characters, lower-cased (upper-case letters only), as one number. */
function initialsKey(first: number, second: number): number {
  return (first | 0x20) * 0x100 + (second | 0x20);
}

/** What ends a line, as "^" in a multiline regex sees it. */
const LINE_BREAKS = ['\n', '\r', '\u2028', '\u2029'];

/** How far after a dateline label the date may end; a dateline is short. */
const DATELINE_WINDOW = 80;

/**
 * Datelines stand in the page head or foot, so only that many characters at either end are read.
 * This also keeps a "Datum:" line deep inside a long text from passing for the article's date.
 */
const DATELINE_REGION = 4000;

function fromDateline(text: string): PublicationDate | null {
  if (text.length <= 2 * DATELINE_REGION) return datelineIn(text);
  const head = datelineIn(text.slice(0, DATELINE_REGION));
  if (head) return head;
  // The foot starts at a line start, so that its lines are the same as in the whole text.
  const footStart = text.indexOf('\n', text.length - DATELINE_REGION);
  return footStart < 0 ? null : datelineIn(text.slice(footStart + 1));
}

/**
 * The first line that starts with a label and a full date. Only line starts are tried, found with
 * indexOf: a multiline "^" would make the regex engine try every position of the text.
 */
function datelineIn(text: string): PublicationDate | null {
  const breaks = lineBreaksIn(text);
  for (let lineStart = 0; lineStart >= 0; lineStart = nextLineStart(text, lineStart, breaks)) {
    if (!mayStartDateline(text, lineStart)) continue;
    datelinePattern.lastIndex = lineStart;
    const match = datelinePattern.exec(text);
    if (!match) continue;
    const labelStart = match.index + (match[0].length - match[0].trimStart().length);
    const dateStart = match.index + match[0].length;
    const lineEnd = endOfLine(text, dateStart, DATELINE_WINDOW);
    const rest = text.slice(dateStart, lineEnd);
    // A dateline may be written in either language, whatever the article's language.
    const date = firstFullDay(rest, 'de') ?? firstFullDay(rest, 'en');
    if (date && date.start === 0) {
      const quoted = text.slice(labelStart, dateStart + date.end);
      return { date: date.value, source: `dateline '${quoted}'` };
    }
  }
  return null;
}

/** The cheap test before the dateline pattern: the line's first two characters after blanks may start a label. */
function mayStartDateline(text: string, lineStart: number): boolean {
  // Reads stay inside the text: one read past its end makes V8 recompile the function slower.
  const n = text.length;
  let at = lineStart;
  while (at < n) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) break;
    at++;
  }
  if (at >= n) return false;
  const first = text.charCodeAt(at);
  const second = codeAt(text, at + 1);
  // Beyond ASCII, case folding is left to the pattern ("ſ" matches "s" there).
  return first >= 0x80 || second >= 0x80 || datelineInitials.has(initialsKey(first, second));
}

/** A kind of line break the text holds and the position of its next occurrence. */
interface LineBreak {
  mark: string;
  at: number;
}

/** The kinds of line break in the text (usually only "\n"), each at its first occurrence. */
function lineBreaksIn(text: string): LineBreak[] {
  const breaks: LineBreak[] = [];
  for (const mark of LINE_BREAKS) {
    const at = text.indexOf(mark);
    if (at >= 0) breaks.push({ mark, at });
  }
  return breaks;
}

/** Where the line after the one starting at `from` starts, or -1; moves each of `breaks` on to `from`. */
function nextLineStart(text: string, from: number, breaks: LineBreak[]): number {
  let next = -1;
  for (const lineBreak of breaks) {
    if (lineBreak.at >= 0 && lineBreak.at < from) lineBreak.at = text.indexOf(lineBreak.mark, from);
    if (lineBreak.at >= 0 && (next < 0 || lineBreak.at < next)) next = lineBreak.at;
  }
  return next < 0 ? -1 : next + 1;
}

function endOfLine(text: string, from: number, limit: number): number {
  const stop = Math.min(text.length, from + limit);
  for (let at = from; at < stop; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) return at;
  }
  return stop;
}

/** The first date in `text` written in full (with day, month and year), or null. */
function firstFullDay(text: string, language: DateLanguage, words?: readonly WordToken[]): DateMention | null {
  return firstDayBefore(extractDates(text, null, language, words), Infinity);
}

/** The first mention with a full day that starts before `end`, or null. */
function firstDayBefore(mentions: readonly DateMention[], end: number): DateMention | null {
  for (const mention of mentions) {
    if (mention.start >= end) break;
    if (mention.precision === 'day') return mention;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// 2. A full date near the top.

/** The top of an article: its first lines, as far as a headline block reaches. */
const TOP_LINES = 5;
const TOP_CHARS = 600;

/** `written`: the mentions of the whole text without a publication date. */
function fromTop(text: string, language: DateLanguage, written: readonly DateMention[], words: readonly WordToken[] | undefined): PublicationDate | null {
  // Up to and including the TOP_LINES-th line break, at most TOP_CHARS characters.
  const limit = Math.min(text.length, TOP_CHARS);
  let end = 0;
  for (let lines = 0; lines < TOP_LINES && end < limit; lines++) {
    const lineBreak = text.indexOf('\n', end);
    end = lineBreak < 0 || lineBreak >= limit ? limit : lineBreak + 1;
  }
  // No date spans a line break, so a top that ends with one holds the same dates as the whole text
  // there; only a top cut inside a line is read on its own.
  const date =
    end === text.length || text.charCodeAt(end - 1) === 0x0a
      ? firstDayBefore(written, end)
      : firstFullDay(text.slice(0, end), language, words);
  return date ? { date: date.value, source: `date near the top '${date.text}'` } : null;
}

// ---------------------------------------------------------------------------------------------
// Footers: the day from the footer, the year from the footer or from the article.

/**
 * The footer pattern of a language and where it may start. The pattern is sticky and tried only where
 * a label starts, found by looking for each label's last word with indexOf: an alternation of
 * labels would make the regex engine try every position of the text.
 */
interface FooterScanner {
  pattern: RegExp;
  /** The labels' words, grouped by their last word. */
  labelsByLastWord: Map<string, string[][]>;
  monthByWord: Map<string, number>;
}

const footerScanners: Partial<Record<DateLanguage, FooterScanner>> = {};

function footerScanner(language: DateLanguage): FooterScanner {
  const cached = footerScanners[language];
  if (cached) return cached;
  const labelWords = PUBLICATION_FOOTER_LABELS[language];
  const labels = wordAlternation(labelWords).replace(/ /g, '[ \\t]+');
  const months = wordAlternation(MONTH_WORDS[language].map((row) => row.word));
  const year = '(?:19|20)\\d\\d';
  const day = '0?[1-9]|[12]\\d|3[01]';
  const dates =
    language === 'de'
      ? [
          `(?<numD>${day})\\.(?<numM>0?[1-9]|1[0-2])\\.(?<numY>${year})?(?!\\d)`,
          `(?<dD>${day})\\.[ \\t]?(?<dM>${months})(?![\\p{L}])(?:[ \\t]+(?<dY>${year})(?!\\d))?`,
        ]
      : [
          `(?<mM>${months})(?![\\p{L}])[ \\t]*(?<mD>${day})(?:st|nd|rd|th)?(?!\\d)(?:,?[ \\t]+(?<mY>${year})(?!\\d))?`,
          `(?<dD>${day})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?(?<dM>${months})(?![\\p{L}])(?:,?[ \\t]+(?<dY>${year})(?!\\d))?`,
        ];
  const labelsByLastWord = new Map<string, string[][]>();
  for (const label of labelWords) {
    const words = label.split(' ');
    const last = words[words.length - 1] ?? '';
    labelsByLastWord.set(last, [...(labelsByLastWord.get(last) ?? []), words]);
  }
  const scanner: FooterScanner = {
    pattern: new RegExp(`(?:${labels})[ \\t]+(?:${dates.join('|')})`, 'yu'),
    labelsByLastWord,
    monthByWord: new Map(MONTH_WORDS[language].map((row) => [row.word, row.month])),
  };
  footerScanners[language] = scanner;
  return scanner;
}

/** Every position where a footer label starts, ascending (possibly repeated). */
function footerLabelStarts(text: string, labelsByLastWord: Map<string, string[][]>): number[] {
  const starts: number[] = [];
  for (const [last, labels] of labelsByLastWord) {
    for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
      // The label's words are separated by spaces or tabs, and so is the date after it.
      if (!isSpaceOrTab(text.charCodeAt(at + last.length))) continue;
      for (const words of labels) {
        const start = labelStartBefore(text, at, words);
        if (start >= 0) starts.push(start);
      }
    }
  }
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

/** Where the label `words` starts when its last word is at `lastAt`, or -1. */
function labelStartBefore(text: string, lastAt: number, words: readonly string[]): number {
  let start = lastAt;
  for (let index = words.length - 2; index >= 0; index--) {
    const word = words[index] ?? '';
    let end = start;
    while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
    if (end === start || end < word.length || !text.startsWith(word, end - word.length)) return -1;
    start = end - word.length;
  }
  return start;
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

interface Footer {
  day: number;
  month: number;
  /** Null when the footer names only day and month. */
  year: number | null;
  /** The footer as written, for the source description. */
  quoted: string;
}

/** The first footer that names a valid day ("Analyse vom 03. Februar"), or null. */
function findFooter(text: string, language: DateLanguage): Footer | null {
  const { pattern, labelsByLastWord, monthByWord } = footerScanner(language);
  // A footer that names no valid day is passed over, and the search goes on after it.
  let searchFrom = 0;
  for (const start of footerLabelStarts(text, labelsByLastWord)) {
    if (start < searchFrom) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null) continue;
    searchFrom = pattern.lastIndex;
    const groups = match.groups ?? {};
    const monthWord = groups.dM ?? groups.mM;
    const month = groups.numM !== undefined ? Number(groups.numM) : monthWord !== undefined ? monthByWord.get(monthWord) : undefined;
    const dayText = groups.numD ?? groups.dD ?? groups.mD;
    const yearText = groups.numY ?? groups.dY ?? groups.mY;
    if (month === undefined || dayText === undefined) continue;
    const day = Number(dayText);
    const year = yearText === undefined ? null : Number(yearText);
    // February 29 is valid in some year; the inference checks it against the candidate years.
    if (!isValidDay(year ?? 2000, month, day)) continue;
    return { day, month, year, quoted: match[0].trim() };
  }
  return null;
}

/**
 * A footer's day and month, with the year inferred from the article's explicit dates (`written`: the
 * mentions of the whole text without a publication date).
 */
function fromFooterDay(footer: Footer, written: readonly DateMention[]): PublicationDate | null {
  const inferred = inferYear(written, footer.month, footer.day);
  if (inferred === null) return null;
  const mentions = `${inferred.evidence} dated mention${inferred.evidence === 1 ? '' : 's'}`;
  return {
    date: isoDay(inferred.year, footer.month, footer.day),
    source: `footer '${footer.quoted}', year inferred from ${mentions}`,
  };
}

/**
 * The year that puts the footer's day closest to the dates the article writes in full ("Oktober
 * 2025", "Ende Q1 2026", "seit 2023"): the candidate with the smallest sum of distances (in days) to
 * each dated period, zero when the day lies inside it. Candidates run from one year before the
 * earliest stated year to one after the latest. Null when the article states no year at all.
 */
function inferYear(written: readonly DateMention[], month: number, day: number): { year: number; evidence: number } | null {
  // Without a publication date the extractor only emits dates that carry their own year.
  const periodCounts = new Map<string, number>();
  let evidence = 0;
  for (const mention of written) {
    periodCounts.set(mention.value, (periodCounts.get(mention.value) ?? 0) + 1);
    evidence++;
  }
  const periods: { first: number; last: number; count: number; year: number }[] = [];
  for (const [value, count] of periodCounts) {
    const period = periodOfValue(value);
    if (period) periods.push({ first: period.first, last: period.last, count, year: period.year });
  }
  if (periods.length === 0) return null;
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const period of periods) {
    minYear = Math.min(minYear, period.year);
    maxYear = Math.max(maxYear, period.year);
  }
  let bestYear: number | null = null;
  let bestDistance = Infinity;
  for (let year = minYear - 1; year <= maxYear + 1; year++) {
    if (!isValidDay(year, month, day)) continue;
    const candidate = dayNumber(year, month, day);
    let distance = 0;
    for (const period of periods) {
      const gap = candidate < period.first ? period.first - candidate : candidate > period.last ? candidate - period.last : 0;
      distance += gap * period.count;
    }
    // Less than or equal: on a tie the later year wins, since the candidates are scanned upwards
    // and an article's stated years more often lie behind its publication than ahead of it.
    if (distance <= bestDistance) {
      bestYear = year;
      bestDistance = distance;
    }
  }
  return bestYear === null ? null : { year: bestYear, evidence };
}

/** The first and last day (as day numbers) of an ISO value at any precision. */
function periodOfValue(value: string): { first: number; last: number; year: number } | null {
  // "2026", "2026-02", "2026-02-05", "2026-Q1", "2026-H1", read by character code.
  const length = value.length;
  if (length < 4 || !digitsAt(value, 0, 4)) return null;
  const year = numberAt(value, 0, 4);
  if (length === 4) return monthRange(year, 1, 12);
  if (value.charCodeAt(4) !== 0x2d) return null;
  const unit = value.charCodeAt(5);
  const index = value.charCodeAt(6) - 0x30;
  if (length === 7 && unit === 0x51 /* Q */) return index >= 1 && index <= 4 ? monthRange(year, (index - 1) * 3 + 1, 3) : null;
  if (length === 7 && unit === 0x48 /* H */) return index >= 1 && index <= 2 ? monthRange(year, (index - 1) * 6 + 1, 6) : null;
  if ((length !== 7 && length !== 10) || !digitsAt(value, 5, 2)) return null;
  const month = numberAt(value, 5, 2);
  if (length === 7) return monthRange(year, month, 1);
  if (value.charCodeAt(7) !== 0x2d || !digitsAt(value, 8, 2)) return null;
  const day = dayNumber(year, month, numberAt(value, 8, 2));
  return { first: day, last: day, year };
}

function monthRange(year: number, firstMonth: number, months: number): { first: number; last: number; year: number } {
  return { first: dayNumber(year, firstMonth, 1), last: dayNumber(year, firstMonth + months, 1) - 1, year };
}

