// The peer comparison: scores finnews's own extractor, Microsoft Recognizers-Text and chrono-node on
// the five seeds against the hand-written gold annotations, and measures each tool's throughput.
// Usage: npm run compare [-- --json] [-- --details]
// Each peer's results are mapped into the common mention shape the way a fair user of that library
// would do it; fields a library cannot produce at all are left out of its value comparison and named
// in the output, so that no tool loses points for something it never claims to do.

import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as chrono from 'chrono-node';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import {
  exactValuePercent,
  formatScoreTable,
  loadGold,
  repoRoot,
  scoreMentions,
  sumReports,
  type ComparableField,
  type GoldArticle,
  type KindScore,
  type PredictedMention,
  type ScoreGroup,
  type ScoreReport,
} from '../test/support/gold';

/** One extractor under comparison, already adapted to the common mention shape. */
interface Tool {
  label: string;
  /** Which score groups the tool takes part in; the others print as n/a. */
  groups: ScoreGroup[];
  notComparable: ComparableField[];
  notes: string[];
  extract(article: GoldArticle): PredictedMention[];
}

/** A tool that could not be loaded, with the reason shown instead of its scores. */
interface MissingTool {
  label: string;
  reason: string;
}

interface ToolResult {
  tool: string;
  groups: ScoreGroup[];
  notComparable: ComparableField[];
  notes: string[];
  report: ScoreReport;
  throughputKBps: number;
  /** How many passes over all seeds the throughput was measured on (the warm-up pass excluded when repeated). */
  passes: number;
}

const tableGroups: ScoreGroup[] = ['figures', 'date'];
const detailGroups: ScoreGroup[] = ['figures', 'money', 'percent', 'quantity', 'date', 'company', 'person'];
const minimumMeasureMs = 1000;

/** ISO 4217 codes for the currency names Recognizers-Text reports in its resolution's "unit". */
const recognizersCurrencyNames: Record<string, string> = {
  Dollar: 'USD',
  'United States dollar': 'USD',
  Euro: 'EUR',
  'Swiss franc': 'CHF',
  'British pound': 'GBP',
  Pound: 'GBP',
  'Japanese yen': 'JPY',
  Yen: 'JPY',
};

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const golds = loadAllGold();
  const tools: (Tool | MissingTool)[] = [await loadFinnews(), recognizersTool(), chronoTool()];

  const results: ToolResult[] = [];
  const missing: MissingTool[] = [];
  for (const tool of tools) {
    if (!('extract' in tool)) {
      missing.push(tool);
      continue;
    }
    results.push(evaluate(tool, golds));
  }

  if (args.has('--json')) {
    console.log(JSON.stringify({ seeds: golds.map((g) => g.file), results, missing }, null, 2));
    return;
  }
  console.log(renderMarkdown(golds, results, missing, args.has('--details')));
}

function loadAllGold(): GoldArticle[] {
  const goldDir = path.join(repoRoot, 'test', 'gold');
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => loadGold(path.join(goldDir, name)));
}

/** Runs the tool once for the scores, then again until about a second has passed, for throughput. */
function evaluate(tool: Tool, golds: readonly GoldArticle[]): ToolResult {
  const bytesPerPass = golds.reduce((sum, g) => sum + Buffer.byteLength(g.text, 'utf8'), 0);
  const started = performance.now();
  const predictions = golds.map((gold) => tool.extract(gold));
  const firstPassMs = performance.now() - started;
  // The first pass also pays for loading and warming up; it is the measurement only for a tool too
  // slow to repeat within the time budget.
  let passes = 0;
  const repeatStarted = performance.now();
  while (performance.now() - started < minimumMeasureMs) {
    for (const gold of golds) tool.extract(gold);
    passes++;
  }
  const measuredMs = passes > 0 ? performance.now() - repeatStarted : firstPassMs;
  passes = Math.max(passes, 1);
  const seconds = measuredMs / 1000;
  const groups = detailGroups.filter(
    (group) => tool.groups.includes(group) || (isFigureKind(group) && tool.groups.includes('figures')),
  );
  const report = sumReports(
    golds.map((gold, i) => scoreMentions(gold, predictions[i], groups, { notComparable: tool.notComparable })),
    groups,
  );
  return {
    tool: tool.label,
    groups,
    notComparable: tool.notComparable,
    notes: tool.notes,
    report,
    throughputKBps: (bytesPerPass * passes) / 1024 / seconds,
    passes,
  };
}

function isFigureKind(group: ScoreGroup): boolean {
  return group === 'money' || group === 'percent' || group === 'quantity';
}

// ---------------------------------------------------------------------------------------------
// finnews

/**
 * Loads finnews's own analyzer lazily, so the peers can still be compared while it is missing. The
 * facade is preferred; while the rest of the library (workspace, conflicts) is still being written,
 * the analyzer module itself is enough for this comparison.
 */
