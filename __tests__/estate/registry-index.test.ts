/**
 * The registry index applies every file's writes in order: a later write wins, and a deletion of
 * the value, of its key's values, of its key or of a key above it removes what came before.
 */
import { describe, expect, it } from '@jest/globals';
import { RegistryIndex } from '../../src/estate/client-policy.js';
import { parseRegistryFile } from '../../src/formats/registry/loader.js';
import type { RegistryFile } from '../../src/model/registry.js';

const exported = (file: string, ...lines: string[]): RegistryFile => parseRegistryFile(Buffer.from(['Windows Registry Editor Version 5.00', '', ...lines, ''].join('\r\n')), file).registry;
const KEY = 'HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Communicator';

describe('RegistryIndex', () => {
  it('a key deleted after its value was set removes it; set again after, it holds', () => {
    const deleted = new RegistryIndex([exported('a.reg', `[${KEY}]`, '"ServerAddressExternal"="sip.contoso.com:443"', '[-HKEY_CURRENT_USER\\Software\\Policies\\Microsoft]')]);
    expect(deleted.current(KEY, 'ServerAddressExternal')).toBeUndefined();
    expect(deleted.writes(KEY, 'ServerAddressExternal')).toHaveLength(1);
    const again = new RegistryIndex([exported('a.reg', `[-${KEY}]`, `[${KEY}]`, '"ServerAddressExternal"="sip.contoso.com:443"')]);
    expect(again.current(KEY, 'serveraddressexternal')?.data).toBe('sip.contoso.com:443');
  });

  it('files apply in order: a later file\'s deletion of the key\'s values removes an earlier file\'s value, not a subkey\'s', () => {
    const first = exported('a.reg', `[${KEY}]`, '"EnableStrictDNSNaming"=dword:00000001', `[${KEY}\\Sub]`, '"Kept"=dword:00000001');
    const second: RegistryFile = { file: 'b.pol', source: 'registry-pol', values: [], keyDeletions: [{ file: 'b.pol', key: KEY.replace('HKEY_CURRENT_USER', 'HKCU'), valuesOnly: true, loc: { file: 'b.pol', line: 1, column: 9, endLine: 1, endColumn: 40 } }] };
    const index = new RegistryIndex([first, second]);
    expect(index.current(KEY, 'EnableStrictDNSNaming')).toBeUndefined();
    expect(index.current(`${KEY}\\Sub`, 'Kept')?.data).toBe(1);
    expect(new RegistryIndex([second, first]).current(KEY, 'EnableStrictDNSNaming')?.data).toBe(1);
  });
});
