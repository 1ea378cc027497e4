/**
 * The code of the option, configuration and manifest validators, compiled by ajv's standalone
 * code generator with the options the run would compile them with. `scripts/build.mjs` bundles
 * it in place of src/core/precompiled-validators.ts, so the bundle compiles no schema at start-up.
 */
import { Ajv, type Options } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { CONFIG_SCHEMA } from '../src/config/schema.js';
import { MANIFEST_KIND_LOADERS } from '../src/formats/manifest/loader.js';
import { RULE_OPTIONS_AJV } from '../src/engine/options.js';
import { YAML_AJV } from '../src/formats/shared/yaml/schema-errors.js';
import { ruleOptionsSchema, validatorKeys } from '../src/core/validators.js';
import { RULES } from '../src/rules.generated.js';

type StandaloneCode = (ajv: Ajv, refs: Record<string, string>) => string;
// A CommonJS module whose function is its default export, seen from ES modules either way.
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneCode }).default ?? standaloneModule) as unknown as StandaloneCode;

interface Compiled {
  key: string;
  schema: object;
}

/** One ajv's schemas as CommonJS code in a function scope (two ajvs' names would clash), exporting `v0`, `v1`, ... */
function scopedCode(options: Options, schemas: readonly Compiled[]): string {
  const ajv = new Ajv({ ...options, code: { source: true } });
  const exports: Record<string, string> = {};
  schemas.forEach(({ key, schema }, i) => {
    ajv.addSchema(schema, key);
    exports[`v${i}`] = key;
  });
  return `(() => {\nconst module = { exports: {} };\nconst exports = module.exports;\n${standaloneCode(ajv, exports)}\nreturn module.exports;\n})()`;
}

function table(name: string, schemas: readonly Compiled[]): string[] {
  return schemas.map(({ key, schema }, i) => `  ${JSON.stringify(key)}: { schema: ${JSON.stringify(JSON.stringify(schema))}, validate: ${name}.v${i} },`);
}

/** The module that takes the place of src/core/precompiled-validators.ts in the bundle. */
export function validatorModuleSource(): string {
  const yaml: Compiled[] = [
    { key: validatorKeys.config, schema: CONFIG_SCHEMA },
    ...MANIFEST_KIND_LOADERS.map((loader) => ({ key: validatorKeys.manifest(loader.kind), schema: loader.schema as object })),
  ];
  const options: Compiled[] = RULES.filter((rule) => rule.meta.options !== undefined).map((rule) => ({
    key: validatorKeys.ruleOptions(rule.id),
    schema: ruleOptionsSchema(rule.meta.options as object),
  }));
  return [
    '// Written by scripts/validator-code.ts when the bundle is built.',
    `const yaml = ${scopedCode(YAML_AJV, yaml)};`,
    `const options = ${scopedCode(RULE_OPTIONS_AJV, options)};`,
    'export const PRECOMPILED = {',
    ...table('yaml', yaml),
    ...table('options', options),
    '};',
    'export const RUNTIME_AJV = undefined;',
    '',
  ].join('\n');
}
