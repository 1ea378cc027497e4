import type { Parser } from 'web-tree-sitter';
import type { Diagnostic, SourceRange } from '../../core/types.js';
import { fileTooLarge } from '../../core/words.js';
import { AzureEvaluation, DEFAULT_AZURE_BOUNDS, WHY, type AzureBounds, type AzureFileReader, type UnknownValue } from '../arm/context.js';
import { callTemplateFunction, entryOf, textOf, valuesEqual } from '../arm/functions.js';
import { jsonLiteralValue, parseJsonText } from '../arm/json.js';
import { joinParts, literalString, partsOf, type StringPart } from '../arm/parts.js';
import { LineIndex } from '../arm/positions.js';
import { checkNameSegments, composeName, isFullType, linkParents, type AzureDeployment, type AzureResource } from '../arm/resource.js';
import { indexInto, readArmTemplateInto } from '../arm/template.js';
import { parserFor } from '../tree-sitter/grammars.js';
import { firstUnknown, type StaticValue } from '../values.js';
import { decodeEscapes, multilineValue } from './strings.js';
import { field, hasToken, named, parseBicepSyntax, TOO_DEEP, type Syntax } from './syntax.js';

export interface BicepReadOptions {
  /** Values of the file's parameters by name (what a `.bicepparam` file or a caller gives); they win over defaults. */
  parameterValues?: ReadonlyMap<string, StaticValue>;
  /** Reads the files Bicep pulls in: modules, the `using` target of a `.bicepparam`, `loadTextContent`/`loadJsonContent`. */
  readFile?: AzureFileReader;
  bounds?: Partial<AzureBounds>;
}

/**
 * Reads a Bicep file: its resources with full types and names (`parent:` and nested resources
 * composed with their parents'), `for` loops expanded over known arrays, `if` conditions decided
 * where known, expressions evaluated as ARM evaluates the functions they compile to, and local
 * modules read through the reader with the parameters they are given. Never throws.
 */
export async function readBicep(text: string, file: string, options: BicepReadOptions = {}): Promise<AzureDeployment> {
  return readBicepWith(await parserFor('bicep'), text, file, options);
}

/** `readBicep` with a parser at hand (synchronous). */
export function readBicepWith(parser: Parser, text: string, file: string, options: BicepReadOptions = {}): AzureDeployment {
  const evaluation = new AzureEvaluation('bicep', { ...DEFAULT_AZURE_BOUNDS, ...options.bounds });
  const result = emptyResult(file, evaluation);
  const reader = new BicepReader(parser, evaluation, options.readFile);
  const given = new Map(options.parameterValues ?? []);
  const parameters = reader.readFile(text, file, given, undefined, 0, [file], result.resources);
  linkParents(result.resources);
  if (parameters) for (const [name, value] of parameters) result.parameters.set(name, value);
  inTextOrder(result.diagnostics);
  return result;
}

/**
 * Reads a `.bicepparam` file: its `param` values, then the Bicep file it names in `using`
 * (through the reader) with those values. The result is that file's deployment; its `file` is
 * the parameter file, and `using` what it names.
 */
export async function readBicepParams(text: string, file: string, options: Omit<BicepReadOptions, 'parameterValues'> = {}): Promise<AzureDeployment & { using?: string }> {
  return readBicepParamsWith(await parserFor('bicep'), text, file, options);
}

export function readBicepParamsWith(parser: Parser, text: string, file: string, options: Omit<BicepReadOptions, 'parameterValues'> = {}): AzureDeployment & { using?: string } {
  const evaluation = new AzureEvaluation('bicep', { ...DEFAULT_AZURE_BOUNDS, ...options.bounds });
  const result: AzureDeployment & { using?: string } = emptyResult(file, evaluation);
  const reader = new BicepReader(parser, evaluation, options.readFile);
  const params = reader.readParamsFile(text, file);
  if (!params) return result;
  result.using = params.using;
  const index = new LineIndex(file, text);
  if (params.using === undefined || !options.readFile) return result;
  if (/^(br|ts)[:/]/i.test(params.using) || params.using === 'none') return result;
  const read = options.readFile(params.using, file);
  if ('error' in read) {
    evaluation.diagnose('using', `${params.using} is not read: ${read.error}`, params.usingLoc ?? index.range(0, 0));
    return result;
  }
  evaluation.filesRead.push(read.file);
  const parameters = reader.readFile(read.text, read.file, params.values, undefined, 0, [file, read.file], result.resources);
  linkParents(result.resources);
  if (parameters) for (const [name, value] of parameters) result.parameters.set(name, value);
  inTextOrder(result.diagnostics);
  return result;
}

function emptyResult(file: string, evaluation: AzureEvaluation): AzureDeployment {
  return { language: 'bicep', file, recognized: true, resources: [], parameters: new Map(), diagnostics: evaluation.diagnostics, filesRead: evaluation.filesRead };
}

// ---------------------------------------------------------------------------------------

/** A symbol that stands for a resource or a module (not a value): `zone.name`, `zones[0]`, `parent: zone`. */
type Ref = { kind: 'resource'; decl: ResourceDecl; instance?: number; loc: SourceRange } | { kind: 'module'; decl: ModuleDecl; instance?: number; loc: SourceRange };
type Value = StaticValue | Ref;

type Slot = { name: string; loc: SourceRange; state: 'pending' | 'busy' | 'done'; value?: StaticValue; compute: () => StaticValue };

type Binding =
  | { kind: 'slot'; slot: Slot }
  | { kind: 'value'; value: Value }
  | { kind: 'resource'; decl: ResourceDecl }
  | { kind: 'module'; decl: ModuleDecl }
  | { kind: 'opaque'; reason: string };

/** The file an expression is in, and the chain of modules that led to it. */
interface FileContext {
  index: LineIndex;
  depth: number;
  chain: readonly string[];
  deployment?: AzureResource;
  /** Ranges of statements with syntax errors: a symbol they name that is not declared is not said again. */
  damaged: Array<{ start: number; end: number }>;
}

interface Scope {
  bindings: Map<string, Binding>;
  parent?: Scope;
  file: FileContext;
}

interface ResourceDecl {
  symbol: string;
  node: Syntax;
  scope: Scope;
  /** The type as written; a nested resource's is relative to its parent's (`CNAME` inside a zone). */
  writtenType: string;
  typeLoc: SourceRange;
  writtenApiVersion?: string;
  existing: boolean;
  /** The instance this is declared inside (a nested resource). */
  enclosing?: ResourceInstance;
  isLoop: boolean;
  state: 'pending' | 'busy' | 'done';
  instances: ResourceInstance[];
}

interface ResourceInstance {
  decl: ResourceDecl;
  /** The name as declared (`child.name` reads this one, not the full name). */
  written: StaticValue;
  resource?: AzureResource;
  children: ResourceDecl[];
}

