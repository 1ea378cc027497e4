/**
 * The facts of one DER certificate. Node's `crypto.X509Certificate` (OpenSSL) parses and
 * validates it and gives the key, names, serial, fingerprint and self-signature; the DER
 * reader gives what Node 20 does not expose or prints in a form that would need parsing
 * again: the signature algorithm with RSASSA-PSS parameters, SANs, EKU, basic constraints
 * with the path length, validity as dates and the last subject CN.
 */
import { X509Certificate } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import type { CertificateFacts } from '../../model/certificate.js';
import { hostName } from '../../model/certificate.js';
import type { Tlv } from '../shared/der.js';
import { TAG, boolean, children, content, directoryString, isContext, isUniversal, octets, oid, readTlv, sequence, smallInteger, time } from '../shared/der.js';
import { CURVE_BITS, DIGESTS, EXTENDED_KEY_USAGES, OID, SIGNATURE_ALGORITHMS } from './oids.js';

/** A validity time OpenSSL would not read, as written (at most 40 characters). */
export interface UnreadableTime {
  field: 'notBefore' | 'notAfter';
  written: string;
}

export type FactsResult = { ok: true; facts: CertificateFacts; unreadableTimes: UnreadableTime[] } | { ok: false; reason: string };

/** Facts of the certificate whose DER encoding is exactly `der` (depth-checked by the caller). */
export function certificateFacts(der: Uint8Array): FactsResult {
  const parts = structure(der);
  if (!parts) return { ok: false, reason: 'not an X.509 certificate (the ASN.1 structure is not Certificate)' };
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(der);
  } catch (error) {
    return { ok: false, reason: opensslReason(error) };
  }
  const facts: CertificateFacts = {
    subject: oneLine(x509.subject),
    issuer: oneLine(x509.issuer),
    serial: serialNumber(der, parts.serial) ?? x509.serialNumber.toUpperCase(),
    notBefore: time(der, parts.validity[0]),
    notAfter: time(der, parts.validity[1]),
    signature: signatureAlgorithm(der, parts.signatureAlgorithm),
    selfSigned: selfSigned(x509),
    fingerprint256: x509.fingerprint256,
  };
  const commonName = lastCommonName(der, parts.subject);
  if (commonName !== undefined) facts.commonName = commonName;
  const key = publicKey(x509, der, parts.spki);
  if (key) facts.key = key;
  for (const ext of parts.extensions) applyExtension(der, ext, facts);
  const unreadableTimes: UnreadableTime[] = [];
  (['notBefore', 'notAfter'] as const).forEach((field, index) => {
    if (facts[field] !== undefined) return;
    delete facts[field];
    unreadableTimes.push({ field, written: Buffer.from(content(der, parts.validity[index])).toString('latin1').slice(0, 40) });
  });
  return { ok: true, facts, unreadableTimes };
}

interface Parts {
  serial: Tlv;
  signatureAlgorithm: Tlv;
  validity: Tlv[];
  subject: Tlv;
  spki: Tlv;
  extensions: Tlv[];
}

/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue } (RFC 5280 4.1). */
function structure(der: Uint8Array): Parts | undefined {
  const top = readTlv(der, 0);
  if (!top || top.end !== der.length) return undefined;
  const cert = sequence(der, top);
  if (!cert || cert.length !== 3 || !isUniversal(cert[2], TAG.BIT_STRING)) return undefined;
  const tbs = sequence(der, cert[0]);
  if (!tbs) return undefined;
  // version [0] is optional; serial, signature, issuer, validity, subject, spki follow.
  const i = isContext(tbs[0], 0) ? 1 : 0;
  const validity = sequence(der, tbs[i + 3]);
  if (!validity || validity.length !== 2 || !tbs[i + 4] || !tbs[i + 5] || !isUniversal(cert[1], TAG.SEQUENCE)) return undefined;
  const extensions: Tlv[] = [];
  const extWrapper = tbs.slice(i + 6).find((t) => isContext(t, 3));
  if (extWrapper) {
    const inner = children(der, extWrapper);
    const list = inner && inner.length === 1 ? sequence(der, inner[0]) : undefined;
    if (list) extensions.push(...list);
  }
  return { serial: tbs[i], signatureAlgorithm: cert[1], validity, subject: tbs[i + 4], spki: tbs[i + 5], extensions };
}

