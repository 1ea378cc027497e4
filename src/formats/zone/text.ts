/**
 * Small readers over `text[start, end)` used by the parser: TTLs, numbers,
 * character strings, hex (printing is in the model's record-text.ts).
 */

import { ownSlice } from '../../core/strings.js';

/** TTL value or one of these errors. */
export const TTL_SYNTAX = -1;
export const TTL_RANGE = -2;

/**
 * Reads a TTL: a plain number, or number-unit groups (`1w2d3h4m5s`, any case).
 * As in BIND, every group of a unit form needs its unit (`1h30` is an error), and
 * the value must fit in 32 bits.
 */
export function readTtl(text: string, start: number, end: number): number {
  if (start >= end || end - start > 63) return TTL_SYNTAX;
  let total = 0;
  let value = 0;
  let digits = 0;
  let units = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      value = value * 10 + d;
      digits++;
      if (value > 0xffffffff) return TTL_RANGE;
      continue;
    }
    if (digits === 0) return TTL_SYNTAX;
    let scale: number;
    switch (c | 32) {
      case 119: scale = 604800; break; // w
      case 100: scale = 86400; break; // d
      case 104: scale = 3600; break; // h
      case 109: scale = 60; break; // m
      case 115: scale = 1; break; // s
      default: return TTL_SYNTAX;
    }
    total += value * scale;
    value = 0;
    digits = 0;
    units = true;
  }
  if (digits > 0) {
    if (units) return TTL_SYNTAX;
    total = value;
  }
  return total > 0xffffffff ? TTL_RANGE : total;
}

/** Unsigned decimal of at most `max`; -1 when not a number, -2 when out of range. */
export function readUnsigned(text: string, start: number, end: number, max: number): number {
  if (start >= end) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
    if (value > max) {
      // Keep scanning so that `12a` is reported as syntax, not range.
      for (let j = i + 1; j < end; j++) {
        const e = text.charCodeAt(j) - 48;
        if (e < 0 || e > 9) return -1;
      }
      return -2;
    }
  }
  return value;
}

/** Result of decoding a character string: octets when escapes or non-ASCII were present. */
export interface DecodedString {
  text: string;
  /** Number of octets. */
  octets: number;
  /** True when the octets were not valid UTF-8 and `text` holds them as latin1. */
  latin1: boolean;
}

// ignoreBOM keeps a leading U+FEFF as data: by default TextDecoder drops it, and a TXT string
// `"\239\187\191..."` would lose its first three octets (and not read back as it was printed).
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * Decodes a character string's presentation (`\X`, `\DDD` escapes) to text.
 * Returns undefined for a bad `\DDD` (over 255, or fewer than three digits before the end).
 */
export function decodeString(text: string, start: number, end: number, escaped: boolean): DecodedString | undefined {
  if (!escaped) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    const s = ownSlice(text, start, end);
    if (ascii) return { text: s, octets: end - start, latin1: false };
    // Through the octets, as the escaped path goes: a lone surrogate (text decoded from UTF-16)
    // becomes the U+FFFD its octets hold, so the string prints and reads back the same.
    const octets = encoder.encode(s);
    return { text: utf8Strict.decode(octets), octets: octets.length, latin1: false };
  }
  const bytes: number[] = [];
  let nonAscii = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= end) return undefined;
      const d1 = text.charCodeAt(i + 1) - 48;
      if (d1 >= 0 && d1 <= 9) {
        const d2 = text.charCodeAt(i + 2) - 48;
        const d3 = text.charCodeAt(i + 3) - 48;
        if (i + 3 >= end || d2 < 0 || d2 > 9 || d3 < 0 || d3 > 9) return undefined;
        const v = d1 * 100 + d2 * 10 + d3;
        if (v > 255) return undefined;
        if (v > 127) nonAscii = true;
        bytes.push(v);
        i += 3;
        continue;
      }
      i++;
    }
    const cp = text.codePointAt(i) ?? 0;
    if (cp < 0x80) {
      bytes.push(cp);
    } else {
      nonAscii = true;
      const enc = encoder.encode(String.fromCodePoint(cp));
      for (const b of enc) bytes.push(b);
      if (cp > 0xffff) i++;
    }
  }
  return octetsToString(Uint8Array.from(bytes), nonAscii);
}

/** Text of octets: UTF-8 when valid, else latin1 (flagged). */
export function octetsToString(bytes: Uint8Array, nonAscii = true): DecodedString {
  if (!nonAscii) return { text: latin1(bytes), octets: bytes.length, latin1: false };
  try {
    return { text: utf8Strict.decode(bytes), octets: bytes.length, latin1: false };
  } catch {
    return { text: latin1(bytes), octets: bytes.length, latin1: true };
  }
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}




/** Hex digits (any case, even count) to octets; undefined when not hex. */
export function hexToOctets(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(hex.charCodeAt(2 * i));
    const lo = hexDigit(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return undefined;
    out[i] = hi * 16 + lo;
  }
  return out;
}

export function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

export function octetsToHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return out;
}


/** The UTF-8 octets of `s` as a latin1 string (one character per octet). */
export function utf8AsLatin1(s: string): string {
  const bytes = encoder.encode(s);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

/**
 * Makes a record's strings uniform when some were not UTF-8: all of them then
 * hold octets as latin1 (see TxtData.latin1).
 */
export function uniformStrings(strings: string[], latin1Flags: boolean[]): string[] {
  return strings.map((s, i) => (latin1Flags[i] ? s : utf8AsLatin1(s)));
}
