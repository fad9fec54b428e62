// Calendar words for the date extractor and the publication-date finder. Everything the date code
// knows about language lives here as data, so a new word form is one table row, not new code.
//
// Words are stored as written in running text. Tables that are consulted by lookup (markers, role
// words, context words) are matched case-insensitively by the code; tables that feed the scanning
// regex (month, weekday, ordinal and relative-day names) list every capitalization that may occur,
// because German capitalization carries meaning ("morgen" is tomorrow, "Morgen" is a morning).

export type DateLanguage = 'de' | 'en';

export interface MonthWord {
  word: string;
  /** 1 = January. */
  month: number;
  /** Abbreviations never stand alone as a date: they need a day or a year beside them. */
  abbreviation: boolean;
}

function months(rows: ReadonlyArray<readonly [string, number]>, abbreviation: boolean): MonthWord[] {
  return rows.map(([word, month]) => ({ word, month, abbreviation }));
}

export const MONTH_WORDS: Readonly<Record<DateLanguage, readonly MonthWord[]>> = {
  de: [
    ...months(
      [
        ['Januar', 1], ['Jänner', 1], ['Februar', 2], ['Feber', 2], ['März', 3], ['Maerz', 3],
        ['April', 4], ['Mai', 5], ['Juni', 6], ['Juli', 7], ['August', 8], ['September', 9],
        ['Oktober', 10], ['November', 11], ['Dezember', 12],
      ],
      false,
    ),
    ...months(
      [
        ['Jan.', 1], ['Feb.', 2], ['Febr.', 2], ['Mär.', 3], ['Mrz.', 3], ['Apr.', 4], ['Jun.', 6],
        ['Jul.', 7], ['Aug.', 8], ['Sep.', 9], ['Sept.', 9], ['Okt.', 10], ['Nov.', 11], ['Dez.', 12],
      ],
      true,
    ),
  ],
  en: [
    ...months(
      [
        ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6],
        ['July', 7], ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
      ],
      false,
    ),
    // English writes abbreviations with and without the dot ("Feb. 5", "Feb 5").
    ...months(
      [
        ['Jan.', 1], ['Jan', 1], ['Feb.', 2], ['Feb', 2], ['Mar.', 3], ['Mar', 3], ['Apr.', 4], ['Apr', 4],
        ['Jun.', 6], ['Jun', 6], ['Jul.', 7], ['Jul', 7], ['Aug.', 8], ['Aug', 8], ['Sept.', 9],
        ['Sept', 9], ['Sep.', 9], ['Sep', 9], ['Oct.', 10], ['Oct', 10], ['Nov.', 11], ['Nov', 11],
        ['Dec.', 12], ['Dec', 12],
      ],
      true,
    ),
  ],
};

export interface WeekdayWord {
  word: string;
  /** 0 = Sunday, as JavaScript's getUTCDay counts. */
  weekday: number;
}

export const WEEKDAY_WORDS: Readonly<Record<DateLanguage, readonly WeekdayWord[]>> = {
  de: [
    { word: 'Sonntag', weekday: 0 }, { word: 'Montag', weekday: 1 }, { word: 'Dienstag', weekday: 2 },
    { word: 'Mittwoch', weekday: 3 }, { word: 'Donnerstag', weekday: 4 }, { word: 'Freitag', weekday: 5 },
    { word: 'Samstag', weekday: 6 }, { word: 'Sonnabend', weekday: 6 },
  ],
  en: [
    { word: 'Sunday', weekday: 0 }, { word: 'Monday', weekday: 1 }, { word: 'Tuesday', weekday: 2 },
    { word: 'Wednesday', weekday: 3 }, { word: 'Thursday', weekday: 4 }, { word: 'Friday', weekday: 5 },
    { word: 'Saturday', weekday: 6 },
  ],
};

/**
 * German joins a part of the day to the weekday ("Freitagabend"); the compound still names that day.
 * Other compounds ("Freitagshandel") are left alone because they name something else.
 */
