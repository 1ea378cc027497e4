import type { SourceRange } from '../../core/types.js';
import type { SourceText } from './source.js';

/**
 * The syntax tree of a Terraform file, the same whether it was written in HCL's native syntax
 * (read with the tree-sitter grammar) or in JSON (strings holding templates parsed as HCL
 * templates). Every node knows its text and range, so an unknown value can name the
 * expression as written and a finding can land on it.
 */
export interface Node {
  src: SourceText;
  start: number;
  end: number;
}

export type Expr =
  | (Node & { type: 'literal'; value: string | number | boolean | null })
  | (Node & { type: 'template'; parts: TemplatePart[]; quoted: boolean })
  | (Node & { type: 'tuple'; items: Expr[] })
  | (Node & { type: 'object'; items: ObjectItem[] })
  | (Node & { type: 'variable'; name: string })
  | (Node & { type: 'attr'; target: Expr; name: string })
  | (Node & { type: 'index'; target: Expr; key: Expr })
  | (Node & { type: 'splat'; target: Expr; steps: Step[] })
  | (Node & { type: 'call'; name: string; args: Expr[]; expandLast: boolean })
  | (Node & ForExpr)
  | (Node & { type: 'conditional'; condition: Expr; then: Expr; else: Expr })
  | (Node & { type: 'unary'; operator: '-' | '!'; operand: Expr })
  | (Node & { type: 'binary'; operator: BinaryOperator; left: Expr; right: Expr })
  | (Node & { type: 'paren'; inner: Expr })
  | (Node & { type: 'invalid'; message: string });

export type BinaryOperator = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

export interface ForExpr {
  type: 'for';
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  /** Set for `{ for ... : k => v }`, absent for `[ for ... : v ]`. */
  key?: Expr;
  value: Expr;
  condition?: Expr;
  /** `...` after the value: values of equal keys are grouped into lists. */
  grouping: boolean;
}

/** An object constructor's item: a bare identifier key is its own name (`{ a = 1 }`), any other key is an expression. */
export interface ObjectItem {
  key: Expr;
  keyName?: string;
  value: Expr;
}

/** One step of a splat's traversal, applied to each element. */
export type Step = (Node & { type: 'attr'; name: string }) | (Node & { type: 'index'; key: Expr });

export type TemplatePart =
  | (Node & { type: 'text'; value: string })
  | (Node & { type: 'interpolation'; expr: Expr })
  | (Node & { type: 'if'; condition: Expr; then: TemplatePart[]; else: TemplatePart[] })
  | (Node & { type: 'for'; keyVar?: string; valueVar: string; collection: Expr; body: TemplatePart[] });

export interface Attribute extends Node {
  kind: 'attribute';
  name: string;
  nameStart: number;
  nameEnd: number;
  expr: Expr;
}

export interface Label extends Node {
  value: string;
}

export interface Block extends Node {
  kind: 'block';
  type: string;
  labels: Label[];
  body: Body;
}

export interface Body {
  items: (Attribute | Block)[];
}

export function rangeOf(node: Node): SourceRange {
  return node.src.range(node.start, node.end);
}

export function textOf(node: Node): string {
  return node.src.text.slice(node.start, node.end);
}

export function attributesOf(body: Body): Attribute[] {
  return body.items.filter((item): item is Attribute => item.kind === 'attribute');
}

export function blocksOf(body: Body, type?: string): Block[] {
  return body.items.filter((item): item is Block => item.kind === 'block' && (type === undefined || item.type === type));
}