interface ModuleDecl {
  symbol: string;
  node: Syntax;
  scope: Scope;
  path: StaticValue;
  isLoop: boolean;
  state: 'pending' | 'busy' | 'done';
  instances: Array<{ resource: AzureResource; written: StaticValue; resources: AzureResource[] }>;
}

/** What a loop or condition gives a declaration's body: its scope, and how the instance is marked. */
interface Iteration {
  body: Syntax;
  scope: Scope;
  condition?: StaticValue;
  loop?: AzureResource['loop'];
}

const BINARY_FUNCTIONS: Record<string, string> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod', '<': 'less', '<=': 'lessOrEquals', '>': 'greater', '>=': 'greaterOrEquals' };

const VALUE_NODES = new Set(['object', 'if_statement', 'for_statement']);

class BicepReader {
  constructor(
    private readonly parser: Parser,
    private readonly evaluation: AzureEvaluation,
    private readonly reader: AzureFileReader | undefined,
  ) {}

  // -- Files -----------------------------------------------------------------------------

  /**
   * Reads one Bicep file into `out` (its resources, then each module's): returns its parameters'
   * values, or undefined when it was not read (over the size bound).
   */
  readFile(text: string, file: string, given: ReadonlyMap<string, StaticValue>, deployment: AzureResource | undefined, depth: number, chain: readonly string[], out: AzureResource[]): Map<string, StaticValue> | undefined {
    const index = new LineIndex(file, text);
    if (text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose('too-large', fileTooLarge(text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), 'error');
      return undefined;
    }
    const root = parseBicepSyntax(this.parser, index, this.evaluation);
    const scope: Scope = { bindings: new Map(), file: { index, depth, chain, deployment, damaged: damagedRanges(root) } };
    const order: Array<ResourceDecl | ModuleDecl> = [];
    const parameterSlots: Slot[] = [];
    const variableSlots: Slot[] = [];
    for (const statement of root.children) {
      const declared = this.declare(statement, scope, given);
      if (declared && 'compute' in declared) (statement.type === 'parameter_declaration' ? parameterSlots : variableSlots).push(declared);
      else if (declared) order.push(declared);
    }
    // Every variable is evaluated, used or not, so what is wrong in one is said, in the order of the text.
    for (const slot of variableSlots) this.resolve(slot);
    for (const decl of order) this.emit(decl, out);
    const parameters = new Map<string, StaticValue>();
    for (const slot of parameterSlots) parameters.set(slot.name, this.resolve(slot));
    return parameters;
  }

  /**
   * Reads a `.bicepparam` file: `using` and the values of its `param`s. The grammar reads
   * `param x = value` (no type) as a broken declaration, so each `param` keyword is read as
   * `var  ` (same length: every position stays where it was) and the values are read as the
   * variables they then are.
   */
  readParamsFile(text: string, file: string): { using?: string; usingLoc?: SourceRange; values: Map<string, StaticValue> } | undefined {
    const index = new LineIndex(file, text);
    if (text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose('too-large', fileTooLarge(text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), 'error');
      return undefined;
    }
    const first = parseBicepSyntax(this.parser, index, new AzureEvaluation('bicep', this.evaluation.bounds));
    const keywords: number[] = [];
    const visit = (node: Syntax) => {
      if (!node.named && node.type === 'param') keywords.push(node.start);
      for (const child of node.children) visit(child);
    };
    visit(first);
    let patched = text;
    for (const at of keywords.sort((a, b) => b - a)) patched = `${patched.slice(0, at)}var  ${patched.slice(at + 5)}`;
    const patchedIndex = new LineIndex(file, patched);
    const root = parseBicepSyntax(this.parser, patchedIndex, this.evaluation);
    const scope: Scope = { bindings: new Map(), file: { index: patchedIndex, depth: 0, chain: [file], damaged: damagedRanges(root) } };
    const params: Slot[] = [];
    let using: string | undefined;
    let usingLoc: SourceRange | undefined;
    const keywordSet = new Set(keywords);
    for (const statement of root.children) {
      if (statement.type === 'using_statement') {
        const target = named(statement)[0];
        const value = target ? this.evaluate(target, scope) : undefined;
        if (value?.kind === 'string') {
          using = value.value;
          usingLoc = value.loc;
        }
        continue;
      }
      const declared = this.declare(statement, scope, new Map());
      if (statement.type === 'variable_declaration' && keywordSet.has(statement.start) && declared && 'compute' in declared) params.push(declared);
    }
    const values = new Map<string, StaticValue>();
    for (const slot of params) values.set(slot.name, this.resolve(slot));
    return { using, usingLoc, values };
  }

