// finnews against the hand-written gold annotations of the five seeds (issue 2, "Done means").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis';
import { loadGold, repoRoot, scoreMentions, sumReports, type GoldArticle, type ScoreReport } from '../support/gold';

const goldDir = path.join(repoRoot, 'test', 'gold');
const golds: GoldArticle[] = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => loadGold(path.join(goldDir, f)));
const reports: ScoreReport[] = [];
const articles = golds.map((gold) => {
  const article = analyzeArticle(gold.text);
  reports.push(scoreMentions(gold, article.mentions, ['figures', 'date', 'company', 'person']));
  return article;
});
const total = sumReports(reports, ['figures', 'date', 'company', 'person']);

test('money, percent and quantity: F1 ≥ 0.97 and every matched value exact', () => {
  const figures = total.figures!;
  assert.ok(figures.f1 >= 0.97, `figures F1 ${figures.f1.toFixed(3)} (tp ${figures.tp}, fp ${figures.fp}, fn ${figures.fn})`);
  assert.deepEqual(figures.valueMismatches, []);
});

test('dates: F1 ≥ 0.95 and every resolved value exact', () => {
  const dates = total.date!;
  assert.ok(dates.f1 >= 0.95, `date F1 ${dates.f1.toFixed(3)} (tp ${dates.tp}, fp ${dates.fp}, fn ${dates.fn})`);
  assert.deepEqual(dates.valueMismatches, []);
});

test('companies are found in every article, and no place, person or product is reported as a company', () => {
  const notCompanies = /^(Seattle|Luxemburg|Indiana|Europa|Andy Jassy|Sam Altman|Beth Galetti|Pascal Grunow|Trainium|Inferentia|ChatGPT|Azure|Project Rainier)$/;
  articles.forEach((article, i) => {
    const companies = article.mentions.filter((m) => m.kind === 'company');
    assert.ok(companies.length > 0, `${golds[i].file}: no company found`);
    for (const c of companies) assert.doesNotMatch(c.text, notCompanies, `${golds[i].file}: "${c.text}" reported as a company`);
    assert.equal(reports[i].company!.fp, 0, `${golds[i].file}: company false positives`);
  });
});

test('all five publication dates are right', () => {
  assert.deepEqual(articles.map((a) => a.published), golds.map((g) => g.published));
  assert.deepEqual(articles.map((a) => a.published), ['2026-02-03', '2025-12-20', '2026-01-30', '2026-01-31', '2026-01-30']);
});
