import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  shown,
  splitLines
} from "./chunk-22YPUHC5.js";
import {
  registryKey
} from "./chunk-BCU5AAAT.js";
import "./chunk-EYJA5AHZ.js";
import {
  detached
} from "./chunk-YJXHKNSU.js";
import "./chunk-4XAWEQ5T.js";
import {
  fileTooLarge,
  lineTooLong,
  thousands
} from "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/registry/decode.ts
function sniffEncoding(bytes) {
  if (bytes.length < 2) return "utf8";
  return bytes[0] === 255 && bytes[1] === 254 || bytes[0] !== 0 && bytes[1] === 0 ? "utf16le" : "utf8";
}
function decodeRegistryBytes(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 2 && buffer[0] === 254 && buffer[1] === 255) {
    return { text: "", encoding: "utf8", problem: { message: "the file is UTF-16 big-endian; regedit writes and reads UTF-16 little-endian (or ANSI for REGEDIT4); not read", offset: 0 } };
  }
  if (sniffEncoding(buffer) === "utf16le") return decodeUtf16le(buffer[0] === 255 && buffer[1] === 254 ? buffer.subarray(2) : buffer);
  const body = buffer.length >= 3 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191 ? buffer.subarray(3) : buffer;
  const text = body.toString("utf8");
  if (isUtf8(body)) return { text, encoding: "utf8" };
  return {
    text,
    encoding: "utf8",
    problem: { message: "bytes that are not UTF-8 (an ANSI export?) are read as U+FFFD; save the file as UTF-8 or UTF-16LE", offset: Math.max(0, text.indexOf("\uFFFD")) }
  };
}
function decodeUtf16le(body) {
  const text = body.subarray(0, body.length & ~1).toString("utf16le");
  if (body.length % 2 === 0) return { text, encoding: "utf16le" };
  return { text, encoding: "utf16le", problem: { message: "the file has an odd number of bytes for UTF-16; its last byte is ignored", offset: text.length } };
}
function isUtf8(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function decodeValueText(bytes, format) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return format === "regedit5" ? buffer.toString("utf16le") : new TextDecoder("windows-1252").decode(buffer);
}

