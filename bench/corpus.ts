// A deterministic, seeded generator of realistic German and English financial news articles for the
// benchmark. The same seed always gives a byte-identical corpus, so figures from different runs and
// machines are comparable.
//
// Design: a small "world" assigns every company its facts (funding round, capex, job-cut rounds,
// quarterly results, daily closing prices, price targets) as pure functions of (seed, key). Stories are
// clusters of 3–8 articles about one event; every article renders the world's values with varied
// wording, number formats and qualifiers, so articles agree wherever the world agrees. The only true
// disagreements are the planted conflicts, which an article states through an explicit override.

import * as words from './corpus-words';
import type { Sector } from './corpus-words';

export type Language = 'de' | 'en';

/** One generated article: a workspace-relative path and its text. */
export interface CorpusArticle {
  path: string;
  text: string;
  language: Language;
}

/** A disagreement the generator planted on purpose; the analysis should report each one. */
export interface PlantedConflict {
  story: string;
  description: string;
  /** The conflict rule the disagreement is meant to trigger. */
  rule: 'same-period-disagreement' | 'value-changed-over-time';
  /** The generator's own id of the fact, e.g. "capex|Veltora Systems|2026". */
  fact: string;
  /** The article that states the deviating value. */
  article: string;
  /** The deviating value that article states, and the value every other article states. */
  value: number;
  expected: number;
  /** Every article of the story, the deviating one included. */
  storyArticles: string[];
}

/** A row of the workspace company file (.finnews/companies.json) that names the invented companies. */
export interface CorpusCompanyRow {
  name: string;
  aliases: string[];
  kind: 'company' | 'broker' | 'media';
}

export interface Corpus {
  articles: CorpusArticle[];
  plantedConflicts: PlantedConflict[];
  /** How many distinct facts the articles state (each counted once, however many articles repeat it). */
  knownFacts: number;
  stories: number;
  /** The company table a reader would keep in .finnews/companies.json for this corpus. */
  companyTable: CorpusCompanyRow[];
}

export interface CorpusOptions {
  seed: number;
  articles: number;
}

// ---------------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for text generation and fully reproducible. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units; used to derive independent random streams from string keys. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Convenience methods over one mulberry32 stream. */
class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [low, high], both inclusive. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks by weight: entries are [value, weight]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(count, items.length)));
  }
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 0x100000000).toString(16).padStart(8, '0');
    return out.slice(0, length);
  }
}

// ---------------------------------------------------------------------------------------------------
// Calendar: days are counted since 1970-01-01 (UTC) so arithmetic is plain integer arithmetic.

const DAY_MS = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday, as Date.getUTCDay(). */
  weekday: number;
}

function calendar(day: number): CalendarDay {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

function isoDay(day: number): string {
  const c = calendar(day);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

function isTradingDay(day: number): boolean {
  const weekday = calendar(day).weekday;
  return weekday >= 1 && weekday <= 5;
}

/** The last trading day strictly before the given day. */
function previousTradingDay(day: number): number {
  let candidate = day - 1;
  while (!isTradingDay(candidate)) candidate--;
  return candidate;
}

interface Quarter {
  year: number;
  quarter: number;
}

function quarterOfDay(day: number): Quarter {
  const c = calendar(day);
  return { year: c.year, quarter: Math.floor((c.month - 1) / 3) + 1 };
}

function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: q.quarter - 1 };
}

function quarterEndDay(q: Quarter): number {
  return dayNumber(q.year, q.quarter * 3 + 1, 1) - 1;
}

/** The corpus covers news from mid-September 2025 to the end of June 2026. */
const WINDOW_START = dayNumber(2025, 9, 15);
const WINDOW_END = dayNumber(2026, 6, 30);

// ---------------------------------------------------------------------------------------------------
// Companies

type Qualifier = 'upTo' | 'atLeast' | 'about' | 'under' | 'over';
type Currency = 'USD' | 'EUR';

interface Company {
  /** Canonical name, e.g. "Veltora Systems". */
  name: string;
  /** The short form articles use most, e.g. "Veltora". */
  short: string;
  legal: string;
  ticker: string;
  exchange: string;
  sector: Sector;
  home: Language;
  city: string;
  ceo: string;
  listed: boolean;
  currency: Currency;
}

/** The pool is the same for every corpus seed, so a company file written once fits every corpus. */
const POOL_SEED = 20260130;
const STARTUP_COUNT = 80;
const LISTED_COUNT = 220;

function buildCompanyPool(): Company[] {
  const random = new Random(POOL_SEED);
  const stems = random.shuffle(words.NAME_STARTS.flatMap((start) => words.NAME_ENDINGS.map((end) => start + end)));
  const startupSectors = words.SECTORS.filter((sector) => sector.startup);
  const listedSectors = words.SECTORS.filter((sector) => !sector.startup);
  const tickers = new Set<string>();
  const companies: Company[] = [];
  for (let i = 0; i < STARTUP_COUNT + LISTED_COUNT; i++) {
    const short = stems[i];
    const listed = i >= STARTUP_COUNT;
    const sector = random.pick(listed ? listedSectors : startupSectors);
    const germanSector = sector.suffix === 'Energie' || sector.suffix === 'Logistik';
    const home: Language = germanSector || random.chance(0.45) ? 'de' : 'en';
    companies.push({
      name: `${short} ${sector.suffix}`,
      short,
      legal: random.pick(words.LEGAL_FORMS[home]),
      ticker: uniqueTicker(short, sector.suffix, tickers),
      exchange: home === 'de' ? random.pick(['Xetra', 'Xetra', 'Nasdaq']) : random.pick(words.EXCHANGES),
      sector,
      home,
      city: random.pick(words.CITIES),
      ceo: `${random.pick(words.FIRST_NAMES)} ${random.pick(words.LAST_NAMES)}`,
      listed,
      currency: home === 'de' && random.chance(0.7) ? 'EUR' : 'USD',
    });
  }
  return companies;
}

/** A ticker of three or four capitals from the name, made unique the way exchanges do: a new letter. */
function uniqueTicker(short: string, suffix: string, taken: Set<string>): string {
  const letters = short.toUpperCase().replace(/[^A-Z]/g, '');
  const candidates = [letters.slice(0, 4), letters.slice(0, 3) + suffix[0].toUpperCase(), letters.slice(0, 3)];
  for (const extra of 'XYZQWKJV') candidates.push(letters.slice(0, 3) + extra);
  const ticker = candidates.find((candidate) => candidate.length >= 3 && !taken.has(candidate)) ?? `${letters}${taken.size}`;
  taken.add(ticker);
  return ticker;
}

// ---------------------------------------------------------------------------------------------------
// The world: every fact is a pure function of (seed, key), memoized.

/** Rounds a positive amount to the precision a news article would state. */
function niceAmount(value: number, scale: number): number {
  const units = value / scale;
  let rounded: number;
  if (units < 10) rounded = Math.round(units * 10) / 10;
  else if (units < 100) rounded = Math.round(units);
  else rounded = Math.round(units / 5) * 5;
  return Math.max(rounded, 0.1) * scale;
}

/** Rounds a money amount at the scale it will be written in (billions or millions). */
function niceMoney(value: number): number {
  return niceAmount(value, value >= 1e9 ? 1e9 : 1e6);
}

/** A log-uniform amount between low and high, rounded like a reported figure. */
function logUniform(random: Random, low: number, high: number, scale: number): number {
  return niceAmount(Math.exp(Math.log(low) + random.float() * (Math.log(high) - Math.log(low))), scale);
}

interface FundingRound {
  announced: number;
  size: number;
  sizeQualifier: Qualifier | null;
  valuation: number;
  valuationQualifier: Qualifier | null;
  previousValuation: number;
  previousMonth: { year: number; month: number };
  investors: Company[];
}

interface Investment {
  value: number;
  qualifier: Qualifier | null;
}

interface Stake {
  target: Company;
  value: number;
  qualifier: Qualifier | null;
  since: number;
}

interface JobCutRound {
  day: number;
  count: number;
  qualifier: Qualifier | null;
}

interface QuarterResults {
  quarter: Quarter;
  reportDay: number;
  revenue: number;
  revenueQualifier: Qualifier | null;
  eps: number;
  growthPercent: number;
}

class World {
  private readonly memo = new Map<string, unknown>();
  readonly startups: Company[];
  readonly listed: Company[];

