// Inlay hints: the normalized value after every figure ("≤ 50·10⁹ USD") and the resolved ISO date
// after a relative or year-less date ("= 2026-02-05"). Dates written in full get none: the hint would
// only repeat them.

import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { ArticleEntry } from './articleStore';
import { formatCompactValue, valueOfMention } from './valueFormat';

/** The inlay hints of an article within a range. */
export function inlayHintsOf(entry: ArticleEntry, range: Range): InlayHint[] {
  const start = entry.lines.offsetAt(range.start);
  const end = entry.lines.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const mention of entry.article.mentions) {
    if (mention.end < start || mention.start > end) continue;
    let label: string | null = null;
    if (mention.kind === 'money' || mention.kind === 'percent' || mention.kind === 'quantity') {
      label = formatCompactValue(valueOfMention(mention));
    } else if (mention.kind === 'date' && mention.resolvedAgainst !== null) {
      label = `= ${mention.value}`;
    }
    if (label === null) continue;
    hints.push({ position: entry.lines.positionAt(mention.end), label, kind: InlayHintKind.Type, paddingLeft: true });
  }
  return hints;
}
