/**
 * JSON Schema validation of positioned YAML: ajv validates the plain value, and each
 * error is turned into one diagnostic at the YAML node behind its JSON pointer (the key
 * for unknown keys, the value otherwise), with the nearest valid name for unknown keys
 * and values. Shared by `.uclint.yml` and manifests so both speak the same way.
 */
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { validatorFor } from '../../../core/validators.js';
import type { Diagnostic, SourceRange } from '../../../core/types.js';
import { Suggestions } from '../../../core/nearest.js';
import { deref, getEntry } from './model.js';
import type { YamlNode, YamlPair } from './model.js';

/** How YAML schemas are compiled, at build time (scripts/validator-code.ts) and here alike. verbose: errors carry the data and the schema they failed on, which the messages need. */
export const YAML_AJV: Options = { allErrors: true, strict: false, verbose: true };

/**
 * A validator for `schema`: the one compiled at build time under `key`, else compiled by ajv on
 * first use, so a run that never needs it does not pay for it.
 */
export function lazyValidator(schema: object, key: string): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => (compiled ??= validatorFor(key, schema, YAML_AJV));
}

export function errorAt(range: SourceRange, code: string, message: string): Diagnostic {
  return { file: range.file, line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn, severity: 'error', code, message };
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** Finds the YAML node behind a JSON pointer into the plain value. */
export class YamlLocator {
  constructor(
    private readonly root: YamlNode | null,
    private readonly fallback: SourceRange,
  ) {}

  /** The value at the path, or the deepest node found on the way. */
  value(segments: readonly string[]): SourceRange {
    return this.walk(segments).value?.loc ?? this.fallback;
  }

  /** The key whose value is at the path (for unknown keys and bad ids). */
  key(segments: readonly string[]): SourceRange {
    const found = this.walk(segments);
    return (found.complete ? found.key?.loc : undefined) ?? found.value?.loc ?? this.fallback;
  }

  /** The key and value at the path, when the whole path exists and ends in a mapping's entry. */
  entry(segments: readonly string[]): YamlPair | undefined {
    const found = this.walk(segments);
    return found.complete && found.key && found.value ? { key: found.key, value: found.value } : undefined;
  }

  /** The node written at the path (an alias stays an alias), when the whole path exists. */
  node(segments: readonly string[]): YamlNode | undefined {
    const found = this.walk(segments);
    return found.complete ? found.value : undefined;
  }

  private walk(segments: readonly string[]): { value?: YamlNode; key?: YamlNode; complete: boolean } {
    let value: YamlNode | undefined = this.root ?? undefined;
    let key: YamlNode | undefined;
    for (const segment of segments) {
      const node = value ? deref(value) : undefined;
      if (node?.kind === 'map') {
        const entry = getEntry(node, segment);
        if (!entry) return { value, key, complete: false };
        key = entry.key;
        value = entry.value;
      } else if (node?.kind === 'seq' && /^\d+$/.test(segment) && Number(segment) < node.items.length) {
        key = undefined;
        value = node.items[Number(segment)];
      } else {
        return { value, key, complete: false };
      }
    }
    return { value, key, complete: true };
  }
}

/** Every JSON pointer strictly above one of `pointers` (`/a` and the root `''` for `/a/b`), each ancestor walked once. */
export function pointersAbove(pointers: Iterable<string>): Set<string> {
  const above = new Set<string>();
  for (const pointer of pointers) {
    for (let i = pointer.lastIndexOf('/'); i >= 0; i = pointer.lastIndexOf('/', i - 1)) {
      const ancestor = pointer.slice(0, i);
      if (above.has(ancestor)) break;
      above.add(ancestor);
      if (i === 0) break;
    }
  }
  return above;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `rules.x509/expiry[1].days`, or `rootName` for the root. */
export function displayPath(segments: readonly string[], rootName: string): string {
  if (segments.length === 0) return rootName;
  let out = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment) && out !== '') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  integer: 'an integer',
  null: 'empty',
};

