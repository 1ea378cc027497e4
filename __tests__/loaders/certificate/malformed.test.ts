/**
 * Broken and hostile certificate files: each gives a specific diagnostic at a specific
 * line, the rest of the file is still read, and nothing throws. Property tests run
 * arbitrary and mutated bytes through the loader.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseCertificateFile } from '../../../src/formats/certificate/loader.js';
import type { CertificateFileResult } from '../../../src/formats/certificate/loader.js';
import { Openssl, haveOpenssl } from './openssl.js';

const describeOpenssl = haveOpenssl ? describe : describe.skip;

const codes = (r: CertificateFileResult) => r.diagnostics.map((d) => [d.code, d.line]);

/** A SEQUENCE wrapping `inner` (DER lengths up to 64 KiB). */
function sequenceOf(inner: Uint8Array): Uint8Array {
  const n = inner.length;
  const header = n < 0x80 ? [0x30, n] : n < 0x100 ? [0x30, 0x81, n] : [0x30, 0x82, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from(header), inner]);
}

describe('malformed input without certificates', () => {
  it('reports an empty file and text that is neither PEM nor DER', () => {
    expect(codes(parseCertificateFile(new Uint8Array(), { file: 'a.pem' }))).toEqual([['certificate/empty', 1]]);
    const text = parseCertificateFile(Buffer.from('hello\nworld\n'), { file: 'edge.pfx' });
    expect(text.diagnostics).toEqual([
      { file: 'edge.pfx', line: 1, column: 1, endLine: 1, endColumn: 6, severity: 'error', code: 'certificate/unrecognized', message: 'this PKCS#12 file holds neither PEM blocks nor DER data' },
    ]);
  });

  it('reports garbage DER at line 1', () => {
    const r = parseCertificateFile(Buffer.from([0x30, 0x82, 0x05, 0x00, 0x02, 0x01]), { file: 'x.der' });
    expect(r.certificates).toEqual([]);
    expect(codes(r)).toEqual([['certificate/der-malformed', 1]]);
    // A well-formed SEQUENCE that is not a certificate.
    const notCert = parseCertificateFile(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]), { file: 'x.der' });
    expect(notCert.diagnostics.map((d) => [d.code, d.message])).toEqual([['certificate/invalid', 'certificate x.der cannot be read: not an X.509 certificate (the ASN.1 structure is not Certificate)']]);
  });

  it('refuses 10,000 nested SEQUENCEs at the depth bound without recursion', () => {
    let der: Uint8Array = Buffer.from([0x05, 0x00]);
    for (let i = 0; i < 10_000; i++) der = Buffer.concat([Buffer.from([0x30, 0x80]), der, Buffer.from([0, 0])]);
    const r = parseCertificateFile(der, { file: 'deep.der' });
    expect(r.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([['certificate/der-too-deep', 1, 'ASN.1 nesting deeper than 32 levels (at byte 64); not read']]);
    // Definite lengths too, and the same bytes inside a PEM block: the error is at the block's line.
    let definite: Uint8Array = Buffer.from([0x05, 0x00]);
    for (let i = 0; i < 40; i++) definite = sequenceOf(definite);
    const pem = `text\n-----BEGIN CERTIFICATE-----\n${Buffer.from(definite).toString('base64')}\n-----END CERTIFICATE-----\n`;
    expect(codes(parseCertificateFile(Buffer.from(pem), { file: 'deep.pem' }))).toEqual([['certificate/der-too-deep', 2]]);
  });

  it('refuses a file over 16 MiB before reading it', () => {
    const r = parseCertificateFile(new Uint8Array(16 * 1024 * 1024 + 1), { file: 'big.der' });
    expect(r.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([['certificate/too-large', 1, 'certificate file of 16,777,217 bytes is over the bound of 16,777,216; not read']]);
  });
});

