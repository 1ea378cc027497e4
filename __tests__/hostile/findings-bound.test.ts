/**
 * The bound on findings a file can add: at most `maxFindingsPerFile` of each rule (and of
 * each diagnostic code of reading) in one file, then one finding that says how many more
 * were not kept and where the bound is set. A file that yields hundreds of thousands of
 * diagnostics is reported, never a crash (appending them used to overflow the stack).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/core/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { exitCodeOf, lint } from '../../src/lint.js';
import { BAD_ZONE_HEADER_LINES, badAddressZone } from '../helpers/bad-zone.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-findings-bound-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, content: string): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A zone's first four lines; the records of a test start on line 5. */
const HEAD = '$ORIGIN b.test.\n$TTL 300\n@ IN SOA ns h 1 1 1 1 1\n@ IN NS ns\n';
const HEADER_LINES = BAD_ZONE_HEADER_LINES;

function shown(f: Finding): Pick<Finding, 'ruleId' | 'messageId' | 'severity' | 'file' | 'line' | 'message' | 'data'> {
  const { ruleId, messageId, severity, file, line, message, data } = f;
  return { ruleId, messageId, severity, file, line, message, ...(data ? { data } : {}) };
}

const BOUND_WHERE = 'set by maxFindingsPerFile in .uclint.yml or --max-findings-per-file';

describe('diagnostics of reading', () => {
  it('200,000 diagnostics of one zone file: 1,000 kept, then one that counts the rest (no stack overflow)', async () => {
    write('b.test.zone', badAddressZone(200_000));
    const result = await lint({ cwd: dir, onlyRules: [] });
    const bad = result.findings.filter((f) => f.messageId === 'zone/bad-address');
    expect(bad).toHaveLength(1_000);
    expect(bad[999].line).toBe(HEADER_LINES + 1_000);
    const summaries = result.findings.filter((f) => f.messageId === 'zone/too-many-diagnostics');
    expect(summaries.map(shown)).toEqual([
      {
        ruleId: 'parse/zone',
        messageId: 'zone/too-many-diagnostics',
        severity: 'error',
        file: 'b.test.zone',
        line: HEADER_LINES + 1_001,
        message: `199,000 more zone/bad-address diagnostics in this file were not kept (at most 1,000 of a code in one file; ${BOUND_WHERE})`,
        data: { code: 'zone/bad-address', count: 199_000, limit: 1_000 },
      },
    ]);
    expect(result.counts.error).toBe(1_001);
    expect(exitCodeOf(result)).toBe(1);
  });

  it('any loader: 200,000 bad lines of a registry export', async () => {
    write('policy.reg', 'Windows Registry Editor Version 5.00\r\n' + 'junk\r\n'.repeat(200_000));
    const result = await lint({ cwd: dir, onlyRules: [] });
    expect(result.findings.filter((f) => f.messageId === 'registry/bad-line')).toHaveLength(1_000);
    expect(result.findings.filter((f) => f.messageId === 'registry/too-many-diagnostics').map((f) => [f.line, f.data?.count])).toEqual([[1_002, 199_000]]);
  });

  it('counts each code apart, and each file apart', async () => {
    write('b.test.zone', badAddressZone(30) + 'x IN TXT\n'.repeat(3));
    write('sub/c.test.zone', badAddressZone(12, 'c.test.'));
    const result = await lint({ cwd: dir, onlyRules: [], maxFindingsPerFile: 10 });
    const byCode = (file: string, code: string) => result.findings.filter((f) => f.file === file && f.messageId === code).length;
    expect(byCode('b.test.zone', 'zone/bad-address')).toBe(10);
    expect(byCode('b.test.zone', 'zone/missing-rdata')).toBe(3);
    expect(byCode('sub/c.test.zone', 'zone/bad-address')).toBe(10);
    expect(
      result.findings.filter((f) => f.messageId === 'zone/too-many-diagnostics').map((f) => [f.file, f.line, f.data?.count]),
    ).toEqual([
      ['b.test.zone', HEADER_LINES + 11, 20],
      ['sub/c.test.zone', HEADER_LINES + 11, 2],
    ]);
  });
});

/** Reports every A record, as an error from the 3rd record on, and says it did not check every AAAA record. */
const everyA = defineRule({
  id: 'test/every-a',
  meta: {
    description: 'd',
    rationale: 'r',
    severity: 'error',
    recommended: true,
    citations: [],
    messages: { seen: 'A {{name}}' },
  },
  check({ estate, report, notChecked }) {
    let n = 0;
    for (const a of estate.records('A')) report({ node: a, messageId: 'seen', data: { name: a.name }, severity: n++ < 2 ? 'warning' : undefined });
    for (const aaaa of estate.records('AAAA')) notChecked(aaaa, 'an AAAA record');
  },
});

function addresses(n: number, type = 'A'): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`h${i} IN ${type} ${type === 'A' ? `192.0.2.${(i % 250) + 1}` : `2001:db8::${i + 1}`}`);
  return lines.join('\n') + '\n';
}

