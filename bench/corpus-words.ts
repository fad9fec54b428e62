// Word tables for the synthetic benchmark corpus. They are data, not code, so that the generator in
// corpus.ts stays a small set of rules and a reader can extend the vocabulary without touching logic.
// Every name here is invented (except well-known brokers and outlets, which real articles cite too),
// so the corpus never states a false fact about a real company.

/** First syllables of invented company names; combined with NAME_ENDINGS to make ~800 candidates. */
export const NAME_STARTS = [
  'Vel', 'Nor', 'Kes', 'Bri', 'Tal', 'Mar', 'Ost', 'Quin', 'Ar', 'Zen', 'Lum', 'Cor', 'Sol', 'Ter',
  'Fal', 'Hel', 'Ver', 'Alt', 'Bel', 'Cas', 'Dor', 'Fen', 'Gal', 'Hal', 'Kal', 'Lin', 'Mer', 'Nex',
  'Or', 'Pra', 'Ril', 'Sen', 'Tor', 'Vex', 'Wen', 'Syl', 'Tri', 'Ald', 'Bro', 'Cyr',
] as const;

/** Last syllables of invented company names. */
export const NAME_ENDINGS = [
  'tora', 'vik', 'rel', 'nex', 'ion', 'ara', 'ium', 'eon', 'ova', 'ant', 'ix', 'ora', 'ent', 'ia',
  'ico', 'yx', 'and', 'ero', 'ith', 'ane',
] as const;

/** A company's line of business: the name suffix and how articles describe it in each language. */
export interface Sector {
  suffix: string;
  de: string;
  en: string;
  /** A business segment the growth sentences talk about ("die Cloud-Sparte"). */
  segmentDe: string;
  segmentEn: string;
  /** True for young, private companies that raise funding rounds instead of trading on an exchange. */
  startup: boolean;
  /** Grammatical gender of the German noun, for "in den KI-Entwickler" / "in das Biotech-Startup". */
  genderDe: 'm' | 'n';
}

/** Sectors with the nouns articles use for them. */
export const SECTORS: readonly Sector[] = [
  { suffix: 'AI', de: 'KI-Entwickler', en: 'AI developer', segmentDe: 'Modell', segmentEn: 'model', startup: true, genderDe: 'm' },
  { suffix: 'Labs', de: 'KI-Labor', en: 'AI lab', segmentDe: 'Lizenz', segmentEn: 'licensing', startup: true, genderDe: 'n' },
  { suffix: 'Bio', de: 'Biotech-Startup', en: 'biotech start-up', segmentDe: 'Forschungs', segmentEn: 'research', startup: true, genderDe: 'n' },
  { suffix: 'Robotics', de: 'Robotik-Startup', en: 'robotics start-up', segmentDe: 'Industrie', segmentEn: 'industrial', startup: true, genderDe: 'n' },
  { suffix: 'Quantum', de: 'Quantencomputer-Startup', en: 'quantum computing start-up', segmentDe: 'Hardware', segmentEn: 'hardware', startup: true, genderDe: 'n' },
  { suffix: 'Systems', de: 'Softwarekonzern', en: 'software group', segmentDe: 'Cloud', segmentEn: 'cloud', startup: false, genderDe: 'm' },
  { suffix: 'Technologies', de: 'Technologiekonzern', en: 'technology group', segmentDe: 'Plattform', segmentEn: 'platform', startup: false, genderDe: 'm' },
  { suffix: 'Energie', de: 'Energieversorger', en: 'utility', segmentDe: 'Netz', segmentEn: 'grid', startup: false, genderDe: 'm' },
  { suffix: 'Pharma', de: 'Pharmakonzern', en: 'drugmaker', segmentDe: 'Onkologie', segmentEn: 'oncology', startup: false, genderDe: 'm' },
  { suffix: 'Logistik', de: 'Logistikkonzern', en: 'logistics group', segmentDe: 'Express', segmentEn: 'express', startup: false, genderDe: 'm' },
  { suffix: 'Semiconductors', de: 'Chiphersteller', en: 'chipmaker', segmentDe: 'Rechenzentrums', segmentEn: 'data-centre', startup: false, genderDe: 'm' },
  { suffix: 'Motors', de: 'Autobauer', en: 'carmaker', segmentDe: 'Elektro', segmentEn: 'electric-vehicle', startup: false, genderDe: 'm' },
  { suffix: 'Retail', de: 'Handelskonzern', en: 'retailer', segmentDe: 'Online', segmentEn: 'online', startup: false, genderDe: 'm' },
  { suffix: 'Networks', de: 'Telekomkonzern', en: 'telecoms group', segmentDe: 'Mobilfunk', segmentEn: 'mobile', startup: false, genderDe: 'm' },
  { suffix: 'Materials', de: 'Chemiekonzern', en: 'chemicals group', segmentDe: 'Spezialchemie', segmentEn: 'speciality chemicals', startup: false, genderDe: 'm' },
  { suffix: 'Aerospace', de: 'Luftfahrtkonzern', en: 'aerospace group', segmentDe: 'Verteidigungs', segmentEn: 'defence', startup: false, genderDe: 'm' },
  { suffix: 'Foods', de: 'Lebensmittelkonzern', en: 'food group', segmentDe: 'Getränke', segmentEn: 'beverages', startup: false, genderDe: 'm' },
  { suffix: 'Health', de: 'Medizintechnikkonzern', en: 'medtech group', segmentDe: 'Diagnostik', segmentEn: 'diagnostics', startup: false, genderDe: 'm' },
  { suffix: 'Mobility', de: 'Mobilitätskonzern', en: 'mobility group', segmentDe: 'Sharing', segmentEn: 'sharing', startup: false, genderDe: 'm' },
  { suffix: 'Cloud', de: 'Cloud-Anbieter', en: 'cloud provider', segmentDe: 'Infrastruktur', segmentEn: 'infrastructure', startup: false, genderDe: 'm' },
];

