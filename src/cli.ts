import path from 'node:path';
import { parseArgs } from 'node:util';
import { lint, exitCodeOf, type LintOptions, type LintResult } from './lint.js';
import { ENVIRONMENT_VARIABLE_PATTERN, PRESETS, parseDateText, rulesTurnedOn, unknownPresetMessage } from './config/index.js';
import { stylishChunks } from './report/stylish.js';
import { jsonReportChunks } from './report/json.js';
import { sarifChunks } from './report/sarif.js';
import { githubChunks } from './report/github.js';
import { formatMarkdown } from './report/markdown.js';
import { OutputError, oneLine, writeChunks, writeChunksToFile } from './report/output.js';
import { printableLines } from './report/printable.js';
import { formatRulesList } from './report/rules-list.js';
import { certificateMarkdownChunks, certificateTableChunks, certificatesJsonChunks, listCertificates } from './report/certificates.js';
import { compileCommonNameFilter } from './report/cn-filter.js';
import { RULES } from './rules.generated.js';
import { runInit, DEFAULT_WORKFLOW_PATH } from './init/run.js';
import { VERSION } from './version.js';
import { MAX_FINDINGS_PER_FILE_BOUND } from './engine/limit.js';
import { thousands } from './core/words.js';
import type { ProbeOptions } from './probe/live-probe.js';
import { dnsServerAddress, parseConnectTo } from './model/probe-addresses.js';
import { endpointInWords } from './estate/live-drift.js';

const HELP = `uclint ${VERSION} - policy linter for unified-communications infrastructure

Usage:
  uclint [options] [paths...]   lint files and directories (default: .)
  uclint rules [--format json]  list the rules with pack, default severity and description
      --preset <name>           only the rules a preset turns on (uclint:lync2010, uclint:teams,
                                ...; see docs/presets.md), with the option values it sets
  uclint certs [options] [paths...]
                                list every certificate (files and manifests) with CN, SANs,
                                issuer and days left, soonest expiry first
      --expires-within <days>   only certificates that expire within this many days of --now
                                (expired ones included)
      --cn-filter <regex>       only certificates whose subject CN matches (case-insensitive,
                                RE2 syntax: linear time, no backreferences or lookaround)
      -f json|markdown          as JSON, or as a Markdown table
      --live                    the certificates the published TLS endpoints present instead (a
                                probe: takes the probe's options below; network)
  uclint probe [options] [paths...]
                                lint, then ask the live DNS for every SIP domain's discovery
                                records and read the certificate of every published TLS endpoint;
                                what is served is judged by the rules and compared with the files
                                (live/* rules). The only command that uses the network (docs/probe.md)
      --dns-server <host[:port]>
                                ask this DNS server (an IP address) instead of the system
                                resolver; repeatable (default: probe.dnsServers in the config)
      --view internal|external  which side of split-brain DNS the servers answer for, to compare
                                with the zones of that view (default: external)
      --connect-to <HOST:PORT:ADDRESS:PORT2>
                                connect to ADDRESS:PORT2 for the endpoint HOST:PORT (SNI stays
                                HOST; an empty part matches or keeps any); repeatable
      --timeout <seconds>       per DNS try and per TLS connection (default 3 and 5)
      --max-time <seconds>      the whole probe; what has not started by then is reported as
                                not probed (default 120)
  uclint init [options] [path]  write .uclint.yml for the repository at path (default: .) and a
                                GitHub workflow, guessing zone views, SIP domains, online or
                                on-premises, and the product; prints each guess and its evidence
      --dry-run                 print both files instead of writing them
      --force                   replace an existing .uclint.yml or workflow (else exit 2)
      --workflow <path>         the workflow file, relative to the repository root
                                (default: .github/workflows/uclint.yml)
      --no-workflow             write only .uclint.yml

Options:
  -f, --format <format>         output format (default: stylish):
                                  stylish   findings grouped by file, for people
                                  json      every finding, for programs
                                  sarif     SARIF 2.1.0, for GitHub code scanning
                                  github    workflow commands, annotations in GitHub Actions
                                  markdown  a summary with tables, for a job summary or an issue
  -o, --output <file>           write the report to a file instead of standard output
  -c, --config <file>           configuration file (default: the nearest .uclint.yml from the
                                linted directory up to the repository root, where .git is)
      --rule <id:severity>      override a rule's severity (off|info|warn|error); repeatable
      --max-warnings <n>        exit 1 when there are more than n warnings
      --max-findings-per-file <n>
                                keep at most n findings of each rule (and diagnostics of
                                each code) in one file, then one that counts the rest
                                (default: maxFindingsPerFile in the config, else 1000)
  -q, --quiet                   report errors only
      --verbose                 list the "not checked" notes (checks a rule could not make,
                                such as zones of unknown view) instead of counting them
      --now <date>              judge dates (certificate expiry) against this day, e.g. 2026-11-20
      --baseline <file>         ignore findings recorded in this baseline file
      --write-baseline <file>   record the current findings as a baseline
      --allow-plugins           load the plugins the config names (uclint-plugin-* packages,
                                from the node_modules of uclint's installation and its
                                parents); without it a config naming plugins is refused
      --plugins-from <dir>      allow plugins and look them up in the node_modules of this
                                directory and its parents instead; plugins inside the linted
                                tree are always refused
      --pkcs12-password-env <name>
                                let a config in the linted tree read this environment variable
                                as a PKCS#12 password (besides UCLINT_PKCS12_*); repeatable
      --color / --no-color      force colour on or off (default: on a terminal only)
  -h, --help                    show this help
  -v, --version                 print the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, configuration or internal error.
`;

