// Shared by the robustness tests: the invariants every analysed article must satisfy, and a private
// build of the CLI to run as a child process.

import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Article } from '../../server/src/analysis';

/** Every way `article` breaks the model's promises about `text`; empty when it keeps them all. */
export function findInvariantViolations(text: string, article: Article): string[] {
  const violations: string[] = [];
  let previousEnd = 0;
  article.mentions.forEach((mention, index) => {
    const where = `mention ${index} (${mention.kind} ${JSON.stringify(mention.text).slice(0, 60)})`;
    if (!Number.isInteger(mention.start) || !Number.isInteger(mention.end)) violations.push(`${where}: offsets are not integers`);
    if (mention.start < 0 || mention.end > text.length) violations.push(`${where}: [${mention.start}, ${mention.end}) is outside [0, ${text.length}]`);
    if (mention.start >= mention.end) violations.push(`${where}: empty or reversed span [${mention.start}, ${mention.end})`);
    if (mention.start < previousEnd) violations.push(`${where}: starts at ${mention.start}, before the previous mention ends (${previousEnd})`);
    if (text.slice(mention.start, mention.end) !== mention.text) {
      violations.push(`${where}: text differs from the source slice ${JSON.stringify(text.slice(mention.start, mention.end)).slice(0, 60)}`);
    }
    if ((mention.kind === 'money' || mention.kind === 'percent' || mention.kind === 'quantity') && !Number.isFinite(mention.value)) {
      violations.push(`${where}: value ${mention.value} is not a finite number`);
    }
    previousEnd = Math.max(previousEnd, mention.end);
  });
  article.claims.forEach((claim, index) => {
    const mention = article.mentions[claim.mention];
    if (!Number.isInteger(claim.mention) || mention === undefined) {
      violations.push(`claim ${index}: mention index ${claim.mention} is not one of the ${article.mentions.length} mentions`);
    } else if (mention.kind === 'company' || mention.kind === 'person') {
      violations.push(`claim ${index}: carried by a ${mention.kind} mention, not a figure or a date`);
    }
    if (claim.sentence.start < 0 || claim.sentence.end > text.length || claim.sentence.start > claim.sentence.end) {
      violations.push(`claim ${index}: sentence [${claim.sentence.start}, ${claim.sentence.end}) is outside the text`);
    }
    if (typeof claim.value === 'number' && !Number.isFinite(claim.value)) violations.push(`claim ${index}: value ${claim.value} is not finite`);
  });
  for (const problem of article.problems) {
    // analyzeArticle turns an exception into this problem; for the tests it is still a crash.
    if (problem.code === 'internal-error') violations.push(`internal error: ${problem.message}`);
    if (problem.span && (problem.span.start < 0 || problem.span.end > text.length || problem.span.start > problem.span.end)) {
      violations.push(`problem ${problem.code}: span outside the text`);
    }
  }
  if (article.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(article.published)) {
    violations.push(`published ${JSON.stringify(article.published)} is not an ISO day`);
  }
  return violations;
}

/**
 * Bundles the CLI exactly as esbuild.mjs does, but into a private temporary folder: test files run
 * in parallel, and other work in the tree may rebuild server/out/cli.js at the same moment, so a
 * shared output could be read half-written.
 */
export async function buildPrivateCli(): Promise<{ cliPath: string; dispose(): void }> {
  const folder = mkdtempSync(join(tmpdir(), 'finnews-cli-'));
  const cliPath = join(folder, 'cli.js');
  await build({
    entryPoints: ['server/src/cli/analyze.ts'],
    outfile: cliPath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  return { cliPath, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** True when the run was killed for taking longer than its bound. */
  timedOut: boolean;
}

/**
 * Runs the CLI as a child process with a time bound (a failure condition, not a measurement).
 * Output goes through files, so a large JSON report needs no pipe buffer.
 */
export function runCliProcess(cliPath: string, args: string[], timeoutMs: number): CliRun {
  const folder = mkdtempSync(join(tmpdir(), 'finnews-cli-output-'));
  try {
    const stdoutPath = join(folder, 'stdout');
    const stderrPath = join(folder, 'stderr');
    const stdoutFd = openSync(stdoutPath, 'w');
    const stderrFd = openSync(stderrPath, 'w');
    let result;
    try {
      result = spawnSync(process.execPath, [cliPath, ...args], { stdio: ['ignore', stdoutFd, stderrFd], timeout: timeoutMs, killSignal: 'SIGKILL' });
    } finally {
      closeSync(stdoutFd);
      closeSync(stderrFd);
    }
    return {
      status: result.status,
      stdout: readFileSync(stdoutPath, 'utf8'),
      stderr: readFileSync(stderrPath, 'utf8'),
      timedOut: (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || result.signal === 'SIGKILL',
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The JSON report of the CLI, as documented in the README (version 1). */
export interface CliJsonReport {
  version: number;
  articles: {
    path: string;
    published: string | null;
    language: string;
    mentions: ({ kind: string; start: number; end: number; line: number; character: number; text: string } & Record<string, unknown>)[];
  }[];
  skipped: { path: string; reason: string }[];
  facts: { id: string; label: string; mentions: { path: string; start: number; end: number; value: number | string }[] }[];
  conflicts: { factId: string; severity: string; message: string; mentions: { path: string; start: number; end: number }[] }[];
}
