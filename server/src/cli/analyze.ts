// The finnews command line: `npm run analyze -- [--json] [--max-file-size-kb N] [--glob G]… <paths>`.
// It reads files through the same I/O layer as the server and analyses them with the same library, so
// what it prints is what the editor shows. Articles are printed as they are analysed and their texts
// are dropped at once; only the article models stay, because the facts and conflicts need all of them.
// The JSON format is versioned and documented in the README; downstream tools depend on it.

import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle, detachStrings, WorkspaceIndex, type Article, type Conflict, type Fact, type Mention, type Qualifier } from '../analysis';
import {
  createArticleMatcher,
  createPositionMapper,
  describeFileError,
  findArticleFiles,
  readArticleFile,
  type ArticleMatcher,
  type TextPosition,
} from '../io';
import { defaultSettings } from '../protocol/settings';

/** The version of the JSON output; raise it whenever a field changes meaning or disappears. */
export const cliJsonVersion = 1;

const usage = `Usage: npm run analyze -- [options] <files or folders>

Analyses financial news articles: figures, companies and dates, the facts they state across
articles, and where articles disagree. Folders are read recursively; a file named directly is
always analysed, a file inside a folder only when it matches the article globs.

Options:
  --json                  print the versioned JSON report instead of the readable one
  --max-file-size-kb N    skip files larger than N KB (default ${defaultSettings.maxFileSizeKB})
  --glob PATTERN          which files in folders are articles; repeatable, replaces the defaults
                          (${defaultSettings.articleGlobs.join(', ')}); --globs is the same
  --exclude PATTERN       files in folders to leave out; repeatable, replaces the defaults
                          (${defaultSettings.excludeGlobs.join(', ')})
  -h, --help              show this help

Exit status: 0 when the run completed (skipped files are listed on stderr and under "skipped"),
2 on bad arguments.`;

/** Where the CLI writes; the process's streams, or string collectors in tests. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

interface CliOptions {
  json: boolean;
  maxBytes: number;
  matcher: ArticleMatcher;
  paths: string[];
}

type ParsedArguments = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

/** Parses the command line; never throws. */
export function parseCliArguments(argv: readonly string[]): ParsedArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        'max-file-size-kb': { type: 'string' },
        glob: { type: 'string', multiple: true },
        globs: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  let maxFileSizeKB = defaultSettings.maxFileSizeKB;
  if (values['max-file-size-kb'] !== undefined) {
    maxFileSizeKB = Number(values['max-file-size-kb']);
    if (!/^\d+(\.\d+)?$/.test(values['max-file-size-kb'].trim()) || !(maxFileSizeKB > 0)) {
      return { kind: 'error', message: `--max-file-size-kb needs a positive number, not "${values['max-file-size-kb']}"` };
    }
  }
  const globs = [...(values.glob ?? []), ...(values.globs ?? [])];
  const matcher = createArticleMatcher(
    globs.length > 0 ? globs : defaultSettings.articleGlobs,
    values.exclude ?? defaultSettings.excludeGlobs,
  );
  if (matcher.problems.length > 0) return { kind: 'error', message: matcher.problems.join('\n') };
  if (positionals.length === 0) return { kind: 'error', message: 'no files or folders given' };
  return {
    kind: 'run',
    options: { json: values.json ?? false, maxBytes: Math.floor(maxFileSizeKB * 1024), matcher, paths: positionals },
  };
}

