// Issue 6, "Property-based tests": analyzeArticle never throws (nor hides an exception as an
// internal-error problem), returns sorted, non-overlapping, in-range mentions whose text is the source
// slice, and claims that point at real figure or date mentions. The texts are built from the pieces
// German (and English) market news is made of, so the extractors' interesting paths are reached, mixed
// with random Unicode and control characters. A counterexample goes into ./regressions (see README.md).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle, type CompanyRow } from '../../server/src/analysis';
import { findInvariantViolations } from './helpers';

/** Runs per property (issue 6: at least 10,000). */
const numRuns = 10_000;

/** A generous bound per property; ten thousand short texts take seconds. Exceeding it is a failure. */
const propertyTimeoutMs = 10 * 60_000;

const pick = (words: readonly string[]) => fc.constantFrom(...words);

const groupedDigits = fc
  .array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 7 })
  .chain((groups) =>
    fc.constantFrom('.', ',', ' ', '\u00a0', "'").map((separator) =>
      groups.map((group, index) => (index === 0 ? String(group) : String(group).padStart(3, '0'))).join(separator),
    ),
  );

/** Numbers the way articles write them, and the way nobody does. */
const number = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  groupedDigits,
  fc.tuple(groupedDigits, fc.constantFrom(',', '.'), fc.nat({ max: 999 })).map(([whole, mark, fraction]) => `${whole}${mark}${fraction}`),
  fc.stringMatching(/^\d{1,40}$/),
  fc.stringMatching(/^[\d.,]{1,24}$/),
  pick(['1.000.000.000.000.000,00', '0,5', '.5', '5.', '1.1.1', '1,,1', '007', '1e9', '½', '٣']),
);

const scale = pick(['Mio.', 'Mio', 'Millionen', 'Million', 'Mrd.', 'Mrd', 'Milliarden', 'Milliarde', 'Billion', 'Billionen', 'Billiarde', 'Tsd.', 'Tausend', 'bn', 'billion', 'million', 'm', 'k']);
const currency = pick(['Euro', '€', 'US-Dollar', 'Dollar', '$', 'USD', 'EUR', 'Franken', 'CHF', 'Pfund', 'GBP', 'Yen', 'JPY', 'Dollars']);
const qualifier = pick(['bis zu', 'mindestens', 'rund', 'etwa', 'ca.', 'knapp', 'gut', 'unter', 'über', 'mehr als', 'up to', 'about', 'Bis zu']);
const percent = pick(['Prozent', '%', ' %', 'Prozentpunkte', 'percent', 'Prozent-']);
const countUnit = pick(['Stellen', 'Mitarbeitern', 'Beschäftigten', 'Aktien', 'Filialen', 'Corporate-Stellen', 'jobs', 'employees']);
const month = pick(['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Jan.', 'Feb.', 'Sept.']);
const dateWord = pick(['Ende', 'Anfang', 'Q1', 'Q4', 'H1', 'vierte Quartal', 'Quartal', 'seit', 'für', 'am', 'im', 'bis', 'Freitag', 'Donnerstag, den', 'gestern', 'heute', 'morgen', 'last Friday', '2026-01-30', '2025', '5.', '03.', 'date']);
const company = pick(['Amazon', 'Amazons', 'Amazon-Aktie', 'Amazon-CEO', 'OpenAI', 'OpenAI-Chef', 'ChatGPT-Macher', 'Amazon Web Services', 'AWS', 'SoftBank Group', 'SoftBank', 'RBC Capital Markets', 'JPMorgan', 'Reuters', 'CNBC', 'Müller AG', 'Beispiel SE', 'Acme Inc.', 'Foo Corp.', 'Bar plc', 'der Konzern Zeta', 'Nvidia-Chef', 'Andy Jassy', 'Sam Altman', 'Seattle', 'Luxemburg', 'Trainium']);
const word = pick(['Investition', 'Beteiligung', 'Bewertung', 'Umsatz', 'Gewinn', 'Kursziel', 'Börsengang', 'Stellenabbau', 'in', 'an', 'von', 'der', 'die', 'und', 'auf', 'um', 'mit', 'plant', 'investiert', 'streicht', 'erwartet', 'laut', 'Analyse vom', 'Aktie', 'Quelle:']);
const punctuation = pick([',', '.', ':', ';', '(', ')', '„', '“', '"', '-', '–', '—', '/', '…', '?', '!', '*', '•']);
const separator = pick([' ', ' ', ' ', '', '\n', '\r\n', '\r', '-', '. ', '\t', '\u00a0', '\u2028', '  ']);

/** Characters that break naive code: controls, lone surrogates, combining marks, invisible spaces. */
const hostileCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  pick(['\u0308', '\u200b', '\ufeff', '\u00ad', '\u202e', '\ufffd', '\u{1f4b6}', 'ẞ', 'İ', 'ﬃ', '\u0000']),
);

