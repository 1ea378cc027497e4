import { parseZone, formatRecord, rdataText, looksLikeZone } from '../../../src/formats/zone/loader.js';
import { parse, records, one, problems } from './helpers.js';

const SOA = '@ 3600 IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 300\n';

describe('owner names', () => {
  it('appends the origin to relative names and lower-cases', () => {
    expect(one('WWW.Sub 60 IN A 192.0.2.1\n').name).toBe('www.sub.example.com.');
  });
  it('keeps absolute names as written (lower-cased)', () => {
    expect(one('Host.Sub.Example.COM. 60 IN A 192.0.2.1\n').name).toBe('host.sub.example.com.');
    expect(one('Host.Other.NET. 60 IN A 192.0.2.1\n', { origin: '.' }).name).toBe('host.other.net.');
  });
  it('reads @ as the origin', () => {
    expect(one('@ 60 IN A 192.0.2.1\n').name).toBe('example.com.');
  });
  it('reads . as the root', () => {
    expect(one('. 60 IN NS a.root-servers.net.\n', { origin: '.' }).name).toBe('.');
  });
  it('repeats the previous owner for a line starting with whitespace', () => {
    const r = records(parse('www 60 IN A 192.0.2.1\n\t60 IN AAAA 2001:db8::1\n'));
    expect(r.map((x) => x.name)).toEqual(['www.example.com.', 'www.example.com.']);
  });
  it('keeps escaped dots inside a label', () => {
    expect(one('a\\.b 60 IN A 192.0.2.1\n').name).toBe('a\\.b.example.com.');
  });
  it('decodes \\DDD and prints printable octets plainly', () => {
    expect(one('A\\066c 60 IN A 192.0.2.1\n').name).toBe('abc.example.com.');
  });
  it('prints spaces and specials in names with BIND escapes', () => {
    expect(one('a\\032b 60 IN A 192.0.2.1\n').name).toBe('a\\032b.example.com.');
    expect(one('x\\@y 60 IN A 192.0.2.1\n').name).toBe('x\\@y.example.com.');
  });
  it('escapes non-ASCII characters as their UTF-8 octets', () => {
    expect(one('caf\u00e9 60 IN A 192.0.2.1\n').name).toBe('caf\\195\\169.example.com.');
  });
  it('accepts a label of 63 octets', () => {
    expect(one(`${'a'.repeat(63)} 60 IN A 192.0.2.1\n`).name).toBe(`${'a'.repeat(63)}.example.com.`);
  });
});

describe('directives', () => {
  it('$ORIGIN changes the origin for what follows', () => {
    const r = records(parse('$ORIGIN other.org.\nwww 60 IN A 192.0.2.1\n'));
    expect(r[0].name).toBe('www.other.org.');
  });
  it('a relative $ORIGIN is relative to the current origin', () => {
    const r = records(parse('$ORIGIN sub\nwww 60 IN A 192.0.2.1\n'));
    expect(r[0].name).toBe('www.sub.example.com.');
  });
  it('$TTL sets the default TTL', () => {
    expect(records(parse('$TTL 120\nwww IN A 192.0.2.1\n'))[0].ttl).toBe(120);
  });
  it('$TTL accepts units in any case', () => {
    expect(records(parse('$TTL 1w2D3h4M5s\nwww IN A 192.0.2.1\n'))[0].ttl).toBe(604800 + 2 * 86400 + 3 * 3600 + 4 * 60 + 5);
  });
  it('directives are case-insensitive', () => {
    expect(records(parse('$ttl 99\n$origin x.net.\nwww IN A 192.0.2.1\n'))[0]).toMatchObject({ ttl: 99, name: 'www.x.net.' });
  });
  it('an unknown directive is reported at its token', () => {
    const result = parse('$FOO bar\nwww 60 IN A 192.0.2.1\n');
    expect(problems(result)).toEqual([{ code: 'zone/unknown-directive', line: 1, column: 1, severity: 'error' }]);
    expect(result.zone.records).toHaveLength(1);
  });
  it('a directive after leading whitespace is not a directive (as in BIND)', () => {
    const result = parse('www 60 IN A 192.0.2.1\n $TTL 5\n');
    expect(problems(result)).toEqual([{ code: 'zone/unknown-type', line: 2, column: 2, severity: 'error' }]);
  });
});

