// How normalized values are written for the reader, in hovers (full digits) and in inlay hints
// (compact). Both are language-neutral on purpose: "Billion" means 10^12 in German and 10^9 in English,
// so a normalized value spells out the digits, or writes powers of ten, never a scale word.

import type { FigureMention, Qualifier } from '../analysis/model';

/** The symbol written before a qualified value; an exact value gets "=" in inlay hints only. */
export const qualifierSymbol: Record<Qualifier, string> = {
  upTo: '≤',
  atLeast: '≥',
  about: '≈',
  under: '<',
  over: '>',
};

/** The qualifier in words, as the hover names it. */
export const qualifierWords: Record<Qualifier, string> = {
  upTo: 'up to',
  atLeast: 'at least',
  about: 'about',
  under: 'under',
  over: 'over',
};

/** How units are written after a value; currencies stay ISO codes. */
const unitSymbols: Record<string, string> = {
  percent: '%',
  percentagePoints: 'pp',
};

const superscriptDigits: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

/** A value to write: a number with its unit, or an ISO date string. */
export interface ValueToWrite {
  value: number | string;
  unit: string;
  qualifier: Qualifier | null;
  precision: number;
}

/** The unit a figure mention's value is in: the currency code, "percent", or the quantity's unit. */
export function unitOfMention(mention: FigureMention): string {
  switch (mention.kind) {
    case 'money':
      return mention.currency;
    case 'percent':
      return mention.unit;
    case 'quantity':
      return mention.unit;
  }
}

/** A figure mention as a value to write. */
export function valueOfMention(mention: FigureMention): ValueToWrite {
  return { value: mention.value, unit: unitOfMention(mention), qualifier: mention.qualifier, precision: mention.precision };
}

/** All digits, grouped by thousands: "≤ 50 000 000 000 USD", "239.12 USD", "≈ 16 000 jobs". */
export function formatFullValue(value: ValueToWrite): string {
  return withQualifier(value.qualifier, `${typeof value.value === 'number' ? fullNumber(value.value, value.precision) : value.value}${unitSuffix(value.unit)}`, false);
}

/** Short, for inlay hints: "≤ 50·10⁹ USD", "= 239.12 USD", "≈ 16 000 jobs", "= 2026-02-05". */
export function formatCompactValue(value: ValueToWrite): string {
  return withQualifier(value.qualifier, `${typeof value.value === 'number' ? compactNumber(value.value, value.precision) : value.value}${unitSuffix(value.unit)}`, true);
}

function withQualifier(qualifier: Qualifier | null, text: string, exactSign: boolean): string {
  if (qualifier) return `${qualifierSymbol[qualifier]} ${text}`;
  return exactSign ? `= ${text}` : text;
}

function unitSuffix(unit: string): string {
  if (unit === 'date' || unit === '') return '';
  const symbol = unitSymbols[unit] ?? unit;
  return ` ${symbol}`;
}

/** Decimals worth showing for a precision: 0.01 → 2, 1e9 → 0. */
function decimalsFor(precision: number): number {
  if (!(precision > 0) || precision >= 1) return 0;
  return Math.min(6, Math.max(0, Math.round(-Math.log10(precision))));
}

function fullNumber(value: number, precision: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimalsFor(precision));
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

function compactNumber(value: number, precision: number): string {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude < 1e6) return fullNumber(value, precision);
  // Engineering notation keeps the mantissa readable (50·10⁹ rather than 5·10¹⁰).
  const exponent = Math.floor(Math.log10(magnitude) / 3) * 3;
  const mantissa = value / 10 ** exponent;
  const mantissaText = Number(mantissa.toPrecision(6)).toString();
  const superscript = String(exponent).replace(/[0-9-]/g, (digit) => superscriptDigits[digit]);
  return `${mantissaText}·10${superscript}`;
}
