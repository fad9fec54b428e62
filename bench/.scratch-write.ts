import { generateCorpus } from './corpus';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
const n = Number(process.argv[2]); const root = process.argv[3];
const c = generateCorpus({ seed: 1, articles: n });
for (const a of c.articles) { const f = path.join(root, a.path); mkdirSync(path.dirname(f), { recursive: true }); writeFileSync(f, a.text); }
mkdirSync(path.join(root, '.finnews'), { recursive: true });
writeFileSync(path.join(root, '.finnews', 'companies.json'), JSON.stringify({ companies: c.companyTable }));
