// The status bar item: how many articles the server indexed and how many conflicts are open. Clicking
// it opens the Problems panel, where the conflicts are listed.

import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol/messages';

/** The finnews status bar item, fed by the server's `finnews/status` notifications. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('finnews.status', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'finnews';
    this.showStarting();
    this.item.show();
  }

  /** Shows the numbers the server reported. */
  showStatus(status: StatusParams): void {
    const articles = plural(status.articles, 'article', 'articles');
    const conflicts = plural(status.conflicts, 'conflict', 'conflicts');
    this.item.text = status.indexing
      ? `$(sync~spin) finnews: indexing… ${articles}`
      : `$(book) finnews: ${articles} · ${conflicts}`;
    const lines = [
      `${articles} indexed${status.indexing ? ' so far' : ''}`,
      `${conflicts} between articles (reviewed ones hidden)`,
    ];
    if (status.skipped > 0) lines.push(`${plural(status.skipped, 'file', 'files')} skipped (binary, too large or unreadable)`);
    lines.push('', 'Click to open the Problems panel.');
    this.item.tooltip = lines.join('\n');
    this.item.command = 'workbench.actions.view.problems';
    this.item.backgroundColor = undefined;
  }

  /** Shows that the server is starting. */
  showStarting(): void {
    this.item.text = '$(sync~spin) finnews: starting…';
    this.item.tooltip = 'The finnews language server is starting.';
    this.item.command = 'finnews.showOutput';
    this.item.backgroundColor = undefined;
  }

  /** Shows that the server stopped and will not restart by itself; clicking restarts it. */
  showStopped(): void {
    this.item.text = '$(error) finnews: stopped';
    this.item.tooltip = 'The finnews language server stopped. Click to restart it.';
    this.item.command = 'finnews.restartServer';
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  dispose(): void {
    this.item.dispose();
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
