/**
 * Names of X.509 algorithms and extended key usages as OpenSSL prints them, which is
 * how manifests spell them and how certificates read from files report them.
 */

/** Signature algorithm to its hash and whether it is RSASSA-PSS. */
export const SIGNATURE_ALGORITHMS: Readonly<Record<string, { hash?: string; pss: boolean }>> = {
  md2WithRSAEncryption: { hash: 'md2', pss: false },
  md5WithRSAEncryption: { hash: 'md5', pss: false },
  sha1WithRSAEncryption: { hash: 'sha1', pss: false },
  sha224WithRSAEncryption: { hash: 'sha224', pss: false },
  sha256WithRSAEncryption: { hash: 'sha256', pss: false },
  sha384WithRSAEncryption: { hash: 'sha384', pss: false },
  sha512WithRSAEncryption: { hash: 'sha512', pss: false },
  // The hash of RSASSA-PSS is a parameter, not part of the name.
  rsassaPss: { pss: true },
  'ecdsa-with-SHA1': { hash: 'sha1', pss: false },
  'ecdsa-with-SHA224': { hash: 'sha224', pss: false },
  'ecdsa-with-SHA256': { hash: 'sha256', pss: false },
  'ecdsa-with-SHA384': { hash: 'sha384', pss: false },
  'ecdsa-with-SHA512': { hash: 'sha512', pss: false },
  dsaWithSHA1: { hash: 'sha1', pss: false },
  dsa_with_SHA224: { hash: 'sha224', pss: false },
  dsa_with_SHA256: { hash: 'sha256', pss: false },
  ED25519: { pss: false },
  ED448: { pss: false },
};

export const KEY_ALGORITHMS = ['rsa', 'rsa-pss', 'ec', 'ed25519', 'ed448', 'dsa'] as const;

/** EC curves by every usual spelling, to the OpenSSL name and size in bits. */
export const EC_CURVES: Readonly<Record<string, { name: string; size: number }>> = {
  prime256v1: { name: 'prime256v1', size: 256 },
  secp256r1: { name: 'prime256v1', size: 256 },
  'P-256': { name: 'prime256v1', size: 256 },
  secp384r1: { name: 'secp384r1', size: 384 },
  'P-384': { name: 'secp384r1', size: 384 },
  secp521r1: { name: 'secp521r1', size: 521 },
  'P-521': { name: 'secp521r1', size: 521 },
  secp256k1: { name: 'secp256k1', size: 256 },
  brainpoolP256r1: { name: 'brainpoolP256r1', size: 256 },
  brainpoolP384r1: { name: 'brainpoolP384r1', size: 384 },
  brainpoolP512r1: { name: 'brainpoolP512r1', size: 512 },
};

/** Extended key usages by OpenSSL short name, with their OIDs. */
export const EKU_OIDS: Readonly<Record<string, string>> = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  ipsecEndSystem: '1.3.6.1.5.5.7.3.5',
  ipsecTunnel: '1.3.6.1.5.5.7.3.6',
  ipsecUser: '1.3.6.1.5.5.7.3.7',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  OCSPSigning: '1.3.6.1.5.5.7.3.9',
  ipsecIKE: '1.3.6.1.5.5.7.3.17',
  msSmartcardLogin: '1.3.6.1.4.1.311.20.2.2',
  anyExtendedKeyUsage: '2.5.29.37.0',
};

const EKU_NAMES_BY_OID = new Map(Object.entries(EKU_OIDS).map(([name, oid]) => [oid, name]));

/** An extended key usage by name where known, else its OID; undefined for neither a known name nor an OID. */
export function ekuName(text: string): string | undefined {
  if (Object.hasOwn(EKU_OIDS, text)) return text;
  if (!/^[0-2](?:\.(?:0|[1-9]\d*))+$/.test(text)) return undefined;
  return EKU_NAMES_BY_OID.get(text) ?? text;
}