describe('findings of a rule', () => {
  it('keeps the first findings of a rule in a file, then one finding of the rule with the count, the most severe of the rest and where the bound is set', async () => {
    write('b.test.zone', HEAD + addresses(8));
    const result = await lint({ cwd: dir, rules: [everyA], maxFindingsPerFile: 2 });
    const findings = result.findings.filter((f) => f.ruleId === 'test/every-a');
    expect(findings.map(shown)).toEqual([
      { ruleId: 'test/every-a', messageId: 'seen', severity: 'warning', file: 'b.test.zone', line: 5, message: 'A h0.b.test.', data: { name: 'h0.b.test.' } },
      { ruleId: 'test/every-a', messageId: 'seen', severity: 'warning', file: 'b.test.zone', line: 6, message: 'A h1.b.test.', data: { name: 'h1.b.test.' } },
      {
        ruleId: 'test/every-a',
        messageId: 'tooManyFindings',
        severity: 'error',
        file: 'b.test.zone',
        line: 7,
        message: `6 more findings of test/every-a in this file were not kept (at most 2 of a rule in one file; ${BOUND_WHERE})`,
        data: { count: 6, limit: 2 },
      },
    ]);
    expect(result.outcomes.find((o) => o.ruleId === 'test/every-a')?.findings).toBe(8);
  });

  it('bounds "not checked" notes apart from findings, so notes never crowd out a finding', async () => {
    write('b.test.zone', HEAD + addresses(4, 'AAAA') + addresses(2));
    const result = await lint({ cwd: dir, rules: [everyA], maxFindingsPerFile: 2 });
    expect(result.findings.filter((f) => f.messageId === 'seen')).toHaveLength(2);
    expect(result.findings.filter((f) => f.messageId === 'notChecked').map((f) => [f.line, f.message])).toEqual([
      [5, 'not checked: an AAAA record'],
      [6, 'not checked: an AAAA record'],
      [7, `not checked: 2 more places in this file (at most 2 notes of a rule in one file; ${BOUND_WHERE})`],
    ]);
  });

  it('takes the bound from the config, and --max-findings-per-file (the option) over it', async () => {
    write('b.test.zone', HEAD + addresses(8));
    write('.uclint.yml', 'maxFindingsPerFile: 3\n');
    const fromConfig = await lint({ cwd: dir, rules: [everyA] });
    expect(fromConfig.findings.filter((f) => f.messageId === 'seen')).toHaveLength(3);
    expect(fromConfig.findings.find((f) => f.messageId === 'tooManyFindings')?.data).toEqual({ count: 5, limit: 3 });
    const fromOption = await lint({ cwd: dir, rules: [everyA], maxFindingsPerFile: 5 });
    expect(fromOption.findings.filter((f) => f.messageId === 'seen')).toHaveLength(5);
  });

  it('a config with a bound that is not a whole number from 1 to 1,000,000 stops the run at the key', async () => {
    for (const value of ['0', '-1', '1.5', 'many', '1000001']) {
      write('.uclint.yml', `maxFindingsPerFile: ${value}\n`);
      const result = await lint({ cwd: dir, rules: [everyA] });
      expect(result.fatal.map((f) => [f.line, f.code])).toEqual([[1, expect.stringMatching(/^config\/invalid-(type|value)$/)]]);
    }
  });

  it('a suppression of a rule whose findings in the file were cut at the bound is not called unused', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 6; i++) lines.push(`h${i} IN A 192.0.2.${i + 1} ; uclint-disable-line test/every-a -- lab addresses`);
    write('b.test.zone', HEAD + lines.join('\n') + '\n');
    const result = await lint({ cwd: dir, rules: [everyA], maxFindingsPerFile: 2 });
    expect(result.findings.filter((f) => f.ruleId === 'uclint/unused-suppression')).toEqual([]);
    // The kept findings and the count are suppressed by the comments on their lines.
    expect(result.findings.filter((f) => f.ruleId === 'test/every-a').map((f) => [f.line, f.messageId, f.suppressed?.kind])).toEqual([
      [5, 'seen', 'inline'],
      [6, 'seen', 'inline'],
      [7, 'tooManyFindings', 'inline'],
    ]);
    expect(exitCodeOf(result)).toBe(0);
  });

  it('the findings about suppression comments are bounded too', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 50; i++) lines.push(`h${i} IN A 192.0.2.${i + 1} ; uclint-disable-line test/every-a`);
    write('b.test.zone', HEAD + lines.join('\n') + '\n');
    const result = await lint({ cwd: dir, rules: [everyA], maxFindingsPerFile: 10 });
    const invalid = result.findings.filter((f) => f.ruleId === 'uclint/invalid-suppression');
    expect(invalid).toHaveLength(11);
    expect(invalid[10].message).toBe(`40 more findings of uclint/invalid-suppression in this file were not kept (at most 10 of a rule in one file; ${BOUND_WHERE})`);
  });
});
