// The date extractor: finds every date mention in an article and resolves it to an ISO value at its
// own precision ("2026-02-05", "2025-10", "2026-Q1", "2026-H1", "2026").
//
// How it works: one precompiled regular expression per language scans the text once. Its
// alternatives are ordered so that at any start position the longest reading wins ("Donnerstag, den
// 5. Februar" before "Donnerstag", "2026-01-30" before "2026"). Each match is then checked against a
// few words of context (read by hand, without allocation per character): modifiers that belong to
// the mention ("Ende", "kommende", "last"), the role word before it ("seit", "bis"), and words that
// turn a four-digit number into an amount ("2026 Stellen"). Finally year-less and relative dates are
// resolved against the publication date; without one they are left out, because guessing would
// make the library depend on the clock.
//
// Invariant: mentions come out sorted, non-overlapping and inside the text; the function never
// throws. Every pattern is a flat alternation with bounded repetition, so scanning stays linear.

import type { DateMention, DatePrecision } from '../model';
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
  wordAlternation,
} from '../data/months';

/** Every date mention in the text, resolved against the publication date (ISO day or null). Sorted, non-overlapping. */
export function extractDates(text: string, published: string | null, language: 'de' | 'en'): DateMention[] {
  const mentions: DateMention[] = [];
  if (typeof text !== 'string' || text.length === 0) return mentions;
  try {
    const scanner = scannerFor(language === 'en' ? 'en' : 'de');
    const publication = parsePublication(published);
    scanText(text, scanner, publication, mentions);
  } catch {
    // A bug must not take the whole analysis down; the mentions found so far are still valid
    // (each was checked before it was added), so they are returned as they are.
  }
  return mentions;
}

// ---------------------------------------------------------------------------------------------
// The scanner: a few small regexes per language, built once from the tables.
//
// Each pass looks for one shape of date. Separate small patterns are much faster in V8 than one
// alternation of them all (measured: about 40× on the benchmark corpus), because each can skip
// ahead on its first characters. Word boundaries are checked in code on the character before a
// match instead of with a leading lookbehind, for the same reason.

interface Scanner {
  language: DateLanguage;
  passes: Pass[];
  monthByWord: Map<string, MonthWord>;
  weekdayByWord: Map<string, number>;
  ordinalByWord: Map<string, number>;
  periodByNoun: Map<string, 'quarter' | 'half'>;
  relativeOffsetByWord: Map<string, number>;
  futureMarkers: Set<string>;
  pastMarkers: Set<string>;
  directPrefixes: Set<string>;
  linkedPrefixes: Set<string>;
  prefixLinks: Set<string>;
  roleByWord: Map<string, RoleWord>;
  articles: Set<string>;
  bareMonthContext: Set<string>;
  /** What may stand between a weekday and the date it names: ", den " / ", ". Sticky. */
  weekdayLink: RegExp;
}

/** The shapes a pass can find; the order is the priority when two start at the same place. */
type PassKind = 'iso' | 'numeric' | 'dayMonth' | 'monthDay' | 'dayFirst' | 'ordinalPeriod' | 'periodToken' | 'month' | 'weekday' | 'relative' | 'year';

interface Pass {
  kind: PassKind;
  priority: number;
  pattern: RegExp;
}

