import { isIPv4, isIPv6 } from 'node:net';

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

interface Ipv4Range extends NonPublicRange { base: number; mask: number }
interface Ipv6Range extends NonPublicRange { /** First 16 bits. */ high: number; mask: number }

function ipv4Range(network: string, kind: string, reference: string): Ipv4Range {
  const [prefix, length] = network.split('/');
  const mask = Number(length) === 0 ? 0 : (0xffffffff << (32 - Number(length))) >>> 0;
  return { network, kind, reference, base: ((ipv4ToNumber(prefix) as number) & mask) >>> 0, mask };
}

const IPV4_RANGES: Ipv4Range[] = [
  ipv4Range('10.0.0.0/8', 'private', 'RFC 1918'),
  ipv4Range('172.16.0.0/12', 'private', 'RFC 1918'),
  ipv4Range('192.168.0.0/16', 'private', 'RFC 1918'),
  ipv4Range('100.64.0.0/10', 'shared (carrier-grade NAT)', 'RFC 6598'),
  ipv4Range('127.0.0.0/8', 'loopback', 'RFC 1122'),
  ipv4Range('169.254.0.0/16', 'link-local', 'RFC 3927'),
];
const IPV6_LOOPBACK: NonPublicRange = { network: '::1/128', kind: 'loopback', reference: 'RFC 4291' };
// Prefixes of at most 16 bits compare on the first group alone.
const IPV6_RANGES: Ipv6Range[] = [
  { network: 'fe80::/10', kind: 'link-local', reference: 'RFC 4291', high: 0xfe80, mask: 0xffc0 },
  { network: 'fc00::/7', kind: 'unique local', reference: 'RFC 4193', high: 0xfc00, mask: 0xfe00 },
];

/** An IPv4 address in dotted-decimal form as a 32-bit number, or undefined. */
function ipv4ToNumber(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

function publicPart(range: NonPublicRange): NonPublicRange {
  return { network: range.network, kind: range.kind, reference: range.reference };
}

function ipv4RangeOf(address: string): NonPublicRange | undefined {
  const value = ipv4ToNumber(address);
  if (value === undefined) return undefined;
  const range = IPV4_RANGES.find((r) => ((value & r.mask) >>> 0) === r.base);
  return range && publicPart(range);
}

/**
 * The non-public range an address lies in, or undefined for a public (or unparsable)
 * address. IPv4-mapped IPv6 addresses are judged by their IPv4 part.
 */
export function nonPublicRangeOf(address: string): NonPublicRange | undefined {
  const text = address.trim();
  if (!text.includes(':')) return ipv4RangeOf(text);
  if (!isIPv6(text)) return undefined;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (mapped) return ipv4RangeOf(mapped[1]);
  const compressed = canonicalAddress(text);
  if (compressed === '::1') return { ...IPV6_LOOPBACK };
  // A leading `::` means the first group is zero, which no listed prefix matches.
  const high = compressed.startsWith('::') ? 0 : parseInt(compressed.slice(0, compressed.indexOf(':')), 16);
  const range = IPV6_RANGES.find((r) => (high & r.mask) === r.high);
  return range && publicPart(range);
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