describe('TTL and class', () => {
  it('reads TTL then class', () => {
    expect(one('www 60 IN A 192.0.2.1\n')).toMatchObject({ ttl: 60, class: 'IN' });
  });
  it('reads class then TTL', () => {
    expect(one('www IN 60 A 192.0.2.1\n')).toMatchObject({ ttl: 60, class: 'IN' });
  });
  it('reads TTL units on records', () => {
    expect(one('www 1h30m IN A 192.0.2.1\n').ttl).toBe(5400);
  });
  it('defaults the class to IN', () => {
    expect(one('www 60 A 192.0.2.1\n').class).toBe('IN');
  });
  it('maps CLASS1 to IN', () => {
    expect(one('www 60 CLASS1 A 192.0.2.1\n').class).toBe('IN');
  });
  it('without $TTL, a record without TTL takes the last explicit TTL (RFC 1035)', () => {
    const r = records(parse('a 100 IN A 192.0.2.1\nb IN A 192.0.2.2\nc 200 IN A 192.0.2.3\nd IN A 192.0.2.4\n'));
    expect(r.map((x) => x.ttl)).toEqual([100, 100, 200, 200]);
  });
  it('$TTL wins over the last explicit TTL', () => {
    const r = records(parse('$TTL 50\na 100 IN A 192.0.2.1\nb IN A 192.0.2.2\n'));
    expect(r.map((x) => x.ttl)).toEqual([100, 50]);
  });
  it('an SOA without any TTL known takes its minimum, which becomes the default (BIND)', () => {
    const r = records(parse('@ IN SOA ns1 h 1 2 3 4 300\nNS ns1\na 100 IN A 192.0.2.1\nb IN A 192.0.2.2\n'.replace('NS', '  NS')));
    expect(r.map((x) => x.ttl)).toEqual([300, 300, 100, 300]);
  });
  it('a TTL above 2^31-1 is a warning and becomes 0 (BIND)', () => {
    const result = parse('www 2147483648 IN A 192.0.2.1\n');
    expect(problems(result)).toEqual([{ code: 'zone/ttl-too-large', line: 1, column: 5, severity: 'warning' }]);
    expect(result.zone.records[0].ttl).toBe(0);
  });
  it('a record with no TTL from anywhere is an error but is kept', () => {
    const result = parse('www IN A 192.0.2.1\n');
    expect(problems(result)).toEqual([{ code: 'zone/no-ttl', line: 1, column: 8, severity: 'error' }]);
    expect(result.zone.records).toHaveLength(1);
  });
});

describe('layout', () => {
  it('joins lines inside parentheses and ignores comments', () => {
    const r = one('@ 60 IN SOA ns1 hostmaster ( 1 ; serial\n   2 ; refresh\n   3 4 5 ) ; end\n');
    expect(r.data).toEqual({ mname: 'ns1.example.com.', rname: 'hostmaster.example.com.', serial: 1, refresh: 2, retry: 3, expire: 4, minimum: 5 });
    expect(r.loc).toEqual({ file: 'test.zone', line: 1, column: 1, endLine: 3, endColumn: 9 });
  });
  it('does not treat ; inside quotes as a comment', () => {
    expect(one('t 60 IN TXT "a;b" ; c\n').data).toEqual({ strings: ['a;b'] });
  });
  it('reads CRLF line endings', () => {
    const r = records(parse('a 60 IN A 192.0.2.1\r\nb 60 IN A 192.0.2.2\r\n'));
    expect(r.map((x) => [x.name, x.loc.line])).toEqual([['a.example.com.', 1], ['b.example.com.', 2]]);
  });
  it('reads CR line endings', () => {
    const r = records(parse('a 60 IN A 192.0.2.1\rb 60 IN A 192.0.2.2\r'));
    expect(r.map((x) => [x.name, x.loc.line])).toEqual([['a.example.com.', 1], ['b.example.com.', 2]]);
  });
  it('reads a last line without a line break', () => {
    expect(one('a 60 IN A 192.0.2.1').data).toEqual({ address: '192.0.2.1' });
  });
  it('skips a byte-order mark and counts columns after it', () => {
    expect(one('\ufeffa 60 IN A 192.0.2.1\n').loc).toEqual({ file: 'test.zone', line: 1, column: 1, endLine: 1, endColumn: 20 });
  });
  it('gives each record the range from its first to its last token', () => {
    const r = records(parse('a 60 IN A 192.0.2.1\n  60 IN TXT "x y"  ; c\n'));
    expect(r[0].loc).toEqual({ file: 'test.zone', line: 1, column: 1, endLine: 1, endColumn: 20 });
    expect(r[1].loc).toEqual({ file: 'test.zone', line: 2, column: 3, endLine: 2, endColumn: 18 });
  });
  it('keeps exact columns on very long lines', () => {
    const pad = ' '.repeat(70000);
    const result = parse(`a 60 IN A 192.0.2.1\n${pad}60 IN A 192.0.2.2${pad}\n`, { limits: { lineLength: 1 << 20 } });
    expect(result.diagnostics).toEqual([]);
    expect(records(result)[1].loc).toEqual({ file: 'test.zone', line: 2, column: 70001, endLine: 2, endColumn: 70018 });
    const wideEnd = records(parse(`a 60 IN TXT "x"${pad}"y"\n`, { limits: { lineLength: 1 << 20 } }))[0];
    expect(wideEnd.loc).toEqual({ file: 'test.zone', line: 1, column: 1, endLine: 1, endColumn: 70019 });
  });
  it('gives the zone the range of the whole file', () => {
    expect(parse('a 60 IN A 192.0.2.1\nbb 60 IN A 192.0.2.2\n').zone.loc).toEqual({ file: 'test.zone', line: 1, column: 1, endLine: 2, endColumn: 21 });
    expect(parse('a 60 IN A 192.0.2.1\nb').zone.loc).toEqual({ file: 'test.zone', line: 1, column: 1, endLine: 2, endColumn: 2 });
  });
});

