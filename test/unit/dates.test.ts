// The date extractor: one row per form the issue names, the non-dates, English, the five seeds'
// complete date lists, and the invariants (sorted, non-overlapping, in range, never throws).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractDates } from '../../server/src/analysis/extract/dates';
import type { DateMention } from '../../server/src/analysis/model';

type Role = DateMention['role'];
type Precision = DateMention['precision'];

/** One expected mention: its text (the n-th occurrence in the input) and what it resolves to. */
interface Expected {
  text: string;
  value: string;
  precision: Precision;
  role?: Role;
  /** True when the value was resolved against the publication date. */
  relative?: boolean;
  occurrence?: number;
}

/** Where the n-th (1-based) occurrence of `needle` starts in `text`; fails the test when there is none. */
function offsetOf(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    at = text.indexOf(needle, at + 1);
    assert.notEqual(at, -1, `"${needle}" (occurrence ${occurrence}) is not in the input`);
  }
  return at;
}

/** Asserts that the dates in `text` are exactly `expected`, with exact spans, values and roles. */
function check(text: string, published: string | null, language: 'de' | 'en', expected: Expected[]): void {
  const actual = extractDates(text, published, language);
  const wanted: DateMention[] = expected.map((row) => {
    const start = offsetOf(text, row.text, row.occurrence);
    return {
      kind: 'date',
      start,
      end: start + row.text.length,
      text: row.text,
      value: row.value,
      precision: row.precision,
      role: row.role ?? 'at',
      resolvedAgainst: row.relative ? `publication date ${published}` : null,
    };
  });
  assert.deepEqual(actual, wanted);
}

// ---------------------------------------------------------------------------------------------
// German forms.

test('day and month take the year from the publication date: "5. Februar"', () => {
  check('Quartalszahlen folgen am 5. Februar', '2026-01-30', 'de', [
    { text: '5. Februar', value: '2026-02-05', precision: 'day', relative: true },
  ]);
});

test('a weekday before a day and month belongs to the same mention: "Donnerstag, den 5. Februar"', () => {
  check('die Amazon am Donnerstag, den 5. Februar, vorlegen wird', '2026-02-03', 'de', [
    { text: 'Donnerstag, den 5. Februar', value: '2026-02-05', precision: 'day', relative: true },
  ]);
  check('am Donnerstag, 5. Februar 2026', null, 'de', [
    { text: 'Donnerstag, 5. Februar 2026', value: '2026-02-05', precision: 'day' },
  ]);
});

test('a zero-padded day: "03. Februar"', () => {
  check('Neue Amazon-Analyse vom 03. Februar liefert', '2026-02-03', 'de', [
    { text: '03. Februar', value: '2026-02-03', precision: 'day', relative: true },
  ]);
});

test('a day written in full needs no publication date: "5. Februar 2026"', () => {
  check('Termin: 5. Februar 2026.', null, 'de', [{ text: '5. Februar 2026', value: '2026-02-05', precision: 'day' }]);
  check('Termin: 5.Februar 2026.', '2025-06-01', 'de', [{ text: '5.Februar 2026', value: '2026-02-05', precision: 'day' }]);
});

test('month and year: "Oktober 2025", "seit Oktober 2025" (since), "ab Februar 2026" (since)', () => {
  check('im Oktober 2025 angekündigt', null, 'de', [{ text: 'Oktober 2025', value: '2025-10', precision: 'month' }]);
  check('die zweite Entlassungswelle seit Oktober 2025.', '2026-02-03', 'de', [
    { text: 'Oktober 2025', value: '2025-10', precision: 'month', role: 'since' },
  ]);
  check('Kündigungen sollen ab Februar 2026 erfolgen', '2025-12-20', 'de', [
    { text: 'Februar 2026', value: '2026-02', precision: 'month', role: 'since' },
  ]);
});

test('"im Oktober" is the latest October before publication', () => {
  check('nachdem es im Oktober bereits eine Bewertung erreicht hatte', '2026-01-30', 'de', [
    { text: 'Oktober', value: '2025-10', precision: 'month', relative: true },
  ]);
  check('Bereits im Oktober eröffnete Amazon', '2026-11-02', 'de', [
    { text: 'Oktober', value: '2026-10', precision: 'month', relative: true },
  ]);
});

