import path from 'node:path';
import { appendAll } from './core/arrays.js';
import { countFindings, type Diagnostic, type Finding, type FindingCounts, type SourceRange } from './core/types.js';
import { Estate } from './estate/estate.js';
import type { ZoneFile } from './model/dns.js';
import type { IncludeReader } from './formats/zone/options.js';
import { discoverFiles, lintRoot, isInside, toPosix, createIncludeReader, readRegularFile, readTextFile, globMatcher, type DiscoveredFile } from './discover/index.js';
import { TreeFiles } from './discover/include.js';
import { decodeText } from './discover/read.js';
import { loadNamedConfs, loadZones, originGuessNotes } from './discover/load-order.js';
import { Pkcs12Budget, parseCertificateFile } from './formats/certificate/index.js';
import { parsePrivateKeyFile, privateKeysInText } from './formats/shared/private-keys.js';
import type { PrivateKey } from './model/private-key.js';
import { parseManifestFile } from './formats/manifest/index.js';
import { parseRegistryFile } from './formats/registry/index.js';
import type { Topology } from './model/topology.js';
import type { RegistryFile } from './model/registry.js';
import type { FirewallRuleSet, MediaPolicy, SdpSession, VpnProfile } from './model/network.js';
import { parseWireguardFile } from './formats/wireguard/index.js';
import { parseOpenvpnFile } from './formats/openvpn/index.js';
import { parseSdpFile } from './formats/sdp/index.js';
import type { Certificate } from './model/certificate.js';
import { mergeLinkedCertificates } from './estate/certificate-merge.js';
import {
  loadConfig,
  loadPlugins,
  findNearestConfig,
  readConfigSource,
  staysInTree,
  withheld,
  defaultConfig,
  applyRuleOverrides,
  type ConfigSource,
  type LoadedPlugin,
  type PluginOptions,
  type ResolvedConfig,
} from './config/index.js';
import { runRules, sortAndDeduplicate, type RuleOutcome } from './engine/run.js';
import { FindingLimiter, type FindingGroup } from './engine/limit.js';
import { DirectiveReader, applyDirectives, type SuppressionDirective } from './engine/suppressions.js';
import { assignFingerprints, applyBaseline, createBaseline, parseBaseline } from './engine/baseline.js';
import type { AnyRule } from './engine/rule.js';
import { RULES } from './rules.generated.js';
import { jsonDocumentChunks, streamed } from './report/json-chunks.js';
import { OutputError, writeChunksToFile } from './report/output.js';

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
  /** Whether plugins named by the config load, where they are looked up, or why they are refused (see SECURITY.md); by default they are refused. */
  plugins?: PluginOptions;
  /** Environment variables the config may name as PKCS#12 passwords besides `UCLINT_PKCS12_*` (`--pkcs12-password-env`). */
  passwordVariables?: string[];
  /** Run only these rule ids, each at its configured (or default) severity. */
  onlyRules?: string[];
  /** Where PKCS#12 passwords are looked up by the variable names the config gives (default: the process environment). */
  env?: Readonly<Record<string, string | undefined>>;
  /** At most this many findings of a rule (or diagnostics of a code) in one file (`--max-findings-per-file`); beats `maxFindingsPerFile` in the config. */
  maxFindingsPerFile?: number;
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
    counts: { error: 0, warning: 0, info: 0, suppressed: 0, notChecked: 0 },
    outcomes: [],
    fatal,
    configFile,
    now,
  });

  // Configuration: data from the tree, read only when its real path stays in the tree.
  const configPath = options.configFile ? path.resolve(cwd, options.configFile) : options.ignoreConfigFiles ? undefined : findNearestConfig(paths, root);
  let source: ConfigSource | undefined;
  if (configPath) {
    const read = readConfigSource(configPath, root, options.configFile ?? (toPosix(path.relative(cwd, configPath)) || configPath));
    if ('refusal' in read) {
      fatal.push(read.refusal);
      return empty(options.now ?? new Date());
    }
    source = read.source;
  }
  // Paths in the config (globs, baseline) are relative to the config file's directory: the
  // globs of a config at or below the lint root are rebased onto it; a config elsewhere
  // (above it, in the repository) matches them against paths from its own directory.
  const configDirectory = configPath ? path.dirname(configPath) : root;
  const configBase = isInside(configDirectory, root) ? relativeTo(root, configDirectory) : '';
  const globPrefix = isInside(configDirectory, root) ? '' : `${toPosix(path.relative(configDirectory, root))}/`;
  const configMatcher = (patterns: readonly string[]) => {
    const matches = globMatcher(rebaseGlobs(patterns, configBase));
    return (file: string) => matches(globPrefix + file);
  };
  let config: ResolvedConfig;
  if (source) {
    const configName = relativeTo(root, source.path);
    // Nothing a config reached through a symbolic link holds is repeated in a message.
    const shown = <T extends FatalProblem>(problems: T[]): T[] => (source.throughLink ? problems.map(withheld) : problems);
    // Plugins first: their rules are part of the registry the rest of the file is read against.
    const pluginLoad = await loadPlugins(source.text, configName, source.tree, registry, options.plugins);
    plugins = pluginLoad.plugins;
    registry = [...registry, ...plugins.flatMap((plugin) => plugin.rules)];
    appendAll(fatal, shown(pluginLoad.diagnostics));
    const loaded = loadConfig(source.text, configName, registry, { passwordVariables: options.passwordVariables });
    // The rules of a plugin that did not load are unknown; the plugin's own error says why.
    const pluginFailed = pluginLoad.diagnostics.length > 0;
    appendAll(fatal, shown(loaded.diagnostics.filter((d) => d.severity === 'error' && !(pluginFailed && d.code === 'config/unknown-rule'))));
    if (!loaded.config || fatal.length > 0) return empty(options.now ?? new Date(), configName);
    config = loaded.config;
  } else {
    config = defaultConfig(registry);
  }
  if (options.ruleOverrides?.length) {
    appendAll(fatal, applyRuleOverrides(config, options.ruleOverrides, registry).filter((d) => d.severity === 'error'));
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
    globPrefix,
  });
  // Each file adds at most so many findings of a rule, or diagnostics of a code; the rest are counted.
  const limiter = new FindingLimiter(options.maxFindingsPerFile ?? config.maxFindingsPerFile);
  const diagnostics: Diagnostic[] = [];
  const diagnosticGroups = new Map<string, FindingGroup>();
  const addDiagnostic = (d: Diagnostic): void => {
    let group = diagnosticGroups.get(d.code);
    if (group === undefined) {
      group = { ruleId: parseRuleId(d.code), kind: 'diagnostics', code: d.code };
      diagnosticGroups.set(d.code, group);
    }
    if (limiter.admit(group, d, d.severity)) diagnostics.push(d);
  };
  // Never `push(...list)`: a loader may return more diagnostics than a call has room for arguments.
  const addDiagnostics = (list: readonly Diagnostic[]): void => {
    for (const d of list) addDiagnostic(d);
  };
  for (const d of discovered.diagnostics) {
    if (d.code === 'input/not-found') fatal.push(d);
    else addDiagnostic(d);
  }
  // Nothing read is no pass: a wrong path or a tree of other files must not look clean (ESLint's "No files matching").
  if (fatal.length === 0 && discovered.files.length === 0) fatal.push({ message: noFilesMessage(options.paths?.length ? options.paths : ['.'], config.ignore.length > 0) });
  if (fatal.length > 0) return empty(now, configFile);

  // Loading.
  const zones: ZoneFile[] = [];
  // Loaders tell the comments of their format's grammar; suppression directives are read from those alone.
  const suppressions = new DirectiveReader();
  // Included files are read once, by the parser; their text is kept for their suppression
  // comments, and a file in UTF-16 is said to be so once, as a linted zone file is.
  const includedTexts = new Map<string, string>();
  const encodingReported = new Set<string>();
  const confinedReader = createIncludeReader(root, { ignored: configMatcher(config.ignore), files: new TreeFiles(discovered.tree) });
  const includeReader: IncludeReader = (written, fromFile) => {
    const result = confinedReader(written, fromFile);
    if ('text' in result) {
      includedTexts.set(result.file, result.text);
      if (result.encoding !== undefined && result.encoding !== 'utf8' && !encodingReported.has(result.file)) {
        encodingReported.add(result.file);
        addDiagnostic(zoneEncodingDiagnostic(result.file, result.encoding, result.byteOrderMark === true));
      }
    }
    return result;
  };
  // BIND configurations first: the zones they declare give zone files their origins and views.
  const namedConfs = loadNamedConfs(root, discovered, includeReader, suppressions.comment);
  addDiagnostics(namedConfs.diagnostics);
  const files = namedConfs.files;
  const unsupported: Finding[] = [];
  const fileCertificates: Certificate[] = [];
  const manifestCertificates: Certificate[] = [];
  const topologies: Topology[] = [];
  const registryFiles: RegistryFile[] = [];
  const vpnProfiles: VpnProfile[] = [];
  const firewallRuleSets: FirewallRuleSet[] = [];
  const mediaPolicies: MediaPolicy[] = [];
  const sdpSessions: SdpSession[] = [];
  const passwordPatterns = Object.entries(config.certificatePasswords).map(([pattern, variable]) => ({ matches: configMatcher([pattern]), variable }));
  const env = options.env ?? process.env;
  // Private keys are looked for in every file read, whatever its kind (an OpenVPN config's inline `<key>`, a manifest).
  const privateKeys: PrivateKey[] = [];
  const pkcs12Budget = new Pkcs12Budget();
  for (const file of files) {
    // Zones are loaded below in the order their includes need, after the BIND configurations that name them.
    if (file.kind === 'zone' || file.kind === 'named-conf') continue;
    // Certificates, key files and registry exports are bytes (DER, PKCS#12, UTF-16LE), read as such by their loaders.
    if (file.kind === 'certificate' || file.kind === 'registry' || file.kind === 'private-key') {
      let bytes: Buffer;
      try {
        bytes = readRegularFile(file.path);
      } catch (error) {
        addDiagnostic(unreadable(file.file, error));
        continue;
      }
      if (file.kind === 'certificate') {
        const variable = passwordPatterns.find((p) => p.matches(file.file))?.variable;
        const parsed = parseCertificateFile(bytes, { file: file.file, password: variable ? env[variable] : undefined, passwordVariable: variable, pkcs12Budget });
        appendAll(fileCertificates, parsed.certificates);
        appendAll(privateKeys, parsed.privateKeys);
        addDiagnostics(parsed.diagnostics);
      } else if (file.kind === 'private-key') {
        appendAll(privateKeys, parsePrivateKeyFile(bytes, file.file));
      } else {
        const parsed = parseRegistryFile(bytes, file.file, undefined, suppressions.comment);
        suppressions.endFiles();
        registryFiles.push(parsed.registry);
        // The decoded text is looked at for keys and let go: a large export is not kept for the run.
        appendAll(privateKeys, privateKeysInText(decodeText(bytes).text, file.file));
        addDiagnostics(parsed.diagnostics);
      }
      continue;
    }
    let text: string;
    try {
      const read = readTextFile(file.path);
      text = read.text;
    } catch (error) {
      addDiagnostic(unreadable(file.file, error));
      continue;
    }
    appendAll(privateKeys, privateKeysInText(text, file.file));
    if (file.kind === 'manifest') {
      const parsed = parseManifestFile(text, file.file, suppressions.comment);
      appendAll(manifestCertificates, parsed.certificates);
      appendAll(topologies, parsed.topologies);
      appendAll(vpnProfiles, parsed.vpnProfiles);
      appendAll(firewallRuleSets, parsed.firewallRuleSets);
      appendAll(mediaPolicies, parsed.mediaPolicies);
      addDiagnostics(parsed.diagnostics);
      for (const document of parsed.otherDocuments) {
        if (!limiter.admit(UNSUPPORTED_FILE, document.loc, 'info')) continue;
        unsupported.push({
          ...document.loc,
          ruleId: UNSUPPORTED_FILE.ruleId,
          severity: 'info',
          message: `kind: ${document.kind} manifests are recognised but not checked by this version of uclint`,
        });
      }
    }
    if (file.kind === 'wireguard' || file.kind === 'openvpn') {
      const parsed = file.kind === 'wireguard' ? parseWireguardFile(text, file.file, undefined, suppressions.comment) : parseOpenvpnFile(text, file.file, undefined, suppressions.comment);
      if (parsed.profile) vpnProfiles.push(parsed.profile);
      addDiagnostics(parsed.diagnostics);
    }
    if (file.kind === 'sdp') {
      const parsed = parseSdpFile(text, file.file);
      sdpSessions.push(parsed.session);
      addDiagnostics(parsed.diagnostics);
    }
    suppressions.endFiles();
  }
  const zoneLoad = loadZones(files, includeReader, suppressions.comment, (file, read) => {
    if (read.encoding !== 'utf8' && !encodingReported.has(file.file)) {
      encodingReported.add(file.file);
      addDiagnostic(zoneEncodingDiagnostic(file.file, read.encoding, read.byteOrderMark));
    }
    appendAll(privateKeys, privateKeysInText(read.text, file.file));
  });
  appendAll(zones, zoneLoad.zones);
  addDiagnostics(zoneLoad.diagnostics);

  for (const [file, text] of includedTexts) appendAll(privateKeys, privateKeysInText(text, file));

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
    familiesStatement: config.familiesStatement,
    privateKeys,
  });
  const readingNotKept = limiter.takeNotKept();
  const run = runRules(estate, registry, config.rules, now, limiter);
  const findings: Finding[] = [...diagnostics.map(diagnosticToFinding), ...readingNotKept, ...unsupported, ...run.findings];
  appendAll(findings, originGuessNotes(zoneLoad.files, findings).map(diagnosticToFinding));

  // Suppressions, then the report of directives that suppressed nothing or are malformed.
  const directivesByFile = suppressions.directivesByFile();
  applyDirectives(findings, directivesByFile);
  appendAll(findings, directiveFindings(directivesByFile, registry, config, limiter));
  appendAll(findings, limiter.takeNotKept());

  const sorted = sortAndDeduplicate(findings);
  assignFingerprints(sorted);

  // Writing a baseline records every current finding, so no baseline is applied then.
  const baselineFile = options.writeBaselineFile ? undefined : (options.baselineFile ?? (config.baseline && path.join(configDirectory, config.baseline)));
  if (baselineFile) {
    const baselinePath = path.resolve(cwd, baselineFile);
    // A config in the linted tree is data from it: the baseline it names must be in the tree too (`--baseline` is the caller's to choose).
    if (!options.baselineFile && source && !staysInTree(baselinePath, source.tree)) {
      const problem = { ...config.baselineAt, code: 'config/baseline-outside', message: `baseline: ${config.baseline} is outside the linted tree; a config may only name a baseline inside it` };
      fatal.push(source.throughLink ? withheld(problem) : problem);
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
    const baseline = createBaseline(sorted);
    try {
      const chunks = jsonDocumentChunks({ ...baseline, findings: streamed(baseline.findings) });
      writeChunksToFile(path.resolve(cwd, options.writeBaselineFile), chunks, options.writeBaselineFile, 'the baseline ');
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      fatal.push({ message: error.message });
      return empty(now, configFile);
    }
  }

  const counts = countFindings(sorted);
  // The finding keeps the stack; the problem that stops the run is its first line.
  for (const f of sorted) if (f.ruleId === 'uclint/rule-crash') fatal.push({ message: f.message.split('\n', 1)[0] });
  return { root, findings: sorted, files: zoneLoad.files, counts, outcomes: run.outcomes, fatal, configFile, config, now, estate, rules: registry, plugins };
}

