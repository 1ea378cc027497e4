import fc from 'fast-check';
import { parseZone, formatRecord } from '../../../src/formats/zone/loader.js';
import type { ZoneParseResult } from '../../../src/formats/zone/loader.js';
import { records } from './helpers.js';
import { canonicalIPv6, formatIPv6, parseIPv6 } from '../../../src/formats/zone/address.js';

const VALID = `$ORIGIN example.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 2024010101 ; serial
    7200 3600 1209600 300 )
  IN NS ns1
ns1 IN A 192.0.2.1
www 300 IN AAAA 2001:db8::1
_sip._tls IN SRV 100 1 443 sip
t IN TXT "a;b" "c\\"d" ( "e"
  "f" )
$GENERATE 1-3 h$ CNAME www
c IN CAA 0 issue "ca.example.net"
h IN HTTPS 1 . alpn=h2 port=443
x\\.y IN TYPE65000 \\# 2 abcd
`;

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

function checkDiagnostics(text: string, result: ZoneParseResult): void {
  const lines = lineCount(text);
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.code).toMatch(/^zone\/[a-z0-9-]+$/);
  }
  for (const r of result.zone.records) {
    expect(r.loc.line).toBeGreaterThanOrEqual(1);
    expect(r.loc.endLine).toBeLessThanOrEqual(lines);
    expect(r.name.endsWith('.')).toBe(true);
  }
}

const zoneAlphabet = fc.constantFrom(...'abcAZ019 \t\n\r;()"\\$@.#=,-_*'.split(''), '\r\n', '$ORIGIN ', '$TTL ', '$INCLUDE ', '$GENERATE ', ' IN ', ' A ', ' SOA ', ' TXT ', '\\#', '\\0');

