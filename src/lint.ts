import path from 'node:path';
import { appendAll } from './core/arrays.js';
import { countFindings, type Diagnostic, type Finding, type FindingCounts, type SourceRange } from './core/types.js';
import type { DecodedText, TextEncoding } from './core/text.js';
import { Estate } from './estate/estate.js';
import { addNodes, emptyNodes, inFileOrder } from './model/nodes.js';
import type { EstateFile } from './model/files.js';
import { FORMATS } from './formats.generated.js';
import type { BytesInput, FormatDefinition, FormatLoad, LoadContext, TextInput } from './formats/shared/format.js';
import { TEXT_SCANNERS } from './formats/shared/scanners.js';
import {
  discoverFiles,
  lintRoot,
  isInside,
  toPosix,
  createIncludeReader,
  resolveTreePath,
  readRegularFile,
  readTextFile,
  isTextFile,
  globMatcher,
  TreeFiles,
  type DiscoveredFile,
} from './discover/index.js';
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
import { formatNoteFindings } from './engine/not-checked.js';
import { assignFingerprints, applyBaseline, createBaseline, parseBaseline } from './engine/baseline.js';
import type { AnyRule } from './engine/rule.js';
import { loadValidatorsFor } from './core/validators.js';
import { RULES } from './rules.generated.js';
import { jsonDocumentChunks, streamed } from './report/json-chunks.js';
import { OutputError, writeChunksToFile } from './report/output.js';
import type { ProbeOptions } from './probe/live-probe.js';
import { liveRunFindings } from './engine/live.js';

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
  /** Formats to read files with instead of the registry's (tests of a format before it is in the registry). */
  formats?: readonly FormatDefinition[];
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
  /**
   * Ask the live DNS and read the certificates of the published TLS endpoints (`uclint probe`,
   * the Action's `probe: true`), and judge what is served. Absent: no socket is opened and the
   * probe's module is not even loaded.
   */
  probe?: ProbeOptions;
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
  const formats = options.formats ?? FORMATS;
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

  // Rules given in place of the registry may have options the build did not compile validators for.
  if (options.rules !== undefined) await loadValidatorsFor(options.rules);
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
    formats,
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

  // Loading: each format of the registry loads its files, the formats of the context stage first
  // (what they say of other files, named.conf of zone files, is what those files are given).
  const nodes = emptyNodes();
  // Formats tell the comments of their grammar; suppression directives are read from those alone.
  const suppressions = new DirectiveReader();
  const unsupported: Finding[] = [];
  // Files read through `include` are read once, by the format; their text is kept to be scanned.
  const includedTexts = new Map<string, string>();
  const encodingReported = new Set<string>();
  const noteEncoding = (file: string, encoding: TextEncoding, byteOrderMark: boolean, why: string): void => {
    if (encoding === 'utf8' || encodingReported.has(file)) return;
    encodingReported.add(file);
    addDiagnostic(encodingDiagnostic(file, encoding, byteOrderMark, why));
  };
  const scan = (text: string, file: string): void => {
    for (const scanner of TEXT_SCANNERS) addNodes(nodes, scanner(text, file));
  };
  const treeFiles = new TreeFiles(discovered.tree);
  const confinedReader = createIncludeReader(root, { ignored: configMatcher(config.ignore), files: treeFiles });
  const passwordPatterns = Object.entries(config.certificatePasswords).map(([pattern, variable]) => ({ matches: configMatcher([pattern]), variable }));
  const env = options.env ?? process.env;
  let files: DiscoveredFile[] = discovered.files;
  const contextFor = (format: FormatDefinition): LoadContext => ({
    files,
    include: (written, fromFile) => {
      const result = confinedReader(written, fromFile);
      if ('text' in result) {
        includedTexts.set(result.file, result.text);
        if (format.utf16Refused !== undefined) noteEncoding(result.file, result.encoding ?? 'utf8', result.byteOrderMark === true, format.utf16Refused);
      }
      return result;
    },
    findInTree: (written, fromFile, within) => resolveTreePath(written, fromFile, root, treeFiles, within),
    isText: (file) => isTextFile(path.join(root, file)),
    comments: suppressions.comment,
    commentsDone: () => suppressions.endFiles(),
    passwordFor: (file) => {
      const variable = passwordPatterns.find((p) => p.matches(file))?.variable;
      return variable === undefined ? {} : { password: env[variable], variable };
    },
  });
  const inputsOf = (format: FormatDefinition): Array<TextInput | BytesInput> =>
    files.filter((f) => f.kind === format.name).map(({ path: absolute, ...file }) => ({ ...file, read: reader(format, absolute, file.file) }) as TextInput | BytesInput);
  const reader = (format: FormatDefinition, absolute: string, file: string): (() => Buffer | DecodedText | undefined) => {
    if (format.input === 'bytes') {
      return (): Buffer | undefined => {
        try {
          return readRegularFile(absolute);
        } catch (error) {
          addDiagnostic(unreadable(file, error));
          return undefined;
        }
      };
    }
    return () => {
      try {
        const read = readTextFile(absolute);
        if (format.utf16Refused !== undefined) noteEncoding(file, read.encoding, read.byteOrderMark, format.utf16Refused);
        scan(read.text, file);
        return read;
      } catch (error) {
        addDiagnostic(unreadable(file, error));
        return undefined;
      }
    };
  };
  for (const format of [...formats.filter((f) => f.stage === 'context'), ...formats.filter((f) => f.stage !== 'context')]) {
    const inputs = inputsOf(format);
    if (inputs.length === 0) continue;
    let loaded: FormatLoad;
    try {
      loaded = await (format.load as (files: ReadonlyArray<TextInput | BytesInput>, context: LoadContext) => Promise<FormatLoad>)(inputs, contextFor(format));
    } catch (error) {
      // Only a defect in uclint gets here: the run goes on with the other formats.
      loaded = { diagnostics: [formatCrash(format, inputs[0].file, error)] };
    }
    addNodes(nodes, loaded.nodes ?? {});
    addDiagnostics(loaded.diagnostics ?? []);
    for (const part of loaded.unsupported ?? []) {
      if (limiter.admit(UNSUPPORTED_FILE, part.loc, 'info')) unsupported.push({ ...part.loc, ruleId: UNSUPPORTED_FILE.ruleId, severity: 'info', message: part.message });
    }
    if (loaded.files?.length) files = withDescriptions(files, loaded.files, root);
  }
  for (const [file, text] of includedTexts) scan(text, file);
  inFileOrder(nodes);

  // Rules.
  const estate = new Estate({ ...nodes, settings: config.settings, familiesStatement: config.familiesStatement });
  const formatNotes = formatNoteFindings(nodes.notes, limiter);
  const readingNotKept = limiter.takeNotKept();
  if (options.probe) {
    // The one path that opens sockets, loaded only here.
    const { probeEstate } = await import('./probe/live-probe.js');
    const fallback = rangeAtStart(configFile ?? files[0]?.file ?? '.');
    estate.attachLive(await probeEstate(estate, { ...config.probe, ...definedOptions(options.probe) }, { sipDomainLocs: config.sipDomainLocs, fallback }));
  }
  const run = runRules(estate, registry, config.rules, now, limiter);
  const live = estate.live ? liveRunFindings(estate, estate.live, registry, config.rules, config.settings, now, new FindingLimiter(options.maxFindingsPerFile ?? config.maxFindingsPerFile), run.findings) : [];
  const findings: Finding[] = [...diagnostics.map(diagnosticToFinding), ...readingNotKept, ...unsupported, ...formatNotes, ...run.findings, ...live];
  for (const format of formats) {
    if (format.afterRules) appendAll(findings, format.afterRules(files.filter((f) => f.kind === format.name), findings).map(diagnosticToFinding));
  }

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
  return { root, findings: sorted, files, counts, outcomes: run.outcomes, fatal, configFile, config, now, estate, rules: registry, plugins };
}

