// The incremental index over all articles: claims grouped by key into facts, and the conflicts of
// each fact. Replacing one article recomputes only the facts its old and new claims touch, so an
// edit costs O(claims of the touched facts), never a scan of the workspace.

import type { Article, Conflict, ConflictSettings, Fact, FactClaim, ReviewedConflict } from './model';
import { defaultConflictSettings, evaluateFact, factLabel } from './facts/conflicts';

interface FactEntry {
  fact: Fact;
  /** Claims per article, so replacing an article does not scan the fact's other claims. */
  byArticle: Map<string, FactClaim[]>;
  dirty: boolean;
  conflict: Conflict | null;
}

export class WorkspaceIndex {
  private readonly articles = new Map<string, Article>();
  private readonly factEntries = new Map<string, FactEntry>();
  /** Conflicts that are not hidden by a reviewed entry, per fact. */
  private readonly openConflicts = new Map<string, Conflict>();
  /** Fact ids with an open conflict, per article. */
  private readonly conflictFactsByArticle = new Map<string, Set<string>>();
  private readonly companyIndex = new Map<string, Map<string, { start: number; end: number }[]>>();
  private settings: ConflictSettings;
  private reviewed = new Map<string, Set<string>[]>();

  constructor(settings?: Partial<ConflictSettings>) {
    this.settings = { ...defaultConflictSettings, ...settings, severities: { ...defaultConflictSettings.severities, ...settings?.severities } };
  }

  get size(): number {
    return this.articles.size;
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  articleIds(): IterableIterator<string> {
    return this.articles.keys();
  }

  /** Adds or replaces an article; returns the ids of articles whose facts or conflicts may have changed. */
  setArticle(id: string, article: Article): Set<string> {
    const touched = new Set<string>([id]);
    const factIds = new Set<string>();
    const old = this.articles.get(id);
    if (old) this.detach(id, old, factIds);
    this.articles.set(id, article);
    article.claims.forEach((claim, index) => {
      const mention = article.mentions[claim.mention];
      let entry = this.factEntries.get(claim.keyId);
      if (!entry) {
        entry = { fact: { id: claim.keyId, key: claim.key, label: factLabel(claim.key), claims: [] }, byArticle: new Map(), dirty: true, conflict: null };
        this.factEntries.set(claim.keyId, entry);
      }
      let list = entry.byArticle.get(id);
      if (!list) entry.byArticle.set(id, (list = []));
      list.push({
        articleId: id, claim: index, start: mention.start, end: mention.end, text: mention.text,
        value: claim.value, qualifier: claim.qualifier, precision: claim.precision, published: article.published,
      });
      entry.dirty = true;
      factIds.add(claim.keyId);
    });
    for (const m of article.mentions) {
      if (m.kind !== 'company') continue;
      let perArticle = this.companyIndex.get(m.name);
      if (!perArticle) this.companyIndex.set(m.name, (perArticle = new Map()));
      let spans = perArticle.get(id);
      if (!spans) perArticle.set(id, (spans = []));
      spans.push({ start: m.start, end: m.end });
    }
    this.refresh(factIds, touched);
    return touched;
  }

  /** Removes an article; returns the ids of articles whose facts or conflicts may have changed. */
  removeArticle(id: string): Set<string> {
    const touched = new Set<string>([id]);
    const old = this.articles.get(id);
    if (!old) return touched;
    const factIds = new Set<string>();
    this.detach(id, old, factIds);
    this.articles.delete(id);
    this.refresh(factIds, touched);
    return touched;
  }

  private detach(id: string, article: Article, factIds: Set<string>): void {
    for (const claim of article.claims) {
      const entry = this.factEntries.get(claim.keyId);
      if (!entry) continue;
      entry.byArticle.delete(id);
      entry.dirty = true;
      factIds.add(claim.keyId);
    }
    for (const m of article.mentions) {
      if (m.kind !== 'company') continue;
      const perArticle = this.companyIndex.get(m.name);
      perArticle?.delete(id);
      if (perArticle && perArticle.size === 0) this.companyIndex.delete(m.name);
    }
  }

  /** Rebuilds the given facts and their conflicts, collecting every article involved before or after. */
  private refresh(factIds: Iterable<string>, touched: Set<string>): void {
    for (const factId of factIds) {
      const entry = this.factEntries.get(factId);
      if (!entry) continue;
      for (const articleId of entry.fact.claims.map((c) => c.articleId)) touched.add(articleId);
      if (entry.byArticle.size === 0) {
        this.factEntries.delete(factId);
        this.setOpenConflict(factId, null);
        continue;
      }
      entry.fact.claims = [...entry.byArticle.values()].flat().sort(compareClaims);
      for (const c of entry.fact.claims) touched.add(c.articleId);
      entry.conflict = evaluateFact(entry.fact, this.settings);
      entry.dirty = false;
      this.setOpenConflict(factId, entry.conflict && !this.isReviewed(entry.conflict) ? entry.conflict : null);
    }
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

  /** Every fact, sorted by id. */
  facts(): Fact[] {
    return [...this.factEntries.values()].map((e) => e.fact).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  fact(id: string): Fact | undefined {
    return this.factEntries.get(id)?.fact;
  }

  /** The fact a mention states, if it is a claim. */
  factOfMention(articleId: string, mentionIndex: number): Fact | undefined {
    const article = this.articles.get(articleId);
    const claim = article?.claims.find((c) => c.mention === mentionIndex);
    return claim ? this.factEntries.get(claim.keyId)?.fact : undefined;
  }

  /** Open conflicts (reviewed ones hidden), sorted by fact id. */
  conflicts(): Conflict[] {
    return [...this.openConflicts.values()].sort((a, b) => (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0));
  }

  /** Conflicts that involve an article, including reviewed ones only when `includeReviewed`. */
  conflictsOf(articleId: string): Conflict[] {
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
    return [...this.companyIndex.entries()]
      .map(([name, perArticle]) => ({ name, articles: perArticle.size, mentions: [...perArticle.values()].reduce((n, s) => n + s.length, 0) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Every mention of a company across articles, ordered by article id then offset. */
  companyMentions(name: string): { articleId: string; start: number; end: number }[] {
    const perArticle = this.companyIndex.get(name);
    if (!perArticle) return [];
    return [...perArticle.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([articleId, spans]) => spans.map((s) => ({ articleId, ...s })));
  }
}

function compareClaims(a: FactClaim, b: FactClaim): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}