describe('typed data', () => {
  it('A', () => expect(one('a 60 IN A 192.0.2.1\n').data).toEqual({ address: '192.0.2.1' }));
  it('AAAA in compressed canonical form', () => {
    expect(one('a 60 IN AAAA 2001:DB8:0:0:0:0:0:1\n').data).toEqual({ address: '2001:db8::1' });
    expect(one('a 60 IN AAAA ::FFFF:192.0.2.1\n').data).toEqual({ address: '::ffff:192.0.2.1' });
    expect(one('a 60 IN AAAA 2001:0:0:1:0:0:0:1\n').data).toEqual({ address: '2001:0:0:1::1' });
  });
  it('NS, CNAME, DNAME, PTR with relative targets', () => {
    expect(one('a 60 IN NS ns1\n').data).toEqual({ target: 'ns1.example.com.' });
    expect(one('a 60 IN CNAME www\n').data).toEqual({ target: 'www.example.com.' });
    expect(one('a 60 IN DNAME other.net.\n').data).toEqual({ target: 'other.net.' });
    expect(one('a 60 IN PTR @\n').data).toEqual({ target: 'example.com.' });
  });
  it('MX', () => expect(one('a 60 IN MX 10 mail\n').data).toEqual({ preference: 10, exchange: 'mail.example.com.' }));
  it('SRV, also across lines', () => {
    const r = one('_sip._tls 60 IN SRV ( 100 1\n 443 sip )\n');
    expect(r.data).toEqual({ priority: 100, weight: 1, port: 443, target: 'sip.example.com.' });
    expect(r.loc).toMatchObject({ line: 1, endLine: 2, endColumn: 9 });
  });
  it('SOA with timer units', () => {
    expect(one('@ 60 IN SOA ns1.x. h.x. 5 1h 15m 1w 1d\n').data).toEqual({ mname: 'ns1.x.', rname: 'h.x.', serial: 5, refresh: 3600, retry: 900, expire: 604800, minimum: 86400 });
  });
  it('NAPTR', () => {
    expect(one('@ 60 IN NAPTR 100 10 "S" "SIP+D2T" "" _sip._tcp\n').data).toEqual({
      order: 100,
      preference: 10,
      flags: 'S',
      service: 'SIP+D2T',
      regexp: '',
      replacement: '_sip._tcp.example.com.',
    });
  });
  it('TXT with several strings, unquoted words and escapes', () => {
    expect(one('t 60 IN TXT "a \\"b\\"" plain "c\\\\d" "\\065"\n').data).toEqual({ strings: ['a "b"', 'plain', 'c\\d', 'A'] });
  });
  it('TXT with octets that are not UTF-8 keeps them as latin1 and says so', () => {
    expect(one('t 60 IN TXT "\\233" "\u00e9"\n').data).toEqual({ strings: ['\u00e9', '\u00c3\u00a9'], latin1: true });
  });
  it('TXT with UTF-8 text', () => {
    expect(one('t 60 IN TXT "caf\\195\\169" "na\u00efve"\n').data).toEqual({ strings: ['caf\u00e9', 'na\u00efve'] });
  });
  it('TXT keeps a leading byte-order mark as data, so its printed form reads back the same', () => {
    // Found by the fuzz properties: the UTF-8 decoder dropped U+FEFF at the start of a string.
    const record = parse('t 60 IN TXT "\\239\\187\\191x" "\uFEFF"\n').zone.records[0];
    expect(record.data).toEqual({ strings: ['\uFEFFx', '\uFEFF'] });
    expect(formatRecord(record)).toBe('t.example.com. 60 IN TXT "\\239\\187\\191x" "\\239\\187\\191"');
    expect(one(formatRecord(record) + '\n').data).toEqual(record.data);
  });
  it('TXT holds a lone surrogate (text decoded from UTF-16) as the U+FFFD its octets are', () => {
    // Found by the fuzz properties: the unescaped string kept the surrogate, which printed as U+FFFD.
    const record = parse('t 60 IN TXT a\ud800b\n').zone.records[0];
    expect(record.data).toEqual({ strings: ['a\ufffdb'] });
    expect(one(formatRecord(record) + '\n').data).toEqual(record.data);
  });
  it('a quoted name holding ( ) ; or " keeps them escaped, so the printed record reads back', () => {
    // Found by the fuzz properties: `$ORIGIN "("` gave the name '(.' and printed it bare.
    const record = parse('$ORIGIN "a(b);c\\"d"\nx 60 IN A 192.0.2.1\n').zone.records[0];
    expect(record.name).toBe('x.a\\(b\\)\\;c\\"d.example.com.');
    const again = one(formatRecord(record) + '\n');
    expect(again.name).toBe(record.name);
  });
  it('SPF is read like TXT', () => expect(one('t 60 IN SPF "v=spf1 -all"\n').data).toEqual({ strings: ['v=spf1 -all'] }));
  it('CAA', () => expect(one('@ 60 IN CAA 0 issue "ca.example.net; x=1"\n').data).toEqual({ flags: 0, tag: 'issue', value: 'ca.example.net; x=1' }));
  it('TLSA with hex split over tokens, lower-cased', () => {
    expect(one('_443._tcp 60 IN TLSA 3 1 1 ( ABCD\n 0123 )\n').data).toEqual({ usage: 3, selector: 1, matchingType: 1, data: 'abcd0123' });
  });
  it('SVCB/HTTPS parameters, sorted by key, canonical values', () => {
    expect(one('a 60 IN HTTPS 1 . port=8443 alpn="h2,h3" ipv6hint=2001:DB8:0::1 mandatory=port,alpn no-default-alpn key65000=x\n').data).toEqual({
      priority: 1,
      target: '.',
      params: [
        { key: 'mandatory', value: 'alpn,port' },
        { key: 'alpn', value: 'h2,h3' },
        { key: 'no-default-alpn' },
        { key: 'port', value: '8443' },
        { key: 'ipv6hint', value: '2001:db8::1' },
        { key: 'key65000', value: 'x' },
      ],
    });
  });
  it('SVCB alias form', () => expect(one('a 60 IN SVCB 0 svc.example.net.\n').data).toEqual({ priority: 0, target: 'svc.example.net.', params: [] }));
  it('other types are kept as text, names made absolute', () => {
    expect(one('a 60 IN HINFO PC "Linux 6"\n')).toMatchObject({ type: 'HINFO', data: { text: '"PC" "Linux 6"' } });
    expect(one('a 60 IN RP admin txt\n').data).toEqual({ text: 'admin.example.com. txt.example.com.' });
    expect(one('a 60 IN SSHFP 1 9 dd465c09\n').data).toEqual({ text: '1 9 DD465C09' });
  });
});

