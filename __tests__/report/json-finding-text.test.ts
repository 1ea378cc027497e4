import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Finding } from '../../src/core/types.js';
import { findingText, jsonFinding } from '../../src/report/json.js';

const text = fc.string({ unit: 'grapheme', maxLength: 20 });
const value = fc.oneof(text, fc.integer(), fc.double(), fc.constant(undefined), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
const range = { file: text, line: fc.nat(), column: fc.nat(), endLine: fc.nat(), endColumn: fc.nat() };
const finding: fc.Arbitrary<Finding> = fc.record(
  {
    ...range,
    ruleId: text,
    severity: fc.constantFrom('error', 'warning', 'info'),
    message: text,
    messageId: text,
    data: fc.dictionary(text, value, { maxKeys: 4 }) as fc.Arbitrary<Record<string, string | number>>,
    related: fc.array(fc.record({ ...range, message: text }), { maxLength: 2 }),
    fingerprint: text,
    suppressed: fc.record({ kind: fc.constantFrom('inline', 'file', 'baseline'), reason: text }, { requiredKeys: ['kind'] }),
  },
  { requiredKeys: ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'severity', 'message'] },
) as fc.Arbitrary<Finding>;

describe('a finding in the JSON report', () => {
  it('is written as JSON.stringify indents its object, for any finding and indent', () => {
    fc.assert(
      fc.property(finding, fc.constantFrom('', '  ', '    '), (f, indent) => {
        const expected = JSON.stringify(jsonFinding(f), null, 2).replaceAll('\n', `\n${indent}`);
        expect(findingText(f, indent)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a rule finding field by field in the report order', () => {
    const f: Finding = { file: 'a.zone', line: 3, column: 1, endLine: 3, endColumn: 9, ruleId: 'sip/srv-port', severity: 'error', message: 'm "q"', messageId: 'wrongPort', data: { port: 5061, name: 'x' }, fingerprint: 'ab' };
    expect(findingText(f, '  ')).toBe(
      '{\n    "ruleId": "sip/srv-port",\n    "severity": "error",\n    "message": "m \\"q\\"",\n    "messageId": "wrongPort",\n    "data": {\n      "port": 5061,\n      "name": "x"\n    },\n    "file": "a.zone",\n    "line": 3,\n    "column": 1,\n    "endLine": 3,\n    "endColumn": 9,\n    "fingerprint": "ab"\n  }',
    );
  });
});
