/**
 * Private keys found in files, and content sniffing that needs real structure: a PEM
 * block is a certificate or a key only when its body is one, not when the BEGIN and END
 * lines surround a placeholder.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { classify, SNIFF_BYTES } from '../../../src/discover/classify.js';
import { parseCertificateFile } from '../../../src/formats/certificate/loader.js';
import { derPrivateKey, parsePrivateKeyFile, privateKeysInText } from '../../../src/formats/shared/private-keys.js';
import { UTC_TIME, makeCertificate } from '../../helpers/der-writer.js';

const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const dsa = generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
const der = (key: KeyObject, type: 'pkcs8' | 'pkcs1' | 'sec1', cipher?: string): Buffer =>
  cipher ? key.export({ type: 'pkcs8', format: 'der', cipher, passphrase: 'x' }) : key.export({ type, format: 'der' });
const pem = (key: KeyObject, type: 'pkcs8' | 'pkcs1' | 'sec1') => key.export({ type, format: 'pem' }) as string;

const certificateDer = makeCertificate({ notBefore: { tag: UTC_TIME, text: '240101000000Z' }, notAfter: { tag: UTC_TIME, text: '340101000000Z' }, dnsNames: ['sip.contoso.com'] });
const certificatePem = `-----BEGIN CERTIFICATE-----\n${certificateDer.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;

describe('DER private keys', () => {
  it.each([
    ['PKCS#8 (EC)', der(ec.privateKey, 'pkcs8'), 'PKCS#8 private key', false],
    ['PKCS#8 (RSA)', der(rsa.privateKey, 'pkcs8'), 'PKCS#8 private key', false],
    ['encrypted PKCS#8', der(ec.privateKey, 'pkcs8', 'aes-256-cbc'), 'encrypted PKCS#8 private key', true],
    ['PKCS#1 RSA', der(rsa.privateKey, 'pkcs1'), 'RSA private key', false],
    ['SEC1 EC', der(ec.privateKey, 'sec1'), 'EC private key', false],
  ])('%s', (_name, bytes, what, encrypted) => {
    expect(derPrivateKey(bytes)).toEqual({ what, encrypted });
    expect(parsePrivateKeyFile(bytes, 'k.key')).toEqual([{ loc: { file: 'k.key', line: 1, column: 1, endLine: 1, endColumn: 1 }, what: `${what} (DER)`, encrypted }]);
  });

  it('is not a certificate, a public key, or a key with bytes after it', () => {
    expect(derPrivateKey(certificateDer)).toBeUndefined();
    expect(derPrivateKey(ec.publicKey.export({ type: 'spki', format: 'der' }))).toBeUndefined();
    expect(derPrivateKey(Buffer.concat([der(ec.privateKey, 'pkcs8'), Buffer.from([0])]))).toBeUndefined();
  });

  it('a DER key in a certificate-named file is a key, not a broken certificate', () => {
    const read = parseCertificateFile(der(rsa.privateKey, 'pkcs1'), { file: 'server.der' });
    expect([read.certificates, read.diagnostics, read.privateKeys.map((k) => k.what)]).toEqual([[], [], ['RSA private key (DER)']]);
  });
});

describe('private keys in text', () => {
  it('finds each key block at its lines, and names no byte of it', () => {
    const text = `# keys\n${pem(ec.privateKey, 'sec1')}\n${pem(dsa.privateKey, 'pkcs8')}`;
    const keys = privateKeysInText(text, 'notes.txt');
    const secLines = pem(ec.privateKey, 'sec1').trimEnd().split('\n').length;
    expect(keys.map((k) => [k.loc.line, k.loc.endLine, k.what, k.encrypted])).toEqual([
      [2, 1 + secLines, 'EC PRIVATE KEY PEM block', false],
      [3 + secLines, text.trimEnd().split('\n').length, 'PRIVATE KEY PEM block', false],
    ]);
    const material = text.split('\n').filter((line) => /^[A-Za-z0-9+/=]{16,}$/.test(line));
    for (const key of keys) for (const line of material) expect(JSON.stringify(key)).not.toContain(line.slice(0, 16));
  });

  it('a placeholder, a cut block, a public key and a certificate are not keys', () => {
    expect(privateKeysInText('-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----\n', 'a')).toEqual([]);
    expect(privateKeysInText('-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----\n', 'a')).toEqual([]);
    expect(privateKeysInText(pem(rsa.privateKey, 'pkcs1').split('\n').slice(0, 5).join('\n'), 'a')).toEqual([]);
    expect(privateKeysInText(ec.publicKey.export({ type: 'spki', format: 'pem' }) as string, 'a')).toEqual([]);
    expect(privateKeysInText(certificatePem.replace(/CERTIFICATE/g, 'PRIVATE KEY'), 'a')).toEqual([]);
    expect(privateKeysInText('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----\n', 'a')).toEqual([]);
  });

  it('never throws, and every key found lies inside the text', () => {
    const pieces = fc.constantFrom('-----BEGIN PRIVATE KEY-----\n', '-----END PRIVATE KEY-----\n', '-----BEGIN RSA PRIVATE KEY-----\n', 'Proc-Type: 4,ENCRYPTED\n', 'MIIB', 'AAAA\n', '====\n', '\r\n', ' ', pem(ec.privateKey, 'pkcs8'));
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const key of privateKeysInText(text, 'f')) {
          expect(key.loc.line).toBeGreaterThanOrEqual(1);
          expect(key.loc.endLine).toBeLessThanOrEqual(lines);
        }
      }),
      { seed: 16, numRuns: 500 },
    );
  });
});

describe('classification by content', () => {
  const placeholder = '-----BEGIN CERTIFICATE-----\n<paste the CA certificate here>\n-----END CERTIFICATE-----\n';

  it('a .txt or configuration file with placeholder certificate blocks is not a certificate', () => {
    expect(classify('router.txt', Buffer.from(`crypto pki trustpoint CA\n${placeholder}`))).toBeUndefined();
    expect(classify('sbc.cfg', Buffer.from('-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE...\n-----END CERTIFICATE-----\n'))).toBeUndefined();
    expect(classify('sbc.cfg', Buffer.from('-----BEGIN CERTIFICATE-----\n{{ tls_certificate }}\n-----END CERTIFICATE-----\n'))).toBeUndefined();
    expect(classify('sbc.cfg', Buffer.from('-----BEGIN CERTIFICATE-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END CERTIFICATE-----\n'))).toBeUndefined();
  });

  it('a file whose PEM block decodes to DER is a certificate, even cut off by the end of the head', () => {
    expect(classify('chain.txt', Buffer.from(`the CA:\n${placeholder}the leaf:\n${certificatePem}`))).toBe('certificate');
    const head = Buffer.from(`${'#'.repeat(SNIFF_BYTES - 200)}\n${certificatePem}`).subarray(0, SNIFF_BYTES);
    expect(classify('bundle.txt', head)).toBe('certificate');
  });

  it('files named as certificates are read as certificates whatever they hold', () => {
    expect(classify('ca.pem', Buffer.from(placeholder))).toBe('certificate');
    expect(classify('ca.crt', Buffer.from(placeholder))).toBe('certificate');
  });

  it('*.key and K*.private are private keys only when they hold one', () => {
    expect(classify('server.key', Buffer.from(pem(ec.privateKey, 'pkcs8')))).toBe('private-key');
    expect(classify('server.key', der(rsa.privateKey, 'pkcs1'))).toBe('private-key');
    expect(classify('Kcontoso.com.+013+12345.key', Buffer.from('contoso.com. IN DNSKEY 257 3 13 AAAA\n'))).toBeUndefined();
    expect(classify('rndc.key', Buffer.from('key "rndc-key" {\n\talgorithm hmac-sha256;\n\tsecret "AAAA";\n};\n'))).toBeUndefined();
    expect(classify('Kcontoso.com.+013+12345.private', Buffer.from('Private-key-format: v1.3\nAlgorithm: 13 (ECDSAP256SHA256)\n'))).toBe('private-key');
    expect(classify('notes.private', Buffer.from('private notes\n'))).toBeUndefined();
  });

  it('BIND key files: a DNSSEC private key and a TSIG secret are named as what they are', () => {
    const file = (algorithm: string) => parsePrivateKeyFile(Buffer.from(`Private-key-format: v1.3\nAlgorithm: ${algorithm}\nKey: AAAA\n`), 'K.private').map((k) => k.what);
    expect(file('13 (ECDSAP256SHA256)')).toEqual(['BIND DNSSEC private key file']);
    expect(file('163 (HMAC_SHA256)')).toEqual(['BIND TSIG secret key file']);
  });

  it('a file of no known extension holding a private key is one (id_rsa)', () => {
    expect(classify('id_rsa', Buffer.from(pem(rsa.privateKey, 'pkcs1')))).toBe('private-key');
    expect(classify('id_rsa', Buffer.from('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n'))).toBeUndefined();
    expect(classify('server.pub', Buffer.from(pem(rsa.privateKey, 'pkcs1')))).toBeUndefined();
  });
});
