// Conflict rules and the incremental workspace index, on small articles written for each rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, indexedArticleOf, WorkspaceIndex } from '../../server/src/analysis';
import { compatible } from '../../server/src/analysis/facts/conflicts';
import type { FactClaim } from '../../server/src/analysis';

function claim(value: number, precision: number, qualifier: FactClaim['qualifier'] = null): FactClaim {
  return { articleId: 'a', claim: 0, start: 0, end: 0, text: '', value, qualifier, precision, published: null };
}

test('compatible: rounding and tolerance, never qualifiers', () => {
  assert.equal(compatible(claim(830e9, 1e10, 'about'), claim(832e9, 1e9), 0.01), true, 'rund 830 vs 832');
  assert.equal(compatible(claim(50e9, 1e9, 'upTo'), claim(50e9, 1e9), 0.01), true, 'bis zu 50 vs 50');
  assert.equal(compatible(claim(10e9, 1e9, 'atLeast'), claim(50e9, 1e9, 'upTo'), 0.01), false, 'mindestens 10 vs bis zu 50');
  assert.equal(compatible(claim(1.2e9, 1e8), claim(1.2345e9, 1e5), 0.01), true, '1,2 Mrd. vs 1.234,5 Mio.');
  assert.equal(compatible(claim(16000, 1), claim(16100, 1), 0.01), true, 'within 1 %');
  assert.equal(compatible(claim(16000, 1), claim(16500, 1), 0.01), false);
  assert.equal(compatible(claim(16000, 1), claim(16500, 1), 0.05), true, 'tolerance is a setting');
});

const article = (date: string, body: string) => analyzeArticle(`date ${date}\n${body}\n`);

test('same fact, same period, incompatible values → same-period-disagreement warning', () => {
  const index = new WorkspaceIndex();
  index.setArticle('a.txt', article('2026-03-02', 'Siemens streicht 6.000 Stellen in der Verwaltung.'));
  index.setArticle('b.txt', article('2026-03-03', 'Siemens streicht 5.000 Stellen in der Verwaltung.'));
  const [c] = index.conflicts();
  assert.equal(index.conflicts().length, 1);
  assert.equal(c.rule, 'same-period-disagreement');
  assert.equal(c.severity, 'warning');
  assert.equal(c.message, 'Siemens · job cuts: articles of the same period disagree. a.txt (2026-03-02) says 6,000 jobs; b.txt (2026-03-03) says 5,000 jobs. Same fact because the same subject (Siemens), measure (job cuts), no period of its own in any of the sentences.');
});

test('different periods are a timeline, not a conflict', () => {
  const index = new WorkspaceIndex();
  index.setArticle('a.txt', article('2026-03-02', 'Die Siemens-Aktie schloss am Freitag bei 200,10 Euro.'));
  index.setArticle('b.txt', article('2026-03-10', 'Die Siemens-Aktie schloss am Freitag bei 205,40 Euro.'));
  assert.deepEqual(index.conflicts(), []);
  assert.deepEqual(index.facts().map((f) => f.label), ['Siemens · share price · 2026-02-27', 'Siemens · share price · 2026-03-06']);
});

test('settings: severities per rule, "off" silences, tolerance widens', () => {
  const index = new WorkspaceIndex({ severities: { 'same-period-disagreement': 'information', 'value-changed-over-time': 'warning' } });
  index.setArticle('a.txt', article('2026-03-02', 'Siemens streicht 6.000 Stellen.'));
  index.setArticle('b.txt', article('2026-03-03', 'Siemens streicht 6.200 Stellen.'));
  assert.equal(index.conflicts()[0].severity, 'information');
  const touched = index.updateSettings({ tolerance: 0.05, severities: { 'same-period-disagreement': 'information', 'value-changed-over-time': 'warning' } });
  assert.deepEqual(index.conflicts(), []);
  assert.deepEqual([...touched].sort(), ['a.txt', 'b.txt']);
  index.updateSettings({ tolerance: 0.01, severities: { 'same-period-disagreement': 'off', 'value-changed-over-time': 'warning' } });
  assert.deepEqual(index.conflicts(), []);
});

test('incremental: an edit touches only the articles of the facts it changes', () => {
  const index = new WorkspaceIndex();
  index.setArticle('a.txt', article('2026-03-02', 'Siemens streicht 6.000 Stellen.'));
  index.setArticle('b.txt', article('2026-03-03', 'Siemens streicht 6.000 Stellen.'));
  index.setArticle('c.txt', article('2026-03-03', 'Die BMW-Aktie schloss am Freitag bei 80,10 Euro.'));
  assert.deepEqual(index.conflicts(), []);
  const touched = index.setArticle('b.txt', article('2026-03-03', 'Siemens streicht 5.000 Stellen.'));
  assert.deepEqual([...touched].sort(), ['a.txt', 'b.txt']);
  assert.deepEqual(index.conflictsOf('a.txt').map((c) => c.factId), ['Siemens|jobCuts|jobs||current|']);
  assert.deepEqual(index.conflictsOf('c.txt'), []);
  const removed = index.removeArticle('b.txt');
  assert.deepEqual([...removed].sort(), ['a.txt', 'b.txt']);
  assert.deepEqual(index.conflicts(), []);
  assert.equal(index.size, 2);
});

