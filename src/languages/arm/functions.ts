import type { SourceRange } from '../../core/types.js';
import { parse as parseJson, type ParseError } from 'jsonc-parser';
import { firstUnknown, type StaticValue } from '../values.js';
import { WHY, type AzureEvaluation } from './context.js';
import { joinParts, partsOf, type StringPart } from './parts.js';

/**
 * The template functions of Azure Resource Manager, evaluated on static values. One library
 * serves ARM's `[concat(...)]` and Bicep's `concat(...)`, since Bicep compiles to the same
 * functions. What depends on the deployment (`resourceGroup()`, `uniqueString()`,
 * `reference()`) is unknown, named and explained; a function not listed is unknown too.
 */

/** Where a function is called: its name as written, the call as written, and its range. */
export interface CallSite {
  name: string;
  expression: string;
  loc: SourceRange;
}

type Value = StaticValue;
type Known<K extends Value['kind']> = Extract<Value, { kind: K }>;

/** The text ARM gives a value in a string (`concat`, `format`, `string()`, Bicep's interpolation). */
export function textOf(value: Value): string | undefined {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
      return String(value.value);
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'null':
      return '';
    case 'list':
    case 'object': {
      if (firstUnknown(value)) return undefined;
      return JSON.stringify(toJson(value));
    }
    case 'unknown':
      return undefined;
  }
}

function toJson(value: Value): unknown {
  switch (value.kind) {
    case 'list':
      return value.items.map(toJson);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, entry] of value.entries) out[key] = toJson(entry);
      return out;
    }
    case 'null':
      return null;
    case 'unknown':
      return undefined;
    default:
      return value.value;
  }
}

/** A value's kind as ARM's messages name it. */
function typeName(value: Value): string {
  return { string: 'a string', number: 'an integer', bool: 'a bool', null: 'null', list: 'an array', object: 'an object', unknown: 'unknown' }[value.kind];
}

/** An object's entry by name: exact first, then ignoring case (ARM's property names are case-insensitive). */
export function entryOf(value: Known<'object'>, key: string): Value | undefined {
  const exact = value.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [name, entry] of value.entries) if (name.toLowerCase() === lower) return entry;
  return undefined;
}

/** Deep equality as ARM's `equals` (strings case-sensitive, object keys not); undefined when an unknown part decides. */
export function valuesEqual(a: Value, b: Value): boolean | undefined {
  if (a.kind === 'unknown' || b.kind === 'unknown') return undefined;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'null':
      return true;
    case 'string':
    case 'number':
    case 'bool':
      return a.value === (b as typeof a).value;
    case 'list': {
      const other = b as Known<'list'>;
      if (a.items.length !== other.items.length) return false;
      let unknown = false;
      for (let i = 0; i < a.items.length; i++) {
        const same = valuesEqual(a.items[i], other.items[i]);
        if (same === false) return false;
        if (same === undefined) unknown = true;
      }
      return unknown ? undefined : true;
    }
    case 'object': {
      const other = b as Known<'object'>;
      if (a.entries.size !== other.entries.size) return false;
      let unknown = false;
      for (const [key, entry] of a.entries) {
        const match = entryOf(other, key);
        if (!match) return false;
        const same = valuesEqual(entry, match);
        if (same === false) return false;
        if (same === undefined) unknown = true;
      }
      return unknown ? undefined : true;
    }
  }
}

/** A key equal for values `valuesEqual` calls equal (object keys ignore case); undefined when a part is unknown. */
function canonicalKey(value: Value): string | undefined {
  switch (value.kind) {
    case 'unknown':
      return undefined;
    case 'null':
      return 'null';
    case 'string':
      return `s${JSON.stringify(value.value)}`;
    case 'number':
      return `n${value.value}`;
    case 'bool':
      return `b${value.value}`;
    case 'list': {
      const items: string[] = [];
      for (const item of value.items) {
        const key = canonicalKey(item);
        if (key === undefined) return undefined;
        items.push(key);
      }
      return `[${items.join(',')}]`;
    }
    case 'object': {
      const entries: string[] = [];
      for (const [name, entry] of value.entries) {
        const key = canonicalKey(entry);
        if (key === undefined) return undefined;
        entries.push(`${JSON.stringify(name.toLowerCase())}:${key}`);
      }
      return `{${entries.sort().join(',')}}`;
    }
  }
}

