import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dnsServerAddress, parseConnectTo } from '../../src/model/probe-addresses.js';

describe('dnsServerAddress', () => {
  it('takes IP addresses with an optional port, in the form the resolver takes', () => {
    expect(dnsServerAddress('192.0.2.53')).toBe('192.0.2.53');
    expect(dnsServerAddress('127.0.0.1:5353')).toBe('127.0.0.1:5353');
    expect(dnsServerAddress('2001:db8::53')).toBe('2001:db8::53');
    expect(dnsServerAddress('[2001:db8::53]:5353')).toBe('[2001:db8::53]:5353');
    expect(dnsServerAddress('[::1]')).toBe('::1');
  });
  it('refuses host names, bad ports and junk, saying why', () => {
    expect((dnsServerAddress('ns1.contoso.com') as Error).message).toBe("a DNS server is an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353), not 'ns1.contoso.com'");
    expect((dnsServerAddress('127.0.0.1:0') as Error).message).toBe("the port of DNS server '127.0.0.1:0' is not a number from 1 to 65535");
    expect(dnsServerAddress('127.0.0.1:65536')).toBeInstanceOf(Error);
    expect(dnsServerAddress('127.0.0.1:53:53')).toBeInstanceOf(Error);
    expect(dnsServerAddress('')).toBeInstanceOf(Error);
  });
  it('never throws, and what it accepts it accepts again unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 70000 })).map(([a, port]) => `${a}:${port}`), fc.ipV6()), (text) => {
        const once = dnsServerAddress(text);
        if (once instanceof Error) return;
        expect(dnsServerAddress(once)).toBe(once);
      }),
    );
  });
});

describe('parseConnectTo', () => {
  it("reads curl's HOST:PORT:ADDRESS:PORT2, any part empty", () => {
    expect(parseConnectTo('sip.contoso.com:443:127.0.0.1:8443')).toEqual({ host: 'sip.contoso.com', port: 443, address: '127.0.0.1', toPort: 8443 });
    expect(parseConnectTo('::192.0.2.10:')).toEqual({ address: '192.0.2.10' });
    expect(parseConnectTo('SBC.Contoso.com.:5061:[2001:db8::1]:5062')).toEqual({ host: 'sbc.contoso.com', port: 5061, address: '2001:db8::1', toPort: 5062 });
    expect(parseConnectTo(':::')).toEqual({});
  });
  it('refuses a host name to connect to, bad ports, and other shapes', () => {
    expect((parseConnectTo('a:443:evil.example:443') as Error).message).toBe("--connect-to 'a:443:evil.example:443': the address to connect to must be an IP address, not 'evil.example'");
    expect(parseConnectTo('a:70000::')).toBeInstanceOf(Error);
    expect(parseConnectTo('a:443')).toBeInstanceOf(Error);
  });
  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseConnectTo(text)));
  });
});
