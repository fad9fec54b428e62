// Character classes by UTF-16 code, without allocating strings or running regexes per character.
// Latin characters (ASCII, the German letters) are read from a table; others are classified once and cached.

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const cache = new Map<number, number>();
const IS_LETTER = 1;
const IS_UPPER = 2;
const IS_LOWER = 4;

function flagsOf(code: number): number {
  // Surrogate halves are treated as letters so emoji and rare scripts stay inside words.
  if (code >= 0xd800 && code <= 0xdfff) return IS_LETTER;
  const ch = String.fromCharCode(code);
  return (LETTER.test(ch) ? IS_LETTER : 0) | (UPPER.test(ch) ? IS_UPPER : 0) | (LOWER.test(ch) ? IS_LOWER : 0);
}

function classify(code: number): number {
  let flags = cache.get(code);
  if (flags === undefined) {
    flags = flagsOf(code);
    if (cache.size < 4096) cache.set(code, flags);
  }
  return flags;
}

/** Characters below this (ASCII, German and other Latin letters with diacritics) are read from a table. */
const TABLE_END = 0x250;
const TABLE = new Uint8Array(TABLE_END);
for (let code = 0; code < TABLE_END; code++) TABLE[code] = flagsOf(code);

/**
 * The UTF-16 code at `index`, or 0 (no character class) outside the text. Where a read may fall
 * past either end, this keeps it inside: `charCodeAt` there returns NaN, and optimized code that
 * meets NaN where it has only seen small integers is thrown away and compiled again.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : 0;
}

/** Is the UTF-16 code unit a letter? */
export function isLetterCode(code: number): boolean {
  return ((code < TABLE_END ? TABLE[code] : classify(code)) & IS_LETTER) !== 0;
}

/** Is it an upper-case letter? */
export function isUpperCode(code: number): boolean {
  return ((code < TABLE_END ? TABLE[code] : classify(code)) & IS_UPPER) !== 0;
}

/** Is it a lower-case letter? */
export function isLowerCode(code: number): boolean {
  return ((code < TABLE_END ? TABLE[code] : classify(code)) & IS_LOWER) !== 0;
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

/** Are the `count` characters at `start` all ASCII digits? */
export function digitsAt(text: string, start: number, count: number): boolean {
  for (let at = start; at < start + count; at++) {
    if (!isDigitCode(text.charCodeAt(at))) return false;
  }
  return true;
}

/** The number the `count` digits at `start` write (checked by digitsAt). */
export function numberAt(text: string, start: number, count: number): number {
  let number = 0;
  for (let at = start; at < start + count; at++) number = number * 10 + text.charCodeAt(at) - 0x30;
  return number;
}