describeOpenssl('malformed PEM and bounds on real certificates', () => {
  let ssl: Openssl;
  let pem: string;
  let lines: number;
  beforeAll(() => {
    ssl = new Openssl();
    const made = ssl.cert({ name: 'one', key: 'ec:P-256', subject: '/CN=one.contoso.com', serial: '01' });
    pem = readFileSync(made.pem, 'utf8');
    lines = pem.trimEnd().split('\n').length;
  });
  afterAll(() => ssl?.cleanup());

  it('reports a truncated block (END missing) at its BEGIN line and reads the next block', () => {
    const truncated = pem.split('\n').slice(0, 4).join('\n') + '\n';
    const r = parseCertificateFile(Buffer.from(truncated + pem), { file: 'chain.pem' });
    expect(codes(r)).toEqual([['certificate/pem-missing-end', 1]]);
    expect(r.certificates.map((c) => [c.name, c.loc.line])).toEqual([['chain.pem', 5]]);
    // At the end of the file too.
    expect(codes(parseCertificateFile(Buffer.from(pem + truncated), { file: 'chain.pem' }))).toEqual([['certificate/pem-missing-end', lines + 1]]);
  });

  it('reports bad base64 at its line, and a block cut short inside a line', () => {
    const body = pem.split('\n');
    body[3] = body[3].slice(0, 10) + '!' + body[3].slice(11);
    const r = parseCertificateFile(Buffer.from(body.join('\n') + pem), { file: 'bad.pem' });
    expect(codes(r)).toEqual([['certificate/pem-bad-base64', 4]]);
    expect(r.certificates).toHaveLength(1);

    const short = pem.split('\n');
    short[2] = short[2].slice(0, 13);
    expect(codes(parseCertificateFile(Buffer.from(short.join('\n')), { file: 'short.pem' }))).toEqual([['certificate/pem-bad-base64', lines - 1]]);

    // Whole base64 quads missing: the DER is truncated.
    const cut = pem.split('\n');
    cut.splice(3, 1);
    expect(codes(parseCertificateFile(Buffer.from(cut.join('\n')), { file: 'cut.pem' }))).toEqual([['certificate/der-malformed', 1]]);
  });

  it('reports an END that names another label', () => {
    const mismatched = pem.replace('-----END CERTIFICATE-----', '-----END PKCS7-----');
    expect(codes(parseCertificateFile(Buffer.from(mismatched), { file: 'm.pem' }))).toEqual([['certificate/pem-mismatched-end', lines]]);
  });

  it('reads at most 1,000 certificates from a file and says so at the first one left out', () => {
    const r = parseCertificateFile(Buffer.from(pem.repeat(1001)), { file: 'many.pem' });
    expect(r.certificates).toHaveLength(1000);
    expect(r.certificates[999].name).toBe('many.pem#1000');
    expect(codes(r)).toEqual([['certificate/too-many-certificates', 1000 * lines + 1]]);
  });

  describe('properties', () => {
    const lineCount = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1').split(/\r\n|\r|\n/).length;
    const check = (bytes: Uint8Array, password?: string) => {
      // A low iteration bound keeps mutated PKCS#12 files cheap: the bound, not a clock, limits the work.
      const r = parseCertificateFile(bytes, { file: 'f', password, limits: { maxPkcs12Iterations: 4096 } });
      const max = lineCount(bytes);
      for (const d of [...r.diagnostics, ...r.certificates.map((c) => c.loc)]) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.endLine).toBeGreaterThanOrEqual(d.line);
        expect(d.endLine).toBeLessThanOrEqual(max);
      }
      for (const d of r.diagnostics) expect(d.code).toMatch(/^certificate\/[a-z0-9-]+$/);
    };

    it('arbitrary bytes never throw and keep every range inside the file', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => check(bytes)),
        { seed: 20240101, numRuns: 500 },
      );
      fc.assert(
        fc.property(fc.array(fc.constantFrom('-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', '-----BEGIN PKCS7-----', 'MIIB', '====', '\r\n', '\n', '\r', 'AAAA', ' '), { maxLength: 60 }), (parts) => check(Buffer.from(parts.join('')))),
        { seed: 20240102, numRuns: 500 },
      );
    });

    it('mutated PEM, DER, PKCS#7 and PKCS#12 files never throw and keep every range inside the file', () => {
      const made = ssl.cert({ name: 'mut', key: 'ec:P-256', subject: '/CN=mut.contoso.com', serial: '02', extensions: ['subjectAltName = DNS:a.contoso.com, IP:192.0.2.1'] });
      const samples = [
        Buffer.from(pem),
        readFileSync(made.der),
        ssl.pkcs7([made], true),
        ssl.pkcs7([made], false),
        ssl.pkcs12('mut.pfx', made, { password: 'pw' }),
        ssl.pkcs12('mut-legacy.pfx', made, { password: 'pw', legacy: true }),
      ];
      const mutation = fc.record({
        sample: fc.nat(samples.length - 1),
        edits: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), kind: fc.constantFrom('set', 'delete', 'insert', 'truncate') }), { minLength: 1, maxLength: 4 }),
      });
      fc.assert(
        fc.property(mutation, ({ sample, edits }) => {
          let bytes = Buffer.from(samples[sample]);
          for (const { at, value, kind } of edits) {
            const i = bytes.length === 0 ? 0 : at % bytes.length;
            if (kind === 'set') bytes[i] = value;
            else if (kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]);
            else if (kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([value]), bytes.subarray(i)]);
            else bytes = bytes.subarray(0, i);
          }
          check(bytes, 'pw');
        }),
        { seed: 20240103, numRuns: 400 },
      );
    });
  });
});
