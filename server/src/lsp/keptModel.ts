// What the server keeps of an article model.

import { analyzeArticle, detachStrings, type Article, type CompanyRow } from '../analysis';

/**
 * The model without the claims' reasons, in place. The reasons explain the analysis (the CLI's JSON and
 * the tests print them); the server never shows them, and kept for 10,000 articles they would be
 * 15–30 MB of the server's heap.
 */
function withoutReasons(article: Article): Article {
  for (const claim of article.claims) claim.reason = '';
  return article;
}

/**
 * A text analysed on this thread, as the server keeps its model: without reasons, and with strings of
 * its own (see detachStrings). Every model the server keeps is made here: an open document's, a file's
 * the workers could not take, and a closed article's made again on request (the cold index's workers
 * send no model, only what the index files).
 */
export function keptModel(text: string, companies: readonly CompanyRow[]): Article {
  return detachStrings(withoutReasons(analyzeArticle(text, { companies })));
}
