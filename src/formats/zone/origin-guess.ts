import type { Diagnostic } from '../../core/types.js';
import type { EstateFile } from '../../model/files.js';
import type { FindingSeen } from '../shared/format.js';

/** Findings that a wrong origin makes: names that point nowhere, or that lie outside the zone. */
const NAME_FINDINGS = new Set(['dns/dangling-target', 'sip/srv-target', 'zone/out-of-zone', 'dns/zone-validity']);

/**
 * One note for each zone whose origin is only a guess from its file name and whose names then
 * fail (point nowhere, or lie outside the zone): the guess may be what is wrong.
 */
export function originGuessNotes(files: readonly EstateFile[], findings: readonly FindingSeen[]): Diagnostic[] {
  const guessed = new Map(files.filter((f) => f.kind === 'zone' && f.originSource === 'filename' && f.origin !== undefined).map((f) => [f.file, f]));
  if (guessed.size === 0) return [];
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (finding.severity === 'info' || !guessed.has(finding.file) || !(NAME_FINDINGS.has(finding.ruleId) || NAME_FINDINGS.has(finding.messageId ?? ''))) continue;
    counts.set(finding.file, (counts.get(finding.file) ?? 0) + 1);
  }
  return [...counts].map(([file, count]) => ({
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    severity: 'info' as const,
    code: 'zone/origin-guessed',
    message: `the origin ${(guessed.get(file) as EstateFile).origin} of this zone is only a guess from its file name, and ${count} finding${count === 1 ? '' : 's'} on its names follow from it; if the guess is wrong, name the zone in a named.conf or in the config's \`zones\``,
  }));
}
