// Turns figures into claims: for each figure, the measure (from trigger words), the subject and
// counterpart companies, the period and the place, read from the sentence around it.

import type { Claim, CompanyMention, DateMention, FactKey, Mention, Span } from '../model';
import { MEASURES, type MeasureRow, type MeasureUnit } from '../data/measures';
import { UNIT_DIMENSION } from '../data/numbers';
import { PLACES } from '../data/entities';
import type { CompanyTable } from '../extract/companies';
import { splitClauses } from '../text/segments';
import type { WordToken } from '../text/words';
import { isLetterCode, isUpperCode } from '../text/chars';
import { labelPart } from './conflicts';

interface CompiledTrigger {
  measure: MeasureRow;
  /** The trigger's words, split at spaces and hyphens: "52-wochen-hoch" → 52, wochen, hoch. */
  words: string[];
  /** The last word may continue ("investition*" finds "Investitionen"). */
  prefix: boolean;
  /** The second part of "a … b" triggers. */
  then: RegExp | null;
}

interface TriggerHit {
  trigger: CompiledTrigger;
  start: number;
  end: number;
  /** Where a figure bound to this trigger would follow: after "bei" in "schloss gestern bei". */
  bindEnd: number;
}

/** Shortest key of the prefix index; every prefix trigger is at least this long. */
const PREFIX_KEY = 4;

/** Slots of each trigger index: a power of two, few enough to stay in cache, and list numbers (at most 2 × SLOTS) fit Uint16Array. */
const SLOTS = 1 << 12;
/** Characters from here on may lower-case to something else than `code | 0x20` (the Kelvin sign to "k"). */
const NOT_LATIN1 = 0x100;
const NO_TRIGGERS: CompiledTrigger[] = [];

/**
 * The exact-word slot: first, second (0 for one letter) and last character, upper and lower case
 * folded together (`| 0x20` pairs them below NOT_LATIN1).
 */
function exactSlot(c0: number, c1: number, last: number): number {
  return (((c0 | 0x20) * 31 + (c1 | 0x20)) * 31 + (last | 0x20)) & (SLOTS - 1);
}

/** The prefix slot: the first PREFIX_KEY characters, case folded. */
function prefixSlot(c0: number, c1: number, c2: number, c3: number): number {
  return ((((c0 | 0x20) * 31 + (c1 | 0x20)) * 31 + (c2 | 0x20)) * 31 + (c3 | 0x20)) & (SLOTS - 1);
}

/**
 * A measure table compiled for matching: triggers indexed by a hash of a few characters of their
 * first word. Most words of a sentence land in an empty slot, found from the text's character codes
 * alone, without hashing or comparing the word's string.
 */
export class MeasureTable {
  readonly byId = new Map<string, MeasureRow>();
  /** Candidate lists; list 0 is empty. A slot's list holds every trigger whose first word hashes there. */
  private readonly lists: CompiledTrigger[][] = [NO_TRIGGERS];
  /** Exact-word triggers (and multi-word ones, by their first word) by exactSlot. */
  private readonly exactIndex = new Uint16Array(SLOTS);
  /** One-word prefix triggers of at least PREFIX_KEY characters by prefixSlot. */
  private readonly prefixIndex = new Uint16Array(SLOTS);

  constructor(rows: readonly MeasureRow[]) {
    for (const row of rows) {
      this.byId.set(row.id, row);
      for (const raw of row.triggers) {
        const [first, then] = raw.split(' … ');
        const prefix = first.endsWith('*');
        const words = (prefix ? first.slice(0, -1) : first).split(/[\s-]+/).filter(Boolean);
        const trigger: CompiledTrigger = {
          measure: row, words, prefix,
          then: then ? new RegExp(`(?<![\\p{L}])${escape(then)}(?![\\p{L}])`, 'iu') : null,
        };
        const w = words[0];
        if (words.length === 1 && prefix && w.length >= PREFIX_KEY) {
          this.add(this.prefixIndex, prefixSlot(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.charCodeAt(3)), trigger);
        } else {
          this.add(this.exactIndex, exactSlot(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(w.length - 1)), trigger);
        }
      }
    }
  }

  private add(index: Uint16Array, slot: number, trigger: CompiledTrigger): void {
    if (index[slot] === 0) {
      index[slot] = this.lists.length;
      this.lists.push([]);
    }
    this.lists[index[slot]].push(trigger);
  }

