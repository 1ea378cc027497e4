import type { Parser } from 'web-tree-sitter';
import { thousands } from '../../core/words.js';
import type { AzureEvaluation } from '../arm/context.js';
import type { LineIndex } from '../arm/positions.js';

/**
 * A Bicep syntax tree as plain objects, copied once from tree-sitter's: the evaluator walks
 * loop bodies once per instance, and plain objects are cheaper to walk than nodes fetched from
 * WebAssembly memory. The tree-sitter tree is freed as soon as it is copied.
 */
export interface Syntax {
  /** The node's type; an anonymous token's type is its text (`existing`, `=`, `.?`). */
  type: string;
  named: boolean;
  /** A token the parser inserted to recover from an error (tree-sitter's MISSING). */
  missing: boolean;
  start: number;
  end: number;
  /** The field the node fills in its parent (`object`, `property`, `operator`...). */
  field?: string;
  /** Set on a top-level statement with a syntax error in it: what it refers to is not said again. */
  damaged?: boolean;
  children: Syntax[];
}

const MAX_SYNTAX_DIAGNOSTICS = 100;

/** The type given to a node past the nesting bound: its children are not copied, and it reads as unknown. */
export const TOO_DEEP = 'too_deep';

/** Comments are extras tree-sitter puts anywhere; the evaluator never needs them. */
const SKIPPED = new Set(['comment', 'diagnostic_comment']);

/** Keywords that begin a top-level statement. */
const STATEMENT_KEYWORDS = new Set(['param', 'var', 'resource', 'module', 'output', 'type', 'func', 'import', 'metadata', 'targetScope', 'using', 'provider', 'extension', 'extends', 'test', 'assert', '@']);

/**
 * Parses a text into a plain tree. ERROR and MISSING nodes become `bicep/syntax` diagnostics
 * and stay in the tree (the evaluator reads them as unknown); a tree nesting deeper than the
 * bound is cut there, with a diagnostic.
 *
 * The text is parsed one top-level statement at a time (see `statementStarts`). The grammar
 * reads newlines as spaces, so one statement it cannot read (a nullable type `param p string?`
 * taken for the start of `a ? b : c`, an `import` form it does not know) would otherwise swallow
 * the statements after it, and tree-sitter's error recovery over a long damaged region costs
 * far more than linear time (a 50 kB file of broken statements took seconds). Each statement's
 * parse has a work budget in proportion to its length; one past it is said and left out.
 */
export function parseBicepSyntax(parser: Parser, index: LineIndex, evaluation: AzureEvaluation): Syntax {
  const { text } = index;
  const bounds = { depth: evaluation.bounds.maxDepth, tooDeep: undefined as number | undefined };
  const root: Syntax = { type: 'infrastructure', named: true, missing: false, start: 0, end: text.length, children: [] };
  const starts = statementStarts(text);
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const part = copyTree(parser, text, starts[i], end, bounds);
    if (!part) {
      evaluation.diagnose('parse-bound', `this statement is too damaged to parse within the work bound for its ${thousands(end - starts[i])} characters; it is not read`, index.range(starts[i], starts[i] + 1), 'error');
      continue;
    }
    for (const child of part.children) {
      if (containsError(child)) child.damaged = true;
      root.children.push(child);
    }
  }
  if (bounds.tooDeep !== undefined) {
    evaluation.diagnose('nesting', `expressions nest deeper than ${thousands(evaluation.bounds.maxDepth)} levels; what is deeper is not read`, index.range(bounds.tooDeep, bounds.tooDeep + 1), 'error');
  }
  reportErrors(root, index, evaluation);
  return root;
}

/**
 * Progress checks tree-sitter may make while parsing a statement, per character of it (and a
 * floor for short ones). A valid statement takes well under one check per 100 characters; error
 * recovery over a damaged one may take thousands of times more.
 */
const PARSE_CHECKS_PER_CHARACTER = 0.05;
const PARSE_CHECKS_FLOOR = 200;

/**
 * Copies the tree of `text` from `start` to `end` (offsets of the copy are offsets into `text`),
 * then frees tree-sitter's; undefined when the parse went past its work budget.
 */
