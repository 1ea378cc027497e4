import type { SourceRange } from '../../core/types.js';
import { fileTooLarge } from '../../core/words.js';
import type { StaticValue } from '../values.js';
import { AzureEvaluation, DEFAULT_AZURE_BOUNDS, WHY, type AzureBounds, type AzureFileReader, type UnknownValue } from './context.js';
import { armStringForm, parseArmExpression, type ArmExpression } from './expression.js';
import { callTemplateFunction, entryOf } from './functions.js';
import { jsonLiteralValue, JsonStringOffsets, literal, parseJsonText, properties, property, rangeOfNode, type JsonNode } from './json.js';
import { literalString } from './parts.js';
import { LineIndex } from './positions.js';
import { checkNameSegments, composeName, isFullType, linkParents, type AzureDeployment, type AzureResource } from './resource.js';

export interface ArmReadOptions {
  /** Values of the template's parameters by name (what a parameter file or a caller gives); they win over defaults. */
  parameterValues?: ReadonlyMap<string, StaticValue>;
  /** Parameter files (`azuredeploy.parameters.json`) to read through `readFile`, relative to the template; later files win. */
  parameterFiles?: readonly string[];
  /** Reads the files a template pulls in (parameter files, linked templates by `relativePath`). */
  readFile?: AzureFileReader;
  bounds?: Partial<AzureBounds>;
}

type Slot = { name: string; loc: SourceRange; state: 'pending' | 'busy' | 'done'; value?: StaticValue; compute: () => StaticValue };

/** A template's parameters and variables: what `parameters()` and `variables()` read. */
interface Scope {
  index: LineIndex;
  parameters: Map<string, Slot>;
  variables: Map<string, Slot>;
  /** Nested deployments this template is inside. */
  depth: number;
}

/** The loops an expression is inside: the resource's copy (what `copyIndex()` reads) and named property and variable copies. */
interface Loops {
  resource?: { index: number | undefined };
  named: ReadonlyMap<string, number | undefined>;
}

const NO_LOOPS: Loops = { named: new Map() };

/** Where an expression is written: the JSON string holding it. */
interface ExpressionSite {
  scope: Scope;
  loops: Loops;
  /** The string's value (`[concat(...)]`). */
  text: string;
  offsets: JsonStringOffsets;
}

const DEPLOYMENTS_TYPE = 'microsoft.resources/deployments';

/** `$schema` of a deployment template (resource group, subscription, management group, tenant). */
const TEMPLATE_SCHEMA = /deploymenttemplate\.json#?$/i;
const PARAMETERS_SCHEMA = /deploymentparameters\.json#?$/i;

/** What a parsed JSON document is: a deployment template, a parameter file, or neither. */
export function armDocumentKind(root: JsonNode | undefined): 'template' | 'parameters' | undefined {
  if (root?.type !== 'object') return undefined;
  const schema = literal(property(root, '$schema'));
  if (schema !== undefined && TEMPLATE_SCHEMA.test(schema.trim())) return 'template';
  if (schema !== undefined && PARAMETERS_SCHEMA.test(schema.trim())) return 'parameters';
  if (property(root, 'resources') && property(root, 'contentVersion')) return 'template';
  return undefined;
}

/**
 * Reads an ARM deployment template: its resources with types and names composed as ARM
 * composes them, `copy` loops expanded, conditions decided where known, expressions
 * evaluated, nested deployments read (their inline templates, and linked ones by
 * `relativePath` through the reader). Never throws: problems are diagnostics.
 */
