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

// src/formats/shared/pem.ts
var BEGIN = /^-----BEGIN ([\x21-\x2c\x2e-\x7e](?:[- ]?[\x21-\x2c\x2e-\x7e])*)?-----[ \t]*$/;
var END = /^-----END ([\x21-\x2c\x2e-\x7e](?:[- ]?[\x21-\x2c\x2e-\x7e])*)?-----[ \t]*$/;
function splitLines(text) {
  return text.split(/\r\n|\r|\n/);
}
function pemBlocks(lines) {
  const blocks = [];
  let open;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^\ufeff/, "").trimStart();
    const begin = BEGIN.exec(line);
    if (begin) {
      if (open) blocks.push(open);
      open = { label: begin[1] ?? "", beginLine: i + 1, endLine: void 0, lastLineLength: lines[i].length, body: [] };
      continue;
    }
    if (!open) continue;
    const end = END.exec(line);
    if (end) {
      open.endLine = i + 1;
      open.lastLineLength = lines[i].length;
      if ((end[1] ?? "") !== open.label) open.mismatchedEnd = end[1] ?? "";
      blocks.push(open);
      open = void 0;
      continue;
    }
    open.body.push({ line: i + 1, text: lines[i] });
    open.lastLineLength = lines[i].length;
  }
  if (open) blocks.push(open);
  return blocks;
}
var BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;
function decodePemBody(block) {
  let base64 = "";
  let padded = false;
  let lastLine = block.beginLine;
  for (const { line, text } of block.body) {
    const trimmed = text.trim();
    if (base64 === "" && /^[A-Za-z-]+:/.test(trimmed)) continue;
    if (trimmed === "") continue;
    if (!BASE64_LINE.test(trimmed) || padded) return { ok: false, line, reason: "characters that are not base64" };
    if (trimmed.includes("=")) padded = true;
    base64 += trimmed;
    lastLine = line;
  }
  if (base64.length === 0) return { ok: false, line: block.beginLine, reason: "no data" };
  if (base64.length % 4 !== 0) return { ok: false, line: lastLine, reason: "base64 whose length is not a multiple of 4 (a truncated line?)" };
  return { ok: true, der: Buffer.from(base64, "base64") };
}
var CERTIFICATE_LABELS = /* @__PURE__ */ new Set(["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"]);
var PKCS7_LABELS = /* @__PURE__ */ new Set(["PKCS7", "PKCS #7 SIGNED DATA", "CMS"]);
function certificateBlockHoldsDer(block, cut) {
  if (!CERTIFICATE_LABELS.has(block.label) && !PKCS7_LABELS.has(block.label)) return false;
  if (block.endLine !== void 0) {
    if (block.mismatchedEnd !== void 0) return false;
    const decoded = decodePemBody(block);
    if (!decoded.ok) return false;
    const top = readTlv(decoded.der, 0);
    return isUniversal(top, TAG.SEQUENCE) && (top.end === decoded.der.length || block.label === "TRUSTED CERTIFICATE");
  }
  if (!cut) return false;
  const whole = block.body.slice(0, -1).map(({ text }) => text.trim()).filter((text) => text !== "");
  if (whole.length === 0 || !whole.every((text) => BASE64_LINE.test(text) && !text.includes("="))) return false;
  const base64 = whole.join("");
  const bytes = Buffer.from(base64.slice(0, base64.length - base64.length % 4), "base64");
  return bytes.length >= 4 && bytes[0] === 48 && (bytes[1] === 130 || bytes[1] === 131);
}