/** Why a run that found nothing to read stops, naming the paths as the caller gave them. */
function noFilesMessage(paths: readonly string[], ignoring: boolean): string {
  const where = paths.map((p) => JSON.stringify(p)).join(', ');
  return (
    `no files to lint: nothing in ${where} is a file uclint reads` +
    (ignoring ? ', after the config\'s ignore globs' : '') +
    ' (DNS zone files, certificates and private keys, uclint manifests, WireGuard and OpenVPN configs, SDP, registry exports; docs/formats.md lists the names and contents it recognises)'
  );
}

function unreadable(file: string, error: unknown): Diagnostic {
  return { ...rangeAtStart(file), severity: 'error', code: 'input/unreadable', message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
}

function rangeAtStart(file: string): SourceRange {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** `zone/bad-ttl` -> `parse/zone`: the id every diagnostic of a format is reported, suppressed and baselined under. */
function parseRuleId(code: string): string {
  return `parse/${code.includes('/') ? code.slice(0, code.indexOf('/')) : 'input'}`;
}

function diagnosticToFinding(d: Diagnostic): Finding {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ruleId: parseRuleId(d.code),
    severity: d.severity,
    message: d.message,
    messageId: d.code,
  };
}

const UNSUPPORTED_FILE: FindingGroup = { ruleId: 'uclint/unsupported-file', kind: 'findings' };
const INVALID_SUPPRESSION: FindingGroup = { ruleId: 'uclint/invalid-suppression', kind: 'findings' };
const UNUSED_SUPPRESSION: FindingGroup = { ruleId: 'uclint/unused-suppression', kind: 'findings' };

/**
 * Findings about the directives themselves: unused, unknown rule, missing reason. A
 * suppression of a rule whose findings in the file were cut at the bound is not called
 * unused: what it suppresses may be among the findings not kept.
 */
function directiveFindings(
  directivesByFile: Map<string, SuppressionDirective[]>,
  registry: readonly AnyRule[],
  config: ResolvedConfig,
  limiter: FindingLimiter,
): Finding[] {
  const known = new Set(registry.map((r) => r.id));
  const out: Finding[] = [];
  const add = (group: FindingGroup, range: SourceRange, message: string) => {
    if (limiter.admit(group, range, 'warning')) out.push({ ...range, severity: 'warning', ruleId: group.ruleId, message });
  };
  for (const directives of directivesByFile.values()) {
    for (const d of directives) {
      if (d.ruleIds.length === 0) {
        add(INVALID_SUPPRESSION, d.loc, 'suppression names no rule id');
        continue;
      }
      if (!d.reason) {
        add(INVALID_SUPPRESSION, d.loc, `suppression of ${d.ruleIds.join(', ')} gives no reason (add "-- <reason>")`);
      }
      for (const id of d.ruleIds) {
        const isEngineId = id.startsWith('parse/') || id.startsWith('uclint/');
        if (!known.has(id) && !isEngineId) {
          add(INVALID_SUPPRESSION, d.loc, `suppression names unknown rule ${id}`);
        } else if (!d.used.has(id) && (isEngineId || config.rules.get(id)?.severity !== 'off') && !limiter.wasBounded(id, d.loc.file)) {
          add(UNUSED_SUPPRESSION, d.loc, `suppression of ${id} suppresses nothing`);
        }
      }
    }
  }
  return out;
}

/** A config glob made relative to the lint root. A pattern without a slash matches base names anywhere and stays as it is. */
function rebaseGlob(pattern: string, base: string): string {
  if (base === '' || !pattern.includes('/')) return pattern;
  return `${base}/${pattern.replace(/^\.\//, '').replace(/^\//, '')}`;
}

function rebaseGlobs(patterns: readonly string[], base: string): string[] {
  return patterns.map((p) => rebaseGlob(p, base));
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
