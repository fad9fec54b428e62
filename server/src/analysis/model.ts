// The article model: what the analysis library produces from text. Plain data, no behaviour, so it
// can be cached, sent to a worker thread, or serialized by the CLI without conversion.

/** What a mention is. */
export type MentionKind = 'money' | 'percent' | 'quantity' | 'company' | 'date' | 'person';

/**
 * How a figure's number relates to the real value.
 * - upTo: "bis zu 50" (at most), atLeast: "mindestens 10",
 * - about: "rund", "etwa", "ca.", "knapp" (slightly less), "gut" (slightly more),
 * - under: "unter", over: "über", "mehr als".
 */
export type Qualifier = 'upTo' | 'atLeast' | 'about' | 'under' | 'over';

/** Where in the text something is: UTF-16 offsets into the article text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

interface MentionBase extends Span {
  /** The exact text between start and end. */
  text: string;
}

export interface MoneyMention extends MentionBase {
  kind: 'money';
  /** Amount in currency units, e.g. 5e10 for "50 Milliarden US-Dollar". */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  qualifier: Qualifier | null;
  /**
   * The step of the last stated digit, in currency units: "50 Milliarden" → 1e9, "239,12" → 0.01.
   * Used by the conflict rules to decide whether two figures differ only by rounding.
   */
  precision: number;
  /** True when the currency was not written but taken from the article ("50 Milliarden für OpenAI"). */
  currencyInferred?: boolean;
}

export interface PercentMention extends MentionBase {
  kind: 'percent';
  /** Number of percent (or percentage points): 1.61 for "1,61 Prozent". */
  value: number;
  unit: 'percent' | 'percentagePoints';
  qualifier: Qualifier | null;
  precision: number;
}

export interface QuantityMention extends MentionBase {
  kind: 'quantity';
  /** The count: 16000 for "16.000 Stellen". */
  value: number;
  /** Normalized unit from the unit table: "jobs", "employees", "shares", "stores", … */
  unit: string;
  qualifier: Qualifier | null;
  precision: number;
}

export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';

export interface DateMention extends MentionBase {
  kind: 'date';
  /** ISO string at the date's own precision: "2026-02-05", "2025-10", "2026-Q1", "2026". */
  value: string;
  precision: DatePrecision;
  /**
   * How the date relates to the sentence: "since" for "seit 2023", "until" for "bis Ende Q1 2026",
   * "then" for plain mentions.
   */
  role: 'at' | 'since' | 'until';
  /**
   * What a relative or year-less date was resolved against, e.g. "publication date 2026-01-30";
   * null for dates written in full.
   */
  resolvedAgainst: string | null;
}

export interface CompanyMention extends MentionBase {
  kind: 'company';
  /** Canonical name from the company table (or as written, for companies recognized by context). */
  name: string;
  /** How it was recognized: from the table, by an alias, or from context such as a legal suffix. */
  source: 'table' | 'alias' | 'context';
}

export interface PersonMention extends MentionBase {
  kind: 'person';
  name: string;
}

export type FigureMention = MoneyMention | PercentMention | QuantityMention;
export type Mention = FigureMention | CompanyMention | DateMention | PersonMention;

/** Something about the input that the reader should know; analysis never throws instead. */
export interface Problem {
  code: string;
  message: string;
  span?: Span;
}

/** A figure (or a date) that states a fact: "Amazon → OpenAI · investment = up to 50 bn". */
export interface Claim {
  /** Index into Article.mentions of the figure or date that carries the value. */
  mention: number;
  key: FactKey;
  /** The key as one string, the grouping key across articles. */
  keyId: string;
  /** The value compared across articles: a number, or an ISO date string for date-valued measures. */
  value: number | string;
  qualifier: Qualifier | null;
  precision: number;
  /** The sentence the claim was read from, for explanations. */
  sentence: Span;
  /** Why the key was chosen, in words: "trigger 'Investition', subject from 'Amazon' before the figure". */
  reason: string;
}

