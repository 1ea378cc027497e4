import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lint, exitCodeOf, type LintOptions, type LintResult } from './lint.js';
import { PRESETS, parseDateText, rulesTurnedOn, unknownPresetMessage } from './config/index.js';
import { formatStylish } from './report/stylish.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatGithub } from './report/github.js';
import { formatMarkdown } from './report/markdown.js';
import { formatRulesList } from './report/rules-list.js';
import { formatCertificateMarkdown, formatCertificateTable, formatCertificatesJson, listCertificates } from './report/certificates.js';
import { compileCommonNameFilter } from './report/cn-filter.js';
import { RULES } from './rules.generated.js';
import { runInit, DEFAULT_WORKFLOW_PATH } from './init/run.js';
import { VERSION } from './version.js';

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
                                linted directory up to the lint root)
      --rule <id:severity>      override a rule's severity (off|info|warn|error); repeatable
      --max-warnings <n>        exit 1 when there are more than n warnings
  -q, --quiet                   report errors only
      --verbose                 list the "not checked" notes (checks a rule could not make,
                                such as zones of unknown view) instead of counting them
      --now <date>              judge dates (certificate expiry) against this day, e.g. 2026-11-20
      --baseline <file>         ignore findings recorded in this baseline file
      --write-baseline <file>   record the current findings as a baseline
      --plugins-from <dir>      look up the config's plugins in the node_modules of this
                                directory and its parents (default: uclint's installation);
                                plugins inside the linted tree are always refused
      --color / --no-color      force colour on or off (default: on a terminal only)
  -h, --help                    show this help
  -v, --version                 print the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, configuration or internal error.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
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
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean' },
        now: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'plugins-from': { type: 'string' },
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

  if (positionals[0] !== 'certs' && (values['expires-within'] !== undefined || values['cn-filter'] !== undefined)) {
    return usage(io, '--expires-within and --cn-filter belong to `uclint certs`');
  }
  if (positionals[0] === 'certs') return runCertsCommand(positionals.slice(1), values, io);

  const initOnly = (['dry-run', 'force', 'workflow', 'no-workflow'] as const).filter((name) => values[name] !== undefined);
  if (positionals[0] !== 'init' && initOnly.length > 0) return usage(io, `--${initOnly[0]} belongs to \`uclint init\``);
  if (positionals[0] === 'init') {
    const lintOnly = (['format', 'output', 'config', 'rule', 'max-warnings', 'quiet', 'verbose', 'now', 'baseline', 'write-baseline'] as const).filter(
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
  const now = parseNowOption(values.now);
  if (now instanceof Error) return usage(io, now.message);

  const result = await lintOrExplain(
    {
      paths: positionals,
      cwd: io.cwd,
      configFile: values.config,
      ruleOverrides: values.rule,
      now,
      baselineFile: values.baseline,
      writeBaselineFile: values['write-baseline'],
      ...pluginOptions(values['plugins-from'], io),
    },
    io,
  );
  if (typeof result === 'number') return result;

  const shown = values.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !values.output && !io.env.NO_COLOR;
  const report = formatReport(format, { ...result, findings: shown }, color, values.verbose ?? false);
  if (values.output) {
    writeFileSync(path.resolve(io.cwd, values.output), report);
  } else {
    io.stdout(report);
  }
  return exitCodeOf(result, maxWarnings);
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** The report of `result`, whose findings are those to show; totals come from its counts. */
function formatReport(format: Format, result: LintResult, color: boolean, verbose: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, { rules: result.rules ?? RULES });
    case 'github':
      return formatGithub(result.findings);
    case 'markdown':
      return formatMarkdown(result, verbose ? { findings: result.findings.filter((f) => !f.suppressed), notCheckedListedBy: 'the list below' } : {});
    case 'stylish':
      return formatStylish(result.findings, { color, counts: result.counts, filesLinted: result.files.length, verbose });
  }
}

/**
 * `uclint certs`: the Certificate Expiration Alerter's listing (CN, SANs, issuer, days left),
 * for every certificate of the estate, files and manifests alike. Problems reading files go
 * to standard error; the exit code is 0 unless the run could not be made.
 */
async function runCertsCommand(
  paths: string[],
  values: { format?: string; output?: string; config?: string; now?: string; 'expires-within'?: string; 'cn-filter'?: string; 'plugins-from'?: string },
  io: CliIo,
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
  // No rule runs: the listing needs the estate only.
  const result = await lintOrExplain({ paths, cwd: io.cwd, configFile: values.config, now, onlyRules: [], ...pluginOptions(values['plugins-from'], io) }, io);
  if (typeof result === 'number') return result;
  for (const f of result.findings) {
    if (f.ruleId === 'parse/certificate' || f.ruleId === 'parse/manifest' || f.ruleId === 'parse/input') {
      if (!f.suppressed) io.stderr(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}\n`);
    }
  }
  const entries = listCertificates(result.estate?.certificates ?? [], { now: result.now, expiresWithin, commonNameFilter });
  const report = format === 'json' ? formatCertificatesJson(entries, result.now) : format === 'markdown' ? formatCertificateMarkdown(entries) : formatCertificateTable(entries);
  if (values.output) writeFileSync(path.resolve(io.cwd, values.output), report);
  else io.stdout(report);
  return 0;
}

/** `--plugins-from` as lint() options (absent: plugins resolve from uclint's installation). */
function pluginOptions(from: string | undefined, io: CliIo): Pick<LintOptions, 'plugins'> {
  return from === undefined ? {} : { plugins: { resolveFrom: path.resolve(io.cwd, from) } };
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
    io.stderr(`uclint: internal error: ${(error as Error).stack ?? String(error)}\n`);
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
