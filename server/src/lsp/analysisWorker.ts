// A worker thread of the cold index: reads one article file and analyses it, off the main thread.
// It answers with what the main thread files, the indexed article and the line index (encoded, see
// articleCodec.ts), never the text or the whole model, so little crosses back.

import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle, indexedArticleOf, type CompanyRow } from '../analysis';
import { readArticleFileSync } from '../io';
import { encodeIndexed } from './articleCodec';
import { LineIndex } from './lineIndex';
import type { PoolReply, PoolRequest } from './analysisPool';

/** How many replies go to the main thread in one message at most (see PoolRequest). */
const replyBatch = 8;

let companies: CompanyRow[] = [];

parentPort?.on('message', (message: PoolRequest) => {
  if (message.type === 'companies') {
    companies = message.rows;
    return;
  }
  let replies: PoolReply[] = [];
  for (const file of message.files) {
    replies.push(handle(file.id, file.path, file.maxBytes));
    if (replies.length === replyBatch) {
      parentPort?.postMessage(replies);
      replies = [];
    }
  }
  if (replies.length > 0) parentPort?.postMessage(replies);
});

function handle(id: number, path: string, maxBytes: number): PoolReply {
  try {
    // Large files need more heap than a worker has; the main thread takes them.
    const stats = statSync(path);
    if (stats.size > (workerData as { maxFileBytes: number }).maxFileBytes && stats.size <= maxBytes) {
      return { id, ok: false, reason: '', delegate: true };
    }
    const read = readArticleFileSync(path, { maxBytes }, stats);
    if (!read.ok) return { id, ok: false, reason: read.reason };
    const indexed = indexedArticleOf(analyzeArticle(read.text, { companies }));
    return { id, ok: true, indexed: encodeIndexed(indexed, LineIndex.of(read.text).toArrays()) };
  } catch (error) {
    return { id, ok: false, reason: `could not be read: ${(error as Error)?.message ?? error}`, failed: true };
  }
}
