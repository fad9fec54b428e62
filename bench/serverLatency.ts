// Latency and memory of the real language server, over stdio, on a workspace the benchmark wrote to
// disk: time to index, edit → republished diagnostics, hover, and memory growth over many edits. The
// server's memory is read from /proc/<pid>/status (VmHWM = peak, VmRSS = now).

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { StdioLspClient } from './lspClient';

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export interface ServerMeasurement {
  /** From the initialize request to the end of the background index (progress end or status). */
  indexMs: number;
  /** Articles the server reported in its status when the index finished. */
  indexedArticles: number | null;
  /** Peak RSS of the server process after indexing, and at the end of the run. */
  peakRssAfterIndexMb: number;
  peakRssAtEndMb: number;
  /** The first `timedEdits` edits (the budgeted figure) and all edits. */
  edits: LatencySummary & { timeouts: number; diagnosticsChanged: number };
  allEdits: LatencySummary;
  hovers: LatencySummary & { empty: number };
  rssBeforeEditsMb: number;
  rssAfterEditsMb: number;
  rssGrowthMb: number;
  /** How the server syncs documents: 1 = full text, 2 = incremental. */
  syncKind: number;
}

export interface EditPlan {
  /** Workspace-relative path of the article that is opened and edited. */
  path: string;
  text: string;
  /** The figure that alternates: its offset in the original text, and its two spellings. */
  start: number;
  original: string;
  replacement: string;
}

export interface ServerRunOptions {
  serverScript: string;
  serverNodeArgs: string[];
  root: string;
  expectedArticles: number;
  edit: EditPlan;
  /** UTF-16 offsets into the opened text to hover at (the middles of figures). */
  hoverOffsets: number[];
  timedEdits: number;
  totalEdits: number;
  hovers: number;
  /** Pause before reading RSS, so garbage from the previous phase can be collected. */
  settleMs: number;
  log: (line: string) => void;
}

/** Nearest-rank percentile of a list of milliseconds. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function summarize(values: readonly number[]): LatencySummary {
  return { count: values.length, p50: percentile(values, 0.5), p95: percentile(values, 0.95), max: values.length ? Math.max(...values) : Number.NaN };
}

/** VmHWM and VmRSS of a process in MB, from /proc (Linux). */
export function processMemory(pid: number): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
  return { peakMb: field('VmHWM'), rssMb: field('VmRSS') };
}

