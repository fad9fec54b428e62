// The incremental index over all articles: claims grouped by key into facts, and the conflicts of
// each fact. Replacing one article recomputes only the facts its old and new claims touch, so an
// edit costs O(claims of the touched facts), never a scan of the workspace. A cold index runs as a
// batch (beginBatch … endBatch): facts are recomputed once at the end, not once per article.

import type { Article, Conflict, ConflictSettings, Fact, FactClaim, IndexedArticle, IndexedClaim, ReviewedConflict } from './model';
import { defaultConflictSettings, evaluateFact, factLabel } from './facts/conflicts';

interface FactEntry {
  /** The fact; its claims are kept unsorted between refreshes and sorted by refresh. */
  fact: Fact;
  conflict: Conflict | null;
  /** Whether it waits in `dirty` for the next refresh. */
  dirty: boolean;
}

/** What the index keeps of a filed article: enough to find and remove its claims and company spans. */
interface FiledArticle {
  /** Per claim, in the article's claim order: its fact id and the index of its figure. */
  keyIds: string[];
  mentions: number[];
  /** The names of the companies it mentions, each once. */
  companies: string[];
}

/** What the index reads of an article: its claims with their figures, and its company mentions. */
export function indexedArticleOf(article: Article): IndexedArticle {
  const claims: IndexedClaim[] = new Array(article.claims.length);
  for (let i = 0; i < claims.length; i++) {
    const claim = article.claims[i];
    const figure = article.mentions[claim.mention];
    claims[i] = {
      mention: claim.mention, key: claim.key, keyId: claim.keyId, start: figure.start, end: figure.end, text: figure.text,
      value: claim.value, qualifier: claim.qualifier, precision: claim.precision,
    };
  }
  // An article names few companies many times: its spans are gathered per name here, where a worker
  // thread does it, so the index looks up its workspace-wide map once per name, not once per mention.
  const spansByName = new Map<string, number[]>();
  for (const m of article.mentions) {
    if (m.kind !== 'company') continue;
    const spans = spansByName.get(m.name);
    if (spans) spans.push(m.start, m.end);
    else spansByName.set(m.name, [m.start, m.end]);
  }
  const companyNames = [...spansByName.keys()];
  const companySpans = [...spansByName.values()];
  return { published: article.published, claims, companyNames, companySpans };
}

export class WorkspaceIndex {
  private readonly articles = new Map<string, FiledArticle>();
  private readonly factEntries = new Map<string, FactEntry>();
  /** Conflicts that are not hidden by a reviewed entry, per fact. */
  private readonly openConflicts = new Map<string, Conflict>();
  /** Fact ids with an open conflict, per article. */
  private readonly conflictFactsByArticle = new Map<string, Set<string>>();
  /** Company name → article id → mention offsets as flat [start, end, start, end, …]. */
  private readonly companyIndex = new Map<string, Map<string, number[]>>();
  /** Company name → its mentions across all articles, kept with companyIndex so a hover is a lookup. */
  private readonly mentionCounts = new Map<string, number>();
  private settings: ConflictSettings;
  private reviewed = new Map<string, Set<string>[]>();
  /**
   * Facts changed since the last refresh (an emptied one stays in factEntries until then), and the
   * batch nesting depth.
   */
  private dirty: FactEntry[] = [];
  private batchDepth = 0;
  /** Articles touched by refreshes during the current batch. */
  private batchTouched = new Set<string>();

  constructor(settings?: Partial<ConflictSettings>) {
    this.settings = { ...defaultConflictSettings, ...settings, severities: { ...defaultConflictSettings.severities, ...settings?.severities } };
  }

  get size(): number {
    return this.articles.size;
  }

  /**
   * Adds or replaces an article. Returns the ids of articles whose conflicts may have changed (always
   * including this one); inside a batch, an empty set (endBatch returns them all). The article's claims
   * then share their key and id with their fact, so models kept beside the index hold no copies.
   */
  setArticle(id: string, article: Article): Set<string> {
    const changed = this.setIndexed(id, indexedArticleOf(article));
    for (const claim of article.claims) {
      const fact = this.factEntries.get(claim.keyId)?.fact;
      if (!fact) continue;
      claim.key = fact.key;
      claim.keyId = fact.id;
    }
    return changed;
  }

