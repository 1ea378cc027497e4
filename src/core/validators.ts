import type { Ajv, Options, ValidateFunction } from 'ajv';
import { PRECOMPILED, RUNTIME_AJV } from './precompiled-validators.js';

/** The schema a rule's options are validated against: its options schema as an object. */
export function ruleOptionsSchema(schema: object): object {
  return { type: 'object', ...schema };
}

/** Keys of the precompiled validators (see scripts/validator-code.ts). */
export const validatorKeys = {
  config: 'config',
  manifest: (kind: string) => `manifest/${kind}`,
  ruleOptions: (ruleId: string) => `rule-options/${ruleId}`,
};

/**
 * The validator compiled at build time for `key`, when it was compiled from this very schema
 * (a plugin's rule, or sources changed since the build, get undefined: ajv compiles those).
 */
export function precompiledValidator(key: string, schema: object): ValidateFunction | undefined {
  const entry = Object.hasOwn(PRECOMPILED, key) ? PRECOMPILED[key] : undefined;
  return entry !== undefined && entry.schema === JSON.stringify(schema) ? entry.validate : undefined;
}

let runtimeAjv: typeof Ajv | undefined = RUNTIME_AJV;
const instances = new Map<Options, Ajv>();

/**
 * The validator for `schema`: the one compiled at build time under `key`, else one ajv compiles
 * now with `options` (ajv must be loaded: `loadValidatorsFor` does it for rules a run is given).
 */
export function validatorFor(key: string, schema: object, options: Options): ValidateFunction {
  const precompiled = precompiledValidator(key, schema);
  if (precompiled !== undefined) return precompiled;
  if (runtimeAjv === undefined) throw new Error(`the validator of ${key} was not compiled when uclint was built, and ajv is not loaded`);
  let ajv = instances.get(options);
  if (ajv === undefined) {
    ajv = new runtimeAjv(options);
    instances.set(options, ajv);
  }
  return ajv.compile(schema);
}

/** Loads ajv, for schemas not compiled at build time (a plugin's rule options). */
export async function loadRuntimeValidators(): Promise<void> {
  if (runtimeAjv !== undefined) return;
  // ajv is a CommonJS module: bundled and imported, its class may sit on the default export only.
  const loaded = (await import('ajv')) as unknown as { Ajv?: typeof Ajv; default?: typeof Ajv & { Ajv?: typeof Ajv } };
  runtimeAjv = loaded.Ajv ?? loaded.default?.Ajv ?? loaded.default;
}

/** Loads ajv when some rule's options schema was not compiled at build time (a rule given to lint()). */
export async function loadValidatorsFor(rules: ReadonlyArray<{ id: string; meta: { options?: object } }>): Promise<void> {
  if (runtimeAjv !== undefined) return;
  if (rules.some((rule) => rule.meta.options !== undefined && precompiledValidator(validatorKeys.ruleOptions(rule.id), ruleOptionsSchema(rule.meta.options)) === undefined)) {
    await loadRuntimeValidators();
  }
}
