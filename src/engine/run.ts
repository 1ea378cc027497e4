import type { Finding, Located, Severity } from '../core/types.js';
import { compareRanges, SEVERITY_WEIGHT } from '../core/types.js';
import type { Estate } from '../estate/estate.js';
import { FindingLimiter, type FindingGroup } from './limit.js';
import { fillMessage, packOf, type AnyRule } from './rule.js';
import { messagesNotAbout, whyRuleIsNotAbout } from './families.js';

export interface RuleSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export interface RuleOutcome {
  ruleId: string;
  status: 'ran' | 'not-applicable' | 'off' | 'crashed';
  findings: number;
  /** Milliseconds spent in `check`. */
  time: number;
  /**
   * Why a rule is `not-applicable` (about other families than the estate's, or nothing in the
   * estate to check), or which of its messages were not reported for this estate and why.
   */
  reason?: string;
  /** `not-applicable` because the rule is about other families (or products) than the estate's. */
  otherFamilies?: boolean;
}

export interface RunResult {
  findings: Finding[];
  outcomes: RuleOutcome[];
}

/**
 * Runs every enabled rule once over the Estate. A rule that throws does not stop the
 * run: its error becomes a finding of `uclint/rule-crash` (and exit code 2 upstream).
 * The limiter bounds the findings (and apart, the notes) each rule adds to a file.
 */
export function runRules(
  estate: Estate,
  rules: readonly AnyRule[],
  settings: ReadonlyMap<string, RuleSetting>,
  now: Date,
  limiter: FindingLimiter = new FindingLimiter(),
): RunResult {
  const findings: Finding[] = [];
  const outcomes: RuleOutcome[] = [];
  let families: ReturnType<Estate['families']> | undefined;
  for (const rule of rules) {
    const setting = settings.get(rule.id);
    if (!setting || setting.severity === 'off') {
      outcomes.push({ ruleId: rule.id, status: 'off', findings: 0, time: 0 });
      continue;
    }
    // The families first: a rule about another family's servers is not asked what it would find.
    families ??= estate.families();
    const notAbout = whyRuleIsNotAbout(rule, families, estate.product());
    if (notAbout !== undefined) {
      outcomes.push({ ruleId: rule.id, status: 'not-applicable', findings: 0, time: 0, reason: notAbout, otherFamilies: true });
      continue;
    }
    if (rule.appliesTo && !rule.appliesTo(estate)) {
      // The live pack judges what `uclint probe` found served: in any other run it has nothing to look at.
      const reason = packOf(rule.id) === 'live' && estate.live === undefined ? 'runs only in uclint probe (what the DNS and TLS endpoints serve)' : 'nothing in the estate for it to check';
      outcomes.push({ ruleId: rule.id, status: 'not-applicable', findings: 0, time: 0, reason });
      continue;
    }
    const severity = setting.severity;
    const findingsGroup: FindingGroup = { ruleId: rule.id, kind: 'findings' };
    const notesGroup: FindingGroup = { ruleId: rule.id, kind: 'notes' };
    let reported = 0;
    const notCheckedSeen = new Set<string>();
    const messagesNotReported = messagesNotAbout(rule, families);
    const messagesReason = [...messagesNotReported].map(([messageId, why]) => `${messageId} not reported: ${why}`).join('; ');
    const started = performance.now();
    try {
      rule.check({
        estate,
        options: setting.options,
        now,
        report(descriptor) {
          const template = rule.meta.messages[descriptor.messageId];
          if (template === undefined) {
            throw new Error(`rule ${rule.id} reported unknown messageId "${descriptor.messageId}"`);
          }
          if (messagesNotReported.has(descriptor.messageId)) return;
          const findingSeverity = descriptor.severity ? milder(descriptor.severity, severity) : severity;
          reported++;
          const loc = descriptor.node.loc;
          if (!limiter.admit(findingsGroup, loc, findingSeverity)) return;
          // One object of one shape per finding, its fields named (no spread of the range, no
          // `related: undefined`): a run may keep hundreds of thousands of them.
          const finding: Finding = {
            file: loc.file,
            line: loc.line,
            column: loc.column,
            endLine: loc.endLine,
            endColumn: loc.endColumn,
            ruleId: rule.id,
            severity: findingSeverity,
            message: fillMessage(template, descriptor.data),
            messageId: descriptor.messageId,
            data: descriptor.data,
          };
          if (descriptor.related !== undefined) finding.related = descriptor.related.map((r) => ({ ...r.node.loc, message: r.message }));
          findings.push(finding);
        },
        notChecked(node: Located, reason: string) {
          const key = `${node.loc.file}:${node.loc.line}:${reason}`;
          if (notCheckedSeen.has(key)) return;
          notCheckedSeen.add(key);
          reported++;
          if (!limiter.admit(notesGroup, node.loc, 'info')) return;
          findings.push({
            ...node.loc,
            ruleId: rule.id,
            severity: 'info',
            message: `not checked: ${reason}`,
            messageId: 'notChecked',
            data: { reason },
          });
        },
      });
      for (const summary of limiter.takeNotKept()) findings.push(summary);
      outcomes.push({ ruleId: rule.id, status: 'ran', findings: reported, time: performance.now() - started, ...(messagesReason ? { reason: messagesReason } : {}) });
    } catch (error) {
      for (const summary of limiter.takeNotKept()) findings.push(summary);
      findings.push({
        file: '',
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
        ruleId: 'uclint/rule-crash',
        severity: 'error',
        message: `rule ${rule.id} failed: ${(error as Error).stack ?? String(error)}`,
      });
      outcomes.push({ ruleId: rule.id, status: 'crashed', findings: reported, time: performance.now() - started });
    }
  }
  return { findings, outcomes };
}

/** Sorts by location then rule, and drops exact duplicates (same rule, range and message). */
export function sortAndDeduplicate(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(
    (a, b) => compareRanges(a, b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && last.ruleId === f.ruleId && compareRanges(last, f) === 0 && last.message === f.message) continue;
    out.push(f);
  }
  return out;
}

/** The milder of two severities. */
function milder(a: Severity, b: Severity): Severity {
  return SEVERITY_WEIGHT[a] <= SEVERITY_WEIGHT[b] ? a : b;
}