/** A function of the library: the arguments evaluated, the call site, the read's state. */
type TemplateFunction = (args: Value[], site: CallSite, evaluation: AzureEvaluation) => Value;

class Failure {
  constructor(readonly message: string) {}
}

/** Stops a function with a template error (the deployment would fail): a diagnostic, and the value is unknown. */
function fail(message: string): never {
  throw new Failure(message);
}

function expectArgs(args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    fail(`takes ${wanted} argument${wanted === '1' ? '' : 's'}, not ${args.length}`);
  }
}

function asString(value: Value, what = 'argument'): string {
  if (value.kind !== 'string') fail(`${what} is ${typeName(value)}, not a string`);
  return value.value;
}

function asInteger(value: Value, what = 'argument'): number {
  if (value.kind !== 'number') fail(`${what} is ${typeName(value)}, not an integer`);
  return value.value;
}

function asBool(value: Value, what = 'argument'): boolean {
  if (value.kind !== 'bool') fail(`${what} is ${typeName(value)}, not a bool`);
  return value.value;
}

function number(value: number, site: CallSite): Value {
  if (!Number.isFinite(value)) fail('the result is not a number');
  return { kind: 'number', value, loc: site.loc };
}

function bool(value: boolean, site: CallSite): Value {
  return { kind: 'bool', value, loc: site.loc };
}

function listOf(items: Value[], site: CallSite, evaluation: AzureEvaluation): Value {
  return evaluation.list(items, site.loc, site.expression);
}

function unknownFrom(value: Extract<Value, { kind: 'unknown' }>, site: CallSite): Value {
  return { kind: 'unknown', expression: site.expression, reason: value.reason, loc: site.loc };
}

/** The first argument that is wholly unknown, as the call's value. */
function unknownArgument(args: Value[], site: CallSite): Value | undefined {
  for (const arg of args) if (arg.kind === 'unknown') return unknownFrom(arg, site);
  return undefined;
}

/** The first argument with an unknown part anywhere in it, as the call's value. */
function partlyUnknownArgument(args: Value[], site: CallSite): Value | undefined {
  for (const arg of args) {
    const unknown = firstUnknown(arg);
    if (unknown) return unknownFrom(unknown, site);
  }
  return undefined;
}

/** Functions whose value is the deployment's (resource group, subscription, a fresh GUID). */
const DEPLOYMENT_FUNCTIONS = ['resourcegroup', 'subscription', 'deployment', 'tenant', 'environment', 'managementgroup', 'uniquestring', 'guid', 'newguid', 'utcnow', 'deployer'];

/** Functions that read deployed resources. */
const RUNTIME_FUNCTIONS = ['reference', 'providers', 'pickzones', 'getsecret'];

const RESOURCE_ID_FUNCTIONS = ['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid', 'managementgroupresourceid'];

/** The type and name a resource id function builds, from its arguments (the type is the first that reads `Namespace/type`). */
function resourceIdParts(name: string, args: Value[]): { type: string; name: string } | undefined {
  let from = 0;
  // extensionResourceId(resourceId, type, names...) starts with the id it extends.
  if (name === 'extensionresourceid') from = 1;
  for (let i = from; i < args.length; i++) {
    const arg = args[i];
    if (arg.kind !== 'string') continue;
    const segments = arg.value.split('/');
    if (segments.length < 2 || !segments[0].includes('.')) continue;
    const names = args.slice(i + 1);
    if (names.length === 0 || names.some((part) => part.kind !== 'string')) return undefined;
    return { type: arg.value, name: names.map((part) => (part as Known<'string'>).value).join('/') };
  }
  return undefined;
}

