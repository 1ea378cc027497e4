import { inflateRawSync } from 'node:zlib';
import type { Diagnostic } from '../../core/types.js';
import { thousands } from '../../core/words.js';

/**
 * A ZIP archive read in memory, as `Export-CsConfiguration` writes one (a package whose
 * `DocItemSet.xml` holds the topology): the central directory, then stored and deflated
 * entries on request. Nothing is ever written to disk, and entry names are data: they are
 * compared, never used as paths.
 */
export interface ZipEntry {
  /** The name as the archive records it (forward slashes, as ZIP requires). */
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc32: number;
  /** Offset of the entry's local header in the archive. */
  localHeaderOffset: number;
  directory: boolean;
  encrypted: boolean;
}

export interface ZipArchive {
  file: string;
  bytes: Uint8Array;
  entries: ZipEntry[];
  diagnostics: Diagnostic[];
  limits: ZipLimits;
  /** Bytes inflated from this archive so far, against `maxTotalSize`. */
  inflated: number;
}

/** Bounds of one archive; each one crossed is a diagnostic (`zip/...`). */
export interface ZipLimits {
  /** Bytes of the archive itself. */
  maxArchiveBytes: number;
  /** Entries in the central directory. */
  maxEntries: number;
  /** Bytes of one entry once inflated. */
  maxEntrySize: number;
  /** Bytes inflated from the whole archive. */
  maxTotalSize: number;
  /** Inflated size over compressed size of one entry, past `ratioFloor` bytes (zip bombs reach 1,000 and more). */
  maxRatio: number;
  /** Entries smaller than this once inflated are never refused for their ratio (a run of spaces compresses 1,000:1). */
  ratioFloor: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxArchiveBytes: 64 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntrySize: 64 * 1024 * 1024,
  maxTotalSize: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
};

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads the central directory of `bytes`; diagnostics say what could not be read. */
export function readZip(file: string, bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipArchive {
  const archive: ZipArchive = { file, bytes, entries: [], diagnostics: [], limits: { ...DEFAULT_ZIP_LIMITS, ...limits }, inflated: 0 };
  const report = (code: string, message: string) => archive.diagnostics.push(zipDiagnostic(file, code, message));
  if (bytes.length > archive.limits.maxArchiveBytes) {
    report('zip/too-large', `archive of ${thousands(bytes.length)} bytes is over the bound of ${thousands(archive.limits.maxArchiveBytes)}; not read`);
    return archive;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) {
    report('zip/syntax', 'no end of central directory record: not a ZIP archive, or a truncated one');
    return archive;
  }
  let count = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    if (!zip64) {
      report('zip/syntax', 'ZIP64 end of central directory record missing or unreadable');
      return archive;
    }
    ({ count, directorySize, directoryOffset } = zip64);
  }
  if (count > archive.limits.maxEntries) {
    report('zip/too-many-entries', `${thousands(count)} entries is over the bound of ${thousands(archive.limits.maxEntries)}; not read`);
    return archive;
  }
  if (directoryOffset + directorySize > bytes.length) {
    report('zip/syntax', 'central directory lies past the end of the archive');
    return archive;
  }
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) {
      report('zip/syntax', `central directory entry ${n + 1} of ${count} is unreadable; the rest are not read`);
      break;
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = flags & 0x800 ? new TextDecoder('utf-8').decode(nameBytes) : decodeCp437(nameBytes);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      ({ size, compressedSize, localHeaderOffset } = zip64Sizes(extra, { size, compressedSize, localHeaderOffset }));
    }
    archive.entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize,
      size,
      crc32: view.getUint32(at + 16, true),
      localHeaderOffset,
      directory: name.endsWith('/'),
      encrypted: (flags & 1) !== 0,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return archive;
}

/** The entry named `name`, compared without case and with `\` read as `/` (Windows tools write both). */
export function findZipEntry(archive: ZipArchive, name: string): ZipEntry | undefined {
  const wanted = name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
  return archive.entries.find((entry) => entry.name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase() === wanted);
}

