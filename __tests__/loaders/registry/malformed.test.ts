import { DEFAULT_REGISTRY_LIMITS, parseRegistryFile } from '../../../src/formats/registry/loader.js';
import { HEADER5, parse, plain, problems, utf16Export } from './helpers.js';

const KEY = '[HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator]';

/**
 * Each case: bad text on line 4, between a value before and a value after it (under the
 * same key, opened again so a bad key header spoils nothing else). The diagnostic has the
 * code, line and column given, and both neighbours are read.
 */
const cases: Array<[string, string, string, number, number]> = [
  ['bad hex byte', '"b"=hex:01,0g,03', 'registry/bad-hex', 4, 12],
  ['three-digit hex byte', '"b"=hex:01,123', 'registry/bad-hex', 4, 12],
  ['missing byte between commas', '"b"=hex:01,,03', 'registry/bad-hex', 4, 12],
  ['bad hex byte on a continuation line (the rest of the value is skipped)', '"b"=hex:01,\\\n  02,zz,\\\n  03', 'registry/bad-hex', 5, 6],
  ['bad hex byte before a continuation', '"b"=hex:zz,\\\n  02', 'registry/bad-hex', 4, 9],
  ['odd UTF-16 length in hex(2)', '"b"=hex(2):41,00,42', 'registry/bad-utf16', 4, 5],
  ['odd UTF-16 length in hex(7)', '"b"=hex(7):41', 'registry/bad-utf16', 4, 5],
  ['hex(b) of 2 bytes', '"b"=hex(b):01,02', 'registry/bad-qword', 4, 5],
  ['bad type number', '"b"=hex(zz):01', 'registry/bad-type', 4, 9],
  ['type number over 8 digits', '"b"=hex(100000000):01', 'registry/bad-type', 4, 9],
  ['dword out of range', '"b"=dword:100000000', 'registry/bad-dword', 4, 11],
  ['dword with a non-hex digit', '"b"=dword:0000001g', 'registry/bad-dword', 4, 18],
  ['dword in decimal notation', '"b"=dword:-1', 'registry/bad-dword', 4, 11],
  ['dword without digits', '"b"=dword:', 'registry/bad-dword', 4, 11],
  ['dword with text after it', '"b"=dword:1 2', 'registry/bad-dword', 4, 13],
  ['dword after an astral character (UTF-16 columns)', '"😀"=dword:zz', 'registry/bad-dword', 4, 12],
  ['dword after a tab', '\t"b"=dword:x', 'registry/bad-dword', 4, 12],
  ['unterminated string', '"b"="abc', 'registry/unterminated-string', 4, 5],
  ['string whose last quote is escaped', '"b"="C:\\"', 'registry/unterminated-string', 4, 5],
  ['unterminated value name', '"b=dword:1', 'registry/unterminated-string', 4, 1],
  ['text after the string', '"b"="a" x', 'registry/bad-value', 4, 9],
  ['missing =', '"b" dword:1', 'registry/bad-value', 4, 5],
  ['unknown value type', '"b"=qword:1', 'registry/bad-value', 4, 5],
  ['no data', '"b"=', 'registry/bad-value', 4, 5],
  ['deletion with text after it', '"b"=- x', 'registry/bad-value', 4, 5],
  ['a line that is none of the forms', '  just text', 'registry/bad-line', 4, 3],
  ['a hex list that is not a value, continued', 'oops,\\\n  01,02', 'registry/bad-line', 4, 1],
  ['unknown hive', '[HKEY_LOCAL_MACHIN\\Software]', 'registry/unknown-hive', 4, 2],
  ['abbreviated hive, which regedit refuses', '[HKLM\\Software]', 'registry/unknown-hive', 4, 2],
  ['abbreviated hive in a deletion', '[-HKCU\\Software]', 'registry/unknown-hive', 4, 3],
  ['empty key', '[]', 'registry/unknown-hive', 4, 2],
  ['key header never closed', '[HKEY_CURRENT_USER\\Software', 'registry/bad-key', 4, 1],
  ['text after the key header', '[HKEY_CURRENT_USER\\Software] x', 'registry/bad-key', 4, 30],
];

