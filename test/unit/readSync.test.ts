// The worker threads' synchronous reader must give exactly what the asynchronous one gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readArticleFile, readArticleFileSync } from '../../server/src/io';

const dir = mkdtempSync(path.join(tmpdir(), 'finnews-readsync-'));
const files: Record<string, Buffer> = {
  'good.txt': Buffer.from('date 2026-01-30\nAmazon investiert 50 Milliarden US-Dollar.\n', 'utf8'),
  'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Umsatz: 3,2 Mrd. €', 'utf8')]),
  'cp1252.txt': Buffer.from([0x55, 0x6d, 0x73, 0xe4, 0x74, 0x7a, 0x20, 0x33, 0x20, 0x80]),
  'pdf.txt': Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'),
  'big.txt': Buffer.alloc(3000, 0x41),
  'empty.txt': Buffer.alloc(0),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
mkdirSync(path.join(dir, 'folder.txt'));

for (const name of [...Object.keys(files), 'folder.txt', 'missing.txt']) {
  test(`readArticleFileSync equals readArticleFile: ${name}`, async () => {
    const options = { maxBytes: 2048 };
    assert.deepEqual(readArticleFileSync(path.join(dir, name), options), await readArticleFile(path.join(dir, name), options));
  });
}
