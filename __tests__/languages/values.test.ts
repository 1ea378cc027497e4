import { describe, expect, it } from '@jest/globals';
import { firstUnknown, plainValue, type StaticValue } from '../../src/languages/values.js';

const at = (line: number) => ({ file: 'main.tf', line, column: 1, endLine: line, endColumn: 2 });

describe('static values', () => {
  const known: StaticValue = {
    kind: 'object',
    loc: at(1),
    entries: new Map<string, StaticValue>([
      ['name', { kind: 'string', value: '_sip._tls', loc: at(2) }],
      ['ttl', { kind: 'number', value: 3600, loc: at(3) }],
      ['records', { kind: 'list', loc: at(4), items: [{ kind: 'string', value: '100 1 443 sipdir.online.lync.com', loc: at(4) }] }],
      ['proxied', { kind: 'bool', value: false, loc: at(5) }],
      ['comment', { kind: 'null', loc: at(6) }],
    ]),
  };

  it('gives a known value as plain data', () => {
    expect(plainValue(known)).toEqual({ name: '_sip._tls', ttl: 3600, records: ['100 1 443 sipdir.online.lync.com'], proxied: false, comment: null });
    expect(firstUnknown(known)).toBeUndefined();
  });

  it('gives no plain data for a value with an unknown part, and names the first unknown part', () => {
    const unknown: StaticValue = { kind: 'unknown', expression: 'aws_lb.sbc.dns_name', reason: 'a resource attribute known only after apply', loc: at(7) };
    const partly: StaticValue = { kind: 'list', loc: at(7), items: [{ kind: 'string', value: 'a', loc: at(7) }, unknown] };
    expect(plainValue(partly)).toBeUndefined();
    expect(firstUnknown({ ...known, entries: new Map([...known.entries, ['target', partly]]) })).toBe(unknown);
  });
});