const scanners: Partial<Record<DateLanguage, Scanner>> = {};
const yearBlockingFollowers = new Set(YEAR_BLOCKING_FOLLOWERS);
const yearBlockingPreceders = new Set(YEAR_BLOCKING_PRECEDERS);

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
  const monthWords = MONTH_WORDS[language];
  const weekdayWords = WEEKDAY_WORDS[language];
  const months = wordAlternation(monthWords.map((row) => row.word));
  const weekdays = wordAlternation(weekdayWords.map((row) => row.word));
  const ordinals = wordAlternation(PERIOD_ORDINALS[language].map((row) => row.word));
  const nouns = wordAlternation(PERIOD_NOUNS[language].map((row) => row.word));
  const links = [...PERIOD_YEAR_LINKS[language]]
    .sort((a, b) => b.length - a.length)
    .map((link) => escapeForRegex(link).replace(/ /g, SPACES))
    .join('|');
  const relatives = wordAlternation(RELATIVE_DAY_WORDS[language].map((row) => row.word));
  const parts = WEEKDAY_PART_SUFFIXES[language];
  const weekdayPart = parts.length > 0 ? `(?:${wordAlternation(parts)})?` : '';
  const { quarterLetter, halfLetter } = PERIOD_TOKENS;

  const sources: [PassKind, string][] = [
    // ISO day "2026-01-30"; month and day are checked by the pattern, so "2026-13-45" leaves "2026" to the year pass.
    ['iso', `(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\p{N}])`],
    // Numeric day "30.01.2026".
    ['numeric', `${DAY}\\.(0?[1-9]|1[0-2])\\.(${YEAR})${NUMBER_END}`],
  ];
  if (language === 'de') {
    // "5. Februar", "03. Februar 2026" (a weekday before it is joined later).
    sources.push(['dayMonth', `${DAY}\\.${SPACE}?(${months})${WORD_END}(?:${SPACES}(${YEAR})${NUMBER_END})?`]);
    // "Oktober 2025", "Oktober" (the latter only with context, checked later).
    sources.push(['month', `(${months})${WORD_END}(?:${SPACES}(${YEAR})${NUMBER_END}(?![\\p{L}]))?`]);
  } else {
    // "Feb. 5", "February 5, 2026", "February 2026", "October" in one pass, since all start with the month.
    sources.push([
      'monthDay',
      `(${months})${WORD_END}(?:${SPACES}${DAY}${ORDINAL_SUFFIX}(?![\\p{L}\\p{N}]|[.,]\\d)(?:,?${SPACES}(${YEAR})${NUMBER_END})?|${SPACES}(${YEAR})${NUMBER_END}(?![\\p{L}]))?`,
    ]);
    // "5 February", "5th of February 2026".
    sources.push(['dayFirst', `${DAY}${ORDINAL_SUFFIX}${SPACES}(?:of${SPACES})?(${months})${WORD_END}(?:,?${SPACES}(${YEAR})${NUMBER_END})?`]);
  }
  sources.push(
    // "vierte Quartal 2025", "ersten Halbjahr", "fourth quarter of 2025", "first-half".
    ['ordinalPeriod', `(${ordinals})(?:${SPACES}|-)(${nouns})${WORD_END}(?:${SPACES}(?:(?:${links})${SPACES})?(${YEAR})${NUMBER_END})?`],
    // "Q1 2026", "Q4", "Q4-Zahlen" (the compound's tail is not part of the date), "Q1/2026", "H1 2026".
    ['periodToken', `([${quarterLetter}${halfLetter}])([1-4])(?:${SPACE}?[\\/\\-]?${SPACE}?(${YEAR})${NUMBER_END})?${WORD_END}`],
    // "Freitag", "Freitagabend".
    ['weekday', `(${weekdays})${weekdayPart}${WORD_END}`],
    // "heute", "gestern", "yesterday".
    ['relative', `(${relatives})${WORD_END}`],
    // A bare year: "seit 2023", "für 2026", "Kapex-Ausblick 2026:". Amounts are weeded out in code.
    ['year', `(${YEAR})${NUMBER_END}(?![\\p{L}])`],
  );

  const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));
  const prefixes = POINT_PREFIXES[language];
  return {
    language,
    passes: sources.map(([kind, source], priority) => ({ kind, priority, pattern: new RegExp(source, 'gu') })),
    monthByWord: new Map(monthWords.map((row) => [row.word, row])),
    weekdayByWord: new Map(weekdayWords.map((row) => [row.word, row.weekday])),
    ordinalByWord: new Map(PERIOD_ORDINALS[language].map((row) => [row.word, row.value])),
    periodByNoun: new Map(PERIOD_NOUNS[language].map((row) => [row.word, row.period])),
    relativeOffsetByWord: new Map(RELATIVE_DAY_WORDS[language].map((row) => [row.word, row.offset])),
    futureMarkers: lower(FUTURE_MARKERS[language]),
    pastMarkers: lower(PAST_MARKERS[language]),
    directPrefixes: lower(prefixes.direct),
    linkedPrefixes: lower(prefixes.linked),
    prefixLinks: lower(prefixes.links),
    roleByWord: new Map(ROLE_WORDS[language].map((row) => [row.word.toLowerCase(), row])),
    articles: lower(ARTICLES_BEFORE_DATE[language]),
    bareMonthContext: lower(BARE_MONTH_CONTEXT[language]),
    weekdayLink: new RegExp(language === 'de' ? `,?${SPACES}(?:den${SPACES})?` : `,?${SPACES}`, 'y'),
  };
}