test('a month in the future when the context says so: "im kommenden Oktober", "ab Oktober", "bis Oktober"', () => {
  check('im kommenden Oktober, ab Oktober, bis Oktober, im nächsten Mai', '2026-02-03', 'de', [
    { text: 'kommenden Oktober', value: '2026-10', precision: 'month', relative: true },
    { text: 'Oktober', value: '2026-10', precision: 'month', role: 'since', relative: true, occurrence: 2 },
    { text: 'Oktober', value: '2026-10', precision: 'month', role: 'until', relative: true, occurrence: 3 },
    { text: 'nächsten Mai', value: '2026-05', precision: 'month', relative: true },
  ]);
  check('im vergangenen Oktober', '2026-10-15', 'de', [
    { text: 'vergangenen Oktober', value: '2025-10', precision: 'month', relative: true },
  ]);
});

test('a point inside a period belongs to the mention: "Ende Oktober", "Anfang 2026"', () => {
  check('Ende Oktober und Anfang 2026', '2026-02-03', 'de', [
    { text: 'Ende Oktober', value: '2025-10', precision: 'month', relative: true },
    { text: 'Anfang 2026', value: '2026', precision: 'year' },
  ]);
});

test('"bis Ende Q1 2026" is the quarter, with role until', () => {
  check('Die Finanzierungsrunde soll bis Ende Q1 2026 abgeschlossen sein', '2025-12-20', 'de', [
    { text: 'Ende Q1 2026', value: '2026-Q1', precision: 'quarter', role: 'until' },
  ]);
});

test('ordinal quarters with a year: "vierte Quartal 2025", "vierten Quartal 2025", "Ende des vierten Quartals 2025"', () => {
  check('die Zahlen für das vierte Quartal 2025 vorlegen', '2026-01-30', 'de', [
    { text: 'vierte Quartal 2025', value: '2025-Q4', precision: 'quarter' },
  ]);
  check('im vierten Quartal 2025 und im 1. Quartal 2026', null, 'de', [
    { text: 'vierten Quartal 2025', value: '2025-Q4', precision: 'quarter' },
    { text: '1. Quartal 2026', value: '2026-Q1', precision: 'quarter' },
  ]);
  check('bis Ende des vierten Quartals 2025', null, 'de', [
    { text: 'Ende des vierten Quartals 2025', value: '2025-Q4', precision: 'quarter', role: 'until' },
  ]);
});

test('a quarter without a year is the latest one that ended before publication: "dritten Quartal"', () => {
  const text = 'Nach einem starken dritten Quartal, in dem AWS wuchs';
  check(text, '2026-02-03', 'de', [{ text: 'dritten Quartal', value: '2025-Q3', precision: 'quarter', relative: true }]);
  // The third quarter of 2025 is still running on 2025-09-15, so the latest one that ended is 2024's.
  check(text, '2025-09-15', 'de', [{ text: 'dritten Quartal', value: '2024-Q3', precision: 'quarter', relative: true }]);
  check(text, '2025-10-01', 'de', [{ text: 'dritten Quartal', value: '2025-Q3', precision: 'quarter', relative: true }]);
});

test('"Q4" and the Q4 inside "Q4-Zahlen" are the latest fourth quarter before publication', () => {
  check('Nächster wichtiger Termin: Q4-Zahlen am 5. Februar. Im Q4 lief es gut.', '2026-01-30', 'de', [
    { text: 'Q4', value: '2025-Q4', precision: 'quarter', relative: true },
    { text: '5. Februar', value: '2026-02-05', precision: 'day', relative: true },
    { text: 'Q4', value: '2025-Q4', precision: 'quarter', relative: true, occurrence: 2 },
  ]);
});

test('quarter and half tokens with a year: "Q4 2025", "Q1/2026", "H1 2026", "erste Halbjahr 2026"', () => {
  check('Q4 2025, Q1/2026, H1 2026 und das erste Halbjahr 2026', null, 'de', [
    { text: 'Q4 2025', value: '2025-Q4', precision: 'quarter' },
    { text: 'Q1/2026', value: '2026-Q1', precision: 'quarter' },
    { text: 'H1 2026', value: '2026-H1', precision: 'half' },
    { text: 'erste Halbjahr 2026', value: '2026-H1', precision: 'half' },
  ]);
});

test('bare years: "seit 2023" (since), "für 2026", "Kapex-Ausblick 2026:"', () => {
  check('Amazon hat seit 2023 bereits Milliarden investiert', '2026-01-30', 'de', [
    { text: '2023', value: '2023', precision: 'year', role: 'since' },
  ]);
  check('Kapitalausgaben von 125 Mrd. Dollar für 2026 geplant. Für 2026 stellt Amazon', null, 'de', [
    { text: '2026', value: '2026', precision: 'year' },
    { text: '2026', value: '2026', precision: 'year', occurrence: 2 },
  ]);
  check('- Kapex-Ausblick 2026: 125 Mrd. US-Dollar', null, 'de', [{ text: '2026', value: '2026', precision: 'year' }]);
});

