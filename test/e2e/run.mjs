// `npm run test:e2e`: runs the end-to-end suite (test/e2e/suite) inside a real VS Code.
//
// Two runners drive the same suite, which mocha runs inside the extension host:
//   - code-server: VS Code's server from code-server, its workbench in headless Chromium. Used on CI and
//     wherever a desktop VS Code cannot be downloaded (machines that reach only npm and Debian).
//   - electron: @vscode/test-electron with a downloaded desktop VS Code, for contributors with internet.
// FINNEWS_E2E_RUNNER=code-server|electron forces one; otherwise CI (env CI set) uses code-server and a
// desktop falls back to code-server when the download fails.
//
// `node test/e2e/run.mjs --vsix finnews.vsix` runs the same suite against the packaged extension: the
// .vsix is installed with VS Code's `--install-extension` and loaded from where it was installed
// (code-server runner only), which proves the package holds everything the extension needs.
//
// The suite writes a JSON summary {passed, failed, tests} to FINNEWS_E2E_RESULTS and one JSON line per
// finished test to FINNEWS_E2E_PROGRESS; this harness polls them, prints every test, and ends with the
// line "N passed, M failed". It exits non-zero on any failure, on a timeout, or when no test ran.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildProject,
  copySeedsWorkspace,
  ensureCodeServer,
  installVsix,
  log,
  openBrowser,
  pollUntil,
  projectRoot,
  startVSCodeServer,
  suiteBundle,
  temporaryRoot,
} from './harness.mjs';

const runners = ['code-server', 'electron'];
const timeoutMs = Number(process.env.FINNEWS_E2E_TIMEOUT_MS ?? 300_000);

