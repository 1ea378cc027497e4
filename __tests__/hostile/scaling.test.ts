/**
 * Hostile inputs that once took minutes under the documented bounds because some step did
 * work for every pair of things (every finding against every suppression, every unknown key
 * against every key of its mapping, every zone per name looked up). Each test times the step
 * on two sizes in this process and checks that the work grows about linearly
 * (helpers/scaling.ts), or counts the work directly.
 */
import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/types.js';
import { DirectiveReader, applyDirectives } from '../../src/engine/suppressions.js';
import { parseZone } from '../../src/loaders/zone/index.js';
import { expectNearLinear } from '../helpers/scaling.js';

const SOA = '$ORIGIN b.test.\n$TTL 300\n@ IN SOA ns h 1 1 1 1 1\n@ IN NS ns\n';

/** Reads a zone's suppression comments and applies them to one finding on each given line. */
function suppress(text: string, lines: readonly number[]): Finding[] {
  const reader = new DirectiveReader();
  parseZone(text, { file: 'b.test.zone', comments: reader.comment });
  const findings = lines.map((line): Finding => ({ file: 'b.test.zone', line, column: 1, endLine: line, endColumn: 2, ruleId: 'test/every-a', severity: 'warning', message: 'm' }));
  applyDirectives(findings, reader.directivesByFile());
  return findings;
}

describe('suppression comments', () => {
  it('a directive on every line, each covering a finding: one pass, not every finding against every directive', () => {
    const lines = (n: number): number[] => Array.from({ length: n }, (_, i) => 5 + i);
    const zone = (n: number): string => SOA + 'h A 192.0.2.2 ; uclint-disable-line test/every-a -- lab\n'.repeat(n);
    expect(suppress(zone(3), lines(3)).map((f) => f.suppressed?.kind)).toEqual(['inline', 'inline', 'inline']);
    expectNearLinear({ input: (n) => ({ text: zone(n), lines: lines(n) }), run: ({ text, lines }) => suppress(text, lines) }, 10_000);
  });

  it('consecutive next-line directives: the line they cover is looked for once, not once each', () => {
    const zone = (n: number): string => SOA + '; uclint-disable-next-line test/every-a -- lab\n'.repeat(n) + 'h A 192.0.2.2\n';
    const findings = suppress(zone(3), [8]);
    expect(findings.map((f) => f.suppressed?.kind)).toEqual(['inline']);
    expectNearLinear({ input: zone, run: (text) => suppress(text, []) }, 5_000);
  });

  it('one line of 3,000 directives: each one names the rules up to the next, not every rule after it', () => {
    const reader = new DirectiveReader();
    parseZone(`${SOA}h A 192.0.2.2 ; ${'uclint-disable-line dns/x '.repeat(3_000)}\n`, { file: 'b.test.zone', comments: reader.comment });
    const directives = reader.directivesByFile().get('b.test.zone') ?? [];
    expect(directives.length).toBe(3_000);
    expect(directives.reduce((sum, d) => sum + d.ruleIds.length, 0)).toBe(3_000);
  });
});
