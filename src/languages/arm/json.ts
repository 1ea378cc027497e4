import { readJsonTree, type JsonNode } from '../json/tree.js';
import type { SourceRange } from '../../core/types.js';
import { thousands } from '../../core/words.js';
import type { StaticValue } from '../values.js';
import type { AzureEvaluation } from './context.js';
import { literalString } from './parts.js';
import type { LineIndex } from './positions.js';

export type { JsonNode };

/** Syntax errors said per file; the rest are counted in the last one. */
const MAX_SYNTAX_DIAGNOSTICS = 100;


/**
 * The JSON value of a text with offsets, as ARM reads templates: comments and trailing commas
 * are allowed. Nesting deeper than the bound is refused before jsonc-parser (a recursive
 * parser) sees it; syntax errors are diagnostics at their offset, and the tree jsonc-parser
 * recovers is read on.
 */
export function parseJsonText(index: LineIndex, evaluation: AzureEvaluation, code = 'syntax', seen: { schema?: string } = {}): JsonNode | undefined {
  let previous = '';
  const read = readJsonTree(index.text, {
    maxDepth: evaluation.bounds.maxDepth,
    comments: true,
    // The top-level `$schema` says what the document is even when it is too deep to read.
    topLevelString: (value) => {
      if (previous === '$schema' && seen.schema === undefined) seen.schema = value;
      previous = value;
    },
  });
  if ('tooDeepAt' in read) {
    const at = read.tooDeepAt;
    evaluation.diagnose('nesting', `values nest deeper than ${thousands(evaluation.bounds.maxDepth)} levels; the file is not read`, index.range(at, at + 1), 'error');
    return undefined;
  }
  const { root, errors } = read;
  errors.forEach((error, i) => {
    if (i >= MAX_SYNTAX_DIAGNOSTICS) return;
    const more = i === MAX_SYNTAX_DIAGNOSTICS - 1 && errors.length > MAX_SYNTAX_DIAGNOSTICS ? ` (and ${thousands(errors.length - MAX_SYNTAX_DIAGNOSTICS)} more syntax errors not listed)` : '';
    evaluation.diagnose(code, `${error.message}${more}`, index.range(error.offset, error.offset + Math.max(1, error.length)), 'error');
  });
  return root;
}

/** The value node of an object's property, by name ignoring case (ARM's property names are case-insensitive); the last one wins. */
export function property(node: JsonNode | undefined, name: string): JsonNode | undefined {
  if (node?.type !== 'object' || !node.children) return undefined;
  const lower = name.toLowerCase();
  let found: JsonNode | undefined;
  for (const member of node.children) {
    const key = member.children?.[0];
    if (typeof key?.value === 'string' && key.value.toLowerCase() === lower && member.children?.[1]) found = member.children[1];
  }
  return found;
}

/** An object's properties in order: key, its node, and the value node (absent after a syntax error). */
export function properties(node: JsonNode | undefined): Array<{ key: string; keyNode: JsonNode; value: JsonNode }> {
  if (node?.type !== 'object' || !node.children) return [];
  const out: Array<{ key: string; keyNode: JsonNode; value: JsonNode }> = [];
  for (const member of node.children) {
    const [keyNode, value] = member.children ?? [];
    if (keyNode && value && typeof keyNode.value === 'string') out.push({ key: keyNode.value, keyNode, value });
  }
  return out;
}

/** The literal string of a node (no expression evaluated), or undefined. */
export function literal(node: JsonNode | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

export function rangeOfNode(index: LineIndex, node: JsonNode): SourceRange {
  return index.range(node.offset, node.offset + node.length);
}

/**
 * Where each character of a JSON string's value is in the text: the value of `"a\"b"` is
 * `a"b`, and its `b` is 4 characters after the opening quote, not 3. `exact` says no escape
 * moved anything (offset = start + index).
 */
export class JsonStringOffsets {
  readonly exact: boolean;
  private readonly map: number[] | undefined;
  private readonly contentStart: number;

  constructor(index: LineIndex, node: JsonNode) {
    this.contentStart = node.offset + 1;
    const raw = index.text.slice(node.offset + 1, node.offset + node.length - 1);
    const value = typeof node.value === 'string' ? node.value : '';
    this.exact = raw === value;
    if (this.exact) {
      this.map = undefined;
      return;
    }
    const map: number[] = [];
    for (let i = 0; i < raw.length; ) {
      map.push(i);
      if (raw[i] !== '\\') i++;
      else if (raw[i + 1] === 'u') i += 6;
      else i += 2;
    }
    map.push(raw.length);
    this.map = map;
  }

  /** The text offset of character `i` of the value (`i` may be the length, for an end). */
  offset(i: number): number {
    if (!this.map) return this.contentStart + i;
    return this.contentStart + (this.map[Math.min(i, this.map.length - 1)] ?? 0);
  }
}

/** A JSON value as written, no expression evaluated (parameter files, Bicep's `loadJsonContent`), each part at its range. */
export function jsonLiteralValue(node: JsonNode, index: LineIndex, evaluation: AzureEvaluation): StaticValue {
  const loc = rangeOfNode(index, node);
  evaluation.step(loc);
  switch (node.type) {
    case 'string': {
      const offsets = new JsonStringOffsets(index, node);
      const value = node.value as string;
      return literalString(value, loc, index.range(offsets.offset(0), offsets.offset(value.length)), offsets.exact);
    }
    case 'number':
      return { kind: 'number', value: node.value as number, loc };
    case 'boolean':
      return { kind: 'bool', value: node.value as boolean, loc };
    case 'null':
      return { kind: 'null', loc };
    case 'array':
      return { kind: 'list', items: (node.children ?? []).map((item) => jsonLiteralValue(item, index, evaluation)), loc };
    default: {
      const entries = new Map<string, StaticValue>();
      for (const { key, value } of properties(node)) entries.set(key, jsonLiteralValue(value, index, evaluation));
      return { kind: 'object', entries, loc };
    }
  }
}
