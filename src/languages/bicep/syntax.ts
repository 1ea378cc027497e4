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
  children: Syntax[];
}

const MAX_SYNTAX_DIAGNOSTICS = 100;

/** The type given to a node past the nesting bound: its children are not copied, and it reads as unknown. */
export const TOO_DEEP = 'too_deep';

/** Comments are extras tree-sitter puts anywhere; the evaluator never needs them. */
const SKIPPED = new Set(['comment', 'diagnostic_comment']);

/** Keywords that begin a top-level statement. */
const STATEMENT_KEYWORDS = new Set(['param', 'var', 'resource', 'module', 'output', 'type', 'func', 'import', 'metadata', 'targetScope', 'using', 'provider', 'extension', 'extends', 'test', 'assert', '@']);
const OPENING = new Set(['{', '[', '(', '${']);
const CLOSING = new Set(['}', ']', ')']);

/**
 * Parses a text into a plain tree. ERROR and MISSING nodes become `bicep/syntax` diagnostics
 * and stay in the tree (the evaluator reads them as unknown); a tree nesting deeper than the
 * bound is cut there, with a diagnostic.
 *
 * The grammar reads newlines as spaces, so one statement it cannot read (a nullable type
 * `param p string?` taken for the start of `a ? b : c`) can swallow the statements after it.
 * When the whole text has errors, it is parsed again one top-level statement at a time, the
 * statements found from the parser's own tokens (a statement keyword first on its line, outside
 * brackets): an error then stays in its statement.
 */
export function parseBicepSyntax(parser: Parser, index: LineIndex, evaluation: AzureEvaluation): Syntax {
  const { text } = index;
  const bounds = { depth: evaluation.bounds.maxDepth, tooDeep: undefined as number | undefined };
  const whole = copyTree(parser, text, 0, text.length, bounds);
  let root = whole;
  if (hasError(whole)) {
    const starts = statementStarts(whole, index);
    if (starts.length > 1) {
      root = { type: 'infrastructure', named: true, missing: false, start: 0, end: text.length, children: [] };
      bounds.tooDeep = undefined;
      for (let i = 0; i < starts.length; i++) {
        const part = copyTree(parser, text, starts[i], i + 1 < starts.length ? starts[i + 1] : text.length, bounds);
        for (const child of part.children) root.children.push(child);
      }
    }
  }
  if (bounds.tooDeep !== undefined) {
    evaluation.diagnose('nesting', `expressions nest deeper than ${thousands(evaluation.bounds.maxDepth)} levels; what is deeper is not read`, index.range(bounds.tooDeep, bounds.tooDeep + 1), 'error');
  }
  reportErrors(root, index, evaluation);
  return root;
}

/** Copies the tree of `text` from `start` to `end` (offsets of the copy are offsets into `text`), then frees tree-sitter's. */
function copyTree(parser: Parser, text: string, start: number, end: number, bounds: { depth: number; tooDeep: number | undefined }): Syntax {
  const root: Syntax = { type: 'infrastructure', named: true, missing: false, start, end, children: [] };
  const tree = parser.parse(start === 0 && end === text.length ? text : text.slice(start, end));
  if (!tree) return root;
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

function hasError(root: Syntax): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'ERROR' || node.missing) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/** The tokens of a tree in text order. */
function leaves(root: Syntax): Syntax[] {
  const out: Syntax[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.children.length === 0) {
      if (node !== root) out.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** Offsets where top-level statements begin: a statement keyword, first on its line, outside any bracket. */
function statementStarts(root: Syntax, index: LineIndex): number[] {
  const starts: number[] = [0];
  let depth = 0;
  let previousLine = 0;
  for (const leaf of leaves(root)) {
    if (leaf.missing) continue;
    const tokenText = index.text.slice(leaf.start, leaf.end);
    const line = index.position(leaf.start).line;
    if (depth === 0 && line > previousLine && STATEMENT_KEYWORDS.has(tokenText) && leaf.start > 0) starts.push(leaf.start);
    if (OPENING.has(tokenText) && !leaf.named) depth++;
    else if (CLOSING.has(tokenText) && !leaf.named) depth = Math.max(0, depth - 1);
    previousLine = index.position(Math.max(leaf.start, leaf.end - 1)).line;
  }
  return starts;
}

/** One diagnostic per ERROR or MISSING node that is not inside another ERROR. */
function reportErrors(root: Syntax, index: LineIndex, evaluation: AzureEvaluation): void {
  let errors = 0;
  const stack = [root];
  const found: Syntax[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'ERROR' || node.missing) {
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
    evaluation.diagnose('syntax', `${message}${more}`, index.range(node.start, Math.max(node.end, node.start + (node.missing ? 0 : 1))), 'error');
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

/** The named children of a node (no punctuation, keywords or operators). */
export function named(node: Syntax): Syntax[] {
  return node.children.filter((child) => child.named);
}

/** The child in a field (`object`, `property`, `condition`...). */
export function field(node: Syntax, name: string): Syntax | undefined {
  return node.children.find((child) => child.field === name);
}

export function hasToken(node: Syntax, token: string): boolean {
  return node.children.some((child) => !child.named && child.type === token);
}
