/**
 * JSON read with positions through jsonc-parser, for the readers of JSON languages (ARM
 * templates, Terraform's JSON syntax): nesting is bounded by a scan before jsonc-parser (which
 * recurses) sees the text, and its syntax errors come back in words, at their offsets.
 */
import { createScanner, parseTree, printParseErrorCode, type Node as JsonNode } from 'jsonc-parser';

export type { JsonNode };

/** jsonc-parser's token kinds used here (its enums are `const enum`s, which isolated modules cannot import). */
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const STRING = 10;
const EOF = 17;

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number is not written as JSON writes numbers',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between values",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the array",
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'a comment is not closed',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed on its line',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a \\u escape is not four hexadecimal digits',
  InvalidEscapeCharacter: 'an escape in a string is not one JSON allows',
  InvalidCharacter: 'a control character (a line break, a tab) is inside a string',
};

export interface JsonSyntaxError {
  /** In words; a dialect's own words for an error code come from `messages`. */
  message: string;
  offset: number;
  length: number;
}

export interface JsonReadOptions {
  maxDepth: number;
  /** JSON with comments and trailing commas (ARM), or strict JSON (Terraform). */
  comments: boolean;
  /** Words for jsonc-parser's error codes where the dialect says it better. */
  messages?: Record<string, string>;
  /** Each string at the top level of the root object, in order (a template's `$schema` before it is read). */
  topLevelString?: (value: string) => void;
}

export type JsonRead = { root: JsonNode | undefined; errors: JsonSyntaxError[] } | { tooDeepAt: number };

export function readJsonTree(text: string, options: JsonReadOptions): JsonRead {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > options.maxDepth) return { tooDeepAt: scanner.getTokenOffset() };
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) depth = Math.max(0, depth - 1);
    else if (token === STRING && depth === 1) options.topLevelString?.(scanner.getTokenValue());
  }
  const parsed: Array<{ error: number; offset: number; length: number }> = [];
  const root = parseTree(text, parsed, { allowTrailingComma: options.comments, disallowComments: !options.comments, allowEmptyContent: true });
  const errors = parsed.map((error) => {
    const name = printParseErrorCode(error.error);
    return { message: options.messages?.[name] ?? SYNTAX_MESSAGES[name] ?? name, offset: error.offset, length: error.length };
  });
  return { root, errors };
}