describe('types checked and printed as BIND prints them', () => {
  const text = (line: string) => (one(line).data as { text: string }).text;
  it('DS family: algorithm mnemonics as numbers, digest upper-case in 56-character chunks', () => {
    expect(text(`a 60 IN DS 60485 RSASHA256 2 ${'ab'.repeat(32)}\n`)).toBe(`60485 8 2 ${'AB'.repeat(28)} ${'AB'.repeat(4)}`);
    expect(text('a 60 IN CDS 0 0 0 00\n')).toBe('0 0 0 00');
  });
  it('keys and signatures: base64 joined across tokens and chunked', () => {
    const key = 'AwEAAc'.repeat(12);
    expect(text(`a 60 IN DNSKEY 257 3 ECDSAP256SHA256 ( ${key.slice(0, 30)}\n ${key.slice(30)} )\n`)).toBe(`257 3 13 ${key.slice(0, 56)} ${key.slice(56)}`);
    expect(text('a 60 IN KEY 49152 3 8\n')).toBe('49152 3 8');
    expect(text('a 60 IN RRSIG a 8 2 300 1893456000 20240101000000 1 example.com. AAAA\n')).toBe(
      'A 8 2 300 20300101000000 20240101000000 1 example.com. AAAA',
    );
  });
  it('NSEC and NSEC3: type lists in code order without repeats, base32hex upper-case', () => {
    expect(text('a 60 IN NSEC next TXT A a TYPE1 NS\n')).toBe('next.example.com. A NS TXT');
    expect(text('a 60 IN NSEC3 1 1 10 aabb 2t7b4g4vsa5smi47k61mv5bv1a22bojr\n')).toBe('1 1 10 AABB 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR');
    expect(text('a 60 IN NSEC3PARAM 1 0 0 -\n')).toBe('1 0 0 -');
  });
  it('CERT, URI, EUI, LOC', () => {
    expect(text('a 60 IN CERT 1 2 8 AAAA\n')).toBe('PKIX 2 RSASHA256 AAAA');
    expect(text('a 60 IN URI 10 1 "https://x/"\n')).toBe('10 1 "https://x/"');
    expect(text('a 60 IN EUI48 00-00-5E-00-53-2A\n')).toBe('00-00-5e-00-53-2a');
    expect(text('a 60 IN LOC 52 N 4 E 0\n')).toBe('52 0 0.000 N 4 0 0.000 E 0.00m 1m 10000m 10m');
    expect(text('a 60 IN LOC 42 21 54.5 N 71 06 18 W -24m 30m\n')).toBe('42 21 54.500 N 71 6 18.000 W -24.00m 30m 10000m 10m');
  });
  it('generic data of a base64 type prints as base64', () => {
    expect(one('a 60 IN OPENPGPKEY \\# 2 abcd\n').data).toEqual({ text: 'q80=' });
  });
});

