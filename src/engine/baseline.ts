import { createHash } from 'node:crypto';
import type { Finding } from '../core/types.js';

/**
 * Fingerprints identify a finding without its line, so they survive edits above it:
 * rule, file and message, plus the occurrence index among findings sharing those three
 * (two identical findings in one file stay distinct). Used by baselines and SARIF.
 */
export function assignFingerprints(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const key = `${finding.ruleId}\u0000${finding.file}\u0000${finding.message}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    finding.fingerprint = createHash('sha256').update(`${key}\u0000${index}`).digest('hex').slice(0, 32);
  }
}

export interface BaselineEntry {
  ruleId: string;
  file: string;
  message: string;
  fingerprint: string;
}

export interface Baseline {
  version: 1;
  /** How the file came to be, for readers of the repository. */
  description: string;
  findings: BaselineEntry[];
}

export function createBaseline(findings: Finding[]): Baseline {
  return {
    version: 1,
    description: 'uclint baseline: findings accepted when uclint was adopted. Regenerate with --write-baseline.',
    findings: findings
      .filter((f) => !f.suppressed && f.fingerprint)
      .map((f) => ({ ruleId: f.ruleId, file: f.file, message: f.message, fingerprint: f.fingerprint as string })),
  };
}

/** Parses a baseline file; throws an Error with a readable message when it is not one. */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // JSON.parse quotes the text it could not read; the file may not be the linted tree's, so none of it is repeated.
    throw new Error('not valid JSON', { cause: error });
  }
  const candidate = data as Partial<Baseline>;
  if (!candidate || candidate.version !== 1 || !Array.isArray(candidate.findings)) {
    throw new Error('not a uclint baseline (expected {"version": 1, "findings": [...]})');
  }
  for (const entry of candidate.findings) {
    if (typeof entry?.fingerprint !== 'string') throw new Error('a baseline entry has no fingerprint');
  }
  return candidate as Baseline;
}

/** Marks findings present in the baseline as suppressed; returns how many baseline entries matched nothing. */
export function applyBaseline(findings: Finding[], baseline: Baseline): { matched: number; stale: number } {
  const accepted = new Set(baseline.findings.map((e) => e.fingerprint));
  const used = new Set<string>();
  for (const finding of findings) {
    if (finding.suppressed || !finding.fingerprint) continue;
    if (accepted.has(finding.fingerprint)) {
      finding.suppressed = { kind: 'baseline' };
      used.add(finding.fingerprint);
    }
  }
  return { matched: used.size, stale: accepted.size - used.size };
}
