// Word tokens (runs of letters and digits) with offsets, caps flags and, on demand, their strings.

import { isUpperCode, isWordCode } from './chars';

export interface WordToken {
  readonly start: number;
  readonly end: number;
  /** The word in lower case. */
  readonly lower: string;
  /** The word as written; the same string as `lower` when it has no capitals. */
  readonly text: string;
  /** CAPITALIZED when the first character is upper case, INNER_UPPER when a later one is. */
  readonly caps: number;
}

export const CAPITALIZED = 1;
export const INNER_UPPER = 2;

/** The text a scan read, and its lower-case form when that has the same offsets. */
interface Source {
  readonly text: string;
  readonly lower: string | null;
  /** Whether a word holds "ª", "µ", "º" or a surrogate half (see hasRareWordCharacters). */
  rare: boolean;
}

/**
 * A word of a scanned text. Its strings are cut from the text only when first asked for: the
 * extractors look at most words only by offsets, first character and caps flags, and cutting one or
 * two strings for each of an article's ~500 words was most of the scan's cost.
 */
class ScannedWord implements WordToken {
  private lowerCache: string | null = null;
  private textCache: string | null = null;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly caps: number,
    private readonly source: Source,
  ) {}

  /** A word over the same text from this word's start to `end`. */
  spanningTo(end: number, caps: number): ScannedWord {
    return new ScannedWord(this.start, end, caps, this.source);
  }

  get sourceHasRare(): boolean {
    return this.source.rare;
  }

  get lower(): string {
    if (this.lowerCache === null) {
      const source = this.source;
      this.lowerCache = source.lower !== null ? source.lower.slice(this.start, this.end) : source.text.slice(this.start, this.end).toLowerCase();
    }
    return this.lowerCache;
  }

  get text(): string {
    if (this.textCache === null) this.textCache = this.caps === 0 ? this.lower : this.source.text.slice(this.start, this.end);
    return this.textCache;
  }
}

/** Every run of letters and digits in the text, in order. One pass; a word's strings are cut on demand. */
export function scanWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  const n = text.length;
  // Lower-casing the whole text once is cheaper than once per word; a few characters ("İ") change
  // length when lower-cased, and then offsets would shift, so such texts take the per-word path.
  const whole = text.toLowerCase();
  const source: Source = { text, lower: whole.length === n ? whole : null, rare: false };
  let seen = 0;
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
    seen |= flags;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      // Most characters inside a word are a–z: a word character, neither upper case nor rare.
      if (c >= 0x61 && c <= 0x7a) continue;
      flags = c < LATIN_END ? CHAR_FLAGS[c] : classifyRare(c);
      if ((flags & WORD) === 0) break;
      if (flags & UPPER) caps |= INNER_UPPER;
      seen |= flags;
    }
    words.push(new ScannedWord(start, i, caps, source));
  }
  source.rare = (seen & RARE) !== 0;
  return words;
}

/**
 * One token for the words `first` … `last` of a scan and what stands between them ("2.800",
 * "Mercedes-Benz"), with the given caps flags. From scanWords' words it is a word of the same class,
 * so code that reads tokens sees one object layout (V8 recompiles a function that meets a second
 * one after it was optimized); its strings are cut on demand like theirs.
 */
export function joinedWord(words: readonly WordToken[], first: number, last: number, caps: number, text: string): WordToken {
  const head = words[first];
  const start = head.start;
  const end = words[last].end;
  if (head instanceof ScannedWord) return head.spanningTo(end, caps);
  const slice = text.slice(start, end);
  return { start, end, lower: slice.toLowerCase(), text: slice, caps };
}

/**
 * Whether any word of the scan holds "ª", "µ", "º" or a surrogate half: letters here, but not for
 * extractors that read words by their own, narrower letter test (the dates' anchor walk). A list
 * not made by scanWords (or empty) answers false only when it holds no word at all.
 */
export function hasRareWordCharacters(words: readonly WordToken[]): boolean {
  const first = words[0];
  if (first === undefined) return false;
  return first instanceof ScannedWord ? first.sourceHasRare : true;
}

const WORD = 1;
const UPPER = 2;
const RARE = 4;
/** Characters below this are classified by table; Latin letters with diacritics end at U+024F. */
const LATIN_END = 0x250;
const CHAR_FLAGS = new Uint8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) CHAR_FLAGS[c] = (isWordCode(c) ? WORD : 0) | (isUpperCode(c) ? UPPER : 0);
for (const c of [0xaa, 0xb5, 0xba]) CHAR_FLAGS[c] |= RARE;

/** Letters beyond Latin (Greek, Cyrillic, …) through the cached classifier. */
function classifyRare(c: number): number {
  return (isWordCode(c) ? WORD : 0) | (isUpperCode(c) ? UPPER : 0) | (c >= 0xd800 && c <= 0xdfff ? RARE : 0);
}


