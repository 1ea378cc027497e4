import type { Finding } from '../core/types.js';
import type { EstateFamilies } from '../estate/families.js';
import type { LintResult } from '../lint.js';
import { jsonDocumentChunks, streamed, mapped, wholeJson } from './json-chunks.js';
import { joinChunks } from './output.js';
import type { LiveView } from '../model/live.js';
import { presentData } from '../model/record-text.js';
import { daysBetween } from '../model/certificate.js';

/** Version of the JSON output's shape; bumped on incompatible change. */
export const JSON_FORMAT_VERSION = 1;

/**
 * The estate's families for reports: how they were decided (`settings`, `files`, `unknown`)
 * and, per family, the evidence kept (what, file, line and column) and how much there was.
 */
export function familiesReport(families: EstateFamilies) {
  return {
    source: families.source,
    ...(families.source === 'settings' ? { statedBy: families.how } : {}),
    families: families.families.map((family) => ({
      family,
      evidence: families.evidence
        .filter((e) => e.family === family)
        .map((e) => ({ text: e.text, ...(e.loc ? { file: e.loc.file, line: e.loc.line, column: e.loc.column } : {}) })),
      evidenceCount: families.counts[family] ?? 0,
    })),
  };
}

/**
 * Machine-readable output: every finding (suppressed ones included, flagged), totals, the
 * estate's families with their evidence, and what each rule did (with why, for a rule that
 * did not run or left some messages out). Paths are relative to the lint root. Written in
 * pieces, one a finding, so no number of findings makes one string.
 */
export function jsonReportChunks(result: LintResult): Generator<string> {
  return jsonDocumentChunks({
    version: JSON_FORMAT_VERSION,
    now: result.now.toISOString(),
    counts: result.counts,
    files: streamed(mapped(result.files, (f) => ({ file: f.file, kind: f.kind, view: f.view, ...(f.kind === 'zone' ? zoneSources(f) : {}) }))),
    ...(result.estate ? { families: familiesReport(result.estate.families()) } : {}),
    rules: result.outcomes
      .filter((o) => o.status !== 'off')
      .map((o) => ({ ruleId: o.ruleId, status: o.status, findings: o.findings, ...(o.reason ? { reason: o.reason } : {}) })),
    ...(result.estate?.live ? { live: liveReport(result.estate.live, result.now) } : {}),
    findings: streamed(result.findings, findingText),
  });
}

/** What `uclint probe` asked and read: every answer and endpoint (the findings say what is wrong with them). */
function liveReport(live: LiveView, now: Date) {
  return {
    view: live.view,
    servers: live.servers,
    startedAt: live.startedAt.toISOString(),
    elapsedMs: live.elapsedMs,
    skipped: live.skipped,
    answers: live.answers.map((a) => ({
      name: a.name,
      type: a.type,
      outcome: a.outcome,
      ...(a.error ? { error: a.error } : {}),
      tries: a.tries,
      records: a.records.map(presentData),
    })),
    endpoints: live.endpoints.map((e) => ({
      host: e.host,
      port: e.port,
      ...(e.address ? { address: e.address } : {}),
      publishedBy: e.publishedBy,
      outcome: e.outcome,
      ...(e.error ? { error: e.error } : {}),
      chain: e.chain.map((c) => ({
        subject: c.subject,
        issuer: c.issuer,
        serial: c.serial,
        notAfter: c.notAfter?.toISOString(),
        ...(c.notAfter ? { daysLeft: daysBetween(now, c.notAfter) } : {}),
        fingerprint256: c.fingerprint256,
      })),
    })),
  };
}

/** The JSON report as one string (tests, the library API). */
export function formatJson(result: LintResult): string {
  return joinChunks(jsonReportChunks(result));
}

/** A finding as the JSON report gives it (the shape `findingText` writes). */
export function jsonFinding(f: Finding): Record<string, unknown> {
  // Fields set one by one in the order written (no spread of a temporary object per field): one object a finding.
  const out: Record<string, unknown> = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  if (f.messageId) out.messageId = f.messageId;
  if (f.data) out.data = f.data;
  out.file = f.file;
  out.line = f.line;
  out.column = f.column;
  out.endLine = f.endLine;
  out.endColumn = f.endColumn;
  if (f.related?.length) out.related = f.related;
  if (f.view) out.view = f.view;
  out.fingerprint = f.fingerprint;
  if (f.suppressed) out.suppressed = f.suppressed;
  return out;
}

const quoted = JSON.stringify;

/**
 * A finding's JSON, the text `JSON.stringify(jsonFinding(f), null, 2)` gives at `indent`, written
 * field by field: a report of hundreds of thousands of findings spent most of its time in the
 * general path (an object per finding, then its text re-indented).
 */
export function findingText(f: Finding, indent: string): string {
  const inner = `${indent}  `;
  const next = `,\n${inner}`;
  let text = `{\n${inner}"ruleId": ${quoted(f.ruleId)}${next}"severity": ${quoted(f.severity)}${next}"message": ${quoted(f.message)}`;
  if (f.messageId) text += `${next}"messageId": ${quoted(f.messageId)}`;
  if (f.data) text += `${next}"data": ${flatObjectText(f.data, inner) ?? wholeJson(f.data, inner)}`;
  text += `${next}"file": ${quoted(f.file)}${next}"line": ${numberText(f.line)}${next}"column": ${numberText(f.column)}${next}"endLine": ${numberText(f.endLine)}${next}"endColumn": ${numberText(f.endColumn)}`;
  if (f.related?.length) text += `${next}"related": ${wholeJson(f.related, inner)}`;
  if (f.view) text += `${next}"view": ${quoted(f.view)}`;
  if (f.fingerprint !== undefined) text += `${next}"fingerprint": ${quoted(f.fingerprint)}`;
  if (f.suppressed) text += `${next}"suppressed": ${wholeJson(f.suppressed, inner)}`;
  return `${text}\n${indent}}`;
}

/** JSON.stringify of a number (`null` for NaN and the infinities). */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

/** An object of strings and numbers as JSON.stringify indents it at `indent`; undefined for any other value in it. */
function flatObjectText(value: Record<string, unknown>, indent: string): string | undefined {
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const inner = `${indent}  `;
  let text = '';
  for (const key of Object.keys(value)) {
    const item = value[key];
    let itemText: string;
    if (typeof item === 'string') itemText = quoted(item);
    else if (typeof item === 'number') itemText = numberText(item);
    else if (item === undefined) continue;
    else return undefined;
    text += `${text === '' ? '{\n' : ',\n'}${inner}${quoted(key)}: ${itemText}`;
  }
  return text === '' ? '{}' : `${text}\n${indent}}`;
}

/** Where a zone file's origin and view came from (see docs/formats.md, "Origin and view"). */
function zoneSources(f: LintResult['files'][number]): Record<string, string> {
  const sources: Record<string, string> = {};
  if (f.includedBy !== undefined) sources.includedBy = f.includedBy;
  if (f.origin !== undefined) sources.origin = f.origin;
  sources.originSource = f.originSource ?? 'none';
  if (f.originEvidence !== undefined) sources.originEvidence = f.originEvidence;
  sources.viewSource = f.viewSource;
  if (f.viewEvidence !== undefined) sources.viewEvidence = f.viewEvidence;
  return sources;
}
