// The cold workspace index, measured in a fresh child process so that its peak RSS is the index's
// own and not the benchmark's (which holds the whole corpus in memory). It runs the server's own
// pieces in the server's order: the io module finds and reads the article files 16 at a time (as
// ArticleWorkspace.indexWorkspace does), and the lsp ArticleStore analyses each text and puts it into
// the WorkspaceIndex; then facts and conflicts are computed once.

import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createArticleMatcher, findArticleFiles, readArticleFile, readCompanyTableFile } from '../server/src/io';
import { ArticleStore } from '../server/src/lsp/articleStore';
import { pathToUri } from '../server/src/lsp/uris';
import { defaultSettings, maxFileBytes, toConflictSettings } from '../server/src/protocol/settings';

/** Files read at once; the same number the server uses (articleWorkspace.ts, readConcurrency). */
const readConcurrency = 16;

export interface ColdIndexResult {
  ms: number;
  /** Peak resident set size of the child process, in MB. */
  rssMb: number;
  files: number;
  skipped: number;
  /** Where the time went: waiting for reads, ArticleStore.update (analyse + index), facts + conflicts. */
  readWaitMs: number;
  updateMs: number;
  factsAndConflictsMs: number;
  facts: number;
  conflicts: number;
  /** Workspace-relative paths of every article that takes part in a conflict. */
  conflictArticles: string[];
}

/** Runs in the child: indexes `root` and returns the figures. */
export async function coldIndex(root: string): Promise<ColdIndexResult> {
  const started = performance.now();
  const settings = defaultSettings;
  const store = new ArticleStore(toConflictSettings(settings));
  const table = await readCompanyTableFile(path.resolve(root, settings.companyTableFile));
  store.setCompanyRows(table.rows);
  const files = await findArticleFiles(root, createArticleMatcher(settings.articleGlobs, settings.excludeGlobs));
  let skipped = 0;
  let readWaitMs = 0;
  let updateMs = 0;
  for (let batchStart = 0; batchStart < files.length; batchStart += readConcurrency) {
    const batch = files.slice(batchStart, batchStart + readConcurrency);
    const reads = batch.map((file) => readArticleFile(file, { maxBytes: maxFileBytes(settings) }));
    for (let i = 0; i < batch.length; i++) {
      const waitStarted = performance.now();
      const read = await reads[i];
      const updateStarted = performance.now();
      readWaitMs += updateStarted - waitStarted;
      if (read.ok) store.update(pathToUri(batch[i]), read.text, null);
      else skipped++;
      updateMs += performance.now() - updateStarted;
    }
  }
  const factsStarted = performance.now();
  const facts = store.index.facts();
  const conflicts = store.index.conflicts();
  const factsAndConflictsMs = performance.now() - factsStarted;
  const ms = performance.now() - started;
  const rootUri = pathToUri(root);
  const conflictArticles = new Set<string>();
  for (const conflict of conflicts) {
    for (const claim of conflict.claims) conflictArticles.add(claim.articleId.slice(rootUri.length + 1));
  }
  return {
    ms,
    rssMb: process.resourceUsage().maxRSS / 1024,
    files: files.length,
    skipped,
    readWaitMs,
    updateMs,
    factsAndConflictsMs,
    facts: facts.length,
    conflicts: conflicts.length,
    conflictArticles: [...conflictArticles],
  };
}

/** The child's entry: prints the result as one JSON line. */
export async function coldIndexChildMain(root: string): Promise<void> {
  const result = await coldIndex(root);
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
