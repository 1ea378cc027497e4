import type { ErrorObject } from 'ajv';
import { appendAll } from '../core/arrays.js';
import type { Diagnostic, Severity, SourceRange } from '../core/types.js';
import type { AnyRule } from '../engine/rule.js';
import { DEFAULT_MAX_FINDINGS_PER_FILE } from '../engine/limit.js';
import { resolveRuleOptions } from '../engine/options.js';
import { validatorKeys } from '../core/validators.js';
import type { EstateSettings } from '../estate/estate.js';
import type { FamiliesStatement } from '../estate/families.js';
import { FAMILIES, FAMILY_OF_PRODUCT, isProduct, type Family } from '../model/products.js';
import { canonicalName } from '../model/names.js';
import { dnsServerAddress } from '../model/probe-addresses.js';
import { parseYamlDocuments, toPlainValue } from '../formats/shared/yaml/index.js';
import { readHostName } from '../model/values.js';
import {
  YamlLocator,
  displayPath,
  errorAt as error,
  lazyValidator,
  pointerSegments,
  schemaDiagnostics,
  show,
  sortDiagnostics,
  withCodePrefix,
} from '../formats/shared/yaml/schema-errors.js';
import type { SchemaErrorSite } from '../formats/shared/yaml/schema-errors.js';
import { Suggestions, didYouMean } from '../core/nearest.js';
import { thousands } from '../core/words.js';
import { parseConfigDate } from '../core/dates.js';
import { DEFAULT_PRESET, PRESETS } from './presets.js';
import { CONFIG_SCHEMA, CONFIG_SEVERITIES, ENVIRONMENT_VARIABLE_PATTERN, PASSWORD_VARIABLE_PREFIX } from './schema.js';

export interface RuleSetting {
  severity: Severity | 'off';
  /** Options after the rule's schema defaults were applied. */
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** The config file, relative to the lint root; undefined for the built-in default. */
  file?: string;
  /** One entry per rule of the registry (`off` when not enabled). */
  rules: Map<string, RuleSetting>;
  views: { internal: string[]; external: string[] };
  /** Path or glob to zone origin (canonical: lower-case, trailing dot). */
  zones: Record<string, string>;
  ignore: string[];
  settings: EstateSettings & { now?: Date };
  baseline?: string;
  /** Where the file names the baseline (a baseline outside the linted tree is refused there). */
  baselineAt?: SourceRange;
  /** What in the file states the deployment's families, and where (see `familiesFromConfig`). */
  familiesStatement?: FamiliesStatement;
  /** PKCS#12 files (path or glob, relative to the lint root) to the environment variable holding their password. */
  certificatePasswords: Record<string, string>;
  /** The scheduled audit's issue (defaults filled in). */
  audit: { issueTitle: string; labels: string[] };
  /** At most this many findings of a rule (diagnostics of a code) in one file. */
  maxFindingsPerFile: number;
  /** `uclint probe`: the DNS servers to ask (as the resolver takes them) and the view they answer for. */
  probe: { dnsServers: string[]; view?: 'internal' | 'external' };
  /** Where `settings.sipDomains` names each SIP domain (canonical), for findings of the probe about a domain. */
  sipDomainLocs?: Map<string, SourceRange>;
}

/** Title of the scheduled audit's issue when the config names none. */
export const DEFAULT_AUDIT_ISSUE_TITLE = 'uclint audit';

/** What the command line lets a config name, which comes with the linted tree. */
export interface ConfigTrust {
  /**
   * Variables a config may name as PKCS#12 passwords besides those starting with
   * `UCLINT_PKCS12_` (`--pkcs12-password-env`): no other, so a pull request cannot test
   * guesses of the runner's other secrets one file at a time.
   */
  passwordVariables?: readonly string[];
}

export interface ConfigLoadResult {
  /** Undefined when any error was found. */
  config?: ResolvedConfig;
  diagnostics: Diagnostic[];
}

/** The file as written, after structural validation. */
interface ConfigFile {
  /** Loaded before the config is read (`loadPlugins`), so their rules are in the registry it is read against. */
  plugins?: string[];
  extends?: string | string[];
  rules?: Record<string, ConfigRuleEntry>;
  views?: { internal?: string[]; external?: string[] };
  zones?: Record<string, string>;
  ignore?: string[];
  settings?: Record<string, unknown>;
  baseline?: string;
  audit?: { issueTitle?: string; labels?: string[] };
  certificates?: { passwords?: Record<string, string> };
  maxFindingsPerFile?: number;
  probe?: { dnsServers?: string[]; view?: 'internal' | 'external' };
}

