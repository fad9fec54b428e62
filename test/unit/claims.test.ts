// Claim keys read from sentence shapes: who invests in whom, what "damals" refers to, undated figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis';

/** The keys of an article's claims, as "figure text → key id". */
function keys(text: string): string[] {
  const article = analyzeArticle(text);
  return article.claims.map((c) => `${article.mentions[c.mention].text} → ${c.keyId}`);
}

test('the backer is the subject, the company backed the counterpart', () => {
  assert.deepEqual(keys('date 2026-01-30\nNvidia could become the biggest backer of Anthropic with an investment of $200 million.\n'), [
    '$200 million → Nvidia|investment|USD|Anthropic|current|',
  ]);
  assert.deepEqual(keys('date 2026-01-30\nAmazon könnte mit einer Investition von bis zu 50 Milliarden US-Dollar zum wichtigsten Geldgeber von OpenAI aufsteigen.\n'), [
    'bis zu 50 Milliarden US-Dollar → Amazon|investment|USD|OpenAI|current|',
  ]);
});

test('"damals" and ", when" refer to the earlier date of the same sentence', () => {
  assert.deepEqual(keys('date 2026-02-14\nSiemens streicht 3.800 Stellen. Es ist die zweite Runde seit September 2025; damals trennte sich der Konzern von 340 Beschäftigten.\n'), [
    '3.800 Stellen → Siemens|jobCuts|jobs||current|',
    '340 Beschäftigten → Siemens|jobCuts|jobs||2025-09|',
  ]);
  assert.deepEqual(keys('date 2026-02-14\nSiemens will cut 3,800 jobs. It is the second round of cuts since September 2025, when Siemens cut 340 jobs.\n'), [
    '3,800 jobs → Siemens|jobCuts|jobs||current|',
    '340 jobs → Siemens|jobCuts|jobs||2025-09|',
  ]);
});

test('a share price with no date in an undated article has no period', () => {
  assert.deepEqual(keys('Die Siemens-Aktie notiert aktuell bei 200,10 Euro.\n'), ['200,10 Euro → Siemens|sharePrice|EUR||undated|']);
});
