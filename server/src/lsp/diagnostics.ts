// Conflicts → LSP diagnostics, and the publisher that pushes them for every indexed article.
//
// Closed files appear in the Problems panel because the server publishes diagnostics for every indexed
// article (push), not only for open ones; pull diagnostics would need the client to ask for each file.
// One diagnostic per conflict per article, on the article's first figure that takes part in it, with
// `relatedInformation` for every disagreeing figure in the other articles.

import { createHash } from 'node:crypto';
import { DiagnosticSeverity, type Connection, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Conflict, FactClaim, Severity } from '../analysis/model';
import type { ConflictDiagnosticData } from '../protocol/messages';
import type { ArticleStore } from './articleStore';
import { articleName } from './uris';

/** Where the conflict rules are explained; the one place this link is written. */
export const conflictRulesDocsUrl = 'https://github.com/finnews/finnews#conflict-rules';

/**
 * At most this many related places per diagnostic: enough for any real story, and a bound on the
 * size of every publish when hundreds of articles repeat one figure (the message then says how many
 * more there are).
 */
const maxRelatedPlaces = 30;

/** What `Diagnostic.source` says. */
export const diagnosticSource = 'finnews';

const severityOf: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostics of one article: one per open conflict it takes part in. */
export function diagnosticsOf(store: ArticleStore, uri: string): Diagnostic[] {
  const entry = store.entry(uri);
  if (!entry) return [];
  const diagnostics: Diagnostic[] = [];
  for (const conflict of store.index.conflictsOf(uri)) {
    const own = conflict.claims.filter((claim) => claim.articleId === uri).sort((a, b) => a.start - b.start);
    if (own.length === 0) continue;
    const data: ConflictDiagnosticData = { factId: conflict.factId, values: conflict.values };
    diagnostics.push({
      range: entry.lines.rangeOf(own[0].start, own[0].end),
      severity: severityOf[conflict.severity],
      code: conflict.rule,
      codeDescription: { href: conflictRulesDocsUrl },
      source: diagnosticSource,
      message: conflict.message,
      relatedInformation: relatedPlaces(store, conflict, own),
      data,
    });
  }
  return diagnostics;
}

/**
 * The figures in other articles that disagree with this article's. As in the conflict rules, an
 * article's first figure of the fact stands for the article; another article's figure disagrees when
 * it is not compatible with it (given rounding and the tolerance). Figures that agree with this
 * article are not disagreeing places, so they are left out.
 */
function relatedPlaces(store: ArticleStore, conflict: Conflict, own: FactClaim[]): DiagnosticRelatedInformation[] {
  const places: DiagnosticRelatedInformation[] = [];
  const ownGroup = conflict.groups[conflict.claims.indexOf(own[0])];
  for (const claim of othersByArticle(conflict)) {
    if (places.length >= maxRelatedPlaces) break;
    if (claim.articleId === own[0].articleId || groupOf(conflict, claim) === ownGroup) continue;
    const other = store.entry(claim.articleId);
    if (!other) continue;
    places.push({
      location: { uri: claim.articleId, range: other.lines.rangeOf(claim.start, claim.end) },
      // The mention's text includes its qualifier words ("bis zu 50 Milliarden US-Dollar").
      message: `${articleName(claim.articleId)} says ${claim.text} (${claim.published ?? 'undated'})`,
    });
  }
  return places;
}

/** A conflict's claims sorted by article and offset, with their groups; computed once per conflict. */
const sortedClaims = new WeakMap<Conflict, { claims: FactClaim[]; groups: Map<FactClaim, number> }>();

function sortedOf(conflict: Conflict): { claims: FactClaim[]; groups: Map<FactClaim, number> } {
  let sorted = sortedClaims.get(conflict);
  if (!sorted) {
    const groups = new Map(conflict.claims.map((c, i) => [c, conflict.groups[i]] as const));
    const claims = [...conflict.claims].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
    sortedClaims.set(conflict, (sorted = { claims, groups }));
  }
  return sorted;
}

function othersByArticle(conflict: Conflict): FactClaim[] {
  return sortedOf(conflict).claims;
}

function groupOf(conflict: Conflict, claim: FactClaim): number | undefined {
  return sortedOf(conflict).groups.get(claim);
}

/**
 * Pushes diagnostics and remembers a digest of what each URI was last sent, so an unchanged list is
 * not sent again and an article whose conflicts went away is cleared exactly once. A digest rather
 * than the text keeps this small when thousands of articles show conflicts.
 */
export class DiagnosticsPublisher {
  private readonly lastSent = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly store: ArticleStore,
  ) {}

  /** Recomputes and, if changed, publishes the diagnostics of one URI; returns whether it sent. */
  publish(uri: string): boolean {
    return this.send(uri) !== null;
  }

  /** Sends the diagnostics of one URI if they changed; returns the pending write, or null. */
  private send(uri: string): Promise<void> | null {
    // Most articles an edit touches take part in no conflict and showed none: nothing to do, and
    // this check costs a map lookup, so an edit to a fact that thousands of articles state stays cheap.
    if (!this.lastSent.has(uri) && this.store.index.conflictsOf(uri).length === 0) return null;
    const diagnostics = diagnosticsOf(this.store, uri);
    const key = diagnostics.length === 0 ? '' : createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
    if ((this.lastSent.get(uri) ?? '') === key) return null;
    if (key === '') this.lastSent.delete(uri);
    else this.lastSent.set(uri, key);
    return this.connection.sendDiagnostics({ uri, diagnostics });
  }

  /**
   * Publishes many URIs (the end of a cold index), waiting for the client to take each few dozen
   * messages, so thousands of diagnostics never pile up in the server's memory. Returns the URIs sent.
   */
  async publishPaced(uris: Iterable<string>): Promise<string[]> {
    const changed: string[] = [];
    let last: Promise<void> | null = null;
    for (const uri of uris) {
      const sent = this.send(uri);
      if (!sent) continue;
      changed.push(uri);
      last = sent;
      if (changed.length % 32 === 0) await last.catch(() => undefined);
    }
    if (last) await last.catch(() => undefined);
    return changed;
  }

  /** Publishes a set of URIs; returns those whose diagnostics changed. */
  publishAll(uris: Iterable<string>): string[] {
    const changed: string[] = [];
    for (const uri of uris) if (this.publish(uri)) changed.push(uri);
    return changed;
  }

  /** URIs that currently show diagnostics plus every article in an open conflict. */
  candidates(): Set<string> {
    const uris = new Set(this.lastSent.keys());
    for (const conflict of this.store.index.conflicts()) for (const claim of conflict.claims) uris.add(claim.articleId);
    return uris;
  }

  /** Clears the diagnostics of a URI that is no longer an article. */
  clear(uri: string): void {
    if (!this.lastSent.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
