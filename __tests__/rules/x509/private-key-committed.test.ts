import { generateKeyPairSync } from 'node:crypto';
import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/x509/private-key-committed.js';

// Keys made for the test run: nothing secret is committed, and every form is a real key.
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const PKCS8 = ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const SEC1 = ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string;
const PKCS1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
const ENCRYPTED_PKCS8 = ec.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'test' }) as string;
const ENCRYPTED_PKCS1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'test' }) as string;
const PUBLIC_KEY = ec.publicKey.export({ type: 'spki', format: 'pem' }) as string;

/** An OpenSSH private key's shape (PROTOCOL.key): magic, cipher, KDF name and options, one key, its public part and the private section. */
function openssh(cipher: string): string {
  const string = (bytes: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  const one = Buffer.from([0, 0, 0, 1]);
  const kdf = cipher === 'none' ? 'none' : 'bcrypt';
  const parts = [Buffer.from('openssh-key-v1\0', 'latin1'), string(Buffer.from(cipher)), string(Buffer.from(kdf)), string(Buffer.alloc(kdf === 'none' ? 0 : 24, 1)), one, string(Buffer.alloc(51, 2)), string(Buffer.alloc(144, 3))];
  const body = Buffer.concat(parts).toString('base64');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.match(/.{1,70}/g)!.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

/** Lines of a PEM text indented (a key pasted into notes or a YAML block scalar). */
const indented = (pem: string, prefix: string) => pem.trimEnd().split('\n').map((line) => prefix + line).join('\n');

const CERTIFICATE_PLACEHOLDER = '-----BEGIN CERTIFICATE-----\n<paste the certificate here>\n-----END CERTIFICATE-----\n';
const KEY_PLACEHOLDER = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----\n';
const DNSKEY = 'contoso.com. IN DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==\n';
const TSIG_KEY = 'key "transfer" {\n  algorithm hmac-sha256;\n  secret "c2VjcmV0IGZvciB0aGUgdGVzdA==";\n};\n';

const OVPN_HEAD = 'client\ndev tun\nremote vpn.contoso.com 1194\n';

runRuleTests(rule, {
  valid: [
    { name: 'a public key, a DNSSEC public key file and a TSIG key statement are not private keys', files: { 'keys/server-public.txt': PUBLIC_KEY, 'dns/Kcontoso.com.+013+12345.key': DNSKEY, 'dns/tsig.key': TSIG_KEY, 'zones/contoso.com.zone': '$ORIGIN contoso.com.\n@ 3600 IN A 192.0.2.1\n' } },
        {
      name: 'placeholders between PRIVATE KEY lines hold no key',
      files: { 'certs/template.pem': KEY_PLACEHOLDER, 'cisco/sbc-template.txt': `crypto pki import\n${CERTIFICATE_PLACEHOLDER}${KEY_PLACEHOLDER}`, 'vpn/client.ovpn': `${OVPN_HEAD}<key>\n${KEY_PLACEHOLDER}</key>\n` },
    },
  ],
  invalid: [
    {
      name: 'a PKCS#8 key file, and an RSA key beside a certificate in a .pem',
      files: { 'certs/edge.key': PKCS8, 'certs/pool.pem': `# pool key\n${PKCS1}` },
      errors: [
        { messageId: 'committed', line: 1, file: 'certs/edge.key', data: { what: 'PRIVATE KEY PEM block' } },
        { messageId: 'committed', line: 2, file: 'certs/pool.pem', data: { what: 'RSA PRIVATE KEY PEM block' } },
      ],
    },
    {
      name: 'encrypted keys: PKCS#8 and OpenSSL traditional encryption',
      files: { 'a.key': ENCRYPTED_PKCS8, 'b.key': ENCRYPTED_PKCS1 },
      errors: [
        { messageId: 'committedEncrypted', line: 1, file: 'a.key', data: { what: 'ENCRYPTED PRIVATE KEY PEM block' } },
        { messageId: 'committedEncrypted', line: 1, file: 'b.key', data: { what: 'RSA PRIVATE KEY PEM block' } },
      ],
    },
    {
      name: 'keys inside files of other kinds: an OpenVPN inline key, indented notes of no known extension',
      files: {
        'vpn/client.ovpn': `${OVPN_HEAD}<key>\n${SEC1}</key>\n`,
        'notes/edge-key.txt': `The Edge's key, for the rebuild:\n\n${indented(PKCS8, '    ')}\n`,
      },
      errors: [
        { messageId: 'committed', line: 3, file: 'notes/edge-key.txt', data: { what: 'PRIVATE KEY PEM block' } },
        { messageId: 'committed', line: 5, file: 'vpn/client.ovpn', data: { what: 'EC PRIVATE KEY PEM block' } },
      ],
    },
    {
      name: 'SSH keys without an extension, and a DNSSEC private key file',
      files: {
        'admin/id_ed25519': openssh('none'),
        'admin/id_rsa': openssh('aes256-ctr'),
        'dns/Kcontoso.com.+013+12345.private': 'Private-key-format: v1.3\nAlgorithm: 13 (ECDSAP256SHA256)\nPrivateKey: AAAA\n',
      },
      errors: [
        { messageId: 'committed', line: 1, file: 'admin/id_ed25519', data: { what: 'OPENSSH PRIVATE KEY PEM block' } },
        { messageId: 'committedEncrypted', line: 1, file: 'admin/id_rsa', data: { what: 'OPENSSH PRIVATE KEY PEM block' } },
        { messageId: 'committed', line: 1, file: 'dns/Kcontoso.com.+013+12345.private', data: { what: 'BIND DNSSEC private key file' } },
      ],
    },
  ],
});