/** Runs the CLI and returns its exit status. */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  const parsed = parseCliArguments(argv);
  if (parsed.kind === 'help') {
    output.stdout(`${usage}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    output.stderr(`finnews: ${parsed.message}\n\n${usage}\n`);
    return 2;
  }
  const { options } = parsed;
  const skipped: SkippedFile[] = [];
  const skip = (path: string, reason: string): void => {
    skipped.push({ path, reason });
    output.stderr(`skipped ${path}: ${reason}\n`);
  };

  const files = await collectFiles(options, skip);
  const report = options.json ? new JsonReport(output) : new ReadableReport(output);
  const index = new WorkspaceIndex();
  for (const path of files) {
    const read = await readArticleFile(path, { maxBytes: options.maxBytes, sizeLimitHint: 'pass --max-file-size-kb to analyse it' });
    if (!read.ok) {
      skip(path, read.reason);
      continue;
    }
    for (const note of read.notes) output.stderr(`note ${path}: ${note}\n`);
    const article = analyzeArticle(read.text);
    for (const problem of article.problems) output.stderr(`note ${path}: ${problem.message}\n`);
    const positionOf = createPositionMapper(read.text);
    report.article(path, article, positionOf);
    index.setArticle(path, detachStrings(article));
  }
  skipped.sort((left, right) => compareCodeUnits(left.path, right.path));
  report.finish(skipped, index.facts(), index.conflicts());
  return 0;
}

interface SkippedFile {
  path: string;
  reason: string;
}

/**
 * Every file to analyse, deduplicated and sorted by the path shown. Paths that do not exist and
 * folders that cannot be read are reported through `skip`.
 */
async function collectFiles(options: CliOptions, skip: (path: string, reason: string) => void): Promise<string[]> {
  const byResolvedPath = new Map<string, string>();
  const add = (path: string): void => {
    const resolved = resolve(path);
    const known = byResolvedPath.get(resolved);
    if (known === undefined || compareCodeUnits(path, known) < 0) byResolvedPath.set(resolved, path);
  };
  for (const argument of options.paths) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(argument)).isDirectory();
    } catch (error) {
      skip(argument, describeFileError(error));
      continue;
    }
    if (!isFolder) {
      // A file named on the command line is analysed whatever the globs say: the user asked for it.
      add(argument);
      continue;
    }
    for (const file of await findArticleFiles(argument, options.matcher, { onProblem: skip })) add(file);
  }
  return [...byResolvedPath.values()].sort(compareCodeUnits);
}

function compareCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

interface Report {
  article(path: string, article: Article, positionOf: (offset: number) => TextPosition): void;
  finish(skipped: SkippedFile[], facts: Fact[], conflicts: Conflict[]): void;
}

/** How many mentions the reports format and write at a time. */
const mentionsPerWrite = 1000;

/** The documented JSON, written article by article in the exact layout of JSON.stringify(…, null, 2). */
class JsonReport implements Report {
  private articleCount = 0;

  constructor(private readonly output: CliOutput) {
    output.stdout(`{\n  "version": ${cliJsonVersion},\n  "articles": [`);
  }

  article(path: string, article: Article, positionOf: (offset: number) => TextPosition): void {
    const head = [
      `${this.articleCount === 0 ? '' : ','}\n    {`,
      `      "path": ${JSON.stringify(path)},`,
      `      "published": ${JSON.stringify(article.published)},`,
      `      "language": ${JSON.stringify(article.language)},`,
      `      "mentions": ${article.mentions.length === 0 ? '[]' : '['}`,
    ].join('\n');
    this.output.stdout(head);
    // Mentions go out in batches, so an article with 100,000 mentions never becomes one huge string.
    for (let first = 0; first < article.mentions.length; first += mentionsPerWrite) {
      const batch = article.mentions.slice(first, first + mentionsPerWrite).map((mention) => {
        const json = JSON.stringify(mentionToJson(mention, positionOf(mention.start)), null, 2);
        return `\n        ${indent(json, '        ')}`;
      });
      this.output.stdout(`${first === 0 ? '' : ','}${batch.join(',')}`);
    }
    this.output.stdout(`${article.mentions.length === 0 ? '' : '\n      ]'}\n    }`);
    this.articleCount++;
  }

  finish(skipped: SkippedFile[], facts: Fact[], conflicts: Conflict[]): void {
    const rest = {
      skipped,
      facts: facts.map((fact) => ({
        id: fact.id,
        label: fact.label,
        mentions: sortedClaims(fact).map((claim) => ({ path: claim.articleId, start: claim.start, end: claim.end, value: claim.value })),
      })),
      conflicts: conflicts.map((conflict) => ({
        factId: conflict.factId,
        severity: conflict.severity,
        message: conflict.message,
        mentions: conflict.claims.map((claim) => ({ path: claim.articleId, start: claim.start, end: claim.end })),
      })),
    };
    // The tail is an object's fields spliced after "articles"; its braces are dropped.
    const tail = JSON.stringify(rest, null, 2).slice(1, -2);
    this.output.stdout(`${this.articleCount === 0 ? ']' : '\n  ]'},${tail}\n}\n`);
  }
}

/** One mention in the documented JSON shape: the common fields, then only the kind's own fields. */
export function mentionToJson(mention: Mention, position: TextPosition): Record<string, unknown> {
  const common = {
    kind: mention.kind,
    start: mention.start,
    end: mention.end,
    line: position.line,
    character: position.character,
    text: mention.text,
  };
  switch (mention.kind) {
    case 'money':
      return { ...common, value: mention.value, currency: mention.currency, qualifier: mention.qualifier };
    case 'percent':
      return { ...common, value: mention.value };
    case 'quantity':
      return { ...common, value: mention.value, unit: mention.unit };
    case 'date':
      return { ...common, value: mention.value };
    case 'company':
    case 'person':
      return { ...common, name: mention.name };
  }
}

function sortedClaims(fact: Fact): Fact['claims'] {
  return [...fact.claims].sort((left, right) => compareCodeUnits(left.articleId, right.articleId) || left.start - right.start);
}

function indent(text: string, prefix: string): string {
  return text.replace(/\n/g, `\n${prefix}`);
}

/**
 * The readable report: one line per mention as it is analysed, then the facts and the conflicts.
 * Positions are 1-based here, as editors and compilers show them.
 */
class ReadableReport implements Report {
  /** Positions of the mentions that carry claims, so facts can point at them after the text is gone. */
  private readonly claimPositions = new Map<string, Map<number, TextPosition>>();

  constructor(private readonly output: CliOutput) {}

  article(path: string, article: Article, positionOf: (offset: number) => TextPosition): void {
    for (let first = 0; first < article.mentions.length; first += mentionsPerWrite) {
      const lines = article.mentions.slice(first, first + mentionsPerWrite).map((mention) => {
        const position = positionOf(mention.start);
        return `${path}:${position.line + 1}:${position.character + 1} ${mention.kind} ${JSON.stringify(mention.text)} → ${describeMention(mention)}\n`;
      });
      this.output.stdout(lines.join(''));
    }
    const positions = new Map<number, TextPosition>();
    for (const claim of article.claims) {
      const start = article.mentions[claim.mention]?.start;
      if (start !== undefined) positions.set(start, positionOf(start));
    }
    this.claimPositions.set(path, positions);
  }

  finish(_skipped: SkippedFile[], facts: Fact[], conflicts: Conflict[]): void {
    const lines: string[] = ['', `Facts (${facts.length})`];
    for (const fact of facts) {
      lines.push(`  ${fact.label}  [${fact.id}]`);
      for (const claim of sortedClaims(fact)) {
        lines.push(`    ${this.location(claim.articleId, claim.start)} ${JSON.stringify(claim.text)} → ${formatValue(claim.value, claim.qualifier, fact.key.unit)}`);
      }
    }
    lines.push('', `Conflicts (${conflicts.length})`);
    for (const conflict of conflicts) {
      lines.push(`  ${conflict.severity} ${conflict.rule}: ${conflict.message}`);
      for (const claim of conflict.claims) {
        lines.push(`    ${this.location(claim.articleId, claim.start)} ${JSON.stringify(claim.text)}`);
      }
    }
    this.output.stdout(`${lines.join('\n')}\n`);
  }

  private location(path: string, start: number): string {
    const position = this.claimPositions.get(path)?.get(start);
    return position ? `${path}:${position.line + 1}:${position.character + 1}` : `${path}@${start}`;
  }
}

/** Signs for the qualifiers in the readable report: "bis zu 50" reads "≤ 50". */
const qualifierSigns: Record<Qualifier, string> = { upTo: '≤', atLeast: '≥', about: '≈', under: '<', over: '>' };

function describeMention(mention: Mention): string {
  switch (mention.kind) {
    case 'money':
      return formatValue(mention.value, mention.qualifier, mention.currency);
    case 'percent':
      return formatValue(mention.value, mention.qualifier, mention.unit === 'percentagePoints' ? 'percentage points' : '%');
    case 'quantity':
      return formatValue(mention.value, mention.qualifier, mention.unit);
    case 'date':
      return mention.value;
    case 'company':
    case 'person':
      return mention.name;
  }
}

/** "≤ 50 000 000 000 USD", "1.61 %", "2026-02-05": a normalized value for people to read. */
export function formatValue(value: number | string, qualifier: Qualifier | null, unit: string): string {
  const sign = qualifier ? `${qualifierSigns[qualifier]} ` : '';
  if (typeof value === 'string') return `${sign}${value}`;
  const suffix = unit === 'date' ? '' : ` ${unit === 'percent' ? '%' : unit}`;
  return `${sign}${groupDigits(value)}${suffix}`;
}

/** Groups the integer digits in threes with spaces; huge or odd numbers are left as JavaScript writes them. */
function groupDigits(value: number): string {
  const written = String(value);
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(written);
  if (!match) return written;
  const [, minus, whole, fraction = ''] = match;
  return `${minus}${whole.replace(/\B(?=(\d{3})+$)/g, ' ')}${fraction}`;
}

if (require.main === module) {
  const output: CliOutput = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  // A closed pipe (`… | head`) ends the run quietly instead of with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  runCli(process.argv.slice(2), output).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`finnews: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