/**
 * The serial's octets in hexadecimal as `openssl x509 -serial` prints them: without the
 * sign octet, `00` for zero (Node prints `0`). Negative serials (invalid, but issued) are
 * left to Node, which prints the sign.
 */
function serialNumber(der: Uint8Array, tlv: Tlv): string | undefined {
  if (!isUniversal(tlv, TAG.INTEGER) || tlv.constructed) return undefined;
  const c = content(der, tlv);
  if (c.length === 0 || (c[0] & 0x80) !== 0) return undefined;
  return Buffer.from(c.length > 1 && c[0] === 0 ? c.subarray(1) : c).toString('hex').toUpperCase();
}

/** A distinguished name on one line; Node gives undefined for an empty Name (a subject RFC 5280 allows when the SAN is critical). */
function oneLine(name: string | undefined): string {
  return (name ?? '').split('\n').join(', ');
}

function opensslReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // OpenSSL's "error:0680007B:asn1 encoding routines::header too long" reads better without its codes.
  return message.replace(/^error:[0-9A-F]+:/i, '').replace(/::/g, ': ');
}

function signatureAlgorithm(der: Uint8Array, algorithm: Tlv): CertificateFacts['signature'] {
  const fields = sequence(der, algorithm) ?? [];
  const id = oid(der, fields[0]) ?? 'unknown';
  const known = SIGNATURE_ALGORITHMS[id];
  if (id !== OID.rsassaPss) return { algorithm: known?.name ?? id, ...(known?.hash ? { hash: known.hash } : {}), pss: false };
  return { algorithm: known.name, hash: pssHash(der, fields[1]), pss: true };
}

/** RSASSA-PSS-params ::= SEQUENCE { hashAlgorithm [0] AlgorithmIdentifier DEFAULT sha1, ... } (RFC 4055 3.1). */
function pssHash(der: Uint8Array, params: Tlv | undefined): string {
  const fields = sequence(der, params) ?? [];
  const hashField = fields.find((f) => isContext(f, 0));
  if (!hashField) return 'sha1';
  const inner = children(der, hashField);
  const algorithm = inner && inner.length === 1 ? sequence(der, inner[0]) : undefined;
  const id = algorithm ? oid(der, algorithm[0]) : undefined;
  return (id && DIGESTS[id]) ?? id ?? 'unknown';
}

function selfSigned(x509: X509Certificate): boolean {
  try {
    return x509.checkIssued(x509) && x509.verify(x509.publicKey);
  } catch {
    // A key type or digest OpenSSL cannot use (MD2, unknown curves) cannot verify anything.
    return false;
  }
}

/** The last CN of the subject Name (SEQUENCE OF SET OF AttributeTypeAndValue). */
function lastCommonName(der: Uint8Array, subject: Tlv): string | undefined {
  let cn: string | undefined;
  for (const rdn of sequence(der, subject) ?? []) {
    for (const attribute of sequence(der, rdn, TAG.SET) ?? []) {
      const pair = sequence(der, attribute);
      if (pair && pair.length === 2 && oid(der, pair[0]) === OID.commonName) cn = directoryString(der, pair[1]) ?? cn;
    }
  }
  return cn;
}

const SPKI_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.1': 'rsa',
  '1.2.840.113549.1.1.10': 'rsa-pss',
  '1.2.840.10045.2.1': 'ec',
  '1.3.101.112': 'ed25519',
  '1.3.101.113': 'ed448',
  '1.2.840.10040.4.1': 'dsa',
};

