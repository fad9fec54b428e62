// What the server keeps of an article model.

import { detachStrings, type Article } from '../analysis';

/**
 * The model without the claims' reasons, in place. The reasons explain the analysis (the CLI's JSON and
 * the tests print them); the server never shows them, and kept for 10,000 articles they would be
 * 15–30 MB of the server's heap.
 */
export function withoutReasons(article: Article): Article {
  for (const claim of article.claims) claim.reason = '';
  return article;
}

/**
 * A model analysed on this thread, as the server keeps it: without reasons, and with strings of its
 * own (see detachStrings). The cold index's workers send no model, only what the index files.
 */
export function keptModel(article: Article): Article {
  return detachStrings(withoutReasons(article));
}
