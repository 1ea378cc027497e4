import { readJsonTree, type JsonNode } from '../json/tree.js';
import type { Parser } from 'web-tree-sitter';
import type { Diagnostic } from '../../core/types.js';
import { thousands } from '../../core/words.js';
import type { Attribute, Body, Expr, Label, ObjectItem } from './ast.js';
import type { TerraformBounds } from './bounds.js';
import { hclDiagnostic } from './diagnostics.js';
import { parseExpression, parseTemplate, type ParseResult } from './native.js';
import { mappedSource, type SourceText } from './source.js';

/**
 * Terraform's JSON syntax (`*.tf.json`, `*.tfvars.json`) read with jsonc-parser, into the same
 * syntax tree as the native syntax. What JSON cannot say by itself comes from Terraform's
 * rules for it: which properties are blocks and how many labels they take, strings in
 * expressions are templates (`"${var.domain}"`), a variable's `default` and a variable file's
 * values are literal JSON, and a variable's `type` is a type expression in a string.
 *
 * An object inside a resource is kept as an object: JSON cannot tell a nested block from an
 * attribute holding an object without the provider's schema, so a nested block written once
 * as an object (rather than a list of objects) reaches readers as an object.
 */

/** Terraform's words where they say more than JSON's. */
const TERRAFORM_JSON_MESSAGES: Record<string, string> = {
  InvalidCommentToken: 'JSON has no comments (Terraform reads a "//" property as one)',
  UnexpectedEndOfComment: 'JSON has no comments (Terraform reads a "//" property as one)',
};

/** Top-level block types and the labels each takes. */
const TOP_LEVEL_LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  removed: 0,
  check: 1,
};

/** Blocks Terraform itself defines inside resources, data sources, modules and outputs; every other property is an argument. */
const META_BLOCK_LABELS: Record<string, number> = {
  dynamic: 1,
  lifecycle: 0,
  provisioner: 1,
  connection: 0,
  precondition: 0,
  postcondition: 0,
  validation: 0,
};

type JsonMode = 'expression' | 'literal';

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseJson(parser: Parser, src: SourceText, bounds: TerraformBounds, kind: 'configuration' | 'variables'): ParseResult {
  const reader = new JsonReader(parser, src, bounds);
  const root = reader.parse();
  if (!root) return { body: { items: [] }, diagnostics: reader.diagnostics };
  if (root.type !== 'object') {
    reader.diagnostics.push(hclDiagnostic('hcl/invalid', 'error', 'a Terraform JSON file holds one object', reader.range(root)));
    return { body: { items: [] }, diagnostics: reader.diagnostics };
  }
  const body = kind === 'variables' ? reader.attributes(root, 'literal') : reader.configuration(root);
  return { body, diagnostics: reader.diagnostics };
}

class JsonReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly parser: Parser,
    private readonly src: SourceText,
    private readonly bounds: TerraformBounds,
  ) {}

  range(node: JsonNode) {
    return this.src.range(node.offset, node.offset + node.length);
  }

  private node(node: JsonNode) {
    return { src: this.src, start: node.offset, end: node.offset + node.length };
  }

  /**
   * The JSON tree, after a scan that refuses nesting past the bound before jsonc-parser (which
   * recurses) sees it. Syntax errors are diagnostics; the tree jsonc-parser recovers is read on.
   */
  parse(): JsonNode | undefined {
    const read = readJsonTree(this.src.text, { maxDepth: this.bounds.depth, comments: false, messages: TERRAFORM_JSON_MESSAGES });
    if ('tooDeepAt' in read) {
      const at = read.tooDeepAt;
      this.diagnostics.push(hclDiagnostic('hcl/too-deep', 'warning', `values nest more than ${thousands(this.bounds.depth)} levels deep; the file is not read`, this.src.range(at, at + 1)));
      return undefined;
    }
    const { root } = read;
    // jsonc-parser may report two errors at one place (a property name expected, then a value): the first says it.
    const errors = read.errors.filter((error, i) => i === 0 || error.offset !== read.errors[i - 1].offset);
    errors.slice(0, this.bounds.syntaxDiagnostics).forEach((error) => {
      this.diagnostics.push(hclDiagnostic('hcl/syntax', 'error', `JSON syntax error: ${error.message}`, this.src.range(error.offset, error.offset + Math.max(1, error.length))));
    });
    if (errors.length > this.bounds.syntaxDiagnostics) {
      const last = this.diagnostics[this.diagnostics.length - 1];
      this.diagnostics.push({ ...last, message: `${thousands(errors.length - this.bounds.syntaxDiagnostics)} more syntax errors in this file were not listed` });
    }
    return root;
  }

  /** The root object of a `.tf.json` file: each property a block type. */
  configuration(root: JsonNode): Body {
    const items: Body['items'] = [];
    for (const { key, keyNode, value } of properties(root)) {
      if (key === '//') continue;
      const labels = TOP_LEVEL_LABELS[key];
      if (labels === undefined) {
        this.diagnostics.push(hclDiagnostic('hcl/invalid', 'error', `\`${key}\` is not a Terraform block type`, this.range(keyNode)));
        continue;
      }
      this.blocks(key, labels, value, [], items, keyNode);
    }
    return { items };
  }

  /**
   * Blocks of one type: an object per label level (`"resource": {"aws_route53_record":
   * {"sip": {...}}}`), and an array at any level for several blocks.
   */
  private blocks(type: string, labelCount: number, value: JsonNode, labels: Label[], out: Body['items'], typeNode: JsonNode): void {
    if (value.type === 'array') {
      for (const element of value.children ?? []) this.blocks(type, labelCount, element, labels, out, typeNode);
      return;
    }
    if (value.type !== 'object') {
      this.diagnostics.push(hclDiagnostic('hcl/invalid', 'error', `\`${type}\` expects an object`, this.range(value)));
      return;
    }
    if (labels.length < labelCount) {
      for (const { key, keyNode, value: inner } of properties(value)) {
        if (key === '//') continue;
        this.blocks(type, labelCount, inner, [...labels, { ...this.node(keyNode), value: key }], out, typeNode);
      }
      return;
    }
    const body = this.blockBody(type, value);
    // The block starts at its last label's key (`"sipfed": {...}`), or at its type's key when it has no label.
    const start = labels.length > 0 ? labels[labels.length - 1].start : Math.min(typeNode.offset, value.offset);
    out.push({ ...this.node(value), start, kind: 'block', type, labels, body });
  }

  private blockBody(type: string, value: JsonNode): Body {
    if (type === 'locals') return this.attributes(value, 'expression');
    const items: Body['items'] = [];
    const seen = new Set<string>();
    for (const { key, keyNode, value: inner, member } of properties(value)) {
      if (key === '//') continue;
      const metaLabels = type === 'dynamic' && key === 'content' ? 0 : META_BLOCK_LABELS[key];
      if (metaLabels !== undefined && type !== 'variable' && type !== 'terraform') {
        this.blocks(key, metaLabels, inner, [], items, keyNode);
        continue;
      }
      if (type === 'variable' && key === 'validation') {
        this.blocks(key, 0, inner, [], items, keyNode);
        continue;
      }
      if (seen.has(key)) {
        this.diagnostics.push(hclDiagnostic('hcl/duplicate', 'error', `the argument \`${key}\` is set twice; the first is read`, this.range(keyNode)));
        continue;
      }
      seen.add(key);
      const mode: JsonMode = type === 'variable' && key === 'default' ? 'literal' : 'expression';
      const expr = type === 'variable' && key === 'type' ? this.typeExpression(inner) : this.expression(inner, mode);
      items.push(this.attribute(key, keyNode, member, expr));
    }
    return { items };
  }

  /** Every property an attribute (a `locals` block, a variable file). */
  attributes(value: JsonNode, mode: JsonMode): Body {
    const items: Attribute[] = [];
    const seen = new Set<string>();
    for (const { key, keyNode, value: inner, member } of properties(value)) {
      if (mode === 'expression' && key === '//') continue;
      if (seen.has(key)) {
        this.diagnostics.push(hclDiagnostic('hcl/duplicate', 'error', `\`${key}\` is set twice; the first is read`, this.range(keyNode)));
        continue;
      }
      seen.add(key);
      items.push(this.attribute(key, keyNode, member, this.expression(inner, mode)));
    }
    return { items };
  }

  private attribute(name: string, keyNode: JsonNode, member: JsonNode, expr: Expr): Attribute {
    return { ...this.node(member), kind: 'attribute', name, nameStart: keyNode.offset, nameEnd: keyNode.offset + keyNode.length, expr };
  }

  private typeExpression(node: JsonNode): Expr {
    if (node.type !== 'string') return this.expression(node, 'literal');
    const { text, offsets } = this.decoded(node);
    return parseExpression(this.parser, mappedSource(this.src, text, offsets), this.bounds);
  }

  /** A JSON value as an expression: strings are templates in expression mode and literal text in literal mode. */
  private expression(node: JsonNode, mode: JsonMode): Expr {
    switch (node.type) {
      case 'string': {
        const value = typeof node.value === 'string' ? node.value : '';
        if (mode === 'literal' || (!value.includes('${') && !value.includes('%{'))) return { ...this.node(node), type: 'literal', value };
        const { text, offsets } = this.decoded(node);
        const { expr, diagnostics } = parseTemplate(this.parser, mappedSource(this.src, text, offsets), this.bounds);
        this.diagnostics.push(...diagnostics);
        // The template keeps the JSON string's range (with its quotes); its parts keep theirs.
        return { ...expr, ...this.node(node) };
      }
      case 'number': {
        const raw = this.src.text.slice(node.offset, node.offset + node.length);
        return { ...this.node(node), type: 'literal', value: Number(raw) };
      }
      case 'boolean':
        return { ...this.node(node), type: 'literal', value: node.value === true };
      case 'null':
        return { ...this.node(node), type: 'literal', value: null };
      case 'array':
        return { ...this.node(node), type: 'tuple', items: (node.children ?? []).map((child) => this.expression(child, mode)) };
      case 'object': {
        const items: ObjectItem[] = properties(node).map(({ key, keyNode, value }) => ({
          key: mode === 'expression' && (key.includes('${') || key.includes('%{')) ? this.expression(keyNode, mode) : { ...this.node(keyNode), type: 'literal', value: key },
          keyName: mode === 'expression' && (key.includes('${') || key.includes('%{')) ? undefined : key,
          value: this.expression(value, mode),
        }));
        return { ...this.node(node), type: 'object', items };
      }
      default:
        return { ...this.node(node), type: 'invalid', message: 'a syntax error' };
    }
  }

  /** A string's value and, for each of its characters, the offset in the file of the character or escape it came from. */
  private decoded(node: JsonNode): { text: string; offsets: number[] } {
    const raw = this.src.text.slice(node.offset + 1, node.offset + node.length - 1);
    const base = node.offset + 1;
    let text = '';
    const offsets: number[] = [];
    for (let i = 0; i < raw.length; ) {
      const c = raw[i];
      offsets.push(base + i);
      if (c !== '\\') {
        text += c;
        i++;
        continue;
      }
      const next = raw[i + 1];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        text += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      text += next !== undefined && next in JSON_ESCAPES ? JSON_ESCAPES[next] : (next ?? '');
      i += 2;
    }
    offsets.push(base + raw.length);
    return { text, offsets };
  }
}

function properties(node: JsonNode): Array<{ key: string; keyNode: JsonNode; value: JsonNode; member: JsonNode }> {
  const out: Array<{ key: string; keyNode: JsonNode; value: JsonNode; member: JsonNode }> = [];
  for (const member of node.children ?? []) {
    const [keyNode, value] = member.children ?? [];
    if (keyNode && value && typeof keyNode.value === 'string') out.push({ key: keyNode.value, keyNode, value, member });
  }
  return out;
}
