import { SEVERITY_WEIGHT, type Finding, type Severity, type SourceRange } from '../core/types.js';
import { thousands } from '../core/words.js';

/** Default of `maxFindingsPerFile` (config) and `--max-findings-per-file`. */
export const DEFAULT_MAX_FINDINGS_PER_FILE = 1_000;
/** The largest value the config and the option accept: a bound is what keeps a hostile file from filling memory. */
export const MAX_FINDINGS_PER_FILE_BOUND = 1_000_000;

/** Where a user sets the bound, for the messages that say it was reached. */
const BOUND_SETTING = 'set by maxFindingsPerFile in .uclint.yml or --max-findings-per-file';

/**
 * What one bound counts, in each file apart: the findings of a rule, its "not checked"
 * notes (so notes never crowd out a finding), or the diagnostics of one code of reading
 * (`ruleId` `parse/<format>`, `code` such as `zone/bad-address`). Groups are told apart by
 * identity: make one object per group and pass it every time.
 */
export interface FindingGroup {
  readonly ruleId: string;
  readonly kind: 'findings' | 'notes' | 'diagnostics';
  readonly code?: string;
}

/** What was not kept of one group in one file. */
export interface NotKept {
  group: FindingGroup;
  /** Where the first finding not kept was. */
  range: SourceRange;
  /** The most severe of those not kept. */
  severity: Severity;
  count: number;
}

interface Tally {
  kept: number;
  notKept?: NotKept;
}

/**
 * Counts findings by group and file and admits the first `limit` of each. Those past it
 * are counted, not made: a file of millions of bad lines costs a counter, not millions
 * of findings. Findings without a file (a rule that crashed) are never bounded.
 */
export class FindingLimiter {
  private readonly tallies = new Map<FindingGroup, Map<string, Tally>>();
  private pending: NotKept[] = [];
  private readonly boundedRules = new Set<string>();

  constructor(readonly limit: number = DEFAULT_MAX_FINDINGS_PER_FILE) {}

  /** True when a finding of `group` at `range` may be kept; else it is counted. */
  admit(group: FindingGroup, range: SourceRange, severity: Severity): boolean {
    if (range.file === '') return true;
    let byFile = this.tallies.get(group);
    if (byFile === undefined) {
      byFile = new Map();
      this.tallies.set(group, byFile);
    }
    let tally = byFile.get(range.file);
    if (tally === undefined) {
      tally = { kept: 0 };
      byFile.set(range.file, tally);
    }
    if (tally.kept < this.limit) {
      tally.kept++;
      return true;
    }
    if (tally.notKept === undefined) {
      tally.notKept = { group, range: { ...range }, severity, count: 0 };
      this.pending.push(tally.notKept);
      this.boundedRules.add(`${group.ruleId}\0${range.file}`);
    } else if (SEVERITY_WEIGHT[severity] > SEVERITY_WEIGHT[tally.notKept.severity]) {
      tally.notKept.severity = severity;
    }
    tally.notKept.count++;
    return false;
  }

  /**
   * One finding for each group that passed the bound since the last call, in the order
   * they passed it: at the first finding not kept, as severe as the worst of them, with
   * their number. Taken when a stage (reading, a rule, the suppression report) is done,
   * so the counts are final.
   */
  takeNotKept(): Finding[] {
    const taken = this.pending;
    this.pending = [];
    return taken.map((notKept) => notKeptFinding(notKept, this.limit));
  }

  /** Whether findings of `ruleId` in `file` were left out at the bound (a suppression there cannot be judged unused). */
  wasBounded(ruleId: string, file: string): boolean {
    return this.boundedRules.has(`${ruleId}\0${file}`);
  }
}

function notKeptFinding({ group, range, severity, count }: NotKept, limit: number): Finding {
  const base = { ...range, ruleId: group.ruleId, severity };
  switch (group.kind) {
    case 'findings':
      return {
        ...base,
        message: `${thousands(count)} more findings of ${group.ruleId} in this file were not kept (at most ${thousands(limit)} of a rule in one file; ${BOUND_SETTING})`,
        messageId: 'tooManyFindings',
        data: { count, limit },
      };
    case 'notes': {
      const reason = `${thousands(count)} more places in this file (at most ${thousands(limit)} notes of a rule in one file; ${BOUND_SETTING})`;
      return { ...base, message: `not checked: ${reason}`, messageId: 'notChecked', data: { reason } };
    }
    case 'diagnostics': {
      const code = group.code ?? group.ruleId;
      return {
        ...base,
        message: `${thousands(count)} more ${code} diagnostics in this file were not kept (at most ${thousands(limit)} of a code in one file; ${BOUND_SETTING})`,
        // `parse/zone` -> `zone/too-many-diagnostics`, a code of the same format.
        messageId: `${group.ruleId.slice(group.ruleId.indexOf('/') + 1)}/too-many-diagnostics`,
        data: { code, count, limit },
      };
    }
  }
}
