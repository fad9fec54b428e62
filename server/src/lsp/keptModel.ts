// What the server keeps of an article model.

import { detachStrings, type Article } from '../analysis';

/**
 * The model without the claims' reasons, in place. The reasons explain the analysis (the CLI's JSON and
 * the tests print them); the server never shows them, and for 10,000 articles they would be about a
 * third of what the cold index's workers send back and 15–30 MB of the server's heap.
 */
export function withoutReasons(article: Article): Article {
  for (const claim of article.claims) claim.reason = '';
  return article;
}

/**
 * A model analysed on this thread, as the server keeps it: without reasons, and with strings of its
 * own (see detachStrings). A worker's model needs only withoutReasons; its trip owns the strings.
 */
export function keptModel(article: Article): Article {
  return detachStrings(withoutReasons(article));
}
