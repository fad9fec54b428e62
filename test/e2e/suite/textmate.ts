// Tokenizes with the TextMate engine VS Code itself ships (vscode-textmate and the Oniguruma wasm
// under `vscode.env.appRoot`), on the grammar file the running extension contributes. VS Code has no
// public API that returns a document's TextMate scopes, so this is as close as a test can get: the same
// engine, the same regular-expression library, the same grammar file VS Code loaded.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** One token of a line: [startIndex, endIndex) and its scopes, outermost first. */
export interface LineToken {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}

/** The article grammar, ready to tokenize single lines. */
export interface ArticleGrammar {
  tokenizeLine(line: string): LineToken[];
}

// The small part of vscode-textmate's and vscode-oniguruma's APIs used here. They are not dependencies
// of the project, so their types are stated instead of imported.
interface TextMateGrammar {
  tokenizeLine(line: string, state: unknown): { tokens: LineToken[] };
}
interface TextMateModule {
  INITIAL: unknown;
  Registry: new (options: {
    onigLib: Promise<unknown>;
    loadGrammar(scopeName: string): Promise<unknown>;
  }) => { loadGrammar(scopeName: string): Promise<TextMateGrammar | null> };
  parseRawGrammar(content: string, filePath: string): unknown;
}
interface OnigurumaModule {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => unknown;
  OnigString: new (text: string) => unknown;
}

/** The folders where VS Code installs keep their node modules (code-server, desktop asar, unpacked). */
const moduleFolders = ['node_modules', 'node_modules.asar.unpacked', 'node_modules.asar'];

function vscodeModulePath(name: string): string {
  for (const folder of moduleFolders) {
    const candidate = path.join(vscode.env.appRoot, folder, name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} not found under ${vscode.env.appRoot} (looked in ${moduleFolders.join(', ')})`);
}

let onigurumaReady: Promise<OnigurumaModule> | undefined;

/** Loads Oniguruma's wasm once per extension host: loadWASM may only run once per process. */
function loadOniguruma(): Promise<OnigurumaModule> {
  onigurumaReady ??= (async () => {
    const modulePath = vscodeModulePath('vscode-oniguruma');
    const oniguruma = require(modulePath) as OnigurumaModule;
    const wasm = readFileSync(path.join(modulePath, 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return oniguruma;
  })();
  return onigurumaReady;
}

/** Loads the grammar that `extension` contributes for the article language. */
export async function loadArticleGrammar(extension: vscode.Extension<unknown>): Promise<ArticleGrammar> {
  const manifest = extension.packageJSON as { contributes: { grammars: { language: string; scopeName: string; path: string }[] } };
  const contribution = manifest.contributes.grammars.find((grammar) => grammar.language === 'finnews-article');
  if (!contribution) throw new Error('the extension contributes no grammar for finnews-article');
  const grammarPath = path.join(extension.extensionPath, contribution.path);

  const textmate = require(vscodeModulePath('vscode-textmate')) as TextMateModule;
  const oniguruma = await loadOniguruma();
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === contribution.scopeName ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar(contribution.scopeName);
  if (!grammar) throw new Error(`vscode-textmate could not load ${contribution.scopeName} from ${grammarPath}`);
  return { tokenizeLine: (line) => grammar.tokenizeLine(line, textmate.INITIAL).tokens };
}