export function readArmTemplate(text: string, file: string, options: ArmReadOptions = {}): AzureDeployment {
  const evaluation = new AzureEvaluation('arm', { ...DEFAULT_AZURE_BOUNDS, ...options.bounds });
  const index = new LineIndex(file, text);
  const result: AzureDeployment = { language: 'arm', file, recognized: false, resources: [], parameters: new Map(), diagnostics: evaluation.diagnostics, filesRead: evaluation.filesRead };
  if (text.length > evaluation.bounds.maxTextLength) {
    evaluation.diagnose('too-large', fileTooLarge(text.length, evaluation.bounds.maxTextLength), index.range(0, 0), 'error');
    result.recognized = true;
    return result;
  }
  const seen: { schema?: string } = {};
  const root = parseJsonText(index, evaluation, 'syntax', seen);
  if (!root && seen.schema !== undefined && TEMPLATE_SCHEMA.test(seen.schema.trim())) {
    // A template too deep to parse: said, and nothing read.
    result.recognized = true;
    return result;
  }
  if (armDocumentKind(root) !== 'template') {
    evaluation.diagnostics.length = 0;
    return result;
  }
  result.recognized = true;
  const reader = new TemplateReader(evaluation, options.readFile);
  const given = new Map<string, StaticValue>();
  for (const path of options.parameterFiles ?? []) {
    for (const [name, value] of reader.readParameterFile(path, file, index)) given.set(name, value);
  }
  for (const [name, value] of options.parameterValues ?? []) given.set(name.toLowerCase(), value);
  const scope = reader.scope(root!, index, given, 0);
  reader.readResources(property(root, 'resources'), scope, { loops: NO_LOOPS }, result.resources);
  linkParents(result.resources);
  for (const slot of scope.parameters.values()) result.parameters.set(slot.name, reader.resolve(slot));
  return result;
}

/**
 * Reads an ARM parameter file's values by name (lower case). Values are taken as written
 * (ARM does not evaluate expressions in parameter files); a Key Vault reference is unknown.
 */
export function readArmParameters(text: string, file: string, options: { bounds?: Partial<AzureBounds> } = {}): { recognized: boolean; values: Map<string, StaticValue>; diagnostics: AzureDeployment['diagnostics'] } {
  const evaluation = new AzureEvaluation('arm', { ...DEFAULT_AZURE_BOUNDS, ...options.bounds });
  const index = new LineIndex(file, text);
  const reader = new TemplateReader(evaluation, undefined);
  const values = reader.parameterValues(text, index);
  return { recognized: values !== undefined, values: values ?? new Map(), diagnostics: evaluation.diagnostics };
}

/**
 * Reads an ARM template another read pulls in (a Bicep module written as JSON) into `out`,
 * with the caller's evaluation (bounds and diagnostics) and the parameter values it gives;
 * its resources are deployed by `deployment`. False when the text is not a template.
 */
export function readArmTemplateInto(
  text: string,
  file: string,
  evaluation: AzureEvaluation,
  given: ReadonlyMap<string, StaticValue>,
  deployment: AzureResource,
  depth: number,
  readFile: AzureFileReader | undefined,
  out: AzureResource[],
): boolean {
  return evaluation.reading('arm', () => {
    const index = new LineIndex(file, text);
    if (text.length > evaluation.bounds.maxTextLength) {
      evaluation.diagnose('too-large', fileTooLarge(text.length, evaluation.bounds.maxTextLength), index.range(0, 0), 'error');
      return true;
    }
    const root = parseJsonText(index, evaluation);
    if (armDocumentKind(root) !== 'template') return false;
    const lowered = new Map<string, StaticValue>();
    for (const [name, value] of given) lowered.set(name.toLowerCase(), value);
    const reader = new TemplateReader(evaluation, readFile);
    reader.readResources(property(root, 'resources'), reader.scope(root!, index, lowered, depth), { loops: NO_LOOPS, deployment }, out);
    return true;
  });
}

/** What resources inside others inherit: the parent instance, the loops it is in, its unknown condition, its deployment. */
interface Container {
  parent?: AzureResource;
  loops: Loops;
  condition?: StaticValue;
  deployment?: AzureResource;
}

class TemplateReader {
  constructor(
    private readonly evaluation: AzureEvaluation,
    private readonly readFile: AzureFileReader | undefined,
  ) {}

  // -- Parameters and variables -------------------------------------------------------

