import { createScanner } from 'jsonc-parser';
import type { CommentSink } from '../../core/types.js';

/** jsonc-parser's token kinds (its enums are `const enum`s, which isolated modules cannot import). */
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const EOF = 17;

/** Tells each `//` and `/* *\/` comment of a JSON text (ARM accepts them in templates and parameter files), as JSON's own scanner finds them: never inside a string. */
export function tellJsonComments(file: string, text: string, comments: CommentSink): void {
  const scanner = createScanner(text, false);
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === LINE_COMMENT || token === BLOCK_COMMENT) comments(file, text, scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
  }
}
