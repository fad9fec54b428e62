// Reading and analysing for the cold index. 10,000 articles are pure CPU per file, so the files are
// spread over one worker thread per core but one and the main thread, which files every result into
// the workspace index, analyses the next file itself whenever it would otherwise wait, and answers
// requests between files (inOrderReadingAhead). Without the worker bundle (or if a worker dies) the
// work falls back to the main thread, so indexing never stops.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { detachIndexed, type Article, type CompanyRow } from '../analysis';
import { readArticleFileSync } from '../io';
import { decodeIndexed } from './articleCodec';
import type { AnalyzedArticle } from './articleStore';
import { indexFile } from './indexFile';
import { keptModel } from './keptModel';
import { LineIndex } from './lineIndex';

/** One file for a worker to read and analyse. */
export interface FileRequest {
  id: number;
  path: string;
  maxBytes: number;
}

/**
 * Requests and replies travel in batches: a message between threads costs tens of microseconds
 * however small it is (measured at about 40 µs per reply in a worker that is analysing), as much as
 * a tenth of analysing a typical article, so the files launched in one turn of the main thread's
 * event loop go to a worker as one message, and a worker answers in batches too (analysisWorker.ts).
 */
export type PoolRequest = { type: 'analyze'; files: FileRequest[] } | { type: 'companies'; rows: CompanyRow[] };

/**
 * The article travels as the text of articleCodec.ts: V8's structured clone of a model with ~35
 * mentions and ~12 claims costs the receiving thread about twice what JSON.parse of the same model
 * does, and the codec's flat array less again; the main thread, which files every result into the
 * index, is the one that must stay free. Only what it files travels, not the whole model.
 */
export type PoolReply =
  | { id: number; ok: true; indexed: string }
  | { id: number; ok: false; reason: string; delegate?: boolean };

/** What the pool gives back for one file. */
export type AnalyzedFile = ({ ok: true } & AnalyzedArticle) | { ok: false; reason: string };

/** Files a cold index keeps on the workers at once, so they never wait for the main thread. */
const workerReadAhead = 64;

/** How far past the one being filed a cold index reads at most: the results waiting to be filed. */
const maxReadAhead = 256;

/**
 * The results of files `0` … `count - 1`, in order. Each file goes to `onWorker` (up to
 * `workerReadAhead` of them in flight, so the workers never wait for the main thread), except when
 * the result to file next is not ready: then, rather than wait, the calling thread reads and analyses
 * the next file itself with `here`, and yields to the event loop after each one, so requests and the
 * workers' replies are taken in between. On two cores one worker plus the main thread index about
 * 5 % faster than two workers whose main thread waits (README, Performance). The server's
 * indexWorkspace and the benchmark's cold index both read through it.
 */
