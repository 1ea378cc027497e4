import type { Finding } from '../core/types.js';
import type { LintResult } from '../lint.js';

/** Version of the JSON output's shape; bumped on incompatible change. */
export const JSON_FORMAT_VERSION = 1;

/**
 * Machine-readable output: every finding (suppressed ones included, flagged), totals,
 * and what each rule did. Paths are relative to the lint root.
 */
export function formatJson(result: LintResult): string {
  const findings = result.findings.map((f: Finding) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...(f.messageId ? { messageId: f.messageId } : {}),
    ...(f.data ? { data: f.data } : {}),
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.related?.length ? { related: f.related } : {}),
    fingerprint: f.fingerprint,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  }));
  return (
    JSON.stringify(
      {
        version: JSON_FORMAT_VERSION,
        now: result.now.toISOString(),
        counts: result.counts,
        files: result.files.map((f) => ({ file: f.file, kind: f.kind, view: f.view, ...(f.kind === 'zone' ? zoneSources(f) : {}) })),
        rules: result.outcomes.filter((o) => o.status !== 'off').map((o) => ({ ruleId: o.ruleId, status: o.status, findings: o.findings })),
        findings,
      },
      null,
      2,
    ) + '\n'
  );
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