  constructor(
    private readonly seed: number,
    readonly companies: Company[],
  ) {
    this.startups = companies.filter((company) => !company.listed);
    this.listed = companies.filter((company) => company.listed);
  }

  /** An independent random stream per key, so one fact never depends on which facts were asked first. */
  private random(key: string): Random {
    return new Random(hashString(key) ^ Math.imul(this.seed, 0x9e3779b1));
  }

  private remember<T>(key: string, make: (random: Random) => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make(this.random(key)));
    return this.memo.get(key) as T;
  }

  round(startup: Company): FundingRound {
    return this.remember(`round|${startup.name}`, (random) => {
      const announced = random.int(WINDOW_START, WINDOW_END - 45);
      const size = logUniform(random, 0.3e9, 120e9, 1e9);
      const valuation = niceAmount(size * (4 + random.float() * 8), 1e9);
      const previous = calendar(announced - random.int(90, 150));
      return {
        announced,
        size,
        sizeQualifier: random.weighted<Qualifier | null>([['about', 5], ['upTo', 3], [null, 2]]),
        valuation,
        valuationQualifier: random.weighted<Qualifier | null>([['about', 6], [null, 4]]),
        previousValuation: niceAmount(valuation * (0.4 + random.float() * 0.35), 1e9),
        previousMonth: { year: previous.year, month: previous.month },
        investors: random.sample(this.listed, random.int(3, 5)),
      };
    });
  }

  investment(investor: Company, startup: Company): Investment {
    return this.remember(`investment|${investor.name}|${startup.name}`, (random) => ({
      value: niceMoney(this.round(startup).size * (0.08 + random.float() * 0.42)),
      qualifier: random.weighted<Qualifier | null>([['upTo', 4], [null, 3], ['about', 1.5], ['atLeast', 1], ['under', 0.5]]),
    }));
  }

  stake(investor: Company): Stake {
    return this.remember(`stake|${investor.name}`, (random) => ({
      target: random.pick(this.startups),
      value: logUniform(random, 1e9, 15e9, 1e9),
      qualifier: random.weighted<Qualifier | null>([['about', 1], [null, 1]]),
      since: random.int(2019, 2024),
    }));
  }

  capex(company: Company): Investment {
    return this.remember(`capex|${company.name}`, (random) => ({
      value: logUniform(random, 2e9, 150e9, 1e9),
      qualifier: random.weighted<Qualifier | null>([[null, 7], ['upTo', 1.5], ['about', 1.5]]),
    }));
  }

  jobCutRounds(company: Company): JobCutRound[] {
    return this.remember(`jobs|${company.name}`, (random) => {
      const rounds: JobCutRound[] = [];
      let day = random.int(WINDOW_START - 30, WINDOW_START + 150);
      const roundCount = random.int(1, 2);
      for (let i = 0; i < roundCount && day < WINDOW_END; i++) {
        const raw = Math.exp(Math.log(300) + random.float() * Math.log(20000 / 300));
        const count = raw < 1000 ? Math.round(raw / 10) * 10 : raw < 10000 ? Math.round(raw / 100) * 100 : Math.round(raw / 1000) * 1000;
        rounds.push({ day, count, qualifier: random.weighted<Qualifier | null>([['about', 1], [null, 1]]) });
        day += random.int(70, 140);
      }
      return rounds;
    });
  }

  /** The results a company reports for a quarter, with the analysts' consensus quoted before the report. */
  /** A company's typical quarterly revenue and earnings per share; quarters vary around them. */
  private resultsBase(company: Company): { revenue: number; eps: number } {
    return this.remember(`resultsBase|${company.name}`, (random) => ({
      revenue: Math.exp(Math.log(0.4e9) + random.float() * Math.log(220 / 0.4)),
      eps: 0.2 + random.float() * 9,
    }));
  }

  results(company: Company, quarter: Quarter): QuarterResults {
    const base = this.resultsBase(company);
    return this.remember(`results|${company.name}|${quarter.year}Q${quarter.quarter}`, (random) => {
      const revenue = base.revenue * (0.88 + random.float() * 0.24);
      return {
        quarter,
        reportDay: quarterEndDay(quarter) + random.int(24, 42),
        // Smaller companies report revenue to the tenth of a million ("1.234,5 Mio. Euro").
        revenue: revenue < 20e9 ? Math.round(revenue / 1e5) * 1e5 : niceMoney(revenue),
        revenueQualifier: random.weighted<Qualifier | null>([['about', 1], [null, 1]]),
        eps: Math.round(base.eps * (0.85 + random.float() * 0.3) * 100) / 100,
        growthPercent: random.chance(0.7) ? random.int(2, 45) : Math.round((1 + random.float() * 30) * 10) / 10,
      };
    });
  }

  /** The next quarterly report on or after a day: the results articles look forward to. */
  upcomingResults(company: Company, day: number): QuarterResults {
    let quarter = previousQuarter(quarterOfDay(day));
    for (let i = 0; i < 3; i++) {
      const results = this.results(company, quarter);
      if (results.reportDay >= day) return results;
      quarter = quarter.quarter === 4 ? { year: quarter.year + 1, quarter: 1 } : { year: quarter.year, quarter: quarter.quarter + 1 };
    }
    return this.results(company, quarter);
  }

  basePrice(company: Company): number {
    return this.remember(`price|${company.name}`, (random) => Math.round(Math.exp(Math.log(15) + random.float() * Math.log(900 / 15)) * 100) / 100);
  }

  /**
   * The closing price on a trading day: a slow wave around the base price plus a little daily noise,
   * so daily moves stay within a few percent as real ones do.
   */
  close(company: Company, day: number): number {
    return this.remember(`close|${company.name}|${day}`, (random) => {
      const phase = (hashString(company.name) % 1000) / 1000 * 2 * Math.PI;
      const wave = 0.06 * Math.sin(day / 23 + phase);
      return Math.round(this.basePrice(company) * (1 + wave + (random.float() - 0.5) * 0.025) * 100) / 100;
    });
  }

  /** The day's move in percent, from the previous trading day's close, to two decimals. */
  dailyMove(company: Company, day: number): number {
    const previous = this.close(company, previousTradingDay(day));
    return Math.round((this.close(company, day) / previous - 1) * 10000) / 100;
  }

  priceTarget(broker: string, company: Company): number {
    return this.remember(`target|${broker}|${company.name}`, (random) => {
      const raw = this.basePrice(company) * (1.05 + random.float() * 0.45);
      return raw < 50 ? Math.round(raw) : Math.round(raw / 5) * 5;
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Number, money and date formatting per language.

function decimalsOf(value: number): number {
  for (let decimals = 0; decimals < 3; decimals++) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return decimals;
  }
  return 2;
}

/** "16.000", "1.234,5" in German; "16,000", "1,234.5" in English. */
function formatNumber(value: number, lang: Language, decimals = decimalsOf(value)): string {
  const [integer, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'de' ? '.' : ',');
  return fraction ? `${grouped}${lang === 'de' ? ',' : '.'}${fraction}` : grouped;
}

/** Rounds to two significant digits, as "rund 830" does for 832. */
function roundToTwoDigits(value: number): number {
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

const CURRENCY_WORDS = {
  de: { USD: { long: ['US-Dollar', 'Dollar'], short: ['Dollar', 'US-Dollar', 'USD'] }, EUR: { long: ['Euro'], short: ['Euro', 'EUR'] } },
  en: { USD: { long: ['dollars'], short: ['USD'] }, EUR: { long: ['euros'], short: ['EUR'] } },
} as const;

/** Everything a sentence template needs to render figures, names and dates for one article. */
class Writer {
  constructor(
    readonly lang: Language,
    readonly random: Random,
  ) {}

  /** The qualifier words plus a space, or nothing; "bis zu" and "rund" are sometimes left out. */
  qualifier(qualifier: Qualifier | null): string {
    if (!qualifier) return '';
    if ((qualifier === 'upTo' || qualifier === 'about') && this.random.chance(0.15)) return '';
    return `${this.random.pick(words.QUALIFIER_WORDS[this.lang][qualifier])} `;
  }

  /** A money amount with its qualifier in one of the many forms real articles use. */
  money(value: number, currency: Currency, qualifier: Qualifier | null, allowWords = true): string {
    const qualifierText = this.qualifier(qualifier);
    // "rund 830" for 832: rounding that an "about" qualifier covers, kept within one percent.
    let amount = value;
    const rounded = roundToTwoDigits(value);
    if (qualifier === 'about' && qualifierText && rounded !== value && Math.abs(rounded - value) / value <= 0.01 && this.random.chance(0.3)) {
      amount = rounded;
    }
    return qualifierText + (this.lang === 'de' ? this.moneyDe(amount, currency, allowWords) : this.moneyEn(amount, currency));
  }

  private moneyDe(value: number, currency: Currency, allowWords: boolean): string {
    const r = this.random;
    const long = r.pick(CURRENCY_WORDS.de[currency].long);
    const short = r.pick(CURRENCY_WORDS.de[currency].short);
    const fmt = (units: number) => formatNumber(units, 'de');
    if (value >= 1e12) {
      const units = value / 1e12;
      return units === 1 ? `einer Billion ${long}` : `${fmt(units)} Billionen ${long}`;
    }
    if (value >= 1e6) {
      const billions = value >= 1e9;
      const units = value / (billions ? 1e9 : 1e6);
      const [word, abbreviation, singular] = billions ? ['Milliarden', 'Mrd.', 'Milliarde'] : ['Millionen', 'Mio.', 'Million'];
      // Amounts stated more precisely than a tenth of a billion are written in millions, as reports do.
      if (billions && decimalsOf(units) > 1) return r.chance(0.7) ? `${fmt(units * 1000)} Mio. ${short}` : `${fmt(units * 1000)} Millionen ${long}`;
      const numberWord = words.NUMBER_WORDS_DE[units];
      if (allowWords && numberWord && r.chance(0.2)) return `${numberWord} ${word} ${long}`;
      if (units === 1) return `1 ${singular} ${long}`;
      const form = r.weighted([['long', 5], ['abbreviated', 3], ['symbol', 1], ['millions', billions && units < 10 && decimalsOf(units * 1000) <= 1 ? 1 : 0]] as const);
      if (form === 'long') return `${fmt(units)} ${word} ${long}`;
      if (form === 'abbreviated') return `${fmt(units)} ${abbreviation} ${short}`;
      if (form === 'millions') return `${fmt(units * 1000)} Mio. ${short}`;
      if (currency === 'EUR') return r.chance(0.5) ? `€ ${fmt(units)} ${abbreviation}` : `${fmt(units)} ${abbreviation} €`;
      return `US$ ${fmt(units)} ${abbreviation}`;
    }
    const price = formatNumber(value, 'de');
    if (currency === 'EUR') return r.chance(0.7) ? `${price} Euro` : `${price} €`;
    return `${price} ${long}`;
  }

  private moneyEn(value: number, currency: Currency): string {
    const r = this.random;
    const symbol = currency === 'USD' ? r.weighted([['$', 8], ['US$', 1]] as const) : '€';
    const code = currency;
    const fmt = (units: number) => formatNumber(units, 'en');
    if (value >= 1e12) return `${symbol}${fmt(value / 1e12)} trillion`;
    if (value >= 1e6) {
      const billions = value >= 1e9;
      const units = value / (billions ? 1e9 : 1e6);
      const [word, suffix] = billions ? ['billion', 'bn'] : ['million', 'm'];
      if (billions && decimalsOf(units) > 1) return r.chance(0.6) ? `${symbol}${fmt(units * 1000)} million` : `${code} ${fmt(units * 1000)} million`;
      const form = r.weighted([['symbol', 5], ['suffix', 2], ['code', 2], ['trailing', currency === 'EUR' ? 1 : 0], ['millions', billions && units < 10 && decimalsOf(units * 1000) <= 1 ? 1 : 0]] as const);
      if (form === 'symbol') return `${symbol}${fmt(units)} ${word}`;
      if (form === 'suffix') return `${symbol}${fmt(units)}${suffix}`;
      if (form === 'code') return r.chance(0.5) ? `${code} ${fmt(units)} ${word}` : `${code} ${fmt(units)}${suffix}`;
      if (form === 'millions') return `${code} ${fmt(units * 1000)} million`;
      return `${fmt(units)} ${word} ${CURRENCY_WORDS.en[currency].long[0]}`;
    }
    const price = formatNumber(value, 'en');
    return r.chance(0.85) ? `${symbol}${price}` : `${code} ${price}`;
  }

  /** A share price, always with two decimals: "239,12 US-Dollar", "$239.12". */
  price(value: number, currency: Currency): string {
    const number = formatNumber(value, this.lang, 2);
    if (this.lang === 'de') {
      if (currency === 'EUR') return this.random.chance(0.7) ? `${number} Euro` : `${number} €`;
      return `${number} ${this.random.pick(CURRENCY_WORDS.de.USD.long)}`;
    }
    const symbol = currency === 'USD' ? '$' : '€';
    return this.random.chance(0.85) ? `${symbol}${number}` : `${currency} ${number}`;
  }

  /** A German adjective compound such as "8-Milliarden-Dollar"; English "$8 billion". */
  moneyCompound(value: number, currency: Currency): string {
    const billions = value >= 1e9;
    const units = value / (billions ? 1e9 : 1e6);
    if (this.lang === 'de') {
      const currencyWord = currency === 'USD' ? 'Dollar' : 'Euro';
      return `${formatNumber(units, 'de')}-${billions ? 'Milliarden' : 'Millionen'}-${currencyWord}`;
    }
    const symbol = currency === 'USD' ? '$' : '€';
    return this.random.chance(0.6) ? `${symbol}${formatNumber(units, 'en')} ${billions ? 'billion' : 'million'}` : `${symbol}${formatNumber(units, 'en')}${billions ? 'bn' : 'm'}`;
  }

  percent(value: number): string {
    const number = formatNumber(Math.abs(value), this.lang);
    if (this.lang === 'de') return this.random.weighted([[`${number} Prozent`, 6], [`${number} %`, 2], [`${number}%`, 1]] as const);
    return this.random.chance(0.7) ? `${number}%` : `${number} percent`;
  }

  count(value: number, qualifier: Qualifier | null): string {
    return this.qualifier(qualifier) + formatNumber(value, this.lang);
  }

  /** "5. Februar" / "Feb. 5"; with the weekday sometimes ("Donnerstag, den 5. Februar"). */
  day(day: number, withWeekday = false): string {
    const c = calendar(day);
    if (this.lang === 'de') {
      const text = `${c.day}. ${words.MONTHS_DE[c.month - 1]}`;
      return withWeekday ? `${words.WEEKDAYS_DE[c.weekday]}, den ${text}` : text;
    }
    const text = this.random.chance(0.6) ? `${words.MONTHS_EN_SHORT[c.month - 1]} ${c.day}` : `${words.MONTHS_EN[c.month - 1]} ${c.day}`;
    return withWeekday ? `${words.WEEKDAYS_EN[c.weekday]}, ${text}` : text;
  }

  month(year: number, month: number): string {
    return `${(this.lang === 'de' ? words.MONTHS_DE : words.MONTHS_EN)[month - 1]} ${year}`;
  }

  weekday(day: number): string {
    return (this.lang === 'de' ? words.WEEKDAYS_DE : words.WEEKDAYS_EN)[calendar(day).weekday];
  }

  /** "im vierten Quartal 2025" / "Q4 2025" / "the fourth quarter". */
  quarter(q: Quarter): string {
    if (this.lang === 'de') return this.random.chance(0.6) ? `im ${words.ORDINAL_QUARTERS_DE[q.quarter - 1]} Quartal ${q.year}` : `in Q${q.quarter} ${q.year}`;
    return this.random.chance(0.6) ? `in the ${words.ORDINAL_QUARTERS_EN[q.quarter - 1]} quarter of ${q.year}` : `in Q${q.quarter} ${q.year}`;
  }
}

/** German genitive of a name: "Veltoras", "Arix'". */
function genitiveDe(name: string): string {
  return /[sxzß]$/.test(name) ? `${name}'` : `${name}s`;
}

// ---------------------------------------------------------------------------------------------------
// Stories and article plans

type StoryType = 'investment' | 'jobs' | 'earnings' | 'analyst';

type FactKind =
  | 'investment' | 'valuation' | 'previousValuation' | 'fundingRound' | 'coInvestors' | 'stake' | 'jobCuts'
  | 'previousJobCuts' | 'capex' | 'sharePrice' | 'currentPrice' | 'priceTargets' | 'resultsDate' | 'consensus'
  | 'growth';

/** Fact kinds that need the story's counterpart (the startup the subject invests in). */
const COUNTERPART_KINDS: ReadonlySet<FactKind> = new Set(['investment', 'valuation', 'previousValuation', 'fundingRound', 'coInvestors']);

const CORE_KINDS: Record<StoryType, FactKind[]> = {
  investment: ['investment'],
  jobs: ['jobCuts'],
  earnings: ['resultsDate', 'consensus'],
  analyst: ['priceTargets', 'sharePrice'],
};

const ALL_KINDS: FactKind[] = [
  'investment', 'valuation', 'previousValuation', 'fundingRound', 'coInvestors', 'stake', 'jobCuts', 'previousJobCuts',
  'capex', 'sharePrice', 'currentPrice', 'priceTargets', 'resultsDate', 'consensus', 'growth',
];

interface Story {
  id: string;
  type: StoryType;
  subject: Company;
  counterpart: Company | null;
  brokers: [string, string];
  language: Language;
  /** Fact kinds the story's articles draw from, so the cluster shares its facts. */
  pool: FactKind[];
}

interface ArticlePlan {
  index: number;
  language: Language;
  published: number;
  kinds: FactKind[];
  /** Planted deviations: generator fact id → the value this article states instead of the world's. */
  overrides: Map<string, number>;
  outlet: string;
}

/** Fact ids the generator uses for bookkeeping; they mirror the analysis's keys without depending on them. */
const factId = {
  investment: (investor: Company, startup: Company) => `investment|${investor.name}|${startup.name}`,
  valuation: (startup: Company) => `valuation|${startup.name}|round`,
  previousValuation: (startup: Company) => `valuation|${startup.name}|previous`,
  fundingRound: (startup: Company) => `fundingRound|${startup.name}`,
  stake: (investor: Company, target: Company) => `investment|${investor.name}|${target.name}|since`,
  jobCuts: (company: Company, round: JobCutRound) => `jobCuts|${company.name}|${isoDay(round.day)}`,
  capex: (company: Company) => `capex|${company.name}|2026`,
  sharePrice: (company: Company, day: number) => `sharePrice|${company.name}|${isoDay(day)}`,
  dailyMove: (company: Company, day: number) => `dailyMove|${company.name}|${isoDay(day)}`,
  priceTarget: (broker: string, company: Company) => `priceTarget|${broker}|${company.name}`,
  resultsDate: (company: Company, q: Quarter) => `resultsDate|${company.name}|${q.year}Q${q.quarter}`,
  revenue: (company: Company, q: Quarter) => `revenue|${company.name}|${q.year}Q${q.quarter}`,
  eps: (company: Company, q: Quarter) => `eps|${company.name}|${q.year}Q${q.quarter}`,
  growth: (company: Company, q: Quarter) => `growth|${company.name}|${q.year}Q${q.quarter}`,
};

/** One rendered fact: the sentence for the body, an optional bullet line, and the facts it states. */
interface RenderedFact {
  sentence: string;
  bullet?: string;
  facts: string[];
}

/** The state one article is rendered with. */
interface ArticleContext {
  world: World;
  story: Story;
  plan: ArticlePlan;
  w: Writer;
  r: Random;
  subject: Company;
  counterpart: Company | null;
}

function valueOf(ctx: ArticleContext, id: string, worldValue: number): number {
  return ctx.plan.overrides.get(id) ?? worldValue;
}

/** The latest job-cut round announced on or before the article's day, and the one before it. */
function jobRoundsAt(world: World, company: Company, day: number): { latest?: JobCutRound; previous?: JobCutRound } {
  const rounds = world.jobCutRounds(company).filter((round) => round.day <= day);
  return { latest: rounds[rounds.length - 1], previous: rounds[rounds.length - 2] };
}

// Each renderer turns one fact kind into a sentence in the article's language, or null when the world
// has nothing to say at the article's date (no job cuts yet, no trading day, …). The templates follow the
// seeds' wording and add the English equivalents.
const RENDERERS: Record<FactKind, (ctx: ArticleContext) => RenderedFact | null> = {
  investment(ctx) {
    const { w, r, subject: S, counterpart: C } = ctx;
    if (!C) return null;
    const id = factId.investment(S, C);
    const world = ctx.world.investment(S, C);
    const overridden = ctx.plan.overrides.has(id);
    const amount = w.money(valueOf(ctx, id, world.value), C.currency, overridden ? null : world.qualifier);
    const outlet = r.pick(words.OUTLETS);
    const sentence = w.lang === 'de'
      ? r.pick([
        `${S.short} verhandelt offenbar über eine Investition von ${amount} in ${C.short}.`,
        `Berichten zufolge verhandelt ${S.short} über eine Investition von ${amount} in ${C.sector.genderDe === 'm' ? 'den' : 'das'} ${C.sector.de} ${C.short}.`,
        `${S.short} plant ein mögliches Investment von ${amount} in ${C.short}.`,
        `Laut ${outlet} steckt ${S.short} ${amount} in die Finanzierungsrunde von ${C.short}.`,
        `${S.short} könnte mit einer Investition von ${amount} zum wichtigsten Geldgeber von ${C.short} aufsteigen.`,
        `Während ${S.short} Medienberichten zufolge ${amount} in ${C.short} investieren will, bleibt die Konkurrenz vorerst zurückhaltend.`,
        `${S.short} erwägt eine Beteiligung von ${amount} an ${C.short}.`,
      ])
      : r.pick([
        `${S.short} is in talks to invest ${amount} in ${C.short}, according to people familiar with the matter.`,
        `${S.short} invests ${amount} in ${C.short} as part of the start-up's latest funding round.`,
        `${S.short} is weighing an investment of ${amount} in ${C.short}.`,
        `${S.short} could become the biggest backer of ${C.short} with an investment of ${amount}.`,
        `According to ${outlet}, ${S.short} plans to put ${amount} into ${C.short}.`,
      ]);
    const bulletAmount = w.money(valueOf(ctx, id, world.value), C.currency, overridden ? null : world.qualifier, false);
    const bullet = w.lang === 'de'
      ? r.pick([`Verhandlungen über ${C.short}-Beteiligung: ${bulletAmount}`, `Gespräche über ${C.short}-Investment: ${bulletAmount}`])
      : `Talks on an investment of ${bulletAmount} in ${C.short}`;
    return { sentence, bullet, facts: [id] };
  },

  valuation(ctx) {
    const { w, r, counterpart: C } = ctx;
    if (!C) return null;
    const round = ctx.world.round(C);
    const id = factId.valuation(C);
    const amount = w.money(valueOf(ctx, id, round.valuation), C.currency, ctx.plan.overrides.has(id) ? null : round.valuationQualifier);
    const sentence = w.lang === 'de'
      ? r.pick([
        `Die Investition wäre Teil einer Finanzierungsrunde, die ${C.short} mit ${amount} bewerten könnte.`,
        `${C.short} wird dabei mit ${amount} bewertet.`,
        `Die Runde würde dem ${C.sector.de} ${C.short} eine Bewertung von ${amount} einbringen.`,
        `Laut Insidern liegt die Bewertung von ${C.short} in der neuen Runde bei ${amount}.`,
      ])
      : r.pick([
        `The round would value ${C.short} at ${amount}.`,
        `${C.short} is valued at ${amount} in the new round.`,
        `People close to the talks put the valuation of ${C.short} at ${amount}.`,
      ]);
    return { sentence, facts: [id] };
  },

  previousValuation(ctx) {
    const { w, r, counterpart: C } = ctx;
    if (!C) return null;
    const round = ctx.world.round(C);
    const month = w.month(round.previousMonth.year, round.previousMonth.month);
    const amount = w.money(round.previousValuation, C.currency, 'about');
    const sentence = w.lang === 'de'
      ? r.pick([
        `Im ${month} hatte ${C.short} bereits eine Bewertung von ${amount} erreicht.`,
        `Noch im ${month} war ${C.short} mit ${amount} bewertet worden.`,
      ])
      : r.pick([`In ${month}, ${C.short} was valued at ${amount}.`, `Back in ${month}, investors valued ${C.short} at ${amount}.`]);
    return { sentence, facts: [factId.previousValuation(C)] };
  },

  fundingRound(ctx) {
    const { w, r, counterpart: C } = ctx;
    if (!C) return null;
    const round = ctx.world.round(C);
    const id = factId.fundingRound(C);
    const overridden = ctx.plan.overrides.has(id);
    const amount = w.money(valueOf(ctx, id, round.size), C.currency, overridden ? null : round.sizeQualifier);
    const sentence = w.lang === 'de'
      ? r.pick([
        `${C.short} strebt laut jüngsten Informationen eine Finanzierungsrunde von insgesamt ${amount} an.`,
        `Insgesamt könnte ${C.short} in der Finanzierungsrunde ${amount} einsammeln.`,
        `Die Finanzierungsrunde von ${C.short} soll ${amount} umfassen.`,
      ])
      : r.pick([
        `${C.short} aims to raise ${amount} in the funding round.`,
        `The funding round would bring in ${amount} for ${C.short}.`,
        `In total, ${C.short} is looking to raise ${amount}.`,
      ]);
    return { sentence, facts: [id] };
  },

  coInvestors(ctx) {
    const { w, r, subject: S, counterpart: C } = ctx;
    if (!C) return null;
    const others = ctx.world.round(C).investors.filter((company) => company !== S);
    if (others.length < 2) return null;
    const [first, second] = r.sample(others, 2);
    const a = ctx.world.investment(first, C);
    const b = ctx.world.investment(second, C);
    const amountA = w.money(a.value, C.currency, a.qualifier);
    const amountB = w.money(b.value, C.currency, b.qualifier);
    const sentence = w.lang === 'de'
      ? r.pick([
        `Auch ${first.short} und ${second.short} führen Gespräche: ${first.short} erwägt ein Investment von ${amountA}, ${second.short} eine Beteiligung von ${amountB}.`,
        `${first.short} soll ebenfalls über eine Investition von ${amountA} nachdenken, zudem steht ${second.short} in Verhandlungen über ${amountB}.`,
      ])
      : r.pick([
        `${first.short} is also weighing an investment of ${amountA} in ${C.short}, while ${second.short} is discussing ${amountB}.`,
        `Other backers are lining up: ${first.short} may invest ${amountA} and ${second.short} ${amountB}.`,
      ]);
    return { sentence, facts: [factId.investment(first, C), factId.investment(second, C)] };
  },

  stake(ctx) {
    const { w, r, subject: S } = ctx;
    const stake = ctx.world.stake(S);
    const D = stake.target;
    if (D === ctx.counterpart) return null;
    const sentence = w.lang === 'de'
      ? r.pick([
        `Brisant ist der Schritt vor allem wegen ${genitiveDe(S.short)} bestehender ${w.moneyCompound(stake.value, D.currency)}-Beteiligung an ${D.short}.`,
        `${S.short} hat seit ${stake.since} ${w.money(stake.value, D.currency, stake.qualifier)} in ${D.short} investiert.`,
        `Seit ${stake.since} ist ${S.short} mit ${w.money(stake.value, D.currency, stake.qualifier)} an ${D.short} beteiligt.`,
      ])
      : r.pick([
        `${S.short} has invested ${w.money(stake.value, D.currency, stake.qualifier)} in ${D.short} since ${stake.since}.`,
        `${S.short} already holds a ${w.moneyCompound(stake.value, D.currency)} stake in ${D.short}.`,
      ]);
    return { sentence, facts: [factId.stake(S, D)] };
  },

  jobCuts(ctx) {
    const { w, r, subject: S } = ctx;
    const { latest } = jobRoundsAt(ctx.world, S, ctx.plan.published);
    if (!latest) return null;
    const id = factId.jobCuts(S, latest);
    const overridden = ctx.plan.overrides.has(id);
    const count = w.count(valueOf(ctx, id, latest.count), overridden ? null : latest.qualifier);
    const c = calendar(latest.day);
    const month = w.month(c.year, c.month);
    const sentence = w.lang === 'de'
      ? r.pick([
        `Erst kürzlich wurde bekannt, dass ${count} Stellen gestrichen werden sollen.`,
        `${S.short} streicht ${count} Stellen.`,
        `Im ${month} kündigte ${S.short} den Abbau von ${count} Stellen an.`,
        `Parallel dazu will ${S.short} ${count} Stellen streichen.`,
      ])
      : r.pick([
        `${S.short} will cut ${count} jobs.`,
        `In ${month}, ${S.short} announced it would cut ${count} jobs.`,
        `At the same time, ${S.short} plans to eliminate ${count} positions.`,
      ]);
    const bullet = w.lang === 'de' ? `Abbau von ${count} Stellen` : `${count} job cuts announced`;
    return { sentence, bullet, facts: [id] };
  },

  previousJobCuts(ctx) {
    const { w, r, subject: S } = ctx;
    const { previous } = jobRoundsAt(ctx.world, S, ctx.plan.published);
    if (!previous) return null;
    const c = calendar(previous.day);
    const month = w.month(c.year, c.month);
    const count = w.count(previous.count, previous.qualifier);
    const sentence = w.lang === 'de'
      ? r.pick([
        `Es ist bereits die zweite Entlassungsrunde seit ${month}; damals trennte sich der Konzern von ${count} Beschäftigten.`,
        `Bereits im ${month} hatte ${S.short} den Abbau von ${count} Stellen angekündigt.`,
      ])
      : r.pick([
        `It is the second round of cuts since ${month}, when ${S.short} cut ${count} jobs.`,
        `Back in ${month}, ${S.short} had already announced ${count} job cuts.`,
      ]);
    return { sentence, facts: [factId.jobCuts(S, previous)] };
  },

  capex(ctx) {
    const { w, r, subject: S } = ctx;
    const capex = ctx.world.capex(S);
    const id = factId.capex(S);
    const overridden = ctx.plan.overrides.has(id);
    const amount = w.money(valueOf(ctx, id, capex.value), S.currency, overridden ? null : capex.qualifier);
    const sentence = w.lang === 'de'
      ? r.pick([
        `Für 2026 stellt ${S.short} Kapitalausgaben von ${amount} in Aussicht.`,
        `${S.short} hatte die Kapitalausgabenprognose zuletzt auf ${amount} für 2026 angehoben.`,
        `Für 2026 rechnet ${S.short} mit Kapitalausgaben von ${amount}, vor allem für den Ausbau von Rechenzentren.`,
      ])
      : r.pick([
        `${S.short} expects capital expenditure of ${amount} for 2026.`,
        `For 2026, ${S.short} has guided capex of ${amount}.`,
      ]);
    const bulletAmount = w.money(valueOf(ctx, id, capex.value), S.currency, overridden ? null : capex.qualifier, false);
    const bullet = w.lang === 'de'
      ? r.pick([`Kapitalausgaben von ${bulletAmount} für 2026 geplant`, `Kapex-Ausblick 2026: ${bulletAmount}`])
      : `Capex outlook 2026: ${bulletAmount}`;
    return { sentence, bullet, facts: [id] };
  },

  sharePrice(ctx) {
    const { w, r, subject: S } = ctx;
    if (!S.listed) return null;
    const day = previousTradingDay(ctx.plan.published);
    const price = w.price(ctx.world.close(S, day), S.currency);
    const move = ctx.world.dailyMove(S, day);
    const facts = [factId.sharePrice(S, day)];
    const when = r.chance(0.75) ? w.weekday(day) : w.day(day);
    let sentence: string;
    if (r.chance(0.5) && move !== 0) {
      facts.push(factId.dailyMove(S, day));
      const pct = w.percent(move);
      sentence = w.lang === 'de'
        ? `Die ${S.short}-Aktie schloss am ${when} bei ${price}, ein ${move < 0 ? 'Minus' : 'Plus'} von ${pct}.`
        : `${S.short} shares closed at ${price} on ${when}, ${move < 0 ? 'down' : 'up'} ${pct}.`;
    } else {
      sentence = w.lang === 'de'
        ? r.pick([`Die Aktie schloss am ${when} bei ${price}.`, `Am ${when} ging die ${S.short}-Aktie mit ${price} aus dem Handel.`])
        : r.pick([`The shares closed at ${price} on ${when}.`, `On ${when}, ${S.short} stock ended the session at ${price}.`]);
    }
    return { sentence, facts };
  },

  currentPrice(ctx) {
    const { w, subject: S } = ctx;
    const day = ctx.plan.published;
    if (!S.listed || !isTradingDay(day)) return null;
    const price = w.price(ctx.world.close(S, day), S.currency);
    const move = ctx.world.dailyMove(S, day);
    if (move === 0) return null;
    const pct = w.percent(move);
    const sentence = w.lang === 'de'
      ? `Die Aktie notiert aktuell bei ${price} und verzeichnete heute ${move < 0 ? 'einen Rückgang' : 'ein Plus'} von ${pct}.`
      : `The stock is trading at ${price}, ${move < 0 ? 'down' : 'up'} ${pct} on the day.`;
    return { sentence, facts: [factId.sharePrice(S, day), factId.dailyMove(S, day)] };
  },

  priceTargets(ctx) {
    const { w, r, subject: S } = ctx;
    if (!S.listed) return null;
    const [first, second] = ctx.story.brokers;
    const a = w.money(ctx.world.priceTarget(first, S), S.currency, null);
    const b = w.money(ctx.world.priceTarget(second, S), S.currency, null);
    const sentence = w.lang === 'de'
      ? r.pick([
        `${first} hält an „Outperform“ mit Kursziel ${a} fest, ${second} sieht die Aktie bei ${b}.`,
        `${first} bestätigt das Kursziel von ${a}, ${second} nennt ein Kursziel von ${b}.`,
      ])
      : r.pick([
        `${first} reiterated its price target of ${a}, while ${second} sees the stock at ${b}.`,
        `${first} has a price target of ${a} on ${S.short}; ${second} targets ${b}.`,
      ]);
    return { sentence, facts: [factId.priceTarget(first, S), factId.priceTarget(second, S)] };
  },

  resultsDate(ctx) {
    const { w, r, subject: S } = ctx;
    const results = ctx.world.upcomingResults(S, ctx.plan.published);
    const q = results.quarter;
    const when = w.day(results.reportDay, r.chance(0.3));
    const sentence = w.lang === 'de'
      ? r.pick([
        `Die Quartalszahlen legt ${S.short} am ${when} vor.`,
        `Am ${when} folgen die Quartalszahlen.`,
        `Am ${when} nach US-Börsenschluss will ${S.short} die Zahlen für das ${words.ORDINAL_QUARTERS_DE_ACCUSATIVE[q.quarter - 1]} Quartal ${q.year} vorlegen.`,
      ])
      : r.pick([
        `${S.short} reports ${words.ORDINAL_QUARTERS_EN[q.quarter - 1]}-quarter results on ${when}.`,
        `Results are due on ${when}.`,
      ]);
    const bullet = w.lang === 'de'
      ? r.pick([`Quartalszahlen folgen am ${w.day(results.reportDay)}`, `Nächster wichtiger Termin: Q${q.quarter}-Zahlen am ${w.day(results.reportDay)}`])
      : `Next date to watch: Q${q.quarter} results on ${w.day(results.reportDay)}`;
    return { sentence, bullet, facts: [factId.resultsDate(S, q)] };
  },

  consensus(ctx) {
    const { w, r, subject: S } = ctx;
    const results = ctx.world.upcomingResults(S, ctx.plan.published);
    const q = results.quarter;
    const eps = w.money(results.eps, S.currency, null);
    const revenue = w.money(results.revenue, S.currency, results.revenueQualifier);
    const outlet = r.pick(words.OUTLETS);
    // The consensus always names its quarter: articles weeks apart look forward to different reports.
    if (r.chance(0.6)) {
      const sentence = w.lang === 'de'
        ? `Laut ${outlet}-Daten erwartet der Analystenkonsens für das ${words.ORDINAL_QUARTERS_DE_ACCUSATIVE[q.quarter - 1]} Quartal ${q.year} einen Gewinn je Aktie von ${eps} bei einem Umsatz von ${revenue}.`
        : `For the ${words.ORDINAL_QUARTERS_EN[q.quarter - 1]} quarter of ${q.year}, analysts expect earnings per share of ${eps} on revenue of ${revenue}, according to ${outlet} data.`;
      return { sentence, facts: [factId.eps(S, q), factId.revenue(S, q)] };
    }
    const sentence = w.lang === 'de'
      ? `Analysten rechnen für das ${words.ORDINAL_QUARTERS_DE_ACCUSATIVE[q.quarter - 1]} Quartal ${q.year} mit einem Umsatz von ${revenue}.`
      : `Consensus sees revenue of ${revenue} for the ${words.ORDINAL_QUARTERS_EN[q.quarter - 1]} quarter of ${q.year}.`;
    return { sentence, facts: [factId.revenue(S, q)] };
  },

  growth(ctx) {
    const { w, r, subject: S } = ctx;
    const upcoming = ctx.world.upcomingResults(S, ctx.plan.published);
    const q = previousQuarter(upcoming.quarter);
    const growth = ctx.world.results(S, q).growthPercent;
    const pct = w.percent(growth);
    const sentence = w.lang === 'de'
      ? r.pick([
        `Nach einem starken ${words.ORDINAL_QUARTERS_DE[q.quarter - 1]} Quartal, in dem die ${S.sector.segmentDe}-Sparte um ${pct} wuchs, liegt der Fokus nun auf den Kosten.`,
        `${q.quarter === 4 ? 'Im vierten' : `Im ${words.ORDINAL_QUARTERS_DE[q.quarter - 1]}`} Quartal ${q.year} wuchs das ${S.sector.segmentDe}-Geschäft von ${S.short} um ${pct}.`,
      ])
      : r.pick([
        `In the ${words.ORDINAL_QUARTERS_EN[q.quarter - 1]} quarter of ${q.year}, the ${S.sector.segmentEn} business of ${S.short} grew ${pct}.`,
        `${S.short}'s ${S.sector.segmentEn} unit grew by ${pct} in Q${q.quarter} ${q.year}.`,
      ]);
    return { sentence, facts: [factId.growth(S, q)] };
  },
};

// ---------------------------------------------------------------------------------------------------
// Article assembly

/** Fills the slots of a filler sentence. */
function fillSlots(template: string, ctx: ArticleContext): string {
  const { subject: S, r } = ctx;
  const slots: Record<string, string> = {
    S: S.short,
    C: ctx.counterpart?.short ?? S.short,
    ceo: S.ceo,
    person: `${r.pick(words.FIRST_NAMES)} ${r.pick(words.LAST_NAMES)}`,
    city: S.city,
    sector: ctx.w.lang === 'de' ? S.sector.de : S.sector.en,
    outlet: r.pick(words.OUTLETS),
    segment: ctx.w.lang === 'de' ? S.sector.segmentDe : S.sector.segmentEn,
    broker: ctx.story.brokers[0],
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? name);
}

function headline(ctx: ArticleContext, rendered: Map<FactKind, RenderedFact>, facts: Set<string>): string {
  const { w, r, subject: S, counterpart: C, story } = ctx;
  const de = w.lang === 'de';
  if (story.type === 'investment' && C) {
    const id = factId.investment(S, C);
    const investment = ctx.world.investment(S, C);
    if (rendered.has('investment') && r.chance(0.5)) {
      facts.add(id);
      const amount = w.money(valueOf(ctx, id, investment.value), C.currency, ctx.plan.overrides.has(id) ? null : investment.qualifier, false);
      return de ? `${S.short} erwägt Beteiligung von ${amount} an ${C.short}` : `${S.short} weighs ${amount} investment in ${C.short}`;
    }
    return de
      ? r.pick([`${S.short} Aktie: Milliarden-Deal mit ${C.short} in Sicht`, `Vor Mega-Investment? ${S.short} verhandelt mit ${C.short}`, `${S.short} will bei ${C.short} einsteigen`])
      : r.pick([`${S.short} in talks to back ${C.short}`, `${S.short} eyes stake in ${C.short}`]);
  }
  if (story.type === 'jobs') {
    return de
      ? r.pick([`${S.short} Aktie: Sparkurs trifft die Belegschaft`, `Kahlschlag bei ${S.short}`, `${S.short} baut um`])
      : r.pick([`${S.short} shares: cost cuts hit staff`, `${S.short} restructures`]);
  }
  if (story.type === 'earnings') {
    return de
      ? r.pick([`${S.short} Aktie: Spannung vor den Zahlen`, `${S.short} vor den Quartalszahlen: Was Anleger erwarten`])
      : r.pick([`${S.short} earnings preview: what to watch`, `${S.short} heads into results`]);
  }
  return de
    ? r.pick([`${S.short} Aktie: Analysten bleiben optimistisch`, `${story.brokers[0]} bestätigt Kaufempfehlung für ${S.short}`])
    : r.pick([`${story.brokers[0]} sticks with ${S.short}`, `${S.short} shares: analysts stay upbeat`]);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** German promotional footer as in the seeds; it carries the (year-less) publication date. */
function promoFooterDe(S: string, published: number): string[] {
  const c = calendar(published);
  const date = `${String(c.day).padStart(2, '0')}. ${words.MONTHS_DE[c.month - 1]}`;
  return [
    `${S}-Aktie: Kaufen oder verkaufen?! Neue ${S}-Analyse vom ${date} liefert die Antwort:`,
    `Die neusten ${S}-Zahlen sprechen eine klare Sprache: Dringender Handlungsbedarf für ${S}-Aktionäre. Lohnt sich ein Einstieg oder sollten Sie lieber verkaufen? In der aktuellen Gratis-Analyse vom ${date} erfahren Sie was jetzt zu tun ist.`,
    `${S}: Kaufen oder verkaufen? Hier weiterlesen...`,
  ];
}

interface RenderedArticle {
  path: string;
  text: string;
  language: Language;
  facts: Set<string>;
}

function renderArticle(world: World, story: Story, plan: ArticlePlan, seed: number): RenderedArticle {
  const r = new Random(hashString(`${story.id}|${plan.index}`) ^ seed);
  const w = new Writer(plan.language, r);
  const ctx: ArticleContext = { world, story, plan, w, r, subject: story.subject, counterpart: story.counterpart };
  const de = plan.language === 'de';
  const S = story.subject;
  const facts = new Set<string>();

  const rendered = new Map<FactKind, RenderedFact>();
  for (const kind of plan.kinds) {
    const fact = RENDERERS[kind](ctx);
    if (fact) rendered.set(kind, fact);
  }
  for (const fact of rendered.values()) for (const id of fact.facts) facts.add(id);

  const title = headline(ctx, rendered, facts);
  // Filler templates are shuffled once and filled only when used; most of them never are.
  const fillerTemplates = r.shuffle(de ? words.FILLER_DE : words.FILLER_EN);
  const fillers = { get length() { return fillerTemplates.length; }, pop: () => fillSlots(fillerTemplates.pop()!, ctx) };

  // The teaser holds the core facts, as a news lead does; the rest is dealt into sections.
  const core = CORE_KINDS[story.type].filter((kind) => rendered.has(kind));
  const teaser: string[] = core.map((kind) => rendered.get(kind)!.sentence);
  if (r.chance(0.4) && S.listed) {
    teaser.unshift(de
      ? `Die Papiere von ${S.name} ${S.legal} (${S.exchange}: ${S.ticker}) stehen im Fokus.`
      : `Shares of ${S.name} ${S.legal} (${S.exchange}: ${S.ticker}) are in focus.`);
  }
  if (fillers.length) teaser.push(fillers.pop());

  const sectionCount = r.int(2, 4);
  const headings = r.sample(de ? words.HEADINGS_DE : words.HEADINGS_EN, sectionCount);
  const sections: string[][] = headings.map(() => []);
  const bodySentences = r.shuffle([...rendered.entries()].filter(([kind]) => !core.includes(kind)).map(([, fact]) => fact.sentence));
  // Like the seeds, articles state their core figure and another one a second time, worded anew.
  for (const kind of [CORE_KINDS[story.type][0], r.pick(plan.kinds)]) {
    const again = r.chance(0.6) ? RENDERERS[kind](ctx) : null;
    const said = [...rendered.values()].some((fact) => fact.sentence === again?.sentence) || bodySentences.includes(again?.sentence ?? '');
    if (again && !said) bodySentences.push(again.sentence);
  }
  bodySentences.forEach((sentence, i) => sections[i % sectionCount].push(sentence));

  // Some German articles open with a bullet summary of their figures, like seed 002.
  const bullets: string[] = [];
  if (r.chance(de ? 0.25 : 0.12)) {
    for (const fact of rendered.values()) if (fact.bullet && bullets.length < 4) bullets.push(`- ${fact.bullet}`);
  }

  // Pad with figure-free sentences up to the article's target size (3–4 KB, like the seeds).
  const target = 2900 + r.int(0, 1300);
  const footerBudget = de ? 420 : 120;
  let length = title.length + teaser.join(' ').length + bullets.join('\n').length + sections.flat().join(' ').length + headings.join(' ').length;
  while (length + footerBudget < target && fillers.length) {
    const sentence = fillers.pop();
    const section = sections[r.int(0, sectionCount - 1)];
    section.splice(r.int(0, section.length), 0, sentence);
    length += sentence.length + 1;
  }

  const blocks: string[] = [];
  const published = calendar(plan.published);
  const header = r.float();
  let footer: string[] = [];
  if (de) {
    if (header < 0.3) {
      blocks.push(r.chance(0.5)
        ? ` date ${isoDay(plan.published)}     StartseitevorwärtsAktienvorwärts${S.short} AktievorwärtsNachrichten zu ${S.short}`
        : `date ${isoDay(plan.published)}`);
    } else if (header < 0.75) {
      footer = promoFooterDe(S.short, plan.published);
    } else if (header < 0.95) {
      blocks.push(`${plan.outlet}, ${published.day}. ${words.MONTHS_DE[published.month - 1]} ${published.year}`);
    }
    if (footer.length === 0 && r.chance(0.4)) footer = [`Autor: ${r.pick(words.FIRST_NAMES)} ${r.pick(words.LAST_NAMES)}, ${plan.outlet} Redaktion`];
  } else {
    if (header < 0.45) blocks.push(`date ${isoDay(plan.published)}`);
    else if (header < 0.9) blocks.push(`By ${r.pick(words.FIRST_NAMES)} ${r.pick(words.LAST_NAMES)} | ${words.MONTHS_EN[published.month - 1]} ${published.day}, ${published.year}`);
    if (r.chance(0.3)) footer = [`Reporting by ${r.pick(words.FIRST_NAMES)} ${r.pick(words.LAST_NAMES)}; editing by ${r.pick(words.FIRST_NAMES)} ${r.pick(words.LAST_NAMES)}`];
  }

  const singleNewline = r.chance(0.35);
  blocks.push(title);
  blocks.push(teaser.join(' '));
  if (bullets.length) blocks.push(bullets.join('\n'));
  headings.forEach((heading, i) => {
    blocks.push(heading);
    const sentences = sections[i];
    for (let start = 0; start < sentences.length;) {
      const size = r.int(2, 4);
      blocks.push(sentences.slice(start, start + size).join(' '));
      start += size;
    }
  });
  blocks.push(...footer);

  const indent = !singleNewline && r.chance(0.12) ? '    ' : '';
  let text = blocks.filter((block) => block.length > 0).map((block) => indent + block).join(singleNewline ? '\n' : '\n\n');
  text += r.weighted([['\n', 6], ['', 2], ['\n\n\n\n\n', 1]] as const);
  if (r.chance(0.1)) text = text.replace(/\n/g, '\r\n');

  const extension = r.weighted([['txt', 7], ['news', 2], ['article', 1]] as const);
  const month = `${published.year}-${String(published.month).padStart(2, '0')}`;
  const path = `${month}/${slug(plan.outlet)}/${String(plan.index).padStart(5, '0')}_${r.hex(16)}.${extension}`;
  return { path, text, language: plan.language, facts };
}

// ---------------------------------------------------------------------------------------------------
// Stories, plans and planted conflicts

function planStory(world: World, random: Random, storyIndex: number): Story {
  const type = random.weighted<StoryType>([['investment', 45], ['jobs', 20], ['earnings', 20], ['analyst', 15]]);
  let subject: Company;
  let counterpart: Company | null = null;
  if (type === 'investment') {
    counterpart = random.pick(world.startups);
    subject = random.pick(world.round(counterpart).investors);
  } else {
    subject = random.pick(world.listed);
    // Half of the other stories still mention the subject's latest investment as background.
    if (random.chance(0.5)) {
      const candidate = random.pick(world.startups);
      if (world.round(candidate).investors.includes(subject)) counterpart = candidate;
    }
  }
  const applicable = ALL_KINDS.filter((kind) => counterpart || !COUNTERPART_KINDS.has(kind));
  const core = CORE_KINDS[type];
  const others = applicable.filter((kind) => !core.includes(kind));
  const brokers = random.sample(words.BROKERS, 2);
  return {
    id: `story-${String(storyIndex).padStart(4, '0')}`,
    type,
    subject,
    counterpart,
    brokers: [brokers[0], brokers[1]],
    language: random.chance(0.78) ? 'de' : 'en',
    pool: [...core, ...random.sample(others, random.int(10, 13))],
  };
}

function storyStart(world: World, random: Random, story: Story): number {
  if (story.type === 'investment' && story.counterpart) return world.round(story.counterpart).announced + random.int(0, 20);
  return random.int(WINDOW_START, WINDOW_END - 14);
}

/** Describes a money value neutrally for the planted-conflict list: "12.5 bn USD". */
function describeMoney(value: number, currency: Currency): string {
  if (value >= 1e9) return `${formatNumber(value / 1e9, 'en')} bn ${currency}`;
  if (value >= 1e6) return `${formatNumber(value / 1e6, 'en')} m ${currency}`;
  return `${formatNumber(value, 'en')} ${currency}`;
}

/** Factors that move a value clearly outside every rounding and qualifier tolerance. */
const DEVIATION_FACTORS = [0.5, 0.6, 0.7, 1.3, 1.4, 1.5, 1.8] as const;

/** Generates the corpus: same seed and size → byte-identical output. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed >>> 0;
  const companies = buildCompanyPool();
  const world = new World(seed, companies);
  const random = new Random(seed ^ 0x5eed5eed);
  const articles: CorpusArticle[] = [];
  const plantedConflicts: PlantedConflict[] = [];
  const plantedFacts = new Set<string>();
  const knownFacts = new Set<string>();
  let storyCount = 0;

  while (articles.length < options.articles) {
    const story = planStory(world, random, storyCount++);
    const count = Math.min(random.int(3, 8), options.articles - articles.length);
    const start = storyStart(world, random, story);
    const plans: ArticlePlan[] = [];
    for (let i = 0; i < count; i++) {
      const core = CORE_KINDS[story.type];
      const extras = random.sample(story.pool.filter((kind) => !core.includes(kind)), random.int(7, 10));
      plans.push({
        index: 0,
        language: random.chance(0.85) ? story.language : story.language === 'de' ? 'en' : 'de',
        published: start + random.int(0, 10),
        kinds: [...core, ...extras],
        overrides: new Map(),
        outlet: random.pick(words.OUTLETS),
      });
    }
    plans.sort((a, b) => a.published - b.published);
    plans.forEach((plan, i) => (plan.index = articles.length + i));

    const planted = count >= 3 && random.chance(0.25) ? plantConflict(world, random, story, plans, plantedFacts) : null;

    const rendered = plans.map((plan) => renderArticle(world, story, plan, seed));
    for (const article of rendered) {
      articles.push({ path: article.path, text: article.text, language: article.language });
      for (const id of article.facts) knownFacts.add(id);
    }
    if (planted) {
      const article = rendered[planted.planIndex];
      plantedConflicts.push({
        story: story.id,
        description: `${planted.description} (${article.path})`,
        rule: planted.rule,
        fact: planted.fact,
        article: article.path,
        value: planted.value,
        expected: planted.expected,
        storyArticles: rendered.map((each) => each.path),
      });
    }
  }

  return { articles, plantedConflicts, knownFacts: knownFacts.size, stories: storyCount, companyTable: companyTable(companies) };
}

interface Plant {
  planIndex: number;
  rule: PlantedConflict['rule'];
  fact: string;
  description: string;
  value: number;
  expected: number;
}

/**
 * Makes one article of the story deviate from the others on one fact. Either the earliest article
 * reports an older, different investment amount (value changed over time, like seed 001), or one
 * article states a different figure for a fact of the same period as a sibling published the same day.
 */
function plantConflict(world: World, random: Random, story: Story, plans: ArticlePlan[], planted: Set<string>): Plant | null {
  const S = story.subject;
  const C = story.counterpart;
  if (story.type === 'investment' && C && random.chance(0.4)) {
    const id = factId.investment(S, C);
    if (planted.has(id)) return null;
    planted.add(id);
    const investment = world.investment(S, C);
    // An earlier figure below "unter X" would still agree with it, so that case reports a larger one.
    const factor = investment.qualifier === 'under' ? random.pick([2, 2.5]) : random.pick([0.2, 0.25, 0.4, 0.5]);
    const earlier = niceMoney(investment.value * factor);
    const first = plans[0];
    first.published -= random.int(21, 42);
    first.overrides.set(id, earlier);
    const label = `${S.name} → ${C.name} · investment`;
    return {
      planIndex: 0,
      rule: 'value-changed-over-time',
      fact: id,
      value: earlier,
      expected: investment.value,
      description: `${label}: the earliest article, of ${isoDay(first.published)}, reports ${describeMoney(earlier, C.currency)}; the later ones report ${describeMoney(investment.value, C.currency)}`,
    };
  }

  const candidates: { kind: FactKind; id: string; value: number; qualifier: Qualifier | null; currency: Currency; label: string; unit: 'money' | 'jobs' }[] = [
    { kind: 'capex', id: factId.capex(S), value: world.capex(S).value, qualifier: world.capex(S).qualifier, currency: S.currency, label: `${S.name} · capex 2026`, unit: 'money' },
  ];
  if (C) {
    const round = world.round(C);
    candidates.push(
      { kind: 'fundingRound', id: factId.fundingRound(C), value: round.size, qualifier: round.sizeQualifier, currency: C.currency, label: `${C.name} · funding round`, unit: 'money' },
      { kind: 'valuation', id: factId.valuation(C), value: round.valuation, qualifier: round.valuationQualifier, currency: C.currency, label: `${C.name} · valuation`, unit: 'money' },
    );
  }
  const { latest } = jobRoundsAt(world, S, plans[0].published);
  if (latest && plans.every((plan) => jobRoundsAt(world, S, plan.published).latest === latest)) {
    candidates.push({ kind: 'jobCuts', id: factId.jobCuts(S, latest), value: latest.count, qualifier: latest.qualifier, currency: 'USD', label: `${S.name} · job cuts (${isoDay(latest.day)})`, unit: 'jobs' });
  }
  const open = candidates.filter((candidate) => !planted.has(candidate.id));
  if (open.length === 0) return null;
  const choice = random.pick(open);
  planted.add(choice.id);

  // The deviating article and a sibling that states the true value share a publication day, so the
  // disagreement is within one period whatever period the analysis assigns to an undated figure.
  const deviating = random.int(1, plans.length - 1);
  const sibling = deviating === 1 ? 0 : deviating - 1;
  for (const index of [deviating, sibling]) {
    if (!plans[index].kinds.includes(choice.kind)) plans[index].kinds.push(choice.kind);
  }
  plans[deviating].published = plans[sibling].published;
  // A deviation must fall outside the world value's qualifier range: above "bis zu X", below "mindestens X".
  const factors = choice.qualifier === 'upTo' || choice.qualifier === 'under'
    ? DEVIATION_FACTORS.filter((factor) => factor > 1)
    : choice.qualifier === 'atLeast' || choice.qualifier === 'over'
      ? DEVIATION_FACTORS.filter((factor) => factor < 1)
      : DEVIATION_FACTORS;
  const factor = random.pick(factors);
  const deviated = choice.unit === 'jobs' ? Math.round((choice.value * factor) / 10) * 10 : niceMoney(choice.value * factor);
  plans[deviating].overrides.set(choice.id, deviated);
  const show = (value: number) => (choice.unit === 'jobs' ? `${formatNumber(value, 'en')} jobs` : describeMoney(value, choice.currency));
  return {
    planIndex: deviating,
    rule: 'same-period-disagreement',
    fact: choice.id,
    value: deviated,
    expected: choice.value,
    description: `${choice.label}: one article of ${isoDay(plans[deviating].published)} states ${show(deviated)}; the story's other articles state ${show(choice.value)}`,
  };
}

function companyTable(companies: Company[]): CorpusCompanyRow[] {
  const rows: CorpusCompanyRow[] = companies.map((company) => ({
    name: company.name,
    aliases: [company.short, `${company.name} ${company.legal}`, company.ticker],
    kind: 'company',
  }));
  for (const row of words.EXTRA_COMPANY_FILE_ROWS) rows.push({ name: row.name, aliases: [], kind: row.kind });
  return rows;
}
