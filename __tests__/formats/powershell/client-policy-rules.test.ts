/**
 * The client-policy rules judge values wherever they are written (`reg add` lines, New-ItemProperty,
 * DSC resources, Group Policy's Registry.pol) and report at the line, resource or entry that writes
 * them; Direct Routing SBCs a Teams script pairs are judged at the parameters that name them. A
 * standard deployment (the STIG baseline's client settings, a documented Direct Routing script)
 * raises nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { lint, type LintResult } from '../../../src/lint.js';
import { scratchTree } from '../../helpers/scratch-tree.js';
import { polFile, REG_DWORD, REG_SZ } from '../../helpers/registry-pol.js';
import { certificatesManifest } from '../../rules/support/certificates.js';

const tree = scratchTree('uclint-client-policy-');

/** Findings and diagnostics, without the notes of what was not checked. */
const shown = (result: LintResult) => result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);

/** Internal DNS of a Skype for Business Server pool whose sign-in record points at the pool (below the SIP domain). */
const INTERNAL_ZONE = [
  '$ORIGIN contoso.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 3600 600 86400 3600',
  '@ IN NS ns1',
  'ns1 IN A 10.0.0.2',
  '_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.com.',
  'pool01 IN A 10.0.0.11',
  'sip IN A 10.0.0.11',
  '',
].join('\n');

const COMMUNICATOR_POLICY = 'Software\\Policies\\Microsoft\\Communicator';

