// Offsets (UTF-16 code units into an article's text) to LSP positions (0-based line and UTF-16
// character). The conversion is vscode-languageserver-textdocument's own positionAt, so the CLI, the
// server and the editor agree on line ends: "\n", "\r\n" and a lone "\r" each end a line, exactly as
// VS Code counts them. The document's line table is built once per text, on first use.

import { TextDocument } from 'vscode-languageserver-textdocument';

/** A 0-based line and UTF-16 character, as in LSP. */
export interface TextPosition {
  line: number;
  character: number;
}

/** Returns a function that converts offsets into `text` to positions; each call is a binary search. */
export function createPositionMapper(text: string): (offset: number) => TextPosition {
  const document = TextDocument.create('finnews:text', 'finnews-article', 0, text);
  return (offset) => document.positionAt(offset);
}