export const WEEKDAY_PART_SUFFIXES: Readonly<Record<DateLanguage, readonly string[]>> = {
  de: ['abend', 'morgen', 'vormittag', 'nachmittag', 'mittag', 'nacht'],
  en: [],
};

export interface OrdinalWord {
  word: string;
  value: number;
}

function ordinals(rows: ReadonlyArray<readonly [number, readonly string[]]>): OrdinalWord[] {
  return rows.flatMap(([value, words]) => words.map((word) => ({ word, value })));
}

/** Ordinals that number a quarter or a half ("vierte Quartal", "first half"), with sentence-initial forms. */
export const PERIOD_ORDINALS: Readonly<Record<DateLanguage, readonly OrdinalWord[]>> = {
  de: ordinals([
    [1, ['erste', 'ersten', 'erstes', 'Erste', 'Ersten', 'Erstes', '1.']],
    [2, ['zweite', 'zweiten', 'zweites', 'Zweite', 'Zweiten', 'Zweites', '2.']],
    [3, ['dritte', 'dritten', 'drittes', 'Dritte', 'Dritten', 'Drittes', '3.']],
    [4, ['vierte', 'vierten', 'viertes', 'Vierte', 'Vierten', 'Viertes', '4.']],
  ]),
  en: ordinals([
    [1, ['first', 'First']],
    [2, ['second', 'Second']],
    [3, ['third', 'Third']],
    [4, ['fourth', 'Fourth']],
  ]),
};

/** Nouns for a quarter and a half year, in the inflections that follow an ordinal. */
export const PERIOD_NOUNS: Readonly<Record<DateLanguage, readonly { word: string; period: 'quarter' | 'half' }[]>> = {
  de: [
    { word: 'Quartal', period: 'quarter' }, { word: 'Quartals', period: 'quarter' },
    { word: 'Quartales', period: 'quarter' }, { word: 'Halbjahr', period: 'half' },
    { word: 'Halbjahres', period: 'half' }, { word: 'Halbjahrs', period: 'half' },
    { word: 'Jahreshälfte', period: 'half' },
  ],
  en: [
    { word: 'quarter', period: 'quarter' }, { word: 'half', period: 'half' },
  ],
};

/**
 * Words that may stand between a quarter/half noun and its year: "Quartal des Jahres 2025",
 * "quarter of 2025". Each entry is a sequence of words separated by single spaces.
 */
export const PERIOD_YEAR_LINKS: Readonly<Record<DateLanguage, readonly string[]>> = {
  de: ['des Jahres'],
  en: ['of', 'of fiscal', 'of the year'],
};

/** Short period tokens: "Q1".."Q4" are quarters, "H1"/"H2" halves. H tokens need a year ("H2" is also hydrogen). */
export const PERIOD_TOKENS = {
  quarterLetter: 'Q',
  halfLetter: 'H',
} as const;

export interface RelativeDayWord {
  word: string;
  /** Days from the publication date. */
  offset: number;
}

/** Relative day words, exactly as they may be written; "Morgen" (capitalized) is a morning, not tomorrow. */
export const RELATIVE_DAY_WORDS: Readonly<Record<DateLanguage, readonly RelativeDayWord[]>> = {
  de: [
    { word: 'heute', offset: 0 }, { word: 'Heute', offset: 0 },
    { word: 'gestern', offset: -1 }, { word: 'Gestern', offset: -1 },
    { word: 'vorgestern', offset: -2 }, { word: 'Vorgestern', offset: -2 },
    { word: 'morgen', offset: 1 },
    { word: 'übermorgen', offset: 2 }, { word: 'Übermorgen', offset: 2 },
  ],
  en: [
    { word: 'today', offset: 0 }, { word: 'Today', offset: 0 },
    { word: 'yesterday', offset: -1 }, { word: 'Yesterday', offset: -1 },
    { word: 'tomorrow', offset: 1 }, { word: 'Tomorrow', offset: 1 },
  ],
};

