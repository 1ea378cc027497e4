import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/formats/shared/der.ts
var TAG = {
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
  BMP_STRING: 30
};
var MAX_LENGTH_OCTETS = 4;
function readTlv(bytes, offset, limit = bytes.length) {
  const header = readHeader(bytes, offset, limit);
  if (!header) return void 0;
  if (header.length !== void 0) {
    const end = header.contentStart + header.length;
    if (end > limit) return void 0;
    return { ...header.tag, start: offset, contentStart: header.contentStart, contentEnd: end, end };
  }
  if (!header.tag.constructed) return void 0;
  let open = 1;
  let pos = header.contentStart;
  while (true) {
    if (pos + 2 <= limit && bytes[pos] === 0 && bytes[pos + 1] === 0) {
      pos += 2;
      if (--open === 0) return { ...header.tag, start: offset, contentStart: header.contentStart, contentEnd: pos - 2, end: pos };
      continue;
    }
    const inner = readHeader(bytes, pos, limit);
    if (!inner) return void 0;
    if (inner.length === void 0) {
      if (!inner.tag.constructed) return void 0;
      open++;
      pos = inner.contentStart;
    } else {
      pos = inner.contentStart + inner.length;
      if (pos > limit) return void 0;
    }
  }
}
function readHeader(bytes, offset, limit) {
  let pos = offset;
  if (pos >= limit) return void 0;
  const first = bytes[pos++];
  const tagClass = first >> 6;
  const constructed = (first & 32) !== 0;
  let tagNumber = first & 31;
  if (tagNumber === 31) {
    tagNumber = 0;
    for (let i = 0; ; i++) {
      if (pos >= limit || i >= 4) return void 0;
      const b = bytes[pos++];
      tagNumber = tagNumber * 128 + (b & 127);
      if ((b & 128) === 0) break;
    }
  }
  if (pos >= limit) return void 0;
  const lengthByte = bytes[pos++];
  let length;
  if (lengthByte < 128) length = lengthByte;
  else if (lengthByte === 128) length = void 0;
  else {
    const n = lengthByte & 127;
    if (n > MAX_LENGTH_OCTETS || pos + n > limit) return void 0;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + bytes[pos++];
  }
  return { tag: { tagClass, constructed, tagNumber }, contentStart: pos, length };
}
function children(bytes, parent) {
  if (!parent.constructed) return void 0;
  const out = [];
  let pos = parent.contentStart;
  while (pos < parent.contentEnd) {
    const child = readTlv(bytes, pos, parent.contentEnd);
    if (!child) return void 0;
    out.push(child);
    pos = child.end;
  }
  return out;
}
function isUniversal(tlv, tagNumber) {
  return tlv !== void 0 && tlv.tagClass === 0 && tlv.tagNumber === tagNumber;
}
function isContext(tlv, tagNumber) {
  return tlv !== void 0 && tlv.tagClass === 2 && tlv.tagNumber === tagNumber;
}
function sequence(bytes, tlv, tagNumber = TAG.SEQUENCE) {
  return isUniversal(tlv, tagNumber) ? children(bytes, tlv) : void 0;
}
function content(bytes, tlv) {
  return bytes.subarray(tlv.contentStart, tlv.contentEnd);
}
function element(bytes, tlv) {
  return bytes.subarray(tlv.start, tlv.end);
}
function octets(bytes, tlv, implicit = false) {
  if (!tlv || !implicit && !isUniversal(tlv, TAG.OCTET_STRING)) return void 0;
  if (!tlv.constructed) return content(bytes, tlv);
  const parts = [];
  const stack = [tlv];
  const ordered = [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node.constructed) {
      ordered.push(node);
      continue;
    }
    const kids = children(bytes, node);
    if (!kids || kids.some((k) => !isUniversal(k, TAG.OCTET_STRING))) return void 0;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  for (const node of ordered) parts.push(content(bytes, node));
  return Buffer.concat(parts);
}
function oid(bytes, tlv) {
  if (!isUniversal(tlv, TAG.OID) || tlv.constructed) return void 0;
  const c = content(bytes, tlv);
  if (c.length === 0 || c.length > 64) return void 0;
  const arcs = [];
  let value = 0;
  for (let i = 0; i < c.length; i++) {
    value = value * 128 + (c[i] & 127);
    if (value > Number.MAX_SAFE_INTEGER / 128) return void 0;
    if ((c[i] & 128) === 0) {
      if (arcs.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        arcs.push(first, value - first * 40);
      } else arcs.push(value);
      value = 0;
    } else if (i === c.length - 1) return void 0;
  }
  return arcs.join(".");
}
function smallInteger(bytes, tlv) {
  if (!isUniversal(tlv, TAG.INTEGER) || tlv.constructed) return void 0;
  const c = content(bytes, tlv);
  if (c.length === 0 || (c[0] & 128) !== 0) return void 0;
  let start = 0;
  while (start < c.length - 1 && c[start] === 0) start++;
  if (c.length - start > 6) return Infinity;
  let value = 0;
  for (let i = start; i < c.length; i++) value = value * 256 + c[i];
  return value;
}
function boolean(bytes, tlv) {
  if (!isUniversal(tlv, TAG.BOOLEAN) || tlv.constructed || tlv.contentEnd - tlv.contentStart !== 1) return void 0;
  return bytes[tlv.contentStart] !== 0;
}
function directoryString(bytes, tlv) {
  if (!tlv || tlv.tagClass !== 0 || tlv.constructed) return void 0;
  const c = content(bytes, tlv);
  switch (tlv.tagNumber) {
    case TAG.UTF8_STRING:
      return new TextDecoder("utf-8", { ignoreBOM: true }).decode(c);
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.T61_STRING:
      return Buffer.from(c).toString("latin1");
    case TAG.BMP_STRING:
      return new TextDecoder("utf-16be", { ignoreBOM: true }).decode(c);
    case TAG.UNIVERSAL_STRING: {
      let out = "";
      for (let i = 0; i + 3 < c.length; i += 4) {
        const cp = (c[i] << 24 | c[i + 1] << 16 | c[i + 2] << 8 | c[i + 3]) >>> 0;
        out += cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
      }
      return out;
    }
    default:
      return void 0;
  }
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function time(bytes, tlv) {
  if (!tlv || tlv.tagClass !== 0 || tlv.constructed) return void 0;
  const generalized = tlv.tagNumber === TAG.GENERALIZED_TIME;
  if (!generalized && tlv.tagNumber !== TAG.UTC_TIME) return void 0;
  const text = Buffer.from(content(bytes, tlv)).toString("latin1");
  let pos = 0;
  const isDigit = (at) => at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;
  const pair = (min, max) => {
    if (!isDigit(pos) || !isDigit(pos + 1)) return void 0;
    const value = Number(text.slice(pos, pos + 2));
    pos += 2;
    return value >= min && value <= max ? value : void 0;
  };
  let year;
  if (generalized) {
    const century = pair(0, 99);
    const within = century === void 0 ? void 0 : pair(0, 99);
    year = century === void 0 || within === void 0 ? void 0 : century * 100 + within;
  } else {
    const yy = pair(0, 99);
    year = yy === void 0 ? void 0 : yy < 50 ? 2e3 + yy : 1900 + yy;
  }
  const month = year === void 0 ? void 0 : pair(1, 12);
  if (year === void 0 || month === void 0) return void 0;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const day = pair(1, DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0));
  const hour = day === void 0 ? void 0 : pair(0, 23);
  const minute = hour === void 0 ? void 0 : pair(0, 59);
  if (day === void 0 || hour === void 0 || minute === void 0) return void 0;
  let second = 0;
  let millisecond = 0;
  if (isDigit(pos)) {
    const s = pair(0, 59);
    if (s === void 0) return void 0;
    second = s;
    if (generalized && text[pos] === ".") {
      const start = ++pos;
      while (isDigit(pos)) pos++;
      if (pos === start) return void 0;
      millisecond = Number(text.slice(start, Math.min(pos, start + 3)).padEnd(3, "0"));
    }
  }
  let offsetMinutes = 0;
  if (text[pos] === "Z") pos++;
  else if ((text[pos] === "+" || text[pos] === "-") && text.length === pos + 5) {
    const sign = text[pos++] === "-" ? -1 : 1;
    const hours = pair(0, 12);
    const minutes = hours === void 0 ? void 0 : pair(0, 59);
    if (hours === void 0 || minutes === void 0) return void 0;
    offsetMinutes = sign * (hours * 60 + minutes);
  } else return void 0;
  if (pos !== text.length) return void 0;
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second, millisecond);
  return date;
}
function derDepthProblem(bytes, maxDepth) {
  const ends = [];
  let limit = bytes.length;
  let pos = 0;
  const limitOf = () => {
    for (let i = ends.length - 1; i >= 0; i--) {
      const e = ends[i];
      if (e !== "indefinite") return e;
    }
    return bytes.length;
  };
  while (true) {
    while (ends.length > 0) {
      const top = ends[ends.length - 1];
      if (top === "indefinite") {
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
    if (ends.length === 0 && pos > 0) return pos === bytes.length ? void 0 : { kind: "malformed", offset: pos };
    const header = readHeader(bytes, pos, limit);
    if (!header) return { kind: "malformed", offset: pos };
    if (header.length === void 0 && !header.tag.constructed) return { kind: "malformed", offset: pos };
    const end = header.length === void 0 ? void 0 : header.contentStart + header.length;
    if (end !== void 0 && end > limit) return { kind: "malformed", offset: pos };
    if (header.tag.constructed) {
      if (ends.length + 1 > maxDepth) return { kind: "depth", offset: pos };
      ends.push(end ?? "indefinite");
      if (end !== void 0) limit = end;
      pos = header.contentStart;
    } else {
      pos = end;
    }
    if (ends.length === 0) return pos === bytes.length ? void 0 : { kind: "malformed", offset: pos };
  }
}

export {
  TAG,
  readTlv,
  children,
  isUniversal,
  isContext,
  sequence,
  content,
  element,
  octets,
  oid,
  smallInteger,
  boolean,
  directoryString,
  time,
  derDepthProblem
};
