// Decides on the client side whether a file is an article. It uses the server's own matcher and
// settings checks (server/src/io/articleFiles.ts, server/src/protocol/settings.ts), so the client and
// the server can never disagree about which file is an article.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { type ArticleMatcher, createArticleMatcher } from '../../server/src/io/articleFiles';
import { normalizeSettings, settingsSection } from '../../server/src/protocol/settings';

/** Matches file URIs against `finnews.articleGlobs` minus `finnews.excludeGlobs`, per workspace folder. */
export class ArticleFileMatcher {
  private readonly matchers = new Map<string, ArticleMatcher>();

  /** True when the file lies in a workspace folder and its relative path is an article path there. */
  isArticle(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const relativePath = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
    if (relativePath === '' || relativePath.startsWith('../')) return false;
    return this.matcherFor(folder)(relativePath);
  }

  /** Forgets the cached matchers; call when settings or workspace folders change. */
  clear(): void {
    this.matchers.clear();
  }

  private matcherFor(folder: vscode.WorkspaceFolder): ArticleMatcher {
    const key = folder.uri.toString();
    let matcher = this.matchers.get(key);
    if (!matcher) {
      const configuration = vscode.workspace.getConfiguration(settingsSection, folder.uri);
      // normalizeSettings applies the same defaults and checks the server applies.
      const settings = normalizeSettings({
        articleGlobs: configuration.get('articleGlobs'),
        excludeGlobs: configuration.get('excludeGlobs'),
      });
      matcher = createArticleMatcher(settings.articleGlobs, settings.excludeGlobs);
      this.matchers.set(key, matcher);
    }
    return matcher;
  }
}
