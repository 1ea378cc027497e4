import { decodeText, looksBinary, type DecodedText } from '../core/text.js';
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

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

export { decodeText, type DecodedText, type TextEncoding } from '../core/text.js';

/** True when the head of the file reads as text (a named.conf may name a zone copy in BIND's binary format). */
export function isTextFile(absolute: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    const head = Buffer.alloc(8 * 1024);
    const read = readSync(fd, head, 0, head.length, 0);
    return !looksBinary(head.subarray(0, read));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
