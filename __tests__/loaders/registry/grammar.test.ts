import { parseRegistryFile } from '../../../src/formats/registry/loader.js';
import { registryKey } from '../../../src/model/registry.js';
import { HEADER5, parse, plain, problems, utf16Export } from './helpers.js';

const MESSENGER = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Messenger\\Client\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_Default';
const LSA = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0';
const COMMUNICATOR = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator';

/** An export as regedit 5 writes it (CRLF, blank line after each key), with the values of the client policy articles and one of each type. */
const REGEDIT5_EXPORT = [
  HEADER5,
  '',
  `[${MESSENGER}]`,
  '"DisableStrictDNSNaming"=dword:00000001',
  '',
  `[${LSA}]`,
  '"NTLMMinClientSec"=dword:20080030',
  '"NTLMMinServerSec"=dword:20080030',
  '"auditbasedirectories"=hex(7):00,00',
  '',
  `[${COMMUNICATOR}]`,
  '"AutoRunWhenLogonToWindows"=dword:00000001',
  '"AlwaysShowMenu"=hex:00,00,00,00',
  '"FtReceiveFolder"=hex(2):25,00,55,00,53,00,45,00,52,00,50,00,52,00,4f,00,46,00,49,\\',
  '  00,4c,00,45,00,25,00,5c,00,44,00,6f,00,63,00,75,00,6d,00,65,00,6e,00,74,00,\\',
  '  73,00,00,00',
  '"ServerAddressExternal"="sip.contoso.com:443"',
  '"LastSignIn"=hex(b):00,80,3e,d5,de,b1,9d,01',
  '"Servers"=hex(7):73,00,69,00,70,00,31,00,00,00,73,00,69,00,70,00,32,00,00,00,00,\\',
  '  00',
  '"Unset"=hex(0):',
  '"Link"=hex(6):5c,00,3f,00',
  '@="default"',
  '',
].join('\r\n');

describe('a regedit 5 export in UTF-16LE with BOM and CRLF', () => {
  const result = parseRegistryFile(utf16Export(REGEDIT5_EXPORT), 'policy.reg');

  it('reads without diagnostics, as regedit 5 in UTF-16LE', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.format).toBe('regedit5');
    expect(result.registry.encoding).toBe('utf16le');
    expect(result.registry.file).toBe('policy.reg');
  });

  it('reads every value, in file order, with its decoded data', () => {
    expect(plain(result)).toEqual([
      { key: MESSENGER, name: 'DisableStrictDNSNaming', type: 'dword', data: 1 },
      { key: LSA, name: 'NTLMMinClientSec', type: 'dword', data: 0x20080030 },
      { key: LSA, name: 'NTLMMinServerSec', type: 'dword', data: 0x20080030 },
      { key: LSA, name: 'auditbasedirectories', type: 'multi', data: [] },
      { key: COMMUNICATOR, name: 'AutoRunWhenLogonToWindows', type: 'dword', data: 1 },
      { key: COMMUNICATOR, name: 'AlwaysShowMenu', type: 'binary', data: new Uint8Array([0, 0, 0, 0]) },
      { key: COMMUNICATOR, name: 'FtReceiveFolder', type: 'expand', data: '%USERPROFILE%\\Documents' },
      { key: COMMUNICATOR, name: 'ServerAddressExternal', type: 'string', data: 'sip.contoso.com:443' },
      { key: COMMUNICATOR, name: 'LastSignIn', type: 'qword', data: 0x019db1ded53e8000n },
      { key: COMMUNICATOR, name: 'Servers', type: 'multi', data: ['sip1', 'sip2'] },
      { key: COMMUNICATOR, name: 'Unset', type: 'none', data: new Uint8Array(0) },
      { key: COMMUNICATOR, name: 'Link', type: 'other', typeNumber: 6, data: new Uint8Array([0x5c, 0, 0x3f, 0]) },
      { key: COMMUNICATOR, name: '', type: 'string', data: 'default' },
    ]);
  });

  it('gives each value its range; a continued value spans its first to last line', () => {
    const at = (name: string) => result.registry.values.find((v) => v.name === name)?.loc;
    expect(at('DisableStrictDNSNaming')).toEqual({ file: 'policy.reg', line: 4, column: 1, endLine: 4, endColumn: 40 });
    expect(at('FtReceiveFolder')).toEqual({ file: 'policy.reg', line: 14, column: 1, endLine: 16, endColumn: 14 });
    expect(at('Servers')).toEqual({ file: 'policy.reg', line: 19, column: 1, endLine: 20, endColumn: 5 });
    expect(at('')).toEqual({ file: 'policy.reg', line: 23, column: 1, endLine: 23, endColumn: 12 });
  });

  it('keeps key paths as written; registryKey() compares them', () => {
    const key = result.registry.values[0].key;
    expect(key).toBe(MESSENGER);
    expect(registryKey(key)).toBe('HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\MESSENGER\\CLIENT\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_DEFAULT');
    expect(registryKey(key)).toBe(registryKey('HKLM\\Software\\Policies\\Microsoft\\Messenger\\Client\\{83d4679f-b6d7-11d2-bf36-00c04fb90a03}\\_Default\\'));
  });
});