function copyTree(parser: Parser, text: string, start: number, end: number, bounds: { depth: number; tooDeep: number | undefined }): Syntax | undefined {
  const root: Syntax = { type: 'infrastructure', named: true, missing: false, start, end, children: [] };
  const budget = PARSE_CHECKS_FLOOR + (end - start) * PARSE_CHECKS_PER_CHARACTER;
  let checks = 0;
  const tree = parser.parse(start === 0 && end === text.length ? text : text.slice(start, end), null, { progressCallback: () => ++checks > budget });
  if (!tree) {
    // A cancelled parse leaves the parser mid-way; the next parse must start afresh.
    parser.reset();
    return undefined;
  }
  try {
    const cursor = tree.walk();
    const stack: Syntax[] = [root];
    // Depth first with the cursor; `stack` holds the copies of the nodes whose children are being copied.
    let more = cursor.gotoFirstChild();
    while (more) {
      const type = cursor.nodeType;
      if (!SKIPPED.has(type)) {
        const node: Syntax = { type, named: cursor.nodeIsNamed, missing: cursor.nodeIsMissing, start: start + cursor.startIndex, end: start + cursor.endIndex, children: [] };
        const field = cursor.currentFieldName;
        if (field) node.field = field;
        stack[stack.length - 1].children.push(node);
        if (stack.length > bounds.depth) {
          bounds.tooDeep ??= node.start;
          node.type = TOO_DEEP;
        } else if (cursor.gotoFirstChild()) {
          stack.push(node);
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (cursor.gotoParent()) stack.pop();
        if (stack.length === 0 || cursor.currentDepth === 0) {
          more = false;
          break;
        }
      }
    }
    cursor.delete();
  } finally {
    tree.delete();
  }
  return root;
}

/**
 * Offsets where top-level statements begin: a statement keyword (or `@` of a decorator) first on
 * its line, outside any bracket, string or comment. Decorators stay with the statement they
 * decorate. This is a scan of Bicep's lexical structure only (strings with `${...}`, multi-line
 * strings, comments, brackets), so that each statement is parsed by the grammar on its own.
 */
export function statementStarts(text: string): number[] {
  const starts: number[] = [0];
  /** Open brackets, and `'` for a string an interpolation is inside. */
  const stack: string[] = [];
  let lineStart = true;
  let decoratorsOnly = false;
  /** Statement keywords first on a line with no indentation, inside brackets. */
  const unindented: Array<{ at: number; decorator: boolean }> = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lineStart = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const first: boolean = lineStart;
    lineStart = false;
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      lineStart = first;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      lineStart = first;
      continue;
    }
    if (first && stack.length === 0) {
      const word = c === '@' ? '@' : /[A-Za-z_]/.test(c) ? wordAt(text, i) : '';
      if (STATEMENT_KEYWORDS.has(word)) {
        if (!decoratorsOnly && i > 0) starts.push(i);
        decoratorsOnly = word === '@';
      }
    } else if (first && (i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r')) {
      const word = c === '@' ? '@' : /[A-Za-z_]/.test(c) ? wordAt(text, i) : '';
      if (STATEMENT_KEYWORDS.has(word)) unindented.push({ at: i, decorator: word === '@' });
    }
    if (text.startsWith("'''", i)) {
      const close = text.indexOf("'''", i + 3);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (c === "'") {
      i = skipString(text, i + 1, stack);
      continue;
    }
    if (c === '{' || c === '[' || c === '(') stack.push(c);
    else if (c === '}' || c === ']' || c === ')') {
      if (c === '}' && stack[stack.length - 1] === '${') {
        stack.pop();
        i = skipString(text, i + 1, stack);
        continue;
      }
      if (stack.length > 0 && stack[stack.length - 1] !== '${') stack.pop();
    }
    i++;
  }
  if (stack.length > 0) {
    // A bracket is never closed: the statement that opened it runs to the end of the text. Its
    // lines that start, unindented, with a statement keyword begin statements again, so one
    // missing '}' does not make the rest of the file one statement.
    const last = starts[starts.length - 1];
    let decorators = false;
    for (const { at, decorator } of unindented) {
      if (at <= last) continue;
      if (!decorators) starts.push(at);
      decorators = decorator;
    }
  }
  return starts;
}

/** The rest of a single-quoted string from `i`: its end, or the start of an interpolation (pushed on `stack`). A string ends at a line break if not closed. */
export function skipString(text: string, i: number, stack: string[]): number {
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === "'") return i + 1;
    else if (c === '\n' || c === '\r') return i;
    else if (c === '$' && text[i + 1] === '{') {
      stack.push('${');
      return i + 2;
    } else i++;
  }
  return i;
}

function wordAt(text: string, i: number): string {
  let end = i;
  while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
  return text.slice(i, end);
}

function containsError(root: Syntax): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'ERROR' && !isNonNullAssertion(node)) || node.missing) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/** One diagnostic per ERROR or MISSING node that is not inside another ERROR. */
function reportErrors(root: Syntax, index: LineIndex, evaluation: AzureEvaluation): void {
  let errors = 0;
  const stack = [root];
  const found: Syntax[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'ERROR' && !isNonNullAssertion(node)) || node.missing) {
      found.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  for (const node of found) {
    errors++;
    if (errors > MAX_SYNTAX_DIAGNOSTICS) return;
    const message = node.missing ? `expected ${describeMissing(node.type)}` : `unexpected ${quoteText(index.text.slice(node.start, node.end))}`;
    const more = errors === MAX_SYNTAX_DIAGNOSTICS && found.length > MAX_SYNTAX_DIAGNOSTICS ? ` (and ${thousands(found.length - MAX_SYNTAX_DIAGNOSTICS)} more syntax errors not listed)` : '';
    // A warning: the grammar lags behind Bicep (spread `...`, `resourceInput<...>` types), so valid new syntax reads as an error here too.
    evaluation.diagnose('syntax', `${message}${more}: a syntax error, or Bicep syntax the grammar does not know yet; what the statement declares is read where it can be`, index.range(node.start, Math.max(node.end, node.start + (node.missing ? 0 : 1))), 'warning');
  }
}

function describeMissing(type: string): string {
  return /^[a-z_]+$/.test(type) ? type.replace(/_/g, ' ') : `'${type}'`;
}

function quoteText(text: string): string {
  const line = text.split(/\r\n|\r|\n/)[0];
  const shown = line.length > 40 ? `${line.slice(0, 37)}...` : line;
  return shown.length === 0 ? 'text' : `'${shown}'`;
}

/** The named children of a node (no punctuation, keywords or operators, no non-null assertion). */
export function named(node: Syntax): Syntax[] {
  return node.children.filter((child) => child.named && !isNonNullAssertion(child));
}

/**
 * Bicep's non-null assertion `x!` in an argument list or array: the grammar does not know it
 * there and makes the `!` an ERROR of its own. It changes no value, so it is no syntax error.
 */
function isNonNullAssertion(node: Syntax): boolean {
  return node.type === 'ERROR' && node.children.length === 1 && node.children[0].type === '!';
}

/** The child in a field (`object`, `property`, `condition`...). */
export function field(node: Syntax, name: string): Syntax | undefined {
  return node.children.find((child) => child.field === name);
}

export function hasToken(node: Syntax, token: string): boolean {
  return node.children.some((child) => !child.named && child.type === token);
}
