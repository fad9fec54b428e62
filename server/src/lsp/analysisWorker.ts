// A worker thread of the cold index: reads one article file and analyses it, off the main thread.
// It answers with the article model (encoded, see articleCodec.ts) and the line index, never the text,
// so little crosses back.

import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle, type CompanyRow } from '../analysis';
import { readArticleFileSync } from '../io';
import { encodeArticle } from './articleCodec';
import { withoutReasons } from './keptModel';
import { LineIndex } from './lineIndex';
import type { PoolReply, PoolRequest } from './analysisPool';

let companies: CompanyRow[] = [];

parentPort?.on('message', (message: PoolRequest) => {
  if (message.type === 'companies') {
    companies = message.rows;
    return;
  }
  handle(message.id, message.path, message.maxBytes);
});

function handle(id: number, path: string, maxBytes: number): void {
  let reply: PoolReply;
  try {
    // Large files need more heap than a worker has; the main thread takes them.
    const size = statSync(path).size;
    if (size > (workerData as { maxFileBytes: number }).maxFileBytes && size <= maxBytes) {
      parentPort?.postMessage({ id, ok: false, reason: '', delegate: true } satisfies PoolReply);
      return;
    }
    const read = readArticleFileSync(path, { maxBytes });
    if (!read.ok) reply = { id, ok: false, reason: read.reason };
    else {
      const lines = LineIndex.of(read.text);
      reply = { id, ok: true, article: encodeArticle(withoutReasons(analyzeArticle(read.text, { companies }))), lines: lines.toArrays() };
    }
  } catch (error) {
    reply = { id, ok: false, reason: `could not be read: ${(error as Error)?.message ?? error}`, failed: true };
  }
  parentPort?.postMessage(reply);
}
