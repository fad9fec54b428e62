// The cold index's worker-to-main-thread codec: every indexed article and line index comes back
// exactly, field order included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus';
import { analyzeArticle, indexArticle, indexedArticleOf, type CompanyRow } from '../../server/src/analysis';
import { decodeIndexed, encodeIndexed } from '../../server/src/lsp/articleCodec';
import { LineIndex } from '../../server/src/lsp/lineIndex';

const SEEDS = join(__dirname, '../../seeds');

/** JSON text compares values and field order; deepEqual alone would not see a reordered object. */
function assertRoundTrip(text: string, name: string, companies: CompanyRow[] = []): void {
  const sent = { indexed: indexedArticleOf(analyzeArticle(text, { companies })), lines: LineIndex.of(text).toArrays() };
  const received = decodeIndexed(encodeIndexed(sent.indexed, sent.lines));
  assert.equal(JSON.stringify(received), JSON.stringify(sent), name);
  assert.deepEqual(received, sent, name);
}

test('the seeds come back exactly', () => {
  const names = readdirSync(SEEDS).sort();
  assert.equal(names.length, 5);
  for (const name of names) assertRoundTrip(readFileSync(join(SEEDS, name), 'utf8'), name);
});

test('300 generated articles come back exactly, with claims of every kind of value', () => {
  const corpus = generateCorpus({ seed: 5, articles: 300 });
  const companies = corpus.companyTable.map((row) => ({ name: row.name, aliases: row.aliases, kind: row.kind }));
  const values = new Set<string>();
  const qualifiers = new Set<string | null>();
  for (const article of corpus.articles) {
    for (const claim of analyzeArticle(article.text, { companies }).claims) {
      values.add(typeof claim.value);
      qualifiers.add(claim.qualifier);
    }
    assertRoundTrip(article.text, article.path, companies);
  }
  assert.deepEqual([...values].sort(), ['number', 'string']);
  assert.deepEqual([...qualifiers].map(String).sort(), ['about', 'atLeast', 'null', 'under', 'upTo']);
});

test('an empty article, an article without claims and CRLF line breaks come back exactly', () => {
  assertRoundTrip('', 'empty');
  assertRoundTrip('Siemens und BMW.\r\nOhne Zahlen.\r', 'no claims');
  assertRoundTrip('date 2026-01-30\r\nAmazon investiert bis zu 50 Milliarden in OpenAI.\n', 'crlf');
  const decoded = decodeIndexed(encodeIndexed(indexedArticleOf(analyzeArticle('Siemens und BMW.\r\nSiemens.')), LineIndex.of('Siemens und BMW.\r\nSiemens.').toArrays()));
  assert.deepEqual(decoded.indexed.companyNames, ['Siemens', 'BMW']);
  assert.deepEqual(decoded.indexed.companySpans, [[0, 7, 18, 25], [12, 15]]);
  assert.deepEqual(decoded.lines, { starts: [0, 18], contentEnds: [16, 26], length: 26 });
});

test('indexArticle gives what indexedArticleOf reads of the whole analysis, for the seeds and 300 generated articles', () => {
  const corpus = generateCorpus({ seed: 5, articles: 300 });
  const companies = corpus.companyTable.map((row) => ({ name: row.name, aliases: row.aliases, kind: row.kind }));
  const texts: [string, CompanyRow[]][] = [
    ...readdirSync(SEEDS).sort().map((name) => [readFileSync(join(SEEDS, name), 'utf8'), []] as [string, CompanyRow[]]),
    ...corpus.articles.map((article) => [article.text, companies] as [string, CompanyRow[]]),
    ['', []],
  ];
  let claims = 0;
  for (const [text, rows] of texts) {
    const whole = analyzeArticle(text, { companies: rows });
    // The whole analysis explains every claim; the index's analysis leaves that out.
    for (const claim of whole.claims) assert.match(claim.reason, /^measure /);
    claims += whole.claims.length;
    assert.equal(JSON.stringify(indexArticle(text, { companies: rows })), JSON.stringify(indexedArticleOf(whole)));
  }
  assert.equal(claims, 3608);
});
