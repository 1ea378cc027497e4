import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countFindings, type Diagnostic, type Finding, type FindingCounts, type SourceRange } from './core/types.js';
import { Estate } from './estate/estate.js';
import type { IncludeReader, ZoneFile } from './loaders/zone/model.js';
import { parseZone } from './loaders/zone/index.js';
import { discoverFiles, lintRoot, commonDirectory, isInside, createIncludeReader, readRegularFile, readTextFile, globMatcher, type DiscoveredFile } from './discover/index.js';
import { Pkcs12Budget, parseCertificateFile } from './loaders/certificate/index.js';
import { parseManifestFile } from './loaders/manifest/index.js';
import { parseRegistryFile } from './loaders/registry/index.js';
import type { Topology } from './estate/topology.js';
import type { RegistryFile } from './estate/registry.js';
import type { FirewallRuleSet, MediaPolicy, SdpSession, VpnProfile } from './estate/network.js';
import { parseWireguardFile } from './loaders/wireguard/index.js';
import { parseOpenvpnFile } from './loaders/openvpn/index.js';
import { parseSdpFile } from './loaders/sdp/index.js';
import type { Certificate } from './estate/certificate.js';
import { mergeLinkedCertificates } from './estate/certificate-merge.js';
import { loadConfig, loadPlugins, findConfigFile, defaultConfig, applyRuleOverrides, type LoadedPlugin, type PluginOptions, type ResolvedConfig } from './config/index.js';
import { runRules, sortAndDeduplicate, type RuleOutcome } from './engine/run.js';
import { DirectiveReader, applyDirectives, type SuppressionDirective } from './engine/suppressions.js';
import { assignFingerprints, applyBaseline, createBaseline, parseBaseline } from './engine/baseline.js';
import type { AnyRule } from './engine/rule.js';
import { RULES } from './rules.generated.js';

export interface LintOptions {
  /** Files and directories to lint (default: the working directory). */
  paths?: string[];
  /** Working directory; relative paths and the default config are found from here. */
  cwd?: string;
  /** Explicit config file (`--config`); otherwise `.uclint.yml` at the lint root, if any. */
  configFile?: string;
  /** Use the built-in default configuration, whatever config file the tree holds (`uclint init` guesses afresh). */
  ignoreConfigFiles?: boolean;
  /** `--rule id:severity` overrides, applied after the config. */
  ruleOverrides?: string[];
  /** The date expiry rules judge against (`--now`); beats `settings.now` in the config. */
  now?: Date;
  /** Baseline file to apply (`--baseline`). */
  baselineFile?: string;
  /** Write the current findings as a baseline to this file (`--write-baseline`). */
  writeBaselineFile?: string;
  /** Rules to use instead of the bundled registry (tests). Plugins the config names are added to them. */
  rules?: readonly AnyRule[];
  /** Where plugins named by the config are looked up, or why they are refused (see SECURITY.md). */
  plugins?: PluginOptions;
  /** Run only these rule ids, each at its configured (or default) severity. */
  onlyRules?: string[];
  /** Where PKCS#12 passwords are looked up by the variable names the config gives (default: the process environment). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A problem that stops the run before any rule: bad config, missing path, bad baseline. Exit code 2. */
export interface FatalProblem extends Partial<Diagnostic> {
  message: string;
}

export interface LintResult {
  root: string;
  /** Every finding, sorted; suppressed ones carry `suppressed` and do not count. */
  findings: Finding[];
  files: DiscoveredFile[];
  counts: FindingCounts;
  outcomes: RuleOutcome[];
  /** Non-empty when the run could not be made (exit code 2). */
  fatal: FatalProblem[];
  configFile?: string;
  /** The configuration the run used (absent when it could not be read). */
  config?: ResolvedConfig;
  /** The rules of the run: the registry and the rules of the config's plugins. */
  rules?: readonly AnyRule[];
  /** Plugins the config named, as loaded. */
  plugins?: LoadedPlugin[];
  now: Date;
  estate?: Estate;
}

/**
 * The one path the CLI, the Action and the tests share: discover, load, build the
 * Estate, run rules, then suppressions, baseline, sorting.
 */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = (options.paths?.length ? options.paths : ['.']).map((p) => path.resolve(cwd, p));
  const root = lintRoot(paths, cwd);
  let registry = options.rules ?? RULES;
  let plugins: LoadedPlugin[] = [];
  const fatal: FatalProblem[] = [];
  const empty = (now: Date, configFile?: string): LintResult => ({
    root,
    findings: [],
    files: [],
    counts: { error: 0, warning: 0, info: 0, suppressed: 0 },
    outcomes: [],
    fatal,
    configFile,
    now,
  });

