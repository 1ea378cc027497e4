import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  NAME_ERROR_CODES,
  NAME_ERROR_MESSAGES,
  WRITTEN_LOWER,
  WRITTEN_OTHERWISE,
  nameForm,
  nameFromWire,
  originContext,
  readName
} from "./chunk-NWVVF3RZ.js";
import {
  findPlaceholder,
  mayHoldPlaceholders,
  placeholderStyle,
  valuePlaceholderStyle
} from "./chunk-CLORUN65.js";
import {
  RecordTable,
  STRUCTURED_TYPES,
  classCode,
  className,
  packSrvNumbers,
  quoteString,
  typeCode,
  typeName
} from "./chunk-GCKIFPAF.js";
import {
  ownSlice
} from "./chunk-YJXHKNSU.js";
import {
  thousands
} from "./chunk-35JCERCI.js";

// src/formats/zone/naptr.ts
function naptrRegexpProblem(regexp) {
  if (regexp === "") return void 0;
  const delimiter = regexp[0];
  if (/[0-9\\i]/.test(delimiter)) return `'${delimiter}' cannot be the delimiter (digits, backslash and 'i' cannot)`;
  let part = "ere";
  let groups = 0;
  let highestReference = 0;
  for (let i = 1; i < regexp.length; i++) {
    const c = regexp[i];
    if (part === "flags") {
      if (c === delimiter) return `more than three '${delimiter}' delimiters`;
      if (c !== "i") return `unknown flag '${c}' (only 'i')`;
      continue;
    }
    if (c === "\\") {
      if (i + 1 >= regexp.length) return "a backslash ends the field";
      const next = regexp[++i];
      if (part === "replacement" && next >= "0" && next <= "9") {
        if (next === "0") return "\\0 is not a back-reference";
        highestReference = Math.max(highestReference, Number(next));
      }
      continue;
    }
    if (c === delimiter) {
      part = part === "ere" ? "replacement" : "flags";
      continue;
    }
    if (part === "ere" && c === "(") groups++;
  }
  if (part !== "flags") return `expected three '${delimiter}' delimiters (delim ERE delim replacement delim flags)`;
  if (highestReference > groups) return `\\${highestReference} refers to a group the expression does not have`;
  return void 0;
}

// src/formats/zone/options.ts
var DEFAULT_ZONE_LIMITS = {
  includeDepth: 7,
  generateCount: 65536,
  generatedRecords: 131072,
  lineLength: 65536,
  records: 5e6,
  includes: 1e3,
  includedCharacters: 64 * 1024 * 1024
};

// src/formats/zone/scanner.ts
var TOK_WORD = 0;
var TOK_QUOTED = 1;
var TOK_EOL = 2;
var TOK_EOF = 3;
var Scanner = class {
  text;
  length;
  pos;
  line = 1;
  lineStart = 0;
  /** Parenthesis depth. */
  depth = 0;
  /** Where the outermost open parenthesis is (valid while depth > 0). */
  parenLine = 0;
  parenColumn = 0;
  parenOffset = 0;
  /** Set when the text ended inside parentheses. */
  unclosedParen = false;
  // The current token.
  kind = TOK_EOL;
  /** Content span: for quoted strings, inside the quotes. */
  start = 0;
  end = 0;
  tokLine = 1;
  tokColumn = 1;
  /** Column just past the token (quotes included). */
  tokEndColumn = 1;
  /** True when the token contains a backslash. */
  escaped = false;
  /** True when the token starts in column 1 (an owner name, or a directive). */
  atLineStart = false;
  // End of the last word or quoted token read, for record ranges.
  lastEndLine = 1;
  lastEndColumn = 1;
  maxLine;
  report;
  /** Told of each comment: the offsets of its `;` and of the end of its line. */
  onComment;
  constructor(text, maxLine, report, onComment) {
    this.text = text;
    this.length = text.length;
    this.maxLine = maxLine;
    this.report = report;
    this.onComment = onComment;
    this.pos = text.charCodeAt(0) === 65279 ? 1 : 0;
    this.lineStart = this.pos;
  }
  /** Advances past a line break at `pos` (CR, LF or CRLF) and returns the new position. */
  newline(pos) {
    const text = this.text;
    if (pos - this.lineStart > this.maxLine) this.reportLongLine(pos);
    if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos++;
    pos++;
    this.line++;
    this.lineStart = pos;
    return pos;
  }
  reportLongLine(lineEnd) {
    this.report({
      code: "zone/line-too-long",
      message: `line longer than ${thousands(this.maxLine)} characters`,
      line: this.line,
      column: this.maxLine + 1,
      endLine: this.line,
      endColumn: lineEnd - this.lineStart + 1
    });
  }
  /** Reads the next token into the fields and returns its kind. */
  next() {
    const kind = this.kind;
    if (kind === TOK_WORD || kind === TOK_QUOTED) {
      this.lastEndLine = this.tokLine;
      this.lastEndColumn = this.tokEndColumn;
    }
    const text = this.text;
    const length = this.length;
    let pos = this.pos;
    for (; ; ) {
      if (pos >= length) {
        this.pos = pos;
        if (pos - this.lineStart > this.maxLine && this.kind !== TOK_EOF) this.reportLongLine(pos);
        if (this.depth > 0) this.unclosedParen = true;
        this.kind = TOK_EOF;
        this.tokLine = this.line;
        this.tokColumn = this.tokEndColumn = pos - this.lineStart + 1;
        this.start = this.end = pos;
        return TOK_EOF;
      }
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9) {
        pos++;
        continue;
      }
      if (c === 10 || c === 13) {
        if (this.depth > 0) {
          pos = this.newline(pos);
          continue;
        }
        this.kind = TOK_EOL;
        this.tokLine = this.line;
        this.tokColumn = this.tokEndColumn = pos - this.lineStart + 1;
        this.start = this.end = pos;
        this.pos = this.newline(pos);
        return TOK_EOL;
      }
      if (c === 59) {
        const start2 = pos++;
        while (pos < length) {
          const d = text.charCodeAt(pos);
          if (d === 10 || d === 13) break;
          pos++;
        }
        this.onComment?.(start2, pos);
        continue;
      }
      if (c === 40) {
        if (this.depth === 0) {
          this.parenLine = this.line;
          this.parenColumn = pos - this.lineStart + 1;
          this.parenOffset = pos;
        }
        this.depth++;
        pos++;
        continue;
      }
      if (c === 41) {
        if (this.depth === 0) {
          const column = pos - this.lineStart + 1;
          this.report({
            code: "zone/unbalanced-parens",
            message: "')' without a matching '('",
            line: this.line,
            column,
            endLine: this.line,
            endColumn: column + 1
          });
        } else {
          this.depth--;
        }
        pos++;
        continue;
      }
      if (c === 34) return this.quoted(pos);
      const start = pos;
      let escaped = false;
      while (pos < length) {
        const d = text.charCodeAt(pos);
        if (d > 41) {
          if (d === 92) {
            escaped = true;
            const e = text.charCodeAt(pos + 1);
            pos += pos + 1 < length && e !== 10 && e !== 13 ? 2 : 1;
            continue;
          }
          if (d === 59) break;
          pos++;
          continue;
        }
        if (d === 32 || d === 9 || d === 10 || d === 13 || d === 40 || d === 41 || d === 34) break;
        pos++;
      }
      this.kind = TOK_WORD;
      this.start = start;
      this.end = pos;
      this.escaped = escaped;
      this.tokLine = this.line;
      this.tokColumn = start - this.lineStart + 1;
      this.tokEndColumn = pos - this.lineStart + 1;
      this.atLineStart = start === this.lineStart;
      this.pos = pos;
      return TOK_WORD;
    }
  }
  quoted(open) {
    const text = this.text;
    const length = this.length;
    let pos = open + 1;
    let escaped = false;
    let closed = false;
    while (pos < length) {
      const d = text.charCodeAt(pos);
      if (d === 34) {
        closed = true;
        break;
      }
      if (d === 10 || d === 13) break;
      if (d === 92) {
        escaped = true;
        const e = text.charCodeAt(pos + 1);
        pos += pos + 1 < length && e !== 10 && e !== 13 ? 2 : 1;
        continue;
      }
      pos++;
    }
    this.kind = TOK_QUOTED;
    this.start = open + 1;
    this.end = pos;
    this.escaped = escaped;
    this.tokLine = this.line;
    this.tokColumn = open - this.lineStart + 1;
    this.atLineStart = open === this.lineStart;
    if (closed) {
      this.pos = pos + 1;
      this.tokEndColumn = pos + 1 - this.lineStart + 1;
    } else {
      this.pos = pos;
      this.tokEndColumn = pos - this.lineStart + 1;
      this.report({
        code: "zone/unbalanced-quotes",
        message: "quoted string not closed before the end of the line",
        line: this.line,
        column: this.tokColumn,
        endLine: this.line,
        endColumn: this.tokEndColumn
      });
    }
    return TOK_QUOTED;
  }
  /** Consumes tokens up to and including the end of the logical line. */
  skipLine() {
    let k = this.kind;
    while (k !== TOK_EOL && k !== TOK_EOF) k = this.next();
  }
  /**
   * After the text ended inside parentheses: resume on the line after the one
   * holding the opening parenthesis, outside parentheses.
   */
  resumeAfterParen() {
    const text = this.text;
    let pos = this.parenOffset;
    while (pos < this.length) {
      const c = text.charCodeAt(pos);
      if (c === 10 || c === 13) break;
      pos++;
    }
    this.line = this.parenLine;
    this.depth = 0;
    this.unclosedParen = false;
    this.kind = TOK_EOL;
    if (pos < this.length) {
      if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos++;
      pos++;
      this.line++;
    }
    this.lineStart = pos;
    this.pos = pos;
  }
  /** Text of the current token's content. */
  tokenText() {
    return this.text.slice(this.start, this.end);
  }
};

// src/formats/zone/address.ts
function isIPv4(text, start, end) {
  return ipv4Value(text, start, end) >= 0;
}
function ipv4Value(text, start, end) {
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
function parseIPv6(text, start, end) {
  const head = [];
  const tail = [];
  let groups = head;
  let compressed = false;
  let i = start;
  if (end - start < 2) return void 0;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return void 0;
    compressed = true;
    groups = tail;
    i += 2;
    if (i === end) return [0, 0, 0, 0, 0, 0, 0, 0];
  }
  for (; ; ) {
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
      if (!isIPv4(text, groupStart, end)) return void 0;
      const v4 = text.slice(groupStart, end).split(".").map(Number);
      groups.push(v4[0] << 8 | v4[1], v4[2] << 8 | v4[3]);
      break;
    }
    if (digits === 0 || digits > 4) return void 0;
    groups.push(value);
    if (i === end) break;
    if (text.charCodeAt(i) !== 58) return void 0;
    i++;
    if (i < end && text.charCodeAt(i) === 58) {
      if (compressed) return void 0;
      compressed = true;
      groups = tail;
      i++;
      if (i === end) break;
    } else if (i === end) {
      return void 0;
    }
  }
  const total = head.length + tail.length;
  if (compressed) {
    if (total > 7) return void 0;
    const out = head.slice();
    for (let k = total; k < 8; k++) out.push(0);
    for (const g of tail) out.push(g);
    return out;
  }
  return total === 8 ? head : void 0;
}
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}
function formatIPv6(words) {
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
  if (bestStart === 0 && (bestLength === 6 || bestLength === 5 && words[5] === 65535)) {
    const v4 = `${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`;
    return (bestLength === 6 ? "::" : "::ffff:") + v4;
  }
  let out = "";
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += "::";
      i += bestLength - 1;
      continue;
    }
    if (out !== "" && !out.endsWith(":")) out += ":";
    out += words[i].toString(16);
  }
  return out;
}
function canonicalIPv6(text, start, end) {
  if (isCanonicalIPv6(text, start, end)) return ownSlice(text, start, end);
  const words = parseIPv6(text, start, end);
  return words === void 0 ? void 0 : formatIPv6(words);
}
function isCanonicalIPv6(text, start, end) {
  let groups = 0;
  let compressedAt = -1;
  let zeroRun = 0;
  let longestZeroRun = 0;
  let digits = 0;
  let value = 0;
  let afterCompression = false;
  let i = start;
  if (end - start < 2 || end - start > 39) return false;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return false;
    compressedAt = 0;
    afterCompression = true;
    i += 2;
    if (i === end) return true;
  }
  for (; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 58;
    if (c === 58) {
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
    let h;
    if (c >= 48 && c <= 57) h = c - 48;
    else if (c >= 97 && c <= 102) h = c - 87;
    else return false;
    if (digits === 0 && h === 0 && i + 1 < end && text.charCodeAt(i + 1) !== 58) return false;
    if (++digits > 4) return false;
    value = value * 16 + h;
  }
  if (compressedAt < 0) return groups === 8 && longestZeroRun < 2;
  const compressedLength = 8 - groups;
  if (compressedLength < 2) return false;
  if (longestZeroRun >= compressedLength) return false;
  if (compressedAt === 0 && (compressedLength === 6 || compressedLength === 5)) return false;
  return true;
}