export interface CliIo {
  /** Standard output; when a write returns a promise, a report waits for it before the next (backpressure). */
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  /** True once the reader of standard output has gone (`uclint | head`): the report stops there, quietly. */
  stdoutClosed?: () => boolean;
  isTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * The same io for messages: every line goes through the printable filter, since messages
 * quote names from the tree. Reports filter what they quote themselves (stylish paints).
 */
function messageIo(io: CliIo): CliIo {
  return { ...io, stdout: (text) => io.stdout(printableLines(text)), stderr: (text) => io.stderr(printableLines(text)) };
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], terminal: CliIo): Promise<number> {
  const io = messageIo(terminal);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        'max-findings-per-file': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean' },
        now: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'plugins-from': { type: 'string' },
        'allow-plugins': { type: 'boolean' },
        'pkcs12-password-env': { type: 'string', multiple: true },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        'expires-within': { type: 'string' },
        'cn-filter': { type: 'string' },
        preset: { type: 'string' },
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        workflow: { type: 'string' },
        'no-workflow': { type: 'boolean' },
        live: { type: 'boolean' },
        'dns-server': { type: 'string', multiple: true },
        view: { type: 'string' },
        'connect-to': { type: 'string', multiple: true },
        timeout: { type: 'string' },
        'max-time': { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`uclint: ${(error as Error).message}\nRun 'uclint --help' for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const format = values.format ?? 'stylish';

  if (positionals[0] === 'rules') {
    if (format !== 'stylish' && format !== 'json') return usage(io, `unknown format '${format}' for 'uclint rules' (stylish, json)`);
    const name = values.preset;
    if (name === undefined) {
      io.stdout(formatRulesList(RULES, format));
      return 0;
    }
    if (!Object.hasOwn(PRESETS, name)) return usage(io, unknownPresetMessage(name));
    const preset = PRESETS[name];
    io.stdout(formatRulesList(RULES, format, { name, product: preset.settings?.product, rules: rulesTurnedOn(preset, RULES) }));
    return 0;
  }
  if (values.preset !== undefined) return usage(io, '--preset belongs to `uclint rules`; a lint run takes presets from `extends` in .uclint.yml');

  if (positionals[0] !== 'certs' && (values['expires-within'] !== undefined || values['cn-filter'] !== undefined || values.live !== undefined)) {
    return usage(io, '--expires-within, --cn-filter and --live belong to `uclint certs`');
  }
  const probing = positionals[0] === 'probe' || (positionals[0] === 'certs' && values.live === true);
  const probeOnly = PROBE_OPTIONS.filter((name) => values[name] !== undefined);
  if (!probing && probeOnly.length > 0) return usage(io, `--${probeOnly[0]} belongs to \`uclint probe\` and \`uclint certs --live\``);
  const probe = probing ? probeOptions(values) : undefined;
  if (probe instanceof Error) return usage(io, probe.message);
  if (positionals[0] === 'certs') return runCertsCommand(positionals.slice(1), values, io, probe);
  if (positionals[0] === 'probe') positionals.shift();

  const initOnly = (['dry-run', 'force', 'workflow', 'no-workflow'] as const).filter((name) => values[name] !== undefined);
  if (positionals[0] !== 'init' && initOnly.length > 0) return usage(io, `--${initOnly[0]} belongs to \`uclint init\``);
  if (positionals[0] === 'init') {
    const lintOnly = (['format', 'output', 'config', 'rule', 'max-warnings', 'max-findings-per-file', 'quiet', 'verbose', 'now', 'baseline', 'write-baseline', 'allow-plugins', 'plugins-from', 'pkcs12-password-env'] as const).filter(
      (name) => values[name] !== undefined,
    );
    if (lintOnly.length > 0) return usage(io, `--${lintOnly[0]} does not apply to \`uclint init\``);
    if (positionals.length > 2) return usage(io, '`uclint init` takes one path');
    if (values['no-workflow'] && values.workflow !== undefined) return usage(io, '--workflow and --no-workflow contradict each other');
    return runInit(
      {
        target: positionals[1],
        cwd: io.cwd,
        workflow: values['no-workflow'] ? undefined : (values.workflow ?? DEFAULT_WORKFLOW_PATH),
        force: values.force ?? false,
        dryRun: values['dry-run'] ?? false,
      },
      io,
    );
  }

  if (!isFormat(format)) return usage(io, `unknown format '${format}' (${FORMATS.join(', ')})`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) return usage(io, `--max-warnings takes a whole number, not '${values['max-warnings']}'`);
  }
  let maxFindingsPerFile: number | undefined;
  const maxFindingsText = values['max-findings-per-file'];
  if (maxFindingsText !== undefined) {
    maxFindingsPerFile = Number(maxFindingsText);
    if (!/^\d+$/.test(maxFindingsText) || maxFindingsPerFile < 1 || maxFindingsPerFile > MAX_FINDINGS_PER_FILE_BOUND) {
      return usage(io, `--max-findings-per-file takes a whole number from 1 to ${thousands(MAX_FINDINGS_PER_FILE_BOUND)}, not '${maxFindingsText}'`);
    }
  }
  const now = parseNowOption(values.now);
  if (now instanceof Error) return usage(io, now.message);
  const trust = trustOptions(values, io);
  if (trust instanceof Error) return usage(io, trust.message);

  const result = await lintOrExplain(
    {
      paths: positionals,
      cwd: io.cwd,
      configFile: values.config,
      ruleOverrides: values.rule,
      now,
      baselineFile: values.baseline,
      writeBaselineFile: values['write-baseline'],
      maxFindingsPerFile,
      ...trust,
      ...(probe ? { probe } : {}),
    },
    io,
  );
  if (typeof result === 'number') return result;

  const shown = values.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !values.output && !io.env.NO_COLOR;
  const written = await writeReport(() => reportChunks(format, { ...result, findings: shown }, color, values.verbose ?? false), values.output, { ...io, stdout: terminal.stdout });
  return written ?? exitCodeOf(result, maxWarnings);
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** The report of `result`, whose findings are those to show, in pieces; totals come from its counts. */
function reportChunks(format: Format, result: LintResult, color: boolean, verbose: boolean): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonReportChunks(result);
    case 'sarif':
      return sarifChunks(result, { rules: result.rules ?? RULES });
    case 'github':
      return githubChunks(result.findings);
    case 'markdown':
      // Bounded in size (1 MiB): one piece.
      return [formatMarkdown(result, verbose ? { findings: result.findings.filter((f) => !f.suppressed), notCheckedListedBy: 'the list below' } : {})];
    case 'stylish':
      return stylishChunks(result.findings, { color, counts: result.counts, filesLinted: result.files.length, verbose });
  }
}

