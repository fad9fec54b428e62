// Conflict rules over one fact (all claims with the same key). Every rule is explainable: the
// message names the fact, each article's value and date, and why the figures are the same fact.
//
// Compatibility: two figures agree when their reported numbers differ by no more than half the
// coarser rounding step plus the relative tolerance. Qualifiers never widen the match: "mindestens 10"
// and "bis zu 50" overlap as ranges but report different numbers, so they disagree; "bis zu 50" and
// "50" report the same number and agree.

import type { Conflict, ConflictSettings, Fact, FactClaim, FactKey, Qualifier } from '../model';
import { MEASURES } from '../data/measures';

export const defaultConflictSettings: ConflictSettings = {
  tolerance: 0.01,
  severities: { 'same-period-disagreement': 'warning', 'value-changed-over-time': 'warning' },
};

/** How many articles a conflict message names per group of agreeing articles. */
const MAX_NAMED_ARTICLES = 6;

/** Undated ("current") reports further apart than this are separate events, not a changed value. */
const SEPARATE_EVENTS_DAYS = 60;

/** Articles published further apart than this are compared as a timeline, not as one report. */
const TIMELINE_GAP_DAYS = 7;
const DAY_MS = 86_400_000;

const MEASURE_LABELS = new Map(MEASURES.map((m) => [m.id, m.label]));

/** "Amazon → OpenAI · investment", "Amazon · job cuts · 2025-10", "Amazon · job cuts · Luxemburg". */
export function factLabel(key: FactKey): string {
  return (key.subject ?? 'unknown company') + labelPart(' → ', key.counterpart) + ' · ' + (MEASURE_LABELS.get(key.measure) ?? key.measure) +
    labelPart(' · ', key.place) + labelPart(' · ', key.period === 'current' ? null : key.period);
}

/**
 * `label` and `value` joined, or nothing without a value. Labels and reasons build every optional
 * part through this one function, so its string join has run long before the first rare part (a
 * place) needs it: a join in code V8 optimized before it ever ran makes V8 throw away and compile
 * again the whole function it sits in (the index's setArticle, the workers' buildClaims).
 */
export function labelPart(label: string, value: string | null): string {
  return value ? label + value : '';
}

/** Do two claims report the same value, given rounding and the tolerance? */
export function compatible(a: FactClaim, b: FactClaim, tolerance: number): boolean {
  if (typeof a.value === 'string' || typeof b.value === 'string') return a.value === b.value;
  const diff = Math.abs(a.value - b.value);
  const step = Math.max(a.precision, b.precision);
  return diff <= step / 2 + tolerance * Math.max(Math.abs(a.value), Math.abs(b.value)) + 1e-9 * Math.abs(a.value);
}

const QUALIFIER_WORDS: Record<Qualifier, string> = { upTo: 'up to', atLeast: 'at least', about: 'about', under: 'under', over: 'over' };

/** A compact, readable value: "up to 50 bn USD", "16,000 jobs", "2026-02-05". */
export function formatValue(value: number | string, qualifier: Qualifier | null, unit: string): string {
  const prefix = qualifier ? `${QUALIFIER_WORDS[qualifier]} ` : '';
  if (typeof value === 'string') return prefix + value;
  const abs = Math.abs(value);
  let number: string;
  if (abs >= 1e12) number = `${trim(value / 1e12)} tn`;
  else if (abs >= 1e9) number = `${trim(value / 1e9)} bn`;
  else if (abs >= 1e6) number = `${trim(value / 1e6)} m`;
  else number = groupThousands(value);
  const unitText = unit === 'percent' ? ' %' : unit === 'percentagePoints' ? ' pp' : unit === 'date' ? '' : ` ${unit}`;
  return prefix + number + unitText;
}

