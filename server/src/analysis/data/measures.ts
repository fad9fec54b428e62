// Measures: what a figure states, recognized by trigger words near it. Data, not code: a new
// measure is one row here.
//
// Trigger syntax: lower-case words matched at the start of a word or of a compound part after a
// hyphen ("beteiligung" finds "OpenAI-Beteiligung"). A trailing "*" also matches longer words, for
// German inflection and compounds ("investition*" finds "Investitionen"); without it the word must
// end there. "a … b" means a, then b later in the same clause ("steckt … in", "baut … ab").

/** Which kinds of figure a measure takes. "jobs" is any count of jobs or employees. */
export type MeasureUnit = 'money' | 'percent' | 'jobs' | 'count' | 'date';

/**
 * Where a claim's period comes from when the sentence has no date of its own:
 * - day: the day (share prices, daily moves), defaulting to the publication date;
 * - fiscal: the year or quarter reported on, defaulting to the publication year;
 * - event: an explicit month, quarter or year; otherwise "current" (the story as it stands);
 * - resultQuarter: for results dates, the quarter before the date.
 */
export type PeriodMode = 'day' | 'fiscal' | 'event' | 'resultQuarter';

export interface MeasureRow {
  id: string;
  /** Readable name used in fact labels: "investment". */
  label: string;
  triggers: string[];
  units: MeasureUnit[];
  period: PeriodMode;
  /** Does the fact have a counterpart ("Amazon → OpenAI")? */
  counterpart?: boolean;
  /** Whose figure it is: the nearest broker or bank for price targets. */
  subject?: 'broker';
  /** Words anywhere in the sentence that make it a more specific measure. */
  refinements?: { words: string[]; measure: string }[];
}

export const MEASURES: readonly MeasureRow[] = [
  {
    id: 'investment', label: 'investment', units: ['money', 'percent'], period: 'event', counterpart: true,
    triggers: ['investiert', 'investieren', 'investiere', 'investierte', 'investierten', 'investition*', 'investment*', 'beteiligung*', 'beteiligen',
      'einstieg*', 'einsteigen', 'steckt … in', 'stecken … in', 'steckte … in', 'verhandlungen über', 'gespräche über',
      'invest', 'invests', 'invested', 'investing', 'stake', 'pump … into', 'put … into'],
    refinements: [{ words: ['rechenzentren', 'data center', 'data centre', 'rechenzentrum'], measure: 'capex' }],
  },
  {
    id: 'valuation', label: 'valuation', units: ['money'], period: 'event',
    triggers: ['bewertet', 'bewerten', 'bewertung*', 'valued at', 'valuation', 'valuing', 'value … at', 'values … at'],
    refinements: [{ words: ['börsengang', 'ipo', 'börsengänge', 'going public', 'listing'], measure: 'ipoValuation' }],
  },
  { id: 'ipoValuation', label: 'IPO valuation', units: ['money'], period: 'event', triggers: [] },
  {
    id: 'fundingRound', label: 'funding round', units: ['money'], period: 'event',
    triggers: ['finanzierungsrunde*', 'einsammeln', 'einzusammeln', 'sammelt … ein', 'funding round', 'raise', 'raises',
      'raised', 'raising'],
  },
  {
    id: 'jobCuts', label: 'job cuts', units: ['jobs'], period: 'event',
    triggers: ['streichen', 'streicht', 'gestrichen', 'zu streichen', 'stellenstreichung*', 'stellenabbau*', 'abbau',
      'abbauen', 'abzubauen', 'baut … ab', 'bauen … ab', 'entlassung*', 'entlässt', 'kündigung*', 'trennte sich … von',
      'trennt sich … von', 'restrukturierung*', 'kahlschlag', 'stellen weniger', 'cut', 'cuts', 'cutting', 'layoff', 'layoffs',
      'lay off', 'laid off', 'eliminate', 'eliminating'],
    refinements: [{ words: ['in summe', 'insgesamt', 'in total', 'in all', 'kumuliert', 'zusammengenommen'], measure: 'jobCutsTotal' }],
  },
  { id: 'jobCutsTotal', label: 'job cuts in total', units: ['jobs'], period: 'event', triggers: [] },
  {
    id: 'headcount', label: 'headcount', units: ['jobs'], period: 'event',
    triggers: ['belegschaft*', 'beschäftigt', 'workforce', 'employs', 'headcount'],
  },
  {
    id: 'sharePrice', label: 'share price', units: ['money'], period: 'day',
    triggers: ['notiert … bei', 'notierte … bei', 'schloss … bei', 'schließt … bei', 'schlusskurs', 'closed at',
      'trades at', 'traded at', 'trading at', 'ended at'],
  },
  {
    id: 'week52High', label: '52-week high', units: ['money'], period: 'day',
    triggers: ['52-wochen-hoch*', '52-week high', 'rekordhoch*', 'allzeithoch*', 'all-time high'],
  },
  {
    id: 'priceTarget', label: 'price target', units: ['money'], period: 'event', subject: 'broker',
    triggers: ['kursziel*', 'sieht … bei', 'price target', 'target price'],
  },
  {
    id: 'capex', label: 'capex', units: ['money'], period: 'fiscal',
    triggers: ['kapitalausgaben*', 'kapex*', 'capex', 'capital expenditure', 'capital spending', 'investitionen in rechenzentren'],
  },
  {
    id: 'revenue', label: 'revenue', units: ['money'], period: 'fiscal',
    triggers: ['umsatz*', 'umsätze*', 'erlös*', 'revenue', 'revenues', 'sales'],
  },
  {
    id: 'eps', label: 'EPS', units: ['money'], period: 'fiscal',
    triggers: ['gewinn je aktie', 'ergebnis je aktie', 'earnings per share', 'eps'],
  },
  {
    id: 'profit', label: 'profit', units: ['money'], period: 'fiscal',
    triggers: ['nettogewinn*', 'gewinn', 'net income', 'profit', 'operating income'],
  },
  {
    id: 'growth', label: 'growth', units: ['percent'], period: 'fiscal',
    triggers: ['wuchs', 'wächst', 'wachstum*', 'grew', 'growth of'],
  },
  {
    id: 'dailyMove', label: 'daily move', units: ['percent'], period: 'day',
    triggers: ['minus von', 'plus von', 'rückgang von', 'anstieg von', 'verlor', 'gewann', 'fiel um', 'stieg um',
      'sank um', 'a drop of', 'a gain of', 'fell', 'rose', 'dropped', 'gained'],
  },
  {
    id: 'dataCentreCampus', label: 'data-centre campus', units: ['money'], period: 'event', counterpart: true,
    triggers: ['rechenzentrumscampus', 'data-center-campus', 'campus', 'data center campus', 'data centre campus'],
  },
  {
    id: 'resultsDate', label: 'results date', units: ['date'], period: 'resultQuarter',
    triggers: ['quartalszahlen', 'zahlen', 'jahreszahlen', 'ergebnisse', 'results', 'earnings', 'bilanz'],
  },
];
