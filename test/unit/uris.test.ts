// File URIs: the fast spelling of plain paths is exactly Node's pathToFileURL, and back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { pathToUri, uriToPath } from '../../server/src/lsp/uris';

test('pathToUri and uriToPath agree with pathToFileURL and fileURLToPath, plain or not', () => {
  const paths = [
    '/tmp/corpus/2026-01_reuters_00001_0123456789abcdef.txt',
    '/a',
    '/a/b.c/d~e_f-g.TXT',
    '/tmp/with space/ä.txt',
    '/tmp/100%/x#y?z.txt',
    '/tmp/./x.txt',
    '/tmp/../x.txt',
    '/tmp/.hidden/x.txt',
    '/tmp//x.txt',
    '/tmp/x/',
    '/tmp/x:y;z,@$&+=.txt',
  ];
  const uris = paths.map(pathToUri);
  assert.deepEqual(uris, paths.map((p) => pathToFileURL(p).href));
  assert.equal(uris[0], 'file:///tmp/corpus/2026-01_reuters_00001_0123456789abcdef.txt');
  assert.equal(uris[3], 'file:///tmp/with%20space/%C3%A4.txt');
  assert.deepEqual(uris.map(uriToPath), uris.map((u) => fileURLToPath(u)));
  assert.equal(uriToPath('file:///tmp/a%2Db.txt'), '/tmp/a-b.txt');
  assert.equal(uriToPath('untitled:Untitled-1'), null);
});

test('any absolute path of ASCII and German letters spells as pathToFileURL spells it, and reads back', () => {
  const segment = fc.string({ unit: fc.constantFrom(...'abcXYZ019._~-% #?:äß/'.split('')), minLength: 1, maxLength: 8 });
  fc.assert(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
      const filePath = `/${segments.join('/')}`;
      const uri = pathToUri(filePath);
      assert.equal(uri, pathToFileURL(filePath).href);
      assert.equal(uriToPath(uri), fileURLToPath(uri));
    }),
    { numRuns: 2000, seed: 7 },
  );
});
