import { describe, expect, it } from '@jest/globals';
import { isSingleLabelWildcard, presentedNameMatches, daysBetween, type Certificate } from '../../src/model/certificate.js';
import { Estate } from '../../src/estate/estate.js';

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

describe('Estate.certificatesFor', () => {
  const loc = { file: 'c.yml', line: 1, column: 1, endLine: 1, endColumn: 2 };
  const cert = (name: string, dns: string[], usedBy: string[] = []): Certificate => ({ name, sans: { dns, ip: [] }, usedBy, source: 'manifest', loc });
  const proxy = cert('proxy', ['proxy.contoso.com', '*.contoso.com']);
  const edge = cert('edge', ['sip.contoso.com']);
  const pool = cert('pool', ['pool.contoso.com'], ['fe1.contoso.com']);
  const estate = new Estate({ certificates: [proxy, edge, pool] });

  it('finds certificates by usedBy, else by their own SANs, exact or one-label wildcard, in estate order', () => {
    expect(estate.certificatesFor('fe1.contoso.com').map((c) => c.name)).toEqual(['pool', 'proxy']);
    expect(estate.certificatesFor('SIP.contoso.com.').map((c) => c.name)).toEqual(['proxy', 'edge']);
    expect(estate.certificatesFor('meet.contoso.com').map((c) => c.name)).toEqual(['proxy']);
    expect(estate.certificatesFor('a.meet.contoso.com')).toEqual([]);
    // A certificate with usedBy is found by usedBy only, not by its SANs.
    expect(estate.certificatesFor('pool.contoso.com').map((c) => c.name)).toEqual(['proxy']);
  });
});