describe('client policy from every source', () => {
  it('strict DNS naming set by a Group Policy Registry.pol makes lync/strict-naming judge the pool record strictly', async () => {
    tree.write('dns/internal/contoso.com.zone', INTERNAL_ZONE);
    expect(shown(await lint({ cwd: tree.dir }))).toEqual([]);
    tree.write('gpo/{6AC1786C-016F-11D2-945F-00C04FB984F9}/DomainSysvol/GPO/Machine/registry.pol', polFile({ key: COMMUNICATOR_POLICY, name: 'EnableStrictDNSNaming', type: REG_DWORD, data: 1 }));
    expect(shown(await lint({ cwd: tree.dir }))).toEqual([
      'dns/internal/contoso.com.zone:6:1 error lync/strict-naming SRV _sipinternaltls._tcp.contoso.com targets pool01.contoso.com, which clients with strict DNS naming reject for contoso.com; use sip.contoso.com or contoso.com',
    ]);
  });

  it('a later policy file that deletes the key\'s values (**DelVals.) turns strict naming off again', async () => {
    tree.write('dns/internal/contoso.com.zone', INTERNAL_ZONE);
    tree.write('gpo/a/Machine/registry.pol', polFile({ key: COMMUNICATOR_POLICY, name: 'EnableStrictDNSNaming', type: REG_DWORD, data: 1 }));
    tree.write('gpo/b/Machine/registry.pol', polFile({ key: COMMUNICATOR_POLICY, name: '**DelVals.', type: REG_SZ, data: ' ' }));
    expect(shown(await lint({ cwd: tree.dir }))).toEqual([]);
  });

  it('lync/manual-server reports at the reg add line, the New-ItemProperty line, the DSC resource and the Registry.pol entry', async () => {
    const external = (where: string) => `${where} error lync/manual-server external server sip.contoso.com:5061 uses port 5061; remote clients reach the Access Edge on 443 (sip.contoso.com:443)`;
    tree.write('policy.cmd', ['@echo off', 'reg add "HKLM\\Software\\Policies\\Microsoft\\Communicator" /v ServerAddressExternal /d sip.contoso.com:5061 /f', ''].join('\r\n'));
    expect(shown(await lint({ cwd: tree.dir }))).toEqual([external('policy.cmd:2:1')]);

    tree.write('policy.cmd', '@echo off\r\n');
    tree.write('policy.ps1', ['# Lync client bootstrap', "New-ItemProperty -Path 'HKLM:\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync' -Name ServerAddressExternal -Value 'sip.contoso.com:5061' -Force", ''].join('\n'));
    expect(shown(await lint({ cwd: tree.dir }))).toEqual([external('policy.ps1:2:1')]);

    tree.write('policy.ps1', ['Configuration Lync {', '  Node localhost {', "    Registry External { Key = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Communicator'; ValueName = 'ServerAddressExternal'; ValueData = 'sip.contoso.com:5061' }", '  }', '}', ''].join('\n'));
    expect(shown(await lint({ cwd: tree.dir }))).toEqual([external('policy.ps1:3:5')]);

    tree.write('policy.ps1', '# nothing here\n');
    tree.write('gpo/{6AC1786C-016F-11D2-945F-00C04FB984F9}/DomainSysvol/GPO/User/registry.pol', polFile({ key: COMMUNICATOR_POLICY, name: 'ServerAddressExternal', type: REG_SZ, data: 'sip.contoso.com:5061' }));
    expect(shown(await lint({ cwd: tree.dir }))).toEqual([external('gpo/{6AC1786C-016F-11D2-945F-00C04FB984F9}/DomainSysvol/GPO/User/registry.pol:1:9')]);
  });

  it('a preference a policy script overrides is reported at the preference, with the policy as related location', async () => {
    tree.write('prefs.reg', ['Windows Registry Editor Version 5.00', '', '[HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator]', '"ServerAddressExternal"="sip.contoso.com:443"', ''].join('\r\n'));
    tree.write('policy.cmd', 'reg add HKCU\\Software\\Policies\\Microsoft\\Communicator /v ServerAddressExternal /d sip.contoso.com:443 /f\r\n');
    const result = await lint({ cwd: tree.dir });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.ruleId} ${f.message} [${(f.related ?? []).map((r) => `${r.file}:${r.line}`).join(', ')}]`)).toEqual([
      'prefs.reg:4 info lync/client-preferences preference ServerAddressExternal is overridden by the policy value in policy.cmd; this setting never takes effect [policy.cmd:1]',
    ]);
  });

  it('the DoD STIG baselines for Lync 2013 and Skype for Business 2016 clients raise nothing beside a standard deployment', async () => {
    tree.write('dns/internal/contoso.com.zone', INTERNAL_ZONE);
    const baseline = (name: string, version: string) =>
      [
        `Configuration ${name}`,
        '{',
        "    Import-DSCResource -ModuleName 'GPRegistryPolicyDsc'",
        `    Node ${name}`,
        '    {',
        ...['savepassword', 'enablesiphighsecuritymode', 'disablehttpconnect'].map((value, i) =>
          [
            `         RegistryPolicyFile 'Registry(POL): HKLM:\\software\\policies\\microsoft\\office\\${version}\\lync\\${value}'`,
            '         {',
            `              ValueName = '${value}'`,
            `              ValueData = ${i === 0 ? 0 : 1}`,
            "              ValueType = 'Dword'",
            "              TargetType = 'ComputerConfiguration'",
            `              Key = 'HKLM:\\software\\policies\\microsoft\\office\\${version}\\lync'`,
            '         }',
          ].join('\n'),
        ),
        "         RefreshRegistryPolicy 'ActivateClientSideExtension' { IsSingleInstance = 'Yes' }",
        '    }',
        '}',
        '',
      ].join('\n');
    tree.write('stig/DoD_Lync_2013_Computer.ps1', baseline('DoD_Lync_2013', '15.0'));
    tree.write('stig/DoD_SfB_2016_Computer.ps1', baseline('DoD_SfB_2016', '16.0'));
    const result = await lint({ cwd: tree.dir });
    expect(result.estate?.registry.files.map((f) => `${f.file} ${f.values.length}`)).toEqual(['stig/DoD_Lync_2013_Computer.ps1 3', 'stig/DoD_SfB_2016_Computer.ps1 3']);
    expect(shown(result)).toEqual([]);
  });
});

describe('Direct Routing SBCs from Teams PowerShell', () => {
  /** A Teams-only tenant with Direct Routing, as "Plan Direct Routing" and Microsoft 365's DNS records describe it. */
  function tenant(): void {
    tree.write('.uclint.yml', 'extends: [uclint:teams]\nsettings:\n  now: 2026-11-20\n');
    tree.write(
      'dns/external/fabrikam.com.zone',
      [
        '$ORIGIN fabrikam.com.',
        '$TTL 3600',
        '@ IN SOA ns1 hostmaster 1 3600 600 1209600 300',
        '@ IN NS ns1',
        'ns1 IN A 198.51.100.2',
        '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
        '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
        'sip IN CNAME sipdir.online.lync.com.',
        'lyncdiscover IN CNAME webdir.online.lync.com.',
        'sbc1 IN A 198.51.100.20',
        '',
      ].join('\n'),
    );
    tree.write('certificates.yml', certificatesManifest({ name: 'sbc1', sans: ['sbc1.fabrikam.com'], issuer: 'public', key: { algorithm: 'rsa', size: 2048 }, usedBy: ['sbc1.fabrikam.com'] }));
  }
  const pair = (fqdn: string, port = 5061) => ['Connect-MicrosoftTeams', `New-CsOnlinePSTNGateway -Fqdn ${fqdn} -SipSignalingPort ${port} -MaxConcurrentSessions 100 -Enabled $true`, ''].join('\n');

  it('the documented pairing of the tenant\'s SBC raises nothing', async () => {
    tenant();
    tree.write('teams/direct-routing.ps1', pair('sbc1.fabrikam.com'));
    const result = await lint({ cwd: tree.dir });
    expect(result.estate?.topologies.flatMap((t) => t.sbcs.map((s) => `${t.file} ${s.fqdn.value}:${s.port?.value}`))).toEqual(['teams/direct-routing.ps1 sbc1.fabrikam.com:5061']);
    expect(shown(result)).toEqual([]);
  });

  it('teams/direct-routing-sbc reports at -Fqdn and -SipSignalingPort', async () => {
    tenant();
    tree.write('.uclint.yml', 'extends: [uclint:teams]\nsettings:\n  now: 2026-11-20\nrules:\n  teams/direct-routing-sbc: [error, { cloud: gcc-high }]\n');
    tree.write('teams/direct-routing.ps1', [pair('sbc1.fabrikam.com', 5067).trimEnd(), 'New-CsOnlinePSTNGateway sbc2.fabrikam.onmicrosoft.com -SipSignalingPort 5061', ''].join('\n'));
    const findings = (await lint({ cwd: tree.dir })).findings.filter((f) => f.ruleId === 'teams/direct-routing-sbc' && f.severity !== 'info');
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endColumn} ${f.messageId}`)).toEqual([
      'teams/direct-routing.ps1:2:49-71 port',
      'teams/direct-routing.ps1:3:25-54 onmicrosoftDomain',
      'teams/direct-routing.ps1:3:25-54 noCertificate',
    ]);
  });
});
