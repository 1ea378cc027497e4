import { parse, parseExpressionAt } from 'acorn';
import type * as ESTree from 'acorn';
import type { Diagnostic, SourceRange } from '../../core/types.js';
import { thousands } from '../../core/words.js';
import { PositionedText } from '../positions.js';
import type { StaticValue } from '../values.js';
import { DNSCONTROL_GLOBALS } from './globals.js';

/**
 * DNSControl's `dnsconfig.js` read without running it: parsed with acorn, then evaluated for
 * the subset configurations use (variables bound to literals, arrays, objects, string
 * concatenation, templates, spreads, `.concat()` and `.map()` over known arrays, simple
 * functions of the file inlined, loops over known arrays, `require()`), into the ordered list
 * of the top-level calls DNSControl would see (`D(...)`, `D_EXTEND(...)`, `DEFAULTS(...)`), each
 * argument a value with its range. What cannot be known is an `unknown` value naming the
 * expression and why; nothing is guessed.
 */

/** A call to one of DNSControl's functions, with its arguments evaluated. */
export interface JsCall {
  kind: 'call';
  callee: string;
  calleeLoc: SourceRange;
  args: JsValue[];
  loc: SourceRange;
  /** The calls of functions of the configuration through which this call was made, outermost first. */
  via?: SourceRange[];
}

/** One of DNSControl's names used without a call: `CF_PROXY_ON`, `NO_PURGE`, `AUTODNSSEC_ON`. */
export interface JsGlobal {
  kind: 'global';
  name: string;
  loc: SourceRange;
}

type Unknown = Extract<StaticValue, { kind: 'unknown' }>;

/** A static value as `StaticValue` has them, where lists and objects may also hold DNSControl calls and names. */
export type JsValue =
  | Exclude<StaticValue, { kind: 'list' } | { kind: 'object' }>
  | { kind: 'list'; items: JsValue[]; loc: SourceRange }
  | { kind: 'object'; entries: Map<string, JsValue>; loc: SourceRange }
  | JsCall
  | JsGlobal;

/** What a configuration does at its top level, in order: a DNSControl call, or a statement that could not be evaluated. */
export type DnsControlEntry = JsCall | Unknown;

export interface DnsControlProgram {
  entries: DnsControlEntry[];
  /** Every file read, the first one first (`require`d files as the host named them). */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Reads a file `require()`d from `fromFile`; the caller confines it to the repository. */
export type ReadRequired = (path: string, fromFile: string) => { file: string; text: string } | { error: string };
/** The `.js` files a `require_glob(path, recursive)` loads, in DNSControl's order. */
export type ListRequired = (path: string, fromFile: string, recursive: boolean) => { files: string[] } | { error: string };

export interface DnsControlHost {
  read?: ReadRequired;
  glob?: ListRequired;
  /** Told of each comment (line and block comments) of every file that parses, by its offsets in that file's text. */
  comment?: (file: string, text: string, start: number, end: number) => void;
}

export interface DnsControlLimits {
  /** UTF-16 code units of one file (`javascript/too-large`). */
  maxFileChars: number;
  /** Files read, `require`d ones included. */
  maxFiles: number;
  /** Nodes evaluated in the whole program, loops and inlined calls included (`javascript/too-much-work`). */
  maxSteps: number;
  /** Items of lists and entries of objects built, together (`javascript/too-large`). */
  maxValues: number;
  /** UTF-16 code units of one string built. */
  maxStringLength: number;
  /** Iterations of loops and `.map()` callbacks, together. */
  maxIterations: number;
  /** Nesting of inlined function calls and `require`s. */
  maxCallDepth: number;
  /** Nesting of expressions evaluated. */
  maxDepth: number;
}

export const DEFAULT_DNSCONTROL_LIMITS: Readonly<DnsControlLimits> = {
  maxFileChars: 16 * 1024 * 1024,
  maxFiles: 500,
  maxSteps: 2_000_000,
  maxValues: 500_000,
  maxStringLength: 1024 * 1024,
  maxIterations: 100_000,
  maxCallDepth: 32,
  maxDepth: 400,
};

/** Parses and evaluates `text` (the file `file`) and what it `require`s through `host`. */
export function readDnsControl(file: string, text: string, host: DnsControlHost = {}, limits: Partial<DnsControlLimits> = {}): DnsControlProgram {
  const evaluator = new Evaluator(host, { ...DEFAULT_DNSCONTROL_LIMITS, ...limits });
  evaluator.runFile(file, text, undefined);
  return { entries: evaluator.entries, files: evaluator.files, diagnostics: evaluator.diagnostics };
}

/** Parses JavaScript as DNSControl does (a script, or a module when it imports or exports), with positions; undefined and a diagnostic when it does not parse. */
export function parseJavaScript(source: PositionedText, diagnostics: Diagnostic[], comment?: (start: number, end: number) => void): ESTree.Program | undefined {
  // Comments are told only once the parse that keeps them succeeded (a script that fails is read again as a module).
  let comments: Array<[number, number]> = [];
  const options = { ecmaVersion: 'latest', allowHashBang: true, allowReturnOutsideFunction: true, onComment: (_block: boolean, _text: string, start: number, end: number) => void comments.push([start, end]) } as const;
  const told = (program: ESTree.Program): ESTree.Program => {
    if (comment) for (const [start, end] of comments) comment(start, end);
    return program;
  };
  try {
    return told(parse(source.text, { ...options, sourceType: 'script' }));
  } catch (scriptError) {
    comments = [];
    try {
      return told(parse(source.text, { ...options, sourceType: 'module' }));
    } catch {
      diagnostics.push(syntaxDiagnostic(source, scriptError));
      return undefined;
    }
  }
}

function syntaxDiagnostic(source: PositionedText, error: unknown): Diagnostic {
  const detail = error as { pos?: unknown; message?: unknown; name?: unknown };
  if (typeof detail.pos === 'number') {
    const message = String(detail.message).replace(/ \(\d+:\d+\)$/, '');
    return { ...source.range(detail.pos, detail.pos + 1), severity: 'error', code: 'javascript/syntax', message };
  }
  // acorn recurses once per nesting level; a hostile nesting exhausts the stack before any bound of ours.
  return { ...source.range(0, 0), severity: 'error', code: 'javascript/too-deep', message: 'expressions nested too deep to parse; not read' };
}

type Binding = { kind: 'value'; value: JsValue } | { kind: 'function'; node: FunctionNode; file: FileContext };

type FunctionNode = ESTree.FunctionDeclaration | ESTree.FunctionExpression | ESTree.ArrowFunctionExpression;

interface FileContext {
  file: string;
  source: PositionedText;
}

class Scope {
  readonly names = new Map<string, Binding>();
  constructor(readonly parent?: Scope) {}