async function loadFinnews(): Promise<Tool | MissingTool> {
  const label = 'finnews';
  let analyzeArticle: ((text: string) => { mentions: PredictedMention[] }) | undefined;
  const failures: string[] = [];
  for (const load of [() => import('../server/src/analysis'), () => import('../server/src/analysis/analyze')]) {
    try {
      const candidate = (await load()).analyzeArticle;
      if (typeof candidate === 'function') {
        analyzeArticle = candidate;
        break;
      }
      failures.push('analyzeArticle is not exported');
    } catch (error) {
      failures.push(firstLine(error));
    }
  }
  if (!analyzeArticle) return { label, reason: `server/src/analysis could not be loaded: ${failures.join('; ')}` };
  const analyze = analyzeArticle;
  return {
    label,
    groups: ['figures', 'date', 'company', 'person'],
    notComparable: [],
    notes: ['all fields compared (value, currency, qualifier, unit, name)'],
    extract: (gold) => analyze(gold.text).mentions,
  };
}

// ---------------------------------------------------------------------------------------------
// Microsoft Recognizers-Text

interface RecognizerResult {
  start: number;
  /** Inclusive, unlike every other offset in this project. */
  end: number;
  text: string;
  typeName: string;
  resolution: Record<string, unknown> | undefined;
}

interface DateTimeValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}

function recognizersTool(): Tool {
  const culture = Recognizers.Culture.German;
  return {
    label: 'Recognizers-Text 1.3.1 (de-de)',
    groups: ['figures', 'date'],
    notComparable: ['qualifier', 'unit'],
    notes: [
      'qualifier not comparable: Recognizers-Text has no notion of "bis zu", "rund", "unter"',
      'unit not comparable: its number model gives bare numbers; quantities are numbers outside currency, percentage and date results',
      'the JavaScript package 1.3.1 registers no German models; Culture.German falls back to the English ones',
    ],
    extract(gold) {
      const reference = referenceDate(gold);
      const money = (Recognizers.recognizeCurrency(gold.text, culture) as RecognizerResult[]).map(recognizedMoney);
      const percents = (Recognizers.recognizePercentage(gold.text, culture) as RecognizerResult[]).map(recognizedPercent);
      const dates = (Recognizers.recognizeDateTime(gold.text, culture, undefined, reference) as RecognizerResult[])
        .map((r) => recognizedDate(r, reference))
        .filter((m): m is PredictedMention => m !== null);
      // A number inside an amount, a percentage or a date is part of that figure, not a count of its own.
      const taken = [...money, ...percents, ...dates];
      const quantities = (Recognizers.recognizeNumber(gold.text, culture) as RecognizerResult[])
        .map(recognizedQuantity)
        .filter((q) => !taken.some((t) => t.start < q.end && q.start < t.end));
      return [...money, ...percents, ...quantities, ...dates];
    },
  };
}

function recognizedMoney(result: RecognizerResult): PredictedMention {
  const resolution = result.resolution ?? {};
  const unit = typeof resolution.unit === 'string' ? resolution.unit : undefined;
  const iso = typeof resolution.isoCurrency === 'string' ? resolution.isoCurrency : undefined;
  return {
    kind: 'money',
    start: result.start,
    end: result.end + 1,
    text: result.text,
    value: parseResolvedNumber(resolution.value),
    currency: iso ?? (unit ? (recognizersCurrencyNames[unit] ?? unit) : null),
  };
}

function recognizedPercent(result: RecognizerResult): PredictedMention {
  return {
    kind: 'percent',
    start: result.start,
    end: result.end + 1,
    text: result.text,
    value: parseResolvedNumber(String(result.resolution?.value ?? '').replace('%', '')),
  };
}

function recognizedQuantity(result: RecognizerResult): PredictedMention {
  return {
    kind: 'quantity',
    start: result.start,
    end: result.end + 1,
    text: result.text,
    value: parseResolvedNumber(result.resolution?.value),
  };
}

/** Takes the resolution closest to the reference date (Recognizers lists a past and a future reading). */
function recognizedDate(result: RecognizerResult, reference: Date): PredictedMention | null {
  const values = (result.resolution?.values ?? []) as DateTimeValue[];
  const readings = values
    .map((v) => ({ iso: isoOfRecognizersValue(v, reference), distance: distanceToReference(v, reference) }))
    .filter((r): r is { iso: string; distance: number } => r.iso !== null)
    .sort((a, b) => a.distance - b.distance);
  if (readings.length === 0) return null;
  return { kind: 'date', start: result.start, end: result.end + 1, text: result.text, value: readings[0].iso };
}

/** Maps one Recognizers date-time resolution to an ISO string at the precision it states. */
function isoOfRecognizersValue(value: DateTimeValue, reference: Date): string | null {
  switch (value.type) {
    case 'date':
    case 'datetime':
      return value.value ? value.value.slice(0, 10) : null;
    case 'time':
      // A time of day alone ("um 20") is read as that time on the reference day, as the library does.
      return isoDay(reference);
    case 'daterange':
    case 'datetimerange':
      return value.start && value.end ? isoOfRange(value.start.slice(0, 10), value.end.slice(0, 10)) : null;
    default:
      // Durations and sets ("alle paar Monate") are not points in time.
      return null;
  }
}