type ConfigSeverity = (typeof CONFIG_SEVERITIES)[number];
type ConfigRuleEntry = ConfigSeverity | [ConfigSeverity] | [ConfigSeverity, Record<string, unknown>];

const VARIABLE_NAME = new RegExp(ENVIRONMENT_VARIABLE_PATTERN);
const NOW_PATTERN = new RegExp(CONFIG_SCHEMA.properties.settings.properties.now.pattern);
const configValidator = lazyValidator(CONFIG_SCHEMA, validatorKeys.config);

/** `warn` is the usual spelling in configs; findings say `warning`. */
export function toSeverity(severity: ConfigSeverity): Severity | 'off' {
  return severity === 'warn' ? 'warning' : severity;
}

export function isConfigSeverity(text: unknown): text is ConfigSeverity {
  return typeof text === 'string' && (CONFIG_SEVERITIES as readonly string[]).includes(text);
}

/**
 * Reads `.uclint.yml`: YAML with positions, the shipped JSON Schema, then what the
 * schema cannot know (rule ids, presets, each rule's options, dates). Every problem is
 * an error diagnostic at the key or value that causes it.
 */
export function loadConfig(text: string, file: string, registry: readonly AnyRule[], trust: ConfigTrust = {}): ConfigLoadResult {
  const parsed = parseYamlDocuments(text, file);
  const diagnostics = withCodePrefix(parsed.diagnostics, 'config');
  if (diagnostics.length > 0) return { diagnostics };
  if (parsed.documents.length > 1) {
    const second = parsed.documents[1];
    return { diagnostics: [error(second.loc, 'config/multiple-documents', 'the configuration must be a single YAML document')] };
  }
  const root = parsed.documents[0]?.contents ?? null;
  const plain = root === null || (root.kind === 'scalar' && root.value === null) ? {} : toPlainValue(root);
  const emptyRange: SourceRange = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const locator = new YamlLocator(root, emptyRange);

  const validateConfig = configValidator();
  const suggestions = new Suggestions();
  if (!validateConfig(plain)) {
    appendAll(diagnostics, configSchemaDiagnostics(validateConfig.errors ?? [], locator, registry, suggestions));
  }
  const written = plain as ConfigFile;
  appendAll(diagnostics, semanticDiagnostics(written, locator, registry, suggestions));
  appendAll(diagnostics, passwordVariableDiagnostics(written, locator, trust.passwordVariables ?? []));
  if (diagnostics.length > 0) return { diagnostics: shownErrors(sortDiagnostics(diagnostics)) };
  const config = resolveConfig(written, registry, file, locator);
  if (config.baseline !== undefined) config.baselineAt = locator.value(['baseline']);
  const sipDomains = written.settings?.sipDomains;
  if (Array.isArray(sipDomains)) config.sipDomainLocs = new Map(sipDomains.map((domain, i) => [canonicalName(String(domain)), locator.value(['settings', 'sipDomains', String(i)])]));
  return { config, diagnostics: [] };
}

/** The configuration used when there is no config file: `uclint:recommended`. */
export function defaultConfig(registry: readonly AnyRule[]): ResolvedConfig {
  return resolveConfig({}, registry, undefined);
}

/**
 * Applies `--rule id:severity` overrides in order, after the config. Returns error
 * diagnostics (file empty: they come from the command line) for bad ids or severities.
 */