  lookup(name: string): Binding | undefined {
    return this.holding(name)?.names.get(name);
  }

  /** Rebinds `name` where it is declared; false when it is declared nowhere. */
  assign(name: string, binding: Binding): boolean {
    const scope = this.holding(name);
    scope?.names.set(name, binding);
    return scope !== undefined;
  }

  /** The innermost scope that declares `name`. */
  private holding(name: string): Scope | undefined {
    if (this.names.has(name)) return this;
    return this.parent?.holding(name);
  }
}

/** Thrown when a bound of the whole program is crossed: evaluation stops, with a diagnostic. */
class OutOfBudget {}

/** A `return` reached inside an inlined function. */
class Returned {
  constructor(readonly value: JsValue) {}
}

/** A statement an inlined function cannot be followed past (its result is then unknown). */
class Unfollowable {
  constructor(readonly value: Unknown) {}
}

class Evaluator {
  readonly entries: DnsControlEntry[] = [];
  readonly files: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly global = new Scope();
  private steps = 0;
  private values = 0;
  private iterations = 0;
  private depth = 0;
  private callDepth = 0;
  private readonly via: SourceRange[] = [];
  private exhausted = false;

  constructor(
    private readonly host: DnsControlHost,
    private readonly limits: DnsControlLimits,
  ) {}

  runFile(file: string, text: string, requiredAt: SourceRange | undefined): void {
    const source = PositionedText.of(file, text);
    if (this.files.length >= this.limits.maxFiles) {
      this.bound(requiredAt ?? source.range(0, 0), `more than ${thousands(this.limits.maxFiles)} files`);
      return;
    }
    this.files.push(file);
    if (text.length > this.limits.maxFileChars) {
      this.diagnostics.push({ ...source.range(0, 0), severity: 'error', code: 'javascript/too-large', message: `file of ${thousands(text.length)} characters is over the bound of ${thousands(this.limits.maxFileChars)}; not read` });
      return;
    }
    const comment = this.host.comment;
    const program = parseJavaScript(source, this.diagnostics, comment && ((start, end) => comment(file, text, start, end)));
    if (!program) return;
    const context: FileContext = { file, source };
    try {
      this.runStatements(program.body as ESTree.Statement[], this.global, context, true);
    } catch (signal) {
      if (signal instanceof OutOfBudget) return;
      if (signal instanceof Returned || signal instanceof Unfollowable) return;
      throw signal;
    }
  }

  // ---------------------------------------------------------------- statements

  /** Runs statements in `scope`; at the top level, what cannot be evaluated becomes an unknown entry and the next statement runs. */
  private runStatements(statements: readonly ESTree.Statement[], scope: Scope, context: FileContext, topLevel: boolean): void {
    for (const statement of statements) if (statement.type === 'FunctionDeclaration' && statement.id) scope.names.set(statement.id.name, { kind: 'function', node: statement, file: context });
    for (const statement of statements) {
      if (topLevel) {
        try {
          this.runStatement(statement, scope, context);
        } catch (signal) {
          if (signal instanceof Unfollowable) this.entries.push(signal.value);
          else if (!(signal instanceof Returned)) throw signal;
        }
      } else this.runStatement(statement, scope, context);
    }
  }

  private runStatement(statement: ESTree.Statement | ESTree.ModuleDeclaration, scope: Scope, context: FileContext): void {
    this.step(statement, context);
    if (this.depth >= this.limits.maxDepth) throw new Unfollowable(this.unknown(statement, context, `nested more than ${this.limits.maxDepth} deep`));
    this.depth++;
    try {
      this.runStatementNode(statement, scope, context);
    } finally {
      this.depth--;
    }
  }

  private runStatementNode(statement: ESTree.Statement | ESTree.ModuleDeclaration, scope: Scope, context: FileContext): void {
    switch (statement.type) {
      case 'EmptyStatement':
      case 'FunctionDeclaration':
        return;
      case 'VariableDeclaration':
        for (const declarator of statement.declarations) this.declare(declarator, scope, context);
        return;
      case 'ExpressionStatement':
        this.runExpressionStatement(statement.expression, scope, context);
        return;
      case 'BlockStatement':
        this.runStatements(statement.body, new Scope(scope), context, false);
        return;
      case 'IfStatement': {
        const test = truth(this.evaluate(statement.test, scope, context));
        if (test === undefined) throw new Unfollowable(this.unknown(statement.test, context, 'a condition whose value is not known'));
        if (test) this.runStatement(statement.consequent, scope, context);
        else if (statement.alternate) this.runStatement(statement.alternate, scope, context);
        return;
      }
      case 'ReturnStatement':
        throw new Returned(statement.argument ? this.evaluate(statement.argument, scope, context) : nullAt(this.range(statement, context)));
      case 'ForOfStatement':
      case 'ForInStatement':
        this.runForEach(statement, scope, context);
        return;
      case 'ForStatement':
        this.runFor(statement, scope, context);
        return;
      case 'ThrowStatement':
        throw new Unfollowable(this.unknown(statement, context, 'the configuration throws here'));
      default:
        throw new Unfollowable(this.unknown(statement, context, `${describe(statement.type)} is not evaluated`));
    }
  }