  /** Every trigger occurrence in the text, in order; at one position only the longest match counts. */
  findTriggers(text: string, words: readonly WordToken[], clauses: readonly Span[], from = 0, to = words.length): TriggerHit[] {
    const hits: TriggerHit[] = [];
    let clauseIndex = 0;
    for (let i = from; i < to; i++) {
      const word = words[i];
      const length = word.end - word.start;
      let c0 = text.charCodeAt(word.start);
      let c1 = length > 1 ? text.charCodeAt(word.start + 1) : 0;
      let last = text.charCodeAt(word.end - 1);
      let c2 = length >= PREFIX_KEY ? text.charCodeAt(word.start + 2) : 0;
      let c3 = length >= PREFIX_KEY ? text.charCodeAt(word.start + 3) : 0;
      let long = length >= PREFIX_KEY;
      if ((c0 | c1 | last | c2 | c3) >= NOT_LATIN1) {
        // Lower-casing may change such a character, or the word's length ("İ"): read the lower-case word.
        const lower = word.lower;
        long = lower.length >= PREFIX_KEY;
        c0 = lower.charCodeAt(0);
        c1 = lower.length > 1 ? lower.charCodeAt(1) : 0;
        last = lower.charCodeAt(lower.length - 1);
        c2 = long ? lower.charCodeAt(2) : 0;
        c3 = long ? lower.charCodeAt(3) : 0;
      }
      const exact = this.lists[this.exactIndex[exactSlot(c0, c1, last)]];
      const prefixed = long ? this.lists[this.prefixIndex[prefixSlot(c0, c1, c2, c3)]] : NO_TRIGGERS;
      if (exact.length === 0 && prefixed.length === 0) continue;
      // The longest matches at this word: hits[firstBest..] all end at bestEnd.
      const firstBest = hits.length;
      let bestEnd = -1;
      for (let k = 0; k < exact.length + prefixed.length; k++) {
        const fromExact = k < exact.length;
        const trigger = fromExact ? exact[k] : prefixed[k - exact.length];
        // A slot may hold other words: an exact trigger's first word must equal the word, a prefix must start it.
        const end = fromExact
          ? (word.lower === trigger.words[0] ? matchWords(text, words, i, trigger) : -1)
          : (word.lower.startsWith(trigger.words[0]) ? word.end : -1);
        if (end < 0 || end < bestEnd) continue;
        let bindEnd = end;
        if (trigger.then) {
          while (clauseIndex < clauses.length && clauses[clauseIndex].end <= word.start) clauseIndex++;
          const clause = clauses[clauseIndex];
          const then = clause ? trigger.then.exec(text.slice(end, clause.end)) : null;
          if (!then) continue;
          bindEnd = end + then.index + then[0].length;
        }
        if (end > bestEnd) {
          if (hits.length > firstBest) hits.length = firstBest;
          bestEnd = end;
        }
        hits.push({ trigger, start: word.start, end, bindEnd });
      }
    }
    return hits;
  }
}

