// A worker thread of the cold index: reads one article file and analyses it, off the main thread.
// It answers with what the main thread files, the indexed article and the line index (encoded, see
// articleCodec.ts), never the text or the whole model, so little crosses back.

import { statSync, type Stats } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { CompanyRow } from '../analysis';
import { encodeIndexed } from './articleCodec';
import { indexFile } from './indexFile';
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
  let stats: Stats | undefined;
  try {
    stats = statSync(path);
  } catch {
    // indexFile stats the path again and says why it cannot be read.
  }
  // Large files need more heap than a worker has; the main thread takes them.
  if (stats && stats.size > (workerData as { maxFileBytes: number }).maxFileBytes && stats.size <= maxBytes) {
    return { id, ok: false, reason: '', delegate: true };
  }
  const result = indexFile(path, maxBytes, companies, stats);
  if (!result.ok) return { id, ok: false, reason: result.reason };
  return { id, ok: true, indexed: encodeIndexed(result.indexed, result.lines.toArrays()) };
}