/** `{0}`, `{1,-8}` and `{{ }}` as .NET's composite format reads them; specifiers (`{0:N2}`) are not evaluated. */
function formatParts(format: Value, args: Value[], site: CallSite): StringPart[] {
  const text = asString(format, 'the format');
  const formatParts = partsOf(format, textOf);
  const single = formatParts.length === 1 && !('unknown' in formatParts[0]) ? formatParts[0] : undefined;
  const parts: StringPart[] = [];
  let run = '';
  let runStart = 0;
  let runExact = true;
  const flushRun = (end: number) => {
    if (run.length === 0) return;
    if (single?.exact && runExact) {
      parts.push({ text: run, loc: { ...single.loc, column: single.loc.column + runStart, endColumn: single.loc.column + end }, exact: true });
    } else parts.push({ text: run, loc: format.loc, exact: false });
    run = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      if (run.length === 0) runStart = i;
      run += c;
      runExact = false;
      i += 2;
      continue;
    }
    if (c === '}') fail(`the format has a '}' with no '{' at character ${i + 1}`);
    if (c !== '{') {
      if (run.length === 0) {
        runStart = i;
        runExact = true;
      }
      run += c;
      i++;
      continue;
    }
    const close = text.indexOf('}', i);
    if (close < 0) fail(`the format has a '{' with no '}' at character ${i + 1}`);
    const item = text.slice(i + 1, close);
    const match = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::(.*))?$/s.exec(item);
    if (!match) fail(`the format item '{${item}}' is not {index[,alignment][:format]}`);
    flushRun(i);
    const index = Number(match[1]);
    if (index >= args.length) fail(`the format item '{${item}}' names argument ${index}, and there ${args.length === 1 ? 'is 1' : `are ${args.length}`}`);
    const arg = args[index];
    if (match[3] !== undefined && match[3] !== '') {
      parts.push({ unknown: { kind: 'unknown', expression: site.expression, reason: WHY.notEvaluated(`format with '{${item}}'`), loc: site.loc } });
    } else if (match[2] !== undefined) {
      const value = textOf(arg);
      if (value === undefined) parts.push(...partsOf(arg, textOf));
      else {
        const width = Number(match[2]);
        const padded = width < 0 ? value.padEnd(-width) : value.padStart(width);
        parts.push({ text: padded, loc: arg.loc, exact: false });
      }
    } else parts.push(...partsOf(arg, textOf));
    i = close + 1;
    runExact = true;
  }
  flushRun(text.length);
  return parts;
}

function unionValues(args: Value[], site: CallSite, evaluation: AzureEvaluation): Value {
  if (args.every((arg) => arg.kind === 'object' || arg.kind === 'null')) {
    let merged: Known<'object'> = { kind: 'object', entries: new Map(), loc: site.loc };
    for (const arg of args) if (arg.kind === 'object') merged = mergeObjects(merged, arg, site, evaluation);
    return merged;
  }
  if (args.every((arg) => arg.kind === 'list' || arg.kind === 'null')) {
    const unknown = partlyUnknownArgument(args, site);
    if (unknown) return unknown;
    const items: Value[] = [];
    const seen = new Set<string>();
    for (const arg of args) {
      if (arg.kind !== 'list') continue;
      if (!evaluation.step(site.loc, arg.items.length)) return evaluation.unknown(site.expression, WHY.bound, site.loc);
      for (const item of arg.items) {
        const key = canonicalKey(item)!;
        if (seen.has(key)) continue;
        seen.add(key);
        items.push(item);
      }
    }
    return listOf(items, site, evaluation);
  }
  return fail('takes objects or arrays, all of one kind');
}

/** `union` of objects: later entries win; nested objects are merged too. */
function mergeObjects(into: Known<'object'>, from: Known<'object'>, site: CallSite, evaluation: AzureEvaluation): Known<'object'> {
  const entries = new Map(into.entries);
  for (const [key, value] of from.entries) {
    evaluation.step(site.loc);
    let existingKey: string | undefined;
    for (const name of entries.keys()) if (name.toLowerCase() === key.toLowerCase()) existingKey = name;
    const existing = existingKey === undefined ? undefined : entries.get(existingKey);
    if (existingKey !== undefined) entries.delete(existingKey);
    entries.set(existingKey ?? key, existing?.kind === 'object' && value.kind === 'object' ? mergeObjects(existing, value, site, evaluation) : value);
  }
  return { kind: 'object', entries, loc: site.loc };
}