/** Matches a trigger's words from word i on; returns the end offset, or -1. */
function matchWords(text: string, words: readonly WordToken[], i: number, trigger: CompiledTrigger): number {
  const n = trigger.words.length;
  // The trigger's words must fit before the end of the article (reading past an array's end would
  // make V8 recompile the caller slower).
  if (i + n > words.length) return -1;
  for (let k = 0; k < n; k++) {
    const word = words[i + k];
    const expected = trigger.words[k];
    const last = k === n - 1;
    if (last && trigger.prefix ? !word.lower.startsWith(expected) : word.lower !== expected) return -1;
    if (k > 0) {
      const gap = word.start - words[i + k - 1].end;
      if (gap < 1 || gap > 2 || !/^[\s-]+$/.test(text.slice(words[i + k - 1].end, word.start))) return -1;
    }
  }
  return words[i + n - 1].end;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let builtinMeasures: MeasureTable | null = null;

/** The built-in measure table, optionally extended by extra rows. */
export function measureTableFor(extra: readonly MeasureRow[] | undefined): MeasureTable {
  if (!extra || extra.length === 0) return (builtinMeasures ??= new MeasureTable(MEASURES));
  let table = extendedMeasures.get(extra);
  if (!table) extendedMeasures.set(extra, (table = new MeasureTable([...MEASURES, ...extra])));
  return table;
}

/** Compiled tables per array of extra rows, so passing the same rows again compiles nothing. */
const extendedMeasures = new WeakMap<readonly MeasureRow[], MeasureTable>();

const NO_HITS: TriggerHit[] = [];

/** The period of a day or fiscal figure in an article without any date: it cannot be compared. */
export const UNDATED = 'undated';

/** Words between a trigger and its figure that bind them tightly: "Bewertung von rund 830". */
const BINDING_GAP = /^[\s-]*(?:(?:von|vom|auf|bei|mit|um|über|in höhe von|of|at|from|to|by|worth)\s+)?(?:(?:insgesamt|total|weitere[nm]?|zuletzt|aktuell|nun|jetzt|derzeit)\s+)?$/iu;
const COUNTERPART_PREPOSITION = /(?:^|[\s(])(?:in|an|bei|für|into|in|at)\s+(?:\S+\s+){0,3}$/iu;
// "von"/"of" are left out: "Bewertung von OpenAI", "das Geschäft von Doreon" name the figure's owner.
const PREPOSITIONAL_OBJECT = /(?:^|[\s(])(?:in|an|bei|für|mit|gegen|über|zu|zum|into|at|with|from|for|against)\s+(?:\S+\s+){0,2}$/iu;
const RELATIVE_CLAUSE_START = /,\s*(?:in|an|bei|für|von|mit|über)\s+(?:der|die|dem|denen|welche[rm]?)\s+$/iu;
const BACKER_OF = /(?:Geldgeber|Investor|Investoren|Anteilseigner|Großaktionär|Kapitalgeber|backer|investor|shareholder)s?\s+(?:von|vom|bei|in|of|in)\s+(?:\S+\s+)?$/u;
const STOCK_AFTER = /^-(?:Aktie|Papier|Titel)|^(?:'s|’s)? (?:shares|stock)/u;
/** Words that point back to an earlier date: "seit Oktober 2025; damals …", "since October 2025, when …". */
const THEN_WORDS = /(?<![\p{L}])(?:damals|at the time|then)(?![\p{L}])|,\s*(?:when|als)(?![\p{L}])/iu;
const SHARE_OF = /^\s+(?:der|des|of the|of)\s/iu;

const DAY_MS = 86_400_000;
/** Dates this close to publication are the news itself, not a period of their own. */
const NEWS_WINDOW_DAYS = 7;

export interface ClaimContext {
  text: string;
  /** The text's words, from scanWords. */
  words: readonly WordToken[];
  mentions: readonly Mention[];
  sentences: readonly Span[];
  published: string | null;
  companies: CompanyTable;
  measures: MeasureTable;
  /** Whether each claim's reason is written; without, reasons are empty (see indexArticle). */
  explain?: boolean;
}

function unitClass(m: Mention): MeasureUnit | null {
  switch (m.kind) {
    case 'money': return 'money';
    case 'percent': return 'percent';
    case 'quantity': return UNIT_DIMENSION[m.unit] === 'jobs' ? 'jobs' : 'count';
    case 'date': return m.precision === 'day' && m.role === 'at' ? 'date' : null;
    default: return null;
  }
}

function keyUnit(m: Mention): string {
  switch (m.kind) {
    case 'money': return m.currency;
    case 'percent': return m.unit === 'percent' ? 'percent' : 'percentagePoints';
    case 'quantity': return UNIT_DIMENSION[m.unit] ?? m.unit;
    default: return 'date';
  }
}

/** The ISO day range [start, end] a date value covers. */
function dayRange(value: string): [number, number] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return [t, t];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 0)];
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return [Date.UTC(+m[1], (+m[2] - 1) * 3, 1), Date.UTC(+m[1], +m[2] * 3, 0)];
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return [Date.UTC(+m[1], (+m[2] - 1) * 6, 1), Date.UTC(+m[1], +m[2] * 6, 0)];
  m = /^(\d{4})$/.exec(value);
  if (m) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1], 11, 31)];
  return null;
}

function publishedTime(published: string | null): number | null {
  const range = published ? dayRange(published) : null;
  return range ? range[0] : null;
}