/** Reads the JSON lines the suite appended so far: one {state, title} per finished test. */
function readProgress(progressFile) {
  if (!existsSync(progressFile)) return [];
  return readFileSync(progressFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** Reads the suite's summary, or undefined while it is not (completely) written. */
function readSummary(resultsFile) {
  if (!existsSync(resultsFile)) return undefined;
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    return undefined; // Written atomically by the suite, but a foreign writer could race; poll again.
  }
}

/** Prints one finished test the way mocha's spec reporter would. */
function printTest(test) {
  const mark = test.state === 'passed' ? '✓' : test.state === 'failed' ? '✗' : '-';
  console.log(`  ${mark} ${test.title}${test.durationMs !== undefined ? ` (${test.durationMs} ms)` : ''}`);
  if (test.error) console.log(test.error.split('\n').map((line) => `      ${line}`).join('\n'));
}

/** Picks the runner: forced by env, code-server on CI, else the desktop if it can be downloaded. */
async function pickRunner(cacheRoot) {
  const forced = process.env.FINNEWS_E2E_RUNNER;
  if (forced) {
    if (!runners.includes(forced)) throw new Error(`FINNEWS_E2E_RUNNER must be one of ${runners.join(', ')}, not "${forced}"`);
    return { name: forced, vscodeExecutablePath: forced === 'electron' ? await downloadDesktopVSCode(cacheRoot) : undefined };
  }
  if (process.env.CI) return { name: 'code-server' };
  try {
    return { name: 'electron', vscodeExecutablePath: await downloadDesktopVSCode(cacheRoot) };
  } catch (error) {
    log(`no desktop VS Code (${String(error?.message ?? error).split('\n')[0]}); using code-server`);
    return { name: 'code-server' };
  }
}

async function downloadDesktopVSCode(cacheRoot) {
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  return downloadAndUnzipVSCode({ cachePath: cacheRoot, timeout: 15_000 });
}

/** Runs the suite in code-server's VS Code: server-main.js plus the workbench in headless Chromium. */
async function runInCodeServer({ root, workspace, env, progress, vsix }) {
  ensureCodeServer();
  const extensionPath = vsix ? installVsix(root, vsix) : projectRoot;
  const server = await startVSCodeServer({ root, env });
  log(`VS Code server on ${server.origin} (log: ${server.logFile})`);
  let browser;
  try {
    const opened = await openBrowser();
    browser = opened.browser;
    const pageErrors = [];
    opened.page.on('pageerror', (error) => pageErrors.push(String(error)));
    await opened.page.goto(server.workbenchUrl(workspace, { extensionTestsPath: suiteBundle, extensionPath }));
    log('workbench opened; waiting for the suite');
    return await pollUntil(
      () => {
        progress();
        if (server.exited() !== null) throw new Error(`VS Code's server exited (${server.exited()}); see ${server.logFile}`);
        return readSummary(env.FINNEWS_E2E_RESULTS);
      },
      { timeoutMs, intervalMs: 250, what: `the suite's results (page errors: ${pageErrors.length ? pageErrors.join('; ') : 'none'})` },
    );
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

/** Runs the suite in a desktop VS Code through @vscode/test-electron. */
async function runInElectron({ root, workspace, env, vscodeExecutablePath, progress }) {
  const { runTests } = await import('@vscode/test-electron');
  const ticker = setInterval(progress, 250);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: suiteBundle,
      extensionTestsEnv: env,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(root, 'user-data')}`],
    });
  } catch (error) {
    // runTests rejects when VS Code exits non-zero, which the suite does on a failed test; the summary
    // below tells which. Without a summary the error itself is the failure.
    log(`VS Code exited with an error: ${error?.message ?? error}`);
  } finally {
    clearInterval(ticker);
    progress();
  }
  const summary = readSummary(env.FINNEWS_E2E_RESULTS);
  if (!summary) throw new Error('VS Code exited without writing the suite results');
  return summary;
}

async function main() {
  const started = Date.now();
  buildProject();
  const temporary = temporaryRoot('finnews-e2e-');
  const env = {
    FINNEWS_E2E_RESULTS: join(temporary.root, 'results.json'),
    FINNEWS_E2E_PROGRESS: join(temporary.root, 'progress.jsonl'),
  };
  let printed = 0;
  const progress = () => {
    const finished = readProgress(env.FINNEWS_E2E_PROGRESS);
    for (; printed < finished.length; printed++) printTest(finished[printed]);
  };

  let summary;
  let failure;
  try {
    const workspace = copySeedsWorkspace(temporary.root);
    const vsix = vsixArgument();
    const runner = vsix ? { name: 'code-server' } : await pickRunner(join(projectRoot, '.vscode-test'));
    log(`runner: ${runner.name}; workspace: ${workspace}${vsix ? `; extension: ${vsix}` : ''}`);
    const run = runner.name === 'electron' ? runInElectron : runInCodeServer;
    summary = await run({ root: temporary.root, workspace, env, vscodeExecutablePath: runner.vscodeExecutablePath, progress, vsix });
    progress();
  } catch (error) {
    failure = error;
    progress();
  }

  // Without a summary (timeout, crash) the counts come from the tests that reported before it.
  const finished = summary?.tests ?? readProgressSafely(env.FINNEWS_E2E_PROGRESS);
  temporary.cleanUp();
  const passed = summary?.passed ?? finished.filter((test) => test.state === 'passed').length;
  const failed = summary?.failed ?? finished.filter((test) => test.state === 'failed').length;
  if (failure) console.error(`[e2e] error: ${failure.stack ?? failure}`);
  if (passed === 0 && !failure) console.error('[e2e] error: no test ran');
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failure || failed > 0 || passed === 0 ? 1 : 0;
}

/** The .vsix given with --vsix, or undefined; it must exist. */
function vsixArgument() {
  const index = process.argv.indexOf('--vsix');
  if (index < 0) return undefined;
  const vsix = process.argv[index + 1];
  if (!vsix || !existsSync(vsix)) throw new Error(`--vsix needs an existing .vsix file (got ${vsix ?? 'nothing'}); run npm run package first`);
  return vsix;
}

function readProgressSafely(progressFile) {
  try {
    return readProgress(progressFile);
  } catch {
    return [];
  }
}

await main();
