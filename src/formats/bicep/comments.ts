import type { CommentSink } from '../../core/types.js';

/**
 * Tells each comment of a Bicep text: `//` to the end of the line and `/* *\/`, found by a scan of
 * Bicep's lexical structure (single-quoted strings with `\` escapes and `${...}` interpolations,
 * which may hold strings and comments of their own, and `'''` strings, which hold neither).
 */
export function tellBicepComments(file: string, text: string, comments: CommentSink): void {
  /** For each `${` open: the depth of braces inside it. */
  const interpolations: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const start = i;
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      comments(file, text, start, i);
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      comments(file, text, i, end);
      i = end;
    } else if (text.startsWith("'''", i)) {
      const close = text.indexOf("'''", i + 3);
      i = close < 0 ? n : close + 3;
    } else if (c === "'") {
      i = stringEnd(text, i + 1, interpolations);
    } else if (c === '{' && interpolations.length > 0) {
      interpolations[interpolations.length - 1]++;
      i++;
    } else if (c === '}' && interpolations.length > 0) {
      if (interpolations[interpolations.length - 1] === 0) {
        interpolations.pop();
        i = stringEnd(text, i + 1, interpolations);
      } else {
        interpolations[interpolations.length - 1]--;
        i++;
      }
    } else i++;
  }
}

/** The end of a single-quoted string's text from `i`: after its closing quote, at a line end (a string does not cross lines), or after a `${` that opens an interpolation. */
function stringEnd(text: string, i: number, interpolations: number[]): number {
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === "'") return i + 1;
    else if (c === '\n' || c === '\r') return i;
    else if (c === '$' && text[i + 1] === '{') {
      interpolations.push(0);
      return i + 2;
    } else i++;
  }
  return i;
}
