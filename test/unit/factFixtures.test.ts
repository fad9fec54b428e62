// Hand-written clusters of articles about one story each (test/fixtures/facts/<cluster>/), with the
// facts and conflicts a careful reader finds in them (expected.json, written by hand, never from the
// code's output). Every cluster is analyzed into its own WorkspaceIndex, as a workspace folder would be.
// The conflict set must match exactly: a missing conflict is a miss, an extra one is a false alarm,
// and a checker that raises false alarms is worse than none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Article, CompanyRow, Conflict, Fact, FactKey } from '../../server/src/analysis';

const factsDir = path.resolve(__dirname, '..', 'fixtures', 'facts');

/** The measure ids of the fact model; an expected file naming another id has a typo. */
const MEASURES: ReadonlySet<string> = new Set([
  'investment', 'valuation', 'ipoValuation', 'fundingRound', 'jobCuts', 'jobCutsTotal', 'headcount',
  'sharePrice', 'priceTarget', 'capex', 'revenue', 'eps', 'growth', 'dailyMove', 'dataCentreCampus',
  'resultsDate',
]);
const RULES: ReadonlySet<string> = new Set(['same-period-disagreement', 'value-changed-over-time']);

type FactValue = number | string;

/** A fact the cluster must hold: its key, and exactly which articles state which values. */
interface ExpectedFact extends FactKey {
  articles: string[];
  values: FactValue[];
}

interface ExpectedConflict {
  subject: string | null;
  measure: string;
  counterpart: string | null;
  period: string;
  rule: string;
  articles: string[];
}

interface ExpectedCluster {
  about?: string;
  articles: Record<string, { language: 'de' | 'en'; published: string }>;
  facts: ExpectedFact[];
  conflicts: ExpectedConflict[];
  notConflicts: string[];
}

interface Cluster {
  name: string;
  dir: string;
  /** The article files of the cluster, sorted; their names are the article ids in the index. */
  files: string[];
  expected: ExpectedCluster;
}