/** Legal forms by the company's home language. */
export const LEGAL_FORMS = { de: ['AG', 'SE', 'GmbH & Co. KGaA'], en: ['Inc.', 'Corp.', 'plc', 'Ltd.'] } as const;

/** Stock exchanges a ticker is quoted on. */
export const EXCHANGES = ['Nasdaq', 'NYSE', 'Xetra', 'LSE'] as const;

/** Brokers that publish price targets: a mix of real-looking invented houses and common names. */
export const BROKERS = [
  'JPMorgan', 'RBC Capital Markets', 'Goldman Sachs', 'Morgan Stanley', 'Deutsche Bank', 'Jefferies',
  'Bernstein', 'Barclays', 'UBS', 'Berenberg', 'Hartmann & Voss', 'Nordkap Research', 'Keller Brothers',
  'Lindqvist Securities', 'Warburg Research',
] as const;

/**
 * Brokers and outlets above that a reader would add to the workspace company file, because they are
 * invented or less known; the well-known ones are left to finnews's built-in table.
 */
export const EXTRA_COMPANY_FILE_ROWS = [
  { name: 'Hartmann & Voss', kind: 'broker' },
  { name: 'Nordkap Research', kind: 'broker' },
  { name: 'Keller Brothers', kind: 'broker' },
  { name: 'Lindqvist Securities', kind: 'broker' },
  { name: 'Börsen-Zeitung', kind: 'media' },
  { name: 'finanzen.net', kind: 'media' },
  { name: 'MarketWatch', kind: 'media' },
] as const;

/** News outlets cited as sources and used as folder names. */
export const OUTLETS = [
  'Reuters', 'Bloomberg', 'Handelsblatt', 'CNBC', 'Wall Street Journal', 'Financial Times',
  'Börsen-Zeitung', 'wallstreetONLINE', 'finanzen.net', 'GeekWire', 'Der Aktionär', 'MarketWatch',
] as const;

export const FIRST_NAMES = [
  'Andrea', 'Jonas', 'Mara', 'Felix', 'Sofia', 'Lukas', 'Hanna', 'Daniel', 'Clara', 'Tobias', 'Nina',
  'Oliver', 'Lea', 'Martin', 'Julia', 'Pascal', 'Emma', 'David', 'Sarah', 'Thomas', 'Grace', 'Ethan',
  'Olivia', 'Marcus', 'Priya', 'Samuel', 'Chloe', 'Noah', 'Amelia', 'Victor',
] as const;

