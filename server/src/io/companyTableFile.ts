// Reads the workspace's own company table ({ "companies": [ { "name", "aliases"?, "kind"? } ] }). The
// format is checked by the analysis library's parseCompanyTable, so the server, the CLI and the tests
// accept exactly the same files; this module only adds the disk and names the file in every problem.

import { readFile } from 'node:fs/promises';
import { parseCompanyTable, type CompanyRow } from '../analysis';
import { describeFileError } from './readArticle';

/** Larger files are not read: a hand-kept company table is a few kilobytes. */
const maxCompanyTableBytes = 5 * 1024 * 1024;

/** The valid rows of the file, and every problem, each naming the file; unreadable means no rows. */
export interface CompanyTableFileResult {
  rows: CompanyRow[];
  problems: string[];
}

/** Reads the company table file; a missing file is an empty table without problems. Never throws. */
export async function readCompanyTableFile(path: string): Promise<CompanyTableFileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { rows: [], problems: [] };
    return { rows: [], problems: [`${path}: ${describeFileError(error)}`] };
  }
  if (bytes.length > maxCompanyTableBytes) {
    return { rows: [], problems: [`${path}: larger than ${maxCompanyTableBytes / 1024 / 1024} MB (${bytes.length} bytes)`] };
  }
  try {
    const { rows, problems } = parseCompanyTable(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    return { rows, problems: problems.map((problem) => `${path}: ${problem}`) };
  } catch (error) {
    // parseCompanyTable promises not to throw; should it ever, the reader still gets a reason.
    return { rows: [], problems: [`${path}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
