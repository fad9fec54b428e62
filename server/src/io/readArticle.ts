// Reads one article file from disk. The size is checked with a stat before the file is opened, so a
// 50 MB dump costs one stat, and reading stops as soon as the limit is passed, so a file that grows
// while it is read cannot make us hold more than the limit.

import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { decodeArticleBytes, sizeLimitReason, type DecodeOptions, type ReadResult } from './decodeArticle';

const readChunkBytes = 64 * 1024;

/**
 * Opening a named pipe for reading waits for a writer, which would hang the whole run; non-blocking
 * mode makes that open return at once. It does not change how regular files are read.
 */
const openForReadingFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads and decodes an article file; never throws, every failure becomes a reason. */
export async function readArticleFile(path: string, options: DecodeOptions): Promise<ReadResult> {
  // The path is checked before it is opened, so folders, devices and oversized files are never opened.
  const pathProblem = await checkArticlePath(path, options);
  if (pathProblem) return { ok: false, reason: pathProblem };
  let handle;
  try {
    handle = await open(path, openForReadingFlags);
  } catch (error) {
    return { ok: false, reason: describeFileError(error) };
  }
  try {
    // Checked again on the open file, because it may have been replaced since the first check.
    const stats = await handle.stat();
    const problem = describeUnreadableStats(stats, options);
    if (problem) return { ok: false, reason: problem };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(readChunkBytes);
      const { bytesRead } = await handle.read(chunk, 0, readChunkBytes, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > options.maxBytes) {
        return { ok: false, reason: sizeLimitReason(total, options.maxBytes, options.sizeLimitHint) + ' (it grew while being read)' };
      }
    }
    return decodeArticleBytes(Buffer.concat(chunks, total), options);
  } catch (error) {
    return { ok: false, reason: describeFileError(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The same as readArticleFile, synchronously. For worker threads of the cold index: a worker does
 * nothing else, and five asynchronous file calls per small file cost more than reading it. A caller
 * that has just stat'ed the path passes `pathStats`, so the path is not stat'ed twice.
 */
export function readArticleFileSync(path: string, options: DecodeOptions, pathStats?: Stats): ReadResult {
  let fd: number;
  try {
    const problem = describeUnreadableStats(pathStats ?? statSync(path), options);
    if (problem) return { ok: false, reason: problem };
    fd = openSync(path, openForReadingFlags);
  } catch (error) {
    return { ok: false, reason: describeFileError(error) };
  }
  try {
    const stats = fstatSync(fd);
    const problem = describeUnreadableStats(stats, options);
    if (problem) return { ok: false, reason: problem };
    // The whole file in one read, into a buffer kept between calls: the text decoded from it is a
    // copy, so the buffer is free again when this returns. One byte more than the stat says shows
    // whether the file grew; a stat size of 0 (as in /proc) reads in chunks.
    const wanted = Math.min(stats.size, options.maxBytes) + 1;
    let buffer = wanted <= keptReadBufferBytes ? keptReadBuffer(wanted) : Buffer.allocUnsafe(Math.max(wanted, readChunkBytes));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, options.maxBytes + 1) + readChunkBytes);
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > options.maxBytes) {
        return { ok: false, reason: sizeLimitReason(total, options.maxBytes, options.sizeLimitHint) + ' (it grew while being read)' };
      }
      // The whole file as its stat said, in a read that did not fill the buffer: it has ended, and a
      // further read would only return 0 (a file that grows from here on is read as it was).
      if (total === stats.size && total < buffer.length) break;
    }
    return decodeArticleBytes(buffer.subarray(0, total), options);
  } catch (error) {
    return { ok: false, reason: describeFileError(error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // A failed close loses nothing: the file was only read.
    }
  }
}

/** Files up to this size are read into one buffer kept by the synchronous reader. */
const keptReadBufferBytes = 1024 * 1024;
let readBuffer: Buffer | null = null;

function keptReadBuffer(atLeast: number): Buffer {
  if (!readBuffer || readBuffer.length < atLeast) readBuffer = Buffer.allocUnsafe(Math.max(atLeast, readChunkBytes));
  return readBuffer;
}

async function checkArticlePath(path: string, options: DecodeOptions): Promise<string | null> {
  try {
    return describeUnreadableStats(await stat(path), options);
  } catch (error) {
    return describeFileError(error);
  }
}

function describeUnreadableStats(stats: Stats, options: DecodeOptions): string | null {
  if (stats.isDirectory()) return 'is a folder, not a file';
  if (!stats.isFile()) return 'not a regular file (a device, pipe or socket)';
  if (stats.size > options.maxBytes) return sizeLimitReason(stats.size, options.maxBytes, options.sizeLimitHint);
  return null;
}

/** A reader-facing description of a file-system error. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `could not be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
