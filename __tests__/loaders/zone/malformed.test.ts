import { parse, problems } from './helpers.js';

const BEFORE = 'before 60 IN A 192.0.2.1\n';
const AFTER = 'after 60 IN A 192.0.2.2\n';

/**
 * Each case: one bad line between two good records. The diagnostic must have the
 * code, line and column given, and both neighbours must still be read.
 */
const cases: Array<[string, string, string, number, number]> = [
  ['bad TTL', 'x 1h30 IN A 192.0.2.9\n', 'zone/bad-ttl', 2, 3],
  ['TTL out of range', 'x 4294967296 IN A 192.0.2.9\n', 'zone/bad-ttl', 2, 3],
  ['unknown type', 'x 60 IN FOO 1\n', 'zone/unknown-type', 2, 9],
  ['missing type', 'x 60 IN\n', 'zone/missing-type', 2, 8],
  ['bad IPv4 (leading zero)', 'x 60 IN A 01.2.3.4\n', 'zone/bad-address', 2, 11],
  ['bad IPv4 (range)', 'x 60 IN A 192.0.2.256\n', 'zone/bad-address', 2, 11],
  ['bad IPv6', 'x 60 IN AAAA 2001:db8::1::2\n', 'zone/bad-address', 2, 14],
  ['missing data', 'x 60 IN MX 10\n', 'zone/missing-rdata', 2, 14],
  ['16-bit field out of range', 'x 60 IN SRV 0 0 65536 t\n', 'zone/bad-number', 2, 17],
  ['not a number', 'x 60 IN MX ten mail\n', 'zone/bad-number', 2, 12],
  ['label too long', `${'a'.repeat(64)} 60 IN A 192.0.2.9\n`, 'zone/label-too-long', 2, 1],
  ['name too long', `x 60 IN CNAME ${'abcdefghi.'.repeat(26)}\n`, 'zone/name-too-long', 2, 15],
  ['empty label', 'a..b 60 IN A 192.0.2.9\n', 'zone/empty-label', 2, 1],
  // Found by the fuzz properties: an empty quoted owner or target read as the name '' (no trailing dot).
  ['empty quoted owner', '"" 60 IN A 192.0.2.9\n', 'zone/empty-label', 2, 1],
  ['empty quoted target', 'x 60 IN CNAME ""\n', 'zone/empty-label', 2, 15],
  ['bad escape in name', 'a\\25 60 IN A 192.0.2.9\n', 'zone/bad-escape', 2, 1],
  ['bad hex', 'x 60 IN TLSA 3 1 1 abcz\n', 'zone/bad-hex', 2, 20],
  ['odd hex', 'x 60 IN TLSA 3 1 1 abc\n', 'zone/bad-hex', 2, 22],
  ['generic length mismatch', 'x 60 IN TYPE65000 \\# 3 abcd\n', 'zone/bad-rdata', 2, 28],
  ['extra tokens', 'x 60 IN A 192.0.2.9 192.0.2.10\n', 'zone/extra-tokens', 2, 21],
  ['string too long', `x 60 IN TXT "${'a'.repeat(256)}"\n`, 'zone/string-too-long', 2, 13],
  ['bad \\DDD in text', 'x 60 IN TXT "\\256"\n', 'zone/bad-escape', 2, 13],
  ['unclosed quote', 'x 60 IN TXT "abc\n', 'zone/unbalanced-quotes', 2, 13],
  ['stray closing parenthesis', 'x 60 IN A 192.0.2.9 )\n', 'zone/unbalanced-parens', 2, 21],
  ['NAPTR regexp without its delimiters', 'x 60 IN NAPTR 10 10 "u" "E2U+sip" "blegh" .\n', 'zone/bad-rdata', 2, 35],
  ['NAPTR regexp with a digit as delimiter', 'x 60 IN NAPTR 10 10 "u" "E2U+sip" "1a1b1" .\n', 'zone/bad-rdata', 2, 35],
  ['NAPTR regexp naming a group it lacks', 'x 60 IN NAPTR 10 10 "u" "E2U+sip" "!^.*$!sip:\\\\1@x!" .\n', 'zone/bad-rdata', 2, 35],
  ['NAPTR regexp with an unknown flag', 'x 60 IN NAPTR 10 10 "u" "E2U+sip" "!^.*$!sip:x!g" .\n', 'zone/bad-rdata', 2, 35],
  ['bad CAA tag', 'x 60 IN CAA 0 is-sue "x"\n', 'zone/bad-rdata', 2, 15],
  ['bad SVCB key', 'x 60 IN SVCB 1 . foo=bar\n', 'zone/bad-rdata', 2, 18],
  ['unknown directive', '$BOGUS 1\n', 'zone/unknown-directive', 2, 1],
  ['bad $TTL', '$TTL forever\n', 'zone/bad-ttl', 2, 6],
  ['bad $GENERATE range', '$GENERATE 1-x h$ A 10.0.0.1\n', 'zone/bad-generate', 2, 11],
  ['bad $GENERATE modifier', '$GENERATE 1-2 h${1,2,q} 60 A 10.0.0.1\n', 'zone/bad-generate', 2, 15],
  ['$GENERATE range with a slash but no step', '$GENERATE 1-3/ h$ A 10.0.0.1\n', 'zone/bad-generate', 2, 11],
  ['$GENERATE range above 2^31-1', '$GENERATE 1-2147483648 h$ A 10.0.0.1\n', 'zone/bad-generate', 2, 11],
  ['$GENERATE value that is negative where a number is needed', '$GENERATE 0-1 h$ A 10.0.0.${-1}\n', 'zone/bad-address', 2, 20],
  ['$GENERATE width over BIND\'s buffer', '$GENERATE 1-2 x TXT ${0,128}\n', 'zone/bad-generate', 2, 21],
  ['bad $DATE', '$DATE 20240230000000\n', 'zone/bad-number', 2, 7],
  ['$DATE without a value', '$DATE\n', 'zone/missing-rdata', 2, 6],
  ['bad EUI48', 'x 60 IN EUI48 00:00:5e:00:53:2a\n', 'zone/bad-rdata', 2, 15],
  ['EUI64 with one-digit groups', 'x 60 IN EUI64 0-00-5e-ef-10-00-00-2a\n', 'zone/bad-rdata', 2, 15],
  ['bad base64 character', 'x 60 IN DNSKEY 256 3 8 AA*A\n', 'zone/bad-rdata', 2, 24],
  ['base64 not in whole quads', 'x 60 IN DNSKEY 256 3 8 AwEAAc AwE\n', 'zone/bad-rdata', 2, 33],
  ['base64 with non-zero dropped bits', 'x 60 IN OPENPGPKEY AB==\n', 'zone/bad-rdata', 2, 23],
  ['DNSKEY without a key', 'x 60 IN DNSKEY 256 3 8\n', 'zone/missing-rdata', 2, 23],
  ['unknown DNSSEC algorithm', 'x 60 IN DS 1 FOO 2 aa\n', 'zone/bad-rdata', 2, 14],
  ['DS digest of the wrong length', 'x 60 IN DS 1 8 2 aabb\n', 'zone/bad-rdata', 2, 21],
  ['bad base32hex (padding)', 'x 60 IN NSEC3 1 0 0 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJ= A\n', 'zone/bad-rdata', 2, 23],
  ['bad NSEC3 salt', 'x 60 IN NSEC3PARAM 1 0 0 abc\n', 'zone/bad-rdata', 2, 26],
  ['NSEC without types', 'x 60 IN NSEC next\n', 'zone/missing-rdata', 2, 18],
  ['unknown type in NSEC', 'x 60 IN NSEC next A FOO\n', 'zone/bad-rdata', 2, 21],
  ['bad RRSIG time', 'x 60 IN RRSIG A 8 2 60 20241301000000 20240101000000 1 example.com. AAAA\n', 'zone/bad-rdata', 2, 24],
  ['RRSIG labels below the signer\'s', 'x 60 IN RRSIG A 8 1 60 20300101000000 20240101000000 1 example.com. AAAA\n', 'zone/bad-rdata', 2, 67],
  ['bad LOC', 'x 60 IN LOC 52 22 X 4 53 E 0m\n', 'zone/bad-rdata', 2, 13],
  ['unquoted URI target', 'x 60 IN URI 10 1 https://x/\n', 'zone/bad-rdata', 2, 18],
  ['HINFO with one string', 'x 60 IN HINFO PC\n', 'zone/missing-rdata', 2, 17],
  ['empty generic TXT', 'x 60 IN TXT \\# 0\n', 'zone/bad-rdata', 2, 17],
];

