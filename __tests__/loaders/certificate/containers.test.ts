/**
 * The certificate loader on certificates and containers made by openssl: exact facts for
 * each key and signature kind, every container, and PKCS#12 passwords.
 */
import { readFileSync } from 'node:fs';
import { parseCertificateFile } from '../../../src/formats/certificate/loader.js';
import type { CertificateFileOptions } from '../../../src/formats/certificate/loader.js';
import type { Made } from './openssl.js';
import { Openssl, haveOpenssl } from './openssl.js';

const describeOpenssl = haveOpenssl ? describe : describe.skip;
if (!haveOpenssl) console.warn('openssl is not on PATH: the certificate container tests are skipped');

const notBefore = new Date('2024-01-01T00:00:00Z');
const notAfter = new Date('2034-06-15T12:30:00Z');

let ssl: Openssl;
let ca: Made;
let leaf: Made;
let client: Made;
let legacy: Made;
let ec256: Made;
let ec384: Made;
let ed: Made;
let pss: Made;

const parse = (bytes: Uint8Array | string, options: Partial<CertificateFileOptions> & { file: string }) =>
  parseCertificateFile(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, options);

describeOpenssl('certificate files made by openssl', () => {
  beforeAll(() => {
    ssl = new Openssl();
    ca = ssl.cert({ name: 'ca', key: 'rsa:2048', subject: '/C=US/O=Contoso/CN=Contoso Root CA', serial: '01', extensions: ['basicConstraints = critical, CA:TRUE, pathlen:1', 'keyUsage = keyCertSign, cRLSign'] });
    leaf = ssl.cert({
      name: 'leaf',
      key: 'rsa:2048',
      subject: '/O=Contoso/CN=sip.contoso.com',
      serial: '0A1B2C3D4E5F',
      issuer: ca,
      extensions: ['basicConstraints = CA:FALSE', 'extendedKeyUsage = serverAuth', 'subjectAltName = DNS:SIP.Contoso.COM., DNS:*.contoso.com, IP:192.0.2.10, IP:2001:db8:0:0:0:0:0:1'],
    });
    client = ssl.cert({ name: 'client', key: 'ec:P-256', subject: '/CN=edge.contoso.com', serial: '7F', issuer: ca, extensions: ['extendedKeyUsage = serverAuth, clientAuth, 1.3.6.1.4.1.99999.1', 'subjectAltName = DNS:edge.contoso.com'] });
    legacy = ssl.cert({ name: 'legacy', key: 'rsa:1024', subject: '/CN=old.contoso.com', serial: '00FF', md: 'sha1' });
    ec256 = client;
    ec384 = ssl.cert({ name: 'ec384', key: 'ec:P-384', subject: '/CN=p384.contoso.com', serial: '0384', md: 'sha384', extensions: ['subjectAltName = IP:10.0.0.1'] });
    ed = ssl.cert({ name: 'ed', key: 'ed25519', subject: '/CN=Ed CA', serial: '025519', extensions: ['basicConstraints = critical, CA:TRUE'] });
    pss = ssl.cert({ name: 'pss', key: 'rsa:2048', subject: '/CN=pss.contoso.com', serial: '05', pss: true, md: 'sha256' });
  });
  afterAll(() => ssl?.cleanup());

  it('reads the exact facts of an RSA leaf with SANs and serverAuth', () => {
    const { certificates, diagnostics } = parse(readFileSync(leaf.pem), { file: 'certs/leaf.pem' });
    expect(diagnostics).toEqual([]);
    expect(certificates).toHaveLength(1);
    const { der, ...facts } = certificates[0];
    expect(facts).toEqual({
      subject: 'O=Contoso, CN=sip.contoso.com',
      commonName: 'sip.contoso.com',
      issuer: 'C=US, O=Contoso, CN=Contoso Root CA',
      serial: '0A1B2C3D4E5F',
      notBefore,
      notAfter,
      key: { algorithm: 'rsa', size: 2048 },
      signature: { algorithm: 'sha256WithRSAEncryption', hash: 'sha256', pss: false },
      sans: { dns: ['sip.contoso.com', '*.contoso.com'], ip: ['192.0.2.10', '2001:db8::1'] },
      eku: ['serverAuth'],
      basicConstraints: { ca: false },
      selfSigned: false,
      fingerprint256: ssl.fingerprint(leaf),
      loc: { file: 'certs/leaf.pem', line: 1, column: 1, endLine: certificates[0].loc.endLine, endColumn: 26 },
      source: 'pem',
      name: 'certs/leaf.pem',
      usedBy: [],
    });
    expect(Buffer.from(der!)).toEqual(readFileSync(leaf.der));
    expect(certificates[0].loc.endLine).toBe(readFileSync(leaf.pem, 'utf8').trimEnd().split('\n').length);
  });

  it('reads a self-signed CA with a path length, and names EKUs it does not know by OID', () => {
    const [root] = parse(readFileSync(ca.pem), { file: 'ca.pem' }).certificates;
    expect(root).toMatchObject({ basicConstraints: { ca: true, pathLength: 1 }, selfSigned: true, serial: '01', subject: 'C=US, O=Contoso, CN=Contoso Root CA' });
    expect(root.eku).toBeUndefined();
    expect(root.sans).toBeUndefined();
    const [edge] = parse(readFileSync(client.pem), { file: 'edge.pem' }).certificates;
    expect(edge.eku).toEqual(['serverAuth', 'clientAuth', '1.3.6.1.4.1.99999.1']);
  });

  it('reads key kinds and signature algorithms: RSA 1024 with SHA-1, EC P-256 and P-384, Ed25519, RSASSA-PSS', () => {
    const facts = (m: Made) => {
      const [c] = parse(readFileSync(m.der), { file: `${m.name}.der` }).certificates;
      return { key: c.key, signature: c.signature, selfSigned: c.selfSigned, serial: c.serial };
    };
    expect(facts(legacy)).toEqual({ key: { algorithm: 'rsa', size: 1024 }, signature: { algorithm: 'sha1WithRSAEncryption', hash: 'sha1', pss: false }, selfSigned: true, serial: 'FF' });
    expect(facts(ec256)).toEqual({ key: { algorithm: 'ec', size: 256, curve: 'prime256v1' }, signature: { algorithm: 'sha256WithRSAEncryption', hash: 'sha256', pss: false }, selfSigned: false, serial: '7F' });
    expect(facts(ec384)).toEqual({ key: { algorithm: 'ec', size: 384, curve: 'secp384r1' }, signature: { algorithm: 'ecdsa-with-SHA384', hash: 'sha384', pss: false }, selfSigned: true, serial: '0384' });
    expect(facts(ed)).toEqual({ key: { algorithm: 'ed25519' }, signature: { algorithm: 'ED25519', pss: false }, selfSigned: true, serial: '025519' });
    expect(facts(pss)).toEqual({ key: { algorithm: 'rsa', size: 2048 }, signature: { algorithm: 'rsassaPss', hash: 'sha256', pss: true }, selfSigned: true, serial: '05' });
    const [p384] = parse(readFileSync(ec384.der), { file: 'p384.der' }).certificates;
    expect(p384.sans).toEqual({ dns: [], ip: ['10.0.0.1'] });
  });

  it('reads several PEM blocks among text, with LF, CRLF and CR line ends', () => {
    const text = ssl.run(['x509', '-in', leaf.pem, '-text']).toString();
    const bundle = `${text}\n# the issuing CA\n${readFileSync(ca.pem, 'utf8')}`;
    const textLines = text.split('\n').length;
    const leafBegin = text.split('\n').findIndex((l) => l.startsWith('-----BEGIN')) + 1;
    for (const eol of ['\n', '\r\n', '\r']) {
      const { certificates, diagnostics } = parse(bundle.replace(/\n/g, eol), { file: 'chain.pem' });
      expect(diagnostics).toEqual([]);
      expect(certificates.map((c) => [c.name, c.commonName, c.loc.line])).toEqual([
        ['chain.pem#1', 'sip.contoso.com', leafBegin],
        ['chain.pem#2', 'Contoso Root CA', textLines + 2],
      ]);
      expect(certificates[1].loc.endLine).toBe(textLines + 1 + readFileSync(ca.pem, 'utf8').trimEnd().split('\n').length);
    }
  });

  it('gives private keys to the private-key rule and skips requests with an info diagnostic, showing no key material', () => {
    const key = readFileSync(leaf.key, 'utf8');
    const csr = readFileSync(ssl.path('leaf.csr'), 'utf8');
    const text = `${key}${readFileSync(leaf.pem, 'utf8')}${csr}`;
    const { certificates, privateKeys, diagnostics } = parse(text, { file: 'mixed.pem' });
    expect(certificates.map((c) => c.commonName)).toEqual(['sip.contoso.com']);
    const keyLines = key.trimEnd().split('\n').length;
    const certLines = readFileSync(leaf.pem, 'utf8').trimEnd().split('\n').length;
    expect(privateKeys).toEqual([{ loc: { file: 'mixed.pem', line: 1, column: 1, endLine: keyLines, endColumn: 26 }, what: 'PRIVATE KEY PEM block', encrypted: false }]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.message])).toEqual([
      ['certificate/pem-skipped', 'info', keyLines + certLines + 1, 'PEM block CERTIFICATE REQUEST is not a certificate; skipped'],
    ]);
  });

  it('reads DER, and PKCS#7 bundles in PEM and DER', () => {
    const der = parse(readFileSync(leaf.der), { file: 'leaf.cer' });
    expect(der.diagnostics).toEqual([]);
    expect(der.certificates.map((c) => [c.name, c.source, c.loc])).toEqual([['leaf.cer', 'der', { file: 'leaf.cer', line: 1, column: 1, endLine: 1, endColumn: 1 }]]);

    for (const asDer of [false, true]) {
      const bytes = ssl.pkcs7([leaf, ca, ec384], asDer);
      const { certificates, diagnostics } = parse(bytes, { file: 'chain.p7b' });
      expect(diagnostics).toEqual([]);
      expect(certificates.map((c) => [c.name, c.source, c.commonName, c.loc.line])).toEqual([
        ['chain.p7b#1', 'pkcs7', 'sip.contoso.com', 1],
        ['chain.p7b#2', 'pkcs7', 'Contoso Root CA', 1],
        ['chain.p7b#3', 'pkcs7', 'p384.contoso.com', 1],
      ]);
      expect(certificates[0].fingerprint256).toBe(ssl.fingerprint(leaf));
      if (!asDer) expect(certificates[0].loc.endLine).toBe(bytes.toString().trimEnd().split('\n').length);
    }
  });

  describe('PKCS#12', () => {
    it.each([
      ['OpenSSL 3 default (PBES2, AES-256-CBC, SHA-256 MAC)', false],
      ['legacy (RC2-40 and 3DES, SHA-1 MAC)', true],
    ])('reads every certificate of the %s encoding', (_label, legacyEncoding) => {
      const bytes = ssl.pkcs12(`leaf-${legacyEncoding}.pfx`, leaf, { password: 's3cret', legacy: legacyEncoding, extra: [ca] });
      const { certificates, diagnostics } = parse(bytes, { file: 'edge.pfx', password: 's3cret', passwordVariable: 'EDGE_PFX_PASSWORD' });
      expect(diagnostics).toEqual([]);
      expect(certificates.map((c) => [c.name, c.source, c.commonName, c.fingerprint256])).toEqual([
        ['edge.pfx#1', 'pkcs12', 'sip.contoso.com', ssl.fingerprint(leaf)],
        ['edge.pfx#2', 'pkcs12', 'Contoso Root CA', ssl.fingerprint(ca)],
      ]);
    });

    it('reads an EC certificate, and a password that is not ASCII, in both encodings', () => {
      for (const legacyEncoding of [false, true]) {
        const bytes = ssl.pkcs12(`ec-${legacyEncoding}.p12`, ec384, { password: 'pässwörd€', legacy: legacyEncoding });
        const { certificates, diagnostics } = parse(bytes, { file: 'ec.p12', password: 'pässwörd€' });
        expect(diagnostics).toEqual([]);
        expect(certificates.map((c) => [c.name, c.key, c.signature?.algorithm])).toEqual([['ec.p12', { algorithm: 'ec', size: 384, curve: 'secp384r1' }, 'ecdsa-with-SHA384']]);
      }
    });

    it('reports a wrong password and a missing one, naming the variable and never the password', () => {
      for (const legacyEncoding of [false, true]) {
        const bytes = ssl.pkcs12(`pw-${legacyEncoding}.pfx`, leaf, { password: 'right', legacy: legacyEncoding });
        const wrong = parse(bytes, { file: 'edge.pfx', password: 'wrong-guess', passwordVariable: 'EDGE_PFX_PASSWORD' });
        expect(wrong.certificates).toEqual([]);
        expect(wrong.diagnostics).toEqual([
          {
            file: 'edge.pfx',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            severity: 'error',
            code: 'certificate/pkcs12-bad-password',
            message: 'the password in the environment variable EDGE_PFX_PASSWORD does not open this PKCS#12 file (MAC verification failed)',
          },
        ]);
        const missing = parse(bytes, { file: 'edge.pfx', passwordVariable: 'EDGE_PFX_PASSWORD' });
        expect(missing.diagnostics.map((d) => [d.code, d.severity, d.line, d.message])).toEqual([
          [
            'certificate/pkcs12-password-missing',
            'warning',
            1,
            'the PKCS#12 file is protected by a password and none is configured (the environment variable EDGE_PFX_PASSWORD is not set); its certificates are not checked',
          ],
        ]);
        const unnamed = parse(bytes, { file: 'edge.pfx' });
        expect(unnamed.diagnostics.map((d) => d.code)).toEqual(['certificate/pkcs12-password-missing']);
      }
    });

    it('opens a file exported with an empty password when none is configured, and says its key is open to anyone', () => {
      for (const legacyEncoding of [false, true]) {
        const bytes = ssl.pkcs12(`empty-${legacyEncoding}.pfx`, leaf, { password: '', legacy: legacyEncoding });
        const { certificates, privateKeys, diagnostics } = parse(bytes, { file: 'empty.pfx' });
        expect(diagnostics).toEqual([]);
        expect(certificates.map((c) => c.commonName)).toEqual(['sip.contoso.com']);
        expect(privateKeys).toEqual([{ loc: { file: 'empty.pfx', line: 1, column: 1, endLine: 1, endColumn: 1 }, what: 'PKCS#12 file that opens without a password', encrypted: false, pkcs12: true }]);
      }
    });

    it('a file under a password keeps its key, whether the password is configured or not; one without a key has none', () => {
      const bytes = ssl.pkcs12('protected.pfx', leaf, { password: 's3cret' });
      expect(parse(bytes, { file: 'p.pfx', password: 's3cret' }).privateKeys).toEqual([]);
      expect(parse(bytes, { file: 'p.pfx' }).privateKeys).toEqual([]);
      const certificatesOnly = ssl.pkcs12('nokeys.pfx', leaf, { password: '', args: ['-nokeys'] });
      const read = parse(certificatesOnly, { file: 'n.pfx' });
      expect([read.certificates.length, read.privateKeys, read.diagnostics]).toEqual([1, [], []]);
    });

    it('a key bag stored without encryption (-keypbe NONE) is open to anyone, even when the password is not configured', () => {
      const bytes = ssl.pkcs12('plainkey.pfx', leaf, { password: 's3cret', args: ['-keypbe', 'NONE'] });
      for (const password of ['s3cret', undefined]) {
        const { privateKeys } = parse(bytes, { file: 'k.pfx', password });
        expect(privateKeys.map((k) => [k.loc.line, k.pkcs12])).toEqual([[1, true]]);
      }
      // And the password-missing warning still says why the certificates were not read.
      expect(parse(bytes, { file: 'k.pfx' }).diagnostics.map((d) => d.code)).toEqual(['certificate/pkcs12-password-missing']);
    });

    it('refuses an iteration count over the bound before deriving any key', () => {
      // 65,536 is written as 02 03 01 00 00; 0x7FFFFF (8,388,607) has the same length.
      const bytes = Buffer.from(ssl.pkcs12('iter.pfx', leaf, { password: 'x', iter: 65536 }));
      const needle = Buffer.from([0x02, 0x03, 0x01, 0x00, 0x00]);
      let patched = 0;
      for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1), patched++) bytes.set([0x7f, 0xff, 0xff], at + 2);
      expect(patched).toBeGreaterThan(0);
      const { certificates, diagnostics } = parse(bytes, { file: 'bomb.pfx', password: 'x' });
      expect(certificates).toEqual([]);
      expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
        ['certificate/pkcs12-iterations', 1, 'the PKCS#12 MAC asks for 8,388,607 iterations, over the bound of 1,000,000; the file is not read'],
      ]);
    });
  });
});