/** The quarter before the one a day falls in: results on 2026-02-05 report 2025-Q4. */
function reportedQuarter(day: string): string {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

function within(span: Span, pos: number): boolean {
  return pos >= span.start && pos < span.end;
}

/** Builds the claims of one article. Mentions and sentences are sorted by start. */
export function buildClaims(ctx: ClaimContext): Claim[] {
  const { text, mentions, sentences, measures, explain } = ctx;
  const claims: Claim[] = [];
  const hasFigure = mentions.some((m) => m.kind === 'money' || m.kind === 'percent' || m.kind === 'quantity' || m.kind === 'date');
  if (!hasFigure) return claims;
  const words = ctx.words;
  let wordIndex = 0;

  // The main company is needed only for claims without a subject of their own.
  let mainCompany: string | null | undefined;
  const main = () => (mainCompany === undefined ? (mainCompany = findMainCompany(mentions, ctx.companies)) : mainCompany);
  const pubTime = publishedTime(ctx.published);
  const lastCounterpart = new Map<string, string>();
  // Every figure of a sentence, and of the next, asks about the same companies.
  const objects = new Map<CompanyMention, boolean>();
  const isObject = (c: CompanyMention) => {
    let known = objects.get(c);
    if (known === undefined) objects.set(c, (known = isPrepositionalObject(text, c)));
    return known;
  };
  // Every figure of a clause has the clause's place; the figures come clause by clause.
  let placeClause: Span | null = null;
  let placeOfClause: string | null = null;

  let sentenceIndex = 0;
  let mentionIndex = 0;
  let previousSentenceCompanies: CompanyMention[] = [];
  let previousSentenceDates: DateMention[] = [];

  for (; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex];
    // Gather this sentence's mentions and triggers.
    while (mentionIndex < mentions.length && mentions[mentionIndex].start < sentence.start) mentionIndex++;
    const first = mentionIndex;
    while (mentionIndex < mentions.length && mentions[mentionIndex].start < sentence.end) mentionIndex++;
    const last = mentionIndex;

    const companies: CompanyMention[] = [];
    const dates: DateMention[] = [];
    let figures = 0;
    for (let i = first; i < last; i++) {
      const m = mentions[i];
      if (m.kind === 'company') companies.push(m);
      else if (m.kind === 'date') dates.push(m);
      if (unitClass(m)) figures++;
    }
    // Triggers matter only where there is a figure to state a fact.
    let sentenceHits = NO_HITS;
    let clauses: Span[] = [];
    if (figures > 0) {
      const firstWord = firstWordFrom(words, sentence.start, wordIndex);
      wordIndex = firstWordFrom(words, sentence.end, firstWord);
      clauses = splitClauses(text, sentence, words, firstWord, wordIndex);
      sentenceHits = measures.findTriggers(text, words, clauses, firstWord, wordIndex);
    }

    if (sentenceHits.length > 0) {
      let sentenceLower: string | undefined;
      const nonBrokers = companies.filter((c) => !isBroker(c.name, ctx.companies));
      const figureStarts: number[] = [];
      for (let i = first; i < last; i++) if (unitClass(mentions[i]) && mentions[i].kind !== 'date') figureStarts.push(mentions[i].start);
      const bound = bindTriggers(text, sentenceHits, mentions, first, last);
      let then: boolean | undefined;
      const saysThen = () => (then ??= THEN_WORDS.test(text.slice(sentence.start, sentence.end)));
      for (let i = first; i < last; i++) {
        const figure = mentions[i];
        const unit = unitClass(figure);
        if (!unit) continue;
        if (figure.kind === 'percent' && SHARE_OF.test(text.slice(figure.end, figure.end + 10))) continue;
        const clause = clauses.find((c) => within(c, figure.start)) ?? sentence;
        const chosen = chooseTrigger(sentenceHits, bound, i, figure, unit, clause);
        if (!chosen) continue;
        let measure = chosen.trigger.measure;
        if (measure.refinements) {
          sentenceLower ??= text.slice(sentence.start, sentence.end).toLowerCase();
          measure = refine(measure, sentenceLower, measures);
        }
        const counterpart = measure.counterpart || chosen.trigger.measure.counterpart
          ? findCounterpart(text, companies, figure, chosen, clause, ctx.companies) ?? carried(lastCounterpart.get(measure.id))
          : null;
        const subjectFound = measure.subject === 'broker'
          ? findBroker(text, companies, figure, clause, ctx.companies)
          : findSubject(isObject, nonBrokers, figure, clause, counterpart?.name ?? null, ctx.companies);
        const subject = subjectFound ?? anaphoricSubject(isObject, previousSentenceCompanies, main(), ctx.companies);
        let counterpartName = counterpart?.name ?? null;
        // A price target is the broker's figure about a stock: the company named beside it, else the article's.
        if (measure.subject === 'broker') counterpartName = priceTargetStock(text, companies, subject.name, ctx.companies) ?? main();
        if (counterpartName === subject.name) counterpartName = null;
        if (measure.counterpart && counterpartName) lastCounterpart.set(measure.id, counterpartName);
        const period = periodOf(measure, figure, dates, clause, previousSentenceDates, saysThen, clauses, figureStarts, pubTime, ctx.published);
        if (clause !== placeClause) {
          placeClause = clause;
          placeOfClause = findPlace(text, clause.start, clause.end);
        }
        const place = placeOfClause;
        const key: FactKey = {
          subject: subject.name, measure: measure.id, unit: keyUnit(figure), counterpart: counterpartName,
          period: period.value, place,
        };
        const value = figure.kind === 'date' ? figure.value : (figure as { value: number }).value;
        const qualifier = figure.kind === 'date' ? null : (figure as { qualifier: Claim['qualifier'] }).qualifier;
        const precision = figure.kind === 'date' ? 0 : (figure as { precision: number }).precision;
        claims.push({
          mention: i, key, keyId: keyIdOf(key), value, qualifier, precision,
          sentence: { start: sentence.start, end: sentence.end },
          reason: explain === false ? '' : `measure ${measure.label} from "${text.slice(chosen.start, chosen.end)}"; subject ${subject.name ?? 'unknown'} (${subject.how})` +
            labelPart('; counterpart ', counterpartName) + `; period ${period.value} (${period.how})` + labelPart('; place ', place),
        });
      }
    }
    if (companies.length > 0) previousSentenceCompanies = companies;
    else previousSentenceCompanies = [];
    if (dates.length > 0) previousSentenceDates = dates;
  }
  return claims;
}

