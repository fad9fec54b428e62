// The language server: capabilities, and handlers that wire LSP requests to the model cache and the
// lsp/ conversions. Each handler is a few lines; the state lives in ArticleWorkspace, the conversions in
// lsp/, the analysis in analysis/.

import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleWorkspace, clientSupportOf, type ClientSupport } from './lsp/articleWorkspace';
import { codeActionsFor } from './lsp/codeActions';
import { hoverAt } from './lsp/hover';
import { inlayHintsOf } from './lsp/inlayHints';
import { runSafe, runSafeNotification } from './lsp/runSafe';
import { encodeSemanticTokens, semanticTokensLegend } from './lsp/semanticTokens';
import { companyDefinition, companyReferences, documentSymbolsOf, workspaceSymbolsOf } from './lsp/symbols';
import { canonicalUri } from './lsp/uris';
import { commands, serverCommands, type AcceptConflictArgs, type OpenLocationArgs } from './protocol/messages';

/** What the server advertises; the protocol tests assert exactly this. */
export const serverCapabilities: ServerCapabilities = {
  positionEncoding: 'utf-16',
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: true },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  executeCommandProvider: { commands: serverCommands },
  inlayHintProvider: true,
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

/** Wires every handler to a connection; the only entry is main.ts. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = connection.console;
  let workspace: ArticleWorkspace | undefined;
  let support: ClientSupport | undefined;
  /** The cached article of an open document, or undefined when it is not an article. */
  const entryOf = (uri: string) => workspace?.currentEntry(uri);

  connection.onInitialize((params): InitializeResult => {
    support = clientSupportOf(params);
    workspace = new ArticleWorkspace(connection, documents, support, ArticleWorkspace.initialFolders(params));
    return { capabilities: serverCapabilities, serverInfo: { name: 'finnews', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    runSafeNotification(log, 'initialized', async () => {
      if (support?.dynamicFileWatchers) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
      }
      if (support?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) =>
          runSafeNotification(log, 'workspace folders', () => workspace?.foldersChanged(event.added, event.removed)),
        );
      }
      await workspace?.start();
    });
  });

  documents.onDidChangeContent((event) => runSafeNotification(log, 'document change', () => workspace?.documentChanged(event.document)));
  documents.onDidClose((event) => runSafeNotification(log, 'document close', () => workspace?.documentClosed(event.document)));
  connection.onDidChangeWatchedFiles((params) => runSafeNotification(log, 'file events', () => workspace?.filesChanged(params.changes)));
  connection.onDidChangeConfiguration((params) =>
    runSafeNotification(log, 'configuration change', () => workspace?.configurationChanged(params.settings)),
  );

  connection.onHover((params, token) =>
    runSafe(log, 'hover', null, token, () => {
      const entry = entryOf(params.textDocument.uri);
      return entry && workspace ? hoverAt(workspace.store, workspace.companies, entry.uri, params.position) : null;
    }),
  );

  connection.languages.semanticTokens.on((params, token) =>
    runSafe(log, 'semantic tokens', { data: [] }, token, () => {
      const entry = entryOf(params.textDocument.uri);
      if (!entry || !workspace) return { data: [] };
      return encodeSemanticTokens(entry.article.mentions, entry.lines, workspace.store.conflictingMentions(entry.uri));
    }),
  );

  connection.languages.semanticTokens.onRange((params, token) =>
    runSafe(log, 'semantic tokens (range)', { data: [] }, token, () => {
      const entry = entryOf(params.textDocument.uri);
      if (!entry || !workspace) return { data: [] };
      const within = { start: entry.lines.offsetAt(params.range.start), end: entry.lines.offsetAt(params.range.end) };
      return encodeSemanticTokens(entry.article.mentions, entry.lines, workspace.store.conflictingMentions(entry.uri), within);
    }),
  );

  connection.onCodeAction((params, token) =>
    runSafe(log, 'code actions', [], token, () => (workspace ? codeActionsFor(workspace.store, params) : [])),
  );

  connection.onExecuteCommand((params, token) =>
    runSafe(log, `command ${params.command}`, null, token, async () => {
      const argument: unknown = params.arguments?.[0];
      if (params.command === commands.acceptConflict && isAcceptArgs(argument)) await workspace?.acceptConflict(argument);
      else if (params.command === commands.openLocation && isOpenArgs(argument)) await workspace?.openLocation(argument);
      else log.error(`finnews: unknown command or bad arguments: ${params.command}`);
      return null;
    }),
  );

  connection.languages.inlayHint.on((params, token) =>
    runSafe(log, 'inlay hints', [], token, async () => {
      const entry = entryOf(params.textDocument.uri);
      if (!entry || !workspace || !(await workspace.inlayHintsEnabled(params.textDocument.uri))) return [];
      return inlayHintsOf(entry, params.range);
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    runSafe(log, 'document symbols', [], token, () => {
      const entry = entryOf(params.textDocument.uri);
      return entry && workspace ? documentSymbolsOf(workspace.store, entry) : [];
    }),
  );

  connection.onWorkspaceSymbol((params, token) =>
    runSafe(log, 'workspace symbols', [], token, () => (workspace ? workspaceSymbolsOf(workspace.store, params.query) : [])),
  );

  connection.onDefinition((params, token) =>
    runSafe(log, 'definition', null, token, () =>
      workspace && entryOf(params.textDocument.uri) ? companyDefinition(workspace.store, canonicalUri(params.textDocument.uri), params.position) : null,
    ),
  );

  connection.onReferences((params, token) =>
    runSafe(log, 'references', [], token, () =>
      workspace && entryOf(params.textDocument.uri)
        ? companyReferences(workspace.store, canonicalUri(params.textDocument.uri), params.position, params.context.includeDeclaration)
        : [],
    ),
  );

  connection.onShutdown(() => workspace?.dispose());

  documents.listen(connection);
  connection.listen();
}

function isAcceptArgs(value: unknown): value is AcceptConflictArgs {
  const args = value as Partial<AcceptConflictArgs> | undefined;
  return typeof args?.uri === 'string' && typeof args.factId === 'string' && Array.isArray(args.values) && args.values.every((item) => typeof item === 'string');
}

function isOpenArgs(value: unknown): value is OpenLocationArgs {
  const args = value as Partial<OpenLocationArgs> | undefined;
  return typeof args?.uri === 'string' && typeof args.range?.start?.line === 'number' && typeof args.range?.end?.line === 'number';
}
