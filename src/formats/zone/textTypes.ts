/**
 * Field layouts of the types kept as presentation text (TextData): each field is
 * checked as BIND checks it and printed as `named-checkzone -D` prints it.
 *   n  name (made absolute)            s  character string (printed quoted)
 *   b  number 0-255   u  0-65535   l  0-2^32-1
 *   a  DNSSEC algorithm, number or mnemonic (printed as a number)
 *   A  the same, printed as the mnemonic (CERT)      C  CERT type (printed as mnemonic)
 *   t  record type (printed as mnemonic)             T  RRSIG time (printed YYYYMMDDHHMMSS)
 *   h  hex to the end (at least one digit)           B  base64 to the end (at least one quad)
 *   K  base64 to the end, absent when the KEY flags say there is no key
 *   x  NSEC3 salt: `-` or hex in one token           3  base32hex in one token (NSEC3 next owner)
 *   m  type bitmap, at least one type   M  type bitmap, may be empty
 *   D  DSYNC scheme, number or NOTIFY (printed as mnemonic)
 *   q  a quoted string (URI target)     e  EUI-48    E  EUI-64    L  LOC
 *   N  NSAP address (`0x` and hex)      W  WKS address, protocol and services
 *   *  the rest as written (at least one token)
 * Types not listed keep their tokens as written.
 */
export const TEXT_LAYOUTS: Record<string, string> = {
  MD: 'n', MF: 'n', MB: 'n', MG: 'n', MR: 'n',
  MINFO: 'nn', RP: 'nn', TALINK: 'nn',
  AFSDB: 'un', RT: 'un', KX: 'un', LP: 'un',
  PX: 'unn',
  HINFO: 'ss', X25: 's', ISDN: 's*',
  DS: 'uabh', CDS: 'uabh', TA: 'uabh', DLV: 'uabh',
  DNSKEY: 'ubaB', CDNSKEY: 'ubaB', KEY: 'ubaK',
  RRSIG: 'tablTTunB', SIG: 'tablTTunB',
  NSEC: 'nm',
  NSEC3: 'bbux3M',
  NSEC3PARAM: 'bbux',
  CSYNC: 'luM',
  SSHFP: 'bbh',
  SMIMEA: 'bbbh',
  ZONEMD: 'lbbh',
  DSYNC: 'tDun',
  OPENPGPKEY: 'B',
  HHIT: 'B',
  BRID: 'B',
  DHCID: 'B',
  CERT: 'CuAB',
  URI: 'uuq',
  EUI48: 'e',
  EUI64: 'E',
  LOC: 'L',
  EID: 'h',
  NIMLOC: 'h',
  SINK: 'bbbB',
  NSAP: 'N',
  WKS: 'W',
};

/**
 * Digest lengths (octets) BIND requires for known digest types: DS-like types by
 * digest type (SHA-1, SHA-256, GOST, SHA-384), SSHFP by fingerprint type.
 */
export const DS_DIGEST_LENGTHS: Record<number, number> = { 1: 20, 2: 32, 3: 32, 4: 48 };
/** ZONEMD by hash algorithm (SHA-384, SHA-512). */
export const ZONEMD_DIGEST_LENGTHS: Record<number, number> = { 1: 48, 2: 64 };
export const SSHFP_DIGEST_LENGTHS: Record<number, number> = { 1: 20, 2: 32 };