describe('malformed lines', () => {
  it.each(cases)('%s', (_name, bad, code, line, column) => {
    const result = parse([HEADER5, KEY, '"before"=dword:1', bad, KEY, '"after"=dword:2', ''].join('\r\n'));
    expect(problems(result)).toEqual([{ code, line, column, severity: 'error' }]);
    expect(result.registry.values.map((v) => v.name)).toEqual(['before', 'after']);
    const d = result.diagnostics[0];
    expect(d.file).toBe('test.reg');
    expect(d.endLine).toBe(d.line);
    expect(d.endColumn).toBeGreaterThan(d.column);
  });

  it('skips the values under a bad key header without a diagnostic each', () => {
    const result = parse([HEADER5, '[HKLM\\Software]', '"a"=dword:1', '"b"=hex:01,\\', '  02', KEY, '"c"=dword:3'].join('\n'));
    expect(problems(result)).toEqual([{ code: 'registry/unknown-hive', line: 2, column: 2, severity: 'error' }]);
    expect(result.diagnostics[0].message).toBe("regedit does not accept the abbreviation 'HKLM'; write HKEY_LOCAL_MACHINE; the values under this key are not read");
    expect(result.registry.values.map((v) => v.name)).toEqual(['c']);
  });

  it('reports a value before any key header, over all its lines', () => {
    const result = parse([HEADER5, '', '"a"=hex:01,\\', '  02', KEY, '"b"=dword:2'].join('\n'));
    expect(problems(result)).toEqual([{ code: 'registry/value-without-key', line: 3, column: 1, severity: 'error' }]);
    expect(result.diagnostics[0]).toMatchObject({ endLine: 4, endColumn: 5 });
    expect(result.registry.values.map((v) => v.name)).toEqual(['b']);
  });

  it('warns about a value under a key deletion and does not keep it', () => {
    const result = parse([HEADER5, '[-HKEY_CURRENT_USER\\Software\\Old]', '@="x"'].join('\n'));
    expect(problems(result)).toEqual([{ code: 'registry/value-without-key', line: 3, column: 1, severity: 'warning' }]);
    expect(result.diagnostics[0].message).toBe('value @ (the default value) follows the key deletion on line 2; a deleted key takes no values');
    expect(result.registry.values).toEqual([]);
    expect(result.registry.keyDeletions.map((k) => k.key)).toEqual(['HKEY_CURRENT_USER\\Software\\Old']);
  });
});

describe('headers', () => {
  it('reports a missing header at line 1 and reads on when the rest is an export', () => {
    const result = parse(`${KEY}\n"a"=dword:1\n`);
    expect(problems(result)).toEqual([{ code: 'registry/missing-header', line: 1, column: 1, severity: 'error' }]);
    expect(result.registry.format).toBe('regedit4');
    expect(plain(result)).toEqual([{ key: KEY.slice(1, -1), name: 'a', type: 'dword', data: 1 }]);
  });

  it('guesses regedit 5 for a UTF-16 export without header', () => {
    const result = parseRegistryFile(utf16Export(`\r\n${KEY}\r\n"a"=dword:1\r\n`), 'a.reg');
    expect(problems(result)).toEqual([{ code: 'registry/missing-header', line: 1, column: 1, severity: 'error' }]);
    expect(result.registry.format).toBe('regedit5');
    expect(result.registry.values).toHaveLength(1);
  });

  it('reports an unknown header at line 1, takes its family, and reads on', () => {
    const result = parse(`Windows Registry Editor Version 6.00\n${KEY}\n"a"=dword:1\n`);
    expect(problems(result)).toEqual([{ code: 'registry/unknown-header', line: 1, column: 1, severity: 'error' }]);
    expect(result.diagnostics[0].message).toBe("unknown header 'Windows Registry Editor Version 6.00'; regedit writes 'Windows Registry Editor Version 5.00' or 'REGEDIT4'");
    expect(result.registry.format).toBe('regedit5');
    expect(result.registry.values).toHaveLength(1);
    expect(parse(`REGEDIT5\n${KEY}\n`).registry.format).toBe('regedit4');
  });

  it('stops after the header diagnostic when nothing looks like an export', () => {
    const result = parse('hello\nworld = 1\n"a"=dword:1\n');
    expect(problems(result)).toEqual([{ code: 'registry/unknown-header', line: 1, column: 1, severity: 'error' }]);
    expect(result.diagnostics[0].message).toMatch(/nothing in it looks like a registry key, so it is not read$/);
    expect(result.registry.values).toEqual([]);
  });

  it('reports an empty file as missing its header', () => {
    expect(problems(parse(''))).toEqual([{ code: 'registry/missing-header', line: 1, column: 1, severity: 'error' }]);
  });
});

