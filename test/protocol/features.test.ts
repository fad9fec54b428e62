// Protocol: the company table file, inlay hints and their setting, document symbols, workspace
// symbols, and definition / references for a company across articles.

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover, InlayHint, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { emptyWorkspace, rangeOf, removeDir, TestClient, uriOf } from './harness';

/** Published on Thursday 12 March 2026, so "am Freitag" is the Friday before, 6 March. */
const siemensText =
  'München, 12. März 2026 – Siemens investiert rund 2,5 Milliarden Euro in ein neues Werk.\n' +
  'Die Aktie stieg am Freitag um 3,4 Prozent auf 180,50 Euro.\n' +
  'Die Acme Robotics investiert 5 Milliarden Euro in Siemens Energy.\n';
const secondText = 'Berlin, 13. März 2026 – Siemens baut 500 Stellen ab.\n';

describe('features', () => {
  let dir: string;
  let client: TestClient;
  const siemensUri = () => uriOf(path.join(dir, 'siemens.news'));
  const secondUri = () => uriOf(path.join(dir, 'siemens2.news'));
  const companyTable = () => path.join(dir, '.finnews', 'companies.json');

  const hoverAt = (needle: string): Promise<Hover | null> =>
    client.connection.sendRequest('textDocument/hover', { textDocument: { uri: siemensUri() }, position: rangeOf(siemensText, needle).start });
  const inlayHints = (): Promise<InlayHint[]> =>
    client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: siemensUri() },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    });

  before(async () => {
    dir = emptyWorkspace();
    writeFileSync(path.join(dir, 'siemens.news'), siemensText);
    writeFileSync(path.join(dir, 'siemens2.news'), secondText);
    ({ client } = await TestClient.start(dir));
    await client.indexed();
    await client.open(siemensUri(), siemensText, 'finnews-article');
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('learns a company from the workspace company table, and reports a bad table', async () => {
    // Without the table, "Acme Robotics" is no company.
    assert.equal(await hoverAt('Acme'), null);
    mkdirSync(path.dirname(companyTable()), { recursive: true });
    writeFileSync(companyTable(), JSON.stringify({ companies: [{ name: 'Acme Robotics', aliases: ['Acme'] }] }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(companyTable()), type: 1 }] });
    await client.indexed(2);
    assert.deepEqual(await hoverAt('Acme'), {
      contents: { kind: 'markdown', value: '**Acme Robotics** · company\n\nAliases: Acme\n\nMentioned in 1 article (1 mention)' },
      range: rangeOf(siemensText, 'Acme Robotics'),
    });

    writeFileSync(companyTable(), '{ "companies": 5 }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(companyTable()), type: 2 }] });
    await client.indexed(3);
    assert.deepEqual(client.recorded.warnings, [
      `finnews: problems in the company table (the built-in table is used): ${companyTable()}: expected an object with a "companies" array`,
    ]);
    assert.equal(await hoverAt('Acme'), null);

    writeFileSync(companyTable(), JSON.stringify({ companies: [{ name: 'Acme Robotics', aliases: ['Acme'] }] }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(companyTable()), type: 2 }] });
    await client.indexed(4);
  });

  it('shows normalized values after figures and the resolved date after a relative date', async () => {
    const after = (needle: string, label: string, occurrence = 1) => ({
      position: rangeOf(siemensText, needle, occurrence).end,
      label,
      kind: 1,
      paddingLeft: true,
    });
    assert.deepEqual(await inlayHints(), [
      // "12. März 2026" is written in full: no hint.
      after('rund 2,5 Milliarden Euro', '≈ 2.5·10⁹ EUR'),
      after('Freitag', '= 2026-03-06'),
      after('3,4 Prozent', '= 3.4 %'),
      after('180,50 Euro', '= 180.50 EUR'),
      // The first "5 Milliarden Euro" is the end of "2,5 Milliarden Euro".
      after('5 Milliarden Euro', '= 5·10⁹ EUR', 2),
    ]);
  });

  it('outlines the article by the facts it states', async () => {
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: siemensUri() } });
    const fact = (name: string, needle: string, detail: string, occurrence = 1): DocumentSymbol => {
      const range = rangeOf(siemensText, needle, occurrence);
      return {
        name,
        detail: 'current',
        kind: 19,
        range,
        selectionRange: range,
        children: [{ name: needle, detail, kind: 16, range, selectionRange: range }],
      };
    };
    assert.deepEqual(symbols, [
      fact('Siemens · investment', 'rund 2,5 Milliarden Euro', '≈ 2 500 000 000 EUR'),
      fact('Acme Robotics → Siemens Energy · investment', '5 Milliarden Euro', '5 000 000 000 EUR', 2),
    ]);
  });

  it('outlines a closed article, whose model the server makes from its file on the first request', async () => {
    // siemens2.news was never opened: the cold index filed it from what a worker sent, without a model.
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: secondUri() } });
    const range = rangeOf(secondText, '500 Stellen');
    assert.deepEqual(symbols, [{
      name: 'Siemens · job cuts', detail: 'current', kind: 19, range, selectionRange: range,
      children: [{ name: '500 Stellen', detail: '500 jobs', kind: 16, range, selectionRange: range }],
    }]);
  });

  it('lists companies as workspace symbols, each at its first mention', async () => {
    const symbols: SymbolInformation[] = await client.connection.sendRequest('workspace/symbol', { query: 'siem' });
    assert.deepEqual(symbols, [
      { name: 'Siemens', kind: 5, location: { uri: siemensUri(), range: rangeOf(siemensText, 'Siemens') }, containerName: '2 articles' },
      {
        name: 'Siemens Energy',
        kind: 5,
        location: { uri: siemensUri(), range: rangeOf(siemensText, 'Siemens Energy') },
        containerName: '1 article',
      },
    ]);
  });

  it('goes to a company\'s first mention in the workspace and finds every mention', async () => {
    const inSecond = rangeOf(secondText, 'Siemens').start;
    const definition: Location = await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: secondUri() },
      position: inSecond,
    });
    assert.deepEqual(definition, { uri: siemensUri(), range: rangeOf(siemensText, 'Siemens') });
    const references = (includeDeclaration: boolean): Promise<Location[]> =>
      client.connection.sendRequest('textDocument/references', {
        textDocument: { uri: secondUri() },
        position: inSecond,
        context: { includeDeclaration },
      });
    const everyMention = [
      { uri: siemensUri(), range: rangeOf(siemensText, 'Siemens') },
      { uri: secondUri(), range: rangeOf(secondText, 'Siemens') },
    ];
    assert.deepEqual(await references(true), everyMention);
    assert.deepEqual(await references(false), everyMention.slice(1));
  });

  it('turns inlay hints off with finnews.inlayHints.enabled', async () => {
    client.settings = { inlayHints: { enabled: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('an inlay hint refresh', () => client.recorded.inlayHintRefreshes === 1);
    assert.deepEqual(await inlayHints(), []);
  });
});
