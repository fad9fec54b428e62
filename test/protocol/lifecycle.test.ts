// Protocol: initialize, the background index with its progress and status, which documents count as
// articles, and the one-time message about skipped files.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { copySeeds, removeDir, TestClient, uriOf } from './harness';

describe('lifecycle', () => {
  let dir: string;
  let client: TestClient;
  let initializeResult: InitializeResult;

  before(async () => {
    dir = copySeeds();
    // A PDF renamed to .txt: matches the article globs, but is skipped as binary.
    writeFileSync(path.join(dir, 'scan.pdf.txt'), Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 0)]));
    // Excluded by the default exclude globs.
    mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules', 'pkg', 'readme.txt'), 'Amazon investiert 99 Milliarden Dollar in OpenAI.');
    // Not an article by its path.
    writeFileSync(path.join(dir, 'notes.md'), 'Amazon investiert 10 Milliarden Dollar in OpenAI.');
    ({ client, initializeResult } = await TestClient.start(dir));
    await client.indexed();
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('advertises exactly these capabilities', () => {
    assert.deepEqual(initializeResult, {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: 2 },
        hoverProvider: true,
        semanticTokensProvider: {
          legend: {
            tokenTypes: ['money', 'percent', 'quantity', 'company', 'date', 'person'],
            tokenModifiers: ['approximate', 'bound', 'conflicting'],
          },
          full: true,
          range: true,
        },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: ['finnews.acceptConflict', 'finnews.openLocation'] },
        inlayHintProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'finnews', version: '0.1.0' },
    });
  });

  it('registers a file watcher for every file', () => {
    assert.equal(client.recorded.registrations.length, 1);
    const registration = client.recorded.registrations[0] as { method: string; registerOptions: unknown };
    assert.equal(registration.method, 'workspace/didChangeWatchedFiles');
    assert.deepEqual(registration.registerOptions, { watchers: [{ globPattern: '**/*' }] });
  });

  it('reports the background index with $/progress, file by file', () => {
    const tokens = new Set(client.recorded.progress.map((event) => event.token));
    assert.equal(tokens.size, 1, 'one progress token for the run');
    assert.deepEqual(
      client.recorded.progress.map((event) => event.value),
      [
        { kind: 'begin', title: 'finnews', percentage: 0, message: 'Finding articles…', cancellable: false },
        // Five seeds and the PDF match the globs; node_modules and notes.md do not.
        { kind: 'report', percentage: 16, message: '1/6 articles' },
        { kind: 'report', percentage: 33, message: '2/6 articles' },
        { kind: 'report', percentage: 50, message: '3/6 articles' },
        { kind: 'report', percentage: 66, message: '4/6 articles' },
        { kind: 'report', percentage: 83, message: '5/6 articles' },
        { kind: 'report', percentage: 100, message: '6/6 articles' },
        { kind: 'end' },
      ],
    );
  });

  it('sends finnews/status at the start and the end of indexing', () => {
    assert.deepEqual(client.recorded.statuses, [
      { articles: 0, conflicts: 0, skipped: 0, indexing: true },
      { articles: 5, conflicts: 1, skipped: 1, indexing: false },
    ]);
  });

  it('names each skipped file once, and not again when the workspace is indexed again', async () => {
    assert.deepEqual(client.recorded.warnings, ['finnews skipped 1 file: scan.pdf.txt (binary file (PDF))']);
    // A settings change that needs a new index (the size limit) runs the whole index again.
    client.settings = { maxFileSizeKB: 100 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.indexed(2);
    assert.equal(client.recorded.warnings.length, 1);
    assert.deepEqual(client.recorded.statuses.at(-1), { articles: 5, conflicts: 1, skipped: 1, indexing: false });
  });

  it('gives a document that is not an article nothing', async () => {
    const uri = uriOf(path.join(dir, 'notes.md'));
    await client.open(uri, readFileSync(path.join(dir, 'notes.md'), 'utf8'), 'markdown');
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } });
    const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(hover, null);
    assert.deepEqual(tokens, { data: [] });
    // Requests are answered in order, so any diagnostics for the didOpen would have arrived by now.
    assert.equal(client.recorded.diagnostics.has(uri), false);
  });

  it('treats a document the client marks as finnews-article as an article, whatever its URI', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'Amazon investiert 10 Milliarden Dollar in OpenAI.', 'finnews-article');
    const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    // Amazon, 10 Milliarden Dollar, OpenAI: three tokens of five numbers each.
    assert.equal((tokens as { data: number[] }).data.length, 15);
  });
});
