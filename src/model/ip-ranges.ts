import ipaddr from 'ipaddr.js';

/** An inclusive range of addresses of one family, as numbers (IPv6 needs 128 bits: bigint). */
export interface AddressRange {
  family: 4 | 6;
  first: bigint;
  last: bigint;
}

const BITS = { 4: 32, 6: 128 } as const;
const MAX = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n } as const;

export function addressToBigint(address: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return address.toByteArray().reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

export function bigintToAddress(value: bigint, family: 4 | 6): string {
  const bytes: number[] = [];
  for (let i = 0; i < BITS[family] / 8; i++) bytes.unshift(Number((value >> BigInt(8 * i)) & 0xffn));
  const address = ipaddr.fromByteArray(bytes);
  return family === 6 ? (address as ipaddr.IPv6).toRFC5952String() : address.toString();
}

/** `a.b.c.d/n` of a range when it is exactly one network, else `first-last`. */
export function rangeText(range: AddressRange): string {
  const size = range.last - range.first + 1n;
  const isPowerOfTwo = (size & (size - 1n)) === 0n;
  if (isPowerOfTwo && range.first % size === 0n) {
    const prefix = BITS[range.family] - (size.toString(2).length - 1);
    const first = bigintToAddress(range.first, range.family);
    return prefix === BITS[range.family] ? first : `${first}/${prefix}`;
  }
  return `${bigintToAddress(range.first, range.family)}-${bigintToAddress(range.last, range.family)}`;
}

export type AddressSpecResult =
  | { ranges: AddressRange[]; any?: boolean }
  | { error: string; /** For a network written with host bits set: the network probably meant. */ suggestion?: string };

/**
 * An address as firewall rules, VPN profiles and WireGuard/OpenVPN files write it: an IPv4
 * or IPv6 address, a CIDR network, a range `a-b`, or `any` (both families). A network with
 * host bits set (`172.16.1.0/8`) is an error naming the network probably meant, because the
 * writer's intent (the /8 or the /24?) cannot be known.
 */
export function parseAddressSpec(text: string): AddressSpecResult {
  const spec = text.trim();
  if (/^any$/i.test(spec)) return { any: true, ranges: [{ family: 4, first: 0n, last: MAX[4] }, { family: 6, first: 0n, last: MAX[6] }] };
  const dash = spec.indexOf('-');
  if (dash > 0) {
    const first = parseAddress(spec.slice(0, dash));
    const last = parseAddress(spec.slice(dash + 1));
    if (!first || !last) return { error: `'${spec}' is not an address range (first-last)` };
    if (first.family !== last.family) return { error: `'${spec}' mixes IPv4 and IPv6` };
    if (first.value > last.value) return { error: `'${spec}' ends before it starts` };
    return { ranges: [{ family: first.family, first: first.value, last: last.value }] };
  }
  const slash = spec.indexOf('/');
  if (slash < 0) {
    const address = parseAddress(spec);
    return address ? { ranges: [{ family: address.family, first: address.value, last: address.value }] } : { error: `'${spec}' is not an IP address, network, range or any` };
  }
  const address = parseAddress(spec.slice(0, slash));
  const prefixText = spec.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return { error: `'${spec}' is not a network (address/prefix)` };
  const prefix = Number(prefixText);
  const bits = BITS[address.family];
  if (prefix > bits) return { error: `'${spec}': an IPv${address.family} prefix is at most /${bits}` };
  const hostBits = BigInt(bits - prefix);
  const network = (address.value >> hostBits) << hostBits;
  if (network !== address.value) {
    const meant = `${bigintToAddress(network, address.family)}/${prefix}`;
    const narrowest = `${bigintToAddress(address.value, address.family)}/${bits - trailingZeroBits(address.value, bits)}`;
    return {
      error: `'${spec}' has host bits set: the network is ${meant}${narrowest !== meant ? `, or ${narrowest} was meant` : ''}`,
      suggestion: meant,
    };
  }
  return { ranges: [{ family: address.family, first: network, last: network + (1n << hostBits) - 1n }] };
}

function trailingZeroBits(value: bigint, bits: number): number {
  if (value === 0n) return bits;
  let count = 0;
  while (((value >> BigInt(count)) & 1n) === 0n) count++;
  return count;
}

function parseAddress(text: string): { family: 4 | 6; value: bigint } | undefined {
  const trimmed = text.trim();
  // ipaddr.js accepts legacy IPv4 forms (`10.1`, octal); rules and files mean four decimal parts.
  if (ipaddr.IPv4.isValidFourPartDecimal(trimmed)) return { family: 4, value: addressToBigint(ipaddr.IPv4.parse(trimmed)) };
  if (trimmed.includes(':') && ipaddr.IPv6.isValid(trimmed) && !trimmed.includes('%')) return { family: 6, value: addressToBigint(ipaddr.IPv6.parse(trimmed)) };
  return undefined;
}

/** The range of a single address given as text (`undefined` when it is not one). */
export function addressRange(text: string): AddressRange | undefined {
  const address = parseAddress(text);
  return address && { family: address.family, first: address.value, last: address.value };
}

/**
 * A set of addresses as sorted, disjoint, non-adjacent ranges per family. Built in
 * O(n log n) from any ranges; union, difference and intersection are linear merges, and
 * membership is a binary search, so tunnel coverage and firewall analysis never loop over
 * pairs of routes or rules.
 */
export class AddressSet {
  private constructor(private readonly byFamily: { 4: AddressRange[]; 6: AddressRange[] }) {}

  static of(ranges: Iterable<AddressRange>): AddressSet {
    const byFamily: { 4: AddressRange[]; 6: AddressRange[] } = { 4: [], 6: [] };
    // normalise copies what it keeps, so the caller's ranges are never changed.
    for (const r of ranges) byFamily[r.family].push(r);
    return new AddressSet({ 4: normalise(byFamily[4]), 6: normalise(byFamily[6]) });
  }

  static empty(): AddressSet {
    return new AddressSet({ 4: [], 6: [] });
  }

  ranges(): AddressRange[] {
    return [...this.byFamily[4], ...this.byFamily[6]];
  }

  isEmpty(): boolean {
    return this.byFamily[4].length === 0 && this.byFamily[6].length === 0;
  }

  union(other: AddressSet): AddressSet {
    return AddressSet.of([...this.ranges(), ...other.ranges()]);
  }

  difference(other: AddressSet): AddressSet {
    return new AddressSet({ 4: subtract(this.byFamily[4], other.byFamily[4]), 6: subtract(this.byFamily[6], other.byFamily[6]) });
  }

  intersection(other: AddressSet): AddressSet {
    return this.difference(this.difference(other));
  }

  /** The range of this set that holds the address, if any (binary search). */
  rangeContaining(family: 4 | 6, value: bigint): AddressRange | undefined {
    const list = this.byFamily[family];
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (list[mid].last < value) low = mid + 1;
      else if (list[mid].first > value) high = mid - 1;
      else return list[mid];
    }
    return undefined;
  }

  contains(range: AddressRange): boolean {
    const holder = this.rangeContaining(range.family, range.first);
    return holder !== undefined && holder.last >= range.last;
  }

  overlaps(range: AddressRange): boolean {
    // The first range of the set that ends at or after the range starts is the only candidate.
    const list = this.byFamily[range.family];
    const i = firstEndingAtOrAfter(list, range.first);
    return i < list.length && list[i].first <= range.last;
  }

  covers(other: AddressSet): boolean {
    return other.difference(this).isEmpty();
  }
}

