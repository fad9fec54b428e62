// Issue 6, "Data": the reviewed-conflicts file is the only file finnews writes. It is written
// atomically (no temporary file survives, a failed write leaves the old file), validated on read, and
// a file that fails validation is reported clearly and never overwritten.

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { ReviewedConflict } from '../../server/src/analysis';
import { readReviewedFile, replaceFileAtomically, writeReviewedFile } from '../../server/src/io';

const investment: ReviewedConflict = {
  factId: 'Amazon|investment|USD|OpenAI|current|',
  values: ['10000000000', 'upTo 50000000000'],
  note: 'First report was an early figure.',
  reviewedAt: '2026-02-06T09:00:00.000Z',
};
const valuation: ReviewedConflict = { factId: 'OpenAI|valuation|USD||current|', values: ['830000000000', '850000000000'] };

/** The exact text written for [investment, valuation], whatever order they are given in. */
const expectedText = `{
  "version": 1,
  "reviewed": [
    {
      "factId": "Amazon|investment|USD|OpenAI|current|",
      "values": [
        "10000000000",
        "upTo 50000000000"
      ],
      "note": "First report was an early figure.",
      "reviewedAt": "2026-02-06T09:00:00.000Z"
    },
    {
      "factId": "OpenAI|valuation|USD||current|",
      "values": [
        "830000000000",
        "850000000000"
      ]
    }
  ]
}
`;

describe('the reviewed-conflicts file', () => {
  let folder: string;
  let path: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'finnews-reviewed-'));
    path = join(folder, '.finnews', 'reviewed-conflicts.json');
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('a missing file reads as no reviewed conflicts', async () => {
    assert.deepEqual(await readReviewedFile(path), { ok: true, reviewed: [] });
  });

  test('round trip: written sorted and pretty-printed, read back equal, its folder created', async () => {
    await writeReviewedFile(path, [valuation, investment]);
    assert.equal(await readFile(path, 'utf8'), expectedText);
    assert.deepEqual(await readReviewedFile(path), { ok: true, reviewed: [investment, valuation] });
    // Writing what was read gives the same bytes: the file is stable under review tools and diffs.
    await writeReviewedFile(path, (await readReviewedFile(path) as { reviewed: ReviewedConflict[] }).reviewed);
    assert.equal(await readFile(path, 'utf8'), expectedText);
  });

  test('leaves no temporary file behind, also when many writes race', async () => {
    await writeReviewedFile(path, [investment]);
    await Promise.all(Array.from({ length: 20 }, (_, index) => writeReviewedFile(path, [{ ...valuation, note: `write ${index}` }])));
    assert.deepEqual(await readdir(join(folder, '.finnews')), ['reviewed-conflicts.json']);
    const result = await readReviewedFile(path);
    assert.ok(result.ok && result.reviewed.length === 1 && /^write \d+$/.test(result.reviewed[0].note ?? ''), JSON.stringify(result));
  });

  test('a write that fails at the rename leaves the target as it was and no temporary file', async () => {
    // A non-empty folder where the file should be makes the final rename fail after the temporary
    // file is written and flushed. (writeReviewedFile itself refuses earlier, at validation.)
    await mkdir(join(path, 'occupied'), { recursive: true });
    await assert.rejects(replaceFileAtomically(path, expectedText), (error: Error) => error.message.startsWith(`finnews could not write ${path}: `));
    assert.deepEqual(await readdir(join(folder, '.finnews')), ['reviewed-conflicts.json']);
    assert.deepEqual(await readdir(path), ['occupied']);
  });

  const corruptFiles: [string, string, string][] = [
    ['half-written JSON', '{ "version": 1, "reviewed": [ { "factId": "x", ', 'not valid JSON ('],
    ['a newer version', '{ "version": 2, "reviewed": [] }', '"version" is 2, but this finnews reads version 1'],
    ['no version', '{ "reviewed": [] }', '"version" is undefined, but this finnews reads version 1'],
    ['reviewed is not a list', '{ "version": 1, "reviewed": {} }', '"reviewed" must be an array'],
    ['an entry without factId', '{ "version": 1, "reviewed": [ { "values": [] } ] }', 'reviewed[0]: "factId" must be a non-empty string'],
    ['a number among the values', '{ "version": 1, "reviewed": [ { "factId": "x", "values": [1] } ] }', 'reviewed[0]: "values" must be an array of strings'],
    ['a misspelt field', '{ "version": 1, "reviewed": [ { "factId": "x", "values": [], "notes": "typo" } ] }', 'reviewed[0]: unknown field "notes"'],
    ['a JSON array', '[]', 'expected an object with "version" and "reviewed"'],
  ];
  for (const [what, content, problem] of corruptFiles) {
    test(`${what}: a clear reason naming the file, and the file is never overwritten`, async () => {
      await mkdir(join(folder, '.finnews'));
      await writeFile(path, content);
      const before = await stat(path);
      const result = await readReviewedFile(path);
      assert.equal(result.ok, false);
      assert.ok(!result.ok && result.reason.startsWith(`${path}: ${problem}`), `reason was: ${!result.ok && result.reason}`);
      await assert.rejects(writeReviewedFile(path, [investment]), (error: Error) =>
        error.message.startsWith(`finnews did not overwrite ${path}: ${problem}`) && error.message.endsWith('Fix or delete the file, then mark the conflict again.'),
      );
      assert.equal(await readFile(path, 'utf8'), content);
      assert.equal((await stat(path)).mtimeMs, before.mtimeMs);
      assert.deepEqual(await readdir(join(folder, '.finnews')), ['reviewed-conflicts.json']);
    });
  }

  test('refuses to write malformed entries', async () => {
    await assert.rejects(writeReviewedFile(path, [{ factId: '', values: [] }]), /the new content is invalid \(reviewed\[0\]: "factId" must be a non-empty string\)/);
    await assert.rejects(stat(path), { code: 'ENOENT' });
  });
});
