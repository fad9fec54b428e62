// The server's state and everything that changes it: which files are articles, the background index of
// every workspace folder, open documents (whose unsaved text wins over the disk), file-system events,
// settings, the company table, the reviewed-conflicts file, and publishing diagnostics and status.
// Request handlers in server.ts only read from here (through `store`).
//
// Invariant: a text read from disk is applied only if no newer event touched the same file while it
// was being read (a per-file epoch) and the file is not open in the editor.

import * as path from 'node:path';
import { stat } from 'node:fs/promises';
import {
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type TextDocuments,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompanyRow, ReviewedConflict } from '../analysis';
import { createArticleMatcher, findArticleFiles, sizeLimitReason, type ArticleMatcher, readArticleFile, readCompanyTableFile, readReviewedFile, writeReviewedFile } from '../io';
import { statusNotification, type AcceptConflictArgs, type OpenLocationArgs, type StatusParams } from '../protocol/messages';
import { defaultSettings, maxFileBytes, toConflictSettings, type FinnewsSettings } from '../protocol/settings';
import { AnalysisPool, inOrderReadingAhead, type AnalyzedFile } from './analysisPool';
import { collectGarbageWhenIdle } from './idleCollector';
import { ArticleStore, type ArticleEntry } from './articleStore';
import { CompanyDirectory } from './companyDirectory';
import { DiagnosticsPublisher } from './diagnostics';
import { describeError } from './runSafe';
import { SettingsCache } from './settingsCache';
import { canonicalUri, isInside, pathToUri, uriToPath, WorkspaceFolders, type Folder } from './uris';

/** The language id an LSP client may send for article documents. */
export const articleLanguageId = 'finnews-article';

/** Quiet time after an edit before the other affected articles are republished. */
const republishDelayMs = 150;

/** While edits go on, the other affected articles are still republished at least this often. */
const republishMaxWaitMs = 1000;

/** How often the status bar numbers may be sent while things change quickly. */
const statusIntervalMs = 100;

/** Skipped files named one by one in the warning; the rest are counted. */
const skippedNamedInMessage = 5;

/** What the client said it can do, read once from InitializeParams. */
export interface ClientSupport {
  configuration: boolean;
  workDoneProgress: boolean;
  dynamicFileWatchers: boolean;
  semanticTokensRefresh: boolean;
  inlayHintRefresh: boolean;
  showDocument: boolean;
  workspaceFolders: boolean;
}

/** Reads the client capabilities the server adapts to. */
export function clientSupportOf(params: InitializeParams): ClientSupport {
  const capabilities = params.capabilities;
  return {
    configuration: capabilities.workspace?.configuration === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
    dynamicFileWatchers: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    semanticTokensRefresh: capabilities.workspace?.semanticTokens?.refreshSupport === true,
    inlayHintRefresh: capabilities.workspace?.inlayHint?.refreshSupport === true,
    showDocument: capabilities.window?.showDocument?.support === true,
    workspaceFolders: capabilities.workspace?.workspaceFolders === true,
  };
}

/** A file the cold index read and analysed, with its epoch when the read began. */
interface IndexRead {
  epoch: number;
  result: AnalyzedFile;
  /** Whether the file still exists (a failed read of a file that is gone removes it, not skips it). */
  exists: boolean;
}

/** Per-folder state that follows from the folder's settings. */
interface FolderState {
  folder: Folder;
  settings: FinnewsSettings;
  isArticlePath: ArticleMatcher;
  companyTablePath: string;
  reviewedPath: string;
  reviewed: ReviewedConflict[];
}

