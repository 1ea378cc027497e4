import { describe, expect, it } from '@jest/globals';
import { ipLiteralIn, normaliseService, splitSrvOwner } from '../../src/estate/sip.js';

describe('splitSrvOwner', () => {
  it('splits the service labels from the domain', () => {
    expect(splitSrvOwner('_sipinternaltls._tcp.contoso.com.')).toEqual({ service: '_sipinternaltls._tcp', domain: 'contoso.com.' });
    expect(splitSrvOwner('_SIP._TLS.Eng.Contoso.com')).toEqual({ service: '_sip._tls', domain: 'eng.contoso.com.' });
  });
  it('rejects owners that are not _service._proto.domain', () => {
    expect(splitSrvOwner('sip.contoso.com.')).toBeUndefined();
    expect(splitSrvOwner('_sip.contoso.com.')).toBeUndefined();
    expect(splitSrvOwner('_sip._tls.')).toBeUndefined();
  });
  it('normalises service keys written by users', () => {
    expect(normaliseService('_SIP._TLS.')).toBe('_sip._tls');
  });
});

describe('ipLiteralIn', () => {
  it('finds an address written absolute', () => {
    expect(ipLiteralIn('192.168.1.10.', 'contoso.com.')).toBe('192.168.1.10');
    expect(ipLiteralIn('2001:db8::1.', 'contoso.com.')).toBe('2001:db8::1');
  });
  it('finds an address that had the origin appended', () => {
    expect(ipLiteralIn('192.168.1.10.contoso.com.', 'contoso.com.')).toBe('192.168.1.10');
    expect(ipLiteralIn('fe80::5.contoso.com.', 'contoso.com.')).toBe('fe80::5');
    expect(ipLiteralIn('::1.contoso.com.', 'contoso.com.')).toBe('::1');
  });
  it('leaves host names alone, even numeric-looking ones', () => {
    expect(ipLiteralIn('pool.contoso.com.', 'contoso.com.')).toBeUndefined();
    expect(ipLiteralIn('10.pool.contoso.com.', 'contoso.com.')).toBeUndefined();
    expect(ipLiteralIn('1.2.3.contoso.com.', 'contoso.com.')).toBeUndefined();
    expect(ipLiteralIn('contoso.com.', 'contoso.com.')).toBeUndefined();
    expect(ipLiteralIn('192.168.1.10.example.net.', 'contoso.com.')).toBeUndefined();
    expect(ipLiteralIn('face.contoso.com.', 'contoso.com.')).toBeUndefined();
    expect(ipLiteralIn('host-1.contoso.com.', 'contoso.com.')).toBeUndefined();
  });
});