function containsValue(container: Value, item: Value, site: CallSite): Value {
  switch (container.kind) {
    case 'string':
      return bool(container.value.includes(asString(item, 'the item')), site);
    case 'object':
      return bool(entryOf(container, asString(item, 'the key')) !== undefined, site);
    case 'list': {
      let unknown: Extract<Value, { kind: 'unknown' }> | undefined;
      for (const entry of container.items) {
        const same = valuesEqual(entry, item);
        if (same) return bool(true, site);
        if (same === undefined) unknown ??= firstUnknown(entry) ?? firstUnknown(item);
      }
      return unknown ? unknownFrom(unknown, site) : bool(false, site);
    }
    case 'null':
      return bool(false, site);
    default:
      return fail(`the container is ${typeName(container)}`);
  }
}

function isEmpty(value: Value, site: CallSite): Value {
  switch (value.kind) {
    case 'null':
      return bool(true, site);
    case 'string':
      return bool(value.value.length === 0, site);
    case 'list':
      return bool(value.items.length === 0, site);
    case 'object':
      return bool(value.entries.size === 0, site);
    default:
      return fail(`takes a string, an array or an object, not ${typeName(value)}`);
  }
}

function compare(args: Value[], site: CallSite, test: (order: number) => boolean): Value {
  expectArgs(args, 2);
  const [a, b] = args;
  if (a.kind === 'number' && b.kind === 'number') return bool(test(a.value - b.value), site);
  if (a.kind === 'string' && b.kind === 'string') return bool(test(a.value < b.value ? -1 : a.value > b.value ? 1 : 0), site);
  return fail(`compares two integers or two strings, not ${typeName(a)} and ${typeName(b)}`);
}

function arithmetic(args: Value[], site: CallSite, operation: (a: number, b: number) => number): Value {
  expectArgs(args, 2);
  const a = asInteger(args[0]);
  const b = asInteger(args[1]);
  return number(operation(a, b), site);
}

function sliceOf(value: Value, start: number, end: number | undefined, site: CallSite, evaluation: AzureEvaluation): Value {
  if (value.kind === 'string') return evaluation.string(value.value.slice(start, end), site.loc, site.expression);
  if (value.kind === 'list') return listOf(value.items.slice(start, end), site, evaluation);
  return fail(`takes a string or an array, not ${typeName(value)}`);
}

/** The integer of a string as ARM's `int()` reads it (decimal digits with an optional sign). */
function parseInteger(text: string): number {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) fail(`'${text}' is not an integer`);
  return Number(trimmed);
}

function jsonToValue(value: unknown, loc: SourceRange, evaluation: AzureEvaluation): Value {
  evaluation.step(loc);
  if (value === null) return { kind: 'null', loc };
  if (typeof value === 'string') return { kind: 'string', value, loc };
  if (typeof value === 'number') return { kind: 'number', value, loc };
  if (typeof value === 'boolean') return { kind: 'bool', value, loc };
  if (Array.isArray(value)) return { kind: 'list', items: value.map((item) => jsonToValue(item, loc, evaluation)), loc };
  const entries = new Map<string, Value>();
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) entries.set(key, jsonToValue(entry, loc, evaluation));
  return { kind: 'object', entries, loc };
}

