import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type { AnyRule } from './rule.js';
import { ruleOptionsSchema, validatorFor, validatorKeys } from '../core/validators.js';

/** How option schemas are compiled, at build time (scripts/validator-code.ts) and here alike: defaults filled in. */
export const RULE_OPTIONS_AJV: Options = { useDefaults: true, allErrors: true, strict: false };
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
  // A rule without options given none: nothing to check or fill in, and compiling a
  // validator for each of the many such rules was a third of a run's start-up.
  if (takesNoOptions(schema) && isEmptyObject(options)) return { options, errors: [] };
  let validate = compiled.get(rule);
  if (!validate) {
    validate = validatorFor(validatorKeys.ruleOptions(rule.id), ruleOptionsSchema(schema), RULE_OPTIONS_AJV);
    compiled.set(rule, validate);
  }
  const ok = validate(options);
  return { options, errors: ok ? [] : [...(validate.errors ?? [])] };
}

/** True for the schema of a rule without options: `{ type: 'object', properties: {}, additionalProperties: false }` or part of it. */
function takesNoOptions(schema: object): boolean {
  const entries = Object.entries(schema);
  return entries.every(
    ([key, value]) =>
      (key === 'type' && value === 'object') ||
      (key === 'properties' && value !== null && typeof value === 'object' && Object.keys(value).length === 0) ||
      (key === 'additionalProperties' && typeof value === 'boolean'),
  );
}

function isEmptyObject(value: Record<string, unknown>): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}
