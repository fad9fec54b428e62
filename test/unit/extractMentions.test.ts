// extractMentions is analyzeArticle's extraction stage alone (the benchmark times it as the
// extraction): on every seed it must find exactly the mentions, language and publication date the
// whole analysis returns, and none of the claims' work.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeArticle, extractMentions } from '../../server/src/analysis';

const seedsDir = path.join(__dirname, '../../seeds');
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();

test('extractMentions finds what analyzeArticle finds, on every seed', () => {
  const counts: number[] = [];
  for (const name of seeds) {
    const text = readFileSync(path.join(seedsDir, name), 'utf8');
    const whole = analyzeArticle(text);
    const extraction = extractMentions(text);
    assert.deepEqual(extraction.mentions, whole.mentions, name);
    assert.equal(extraction.language, whole.language, name);
    assert.equal(extraction.publication.date, whole.published, name);
    assert.equal(extraction.publication.source, whole.publishedSource, name);
    assert.deepEqual(extraction.problems, whole.problems, name);
    counts.push(extraction.mentions.length);
  }
  assert.deepEqual(counts, COUNTS);
});

test('extractMentions on a short text: the figure, the company and the date, normalized', () => {
  const extraction = extractMentions('Frankfurt, 3. Februar 2026. Amazon investiert bis zu 50 Mrd. US-Dollar in OpenAI.');
  assert.deepEqual(
    extraction.mentions.map((m) => [m.kind, m.text, 'value' in m ? m.value : 'name' in m ? m.name : null]),
    EXPECTED,
  );
});

const COUNTS = [47, 51, 84, 54, 66];

const EXPECTED = [
  ['date', '3. Februar 2026', '2026-02-03'],
  ['company', 'Amazon', 'Amazon'],
  ['money', 'bis zu 50 Mrd. US-Dollar', 50_000_000_000],
  ['company', 'OpenAI', 'OpenAI'],
];
