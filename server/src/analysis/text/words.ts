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
  const n = text.length;
  // Lower-casing the whole text once is cheaper than once per word; a few characters ("İ") change
  // length when lower-cased, and then offsets would shift, so such texts take the per-word path.
  const whole = text.toLowerCase();
  const lowerText = whole.length === n ? whole : null;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordAt(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let caps = isUpperCode(text.charCodeAt(i)) ? CAPITALIZED : 0;
    i++;
    for (let c = text.charCodeAt(i); i < n && isWordAt(c); c = text.charCodeAt(++i)) {
      if (c < 128 ? c >= 65 && c <= 90 : isUpperCode(c)) caps |= INNER_UPPER;
    }
    const lower = lowerText ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase();
    words.push({ start, end: i, lower, text: caps === 0 ? lower : text.slice(start, i), caps });
  }
  return words;
}

/** ASCII inline, everything else through the cached classifier. */
function isWordAt(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isWordCode(c);
}
