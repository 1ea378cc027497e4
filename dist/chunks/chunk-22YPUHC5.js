import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  AddressSet,
  parseAddressSpec
} from "./chunk-EYJA5AHZ.js";
import {
  fileTooLarge,
  lineTooLong,
  thousands
} from "./chunk-35JCERCI.js";

// src/formats/shared/line-text.ts
var DEFAULT_LINE_TEXT_LIMITS = {
  maxFileBytes: 16 * 1024 * 1024,
  maxLineLength: 1024 * 1024,
  maxEntries: 1e5
};
var LineTextReader = class {
  constructor(file, format, limits = {}) {
    this.file = file;
    this.format = format;
    this.limits = { ...DEFAULT_LINE_TEXT_LIMITS, ...limits };
  }
  file;
  format;
  diagnostics = [];
  limits;
  entries = 0;
  /**
   * The lines of the text (LF, CRLF or CR), a leading byte-order mark dropped. Lines over the
   * bound are reported and come back empty, so numbering stays exact; `undefined` when the whole
   * file is over its bound (reported).
   */
  lines(text) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > this.limits.maxFileBytes) {
      this.report("file-too-large", fileTooLarge(bytes, this.limits.maxFileBytes), 1, 0, 0);
      return void 0;
    }
    const { lines, starts } = splitLines(text, text.charCodeAt(0) === 65279 ? 1 : 0);
    return lines.map((line, i) => {
      if (line.length <= this.limits.maxLineLength) return { number: i + 1, text: line, offset: starts[i] };
      this.report("line-too-long", lineTooLong(this.limits.maxLineLength), i + 1, 0, 1);
      return { number: i + 1, text: "", offset: starts[i] };
    });
  }
  /** Counts one entry; false (reported once, at the entry) when it is over the bound and reading should stop. */
  entry(line, start, end) {
    if (++this.entries <= this.limits.maxEntries) return true;
    this.report("too-many-entries", `more than ${thousands(this.limits.maxEntries)} entries; the rest of the file is not read`, line, start, end);
    return false;
  }
  /** A diagnostic `<format>/<code>` over column indexes [start, end) of the line (at least one column wide). */
  report(code, message, line, start, end, severity = "error") {
    this.diagnostics.push({ ...this.range(line, start, end), severity, message, code: `${this.format}/${code}` });
  }
  /** The range of column indexes [start, end) of a line, 1-based, at least one column wide. */
  range(line, start, end) {
    return { file: this.file, line, column: start + 1, endLine: line, endColumn: Math.max(end, start + 1) + 1 };
  }
  /** The range of a whole file of these lines, for the model's file-level node. */
  fileRange(lines) {
    const last = lines[lines.length - 1];
    return { file: this.file, line: 1, column: 1, endLine: last.number, endColumn: last.text.length + 1 };
  }
  /**
   * An address or network value (`10.0.0.0/8`, `2001:db8::1`) read with parseAddressSpec;
   * `undefined` when it is not one (reported at the value, naming the network meant when host
   * bits are set). Ranges `a-b` and `any` are manifest spellings these files do not have.
   */
  address(field, line, what, spec = field.text) {
    const loc = this.range(line, field.start, field.end);
    const parsed = /^any$|-/i.test(spec) ? { error: `'${shown(spec)}' is not an IP address or network (address/prefix)` } : parseAddressSpec(spec);
    if ("error" in parsed) {
      this.report("bad-address", `${what}: ${parsed.error}`, line, field.start, field.end);
      return void 0;
    }
    return { text: field.text, ranges: parsed.ranges, loc };
  }
  /**
   * An interface's address with the prefix of its subnet (WireGuard `Address = 10.8.0.2/24`,
   * OpenVPN `ifconfig 10.8.0.2 255.255.255.0`): host bits are expected there, and the client
   * subnet is the network the address lies in.
   */
  interfaceAddress(field, line, what, spec = field.text) {
    const parsed = parseAddressSpec(spec);
    const network = "error" in parsed && parsed.suggestion ? parseAddressSpec(parsed.suggestion) : void 0;
    if (network && "ranges" in network) return { text: field.text, ranges: network.ranges, loc: this.range(line, field.start, field.end) };
    return this.address(field, line, what, spec);
  }
};
var WHOLE_FAMILY = {
  4: AddressSet.of([{ family: 4, first: 0n, last: (1n << 32n) - 1n }]),
  6: AddressSet.of([{ family: 6, first: 0n, last: (1n << 128n) - 1n }])
};
function fullTunnelAt(include) {
  const covers = (n) => {
    const set = AddressSet.of(include.slice(0, n).flatMap((a) => a.ranges));
    return set.covers(WHOLE_FAMILY[4]) || set.covers(WHOLE_FAMILY[6]);
  };
  if (!covers(include.length)) return void 0;
  let low = 1;
  let high = include.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (covers(mid)) high = mid;
    else low = mid + 1;
  }
  return include[low - 1];
}
function readSafely(format, file, read, fallback) {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const diagnostic = { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: "error", code: `${format}/internal-error`, message: `uclint could not read this file: ${reason}` };
    return { ...fallback(), diagnostics: [diagnostic] };
  }
}
var BLANK = /[ \t]/;
function blankSeparatedFields(line, from = 0, to = line.length) {
  const fields = [];
  let i = from;
  while (i < to) {
    while (i < to && BLANK.test(line[i])) i++;
    const start = i;
    while (i < to && !BLANK.test(line[i])) i++;
    if (i > start) fields.push({ text: line.slice(start, i), start, end: i });
  }
  return fields;
}
function commaSeparatedFields(line, from, to) {
  const fields = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && line[i] !== ",") continue;
    fields.push(trimmed(line, start, i));
    start = i + 1;
  }
  return fields;
}
function trimmed(line, from, to) {
  let start = from;
  let end = to;
  while (start < end && BLANK.test(line[start])) start++;
  while (end > start && BLANK.test(line[end - 1])) end--;
  return { text: line.slice(start, end), start, end };
}
function splitLines(text, from = 0) {
  const lines = [];
  const starts = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 10 && c !== 13) continue;
    lines.push(text.slice(start, i));
    starts.push(start);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return { lines, starts };
}
function shown(text) {
  const cut = text.length > 40 ? text.slice(0, 40) + "..." : text;
  return cut.replace(/[\u0000-\u001f\u007f]/g, (c) => "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0"));
}
function pushDefined(list, item) {
  if (item !== void 0) list.push(item);
}
function baseName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}

export {
  LineTextReader,
  fullTunnelAt,
  readSafely,
  blankSeparatedFields,
  commaSeparatedFields,
  trimmed,
  splitLines,
  shown,
  pushDefined,
  baseName
};