// src/formats/zone/text.ts
var TTL_SYNTAX = -1;
var TTL_RANGE = -2;
function readTtl(text, start, end) {
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
      if (value > 4294967295) return TTL_RANGE;
      continue;
    }
    if (digits === 0) return TTL_SYNTAX;
    let scale;
    switch (c | 32) {
      case 119:
        scale = 604800;
        break;
      // w
      case 100:
        scale = 86400;
        break;
      // d
      case 104:
        scale = 3600;
        break;
      // h
      case 109:
        scale = 60;
        break;
      // m
      case 115:
        scale = 1;
        break;
      // s
      default:
        return TTL_SYNTAX;
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
  return total > 4294967295 ? TTL_RANGE : total;
}
function readUnsigned(text, start, end, max) {
  if (start >= end) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
    if (value > max) {
      for (let j = i + 1; j < end; j++) {
        const e = text.charCodeAt(j) - 48;
        if (e < 0 || e > 9) return -1;
      }
      return -2;
    }
  }
  return value;
}
var utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var encoder = new TextEncoder();
function decodeString(text, start, end, escaped) {
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
    const octets = encoder.encode(s);
    return { text: utf8Strict.decode(octets), octets: octets.length, latin1: false };
  }
  const bytes = [];
  let nonAscii = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= end) return void 0;
      const d1 = text.charCodeAt(i + 1) - 48;
      if (d1 >= 0 && d1 <= 9) {
        const d2 = text.charCodeAt(i + 2) - 48;
        const d3 = text.charCodeAt(i + 3) - 48;
        if (i + 3 >= end || d2 < 0 || d2 > 9 || d3 < 0 || d3 > 9) return void 0;
        const v = d1 * 100 + d2 * 10 + d3;
        if (v > 255) return void 0;
        if (v > 127) nonAscii = true;
        bytes.push(v);
        i += 3;
        continue;
      }
      i++;
    }
    const cp = text.codePointAt(i) ?? 0;
    if (cp < 128) {
      bytes.push(cp);
    } else {
      nonAscii = true;
      const enc = encoder.encode(String.fromCodePoint(cp));
      for (const b of enc) bytes.push(b);
      if (cp > 65535) i++;
    }
  }
  return octetsToString(Uint8Array.from(bytes), nonAscii);
}
function octetsToString(bytes, nonAscii = true) {
  if (!nonAscii) return { text: latin1(bytes), octets: bytes.length, latin1: false };
  try {
    return { text: utf8Strict.decode(bytes), octets: bytes.length, latin1: false };
  } catch {
    return { text: latin1(bytes), octets: bytes.length, latin1: true };
  }
}
function latin1(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
function hexToOctets(hex) {
  if (hex.length % 2 !== 0) return void 0;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(hex.charCodeAt(2 * i));
    const lo = hexDigit(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return void 0;
    out[i] = hi * 16 + lo;
  }
  return out;
}
function hexDigit(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}
function octetsToHex(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
  return out;
}
function utf8AsLatin1(s) {
  const bytes = encoder.encode(s);
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}
function uniformStrings(strings, latin1Flags) {
  return strings.map((s, i) => latin1Flags[i] ? s : utf8AsLatin1(s));
}

// src/formats/zone/textTypes.ts
var TEXT_LAYOUTS = {
  MD: "n",
  MF: "n",
  MB: "n",
  MG: "n",
  MR: "n",
  MINFO: "nn",
  RP: "nn",
  TALINK: "nn",
  AFSDB: "un",
  RT: "un",
  KX: "un",
  LP: "un",
  PX: "unn",
  HINFO: "ss",
  X25: "s",
  ISDN: "s*",
  DS: "uabh",
  CDS: "uabh",
  TA: "uabh",
  DLV: "uabh",
  DNSKEY: "ubaB",
  CDNSKEY: "ubaB",
  KEY: "ubaK",
  RRSIG: "tablTTunB",
  SIG: "tablTTunB",
  NSEC: "nm",
  NSEC3: "bbux3M",
  NSEC3PARAM: "bbux",
  CSYNC: "luM",
  SSHFP: "bbh",
  SMIMEA: "bbbh",
  ZONEMD: "lbbh",
  DSYNC: "tDun",
  OPENPGPKEY: "B",
  HHIT: "B",
  BRID: "B",
  DHCID: "B",
  CERT: "CuAB",
  URI: "uuq",
  EUI48: "e",
  EUI64: "E",
  LOC: "L",
  EID: "h",
  NIMLOC: "h",
  SINK: "bbbB",
  NSAP: "N",
  WKS: "W"
};
var DS_DIGEST_LENGTHS = { 1: 20, 2: 32, 3: 32, 4: 48 };
var ZONEMD_DIGEST_LENGTHS = { 1: 48, 2: 64 };
var SSHFP_DIGEST_LENGTHS = { 1: 20, 2: 32 };

// src/formats/zone/encodings.ts
function chunked(text) {
  if (text.length <= 56) return text;
  const parts = [];
  for (let i = 0; i < text.length; i += 56) parts.push(text.slice(i, i + 56));
  return parts.join(" ");
}
var BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function isBase64(b64) {
  if (b64.length === 0 || b64.length % 4 !== 0) return false;
  let pad = 0;
  if (b64.endsWith("==")) pad = 2;
  else if (b64.endsWith("=")) pad = 1;
  const body = b64.length - pad;
  for (let i = 0; i < body; i++) if (BASE64.indexOf(b64[i]) < 0) return false;
  if (pad === 0) return true;
  const last = BASE64.indexOf(b64[body - 1]);
  return pad === 2 ? (last & 15) === 0 : (last & 3) === 0;
}
var BASE32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
function isBase32Hex(text) {
  const tailBits = [0, -1, 2, -1, 4, 1, -1, 3][text.length % 8];
  if (text.length === 0 || tailBits < 0) return false;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    last = BASE32HEX.indexOf(text[i].toUpperCase());
    if (last < 0) return false;
  }
  return (last & (1 << tailBits) - 1) === 0;
}
var ALGORITHMS = [
  ["RSAMD5", 1],
  ["DH", 2],
  ["DSA", 3],
  ["RSASHA1", 5],
  ["NSEC3DSA", 6],
  ["NSEC3RSASHA1", 7],
  ["RSASHA256", 8],
  ["RSASHA512", 10],
  ["ECCGOST", 12],
  ["ECDSAP256SHA256", 13],
  ["ECDSAP384SHA384", 14],
  ["ED25519", 15],
  ["ED448", 16],
  ["INDIRECT", 252],
  ["PRIVATEDNS", 253],
  ["PRIVATEOID", 254]
];
var ALGORITHM_ALIASES = [["DSA-NSEC3-SHA1", 6], ["RSASHA1-NSEC3-SHA1", 7], ["ECC-GOST", 12]];
var algorithmByName = new Map([...ALGORITHMS, ...ALGORITHM_ALIASES]);
var algorithmName = new Map(ALGORITHMS.map(([n, c]) => [c, n]));
function readAlgorithm(token) {
  if (/^\d+$/.test(token)) return token.length > 3 || Number(token) > 255 ? -2 : Number(token);
  return algorithmByName.get(token.toUpperCase()) ?? -1;
}
function algorithmText(code) {
  return algorithmName.get(code) ?? String(code);
}
var CERT_TYPES = [
  ["PKIX", 1],
  ["SPKI", 2],
  ["PGP", 3],
  ["IPKIX", 4],
  ["ISPKI", 5],
  ["IPGP", 6],
  ["ACPKIX", 7],
  ["IACPKIX", 8],
  ["URI", 253],
  ["OID", 254]
];
var certTypeByName = new Map(CERT_TYPES);
var certTypeName = new Map(CERT_TYPES.map(([n, c]) => [c, n]));
function readCertType(token) {
  if (/^\d+$/.test(token)) return token.length > 5 || Number(token) > 65535 ? -2 : Number(token);
  return certTypeByName.get(token.toUpperCase()) ?? -1;
}
function certTypeText(code) {
  return certTypeName.get(code) ?? String(code);
}
function readSignatureTime(token) {
  let seconds;
  if (token.length === 14 && /^\d+$/.test(token)) {
    const year = Number(token.slice(0, 4));
    const month = Number(token.slice(4, 6));
    const day = Number(token.slice(6, 8));
    const hour = Number(token.slice(8, 10));
    const minute = Number(token.slice(10, 12));
    const second = Number(token.slice(12, 14));
    const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (days === void 0 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return void 0;
    const wide = secondsSinceEpoch(year, month, day, hour, minute, second);
    seconds = (wide % 4294967296 + 4294967296) % 4294967296;
  } else if (/^\d{1,10}$/.test(token) && Number(token) <= 4294967295) {
    seconds = Number(token);
  } else {
    return void 0;
  }
  const d = new Date(seconds * 1e3);
  const two = (n) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function secondsSinceEpoch(year, month, day, hour, minute, second) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime() / 1e3 + second;
}
function readEui(token, groups) {
  if (token.length !== groups * 3 - 1) return void 0;
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    if (i % 3 === 2 ? c !== "-" : !/[0-9A-Fa-f]/.test(c)) return void 0;
  }
  return token.toLowerCase();
}
function precisionCm(metres) {
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?m?$/.exec(metres);
  if (!m) return void 0;
  const cm = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  if (cm > 9e9) return void 0;
  let exponent = 0;
  let mantissa = cm;
  while (mantissa >= 10) {
    mantissa = Math.floor(mantissa / 10);
    exponent++;
  }
  return mantissa * 10 ** exponent;
}
function precisionText(cm) {
  return cm >= 100 ? `${Math.floor(cm / 100)}m` : `0.${String(cm).padStart(2, "0")}m`;
}
function readLoc(tokens) {
  let i = 0;
  const coordinate = (hemispheres, maxDegrees) => {
    const degrees = tokens[i++];
    if (degrees === void 0) return { error: "unexpected end of input" };
    if (!/^\d{1,3}$/.test(degrees) || Number(degrees) > maxDegrees) return { error: `bad degrees '${degrees}'` };
    let minutes = "0";
    let seconds = "0.000";
    if (tokens[i] !== void 0 && /^\d+$/.test(tokens[i])) {
      minutes = tokens[i++];
      if (Number(minutes) > 59) return { error: `bad minutes '${minutes}'` };
      if (tokens[i] !== void 0 && /^\d+(\.\d{1,3})?$/.test(tokens[i])) {
        const s = tokens[i++];
        const [whole, fraction = ""] = s.split(".");
        if (Number(whole) > 59) return { error: `bad seconds '${s}'` };
        seconds = `${Number(whole)}.${fraction.padEnd(3, "0")}`;
      }
    }
    const hemisphere = tokens[i++];
    if (hemisphere === void 0) return { error: "unexpected end of input" };
    if (hemisphere.length !== 1 || !hemispheres.includes(hemisphere.toUpperCase())) return { error: `bad hemisphere '${hemisphere}'` };
    if (Number(degrees) === maxDegrees && (Number(minutes) !== 0 || Number(seconds) !== 0)) return { error: "coordinate out of range" };
    return `${Number(degrees)} ${Number(minutes)} ${seconds} ${hemisphere.toUpperCase()}`;
  };
  const latitude = coordinate("NS", 90);
  if (typeof latitude !== "string") return latitude;
  const longitude = coordinate("EW", 180);
  if (typeof longitude !== "string") return longitude;
  const altitudeText = tokens[i++];
  if (altitudeText === void 0) return { error: "unexpected end of input" };
  const alt = /^(-?)(\d{1,8})(?:\.(\d{1,2}))?m?$/.exec(altitudeText);
  if (!alt) return { error: `bad altitude '${altitudeText}'` };
  const altitudeCm = (Number(alt[2]) * 100 + Number((alt[3] ?? "").padEnd(2, "0"))) * (alt[1] === "-" ? -1 : 1);
  if (altitudeCm < -1e7 || altitudeCm > 4294967295 - 1e7) return { error: `altitude '${altitudeText}' out of range` };
  const sign = altitudeCm < 0 ? "-" : "";
  const altitude = `${sign}${Math.floor(Math.abs(altitudeCm) / 100)}.${String(Math.abs(altitudeCm) % 100).padStart(2, "0")}m`;
  const precisions = [100, 1e6, 1e3];
  for (let p = 0; p < 3 && i < tokens.length; p++) {
    const cm = precisionCm(tokens[i]);
    if (cm === void 0) return { error: `bad size or precision '${tokens[i]}'` };
    precisions[p] = cm;
    i++;
  }
  if (i < tokens.length) return { error: `extra input text '${tokens[i]}'` };
  return { text: `${latitude} ${longitude} ${altitude} ${precisions.map(precisionText).join(" ")}` };
}

// src/formats/zone/svcb.ts
var SVCB_KEY_NAMES = {
  0: "mandatory",
  1: "alpn",
  2: "no-default-alpn",
  3: "port",
  4: "ipv4hint",
  5: "ech",
  6: "ipv6hint"
};
var INPUT_ALIASES = { dohpath: 7, ohttp: 8 };
var NUMBER_BY_NAME = new Map(Object.entries(SVCB_KEY_NAMES).map(([n, name]) => [name, Number(n)]));
function svcbKeyNumber(key) {
  const named = NUMBER_BY_NAME.get(key) ?? INPUT_ALIASES[key];
  if (named !== void 0) return named;
  if (/^key\d{1,5}$/.test(key)) {
    const n = Number(key.slice(3));
    return n <= 65535 ? n : -1;
  }
  return -1;
}

