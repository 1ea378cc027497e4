/** Text decoded from bytes as uclint reads every text file: by its byte-order mark, or as UTF-16LE by its NUL bytes, else UTF-8. */

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be';

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

/**
 * The head of a file as text, decoded as the whole file will be: UTF-16 by its byte-order mark
 * (either order) or UTF-16LE without one, else UTF-8 without its mark.
 */
export function headText(head: Buffer): string {
  const { text } = decodeText(head);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Text files hold no NUL; UTF-16 text does, so only the UTF-8 reading counts. */
export function looksBinary(head: Buffer): boolean {
  return decodeText(head).encoding === 'utf8' && head.includes(0);
}