/** The index of the first word at or after `pos`, searching from `low` on (binary: most sentences need no words). */
function firstWordFrom(words: readonly WordToken[], pos: number, low: number): number {
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid].start < pos) low = mid + 1;
    else high = mid;
  }
  return low;
}

function carried(name: string | undefined): { name: string } | null {
  return name ? { name } : null;
}

/** The grouping key as one string. */
export function keyIdOf(key: FactKey): string {
  return `${key.subject ?? '?'}|${key.measure}|${key.unit}|${key.counterpart ?? ''}|${key.period}|${key.place ?? ''}`;
}

/** For each trigger, the figure it is tightly bound to ("Bewertung von rund 830", "8-Milliarden-Dollar-Beteiligung"). */
function bindTriggers(text: string, hits: readonly TriggerHit[], mentions: readonly Mention[], first: number, last: number): Map<TriggerHit, number> {
  const bound = new Map<TriggerHit, number>();
  for (const hit of hits) {
    for (let i = first; i < last; i++) {
      const m = mentions[i];
      const unit = unitClass(m);
      // Only a figure the measure can take binds: "schloss gestern bei 34,15" binds the price, not "gestern".
      if (!unit || !hit.trigger.measure.units.includes(unit)) continue;
      if (m.start >= hit.bindEnd) {
        if (m.start - hit.bindEnd <= 24 && BINDING_GAP.test(text.slice(hit.bindEnd, m.start))) bound.set(hit, i);
        break;
      }
      // A compound: the figure directly before the trigger ("8-Milliarden-Dollar-Beteiligung").
      if (m.end <= hit.start && hit.start - m.end <= 1 && /^-?$/.test(text.slice(m.end, hit.start))) {
        if (i + 1 === mentions.length || mentions[i + 1].start >= hit.start) bound.set(hit, i);
      }
    }
  }
  return bound;
}

