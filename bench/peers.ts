// The reference points of the benchmark: two well-known extractors run on the same corpus in the same
// process. chrono-node finds dates only; Recognizers-Text finds currency amounts and numbers. Both are
// external to the bundle (esbuild.mjs), so they load from node_modules as published.

import * as chrono from 'chrono-node';
import { Culture, recognizeCurrency, recognizeNumber } from '@microsoft/recognizers-text-suite';

export interface PeerThroughput {
  mbPerS: number;
  /** Articles and UTF-8 bytes actually processed (Recognizers runs on a time-bounded sample). */
  articles: number;
  bytes: number;
  ms: number;
  /** What the peer found, so the work is visibly real: dates, or currency + number results. */
  found: number;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** One timed pass of chrono-node's German parser over every text. */
export function chronoGermanPass(texts: readonly string[]): PeerThroughput {
  let bytes = 0;
  let found = 0;
  const started = performance.now();
  for (const text of texts) {
    found += chrono.de.parse(text).length;
    bytes += utf8Bytes(text);
  }
  const ms = performance.now() - started;
  return { mbPerS: bytes / 1e6 / (ms / 1000), articles: texts.length, bytes, ms, found };
}

/**
 * Recognizers-Text with German currency and number recognition, on as many articles as fit in the
 * time budget (it runs at a few kilobytes per second, so the whole corpus would take hours). The first
 * call builds its German models, which takes over a second; it is made before timing starts.
 */
export function measureRecognizersGerman(texts: readonly string[], budgetMs: number): PeerThroughput & { warmupMs: number } {
  const warmupStarted = performance.now();
  recognizeCurrency('Amazon investiert 50 Milliarden US-Dollar.', Culture.German);
  recognizeNumber('Amazon streicht 16.000 Stellen.', Culture.German);
  const warmupMs = performance.now() - warmupStarted;
  let bytes = 0;
  let found = 0;
  let articles = 0;
  const started = performance.now();
  for (const text of texts) {
    found += recognizeCurrency(text, Culture.German).length + recognizeNumber(text, Culture.German).length;
    bytes += utf8Bytes(text);
    articles++;
    if (performance.now() - started >= budgetMs) break;
  }
  const ms = performance.now() - started;
  return { mbPerS: bytes / 1e6 / (ms / 1000), articles, bytes, ms, found, warmupMs };
}
