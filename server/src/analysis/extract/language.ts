// Detects whether an article is German or English by counting frequent function words.

import type { WordToken } from '../text/words';

const GERMAN = new Set(['der', 'die', 'das', 'und', 'mit', 'von', 'für', 'ist', 'nicht', 'auf', 'eine', 'einer', 'den', 'dem', 'sich', 'auch', 'über', 'wird', 'zu', 'im']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'with', 'for', 'on', 'that', 'its', 'by', 'as', 'was', 'has', 'from', 'it', 'at', 'be', 'are', 'will']);

/** "de" unless English function words clearly outnumber German ones. Looks at the first 300 words. */
export function detectLanguage(words: readonly WordToken[]): 'de' | 'en' {
  let de = 0;
  let en = 0;
  const n = Math.min(words.length, 300);
  for (let i = 0; i < n; i++) {
    const w = words[i].lower;
    if (w.length > 5) continue;
    if (GERMAN.has(w)) de++;
    else if (ENGLISH.has(w)) en++;
  }
  return en > de * 1.2 ? 'en' : 'de';
}
