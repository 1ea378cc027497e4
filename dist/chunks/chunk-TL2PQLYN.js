import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/formats/shared/aligned-value.ts
var ANCHOR = 8;
var RESYNC_WINDOW = 4096;
var SEARCH_BUDGET = 5e7;
function alignedValue(source, lineStarts, loc, value) {
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
      while (i < value.length) offsets[i++] = here;
      break;
    }
    for (let k = 0; k < skip; k++) offsets[i++] = here;
    j = found;
  }
  offsets[value.length] = Math.min(j, end);
  return source.mapped(value, offsets);
}
function offsetOf(lineStarts, line, column, length) {
  const lineStart = lineStarts[Math.min(Math.max(line - 1, 0), lineStarts.length - 1)] ?? 0;
  return Math.min(lineStart + column - 1, length);
}

export {
  alignedValue
};
