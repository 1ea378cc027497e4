import type { Parser } from 'web-tree-sitter';
import type { Diagnostic, SourceRange } from '../../core/types.js';
import { thousands } from '../../core/words.js';
import type { StaticValue } from '../values.js';
import { attributesOf, blocksOf, rangeOf, textOf, type Block, type Node } from './ast.js';
import { DEFAULT_BOUNDS, type TerraformBounds } from './bounds.js';
import { loadModuleConfig, parseFile, type CommentReader, type ModuleConfig, type TerraformFile } from './config.js';
import { Evaluator, Run, type Host, type Scope } from './evaluate.js';
import { convert, typeSpec } from './types.js';
import { asString, type ObjectValue, type Unknown } from './value.js';

/**
 * Reads a Terraform module the way `terraform plan` sees its literal parts, without running
 * anything: each resource, data source and module call expanded into its instances, each
 * argument evaluated to a `StaticValue` where it can be known from the text, and unknown
 * (naming the expression and why) where it cannot.
 */

/**
 * Reads the directory of a local module (`source = "./modules/dns"`): the caller resolves
 * `source` against the directory of `fromFile`, keeps it inside the repository, and returns
 * the module's `.tf` and `.tf.json` files, or why it cannot.
 */
export type ReadModuleDirectory = (source: string, fromFile: string) => { directory: string; files: TerraformFile[] } | { error: string };

export interface ReadTerraformOptions {
  /** The module's directory, relative to the lint root (`.` for the root). */
  directory: string;
  /** The directory's `.tf` and `.tf.json` files. */
  files: readonly TerraformFile[];
  /**
   * Variable files that apply to this root module, lowest precedence first (as
   * `orderVariableFiles` orders them): a later file's value wins.
   */
  variableFiles?: readonly TerraformFile[];
  readModuleDirectory?: ReadModuleDirectory;
  bounds?: Partial<TerraformBounds>;
  /** Told each comment of every file read (local modules' files too), with its offsets in the file's text. */
  comments?: CommentReader;
}

/** One instance of a resource or data source: one per `for_each` element or `count` index, one alone without them. */
export interface ResourceInstance {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** Terraform's address: `module.dns.aws_route53_record.sip["teams"]`. */
  address: string;
  /**
   * `each.key` (a string) or `count.index` (a number) of this instance, at the map entry or
   * element it came from; absent without `for_each` or `count`; unknown when the collection
   * is: then this one instance stands for all of them.
   */
  key?: StaticValue;
  /** Arguments by name, and nested blocks as lists of objects under their type. */
  attributes: ObjectValue;
  /** The block. */
  loc: SourceRange;
}

/** One instance of a module call. */
export interface ModuleInstance {
  name: string;
  address: string;
  key?: StaticValue;
  source: StaticValue;
  /** The arguments given to the module's variables. */
  inputs: ObjectValue;
  /** The module read with those inputs, for a local module that could be read. */
  module?: TerraformModule;
  /** Why the module was not read (a registry or git source, a bound, a reader error). */
  notRead?: string;
  loc: SourceRange;
}

export interface TerraformVariable {
  name: string;
  /** The type constraint as written. */
  type?: string;
  default?: StaticValue;
  /** The value the module sees: from a variable file or the module call, else the default; unknown when none. */
  value: StaticValue;
  valueFrom: 'variable file' | 'module input' | 'default' | 'none';
  loc: SourceRange;
}

export interface NamedValue {
  name: string;
  value: StaticValue;
  loc: SourceRange;
}

export interface ProviderConfig {
  name: string;
  alias?: string;
  attributes: ObjectValue;
  loc: SourceRange;
}

export interface TerraformModule {
  directory: string;
  /** `` for the root module, `module.dns` or `module.dns["a"]` for a child. */
  address: string;
  variables: TerraformVariable[];
  locals: NamedValue[];
  resources: ResourceInstance[];
  data: ResourceInstance[];
  modules: ModuleInstance[];
  outputs: NamedValue[];
  providers: ProviderConfig[];
  /** Every diagnostic of the reading (the root module's list holds those of its child modules too). */
  diagnostics: Diagnostic[];
}

const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
const PENDING = Symbol('pending');