/** "16,000", "239.12": thousands grouped with commas, up to four decimals (toLocaleString is slow). */
function groupThousands(value: number): string {
  const [whole, fraction] = String(Math.round(value * 1e4) / 1e4).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  let grouped = '';
  for (let i = digits.length; i > 0; i -= 3) grouped = digits.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : '');
  return sign + grouped + (fraction ? `.${fraction}` : '');
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** The normalized value string a reviewed entry is keyed by: "upTo 50000000000". */
export function valueKey(c: Pick<FactClaim, 'value' | 'qualifier'>): string {
  return `${c.qualifier ? `${c.qualifier} ` : ''}${c.value}`;
}

function basename(id: string): string {
  const cut = Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\'));
  return cut >= 0 ? id.slice(cut + 1) : id;
}

/** Parsed publication days: a workspace has a few hundred distinct ones, and every conflict reads its articles'. */
const publishedTimes = new Map<string, number | null>();
const maxPublishedTimes = 10_000;

function time(published: string | null): number | null {
  if (!published) return null;
  let t = publishedTimes.get(published);
  if (t === undefined) {
    const parsed = Date.parse(`${published}T00:00:00Z`);
    t = Number.isNaN(parsed) ? null : parsed;
    if (publishedTimes.size >= maxPublishedTimes) publishedTimes.clear();
    publishedTimes.set(published, t);
  }
  return t;
}

/** One article's position in a disagreement: its claims of the fact and their value. */
interface Report {
  articleId: string;
  claims: FactClaim[];
  published: string | null;
}

/**
 * Evaluates one fact. Returns null when every article's figures agree, or the conflict otherwise.
 * Within one article the first claim stands for the article; figures inside one article are not
 * compared with each other (that would flag a rumour and its correction in the same text).
 */
export function evaluateFact(fact: Fact, settings: ConflictSettings): Conflict | null {
  // A figure whose day or year is unknown cannot be set against anything.
  if (fact.key.period === 'undated') return null;
  if (agreesWithFirst(fact.claims, settings.tolerance)) return null;
  const byArticle = new Map<string, Report>();
  for (const c of fact.claims) {
    let r = byArticle.get(c.articleId);
    if (!r) byArticle.set(c.articleId, (r = { articleId: c.articleId, claims: [], published: c.published }));
    r.claims.push(c);
  }
  if (byArticle.size < 2) return null;
  const reports = [...byArticle.values()];
  const tolerance = settings.tolerance;

  // Group articles into classes of mutually agreeing reports (by their first figure).
  const classes: Report[][] = [];
  for (const r of reports) {
    // Compared with each class's first report only, so a fact reported by hundreds of articles costs
    // O(articles × classes), not O(articles²).
    const home = classes.find((cls) => compatible(cls[0].claims[0], r.claims[0], tolerance));
    if (home) home.push(r);
    else classes.push([r]);
  }
  if (classes.length < 2) return null;

  const unit = fact.key.unit;
  const describe = (cls: Report[]): string => {
    const value = formatValue(cls[0].claims[0].value, cls[0].claims[0].qualifier, unit);
    // A message names a handful of articles per group; a story told by hundreds of articles would
    // otherwise put every one of their names into every one of their diagnostics.
    const named: string[] = [];
    for (let i = 0; i < cls.length && i < MAX_NAMED_ARTICLES; i++) named.push(`${basename(cls[i].articleId)} (${cls[i].published ?? 'undated'})`);
    if (cls.length > MAX_NAMED_ARTICLES) {
      const dates: string[] = [];
      for (const r of cls) if (r.published) dates.push(r.published);
      dates.sort();
      const span = dates.length > 0 ? ` (${dates[0]} to ${dates[dates.length - 1]})` : '';
      named.push(`${cls.length - MAX_NAMED_ARTICLES} more articles${span}`);
    }
    const who = named.length > 1 ? `${named.slice(0, -1).join(', ')}${cls.length > MAX_NAMED_ARTICLES ? ' and ' : ', '}${named[named.length - 1]}` : named[0];
    return `${who} ${cls.length > 1 ? 'say' : 'says'} ${value}`;
  };

  // A timeline: the classes follow one another in time, separated by more than the gap.
  const spans = timeSpans(classes);
  let rule: Conflict['rule'] = 'same-period-disagreement';
  // A timeline needs every article to agree with itself and with its own date group.
  const consistent = classes.every((cls) => cls.every((r) => r.claims.every((c) => compatible(c, cls[0].claims[0], tolerance))));
  if (consistent && spans !== null) {
    const order = spans.sort((a, b) => a.first - b.first);
    let separated = true;
    for (let k = 1; k < order.length; k++) if (order[k].first - order[k - 1].last <= TIMELINE_GAP_DAYS * DAY_MS) separated = false;
    if (separated) {
      rule = 'value-changed-over-time';
      // Figures without a date of their own ("current") describe the story as it stood when each
      // article appeared. Reports more than two months apart are separate events (a new job-cut
      // round, a new deal), not one fact that changed: only groups within that distance count.
      let kept = order;
      if (fact.key.period === 'current') {
        const keep = new Set<number>();
        for (let k = 1; k < order.length; k++) {
          if (order[k].first - order[k - 1].last <= SEPARATE_EVENTS_DAYS * DAY_MS) keep.add(k - 1).add(k);
        }
        if (keep.size === 0) return null;
        kept = order.filter((_, k) => keep.has(k));
      }
      const ordered: Report[][] = [];
      for (const span of kept) ordered.push(classes[span.index]);
      classes.splice(0, classes.length, ...ordered);
    }
  }
  const severity = settings.severities[rule];
  if (severity === 'off') return null;

  const label = factLabel(fact.key);
  const why = sameFactReason(fact.key);
  const body = classes.map(describe).join('; ');
  const message = rule === 'value-changed-over-time'
    ? `${label}: the reported value changed over time. ${body}. Same fact because ${why}.`
    : `${label}: articles of the same period disagree. ${body}. Same fact because ${why}.`;
  const claims: FactClaim[] = [];
  const groups: number[] = [];
  classes.forEach((cls, group) => {
    for (const r of cls) for (const c of r.claims) {
      claims.push(c);
      groups.push(group);
    }
  });
  const values = [...new Set(classes.map((cls) => valueKey(cls[0].claims[0])))].sort();
  return { factId: fact.id, label, rule, severity, message, claims, groups, values };
}