describe('mnemonics', () => {
  it('reads the newer and the obsolete mnemonics BIND knows', () => {
    for (const type of ['BRID', 'HHIT', 'WALLET', 'SINK', 'NINFO', 'A6', 'NXT']) {
      expect(one(`a 60 IN ${type} \\# 1 00\n`).type).toBe(type);
    }
    expect(one('a 60 IN KEYDATA \\# 1 00\n').type).toBe('TYPE65533');
  });
});

describe('TXT and \\#', () => {
  it('reads \\# as the string # when no length follows, as BIND does', () => {
    expect(one('a 60 IN TXT \\# text\n').data).toEqual({ strings: ['#', 'text'] });
    expect(one('a 60 IN TXT \\#\n').data).toEqual({ strings: ['#'] });
    expect(one('a 60 IN TXT \\# 0x10\n').data).toEqual({ strings: ['#', '0x10'] });
  });
  it('reads generic data split across tokens and lines', () => {
    expect(one('a 60 IN TXT \\# 2 ( 01\n 41 )\n').data).toEqual({ strings: ['A'] });
    expect(one('a 60 IN TYPE65000 \\# 3 0 10 203\n').data).toEqual({ hex: '010203' });
    expect(one('a 60 IN TYPE65000 \\# 0 ( )\n').data).toEqual({ hex: '' });
  });
});