function publicKey(x509: X509Certificate, der: Uint8Array, spki: Tlv): CertificateFacts['key'] {
  try {
    const key = x509.publicKey;
    const algorithm = key.asymmetricKeyType ?? 'unknown';
    // Node 20 aborts the process (an assertion, not an exception) when asked the details of a
    // DSA key OpenSSL decoded but cannot hand over, such as one with a negative public value.
    if (algorithm === 'dsa') return dsaKey(der, spki);
    const details = key.asymmetricKeyDetails ?? {};
    if (details.namedCurve) return { algorithm, size: CURVE_BITS[details.namedCurve], curve: details.namedCurve };
    if (details.modulusLength) return { algorithm, size: details.modulusLength };
    return { algorithm };
  } catch {
    // OpenSSL parsed the certificate but not its key (explicit EC parameters, GOST): name the algorithm only.
    const fields = sequence(der, spki);
    const algorithm = fields ? sequence(der, fields[0]) : undefined;
    const id = algorithm ? oid(der, algorithm[0]) : undefined;
    return id ? { algorithm: SPKI_ALGORITHMS[id] ?? id } : undefined;
  }
}

/** SubjectPublicKeyInfo ::= SEQUENCE { algorithm SEQUENCE { id, Dss-Parms SEQUENCE { p, q, g } }, subjectPublicKey }: the size is that of p (RFC 3279 2.3.2). */
function dsaKey(der: Uint8Array, spki: Tlv): CertificateFacts['key'] {
  const algorithm = sequence(der, sequence(der, spki)?.[0]);
  const p = sequence(der, algorithm?.[1])?.[0];
  if (!isUniversal(p, TAG.INTEGER) || p.constructed) return { algorithm: 'dsa' };
  const bytes = content(der, p);
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  if (start === bytes.length) return { algorithm: 'dsa' };
  return { algorithm: 'dsa', size: (bytes.length - start) * 8 - Math.clz32(bytes[start]) + 24 };
}

/** Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }. */
function applyExtension(der: Uint8Array, extension: Tlv, facts: CertificateFacts): void {
  const fields = sequence(der, extension);
  if (!fields || fields.length < 2) return;
  const id = oid(der, fields[0]);
  const value = octets(der, fields[fields.length - 1]);
  if (!value) return;
  const top = readTlv(value, 0);
  if (!top || top.end !== value.length) return;
  if (id === OID.subjectAltName) facts.sans = subjectAltNames(value, top);
  else if (id === OID.extKeyUsage) facts.eku = (sequence(value, top) ?? []).map((t) => oid(value, t)).filter((o): o is string => o !== undefined).map((o) => EXTENDED_KEY_USAGES[o] ?? o);
  else if (id === OID.basicConstraints) facts.basicConstraints = basicConstraints(value, top);
}

/** GeneralNames: dNSName [2] IA5String, iPAddress [7] OCTET STRING (RFC 5280 4.2.1.6); other forms are not names a client connects to. */
function subjectAltNames(value: Uint8Array, top: Tlv): { dns: string[]; ip: string[] } {
  const dns: string[] = [];
  const ip: string[] = [];
  for (const name of sequence(value, top) ?? []) {
    if (name.tagClass !== 2 || name.constructed) continue;
    const bytes = content(value, name);
    if (name.tagNumber === 2) dns.push(hostName(Buffer.from(bytes).toString('latin1')));
    else if (name.tagNumber === 7 && (bytes.length === 4 || bytes.length === 16)) ip.push(ipaddr.fromByteArray(Array.from(bytes)).toString());
  }
  return { dns, ip };
}

/** BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL }. */
function basicConstraints(value: Uint8Array, top: Tlv): CertificateFacts['basicConstraints'] {
  const fields = sequence(value, top) ?? [];
  let ca = false;
  let pathLength: number | undefined;
  for (const field of fields) {
    if (isUniversal(field, TAG.BOOLEAN)) ca = boolean(value, field) ?? false;
    else if (isUniversal(field, TAG.INTEGER)) pathLength = smallInteger(value, field);
  }
  return pathLength === undefined || !Number.isFinite(pathLength) ? { ca } : { ca, pathLength };
}