export const LAST_NAMES = [
  'Berger', 'Hoffmann', 'Lindner', 'Kraus', 'Vogel', 'Brandt', 'Seidel', 'Winter', 'Hartwig', 'Keller',
  'Okafor', 'Whitfield', 'Navarro', 'Chen', 'Sørensen', 'Delacroix', 'Moreau', 'Ashford', 'Reyes',
  'Patel', 'Lindqvist', 'Grunow', 'Falk', 'Engel', 'Marsh',
] as const;

export const CITIES = [
  'München', 'Frankfurt', 'Hamburg', 'Berlin', 'Stuttgart', 'Düsseldorf', 'Seattle', 'Austin', 'Boston',
  'London', 'Dublin', 'Zürich', 'Luxemburg', 'Amsterdam', 'Toronto', 'Indiana',
] as const;

export const MONTHS_DE = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
  'November', 'Dezember',
] as const;

export const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
] as const;

/** AP-style month abbreviations, as in "Feb. 5"; short months are written out. */
export const MONTHS_EN_SHORT = [
  'Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
] as const;

/** Weekday names, Sunday first, to match Date.getUTCDay(). */
export const WEEKDAYS_DE = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'] as const;
export const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** German number words as they appear before "Milliarden": "rund acht Milliarden Euro". */
export const NUMBER_WORDS_DE: Readonly<Record<number, string>> = {
  2: 'zwei', 3: 'drei', 4: 'vier', 5: 'fünf', 6: 'sechs', 7: 'sieben', 8: 'acht', 9: 'neun', 10: 'zehn',
  11: 'elf', 12: 'zwölf',
};

/** Dative ordinals: "im vierten Quartal". */
export const ORDINAL_QUARTERS_DE = ['ersten', 'zweiten', 'dritten', 'vierten'] as const;
/** Accusative ordinals after "das": "für das vierte Quartal". */
export const ORDINAL_QUARTERS_DE_ACCUSATIVE = ['erste', 'zweite', 'dritte', 'vierte'] as const;
export const ORDINAL_QUARTERS_EN = ['first', 'second', 'third', 'fourth'] as const;

/** The words a qualifier is written with, per language; the generator picks one at random. */
export const QUALIFIER_WORDS = {
  de: {
    upTo: ['bis zu', 'bis zu', 'bis zu', 'bis'],
    atLeast: ['mindestens'],
    about: ['rund', 'rund', 'etwa', 'ca.', 'ungefähr'],
    under: ['unter', 'weniger als'],
    over: ['über', 'mehr als'],
  },
  en: {
    upTo: ['up to'],
    atLeast: ['at least'],
    about: ['about', 'around', 'roughly', 'some'],
    under: ['under', 'less than'],
    over: ['more than', 'over'],
  },
} as const;

/** Section headings, German. */
export const HEADINGS_DE = [
  'Strategische Doppelführung', 'Die Architektur des Deals', 'Wie die Börse reagiert', 'Zahlen und Ausblick',
  'Spannung vor den Zahlen', 'Umbau für die KI-Dominanz', 'Kostenstruktur im Umbau', 'Hohe Investitionen, naher Ergebnis-Termin',
  'Bewertung nahe der Rekordmarke', 'Strategische Schlacht der Branchengrößen', 'Interessenkonflikt?', 'Was Analysten sagen',
  'Der Blick auf die Bilanz', 'Sparkurs im Kerngeschäft', 'Milliarden für Rechenzentren', 'Die Chip-Frage',
  'Was Anleger jetzt wissen müssen', 'Risiken und Chancen', 'Hintergrund', 'Ausblick', 'Die Reaktion der Konkurrenz',
  'Neue Allianzen', 'Der Markt bleibt skeptisch', 'Rückenwind für die Aktie', 'Fragen an das Management',
] as const;

/** Section headings, English. */
export const HEADINGS_EN = [
  'The shape of the deal', 'How the market reacted', 'Numbers and outlook', 'Ahead of earnings',
  'Cutting costs', 'Big spending, close to results', 'What analysts say', 'A closer look at the balance sheet',
  'The chip question', 'What investors need to know', 'Risks and opportunities', 'Background', 'Outlook',
  'How rivals respond', 'New alliances', 'The market stays sceptical', 'Tailwind for the shares',
  'Questions for management', 'Why it matters', 'The bigger picture',
] as const;

