// Character classes by UTF-16 code, without allocating strings or running regexes per character.
// ASCII and the German letters take a fast path; other characters are classified once and cached.

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const cache = new Map<number, number>();
const IS_LETTER = 1;
const IS_UPPER = 2;
const IS_LOWER = 4;

function classify(code: number): number {
  let flags = cache.get(code);
  if (flags === undefined) {
    const ch = String.fromCharCode(code);
    flags = (LETTER.test(ch) ? IS_LETTER : 0) | (UPPER.test(ch) ? IS_UPPER : 0) | (LOWER.test(ch) ? IS_LOWER : 0);
    // Surrogate halves are treated as letters so emoji and rare scripts stay inside words.
    if (code >= 0xd800 && code <= 0xdfff) flags = IS_LETTER;
    if (cache.size < 4096) cache.set(code, flags);
  }
  return flags;
}

/** Is the UTF-16 code unit a letter? */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return (classify(code) & IS_LETTER) !== 0;
}

/** Is it an upper-case letter? */
export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return (classify(code) & IS_UPPER) !== 0;
}

/** Is it a lower-case letter? */
export function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return (classify(code) & IS_LOWER) !== 0;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letter or digit. */
export function isWordCode(code: number): boolean {
  return isDigitCode(code) || isLetterCode(code);
}

/** Does the string start with an upper-case letter? */
export function startsUpper(s: string): boolean {
  return s.length > 0 && isUpperCode(s.charCodeAt(0));
}