function typeWords(types: string[]): string {
  const words = [...new Set(types.map((t) => TYPE_WORDS[t] ?? t))];
  return words.length <= 1 ? (words[0] ?? 'valid') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** YAML problems under the caller's code prefix: `yaml/syntax` becomes `config/yaml-syntax`. */
export function withCodePrefix(diagnostics: readonly Diagnostic[], codePrefix: string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, severity: 'error', code: d.code.replace(/^yaml\//, `${codePrefix}/yaml-`) }));
}

/** A value as messages quote it: strings in single quotes, anything else as JSON. */
export function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/** What a caller's own wording of an error needs to know. */
export interface SchemaErrorSite {
  error: ErrorObject;
  segments: string[];
  /** `certificates[0].notAfter`, or the root name. */
  path: string;
  /** Where the value at the path was written. */
  range: SourceRange;
}

export interface SchemaErrorOptions {
  /** First part of every code: `config` gives `config/unknown-key`. */
  codePrefix: string;
  /** How messages name the root value (`the configuration`, `the document`). */
  rootName: string;
  locator: YamlLocator;
  /** A diagnostic for an error about a key (`propertyNames`), before the generic one. */
  describeKey?: (site: SchemaErrorSite) => Diagnostic | undefined;
  /** A diagnostic for an error about a value, before the generic one; one per value. */
  describeValue?: (site: SchemaErrorSite) => Diagnostic | undefined;
  /** The file's budget of suggestions, when the caller makes more of its own. */
  suggestions?: Suggestions;
}

/**
 * The errors worth reporting. Property-name checks report twice (the inner pattern
 * carries `propertyName`). Where oneOf failed, a branch that failed deeper (the value had
 * that branch's shape) explains more than the branches that failed at the value itself,
 * and any branch explains more than the bare oneOf. Errors are grouped by path once, so
 * that judging each is not a pass over all of them.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const relevant = errors.filter((e) => !(e.keyword === 'pattern' && (e as ErrorObject & { propertyName?: string }).propertyName !== undefined));
  const oneOfPaths = new Set(relevant.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  if (oneOfPaths.size === 0) return relevant;
  const errorsAt = new Map<string, number>();
  for (const e of relevant) errorsAt.set(e.instancePath, (errorsAt.get(e.instancePath) ?? 0) + 1);
  /** Paths with an error somewhere below them. */
  const above = pointersAbove(errorsAt.keys());
  return relevant.filter((e) => {
    if (!oneOfPaths.has(e.instancePath)) return true;
    if (above.has(e.instancePath)) return false;
    return e.keyword !== 'oneOf' || (errorsAt.get(e.instancePath) ?? 0) <= 1;
  });
}

/** One diagnostic per unknown key, missing key and bad value. */
export function schemaDiagnostics(errors: readonly ErrorObject[], options: SchemaErrorOptions): Diagnostic[] {
  const { codePrefix, rootName, locator } = options;
  const relevant = relevantErrors(errors);
  const diagnostics: Diagnostic[] = [];
  const handledPaths = new Set<string>();
  const typesAt = new Map<string, string[]>();
  for (const e of relevant) {
    if (e.keyword !== 'type') continue;
    const types = typesAt.get(e.instancePath) ?? [];
    types.push(String((e.params as { type: string }).type));
    typesAt.set(e.instancePath, types);
  }
  const suggestions = options.suggestions ?? new Suggestions();
  for (const e of relevant) {
    const segments = pointerSegments(e.instancePath);
    const path = displayPath(segments, rootName);
    const data = e.data;
    if (e.keyword === 'additionalProperties') {
      const name = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {});
      const inWhat = segments.length === 0 ? '' : ` in ${path}`;
      const hint = suggestions.didYouMean(name, known) || `; expected one of: ${known.join(', ')}`;
      diagnostics.push(errorAt(locator.key([...segments, name]), `${codePrefix}/unknown-key`, `unknown key '${name}'${inWhat}${hint}`));
      continue;
    }
    if (e.keyword === 'propertyNames') {
      const name = String((e.params as { propertyName: string }).propertyName);
      const range = locator.key([...segments, name]);
      const own = options.describeKey?.({ error: e, segments, path, range });
      diagnostics.push(own ?? errorAt(range, `${codePrefix}/invalid-key`, `invalid key '${name}'${segments.length === 0 ? '' : ` in ${path}`}`));
      continue;
    }
    if (e.keyword === 'required') {
      const name = String((e.params as { missingProperty: string }).missingProperty);
      diagnostics.push(errorAt(locator.value(segments), `${codePrefix}/missing-key`, `${path} has no '${name}'`));
      continue;
    }
    // One message per value: oneOf branches that failed side by side say the same thing.
    if (handledPaths.has(e.instancePath)) continue;
    handledPaths.add(e.instancePath);
    const range = locator.value(segments);
    const own = options.describeValue?.({ error: e, segments, path, range });
    if (own) {
      diagnostics.push(own);
      continue;
    }
    if (e.keyword === 'type') {
      const types = typesAt.get(e.instancePath) ?? [];
      diagnostics.push(errorAt(range, `${codePrefix}/invalid-type`, `${path} must be ${typeWords(types.flatMap((t) => t.split(',')))}`));
      continue;
    }
    if (e.keyword === 'enum') {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const hint = typeof data === 'string' ? suggestions.didYouMean(data, allowed) : '';
      diagnostics.push(errorAt(range, `${codePrefix}/invalid-value`, `${path}: ${show(data)} is not one of: ${allowed.join(', ')}${hint}`));
      continue;
    }
    if (e.keyword === 'minLength') {
      diagnostics.push(errorAt(range, `${codePrefix}/invalid-value`, `${path} must not be empty`));
      continue;
    }
    diagnostics.push(errorAt(range, `${codePrefix}/invalid-value`, `${path} ${e.message ?? 'is invalid'}`));
  }
  return diagnostics;
}
