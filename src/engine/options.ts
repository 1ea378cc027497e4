import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { AnyRule } from './rule.js';

const ajv = new Ajv({ useDefaults: true, allErrors: true, strict: false });
const compiled = new WeakMap<AnyRule, ValidateFunction>();

export interface OptionsResult {
  options: Record<string, unknown>;
  errors: ErrorObject[];
}

/**
 * A rule's options: the given object validated against the rule's schema, with the
 * schema's defaults filled in. Never mutates the input.
 */
export function resolveRuleOptions(rule: AnyRule, given: unknown = {}): OptionsResult {
  const schema = rule.meta.options;
  const options = structuredClone(given ?? {}) as Record<string, unknown>;
  if (!schema) {
    return { options, errors: [] };
  }
  let validate = compiled.get(rule);
  if (!validate) {
    validate = ajv.compile({ type: 'object', ...schema });
    compiled.set(rule, validate);
  }
  const ok = validate(options);
  return { options, errors: ok ? [] : [...(validate.errors ?? [])] };
}
