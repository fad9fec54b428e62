// Sentences and clauses with offsets. The fact rules look for subjects and triggers inside these.

import type { Span } from '../model';
import type { WordToken } from './words';
import { isDigitCode, isLetterCode, isLowerCode } from './chars';

/** Abbreviations whose dot does not end a sentence (lower-case, without the dot). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mrd', 'mio', 'tsd', 'bio', 'ca', 'inc', 'corp', 'ltd', 'co', 'nr', 'bzw', 'dr', 'prof', 'st', 'vs',
  'etc', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec',
  'mr', 'mrs', 'ms', 'u', 'z', 'b', 'a', 'd', 'h', 'ggf', 'evtl', 'inkl', 'zzgl', 'rd', 'approx', 'no',
]);

const MONTH_WORDS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'quartal', 'halbjahr',
]);


function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 160;
}

/** The longest abbreviation: a longer word before a dot is no abbreviation. */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * A hash of a word's length and its first and last letters, upper and lower case folded together
 * (`| 0x20` pairs them below U+0100). Most words before a dot are no abbreviation, and this rules
 * them out without slicing and lower-casing them.
 */
function abbreviationSlot(length: number, first: number, last: number): number {
  return (length * 1031 + (first | 0x20) * 257 + (last | 0x20)) & 4095;
}

const ABBREVIATION_SLOTS = new Uint8Array(4096);
for (const a of ABBREVIATIONS) ABBREVIATION_SLOTS[abbreviationSlot(a.length, a.charCodeAt(0), a.charCodeAt(a.length - 1))] = 1;

/** Is the word (letters only) that ends right before `end` an abbreviation? */
function isAbbreviationBefore(text: string, end: number): boolean {
  let start = end;
  let codes = 0;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (!isLetterCode(code)) break;
    codes |= code;
    start--;
    if (end - start > MAX_ABBREVIATION) return false;
  }
  if (start === end) return false;
  // From U+0100 on, lower-casing may change a letter otherwise, or the length ("İ"): no shortcut.
  if (codes < 0x100 && !ABBREVIATION_SLOTS[abbreviationSlot(end - start, text.charCodeAt(start), text.charCodeAt(end - 1))]) return false;
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/** The word that starts at or after `from` (skipping spaces), lower-case. */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < text.length && isLetterCode(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/** Does the dot at `dot` end a sentence? Abbreviations and ordinals ("5. Februar") do not. */
function dotEndsSentence(text: string, dot: number): boolean {
  const next = dot + 1;
  if (next < text.length && !isSpace(text.charCodeAt(next)) && text[next] !== '"' && text[next] !== '“' && text[next] !== '„') return false;
  if (isAbbreviationBefore(text, dot)) return false;
  if (dot > 0 && isDigitCode(text.charCodeAt(dot - 1))) {
    const after = wordAfter(text, next);
    if (MONTH_WORDS.has(after)) return false;
  }
  // A lower-case word after the dot continues the sentence.
  let i = next;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i < text.length && isLowerCode(text.charCodeAt(i))) return false;
  return true;
}

/** The next index of `ch` at or after `from`, or the text's length. */
function nextIndex(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}

/** Adds text[start, end) without its surrounding spaces, unless that leaves nothing. */
function pushTrimmed(sentences: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start, end });
}

/**
 * Splits text into sentences. A line break ends a sentence unless the line runs on into a
 * lower-case word (hard-wrapped prose); headings and bullet lines are sentences of their own.
 */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  const n = text.length;
  let start = 0;
  // Only line feeds and . ! ? can end a sentence; indexOf jumps to the next of each.
  let nextLine = nextIndex(text, '\n', 0);
  let nextDot = nextIndex(text, '.', 0);
  let nextBang = nextIndex(text, '!', 0);
  let nextQuestion = nextIndex(text, '?', 0);
  for (;;) {
    const i = Math.min(nextLine, nextDot, nextBang, nextQuestion);
    if (i >= n) break;
    let ends = false;
    if (i === nextLine) {
      nextLine = nextIndex(text, '\n', i + 1);
      // Hard-wrapped text: the next line continues in lower case.
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      const prev = i > 0 && text.charCodeAt(i - 1) === 13 ? i - 2 : i - 1;
      const prevCode = prev >= 0 ? text.charCodeAt(prev) : 46;
      const prevEnds = prevCode === 46 || prevCode === 33 || prevCode === 63 || prevCode === 58 || prevCode === 59;
      ends = !(j < n && isLowerCode(text.charCodeAt(j)) && !prevEnds);
    } else if (i === nextDot) {
      nextDot = nextIndex(text, '.', i + 1);
      ends = dotEndsSentence(text, i);
    } else {
      if (i === nextBang) nextBang = nextIndex(text, '!', i + 1);
      else nextQuestion = nextIndex(text, '?', i + 1);
      ends = i + 1 >= n || isSpace(text.charCodeAt(i + 1));
    }
    if (ends) {
      pushTrimmed(sentences, text, start, i + 1);
      start = i + 1;
    }
  }
  pushTrimmed(sentences, text, start, n);
  return sentences;
}

/** The ASCII characters that may cut a clause: , ; : - ( ) */
const CLAUSE_PUNCTUATION = new Uint8Array(128);
for (const ch of ',;:-()') CLAUSE_PUNCTUATION[ch.charCodeAt(0)] = 1;

/**
 * Splits a sentence into clauses at ", ", "; ", ": ", " – ", " - ", "(" and ")": sub-spans that cover the
 * sentence. words[from, to) are the sentence's words; punctuation is never part of a word, so only
 * the gaps between words are read, about a fifth of the sentence's characters.
 */
export function splitClauses(text: string, sentence: Span, words: readonly WordToken[], from: number, to: number): Span[] {
  const { start, end } = sentence;
  const clauses: Span[] = [];
  let clauseStart = start;
  let gapStart = start;
  for (let k = from; k <= to; k++) {
    const gapEnd = k < to ? words[k].start : end;
    for (let i = gapStart; i < gapEnd; i++) {
      const c = text.charCodeAt(i);
      // Only punctuation can cut: , ; : – — - ( )
      if (c < 128 ? CLAUSE_PUNCTUATION[c] === 0 : c !== 0x2013 && c !== 0x2014) continue;
      let cut = false;
      if ((c === 44 || c === 59 || c === 58) && i + 1 < end && isSpace(text.charCodeAt(i + 1))) cut = true;
      else if ((c === 0x2013 || c === 0x2014 || c === 45) && i > start && text.charCodeAt(i - 1) === 32 && i + 1 < end && text.charCodeAt(i + 1) === 32) cut = true;
      else if (c === 40 || c === 41) cut = true;
      if (cut) {
        if (i > clauseStart) clauses.push({ start: clauseStart, end: i + 1 });
        clauseStart = i + 1;
      }
    }
    if (k < to) gapStart = words[k].end;
  }
  if (end > clauseStart) clauses.push({ start: clauseStart, end });
  return clauses;
}

