// The cold workspace index, measured in a fresh child process so that its peak RSS is the index's
// own and not the benchmark's (which holds the whole corpus in memory). It runs the server's own
// pieces in the server's order (ArticleWorkspace.indexWorkspace): the io module finds the article
// files; the lsp AnalysisPool reads and analyses them on worker threads (the bundled
// server/out/analysisWorker.js, one per core but one; on this thread if the bundle is missing), read
// ahead of the one being filed, and on this thread whenever it would wait for a worker, as the server
// does (inOrderReadingAhead); the lsp ArticleStore files each
// result into the WorkspaceIndex inside one batch, so facts and conflicts are evaluated once at the
// end; then the conflicts are read once (the server publishes them) and the facts counted (the
// server never lists them all).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { createArticleMatcher, findArticleFiles, readCompanyTableFile } from '../server/src/io';
import { AnalysisPool, inOrderReadingAhead } from '../server/src/lsp/analysisPool';
import { ArticleStore } from '../server/src/lsp/articleStore';
import { pathToUri } from '../server/src/lsp/uris';
import { defaultSettings, maxFileBytes, toConflictSettings } from '../server/src/protocol/settings';

export interface ColdIndexResult {
  ms: number;
  /** CPU time of the child process (all its threads) until the index was built, in ms. */
  cpuMs: number;
  /** Peak resident set size of the child process (all its threads), in MB. */
  rssMb: number;
  /** Worker threads that read and analysed; 0 means everything ran on the main thread. */
  workers: number;
  /** Files the main thread read and analysed itself, rather than wait for a worker. */
  filesOnMainThread: number;
  files: number;
  skipped: number;
  /** Where the main thread's time went: reading + analysing (its own files, and waiting for the
   * worker's), filing into the index, and ending the batch plus counting the facts and reading the
   * conflicts. */
  readAndAnalyseMs: number;
  fileMs: number;
  factsAndConflictsMs: number;
  facts: number;
  conflicts: number;
  /** For every conflict, the workspace-relative paths of the articles that take part in it. */
  conflictArticles: string[][];
}

/** Runs in the child: indexes `root` with the server's pieces and returns the figures. */
export async function coldIndex(root: string, workerScript: string): Promise<ColdIndexResult> {
  const started = performance.now();
  const settings = defaultSettings;
  const store = new ArticleStore(toConflictSettings(settings));
  const pool = new AnalysisPool(workerScript);
  pool.start();
  const table = await readCompanyTableFile(path.resolve(root, settings.companyTableFile));
  store.setCompanyRows(table.rows);
  pool.setCompanies(table.rows);
  const files = await findArticleFiles(root, createArticleMatcher(settings.articleGlobs, settings.excludeGlobs));
  let skipped = 0;
  let readAndAnalyseMs = 0;
  let fileMs = 0;
  store.index.beginBatch();
  let done = 0;
  let readStarted = performance.now();
  const maxBytes = maxFileBytes(settings);
  const onWorker = (index: number) => pool.analyzeFile(files[index], maxBytes);
  const here = (index: number) => pool.analyzeOnThisThread(files[index], maxBytes);
  for await (const analysed of inOrderReadingAhead(files.length, onWorker, here)) {
    const fileStarted = performance.now();
    readAndAnalyseMs += fileStarted - readStarted;
    if (analysed.ok) store.updateAnalyzed(pathToUri(files[done]), analysed, null);
    else skipped++;
    done++;
    fileMs += performance.now() - fileStarted;
    readStarted = performance.now();
  }
  const factsStarted = performance.now();
  store.index.endBatch();
  const facts = store.index.factCount;
  const conflicts = store.index.conflicts();
  const factsAndConflictsMs = performance.now() - factsStarted;
  const ms = performance.now() - started;
  const cpu = process.cpuUsage();
  const workers = pool.size;
  const filesOnMainThread = pool.filesAnalyzedHere;
  await pool.close();
  const rootUri = pathToUri(root);
  const conflictArticles = conflicts.map((conflict) => [...new Set(conflict.claims.map((claim) => claim.articleId.slice(rootUri.length + 1)))]);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: process.resourceUsage().maxRSS / 1024,
    workers,
    filesOnMainThread,
    files: files.length,
    skipped,
    readAndAnalyseMs,
    fileMs,
    factsAndConflictsMs,
    facts,
    conflicts: conflicts.length,
    conflictArticles,
  };
}

/** The child's entry: prints the result as one JSON line. */
export async function coldIndexChildMain(root: string, workerScript: string): Promise<void> {
  if (!existsSync(workerScript)) process.stderr.write(`cold index: ${workerScript} is missing; analysing on the main thread\n`);
  const result = await coldIndex(root, workerScript);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Starts the benchmark bundle again as a child in cold-index mode and returns what it measured. */
export function runColdIndexChild(benchScript: string, root: string, nodeArgs: string[] = []): Promise<ColdIndexResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, benchScript, '--cold-index-child', root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`cold-index child exited with ${code}: ${stderr.slice(-2000)}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as ColdIndexResult);
      } catch (error) {
        reject(new Error(`cold-index child printed no result: ${String(error)}; stderr: ${stderr.slice(-2000)}`));
      }
    });
  });
}