function normalise(ranges: AddressRange[]): AddressRange[] {
  // IPv4 bounds fit in a double: sorting by numbers avoids a bigint comparison per step.
  if (ranges.length > 0 && ranges[0].family === 4) {
    const keyed = ranges.map((r) => ({ key: Number(r.first), range: r }));
    keyed.sort((a, b) => a.key - b.key);
    for (let i = 0; i < keyed.length; i++) ranges[i] = keyed[i].range;
  } else {
    ranges.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  }
  const out: AddressRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.first <= last.last + 1n) {
      if (r.last > last.last) last.last = r.last;
    } else out.push({ family: r.family, first: r.first, last: r.last });
  }
  return out;
}

/** a \ b for sorted disjoint lists, in one pass over both. */
function subtract(a: AddressRange[], b: AddressRange[]): AddressRange[] {
  const out: AddressRange[] = [];
  let j = 0;
  for (const range of a) {
    let first = range.first;
    const last = range.last;
    while (j < b.length && b[j].last < first) j++;
    let k = j;
    while (k < b.length && b[k].first <= last && first <= last) {
      if (b[k].first > first) out.push({ family: range.family, first, last: b[k].first - 1n });
      first = b[k].last + 1n;
      k++;
    }
    if (first <= last) out.push({ family: range.family, first, last });
  }
  return out;
}

/**
 * A growing set of addresses for analyses that add ranges and query as they go (ordered
 * firewall rules): adding and subtracting a range from it cost a binary search plus the
 * ranges they touch, so a walk over n rules stays near n log n.
 */
export class GrowingAddressSet {
  private readonly byFamily: { 4: AddressRange[]; 6: AddressRange[] } = { 4: [], 6: [] };

  add(range: AddressRange): void {
    const list = this.byFamily[range.family];
    // First range that ends at or after the one before `range.first` (adjacent ranges merge).
    const low = firstEndingAtOrAfter(list, range.first === 0n ? 0n : range.first - 1n);
    let first = range.first;
    let last = range.last;
    let high = low;
    while (high < list.length && list[high].first <= last + 1n) {
      if (list[high].first < first) first = list[high].first;
      if (list[high].last > last) last = list[high].last;
      high++;
    }
    list.splice(low, high - low, { family: range.family, first, last });
  }

  /** The parts of `ranges` this set does not hold. */
  remainderOf(ranges: AddressRange[]): AddressRange[] {
    const out: AddressRange[] = [];
    for (const range of ranges) {
      const list = this.byFamily[range.family];
      let first = range.first;
      for (let i = firstEndingAtOrAfter(list, range.first); i < list.length && list[i].first <= range.last && first <= range.last; i++) {
        if (list[i].first > first) out.push({ family: range.family, first, last: list[i].first - 1n });
        first = list[i].last + 1n;
      }
      if (first <= range.last) out.push({ family: range.family, first, last: range.last });
    }
    return out;
  }
}

function firstEndingAtOrAfter(list: AddressRange[], value: bigint): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].last < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
