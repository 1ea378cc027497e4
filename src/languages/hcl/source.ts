import type { SourceRange } from '../../core/types.js';

/**
 * A text being read and where each of its characters is in a file: a whole `.tf` file, or the
 * template inside a JSON string of a `.tf.json` file (decoded from its escapes, wrapped for the
 * grammar), whose characters map back to the JSON text. Offsets are UTF-16 code units, as
 * JavaScript strings and tree-sitter's `startIndex` count them.
 */
export interface SourceText {
  readonly file: string;
  readonly text: string;
  /** The file range of the characters from `start` to `end` (exclusive). */
  range(start: number, end: number): SourceRange;
}

/** A whole file. Lines end at LF or CRLF, as Terraform's scanner ends them (a lone CR is not a line break there). */
export function sourceOf(file: string, text: string): SourceText {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number): [number, number] => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return [low + 1, at - lineStarts[low] + 1];
  };
  return {
    file,
    text,
    range(start, end) {
      const [line, column] = position(start);
      const [endLine, endColumn] = end <= start ? [line, column] : position(end);
      return { file, line, column, endLine, endColumn };
    },
  };
}

/**
 * A text made from part of another: character `i` of `text` came from offset `offsets[i]` of
 * `outer` (an escape decoded to one character maps to where the escape starts), and
 * `offsets[text.length]` is just past the last one. Characters beyond the mapped ones (a
 * wrapper added around the text) map to the nearest mapped one.
 */
export function mappedSource(outer: SourceText, text: string, offsets: ArrayLike<number>, shift = 0): SourceText {
  const last = offsets.length - 1;
  const map = (offset: number) => offsets[Math.max(0, Math.min(offset - shift, last))];
  return {
    file: outer.file,
    text,
    range(start, end) {
      const from = map(start);
      return outer.range(from, end <= start ? from : Math.max(from, map(end)));
    },
  };
}
