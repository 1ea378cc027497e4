export { loadConfig, defaultConfig, unknownPresetMessage, DEFAULT_AUDIT_ISSUE_TITLE, parseDateText, applyRuleOverrides, toSeverity, isConfigSeverity } from './load.js';
export type { ResolvedConfig, RuleSetting, ConfigLoadResult } from './load.js';
export { PRESETS, DEFAULT_PRESET, rulesTurnedOn, ruleIsAbout } from './presets.js';
export type { Preset, PresetRuleSetting, PresetRule } from './presets.js';
export { CONFIG_SCHEMA, CONFIG_SEVERITIES, PRODUCTS, ENVIRONMENT_VARIABLE_PATTERN, PASSWORD_VARIABLE_PREFIX } from './schema.js';
export type { Product } from './schema.js';
export { loadPlugins, ownInstallation } from './plugins.js';
export type { PluginOptions, LoadedPlugin, PluginLoadResult } from './plugins.js';
export { nearest, didYouMean, editDistance } from '../core/nearest.js';

export { CONFIG_FILE_NAMES, findConfigFile, findNearestConfig, readConfigSource, withheld } from './source.js';
export type { ConfigSource, ConfigRefusal } from './source.js';
export { lintTree, repositoryTop, underTree, staysInTree, leavesTree } from './tree.js';
export type { LintTree } from './tree.js';
export { parseConfigDate } from '../core/dates.js';
