import { canonicalName, labelsOf, isAtOrBelow, parentName, isIpLiteral, displayName } from '../../src/model/names.js';

describe('names', () => {
  it('canonicalises case and the trailing dot', () => {
    expect(canonicalName('SIP.Contoso.com')).toBe('sip.contoso.com.');
    expect(canonicalName('sip.contoso.com.')).toBe('sip.contoso.com.');
    expect(canonicalName('')).toBe('.');
    expect(displayName('sip.contoso.com.')).toBe('sip.contoso.com');
  });
  it('splits labels, keeping escaped dots inside a label', () => {
    expect(labelsOf('a\\.b.c.')).toEqual(['a\\.b', 'c']);
    expect(labelsOf('.')).toEqual([]);
  });
  it('knows what lies below a domain', () => {
    expect(isAtOrBelow('sip.contoso.com.', 'contoso.com.')).toBe(true);
    expect(isAtOrBelow('xcontoso.com.', 'contoso.com.')).toBe(false);
    expect(isAtOrBelow('contoso.com.', 'contoso.com.')).toBe(true);
    expect(isAtOrBelow('com.', 'contoso.com.')).toBe(false);
    expect(isAtOrBelow('.contoso.com.', 'contoso.com.')).toBe(true);
    expect(isAtOrBelow('a\\.contoso.com.', 'contoso.com.')).toBe(true);
    expect(isAtOrBelow('sip.contoso.com.', '.')).toBe(true);
    expect(parentName('a.b.')).toBe('b.');
    expect(parentName('b.')).toBe('.');
  });
  it('recognises IP literals', () => {
    expect(isIpLiteral('10.0.0.1')).toBe(true);
    expect(isIpLiteral('2001:db8::1')).toBe(true);
    expect(isIpLiteral('sip.contoso.com')).toBe(false);
  });
});

describe('parentName', () => {
  it('skips escaped dots and \\DDD escapes', () => {
    expect(parentName('a\\.b.c.')).toBe('c.');
    expect(parentName('a\\046b.c.')).toBe('c.');
    expect(parentName('c.')).toBe('.');
    expect(parentName('.')).toBeUndefined();
    expect(parentName('x.y.z.')).toBe('y.z.');
  });
});
