/**
 * Record type and class mnemonics (IANA registry), used to read `TYPEnnn` /
 * `CLASSnnn` and to print the mnemonic where one exists, as BIND does.
 */

const TYPE_LIST: Array<[string, number]> = [
  ['A', 1], ['NS', 2], ['MD', 3], ['MF', 4], ['CNAME', 5], ['SOA', 6], ['MB', 7], ['MG', 8], ['MR', 9],
  ['NULL', 10], ['WKS', 11], ['PTR', 12], ['HINFO', 13], ['MINFO', 14], ['MX', 15], ['TXT', 16], ['RP', 17],
  ['AFSDB', 18], ['X25', 19], ['ISDN', 20], ['RT', 21], ['NSAP', 22], ['NSAP-PTR', 23], ['SIG', 24],
  ['KEY', 25], ['PX', 26], ['GPOS', 27], ['AAAA', 28], ['LOC', 29], ['NXT', 30], ['EID', 31], ['NIMLOC', 32],
  ['SRV', 33], ['ATMA', 34], ['NAPTR', 35], ['KX', 36], ['CERT', 37], ['A6', 38], ['DNAME', 39], ['SINK', 40],
  ['APL', 42], ['DS', 43], ['SSHFP', 44], ['IPSECKEY', 45], ['RRSIG', 46], ['NSEC', 47],
  ['DNSKEY', 48], ['DHCID', 49], ['NSEC3', 50], ['NSEC3PARAM', 51], ['TLSA', 52], ['SMIMEA', 53], ['HIP', 55],
  ['NINFO', 56], ['RKEY', 57], ['TALINK', 58], ['CDS', 59], ['CDNSKEY', 60], ['OPENPGPKEY', 61], ['CSYNC', 62],
  ['ZONEMD', 63], ['SVCB', 64], ['HTTPS', 65], ['DSYNC', 66], ['HHIT', 67], ['BRID', 68], ['SPF', 99], ['UINFO', 100], ['UID', 101], ['GID', 102],
  ['UNSPEC', 103], ['NID', 104], ['L32', 105], ['L64', 106], ['LP', 107], ['EUI48', 108], ['EUI64', 109],
  ['URI', 256], ['CAA', 257], ['AVC', 258], ['DOA', 259], ['AMTRELAY', 260], ['RESINFO', 261],
  ['WALLET', 262], ['CLA', 263], ['IPN', 264], ['TA', 32768], ['DLV', 32769],
];

/**
 * Mnemonics read but never printed: BIND's private KEYDATA type (it prints TYPE65533).
 * NXNAME (128) is left out: it is a meta type, not for zone files.
 */
const INPUT_ONLY_TYPES: Array<[string, number]> = [['KEYDATA', 65533]];

/** Meta types that cannot appear in a zone file. */
const META_TYPES = new Set([41, 249, 250, 251, 252, 253, 254, 255]);

const typeByName = new Map<string, number>();
const nameByType = new Map<number, string>();
for (const [name, code] of TYPE_LIST) {
  typeByName.set(name, code);
  nameByType.set(code, name);
}
for (const [name, code] of INPUT_ONLY_TYPES) typeByName.set(name, code);

/** Types whose data the loader gives structure to (model.ts RDataByType). */
export const STRUCTURED_TYPES = new Set([
  'SOA', 'NS', 'A', 'AAAA', 'CNAME', 'DNAME', 'PTR', 'MX', 'SRV', 'NAPTR', 'TXT', 'SPF', 'CAA', 'TLSA', 'SVCB', 'HTTPS',
]);

/** Code of a type written as a mnemonic or `TYPEnnn`; undefined when it is neither (or a meta type). */
export function typeCode(upper: string): number | undefined {
  const known = typeByName.get(upper);
  if (known !== undefined) return known;
  if (upper.length > 4 && upper.startsWith('TYPE')) {
    const n = parseDecimal(upper, 4);
    if (n !== undefined && n <= 0xffff && !META_TYPES.has(n)) return n;
  }
  return undefined;
}

/** Mnemonics of the low codes in an array: looked up once per record. */
const LOW_NAMES: string[] = [];
for (let code = 0; code < 512; code++) LOW_NAMES.push(nameByType.get(code) ?? `TYPE${code}`);

/** Mnemonic of a type code, or `TYPEnnn`. */
export function typeName(code: number): string {
  return code < 512 ? LOW_NAMES[code] : (nameByType.get(code) ?? `TYPE${code}`);
}

const CLASS_LIST: Array<[string, number]> = [['IN', 1], ['CS', 2], ['CH', 3], ['HS', 4]];
const classByName = new Map<string, number>(CLASS_LIST);
const nameByClass = new Map<number, string>(CLASS_LIST.map(([n, c]) => [c, n]));

/** Class code of a class token (already upper-case), or undefined. */
export function classCode(upper: string): number | undefined {
  const known = classByName.get(upper);
  if (known !== undefined) return known;
  if (upper === 'CHAOS') return 3;
  if (upper === 'HESIOD') return 4;
  if (upper.length > 5 && upper.startsWith('CLASS')) {
    const n = parseDecimal(upper, 5);
    if (n !== undefined && n <= 0xffff) return n;
  }
  return undefined;
}

export function className(code: number): string {
  return code === 1 ? 'IN' : (nameByClass.get(code) ?? `CLASS${code}`);
}

function parseDecimal(text: string, from: number): number | undefined {
  if (from >= text.length || text.length - from > 6) return undefined;
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n;
}