// Filler sentences carry no figures on purpose: every figure in the corpus belongs to a known fact, so
// the only disagreements between articles are the planted ones. Slots: {S} subject, {C} counterpart,
// {ceo} the subject's chief executive, {person} someone else, {city} its home city, {sector} its
// sector noun, {outlet} a news outlet, {segment} a business segment, {broker} a broker.

/** German sentences without figures that pad articles to a realistic length. */
export const FILLER_DE = [
  'Marktbeobachter werten das Vorgehen von {S} als strategischen Schachzug, um die eigene Position im Markt zu festigen.',
  'Sollten Anleger sofort verkaufen? Oder lohnt sich doch der Einstieg bei {S}?',
  'Die Verhandlungen zwischen {S} und {C} befinden sich laut Insidern noch in einem frühen Stadium.',
  'Fix ist dabei offenbar noch wenig: Die finale Summe könne sich laut Quelle noch verändern.',
  'An der Börse reagierten {S}-Investoren zuletzt abwartend auf die Gemengelage aus Gerüchten und Sparplänen.',
  'Der Fokus der Anleger liegt nun auf der Balance zwischen Wachstum und den steigenden Kosten.',
  '{S}-Chef {ceo} betonte zuletzt mehrfach, dass der Konzern diszipliniert investieren wolle.',
  'Wie {outlet} unter Berufung auf eine mit der Angelegenheit vertraute Person berichtet, sind die Gespräche weit fortgeschritten.',
  'Ein Sprecher von {S} wollte sich zu den Berichten nicht äußern.',
  'Der {sector} aus {city} steht damit vor einer der wichtigsten Weichenstellungen seiner Geschichte.',
  'Kritiker bemängeln, dass die Strategie die Margen auf absehbare Zeit belasten könnte.',
  'Befürworter halten dagegen, dass sich die Investitionen langfristig auszahlen werden.',
  'Die {segment}-Sparte gilt intern als wichtigster Wachstumstreiber.',
  'Im Earnings-Call dürften Analysten vor allem nach der Profitabilität fragen.',
  'Auch die Konkurrenz von {S} beobachtet die Entwicklung genau.',
  'Die Aufsichtsbehörden haben bislang keine Einwände signalisiert.',
  'Ein Abschluss könnte bereits in den kommenden Wochen erfolgen.',
  'Die Struktur der Vereinbarung ist ungewöhnlich und unterstreicht die strategische Komponente des Deals.',
  'Damit würde sich {C} breiter aufstellen und seine Abhängigkeit von einzelnen Geldgebern verringern.',
  'Für {S} wäre es der nächste Schritt in einer aggressiven Wachstumsstrategie.',
  'Die Begründung des Managements: Ebenen abbauen, Verantwortung erhöhen und Bürokratie reduzieren.',
  'Betroffen sind vor allem Verwaltungsfunktionen und technische Rollen.',
  'Die Gewerkschaften kündigten bereits Widerstand gegen die Pläne an.',
  'Der Kapitalbedarf ist enorm, und die Konkurrenz schläft nicht.',
  'In der Branche gilt der Schritt als Signal für eine neue Phase der Konsolidierung.',
  'Die Analystenstimmung für {S} bleibt trotz der Unsicherheit überwiegend positiv.',
  'Charttechnisch bewegt sich die Aktie weiterhin in einem intakten Aufwärtstrend.',
  'Viele Privatanleger fragen sich nun, ob der Zeitpunkt für einen Einstieg günstig ist.',
  'Die Finanzierung soll aus dem laufenden Cashflow und über Anleihen erfolgen.',
  'Das Management von {S} hält an seinen mittelfristigen Zielen fest.',
  'Auch politische Risiken spielen bei der Bewertung eine Rolle.',
  'Der Deal könnte zum Katalysator für die gesamte Branche werden.',
  '{person}, im Vorstand für Personal zuständig, schrieb in einem Blogbeitrag, weitere Anpassungen seien möglich.',
  'Die Nachricht kam am Wochenende und überraschte viele Marktteilnehmer.',
  'Zuerst hatte {outlet} über die Pläne berichtet.',
  'Die Gespräche werden direkt zwischen {S}-CEO {ceo} und der Führung von {C} geführt.',
  'Der Schwerpunkt liegt auf Infrastruktur, Rechenzentren und eigener Hardware.',
  'Ob die Rechnung aufgeht, wird sich erst in einigen Quartalen zeigen.',
  'Die Zusammenarbeit mit {C} gilt intern als anspruchsvoll.',
  'Im Vorfeld hatten mehrere Großaktionäre von {S} mehr Transparenz gefordert.',
  'Die Ratingagenturen beobachten die Verschuldung von {S} genau.',
  'Der Markt preist einen Teil der {S}-Fantasie offenbar bereits ein.',
  'Die Anleger erwarten vom Management konkrete Hinweise auf die Margenentwicklung.',
  'Der {sector} sieht sich zugleich wachsendem Wettbewerbsdruck aus Asien ausgesetzt.',
  'Intern wird das Programm als notwendige Neuausrichtung beschrieben.',
  'Dringender Handlungsbedarf für Aktionäre? Die Meinungen gehen auseinander.',
  'Laut {outlet} prüfen weitere Investoren eine Beteiligung.',
  'Die endgültige Höhe der Beteiligung ist demnach noch nicht festgelegt.',
  '{broker} verweist auf die starke Marktstellung und die hohe Kundenbindung.',
  'Die Vereinbarung soll zudem eine engere technische Zusammenarbeit vorsehen.',
] as const;

