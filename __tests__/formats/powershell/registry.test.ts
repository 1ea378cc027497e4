/**
 * Registry values scripts write: `reg add`/`reg delete` in batch files and PowerShell, the
 * registry provider's item-property cmdlets, DSC Registry and RegistryPolicyFile resources. Each
 * value exact, at its command or resource; what cannot be known is one note; data the writer
 * refuses is a diagnostic.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readBatchFiles } from '../../../src/formats/batch/load.js';
import { readPowerShellFiles } from '../../../src/formats/powershell/load.js';
import type { FormatLoad } from '../../../src/formats/shared/format.js';
import type { RegistryValue } from '../../../src/model/registry.js';
import { isolatedLoadContext } from '../../helpers/loader-properties.js';

const input = (file: string, text: string) => ({ file, kind: 'x', view: 'unknown' as const, viewSource: 'none' as const, read: () => ({ text, encoding: 'utf8' as const, byteOrderMark: false }) });
const ps = (text: string): FormatLoad => readPowerShellFiles([input('policy.ps1', text)], isolatedLoadContext());
const batch = (text: string): FormatLoad => readBatchFiles([input('policy.cmd', text)], isolatedLoadContext());

const data = (v: RegistryValue) => (v.deleted ? 'deleted' : v.data instanceof Uint8Array ? `bytes ${Buffer.from(v.data).toString('hex')}` : typeof v.data === 'bigint' ? `${v.data}n` : JSON.stringify(v.data));
const values = (load: FormatLoad) => (load.nodes?.registry ?? []).flatMap((f) => f.values.map((v) => `${v.loc.line}:${v.loc.column} ${v.key}\\${v.name} ${v.type} ${data(v)}`));
const deletions = (load: FormatLoad) => (load.nodes?.registry ?? []).flatMap((f) => f.keyDeletions.map((d) => `${d.loc.line} ${d.key}${d.valuesOnly ? ' (values)' : ''}`));
const notes = (load: FormatLoad) => (load.nodes?.notes ?? []).map((n) => `${n.loc.line} ${n.expression} ${n.reason}`);
const problems = (load: FormatLoad) => (load.diagnostics ?? []).map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);

const LYNC = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync';

describe('reg add and reg delete', () => {
  it('reads each value of a batch file with its type and data as reg takes them', () => {
    const load = batch(
      [
        '@echo off',
        'set LYNC=HKLM\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync',
        'reg add "%LYNC%" /v EnableStrictDNSNaming /t REG_DWORD /d 1 /f',
        'reg add %LYNC% /v ServerAddressExternal /d sip.contoso.com:443 /f',
        'reg.exe ADD HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync /v Mask /t REG_DWORD /d 0xFFFFFFFF /f',
        'reg add %LYNC% /v Big /t REG_QWORD /d 0x100000000 /f',
        'reg add %LYNC% /v Blob /t REG_BINARY /d 00ff10 /f',
        'reg add %LYNC% /v Sites /t REG_MULTI_SZ /d a\\0b /f',
        'reg add %LYNC% /v Semi /t REG_MULTI_SZ /s ; /d a;b;c /f',
        'reg add %LYNC% /ve /d default /f',
        'reg add %LYNC%\\Sub /f',
        'reg delete %LYNC% /v SavePassword /f',
        'reg delete %LYNC%\\Old /f',
        'reg delete %LYNC% /va /f',
      ].join('\r\n'),
    );
    expect(problems(load)).toEqual([]);
    expect(values(load)).toEqual([
      `3:1 ${LYNC}\\EnableStrictDNSNaming dword 1`,
      `4:1 ${LYNC}\\ServerAddressExternal string "sip.contoso.com:443"`,
      `5:1 ${LYNC}\\Mask dword 4294967295`,
      `6:1 ${LYNC}\\Big qword 4294967296n`,
      `7:1 ${LYNC}\\Blob binary bytes 00ff10`,
      `8:1 ${LYNC}\\Sites multi ["a","b"]`,
      `9:1 ${LYNC}\\Semi multi ["a","b","c"]`,
      `10:1 ${LYNC}\\ string "default"`,
      `12:1 ${LYNC}\\SavePassword none deleted`,
    ]);
    expect(deletions(load)).toEqual([`13 ${LYNC}\\Old`, `14 ${LYNC} (values)`]);
    expect(load.nodes?.registry?.[0].source).toBe('batch');
  });

  it('reads reg lines of PowerShell scripts too, and says what reg refuses', () => {
    const load = ps(["reg add 'HKCU\\Software\\Microsoft\\Communicator' /v IdleThreshold /t REG_DWORD /d 10 /f", 'reg add HKCU\\Software\\Microsoft\\Communicator /v AwayThreshold /t REG_DWORD /d ten /f', 'reg add \\\\server\\HKLM\\Software\\Microsoft\\Communicator /v X /d 1 /f'].join('\n'));
    expect(values(load)).toEqual(['1:1 HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator\\IdleThreshold dword 10']);
    expect(problems(load)).toEqual(["2:79 warning powershell/registry-value reg add refuses /d 'ten' for REG_DWORD (not a number); the value is not written"]);
    expect(load.nodes?.registry?.[0].source).toBe('powershell');
  });

  it('a value that is not known is one note, and only for keys rules judge', () => {
    const load = batch(['reg add HKLM\\Software\\Policies\\Microsoft\\Communicator /v ServerAddressInternal /d %1 /f', 'reg add HKLM\\Software\\Contoso /v Other /d %1 /f'].join('\n'));
    expect(values(load)).toEqual([]);
    expect(notes(load)).toEqual(['1 %1 (a batch argument (%1, %~dp0, ...)): the data of this registry value is not known']);
  });
});

describe('registry provider cmdlets', () => {
  it('reads New-ItemProperty and Set-ItemProperty by name, alias and position, with the kind given or inferred', () => {
    const load = ps(
      [
        "$lync = 'HKLM:\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync'",
        'New-ItemProperty -Path $lync -Name EnableStrictDNSNaming -PropertyType DWord -Value 1 -Force',
        "New-ItemProperty -Path $lync -Name ServerAddressInternal -Value 'pool01.contoso.com' -Force | Out-Null",
        "Set-ItemProperty $lync ConfigurationMode 1",
        "Set-ItemProperty -LiteralPath 'Registry::HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync' -Name DisableHttpConnect -Type DWord -Value '0x1'",
        "New-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Communicator' -Name FtReceiveFolder -PropertyType ExpandString -Value '%USERPROFILE%\\Received'",
        "Set-ItemProperty -Path 'HKCU:Software\\Microsoft\\Communicator' -Name Sites -Value @('a', 'b')",
        "Remove-ItemProperty -Path $lync -Name SavePassword, TrustModelData",
        "Remove-Item -Path 'HKCU:\\Software\\Microsoft\\Communicator\\Old' -Recurse",
        "Set-ItemProperty -Path 'C:\\Temp\\file.txt' -Name IsReadOnly -Value $true",
      ].join('\n'),
    );
    expect(problems(load)).toEqual([]);
    expect(values(load)).toEqual([
      `2:1 ${LYNC}\\EnableStrictDNSNaming dword 1`,
      `3:1 ${LYNC}\\ServerAddressInternal string "pool01.contoso.com"`,
      `4:1 ${LYNC}\\ConfigurationMode dword 1`,
      `5:1 ${LYNC}\\DisableHttpConnect dword 1`,
      '6:1 HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator\\FtReceiveFolder expand "%USERPROFILE%\\\\Received"',
      '7:1 HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator\\Sites multi ["a","b"]',
      `8:1 ${LYNC}\\SavePassword none deleted`,
      `8:1 ${LYNC}\\TrustModelData none deleted`,
    ]);
    expect(deletions(load)).toEqual(['9 HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator\\Old']);
  });

  it('a kind PowerShell does not know, and data it cannot convert, are diagnostics at the value', () => {
    const load = ps(["New-ItemProperty -Path 'HKLM:\\Software\\Policies\\Microsoft\\Communicator' -Name A -PropertyType REG_DWORD -Value 1", "New-ItemProperty -Path 'HKLM:\\Software\\Policies\\Microsoft\\Communicator' -Name B -PropertyType DWord -Value 'yes'"].join('\n'));
    expect(values(load)).toEqual([]);
    expect(problems(load)).toEqual([
      "1:95 warning powershell/registry-value -PropertyType 'REG_DWORD' is not a registry value kind (String, ExpandString, MultiString, DWord, QWord, Binary, None); the value is not read",
      "2:108 warning powershell/registry-value New-ItemProperty cannot write 'yes' as a DWord (not a number); the value is not written",
    ]);
  });
});

describe('DSC resources', () => {
  it('reads Registry and RegistryPolicyFile resources as the STIG baselines write them, Absent as deletions', () => {
    const load = ps(
      [
        'Configuration LyncClientBaseline',
        '{',
        "    Import-DscResource -ModuleName 'GPRegistryPolicyDsc'",
        '    Node localhost',
        '    {',
        "        RegistryPolicyFile 'Registry(POL): HKLM:\\software\\policies\\microsoft\\office\\15.0\\lync\\savepassword'",
        '        {',
        "            ValueName = 'savepassword'",
        '            ValueData = 0',
        "            ValueType = 'Dword'",
        "            TargetType = 'ComputerConfiguration'",
        "            Key = 'HKLM:\\software\\policies\\microsoft\\office\\15.0\\lync'",
        '        }',
        "        RegistryPolicyFile UserStrict { Key = 'Software\\Policies\\Microsoft\\Communicator'; ValueName = 'EnableStrictDNSNaming'; ValueData = 1; ValueType = 'DWord'; TargetType = 'UserConfiguration' }",
        '        Registry Server',
        '        {',
        "            Key = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Communicator'",
        "            ValueName = 'ServerAddressExternal'",
        "            ValueData = 'sip.contoso.com:443'",
        "            Ensure = 'Present'",
        '        }',
        "        Registry Mask { Key = 'HKLM:\\Software\\Policies\\Microsoft\\Communicator'; ValueName = 'Mask'; ValueType = 'Dword'; ValueData = 'ff'; Hex = $true }",
        "        Registry Sites { Key = 'HKLM:\\Software\\Policies\\Microsoft\\Communicator'; ValueName = 'Sites'; ValueType = 'MultiString'; ValueData = 'a', 'b' }",
        "        Registry Gone { Key = 'HKLM:\\Software\\Policies\\Microsoft\\Communicator'; ValueName = 'SavePassword'; Ensure = 'Absent' }",
        "        Registry GoneKey { Key = 'HKLM:\\Software\\Policies\\Microsoft\\Communicator\\Old'; ValueName = ''; Ensure = 'Absent' }",
        '    }',
        '}',
      ].join('\n'),
    );
    expect(problems(load)).toEqual([]);
    expect(values(load)).toEqual([
      '6:9 HKEY_LOCAL_MACHINE\\software\\policies\\microsoft\\office\\15.0\\lync\\savepassword dword 0',
      '14:9 HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Communicator\\EnableStrictDNSNaming dword 1',
      '15:9 HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Communicator\\ServerAddressExternal string "sip.contoso.com:443"',
      '22:9 HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Communicator\\Mask dword 255',
      '23:9 HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Communicator\\Sites multi ["a","b"]',
      '24:9 HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Communicator\\SavePassword none deleted',
    ]);
    expect(deletions(load)).toEqual(['25 HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Communicator\\Old']);
  });

  it('a resource whose values come from configuration data is one note', () => {
    const load = ps(['Configuration C { Node $AllNodes.NodeName {', "  Registry R { Key = 'HKLM:\\Software\\Policies\\Microsoft\\Communicator'; ValueName = 'ServerAddressInternal'; ValueData = $Node.Pool }", '} }'].join('\n'));
    expect(values(load)).toEqual([]);
    expect(notes(load)).toEqual([expect.stringMatching(/^2 \$Node\.Pool \(.*\): the data of this registry value is not known$/)]);
  });
});

describe('properties', () => {
  it('arbitrary scripts and batch files never throw, and every value lies in its file', () => {
    const token = fc.constantFrom('reg', 'add', 'delete', 'HKLM\\Software\\Policies\\Microsoft\\Communicator', '/v', '/ve', '/va', '/t', 'REG_DWORD', 'REG_BINARY', 'REG_MULTI_SZ', '/d', '/s', '/f', '1', 'zz', '0x1', '-1', 'New-ItemProperty', 'Set-ItemProperty', '-Path', 'HKLM:\\Software\\Policies\\Microsoft\\Communicator', '-Name', 'X', '-Value', '-PropertyType', 'DWord', 'Registry', 'R', '{', '}', 'Key', '=', "'HKLM:\\x\\Lync'", 'ValueName', 'ValueData', 'Ensure', "'Absent'", ';', '\n', '$x', '%1', '"');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const text = tokens.join(' ');
        for (const load of [ps(text), batch(text)]) {
          const lines = text.split(/\r\n|\r|\n/).length;
          for (const v of (load.nodes?.registry ?? []).flatMap((f) => f.values)) expect(v.loc.line >= 1 && v.loc.endLine <= lines).toBe(true);
        }
      }),
      { seed: 20261208, numRuns: 300 },
    );
  });
});