const LIBRARY: Record<string, TemplateFunction> = {
  concat(args, site, evaluation) {
    if (args.length > 0 && args.every((arg) => arg.kind === 'list' || arg.kind === 'null')) {
      const items: Value[] = [];
      for (const arg of args) if (arg.kind === 'list') for (const item of arg.items) items.push(item);
      return listOf(items, site, evaluation);
    }
    if (args.some((arg) => arg.kind === 'list')) {
      const unknown = args.find((arg) => arg.kind === 'unknown');
      if (unknown?.kind === 'unknown') return unknownFrom(unknown, site);
      fail('joins strings or arrays, not both');
    }
    const parts: StringPart[] = [];
    for (const arg of args) {
      if (arg.kind === 'object') fail('joins strings or arrays, not objects');
      for (const part of partsOf(arg, textOf)) parts.push(part);
    }
    return joinParts(parts, site.loc, site.expression, evaluation);
  },
  format(args, site, evaluation) {
    expectArgs(args, 1, Infinity);
    if (args[0].kind === 'unknown') return unknownFrom(args[0], site);
    return joinParts(formatParts(args[0], args.slice(1), site), site.loc, site.expression, evaluation);
  },
  tolower: (args, site, evaluation) => (expectArgs(args, 1), unknownArgument(args, site) ?? evaluation.string(asString(args[0]).toLowerCase(), site.loc, site.expression)),
  toupper: (args, site, evaluation) => (expectArgs(args, 1), unknownArgument(args, site) ?? evaluation.string(asString(args[0]).toUpperCase(), site.loc, site.expression)),
  trim: (args, site, evaluation) => (expectArgs(args, 1), unknownArgument(args, site) ?? evaluation.string(asString(args[0]).trim(), site.loc, site.expression)),
  replace(args, site, evaluation) {
    expectArgs(args, 3);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const old = asString(args[1], 'the string to replace');
    if (old.length === 0) fail('the string to replace is empty');
    return evaluation.string(asString(args[0]).split(old).join(asString(args[2], 'the replacement')), site.loc, site.expression);
  },
  split(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = partlyUnknownArgument(args, site);
    if (unknown) return unknown;
    const text = asString(args[0]);
    const delimiters = args[1].kind === 'list' ? args[1].items.map((item) => asString(item, 'a delimiter')) : [asString(args[1], 'the delimiter')];
    let pieces = [text];
    for (const delimiter of delimiters) if (delimiter.length > 0) pieces = pieces.flatMap((piece) => piece.split(delimiter));
    return listOf(
      pieces.map((piece) => ({ kind: 'string', value: piece, loc: site.loc })),
      site,
      evaluation,
    );
  },
  string(args, site, evaluation) {
    expectArgs(args, 1);
    const text = textOf(args[0]);
    if (text === undefined) return unknownFrom(firstUnknown(args[0])!, site);
    return args[0].kind === 'string' ? args[0] : evaluation.string(text, site.loc, site.expression);
  },
  int(args, site) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const arg = args[0];
    if (arg.kind === 'number') return number(Math.trunc(arg.value), site);
    return number(parseInteger(asString(arg)), site);
  },
  bool(args, site) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const arg = args[0];
    if (arg.kind === 'bool') return arg;
    if (arg.kind === 'number') return bool(arg.value !== 0, site);
    const text = asString(arg).toLowerCase();
    if (text !== 'true' && text !== 'false') fail(`'${asString(arg)}' is not 'true' or 'false'`);
    return bool(text === 'true', site);
  },
  length(args, site) {
    expectArgs(args, 1);
    const [arg] = args;
    if (arg.kind === 'unknown') return unknownFrom(arg, site);
    if (arg.kind === 'string') return number(arg.value.length, site);
    if (arg.kind === 'list') return number(arg.items.length, site);
    if (arg.kind === 'object') return number(arg.entries.size, site);
    return fail(`takes a string, an array or an object, not ${typeName(arg)}`);
  },
  first(args, site, evaluation) {
    expectArgs(args, 1);
    const [arg] = args;
    if (arg.kind === 'unknown') return unknownFrom(arg, site);
    if (arg.kind === 'string') return evaluation.string(arg.value.slice(0, 1), site.loc, site.expression);
    if (arg.kind === 'list') return arg.items[0] ?? evaluation.unknown(site.expression, WHY.emptyArray('first'), site.loc);
    return fail(`takes a string or an array, not ${typeName(arg)}`);
  },
  last(args, site, evaluation) {
    expectArgs(args, 1);
    const [arg] = args;
    if (arg.kind === 'unknown') return unknownFrom(arg, site);
    if (arg.kind === 'string') return evaluation.string(arg.value.slice(-1), site.loc, site.expression);
    if (arg.kind === 'list') return arg.items[arg.items.length - 1] ?? evaluation.unknown(site.expression, WHY.emptyArray('last'), site.loc);
    return fail(`takes a string or an array, not ${typeName(arg)}`);
  },
  union(args, site, evaluation) {
    expectArgs(args, 1, Infinity);
    return unknownArgument(args, site) ?? unionValues(args, site, evaluation);
  },
  intersection(args, site, evaluation) {
    expectArgs(args, 1, Infinity);
    const unknown = partlyUnknownArgument(args, site);
    if (unknown) return unknown;
    if (args.every((arg) => arg.kind === 'list')) {
      const lists = args as Known<'list'>[];
      if (!evaluation.step(site.loc, lists.reduce((n, list) => n + list.items.length, 0))) return evaluation.unknown(site.expression, WHY.bound, site.loc);
      const inAll = lists.slice(1).map((list) => new Set(list.items.map((item) => canonicalKey(item)!)));
      const seen = new Set<string>();
      const items: Value[] = [];
      for (const item of lists[0].items) {
        const key = canonicalKey(item)!;
        if (seen.has(key) || !inAll.every((set) => set.has(key))) continue;
        seen.add(key);
        items.push(item);
      }
      return listOf(items, site, evaluation);
    }
    if (args.every((arg) => arg.kind === 'object')) {
      const objects = args as Known<'object'>[];
      const entries = new Map<string, Value>();
      for (const [key, value] of objects[0].entries) {
        if (objects.every((object) => { const other = entryOf(object, key); return other !== undefined && valuesEqual(other, value); })) entries.set(key, value);
      }
      return { kind: 'object', entries, loc: site.loc };
    }
    return fail('takes objects or arrays, all of one kind');
  },
  createarray: (args, site, evaluation) => listOf([...args], site, evaluation),
  array(args, site, evaluation) {
    expectArgs(args, 1);
    if (args[0].kind === 'list' || args[0].kind === 'unknown') return args[0].kind === 'unknown' ? unknownFrom(args[0], site) : args[0];
    return listOf([args[0]], site, evaluation);
  },
  createobject(args, site, evaluation) {
    if (args.length % 2 !== 0) fail('takes pairs of key and value');
    const entries = new Map<string, Value>();
    for (let i = 0; i < args.length; i += 2) {
      if (args[i].kind === 'unknown') return unknownFrom(args[i] as Extract<Value, { kind: 'unknown' }>, site);
      entries.set(asString(args[i], 'a key'), args[i + 1]);
    }
    evaluation.step(site.loc, args.length);
    return { kind: 'object', entries, loc: site.loc };
  },
  equals(args, site) {
    expectArgs(args, 2);
    const same = valuesEqual(args[0], args[1]);
    if (same === undefined) return unknownFrom((firstUnknown(args[0]) ?? firstUnknown(args[1]))!, site);
    return bool(same, site);
  },
  not: (args, site) => (expectArgs(args, 1), unknownArgument(args, site) ?? bool(!asBool(args[0]), site)),
  and(args, site) {
    expectArgs(args, 1, Infinity);
    let unknown: Value | undefined;
    for (const arg of args) {
      if (arg.kind === 'unknown') unknown ??= unknownFrom(arg, site);
      else if (!asBool(arg)) return bool(false, site);
    }
    return unknown ?? bool(true, site);
  },
  or(args, site) {
    expectArgs(args, 1, Infinity);
    let unknown: Value | undefined;
    for (const arg of args) {
      if (arg.kind === 'unknown') unknown ??= unknownFrom(arg, site);
      else if (asBool(arg)) return bool(true, site);
    }
    return unknown ?? bool(false, site);
  },
  empty: (args, site) => (expectArgs(args, 1), unknownArgument(args, site) ?? isEmpty(args[0], site)),
  contains: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? containsValue(args[0], args[1], site)),
  coalesce(args, site) {
    for (const arg of args) {
      if (arg.kind === 'unknown') return unknownFrom(arg, site);
      if (arg.kind !== 'null') return arg;
    }
    return { kind: 'null', loc: site.loc };
  },
  less: (args, site) => unknownArgument(args, site) ?? compare(args, site, (order) => order < 0),
  lessorequals: (args, site) => unknownArgument(args, site) ?? compare(args, site, (order) => order <= 0),
  greater: (args, site) => unknownArgument(args, site) ?? compare(args, site, (order) => order > 0),
  greaterorequals: (args, site) => unknownArgument(args, site) ?? compare(args, site, (order) => order >= 0),
  add: (args, site) => unknownArgument(args, site) ?? arithmetic(args, site, (a, b) => a + b),
  sub: (args, site) => unknownArgument(args, site) ?? arithmetic(args, site, (a, b) => a - b),
  mul: (args, site) => unknownArgument(args, site) ?? arithmetic(args, site, (a, b) => a * b),
  div: (args, site) =>
    unknownArgument(args, site) ??
    arithmetic(args, site, (a, b) => {
      if (b === 0) fail('division by zero');
      return Math.trunc(a / b);
    }),
  mod: (args, site) =>
    unknownArgument(args, site) ??
    arithmetic(args, site, (a, b) => {
      if (b === 0) fail('division by zero');
      return a % b;
    }),
  min(args, site) {
    const values = args.length === 1 && args[0].kind === 'list' ? args[0].items : args;
    const unknown = unknownArgument(values, site);
    if (unknown) return unknown;
    if (values.length === 0) fail('takes at least one integer');
    return number(values.reduce((least, value) => Math.min(least, asInteger(value)), Infinity), site);
  },
  max(args, site) {
    const values = args.length === 1 && args[0].kind === 'list' ? args[0].items : args;
    const unknown = unknownArgument(values, site);
    if (unknown) return unknown;
    if (values.length === 0) fail('takes at least one integer');
    return number(values.reduce((most, value) => Math.max(most, asInteger(value)), -Infinity), site);
  },
  substring(args, site, evaluation) {
    expectArgs(args, 2, 3);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const text = asString(args[0]);
    const start = asInteger(args[1], 'the start');
    const length = args.length === 3 ? asInteger(args[2], 'the length') : text.length - start;
    if (start < 0 || length < 0 || start + length > text.length) fail(`characters ${start} to ${start + length} are outside a string of ${text.length}`);
    return evaluation.string(text.slice(start, start + length), site.loc, site.expression);
  },
  startswith: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? bool(asString(args[0]).toLowerCase().startsWith(asString(args[1]).toLowerCase()), site)),
  endswith: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? bool(asString(args[0]).toLowerCase().endsWith(asString(args[1]).toLowerCase()), site)),
  indexof: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? number(asString(args[0]).toLowerCase().indexOf(asString(args[1]).toLowerCase()), site)),
  lastindexof: (args, site) => (expectArgs(args, 2), unknownArgument(args, site) ?? number(asString(args[0]).toLowerCase().lastIndexOf(asString(args[1]).toLowerCase()), site)),
  join(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = partlyUnknownArgument(args, site);
    if (unknown) return unknown;
    if (args[0].kind !== 'list') fail(`takes an array, not ${typeName(args[0])}`);
    return evaluation.string(args[0].items.map((item) => textOf(item) ?? '').join(asString(args[1], 'the delimiter')), site.loc, site.expression);
  },
  range(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const start = asInteger(args[0], 'the start');
    const count = asInteger(args[1], 'the count');
    if (count < 0) fail(`the count is ${count}`);
    if (count > evaluation.bounds.maxListLength) return evaluation.list(new Array<Value>(count), site.loc, site.expression);
    const items: Value[] = [];
    for (let i = 0; i < count; i++) items.push({ kind: 'number', value: start + i, loc: site.loc });
    return listOf(items, site, evaluation);
  },
  skip(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    return sliceOf(args[0], Math.max(0, asInteger(args[1], 'the count')), undefined, site, evaluation);
  },
  take(args, site, evaluation) {
    expectArgs(args, 2);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    return sliceOf(args[0], 0, Math.max(0, asInteger(args[1], 'the count')), site, evaluation);
  },
  padleft(args, site, evaluation) {
    expectArgs(args, 2, 3);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const text = args[0].kind === 'number' ? String(args[0].value) : asString(args[0]);
    const width = asInteger(args[1], 'the length');
    const pad = args.length === 3 ? asString(args[2], 'the padding') : ' ';
    if (pad.length !== 1) fail('the padding is not one character');
    if (width > evaluation.bounds.maxStringLength) return evaluation.string(' '.repeat(evaluation.bounds.maxStringLength + 1), site.loc, site.expression);
    return evaluation.string(text.padStart(width, pad), site.loc, site.expression);
  },
  json(args, site, evaluation) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    const errors: ParseError[] = [];
    const text = asString(args[0]);
    const parsed: unknown = parseJson(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0) fail(`'${text.length > 40 ? `${text.slice(0, 40)}...` : text}' is not JSON`);
    return jsonToValue(parsed, site.loc, evaluation);
  },
  items(args, site, evaluation) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    if (args[0].kind !== 'object') fail(`takes an object, not ${typeName(args[0])}`);
    const keys = [...args[0].entries.keys()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
    const object = args[0];
    return listOf(
      keys.map((key) => ({
        kind: 'object',
        loc: site.loc,
        entries: new Map<string, Value>([
          ['key', { kind: 'string', value: key, loc: site.loc }],
          ['value', object.entries.get(key)!],
        ]),
      })),
      site,
      evaluation,
    );
  },
  /** Bicep's safe access `a.?b` compiles to `tryGet(a, 'b')`: the entry, or null when there is none. */
  tryget(args, site) {
    expectArgs(args, 2, Infinity);
    let value = args[0];
    for (const key of args.slice(1)) {
      if (value.kind === 'unknown') return unknownFrom(value, site);
      if (key.kind === 'unknown') return unknownFrom(key, site);
      if (value.kind === 'object' && key.kind === 'string') value = entryOf(value, key.value) ?? { kind: 'null', loc: site.loc };
      else if (value.kind === 'list' && key.kind === 'number') value = value.items[key.value] ?? { kind: 'null', loc: site.loc };
      else if (value.kind === 'null') return value;
      else fail(`reads ${typeName(key)} from ${typeName(value)}`);
    }
    return value;
  },
  objectkeys(args, site, evaluation) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    if (args[0].kind !== 'object') fail(`takes an object, not ${typeName(args[0])}`);
    return listOf([...args[0].entries.keys()].map((key) => ({ kind: 'string', value: key, loc: site.loc })), site, evaluation);
  },
  flatten(args, site, evaluation) {
    expectArgs(args, 1);
    const unknown = unknownArgument(args, site);
    if (unknown) return unknown;
    if (args[0].kind !== 'list') fail(`takes an array, not ${typeName(args[0])}`);
    const items: Value[] = [];
    for (const item of args[0].items) {
      if (item.kind === 'unknown') return unknownFrom(item, site);
      if (item.kind !== 'list') fail(`takes an array of arrays, and an item is ${typeName(item)}`);
      for (const inner of item.items) items.push(inner);
    }
    return listOf(items, site, evaluation);
  },
  true: (args, site) => (expectArgs(args, 0), bool(true, site)),
  false: (args, site) => (expectArgs(args, 0), bool(false, site)),
  null: (args, site) => (expectArgs(args, 0), { kind: 'null', loc: site.loc }),
};

