// Quick fixes on a conflict diagnostic: accept the discrepancy (the server writes the reviewed-conflicts
// file when the command runs), and open each other article at its disagreeing figure. The "open"
// actions run `finnews.openLocation`, which the server answers with `window/showDocument`, so they work
// in any client that supports LSP 3.16, not only in VS Code. One "open" action per other article (its
// first disagreeing figure) keeps the light-bulb menu short when many articles disagree.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { commands, type AcceptConflictArgs, type ConflictDiagnosticData, type OpenLocationArgs } from '../protocol/messages';
import type { ArticleStore } from './articleStore';
import { diagnosticSource } from './diagnostics';
import { articleName } from './uris';

/** The code actions for the finnews diagnostics in a code-action request. */
export function codeActionsFor(store: ArticleStore, params: CodeActionParams): CodeAction[] {
  if (params.context.only && !params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const data = conflictDataOf(diagnostic);
    if (!data) continue;
    const accept: AcceptConflictArgs = { uri: params.textDocument.uri, factId: data.factId, values: data.values };
    actions.push({
      title: 'Accept this discrepancy (mark as reviewed)',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      command: { title: 'Accept this discrepancy', command: commands.acceptConflict, arguments: [accept] },
    });
    const seen = new Set<string>();
    for (const related of diagnostic.relatedInformation ?? []) {
      if (seen.has(related.location.uri)) continue;
      seen.add(related.location.uri);
      const open: OpenLocationArgs = { uri: related.location.uri, range: related.location.range };
      const title = `Open ${articleName(related.location.uri)} at “${figureText(store, open) ?? 'the figure'}”`;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title, command: commands.openLocation, arguments: [open] },
      });
    }
  }
  return actions;
}

/** The fact and values a finnews diagnostic carries, or undefined for other diagnostics. */
function conflictDataOf(diagnostic: Diagnostic): ConflictDiagnosticData | undefined {
  if (diagnostic.source !== diagnosticSource) return undefined;
  const data = diagnostic.data as Partial<ConflictDiagnosticData> | undefined;
  if (!data || typeof data.factId !== 'string' || !Array.isArray(data.values)) return undefined;
  return { factId: data.factId, values: data.values.filter((value): value is string => typeof value === 'string') };
}

/** The text of the figure at a place, as the other article writes it. */
function figureText(store: ArticleStore, place: OpenLocationArgs): string | undefined {
  const entry = store.entry(place.uri);
  return entry && store.mentionAt(place.uri, entry.lines.offsetAt(place.range.start))?.mention.text;
}
