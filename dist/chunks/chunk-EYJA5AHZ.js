import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  require_ipaddr
} from "./chunk-4XAWEQ5T.js";
import {
  __toESM
} from "./chunk-ZUAMPCLF.js";

// src/model/ip-ranges.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
var BITS = { 4: 32, 6: 128 };
var MAX = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };
function addressToBigint(address) {
  return address.toByteArray().reduce((value, byte) => value << 8n | BigInt(byte), 0n);
}
function bigintToAddress(value, family) {
  const bytes = [];
  for (let i = 0; i < BITS[family] / 8; i++) bytes.unshift(Number(value >> BigInt(8 * i) & 0xffn));
  const address = import_ipaddr.default.fromByteArray(bytes);
  return family === 6 ? address.toRFC5952String() : address.toString();
}
function rangeText(range) {
  const size = range.last - range.first + 1n;
  const isPowerOfTwo = (size & size - 1n) === 0n;
  if (isPowerOfTwo && range.first % size === 0n) {
    const prefix = BITS[range.family] - (size.toString(2).length - 1);
    const first = bigintToAddress(range.first, range.family);
    return prefix === BITS[range.family] ? first : `${first}/${prefix}`;
  }
  return `${bigintToAddress(range.first, range.family)}-${bigintToAddress(range.last, range.family)}`;
}
function parseAddressSpec(text) {
  const spec = text.trim();
  if (/^any$/i.test(spec)) return { any: true, ranges: [{ family: 4, first: 0n, last: MAX[4] }, { family: 6, first: 0n, last: MAX[6] }] };
  const dash = spec.indexOf("-");
  if (dash > 0) {
    const first = parseAddress(spec.slice(0, dash));
    const last = parseAddress(spec.slice(dash + 1));
    if (!first || !last) return { error: `'${spec}' is not an address range (first-last)` };
    if (first.family !== last.family) return { error: `'${spec}' mixes IPv4 and IPv6` };
    if (first.value > last.value) return { error: `'${spec}' ends before it starts` };
    return { ranges: [{ family: first.family, first: first.value, last: last.value }] };
  }
  const slash = spec.indexOf("/");
  if (slash < 0) {
    const address2 = parseAddress(spec);
    return address2 ? { ranges: [{ family: address2.family, first: address2.value, last: address2.value }] } : { error: `'${spec}' is not an IP address, network, range or any` };
  }
  const address = parseAddress(spec.slice(0, slash));
  const prefixText = spec.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return { error: `'${spec}' is not a network (address/prefix)` };
  const prefix = Number(prefixText);
  const bits = BITS[address.family];
  if (prefix > bits) return { error: `'${spec}': an IPv${address.family} prefix is at most /${bits}` };
  const hostBits = BigInt(bits - prefix);
  const network = address.value >> hostBits << hostBits;
  if (network !== address.value) {
    const meant = `${bigintToAddress(network, address.family)}/${prefix}`;
    const narrowest = `${bigintToAddress(address.value, address.family)}/${bits - trailingZeroBits(address.value, bits)}`;
    return {
      error: `'${spec}' has host bits set: the network is ${meant}${narrowest !== meant ? `, or ${narrowest} was meant` : ""}`,
      suggestion: meant
    };
  }
  return { ranges: [{ family: address.family, first: network, last: network + (1n << hostBits) - 1n }] };
}
function trailingZeroBits(value, bits) {
  if (value === 0n) return bits;
  let count = 0;
  while ((value >> BigInt(count) & 1n) === 0n) count++;
  return count;
}
function parseAddress(text) {
  const trimmed = text.trim();
  if (import_ipaddr.default.IPv4.isValidFourPartDecimal(trimmed)) return { family: 4, value: addressToBigint(import_ipaddr.default.IPv4.parse(trimmed)) };
  if (trimmed.includes(":") && import_ipaddr.default.IPv6.isValid(trimmed) && !trimmed.includes("%")) return { family: 6, value: addressToBigint(import_ipaddr.default.IPv6.parse(trimmed)) };
  return void 0;
}
function addressRange(text) {
  const address = parseAddress(text);
  return address && { family: address.family, first: address.value, last: address.value };
}
var AddressSet = class _AddressSet {
  constructor(byFamily) {
    this.byFamily = byFamily;
  }
  byFamily;
  static of(ranges) {
    const byFamily = { 4: [], 6: [] };
    for (const r of ranges) byFamily[r.family].push(r);
    return new _AddressSet({ 4: normalise(byFamily[4]), 6: normalise(byFamily[6]) });
  }
  static empty() {
    return new _AddressSet({ 4: [], 6: [] });
  }
  ranges() {
    return [...this.byFamily[4], ...this.byFamily[6]];
  }
  isEmpty() {
    return this.byFamily[4].length === 0 && this.byFamily[6].length === 0;
  }
  union(other) {
    return _AddressSet.of([...this.ranges(), ...other.ranges()]);
  }
  difference(other) {
    return new _AddressSet({ 4: subtract(this.byFamily[4], other.byFamily[4]), 6: subtract(this.byFamily[6], other.byFamily[6]) });
  }
  intersection(other) {
    return this.difference(this.difference(other));
  }
  /** The range of this set that holds the address, if any (binary search). */
  rangeContaining(family, value) {
    const list = this.byFamily[family];
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      if (list[mid].last < value) low = mid + 1;
      else if (list[mid].first > value) high = mid - 1;
      else return list[mid];
    }
    return void 0;
  }
  contains(range) {
    const holder = this.rangeContaining(range.family, range.first);
    return holder !== void 0 && holder.last >= range.last;
  }
  overlaps(range) {
    const list = this.byFamily[range.family];
    const i = firstEndingAtOrAfter(list, range.first);
    return i < list.length && list[i].first <= range.last;
  }
  covers(other) {
    return other.difference(this).isEmpty();
  }
};
function normalise(ranges) {
  if (ranges.length > 0 && ranges[0].family === 4) {
    const keyed = ranges.map((r) => ({ key: Number(r.first), range: r }));
    keyed.sort((a, b) => a.key - b.key);
    for (let i = 0; i < keyed.length; i++) ranges[i] = keyed[i].range;
  } else {
    ranges.sort((a, b) => a.first < b.first ? -1 : a.first > b.first ? 1 : 0);
  }
  const out = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.first <= last.last + 1n) {
      if (r.last > last.last) last.last = r.last;
    } else out.push({ family: r.family, first: r.first, last: r.last });
  }
  return out;
}
function subtract(a, b) {
  const out = [];
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
var GrowingAddressSet = class {
  byFamily = { 4: [], 6: [] };
  add(range) {
    const list = this.byFamily[range.family];
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
  remainderOf(ranges) {
    const out = [];
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
};
function firstEndingAtOrAfter(list, value) {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (list[mid].last < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export {
  rangeText,
  parseAddressSpec,
  addressRange,
  AddressSet,
  GrowingAddressSet
};
