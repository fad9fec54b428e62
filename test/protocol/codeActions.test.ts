// Protocol: the quick fixes on the seeds' conflict. Accepting writes the reviewed-conflicts file and
// clears the diagnostics; opening another article asks the client to show it; a corrupt reviewed file
// is reported and never overwritten.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { copySeeds, rangeOf, removeDir, seedNames, TestClient, uriOf } from './harness';

const factId = 'Amazon|investment|USD|OpenAI|current|';

describe('code actions', () => {
  let dir: string;
  let client: TestClient;
  let diagnostic: Diagnostic;
  let actions: CodeAction[];
  const uriOfSeed = (name: string) => uriOf(path.join(dir, name));
  const textOf = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const reviewedPath = () => path.join(dir, '.finnews', 'reviewed-conflicts.json');
  const uri001 = () => uriOfSeed('001_d03fd6a6cf6b45a2.txt');

  before(async () => {
    dir = copySeeds();
    ({ client } = await TestClient.start(dir));
    await client.indexed();
    await client.open(uri001(), textOf('001_d03fd6a6cf6b45a2.txt'));
    [diagnostic] = client.recorded.diagnostics.get(uri001()) ?? [];
    actions = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri001() },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('offers to accept the discrepancy and to open each other article at its first disagreeing figure', () => {
    const open = (name: string, needle: string) => {
      const title = `Open ${name} at “${needle}”`;
      return {
        title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        command: { title, command: 'finnews.openLocation', arguments: [{ uri: uriOfSeed(name), range: rangeOf(textOf(name), needle) }] },
      };
    };
    assert.deepEqual(actions, [
      {
        title: 'Accept this discrepancy (mark as reviewed)',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        command: {
          title: 'Accept this discrepancy',
          command: 'finnews.acceptConflict',
          arguments: [{ uri: uri001(), factId, values: ['10000000000', 'upTo 50000000000'] }],
        },
      },
      open('000_c8c95a676d34506b.txt', 'bis zu 50 Milliarden US-Dollar'),
      open('002_a365eef2ac63f869.txt', 'bis zu 50 Milliarden US-Dollar'),
      open('003_0d1240ef380ee946.txt', 'bis zu 50 Milliarden Dollar'),
      open('004_74890980bce22e95.txt', 'bis zu 50 Milliarden US-Dollar'),
    ]);
  });

  it('offers nothing when only other kinds of action are asked for', async () => {
    const none = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri001() },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['refactor'] },
    });
    assert.deepEqual(none, []);
  });

  it('opens another article at the figure through window/showDocument', async () => {
    const command = actions[2].command!;
    await client.connection.sendRequest('workspace/executeCommand', { command: command.command, arguments: command.arguments });
    assert.deepEqual(client.recorded.showDocuments, [
      {
        uri: uriOfSeed('002_a365eef2ac63f869.txt'),
        selection: rangeOf(textOf('002_a365eef2ac63f869.txt'), 'bis zu 50 Milliarden US-Dollar'),
        takeFocus: true,
      },
    ]);
  });

  it('accepting writes the reviewed-conflicts file and clears the conflict everywhere', async () => {
    assert.equal(existsSync(reviewedPath()), false);
    const command = actions[0].command!;
    await client.connection.sendRequest('workspace/executeCommand', { command: command.command, arguments: command.arguments });
    await Promise.all(
      seedNames.map((name) => client.diagnosticsWhere(uriOfSeed(name), (list) => list.length === 0, `${name} cleared`)),
    );
    const written = readFileSync(reviewedPath(), 'utf8');
    const reviewedAt = (JSON.parse(written) as { reviewed: { reviewedAt: string }[] }).reviewed[0].reviewedAt;
    assert.match(reviewedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.equal(
      written,
      [
        '{',
        '  "version": 1,',
        '  "reviewed": [',
        '    {',
        `      "factId": "${factId}",`,
        '      "values": [',
        '        "10000000000",',
        '        "upTo 50000000000"',
        '      ],',
        `      "reviewedAt": "${reviewedAt}"`,
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    await client.waitFor('status without open conflicts', () => client.recorded.statuses.at(-1)?.conflicts === 0);
  });

  it('a fresh server on the same folder keeps the reviewed conflict hidden', async () => {
    const { client: second } = await TestClient.start(dir);
    try {
      await second.indexed();
      assert.deepEqual(second.recorded.diagnosticEvents, []);
      assert.deepEqual(second.recorded.statuses.at(-1), { articles: 5, conflicts: 0, skipped: 0, indexing: false });
    } finally {
      await second.stop();
    }
  });

  it('a corrupt reviewed file is reported, the conflict shows again, and accepting never overwrites it', async () => {
    const corrupt = '{ "version": 1, "reviewed": [ oops';
    writeFileSync(reviewedPath(), corrupt);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(reviewedPath()), type: 2 }] });
    await client.diagnosticsWhere(uri001(), (list) => list.length === 1, 'conflict back after the file broke');
    assert.equal(client.recorded.errors.length, 1);
    assert.match(client.recorded.errors[0], /^finnews: the reviewed-conflicts file cannot be used: .*reviewed-conflicts\.json: not valid JSON/);

    const command = actions[0].command!;
    await client.connection.sendRequest('workspace/executeCommand', { command: command.command, arguments: command.arguments });
    await client.waitFor('the second error', () => client.recorded.errors.length === 2);
    assert.match(client.recorded.errors[1], /It was not overwritten; fix or delete it, then accept again\.$/);
    assert.equal(readFileSync(reviewedPath(), 'utf8'), corrupt);
    assert.equal(client.recorded.diagnostics.get(uri001())?.length, 1);
  });
});
