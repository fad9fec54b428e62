// The cold index's worker threads and the server's store: a worker sends only what the index files
// (the indexed article and the line index), and the store makes a closed article's whole model the
// first time a request reads it. The main thread analyses files itself when it would wait for a
// worker (inOrderReadingAhead), and gives the same result. Runs the real worker bundle (server/out/analysisWorker.js, built by
// `node esbuild.mjs`, which `npm test` runs first).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, indexedArticleOf } from '../../server/src/analysis';
import { AnalysisPool, inOrderReadingAhead } from '../../server/src/lsp/analysisPool';
import { ArticleStore } from '../../server/src/lsp/articleStore';
import { keptModel } from '../../server/src/lsp/keptModel';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { defaultSettings, toConflictSettings } from '../../server/src/protocol/settings';

const workerScript = join(__dirname, '../../server/out/analysisWorker.js');
const text = 'date 2026-03-03\r\nSiemens streicht 5.000 Stellen. BMW wächst.\n';

let dir: string;
let pool: AnalysisPool;

before(() => {
  assert.ok(existsSync(workerScript), `${workerScript} is missing: run "node esbuild.mjs" first`);
  dir = mkdtempSync(join(tmpdir(), 'finnews-pool-'));
  pool = new AnalysisPool(workerScript, 1);
});

after(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a worker sends the indexed article and the line index; the model is made again on first use', async () => {
  const file = join(dir, 'a.txt');
  writeFileSync(file, text);
  const result = await pool.analyzeFile(file, 1 << 20);
  assert.equal(pool.size, 1, 'the file went to the worker');
  assert.ok(result.ok && 'indexed' in result, 'a worker result carries no model');
  assert.deepEqual(result.indexed, indexedArticleOf(analyzeArticle(text)));
  assert.deepEqual(result.lines, LineIndex.of(text));

  const store = new ArticleStore(toConflictSettings(defaultSettings));
  let loads = 0;
  store.updateAnalyzed('file:///a.txt', { indexed: result.indexed, lines: result.lines, load: () => (loads++, result.load()) }, null);
  assert.equal(store.index.facts()[0].label, 'Siemens · job cuts');
  assert.deepEqual(store.companySummary('BMW'), { articles: 1, mentions: 1 });
  assert.equal(loads, 0, 'filing needs no model');
  const entry = store.entry('file:///a.txt')!;
  assert.deepEqual(entry.article, keptModel(text, []));
  assert.equal(store.mentionAt('file:///a.txt', 20)?.mention.text, 'Siemens');
  assert.equal(loads, 1, 'the model is made once and kept');
});

test('a file gone before its model is asked for gives a model without mentions that says why', async () => {
  const file = join(dir, 'gone.txt');
  writeFileSync(file, text);
  const result = await pool.analyzeFile(file, 1 << 20);
  assert.ok(result.ok && 'load' in result);
  unlinkSync(file);
  assert.deepEqual(result.load(), {
    published: null, publishedSource: null, language: 'de', mentions: [], claims: [],
    problems: [{ code: 'unreadable', message: 'could not be read again: no such file or folder' }],
  });
});

test('the main thread analyses a file as a worker does, with the model made again on first use', async () => {
  const file = join(dir, 'here.txt');
  writeFileSync(file, text);
  const fromWorker = await pool.analyzeFile(file, 1 << 20);
  const before = pool.filesAnalyzedHere;
  const here = pool.analyzeOnThisThread(file, 1 << 20);
  assert.equal(pool.filesAnalyzedHere, before + 1);
  assert.ok(fromWorker.ok && 'indexed' in fromWorker && here.ok && 'indexed' in here);
  assert.deepEqual(here.indexed, fromWorker.indexed);
  assert.deepEqual(here.lines, fromWorker.lines);
  assert.deepEqual(here.load(), keptModel(text, []));
  assert.deepEqual(pool.analyzeOnThisThread(join(dir, 'missing.txt'), 1 << 20), { ok: false, reason: 'no such file or folder' });
});

/**
 * Runs inOrderReadingAhead over `count` items. The worker's results are held back until `release`
 * says so (asked after each file the main thread takes); from then on each is back at once.
 */
async function runInOrder(count: number, release: (hereCalls: number) => boolean) {
  const held: (() => void)[] = [];
  let released = false;
  const onWorker: number[] = [];
  const onThisThread: number[] = [];
  const results: string[] = [];
  let furthestAhead = 0;
  const worker = (index: number) => {
    onWorker.push(index);
    if (released) return Promise.resolve(`w${index}`);
    return new Promise<string>((resolve) => held.push(() => resolve(`w${index}`)));
  };
  const here = (index: number) => {
    onThisThread.push(index);
    furthestAhead = Math.max(furthestAhead, index - results.length);
    if (!released && release(onThisThread.length)) {
      released = true;
      for (const resolve of held.splice(0)) resolve();
    }
    return `h${index}`;
  };
  for await (const value of inOrderReadingAhead(count, worker, here)) results.push(value);
  return { onWorker, onThisThread, results, furthestAhead };
}

test('in order reading: the main thread takes the next files only while the next result is not back', async () => {
  const run = await runInOrder(100, (calls) => calls === 36);
  assert.deepEqual(run.results, Array.from({ length: 100 }, (_, i) => (i < 64 ? `w${i}` : `h${i}`)));
  assert.deepEqual(run.onWorker, Array.from({ length: 64 }, (_, i) => i), 'the first 64 go to the worker');
  assert.deepEqual(run.onThisThread, Array.from({ length: 36 }, (_, i) => 64 + i));
});

test('in order reading: results ready at once leave nothing for the main thread', async () => {
  const order: number[] = [];
  const results: number[] = [];
  for await (const value of inOrderReadingAhead(300, (index) => (order.push(index), index), () => assert.fail('nothing to wait for'))) results.push(value);
  assert.deepEqual(results, order);
  assert.equal(results.length, 300);
});

test('in order reading: the main thread runs at most 255 files past the one to file next', async () => {
  const run = await runInOrder(1000, (calls) => calls === 192);
  assert.deepEqual(run.results.map((r) => Number(r.slice(1))), Array.from({ length: 1000 }, (_, i) => i));
  assert.equal(new Set([...run.onWorker, ...run.onThisThread]).size, 1000, 'each file is launched once');
  assert.equal(run.onWorker.length + run.onThisThread.length, 1000);
  assert.equal(run.furthestAhead, 255);
  assert.deepEqual(run.onThisThread.slice(0, 192), Array.from({ length: 192 }, (_, i) => 64 + i), 'held back, the worker keeps 0–63');
  assert.equal(run.onThisThread.length, 192, 'once the worker answers at once, the main thread waits for nothing');
});