export function applyRuleOverrides(config: ResolvedConfig, overrides: string[], registry: readonly AnyRule[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const where: SourceRange = { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 };
  const ids = registry.map((rule) => rule.id);
  for (const override of overrides) {
    const colon = override.lastIndexOf(':');
    if (colon <= 0) {
      diagnostics.push(error(where, 'config/invalid-override', `--rule ${override}: expected <rule-id>:<severity>`));
      continue;
    }
    const id = override.slice(0, colon);
    const severity = override.slice(colon + 1);
    const rule = registry.find((r) => r.id === id);
    if (!rule) {
      diagnostics.push(error(where, 'config/unknown-rule', `--rule ${override}: unknown rule '${id}'${didYouMean(id, ids)}`));
      continue;
    }
    if (!isConfigSeverity(severity)) {
      diagnostics.push(
        error(where, 'config/invalid-severity', `--rule ${override}: invalid severity '${severity}'; expected one of: ${CONFIG_SEVERITIES.join(', ')}`),
      );
      continue;
    }
    const current = config.rules.get(id);
    config.rules.set(id, { severity: toSeverity(severity), options: current?.options ?? resolveRuleOptions(rule, {}).options });
  }
  return diagnostics;
}

function resolveConfig(written: ConfigFile, registry: readonly AnyRule[], file: string | undefined, locator?: YamlLocator): ResolvedConfig {
  const presetNames = written.extends === undefined ? [DEFAULT_PRESET] : typeof written.extends === 'string' ? [written.extends] : written.extends;
  const chosen = new Map<string, { severity: Severity | 'off'; options: Record<string, unknown> }>();
  for (const rule of registry) chosen.set(rule.id, { severity: 'off', options: {} });
  let presetSettings: Partial<EstateSettings> = {};
  for (const name of presetNames) {
    const preset = PRESETS[name];
    for (const [id, setting] of preset.rules(registry)) {
      const current = chosen.get(id);
      if (!current) continue;
      chosen.set(id, { severity: setting.severity ?? current.severity, options: { ...current.options, ...setting.options } });
    }
    presetSettings = { ...presetSettings, ...preset.settings };
  }
  for (const [id, entry] of Object.entries(written.rules ?? {})) {
    const current = chosen.get(id);
    if (!current) continue;
    const [severity, options] = typeof entry === 'string' ? [entry, undefined] : entry;
    chosen.set(id, { severity: toSeverity(severity), options: { ...current.options, ...options } });
  }
  const rules = new Map<string, RuleSetting>();
  for (const rule of registry) {
    const setting = chosen.get(rule.id) as RuleSetting;
    rules.set(rule.id, { severity: setting.severity, options: resolveRuleOptions(rule, setting.options).options });
  }
  const { now, ...otherSettings } = written.settings ?? {};
  const settings: ResolvedConfig['settings'] = { ...presetSettings, ...otherSettings };
  if (typeof now === 'string') settings.now = parseConfigDate(now);
  const stated = familiesFromConfig(written, presetNames, locator);
  if (stated.families) settings.families = stated.families;
  const zones: Record<string, string> = {};
  for (const [pattern, origin] of Object.entries(written.zones ?? {})) zones[pattern] = canonicalName(origin);
  const config: ResolvedConfig = {
    rules,
    views: { internal: [...(written.views?.internal ?? [])], external: [...(written.views?.external ?? [])] },
    zones,
    ignore: [...(written.ignore ?? [])],
    settings,
    certificatePasswords: { ...(written.certificates?.passwords ?? {}) },
    audit: { issueTitle: written.audit?.issueTitle ?? DEFAULT_AUDIT_ISSUE_TITLE, labels: [...(written.audit?.labels ?? [])] },
    maxFindingsPerFile: written.maxFindingsPerFile ?? DEFAULT_MAX_FINDINGS_PER_FILE,
    probe: { dnsServers: (written.probe?.dnsServers ?? []).map((server) => dnsServerAddress(server) as string) },
  };
  if (written.probe?.view !== undefined) config.probe.view = written.probe.view;
  if (file !== undefined) config.file = file;
  if (written.baseline !== undefined) config.baseline = written.baseline;
  if (stated.statement) config.familiesStatement = stated.statement;
  return config;
}

/**
 * What states the deployment's families: `settings.families`, else `settings.product`, else
 * the product presets of `extends`. Presets of several families (`[uclint:sfb, uclint:cisco]`)
 * give their families together as `settings.families`, which the last preset's product alone
 * could not say. Nothing states them without a product preset or setting: the files decide.
 */
function familiesFromConfig(written: ConfigFile, presetNames: readonly string[], locator: YamlLocator | undefined): { statement?: FamiliesStatement; families?: Family[] } {
  const at = (segments: string[]) => (locator ? { loc: locator.value(segments) } : {});
  const { families, product } = written.settings ?? {};
  if (Array.isArray(families)) return { statement: { text: `settings.families: [${families.join(', ')}]`, ...at(['settings', 'families']) } };
  if (typeof product === 'string') return { statement: { text: `settings.product: ${product}`, ...at(['settings', 'product']) } };
  const productPresets = presetNames.flatMap((name) => {
    const presetProduct = PRESETS[name]?.settings?.product;
    return isProduct(presetProduct) ? [{ name, family: FAMILY_OF_PRODUCT[presetProduct] }] : [];
  });
  if (productPresets.length === 0) return {};
  const presetFamilies = new Set(productPresets.map((preset) => preset.family));
  const names = productPresets.map((preset) => preset.name);
  const statement = { text: names.length === 1 ? `extends: ${names[0]}` : `extends: [${names.join(', ')}]`, ...at(['extends']) };
  return presetFamilies.size > 1 ? { statement, families: FAMILIES.filter((family) => presetFamilies.has(family)) } : { statement };
}

/**
 * A date as the config, `--now` and the Action's `now` input write it: `YYYY-MM-DD` or an
 * ISO 8601 date-time; undefined for anything else, or a date that does not exist.
 */
export function parseDateText(text: string): Date | undefined {
  return NOW_PATTERN.test(text) ? parseConfigDate(text) : undefined;
}

/** `unknown preset 'x'`, with the nearest preset name or, when none is near, the list of them. */
export function unknownPresetMessage(name: string): string {
  const names = Object.keys(PRESETS);
  return `unknown preset '${name}'${didYouMean(name, names) || `; presets are: ${names.join(', ')}`}`;
}

/** Errors of one configuration given; the run stops at the first, and a file of thousands of them is not a typo. */
export const MAX_CONFIG_ERRORS = 100;

/** The first MAX_CONFIG_ERRORS errors, then one that says how many more there are, at the first of them. */
function shownErrors(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_CONFIG_ERRORS) return diagnostics;
  const more = diagnostics.length - MAX_CONFIG_ERRORS;
  const next = diagnostics[MAX_CONFIG_ERRORS];
  return [...diagnostics.slice(0, MAX_CONFIG_ERRORS), error(next, 'config/too-many-errors', `${thousands(more)} more errors in the configuration are not shown`)];
}