function loadClusters(): Cluster[] {
  return readdirSync(factsDir)
    .filter((name) => statSync(path.join(factsDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = path.join(factsDir, name);
      const files = readdirSync(dir).filter((file) => file.endsWith('.txt')).sort();
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as ExpectedCluster;
      return { name, dir, files, expected };
    });
}

const clusters = loadClusters();

/** Extra company rows, passed the way the server passes the workspace company file. */
function fixtureCompanies(parseCompanyTable: (json: string) => { rows: CompanyRow[]; problems: string[] }): CompanyRow[] {
  const { rows, problems } = parseCompanyTable(readFileSync(path.join(factsDir, 'companies.json'), 'utf8'));
  assert.deepEqual(problems, [], 'test/fixtures/facts/companies.json must be a valid company table');
  return rows;
}

// The library is imported when the first cluster runs, not at load time, so the checks of the
// hand-written expectations below still run (and report typos) while the library does not load.
type AnalysisModule = typeof import('../../server/src/analysis');
let analysisModule: Promise<AnalysisModule> | undefined;
function loadAnalysis(): Promise<AnalysisModule> {
  analysisModule ??= import('../../server/src/analysis');
  return analysisModule;
}

/** Numbers are compared at 12 significant digits, so 1.23 * 1e9 and 1230000000 are the same value. */
function normalizeValue(value: FactValue): FactValue {
  return typeof value === 'number' ? Number(value.toPrecision(12)) : value;
}

function sortedValues(values: readonly FactValue[]): FactValue[] {
  const unique = [...new Set(values.map(normalizeValue))];
  return unique.sort((a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  });
}

function sortedUnique(items: readonly string[]): string[] {
  return [...new Set(items)].sort();
}

function sameKey(key: FactKey, expected: ExpectedFact): boolean {
  return (
    key.subject === expected.subject &&
    key.measure === expected.measure &&
    key.unit === expected.unit &&
    key.counterpart === expected.counterpart &&
    key.period === expected.period &&
    key.place === expected.place
  );
}

function describeKey(key: Pick<FactKey, 'subject' | 'measure' | 'counterpart' | 'period'> & Partial<FactKey>): string {
  const who = key.counterpart ? `${key.subject ?? '∅'} → ${key.counterpart}` : `${key.subject ?? '∅'}`;
  const unit = key.unit ? ` [${key.unit}]` : '';
  const place = key.place ? ` @${key.place}` : '';
  return `${who} · ${key.measure}${unit} · ${key.period}${place}`;
}

/** One line per claim: where it is, what it says and why the analysis keyed it so. */
function describeClaims(fact: Fact, articles: ReadonlyMap<string, Article>): string[] {
  return fact.claims.map((claim) => {
    const reason = articles.get(claim.articleId)?.claims[claim.claim]?.reason ?? '';
    const qualifier = claim.qualifier ? ` (${claim.qualifier})` : '';
    return `      ${claim.articleId} "${claim.text}" = ${claim.value}${qualifier}${reason ? ` — ${reason}` : ''}`;
  });
}

/** A conflict reduced to what the expected files state: key fields, rule and articles. */
function conflictSignature(conflict: ExpectedConflict): string {
  return `${describeKey(conflict)} · ${conflict.rule} · [${sortedUnique(conflict.articles).join(', ')}]`;
}

test('the hand-written fact fixtures are well-formed', () => {
  const problems: string[] = [];
  for (const { name, files, expected } of clusters) {
    const known = new Set(files);
    const named = (where: string, list: string[]) => {
      for (const file of list) if (!known.has(file)) problems.push(`${name}: ${where} names ${file}, which is not an article of the cluster`);
    };
    if (files.length < 2) problems.push(`${name}: a cluster needs at least two articles`);
    for (const file of files) {
      const entry = expected.articles?.[file];
      if (!entry) problems.push(`${name}: "articles" has no entry for ${file}`);
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.published) || !['de', 'en'].includes(entry.language)) {
        problems.push(`${name}: ${file} needs "published": "YYYY-MM-DD" and "language": "de" | "en"`);
      }
    }
    named('"articles"', Object.keys(expected.articles ?? {}));
    for (const fact of expected.facts) {
      named(`fact ${describeKey(fact)}`, fact.articles);
      if (!MEASURES.has(fact.measure)) problems.push(`${name}: unknown measure "${fact.measure}"`);
      if (sortedUnique(fact.articles).length < 2) problems.push(`${name}: fact ${describeKey(fact)} spans fewer than two articles`);
      if (fact.values.length === 0) problems.push(`${name}: fact ${describeKey(fact)} lists no values`);
    }
    for (const conflict of expected.conflicts) {
      named(`conflict ${describeKey(conflict)}`, conflict.articles);
      if (!RULES.has(conflict.rule)) problems.push(`${name}: unknown rule "${conflict.rule}"`);
      // A conflict is a disagreement inside one fact, so that fact must be listed with every article
      // of the conflict and more than one value.
      const fact = expected.facts.find(
        (f) => f.subject === conflict.subject && f.measure === conflict.measure && f.counterpart === conflict.counterpart && f.period === conflict.period,
      );
      if (!fact) problems.push(`${name}: conflict ${describeKey(conflict)} has no listed fact`);
      else if (!conflict.articles.every((file) => fact.articles.includes(file)) || sortedValues(fact.values).length < 2) {
        problems.push(`${name}: conflict ${describeKey(conflict)} must cover articles of its fact, and the fact must have 2+ values`);
      }
    }
    if (!Array.isArray(expected.notConflicts) || expected.notConflicts.length === 0) {
      problems.push(`${name}: "notConflicts" must explain, in words, why each trap is not a conflict`);
    }
  }
  assert.equal(problems.length, 0, `\n${problems.join('\n')}`);
});

test('the fact fixtures cover enough clusters, articles, conflicts and both languages', () => {
  const articles = clusters.flatMap((cluster) => cluster.files.map((file) => ({ cluster, file })));
  const conflicts = clusters.flatMap((cluster) => cluster.expected.conflicts);
  const languages = new Set(articles.map(({ cluster, file }) => cluster.expected.articles[file]?.language));
  const rules = new Set(conflicts.map((conflict) => conflict.rule));
  const withCrlf = articles.filter(({ cluster, file }) => readFileSync(path.join(cluster.dir, file), 'utf8').includes('\r\n'));

  assert.ok(clusters.length >= 4, `at least 4 clusters, found ${clusters.length}`);
  assert.ok(articles.length >= 15, `at least 15 articles, found ${articles.length}`);
  assert.ok(conflicts.length >= 6, `at least 6 genuine conflicts, found ${conflicts.length}`);
  assert.deepEqual([...languages].sort(), ['de', 'en']);
  assert.deepEqual([...rules].sort(), ['same-period-disagreement', 'value-changed-over-time']);
  assert.ok(withCrlf.length >= 1, 'at least one article has CRLF line endings');
});

