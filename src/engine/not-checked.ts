import type { Finding } from '../core/types.js';
import type { NotCheckedNote } from '../model/nodes.js';
import type { FindingGroup, FindingLimiter } from './limit.js';

/**
 * The "not checked" notes of formats (values they read but cannot know without running
 * something), as findings of `parse/<format>`: once per file and expression, bounded per file
 * like the notes of a rule.
 */
export function formatNoteFindings(notes: readonly NotCheckedNote[], limiter: FindingLimiter): Finding[] {
  const seen = new Set<string>();
  const groups = new Map<string, FindingGroup>();
  const findings: Finding[] = [];
  for (const note of notes) {
    const key = `${note.format}\0${note.loc.file}\0${note.expression}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ruleId = `parse/${note.format}`;
    let group = groups.get(ruleId);
    if (group === undefined) {
      group = { ruleId, kind: 'notes' };
      groups.set(ruleId, group);
    }
    if (!limiter.admit(group, note.loc, 'info')) continue;
    const reason = `${note.expression} ${note.reason}`;
    findings.push({ ...note.loc, ruleId, severity: 'info', message: `not checked: ${reason}`, messageId: 'notChecked', data: { reason } });
  }
  return findings;
}