describe('encodings and line ends', () => {
  const body = `[${LSA}]\n"NTLMMinClientSec"=dword:20080030\n`;
  const expected = [{ key: LSA, name: 'NTLMMinClientSec', type: 'dword', data: 0x20080030 }];

  it('reads REGEDIT4 in UTF-8 without BOM', () => {
    const result = parse(`REGEDIT4\n\n${body}`);
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.format).toBe('regedit4');
    expect(result.registry.encoding).toBe('utf8');
    expect(plain(result)).toEqual(expected);
  });

  it('reads UTF-8 with BOM, columns not counting the BOM', () => {
    const result = parseRegistryFile(Buffer.from(`\ufeff${HEADER5}\n${body}"x"=dword:zz\n`, 'utf8'), 'a.reg');
    expect(result.registry.encoding).toBe('utf8');
    expect(plain(result)).toEqual(expected);
    expect(problems(result)).toEqual([{ code: 'registry/bad-dword', line: 4, column: 11, severity: 'error' }]);
  });

  it('reads UTF-16LE without BOM', () => {
    const result = parseRegistryFile(Buffer.from(`${HEADER5}\r\n${body}`, 'utf16le'), 'a.reg');
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.encoding).toBe('utf16le');
    expect(plain(result)).toEqual(expected);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('counts lines with %s line ends', (_name, eol) => {
    const result = parse([HEADER5, '; comment', `[${LSA}]`, '"a"=dword:1', '"b"=hex:01,\\', '  02', '"c"=dword:x'].join(eol));
    expect(result.registry.values.map((v) => [v.name, v.loc.line, v.loc.endLine])).toEqual([
      ['a', 4, 4],
      ['b', 5, 6],
    ]);
    expect(problems(result)).toEqual([{ code: 'registry/bad-dword', line: 7, column: 11, severity: 'error' }]);
  });

  it('decodes hex(2) and hex(7) of a REGEDIT4 export as ANSI bytes, as REGEDIT4 writes them', () => {
    const result = parse(`REGEDIT4\n[${COMMUNICATOR}]\n"Folder"=hex(2):25,41,25,e9,00\n"List"=hex(7):61,00,62,63,00,00\n`);
    expect(result.diagnostics).toEqual([]);
    expect(plain(result)).toEqual([
      { key: COMMUNICATOR, name: 'Folder', type: 'expand', data: '%A%é' },
      { key: COMMUNICATOR, name: 'List', type: 'multi', data: ['a', 'bc'] },
    ]);
  });

  it('counts columns in UTF-16 code units: an astral character counts two', () => {
    const result = parseRegistryFile(utf16Export(`${HEADER5}\r\n[${COMMUNICATOR}]\r\n"😀"=dword:zz\r\n`), 'a.reg');
    expect(problems(result)).toEqual([{ code: 'registry/bad-dword', line: 3, column: 12, severity: 'error' }]);
  });
});

