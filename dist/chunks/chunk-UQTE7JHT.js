import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/languages/positions.ts
var PositionedText = class _PositionedText {
  constructor(file, text, locate) {
    this.file = file;
    this.text = text;
    this.locate = locate;
  }
  file;
  text;
  locate;
  /** A whole text read from `file`; `start` places its first character elsewhere than line 1, column 1. */
  static of(file, text, start = { line: 1, column: 1 }) {
    const lineStarts = lineStartsOf(text);
    let last = 0;
    return new _PositionedText(file, text, (offset) => {
      const index = lineStarts[last] <= offset && (last + 1 >= lineStarts.length || offset < lineStarts[last + 1]) ? last : last = lineIndexOf(lineStarts, offset);
      const column = offset - lineStarts[index] + 1;
      return pack(start.line + index, index === 0 ? start.column + column - 1 : column);
    });
  }
  /** The characters from `start` to `end` (exclusive), each where it is in this text. */
  slice(start, end) {
    const from = clamp(start, 0, this.text.length);
    const to = clamp(end, from, this.text.length);
    return new _PositionedText(this.file, this.text.slice(from, to), (offset) => this.locate(from + offset));
  }
  /**
   * A text made from this one by unescaping: `offsets[i]` is the offset in this text of the
   * character (or escape) that gave character `i`, and `offsets[text.length]` the offset just past
   * the last one, so a range in the new text ends where its last escape ends.
   */
  mapped(text, offsets) {
    const last = text.length;
    return new _PositionedText(this.file, text, (offset) => this.locate(offsets[clamp(offset, 0, last)] ?? this.text.length));
  }
  /** Where the character at `offset` of this text is in the file. */
  position(offset) {
    const packed = this.locate(clamp(offset, 0, this.text.length));
    return { line: Math.floor(packed / LINE), column: packed % LINE };
  }
  /** The file range of this text's characters from `start` to `end` (exclusive). */
  range(start, end) {
    const from = this.locate(clamp(start, 0, this.text.length));
    const to = end <= start ? from : this.locate(clamp(end, 0, this.text.length));
    return { file: this.file, line: Math.floor(from / LINE), column: from % LINE, endLine: Math.floor(to / LINE), endColumn: to % LINE };
  }
};
var LINE = 2 ** 25;
function pack(line, column) {
  return line * LINE + column;
}
function clamp(value, low, high) {
  return value < low ? low : value > high ? high : value;
}
function lineStartsOf(text) {
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
function lineIndexOf(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export {
  PositionedText,
  lineStartsOf,
  lineIndexOf
};
