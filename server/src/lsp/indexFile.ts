// One file read and analysed for the cold index, the same on a worker thread and on the main thread
// (analysisPool.ts): what the index files of it, and its line index; never the text or the model.

import type { Stats } from 'node:fs';
import { indexArticle, type CompanyRow, type IndexedArticle } from '../analysis';
import { readArticleFileSync } from '../io';
import { LineIndex } from './lineIndex';

export type IndexedFile = { ok: true; indexed: IndexedArticle; lines: LineIndex } | { ok: false; reason: string };

/**
 * Reads `path` (synchronously: a cold index does nothing else meanwhile on that thread, and five
 * asynchronous calls per small file cost more than reading it) and analyses it. A caller that has just
 * stat'ed the path passes `stats`. The indexed article's strings are slices of the text: a thread
 * that keeps it calls `detachIndexed`.
 */
export function indexFile(path: string, maxBytes: number, companies: readonly CompanyRow[], stats?: Stats): IndexedFile {
  try {
    const read = readArticleFileSync(path, { maxBytes }, stats);
    if (!read.ok) return { ok: false, reason: read.reason };
    return { ok: true, indexed: indexArticle(read.text, { companies }), lines: LineIndex.of(read.text) };
  } catch (error) {
    return { ok: false, reason: `could not be read: ${(error as Error)?.message ?? error}` };
  }
}
