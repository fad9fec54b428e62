// The company table shipped with finnews. Users extend it with a workspace file
// (finnews.companyTableFile), whose rows are parsed and validated by parseCompanyTable.

/** What kind of organization a row is; brokers and banks can be the subject of a price target. */
export type CompanyKind = 'company' | 'broker' | 'bank' | 'media' | 'exchange';

export interface CompanyRow {
  /** Canonical name, used in facts and hovers. */
  name: string;
  /** Other spellings and references that mean the same company ("ChatGPT-Macher" → OpenAI). */
  aliases?: string[];
  kind?: CompanyKind;
  /**
   * The name is also an everyday word ("Allianz" is an alliance, "Puma" an animal): alone it only
   * counts in a company context such as "Allianz-Aktie" or "Allianz SE"; aliases always count.
   */
  ambiguous?: boolean;
}

const KINDS: ReadonlySet<string> = new Set(['company', 'broker', 'bank', 'media', 'exchange']);

/** The built-in table. Aliases are matched as whole words; hyphenated aliases also match as compounds. */
export const BUILTIN_COMPANIES: readonly CompanyRow[] = [
  { name: 'Amazon', aliases: ['Amazon.com'] },
  { name: 'AWS', aliases: ['Amazon Web Services'] },
  { name: 'OpenAI', aliases: ['ChatGPT-Macher', 'ChatGPT-Unternehmen', 'ChatGPT-Entwickler', 'ChatGPT-Hersteller', 'ChatGPT maker', 'ChatGPT-Mutter'] },
  { name: 'Anthropic', aliases: ['Claude-Entwickler'] },
  { name: 'Nvidia', aliases: ['NVIDIA'] },
  { name: 'Microsoft' },
  { name: 'SoftBank', aliases: ['SoftBank Group', 'Softbank', 'SoftBank Group Corp.'] },
  { name: 'Google', aliases: ['Google Cloud'] },
  { name: 'Alphabet', ambiguous: true },
  { name: 'Meta', ambiguous: true, aliases: ['Meta Platforms', 'Facebook-Mutter'] },
  { name: 'Apple', aliases: ['iPhone-Hersteller', 'iPhone maker'] },
  { name: 'Tesla' }, { name: 'Intel' }, { name: 'AMD' }, { name: 'Oracle' }, { name: 'IBM' },
  { name: 'Broadcom' }, { name: 'Qualcomm' }, { name: 'Arm', ambiguous: true, aliases: ['Arm Holdings'] },
  { name: 'TSMC' }, { name: 'Samsung', aliases: ['Samsung Electronics'] }, { name: 'Netflix' },
  { name: 'Uber' }, { name: 'Salesforce' }, { name: 'Shopify' }, { name: 'Spotify' }, { name: 'xAI' },
  { name: 'Mistral AI' }, { name: 'Aleph Alpha' }, { name: 'Cerebras' }, { name: 'CoreWeave' },
  { name: 'Walmart' }, { name: 'Costco' }, { name: 'Alibaba' }, { name: 'Tencent' }, { name: 'Baidu' },
  { name: 'ByteDance' }, { name: 'Saks', aliases: ['Saks Global', 'Saks Fifth Avenue'] },
  { name: 'Whole Foods Market', aliases: ['Whole Foods'] },
  { name: 'Siemens', aliases: ['Siemens AG'] }, { name: 'Siemens Energy' }, { name: 'SAP' },
  { name: 'Volkswagen', aliases: ['VW', 'Volkswagen AG'] }, { name: 'BMW' }, { name: 'Mercedes-Benz', aliases: ['Mercedes'] },
  { name: 'Porsche' }, { name: 'BASF' }, { name: 'Bayer', ambiguous: true }, { name: 'Allianz', ambiguous: true },
  { name: 'Deutsche Telekom', aliases: ['Telekom'] }, { name: 'Adidas' }, { name: 'Puma', ambiguous: true },
  { name: 'Infineon' }, { name: 'Lufthansa' }, { name: 'Zalando' }, { name: 'Rheinmetall' },
  { name: 'Airbus' }, { name: 'Boeing' }, { name: 'Henkel', ambiguous: true }, { name: 'Continental', ambiguous: true }, { name: 'E.ON' },
  { name: 'RWE' }, { name: 'Munich Re' }, { name: 'DHL', aliases: ['DHL Group'] }, { name: 'Nestlé' },
  { name: 'Novartis' }, { name: 'Roche' }, { name: 'UniCredit' }, { name: 'Stellantis' },
  { name: 'Deutsche Bank', kind: 'bank' }, { name: 'Commerzbank', kind: 'bank' },
  { name: 'UBS', kind: 'bank' }, { name: 'Bank of America', kind: 'bank' },
  { name: 'Citigroup', aliases: ['Citi'], kind: 'bank' }, { name: 'Barclays', kind: 'bank' },
  { name: 'HSBC', kind: 'bank' }, { name: 'JPMorgan', aliases: ['JP Morgan', 'J.P. Morgan', 'JPMorgan Chase'], kind: 'bank' },
  { name: 'Goldman Sachs', kind: 'bank' }, { name: 'Morgan Stanley', kind: 'bank' },
  { name: 'RBC Capital Markets', aliases: ['RBC'], kind: 'broker' }, { name: 'Jefferies', kind: 'broker' },
  { name: 'Bernstein', ambiguous: true, aliases: ['Bernstein Research'], kind: 'broker' }, { name: 'Berenberg', kind: 'broker' },
  { name: 'DZ Bank', kind: 'bank' }, { name: 'Warburg Research', kind: 'broker' }, { name: 'Baader Bank', kind: 'bank' },
  { name: 'Wedbush', kind: 'broker' }, { name: 'Evercore ISI', kind: 'broker' }, { name: 'Mizuho', kind: 'bank' },
  { name: 'Reuters', kind: 'media' }, { name: 'CNBC', kind: 'media' }, { name: 'Bloomberg', kind: 'media' },
  { name: 'Wall Street Journal', aliases: ['WSJ'], kind: 'media' }, { name: 'Financial Times', aliases: ['FT'], kind: 'media' },
  { name: 'Handelsblatt', kind: 'media' }, { name: 'GeekWire', kind: 'media' },
  { name: 'wallstreetONLINE', aliases: ['wallstreet-online'], kind: 'media' }, { name: 'dpa-AFX', kind: 'media' },
  { name: 'The Information', kind: 'media' }, { name: 'Der Aktionär', kind: 'media' },
  { name: 'Nasdaq', kind: 'exchange' }, { name: 'NYSE', kind: 'exchange' }, { name: 'Deutsche Börse', kind: 'exchange' },
];

