// Hover Markdown, answered from the model cache: no analysis happens at hover time, and a figure's
// hover costs O(claims of its fact), so it stays within the hover budget in a 10,000-article workspace.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { CompanyMention, DateMention, FactClaim, FigureMention, Mention } from '../analysis/model';
import type { ArticleStore, MentionHit } from './articleStore';
import type { CompanyDirectory } from './companyDirectory';
import { articleName } from './uris';
import { formatFullValue, qualifierWords, valueOfMention } from './valueFormat';

/** More rows than this in the other-articles table are summarised in one line. */
const maxTableRows = 50;

/** The hover at a position in an article, or null when the cursor is on no mention. */
export function hoverAt(store: ArticleStore, companies: CompanyDirectory, uri: string, position: Position): Hover | null {
  const entry = store.entry(uri);
  if (!entry) return null;
  const hit = store.mentionAt(uri, entry.lines.offsetAt(position));
  if (!hit) return null;
  const value = hoverMarkdown(store, companies, hit);
  return { contents: { kind: MarkupKind.Markdown, value }, range: entry.lines.rangeOf(hit.mention.start, hit.mention.end) };
}

function hoverMarkdown(store: ArticleStore, companies: CompanyDirectory, hit: MentionHit): string {
  const mention: Mention = hit.mention;
  switch (mention.kind) {
    case 'money':
    case 'percent':
    case 'quantity':
      return figureHover(store, hit, mention);
    case 'company':
      return companyHover(store, companies, mention);
    case 'date':
      return dateHover(store, hit, mention);
    case 'person':
      return `**${escapeMarkdown(mention.name)}** · person`;
  }
}

/** Normalized value and qualifier, the fact, its conflict if any, and the fact in every other article. */
function figureHover(store: ArticleStore, hit: MentionHit, mention: FigureMention): string {
  const heading = `**${formatFullValue(valueOfMention(mention))}**${mention.qualifier ? ` (${qualifierWords[mention.qualifier]})` : ''}`;
  return [heading, ...factSection(store, hit)].join('\n\n');
}

/** The fact a mention states: its label, an open conflict, and the table of the other articles. */
function factSection(store: ArticleStore, hit: MentionHit): string[] {
  const fact = store.index.factOfMention(hit.entry.uri, hit.mentionIndex);
  if (!fact) return ['_Not part of a fact: no measure was recognized around this figure._'];
  // The label names a period of its own; a fact without one is the current state.
  const sections = [`${escapeMarkdown(fact.label)}${fact.key.period === 'current' ? ' (current)' : ''}`];
  const conflict = store.index.conflictsOf(hit.entry.uri).find((candidate) => candidate.factId === fact.id);
  if (conflict) sections.push(`**Conflict** (${conflict.rule}): ${escapeMarkdown(conflict.message)}`);
  const others = fact.claims
    .filter((claim) => claim.articleId !== hit.entry.uri)
    .sort(byDateThenPlace);
  if (others.length === 0) {
    sections.push('_No other article states this fact._');
    return sections;
  }
  const rows = others.slice(0, maxTableRows).map((claim) => {
    const value = formatFullValue({ value: claim.value, unit: fact.key.unit, qualifier: claim.qualifier, precision: claim.precision });
    return `| ${escapeCell(value)} | ${claim.published ?? 'undated'} | ${placeLink(store, claim)} |`;
  });
  const table = ['| value | article date | where |', '| --- | --- | --- |', ...rows].join('\n');
  sections.push(table);
  if (others.length > maxTableRows) sections.push(`… and ${others.length - maxTableRows} more places`);
  return sections;
}

/** A Markdown link to a claim: "[002_a365eef2ac63f869.txt:5](file:///…#L5,10)", 1-based line and column. */
function placeLink(store: ArticleStore, claim: FactClaim): string {
  const name = escapeCell(articleName(claim.articleId));
  const other = store.entry(claim.articleId);
  if (!other) return name;
  const position = other.lines.positionAt(claim.start);
  const line = position.line + 1;
  return `[${name}:${line}](${claim.articleId}#L${line},${position.character + 1})`;
}

function byDateThenPlace(a: FactClaim, b: FactClaim): number {
  const dateA = a.published ?? '';
  const dateB = b.published ?? '';
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

/** Canonical name, kind, aliases from the company table, and how many articles mention it. */
function companyHover(store: ArticleStore, companies: CompanyDirectory, mention: CompanyMention): string {
  const info = companies.get(mention.name);
  const sections = [`**${escapeMarkdown(mention.name)}** · ${info?.kind ?? 'company'}`];
  if (info && info.aliases.length > 0) sections.push(`Aliases: ${info.aliases.map(escapeMarkdown).join(', ')}`);
  if (!info) sections.push('_Recognized from context; not in the company table._');
  const summary = store.companySummary(mention.name);
  if (summary) {
    sections.push(
      `Mentioned in ${summary.articles} ${summary.articles === 1 ? 'article' : 'articles'} (${summary.mentions} ${summary.mentions === 1 ? 'mention' : 'mentions'})`,
    );
  }
  return sections.join('\n\n');
}

const roleWords: Record<DateMention['role'], string> = { at: '', since: 'since', until: 'until' };

/** Resolved value and precision, and what a relative or year-less date was resolved against. */
function dateHover(store: ArticleStore, hit: MentionHit, mention: DateMention): string {
  const role = roleWords[mention.role];
  const sections = [`**${role ? `${role} ` : ''}${mention.value}** · ${mention.precision}`];
  sections.push(mention.resolvedAgainst ? `Resolved against ${escapeMarkdown(mention.resolvedAgainst)}` : 'Written in full');
  const fact = store.index.factOfMention(hit.entry.uri, hit.mentionIndex);
  if (fact) sections.push(...factSection(store, hit));
  return sections.join('\n\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (character) => `\\${character}`);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
