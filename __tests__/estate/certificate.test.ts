import { describe, expect, it } from '@jest/globals';
import { isSingleLabelWildcard, presentedNameMatches, daysBetween } from '../../src/estate/certificate.js';

describe('presentedNameMatches (RFC 6125 6.4.3)', () => {
  it.each([
    ['sip.contoso.com', 'SIP.contoso.com.', true],
    ['*.contoso.com', 'sbc.contoso.com', true],
    ['*.contoso.com', 'a.b.contoso.com', false],
    ['*.contoso.com', 'contoso.com', false],
    ['*.com', 'contoso.com', false],
    ['sip*.contoso.com', 'sip1.contoso.com', false],
    ['*.*.contoso.com', 'a.b.contoso.com', false],
    ['a.*.contoso.com', 'a.b.contoso.com', false],
  ])('%s against %s: %s', (presented, host, expected) => {
    expect(presentedNameMatches(presented, host)).toBe(expected);
  });

  it('a single-label wildcard needs two labels after it', () => {
    expect(isSingleLabelWildcard('*.contoso.com')).toBe(true);
    expect(isSingleLabelWildcard('*.com')).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts whole days, rounding towards the earlier day', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    expect(daysBetween(now, new Date('2026-12-10T00:00:00Z'))).toBe(20);
    expect(daysBetween(now, new Date('2026-11-20T23:00:00Z'))).toBe(0);
    expect(daysBetween(now, new Date('2026-11-19T23:59:59Z'))).toBe(-1);
  });
});