// ---------------------------------------------------------------------------------------------
// What one match says, before resolution.

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
  priority: number;
  reading: Reading;
}

/** How to pick the year (or week) of a date that has none. */
type Direction = 'pastOrSame' | 'pastStrict' | 'futureOrSame' | 'futureStrict';

interface Publication {
  iso: string;
  year: number;
  month: number;
  day: number;
  dayNumber: number;
  weekday: number;
}

function scanText(text: string, scanner: Scanner, publication: Publication | null, out: DateMention[]): void {
  const candidates: Candidate[] = [];
  for (const pass of scanner.passes) collectCandidates(text, pass, scanner, candidates);
  // Leftmost first; at the same start the earlier pass (the more specific shape) wins, then the longer.
  candidates.sort((a, b) => a.start - b.start || a.priority - b.priority || b.end - a.end);

  // Dates that a weekday may introduce ("Donnerstag, den 5. Februar"), by where they start.
  const dayByStart = new Map<number, Candidate>();
  for (const candidate of candidates) {
    const type = candidate.reading.type;
    if ((type === 'day' || type === 'dayMonth') && !dayByStart.has(candidate.start)) dayByStart.set(candidate.start, candidate);
  }

  let lastEnd = 0;
  for (let candidate of candidates) {
    if (candidate.start < lastEnd) continue;
    if (candidate.reading.type === 'weekday') {
      const named = dateAfterWeekday(text, candidate, scanner, dayByStart);
      if (named) candidate = named;
    }
    const mention = toMention(candidate, text, scanner, publication, lastEnd);
    if (mention) {
      out.push(mention);
      lastEnd = mention.end;
    }
  }
}

/** The weekday and the date right after it as one candidate ("Donnerstag, den 5. Februar"), or null. */
function dateAfterWeekday(text: string, weekday: Candidate, scanner: Scanner, dayByStart: Map<number, Candidate>): Candidate | null {
  const link = scanner.weekdayLink;
  link.lastIndex = weekday.end;
  if (!link.test(text)) return null;
  const date = dayByStart.get(link.lastIndex);
  return date ? { ...date, start: weekday.start } : null;
}

function collectCandidates(text: string, pass: Pass, scanner: Scanner, out: Candidate[]): void {
  const pattern = pass.pattern;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const candidate = readMatch(match, pass, scanner, text);
    if (candidate) {
      out.push(candidate);
    } else {
      // A rejected match may hide a shorter valid one that starts inside it; matches are short,
      // so restarting one character later costs little.
      pattern.lastIndex = match.index + 1;
    }
  }
}