  private declare(declarator: ESTree.VariableDeclarator, scope: Scope, context: FileContext): void {
    const value = declarator.init ? this.evaluate(declarator.init, scope, context) : this.unknown(declarator, context, 'declared without a value');
    if (declarator.id.type === 'Identifier') scope.names.set(declarator.id.name, bindingOf(value));
    else for (const name of patternNames(declarator.id)) scope.names.set(name, bindingOf(this.unknown(declarator.id, context, 'a destructuring pattern is not evaluated')));
  }

  private runExpressionStatement(expression: ESTree.Expression, scope: Scope, context: FileContext): void {
    if (expression.type === 'Literal' && typeof expression.value === 'string') return; // 'use strict'
    if (expression.type === 'AssignmentExpression' || expression.type === 'UpdateExpression') {
      this.evaluate(expression, scope, context);
      return;
    }
    if (expression.type === 'CallExpression') {
      const value = this.evaluate(expression, scope, context);
      if (value.kind === 'call') this.entries.push(value);
      else if (value.kind === 'unknown') this.entries.push(value);
      return;
    }
    const value = this.evaluate(expression, scope, context);
    if (value.kind === 'unknown') this.entries.push(value);
  }

  private runForEach(statement: ESTree.ForOfStatement | ESTree.ForInStatement, scope: Scope, context: FileContext): void {
    const over = this.evaluate(statement.right, scope, context);
    const items: JsValue[] | undefined =
      over.kind === 'list'
        ? statement.type === 'ForOfStatement'
          ? over.items
          : over.items.map((_, i) => ({ kind: 'string', value: String(i), loc: over.loc }))
        : over.kind === 'object' && statement.type === 'ForInStatement'
          ? [...over.entries.keys()].map((key) => ({ kind: 'string', value: key, loc: over.loc }))
          : undefined;
    if (!items) throw new Unfollowable(this.unknown(statement.right, context, 'a loop over a value that is not a known array or object'));
    const name = loopVariable(statement.left);
    if (!name) throw new Unfollowable(this.unknown(statement.left, context, 'a loop variable that is a pattern'));
    for (const item of items) {
      this.iterate(statement, context);
      const body = new Scope(scope);
      if (statement.left.type === 'VariableDeclaration') body.names.set(name, bindingOf(item));
      else if (!scope.assign(name, bindingOf(item))) this.global.names.set(name, bindingOf(item));
      this.runStatement(statement.body, body, context);
    }
  }

  private runFor(statement: ESTree.ForStatement, scope: Scope, context: FileContext): void {
    const loop = new Scope(scope);
    if (statement.init) {
      if (statement.init.type === 'VariableDeclaration') this.runStatement(statement.init, loop, context);
      else this.evaluate(statement.init, loop, context);
    }
    for (;;) {
      if (statement.test) {
        const test = truth(this.evaluate(statement.test, loop, context));
        if (test === undefined) throw new Unfollowable(this.unknown(statement.test, context, 'a loop condition whose value is not known'));
        if (!test) return;
      }
      this.iterate(statement, context);
      this.runStatement(statement.body, new Scope(loop), context);
      if (statement.update) this.evaluate(statement.update, loop, context);
    }
  }

  // ---------------------------------------------------------------- expressions

  private evaluate(node: ESTree.Expression | ESTree.SpreadElement | ESTree.PrivateIdentifier | ESTree.Super, scope: Scope, context: FileContext): JsValue {
    this.step(node, context);
    if (this.depth >= this.limits.maxDepth) return this.unknown(node, context, `nested more than ${this.limits.maxDepth} deep`);
    this.depth++;
    try {
      return this.evaluateNode(node, scope, context);
    } finally {
      this.depth--;
    }
  }

