import { defineFormat, eachFile } from '../shared/format.js';
import { derPrivateKey, isDnssecPrivateKeyText, privateKeysInText } from '../shared/private-keys.js';

/**
 * Private key files: PEM and DER keys, BIND's DNSSEC private keys. (Keys inside other files
 * are found by the scan of every text read, src/formats/scanners.ts.)
 */
export default defineFormat({
  name: 'private-key',
  title: 'private key',
  nouns: ['private key file', 'private key files'],
  recognise: {
    // `*.key` is a private key, or BIND's public DNSKEY record (`K<zone>+<alg>+<id>.key`) or a TSIG
    // key statement: the content decides. `K*.private` is BIND's DNSSEC private key.
    candidates: { extensions: ['.key', '.private'] },
    confirm: (head) => derPrivateKey(head.bytes) !== undefined || isDnssecPrivateKeyText(head.text) || privateKeysInText(head.text, head.fileName).length > 0,
    content: (head) => privateKeysInText(head.text, head.fileName).length > 0,
    order: 40,
  },
  input: 'bytes',
  comments: 'none',
  async load(files, context) {
    const { parsePrivateKeyFile } = await import('../shared/private-keys.js');
    return eachFile(files, context, (file, bytes) => ({ nodes: { privateKeys: parsePrivateKeyFile(bytes, file.file) } }));
  },
});