describe('values', () => {
  const key = `[${COMMUNICATOR}]`;
  const one = (line: string) => {
    const result = parse(`${HEADER5}\n${key}\n${line}\n`);
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.values).toHaveLength(1);
    return plain(result)[0];
  };

  it.each([
    ['"a"="plain text"', { type: 'string', data: 'plain text' }],
    ['"a"=""', { type: 'string', data: '' }],
    ['"a"="C:\\\\Program Files\\\\Lync"', { type: 'string', data: 'C:\\Program Files\\Lync' }],
    ['"a"="say \\"hi\\""', { type: 'string', data: 'say "hi"' }],
    ['"a"="ends in \\\\"', { type: 'string', data: 'ends in \\' }],
    ['"a"="other \\n backslashes kept"', { type: 'string', data: 'other \\n backslashes kept' }],
    ['"a"="=;[]@"', { type: 'string', data: '=;[]@' }],
    ['"a"=dword:00000000', { type: 'dword', data: 0 }],
    ['"a"=dword:ffffffff', { type: 'dword', data: 0xffffffff }],
    ['"a"=dword:1', { type: 'dword', data: 1 }],
    ['"a"=DWORD:0000ABCD', { type: 'dword', data: 0xabcd }],
    ['"a"=hex:', { type: 'binary', data: new Uint8Array(0) }],
    ['"a"=hex:de,ad,BE,ef', { type: 'binary', data: new Uint8Array([0xde, 0xad, 0xbe, 0xef]) }],
    ['"a"=hex:1, 2 ,3,', { type: 'binary', data: new Uint8Array([1, 2, 3]) }],
    ['"a"=hex(0):01', { type: 'none', data: new Uint8Array([1]) }],
    ['"a"=hex(2):41,00', { type: 'expand', data: 'A' }],
    ['"a"=hex(2):00,00', { type: 'expand', data: '' }],
    ['"a"=hex(2):', { type: 'expand', data: '' }],
    ['"a"=hex(2):3d,d8,00,de,00,00', { type: 'expand', data: '😀' }],
    ['"a"=hex(7):', { type: 'multi', data: [] }],
    ['"a"=hex(7):61,00,00,00,00,00,62,00,00,00,00,00', { type: 'multi', data: ['a', '', 'b'] }],
    ['"a"=hex(7):61,00,00,00', { type: 'multi', data: ['a'] }],
    ['"a"=hex(b):ff,ff,ff,ff,ff,ff,ff,ff', { type: 'qword', data: 0xffffffffffffffffn }],
    ['"a"=hex(B):2a,00,00,00,00,00,00,00', { type: 'qword', data: 42n }],
    ['"a"=hex(4):01,00,00,00', { type: 'other', typeNumber: 4, data: new Uint8Array([1, 0, 0, 0]) }],
    ['"a"=hex(ffff0011):', { type: 'other', typeNumber: 0xffff0011, data: new Uint8Array(0) }],
    ['"a" = "spaces around ="', { type: 'string', data: 'spaces around =' }],
    ['  "a"="indented"  ', { type: 'string', data: 'indented' }],
  ])('%s', (line, expected) => {
    expect(one(line)).toEqual({ key: COMMUNICATOR, name: 'a', ...expected });
  });

  it('reads escapes in names, and @ as the default value', () => {
    expect(one('"a \\"b\\" \\\\c"=dword:2')).toEqual({ key: COMMUNICATOR, name: 'a "b" \\c', type: 'dword', data: 2 });
    expect(one('@=dword:3')).toEqual({ key: COMMUNICATOR, name: '', type: 'dword', data: 3 });
  });

  it('reads value deletions', () => {
    expect(one('"gone"=-')).toEqual({ key: COMMUNICATOR, name: 'gone', type: 'none', data: new Uint8Array(0), deleted: true });
    expect(one('@=-')).toEqual({ key: COMMUNICATOR, name: '', type: 'none', data: new Uint8Array(0), deleted: true });
  });

  it('keeps duplicate names, in file order', () => {
    const result = parse(`${HEADER5}\n${key}\n"a"=dword:1\n"a"=dword:2\n`);
    expect(result.registry.values.map((v) => v.data)).toEqual([1, 2]);
  });
});

describe('continuations', () => {
  it('joins hex lists over lines ending in \\, with the range from first to last line', () => {
    const text = [HEADER5, `[${COMMUNICATOR}]`, '"a"=hex:01,02,\\', '  03,04,\\', '\t05', '"b"=dword:1'].join('\n');
    const result = parse(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.values.map((v) => [v.name, v.data, v.loc])).toEqual([
      ['a', new Uint8Array([1, 2, 3, 4, 5]), { file: 'test.reg', line: 3, column: 1, endLine: 5, endColumn: 4 }],
      ['b', 1, { file: 'test.reg', line: 6, column: 1, endLine: 6, endColumn: 12 }],
    ]);
  });

  it('ends a value at a blank continuation line; its range ends on its last written line', () => {
    const result = parse([HEADER5, `[${COMMUNICATOR}]`, '"a"=hex:01,\\', '', '"b"=dword:1'].join('\n'));
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.values.map((v) => [v.name, v.data, v.loc.endLine, v.loc.endColumn])).toEqual([
      ['a', new Uint8Array([1]), 3, 13],
      ['b', 1, 5, 12],
    ]);
  });

  it('warns when the file ends inside a continuation, and keeps the value', () => {
    const result = parse([HEADER5, `[${COMMUNICATOR}]`, '"a"=hex:01,\\'].join('\n'));
    expect(plain(result)).toEqual([{ key: COMMUNICATOR, name: 'a', type: 'binary', data: new Uint8Array([1]) }]);
    expect(problems(result)).toEqual([{ code: 'registry/unterminated-continuation', line: 3, column: 12, severity: 'warning' }]);
  });
});

describe('keys', () => {
  it('reads key deletions with their range; values under another key go on', () => {
    const result = parse([HEADER5, '', '[-HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator]', '', `[${LSA}]`, '"NTLMMinServerSec"=dword:20080030'].join('\r\n'));
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.keyDeletions).toEqual([
      { file: 'test.reg', key: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator', loc: { file: 'test.reg', line: 3, column: 1, endLine: 3, endColumn: 53 } },
    ]);
    expect(plain(result)).toEqual([{ key: LSA, name: 'NTLMMinServerSec', type: 'dword', data: 0x20080030 }]);
  });

  it('accepts every hive regardless of case, and keys with brackets in their names', () => {
    const hives = ['HKEY_LOCAL_MACHINE', 'hkey_current_user\\x', 'HKEY_CLASSES_ROOT\\.reg', 'HKEY_USERS\\S-1-5-18', 'HKEY_CURRENT_CONFIG', 'HKEY_DYN_DATA', 'HKEY_PERFORMANCE_DATA', 'HKEY_USERS\\a[1]'];
    const result = parse([HEADER5, ...hives.flatMap((h) => [`[${h}]`, '@=""'])].join('\n'));
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.values.map((v) => v.key)).toEqual(hives);
  });
});
