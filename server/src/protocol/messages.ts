// The messages finnews adds to LSP, shared by the server and the client so both sides agree on names
// and shapes. Only `vscode-languageserver-protocol` is imported, which the client bundles anyway
// through vscode-languageclient.

import { NotificationType, type Range } from 'vscode-languageserver-protocol';

/** What the status bar item shows; sent by the server whenever one of the numbers changes. */
export interface StatusParams {
  /** Articles in the workspace index. */
  articles: number;
  /** Conflicts that are not marked as reviewed. */
  conflicts: number;
  /** Files that match the article globs but were skipped (binary, too large, unreadable). */
  skipped: number;
  /** True while the background index of the workspace runs. */
  indexing: boolean;
}

/** Server → client: `finnews/status`. */
export const statusNotification = new NotificationType<StatusParams>('finnews/status');

/**
 * Command ids. Both are handled by the server (advertised in `executeCommandProvider`), so any LSP
 * client can run them; vscode-languageclient registers them in VS Code automatically, which means the
 * VS Code client must NOT register commands with these ids itself.
 */
export const commands = {
  /**
   * Marks a conflict as reviewed: writes the reviewed-conflicts file and republishes diagnostics.
   * Arguments: [AcceptConflictArgs].
   */
  acceptConflict: 'finnews.acceptConflict',
  /**
   * Opens another article at a figure. The server answers with `window/showDocument` (LSP 3.16), so
   * VS Code, Neovim and other clients open the place themselves. Arguments: [OpenLocationArgs].
   */
  openLocation: 'finnews.openLocation',
} as const;

/** The commands the server executes, in the order it advertises them. */
export const serverCommands: string[] = [commands.acceptConflict, commands.openLocation];

/** The argument of `finnews.acceptConflict`. */
export interface AcceptConflictArgs {
  /** The document the diagnostic was shown in; picks the workspace folder whose file is written. */
  uri: string;
  factId: string;
  values: string[];
}

/** The argument of `finnews.openLocation`. */
export interface OpenLocationArgs {
  uri: string;
  range: Range;
}

/** What a finnews diagnostic carries in `Diagnostic.data`, so a code action can accept it. */
export interface ConflictDiagnosticData {
  factId: string;
  values: string[];
}