/**
 * Writes a report to `--output` or `io.stdout`. Whatever goes wrong while it is made or
 * written is one line on standard error and exit code 2 (never 1, which means findings);
 * undefined when it was written, or the reader of standard output went away.
 */
async function writeReport(report: () => Iterable<string>, output: string | undefined, io: CliIo): Promise<2 | undefined> {
  try {
    if (output) writeChunksToFile(path.resolve(io.cwd, output), report(), output);
    else await writeChunks(report(), io.stdout, io.stdoutClosed);
    return undefined;
  } catch (error) {
    io.stderr(`uclint: ${error instanceof OutputError ? error.message : `internal error while writing the report: ${oneLine(error)}`}\n`);
    return 2;
  }
}

/**
 * `uclint certs`: the Certificate Expiration Alerter's listing (CN, SANs, issuer, days left),
 * for every certificate of the estate, files and manifests alike. Problems reading files go
 * to standard error; the exit code is 0 unless the run could not be made.
 */
async function runCertsCommand(
  paths: string[],
  values: { format?: string; output?: string; config?: string; now?: string; 'expires-within'?: string; 'cn-filter'?: string } & TrustValues,
  io: CliIo,
  probe?: ProbeOptions,
): Promise<number> {
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json' && format !== 'markdown') return usage(io, `unknown format '${format}' for 'uclint certs' (stylish, json, markdown)`);
  let expiresWithin: number | undefined;
  if (values['expires-within'] !== undefined) {
    expiresWithin = Number(values['expires-within']);
    if (!/^\d+$/.test(values['expires-within']) || !Number.isSafeInteger(expiresWithin)) return usage(io, `--expires-within takes a number of days, not '${values['expires-within']}'`);
  }
  let commonNameFilter: ((cn: string) => boolean) | undefined;
  if (values['cn-filter'] !== undefined) {
    const compiled = compileCommonNameFilter(values['cn-filter']);
    if ('error' in compiled) return usage(io, `--cn-filter: ${compiled.error}`);
    commonNameFilter = compiled.test;
  }
  const now = parseNowOption(values.now);
  if (now instanceof Error) return usage(io, now.message);
  const trust = trustOptions(values, io);
  if (trust instanceof Error) return usage(io, trust.message);
  // No rule runs: the listing needs the estate only.
  const result = await lintOrExplain({ paths, cwd: io.cwd, configFile: values.config, now, onlyRules: [], ...trust, ...(probe ? { probe } : {}) }, io);
  if (typeof result === 'number') return result;
  for (const f of result.findings) {
    if (f.ruleId === 'parse/certificate' || f.ruleId === 'parse/manifest' || f.ruleId === 'parse/input') {
      if (!f.suppressed) io.stderr(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}\n`);
    }
  }
  // --live: the leaf certificate of every endpoint that presented one (an endpoint per address).
  const listed = probe ? (result.estate?.live?.certificates ?? []) : (result.estate?.certificates ?? []);
  if (probe) for (const endpoint of result.estate?.live?.endpoints ?? []) if (endpoint.outcome !== 'presented') io.stderr(`${endpointInWords(endpoint)}: ${endpoint.error ?? 'no certificate'}\n`);
  const entries = listCertificates(listed, { now: result.now, expiresWithin, commonNameFilter });
  const report = () => (format === 'json' ? certificatesJsonChunks(entries, result.now) : format === 'markdown' ? certificateMarkdownChunks(entries) : certificateTableChunks(entries));
  return (await writeReport(report, values.output, io)) ?? 0;
}

const PROBE_OPTIONS = ['dns-server', 'view', 'connect-to', 'timeout', 'max-time'] as const;

/** The probe's options from the command line, or an Error with the usage message. */
function probeOptions(values: { 'dns-server'?: string[]; view?: string; 'connect-to'?: string[]; timeout?: string; 'max-time'?: string }): ProbeOptions | Error {
  const options: ProbeOptions = {};
  if (values['dns-server'] !== undefined) {
    options.dnsServers = [];
    for (const text of values['dns-server']) {
      const address = dnsServerAddress(text);
      if (address instanceof Error) return new Error(`--dns-server: ${address.message}`);
      options.dnsServers.push(address);
    }
  }
  if (values.view !== undefined) {
    if (values.view !== 'internal' && values.view !== 'external') return new Error(`--view takes internal or external, not '${values.view}'`);
    options.view = values.view;
  }
  if (values['connect-to'] !== undefined) {
    options.connectTo = [];
    for (const text of values['connect-to']) {
      const parsed = parseConnectTo(text);
      if (parsed instanceof Error) return parsed;
      options.connectTo.push(parsed);
    }
  }
  for (const [name, text] of [['timeout', values.timeout], ['max-time', values['max-time']]] as const) {
    if (text === undefined) continue;
    const seconds = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > 3600) return new Error(`--${name} takes a number of seconds from 0 to 3600, not '${text}'`);
    if (name === 'timeout') options.dnsTimeoutMs = options.connectTimeoutMs = Math.round(seconds * 1000);
    else options.totalTimeoutMs = Math.round(seconds * 1000);
  }
  return options;
}

const ENVIRONMENT_VARIABLE_NAME = new RegExp(ENVIRONMENT_VARIABLE_PATTERN);

/** What the command line lets a config from the tree use: plugins, and PKCS#12 password variables. */
interface TrustValues {
  'allow-plugins'?: boolean;
  'plugins-from'?: string;
  'pkcs12-password-env'?: string[];
}

/**
 * `--allow-plugins`, `--plugins-from` and `--pkcs12-password-env` as lint() options. Plugins
 * are refused unless one of the first two is given; they resolve from uclint's installation
 * unless `--plugins-from` names another directory. An Error with the usage message for a
 * variable name that is not one.
 */
function trustOptions(values: TrustValues, io: CliIo): Pick<LintOptions, 'plugins' | 'passwordVariables'> | Error {
  const badVariable = values['pkcs12-password-env']?.find((name) => !ENVIRONMENT_VARIABLE_NAME.test(name));
  if (badVariable !== undefined) return new Error(`--pkcs12-password-env takes the name of an environment variable, not '${badVariable}'`);
  const from = values['plugins-from'];
  const allow = values['allow-plugins'] === true || from !== undefined;
  return {
    plugins: from === undefined ? { allow } : { allow, resolveFrom: path.resolve(io.cwd, from) },
    passwordVariables: values['pkcs12-password-env'] ?? [],
  };
}

/** `--now` as a date; an Error with the usage message when it is not one. */
function parseNowOption(text: string | undefined): Date | undefined | Error {
  if (text === undefined) return undefined;
  return parseDate(text) ?? new Error(`--now takes a date such as 2026-11-20, not '${text}'`);
}

/** Runs lint(); when the run cannot be made, says why on standard error and returns exit code 2. */
async function lintOrExplain(options: LintOptions, io: CliIo): Promise<LintResult | 2> {
  let result: LintResult;
  try {
    result = await lint(options);
  } catch (error) {
    io.stderr(`uclint: internal error: ${oneLine(error)}\n`);
    return 2;
  }
  if (result.fatal.length === 0) return result;
  for (const problem of result.fatal) {
    const where = problem.file ? `${problem.file}:${problem.line}:${problem.column}: ` : '';
    io.stderr(`uclint: ${where}${problem.message}\n`);
  }
  return 2;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`uclint: ${message}\nRun 'uclint --help' for usage.\n`);
  return 2;
}

/**
 * `--now`: a calendar date (`2026-11-20`, midnight UTC) or an ISO date-time, read as the
 * config's `settings.now` is (without a zone, UTC), so a date means the same everywhere.
 */
export const parseDate = parseDateText;
