// The seeds hold exactly one conflict and these multi-article facts (issue 3, point 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, WorkspaceIndex, type Fact } from '../../server/src/analysis';

const SEEDS = join(__dirname, '..', '..', 'seeds');

function seedIndex(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    index.setArticle(name, analyzeArticle(readFileSync(join(SEEDS, name), 'utf8')));
  }
  return index;
}

/** Article prefixes ("000") of a fact's claims, sorted and unique. */
function articlesOf(fact: Fact | undefined): string[] {
  return [...new Set((fact?.claims ?? []).map((c) => c.articleId.slice(0, 3)))].sort();
}

const index = seedIndex();

test('the seeds hold exactly one conflict: Amazon → OpenAI investment, 001 against the other four', () => {
  const conflicts = index.conflicts();
  assert.equal(conflicts.length, 1);
  const [c] = conflicts;
  assert.equal(c.factId, 'Amazon|investment|USD|OpenAI|current|');
  assert.equal(c.label, 'Amazon → OpenAI · investment');
  assert.equal(c.rule, 'value-changed-over-time');
  assert.equal(c.severity, 'warning');
  assert.deepEqual(c.values, ['10000000000', 'upTo 50000000000']);
  assert.deepEqual([...new Set(c.claims.map((x) => x.articleId.slice(0, 3)))].sort(), ['000', '001', '002', '003', '004']);
  assert.equal(
    c.message,
    'Amazon → OpenAI · investment: the reported value changed over time. 001_d03fd6a6cf6b45a2.txt (2025-12-20) says 10 bn USD; ' +
      '000_c8c95a676d34506b.txt (2026-02-03), 002_a365eef2ac63f869.txt (2026-01-30), 003_0d1240ef380ee946.txt (2026-01-31), ' +
      '004_74890980bce22e95.txt (2026-01-30) say up to 50 bn USD. Same fact because the same subject (Amazon), counterpart (OpenAI), ' +
      'measure (investment), no period of its own in any of the sentences.',
  );
});

const EXPECTED_FACTS: [string, string, string[], number | string][] = [
  ["OpenAI's valuation of 830 bn", 'OpenAI|valuation|USD||current|', ['000', '001', '003', '004'], 830e9],
  ['funding round of about 100 bn', 'OpenAI|fundingRound|USD||current|', ['001', '002', '004'], 100e9],
  ["Amazon's stake in Anthropic", 'Amazon|investment|USD|Anthropic|current|', ['000', '004'], 8e9],
  ['capex 2026 of 125 bn', 'Amazon|capex|USD||2026|', ['000', '002', '004'], 125e9],
  ['job cuts of 16.000', 'Amazon|jobCuts|jobs||current|', ['000', '002', '003', '004'], 16000],
  ['job cuts of 14.000', 'Amazon|jobCuts|jobs||2025-10|', ['001', '002'], 14000],
  ["Nvidia's 30 bn", 'Nvidia|investment|USD|OpenAI|current|', ['003', '004'], 30e9],
  ["SoftBank's 30 bn", 'SoftBank|investment|USD|OpenAI|current|', ['002', '004'], 30e9],
  ['the data-centre campus of 11 bn', 'Amazon|dataCentreCampus|USD|Anthropic|2025-10|Indiana', ['002', '004'], 11e9],
  ['Q4 results on 5 February', 'Amazon|resultsDate|date||2025-Q4|', ['000', '002', '003'], '2026-02-05'],
];

for (const [name, id, articles, value] of EXPECTED_FACTS) {
  test(`one fact across the articles: ${name}`, () => {
    const fact = index.fact(id);
    assert.ok(fact, `fact ${id} missing`);
    assert.deepEqual(articlesOf(fact), articles);
    assert.deepEqual([...new Set(fact.claims.map((c) => c.value))], [value]);
  });
}

test('traps are separate facts or agree, never conflicts', () => {
  // 14.000 (October 2025 round) and 16.000 (January 2026 round) are two facts.
  assert.notEqual(index.fact('Amazon|jobCuts|jobs||2025-10|'), index.fact('Amazon|jobCuts|jobs||current|'));
  // Three share prices on three days.
  for (const [day, value] of [['2025-12-19', 227.35], ['2026-01-30', 239.3], ['2026-02-03', 239.12]] as const) {
    assert.deepEqual(index.fact(`Amazon|sharePrice|USD||${day}|`)?.claims.map((c) => c.value), [value]);
  }
  // OpenAI's valuation: October, now, and a possible IPO.
  assert.deepEqual(index.fact('OpenAI|valuation|USD||2025-10|')?.claims.map((c) => c.value), [500e9]);
  assert.deepEqual(index.fact('OpenAI|ipoValuation|USD||current|')?.claims.map((c) => c.value), [1e12]);
  // Microsoft's stake is Microsoft's; the daily moves are on two days; two brokers' targets.
  assert.deepEqual(index.fact('Microsoft|investment|USD|OpenAI|current|')?.claims.map((c) => [c.value, c.qualifier]), [[10e9, 'under']]);
  assert.deepEqual(index.fact('Amazon|dailyMove|percent||2026-02-03|')?.claims.map((c) => c.value), [1.61]);
  assert.deepEqual(index.fact('Amazon|dailyMove|percent||2026-01-30|')?.claims.map((c) => c.value), [1.01]);
  assert.deepEqual(index.fact('RBC Capital Markets|priceTarget|USD|Amazon|current|')?.claims.map((c) => c.value), [300]);
  assert.deepEqual(index.fact('JPMorgan|priceTarget|USD|Amazon|current|')?.claims.map((c) => c.value), [305]);
});