test('reviewed conflicts stay hidden until a new value appears', () => {
  const index = new WorkspaceIndex();
  index.setArticle('a.txt', article('2026-03-02', 'Siemens streicht 6.000 Stellen.'));
  index.setArticle('b.txt', article('2026-03-03', 'Siemens streicht 5.000 Stellen.'));
  const [c] = index.conflicts();
  assert.deepEqual(c.values, ['5000', '6000']);
  index.setReviewed([{ factId: c.factId, values: c.values }]);
  assert.deepEqual(index.conflicts(), []);
  // An edit that keeps the values keeps it hidden; a new value brings it back.
  index.setArticle('b.txt', article('2026-03-03', 'Heute: Siemens streicht 5.000 Stellen.'));
  assert.deepEqual(index.conflicts(), []);
  index.setArticle('c.txt', article('2026-03-03', 'Siemens streicht 4.000 Stellen.'));
  assert.deepEqual(index.conflicts()[0].values, ['4000', '5000', '6000']);
});

test('companies across articles', () => {
  const index = new WorkspaceIndex();
  index.setArticle('a.txt', article('2026-03-02', 'Siemens und BMW. Siemens wächst.'));
  index.setArticle('b.txt', article('2026-03-03', 'BMW wächst.'));
  assert.deepEqual(index.companies(), [{ name: 'BMW', articles: 2, mentions: 2 }, { name: 'Siemens', articles: 1, mentions: 2 }]);
  assert.deepEqual(index.companyMentions('BMW'), [{ articleId: 'a.txt', start: 28, end: 31 }, { articleId: 'b.txt', start: 16, end: 19 }]);
  // Replacing and removing articles keeps the counts a hover reads.
  index.setArticle('a.txt', article('2026-03-02', 'Siemens, Siemens und Siemens.'));
  assert.deepEqual([index.companySummary('Siemens'), index.companySummary('BMW')], [{ articles: 1, mentions: 3 }, { articles: 1, mentions: 1 }]);
  index.removeArticle('b.txt');
  assert.deepEqual([index.companySummary('BMW'), index.companies()], [undefined, [{ name: 'Siemens', articles: 1, mentions: 3 }]]);
});

test('an article filed from its indexed form alone gives the same facts, conflicts and companies', () => {
  const texts: [string, string, string][] = [
    ['a.txt', '2026-03-02', 'Siemens streicht 6.000 Stellen. Siemens und BMW.'],
    ['b.txt', '2026-03-03', 'Siemens streicht 5.000 Stellen. BMW wächst.'],
    ['c.txt', '2026-03-03', 'Die BMW-Aktie schloss am Freitag bei 80,10 Euro.'],
  ];
  const fromModels = new WorkspaceIndex();
  const fromIndexed = new WorkspaceIndex();
  for (const [id, date, body] of texts) {
    fromModels.setArticle(id, article(date, body));
    fromIndexed.setIndexed(id, indexedArticleOf(article(date, body)));
  }
  const state = (index: WorkspaceIndex) => JSON.stringify([index.facts(), index.conflicts(), index.companies(), index.companyMentions('BMW')]);
  assert.equal(state(fromIndexed), state(fromModels));
  assert.equal(fromIndexed.conflicts().length, 1);
  // The hover asks which fact a figure states: "5.000 Stellen" is mention 2 of b.txt, after its
  // dateline and "Siemens", which state none.
  assert.equal(fromIndexed.factOfMention('b.txt', 2)?.label, 'Siemens · job cuts');
  assert.equal(fromIndexed.factOfMention('b.txt', 1), undefined);
  // Replacing and removing work from the indexed form as well.
  fromIndexed.setIndexed('b.txt', indexedArticleOf(article('2026-03-03', 'Siemens streicht 6.000 Stellen.')));
  assert.deepEqual([fromIndexed.conflicts(), fromIndexed.companySummary('BMW')], [[], { articles: 2, mentions: 2 }]);
  assert.deepEqual(fromIndexed.removeArticle('a.txt'), new Set(['a.txt']));
  assert.deepEqual(fromIndexed.facts().map((f) => [f.label, f.claims.map((c) => c.articleId)]), [
    ['BMW · share price · 2026-02-27', ['c.txt']],
    ['Siemens · job cuts', ['b.txt']],
  ]);
});