function chooseTrigger(
  hits: readonly TriggerHit[], bound: Map<TriggerHit, number>, index: number, figure: Mention, unit: MeasureUnit, clause: Span,
): TriggerHit | null {
  let best: TriggerHit | null = null;
  let bestCost = Infinity;
  for (const hit of hits) {
    if (!hit.trigger.measure.units.includes(unit)) continue;
    const boundTo = bound.get(hit);
    if (boundTo !== undefined && boundTo !== index) continue;
    let cost: number;
    if (boundTo === index) cost = -1000;
    else {
      const after = hit.start >= figure.end;
      const distance = after ? hit.start - figure.end : Math.max(0, figure.start - hit.end);
      cost = distance + (within(clause, hit.start) ? 0 : 40) + (after ? 10 : 0);
    }
    if (cost < bestCost) {
      best = hit;
      bestCost = cost;
    }
  }
  return best;
}

function refine(measure: MeasureRow, sentenceLower: string, table: MeasureTable): MeasureRow {
  for (const r of measure.refinements ?? []) {
    for (const word of r.words) {
      const at = sentenceLower.indexOf(word);
      if (at >= 0 && !/\p{L}/u.test(at > 0 ? sentenceLower[at - 1] : ' ')) {
        const refined = table.byId.get(r.measure);
        if (refined) return refined;
      }
    }
  }
  return measure;
}

function isSubjectKind(name: string, table: CompanyTable): boolean {
  const kind = table.info(name)?.kind;
  return kind !== 'media' && kind !== 'exchange';
}

/** Brokers comment on companies and are never the subject of a company's figure. */
function isBroker(name: string, table: CompanyTable): boolean {
  return table.info(name)?.kind === 'broker';
}

/** Brokers and banks quoted as analysts; "der Konzern" never refers back to them. */
function isAnalyst(name: string, table: CompanyTable): boolean {
  const kind = table.info(name)?.kind;
  return kind === 'broker' || kind === 'bank';
}

function findCounterpart(
  text: string, companies: readonly CompanyMention[], figure: Mention, trigger: TriggerHit, clause: Span, table: CompanyTable,
): { name: string } | null {
  // "OpenAI-Beteiligung", "OpenAI-Investment": the company compounded with the trigger.
  for (const c of companies) if (c.end + 1 === trigger.start && text[c.end] === '-') return { name: c.name };
  // "Geldgeber von OpenAI", "the biggest backer of Verand": the company being backed.
  for (const c of companies) {
    if (BACKER_OF.test(text.slice(Math.max(0, c.start - 40), c.start)) && isSubjectKind(c.name, table)) return { name: c.name };
  }
  const from = Math.min(figure.start, trigger.start);
  // "in OpenAI", "an Anthropic", "in den ChatGPT-Macher OpenAI", "für Anthropic".
  for (const c of companies) {
    if (c.start < from || !isSubjectKind(c.name, table)) continue;
    if (COUNTERPART_PREPOSITION.test(text.slice(Math.max(from, c.start - 40), c.start))) return { name: c.name };
  }
  // Otherwise the first company after the figure in the same clause.
  for (const c of companies) if (c.start >= figure.end && within(clause, c.start) && isSubjectKind(c.name, table)) return { name: c.name };
  return null;
}

/** Is the company the object of a preposition ("in OpenAI", "über OpenAI-Beteiligung")? Then it is no subject. */
function isPrepositionalObject(text: string, c: CompanyMention): boolean {
  const window = text.slice(Math.max(0, c.start - 40), c.start);
  // ", bei der OpenAI … einsammeln will": a relative clause, whose subject follows the pronoun.
  if (RELATIVE_CLAUSE_START.test(window)) return false;
  // The phrase cannot reach across punctuation or numbers: "… in Mistral AI. Nvidia investierte …".
  const cut = window.search(/[.,;:!?\d\n][^.,;:!?\d\n]*$/);
  return PREPOSITIONAL_OBJECT.test(cut >= 0 ? window.slice(cut + 1) : window);
}

function findSubject(
  isObject: (c: CompanyMention) => boolean, companies: readonly CompanyMention[], figure: Mention, clause: Span, exclude: string | null, table: CompanyTable,
): { name: string; how: string } | null {
  let before: CompanyMention | null = null;
  let beforeInClause: CompanyMention | null = null;
  let afterInClause: CompanyMention | null = null;
  for (const c of companies) {
    if (c.name === exclude || !isSubjectKind(c.name, table) || isObject(c)) continue;
    if (c.end <= figure.start) {
      before = c;
      if (within(clause, c.start)) beforeInClause = c;
    } else if (!afterInClause && within(clause, c.start)) {
      afterInClause = c;
    }
  }
  if (beforeInClause) return { name: beforeInClause.name, how: `"${beforeInClause.text}" before the figure` };
  if (before) return { name: before.name, how: `"${before.text}" earlier in the sentence` };
  if (afterInClause) return { name: afterInClause.name, how: `"${afterInClause.text}" after the figure` };
  return null;
}

