// The accuracy yardstick: hand-written gold annotations for the seed articles, and the scoring that
// compares any extractor's mentions with them. Gold files locate a mention by its text and which
// occurrence of that text it is, because offsets written by hand are error-prone and unreadable;
// the loader turns them into offsets once, and fails loudly when a text cannot be found.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { MentionKind, Qualifier } from '../../server/src/analysis/model';

/** The repository root, so that a gold file's "file" field ("seeds/…") resolves from anywhere. */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** One mention as written in a gold file: located by text and occurrence, not by offsets. */
export interface GoldMentionSpec {
  kind: MentionKind;
  text: string;
  /** 1-based: the n-th non-overlapping, left-to-right occurrence of `text` in the article. */
  occurrence: number;
  /** Money: currency units; percent: number of percent; quantity: count; date: ISO at its precision. */
  value?: number | string;
  currency?: string;
  qualifier?: Qualifier | null;
  unit?: string;
  /** Company or person: the canonical name. */
  name?: string;
}

/** A gold mention with its offsets resolved (UTF-16, end exclusive). */
export interface GoldMention extends GoldMentionSpec {
  start: number;
  end: number;
}

/** A gold file with its article text loaded and every mention located. */
export interface GoldArticle {
  /** The path of the gold file itself. */
  goldPath: string;
  /** The article path as written in the gold file, relative to the repository root. */
  file: string;
  text: string;
  published: string | null;
  language: 'de' | 'en';
  /** Sorted by start. */
  mentions: GoldMention[];
}

/**
 * What an extractor predicted, in the one shape every tool is converted to. finnews's own Mention
 * objects fit it as they are; the peers' results are mapped into it by the comparison command.
 */
export interface PredictedMention {
  kind: MentionKind;
  start: number;
  end: number;
  text?: string;
  value?: number | string | null;
  currency?: string | null;
  qualifier?: Qualifier | null;
  unit?: string | null;
  name?: string | null;
}

/** A score is asked for per mention kind, or for all figures (money, percent, quantity) together. */
export type ScoreGroup = MentionKind | 'figures';

/** The fields a value comparison may leave out, because a tool cannot produce them at all. */
export type ComparableField = 'value' | 'currency' | 'qualifier' | 'unit' | 'name';

/** A gold and a predicted mention that overlap but disagree about the value. */
export interface ValueMismatch {
  kind: MentionKind;
  file: string;
  goldText: string;
  start: number;
  /** Readable renderings of both sides, e.g. "50000000000 USD upTo". */
  expected: string;
  predicted: string;
}

/** Precision, recall and F1 of one kind (or of all figures), with the value mismatches among matches. */
export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  valueMismatches: ValueMismatch[];
}

export type ScoreReport = Partial<Record<ScoreGroup, KindScore>>;

const figureKinds: readonly MentionKind[] = ['money', 'percent', 'quantity'];

/** Loads a gold file, reads the article it names, and resolves every text+occurrence into offsets. */
export function loadGold(goldPath: string, root: string = repoRoot): GoldArticle {
  const raw = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    file?: unknown;
    published?: unknown;
    language?: unknown;
    mentions?: unknown;
  };
  if (typeof raw.file !== 'string') throw new Error(`${goldPath}: "file" must be a string`);
  if (!Array.isArray(raw.mentions)) throw new Error(`${goldPath}: "mentions" must be an array`);
  const text = readFileSync(path.resolve(root, raw.file), 'utf8');
  const mentions = (raw.mentions as GoldMentionSpec[]).map((spec, index) => {
    const start = findOccurrence(text, spec.text, spec.occurrence);
    if (start < 0) {
      throw new Error(
        `${goldPath}: mention #${index + 1} (${spec.kind}) ${JSON.stringify(spec.text)} occurrence ${spec.occurrence} ` +
          `not found in ${raw.file} (the text occurs ${countOccurrences(text, spec.text)} time(s))`,
      );
    }
    return { ...spec, start, end: start + spec.text.length };
  });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    goldPath,
    file: raw.file,
    text,
    published: typeof raw.published === 'string' ? raw.published : null,
    language: raw.language === 'en' ? 'en' : 'de',
    mentions,
  };
}

/** The offset of the n-th (1-based) non-overlapping occurrence of `needle`, or -1. */
export function findOccurrence(haystack: string, needle: string, occurrence: number): number {
  if (needle.length === 0 || !Number.isInteger(occurrence) || occurrence < 1) return -1;
  let from = 0;
  for (let seen = 1; ; seen++) {
    const at = haystack.indexOf(needle, from);
    if (at < 0 || seen === occurrence) return at;
    from = at + needle.length;
  }
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  while (findOccurrence(haystack, needle, count + 1) >= 0) count++;
  return count;
}

/** Options for scoreMentions. */
export interface ScoreOptions {
  /** Fields left out of the value comparison because the tool cannot produce them. */
  notComparable?: readonly ComparableField[];
}

/**
 * Scores one article's predictions against its gold, per requested kind. A prediction matches a
 * gold mention of the same kind whose span overlaps it; matching is one-to-one and greedy in text
 * order. A match whose value (money: also currency and qualifier; quantity: unit; company and
 * person: name) differs is still a true positive, and is listed in valueMismatches.
 */
