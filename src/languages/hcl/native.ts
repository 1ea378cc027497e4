import type { Parser, Tree } from 'web-tree-sitter';
import type { Diagnostic } from '../../core/types.js';
import type { Attribute, BinaryOperator, Block, Body, Expr, Label, ObjectItem, Step, TemplatePart } from './ast.js';
import type { TerraformBounds } from './bounds.js';
import { hclDiagnostic } from './diagnostics.js';
import type { SourceText } from './source.js';

/**
 * HCL's native syntax read with the tree-sitter Terraform grammar, turned into the reader's
 * own syntax tree (`ast.ts`) and freed. The grammar recovers from errors: each ERROR or
 * MISSING node is an `hcl/syntax` diagnostic at its position, the expression it sits in is
 * `invalid` (unknown when evaluated), and the rest of the file is read.
 */

const BINARY_OPERATORS = new Set<string>(['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||']);

/**
 * A tree-sitter node copied out of WebAssembly memory. The tree is walked once with a cursor
 * (a few calls a node) instead of asking each node for its children, which costs a call and
 * an allocation per child every time, and three times as long on a file of 10,000 blocks.
 * Comments are left out of the tree; their offsets are kept in `comments` (suppression
 * directives are read from them).
 */
interface TSNode {
  type: string;
  startIndex: number;
  endIndex: number;
  isMissing: boolean;
  isError: boolean;
  hasError: boolean;
  children: TSNode[];
}

