// Protocol: hovers on a figure (the fact across the other articles), a company and a date, in the
// seeds after the background index.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { copySeeds, rangeOf, removeDir, TestClient, uriOf } from './harness';

describe('hover', () => {
  let dir: string;
  let client: TestClient;
  let text001: string;
  let uri001: string;

  const seed = (name: string) => ({ uri: uriOf(path.join(dir, name)), text: readFileSync(path.join(dir, name), 'utf8') });

  /** Hovers the given occurrence of a needle, one character into it. */
  async function hover(needle: string, occurrence = 1): Promise<Hover | null> {
    const { start } = rangeOf(text001, needle, occurrence);
    return client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri001 },
      position: { line: start.line, character: start.character + 1 },
    });
  }

  before(async () => {
    dir = copySeeds();
    ({ client } = await TestClient.start(dir));
    await client.indexed();
    ({ uri: uri001, text: text001 } = seed('001_d03fd6a6cf6b45a2.txt'));
    await client.open(uri001, text001);
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('on "10 Milliarden Dollar" shows the value, the fact, the conflict and every other article\'s 50 bn', async () => {
    /** A row of the table: which article, which occurrence of which text, and the article's date. */
    const row = (name: string, needle: string, occurrence: number, date: string) => {
      const { uri, text } = seed(name);
      const { start } = rangeOf(text, needle, occurrence);
      return `| ≤ 50 000 000 000 USD | ${date} | [${name}:${start.line + 1}](${uri}#L${start.line + 1},${start.character + 1}) |`;
    };
    const expected = [
      '**10 000 000 000 USD**',
      'Amazon → OpenAI · investment (current)',
      '**Conflict** (value-changed-over-time): Amazon → OpenAI · investment: the reported value changed over time. ' +
        '001\\_d03fd6a6cf6b45a2.txt (2025-12-20) says 10 bn USD; 000\\_c8c95a676d34506b.txt (2026-02-03), ' +
        '002\\_a365eef2ac63f869.txt (2026-01-30), 003\\_0d1240ef380ee946.txt (2026-01-31), 004\\_74890980bce22e95.txt (2026-01-30) ' +
        'say up to 50 bn USD. Same fact because the same subject (Amazon), counterpart (OpenAI), measure (investment), ' +
        'no period of its own in any of the sentences.',
      [
        '| value | article date | where |',
        '| --- | --- | --- |',
        // Sorted by article date, then article, then place.
        row('002_a365eef2ac63f869.txt', 'bis zu 50 Milliarden US-Dollar', 1, '2026-01-30'),
        row('002_a365eef2ac63f869.txt', 'bis 50 Mrd. Dollar', 1, '2026-01-30'),
        row('002_a365eef2ac63f869.txt', 'bis zu 50 Milliarden US-Dollar', 2, '2026-01-30'),
        row('002_a365eef2ac63f869.txt', 'bis zu 50 Mrd. US-Dollar', 1, '2026-01-30'),
        row('002_a365eef2ac63f869.txt', 'bis zu 50 Milliarden US-Dollar', 3, '2026-01-30'),
        row('004_74890980bce22e95.txt', 'bis zu 50 Milliarden US-Dollar', 1, '2026-01-30'),
        row('004_74890980bce22e95.txt', 'bis zu 50 Milliarden US-Dollar', 2, '2026-01-30'),
        row('004_74890980bce22e95.txt', 'bis zu 50 Milliarden US-Dollar', 3, '2026-01-30'),
        row('003_0d1240ef380ee946.txt', 'bis zu 50 Milliarden Dollar', 1, '2026-01-31'),
        row('000_c8c95a676d34506b.txt', 'bis zu 50 Milliarden US-Dollar', 1, '2026-02-03'),
      ].join('\n'),
    ].join('\n\n');
    const result = await hover('10 Milliarden Dollar');
    assert.deepEqual(result, { contents: { kind: 'markdown', value: expected }, range: rangeOf(text001, '10 Milliarden Dollar') });
  });

  it('on "mindestens 10 Milliarden Dollar" names the qualifier', async () => {
    const result = await hover('mindestens 10 Milliarden Dollar');
    const value = (result?.contents as { value: string }).value;
    assert.equal(value.split('\n\n')[0], '**≥ 10 000 000 000 USD** (at least)');
  });

  it('on a figure that states no fact says so', async () => {
    const result = await hover('96 Prozent');
    assert.deepEqual(result?.contents, {
      kind: 'markdown',
      value: '**96 %**\n\n_Not part of a fact: no measure was recognized around this figure._',
    });
  });

  it('on a company shows its name, aliases and how many articles mention it', async () => {
    const result = await hover('Amazon');
    // 86 times "Amazon" in the seeds, 2 of them inside "Amazon Web Services" (AWS): 84 mentions.
    assert.deepEqual(result, {
      contents: { kind: 'markdown', value: '**Amazon** · company\n\nAliases: Amazon.com\n\nMentioned in 5 articles (84 mentions)' },
      range: rangeOf(text001, 'Amazon'),
    });
  });

  it('on a relative date shows the resolved date and what it was resolved against', async () => {
    // 001 is dated 20 December 2025, a Saturday; "vom Freitag" is the day before.
    const result = await hover('Freitag');
    assert.deepEqual(result, {
      contents: { kind: 'markdown', value: '**2025-12-19** · day\n\nResolved against publication date 2025-12-20' },
      range: rangeOf(text001, 'Freitag'),
    });
  });

  it('on a date written in full says so, with its role', async () => {
    const result = await hover('Ende Q1 2026');
    assert.deepEqual(result?.contents, { kind: 'markdown', value: '**until 2026-Q1** · quarter\n\nWritten in full' });
  });

  it('between mentions is empty', async () => {
    const result = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri001 },
      position: { line: 1, character: 3 },
    });
    assert.equal(result, null);
  });
});
