// A small LSP client for the protocol tests: it starts `node server/out/server.js --stdio` as a child
// process, speaks JSON-RPC over its stdin/stdout, answers the server's requests the way an editor
// would, and records every notification so a test can wait for one. Waits are event-driven with a
// bounded timeout; there are no fixed sleeps.

import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  AbstractMessageWriter,
  createProtocolConnection,
  StreamMessageReader,
  type Message,
  type MessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  ShowDocumentParams,
  ShowMessageParams,
} from 'vscode-languageserver-protocol';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const serverBundle = path.join(repoRoot, 'server', 'out', 'server.js');
export const seedsDir = path.join(repoRoot, 'seeds');

/** The seed file names, in order. */
export const seedNames = [
  '000_c8c95a676d34506b.txt',
  '001_d03fd6a6cf6b45a2.txt',
  '002_a365eef2ac63f869.txt',
  '003_0d1240ef380ee946.txt',
  '004_74890980bce22e95.txt',
] as const;

let checked = false;

/**
 * Makes sure server/out/server.js is built from the current source. `npm run test:protocol` builds
 * first, so the parallel test processes find a fresh bundle and never rebuild it under each other;
 * a single test file run by hand builds it here when the source is newer.
 */
export function buildServer(): void {
  if (checked) return;
  checked = true;
  const bundleTime = existsSync(serverBundle) ? statSync(serverBundle).mtimeMs : 0;
  if (newestSourceTime(path.join(repoRoot, 'server', 'src')) > bundleTime) {
    execFileSync(process.execPath, ['esbuild.mjs', '--quiet'], { cwd: repoRoot, stdio: 'inherit' });
  }
}

function newestSourceTime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const entryPath = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(entryPath) : statSync(entryPath).mtimeMs);
  }
  return newest;
}

/** A fresh temporary copy of the seeds folder; the tests may change it freely. */
export function copySeeds(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'finnews-protocol-'));
  cpSync(seedsDir, dir, { recursive: true });
  return dir;
}

/** A fresh empty temporary folder. */
export function emptyWorkspace(): string {
  return mkdtempSync(path.join(tmpdir(), 'finnews-protocol-'));
}

/** Removes a temporary folder. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The file URI of a path, spelled the way the server spells it. */
export function uriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/**
 * Writes messages to the server's stdin. While corked, messages are collected and then written in one
 * write, so the server reads them in one chunk: the deterministic way to make a request go stale.
 */
class CorkableWriter extends AbstractMessageWriter implements MessageWriter {
  private corked: Buffer[] | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
  }

  write(message: Message): Promise<void> {
    const content = Buffer.from(JSON.stringify(message), 'utf8');
    const frame = Buffer.concat([Buffer.from(`Content-Length: ${content.length}\r\n\r\n`, 'ascii'), content]);
    if (this.corked) this.corked.push(frame);
    else this.stream.write(frame);
    return Promise.resolve();
  }

  cork(): void {
    this.corked = [];
  }

  uncork(): void {
    const frames = this.corked ?? [];
    this.corked = null;
    this.stream.write(Buffer.concat(frames));
  }

  end(): void {}
}

/** What the client records from the server. */
export interface Recorded {
  progress: { token: string | number; value: { kind: string; title?: string; message?: string; percentage?: number } }[];
  diagnostics: Map<string, Diagnostic[]>;
  diagnosticEvents: PublishDiagnosticsParams[];
  warnings: string[];
  errors: string[];
  showDocuments: ShowDocumentParams[];
  statuses: { articles: number; conflicts: number; skipped: number; indexing: boolean }[];
  logs: string[];
  registrations: unknown[];
  semanticTokenRefreshes: number;
  inlayHintRefreshes: number;
}

export interface StartOptions {
  /** The "finnews" settings the client returns for workspace/configuration. */
  settings?: Record<string, unknown>;
}

