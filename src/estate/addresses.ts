import ipaddr from 'ipaddr.js';

/**
 * Address ranges that Internet clients cannot reach: publishing one of them in
 * public DNS breaks external access (and tells the world about the inside network).
 * Matching is ipaddr.js's; the table says what each range is and who reserved it.
 */
export interface NonPublicRange {
  /** The network in CIDR notation, as the message shows it. */
  network: string;
  /** What kind of range it is, in words (`private`, `shared address space`, ...). */
  kind: string;
  /** The document that reserves it. */
  reference: string;
}

const NON_PUBLIC_RANGES: NonPublicRange[] = [
  { network: '10.0.0.0/8', kind: 'private', reference: 'RFC 1918' },
  { network: '172.16.0.0/12', kind: 'private', reference: 'RFC 1918' },
  { network: '192.168.0.0/16', kind: 'private', reference: 'RFC 1918' },
  { network: '100.64.0.0/10', kind: 'shared (carrier-grade NAT)', reference: 'RFC 6598' },
  { network: '127.0.0.0/8', kind: 'loopback', reference: 'RFC 1122' },
  { network: '169.254.0.0/16', kind: 'link-local', reference: 'RFC 3927' },
  { network: '::1/128', kind: 'loopback', reference: 'RFC 4291' },
  { network: 'fe80::/10', kind: 'link-local', reference: 'RFC 4291' },
  { network: 'fc00::/7', kind: 'unique local', reference: 'RFC 4193' },
];

const BY_NETWORK = new Map(NON_PUBLIC_RANGES.map((r) => [r.network, r]));
const SUBNETS = Object.fromEntries(NON_PUBLIC_RANGES.map((r) => [r.network, [ipaddr.parseCIDR(r.network)]]));
const PUBLIC = 'public';

/**
 * Cheap test that rules out most public addresses before ipaddr.js parses them: a zone
 * holds up to millions of addresses and nearly all are public. IPv4 is judged by its
 * first two octets; IPv6 ranges here start with `f`, or with zeros (loopback,
 * IPv4-mapped; compressed or not).
 */
function mayBeNonPublic(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon >= 0) {
    const first = text.charCodeAt(0);
    return colon === 0 || first === 0x30 /* 0 */ || first === 0x66 /* f */ || first === 0x46 /* F */;
  }
  // The first two octets, read digit by digit (no substrings: this runs for every address).
  let first = 0;
  let i = 0;
  for (; i < text.length && text.charCodeAt(i) !== 46; i++) first = first * 10 + (text.charCodeAt(i) - 48);
  let second = 0;
  for (i++; i < text.length && text.charCodeAt(i) !== 46; i++) second = second * 10 + (text.charCodeAt(i) - 48);
  switch (first) {
    case 10:
    case 127:
      return true;
    case 172:
      return second >= 16 && second <= 31;
    case 192:
      return second === 168;
    case 100:
      return second >= 64 && second <= 127;
    case 169:
      return second === 254;
    default:
      return false;
  }
}

/**
 * The non-public range an address lies in, or undefined for a public (or unparsable)
 * address. IPv4-mapped IPv6 addresses are judged by their IPv4 part.
 */
export function nonPublicRangeOf(address: string): NonPublicRange | undefined {
  const text = address.trim();
  if (!mayBeNonPublic(text)) return undefined;
  if (!ipaddr.isValid(text) || (!text.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(text))) return undefined;
  const match = ipaddr.subnetMatch(ipaddr.process(text), SUBNETS, PUBLIC);
  const range = BY_NETWORK.get(match);
  return range && { ...range };
}
