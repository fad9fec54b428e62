// Child process of regressions.test.ts: analyses one corpus file and prints the invariant violations
// as JSON. Running it in its own process lets the test kill an input that hangs the analysis.

import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../server/src/analysis';
import { findInvariantViolations } from './helpers';

/** The text a corpus file holds: a .json file holds a JSON string, any other file UTF-8 text. */
export function readRegressionText(path: string): string {
  const content = readFileSync(path, 'utf8');
  return path.endsWith('.json') ? (JSON.parse(content) as string) : content;
}

if (require.main === module) {
  const text = readRegressionText(process.argv[2]);
  process.stdout.write(JSON.stringify(findInvariantViolations(text, analyzeArticle(text))));
}
