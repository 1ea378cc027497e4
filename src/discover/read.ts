import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be';

/**
 * A file's text, decoded by its byte-order mark: UTF-16 (little or big endian) when it
 * starts with one, UTF-16LE when it looks like that without one, else UTF-8 (a UTF-8 mark
 * is left for the loader, which skips it).
 * Registry exports are UTF-16 by default; other formats may arrive that way from
 * Windows editors, and reading them as UTF-8 would turn every line into noise.
 */
export function readTextFile(file: string): DecodedText {
  return decodeText(readRegularFile(file));
}

/**
 * The bytes of a file uclint opens by name (a linted file, the config, a baseline), refusing
 * anything but a regular file: reading a FIFO blocks the run forever, a device may never end.
 * Opened without blocking and checked on the open descriptor, so the check is of what is read.
 * Throws like readFileSync; a file of another kind gives the message `not a regular file`.
 */
export function readRegularFile(file: string): Buffer {
  const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(descriptor).isFile()) throw new Error('not a regular file');
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  byteOrderMark: boolean;
}

/** Bytes decoded as `readTextFile` decodes a file (also the head of one, to classify it). */
export function decodeText(bytes: Buffer): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf16le', byteOrderMark: true };
  }
  if (isUtf16leWithoutMark(bytes)) return { text: bytes.toString('utf16le'), encoding: 'utf16le', byteOrderMark: false };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Node has no UTF-16BE decoder: swap each pair of bytes into little endian (a
    // truncated odd last byte cannot be a character and is dropped).
    const pairs = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
    return { text: Buffer.from(pairs).swap16().toString('utf16le'), encoding: 'utf16be', byteOrderMark: true };
  }
  return { text: bytes.toString('utf8'), encoding: 'utf8', byteOrderMark: false };
}

/**
 * UTF-16LE saved without its byte-order mark, as Windows tools do: two ASCII characters,
 * each followed by a NUL byte. No text file in UTF-8 starts that way, and read as UTF-8
 * every line of it would be noise.
 */
export function isUtf16leWithoutMark(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] !== 0 && bytes[0] < 0x80 && bytes[1] === 0 && bytes[2] !== 0 && bytes[2] < 0x80 && bytes[3] === 0;
}
