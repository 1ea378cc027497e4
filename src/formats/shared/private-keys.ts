/**
 * Private keys in the files uclint reads: PEM blocks whose label names a private key and
 * whose body is one (a placeholder between BEGIN and END lines is not), DER private keys,
 * OpenSSH and OpenPGP private keys, BIND's DNSSEC private-key files. What is found is only
 * where and what; no message ever quotes a byte of the key.
 */
import type { SourceRange } from '../../core/types.js';
import type { PrivateKey } from '../../model/private-key.js';
import { TAG, children, isUniversal, readTlv, smallInteger, type Tlv } from './der.js';
import { decodePemBody, pemBlocks, splitLines, type PemBlock } from './pem.js';

/**
 * Labels of private keys: PKCS#8 (`PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`), OpenSSL's
 * traditional ones (`RSA`, `EC`, `DSA PRIVATE KEY`), `OPENSSH PRIVATE KEY`, and OpenPGP's
 * armour (`PGP PRIVATE KEY BLOCK`).
 */
const PRIVATE_KEY_LABEL = /(^|[ ])PRIVATE KEY( BLOCK)?$/;

/** The text a private-key block's BEGIN line always holds; a text without it holds none. */
export const PRIVATE_KEY_MARKER = 'PRIVATE KEY';

export function isPrivateKeyLabel(label: string): boolean {
  return PRIVATE_KEY_LABEL.test(label);
}

const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/** What a private-key PEM block holds, or undefined when its body is not a key (a placeholder, a cut block). */
export function privateKeyInBlock(block: PemBlock): { what: string; encrypted: boolean } | undefined {
  if (!isPrivateKeyLabel(block.label) || block.endLine === undefined || block.mismatchedEnd !== undefined) return undefined;
  const what = block.label.endsWith(' BLOCK') ? block.label : `${block.label} PEM block`;
  // OpenPGP armour ends with a CRC-24 line, `=` and four base64 characters.
  const body = block.label.startsWith('PGP ') ? block.body.filter(({ text }) => !/^=[A-Za-z0-9+/]{4}$/.test(text.trim())) : block.body;
  const decoded = decodePemBody({ ...block, body });
  if (!decoded.ok) return undefined;
  const bytes = decoded.der;
  if (block.label === 'OPENSSH PRIVATE KEY') {
    const cipher = opensshCipher(bytes);
    return cipher === undefined ? undefined : { what, encrypted: cipher !== 'none' };
  }
  // An OpenPGP secret key packet: a packet header (bit 7 set) and at least a key's worth of bytes.
  if (block.label.startsWith('PGP ')) return bytes.length >= 32 && (bytes[0] & 0x80) !== 0 ? { what, encrypted: false } : undefined;
  // OpenSSL's traditional encryption (RFC 1421 headers `Proc-Type: 4,ENCRYPTED`, `DEK-Info`): the body is ciphertext.
  if (body.some(({ text }) => /^\s*Proc-Type:\s*4,\s*ENCRYPTED\s*$/i.test(text))) {
    return bytes.length >= 16 && bytes.length % 8 === 0 ? { what, encrypted: true } : undefined;
  }
  const der = derPrivateKey(bytes);
  return der ? { what, encrypted: der.encrypted } : undefined;
}

/**
 * The structure of a DER private key: PKCS#8 PrivateKeyInfo or OneAsymmetricKey (RFC 5958),
 * EncryptedPrivateKeyInfo (RFC 5958 3), PKCS#1 RSAPrivateKey (RFC 8017 A.1.2), SEC1
 * ECPrivateKey (RFC 5915), OpenSSL's DSA private key (six INTEGERs). Undefined for anything else.
 */
