import { countFindings, type Finding } from '../../src/core/types.js';
import type { LintResult } from '../../src/lint.js';
import type { DiscoveredFile } from '../../src/discover/index.js';

/** A finding at `file:line` (one line, columns 1 to 10) for reporter tests. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    file: 'dns/a.zone',
    line: 1,
    column: 1,
    endLine: overrides.line ?? 1,
    endColumn: 10,
    ruleId: 'sip/srv-port',
    severity: 'error',
    message: 'wrong port',
    ...overrides,
  };
}

/** A lint result holding `findings`, with counts computed as lint() does. */
export function resultOf(findings: Finding[], extra: Partial<LintResult> = {}): LintResult {
  const counts = countFindings(findings);
  const files: DiscoveredFile[] = [...new Set(findings.map((f) => f.file).filter(Boolean))].map((file) => ({
    file,
    path: `/${file}`,
    kind: 'zone',
    view: 'unknown',
    viewSource: 'none',
  }));
  return { root: '/', findings, files, counts, outcomes: [], fatal: [], now: new Date(Date.UTC(2026, 10, 20)), ...extra };
}
