// The benchmark corpus generator (bench/corpus.ts): deterministic to the byte, the size and language mix
// issue 5 asks for, and planted conflicts that point at real articles. Exact values are pinned; when
// the generator changes on purpose, print the new values and update them here in the same change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateCorpus, mulberry32, type Corpus } from '../../bench/corpus';

function corpusHash(corpus: Corpus): string {
  const hash = createHash('sha256');
  for (const article of corpus.articles) hash.update(`${article.path}\0${article.text}\0`);
  return hash.digest('hex');
}

/** The 1,000-article corpus several tests look at, generated once. */
let thousand: Corpus | undefined;
function thousandArticles(): Corpus {
  return (thousand ??= generateCorpus({ seed: 42, articles: 1000 }));
}

function utf8Bytes(corpus: Corpus): number {
  return corpus.articles.reduce((sum, article) => sum + Buffer.byteLength(article.text, 'utf8'), 0);
}

test('mulberry32 is the reference algorithm: seed 1 starts 0.6270739405…', () => {
  const next = mulberry32(1);
  assert.deepEqual([next(), next(), next()].map((value) => Math.floor(value * 1e9)), [627073940, 2735721, 527447039]);
});

test('the same seed gives a byte-identical corpus, with a pinned hash', () => {
  const first = generateCorpus({ seed: 42, articles: 100 });
  const second = generateCorpus({ seed: 42, articles: 100 });
  assert.equal(corpusHash(first), corpusHash(second));
  assert.deepEqual(first.plantedConflicts, second.plantedConflicts);
  assert.equal(corpusHash(first), 'cc87f15a769bf37da3b4a105511299357d42c46052d5f73bc11b075aaac02f79');
  assert.equal(first.articles.length, 100);
});

test('another seed gives another corpus', () => {
  assert.notEqual(corpusHash(generateCorpus({ seed: 1, articles: 20 })), corpusHash(generateCorpus({ seed: 2, articles: 20 })));
});

test('1,000 articles: 3–4 KB each like the seeds, mostly German, some CRLF, all three extensions', () => {
  const corpus = thousandArticles();
  const bytes = utf8Bytes(corpus);
  const german = corpus.articles.filter((article) => article.language === 'de').length;
  const crlf = corpus.articles.filter((article) => article.text.includes('\r\n')).length;
  const extensions = new Set(corpus.articles.map((article) => article.path.slice(article.path.lastIndexOf('.'))));
  assert.equal(corpus.articles.length, 1000);
  // 3.0–4.0 KB on average, so 10,000 articles make the 30–40 MB issue 5 asks for.
  assert.ok(bytes / 1000 >= 3000 && bytes / 1000 <= 4000, `average ${bytes / 1000} bytes`);
  assert.ok(german >= 600 && german <= 800, `${german} German articles`);
  assert.deepEqual({ bytes, german, crlf }, { bytes: 3449996, german: 677, crlf: 102 });
  assert.deepEqual([...extensions].sort(), ['.article', '.news', '.txt']);
  assert.equal(new Set(corpus.articles.map((article) => article.path)).size, 1000, 'paths are unique');
});

test('planted conflicts name real articles of their story, and both rules are planted', () => {
  const corpus = thousandArticles();
  const paths = new Set(corpus.articles.map((article) => article.path));
  assert.deepEqual(
    { planted: corpus.plantedConflicts.length, knownFacts: corpus.knownFacts, stories: corpus.stories },
    { planted: 49, knownFacts: 3124, stories: 177 },
  );
  for (const plant of corpus.plantedConflicts) {
    assert.ok(paths.has(plant.article), plant.article);
    assert.ok(plant.storyArticles.includes(plant.article));
    assert.ok(plant.storyArticles.length >= 3 && plant.storyArticles.length <= 8, `${plant.story} has ${plant.storyArticles.length} articles`);
    assert.notEqual(plant.value, plant.expected);
  }
  assert.equal(new Set(corpus.plantedConflicts.map((plant) => plant.fact)).size, corpus.plantedConflicts.length, 'one plant per fact');
  assert.deepEqual(new Set(corpus.plantedConflicts.map((plant) => plant.rule)), new Set(['same-period-disagreement', 'value-changed-over-time']));
});

test('articles use the seeds\' money, date and publication patterns in both languages', () => {
  const texts = thousandArticles().articles.slice(0, 300).map((article) => article.text).join('\n');
  for (const pattern of [
    /\d+ Milliarden (US-)?Dollar/, /\d+-Milliarden-(Dollar|Euro)-Beteiligung/, /\d+,\d Mrd\. /, /€ \d+(,\d+)? Mrd\./, /\d{1,3}(\.\d{3})+,\d Mio\. /,
    /\$\d+(\.\d+)? billion/, /USD \d+(\.\d+)? (million|billion)/, /\$\d+(\.\d+)?bn/, / (zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf) Milliarden /,
    /schloss am (Montag|Dienstag|Mittwoch|Donnerstag|Freitag) bei/, /Kursziel/, /Kapitalausgaben von .+ 2026/, /Gewinn je Aktie/, /wuchs/, /ein (Minus|Plus) von/,
    /price target of/, /shares closed at/, /cut [\d,]+ jobs/,
    /^ ?date 20\d\d-\d\d-\d\d/m, /Analyse vom \d\d\. [A-ZÄÖÜ][a-zäöü]+ liefert/, /^- /m,
  ]) {
    assert.match(texts, pattern);
  }
});