function readMatch(match: RegExpExecArray, pass: Pass, scanner: Scanner, text: string): Candidate | null {
  const start = match.index;
  let end = start + match[0].length;
  const priority = pass.priority;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  // Every shape starts a word; numbers also must not continue a number ("1.5. Februar", "2.026").
  if (isLetter(before) || isDigit(before)) return null;
  const startsWithDigit = isDigit(text.charCodeAt(start));
  if (startsWithDigit && (before === 0x2e || before === 0x2c)) return null;

  switch (pass.kind) {
    case 'iso':
      if (before === 0x2d) return null;
      return dayCandidate(start, end, priority, Number(match[1]), Number(match[2]), Number(match[3]));
    case 'numeric':
      return dayCandidate(start, end, priority, Number(match[3]), Number(match[2]), Number(match[1]));
    case 'dayMonth':
    case 'dayFirst': {
      const month = scanner.monthByWord.get(match[2] ?? '');
      let yearText: string | undefined = match[3];
      if (!month) return null;
      if (yearText !== undefined && yearIsAmount(text, end)) {
        end = trimTrailingYear(text, start, end, yearText);
        yearText = undefined;
      }
      const day = Number(match[1]);
      if (yearText !== undefined) return dayCandidate(start, end, priority, Number(yearText), month.month, day);
      return { start, end, priority, reading: { type: 'dayMonth', month: month.month, day } };
    }
    case 'monthDay': {
      const month = scanner.monthByWord.get(match[1] ?? '');
      if (!month) return null;
      if (match[2] !== undefined) {
        let yearText: string | undefined = match[3];
        if (yearText !== undefined && yearIsAmount(text, end)) {
          end = trimTrailingYear(text, start, end, yearText);
          yearText = undefined;
        }
        const day = Number(match[2]);
        if (yearText !== undefined) return dayCandidate(start, end, priority, Number(yearText), month.month, day);
        return { start, end, priority, reading: { type: 'dayMonth', month: month.month, day } };
      }
      return monthCandidate(text, start, end, priority, month, match[4]);
    }
    case 'month': {
      const month = scanner.monthByWord.get(match[1] ?? '');
      return month ? monthCandidate(text, start, end, priority, month, match[2]) : null;
    }
    case 'ordinalPeriod': {
      const index = scanner.ordinalByWord.get(match[1] ?? '');
      const unit = scanner.periodByNoun.get(match[2] ?? '');
      if (index === undefined || unit === undefined) return null;
      return periodCandidate(text, start, end, priority, unit, index, match[3]);
    }
    case 'periodToken': {
      const unit = match[1] === PERIOD_TOKENS.quarterLetter ? 'quarter' : 'half';
      // A half token needs its year, because a lone "H2" is as likely hydrogen.
      if (unit === 'half' && (match[3] === undefined || yearIsAmount(text, end))) return null;
      return periodCandidate(text, start, end, priority, unit, Number(match[2]), match[3]);
    }
    case 'weekday': {
      const weekday = scanner.weekdayByWord.get(match[1] ?? '');
      return weekday === undefined ? null : { start, end, priority, reading: { type: 'weekday', weekday } };
    }
    case 'relative': {
      const offset = scanner.relativeOffsetByWord.get(match[1] ?? '');
      return offset === undefined ? null : { start, end, priority, reading: { type: 'relative', offset } };
    }
    case 'year':
      // Not a year: part of a fraction or a list ("3/2026", "'2026"), an amount ("2026 Stellen", "rund 2000", "$2026").
      if (before === 0x2f || before === 0x27 || before === 0x2019) return null;
      if (yearIsAmount(text, end) || yearFollowsAmountWord(text, start)) return null;
      return { start, end, priority, reading: { type: 'year', year: Number(match[1]) } };
  }
}

function dayCandidate(start: number, end: number, priority: number, year: number, month: number, day: number): Candidate | null {
  if (!isValidDay(year, month, day)) return null;
  return { start, end, priority, reading: { type: 'day', year, month, day } };
}

