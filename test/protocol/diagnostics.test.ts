// Protocol: the seeds' one conflict as diagnostics on every involved file (open or closed), and how
// edits, closing, deleting, re-creating and renaming files change them.

import assert from 'node:assert/strict';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { copySeeds, rangeOf, removeDir, seedNames, TestClient, uriOf } from './harness';

const conflictMessage =
  'Amazon → OpenAI · investment: the reported value changed over time. ' +
  '001_d03fd6a6cf6b45a2.txt (2025-12-20) says 10 bn USD; 000_c8c95a676d34506b.txt (2026-02-03), ' +
  '002_a365eef2ac63f869.txt (2026-01-30), 003_0d1240ef380ee946.txt (2026-01-31), 004_74890980bce22e95.txt (2026-01-30) ' +
  'say up to 50 bn USD. Same fact because the same subject (Amazon), counterpart (OpenAI), measure (investment), ' +
  'no period of its own in any of the sentences.';

describe('diagnostics', () => {
  let dir: string;
  let client: TestClient;
  const fileOf = (name: string) => path.join(dir, name);
  const uriOfSeed = (name: string) => uriOf(fileOf(name));
  const textOf = (name: string) => readFileSync(path.join(__dirname, '..', '..', 'seeds', name), 'utf8');

  /** A related place: the n-th occurrence of a figure in a seed, with the message naming it. */
  const place = (name: string, needle: string, occurrence: number, date: string, uri = uriOfSeed(name)) => ({
    location: { uri, range: rangeOf(textOf(name), needle, occurrence) },
    message: `${name} says ${needle} (${date})`,
  });

  /** The diagnostic every seed but 001 carries: on its first 50 bn, pointing at 001's two 10 bn. */
  const fiftyBillionDiagnostic = (name: string, needle: string, uri001 = uriOfSeed('001_d03fd6a6cf6b45a2.txt')): Diagnostic => ({
    range: rangeOf(textOf(name), needle),
    severity: 2,
    code: 'value-changed-over-time',
    codeDescription: { href: 'https://github.com/finnews/finnews#conflict-rules' },
    source: 'finnews',
    message: conflictMessage,
    relatedInformation: [
      place('001_d03fd6a6cf6b45a2.txt', '10 Milliarden Dollar', 1, '2025-12-20', uri001),
      place('001_d03fd6a6cf6b45a2.txt', 'mindestens 10 Milliarden Dollar', 1, '2025-12-20', uri001),
    ],
    data: { factId: 'Amazon|investment|USD|OpenAI|current|', values: ['10000000000', 'upTo 50000000000'] },
  });

  const expected001: () => Diagnostic = () => ({
    range: rangeOf(textOf('001_d03fd6a6cf6b45a2.txt'), '10 Milliarden Dollar'),
    severity: 2,
    code: 'value-changed-over-time',
    codeDescription: { href: 'https://github.com/finnews/finnews#conflict-rules' },
    source: 'finnews',
    message: conflictMessage,
    // Every disagreeing figure in the other files, by file and then by place; checked by hand against
    // the seeds: each is an "up to 50 bn" for Amazon's investment in OpenAI.
    relatedInformation: [
      place('000_c8c95a676d34506b.txt', 'bis zu 50 Milliarden US-Dollar', 1, '2026-02-03'),
      place('002_a365eef2ac63f869.txt', 'bis zu 50 Milliarden US-Dollar', 1, '2026-01-30'),
      place('002_a365eef2ac63f869.txt', 'bis 50 Mrd. Dollar', 1, '2026-01-30'),
      place('002_a365eef2ac63f869.txt', 'bis zu 50 Milliarden US-Dollar', 2, '2026-01-30'),
      place('002_a365eef2ac63f869.txt', 'bis zu 50 Mrd. US-Dollar', 1, '2026-01-30'),
      place('002_a365eef2ac63f869.txt', 'bis zu 50 Milliarden US-Dollar', 3, '2026-01-30'),
      place('003_0d1240ef380ee946.txt', 'bis zu 50 Milliarden Dollar', 1, '2026-01-31'),
      place('004_74890980bce22e95.txt', 'bis zu 50 Milliarden US-Dollar', 1, '2026-01-30'),
      place('004_74890980bce22e95.txt', 'bis zu 50 Milliarden US-Dollar', 2, '2026-01-30'),
      place('004_74890980bce22e95.txt', 'bis zu 50 Milliarden US-Dollar', 3, '2026-01-30'),
    ],
    data: { factId: 'Amazon|investment|USD|OpenAI|current|', values: ['10000000000', 'upTo 50000000000'] },
  });

  /** Waits until every seed except those named shows no diagnostics. */
  const allCleared = (names: readonly string[]) =>
    Promise.all(names.map((name) => client.diagnosticsWhere(uriOfSeed(name), (list) => list.length === 0, `${name} cleared`)));

  before(async () => {
    dir = copySeeds();
    ({ client } = await TestClient.start(dir));
    await client.indexed();
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('publishes exactly one conflict for each involved file, with nothing open', () => {
    assert.deepEqual(client.recorded.diagnostics.get(uriOfSeed('001_d03fd6a6cf6b45a2.txt')), [expected001()]);
    assert.deepEqual(client.recorded.diagnostics.get(uriOfSeed('000_c8c95a676d34506b.txt')), [
      fiftyBillionDiagnostic('000_c8c95a676d34506b.txt', 'bis zu 50 Milliarden US-Dollar'),
    ]);
    assert.deepEqual(client.recorded.diagnostics.get(uriOfSeed('002_a365eef2ac63f869.txt')), [
      fiftyBillionDiagnostic('002_a365eef2ac63f869.txt', 'bis zu 50 Milliarden US-Dollar'),
    ]);
    assert.deepEqual(client.recorded.diagnostics.get(uriOfSeed('003_0d1240ef380ee946.txt')), [
      fiftyBillionDiagnostic('003_0d1240ef380ee946.txt', 'bis zu 50 Milliarden Dollar'),
    ]);
    assert.deepEqual(client.recorded.diagnostics.get(uriOfSeed('004_74890980bce22e95.txt')), [
      fiftyBillionDiagnostic('004_74890980bce22e95.txt', 'bis zu 50 Milliarden US-Dollar'),
    ]);
    // Published once per file, never cleared in between.
    assert.equal(client.recorded.diagnosticEvents.length, 5);
  });

  it('re-publishes on didChange: an edit that removes the disagreement clears all five, undoing it restores them', async () => {
    const name = '001_d03fd6a6cf6b45a2.txt';
    const uri = uriOfSeed(name);
    const text = textOf(name);
    await client.open(uri, text);
    const ten = rangeOf(text, '10', 1);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: ten, text: '50' }],
    });
    await allCleared(seedNames);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: ten, text: '10' }],
    });
    await client.diagnosticsWhere(uri, (list) => list.length === 1, '001 conflict back');
    assert.deepEqual(client.recorded.diagnostics.get(uri), [expected001()]);
    await client.diagnosticsWhere(uriOfSeed('003_0d1240ef380ee946.txt'), (list) => list.length === 1, '003 conflict back');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('removes the conflict when 001 is deleted on disk, and restores it when 001 is created again', async () => {
    const name = '001_d03fd6a6cf6b45a2.txt';
    const uri = uriOfSeed(name);
    rmSync(fileOf(name));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await allCleared(seedNames);
    await client.waitFor('status without the conflict', () =>
      client.recorded.statuses.some((status) => status.articles === 4 && status.conflicts === 0),
    );

    writeFileSync(fileOf(name), textOf(name));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await client.diagnosticsWhere(uri, (list) => list.length === 1, '001 conflict back after create');
    assert.deepEqual(client.recorded.diagnostics.get(uri), [expected001()]);
  });

  it('follows a rename (delete + create) to the new URI', async () => {
    const oldUri = uriOfSeed('001_d03fd6a6cf6b45a2.txt');
    const newUri = uriOfSeed('001_renamed.txt');
    renameSync(fileOf('001_d03fd6a6cf6b45a2.txt'), fileOf('001_renamed.txt'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: oldUri, type: 3 },
        { uri: newUri, type: 1 },
      ],
    });
    await client.diagnosticsWhere(oldUri, (list) => list.length === 0, 'old URI cleared');
    const [moved] = await client.diagnosticsWhere(newUri, (list) => list.length === 1, 'new URI has the conflict');
    assert.deepEqual(moved.range, rangeOf(textOf('001_d03fd6a6cf6b45a2.txt'), '10 Milliarden Dollar'));
    const [on002] = await client.diagnosticsWhere(
      uriOfSeed('002_a365eef2ac63f869.txt'),
      (list) => list.length === 1 && list[0].relatedInformation?.[0].location.uri === newUri,
      '002 points at the renamed file',
    );
    assert.deepEqual(
      on002.relatedInformation?.map((related) => related.location.uri),
      [newUri, newUri],
    );
  });

  it('lets an open document\'s unsaved text win over a change on disk', async () => {
    const uri = uriOfSeed('001_renamed.txt');
    const text = textOf('001_d03fd6a6cf6b45a2.txt');
    // The editor holds 001 with the first 10 bn changed to 50 bn: no disagreement.
    await client.open(uri, text.replace('10 Milliarden Dollar', '50 Milliarden Dollar'));
    await allCleared(seedNames.filter((name) => name !== '001_d03fd6a6cf6b45a2.txt'));
    // The file on disk changes (still 10 bn); the open text must still count.
    writeFileSync(fileOf('001_renamed.txt'), `${text}\n`);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    const symbols = await client.connection.sendRequest('workspace/symbol', { query: 'Amazon' });
    assert.ok(Array.isArray(symbols));
    assert.deepEqual(client.recorded.diagnostics.get(uri), []);
    assert.deepEqual(client.recorded.diagnostics.get(uriOfSeed('000_c8c95a676d34506b.txt')), []);
  });
});
