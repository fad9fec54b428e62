// How an article travels from a worker thread of the cold index to the main thread: as two flat JSON
// arrays of numbers, strings and nulls. The first is what the main thread files at once: the indexed
// article (its claims with their figures, its company mentions; see indexedArticleOf) and the line
// index. The second is the whole model, which the main thread keeps as it came and decodes only when
// a request needs it, so a cold index neither parses nor holds 10,000 models (parsing them and
// collecting their objects was most of the main thread's work, and the main thread shares the two
// cores with the workers). JSON.parse of a flat array builds no objects, so parsing it and building
// the objects costs a fraction of JSON.parse of the objects themselves; the worker's stringify
// likewise. Objects are rebuilt with the fields in the order the extractors write them, so both
// kinds of model share V8's object shapes.
//
// Invariant: decode(encode(x)) is deep-equal to x, field order included, for the model and for the
// indexed article with its line index (test/unit/articleCodec.test.ts checks the seeds and a
// generated corpus). A field added to the model must be added here.

import type { Article, Claim, IndexedArticle, IndexedClaim, Mention, Problem } from '../analysis';
import type { LineArrays } from './lineIndex';

type Cell = string | number | null;

const MONEY = 0;
const PERCENT = 1;
const QUANTITY = 2;
const DATE = 3;
const COMPANY = 4;
const PERSON = 5;

/** The model as the text of a flat JSON array. */
export function encodeArticle(article: Article): string {
  const cells: Cell[] = [article.published, article.publishedSource, article.language, article.problems.length];
  for (const problem of article.problems) {
    cells.push(problem.code, problem.message, problem.span ? problem.span.start : null, problem.span ? problem.span.end : null);
  }
  cells.push(article.mentions.length);
  for (const m of article.mentions) {
    switch (m.kind) {
      case 'money':
        cells.push(MONEY, m.start, m.end, m.text, m.qualifier, m.precision, m.value, m.currency, m.currencyInferred ? 1 : 0);
        break;
      case 'percent':
        cells.push(PERCENT, m.start, m.end, m.text, m.qualifier, m.precision, m.value, m.unit);
        break;
      case 'quantity':
        cells.push(QUANTITY, m.start, m.end, m.text, m.qualifier, m.precision, m.value, m.unit);
        break;
      case 'date':
        cells.push(DATE, m.start, m.end, m.text, m.value, m.precision, m.role, m.resolvedAgainst);
        break;
      case 'company':
        cells.push(COMPANY, m.start, m.end, m.text, m.name, m.source);
        break;
      case 'person':
        cells.push(PERSON, m.start, m.end, m.text, m.name);
        break;
    }
  }
  cells.push(article.claims.length);
  for (const c of article.claims) {
    const k = c.key;
    cells.push(c.mention, k.subject, k.measure, k.unit, k.counterpart, k.period, k.place, c.keyId, c.value, c.qualifier, c.precision, c.sentence.start, c.sentence.end, c.reason);
  }
  return JSON.stringify(cells);
}

/** The model back from encodeArticle's text. */
export function decodeArticle(encoded: string): Article {
  const cells = JSON.parse(encoded) as Cell[];
  let at = 0;
  const str = () => cells[at++] as string;
  const num = () => cells[at++] as number;
  const opt = () => cells[at++] as string | null;
  const published = opt();
  const publishedSource = opt();
  const language = str() as Article['language'];
  const problems: Problem[] = new Array(num());
  for (let i = 0; i < problems.length; i++) {
    const code = str();
    const message = str();
    const start = cells[at++] as number | null;
    const end = cells[at++] as number | null;
    problems[i] = start === null || end === null ? { code, message } : { code, message, span: { start, end } };
  }
  const mentions: Mention[] = new Array(num());
  for (let i = 0; i < mentions.length; i++) {
    const kind = num();
    const start = num();
    const end = num();
    const text = str();
    switch (kind) {
      case MONEY: {
        const qualifier = opt() as Claim['qualifier'];
        const precision = num();
        const value = num();
        const currency = str();
        mentions[i] = num() === 1
          ? { kind: 'money', start, end, text, qualifier, precision, value, currency, currencyInferred: true }
          : { kind: 'money', start, end, text, qualifier, precision, value, currency };
        break;
      }
      case PERCENT:
      case QUANTITY: {
        const qualifier = opt() as Claim['qualifier'];
        const precision = num();
        const value = num();
        const unit = str();
        mentions[i] = kind === PERCENT
          ? { kind: 'percent', start, end, text, qualifier, precision, value, unit: unit as 'percent' | 'percentagePoints' }
          : { kind: 'quantity', start, end, text, qualifier, precision, value, unit };
        break;
      }
      case DATE: {
        const value = str();
        const precision = str() as 'day';
        const role = str() as 'at';
        mentions[i] = { kind: 'date', start, end, text, value, precision, role, resolvedAgainst: opt() };
        break;
      }
      case COMPANY: {
        const name = str();
        mentions[i] = { kind: 'company', start, end, text, name, source: str() as 'table' };
        break;
      }
      default:
        mentions[i] = { kind: 'person', start, end, text, name: str() };
    }
  }
  const claims: Claim[] = new Array(num());
  for (let i = 0; i < claims.length; i++) {
    const mention = num();
    const key = { subject: opt(), measure: str(), unit: str(), counterpart: opt(), period: str(), place: opt() };
    const keyId = str();
    const value = cells[at++] as number | string;
    const qualifier = opt() as Claim['qualifier'];
    const precision = num();
    const sentence = { start: num(), end: num() };
    claims[i] = { mention, key, keyId, value, qualifier, precision, sentence, reason: str() };
  }
  return { published, publishedSource, language, mentions, claims, problems };
}

/** The indexed article and the line index as the text of a flat JSON array. */
export function encodeIndexed(indexed: IndexedArticle, lines: LineArrays): string {
  const cells: Cell[] = [indexed.published, indexed.claims.length];
  for (const c of indexed.claims) {
    const k = c.key;
    cells.push(c.mention, c.keyId, k.subject, k.measure, k.unit, k.counterpart, k.period, k.place, c.start, c.end, c.text, c.value, c.qualifier, c.precision);
  }
  cells.push(indexed.companyNames.length);
  for (let i = 0; i < indexed.companyNames.length; i++) cells.push(indexed.companyNames[i], indexed.companySpans[2 * i], indexed.companySpans[2 * i + 1]);
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
  const companySpans: number[] = new Array(2 * companyNames.length);
  for (let i = 0; i < companyNames.length; i++) {
    companyNames[i] = str();
    companySpans[2 * i] = num();
    companySpans[2 * i + 1] = num();
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
