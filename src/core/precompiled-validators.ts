/**
 * Option, configuration and manifest validators compiled to code when the bundle is built:
 * `scripts/build.mjs` puts the module `scripts/validator-code.ts` writes in place of this one, so
 * a run of the bundle compiles no schema and does not load ajv. Run from the sources (tests,
 * `tsx`), the table is empty and ajv compiles each schema on first use.
 */
import { Ajv, type ValidateFunction } from 'ajv';

export interface PrecompiledValidator {
  /** JSON.stringify of the schema the code was compiled from: a validator is used only for that schema. */
  schema: string;
  validate: ValidateFunction;
}

/** By key: `config`, `manifest/<kind>`, `rule-options/<rule id>`. */
export const PRECOMPILED: Readonly<Record<string, PrecompiledValidator>> = {};

/** ajv, already loaded (from the sources); the bundle's module says undefined and loads it when a schema was not compiled at build time. */
export const RUNTIME_AJV: typeof Ajv | undefined = Ajv;
