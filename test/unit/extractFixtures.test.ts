// Fixture folders: test/fixtures/extract/<case>/{article.txt, expected.json}. Each expectation lists
// every mention and claim as one readable line. UPDATE_EXPECT=1 rewrites the expectations from the
// current output; read the diff before committing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, type Article, type Mention } from '../../server/src/analysis';

const root = path.join(__dirname, '..', 'fixtures', 'extract');
const update = process.env.UPDATE_EXPECT === '1';

/** One line per mention: `kind "text" @start → value [details]`. */
function describeMention(m: Mention): string {
  const head = `${m.kind} ${JSON.stringify(m.text)} @${m.start}`;
  switch (m.kind) {
    case 'money': return `${head} → ${m.qualifier ? `${m.qualifier} ` : ''}${m.value} ${m.currency}${m.currencyInferred ? ' (inferred)' : ''}`;
    case 'percent': return `${head} → ${m.qualifier ? `${m.qualifier} ` : ''}${m.value} ${m.unit}`;
    case 'quantity': return `${head} → ${m.qualifier ? `${m.qualifier} ` : ''}${m.value} ${m.unit}`;
    case 'date': return `${head} → ${m.value} (${m.precision}, ${m.role})`;
    default: return `${head} → ${m.name}`;
  }
}

function describe(article: Article): object {
  return {
    published: article.published,
    language: article.language,
    problems: article.problems.map((p) => p.code),
    mentions: article.mentions.map(describeMention),
    claims: article.claims.map((c) => `${JSON.stringify(article.mentions[c.mention].text)} → ${c.keyId}`),
  };
}

for (const name of readdirSync(root).sort()) {
  const dir = path.join(root, name);
  test(`extraction fixture: ${name}`, () => {
    const text = readFileSync(path.join(dir, 'article.txt'), 'utf8');
    const actual = describe(analyzeArticle(text));
    const expectedPath = path.join(dir, 'expected.json');
    if (update || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (!update) assert.fail(`${expectedPath} did not exist; it was written from the current output: review it`);
      return;
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