/**
 * Words right before a weekday, month or period that point forward ("kommenden Freitag", "next
 * Friday") or back ("letzten Freitag", "last Friday"). They become part of the mention because they
 * change its meaning. Matched case-insensitively.
 */
export const FUTURE_MARKERS: Readonly<Record<DateLanguage, readonly string[]>> = {
  de: [
    'kommende', 'kommenden', 'kommender', 'kommendes', 'nächste', 'nächsten', 'nächster', 'nächstes',
    'naechste', 'naechsten', 'folgende', 'folgenden',
  ],
  en: ['next', 'coming', 'upcoming'],
};

export const PAST_MARKERS: Readonly<Record<DateLanguage, readonly string[]>> = {
  de: [
    'vergangene', 'vergangenen', 'vergangener', 'vergangenes', 'letzte', 'letzten', 'letzter', 'letztes',
    'vorige', 'vorigen', 'voriger', 'voriges',
  ],
  en: ['last', 'past', 'previous'],
};

/**
 * Words that name a point inside a period and belong to the mention: "Ende Q1 2026", "Anfang 2026".
 * `direct` words stand right before the date; `linked` words need a link word first ("Ende des
 * ersten Quartals", "end of 2026"). Matched case-insensitively.
 */
export const POINT_PREFIXES: Readonly<Record<DateLanguage, { direct: readonly string[]; linked: readonly string[]; links: readonly string[] }>> = {
  de: { direct: ['ende', 'anfang', 'mitte', 'beginn'], linked: ['ende', 'anfang', 'mitte', 'beginn'], links: ['des'] },
  en: { direct: ['early', 'late', 'mid'], linked: ['end', 'beginning', 'start', 'middle'], links: ['of', 'of the'] },
};

/**
 * How the word before a date sets its role: "seit 2023" is since, "bis Ende Q1 2026" is until.
 * `future` says the word looks ahead, so a year-less month or weekday after it lies on or after the
 * publication date ("ab Oktober", "bis Freitag"). Matched case-insensitively.
 */
export interface RoleWord {
  word: string;
  role: 'since' | 'until';
  future: boolean;
}

export const ROLE_WORDS: Readonly<Record<DateLanguage, readonly RoleWord[]>> = {
  de: [
    { word: 'seit', role: 'since', future: false },
    { word: 'ab', role: 'since', future: true },
    { word: 'bis', role: 'until', future: true },
    { word: 'spätestens', role: 'until', future: true },
  ],
  en: [
    { word: 'since', role: 'since', future: false },
    { word: 'until', role: 'until', future: true },
    { word: 'till', role: 'until', future: true },
    { word: 'through', role: 'until', future: true },
    { word: 'by', role: 'until', future: true },
  ],
};

/** Articles skipped between a role word and its date: "seit dem 1. Januar", "bis zum 5. Februar", "since the fourth quarter". */
export const ARTICLES_BEFORE_DATE: Readonly<Record<DateLanguage, readonly string[]>> = {
  de: ['dem', 'den', 'der', 'des', 'das', 'die', 'zum', 'zur'],
  en: ['the'],
};

/**
 * A month name without a day or year is a date only after one of these words ("im Oktober", "seit
 * Oktober"); otherwise "Mai" or "August" may be a name. Markers and point prefixes count as well.
 */
export const BARE_MONTH_CONTEXT: Readonly<Record<DateLanguage, readonly string[]>> = {
  de: ['im', 'in', 'seit', 'ab', 'bis', 'vom', 'von', 'zum', 'am', 'vor', 'nach', 'monat', 'diesen', 'dieses'],
  en: ['in', 'since', 'until', 'till', 'by', 'from', 'during', 'through', 'before', 'after', 'this', 'of'],
};

/**
 * A four-digit number followed by one of these is an amount or a count, not a year ("2026 Stellen",
 * "2000 Euro"). Matched case-insensitively against the next word (letters only, so "Mio." → "mio").
 */
