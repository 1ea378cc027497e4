import type { Located, SourceRange } from '../core/types.js';

/**
 * A certificate as rules see it, whether it was read from a committed file (PEM, DER,
 * PKCS#7, PKCS#12) or described in a `kind: Certificates` manifest. Facts a manifest
 * does not state are absent, never guessed.
 */
export interface CertificateFacts {
  /** Subject distinguished name as OpenSSL prints it one per line, joined with ', ' (`CN=sip.contoso.com, O=Contoso`). */
  subject?: string;
  /** The subject's common name (the last CN when there are several). */
  commonName?: string;
  /** Subject alternative names: DNS names lower-case without a trailing dot, IP addresses in canonical form. */
  sans?: { dns: string[]; ip: string[] };
  /** Issuer distinguished name, same form as `subject`. */
  issuer?: string;
  /** `public` (a CA browsers and federation partners trust) or `private` (an enterprise CA, self-signed). */
  issuerKind?: 'public' | 'private';
  /** Serial number, upper-case hexadecimal without separators. */
  serial?: string;
  notBefore?: Date;
  notAfter?: Date;
  key?: {
    /** `rsa`, `rsa-pss`, `ec`, `ed25519`, `ed448`, `dsa`. */
    algorithm: string;
    /** Bits (RSA, DSA, and EC as the curve's size). */
    size?: number;
    /** EC curve name (`prime256v1`, `secp384r1`). */
    curve?: string;
  };
  signature?: {
    /** Name as OpenSSL prints it: `sha256WithRSAEncryption`, `rsassaPss`, `ecdsa-with-SHA384`, `ED25519`. */
    algorithm: string;
    /** Hash of the signature, lower-case (`sha256`, `sha1`, `md5`); absent for Ed25519/Ed448. */
    hash?: string;
    /** RSASSA-PSS (which Lync and Skype for Business cannot use). */
    pss: boolean;
  };
  /** Extended key usages by name where known (`serverAuth`, `clientAuth`), else the OID; absent when the extension is absent. */
  eku?: string[];
  basicConstraints?: { ca: boolean; pathLength?: number };
  selfSigned?: boolean;
  /** SHA-256 of the DER encoding, upper-case hexadecimal with colons (as `openssl x509 -fingerprint -sha256`). */
  fingerprint256?: string;
}

export type CertificateSource = 'pem' | 'der' | 'pkcs7' | 'pkcs12' | 'manifest';

export interface Certificate extends CertificateFacts, Located {
  /** Where it was read: the PEM block, the file (DER and containers), or the manifest entry. */
  loc: SourceRange;
  source: CertificateSource;
  /** Manifest entry's `name`, or the file name and index for files (`certs/edge.pem#2`). */
  name: string;
  /** Servers or pool FQDNs that present this certificate (manifest `usedBy`), lower-case without a trailing dot. */
  usedBy: string[];
  /** Ranges of a manifest entry's fields, for findings on one field (`sans`, `notAfter`). */
  fieldLocs?: Partial<Record<keyof CertificateFacts | 'usedBy' | 'file', SourceRange>>;
  /** The committed file a manifest entry links (`file:`), relative to the lint root. */
  linkedFile?: string;
  /** DER bytes of certificates read from files (for duplicates and cross-checks); absent for manifest entries. */
  der?: Uint8Array;
  /**
   * For a committed certificate that a manifest entry links: the entry, whose `name`,
   * `usedBy` and `issuer` the certificate takes, and the facts the entry states that the
   * file contradicts (the file wins).
   */
  manifestEntry?: { loc: SourceRange; disagreements: ManifestDisagreement[] };
  /** A manifest entry whose `file` is not a certificate file of the lint tree. */
  linkedFileMissing?: boolean;
}

export interface ManifestDisagreement {
  field: string;
  /** What the manifest says, and what the file holds, as text. */
  stated: string;
  actual: string;
  /** The manifest field's range. */
  loc: SourceRange;
}

