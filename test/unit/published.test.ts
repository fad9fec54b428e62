// The publication-date finder: datelines, full dates at the top, "Analyse vom" footers with the year
// inferred from the article's own dates, and null whenever the text gives no evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPublicationDate } from '../../server/src/analysis/extract/published';

function seed(file: string): string {
  return readFileSync(join(__dirname, '..', '..', 'seeds', file), 'utf8');
}

// ---------------------------------------------------------------------------------------------
// The five seeds.

const SEEDS: [file: string, date: string, source: string][] = [
  // Mentions "Oktober 2025": February 2026 is closer than February 2025 or 2024.
  ['000_c8c95a676d34506b.txt', '2026-02-03', "footer 'Analyse vom 03. Februar', year inferred from 1 dated mention"],
  // Mentions "Februar 2026", "Oktober 2025", "Ende Q1 2026": December 2025 sits between them.
  ['001_d03fd6a6cf6b45a2.txt', '2025-12-20', "footer 'Analyse vom 20. Dezember', year inferred from 3 dated mentions"],
  // Mentions 2026 (three times), 2023, "Oktober 2025" (twice) and "vierte Quartal 2025".
  ['002_a365eef2ac63f869.txt', '2026-01-30', "footer 'Analyse vom 30. Januar', year inferred from 7 dated mentions"],
  // Mentions "November 2025".
  ['003_0d1240ef380ee946.txt', '2026-01-31', "footer 'Analyse vom 31. Januar', year inferred from 1 dated mention"],
  ['004_74890980bce22e95.txt', '2026-01-30', "dateline 'date 2026-01-30'"],
];

for (const [file, date, source] of SEEDS) {
  test(`seed ${file}: published ${date}`, () => {
    assert.deepEqual(findPublicationDate(seed(file), 'de'), { date, source });
  });
}

// ---------------------------------------------------------------------------------------------
// Datelines.

test('a dateline line: " date 2026-01-30", "Veröffentlicht am 30.01.2026", "Stand: 5. Februar 2026"', () => {
  assert.deepEqual(findPublicationDate(' date 2026-01-30     Startseite\n\nText', 'de'), {
    date: '2026-01-30',
    source: "dateline 'date 2026-01-30'",
  });
  assert.deepEqual(findPublicationDate('Überschrift\nText ohne Datum.\nVeröffentlicht am 30.01.2026 von X', 'de'), {
    date: '2026-01-30',
    source: "dateline 'Veröffentlicht am 30.01.2026'",
  });
  assert.deepEqual(findPublicationDate('Titel\nStand: 5. Februar 2026\nText', 'de'), {
    date: '2026-02-05',
    source: "dateline 'Stand: 5. Februar 2026'",
  });
});

test('an English dateline: "Published: Feb. 3, 2026"', () => {
  assert.deepEqual(findPublicationDate('Amazon in talks\nPublished: Feb. 3, 2026\nAmazon is...', 'en'), {
    date: '2026-02-03',
    source: "dateline 'Published: Feb. 3, 2026'",
  });
});

test('a dateline wins over a footer, and a label without a full date is no dateline', () => {
  const text = 'Date palms grow.\nStand 2025\nAnalyse vom 03. Februar, seit Oktober 2025\n date 2026-02-04';
  assert.deepEqual(findPublicationDate(text, 'de'), { date: '2026-02-04', source: "dateline 'date 2026-02-04'" });
});

// ---------------------------------------------------------------------------------------------
// A full date near the top.

test('a full date near the top: "30.01.2026", "January 30, 2026"', () => {
  assert.deepEqual(findPublicationDate('Amazon Aktie\nFrankfurt, 30.01.2026 – Amazon plant', 'de'), {
    date: '2026-01-30',
    source: "date near the top '30.01.2026'",
  });
  assert.deepEqual(findPublicationDate('Amazon in talks with OpenAI\nJanuary 30, 2026\nSeattle — Amazon', 'en'), {
    date: '2026-01-30',
    source: "date near the top 'January 30, 2026'",
  });
});