function copyTree(tree: Tree, comments?: Array<[number, number]>): TSNode {
  // Only a tree with an error has MISSING nodes: a clean tree is copied without asking each node.
  const withErrors = tree.rootNode.hasError;
  const cursor = tree.walk();
  try {
    const make = (): TSNode => {
      const type = cursor.nodeType;
      const isMissing = withErrors && cursor.nodeIsMissing;
      const isError = type === 'ERROR';
      return { type, startIndex: cursor.startIndex, endIndex: cursor.endIndex, isMissing, isError, hasError: isError || isMissing, children: [] };
    };
    const root = make();
    const path: TSNode[] = [root];
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const node = make();
      const parent = path[path.length - 1];
      if (node.type !== 'comment') parent.children.push(node);
      else comments?.push([node.startIndex, node.endIndex]);
      if (node.hasError) parent.hasError = true;
      if (cursor.gotoFirstChild()) {
        path.push(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return root;
        const done = path.pop()!;
        if (done.hasError && path.length > 0) path[path.length - 1].hasError = true;
        if (path.length === 0) return root;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Readable names of the tokens tree-sitter reports missing. */
const MISSING_NAMES: Record<string, string> = {
  quoted_template_end: 'closing `"`',
  template_interpolation_end: '`}` closing `${`',
  template_directive_end: '`}` closing `%{`',
  heredoc_identifier: 'heredoc end marker',
  block_end: '`}`',
  object_end: '`}`',
  tuple_end: '`]`',
  identifier: 'a name',
};

export interface ParseResult {
  body: Body;
  diagnostics: Diagnostic[];
  /** Each comment's start and end offsets in the text, in order (none in the JSON syntax). */
  comments?: Array<[number, number]>;
}

/** Parses a `.tf` or `.tfvars` file. */
export function parseNative(parser: Parser, src: SourceText, bounds: TerraformBounds): ParseResult {
  const tree = parser.parse(src.text);
  if (!tree) return { body: { items: [] }, diagnostics: [hclDiagnostic('hcl/syntax', 'error', 'the file could not be parsed', src.range(0, 0))] };
  try {
    const comments: Array<[number, number]> = [];
    const root = copyTree(tree, comments);
    const converter = new Converter(src, bounds);
    const diagnostics = syntaxDiagnostics(root, src, bounds);
    const body = converter.configFile(root);
    return { body, diagnostics: [...diagnostics, ...converter.diagnostics], comments };
  } finally {
    tree.delete();
  }
}

/**
 * Parses a template held in a JSON string (already decoded from JSON's escapes), as HCL's
 * JSON syntax reads one: the text is wrapped as a heredoc, which reads `${...}` and `%{...}`
 * and no backslash escapes, exactly as a JSON string's template is read.
 */
export function parseTemplate(parser: Parser, src: SourceText, bounds: TerraformBounds): { expr: Expr; diagnostics: Diagnostic[] } {
  let marker = 'UCLINT_TEMPLATE_END';
  while (src.text.includes(marker)) marker += '_';
  const prefix = `t = <<${marker}\n`;
  const wrapped = `${prefix}${src.text}\n${marker}\n`;
  const tree = parser.parse(wrapped);
  const inner: SourceText = {
    file: src.file,
    text: wrapped,
    range: (start, end) => src.range(clamp(start - prefix.length, src.text.length), clamp(end - prefix.length, src.text.length)),
  };
  const whole = { src, start: 0, end: src.text.length };
  if (!tree) return { expr: { ...whole, type: 'invalid', message: 'the template could not be parsed' }, diagnostics: [] };
  try {
    const root = copyTree(tree);
    const converter = new Converter(inner, bounds);
    const diagnostics = syntaxDiagnostics(root, inner, bounds);
    const attribute = converter.configFile(root).items[0];
    let expr: Expr =
      attribute?.kind === 'attribute' && attribute.expr.type === 'template' && !root.hasError
        ? attribute.expr
        : { ...whole, type: 'invalid', message: 'a syntax error in the template' };
    if (expr.type === 'template') {
      // Back to the JSON string's own text: drop the newline the wrapper added after it.
      const parts = expr.parts.map((part) => rebase(part, src, prefix.length));
      const last = parts[parts.length - 1];
      if (last?.type === 'text' && last.value.endsWith('\n')) {
        const value = last.value.slice(0, -1);
        if (value === '') parts.pop();
        else parts[parts.length - 1] = { ...last, value, end: Math.min(last.end, src.text.length) };
      }
      expr = { ...whole, type: 'template', parts, quoted: true };
    }
    return { expr, diagnostics: [...diagnostics, ...converter.diagnostics] };
  } finally {
    tree.delete();
  }
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}

/** A template part read from the wrapper, placed on the JSON string's own text (its expressions keep the wrapper, which maps to the same place). */
function rebase(part: TemplatePart, src: SourceText, shift: number): TemplatePart {
  const start = clamp(part.start - shift, src.text.length);
  const end = clamp(part.end - shift, src.text.length);
  switch (part.type) {
    case 'text':
    case 'interpolation':
      return { ...part, src, start, end };
    case 'if':
      return { ...part, src, start, end, then: part.then.map((p) => rebase(p, src, shift)), else: part.else.map((p) => rebase(p, src, shift)) };
    case 'for':
      return { ...part, src, start, end, body: part.body.map((p) => rebase(p, src, shift)) };
  }
}

/** ERROR and MISSING nodes as diagnostics, found without recursion (a tree can be as deep as its text is long). */
function syntaxDiagnostics(root: TSNode, src: SourceText, bounds: TerraformBounds): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!root.hasError) return diagnostics;
  let more = 0;
  const stack: TSNode[][] = [[root]];
  while (stack.length > 0) {
    const path = stack.pop()!;
    const node = path[path.length - 1];
    if (node.isError || node.isMissing) {
      if (diagnostics.length >= bounds.syntaxDiagnostics) {
        more++;
        continue;
      }
      // A missing closer is found where the text ends; the string, block or bracket left open is where it starts.
      const open = node.isMissing ? unclosed(path) : undefined;
      diagnostics.push(
        open
          ? hclDiagnostic('hcl/syntax', 'error', `syntax error: ${open.what} is not closed`, src.range(open.node.startIndex, open.node.startIndex + 1))
          : hclDiagnostic('hcl/syntax', 'error', syntaxMessage(node, src), src.range(node.startIndex, node.endIndex)),
      );
      continue;
    }
    if (!node.hasError) continue;
    const children = node.children;
    // The path is kept only as deep as `unclosed` looks: a tree can be as deep as its text is long.
    const kept = path.slice(-3);
    for (let i = children.length - 1; i >= 0; i--) stack.push([...kept, children[i]]);
  }
  if (more > 0) {
    const last = diagnostics[diagnostics.length - 1];
    diagnostics.push({ ...last, code: 'hcl/syntax', severity: 'error', message: `${more} more syntax errors in this file were not listed` });
  }
  return diagnostics;
}

/** What a node opens that a missing closing token leaves open. */
const OPENERS: Record<string, string> = {
  string_lit: 'a string (`"`)',
  quoted_template: 'a string (`"`)',
  block: 'a block (`{`)',
  object: 'an object (`{`)',
  tuple: 'a list (`[`)',
  template_interpolation: 'an interpolation (`${`)',
};

/** The node a missing closing token (the last of `path`, or a closer wrapping it) leaves open. */
function unclosed(path: TSNode[]): { node: TSNode; what: string } | undefined {
  for (let i = path.length - 2; i >= Math.max(0, path.length - 3); i--) {
    const what = OPENERS[path[i].type];
    if (what) return { node: path[i], what };
  }
  return undefined;
}

function syntaxMessage(node: TSNode, src: SourceText): string {
  if (node.isMissing) return `syntax error: missing ${MISSING_NAMES[node.type] ?? `\`${node.type}\``}`;
  const text = src.text.slice(node.startIndex, node.endIndex).trim();
  if (text === '') return 'syntax error';
  const first = text.split(/\s/, 1)[0].slice(0, 40);
  return `syntax error: unexpected \`${first}\``;
}

function significant(node: TSNode): TSNode[] {
  return node.children;
}

class Converter {
  readonly diagnostics: Diagnostic[] = [];
  private depth = 0;
  private tooDeepReported = false;

  constructor(
    private readonly src: SourceText,
    private readonly bounds: TerraformBounds,
  ) {}

  configFile(root: TSNode): Body {
    const items: Body['items'] = [];
    for (const child of significant(root)) {
      if (child.type === 'body') items.push(...this.body(child).items);
      else if (child.type === 'object') {
        this.diagnostics.push(
          hclDiagnostic('hcl/syntax', 'error', 'a JSON object where HCL attributes and blocks were expected (JSON files are named `.tf.json` or `.tfvars.json`)', this.src.range(child.startIndex, child.endIndex)),
        );
      }
    }
    return { items };
  }

  private node(node: TSNode) {
    return { src: this.src, start: node.startIndex, end: node.endIndex };
  }

  private invalid(node: TSNode | { startIndex: number; endIndex: number }, message: string): Expr {
    return { src: this.src, start: node.startIndex, end: node.endIndex, type: 'invalid', message };
  }

  /** Runs a nested conversion within the depth bound; past it, the part is invalid and said once. */
  private nested<T>(node: TSNode, convert: () => T, fallback: () => T): T {
    if (this.depth >= this.bounds.depth) {
      if (!this.tooDeepReported) {
        this.tooDeepReported = true;
        this.diagnostics.push(hclDiagnostic('hcl/too-deep', 'warning', `nested more than ${this.bounds.depth} levels deep: the inner part is not read`, this.src.range(node.startIndex, node.endIndex)));
      }
      return fallback();
    }
    this.depth++;
    try {
      return convert();
    } finally {
      this.depth--;
    }
  }

  private body(node: TSNode): Body {
    const items: Body['items'] = [];
    for (const child of significant(node)) {
      if (child.type === 'attribute') {
        const attribute = this.attribute(child);
        if (attribute) items.push(attribute);
      } else if (child.type === 'block') {
        const block = this.nested(child, () => this.block(child), () => undefined);
        if (block) items.push(block);
      }
    }
    return { items };
  }

  private attribute(node: TSNode): Attribute | undefined {
    const kids = significant(node);
    const name = kids[0];
    if (name?.type !== 'identifier' || name.isMissing) return undefined;
    const exprNode = kids.find((kid) => kid.type === 'expression');
    const expr = exprNode ? this.expression(exprNode) : this.invalid(node, 'an attribute without a value');
    return { ...this.node(node), kind: 'attribute', name: this.text(name), nameStart: name.startIndex, nameEnd: name.endIndex, expr };
  }

  private block(node: TSNode): Block | undefined {
    const kids = significant(node);
    const type = kids[0];
    if (type?.type !== 'identifier' || type.isMissing) return undefined;
    const labels: Label[] = [];
    let body: Body = { items: [] };
    for (const kid of kids.slice(1)) {
      if (kid.type === 'string_lit') labels.push({ ...this.node(kid), value: this.stringLiteral(kid) });
      else if (kid.type === 'identifier') labels.push({ ...this.node(kid), value: this.text(kid) });
      else if (kid.type === 'body') body = this.body(kid);
    }
    return { ...this.node(node), kind: 'block', type: this.text(type), labels, body };
  }

  private text(node: TSNode): string {
    return this.src.text.slice(node.startIndex, node.endIndex);
  }

  expression(node: TSNode): Expr {
    return this.nested(
      node,
      () => {
        if (node.isMissing) return this.invalid(node, 'a missing expression');
        if (node.type !== 'expression') return this.term([node], node);
        const kids = significant(node);
        if (kids.length === 1 && kids[0].type === 'conditional') return this.conditional(kids[0]);
        return this.term(kids, node);
      },
      () => this.invalid(node, 'an expression nested too deeply'),
    );
  }

  /** A primary expression and the index, attribute and splat steps after it (tree-sitter keeps them side by side). */
  private term(kids: TSNode[], whole: TSNode | { startIndex: number; endIndex: number }): Expr {
    if (kids.length === 0) return this.invalid(whole, 'a missing expression');
    let expr: Expr;
    let i: number;
    const first = kids[0];
    if (first.type === '(') {
      const inner = kids[1]?.type === 'expression' ? this.expression(kids[1]) : this.invalid(whole, 'an empty parenthesis');
      const close = kids[2];
      const end = close?.type === ')' ? close.endIndex : inner.end;
      expr = { src: this.src, start: first.startIndex, end, type: 'paren', inner };
      i = close?.type === ')' ? 3 : 2;
    } else {
      expr = this.primary(first);
      i = 1;
    }
    for (; i < kids.length; i++) {
      const step = kids[i];
      const start = expr.start;
      switch (step.type) {
        case 'index':
          expr = { src: this.src, start, end: step.endIndex, type: 'index', target: expr, key: this.indexKey(step) };
          break;
        case 'get_attr':
          expr = { src: this.src, start, end: step.endIndex, type: 'attr', target: expr, name: this.attrName(step) };
          break;
        case 'splat': {
          const steps = this.splatSteps(step);
          // `.*` carries only the attribute steps after it; an index after them applies to the resulting list.
          const attributeOnly = significant(step)[0]?.type === 'attr_splat';
          const split = attributeOnly ? steps.findIndex((s) => s.type === 'index') : -1;
          const carried = split === -1 ? steps : steps.slice(0, split);
          const end = carried.length > 0 ? carried[carried.length - 1].end : split === -1 ? step.endIndex : steps[split].start;
          expr = { src: this.src, start, end, type: 'splat', target: expr, steps: carried };
          for (const rest of split === -1 ? [] : steps.slice(split)) {
            expr =
              rest.type === 'index'
                ? { src: this.src, start, end: rest.end, type: 'index', target: expr, key: rest.key }
                : { src: this.src, start, end: rest.end, type: 'attr', target: expr, name: rest.name };
          }
          break;
        }
        default:
          return this.invalid({ startIndex: start, endIndex: step.endIndex }, 'a syntax error');
      }
    }
    return expr;
  }

  private attrName(node: TSNode): string {
    const name = significant(node).find((kid) => kid.type === 'identifier');
    return name ? this.text(name) : '';
  }

  private indexKey(node: TSNode): Expr {
    const inner = significant(node)[0];
    if (!inner) return this.invalid(node, 'an empty index');
    if (inner.type === 'legacy_index') {
      const digits = this.text(inner).slice(1);
      return { ...this.node(inner), start: inner.startIndex + 1, type: 'literal', value: Number(digits) };
    }
    const exprNode = significant(inner).find((kid) => kid.type === 'expression');
    return exprNode ? this.expression(exprNode) : this.invalid(inner, 'an empty index');
  }

  private splatSteps(node: TSNode): Step[] {
    const splat = significant(node)[0];
    const steps: Step[] = [];
    for (const kid of splat ? significant(splat) : []) {
      if (kid.type === 'get_attr') steps.push({ ...this.node(kid), type: 'attr', name: this.attrName(kid) });
      else if (kid.type === 'index') steps.push({ ...this.node(kid), type: 'index', key: this.indexKey(kid) });
    }
    return steps;
  }

  private primary(node: TSNode): Expr {
    if (node.isMissing || node.isError) return this.invalid(node, 'a syntax error');
    switch (node.type) {
      case 'literal_value':
        // An unclosed string runs on over the lines after it: its text is not a value.
        return node.hasError ? this.invalid(node, 'a syntax error') : this.literal(node);
      case 'template_expr': {
        if (node.hasError) return this.invalid(node, 'a syntax error');
        const inner = significant(node)[0];
        return inner ? this.template(inner) : this.invalid(node, 'an empty template');
      }
      case 'collection_value': {
        const inner = significant(node)[0];
        if (inner?.type === 'tuple') return this.tuple(inner);
        if (inner?.type === 'object') return this.object(inner);
        return this.invalid(node, 'a syntax error');
      }
      case 'variable_expr': {
        const name = significant(node)[0];
        if (!name || name.isMissing) return this.invalid(node, 'a missing expression');
        return { ...this.node(node), type: 'variable', name: this.text(name) };
      }
      case 'function_call':
        return this.call(node);
      case 'for_expr': {
        const inner = significant(node)[0];
        return inner ? this.forExpr(inner) : this.invalid(node, 'a syntax error');
      }
      case 'operation': {
        const inner = significant(node)[0];
        if (inner?.type === 'unary_operation') return this.unary(inner);
        if (inner?.type === 'binary_operation') return this.binary(inner);
        return this.invalid(node, 'a syntax error');
      }
      case 'expression':
        return this.expression(node);
      default:
        return this.invalid(node, 'a syntax error');
    }
  }

  private literal(node: TSNode): Expr {
    const inner = significant(node)[0];
    if (!inner) return this.invalid(node, 'a syntax error');
    switch (inner.type) {
      case 'numeric_lit':
        return { ...this.node(node), type: 'literal', value: Number(this.text(inner)) };
      case 'bool_lit':
        return { ...this.node(node), type: 'literal', value: this.text(inner) === 'true' };
      case 'null_lit':
        return { ...this.node(node), type: 'literal', value: null };
      case 'string_lit':
        return { ...this.node(node), type: 'literal', value: this.stringLiteral(inner) };
      default:
        return this.invalid(node, 'a syntax error');
    }
  }

  /** The text of a quoted string without interpolation, its escapes decoded. */
  private stringLiteral(node: TSNode): string {
    const kids = node.children;
    const open = kids[0];
    const close = kids[kids.length - 1];
    const start = open?.type === 'quoted_template_start' ? open.endIndex : node.startIndex;
    const end = close?.type === 'quoted_template_end' && !close.isMissing ? close.startIndex : node.endIndex;
    return decodeQuoted(this.src.text.slice(start, end));
  }

  private template(node: TSNode): Expr {
    const kids = node.children;
    if (node.type === 'quoted_template') {
      const open = kids[0];
      const close = kids[kids.length - 1];
      const start = open?.type === 'quoted_template_start' ? open.endIndex : node.startIndex;
      const end = close?.type === 'quoted_template_end' && !close.isMissing ? close.startIndex : node.endIndex;
      const parts = this.templateParts(kids, start, end, false, false, true);
      return { ...this.node(node), type: 'template', parts, quoted: true };
    }
    if (node.type === 'heredoc_template') {
      const markers = kids.filter((kid) => kid.type === 'heredoc_identifier');
      const flush = kids.some((kid) => kid.type === 'heredoc_start' && this.text(kid) === '<<-');
      const opening = markers[0];
      const closing = markers.length > 1 ? markers[markers.length - 1] : undefined;
      const text = this.src.text;
      let start = opening ? opening.endIndex : node.startIndex;
      const newline = text.indexOf('\n', start);
      start = newline === -1 ? text.length : newline + 1;
      let end = closing ? closing.startIndex : node.endIndex;
      // The content ends with the newline before the line of the closing marker.
      const lineStart = text.lastIndexOf('\n', end - 1);
      end = lineStart < start ? start : lineStart + 1;
      let parts = this.templateParts(kids, start, end, false, false, false);
      if (flush) parts = unindent(parts);
      return { ...this.node(node), type: 'template', parts, quoted: false };
    }
    return this.invalid(node, 'a syntax error');
  }

  /**
   * Template parts from `start` to `end`: the text between interpolations and directives is
   * taken from the source (tree-sitter treats spaces inside a template as extras), escapes
   * decoded; `~` strip markers trim the text beside them.
   */
  private templateParts(kids: TSNode[], start: number, end: number, trimFirst: boolean, trimLast: boolean, quoted: boolean): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let cursor = start;
    let trimNext = trimFirst;
    const pushText = (from: number, to: number, trimEndOfText: boolean) => {
      if (to <= from) return;
      let raw = this.src.text.slice(from, to);
      if (trimNext) raw = raw.trimStart();
      if (trimEndOfText) raw = raw.trimEnd();
      const value = quoted ? decodeQuoted(raw) : decodeHeredoc(raw);
      if (value !== '') parts.push({ src: this.src, start: from, end: to, type: 'text', value });
    };
    for (const kid of kids) {
      if (kid.endIndex <= start || kid.startIndex >= end) continue;
      if (kid.type !== 'template_interpolation' && kid.type !== 'template_directive' && kid.type !== 'ERROR') continue;
      const strip = kid.type === 'template_interpolation' ? stripMarkers(kid) : directiveStrip(kid);
      pushText(cursor, kid.startIndex, strip.left);
      trimNext = false;
      const part = this.nested(kid, () => this.templatePart(kid, quoted), () => undefined);
      if (part) parts.push(part);
      else if (kid.type === 'ERROR') parts.push({ ...this.node(kid), type: 'interpolation', expr: this.invalid(kid, 'a syntax error') });
      cursor = kid.endIndex;
      trimNext = strip.right;
    }
    pushText(cursor, end, trimLast);
    return parts;
  }

  private templatePart(node: TSNode, quoted: boolean): TemplatePart | undefined {
    if (node.type === 'template_interpolation') {
      const exprNode = significant(node).find((kid) => kid.type === 'expression');
      return { ...this.node(node), type: 'interpolation', expr: exprNode ? this.expression(exprNode) : this.invalid(node, 'an empty interpolation') };
    }
    if (node.type !== 'template_directive') return undefined;
    const directive = significant(node)[0];
    if (!directive) return undefined;
    const kids = directive.children;
    if (directive.type === 'template_if') {
      const intro = kids.find((kid) => kid.type === 'template_if_intro');
      const otherwise = kids.find((kid) => kid.type === 'template_else_intro');
      const close = kids.find((kid) => kid.type === 'template_if_end');
      if (!intro || !close) return { ...this.node(node), type: 'interpolation', expr: this.invalid(node, 'an unfinished `%{ if }`') };
      const conditionNode = significant(intro).find((kid) => kid.type === 'expression');
      const condition = conditionNode ? this.expression(conditionNode) : this.invalid(intro, 'a missing condition');
      const introStrip = stripMarkers(intro);
      const closeStrip = stripMarkers(close);
      const thenEnd = otherwise ? otherwise.startIndex : close.startIndex;
      const elseStrip = otherwise ? stripMarkers(otherwise) : { left: false, right: false };
      const thenParts = this.templateParts(kids, intro.endIndex, thenEnd, introStrip.right, otherwise ? elseStrip.left : closeStrip.left, quoted);
      const elseParts = otherwise ? this.templateParts(kids, otherwise.endIndex, close.startIndex, elseStrip.right, closeStrip.left, quoted) : [];
      return { ...this.node(node), type: 'if', condition, then: thenParts, else: elseParts };
    }
    if (directive.type === 'template_for') {
      const intro = kids.find((kid) => kid.type === 'template_for_start');
      const close = kids.find((kid) => kid.type === 'template_for_end');
      if (!intro || !close) return { ...this.node(node), type: 'interpolation', expr: this.invalid(node, 'an unfinished `%{ for }`') };
      const names = significant(intro).filter((kid) => kid.type === 'identifier').map((kid) => this.text(kid));
      const collectionNode = significant(intro).find((kid) => kid.type === 'expression');
      const collection = collectionNode ? this.expression(collectionNode) : this.invalid(intro, 'a missing collection');
      const introStrip = stripMarkers(intro);
      const closeStrip = stripMarkers(close);
      const body = this.templateParts(kids, intro.endIndex, close.startIndex, introStrip.right, closeStrip.left, quoted);
      const [first, second] = names;
      return { ...this.node(node), type: 'for', keyVar: second === undefined ? undefined : first, valueVar: second ?? first ?? '', collection, body };
    }
    return undefined;
  }

  private tuple(node: TSNode): Expr {
    const items = significant(node)
      .filter((kid) => kid.type === 'expression' || kid.type === 'ERROR')
      .map((kid) => (kid.type === 'ERROR' ? this.invalid(kid, 'a syntax error') : this.expression(kid)));
    return { ...this.node(node), type: 'tuple', items };
  }

  private object(node: TSNode): Expr {
    const items: ObjectItem[] = [];
    for (const element of significant(node)) {
      if (element.type !== 'object_elem') continue;
      // object_elem is `key = value` (or `key: value`): its two expressions.
      const [keyNode, valueNode] = element.children.filter((child) => child.type === 'expression');
      if (!keyNode || !valueNode) continue;
      const key = this.expression(keyNode);
      // A bare name is the key itself ({ a = 1 }); anything else, even a parenthesised name, is evaluated.
      const keyName = key.type === 'variable' ? key.name : undefined;
      items.push({ key, keyName, value: this.expression(valueNode) });
    }
    return { ...this.node(node), type: 'object', items };
  }

  private call(node: TSNode): Expr {
    const kids = significant(node);
    const name = kids[0]?.type === 'identifier' ? this.text(kids[0]) : '';
    const argumentsNode = kids.find((kid) => kid.type === 'function_arguments');
    const argKids = argumentsNode ? significant(argumentsNode) : [];
    const args = argKids.filter((kid) => kid.type === 'expression').map((kid) => this.expression(kid));
    const expandLast = argKids.some((kid) => kid.type === 'ellipsis');
    return { ...this.node(node), type: 'call', name, args, expandLast };
  }

  private forExpr(node: TSNode): Expr {
    const kids = significant(node);
    const intro = kids.find((kid) => kid.type === 'for_intro');
    if (!intro) return this.invalid(node, 'a syntax error');
    const names = significant(intro).filter((kid) => kid.type === 'identifier').map((kid) => this.text(kid));
    const collectionNode = significant(intro).find((kid) => kid.type === 'expression');
    const collection = collectionNode ? this.expression(collectionNode) : this.invalid(intro, 'a missing collection');
    const expressions = kids.filter((kid) => kid.type === 'expression').map((kid) => this.expression(kid));
    const conditionNode = kids.find((kid) => kid.type === 'for_cond');
    const conditionExpr = conditionNode ? significant(conditionNode).find((kid) => kid.type === 'expression') : undefined;
    const condition = conditionExpr ? this.expression(conditionExpr) : undefined;
    const [first, second] = names;
    const common = { keyVar: second === undefined ? undefined : first, valueVar: second ?? first ?? '', collection, condition };
    if (node.type === 'for_object_expr') {
      const [key, value] = expressions;
      if (!key || !value) return this.invalid(node, 'a syntax error');
      return { ...this.node(node), type: 'for', ...common, key, value, grouping: kids.some((kid) => kid.type === 'ellipsis') };
    }
    const [value] = expressions;
    if (!value) return this.invalid(node, 'a syntax error');
    return { ...this.node(node), type: 'for', ...common, value, grouping: false };
  }

  private conditional(node: TSNode): Expr {
    const parts = significant(node).filter((kid) => kid.type === 'expression');
    if (parts.length !== 3) return this.invalid(node, 'a syntax error');
    const [condition, then, otherwise] = parts.map((part) => this.expression(part));
    return rightAssociative({ ...this.node(node), type: 'conditional', condition, then, else: otherwise });
  }

  private unary(node: TSNode): Expr {
    const kids = significant(node);
    const operator = kids[0]?.type;
    if (operator !== '-' && operator !== '!') return this.invalid(node, 'a syntax error');
    const operand = this.nested(node, () => this.term(kids.slice(1), node), () => this.invalid(node, 'an expression nested too deeply'));
    return { ...this.node(node), type: 'unary', operator, operand };
  }

  private binary(node: TSNode): Expr {
    const kids = significant(node);
    const at = kids.findIndex((kid) => BINARY_OPERATORS.has(kid.type));
    if (at <= 0) return this.invalid(node, 'a syntax error');
    const left = this.nested(node, () => this.term(kids.slice(0, at), node), () => this.invalid(node, 'an expression nested too deeply'));
    const right = this.nested(node, () => this.term(kids.slice(at + 1), node), () => this.invalid(node, 'an expression nested too deeply'));
    return { ...this.node(node), type: 'binary', operator: kids[at].type as BinaryOperator, left, right };
  }
}