/** A running server and a client connection to it. */
export class TestClient {
  readonly recorded: Recorded = {
    progress: [],
    diagnostics: new Map(),
    diagnosticEvents: [],
    warnings: [],
    errors: [],
    showDocuments: [],
    statuses: [],
    logs: [],
    registrations: [],
    semanticTokenRefreshes: 0,
    inlayHintRefreshes: 0,
  };
  private readonly waiters = new Set<() => void>();
  private exited = false;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    private readonly writer: CorkableWriter,
    readonly rootDir: string,
    /** What the client answers to workspace/configuration; a test may change it, then notify. */
    public settings: Record<string, unknown>,
  ) {}

  /** Starts the server over stdio for a workspace folder and initializes it. */
  static async start(rootDir: string, options: StartOptions = {}): Promise<{ client: TestClient; initializeResult: InitializeResult }> {
    buildServer();
    // FINNEWS_SERVER_NODE_ARGS passes extra node flags to the server, e.g. "--cpu-prof" when profiling.
    const nodeArgs = (process.env.FINNEWS_SERVER_NODE_ARGS ?? '').split(' ').filter((arg) => arg.length > 0);
    const child = spawn(process.execPath, [...nodeArgs, serverBundle, '--stdio'], { cwd: rootDir, stdio: 'pipe' });
    const writer = new CorkableWriter(child.stdin);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), writer);
    const client = new TestClient(child, connection, writer, rootDir, options.settings ?? {});
    client.listen();
    connection.listen();
    const rootUri = uriOf(rootDir);
    const initializeResult: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(rootDir) }],
      capabilities: {
        window: { workDoneProgress: true, showDocument: { support: true } },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          semanticTokens: { refreshSupport: true },
          inlayHint: { refreshSupport: true },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return { client, initializeResult };
  }

  private listen(): void {
    const { connection, recorded } = this;
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      recorded.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'finnews' ? this.settings : null)),
    );
    connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
      recorded.showDocuments.push(params);
      this.changed();
      return { success: true };
    });
    connection.onRequest('workspace/semanticTokens/refresh', () => {
      recorded.semanticTokenRefreshes++;
      this.changed();
      return null;
    });
    connection.onRequest('workspace/inlayHint/refresh', () => {
      recorded.inlayHintRefreshes++;
      this.changed();
      return null;
    });
    connection.onNotification('$/progress', (params: Recorded['progress'][number]) => {
      recorded.progress.push(params);
      this.changed();
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      recorded.diagnostics.set(params.uri, params.diagnostics);
      recorded.diagnosticEvents.push(params);
      this.changed();
    });
    connection.onRequest('window/showMessageRequest', (params: ShowMessageParams) => {
      (params.type === 1 ? recorded.errors : recorded.warnings).push(params.message);
      this.changed();
      return null;
    });
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      (params.type === 1 ? recorded.errors : recorded.warnings).push(params.message);
      this.changed();
    });
    connection.onNotification('window/logMessage', (params: ShowMessageParams) => {
      recorded.logs.push(params.message);
    });
    connection.onNotification('finnews/status', (params: Recorded['statuses'][number]) => {
      recorded.statuses.push(params);
      this.changed();
    });
    this.child.on('exit', () => {
      this.exited = true;
      this.changed();
    });
    this.child.stderr.on('data', (chunk: Buffer) => recorded.logs.push(chunk.toString('utf8')));
  }

  private changed(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /**
   * Resolves with the predicate's first truthy value, re-checked whenever the server sends
   * something; rejects after `timeoutMs` with the description and what was recorded.
   */
  waitFor<T>(description: string, predicate: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const value = predicate();
        if (value) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(value);
          return true;
        }
        if (this.exited) {
          this.waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`the server exited while waiting for ${description}\n${this.recorded.logs.join('\n')}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting for ${description}\nlog:\n${this.recorded.logs.slice(-20).join('\n')}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }

  /**
   * Waits until the n-th background index run has ended ($/progress "end"); the server sends the
   * end last, after the run's diagnostics, messages and status.
   */
  async indexed(run = 1, timeoutMs = 60_000): Promise<void> {
    await this.waitFor(
      `background index run ${run} to end`,
      () => this.recorded.progress.filter((event) => event.value.kind === 'end').length >= run,
      timeoutMs,
    );
  }

  /** Waits for the next publishDiagnostics of a URI after now that satisfies a predicate. */
  nextDiagnostics(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean = () => true, description = `diagnostics for ${uri}`): Promise<Diagnostic[]> {
    const from = this.recorded.diagnosticEvents.length;
    return this.waitFor(description, () => {
      for (let i = this.recorded.diagnosticEvents.length - 1; i >= from; i--) {
        const event = this.recorded.diagnosticEvents[i];
        if (event.uri === uri) return predicate(event.diagnostics) ? event.diagnostics : undefined;
      }
      return undefined;
    });
  }

  /** Waits until the latest diagnostics of a URI satisfy a predicate. */
  diagnosticsWhere(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean, description: string): Promise<Diagnostic[]> {
    return this.waitFor(description, () => {
      const diagnostics = this.recorded.diagnostics.get(uri);
      return diagnostics && predicate(diagnostics) ? diagnostics : undefined;
    });
  }

  /** Sends the given messages in one write (see CorkableWriter). */
  inOneWrite(send: () => void): void {
    this.writer.cork();
    try {
      send();
    } finally {
      this.writer.uncork();
    }
  }

  /** Opens a document with text. */
  async open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Shuts the server down cleanly and waits for it to exit. */
  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
      } catch {
        // The server may already be gone; it is killed below either way.
      }
      await this.waitFor('the server to exit', () => this.exited, 5_000).catch(() => this.child.kill());
    }
    this.connection.dispose();
  }
}

/** The LSP range of the n-th (1-based) occurrence of a needle in a text; lines split at \r\n, \r, \n. */
export function rangeOf(text: string, needle: string, occurrence = 1): { start: { line: number; character: number }; end: { line: number; character: number } } {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  return { start: positionOf(text, offset), end: positionOf(text, offset + needle.length) };
}

/** The LSP position (UTF-16 character) of an offset. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}
