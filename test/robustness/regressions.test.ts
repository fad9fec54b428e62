// Issue 6, "Every crash found is kept in a regression corpus": each file in ./regressions once crashed
// the analysis, broke an invariant, or was slow. Each runs in a child process bounded to 20 seconds
// (a failure condition, not a measurement), because a slow synchronous analysis cannot be interrupted
// from inside the test's own process. How to add a file: regressions/README.md.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const corpusFolder = join(__dirname, 'regressions');
const boundMs = 20_000;
const corpus = readdirSync(corpusFolder).filter((name) => name.endsWith('.txt') || name.endsWith('.json')).sort();

describe('regression corpus', () => {
  test('holds the inputs the README lists', () => {
    assert.ok(corpus.length >= 2, `only ${corpus.length} files in ${corpusFolder}`);
  });

  for (const name of corpus) {
    test(name, () => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'analyzeRegression.ts'), join(corpusFolder, name)], {
        encoding: 'utf8',
        timeout: boundMs,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
      });
      assert.equal(child.signal, null, `${name}: analysis did not finish within ${boundMs / 1000} s`);
      assert.equal(child.status, 0, `${name}: the analysis process failed:\n${child.stderr}`);
      assert.deepEqual(JSON.parse(child.stdout), [], `${name}: invariants broken`);
    });
  }
});