  /** Adds or replaces an article from what the index reads of it (see indexedArticleOf); as setArticle. */
  setIndexed(id: string, article: IndexedArticle): Set<string> {
    const old = this.articles.get(id);
    if (old) this.detach(id, old);
    const claims = article.claims;
    const keyIds: string[] = new Array(claims.length);
    const mentions: number[] = new Array(claims.length);
    for (let index = 0; index < claims.length; index++) {
      const claim = claims[index];
      let entry = this.factEntries.get(claim.keyId);
      if (!entry) {
        entry = { fact: { id: claim.keyId, key: claim.key, label: factLabel(claim.key), claims: [] }, conflict: null, dirty: false };
        this.factEntries.set(claim.keyId, entry);
      }
      // Claims of one fact share its id, so 10,000 articles do not hold 10,000 copies.
      keyIds[index] = entry.fact.id;
      mentions[index] = claim.mention;
      entry.fact.claims.push({
        articleId: id, claim: index, start: claim.start, end: claim.end, text: claim.text,
        value: claim.value, qualifier: claim.qualifier, precision: claim.precision, published: article.published,
      });
      this.markDirty(entry);
    }
    const names = article.companyNames;
    for (let i = 0; i < names.length; i++) {
      const spans = article.companySpans[i];
      const perArticle = this.companyIndex.get(names[i]);
      if (perArticle) perArticle.set(id, spans);
      else this.companyIndex.set(names[i], new Map([[id, spans]]));
      this.mentionCounts.set(names[i], (this.mentionCounts.get(names[i]) ?? 0) + spans.length / 2);
    }
    this.articles.set(id, { keyIds, mentions, companies: names });
    return this.changed(id);
  }

  /** Removes an article; returns the ids of articles whose conflicts may have changed. */
  removeArticle(id: string): Set<string> {
    const old = this.articles.get(id);
    if (!old) return new Set([id]);
    this.detach(id, old);
    this.articles.delete(id);
    return this.changed(id);
  }

  /** Starts a batch: changes are collected and facts recomputed once, at endBatch. Batches nest. */
  beginBatch(): void {
    this.batchDepth++;
  }

  /** Ends a batch; returns every article whose conflicts may have changed during it. */
  endBatch(): Set<string> {
    if (this.batchDepth === 0) return new Set();
    this.batchDepth--;
    if (this.batchDepth > 0) return new Set();
    this.flush();
    const touched = this.batchTouched;
    this.batchTouched = new Set();
    return touched;
  }

  /** After a change: refresh now, or later when batching. */
  private changed(id: string): Set<string> {
    if (this.batchDepth > 0) {
      this.batchTouched.add(id);
      return new Set();
    }
    const touched = this.refresh();
    touched.add(id);
    return touched;
  }

  /** Brings every dirty fact up to date; reads call this so they never see a half-built fact. */
  private flush(): void {
    if (this.dirty.length === 0) return;
    for (const id of this.refresh()) this.batchTouched.add(id);
  }

  private detach(id: string, article: FiledArticle): void {
    for (const keyId of article.keyIds) {
      const entry = this.factEntries.get(keyId);
      if (!entry || entry.dirty && !entry.fact.claims.some((c) => c.articleId === id)) continue;
      entry.fact.claims = entry.fact.claims.filter((c) => c.articleId !== id);
      this.markDirty(entry);
    }
    for (const name of article.companies) {
      const perArticle = this.companyIndex.get(name);
      const spans = perArticle?.get(id);
      if (!perArticle || !spans) continue;
      perArticle.delete(id);
      if (perArticle.size > 0) {
        this.mentionCounts.set(name, (this.mentionCounts.get(name) ?? 0) - spans.length / 2);
      } else {
        this.companyIndex.delete(name);
        this.mentionCounts.delete(name);
      }
    }
  }

  /**
   * Rebuilds the dirty facts and their conflicts. Returns the articles whose open conflicts changed:
   * the articles of the conflict before and after, when the two differ.
   */
  private refresh(): Set<string> {
    const touched = new Set<string>();
    const entries = this.dirty;
    this.dirty = [];
    for (const entry of entries) {
      entry.dirty = false;
      const factId = entry.fact.id;
      const before = this.openConflicts.get(factId) ?? null;
      let after: Conflict | null = null;
      if (entry.fact.claims.length === 0) {
        this.factEntries.delete(factId);
      } else {
        // A cold index files articles in path order, so most facts' claims arrive sorted already: a
        // check is one pass, where a sort call costs more than the comparisons for a handful of claims.
        if (!isSorted(entry.fact.claims)) entry.fact.claims.sort(compareClaims);
        entry.conflict = evaluateFact(entry.fact, this.settings);
        after = entry.conflict && !this.isReviewed(entry.conflict) ? entry.conflict : null;
      }
      if (!sameConflict(before, after)) {
        for (const c of before?.claims ?? []) touched.add(c.articleId);
        for (const c of after?.claims ?? []) touched.add(c.articleId);
      }
      this.setOpenConflict(factId, after);
    }
    return touched;
  }

  /** Queues a fact for the next refresh, once (a flag, not a set: a cold index marks 118,000 claims' facts). */
  private markDirty(entry: FactEntry): void {
    if (entry.dirty) return;
    entry.dirty = true;
    this.dirty.push(entry);
  }

  private setOpenConflict(factId: string, conflict: Conflict | null): void {
    const previous = this.openConflicts.get(factId);
    if (previous) {
      for (const c of previous.claims) {
        const set = this.conflictFactsByArticle.get(c.articleId);
        set?.delete(factId);
        if (set && set.size === 0) this.conflictFactsByArticle.delete(c.articleId);
      }
      this.openConflicts.delete(factId);
    }
    if (!conflict) return;
    this.openConflicts.set(factId, conflict);
    for (const c of conflict.claims) {
      let set = this.conflictFactsByArticle.get(c.articleId);
      if (!set) this.conflictFactsByArticle.set(c.articleId, (set = new Set()));
      set.add(factId);
    }
  }