const randomUnicode = fc.string({ unit: 'binary', maxLength: 12 });

/** One piece of an article: a figure with its parts, a date, a company, a word, or noise. */
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.option(qualifier), number, fc.option(scale), fc.option(currency)).map((parts) => parts.filter((part) => part !== null).join(' ')) },
  { weight: 2, arbitrary: fc.tuple(currency, number, fc.option(scale)).map((parts) => parts.filter((part) => part !== null).join(' ')) },
  { weight: 2, arbitrary: fc.tuple(number, percent).map(([value, unit]) => `${value} ${unit}`) },
  { weight: 2, arbitrary: fc.tuple(number, scale, currency, word).map((parts) => parts.join('-')) },
  { weight: 2, arbitrary: fc.tuple(fc.option(qualifier), number, countUnit).map((parts) => parts.filter((part) => part !== null).join(' ')) },
  { weight: 3, arbitrary: fc.tuple(fc.option(dateWord), fc.option(number), month, fc.option(fc.integer({ min: 1990, max: 2040 }))).map((parts) => parts.filter((part) => part !== null).join(' ')) },
  { weight: 2, arbitrary: dateWord },
  { weight: 4, arbitrary: company },
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: punctuation },
  { weight: 1, arbitrary: hostileCharacter },
  { weight: 1, arbitrary: randomUnicode },
);

/** A text of up to 40 fragments with random separators between them. */
const articleText = fc
  .array(fc.tuple(fragment, separator), { maxLength: 40 })
  .map((pieces) => pieces.map(([piece, gap]) => piece + gap).join(''));

function assertKeepsInvariants(text: string, rows?: CompanyRow[]): void {
  let article;
  try {
    article = analyzeArticle(text, rows ? { companies: rows } : undefined);
  } catch (error) {
    assert.fail(`analyzeArticle threw on ${JSON.stringify(text)}: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const violations = findInvariantViolations(text, article);
  assert.deepEqual(violations, [], `on ${JSON.stringify(text)}`);
}

describe('analyzeArticle properties (fast-check, 10,000 runs each)', () => {
  test('the invariant check itself rejects broken models, so the properties cannot pass vacuously', () => {
    const text = 'Amazon zahlt 50 Mrd. Dollar.';
    const good = analyzeArticle(text);
    assert.deepEqual(findInvariantViolations(text, good), []);
    const money = good.mentions.find((mention) => mention.kind === 'money');
    assert.ok(money, 'the sample sentence must yield a money mention');
    const overlapping = { ...good, mentions: [...good.mentions, { ...money, start: money.start + 1 }] };
    const outOfRange = { ...good, mentions: [{ ...money, end: text.length + 1 }] };
    const danglingClaim = { ...good, claims: [{ ...(good.claims[0] ?? ({} as never)), mention: 99, sentence: { start: 0, end: 1 } }] };
    const hiddenCrash = { ...good, problems: [{ code: 'internal-error', message: 'boom' }] };
    for (const broken of [overlapping, outOfRange, danglingClaim, hiddenCrash]) {
      assert.notDeepEqual(findInvariantViolations(text, broken), []);
    }
  });

  test('German financial text: never throws, mentions and claims keep every invariant', { timeout: propertyTimeoutMs }, () => {
    fc.assert(fc.property(articleText, (text) => assertKeepsInvariants(text)), { numRuns });
  });

  test('arbitrary Unicode, controls and lone surrogates: never throws, invariants hold', { timeout: propertyTimeoutMs }, () => {
    const noise = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: hostileCharacter, maxLength: 60 }), fc.string({ unit: 'binary-ascii', maxLength: 200 }));
    fc.assert(fc.property(noise, (text) => assertKeepsInvariants(text)), { numRuns });
  });

  test('a workspace company table with arbitrary names and aliases: never throws, invariants hold', { timeout: propertyTimeoutMs }, () => {
    // Company names come from a file in the workspace; regex metacharacters in them must stay text.
    const name = fc.oneof(company, fc.string({ maxLength: 12 }), pick(['(a+)+', '.*', 'A|B', '[', '\\', '$1', 'AG', '', ' ', 'Amazon', 'a-']));
    const row = fc.record(
      { name, aliases: fc.array(name, { maxLength: 3 }), kind: pick(['company', 'broker', 'bank', 'media', 'exchange'] as const) },
      { requiredKeys: ['name'] },
    );
    fc.assert(fc.property(articleText, fc.array(row, { maxLength: 4 }), (text, rows) => assertKeepsInvariants(text, rows as CompanyRow[])), { numRuns });
  });

  test('deterministic: the same text gives the same model', { timeout: propertyTimeoutMs }, () => {
    fc.assert(fc.property(articleText, (text) => assert.deepEqual(analyzeArticle(text), analyzeArticle(text))), { numRuns });
  });
});
