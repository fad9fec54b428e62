// The end-to-end tests: they run inside a real VS Code (desktop, or code-server's in headless Chromium)
// with a copy of the seeds folder open, and drive the public `vscode` API as a user's editor would.
// Every wait polls for a condition; nothing sleeps for a fixed time. The tests run in order and share
// one VS Code window: the closed-file checks come before anything opens those files, and accepting the
// conflict (which changes the workspace) comes last.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FinnewsApi } from '../../../client/src/extension';
import type { StatusParams } from '../../../server/src/protocol/messages';
import { defaultSettings, flattenSettings } from '../../../server/src/protocol/settings';
import { decodeSemanticTokens } from '../../../server/src/lsp/semanticTokens';
import { loadArticleGrammar, type ArticleGrammar } from './textmate';

const extensionId = 'finnews.finnews';
const articleLanguage = 'finnews-article';
const rule = 'value-changed-over-time';

const seeds = {
  a000: '000_c8c95a676d34506b.txt',
  a001: '001_d03fd6a6cf6b45a2.txt',
  a002: '002_a365eef2ac63f869.txt',
  a003: '003_0d1240ef380ee946.txt',
  a004: '004_74890980bce22e95.txt',
} as const;

/**
 * Every figure in the other articles that disagrees with 001's "10 Milliarden Dollar", in the order
 * the diagnostic's relatedInformation lists them (by file, then by position).
 */
const disagreeingPlaces: { file: string; line: number; character: number; text: string }[] = [
  { file: seeds.a000, line: 0, character: 132, text: 'bis zu 50 Milliarden US-Dollar' },
  { file: seeds.a002, line: 1, character: 42, text: 'bis zu 50 Milliarden US-Dollar' },
  { file: seeds.a002, line: 3, character: 40, text: 'bis 50 Mrd. Dollar' },
  { file: seeds.a002, line: 7, character: 134, text: 'bis zu 50 Milliarden US-Dollar' },
  { file: seeds.a002, line: 8, character: 36, text: 'bis zu 50 Mrd. US-Dollar' },
  { file: seeds.a002, line: 13, character: 169, text: 'bis zu 50 Milliarden US-Dollar' },
  { file: seeds.a003, line: 1, character: 93, text: 'bis zu 50 Milliarden Dollar' },
  { file: seeds.a004, line: 4, character: 34, text: 'bis zu 50 Milliarden US-Dollar' },
  { file: seeds.a004, line: 6, character: 77, text: 'bis zu 50 Milliarden US-Dollar' },
  { file: seeds.a004, line: 8, character: 121, text: 'bis zu 50 Milliarden US-Dollar' },
];

/** The publication date of each article, as the server resolves it. */
const articleDates: Record<string, string> = {
  [seeds.a000]: '2026-02-03',
  [seeds.a001]: '2025-12-20',
  [seeds.a002]: '2026-01-30',
  [seeds.a003]: '2026-01-31',
  [seeds.a004]: '2026-01-30',
};

/** The first disagreeing figure of each other article: where the "Open …" quick fixes go. */
const firstPlacePerArticle = disagreeingPlaces.filter(
  (place, index) => disagreeingPlaces.findIndex((other) => other.file === place.file) === index,
);

/** Semantic tokens expected in 001, as "line:character text → type [modifiers]". */
const expectedTokens: { line: number; text: string; type: string; modifiers: string[] }[] = [
  { line: 0, text: 'Amazon', type: 'company', modifiers: [] },
  { line: 0, text: '10 Milliarden Dollar', type: 'money', modifiers: ['conflicting'] },
  { line: 0, text: 'OpenAI', type: 'company', modifiers: [] },
  { line: 2, text: 'mindestens 10 Milliarden Dollar', type: 'money', modifiers: ['bound', 'conflicting'] },
  { line: 2, text: 'Freitag', type: 'date', modifiers: [] },
  { line: 2, text: 'rund 830 Milliarden Dollar', type: 'money', modifiers: ['approximate'] },
  { line: 5, text: '370 Stellen', type: 'quantity', modifiers: [] },
  { line: 5, text: 'rund 8,5 Prozent', type: 'percent', modifiers: ['approximate'] },
  { line: 10, text: 'Ende Q1 2026', type: 'date', modifiers: [] },
];

/** TextMate scopes the grammar gives before the server answers: [file, text, scope]. */
const expectedScopes: [string, string, string][] = [
  [seeds.a000, '50 Milliarden US-Dollar', 'constant.numeric.money.finnews'],
  [seeds.a000, '8-Milliarden-Dollar', 'constant.numeric.money.finnews'],
  [seeds.a002, '50 Mrd. Dollar', 'constant.numeric.money.finnews'],
  [seeds.a000, '1,61 Prozent', 'constant.numeric.percent.finnews'],
  [seeds.a000, '5. Februar', 'string.other.date.finnews'],
  [seeds.a001, 'Oktober 2025', 'string.other.date.finnews'],
  [seeds.a002, 'Q4', 'string.other.date.finnews'],
  [seeds.a004, '2026-01-30', 'string.other.date.finnews'],
];