  private evaluateNode(node: ESTree.Expression | ESTree.SpreadElement | ESTree.PrivateIdentifier | ESTree.Super, scope: Scope, context: FileContext): JsValue {
    const loc = this.range(node, context);
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') return { kind: 'string', value: node.value, loc };
        if (typeof node.value === 'number') return { kind: 'number', value: node.value, loc };
        if (typeof node.value === 'boolean') return { kind: 'bool', value: node.value, loc };
        if (node.value === null && !('regex' in node && node.regex)) return { kind: 'null', loc };
        return this.unknown(node, context, 'a regular expression or big integer is not evaluated');
      case 'TemplateLiteral':
        return this.template(node, scope, context);
      case 'Identifier':
        return this.identifier(node, scope, context);
      case 'ArrayExpression':
        return this.array(node, scope, context);
      case 'ObjectExpression':
        return this.object(node, scope, context);
      case 'BinaryExpression':
        return this.binary(node, scope, context);
      case 'LogicalExpression': {
        const left = this.evaluate(node.left, scope, context);
        if (node.operator === '??') return left.kind === 'null' ? this.evaluate(node.right, scope, context) : left.kind === 'unknown' ? left : left;
        const test = truth(left);
        if (test === undefined) return this.unknown(node, context, 'a condition whose value is not known');
        return (node.operator === '||') === test ? left : this.evaluate(node.right, scope, context);
      }
      case 'ConditionalExpression': {
        const test = truth(this.evaluate(node.test, scope, context));
        if (test === undefined) return this.unknown(node, context, 'a condition whose value is not known');
        return this.evaluate(test ? node.consequent : node.alternate, scope, context);
      }
      case 'UnaryExpression':
        return this.unary(node, scope, context);
      case 'ParenthesizedExpression':
        return this.evaluate(node.expression, scope, context);
      case 'SequenceExpression': {
        let last: JsValue = nullAt(loc);
        for (const expression of node.expressions) last = this.evaluate(expression, scope, context);
        return last;
      }
      case 'MemberExpression':
        return this.member(node, scope, context);
      case 'CallExpression':
        return this.call(node, scope, context);
      case 'AssignmentExpression':
        return this.assignment(node, scope, context);
      case 'UpdateExpression':
        return this.update(node, scope, context);
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return this.unknown(node, context, 'a function used as a value');
      default:
        return this.unknown(node, context, `${describe(node.type)} is not evaluated`);
    }
  }

  private identifier(node: ESTree.Identifier, scope: Scope, context: FileContext): JsValue {
    const binding = scope.lookup(node.name);
    if (binding?.kind === 'value') return binding.value;
    if (binding?.kind === 'function') return this.unknown(node, context, `the function ${node.name} used as a value`);
    if (DNSCONTROL_GLOBALS.has(node.name)) return { kind: 'global', name: node.name, loc: this.range(node, context) };
    if (node.name === 'undefined') return nullAt(this.range(node, context));
    return this.unknown(node, context, `${node.name} is not declared in the configuration`);
  }

  private template(node: ESTree.TemplateLiteral, scope: Scope, context: FileContext): JsValue {
    let text = node.quasis[0]?.value.cooked ?? '';
    for (let i = 0; i < node.expressions.length; i++) {
      const part = primitiveText(this.evaluate(node.expressions[i], scope, context));
      if (part === undefined) return this.unknown(node, context, 'a template with a part whose value is not known');
      text += part + (node.quasis[i + 1]?.value.cooked ?? '');
      if (text.length > this.limits.maxStringLength) return this.tooLarge(node, context);
    }
    return { kind: 'string', value: text, loc: this.range(node, context) };
  }

  private array(node: ESTree.ArrayExpression, scope: Scope, context: FileContext): JsValue {
    const items: JsValue[] = [];
    for (const element of node.elements) {
      if (!element) {
        items.push(nullAt(this.range(node, context)));
        continue;
      }
      if (element.type === 'SpreadElement') {
        const spread = this.evaluate(element.argument, scope, context);
        if (spread.kind !== 'list') return this.unknown(element, context, 'a spread of a value that is not a known array');
        for (const item of spread.items) items.push(item);
      } else items.push(this.evaluate(element, scope, context));
    }
    this.count(items.length, node, context);
    return { kind: 'list', items, loc: this.range(node, context) };
  }

  private object(node: ESTree.ObjectExpression, scope: Scope, context: FileContext): JsValue {
    const entries = new Map<string, JsValue>();
    for (const property of node.properties) {
      if (property.type === 'SpreadElement') {
        const spread = this.evaluate(property.argument, scope, context);
        if (spread.kind !== 'object') return this.unknown(property, context, 'a spread of a value that is not a known object');
        for (const [key, value] of spread.entries) entries.set(key, value);
        continue;
      }
      const key = this.propertyKey(property, scope, context);
      if (key === undefined) return this.unknown(property, context, 'a property whose name is not known');
      entries.set(key, property.kind === 'init' && !property.method ? this.evaluate(property.value as ESTree.Expression, scope, context) : this.unknown(property, context, 'a method or accessor'));
    }
    this.count(entries.size, node, context);
    return { kind: 'object', entries, loc: this.range(node, context) };
  }

  private propertyKey(property: ESTree.Property, scope: Scope, context: FileContext): string | undefined {
    if (!property.computed && property.key.type === 'Identifier') return property.key.name;
    if (property.key.type === 'Literal' && (typeof property.key.value === 'string' || typeof property.key.value === 'number')) return String(property.key.value);
    if (property.computed) return primitiveText(this.evaluate(property.key as ESTree.Expression, scope, context));
    return undefined;
  }

  private binary(node: ESTree.BinaryExpression, scope: Scope, context: FileContext): JsValue {
    const loc = this.range(node, context);
    if (node.left.type === 'PrivateIdentifier') return this.unknown(node, context, 'a private name');
    const left = this.evaluate(node.left, scope, context);
    const right = this.evaluate(node.right, scope, context);
    if (left.kind === 'unknown') return left;
    if (right.kind === 'unknown') return right;
    const a = primitive(left);
    const b = primitive(right);
    if (a === undefined || b === undefined) return this.unknown(node, context, `${node.operator} of values that are not strings, numbers or booleans`);
    switch (node.operator) {
      case '+':
        if (typeof a === 'string' || typeof b === 'string') {
          const text = String(a) + String(b);
          return text.length > this.limits.maxStringLength ? this.tooLarge(node, context) : { kind: 'string', value: text, loc };
        }
        return numberAt(Number(a) + Number(b), loc);
      case '-':
        return numberAt(Number(a) - Number(b), loc);
      case '*':
        return numberAt(Number(a) * Number(b), loc);
      case '/':
        return numberAt(Number(a) / Number(b), loc);
      case '%':
        return numberAt(Number(a) % Number(b), loc);
      case '===':
      case '==':
        return { kind: 'bool', value: node.operator === '===' ? a === b : looseEquals(a, b), loc };
      case '!==':
      case '!=':
        return { kind: 'bool', value: node.operator === '!==' ? a !== b : !looseEquals(a, b), loc };
      case '<':
        return { kind: 'bool', value: a! < b!, loc };
      case '<=':
        return { kind: 'bool', value: a! <= b!, loc };
      case '>':
        return { kind: 'bool', value: a! > b!, loc };
      case '>=':
        return { kind: 'bool', value: a! >= b!, loc };
      default:
        return this.unknown(node, context, `the ${node.operator} operator is not evaluated`);
    }
  }

