// Issue 6, "finnews never writes to an article": the CLI runs over a copy of the seeds (readable and
// JSON reports); afterwards every file has the same bytes (sha256), the same modification time, and
// the folder holds no new file.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildPrivateCli, runCliProcess } from './helpers';

function fingerprint(folder: string): Record<string, { sha256: string; mtimeMs: number; size: number }> {
  const result: Record<string, { sha256: string; mtimeMs: number; size: number }> = {};
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    const stats = statSync(path);
    result[name] = { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: stats.mtimeMs, size: stats.size };
  }
  return result;
}

let folder: string;
let cli: Awaited<ReturnType<typeof buildPrivateCli>>;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'finnews-seeds-copy-'));
  cpSync('seeds', folder, { recursive: true, preserveTimestamps: true });
  cli = await buildPrivateCli();
});
after(() => {
  rmSync(folder, { recursive: true, force: true });
  cli?.dispose();
});

test('the CLI leaves every article byte-identical with the same modification time', () => {
  const before = fingerprint(folder);
  assert.equal(Object.keys(before).length, 5);
  for (const args of [[folder], ['--json', folder], ['--json', ...Object.keys(before).map((name) => join(folder, name))]]) {
    const run = runCliProcess(cli.cliPath, args, 60_000);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.timedOut, false);
  }
  assert.deepEqual(fingerprint(folder), before);
});