test('a full date far below the top is no publication date', () => {
  const text = `Titel\n${'Füllsatz ohne Datum. '.repeat(60)}\nAm 30.01.2026 passierte etwas.`;
  assert.deepEqual(findPublicationDate(text, 'de'), { date: null, source: null });
});

// ---------------------------------------------------------------------------------------------
// Footers.

test('a footer with its own year needs no inference: "Analyse vom 03. Februar 2026"', () => {
  assert.deepEqual(findPublicationDate('Text.\nNeue Amazon-Analyse vom 03. Februar 2026 liefert', 'de'), {
    date: '2026-02-03',
    source: "footer 'Analyse vom 03. Februar 2026'",
  });
});

test('a footer year is the one closest to the explicit dates in the article', () => {
  // "Q1 2026" and "Oktober 2025": 2026-02-03 lies inside Q1 2026 and four months after October.
  assert.deepEqual(findPublicationDate('bis Ende Q1 2026, seit Oktober 2025. Analyse vom 03. Februar', 'de'), {
    date: '2026-02-03',
    source: "footer 'Analyse vom 03. Februar', year inferred from 2 dated mentions",
  });
  // Only 2023 is stated: February 2023 lies inside it.
  assert.deepEqual(findPublicationDate('seit 2023. Analyse vom 03. Februar', 'de'), {
    date: '2023-02-03',
    source: "footer 'Analyse vom 03. Februar', year inferred from 1 dated mention",
  });
  // A 29 February footer can only fall in a leap year among the candidates.
  assert.deepEqual(findPublicationDate('seit 2023. Analyse vom 29. Februar', 'de'), {
    date: '2024-02-29',
    source: "footer 'Analyse vom 29. Februar', year inferred from 1 dated mention",
  });
});

test('an English footer: "Analysis from February 3"', () => {
  assert.deepEqual(findPublicationDate('The round should close in Q1 2026.\nAnalysis from February 3', 'en'), {
    date: '2026-02-03',
    source: "footer 'Analysis from February 3', year inferred from 1 dated mention",
  });
  assert.deepEqual(findPublicationDate('Revenue since 2023.\nAnalysis of 3rd February 2026', 'en'), {
    date: '2026-02-03',
    source: "footer 'Analysis of 3rd February 2026'",
  });
});

test('a footer without any explicit year in the article gives no date (the clock is never asked)', () => {
  assert.deepEqual(findPublicationDate('Am Freitag fiel die Aktie. Analyse vom 03. Februar', 'de'), { date: null, source: null });
});

// ---------------------------------------------------------------------------------------------
// No evidence.

test('null when nothing in the text supports a date', () => {
  assert.deepEqual(findPublicationDate('', 'de'), { date: null, source: null });
  assert.deepEqual(findPublicationDate('Amazon verhandelt seit 2023 über Oktober 2025 hinaus.', 'de'), { date: null, source: null });
  assert.deepEqual(findPublicationDate('Amazon is in talks.', 'en'), { date: null, source: null });
  assert.deepEqual(findPublicationDate(null as unknown as string, 'de'), { date: null, source: null });
});

test('edge inputs: a 1 MB single line and binary junk never throw', () => {
  const line = 'Analyse vom 03. Februar seit Oktober 2025 '.repeat(25_000);
  assert.ok(line.length > 1_000_000);
  assert.deepEqual(findPublicationDate(line, 'de'), {
    date: '2026-02-03',
    source: "footer 'Analyse vom 03. Februar', year inferred from 25000 dated mentions",
  });
  let junk = '';
  for (let index = 0; index < 200_000; index++) junk += String.fromCharCode((index * 7919 + 13) % 65_536);
  assert.deepEqual(findPublicationDate(junk, 'de'), { date: null, source: null });
  assert.deepEqual(findPublicationDate(junk, 'en'), { date: null, source: null });
});