// src/formats/registry/parser.ts
var DEFAULT_REGISTRY_LIMITS = {
  /** Bytes of the file; a larger file is not read. */
  maxFileBytes: 16 * 1024 * 1024,
  /** UTF-16 code units of one line; a longer line is skipped. */
  maxLineLength: 1024 * 1024,
  /** Bytes of one `hex` value, continuation lines included; a larger value is skipped. */
  maxValueBytes: 1024 * 1024,
  /** Values of one file (deletions included); reading stops at the first one over. */
  maxValues: 1e6
};
var HEADERS = { "Windows Registry Editor Version 5.00": "regedit5", REGEDIT4: "regedit4" };
var HIVES = /* @__PURE__ */ new Set(["HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER", "HKEY_CLASSES_ROOT", "HKEY_USERS", "HKEY_CURRENT_CONFIG", "HKEY_PERFORMANCE_DATA", "HKEY_DYN_DATA"]);
var REG_NONE = 0;
var REG_EXPAND_SZ = 2;
var REG_MULTI_SZ = 7;
var REG_QWORD = 11;
var DWORD_PREFIX = /dword:/iy;
var HEX_PREFIX = /hex(?:\(([^)]*)\))?:/iy;
var HEX_BYTE = /^[0-9a-f]{1,2}$/i;
var LOOKS_LIKE_KEY = /^[ \t]*\[-?HKEY_/i;
var RegistryReader = class {
  constructor(bytes, file, limits = {}, comments) {
    this.bytes = bytes;
    this.file = file;
    this.comments = comments;
    this.limits = { ...DEFAULT_REGISTRY_LIMITS, ...limits };
  }
  bytes;
  file;
  comments;
  values = [];
  keyDeletions = [];
  diagnostics = [];
  lines = [];
  /** Offset of each line in the decoded text, for the comments told to the caller. */
  lineStarts = [];
  /** Index of the next line to read. */
  next = 0;
  key = { kind: "none" };
  format = "regedit5";
  encoding = "utf8";
  text = "";
  limits;
  read() {
    const { bytes } = this;
    this.encoding = sniffEncoding(bytes);
    if (bytes.length > this.limits.maxFileBytes) {
      this.report("registry/file-too-large", fileTooLarge(bytes.length, this.limits.maxFileBytes), 1, 1, 1);
      this.format = this.encoding === "utf16le" ? "regedit5" : "regedit4";
      return this.result();
    }
    const decoded = decodeRegistryBytes(bytes);
    this.encoding = decoded.encoding;
    this.text = decoded.text;
    ({ lines: this.lines, starts: this.lineStarts } = splitLines(decoded.text));
    if (decoded.problem) {
      const { line, column } = positionAt(decoded.text, decoded.problem.offset);
      this.report("registry/bad-encoding", decoded.problem.message, line, column, column + 1, decoded.text === "" ? "error" : "warning");
    }
    if (decoded.text === "" && decoded.problem) return this.result();
    if (!this.readHeader()) return this.result();
    this.readBody();
    return this.result();
  }
  result() {
    const registry = { file: this.file, source: "reg-export", format: this.format, encoding: this.encoding, values: this.values, keyDeletions: this.keyDeletions };
    return { registry, diagnostics: this.diagnostics };
  }
  /** Reads line 1; false when the file has no header and nothing else in it looks like an export either. */
  readHeader() {
    const first = this.lines[0];
    const written = first.replace(/[ \t]+$/, "");
    const known = HEADERS[written];
    if (known) {
      this.format = known;
      this.next = 1;
      return true;
    }
    const start = firstNonBlank(first, 0);
    const readable = start === first.length || '[@";'.includes(first[start]);
    const expected = "'Windows Registry Editor Version 5.00' or 'REGEDIT4'";
    if (/^REGEDIT/i.test(written.slice(start))) this.format = "regedit4";
    else if (/^Windows Registry Editor/i.test(written.slice(start))) this.format = "regedit5";
    else this.format = this.encoding === "utf16le" ? "regedit5" : "regedit4";
    this.next = readable ? 0 : 1;
    const goesOn = this.lines.some((line, i) => i >= this.next && LOOKS_LIKE_KEY.test(line));
    const tail = goesOn ? "" : "; nothing in it looks like a registry key, so it is not read";
    if (readable) {
      this.report("registry/missing-header", `the file does not start with a registry header (${expected}); regedit refuses to import it${tail}`, 1, 1, 1);
    } else {
      this.report("registry/unknown-header", `unknown header '${shown(written.slice(start))}'; regedit writes ${expected}${tail}`, 1, start + 1, written.length + 1);
    }
    return goesOn;
  }
  readBody() {
    const { lines } = this;
    while (this.next < lines.length) {
      const line = lines[this.next++];
      const lineNo = this.next;
      if (line.length > this.limits.maxLineLength) {
        this.lineTooLong(lineNo);
        this.skipContinuation(line);
        continue;
      }
      const start = firstNonBlank(line, 0);
      if (start === line.length) continue;
      if (line[start] === ";") {
        const offset = this.lineStarts[this.next - 1];
        this.comments?.(this.file, this.text, offset + start, offset + line.length);
        continue;
      }
      if (line[start] === "[") this.readKey(line, lineNo, start);
      else if (line[start] === '"' || line[start] === "@") {
        if (!this.readValue(line, lineNo, start)) return;
      } else {
        this.report("registry/bad-line", `'${shown(line.slice(start))}' is not a key header, a value or a comment`, lineNo, start + 1, contentEnd(line) + 1);
        this.skipContinuation(line);
      }
    }
  }
  readKey(line, lineNo, start) {
    this.key = { kind: "unreadable" };
    const close = line.lastIndexOf("]");
    if (close < start) {
      this.report("registry/bad-key", "key header: '[' is never closed; the values under it are not read", lineNo, start + 1, contentEnd(line) + 1);
      return;
    }
    const after = firstNonBlank(line, close + 1);
    if (after < line.length) {
      this.report("registry/bad-key", `key header: text after ']' ('${shown(line.slice(after))}'); the values under it are not read`, lineNo, after + 1, contentEnd(line) + 1);
      return;
    }
    const deletion = line[start + 1] === "-";
    const pathStart = start + (deletion ? 2 : 1);
    const path = detached(line.slice(pathStart, close));
    const hive = path.split("\\", 1)[0];
    if (!HIVES.has(hive.toUpperCase())) {
      const full = registryKey(hive);
      const reason = hive === "" ? "the key path has no hive" : HIVES.has(full) ? `regedit does not accept the abbreviation '${hive}'; write ${full}` : `'${shown(hive)}' is not a registry hive (HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, ...)`;
      this.report("registry/unknown-hive", `${reason}; the values under this key are not read`, lineNo, pathStart + 1, pathStart + Math.max(hive.length, 1) + 1);
      return;
    }
    const loc = this.range(lineNo, start + 1, lineNo, close + 2);
    if (deletion) {
      this.keyDeletions.push({ file: this.file, key: path, loc });
      this.key = { kind: "deleted", line: lineNo };
    } else {
      this.key = { kind: "open", path };
    }
  }
  /** Reads one value (and its continuation lines); false when the bound on values stops the file. */
  readValue(line, lineNo, start) {
    let name = "";
    let pos = start + 1;
    if (line[start] === '"') {
      const quoted = readQuoted(line, start);
      if (!quoted) {
        this.report("registry/unterminated-string", `the value name's closing " is missing`, lineNo, start + 1, contentEnd(line) + 1);
        this.skipContinuation(line);
        return true;
      }
      name = detached(quoted.text);
      pos = quoted.end;
    }
    pos = firstNonBlank(line, pos);
    if (line[pos] !== "=") {
      this.report("registry/bad-value", `expected '=' after the value name, found ${pos < line.length ? `'${shown(line.slice(pos))}'` : "the end of the line"}`, lineNo, pos + 1, Math.max(contentEnd(line), pos + 1) + 1);
      this.skipContinuation(line);
      return true;
    }
    const data = this.readData(line, lineNo, firstNonBlank(line, pos + 1));
    if (!data) return true;
    const shownName = name === "" ? "@ (the default value)" : `'${shown(name)}'`;
    switch (this.key.kind) {
      case "none":
        this.report("registry/value-without-key", `value ${shownName} comes before any key header; regedit would not know where to write it`, lineNo, start + 1, data.endColumn, "error", data.endLine);
        return true;
      case "deleted":
        this.report("registry/value-without-key", `value ${shownName} follows the key deletion on line ${this.key.line}; a deleted key takes no values`, lineNo, start + 1, data.endColumn, "warning", data.endLine);
        return true;
      case "unreadable":
        return true;
    }
    if (this.values.length >= this.limits.maxValues) {
      this.report("registry/too-many-values", `more than ${thousands(this.limits.maxValues)} values; the rest of the file is not read`, lineNo, start + 1, data.endColumn, "error", data.endLine);
      return false;
    }
    const { endLine, endColumn, ...value } = data;
    this.values.push({ file: this.file, key: this.key.path, name, ...value, loc: this.range(lineNo, start + 1, endLine, endColumn) });
    return true;
  }
  /** The data after `=`, from column index `at`; undefined when it is malformed (reported, continuation lines consumed). */
  readData(line, lineNo, at) {
    const single = (data) => ({ ...data, endLine: lineNo, endColumn: contentEnd(line) + 1 });
    if (line[at] === "-" && firstNonBlank(line, at + 1) === line.length) {
      return single({ type: "none", data: new Uint8Array(0), deleted: true });
    }
    if (line[at] === '"') {
      const quoted = readQuoted(line, at);
      if (!quoted) return this.failValue("registry/unterminated-string", `the string's closing " is missing`, line, lineNo, at);
      const after = firstNonBlank(line, quoted.end);
      if (after < line.length) return this.failValue("registry/bad-value", `text after the string: '${shown(line.slice(after))}'`, line, lineNo, after);
      return single({ type: "string", data: detached(quoted.text) });
    }
    DWORD_PREFIX.lastIndex = at;
    if (DWORD_PREFIX.test(line)) return this.readDword(line, lineNo, at + "dword:".length);
    HEX_PREFIX.lastIndex = at;
    const hex = HEX_PREFIX.exec(line);
    if (!hex) {
      const what = at < line.length ? `unknown value type '${shown(line.slice(at))}'` : "no data after '='";
      return this.failValue("registry/bad-value", `${what}; a value is "text", dword:, hex:, hex(n): or - (deletion)`, line, lineNo, at);
    }
    let typeNumber;
    if (hex[1] !== void 0) {
      if (!/^[0-9a-f]{1,8}$/i.test(hex[1])) return this.failValue("registry/bad-type", `'${shown(hex[1])}' is not a value type (hexadecimal, at most 8 digits)`, line, lineNo, at + 4);
      typeNumber = parseInt(hex[1], 16);
    }
    const list = this.readHexList(line, lineNo, at + hex[0].length);
    if (!list) return void 0;
    const { bytes, endLine, endColumn } = list;
    const span = { endLine, endColumn };
    if (typeNumber === void 0) return { type: "binary", data: bytes, ...span };
    if (typeNumber === REG_NONE) return { type: "none", data: bytes, ...span };
    if (typeNumber === REG_EXPAND_SZ || typeNumber === REG_MULTI_SZ) {
      if (this.format === "regedit5" && bytes.length % 2 !== 0) {
        this.report("registry/bad-utf16", `hex(${hex[1]}) holds ${bytes.length} bytes, an odd number for UTF-16 text`, lineNo, at + 1, at + hex[0].length + 1);
        return void 0;
      }
      const text = decodeValueText(bytes, this.format);
      if (typeNumber === REG_EXPAND_SZ) return { type: "expand", data: text.endsWith("\0") ? text.slice(0, -1) : text, ...span };
      return { type: "multi", data: multiString(text), ...span };
    }
    if (typeNumber === REG_QWORD) {
      if (bytes.length !== 8) {
        this.report("registry/bad-qword", `hex(${hex[1]}) (QWORD) holds ${bytes.length} bytes, not 8`, lineNo, at + 1, at + hex[0].length + 1);
        return void 0;
      }
      return { type: "qword", data: new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true), ...span };
    }
    return { type: "other", data: bytes, typeNumber, ...span };
  }
  readDword(line, lineNo, digitsStart) {
    let end = digitsStart;
    while (end < line.length && isHexDigit(line.charCodeAt(end))) end++;
    const after = firstNonBlank(line, end);
    if (after < line.length) {
      const what = after === end ? `'${shown(line.slice(end, end + 1))}' is not a hexadecimal digit` : `text after the number: '${shown(line.slice(after))}'`;
      return this.failValue("registry/bad-dword", `dword: ${what}`, line, lineNo, after);
    }
    if (end === digitsStart) return this.failValue("registry/bad-dword", "dword: has no hexadecimal digits", line, lineNo, digitsStart);
    if (end - digitsStart > 8) {
      return this.failValue("registry/bad-dword", `dword: ${end - digitsStart} hexadecimal digits are out of range; a DWORD has at most 8 (ffffffff)`, line, lineNo, digitsStart);
    }
    return { type: "dword", data: parseInt(line.slice(digitsStart, end), 16), endLine: lineNo, endColumn: contentEnd(line) + 1 };
  }
  /**
   * The comma-separated bytes from column index `from` on, across lines ending in `\`.
   * After a problem the rest of the value's lines are consumed without looking at them.
   */
  readHexList(line, lineNo, from) {
    const bytes = [];
    let failed = false;
    let segment = line;
    let segmentNo = lineNo;
    let p = from;
    let endLine = lineNo;
    let endColumn = contentEnd(line) + 1;
    for (; ; ) {
      let end = contentEnd(segment);
      const continued = end > p && segment[end - 1] === "\\";
      if (end > 0) {
        endLine = segmentNo;
        endColumn = end + 1;
      }
      if (continued) end--;
      while (!failed && p < end) {
        p = firstNonBlank(segment, p);
        if (p >= end) break;
        let comma = segment.indexOf(",", p);
        if (comma < 0 || comma > end) comma = end;
        const token = segment.slice(p, contentEnd(segment, comma));
        if (!HEX_BYTE.test(token)) {
          const what = token === "" ? "a byte is missing between commas" : `'${shown(token)}' is not a hexadecimal byte`;
          this.report("registry/bad-hex", what, segmentNo, p + 1, p + Math.max(token.length, 1) + 1);
          failed = true;
        } else if (bytes.length >= this.limits.maxValueBytes) {
          this.report("registry/value-too-large", `the value has more than ${thousands(this.limits.maxValueBytes)} bytes; it is not read`, segmentNo, p + 1, p + token.length + 1);
          failed = true;
        } else {
          bytes.push(parseInt(token, 16));
        }
        p = comma + 1;
      }
      if (!continued) break;
      if (this.next >= this.lines.length) {
        this.report("registry/unterminated-continuation", "the value ends with '\\' but the file ends there", segmentNo, end + 1, end + 2, "warning");
        break;
      }
      segment = this.lines[this.next++];
      segmentNo = this.next;
      p = 0;
      if (segment.length > this.limits.maxLineLength) {
        if (!failed) this.lineTooLong(segmentNo);
        failed = true;
      }
    }
    return failed ? void 0 : { bytes: Uint8Array.from(bytes), endLine, endColumn };
  }
  /** Reports a malformed value at column index `at` of its first line and consumes its continuation lines. */
  failValue(code, message, line, lineNo, at) {
    this.report(code, message, lineNo, at + 1, Math.max(contentEnd(line), at + 1) + 1);
    this.skipContinuation(line);
    return void 0;
  }
  lineTooLong(lineNo) {
    this.report("registry/line-too-long", lineTooLong(this.limits.maxLineLength), lineNo, 1, 2);
  }
  /** A value line that failed may still continue with `\`: its following lines belong to it, not to the file's structure. */
  skipContinuation(line) {
    let current = line;
    while (current[contentEnd(current) - 1] === "\\" && this.next < this.lines.length) current = this.lines[this.next++];
  }
  range(line, column, endLine, endColumn) {
    return { file: this.file, line, column, endLine, endColumn };
  }
  report(code, message, line, column, endColumn, severity = "error", endLine = line) {
    this.diagnostics.push({ ...this.range(line, column, endLine, endColumn), severity, message, code });
  }
};
function readQuoted(line, start) {
  let text = "";
  let chunk = start + 1;
  for (let i = chunk; i < line.length; i++) {
    const c = line[i];
    if (c === '"') return { text: text + line.slice(chunk, i), end: i + 1 };
    if (c === "\\" && (line[i + 1] === "\\" || line[i + 1] === '"')) {
      text += line.slice(chunk, i) + line[i + 1];
      chunk = ++i + 1;
    }
  }
  return void 0;
}
function multiString(text) {
  let body = text.endsWith("\0") ? text.slice(0, -1) : text;
  if (body.endsWith("\0")) body = body.slice(0, -1);
  return body === "" ? [] : body.split("\0");
}
function firstNonBlank(line, from) {
  let i = from;
  while (i < line.length && (line[i] === " " || line[i] === "	")) i++;
  return i;
}
function contentEnd(line, before = line.length) {
  let end = before;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) end--;
  return end;
}
function isHexDigit(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function positionAt(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r" && text[i + 1] !== "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// src/formats/registry/loader.ts
function parseRegistryFile(bytes, file, limits, comments) {
  try {
    return new RegistryReader(bytes, file, limits, comments).read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const registry = { file, source: "reg-export", format: "regedit5", encoding: "utf8", values: [], keyDeletions: [] };
    const diagnostic = { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: "error", code: "registry/internal-error", message: `uclint could not read this file: ${reason}` };
    return { registry, diagnostics: [diagnostic] };
  }
}
export {
  DEFAULT_REGISTRY_LIMITS,
  parseRegistryFile
};