function monthCandidate(text: string, start: number, end: number, priority: number, month: MonthWord, yearText: string | undefined): Candidate {
  let year: number | null = yearText === undefined ? null : Number(yearText);
  if (yearText !== undefined && yearIsAmount(text, end)) {
    end = trimTrailingYear(text, start, end, yearText);
    year = null;
  }
  return { start, end, priority, reading: { type: 'month', month: month.month, year, abbreviation: month.abbreviation } };
}

function periodCandidate(
  text: string,
  start: number,
  end: number,
  priority: number,
  unit: 'quarter' | 'half',
  index: number,
  yearText: string | undefined,
): Candidate | null {
  if (unit === 'half' && index > 2) return null;
  let year: number | null = yearText === undefined ? null : Number(yearText);
  if (yearText !== undefined && yearIsAmount(text, end)) {
    end = trimTrailingYear(text, start, end, yearText);
    year = null;
  }
  return { start, end, priority, reading: { type: 'period', unit, index, year } };
}

/** Cuts a year that turned out to be an amount off the end of a match, with the separators before it. */
function trimTrailingYear(text: string, start: number, end: number, yearText: string): number {
  let cut = end - yearText.length;
  while (cut > start && isSeparator(text.charCodeAt(cut - 1))) cut--;
  return cut;
}

function isSeparator(code: number): boolean {
  // Space, tab, no-break spaces, comma, slash, hyphen.
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2c || code === 0x2f || code === 0x2d;
}

/** True when the four digits ending at `end` are followed by a unit or scale word, or a percent sign. */
function yearIsAmount(text: string, end: number): boolean {
  let position = skipSpaces(text, end);
  const next = text.charCodeAt(position);
  if (next === 0x25 /* % */) return true;
  if (next === 0x2d /* - */ && position === end) position++; // "2000-Euro-Schein"
  const word = readWordAfter(text, position);
  return word !== null && yearBlockingFollowers.has(word.toLowerCase());
}

/** True when the number starting at `start` follows a currency sign or an amount word ("rund 2000", "$2026"). */
function yearFollowsAmountWord(text: string, start: number): boolean {
  let position = start;
  while (position > 0 && isHorizontalSpace(text.charCodeAt(position - 1))) position--;
  if (position > 0 && CURRENCY_SIGNS.includes(text[position - 1] ?? '')) return true;
  // "ca. 2000": the abbreviation's dot does not separate it from its number.
  if (position > 0 && text.charCodeAt(position - 1) === 0x2e) position--;
  const word = wordEndingAt(text, position, 0);
  return word !== null && yearBlockingPreceders.has(word.text.toLowerCase());
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
  let start = candidate.start;
  const yearless =
    reading.type === 'weekday' ||
    (reading.type === 'month' && reading.year === null) ||
    (reading.type === 'period' && reading.year === null);

  // A marker such as "kommende" or "last" belongs to the mention and sets its direction.
  let marker: 'future' | 'past' | null = null;
  if (yearless) {
    const word = wordEndingAt(text, start, floor);
    if (word) {
      const key = word.text.toLowerCase();
      if (scanner.futureMarkers.has(key)) marker = 'future';
      else if (scanner.pastMarkers.has(key)) marker = 'past';
      if (marker) start = word.start;
    }
  }

  // A point inside a period ("Ende Q1 2026", "end of 2026", "mid-2026") belongs to the mention too.
  let pointPrefix = false;
  if (reading.type === 'month' || reading.type === 'period' || reading.type === 'year') {
    const prefixStart = pointPrefixStart(text, start, scanner, floor);
    if (prefixStart !== null) {
      start = prefixStart;
      pointPrefix = true;
    }
  }

  // The role word stands before the mention, possibly behind an article ("bis zum", "seit dem").
  let before = wordEndingAt(text, start, floor);
  const firstBefore = before;
  for (let skipped = 0; before && skipped < 2 && scanner.articles.has(before.text.toLowerCase()); skipped++) {
    before = wordEndingAt(text, before.start, floor);
  }
  const roleWord = before ? scanner.roleByWord.get(before.text.toLowerCase()) : undefined;
  const role: DateMention['role'] = roleWord ? roleWord.role : 'at';

  if (reading.type === 'month' && reading.year === null) {
    // A lone month name may be a name ("Mai", "August"); it needs a word that makes it a date.
    const hasContext =
      marker !== null ||
      pointPrefix ||
      roleWord !== undefined ||
      (firstBefore !== null && scanner.bareMonthContext.has(firstBefore.text.toLowerCase()));
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
    resolvedAgainst: resolved.relative && publication ? `publication date ${publication.iso}` : null,
  };
}