// src/formats/shared/private-keys.ts
var PRIVATE_KEY_LABEL = /(^|[ ])PRIVATE KEY( BLOCK)?$/;
var PRIVATE_KEY_MARKER = "PRIVATE KEY";
function isPrivateKeyLabel(label) {
  return PRIVATE_KEY_LABEL.test(label);
}
var OPENSSH_MAGIC = Buffer.from("openssh-key-v1\0", "latin1");
function privateKeyInBlock(block) {
  if (!isPrivateKeyLabel(block.label) || block.endLine === void 0 || block.mismatchedEnd !== void 0) return void 0;
  const what = block.label.endsWith(" BLOCK") ? block.label : `${block.label} PEM block`;
  const body = block.label.startsWith("PGP ") ? block.body.filter(({ text }) => !/^=[A-Za-z0-9+/]{4}$/.test(text.trim())) : block.body;
  const decoded = decodePemBody({ ...block, body });
  if (!decoded.ok) return void 0;
  const bytes = decoded.der;
  if (block.label === "OPENSSH PRIVATE KEY") {
    const cipher = opensshCipher(bytes);
    return cipher === void 0 ? void 0 : { what, encrypted: cipher !== "none" };
  }
  if (block.label.startsWith("PGP ")) return bytes.length >= 32 && (bytes[0] & 128) !== 0 ? { what, encrypted: false } : void 0;
  if (body.some(({ text }) => /^\s*Proc-Type:\s*4,\s*ENCRYPTED\s*$/i.test(text))) {
    return bytes.length >= 16 && bytes.length % 8 === 0 ? { what, encrypted: true } : void 0;
  }
  const der = derPrivateKey(bytes);
  return der ? { what, encrypted: der.encrypted } : void 0;
}
function derPrivateKey(der) {
  const top = readTlv(der, 0);
  if (!isUniversal(top, TAG.SEQUENCE) || top.end !== der.length) return void 0;
  const fields = children(der, top);
  if (!fields || fields.length < 2) return void 0;
  const [first, second] = fields;
  const isInteger = (t) => isUniversal(t, TAG.INTEGER) && !t.constructed;
  const algorithm = (t) => isUniversal(t, TAG.SEQUENCE) && isUniversal(children(der, t)?.[0], TAG.OID);
  if (algorithm(first) && fields.length === 2 && isUniversal(second, TAG.OCTET_STRING)) return { what: "encrypted PKCS#8 private key", encrypted: true };
  if (!isInteger(first)) return void 0;
  const version = smallInteger(der, first);
  if ((version === 0 || version === 1) && fields.length >= 3 && algorithm(second) && isUniversal(fields[2], TAG.OCTET_STRING)) return { what: "PKCS#8 private key", encrypted: false };
  if (version === 1 && isUniversal(second, TAG.OCTET_STRING)) return { what: "EC private key", encrypted: false };
  if (version === 0 && fields.every(isInteger)) {
    if (fields.length === 9) return { what: "RSA private key", encrypted: false };
    if (fields.length === 6) return { what: "DSA private key", encrypted: false };
  }
  return void 0;
}
function opensshCipher(bytes) {
  if (bytes.length < OPENSSH_MAGIC.length || !Buffer.from(bytes.subarray(0, OPENSSH_MAGIC.length)).equals(OPENSSH_MAGIC)) return void 0;
  let at = OPENSSH_MAGIC.length;
  const uint32 = () => {
    if (at + 4 > bytes.length) return void 0;
    const value = (bytes[at] << 24 >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
    at += 4;
    return value;
  };
  const string = () => {
    const length = uint32();
    if (length === void 0 || at + length > bytes.length) return void 0;
    at += length;
    return bytes.subarray(at - length, at);
  };
  const cipher = string();
  const ok = cipher !== void 0 && string() !== void 0 && string() !== void 0 && (uint32() ?? 0) >= 1 && (string()?.length ?? 0) > 0 && (string()?.length ?? 0) > 0;
  return ok ? Buffer.from(cipher).toString("latin1") : void 0;
}
function privateKeysInText(text, file) {
  if (!text.includes(PRIVATE_KEY_MARKER)) return [];
  return privateKeysInBlocks(pemBlocks(splitLines(text)), file);
}
function privateKeysInBlocks(blocks, file) {
  const keys = [];
  for (const block of blocks) {
    const key = privateKeyInBlock(block);
    if (key) keys.push({ loc: blockRange(file, block), ...key });
  }
  return keys;
}
var DNSSEC_PRIVATE_KEY = /^Private-key-format: v\d/;
function isDnssecPrivateKeyText(text) {
  return DNSSEC_PRIVATE_KEY.test(text);
}
function parsePrivateKeyFile(bytes, file) {
  const start = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const der = derPrivateKey(bytes);
  if (der) return [{ loc: start, ...der, what: `${der.what} (DER)` }];
  const text = new TextDecoder("utf-8").decode(bytes);
  if (isDnssecPrivateKeyText(text)) {
    const hmac = /^Algorithm:\s*\d+\s*\(HMAC/im.test(text);
    return [{ loc: start, what: hmac ? "BIND TSIG secret key file" : "BIND DNSSEC private key file", encrypted: false }];
  }
  return privateKeysInText(text, file);
}
function blockRange(file, block) {
  const endLine = block.endLine ?? block.beginLine;
  return { file, line: block.beginLine, column: 1, endLine, endColumn: block.lastLineLength + 1 };
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
  derDepthProblem,
  splitLines,
  pemBlocks,
  decodePemBody,
  CERTIFICATE_LABELS,
  PKCS7_LABELS,
  certificateBlockHoldsDer,
  PRIVATE_KEY_MARKER,
  isPrivateKeyLabel,
  privateKeyInBlock,
  derPrivateKey,
  privateKeysInText,
  privateKeysInBlocks,
  isDnssecPrivateKeyText,
  parsePrivateKeyFile
};
