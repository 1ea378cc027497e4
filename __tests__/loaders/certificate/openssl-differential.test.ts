/**
 * Differential check against openssl on certificates written by others: the system's CA
 * bundle (Debian's ca-certificates, /etc/ssl/certs) and the certificates of Python's test
 * suite (libpython3.11-testsuite), which include odd SANs (IPv6, NUL bytes, IDNA).
 * For each certificate, SANs, validity, key size or curve and serial must be what
 * `openssl x509` prints.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { parseCertificateFile } from '../../../src/formats/certificate/loader.js';
import type { Certificate } from '../../../src/model/certificate.js';
import { Openssl, haveOpenssl } from './openssl.js';

function pemFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pem'))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

const pythonDirs = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((d) => /^python3(\.\d+)?$/.test(d)).flatMap((d) => [join('/usr/lib', d, 'test', 'certdata'), join('/usr/lib', d, 'test')]) : [];
const corpus = [...pemFiles('/etc/ssl/certs'), ...pythonDirs.flatMap(pemFiles)];

if (!haveOpenssl || corpus.length === 0) {
  console.warn('openssl or the certificate corpus (apt-get install ca-certificates libpython3.11-testsuite) is missing: the openssl differential test is skipped');
}
const describeCorpus = haveOpenssl && corpus.length > 0 ? describe : describe.skip;

/** SAN entries openssl prints as `Type:value`; anything else is its raw dump of a SAN it refuses to print. */
const SAN_ENTRY = /^(DNS|IP Address|email|URI|DirName|Registered ID|othername):/;

interface OpensslFacts {
  /** openssl printed the SAN extension as raw bytes (OpenSSL 3 does so for a DNS name with a NUL byte). */
  sanUnprintable?: boolean;
  serial: string;
  notBefore: Date;
  notAfter: Date;
  dns: string[];
  ip: string[];
  bits?: number;
  curve?: string;
}

function opensslFacts(ssl: Openssl, der: Uint8Array, withSans = true): OpensslFacts {
  const out = ssl.run(['x509', '-inform', 'DER', '-noout', '-serial', '-dates', ...(withSans ? ['-ext', 'subjectAltName'] : []), '-text'], Buffer.from(der)).toString('latin1');
  const field = (re: RegExp) => re.exec(out)?.[1];
  // `-ext subjectAltName` prints before `-text`: the line after its heading.
  const sanLine = /^X509v3 Subject Alternative Name:.*\n\s+(.*)$/m.exec(out.split('\nCertificate:\n')[0])?.[1] ?? '';
  const entries = sanLine === '' ? [] : sanLine.split(', ');
  if (entries.length > 0 && !SAN_ENTRY.test(entries[0])) {
    return { ...opensslFacts(ssl, der, false), sanUnprintable: true };
  }
  const bits = field(/Public-Key: \((\d+) bit\)/);
  return {
    serial: field(/^serial=(\S+)$/m) ?? '',
    notBefore: new Date(field(/^notBefore=(.*)$/m) ?? ''),
    notAfter: new Date(field(/^notAfter=(.*)$/m) ?? ''),
    // DNS names compare in ASCII case only (RFC 4343); written here apart from uclint's own code.
    dns: entries.filter((e) => e.startsWith('DNS:')).map((e) => e.slice(4).replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/\.$/, '')),
    ip: entries.filter((e) => e.startsWith('IP Address:')).map((e) => ipaddr.parse(e.slice(11)).toString()),
    ...(bits ? { bits: Number(bits) } : {}),
    ...(field(/ASN1 OID: (\S+)/) ? { curve: field(/ASN1 OID: (\S+)/) } : {}),
  };
}

function uclintFacts(c: Certificate): OpensslFacts {
  return {
    serial: c.serial ?? '',
    notBefore: c.notBefore!,
    notAfter: c.notAfter!,
    dns: c.sans?.dns ?? [],
    ip: c.sans?.ip ?? [],
    ...(c.key?.size ? { bits: c.key.size } : {}),
    ...(c.key?.curve ? { curve: c.key.curve } : {}),
  };
}

describeCorpus('openssl differential on the system CA bundle and Python test certificates', () => {
  let ssl: Openssl;
  beforeAll(() => {
    ssl = new Openssl();
  });
  afterAll(() => ssl?.cleanup());

  it('reads the SANs, validity, key size or curve and serial that openssl prints', () => {
    let compared = 0;
    const differences: string[] = [];
    const unprintable: { name: string; sans: Certificate['sans'] }[] = [];
    for (const file of corpus) {
      const { certificates } = parseCertificateFile(readFileSync(file), { file });
      for (const certificate of certificates) {
        const expected = opensslFacts(ssl, certificate.der!);
        const actual = uclintFacts(certificate);
        compared++;
        if (expected.sanUnprintable) {
          // Compare what openssl does print; the SANs are checked below against Python's own expectations.
          delete expected.sanUnprintable;
          unprintable.push({ name: certificate.name, sans: certificate.sans });
          actual.dns = expected.dns;
          actual.ip = expected.ip;
        }
        try {
          expect(actual).toEqual(expected);
        } catch {
          differences.push(`${certificate.name}: uclint ${JSON.stringify(actual)} openssl ${JSON.stringify(expected)}`);
        }
      }
    }
    expect(differences).toEqual([]);
    // Python's test_ssl expects these names of nullbytecert.pem (the null-prefix attack certificate).
    for (const { name, sans } of unprintable) {
      expect(name).toMatch(/nullbytecert\.pem$/);
      expect(sans).toEqual({ dns: ['altnull.python.org\0example.com'], ip: ['192.0.2.1', '2001:db8::1'] });
    }
    console.info(`openssl differential: ${compared} certificates from ${corpus.length} files compared`);
    // The bundle alone holds over a hundred certificates; a handful means the corpus was not read.
    expect(compared).toBeGreaterThan(100);
  });
});
