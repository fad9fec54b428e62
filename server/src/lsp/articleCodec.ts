// How an analysed article travels from a worker thread of the cold index to the main thread: as the
// indexed article (its claims with their figures, its company mentions; see indexedArticleOf) and
// the line index, in one flat JSON array of numbers, strings and nulls. That is all the main thread
// files; the whole model does not travel (the pool's analyzeAgain analyses a closed article again
// the first time a request reads its ArticleStore entry's model, which requests about open
// documents never do). Encoding,
// sending, parsing and keeping 10,000 whole models cost about a tenth of a cold index, on threads
// that share the two cores with the analysis. JSON.parse of a flat array builds no objects, so
// parsing it and building the objects costs a fraction of JSON.parse of the objects themselves; the
// worker's stringify likewise.
//
// Invariant: decodeIndexed(encodeIndexed(x, lines)) is deep-equal to x and lines, field order
// included (test/unit/articleCodec.test.ts checks the seeds and a generated corpus). A field added
// to IndexedArticle must be added here.

import type { IndexedArticle, IndexedClaim } from '../analysis';
import type { LineArrays } from './lineIndex';

type Cell = string | number | null;

/** The indexed article and the line index as the text of a flat JSON array. */
export function encodeIndexed(indexed: IndexedArticle, lines: LineArrays): string {
  const cells: Cell[] = [indexed.published, indexed.claims.length];
  for (const c of indexed.claims) {
    const k = c.key;
    cells.push(c.mention, c.keyId, k.subject, k.measure, k.unit, k.counterpart, k.period, k.place, c.start, c.end, c.text, c.value, c.qualifier, c.precision);
  }
  cells.push(indexed.companyNames.length);
  for (let i = 0; i < indexed.companyNames.length; i++) {
    const spans = indexed.companySpans[i];
    cells.push(indexed.companyNames[i], spans.length);
    for (let j = 0; j < spans.length; j++) cells.push(spans[j]);
  }
  cells.push(lines.length, lines.starts.length);
  for (let i = 0; i < lines.starts.length; i++) cells.push(lines.starts[i], lines.contentEnds[i]);
  return JSON.stringify(cells);
}

/** The indexed article and the line index back from encodeIndexed's text. */
export function decodeIndexed(encoded: string): { indexed: IndexedArticle; lines: LineArrays } {
  const cells = JSON.parse(encoded) as Cell[];
  let at = 0;
  const str = () => cells[at++] as string;
  const num = () => cells[at++] as number;
  const opt = () => cells[at++] as string | null;
  const published = opt();
  const claims: IndexedClaim[] = new Array(num());
  for (let i = 0; i < claims.length; i++) {
    const mention = num();
    const keyId = str();
    const key = { subject: opt(), measure: str(), unit: str(), counterpart: opt(), period: str(), place: opt() };
    const start = num();
    const end = num();
    const text = str();
    const value = cells[at++] as number | string;
    const qualifier = opt() as IndexedClaim['qualifier'];
    claims[i] = { mention, key, keyId, start, end, text, value, qualifier, precision: num() };
  }
  const companyNames: string[] = new Array(num());
  const companySpans: number[][] = new Array(companyNames.length);
  for (let i = 0; i < companyNames.length; i++) {
    companyNames[i] = str();
    const spans: number[] = new Array(num());
    for (let j = 0; j < spans.length; j++) spans[j] = num();
    companySpans[i] = spans;
  }
  const length = num();
  const starts: number[] = new Array(num());
  const contentEnds: number[] = new Array(starts.length);
  for (let i = 0; i < starts.length; i++) {
    starts[i] = num();
    contentEnds[i] = num();
  }
  return { indexed: { published, claims, companyNames, companySpans }, lines: { starts, contentEnds, length } };
}
