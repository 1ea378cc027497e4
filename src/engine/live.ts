/**
 * The live view judged by the rules: what `uclint probe` found served is built into an estate
 * of its own (its zones in the view the DNS servers answer for, the presented leaf
 * certificates), and every rule but the drift rules runs over it with the run's settings.
 * A presented certificate equal to a committed one is that committed certificate (its findings
 * are the files' own, and dropped).
 * Findings are kept when they are new: placed at a live record or certificate (each located at
 * the committed record or certificate it matches, else where the name is published), not
 * about a live zone as a whole (`LIVE_ZONE_FILE`), not a "not checked" note, and not the same
 * finding the committed files already gave. Every finding of the live view, the drift rules'
 * included, is marked `view: 'live'`.
 */
import { isNotChecked, type Finding } from '../core/types.js';
import { Estate, type EstateSettings } from '../estate/estate.js';
import type { Certificate } from '../model/certificate.js';
import { LIVE_ZONE_FILE, type LiveView } from '../model/live.js';
import type { FindingLimiter } from './limit.js';
import { packOf, type AnyRule } from './rule.js';
import { runRules, type RuleSetting } from './run.js';

/** The pack of the rules that compare the live view with the files. */
export const LIVE_PACK = 'live';

/** The findings the rules make of the live view, marked `live`; the committed run's `live/*` findings are marked in place. */
export function liveRunFindings(
  committed: Estate,
  live: LiveView,
  registry: readonly AnyRule[],
  ruleSettings: ReadonlyMap<string, RuleSetting>,
  settings: EstateSettings,
  now: Date,
  limiter: FindingLimiter,
  committedFindings: Finding[],
): Finding[] {
  for (const finding of committedFindings) if (packOf(finding.ruleId) === LIVE_PACK) finding.view = 'live';
  const families = committed.families();
  const committedByFingerprint = new Map<string, Certificate>();
  for (const certificate of committed.certificates) if (certificate.fingerprint256 !== undefined && !committedByFingerprint.has(certificate.fingerprint256)) committedByFingerprint.set(certificate.fingerprint256, certificate);
  const liveEstate = new Estate({
    zones: live.zones,
    // A certificate served as committed is the committed one (judged from the files already: its findings are the same, and dropped below).
    certificates: oncePerCertificate(live.certificates.map((c) => (c.fingerprint256 === undefined ? c : (committedByFingerprint.get(c.fingerprint256) ?? c)))),
    settings: { ...settings, sipDomains: [...committed.sipDomains()].map((d) => d.replace(/\.$/, '')), ...(families.source === 'unknown' ? {} : { families: [...families.families] }) },
  });
  const seen = new Set(committedFindings.map(findingKey));
  const run = runRules(
    liveEstate,
    registry.filter((rule) => packOf(rule.id) !== LIVE_PACK),
    ruleSettings,
    now,
    limiter,
  );
  const kept: Finding[] = [];
  for (const finding of run.findings) {
    if (finding.file === LIVE_ZONE_FILE || isNotChecked(finding) || seen.has(findingKey(finding))) continue;
    seen.add(findingKey(finding));
    kept.push({ ...finding, message: `served: ${finding.message}`, view: 'live' });
  }
  return kept;
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.file}\u0000${finding.line}\u0000${finding.column}\u0000${finding.message}`;
}

/** One certificate per fingerprint (a certificate presented by several endpoints or addresses is judged once). */
function oncePerCertificate(certificates: readonly Certificate[]): Certificate[] {
  const byFingerprint = new Map<string, Certificate>();
  const out: Certificate[] = [];
  for (const certificate of certificates) {
    const key = certificate.fingerprint256 ?? certificate.name;
    const first = byFingerprint.get(key);
    if (first === undefined) {
      byFingerprint.set(key, certificate);
      out.push(certificate);
    }
  }
  return out;
}