  /** Binds a top-level statement's symbol; gives back what the file's walk needs (its declarations in order, its parameters). */
  private declare(statement: Syntax, scope: Scope, given: ReadonlyMap<string, StaticValue>): ResourceDecl | ModuleDecl | Slot | undefined {
    const index = scope.file.index;
    const name = named(statement).find((child) => child.type === 'identifier' || child.field === 'name');
    const symbol = name ? index.text.slice(name.start, name.end) : '';
    const bind = (binding: Binding) => {
      if (!symbol) return;
      if (scope.bindings.has(symbol)) {
        this.evaluation.diagnose('duplicate', `'${symbol}' is declared more than once; the first declaration is read`, this.loc(scope, name!));
        return;
      }
      scope.bindings.set(symbol, binding);
    };
    switch (statement.type) {
      case 'parameter_declaration': {
        const defaultValue = afterToken(statement, '=');
        const slot: Slot = {
          name: symbol,
          loc: this.loc(scope, name ?? statement),
          state: 'pending',
          compute: () => {
            const supplied = given.get(symbol);
            if (supplied) return supplied;
            if (defaultValue) return this.staticOf(this.evaluate(defaultValue, scope), defaultValue, scope);
            return this.evaluation.unknown(symbol, WHY.parameterWithoutValue(symbol), this.loc(scope, name ?? statement));
          },
        };
        bind({ kind: 'slot', slot });
        return slot;
      }
      case 'variable_declaration': {
        const value = afterToken(statement, '=');
        const slot: Slot = {
          name: symbol,
          loc: this.loc(scope, name ?? statement),
          state: 'pending',
          compute: () => (value ? this.staticOf(this.evaluate(value, scope), value, scope) : this.evaluation.unknown(symbol, WHY.syntax, this.loc(scope, statement))),
        };
        bind({ kind: 'slot', slot });
        return slot.name ? slot : undefined;
      }
      case 'resource_declaration': {
        const decl = this.resourceDecl(statement, scope, undefined);
        if (decl) bind({ kind: 'resource', decl });
        return decl;
      }
      case 'module_declaration': {
        const pathNode = named(statement).find((child) => child.type === 'string');
        const value = statement.children.find((child) => VALUE_NODES.has(child.type));
        if (!pathNode || !value) return undefined;
        const decl: ModuleDecl = { symbol, node: statement, scope, path: this.staticOf(this.evaluate(pathNode, scope), pathNode, scope), isLoop: value.type === 'for_statement', state: 'pending', instances: [] };
        bind({ kind: 'module', decl });
        return decl;
      }
      case 'user_defined_function':
        bind({ kind: 'opaque', reason: WHY.notEvaluated(symbol) });
        return undefined;
      case 'import_functionality': {
        const from = named(statement).find((child) => child.type === 'string');
        const source = from ? index.text.slice(from.start, from.end) : 'another file';
        const identifiers = named(statement).filter((child) => child.type === 'identifier');
        // `import { a as b } from ...` binds b; `import { a } ...` binds a; `import * as ns ...` binds ns.
        const bound = hasToken(statement, '*') ? identifiers.slice(-1) : identifiers.filter((child, i) => !(identifiers[i + 1] && statement.children.some((token) => token.type === 'as' && token.start > child.end && token.end <= identifiers[i + 1].start)));
        for (const identifier of bound) scope.bindings.set(index.text.slice(identifier.start, identifier.end), { kind: 'opaque', reason: `imported from ${source}, which is not read` });
        return undefined;
      }
      case 'import_statement':
      case 'import_with_statement': {
        const alias = named(statement).filter((child) => child.type === 'identifier').pop();
        if (alias) scope.bindings.set(index.text.slice(alias.start, alias.end), { kind: 'opaque', reason: 'an extension namespace is not evaluated' });
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** Pushes a declaration's instances into `out`, each followed by what it contains (nested resources, a module's resources). */
  private emit(decl: ResourceDecl | ModuleDecl, out: AzureResource[]): void {
    if ('writtenType' in decl) {
      for (const instance of this.instancesOf(decl)) {
        if (!instance.resource) continue;
        out.push(instance.resource);
        for (const child of instance.children) this.emit(child, out);
      }
      return;
    }
    for (const instance of this.moduleInstances(decl)) {
      out.push(instance.resource);
      for (const resource of instance.resources) out.push(resource);
    }
  }

  // -- Resources ---------------------------------------------------------------------------

  private resourceDecl(statement: Syntax, scope: Scope, enclosing: ResourceInstance | undefined): ResourceDecl | undefined {
    const index = scope.file.index;
    const name = named(statement).find((child) => child.type === 'identifier');
    const typeNode = named(statement).find((child) => child.type === 'string');
    const value = statement.children.find((child) => VALUE_NODES.has(child.type));
    if (!name || !typeNode || !value) return undefined;
    const typeValue = this.evaluate(typeNode, scope);
    if (typeValue.kind !== 'string' || typeValue.value.length === 0) {
      this.evaluation.diagnose('resource', "a resource's type is not a literal string; it is not read", this.loc(scope, typeNode));
      return undefined;
    }
    const at = typeValue.value.lastIndexOf('@');
    return {
      symbol: index.text.slice(name.start, name.end),
      node: statement,
      scope,
      writtenType: at >= 0 ? typeValue.value.slice(0, at) : typeValue.value,
      typeLoc: this.loc(scope, typeNode),
      writtenApiVersion: at >= 0 ? typeValue.value.slice(at + 1) : undefined,
      existing: hasToken(statement, 'existing'),
      enclosing,
      isLoop: value.type === 'for_statement',
      state: 'pending',
      instances: [],
    };
  }

  /** A resource declaration's instances, made on first use (a reference to a symbol declared further down works). */
  private instancesOf(decl: ResourceDecl): ResourceInstance[] {
    if (decl.state === 'done') return decl.instances;
    if (decl.state === 'busy') {
      this.evaluation.diagnose('cycle', `resource '${decl.symbol}' depends on itself`, this.loc(decl.scope, decl.node));
      return [];
    }
    decl.state = 'busy';
    const value = decl.node.children.find((child) => VALUE_NODES.has(child.type))!;
    for (const iteration of this.iterate(value, decl.scope, decl.symbol, decl.enclosing?.resource?.condition)) this.makeInstance(decl, iteration);
    decl.state = 'done';
    return decl.instances;
  }

  private makeInstance(decl: ResourceDecl, iteration: Iteration): void {
    const { body, condition, loop } = iteration;
    const scope: Scope = { bindings: new Map(), parent: iteration.scope, file: iteration.scope.file };
    const instance: ResourceInstance = { decl, written: { kind: 'null', loc: this.loc(scope, body) }, children: [] };
    decl.instances.push(instance);
    const entries = new Map<string, StaticValue>();
    let parentRef: Extract<Ref, { kind: 'resource' }> | undefined;
    for (const property of named(body)) {
      if (property.type !== 'object_property') continue;
      const nested = property.children.find((child) => child.type === 'resource_declaration');
      if (nested) {
        const child = this.resourceDecl(nested, scope, instance);
        if (!child) continue;
        instance.children.push(child);
        scope.bindings.set(child.symbol, { kind: 'resource', decl: child });
      }
    }
    for (const property of named(body)) {
      if (property.type !== 'object_property' || property.children.some((child) => child.type === 'resource_declaration')) continue;
      const key = this.propertyKey(property, scope);
      const valueNode = propertyValue(property);
      if (key === undefined || !valueNode) continue;
      const value = this.evaluate(valueNode, scope);
      if (key === 'parent') {
        if (value.kind === 'resource') parentRef = value;
        else this.evaluation.diagnose('parent', "'parent' is not a resource symbol", this.loc(scope, valueNode));
        continue;
      }
      entries.set(key, this.staticOf(value, valueNode, scope));
    }
    const loc = this.loc(scope, decl.node);
    const bodyValue: StaticValue = { kind: 'object', entries, loc: this.loc(scope, body) };
    const parent = parentRef ? this.instanceOf(parentRef) : decl.enclosing;
    if (parentRef && !parent) this.evaluation.diagnose('parent', `the parent of '${decl.symbol}' is a resource that is not deployed or is a loop without an index`, parentRef.loc);
    const written = entries.get('name') ?? this.evaluation.unknown(decl.symbol, WHY.error('the resource has no name'), loc);
    instance.written = written;
    const parentResource = parent?.resource;
    const { name, segments } = composeName(written, parentResource?.nameSegments, written.loc);
    const resource: AzureResource = {
      language: 'bicep',
      type: this.typeOf(decl),
      typeLoc: decl.typeLoc,
      name,
      nameSegments: segments,
      properties: entryOf(bodyValue, 'properties') ?? { kind: 'null', loc },
      body: bodyValue,
      symbol: decl.symbol,
      loc,
    };
    const apiVersion = this.apiVersionOf(decl);
    if (apiVersion !== undefined) resource.apiVersion = apiVersion;
    if (parentResource) resource.parent = parentResource;
    if (condition) resource.condition = condition;
    if (loop) resource.loop = loop;
    if (decl.existing) resource.existing = true;
    if (scope.file.deployment) resource.deployment = scope.file.deployment;
    instance.resource = resource;
    checkNameSegments(resource, this.evaluation, written.loc);
  }

  /** A resource's full type: a nested resource's type follows its parent's. */
  private typeOf(decl: ResourceDecl): string {
    const parent = decl.enclosing?.resource;
    return parent && !isFullType(decl.writtenType) ? `${parent.type}/${decl.writtenType}` : decl.writtenType;
  }

  private apiVersionOf(decl: ResourceDecl): string | undefined {
    return decl.writtenApiVersion ?? (isFullType(decl.writtenType) ? undefined : decl.enclosing?.resource?.apiVersion);
  }

  /** The instance a reference stands for: its index, or the only instance of a declaration that is not a loop. */
  private instanceOf(ref: Extract<Ref, { kind: 'resource' }>): ResourceInstance | undefined {
    const instances = this.instancesOf(ref.decl);
    if (ref.instance !== undefined) return instances[ref.instance];
    return ref.decl.isLoop ? undefined : instances[0];
  }

  /**
   * The bodies a declaration's value gives: one for an object, none or one for `if`, one per item
   * for `for` (one standing for the loop when its array is unknown).
   */
  private iterate(value: Syntax, scope: Scope, loopName: string, inherited: StaticValue | undefined): Iteration[] {
    if (value.type === 'object') return [{ body: value, scope, condition: inherited }];
    if (value.type === 'if_statement') {
      const test = named(value).find((child) => child.type === 'parenthesized_expression');
      const body = named(value).find((child) => child.type === 'object');
      if (!body) return [];
      const condition = test ? this.condition(test, scope) : this.evaluation.unknown('if', WHY.syntax, this.loc(scope, value));
      if (condition.kind === 'bool') return condition.value ? [{ body, scope, condition: inherited }] : [];
      return [{ body, scope, condition: inherited ?? condition }];
    }
    const loop = this.forLoop(value, scope);
    if (!loop) return [];
    const iterations: Iteration[] = [];
    const loopLoc = this.loc(scope, value);
    for (const item of loop.items(loopName)) {
      const bodyNode = item.body;
      const marker = { name: loopName, loc: loopLoc, ...(item.index === undefined ? {} : { index: item.index }) };
      if (bodyNode.type === 'if_statement') {
        for (const iteration of this.iterate(bodyNode, item.scope, loopName, inherited)) iterations.push({ ...iteration, loop: marker });
      } else if (bodyNode.type === 'object') iterations.push({ body: bodyNode, scope: item.scope, condition: inherited, loop: marker });
    }
    return iterations;
  }

  private condition(test: Syntax, scope: Scope): StaticValue {
    const inner = named(test)[0];
    if (!inner) return this.evaluation.unknown('', WHY.syntax, this.loc(scope, test));
    const value = this.staticOf(this.evaluate(inner, scope), inner, scope);
    if (value.kind === 'bool' || value.kind === 'unknown') return value;
    return this.evaluation.unknown(this.text(scope, inner), WHY.error('the condition is not a bool'), value.loc);
  }

  /**
   * A `for` expression: `[for x in xs: body]`, `[for (x, i) in xs: body]`, `[for i in range(0, 3): body]`.
   * Gives the items with the loop variables bound, within the loop bound.
   */
  private forLoop(node: Syntax, scope: Scope): { items: (name: string) => Array<{ body: Syntax; scope: Scope; index?: number }> } | undefined {
    const parameters = node.children.find((child) => child.type === 'for_loop_parameters');
    const initializer = field(node, 'initializer');
    const inAt = node.children.findIndex((child) => child.type === 'in');
    const colonAt = node.children.findIndex((child, i) => i > inAt && child.type === ':');
    const iterable = inAt >= 0 ? node.children.slice(inAt + 1, colonAt >= 0 ? colonAt : undefined).find((child) => child.named) : undefined;
    const body = field(node, 'body');
    if (!iterable || !body) return undefined;
    const index = scope.file.index;
    const itemName = parameters ? named(parameters).find((child) => child.type === 'loop_variable') : initializer;
    const indexName = parameters ? named(parameters).find((child) => child.type === 'loop_enumerator') : undefined;
    const itemSymbol = itemName ? index.text.slice(itemName.start, itemName.end) : undefined;
    const indexSymbol = indexName ? index.text.slice(indexName.start, indexName.end) : undefined;
    return {
      items: (name: string) => {
        const array = this.staticOf(this.evaluate(iterable, scope), iterable, scope);
        const bindings = (item: Value, position: Value): Scope => {
          const bound: Scope = { bindings: new Map(), parent: scope, file: scope.file };
          if (itemSymbol) bound.bindings.set(itemSymbol, { kind: 'value', value: item });
          if (indexSymbol) bound.bindings.set(indexSymbol, { kind: 'value', value: position });
          return bound;
        };
        if (array.kind !== 'list') {
          const reason = array.kind === 'unknown' ? array.reason : WHY.error('the loop is not over an array');
          const unknown = this.evaluation.unknown(this.text(scope, iterable), reason, array.loc);
          return [{ body, scope: bindings(unknown, { ...unknown, expression: indexSymbol ?? '' }) }];
        }
        const granted = this.evaluation.takeInstances(array.items.length, this.loc(scope, node), `'${name}'`);
        const items: Array<{ body: Syntax; scope: Scope; index?: number }> = [];
        for (let i = 0; i < granted; i++) items.push({ body, scope: bindings(array.items[i], { kind: 'number', value: i, loc: array.items[i].loc }), index: i });
        return items;
      },
    };
  }

  // -- Modules -----------------------------------------------------------------------------

  private moduleInstances(decl: ModuleDecl): ModuleDecl['instances'] {
    if (decl.state === 'done') return decl.instances;
    if (decl.state === 'busy') {
      this.evaluation.diagnose('cycle', `module '${decl.symbol}' depends on itself`, this.loc(decl.scope, decl.node));
      return [];
    }
    decl.state = 'busy';
    const value = decl.node.children.find((child) => VALUE_NODES.has(child.type))!;
    for (const iteration of this.iterate(value, decl.scope, decl.symbol, undefined)) this.makeModule(decl, iteration);
    decl.state = 'done';
    return decl.instances;
  }

  private makeModule(decl: ModuleDecl, iteration: Iteration): void {
    const { body, scope, condition, loop } = iteration;
    const entries = new Map<string, StaticValue>();
    for (const property of named(body)) {
      if (property.type !== 'object_property') continue;
      const key = this.propertyKey(property, scope);
      const valueNode = propertyValue(property);
      if (key === undefined || !valueNode) continue;
      entries.set(key, this.staticOf(this.evaluate(valueNode, scope), valueNode, scope));
    }
    const loc = this.loc(scope, decl.node);
    const bodyValue: StaticValue = { kind: 'object', entries, loc: this.loc(scope, body) };
    const written = entries.get('name') ?? this.evaluation.unknown(decl.symbol, WHY.moduleName, loc);
    const { name, segments } = composeName(written, undefined, written.loc);
    const resource: AzureResource = {
      language: 'bicep',
      type: 'Microsoft.Resources/deployments',
      typeLoc: decl.path.loc,
      name,
      nameSegments: segments,
      properties: { kind: 'null', loc },
      body: bodyValue,
      symbol: decl.symbol,
      loc,
    };
    if (condition) resource.condition = condition;
    if (loop) resource.loop = loop;
    if (scope.file.deployment) resource.deployment = scope.file.deployment;
    const instance = { resource, written, resources: [] as AzureResource[] };
    decl.instances.push(instance);
    const params = entryOf(bodyValue, 'params');
    const given = new Map<string, StaticValue>();
    if (params?.kind === 'object') for (const [key, value] of params.entries) given.set(key, value);
    this.readModule(decl, scope, given, resource, instance.resources);
  }

  private readModule(decl: ModuleDecl, scope: Scope, given: Map<string, StaticValue>, deployment: AzureResource, out: AzureResource[]): void {
    const path = decl.path;
    if (path.kind !== 'string') return;
    if (/^(br|ts)[:/]/i.test(path.value)) {
      this.evaluation.diagnose('module-not-read', `module ${path.value} is in a registry; its resources are not read`, path.loc, 'info');
      return;
    }
    if (!this.reader) return;
    if (scope.file.depth + 1 > this.evaluation.bounds.maxDeploymentDepth) {
      this.evaluation.diagnose('deployment-depth', `modules go deeper than ${this.evaluation.bounds.maxDeploymentDepth} levels; ${path.value} is not read`, path.loc);
      return;
    }
    const read = this.reader(path.value, scope.file.index.file);
    if ('error' in read) {
      this.evaluation.diagnose('module', `module ${path.value} is not read: ${read.error}`, path.loc);
      return;
    }
    if (scope.file.chain.includes(read.file)) {
      this.evaluation.diagnose('module', `module ${path.value} includes itself (${[...scope.file.chain, read.file].join(' -> ')}); not read again`, path.loc);
      return;
    }
    this.evaluation.filesRead.push(read.file);
    if (/\.json$/i.test(read.file)) {
      if (!readArmTemplateInto(read.text, read.file, this.evaluation, given, deployment, scope.file.depth + 1, this.reader, out)) {
        this.evaluation.diagnose('module', `module ${path.value} is not an ARM deployment template`, path.loc);
      }
      return;
    }
    this.readFile(read.text, read.file, given, deployment, scope.file.depth + 1, [...scope.file.chain, read.file], out);
  }

  // -- Expressions ---------------------------------------------------------------------------

  private loc(scope: Scope, node: Syntax): SourceRange {
    return scope.file.index.range(node.start, node.end);
  }

  private text(scope: Scope, node: Syntax): string {
    return scope.file.index.text.slice(node.start, node.end);
  }

  private resolve(slot: Slot): StaticValue {
    if (slot.state === 'done') return slot.value!;
    if (slot.state === 'busy') {
      this.evaluation.diagnose('cycle', `'${slot.name}' refers to itself through its own value`, slot.loc);
      return this.evaluation.unknown(slot.name, WHY.cycle(slot.name), slot.loc);
    }
    slot.state = 'busy';
    const value = this.evaluation.deeper(slot.loc, slot.name, slot.compute);
    slot.state = 'done';
    slot.value = value;
    return value;
  }

  /** A value as a static value: a resource or module symbol used as a value is unknown (it stands for the deployed resource). */
  private staticOf(value: Value, node: Syntax, scope: Scope): StaticValue {
    if (value.kind !== 'resource' && value.kind !== 'module') return value;
    return this.evaluation.unknown(this.text(scope, node), WHY.afterDeployment(`the ${value.kind} '${value.decl.symbol}'`), this.loc(scope, node));
  }

  private lookup(symbol: string, scope: Scope): Binding | undefined {
    for (let at: Scope | undefined = scope; at; at = at.parent) {
      const binding = at.bindings.get(symbol);
      if (binding) return binding;
    }
    return undefined;
  }

  private propertyKey(property: Syntax, scope: Scope): string | undefined {
    const key = property.children[0];
    if (!key) return undefined;
    if (key.type === 'identifier') return this.text(scope, key);
    if (key.type === 'compatible_identifier') return this.text(scope, named(key)[0] ?? key);
    if (key.type === 'string') {
      const value = this.evaluate(key, scope);
      return value.kind === 'string' ? value.value : undefined;
    }
    return this.text(scope, key);
  }

  evaluate(node: Syntax, scope: Scope): Value {
    const loc = this.loc(scope, node);
    if (!this.evaluation.step(loc)) return this.evaluation.unknown(this.text(scope, node).slice(0, 200), WHY.bound, loc);
    switch (node.type) {
      case 'string':
        return this.stringValue(node, scope, loc);
      case 'number':
        return { kind: 'number', value: Number(this.text(scope, node)), loc };
      case 'boolean':
        return { kind: 'bool', value: this.text(scope, node) === 'true', loc };
      case 'null':
        return { kind: 'null', loc };
      case 'array':
        return this.arrayValue(node, scope, loc);
      case 'object': {
        const entries = new Map<string, StaticValue>();
        for (const property of named(node)) {
          if (property.type !== 'object_property') continue;
          const key = this.propertyKey(property, scope);
          const valueNode = propertyValue(property);
          if (key !== undefined && valueNode) entries.set(key, this.staticOf(this.evaluate(valueNode, scope), valueNode, scope));
        }
        return { kind: 'object', entries, loc };
      }
      case 'identifier':
        return this.identifier(node, scope, loc);
      case 'parenthesized_expression': {
        const inner = named(node);
        return inner.length === 1 ? this.evaluate(inner[0], scope) : this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
      }
      case 'member_expression':
        return this.member(node, scope, loc);
      case 'subscript_expression':
        return this.subscript(node, scope, loc);
      case 'resource_expression':
        return this.nestedSymbol(node, scope, loc);
      case 'call_expression':
        return this.call(node, scope, loc);
      case 'unary_expression':
        return this.unary(node, scope, loc);
      case 'binary_expression':
        return this.binary(node, scope, loc);
      case 'ternary_expression': {
        const test = field(node, 'condition');
        const condition = test ? this.staticOf(this.evaluate(test, scope), test, scope) : undefined;
        if (condition?.kind === 'bool') {
          const branch = field(node, condition.value ? 'consequence' : 'alternative');
          if (branch) return this.evaluate(branch, scope);
        }
        return this.evaluation.unknown(this.text(scope, node), condition?.kind === 'unknown' ? condition.reason : WHY.error('the condition is not a bool'), loc);
      }
      case 'for_statement':
        return this.forValue(node, scope, loc);
      case TOO_DEEP:
        return this.evaluation.unknown(this.text(scope, node).slice(0, 200), WHY.bound, loc);
      case 'lambda_expression':
        return this.evaluation.unknown(this.text(scope, node), WHY.notEvaluated('a lambda outside map, filter, reduce or toObject'), loc);
      default:
        return this.evaluation.unknown(this.text(scope, node).slice(0, 200), WHY.syntax, loc);
    }
  }

  private stringValue(node: Syntax, scope: Scope, loc: SourceRange): StaticValue {
    const text = scope.file.index.text;
    const index = scope.file.index;
    if (text.startsWith("'''", node.start)) {
      const closed = node.end - node.start >= 6 && text.startsWith("'''", node.end - 3);
      const contentEnd = closed ? node.end - 3 : node.end;
      const { value, skipped } = multilineValue(text.slice(node.start + 3, contentEnd));
      return literalString(value, loc, index.range(node.start + 3 + skipped, contentEnd), false);
    }
    const last = node.children[node.children.length - 1];
    const contentEnd = last && last.type === "'" && !last.missing && node.children.length > 1 ? last.start : node.end;
    const parts: StringPart[] = [];
    let at = node.start + 1;
    let exact = true;
    const literalRun = (end: number) => {
      if (end <= at) return;
      const decoded = decodeEscapes(text.slice(at, end), at);
      for (const bad of decoded.badEscapes) this.evaluation.diagnose('syntax', `'${bad.text}' is not an escape Bicep knows (\\\\ \\' \\n \\r \\t \\$ \\u{...})`, index.range(bad.offset, bad.offset + bad.text.length), 'error');
      exact &&= decoded.exact;
      parts.push({ text: decoded.value, loc: index.range(at, end), exact: decoded.exact });
    };
    for (const child of node.children) {
      if (child.type !== 'interpolation') continue;
      literalRun(child.start);
      const inner = named(child)[0];
      const value = inner ? this.staticOf(this.evaluate(inner, scope), inner, scope) : this.evaluation.unknown(this.text(scope, child), WHY.syntax, this.loc(scope, child));
      for (const part of partsOf(value, textOf)) parts.push(part);
      at = child.end;
    }
    literalRun(contentEnd);
    if (parts.length === 0) return literalString('', loc, index.range(node.start + 1, contentEnd), true);
    if (parts.length === 1 && !('unknown' in parts[0]) && node.children.every((child) => child.type !== 'interpolation')) {
      return literalString(parts[0].text, loc, parts[0].loc, exact);
    }
    return joinParts(parts, loc, this.text(scope, node), this.evaluation);
  }

  private arrayValue(node: Syntax, scope: Scope, loc: SourceRange): StaticValue {
    const items: StaticValue[] = [];
    for (const child of named(node)) {
      if (child.type === 'decorators') continue;
      items.push(this.staticOf(this.evaluate(child, scope), child, scope));
    }
    return { kind: 'list', items, loc };
  }

  private identifier(node: Syntax, scope: Scope, loc: SourceRange): Value {
    const symbol = this.text(scope, node);
    const binding = this.lookup(symbol, scope);
    if (!binding) {
      if (!scope.file.damaged.some((range) => node.start >= range.start && node.end <= range.end)) this.evaluation.diagnose('reference', `'${symbol}' is not declared`, loc, 'error');
      return this.evaluation.unknown(symbol, WHY.error(`'${symbol}' is not declared`), loc);
    }
    switch (binding.kind) {
      case 'slot':
        return this.resolve(binding.slot);
      case 'value':
        return binding.value;
      case 'resource':
        return { kind: 'resource', decl: binding.decl, loc };
      case 'module':
        return { kind: 'module', decl: binding.decl, loc };
      case 'opaque':
        return this.evaluation.unknown(symbol, binding.reason, loc);
    }
  }

  private member(node: Syntax, scope: Scope, loc: SourceRange): Value {
    const objectNode = field(node, 'object');
    const propertyNode = field(node, 'property');
    if (!objectNode || !propertyNode) return this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
    const written = this.text(scope, node);
    const property = this.text(scope, propertyNode);
    const safe = hasToken(node, '.?');
    const object = this.evaluate(objectNode, scope);
    if (object.kind === 'resource') return this.resourceMember(object, property, written, loc);
    if (object.kind === 'module') {
      const instances = this.moduleInstances(object.decl);
      const instance = object.instance !== undefined ? instances[object.instance] : object.decl.isLoop ? undefined : instances[0];
      if (property === 'name' && instance) return instance.written;
      return this.evaluation.unknown(written, WHY.afterDeployment(`a module's ${property}`), loc);
    }
    if (object.kind === 'unknown') return { kind: 'unknown', expression: written, reason: object.reason, loc };
    if (object.kind === 'null' && safe) return object;
    if (object.kind !== 'object') return this.evaluation.unknown(written, WHY.error(`'${property}' is read from a value that is not an object`), loc);
    return entryOf(object, property) ?? (safe ? { kind: 'null', loc } : this.evaluation.unknown(written, WHY.error(`the object has no property '${property}'`), loc));
  }

  /** `zone.name` (the name as declared), `zone.type`, `zone.apiVersion`; `zone.id` and the rest depend on the deployment. */
  private resourceMember(ref: Extract<Ref, { kind: 'resource' }>, property: string, written: string, loc: SourceRange): StaticValue {
    const decl = ref.decl;
    const instance = this.instanceOf(ref);
    if (property === 'type') return { kind: 'string', value: this.typeOf(decl), loc };
    const apiVersion = this.apiVersionOf(decl);
    if (property === 'apiVersion' && apiVersion !== undefined) return { kind: 'string', value: apiVersion, loc };
    if (!instance?.resource) {
      const why = decl.isLoop && ref.instance === undefined ? WHY.error(`'${decl.symbol}' is a loop: it needs an index`) : WHY.error(`'${decl.symbol}' is not deployed`);
      return this.evaluation.unknown(written, why, loc);
    }
    if (property === 'name') return instance.written;
    if (property === 'id') {
      const unknown: UnknownValue = this.evaluation.unknown(written, WHY.resourceId, loc);
      if (instance.resource.name.kind === 'string') unknown.resourceId = { type: instance.resource.type, name: instance.resource.name.value };
      return unknown;
    }
    return this.evaluation.unknown(written, WHY.afterDeployment(`'${decl.symbol}.${property}'`), loc);
  }

  private subscript(node: Syntax, scope: Scope, loc: SourceRange): Value {
    const objectNode = field(node, 'object');
    const indexNode = field(node, 'index');
    if (!objectNode || !indexNode) return this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
    const written = this.text(scope, node);
    const object = this.evaluate(objectNode, scope);
    const index = this.staticOf(this.evaluate(indexNode, scope), indexNode, scope);
    if (object.kind === 'resource' || object.kind === 'module') {
      if (index.kind === 'number' && object.decl.isLoop && object.instance === undefined) return { ...object, instance: index.value, loc };
      return this.evaluation.unknown(written, index.kind === 'unknown' ? index.reason : WHY.error('an index into a resource that is not a loop'), loc);
    }
    if (hasToken(node, '?') && (object.kind === 'null' || (object.kind === 'object' && index.kind === 'string' && !entryOf(object, index.value)) || (object.kind === 'list' && index.kind === 'number' && !object.items[index.value]))) {
      return { kind: 'null', loc };
    }
    return indexInto(object, index, written, loc, this.evaluation);
  }

  /** `zone::child`: the nested resource `child` of the instance `zone` stands for. */
  private nestedSymbol(node: Syntax, scope: Scope, loc: SourceRange): Value {
    const objectNode = field(node, 'object');
    const childNode = field(node, 'resource');
    const written = this.text(scope, node);
    if (!objectNode || !childNode) return this.evaluation.unknown(written, WHY.syntax, loc);
    const object = this.evaluate(objectNode, scope);
    if (object.kind !== 'resource') return this.evaluation.unknown(written, object.kind === 'unknown' ? object.reason : WHY.error(`'::' follows what is not a resource`), loc);
    const instance = this.instanceOf(object);
    const symbol = this.text(scope, childNode);
    const child = instance?.children.find((decl) => decl.symbol === symbol);
    if (!child) return this.evaluation.unknown(written, WHY.error(`no nested resource '${symbol}' in '${object.decl.symbol}'`), loc);
    return { kind: 'resource', decl: child, loc };
  }

  private call(node: Syntax, scope: Scope, loc: SourceRange): Value {
    const written = this.text(scope, node);
    const functionNode = field(node, 'function');
    const argumentsNode = field(node, 'arguments');
    if (!functionNode || !argumentsNode) return this.evaluation.unknown(written, WHY.syntax, loc);
    let name: string;
    if (functionNode.type === 'identifier') {
      name = this.text(scope, functionNode);
      const binding = this.lookup(name, scope);
      if (binding?.kind === 'opaque') return this.evaluation.unknown(written, binding.reason, loc);
    } else if (functionNode.type === 'member_expression') {
      const namespace = field(functionNode, 'object');
      const property = field(functionNode, 'property');
      const space = namespace ? this.text(scope, namespace) : '';
      if (!property || (space !== 'sys' && space !== 'az')) {
        const binding = namespace?.type === 'identifier' ? this.lookup(space, scope) : undefined;
        return this.evaluation.unknown(written, binding?.kind === 'opaque' ? binding.reason : WHY.notEvaluated(this.text(scope, functionNode)), loc);
      }
      name = this.text(scope, property);
    } else return this.evaluation.unknown(written, WHY.notEvaluated(this.text(scope, functionNode)), loc);
    const argNodes = named(argumentsNode);
    const site = { name, expression: written, loc };
    const lambdaResult = this.lambdaCall(name, argNodes, scope, site);
    if (lambdaResult) return lambdaResult;
    const args = argNodes.map((arg) => this.staticOf(this.evaluate(arg, scope), arg, scope));
    switch (name) {
      case 'any':
        return args.length === 1 ? args[0] : this.evaluation.unknown(written, WHY.error('any() takes one argument'), loc);
      case 'loadTextContent':
      case 'loadJsonContent':
        return this.loadContent(name, args, scope, site);
    }
    return callTemplateFunction(args, site, this.evaluation) ?? this.evaluation.unknown(written, WHY.notEvaluated(name), loc);
  }

  /** `map`, `filter`, `reduce` and `toObject` with a lambda, evaluated item by item; undefined for other calls. */
  private lambdaCall(name: string, argNodes: Syntax[], scope: Scope, site: { name: string; expression: string; loc: SourceRange }): StaticValue | undefined {
    const lambdaAt = argNodes.findIndex((arg) => arg.type === 'lambda_expression');
    if (lambdaAt < 0 || !['map', 'filter', 'reduce', 'toObject'].includes(name)) return undefined;
    const array = this.staticOf(this.evaluate(argNodes[0], scope), argNodes[0], scope);
    if (array.kind === 'unknown') return { kind: 'unknown', expression: site.expression, reason: array.reason, loc: site.loc };
    if (array.kind !== 'list') return this.evaluation.unknown(site.expression, WHY.error(`${name}() takes an array`), site.loc);
    const apply = (lambda: Syntax, values: StaticValue[]): StaticValue => {
      const [head, body] = named(lambda);
      if (!head || !body) return this.evaluation.unknown(this.text(scope, lambda), WHY.syntax, this.loc(scope, lambda));
      const names = head.type === 'identifier' ? [head] : named(head).filter((child) => child.type === 'identifier');
      const bound: Scope = { bindings: new Map(), parent: scope, file: scope.file };
      names.forEach((identifier, i) => bound.bindings.set(this.text(scope, identifier), { kind: 'value', value: values[i] ?? { kind: 'null', loc: site.loc } }));
      return this.staticOf(this.evaluate(body, bound), body, bound);
    };
    const lambda = argNodes[lambdaAt];
    if (!this.evaluation.step(site.loc, array.items.length)) return this.evaluation.unknown(site.expression, WHY.bound, site.loc);
    const indexOf = (i: number): StaticValue => ({ kind: 'number', value: i, loc: site.loc });
    switch (name) {
      case 'map':
        return this.evaluation.list(
          array.items.map((item, i) => apply(lambda, [item, indexOf(i)])),
          site.loc,
          site.expression,
        );
      case 'filter': {
        const kept: StaticValue[] = [];
        for (let i = 0; i < array.items.length; i++) {
          const keep = apply(lambda, [array.items[i], indexOf(i)]);
          if (keep.kind === 'unknown') return { kind: 'unknown', expression: site.expression, reason: keep.reason, loc: site.loc };
          if (keep.kind === 'bool' && keep.value) kept.push(array.items[i]);
        }
        return this.evaluation.list(kept, site.loc, site.expression);
      }
      case 'reduce': {
        if (lambdaAt !== 2) return this.evaluation.unknown(site.expression, WHY.error('reduce() takes an array, an initial value and a lambda'), site.loc);
        let accumulated = this.staticOf(this.evaluate(argNodes[1], scope), argNodes[1], scope);
        for (let i = 0; i < array.items.length; i++) accumulated = apply(lambda, [accumulated, array.items[i], indexOf(i)]);
        return accumulated;
      }
      default: {
        const valueLambda = argNodes[2]?.type === 'lambda_expression' ? argNodes[2] : undefined;
        const entries = new Map<string, StaticValue>();
        for (const item of array.items) {
          const key = apply(lambda, [item]);
          if (key.kind !== 'string') return this.evaluation.unknown(site.expression, key.kind === 'unknown' ? key.reason : WHY.error('toObject() keys are strings'), site.loc);
          entries.set(key.value, valueLambda ? apply(valueLambda, [item]) : item);
        }
        return { kind: 'object', entries, loc: site.loc };
      }
    }
  }

  /** `loadTextContent('records.txt')` and `loadJsonContent('records.json')` through the reader, with positions in that file. */
  private loadContent(name: string, args: StaticValue[], scope: Scope, site: { name: string; expression: string; loc: SourceRange }): StaticValue {
    const path = args[0];
    if (path?.kind !== 'string') return this.evaluation.unknown(site.expression, path?.kind === 'unknown' ? path.reason : WHY.error(`${name}() takes a path`), site.loc);
    if (args.length > (name === 'loadJsonContent' ? 1 : 2) || !this.reader) return this.evaluation.unknown(site.expression, WHY.notEvaluated(name), site.loc);
    const read = this.reader(path.value, scope.file.index.file);
    if ('error' in read) {
      this.evaluation.diagnose('load', `${path.value} is not read: ${read.error}`, path.loc);
      return this.evaluation.unknown(site.expression, WHY.error(`${path.value} is not read`), site.loc);
    }
    this.evaluation.filesRead.push(read.file);
    const index = new LineIndex(read.file, read.text);
    if (read.text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose('too-large', fileTooLarge(read.text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), 'error');
      return this.evaluation.unknown(site.expression, WHY.bound, site.loc);
    }
    if (name === 'loadTextContent') return literalString(read.text, site.loc, index.range(0, read.text.length), false);
    const root = this.evaluation.reading('arm', () => parseJsonText(index, this.evaluation, 'json-syntax'));
    return root ? jsonLiteralValue(root, index, this.evaluation) : this.evaluation.unknown(site.expression, WHY.syntax, site.loc);
  }

  private unary(node: Syntax, scope: Scope, loc: SourceRange): Value {
    const operand = field(node, 'argument');
    const operator = field(node, 'operator');
    if (!operand || !operator) return this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
    const value = this.staticOf(this.evaluate(operand, scope), operand, scope);
    const site = { name: operator.type === '!' ? 'not' : 'sub', expression: this.text(scope, node), loc };
    if (operator.type === '!') return callTemplateFunction([value], site, this.evaluation)!;
    return callTemplateFunction([{ kind: 'number', value: 0, loc }, value], site, this.evaluation)!;
  }

  private binary(node: Syntax, scope: Scope, loc: SourceRange): Value {
    const left = field(node, 'left');
    const right = field(node, 'right');
    const operator = field(node, 'operator')?.type;
    const written = this.text(scope, node);
    if (!left || !right || !operator) return this.evaluation.unknown(written, WHY.syntax, loc);
    const value = (side: Syntax) => this.staticOf(this.evaluate(side, scope), side, scope);
    const unknownFrom = (side: UnknownValue): StaticValue => ({ kind: 'unknown', expression: written, reason: side.reason, loc });
    switch (operator) {
      case '&&':
      case '||': {
        const a = value(left);
        const decisive = operator === '||';
        if (a.kind === 'bool' && a.value === decisive) return { kind: 'bool', value: decisive, loc };
        const b = value(right);
        if (b.kind === 'bool' && b.value === decisive) return { kind: 'bool', value: decisive, loc };
        if (a.kind === 'unknown') return unknownFrom(a);
        if (b.kind === 'unknown') return unknownFrom(b);
        if (a.kind !== 'bool' || b.kind !== 'bool') return this.evaluation.unknown(written, WHY.error(`'${operator}' joins bools`), loc);
        return { kind: 'bool', value: !decisive, loc };
      }
      case '??': {
        const a = value(left);
        if (a.kind === 'null') return value(right);
        return a.kind === 'unknown' ? unknownFrom(a) : a;
      }
      case '==':
      case '!=': {
        const a = value(left);
        const b = value(right);
        const same = valuesEqual(a, b);
        if (same === undefined) return unknownFrom((firstUnknown(a) ?? firstUnknown(b))!);
        return { kind: 'bool', value: operator === '==' ? same : !same, loc };
      }
      case '=~':
      case '!~': {
        const a = value(left);
        const b = value(right);
        if (a.kind === 'unknown') return unknownFrom(a);
        if (b.kind === 'unknown') return unknownFrom(b);
        if (a.kind !== 'string' || b.kind !== 'string') return this.evaluation.unknown(written, WHY.error(`'${operator}' compares strings`), loc);
        const same = a.value.toLowerCase() === b.value.toLowerCase();
        return { kind: 'bool', value: operator === '=~' ? same : !same, loc };
      }
      default: {
        const fn = BINARY_FUNCTIONS[operator];
        if (!fn) return this.evaluation.unknown(written, WHY.notEvaluated(`the operator '${operator}'`), loc);
        return callTemplateFunction([value(left), value(right)], { name: fn, expression: written, loc }, this.evaluation)!;
      }
    }
  }

  /** `[for x in xs: expr]` as a value: one item per element, those an `if` body leaves out skipped. */
  private forValue(node: Syntax, scope: Scope, loc: SourceRange): StaticValue {
    const loop = this.forLoop(node, scope);
    if (!loop) return this.evaluation.unknown(this.text(scope, node), WHY.syntax, loc);
    const items: StaticValue[] = [];
    for (const item of loop.items('for')) {
      if (item.index === undefined) {
        const array = item.scope.bindings.values().next().value;
        const reason = array?.kind === 'value' && array.value.kind === 'unknown' ? array.value.reason : WHY.loopCountUnknown;
        return this.evaluation.unknown(this.text(scope, node), reason, loc);
      }
      if (item.body.type === 'if_statement') {
        const test = named(item.body).find((child) => child.type === 'parenthesized_expression');
        const body = named(item.body).find((child) => child.type === 'object');
        const condition = test ? this.condition(test, item.scope) : undefined;
        if (condition?.kind === 'bool') {
          if (condition.value && body) items.push(this.staticOf(this.evaluate(body, item.scope), body, item.scope));
          continue;
        }
        return this.evaluation.unknown(this.text(scope, node), condition?.kind === 'unknown' ? condition.reason : WHY.syntax, loc);
      }
      items.push(this.staticOf(this.evaluate(item.body, item.scope), item.body, item.scope));
    }
    return { kind: 'list', items, loc };
  }
}

function damagedRanges(root: Syntax): Array<{ start: number; end: number }> {
  return root.children.filter((statement) => statement.damaged).map((statement) => ({ start: statement.start, end: statement.end }));
}

/** Diagnostics of each file in the order of its text, the files in the order they were first said. */
function inTextOrder(diagnostics: Diagnostic[]): void {
  const fileOrder = new Map<string, number>();
  for (const d of diagnostics) if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
  diagnostics.sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.line - b.line || a.column - b.column);
}

/** The child after a token (`=` of a declaration). */
function afterToken(node: Syntax, token: string): Syntax | undefined {
  const at = node.children.findIndex((child) => !child.named && child.type === token);
  return at >= 0 ? node.children.slice(at + 1).find((child) => child.named) : undefined;
}

/** An object property's value: the child after `:`. */
function propertyValue(property: Syntax): Syntax | undefined {
  return afterToken(property, ':');
}
