/**
 * Checks and canonical forms for the data of the types kept as text: base64,
 * base32hex, DNSSEC algorithm and CERT type mnemonics, RRSIG times, EUI-48/64
 * and LOC, as BIND reads and prints them.
 */

/** BIND prints base64 and hex in groups of 56 characters separated by spaces. */
export function chunked(text: string): string {
  if (text.length <= 56) return text;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 56) parts.push(text.slice(i, i + 56));
  return parts.join(' ');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Whether `b64` (tokens already joined) is canonical base64: whole quads, at most two
 * `=` and only at the end, and the bits a short last quad drops are zero (BIND refuses
 * `AB==`).
 */
export function isBase64(b64: string): boolean {
  if (b64.length === 0 || b64.length % 4 !== 0) return false;
  let pad = 0;
  if (b64.endsWith('==')) pad = 2;
  else if (b64.endsWith('=')) pad = 1;
  const body = b64.length - pad;
  for (let i = 0; i < body; i++) if (BASE64.indexOf(b64[i]) < 0) return false;
  if (pad === 0) return true;
  const last = BASE64.indexOf(b64[body - 1]);
  return pad === 2 ? (last & 0x0f) === 0 : (last & 0x03) === 0;
}

const BASE32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/** Whether `text` is unpadded base32hex (NSEC3 hashed names) whose unused last bits are zero. */
export function isBase32Hex(text: string): boolean {
  const tailBits = [0, -1, 2, -1, 4, 1, -1, 3][text.length % 8];
  if (text.length === 0 || tailBits < 0) return false;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    last = BASE32HEX.indexOf(text[i].toUpperCase());
    if (last < 0) return false;
  }
  return (last & ((1 << tailBits) - 1)) === 0;
}

/** DNSSEC algorithm mnemonics (IANA), as BIND reads and prints them. */
const ALGORITHMS: Array<[string, number]> = [
  ['RSAMD5', 1], ['DH', 2], ['DSA', 3], ['RSASHA1', 5], ['NSEC3DSA', 6], ['NSEC3RSASHA1', 7],
  ['RSASHA256', 8], ['RSASHA512', 10], ['ECCGOST', 12], ['ECDSAP256SHA256', 13], ['ECDSAP384SHA384', 14],
  ['ED25519', 15], ['ED448', 16], ['INDIRECT', 252], ['PRIVATEDNS', 253], ['PRIVATEOID', 254],
];
const ALGORITHM_ALIASES: Array<[string, number]> = [['DSA-NSEC3-SHA1', 6], ['RSASHA1-NSEC3-SHA1', 7], ['ECC-GOST', 12]];
const algorithmByName = new Map<string, number>([...ALGORITHMS, ...ALGORITHM_ALIASES]);
const algorithmName = new Map<number, string>(ALGORITHMS.map(([n, c]) => [c, n]));

/** An algorithm written as a number (0-255) or a mnemonic; -1 when it is neither, -2 when out of range. */
export function readAlgorithm(token: string): number {
  if (/^\d+$/.test(token)) return token.length > 3 || Number(token) > 255 ? -2 : Number(token);
  return algorithmByName.get(token.toUpperCase()) ?? -1;
}

/** BIND prints the mnemonic of the CERT algorithm where there is one. */
export function algorithmText(code: number): string {
  return algorithmName.get(code) ?? String(code);
}

const CERT_TYPES: Array<[string, number]> = [
  ['PKIX', 1], ['SPKI', 2], ['PGP', 3], ['IPKIX', 4], ['ISPKI', 5], ['IPGP', 6], ['ACPKIX', 7], ['IACPKIX', 8],
  ['URI', 253], ['OID', 254],
];
const certTypeByName = new Map<string, number>(CERT_TYPES);
const certTypeName = new Map<number, string>(CERT_TYPES.map(([n, c]) => [c, n]));

/** A CERT type as a number (0-65535) or a mnemonic; -1 when neither, -2 when out of range. */
export function readCertType(token: string): number {
  if (/^\d+$/.test(token)) return token.length > 5 || Number(token) > 0xffff ? -2 : Number(token);
  return certTypeByName.get(token.toUpperCase()) ?? -1;
}

export function certTypeText(code: number): string {
  return certTypeName.get(code) ?? String(code);
}

/**
 * An RRSIG time: `YYYYMMDDHHMMSS`, or seconds since 1970 as a plain number; the
 * canonical `YYYYMMDDHHMMSS`, or undefined. BIND keeps times modulo 2^32.
 */
