import type { Diagnostic, SourceRange } from '../../core/types.js';
import { thousands } from '../../core/words.js';
import type { StaticValue } from '../values.js';
import type { Command, CommandElement, Expression, HashEntry, ScriptBody, Statement } from './ast.js';
import { nativeProgram, nativeView, type NativeArgument } from './native.js';
import {
  bool,
  cast,
  formatOperator,
  isLiteralPattern,
  list,
  nul,
  num,
  numberText,
  obj,
  replaceLiteral,
  scalarCompare,
  scalarEquals,
  str,
  toNumber,
  toText,
  truth,
  wildcardMatch,
  type Known,
  type Unknown,
} from './operators.js';
import type { Positions } from './positions.js';
import type { CommandInvocation, CommandParameter, Invocation, LoopIteration, ResourceBlock, ScriptReading, VariableAssignment } from './reading.js';

/**
 * Evaluates a parsed script statically, in the order it would run, without running anything:
 * variables assigned literal (or known) values, string expansion, the operators PowerShell
 * defines on such values, splatting, `foreach` and `ForEach-Object` over known collections,
 * branches whose condition is known. What depends on anything else (a cmdlet's output, the
 * environment, a parameter a caller passes, a branch that may or may not run) is an unknown
 * value naming the expression and the reason.
 */

export interface EvaluationBounds {
  /** Loop iterations expanded in a file, all loops together. */
  loopIterations: number;
  /** Characters in a string built by evaluation (concatenation, repetition, formatting, expansion). */
  stringLength: number;
  /** Items in a list built by a range (`1..n`) or a repetition (`@(x) * n`). */
  listItems: number;
  /** Units of work (nodes evaluated, characters and items built) for a file. */
  work: number;
}

export const EVALUATION_BOUNDS: EvaluationBounds = {
  loopIterations: 10_000,
  stringLength: 1_048_576,
  listItems: 10_000,
  work: 50_000_000,
};

export interface EvaluationOptions {
  /**
   * A script's own `param()` defaults: used as the values of those parameters (the script run
   * without arguments, as its defaults describe it), or all unknown. Parameters without a
   * default are unknown either way. Default: 'defaults'.
   */
  scriptParameters?: 'defaults' | 'unknown';
  bounds?: Partial<EvaluationBounds>;
}

type Completion = 'normal' | 'break' | 'continue' | 'return' | 'exit';
type Output = { items: StaticValue[] } | { unknown: Unknown };

interface Scope {
  vars: Map<string, StaticValue>;
  parent: Scope | undefined;
  kind: 'script' | 'function' | 'block';
}

interface Frame {
  writes: Map<Scope, Map<string, StaticValue | undefined>>;
}

type WrittenKeys = Map<Scope, Set<string>>;

/** Parameters that never take an argument, whatever the command: the common switches. */
const COMMON_SWITCHES = new Set(['force', 'passthru', 'whatif', 'confirm', 'verbose', 'debug', 'asjob', 'recurse', 'inmemory']);
/** Switches of `Add-DnsServerResourceRecord*` and `Remove-DnsServerResourceRecord`: the record type of the generic form, and the record options. */
const DNS_RECORD_SWITCHES = new Set(['a', 'aaaa', 'cname', 'mx', 'ns', 'ptr', 'srv', 'txt', 'dname', 'dhcid', 'allowupdateany', 'agerecord', 'createptr']);

/**
 * Whether `-name` written without a value is a switch: PowerShell decides by the command's
 * signature; the reader knows the switches of the commands it reads, and otherwise binds the
 * next argument to the parameter.
 */
function isSwitch(command: string, parameter: string): boolean {
  const name = parameter.toLowerCase();
  if (COMMON_SWITCHES.has(name)) return true;
  return /^(add|remove)-dnsserverresourcerecord/.test(command) && DNS_RECORD_SWITCHES.has(name);
}

/** Aliases of built-in cmdlets that matter to the reading (PowerShell's own alias table). */
const ALIASES = new Map([
  ['%', 'foreach-object'],
  ['foreach', 'foreach-object'],
  ['?', 'where-object'],
  ['where', 'where-object'],
  ['sp', 'set-itemproperty'],
  ['ni', 'new-item'],
  ['iex', 'invoke-expression'],
  ['icm', 'invoke-command'],
  ['set', 'set-variable'],
  ['sv', 'set-variable'],
]);

/** Variables PowerShell sets itself: never known statically. */
const AUTOMATIC_VARIABLES = new Set([
  'args', 'input', 'this', 'psscriptroot', 'pscommandpath', 'myinvocation', 'pscmdlet', 'psboundparameters', 'host', 'pwd', 'home',
  'pid', 'error', 'lastexitcode', 'matches', 'psversiontable', 'psculture', 'psuiculture', 'profile', 'shellid', 'executioncontext',
  '?', '$', '^', 'stacktrace', 'event', 'eventargs', 'eventsubscriber', 'sender', 'foreach', 'switch', 'nestedpromptlevel', 'psdebugcontext',
  'iswindows', 'islinux', 'ismacos', 'iscoreclr', 'pshome', 'psedition', 'consolefilename', 'psitem', '_', 'allnodes', 'node', 'configurationdata',
]);

/** Cmdlets that write nothing to the pipeline, so `@( ...; Write-Host x )` stays known. */
const NO_OUTPUT = new Set(['write-host', 'write-verbose', 'write-debug', 'write-warning', 'write-information', 'out-null', 'start-sleep', 'set-variable', 'remove-variable', 'clear-variable']);

/** Methods that do not change the object they are called on. */
const PURE_METHODS = new Set([
  'tostring', 'gettype', 'equals', 'gethashcode', 'getenumerator', 'contains', 'containskey', 'containsvalue', 'indexof', 'lastindexof',
  'where', 'foreach', 'clone', 'toarray', 'compareto', 'startswith', 'endswith', 'trim', 'trimstart', 'trimend', 'split', 'substring',
  'tolower', 'toupper', 'tolowerinvariant', 'toupperinvariant', 'replace', 'padleft', 'padright', 'format', 'getvalue', 'get_item',
]);

class BoundExceeded extends Error {}

