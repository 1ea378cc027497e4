import { parseRegistryFile } from '../../../src/formats/registry/loader.js';
import type { RegistryLimits, RegistryParseResult } from '../../../src/formats/registry/loader.js';
import type { Diagnostic } from '../../../src/core/types.js';
import type { RegistryValue } from '../../../src/model/registry.js';

export const HEADER5 = 'Windows Registry Editor Version 5.00';

/** The bytes regedit writes: a UTF-16LE byte-order mark, then the text in UTF-16LE. */
export function utf16Export(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Parses UTF-8 text as `test.reg`. */
export function parse(text: string, limits?: Partial<RegistryLimits>): RegistryParseResult {
  return parseRegistryFile(Buffer.from(text, 'utf8'), 'test.reg', limits);
}

/** Diagnostics reduced to what tests assert: code, line, column, severity. */
export function problems(result: RegistryParseResult): Array<Pick<Diagnostic, 'code' | 'line' | 'column' | 'severity'>> {
  return result.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, severity: d.severity }));
}

/** Values without file and range: key, name, type, data (and typeNumber, deleted where set). */
export function plain(result: RegistryParseResult): Array<Omit<RegistryValue, 'file' | 'loc'>> {
  return result.registry.values.map(({ file: _file, loc: _loc, ...rest }) => rest);
}

/**
 * A `.reg` text for values, as regedit 5 writes it: a key header whenever the key changes,
 * hex lists wrapped with `\` after about 76 characters and continued after two spaces.
 */
export function formatRegistry(values: readonly RegistryValue[], lineEnd = '\r\n'): string {
  const lines = [HEADER5, ''];
  let key: string | undefined;
  for (const value of values) {
    if (value.key !== key) {
      if (key !== undefined) lines.push('');
      lines.push(`[${value.key}]`);
      key = value.key;
    }
    lines.push(...formatValue(value));
  }
  return lines.join(lineEnd) + lineEnd;
}

function formatValue(value: RegistryValue): string[] {
  const name = value.name === '' ? '@' : quote(value.name);
  if (value.deleted) return [`${name}=-`];
  switch (value.type) {
    case 'string':
      return [`${name}=${quote(value.data as string)}`];
    case 'dword':
      return [`${name}=dword:${(value.data as number).toString(16).padStart(8, '0')}`];
    case 'expand':
      return hexLines(`${name}=hex(2):`, utf16z(value.data as string));
    case 'multi':
      return hexLines(`${name}=hex(7):`, utf16z((value.data as string[]).map((s) => s + '\0').join('')));
    case 'qword': {
      const bytes = Buffer.alloc(8);
      bytes.writeBigUInt64LE(value.data as bigint);
      return hexLines(`${name}=hex(b):`, bytes);
    }
    case 'binary':
      return hexLines(`${name}=hex:`, value.data as Uint8Array);
    case 'none':
      return hexLines(`${name}=hex(0):`, value.data as Uint8Array);
    case 'other':
      return hexLines(`${name}=hex(${(value.typeNumber as number).toString(16)}):`, value.data as Uint8Array);
  }
}

function quote(text: string): string {
  return '"' + text.replace(/[\\"]/g, (c) => '\\' + c) + '"';
}

/** UTF-16LE bytes of the text and a terminating NUL. */
function utf16z(text: string): Uint8Array {
  return Buffer.from(text + '\0', 'utf16le');
}

function hexLines(prefix: string, bytes: Uint8Array): string[] {
  const lines: string[] = [];
  let line = prefix;
  bytes.forEach((byte, i) => {
    const item = byte.toString(16).padStart(2, '0') + (i < bytes.length - 1 ? ',' : '');
    if (line.length + item.length > 76) {
      lines.push(line + '\\');
      line = '  ';
    }
    line += item;
  });
  lines.push(line);
  return lines;
}
