// Tables for reading figures: scale words, number words, currencies, qualifiers and count units.
// Knowledge lives here as data; the extractors only look words up.

import type { Qualifier } from '../model';

/** A lookup table without a prototype, so a word such as "constructor" is never found in it. */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Scale words per language, keyed by their lower-case spelling (without a trailing dot). */
export const SCALE_WORDS: Record<'de' | 'en', Readonly<Record<string, number>>> = {
  de: table({
    tausend: 1e3, tsd: 1e3,
    mio: 1e6, million: 1e6, millionen: 1e6, mn: 1e6,
    mrd: 1e9, milliarde: 1e9, milliarden: 1e9, bn: 1e9, bio: 1e12,
    // A German "Billion" is 10^12 and a "Billiarde" 10^15 (long scale).
    billion: 1e12, billionen: 1e12, billiarde: 1e15, billiarden: 1e15,
  }),
  en: table({
    thousand: 1e3, k: 1e3,
    m: 1e6, mn: 1e6, mio: 1e6, million: 1e6, millions: 1e6,
    b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9,
    t: 1e12, tn: 1e12, trillion: 1e12, trillions: 1e12,
  }),
};

/** Scale abbreviations that may be glued to the digits ("5bn", "3,2Mrd."). */
export const GLUED_SCALES: Record<'de' | 'en', Readonly<Record<string, number>>> = {
  de: table({ bn: 1e9, mrd: 1e9, mio: 1e6, mn: 1e6, tsd: 1e3 }),
  en: table({ bn: 1e9, b: 1e9, m: 1e6, mn: 1e6, k: 1e3, tn: 1e12 }),
};

/** Number words that may stand for the digits when a scale or unit follows ("acht Milliarden"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = table({
  ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, eins: 1,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
});

/** Currency words and symbols → ISO 4217 code. Keys are lower-case. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = table({
  'us-dollar': 'USD', 'us-dollars': 'USD', dollar: 'USD', dollars: 'USD', usd: 'USD', $: 'USD',
  'us$': 'USD', 'us-$': 'USD',
  euro: 'EUR', euros: 'EUR', eur: 'EUR', '€': 'EUR',
  franken: 'CHF', chf: 'CHF', 'schweizer franken': 'CHF',
  pfund: 'GBP', gbp: 'GBP', '£': 'GBP', pounds: 'GBP', pound: 'GBP', 'britische pfund': 'GBP',
  yen: 'JPY', jpy: 'JPY', '¥': 'JPY',
  yuan: 'CNY', renminbi: 'CNY', cny: 'CNY',
});

/** Symbols and codes that may stand before the amount ("€ 3,2 Mrd.", "USD 5bn", "$50 billion"). */
export const PREFIX_CURRENCIES: Readonly<Record<string, string>> = table({
  $: 'USD', 'us$': 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP',
  chf: 'CHF', '¥': 'JPY', jpy: 'JPY',
});

/** The default currency of an article when none is written anywhere. */
export const DEFAULT_CURRENCY: Record<'de' | 'en', string> = { de: 'EUR', en: 'USD' };

/**
 * Qualifier phrases before a figure, lower-case, longest first so "mehr als" wins over "als".
 * knapp means slightly less and gut slightly more; both read as "about".
 */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['bis zu', 'upTo'], ['bis', 'upTo'], ['maximal', 'upTo'], ['höchstens', 'upTo'],
  ['up to', 'upTo'], ['as much as', 'upTo'],
  ['mindestens', 'atLeast'], ['wenigstens', 'atLeast'], ['at least', 'atLeast'],
  ['rund', 'about'], ['etwa', 'about'], ['ca.', 'about'], ['circa', 'about'], ['zirka', 'about'],
  ['knapp', 'about'], ['gut', 'about'], ['ungefähr', 'about'], ['annähernd', 'about'],
  ['nahezu', 'about'], ['fast', 'about'], ['beinahe', 'about'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['nearly', 'about'], ['almost', 'about'], ['some', 'about'], ['approx.', 'about'],
  ['unter', 'under'], ['weniger als', 'under'], ['less than', 'under'], ['under', 'under'],
  ['below', 'under'],
  ['mehr als', 'over'], ['über', 'over'], ['more than', 'over'], ['over', 'over'],
  ['above', 'over'],
];

/** Words that turn a number into a percentage. */
export const PERCENT_WORDS: Readonly<Record<string, 'percent' | 'percentagePoints'>> = table({
  prozent: 'percent', '%': 'percent', percent: 'percent', 'per cent': 'percent', pct: 'percent',
  prozentpunkte: 'percentagePoints', prozentpunkten: 'percentagePoints', prozentpunkt: 'percentagePoints',
  'percentage points': 'percentagePoints', 'percentage point': 'percentagePoints', pp: 'percentagePoints',
});

/**
 * Count units: the ending of the noun after the number → normalized unit. Endings match compounds
 * too ("Corporate-Stellen", "Verwaltungsstellen", "Stellenstreichungen"). Checked in order.
 */
export const COUNT_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['stellenstreichungen', 'jobs'], ['stellen', 'jobs'], ['stelle', 'jobs'], ['jobs', 'jobs'],
  ['arbeitsplätze', 'jobs'], ['arbeitsplätzen', 'jobs'], ['positionen', 'jobs'], ['position', 'jobs'],
  ['roles', 'jobs'], ['positions', 'jobs'], ['job', 'jobs'],
  ['mitarbeitern', 'employees'], ['mitarbeiter', 'employees'], ['mitarbeiterinnen', 'employees'],
  ['beschäftigten', 'employees'], ['beschäftigte', 'employees'], ['angestellten', 'employees'],
  ['angestellte', 'employees'], ['employees', 'employees'], ['workers', 'employees'], ['staff', 'employees'],
  ['aktien', 'shares'], ['shares', 'shares'],
  ['filialen', 'stores'], ['läden', 'stores'], ['geschäfte', 'stores'], ['stores', 'stores'],
  ['kunden', 'customers'], ['customers', 'customers'], ['nutzer', 'users'], ['nutzern', 'users'],
  ['users', 'users'], ['abonnenten', 'subscribers'], ['subscribers', 'subscribers'],
  ['fahrzeuge', 'vehicles'], ['fahrzeugen', 'vehicles'], ['autos', 'vehicles'], ['vehicles', 'vehicles'],
  ['rechenzentren', 'dataCentres'], ['standorte', 'sites'], ['standorten', 'sites'],
];

/** How quantity units group into one dimension for comparing facts: jobs and employees are both people. */
export const UNIT_DIMENSION: Readonly<Record<string, string>> = table({ jobs: 'jobs', employees: 'jobs' });

/** Words after a number that mean it is not a figure at all (time spans, ranks). */
export const NOT_A_FIGURE_AFTER: ReadonlySet<string> = new Set([
  'wochen', 'woche', 'tage', 'tagen', 'tag', 'monate', 'monaten', 'jahre', 'jahren', 'jahr', 'uhr',
  'stunden', 'minuten', 'weeks', 'week', 'days', 'months', 'years', 'hours', 'minutes', 'am', 'pm',
]);

/** Nouns before a bare number that make it money in the article's currency ("Kursziel 300"). */
export const MONEY_CONTEXT_BEFORE: ReadonlySet<string> = new Set(['kursziel', 'kursziels', 'target']);
