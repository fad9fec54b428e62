// Shared pieces of the end-to-end harness: the temporary workspace, the code-server install, starting
// VS Code's server and opening its workbench in headless Chromium. Used by run.mjs (the test suite) and
// screenshots.mjs (the README images). See ../shared/VSCODE-TESTING.md for why each step is needed.

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, which is also the extension under development. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundled test suite that the extension host loads (`run()` is its entry). */
export const suiteBundle = join(projectRoot, 'test/e2e/out/index.js');
/** Where scripts/install-vscode-test.sh puts code-server. */
export const codeServerRoot = join(
  process.env.FINNEWS_VSCODE_TEST_DIR ?? join(projectRoot, '.vscode-test'),
  'code-server/node_modules/code-server',
);
/** VS Code's own server inside code-server; it accepts the extension-development options. */
export const serverMain = join(codeServerRoot, 'lib/vscode/out/server-main.js');
/** Debian's Chromium; playwright-core drives it without downloading a browser. */
export const chromiumPath = process.env.FINNEWS_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium flags that work in containers without a GPU or a sandbox. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** User settings for the test profile: no trust prompt (else the extension does not load), no noise. */
const testUserSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
};

/** Prints one harness line; the prefix keeps harness lines apart from VS Code's own output. */
export function log(message) {
  console.log(`[e2e] ${message}`);
}

