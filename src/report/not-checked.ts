/**
 * "Not checked" notes in reports. A rule says once where it could not judge (a zone of
 * unknown view, a name only a topology gives); that is not a problem: reports leave the
 * notes out of their totals and lists, and say in one line after the totals how many
 * checks were skipped and why. `--verbose` lists them; the JSON output always does.
 */
import { isNotChecked, type Finding } from '../core/types.js';
import { plural } from '../core/words.js';

export { isNotChecked };

/** Reasons named one by one in the line; the rest are counted together. */
const REASONS_SHOWN = 3;

/** The findings a report lists as problems: without not-checked notes, unless `verbose`. */
export function problemFindings(findings: readonly Finding[], verbose = false): Finding[] {
  return verbose ? [...findings] : findings.filter((f) => !isNotChecked(f));
}

/**
 * `ℹ 5 checks skipped (--verbose lists them): 3 because the zone's view (internal or external)
 * is unknown; 2 because ...` (`ℹ 1 check skipped because ... (--verbose lists them)` for one cause), from the unsuppressed notes among `findings`; undefined when there
 * are none. A reason is grouped by its cause, the part before `, so` (`the zone's view ... is
 * unknown, so its SIP discovery records were not judged`), so one cause met by several rules is
 * one group; the most frequent first. `listedBy` says where the notes are listed.
 */
export function notCheckedSummary(findings: readonly Finding[], listedBy = '--verbose lists them'): string | undefined {
  const byCause = new Map<string, number>();
  for (const f of findings) {
    if (f.suppressed || !isNotChecked(f)) continue;
    const reason = typeof f.data?.reason === 'string' ? f.data.reason : f.message.replace(/^not checked: /, '');
    const cause = reason.split(', so ')[0];
    byCause.set(cause, (byCause.get(cause) ?? 0) + 1);
  }
  if (byCause.size === 0) return undefined;
  const groups = [...byCause].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const total = groups.reduce((sum, [, n]) => sum + n, 0);
  if (groups.length === 1) return `ℹ ${plural(total, 'check')} skipped because ${groups[0][0]} (${listedBy})`;
  const shown = groups.slice(0, REASONS_SHOWN).map(([cause, n]) => `${n} because ${cause}`);
  const rest = groups.slice(REASONS_SHOWN).reduce((sum, [, n]) => sum + n, 0);
  if (rest > 0) shown.push(`${rest} for ${plural(groups.length - REASONS_SHOWN, 'other reason')}`);
  return `ℹ ${plural(total, 'check')} skipped (${listedBy}): ${shown.join('; ')}`;
}