function stripMarkers(node: TSNode): { left: boolean; right: boolean } {
  const kids = node.children;
  let left = false;
  let right = false;
  for (let i = 0; i < kids.length; i++) {
    if (kids[i].type !== 'strip_marker') continue;
    if (i === 1) left = true;
    else if (i === kids.length - 2) right = true;
  }
  return { left, right };
}

/** The strip markers of a directive's first and last tags (`%{~ if }` strips before it, `%{ endif ~}` after it). */
function directiveStrip(node: TSNode): { left: boolean; right: boolean } {
  const directive = node.children[0];
  if (!directive) return { left: false, right: false };
  const tags = directive.children;
  const first = tags[0];
  const last = tags[tags.length - 1];
  return { left: first ? stripMarkers(first).left : false, right: last ? stripMarkers(last).right : false };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Escapes of a quoted string: `\n \r \t \" \\ \uNNNN \UNNNNNNNN`, and `$${` / `%%{` for a literal `${` / `%{`. */
export function decodeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1];
      if (next in SIMPLE_ESCAPES) {
        out += SIMPLE_ESCAPES[next];
        i++;
        continue;
      }
      const digits = next === 'u' ? 4 : next === 'U' ? 8 : 0;
      const hex = raw.slice(i + 2, i + 2 + digits);
      if (digits > 0 && hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
        const code = parseInt(hex, 16);
        out += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        i += 1 + digits;
        continue;
      }
      out += c;
      continue;
    }
    if ((c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') {
      out += `${c}{`;
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

/** A heredoc has no backslash escapes, only `$${` and `%%{`. */
function decodeHeredoc(raw: string): string {
  return raw.includes('$${') || raw.includes('%%{') ? raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') : raw;
}

/**
 * `<<-` heredocs: the smallest indentation of the content's lines is removed from every line
 * (lines of only spaces do not count), as HCL does.
 */
function unindent(parts: TemplatePart[]): TemplatePart[] {
  let smallest = Infinity;
  let atLineStart = true;
  for (const part of parts) {
    if (part.type !== 'text') {
      if (atLineStart) smallest = 0;
      atLineStart = false;
      continue;
    }
    const lines = part.value.split('\n');
    lines.forEach((line, index) => {
      const starts = index > 0 || atLineStart;
      if (starts && line.trim() !== '') smallest = Math.min(smallest, line.length - line.trimStart().length);
      else if (starts && index === lines.length - 1 && line !== '') smallest = Math.min(smallest, line.length);
    });
    atLineStart = part.value.endsWith('\n');
  }
  if (!Number.isFinite(smallest) || smallest === 0) return parts;
  atLineStart = true;
  return parts.map((part) => {
    if (part.type !== 'text') {
      atLineStart = false;
      return part;
    }
    const lines = part.value.split('\n').map((line, index) => {
      if (index === 0 && !atLineStart) return line;
      const indent = line.length - line.trimStart().length;
      return line.slice(Math.min(indent, smallest));
    });
    atLineStart = part.value.endsWith('\n');
    return { ...part, value: lines.join('\n') };
  });
}

/** Parses the text of one expression (a variable's `type` in JSON syntax), wrapped as an attribute. */
export function parseExpression(parser: Parser, src: SourceText, bounds: TerraformBounds): Expr {
  const prefix = 't = ';
  const wrapped = `${prefix}${src.text}\n`;
  const inner: SourceText = {
    file: src.file,
    text: wrapped,
    range: (start, end) => src.range(clamp(start - prefix.length, src.text.length), clamp(end - prefix.length, src.text.length)),
  };
  const tree = parser.parse(wrapped);
  const invalid: Expr = { src, start: 0, end: src.text.length, type: 'invalid', message: 'a syntax error' };
  if (!tree) return invalid;
  try {
    const root = copyTree(tree);
    if (root.hasError) return invalid;
    const attribute = new Converter(inner, bounds).configFile(root).items[0];
    return attribute?.kind === 'attribute' ? attribute.expr : invalid;
  } finally {
    tree.delete();
  }
}

type Conditional = Extract<Expr, { type: 'conditional' }>;

/**
 * The grammar groups `a ? 1 : b ? 2 : 3` as `(a ? 1 : b) ? 2 : 3`; HCL reads a condition up
 * to the `?` and each result as a whole expression, so it is `a ? 1 : (b ? 2 : 3)`. A
 * condition that is itself an unparenthesised conditional is regrouped that way.
 */
function rightAssociative(expr: Conditional): Conditional {
  let current = expr;
  while (current.condition.type === 'conditional') {
    const inner: Conditional = current.condition;
    const rest: Conditional = rightAssociative({ src: current.src, start: inner.else.start, end: current.end, type: 'conditional', condition: inner.else, then: current.then, else: current.else });
    current = { src: current.src, start: current.start, end: current.end, type: 'conditional', condition: inner.condition, then: inner.then, else: rest };
  }
  return current;
}