/** Runs the project build (esbuild) so the extension, the server and the suite bundle are current. */
export function buildProject() {
  const result = spawnSync(process.execPath, ['esbuild.mjs', '--quiet'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node esbuild.mjs failed with exit code ${result.status}`);
  for (const output of ['client/out/extension.js', 'server/out/server.js', 'test/e2e/out/index.js']) {
    if (!existsSync(join(projectRoot, output))) throw new Error(`the build did not produce ${output}`);
  }
}

/** A fresh temporary directory that `cleanUp` removes; kept when FINNEWS_E2E_KEEP=1 for debugging. */
export function temporaryRoot(prefix) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(root, { recursive: true, force: true });
  // Also removed when the harness is interrupted; 'exit' handlers must be synchronous, as rmSync is.
  if (process.env.FINNEWS_E2E_KEEP !== '1') process.once('exit', remove);
  return {
    root,
    cleanUp() {
      if (process.env.FINNEWS_E2E_KEEP === '1') log(`kept ${root}`);
      else remove();
      process.removeListener('exit', remove);
    },
  };
}

/**
 * Copies the seed articles into `<parent>/seeds` and returns that folder. The seeds in the repository
 * are read-only and must stay untouched; the copy is writable, so accepting a conflict can write the
 * reviewed-conflicts file there.
 */
export function copySeedsWorkspace(parent) {
  const workspace = join(parent, 'seeds');
  cpSync(join(projectRoot, 'seeds'), workspace, { recursive: true });
  makeWritable(workspace);
  return workspace;
}

function makeWritable(path) {
  const stats = statSync(path);
  chmodSync(path, stats.mode | 0o200 | (stats.isDirectory() ? 0o100 : 0));
  if (stats.isDirectory()) for (const entry of readdirSync(path)) makeWritable(join(path, entry));
}

/**
 * Makes sure code-server is installed, running scripts/install-vscode-test.sh when it is missing.
 * Throws when it cannot be installed: the suite must never be skipped silently.
 */
export function ensureCodeServer() {
  if (existsSync(serverMain)) return;
  log('code-server is not installed; running scripts/install-vscode-test.sh');
  const result = spawnSync('bash', [join(projectRoot, 'scripts/install-vscode-test.sh')], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(serverMain)) {
    throw new Error(`could not install code-server (scripts/install-vscode-test.sh exited with ${result.status}); ${serverMain} is missing`);
  }
}

/**
 * Installs a .vsix into `<root>/extensions` with VS Code's own server CLI (`--install-extension`), the
 * way a user installs it, and returns the folder it was installed to.
 */
export function installVsix(root, vsixPath) {
  const extensionsDir = join(root, 'extensions');
  const result = spawnSync(
    process.execPath,
    [serverMain, '--install-extension', resolve(vsixPath), '--extensions-dir', extensionsDir,
      '--server-data-dir', join(root, 'server-data'), '--user-data-dir', join(root, 'user-data'), '--accept-server-license-terms'],
    { encoding: 'utf8' },
  );
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0 || !/successfully installed/.test(output)) throw new Error(`installing ${vsixPath} failed:\n${output}`);
  log(output.split('\n').at(-1));
  const installed = readdirSync(extensionsDir).find((entry) => entry.startsWith('finnews.finnews-'));
  if (!installed) throw new Error(`${vsixPath} installed, but no finnews.finnews-* folder in ${extensionsDir}`);
  return join(extensionsDir, installed);
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Polls `check` every `intervalMs` until it returns a value other than undefined, or throws on timeout. */
export async function pollUntil(check, { timeoutMs, intervalMs = 200, what }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, intervalMs));
  }
}

/**
 * Starts VS Code's server from code-server on a free loopback port, with a fresh profile, and waits
 * until it answers HTTP. `env` is passed to the server and from it to the extension host. The server
 * runs in its own process group, so `stop()` ends it and the extension hosts it forked, by its PID.
 */
export async function startVSCodeServer({ root, env = {}, settings = {} }) {
  const userDataDir = join(root, 'user-data');
  const serverDataDir = join(root, 'server-data');
  const extensionsDir = join(root, 'extensions');
  for (const dir of [join(userDataDir, 'User'), serverDataDir, extensionsDir]) mkdirSync(dir, { recursive: true });
  const userSettings = JSON.stringify({ ...testUserSettings, ...settings }, null, 2);
  writeFileSync(join(userDataDir, 'User/settings.json'), userSettings);

  const port = await freePort();
  const logFile = join(root, 'server.log');
  const logStream = createWriteStream(logFile);
  const serverProcess = spawn(
    process.execPath,
    [
      serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--user-data-dir', userDataDir,
      '--server-data-dir', serverDataDir,
      '--extensions-dir', extensionsDir,
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  // If the harness itself dies (Ctrl+C, a closed pipe, an uncaught error), the server must not
  // outlive it: 'exit' handlers run synchronously, and killing a process group is synchronous too.
  const killOnExit = () => signalGroup(serverProcess.pid, 'SIGKILL');
  process.prependOnceListener('exit', killOnExit);
  exitOnSignals();
  serverProcess.stdout.pipe(logStream);
  serverProcess.stderr.pipe(logStream);
  let exitCode = null;
  serverProcess.on('exit', (code, signal) => {
    exitCode = code ?? signal;
  });

  const origin = `http://127.0.0.1:${port}`;
  await pollUntil(
    async () => {
      if (exitCode !== null) throw new Error(`VS Code's server exited early (${exitCode}); see ${logFile}`);
      try {
        const response = await fetch(origin + '/', { signal: AbortSignal.timeout(2000) });
        return response.ok ? true : undefined;
      } catch {
        return undefined;
      }
    },
    { timeoutMs: 60_000, what: `VS Code's server on ${origin}` },
  );

  return {
    origin,
    port,
    logFile,
    /** Whether the server process is still running (null) or its exit code or signal. */
    exited: () => exitCode,
    /**
     * A workbench URL that opens `folder` and loads the extension from `extensionPath` (this
     * repository unless told otherwise), and optionally the test suite.
     */
    workbenchUrl(folder, { extensionTestsPath, extensionPath = projectRoot } = {}) {
      const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
      const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    /** Ends the server's process group (the server and its extension hosts) and waits for it. */
    async stop() {
      if (exitCode === null) {
        const exited = new Promise((done) => serverProcess.once('exit', done));
        signalGroup(serverProcess.pid, 'SIGTERM');
        const stopped = await Promise.race([exited.then(() => true), new Promise((done) => setTimeout(() => done(false), 5000))]);
        if (!stopped) signalGroup(serverProcess.pid, 'SIGKILL');
      }
      // A group member may outlive the leader briefly; make sure none is left behind.
      signalGroup(serverProcess.pid, 'SIGKILL');
      process.removeListener('exit', killOnExit);
      logStream.end();
    },
  };
}

let exitsOnSignals = false;

/** Turns SIGINT, SIGTERM and SIGHUP into a normal exit, so the 'exit' handlers above run. */
function exitOnSignals() {
  if (exitsOnSignals) return;
  exitsOnSignals = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      console.error(`[e2e] ${signal}: stopping VS Code's server`);
      process.exit(130);
    });
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Launches headless Chromium (Debian's) through playwright-core, with a page of the given size. */
export async function openBrowser({ width = 1400, height = 900 } = {}) {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}; run scripts/install-vscode-test.sh`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  return { browser, page };
}
