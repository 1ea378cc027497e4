import { readFileSync } from 'node:fs';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be';

/**
 * A file's text, decoded by its byte-order mark: UTF-16 (little or big endian) when it
 * starts with one, else UTF-8 (a UTF-8 mark is left for the loader, which skips it).
 * Registry exports are UTF-16 by default; other formats may arrive that way from
 * Windows editors, and reading them as UTF-8 would turn every line into noise.
 */
export function readTextFile(file: string): { text: string; encoding: TextEncoding } {
  const bytes = readFileSync(file);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Node has no UTF-16BE decoder: swap each pair of bytes into little endian (a
    // truncated odd last byte cannot be a character and is dropped).
    const pairs = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
    return { text: Buffer.from(pairs).swap16().toString('utf16le'), encoding: 'utf16be' };
  }
  return { text: bytes.toString('utf8'), encoding: 'utf8' };
}