/** Where a point prefix before `start` begins ("Ende", "Ende des", "end of the", "mid-"), or null. */
function pointPrefixStart(text: string, start: number, scanner: Scanner, floor: number): number | null {
  const hyphenated = start > floor && text.charCodeAt(start - 1) === 0x2d;
  const word = wordEndingAt(text, hyphenated ? start - 1 : start, floor);
  if (!word) return null;
  const key = word.text.toLowerCase();
  if (scanner.directPrefixes.has(key)) return word.start;
  if (hyphenated) return null;
  // Linked prefixes: "Ende des", "end of", "end of the".
  let link = word;
  let linkKey = key;
  if (scanner.articles.has(linkKey) && !scanner.prefixLinks.has(linkKey)) {
    const previous = wordEndingAt(text, link.start, floor);
    if (!previous) return null;
    const combined = `${previous.text.toLowerCase()} ${linkKey}`;
    if (!scanner.prefixLinks.has(combined)) return null;
    link = previous;
    linkKey = combined;
  }
  if (!scanner.prefixLinks.has(linkKey)) return null;
  const prefix = wordEndingAt(text, link.start, floor);
  if (prefix && scanner.linkedPrefixes.has(prefix.text.toLowerCase())) return prefix.start;
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

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so no time zone can interfere.

const MS_PER_DAY = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function isoFromDayNumber(days: number): string {
  const date = new Date(days * MS_PER_DAY);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function parsePublication(published: string | null): Publication | null {
  if (typeof published !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isValidDay(year, month, day)) return null;
  const days = dayNumber(year, month, day);
  return { iso: published, year, month, day, dayNumber: days, weekday: new Date(days * MS_PER_DAY).getUTCDay() };
}

// ---------------------------------------------------------------------------------------------
// Reading neighbouring words without regexes or slices per character.

interface WordSpan {
  start: number;
  text: string;
}

const MAX_CONTEXT_WORD = 24;

function isHorizontalSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f;
}

const letterPattern = /\p{L}/u;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetter(code: number): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true;
  if (code < 0xc0) return false;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code <= 0x24f) return true;
  // Surrogates are not letters on their own; other scripts are rare here and checked properly.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return letterPattern.test(String.fromCharCode(code));
}

function skipSpaces(text: string, position: number): number {
  let at = position;
  while (at < text.length && isHorizontalSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The word (letters only) that ends right before `position`, after horizontal spaces; never reaches below `floor`. */
function wordEndingAt(text: string, position: number, floor: number): WordSpan | null {
  let end = position;
  while (end > floor && isHorizontalSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > floor && end - start < MAX_CONTEXT_WORD && isLetter(text.charCodeAt(start - 1))) start--;
  if (start === end) return null;
  // A word cut off by the length limit or the floor is not a whole word.
  if (start > 0 && isLetter(text.charCodeAt(start - 1))) return null;
  return { start, text: text.slice(start, end) };
}

/** The word (letters only) starting at `position`, or null. */
function readWordAfter(text: string, position: number): string | null {
  let end = position;
  while (end < text.length && end - position < MAX_CONTEXT_WORD && isLetter(text.charCodeAt(end))) end++;
  return end === position ? null : text.slice(position, end);
}