/** What one reading of a configuration shares between its modules. */
interface Reading {
  parser: Parser;
  run: Run;
  bounds: TerraformBounds;
  root: string;
  readModuleDirectory?: ReadModuleDirectory;
  comments?: CommentReader;
  configs: Map<string, ModuleConfig>;
  /** What the caller's reader gave for each `source` from each file: asked once, whatever the number of instances. */
  directories: Map<string, ReturnType<ReadModuleDirectory>>;
}

interface Instance {
  key?: StaticValue;
  scope: Scope;
}

type Expansion = { kind: 'single' | 'count' | 'for_each'; instances: Instance[] } | { kind: 'unknown'; instances: Instance[]; cause: Unknown };

export function readModule(parser: Parser, options: ReadTerraformOptions): TerraformModule {
  const bounds = { ...DEFAULT_BOUNDS, ...options.bounds };
  const reading: Reading = { parser, run: new Run(bounds), bounds, root: options.directory, readModuleDirectory: options.readModuleDirectory, comments: options.comments, configs: new Map(), directories: new Map() };
  const config = loadModuleConfig(parser, options.directory, options.files, bounds, options.comments);
  reading.configs.set(options.directory, config);
  const diagnostics = [...config.diagnostics];
  const variableValues = new Map<string, () => StaticValue>();
  const literal = new Evaluator(reading.run, NO_REFERENCES);
  for (const file of options.variableFiles ?? []) {
    const { body, diagnostics: fileDiagnostics } = parseFile(parser, file, bounds, 'variables', options.comments);
    diagnostics.push(...fileDiagnostics);
    for (const block of blocksOf(body)) diagnostics.push({ ...rangeOf(block), severity: 'error', code: 'hcl/invalid', message: 'a variable file holds only `name = value` assignments' });
    for (const attribute of attributesOf(body)) {
      let value: StaticValue | undefined;
      variableValues.set(attribute.name, () => (value ??= literal.evaluate(attribute.expr, {})));
    }
  }
  const module = new ModuleReader(reading, config, '', 0, [options.directory], { values: variableValues, from: 'variable file' }).assemble();
  // In the order of the text: by file, then position (a stable sort keeps the order of two at one place).
  module.diagnostics = [...diagnostics, ...module.diagnostics, ...reading.run.diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
  return module;
}

/** Variable files hold literal values: a reference in one is an error. */
const NO_REFERENCES: Host = {
  variable: () => undefined,
  local: () => undefined,
  isResourceType: () => false,
  resource: () => undefined,
  dataSource: () => false,
  module: () => undefined,
  moduleOutput: () => undefined,
  path: () => undefined,
};

class ModuleReader implements Host {
  readonly ev: Evaluator;
  private readonly memo = new Map<string, StaticValue | typeof PENDING>();
  private readonly expansions = new Map<Block, Expansion>();
  private readonly instanceObjects = new Map<Block, (ObjectValue | typeof PENDING | undefined)[]>();
  private readonly children = new Map<string, { reader?: ModuleReader; notRead?: string }>();

  constructor(
    private readonly reading: Reading,
    readonly config: ModuleConfig,
    private readonly address: string,
    private readonly depth: number,
    private readonly stack: readonly string[],
    private readonly inputs: { values: Map<string, () => StaticValue>; from: 'variable file' | 'module input' },
  ) {
    this.ev = new Evaluator(reading.run, this);
  }

  private get run(): Run {
    return this.reading.run;
  }

  /** A value computed once; asked for again while it is being computed, it is a cycle. */
  private cached(key: string, at: Node, what: string, compute: () => StaticValue): StaticValue {
    const found = this.memo.get(key);
    if (found === PENDING) {
      this.run.diagnose('hcl/cycle', 'error', `${what} depends on itself`, rangeOf(at));
      return this.ev.error(at, `${what} depends on itself (a reference cycle)`);
    }
    if (found) return found;
    this.memo.set(key, PENDING);
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  variable(name: string, at: Node): StaticValue | undefined {
    const block = this.config.variables.get(name);
    if (!block) return undefined;
    return this.cached(`var.${name}`, at, `\`var.${name}\``, () => this.variableValue(name, block).value);
  }

  private variableValue(name: string, block: Block): { value: StaticValue; from: TerraformVariable['valueFrom']; fallback?: StaticValue } {
    const attributes = new Map(attributesOf(block.body).map((attribute) => [attribute.name, attribute] as const));
    const defaultAttribute = attributes.get('default');
    const fallback = defaultAttribute ? this.ev.evaluate(defaultAttribute.expr, {}) : undefined;
    const given = this.inputs.values.get(name)?.();
    const nullable = attributes.get('nullable')?.expr;
    const notNullable = nullable?.type === 'literal' && nullable.value === false;
    let value: StaticValue;
    let from: TerraformVariable['valueFrom'];
    if (given && !(given.kind === 'null' && notNullable && fallback)) {
      value = given;
      from = this.inputs.from;
    } else if (fallback) {
      value = fallback;
      from = 'default';
    } else {
      const why = this.inputs.from === 'variable file' ? 'a variable with no value (no default, and no variable file read sets it)' : 'a module input not given';
      value = { kind: 'unknown', expression: `var.${name}`, reason: why, loc: rangeOf(block.labels[0] ?? block) };
      from = 'none';
    }
    const typeExpr = attributes.get('type')?.expr;
    const type = typeExpr && typeSpec(typeExpr);
    return { value: type ? convert(value, type, this.ev) : value, from, fallback };
  }

  local(name: string, at: Node): StaticValue | undefined {
    const attribute = this.config.locals.get(name);
    if (!attribute) return undefined;
    return this.cached(`local.${name}`, at, `\`local.${name}\``, () => this.ev.evaluate(attribute.expr, {}));
  }

  isResourceType(type: string): boolean {
    return this.config.resourceTypes.has(type);
  }

  dataSource(type: string, name: string): boolean {
    return this.config.data.has(`${type}.${name}`);
  }

  path(name: string): string | undefined {
    if (name === 'module') return this.config.directory;
    if (name === 'root') return this.reading.root;
    return undefined;
  }

  /**
   * A resource referred to by another expression: its instance's object (arguments as
   * written, every other attribute computed), a list of them for `count`, a map for `for_each`.
   */
  resource(type: string, name: string, at: Node): StaticValue | undefined {
    const block = this.config.resources.get(`${type}.${name}`);
    if (!block) return undefined;
    return this.cached(`resource.${type}.${name}`, at, `\`${type}.${name}\``, () => {
      const expansion = this.expand(block);
      if (expansion.kind === 'unknown') return this.ev.carry(expansion.cause, at);
      const objects = expansion.instances.map((_, i) => this.instanceObject(block, 'managed', expansion, i, at));
      return this.collect(expansion, objects, rangeOf(block));
    });
  }

  /** The value of a collection of instances: the one object, a list (`count`) or a map (`for_each`). */
  private collect(expansion: Expansion, objects: StaticValue[], loc: SourceRange): StaticValue {
    if (expansion.kind === 'single') return objects[0];
    if (expansion.kind === 'count') return { kind: 'list', items: objects, loc };
    const entries = new Map<string, StaticValue>();
    expansion.instances.forEach((instance, i) => {
      if (instance.key?.kind === 'string') entries.set(instance.key.value, objects[i]);
    });
    return { kind: 'object', entries, loc };
  }

  private instanceObject(block: Block, mode: 'managed' | 'data', expansion: Expansion, index: number, at: Node): ObjectValue | Unknown {
    let objects = this.instanceObjects.get(block);
    if (!objects) {
      objects = new Array(expansion.instances.length);
      this.instanceObjects.set(block, objects);
    }
    const found = objects[index];
    if (found === PENDING) {
      const what = `\`${block.labels.map((label) => label.value).join('.')}\``;
      this.run.diagnose('hcl/cycle', 'error', `${what} depends on itself`, rangeOf(at));
      return this.ev.error(at, `${what} depends on itself (a reference cycle)`);
    }
    if (found) return found;
    objects[index] = PENDING;
    const object = this.ev.body(block.body, expansion.instances[index].scope, rangeOf(block), true);
    if (mode === 'managed') this.run.open.add(object);
    objects[index] = object;
    return object;
  }

  /** The instances of a resource, data source or module call, by its `count` or `for_each`. */
  private expand(block: Block): Expansion {
    let expansion = this.expansions.get(block);
    if (!expansion) {
      expansion = this.expansion(block);
      this.expansions.set(block, expansion);
    }
    return expansion;
  }

  private expansion(block: Block): Expansion {
    const attributes = new Map(attributesOf(block.body).map((attribute) => [attribute.name, attribute] as const));
    const count = attributes.get('count');
    const forEach = attributes.get('for_each');
    const bounds = this.reading.bounds;
    const unknownExpansion = (cause: Unknown): Expansion => {
      this.run.instances++;
      return { kind: 'unknown', cause, instances: [{ key: cause, scope: { each: { key: cause, value: cause }, count: cause } }] };
    };
    const tooMany = (at: Node, n: number, bound: number, what: string): Expansion => {
      this.run.diagnose('hcl/too-many-instances', 'warning', `${what} expands to ${thousands(n)} instances, more than ${thousands(bound)}; one unknown instance stands for them`, rangeOf(at));
      return unknownExpansion(this.ev.unknown(at, `more than ${thousands(bound)} instances`));
    };
    const counted = (n: number, at: Node, what: string): Expansion | undefined => {
      if (n > bounds.instancesPerBlock) return tooMany(at, n, bounds.instancesPerBlock, what);
      if (this.run.instances + n > bounds.instancesTotal) return tooMany(at, n, bounds.instancesTotal, 'with the instances read before, this configuration');
      this.run.instances += n;
      return undefined;
    };
    if (count && forEach) {
      this.run.diagnose('hcl/invalid', 'error', 'a block cannot have both `count` and `for_each`', rangeOf(count));
      return unknownExpansion(this.ev.error(count, 'both `count` and `for_each`'));
    }
    if (count) {
      const value = this.ev.evaluate(count.expr, {});
      if (value.kind === 'unknown') return unknownExpansion(value);
      const n = value.kind === 'number' ? value.value : value.kind === 'string' && /^\d+$/.test(value.value) ? Number(value.value) : NaN;
      if (!Number.isInteger(n) || n < 0) return unknownExpansion(this.ev.error(count.expr, '`count` must be a whole number, not negative'));
      const over = counted(n, count.expr, '`count`');
      if (over) return over;
      const instances = Array.from({ length: n }, (_, i): Instance => {
        const key: StaticValue = { kind: 'number', value: i, loc: value.loc, ...(value.from ? { from: value.from } : {}) };
        return { key, scope: { count: key } };
      });
      return { kind: 'count', instances };
    }
    if (forEach) {
      const value = this.ev.evaluate(forEach.expr, {});
      const elements = this.ev.forEachElements(value, forEach.expr);
      if (elements.kind === 'unknown') return unknownExpansion(elements);
      const over = counted(elements.pairs.length, forEach.expr, '`for_each`');
      if (over) return over;
      return { kind: 'for_each', instances: elements.pairs.map(([key, element]) => ({ key, scope: { each: { key, value: element } } })) };
    }
    const over = counted(1, block, 'this block');
    if (over) return over;
    return { kind: 'single', instances: [{ scope: {} }] };
  }

  module(name: string, at: Node): StaticValue | undefined {
    const block = this.config.modules.get(name);
    if (!block) return undefined;
    return this.cached(`module.${name}`, at, `\`module.${name}\``, () => {
      const expansion = this.expand(block);
      if (expansion.kind === 'unknown') return this.ev.carry(expansion.cause, at);
      const objects = expansion.instances.map((instance, i) => {
        const child = this.child(name, block, instance, i);
        return child.reader ? child.reader.outputsObject(block) : this.ev.unknown(at, child.notRead!);
      });
      return this.collect(expansion, objects, rangeOf(block));
    });
  }

  moduleOutput(name: string, key: StaticValue | undefined, output: string): StaticValue | undefined {
    const block = this.config.modules.get(name);
    if (!block) return undefined;
    const expansion = this.expand(block);
    if (expansion.kind === 'unknown') return undefined;
    const index =
      expansion.kind === 'single'
        ? key === undefined ? 0 : -1
        : expansion.instances.findIndex((instance) => instance.key !== undefined && key !== undefined && asString(instance.key) !== undefined && asString(instance.key) === asString(key));
    if (index === -1) return undefined;
    const reader = this.child(name, block, expansion.instances[index], index).reader;
    const outputBlock = reader?.config.outputs.get(output);
    return reader && outputBlock ? reader.output(output, outputBlock) : undefined;
  }

  /** The outputs of this module instance as one object, as its caller sees `module.NAME`. */
  outputsObject(call: Block): StaticValue {
    return this.cached('outputs', call, 'the outputs of the module', () => {
      const entries = new Map<string, StaticValue>();
      for (const [name, block] of this.config.outputs) entries.set(name, this.output(name, block));
      return { kind: 'object', entries, loc: rangeOf(call) };
    });
  }

  output(name: string, block: Block): StaticValue {
    return this.cached(`output.${name}`, block, `the output \`${name}\``, () => {
      const value = attributesOf(block.body).find((attribute) => attribute.name === 'value');
      return value ? this.ev.evaluate(value.expr, {}) : this.ev.error(block, 'an output without `value`');
    });
  }

  private child(name: string, block: Block, instance: Instance, index: number): { reader?: ModuleReader; notRead?: string } {
    const memoKey = `${name}\u0000${index}`;
    let child = this.children.get(memoKey);
    if (!child) {
      child = this.openChild(name, block, instance);
      this.children.set(memoKey, child);
    }
    return child;
  }

  private openChild(name: string, block: Block, instance: Instance): { reader?: ModuleReader; notRead?: string } {
    const sourceAttribute = attributesOf(block.body).find((attribute) => attribute.name === 'source');
    const source = sourceAttribute?.expr;
    if (!source || source.type !== 'literal' || typeof source.value !== 'string') return { notRead: 'a module whose `source` is not a literal string' };
    const path = source.value;
    if (!path.startsWith('./') && !path.startsWith('../') && path !== '.' && path !== '..') return { notRead: `a module from ${sourceKind(path)} (${path}), which is not read` };
    const reader = this.reading.readModuleDirectory;
    if (!reader) return { notRead: `a local module (${path}) the caller gave no way to read` };
    if (this.depth + 1 >= this.reading.bounds.moduleDepth) {
      this.run.diagnose('hcl/module-depth', 'warning', `local modules nest more than ${this.reading.bounds.moduleDepth} levels deep; \`${path}\` is not read`, rangeOf(source));
      return { notRead: `a module nested more than ${this.reading.bounds.moduleDepth} levels deep` };
    }
    const readKey = `${path}\u0000${block.src.file}`;
    let found = this.reading.directories.get(readKey);
    if (!found) {
      found = reader(path, block.src.file);
      this.reading.directories.set(readKey, found);
    }
    if ('error' in found) {
      this.run.diagnose('hcl/module-unreadable', 'warning', `the module \`${path}\` cannot be read: ${found.error}`, rangeOf(source));
      return { notRead: `a module that cannot be read (${found.error})` };
    }
    if (this.stack.includes(found.directory)) {
      this.run.diagnose('hcl/module-cycle', 'error', `the module \`${path}\` calls itself (through ${[...this.stack.slice(this.stack.indexOf(found.directory)), found.directory].join(' → ')})`, rangeOf(source));
      return { notRead: 'a module that calls itself' };
    }
    let config = this.reading.configs.get(found.directory);
    if (!config) {
      config = loadModuleConfig(this.reading.parser, found.directory, found.files, this.reading.bounds, this.reading.comments);
      this.reading.configs.set(found.directory, config);
      this.run.diagnostics.push(...config.diagnostics);
    }
    const values = new Map<string, () => StaticValue>();
    for (const attribute of attributesOf(block.body)) {
      if (MODULE_META.has(attribute.name)) continue;
      let value: StaticValue | undefined;
      values.set(attribute.name, () => (value ??= this.ev.evaluate(attribute.expr, instance.scope)));
    }
    const address = `${this.address ? `${this.address}.` : ''}module.${name}${keySuffix(instance.key)}`;
    return { reader: new ModuleReader(this.reading, config, address, this.depth + 1, [...this.stack, found.directory], { values, from: 'module input' }) };
  }

  /** The module as read: every declaration evaluated, resources expanded into instances, local modules read. */
  assemble(): TerraformModule {
    const config = this.config;
    const variables = [...config.variables].map(([name, block]): TerraformVariable => {
      const typeExpr = attributesOf(block.body).find((attribute) => attribute.name === 'type')?.expr;
      const { from, fallback } = this.variableValue(name, block);
      return {
        name,
        ...(typeExpr ? { type: textOf(typeExpr) } : {}),
        ...(fallback ? { default: fallback } : {}),
        value: this.variable(name, block)!,
        valueFrom: from,
        loc: rangeOf(block),
      };
    });
    const locals = [...config.locals].map(([name, attribute]) => ({ name, value: this.local(name, attribute.expr)!, loc: rangeOf(attribute) }));
    const resources = this.instances(config.resources, 'managed');
    const data = this.instances(config.data, 'data');
    const modules: ModuleInstance[] = [];
    for (const [name, block] of config.modules) {
      const expansion = this.expand(block);
      const sourceAttribute = attributesOf(block.body).find((attribute) => attribute.name === 'source');
      expansion.instances.forEach((instance, i) => {
        const inputs = this.ev.body({ items: block.body.items.filter((item) => item.kind === 'attribute' && !MODULE_META.has(item.name)) }, instance.scope, rangeOf(block), true);
        const child = expansion.kind === 'unknown' ? { notRead: `how many instances there are is not known: ${expansion.cause.reason}` } : this.child(name, block, instance, i);
        const address = `${this.address ? `${this.address}.` : ''}module.${name}${keySuffix(instance.key)}`;
        modules.push({
          name,
          address,
          ...(instance.key ? { key: instance.key } : {}),
          source: sourceAttribute ? this.ev.evaluate(sourceAttribute.expr, {}) : this.ev.error(block, 'a module call without `source`'),
          inputs,
          ...(child.reader ? { module: child.reader.assemble() } : { notRead: child.notRead }),
          loc: rangeOf(block),
        });
      });
    }
    const outputs = [...config.outputs].map(([name, block]) => ({ name, value: this.output(name, block), loc: rangeOf(block) }));
    const providers = config.providers.map((block): ProviderConfig => {
      const attributes = this.ev.body(block.body, {}, rangeOf(block), true);
      const alias = attributes.entries.get('alias');
      return { name: block.labels[0].value, ...(alias?.kind === 'string' ? { alias: alias.value } : {}), attributes, loc: rangeOf(block) };
    });
    return { directory: config.directory, address: this.address, variables, locals, resources, data, modules, outputs, providers, diagnostics: [] };
  }

  private instances(blocks: Map<string, Block>, mode: 'managed' | 'data'): ResourceInstance[] {
    const out: ResourceInstance[] = [];
    for (const block of blocks.values()) {
      const [type, name] = block.labels.map((label) => label.value);
      const expansion = this.expand(block);
      expansion.instances.forEach((instance, i) => {
        const object = this.instanceObject(block, mode, expansion, i, block);
        const address = `${this.address ? `${this.address}.` : ''}${mode === 'data' ? 'data.' : ''}${type}.${name}${keySuffix(instance.key)}`;
        out.push({
          mode,
          type,
          name,
          address,
          ...(instance.key ? { key: instance.key } : {}),
          attributes: object.kind === 'object' ? object : { kind: 'object', entries: new Map(), loc: rangeOf(block) },
          loc: rangeOf(block),
        });
      });
    }
    return out;
  }
}

function keySuffix(key: StaticValue | undefined): string {
  if (!key) return '';
  if (key.kind === 'number') return `[${key.value}]`;
  if (key.kind === 'string') return `[${JSON.stringify(key.value)}]`;
  return '[?]';
}

function sourceKind(source: string): string {
  if (/^(git::|git@|github\.com\/|bitbucket\.org\/)/.test(source) || source.endsWith('.git')) return 'a git repository';
  if (/^(s3::|gcs::|https?:\/\/)/.test(source)) return 'a remote archive';
  if (/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/i.test(source) || /^[^/]+\.[^/]+\/[^/]+\/[^/]+\/[^/]+$/.test(source)) return 'a module registry';
  return 'outside this repository';
}
