import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Address ranges that Internet clients cannot reach: publishing one of them in
 * public DNS breaks external access (and tells the world about the inside network).
 */
export interface NonPublicRange {
  /** The network in CIDR notation, as the message shows it. */
  network: string;
  /** What kind of range it is, in words (`private`, `shared address space`, ...). */
  kind: string;
  /** The document that reserves it. */
  reference: string;
}

const NON_PUBLIC_RANGES: Array<NonPublicRange & { family: 'ipv4' | 'ipv6'; prefix: string; length: number }> = [
  { family: 'ipv4', prefix: '10.0.0.0', length: 8, network: '10.0.0.0/8', kind: 'private', reference: 'RFC 1918' },
  { family: 'ipv4', prefix: '172.16.0.0', length: 12, network: '172.16.0.0/12', kind: 'private', reference: 'RFC 1918' },
  { family: 'ipv4', prefix: '192.168.0.0', length: 16, network: '192.168.0.0/16', kind: 'private', reference: 'RFC 1918' },
  { family: 'ipv4', prefix: '100.64.0.0', length: 10, network: '100.64.0.0/10', kind: 'shared (carrier-grade NAT)', reference: 'RFC 6598' },
  { family: 'ipv4', prefix: '127.0.0.0', length: 8, network: '127.0.0.0/8', kind: 'loopback', reference: 'RFC 1122' },
  { family: 'ipv4', prefix: '169.254.0.0', length: 16, network: '169.254.0.0/16', kind: 'link-local', reference: 'RFC 3927' },
  { family: 'ipv6', prefix: '::1', length: 128, network: '::1/128', kind: 'loopback', reference: 'RFC 4291' },
  { family: 'ipv6', prefix: 'fe80::', length: 10, network: 'fe80::/10', kind: 'link-local', reference: 'RFC 4291' },
  { family: 'ipv6', prefix: 'fc00::', length: 7, network: 'fc00::/7', kind: 'unique local', reference: 'RFC 4193' },
];

// One block list per range, so a match says which range it was.
const RANGE_CHECKERS = NON_PUBLIC_RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.prefix, range.length, range.family);
  const { network, kind, reference } = range;
  return { family: range.family, list, range: { network, kind, reference } as NonPublicRange };
});

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`), if it is one. */
function mappedIpv4(address: string): string | undefined {
  const match = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return match && isIPv4(match[1]) ? match[1] : undefined;
}

/**
 * The non-public range an address lies in, or undefined for a public (or unparsable)
 * address. IPv4-mapped IPv6 addresses are judged by their IPv4 part.
 */
export function nonPublicRangeOf(address: string): NonPublicRange | undefined {
  const text = address.trim();
  const mapped = mappedIpv4(text);
  const family = mapped ? 'ipv4' : isIPv4(text) ? 'ipv4' : isIPv6(text) ? 'ipv6' : undefined;
  if (!family) return undefined;
  const subject = mapped ?? text;
  for (const checker of RANGE_CHECKERS) {
    if (checker.family === family && checker.list.check(subject, family)) return checker.range;
  }
  return undefined;
}

/**
 * One spelling per address, for comparing records: IPv6 compressed and lower-case
 * (`2001:DB8:0::1` -> `2001:db8::1`); IPv4 as written once validated; anything
 * unparsable as written, lower-cased.
 */
export function canonicalAddress(address: string): string {
  const text = address.trim();
  if (isIPv4(text)) return text;
  if (isIPv6(text)) {
    // The WHATWG URL parser serialises IPv6 hosts in RFC 5952 form.
    const host = new URL(`http://[${text}]/`).hostname;
    return host.slice(1, -1);
  }
  return text.toLowerCase();
}
