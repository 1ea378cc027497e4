import type { Parser } from 'web-tree-sitter';
import type { Diagnostic } from '../../core/types.js';
import { fileTooLarge } from '../../core/words.js';
import { attributesOf, blocksOf, rangeOf, type Attribute, type Block, type Body } from './ast.js';
import type { TerraformBounds } from './bounds.js';
import { hclDiagnostic } from './diagnostics.js';
import { parseJson } from './json.js';
import { parseNative } from './native.js';
import { sourceOf } from './source.js';

/** A file handed to the reader: its path relative to the lint root, and its text. */
export interface TerraformFile {
  file: string;
  text: string;
}

/**
 * One module's configuration as Terraform loads it from a directory: the blocks of all its
 * `.tf` and `.tf.json` files, override files (`override.tf`, `*_override.tf`, and their JSON
 * forms) merged onto the blocks they name, and each name declared once.
 */
export interface ModuleConfig {
  directory: string;
  variables: Map<string, Block>;
  locals: Map<string, Attribute>;
  /** Managed resources by `TYPE.NAME`, in the order they are written. */
  resources: Map<string, Block>;
  resourceTypes: Set<string>;
  /** Data sources by `TYPE.NAME`. */
  data: Map<string, Block>;
  modules: Map<string, Block>;
  outputs: Map<string, Block>;
  providers: Block[];
  diagnostics: Diagnostic[];
}

const JSON_FILE = /\.json$/i;
const OVERRIDE_FILE = /(^|[/\\])(override|[^/\\]*_override)\.tf(\.json)?$/;

export function isOverrideFile(file: string): boolean {
  return OVERRIDE_FILE.test(file);
}

/** Parses one file by its name: JSON syntax for `.tf.json` and `.tfvars.json`, the native syntax otherwise. */
/** Told each comment of a file read: its file and the offsets of the comment in the text. */
export type CommentReader = (file: string, start: number, end: number) => void;

export function parseFile(parser: Parser, file: TerraformFile, bounds: TerraformBounds, kind: 'configuration' | 'variables', comments?: CommentReader): { body: Body; diagnostics: Diagnostic[] } {
  const src = sourceOf(file.file, file.text);
  if (file.text.length > bounds.fileSize) {
    return { body: { items: [] }, diagnostics: [hclDiagnostic('hcl/too-large', 'warning', fileTooLarge(file.text.length, bounds.fileSize), src.range(0, 0))] };
  }
  const parsed = JSON_FILE.test(file.file) ? parseJson(parser, src, bounds, kind) : parseNative(parser, src, bounds);
  if (comments) for (const [start, end] of parsed.comments ?? []) comments(file.file, start, end);
  return parsed;
}

export function loadModuleConfig(parser: Parser, directory: string, files: readonly TerraformFile[], bounds: TerraformBounds, comments?: CommentReader): ModuleConfig {
  const config: ModuleConfig = {
    directory,
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    resourceTypes: new Set(),
    data: new Map(),
    modules: new Map(),
    outputs: new Map(),
    providers: [],
    diagnostics: [],
  };
  const overrides: Block[] = [];
  for (const file of files) {
    const { body, diagnostics } = parseFile(parser, file, bounds, 'configuration', comments);
    config.diagnostics.push(...diagnostics);
    const blocks = blocksOf(body);
    for (const attribute of attributesOf(body)) {
      config.diagnostics.push(hclDiagnostic('hcl/invalid', 'error', `an argument (\`${attribute.name}\`) outside any block`, rangeOf(attribute)));
    }
    if (isOverrideFile(file.file)) overrides.push(...blocks);
    else for (const block of blocks) declare(config, block);
  }
  for (const block of overrides) override(config, block);
  return config;
}

function duplicate(config: ModuleConfig, block: Block | Attribute, what: string): void {
  config.diagnostics.push(hclDiagnostic('hcl/duplicate', 'error', `${what} is declared twice; the first is read`, rangeOf(block)));
}

