// Protocol: semantic tokens (full and range) from the real server, decoded with the advertised legend;
// and the encoder itself on cases the extractor does not produce (a mention across a line break).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import type { Mention } from '../../server/src/analysis/model';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { decodeSemanticTokens, encodeSemanticTokens } from '../../server/src/lsp/semanticTokens';
import { copySeeds, removeDir, TestClient, uriOf } from './harness';

/** A small article with CRLF line ends and an emoji (two UTF-16 units) before a name. */
const siemensArticle =
  'München, 12. März 2026 – Siemens investiert rund 2,5 Milliarden Euro in ein neues Werk.\r\n' +
  'Die Siemens-Aktie stieg um 3,4 Prozent auf 180,50 Euro. 🚀 Vorstandschef Roland Busch sprach von bis zu 2.000 neuen Stellen.\r\n';

describe('semantic tokens', () => {
  let dir: string;
  let client: TestClient;
  const siemensUri = () => uriOf(path.join(dir, 'siemens.news'));

  const tokensOf = async (uri: string): Promise<SemanticTokens> =>
    client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });

  before(async () => {
    dir = copySeeds();
    ({ client } = await TestClient.start(dir));
    await client.indexed();
    // Opened but never saved: the editor's text is the article.
    await client.open(siemensUri(), siemensArticle, 'finnews-article');
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('decodes to exactly the mentions of a small article, in UTF-16 columns', async () => {
    assert.deepEqual(decodeSemanticTokens((await tokensOf(siemensUri())).data), [
      { line: 0, character: 9, length: 13, type: 'date', modifiers: [] }, // 12. März 2026
      { line: 0, character: 25, length: 7, type: 'company', modifiers: [] }, // Siemens
      { line: 0, character: 44, length: 24, type: 'money', modifiers: ['approximate'] }, // rund 2,5 Milliarden Euro
      { line: 1, character: 4, length: 7, type: 'company', modifiers: [] }, // Siemens(-Aktie)
      { line: 1, character: 27, length: 11, type: 'percent', modifiers: [] }, // 3,4 Prozent
      { line: 1, character: 43, length: 11, type: 'money', modifiers: [] }, // 180,50 Euro
      // "🚀 " takes three UTF-16 units, so the name starts at 73, not 72.
      { line: 1, character: 73, length: 12, type: 'person', modifiers: [] }, // Roland Busch
      { line: 1, character: 97, length: 26, type: 'quantity', modifiers: ['bound'] }, // bis zu 2.000 neuen Stellen
    ]);
  });

  it('answers a range request with the tokens inside the range only', async () => {
    const result: SemanticTokens = await client.connection.sendRequest('textDocument/semanticTokens/range', {
      textDocument: { uri: siemensUri() },
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 40 } },
    });
    // Relative encoding starts again at line 0, character 0 of the document.
    assert.deepEqual(decodeSemanticTokens(result.data), [
      { line: 1, character: 4, length: 7, type: 'company', modifiers: [] },
      { line: 1, character: 27, length: 11, type: 'percent', modifiers: [] },
    ]);
  });

  it('covers every mention of a seed, and marks the figures in the conflict', async () => {
    const name = '001_d03fd6a6cf6b45a2.txt';
    const uri = uriOf(path.join(dir, name));
    await client.open(uri, readFileSync(path.join(dir, name), 'utf8'));
    const tokens = decodeSemanticTokens((await tokensOf(uri)).data);
    const counts: Record<string, number> = {};
    for (const token of tokens) counts[token.type] = (counts[token.type] ?? 0) + 1;
    // Counted by hand in the seed: Amazon 16 (with "Amazons"), OpenAI 7, Microsoft 3, Nvidia 2, AWS 2,
    // Google Cloud 1, ChatGPT-Unternehmen 1; Freitag ×3, Februar 2026, Oktober 2025, Ende Q1 2026,
    // 20. Dezember ×2; 10 / mindestens 10 / bis zu 100 / rund 830 Milliarden Dollar, 227,35 Dollar;
    // 370 Stellen, 4.370 Mitarbeitern, etwa 14.000 Stellen; 8,5 / 96 / 60 Prozent.
    assert.deepEqual(counts, { company: 32, money: 5, date: 8, quantity: 3, percent: 3 });
    assert.deepEqual(
      tokens.filter((token) => token.modifiers.includes('conflicting')).map(({ line, character, length, modifiers }) => ({ line, character, length, modifiers })),
      [
        { line: 0, character: 53, length: 20, modifiers: ['conflicting'] }, // 10 Milliarden Dollar
        { line: 2, character: 41, length: 31, modifiers: ['bound', 'conflicting'] }, // mindestens 10 Milliarden Dollar
      ],
    );
  });
});

describe('semantic token encoding', () => {
  const money = (start: number, end: number, text: string): Mention => ({
    kind: 'money', start, end, text, value: 5e10, currency: 'USD', qualifier: 'upTo', precision: 1e9,
  });

  it('splits a mention that spans a line break into one token per line', () => {
    const text = 'Amazon: bis zu 50 Milliarden\r\nUS-Dollar für OpenAI';
    const mention = money(8, text.indexOf(' für'), 'bis zu 50 Milliarden\r\nUS-Dollar');
    const { data } = encodeSemanticTokens([mention], LineIndex.of(text), new Set([0]));
    assert.deepEqual(decodeSemanticTokens(data), [
      { line: 0, character: 8, length: 20, type: 'money', modifiers: ['bound', 'conflicting'] },
      { line: 1, character: 0, length: 9, type: 'money', modifiers: ['bound', 'conflicting'] },
    ]);
    // The raw encoding: deltas relative to the previous token.
    assert.deepEqual(data, [0, 8, 20, 0, 6, 1, 0, 9, 0, 6]);
  });

  it('encodes an empty article as no tokens', () => {
    assert.deepEqual(encodeSemanticTokens([], LineIndex.of(''), new Set()), { data: [] });
  });
});
