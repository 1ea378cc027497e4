/**
 * IPv4 and IPv6 text forms. IPv4 follows inet_pton (four decimal parts, no
 * leading zeros); IPv6 is printed in the compressed form BIND prints
 * (longest run of two or more zero groups as `::`, embedded IPv4 for
 * IPv4-compatible and IPv4-mapped addresses).
 */
import { ownSlice } from '../../core/strings.js';

/** True when `text[start, end)` is a dotted-quad IPv4 address. */
export function isIPv4(text: string, start: number, end: number): boolean {
  return ipv4Value(text, start, end) >= 0;
}

/** The dotted quad in `text[start, end)` as an unsigned 32-bit number, or -1 when it is not one (as isIPv4). */
export function ipv4Value(text: string, start: number, end: number): number {
  let parts = 0;
  let digits = 0;
  let value = 0;
  let address = 0;
  let leadingZero = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || parts === 3) return -1;
      parts++;
      address = address * 256 + value;
      digits = 0;
      value = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return -1;
    if (digits === 1 && leadingZero) return -1;
    if (digits === 0) leadingZero = d === 0;
    value = value * 10 + d;
    if (++digits > 3 || value > 255) return -1;
  }
  return parts === 3 && digits > 0 ? address * 256 + value : -1;
}

/** The eight 16-bit groups of an IPv6 address, or undefined when the text is not one. */
export function parseIPv6(text: string, start: number, end: number): number[] | undefined {
  const head: number[] = [];
  const tail: number[] = [];
  let groups = head;
  let compressed = false;
  let i = start;
  if (end - start < 2) return undefined;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return undefined;
    compressed = true;
    groups = tail;
    i += 2;
    if (i === end) return [0, 0, 0, 0, 0, 0, 0, 0];
  }
  for (;;) {
    // One group: hex digits, or an embedded IPv4 address at the end.
    const groupStart = i;
    let value = 0;
    let digits = 0;
    while (i < end) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
      i++;
    }
    if (i < end && text.charCodeAt(i) === 46) {
      if (!isIPv4(text, groupStart, end)) return undefined;
      const v4 = text.slice(groupStart, end).split('.').map(Number);
      groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      break;
    }
    if (digits === 0 || digits > 4) return undefined;
    groups.push(value);
    if (i === end) break;
    if (text.charCodeAt(i) !== 58) return undefined;
    i++;
    if (i < end && text.charCodeAt(i) === 58) {
      if (compressed) return undefined;
      compressed = true;
      groups = tail;
      i++;
      if (i === end) break;
    } else if (i === end) {
      return undefined;
    }
  }
  const total = head.length + tail.length;
  if (compressed) {
    if (total > 7) return undefined;
    const out = head.slice();
    for (let k = total; k < 8; k++) out.push(0);
    for (const g of tail) out.push(g);
    return out;
  }
  return total === 8 ? head : undefined;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Compressed text of eight groups, as BIND prints it. */
export function formatIPv6(words: ArrayLike<number>): string {
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestLength < 2) bestStart = -1;
  if (bestStart === 0 && (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff))) {
    const v4 = `${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`;
    return (bestLength === 6 ? '::' : '::ffff:') + v4;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLength - 1;
      continue;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += words[i].toString(16);
  }
  return out;
}

/** Canonical text of an IPv6 address written in `text[start, end)`, or undefined. */
export function canonicalIPv6(text: string, start: number, end: number): string | undefined {
  if (isCanonicalIPv6(text, start, end)) return ownSlice(text, start, end);
  const words = parseIPv6(text, start, end);
  return words === undefined ? undefined : formatIPv6(words);
}

/**
 * True when the text is already in the canonical form: lower-case groups without
 * leading zeros, no embedded IPv4, and `::` exactly where the printer would put it
 * (the first longest run of two or more zero groups). Most zone files write
 * addresses this way, so this check spares parsing and printing.
 */
function isCanonicalIPv6(text: string, start: number, end: number): boolean {
  // Groups before and after `::`; zero runs on either side; the compressed run length is 8 - groups.
  let groups = 0;
  let compressedAt = -1;
  let zeroRun = 0;
  let longestZeroRun = 0;
  let digits = 0;
  let value = 0;
  /** The group being read follows `::` directly: it must not be zero (the run would be longer). */
  let afterCompression = false;
  let i = start;
  if (end - start < 2 || end - start > 39) return false;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return false;
    compressedAt = 0;
    afterCompression = true;
    i += 2;
    if (i === end) return true; // `::`
  }
  for (; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 58;
    if (c === 58) {
      // An empty group: `:::`, a colon at the end, or a second `::`.
      if (digits === 0) return false;
      groups++;
      const groupValue = value;
      if (groupValue === 0 && afterCompression) return false;
      afterCompression = false;
      if (groupValue === 0) {
        zeroRun++;
        if (zeroRun > longestZeroRun) longestZeroRun = zeroRun;
      } else {
        zeroRun = 0;
      }
      digits = 0;
      value = 0;
      if (i + 1 < end && text.charCodeAt(i + 1) === 58) {
        if (compressedAt >= 0 || groupValue === 0) return false;
        compressedAt = groups;
        afterCompression = true;
        zeroRun = 0;
        i++;
        if (i + 1 === end) break;
      }
      continue;
    }
    let h: number;
    if (c >= 48 && c <= 57) h = c - 48;
    else if (c >= 97 && c <= 102) h = c - 87;
    else return false; // upper-case, a dot (embedded IPv4) or junk: take the full path
    if (digits === 0 && h === 0 && i + 1 < end && text.charCodeAt(i + 1) !== 58) return false; // leading zero
    if (++digits > 4) return false;
    value = value * 16 + h;
  }
  if (compressedAt < 0) return groups === 8 && longestZeroRun < 2;
  const compressedLength = 8 - groups;
  if (compressedLength < 2) return false; // `::` for a single zero group is not canonical
  // The written run must be the first longest: no written zero run as long (a longer one is impossible to check cheaply, so refuse).
  if (longestZeroRun >= compressedLength) return false;
  // An earlier written run of equal length would win; refused above. A v4-compatible/mapped form prints dotted.
  if (compressedAt === 0 && (compressedLength === 6 || compressedLength === 5)) return false;
  return true;
}
