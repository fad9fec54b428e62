// The cold index's worker threads and the server's store: a worker sends only what the index files
// (the indexed article and the line index), and the store makes a closed article's whole model the
// first time a request reads it. Runs the real worker bundle (server/out/analysisWorker.js, built by
// `node esbuild.mjs`, which `npm test` runs first).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, indexedArticleOf } from '../../server/src/analysis';
import { AnalysisPool } from '../../server/src/lsp/analysisPool';
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
