// Detects whether an article is German or English by counting frequent function words.

import type { WordToken } from '../text/words';

const GERMAN = ['der', 'die', 'das', 'und', 'mit', 'von', 'für', 'ist', 'nicht', 'auf', 'eine', 'einer', 'den', 'dem', 'sich', 'auch', 'über', 'wird', 'zu', 'im'];
const ENGLISH = ['the', 'and', 'of', 'to', 'is', 'with', 'for', 'on', 'that', 'its', 'by', 'as', 'was', 'has', 'from', 'it', 'at', 'be', 'are', 'will'];
const LONGEST = 5;

/**
 * The function words by a slot made of a word's length and first and last characters. A word is
 * compared only with the few function words in its slot, so the ~300 words read are never hashed
 * as strings (a Set look-up would hash each fresh word string).
 */
const SLOTS = 1024;
const slotOf = (word: string) => (word.length * 131 + word.charCodeAt(0) * 31 + word.charCodeAt(word.length - 1)) & (SLOTS - 1);
const BY_SLOT: ({ word: string; german: boolean }[] | undefined)[] = new Array(SLOTS);
for (const [words, german] of [[GERMAN, true], [ENGLISH, false]] as const) {
  for (const word of words) (BY_SLOT[slotOf(word)] ??= []).push({ word, german });
}

/** "de" unless English function words clearly outnumber German ones. Looks at the first 300 words. */
export function detectLanguage(words: readonly WordToken[]): 'de' | 'en' {
  let de = 0;
  let en = 0;
  const n = Math.min(words.length, 300);
  for (let i = 0; i < n; i++) {
    const token = words[i];
    if (token.end - token.start > LONGEST) continue;
    const w = token.lower;
    const bucket = BY_SLOT[slotOf(w)];
    if (bucket === undefined) continue;
    for (const entry of bucket) {
      if (entry.word !== w) continue;
      if (entry.german) de++;
      else en++;
      break;
    }
  }
  return en > de * 1.2 ? 'en' : 'de';
}