export const YEAR_BLOCKING_FOLLOWERS: readonly string[] = [
  // Scale words.
  'tausend', 'mio', 'mill', 'million', 'millionen', 'mrd', 'milliarde', 'milliarden', 'billion', 'billionen',
  'thousand', 'millions', 'bn', 'billions', 'trillion', 'k', 'm',
  // Currencies.
  'euro', 'dollar', 'us', 'usd', 'eur', 'chf', 'gbp', 'jpy', 'franken', 'pfund', 'yen', 'cent', 'dollars',
  'pounds', 'francs',
  // Percent and points.
  'prozent', 'prozentpunkte', 'percent', 'punkte', 'punkten', 'punkt', 'points', 'basispunkte', 'bp',
  // Units of counts.
  'stellen', 'stelle', 'jobs', 'job', 'mitarbeiter', 'mitarbeitern', 'mitarbeitende', 'mitarbeitenden',
  'beschäftigte', 'beschäftigten', 'angestellte', 'angestellten', 'menschen', 'personen', 'leute',
  'kunden', 'aktien', 'stück', 'filialen', 'läden', 'geschäfte', 'standorte', 'fahrzeuge', 'autos',
  'employees', 'workers', 'people', 'staff', 'positions', 'shares', 'stores', 'customers', 'units',
  'vehicles', 'roles',
  // Units of measure and time of day.
  'uhr', 'km', 'kilometer', 'meter', 'tonnen', 'tons', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'mal', 'times',
  'stunden', 'hours', 'tage', 'days', 'jahre', 'years', 'wochen', 'weeks', 'monate', 'months',
];

/** A four-digit number after one of these words is an amount ("rund 2000"), not a year. Case-insensitive. */
export const YEAR_BLOCKING_PRECEDERS: readonly string[] = [
  'rund', 'etwa', 'ca', 'circa', 'zirka', 'knapp', 'mindestens', 'höchstens', 'insgesamt', 'weitere',
  'about', 'around', 'approximately', 'nearly', 'roughly', 'some', 'almost', 'usd', 'eur',
  'chf', 'gbp', 'jpy', 'nr', 'no', 'nummer', 'number',
];

/** Currency signs that turn a following number into an amount. */
export const CURRENCY_SIGNS = '$€£¥';

/**
 * Labels of a dateline: a line that starts with one of these and then a full date ("date
 * 2026-01-30", "Veröffentlicht am 30.01.2026", "Published: Feb. 3, 2026"). Matched
 * case-insensitively; both languages are always tried because page scaffolding is often English.
 */
export const DATELINE_LABELS: readonly string[] = [
  'date', 'datum', 'published', 'published on', 'publication date', 'posted', 'posted on', 'updated',
  'veröffentlicht', 'veröffentlicht am', 'erschienen', 'erschienen am', 'stand', 'aktualisiert',
  'aktualisiert am', 'publiziert', 'publiziert am',
];

/**
 * Footer phrases that name the publication day, usually without a year: "Analyse vom 03. Februar",
 * "Analysis from February 3". Matched case-sensitively as written, also at the end of a compound
 * ("Gratis-Analyse vom").
 */
export const PUBLICATION_FOOTER_LABELS: Readonly<Record<DateLanguage, readonly string[]>> = {
  de: ['Analyse vom', 'Artikel vom', 'Beitrag vom', 'Ausgabe vom', 'Meldung vom'],
  en: ['Analysis from', 'Analysis of', 'analysis from', 'analysis of', 'Article from', 'Report from'],
};

/** Escapes a word for use inside a regular expression. */
export function escapeForRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A regex alternation of the given words, longest first so that "Sept." wins over "Sep." and
 * "Halbjahres" over "Halbjahr" (JavaScript alternation takes the first alternative that matches).
 */
export function wordAlternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(escapeForRegex)
    .join('|');
}