test('a weekday is the one on or before publication: "Freitag", "am Freitag", "vom Freitag"', () => {
  // 2025-12-20 is a Saturday.
  check('Laut Berichten vom Freitag steckt Amazon. Am Freitag bestätigte. Die Aktie schloss am Freitag.', '2025-12-20', 'de', [
    { text: 'Freitag', value: '2025-12-19', precision: 'day', relative: true },
    { text: 'Freitag', value: '2025-12-19', precision: 'day', relative: true, occurrence: 2 },
    { text: 'Freitag', value: '2025-12-19', precision: 'day', relative: true, occurrence: 3 },
  ]);
  // On a Friday, "Freitag" is that same day.
  check('Freitag', '2026-01-30', 'de', [{ text: 'Freitag', value: '2026-01-30', precision: 'day', relative: true }]);
});

test('"kommenden Freitag", "nächsten Freitag" and "Der kommende Donnerstag" lie after publication', () => {
  // 2026-02-03 is a Tuesday.
  check('am kommenden Freitag oder nächsten Freitag', '2026-02-03', 'de', [
    { text: 'kommenden Freitag', value: '2026-02-06', precision: 'day', relative: true },
    { text: 'nächsten Freitag', value: '2026-02-06', precision: 'day', relative: true },
  ]);
  check('Der kommende Donnerstag wird entscheidend', '2026-02-03', 'de', [
    { text: 'kommende Donnerstag', value: '2026-02-05', precision: 'day', relative: true },
  ]);
  check('letzten Freitag', '2026-01-30', 'de', [{ text: 'letzten Freitag', value: '2026-01-23', precision: 'day', relative: true }]);
  check('bis Freitag', '2026-02-03', 'de', [{ text: 'Freitag', value: '2026-02-06', precision: 'day', role: 'until', relative: true }]);
});

test('relative days: "gestern", "heute", "Gestern", "morgen"', () => {
  check('Gestern kündigte Amazon an; heute fiel die Aktie; morgen folgt mehr.', '2026-01-30', 'de', [
    { text: 'Gestern', value: '2026-01-29', precision: 'day', relative: true },
    { text: 'heute', value: '2026-01-30', precision: 'day', relative: true },
    { text: 'morgen', value: '2026-01-31', precision: 'day', relative: true },
  ]);
});

test('ISO and numeric days: "2026-01-30", "30.01.2026"', () => {
  check(' date 2026-01-30     Startseite', null, 'de', [{ text: '2026-01-30', value: '2026-01-30', precision: 'day' }]);
  check('Stand: 30.01.2026, 9.2.2026', null, 'de', [
    { text: '30.01.2026', value: '2026-01-30', precision: 'day' },
    { text: '9.2.2026', value: '2026-02-09', precision: 'day' },
  ]);
});

test('a day and month without a year take the year nearest to publication: "20. Dezember"', () => {
  check('Analyse vom 20. Dezember', '2026-01-05', 'de', [
    { text: '20. Dezember', value: '2025-12-20', precision: 'day', relative: true },
  ]);
  check('am 3. Januar', '2025-12-20', 'de', [{ text: '3. Januar', value: '2026-01-03', precision: 'day', relative: true }]);
});

test('role words may stand behind an article: "bis zum 5. Februar", "seit dem 1. Januar"', () => {
  check('bis zum 5. Februar, seit dem 1. Januar', '2026-02-03', 'de', [
    { text: '5. Februar', value: '2026-02-05', precision: 'day', role: 'until', relative: true },
    { text: '1. Januar', value: '2026-01-01', precision: 'day', role: 'since', relative: true },
  ]);
});

test('without a publication date, only dates that carry their own year are emitted', () => {
  check('Freitag, gestern, heute, 5. Februar, im Oktober, Q4, dritten Quartal, Oktober 2025, Q1 2026, seit 2023', null, 'de', [
    { text: 'Oktober 2025', value: '2025-10', precision: 'month' },
    { text: 'Q1 2026', value: '2026-Q1', precision: 'quarter' },
    { text: '2023', value: '2023', precision: 'year', role: 'since' },
  ]);
  // A malformed publication date counts as none.
  check('heute', '2026-02-30', 'de', []);
  check('heute', 'gestern', 'de', []);
});