describe('encoding problems', () => {
  it('refuses UTF-16 big-endian', () => {
    const result = parseRegistryFile(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(HEADER5, 'utf16le').swap16()]), 'a.reg');
    expect(problems(result)).toEqual([{ code: 'registry/bad-encoding', line: 1, column: 1, severity: 'error' }]);
    expect(result.registry.values).toEqual([]);
  });

  it('warns about an odd byte count in UTF-16 at the end of the text, and reads the rest', () => {
    const bytes = Buffer.concat([utf16Export(`${HEADER5}\r\n${KEY}\r\n"a"=dword:1\r\n`), Buffer.from([0x41])]);
    const result = parseRegistryFile(bytes, 'a.reg');
    expect(problems(result)).toEqual([{ code: 'registry/bad-encoding', line: 4, column: 1, severity: 'warning' }]);
    expect(result.registry.values).toHaveLength(1);
  });

  it('warns at the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(`REGEDIT4\n${KEY}\n"Folder"="Re`), Buffer.from([0xe7, 0x75]), Buffer.from('s"\n')]);
    const result = parseRegistryFile(bytes, 'a.reg');
    expect(problems(result)).toEqual([{ code: 'registry/bad-encoding', line: 3, column: 13, severity: 'warning' }]);
    expect(result.registry.values.map((v) => v.data)).toEqual(['Re\ufffdus']);
  });
});

describe('bounds', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_REGISTRY_LIMITS).toEqual({ maxFileBytes: 16 * 1024 * 1024, maxLineLength: 1024 * 1024, maxValueBytes: 1024 * 1024, maxValues: 1_000_000 });
  });

  it('does not read a file over 16 MiB', () => {
    const result = parseRegistryFile(Buffer.alloc(16 * 1024 * 1024 + 1, 0x20), 'big.reg');
    expect(problems(result)).toEqual([{ code: 'registry/file-too-large', line: 1, column: 1, severity: 'error' }]);
    expect(result.diagnostics[0].message).toBe('file of 16,777,217 bytes is over the bound of 16,777,216; not read');
    expect(result.registry.values).toEqual([]);
  });

  it('skips a line over 1 MiB characters and reads one of exactly 1 MiB', () => {
    const value = (length: number) => `"a"="${'x'.repeat(length - 6)}"`;
    const result = parse([HEADER5, KEY, value(1024 * 1024), value(1024 * 1024 + 1), '"b"=dword:1'].join('\n'));
    expect(problems(result)).toEqual([{ code: 'registry/line-too-long', line: 4, column: 1, severity: 'error' }]);
    expect(result.registry.values.map((v) => [v.name, v.loc.line])).toEqual([
      ['a', 3],
      ['b', 5],
    ]);
  });

  it('skips a continued value whose continuation line is over the bound, with its remaining lines', () => {
    const result = parse([HEADER5, KEY, '"a"=hex:01,\\', ' 02,'.repeat(20) + '\\', '  03', '"b"=dword:1'].join('\n'), { maxLineLength: 60 });
    expect(problems(result)).toEqual([{ code: 'registry/line-too-long', line: 4, column: 1, severity: 'error' }]);
    expect(result.registry.values.map((v) => v.name)).toEqual(['b']);
  });

  it('reads a hex value of exactly 1 MiB over continuation lines and reports one byte more at that byte', () => {
    const bytesPerLine = 64;
    const lines = (count: number) => ['"big"=hex:\\', ...Array.from({ length: count / bytesPerLine }, () => '  ' + '00,'.repeat(bytesPerLine) + '\\')];
    const exact = parse([HEADER5, KEY, ...lines(1024 * 1024), '', '"b"=dword:1'].join('\n'));
    expect(exact.diagnostics).toEqual([]);
    expect((exact.registry.values[0].data as Uint8Array).length).toBe(1024 * 1024);
    expect(exact.registry.values[0].loc.endLine).toBe(3 + 1024 * 1024 / bytesPerLine);

    const over = parse([HEADER5, KEY, ...lines(1024 * 1024), '  01', '"b"=dword:1'].join('\n'));
    const lastLine = 4 + 1024 * 1024 / bytesPerLine;
    expect(problems(over)).toEqual([{ code: 'registry/value-too-large', line: lastLine, column: 3, severity: 'error' }]);
    expect(over.registry.values.map((v) => [v.name, v.loc.line])).toEqual([['b', lastLine + 1]]);
  });

  it('stops at the first value over the bound on values', () => {
    const result = parse([HEADER5, KEY, '"a"=-', '"b"=dword:1', '[-HKEY_USERS\\x]', KEY, '"c"=dword:2', '"d"=dword:3', 'garbage'].join('\n'), { maxValues: 2 });
    expect(problems(result)).toEqual([{ code: 'registry/too-many-values', line: 7, column: 1, severity: 'error' }]);
    expect(result.diagnostics[0].message).toBe('more than 2 values; the rest of the file is not read');
    expect(result.registry.values.map((v) => v.name)).toEqual(['a', 'b']);
    expect(result.registry.keyDeletions).toHaveLength(1);
  });
});
