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
  let i = 0;
  while (i < n) {
    while (i < n && !isWordAt(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordAt(text.charCodeAt(i))) i++;
    words.push({ start, end: i, lower: text.slice(start, i).toLowerCase() });
  }
  return words;
}

/** ASCII inline, everything else through the cached classifier. */
function isWordAt(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isWordCode(c);
}