  private unary(node: ESTree.UnaryExpression, scope: Scope, context: FileContext): JsValue {
    const loc = this.range(node, context);
    const value = this.evaluate(node.argument, scope, context);
    if (node.operator === '!') {
      const test = truth(value);
      return test === undefined ? this.unknown(node, context, 'a condition whose value is not known') : { kind: 'bool', value: !test, loc };
    }
    if ((node.operator === '-' || node.operator === '+') && value.kind === 'number') return numberAt(node.operator === '-' ? -value.value : value.value, loc);
    return this.unknown(node, context, `the ${node.operator} operator is not evaluated here`);
  }

  private member(node: ESTree.MemberExpression, scope: Scope, context: FileContext): JsValue {
    if (node.object.type === 'Super' || node.property.type === 'PrivateIdentifier') return this.unknown(node, context, 'not evaluated');
    const object = this.evaluate(node.object, scope, context);
    if (object.kind === 'unknown') return object;
    const key = node.computed ? primitiveText(this.evaluate(node.property, scope, context)) : (node.property as ESTree.Identifier).name;
    if (key === undefined) return this.unknown(node, context, 'a member whose name is not known');
    if (key === 'length' && (object.kind === 'list' || object.kind === 'string')) return numberAt(object.kind === 'list' ? object.items.length : object.value.length, this.range(node, context));
    // A member a known array or object does not have is JavaScript's undefined, read as null.
    if (object.kind === 'list' && isIndex(key)) return object.items[Number(key)] ?? nullAt(this.range(node, context));
    if (object.kind === 'object') return object.entries.get(key) ?? nullAt(this.range(node, context));
    return this.unknown(node, context, `the member ${key} of a value that is not a known array or object`);
  }

  private assignment(node: ESTree.AssignmentExpression, scope: Scope, context: FileContext): JsValue {
    if (node.left.type === 'MemberExpression') return this.assignMember(node, node.left, scope, context);
    if (node.left.type !== 'Identifier') return this.unknown(node, context, 'an assignment to a pattern');
    let value = this.evaluate(node.right, scope, context);
    if (node.operator !== '=') {
      const operator = node.operator.slice(0, -1);
      const current = this.identifier(node.left, scope, context);
      const synthetic = { type: 'BinaryExpression', operator, left: node.left, right: node.right, start: node.start, end: node.end } as ESTree.BinaryExpression;
      value = current.kind === 'unknown' ? current : this.binary(synthetic, scope, context);
    }
    if (!scope.assign(node.left.name, bindingOf(value))) this.global.names.set(node.left.name, bindingOf(value));
    return value;
  }

  /** `params.ttl = ...` on a known object (or an index of a known array): objects are shared, so every holder sees the change, as in JavaScript. */
  private assignMember(node: ESTree.AssignmentExpression, left: ESTree.MemberExpression, scope: Scope, context: FileContext): JsValue {
    if (left.object.type === 'Super' || left.property.type === 'PrivateIdentifier') return this.unknown(node, context, 'not evaluated');
    const object = this.evaluate(left.object, scope, context);
    const key = left.computed ? primitiveText(this.evaluate(left.property, scope, context)) : (left.property as ESTree.Identifier).name;
    const written = object.kind === 'object' || (object.kind === 'list' && key !== undefined && isIndex(key) && Number(key) <= object.items.length);
    if (key === undefined || !written) {
      // The object stays what it was; what is read of it later may be wrong, so say so where it changes.
      return this.unknown(node, context, 'an assignment to a member of a value that is not a known array or object');
    }
    let value = this.evaluate(node.right, scope, context);
    if (node.operator !== '=') {
      const synthetic = { type: 'BinaryExpression', operator: node.operator.slice(0, -1), left, right: node.right, start: node.start, end: node.end } as ESTree.BinaryExpression;
      value = this.binary(synthetic, scope, context);
    }
    if (object.kind === 'object') object.entries.set(key, value);
    else if (object.kind === 'list') object.items[Number(key)] = value;
    this.count(1, node, context);
    return value;
  }

  private update(node: ESTree.UpdateExpression, scope: Scope, context: FileContext): JsValue {
    if (node.argument.type !== 'Identifier') return this.unknown(node, context, 'an update of something other than a variable');
    const current = this.identifier(node.argument, scope, context);
    if (current.kind !== 'number') return this.unknown(node, context, 'an update of a value that is not a known number');
    const next = numberAt(current.value + (node.operator === '++' ? 1 : -1), current.loc);
    scope.assign(node.argument.name, bindingOf(next));
    return node.prefix ? next : current;
  }

  // ---------------------------------------------------------------- calls

