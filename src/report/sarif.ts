import type * as Sarif from 'sarif';
import type { Finding, Severity, SourceRange } from '../core/types.js';
import { packOf, type AnyRule } from '../engine/rule.js';
import type { LintResult } from '../lint.js';
import { VERSION } from '../version.js';
import { ENGINE_RULES, type EngineRuleDoc } from './engine-rules.js';
import { markdownToText, renderRuleHelp } from './rule-docs.js';
import { relativeUri } from './uri.js';
import { jsonDocumentChunks, mapped, streamed } from './json-chunks.js';
import { joinChunks } from './output.js';
import { problemFindings } from './not-checked.js';

export interface SarifOptions {
  /** Rules of the registry (tool.driver.rules): every rule that is on in the run, plus the engine's own ids that occur (parse/zone, parse/manifest, parse/input, uclint/invalid-suppression, uclint/unused-suppression, uclint/unsupported-file, uclint/rule-crash; see docs/diagnostics.md). */
  rules: readonly AnyRule[];
  /** When set, each rule's helpUri is `${helpUriBase}/<pack>/<rule>.md` (the generated rule docs). */
  helpUriBase?: string;
  /** At most this many results (default 25,000, code scanning's limit per run); errors are kept first, and the run says how many were left out. */
  maxResults?: number;
  /** The tool's home page (`tool.driver.informationUri`), an absolute URI. */
  informationUri?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Result locations are relative to this base: the lint root. */
export const SARIF_URI_BASE_ID = '%SRCROOT%';
/** Name of uclint's fingerprint in `partialFingerprints`; the version changes if the hash does. */
export const SARIF_FINGERPRINT_KEY = 'uclint/v1';
/** Code scanning keeps at most this many results of a run. */
export const SARIF_MAX_RESULTS = 25_000;

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules that were on with their docs as
 * help, one result per finding (suppressed ones carry `suppressions`). Paths are relative
 * to the lint root through `%SRCROOT%`, and nothing depends on the clock or the machine, so
 * the same findings give the same bytes. Written in pieces, one a result.
 */
export function* sarifChunks(result: LintResult, options: SarifOptions): Generator<string> {
  const maxResults = Math.max(0, options.maxResults ?? SARIF_MAX_RESULTS);
  const descriptors = ruleDescriptors(result, options);
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  // "Not checked" notes are no results: code scanning would open an alert for each.
  const findings = problemFindings(result.findings);
  const kept = keepMostSevere(findings, maxResults);
  const omitted = findings.length - kept.length;

  const notifications: Sarif.Notification[] = result.fatal.map((problem) => ({
    level: 'error',
    message: { text: problem.message },
    ...(problem.file && problem.line ? { locations: [{ physicalLocation: physicalLocation(fatalRange(problem.file, problem)) }] } : {}),
  }));
  if (omitted > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text: `${omitted} of ${findings.length} results were left out: a run holds at most ${maxResults} results, errors kept first.`,
      },
    });
  }

  // The results are written one by one; the type is the log's all the same.
  const results = streamed(mapped(kept, (f) => sarifResult(f, indexOf, result.configFile))) as unknown as Sarif.Result[];
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'uclint',
            version: VERSION,
            semanticVersion: VERSION,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: streamed(descriptors) as unknown as Sarif.ReportingDescriptor[],
          },
        },
        invocations: [
          {
            executionSuccessful: result.fatal.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: {
          [SARIF_URI_BASE_ID]: { description: { text: 'The lint root: the directory every path uclint reports is relative to.' } },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  yield* jsonDocumentChunks(log);
}

export function formatSarif(result: LintResult, options: SarifOptions): string {
  return joinChunks(sarifChunks(result, options));
}

/** A fatal problem's range; a configuration error has all of it, others may have only a line. */
function fatalRange(file: string, problem: Partial<SourceRange>): SourceRange {
  const line = problem.line ?? 1;
  const column = problem.column ?? 1;
  return { file, line, column, endLine: problem.endLine ?? line, endColumn: problem.endColumn ?? column };
}

/** The findings to report when there are more than `max`: unsuppressed errors, warnings, infos, then suppressed ones; in their original order. */
function keepMostSevere(findings: readonly Finding[], max: number): Finding[] {
  if (findings.length <= max) return [...findings];
  const rank = (f: Finding): number => (f.suppressed ? 3 : f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);
  const chosen = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  return chosen.map((c) => c.finding);
}

/**
 * Registry rules that were on (or reported), then the engine's ids and any other id that
 * occurs, so that every result has a `ruleIndex`.
 */
function ruleDescriptors(result: LintResult, options: SarifOptions): Sarif.ReportingDescriptor[] {
  const occurring = new Set(result.findings.map((f) => f.ruleId));
  const on = new Set(result.outcomes.filter((o) => o.status !== 'off').map((o) => o.ruleId));
  const descriptors: Sarif.ReportingDescriptor[] = [];
  const described = new Set<string>();
  // A plugin's rules are documented by the plugin, not under uclint's docs/rules.
  const pluginRuleIds = new Set(result.plugins?.flatMap((plugin) => plugin.rules.map((rule) => rule.id)));
  for (const rule of options.rules) {
    if (described.has(rule.id) || !(on.has(rule.id) || occurring.has(rule.id))) continue;
    described.add(rule.id);
    descriptors.push(registryRuleDescriptor(rule, pluginRuleIds.has(rule.id) ? undefined : options.helpUriBase));
  }
  for (const engineRule of ENGINE_RULES) {
    if (described.has(engineRule.id) || !occurring.has(engineRule.id)) continue;
    described.add(engineRule.id);
    descriptors.push(engineRuleDescriptor(engineRule, options.helpUriBase));
  }
  for (const id of [...occurring].sort()) {
    if (described.has(id)) continue;
    described.add(id);
    const severity = result.findings.find((f) => f.ruleId === id)?.severity ?? 'warning';
    descriptors.push(engineRuleDescriptor({ id, severity, description: `Findings of ${id}`, help: `Findings of ${id}.` }, undefined));
  }
  return descriptors;
}

function registryRuleDescriptor(rule: AnyRule, helpUriBase: string | undefined): Sarif.ReportingDescriptor {
  const help = renderRuleHelp(rule);
  return {
    id: rule.id,
    name: symbolicName(rule.id),
    shortDescription: { text: sentence(rule.meta.description) },
    fullDescription: { text: markdownToText(rule.meta.rationale) },
    ...(helpUriBase ? { helpUri: `${helpUriBase.replace(/\/+$/, '')}/${rule.id}.md` } : {}),
    help: { text: markdownToText(help), markdown: help },
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
    properties: { tags: [packOf(rule.id)] },
  };
}

function engineRuleDescriptor(rule: Pick<EngineRuleDoc, 'id' | 'severity' | 'description' | 'help'>, helpUriBase: string | undefined): Sarif.ReportingDescriptor {
  const helpUri = helpUriBase && diagnosticsUri(helpUriBase);
  return {
    id: rule.id,
    name: symbolicName(rule.id),
    shortDescription: { text: sentence(rule.description) },
    fullDescription: { text: markdownToText(rule.help) },
    ...(helpUri ? { helpUri } : {}),
    help: { text: markdownToText(rule.help), markdown: rule.help },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.id.includes('/') ? packOf(rule.id) : rule.id] },
  };
}