/** The broker (or bank) whose price target it is: brokers before banks, the clause before the sentence. */
function findBroker(text: string, companies: readonly CompanyMention[], figure: Mention, clause: Span, table: CompanyTable): { name: string; how: string } | null {
  const analysts = companies.filter((c) => isAnalyst(c.name, table) && !STOCK_AFTER.test(text.slice(c.end, c.end + 8)));
  const inClause = analysts.find((c) => within(clause, c.start));
  if (inClause) return { name: inClause.name, how: `"${inClause.text}" in the clause` };
  for (const wanted of ['broker', 'bank'] as const) {
    const before = analysts.filter((c) => c.end <= figure.start && table.info(c.name)?.kind === wanted).pop();
    if (before) return { name: before.name, how: `${wanted} "${before.text}" in the sentence` };
  }
  return null;
}

/** The stock a price target is about: a company named as a stock, else any non-analyst company in the sentence. */
function priceTargetStock(text: string, companies: readonly CompanyMention[], broker: string | null, table: CompanyTable): string | null {
  for (const c of companies) if (c.name !== broker && STOCK_AFTER.test(text.slice(c.end, c.end + 8))) return c.name;
  for (const c of companies) if (c.name !== broker && isSubjectKind(c.name, table) && !isAnalyst(c.name, table)) return c.name;
  return null;
}

/** "der Konzern", "das Unternehmen", "es": the company the previous sentence named, else the article's main company. */
function anaphoricSubject(isObject: (c: CompanyMention) => boolean, previous: readonly CompanyMention[], main: string | null, table: CompanyTable): { name: string | null; how: string } {
  for (const c of previous) {
    const analyst = isAnalyst(c.name, table) && c.name !== main;
    if (isSubjectKind(c.name, table) && !analyst && !isObject(c)) return { name: c.name, how: 'named in the previous sentence' };
  }
  return { name: main, how: "the article's main company" };
}

/** The company an article is mostly about: the most mentioned one that is not a news outlet. */
export function findMainCompany(mentions: readonly Mention[], table: CompanyTable): string | null {
  // Every company is counted and its kind checked once per name; a Map keeps first-mention order for ties.
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'company') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount && isSubjectKind(name, table)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

function periodOf(
  measure: MeasureRow, figure: Mention, dates: readonly DateMention[], clause: Span, previousDates: readonly DateMention[],
  saysThen: () => boolean, clauses: readonly Span[], figureStarts: readonly number[], pubTime: number | null, published: string | null,
): { value: string; how: string } {
  switch (measure.period) {
    case 'resultQuarter':
      return figure.kind === 'date' ? { value: reportedQuarter(figure.value), how: 'the quarter before the results date' } : { value: 'current', how: 'no date' };
    case 'day': {
      const inClause = dates.find((d) => d !== figure && d.precision === 'day' && d.role === 'at' && within(clause, d.start));
      const inSentence = inClause ?? dates.find((d) => d !== figure && d.precision === 'day' && d.role === 'at');
      if (inSentence) return { value: inSentence.value, how: `"${inSentence.text}" in the sentence` };
      return published ? { value: published, how: 'the publication date' } : { value: UNDATED, how: 'no date, and the article has no publication date' };
    }
    case 'fiscal': {
      const coarse = dates.find((d) => d !== figure && d.role !== 'since' && (d.precision === 'year' || d.precision === 'quarter' || d.precision === 'half'));
      if (coarse) return { value: coarse.value, how: `"${coarse.text}" in the sentence` };
      return published ? { value: published.slice(0, 4), how: 'the publication year' } : { value: UNDATED, how: 'no date, and the article has no publication date' };
    }
    case 'event': {
      // A date in another clause that has a figure of its own belongs to that figure.
      let candidates = dates.filter((d) => d !== figure && d.role === 'at' && (within(clause, d.start) || !clauseHasFigure(clauses, d, figureStarts)));
      let how = 'in the sentence';
      if (candidates.length === 0 && saysThen()) {
        // "damals" or ", when": the latest date before the figure in this sentence, even a "seit" date,
        // else the last date of the previous sentence.
        const earlier = dates.filter((d) => d !== figure && d.end <= figure.start);
        if (earlier.length > 0) {
          candidates = [earlier[earlier.length - 1]];
          how = 'that "damals" refers to';
        } else if (previousDates.length > 0) {
          candidates = [previousDates[previousDates.length - 1]];
          how = '"damals" refers to the previous sentence';
        }
      }
      for (const d of candidates) {
        const range = dayRange(d.value);
        if (!range) continue;
        if (pubTime !== null && pubTime >= range[0] - NEWS_WINDOW_DAYS * DAY_MS && pubTime <= range[1] + NEWS_WINDOW_DAYS * DAY_MS) continue;
        const value = d.precision === 'day' ? d.value.slice(0, 7) : d.value;
        return { value, how: `"${d.text}" ${how}` };
      }
      return { value: 'current', how: 'no date of its own in the sentence' };
    }
  }
}

