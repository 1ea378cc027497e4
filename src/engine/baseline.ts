import * as crypto from 'node:crypto';
import type { Finding } from '../core/types.js';

/** SHA-256 in hex: the one-shot `crypto.hash` where the runtime has it (Node 20.12 and later), a third of the cost of a Hash object per finding. */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => (crypto as unknown as { hash(algorithm: string, data: string, encoding: 'hex'): string }).hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * Fingerprints identify a finding without its line, so they survive edits above it:
 * rule, file and message, plus the occurrence index among findings sharing those three
 * (two identical findings in one file stay distinct). Used by baselines and SARIF.
 *
 * Occurrences are counted per file where the findings of each file come together (sorted
 * findings do), so the counts held are one file's, not the run's.
 */
export function assignFingerprints(findings: Finding[]): void {
  const grouped = groupedByFile(findings);
  let seen = new Map<string, number>();
  let file: string | undefined;
  for (const finding of findings) {
    if (grouped && finding.file !== file) {
      file = finding.file;
      seen = new Map();
    }
    const key = `${finding.ruleId}\u0000${finding.file}\u0000${finding.message}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    finding.fingerprint = sha256Hex(`${key}\u0000${index}`).slice(0, 32);
  }
}

/** True when the findings of each file come together. */
function groupedByFile(findings: readonly Finding[]): boolean {
  const done = new Set<string>();
  let file: string | undefined;
  for (const finding of findings) {
    if (finding.file === file) continue;
    if (done.has(finding.file)) return false;
    if (file !== undefined) done.add(file);
    file = finding.file;
  }
  return true;
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
