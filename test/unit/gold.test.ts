// The yardstick must itself be right: every gold file must load with each mention found where its
// text says, and the scoring must count true and false positives exactly as documented.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  findOccurrence,
  formatScoreTable,
  loadGold,
  repoRoot,
  scoreMentions,
  sumReports,
  type GoldArticle,
  type PredictedMention,
} from '../support/gold';

const goldDir = path.join(repoRoot, 'test', 'gold');
const goldFiles = readdirSync(goldDir).filter((name) => name.endsWith('.json')).sort();

test('there is one gold file per seed', () => {
  const seeds = readdirSync(path.join(repoRoot, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
  assert.deepEqual(
    goldFiles,
    seeds.map((name) => name.replace(/\.txt$/, '.json')),
  );
});

for (const name of goldFiles) {
  test(`gold ${name} loads, and every mention's offsets point at its text`, () => {
    const gold = loadGold(path.join(goldDir, name));
    assert.ok(gold.mentions.length > 0);
    assert.match(gold.published ?? '', /^\d{4}-\d{2}-\d{2}$/);
    for (const mention of gold.mentions) {
      assert.equal(gold.text.slice(mention.start, mention.end), mention.text);
    }
    // Gold mentions never overlap: each piece of text is annotated once.
    for (let i = 1; i < gold.mentions.length; i++) {
      assert.ok(
        gold.mentions[i - 1].end <= gold.mentions[i].start,
        `${name}: ${JSON.stringify(gold.mentions[i - 1].text)} overlaps ${JSON.stringify(gold.mentions[i].text)}`,
      );
    }
  });
}

test('findOccurrence counts non-overlapping matches from the left', () => {
  assert.equal(findOccurrence('aaaa', 'aa', 1), 0);
  assert.equal(findOccurrence('aaaa', 'aa', 2), 2);
  assert.equal(findOccurrence('aaaa', 'aa', 3), -1);
  assert.equal(findOccurrence('Amazon Amazons', 'Amazon', 2), 7);
  assert.equal(findOccurrence('abc', 'x', 1), -1);
  assert.equal(findOccurrence('abc', 'a', 0), -1);
});

test('loadGold names the missing text and how often it occurs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'finnews-gold-'));
  writeFileSync(path.join(dir, 'article.txt'), 'Amazon kauft. Amazon verkauft.');
  const goldPath = path.join(dir, 'article.json');
  writeFileSync(
    goldPath,
    JSON.stringify({
      file: 'article.txt',
      published: '2026-01-30',
      language: 'de',
      mentions: [{ kind: 'company', text: 'Amazon', occurrence: 3, name: 'Amazon' }],
    }),
  );
  assert.throws(() => loadGold(goldPath, dir), /"Amazon" occurrence 3 not found in article\.txt \(the text occurs 2 time\(s\)\)/);
});

/** A small article with known gold, written out so the expected counts can be checked by eye. */
function exampleGold(): GoldArticle {
  // Offsets:   0         1         2         3         4         5         6
  //            0123456789012345678901234567890123456789012345678901234567890123456789
  const text = 'Amazon zahlt bis zu 50 Mrd. Dollar, rund 20 Prozent, am 5. Februar.';
  return {
    goldPath: 'example.json',
    file: 'example.txt',
    text,
    published: '2026-01-30',
    language: 'de',
    mentions: [
      { kind: 'company', text: 'Amazon', occurrence: 1, name: 'Amazon', start: 0, end: 6 },
      { kind: 'money', text: '50 Mrd. Dollar', occurrence: 1, value: 50e9, currency: 'USD', qualifier: 'upTo', start: 20, end: 34 },
      { kind: 'percent', text: '20 Prozent', occurrence: 1, value: 20, qualifier: 'about', start: 41, end: 51 },
      { kind: 'date', text: '5. Februar', occurrence: 1, value: '2026-02-05', start: 56, end: 66 },
    ],
  };
}

test('the example gold offsets are right', () => {
  const gold = exampleGold();
  for (const m of gold.mentions) assert.equal(gold.text.slice(m.start, m.end), m.text);
});

test('scoreMentions counts overlap matches one-to-one and lists value mismatches', () => {
  const gold = exampleGold();
  const predicted: PredictedMention[] = [
    // Overlaps the money with a wider span, but drops the qualifier: a match with a value mismatch.
    { kind: 'money', start: 13, end: 34, value: 50e9, currency: 'USD', qualifier: null },
    // A second prediction over the same money cannot match it again: a false positive.
    { kind: 'money', start: 28, end: 34, value: null, currency: 'USD' },
    // Same span as the percent but the wrong kind: a false positive for quantity, a miss for percent.
    { kind: 'quantity', start: 41, end: 51, value: 20, unit: 'percent' },
    // A correct date, and a date where there is none.
    { kind: 'date', start: 53, end: 66, value: '2026-02-05' },
    { kind: 'date', start: 7, end: 12, value: '2026-01-30' },
    // The company with the wrong canonical name.
    { kind: 'company', start: 0, end: 6, name: 'Amazon.com' },
  ];
  const report = scoreMentions(gold, predicted, ['money', 'percent', 'quantity', 'figures', 'date', 'company', 'person']);

  assert.deepEqual(pick(report.money), { tp: 1, fp: 1, fn: 0 });
  assert.equal(report.money?.precision, 0.5);
  assert.equal(report.money?.recall, 1);
  assert.equal(report.money?.f1, 2 / 3);
  assert.deepEqual(report.money?.valueMismatches, [
    {
      kind: 'money',
      file: 'example.txt',
      goldText: '50 Mrd. Dollar',
      start: 20,
      expected: '50000000000 USD upTo',
      predicted: '50000000000 USD qualifier=∅',
    },
  ]);
  assert.deepEqual(pick(report.percent), { tp: 0, fp: 0, fn: 1 });
  assert.equal(report.percent?.f1, 0);
  assert.deepEqual(pick(report.quantity), { tp: 0, fp: 1, fn: 0 });
  assert.deepEqual(pick(report.figures), { tp: 1, fp: 2, fn: 1 });
  assert.equal(report.figures?.valueMismatches.length, 1);
  assert.deepEqual(pick(report.date), { tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(report.date?.valueMismatches, []);
  assert.deepEqual(pick(report.company), { tp: 1, fp: 0, fn: 0 });
  assert.equal(report.company?.valueMismatches[0]?.predicted, 'Amazon.com');
  // No person expected and none predicted: trivially perfect, not NaN.
  assert.deepEqual(pick(report.person), { tp: 0, fp: 0, fn: 0 });
  assert.equal(report.person?.f1, 1);
});

test('fields a tool cannot produce can be left out of the value comparison', () => {
  const gold = exampleGold();
  const predicted: PredictedMention[] = [{ kind: 'money', start: 20, end: 34, value: 50e9, currency: 'USD' }];
  const strict = scoreMentions(gold, predicted, ['money']);
  const lenient = scoreMentions(gold, predicted, ['money'], { notComparable: ['qualifier'] });
  assert.equal(strict.money?.valueMismatches.length, 1);
  assert.equal(lenient.money?.valueMismatches.length, 0);
});

test('a wrong currency or a rounded value is a value mismatch', () => {
  const gold = exampleGold();
  const wrongCurrency = scoreMentions(gold, [{ kind: 'money', start: 20, end: 34, value: 50e9, currency: 'EUR', qualifier: 'upTo' }], ['money']);
  const wrongValue = scoreMentions(gold, [{ kind: 'money', start: 20, end: 34, value: 5e9, currency: 'USD', qualifier: 'upTo' }], ['money']);
  const representationNoise = scoreMentions(
    gold,
    [{ kind: 'money', start: 20, end: 34, value: 50e9 * (1 + 1e-15), currency: 'USD', qualifier: 'upTo' }],
    ['money'],
  );
  assert.equal(wrongCurrency.money?.valueMismatches.length, 1);
  assert.equal(wrongValue.money?.valueMismatches.length, 1);
  assert.equal(representationNoise.money?.valueMismatches.length, 0);
});

test('sumReports adds counts across articles and recomputes the rates', () => {
  const gold = exampleGold();
  const perfect = scoreMentions(gold, [{ kind: 'date', start: 56, end: 66, value: '2026-02-05' }], ['date']);
  const empty = scoreMentions(gold, [], ['date']);
  const total = sumReports([perfect, empty], ['date']);
  assert.deepEqual(pick(total.date), { tp: 1, fp: 0, fn: 1 });
  assert.equal(total.date?.precision, 1);
  assert.equal(total.date?.recall, 0.5);
});

test('formatScoreTable prints one Markdown row per tool', () => {
  const gold = exampleGold();
  const report = scoreMentions(gold, [{ kind: 'date', start: 56, end: 66, value: '2026-02-05' }], ['date']);
  assert.equal(
    formatScoreTable([{ label: 'x', report, extra: ['12'] }, { label: 'y', report: {} }], ['date'], ['KB/s']),
    [
      '| tool | date P | date R | date F1 | date values exact | KB/s |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| x | 1.00 | 1.00 | 1.00 | 100% (1/1) | 12 |',
      '| y | n/a | n/a | n/a | n/a |',
    ].join('\n'),
  );
});

function pick(score: { tp: number; fp: number; fn: number } | undefined): { tp: number; fp: number; fn: number } | undefined {
  return score && { tp: score.tp, fp: score.fp, fn: score.fn };
}
