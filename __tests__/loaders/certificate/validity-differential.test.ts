/**
 * Validity times and SAN names read as OpenSSL reads them, on certificates written here
 * with every time encoding older encoders used (UTCTime without seconds or with an offset,
 * GeneralizedTime with a fraction or an offset; zlint's test data has each) and malformed
 * ones, and SAN bytes outside ASCII. Each is compared with what
 * `openssl x509 -noout -dates -ext subjectAltName` prints for the same bytes.
 */
import { parseCertificateFile } from '../../../src/formats/certificate/loader.js';
import { GENERALIZED_TIME, UTC_TIME, makeCertificate, type WrittenTime } from '../../helpers/der-writer.js';
import { Openssl, haveOpenssl } from './openssl.js';

const utc = (text: string): WrittenTime => ({ tag: UTC_TIME, text });
const generalized = (text: string): WrittenTime => ({ tag: GENERALIZED_TIME, text });

/** Times OpenSSL reads, with the instant each means. */
const READABLE: Array<[WrittenTime, string]> = [
  [utc('240101000000Z'), '2024-01-01T00:00:00.000Z'],
  [utc('1204270000Z'), '2012-04-27T00:00:00.000Z'],
  [utc('160810142728-0500'), '2016-08-10T19:27:28.000Z'],
  [utc('1608101427+0130'), '2016-08-10T12:57:00.000Z'],
  [utc('491231235959Z'), '2049-12-31T23:59:59.000Z'],
  [utc('500101000000Z'), '1950-01-01T00:00:00.000Z'],
  [utc('240229120000Z'), '2024-02-29T12:00:00.000Z'],
  [utc('991231230000-1200'), '2000-01-01T11:00:00.000Z'],
  [utc('000101000000+0000'), '2000-01-01T00:00:00.000Z'],
  [generalized('20571201060708Z'), '2057-12-01T06:07:08.000Z'],
  [generalized('205712010607Z'), '2057-12-01T06:07:00.000Z'],
  [generalized('20571201060708.999Z'), '2057-12-01T06:07:08.999Z'],
  [generalized('20571201060708.5Z'), '2057-12-01T06:07:08.500Z'],
  [generalized('20571201060708.123456Z'), '2057-12-01T06:07:08.123Z'],
  [generalized('20560811122001-0600'), '2056-08-11T18:20:01.000Z'],
  [generalized('20560811122001.25+0230'), '2056-08-11T09:50:01.250Z'],
  [generalized('19571201000000Z'), '1957-12-01T00:00:00.000Z'],
  [generalized('00010101000000Z'), '0001-01-01T00:00:00.000Z'],
  [generalized('99991231235959Z'), '9999-12-31T23:59:59.000Z'],
];

/** Times OpenSSL refuses ("Bad time value"): uclint reads no date from them either. */
const UNREADABLE: WrittenTime[] = [
  utc('2401010000'),
  utc('240101000000'),
  utc('240101000000z'),
  utc('241301000000Z'),
  utc('230229000000Z'),
  utc('240431000000Z'),
  utc('240101240000Z'),
  utc('240101006000Z'),
  utc('240101000060Z'),
  utc('240101000000+1300'),
  utc('240101000000+0060'),
  utc('240101000000+01'),
  utc('240101000000+01000'),
  utc('240101000000ZZ'),
  utc('24010100000Z'),
  utc('2401010000.5Z'),
  utc(''),
  generalized('20240101000000'),
  generalized('202401010000.5Z'),
  generalized('20240101000000.Z'),
  generalized('2024010100Z'),
  generalized('20240101000000+1300'),
  generalized('2024-01-01T00:00:00Z'),
];

const NOT_AFTER = generalized('20340615123000Z');

interface Printed {
  notBefore: string | undefined;
  dns: string[];
}

/** `notBefore=Dec  1 06:07:08.999 2057 GMT` as an ISO instant; undefined for `Bad time value`. */
function opensslInstant(printed: string): string | undefined {
  const m = /^(\w{3}) +(\d+) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d+) GMT$/.exec(printed);
  if (!m) return undefined;
  const month = 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(m[1]) / 3;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[7]), month, Number(m[2]));
  date.setUTCHours(Number(m[3]), Number(m[4]), Number(m[5]), Number((m[6] ?? '0').padEnd(3, '0').slice(0, 3)));
  return date.toISOString();
}