describe('malformed input', () => {
  test.each(cases)('%s', (_label, line, code, lineNumber, column) => {
    const result = parse(BEFORE + line + AFTER);
    expect(problems(result).filter((d) => d.severity === 'error')).toEqual([{ code, line: lineNumber, column, severity: 'error' }]);
    const names = result.zone.records.map((r) => r.name);
    expect(names[0]).toBe('before.example.com.');
    expect(names[names.length - 1]).toBe('after.example.com.');
  });

  it('a token on a continuation line reports that line', () => {
    const result = parse(BEFORE + 'x 60 IN SRV ( 0 0\n   99999 t )\n' + AFTER);
    expect(problems(result)).toEqual([{ code: 'zone/bad-number', line: 3, column: 4, severity: 'error' }]);
    expect(result.diagnostics[0]).toMatchObject({ endLine: 3, endColumn: 9 });
    expect(result.zone.records.map((r) => r.name)).toEqual(['before.example.com.', 'after.example.com.']);
  });

  it('an unclosed parenthesis is reported where it opens, and reading resumes on the next line', () => {
    const result = parse(BEFORE + 'x 60 IN TXT ( "a"\n' + AFTER + 'more 60 IN A 192.0.2.3\n');
    expect(problems(result)).toEqual([{ code: 'zone/unbalanced-parens', line: 2, column: 13, severity: 'error' }]);
    expect(result.zone.records.map((r) => r.name)).toEqual(['before.example.com.', 'after.example.com.', 'more.example.com.']);
  });

  it('a few unclosed parentheses are each recovered from', () => {
    const result = parse(BEFORE + 'x 60 IN TXT ( "a"\n' + 'y 60 IN TXT ( "b"\n' + AFTER);
    expect(problems(result)).toEqual([
      { code: 'zone/unbalanced-parens', line: 2, column: 13, severity: 'error' },
      { code: 'zone/unbalanced-parens', line: 3, column: 13, severity: 'error' },
    ]);
    expect(result.zone.records.map((r) => r.name)).toEqual(['before.example.com.', 'after.example.com.']);
  });

  it('thousands of unclosed parentheses: the rescanning is bounded, and the diagnostic says where reading stopped', () => {
    // Each recovery rescans to the end of the text; without the bound this input took time in n².
    const result = parse(BEFORE + 'm. (\n'.repeat(20_000) + ')\n');
    const last = result.diagnostics.at(-1);
    expect(last).toMatchObject({ code: 'zone/unbalanced-parens', line: 6, column: 4 });
    expect(last?.message).toBe("'(' is never closed; too many unclosed parentheses to read on after each, so the rest of the file from line 6 was not read");
    expect(result.diagnostics.filter((d) => d.code === 'zone/unbalanced-parens')).toHaveLength(5);
    expect(result.zone.records.map((r) => r.name)).toEqual(['before.example.com.']);
  });

  it('a blank owner at the very start has no previous owner', () => {
    const result = parse('  60 IN A 192.0.2.1\n' + AFTER);
    expect(problems(result)).toEqual([{ code: 'zone/no-owner', line: 1, column: 3, severity: 'error' }]);
    expect(result.zone.records).toHaveLength(1);
  });

  it('a line over the length limit is reported, and the records are still read', () => {
    const result = parse(BEFORE + `x 60 IN TXT "${'a'.repeat(100)}"\n` + AFTER, { limits: { lineLength: 50 } });
    expect(problems(result)).toEqual([{ code: 'zone/line-too-long', line: 2, column: 51, severity: 'error' }]);
    expect(result.zone.records).toHaveLength(3);
  });

  it('the record limit stops reading with a diagnostic', () => {
    const result = parse(BEFORE + AFTER + 'third 60 IN A 192.0.2.3\n', { limits: { records: 2 } });
    expect(problems(result)).toEqual([{ code: 'zone/too-many-records', line: 3, column: 1, severity: 'error' }]);
    expect(result.zone.records).toHaveLength(2);
  });

  it('several errors in one file are all reported, in order', () => {
    const result = parse('a 60 IN A 1.2.3\nb 60 IN MX x y\nc 60 IN A 192.0.2.1\nd 60 IN BOGUS x\n');
    expect(problems(result).map((p) => [p.code, p.line])).toEqual([
      ['zone/bad-address', 1],
      ['zone/bad-number', 2],
      ['zone/unknown-type', 4],
    ]);
    expect(result.zone.records.map((r) => r.name)).toEqual(['c.example.com.']);
  });

  it('a class other than the zone class is reported', () => {
    const result = parse('a 60 IN A 192.0.2.1\nb 60 CH TXT "x"\n');
    expect(problems(result)).toEqual([{ code: 'zone/class-mismatch', line: 2, column: 9, severity: 'error' }]);
  });
});

describe('messages never carry control characters raw', () => {
  it('shows a NUL byte in a token as \\000', () => {
    const result = parse('x 60 IN A 192.0.2.1\u0000\ny 60 IN A 192.0.2.2\n');
    const [problem] = result.diagnostics;
    expect(problem).toMatchObject({ code: 'zone/bad-address', line: 1, column: 11 });
    expect(problem.message).toBe("bad IPv4 address '192.0.2.1\\000'");
    expect(result.zone.records.map((r) => r.name)).toEqual(['y.example.com.']);
  });
});
