// The cold index's worker-to-main-thread codec: every model comes back exactly, field order included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus';
import { analyzeArticle, type Article } from '../../server/src/analysis';
import { decodeArticle, encodeArticle } from '../../server/src/lsp/articleCodec';

const SEEDS = join(__dirname, '../../seeds');

/** JSON text compares values and field order; deepEqual alone would not see a reordered object. */
function assertRoundTrip(article: Article, name: string): void {
  const decoded = decodeArticle(encodeArticle(article));
  assert.equal(JSON.stringify(decoded), JSON.stringify(article), name);
  assert.deepEqual(decoded, article, name);
}

test('the seeds come back exactly', () => {
  const names = readdirSync(SEEDS).sort();
  assert.equal(names.length, 5);
  for (const name of names) assertRoundTrip(analyzeArticle(readFileSync(join(SEEDS, name), 'utf8')), name);
});

test('300 generated articles of every kind come back exactly', () => {
  const corpus = generateCorpus({ seed: 5, articles: 300 });
  const companies = corpus.companyTable.map((row) => ({ name: row.name, aliases: row.aliases, kind: row.kind }));
  const kinds = new Set<string>();
  for (const article of corpus.articles) {
    const model = analyzeArticle(article.text, { companies });
    for (const m of model.mentions) kinds.add(m.kind);
    assertRoundTrip(model, article.path);
  }
  assert.deepEqual([...kinds].sort(), ['company', 'date', 'money', 'percent', 'person', 'quantity']);
});

test('inferred currencies, problems with and without a span, and empty articles come back exactly', () => {
  const inferred = analyzeArticle('date 2026-01-30\nAmazon investiert 50 Milliarden in OpenAI.');
  assert.deepEqual(inferred.mentions.filter((m) => m.kind === 'money').map((m) => m.kind === 'money' && m.currencyInferred), [true]);
  assertRoundTrip(inferred, 'inferred currency');
  assertRoundTrip(analyzeArticle(''), 'empty');
  assertRoundTrip(analyzeArticle('Ohne Datum: Amazon investiert 10 Milliarden Dollar.'), 'no publication date');
  const withSpan: Article = {
    published: null, publishedSource: null, language: 'en', mentions: [], claims: [],
    problems: [{ code: 'x', message: 'with span', span: { start: 3, end: 9 } }, { code: 'y', message: 'without' }],
  };
  assertRoundTrip(withSpan, 'problem spans');
});