function opensslPrints(ssl: Openssl, der: Uint8Array): Printed {
  const out = ssl.run(['x509', '-inform', 'DER', '-noout', '-dates', '-ext', 'subjectAltName'], Buffer.from(der)).toString('latin1');
  const notBefore = /^notBefore=(.*)$/m.exec(out)?.[1] ?? '';
  const sanLine = /^X509v3 Subject Alternative Name:.*\n\s+(.*)$/m.exec(out)?.[1] ?? '';
  const dns = sanLine
    .split(', ')
    .filter((entry) => entry.startsWith('DNS:'))
    // DNS names compare in ASCII case only (RFC 4343); written here apart from uclint's own code.
    .map((entry) => entry.slice(4).replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/\.$/, ''));
  return { notBefore: opensslInstant(notBefore), dns };
}

function uclintReads(der: Uint8Array): { notBefore: string | undefined; dns: string[]; codes: string[] } {
  const { certificates, diagnostics } = parseCertificateFile(der, { file: 'c.der' });
  expect(certificates).toHaveLength(1);
  return { notBefore: certificates[0].notBefore?.toISOString(), dns: certificates[0].sans?.dns ?? [], codes: diagnostics.map((d) => `${d.severity} ${d.code}`) };
}

describe('validity times', () => {
  it.each(READABLE)('reads %j as %s', (notBefore, instant) => {
    const read = uclintReads(makeCertificate({ notBefore, notAfter: NOT_AFTER }));
    expect(read.notBefore).toBe(instant);
    expect(read.codes).toEqual([]);
  });

  it.each(UNREADABLE.map((t) => [t]))('reads no date from %j, and says so at the certificate', (notBefore) => {
    const { certificates, diagnostics } = parseCertificateFile(makeCertificate({ notBefore, notAfter: NOT_AFTER }), { file: 'c.der' });
    expect(certificates[0].notBefore).toBeUndefined();
    expect(certificates[0].notAfter?.toISOString()).toBe('2034-06-15T12:30:00.000Z');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      `1:1 warning certificate/bad-time certificate c.der: notBefore ${JSON.stringify(notBefore.text)} is not a time OpenSSL reads (it rejects the certificate: format error in its notBefore field); the certificate's dates are not checked against it`,
    ]);
  });
});

describe('SAN names', () => {
  it('lower-cases ASCII letters only: the bytes C0 A8 stay C0 A8, as in the name a client compares', () => {
    const read = uclintReads(makeCertificate({ notBefore: utc('240101000000Z'), notAfter: NOT_AFTER, dnsNames: [Uint8Array.from([0xc0, 0xa8]), 'SIP.Contoso.COM.', 'caf\u00c9.example'] }));
    expect(read.dns).toEqual(['\u00c0\u00a8', 'sip.contoso.com', 'caf\u00c9.example']);
  });
});

const describeOpenssl = haveOpenssl ? describe : describe.skip;
if (!haveOpenssl) console.warn('openssl is not installed: the validity and SAN differential test is skipped');

describeOpenssl('differential: the same bytes through openssl x509 -dates -ext subjectAltName', () => {
  let ssl: Openssl;
  beforeAll(() => {
    ssl = new Openssl();
  });
  afterAll(() => ssl?.cleanup());

  it('reads every validity time, readable or not, as openssl does', () => {
    const differences: string[] = [];
    for (const notBefore of [...READABLE.map(([t]) => t), ...UNREADABLE]) {
      const der = makeCertificate({ notBefore, notAfter: NOT_AFTER });
      const expected = opensslPrints(ssl, der).notBefore;
      const actual = parseCertificateFile(der, { file: 'c.der' }).certificates[0]?.notBefore?.toISOString();
      if (actual !== expected) differences.push(`${JSON.stringify(notBefore)}: uclint ${actual} openssl ${expected}`);
    }
    expect(differences).toEqual([]);
  });

  it('reads SAN names as openssl prints them, compared in ASCII case', () => {
    const dnsNames = [Uint8Array.from([0xc0, 0xa8]), 'SIP.Contoso.COM', 'Lyncdiscover.CONTOSO.com.', Uint8Array.from([0x41, 0xc9, 0x7a]), '*.Fabrikam.com'];
    const der = makeCertificate({ notBefore: utc('240101000000Z'), notAfter: NOT_AFTER, dnsNames });
    expect(uclintReads(der).dns).toEqual(opensslPrints(ssl, der).dns);
  });
});
