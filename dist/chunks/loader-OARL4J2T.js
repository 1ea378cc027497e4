import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  thousands
} from "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/registry-pol/loader.ts
var DEFAULT_REGISTRY_POLICY_LIMITS = {
  maxFileBytes: 16 * 1024 * 1024,
  maxEntries: 2e5,
  maxStringUnits: 32767,
  maxDataBytes: 1024 * 1024
};
var HEADER_BYTES = 8;
var VERSION = 1;
var REG_NONE = 0;
var REG_SZ = 1;
var REG_EXPAND_SZ = 2;
var REG_BINARY = 3;
var REG_DWORD = 4;
var REG_DWORD_BIG_ENDIAN = 5;
var REG_MULTI_SZ = 7;
var REG_QWORD = 11;
var OPEN = 91;
var SEMICOLON = 59;
var CLOSE = 93;
function hiveOfPolicyFile(file) {
  const parts = file.split("/");
  const folder = parts.length >= 2 ? parts[parts.length - 2].toLowerCase() : "";
  return folder === "machine" ? "HKEY_LOCAL_MACHINE" : folder === "user" ? "HKEY_CURRENT_USER" : void 0;
}
function readRegistryPolicyFile(bytes, file, limits = {}) {
  try {
    return new PolicyReader(bytes, file, { ...DEFAULT_REGISTRY_POLICY_LIMITS, ...limits }).read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const diagnostic = { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: "error", code: "registry-pol/internal-error", message: `uclint could not read this file: ${reason}` };
    return { diagnostics: [diagnostic] };
  }
}
var PolicyReader = class {
  constructor(bytes, file, limits) {
    this.bytes = bytes;
    this.file = file;
    this.limits = limits;
    this.lineStarts = [0];
    if (bytes.length <= limits.maxFileBytes) {
      for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 10 || bytes[i] === 13 && bytes[i + 1] !== 10) this.lineStarts.push(i + 1);
      }
    }
  }
  bytes;
  file;
  limits;
  diagnostics = [];
  offset = HEADER_BYTES;
  /** The number of the entry being read (1-based), for messages. */
  entry = 1;
  /** Offsets of the bytes that start a line (after CR, LF or CR LF), for positions. */
  lineStarts;
  read() {
    const entries = this.entries();
    const hive = hiveOfPolicyFile(this.file);
    const registry = { file: this.file, source: "registry-pol", values: [], keyDeletions: [] };
    if (hive === void 0) {
      const notes = [];
      if (entries.length > 0) {
        notes.push({
          format: "registry-pol",
          loc: entries[0].loc,
          expression: this.file,
          reason: "is in neither a Machine nor a User folder: which hive its values apply to (HKEY_LOCAL_MACHINE or HKEY_CURRENT_USER) is not known, so they were not read"
        });
      }
      return { nodes: { notes }, diagnostics: this.diagnostics };
    }
    for (const entry of entries) this.place(registry, hive, entry);
    return { nodes: { registry: [registry] }, diagnostics: this.diagnostics };
  }
  /** The entries of the file, up to the first that cannot be read. */
  entries() {
    const { bytes } = this;
    if (bytes.length > this.limits.maxFileBytes) {
      this.report("registry-pol/file-too-large", `the file has ${thousands(bytes.length)} bytes, over the bound of ${thousands(this.limits.maxFileBytes)}; not read`, 0);
      return [];
    }
    if (bytes.length < HEADER_BYTES) {
      this.report("registry-pol/truncated", `the file has ${bytes.length} byte${bytes.length === 1 ? "" : "s"}; a Registry.pol starts with an 8-byte header (PReg and the version)`, 0);
      return [];
    }
    if (!(bytes[0] === 80 && bytes[1] === 82 && bytes[2] === 101 && bytes[3] === 103)) {
      this.report("registry-pol/bad-signature", `the file starts with ${hexBytes(bytes.subarray(0, 4))}, not the signature PReg (50 52 65 67); not a Registry.pol`, 0);
      return [];
    }
    const version = this.dword(4, false);
    if (version !== VERSION) {
      this.report("registry-pol/bad-version", `the file's version is ${version}; Windows writes and reads version 1 only; not read`, 4);
      return [];
    }
    const entries = [];
    while (this.offset < bytes.length) {
      if (entries.length >= this.limits.maxEntries) {
        this.report("registry-pol/too-many-entries", `the file has more than ${thousands(this.limits.maxEntries)} entries; the rest is not read`, this.offset);
        break;
      }
      const entry = this.readEntry();
      if (entry === void 0) break;
      entries.push(entry);
      this.entry++;
    }
    return entries;
  }
  /** `[key;value;type;size;data]` at the offset, or undefined (reported) when it does not have that shape. */
  readEntry() {
    const start = this.offset;
    if (!this.expect(OPEN, "'['")) return void 0;
    const key = this.string("key path");
    if (key === void 0 || !this.expect(SEMICOLON, "';' after the key path")) return void 0;
    const name = this.string("value name");
    if (name === void 0 || !this.expect(SEMICOLON, "';' after the value name")) return void 0;
    if (!this.has(4, "type")) return void 0;
    const type = this.dword(this.offset, false);
    this.offset += 4;
    if (!this.expect(SEMICOLON, "';' after the type")) return void 0;
    if (!this.has(4, "size")) return void 0;
    const size = this.dword(this.offset, false);
    this.offset += 4;
    if (!this.expect(SEMICOLON, "';' after the size")) return void 0;
    if (size > this.limits.maxDataBytes) {
      this.report("registry-pol/data-too-large", `the data of ${key}\\${name} is ${thousands(size)} bytes, over the bound of ${thousands(this.limits.maxDataBytes)}; reading stops`, this.offset - 6);
      return void 0;
    }
    if (this.offset + size > this.bytes.length) {
      this.report("registry-pol/size-beyond-file", `the size of ${key}\\${name}'s data, ${thousands(size)} bytes, goes ${thousands(this.offset + size - this.bytes.length)} bytes beyond the end of the file; reading stops`, this.offset - 6);
      return void 0;
    }
    const data = this.bytes.subarray(this.offset, this.offset + size);
    this.offset += size;
    if (!this.expect(CLOSE, "']' after the data")) return void 0;
    const loc = this.rangeOf(start, this.offset);
    return { key, name, type, data, number: this.entry, offset: start, loc };
  }
  /** Places an entry under its hive: a value, or the deletions its special name asks for. */
  place(registry, hive, entry) {
    const key = entry.key === "" ? hive : `${hive}\\${entry.key.replace(/^\\+|\\+$/g, "")}`;
    const lower = entry.name.toLowerCase();
    const deleted = (name2) => ({ file: this.file, key, name: name2, type: "none", data: new Uint8Array(0), deleted: true, loc: entry.loc });
    if (lower.startsWith("**del.")) {
      registry.values.push(deleted(entry.name.slice("**del.".length)));
      return;
    }
    if (lower === "**delvals." || lower === "**delvals") {
      registry.keyDeletions.push({ file: this.file, key, valuesOnly: true, loc: entry.loc });
      return;
    }
    if (lower === "**deletevalues" || lower === "**deletekeys") {
      const names = utf16Text(entry.data).split(/[;\0]/).filter((name2) => name2.trim() !== "");
      for (const name2 of names) {
        if (lower === "**deletevalues") registry.values.push(deleted(name2));
        else registry.keyDeletions.push({ file: this.file, key: `${key}\\${name2.replace(/^\\+|\\+$/g, "")}`, loc: entry.loc });
      }
      return;
    }
    if (lower.startsWith("**securekey")) return;
    const name = lower.startsWith("**soft.") ? entry.name.slice("**soft.".length) : entry.name;
    if (name === " " && entry.data.length === 0) return;
    const value = this.value(entry, key, name);
    if (value) registry.values.push(value);
  }
  value(entry, key, name) {
    const base = { file: this.file, key, name, loc: entry.loc };
    const { data, type } = entry;
    switch (type) {
      case REG_SZ:
      case REG_EXPAND_SZ:
        this.oddText(entry, name);
        return { ...base, type: type === REG_SZ ? "string" : "expand", data: utf16Text(data).replace(/\0+$/, "") };
      case REG_MULTI_SZ: {
        this.oddText(entry, name);
        const items = utf16Text(data).split("\0");
        while (items.length > 0 && items[items.length - 1] === "") items.pop();
        return { ...base, type: "multi", data: items };
      }
      case REG_DWORD:
      case REG_DWORD_BIG_ENDIAN:
        if (data.length !== 4) return this.badSize(entry, name, "a DWORD", 4);
        return { ...base, type: "dword", data: new DataView(data.buffer, data.byteOffset, 4).getUint32(0, type === REG_DWORD) };
      case REG_QWORD:
        if (data.length !== 8) return this.badSize(entry, name, "a QWORD", 8);
        return { ...base, type: "qword", data: new DataView(data.buffer, data.byteOffset, 8).getBigUint64(0, true) };
      case REG_BINARY:
        return { ...base, type: "binary", data: Uint8Array.from(data) };
      case REG_NONE:
        return { ...base, type: "none", data: Uint8Array.from(data) };
      default:
        return { ...base, type: "other", typeNumber: type, data: Uint8Array.from(data) };
    }
  }
  oddText(entry, name) {
    if (entry.data.length % 2 === 0) return;
    this.report("registry-pol/bad-data", `the text of ${entry.key}\\${name} has an odd number of bytes (${entry.data.length}) for UTF-16; its last byte is ignored`, entry.offset, "warning", entry);
  }
  badSize(entry, name, what, expected) {
    this.report("registry-pol/bad-data", `${entry.key}\\${name} is ${what} of ${entry.data.length} bytes, not ${expected}; the value is not read`, entry.offset, "warning", entry);
    return void 0;
  }
  /** A NUL-terminated UTF-16LE string at the offset, moved past its NUL; undefined (reported) when the file ends first or it is too long. */
  string(what) {
    const { bytes } = this;
    const start = this.offset;
    const max = start + this.limits.maxStringUnits * 2;
    let at = start;
    while (at + 1 < bytes.length && !(bytes[at] === 0 && bytes[at + 1] === 0)) {
      if (at >= max) {
        this.report("registry-pol/string-too-long", `the ${what} is longer than ${thousands(this.limits.maxStringUnits)} UTF-16 code units; reading stops`, start);
        return void 0;
      }
      at += 2;
    }
    if (at + 1 >= bytes.length) {
      const odd = (bytes.length - start) % 2 === 1 ? " (and ends in the middle of a UTF-16 code unit)" : "";
      this.report("registry-pol/truncated", `the file ends inside the ${what}, before its terminating NUL${odd}`, start);
      return void 0;
    }
    this.offset = at + 2;
    return utf16Text(bytes.subarray(start, at));
  }
  /** Moves past one UTF-16LE character, or reports what was found instead. */
  expect(char, what) {
    const { bytes, offset } = this;
    if (offset + 1 < bytes.length && bytes[offset] === char && bytes[offset + 1] === 0) {
      this.offset += 2;
      return true;
    }
    if (offset + 1 >= bytes.length) this.report("registry-pol/truncated", `the file ends where ${what} was expected`, offset);
    else this.report("registry-pol/bad-entry", `expected ${what}, found ${hexBytes(bytes.subarray(offset, offset + 2))}; reading stops (what follows cannot be found again)`, offset);
    return false;
  }
  has(count, what) {
    if (this.offset + count <= this.bytes.length) return true;
    this.report("registry-pol/truncated", `the file ends inside the ${what} of an entry`, this.offset);
    return false;
  }
  dword(offset, bigEndian) {
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + offset, 4).getUint32(0, !bigEndian);
  }
  /** The range of bytes [start, end) as lines and columns. */
  rangeOf(start, end) {
    const from = this.positionOf(start);
    const to = this.positionOf(Math.max(start, end - 1));
    return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 };
  }
  positionOf(offset) {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
  /** A diagnostic at a byte offset (of the entry being read, or of `entry` when given). */
  report(code, message, offset, severity = "error", entry) {
    const at = entry?.loc ?? this.rangeOf(Math.min(offset, Math.max(0, this.bytes.length - 1)), Math.min(offset + 1, this.bytes.length));
    const hex = `byte 0x${offset.toString(16).toUpperCase()}`;
    const where = offset < HEADER_BYTES && entry === void 0 ? `header, ${hex}` : `entry ${entry?.number ?? this.entry}, ${hex}`;
    this.diagnostics.push({ file: this.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, severity, code, message: `${where}: ${message}` });
  }
};
function utf16Text(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength & ~1).toString("utf16le");
}
function hexBytes(bytes) {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join(" ") || "nothing";
}
export {
  DEFAULT_REGISTRY_POLICY_LIMITS,
  hiveOfPolicyFile,
  readRegistryPolicyFile
};
