/**
 * The syntax tree the PowerShell reader parses into: the statement subset uclint evaluates
 * (commands, assignments, control flow, functions, DSC configurations), with every node's
 * start and end offsets in the text (UTF-16 code units, end exclusive). Constructs the reader
 * does not model (classes, enums, `using`, `data` sections) are kept as opaque spans.
 */

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- expressions

/** A piece of an expandable string: literal text, or an expression (`$x`, `$(...)`) whose value is inserted. */
export type StringPart = string | Expression;

export type Expression =
  | { kind: 'string'; value: string; quote: 'single' | 'here-single' | 'bare'; start: number; end: number }
  | { kind: 'expandable'; parts: StringPart[]; quote: 'double' | 'here-double' | 'bare'; start: number; end: number }
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'variable'; name: string; scope: string; splat: boolean; start: number; end: number }
  | { kind: 'array'; items: Expression[]; start: number; end: number }
  | { kind: 'arraySub'; body: Statement[]; start: number; end: number }
  | { kind: 'subexpr'; body: Statement[]; start: number; end: number }
  | { kind: 'paren'; body: Statement | undefined; start: number; end: number }
  | { kind: 'hashtable'; entries: HashEntry[]; start: number; end: number }
  | { kind: 'scriptblock'; body: ScriptBody; start: number; end: number }
  | { kind: 'type'; name: string; start: number; end: number }
  | { kind: 'cast'; type: string; operand: Expression; start: number; end: number }
  | { kind: 'binary'; operator: string; left: Expression; right: Expression; start: number; end: number }
  | { kind: 'unary'; operator: string; operand: Expression; start: number; end: number }
  | { kind: 'postfix'; operator: '++' | '--'; operand: Expression; start: number; end: number }
  | { kind: 'member'; object: Expression; member: Expression; static: boolean; start: number; end: number }
  | { kind: 'index'; object: Expression; index: Expression; start: number; end: number }
  | { kind: 'invoke'; object: Expression; member: Expression; static: boolean; args: Expression[]; start: number; end: number }
  | { kind: 'ternary'; condition: Expression; then: Expression; else: Expression; start: number; end: number }
  | { kind: 'error'; start: number; end: number };

export interface HashEntry {
  /** A bare key is a literal string; otherwise the key expression. */
  key: Expression;
  value: Statement | undefined;
  start: number;
  end: number;
}

// ---------------------------------------------------------------- commands

export type CommandElement =
  | { kind: 'parameter'; name: string; argument: Expression | undefined; colon: boolean; start: number; end: number }
  | { kind: 'argument'; value: Expression; start: number; end: number }
  /** Everything after `--%`, passed as written. */
  | { kind: 'verbatim'; text: string; start: number; end: number };

export interface Command {
  kind: 'command';
  /** `&` or `.` before the command name, when written. */
  invocation: '&' | '.' | undefined;
  name: Expression;
  elements: CommandElement[];
  start: number;
  end: number;
}

export interface ExpressionElement {
  kind: 'expression';
  expression: Expression;
  start: number;
  end: number;
}

export type PipelineElement = Command | ExpressionElement;

// ---------------------------------------------------------------- statements

export interface ScriptBody {
  params: ParamBlock | undefined;
  /** Named blocks (`begin`, `process`, `end`), or one unnamed block as `end`. */
  blocks: { name: string; body: Statement[] }[];
  start: number;
  end: number;
}

export interface Parameter {
  name: string;
  type: string | undefined;
  default: Expression | undefined;
  start: number;
  end: number;
}

export interface ParamBlock {
  parameters: Parameter[];
  start: number;
  end: number;
}

export interface SwitchClause {
  condition: Expression | 'default';
  body: Statement[];
  start: number;
  end: number;
}

export type Statement =
  | { kind: 'pipeline'; elements: PipelineElement[]; start: number; end: number }
  /** `a && b`, `a || b` (PowerShell 7). */
  | { kind: 'chain'; first: Statement; rest: { operator: '&&' | '||'; statement: Statement }[]; start: number; end: number }
  | { kind: 'assignment'; target: Expression; operator: string; value: Statement | undefined; start: number; end: number }
  | { kind: 'if'; clauses: { condition: Statement | undefined; body: Statement[] }[]; else: Statement[] | undefined; start: number; end: number }
  | { kind: 'foreach'; variable: Expression; iterable: Statement | undefined; body: Statement[]; start: number; end: number; headerEnd: number }
  | { kind: 'loop'; keyword: 'for' | 'while' | 'do'; parts: (Statement | undefined)[]; body: Statement[]; start: number; end: number; until?: boolean }
  | { kind: 'switch'; flags: string[]; subject: Statement | undefined; clauses: SwitchClause[]; start: number; end: number }
  | { kind: 'function'; name: string; body: ScriptBody; start: number; end: number }
  | { kind: 'configuration'; name: Expression | undefined; body: Statement[]; start: number; end: number }
  /** A DSC resource block (`Registry Name { Key = ... }`) or a `Node` block, inside a configuration. */
  | { kind: 'resource'; type: string; name: Expression | undefined; properties: HashEntry[]; start: number; end: number; bodyStart: number }
  | { kind: 'node'; name: Expression | undefined; body: Statement[]; start: number; end: number }
  | { kind: 'try'; body: Statement[]; catches: Statement[][]; finally: Statement[] | undefined; start: number; end: number }
  | { kind: 'trap'; body: Statement[]; start: number; end: number }
  | { kind: 'flow'; keyword: 'break' | 'continue' | 'return' | 'exit' | 'throw'; value: Statement | undefined; start: number; end: number }
  /** A block whose statements run in order (`begin`, `process`, `end`, workflow `parallel`, `sequence`, a bare `{ }` at statement level is a script block expression instead). */
  | { kind: 'block'; body: Statement[]; start: number; end: number }
  | { kind: 'param'; block: ParamBlock; start: number; end: number }
  /** A construct read over but not modelled (`class`, `enum`, `using`, `data`). */
  | { kind: 'opaque'; keyword: string; start: number; end: number };
