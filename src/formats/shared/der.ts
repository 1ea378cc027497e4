/**
 * A small DER reader: enough of X.690 to find the parts of certificates, PKCS#7 and
 * PKCS#12 structures that uclint needs, without building a tree. Every read is bounded
 * by the bytes of its parent, so malformed input gives `undefined`, never an exception
 * or a read past the end. Indefinite lengths (BER, written by some PKCS#12 exporters) are
 * accepted inside containers; certificates themselves are DER.
 */

export interface Tlv {
  /** 0 universal, 1 application, 2 context-specific, 3 private. */
  tagClass: number;
  constructed: boolean;
  tagNumber: number;
  /** Offset of the identifier octet. */
  start: number;
  /** Offset of the first content octet. */
  contentStart: number;
  /** Offset just past the contents (before the end-of-contents octets of an indefinite length). */
  contentEnd: number;
  /** Offset just past the whole element. */
  end: number;
}

export const TAG = {
  BOOLEAN: 1,
  INTEGER: 2,
  BIT_STRING: 3,
  OCTET_STRING: 4,
  OID: 6,
  UTF8_STRING: 12,
  SEQUENCE: 16,
  SET: 17,
  PRINTABLE_STRING: 19,
  T61_STRING: 20,
  IA5_STRING: 22,
  UTC_TIME: 23,
  GENERALIZED_TIME: 24,
  UNIVERSAL_STRING: 28,
  BMP_STRING: 30,
} as const;

/** Longest length field accepted: four octets covers every file under the size bound. */
const MAX_LENGTH_OCTETS = 4;

/** Reads the element starting at `offset`, within `limit`. */
export function readTlv(bytes: Uint8Array, offset: number, limit = bytes.length): Tlv | undefined {
  const header = readHeader(bytes, offset, limit);
  if (!header) return undefined;
  if (header.length !== undefined) {
    const end = header.contentStart + header.length;
    if (end > limit) return undefined;
    return { ...header.tag, start: offset, contentStart: header.contentStart, contentEnd: end, end };
  }
  // Indefinite length: the contents are elements up to two zero octets, possibly of
  // indefinite length themselves; one pass with a counter of open elements, no recursion.
  if (!header.tag.constructed) return undefined;
  let open = 1;
  let pos = header.contentStart;
  while (true) {
    if (pos + 2 <= limit && bytes[pos] === 0 && bytes[pos + 1] === 0) {
      pos += 2;
      if (--open === 0) return { ...header.tag, start: offset, contentStart: header.contentStart, contentEnd: pos - 2, end: pos };
      continue;
    }
    const inner = readHeader(bytes, pos, limit);
    if (!inner) return undefined;
    if (inner.length === undefined) {
      if (!inner.tag.constructed) return undefined;
      open++;
      pos = inner.contentStart;
    } else {
      pos = inner.contentStart + inner.length;
      if (pos > limit) return undefined;
    }
  }
}

interface Header {
  tag: { tagClass: number; constructed: boolean; tagNumber: number };
  contentStart: number;
  /** Undefined for an indefinite length. */
  length: number | undefined;
}

function readHeader(bytes: Uint8Array, offset: number, limit: number): Header | undefined {
  let pos = offset;
  if (pos >= limit) return undefined;
  const first = bytes[pos++];
  const tagClass = first >> 6;
  const constructed = (first & 0x20) !== 0;
  let tagNumber = first & 0x1f;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    for (let i = 0; ; i++) {
      if (pos >= limit || i >= 4) return undefined;
      const b = bytes[pos++];
      tagNumber = tagNumber * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
  }
  if (pos >= limit) return undefined;
  const lengthByte = bytes[pos++];
  let length: number | undefined;
  if (lengthByte < 0x80) length = lengthByte;
  else if (lengthByte === 0x80) length = undefined;
  else {
    const n = lengthByte & 0x7f;
    if (n > MAX_LENGTH_OCTETS || pos + n > limit) return undefined;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + bytes[pos++];
  }
  return { tag: { tagClass, constructed, tagNumber }, contentStart: pos, length };
}

/** The direct children of a constructed element, in order; undefined when they do not tile its contents. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] | undefined {
  if (!parent.constructed) return undefined;
  const out: Tlv[] = [];
  let pos = parent.contentStart;
  while (pos < parent.contentEnd) {
    const child = readTlv(bytes, pos, parent.contentEnd);
    if (!child) return undefined;
    out.push(child);
    pos = child.end;
  }
  return out;
}

export function isUniversal(tlv: Tlv | undefined, tagNumber: number): tlv is Tlv {
  return tlv !== undefined && tlv.tagClass === 0 && tlv.tagNumber === tagNumber;
}

export function isContext(tlv: Tlv | undefined, tagNumber: number): tlv is Tlv {
  return tlv !== undefined && tlv.tagClass === 2 && tlv.tagNumber === tagNumber;
}

/** Children of a universal SEQUENCE (or SET), or undefined when `tlv` is not one. */
export function sequence(bytes: Uint8Array, tlv: Tlv | undefined, tagNumber: number = TAG.SEQUENCE): Tlv[] | undefined {
  return isUniversal(tlv, tagNumber) ? children(bytes, tlv) : undefined;
}

