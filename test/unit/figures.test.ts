// Money, percent and quantity extraction: one row per form the issue names, with exact values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, parseNumber } from '../../server/src/analysis/extract/figures';

/** The figures in `text` as [kind, text, value, currency-or-unit, qualifier]. */
function figures(text: string, language: 'de' | 'en' = 'de'): [string, string, number, string, string | null][] {
  return extractFigures(text, language, []).map((m) => [
    m.kind, m.text, m.value, m.kind === 'money' ? m.currency : m.unit, m.qualifier,
  ]);
}

const CASES: [string, string, 'de' | 'en', [string, string, number, string, string | null][]][] = [
  ['Milliarden US-Dollar', 'eine Investition von bis zu 50 Milliarden US-Dollar in OpenAI', 'de', [['money', 'bis zu 50 Milliarden US-Dollar', 5e10, 'USD', 'upTo']]],
  ['Mrd. Dollar', 'Beteiligung bis 50 Mrd. Dollar', 'de', [['money', 'bis 50 Mrd. Dollar', 5e10, 'USD', 'upTo']]],
  ['125 Mrd. US-Dollar', 'Kapex-Ausblick 2026: 125 Mrd. US-Dollar', 'de', [['money', '125 Mrd. US-Dollar', 125e9, 'USD', null]]],
  ['compound', 'wegen Amazons bestehender 8-Milliarden-Dollar-Beteiligung an Anthropic', 'de', [['money', '8-Milliarden-Dollar', 8e9, 'USD', null]]],
  ['compound campus', 'ein 11-Milliarden-Dollar-Rechenzentrumscampus', 'de', [['money', '11-Milliarden-Dollar', 11e9, 'USD', null]]],
  ['number words', 'seit 2023 rund acht Milliarden US-Dollar in Anthropic', 'de', [['money', 'rund acht Milliarden US-Dollar', 8e9, 'USD', 'about']]],
  ['German Billion', 'eine Bewertung von bis zu einer Billion US-Dollar', 'de', [['money', 'bis zu einer Billion US-Dollar', 1e12, 'USD', 'upTo']]],
  ['Billiarde', '2 Billiarden Euro', 'de', [['money', '2 Billiarden Euro', 2e15, 'EUR', null]]],
  ['decimal comma', 'notiert aktuell bei 239,12 US-Dollar', 'de', [['money', '239,12 US-Dollar', 239.12, 'USD', null]]],
  ['thousands and decimals', 'ein Umsatz von 1.234,5 Mio. Euro', 'de', [['money', '1.234,5 Mio. Euro', 1234.5e6, 'EUR', null]]],
  ['euro sign before', 'ein Gewinn von € 3,2 Mrd. im Jahr', 'de', [['money', '€ 3,2 Mrd.', 3.2e9, 'EUR', null]]],
  ['euro sign after', 'ein Gewinn von 3,2 Mrd. € im Jahr', 'de', [['money', '3,2 Mrd. €', 3.2e9, 'EUR', null]]],
  ['USD code, glued bn', 'raised USD 5bn last year', 'en', [['money', 'USD 5bn', 5e9, 'USD', null]]],
  ['Franken, Pfund, Yen', '3 Mio. Franken, 4 Mio. Pfund und 5 Mrd. Yen', 'de', [
    ['money', '3 Mio. Franken', 3e6, 'CHF', null], ['money', '4 Mio. Pfund', 4e6, 'GBP', null], ['money', '5 Mrd. Yen', 5e9, 'JPY', null]]],
  ['qualifiers', 'mindestens 10 Milliarden Dollar, knapp 5 Mio. Euro, gut 7 Mio. Euro, unter 10 Milliarden US-Dollar, über 3 Mio. Euro, mehr als 4 Mio. Euro, ca. 16.000 Stellen, etwa 14.000 Beschäftigten', 'de', [
    ['money', 'mindestens 10 Milliarden Dollar', 10e9, 'USD', 'atLeast'], ['money', 'knapp 5 Mio. Euro', 5e6, 'EUR', 'about'],
    ['money', 'gut 7 Mio. Euro', 7e6, 'EUR', 'about'], ['money', 'unter 10 Milliarden US-Dollar', 10e9, 'USD', 'under'],
    ['money', 'über 3 Mio. Euro', 3e6, 'EUR', 'over'], ['money', 'mehr als 4 Mio. Euro', 4e6, 'EUR', 'over'],
    ['quantity', 'ca. 16.000 Stellen', 16000, 'jobs', 'about'], ['quantity', 'etwa 14.000 Beschäftigten', 14000, 'employees', 'about']]],
  ['bare amount in a money context', '50 Milliarden für OpenAI. Die Aktie kostet 239,30 Dollar.', 'de', [
    ['money', '50 Milliarden', 5e10, 'USD', null], ['money', '239,30 Dollar', 239.3, 'USD', null]]],
  ['price target without currency', 'mit Kursziel 300 fest', 'de', [['money', '300', 300, 'EUR', null]]],
  ['percent forms', '20 Prozent, 1,61 Prozent, 10%, 8,5 % und 50-Prozent-Räumungsverkäufe', 'de', [
    ['percent', '20 Prozent', 20, 'percent', null], ['percent', '1,61 Prozent', 1.61, 'percent', null],
    ['percent', '10%', 10, 'percent', null], ['percent', '8,5 %', 8.5, 'percent', null], ['percent', '50-Prozent', 50, 'percent', null]]],
  ['Prozentpunkte', 'die Marge stieg um 2,5 Prozentpunkte', 'de', [['percent', '2,5 Prozentpunkte', 2.5, 'percentagePoints', null]]],
  ['quantities', '16.000 Stellen, 4.370 Mitarbeitern, rund 350.000 Beschäftigten und ungefähr 30.000 Corporate- und Tech-Positionen', 'de', [
    ['quantity', '16.000 Stellen', 16000, 'jobs', null], ['quantity', '4.370 Mitarbeitern', 4370, 'employees', null],
    ['quantity', 'rund 350.000 Beschäftigten', 350000, 'employees', 'about'],
    ['quantity', 'ungefähr 30.000 Corporate- und Tech-Positionen', 30000, 'jobs', 'about']]],
  ['not figures', 'nahe dem 52-Wochen-Hoch, im Jahr 2026, um 20 Uhr, Q4-Zahlen, GPT-5, an zwei großen Baustellen, 1. Punkt', 'de', []],
  ['English forms', 'Amazon may invest $50 billion, or 50bn, after USD 1.2 million and 16,000 jobs.', 'en', [
    ['money', '$50 billion', 5e10, 'USD', null], ['money', '50bn', 5e10, 'USD', null],
    ['money', 'USD 1.2 million', 1.2e6, 'USD', null], ['quantity', '16,000 jobs', 16000, 'jobs', null]]],
  ['English qualifiers', 'up to $50 billion and about 8 billion dollars, more than 1,200 new jobs', 'en', [
    ['money', 'up to $50 billion', 5e10, 'USD', 'upTo'], ['money', 'about 8 billion dollars', 8e9, 'USD', 'about'],
    ['quantity', 'more than 1,200 new jobs', 1200, 'jobs', 'over']]],
];