export function readSignatureTime(token: string): string | undefined {
  let seconds: number;
  if (token.length === 14 && /^\d+$/.test(token)) {
    const year = Number(token.slice(0, 4));
    const month = Number(token.slice(4, 6));
    const day = Number(token.slice(6, 8));
    const hour = Number(token.slice(8, 10));
    const minute = Number(token.slice(10, 12));
    const second = Number(token.slice(12, 14));
    const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    // RFC 4034 3.2 writes years 0001-9999; the wire holds the time modulo 2^32 (serial arithmetic), as BIND stores it.
    if (days === undefined || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return undefined;
    const wide = secondsSinceEpoch(year, month, day, hour, minute, second);
    seconds = ((wide % 0x100000000) + 0x100000000) % 0x100000000;
  } else if (/^\d{1,10}$/.test(token) && Number(token) <= 0xffffffff) {
    seconds = Number(token);
  } else {
    return undefined;
  }
  const d = new Date(seconds * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Seconds from 1970 to a UTC time of any year 0-9999, before 1970 negative (proleptic Gregorian, as BIND counts). */
function secondsSinceEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime() / 1000 + second;
}

/** EUI-48 (6 groups) or EUI-64 (8 groups): exactly two hex digits per group, `-` between; printed lower-case. */
export function readEui(token: string, groups: number): string | undefined {
  if (token.length !== groups * 3 - 1) return undefined;
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    if (i % 3 === 2 ? c !== '-' : !/[0-9A-Fa-f]/.test(c)) return undefined;
  }
  return token.toLowerCase();
}

// ---------------------------------------------------------------- LOC (RFC 1876)

/** Size and precision as RFC 1876 stores them: one digit times a power of ten, in centimetres. */
function precisionCm(metres: string): number | undefined {
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?m?$/.exec(metres);
  if (!m) return undefined;
  const cm = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (cm > 9e9) return undefined;
  // BIND keeps the leading digit and the power of ten, dropping the other digits.
  let exponent = 0;
  let mantissa = cm;
  while (mantissa >= 10) {
    mantissa = Math.floor(mantissa / 10);
    exponent++;
  }
  return mantissa * 10 ** exponent;
}

function precisionText(cm: number): string {
  return cm >= 100 ? `${Math.floor(cm / 100)}m` : `0.${String(cm).padStart(2, '0')}m`;
}

/**
 * LOC data from its tokens: `d [m [s]] N|S d [m [s]] E|W alt[m] [size[m] [hp[m] [vp[m]]]]`.
 * Returns the canonical text (BIND fills in minutes, seconds and the default precisions),
 * or an error message.
 */
export function readLoc(tokens: string[]): { text: string } | { error: string } {
  let i = 0;
  const coordinate = (hemispheres: string, maxDegrees: number): string | { error: string } => {
    const degrees = tokens[i++];
    if (degrees === undefined) return { error: 'unexpected end of input' };
    if (!/^\d{1,3}$/.test(degrees) || Number(degrees) > maxDegrees) return { error: `bad degrees '${degrees}'` };
    let minutes = '0';
    let seconds = '0.000';
    if (tokens[i] !== undefined && /^\d+$/.test(tokens[i])) {
      minutes = tokens[i++];
      if (Number(minutes) > 59) return { error: `bad minutes '${minutes}'` };
      if (tokens[i] !== undefined && /^\d+(\.\d{1,3})?$/.test(tokens[i])) {
        const s = tokens[i++];
        const [whole, fraction = ''] = s.split('.');
        if (Number(whole) > 59) return { error: `bad seconds '${s}'` };
        seconds = `${Number(whole)}.${fraction.padEnd(3, '0')}`;
      }
    }
    const hemisphere = tokens[i++];
    if (hemisphere === undefined) return { error: 'unexpected end of input' };
    if (hemisphere.length !== 1 || !hemispheres.includes(hemisphere.toUpperCase())) return { error: `bad hemisphere '${hemisphere}'` };
    if (Number(degrees) === maxDegrees && (Number(minutes) !== 0 || Number(seconds) !== 0)) return { error: 'coordinate out of range' };
    return `${Number(degrees)} ${Number(minutes)} ${seconds} ${hemisphere.toUpperCase()}`;
  };
  const latitude = coordinate('NS', 90);
  if (typeof latitude !== 'string') return latitude;
  const longitude = coordinate('EW', 180);
  if (typeof longitude !== 'string') return longitude;
  const altitudeText = tokens[i++];
  if (altitudeText === undefined) return { error: 'unexpected end of input' };
  const alt = /^(-?)(\d{1,8})(?:\.(\d{1,2}))?m?$/.exec(altitudeText);
  if (!alt) return { error: `bad altitude '${altitudeText}'` };
  const altitudeCm = (Number(alt[2]) * 100 + Number((alt[3] ?? '').padEnd(2, '0'))) * (alt[1] === '-' ? -1 : 1);
  if (altitudeCm < -10000000 || altitudeCm > 0xffffffff - 10000000) return { error: `altitude '${altitudeText}' out of range` };
  const sign = altitudeCm < 0 ? '-' : '';
  const altitude = `${sign}${Math.floor(Math.abs(altitudeCm) / 100)}.${String(Math.abs(altitudeCm) % 100).padStart(2, '0')}m`;
  const precisions = [100, 1000000, 1000];
  for (let p = 0; p < 3 && i < tokens.length; p++) {
    const cm = precisionCm(tokens[i]);
    if (cm === undefined) return { error: `bad size or precision '${tokens[i]}'` };
    precisions[p] = cm;
    i++;
  }
  if (i < tokens.length) return { error: `extra input text '${tokens[i]}'` };
  return { text: `${latitude} ${longitude} ${altitude} ${precisions.map(precisionText).join(' ')}` };
}
