// What the hover says about a company beyond the text: its aliases and kind, from the built-in company
// table plus the rows of the workspace company table file. Built once per change of the table, so a
// hover looks a name up in a map.

import { BUILTIN_COMPANIES, type CompanyRow } from '../analysis/data/companies';

/** One company as the hover shows it. */
export interface CompanyInfo {
  name: string;
  aliases: string[];
  kind: string;
}

/** Company rows by canonical name; a workspace row adds aliases to a built-in one of the same name. */
export class CompanyDirectory {
  private readonly byName = new Map<string, CompanyInfo>();

  constructor(workspaceRows: readonly CompanyRow[] = []) {
    for (const row of [...BUILTIN_COMPANIES, ...workspaceRows]) {
      const known = this.byName.get(row.name);
      if (known) {
        for (const alias of row.aliases ?? []) if (!known.aliases.includes(alias)) known.aliases.push(alias);
        if (row.kind) known.kind = row.kind;
      } else {
        this.byName.set(row.name, { name: row.name, aliases: [...(row.aliases ?? [])], kind: row.kind ?? 'company' });
      }
    }
  }

  /** The table's row for a canonical name, if the table has one. */
  get(name: string): CompanyInfo | undefined {
    return this.byName.get(name);
  }
}
