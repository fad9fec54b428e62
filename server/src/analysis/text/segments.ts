// Sentences and clauses with offsets. The fact rules look for subjects and triggers inside these.

import type { Span } from '../model';
import { isDigitCode, isLetterCode, isLowerCode } from './chars';

export interface Sentence extends Span {
  /** Sub-spans split at ", ", "; ", ": " and dashes; they cover the sentence without gaps. */
  readonly clauses: Span[];
}

/** A sentence whose clauses are split on first use: most sentences state no figure and never need them. */
class LazySentence implements Sentence {
  private split: Span[] | null = null;
  constructor(private readonly text: string, readonly start: number, readonly end: number) {}
  get clauses(): Span[] {
    return (this.split ??= splitClauses(this.text, this.start, this.end));
  }
}

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

/** The word that ends right before `end` (letters only), lower-case. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
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
  if (ABBREVIATIONS.has(wordBefore(text, dot))) return false;
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

const SENTENCE_CANDIDATE = /[\n.!?]/g;

/**
 * Splits text into sentences. A line break ends a sentence unless the line runs on into a
 * lower-case word (hard-wrapped prose); headings and bullet lines are sentences of their own.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push(new LazySentence(text, s, e));
    start = end;
  };
  // Only line feeds and . ! ? can end a sentence; a regex jumps between them.
  SENTENCE_CANDIDATE.lastIndex = 0;
  for (let m = SENTENCE_CANDIDATE.exec(text); m; m = SENTENCE_CANDIDATE.exec(text)) {
    const i = m.index;
    const code = text.charCodeAt(i);
    if (code === 10) {
      // Hard-wrapped text: the next line continues in lower case.
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      const prev = i > 0 && text.charCodeAt(i - 1) === 13 ? i - 2 : i - 1;
      const prevChar = prev >= 0 ? text[prev] : '.';
      if (j < text.length && isLowerCode(text.charCodeAt(j)) && !/[.!?:;]/.test(prevChar)) continue;
      push(i + 1);
    } else if (code === 33 || code === 63) {
      if (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))) push(i + 1);
    } else if (code === 46) {
      if (dotEndsSentence(text, i)) push(i + 1);
    }
  }
  push(text.length);
  return sentences;
}

/** Splits a sentence into clauses at ", ", "; ", ": ", " – ", " - ". */
function splitClauses(text: string, start: number, end: number): Span[] {
  const clauses: Span[] = [];
  let clauseStart = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Only punctuation can cut: , ; : – — - ( )
    if (c > 0x2014 || (c > 59 && c < 0x2013)) continue;
    let cut = false;
    if ((c === 44 || c === 59 || c === 58) && i + 1 < end && isSpace(text.charCodeAt(i + 1))) cut = true;
    else if ((c === 0x2013 || c === 0x2014 || c === 45) && i > start && text.charCodeAt(i - 1) === 32 && i + 1 < end && text.charCodeAt(i + 1) === 32) cut = true;
    else if (c === 40 || c === 41) cut = true;
    if (cut) {
      if (i > clauseStart) clauses.push({ start: clauseStart, end: i + 1 });
      clauseStart = i + 1;
    }
  }
  if (end > clauseStart) clauses.push({ start: clauseStart, end });
  return clauses;
}