function clauseHasFigure(clauses: readonly Span[], date: DateMention, figureStarts: readonly number[]): boolean {
  const clause = clauses.find((c) => within(c, date.start));
  return !!clause && figureStarts.some((start) => within(clause, start));
}

const PLACE_AFTER_IN = /(?<![\p{L}])in\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/gu;

/** The place named as "in Berlin", "in New York" in text[start, end) (a clause). */
function findPlace(text: string, start: number, end: number): string | null {
  const space = text.indexOf('in ', start);
  if (space < 0 || space + 3 > end) return null;
  // PLACE_AFTER_IN by hand: jump between "in"s, classify characters by code, no match objects.
  for (let at = text.indexOf('in', start); at >= 0 && at + 2 <= end; at = text.indexOf('in', at + 1)) {
    if (at > start) {
      const before = text.charCodeAt(at - 1);
      if (isSurrogate(before)) return findPlaceByRegex(text.slice(start, end));
      if (isLetterCode(before)) continue;
    }
    let j = at + 2;
    while (j < end && isRegexSpace(text.charCodeAt(j))) j++;
    if (j === at + 2 || j >= end) continue;
    const firstEnd = nameWordEnd(text, j, end);
    if (firstEnd < 0) return findPlaceByRegex(text.slice(start, end));
    if (firstEnd === 0) continue;
    let nameEnd = firstEnd;
    if (firstEnd < end && isRegexSpace(text.charCodeAt(firstEnd)) && firstEnd + 1 < end) {
      const secondEnd = nameWordEnd(text, firstEnd + 1, end);
      if (secondEnd < 0) return findPlaceByRegex(text.slice(start, end));
      if (secondEnd > 0) nameEnd = secondEnd;
    }
    const name = text.slice(j, nameEnd);
    if (PLACES.has(name)) return name;
    // `name.split(' ')[0]`: only a plain space separates the first word.
    if (nameEnd !== firstEnd && text.charCodeAt(firstEnd) === 32) {
      const firstWord = text.slice(j, firstEnd);
      if (PLACES.has(firstWord)) return firstWord;
    }
    at = nameEnd - 1;
  }
  return null;
}

/**
 * The end of a capitalized word (an upper-case letter, then at least one letter) at `from`, 0 if there
 * is none, and -1 at a surrogate: the regex reads those as one code point, which may be a letter.
 */
function nameWordEnd(text: string, from: number, end: number): number {
  const first = text.charCodeAt(from);
  if (isSurrogate(first)) return -1;
  if (!isUpperCode(first)) return 0;
  let k = from + 1;
  for (; k < end; k++) {
    const code = text.charCodeAt(k);
    if (isSurrogate(code)) return -1;
    if (!isLetterCode(code)) break;
  }
  return k > from + 1 ? k : 0;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** The characters of the regex class \s. */
function isRegexSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** findPlace for clauses with surrogate pairs, which the regex reads by code point. */
function findPlaceByRegex(clauseText: string): string | null {
  for (const m of clauseText.matchAll(PLACE_AFTER_IN)) {
    const name = m[1];
    if (PLACES.has(name)) return name;
    const firstWord = name.split(' ')[0];
    if (PLACES.has(firstWord)) return firstWord;
  }
  return null;
}
