// The CLI (issue 2 §3): arguments, the versioned JSON format field by field, the readable report, and
// how missing or skipped files are reported. Runs in-process through runCli with collected output.

import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formatValue, runCli } from '../../server/src/cli/analyze';
import { createPositionMapper } from '../../server/src/io';
import { readFileSync } from 'node:fs';

async function run(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

const seedNames = [
  '000_c8c95a676d34506b.txt',
  '001_d03fd6a6cf6b45a2.txt',
  '002_a365eef2ac63f869.txt',
  '003_0d1240ef380ee946.txt',
  '004_74890980bce22e95.txt',
];

/** The documented fields of each mention kind, in the documented order. */
const fieldsByKind: Record<string, string[]> = {
  money: ['kind', 'start', 'end', 'line', 'character', 'text', 'value', 'currency', 'qualifier'],
  percent: ['kind', 'start', 'end', 'line', 'character', 'text', 'value'],
  quantity: ['kind', 'start', 'end', 'line', 'character', 'text', 'value', 'unit'],
  date: ['kind', 'start', 'end', 'line', 'character', 'text', 'value'],
  company: ['kind', 'start', 'end', 'line', 'character', 'text', 'name'],
  person: ['kind', 'start', 'end', 'line', 'character', 'text', 'name'],
};

describe('arguments', () => {
  test('no paths, unknown options, bad sizes and refused globs exit 2 with the usage on stderr', async () => {
    for (const argv of [[], ['--bogus', 'seeds'], ['--max-file-size-kb', 'abc', 'seeds'], ['--max-file-size-kb', '0', 'seeds'], ['--max-file-size-kb'], ['--glob', '**/a/**/b/**/c', 'seeds']]) {
      const result = await run(...argv);
      assert.equal(result.status, 2, argv.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^finnews: .+\n[\s\S]*Usage: npm run analyze -- \[options\] <files or folders>/, argv.join(' '));
    }
  });

  test('--help prints the usage on stdout and exits 0', async () => {
    const result = await run('--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: npm run analyze -- \[options\] <files or folders>\n/);
    assert.equal(result.stderr, '');
  });
});

describe('JSON report over the seeds', () => {
  let report: any;
  let stdout: string;
  before(async () => {
    const result = await run('--json', 'seeds');
    assert.equal(result.status, 0, result.stderr);
    stdout = result.stdout;
    report = JSON.parse(stdout);
  });

  test('is exactly JSON.stringify(report, null, 2), with the documented top-level fields', () => {
    assert.equal(stdout, `${JSON.stringify(report, null, 2)}\n`);
    assert.deepEqual(Object.keys(report), ['version', 'articles', 'skipped', 'facts', 'conflicts']);
    assert.equal(report.version, 1);
    assert.deepEqual(report.skipped, []);
  });

  test('lists the five seeds, sorted, as the argument joined with the relative path', () => {
    assert.deepEqual(report.articles.map((article: any) => article.path), seedNames.map((name) => `seeds/${name}`));
    for (const article of report.articles) assert.deepEqual(Object.keys(article), ['path', 'published', 'language', 'mentions']);
    assert.deepEqual(report.articles.map((article: any) => article.language), ['de', 'de', 'de', 'de', 'de']);
  });

  test('each mention has exactly the documented fields of its kind, and its position matches its offset', () => {
    for (const article of report.articles) {
      const text = readFileSync(article.path, 'utf8');
      const positionOf = createPositionMapper(text);
      for (const mention of article.mentions) {
        assert.deepEqual(Object.keys(mention), fieldsByKind[mention.kind], `${article.path}: ${JSON.stringify(mention)}`);
        assert.equal(text.slice(mention.start, mention.end), mention.text);
        assert.deepEqual({ line: mention.line, character: mention.character }, positionOf(mention.start));
      }
    }
    const first = report.articles[0].mentions.find((mention: any) => mention.kind === 'money');
    assert.deepEqual(first, {
      kind: 'money', start: 132, end: 162, line: 0, character: 132, text: 'bis zu 50 Milliarden US-Dollar', value: 50_000_000_000, currency: 'USD', qualifier: 'upTo',
    });
  });

  test('facts and the one conflict use the documented fields', () => {
    for (const fact of report.facts) {
      assert.deepEqual(Object.keys(fact), ['id', 'label', 'mentions']);
      for (const mention of fact.mentions) assert.deepEqual(Object.keys(mention), ['path', 'start', 'end', 'value']);
    }
    assert.equal(report.conflicts.length, 1);
    const [conflict] = report.conflicts;
    assert.deepEqual(Object.keys(conflict), ['factId', 'severity', 'message', 'mentions']);
    assert.equal(conflict.severity, 'warning');
    assert.ok(report.facts.some((fact: any) => fact.id === conflict.factId));
    assert.match(conflict.message, /^Amazon → OpenAI · investment: /);
    for (const mention of conflict.mentions) assert.deepEqual(Object.keys(mention), ['path', 'start', 'end']);
    assert.deepEqual([...new Set(conflict.mentions.map((mention: any) => mention.path))].sort(), seedNames.map((name) => `seeds/${name}`));
  });

  test('is the same whatever the order of the arguments, and a file given twice counts once', async () => {
    const reordered = await run('--json', ...[...seedNames].reverse().map((name) => `seeds/${name}`), 'seeds', `seeds/${seedNames[0]}`);
    assert.equal(reordered.stdout, stdout);
  });
});

describe('skipped and missing files', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'finnews-cli-'));
    await writeFile(join(folder, 'scan.txt'), '%PDF-1.7\n');
    await writeFile(join(folder, 'ignored.md'), 'Amazon: 50 Mrd. Dollar');
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('a missing path and a binary file are skipped with a reason, on stderr and in "skipped"; the run exits 0', async () => {
    const missing = join(folder, 'missing.txt');
    const result = await run('--json', folder, missing);
    assert.equal(result.status, 0);
    const report = JSON.parse(result.stdout);
    assert.equal(result.stdout, `${JSON.stringify(report, null, 2)}\n`);
    assert.deepEqual(report.articles, []);
    assert.deepEqual(report.skipped, [
      { path: missing, reason: 'no such file or folder' },
      { path: join(folder, 'scan.txt'), reason: 'binary file (PDF)' },
    ]);
    assert.equal(result.stderr, `skipped ${missing}: no such file or folder\nskipped ${join(folder, 'scan.txt')}: binary file (PDF)\n`);
  });

  test('a file named directly is analysed whatever the globs say', async () => {
    const result = await run('--json', join(folder, 'ignored.md'));
    assert.deepEqual(JSON.parse(result.stdout).articles.map((article: any) => article.path), [join(folder, 'ignored.md')]);
  });

  test('--max-file-size-kb and --glob apply to the files of a folder', async () => {
    const small = JSON.parse((await run('--json', '--max-file-size-kb', '2', 'seeds')).stdout);
    assert.deepEqual(small.articles.map((article: any) => article.path), []);
    assert.deepEqual(small.skipped[0], { path: `seeds/${seedNames[0]}`, reason: 'larger than the 2 KB limit (3179 bytes); pass --max-file-size-kb to analyse it' });
    const one = JSON.parse((await run('--json', '--glob', '**/000_*.txt', 'seeds')).stdout);
    assert.deepEqual(one.articles.map((article: any) => article.path), [`seeds/${seedNames[0]}`]);
  });
});