export function content(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.contentStart, tlv.contentEnd);
}

export function element(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.start, tlv.end);
}

/**
 * An OCTET STRING's octets; a constructed (BER) one is the concatenation of its segments.
 * `implicit`: the element is an OCTET STRING under an implicit context tag (PKCS#7 `encryptedContent [0]`).
 */
export function octets(bytes: Uint8Array, tlv: Tlv | undefined, implicit = false): Uint8Array | undefined {
  if (!tlv || (!implicit && !isUniversal(tlv, TAG.OCTET_STRING))) return undefined;
  if (!tlv.constructed) return content(bytes, tlv);
  const parts: Uint8Array[] = [];
  // Segments may themselves be constructed; walk them with an explicit stack.
  const stack: Tlv[] = [tlv];
  const ordered: Tlv[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!node.constructed) {
      ordered.push(node);
      continue;
    }
    const kids = children(bytes, node);
    if (!kids || kids.some((k) => !isUniversal(k, TAG.OCTET_STRING))) return undefined;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  for (const node of ordered) parts.push(content(bytes, node));
  return Buffer.concat(parts);
}

export function oid(bytes: Uint8Array, tlv: Tlv | undefined): string | undefined {
  if (!isUniversal(tlv, TAG.OID) || tlv.constructed) return undefined;
  const c = content(bytes, tlv);
  if (c.length === 0 || c.length > 64) return undefined;
  const arcs: number[] = [];
  let value = 0;
  for (let i = 0; i < c.length; i++) {
    value = value * 128 + (c[i] & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) return undefined;
    if ((c[i] & 0x80) === 0) {
      if (arcs.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        arcs.push(first, value - first * 40);
      } else arcs.push(value);
      value = 0;
    } else if (i === c.length - 1) return undefined;
  }
  return arcs.join('.');
}

/** A non-negative INTEGER as a number; `Infinity` when it does not fit in 48 bits, undefined when it is not an INTEGER or negative. */
export function smallInteger(bytes: Uint8Array, tlv: Tlv | undefined): number | undefined {
  if (!isUniversal(tlv, TAG.INTEGER) || tlv.constructed) return undefined;
  const c = content(bytes, tlv);
  if (c.length === 0 || (c[0] & 0x80) !== 0) return undefined;
  let start = 0;
  while (start < c.length - 1 && c[start] === 0) start++;
  if (c.length - start > 6) return Infinity;
  let value = 0;
  for (let i = start; i < c.length; i++) value = value * 256 + c[i];
  return value;
}

export function boolean(bytes: Uint8Array, tlv: Tlv | undefined): boolean | undefined {
  if (!isUniversal(tlv, TAG.BOOLEAN) || tlv.constructed || tlv.contentEnd - tlv.contentStart !== 1) return undefined;
  return bytes[tlv.contentStart] !== 0;
}