/** LSP Position of a UTF-16 offset; CR before LF stays on its line, as LSP expects. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** URIs compared by their decoded path, since servers may re-encode (e.g. "%3A" vs ":"). */
function sameUri(a: string, b: string): boolean {
  const normalize = (uri: string) => decodeURIComponent(uri).replace(/\/$/, '');
  return normalize(a) === normalize(b);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spawns the server on the workspace and runs every measurement; always shuts the server down. */
export async function measureServer(options: ServerRunOptions): Promise<ServerMeasurement> {
  const { log } = options;
  const client = new StdioLspClient(process.execPath, [...options.serverNodeArgs, options.serverScript, '--stdio'], options.root);
  try {
    return await runMeasurements(client, options, log);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nserver stderr (tail):\n${client.stderr}`);
  } finally {
    await client.close();
  }
}

async function runMeasurements(client: StdioLspClient, options: ServerRunOptions, log: (line: string) => void): Promise<ServerMeasurement> {
  const rootUri = pathToFileURL(options.root).href;

  // Indexing is over when a progress that began has ended, or the status says indexing: false after
  // it said true. Listening starts before initialize so no notification is missed.
  let indexedArticles: number | null = null;
  let sawStart = false;
  const indexed = new Promise<void>((resolve) => {
    const stop = client.onNotification((method, params) => {
      const value = (params as { value?: { kind?: string } } | undefined)?.value;
      if (method === '$/progress' && value?.kind === 'begin') sawStart = true;
      if (method === 'finnews/status') {
        const status = params as { indexing: boolean; articles: number };
        indexedArticles = status.articles;
        if (status.indexing) sawStart = true;
        else if (sawStart || status.articles >= options.expectedArticles) {
          stop();
          resolve();
        }
      }
      if (method === '$/progress' && value?.kind === 'end' && sawStart) {
        // The status notification that follows carries the article count; give it a moment.
        setTimeout(() => {
          stop();
          resolve();
        }, 50);
      }
    });
  });

  const started = performance.now();
  const initializeResult = await client.request<{ capabilities: { textDocumentSync?: number | { change?: number } } }>('initialize', {
    processId: process.pid,
    clientInfo: { name: 'finnews-bench' },
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { workspaceFolders: true, configuration: false },
      textDocument: {
        synchronization: { didSave: false, dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      },
    },
  });
  const sync = initializeResult.capabilities.textDocumentSync;
  const syncKind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
  client.notify('initialized', {});
  const indexTimeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('indexing did not finish within 300 s')), 300_000).unref());
  await Promise.race([indexed, indexTimeout]);
  const indexMs = performance.now() - started;
  const afterIndex = processMemory(client.pid);
  log(`  server indexed ${indexedArticles ?? '?'} articles in ${indexMs.toFixed(0)} ms; VmHWM ${afterIndex.peakMb.toFixed(0)} MB`);

  const uri = pathToFileURL(`${options.root}/${options.edit.path}`).href;
  const diagnosticsFor = (version: number | null) =>
    client.waitForNotification<{ uri: string; version?: number; diagnostics: unknown[] }>(
      (method, params) => {
        if (method !== 'textDocument/publishDiagnostics') return false;
        const p = params as { uri: string; version?: number };
        return sameUri(p.uri, uri) && (version === null || p.version === undefined || p.version === null || p.version === version);
      },
      5000,
    );

  let text = options.edit.text;
  let version = 1;
  const opened = diagnosticsFor(null);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'finnews-article', version, text } });
  // A server may publish nothing on didOpen when the text equals what it indexed from disk.
  await opened.catch(() => undefined);
  await sleep(options.settleMs);

  // Hovers on the figures of the open article, one at a time.
  const hoverTimes: number[] = [];
  let emptyHovers = 0;
  for (let i = 0; i < options.hovers && options.hoverOffsets.length > 0; i++) {
    const position = positionAt(text, options.hoverOffsets[i % options.hoverOffsets.length]);
    const hoverStarted = performance.now();
    const hover = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position }, 10_000);
    hoverTimes.push(performance.now() - hoverStarted);
    if (!hover) emptyHovers++;
  }

  await sleep(options.settleMs);
  const beforeEdits = processMemory(client.pid);

  // Edits that alternate one figure between its two spellings, each timed from the didChange to the
  // diagnostics the server publishes for that version of the document.
  const editTimes: number[] = [];
  let timeouts = 0;
  let diagnosticsChanged = 0;
  let previousCount: number | null = null;
  const { start } = options.edit;
  let current = options.edit.original;
  for (let i = 0; i < options.totalEdits; i++) {
    const next = current === options.edit.original ? options.edit.replacement : options.edit.original;
    const startPosition = positionAt(text, start);
    const endPosition = positionAt(text, start + current.length);
    text = text.slice(0, start) + next + text.slice(start + current.length);
    current = next;
    version++;
    const contentChanges = syncKind === 2 ? [{ range: { start: startPosition, end: endPosition }, text: next }] : [{ text }];
    const published = diagnosticsFor(version);
    const editStarted = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    try {
      const diagnostics = await published;
      editTimes.push(performance.now() - editStarted);
      if (i < options.timedEdits && previousCount !== null && diagnostics.diagnostics.length !== previousCount) diagnosticsChanged++;
      previousCount = diagnostics.diagnostics.length;
    } catch {
      timeouts++;
      if (timeouts >= 5) throw new Error(`the server did not republish diagnostics after ${timeouts} edits (5 s each)`);
    }
  }

  await sleep(options.settleMs);
  const afterEdits = processMemory(client.pid);
  const timed = editTimes.slice(0, options.timedEdits);
  return {
    indexMs,
    indexedArticles,
    peakRssAfterIndexMb: afterIndex.peakMb,
    peakRssAtEndMb: afterEdits.peakMb,
    edits: { ...summarize(timed), timeouts, diagnosticsChanged },
    allEdits: summarize(editTimes),
    hovers: { ...summarize(hoverTimes), empty: emptyHovers },
    rssBeforeEditsMb: beforeEdits.rssMb,
    rssAfterEditsMb: afterEdits.rssMb,
    rssGrowthMb: afterEdits.rssMb - beforeEdits.rssMb,
    syncKind,
  };
}