/** The options given, without those left undefined (so they do not hide the config's). */
function definedOptions<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Why a run that found nothing to read stops, naming the paths as the caller gave them. */
function noFilesMessage(paths: readonly string[], ignoring: boolean): string {
  const where = paths.map((p) => JSON.stringify(p)).join(', ');
  return (
    `no files to lint: nothing in ${where} is a file uclint reads` +
    (ignoring ? ', after the config\'s ignore globs' : '') +
    ` (${FORMATS.map((format) => format.nouns[1]).join(', ')}; docs/formats.md lists the names and contents it recognises)`
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

/** A file (or a file it includes) is in UTF-16, which the tools of its format do not read. */
function encodingDiagnostic(file: string, encoding: 'utf16le' | 'utf16be', byteOrderMark: boolean, why: string): Diagnostic {
  return {
    ...rangeAtStart(file),
    severity: 'error',
    code: 'input/encoding',
    message: `the file is ${encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'}${byteOrderMark ? '' : ' without a byte-order mark'}; ${why} (it is checked as decoded text)`,
  };
}

/** A format's load that threw (a defect): said on its first file, as a loader says its own. */
function formatCrash(format: FormatDefinition, file: string, error: unknown): Diagnostic {
  return { ...rangeAtStart(file), severity: 'error', code: `${format.name}/internal-error`, message: `uclint could not read these files: ${error instanceof Error ? error.message : String(error)}` };
}

/** The files with the descriptions loading gave (by path), in path order; a file new to the list is added. */
function withDescriptions(files: readonly DiscoveredFile[], described: readonly EstateFile[], root: string): DiscoveredFile[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const file of described) byFile.set(file.file, { ...file, path: byFile.get(file.file)?.path ?? path.join(root, file.file) });
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
