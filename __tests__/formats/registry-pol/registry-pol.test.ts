/**
 * Group Policy registry files (Registry.pol): every value and deletion with its key under the hive
 * its folder gives, malformed files as diagnostics at the byte at fault, bounds, arbitrary bytes.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readRegistryPolicyFile } from '../../../src/formats/registry-pol/loader.js';
import type { RegistryValue } from '../../../src/model/registry.js';
import { POL_HEADER, polEntry, polFile, REG_BINARY, REG_DWORD, REG_DWORD_BIG_ENDIAN, REG_EXPAND_SZ, REG_MULTI_SZ, REG_QWORD, REG_SZ } from '../../helpers/registry-pol.js';

const MACHINE = 'gpo/{31B2F340-016D-11D2-945F-00C04FB984F9}/DomainSysvol/GPO/Machine/registry.pol';
const USER = 'gpo/{31B2F340-016D-11D2-945F-00C04FB984F9}/DomainSysvol/GPO/User/registry.pol';
const LYNC = 'Software\\Policies\\Microsoft\\Office\\16.0\\Lync';

const shown = (v: RegistryValue) => `${v.loc.line}:${v.loc.column}-${v.loc.endLine}:${v.loc.endColumn} ${v.key}\\${v.name} ${v.type} ${v.deleted ? 'deleted' : v.data instanceof Uint8Array ? Buffer.from(v.data).toString('hex') : JSON.stringify(typeof v.data === 'bigint' ? String(v.data) : v.data)}`;
const diagnostics = (load: ReturnType<typeof readRegistryPolicyFile>) => (load.diagnostics ?? []).map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);

describe('Registry.pol', () => {
  it('reads every type of value, each at the bytes of its entry, under HKEY_LOCAL_MACHINE in a Machine folder', () => {
    // Positions count the file byte by byte: the size 0x0A of the REG_MULTI_SZ entry ends line 1.
    const bytes = polFile(
      { key: LYNC, name: 'EnableStrictDNSNaming', type: REG_DWORD, data: 1 },
      { key: LYNC, name: 'ServerAddressExternal', type: REG_SZ, data: 'sip.contoso.com:443' },
      { key: LYNC, name: 'TrustModelData', type: REG_EXPAND_SZ, data: 'contoso.com,fabrikam.com' },
      { key: LYNC, name: 'Sites', type: REG_MULTI_SZ, data: ['a', 'b'] },
      { key: LYNC, name: 'Blob', type: REG_BINARY, data: new Uint8Array([0, 0xff]) },
      { key: LYNC, name: 'Big', type: REG_DWORD_BIG_ENDIAN, data: 0x01020304 },
      { key: LYNC, name: 'Q', type: REG_QWORD, data: new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0]) },
    );
    const load = readRegistryPolicyFile(bytes, MACHINE);
    expect(diagnostics(load)).toEqual([]);
    const [file] = load.nodes?.registry ?? [];
    expect(file.source).toBe('registry-pol');
    const hklm = `HKEY_LOCAL_MACHINE\\${LYNC}`;
    expect(file.values.map(shown)).toEqual([
      `1:9-1:167 ${hklm}\\EnableStrictDNSNaming dword 1`,
      `1:167-1:361 ${hklm}\\ServerAddressExternal string "sip.contoso.com:443"`,
      `1:361-1:551 ${hklm}\\TrustModelData expand "contoso.com,fabrikam.com"`,
      `1:551-2:18 ${hklm}\\Sites multi ["a","b"]`,
      `2:18-2:140 ${hklm}\\Blob binary 00ff`,
      `2:140-2:262 ${hklm}\\Big dword 16909060`,
      `2:262-2:384 ${hklm}\\Q qword "1"`,
    ]);
  });

  it('puts a User folder\'s values under HKEY_CURRENT_USER, and reads its deletions', () => {
    const bytes = polFile(
      { key: LYNC, name: '**DelVals.', type: REG_SZ, data: ' ' },
      { key: LYNC, name: '**Del.SavePassword', type: REG_SZ, data: ' ' },
      { key: LYNC, name: '**DeleteValues', type: REG_SZ, data: 'A;B' },
      { key: 'Software\\Policies\\Microsoft', name: '**DeleteKeys', type: REG_SZ, data: 'Communicator;Messenger' },
      { key: LYNC, name: '**SecureKey', type: REG_DWORD, data: 1 },
      { key: LYNC, name: ' ', type: REG_SZ, data: new Uint8Array(0) },
      { key: LYNC, name: '**soft.DisableHttpConnect', type: REG_DWORD, data: 1 },
    );
    const [file] = readRegistryPolicyFile(bytes, USER).nodes?.registry ?? [];
    const hkcu = `HKEY_CURRENT_USER\\${LYNC}`;
    expect(file.values.map((v) => `${v.key}\\${v.name} ${v.deleted ? 'deleted' : String(v.data)}`)).toEqual([
      `${hkcu}\\SavePassword deleted`,
      `${hkcu}\\A deleted`,
      `${hkcu}\\B deleted`,
      `${hkcu}\\DisableHttpConnect 1`,
    ]);
    expect(file.keyDeletions.map((d) => `${d.key}${d.valuesOnly ? ' (values)' : ''}`)).toEqual([
      `${hkcu} (values)`,
      'HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Communicator',
      'HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Messenger',
    ]);
  });

  it('says once that values of a file in neither a Machine nor a User folder were not read', () => {
    const load = readRegistryPolicyFile(polFile({ key: LYNC, name: 'X', type: REG_DWORD, data: 1 }), 'backup/registry.pol');
    expect(load.nodes?.registry).toBeUndefined();
    expect(load.nodes?.notes?.map((n) => `${n.loc.line}:${n.loc.column} ${n.expression} ${n.reason}`)).toEqual([
      '1:9 backup/registry.pol is in neither a Machine nor a User folder: which hive its values apply to (HKEY_LOCAL_MACHINE or HKEY_CURRENT_USER) is not known, so they were not read',
    ]);
  });

  it('an empty policy (the header alone) is read, with nothing in it', () => {
    const load = readRegistryPolicyFile(POL_HEADER, MACHINE);
    expect(diagnostics(load)).toEqual([]);
    expect(load.nodes?.registry?.[0].values).toEqual([]);
  });
});

describe('Registry.pol: malformed files', () => {
  const one = polEntry({ key: LYNC, name: 'EnableStrictDNSNaming', type: REG_DWORD, data: 1 });

  it('a file shorter than the header, a wrong signature, a version other than 1', () => {
    expect(diagnostics(readRegistryPolicyFile(Buffer.from('PReg'), MACHINE))).toEqual(['1:1 error registry-pol/truncated header, byte 0x0: the file has 4 bytes; a Registry.pol starts with an 8-byte header (PReg and the version)']);
    expect(diagnostics(readRegistryPolicyFile(Buffer.from('Windows Registry Editor Version 5.00\n'), MACHINE))).toEqual([
      '1:1 error registry-pol/bad-signature header, byte 0x0: the file starts with 57 69 6e 64, not the signature PReg (50 52 65 67); not a Registry.pol',
    ]);
    expect(diagnostics(readRegistryPolicyFile(Buffer.from([0x50, 0x52, 0x65, 0x67, 2, 0, 0, 0]), MACHINE))).toEqual(['1:5 error registry-pol/bad-version header, byte 0x4: the file\'s version is 2; Windows writes and reads version 1 only; not read']);
  });

  it('a file cut inside an entry keeps the entries before it', () => {
    const bytes = Buffer.concat([POL_HEADER, one, one.subarray(0, 40)]);
    const load = readRegistryPolicyFile(bytes, MACHINE);
    expect(load.nodes?.registry?.[0].values.map((v) => v.name)).toEqual(['EnableStrictDNSNaming']);
    expect(diagnostics(load)).toEqual([`1:${8 + one.length + 3} error registry-pol/truncated entry 2, byte 0x${(8 + one.length + 2).toString(16).toUpperCase()}: the file ends inside the key path, before its terminating NUL`]);
    // Cut in the middle of a UTF-16 code unit.
    expect(diagnostics(readRegistryPolicyFile(Buffer.concat([POL_HEADER, one.subarray(0, 41)]), MACHINE))[0]).toMatch(/registry-pol\/truncated entry 1, byte 0xA: the file ends inside the key path, before its terminating NUL \(and ends in the middle of a UTF-16 code unit\)$/);
  });

  it('a size beyond the end of the file, and data too large', () => {
    const bytes = polFile({ key: LYNC, name: 'X', type: REG_SZ, data: 'abc', size: 4096 });
    expect(diagnostics(readRegistryPolicyFile(bytes, MACHINE))).toEqual([expect.stringMatching(/^1:\d+ error registry-pol\/size-beyond-file entry 1, byte 0x[0-9A-F]+: the size of Software\\Policies\\Microsoft\\Office\\16\.0\\Lync\\X's data, 4,096 bytes, goes 4,0\d\d bytes beyond the end of the file; reading stops$/)]);
    const large = polFile({ key: LYNC, name: 'X', type: REG_BINARY, data: new Uint8Array(100) });
    expect(diagnostics(readRegistryPolicyFile(large, MACHINE, { maxDataBytes: 64 }))[0]).toMatch(/registry-pol\/data-too-large entry 1, byte 0x[0-9A-F]+: the data of .*\\X is 100 bytes, over the bound of 64; reading stops$/);
  });

  it('an entry without its brackets or semicolons stops reading there', () => {
    const bad = Buffer.concat([POL_HEADER, one, Buffer.from('xx', 'latin1'), one]);
    const load = readRegistryPolicyFile(bad, MACHINE);
    expect(load.nodes?.registry?.[0].values).toHaveLength(1);
    expect(diagnostics(load)).toEqual([expect.stringContaining(`registry-pol/bad-entry entry 2, byte 0x${(8 + one.length).toString(16).toUpperCase()}: expected '[', found 78 78; reading stops (what follows cannot be found again)`)]);
  });

  it('odd UTF-16 text and DWORDs of the wrong size are warnings at their entry', () => {
    const bytes = polFile({ key: LYNC, name: 'Odd', type: REG_SZ, data: new Uint8Array([0x61, 0, 0x62]) }, { key: LYNC, name: 'Short', type: REG_DWORD, data: new Uint8Array([1, 0]) });
    const load = readRegistryPolicyFile(bytes, MACHINE);
    expect(load.nodes?.registry?.[0].values.map((v) => `${v.name} ${String(v.data)}`)).toEqual(['Odd a']);
    expect(diagnostics(load).map((d) => d.replace(/^\S+ /, ''))).toEqual([
      'warning registry-pol/bad-data entry 1, byte 0x8: the text of Software\\Policies\\Microsoft\\Office\\16.0\\Lync\\Odd has an odd number of bytes (3) for UTF-16; its last byte is ignored',
      expect.stringMatching(/^warning registry-pol\/bad-data entry 2, byte 0x[0-9A-F]+: Software.*\\Short is a DWORD of 2 bytes, not 4; the value is not read$/),
    ]);
  });

  it('bounds: file size, entry count, string length', () => {
    const bytes = polFile(...Array.from({ length: 5 }, (_, i) => ({ key: LYNC, name: `V${i}`, type: REG_DWORD, data: i })));
    expect(diagnostics(readRegistryPolicyFile(bytes, MACHINE, { maxFileBytes: 100 }))).toEqual([`1:1 error registry-pol/file-too-large header, byte 0x0: the file has ${bytes.length} bytes, over the bound of 100; not read`]);
    const capped = readRegistryPolicyFile(bytes, MACHINE, { maxEntries: 3 });
    expect(capped.nodes?.registry?.[0].values).toHaveLength(3);
    expect(diagnostics(capped)[0]).toMatch(/registry-pol\/too-many-entries entry 4, byte 0x[0-9A-F]+: the file has more than 3 entries; the rest is not read$/);
    expect(diagnostics(readRegistryPolicyFile(bytes, MACHINE, { maxStringUnits: 10 }))[0]).toMatch(/registry-pol\/string-too-long entry 1, byte 0xA: the key path is longer than 10 UTF-16 code units; reading stops$/);
  });
});

describe('Registry.pol: properties', () => {
  it('never throws on arbitrary bytes, with or without the header, and places diagnostics inside the file', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 400 }), (header, body) => {
        const bytes = header ? Buffer.concat([POL_HEADER, body]) : Buffer.from(body);
        const load = readRegistryPolicyFile(bytes, MACHINE);
        const lines = bytes.toString('latin1').split(/\r\n|\r|\n/).length;
        for (const d of load.diagnostics ?? []) expect(d.line >= 1 && d.line <= lines && d.column >= 1).toBe(true);
      }),
      { seed: 20261208, numRuns: 500 },
    );
  });

  it('reads back every entry written, in order', () => {
    const entry = fc.record({
      key: fc.stringMatching(/^[A-Za-z0-9 ]{1,12}(\\[A-Za-z0-9 ]{1,12}){0,3}$/),
      name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,15}$/),
      value: fc.oneof(fc.nat({ max: 0xffffffff }).map((n) => ({ type: REG_DWORD, data: n as number | string })), fc.stringMatching(/^[ -~]{0,20}$/).map((s) => ({ type: REG_SZ, data: s as number | string }))),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const bytes = polFile(...entries.map((e) => ({ key: e.key, name: e.name, type: e.value.type, data: e.value.data })));
        const load = readRegistryPolicyFile(bytes, MACHINE);
        expect(load.diagnostics).toEqual([]);
        expect(load.nodes?.registry?.[0].values.map((v) => [v.key, v.name, v.data])).toEqual(entries.map((e) => [`HKEY_LOCAL_MACHINE\\${e.key}`, e.name, e.value.data]));
      }),
      { seed: 20261208, numRuns: 200 },
    );
  });
});
