import { describe, expect, it } from '@jest/globals';
import { Estate } from '../../src/estate/estate.js';
import { parseZone } from '../../src/formats/zone/loader.js';
import { defineRule, fillMessage } from '../../src/engine/rule.js';
import { runRules, sortAndDeduplicate } from '../../src/engine/run.js';
import { resolveRuleOptions } from '../../src/engine/options.js';

const { zone } = parseZone('$ORIGIN contoso.com.\n@ SOA ns1 h 1 1 1 1 1\nsip A 192.0.2.1\nsip A 192.0.2.2\n', { file: 'a.zone', view: 'external' });
const estate = new Estate({ zones: [zone] });
const now = new Date('2026-11-20T00:00:00Z');

const everyA = defineRule({
  id: 'test/every-a',
  meta: {
    description: 'd',
    rationale: 'r',
    severity: 'warning',
    recommended: true,
    citations: [],
    options: { properties: { limit: { type: 'integer', default: 5 } }, additionalProperties: false },
    messages: { seen: '{{name}} has {{address}}' },
  },
  check({ estate: e, report, notChecked }) {
    for (const a of e.records('A')) {
      report({ node: a, messageId: 'seen', data: { name: a.name, address: a.data.address } });
      notChecked(a.zone, 'zone of unknown view');
    }
  },
});

describe('runRules', () => {
  it('reports at the node with the configured severity and the filled message; notChecked once', () => {
    const { findings, outcomes } = runRules(estate, [everyA], new Map([['test/every-a', { severity: 'error', options: {} }]]), now);
    expect(findings.map((f) => [f.line, f.severity, f.message])).toEqual([
      [3, 'error', 'sip.contoso.com. has 192.0.2.1'],
      [1, 'info', 'not checked: zone of unknown view'],
      [4, 'error', 'sip.contoso.com. has 192.0.2.2'],
    ]);
    expect(outcomes).toEqual([expect.objectContaining({ ruleId: 'test/every-a', status: 'ran', findings: 3 })]);
  });

  it('a finding\'s own severity is capped by the configured one', () => {
    const graded = defineRule({
      ...everyA,
      id: 'test/graded',
      check({ estate: e, report }) {
        const [first, second] = e.records('A');
        report({ node: first, messageId: 'seen', data: { name: first.name, address: first.data.address }, severity: 'warning' });
        report({ node: second, messageId: 'seen', data: { name: second.name, address: second.data.address }, severity: 'error' });
      },
    });
    const severities = (configured: 'error' | 'warning' | 'info') =>
      runRules(estate, [graded], new Map([['test/graded', { severity: configured, options: {} }]]), now).findings.map((f) => f.severity);
    expect(severities('error')).toEqual(['warning', 'error']);
    expect(severities('warning')).toEqual(['warning', 'warning']);
    expect(severities('info')).toEqual(['info', 'info']);
  });

  it('skips rules that are off or not applicable, and says which', () => {
    const never = defineRule({ ...everyA, id: 'test/never', appliesTo: () => false });
    const { findings, outcomes } = runRules(
      estate,
      [everyA, never],
      new Map([
        ['test/every-a', { severity: 'off' as const, options: {} }],
        ['test/never', { severity: 'error' as const, options: {} }],
      ]),
      now,
    );
    expect(findings).toEqual([]);
    expect(outcomes.map((o) => o.status)).toEqual(['off', 'not-applicable']);
  });

  it('a rule that throws becomes a uclint/rule-crash finding and the others still run', () => {
    const crashing = defineRule({ ...everyA, id: 'test/crash', check: () => { throw new Error('boom'); } });
    const { findings, outcomes } = runRules(
      estate,
      [crashing, everyA],
      new Map([
        ['test/crash', { severity: 'error' as const, options: {} }],
        ['test/every-a', { severity: 'warning' as const, options: {} }],
      ]),
      now,
    );
    expect(findings[0]).toMatchObject({ ruleId: 'uclint/rule-crash', severity: 'error' });
    expect(findings[0].message).toMatch(/^rule test\/crash failed: Error: boom/);
    expect(outcomes.map((o) => o.status)).toEqual(['crashed', 'ran']);
  });

  it('an unknown messageId is a crash, not a silent finding', () => {
    const wrong = defineRule({ ...everyA, id: 'test/wrong', check: ({ report }) => report({ node: zone, messageId: 'nope' as 'seen' }) });
    const { findings } = runRules(estate, [wrong], new Map([['test/wrong', { severity: 'error' as const, options: {} }]]), now);
    expect(findings[0].message).toMatch(/unknown messageId "nope"/);
  });
});

describe('rule helpers', () => {
  it('rejects ids that are not <pack>/<name>', () => {
    expect(() => defineRule({ ...everyA, id: 'NoPack' })).toThrow(/not of the form/);
  });
  it('fills templates and leaves unknown placeholders visible', () => {
    expect(fillMessage('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'x' })).toBe('1 and x and {{c}}');
  });
  it('applies option defaults and reports schema errors', () => {
    expect(resolveRuleOptions(everyA, {})).toEqual({ options: { limit: 5 }, errors: [] });
    expect(resolveRuleOptions(everyA, { limit: 'x' }).errors.map((e) => e.instancePath)).toEqual(['/limit']);
    expect(resolveRuleOptions(everyA, { other: 1 }).errors.map((e) => e.keyword)).toEqual(['additionalProperties']);
  });
  it('gives a rule without options no options, and still refuses options it does not take', () => {
    const none = defineRule({ ...everyA, id: 'test/no-options', meta: { ...everyA.meta, options: { type: 'object', properties: {}, additionalProperties: false } } });
    expect(resolveRuleOptions(none, {})).toEqual({ options: {}, errors: [] });
    expect(resolveRuleOptions(none, undefined)).toEqual({ options: {}, errors: [] });
    expect(resolveRuleOptions(none, { limit: 1 }).errors.map((e) => e.keyword)).toEqual(['additionalProperties']);
    expect(resolveRuleOptions(none, []).errors.map((e) => e.keyword)).toEqual(['type']);
  });

  it('sorts by location and drops exact duplicates', () => {
    const f = (line: number, ruleId = 'a/b') => ({ file: 'a', line, column: 1, endLine: line, endColumn: 1, ruleId, severity: 'error' as const, message: 'm' });
    expect(sortAndDeduplicate([f(3), f(1), f(3), f(3, 'a/a')]).map((x) => `${x.line}${x.ruleId}`)).toEqual(['1a/b', '3a/a', '3a/b']);
  });
});
