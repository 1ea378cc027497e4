/**
 * A value a static reader evaluated (a PowerShell string, a YAML scalar), positioned in the file
 * it was written in. Readers give the value and the range of the expression that gave it; where
 * the value is not one literal (`'<Servers>' + $Server + '</Servers>'`, a YAML block scalar whose
 * indentation is not part of the value), each run of characters written literally in the
 * expression is found there in order, and the characters in between (a variable's value, an
 * escape) take the position where the literal text stops. So XML or CLI lines parsed from the
 * value land at their lines and columns in the file.
 */
import type { SourceRange } from '../../core/types.js';
import type { PositionedText } from '../../languages/positions.js';

/** Runs of this many characters are looked for in the expression to find where the value goes on after a part that is not literal. */
const ANCHOR = 8;
/** Characters of a value looked at for an anchor after one part that is not literal: a variable's value is short. */
const RESYNC_WINDOW = 4096;
/** Characters compared while looking for anchors in one value, at most: past it, the rest of the value stands where the literal text stopped. */
const SEARCH_BUDGET = 50_000_000;

/**
 * The value positioned in the script: `value` is what the expression at `loc` evaluates to.
 * Characters written literally in the expression are mapped to where they are written; the
 * others to the place in the expression where the literal text stops.
 */
export function alignedValue(source: PositionedText, lineStarts: readonly number[], loc: SourceRange, value: string): PositionedText {
  const text = source.text;
  const start = offsetOf(lineStarts, loc.line, loc.column, text.length);
  const end = Math.max(start, offsetOf(lineStarts, loc.endLine, loc.endColumn, text.length));
  const region = text.slice(start, end);
  const offsets = new Int32Array(value.length + 1);
  let budget = SEARCH_BUDGET;
  let j = start;
  let i = 0;
  while (i < value.length) {
    if (j < end && value.charCodeAt(i) === text.charCodeAt(j)) {
      offsets[i++] = j++;
      continue;
    }
    // A part that is not literal here: find where the literal text of the value goes on.
    let found = -1;
    let skip = 0;
    for (; skip < RESYNC_WINDOW && i + skip < value.length && budget > 0; skip++) {
      const anchor = value.slice(i + skip, i + skip + ANCHOR);
      budget -= end - j;
      const at = region.indexOf(anchor, j - start);
      if (at >= 0) {
        found = start + at;
        break;
      }
    }
    const here = Math.min(j, end);
    if (found < 0) {
      // Nothing of the rest is written literally: it all stands where the literal text stopped.
      while (i < value.length) offsets[i++] = here;
      break;
    }
    for (let k = 0; k < skip; k++) offsets[i++] = here;
    j = found;
  }
  offsets[value.length] = Math.min(j, end);
  return source.mapped(value, offsets);
}

function offsetOf(lineStarts: readonly number[], line: number, column: number, length: number): number {
  const lineStart = lineStarts[Math.min(Math.max(line - 1, 0), lineStarts.length - 1)] ?? 0;
  return Math.min(lineStart + column - 1, length);
}
