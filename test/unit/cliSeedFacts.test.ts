// `npm run analyze -- --json seeds` prints the facts and the one conflict of issue 3, point 4.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
execFileSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--quiet'], { cwd: root });
const report = JSON.parse(execFileSync(process.execPath, [path.join(root, 'server/out/cli.js'), '--json', 'seeds'], { cwd: root, encoding: 'utf8' })) as {
  version: number;
  articles: { path: string; published: string | null }[];
  skipped: unknown[];
  facts: { id: string; label: string; mentions: { path: string; value: number | string }[] }[];
  conflicts: { factId: string; severity: string; message: string; mentions: { path: string }[] }[];
};

const prefixes = (paths: string[]) => [...new Set(paths.map((p) => path.basename(p).slice(0, 3)))].sort();

test('version, articles and publication dates', () => {
  assert.equal(report.version, 1);
  assert.deepEqual(report.articles.map((a) => [path.basename(a.path), a.published]), [
    ['000_c8c95a676d34506b.txt', '2026-02-03'], ['001_d03fd6a6cf6b45a2.txt', '2025-12-20'], ['002_a365eef2ac63f869.txt', '2026-01-30'],
    ['003_0d1240ef380ee946.txt', '2026-01-31'], ['004_74890980bce22e95.txt', '2026-01-30'],
  ]);
  assert.deepEqual(report.skipped, []);
});

test('exactly one conflict: Amazon → OpenAI investment, 001 against the four others', () => {
  assert.equal(report.conflicts.length, 1);
  const [c] = report.conflicts;
  assert.equal(c.factId, 'Amazon|investment|USD|OpenAI|current|');
  assert.equal(c.severity, 'warning');
  assert.deepEqual(prefixes(c.mentions.map((m) => m.path)), ['000', '001', '002', '003', '004']);
  assert.match(c.message, /001_d03fd6a6cf6b45a2\.txt \(2025-12-20\) says 10 bn USD/);
  assert.match(c.message, /say up to 50 bn USD/);
});

const FACTS: [string, string[]][] = [
  ['OpenAI|valuation|USD||current|', ['000', '001', '003', '004']],
  ['OpenAI|fundingRound|USD||current|', ['001', '002', '004']],
  ['Amazon|investment|USD|Anthropic|current|', ['000', '004']],
  ['Amazon|capex|USD||2026|', ['000', '002', '004']],
  ['Amazon|jobCuts|jobs||current|', ['000', '002', '003', '004']],
  ['Amazon|jobCuts|jobs||2025-10|', ['001', '002']],
  ['Nvidia|investment|USD|OpenAI|current|', ['003', '004']],
  ['SoftBank|investment|USD|OpenAI|current|', ['002', '004']],
  ['Amazon|dataCentreCampus|USD|Anthropic|2025-10|Indiana', ['002', '004']],
  ['Amazon|resultsDate|date||2025-Q4|', ['000', '002', '003']],
];

test('each multi-article fact of the issue, across exactly its articles', () => {
  for (const [id, articles] of FACTS) {
    const fact = report.facts.find((f) => f.id === id);
    assert.ok(fact, `fact ${id} missing`);
    assert.deepEqual(prefixes(fact.mentions.map((m) => m.path)), articles, id);
  }
});