/** The bytes of one entry, inflated within the bounds; a diagnostic (also kept in `archive.diagnostics`) when they cannot be had. */
export function readZipEntry(archive: ZipArchive, entry: ZipEntry): { bytes: Uint8Array } | { diagnostic: Diagnostic } {
  const fail = (code: string, message: string) => {
    const diagnostic = zipDiagnostic(archive.file, code, `${entry.name}: ${message}`);
    archive.diagnostics.push(diagnostic);
    return { diagnostic };
  };
  const { bytes, limits } = archive;
  if (entry.encrypted) return fail('zip/encrypted', 'encrypted entry; not read');
  if (entry.method !== 0 && entry.method !== 8) return fail('zip/unsupported', `compression method ${entry.method} is not read (only stored and deflate)`);
  if (entry.size > limits.maxEntrySize) return fail('zip/too-large', `entry of ${thousands(entry.size)} bytes is over the bound of ${thousands(limits.maxEntrySize)}; not read`);
  if (archive.inflated + entry.size > limits.maxTotalSize) return fail('zip/too-large', `the archive's entries together are over the bound of ${thousands(limits.maxTotalSize)} bytes; not read`);
  if (entry.size > limits.ratioFloor && entry.size > entry.compressedSize * limits.maxRatio) {
    return fail('zip/ratio', `compression ratio over ${limits.maxRatio}:1 (${thousands(entry.size)} bytes from ${thousands(entry.compressedSize)}); not read, as a zip bomb would be`);
  }
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || readUint32(bytes, at) !== LOCAL) return fail('zip/syntax', 'local header missing');
  const dataStart = at + 30 + readUint16(bytes, at + 26) + readUint16(bytes, at + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) return fail('zip/syntax', 'entry data runs past the end of the archive');
  const data = bytes.subarray(dataStart, dataEnd);
  let output: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return fail('zip/syntax', 'stored entry whose sizes differ');
    output = data;
  } else {
    try {
      // One byte more than declared, so an entry that inflates past its declared size is caught.
      output = inflateRawSync(data, { maxOutputLength: Math.max(entry.size + 1, 1) });
    } catch (error) {
      const message = (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? 'inflates past its declared size' : 'deflate data is corrupt';
      return fail('zip/syntax', `${message}; not read`);
    }
    if (output.length !== entry.size) return fail('zip/syntax', `inflates to ${thousands(output.length)} bytes, not the ${thousands(entry.size)} declared; not read`);
  }
  archive.inflated += output.length;
  if (crc32(output) !== entry.crc32) return fail('zip/syntax', 'checksum (CRC-32) does not match; not read');
  return { bytes: output };
}

function zipDiagnostic(file: string, code: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code, message };
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

function readZip64End(view: DataView, eocd: number): { count: number; directorySize: number; directoryOffset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) return undefined;
  const at = Number(view.getBigUint64(locator + 8, true));
  if (!Number.isSafeInteger(at) || at + 56 > view.byteLength || view.getUint32(at, true) !== EOCD64) return undefined;
  const count = Number(view.getBigUint64(at + 32, true));
  const directorySize = Number(view.getBigUint64(at + 40, true));
  const directoryOffset = Number(view.getBigUint64(at + 48, true));
  return [count, directorySize, directoryOffset].every(Number.isSafeInteger) ? { count, directorySize, directoryOffset } : undefined;
}

/** The ZIP64 extended information extra field (id 1) holds, in order, the fields whose 32-bit value is all ones. */
function zip64Sizes(extra: Uint8Array, fields: { size: number; compressedSize: number; localHeaderOffset: number }) {
  const out = { ...fields };
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = readUint16(extra, at);
    const length = readUint16(extra, at + 2);
    if (id === 1) {
      const view = new DataView(extra.buffer, extra.byteOffset + at + 4, Math.min(length, extra.length - at - 4));
      let offset = 0;
      for (const key of ['size', 'compressedSize', 'localHeaderOffset'] as const) {
        if (fields[key] !== 0xffffffff) continue;
        if (offset + 8 > view.byteLength) break;
        out[key] = Number(view.getBigUint64(offset, true));
        offset += 8;
      }
    }
    at += 4 + length;
  }
  return out;
}

function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** Names without the UTF-8 flag are code page 437; the printable ASCII part is the same, the rest is kept as Latin-1 (names are compared, never shown as paths). */
function decodeCp437(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

let crcTable: Int32Array | undefined;

export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