/**
 * Where a finding about one fact of a certificate goes: the manifest field that states it,
 * else the certificate itself (a committed file states every fact at once). The first field
 * a manifest entry has wins.
 */
export function certificateField(certificate: Certificate, ...fields: Array<keyof NonNullable<Certificate['fieldLocs']>>): Located {
  for (const field of fields) {
    const loc = certificate.fieldLocs?.[field];
    if (loc) return { loc };
  }
  return { loc: certificate.loc };
}

/** A host name as certificates and `usedBy` spell it: lower-case, no trailing dot. */
export function hostName(name: string): string {
  // DNS compares names in ASCII case only (RFC 4343): `\u00c0` is not `\u00e0`, and a SAN's
  // bytes outside ASCII must stay the bytes the certificate holds.
  return name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()).replace(/\.$/, '');
}

/** `*.contoso.com`: a wildcard that is the whole leftmost label, over at least two labels (RFC 6125 6.4.3, as browsers and Lync apply it). */
export function isSingleLabelWildcard(name: string): boolean {
  return /^\*\.[^*]+\.[^*]+$/.test(name);
}

/**
 * Whether a name presented in a certificate matches the host a client connects to.
 * A wildcard matches exactly one leftmost label (`*.contoso.com` matches `sbc.contoso.com`,
 * not `a.b.contoso.com`, not `contoso.com`); any other use of `*` matches nothing.
 */
export function presentedNameMatches(presented: string, host: string): boolean {
  const p = hostName(presented);
  const h = hostName(host);
  if (!p.includes('*')) return p === h;
  if (!isSingleLabelWildcard(p)) return false;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot) === p.slice(1);
}

/**
 * True when the certificate is known to have no subject alternative name at all: a manifest
 * entry with an empty `sans`, or a committed file without the extension (for a manifest entry,
 * no `sans` says nothing).
 */
export function hasNoSan(certificate: CertificateFacts & { source?: CertificateSource }): boolean {
  const sans = certificate.sans;
  if (sans === undefined) return certificate.source !== undefined && certificate.source !== 'manifest';
  return sans.dns.length === 0 && sans.ip.length === 0;
}

/**
 * The names TLS matches the certificate on: its DNS SANs, or, for a certificate without any SAN,
 * its common name (RFC 6125 6.4.4; SChannel does the same). Undefined when the facts do not say.
 */
export function matchedNames(certificate: CertificateFacts & { source?: CertificateSource }): string[] | undefined {
  if (hasNoSan(certificate)) return certificate.commonName === undefined ? [] : [hostName(certificate.commonName)];
  return certificate.sans?.dns;
}

/** The name the certificate presents that covers the host, if any: a DNS SAN, or the CN of a certificate without SANs. */
export function sanCovering(certificate: CertificateFacts & { source?: CertificateSource }, host: string): string | undefined {
  return matchedNames(certificate)?.find((name) => presentedNameMatches(name, host));
}

/**
 * Whether the issuer is a public CA: what a manifest entry says (`issuer: public | private`),
 * else `private` for a self-signed certificate; undefined when nothing says (a committed
 * file names its issuer, but which CAs clients trust is not the estate's to know).
 */
export function issuerKindOf(certificate: CertificateFacts): 'public' | 'private' | undefined {
  return certificate.issuerKind ?? (certificate.selfSigned ? 'private' : undefined);
}

/** The issuer as messages name it: `itself (self-signed)`, the issuer's DN, or `a private CA`. */
export function issuerInWords(certificate: CertificateFacts): string {
  return certificate.selfSigned ? 'itself (self-signed)' : (certificate.issuer ?? 'a private CA');
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier), rounded towards the earlier day. */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** `2026-11-20` (UTC), as certificates' dates are shown in messages. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** End-entity (leaf) certificates: every certificate that is not marked as a CA. */
export function isLeafCertificate(certificate: CertificateFacts): boolean {
  return certificate.basicConstraints?.ca !== true;
}