/** English sentences without figures that pad articles to a realistic length. */
export const FILLER_EN = [
  'Analysts see the move by {S} as a strategic bet to secure a stronger position in the market.',
  'Should investors sell now, or is this a buying opportunity for {S}?',
  'The talks between {S} and {C} are at an early stage, according to people familiar with the matter.',
  'Little is settled so far, and the final amount could still change, the source said.',
  '{S} investors have reacted cautiously to the mix of rumours and cost cuts.',
  'The focus now is on the balance between growth and rising costs.',
  '{S} chief executive {ceo} has repeatedly said the company wants to invest with discipline.',
  '{outlet} reported, citing a person familiar with the matter, that the talks are well advanced.',
  'A spokesperson for {S} declined to comment on the reports.',
  'The {sector} based in {city} faces one of the most important decisions in its history.',
  'Critics warn that the strategy could weigh on margins for some time.',
  'Supporters argue that the spending will pay off in the long run.',
  'The {segment} business is seen internally as the main growth driver.',
  'Analysts on the earnings call are expected to press management on profitability.',
  'Rivals of {S} are watching the developments closely.',
  'Regulators have so far not raised any objections.',
  'A deal could be signed in the coming weeks.',
  'The structure of the agreement is unusual and underlines its strategic nature.',
  'The deal would help {C} broaden its investor base and reduce its reliance on single backers.',
  'For {S}, it would be the next step in an aggressive growth strategy.',
  'Management said the aim is to remove layers, increase ownership and cut bureaucracy.',
  'Administrative and technical roles are the most affected.',
  'Unions have already announced resistance to the plans.',
  'The need for capital is huge, and competitors are not standing still.',
  'The industry sees the move as a sign of a new phase of consolidation.',
  'Analyst sentiment remains mostly positive despite the uncertainty.',
  'From a technical point of view, the shares remain in an intact uptrend.',
  'Many retail investors are wondering whether now is a good time to buy.',
  'The spending is to be funded from operating cash flow and bond issues.',
  '{S} management is sticking to its medium-term targets.',
  'Political risks also play a role in the valuation.',
  'The deal could become a catalyst for the whole sector.',
  'The news broke over the weekend and surprised many market participants.',
  '{outlet} was first to report the plans.',
  '{ceo} of {S} is leading the talks with {C} in person.',
  'The focus is on infrastructure, data centres and in-house hardware.',
  'Whether the plan works out will only become clear over the next few quarters.',
  'Working with {C} is seen internally as demanding.',
  'Several large {S} shareholders had asked for more transparency beforehand.',
  'Rating agencies are watching the debt of {S} closely.',
  '{broker} points to the strong market position and high customer loyalty.',
  'The agreement is also expected to include closer technical cooperation.',
] as const;