/** A class of reports and the first and last day its articles were published, as times. */
interface TimeSpan {
  index: number;
  first: number;
  last: number;
}

/**
 * Each class's publication span, in class order; null when an article of some class has no date.
 * Plain loops and one object layout: the array methods' results differed in V8's element kinds from
 * fact to fact, and each new kind threw evaluateFact's optimized code away (ARCHITECTURE.md).
 */
function timeSpans(classes: readonly Report[][]): TimeSpan[] | null {
  const spans: TimeSpan[] = [];
  for (let index = 0; index < classes.length; index++) {
    let first = Infinity;
    let last = -Infinity;
    for (const r of classes[index]) {
      const t = time(r.published);
      if (t === null) return null;
      if (t < first) first = t;
      if (t > last) last = t;
    }
    spans.push({ index, first, last });
  }
  return spans;
}

/**
 * True when the articles' first claims all agree with the very first claim, so they fall into one
 * class (or there is one article) and the fact has no conflict: the answer of the grouping below for
 * most facts, without building it. Needs the claims grouped by article, as the index sorts them.
 */
function agreesWithFirst(claims: readonly FactClaim[], tolerance: number): boolean {
  const first = claims[0];
  for (let index = 1; index < claims.length; index++) {
    const claim = claims[index];
    if (claim.articleId !== claims[index - 1].articleId && !compatible(first, claim, tolerance)) return false;
  }
  return true;
}

function sameFactReason(key: FactKey): string {
  const parts = [`the same subject (${key.subject ?? 'unknown'})`];
  if (key.counterpart) parts.push(`counterpart (${key.counterpart})`);
  parts.push(`measure (${MEASURE_LABELS.get(key.measure) ?? key.measure})`);
  parts.push(key.period === 'current' ? 'no period of its own in any of the sentences' : `period (${key.period})`);
  if (key.place) parts.push(`place (${key.place})`);
  return parts.join(', ');
}
