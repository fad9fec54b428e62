// Detects whether an article is German or English by counting frequent function words.

const GERMAN = new Set(['der', 'die', 'das', 'und', 'mit', 'von', 'für', 'ist', 'nicht', 'auf', 'eine', 'einer', 'den', 'dem', 'sich', 'auch', 'über', 'wird', 'zu', 'im']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'with', 'for', 'on', 'that', 'its', 'by', 'as', 'was', 'has', 'from', 'it', 'at', 'be', 'are', 'will']);

/** "de" unless English function words clearly outnumber German ones. Looks at the first 20,000 characters. */
export function detectLanguage(text: string): 'de' | 'en' {
  let de = 0;
  let en = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const m of sample.matchAll(/[a-zäöüß]+/g)) {
    const w = m[0];
    if (GERMAN.has(w)) de++;
    else if (ENGLISH.has(w)) en++;
  }
  return en > de * 1.2 ? 'en' : 'de';
}
