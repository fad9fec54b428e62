// Bundles every entry point with esbuild. Entries whose source file does not exist yet are skipped,
// so the build works while parts of the project are still being written.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const quiet = process.argv.includes('--quiet');

/** Every bundle the project ships or runs: [source, output, external modules]. */
const entries = [
  ['client/src/extension.ts', 'client/out/extension.js', ['vscode']],
  ['server/src/main.ts', 'server/out/server.js', []],
  ['server/src/lsp/analysisWorker.ts', 'server/out/analysisWorker.js', []],
  ['server/src/cli/analyze.ts', 'server/out/cli.js', []],
  ['test/e2e/suite/index.ts', 'test/e2e/out/index.js', ['vscode', 'mocha']],
  ['bench/bench.ts', 'bench/out/bench.js', ['chrono-node', '@microsoft/recognizers-text-suite']],
];

const started = Date.now();
const builds = entries
  .filter(([source]) => existsSync(source))
  .map(([source, outfile, external]) =>
    esbuild.build({
      entryPoints: [source],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external,
      sourcemap: !production,
      minify: production,
      logLevel: 'warning',
    }),
  );
await Promise.all(builds);
if (!quiet) console.log(`esbuild: ${builds.length} bundles in ${Date.now() - started} ms`);
