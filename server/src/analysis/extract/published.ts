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

interface PublicationDate {
  date: string | null;
  source: string | null;
}

/** Finds the article's publication date (ISO day) and how it was found; nulls when nothing supports one. */
export function findPublicationDate(text: string, language: 'de' | 'en'): PublicationDate {
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
    return fromTop(text, lang) ?? (footer ? fromFooterDay(text, lang, footer) : null) ?? none;
  } catch {
    // Never throw: an unexpected failure means no publication date, which every caller handles.
    return none;
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Dateline.

const datelinePattern = new RegExp(
  `^[ \\t\\u00A0]*(?:${DATELINE_LABELS.map((label) => escapeForRegex(label).replace(/ /g, '[ \\t]+'))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])[ \\t]*:?[ \\t]*`,
  'gimu',
);

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
  // The foot starts at a line start, so that "^" in the pattern means the same as in the whole text.
  const footStart = text.indexOf('\n', text.length - DATELINE_REGION);
  return footStart < 0 ? null : datelineIn(text.slice(footStart + 1));
}

function datelineIn(text: string): PublicationDate | null {
  datelinePattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = datelinePattern.exec(text)) !== null) {
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

function endOfLine(text: string, from: number, limit: number): number {
  const stop = Math.min(text.length, from + limit);
  for (let at = from; at < stop; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) return at;
  }
  return stop;
}

/** The first date in `text` written in full (with day, month and year), or null. */
function firstFullDay(text: string, language: DateLanguage): DateMention | null {
  for (const mention of extractDates(text, null, language)) {
    if (mention.precision === 'day') return mention;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// 2. A full date near the top.

/** The top of an article: its first lines, as far as a headline block reaches. */
const TOP_LINES = 5;
const TOP_CHARS = 600;

function fromTop(text: string, language: DateLanguage): PublicationDate | null {
  let end = 0;
  let lines = 0;
  const limit = Math.min(text.length, TOP_CHARS);
  while (end < limit && lines < TOP_LINES) {
    if (text.charCodeAt(end) === 0x0a) lines++;
    end++;
  }
  const date = firstFullDay(text.slice(0, end), language);
  return date ? { date: date.value, source: `date near the top '${date.text}'` } : null;
}

// ---------------------------------------------------------------------------------------------
// Footers: the day from the footer, the year from the footer or from the article.

const footerPatterns: Partial<Record<DateLanguage, RegExp>> = {};

function footerPattern(language: DateLanguage): RegExp {
  const cached = footerPatterns[language];
  if (cached) return cached;
  const labels = wordAlternation(PUBLICATION_FOOTER_LABELS[language]).replace(/ /g, '[ \\t]+');
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
  const pattern = new RegExp(`(?:${labels})[ \\t]+(?:${dates.join('|')})`, 'gu');
  footerPatterns[language] = pattern;
  return pattern;
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
  const monthByWord = new Map(MONTH_WORDS[language].map((row) => [row.word, row.month]));
  const pattern = footerPattern(language);
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
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

/** A footer's day and month, with the year inferred from the article's explicit dates. */
function fromFooterDay(text: string, language: DateLanguage, footer: Footer): PublicationDate | null {
  const inferred = inferYear(text, language, footer.month, footer.day);
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
function inferYear(text: string, language: DateLanguage, month: number, day: number): { year: number; evidence: number } | null {
  // Without a publication date the extractor only emits dates that carry their own year.
  const periodCounts = new Map<string, number>();
  let evidence = 0;
  for (const mention of extractDates(text, null, language)) {
    periodCounts.set(mention.value, (periodCounts.get(mention.value) ?? 0) + 1);
    evidence++;
  }
  const periods: { first: number; last: number; count: number; year: number }[] = [];
  for (const [value, count] of periodCounts) {
    const period = periodOfValue(value);
    if (period) periods.push({ ...period, count });
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
  const match = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3] !== undefined) {
    const day = dayNumber(year, Number(match[2]), Number(match[3]));
    return { first: day, last: day, year };
  }
  if (match[2] !== undefined) return monthRange(year, Number(match[2]), 1);
  if (match[4] !== undefined) return monthRange(year, (Number(match[4]) - 1) * 3 + 1, 3);
  if (match[5] !== undefined) return monthRange(year, (Number(match[5]) - 1) * 6 + 1, 6);
  return monthRange(year, 1, 12);
}

function monthRange(year: number, firstMonth: number, months: number): { first: number; last: number; year: number } {
  return { first: dayNumber(year, firstMonth, 1), last: dayNumber(year, firstMonth + months, 1) - 1, year };
}

