import { parserFor } from '../tree-sitter/grammars.js';
import type { StaticValue } from '../values.js';
import { readModule, type ReadTerraformOptions, type TerraformModule } from './module.js';

/**
 * The Terraform static reader: a module directory's `.tf` and `.tf.json` files, with the
 * variable files that apply, read into resources, data sources, module calls, variables,
 * locals, outputs and providers whose values are `StaticValue`s with their ranges.
 *
 * The tree-sitter grammar is loaded on the first call; a run that reads no Terraform pays
 * nothing for it.
 */
export async function readTerraformModule(options: ReadTerraformOptions): Promise<TerraformModule> {
  const parser = await parserFor('terraform');
  try {
    return readModule(parser, options);
  } finally {
    parser.delete();
  }
}

const CONFIGURATION_FILE = /\.tf(\.json)?$/i;
const VARIABLE_FILE = /(^|[/\\])(terraform\.tfvars(\.json)?|[^/\\]+\.auto\.tfvars(\.json)?)$/;

/** A file Terraform reads as part of a module's configuration. */
export function isConfigurationFile(file: string): boolean {
  return CONFIGURATION_FILE.test(file);
}

/** A variable file Terraform reads by itself for the root module in its directory (`-var-file` ones are named on its command line). */
export function isAutomaticVariableFile(file: string): boolean {
  return VARIABLE_FILE.test(file);
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/**
 * Variable files of one directory in Terraform's order of precedence, lowest first:
 * `terraform.tfvars`, `terraform.tfvars.json`, then the `*.auto.tfvars` and
 * `*.auto.tfvars.json` files by name. A later file's value wins.
 */
export function orderVariableFiles<T extends { file: string }>(files: readonly T[]): T[] {
  const rank = (file: string) => {
    const name = baseName(file);
    return name === 'terraform.tfvars' ? 0 : name === 'terraform.tfvars.json' ? 1 : 2;
  };
  return files
    .filter((file) => isAutomaticVariableFile(file.file))
    .sort((a, b) => rank(a.file) - rank(b.file) || (baseName(a.file) < baseName(b.file) ? -1 : baseName(a.file) > baseName(b.file) ? 1 : 0));
}

/**
 * Nested blocks of one type in a resource's attributes, as a list of objects whichever way
 * they were written: blocks (`security_rule { ... }`, a list in the attributes), an argument
 * holding a list of objects, or, in JSON syntax, one object.
 */
export function nestedBlocks(attributes: StaticValue, type: string): StaticValue[] {
  if (attributes.kind !== 'object') return [];
  const value = attributes.entries.get(type);
  if (!value) return [];
  if (value.kind === 'list') return value.items;
  if (value.kind === 'object' || value.kind === 'unknown') return [value];
  return [];
}

export { DEFAULT_BOUNDS, type TerraformBounds } from './bounds.js';
export type { CommentReader, TerraformFile } from './config.js';
export type { HclCode } from './diagnostics.js';
export { MODELLED_FUNCTIONS } from './functions.js';
export type { ModuleInstance, NamedValue, ProviderConfig, ReadModuleDirectory, ReadTerraformOptions, ResourceInstance, TerraformModule, TerraformVariable } from './module.js';