// ---------------------------------------------------------------------------------------------
// Not dates.

test('not dates: "von 10", "um 20", times of day, "52-Wochen-Hoch", list numbers', () => {
  check('Die Spanne reicht von 10 bis 12, Beginn um 20 Uhr, um 20:15 Uhr oder 9.30 Uhr.', '2026-01-30', 'de', []);
  check('nahe des 52-Wochen-Hochs von 247,50 US-Dollar; 52-Wochen-Hoch', '2026-01-30', 'de', []);
  check('1. Verhandlungen\n2. Abbau von rund 16.000 Stellen\n3. Ausblick', '2026-01-30', 'de', []);
});

test('not dates: "diese Woche", "am Wochenende", seasons, "in den kommenden Wochen"', () => {
  check('Erst diese Woche kündigte der Konzern an; die Nachricht kam am Wochenende', '2026-01-30', 'de', []);
  check('seit dem vergangenen Herbst, im Frühjahr, in den kommenden Wochen, alle paar Monate', '2026-01-30', 'de', []);
});

test('not years: numbers in amounts and counts', () => {
  check('2.026 Euro, 2026 Stellen, 2000 Mitarbeiter, rund 2000, ca. 1999, $2026, € 2025, 2025 Mio. Euro, 2026%, 1,2026', '2026-01-30', 'de', []);
  check('16.000 Stellen, 239,12 US-Dollar, 4.370 Mitarbeitern, 20261, 2026.5', '2026-01-30', 'de', []);
  check('2000-Euro-Schein und 2025er Jahrgang', '2026-01-30', 'de', []);
});

test('not dates: month names without context, capitalized "Morgen", weekday compounds that name something else', () => {
  check('Mai Thai, Jan Müller, August Oetker', '2026-01-30', 'de', []);
  check('am Morgen und heute Morgen', '2026-01-30', 'de', [
    { text: 'heute', value: '2026-01-30', precision: 'day', relative: true },
  ]);
  check('der Freitagshandel und freitags', '2026-01-30', 'de', []);
});

test('impossible days are not dates', () => {
  check('31. Februar, 30.02.2026, 2026-13-01', '2026-01-30', 'de', [
    // The ISO shape fails, so only its year remains.
    { text: '2026', value: '2026', precision: 'year', occurrence: 2 },
  ]);
});

// ---------------------------------------------------------------------------------------------
// English.

test('English days: "Feb. 5", "February 5, 2026", "5 February", "Thursday, Feb. 5"', () => {
  check('Amazon reports on Feb. 5 after the close.', '2026-02-03', 'en', [
    { text: 'Feb. 5', value: '2026-02-05', precision: 'day', relative: true },
  ]);
  check('On February 5, 2026, Amazon reports.', null, 'en', [{ text: 'February 5, 2026', value: '2026-02-05', precision: 'day' }]);
  check('on 5 February and the 6th of February', '2026-02-03', 'en', [
    { text: '5 February', value: '2026-02-05', precision: 'day', relative: true },
    { text: '6th of February', value: '2026-02-06', precision: 'day', relative: true },
  ]);
  check('Thursday, Feb. 5', '2026-02-03', 'en', [
    { text: 'Thursday, Feb. 5', value: '2026-02-05', precision: 'day', relative: true },
  ]);
});

test('English weekdays: "last Friday", "on Friday", "next Friday"', () => {
  // 2026-02-03 is a Tuesday.
  check('Shares fell last Friday and rose on Friday; results come next Friday.', '2026-02-03', 'en', [
    { text: 'last Friday', value: '2026-01-30', precision: 'day', relative: true },
    { text: 'Friday', value: '2026-01-30', precision: 'day', relative: true, occurrence: 2 },
    { text: 'next Friday', value: '2026-02-06', precision: 'day', relative: true },
  ]);
});

test('English quarters and halves: "Q1 2026", "the fourth quarter of 2025", "first half of 2026"', () => {
  check('Revenue in Q1 2026 and the fourth quarter of 2025; the first half of 2026', null, 'en', [
    { text: 'Q1 2026', value: '2026-Q1', precision: 'quarter' },
    { text: 'fourth quarter of 2025', value: '2025-Q4', precision: 'quarter' },
    { text: 'first half of 2026', value: '2026-H1', precision: 'half' },
  ]);
  check('Fourth-quarter results', '2026-01-30', 'en', [
    { text: 'Fourth-quarter', value: '2025-Q4', precision: 'quarter', relative: true },
  ]);
});