/**
 * Validates a user company table ({ "companies": [ { "name", "aliases"?, "kind"? } ] }).
 * Invalid rows are dropped with a problem each; the function never throws.
 */
export function parseCompanyTable(jsonText: string): { rows: CompanyRow[]; problems: string[] } {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    return { rows: [], problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const list = Array.isArray(data) ? data : (data as { companies?: unknown } | null)?.companies;
  if (!Array.isArray(list)) {
    return { rows: [], problems: ['expected an object with a "companies" array'] };
  }
  const rows: CompanyRow[] = [];
  list.forEach((item: unknown, index) => {
    const row = item as Partial<CompanyRow> | null;
    if (!row || typeof row.name !== 'string' || row.name.trim() === '') {
      problems.push(`companies[${index}]: "name" must be a non-empty string`);
      return;
    }
    if (row.aliases !== undefined && (!Array.isArray(row.aliases) || row.aliases.some((a) => typeof a !== 'string' || a.trim() === ''))) {
      problems.push(`companies[${index}] (${row.name}): "aliases" must be an array of non-empty strings`);
      return;
    }
    if (row.kind !== undefined && !KINDS.has(row.kind)) {
      problems.push(`companies[${index}] (${row.name}): "kind" must be one of ${[...KINDS].join(', ')}`);
      return;
    }
    if (row.ambiguous !== undefined && typeof row.ambiguous !== 'boolean') {
      problems.push(`companies[${index}] (${row.name}): "ambiguous" must be true or false`);
      return;
    }
    rows.push({ name: row.name.trim(), aliases: row.aliases?.map((a) => a.trim()), kind: row.kind, ...(row.ambiguous ? { ambiguous: true } : {}) });
  });
  return { rows, problems };
}