  private call(node: ESTree.CallExpression, scope: Scope, context: FileContext): JsValue {
    const loc = this.range(node, context);
    if (node.callee.type === 'MemberExpression') return this.method(node, node.callee, scope, context);
    if (node.callee.type !== 'Identifier') return this.unknown(node, context, 'a call of an expression');
    const name = node.callee.name;
    const binding = scope.lookup(name);
    if (binding?.kind === 'function') return this.inline(node, binding, scope, context);
    if (binding?.kind === 'value') return this.unknown(node, context, `${name} is not a function the configuration declares`);
    if (name === 'require') return this.require(node, scope, context);
    if (name === 'require_glob') return this.requireGlob(node, scope, context);
    if (name === 'IP') return this.ipNumber(node, scope, context);
    if (!DNSCONTROL_GLOBALS.has(name)) return this.unknown(node, context, `${name} is neither declared in the configuration nor one of DNSControl's functions`);
    const args = this.arguments(node.arguments, scope, context);
    if (!Array.isArray(args)) return args;
    const call: JsCall = { kind: 'call', callee: name, calleeLoc: this.range(node.callee, context), args, loc };
    if (this.via.length > 0) call.via = [...this.via];
    return call;
  }

  /** `IP("1.2.3.4")` is the address as a 32-bit number, as DNSControl computes it (configurations add to it: `IP("10.0.0.0") + 5`). */
  private ipNumber(node: ESTree.CallExpression, scope: Scope, context: FileContext): JsValue {
    const argument = node.arguments[0];
    const text = argument && argument.type !== 'SpreadElement' ? primitiveText(this.evaluate(argument, scope, context)) : undefined;
    const octets = text?.split('.');
    if (!octets || octets.length !== 4 || octets.some((octet) => !/^[0-9]{1,3}$/.test(octet) || Number(octet) > 255)) return this.unknown(node, context, 'IP() of a value that is not a known IPv4 address');
    return numberAt(octets.reduce((sum, octet) => sum * 256 + Number(octet), 0), this.range(node, context));
  }

  private arguments(nodes: readonly (ESTree.Expression | ESTree.SpreadElement)[], scope: Scope, context: FileContext): JsValue[] | Unknown {
    const args: JsValue[] = [];
    for (const argument of nodes) {
      if (argument.type === 'SpreadElement') {
        const spread = this.evaluate(argument.argument, scope, context);
        if (spread.kind !== 'list') return this.unknown(argument, context, 'a spread of a value that is not a known array');
        for (const item of spread.items) args.push(item);
      } else args.push(this.evaluate(argument, scope, context));
    }
    return args;
  }

  /** Runs a function of the configuration with its arguments bound: its statement-level DNSControl calls are entries, its `return` the value. */
  private inline(node: ESTree.CallExpression, binding: Extract<Binding, { kind: 'function' }>, scope: Scope, context: FileContext): JsValue {
    const args = this.arguments(node.arguments, scope, context);
    if (!Array.isArray(args)) return args;
    return this.invoke(binding.node, binding.file, args, this.range(node, context), node, context);
  }

  private invoke(fn: FunctionNode, fnContext: FileContext, args: JsValue[], callLoc: SourceRange, callNode: ESTree.Node, callContext: FileContext): JsValue {
    if (this.callDepth >= this.limits.maxCallDepth) return this.unknown(callNode, callContext, `function calls nested more than ${this.limits.maxCallDepth} deep`);
    if (fn.async || fn.generator) return this.unknown(callNode, callContext, 'an async function or generator');
    const local = new Scope(this.global);
    for (let i = 0; i < fn.params.length; i++) {
      const param = fn.params[i];
      if (param.type === 'Identifier') local.names.set(param.name, bindingOf(args[i] ?? nullAt(callLoc))); // a missing argument is undefined
      else if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier') local.names.set(param.left.name, bindingOf(args[i] ?? this.evaluate(param.right, local, fnContext)));
      else if (param.type === 'RestElement' && param.argument.type === 'Identifier') local.names.set(param.argument.name, bindingOf({ kind: 'list', items: args.slice(i), loc: callLoc }));
      else for (const name of patternNames(param)) local.names.set(name, bindingOf(this.unknown(param, fnContext, 'a destructuring parameter')));
    }
    local.names.set('arguments', bindingOf({ kind: 'list', items: args, loc: callLoc }));
    this.callDepth++;
    this.via.push(callLoc);
    try {
      if (fn.body.type !== 'BlockStatement') return this.evaluate(fn.body, local, fnContext);
      this.runStatements(fn.body.body, local, fnContext, false);
      return nullAt(callLoc);
    } catch (signal) {
      if (signal instanceof Returned) return signal.value;
      if (signal instanceof Unfollowable) return { ...signal.value, reason: `the function called here cannot be followed: ${signal.value.reason}` };
      throw signal;
    } finally {
      this.via.pop();
      this.callDepth--;
    }
  }