test('English relative days: "yesterday", "today", "tomorrow"', () => {
  check('Yesterday it fell, today it rose, tomorrow who knows.', '2026-02-03', 'en', [
    { text: 'Yesterday', value: '2026-02-02', precision: 'day', relative: true },
    { text: 'today', value: '2026-02-03', precision: 'day', relative: true },
    { text: 'tomorrow', value: '2026-02-04', precision: 'day', relative: true },
  ]);
});

test('English months and years: "in October", "since 2023", "in 2026", "by the end of 2026", "mid-2026"', () => {
  check('in October, since 2023, in 2026', '2026-02-03', 'en', [
    { text: 'October', value: '2025-10', precision: 'month', relative: true },
    { text: '2023', value: '2023', precision: 'year', role: 'since' },
    { text: '2026', value: '2026', precision: 'year' },
  ]);
  check('by the end of 2026 or mid-2026, in May 2026; May we?', null, 'en', [
    { text: 'end of 2026', value: '2026', precision: 'year', role: 'until' },
    { text: 'mid-2026', value: '2026', precision: 'year' },
    { text: 'May 2026', value: '2026-05', precision: 'month' },
  ]);
  check('2026 jobs, $2026, 2026 shares, about 2000 employees', '2026-02-03', 'en', []);
});

// ---------------------------------------------------------------------------------------------
// The five seeds: every date, in order, with value and text (hand-checked against the articles).

const SEEDS: [file: string, published: string, expected: Expected[]][] = [
  ['000_c8c95a676d34506b.txt', '2026-02-03', [
    { text: 'Oktober 2025', value: '2025-10', precision: 'month', role: 'since' },
    { text: 'Donnerstag, den 5. Februar', value: '2026-02-05', precision: 'day', relative: true },
    { text: 'dritten Quartal', value: '2025-Q3', precision: 'quarter', relative: true },
    { text: 'heute', value: '2026-02-03', precision: 'day', relative: true },
    { text: 'kommende Donnerstag', value: '2026-02-05', precision: 'day', relative: true },
    { text: '03. Februar', value: '2026-02-03', precision: 'day', relative: true },
    { text: '03. Februar', value: '2026-02-03', precision: 'day', relative: true, occurrence: 2 },
  ]],
  ['001_d03fd6a6cf6b45a2.txt', '2025-12-20', [
    { text: 'Freitag', value: '2025-12-19', precision: 'day', relative: true },
    { text: 'Freitag', value: '2025-12-19', precision: 'day', relative: true, occurrence: 2 },
    { text: 'Februar 2026', value: '2026-02', precision: 'month', role: 'since' },
    { text: 'Oktober 2025', value: '2025-10', precision: 'month' },
    { text: 'Freitag', value: '2025-12-19', precision: 'day', relative: true, occurrence: 3 },
    { text: 'Ende Q1 2026', value: '2026-Q1', precision: 'quarter', role: 'until' },
    { text: '20. Dezember', value: '2025-12-20', precision: 'day', relative: true },
    { text: '20. Dezember', value: '2025-12-20', precision: 'day', relative: true, occurrence: 2 },
  ]],
  ['002_a365eef2ac63f869.txt', '2026-01-30', [
    { text: '2026', value: '2026', precision: 'year' },
    { text: '5. Februar', value: '2026-02-05', precision: 'day', relative: true },
    { text: '2026', value: '2026', precision: 'year', occurrence: 2 },
    { text: 'Q4', value: '2025-Q4', precision: 'quarter', relative: true },
    { text: '5. Februar', value: '2026-02-05', precision: 'day', relative: true, occurrence: 2 },
    { text: '2023', value: '2023', precision: 'year', role: 'since' },
    { text: 'Oktober 2025', value: '2025-10', precision: 'month' },
    { text: 'Gestern', value: '2026-01-29', precision: 'day', relative: true },
    { text: 'Oktober 2025', value: '2025-10', precision: 'month', role: 'since', occurrence: 2 },
    { text: '2026', value: '2026', precision: 'year', occurrence: 3 },
    { text: '5. Februar', value: '2026-02-05', precision: 'day', relative: true, occurrence: 3 },
    { text: 'vierte Quartal 2025', value: '2025-Q4', precision: 'quarter' },
    { text: '30. Januar', value: '2026-01-30', precision: 'day', relative: true },
    { text: '30. Januar', value: '2026-01-30', precision: 'day', relative: true, occurrence: 2 },
  ]],
  ['003_0d1240ef380ee946.txt', '2026-01-31', [
    { text: 'November 2025', value: '2025-11', precision: 'month' },
    { text: 'Freitag', value: '2026-01-30', precision: 'day', relative: true },
    { text: '5. Februar', value: '2026-02-05', precision: 'day', relative: true },
    { text: '31. Januar', value: '2026-01-31', precision: 'day', relative: true },
    { text: '31. Januar', value: '2026-01-31', precision: 'day', relative: true, occurrence: 2 },
  ]],
  ['004_74890980bce22e95.txt', '2026-01-30', [
    { text: '2026-01-30', value: '2026-01-30', precision: 'day' },
    { text: 'Oktober', value: '2025-10', precision: 'month', relative: true },
    { text: '2023', value: '2023', precision: 'year', role: 'since' },
    // "2026" occurs first inside the dateline's ISO day, hence occurrences 2 and 3.
    { text: '2026', value: '2026', precision: 'year', occurrence: 2 },
    { text: '2026', value: '2026', precision: 'year', occurrence: 3 },
    { text: 'Oktober', value: '2025-10', precision: 'month', relative: true, occurrence: 2 },
  ]],
];

