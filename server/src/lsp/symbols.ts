// Document symbols (an outline of the article's facts), workspace symbols (companies), and
// definition / references for a company across articles.
//
// A company has no single defining text, so "definition" is a convention: the first mention in the
// workspace, ordered by file URI (path order) and then by offset. Workspace symbols point at the
// same place, so "Go to Definition" and "Go to Symbol in Workspace" agree. References are every
// mention in every indexed article.

import { SymbolKind, type DocumentSymbol, type Location, type Position, type SymbolInformation } from 'vscode-languageserver';
import type { ArticleEntry, ArticleStore } from './articleStore';
import { formatFullValue, valueOfMention } from './valueFormat';

/** The outline: one symbol per fact the article states, with its claims as children. */
export function documentSymbolsOf(store: ArticleStore, entry: ArticleEntry): DocumentSymbol[] {
  const { article, lines } = entry;
  const groups = new Map<string, DocumentSymbol[]>();
  for (const claim of article.claims) {
    const mention = article.mentions[claim.mention];
    if (!mention) continue;
    const range = lines.rangeOf(mention.start, mention.end);
    const child: DocumentSymbol = {
      name: mention.text,
      detail:
        mention.kind === 'date'
          ? String(claim.value)
          : mention.kind === 'company' || mention.kind === 'person'
            ? mention.name
            : formatFullValue(valueOfMention(mention)),
      kind: mention.kind === 'date' ? SymbolKind.Event : SymbolKind.Number,
      range,
      selectionRange: range,
    };
    const siblings = groups.get(claim.keyId);
    if (siblings) siblings.push(child);
    else groups.set(claim.keyId, [child]);
  }
  const symbols: DocumentSymbol[] = [];
  for (const [keyId, children] of groups) {
    const fact = store.index.fact(keyId);
    const first = children[0];
    const last = children.reduce((latest, child) => (comparePositions(child.range.end, latest.range.end) > 0 ? child : latest));
    symbols.push({
      name: fact ? fact.label : keyId,
      detail: fact ? fact.key.period : undefined,
      kind: SymbolKind.Object,
      range: { start: first.range.start, end: last.range.end },
      selectionRange: first.selectionRange,
      children,
    });
  }
  return symbols;
}

/** Companies whose name contains the query (case-insensitive), each at its first mention. */
export function workspaceSymbolsOf(store: ArticleStore, query: string): SymbolInformation[] {
  const wanted = query.trim().toLowerCase();
  const symbols: SymbolInformation[] = [];
  for (const company of store.index.companies()) {
    if (wanted && !company.name.toLowerCase().includes(wanted)) continue;
    const location = firstMentionOf(store, company.name);
    if (!location) continue;
    symbols.push({
      name: company.name,
      kind: SymbolKind.Class,
      location,
      containerName: `${company.articles} ${company.articles === 1 ? 'article' : 'articles'}`,
    });
  }
  return symbols.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The company under the cursor, or undefined when the cursor is not on a company. */
function companyAt(store: ArticleStore, uri: string, position: Position): string | undefined {
  const entry = store.entry(uri);
  const hit = entry && store.mentionAt(uri, entry.lines.offsetAt(position));
  return hit?.mention.kind === 'company' ? hit.mention.name : undefined;
}

/** Definition of a company: its first mention in the workspace. */
export function companyDefinition(store: ArticleStore, uri: string, position: Position): Location | null {
  const name = companyAt(store, uri, position);
  return name ? firstMentionOf(store, name) : null;
}

/** Every mention of the company under the cursor, in every article, in URI and offset order. */
export function companyReferences(store: ArticleStore, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const name = companyAt(store, uri, position);
  if (!name) return [];
  const mentions = [...store.index.companyMentions(name)].sort(byArticleThenOffset);
  const locations: Location[] = [];
  mentions.forEach((mention, index) => {
    if (index === 0 && !includeDeclaration) return;
    const entry = store.entry(mention.articleId);
    if (entry) locations.push({ uri: mention.articleId, range: entry.lines.rangeOf(mention.start, mention.end) });
  });
  return locations;
}

function firstMentionOf(store: ArticleStore, name: string): Location | null {
  let first: { articleId: string; start: number; end: number } | undefined;
  for (const mention of store.index.companyMentions(name)) {
    if (!first || byArticleThenOffset(mention, first) < 0) first = mention;
  }
  const entry = first && store.entry(first.articleId);
  return first && entry ? { uri: first.articleId, range: entry.lines.rangeOf(first.start, first.end) } : null;
}

function byArticleThenOffset(a: { articleId: string; start: number }, b: { articleId: string; start: number }): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}
