import type { Diagnostic, SourceRange } from '../../core/types.js';
import { thousands } from '../../core/words.js';
import { firstUnknown, type StaticValue } from '../values.js';
import { rangeOf, textOf, type BinaryOperator, type Block, type Body, type Expr, type Node, type Step, type TemplatePart } from './ast.js';
import type { TerraformBounds } from './bounds.js';
import { hclDiagnostic, type HclCode } from './diagnostics.js';
import { callFunction } from './functions.js';
import { asBool, asNumber, asString, compareKeys, equalValues, kindName, relocate, sameRange, sortedEntries, type ObjectValue, type Unknown } from './value.js';

/**
 * The state of one reading of a configuration, shared by every module read in it: bounds and
 * what has been spent of them, diagnostics, and which unknown values are errors (what `try`
 * and `can` catch) rather than values known only when Terraform runs.
 */
export class Run {
  steps = 0;
  /** Elements of lists and objects, and characters of strings, built so far. */
  values = 0;
  characters = 0;
  depth = 0;
  instances = 0;
  readonly diagnostics: Diagnostic[] = [];
  /** How many values a list's items or an object's entries hold, all levels counted (shared by a value's relocated copies). */
  readonly sizes = new WeakMap<object, number>();
  private spent = false;
  /** Unknown values that stand for an evaluation error (no such attribute, a type mismatch). */
  readonly failed = new WeakSet<object>();
  /** Objects of resource instances: an attribute not written in the block is computed, not missing. */
  readonly open = new WeakSet<object>();
  private readonly said = new Set<string>();
  private outOfSteps = false;

  constructor(readonly bounds: TerraformBounds) {}

  /** The bounds on the whole reading's values are reached (said once). */
  spend(at: Node): void {
    if (this.spent) return;
    this.spent = true;
    this.diagnose(
      'hcl/too-much-work',
      'warning',
      `evaluation built more than ${thousands(this.bounds.valuesTotal)} values or ${thousands(this.bounds.charactersTotal)} characters; values built after are unknown`,
      rangeOf(at),
    );
  }

