// Diagnostic: server RSS after every 500 edits, to tell a leak from lazy GC.
import { mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus';
import { StdioLspClient } from './lspClient';
import { processMemory } from './serverLatency';
const n = Number(process.argv[2] ?? 1000); const edits = Number(process.argv[3] ?? 3000);
const c = generateCorpus({ seed: 1, articles: n });
const root = mkdtempSync('/tmp/fbmem-');
for (const a of c.articles) { const f = path.join(root, a.path); mkdirSync(path.dirname(f), { recursive: true }); writeFileSync(f, a.text); }
mkdirSync(path.join(root, '.finnews'), { recursive: true });
writeFileSync(path.join(root, '.finnews', 'companies.json'), JSON.stringify({ companies: c.companyTable }));
(async () => {
  const client = new StdioLspClient(process.execPath, [...(process.env.SERVER_ARGS ? process.env.SERVER_ARGS.split(' ') : []), path.resolve('server/out/server.js'), '--stdio'], root);
  const done = client.waitForNotification((m, p) => m === 'finnews/status' && !(p as any).indexing && (p as any).articles === n, 600000);
  const rootUri = pathToFileURL(root).href;
  await client.request('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'x' }], capabilities: { window: { workDoneProgress: true } } });
  client.notify('initialized', {});
  await done;
  const a = c.articles.find(x => x.path.includes('00001_392fd977c6f93a57'))!; const uri = pathToFileURL(path.join(root, a.path)).href;
  let text = a.text; let v = 1;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'finnews-article', version: 1, text } });
  await new Promise(r => setTimeout(r, 1500));
  console.log('after open', processMemory(client.pid));
  const A = '3,7 Milliarden Dollar', B = '7,4 Mrd. US-Dollar';
  const i0 = text.indexOf(A); let cur = A;
  for (let i = 1; i <= edits; i++) {
    const next = cur === A ? B : A;
    text = text.slice(0, i0) + next + text.slice(i0 + cur.length); cur = next; v++;
    const p = client.waitForNotification((m, pp) => m === 'textDocument/publishDiagnostics' && (pp as any).uri === uri, 5000);
    client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    await p.catch(() => console.log('timeout'));
    if (i % 500 === 0) console.log(i, processMemory(client.pid));
  }
  await new Promise(r => setTimeout(r, 3000));
  console.log('settled', processMemory(client.pid));
  await client.close();
  require('node:fs').rmSync(root, { recursive: true, force: true });
})();