/** Identifies one fact: who, what (measure and unit), about whom, and when. */
export interface FactKey {
  /** Canonical company name, or null when none could be found. */
  subject: string | null;
  /** Measure id from the measure table, e.g. "investment", "valuation", "sharePrice". */
  measure: string;
  /** Unit dimension: a currency code, "percent", "jobs", "date", … */
  unit: string;
  counterpart: string | null;
  /** ISO period ("2026-01-30", "2025-10", "2026") or "current" when the article states none. */
  period: string;
  /** A place that narrows the fact, e.g. "Luxemburg" for the job cuts at the European headquarters. */
  place: string | null;
}

export interface Article {
  /** ISO day of publication, or null when nothing in the text supports one. */
  published: string | null;
  /** How the publication date was found, e.g. "dateline 'date 2026-01-30'". */
  publishedSource: string | null;
  language: 'de' | 'en';
  /** Sorted by start; spans never overlap. */
  mentions: Mention[];
  claims: Claim[];
  problems: Problem[];
}

/**
 * What the workspace index reads of an article (`indexedArticleOf`): its claims with their figures'
 * places, and its company mentions. An article can be filed through this alone, so a model need not
 * be where it is filed (the cold index's workers send only this; the server makes a closed article's
 * model again when a request asks for it).
 */
export interface IndexedArticle {
  published: string | null;
  /** In the order of Article.claims. */
  claims: IndexedClaim[];
  /** The companies it mentions, each once, in the order of their first mention … */
  companyNames: string[];
  /** … and for each, its mentions' spans in text order, flat as [start, end, start, end, …]. */
  companySpans: number[][];
}

/** The figure of a claim as the workspace index keeps it: where it stands, as written, and its value. */
export interface ClaimFigure {
  start: number;
  end: number;
  text: string;
  value: number | string;
  qualifier: Qualifier | null;
  precision: number;
}

/** A claim with the figure that carries it. */
export interface IndexedClaim extends ClaimFigure {
  /** Index into Article.mentions of the figure. */
  mention: number;
  key: FactKey;
  keyId: string;
}

/** One claim as seen from the workspace: which article, where, and what it says. */
export interface FactClaim extends ClaimFigure {
  /** The article's id in the workspace (a URI in the server, a path in the CLI). */
  articleId: string;
  /** Index into that article's claims. */
  claim: number;
  /** The article's publication date. */
  published: string | null;
}

/** Every claim with the same key, across all articles. */
export interface Fact {
  /** The key as one string; stable across edits that keep the key. */
  id: string;
  key: FactKey;
  /** Readable, e.g. "Amazon → OpenAI · investment". */
  label: string;
  claims: FactClaim[];
}

/** The id of a conflict rule; it goes into Diagnostic.code and keys the severity settings. */
export type ConflictRule = 'same-period-disagreement' | 'value-changed-over-time';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Articles that disagree about one fact. */
export interface Conflict {
  factId: string;
  label: string;
  rule: ConflictRule;
  severity: Severity;
  /** Names the fact, each article's value and date, and why the figures count as the same fact. */
  message: string;
  /** Every claim of the fact that takes part in the disagreement, group by group. */
  claims: FactClaim[];
  /** For each claim, the index of its group: articles in one group agree with each other. */
  groups: number[];
  /** The distinct reported values, normalized and sorted: what a reviewed entry is keyed by. */
  values: string[];
}

/** A conflict the reader marked as reviewed. Keyed by fact and values, never by offsets. */
export interface ReviewedConflict {
  factId: string;
  values: string[];
  note?: string;
  reviewedAt?: string;
}

/** How the conflict rules behave; every field is a user setting. */
export interface ConflictSettings {
  /** Relative difference two exact figures may have and still agree, beyond their rounding. */
  tolerance: number;
  /** Severity per rule; "off" silences the rule. */
  severities: Record<ConflictRule, Severity | 'off'>;
}
