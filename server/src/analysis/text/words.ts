// Word tokens (runs of letters and digits) with offsets and their lower-case form.

import { isWordCode } from './chars';

export interface WordToken {
  start: number;
  end: number;
  lower: string;
}

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
    while (i < n && isWordAt(text.charCodeAt(i))) i++;
    words.push({ start, end: i, lower: lowerText ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase() });
  }
  return words;
}

/** ASCII inline, everything else through the cached classifier. */
function isWordAt(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isWordCode(c);
}
