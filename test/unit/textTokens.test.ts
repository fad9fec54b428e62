// The text helpers the extractors' hot loops rely on: reads outside a text, and multi-word tokens.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeAt } from '../../server/src/analysis/text/chars';
import { CAPITALIZED, INNER_UPPER, joinedWord, scanWords } from '../../server/src/analysis/text/words';

test('codeAt reads inside the text and answers 0 on either side of it', () => {
  assert.deepEqual([-1, 0, 1, 2, 3].map((i) => codeAt('5 €', i)), [0, 0x35, 0x20, 0x20ac, 0]);
  assert.equal(codeAt('', 0), 0);
});

test('a joined token is a word of the scan\'s own class, with the joined span\'s strings', () => {
  const text = 'Die Mercedes-Benz AG zahlt 2.800 Euro.';
  const words = scanWords(text);
  assert.deepEqual(words.map((w) => w.text), ['Die', 'Mercedes', 'Benz', 'AG', 'zahlt', '2', '800', 'Euro']);
  const brand = joinedWord(words, 1, 2, CAPITALIZED | INNER_UPPER, text);
  assert.equal(Object.getPrototypeOf(brand), Object.getPrototypeOf(words[1]));
  assert.deepEqual([brand.start, brand.end, brand.text, brand.lower, brand.caps], [4, 17, 'Mercedes-Benz', 'mercedes-benz', 3]);
  const number = joinedWord(words, 5, 6, 0, text);
  assert.deepEqual([number.start, number.end, number.text, number.lower, number.caps], [27, 32, '2.800', '2.800', 0]);
});

test('a joined token of words not made by scanWords is a plain token with the same strings', () => {
  const text = 'Acme-Robotics';
  const words = [
    { start: 0, end: 4, lower: 'acme', text: 'Acme', caps: CAPITALIZED },
    { start: 5, end: 13, lower: 'robotics', text: 'Robotics', caps: CAPITALIZED },
  ];
  assert.deepEqual({ ...joinedWord(words, 0, 1, CAPITALIZED | INNER_UPPER, text) }, { start: 0, end: 13, lower: 'acme-robotics', text: 'Acme-Robotics', caps: 3 });
});