for (const [name, text, language, expected] of CASES) {
  test(`figures: ${name}`, () => assert.deepEqual(figures(text, language), expected));
}

test('parseNumber reads each notation and rejects junk', () => {
  assert.deepEqual(parseNumber('1.234,5', 'de'), { value: 1234.5, decimals: 1 });
  assert.deepEqual(parseNumber('16.000', 'de'), { value: 16000, decimals: 0 });
  assert.deepEqual(parseNumber('16,000', 'en'), { value: 16000, decimals: 0 });
  assert.deepEqual(parseNumber('1.000.000.000.000.000,00', 'de'), { value: 1e15, decimals: 2 });
  assert.equal(parseNumber('1.1.1', 'de'), null);
  assert.equal(parseNumber('9'.repeat(10_000), 'de'), null);
});

test('precision: rounding step of the stated digits, coarser for "about" figures', () => {
  const [about830, exact832, decimals, about100] = extractFigures('rund 830 Milliarden Dollar, 832 Milliarden Dollar, 239,12 Dollar, rund 100 Milliarden Dollar', 'de', []);
  assert.equal(about830.precision, 1e10);
  assert.equal(exact832.precision, 1e9);
  assert.equal(decimals.precision, 0.01);
  assert.equal(about100.precision, 1e10);
});

test('blocked spans (dates) are never read as figures', () => {
  assert.deepEqual(extractFigures('am 5. Februar 2026 um 10 Mio. Euro', 'de', [{ start: 3, end: 18 }]).map((m) => m.text), ['10 Mio. Euro']);
});
