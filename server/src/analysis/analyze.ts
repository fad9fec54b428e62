// analyzeArticle: text in, article model out. Never throws; bad input becomes problems in the model.

import type { Article, IndexedArticle, Mention, Span } from './model';
import { indexedArticleOf } from './workspace';
import type { CompanyRow } from './data/companies';
import type { MeasureRow } from './data/measures';
import { detectLanguage } from './extract/language';
import { extractDates } from './extract/dates';
import { findPublicationDate, type PublicationDate } from './extract/published';
import { extractFigures } from './extract/figures';
import { companyTableFor, extractCompaniesAndPeople, type CompanyTable } from './extract/companies';
import { splitSentences } from './text/segments';
import { scanWords, type WordToken } from './text/words';
import { buildClaims, measureTableFor } from './facts/claims';

export interface AnalyzeOptions {
  /** Extra company rows from the workspace's company table file. */
  companies?: readonly CompanyRow[];
  /** Extra measure rows (trigger words) beyond the built-in table. */
  measures?: readonly MeasureRow[];
}

/** Analyses one article. Pure and deterministic; never throws. */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): Article {
  return analyzeSafely(text, options, true);
}

/**
 * What the workspace index files of a text (indexedArticleOf), for a cold index that keeps nothing
 * else: the same analysis, except that the claims' reasons, which only a model shows, are not
 * written (about 5 % of the analysis). Pure and deterministic; never throws.
 */
export function indexArticle(text: string, options: AnalyzeOptions = {}): IndexedArticle {
  return indexedArticleOf(analyzeSafely(text, options, false));
}

function analyzeSafely(text: string, options: AnalyzeOptions, explain: boolean): Article {
  try {
    return analyze(typeof text === 'string' ? text : String(text ?? ''), options, explain);
  } catch (error) {
    return {
      published: null, publishedSource: null, language: 'de', mentions: [], claims: [],
      problems: [{ code: 'internal-error', message: `finnews could not analyse this text: ${(error as Error)?.message ?? error}` }],
    };
  }
}

function analyze(text: string, options: AnalyzeOptions, explain: boolean): Article {
  if (!/\S/.test(text)) {
    return { published: null, publishedSource: null, language: 'de', mentions: [], claims: [], problems: [{ code: 'empty', message: 'The article is empty.' }] };
  }
  const { words, language, publication, mentions, problems, table } = extractMentions(text, options);
  const sentences = splitSentences(text);
  const claims = buildClaims({ text, words, mentions, sentences, published: publication.date, companies: table, measures: measureTableFor(options.measures), explain });
  return { published: publication.date, publishedSource: publication.source, language, mentions, claims, problems };
}

/** What the extraction stage finds in one text, and what the claims are then built from. */
export interface Extraction {
  words: WordToken[];
  language: Article['language'];
  publication: PublicationDate;
  /** Figures, dates, companies and people, sorted and without overlaps. */
  mentions: Mention[];
  problems: Article['problems'];
  table: CompanyTable;
}

/**
 * The extraction stage of analyzeArticle alone: the words, the language, the publication date, and
 * every figure, date, company and person, each normalized. analyzeArticle then groups the text into
 * sentences and builds the claims (who, what, when) from these mentions. Pure; unlike
 * analyzeArticle it does not catch an internal error. The benchmark measures it as the extraction.
 */
export function extractMentions(text: string, options: AnalyzeOptions = {}): Extraction {
  const problems: Article['problems'] = [];
  const words = scanWords(text);
  const language = detectLanguage(words);
  const publication = findPublicationDate(text, language, words);
  if (!publication.date) problems.push({ code: 'no-publication-date', message: 'No publication date found; relative dates ("Freitag", "5. Februar") cannot be resolved.' });

  const dates = extractDates(text, publication.date, language, words);
  const figures = extractFigures(text, language, dates, words);
  const datesAndFigures = mergeSorted<Mention>(dates, figures);
  const table = companyTableFor(options.companies);
  const { companies, people } = extractCompaniesAndPeople(text, table, datesAndFigures, words);
  const mentions = dropOverlaps(mergeSorted<Mention>(datesAndFigures, mergeSorted<Mention>(people, companies)));
  return { words, language, publication, mentions, problems, table };
}

/**
 * Gives the model's strings storage of their own, in place, and returns the model. V8 keeps a string
 * sliced from a longer one as a view of it, so a model kept after its text is dropped (the workspace
 * index holds 10,000) would otherwise keep every whole article alive. Callers that keep models call
 * it; strings that crossed threads as JSON (what the cold index's workers send) own their storage already.
 */
export function detachStrings(article: Article): Article {
  for (const m of article.mentions) m.text = ownString(m.text);
  for (const c of article.claims) c.reason = ownString(c.reason);
  article.published = ownNullable(article.published);
  article.publishedSource = ownNullable(article.publishedSource);
  return article;
}

/**
 * The same for an indexed article (`indexedArticleOf`) that is kept without its model: the figures'
 * texts, the keys and the company names, in place.
 */
export function detachIndexed(indexed: IndexedArticle): IndexedArticle {
  for (const claim of indexed.claims) {
    claim.text = ownString(claim.text);
    claim.keyId = ownString(claim.keyId);
    const key = claim.key;
    key.subject = ownNullable(key.subject);
    key.measure = ownString(key.measure);
    key.unit = ownString(key.unit);
    key.counterpart = ownNullable(key.counterpart);
    key.period = ownString(key.period);
    key.place = ownNullable(key.place);
  }
  const names = indexed.companyNames;
  for (let i = 0; i < names.length; i++) names[i] = ownString(names[i]);
  indexed.published = ownNullable(indexed.published);
  return indexed;
}

/** A flat copy that does not share storage with the string it came from (V8 keeps slices as views). */
function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function ownNullable(s: string | null): string | null {
  return s === null ? null : ownString(s);
}

function mergeSorted<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Keeps mentions sorted and non-overlapping; on overlap the earlier, then the longer, wins. */
function dropOverlaps(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.end <= m.start) continue;
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.start === last.start && m.end > last.end) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
