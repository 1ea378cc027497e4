/** Registry.pol (PReg) bytes written by tests: the header, then `[key;value;type;size;data]` entries in UTF-16LE. */

export const REG_SZ = 1;
export const REG_EXPAND_SZ = 2;
export const REG_BINARY = 3;
export const REG_DWORD = 4;
export const REG_DWORD_BIG_ENDIAN = 5;
export const REG_MULTI_SZ = 7;
export const REG_QWORD = 11;

export interface PolEntry {
  key: string;
  name: string;
  type: number;
  /** Data as bytes, or a DWORD, or text (UTF-16LE with its NUL), or a list of texts (REG_MULTI_SZ). */
  data: Uint8Array | number | string | string[];
  /** Overrides the size field (a size beyond the file). */
  size?: number;
}

const utf16 = (text: string) => Buffer.from(text, 'utf16le');
const dword = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value >>> 0);
  return bytes;
};

export function polData(data: PolEntry['data'], type: number): Buffer {
  if (typeof data === 'number') return type === REG_DWORD_BIG_ENDIAN ? Buffer.from(dword(data)).reverse() : dword(data);
  if (typeof data === 'string') return utf16(`${data}\0`);
  if (Array.isArray(data)) return utf16(`${data.join('\0')}\0\0`);
  return Buffer.from(data);
}

export function polEntry(entry: PolEntry): Buffer {
  const data = polData(entry.data, entry.type);
  return Buffer.concat([utf16('['), utf16(`${entry.key}\0`), utf16(';'), utf16(`${entry.name}\0`), utf16(';'), dword(entry.type), utf16(';'), dword(entry.size ?? data.length), utf16(';'), data, utf16(']')]);
}

export const POL_HEADER = Buffer.from([0x50, 0x52, 0x65, 0x67, 0x01, 0x00, 0x00, 0x00]);

export function polFile(...entries: PolEntry[]): Buffer {
  return Buffer.concat([POL_HEADER, ...entries.map(polEntry)]);
}
