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
        files: result.files.map((f) => ({ file: f.file, kind: f.kind, view: f.view })),
        rules: result.outcomes.filter((o) => o.status !== 'off').map((o) => ({ ruleId: o.ruleId, status: o.status, findings: o.findings })),
        findings,
      },
      null,
      2,
    ) + '\n'
  );
}