/** True for `/rules/<id>` (a rule's setting) and `/rules/<id>/0` (its severity). */
function isRuleSettingPath(segments: readonly string[]): boolean {
  return segments[0] === 'rules' && segments.length === 2;
}

/** The schema's errors, with the wording only the configuration has (rule ids, severities, options, dates). */
function configSchemaDiagnostics(errors: ErrorObject[], locator: YamlLocator, registry: readonly AnyRule[], suggestions: Suggestions): Diagnostic[] {
  const ids = registry.map((rule) => rule.id);
  return schemaDiagnostics(errors, {
    codePrefix: 'config',
    rootName: 'the configuration',
    locator,
    suggestions,
    describeKey: ({ error: e, range }) => {
      const name = String((e.params as { propertyName: string }).propertyName);
      // `srv-port` most likely means the rule of that name in whichever pack has it.
      const samePart = ids.find((id) => id.slice(id.indexOf('/') + 1) === name);
      const hint = samePart ? `, did you mean '${samePart}'?` : suggestions.didYouMean(name, ids).replace(/^;/, ',');
      return error(range, 'config/unknown-rule', `unknown rule '${name}'; rule ids are <pack>/<rule>${hint}`);
    },
    describeValue: (site) => ruleSettingDiagnostic(site),
  });
}

function ruleSettingDiagnostic({ error: e, segments, path, range }: SchemaErrorSite): Diagnostic | undefined {
  const data = e.data;
  const ruleSetting = isRuleSettingPath(segments);
  const severityPath = ruleSetting || (segments[0] === 'rules' && segments.length === 3 && segments[2] === '0');
  if (severityPath && (typeof data !== 'object' || data === null || !ruleSetting)) {
    const id = segments[1];
    return error(
      range,
      'config/invalid-severity',
      `invalid severity ${show(data)} for rule '${id}'; expected one of: ${CONFIG_SEVERITIES.join(', ')}${typeof data === 'string' ? didYouMean(data, CONFIG_SEVERITIES) : ''}`,
    );
  }
  if (ruleSetting) return error(range, 'config/invalid-rule-setting', `${path} must be a severity or a list [severity, options]`);
  if (segments[0] === 'rules' && segments.length === 3 && segments[2] === '1') {
    return error(range, 'config/invalid-options', `options of rule '${segments[1]}' must be a mapping`);
  }
  if (e.keyword === 'pattern' && segments[0] === 'plugins' && segments.length === 2) {
    return error(
      range,
      'config/invalid-plugin-name',
      `plugins: '${String(data)}' is not a plugin's package name; a plugin is an installed package named uclint-plugin-<name> or @<scope>/uclint-plugin-<name>, written by that name alone (no paths, versions, URLs or file: specifiers)`,
    );
  }
  const listPath = segments.join('.');
  if (e.keyword === 'uniqueItems' && (listPath === 'plugins' || listPath === 'settings.families') && Array.isArray(data)) {
    return error(range, 'config/invalid-value', `${listPath}: '${String(data[(e.params as { i: number }).i])}' is listed twice`);
  }
  if (e.keyword === 'minItems' && listPath === 'settings.families') {
    return error(range, 'config/invalid-value', `settings.families: list at least one of ${FAMILIES.join(', ')}, or leave it out`);
  }
  if (e.keyword === 'pattern' && segments.join('/') === 'settings/now') {
    return error(range, 'config/invalid-date', `settings.now: '${String(data)}' is not a date (YYYY-MM-DD)`);
  }
  return undefined;
}