/** A range that is exactly a year, quarter or month is reported at that precision; else by its start. */
function isoOfRange(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  const months = (ey - sy) * 12 + (em - sm);
  if (sd === 1 && ed === 1) {
    if (months === 12 && sm === 1) return String(sy);
    if (months === 3 && (sm - 1) % 3 === 0) return `${sy}-Q${(sm - 1) / 3 + 1}`;
    if (months === 1) return `${sy}-${String(sm).padStart(2, '0')}`;
  }
  return start;
}

function distanceToReference(value: DateTimeValue, reference: Date): number {
  const first = value.value ?? value.start;
  const last = value.value ?? value.end ?? first;
  if (!first || !last) return Number.POSITIVE_INFINITY;
  const from = Date.parse(first.slice(0, 10));
  const to = Date.parse(last.slice(0, 10));
  const at = reference.getTime();
  if (Number.isNaN(from) || Number.isNaN(to)) return Number.POSITIVE_INFINITY;
  return at < from ? from - at : at > to ? at - to : 0;
}

function parseResolvedNumber(raw: unknown): number | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

// ---------------------------------------------------------------------------------------------
// chrono-node

function chronoTool(): Tool {
  return {
    label: 'chrono-node 2.9.0 (chrono.de)',
    groups: ['date'],
    notComparable: [],
    notes: [
      'dates only: chrono-node has no figures',
      'a result is reported at the precision chrono marks as certain (day or weekday → day, month, year); a time of day alone counts as that day',
    ],
    extract(gold) {
      return chrono.de.parse(gold.text, referenceDate(gold)).map((result) => ({
        kind: 'date' as const,
        start: result.index,
        end: result.index + result.text.length,
        text: result.text,
        value: isoOfChronoComponents(result.start),
      }));
    },
  };
}

function isoOfChronoComponents(components: chrono.ParsedComponents): string {
  const date = components.date();
  const year = String(date.getFullYear());
  const month = String(date.getMonth() + 1).padStart(2, '0');
  if (components.isCertain('day') || components.isCertain('weekday')) return isoDay(date);
  if (components.isCertain('month')) return `${year}-${month}`;
  if (components.isCertain('year')) return year;
  return isoDay(date);
}

// ---------------------------------------------------------------------------------------------
// Shared helpers and output

/** Noon on the gold publication date, so that no time zone shifts the day. */
function referenceDate(gold: GoldArticle): Date {
  if (!gold.published) return new Date();
  const [y, m, d] = gold.published.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function renderMarkdown(
  golds: readonly GoldArticle[],
  results: readonly ToolResult[],
  missing: readonly MissingTool[],
  details: boolean,
): string {
  const goldCount = (kinds: string[]) => golds.reduce((n, g) => n + g.mentions.filter((m) => kinds.includes(m.kind)).length, 0);
  const out: string[] = [];
  out.push(
    `Seeds: ${golds.length} articles, ${goldCount(['money', 'percent', 'quantity'])} gold figures, ${goldCount(['date'])} gold dates.`,
    '',
  );
  out.push(
    formatScoreTable(
      [
        ...results.map((r) => ({
          label: r.tool,
          report: Object.fromEntries(tableGroups.filter((g) => r.groups.includes(g)).map((g) => [g, r.report[g]])) as ScoreReport,
          extra: [r.throughputKBps.toFixed(r.throughputKBps < 10 ? 1 : 0)],
        })),
        ...missing.map((m) => ({ label: `${m.label} (not run)`, report: {}, extra: ['n/a'] })),
      ],
      tableGroups,
      ['KB/s'],
    ),
  );
  out.push('', 'Not comparable / notes:');
  for (const r of results) for (const note of r.notes) out.push(`- ${r.tool}: ${note}`);
  for (const m of missing) out.push(`- ${m.label}: not run, ${m.reason}`);
  out.push(`- throughput: all seeds extracted repeatedly for at least ${minimumMeasureMs} ms (passes: ${results.map((r) => `${r.tool} ${r.passes}`).join(', ')})`);
  if (details) {
    for (const r of results) {
      out.push('', `### ${r.tool}`);
      for (const group of r.groups) {
        const score = r.report[group] as KindScore;
        const exact = exactValuePercent(score);
        out.push(`- ${group}: tp ${score.tp}, fp ${score.fp}, fn ${score.fn}, values exact ${exact === null ? '–' : exact.toFixed(0) + '%'}`);
        if (group === 'figures') continue;
        for (const m of score.valueMismatches) out.push(`  - ${m.file}@${m.start} "${m.goldText}": expected ${m.expected}, got ${m.predicted}`);
      }
    }
  }
  return out.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