export class Evaluator {
  readonly invocations: Invocation[] = [];
  readonly resources: ResourceBlock[] = [];
  readonly assignments: VariableAssignment[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly bounds: EvaluationBounds;
  private readonly scriptScope: Scope = { vars: new Map(), parent: undefined, kind: 'script' };
  private scope: Scope = this.scriptScope;
  private readonly liveScopes: Scope[] = [this.scriptScope];
  private readonly frames: Frame[] = [];
  private readonly loops: LoopIteration[] = [];
  private readonly functions: string[] = [];
  private readonly pipelineItems: StaticValue[] = [];
  private configuration: string | undefined;
  private node: StaticValue | undefined;
  private conditionalDepth = 0;
  /** Set when a `break`, `return` or `exit` ran in a branch that may not run: what follows in the block may not run either. */
  private uncertainFlow = false;
  private work = 0;
  private loopIterationsUsed = 0;
  private readonly reported = new Set<string>();
  /** Containers (hashtables' entry maps, lists' item arrays) stored in some variable or other container. (Plain sets: weak ones cost the collector far more, and an evaluation is short-lived.) */
  private readonly held = new Set<object>();
  /** Containers stored in more than one place: changing one through a variable changes what the others see. */
  private readonly shared = new Set<object>();
  /** Variables assigned exactly once in the whole file, unconditionally at the top of the script: a function may read them. */
  private readonly stable = new Set<string>();
  private readonly assignedAnywhere = new Set<string>();
  /** The script, for the count of assignments made the first time a function reads a variable of the script. */
  private body: ScriptBody | undefined;
  private stableFound = false;
  private readonly assignedIn = new WeakMap<object, Set<string>>();

  constructor(
    private readonly text: string,
    private readonly positions: Positions,
    private readonly options: EvaluationOptions = {},
  ) {
    this.bounds = { ...EVALUATION_BOUNDS, ...options.bounds };
  }

  run(body: ScriptBody): void {
    this.body = body;
    try {
      this.bindParameters(body, 'script');
      for (const block of body.blocks) {
        if (this.evalStatements(block.body) === 'exit') break;
      }
    } catch (error) {
      if (!(error instanceof BoundExceeded)) throw error;
      this.diagnostics.push(this.positions.diagnostic(0, 0, 'powershell/evaluation-bound', `evaluating the script took more than the bound of ${thousands(this.bounds.work)} steps; what follows is not read`));
    }
  }

  result(): Omit<ScriptReading, 'diagnostics'> {
    return { invocations: this.invocations, resources: this.resources, assignments: this.assignments };
  }

  // ------------------------------------------------------------------ helpers

  private loc(node: { start: number; end: number }): SourceRange {
    return this.positions.range(node.start, node.end);
  }

  private charge(units: number): void {
    this.work += units;
    if (this.work > this.bounds.work) throw new BoundExceeded();
  }

  private snippet(node: { start: number; end: number }): string {
    const text = this.text.slice(node.start, node.end);
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  }

  private unknown(node: { start: number; end: number }, reason: string): Unknown {
    return { kind: 'unknown', expression: this.snippet(node), reason, loc: this.loc(node) };
  }

  /** An unknown value for `node` because a part of it (`cause`) is unknown: the whole expression, the part's reason. */
  private propagate(node: { start: number; end: number }, cause: Unknown): Unknown {
    return { kind: 'unknown', expression: this.snippet(node), reason: cause.reason, loc: this.loc(node) };
  }

  private bound(code: string, node: { start: number; end: number }, message: string): void {
    const key = `${code}@${node.start}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(this.positions.diagnostic(node.start, node.end, code, message));
  }

  private context(): { loops: LoopIteration[]; conditional: boolean; function: string | undefined } {
    return { loops: this.loops.slice(), conditional: this.conditionalDepth > 0, function: this.functions[this.functions.length - 1] };
  }

  private checkString(value: string, node: { start: number; end: number }): StaticValue {
    this.charge(value.length);
    if (value.length > this.bounds.stringLength) {
      this.bound('powershell/string-bound', node, `a string of ${thousands(value.length)} characters built here is over the bound of ${thousands(this.bounds.stringLength)}; its value is not read`);
      return this.unknown(node, `a string over the bound of ${thousands(this.bounds.stringLength)} characters`);
    }
    return str(value, this.loc(node));
  }

  /** Notes that a container is stored in one more place. */
  private store(value: StaticValue): void {
    const container = value.kind === 'object' ? value.entries : value.kind === 'list' ? value.items : undefined;
    if (!container) return;
    if (this.held.has(container)) this.shared.add(container);
    else this.held.add(container);
  }

  // ------------------------------------------------------------------ variables

  private static key(name: string): string {
    return name.toLowerCase();
  }

  private setVar(scope: Scope, key: string, value: StaticValue): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame) {
      let writes = frame.writes.get(scope);
      if (!writes) frame.writes.set(scope, (writes = new Map()));
      if (!writes.has(key)) writes.set(key, scope.vars.get(key));
    }
    this.store(value);
    scope.vars.set(key, value);
  }

  /** The scope a variable reference writes to: `$script:x` and `$global:x` the script's, otherwise the current one. */
  private targetScope(scope: string): Scope {
    return scope === 'script' || scope === 'global' ? this.scriptScope : this.scope;
  }

  /** Binds a variable; false for references that are not PowerShell variables the reader keeps (`$env:X`, `$C:file`). */
  private assignVariable(target: Extract<Expression, { kind: 'variable' }>, value: StaticValue): boolean {
    if (target.scope === 'env' || target.scope === 'using' || (target.scope && !['script', 'global', 'local', 'private', 'variable'].includes(target.scope))) return false;
    this.setVar(this.targetScope(target.scope), Evaluator.key(target.name), value);
    return true;
  }

  private lookupVariable(e: Extract<Expression, { kind: 'variable' }>): StaticValue {
    const key = Evaluator.key(e.name);
    const written = `$${e.scope ? `${e.scope}:` : ''}${e.name}`;
    if (!e.scope || e.scope === 'global' || e.scope === 'script' || e.scope === 'local' || e.scope === 'private' || e.scope === 'variable' || e.scope === 'using') {
      if (key === 'true') return bool(true, this.loc(e));
      if (key === 'false') return bool(false, this.loc(e));
      if (key === 'null') return nul(this.loc(e));
    }
    if (e.scope === 'env') return this.unknown(e, `environment variable ${written}`);
    if (e.scope && !['global', 'script', 'local', 'private', 'variable', 'using'].includes(e.scope)) return this.unknown(e, `${written} reads the ${e.scope}: drive`);
    if (key === '_' || key === 'psitem') {
      const item = this.pipelineItems[this.pipelineItems.length - 1];
      return item ? this.relocate(item, e) : this.unknown(e, `${written} outside a pipeline the reader follows`);
    }
    const value = this.findVariable(key, e.scope === 'script' || e.scope === 'global');
    if (value) return this.relocate(value, e);
    if (AUTOMATIC_VARIABLES.has(key)) return this.unknown(e, `automatic variable ${written}`);
    const inFunction = this.functions[this.functions.length - 1];
    if (inFunction !== undefined) this.findStableVariables();
    if (inFunction !== undefined && this.assignedAnywhere.has(key)) {
      return this.unknown(e, `${written} is read in ${inFunction} but assigned more than once or conditionally in the file`);
    }
    return this.unknown(e, `variable ${written} is not assigned in this file`);
  }

  /** A variable's value at a reference: a known value keeps where it was written; an unknown one is reported where it is read. */
  private relocate(value: StaticValue, at: { start: number; end: number }): StaticValue {
    if (value.kind !== 'unknown') return value;
    return { kind: 'unknown', expression: this.snippet(at), reason: value.reason, loc: this.loc(at) };
  }

  private findVariable(key: string, scriptOnly: boolean): StaticValue | undefined {
    if (scriptOnly) return this.scriptScope.vars.get(key);
    for (let scope: Scope | undefined = this.scope; scope; scope = scope.parent) {
      const value = scope.vars.get(key);
      if (value) return value;
      if (scope.kind === 'function') {
        // A function sees the script's variables only where they cannot have changed since it was defined.
        this.findStableVariables();
        return this.stable.has(key) ? this.scriptScope.vars.get(key) : undefined;
      }
    }
    return undefined;
  }

  /** Counts the assignments of every variable, to know which ones a function body may read (once, when first needed). */
  private findStableVariables(): void {
    const body = this.body;
    if (this.stableFound || !body) return;
    this.stableFound = true;
    const counts = new Map<string, number>();
    const topLevel = new Set<string>();
    const count = (name: string, top: boolean) => {
      const key = Evaluator.key(name);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      this.assignedAnywhere.add(key);
      if (top) topLevel.add(key);
    };
    for (const parameter of body.params?.parameters ?? []) count(parameter.name, true);
    const topStatements = new Set<Statement>(body.blocks.flatMap((block) => block.body));
    walk(body, (node) => {
      for (const name of assignedNames(node)) count(name, topStatements.has(node as Statement));
    });
    for (const [key, n] of counts) if (n === 1 && topLevel.has(key)) this.stable.add(key);
  }

  /** The variables a body may assign (loops and branches make them unknown after). Function definitions are left out: they do not run there. */
  private assignedInBody(nodes: object): Set<string> {
    let names = this.assignedIn.get(nodes);
    if (names) return names;
    names = new Set();
    const found = names;
    walk(nodes, (node) => {
      for (const name of assignedNames(node)) found.add(Evaluator.key(name));
    });
    this.assignedIn.set(nodes, names);
    return names;
  }

  /** Makes the variables a loop or branch body assigns unknown in the scope they live in. */
  private forget(names: Set<string>, reason: (name: string) => string, at: { start: number; end: number }): void {
    for (const key of names) {
      const scope = this.scope.vars.has(key) || !this.scriptScope.vars.has(key) ? this.scope : this.scriptScope;
      this.setVar(scope, key, this.unknown(at, reason(key)));
    }
  }

  // ------------------------------------------------------------------ branches

  /** Runs `fn` as a branch that may or may not run: its writes are undone after, and returned. */
  private branch(fn: () => void): WrittenKeys {
    const frame: Frame = { writes: new Map() };
    this.frames.push(frame);
    this.conditionalDepth++;
    const uncertain = this.uncertainFlow;
    try {
      fn();
    } finally {
      this.conditionalDepth--;
      this.frames.pop();
      this.uncertainFlow = uncertain;
    }
    const written: WrittenKeys = new Map();
    for (const [scope, writes] of frame.writes) {
      const keys = new Set<string>();
      for (const [key, prior] of writes) {
        if (prior === undefined) scope.vars.delete(key);
        else scope.vars.set(key, prior);
        keys.add(key);
      }
      written.set(scope, keys);
    }
    return written;
  }

  /** After branches that may or may not have run: what they wrote is unknown. */
  private markWritten(written: WrittenKeys[], reason: string, at: { start: number; end: number }): void {
    for (const keys of written) {
      for (const [scope, names] of keys) {
        if (!this.liveScopes.includes(scope)) continue;
        for (const key of names) this.setVar(scope, key, this.unknown(at, `$${key} ${reason}`));
      }
    }
  }

  // ------------------------------------------------------------------ statements

  private evalStatements(statements: Statement[], output?: StaticValue[][]): Completion {
    let extraDepth = 0;
    try {
      for (const statement of statements) {
        const completion = this.evalStatement(statement, output);
        if (completion !== 'normal') return completion;
        if (this.uncertainFlow) {
          // A break, return or exit may have run in a branch: the rest of the block may not run.
          this.uncertainFlow = false;
          this.conditionalDepth++;
          extraDepth++;
        }
      }
      return 'normal';
    } finally {
      this.conditionalDepth -= extraDepth;
      if (extraDepth) this.uncertainFlow = true;
    }
  }

  /** Runs a statement; when `output` is given, what it writes to the pipeline is appended (a list per statement). */
  private evalStatement(s: Statement, output?: StaticValue[][]): Completion {
    this.charge(1);
    switch (s.kind) {
      case 'pipeline': {
        const out = this.evalPipeline(s, output !== undefined);
        if (output) output.push('items' in out ? out.items : [out.unknown]);
        return 'normal';
      }
      case 'chain': {
        this.evalStatement(s.first);
        const written = s.rest.map((part) => this.branch(() => void this.evalStatement(part.statement)));
        this.markWritten(written, 'is assigned after && or ||, which may not run', s);
        if (output) output.push([this.unknown(s, 'output of a pipeline chain')]);
        return 'normal';
      }
      case 'assignment':
        this.evalAssignment(s);
        return 'normal';
      case 'if':
        return this.evalIf(s, output);
      case 'foreach':
        return this.evalForeach(s, output);
      case 'loop':
        return this.evalLoop(s, output);
      case 'switch':
        return this.evalSwitch(s, output);
      case 'function':
        this.evalFunction(s.name, s.body, s);
        return 'normal';
      case 'configuration':
        this.evalConfiguration(s);
        return 'normal';
      case 'node': {
        const saved = this.node;
        this.node = s.name ? this.evalExpr(s.name) : undefined;
        try {
          return this.evalStatements(s.body, output);
        } finally {
          this.node = saved;
        }
      }
      case 'resource': {
        const properties = this.evalResource(s);
        if (output) output.push([properties]);
        return 'normal';
      }
      case 'try': {
        const completion = this.evalStatements(s.body, output);
        const written = s.catches.map((body) =>
          this.branch(() => {
            this.pipelineItems.push(this.unknown(s, '$_ in a catch block (the error)'));
            try {
              this.evalStatements(body);
            } finally {
              this.pipelineItems.pop();
            }
          }),
        );
        this.markWritten(written, 'is assigned in a catch block, which may not run', s);
        const final = s.finally ? this.evalStatements(s.finally, output) : 'normal';
        if (completion === 'return' || completion === 'break' || completion === 'continue') return completion;
        return final === 'normal' ? 'normal' : final;
      }
      case 'trap': {
        const written = this.branch(() => void this.evalStatements(s.body));
        this.markWritten([written], 'is assigned in a trap block, which may not run', s);
        return 'normal';
      }
      case 'flow': {
        if (s.value) {
          const out = this.evalStatementOutput(s.value);
          if (output && s.keyword === 'return') output.push('items' in out ? out.items : [out.unknown]);
        }
        switch (s.keyword) {
          case 'break':
            return 'break';
          case 'continue':
            return 'continue';
          case 'return':
            return 'return';
          default:
            return 'exit';
        }
      }
      case 'block':
        return this.evalStatements(s.body, output);
      case 'param':
        for (const parameter of s.block.parameters) {
          this.setVar(this.scope, Evaluator.key(parameter.name), this.unknown(parameter, `parameter $${parameter.name}, passed by the caller`));
        }
        return 'normal';
      case 'opaque':
        return 'normal';
    }
  }

  /** What a statement writes to the pipeline. */
  private evalStatementOutput(s: Statement): Output {
    const output: StaticValue[][] = [];
    this.evalStatement(s, output);
    const items: StaticValue[] = [];
    for (const part of output) {
      for (const item of part) {
        if (item.kind === 'unknown') return { unknown: item };
        items.push(item);
      }
    }
    return { items };
  }

  /**
   * The value a statement gives where a value is expected (the right side of `=`, a hashtable
   * entry, `( )`): an expression keeps its shape (`'a','b'` stays one list); output written by
   * other statements is collected as PowerShell does (nothing is `$null`, one item itself, more a list).
   */
  private evalStatementValue(s: Statement): StaticValue {
    if (s.kind === 'pipeline' && s.elements.length === 1 && s.elements[0].kind === 'expression') {
      const value = this.evalExpr(s.elements[0].expression);
      return value;
    }
    if (s.kind === 'assignment') {
      return this.evalAssignment(s);
    }
    if (s.kind === 'resource') return this.evalResource(s, true);
    const out = this.evalStatementOutput(s);
    if ('unknown' in out) return this.propagate(s, out.unknown);
    if (out.items.length === 0) return nul(this.loc(s));
    if (out.items.length === 1) return out.items[0];
    return list(out.items, this.loc(s));
  }

  // ------------------------------------------------------------------ assignments

  private evalAssignment(s: Extract<Statement, { kind: 'assignment' }>): StaticValue {
    let target = s.target;
    let castType: string | undefined;
    while (target.kind === 'cast') {
      castType ??= target.type;
      target = target.operand;
    }
    let value = s.value ? this.evalStatementValue(s.value) : this.unknown(s, 'an assignment without a value');
    if (s.operator !== '=') {
      const current = target.kind === 'variable' ? this.lookupVariable(target) : this.evalExpr(target);
      if (s.operator === '??=') {
        value = current.kind === 'null' ? value : current.kind === 'unknown' ? this.propagate(s, current) : current;
      } else {
        value = this.binaryValue(s.operator.slice(0, -1), current, value, s);
      }
    }
    if (castType && value.kind !== 'unknown') value = cast(castType, value, value.loc) ?? this.unknown(s, `a value converted to [${castType}]`);
    switch (target.kind) {
      case 'variable':
        if (this.assignVariable(target, value)) this.assignments.push({ name: target.name, value, loc: this.loc(s), ...this.context() });
        break;
      case 'member':
      case 'index':
        this.mutate(target, (container) => this.withMember(container, target, value));
        break;
      case 'array': {
        // `$a, $b = 1, 2`: the last variable takes what is left.
        const targets = target.items;
        const items = value.kind === 'list' ? value.items : [value];
        targets.forEach((item, i) => {
          if (item.kind !== 'variable') return;
          let part: StaticValue;
          if (value.kind === 'unknown') part = this.propagate(item, value);
          else if (i < targets.length - 1) part = items[i] ?? nul(this.loc(item));
          else part = items.length - i > 1 ? list(items.slice(i), value.loc) : items[i] ?? nul(this.loc(item));
          if (this.assignVariable(item, part)) this.assignments.push({ name: item.name, value: part, loc: this.loc(s), ...this.context() });
        });
        break;
      }
      default:
        // [Type]::Member = x and the like: nothing the reader keeps.
        break;
    }
    return value;
  }

  /**
   * Changes a hashtable or list reached from a variable (`$p.LocalPort = 5061`, `$a[0] = 1`,
   * `$p.Add(...)`): the variable gets a changed copy; other variables holding the same
   * hashtable or list become unknown, since the reader does not follow references.
   */
  private mutate(target: Expression, change: (container: StaticValue) => StaticValue | undefined): void {
    const path: Expression[] = [];
    let root = target;
    while (root.kind === 'member' || root.kind === 'index' || root.kind === 'invoke') {
      path.unshift(root);
      root = root.object;
    }
    if (root.kind !== 'variable') {
      this.evalExpr(target.kind === 'member' || target.kind === 'index' || target.kind === 'invoke' ? target.object : target);
      return;
    }
    const rootValue = this.lookupVariable(root);
    // Walk down to the container changed, keeping the containers on the way.
    const containers: StaticValue[] = [rootValue];
    let current = rootValue;
    for (let i = 0; i < path.length - 1; i++) {
      current = this.step(current, path[i]);
      containers.push(current);
    }
    const changed = current.kind === 'unknown' ? undefined : change(current);
    let rebuilt: StaticValue | undefined = changed;
    for (let i = path.length - 2; rebuilt && i >= 0; i--) rebuilt = this.replaceStep(containers[i], path[i], rebuilt);
    const shared = containers.some((c) => (c.kind === 'object' && this.shared.has(c.entries)) || (c.kind === 'list' && this.shared.has(c.items)));
    if (shared) this.invalidateHolders(containers, root);
    this.assignVariable(root, rebuilt ?? (rootValue.kind === 'unknown' ? rootValue : this.unknown(target, `$${root.name} is changed through an expression the reader does not follow`)));
  }

  /** One member or index step down a value, for a path being changed. */
  private step(value: StaticValue, node: Expression): StaticValue {
    if (node.kind === 'member') return this.memberValue(value, this.memberName(node.member), node);
    if (node.kind === 'index') return this.indexValue(value, this.evalExpr(node.index), node);
    return this.unknown(node, 'a method result');
  }

  /** `container` with the member or index of `node` replaced by `value`; undefined when the reader cannot tell what changes. */
  private replaceStep(container: StaticValue, node: Expression, value: StaticValue): StaticValue | undefined {
    if (node.kind === 'member') return setEntry(container, this.memberName(node.member), value);
    if (node.kind === 'index') {
      const index = this.evalExpr(node.index);
      if (container.kind === 'object') {
        const key = toText(index);
        return key === undefined ? undefined : setEntry(container, key, value);
      }
      if (container.kind === 'list' && index.kind === 'number' && Number.isInteger(index.value)) {
        const i = index.value < 0 ? container.items.length + index.value : index.value;
        if (i < 0 || i >= container.items.length) return undefined;
        const items = container.items.slice();
        items[i] = value;
        this.charge(items.length);
        return list(items, container.loc);
      }
    }
    return undefined;
  }

  private withMember(container: StaticValue, target: Expression, value: StaticValue): StaticValue | undefined {
    return this.replaceStep(container, target, value);
  }

  /** Other variables holding a container that changes: they become unknown. */
  private invalidateHolders(containers: StaticValue[], changedVariable: Extract<Expression, { kind: 'variable' }>): void {
    const identities = new Set<object>();
    for (const c of containers) {
      if (c.kind === 'object') identities.add(c.entries);
      else if (c.kind === 'list') identities.add(c.items);
    }
    const changedKey = Evaluator.key(changedVariable.name);
    for (const scope of this.liveScopes) {
      for (const [key, value] of scope.vars) {
        if (key === changedKey) continue;
        if (this.contains(value, identities)) {
          this.setVar(scope, key, this.unknown(changedVariable, `$${key} holds a hashtable or list also changed through $${changedVariable.name}`));
        }
      }
    }
  }

  private contains(value: StaticValue, identities: Set<object>): boolean {
    this.charge(1);
    if (value.kind === 'object') {
      if (identities.has(value.entries)) return true;
      for (const entry of value.entries.values()) if (this.contains(entry, identities)) return true;
    } else if (value.kind === 'list') {
      if (identities.has(value.items)) return true;
      for (const item of value.items) if (this.contains(item, identities)) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ control flow

  private evalIf(s: Extract<Statement, { kind: 'if' }>, output?: StaticValue[][]): Completion {
    const written: WrittenKeys[] = [];
    let uncertain = false;
    let abrupt = false;
    const runUncertain = (body: Statement[]) => {
      written.push(this.branch(() => {
        const completion = this.evalStatements(body, output);
        if (completion !== 'normal') abrupt = true;
      }));
    };
    const finish = (completion: Completion = 'normal'): Completion => {
      this.markWritten(written, 'is assigned in a branch whose condition is not known', s);
      if (abrupt) this.uncertainFlow = true;
      return completion;
    };
    for (const clause of s.clauses) {
      const condition = this.condition(clause.condition, uncertain);
      if (condition === false) continue;
      if (condition === true && !uncertain) return finish(this.evalStatements(clause.body, output));
      runUncertain(clause.body);
      if (condition === true) return finish();
      uncertain = true;
    }
    if (s.else) {
      if (uncertain) runUncertain(s.else);
      else return finish(this.evalStatements(s.else, output));
    }
    return finish();
  }

  /** A condition's truth, or undefined when not known; `inBranch` when it is only reached after a condition not known. */
  private condition(statement: Statement | undefined, inBranch: boolean): boolean | undefined {
    if (!statement) return undefined;
    if (inBranch) this.conditionalDepth++;
    try {
      const value = this.evalStatementValue(statement);
      return truth(value);
    } finally {
      if (inBranch) this.conditionalDepth--;
    }
  }

  /** The items a loop runs over, or undefined when not known; PowerShell runs `foreach` over `$null` zero times and over a scalar once. */
  private collection(statement: Statement | undefined): StaticValue[] | Unknown {
    if (!statement) return [];
    const value = this.evalStatementValue(statement);
    if (value.kind === 'unknown') return value;
    if (value.kind === 'list') return value.items;
    if (value.kind === 'null') return [];
    return [value];
  }

  private evalForeach(s: Extract<Statement, { kind: 'foreach' }>, output?: StaticValue[][]): Completion {
    const header = { start: s.start, end: s.headerEnd };
    const variable = s.variable.kind === 'variable' ? s.variable : undefined;
    const items = this.collection(s.iterable);
    const runBody = () => void this.evalStatements(s.body);
    if (!Array.isArray(items)) {
      this.unknownLoop('foreach', variable, header, runBody, this.assignedInBody(s.body), items, output);
      return 'normal';
    }
    if (!this.takeIterations(items.length, header)) {
      this.unknownLoop('foreach', variable, header, runBody, this.assignedInBody(s.body), this.unknown(s.iterable ?? s, 'a loop over the bound of iterations'), output);
      return 'normal';
    }
    return this.iterate(items, header, s.body, output, 'foreach', variable, (item) => {
      if (variable) this.assignVariable(variable, item);
    });
  }

  /** Runs a body once per known item. */
  private iterate(
    items: StaticValue[],
    header: { start: number; end: number },
    body: Statement[],
    output: StaticValue[][] | undefined,
    kind: LoopIteration['kind'],
    variable: Extract<Expression, { kind: 'variable' }> | undefined,
    bind: (item: StaticValue) => void,
  ): Completion {
    const loc = this.loc(header);
    let extraDepth = 0;
    try {
      for (let index = 0; index < items.length; index++) {
        bind(items[index]);
        this.loops.push({ kind, variable: variable?.name ?? '_', index, item: items[index], loc });
        let completion: Completion;
        try {
          completion = this.evalStatements(body, output);
        } finally {
          this.loops.pop();
        }
        if (completion === 'break') break;
        if (completion === 'return' || completion === 'exit') return completion;
        if (this.uncertainFlow) {
          // A break may have run: the later iterations may not.
          this.uncertainFlow = false;
          if (!extraDepth) {
            this.conditionalDepth++;
            extraDepth++;
          }
        }
      }
      return 'normal';
    } finally {
      this.conditionalDepth -= extraDepth;
    }
  }

  /** Counts iterations against the file's bound; false (and a diagnostic) when they would pass it. */
  private takeIterations(count: number, header: { start: number; end: number }): boolean {
    if (this.loopIterationsUsed + count > this.bounds.loopIterations) {
      this.bound('powershell/loop-bound', header, `expanding this loop of ${thousands(count)} iterations would pass the bound of ${thousands(this.bounds.loopIterations)} iterations a file; its body is read once, as for a collection not known`);
      return false;
    }
    this.loopIterationsUsed += count;
    return true;
  }

  /** A loop whose collection or condition is not known: its body is read once, what it assigns is unknown before and after. */
  private unknownLoop(
    kind: LoopIteration['kind'],
    variable: Extract<Expression, { kind: 'variable' }> | undefined,
    header: { start: number; end: number },
    run: () => void,
    assigned: Set<string>,
    item: StaticValue,
    output?: StaticValue[][],
  ): void {
    const loc = this.loc(header);
    const written = this.branch(() => {
      this.forget(assigned, (key) => `$${key} is assigned in a loop the reader does not expand`, header);
      if (variable) {
        const reason = item.kind === 'unknown' ? item.reason : 'a loop variable';
        this.assignVariable(variable, this.unknown(variable, `loop variable $${variable.name} over a collection not known (${reason})`));
      }
      this.loops.push({ kind, variable: variable?.name ?? (kind === 'ForEach-Object' ? '_' : ''), index: undefined, item, loc });
      try {
        run();
      } finally {
        this.loops.pop();
      }
    });
    this.markWritten([written], 'is assigned in a loop the reader does not expand', header);
    if (output) output.push([this.unknown(header, 'output of a loop the reader does not expand')]);
  }

  private evalLoop(s: Extract<Statement, { kind: 'loop' }>, output?: StaticValue[][]): Completion {
    const header = { start: s.start, end: s.body.length ? s.body[0].start : s.end };
    const [first, second, third] = s.parts;
    const condition = s.keyword === 'for' ? second : first;
    if (s.keyword === 'for' && first) this.evalStatement(first);
    const loc = this.loc(header);
    const test = (): boolean | undefined => {
      if (!condition) return s.keyword === 'do' ? undefined : true;
      const value = truth(this.evalStatementValue(condition));
      return value === undefined ? undefined : s.until ? !value : value;
    };
    const giveUp = (): Completion => {
      this.uncertainFlow = false;
      this.unknownLoop(s.keyword, undefined, header, () => {
        this.evalStatements(s.body);
        if (s.keyword === 'for' && third) this.evalStatement(third);
        if (condition) this.evalStatementValue(condition);
      }, this.assignedInBody(s), nul(loc), output);
      return 'normal';
    };
    if (s.keyword !== 'do') {
      const go = test();
      if (go === false) return 'normal';
      if (go === undefined) return giveUp();
    }
    for (let index = 0; ; index++) {
      if (!this.takeIterations(1, header)) return giveUp();
      this.loops.push({ kind: s.keyword, variable: '', index, item: nul(loc), loc });
      let completion: Completion;
      try {
        completion = this.evalStatements(s.body, output);
      } finally {
        this.loops.pop();
      }
      if (completion === 'break') return 'normal';
      if (completion === 'return' || completion === 'exit') return completion;
      if (this.uncertainFlow) return giveUp();
      if (s.keyword === 'for' && third) this.evalStatement(third);
      const go = test();
      if (go === false) return 'normal';
      if (go === undefined) return giveUp();
    }
  }

  private evalSwitch(s: Extract<Statement, { kind: 'switch' }>, output?: StaticValue[][]): Completion {
    const subject = s.subject ? this.evalStatementValue(s.subject) : this.unknown(s, 'switch -file reads a file');
    const literalClauses = s.clauses.every((c) => c.condition === 'default' || c.condition.kind === 'string' || c.condition.kind === 'number');
    const plainFlags = s.flags.every((f) => f === 'exact' || f === 'casesensitive');
    const caseSensitive = s.flags.includes('casesensitive');
    if (subject.kind !== 'unknown' && subject.kind !== 'list' && literalClauses && plainFlags) {
      const matching = s.clauses.filter((c) => c.condition !== 'default' && scalarEquals(subject, this.evalExpr(c.condition) as Known, caseSensitive) === true);
      const run = matching.length ? matching : s.clauses.filter((c) => c.condition === 'default');
      this.pipelineItems.push(subject);
      try {
        for (const clause of run) {
          const completion = this.evalStatements(clause.body, output);
          if (completion === 'break' || completion === 'continue') break;
          if (completion !== 'normal') return completion;
        }
      } finally {
        this.pipelineItems.pop();
      }
      return 'normal';
    }
    const item = subject.kind === 'list' ? this.unknown(s.subject ?? s, 'an item of the switch subject') : subject;
    const written = s.clauses.map((clause) =>
      this.branch(() => {
        if (clause.condition !== 'default') this.evalExpr(clause.condition);
        this.pipelineItems.push(item);
        try {
          this.evalStatements(clause.body, output);
        } finally {
          this.pipelineItems.pop();
        }
      }),
    );
    this.markWritten(written, 'is assigned in a switch clause that may not run', s);
    return 'normal';
  }

  // ------------------------------------------------------------------ functions, script blocks, configurations

  /** Binds a body's `param()`: a script's defaults (as the options say), or unknown for a function or script block. */
  private bindParameters(body: ScriptBody, owner: 'script' | 'function' | 'block', name?: string): void {
    for (const parameter of body.params?.parameters ?? []) {
      let value: StaticValue;
      if (owner === 'script' && parameter.default && (this.options.scriptParameters ?? 'defaults') === 'defaults') {
        value = this.evalExpr(parameter.default);
        if (parameter.type && value.kind !== 'unknown') value = cast(parameter.type, value, value.loc) ?? value;
      } else if (owner === 'script') {
        value = this.unknown(parameter, parameter.default ? `script parameter $${parameter.name}, passed by the caller` : `script parameter $${parameter.name} has no default`);
      } else if (owner === 'function') {
        value = this.unknown(parameter, `parameter $${parameter.name} of ${name}, passed by the caller`);
      } else {
        value = this.unknown(parameter, `parameter $${parameter.name} of a script block`);
      }
      this.setVar(this.scope, Evaluator.key(parameter.name), value);
      if (owner === 'script') this.assignments.push({ name: parameter.name, value, loc: this.loc(parameter), ...this.context() });
    }
  }

  /** Runs a body in a scope of its own; `branch` makes it one that may not run. */
  private inScope<T>(kind: Scope['kind'], fn: () => T): T {
    const scope: Scope = { vars: new Map(), parent: this.scope, kind };
    const saved = this.scope;
    this.scope = scope;
    this.liveScopes.push(scope);
    try {
      return fn();
    } finally {
      this.liveScopes.pop();
      this.scope = saved;
    }
  }

  /** A function's body, read where it is defined: it runs when called, so everything in it is conditional and its parameters unknown. */
  private evalFunction(name: string, body: ScriptBody, at: { start: number; end: number }): void {
    const written = this.branch(() =>
      this.inScope('function', () => {
        this.functions.push(name);
        const savedItems = this.pipelineItems.length;
        this.pipelineItems.push(this.unknown(at, `$_ in the function ${name}`));
        try {
          this.bindParameters(body, 'function', name);
          for (const block of body.blocks) this.evalStatements(block.body);
        } finally {
          this.pipelineItems.length = savedItems;
          this.functions.pop();
        }
      }),
    );
    this.markWritten([written], `is assigned in the function ${name}, which may run at any time`, at);
  }

  /** A script block given as a value: its commands are read (they may run), its value is not known. */
  private evalScriptBlock(e: Extract<Expression, { kind: 'scriptblock' }>): StaticValue {
    const written = this.branch(() =>
      this.inScope('block', () => {
        this.pipelineItems.push(this.unknown(e, '$_ in a script block'));
        try {
          this.bindParameters(e.body, 'block');
          for (const block of e.body.blocks) this.evalStatements(block.body);
        } finally {
          this.pipelineItems.pop();
        }
      }),
    );
    this.markWritten([written], 'is assigned in a script block, which may run at any time', e);
    return this.unknown(e, 'a script block');
  }

  private evalConfiguration(s: Extract<Statement, { kind: 'configuration' }>): void {
    const nameValue = s.name ? this.evalExpr(s.name) : undefined;
    const name = nameValue ? toText(nameValue) : undefined;
    const saved = this.configuration;
    const savedNode = this.node;
    this.configuration = name;
    this.node = undefined;
    const written = this.branch(() => {
      // A configuration's resources are declared whatever runs it: not conditional in themselves.
      this.conditionalDepth--;
      try {
        this.inScope('function', () => {
          this.functions.push(name ?? 'configuration');
          try {
            this.evalStatements(s.body);
          } finally {
            this.functions.pop();
          }
        });
      } finally {
        this.conditionalDepth++;
      }
    });
    this.configuration = saved;
    this.node = savedNode;
    this.markWritten([written], `is assigned in the configuration ${name ?? ''}`.trimEnd(), s);
  }

  private evalResource(s: Extract<Statement, { kind: 'resource' }>, asValue = false): StaticValue {
    const name = s.name ? this.evalExpr(s.name) : undefined;
    const properties = this.evalHashtable(s.properties, { start: s.bodyStart, end: s.end });
    if (!asValue) {
      const context = this.context();
      this.resources.push({
        type: s.type,
        name,
        properties,
        configuration: this.configuration,
        node: this.node,
        loc: this.loc(s),
        ...context,
        // Inside a configuration the resource is declared even though its body runs later.
        function: context.function === this.configuration ? undefined : context.function,
      });
    }
    return properties;
  }

  // ------------------------------------------------------------------ pipelines and commands

  private evalPipeline(p: Extract<Statement, { kind: 'pipeline' }>, wantOutput: boolean): Output {
    let input: StaticValue | undefined;
    let last: Output = { items: [] };
    p.elements.forEach((element, i) => {
      if (element.kind === 'expression') {
        const value = this.evalExpr(element.expression);
        input = value;
        last = value.kind === 'unknown' ? { unknown: value } : { items: value.kind === 'list' ? value.items : [value] };
        return;
      }
      const previous = i > 0 ? p.elements[i - 1] : undefined;
      const name = this.evalCommand(element, i === 1 && previous?.kind === 'expression' ? input : undefined, i > 0);
      if (wantOutput) last = name !== undefined && NO_OUTPUT.has(name) ? { items: [] } : { unknown: this.unknown(element, `output of ${this.commandLabel(element)}`) };
      input = undefined;
    });
    if (!wantOutput) return { items: [] };
    return last;
  }

  private commandLabel(c: Command): string {
    return this.snippet(c.name) || 'a command';
  }

  /**
   * Reads a command: its name, its parameters bound to their arguments, its positional
   * arguments. `input` is the known value piped into it (for ForEach-Object); `piped` says
   * something is piped into it. Returns the normalized name when known.
   */
  private evalCommand(c: Command, input: StaticValue | undefined, piped: boolean): string | undefined {
    const callee = c.name;
    if (callee.kind === 'scriptblock') {
      // `& { ... }` runs the block once, in a scope of its own; `. { ... }` in the current scope.
      const run = () => {
        this.bindParameters(callee.body, 'block');
        for (const block of callee.body.blocks) this.evalStatements(block.body);
      };
      if (c.invocation === '.') run();
      else this.inScope('block', run);
      for (const element of c.elements) this.evalElementForEffect(element);
      return undefined;
    }
    const nameValue = this.evalExpr(c.name);
    if (nameValue.kind !== 'string') {
      for (const element of c.elements) this.evalElementForEffect(element);
      return undefined;
    }
    const name = nameValue.value;
    const normalizedName = normalizeCommandName(name);
    const program = nativeProgram(name);
    if (program) {
      const args = this.nativeArguments(c.elements);
      this.invocations.push({ kind: 'native', name, normalizedName, loc: this.loc(c), ...nativeView(program, args), ...this.context() });
      return normalizedName;
    }
    if (normalizedName === 'foreach-object' && piped) {
      this.evalForEachObject(c, name, input);
      return normalizedName;
    }
    const invocation = this.bindCommand(c, name, normalizedName);
    this.invocations.push(invocation);
    this.applyVariableCmdlet(invocation);
    if (c.invocation === '.') this.forgetAll(`may be set by the dot-sourced script ${name}`, c);
    else if (normalizedName === 'invoke-expression') this.forgetAll('may be set by Invoke-Expression', c);
    return normalizedName;
  }

  /** After code the reader does not see runs in this scope (a dot-sourced script, Invoke-Expression): any variable may have changed. */
  private forgetAll(reason: string, at: { start: number; end: number }): void {
    const line = this.loc(at).line;
    for (const scope of this.liveScopes) {
      for (const key of [...scope.vars.keys()]) this.setVar(scope, key, this.unknown(at, `$${key} ${reason} (line ${line})`));
    }
  }

  private evalElementForEffect(element: CommandElement): void {
    if (element.kind === 'argument') this.evalExpr(element.value);
    else if (element.kind === 'parameter' && element.argument) this.evalExpr(element.argument);
  }

  private bindCommand(c: Command, name: string, normalizedName: string, skip?: CommandElement): CommandInvocation {
    const parameters: CommandParameter[] = [];
    const args: StaticValue[] = [];
    const unknownSplats: Unknown[] = [];
    const elements = c.elements;
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      if (element === skip || (skip && element.kind === 'parameter' && elements[i + 1] === skip && element.name.toLowerCase() === 'process')) continue;
      if (element.kind === 'parameter') {
        if (element.colon) {
          const value = element.argument ? this.evalExpr(element.argument) : this.unknown(element, `the parameter -${element.name}: has no value`);
          parameters.push({ name: element.name, value, loc: this.loc(element) });
          continue;
        }
        const next = elements[i + 1];
        const takesArgument = next?.kind === 'argument' && next !== skip && !(next.value.kind === 'variable' && next.value.splat) && !isSwitch(normalizedName, element.name);
        if (takesArgument && next.kind === 'argument') {
          const value = this.evalExpr(next.value);
          parameters.push({ name: element.name, value, loc: this.positions.range(element.start, next.end) });
          i++;
        } else {
          parameters.push({ name: element.name, value: bool(true, this.loc(element)), loc: this.loc(element) });
        }
        continue;
      }
      if (element.kind === 'verbatim') {
        args.push(str(element.text, this.loc(element)));
        continue;
      }
      const value = element.value;
      if (value.kind === 'variable' && value.splat) {
        const splatted = this.lookupVariable(value);
        const splatLoc = this.loc(value);
        if (splatted.kind === 'object') {
          for (const [key, entry] of splatted.entries) parameters.push({ name: key, value: entry, loc: entry.loc, splat: splatLoc });
        } else if (splatted.kind === 'list') {
          args.push(...splatted.items);
        } else if (splatted.kind === 'unknown') {
          unknownSplats.push(splatted);
        } else if (splatted.kind !== 'null') {
          args.push(splatted);
        }
        continue;
      }
      args.push(this.evalExpr(value));
    }
    return { kind: 'command', name, normalizedName, parameters, arguments: args, unknownSplats, loc: this.loc(c), ...this.context() };
  }

  /** `Set-Variable`, `New-Variable`, `Clear-Variable`, `Remove-Variable` with a literal name change what the reader knows of it. */
  private applyVariableCmdlet(invocation: CommandInvocation): void {
    const cmdlet = invocation.normalizedName;
    if (!['set-variable', 'new-variable', 'clear-variable', 'remove-variable'].includes(cmdlet)) return;
    const param = (wanted: string) => invocation.parameters.find((p) => p.name.toLowerCase() === wanted)?.value;
    const nameValue = param('name') ?? invocation.arguments[0];
    if (!nameValue || nameValue.kind !== 'string') return;
    const scopeValue = param('scope');
    const scope = scopeValue?.kind === 'string' && ['script', 'global'].includes(scopeValue.value.toLowerCase()) ? this.scriptScope : this.scope;
    const key = Evaluator.key(nameValue.value);
    if (cmdlet === 'remove-variable') {
      this.setVar(scope, key, { kind: 'unknown', expression: nameValue.value, reason: `$${nameValue.value} is removed by Remove-Variable`, loc: invocation.loc });
      return;
    }
    const value = cmdlet === 'clear-variable' ? nul(invocation.loc) : param('value') ?? invocation.arguments[1] ?? nul(invocation.loc);
    this.setVar(scope, key, value);
    this.assignments.push({ name: nameValue.value, value, loc: invocation.loc, ...this.context() });
  }

  /** `<known list> | ForEach-Object { ... $_ ... }`: the block runs once per item, in the caller's scope. */
  private evalForEachObject(c: Command, name: string, input: StaticValue | undefined): void {
    const blockElement = this.processBlock(c);
    const block = blockElement?.kind === 'argument' ? blockElement.value : blockElement?.kind === 'parameter' ? blockElement.argument : undefined;
    if (!block || block.kind !== 'scriptblock' || block.body.params) {
      // Not a shape the reader expands (-MemberName, begin/end blocks, parameters): read it as a command.
      this.invocations.push(this.bindCommand(c, name, 'foreach-object'));
      return;
    }
    this.invocations.push(this.bindCommand(c, name, 'foreach-object', blockElement));
    const header = c;
    const items = input === undefined ? undefined : input.kind === 'list' ? input.items : input.kind === 'unknown' ? undefined : [input];
    const body = block.body.blocks.flatMap((named) => named.body);
    if (!items || !this.takeIterations(items.length, header)) {
      const item = input?.kind === 'unknown' ? input : this.unknown(c, 'pipeline input the reader does not know');
      this.pipelineItems.push(this.unknown(c, `$_ over pipeline input not known (${item.kind === 'unknown' ? item.reason : ''})`));
      try {
        this.unknownLoop('ForEach-Object', undefined, header, () => void this.evalStatements(body), this.assignedInBody(body), item);
      } finally {
        this.pipelineItems.pop();
      }
      return;
    }
    const depth = this.pipelineItems.length;
    this.pipelineItems.push(items[0] ?? nul(this.loc(c)));
    try {
      this.iterate(items, header, body, undefined, 'ForEach-Object', undefined, (item) => {
        this.pipelineItems[depth] = item;
      });
    } finally {
      this.pipelineItems.length = depth;
    }
  }

  /** The script block ForEach-Object runs per item: its only positional argument, or -Process. */
  private processBlock(c: Command): CommandElement | undefined {
    const positional = c.elements.filter((e) => e.kind === 'argument');
    const named = c.elements.filter((e) => e.kind === 'parameter');
    if (named.some((p) => p.kind === 'parameter' && ['begin', 'end', 'membername', 'argumentlist'].includes(p.name.toLowerCase()))) return undefined;
    const process = named.find((p) => p.kind === 'parameter' && p.name.toLowerCase() === 'process');
    if (process && process.kind === 'parameter') {
      if (process.colon) return process;
      const index = c.elements.indexOf(process);
      const next = c.elements[index + 1];
      return positional.length === 1 && next === positional[0] ? next : undefined;
    }
    return positional.length === 1 ? positional[0] : undefined;
  }

  /** The arguments a native program receives, each with its text as written and its position. */
  private nativeArguments(elements: CommandElement[]): NativeArgument[] {
    const args: NativeArgument[] = [];
    const push = (node: { start: number; end: number }, value: StaticValue) => {
      args.push({ raw: this.text.slice(node.start, node.end), value, loc: this.loc(node) });
    };
    for (const element of elements) {
      if (element.kind === 'parameter') {
        // PowerShell passes `-name` and `-name:value` to a native program as text.
        if (element.colon && element.argument) {
          const value = this.nativeText(this.evalExpr(element.argument), element);
          push(element, value.kind === 'string' ? str(`-${element.name}:${value.value}`, this.loc(element)) : value);
        } else push(element, str(`-${element.name}${element.colon ? ':' : ''}`, this.loc(element)));
        continue;
      }
      if (element.kind === 'verbatim') {
        for (const piece of splitVerbatim(element.text, this.text.indexOf(element.text, element.start))) {
          const value = /%[^%\s]+%/.test(piece.text)
            ? { kind: 'unknown' as const, expression: piece.text, reason: 'expands an environment variable', loc: this.positions.range(piece.start, piece.end) }
            : str(piece.value, this.positions.range(piece.start, piece.end));
          push(piece, value);
        }
        continue;
      }
      const expression = element.value;
      const items = expression.kind === 'array' ? expression.items : [expression];
      for (const item of items) {
        const value = this.evalExpr(item);
        if (item.kind === 'variable' && item.splat && value.kind === 'list') {
          for (const v of value.items) push(item, this.nativeText(v, item));
        } else if (value.kind === 'list') {
          // An array argument is passed as one argument per element.
          for (const v of value.items) push(item, this.nativeText(v, item));
        } else if (value.kind !== 'null') {
          push(item, this.nativeText(value, item));
        }
      }
    }
    return args;
  }

  private nativeText(value: StaticValue, node: { start: number; end: number }): StaticValue {
    if (value.kind === 'string' || value.kind === 'unknown') return value;
    if (value.kind === 'object') return this.unknown(node, 'a hashtable passed to a native program');
    const text = toText(value);
    return text === undefined ? this.unknown(node, 'a value passed to a native program') : str(text, value.loc);
  }

  // ------------------------------------------------------------------ expressions

  evalExpr(e: Expression): StaticValue {
    this.charge(1);
    switch (e.kind) {
      case 'string':
        return str(e.value, this.loc(e));
      case 'expandable':
        return this.evalExpandable(e);
      case 'number':
        return num(e.value, this.loc(e));
      case 'variable':
        return this.lookupVariable(e);
      case 'array': {
        const items = e.items.map((item) => this.evalExpr(item));
        for (const item of items) this.store(item);
        return list(items, this.loc(e));
      }
      case 'arraySub': {
        const output: StaticValue[][] = [];
        this.evalStatements(e.body, output);
        const items: StaticValue[] = [];
        for (const part of output) {
          for (const item of part) {
            if (item.kind === 'unknown') return this.propagate(e, item);
            this.store(item);
            items.push(item);
          }
        }
        this.charge(items.length);
        return list(items, this.loc(e));
      }
      case 'subexpr': {
        const output: StaticValue[][] = [];
        this.evalStatements(e.body, output);
        const items = output.flat();
        const missing = items.find((item) => item.kind === 'unknown');
        if (missing && missing.kind === 'unknown') return this.propagate(e, missing);
        if (items.length === 0) return nul(this.loc(e));
        if (items.length === 1) return items[0];
        return list(items, this.loc(e));
      }
      case 'paren':
        return e.body ? this.evalStatementValue(e.body) : nul(this.loc(e));
      case 'hashtable':
        return this.evalHashtable(e.entries, e);
      case 'scriptblock':
        return this.evalScriptBlock(e);
      case 'type':
        return this.unknown(e, `the type ${this.snippet(e)}`);
      case 'cast': {
        const operand = this.evalExpr(e.operand);
        if (operand.kind === 'unknown') return this.propagate(e, operand);
        const converted = cast(e.type, operand, this.loc(e));
        return converted ?? this.unknown(e, `a value converted to [${e.type}]`);
      }
      case 'binary':
        return this.evalBinary(e);
      case 'unary':
        return this.evalUnary(e);
      case 'postfix': {
        const operand = this.evalExpr(e.operand);
        this.increment(e.operand, operand, e.operator === '++' ? 1 : -1, e);
        return operand;
      }
      case 'member': {
        if (e.static) return this.unknown(e, `the static member ${this.snippet(e)}`);
        return this.memberValue(this.evalExpr(e.object), this.memberName(e.member), e);
      }
      case 'index':
        return this.indexValue(this.evalExpr(e.object), this.evalExpr(e.index), e);
      case 'invoke':
        return this.evalInvoke(e);
      case 'ternary': {
        const condition = truth(this.evalExpr(e.condition));
        if (condition === undefined) return this.unknown(e, 'a condition not known');
        return this.evalExpr(condition ? e.then : e.else);
      }
      case 'error':
        return this.unknown(e, 'a syntax error');
    }
  }

  private evalExpandable(e: Extract<Expression, { kind: 'expandable' }>): StaticValue {
    let text = '';
    for (const part of e.parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const value = this.evalExpr(part);
      if (value.kind === 'unknown') return this.propagate(e, value);
      const piece = toText(value);
      if (piece === undefined) return this.unknown(e, 'a value without a text form');
      text += piece;
      if (text.length > this.bounds.stringLength) return this.checkString(text, e);
    }
    return this.checkString(text, e);
  }

  private evalHashtable(entries: HashEntry[], at: { start: number; end: number }): StaticValue {
    const map = new Map<string, StaticValue>();
    const lower = new Map<string, string>();
    let unknownKey: Unknown | undefined;
    for (const entry of entries) {
      let key: string | undefined;
      const literal = entry.key.kind === 'string' || entry.key.kind === 'number';
      if (entry.key.kind === 'string') key = entry.key.value;
      else {
        const keyValue = this.evalExpr(entry.key);
        if (keyValue.kind === 'unknown') unknownKey ??= keyValue;
        else key = toText(keyValue);
      }
      const value = entry.value ? this.evalStatementValue(entry.value) : this.unknown(entry, 'a hashtable entry without a value');
      if (key === undefined) continue;
      const folded = key.toLowerCase();
      const previous = lower.get(folded);
      if (previous !== undefined) {
        if (literal) this.diagnostics.push(this.positions.diagnostic(entry.key.start, entry.key.end, 'powershell/duplicate-key', `the key '${key}' is already in this hashtable; PowerShell does not run a script with duplicate keys in a hashtable`));
        else unknownKey ??= this.unknown(entry.key, `the key '${key}' twice in a hashtable, which PowerShell rejects when it runs`);
        map.delete(previous);
      }
      lower.set(folded, key);
      this.store(value);
      map.set(key, value);
    }
    if (unknownKey) return this.propagate(at, unknownKey);
    return obj(map, this.loc(at));
  }

  private memberName(member: Expression): string {
    if (member.kind === 'string') return member.value;
    const value = this.evalExpr(member);
    return toText(value) ?? '';
  }

  private memberValue(object: StaticValue, name: string, node: { start: number; end: number }): StaticValue {
    const lower = name.toLowerCase();
    switch (object.kind) {
      case 'unknown':
        return this.propagate(node, object);
      case 'null':
        return nul(this.loc(node));
      case 'object': {
        const entry = getEntry(object, name);
        if (entry) return entry;
        if (lower === 'count') return num(object.entries.size, this.loc(node));
        if (lower === 'keys') return list([...object.entries.keys()].map((k) => str(k, this.loc(node))), this.loc(node));
        if (lower === 'values') return list([...object.entries.values()], this.loc(node));
        // A key the hashtable does not have reads as $null.
        return nul(this.loc(node));
      }
      case 'list': {
        if (lower === 'count' || lower === 'length') return num(object.items.length, this.loc(node));
        // Member enumeration: the member of each element.
        const results: StaticValue[] = [];
        for (const item of object.items) {
          const value = this.memberValue(item, name, node);
          if (value.kind === 'unknown') return value;
          if (value.kind === 'list') results.push(...value.items);
          else if (value.kind !== 'null') results.push(value);
        }
        this.charge(results.length);
        if (results.length === 0) return nul(this.loc(node));
        if (results.length === 1) return results[0];
        return list(results, this.loc(node));
      }
      case 'string':
        if (lower === 'length') return num(object.value.length, this.loc(node));
        return this.unknown(node, `the member .${name} of a string`);
      default:
        return this.unknown(node, `the member .${name} of a ${object.kind}`);
    }
  }

  private indexValue(object: StaticValue, index: StaticValue, node: { start: number; end: number }): StaticValue {
    if (object.kind === 'unknown') return this.propagate(node, object);
    if (index.kind === 'unknown') return this.propagate(node, index);
    if (object.kind === 'object') {
      const key = toText(index);
      if (key === undefined) return this.unknown(node, 'a hashtable indexed by a value without a text form');
      return getEntry(object, key) ?? nul(this.loc(node));
    }
    const sequence = object.kind === 'list' ? object.items : object.kind === 'string' ? [...object.value].map((c) => str(c, object.loc)) : undefined;
    if (!sequence) return this.unknown(node, `indexing a ${object.kind}`);
    const pick = (i: StaticValue): StaticValue | undefined => {
      const n = toNumber(i);
      if (n === undefined || !Number.isInteger(n)) return undefined;
      const at = n < 0 ? sequence.length + n : n;
      return sequence[at] ?? nul(this.loc(node));
    };
    if (index.kind === 'list') {
      const picked: StaticValue[] = [];
      for (const i of index.items) {
        const value = pick(i);
        if (!value) return this.unknown(node, 'an index that is not a whole number');
        if (value.kind !== 'null') picked.push(value);
      }
      return list(picked, this.loc(node));
    }
    return pick(index) ?? this.unknown(node, 'an index that is not a whole number');
  }

  private evalInvoke(e: Extract<Expression, { kind: 'invoke' }>): StaticValue {
    const method = this.memberName(e.member);
    const lower = method.toLowerCase();
    if (e.static) {
      for (const arg of e.args) this.evalExpr(arg);
      return this.unknown(e, `the static method ${this.snippet(e.object)}::${method}()`);
    }
    const object = this.evalExpr(e.object);
    const args = e.args.map((arg) => this.evalExpr(arg));
    const known = args.every((a) => a.kind !== 'unknown');
    // Changes to a hashtable held in a variable.
    if (object.kind === 'object' && ['add', 'remove', 'clear', 'set_item'].includes(lower)) {
      this.mutate(e, (container) => {
        if (container.kind !== 'object' || !known) return undefined;
        if (lower === 'clear') return obj(new Map(), container.loc);
        const key = toText(args[0] ?? nul(container.loc));
        if (key === undefined) return undefined;
        if (lower === 'remove') return removeEntry(container, key);
        if (lower === 'add' && getEntry(container, key)) return undefined; // PowerShell throws: the key is there already
        return setEntry(container, key, args[1] ?? nul(container.loc));
      });
      return nul(this.loc(e));
    }
    if ((object.kind === 'object' || object.kind === 'list') && !PURE_METHODS.has(lower)) {
      // A method that may change what the variable holds.
      this.mutate(e, () => undefined);
      return this.unknown(e, `the method .${method}()`);
    }
    if (object.kind === 'unknown') return this.propagate(e, object);
    if (!known) return this.propagate(e, args.find((a) => a.kind === 'unknown') as Unknown);
    const result = this.pureMethod(object, lower, args as Known[], e);
    return result ?? this.unknown(e, `the method .${method}()`);
  }

  /** The string and hashtable methods the reader evaluates. */
  private pureMethod(object: Known, method: string, args: Known[], e: { start: number; end: number }): StaticValue | undefined {
    const loc = this.loc(e);
    if (method === 'tostring' && args.length === 0) {
      const text = toText(object);
      return text === undefined ? undefined : str(text, loc);
    }
    if (object.kind === 'string') {
      const s = object.value;
      const text = (i: number) => (args[i]?.kind === 'string' ? (args[i] as { value: string }).value : undefined);
      switch (method) {
        case 'tolower':
        case 'tolowerinvariant':
          return args.length ? undefined : str(s.toLowerCase(), loc);
        case 'toupper':
        case 'toupperinvariant':
          return args.length ? undefined : str(s.toUpperCase(), loc);
        case 'trim':
          return args.length ? undefined : str(s.trim(), loc);
        case 'trimstart':
          return args.length ? undefined : str(s.trimStart(), loc);
        case 'trimend':
          return args.length ? undefined : str(s.trimEnd(), loc);
        case 'replace': {
          const from = text(0);
          const to = text(1);
          if (from === undefined || to === undefined || !from) return undefined;
          return this.checkString(s.split(from).join(to), e);
        }
        case 'contains':
          return text(0) === undefined ? undefined : bool(s.includes(text(0) as string), loc);
        case 'startswith':
          return text(0) === undefined ? undefined : bool(s.startsWith(text(0) as string), loc);
        case 'endswith':
          return text(0) === undefined ? undefined : bool(s.endsWith(text(0) as string), loc);
        case 'split': {
          // .NET's String.Split(char[]): every character of the arguments separates; empty parts are kept.
          if (!args.length || args.some((a) => a.kind !== 'string')) return undefined;
          const separators = new Set(args.flatMap((a) => [...(a as { value: string }).value]));
          const parts: StaticValue[] = [];
          let current = '';
          for (const c of s) {
            if (separators.has(c)) {
              parts.push(str(current, loc));
              current = '';
            } else current += c;
          }
          parts.push(str(current, loc));
          this.charge(parts.length);
          return list(parts, loc);
        }
        case 'substring': {
          const from = args[0]?.kind === 'number' ? args[0].value : undefined;
          const length = args[1]?.kind === 'number' ? args[1].value : undefined;
          if (from === undefined || from < 0 || from > s.length || (length !== undefined && (length < 0 || from + length > s.length))) return undefined;
          return str(length === undefined ? s.slice(from) : s.slice(from, from + length), loc);
        }
        default:
          return undefined;
      }
    }
    if (object.kind === 'object' && method === 'containskey' && args.length === 1) {
      const key = toText(args[0]);
      return key === undefined ? undefined : bool(getEntry(object, key) !== undefined, loc);
    }
    if ((object.kind === 'object' || object.kind === 'list') && method === 'clone' && args.length === 0) {
      return object.kind === 'object' ? obj(new Map(object.entries), object.loc) : list(object.items.slice(), object.loc);
    }
    return undefined;
  }

  private increment(target: Expression, current: StaticValue, delta: number, node: { start: number; end: number }): StaticValue {
    const n = current.kind === 'unknown' ? undefined : toNumber(current);
    const value = n === undefined ? (current.kind === 'unknown' ? this.propagate(node, current) : this.unknown(node, 'incrementing a value that is not a number')) : num(n + delta, this.loc(node));
    if (target.kind === 'variable') this.assignVariable(target, value);
    else if (target.kind === 'member' || target.kind === 'index') this.mutate(target, (container) => this.replaceStep(container, target, value));
    return value;
  }

  private evalUnary(e: Extract<Expression, { kind: 'unary' }>): StaticValue {
    if (e.operator === '++' || e.operator === '--') {
      const current = this.evalExpr(e.operand);
      return this.increment(e.operand, current, e.operator === '++' ? 1 : -1, e);
    }
    const operand = this.evalExpr(e.operand);
    if (e.operator === ',') {
      this.store(operand);
      return list([operand], this.loc(e));
    }
    if (operand.kind === 'unknown') return this.propagate(e, operand);
    const loc = this.loc(e);
    switch (e.operator) {
      case '!':
      case 'not': {
        const t = truth(operand);
        return t === undefined ? this.unknown(e, 'a condition not known') : bool(!t, loc);
      }
      case '-':
      case '+': {
        const n = toNumber(operand);
        return n === undefined ? this.unknown(e, `${e.operator} of a value that is not a number`) : num(e.operator === '-' ? -n : n, loc);
      }
      case 'bnot': {
        const n = toNumber(operand);
        return n === undefined || !Number.isInteger(n) ? this.unknown(e, '-bnot of a value that is not a whole number') : num(~n, loc);
      }
      case 'split': {
        const text = toText(operand);
        return text === undefined ? this.unknown(e, '-split of a value without a text form') : list(text.split(/\s+/).filter(Boolean).map((part) => str(part, loc)), loc);
      }
      case 'join': {
        const items = operand.kind === 'list' ? operand.items : [operand];
        const parts = items.map((item) => toText(item));
        if (parts.some((p) => p === undefined)) return this.unknown(e, '-join of values without a text form');
        return this.checkString(parts.join(''), e);
      }
      default:
        return this.unknown(e, `the operator ${e.operator}`);
    }
  }

  private evalBinary(e: Extract<Expression, { kind: 'binary' }>): StaticValue {
    const op = e.operator;
    if (op === 'is' || op === 'isnot' || op === 'as') {
      this.evalExpr(e.left);
      return this.unknown(e, `the operator -${op}, which asks for a .NET type`);
    }
    if (op === 'and' || op === 'or') {
      const left = truth(this.evalExpr(e.left));
      if (op === 'and' && left === false) return bool(false, this.loc(e));
      if (op === 'or' && left === true) return bool(true, this.loc(e));
      const right = truth(this.evalExpr(e.right));
      if (op === 'and' && right === false) return bool(false, this.loc(e));
      if (op === 'or' && right === true) return bool(true, this.loc(e));
      if (left === undefined || right === undefined) return this.unknown(e, 'a condition not known');
      return bool(op === 'and' ? left && right : left || right, this.loc(e));
    }
    const left = this.evalExpr(e.left);
    if (op === '??') {
      if (left.kind === 'unknown') return this.propagate(e, left);
      return left.kind === 'null' ? this.evalExpr(e.right) : left;
    }
    const right = this.evalExpr(e.right);
    return this.binaryValue(op, left, right, e);
  }

  /** A binary operator on two values (also for `+=` and kin). */
  private binaryValue(op: string, left: StaticValue, right: StaticValue, e: { start: number; end: number }): StaticValue {
    if (left.kind === 'unknown') return this.propagate(e, left);
    if (right.kind === 'unknown') return this.propagate(e, right);
    const loc = this.loc(e);
    const caseSensitive = op.startsWith('c') && op.length > 2 && op !== 'contains';
    const base = /^[ic](eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|replace|contains|notcontains|in|notin|split)$/.test(op) ? op.slice(1) : op;
    switch (base) {
      case '+':
        return this.add(left, right, e);
      case '-':
      case '*':
      case '/':
      case '%':
        return this.arithmetic(base, left, right, e);
      case '..': {
        const from = toNumber(left);
        const to = toNumber(right);
        if (from === undefined || to === undefined) return this.unknown(e, 'a range between values that are not numbers');
        const a = Math.round(from);
        const b = Math.round(to);
        const count = Math.abs(b - a) + 1;
        if (count > this.bounds.listItems) {
          this.bound('powershell/value-bound', e, `a range of ${thousands(count)} numbers is over the bound of ${thousands(this.bounds.listItems)} items; its value is not read`);
          return this.unknown(e, `a list over the bound of ${thousands(this.bounds.listItems)} items`);
        }
        this.charge(count);
        const step = a <= b ? 1 : -1;
        const items: StaticValue[] = [];
        for (let i = a; step > 0 ? i <= b : i >= b; i += step) items.push(num(i, loc));
        return list(items, loc);
      }
      case 'f': {
        const format = toText(left);
        const args = (right.kind === 'list' ? right.items : [right]) as Known[];
        const text = format === undefined ? undefined : formatOperator(format, args);
        return text === undefined ? this.unknown(e, 'a -f format the reader does not model (a format string or a culture-dependent value)') : this.checkString(text, e);
      }
      case 'join': {
        const separator = toText(right);
        const items = left.kind === 'list' ? left.items : [left];
        const parts = items.map((item) => toText(item));
        if (separator === undefined || parts.some((p) => p === undefined)) return this.unknown(e, '-join of values without a text form');
        return this.checkString(parts.join(separator), e);
      }
      case 'replace': {
        const args = right.kind === 'list' ? right.items : [right];
        const text = toText(left);
        const pattern = args[0] ? toText(args[0]) : undefined;
        const replacement = args[1] ? toText(args[1]) : '';
        if (text === undefined || pattern === undefined || replacement === undefined) return this.unknown(e, '-replace of values without a text form');
        if (!isLiteralPattern(pattern) || replacement.includes('$')) return this.unknown(e, '-replace with a .NET regular expression the reader does not evaluate');
        return this.checkString(replaceLiteral(text, pattern, replacement, caseSensitive), e);
      }
      case 'split': {
        const text = toText(left);
        const separator = toText(right.kind === 'list' ? right.items[0] ?? nul(loc) : right);
        if (text === undefined || separator === undefined) return this.unknown(e, '-split of values without a text form');
        if (!separator || !isLiteralPattern(separator)) return this.unknown(e, '-split with a .NET regular expression the reader does not evaluate');
        const parts = caseSensitive ? text.split(separator) : text.split(new RegExp(separator.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i'));
        return list(parts.map((part) => str(part, loc)), loc);
      }
      case 'match':
      case 'notmatch':
        return this.unknown(e, `-${base} uses a .NET regular expression, which the reader does not evaluate`);
      case 'eq':
      case 'ne': {
        if (left.kind === 'list') {
          // A list on the left filters: the elements that compare.
          const kept = left.items.filter((item) => item.kind !== 'unknown' && scalarEquals(item as Known, right as Known, caseSensitive) === (base === 'eq'));
          if (left.items.some((item) => item.kind === 'unknown' || scalarEquals(item as Known, right as Known, caseSensitive) === undefined)) return this.unknown(e, 'a comparison the reader cannot make');
          return list(kept, loc);
        }
        const equal = scalarEquals(left as Known, right as Known, caseSensitive);
        return equal === undefined ? this.unknown(e, 'a comparison the reader cannot make') : bool(base === 'eq' ? equal : !equal, loc);
      }
      case 'gt':
      case 'ge':
      case 'lt':
      case 'le': {
        const order = scalarCompare(left as Known, right as Known, caseSensitive);
        if (order === undefined) return this.unknown(e, 'a comparison the reader cannot make');
        const result = base === 'gt' ? order > 0 : base === 'ge' ? order >= 0 : base === 'lt' ? order < 0 : order <= 0;
        return bool(result, loc);
      }
      case 'like':
      case 'notlike': {
        const text = toText(left);
        const pattern = toText(right);
        if (text === undefined || pattern === undefined || left.kind === 'list') return this.unknown(e, 'a comparison the reader cannot make');
        const matches = wildcardMatch(text, pattern, caseSensitive);
        return bool(base === 'like' ? matches : !matches, loc);
      }
      case 'contains':
      case 'notcontains':
      case 'in':
      case 'notin': {
        const [collection, item] = base === 'contains' || base === 'notcontains' ? [left, right] : [right, left];
        const items = collection.kind === 'list' ? collection.items : [collection];
        let found = false;
        for (const candidate of items) {
          if (candidate.kind === 'unknown') return this.unknown(e, 'a comparison the reader cannot make');
          const equal = scalarEquals(candidate, item as Known, caseSensitive);
          if (equal === undefined) return this.unknown(e, 'a comparison the reader cannot make');
          if (equal) {
            found = true;
            break;
          }
        }
        return bool(base === 'contains' || base === 'in' ? found : !found, loc);
      }
      case 'xor': {
        const a = truth(left);
        const b = truth(right);
        return a === undefined || b === undefined ? this.unknown(e, 'a condition not known') : bool(a !== b, loc);
      }
      case 'band':
      case 'bor':
      case 'bxor':
      case 'shl':
      case 'shr': {
        const a = toNumber(left);
        const b = toNumber(right);
        if (a === undefined || b === undefined || !Number.isInteger(a) || !Number.isInteger(b) || Math.abs(a) > 2 ** 31 || Math.abs(b) > 2 ** 31) return this.unknown(e, `-${base} of values that are not 32-bit whole numbers`);
        const value = base === 'band' ? a & b : base === 'bor' ? a | b : base === 'bxor' ? a ^ b : base === 'shl' ? a << b : a >> b;
        return num(value, loc);
      }
      default:
        return this.unknown(e, `the operator -${op}`);
    }
  }

  private add(left: Known, right: Known, e: { start: number; end: number }): StaticValue {
    const loc = this.loc(e);
    switch (left.kind) {
      case 'null':
        return right;
      case 'string': {
        const text = toText(right);
        return text === undefined ? this.unknown(e, 'adding a value without a text form to a string') : this.checkString(left.value + text, e);
      }
      case 'list': {
        const extra = right.kind === 'list' ? right.items : [right];
        this.charge(left.items.length + extra.length);
        for (const item of extra) this.store(item);
        for (const item of left.items) this.store(item);
        return list([...left.items, ...extra], loc);
      }
      case 'object': {
        if (right.kind !== 'object') return this.unknown(e, 'adding a value that is not a hashtable to a hashtable');
        const merged = new Map(left.entries);
        for (const [key, value] of right.entries) {
          if (getEntry(left, key)) return this.unknown(e, `adding hashtables that both have the key '${key}', which PowerShell rejects`);
          merged.set(key, value);
        }
        this.charge(merged.size);
        return obj(merged, loc);
      }
      default: {
        const a = toNumber(left);
        const b = toNumber(right);
        return a === undefined || b === undefined ? this.unknown(e, 'adding a value that is not a number to a number') : num(a + b, loc);
      }
    }
  }

  private arithmetic(op: string, left: Known, right: Known, e: { start: number; end: number }): StaticValue {
    const loc = this.loc(e);
    if (op === '*' && (left.kind === 'string' || left.kind === 'list')) {
      const times = toNumber(right);
      if (times === undefined || !Number.isInteger(times) || times < 0) return this.unknown(e, 'repeating by a count that is not a whole number');
      if (left.kind === 'string') {
        if (left.value.length * times > this.bounds.stringLength) return this.checkString('x'.repeat(this.bounds.stringLength + 1), e);
        return this.checkString(left.value.repeat(times), e);
      }
      if (left.items.length * times > this.bounds.listItems) {
        this.bound('powershell/value-bound', e, `a list of ${thousands(left.items.length * times)} items built here is over the bound of ${thousands(this.bounds.listItems)}; its value is not read`);
        return this.unknown(e, `a list over the bound of ${thousands(this.bounds.listItems)} items`);
      }
      const items: StaticValue[] = [];
      for (let i = 0; i < times; i++) items.push(...left.items);
      this.charge(items.length);
      return list(items, loc);
    }
    const a = toNumber(left);
    const b = toNumber(right);
    if (a === undefined || b === undefined) return this.unknown(e, `${op} of values that are not numbers`);
    if ((op === '/' || op === '%') && b === 0) return this.unknown(e, 'a division by zero, which PowerShell rejects');
    const value = op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
    return num(value, loc);
  }
}

// -------------------------------------------------------------------- free helpers

/** `name` as the reader compares commands: lower case, no module or path, no `.exe`, aliases resolved. */
export function normalizeCommandName(name: string): string {
  let base = name.slice(Math.max(name.lastIndexOf('\\'), name.lastIndexOf('/')) + 1).toLowerCase();
  if (base.endsWith('.exe')) base = base.slice(0, -4);
  return ALIASES.get(base) ?? base;
}

function getEntry(object: Extract<StaticValue, { kind: 'object' }>, key: string): StaticValue | undefined {
  const exact = object.entries.get(key);
  if (exact) return exact;
  const folded = key.toLowerCase();
  for (const [k, v] of object.entries) if (k.toLowerCase() === folded) return v;
  return undefined;
}

/** A copy of the hashtable with `key` set (an existing key keeps its spelling). */
function setEntry(container: StaticValue, key: string, value: StaticValue): StaticValue | undefined {
  if (container.kind !== 'object') return undefined;
  const entries = new Map(container.entries);
  const folded = key.toLowerCase();
  let existing = key;
  for (const k of entries.keys()) if (k.toLowerCase() === folded) existing = k;
  entries.set(existing, value);
  return obj(entries, container.loc);
}

function removeEntry(container: Extract<StaticValue, { kind: 'object' }>, key: string): StaticValue {
  const entries = new Map(container.entries);
  const folded = key.toLowerCase();
  for (const k of [...entries.keys()]) if (k.toLowerCase() === folded) entries.delete(k);
  return obj(entries, container.loc);
}

/**
 * Calls `visit` on every statement and expression under `root`, not entering function or
 * configuration bodies (they do not run where they are written) nor opaque constructs.
 */
function walk(root: object, visit: (node: object) => void): void {
  const stack: object[] = [root];
  while (stack.length) {
    const node = stack.pop() as Record<string, unknown>;
    if (Array.isArray(node)) {
      for (const item of node) if (item && typeof item === 'object') stack.push(item);
      continue;
    }
    const kind = node.kind;
    if (kind) visit(node);
    if (node !== root && (kind === 'function' || kind === 'configuration')) continue;
    for (const key in node) {
      const value = node[key];
      if (value && typeof value === 'object') stack.push(value);
    }
  }
}

/** The variables a statement or expression node assigns by itself (not its children). */
function assignedNames(node: object): string[] {
  const n = node as Statement | Expression;
  const variable = (e: Expression | undefined): string[] => {
    while (e && e.kind === 'cast') e = e.operand;
    if (!e) return [];
    if (e.kind === 'variable') return [e.name];
    if (e.kind === 'member' || e.kind === 'index') return variable(e.object);
    if (e.kind === 'array') return e.items.flatMap((item) => variable(item));
    return [];
  };
  switch (n.kind) {
    case 'assignment':
      return variable(n.target);
    case 'foreach':
      return variable(n.variable);
    case 'postfix':
      return variable(n.operand);
    case 'unary':
      return n.operator === '++' || n.operator === '--' ? variable(n.operand) : [];
    case 'invoke':
      // $h.Add(...) and other methods may change what the variable holds.
      return PURE_METHODS.has((n.member.kind === 'string' ? n.member.value : '').toLowerCase()) ? [] : variable(n.object);
    case 'param':
      return n.block.parameters.map((p) => p.name);
    default:
      return [];
  }
}

/** The words of a `--%` verbatim argument, split as a Windows program splits its command line, with their offsets. */
function splitVerbatim(text: string, base: number): { text: string; value: string; start: number; end: number }[] {
  const pieces: { text: string; value: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    let value = '';
    let quoted = false;
    while (i < text.length && (quoted || !/\s/.test(text[i]))) {
      if (text[i] === '"') quoted = !quoted;
      else value += text[i];
      i++;
    }
    pieces.push({ text: text.slice(start, i), value, start: base + start, end: base + i });
  }
  return pieces;
}

export { numberText };