describe('readable report', () => {
  test('one line per mention with 1-based positions and normalized values, then facts and conflicts', async () => {
    const result = await run(`seeds/${seedNames[0]}`);
    assert.equal(result.status, 0);
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], `seeds/${seedNames[0]}:1:1 company "Amazon" → Amazon`);
    assert.equal(lines[1], `seeds/${seedNames[0]}:1:133 money "bis zu 50 Milliarden US-Dollar" → ≤ 50 000 000 000 USD`);
    assert.ok(lines.some((line) => /^Facts \(\d+\)$/.test(line)));
    assert.ok(lines.includes('Conflicts (0)'));
    const all = await run('seeds');
    assert.ok(all.stdout.includes('\nConflicts (1)\n  warning value-changed-over-time: Amazon → OpenAI · investment: '), all.stdout.slice(-2000));
  });

  test('values read like "≤ 50 000 000 000 USD", "≈ 16 000 jobs", "1.61 %", "2026-02-05"', () => {
    assert.equal(formatValue(5e10, 'upTo', 'USD'), '≤ 50 000 000 000 USD');
    assert.equal(formatValue(16000, 'about', 'jobs'), '≈ 16 000 jobs');
    assert.equal(formatValue(1.61, null, 'percent'), '1.61 %');
    assert.equal(formatValue(239.12, 'over', 'USD'), '> 239.12 USD');
    assert.equal(formatValue(-1234567.5, 'under', 'EUR'), '< -1 234 567.5 EUR');
    assert.equal(formatValue(1e21, 'atLeast', 'EUR'), '≥ 1e+21 EUR');
    assert.equal(formatValue('2026-02-05', null, 'date'), '2026-02-05');
  });
});