export async function* inOrderReadingAhead<T>(
  count: number,
  onWorker: (index: number) => Promise<T> | T,
  here: (index: number) => Promise<T> | T,
): AsyncGenerator<T> {
  const pending: (Promise<T> | T | undefined)[] = new Array(count);
  const ready = new Uint8Array(count);
  let inFlight = 0;
  let launched = 0;
  const launch = (index: number, onThisThread: boolean) => {
    const result = onThisThread ? here(index) : onWorker(index);
    if (!(result instanceof Promise)) {
      ready[index] = 1;
      pending[index] = result;
      return;
    }
    if (!onThisThread) inFlight++;
    pending[index] = result.then((value) => {
      if (!onThisThread) inFlight--;
      ready[index] = 1;
      return value;
    });
  };
  for (let done = 0; done < count; done++) {
    for (;;) {
      for (; launched < count && launched < done + maxReadAhead && inFlight < workerReadAhead; launched++) launch(launched, false);
      if (ready[done] || launched >= count || launched >= done + maxReadAhead) break;
      // The next result is not back yet: work instead of waiting.
      launch(launched++, true);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const result = await (pending[done] as Promise<T> | T);
    pending[done] = undefined;
    yield result;
  }
}

/** Heap of each worker thread, in MB: enough for any article up to `maxWorkerFileBytes`. */
const workerHeapMb = 64;

/** Files larger than this are analysed on the main thread, whose heap is not limited. */
const maxWorkerFileBytes = 512 * 1024;

interface Pending {
  resolve: (result: AnalyzedFile) => void;
  request: FileRequest;
}

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly busy = new Map<Worker, number>();
  /** Requests not yet sent, per worker; sent together by `send` at the end of this event-loop turn. */
  private readonly unsent = new Map<Worker, FileRequest[]>();
  private sendScheduled = false;
  private readonly pending = new Map<number, Pending & { worker: Worker }>();
  private nextId = 1;
  private companies: CompanyRow[] = [];
  private analyzedHere = 0;

  /**
   * Workers are started from `workerScript` (the bundled analysisWorker.js) on first use, `size` of
   * them; none if the script is missing. `release` stops them when a cold index is over, so their
   * heaps do not stay in the server's memory while it only answers edits and hovers.
   */
  constructor(
    private readonly workerScript: string,
    private readonly workerCount = Math.min(4, Math.max(1, availableParallelism() - 1)),
  ) {}

  private started = false;

  /**
   * Starts the workers now (analyzeFile also does, on first use). A cold index calls it before it
   * lists the files, so the workers load their bundle while the folders are walked.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    const workerScript = this.workerScript;
    const size = this.workerCount;
    if (!existsSync(workerScript)) return;
    for (let i = 0; i < size; i++) {
      try {
        // A small heap per worker keeps the server's memory flat; larger files go to the main thread.
        const worker = new Worker(workerScript, {
          workerData: { maxFileBytes: maxWorkerFileBytes },
          resourceLimits: { maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: 32 },
        });
        worker.unref();
        worker.on('message', (replies: PoolReply[]) => {
          for (const reply of replies) this.settle(worker, reply);
        });
        worker.on('error', () => this.retire(worker));
        worker.on('exit', () => this.retire(worker));
        this.workers.push(worker);
        this.busy.set(worker, 0);
        if (this.companies.length > 0) worker.postMessage({ type: 'companies', rows: this.companies } satisfies PoolRequest);
      } catch {
        break;
      }
    }
  }

  /** Stops the workers once nothing is pending; the next analyzeFile starts them again. */
  async release(): Promise<void> {
    if (this.pending.size > 0) return;
    const workers = [...this.workers];
    for (const worker of workers) this.retire(worker);
    this.started = false;
    await Promise.all(workers.map((worker) => worker.terminate().catch(() => 0)));
  }

  /** How many workers run now; 0 means files are analysed on the calling thread. */
  get size(): number {
    return this.workers.length;
  }

  /** How many files this thread has read and analysed (analyzeOnThisThread) since the pool was made. */
  get filesAnalyzedHere(): number {
    return this.analyzedHere;
  }

  /** How many workers a cold index uses (when the worker script exists). */
  get plannedSize(): number {
    return existsSync(this.workerScript) ? this.workerCount : 0;
  }

  /** The company rows every worker analyses with. */
  setCompanies(rows: CompanyRow[]): void {
    this.companies = rows;
    for (const worker of this.workers) worker.postMessage({ type: 'companies', rows } satisfies PoolRequest);
  }

  /** Reads and analyses one file on the least busy worker (or here, without workers). */
  analyzeFile(path: string, maxBytes: number): Promise<AnalyzedFile> {
    this.start();
    const worker = this.leastBusy();
    if (!worker) return Promise.resolve(this.analyzeOnThisThread(path, maxBytes));
    const request: FileRequest = { id: this.nextId++, path, maxBytes };
    this.busy.set(worker, (this.busy.get(worker) ?? 0) + 1);
    const unsent = this.unsent.get(worker);
    if (unsent) unsent.push(request);
    else this.unsent.set(worker, [request]);
    if (!this.sendScheduled) {
      this.sendScheduled = true;
      setImmediate(() => this.send());
    }
    return new Promise((resolve) => this.pending.set(request.id, { resolve, worker, request }));
  }

  /** Sends each worker the requests collected for it since the last send, as one message. */
  private send(): void {
    this.sendScheduled = false;
    for (const [worker, files] of this.unsent) worker.postMessage({ type: 'analyze', files } satisfies PoolRequest);
    this.unsent.clear();
  }

  /** Stops the workers for good; files still pending are finished on the calling thread. */
  async close(): Promise<void> {
    this.started = true;
    const workers = [...this.workers];
    for (const worker of workers) this.retire(worker);
    await Promise.all(workers.map((worker) => worker.terminate().catch(() => 0)));
  }

  /**
   * Reads and analyses one file on the calling thread, now, and gives what a worker gives: the
   * indexed article (with strings of its own) and the line index, the model made again on request.
   * A cold index calls it when it would otherwise wait for a worker (inOrderReadingAhead); files too
   * large for a worker's heap, and a retired worker's files, come here too.
   */
  analyzeOnThisThread(path: string, maxBytes: number): AnalyzedFile {
    this.analyzedHere++;
    const companies = this.companies;
    const result = indexFile(path, maxBytes, companies);
    if (!result.ok) return result;
    return { ok: true, indexed: detachIndexed(result.indexed), lines: result.lines, load: () => analyzeAgain(path, maxBytes, companies) };
  }

  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    for (const worker of this.workers) if (!best || (this.busy.get(worker) ?? 0) < (this.busy.get(best) ?? 0)) best = worker;
    return best;
  }

  private settle(worker: Worker, reply: PoolReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    this.busy.set(worker, Math.max(0, (this.busy.get(worker) ?? 1) - 1));
    if (!reply.ok && reply.delegate) pending.resolve(this.analyzeOnThisThread(pending.request.path, pending.request.maxBytes));
    else if (!reply.ok) pending.resolve({ ok: false, reason: reply.reason });
    else {
      const { indexed, lines } = decodeIndexed(reply.indexed);
      const { path, maxBytes } = pending.request;
      const companies = this.companies;
      pending.resolve({ ok: true, indexed, lines: LineIndex.fromArrays(lines), load: () => analyzeAgain(path, maxBytes, companies) });
    }
  }

  /** A worker that failed or exited: its pending files are analysed here instead. */
  private retire(worker: Worker): void {
    const index = this.workers.indexOf(worker);
    if (index < 0) return;
    this.workers.splice(index, 1);
    this.busy.delete(worker);
    this.unsent.delete(worker);
    for (const [id, pending] of [...this.pending]) {
      if (pending.worker !== worker) continue;
      this.pending.delete(id);
      pending.resolve(this.analyzeOnThisThread(pending.request.path, pending.request.maxBytes));
    }
  }
}

/**
 * The model of an article a worker analysed, analysed again here: a worker sends only what the index
 * files, and a request about a closed article (rare: editors ask about open documents, whose text the
 * server analyses itself) needs the whole model. A file that can no longer be read gives a model
 * without mentions whose problem says why; the file watcher removes or re-indexes it.
 */
function analyzeAgain(path: string, maxBytes: number, companies: CompanyRow[]): Article {
  const read = readArticleFileSync(path, { maxBytes });
  if (!read.ok) {
    return { published: null, publishedSource: null, language: 'de', mentions: [], claims: [], problems: [{ code: 'unreadable', message: `could not be read again: ${read.reason}` }] };
  }
  return keptModel(read.text, companies);
}