  private method(node: ESTree.CallExpression, callee: ESTree.MemberExpression, scope: Scope, context: FileContext): JsValue {
    const loc = this.range(node, context);
    if (callee.computed || callee.property.type !== 'Identifier' || callee.object.type === 'Super') return this.unknown(node, context, 'a call of a computed member');
    const name = callee.property.name;
    const object = this.evaluate(callee.object, scope, context);
    if (object.kind === 'unknown') return object;
    const args = this.arguments(node.arguments, scope, context);
    if (!Array.isArray(args)) return args;
    if (object.kind === 'list') {
      switch (name) {
        case 'concat': {
          const items = [...object.items];
          for (const arg of args) {
            if (arg.kind === 'list') for (const item of arg.items) items.push(item);
            else items.push(arg);
          }
          this.count(items.length, node, context);
          return { kind: 'list', items, loc };
        }
        case 'push':
          for (const arg of args) object.items.push(arg);
          this.count(args.length, node, context);
          return numberAt(object.items.length, loc);
        case 'join': {
          const separator = args[0] === undefined ? ',' : primitiveText(args[0]);
          const parts = object.items.map(primitiveText);
          if (separator === undefined || parts.some((part) => part === undefined)) return this.unknown(node, context, 'a join of values that are not all known strings');
          const text = parts.join(separator);
          return text.length > this.limits.maxStringLength ? this.tooLarge(node, context) : { kind: 'string', value: text, loc };
        }
        case 'map':
        case 'forEach':
          return this.mapOver(node, object, name, scope, context);
      }
    }
    if (object.kind === 'string') {
      switch (name) {
        case 'concat': {
          const parts = args.map(primitiveText);
          if (parts.some((part) => part === undefined)) return this.unknown(node, context, 'a concatenation of values that are not all known');
          const text = object.value + parts.join('');
          return text.length > this.limits.maxStringLength ? this.tooLarge(node, context) : { kind: 'string', value: text, loc };
        }
        case 'toLowerCase':
          return { kind: 'string', value: object.value.toLowerCase(), loc };
        case 'toUpperCase':
          return { kind: 'string', value: object.value.toUpperCase(), loc };
      }
    }
    return this.unknown(node, context, `the method ${name}() is not evaluated`);
  }

  /** `.map(fn)` and `.forEach(fn)` over a known array, where `fn` is written in place or is a function of the configuration. */
  private mapOver(node: ESTree.CallExpression, list: Extract<JsValue, { kind: 'list' }>, name: string, scope: Scope, context: FileContext): JsValue {
    const loc = this.range(node, context);
    const callback = node.arguments[0];
    let fn: FunctionNode | undefined;
    let fnContext = context;
    if (callback?.type === 'ArrowFunctionExpression' || callback?.type === 'FunctionExpression') fn = callback;
    else if (callback?.type === 'Identifier') {
      const binding = scope.lookup(callback.name);
      if (binding?.kind === 'function') ({ node: fn, file: fnContext } = binding);
    }
    if (!fn) return this.unknown(node, context, `.${name}() with a callback that is not a function of the configuration`);
    const items: JsValue[] = [];
    const closure = fn.type === 'FunctionDeclaration' ? undefined : scope;
    for (let i = 0; i < list.items.length; i++) {
      this.iterate(node, context);
      const result = this.invokeIn(fn, fnContext, closure, [list.items[i], numberAt(i, list.items[i].loc), list], loc, node, context);
      items.push(result);
    }
    if (name === 'forEach') return nullAt(loc);
    this.count(items.length, node, context);
    return { kind: 'list', items, loc };
  }

  /** An arrow or function expression sees the scope it is written in; a declared function sees the global scope. */
  private invokeIn(fn: FunctionNode, fnContext: FileContext, closure: Scope | undefined, args: JsValue[], callLoc: SourceRange, callNode: ESTree.Node, callContext: FileContext): JsValue {
    if (!closure) return this.invoke(fn, fnContext, args, callLoc, callNode, callContext);
    if (fn.params.some((param) => param.type !== 'Identifier')) return this.unknown(callNode, callContext, 'a callback with a destructuring parameter');
    const local = new Scope(closure);
    fn.params.forEach((param, i) => local.names.set((param as ESTree.Identifier).name, bindingOf(args[i] ?? nullAt(callLoc))));
    if (fn.body.type !== 'BlockStatement') return this.evaluate(fn.body, local, fnContext);
    this.via.push(callLoc);
    try {
      this.runStatements(fn.body.body, local, fnContext, false);
      return nullAt(callLoc);
    } catch (signal) {
      if (signal instanceof Returned) return signal.value;
      if (signal instanceof Unfollowable) return signal.value;
      throw signal;
    } finally {
      this.via.pop();
    }
  }

  private require(node: ESTree.CallExpression, scope: Scope, context: FileContext): JsValue {
    const path = node.arguments[0] && node.arguments[0].type !== 'SpreadElement' ? primitiveText(this.evaluate(node.arguments[0], scope, context)) : undefined;
    if (path === undefined) return this.unknown(node, context, 'require() of a path that is not known');
    return this.load(path, node, context);
  }

  private requireGlob(node: ESTree.CallExpression, scope: Scope, context: FileContext): JsValue {
    const args = this.arguments(node.arguments, scope, context);
    if (!Array.isArray(args)) return args;
    const path = args[0] && primitiveText(args[0]);
    const recursive = args[1] === undefined ? true : truth(args[1]);
    if (path === undefined || recursive === undefined) return this.unknown(node, context, 'require_glob() of a path that is not known');
    if (!this.host.glob) return this.unknown(node, context, 'require_glob() needs a listing of the repository, which this reading has not');
    const listed = this.host.glob(path, context.file, recursive);
    if ('error' in listed) return this.unknown(node, context, `require_glob(): ${listed.error}`);
    for (const file of listed.files) this.load(file, node, context);
    return nullAt(this.range(node, context));
  }

  /** Reads a required file: `.json`/`.json5` gives its value, `.js` runs in the global scope as DNSControl runs it. */
  private load(path: string, node: ESTree.CallExpression, context: FileContext): JsValue {
    const loc = this.range(node, context);
    if (!this.host.read) return this.unknown(node, context, 'require() needs a reader of the repository, which this reading has not');
    if (this.callDepth >= this.limits.maxCallDepth) return this.unknown(node, context, `require() nested more than ${this.limits.maxCallDepth} deep`);
    const read = this.host.read(path, context.file);
    if ('error' in read) {
      this.diagnostics.push({ ...loc, severity: 'warning', code: 'javascript/require', message: `require(${JSON.stringify(path)}): ${read.error}` });
      return this.unknown(node, context, `require(${JSON.stringify(path)}) could not be read`);
    }
    if (/\.json5?$/i.test(read.file)) return this.json(read.file, read.text, node, context);
    this.callDepth++;
    try {
      this.runFile(read.file, read.text, loc);
    } finally {
      this.callDepth--;
    }
    return nullAt(loc);
  }

