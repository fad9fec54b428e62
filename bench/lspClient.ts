// A minimal LSP client over stdio for the benchmark: Content-Length framing, requests with ids,
// notifications, and default answers to the server's own requests. It is deliberately hand-written
// rather than vscode-jsonrpc, so the measured latency contains the server's work and the pipe, and as
// little client machinery as possible.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface LspMessage {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

type NotificationListener = (method: string, params: unknown) => void;

/** One language server child process and the JSON-RPC conversation with it. */
export class StdioLspClient {
  readonly child: ChildProcessWithoutNullStreams;
  private received: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<NotificationListener>();
  private stderrTail = '';
  private exited: Promise<number | null>;

  /** Answers to server → client requests by method; anything else is answered with null. */
  readonly requestHandlers = new Map<string, (params: unknown) => unknown>();

  constructor(command: string, args: string[], cwd: string) {
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4000);
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.on('exit', (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`server exited (code ${code}); stderr: ${this.stderrTail}`));
      this.pending.clear();
    });
  }

  /** The last few kilobytes the server wrote to stderr, for error messages. */
  get stderr(): string {
    return this.stderrTail;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Listens to every notification; returns the function that stops listening. */
  onNotification(listener: NotificationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first notification the predicate accepts, or rejects after the timeout. */
  waitForNotification<T = unknown>(predicate: (method: string, params: unknown) => boolean, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const stop = this.onNotification((method, params) => {
        if (!predicate(method, params)) return;
        stop();
        clearTimeout(timer);
        resolve(params as T);
      });
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no matching notification within ${timeoutMs} ms`));
      }, timeoutMs);
    });
  }

  /** shutdown + exit, and a kill if the server does not leave within a few seconds. */
  async close(): Promise<void> {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      // A server that cannot shut down cleanly is killed below.
    }
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
    if ((await Promise.race([this.exited, timeout])) === 'timeout') this.child.kill('SIGKILL');
  }

  private send(message: LspMessage): void {
    const body = JSON.stringify(message);
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  private receive(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    for (;;) {
      const headerEnd = this.received.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.received.subarray(0, headerEnd).toString('ascii');
      const match = /Content-Length:\s*(\d+)/i.exec(header);
      if (!match) throw new Error(`bad LSP header from server: ${header}`);
      const length = Number(match[1]);
      const bodyStart = headerEnd + 4;
      if (this.received.length < bodyStart + length) return;
      const body = this.received.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.received = this.received.subarray(bodyStart + length);
      this.dispatch(JSON.parse(body) as LspMessage);
    }
  }

  private dispatch(message: LspMessage): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      // A request from the server: answer it, or it may wait for us forever.
      const handler = this.requestHandlers.get(message.method);
      const result = handler ? handler(message.params) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null });
      return;
    }
    if (message.method !== undefined) {
      for (const listener of [...this.listeners]) listener(message.method, message.params);
      return;
    }
    const waiting = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
    if (!waiting) return;
    this.pending.delete(message.id as number);
    if (message.error) waiting.reject(new Error(`${message.error.code}: ${message.error.message}`));
    else waiting.resolve(message.result);
  }
}
