// Issue 6, "Inputs": the CLI over a folder of hostile files plus one good article must finish in time,
// exit 0, account for every file (analysed, or skipped with a reason), and analyse the good article
// exactly as it does on its own.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readArticleFile, createPositionMapper } from '../../server/src/io';
import { defaultSettings, maxFileBytes } from '../../server/src/protocol/settings';
import { generateHostileInputs, windows1252GermanText, type HostileInput } from '../fixtures/hostile/generate';
import { buildPrivateCli, runCliProcess, type CliJsonReport, type CliRun } from './helpers';

/** The whole run must end within this bound (issue 6); exceeding it is a failure, not a measurement. */
const runBoundMs = 60_000;

describe('the CLI over a folder of hostile inputs', () => {
  let folder: string;
  let inputs: HostileInput[];
  let cli: Awaited<ReturnType<typeof buildPrivateCli>>;
  let run: CliRun;
  let parsedReport: CliJsonReport | undefined;
  /** The folder run's JSON; the tests that need it fail with one clear message when the run failed. */
  const report = (): CliJsonReport => {
    assert.ok(parsedReport, 'no JSON report, because the folder run failed (see "finishes within 60 seconds and exits 0")');
    return parsedReport;
  };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'finnews-hostile-'));
    inputs = await generateHostileInputs(folder);
    cli = await buildPrivateCli();
    run = runCliProcess(cli.cliPath, ['--json', folder], runBoundMs);
    if (!run.timedOut && run.status === 0) parsedReport = JSON.parse(run.stdout) as CliJsonReport;
  });

  after(() => {
    rmSync(folder, { recursive: true, force: true });
    cli?.dispose();
  });

  test('finishes within 60 seconds and exits 0', () => {
    // The report is written article by article, so the last path shows where a slow run stood.
    const lastPath = [...run.stdout.matchAll(/"path": ("[^"]*")/g)].at(-1)?.[1] ?? 'none yet';
    assert.equal(run.timedOut, false, `the run did not finish within ${runBoundMs / 1000} s; last article written: ${lastPath}`);
    assert.equal(run.status, 0, `exit status ${run.status}; stderr:\n${run.stderr}`);
  });

  test('generates every input the suite promises, the symbolic link loop included', () => {
    // Symbolic links need privileges on some Windows machines; everywhere else the loop must be there.
    const expected = process.platform === 'win32' ? 22 : 23;
    assert.equal(inputs.length, expected, inputs.map((input) => input.name).join(', '));
    assert.deepEqual(readdirSync(folder).sort(), inputs.map((input) => input.name).sort());
  });

  test('accounts for every file exactly once, as analysed or skipped with the expected reason', () => {
    for (const input of inputs) {
      const path = join(folder, input.name);
      const analysed = report().articles.filter((article) => article.path === path);
      const skipped = report().skipped.filter((entry) => entry.path === path);
      assert.equal(analysed.length + skipped.length, 1, `${input.name}: analysed ${analysed.length}×, skipped ${skipped.length}×`);
      if (input.expect.outcome === 'skipped') {
        assert.equal(skipped.length, 1, `${input.name} should be skipped but was analysed`);
        assert.match(skipped[0].reason, input.expect.reason, input.name);
        assert.ok(run.stderr.includes(`skipped ${path}: ${skipped[0].reason}\n`), `${input.name}: no stderr line`);
      } else {
        assert.equal(analysed.length, 1, `${input.name} should be analysed but was skipped: ${skipped[0]?.reason}`);
      }
    }
    assert.equal(report().articles.length + report().skipped.length, inputs.length, 'entries that match no input');
    const paths = report().articles.map((article) => article.path);
    assert.deepEqual(paths, [...paths].sort(), 'articles are not sorted by path');
  });

  test('prints each decoding note on stderr', () => {
    for (const input of inputs) {
      if (input.expect.outcome !== 'analysed' || !input.expect.note) continue;
      const notes = [...run.stderr.matchAll(new RegExp(`^note ${escapeRegExp(join(folder, input.name))}: (.*)$`, 'gm'))].map((match) => match[1]);
      assert.ok(notes.some((note) => input.expect.outcome === 'analysed' && input.expect.note!.test(note)), `${input.name}: notes were ${JSON.stringify(notes)}`);
    }
  });

  test('every analysed article keeps the JSON promises against its decoded text', async () => {
    for (const article of report().articles) {
      const read = await readArticleFile(article.path, { maxBytes: maxFileBytes(defaultSettings) });
      assert.ok(read.ok, `${article.path} was analysed by the CLI but cannot be read here`);
      const positionOf = createPositionMapper(read.text);
      let previousEnd = 0;
      for (const mention of article.mentions) {
        assert.ok(mention.start >= previousEnd && mention.start < mention.end && mention.end <= read.text.length, `${article.path}: bad span ${mention.start}-${mention.end}`);
        assert.equal(read.text.slice(mention.start, mention.end), mention.text, `${article.path}: text at ${mention.start}`);
        assert.deepEqual({ line: mention.line, character: mention.character }, positionOf(mention.start), `${article.path}: position of ${mention.start}`);
        previousEnd = mention.end;
      }
    }
  });

  test('decodes the Windows-1252 German exactly and extracts its figures', async () => {
    const path = join(folder, 'windows-1252.txt');
    const read = await readArticleFile(path, { maxBytes: maxFileBytes(defaultSettings) });
    assert.deepEqual(read, { ok: true, text: windows1252GermanText, encoding: 'windows-1252', notes: ['decoded as Windows-1252'] });
    const article = report().articles.find((entry) => entry.path === path)!;
    const figures = article.mentions.filter((mention) => mention.kind === 'money' || mention.kind === 'percent');
    assert.deepEqual(
      figures.map(({ kind, text, value, currency }) => ({ kind, text, value, currency })),
      [
        { kind: 'money', text: '3,2 Mrd. €', value: 3.2e9, currency: 'EUR' },
        { kind: 'percent', text: '12,5 Prozent', value: 12.5, currency: undefined },
      ],
    );
  });

  test('offsets in the CRLF, BOM and UTF-16 files match line by line', () => {
    const mentionsOf = (name: string) => report().articles.find((entry) => entry.path === join(folder, name))!.mentions;
    const withoutCarriageReturns = mentionsOf('crlf.txt').map(({ kind, text, line, value }) => ({ kind, text, line, value }));
    const fromBom = mentionsOf('utf8-bom.txt').map(({ kind, text, line, value }) => ({ kind, text, line, value }));
    const fromUtf16 = mentionsOf('utf16le-bom.txt').map(({ kind, text, line, value }) => ({ kind, text, line, value }));
    assert.ok(fromBom.length >= 4, `expected the sample's figures and companies, got ${JSON.stringify(fromBom)}`);
    assert.deepEqual(withoutCarriageReturns, fromBom);
    assert.deepEqual(fromUtf16, fromBom);
    // The BOM is not part of the text, so offsets equal those of the same text without it.
    assert.equal(mentionsOf('utf8-bom.txt')[0].start, mentionsOf('utf16le-bom.txt')[0].start);
  });

  test('analyses the good article exactly as it does alone', () => {
    const path = join(folder, 'good-article.txt');
    const alone = runCliProcess(cli.cliPath, ['--json', path], runBoundMs);
    assert.equal(alone.status, 0, alone.stderr);
    const aloneReport = JSON.parse(alone.stdout) as CliJsonReport;
    const inFolder = report().articles.find((entry) => entry.path === path);
    assert.ok(inFolder, 'the good article is missing from the folder run');
    assert.deepEqual(inFolder, aloneReport.articles[0]);
    assert.ok(inFolder.mentions.some((mention) => mention.kind === 'money' && mention.text === 'bis zu 50 Milliarden US-Dollar' && mention.value === 5e10));
    assert.equal(inFolder.published, '2026-01-30');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