describe('properties', () => {
  it('arbitrary strings never throw, and diagnostics stay inside the file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseZone(text, { file: 'f.zone', origin: 'example.com.' });
        checkDiagnostics(text, result);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('zone-like token soup never throws', () => {
    fc.assert(
      fc.property(fc.array(zoneAlphabet, { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        const result = parseZone(text, { file: 'f.zone', includeReader: () => ({ file: 'g.zone', text }) });
        checkDiagnostics(text, result);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('mutated valid zones never throw', () => {
    const mutation = fc.tuple(fc.nat({ max: VALID.length }), fc.nat({ max: 5 }), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = VALID;
        for (const [at, remove, insert] of mutations) {
          const i = Math.min(at, text.length);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        const result = parseZone(text, { file: 'f.zone' });
        checkDiagnostics(text, result);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('the valid zone itself parses without diagnostics', () => {
    const result = parseZone(VALID, { file: 'f.zone' });
    expect(result.diagnostics).toEqual([]);
    expect(result.zone.records).toHaveLength(12);
  });

  it('the IPv6 fast path agrees with parsing and printing', () => {
    const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
    const words = fc.array(group, { minLength: 8, maxLength: 8 });
    const spelled = fc.oneof(
      words.map((w) => formatIPv6(w)),
      words.map((w) => w.map((x) => x.toString(16)).join(':')),
      fc.tuple(words, fc.nat(7), fc.nat(8)).map(([w, at, length]) => {
        const end = Math.min(8, at + length);
        const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(':');
        return end > at ? `${hex(w.slice(0, at))}::${hex(w.slice(end))}` : hex(w);
      }),
      fc.stringMatching(/^[0-9a-fA-F:.]{0,24}$/),
    );
    fc.assert(
      fc.property(spelled, (text) => {
        const parsed = parseIPv6(text, 0, text.length);
        expect(canonicalIPv6(text, 0, text.length)).toBe(parsed === undefined ? undefined : formatIPv6(parsed));
      }),
      { seed: 42, numRuns: 5000 },
    );
  });

  // Round trip: records printed by formatRecord read back as the same records.
  const label = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
  const escapedLabel = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }).map((bytes) =>
    bytes.map((b) => (b >= 97 && b <= 122 ? String.fromCharCode(b) : '\\' + String(b).padStart(3, '0'))).join(''),
  );
  const name = fc.array(fc.oneof(label, escapedLabel), { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.') + '.');
  const u16 = fc.integer({ min: 0, max: 65535 });
  const octet = fc.integer({ min: 0, max: 255 });
  const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
  const ipv6 = fc.array(u16, { minLength: 8, maxLength: 8 }).map((w) => w.map((x) => x.toString(16)).join(':'));
  const charString = fc.array(octet, { maxLength: 40 }).map((bytes) => '"' + bytes.map((b) => (b >= 32 && b < 127 && b !== 34 && b !== 92 ? String.fromCharCode(b) : '\\' + String(b).padStart(3, '0'))).join('') + '"');
  // NAPTR regexps in the shape RFC 3403 allows: empty, or !ERE!replacement!flags with no `!` inside.
  const naptrRegexp = fc.oneof(
    fc.constant('""'),
    fc.tuple(fc.stringMatching(/^[a-z.^$*]{0,8}$/), fc.stringMatching(/^[a-z:@.]{0,8}$/), fc.constantFrom('', 'i')).map(([ere, replacement, flags]) => `"!${ere}!${replacement}!${flags}"`),
  );
  const hex = fc.uint8Array({ minLength: 1, maxLength: 40 }).map((b) => Buffer.from(b).toString('hex'));
  const rdata = fc.oneof(
    ipv4.map((a) => `A ${a}`),
    ipv6.map((a) => `AAAA ${a}`),
    name.map((n) => `CNAME ${n}`),
    name.map((n) => `NS ${n}`),
    fc.tuple(u16, name).map(([p, n]) => `MX ${p} ${n}`),
    fc.tuple(u16, u16, u16, name).map(([a, b, c, n]) => `SRV ${a} ${b} ${c} ${n}`),
    fc.array(charString, { minLength: 1, maxLength: 4 }).map((s) => `TXT ${s.join(' ')}`),
    fc.tuple(octet, fc.constantFrom('issue', 'issuewild', 'iodef'), charString).map(([f, t, v]) => `CAA ${f} ${t} ${v}`),
    fc.tuple(octet, octet, octet, hex).map(([a, b, c, h]) => `TLSA ${a} ${b} ${c} ${h}`),
    fc.tuple(u16, u16, charString, charString, naptrRegexp, name).map(([o, p, f, s, r, n]) => `NAPTR ${o} ${p} ${f} ${s} ${r} ${n}`),
    fc.tuple(u16, name, fc.option(u16, { nil: undefined }), fc.option(ipv4, { nil: undefined })).map(
      ([p, n, port, v4]) => `SVCB ${p} ${n}${port === undefined ? '' : ` port=${port}`}${v4 === undefined ? '' : ` ipv4hint=${v4}`}`,
    ),
    hex.map((h) => `TYPE65000 \\# ${h.length / 2} ${h}`),
  );
  const record = fc.tuple(name, fc.integer({ min: 0, max: 0x7fffffff }), rdata).map(([n, ttl, rd]) => `${n} ${ttl} IN ${rd}`);

  it('round trip: formatRecord output parses back to equal records', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 10 }), (lines) => {
        const first = parseZone(lines.join('\n') + '\n', { file: 'a.zone' });
        expect(first.diagnostics).toEqual([]);
        const printed = first.zone.records.map(formatRecord);
        const second = parseZone(printed.join('\n') + '\n', { file: 'a.zone' });
        expect(second.diagnostics).toEqual([]);
        const strip = (r: ReturnType<typeof records>) => r.map(({ loc: _loc, ...rest }) => rest);
        expect(strip(records(second))).toEqual(strip(records(first)));
        expect(second.zone.records.map(formatRecord)).toEqual(printed);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