/** The workspace as the server sees it; one per connection. */
export class ArticleWorkspace {
  readonly folders = new WorkspaceFolders();
  readonly store = new ArticleStore(toConflictSettings(defaultSettings));
  /** Worker threads that read and analyse files for the cold index (bundled next to server.js). */
  private readonly pool = new AnalysisPool(path.join(__dirname, 'analysisWorker.js'));
  companies = new CompanyDirectory();
  private readonly publisher: DiagnosticsPublisher;
  private readonly settings: SettingsCache;
  private globalSettings: FinnewsSettings = defaultSettings;
  private folderStates = new Map<string, FolderState>();
  private looseArticleMatcher = createArticleMatcher(defaultSettings.articleGlobs, defaultSettings.excludeGlobs);
  /** Client URI spelling of each open document, by canonical URI. */
  private readonly openDocuments = new Map<string, string>();
  private readonly fileEpochs = new Map<string, number>();
  private readonly skipped = new Map<string, string>();
  private readonly reportedSkipped = new Set<string>();
  private readonly reportedGlobProblems = new Set<string>();
  private indexRun: { cancelled: boolean } | null = null;
  private readonly pendingRepublish = new Set<string>();
  private republishTimer: NodeJS.Timeout | null = null;
  private pendingSince: number | null = null;
  private statusTimer: NodeJS.Timeout | null = null;
  private lastStatus = '';
  private readonly readyPromise: Promise<void>;
  private markReady: () => void = () => undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly support: ClientSupport,
    initialFolders: WorkspaceFolder[],
  ) {
    this.settings = new SettingsCache(connection, support.configuration);
    this.publisher = new DiagnosticsPublisher(connection, this.store);
    this.folders.set(initialFolders);
    this.readyPromise = new Promise((resolve) => (this.markReady = resolve));
  }

  /** The folders of InitializeParams (workspaceFolders, or the older rootUri). */
  static initialFolders(params: InitializeParams): WorkspaceFolder[] {
    if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders;
    if (params.rootUri) return [{ uri: params.rootUri, name: path.basename(uriToPath(params.rootUri) ?? 'root') }];
    return [];
  }

  /** Resolves once settings, company tables and reviewed conflicts are loaded. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  /** Loads settings and side files, then indexes the workspace in the background. */
  async start(): Promise<void> {
    try {
      await this.loadSettings();
      await this.loadCompanyTables();
      await this.loadReviewed();
    } finally {
      this.markReady();
    }
    void this.indexWorkspace();
  }

  // ---- Which documents are articles -------------------------------------------------------------

  /** Whether a URI is an article: its path matches the globs, or the client says it is one. */
  isArticle(uri: string, languageId?: string): boolean {
    if (languageId === articleLanguageId) return true;
    const relativePath = this.folders.relativePath(uri);
    if (relativePath === null) return false;
    const folder = this.folders.folderOf(uri);
    const state = folder && this.folderStates.get(folder.uri);
    return state ? state.isArticlePath(relativePath) : this.looseArticleMatcher(relativePath);
  }

  /** Whether the editor holds the document open (its text then wins over the disk). */
  isOpen(uri: string): boolean {
    return this.openDocuments.has(uri);
  }

  // ---- Open documents ---------------------------------------------------------------------------

  /** didOpen and didChange: re-analyse the document at once and republish what changed. */
  async documentChanged(document: TextDocument): Promise<void> {
    await this.ready;
    const uri = canonicalUri(document.uri);
    const current = this.documents.get(document.uri);
    // A newer version is already queued behind this one; its own event will do the work.
    if (!current || current.version !== document.version) return;
    if (!this.isArticle(uri, document.languageId)) {
      if (this.store.has(uri)) this.applyChanges(uri, this.store.remove(uri));
      return;
    }
    this.openDocuments.set(uri, document.uri);
    const text = current.getText();
    // The size limit holds for open documents too: a huge paste must not stall every request.
    const maxBytes = maxFileBytes(this.settingsOf(uri));
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
      this.skipped.set(uri, sizeLimitReason(Buffer.byteLength(text, 'utf8'), maxBytes));
      this.reportSkipped();
      this.applyChanges(uri, this.store.remove(uri));
      return;
    }
    if (this.skipped.delete(uri)) this.reportedSkipped.delete(uri);
    this.applyChanges(uri, this.store.update(uri, text, current.version));
  }

  /** didClose: the disk wins again, so the file is re-read (or dropped if it is not a workspace article). */
  async documentClosed(document: TextDocument): Promise<void> {
    await this.ready;
    const uri = canonicalUri(document.uri);
    this.openDocuments.delete(uri);
    const folder = this.folders.folderOf(uri);
    if (!folder) this.skipped.delete(uri);
    if (!this.store.has(uri)) return;
    if (folder && this.isArticle(uri)) {
      this.applyChanges(uri, await this.loadFromDisk(uri, this.bumpEpoch(uri)));
    } else {
      this.applyChanges(uri, this.store.remove(uri));
    }
  }

  /** The cached entry of a URI, re-analysed first if an open document moved past the cached version. */
  currentEntry(clientUri: string): ArticleEntry | undefined {
    const uri = canonicalUri(clientUri);
    const document = this.documents.get(clientUri);
    const entry = this.store.entry(uri);
    if (document && entry && entry.version !== document.version) {
      this.applyChanges(uri, this.store.update(uri, document.getText(), document.version));
      return this.store.entry(uri);
    }
    return entry;
  }

  /** Whether an inlay-hint request for a document should be answered. */
  async inlayHintsEnabled(clientUri: string): Promise<boolean> {
    return (await this.settings.get(clientUri)).inlayHints.enabled;
  }

  // ---- Background index -------------------------------------------------------------------------

  /**
   * Indexes every article file of every folder, a few files at a time, yielding to the event loop
   * between files so requests are answered meanwhile, and reporting `$/progress`. A newer run
   * cancels an older one. Articles no longer found are removed at the end.
   */
  async indexWorkspace(): Promise<void> {
    if (this.indexRun) this.indexRun.cancelled = true;
    const run = { cancelled: false };
    this.indexRun = run;
    this.sendStatus(true);
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('finnews', 0, 'Finding articles…', false);
    const seen = new Set<string>();
    let changed = new Set<string>();
    const started = performance.now();
    // One batch for the whole run: facts are grouped and conflicts evaluated once, at the end.
    this.store.index.beginBatch();
    this.pool.start();
    try {
      const files: string[] = [];
      for (const state of this.folderStates.values()) {
        for (const file of await findArticleFiles(state.folder.path, state.isArticlePath)) files.push(pathToUri(file));
        if (run.cancelled) return;
      }
      // Keep the worker threads busy: files are read and analysed ahead of the one being filed into
      // the index, in file order, and this thread analyses the next file itself rather than wait;
      // an open document is not read (its text wins).
      let done = 0;
      let reportedPercent = -1;
      const analyze = (onThisThread: boolean) => (index: number) => (this.isOpen(files[index]) ? null : this.analyzeForIndex(files[index], onThisThread));
      for await (const read of inOrderReadingAhead(files.length, analyze(false), analyze(true))) {
        const uri = files[done++];
        seen.add(uri);
        if (read) changed = union(changed, this.applyAnalyzed(uri, read));
        else this.refreshOpen(uri, changed);
        if (run.cancelled) return;
        const percent = Math.floor((done * 100) / files.length);
        if (percent !== reportedPercent) {
          reportedPercent = percent;
          progress.report(percent, `${done}/${files.length} articles`);
          this.scheduleStatus();
        }
        // Requests are answered between files even when results arrive faster than they are filed.
        if (done % 8 === 0) await yieldToEventLoop();
      }
      for (const uri of [...this.store.uris()]) {
        // Not in this run's listing: gone, unless a file event added it meanwhile (a rename).
        if (!seen.has(uri) && !this.isOpen(uri) && !(await fileExists(uriToPath(uri) ?? ''))) changed = union(changed, this.store.remove(uri));
      }
      for (const uri of [...this.skipped.keys()]) if (!seen.has(uri)) this.skipped.delete(uri);
    } catch (error) {
      this.connection.console.error(describeError('indexing the workspace', error));
    } finally {
      changed = union(changed, this.store.index.endBatch());
      // The workers' heaps are not needed until the next full index.
      if (!this.indexRun || this.indexRun === run) void this.pool.release();
      collectGarbageWhenIdle();
      if (this.indexRun === run) {
        this.indexRun = null;
        if (!run.cancelled) {
          const indexedMs = performance.now() - started;
          const published = await this.publisher.publishPaced(union(changed, this.publisher.candidates()));
          if (published.some((uri) => this.isOpen(uri))) this.refreshEditorViews();
          this.connection.console.log(
            `finnews: indexed ${this.store.size} articles with ${this.pool.plannedSize} worker threads in ${indexedMs.toFixed(0)} ms; ` +
              `diagnostics published in ${(performance.now() - started - indexedMs).toFixed(0)} ms`,
          );
          this.refreshEditorViews();
          this.reportSkipped();
        }
        this.sendStatus(false);
      }
      // Last, so a client that sees the progress end has already received the diagnostics, the
      // skipped-files message and the status of this run.
      progress.done();
    }
  }

  /** An open document met by the index: re-analysed from its text if the company table changed. */
  private refreshOpen(uri: string, changed: Set<string>): void {
    const clientUri = this.openDocuments.get(uri);
    const document = clientUri && this.documents.get(clientUri);
    if (document) for (const id of this.store.update(uri, document.getText(), document.version, true)) changed.add(id);
  }

  /**
   * Reads and analyses a file on a worker of the pool, or on this thread now, remembering the file's
   * epoch at the start.
   */
  private analyzeForIndex(uri: string, onThisThread: boolean): IndexRead | Promise<IndexRead> {
    const epoch = this.epochOf(uri);
    const filePath = uriToPath(uri) ?? '';
    const maxBytes = maxFileBytes(this.settingsOf(uri));
    const withExists = (result: AnalyzedFile): IndexRead | Promise<IndexRead> =>
      result.ok ? { epoch, result, exists: true } : fileExists(filePath).then((exists) => ({ epoch, result, exists }));
    if (onThisThread) return withExists(this.pool.analyzeOnThisThread(filePath, maxBytes));
    return this.pool.analyzeFile(filePath, maxBytes).then(withExists);
  }

  /** Puts a worker's analysis into the index unless the file went stale or was opened meanwhile. */
  private applyAnalyzed(uri: string, read: IndexRead): Set<string> {
    if (this.epochOf(uri) !== read.epoch || this.isOpen(uri)) return new Set();
    if (read.result.ok) {
      this.skipped.delete(uri);
      return this.store.updateAnalyzed(uri, read.result, null);
    }
    if (read.exists) this.skipped.set(uri, read.result.reason);
    else this.skipped.delete(uri);
    return this.store.remove(uri);
  }

  /** Puts a disk read into the index unless it went stale; returns the URIs that may have changed. */
  private applyRead(uri: string, read: { epoch: number; result: Awaited<ReturnType<typeof readArticleFile>>; exists: boolean }): Set<string> {
    if (this.epochOf(uri) !== read.epoch || this.isOpen(uri)) return new Set();
    if (read.result.ok) {
      this.skipped.delete(uri);
      return this.store.update(uri, read.result.text, null);
    }
    if (read.exists) this.skipped.set(uri, read.result.reason);
    else this.skipped.delete(uri);
    return this.store.remove(uri);
  }

  private async loadFromDisk(uri: string, epoch: number): Promise<Set<string>> {
    const filePath = uriToPath(uri) ?? '';
    const result = await readArticleFile(filePath, { maxBytes: maxFileBytes(this.settingsOf(uri)) });
    return this.applyRead(uri, { epoch, result, exists: result.ok || (await fileExists(filePath)) });
  }

  // ---- File-system events -----------------------------------------------------------------------

  /** didChangeWatchedFiles: create, change and delete (a rename arrives as delete + create). */
  async filesChanged(events: FileEvent[]): Promise<void> {
    await this.ready;
    let changed = new Set<string>();
    let reloadCompanies = false;
    let reloadReviewed = false;
    const newlySkipped: string[] = [];
    for (const event of events) {
      const uri = canonicalUri(event.uri);
      const filePath = uriToPath(uri);
      if (!filePath) continue;
      if (this.isCompanyTable(filePath)) reloadCompanies = true;
      if (this.isReviewedFile(filePath)) reloadReviewed = true;
      const epoch = this.bumpEpoch(uri);
      if (event.type === FileChangeType.Deleted) {
        // A deleted folder arrives as one event: everything indexed below it goes too.
        const below = this.store.has(uri) ? [uri] : [...this.store.uris()].filter((indexed) => indexed.startsWith(`${uri}/`));
        for (const indexed of below) {
          if (this.isOpen(indexed)) continue;
          this.bumpEpoch(indexed);
          changed = union(changed, this.store.remove(indexed));
          this.skipped.delete(indexed);
        }
        this.skipped.delete(uri);
        continue;
      }
      if (this.isOpen(uri)) continue;
      if (await isDirectory(filePath)) {
        changed = union(changed, await this.indexDirectory(filePath));
        continue;
      }
      if (!this.folders.folderOf(uri) || !this.isArticle(uri)) continue;
      changed = union(changed, await this.loadFromDisk(uri, epoch));
      if (this.skipped.has(uri) && !this.reportedSkipped.has(uri)) newlySkipped.push(uri);
    }
    if (reloadCompanies) {
      await this.loadCompanyTables();
      void this.indexWorkspace();
    }
    if (reloadReviewed) {
      await this.loadReviewed();
      changed = union(changed, this.publisher.candidates());
    }
    this.publishMany(changed);
    if (newlySkipped.length > 0) this.reportSkipped();
    this.scheduleStatus();
  }

  /** A folder created or moved into the workspace: index the articles below it. */
  private async indexDirectory(directory: string): Promise<Set<string>> {
    const uri = pathToUri(directory);
    const folder = this.folders.folderOf(uri);
    const state = folder && this.folderStates.get(folder.uri);
    if (!state) return new Set();
    let changed = new Set<string>();
    for (const file of await findArticleFiles(directory, (relative) => state.isArticlePath(this.folders.relativePath(pathToUri(path.join(directory, relative))) ?? relative))) {
      const fileUri = pathToUri(file);
      if (!this.isOpen(fileUri)) changed = union(changed, await this.loadFromDisk(fileUri, this.bumpEpoch(fileUri)));
      await yieldToEventLoop();
    }
    return changed;
  }

  // ---- Settings and folders ---------------------------------------------------------------------

  /** didChangeConfiguration: re-read settings and redo only what the change requires. */
  async configurationChanged(pushedSettings: unknown): Promise<void> {
    await this.ready;
    const before = new Map([...this.folderStates].map(([uri, state]) => [uri, state.settings]));
    const globalBefore = this.globalSettings;
    this.settings.clear(pushedSettings);
    await this.loadSettings();
    const needsIndex = [...this.folderStates].some(([uri, state]) => {
      const old = before.get(uri);
      return (
        !old ||
        !sameJson(old.articleGlobs, state.settings.articleGlobs) ||
        !sameJson(old.excludeGlobs, state.settings.excludeGlobs) ||
        old.maxFileSizeKB !== state.settings.maxFileSizeKB ||
        old.companyTableFile !== state.settings.companyTableFile
      );
    });
    await this.loadReviewed();
    if (needsIndex) {
      await this.loadCompanyTables();
      void this.indexWorkspace();
    } else {
      this.publishMany(this.publisher.candidates());
    }
    if (!sameJson(globalBefore.inlayHints, this.globalSettings.inlayHints) && this.support.inlayHintRefresh) {
      void this.connection.languages.inlayHint.refresh();
    }
    this.refreshEditorViews();
    this.scheduleStatus();
  }

  /** workspace/didChangeWorkspaceFolders: adopt the new folders and index again. */
  async foldersChanged(added: WorkspaceFolder[], removed: WorkspaceFolder[]): Promise<void> {
    await this.ready;
    for (const folder of removed) this.folders.remove(folder.uri);
    for (const folder of added) this.folders.add(folder.uri, folder.name);
    this.settings.clear();
    await this.loadSettings();
    await this.loadCompanyTables();
    await this.loadReviewed();
    void this.indexWorkspace();
  }

  private async loadSettings(): Promise<void> {
    this.globalSettings = await this.settings.get();
    this.store.updateSettings(toConflictSettings(this.globalSettings));
    this.looseArticleMatcher = createArticleMatcher(this.globalSettings.articleGlobs, this.globalSettings.excludeGlobs);
    const states = new Map<string, FolderState>();
    for (const folder of this.folders.all()) {
      const settings = await this.settings.get(folder.uri);
      states.set(folder.uri, {
        folder,
        settings,
        isArticlePath: createArticleMatcher(settings.articleGlobs, settings.excludeGlobs),
        companyTablePath: path.resolve(folder.path, settings.companyTableFile),
        reviewedPath: path.resolve(folder.path, settings.reviewedConflictsFile),
        reviewed: this.folderStates.get(folder.uri)?.reviewed ?? [],
      });
    }
    this.folderStates = states;
    this.reportGlobProblems([this.looseArticleMatcher, ...[...states.values()].map((state) => state.isArticlePath)]);
  }

  /** Globs refused by the io module (too costly to match) are named once each. */
  private reportGlobProblems(matchers: ArticleMatcher[]): void {
    const fresh = [...new Set(matchers.flatMap((matcher) => matcher.problems))].filter((problem) => !this.reportedGlobProblems.has(problem));
    if (fresh.length === 0) return;
    for (const problem of fresh) this.reportedGlobProblems.add(problem);
    this.tell(MessageType.Warning, `finnews ignores some globs in finnews.articleGlobs / finnews.excludeGlobs: ${fresh.join('; ')}`);
  }

  private settingsOf(uri: string): FinnewsSettings {
    const folder = this.folders.folderOf(uri);
    return (folder && this.folderStates.get(folder.uri)?.settings) ?? this.globalSettings;
  }

  // ---- Company table ----------------------------------------------------------------------------

  private isCompanyTable(filePath: string): boolean {
    return [...this.folderStates.values()].some((state) => state.companyTablePath === filePath);
  }

  /** Reads every folder's company table; a bad file is reported and the built-in table is used. */
  private async loadCompanyTables(): Promise<void> {
    const rows: CompanyRow[] = [];
    for (const state of this.folderStates.values()) {
      const table = await readCompanyTableFile(state.companyTablePath);
      if (table.problems.length > 0) {
        this.tell(
          MessageType.Warning,
          `finnews: problems in the company table (${table.rows.length > 0 ? 'its valid rows are used' : 'the built-in table is used'}): ${table.problems.join('; ')}`,
        );
      }
      rows.push(...table.rows);
    }
    this.store.setCompanyRows(rows);
    this.pool.setCompanies(rows);
    this.companies = new CompanyDirectory(rows);
  }

  // ---- Reviewed conflicts -----------------------------------------------------------------------

  private isReviewedFile(filePath: string): boolean {
    return [...this.folderStates.values()].some((state) => state.reviewedPath === filePath);
  }

  /** Reads every folder's reviewed-conflicts file; a corrupt file is reported and left untouched. */
  private async loadReviewed(): Promise<void> {
    for (const state of this.folderStates.values()) {
      const result = await readReviewedFile(state.reviewedPath);
      if (result.ok) state.reviewed = result.reviewed;
      else {
        state.reviewed = [];
        this.tell(
          MessageType.Error,
          `finnews: the reviewed-conflicts file cannot be used: ${result.reason}. finnews will not change it; fix or delete it.`,
        );
      }
    }
    this.store.setReviewed([...this.folderStates.values()].flatMap((state) => state.reviewed));
  }

  /**
   * `finnews.acceptConflict`: adds the conflict to the reviewed-conflicts file of the document's
   * folder (never to a corrupt file, never outside the folder, never onto an article) and republishes.
   */
  async acceptConflict(args: AcceptConflictArgs): Promise<void> {
    await this.ready;
    const uri = canonicalUri(args.uri);
    const folder = this.folders.folderOf(uri) ?? this.folders.all()[0];
    const state = folder && this.folderStates.get(folder.uri);
    if (!state) {
      this.tell(MessageType.Error, 'finnews: accepting a conflict needs a workspace folder to hold the reviewed-conflicts file.');
      return;
    }
    const target = state.reviewedPath;
    const relative = path.relative(state.folder.path, target).split(path.sep).join('/');
    if (!isInside(state.folder.path, target) || state.isArticlePath(relative)) {
      this.tell(
        MessageType.Error,
        `finnews: finnews.reviewedConflictsFile (${state.settings.reviewedConflictsFile}) must name a file inside the workspace folder that is not an article; nothing was written.`,
      );
      return;
    }
    const current = await readReviewedFile(target);
    if (!current.ok) {
      this.tell(
        MessageType.Error,
        `finnews: the reviewed-conflicts file cannot be used: ${current.reason}. It was not overwritten; fix or delete it, then accept again.`,
      );
      return;
    }
    const values = [...args.values];
    const known = current.reviewed.some((entry) => entry.factId === args.factId && sameJson(entry.values, values));
    const entries = known ? current.reviewed : [...current.reviewed, { factId: args.factId, values, reviewedAt: new Date().toISOString() }];
    if (!known) {
      try {
        await writeReviewedFile(target, entries);
      } catch (error) {
        this.tell(MessageType.Error, `finnews: could not write ${target}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
    state.reviewed = entries;
    const candidates = this.publisher.candidates();
    this.store.setReviewed([...this.folderStates.values()].flatMap((folderState) => folderState.reviewed));
    this.publishMany(candidates);
    this.refreshEditorViews();
    this.scheduleStatus();
  }

  /** `finnews.openLocation`: asks the client to show another article at a figure. */
  async openLocation(args: OpenLocationArgs): Promise<void> {
    if (!this.support.showDocument) {
      this.connection.console.warn(`finnews: the client cannot show documents; open ${args.uri} yourself.`);
      return;
    }
    await this.connection.window.showDocument({ uri: args.uri, selection: args.range, takeFocus: true });
  }

  // ---- Publishing -------------------------------------------------------------------------------

  /**
   * After an article changed: its own diagnostics go out at once. The other affected articles are
   * republished once the edits pause (or at least every `republishMaxWaitMs` while they go on), so a
   * burst of keystrokes republishes them once, stale intermediate states are dropped, and the edited
   * article is never kept waiting behind the others. A conflict message names every article of the
   * fact, so one edit can change the diagnostics of dozens of files.
   */
  private applyChanges(primary: string, changed: Set<string>): void {
    this.publisher.publish(primary);
    changed.delete(primary);
    for (const uri of changed) this.pendingRepublish.add(uri);
    if (this.pendingRepublish.size > 0) {
      this.pendingSince ??= Date.now();
      if (this.republishTimer) clearTimeout(this.republishTimer);
      const wait = Math.max(0, Math.min(republishDelayMs, this.pendingSince + republishMaxWaitMs - Date.now()));
      this.republishTimer = setTimeout(() => this.flushRepublish(), wait);
    }
    this.scheduleStatus();
  }

  private flushRepublish(): void {
    if (this.republishTimer) clearTimeout(this.republishTimer);
    this.republishTimer = null;
    this.pendingSince = null;
    const uris = new Set(this.pendingRepublish);
    this.pendingRepublish.clear();
    this.publishMany(uris);
  }

  private publishMany(uris: Set<string>): void {
    // During the first index, closed articles are published once at its end.
    const changed = this.publisher.publishAll(uris);
    collectGarbageWhenIdle();
    if (changed.some((uri) => this.isOpen(uri))) this.refreshEditorViews();
    this.scheduleStatus();
  }

  /** Semantic tokens carry the `conflicting` modifier, so open editors re-ask when conflicts change. */
  private refreshEditorViews(): void {
    if (this.support.semanticTokensRefresh) void this.connection.languages.semanticTokens.refresh();
  }

  /** The warning about skipped files, naming each file at most once per session. */
  private reportSkipped(): void {
    const fresh = [...this.skipped].filter(([uri]) => !this.reportedSkipped.has(uri));
    if (fresh.length === 0) return;
    for (const [uri] of fresh) this.reportedSkipped.add(uri);
    const named = fresh.slice(0, skippedNamedInMessage).map(([uri, reason]) => `${this.folders.relativePath(uri) ?? uri} (${reason})`);
    const more = fresh.length > skippedNamedInMessage ? `, and ${fresh.length - skippedNamedInMessage} more` : '';
    const files = fresh.length === 1 ? '1 file' : `${fresh.length} files`;
    this.tell(MessageType.Warning, `finnews skipped ${files}: ${named.join(', ')}${more}`);
  }

  /**
   * Shows a message to the reader. A `window/showMessage` notification, not a request: there is
   * nothing to choose, and nothing waits for the reader to dismiss it.
   */
  private tell(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  // ---- Status -----------------------------------------------------------------------------------

  /** The numbers the status bar item shows. */
  status(): StatusParams {
    return {
      articles: this.store.size,
      conflicts: this.store.index.conflictCount,
      skipped: this.skipped.size,
      indexing: this.indexRun !== null,
    };
  }

  /** Sends the status now (at the start and end of indexing) if it changed. */
  private sendStatus(indexing: boolean): void {
    if (this.statusTimer) {
      clearTimeout(this.statusTimer);
      this.statusTimer = null;
    }
    const status = { ...this.status(), indexing };
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    void this.connection.sendNotification(statusNotification, status);
  }

  /** Sends the status soon, at most once per interval, while things change quickly. */
  private scheduleStatus(): void {
    if (this.statusTimer) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = null;
      this.sendStatus(this.indexRun !== null);
    }, statusIntervalMs);
  }

  /** Stops timers so the process can exit. */
  dispose(): void {
    void this.pool.close();
    if (this.indexRun) this.indexRun.cancelled = true;
    if (this.statusTimer) clearTimeout(this.statusTimer);
    if (this.republishTimer) clearTimeout(this.republishTimer);
  }

  // ---- Epochs -----------------------------------------------------------------------------------

  private epochOf(uri: string): number {
    return this.fileEpochs.get(uri) ?? 0;
  }

  private bumpEpoch(uri: string): number {
    const epoch = this.epochOf(uri) + 1;
    this.fileEpochs.set(uri, epoch);
    return epoch;
  }
}

function union(a: Set<string>, b: Iterable<string>): Set<string> {
  for (const item of b) a.add(item);
  return a;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function fileExists(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isDirectory();
  } catch {
    return false;
  }
}
