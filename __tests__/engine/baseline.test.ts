import { describe, expect, it } from '@jest/globals';
import { assignFingerprints, applyBaseline, createBaseline, parseBaseline } from '../../src/engine/baseline.js';
import type { Finding } from '../../src/core/types.js';

function finding(line: number, message = 'wrong port', file = 'a.zone'): Finding {
  return { file, line, column: 1, endLine: line, endColumn: 2, ruleId: 'sip/srv-port', severity: 'error', message };
}

describe('fingerprints', () => {
  it('survive a line shift and tell identical findings apart by occurrence', () => {
    const before = [finding(3), finding(9)];
    const after = [finding(5), finding(11)];
    assignFingerprints(before);
    assignFingerprints(after);
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
    expect(before[0].fingerprint).not.toBe(before[1].fingerprint);
    expect(before[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('are the SHA-256 of rule, file, message and occurrence, as baselines written before hold them', () => {
    const found = [finding(3)];
    assignFingerprints(found);
    // sha256("sip/srv-port\0a.zone\0wrong port\00"), first 32 hex digits.
    expect(found[0].fingerprint).toBe('aed8a3c9969755169f050ca535d257c4');
  });

  it('count occurrences per file whether or not the findings of a file come together', () => {
    const grouped = [finding(1, 'm', 'a.zone'), finding(2, 'm', 'a.zone'), finding(1, 'm', 'b.zone'), finding(2, 'm', 'b.zone')];
    const interleaved = [finding(1, 'm', 'a.zone'), finding(1, 'm', 'b.zone'), finding(2, 'm', 'a.zone'), finding(2, 'm', 'b.zone')];
    assignFingerprints(grouped);
    assignFingerprints(interleaved);
    const byPlace = (list: Finding[]) => Object.fromEntries(list.map((f) => [`${f.file}:${f.line}`, f.fingerprint]));
    expect(byPlace(interleaved)).toEqual(byPlace(grouped));
    expect(new Set(grouped.map((f) => f.fingerprint)).size).toBe(4);
  });
});

describe('baseline', () => {
  it('suppresses recorded findings and reports only new ones', () => {
    const old = [finding(3)];
    assignFingerprints(old);
    const baseline = parseBaseline(JSON.stringify(createBaseline(old)));
    const now = [finding(4), finding(8, 'another problem')];
    assignFingerprints(now);
    expect(applyBaseline(now, baseline)).toEqual({ matched: 1, stale: 0 });
    expect(now.map((f) => f.suppressed?.kind ?? null)).toEqual(['baseline', null]);
  });

  it('rejects files that are not baselines with a readable reason', () => {
    expect(() => parseBaseline('{')).toThrow(/not valid JSON/);
    expect(() => parseBaseline('{"version":2,"findings":[]}')).toThrow(/not a uclint baseline/);
    expect(() => parseBaseline('{"version":1,"findings":[{}]}')).toThrow(/no fingerprint/);
  });
});
