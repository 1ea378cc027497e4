/**
 * A small DER writer for tests: elements, OIDs, and whole certificates with any validity
 * encoding and SAN bytes, which openssl's command line cannot be asked to write (it writes
 * RFC 5280 times only). Certificates are signed with a fresh P-256 key, so they are real
 * certificates for every parser.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** A DER element: tag, definite length, content. */
export function tlv(tag: number, ...content: Uint8Array[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  if (n < 0x80) return Buffer.concat([Buffer.from([tag, n]), body]);
  const length: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) length.unshift(rest % 256);
  return Buffer.concat([Buffer.from([tag, 0x80 | length.length, ...length]), body]);
}

export function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) base128.unshift(0x80 | (v & 0x7f));
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

export const sequence = (...items: Uint8Array[]) => tlv(0x30, ...items);
export const explicit0 = (...items: Uint8Array[]) => tlv(0xa0, ...items);
export const octetString = (bytes: Uint8Array) => tlv(0x04, bytes);
export const integer = (...bytes: number[]) => tlv(0x02, Buffer.from(bytes));

export const UTC_TIME = 0x17;
export const GENERALIZED_TIME = 0x18;

/** A validity time as written: its tag (UTCTime or GeneralizedTime) and its characters, valid or not. */
export interface WrittenTime {
  tag: number;
  text: string;
}

export interface CertificateShape {
  notBefore: WrittenTime;
  notAfter: WrittenTime;
  /** dNSName SAN entries as raw IA5String bytes (or text, taken as Latin-1). */
  dnsNames?: Array<string | Uint8Array>;
  commonName?: string;
}

let signingKey: { privateKey: KeyObject; spki: Buffer } | undefined;

function key(): { privateKey: KeyObject; spki: Buffer } {
  if (!signingKey) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    signingKey = { privateKey: pair.privateKey, spki: pair.publicKey.export({ type: 'spki', format: 'der' }) };
  }
  return signingKey;
}

/** A self-signed ECDSA P-256 / SHA-256 certificate of the given shape, as DER. */
export function makeCertificate(shape: CertificateShape): Buffer {
  const { privateKey, spki } = key();
  const ecdsaWithSha256 = sequence(oid('1.2.840.10045.4.3.2'));
  const name = sequence(tlv(0x31, sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from(shape.commonName ?? 'test.example', 'utf8')))));
  const time = (t: WrittenTime) => tlv(t.tag, Buffer.from(t.text, 'latin1'));
  const extensions: Buffer[] = [];
  if (shape.dnsNames) {
    const names = shape.dnsNames.map((n) => tlv(0x82, typeof n === 'string' ? Buffer.from(n, 'latin1') : n));
    extensions.push(sequence(oid('2.5.29.17'), octetString(sequence(...names))));
  }
  const tbs = sequence(
    tlv(0xa0, integer(2)),
    integer(0x01, 0x23),
    ecdsaWithSha256,
    name,
    sequence(time(shape.notBefore), time(shape.notAfter)),
    name,
    spki,
    ...(extensions.length > 0 ? [tlv(0xa3, sequence(...extensions))] : []),
  );
  const signature = sign('sha256', tbs, privateKey);
  return sequence(tbs, ecdsaWithSha256, tlv(0x03, Buffer.from([0]), signature));
}