  diagnose(code: HclCode, severity: Diagnostic['severity'], message: string, range: SourceRange): void {
    const key = `${code}\u0000${range.file}\u0000${range.line}\u0000${range.column}\u0000${message}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    this.diagnostics.push(hclDiagnostic(code, severity, message, range));
  }

  /** Counts one step; false once the bound on the total work is reached (said once). */
  step(at: Node): boolean {
    if (++this.steps <= this.bounds.steps) return true;
    if (!this.outOfSteps) {
      this.outOfSteps = true;
      this.diagnose('hcl/too-much-work', 'warning', `evaluation stopped after ${thousands(this.bounds.steps)} steps; values not yet computed are unknown`, rangeOf(at));
    }
    return false;
  }
}

/** Names in scope where an expression is evaluated: `each`, `count`, and the variables of `for` expressions, dynamic blocks and template loops. */
export interface Scope {
  parent?: Scope;
  names?: ReadonlyMap<string, StaticValue>;
  each?: { key: StaticValue; value: StaticValue };
  count?: StaticValue;
}

/** What an expression can refer to in the module it is in. */
export interface Host {
  variable(name: string, at: Node): StaticValue | undefined;
  local(name: string, at: Node): StaticValue | undefined;
  isResourceType(type: string): boolean;
  resource(type: string, name: string, at: Node): StaticValue | undefined;
  dataSource(type: string, name: string): boolean;
  module(name: string, at: Node): StaticValue | undefined;
  /**
   * One output of a module call's instance (`key` for `module.NAME[KEY].OUTPUT`), read alone:
   * two modules may each use the other's other outputs, as Terraform allows. Undefined when
   * it cannot be read alone (the caller then reads the whole module value).
   */
  moduleOutput(name: string, key: StaticValue | undefined, output: string, at: Node): StaticValue | undefined;
  path(name: string): string | undefined;
}

export const REASONS = {
  computed: 'a resource attribute known only after apply',
  dataSource: 'a data source, read when Terraform runs',
  workspace: 'the workspace is chosen when Terraform runs',
  self: '`self` is known only when a provisioner runs',
  syntax: 'a syntax error',
  cycle: 'a reference cycle',
  tooDeep: 'nested too deeply to evaluate',
  budget: 'evaluation stopped at its bound',
} as const;

const META_ATTRIBUTES = new Set(['count', 'for_each', 'depends_on', 'provider', 'providers', 'lifecycle']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection', 'precondition', 'postcondition', 'dynamic']);

/**
 * Evaluates expressions of one module instance. Every value it returns has the range of the
 * expression that gave it (`loc`); a value taken from elsewhere keeps where it was written
 * (`from`); an unknown value names the expression that could not be known and why.
 */
export class Evaluator {
  constructor(
    readonly run: Run,
    readonly host: Host,
  ) {}

  /** An unknown value at `at`, naming it as written. */
  unknown(at: Node, reason: string, error = false): Unknown {
    const value: Unknown = { kind: 'unknown', expression: textOf(at).trim(), reason, loc: rangeOf(at) };
    if (error) this.run.failed.add(value);
    return value;
  }

  /**
   * The value as used at `at` (see `relocate`); it stays an error, or a resource instance's
   * object, if it was one.
   */
  relocate(value: StaticValue, at: Node | SourceRange): StaticValue {
    const moved = relocate(value, 'file' in at ? at : rangeOf(at));
    if (moved !== value) {
      if (this.run.failed.has(value)) this.run.failed.add(moved);
      if (this.run.open.has(value)) this.run.open.add(moved);
    }
    return moved;
  }

  /** An evaluation error at `at` (what `try` catches). */
  error(at: Node, reason: string): Unknown {
    return this.unknown(at, reason, true);
  }

  /** An unknown part makes the value at `at` unknown: it names the part and its reason, and keeps where the part is. */
  carry(cause: Unknown, at: Node): Unknown {
    const loc = rangeOf(at);
    if (sameRange(cause.loc, loc)) return cause;
    const value: Unknown = { kind: 'unknown', expression: cause.expression, reason: cause.reason, loc, from: cause.from ?? cause.loc };
    if (this.run.failed.has(cause)) this.run.failed.add(value);
    return value;
  }

  /** A string built past the bound on string length is unknown (said once). */
  tooLong(at: Node): Unknown {
    this.run.diagnose('hcl/too-long', 'warning', `a string of more than ${thousands(this.run.bounds.stringLength)} characters; its value is unknown`, rangeOf(at));
    return this.unknown(at, `a string longer than ${thousands(this.run.bounds.stringLength)} characters`);
  }

  /**
   * Counts what a value built here takes toward the bounds on the whole reading; past them,
   * the value is unknown (said once).
   */
  charge(at: Node, elements: number, characters = 0): Unknown | undefined {
    const run = this.run;
    run.values += elements;
    run.characters += characters;
    if (run.values <= run.bounds.valuesTotal && run.characters <= run.bounds.charactersTotal) return undefined;
    run.spend(at);
    return this.unknown(at, REASONS.budget);
  }

  /**
   * A list or object built here, within the bounds: its own elements (`collectionSize`), what
   * the reading has built (`charge`, unless `charged` already), and its whole tree. A value
   * can hold another many times (`[local.a, local.a]`), so a few lines can make a tree of
   * billions of values; one past `valuesTotal` is unknown, so that whoever walks a value
   * (a rule, `jsonencode`, `==`) walks a bounded tree.
   */
  collection<T extends ObjectValue | Extract<StaticValue, { kind: 'list' }>>(at: Node, value: T, charged = false): T | Unknown {
    const parts = value.kind === 'list' ? value.items : [...value.entries.values()];
    const over = this.tooBig(at, parts.length) ?? (charged ? undefined : this.charge(at, parts.length));
    if (over) return over;
    let size = parts.length;
    for (const part of parts) size += this.treeSize(part);
    if (size > this.run.bounds.valuesTotal) {
      this.run.spend(at);
      return this.unknown(at, REASONS.budget);
    }
    this.run.sizes.set(value.kind === 'list' ? value.items : value.entries, size);
    return value;
  }

  /**
   * Counts walking whole values (a function's arguments, the sides of `==`) as steps: a value
   * read many times costs its size each time. Unknown once the bound on steps is reached.
   */
  walk(at: Node, values: readonly StaticValue[]): Unknown | undefined {
    for (const value of values) this.run.steps += this.treeSize(value);
    return this.run.step(at) ? undefined : this.unknown(at, REASONS.budget);
  }

  /** The values a value holds at every level (a value built elsewhere is counted once and remembered). */
  private treeSize(value: StaticValue): number {
    if (value.kind !== 'list' && value.kind !== 'object') return 0;
    const key = value.kind === 'list' ? value.items : value.entries;
    const known = this.run.sizes.get(key);
    if (known !== undefined) return known;
    // Built outside `collection` (a block's body, a for_each's instances): counted here, once.
    let size = 0;
    for (const part of value.kind === 'list' ? value.items : value.entries.values()) size += 1 + this.treeSize(part);
    this.run.sizes.set(key, size);
    return size;
  }

  string(at: Node, value: string, operator?: string): StaticValue {
    if (value.length > this.run.bounds.stringLength) return this.tooLong(at);
    const spent = this.charge(at, 0, value.length);
    if (spent) return spent;
    return operator ? { kind: 'string', value, loc: rangeOf(at), operator } : { kind: 'string', value, loc: rangeOf(at) };
  }

  /** A list or object built here over the bound on collection size is unknown (said once). */
  tooBig(at: Node, size: number): Unknown | undefined {
    if (size <= this.run.bounds.collectionSize) return undefined;
    this.run.diagnose('hcl/too-long', 'warning', `a collection of more than ${thousands(this.run.bounds.collectionSize)} elements; its value is unknown`, rangeOf(at));
    return this.unknown(at, `a collection of more than ${thousands(this.run.bounds.collectionSize)} elements`);
  }

  evaluate(expr: Expr, scope: Scope): StaticValue {
    const run = this.run;
    if (!run.step(expr)) return this.unknown(expr, REASONS.budget);
    if (run.depth >= run.bounds.depth) {
      run.diagnose('hcl/too-deep', 'warning', `references and expressions nest more than ${run.bounds.depth} levels deep; the inner value is unknown`, rangeOf(expr));
      return this.unknown(expr, REASONS.tooDeep);
    }
    run.depth++;
    try {
      return this.evaluateNode(expr, scope);
    } finally {
      run.depth--;
    }
  }

  private evaluateNode(expr: Expr, scope: Scope): StaticValue {
    const loc = () => rangeOf(expr);
    switch (expr.type) {
      case 'literal': {
        const { value } = expr;
        if (value === null) return { kind: 'null', loc: loc() };
        if (typeof value === 'string') return this.string(expr, value);
        if (typeof value === 'number') return { kind: 'number', value, loc: loc() };
        return { kind: 'bool', value, loc: loc() };
      }
      case 'template':
        return this.template(expr, scope);
      case 'tuple': {
        const items = expr.items.map((item) => this.evaluate(item, scope));
        return this.collection(expr, { kind: 'list', items, loc: loc() });
      }
      case 'object': {
        const entries = new Map<string, StaticValue>();
        for (const item of expr.items) {
          let key = item.keyName;
          if (key === undefined) {
            const keyValue = this.evaluate(item.key, scope);
            if (keyValue.kind === 'unknown') return this.carry(keyValue, expr);
            key = asString(keyValue);
            if (key === undefined) return this.error(item.key, `an object key must be a string, not ${kindName(keyValue)}`);
          }
          entries.set(key, this.evaluate(item.value, scope));
        }
        return this.collection(expr, { kind: 'object', entries, loc: loc() });
      }
      case 'variable':
        return this.name(expr, scope);
      case 'attr':
        return this.attribute(expr, scope);
      case 'index': {
        const target = this.extended(this.evaluate(expr.target, scope), expr.target, expr);
        const key = this.evaluate(expr.key, scope);
        return this.index(target, key, expr);
      }
      case 'splat':
        return this.splat(expr, scope);
      case 'call':
        return callFunction(this, expr, scope);
      case 'for':
        return this.forExpression(expr, scope);
      case 'conditional': {
        const condition = this.evaluate(expr.condition, scope);
        if (condition.kind === 'unknown') return this.carry(condition, expr);
        const chosen = asBool(condition);
        if (chosen === undefined) return this.error(expr.condition, `a condition must be a bool, not ${kindName(condition)}`);
        return this.relocate(this.evaluate(chosen ? expr.then : expr.else, scope), loc());
      }
      case 'unary':
        return this.unary(expr, scope);
      case 'binary':
        return this.binary(expr, scope);
      case 'paren':
        return this.relocate(this.evaluate(expr.inner, scope), loc());
      case 'invalid':
        return this.unknown(expr, expr.message);
    }
  }

  private template(expr: Extract<Expr, { type: 'template' }>, scope: Scope): StaticValue {
    const [only] = expr.parts;
    // "${x}" alone is x itself, whatever its type.
    if (expr.quoted && expr.parts.length === 1 && only.type === 'interpolation') return this.relocate(this.evaluate(only.expr, scope), rangeOf(expr));
    const pieces: string[] = [];
    const state = { length: 0 };
    const failure = this.templateParts(expr.parts, scope, pieces, state, expr);
    if (failure) return failure.kind === 'unknown' ? this.carry(failure, expr) : failure;
    return this.string(expr, pieces.join(''));
  }

  /** Appends the text of template parts; returns the unknown (or error) that stops it. */
  private templateParts(parts: TemplatePart[], scope: Scope, out: string[], state: { length: number }, whole: Node): StaticValue | undefined {
    const limit = this.run.bounds.stringLength;
    const push = (text: string): StaticValue | undefined => {
      state.length += text.length;
      if (state.length > limit) return this.tooLong(whole);
      out.push(text);
      return undefined;
    };
    for (const part of parts) {
      if (!this.run.step(part)) return this.unknown(part, REASONS.budget);
      switch (part.type) {
        case 'text': {
          const failed = push(part.value);
          if (failed) return failed;
          break;
        }
        case 'interpolation': {
          const value = this.evaluate(part.expr, scope);
          if (value.kind === 'unknown') return value;
          const text = asString(value);
          if (text === undefined) return this.error(part.expr, `${kindName(value)} cannot be written into a string`);
          const failed = push(text);
          if (failed) return failed;
          break;
        }
        case 'if': {
          const condition = this.evaluate(part.condition, scope);
          if (condition.kind === 'unknown') return condition;
          const chosen = asBool(condition);
          if (chosen === undefined) return this.error(part.condition, `a condition must be a bool, not ${kindName(condition)}`);
          const failed = this.templateParts(chosen ? part.then : part.else, scope, out, state, whole);
          if (failed) return failed;
          break;
        }
        case 'for': {
          const collection = this.evaluate(part.collection, scope);
          if (collection.kind === 'unknown') return collection;
          const elements = this.elements(collection, part.collection);
          if (elements.kind === 'unknown') return elements;
          for (const [key, value] of elements.pairs) {
            const names = new Map<string, StaticValue>([[part.valueVar, value]]);
            if (part.keyVar !== undefined) names.set(part.keyVar, key);
            const failed = this.templateParts(part.body, { parent: scope, names }, out, state, whole);
            if (failed) return failed;
          }
          break;
        }
      }
    }
    return undefined;
  }

  /** A collection's elements as key and value: a list's indexes, an object's keys in Terraform's order. */
  elements(collection: StaticValue, at: Node): { kind: 'pairs'; pairs: [StaticValue, StaticValue][] } | Unknown {
    if (collection.kind === 'list') return { kind: 'pairs', pairs: collection.items.map((item, i) => [{ kind: 'number', value: i, loc: item.loc }, item]) };
    if (collection.kind === 'object') return { kind: 'pairs', pairs: sortedEntries(collection).map(([key, value]) => [{ kind: 'string', value: key, loc: value.loc }, value]) };
    if (collection.kind === 'unknown') return collection;
    return this.error(at, `cannot iterate over ${kindName(collection)}`);
  }

  private lookupName(scope: Scope | undefined, name: string): StaticValue | undefined {
    for (let s = scope; s; s = s.parent) {
      const value = s.names?.get(name);
      if (value) return value;
    }
    return undefined;
  }

  private eachOf(scope: Scope | undefined): Scope['each'] {
    for (let s = scope; s; s = s.parent) if (s.each) return s.each;
    return undefined;
  }

  private countOf(scope: Scope | undefined): StaticValue | undefined {
    for (let s = scope; s; s = s.parent) if (s.count) return s.count;
    return undefined;
  }

  private name(expr: Extract<Expr, { type: 'variable' }>, scope: Scope): StaticValue {
    const bound = this.lookupName(scope, expr.name);
    if (bound) return this.relocate(bound, rangeOf(expr));
    if (expr.name === 'each') {
      const each = this.eachOf(scope);
      if (each) return { kind: 'object', entries: new Map([['key', each.key], ['value', each.value]]), loc: rangeOf(expr) };
    }
    if (expr.name === 'self') return this.unknown(expr, REASONS.self);
    return this.error(expr, `\`${expr.name}\` is not declared here`);
  }

  private attribute(expr: Extract<Expr, { type: 'attr' }>, scope: Scope): StaticValue {
    const target = expr.target;
    const loc = rangeOf(expr);
    if (target.type === 'variable' && !this.lookupName(scope, target.name)) {
      const name = expr.name;
      switch (target.name) {
        case 'var': {
          const value = this.host.variable(name, expr);
          return value ? this.relocate(value, loc) : this.error(expr, `no variable \`${name}\` is declared in this module`);
        }
        case 'local': {
          const value = this.host.local(name, expr);
          return value ? this.relocate(value, loc) : this.error(expr, `no local value \`${name}\` is declared in this module`);
        }
        case 'each': {
          const each = this.eachOf(scope);
          if (!each) return this.error(expr, '`each` is known only in a block with `for_each`');
          if (name === 'key') return this.relocate(each.key, loc);
          if (name === 'value') return this.relocate(each.value, loc);
          return this.error(expr, '`each` has only `key` and `value`');
        }
        case 'count': {
          const count = this.countOf(scope);
          if (!count) return this.error(expr, '`count.index` is known only in a block with `count`');
          return name === 'index' ? this.relocate(count, loc) : this.error(expr, '`count` has only `index`');
        }
        case 'path': {
          const path = this.host.path(name);
          return path === undefined ? this.unknown(expr, `\`path.${name}\` depends on where Terraform runs`) : this.string(expr, path);
        }
        case 'terraform':
          return this.unknown(expr, REASONS.workspace);
        case 'module': {
          const value = this.host.module(name, expr);
          return value ? this.relocate(value, loc) : this.error(expr, `no module \`${name}\` is called in this module`);
        }
        case 'data':
          return this.error(expr, 'a data source is named by its type and name (`data.TYPE.NAME`)');
        case 'self':
          return this.unknown(expr, REASONS.self);
        default:
          if (this.host.isResourceType(target.name)) {
            const value = this.host.resource(target.name, name, expr);
            return value ? this.relocate(value, loc) : this.error(expr, `no resource \`${target.name}.${name}\` is declared in this module`);
          }
      }
    }
    const call = target.type === 'index' ? target.target : target;
    if (call.type === 'attr' && call.target.type === 'variable' && call.target.name === 'module' && !this.lookupName(scope, 'module')) {
      const key = target.type === 'index' ? this.evaluate(target.key, scope) : undefined;
      const value = key?.kind === 'unknown' ? undefined : this.host.moduleOutput(call.name, key, expr.name, expr);
      if (value) return this.relocate(value, loc);
    }
    if (target.type === 'attr' && target.target.type === 'variable' && target.target.name === 'data' && !this.lookupName(scope, 'data')) {
      if (!this.host.dataSource(target.name, expr.name)) return this.error(expr, `no data source \`data.${target.name}.${expr.name}\` is declared in this module`);
      return this.unknown(expr, REASONS.dataSource);
    }
    return this.getAttribute(this.extended(this.evaluate(target, scope), target, expr), expr.name, expr);
  }

  /**
   * An unknown reference followed by attributes or indexes is named in full where it is
   * written: `data.aws_ip_ranges.ms.cidr_blocks`, not only `data.aws_ip_ranges.ms`.
   */
  private extended(value: StaticValue, target: Node, whole: Node): StaticValue {
    if (value.kind !== 'unknown' || value.from || !sameRange(value.loc, rangeOf(target)) || this.run.failed.has(value)) return value;
    return { ...value, expression: textOf(whole).trim(), loc: rangeOf(whole) };
  }

  getAttribute(target: StaticValue, name: string, at: Node): StaticValue {
    switch (target.kind) {
      case 'object': {
        const entry = target.entries.get(name);
        const open = this.run.open.has(target);
        // A resource argument set to null is left to the provider, which may compute it (`ipv6_cidr_block = null`).
        if (entry && !(open && entry.kind === 'null')) return this.relocate(entry, rangeOf(at));
        if (open) return this.unknown(at, REASONS.computed);
        return this.error(at, `no attribute \`${name}\``);
      }
      case 'unknown':
        return this.carry(target, at);
      case 'null':
        return this.error(at, `an attribute of null (\`${name}\`)`);
      default:
        return this.error(at, `${kindName(target)} has no attributes`);
    }
  }

  index(target: StaticValue, key: StaticValue, at: Node): StaticValue {
    if (target.kind === 'unknown') return this.carry(target, at);
    if (key.kind === 'unknown') return this.carry(key, at);
    if (target.kind === 'list') {
      const i = asNumber(key);
      if (i === undefined || !Number.isInteger(i)) return this.error(at, `a list index must be a whole number, not ${kindName(key)}`);
      const item = target.items[i];
      return item ? this.relocate(item, rangeOf(at)) : this.error(at, `index ${i} is out of range (${target.items.length} elements)`);
    }
    if (target.kind === 'object') {
      const name = asString(key);
      if (name === undefined) return this.error(at, `a map key must be a string, not ${kindName(key)}`);
      const entry = target.entries.get(name);
      const open = this.run.open.has(target);
      if (entry && !(open && entry.kind === 'null')) return this.relocate(entry, rangeOf(at));
      if (open) return this.unknown(at, REASONS.computed);
      return this.error(at, `no element with key ${JSON.stringify(name)}`);
    }
    if (target.kind === 'null') return this.error(at, 'an index into null');
    return this.error(at, `${kindName(target)} cannot be indexed`);
  }

  private steps(value: StaticValue, steps: Step[], scope: Scope, at: Node): StaticValue {
    let current = value;
    for (const step of steps) {
      current = step.type === 'attr' ? this.getAttribute(current, step.name, at) : this.index(current, this.evaluate(step.key, scope), at);
    }
    return current;
  }

  private splat(expr: Extract<Expr, { type: 'splat' }>, scope: Scope): StaticValue {
    const target = this.evaluate(expr.target, scope);
    if (target.kind === 'unknown') return this.carry(target, expr);
    if (target.kind === 'null') return { kind: 'list', items: [], loc: rangeOf(expr) };
    const items = target.kind === 'list' ? target.items : [target];
    return { kind: 'list', items: items.map((item) => this.steps(item, expr.steps, scope, expr)), loc: rangeOf(expr) };
  }

  private forExpression(expr: Extract<Expr, { type: 'for' }>, scope: Scope): StaticValue {
    const collection = this.evaluate(expr.collection, scope);
    if (collection.kind === 'unknown') return this.carry(collection, expr);
    const elements = this.elements(collection, expr.collection);
    if (elements.kind === 'unknown') return this.carry(elements, expr);
    // Charged before the loop: a loop inside a loop stops at the bound without building what it would drop.
    const tooBig = this.tooBig(expr, elements.pairs.length) ?? this.charge(expr, elements.pairs.length);
    if (tooBig) return tooBig;
    const items: StaticValue[] = [];
    const entries = new Map<string, StaticValue>();
    const groups = new Map<string, StaticValue[]>();
    for (const [key, value] of elements.pairs) {
      const names = new Map<string, StaticValue>([[expr.valueVar, value]]);
      if (expr.keyVar !== undefined) names.set(expr.keyVar, key);
      const inner: Scope = { parent: scope, names };
      if (expr.condition) {
        const keep = this.evaluate(expr.condition, inner);
        if (keep.kind === 'unknown') return this.carry(keep, expr);
        const chosen = asBool(keep);
        if (chosen === undefined) return this.error(expr.condition, `a \`for\` condition must be a bool, not ${kindName(keep)}`);
        if (!chosen) continue;
      }
      if (!expr.key) {
        items.push(this.evaluate(expr.value, inner));
        continue;
      }
      const keyValue = this.evaluate(expr.key, inner);
      if (keyValue.kind === 'unknown') return this.carry(keyValue, expr);
      const name = asString(keyValue);
      if (name === undefined) return this.error(expr.key, `an object key must be a string, not ${kindName(keyValue)}`);
      const entry = this.evaluate(expr.value, inner);
      if (expr.grouping) {
        const group = groups.get(name) ?? [];
        group.push(entry);
        groups.set(name, group);
      } else {
        if (entries.has(name)) return this.error(expr.key, `two elements have the key ${JSON.stringify(name)} (\`...\` groups them)`);
        entries.set(name, entry);
      }
    }
    if (!expr.key) return this.collection(expr, { kind: 'list', items, loc: rangeOf(expr) }, true);
    if (expr.grouping) for (const [name, group] of groups) entries.set(name, { kind: 'list', items: group, loc: group[0].loc });
    return this.collection(expr, { kind: 'object', entries, loc: rangeOf(expr) }, true);
  }

  private unary(expr: Extract<Expr, { type: 'unary' }>, scope: Scope): StaticValue {
    const operand = this.evaluate(expr.operand, scope);
    if (operand.kind === 'unknown') return this.carry(operand, expr);
    const loc = rangeOf(expr);
    if (expr.operator === '-') {
      const n = asNumber(operand);
      if (n === undefined) return this.error(expr, `\`-\` needs a number, not ${kindName(operand)}`);
      // -1 is a number written negative, not arithmetic.
      return expr.operand.type === 'literal' ? { kind: 'number', value: -n, loc } : { kind: 'number', value: -n, loc, operator: 'unary-' };
    }
    const b = asBool(operand);
    if (b === undefined) return this.error(expr, `\`!\` needs a bool, not ${kindName(operand)}`);
    return { kind: 'bool', value: !b, loc, operator: 'unary!' };
  }

  private binary(expr: Extract<Expr, { type: 'binary' }>, scope: Scope): StaticValue {
    const { operator } = expr;
    const loc = rangeOf(expr);
    if (operator === '&&' || operator === '||') {
      const left = this.evaluate(expr.left, scope);
      const l = left.kind === 'unknown' ? undefined : asBool(left);
      if (left.kind !== 'unknown' && l === undefined) return this.error(expr.left, `\`${operator}\` needs bools, not ${kindName(left)}`);
      // false && x and true || x are known whatever x is.
      if (l === (operator === '||')) return { kind: 'bool', value: l!, loc, operator };
      const right = this.evaluate(expr.right, scope);
      if (left.kind === 'unknown') return this.carry(left, expr);
      if (right.kind === 'unknown') return this.carry(right, expr);
      const r = asBool(right);
      if (r === undefined) return this.error(expr.right, `\`${operator}\` needs bools, not ${kindName(right)}`);
      return { kind: 'bool', value: r, loc, operator };
    }
    const left = this.evaluate(expr.left, scope);
    const right = this.evaluate(expr.right, scope);
    if (operator === '==' || operator === '!=') {
      const spent = this.walk(expr, [left, right]);
      if (spent) return spent;
      const unknown = firstUnknown(left) ?? firstUnknown(right);
      if (unknown) return this.carry(unknown, expr);
      const equal = equalValues(left, right);
      return { kind: 'bool', value: operator === '==' ? equal : !equal, loc, operator };
    }
    if (left.kind === 'unknown') return this.carry(left, expr);
    if (right.kind === 'unknown') return this.carry(right, expr);
    const a = asNumber(left);
    const b = asNumber(right);
    if (a === undefined || b === undefined) return this.error(expr, `\`${operator}\` needs numbers, not ${kindName(a === undefined ? left : right)}`);
    const result = arithmetic(operator, a, b);
    if (result === undefined) return this.error(expr, 'division by zero');
    return typeof result === 'boolean' ? { kind: 'bool', value: result, loc, operator } : { kind: 'number', value: result, loc, operator };
  }

  /**
   * A block body as an object: each argument by name, and nested blocks as lists of objects
   * under their type (`security_rule { ... }` twice is a list of two objects), `dynamic`
   * blocks expanded among them. Terraform's own arguments and blocks (`count`, `lifecycle`,
   * `provisioner`...) are left out.
   */
  body(body: Body, scope: Scope, range: SourceRange, meta: boolean): ObjectValue {
    const entries = new Map<string, StaticValue>();
    const lists = new Map<string, StaticValue[]>();
    const listOf = (name: string, loc: SourceRange) => {
      let items = lists.get(name);
      if (!items) {
        items = [];
        lists.set(name, items);
        entries.set(name, { kind: 'list', items, loc });
      }
      return items;
    };
    for (const item of body.items) {
      if (item.kind === 'attribute') {
        if (meta && META_ATTRIBUTES.has(item.name)) continue;
        if (!entries.has(item.name)) entries.set(item.name, this.evaluate(item.expr, scope));
        continue;
      }
      if (item.type === 'dynamic') {
        const name = item.labels[0]?.value;
        if (name) this.dynamic(item, name, scope, listOf(name, rangeOf(item)));
        continue;
      }
      if (meta && META_BLOCKS.has(item.type)) continue;
      if (entries.has(item.type) && !lists.has(item.type)) continue;
      listOf(item.type, rangeOf(item)).push(this.body(item.body, scope, rangeOf(item), false));
    }
    return { kind: 'object', entries, loc: range };
  }

  /**
   * A `dynamic` block: one object per element of its `for_each`, its `content` evaluated with
   * the iterator (named by `iterator`, else the block type) holding `key` and `value`. When
   * the collection is unknown, how many blocks there are is unknown: one unknown element
   * stands for them.
   */
  private dynamic(block: Block, name: string, scope: Scope, out: StaticValue[]): void {
    const attributes = new Map(block.body.items.filter((item) => item.kind === 'attribute').map((item) => [item.name, item] as const));
    const content = block.body.items.find((item) => item.kind === 'block' && item.type === 'content');
    const forEach = attributes.get('for_each');
    if (!forEach || content?.kind !== 'block') {
      out.push(this.error(block, 'a `dynamic` block needs `for_each` and a `content` block'));
      return;
    }
    const iteratorExpr = attributes.get('iterator')?.expr;
    const iterator = iteratorExpr?.type === 'variable' ? iteratorExpr.name : name;
    const collection = this.evaluate(forEach.expr, scope);
    // Unlike a resource's, a dynamic block's for_each takes any collection: a list's keys are its indexes.
    const elements = collection.kind === 'unknown' ? collection : this.elements(collection, forEach.expr);
    if (elements.kind === 'unknown') {
      out.push({ ...this.carry(elements, block), reason: `how many \`${name}\` blocks there are is not known: ${elements.reason}` });
      return;
    }
    if (elements.pairs.length > this.run.bounds.instancesPerBlock) {
      this.run.diagnose('hcl/too-many-instances', 'warning', `\`dynamic "${name}"\` expands to ${thousands(elements.pairs.length)} blocks, more than ${thousands(this.run.bounds.instancesPerBlock)}; they are not read`, rangeOf(forEach.expr));
      out.push(this.unknown(block, `more than ${thousands(this.run.bounds.instancesPerBlock)} \`${name}\` blocks`));
      return;
    }
    for (const [key, value] of elements.pairs) {
      const loc = rangeOf(content);
      const names = new Map<string, StaticValue>([[iterator, { kind: 'object', entries: new Map([['key', key], ['value', value]]), loc }]]);
      out.push(this.body(content.body, { parent: scope, names }, loc, false));
    }
  }

  /**
   * The elements `for_each` iterates: a map's or object's entries (key and value), or a set's
   * strings (each its own key). A list is read as the set it must be converted to.
   */
  forEachElements(collection: StaticValue, at: Node): { kind: 'pairs'; pairs: [StaticValue, StaticValue][] } | Unknown {
    if (collection.kind === 'unknown') return collection;
    if (collection.kind === 'object') return this.elements(collection, at);
    if (collection.kind === 'list') {
      const seen = new Map<string, [StaticValue, StaticValue]>();
      for (const item of collection.items) {
        if (item.kind === 'unknown') return this.carry(item, at);
        const key = asString(item);
        if (key === undefined || item.kind !== 'string') return this.error(at, `\`for_each\` over a list holding ${kindName(item)}: Terraform needs a map or a set of strings`);
        if (!seen.has(key)) seen.set(key, [item, item]);
      }
      return { kind: 'pairs', pairs: [...seen.entries()].sort(([a], [b]) => compareKeys(a, b)).map(([, pair]) => pair) };
    }
    if (collection.kind === 'null') return this.error(at, '`for_each` over null');
    return this.error(at, `\`for_each\` over ${kindName(collection)}: Terraform needs a map or a set of strings`);
  }
}

function arithmetic(operator: BinaryOperator, a: number, b: number): number | boolean | undefined {
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? undefined : a / b;
    case '%':
      return b === 0 ? undefined : a % b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return undefined;
  }
}