/** Checks that need the registry and presets; each looks only at parts of the right shape. */
function semanticDiagnostics(written: ConfigFile, locator: YamlLocator, registry: readonly AnyRule[], suggestions: Suggestions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const extendsList = typeof written.extends === 'string' ? [written.extends] : Array.isArray(written.extends) ? written.extends : [];
  extendsList.forEach((name, index) => {
    if (typeof name !== 'string' || Object.hasOwn(PRESETS, name)) return;
    const segments = typeof written.extends === 'string' ? ['extends'] : ['extends', String(index)];
    diagnostics.push(error(locator.value(segments), 'config/unknown-preset', unknownPresetMessage(name)));
  });

  const dnsServers = written.probe?.dnsServers;
  if (Array.isArray(dnsServers)) {
    dnsServers.forEach((server, index) => {
      const address = typeof server === 'string' ? dnsServerAddress(server) : undefined;
      if (address instanceof Error) diagnostics.push(error(locator.value(['probe', 'dnsServers', String(index)]), 'config/invalid-dns-server', `probe.dnsServers: ${address.message}`));
    });
  }

  const rules = written.rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    const ids = registry.map((rule) => rule.id);
    const byId = new Map(registry.map((rule) => [rule.id, rule]));
    for (const [id, entry] of Object.entries(rules)) {
      const rule = byId.get(id);
      if (!rule) {
        // Malformed ids were reported by the schema.
        if (/^[a-z0-9]+\/[a-z0-9-]+$/.test(id)) {
          diagnostics.push(error(locator.key(['rules', id]), 'config/unknown-rule', `unknown rule '${id}'${suggestions.didYouMean(id, ids)}`));
        }
        continue;
      }
      if (!Array.isArray(entry) || entry.length !== 2 || !isPlainObject(entry[1])) continue;
      if (!rule.meta.options) {
        if (Object.keys(entry[1]).length > 0) {
          diagnostics.push(error(locator.value(['rules', id, '1']), 'config/invalid-options', `rule '${id}' takes no options`));
        }
        continue;
      }
      const { errors } = resolveRuleOptions(rule, entry[1]);
      for (const e of errors) {
        const inner = pointerSegments(e.instancePath);
        const base = ['rules', id, '1', ...inner];
        if (e.keyword === 'additionalProperties') {
          const name = String((e.params as { additionalProperty: string }).additionalProperty);
          const known = Object.keys((rule.meta.options?.properties as Record<string, unknown> | undefined) ?? {});
          const hint = suggestions.didYouMean(name, known) || (known.length ? `; options are: ${known.join(', ')}` : '; the rule takes no options');
          diagnostics.push(error(locator.key([...base, name]), 'config/invalid-options', `unknown option '${name}' for rule '${id}'${hint}`));
        } else {
          const where = displayPath(inner, 'options');
          diagnostics.push(error(locator.value(base), 'config/invalid-options', `rule '${id}' option ${where} ${e.message ?? 'is invalid'}`));
        }
      }
    }
  }

  const families = written.settings && typeof written.settings === 'object' ? written.settings.families : undefined;
  const product = written.settings && typeof written.settings === 'object' ? written.settings.product : undefined;
  if (Array.isArray(families) && isProduct(product) && !families.includes(FAMILY_OF_PRODUCT[product])) {
    diagnostics.push(
      error(
        locator.value(['settings', 'product']),
        'config/invalid-value',
        `settings.product: ${product} is of the family ${FAMILY_OF_PRODUCT[product]}, which settings.families does not list; add it there, or remove the product`,
      ),
    );
  }
  // Domain names: an origin the zones map gives, the SIP domains of the settings.
  const notDomain = (segments: string[], text: string) =>
    diagnostics.push(error(locator.value(segments), 'config/invalid-domain', `${displayPath(segments, 'the configuration')}: '${text}' is not a domain name`));
  if (isPlainObject(written.zones)) {
    for (const [pattern, origin] of Object.entries(written.zones)) if (typeof origin === 'string' && origin !== '' && !isDomainName(origin)) notDomain(['zones', pattern], origin);
  }
  const sipDomains = isPlainObject(written.settings) ? written.settings.sipDomains : undefined;
  if (Array.isArray(sipDomains)) {
    sipDomains.forEach((domain, index) => {
      if (typeof domain === 'string' && domain !== '' && !isDomainName(domain)) notDomain(['settings', 'sipDomains', String(index)], domain);
    });
  }

  const now = written.settings && typeof written.settings === 'object' ? written.settings.now : undefined;
  if (typeof now === 'string' && NOW_PATTERN.test(now) && parseConfigDate(now) === undefined) {
    diagnostics.push(error(locator.value(['settings', 'now']), 'config/invalid-date', `settings.now: '${now}' is not a valid date`));
  }
  const globs = globBoundProblem(written);
  if (globs) diagnostics.push(error(globs.key ? locator.key(globs.path) : locator.value(globs.path), 'config/too-many-globs', globs.message));
  return diagnostics;
}