/** The text of a directory string (UTF8String, PrintableString, IA5String, T61String as Latin-1, BMPString, UniversalString). */
export function directoryString(bytes: Uint8Array, tlv: Tlv | undefined): string | undefined {
  if (!tlv || tlv.tagClass !== 0 || tlv.constructed) return undefined;
  const c = content(bytes, tlv);
  // ignoreBOM: a leading U+FEFF is part of the name (by default TextDecoder drops it, and a CN of
  // U+FEFF + `sip.contoso.com` would read as `sip.contoso.com`, a name it does not match).
  switch (tlv.tagNumber) {
    case TAG.UTF8_STRING:
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(c);
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.T61_STRING:
      return Buffer.from(c).toString('latin1');
    case TAG.BMP_STRING:
      return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(c);
    case TAG.UNIVERSAL_STRING: {
      let out = '';
      for (let i = 0; i + 3 < c.length; i += 4) {
        const cp = ((c[i] << 24) | (c[i + 1] << 16) | (c[i + 2] << 8) | c[i + 3]) >>> 0;
        out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
      }
      return out;
    }
    default:
      return undefined;
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * UTCTime (years 1950-2049, RFC 5280 4.1.2.5.1) or GeneralizedTime, read as OpenSSL reads a
 * certificate's validity: RFC 5280 asks for `YYMMDDHHMMSSZ` and `YYYYMMDDHHMMSSZ`, but older
 * encoders left out the seconds, wrote a fraction of a second (GeneralizedTime) or a zone
 * offset `+hhmm`/`-hhmm` instead of `Z`, and OpenSSL (so every server that loads the
 * certificate) reads those, applying the offset. A time OpenSSL refuses (a month 13, February
 * 29 of a common year, a second 60, no zone at all) is undefined here too. Fractions are kept
 * to the millisecond.
 */
export function time(bytes: Uint8Array, tlv: Tlv | undefined): Date | undefined {
  if (!tlv || tlv.tagClass !== 0 || tlv.constructed) return undefined;
  const generalized = tlv.tagNumber === TAG.GENERALIZED_TIME;
  if (!generalized && tlv.tagNumber !== TAG.UTC_TIME) return undefined;
  const text = Buffer.from(content(bytes, tlv)).toString('latin1');
  let pos = 0;
  const isDigit = (at: number) => at < text.length && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39;
  /** Two digits in `min..max`, or undefined. */
  const pair = (min: number, max: number): number | undefined => {
    if (!isDigit(pos) || !isDigit(pos + 1)) return undefined;
    const value = Number(text.slice(pos, pos + 2));
    pos += 2;
    return value >= min && value <= max ? value : undefined;
  };
  let year: number | undefined;
  if (generalized) {
    const century = pair(0, 99);
    const within = century === undefined ? undefined : pair(0, 99);
    year = century === undefined || within === undefined ? undefined : century * 100 + within;
  } else {
    const yy = pair(0, 99);
    year = yy === undefined ? undefined : yy < 50 ? 2000 + yy : 1900 + yy;
  }
  const month = year === undefined ? undefined : pair(1, 12);
  if (year === undefined || month === undefined) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const day = pair(1, DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0));
  const hour = day === undefined ? undefined : pair(0, 23);
  const minute = hour === undefined ? undefined : pair(0, 59);
  if (day === undefined || hour === undefined || minute === undefined) return undefined;
  let second = 0;
  let millisecond = 0;
  if (isDigit(pos)) {
    const s = pair(0, 59);
    if (s === undefined) return undefined;
    second = s;
    if (generalized && text[pos] === '.') {
      const start = ++pos;
      while (isDigit(pos)) pos++;
      if (pos === start) return undefined;
      millisecond = Number(text.slice(start, Math.min(pos, start + 3)).padEnd(3, '0'));
    }
  }
  let offsetMinutes = 0;
  if (text[pos] === 'Z') pos++;
  else if ((text[pos] === '+' || text[pos] === '-') && text.length === pos + 5) {
    const sign = text[pos++] === '-' ? -1 : 1;
    const hours = pair(0, 12);
    const minutes = hours === undefined ? undefined : pair(0, 59);
    if (hours === undefined || minutes === undefined) return undefined;
    offsetMinutes = sign * (hours * 60 + minutes);
  } else return undefined;
  if (pos !== text.length) return undefined;
  // setUTCFullYear, not Date.UTC, which maps years 0-99 into the 1900s.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second, millisecond);
  return date;
}

/**
 * Why the bytes are not one well-formed element tree of at most `maxDepth` levels, or
 * undefined when they are. Iterative (an explicit stack of parents' ends), so a file of
 * 10,000 nested SEQUENCEs is refused at level `maxDepth + 1` without recursion. Only
 * constructed elements are entered: encapsulated DER inside OCTET and BIT STRINGs is
 * checked again by whoever decodes it.
 */
export function derDepthProblem(bytes: Uint8Array, maxDepth: number): { kind: 'depth' | 'malformed'; offset: number } | undefined {
  const ends: (number | 'indefinite')[] = [];
  let limit = bytes.length;
  let pos = 0;
  const limitOf = () => {
    for (let i = ends.length - 1; i >= 0; i--) {
      const e = ends[i];
      if (e !== 'indefinite') return e;
    }
    return bytes.length;
  };
  while (true) {
    // Close every parent that ends here.
    while (ends.length > 0) {
      const top = ends[ends.length - 1];
      if (top === 'indefinite') {
        if (pos + 2 <= limit && bytes[pos] === 0 && bytes[pos + 1] === 0) {
          pos += 2;
          ends.pop();
          limit = limitOf();
          continue;
        }
        break;
      }
      if (pos === top) {
        ends.pop();
        limit = limitOf();
        continue;
      }
      break;
    }
    if (ends.length === 0 && pos > 0) return pos === bytes.length ? undefined : { kind: 'malformed', offset: pos };
    const header = readHeader(bytes, pos, limit);
    if (!header) return { kind: 'malformed', offset: pos };
    if (header.length === undefined && !header.tag.constructed) return { kind: 'malformed', offset: pos };
    const end = header.length === undefined ? undefined : header.contentStart + header.length;
    if (end !== undefined && end > limit) return { kind: 'malformed', offset: pos };
    if (header.tag.constructed) {
      if (ends.length + 1 > maxDepth) return { kind: 'depth', offset: pos };
      ends.push(end ?? 'indefinite');
      if (end !== undefined) limit = end;
      pos = header.contentStart;
    } else {
      pos = end!;
    }
    if (ends.length === 0) return pos === bytes.length ? undefined : { kind: 'malformed', offset: pos };
  }
}
