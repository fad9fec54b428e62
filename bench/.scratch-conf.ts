import { generateCorpus } from './corpus';
import { analyzeArticle, WorkspaceIndex } from '../server/src/analysis';
const c = generateCorpus({ seed: 1, articles: 1000 });
const companies = c.companyTable.map(r => ({ name: r.name, aliases: r.aliases, kind: r.kind }));
const idx = new WorkspaceIndex(); const texts = new Map<string, string>();
for (const a of c.articles) { idx.setArticle(a.path, analyzeArticle(a.text, { companies })); texts.set(a.path, a.text); }
const planted = new Set(c.plantedConflicts.map(p => p.article));
const extra = idx.conflicts().filter(k => !k.claims.some(cl => planted.has(cl.articleId)));
const byLabel: Record<string, number> = {};
for (const k of extra) { const m = k.label.replace(/^[^·]*·\s*/, '').replace(/·.*$/, '').trim(); byLabel[m + ' / ' + k.rule] = (byLabel[m + ' / ' + k.rule] ?? 0) + 1; }
console.log('extra conflicts', extra.length, byLabel);
const show = Number(process.argv[2] ?? 6);
for (const k of extra.slice(0, show)) {
  console.log('\n###', k.rule, '|', k.label, '|', k.values.join(' vs '));
  for (const cl of k.claims.slice(0, 4)) {
    const t = texts.get(cl.articleId)!; const s = Math.max(0, t.lastIndexOf('.', cl.start - 1) + 1); const e = t.indexOf('.', cl.end);
    console.log('  -', cl.articleId.slice(0, 40), cl.published, JSON.stringify(cl.text), '::', t.slice(s, Math.min(e + 1, s + 260)).trim().replace(/\s+/g, ' '));
  }
}
