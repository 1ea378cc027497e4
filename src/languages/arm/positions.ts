import type { SourceRange } from '../../core/types.js';
import { lineIndexOf, lineStartsOf } from '../positions.js';

/**
 * Offsets of a text (UTF-16 code units, as JavaScript strings and jsonc-parser count them)
 * to 1-based lines and columns, on the line starts every static reader shares. Lines end at LF, CRLF or a lone CR, as the other loaders
 * split them, so a position means the same line in every file kind.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.starts = lineStartsOf(text);
  }

  /** The 1-based line and column of an offset (clamped to the text). */
  position(offset: number): { line: number; column: number } {
    let at = Math.max(0, Math.min(offset, this.text.length));
    // Between the CR and the LF of a CRLF is still the end of the line (a parser's zero-width node may sit there).
    if (at > 0 && this.text.charCodeAt(at) === 10 && this.text.charCodeAt(at - 1) === 13) at--;
    const line = lineIndexOf(this.starts, at);
    return { line: line + 1, column: at - this.starts[line] + 1 };
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
