// The reviewed-conflicts file, the only file finnews ever writes. Teams commit it, so it is written
// pretty-printed and sorted (stable diffs), atomically (a temporary file in the same folder, flushed,
// then renamed over the old one, so a crash leaves either the old or the new file, never half of one),
// and a file that fails validation is never overwritten: it may hold a colleague's work.

import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ReviewedConflict } from '../analysis/model';
import { describeFileError } from './readArticle';

/** The format version this finnews reads and writes. */
export const reviewedFileVersion = 1;

/** Larger files are not read: no team reviews this many conflicts, and it bounds the work. */
const maxReviewedFileBytes = 10 * 1024 * 1024;

export type ReviewedFileResult = { ok: true; reviewed: ReviewedConflict[] } | { ok: false; reason: string };

const entryKeys = new Set(['factId', 'values', 'note', 'reviewedAt']);

/** Reads and validates the reviewed-conflicts file; a missing file is an empty list. Never throws. */
export async function readReviewedFile(path: string): Promise<ReviewedFileResult> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > maxReviewedFileBytes) {
      return { ok: false, reason: `${path}: larger than ${maxReviewedFileBytes / 1024 / 1024} MB (${bytes.length} bytes)` };
    }
    text = bytes.toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, reviewed: [] };
    return { ok: false, reason: `${path}: ${describeFileError(error)}` };
  }
  return parseReviewedText(text, path);
}

/** Validates the text of a reviewed-conflicts file; `path` only names the file in the reason. */
export function parseReviewedText(text: string, path: string): ReviewedFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const problem = findShapeProblem(data);
  if (problem) return { ok: false, reason: `${path}: ${problem}` };
  return { ok: true, reviewed: (data as { reviewed: ReviewedConflict[] }).reviewed };
}

/** Why `data` is not a reviewed-conflicts file, or null when it is one. */
function findShapeProblem(data: unknown): string | null {
  if (!isPlainObject(data)) return 'expected an object with "version" and "reviewed"';
  if (data.version !== reviewedFileVersion) {
    return `"version" is ${JSON.stringify(data.version)}, but this finnews reads version ${reviewedFileVersion}`;
  }
  for (const key of Object.keys(data)) {
    if (key !== 'version' && key !== 'reviewed') return `unknown field "${key}"`;
  }
  if (!Array.isArray(data.reviewed)) return '"reviewed" must be an array';
  for (const [index, entry] of data.reviewed.entries()) {
    const problem = findEntryProblem(entry);
    if (problem) return `reviewed[${index}]: ${problem}`;
  }
  return null;
}

function findEntryProblem(entry: unknown): string | null {
  if (!isPlainObject(entry)) return 'expected an object with "factId" and "values"';
  for (const key of Object.keys(entry)) {
    if (!entryKeys.has(key)) return `unknown field "${key}"`;
  }
  if (typeof entry.factId !== 'string' || entry.factId === '') return '"factId" must be a non-empty string';
  if (!Array.isArray(entry.values) || !entry.values.every((value) => typeof value === 'string')) {
    return '"values" must be an array of strings';
  }
  if (entry.note !== undefined && typeof entry.note !== 'string') return '"note" must be a string';
  if (entry.reviewedAt !== undefined && typeof entry.reviewedAt !== 'string') return '"reviewedAt" must be a string';
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file's text for `reviewed`: sorted by fact and values, fields in a fixed order, pretty-printed. */
export function formatReviewedFile(reviewed: readonly ReviewedConflict[]): string {
  const entries = reviewed.map((entry) => ({
    factId: entry.factId,
    values: [...entry.values],
    ...(entry.note !== undefined ? { note: entry.note } : {}),
    ...(entry.reviewedAt !== undefined ? { reviewedAt: entry.reviewedAt } : {}),
  }));
  entries.sort((left, right) => compareCodeUnits(left.factId, right.factId) || compareCodeUnits(JSON.stringify(left.values), JSON.stringify(right.values)));
  return `${JSON.stringify({ version: reviewedFileVersion, reviewed: entries }, null, 2)}\n`;
}

function compareCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Writes the reviewed-conflicts file atomically. Throws when the entries are malformed, when the file
 * on disk currently fails validation (it is left as it is), or when writing fails.
 */
export async function writeReviewedFile(path: string, reviewed: readonly ReviewedConflict[]): Promise<void> {
  const text = formatReviewedFile(reviewed);
  const ownProblem = findShapeProblem(JSON.parse(text));
  if (ownProblem) throw new Error(`finnews did not write ${path}: the new content is invalid (${ownProblem})`);

  const current = await readReviewedFile(path);
  if (!current.ok) {
    throw new Error(`finnews did not overwrite ${current.reason}. Fix or delete the file, then mark the conflict again.`);
  }

  await replaceFileAtomically(path, text);
}

/**
 * Replaces (or creates) `path` with `text` so that a reader or a crash sees the old file or the new
 * one, never a mix: the text goes to a temporary file in the same folder, is flushed to disk, and is
 * renamed over the target. On failure the temporary file is removed and the target is untouched.
 */
export async function replaceFileAtomically(path: string, text: string): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  // The temporary file sits in the same folder, so the rename stays on one file system and is atomic.
  const temporaryPath = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporaryPath, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporaryPath, path);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw new Error(`finnews could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await syncFolder(folder);
}

/** Flushes the folder entry so the rename itself survives a power cut; not every platform allows it. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for syncing; the rename is still atomic there.
  }
}
