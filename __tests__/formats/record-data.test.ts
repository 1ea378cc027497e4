import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { recordDataFromText } from '../../src/formats/zone/record-data.js';

describe('recordDataFromText: record data written as text, read as a zone file reads it', () => {
  it.each([
    ['SRV', '1 100 5061 sipfed.online.lync.com', '.', { priority: 1, weight: 100, port: 5061, target: 'sipfed.online.lync.com.' }],
    ['SRV', '100 1 443 SIPDIR.online.lync.com.', '.', { priority: 100, weight: 1, port: 443, target: 'sipdir.online.lync.com.' }],
    ['MX', '0 contoso-com.mail.protection.outlook.com', '.', { preference: 0, exchange: 'contoso-com.mail.protection.outlook.com.' }],
    ['MX', '10 mail', 'contoso.com.', { preference: 10, exchange: 'mail.contoso.com.' }],
    ['CAA', '0 issue "digicert.com"', '.', { flags: 0, tag: 'issue', value: 'digicert.com' }],
    ['A', '192.0.2.1', '.', { address: '192.0.2.1' }],
    ['aaaa', '2001:DB8::1', '.', { address: '2001:db8::1' }],
    ['CNAME', 'sipdir.online.lync.com', '.', { target: 'sipdir.online.lync.com.' }],
    ['TXT', '"v=spf1 include:spf.protection.outlook.com -all"', '.', { strings: ['v=spf1 include:spf.protection.outlook.com -all'] }],
  ])('%s %s (origin %s)', (type, text, origin, data) => {
    expect(recordDataFromText(type, text, origin)).toEqual({ data });
  });

  it.each([
    ['SRV', '', 'missing SRV priority', 0, 0],
    ['SRV', '1 100 sipfed.online.lync.com', "bad SRV port 'sipfed.online.lync.com'", 6, 28],
    ['SRV', '1 100 5061', 'missing SRV target', 10, 10],
    ['A', '192.0.2.1 192.0.2.2', "unexpected '192.0.2.2' after the record data", 10, 19],
    ['A', '192.0.2.1,192.0.2.2', "bad IPv4 address '192.0.2.1,192.0.2.2'", 0, 19],
    ['A', '192.0.2.1 ; 192.0.2.2', "holds ';', which a zone file reads as the start of a comment", 10, 21],
    ['A', '192.0.2.1\nevil A 192.0.2.66', 'holds a line break', 9, 10],
    ['SRV', '1 100 5061 {{ sip_target }}', 'holds a template placeholder', 0, 0],
    ['MX', 'ten mail.contoso.com', "bad MX preference 'ten'", 0, 3],
    ['SOA', 'ns1 hostmaster 1 2 3 4 5', 'SOA is not a record type a value can hold', 0, 0],
    ['NOPE', 'x', 'NOPE is not a record type a value can hold', 0, 0],
  ])('%s %j is refused: %s', (type, text, message, start, end) => {
    expect(recordDataFromText(type, text)).toEqual({ problem: { message, start, end } });
  });

  it('gives back the fields of any SRV record it is given, and never throws on any text', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(
      fc.property(fc.nat(65535), fc.nat(65535), fc.nat(65535), fc.array(label, { minLength: 1, maxLength: 4 }), (priority, weight, port, labels) => {
        const target = `${labels.join('.')}.`;
        expect(recordDataFromText('SRV', `${priority} ${weight} ${port} ${target}`)).toEqual({ data: { priority, weight, port, target } });
      }),
      { seed: 20261207, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.constantFrom('A', 'AAAA', 'SRV', 'MX', 'TXT', 'CAA', 'CNAME', 'NS'), fc.string({ maxLength: 80 }), (type, text) => {
        const result = recordDataFromText(type, text);
        if ('problem' in result) {
          expect(result.problem.start).toBeGreaterThanOrEqual(0);
          expect(result.problem.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });
});
