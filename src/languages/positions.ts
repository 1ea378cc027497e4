import type { SourceRange } from '../core/types.js';

/** A 1-based line and column (UTF-16 code units), as `SourceRange` counts them. */
export interface Position {
  line: number;
  column: number;
}

/**
 * A text to parse and where each of its characters sits in a file. Most texts are a whole
 * file; others are a piece of one: a PowerShell here-string holding ProfileXML, the
 * entity-escaped XML inside an Intune `<Data>` element, an ASA command line that is an item of
 * a YAML list. A reader parses `text` and asks `range(start, end)` for offsets in it; the
 * answer is the range in the outer file, however many pieces and unescapings lie between.
 *
 * Lines end at LF, CRLF or a lone CR, as the line-oriented loaders split them.
 */
export class PositionedText {
  private constructor(
    readonly file: string,
    readonly text: string,
    /** Line and column of the character at an offset, packed as `line * 2^25 + column` (no object per call: readers ask for millions). */
    private readonly locate: (offset: number) => number,
  ) {}

  /** A whole text read from `file`; `start` places its first character elsewhere than line 1, column 1. */
  static of(file: string, text: string, start: Position = { line: 1, column: 1 }): PositionedText {
    const lineStarts = lineStartsOf(text);
    let last = 0; // readers mostly ask in order: try the line of the last answer first
    return new PositionedText(file, text, (offset) => {
      const index =
        lineStarts[last] <= offset && (last + 1 >= lineStarts.length || offset < lineStarts[last + 1]) ? last : (last = lineIndexOf(lineStarts, offset));
      const column = offset - lineStarts[index] + 1;
      return pack(start.line + index, index === 0 ? start.column + column - 1 : column);
    });
  }

  /** The characters from `start` to `end` (exclusive), each where it is in this text. */
  slice(start: number, end: number): PositionedText {
    const from = clamp(start, 0, this.text.length);
    const to = clamp(end, from, this.text.length);
    return new PositionedText(this.file, this.text.slice(from, to), (offset) => this.locate(from + offset));
  }

  /**
   * A text made from this one by unescaping: `offsets[i]` is the offset in this text of the
   * character (or escape) that gave character `i`, and `offsets[text.length]` the offset just past
   * the last one, so a range in the new text ends where its last escape ends.
   */
  mapped(text: string, offsets: ArrayLike<number>): PositionedText {
    const last = text.length;
    return new PositionedText(this.file, text, (offset) => this.locate(offsets[clamp(offset, 0, last)] ?? this.text.length));
  }

  /** Where the character at `offset` of this text is in the file. */
  position(offset: number): Position {
    const packed = this.locate(clamp(offset, 0, this.text.length));
    return { line: Math.floor(packed / LINE), column: packed % LINE };
  }

  /** The file range of this text's characters from `start` to `end` (exclusive). */
  range(start: number, end: number): SourceRange {
    const from = this.locate(clamp(start, 0, this.text.length));
    const to = end <= start ? from : this.locate(clamp(end, 0, this.text.length));
    return { file: this.file, line: Math.floor(from / LINE), column: from % LINE, endLine: Math.floor(to / LINE), endColumn: to % LINE };
  }
}

/** Columns stay under 2^25 (texts are bounded far below that), so a line and column pack into one safe integer. */
const LINE = 2 ** 25;

function pack(line: number, column: number): number {
  return line * LINE + column;
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/** Offsets at which each line starts (LF, CRLF, lone CR). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 0-based index of the line holding `offset`. */
export function lineIndexOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