/** Polls `check` until it returns something other than undefined; fails with `what` on timeout. */
async function pollFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, 50));
  }
}

/** The URI of a seed article in the opened workspace. */
function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens the seeds folder as the workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The lines of a file read from disk, without opening it as a document. */
async function linesOf(uri: vscode.Uri): Promise<string[]> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).split(/\r?\n/);
}

/** The position of the first occurrence of `text` on `line` (or on any line when line is omitted). */
function positionOf(lines: string[], text: string, line?: number): vscode.Position {
  const candidates = line === undefined ? lines.map((_, index) => index) : [line];
  for (const index of candidates) {
    const character = lines[index].indexOf(text);
    if (character >= 0) return new vscode.Position(index, character);
  }
  throw new Error(`"${text}" not found${line === undefined ? '' : ` on line ${line}`}`);
}

/** The text a range covers. */
function textAt(lines: string[], range: vscode.Range): string {
  assert.equal(range.start.line, range.end.line, 'a figure lies on one line');
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

/** The finnews diagnostics of a URI. */
function finnewsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'finnews');
}

/** The diagnostic's rule id, whether VS Code reports the code as a string or as {value, target}. */
function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** A document's text as the hover shows it, joined over all hover parts. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

const sameRange = (range: vscode.Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/** Registers the suite with mocha; index.ts calls it after installing mocha's globals. */
export function defineFinnewsTests(): void {
  describe('finnews in a real VS Code', () => {
    let api: FinnewsApi;
    let uri001: vscode.Uri;
    let lines001: string[];

    before(async () => {
      const extension = vscode.extensions.getExtension<FinnewsApi>(extensionId);
      assert.ok(extension, `extension ${extensionId} is loaded from the development path`);
      api = await extension.activate();
      await api.started;
      uri001 = seedUri(seeds.a001);
      lines001 = await linesOf(uri001);
    });

    describe('manifest', () => {
      it('declares every setting with the default of server/src/protocol/settings.ts', () => {
        const configuration = vscode.workspace.getConfiguration();
        for (const [key, expected] of Object.entries(flattenSettings(defaultSettings))) {
          assert.deepEqual(configuration.inspect(key)?.defaultValue, expected, key);
        }
      });

      it('contributes the Financial article language with .news and .article files', async () => {
        assert.ok((await vscode.languages.getLanguages()).includes(articleLanguage));
        const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as {
          contributes: { languages: { id: string; extensions: string[] }[] };
        };
        const language = manifest.contributes.languages.find((entry) => entry.id === articleLanguage);
        assert.deepEqual(language?.extensions, ['.news', '.article']);
      });
    });

    describe('workspace index', () => {
      it('indexes all five seed articles and reports one open conflict in the status bar', async () => {
        const status = await pollFor('the index to finish with 5 articles', () =>
          api.status && !api.status.indexing && api.status.articles === 5 ? api.status : undefined,
        );
        assert.deepEqual(status, { articles: 5, conflicts: 1, skipped: 0, indexing: false });
      });

      it('publishes the conflict for an article that was never opened (002)', async () => {
        const uri002 = seedUri(seeds.a002);
        assert.ok(
          !vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri002.toString()),
          '002 is not open',
        );
        const diagnostics = await pollFor('diagnostics for 002', () => {
          const found = finnewsDiagnostics(uri002);
          return found.length > 0 ? found : undefined;
        });
        assert.deepEqual(diagnostics.map(codeOf), [rule]);
        const lines002 = await linesOf(uri002);
        assert.equal(textAt(lines002, diagnostics[0].range), 'bis zu 50 Milliarden US-Dollar');
      });
    });

    describe(`opening ${seeds.a001}`, () => {
      it('opens the plain .txt file as a Financial article', async () => {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri001));
        const languageId = await pollFor('001 to switch to the article language', () => {
          const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri001.toString());
          return document?.languageId === articleLanguage ? document.languageId : undefined;
        });
        assert.equal(languageId, articleLanguage);
      });

      it('reports exactly one conflict, linked to the disagreeing figure in each other article', async () => {
        const diagnostics = await pollFor('diagnostics for 001', () => {
          const found = finnewsDiagnostics(uri001);
          return found.length > 0 ? found : undefined;
        });
        assert.equal(diagnostics.length, 1);
        const [diagnostic] = diagnostics;
        assert.equal(codeOf(diagnostic), rule);
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
        assert.equal(textAt(lines001, diagnostic.range), '10 Milliarden Dollar');
        assert.equal(sameRange(diagnostic.range), sameRange(new vscode.Range(0, 53, 0, 73)));
        const target = typeof diagnostic.code === 'object' ? diagnostic.code.target.toString() : '';
        assert.match(target, /^https:\/\/.+#conflict-rules$/, 'the code links to the conflict rules');

        const related = [];
        for (const place of diagnostic.relatedInformation ?? []) {
          const lines = await linesOf(place.location.uri);
          const { start } = place.location.range;
          related.push({ file: place.location.uri.path.split('/').pop(), line: start.line, character: start.character, text: textAt(lines, place.location.range) });
        }
        assert.deepEqual(related, disagreeingPlaces);
      });

      it('hovers "10 Milliarden Dollar" with the other articles\' 50 bn values and dates', async () => {
        const position = positionOf(lines001, '10 Milliarden Dollar', 0).translate(0, 1);
        const hovers = await pollFor('a finnews hover', async () => {
          const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri001, position);
          return found.length > 0 ? found : undefined;
        });
        const text = hoverText(hovers);
        assert.ok(text.startsWith('**10 000 000 000 USD**\n\nAmazon → OpenAI · investment'), text);
        assert.ok(text.includes('**Conflict** (value-changed-over-time)'), text);
        // The table of the same fact in the other articles: value, article date, link to the place.
        const rows = [...text.matchAll(/^\| (.+?) \| (\d{4}-\d{2}-\d{2}) \| \[(.+?):(\d+)\]\((.+?)#L(\d+),(\d+)\) \|$/gm)].map(
          ([, value, date, name, line, target, targetLine, targetCharacter]) => ({
            value,
            date,
            place: `${name}:${line}`,
            target: `${target.split('/').pop()}#L${targetLine},${targetCharacter}`,
          }),
        );
        const expectedRows = disagreeingPlaces
          .map((place) => ({
            value: '≤ 50 000 000 000 USD',
            date: articleDates[place.file],
            place: `${place.file}:${place.line + 1}`,
            target: `${place.file}#L${place.line + 1},${place.character + 1}`,
          }))
          .sort((a, b) => a.date.localeCompare(b.date) || a.target.localeCompare(b.target, 'en', { numeric: true }));
        assert.deepEqual(rows, expectedRows);
      });

      it('colours companies, figures and dates with semantic tokens', async () => {
        const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri001);
        assert.deepEqual(legend.tokenTypes, ['money', 'percent', 'quantity', 'company', 'date', 'person']);
        assert.deepEqual(legend.tokenModifiers, ['approximate', 'bound', 'conflicting']);
        const tokens = await pollFor('semantic tokens for 001', async () => {
          const found = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri001);
          return found && found.data.length > 0 ? decodeSemanticTokens([...found.data], legend) : undefined;
        });
        assert.deepEqual(tokens[0], { line: 0, character: 0, length: 6, type: 'company', modifiers: [] });
        for (const expected of expectedTokens) {
          const at = positionOf(lines001, expected.text, expected.line);
          const token = tokens.find((candidate) => candidate.line === at.line && candidate.character === at.character);
          assert.deepEqual(
            token && { text: lines001[token.line].slice(token.character, token.character + token.length), type: token.type, modifiers: token.modifiers },
            { text: expected.text, type: expected.type, modifiers: expected.modifiers },
            `${expected.line}:${at.character} ${expected.text}`,
          );
        }
      });
    });

    describe('server killed mid-run', () => {
      it('is restarted by the client, which rebuilds the index, the status and the diagnostics', async () => {
        const oldPid = api.serverPid();
        assert.equal(typeof oldPid, 'number', 'the extension knows the server process');
        assert.deepEqual(finnewsDiagnostics(uri001).map(codeOf), [rule], '001 is open with its conflict');
        // Everything the restarted server reports, from the moment the old one is killed.
        const statuses: StatusParams[] = [];
        const diagnostics001: string[][] = [];
        const restarted = () => {
          const pid = api.serverPid();
          return pid !== undefined && pid !== oldPid ? pid : undefined;
        };
        const listeners = [
          api.onDidChangeStatus((status) => statuses.push(status)),
          vscode.languages.onDidChangeDiagnostics((event) => {
            if (restarted() && event.uris.some((uri) => uri.toString() === uri001.toString())) {
              diagnostics001.push(finnewsDiagnostics(uri001).map(codeOf));
            }
          }),
        ];
        try {
          process.kill(oldPid!, 'SIGKILL');
          await pollFor('the killed server process to be gone', () => {
            try {
              process.kill(oldPid!, 0);
              return undefined;
            } catch {
              return true;
            }
          });
          const newPid = await pollFor('the client to start a new server process', restarted);
          assert.notEqual(newPid, oldPid);
          const status = await pollFor('the new server to finish its index', () =>
            statuses.find((candidate) => !candidate.indexing && candidate.articles === 5),
          );
          assert.deepEqual(status, { articles: 5, conflicts: 1, skipped: 0, indexing: false });
          assert.equal(statuses[0].indexing, true, 'the new server reported its own index from the start');
          assert.deepEqual(api.status, { articles: 5, conflicts: 1, skipped: 0, indexing: false });
          await pollFor('diagnostics of 001 from the new server', () => (diagnostics001.some((codes) => codes.length > 0) ? true : undefined));
          const rebuilt = finnewsDiagnostics(uri001);
          assert.equal(rebuilt.length, 1);
          assert.equal(codeOf(rebuilt[0]), rule);
          assert.equal(textAt(lines001, rebuilt[0].range), '10 Milliarden Dollar');
          assert.equal(api.serverPid(), newPid, 'the new server is still running');
        } finally {
          for (const listener of listeners) listener.dispose();
        }
      });
    });

    describe('TextMate grammar (coarse highlighting before the server answers)', () => {
      let grammar: ArticleGrammar;

      before(async () => {
        grammar = await loadArticleGrammar(vscode.extensions.getExtension(extensionId)!);
      });

      for (const [file, text, scope] of expectedScopes) {
        it(`scopes "${text}" as ${scope}`, async () => {
          const lines = await linesOf(seedUri(file));
          const at = positionOf(lines, text);
          const tokens = grammar.tokenizeLine(lines[at.line]);
          const token = tokens.find((candidate) => candidate.startIndex === at.character);
          assert.deepEqual(
            token && { text: lines[at.line].slice(token.startIndex, token.endIndex), scope: token.scopes.at(-1) },
            { text, scope },
          );
        });
      }

      it('leaves counted quantities ("16.000 Stellen") to the server', async () => {
        const lines = await linesOf(seedUri(seeds.a000));
        const at = positionOf(lines, '16.000 Stellen');
        const scopes = grammar.tokenizeLine(lines[at.line]).filter((token) => token.startIndex <= at.character && at.character < token.endIndex);
        assert.deepEqual(scopes.map((token) => token.scopes), [['text.finnews-article']]);
      });
    });

    describe('quick fixes', () => {
      let diagnostic: vscode.Diagnostic;
      let actions: vscode.CodeAction[];

      before(async () => {
        diagnostic = await pollFor('the conflict in 001', () => finnewsDiagnostics(uri001)[0]);
        actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          uri001,
          diagnostic.range,
          vscode.CodeActionKind.QuickFix.value,
        );
      });

      it('offers to accept the discrepancy and to open each other article at its figure', () => {
        const titles = actions.filter((action) => action.command?.command.startsWith('finnews.')).map((action) => action.title);
        assert.deepEqual(titles, [
          'Accept this discrepancy (mark as reviewed)',
          ...firstPlacePerArticle.map((place) => `Open ${place.file} at “${place.text}”`),
        ]);
      });

      it('"Open …" shows the other article with the figure selected', async () => {
        const open = actions.find((action) => action.title.startsWith(`Open ${seeds.a003}`));
        assert.ok(open?.command);
        await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
        const editor = await pollFor('003 in the active editor', () => {
          const active = vscode.window.activeTextEditor;
          return active?.document.uri.path.endsWith(seeds.a003) ? active : undefined;
        });
        assert.equal(editor.document.getText(editor.selection), 'bis zu 50 Milliarden Dollar');
      });

      it('"Accept" writes the reviewed-conflicts file and clears the conflict in every article', async () => {
        const accept = actions.find((action) => action.title.startsWith('Accept'));
        assert.ok(accept?.command);
        await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
        await pollFor('the conflict to disappear from all five articles', () =>
          Object.values(seeds).every((name) => finnewsDiagnostics(seedUri(name)).length === 0) ? true : undefined,
        );
        const status = await pollFor('the status to count 0 conflicts', () => (api.status?.conflicts === 0 ? api.status : undefined));
        assert.deepEqual(status, { articles: 5, conflicts: 0, skipped: 0, indexing: false });
        const reviewedUri = seedUri('.finnews/reviewed-conflicts.json');
        const reviewed = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(reviewedUri))) as {
          version: number;
          reviewed: { factId: string; values: string[] }[];
        };
        assert.equal(reviewed.version, 1);
        assert.equal(reviewed.reviewed.length, 1);
      });
    });
  });
}