  scope(root: JsonNode, index: LineIndex, given: ReadonlyMap<string, StaticValue>, depth: number): Scope {
    const scope: Scope = { index, parameters: new Map(), variables: new Map(), depth };
    for (const { key, keyNode, value } of properties(property(root, 'parameters'))) {
      const lower = key.toLowerCase();
      const defaultNode = property(value, 'defaultValue');
      scope.parameters.set(lower, {
        name: key,
        loc: rangeOfNode(index, keyNode),
        state: 'pending',
        compute: () => {
          const supplied = given.get(lower);
          if (supplied) return supplied;
          if (defaultNode) return this.value(defaultNode, scope, NO_LOOPS);
          return this.evaluation.unknown(`parameters('${key}')`, WHY.parameterWithoutValue(key), rangeOfNode(index, keyNode));
        },
      });
    }
    for (const { key, keyNode, value } of properties(property(root, 'variables'))) {
      if (key.toLowerCase() === 'copy' && value.type === 'array') {
        // Variable iteration: each element makes a variable whose value is an array.
        for (const spec of value.children ?? []) {
          const name = literal(property(spec, 'name'));
          if (name === undefined) continue;
          scope.variables.set(name.toLowerCase(), { name, loc: rangeOfNode(index, spec), state: 'pending', compute: () => this.copyLoop(spec, name, scope, NO_LOOPS) });
        }
        continue;
      }
      scope.variables.set(key.toLowerCase(), { name: key, loc: rangeOfNode(index, keyNode), state: 'pending', compute: () => this.value(value, scope, NO_LOOPS) });
    }
    return scope;
  }

