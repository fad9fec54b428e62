// The facade of the analysis library: everything the server, the CLI and the benchmark may call.
// Pure: no I/O, no LSP, no vscode. Text in, model out.

export * from './model';
export { analyzeArticle, detachIndexed, detachStrings, extractMentions, indexArticle } from './analyze';
export type { AnalyzeOptions, Extraction } from './analyze';
export { indexedArticleOf, WorkspaceIndex } from './workspace';
export { defaultConflictSettings } from './facts/conflicts';
export { type CompanyRow, parseCompanyTable } from './data/companies';