for (const cluster of clusters) {
  test(`fact cluster ${cluster.name}: facts are grouped and conflicts found exactly`, async (t) => {
    const { analyzeArticle, parseCompanyTable, WorkspaceIndex } = await loadAnalysis();
    const companies = fixtureCompanies(parseCompanyTable);
    const index = new WorkspaceIndex();
    const articles = new Map<string, Article>();
    for (const file of cluster.files) {
      const article = analyzeArticle(readFileSync(path.join(cluster.dir, file), 'utf8'), { companies });
      articles.set(file, article);
      index.setArticle(file, article);
    }

    // Publication dates and languages first: every period and every over-time decision rests on them,
    // so a wrong one explains the differences listed after it.
    const problems: string[] = [];
    for (const [file, article] of articles) {
      const want = cluster.expected.articles[file];
      if (want && (article.published !== want.published || article.language !== want.language)) {
        problems.push(
          `article ${file}: expected published ${want.published}, language ${want.language}; ` +
            `got ${article.published} (${article.publishedSource ?? 'no source'}), ${article.language}`,
        );
      }
    }

    const facts = index.facts();
    for (const want of cluster.expected.facts) {
      const fact = facts.find((candidate) => sameKey(candidate.key, want));
      if (!fact) {
        problems.push(`missing fact ${describeKey(want)}: expected in [${want.articles.join(', ')}] with values ${JSON.stringify(want.values)}`);
        // Show where the claims went instead: facts of the same measure and subject, or in the same articles.
        const near = facts.filter(
          (candidate) =>
            candidate.key.measure === want.measure &&
            (candidate.key.subject === want.subject || candidate.claims.some((claim) => want.articles.includes(claim.articleId))),
        );
        for (const other of near) problems.push(`    found instead ${describeKey(other.key)}:`, ...describeClaims(other, articles));
        continue;
      }
      const gotArticles = sortedUnique(fact.claims.map((claim) => claim.articleId));
      const gotValues = sortedValues(fact.claims.map((claim) => claim.value));
      const wantArticles = sortedUnique(want.articles);
      const wantValues = sortedValues(want.values);
      if (JSON.stringify(gotArticles) !== JSON.stringify(wantArticles) || JSON.stringify(gotValues) !== JSON.stringify(wantValues)) {
        problems.push(
          `fact ${describeKey(want)}:`,
          `    expected articles [${wantArticles.join(', ')}] values ${JSON.stringify(wantValues)}`,
          `    got      articles [${gotArticles.join(', ')}] values ${JSON.stringify(gotValues)}`,
          ...describeClaims(fact, articles),
        );
      }
    }

    const conflicts = index.conflicts();
    const actual = new Map<string, Conflict>();
    for (const conflict of conflicts) {
      const key = index.fact(conflict.factId)?.key;
      const signature = conflictSignature({
        subject: key?.subject ?? null,
        measure: key?.measure ?? `? (fact ${conflict.factId} not found)`,
        counterpart: key?.counterpart ?? null,
        period: key?.period ?? '?',
        rule: conflict.rule,
        articles: conflict.claims.map((claim) => claim.articleId),
      });
      actual.set(signature, conflict);
    }
    const expected = new Set(cluster.expected.conflicts.map(conflictSignature));
    for (const signature of expected) {
      if (!actual.has(signature)) problems.push(`missing conflict: ${signature}`);
    }
    for (const [signature, conflict] of actual) {
      if (!expected.has(signature)) problems.push(`unexpected conflict (false alarm): ${signature}`, `    message: ${conflict.message}`);
    }

    // Facts that span several articles but are not in the expected file are not failures (the file
    // lists the facts a reader must see grouped), but they are printed so a new grouping gets a look.
    const unlisted = facts.filter(
      (fact) =>
        new Set(fact.claims.map((claim) => claim.articleId)).size >= 2 &&
        !cluster.expected.facts.some((want) => sameKey(fact.key, want)),
    );
    for (const fact of unlisted) t.diagnostic(`unlisted multi-article fact ${describeKey(fact.key)}: ${fact.claims.map((c) => `${c.articleId}=${c.value}`).join(', ')}`);

    assert.equal(problems.length, 0, `\ncluster ${cluster.name} (${cluster.expected.about ?? ''}):\n${problems.join('\n')}`);
  });
}
