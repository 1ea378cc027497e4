/**
 * Data syntax BIND checks for types kept as text, and what the parser gives when a record
 * cannot be read: one diagnostic per file for what repeats on every line (a template, a
 * zone with no origin, a server's own type), and the owner kept as a name that exists.
 */
import { parse, one, problems } from './helpers.js';

const SOA = '@ 3600 IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 300\n';

function dataOf(text: string): string {
  return (one(text).data as { text: string }).text;
}

function codes(text: string): string[] {
  return parse(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}

describe('RRSIG times', () => {
  it('reads years before 1970 as RFC 4034 writes them (0001-9999), kept modulo 2^32 as BIND keeps them', () => {
    const rrsig = (expiration: string) => dataOf(`x 60 IN RRSIG A 8 3 60 ${expiration} 20100221180048 30323 example.com. YWJjZA==\n`);
    expect(rrsig('00100227180048')).toMatch(/^A 8 3 60 20510909190448 20100221180048 /);
    expect(rrsig('19691231235959')).toMatch(/^A 8 3 60 21060207062815 /);
    expect(rrsig('2010')).toMatch(/^A 8 3 60 19700101003330 /);
  });

  it('still refuses what is not a date', () => {
    expect(codes('x 60 IN RRSIG A 8 3 60 20100230000000 20100221180048 30323 example.com. YWJjZA==\n')).toEqual(['1:24 error zone/bad-rdata']);
  });
});

describe('types with a syntax of their own', () => {
  it('NSAP: 0x and whole octets of hex, dots allowed; printed as BIND prints it', () => {
    expect(dataOf('x 60 IN NSAP 0x47.0005.80.005a00.0000....0001.e133.ffffff000162.00\n')).toBe('0x47000580005a0000000001e133ffffff00016200');
    expect(codes('x 60 IN NSAP 0x47000580005a0000000001e133ffffff000161000\n')).toEqual(['1:14 error zone/bad-rdata']);
    expect(codes('x 60 IN NSAP 0x\n')).toEqual(['1:14 error zone/bad-rdata']);
    expect(codes('x 60 IN NSAP\n')).toEqual(['1:13 error zone/missing-rdata']);
  });

  it('NSEC3: the next hashed owner of SHA-1 is 20 octets', () => {
    expect(dataOf('x 60 IN NSEC3 1 0 10 76931F AJHVGTICN6K0VDA53GCHFMT219SRRQLM A RRSIG\n')).toBe('1 0 10 76931F AJHVGTICN6K0VDA53GCHFMT219SRRQLM A RRSIG');
    // A `;` cut the hash short: BIND says "out of range".
    expect(codes('x 60 IN NSEC3 1 0 10 76931F IMQ912BREQP1POLAH3RMONG;UED541AS A RRSIG\n')).toEqual(['1:29 error zone/bad-rdata']);
  });

  it('SVCB: every key `mandatory` lists is present', () => {
    expect(codes('x 60 IN SVCB 1 . mandatory=alpn\n')).toEqual(['1:18 error zone/bad-rdata']);
    expect(one('x 60 IN SVCB 1 . mandatory=alpn alpn=h2\n').data).toEqual({ priority: 1, target: '.', params: [{ key: 'mandatory', value: 'alpn' }, { key: 'alpn', value: 'h2' }] });
  });

  it('types without a text form take RFC 3597 generic data only', () => {
    expect(codes('x 60 IN TYPE65000 abc\n')).toEqual(['1:19 error zone/generic-required']);
    expect(codes('x 60 IN NULL abc\n')).toEqual(['1:14 error zone/generic-required']);
    expect(codes('x 60 IN TYPE103 ^# 1 00\n')).toEqual(['1:17 error zone/generic-required']);
    expect(one('x 60 IN TYPE65000 \\# 1 00\n').data).toEqual({ hex: '00' });
  });

  it('empty data is refused where the type needs some (APL may be empty)', () => {
    expect(codes('x 60 IN EID\n')).toEqual(['1:12 error zone/missing-rdata']);
    expect(codes('x 60 IN GPOS\n')).toEqual(['1:13 error zone/missing-rdata']);
    expect(codes('x 60 IN APL\n')).toEqual([]);
    expect(codes('x 60 IN ISDN "150862028003217"\n')).toEqual([]);
  });

  it('EID and NIMLOC are hex, printed the same from generic data', () => {
    expect(dataOf('x 60 IN EID aa\n')).toBe('AA');
    expect(dataOf('x 60 IN EID \\# 1 aa\n')).toBe('AA');
  });

  it('WKS services by name are printed as numbers, as BIND prints them', () => {
    expect(dataOf('x 60 IN WKS 1.2.3.4 udp domain\n')).toBe('1.2.3.4 17 53');
    expect(dataOf('x 60 IN WKS 1.2.3.4 6 smtp 21 telnet\n')).toBe('1.2.3.4 6 21 23 25');
    // A service name the server finds in its own services database is kept as written.
    expect(dataOf('x 60 IN WKS 1.2.3.4 tcp some-local-service\n')).toBe('1.2.3.4 tcp some-local-service');
  });

  it('MD and MF are obsolete: BIND refuses the zone', () => {
    expect(codes('x 60 IN MD mail.example.com.\nx 60 IN MF mail.example.com.\n')).toEqual(['1:12 error zone/obsolete-type', '2:12 error zone/obsolete-type']);
  });
});

describe('records that cannot be read', () => {
  it('keep their owner as a name that exists, with data not known', () => {
    const result = parse(`${SOA}pcscf 60 IN A 300.1.1.1\n_sip._udp 60 IN SRV 0 0 5060 pcscf\n`);
    expect(problems(result)).toEqual([{ code: 'zone/bad-address', line: 2, column: 15, severity: 'error' }]);
    expect(result.zone.unreadOwners).toEqual(['pcscf.example.com.']);
    expect(result.zone.records.map((r) => r.type)).toEqual(['SOA', 'SRV']);
  });

  it('a template is one note for the file, naming the styles and counting the lines; names with placeholders are not records yet', () => {
    const text = [
      SOA.trimEnd(),
      'pcscf 60 IN A PCSCF_IP',
      'icscf 60 IN A ICSCF_IP',
      '_sip._udp 60 IN SRV 0 0 5060 {{ sip_host }}',
      'www 60 IN A 192.0.2.80',
      '{{ host }} 60 IN A 192.0.2.81',
      '',
    ].join('\n');
    const result = parse(text);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      "2:1 info zone/template-placeholder this file is a template: 4 lines hold placeholders (UPPER_CASE, such as 'PCSCF_IP'; {{name}}, such as '{{ sip_host }}'); the records on them were not checked",
    ]);
    expect(result.zone.records.map((r) => `${r.name} ${r.type}`)).toEqual(['example.com. SOA', 'www.example.com. A']);
    // The owners of the template lines exist; a placeholder owner is no name.
    expect(result.zone.unreadOwners).toEqual(['pcscf.example.com.', 'icscf.example.com.', '_sip._udp.example.com.']);
  });

  it.each([
    ['${NAME}', 'www 60 IN A ${WWW_ADDRESS}'],
    ['@NAME@', 'www 60 IN A @WWW_ADDRESS@'],
    ['<NAME>', 'www 60 IN A <address>'],
    ['%NAME%', 'www 60 IN A %WWW_ADDRESS%'],
  ])('placeholder style %s', (style, line) => {
    const result = parse(`${SOA}${line}\n`);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['zone/template-placeholder']);
    expect(result.diagnostics[0].message).toContain(`(${style}, such as`);
  });

  it('with no origin, the first relative name says so and counts the others', () => {
    const result = parse('@ 60 IN SOA ns1 hostmaster 1 2 3 4 5\nwww 60 IN A 192.0.2.1\nftp 60 IN A 192.0.2.2\n', { origin: undefined });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      "1:1 zone/relative-name-without-origin relative name with no origin known (add $ORIGIN or write the name with a trailing dot): '@' (and 2 more relative names in this file)",
    ]);
  });

  it("PowerDNS's own LUA records are said once per file, not as syntax errors", () => {
    const result = parse(`${SOA}www 60 IN LUA A "ifportup(443, {'192.0.2.1'})"\napi 60 IN LUA A "pickrandom({'192.0.2.2'})"\n`);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      "2:11 warning zone/server-specific-type LUA is PowerDNS's own record type: BIND and other servers refuse it, and records of it are not checked (2 records in this file)",
    ]);
    expect(result.zone.unreadOwners).toEqual(['www.example.com.', 'api.example.com.']);
  });

  it('a part included twice counts its lines once', () => {
    const part = "www 60 IN LUA A \"ifportup(443, {'192.0.2.1'})\"\napi 60 IN LUA A \"pickrandom({'192.0.2.2'})\"\n";
    const result = parse(`${SOA}$INCLUDE lua.zone\n$INCLUDE lua.zone sub.example.com.\n`, { includeReader: () => ({ file: 'lua.zone', text: part }) });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      "lua.zone:1 LUA is PowerDNS's own record type: BIND and other servers refuse it, and records of it are not checked (2 records in this file)",
    ]);
    expect(result.zone.unreadOwners).toEqual(['www.example.com.', 'api.example.com.', 'www.sub.example.com.', 'api.sub.example.com.']);
  });
});
