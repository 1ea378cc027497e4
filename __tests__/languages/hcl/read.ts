/** Shared by the Terraform reader's tests: read files as one root module, and look at what was read. */
import type { SourceRange } from '../../../src/core/types.js';
import { readTerraformModule, type ReadTerraformOptions, type ResourceInstance, type TerraformModule } from '../../../src/languages/hcl/index.js';
import { plainValue, type StaticValue } from '../../../src/languages/values.js';

export async function read(files: Record<string, string>, options: Partial<ReadTerraformOptions> & { vars?: Record<string, string> } = {}): Promise<TerraformModule> {
  const { vars, ...rest } = options;
  return readTerraformModule({
    directory: '.',
    files: Object.entries(files).map(([file, text]) => ({ file, text })),
    ...(vars ? { variableFiles: Object.entries(vars).map(([file, text]) => ({ file, text })) } : {}),
    ...rest,
  });
}

export function resource(module: TerraformModule, address: string): ResourceInstance {
  const found = [...module.resources, ...module.data].find((r) => r.address === address);
  if (!found) throw new Error(`no ${address} in ${[...module.resources, ...module.data].map((r) => r.address).join(', ')}`);
  return found;
}

export function attr(instance: ResourceInstance, name: string): StaticValue {
  const value = instance.attributes.entries.get(name);
  if (!value) throw new Error(`${instance.address} has no ${name}`);
  return value;
}

/** `line:column-endLine:endColumn`, to compare positions in one string. */
export function at(range: SourceRange | undefined): string | undefined {
  return range && `${range.line}:${range.column}-${range.endLine}:${range.endColumn}`;
}

export function plain(value: StaticValue | undefined): unknown {
  return value && plainValue(value);
}

export function diagnostics(module: TerraformModule): string[] {
  return module.diagnostics.map((d) => `${d.file}:${at(d)} ${d.code} ${d.message}`);
}

/** The value of `local.NAME`. */
export function local(module: TerraformModule, name: string): StaticValue {
  const found = module.locals.find((l) => l.name === name);
  if (!found) throw new Error(`no local ${name}`);
  return found.value;
}

/** Every local's value as plain data, unknown ones as `?reason`. */
export function locals(module: TerraformModule): Record<string, unknown> {
  return Object.fromEntries(module.locals.map((l) => [l.name, l.value.kind === 'unknown' ? `?${l.value.reason}` : (plainValue(l.value) ?? '?partly')]));
}