export function derPrivateKey(der: Uint8Array): { what: string; encrypted: boolean } | undefined {
  const top = readTlv(der, 0);
  if (!isUniversal(top, TAG.SEQUENCE) || top.end !== der.length) return undefined;
  const fields = children(der, top);
  if (!fields || fields.length < 2) return undefined;
  const [first, second] = fields;
  const isInteger = (t: Tlv) => isUniversal(t, TAG.INTEGER) && !t.constructed;
  const algorithm = (t: Tlv) => isUniversal(t, TAG.SEQUENCE) && isUniversal(children(der, t)?.[0], TAG.OID);
  if (algorithm(first) && fields.length === 2 && isUniversal(second, TAG.OCTET_STRING)) return { what: 'encrypted PKCS#8 private key', encrypted: true };
  if (!isInteger(first)) return undefined;
  const version = smallInteger(der, first);
  if ((version === 0 || version === 1) && fields.length >= 3 && algorithm(second) && isUniversal(fields[2], TAG.OCTET_STRING)) return { what: 'PKCS#8 private key', encrypted: false };
  if (version === 1 && isUniversal(second, TAG.OCTET_STRING)) return { what: 'EC private key', encrypted: false };
  if (version === 0 && fields.every(isInteger)) {
    if (fields.length === 9) return { what: 'RSA private key', encrypted: false };
    if (fields.length === 6) return { what: 'DSA private key', encrypted: false };
  }
  return undefined;
}

/**
 * The cipher an OpenSSH private key is protected with (`none` when it is not), or undefined
 * when the bytes are not one: the magic, then strings cipher, KDF name and KDF options, the
 * number of keys (at least one), a public key and the private section, each within the bytes
 * (OpenSSH's PROTOCOL.key).
 */
function opensshCipher(bytes: Uint8Array): string | undefined {
  if (bytes.length < OPENSSH_MAGIC.length || !Buffer.from(bytes.subarray(0, OPENSSH_MAGIC.length)).equals(OPENSSH_MAGIC)) return undefined;
  let at = OPENSSH_MAGIC.length;
  const uint32 = (): number | undefined => {
    if (at + 4 > bytes.length) return undefined;
    const value = ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
    at += 4;
    return value;
  };
  const string = (): Uint8Array | undefined => {
    const length = uint32();
    if (length === undefined || at + length > bytes.length) return undefined;
    at += length;
    return bytes.subarray(at - length, at);
  };
  const cipher = string();
  const ok = cipher !== undefined && string() !== undefined && string() !== undefined && (uint32() ?? 0) >= 1 && (string()?.length ?? 0) > 0 && (string()?.length ?? 0) > 0;
  return ok ? Buffer.from(cipher).toString('latin1') : undefined;
}

/** Every private-key PEM block of a text, at its BEGIN..END lines. Cheap on texts without one: a single search. */
export function privateKeysInText(text: string, file: string): PrivateKey[] {
  if (!text.includes(PRIVATE_KEY_MARKER)) return [];
  return privateKeysInBlocks(pemBlocks(splitLines(text)), file);
}

export function privateKeysInBlocks(blocks: readonly PemBlock[], file: string): PrivateKey[] {
  const keys: PrivateKey[] = [];
  for (const block of blocks) {
    const key = privateKeyInBlock(block);
    if (key) keys.push({ loc: blockRange(file, block), ...key });
  }
  return keys;
}

/** BIND's DNSSEC private-key file (`K<zone>+<alg>+<id>.private`, dnssec-keygen): its first line. */
const DNSSEC_PRIVATE_KEY = /^Private-key-format: v\d/;

export function isDnssecPrivateKeyText(text: string): boolean {
  return DNSSEC_PRIVATE_KEY.test(text);
}

/**
 * A file classified as a private key (`*.key`, `K*.private`, or a file of no known
 * extension holding a private-key block): the keys in it. Reads text and DER alike.
 */
export function parsePrivateKeyFile(bytes: Uint8Array, file: string): PrivateKey[] {
  const start: SourceRange = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const der = derPrivateKey(bytes);
  if (der) return [{ loc: start, ...der, what: `${der.what} (DER)` }];
  const text = new TextDecoder('utf-8').decode(bytes);
  if (isDnssecPrivateKeyText(text)) {
    // dnssec-keygen writes TSIG secrets (HMAC algorithms 157, 161-165) in the same format.
    const hmac = /^Algorithm:\s*\d+\s*\(HMAC/im.test(text);
    return [{ loc: start, what: hmac ? 'BIND TSIG secret key file' : 'BIND DNSSEC private key file', encrypted: false }];
  }
  return privateKeysInText(text, file);
}

/** The whole lines of a block. */
function blockRange(file: string, block: PemBlock): SourceRange {
  const endLine = block.endLine ?? block.beginLine;
  return { file, line: block.beginLine, column: 1, endLine, endColumn: block.lastLineLength + 1 };
}