for (const [file, published, expected] of SEEDS) {
  test(`seed ${file}: every date`, () => {
    const text = readFileSync(join(__dirname, '..', '..', 'seeds', file), 'utf8');
    check(text, published, 'de', expected);
  });
}

// ---------------------------------------------------------------------------------------------
// Invariants.

/** Asserts the contract every result keeps: sorted, non-overlapping, inside the text, text = slice. */
function assertWellFormed(text: string, mentions: DateMention[]): void {
  let lastEnd = 0;
  for (const mention of mentions) {
    assert.ok(mention.start >= lastEnd, `overlap or disorder at ${mention.start}`);
    assert.ok(mention.end > mention.start && mention.end <= text.length, `out of range: ${mention.start}-${mention.end}`);
    assert.equal(mention.text, text.slice(mention.start, mention.end));
    lastEnd = mention.end;
  }
}

test('edge inputs: empty text, a 1 MB single line, binary junk, a non-string', () => {
  assert.deepEqual(extractDates('', '2026-01-30', 'de'), []);
  const line = 'Am Freitag, den 5. Februar 2026, seit Oktober 2025 und Q4 2025 stiegen 16.000 Stellen um 20 Uhr. '.repeat(11_000);
  assert.ok(line.length > 1_000_000);
  const mentions = extractDates(line, '2026-01-30', 'de');
  assert.equal(mentions.length, 11_000 * 3);
  assertWellFormed(line, mentions);
  let junk = '';
  for (let index = 0; index < 200_000; index++) junk += String.fromCharCode((index * 7919 + 13) % 65_536);
  assertWellFormed(junk, extractDates(junk, '2026-01-30', 'de'));
  assertWellFormed(junk, extractDates(junk, '2026-01-30', 'en'));
  assert.deepEqual(extractDates(null as unknown as string, '2026-01-30', 'de'), []);
  assert.deepEqual(extractDates('heute', '2026-01-30', 'fr' as unknown as 'de'), [
    { kind: 'date', start: 0, end: 5, text: 'heute', value: '2026-01-30', precision: 'day', role: 'at', resolvedAgainst: 'publication date 2026-01-30' },
  ]);
});

test('property: any mix of date fragments gives sorted, non-overlapping, in-range mentions and never throws', () => {
  const fragments = [
    '5. Februar', 'Donnerstag, den ', 'Freitag', 'kommenden ', 'Ende ', 'Q1', ' 2026', '2026', '-01-30', '30.01.',
    'im Oktober', 'Oktober', 'vierte Quartal', ' des Jahres ', 'seit ', 'bis ', 'zum ', 'heute', 'gestern', '.', ',', ' ',
    '-', '/', '\n', 'Feb. 5', 'last ', 'Friday', 'the fourth quarter of ', 'mid-', 'H1', '$', '%', ' Stellen', '16.000',
    'ä', '\u00A0', '\uD83D\uDE00', '\uD800', '1', '31', 'of ', 'st',
  ];
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...fragments), { maxLength: 40 }),
      fc.constantFrom<'de' | 'en'>('de', 'en'),
      fc.constantFrom<string | null>(null, '2026-01-30', '2024-02-29', '2025-12-31'),
      (parts, language, published) => {
        const text = parts.join('');
        assertWellFormed(text, extractDates(text, published, language));
      },
    ),
    { numRuns: 500, seed: 20260130 },
  );
});