/** `certificates.passwords` entries naming a variable a config from the tree may not read. */
function passwordVariableDiagnostics(written: ConfigFile, locator: YamlLocator, allowed: readonly string[]): Diagnostic[] {
  const passwords = isPlainObject(written.certificates) ? written.certificates.passwords : undefined;
  if (!isPlainObject(passwords)) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [pattern, variable] of Object.entries(passwords)) {
    // A name the schema refuses is reported by it.
    if (typeof variable !== 'string' || !VARIABLE_NAME.test(variable) || variable.startsWith(PASSWORD_VARIABLE_PREFIX) || allowed.includes(variable)) continue;
    diagnostics.push(
      error(
        locator.value(['certificates', 'passwords', pattern]),
        'config/password-variable-refused',
        `certificates.passwords: a configuration may name only environment variables whose names start with ${PASSWORD_VARIABLE_PREFIX}, or those the command line allows (--pkcs12-password-env ${variable}, or the Action's pkcs12-password-env input); ${variable} is not read`,
      ),
    );
  }
  return diagnostics;
}

/** A domain name as a zone origin or SIP domain is written (`contoso.com`, `contoso.com.`, the root `.`). */
function isDomainName(text: string): boolean {
  return text === '.' || readHostName(text) !== undefined;
}

/** Globs of one configuration (ignore, views, zones, certificates.passwords together): every file met is matched against them. */
export const MAX_CONFIG_GLOBS = 1_000;
export const MAX_CONFIG_GLOB_CHARACTERS = 64 * 1024;

/** The first glob past the bounds on their number and their length in all, with the message, if any. */
function globBoundProblem(written: ConfigFile): { path: string[]; key: boolean; message: string } | undefined {
  const lists: Array<{ path: string[]; globs: unknown; key: boolean }> = [
    { path: ['ignore'], globs: written.ignore, key: false },
    { path: ['views', 'internal'], globs: isPlainObject(written.views) ? written.views.internal : undefined, key: false },
    { path: ['views', 'external'], globs: isPlainObject(written.views) ? written.views.external : undefined, key: false },
    { path: ['zones'], globs: isPlainObject(written.zones) ? Object.keys(written.zones) : undefined, key: true },
    { path: ['certificates', 'passwords'], globs: isPlainObject(written.certificates) && isPlainObject(written.certificates.passwords) ? Object.keys(written.certificates.passwords) : undefined, key: true },
  ];
  let count = 0;
  let characters = 0;
  for (const { path, globs, key } of lists) {
    if (!Array.isArray(globs)) continue;
    for (let i = 0; i < globs.length; i++) {
      const glob: unknown = globs[i];
      if (typeof glob !== 'string') continue;
      count++;
      characters += glob.length;
      const at = key ? [...path, glob] : [...path, String(i)];
      const where = 'globs of ignore, views, zones and certificates.passwords together';
      if (count > MAX_CONFIG_GLOBS) return { path: at, key, message: `more than ${thousands(MAX_CONFIG_GLOBS)} ${where}; every file met is matched against each` };
      if (characters > MAX_CONFIG_GLOB_CHARACTERS) return { path: at, key, message: `more than ${thousands(MAX_CONFIG_GLOB_CHARACTERS)} characters of ${where}; every file met is matched against each` };
    }
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
