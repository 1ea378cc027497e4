import type { CommentSink } from '../../core/types.js';
import { skipString } from '../../languages/bicep/syntax.js';

/**
 * Tells each comment of a Bicep text: `//` to the end of the line and `/* *\/`, found by a scan of
 * Bicep's lexical structure (single-quoted strings with `\` escapes and `${...}` interpolations,
 * which may hold strings and comments of their own, and `'''` strings, which hold neither).
 */
export function tellBicepComments(file: string, text: string, comments: CommentSink): void {
  /** Open braces, and `${` for an interpolation a string is inside. */
  const stack: string[] = [];
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
      i = skipString(text, i + 1, stack);
    } else if (c === '}' && stack[stack.length - 1] === '${') {
      stack.pop();
      i = skipString(text, i + 1, stack);
    } else {
      if (c === '{') stack.push(c);
      else if (c === '}' && stack.length > 0) stack.pop();
      i++;
    }
  }
}