// src/formats/zone/wire.ts
var WireReader = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  pos = 0;
  get left() {
    return this.bytes.length - this.pos;
  }
  u8() {
    if (this.left < 1) throw new WireError();
    return this.bytes[this.pos++];
  }
  u16() {
    if (this.left < 2) throw new WireError();
    const v = this.bytes[this.pos] << 8 | this.bytes[this.pos + 1];
    this.pos += 2;
    return v;
  }
  u32() {
    if (this.left < 4) throw new WireError();
    const v = this.bytes[this.pos] * 16777216 + (this.bytes[this.pos + 1] << 16 | this.bytes[this.pos + 2] << 8 | this.bytes[this.pos + 3]);
    this.pos += 4;
    return v;
  }
  name() {
    const r = nameFromWire(this.bytes, this.pos);
    if (r === void 0) throw new WireError();
    this.pos = r.next;
    return r.name;
  }
  take(n) {
    if (this.left < n) throw new WireError();
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  string() {
    return octetsToString(this.take(this.u8()));
  }
  end() {
    if (this.left !== 0) throw new WireError();
  }
};
var WireError = class extends Error {
};
function dataFromWire(type, bytes) {
  const r = new WireReader(bytes);
  try {
    const data = read(type, r);
    r.end();
    return data;
  } catch (error) {
    if (error instanceof WireError) return void 0;
    throw error;
  }
}
function read(type, r) {
  switch (type) {
    case "A": {
      const b = r.take(4);
      return { address: `${b[0]}.${b[1]}.${b[2]}.${b[3]}` };
    }
    case "AAAA": {
      const b = r.take(16);
      const words = [];
      for (let i = 0; i < 8; i++) words.push(b[2 * i] << 8 | b[2 * i + 1]);
      return { address: formatIPv6(words) };
    }
    case "NS":
    case "CNAME":
    case "DNAME":
    case "PTR":
      return { target: r.name() };
    case "MX":
      return { preference: r.u16(), exchange: r.name() };
    case "SRV":
      return { priority: r.u16(), weight: r.u16(), port: r.u16(), target: r.name() };
    case "SOA":
      return { mname: r.name(), rname: r.name(), serial: r.u32(), refresh: r.u32(), retry: r.u32(), expire: r.u32(), minimum: r.u32() };
    case "NAPTR": {
      const order = r.u16();
      const preference = r.u16();
      const flags = r.string().text;
      const service = r.string().text;
      const regexp = r.string().text;
      return { order, preference, flags, service, regexp, replacement: r.name() };
    }
    case "TXT":
    case "SPF": {
      const strings = [];
      const flags = [];
      if (r.left === 0) throw new WireError();
      while (r.left > 0) {
        const s = r.string();
        strings.push(s.text);
        flags.push(s.latin1);
      }
      return flags.includes(true) ? { strings: uniformStrings(strings, flags), latin1: true } : { strings };
    }
    case "CAA": {
      const flags = r.u8();
      const tagLength = r.u8();
      if (tagLength === 0) throw new WireError();
      const tagBytes = r.take(tagLength);
      let tag = "";
      for (const b of tagBytes) {
        if (!(b >= 48 && b <= 57 || b >= 65 && b <= 90 || b >= 97 && b <= 122)) throw new WireError();
        tag += String.fromCharCode(b);
      }
      const value = octetsToString(r.take(r.left));
      return value.latin1 ? { flags, tag, value: value.text, latin1: true } : { flags, tag, value: value.text };
    }
    case "TLSA":
      return { usage: r.u8(), selector: r.u8(), matchingType: r.u8(), data: octetsToHex(r.take(r.left)) };
    case "SVCB":
    case "HTTPS":
      return readSvcb(r);
    default:
      throw new WireError();
  }
}
function readSvcb(r) {
  const priority = r.u16();
  const target = r.name();
  const params = [];
  let last = -1;
  while (r.left > 0) {
    const key = r.u16();
    if (key <= last) throw new WireError();
    last = key;
    const value = new WireReader(r.take(r.u16()));
    const name = SVCB_KEY_NAMES[key] ?? `key${key}`;
    switch (key) {
      case 0: {
        const keys = [];
        while (value.left > 0) {
          const k = value.u16();
          keys.push(SVCB_KEY_NAMES[k] ?? `key${k}`);
        }
        if (keys.length === 0) throw new WireError();
        params.push({ key: name, value: keys.join(",") });
        break;
      }
      case 1: {
        const ids = [];
        while (value.left > 0) ids.push(value.string().text);
        if (ids.length === 0) throw new WireError();
        params.push({ key: name, value: ids.join(",") });
        break;
      }
      case 2:
        value.end();
        params.push({ key: name });
        break;
      case 3:
        params.push({ key: name, value: String(value.u16()) });
        value.end();
        break;
      case 4: {
        const list = [];
        while (value.left > 0) {
          const b = value.take(4);
          list.push(`${b[0]}.${b[1]}.${b[2]}.${b[3]}`);
        }
        if (list.length === 0) throw new WireError();
        params.push({ key: name, value: list.join(",") });
        break;
      }
      case 5:
        params.push({ key: name, value: Buffer.from(value.take(value.left)).toString("base64") });
        break;
      case 6: {
        const list = [];
        while (value.left > 0) {
          const b = value.take(16);
          const words = [];
          for (let i = 0; i < 8; i++) words.push(b[2 * i] << 8 | b[2 * i + 1]);
          list.push(formatIPv6(words));
        }
        if (list.length === 0) throw new WireError();
        params.push({ key: name, value: list.join(",") });
        break;
      }
      default: {
        const bytes = value.take(value.left);
        params.push(bytes.length === 0 ? { key: name } : { key: name, value: octetsToString(bytes).text });
      }
    }
  }
  return { priority, target, params };
}

// src/formats/zone/generate.ts
var INT_MAX = 2147483647;
var MAX_VALUE_TEXT = 127;
var ULONG_MAX = (1n << 64n) - 1n;
var LONG_MAX = (1n << 63n) - 1n;
var LONG_MIN = -(1n << 63n);
function scanInteger(text, from) {
  let i = from;
  while (text[i] === " " || text[i] === "	") i++;
  let negative = false;
  if (text[i] === "+" || text[i] === "-") {
    negative = text[i] === "-";
    i++;
  }
  const digitsStart = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digitsStart) return void 0;
  return { negative, magnitude: BigInt(text.slice(digitsStart, i)), next: i };
}
function scanUnsigned(text, from) {
  const n = scanInteger(text, from);
  if (n === void 0) return void 0;
  let v = n.magnitude > ULONG_MAX ? ULONG_MAX : n.magnitude;
  if (n.negative && n.magnitude <= ULONG_MAX) v = BigInt.asUintN(64, -v);
  return { value: BigInt.asUintN(32, v), next: n.next };
}
function scanSigned(text, from) {
  const n = scanInteger(text, from);
  if (n === void 0) return void 0;
  let v = n.negative ? -n.magnitude : n.magnitude;
  if (v > LONG_MAX) v = LONG_MAX;
  if (v < LONG_MIN) v = LONG_MIN;
  return { value: BigInt.asIntN(32, v), next: n.next };
}
function parseGenerateRange(text) {
  const invalid = `invalid range '${text}'`;
  const start = scanUnsigned(text, 0);
  if (start === void 0 || text[start.next] !== "-") return invalid;
  const stop = scanUnsigned(text, start.next + 1);
  if (stop === void 0) return invalid;
  let step = 1n;
  if (text[stop.next] === "/") {
    const scanned = scanUnsigned(text, stop.next + 1);
    if (scanned === void 0 || scanned.value < 1n) return invalid;
    step = scanned.value;
  }
  if (start.value > stop.value) return `${invalid} (start is above stop)`;
  if (start.value > INT_MAX || stop.value > INT_MAX || step > INT_MAX) return `${invalid} (values go up to 2147483647)`;
  return { start: Number(start.value), stop: Number(stop.value), step: Number(step) };
}
function readModifier(template, brace) {
  const offset = scanSigned(template, brace + 1);
  if (offset === void 0) return void 0;
  let width = 0n;
  let base = "d";
  const sep1 = template[offset.next];
  if (sep1 === ",") {
    const w = scanUnsigned(template, offset.next + 1);
    if (w === void 0) return void 0;
    width = w.value;
    const sep2 = template[w.next];
    if (sep2 === ",") {
      const mode = template[w.next + 1];
      if (mode === void 0 || !"doxXnN".includes(mode) || template[w.next + 2] !== "}") return void 0;
      base = mode;
    } else if (sep2 !== "}") {
      return void 0;
    }
  } else if (sep1 !== "}") {
    return void 0;
  }
  return { offset: Number(offset.value), width: Number(width), base, next: template.indexOf("}", brace) + 1 };
}
function expandGenerate(template, value) {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "\\") {
      out += template.slice(i, i + 2);
      i++;
      continue;
    }
    if (c !== "$") {
      out += c;
      continue;
    }
    if (template[i + 1] === "$") {
      out += "\\$";
      i++;
      continue;
    }
    let offset = 0;
    let width = 0;
    let base = "d";
    if (template[i + 1] === "{") {
      const modifier = readModifier(template, i + 1);
      if (modifier === void 0) {
        const close = template.indexOf("}", i + 2);
        return { text: out, error: `bad modifier '${close < 0 ? template.slice(i) : template.slice(i, close + 1)}' (expected \${offset[,width[,base]]}, base one of d o x X n N)` };
      }
      ({ offset, width, base } = modifier);
      i = modifier.next - 1;
    }
    if (value > 0 && offset > INT_MAX - value) return { text: out, error: `value ${value} + ${offset} is above 2147483647` };
    if (width > MAX_VALUE_TEXT) return { text: out, error: `width ${width} is too large (at most ${MAX_VALUE_TEXT} characters)` };
    out += formatValue(value + offset, width, base);
  }
  return { text: out };
}
function formatValue(v, width, base) {
  switch (base) {
    case "o":
      return (v >>> 0).toString(8).padStart(width, "0");
    case "x":
      return (v >>> 0).toString(16).padStart(width, "0");
    case "X":
      return (v >>> 0).toString(16).toUpperCase().padStart(width, "0");
    case "n":
    case "N":
      return nibbles(v >>> 0, width, base === "N");
    default:
      return v < 0 ? "-" + String(-v).padStart(width - 1, "0") : String(v).padStart(width, "0");
  }
}
function nibbles(v, width, upper) {
  let out = "";
  let left = width;
  let rest = v;
  for (; ; ) {
    const digit = (rest % 16).toString(16);
    out += upper ? digit.toUpperCase() : digit;
    rest = Math.floor(rest / 16);
    left--;
    if (rest === 0 && left <= 0) break;
    out += ".";
    left--;
    if (rest === 0 && left <= 0) break;
  }
  return out;
}