  // Configuration.
  const configPath = options.configFile ? path.resolve(cwd, options.configFile) : options.ignoreConfigFiles ? undefined : findNearestConfig(paths, root);
  // Paths in the config (globs, baseline) are relative to the config file's directory.
  const configBase = configPath && isInside(path.dirname(configPath), root) ? relativeTo(root, path.dirname(configPath)) : '';
  let config: ResolvedConfig;
  if (configPath) {
    let text: string;
    try {
      text = readRegularFile(configPath).toString('utf8');
    } catch (error) {
      fatal.push({ message: `cannot read config ${configPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return empty(options.now ?? new Date());
    }
    const configName = relativeTo(root, configPath);
    // Plugins first: their rules are part of the registry the rest of the file is read against.
    const pluginLoad = await loadPlugins(text, configName, root, registry, options.plugins);
    plugins = pluginLoad.plugins;
    registry = [...registry, ...plugins.flatMap((plugin) => plugin.rules)];
    fatal.push(...pluginLoad.diagnostics);
    const loaded = loadConfig(text, configName, registry);
    // The rules of a plugin that did not load are unknown; the plugin's own error says why.
    const pluginFailed = pluginLoad.diagnostics.length > 0;
    fatal.push(...loaded.diagnostics.filter((d) => d.severity === 'error' && !(pluginFailed && d.code === 'config/unknown-rule')));
    if (!loaded.config || fatal.length > 0) return empty(options.now ?? new Date(), configName);
    config = loaded.config;
  } else {
    config = defaultConfig(registry);
  }
  if (options.ruleOverrides?.length) {
    fatal.push(...applyRuleOverrides(config, options.ruleOverrides, registry).filter((d) => d.severity === 'error'));
  }
  if (options.onlyRules) {
    const only = new Set(options.onlyRules);
    for (const rule of registry) {
      const setting = config.rules.get(rule.id);
      if (!only.has(rule.id)) config.rules.set(rule.id, { severity: 'off', options: setting?.options ?? {} });
      else if (!setting || setting.severity === 'off') {
        config.rules.set(rule.id, { severity: rule.meta.severity, options: setting?.options ?? {} });
      }
    }
  }
  const now = options.now ?? config.settings.now ?? new Date();
  const configFile = configPath ? relativeTo(root, configPath) : undefined;
  if (fatal.length > 0) return empty(now, configFile);

  // Discovery.
  const discovered = await discoverFiles(paths, {
    root,
    ignore: rebaseGlobs(config.ignore, configBase),
    views: { internal: rebaseGlobs(config.views.internal, configBase), external: rebaseGlobs(config.views.external, configBase) },
    zones: Object.fromEntries(Object.entries(config.zones).map(([pattern, origin]) => [rebaseGlob(pattern, configBase), origin])),
  });
  const diagnostics: Diagnostic[] = [];
  for (const d of discovered.diagnostics) {
    if (d.code === 'input/not-found') fatal.push(d);
    else diagnostics.push(d);
  }
  if (fatal.length > 0) return empty(now, configFile);

  // Loading.
  const zones: ZoneFile[] = [];
  // Loaders tell the comments of their format's grammar; suppression directives are read from those alone.
  const suppressions = new DirectiveReader();
  // Included files are read once, by the parser; a file in UTF-16 is said to be so once, as a linted zone file is.
  const encodingReported = new Set<string>();
  const confinedReader = createIncludeReader(root);
  const includeReader: IncludeReader = (written, fromFile) => {
    const result = confinedReader(written, fromFile);
    if ('text' in result) {
      if (result.encoding !== undefined && result.encoding !== 'utf8' && !encodingReported.has(result.file)) {
        encodingReported.add(result.file);
        diagnostics.push(zoneEncodingDiagnostic(result.file, result.encoding, result.byteOrderMark === true));
      }
    }
    return result;
  };
  const unsupported: Finding[] = [];
  const fileCertificates: Certificate[] = [];
  const manifestCertificates: Certificate[] = [];
  const topologies: Topology[] = [];
  const registryFiles: RegistryFile[] = [];
  const vpnProfiles: VpnProfile[] = [];
  const firewallRuleSets: FirewallRuleSet[] = [];
  const mediaPolicies: MediaPolicy[] = [];
  const sdpSessions: SdpSession[] = [];
  const passwordPatterns = Object.entries(config.certificatePasswords).map(([pattern, variable]) => ({
    matches: globMatcher([rebaseGlob(pattern, configBase)]),
    variable,
  }));
  const env = options.env ?? process.env;
  const pkcs12Budget = new Pkcs12Budget();
  for (const file of discovered.files) {
    // Certificates and registry exports are bytes (DER, PKCS#12, UTF-16LE), read as such by their loaders.
    if (file.kind === 'certificate' || file.kind === 'registry') {
      let bytes: Buffer;
      try {
        bytes = readRegularFile(file.path);
      } catch (error) {
        diagnostics.push(unreadable(file.file, error));
        continue;
      }
      if (file.kind === 'certificate') {
        const variable = passwordPatterns.find((p) => p.matches(file.file))?.variable;
        const parsed = parseCertificateFile(bytes, { file: file.file, password: variable ? env[variable] : undefined, passwordVariable: variable, pkcs12Budget });
        fileCertificates.push(...parsed.certificates);
        diagnostics.push(...parsed.diagnostics);
      } else {
        const parsed = parseRegistryFile(bytes, file.file, undefined, suppressions.comment);
        suppressions.endFiles();
        registryFiles.push(parsed.registry);
        diagnostics.push(...parsed.diagnostics);
      }
      continue;
    }
    let text: string;
    try {
      const read = readTextFile(file.path);
      text = read.text;
      if (read.encoding !== 'utf8' && file.kind === 'zone' && !encodingReported.has(file.file)) {
        encodingReported.add(file.file);
        diagnostics.push(zoneEncodingDiagnostic(file.file, read.encoding, read.byteOrderMark));
      }
    } catch (error) {
      diagnostics.push(unreadable(file.file, error));
      continue;
    }
    if (file.kind === 'manifest') {
      const parsed = parseManifestFile(text, file.file, suppressions.comment);
      manifestCertificates.push(...parsed.certificates);
      topologies.push(...parsed.topologies);
      vpnProfiles.push(...parsed.vpnProfiles);
      firewallRuleSets.push(...parsed.firewallRuleSets);
      mediaPolicies.push(...parsed.mediaPolicies);
      diagnostics.push(...parsed.diagnostics);
      for (const document of parsed.otherDocuments) {
        unsupported.push({
          ...document.loc,
          ruleId: 'uclint/unsupported-file',
          severity: 'info',
          message: `kind: ${document.kind} manifests are recognised but not checked by this version of uclint`,
        });
      }
    }
    if (file.kind === 'wireguard' || file.kind === 'openvpn') {
      const parsed = file.kind === 'wireguard' ? parseWireguardFile(text, file.file, undefined, suppressions.comment) : parseOpenvpnFile(text, file.file, undefined, suppressions.comment);
      if (parsed.profile) vpnProfiles.push(parsed.profile);
      diagnostics.push(...parsed.diagnostics);
    }
    if (file.kind === 'sdp') {
      const parsed = parseSdpFile(text, file.file);
      sdpSessions.push(parsed.session);
      diagnostics.push(...parsed.diagnostics);
    }
    if (file.kind === 'zone') {
      const parsed = parseZone(text, {
        file: file.file,
        origin: file.origin,
        originSource: file.originSource,
        view: file.view,
        viewSource: file.viewSource === 'none' ? undefined : file.viewSource,
        includeReader,
        comments: suppressions.comment,
      });
      zones.push(parsed.zone);
      diagnostics.push(...parsed.diagnostics);
    }
    suppressions.endFiles();
  }

  // Rules.
  const estate = new Estate({
    zones,
    settings: config.settings,
    certificates: mergeLinkedCertificates(fileCertificates, manifestCertificates),
    topologies,
    registry: registryFiles,
    vpnProfiles,
    firewallRuleSets,
    mediaPolicies,
    sdpSessions,
  });
  const run = runRules(estate, registry, config.rules, now);
  const findings: Finding[] = [...diagnostics.map(diagnosticToFinding), ...unsupported, ...run.findings];

  // Suppressions, then the report of directives that suppressed nothing or are malformed.
  const directivesByFile = suppressions.directivesByFile();
  applyDirectives(findings, directivesByFile);
  for (const finding of directiveFindings(directivesByFile, registry, config)) findings.push(finding);

  const sorted = sortAndDeduplicate(findings);
  assignFingerprints(sorted);

  // Writing a baseline records every current finding, so no baseline is applied then.
  const baselineFile = options.writeBaselineFile ? undefined : (options.baselineFile ?? (config.baseline && path.join(root, configBase, config.baseline)));
  if (baselineFile) {
    const baselinePath = path.resolve(cwd, baselineFile);
    // A config in the linted tree is data from it: the baseline it names must be in the tree too (`--baseline` is the caller's to choose).
    if (!options.baselineFile && configPath && isInside(configPath, root) && !isInsideTree(baselinePath, root)) {
      fatal.push({ ...config.baselineAt, message: `baseline: ${config.baseline} is outside the linted tree; a config may only name a baseline inside it` });
      return empty(now, configFile);
    }
    try {
      applyBaseline(sorted, parseBaseline(readRegularFile(baselinePath).toString('utf8')));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      fatal.push({ message: `cannot use baseline ${baselineFile}: ${reason}` });
      return empty(now, configFile);
    }
  }
  if (options.writeBaselineFile) {
    const baselinePath = path.resolve(cwd, options.writeBaselineFile);
    writeFileSync(baselinePath, JSON.stringify(createBaseline(sorted), null, 2) + '\n');
  }

  const counts = countFindings(sorted);
  for (const f of sorted) if (f.ruleId === 'uclint/rule-crash') fatal.push({ message: f.message });
  return { root, findings: sorted, files: discovered.files, counts, outcomes: run.outcomes, fatal, configFile, config, now, estate, rules: registry, plugins };
}

function unreadable(file: string, error: unknown): Diagnostic {
  return { ...rangeAtStart(file), severity: 'error', code: 'input/unreadable', message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
}

function rangeAtStart(file: string): SourceRange {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function diagnosticToFinding(d: Diagnostic): Finding {
  const format = d.code.includes('/') ? d.code.slice(0, d.code.indexOf('/')) : 'input';
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ruleId: `parse/${format}`,
    severity: d.severity,
    message: d.message,
    messageId: d.code,
  };
}

/** Findings about the directives themselves: unused, unknown rule, missing reason. */
function directiveFindings(
  directivesByFile: Map<string, SuppressionDirective[]>,
  registry: readonly AnyRule[],
  config: ResolvedConfig,
): Finding[] {
  const known = new Set(registry.map((r) => r.id));
  const out: Finding[] = [];
  for (const directives of directivesByFile.values()) {
    for (const d of directives) {
      const base = { ...d.loc, severity: 'warning' as const };
      if (d.ruleIds.length === 0) {
        out.push({ ...base, ruleId: 'uclint/invalid-suppression', message: 'suppression names no rule id' });
        continue;
      }
      if (!d.reason) {
        out.push({ ...base, ruleId: 'uclint/invalid-suppression', message: `suppression of ${d.ruleIds.join(', ')} gives no reason (add "-- <reason>")` });
      }
      for (const id of d.ruleIds) {
        const isEngineId = id.startsWith('parse/') || id.startsWith('uclint/');
        if (!known.has(id) && !isEngineId) {
          out.push({ ...base, ruleId: 'uclint/invalid-suppression', message: `suppression names unknown rule ${id}` });
        } else if (!d.used.has(id) && (isEngineId || config.rules.get(id)?.severity !== 'off')) {
          out.push({ ...base, ruleId: 'uclint/unused-suppression', message: `suppression of ${id} suppresses nothing` });
        }
      }
    }
  }
  return out;
}

/**
 * The configuration for the paths linted: `.uclint.yml` in the deepest directory holding
 * them all, or the nearest one above it, up to the lint root.
 */
function findNearestConfig(paths: string[], root: string): string | undefined {
  let directory = commonDirectory(paths);
  for (;;) {
    const found = findConfigFile(directory);
    if (found) return found;
    const parent = path.dirname(directory);
    if (directory === root || parent === directory || !isInside(parent, root)) return undefined;
    directory = parent;
  }
}

/** A config glob made relative to the lint root. A pattern without a slash matches base names anywhere and stays as it is. */
function rebaseGlob(pattern: string, base: string): string {
  if (base === '' || !pattern.includes('/')) return pattern;
  return `${base}/${pattern.replace(/^\.\//, '').replace(/^\//, '')}`;
}

function rebaseGlobs(patterns: readonly string[], base: string): string[] {
  return patterns.map((p) => rebaseGlob(p, base));
}

/** `file` lies inside `root` by its path and, when it exists, by its real path (a symlink may not lead out). */
function isInsideTree(file: string, root: string): boolean {
  if (!isInside(file, root)) return false;
  try {
    return isInside(realpathSync(file), realpathSync(root));
  } catch {
    return true;
  }
}

function relativeTo(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

/** Exit code per FORMATS 7: 2 fatal, 1 errors or too many warnings, else 0. */
export function exitCodeOf(result: LintResult, maxWarnings?: number): 0 | 1 | 2 {
  if (result.fatal.length > 0) return 2;
  if (result.counts.error > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && result.counts.warning > maxWarnings) return 1;
  return 0;
}

/** A zone file (or a file it includes) is in UTF-16: name servers would not load it. */
function zoneEncodingDiagnostic(file: string, encoding: 'utf16le' | 'utf16be', byteOrderMark: boolean): Diagnostic {
  return {
    ...rangeAtStart(file),
    severity: 'error',
    code: 'input/encoding',
    message: `the file is ${encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'}${byteOrderMark ? '' : ' without a byte-order mark'}; name servers read zone files as ASCII or UTF-8 and would not load it (it is checked as decoded text)`,
  };
}
