import type { SourceRange } from '../../core/types.js';

/**
 * Offsets of a text (UTF-16 code units, as JavaScript strings and jsonc-parser count them)
 * to 1-based lines and columns. Lines end at LF, CRLF or a lone CR, as the other loaders
 * split them, so a position means the same line in every file kind.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The 1-based line and column of an offset (clamped to the text). */
  position(offset: number): { line: number; column: number } {
    let at = Math.max(0, Math.min(offset, this.text.length));
    // Between the CR and the LF of a CRLF is still the end of the line (a parser's zero-width node may sit there).
    if (at > 0 && this.text.charCodeAt(at) === 10 && this.text.charCodeAt(at - 1) === 13) at--;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - this.starts[low] + 1 };
  }

  /** The range from `start` to `end` (offsets; `end` just past the last character). */
  range(start: number, end: number): SourceRange {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

/** A range from a start position to an end position of two other ranges (the first's start, the second's end). */
export function spanning(first: SourceRange, last: SourceRange): SourceRange {
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}