// src/formats/zone/parser.ts
var MAX_TTL = 2147483647;
var TOK_WORD2 = 0;
var TOK_QUOTED2 = 1;
var TOK_EOL2 = 2;
var TOK_EOF2 = 3;
var CLASS_BASE = 65536;
function parseZoneText(text, options) {
  const parser = new ZoneParser(text, options);
  try {
    parser.run();
  } catch (error) {
    parser.internalError(error);
  }
  parser.finish();
  return { zone: parser.zone, diagnostics: parser.diagnostics };
}
var ZoneParser = class {
  diagnostics = [];
  zone;
  /** The zone's records; its `owners` holds the current owner name. Sized from the lines, so a large zone's columns are rarely regrown. */
  table;
  /** Records made by `$GENERATE` so far, for the zone-wide bound. */
  generatedRecords = 0;
  limits;
  reader;
  options;
  mainText;
  sc;
  text = "";
  file;
  depth = 0;
  fileStack;
  origin;
  originCtx;
  originSource = "none";
  /** Where nameForm leaves the tail or the whole of the name it read. */
  nameParts = { tail: "", whole: "" };
  /** The id of the text being read among the table's owner texts. */
  textId = 0;
  /** Raw span of the last owner token, to reuse the name for runs of records at one owner. */
  ownerStart = -1;
  ownerEnd = -1;
  ownerOrigin;
  ownerText = "";
  /** The owner is outside the zone: its records are left out (BIND ignores them). */
  ownerOutside = false;
  /**
   * The zone's origin once it is decided while reading (by `$ORIGIN` before any record, or the
   * SOA); undefined before. Records read before it is decided are checked when it is.
   */
  zoneApex;
  /** The current origin is at or below the zone's origin, so relative names need no check. */
  originInZone = true;
  /** `$TTL`, or the SOA minimum when there was neither `$TTL` nor an earlier TTL (BIND). -1: unknown. */
  defaultTtl = -1;
  /** Last TTL written on a record (RFC 1035 semantics). -1: none yet. */
  lastTtl = -1;
  zoneClass;
  zoneOriginDecided = false;
  firstDirectiveOrigin;
  sawRecord = false;
  /** Line and line start where the main file's scan ended, so the file range needs no second pass. */
  mainEnd;
  stopped = false;
  /** `$INCLUDE` files read so far and their characters, against the include bounds. */
  includesRead = 0;
  includedCharacters = 0;
  /** An include bound was reached: later `$INCLUDE`s are skipped without a word (the first said so). */
  includesStopped = false;
  /** While expanding `$GENERATE`, diagnostics point at the directive's data. */
  spanOverride;
  /** The text being read may hold delimited template placeholders (`{{ip}}`, `${HOST}`): names are looked at for them. */
  placeholderScan = false;
  /** The style of a placeholder met in a name of the record being read. */
  recordPlaceholder;
  /** Per file: lines whose records hold template placeholders, by style, with the first one (one diagnostic per file). */
  templateLines = /* @__PURE__ */ new Map();
  /**
   * Per file: the first relative name read with no origin known, and where the others are (one
   * diagnostic per file; places, not a count, so a file included twice counts each name once).
   */
  noOrigin = /* @__PURE__ */ new Map();
  unreadOwnerSet = /* @__PURE__ */ new Set();
  /** Per file and type: the first record of a server's own type (LUA), and how many more followed. */
  serverTypes = /* @__PURE__ */ new Map();
  txtScratch = [];
  txtLatin1Scratch = [];
  constructor(text, options) {
    this.options = options;
    this.mainText = text;
    this.limits = { ...DEFAULT_ZONE_LIMITS, ...options.limits ?? {} };
    this.reader = options.includeReader;
    this.file = options.file;
    this.fileStack = [options.file];
    const view = viewOf(text, options);
    const table = new RecordTable(Math.max(0, Math.min(lineEstimate(text), Math.floor(this.limits.records), 1 << 21)));
    this.table = table;
    this.zone = {
      file: options.file,
      origin: void 0,
      originSource: "none",
      view: view.view,
      viewSource: view.viewSource,
      get records() {
        return table.records();
      },
      table,
      includes: [],
      unreadOwners: [],
      loc: { file: options.file, line: 1, column: 1, endLine: 1, endColumn: 1 }
    };
    table.zone = this.zone;
    if (options.origin !== void 0) {
      const origin = canonicalOrigin(options.origin);
      const source = options.originSource ?? "config";
      if (origin !== void 0) {
        this.setOrigin(origin, source);
        if (options.originSource === "config" || options.originSource === "named-conf") {
          this.zoneOriginDecided = true;
          this.zone.origin = origin;
          this.zone.originSource = source;
          this.apexDecided(origin);
        }
      }
    }
  }
  /** Gives back the room the table kept for one record a line, and says once per file what was said once for many lines. */
  finish() {
    this.table.seal();
    this.zone.unreadOwners = [...this.unreadOwnerSet];
    for (const { diagnostic, at } of this.noOrigin.values()) {
      const more = at.size - 1;
      if (more > 0) diagnostic.message += ` (and ${thousands(more)} more relative name${more === 1 ? "" : "s"} in this file)`;
    }
    for (const { diagnostic, lines } of this.serverTypes.values()) {
      if (lines.size > 1) diagnostic.message += ` (${thousands(lines.size)} records in this file)`;
    }
    for (const [file, { styles, first }] of this.templateLines) {
      let lines = 0;
      for (const { lines: at } of styles.values()) lines += at.size;
      const described = [...styles].map(([style, { example }]) => `${style}, such as '${example}'`).join("; ");
      this.diagnostics.push({
        file,
        ...first,
        severity: "info",
        code: "zone/template-placeholder",
        message: `this file is a template: ${thousands(lines)} line${lines === 1 ? " holds" : "s hold"} placeholders (${described}); the records on ${lines === 1 ? "it were" : "them were"} not checked`
      });
    }
  }
  run() {
    this.parseFile(this.mainText, this.options.file);
    this.zone.loc = fileRange(this.options.file, this.mainText, this.mainEnd);
    if (!this.zoneOriginDecided) {
      if (this.options.origin !== void 0 && canonicalOrigin(this.options.origin) !== void 0) {
        this.zone.origin = canonicalOrigin(this.options.origin);
        this.zone.originSource = this.options.originSource ?? "config";
      } else if (this.firstDirectiveOrigin !== void 0) {
        this.zone.origin = this.firstDirectiveOrigin;
        this.zone.originSource = "directive";
      }
      if (this.zone.origin !== void 0) this.apexDecided(this.zone.origin);
    }
  }
  /**
   * The zone's origin is now known: records already read outside it are dropped with a
   * warning, and from now on each new owner name is checked as it is read.
   */
  apexDecided(apex) {
    this.zoneApex = apex;
    this.originInZone = this.origin === void 0 || isInZone(this.origin, apex);
    if (this.table.owners.hasCurrent) this.ownerOutside = !isInZone(this.owner(), apex);
    this.ownerStart = this.ownerEnd = -1;
    const table = this.table;
    let lastInside = true;
    table.retain((i) => {
      if (i === 0 || !table.owners.sameEntry(i, i - 1)) lastInside = isInZone(table.name(i), apex);
      if (!lastInside) {
        const loc = table.loc(i);
        this.reportOutOfZone(table.name(i), loc.file, loc.line, loc.column, loc.endLine, loc.endColumn);
      }
      return lastInside;
    });
  }
  reportOutOfZone(name, file, line, column, endLine, endColumn) {
    this.diagnostics.push({
      file,
      line,
      column,
      endLine,
      endColumn,
      severity: "warning",
      code: "zone/out-of-zone",
      message: `${name} is outside the zone ${this.zoneApex ?? ""}; servers ignore it`
    });
  }
  internalError(error) {
    const message = error instanceof Error ? error.message : String(error);
    this.diagnostics.push({
      file: this.file,
      line: this.sc?.line ?? 1,
      column: 1,
      endLine: this.sc?.line ?? 1,
      endColumn: 1,
      severity: "error",
      code: "zone/internal-error",
      message: `internal error while reading the zone: ${message}`
    });
  }
  setOrigin(origin, source) {
    this.origin = origin;
    this.originCtx = originContext(origin);
    this.originSource = source;
    this.originInZone = this.zoneApex === void 0 || isInZone(origin, this.zoneApex);
  }
  // ---------------------------------------------------------------- files
  parseFile(text, file) {
    const savedScanner = this.sc;
    const savedText = this.text;
    const savedFile = this.file;
    const savedTextId = this.textId;
    const savedPlaceholderScan = this.placeholderScan;
    this.text = text;
    this.file = file;
    this.placeholderScan = mayHoldPlaceholders(text);
    this.textId = this.table.owners.addText(text);
    const comments = this.options.comments;
    const sc = new Scanner(text, this.limits.lineLength, (p) => this.scanProblem(p), comments && ((start, end) => comments(file, text, start, end)));
    this.sc = sc;
    const recovery = { budget: 4 * text.length + 65536 };
    try {
      while (!this.stopped) {
        const k = sc.next();
        if (k === TOK_EOL2) continue;
        if (k === TOK_EOF2) {
          if (sc.unclosedParen) this.recoverUnclosedParen(this.table.size, this.diagnostics.length, recovery);
          if (sc.kind === TOK_EOF2) break;
          continue;
        }
        const recordCount = this.table.size;
        const diagnosticCount = this.diagnostics.length;
        this.logicalLine();
        if (sc.kind !== TOK_EOL2 && sc.kind !== TOK_EOF2) sc.skipLine();
        if (sc.kind === TOK_EOF2) {
          if (sc.unclosedParen) {
            this.recoverUnclosedParen(recordCount, diagnosticCount, recovery);
            continue;
          }
          break;
        }
      }
      if (this.depth === 0 && sc.kind === TOK_EOF2) this.mainEnd = { line: sc.line, lineStart: sc.lineStart };
    } finally {
      this.sc = savedScanner;
      this.text = savedText;
      this.file = savedFile;
      this.textId = savedTextId;
      this.placeholderScan = savedPlaceholderScan;
    }
  }
  /**
   * The text ended inside parentheses: everything since the line that opened them
   * was read as one record. Drop what that line produced, report the parenthesis,
   * and read on from the line after it.
   */
  recoverUnclosedParen(recordCount, diagnosticCount, recovery) {
    const sc = this.sc;
    this.table.truncate(recordCount);
    this.diagnostics.length = diagnosticCount;
    recovery.budget -= sc.length - sc.parenOffset;
    const givingUp = recovery.budget < 0;
    this.diagnostics.push({
      file: this.file,
      line: sc.parenLine,
      column: sc.parenColumn,
      endLine: sc.parenLine,
      endColumn: sc.parenColumn + 1,
      severity: "error",
      code: "zone/unbalanced-parens",
      message: givingUp ? `'(' is never closed; too many unclosed parentheses to read on after each, so the rest of the file from line ${sc.parenLine} was not read` : "'(' is never closed"
    });
    if (givingUp) {
      sc.depth = 0;
      sc.unclosedParen = false;
    } else {
      sc.resumeAfterParen();
    }
  }
  scanProblem(p) {
    this.diagnostics.push({ file: this.file, severity: "error", ...p });
  }
  // ---------------------------------------------------------------- diagnostics
  report(code, message, span, severity = "error") {
    const s = this.spanOverride ?? span;
    this.diagnostics.push({
      file: this.file,
      line: s.line,
      column: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn,
      severity,
      message,
      code
    });
  }
  tokenSpan() {
    const sc = this.sc;
    return { line: sc.tokLine, column: sc.tokColumn, endLine: sc.tokLine, endColumn: sc.tokEndColumn };
  }
  /** Reports at the current token; returns undefined so callers can `return this.fail(...)`. */
  fail(code, message) {
    this.report(code, message, this.tokenSpan());
    return void 0;
  }
  warn(code, message) {
    this.report(code, message, this.tokenSpan(), "warning");
  }
  /** The current token as text, shortened for messages. */
  shown() {
    const sc = this.sc;
    const t = this.text.slice(sc.start, Math.min(sc.end, sc.start + 60));
    const safe = t.replace(/[\u0000-\u001f\u007f]/g, (c) => "\\" + String(c.charCodeAt(0)).padStart(3, "0"));
    return sc.end - sc.start > 60 ? safe + "..." : safe;
  }
  /** True when the current token holds a value; otherwise reports what is missing. */
  expect(what) {
    const k = this.sc.kind;
    if (k === TOK_WORD2 || k === TOK_QUOTED2) return true;
    this.fail("zone/missing-rdata", `missing ${what}`);
    return false;
  }
  // ---------------------------------------------------------------- lines
  logicalLine() {
    const sc = this.sc;
    if (sc.kind === TOK_WORD2 && sc.atLineStart && this.text.charCodeAt(sc.start) === 36) {
      this.directive();
      return;
    }
    this.record();
  }
  /**
   * One record. A record that cannot be read still says that its owner name exists (with data
   * not known), so no rule takes the name for missing; a record that cannot be read because it
   * holds a template placeholder (`PCSCF_IP`, `{{ip}}`) is counted for one diagnostic per file
   * instead of its own.
   */
  record() {
    const diagnosticCount = this.diagnostics.length;
    this.ownerKnown = false;
    this.recordPlaceholder = void 0;
    this.recordPlaceholderText = void 0;
    const line = this.sc.tokLine;
    const start = this.sc.start;
    if (this.readRecord()) return;
    const sc = this.sc;
    const failing = sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2 ? this.text.slice(sc.start, sc.end) : "";
    let style = this.recordPlaceholder;
    let example = this.recordPlaceholderText;
    const bare = style === void 0 && failing !== "" ? valuePlaceholderStyle(failing) : void 0;
    if (bare !== void 0) {
      style = bare;
      example = failing;
    }
    if (style === void 0 && this.placeholderScan) {
      const end = this.text.indexOf("\n", start);
      const lineText = this.text.slice(start, end < 0 ? this.text.length : end);
      const found = findPlaceholder(lineText);
      if (found) ({ style, text: example } = found);
    }
    if (style !== void 0) {
      this.diagnostics.length = diagnosticCount;
      this.templateLine(style, example ?? failing, line);
    }
    if (!this.ownerKnown || this.ownerOutside) return;
    const owner = this.owner();
    if (style === void 0 || !/[{}$<>%]/.test(owner)) this.unreadOwnerSet.add(owner);
  }
  /** The owner of the record being read was read (or repeats the previous one). */
  ownerKnown = false;
  /** The placeholder met in a name of the record being read, as written. */
  recordPlaceholderText;
  templateLine(style, example, line) {
    let entry = this.templateLines.get(this.file);
    if (!entry) {
      const span = this.spanOverride ?? { line, column: 1, endLine: line, endColumn: 1 };
      entry = { styles: /* @__PURE__ */ new Map(), first: span };
      this.templateLines.set(this.file, entry);
    }
    const seen = entry.styles.get(style);
    if (seen) seen.lines.add(line);
    else entry.styles.set(style, { lines: /* @__PURE__ */ new Set([line]), example: example.length > 40 ? example.slice(0, 40) + "..." : example });
  }
  /** Notes a template placeholder in a name just read (only in texts that may hold one). */
  notePlaceholder(start, end) {
    if (!this.placeholderScan || this.recordPlaceholder !== void 0) return;
    const written = this.text.slice(start, end);
    const style = placeholderStyle(written);
    if (style !== void 0) {
      this.recordPlaceholder = style;
      this.recordPlaceholderText = written;
    }
  }
  /** Reads one record; false when it could not be read (reported), with `ownerKnown` telling whether its owner name was. */
  readRecord() {
    const sc = this.sc;
    const text = this.text;
    const line = sc.tokLine;
    const column = sc.tokColumn;
    let ownerAbsolute = false;
    if (sc.atLineStart) {
      if (!this.ownerName()) return false;
      ownerAbsolute = text.charCodeAt(sc.end - 1) === 46 && !(sc.escaped && text.charCodeAt(sc.end - 2) === 92);
      sc.next();
    } else if (!this.table.owners.hasCurrent) {
      this.fail("zone/no-owner", "record without an owner name, and no previous owner to repeat");
      return false;
    }
    this.ownerKnown = true;
    if (!this.readTtlClassType("missing record type")) return false;
    const ttl = this.fieldTtl;
    let cls = this.fieldClass;
    const type = this.fieldType;
    const typeLine = sc.tokLine;
    const typeColumn = sc.tokColumn;
    if (cls === void 0) {
      cls = this.zoneClass ?? "IN";
    } else if (this.zoneClass !== void 0 && cls !== this.zoneClass) {
      this.report("zone/class-mismatch", `class ${cls} differs from the zone's class ${this.zoneClass}`, this.tokenSpan());
    }
    if (this.zoneClass === void 0) this.zoneClass = cls;
    if (type === 6 && this.origin === void 0 && ownerAbsolute) this.setOrigin(this.owner(), "soa");
    sc.next();
    let generic = false;
    let data;
    if (sc.kind === TOK_WORD2 && sc.end - sc.start === 2 && text.charCodeAt(sc.start) === 92 && text.charCodeAt(sc.start + 1) === 35) {
      ({ data, generic } = this.hashData(type, typeName(type)));
    } else {
      data = this.rdata(type);
    }
    if (data === void 0) return false;
    if (sc.kind !== TOK_EOL2 && sc.kind !== TOK_EOF2) {
      this.fail("zone/extra-tokens", `unexpected '${this.shown()}' after the record data`);
      return false;
    }
    if (this.recordPlaceholder !== void 0) return false;
    this.addRecord(ttl, cls, type, data, generic, line, column, sc.lastEndLine, sc.lastEndColumn, typeLine, typeColumn, this.ownerOutside);
    if (type === 6) this.soaSeen(this.owner(), ownerAbsolute);
    return true;
  }
  /** What readTtlClassType read (fields, not a returned object: this runs once per record). */
  fieldTtl = -1;
  fieldClass;
  fieldType = -1;
  /** The numbers of an SRV or MX record the data value leaves out (see RDataValue). */
  rdataNumbers = 0;
  /**
   * Reads the optional TTL and class, in either order, and the type of a record or a
   * `$GENERATE` line into fieldTtl, fieldClass and fieldType; false (reported) when they
   * are not there or not valid.
   */
  readTtlClassType(missingType) {
    const sc = this.sc;
    const text = this.text;
    this.fieldTtl = -1;
    this.fieldClass = void 0;
    for (; ; ) {
      const k = sc.kind;
      if (k !== TOK_WORD2) {
        if (k === TOK_QUOTED2) this.fail("zone/unknown-type", `unknown record type "${this.shown()}"`);
        else this.fail("zone/missing-type", missingType);
        return false;
      }
      const c0 = text.charCodeAt(sc.start);
      if (c0 >= 48 && c0 <= 57) {
        if (this.fieldTtl !== -1) {
          this.fail("zone/unknown-type", `unknown record type '${this.shown()}'`);
          return false;
        }
        const ttl = this.ttlToken();
        if (ttl < 0) return false;
        this.fieldTtl = ttl;
        sc.next();
        continue;
      }
      const code = classify(text, sc.start, sc.end);
      if (code < 0 || code >= CLASS_BASE && this.fieldClass !== void 0) {
        const server = code < 0 ? SERVER_SPECIFIC_TYPES[text.slice(sc.start, sc.end).toUpperCase()] : void 0;
        if (server !== void 0) this.serverSpecificType(text.slice(sc.start, sc.end).toUpperCase(), server);
        else this.fail("zone/unknown-type", `unknown record type '${this.shown()}'`);
        return false;
      }
      if (code >= CLASS_BASE) {
        this.fieldClass = className(code - CLASS_BASE);
        sc.next();
        continue;
      }
      this.fieldType = code;
      return true;
    }
  }
  /** A type only some servers read (PowerDNS's LUA): said once per file, with the count of lines. */
  serverSpecificType(type, server) {
    const key = `${this.file}
${type}`;
    const seen = this.serverTypes.get(key);
    if (seen) {
      seen.lines.add(this.sc.tokLine);
      return;
    }
    this.warn("zone/server-specific-type", `${type} is ${server}'s own record type: BIND and other servers refuse it, and records of it are not checked`);
    this.serverTypes.set(key, { diagnostic: this.diagnostics[this.diagnostics.length - 1], lines: /* @__PURE__ */ new Set([this.sc.tokLine]) });
  }
  /** A record at the current owner (`table.owners`). */
  addRecord(explicitTtl, cls, type, data, generic, line, column, endLine, endColumn, typeLine, typeColumn, outsideZone) {
    let ttl;
    if (explicitTtl >= 0) {
      ttl = explicitTtl;
      this.lastTtl = explicitTtl;
    } else if (this.defaultTtl >= 0) {
      ttl = this.defaultTtl;
    } else if (this.lastTtl >= 0) {
      ttl = this.lastTtl;
    } else if (type === 6) {
      ttl = data.minimum;
      if (ttl > MAX_TTL) ttl = 0;
      this.defaultTtl = ttl;
    } else {
      ttl = 0;
      const span = { line: typeLine, column: typeColumn, endLine: typeLine, endColumn: typeColumn + typeName(type).length };
      this.report("zone/no-ttl", "no TTL: the record has none, and neither $TTL nor an earlier TTL or SOA sets one", span);
    }
    if (outsideZone) {
      this.reportOutOfZone(this.owner(), this.file, line, column, endLine, endColumn);
      return;
    }
    if (this.table.size >= this.limits.records) {
      this.report("zone/too-many-records", `more than ${thousands(this.limits.records)} records; the rest of the zone is not read`, { line, column, endLine, endColumn });
      this.stopped = true;
      return;
    }
    this.sawRecord = true;
    this.table.append(ttl, cls, type, data, this.rdataNumbers, generic, this.file === this.zone.file ? void 0 : this.file, line, column, endLine, endColumn);
  }
  soaSeen(name, ownerAbsolute) {
    if (this.zoneOriginDecided || this.depth > 0) return;
    this.zoneOriginDecided = true;
    this.zone.origin = name;
    this.zone.originSource = ownerAbsolute ? "soa" : this.originSource;
    this.apexDecided(name);
  }
  /** The current owner name, whole (made once per owner, when asked). */
  owner() {
    return this.table.owners.current();
  }
  /**
   * Makes the current token the owner name, or the previous owner again when the token
   * repeats it; false (reported) when it is not a valid name.
   */
  ownerName() {
    const sc = this.sc;
    const text = this.text;
    const start = sc.start;
    const end = sc.end;
    const len = end - start;
    const owners = this.table.owners;
    if (len === this.ownerEnd - this.ownerStart && this.ownerOrigin === this.origin && this.ownerText === text && owners.hasCurrent) {
      const prev = this.ownerStart;
      let same = true;
      for (let i = len - 1; i >= 0; i--) {
        if (text.charCodeAt(start + i) !== text.charCodeAt(prev + i)) {
          same = false;
          break;
        }
      }
      if (same) {
        this.ownerStart = start;
        this.ownerEnd = end;
        this.ownerKnown = true;
        return true;
      }
    }
    const parts = this.nameParts;
    const form = nameForm(text, start, end, sc.escaped, this.originCtx, parts);
    if (form < 0) {
      this.nameFailed(-form);
      return false;
    }
    if (form === WRITTEN_OTHERWISE) owners.setFromString(parts.whole);
    else owners.setFromText(this.textId, start, end, form === WRITTEN_LOWER, parts.tail);
    this.notePlaceholder(start, end);
    this.ownerStart = start;
    this.ownerEnd = end;
    this.ownerOrigin = this.origin;
    this.ownerText = text;
    this.ownerKnown = true;
    const apex = this.zoneApex;
    if (apex === void 0) {
      this.ownerOutside = false;
    } else {
      const absolute = text.charCodeAt(end - 1) === 46 && !(sc.escaped && text.charCodeAt(end - 2) === 92);
      this.ownerOutside = (absolute || !this.originInZone) && !isInZone(this.owner(), apex);
    }
    return true;
  }
  /** Reads the current token as a name (relative to the origin); reports and returns undefined on error. */
  nameToken() {
    const sc = this.sc;
    const result = readName(this.text, sc.start, sc.end, sc.escaped, this.originCtx);
    if (typeof result === "string") {
      this.notePlaceholder(sc.start, sc.end);
      return result;
    }
    this.nameFailed(result);
    return void 0;
  }
  nameFailed(e) {
    const code = NAME_ERROR_CODES[e];
    if (code === "zone/relative-name-without-origin") {
      const place = `${this.sc.tokLine}:${this.sc.tokColumn}`;
      const seen = this.noOrigin.get(this.file);
      if (seen) {
        seen.at.add(place);
        return;
      }
      this.fail(code, `${NAME_ERROR_MESSAGES[e]}: '${this.shown()}'`);
      this.noOrigin.set(this.file, { diagnostic: this.diagnostics[this.diagnostics.length - 1], at: /* @__PURE__ */ new Set([place]) });
      return;
    }
    this.fail(code, `${NAME_ERROR_MESSAGES[e]}: '${this.shown()}'`);
  }
  /** Reads the current token as a TTL; reports and returns -1 on error. Over 2^31-1 becomes 0, as in BIND. */
  ttlToken() {
    const sc = this.sc;
    const v = readTtl(this.text, sc.start, sc.end);
    if (v < 0) {
      this.fail("zone/bad-ttl", v === TTL_RANGE ? `TTL '${this.shown()}' is out of range` : `bad TTL '${this.shown()}'`);
      return -1;
    }
    if (v > MAX_TTL) {
      this.warn("zone/ttl-too-large", `TTL ${v} is above 2147483647; BIND uses 0`);
      return 0;
    }
    return v;
  }
  // ---------------------------------------------------------------- directives
  directive() {
    const sc = this.sc;
    const word = this.text.slice(sc.start, sc.end).toUpperCase();
    const span = this.tokenSpan();
    sc.next();
    switch (word) {
      case "$ORIGIN":
        this.directiveOrigin();
        return;
      case "$TTL":
        this.directiveTtl();
        return;
      case "$INCLUDE":
        this.directiveInclude(span);
        return;
      case "$GENERATE":
        this.directiveGenerate(span);
        return;
      case "$DATE":
        this.directiveDate();
        return;
      default:
        this.report("zone/unknown-directive", `unknown directive '${word}'`, span);
        return;
    }
  }
  endOfDirective() {
    const k = this.sc.kind;
    if (k === TOK_EOL2 || k === TOK_EOF2) return true;
    this.fail("zone/extra-tokens", `unexpected '${this.shown()}' after the directive`);
    return false;
  }
  directiveOrigin() {
    if (!this.expect("origin name")) return;
    const name = this.nameToken();
    if (name === void 0) return;
    this.sc.next();
    if (!this.endOfDirective()) return;
    this.setOrigin(name, "directive");
    if (this.depth === 0 && !this.sawRecord && !this.zoneOriginDecided) {
      this.zoneOriginDecided = true;
      this.zone.origin = name;
      this.zone.originSource = "directive";
      this.apexDecided(name);
    }
    if (this.firstDirectiveOrigin === void 0 && this.depth === 0) this.firstDirectiveOrigin = name;
  }
  directiveTtl() {
    if (!this.expect("TTL")) return;
    const ttl = this.ttlToken();
    if (ttl < 0) return;
    this.sc.next();
    if (!this.endOfDirective()) return;
    this.defaultTtl = ttl;
  }
  /**
   * BIND's `$DATE YYYYMMDDHHMMSS` (written in its dump files): the time of the dump,
   * which only ages TTLs of cache dumps. Checked as BIND checks it, then ignored.
   */
  directiveDate() {
    const sc = this.sc;
    if (!this.expect("date after $DATE")) return;
    const problem = sc.kind === TOK_WORD2 ? dumpDateProblem(this.text.slice(sc.start, sc.end)) : "is not YYYYMMDDHHMMSS";
    if (problem !== void 0) {
      this.fail("zone/bad-number", `$DATE '${this.shown()}' ${problem}`);
      return;
    }
    sc.next();
    this.endOfDirective();
  }
  directiveInclude(directiveSpan) {
    const sc = this.sc;
    if (!this.expect("file name after $INCLUDE")) return;
    const decoded = decodeString(this.text, sc.start, sc.end, sc.escaped);
    if (decoded === void 0) {
      this.fail("zone/bad-escape", "bad escape in file name");
      return;
    }
    const path = decoded.text;
    const pathSpan = this.tokenSpan();
    const span = { line: directiveSpan.line, column: directiveSpan.column, endLine: pathSpan.endLine, endColumn: pathSpan.endColumn };
    sc.next();
    let includeOrigin;
    if (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      includeOrigin = this.nameToken();
      if (includeOrigin === void 0) return;
      sc.next();
    }
    if (!this.endOfDirective()) return;
    if (this.depth + 1 > this.limits.includeDepth) {
      this.report("zone/include-depth", `$INCLUDE nested deeper than ${this.limits.includeDepth} levels: '${path}' is not read`, span);
      return;
    }
    if (this.includesStopped) return;
    if (this.includesRead >= this.limits.includes) {
      this.report("zone/too-many-includes", `more than ${thousands(this.limits.includes)} $INCLUDE files read for the zone of ${this.options.file}: '${path}' and every later $INCLUDE are not read`, span);
      this.includesStopped = true;
      return;
    }
    if (this.reader === void 0) {
      this.report("zone/include-unavailable", `$INCLUDE '${path}' cannot be read here (no include reader)`, span);
      return;
    }
    let result;
    try {
      result = this.reader(path, this.file);
    } catch (error) {
      result = { error: error instanceof Error ? error.message : "cannot read the file" };
    }
    if ("error" in result) {
      if (result.missing) {
        this.report("zone/include-missing", `$INCLUDE '${path}' is not in the repository; the records in it were not checked`, span, "warning");
      } else {
        this.report("zone/include-failed", `cannot include '${path}': ${result.error}`, span);
      }
      return;
    }
    if (this.fileStack.includes(result.file)) {
      this.report("zone/include-cycle", `$INCLUDE cycle: '${result.file}' includes itself (${[...this.fileStack, result.file].join(" -> ")})`, span);
      return;
    }
    this.includesRead++;
    if (this.includedCharacters + result.text.length > this.limits.includedCharacters) {
      this.report("zone/includes-too-large", `$INCLUDE files of the zone of ${this.options.file} over ${thousands(this.limits.includedCharacters)} characters in all: '${path}' and every later $INCLUDE are not read`, span);
      this.includesStopped = true;
      return;
    }
    this.includedCharacters += result.text.length;
    if (!this.zone.includes.includes(result.file)) this.zone.includes.push(result.file);
    const saved = { origin: this.origin, originCtx: this.originCtx, originSource: this.originSource, owner: this.table.owners.save() };
    const savedOwnerSpan = [this.ownerStart, this.ownerEnd, this.ownerOrigin, this.ownerText];
    if (includeOrigin !== void 0) this.setOrigin(includeOrigin, "directive");
    this.fileStack.push(result.file);
    this.depth++;
    try {
      this.parseFile(result.text, result.file);
    } finally {
      this.depth--;
      this.fileStack.pop();
      this.origin = saved.origin;
      this.originCtx = saved.originCtx;
      this.originSource = saved.originSource;
      this.originInZone = this.zoneApex === void 0 || saved.origin === void 0 || isInZone(saved.origin, this.zoneApex);
      this.table.owners.restore(saved.owner);
      this.ownerOutside = this.zoneApex !== void 0 && this.table.owners.hasCurrent && !isInZone(this.owner(), this.zoneApex);
      [this.ownerStart, this.ownerEnd, this.ownerOrigin, this.ownerText] = savedOwnerSpan;
    }
  }
  directiveGenerate(directiveSpan) {
    const sc = this.sc;
    const text = this.text;
    if (!this.expect("range after $GENERATE")) return;
    const range = parseGenerateRange(this.text.slice(sc.start, sc.end));
    if (typeof range === "string") {
      this.fail("zone/bad-generate", `$GENERATE: ${range}`);
      return;
    }
    const rangeSpan = this.tokenSpan();
    sc.next();
    if (!this.expect("owner template after the $GENERATE range")) return;
    const lhs = templateText(text, sc.start, sc.end, sc.kind === TOK_QUOTED2);
    const lhsSpan = this.tokenSpan();
    sc.next();
    if (!this.readTtlClassType("missing record type in $GENERATE")) return;
    const ttl = this.fieldTtl;
    let cls = this.fieldClass;
    const type = this.fieldType;
    const typeLine = sc.tokLine;
    const typeColumn = sc.tokColumn;
    sc.next();
    if (!this.expect("data template in $GENERATE")) return;
    const rhs = templateText(text, sc.start, sc.end, sc.kind === TOK_QUOTED2);
    const rhsSpan = this.tokenSpan();
    sc.next();
    if (!this.endOfDirective()) return;
    if (cls === void 0) cls = this.zoneClass ?? "IN";
    const typeMnemonic = typeName(type);
    let count = Math.floor((range.stop - range.start) / range.step) + 1;
    if (count > this.limits.generateCount) {
      this.report(
        "zone/generate-too-many",
        `$GENERATE would make ${thousands(count)} records; only the first ${thousands(this.limits.generateCount)} are read`,
        rangeSpan
      );
      count = this.limits.generateCount;
    }
    const allowed = Math.max(0, this.limits.generatedRecords - this.generatedRecords);
    if (count > allowed) {
      this.report(
        "zone/generate-too-many",
        allowed === 0 ? `the $GENERATE directives of this zone have made ${thousands(this.limits.generatedRecords)} records, the bound for one zone; this one is not read` : `the $GENERATE directives of this zone may make ${thousands(this.limits.generatedRecords)} records together; only the first ${thousands(allowed)} of this one are read`,
        rangeSpan
      );
      count = allowed;
    }
    this.generatedRecords += count;
    const endLine = rhsSpan.endLine;
    const endColumn = rhsSpan.endColumn;
    const savedScanner = this.sc;
    const savedText = this.text;
    const savedOwner = this.table.owners.save();
    try {
      for (let n = 0; n < count && !this.stopped; n++) {
        const value = range.start + n * range.step;
        const owner = expandGenerate(lhs, value);
        if (owner.error !== void 0) {
          this.report("zone/bad-generate", `$GENERATE owner: ${owner.error}`, lhsSpan);
          return;
        }
        const name = readName(owner.text, 0, owner.text.length, owner.text.includes("\\"), this.originCtx);
        if (typeof name !== "string") {
          this.report(NAME_ERROR_CODES[name], `${NAME_ERROR_MESSAGES[name]}: '${owner.text}'`, lhsSpan);
          return;
        }
        const rdataText2 = expandGenerate(rhs, value);
        if (rdataText2.error !== void 0) {
          this.report("zone/bad-generate", `$GENERATE data: ${rdataText2.error}`, rhsSpan);
          return;
        }
        const sub = new Scanner(rdataText2.text, this.limits.lineLength, () => void 0);
        this.sc = sub;
        this.text = rdataText2.text;
        this.spanOverride = rhsSpan;
        sub.next();
        let generic = false;
        let data;
        if (sub.kind === TOK_WORD2 && rdataText2.text.startsWith("\\#") && sub.end - sub.start === 2) {
          ({ data, generic } = this.hashData(type, typeMnemonic));
        } else {
          data = this.rdata(type);
        }
        if (data !== void 0 && sub.kind !== TOK_EOL2 && sub.kind !== TOK_EOF2) {
          this.fail("zone/extra-tokens", `unexpected '${this.shown()}' after the generated data`);
          data = void 0;
        }
        this.sc = savedScanner;
        this.text = savedText;
        this.spanOverride = void 0;
        if (data === void 0) return;
        const outside = this.zoneApex !== void 0 && !isInZone(name, this.zoneApex);
        this.table.owners.setFromString(name);
        this.addRecord(ttl, cls, type, data, generic, directiveSpan.line, directiveSpan.column, endLine, endColumn, typeLine, typeColumn, outside);
      }
    } finally {
      this.sc = savedScanner;
      this.text = savedText;
      this.spanOverride = void 0;
      this.table.owners.restore(savedOwner);
    }
  }
  // ---------------------------------------------------------------- data
  /** Reads the data of one record, starting at the current token; leaves the scanner after it. */
  /** Reads the data of a record of `type`: the value the table keeps (see RDataValue). */
  rdata(type) {
    switch (type) {
      case 1:
        return this.rdataA();
      case 28:
        return this.rdataAAAA();
      case 2:
      case 5:
      case 12:
      case 39:
        return this.rdataTarget();
      case 15:
        return this.rdataMx();
      case 16:
      case 99:
        return this.rdataTxt();
      case 33:
        return this.rdataSrv();
      case 6:
        return this.rdataSoa();
      case 35:
        return this.rdataNaptr();
      case 257:
        return this.rdataCaa();
      case 52:
        return this.rdataTlsa();
      case 64:
      case 65:
        return this.rdataSvcb();
      default:
        if (OBSOLETE_TYPES[type] !== void 0) {
          return this.fail("zone/obsolete-type", `${typeName(type)} is obsolete (${OBSOLETE_TYPES[type]}); name servers refuse the zone`);
        }
        if (!hasTextForm(type)) {
          return this.fail("zone/generic-required", `${typeName(type)} has no text form: write its data as \\# <length> <hex> (RFC 3597 generic data)`);
        }
        return this.rdataText(typeName(type));
    }
  }
  /** The address as a 32-bit number (see RecordTable). */
  rdataA() {
    const sc = this.sc;
    if (!this.expect("IPv4 address")) return void 0;
    const value = ipv4Value(this.text, sc.start, sc.end);
    if (value < 0) return this.fail("zone/bad-address", `bad IPv4 address '${this.shown()}'`);
    sc.next();
    return value | 0;
  }
  /** The canonical address text. */
  rdataAAAA() {
    const sc = this.sc;
    if (!this.expect("IPv6 address")) return void 0;
    const address = canonicalIPv6(this.text, sc.start, sc.end);
    if (address === void 0) return this.fail("zone/bad-address", `bad IPv6 address '${this.shown()}'`);
    sc.next();
    return address;
  }
  nameField(what) {
    if (!this.expect(what)) return void 0;
    const name = this.nameToken();
    if (name !== void 0) this.sc.next();
    return name;
  }
  /** Reads an unsigned field of at most `max`; -1 after reporting an error. */
  numberField(what, max) {
    const sc = this.sc;
    if (!this.expect(what)) return -1;
    const v = readUnsigned(this.text, sc.start, sc.end, max);
    if (v < 0) {
      this.fail("zone/bad-number", v === -2 ? `${what} '${this.shown()}' is out of range (0-${max})` : `bad ${what} '${this.shown()}'`);
      return -1;
    }
    sc.next();
    return v;
  }
  /** A TTL-style field (SOA timers accept units); -1 after an error. */
  timeField(what) {
    const sc = this.sc;
    if (!this.expect(what)) return -1;
    const v = readTtl(this.text, sc.start, sc.end);
    if (v < 0) {
      this.fail("zone/bad-number", `bad ${what} '${this.shown()}'`);
      return -1;
    }
    sc.next();
    return v;
  }
  /** The target name. */
  rdataTarget() {
    return this.nameField("target name");
  }
  /** The exchange name; the preference goes to `rdataNumbers`. */
  rdataMx() {
    const preference = this.numberField("MX preference", 65535);
    if (preference < 0) return void 0;
    this.rdataNumbers = preference;
    return this.nameField("mail exchange name");
  }
  /** The target name; priority, weight and port go to `rdataNumbers`. */
  rdataSrv() {
    const priority = this.numberField("SRV priority", 65535);
    if (priority < 0) return void 0;
    const weight = this.numberField("SRV weight", 65535);
    if (weight < 0) return void 0;
    const port = this.numberField("SRV port", 65535);
    if (port < 0) return void 0;
    this.rdataNumbers = packSrvNumbers(priority, weight, port);
    return this.nameField("SRV target");
  }
  rdataSoa() {
    const mname = this.nameField("SOA primary server name");
    if (mname === void 0) return void 0;
    const rname = this.nameField("SOA mailbox name");
    if (rname === void 0) return void 0;
    const serial = this.numberField("SOA serial", 4294967295);
    if (serial < 0) return void 0;
    const refresh = this.timeField("SOA refresh");
    if (refresh < 0) return void 0;
    const retry = this.timeField("SOA retry");
    if (retry < 0) return void 0;
    const expire = this.timeField("SOA expire");
    if (expire < 0) return void 0;
    const minimum = this.timeField("SOA minimum");
    if (minimum < 0) return void 0;
    const data = { mname, rname, serial, refresh, retry, expire, minimum };
    return data;
  }
  /** A character string (quoted or not), at most `max` octets; undefined after an error. */
  stringField(what, max = 255) {
    const sc = this.sc;
    if (!this.expect(what)) return void 0;
    const decoded = decodeString(this.text, sc.start, sc.end, sc.escaped);
    if (decoded === void 0) return this.fail("zone/bad-escape", `bad escape in ${what}`);
    if (decoded.octets > max) return this.fail("zone/string-too-long", `${what} longer than ${max} octets`);
    sc.next();
    return decoded;
  }
  rdataNaptr() {
    const order = this.numberField("NAPTR order", 65535);
    if (order < 0) return void 0;
    const preference = this.numberField("NAPTR preference", 65535);
    if (preference < 0) return void 0;
    const flags = this.stringField("NAPTR flags");
    if (flags === void 0) return void 0;
    const service = this.stringField("NAPTR service");
    if (service === void 0) return void 0;
    const regexpSpan = this.tokenSpan();
    const regexp = this.stringField("NAPTR regexp");
    if (regexp === void 0) return void 0;
    const regexpProblem = naptrRegexpProblem(regexp.text);
    if (regexpProblem !== void 0) {
      this.report("zone/bad-rdata", `NAPTR regexp "${regexp.text}": ${regexpProblem}`, regexpSpan);
      return void 0;
    }
    const replacement = this.nameField("NAPTR replacement");
    if (replacement === void 0) return void 0;
    const data = { order, preference, flags: flags.text, service: service.text, regexp: regexp.text, replacement };
    return data;
  }
  /** TXT strings (one string alone as itself, see RDataValue); `first` is a string already read (the `#` of `TXT \# text`). */
  rdataTxt(first) {
    const sc = this.sc;
    const text = this.text;
    if (first === void 0 && !this.expect("text")) return void 0;
    const scratch = this.txtScratch;
    const latin1Flags = this.txtLatin1Scratch;
    scratch.length = 0;
    latin1Flags.length = 0;
    if (first !== void 0) {
      scratch.push(first);
      latin1Flags.push(false);
    }
    let latin12 = false;
    while (sc.kind === TOK_QUOTED2 || sc.kind === TOK_WORD2) {
      const start = sc.start;
      const end = sc.end;
      if (!sc.escaped && end - start <= 255) {
        let ascii = true;
        for (let i = start; i < end; i++) {
          if (text.charCodeAt(i) > 127) {
            ascii = false;
            break;
          }
        }
        if (ascii) {
          scratch.push(ownSlice(text, start, end));
          latin1Flags.push(false);
          sc.next();
          continue;
        }
      }
      const decoded = this.stringField("TXT string");
      if (decoded === void 0) return void 0;
      scratch.push(decoded.text);
      latin1Flags.push(decoded.latin1);
      if (decoded.latin1) latin12 = true;
    }
    if (latin12) return { strings: uniformStrings(scratch, latin1Flags), latin1: true };
    if (scratch.length === 1) return scratch[0];
    return { strings: scratch.slice() };
  }
  rdataCaa() {
    const sc = this.sc;
    const flags = this.numberField("CAA flags", 255);
    if (flags < 0) return void 0;
    if (!this.expect("CAA tag")) return void 0;
    const tag = ownSlice(this.text, sc.start, sc.end);
    if (sc.kind !== TOK_WORD2 || !/^[A-Za-z0-9]+$/.test(tag) || tag.length > 255) {
      return this.fail("zone/bad-rdata", `bad CAA tag '${this.shown()}' (letters and digits only)`);
    }
    sc.next();
    const value = this.stringField("CAA value", 65535);
    if (value === void 0) return void 0;
    const data = value.latin1 ? { flags, tag, value: value.text, latin1: true } : { flags, tag, value: value.text };
    return data;
  }
  /** Hex digits from the current token to the end of the line, joined; undefined after an error. */
  hexToEnd(what) {
    const sc = this.sc;
    if (!this.expect(what)) return void 0;
    let hex = "";
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      for (let i = sc.start; i < sc.end; i++) {
        if (hexDigit(this.text.charCodeAt(i)) < 0) return this.fail("zone/bad-hex", `bad hex in ${what}: '${this.shown()}'`);
      }
      hex += this.text.slice(sc.start, sc.end);
      sc.next();
    }
    if (hex.length % 2 !== 0) {
      this.report("zone/bad-hex", `${what} has an odd number of hex digits`, { line: sc.lastEndLine, column: sc.lastEndColumn - 1, endLine: sc.lastEndLine, endColumn: sc.lastEndColumn });
      return void 0;
    }
    return hex.toLowerCase();
  }
  rdataTlsa() {
    const usage = this.numberField("TLSA usage", 255);
    if (usage < 0) return void 0;
    const selector = this.numberField("TLSA selector", 255);
    if (selector < 0) return void 0;
    const matchingType = this.numberField("TLSA matching type", 255);
    if (matchingType < 0) return void 0;
    const data = this.hexToEnd("TLSA certificate data");
    if (data === void 0) return void 0;
    const tlsa = { usage, selector, matchingType, data };
    return tlsa;
  }
  rdataSvcb() {
    const sc = this.sc;
    const text = this.text;
    const priority = this.numberField("SVCB priority", 65535);
    if (priority < 0) return void 0;
    const target = this.nameField("SVCB target");
    if (target === void 0) return void 0;
    const params = [];
    let mandatorySpan;
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      if (sc.kind === TOK_QUOTED2) return this.fail("zone/bad-rdata", `SVCB parameter expected, found "${this.shown()}"`);
      const start = sc.start;
      const end = sc.end;
      let eq = start;
      while (eq < end && text.charCodeAt(eq) !== 61) eq++;
      const keyText = text.slice(start, eq).toLowerCase();
      const n = svcbKeyNumber(keyText);
      if (n === 0) mandatorySpan = this.tokenSpan();
      if (n < 0) return this.fail("zone/bad-rdata", `unknown SVCB parameter key '${keyText}'`);
      if (params.some((p) => p.n === n)) return this.fail("zone/bad-rdata", `SVCB parameter '${keyText}' appears twice`);
      let raw;
      if (eq < end) {
        if (eq + 1 === end) {
          const wordEnd = end;
          sc.next();
          if (sc.kind === TOK_QUOTED2 && sc.start - 1 === wordEnd) {
            raw = decodeString(text, sc.start, sc.end, sc.escaped);
            if (raw === void 0) return this.fail("zone/bad-escape", "bad escape in SVCB value");
            sc.next();
          } else {
            raw = { text: "", latin1: false };
          }
        } else {
          raw = decodeString(text, eq + 1, end, sc.escaped);
          if (raw === void 0) return this.fail("zone/bad-escape", "bad escape in SVCB value");
          sc.next();
        }
      } else {
        sc.next();
      }
      const checked = checkSvcbValue(n, raw?.text);
      if (typeof checked === "object") {
        this.report("zone/bad-rdata", `SVCB ${keyText}: ${checked.error}`, { line: sc.lastEndLine, column: sc.lastEndColumn - (end - start), endLine: sc.lastEndLine, endColumn: sc.lastEndColumn });
        return void 0;
      }
      params.push(checked === void 0 ? { key: SVCB_KEY_NAMES[n] ?? `key${n}`, n } : { key: SVCB_KEY_NAMES[n] ?? `key${n}`, value: checked, n });
    }
    const mandatory = params.find((p) => p.n === 0);
    if (mandatory?.value !== void 0) {
      const absent = mandatory.value.split(",").filter((key) => !params.some((p) => p.key === key));
      if (absent.length > 0) {
        this.report("zone/bad-rdata", `SVCB mandatory lists ${absent.join(", ")}, which the record does not have`, mandatorySpan ?? this.lastTokenSpan());
        return void 0;
      }
    }
    params.sort((a, b) => a.n - b.n);
    const data = {
      priority,
      target,
      params: params.map((p) => p.value === void 0 ? { key: p.key } : { key: p.key, value: p.value })
    };
    return data;
  }
  /**
   * Data starting with the word `\#`: RFC 3597 generic data, except in TXT when no number
   * follows, where BIND reads it as the string `#` (`TXT \# text` is "#" "text").
   */
  hashData(type, mnemonic) {
    const sc = this.sc;
    sc.next();
    if (type === 16 && !(sc.kind === TOK_WORD2 && readUnsigned(this.text, sc.start, sc.end, Number.MAX_SAFE_INTEGER) >= 0)) {
      return { data: this.rdataTxt("#"), generic: false };
    }
    return { data: this.genericData(mnemonic), generic: true };
  }
  /** `\# length hex` (RFC 3597), from the length on; converted to the typed form for types with structure. */
  genericData(mnemonic) {
    const sc = this.sc;
    const length = this.numberField("generic data length", 65535);
    if (length < 0) return void 0;
    let hex = "";
    if (length > 0) {
      const h = this.hexToEnd("generic data");
      if (h === void 0) return void 0;
      hex = h;
    }
    if (hex.length !== length * 2) {
      this.report("zone/bad-rdata", `generic data has ${hex.length / 2} octets, not the ${length} announced`, {
        line: sc.lastEndLine,
        column: sc.lastEndColumn,
        endLine: sc.lastEndLine,
        endColumn: sc.lastEndColumn
      });
      return void 0;
    }
    if (STRUCTURED_TYPES.has(mnemonic)) {
      const bytes = hexToOctets(hex);
      const typed = dataFromWire(mnemonic, bytes);
      if (typed === void 0) {
        this.report("zone/bad-rdata", `generic data is not a valid ${mnemonic} record`, { line: sc.lastEndLine, column: sc.lastEndColumn, endLine: sc.lastEndLine, endColumn: sc.lastEndColumn });
        return void 0;
      }
      return typed;
    }
    if (TEXT_LAYOUTS[mnemonic] === "B" && hex.length > 0) {
      const text = { text: chunked(Buffer.from(hex, "hex").toString("base64")) };
      return text;
    }
    if (TEXT_LAYOUTS[mnemonic] === "h" && hex.length > 0) {
      const text = { text: chunked(hex.toUpperCase()) };
      return text;
    }
    if (TEXT_LAYOUTS[mnemonic] === "N" && hex.length > 0) {
      const text = { text: `0x${hex}` };
      return text;
    }
    const data = { hex };
    return data;
  }
  /** Types kept as presentation text, checked and normalised field by field where the layout is known. */
  rdataText(mnemonic) {
    const sc = this.sc;
    const text = this.text;
    const layout = TEXT_LAYOUTS[mnemonic] ?? "*";
    const parts = [];
    let fieldSpan = this.tokenSpan();
    let lastNumber = -1;
    for (let i = 0; i < layout.length; i++) {
      const field = layout[i];
      let part;
      switch (field) {
        case "n":
          part = this.nameField(`${mnemonic} name`);
          if (part !== void 0 && field === "n" && (mnemonic === "RRSIG" || mnemonic === "SIG") && Number(parts[2]) < labelCount(part)) {
            this.report("zone/bad-rdata", `${mnemonic} label count ${parts[2]} is below the ${labelCount(part)} labels of the signer ${part}`, this.lastTokenSpan());
            return void 0;
          }
          break;
        case "b":
        case "u":
        case "l": {
          const n = this.numberField(`${mnemonic} field`, field === "b" ? 255 : field === "u" ? 65535 : 4294967295);
          if (n >= 0) {
            part = String(n);
            lastNumber = n;
          }
          break;
        }
        case "s": {
          const str = this.stringField(`${mnemonic} string`);
          if (str !== void 0) part = quoteString(str.text, str.latin1);
          break;
        }
        case "q": {
          if (!this.expect(`${mnemonic} target`)) return void 0;
          if (sc.kind !== TOK_QUOTED2) return this.fail("zone/bad-rdata", `${mnemonic} target must be a quoted string: '${this.shown()}'`);
          const str = this.stringField(`${mnemonic} target`, 65535);
          if (str !== void 0) part = quoteString(str.text, str.latin1);
          break;
        }
        case "a":
        case "A":
        case "C":
        case "t":
        case "T":
        case "x":
        case "3":
        case "e":
        case "E":
        case "D":
          if (field === "3") fieldSpan = this.tokenSpan();
          part = this.wordField(mnemonic, field);
          if (part !== void 0 && field === "3") {
            const octets = Math.floor(part.length * 5 / 8);
            const wanted = parts[0] === "1" ? 20 : void 0;
            if (wanted !== void 0 && octets !== wanted || octets > 155 || octets === 0) {
              this.report("zone/bad-rdata", `${mnemonic}: the next hashed owner name has ${octets} octets; ${wanted !== void 0 ? `a SHA-1 hash has ${wanted}` : "a hash has at most 155"}`, fieldSpan);
              return void 0;
            }
          }
          break;
        case "N":
          part = this.nsapField(mnemonic);
          break;
        case "W":
          part = this.wksFields();
          break;
        case "h": {
          const hex = this.hexToEnd(`${mnemonic} data`);
          if (hex === void 0) return void 0;
          const expected = this.digestLength(mnemonic, lastNumber);
          if (expected !== void 0 && hex.length !== expected * 2) {
            this.report("zone/bad-rdata", `${mnemonic} digest type ${lastNumber} needs ${expected} octets, not ${hex.length / 2}`, this.lastTokenSpan());
            return void 0;
          }
          part = chunked(hex.toUpperCase());
          break;
        }
        case "B":
        case "K": {
          if (field === "K" && (Number(parts[0]) & 49152) === 49152 && (sc.kind === TOK_EOL2 || sc.kind === TOK_EOF2)) continue;
          part = this.base64ToEnd(mnemonic);
          break;
        }
        case "m":
        case "M":
          part = this.typeBitmap(mnemonic, field === "m");
          if (part === "") continue;
          break;
        case "L":
          part = this.locField();
          break;
        default: {
          const rest = [];
          if (i === 0 && mnemonic !== "APL" && !this.expect(`${mnemonic} data`)) return void 0;
          while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
            const raw = text.slice(sc.start, sc.end);
            rest.push(sc.kind === TOK_QUOTED2 ? '"' + raw + '"' : raw);
            sc.next();
          }
          if (rest.length === 0) continue;
          part = rest.join(" ");
        }
      }
      if (part === void 0) return void 0;
      parts.push(part);
    }
    const data = { text: parts.join(" ") };
    return data;
  }
  /** NSAP (RFC 1706): `0x` and hex digits, dots between them allowed, whole octets; printed `0x` and the hex. */
  nsapField(mnemonic) {
    const sc = this.sc;
    if (!this.expect(`${mnemonic} address`)) return void 0;
    const token = this.text.slice(sc.start, sc.end);
    const hex = token.slice(2).replace(/\./g, "");
    if (sc.kind !== TOK_WORD2 || !/^0x/i.test(token) || !/^[0-9a-f.]*$/i.test(token.slice(2)) || hex.length === 0 || hex.length % 2 !== 0) {
      return this.fail("zone/bad-rdata", `${mnemonic}: bad address '${this.shown()}' (0x and whole octets of hex digits, dots allowed between them)`);
    }
    sc.next();
    return `0x${hex.toLowerCase()}`;
  }
  /**
   * WKS (RFC 1035 3.4.2): an IPv4 address, a protocol and the services, each a number or a
   * well-known name; printed as numbers, services sorted, as BIND prints them. A name not in
   * the table (the server reads its system's services database) keeps the record as written.
   */
  wksFields() {
    const sc = this.sc;
    if (!this.expect("WKS address")) return void 0;
    if (!isIPv4(this.text, sc.start, sc.end)) return this.fail("zone/bad-address", `bad IPv4 address '${this.shown()}'`);
    const address = this.text.slice(sc.start, sc.end);
    sc.next();
    if (!this.expect("WKS protocol")) return void 0;
    const protocolText = this.text.slice(sc.start, sc.end).toLowerCase();
    const protocol = /^\d+$/.test(protocolText) ? Number(protocolText) : WKS_PROTOCOLS[protocolText];
    if (protocol === void 0 || protocol > 255) return this.fail("zone/bad-rdata", `WKS: unknown protocol '${this.shown()}'`);
    sc.next();
    const written = [];
    const ports = /* @__PURE__ */ new Set();
    let allKnown = true;
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      const service = this.text.slice(sc.start, sc.end);
      written.push(service);
      const port = /^\d+$/.test(service) ? Number(service) : WKS_SERVICES[service.toLowerCase()];
      if (port !== void 0 && port > 65535) return this.fail("zone/bad-rdata", `WKS: port '${this.shown()}' is out of range (0-65535)`);
      if (port === void 0) allKnown = false;
      else ports.add(port);
      sc.next();
    }
    if (!allKnown) return [address, protocolText, ...written].join(" ");
    return [address, String(protocol), ...[...ports].sort((a, b) => a - b).map(String)].join(" ");
  }
  digestLength(mnemonic, digestType) {
    if (mnemonic === "SSHFP") return SSHFP_DIGEST_LENGTHS[digestType];
    if (mnemonic === "ZONEMD") return ZONEMD_DIGEST_LENGTHS[digestType];
    if (mnemonic === "DS" || mnemonic === "CDS" || mnemonic === "TA" || mnemonic === "DLV") {
      return DS_DIGEST_LENGTHS[digestType];
    }
    return void 0;
  }
  lastTokenSpan() {
    const sc = this.sc;
    return { line: sc.lastEndLine, column: sc.lastEndColumn - 1, endLine: sc.lastEndLine, endColumn: sc.lastEndColumn };
  }
  /** One-token fields: mnemonics, times, salt, base32hex, EUI. Undefined after an error. */
  wordField(mnemonic, field) {
    const sc = this.sc;
    if (!this.expect(`${mnemonic} data`)) return void 0;
    if (sc.kind === TOK_QUOTED2) return this.fail("zone/bad-rdata", `unexpected quoted string "${this.shown()}" in ${mnemonic} data`);
    const token = this.text.slice(sc.start, sc.end);
    let part;
    let problem = "";
    switch (field) {
      case "a":
      case "A": {
        const n = readAlgorithm(token);
        if (n >= 0) part = field === "a" ? String(n) : algorithmText(n);
        else problem = n === -2 ? `algorithm '${token}' is out of range (0-255)` : `unknown algorithm '${token}'`;
        break;
      }
      case "C": {
        const n = readCertType(token);
        if (n >= 0) part = certTypeText(n);
        else problem = n === -2 ? `certificate type '${token}' is out of range (0-65535)` : `unknown certificate type '${token}'`;
        break;
      }
      case "t": {
        const code = typeCode(token.toUpperCase());
        if (code !== void 0) part = typeName(code);
        else problem = `unknown type covered '${token}'`;
        break;
      }
      case "T":
        part = readSignatureTime(token);
        problem = `bad time '${token}' (YYYYMMDDHHMMSS or seconds since 1970)`;
        break;
      case "x":
        if (token === "-") part = "-";
        else if (token.length <= 510 && token.length % 2 === 0 && /^[0-9A-Fa-f]+$/.test(token)) part = token.toUpperCase();
        problem = `bad hex encoding in salt '${this.shown()}' (hex digits, or - for none)`;
        break;
      case "D": {
        const n = token.toUpperCase() === "NOTIFY" ? 1 : readUnsigned(token, 0, token.length, 255);
        if (n >= 0) part = n === 1 ? "NOTIFY" : String(n);
        problem = `bad scheme '${token}' (0-255 or NOTIFY)`;
        break;
      }
      case "3":
        if (isBase32Hex(token)) part = token.toUpperCase();
        problem = `bad base32 encoding '${this.shown()}' (base32hex without padding)`;
        break;
      default:
        part = readEui(token, field === "e" ? 6 : 8);
        problem = `bad EUI '${this.shown()}' (${field === "e" ? 6 : 8} groups of two hex digits joined by -)`;
    }
    if (part === void 0) return this.fail("zone/bad-rdata", `${mnemonic}: ${problem}`);
    sc.next();
    return part;
  }
  /** Base64 from the current token to the end of the data, joined and checked as a whole. */
  base64ToEnd(mnemonic) {
    const sc = this.sc;
    if (!this.expect(`${mnemonic} base64 data (unexpected end of input)`)) return void 0;
    let b64 = "";
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      if (sc.kind === TOK_QUOTED2 || !/^[A-Za-z0-9+/=]+$/.test(this.text.slice(sc.start, sc.end))) {
        return this.fail("zone/bad-rdata", `${mnemonic}: bad base64 '${this.shown()}'`);
      }
      b64 += this.text.slice(sc.start, sc.end);
      sc.next();
    }
    if (!isBase64(b64)) {
      this.report("zone/bad-rdata", `${mnemonic}: bad base64 encoding (whole groups of four, padding only at the end)`, this.lastTokenSpan());
      return void 0;
    }
    return chunked(b64);
  }
  /** Type mnemonics to the end, printed in code order without repeats (BIND stores a bitmap). */
  typeBitmap(mnemonic, required) {
    const sc = this.sc;
    if (required && !this.expect(`${mnemonic} type list (unexpected end of input)`)) return void 0;
    const codes = /* @__PURE__ */ new Set();
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      const code = sc.kind === TOK_WORD2 ? typeCode(this.text.slice(sc.start, sc.end).toUpperCase()) : void 0;
      if (code === void 0) return this.fail("zone/bad-rdata", `${mnemonic}: unknown type '${this.shown()}' in the type list`);
      codes.add(code);
      sc.next();
    }
    return [...codes].sort((x, y) => x - y).map(typeName).join(" ");
  }
  locField() {
    const sc = this.sc;
    if (!this.expect("LOC data")) return void 0;
    const firstSpan = this.tokenSpan();
    const tokens = [];
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      tokens.push(this.text.slice(sc.start, sc.end));
      sc.next();
    }
    const loc = readLoc(tokens);
    if ("error" in loc) {
      this.report("zone/bad-rdata", `bad LOC data: ${loc.error}`, firstSpan);
      return void 0;
    }
    return loc.text;
  }
};
var OBSOLETE_TYPES = { 3: "RFC 973: use MX", 4: "RFC 973: use MX" };
var WITHOUT_TEXT_FORM = /* @__PURE__ */ new Set([10, 100, 101, 102, 103, 263, 264]);
var KNOWN_BY_BIND = /* @__PURE__ */ new Set([
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  11,
  12,
  13,
  14,
  15,
  16,
  17,
  18,
  19,
  20,
  21,
  22,
  23,
  24,
  25,
  26,
  27,
  28,
  29,
  30,
  31,
  32,
  33,
  34,
  35,
  36,
  37,
  38,
  39,
  40,
  42,
  43,
  44,
  45,
  46,
  47,
  48,
  49,
  50,
  51,
  52,
  53,
  55,
  56,
  57,
  58,
  59,
  60,
  61,
  62,
  63,
  64,
  65,
  66,
  67,
  68,
  99,
  104,
  105,
  106,
  107,
  108,
  109,
  256,
  257,
  258,
  259,
  260,
  261,
  262,
  32768,
  32769,
  65533
]);
function hasTextForm(type) {
  return KNOWN_BY_BIND.has(type) && !WITHOUT_TEXT_FORM.has(type);
}
var WKS_PROTOCOLS = { icmp: 1, igmp: 2, tcp: 6, udp: 17 };
var WKS_SERVICES = {
  echo: 7,
  discard: 9,
  daytime: 13,
  "ftp-data": 20,
  ftp: 21,
  ssh: 22,
  telnet: 23,
  smtp: 25,
  time: 37,
  nameserver: 42,
  whois: 43,
  nicname: 43,
  domain: 53,
  bootps: 67,
  bootpc: 68,
  tftp: 69,
  gopher: 70,
  finger: 79,
  http: 80,
  www: 80,
  kerberos: 88,
  pop3: 110,
  sunrpc: 111,
  auth: 113,
  nntp: 119,
  ntp: 123,
  netbios: 137,
  imap: 143,
  snmp: 161,
  ldap: 389,
  https: 443,
  smtps: 465,
  syslog: 514,
  submission: 587,
  ldaps: 636,
  imaps: 993,
  pop3s: 995,
  sip: 5060,
  sips: 5061
};
var SERVER_SPECIFIC_TYPES = {
  LUA: "PowerDNS",
  ALIAS: "PowerDNS"
};
function classify(text, start, end) {
  const len = end - start;
  const c0 = text.charCodeAt(start) | 32;
  switch (len) {
    case 1:
      if (c0 === 97) return 1;
      break;
    case 2: {
      const c1 = text.charCodeAt(start + 1) | 32;
      if (c0 === 105 && c1 === 110) return CLASS_BASE + 1;
      if (c0 === 110 && c1 === 115) return 2;
      if (c0 === 109 && c1 === 120) return 15;
      break;
    }
    case 3: {
      const c1 = text.charCodeAt(start + 1) | 32;
      const c2 = text.charCodeAt(start + 2) | 32;
      if (c0 === 116 && c1 === 120 && c2 === 116) return 16;
      if (c0 === 115 && c1 === 114 && c2 === 118) return 33;
      if (c0 === 112 && c1 === 116 && c2 === 114) return 12;
      break;
    }
    case 4:
      if (c0 === 97 && (text.charCodeAt(start + 1) | 32) === 97 && (text.charCodeAt(start + 2) | 32) === 97 && (text.charCodeAt(start + 3) | 32) === 97) return 28;
      break;
    case 5:
      if (c0 === 99 && (text.charCodeAt(start + 1) | 32) === 110 && (text.charCodeAt(start + 2) | 32) === 97 && (text.charCodeAt(start + 3) | 32) === 109 && (text.charCodeAt(start + 4) | 32) === 101) {
        return 5;
      }
      break;
  }
  if (len > 12) return -1;
  const upper = text.slice(start, end).toUpperCase();
  const type = typeCode(upper);
  if (type !== void 0) return type;
  const cls = classCode(upper);
  if (cls !== void 0) return CLASS_BASE + cls;
  return -1;
}
function checkSvcbValue(n, value) {
  switch (n) {
    case 0: {
      if (!value) return { error: "mandatory needs a list of keys" };
      const keys = [];
      for (const k of value.split(",")) {
        const m = svcbKeyNumber(k.toLowerCase());
        if (m < 0 || m === 0) return { error: `bad key '${k}' in mandatory` };
        if (keys.includes(m)) return { error: `key '${k}' repeated in mandatory` };
        keys.push(m);
      }
      keys.sort((a, b) => a - b);
      return keys.map((k) => SVCB_KEY_NAMES[k] ?? `key${k}`).join(",");
    }
    case 1:
      if (!value || value.split(",").some((id) => id === "")) return { error: "alpn needs a list of protocol ids" };
      return value;
    case 2:
      if (value !== void 0 && value !== "") return { error: "no-default-alpn takes no value" };
      return void 0;
    case 3: {
      if (value === void 0) return { error: "port needs a value" };
      const port = readUnsigned(value, 0, value.length, 65535);
      if (port < 0) return { error: `bad port '${value}'` };
      return String(port);
    }
    case 4: {
      if (!value) return { error: "ipv4hint needs addresses" };
      for (const a of value.split(",")) if (!isIPv4(a, 0, a.length)) return { error: `bad IPv4 address '${a}'` };
      return value;
    }
    case 5:
      if (!value || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return { error: "ech needs base64 data" };
      return value;
    case 6: {
      if (!value) return { error: "ipv6hint needs addresses" };
      const out = [];
      for (const a of value.split(",")) {
        const c = canonicalIPv6(a, 0, a.length);
        if (c === void 0) return { error: `bad IPv6 address '${a}'` };
        out.push(c);
      }
      return out.join(",");
    }
    default:
      return value === "" ? void 0 : value;
  }
}
function dumpDateProblem(text) {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return "is not YYYYMMDDHHMMSS";
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === void 0 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return "is not a valid date";
  const seconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1e3;
  if (seconds < 0 || seconds > 4294967295) return "is outside the 32-bit time range";
  return void 0;
}
function templateText(text, start, end, quoted) {
  const raw = text.slice(start, end);
  return quoted ? raw.replace(/\\"/g, '"') : raw;
}
function labelCount(name) {
  if (name === ".") return 0;
  let labels = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 46) labels++;
  }
  return labels;
}
function isInZone(name, apex) {
  if (apex === ".") return true;
  const extra = name.length - apex.length;
  if (extra === 0) return name === apex;
  if (extra < 2 || !name.endsWith(apex) || name.charCodeAt(extra - 1) !== 46) return false;
  let backslashes = 0;
  for (let i = extra - 2; i >= 0 && name.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0;
}
function canonicalOrigin(origin) {
  const absolute = origin.endsWith(".") ? origin : origin + ".";
  const name = readName(absolute, 0, absolute.length, absolute.includes("\\"), void 0);
  return typeof name === "string" ? name : void 0;
}
var VIEW_COMMENT = /^[ \t]*;[ \t]*uclint-view:[ \t]*(internal|external)\b/im;
function viewOf(text, options) {
  const fallback = { view: options.view ?? "unknown", viewSource: options.viewSource ?? (options.view ? "config" : "none") };
  if (options.viewSource === "config" || options.viewSource === "named-conf") return fallback;
  let end = 0;
  for (let lines = 0; lines < 10 && end < text.length && end < 4096; lines++) {
    const nl = text.indexOf("\n", end);
    end = nl < 0 ? text.length : nl + 1;
  }
  const m = VIEW_COMMENT.exec(text.slice(0, end));
  if (m) return { view: m[1].toLowerCase(), viewSource: "comment" };
  return fallback;
}
function fileRange(file, text, scanEnd) {
  let line;
  let lineStart;
  if (scanEnd !== void 0) {
    line = scanEnd.line;
    lineStart = scanEnd.lineStart;
  } else {
    line = 1;
    lineStart = text.charCodeAt(0) === 65279 ? 1 : 0;
    for (let i = lineStart; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        line++;
        lineStart = i + 1;
      }
    }
  }
  if (lineStart === text.length && line > 1) {
    let end = text.length;
    if (text.charCodeAt(end - 1) === 10) end--;
    if (text.charCodeAt(end - 1) === 13) end--;
    let start = end;
    while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
    if (start === 0 && text.charCodeAt(0) === 65279) start = 1;
    return { file, line: 1, column: 1, endLine: line - 1, endColumn: end - start + 1 };
  }
  return { file, line: 1, column: 1, endLine: line, endColumn: text.length - lineStart + 1 };
}
function lineEstimate(text) {
  const SAMPLE = 1 << 20;
  const end = text.length <= 4 * SAMPLE ? text.length : SAMPLE;
  let count = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) count++;
  return end === text.length ? count : Math.ceil(count * text.length * 1.1 / end);
}

// src/formats/zone/loader.ts
function parseZone(text, options) {
  return parseZoneText(typeof text === "string" ? text : String(text), options);
}

export {
  parseZone
};