  private json(file: string, text: string, node: ESTree.Node, context: FileContext): JsValue {
    const source = PositionedText.of(file, text);
    this.files.push(file);
    let expression: ESTree.Expression;
    try {
      expression = parseExpressionAt(text, 0, { ecmaVersion: 'latest' });
      for (let i = expression.end; i < text.length; i++) if (!/\s/.test(text[i])) throw Object.assign(new SyntaxError('Unexpected token'), { pos: i });
    } catch (error) {
      this.diagnostics.push(syntaxDiagnostic(source, error));
      return this.unknown(node, context, `${file} does not parse`);
    }
    return this.evaluate(expression, new Scope(), { file, source });
  }

  // ---------------------------------------------------------------- bounds and helpers

  private range(node: ESTree.Node, context: FileContext): SourceRange {
    return context.source.range(node.start, node.end);
  }

  /** The node as written (shortened), with why it is not known. */
  private unknown(node: ESTree.Node, context: FileContext, reason: string): Unknown {
    const written = context.source.text.slice(node.start, node.end);
    const expression = written.length > 200 ? `${written.slice(0, 197)}...` : written;
    return { kind: 'unknown', expression, reason, loc: this.range(node, context) };
  }

  private tooLarge(node: ESTree.Node, context: FileContext): Unknown {
    const value = this.unknown(node, context, `a string longer than ${thousands(this.limits.maxStringLength)} characters`);
    this.diagnostics.push({ ...value.loc, severity: 'error', code: 'javascript/too-large', message: value.reason });
    return value;
  }

  private step(node: ESTree.Node, context: FileContext): void {
    if (++this.steps > this.limits.maxSteps) this.bound(this.range(node, context), `more than ${thousands(this.limits.maxSteps)} evaluation steps`);
  }

  private iterate(node: ESTree.Node, context: FileContext): void {
    if (++this.iterations > this.limits.maxIterations) this.bound(this.range(node, context), `more than ${thousands(this.limits.maxIterations)} loop iterations`);
  }

  private count(n: number, node: ESTree.Node, context: FileContext): void {
    this.values += n;
    if (this.values > this.limits.maxValues) this.bound(this.range(node, context), `more than ${thousands(this.limits.maxValues)} values built`);
  }

  /** Stops the whole evaluation: what was read before stays, the rest is not read. */
  private bound(loc: SourceRange, what: string): never {
    if (!this.exhausted) {
      this.exhausted = true;
      this.diagnostics.push({ ...loc, severity: 'error', code: 'javascript/too-much-work', message: `${what}; the rest of the configuration is not read` });
    }
    throw new OutOfBudget();
  }
}

/** JavaScript's `==` between known primitives: numbers, strings and booleans compare as numbers when their types differ. */
function looseEquals(a: string | number | boolean | null, b: string | number | boolean | null): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === typeof b) return a === b;
  return Number(a) === Number(b);
}

function isIndex(key: string): boolean {
  return /^(0|[1-9][0-9]{0,8})$/.test(key);
}

function bindingOf(value: JsValue): Binding {
  return { kind: 'value', value };
}

function nullAt(loc: SourceRange): JsValue {
  return { kind: 'null', loc };
}

function numberAt(value: number, loc: SourceRange): JsValue {
  return { kind: 'number', value, loc };
}

function primitive(value: JsValue): string | number | boolean | null | undefined {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return value.value;
    case 'null':
      return null;
    default:
      return undefined;
  }
}

/** The text of a known string, number or boolean, as JavaScript converts it. */
function primitiveText(value: JsValue): string | undefined {
  const plain = primitive(value);
  return plain === undefined || plain === null ? undefined : String(plain);
}

/** JavaScript's truthiness of a known value; undefined when not known. */
function truth(value: JsValue): boolean | undefined {
  switch (value.kind) {
    case 'string':
      return value.value !== '';
    case 'number':
      return value.value !== 0 && !Number.isNaN(value.value);
    case 'bool':
      return value.value;
    case 'null':
      return false;
    case 'list':
    case 'object':
    case 'call':
    case 'global':
      return true;
    case 'unknown':
      return undefined;
  }
}

function loopVariable(left: ESTree.VariableDeclaration | ESTree.Pattern): string | undefined {
  const target = left.type === 'VariableDeclaration' ? left.declarations[0]?.id : left;
  return target?.type === 'Identifier' ? target.name : undefined;
}

function patternNames(pattern: ESTree.Pattern): string[] {
  const names: string[] = [];
  const stack: (ESTree.Pattern | ESTree.Property | ESTree.AssignmentProperty | null)[] = [pattern];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) continue;
    if (next.type === 'Identifier') names.push(next.name);
    else if (next.type === 'ArrayPattern') stack.push(...next.elements);
    else if (next.type === 'ObjectPattern') for (const property of next.properties) stack.push(property.type === 'RestElement' ? property.argument : property.value);
    else if (next.type === 'AssignmentPattern') stack.push(next.left);
    else if (next.type === 'RestElement') stack.push(next.argument);
    else if (next.type === 'Property') stack.push(next.value as ESTree.Pattern);
  }
  return names;
}

/** `WhileStatement` as `a while statement`, for reasons. */
function describe(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}
