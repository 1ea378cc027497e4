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
