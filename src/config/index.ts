import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export { loadConfig, defaultConfig, unknownPresetMessage, DEFAULT_AUDIT_ISSUE_TITLE, parseDateText, applyRuleOverrides, parseConfigDate, toSeverity, isConfigSeverity } from './load.js';
export type { ResolvedConfig, RuleSetting, ConfigLoadResult } from './load.js';
export { PRESETS, DEFAULT_PRESET, rulesTurnedOn, ruleIsAbout } from './presets.js';
export type { Preset, PresetRuleSetting, PresetRule } from './presets.js';
export { CONFIG_SCHEMA, CONFIG_SEVERITIES, PRODUCTS } from './schema.js';
export type { Product } from './schema.js';
export { loadPlugins, ownInstallation } from './plugins.js';
export type { PluginOptions, LoadedPlugin, PluginLoadResult } from './plugins.js';
export { nearest, didYouMean, editDistance } from './nearest.js';

/** File names of the configuration, in the order they are looked for. */
export const CONFIG_FILE_NAMES = ['.uclint.yml', '.uclint.yaml'] as const;

/** The config file at the lint root, if any (no search upwards: the root is the project). */
export function findConfigFile(root: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(root, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