/** docs/diagnostics.md beside docs/rules/ when the help base is an absolute URL; otherwise none. */
function diagnosticsUri(helpUriBase: string): string | undefined {
  try {
    return new URL('../diagnostics.md', helpUriBase.replace(/\/*$/, '/')).href;
  } catch {
    return undefined;
  }
}

/** `sip/srv-port` -> `SipSrvPort`: SARIF's `name` is an identifier, conventionally Pascal case. */
function symbolicName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** SARIF viewers expect plain-text descriptions and messages to be sentences that end with a period. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function sarifResult(finding: Finding, indexOf: Map<string, number>, configFile: string | undefined): Sarif.Result {
  const out: Sarif.Result = {
    ruleId: finding.ruleId,
    ruleIndex: indexOf.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: sentence(finding.message) },
    locations: [primaryLocation(finding, configFile)],
  };
  if (finding.related?.length) {
    out.relatedLocations = finding.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r),
      message: { text: sentence(r.message) },
    }));
  }
  // What `uclint probe` found served, apart from what the files say.
  if (finding.view) out.properties = { view: finding.view };
  if (finding.fingerprint) out.partialFingerprints = { [SARIF_FINGERPRINT_KEY]: finding.fingerprint };
  if (finding.suppressed) {
    const { kind, reason } = finding.suppressed;
    out.suppressions = [
      {
        kind: kind === 'baseline' ? 'external' : 'inSource',
        status: 'accepted',
        justification: reason ?? (kind === 'baseline' ? 'Recorded in the baseline file.' : 'Suppressed by a comment.'),
      },
    ];
  }
  return out;
}

/**
 * Code scanning rejects a result without a location, and a finding without a file (a rule
 * that crashed) belongs to the run: it points at the configuration file when the run had
 * one, else at the lint root itself (`./`).
 */
function primaryLocation(finding: Finding, configFile: string | undefined): Sarif.Location {
  if (finding.file) return { physicalLocation: physicalLocation(finding) };
  return {
    // Code scanning wants a region too; line 1 of the file, or of nothing for the root.
    physicalLocation: { artifactLocation: configFile ? artifactLocation(configFile) : { uri: './', uriBaseId: SARIF_URI_BASE_ID }, region: { startLine: 1 } },
    message: { text: 'This finding belongs to the run, not to a file.' },
  };
}

function physicalLocation(range: SourceRange): Sarif.PhysicalLocation {
  return {
    artifactLocation: artifactLocation(range.file),
    region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn },
  };
}

function artifactLocation(file: string): Sarif.ArtifactLocation {
  return { uri: relativeUri(file), uriBaseId: SARIF_URI_BASE_ID };
}
