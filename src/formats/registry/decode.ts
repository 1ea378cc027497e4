/** Bytes of a `.reg` file to text: UTF-16LE as regedit 5 writes it, UTF-8 otherwise. */

export interface DecodedRegistryText {
  text: string;
  encoding: 'utf8' | 'utf16le';
  /** What was wrong with the bytes, if anything; the offset is in the decoded text. */
  problem?: { message: string; offset: number };
}

/** The encoding the first bytes announce: a UTF-16LE byte-order mark, or an ASCII character followed by a NUL byte (UTF-16LE saved without its mark). */
export function sniffEncoding(bytes: Uint8Array): 'utf8' | 'utf16le' {
  if (bytes.length < 2) return 'utf8';
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] !== 0 && bytes[1] === 0) ? 'utf16le' : 'utf8';
}

export function decodeRegistryBytes(bytes: Uint8Array): DecodedRegistryText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: '', encoding: 'utf8', problem: { message: 'the file is UTF-16 big-endian; regedit writes and reads UTF-16 little-endian (or ANSI for REGEDIT4); not read', offset: 0 } };
  }
  if (sniffEncoding(buffer) === 'utf16le') return decodeUtf16le(buffer[0] === 0xff && buffer[1] === 0xfe ? buffer.subarray(2) : buffer);
  const body = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  const text = body.toString('utf8');
  if (isUtf8(body)) return { text, encoding: 'utf8' };
  return {
    text,
    encoding: 'utf8',
    problem: { message: 'bytes that are not UTF-8 (an ANSI export?) are read as U+FFFD; save the file as UTF-8 or UTF-16LE', offset: Math.max(0, text.indexOf('\ufffd')) },
  };
}

function decodeUtf16le(body: Buffer): DecodedRegistryText {
  // Node's decoder keeps unpaired surrogates as they are, so every code unit of the file keeps its column.
  const text = body.subarray(0, body.length & ~1).toString('utf16le');
  if (body.length % 2 === 0) return { text, encoding: 'utf16le' };
  return { text, encoding: 'utf16le', problem: { message: 'the file has an odd number of bytes for UTF-16; its last byte is ignored', offset: text.length } };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Text of REG_EXPAND_SZ/REG_MULTI_SZ bytes: UTF-16LE in regedit 5 exports, the ANSI code page (Windows-1252 here) in REGEDIT4 ones. */
export function decodeValueText(bytes: Uint8Array, format: 'regedit5' | 'regedit4'): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return format === 'regedit5' ? buffer.toString('utf16le') : new TextDecoder('windows-1252').decode(buffer);
}