  private isReviewed(conflict: Conflict): boolean {
    const entries = this.reviewed.get(conflict.factId);
    // Hidden until a new value appears: every value of the conflict must have been reviewed.
    return !!entries && entries.some((values) => conflict.values.every((v) => values.has(v)));
  }

  /** How many facts there are. */
  get factCount(): number {
    this.flush();
    return this.factEntries.size;
  }

  /** Every fact, sorted by id. */
  facts(): Fact[] {
    this.flush();
    return [...this.factEntries.values()].map((e) => e.fact).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  fact(id: string): Fact | undefined {
    this.flush();
    return this.factEntries.get(id)?.fact;
  }

  /** The fact a mention states, if it is a claim. */
  factOfMention(articleId: string, mentionIndex: number): Fact | undefined {
    this.flush();
    const article = this.articles.get(articleId);
    const claim = article ? article.mentions.indexOf(mentionIndex) : -1;
    return claim >= 0 ? this.factEntries.get(article!.keyIds[claim])?.fact : undefined;
  }

  /**
   * How many conflicts are open, as of the last refresh: during a batch it does not force the
   * recomputation that the end of the batch will do anyway (a status bar may ask every few files).
   */
  get conflictCount(): number {
    return this.openConflicts.size;
  }

  /** Open conflicts (reviewed ones hidden), sorted by fact id. */
  conflicts(): Conflict[] {
    this.flush();
    return [...this.openConflicts.values()].sort((a, b) => (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0));
  }

  /** Conflicts that involve an article, including reviewed ones only when `includeReviewed`. */
  conflictsOf(articleId: string): Conflict[] {
    this.flush();
    const ids = this.conflictFactsByArticle.get(articleId);
    if (!ids) return [];
    return [...ids].map((id) => this.openConflicts.get(id)!).filter(Boolean);
  }

  /** Replaces the reviewed entries and re-evaluates which conflicts are hidden; returns touched articles. */
  setReviewed(entries: readonly ReviewedConflict[]): Set<string> {
    this.reviewed = new Map();
    for (const e of entries) {
      const list = this.reviewed.get(e.factId) ?? [];
      list.push(new Set(e.values));
      this.reviewed.set(e.factId, list);
    }
    return this.reevaluate(false);
  }

  /** Applies new tolerance and severities; returns touched articles. */
  updateSettings(settings: ConflictSettings): Set<string> {
    this.settings = settings;
    return this.reevaluate(true);
  }

  private reevaluate(recompute: boolean): Set<string> {
    this.flush();
    const touched = new Set<string>();
    for (const [factId, entry] of this.factEntries) {
      const before = this.openConflicts.get(factId);
      if (recompute) entry.conflict = evaluateFact(entry.fact, this.settings);
      const open = entry.conflict && !this.isReviewed(entry.conflict) ? entry.conflict : null;
      if (before !== open) {
        for (const c of before?.claims ?? []) touched.add(c.articleId);
        for (const c of open?.claims ?? []) touched.add(c.articleId);
        this.setOpenConflict(factId, open);
      }
    }
    return touched;
  }

  /** Companies with the number of articles and mentions, sorted by name. */
  companies(): { name: string; articles: number; mentions: number }[] {
    return [...this.companyIndex.keys()]
      .map((name) => ({ name, ...this.companySummary(name)! }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** How many articles and mentions name a company; undefined when none does. */
  companySummary(name: string): { articles: number; mentions: number } | undefined {
    const perArticle = this.companyIndex.get(name);
    return perArticle ? { articles: perArticle.size, mentions: this.mentionCounts.get(name) ?? 0 } : undefined;
  }

  /** Every mention of a company across articles, ordered by article id then offset. */
  companyMentions(name: string): { articleId: string; start: number; end: number }[] {
    const perArticle = this.companyIndex.get(name);
    if (!perArticle) return [];
    const out: { articleId: string; start: number; end: number }[] = [];
    for (const [articleId, spans] of [...perArticle.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      for (let k = 0; k < spans.length; k += 2) out.push({ articleId, start: spans[k], end: spans[k + 1] });
    }
    return out;
  }
}

/** Two conflicts show the same diagnostics: same rule, severity, message and claim positions. */
function sameConflict(a: Conflict | null, b: Conflict | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.rule !== b.rule || a.severity !== b.severity || a.message !== b.message || a.claims.length !== b.claims.length) return false;
  return a.claims.every((c, i) => c.articleId === b.claims[i].articleId && c.start === b.claims[i].start && c.end === b.claims[i].end);
}

function isSorted(claims: readonly FactClaim[]): boolean {
  for (let i = 1; i < claims.length; i++) if (compareClaims(claims[i - 1], claims[i]) > 0) return false;
  return true;
}

function compareClaims(a: FactClaim, b: FactClaim): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}
