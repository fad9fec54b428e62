// Protocol: articles deleted, renamed and changed on disk while the background index runs. The client
// sends the file events a real editor sends; when the index ends, the server's state matches the disk
// exactly, and the server wrote nothing into the workspace.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { emptyWorkspace, rangeOf, removeDir, seedNames, seedsDir, TestClient, uriOf } from './harness';

/** Folders of copies of the five seeds: 5 × batches articles, enough for the index to take a moment. */
const batches = 80;
const articleCount = batches * seedNames.length;

/** LSP FileChangeType. */
const created = 1;
const changed = 2;
const deleted = 3;

const batch = (n: number) => `batch-${String(n).padStart(3, '0')}`;

/** sha256 of every file below a folder, by path relative to it (with "/"). */
function hashes(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const entryPath = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(entryPath);
      else result.set(path.relative(dir, entryPath).split(path.sep).join('/'), createHash('sha256').update(readFileSync(entryPath)).digest('hex'));
    }
  };
  walk(dir);
  return result;
}

describe('files deleted, renamed and changed while the workspace is indexed', () => {
  let dir: string;
  let client: TestClient;

  // The three files touched during the index, in the last batch so the index has not filed them yet.
  const deletedFile = `${batch(batches - 1)}/${seedNames[0]}`;
  const renamedFrom = `${batch(batches - 2)}/${seedNames[2]}`;
  const renamedTo = `${batch(batches - 2)}/renamed-${seedNames[2]}`;
  const rewrittenFile = `${batch(batches - 1)}/${seedNames[1]}`;
  const original001 = readFileSync(path.join(seedsDir, seedNames[1]), 'utf8');
  const rewritten001 = original001.replaceAll('10 Milliarden Dollar', '20 Milliarden Dollar');

  let before_: Map<string, string>;
  let percentWhenSent: number | undefined;

  before(async () => {
    dir = emptyWorkspace();
    for (let n = 0; n < batches; n++) {
      mkdirSync(path.join(dir, batch(n)));
      for (const name of seedNames) copyFileSync(path.join(seedsDir, name), path.join(dir, batch(n), name));
    }
    before_ = hashes(dir);
    assert.equal(before_.size, articleCount);
    assert.notEqual(rewritten001, original001);

    ({ client } = await TestClient.start(dir));
    // The listing is done and files are being filed into the index: a progress report of "n/400" with
    // n < 400 arrived, and the run has not ended.
    const report = await client.waitFor('a progress report in the middle of the index', () =>
      client.recorded.progress.find((event) => event.value.kind === 'report' && event.value.percentage !== undefined && event.value.percentage < 100),
    );
    assert.match(report.value.message ?? '', new RegExp(`^\\d+/${articleCount} articles$`));

    rmSync(path.join(dir, deletedFile));
    renameSync(path.join(dir, renamedFrom), path.join(dir, renamedTo));
    writeFileSync(path.join(dir, rewrittenFile), rewritten001);
    const stillIndexing = !client.recorded.progress.some((event) => event.value.kind === 'end');
    percentWhenSent = client.recorded.progress.filter((event) => event.value.kind === 'report').at(-1)?.value.percentage;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uriOf(path.join(dir, deletedFile)), type: deleted },
        { uri: uriOf(path.join(dir, renamedFrom)), type: deleted },
        { uri: uriOf(path.join(dir, renamedTo)), type: created },
        { uri: uriOf(path.join(dir, rewrittenFile)), type: changed },
      ],
    });
    // If this fails, the index finished before the changes: make the workspace bigger.
    assert.ok(stillIndexing, `the index was still running when the file events were sent (last report ${percentWhenSent} %)`);
    assert.ok(percentWhenSent !== undefined && percentWhenSent < 100, `last report ${percentWhenSent} %`);
    await client.indexed();
  });

  after(async () => {
    await client?.stop();
    removeDir(dir);
  });

  it('counts the articles on disk: the deleted file gone, the renamed one once under its new name', async () => {
    // The file events may still be handled after the run ended, so the status is awaited; on a timeout
    // the last status is compared, which names the wrong number.
    const expected = { articles: articleCount - 1, skipped: 0, indexing: false };
    const last = () => client.recorded.statuses.at(-1);
    await client
      .waitFor(`the status to say ${JSON.stringify(expected)}`, () => {
        const status = last();
        return status && !status.indexing && status.articles === expected.articles ? status : undefined;
      }, 10_000)
      .catch(() => undefined);
    const status = last();
    assert.deepEqual(status && { articles: status.articles, skipped: status.skipped, indexing: status.indexing }, expected);
  });

  it('leaves no diagnostics on the deleted file or the old name of the renamed one', () => {
    for (const gone of [deletedFile, renamedFrom]) {
      assert.deepEqual(client.recorded.diagnostics.get(uriOf(path.join(dir, gone))) ?? [], [], gone);
    }
    // The renamed file is analysed under its new name like every other copy of 002.
    const renamedDiagnostics = client.recorded.diagnostics.get(uriOf(path.join(dir, renamedTo)));
    const sibling = client.recorded.diagnostics.get(uriOf(path.join(dir, batch(0), seedNames[2])));
    assert.ok(renamedDiagnostics, 'diagnostics were published for the new name');
    assert.ok(sibling, 'diagnostics were published for the same seed in batch-000');
    assert.deepEqual(
      renamedDiagnostics.map((diagnostic) => diagnostic.code),
      sibling.map((diagnostic) => diagnostic.code),
      `the last diagnostics of ${renamedTo} are those of every other copy of ${seedNames[2]}`,
    );
  });

  it('hovers the figure of the rewritten file with its new value', async () => {
    const { start } = rangeOf(rewritten001, '20 Milliarden Dollar');
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uriOf(path.join(dir, rewrittenFile)) },
      position: { line: start.line, character: start.character + 1 },
    });
    assert.equal((hover?.contents as { value: string } | undefined)?.value.split('\n\n')[0], '**20 000 000 000 USD**');
  });

  it('wrote nothing into the workspace', () => {
    const after_ = hashes(dir);
    const expected = new Map(before_);
    expected.delete(deletedFile);
    expected.set(renamedTo, before_.get(renamedFrom)!);
    expected.delete(renamedFrom);
    expected.set(rewrittenFile, createHash('sha256').update(rewritten001).digest('hex'));
    assert.deepEqual([...after_.keys()].sort(), [...expected.keys()].sort());
    assert.deepEqual(after_, expected);
  });
});
