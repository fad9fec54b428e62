// The VS Code side of finnews: it starts the language server, opens matching plain-text files as
// articles, and shows the server's status. Everything about articles themselves (highlighting, hovers,
// diagnostics, code actions) comes from the server; this file only wires VS Code to it.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  type ErrorHandler,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { statusNotification, type StatusParams } from '../../server/src/protocol/messages';
import { settingsSection } from '../../server/src/protocol/settings';
import { ArticleFileMatcher } from './articleFiles';
import { StatusItem } from './statusItem';

/** The language id the grammar, the semantic tokens and the server's document selector use. */
export const articleLanguageId = 'finnews-article';

/** What the extension exports to other extensions and to the end-to-end tests. */
export interface FinnewsApi {
  /** The latest status the server reported, or undefined before the first report. */
  readonly status: StatusParams | undefined;
  /** Fires whenever the server reports a new status. */
  readonly onDidChangeStatus: vscode.Event<StatusParams>;
  /** Resolves once the language server has started (or rejects if it could not start). */
  readonly started: Promise<void>;
  /** The process id of the running language server, or undefined while none runs. */
  serverPid(): number | undefined;
}

let client: LanguageClient | undefined;

/** Starts the language server and registers the client's UI; called by VS Code on activation. */
export function activate(context: vscode.ExtensionContext): FinnewsApi {
  const statusItem = new StatusItem();
  const statusEmitter = new vscode.EventEmitter<StatusParams>();
  let latestStatus: StatusParams | undefined;
  context.subscriptions.push(statusItem, statusEmitter);

  client = createClient(context, () => {
    statusItem.showStopped();
    void showServerGaveUp();
  });
  client.onNotification(statusNotification, (status) => {
    latestStatus = status;
    statusItem.showStatus(status);
    statusEmitter.fire(status);
  });
  context.subscriptions.push(
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Starting) statusItem.showStarting();
    }),
  );

  const articleFiles = new ArticleFileMatcher();
  context.subscriptions.push(...openMatchingTextFilesAsArticles(articleFiles));
  context.subscriptions.push(
    vscode.commands.registerCommand('finnews.restartServer', async () => {
      statusItem.showStarting();
      await client?.restart();
    }),
    vscode.commands.registerCommand('finnews.showOutput', () => client?.outputChannel.show(true)),
  );

  const started = client.start().catch((error: unknown) => {
    statusItem.showStopped();
    void vscode.window.showErrorMessage(`finnews: the language server could not start: ${String(error)}`);
    throw error;
  });
  // The API's promise may never be awaited; the error was shown above, so it must not also surface
  // as an unhandled rejection.
  started.catch(() => undefined);

  return {
    get status() {
      return latestStatus;
    },
    onDidChangeStatus: statusEmitter.event,
    started,
    // vscode-languageclient 9 keeps the server process it forked in a field without a public getter;
    // it is set on every (re)start and cleared when the connection closes.
    serverPid: () => (client as unknown as { _serverProcess?: { pid?: number } } | undefined)?._serverProcess?.pid,
  };
}

/** Stops the language server; called by VS Code on deactivation. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/**
 * Builds the language client. The server runs as a node module over IPC; in the extension debug host
 * it listens for an inspector on port 6009. `onGaveUp` runs when the server crashed too often and the
 * client stops restarting it.
 */
function createClient(context: vscode.ExtensionContext, onGaveUp: () => void): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };

  // vscode-languageclient's default error handler restarts a crashed server up to 4 times within
  // 3 minutes. We keep exactly that policy and only replace what happens when it gives up: one message
  // with buttons instead of the generic text, and a status item that says the server stopped.
  let defaultHandler: ErrorHandler | undefined;
  const errorHandler: ErrorHandler = {
    error: (error, message, count) => defaultHandler!.error(error, message, count),
    closed: async (): Promise<CloseHandlerResult> => {
      const result = await defaultHandler!.closed();
      if (result.action !== CloseAction.DoNotRestart) return result;
      onGaveUp();
      return { action: CloseAction.DoNotRestart, message: result.message, handled: true };
    },
  };

  const clientOptions: LanguageClientOptions = {
    // The server decides by path and the article globs which documents are articles, so it also
    // sees plain-text files; files the client has already switched to articles arrive as such.
    // Untitled documents set to the article language count as articles too; other schemes (git
    // diffs, virtual files) are left out, because the server reads the workspace from disk.
    documentSelector: [
      { scheme: 'file', language: articleLanguageId },
      { scheme: 'untitled', language: articleLanguageId },
      { scheme: 'file', language: 'plaintext' },
    ],
    // File events need no client-side watcher: the server registers one for "**/*" itself
    // (workspace/didChangeWatchedFiles, dynamic registration) because articles, the company table and
    // the reviewed-conflicts file can live anywhere the settings say. A second watcher here would
    // deliver every event twice.
    synchronize: { configurationSection: settingsSection },
    errorHandler,
    diagnosticCollectionName: 'finnews',
  };

  const languageClient = new LanguageClient('finnews', 'finnews', serverOptions, clientOptions, false);
  defaultHandler = languageClient.createDefaultErrorHandler();
  return languageClient;
}

/** Tells the user, once, that the server stopped for good, and offers to restart it. */
async function showServerGaveUp(): Promise<void> {
  const restart = 'Restart';
  const showOutput = 'Show Output';
  const choice = await vscode.window.showErrorMessage(
    'finnews: the language server crashed 5 times in 3 minutes and will not be restarted automatically.',
    restart,
    showOutput,
  );
  if (choice === restart) await vscode.commands.executeCommand('finnews.restartServer');
  if (choice === showOutput) await vscode.commands.executeCommand('finnews.showOutput');
}

/**
 * Switches plain-text documents whose path matches the article globs to the article language, so the
 * grammar and semantic colours apply to a folder of .txt articles with no configuration. If the user
 * then picks another language for such a document, that choice stands until the document is closed.
 */
function openMatchingTextFilesAsArticles(articleFiles: ArticleFileMatcher): vscode.Disposable[] {
  // VS Code changes a document's language by firing "closed" with the old language and, in the same
  // task, "opened" with the new one. An article closed and reopened as plain text within one task
  // therefore means someone chose plain text for it on purpose.
  const justLeftArticleLanguage = new Set<string>();
  const keptAsPlainText = new Set<string>();

  const switchIfArticle = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file') return;
    const key = document.uri.toString();
    if (justLeftArticleLanguage.has(key)) keptAsPlainText.add(key);
    if (keptAsPlainText.has(key) || !articleFiles.isArticle(document.uri)) return;
    void vscode.languages.setTextDocumentLanguage(document, articleLanguageId).then(undefined, () => {
      // The document was closed before the switch finished; it is switched when it opens again.
    });
  };
  const rememberLanguageChange = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId === 'plaintext') keptAsPlainText.delete(key);
    if (document.languageId !== articleLanguageId) return;
    justLeftArticleLanguage.add(key);
    setTimeout(() => justLeftArticleLanguage.delete(key), 0);
  };

  vscode.workspace.textDocuments.forEach(switchIfArticle);
  return [
    vscode.workspace.onDidCloseTextDocument(rememberLanguageChange),
    vscode.workspace.onDidOpenTextDocument(switchIfArticle),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(settingsSection)) return;
      articleFiles.clear();
      vscode.workspace.textDocuments.forEach(switchIfArticle);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => articleFiles.clear()),
  ];
}
