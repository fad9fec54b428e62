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
    let c = text.charCodeAt(i);
    let flags = c < LATIN_END ? CHAR_FLAGS[c] : classifyRare(c);
    if ((flags & WORD) === 0) {
      i++;
      continue;
    }
    const start = i;
    let caps = flags & UPPER ? CAPITALIZED : 0;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      flags = c < LATIN_END ? CHAR_FLAGS[c] : classifyRare(c);
      if ((flags & WORD) === 0) break;
      if (flags & UPPER) caps |= INNER_UPPER;
    }
    const lower = lowerText ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase();
    words.push({ start, end: i, lower, text: caps === 0 ? lower : text.slice(start, i), caps });
  }
  return words;
}

const WORD = 1;
const UPPER = 2;
/** Characters below this are classified by table; Latin letters with diacritics end at U+024F. */
const LATIN_END = 0x250;
const CHAR_FLAGS = new Uint8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) CHAR_FLAGS[c] = (isWordCode(c) ? WORD : 0) | (isUpperCode(c) ? UPPER : 0);

/** Letters beyond Latin (Greek, Cyrillic, …) through the cached classifier. */
function classifyRare(c: number): number {
  return (isWordCode(c) ? WORD : 0) | (isUpperCode(c) ? UPPER : 0);
}


