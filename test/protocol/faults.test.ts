// Protocol: stale requests are cancelled, a burst of 1,000 edits ends in the right state, and the
// server stays up.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ResponseError, type Hover, type SemanticTokens } from 'vscode-languageserver-protocol';
import { decodeSemanticTokens } from '../../server/src/lsp/semanticTokens';
import { copySeeds, rangeOf, removeDir, seedNames, TestClient, uriOf } from './harness';

/** LSP's error code for a request the client cancelled. */
const requestCancelled = -32800;

describe('faults', () => {
  let dir: string;
  let client: TestClient;
  const uriOfSeed = (name: string) => uriOf(path.join(dir, name));

  before(async () => {
    dir = copySeeds();
    ({ client } = await TestClient.start(dir));
    await client.indexed();
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('answers a request made stale by a newer version, and cancelled by the client, with RequestCancelled', async () => {
    const uri = uriOf(path.join(dir, 'draft.news'));
    await client.open(uri, 'Siemens investiert 2 Milliarden Euro.', 'finnews-article');
    const source = new CancellationTokenSource();
    let stale: Promise<SemanticTokens> | undefined;
    // The request, the edit that makes it stale, and the client's cancellation reach the server in one
    // read, as they do when an editor types fast; the server must not compute the stale answer.
    client.inOneWrite(() => {
      stale = client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }, source.token);
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: 'Die Aktie von Siemens stieg um 3 Prozent.' }],
      });
      source.cancel();
    });
    await assert.rejects(stale!, (error: unknown) => error instanceof ResponseError && error.code === requestCancelled);
    const fresh: SemanticTokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(decodeSemanticTokens(fresh.data), [
      { line: 0, character: 14, length: 7, type: 'company', modifiers: [] },
      { line: 0, character: 31, length: 9, type: 'percent', modifiers: [] },
    ]);
  });

  it('answers a cancelled hover with RequestCancelled', async () => {
    const name = '003_0d1240ef380ee946.txt';
    const uri = uriOfSeed(name);
    await client.open(uri, readFileSync(path.join(dir, name), 'utf8'));
    const source = new CancellationTokenSource();
    let hover: Promise<Hover | null> | undefined;
    client.inOneWrite(() => {
      hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 100 } }, source.token);
      source.cancel();
    });
    await assert.rejects(hover!, (error: unknown) => error instanceof ResponseError && error.code === requestCancelled);
  });

  it('turns an exception in a handler into a logged fallback answer, and keeps serving', async () => {
    const name = '002_a365eef2ac63f869.txt';
    const uri = uriOfSeed(name);
    const text = readFileSync(path.join(dir, name), 'utf8');
    await client.open(uri, text);
    // A malformed request: no position. The handler throws inside runSafe.
    const broken = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null });
    assert.equal(broken, null);
    await client.waitFor('the logged error', () => client.recorded.logs.find((line) => line.startsWith('finnews: hover failed:')));
    const unknown = await client.connection.sendRequest('workspace/executeCommand', { command: 'finnews.acceptConflict', arguments: [42] });
    assert.equal(unknown, null);
    await client.waitFor('the logged bad command', () =>
      client.recorded.logs.includes('finnews: unknown command or bad arguments: finnews.acceptConflict'),
    );
    const working: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: rangeOf(text, 'Amazon').start,
    });
    assert.equal((working?.contents as { value: string }).value.split('\n\n')[0], '**Amazon** · company');
  });

  it('ends a burst of 1,000 edits in the state of the last one', async () => {
    const name = '001_d03fd6a6cf6b45a2.txt';
    const uri = uriOfSeed(name);
    const text = readFileSync(path.join(dir, name), 'utf8');
    await client.open(uri, text);
    const jobs = rangeOf(text, '370 Stellen');
    const number = { start: jobs.start, end: { line: jobs.start.line, character: jobs.start.character + 3 } };
    const ten = rangeOf(text, '10', 1);
    const eventsBefore = client.recorded.diagnosticEvents.length;
    // 999 edits toggle "370 Stellen" (a fact no other article states); the last edit turns the first
    // 10 bn into 50 bn, which agrees with the other articles and ends the conflict.
    for (let edit = 1; edit < 1000; edit++) {
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: edit + 1 },
        contentChanges: [{ range: number, text: edit % 2 === 1 ? '371' : '370' }],
      });
    }
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 1001 },
      contentChanges: [{ range: ten, text: '50' }],
    });
    await Promise.all(seedNames.map((seed) => client.diagnosticsWhere(uriOfSeed(seed), (list) => list.length === 0, `${seed} cleared`)));
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: ten.start.line, character: ten.start.character + 1 },
    });
    assert.equal((hover?.contents as { value: string }).value.split('\n\n')[0], '**50 000 000 000 USD**');
    const jobsHover: Hover | null = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: jobs.start });
    assert.equal((jobsHover?.contents as { value: string }).value.split('\n\n')[0], '**371 jobs**');
    // The toggles changed no diagnostics, so each file was published exactly once: cleared.
    const published = client.recorded.diagnosticEvents.slice(eventsBefore).map((event) => event.uri).sort();
    assert.deepEqual(published, seedNames.map(uriOfSeed).sort());
    assert.equal(client.child.exitCode, null, 'the server is still running');
  });
});
