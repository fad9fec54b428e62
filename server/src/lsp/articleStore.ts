// The server's model cache: one analysed Article per URI (and editor version for open documents),
// kept in the analysis library's WorkspaceIndex together with a LineIndex for offset → position
// conversion. Every request is answered from here; nothing is analysed at request time except a
// document the cache has not seen yet, and a closed article the cold index's workers analysed: the
// index files it from its indexed article alone, and its whole model is made the first time a request
// reads it (requests are about open documents, so most closed articles never need one).

import {
  WorkspaceIndex,
  type Article,
  type CompanyRow,
  type ConflictSettings,
  type IndexedArticle,
  type Mention,
  type ReviewedConflict,
} from '../analysis';
import { keptModel } from './keptModel';
import { LineIndex } from './lineIndex';

/**
 * An article analysed elsewhere, ready to be filed: a model in hand, or a worker's indexed article,
 * whose whole model `load` makes the first time a request needs it.
 */
export type AnalyzedArticle =
  | { article: Article; lines: LineIndex }
  | { indexed: IndexedArticle; lines: LineIndex; load: () => Article };

/** One analysed article as the server holds it. */
export class ArticleEntry {
  private model: Article | null;
  private load: (() => Article) | null;

  constructor(
    readonly uri: string,
    model: Article | (() => Article),
    readonly lines: LineIndex,
    /** The editor's version for an open document; null when the text came from disk. */
    readonly version: number | null,
  ) {
    this.model = typeof model === 'function' ? null : model;
    this.load = typeof model === 'function' ? model : null;
  }

  /** The model; one filed without it is made on first use and kept from then on. */
  get article(): Article {
    if (this.model === null) {
      this.model = this.load!();
      this.load = null;
    }
    return this.model;
  }
}

/** A mention found at a position, with its index into the article's mentions. */
export interface MentionHit {
  entry: ArticleEntry;
  mention: Mention;
  mentionIndex: number;
}

/** The Article cache and the workspace index over it, keyed by URI. */
export class ArticleStore {
  readonly index: WorkspaceIndex;
  private readonly entries = new Map<string, ArticleEntry>();
  private companyRows: CompanyRow[] = [];
  private settings: ConflictSettings;

  constructor(settings: ConflictSettings) {
    this.settings = settings;
    this.index = new WorkspaceIndex(settings);
  }

  /** The conflict settings in force (the diagnostics need the tolerance). */
  get conflictSettings(): ConflictSettings {
    return this.settings;
  }

  /** Extra company rows from the workspace company table; the caller re-analyses afterwards. */
  setCompanyRows(rows: CompanyRow[]): void {
    this.companyRows = rows;
  }

  /**
   * Analyses a text and puts it into the index. Returns the URIs whose conflicts or facts may have
   * changed (always including this one). An open document at the version already cached is not
   * analysed again unless `force` is set (after the company table changed).
   */
  update(uri: string, text: string, version: number | null, force = false): Set<string> {
    const cached = this.entries.get(uri);
    if (!force && cached && version !== null && cached.version === version) return new Set();
    return this.updateAnalyzed(uri, { article: keptModel(text, this.companyRows), lines: LineIndex.of(text) }, version);
  }

  /** Puts an article analysed elsewhere (a worker of the cold index) into the index. */
  updateAnalyzed(uri: string, analyzed: AnalyzedArticle, version: number | null): Set<string> {
    let changed: Set<string>;
    if ('article' in analyzed) {
      this.entries.set(uri, new ArticleEntry(uri, analyzed.article, analyzed.lines, version));
      changed = this.index.setArticle(uri, analyzed.article);
    } else {
      this.entries.set(uri, new ArticleEntry(uri, analyzed.load, analyzed.lines, version));
      changed = this.index.setIndexed(uri, analyzed.indexed);
    }
    changed.add(uri);
    return changed;
  }

  /** Removes an article; returns the URIs whose conflicts or facts may have changed. */
  remove(uri: string): Set<string> {
    const cached = this.entries.get(uri);
    if (!cached) return new Set();
    this.entries.delete(uri);
    return this.index.removeArticle(uri);
  }

  /** Replaces the reviewed conflicts. */
  setReviewed(entries: ReviewedConflict[]): void {
    this.index.setReviewed(entries);
  }

  /** Replaces the conflict settings. */
  updateSettings(settings: ConflictSettings): void {
    this.settings = settings;
    this.index.updateSettings(settings);
  }

  entry(uri: string): ArticleEntry | undefined {
    return this.entries.get(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  uris(): IterableIterator<string> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The mention under an offset (a cursor at either edge counts), by binary search. */
  mentionAt(uri: string, offset: number): MentionHit | undefined {
    const entry = this.entries.get(uri);
    if (!entry) return undefined;
    const mentions = entry.article.mentions;
    let low = 0;
    let high = mentions.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const mention = mentions[middle];
      if (offset < mention.start) high = middle - 1;
      else if (offset > mention.end) low = middle + 1;
      else {
        // A cursor between two touching mentions belongs to the one that starts there.
        const next = mentions[middle + 1];
        const index = offset === mention.end && next && next.start === offset ? middle + 1 : middle;
        return { entry, mention: mentions[index], mentionIndex: index };
      }
    }
    return undefined;
  }

  /** Indexes of this article's mentions that take part in an open (not reviewed) conflict. */
  conflictingMentions(uri: string): Set<number> {
    const entry = this.entries.get(uri);
    const result = new Set<number>();
    if (!entry) return result;
    for (const conflict of this.index.conflictsOf(uri)) {
      for (const claim of conflict.claims) {
        if (claim.articleId !== uri) continue;
        const mention = entry.article.claims[claim.claim]?.mention;
        if (mention !== undefined) result.add(mention);
      }
    }
    return result;
  }

  /** How many articles and mentions name a company. */
  companySummary(name: string): { articles: number; mentions: number } | undefined {
    return this.index.companySummary(name);
  }
}
