// Converts the analysis library's UTF-16 offsets into LSP positions (line, UTF-16 character) and back.
// The index keeps only where each line starts and where its content ends, never the text, so the
// server can hold one for every closed article in a 10,000-article workspace for a few hundred bytes
// each and still answer diagnostics, hovers and references that point into those files.

import type { Position, Range } from 'vscode-languageserver';

/**
 * The index as plain arrays, to send between threads. Arrays of small integers, not typed arrays: a
 * server holds one index per article, and each typed array would be a buffer of its own outside the
 * heap (an allocation, and work for the garbage collector) for a few dozen numbers.
 */
export interface LineArrays {
  starts: readonly number[];
  contentEnds: readonly number[];
  length: number;
}

/** Line starts and line-content ends of one text; LSP line breaks are \n, \r\n and \r. */
export class LineIndex {
  private constructor(
    /** Offset where each line starts. */
    private readonly starts: readonly number[],
    /** Offset where each line's content ends, before its line break. */
    private readonly contentEnds: readonly number[],
    /** Length of the whole text. */
    readonly length: number,
  ) {}

  /** Builds the index of a text, jumping from line break to line break. */
  static of(text: string): LineIndex {
    const starts: number[] = [0];
    const contentEnds: number[] = [];
    // indexOf jumps between breaks natively; a loop over every character costs several times more.
    const n = text.length;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      let i: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        i = cr;
        contentEnds.push(i);
        if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      } else {
        i = lf;
        contentEnds.push(i);
      }
      starts.push(i + 1);
      if (lf >= 0 && lf <= i) lf = text.indexOf('\n', i + 1);
      if (cr >= 0 && cr <= i) cr = text.indexOf('\r', i + 1);
    }
    contentEnds.push(text.length);
    return new LineIndex(starts, contentEnds, text.length);
  }

  /** Rebuilds an index sent from another thread. */
  static fromArrays(arrays: LineArrays): LineIndex {
    return new LineIndex(arrays.starts, arrays.contentEnds, arrays.length);
  }

  /** The index as plain arrays, to send to another thread. */
  toArrays(): LineArrays {
    return { starts: this.starts, contentEnds: this.contentEnds, length: this.length };
  }

  /** Number of lines (an empty text has one). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The LSP position of an offset; offsets are clamped to the text. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(clamped);
    return { line, character: Math.min(clamped, this.contentEnds[line]) - this.starts[line] };
  }

  /** The offset of an LSP position; characters past the line's end land on the line's end. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.contentEnds[position.line]);
  }

  /** The LSP range of an offset span. */
  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset where a line starts. */
  lineStart(line: number): number {
    return this.starts[line];
  }

  /** Offset where a line's content ends (before its line break). */
  lineContentEnd(line: number): number {
    return this.contentEnds[line];
  }

  /** The line holding an offset, by binary search over the line starts. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