/** Names of the functions the library evaluates (lower case). */
export const EVALUATED_FUNCTIONS: readonly string[] = Object.keys(LIBRARY);

/**
 * The value of a template function called with `args`, or undefined when the name is none the
 * library knows (the caller says it is not evaluated). A call that would fail the deployment
 * (a wrong type, `substring` past the end) is unknown, with the reason: no diagnostic, since
 * the arguments may be placeholder defaults that the real deployment replaces.
 */
export function callTemplateFunction(args: Value[], site: CallSite, evaluation: AzureEvaluation): Value | undefined {
  const name = site.name.toLowerCase();
  if (DEPLOYMENT_FUNCTIONS.includes(name)) return evaluation.unknown(site.expression, WHY.deployment(site.name), site.loc);
  if (RUNTIME_FUNCTIONS.includes(name) || (name.startsWith('list') && name !== 'list')) return evaluation.unknown(site.expression, WHY.afterDeployment(`${site.name}()`), site.loc);
  if (RESOURCE_ID_FUNCTIONS.includes(name)) {
    const unknown: Value = evaluation.unknown(site.expression, WHY.resourceId, site.loc);
    const parts = resourceIdParts(name, args);
    if (parts) unknown.resourceId = parts;
    return unknown;
  }
  const implementation = Object.hasOwn(LIBRARY, name) ? LIBRARY[name] : undefined;
  if (!implementation) return undefined;
  if (!evaluation.step(site.loc)) return evaluation.unknown(site.expression, WHY.bound, site.loc);
  try {
    return implementation(args, site, evaluation);
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return evaluation.unknown(site.expression, WHY.error(`${site.name}() ${error.message}`), site.loc);
  }
}
