// Word tokens (runs of letters and digits) with offsets and their lower-case form.

import { isUpperCode, isWordCode } from './chars';

export interface WordToken {
  start: number;
  end: number;
  lower: string;
  /** The word as written; the same string as `lower` when it has no capitals. */
  text: string;
  /** CAPITALIZED when the first character is upper case, INNER_UPPER when a later one is. */
  caps: number;
}

export const CAPITALIZED = 1;
export const INNER_UPPER = 2;

/** Every run of letters and digits in the text, in order. One pass, one string per word. */
export function scanWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  // Lower-casing the whole text once is cheaper than once per word; a few characters ("İ") change
  // length when lower-cased, and then offsets would shift, so such texts take the per-word path.
  const whole = text.toLowerCase();
  const lowerText = whole.length === text.length ? whole : null;
  // A regex over Latin letters finds the words fast; any other letter continues a word through the
  // classifier below, so Greek or Cyrillic names are still whole words.
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m; m = LATIN_WORD.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    while (end < text.length && isWordAt(text.charCodeAt(end))) end = LATIN_WORD.lastIndex = end + 1;
    const lower = lowerText ? lowerText.slice(start, end) : text.slice(start, end).toLowerCase();
    const original = end - start === m[0].length ? m[0] : text.slice(start, end);
    let caps = 0;
    if (original !== lower) {
      caps = isUpperCode(text.charCodeAt(start)) ? CAPITALIZED : 0;
      for (let i = start + 1; i < end; i++) if (isUpperCode(text.charCodeAt(i))) { caps |= INNER_UPPER; break; }
    }
    words.push({ start, end, lower, text: caps === 0 ? lower : original, caps });
  }
  return words;
}

/** Latin letters and digits, including German umlauts and ß and accented letters. */
const LATIN_WORD = /[0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+/g;

/** ASCII inline, everything else through the cached classifier. */
function isWordAt(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isWordCode(c);
}
