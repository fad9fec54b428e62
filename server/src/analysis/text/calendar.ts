// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so no time zone can interfere.
// Shared by the date extractor and the publication-date finder.

export const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 of a calendar day (month 1–12; a day past the month's end runs on into the
 * next). Counted by arithmetic (the proleptic Gregorian calendar in 400-year eras), which is several
 * times faster than Date.UTC; Date.UTC still takes what the arithmetic does not cover: years below
 * 100 (which it reads as 19xx), months out of range and fractions.
 */
export function dayNumber(year: number, month: number, day: number): number {
  if (!(year >= 100 && month >= 1 && month <= 12 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day))) {
    return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  }
  // The year counted from March, so that the leap day comes last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** Is year-month-day a real calendar day? */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function pad(value: number, width: number): string {
  // The common cases without padStart: two-digit months and days, four-digit years.
  if (width === 2 && value >= 10 && value <= 99) return String(value);
  if (width === 2 && value >= 0 && value <= 9 && Number.isInteger(value)) return '0' + value;
  if (width === 4 && value >= 1000 && value <= 9999) return String(value);
  return String(value).padStart(width, '0');
}

/** "2026-02-05". */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** "2025-10". */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}