function labelled(config: ModuleConfig, block: Block, count: number): string[] | undefined {
  if (block.labels.length === count) return block.labels.map((label) => label.value);
  config.diagnostics.push(hclDiagnostic('hcl/invalid', 'error', `a \`${block.type}\` block takes ${count === 1 ? 'one label' : `${count} labels`}`, rangeOf(block)));
  return undefined;
}

function declare(config: ModuleConfig, block: Block): void {
  const named = (map: Map<string, Block>, labels: number, what: (key: string) => string) => {
    const names = labelled(config, block, labels);
    if (!names) return;
    const key = names.join('.');
    if (map.has(key)) duplicate(config, block, what(key));
    else map.set(key, block);
  };
  switch (block.type) {
    case 'variable':
      return named(config.variables, 1, (key) => `the variable \`${key}\``);
    case 'output':
      return named(config.outputs, 1, (key) => `the output \`${key}\``);
    case 'module':
      return named(config.modules, 1, (key) => `the module \`${key}\``);
    case 'resource':
      named(config.resources, 2, (key) => `the resource \`${key}\``);
      if (block.labels.length === 2) config.resourceTypes.add(block.labels[0].value);
      return;
    case 'data':
      return named(config.data, 2, (key) => `the data source \`data.${key}\``);
    case 'provider':
      if (labelled(config, block, 1)) config.providers.push(block);
      return;
    case 'locals':
      for (const attribute of attributesOf(block.body)) {
        if (config.locals.has(attribute.name)) duplicate(config, attribute, `the local value \`${attribute.name}\``);
        else config.locals.set(attribute.name, attribute);
      }
      return;
    default:
      // terraform, moved, import, removed, check: nothing the reader evaluates.
      return;
  }
}

/**
 * An override file's block replaces, in the block it names, each argument it sets and every
 * nested block of each type it has; an override `locals` block replaces the local values it sets.
 */
function override(config: ModuleConfig, block: Block): void {
  if (block.type === 'locals') {
    for (const attribute of attributesOf(block.body)) {
      if (config.locals.has(attribute.name)) config.locals.set(attribute.name, attribute);
      else config.diagnostics.push(hclDiagnostic('hcl/invalid', 'error', `the override of the local value \`${attribute.name}\` has no local value to override`, rangeOf(attribute)));
    }
    return;
  }
  const maps: Record<string, Map<string, Block> | undefined> = {
    variable: config.variables,
    output: config.outputs,
    module: config.modules,
    resource: config.resources,
    data: config.data,
  };
  const key = block.labels.map((label) => label.value).join('.');
  const map = maps[block.type];
  const base = map ? map.get(key) : block.type === 'provider' ? config.providers.find((p) => p.labels[0]?.value === key) : undefined;
  if (!base) {
    if (map || block.type === 'provider') config.diagnostics.push(hclDiagnostic('hcl/invalid', 'error', `the override of \`${block.type} ${block.labels.map((l) => JSON.stringify(l.value)).join(' ')}\` has no block to override`, rangeOf(block)));
    return;
  }
  const merged: Block = { ...base, body: mergeBodies(base.body, block.body) };
  if (map) map.set(key, merged);
  else config.providers[config.providers.indexOf(base)] = merged;
}

function mergeBodies(base: Body, over: Body): Body {
  const attributes = new Map(attributesOf(over).map((attribute) => [attribute.name, attribute]));
  const blockTypes = new Set(blocksOf(over).map((block) => block.type));
  const items: Body['items'] = [];
  for (const item of base.items) {
    if (item.kind === 'attribute') {
      items.push(attributes.get(item.name) ?? item);
      attributes.delete(item.name);
    } else if (!blockTypes.has(item.type)) items.push(item);
  }
  items.push(...attributes.values(), ...blocksOf(over));
  return { items };
}
