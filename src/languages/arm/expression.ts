/**
 * The expression language of ARM templates: a JSON string `"[...]"` holds one expression of
 * string literals (`'it''s'`), integers, function calls (`concat(a, b)`, a user function
 * `contoso.name()`), property access (`.properties`) and indexing (`[0]`, `['key']`).
 * Offsets are into the string's value (after JSON escapes are decoded); `start`/`end` of a
 * node cover its text, so errors and values land on the characters they came from.
 */

export type ArmExpression =
  | { kind: 'string'; value: string; start: number; end: number; escaped: boolean }
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'call'; name: string; args: ArmExpression[]; start: number; end: number }
  | { kind: 'member'; object: ArmExpression; property: string; start: number; end: number }
  | { kind: 'index'; object: ArmExpression; index: ArmExpression; start: number; end: number };

export interface ArmExpressionError {
  message: string;
  start: number;
  end: number;
}

/** How a JSON string value of a template reads: a literal (with `[[` unescaped) or an expression. */
export type ArmStringForm = { kind: 'literal'; value: string; start: number } | { kind: 'expression'; text: string };

/**
 * `"[...]"` is an expression, `"[[...]"` the literal `[...]`; any other string is itself.
 * (ARM's own rule: a string that starts with `[` and ends with `]` is an expression unless it
 * starts with `[[`.)
 */
export function armStringForm(value: string): ArmStringForm {
  if (value.startsWith('[[')) return { kind: 'literal', value: value.slice(1), start: 1 };
  if (value.length >= 2 && value.startsWith('[') && value.endsWith(']')) return { kind: 'expression', text: value };
  return { kind: 'literal', value, start: 0 };
}

class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER_PART = /[A-Za-z0-9_$]/;

/**
 * Parses the expression of a string `"[...]"` (`text` is the whole string value, brackets
 * included). Nesting deeper than `maxDepth` is an error rather than a deep recursion.
 */
export function parseArmExpression(text: string, maxDepth: number): { expression: ArmExpression } | { error: ArmExpressionError } {
  let at = 1;
  const end = text.length - 1;
  let depth = 0;

  const skipSpace = () => {
    while (at < end && /\s/.test(text[at])) at++;
  };
  const fail = (message: string, start = at, stop = Math.min(Math.max(start + 1, at), text.length)): never => {
    throw new ExpressionSyntaxError(message, start, stop);
  };
  const describe = () => (at >= end ? 'the end of the expression' : `'${text[at]}'`);
  const expect = (c: string) => {
    skipSpace();
    if (text[at] !== c || at >= end) fail(`expected '${c}', found ${describe()}`);
    at++;
  };
  const identifier = (): string => {
    const start = at;
    if (at >= end || !IDENTIFIER_START.test(text[at])) fail(`expected a name, found ${describe()}`);
    while (at < end && IDENTIFIER_PART.test(text[at])) at++;
    return text.slice(start, at);
  };

  const primary = (): ArmExpression => {
    skipSpace();
    const start = at;
    const c = text[at];
    if (at >= end) return fail('expected a value, found the end of the expression');
    if (c === "'") {
      at++;
      let value = '';
      let escaped = false;
      for (;;) {
        if (at >= end) fail('a string is not closed', start, end);
        if (text[at] === "'") {
          if (text[at + 1] === "'" && at + 1 < end) {
            value += "'";
            escaped = true;
            at += 2;
            continue;
          }
          at++;
          break;
        }
        value += text[at++];
      }
      return { kind: 'string', value, start, end: at, escaped };
    }
    if (/[-0-9]/.test(c)) {
      if (c === '-') at++;
      const digits = at;
      while (at < end && /[0-9]/.test(text[at])) at++;
      if (at === digits) fail(`expected a number, found ${describe()}`, start);
      if (text[at] === '.' && /[0-9]/.test(text[at + 1] ?? '')) {
        at++;
        while (at < end && /[0-9]/.test(text[at])) at++;
      }
      return { kind: 'number', value: Number(text.slice(start, at)), start, end: at };
    }
    let name = identifier();
    // A user-defined function is called by its namespace: `contoso.uniqueName(...)`.
    const afterName = at;
    skipSpace();
    if (text[at] === '.') {
      at++;
      skipSpace();
      if (at < end && IDENTIFIER_START.test(text[at])) {
        const member = identifier();
        skipSpace();
        if (text[at] === '(') name = `${name}.${member}`;
        else at = afterName;
      } else at = afterName;
    } else at = afterName;
    skipSpace();
    if (text[at] !== '(' || at >= end) fail(`expected '(' after '${name}', found ${describe()}`);
    at++;
    const args: ArmExpression[] = [];
    skipSpace();
    if (text[at] === ')' && at < end) at++;
    else {
      for (;;) {
        args.push(expression());
        skipSpace();
        if (text[at] === ',' && at < end) {
          at++;
          continue;
        }
        expect(')');
        break;
      }
    }
    return { kind: 'call', name, args, start, end: at };
  };

  const expression = (): ArmExpression => {
    if (++depth > maxDepth) fail(`the expression nests deeper than ${maxDepth} levels`);
    let result = primary();
    for (;;) {
      const before = at;
      skipSpace();
      if (at < end && text[at] === '.') {
        at++;
        skipSpace();
        const property = identifier();
        result = { kind: 'member', object: result, property, start: result.start, end: at };
      } else if (at < end && text[at] === '[') {
        at++;
        const index = expression();
        expect(']');
        result = { kind: 'index', object: result, index, start: result.start, end: at };
      } else {
        at = before;
        break;
      }
    }
    depth--;
    return result;
  };

  try {
    skipSpace();
    if (at >= end) fail('the expression is empty', 0, text.length);
    const result = expression();
    skipSpace();
    if (at < end) fail(`unexpected ${describe()} after the expression`);
    return { expression: result };
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    return { error: { message: error.message, start: error.start, end: error.end } };
  }
}