describe('$DATE', () => {
  it('is read and ignored', () => {
    const result = parse('$DATE 20240229235960\na 60 IN A 192.0.2.1\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.zone.records).toHaveLength(1);
  });
  it('refuses what BIND refuses', () => {
    for (const bad of ['2024010100000', '19691231235959', '21070101000000', '20240101240000', '"20240101000000"']) {
      expect(problems(parse(`$DATE ${bad}\n`)).map((p) => p.code)).toEqual(['zone/bad-number']);
    }
    expect(problems(parse('$DATE 20240101000000 extra\n')).map((p) => p.code)).toEqual(['zone/extra-tokens']);
  });
});

describe('$GENERATE as BIND reads it', () => {
  const names = (text: string) => parse(text).zone.records.map((r) => r.name);
  it('negative offsets: signed in decimal, unsigned 32-bit in other bases', () => {
    expect(names('$GENERATE 0-1 h${-1} A 10.0.0.1\n')).toEqual(['h-1.example.com.', 'h0.example.com.']);
    expect(names('$GENERATE 1-1 h${-976,5} A 10.0.0.1\n')).toEqual(['h-0975.example.com.']);
    expect(names('$GENERATE 1-1 h${-976,0,x} A 10.0.0.1\n')).toEqual(['hfffffc31.example.com.']);
    expect(names('$GENERATE 1-1 h${-3,0,o} A 10.0.0.1\n')).toEqual(['h37777777776.example.com.']);
    expect(names('$GENERATE 1-1 h${-3,0,n} A 10.0.0.1\n')).toEqual(['he.f.f.f.f.f.f.f.example.com.']);
    const r = parse('$GENERATE 1-3 host$ A 10.0.0.${-1}\n').zone.records;
    expect(r.map((x) => (x.data as { address: string }).address)).toEqual(['10.0.0.0', '10.0.0.1', '10.0.0.2']);
  });
  it('ranges: signs accepted, text after the range ignored, values up to 2^31-1', () => {
    expect(names('$GENERATE +1-2x h$ A 10.0.0.1\n')).toEqual(['h1.example.com.', 'h2.example.com.']);
    expect(names('$GENERATE 1-5/2junk h$ A 10.0.0.1\n')).toEqual(['h1.example.com.', 'h3.example.com.', 'h5.example.com.']);
    expect(names('$GENERATE 2147483647-2147483647 h$ A 10.0.0.1\n')).toEqual(['h2147483647.example.com.']);
    expect(problems(parse('$GENERATE 1-1 h${2147483647} A 10.0.0.1\n')).map((p) => p.code)).toEqual(['zone/bad-generate']);
  });
  it('modifiers: offset wraps to 32 bits, text after the closing brace is kept', () => {
    expect(names('$GENERATE 1-1 h${99999999999} A 10.0.0.1\n')).toEqual(['h1215752192.example.com.']);
    expect(names('$GENERATE 1-1 h${1,3}x} A 10.0.0.1\n')).toEqual(['h002x}.example.com.']);
    for (const bad of ['${1,}', '${1,3,q}', '${1,3,x', '${1,-1}']) {
      expect(problems(parse(`$GENERATE 1-1 h${bad} A 10.0.0.1\n`)).map((p) => p.code)).toEqual(['zone/bad-generate']);
    }
  });
});

describe('out-of-zone data', () => {
  it('is left out with a warning at the record, as servers ignore it', () => {
    const result = parse('$TTL 60\n@ SOA ns h 1 2 3 4 5\nx.example.net. A 192.0.2.1\n\tTXT "same owner"\nin A 192.0.2.2\n');
    expect(result.zone.records.map((r) => `${r.name} ${r.type}`)).toEqual(['example.com. SOA', 'in.example.com. A']);
    expect(problems(result)).toEqual([
      { code: 'zone/out-of-zone', line: 3, column: 1, severity: 'warning' },
      { code: 'zone/out-of-zone', line: 4, column: 2, severity: 'warning' },
    ]);
    expect(result.diagnostics[0].message).toBe('x.example.net. is outside the zone example.com.; servers ignore it');
  });
  it('follows $ORIGIN, $INCLUDE origins and $GENERATE owners', () => {
    const includeReader = () => ({ file: 'part.inc', text: 'p A 192.0.2.9\n' });
    const result = parse(
      '$TTL 60\n@ SOA ns h 1 2 3 4 5\n$ORIGIN example.org.\nx A 192.0.2.1\n$ORIGIN sub.example.com.\ny A 192.0.2.2\n$INCLUDE part.inc example.net.\n$GENERATE 1-2 g$.example.org. A 192.0.2.$\nz A 192.0.2.3\n',
      { includeReader },
    );
    expect(result.zone.records.map((r) => r.name)).toEqual(['example.com.', 'y.sub.example.com.', 'z.sub.example.com.']);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'test.zone:4 zone/out-of-zone',
      'part.inc:1 zone/out-of-zone',
      'test.zone:8 zone/out-of-zone',
      'test.zone:8 zone/out-of-zone',
    ]);
  });
  it('compares whole labels, and checks records read before the origin was known', () => {
    const result = parse('a\\.example.com. 60 A 192.0.2.1\nx.example.net. 60 A 192.0.2.2\nexample.com. 60 SOA ns h 1 2 3 4 5\n', { origin: undefined });
    expect(result.zone.origin).toBe('example.com.');
    expect(result.zone.records.map((r) => r.type)).toEqual(['SOA']);
    expect(problems(result).map((p) => `${p.line} ${p.code}`)).toEqual(['1 zone/out-of-zone', '2 zone/out-of-zone']);
  });
  it('is not judged without a zone origin', () => {
    const result = parse('x.example.net. 60 A 192.0.2.2\n', { origin: undefined });
    expect(result.zone.records).toHaveLength(1);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('RFC 3597', () => {
  it('TYPEnnn with generic data keeps hex', () => {
    const r = one('a 60 IN TYPE65534 \\# 3 ABCDEF\n');
    expect(r).toMatchObject({ type: 'TYPE65534', data: { hex: 'abcdef' }, generic: true });
  });
  it('TYPEnnn of a known type uses the mnemonic', () => expect(one('a 60 IN TYPE1 192.0.2.1\n')).toMatchObject({ type: 'A', data: { address: '192.0.2.1' } }));
  it('generic data of a structured type becomes typed data', () => {
    expect(one('a 60 IN A \\# 4 C0000201\n')).toMatchObject({ type: 'A', data: { address: '192.0.2.1' }, generic: true });
    expect(one('a 60 IN MX \\# 8 000A 046D61696C00\n').data).toEqual({ preference: 10, exchange: 'mail.' });
  });
  it('empty generic data', () => expect(one('a 60 IN TYPE65000 \\# 0\n').data).toEqual({ hex: '' }));
  it('CLASSnnn', () => expect(one('a 60 CLASS255 TYPE65000 \\# 0\n').class).toBe('CLASS255'));
});

describe('$INCLUDE', () => {
  const files: Record<string, string> = {
    'sub.inc': 'z 60 IN A 192.0.2.9\n$TTL 30\n  IN A 192.0.2.10\n',
    'loop.inc': '$INCLUDE loop.inc\n',
    'deep.inc': '$INCLUDE deep.inc\n',
  };
  const reader = (path: string) => (path in files ? { file: `dir/${path}`, text: files[path] } : { error: 'no such file in the tree' });

  it('reads the included file with its own path, then restores origin and owner', () => {
    const result = parse('$TTL 60\nx IN A 192.0.2.1\n$INCLUDE sub.inc sub\n  IN A 192.0.2.2\n', { includeReader: reader });
    expect(result.diagnostics).toEqual([]);
    expect(records(result).map((r) => [r.name, r.ttl, r.loc.file, r.loc.line])).toEqual([
      ['x.example.com.', 60, 'test.zone', 2],
      ['z.sub.example.com.', 60, 'dir/sub.inc', 1],
      ['z.sub.example.com.', 30, 'dir/sub.inc', 3],
      ['x.example.com.', 30, 'test.zone', 4],
    ]);
    expect(result.zone.includes).toEqual(['dir/sub.inc']);
  });
  it('reports a reader error at the $INCLUDE line without the content', () => {
    const result = parse('a 60 IN A 192.0.2.1\n$INCLUDE ../../etc/passwd\nb 60 IN A 192.0.2.2\n', { includeReader: reader });
    expect(problems(result)).toEqual([{ code: 'zone/include-failed', line: 2, column: 1, severity: 'error' }]);
    expect(result.diagnostics[0].message).toBe("cannot include '../../etc/passwd': no such file in the tree");
    expect(result.zone.records).toHaveLength(2);
  });
  it('detects a cycle', () => {
    const result = parse('$INCLUDE loop.inc\n', { includeReader: reader });
    expect(problems(result)).toEqual([{ code: 'zone/include-cycle', line: 1, column: 1, severity: 'error' }]);
    expect(result.diagnostics[0].file).toBe('dir/loop.inc');
  });
  it('bounds the depth', () => {
    let n = 0;
    const chain = (path: string) => ({ file: `f${n++}-${path}`, text: '$INCLUDE next\n' });
    const result = parse('$INCLUDE first\n', { includeReader: chain, limits: { includeDepth: 3 } });
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['zone/include-depth', 'f2-next']]);
  });
  it('without a reader, an include is a diagnostic', () => {
    expect(problems(parse('$INCLUDE x.inc\n'))).toEqual([{ code: 'zone/include-unavailable', line: 1, column: 1, severity: 'error' }]);
  });
});

describe('$GENERATE', () => {
  it('substitutes $ in owner and data', () => {
    const r = records(parse('$GENERATE 1-3 host$ 60 A 10.0.0.$\n'));
    expect(r.map((x) => [x.name, x.data])).toEqual([
      ['host1.example.com.', { address: '10.0.0.1' }],
      ['host2.example.com.', { address: '10.0.0.2' }],
      ['host3.example.com.', { address: '10.0.0.3' }],
    ]);
    expect(r[0].loc).toEqual({ file: 'test.zone', line: 1, column: 1, endLine: 1, endColumn: 34 });
  });
  it('applies offset, width and base modifiers, step, and \\$', () => {
    const r = records(parse('$GENERATE 0-20/10 ${1,3,x} 60 CNAME h${0,2,o}.\\$x\n'));
    expect(r.map((x) => [x.name, x.data])).toEqual([
      ['001.example.com.', { target: 'h00.\\$x.example.com.' }],
      ['00b.example.com.', { target: 'h12.\\$x.example.com.' }],
      ['015.example.com.', { target: 'h24.\\$x.example.com.' }],
    ]);
  });
  it('nibble mode counts the dots in the width', () => {
    const r = records(parse('$GENERATE 18-18 a${0,3,n} 60 A 1.2.3.4\n$GENERATE 4096-4096 b${0,0,N} 60 A 1.2.3.4\n'));
    expect(r.map((x) => x.name)).toEqual(['a2.1.example.com.', 'b0.0.0.1.example.com.']);
  });
  it('quoted data with several fields', () => {
    expect(records(parse('$GENERATE 1-1 m$ 60 MX "10 mx$"\n'))[0].data).toEqual({ preference: 10, exchange: 'mx1.example.com.' });
  });
  it('caps the count with a diagnostic', () => {
    const result = parse('$GENERATE 1-100 h$ 60 A 10.0.0.1\n', { limits: { generateCount: 10 } });
    expect(problems(result)).toEqual([{ code: 'zone/generate-too-many', line: 1, column: 11, severity: 'error' }]);
    expect(result.zone.records).toHaveLength(10);
  });
  it('rejects a reversed range', () => {
    expect(problems(parse('$GENERATE 5-1 h$ 60 A 10.0.0.1\n'))).toEqual([{ code: 'zone/bad-generate', line: 1, column: 11, severity: 'error' }]);
  });
});

describe('origin and view', () => {
  it('no origin: the absolute SOA owner becomes the origin', () => {
    const result = parseZone('contoso.com. 60 IN SOA ns1 h 1 2 3 4 5\nwww 60 IN A 192.0.2.1\n', { file: 'x.zone' });
    expect(result.zone).toMatchObject({ origin: 'contoso.com.', originSource: 'soa' });
    expect(result.zone.records[1].name).toBe('www.contoso.com.');
  });
  it('$ORIGIN before the records decides the zone origin', () => {
    const result = parseZone('$ORIGIN contoso.com.\n@ 60 IN SOA ns1 h 1 2 3 4 5\n', { file: 'x.zone', origin: 'other.com.', originSource: 'filename' });
    expect(result.zone).toMatchObject({ origin: 'contoso.com.', originSource: 'directive' });
  });
  it('the option origin is used when the file says nothing', () => {
    const result = parseZone(SOA, { file: 'contoso.com.zone', origin: 'contoso.com', originSource: 'filename' });
    expect(result.zone).toMatchObject({ origin: 'contoso.com.', originSource: 'filename' });
  });
  it('no origin at all: relative names are diagnostics', () => {
    const result = parseZone('www 60 IN A 192.0.2.1\nabs.net. 60 IN A 192.0.2.2\n', { file: 'x.zone' });
    expect(problems(result)).toEqual([{ code: 'zone/relative-name-without-origin', line: 1, column: 1, severity: 'error' }]);
    expect(result.zone).toMatchObject({ origin: undefined, originSource: 'none' });
    expect(result.zone.records.map((r) => r.name)).toEqual(['abs.net.']);
  });
  it('a view comment at the top sets the view', () => {
    expect(parse('; uclint-view: external\n' + SOA).zone).toMatchObject({ view: 'external', viewSource: 'comment' });
  });
  it('the config view wins over the comment', () => {
    expect(parse('; uclint-view: external\n' + SOA, { view: 'internal', viewSource: 'config' }).zone).toMatchObject({ view: 'internal', viewSource: 'config' });
  });
  it('the comment wins over a path view', () => {
    expect(parse(';uclint-view:internal\n' + SOA, { view: 'external', viewSource: 'path' }).zone).toMatchObject({ view: 'internal', viewSource: 'comment' });
  });
  it('without anything the view is unknown', () => {
    expect(parse(SOA).zone).toMatchObject({ view: 'unknown', viewSource: 'none' });
  });
});

describe('formatRecord', () => {
  it('prints the canonical one-line form', () => {
    const r = parse('@ 60 IN MX 10 mail\nt 60 IN TXT "a\\"b" "\\233"\nh 60 IN HTTPS 1 . alpn=h2 port=443\n').zone.records;
    expect(r.map(formatRecord)).toEqual([
      'example.com. 60 IN MX 10 mail.example.com.',
      't.example.com. 60 IN TXT "a\\"b" "\\233"',
      'h.example.com. 60 IN HTTPS 1 . alpn="h2" port=443',
    ]);
    expect(rdataText(r[0])).toBe('10 mail.example.com.');
  });
  it('chunks long hex as BIND does', () => {
    const r = parse(`a 60 IN TLSA 3 1 1 ${'ab'.repeat(30)}\n`).zone.records[0];
    expect(rdataText(r)).toBe(`3 1 1 ${'AB'.repeat(28)} ABAB`);
  });
});

describe('looksLikeZone', () => {
  it('recognises $ORIGIN, $TTL and SOA near the top', () => {
    expect(looksLikeZone('$ORIGIN x.com.\n')).toBe(true);
    expect(looksLikeZone('; c\n$TTL 1h\n')).toBe(true);
    expect(looksLikeZone('x.com. 3600 IN SOA ns h 1 2 3 4 5\n')).toBe(true);
    expect(looksLikeZone('@ IN SOA ns h ( 1 2 3 4 5 )\n')).toBe(true);
  });
  it('rejects other text', () => {
    expect(looksLikeZone('[Interface]\nAddress = 10.0.0.1/24\n')).toBe(false);
    expect(looksLikeZone('; about the SOA record\n')).toBe(false);
    expect(looksLikeZone('')).toBe(false);
  });
});