export function scoreMentions(
  gold: GoldArticle,
  predicted: readonly PredictedMention[],
  kinds: readonly ScoreGroup[],
  options: ScoreOptions = {},
): ScoreReport {
  const perKind = new Map<MentionKind, KindScore>();
  const kindsNeeded = new Set<MentionKind>();
  for (const group of kinds) for (const kind of group === 'figures' ? figureKinds : [group]) kindsNeeded.add(kind);
  for (const kind of kindsNeeded) {
    perKind.set(kind, scoreOneKind(gold, kind, predicted, new Set(options.notComparable ?? [])));
  }
  const report: ScoreReport = {};
  for (const group of kinds) {
    report[group] =
      group === 'figures' ? sumScores(figureKinds.map((kind) => perKind.get(kind)!)) : perKind.get(group)!;
  }
  return report;
}

function scoreOneKind(
  gold: GoldArticle,
  kind: MentionKind,
  predicted: readonly PredictedMention[],
  notComparable: ReadonlySet<ComparableField>,
): KindScore {
  const golds = gold.mentions.filter((m) => m.kind === kind);
  const guesses = predicted.filter((m) => m.kind === kind).slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const goldTaken = new Array<boolean>(golds.length).fill(false);
  let tp = 0;
  const valueMismatches: ValueMismatch[] = [];
  for (const guess of guesses) {
    const index = golds.findIndex((g, i) => !goldTaken[i] && g.start < guess.end && guess.start < g.end);
    if (index < 0) continue;
    goldTaken[index] = true;
    tp++;
    const expected = golds[index];
    if (!valuesAgree(expected, guess, notComparable)) {
      valueMismatches.push({
        kind,
        file: gold.file,
        goldText: expected.text,
        start: expected.start,
        expected: describeValue(expected, notComparable),
        predicted: describeValue(guess, notComparable),
      });
    }
  }
  return withRates({ tp, fp: guesses.length - tp, fn: golds.length - tp, valueMismatches });
}

/** Whether two mentions of the same kind state the same value, in the fields that kind carries. */
function valuesAgree(
  gold: GoldMentionSpec,
  guess: PredictedMention,
  notComparable: ReadonlySet<ComparableField>,
): boolean {
  return comparedFields(gold.kind, notComparable).every((field) => sameField(field, gold[field], guess[field]));
}

function comparedFields(kind: MentionKind, notComparable: ReadonlySet<ComparableField>): ComparableField[] {
  const byKind: Record<MentionKind, ComparableField[]> = {
    money: ['value', 'currency', 'qualifier'],
    percent: ['value'],
    quantity: ['value', 'unit'],
    date: ['value'],
    company: ['name'],
    person: ['name'],
  };
  return byKind[kind].filter((field) => !notComparable.has(field));
}

function sameField(field: ComparableField, expected: unknown, actual: unknown): boolean {
  // A missing qualifier and an explicit null both mean "no qualifier".
  if (field === 'qualifier') return (expected ?? null) === (actual ?? null);
  if (typeof expected === 'number' && typeof actual === 'number') {
    // Amounts such as 239.12 may be computed as 23912 / 100; allow only representation noise.
    return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return expected === actual;
}

function describeValue(mention: GoldMentionSpec | PredictedMention, notComparable: ReadonlySet<ComparableField>): string {
  return comparedFields(mention.kind, notComparable)
    .map((field) => {
      const value = mention[field];
      return value === undefined || value === null ? `${field}=∅` : String(value);
    })
    .join(' ');
}

function withRates(counts: Pick<KindScore, 'tp' | 'fp' | 'fn' | 'valueMismatches'>): KindScore {
  const { tp, fp, fn } = counts;
  // With nothing predicted and nothing expected the tool is trivially right; report 1, not NaN.
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Adds several scores of the same kind (e.g. one per article) into one, recomputing the rates. */
export function sumScores(scores: readonly KindScore[]): KindScore {
  return withRates({
    tp: scores.reduce((sum, s) => sum + s.tp, 0),
    fp: scores.reduce((sum, s) => sum + s.fp, 0),
    fn: scores.reduce((sum, s) => sum + s.fn, 0),
    valueMismatches: scores.flatMap((s) => s.valueMismatches),
  });
}

/** Adds per-article reports into one report over all articles. */
export function sumReports(reports: readonly ScoreReport[], kinds: readonly ScoreGroup[]): ScoreReport {
  const total: ScoreReport = {};
  for (const group of kinds) {
    total[group] = sumScores(reports.map((r) => r[group]).filter((s): s is KindScore => s !== undefined));
  }
  return total;
}

/** Share of matched mentions whose value is exactly right, in percent; null when nothing matched. */
export function exactValuePercent(score: KindScore): number | null {
  return score.tp === 0 ? null : (100 * (score.tp - score.valueMismatches.length)) / score.tp;
}

/** One row of a score table: a label and its report. */
export interface ScoreTableRow {
  label: string;
  report: ScoreReport;
  /** Extra cells appended after the score columns, e.g. throughput. */
  extra?: string[];
}

/** Formats reports as a Markdown table with P/R/F1 and exact values for each requested group. */
export function formatScoreTable(
  rows: readonly ScoreTableRow[],
  groups: readonly ScoreGroup[],
  extraHeaders: readonly string[] = [],
): string {
  const header = ['tool'];
  for (const group of groups) header.push(`${group} P`, `${group} R`, `${group} F1`, `${group} values exact`);
  header.push(...extraHeaders);
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of rows) {
    const cells = [row.label];
    for (const group of groups) {
      const score = row.report[group];
      if (!score) {
        cells.push('n/a', 'n/a', 'n/a', 'n/a');
        continue;
      }
      const exact = exactValuePercent(score);
      cells.push(
        score.precision.toFixed(2),
        score.recall.toFixed(2),
        score.f1.toFixed(2),
        exact === null ? '–' : `${exact.toFixed(0)}% (${score.tp - score.valueMismatches.length}/${score.tp})`,
      );
    }
    cells.push(...(row.extra ?? []));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