  /** A parameter's or variable's value, computed once; a variable that needs itself is a diagnostic. */
  resolve(slot: Slot): StaticValue {
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

  readParameterFile(path: string, fromFile: string, index: LineIndex): Map<string, StaticValue> {
    if (!this.readFile) return new Map();
    const read = this.readFile(path, fromFile);
    if ('error' in read) {
      this.evaluation.diagnose('parameter-file', `parameter file ${path} is not read: ${read.error}`, index.range(0, 0));
      return new Map();
    }
    this.evaluation.filesRead.push(read.file);
    const fileIndex = new LineIndex(read.file, read.text);
    const values = this.parameterValues(read.text, fileIndex);
    if (!values) this.evaluation.diagnose('parameter-file', `${read.file} is not an ARM parameter file (no "parameters" object)`, fileIndex.range(0, 0));
    return values ?? new Map();
  }

  /** A parameter file's values by lower-case name, or undefined when the text is not one. */
  parameterValues(text: string, index: LineIndex): Map<string, StaticValue> | undefined {
    if (text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose('too-large', fileTooLarge(text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), 'error');
      return undefined;
    }
    const root = parseJsonText(index, this.evaluation);
    const parameters = property(root, 'parameters');
    // A template declares parameters too: its `parameters` are declarations, not values.
    if (parameters?.type !== 'object' || armDocumentKind(root) === 'template') return undefined;
    const values = new Map<string, StaticValue>();
    for (const { key, value } of properties(parameters)) {
      const given = property(value, 'value');
      if (given) values.set(key.toLowerCase(), jsonLiteralValue(given, index, this.evaluation));
      else if (property(value, 'reference')) values.set(key.toLowerCase(), this.evaluation.unknown(key, WHY.keyVault, rangeOfNode(index, value)));
    }
    return values;
  }

  // -- Values ---------------------------------------------------------------------------

  /** A JSON value of the template, its expressions evaluated and its property copies expanded. */
  value(node: JsonNode, scope: Scope, loops: Loops, omit?: (key: string) => boolean): StaticValue {
    const loc = rangeOfNode(scope.index, node);
    if (!this.evaluation.step(loc)) return this.evaluation.unknown(scope.index.text.slice(node.offset, node.offset + Math.min(node.length, 200)), WHY.bound, loc);
    switch (node.type) {
      case 'string':
        return this.stringValue(node, scope, loops, loc);
      case 'number':
        return { kind: 'number', value: node.value as number, loc };
      case 'boolean':
        return { kind: 'bool', value: node.value as boolean, loc };
      case 'null':
        return { kind: 'null', loc };
      case 'array':
        return { kind: 'list', items: (node.children ?? []).map((item) => this.value(item, scope, loops)), loc };
      default: {
        const entries = new Map<string, StaticValue>();
        for (const { key, value } of properties(node)) {
          if (omit?.(key)) continue;
          if (key.toLowerCase() === 'copy' && isPropertyCopy(value)) {
            for (const spec of value.children ?? []) {
              const name = literal(property(spec, 'name'));
              if (name !== undefined) entries.set(name, this.copyLoop(spec, name, scope, loops));
            }
            continue;
          }
          entries.set(key, this.value(value, scope, loops));
        }
        return { kind: 'object', entries, loc };
      }
    }
  }

  /** A property or variable copy: `input` evaluated once per index of `count`. */
  private copyLoop(spec: JsonNode, name: string, scope: Scope, loops: Loops): StaticValue {
    const loc = rangeOfNode(scope.index, spec);
    const countNode = property(spec, 'count');
    const input = property(spec, 'input');
    const count = countNode ? this.value(countNode, scope, loops) : undefined;
    if (count?.kind !== 'number' || !input) {
      const reason = count?.kind === 'unknown' ? count.reason : count ? WHY.error(`the count of copy '${name}' is not an integer`) : WHY.error(`copy '${name}' has no count`);
      return this.evaluation.unknown(`copy '${name}'`, reason, loc);
    }
    const granted = this.evaluation.takeInstances(Math.max(0, Math.trunc(count.value)), loc, `'${name}'`);
    const items: StaticValue[] = [];
    for (let i = 0; i < granted; i++) {
      const named = new Map(loops.named);
      named.set(name.toLowerCase(), i);
      items.push(this.value(input, scope, { resource: loops.resource, named }));
    }
    return { kind: 'list', items, loc };
  }

  private stringValue(node: JsonNode, scope: Scope, loops: Loops, loc: SourceRange): StaticValue {
    const value = node.value as string;
    const form = armStringForm(value);
    const offsets = new JsonStringOffsets(scope.index, node);
    if (form.kind === 'literal') {
      return literalString(form.value, loc, scope.index.range(offsets.offset(form.start), offsets.offset(value.length)), offsets.exact);
    }
    const parsed = parseArmExpression(form.text, this.evaluation.bounds.maxDepth);
    const site: ExpressionSite = { scope, loops, text: value, offsets };
    if ('error' in parsed) {
      const at = this.rangeIn(site, parsed.error.start, parsed.error.end);
      this.evaluation.diagnose('expression', `${parsed.error.message} in ${quote(value)}`, at, 'error');
      return this.evaluation.unknown(value, WHY.syntax, loc);
    }
    return this.expression(parsed.expression, site);
  }

  private rangeIn(site: ExpressionSite, start: number, end: number): SourceRange {
    return site.scope.index.range(site.offsets.offset(start), site.offsets.offset(end));
  }

  private expression(node: ArmExpression, site: ExpressionSite): StaticValue {
    const loc = this.rangeIn(site, node.start, node.end);
    const written = site.text.slice(node.start, node.end);
    switch (node.kind) {
      case 'string':
        return literalString(node.value, loc, this.rangeIn(site, node.start + 1, node.end - 1), site.offsets.exact && !node.escaped);
      case 'number':
        return { kind: 'number', value: node.value, loc };
      case 'member': {
        const object = this.expression(node.object, site);
        if (object.kind === 'unknown') return { kind: 'unknown', expression: written, reason: object.reason, loc };
        if (object.kind !== 'object') return this.evaluation.unknown(written, WHY.error(`'${node.property}' is read from a value that is not an object`), loc);
        return entryOf(object, node.property) ?? this.evaluation.unknown(written, WHY.error(`the object has no property '${node.property}'`), loc);
      }
      case 'index': {
        const object = this.expression(node.object, site);
        const index = this.expression(node.index, site);
        return indexInto(object, index, written, loc, this.evaluation);
      }
      case 'call':
        return this.call(node, site, loc, written);
    }
  }

  private call(node: Extract<ArmExpression, { kind: 'call' }>, site: ExpressionSite, loc: SourceRange, written: string): StaticValue {
    const name = node.name.toLowerCase();
    if (name === 'parameters' || name === 'variables') {
      const arg = node.args.length === 1 ? this.expression(node.args[0], site) : undefined;
      if (arg?.kind === 'unknown') return { kind: 'unknown', expression: written, reason: arg.reason, loc };
      if (arg?.kind !== 'string') {
        this.evaluation.diagnose('expression', `${node.name}() takes the name of one ${name === 'parameters' ? 'parameter' : 'variable'}`, loc, 'error');
        return this.evaluation.unknown(written, WHY.syntax, loc);
      }
      const slot = (name === 'parameters' ? site.scope.parameters : site.scope.variables).get(arg.value.toLowerCase());
      if (!slot) {
        this.evaluation.diagnose('reference', `the template declares no ${name === 'parameters' ? 'parameter' : 'variable'} '${arg.value}'`, loc, 'error');
        return this.evaluation.unknown(written, WHY.error(`no ${name === 'parameters' ? 'parameter' : 'variable'} '${arg.value}'`), loc);
      }
      return this.resolve(slot);
    }
    if (name === 'copyindex') return this.copyIndex(node, site, loc, written);
    if (name === 'if' && node.args.length === 3) {
      const condition = this.expression(node.args[0], site);
      if (condition.kind === 'bool') return this.expression(node.args[condition.value ? 1 : 2], site);
      if (condition.kind === 'unknown') return { kind: 'unknown', expression: written, reason: condition.reason, loc };
    }
    const args = node.args.map((arg) => this.expression(arg, site));
    const callSite = { name: node.name, expression: written, loc };
    if (node.name.includes('.')) return this.evaluation.unknown(written, WHY.notEvaluated(node.name), loc);
    return callTemplateFunction(args, callSite, this.evaluation) ?? this.evaluation.unknown(written, WHY.notEvaluated(node.name), loc);
  }

  /** `copyIndex()`, `copyIndex(offset)`, `copyIndex('loop')`, `copyIndex('loop', offset)`. */
  private copyIndex(node: Extract<ArmExpression, { kind: 'call' }>, site: ExpressionSite, loc: SourceRange, written: string): StaticValue {
    const args = node.args.map((arg) => this.expression(arg, site));
    const unknownArg = args.find((arg): arg is UnknownValue => arg.kind === 'unknown');
    if (unknownArg) return { kind: 'unknown', expression: written, reason: unknownArg.reason, loc };
    let loopName: string | undefined;
    let offset = 0;
    if (args[0]?.kind === 'string') {
      loopName = args[0].value;
      if (args[1]?.kind === 'number') offset = args[1].value;
    } else if (args[0]?.kind === 'number') offset = args[0].value;
    let index: number | undefined;
    if (loopName !== undefined) {
      if (!site.loops.named.has(loopName.toLowerCase())) {
        this.evaluation.diagnose('expression', `copyIndex('${loopName}') is outside a copy loop of that name`, loc, 'error');
        return this.evaluation.unknown(written, WHY.error(`no copy loop '${loopName}'`), loc);
      }
      index = site.loops.named.get(loopName.toLowerCase());
    } else {
      if (!site.loops.resource) {
        this.evaluation.diagnose('expression', 'copyIndex() is outside a resource copy loop', loc, 'error');
        return this.evaluation.unknown(written, WHY.error('no resource copy loop'), loc);
      }
      index = site.loops.resource.index;
    }
    if (index === undefined) return this.evaluation.unknown(written, WHY.loopCountUnknown, loc);
    return { kind: 'number', value: index + offset, loc };
  }

  // -- Resources ----------------------------------------------------------------------

  /** The resources of a `resources` array (or object of symbolic names, language version 2.0). */
  readResources(node: JsonNode | undefined, scope: Scope, container: Container, out: AzureResource[]): void {
    if (node?.type === 'array') for (const element of node.children ?? []) this.readResource(element, undefined, scope, container, out);
    else if (node?.type === 'object') for (const { key, value } of properties(node)) this.readResource(value, key, scope, container, out);
  }

  private readResource(node: JsonNode, symbol: string | undefined, scope: Scope, container: Container, out: AzureResource[]): void {
    const loc = rangeOfNode(scope.index, node);
    if (node.type !== 'object') {
      this.evaluation.diagnose('resource', 'a resource is not an object', loc);
      return;
    }
    const typeNode = property(node, 'type');
    const type = typeNode ? this.value(typeNode, scope, container.loops) : undefined;
    if (type?.kind !== 'string' || type.value.length === 0) {
      this.evaluation.diagnose('resource', type?.kind === 'unknown' ? `a resource's type is unknown (${type.reason}); it is not read` : 'a resource has no type; it is not read', typeNode ? rangeOfNode(scope.index, typeNode) : loc);
      return;
    }
    const copyNode = property(node, 'copy');
    if (!copyNode || copyNode.type !== 'object') {
      this.readInstance(node, symbol, type, scope, container, container.loops, undefined, out);
      return;
    }
    const copyLoc = rangeOfNode(scope.index, copyNode);
    const loopName = literal(property(copyNode, 'name')) ?? symbol ?? '';
    const countNode = property(copyNode, 'count');
    const count = countNode ? this.value(countNode, scope, container.loops) : undefined;
    if (count?.kind !== 'number') {
      // An unknown count: one resource stands for the loop, its copyIndex() unknown.
      const loops: Loops = { resource: { index: undefined }, named: withLoop(container.loops.named, loopName, undefined) };
      this.readInstance(node, symbol, type, scope, container, loops, { name: loopName, loc: copyLoc }, out);
      return;
    }
    const granted = this.evaluation.takeInstances(Math.max(0, Math.trunc(count.value)), copyLoc, `'${loopName}'`);
    for (let i = 0; i < granted; i++) {
      const loops: Loops = { resource: { index: i }, named: withLoop(container.loops.named, loopName, i) };
      this.readInstance(node, symbol, type, scope, container, loops, { name: loopName, index: i, loc: copyLoc }, out);
    }
  }

  private readInstance(
    node: JsonNode,
    symbol: string | undefined,
    type: Extract<StaticValue, { kind: 'string' }>,
    scope: Scope,
    container: Container,
    loops: Loops,
    loop: AzureResource['loop'],
    out: AzureResource[],
  ): void {
    const loc = rangeOfNode(scope.index, node);
    let condition = container.condition;
    const conditionNode = property(node, 'condition');
    if (conditionNode) {
      const value = this.value(conditionNode, scope, loops);
      if (value.kind === 'bool' && !value.value) return;
      if (value.kind === 'unknown') condition ??= value;
      else if (value.kind !== 'bool') condition ??= this.evaluation.unknown(scope.index.text.slice(conditionNode.offset, conditionNode.offset + conditionNode.length), WHY.error('the condition is not a bool'), value.loc);
    }
    const parent = container.parent;
    const relative = parent !== undefined && !isFullType(type.value);
    const fullType = relative ? `${parent.type}/${type.value}` : type.value;
    const isDeployment = fullType.toLowerCase() === DEPLOYMENTS_TYPE;
    const body = this.value(node, scope, loops, (key) => OMITTED_KEYS.has(key.toLowerCase()) || (isDeployment && key.toLowerCase() === 'properties'));
    const propsNode = property(node, 'properties');
    if (isDeployment && propsNode && body.kind === 'object') {
      // A deployment's template is read as its own resources, in its own scope, not as a value of this one.
      body.entries.set('properties', this.value(propsNode, scope, loops, (key) => key.toLowerCase() === 'template'));
    }
    const nameNode = property(node, 'name');
    const written = (body.kind === 'object' ? entryOf(body, 'name') : undefined) ?? this.evaluation.unknown('', WHY.error('the resource has no name'), loc);
    const nameLoc = nameNode ? rangeOfNode(scope.index, nameNode) : loc;
    const { name, segments } = composeName(written, relative ? parent.nameSegments : undefined, nameLoc);
    const apiValue = body.kind === 'object' ? entryOf(body, 'apiVersion') : undefined;
    const resource: AzureResource = {
      language: 'arm',
      type: fullType,
      typeLoc: type.loc,
      apiVersion: apiValue?.kind === 'string' ? apiValue.value : undefined,
      name,
      nameSegments: segments,
      properties: (body.kind === 'object' ? entryOf(body, 'properties') : undefined) ?? { kind: 'null', loc },
      body,
      loc,
    };
    if (parent) resource.parent = parent;
    if (condition) resource.condition = condition;
    if (loop) resource.loop = loop;
    if (literalTrue(property(node, 'existing'))) resource.existing = true;
    if (symbol !== undefined) resource.symbol = symbol;
    if (container.deployment) resource.deployment = container.deployment;
    checkNameSegments(resource, this.evaluation, nameLoc);
    out.push(resource);
    this.readResources(property(node, 'resources'), scope, { parent: resource, loops, condition, deployment: container.deployment }, out);
    if (isDeployment) this.readNestedDeployment(node, resource, scope, loops, condition, out);
  }

  /**
   * A `Microsoft.Resources/deployments` resource's template: inline (`template`), or linked by
   * `relativePath` through the reader. With `expressionEvaluationOptions.scope` `inner` (and
   * for linked templates) the template has its own parameters, given by the deployment's
   * `parameters`; with `outer` (ARM's default) its expressions read the parent's.
   */
  private readNestedDeployment(node: JsonNode, deployment: AzureResource, scope: Scope, loops: Loops, condition: StaticValue | undefined, out: AzureResource[]): void {
    const props = property(node, 'properties');
    const inline = property(props, 'template');
    const link = property(props, 'templateLink');
    if (!inline && !link) return;
    const at = rangeOfNode(scope.index, inline ?? link!);
    if (scope.depth + 1 > this.evaluation.bounds.maxDeploymentDepth) {
      this.evaluation.diagnose('deployment-depth', `nested deployments go deeper than ${this.evaluation.bounds.maxDeploymentDepth} levels; this one is not read`, at);
      return;
    }
    const given = (): Map<string, StaticValue> => {
      const values = new Map<string, StaticValue>();
      for (const { key, value } of properties(property(props, 'parameters'))) {
        const supplied = property(value, 'value');
        if (supplied) values.set(key.toLowerCase(), this.value(supplied, scope, loops));
        else if (property(value, 'reference')) values.set(key.toLowerCase(), this.evaluation.unknown(key, WHY.keyVault, rangeOfNode(scope.index, value)));
      }
      return values;
    };
    const container: Container = { loops: NO_LOOPS, condition, deployment };
    if (inline?.type === 'object') {
      const inner = literal(property(property(props, 'expressionEvaluationOptions'), 'scope'))?.toLowerCase() === 'inner';
      const nestedScope = inner ? this.scope(inline, scope.index, given(), scope.depth + 1) : { ...scope, depth: scope.depth + 1 };
      this.readResources(property(inline, 'resources'), nestedScope, container, out);
      return;
    }
    const relativePath = link ? property(link, 'relativePath') : undefined;
    const path = relativePath ? this.value(relativePath, scope, loops) : undefined;
    if (path?.kind !== 'string' || !this.readFile) return;
    const read = this.readFile(path.value, scope.index.file);
    if ('error' in read) {
      this.evaluation.diagnose('linked-template', `linked template ${path.value} is not read: ${read.error}`, path.loc);
      return;
    }
    this.evaluation.filesRead.push(read.file);
    const index = new LineIndex(read.file, read.text);
    if (read.text.length > this.evaluation.bounds.maxTextLength) {
      this.evaluation.diagnose('too-large', fileTooLarge(read.text.length, this.evaluation.bounds.maxTextLength), index.range(0, 0), 'error');
      return;
    }
    const root = parseJsonText(index, this.evaluation);
    if (armDocumentKind(root) !== 'template') {
      this.evaluation.diagnose('linked-template', `linked template ${path.value} is not a deployment template`, path.loc);
      return;
    }
    this.readResources(property(root, 'resources'), this.scope(root!, index, given(), scope.depth + 1), container, out);
  }
}

/** Keys of a resource declaration that are not part of its evaluated body: they are read as loop, condition and children. */
const OMITTED_KEYS = new Set(['copy', 'condition', 'resources']);

function isPropertyCopy(node: JsonNode): boolean {
  return node.type === 'array' && (node.children ?? []).length > 0 && (node.children ?? []).every((spec) => spec.type === 'object' && property(spec, 'name') && property(spec, 'input'));
}

function literalTrue(node: JsonNode | undefined): boolean {
  return node?.type === 'boolean' && node.value === true;
}

function withLoop(named: ReadonlyMap<string, number | undefined>, name: string, index: number | undefined): Map<string, number | undefined> {
  const next = new Map(named);
  if (name) next.set(name.toLowerCase(), index);
  return next;
}

function quote(text: string): string {
  return text.length > 80 ? `"${text.slice(0, 77)}..."` : `"${text}"`;
}

/** `value[index]`: an item of an array by integer, an entry of an object by name; unknown when either is. */
export function indexInto(object: StaticValue, index: StaticValue, written: string, loc: SourceRange, evaluation: AzureEvaluation): StaticValue {
  if (object.kind === 'unknown') return { kind: 'unknown', expression: written, reason: object.reason, loc };
  if (index.kind === 'unknown') return { kind: 'unknown', expression: written, reason: index.reason, loc };
  if (object.kind === 'list' && index.kind === 'number') {
    return object.items[index.value] ?? evaluation.unknown(written, WHY.error(`item ${index.value} of an array of ${object.items.length}`), loc);
  }
  if (object.kind === 'object' && index.kind === 'string') return entryOf(object, index.value) ?? evaluation.unknown(written, WHY.error(`the object has no property '${index.value}'`), loc);
  return evaluation.unknown(written, WHY.error('an index that does not fit the value'), loc);
}
