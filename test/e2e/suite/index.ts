// The entry the extension host calls (`extensionTestsPath`): it runs the end-to-end tests with mocha
// inside VS Code and reports to the harness (test/e2e/run.mjs) through files, because the harness may
// sit in another process tree (code-server) and cannot read the extension host's exit code:
//   - FINNEWS_E2E_PROGRESS: one JSON line per finished test, so the harness can print as tests finish;
//   - FINNEWS_E2E_RESULTS: the summary {passed, failed, tests}, written once at the end (atomically).
// Without the environment variables the files go next to this bundle.

import { appendFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { defineFinnewsTests } from './finnews.e2e';

/** One finished test as the harness prints it. */
export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

/** The summary the harness waits for. */
export interface SuiteSummary {
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
}

/** Runs the suite; resolves when every test passed, rejects otherwise (as @vscode/test-electron expects). */
export function run(): Promise<void> {
  const resultsPath = process.env.FINNEWS_E2E_RESULTS ?? path.join(__dirname, 'results.json');
  const progressPath = process.env.FINNEWS_E2E_PROGRESS ?? path.join(__dirname, 'progress.jsonl');
  writeFileSync(progressPath, '');

  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  if (process.env.FINNEWS_E2E_GREP) mocha.grep(process.env.FINNEWS_E2E_GREP);
  // The tests are bundled into this file, so there is no test file for mocha to load; announcing one
  // installs describe/it as globals exactly as loading a file would.
  mocha.suite.emit('pre-require', globalThis, path.join(__dirname, 'finnews.e2e.js'), mocha);
  defineFinnewsTests();

  const tests: TestResult[] = [];
  const record = (result: TestResult): void => {
    tests.push(result);
    appendFileSync(progressPath, JSON.stringify(result) + '\n');
  };

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary: SuiteSummary = {
        passed: tests.filter((test) => test.state === 'passed').length,
        failed: tests.filter((test) => test.state === 'failed').length,
        pending: tests.filter((test) => test.state === 'pending').length,
        tests,
      };
      // Written to a temporary name and renamed, so the polling harness never reads half a file.
      writeFileSync(resultsPath + '.partial', JSON.stringify(summary, null, 2));
      renameSync(resultsPath + '.partial', resultsPath);
      if (failures > 0 || summary.passed === 0) reject(new Error(`${summary.failed} of ${tests.length} end-to-end tests failed`));
      else resolve();
    });
    runner.on('pass', (test) => record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('pending', (test) => record({ title: test.fullTitle(), state: 'pending' }));
    // A failing hook reports here too, so a broken before() is counted instead of hiding its tests.
    runner.on('fail', (test, error: Error) =>
      record({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error.stack ?? String(error) }),
    );
  });
}
