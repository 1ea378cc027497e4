/**
 * Always On VPN ProfileXML in PowerShell scripts: a here-string, a single-quoted string, or a
 * concatenation with known variables, read by the ProfileXML reader with every element at its
 * line and column in the script; XML known only when the script runs is one note.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lint } from '../../../src/lint.js';
import { readPowerShellFiles } from '../../../src/formats/powershell/load.js';
import { alignedValue } from '../../../src/formats/shared/aligned-value.js';
import type { LoadContext, TextInput } from '../../../src/formats/shared/format.js';
import { PositionedText, lineStartsOf } from '../../../src/languages/positions.js';
import { scratchTree } from '../../helpers/scratch-tree.js';

const tree = scratchTree('uclint-ps-vpn-');

const context = { comments: () => undefined, commentsDone: () => undefined } as unknown as LoadContext;
function read(text: string, file = 'scripts/New-Profile.ps1') {
  const input: TextInput = { file, kind: 'powershell', view: 'unknown', viewSource: 'none', read: () => ({ text, encoding: 'utf8', byteOrderMark: false }) };
  const loaded = readPowerShellFiles([input], context);
  return {
    profiles: loaded.nodes?.vpnProfiles ?? [],
    notes: (loaded.nodes?.notes ?? []).map((n) => `${n.loc.line}:${n.loc.column} ${n.expression} ${n.reason}`),
    diagnostics: (loaded.diagnostics ?? []).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`),
  };
}

/** The shape of the MDM bridge scripts: the profile in a here-string, escaped, then handed to MDM_VPNv2_01. */
const HERE_STRING = `$ProfileName = 'Contoso AOVPN'
$ProfileXML = @'
<VPNProfile>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>
  </NativeProfile>
  <Route>
    <Address>52.112.0.0</Address>
    <PrefixSize>14</PrefixSize>
    <ExclusionRoute>true</ExclusionRoute>
  </Route>
</VPNProfile>
'@
$ProfileXML = $ProfileXML -replace '<', '&lt;'
$ProfileXML = $ProfileXML -replace '>', '&gt;'
$Session = New-CimSession
`;

describe('ProfileXML in a PowerShell script', () => {
  it('reads a here-string: each element at its line in the script, named by $ProfileName', () => {
    const { profiles, notes, diagnostics } = read(HERE_STRING);
    expect(diagnostics).toEqual([]);
    expect(notes).toEqual(['6:5 RoutingPolicyType ForceTunnel of profile Contoso AOVPN routes no IPv6 network: IPv6 enters the tunnel only if the VPN server assigns IPv6 addresses, so IPv6 in this tunnel is not judged']);
    const [profile] = profiles;
    expect([profile.name, profile.source, profile.tunnel?.value, profile.tunnel?.loc.line, profile.tunnel?.loc.column]).toEqual(['Contoso AOVPN', 'profile-xml', 'full', 6, 5]);
    expect(profile.exclude.map((a) => `${a.text}@${a.loc.line}:${a.loc.column}`)).toEqual(['52.112.0.0/14@8:3', 'IPv6 (the profile routes no IPv6; the VPN server decides)@6:5']);
    expect(profile.endpoints.map((e) => `${e.value}@${e.loc.line}:${e.loc.column}`)).toEqual(['vpn.contoso.com@5:14']);
  });

  it('reads a concatenation of literals and a known variable, the literal parts where they are written', () => {
    const script = `$Server = 'vpn.contoso.com'\n$ProfileXML = '<VPNProfile><NativeProfile><Servers>' + $Server + '</Servers>\n<RoutingPolicyType>SplitTunnel</RoutingPolicyType></NativeProfile>\n<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>'\n`;
    const [profile] = read(script).profiles;
    expect(profile.endpoints.map((e) => `${e.value}@${e.loc.line}`)).toEqual(['vpn.contoso.com@2']);
    expect(profile.tunnel?.loc.line).toBe(3);
    expect(profile.include.map((a) => `${a.text}@${a.loc.line}:${a.loc.column}`)).toEqual(['10.0.0.0/8@4:1']);
  });

  it('a value Windows refuses is a diagnostic at its line in the script', () => {
    const { diagnostics } = read(HERE_STRING.replace('<PrefixSize>14</PrefixSize>', '<PrefixSize>33</PrefixSize>'));
    expect(diagnostics).toEqual(["10:17 powershell/bad-prefix PrefixSize '33' is not a prefix length of an IPv4 address (0 to 32); the route is not read"]);
  });

  it('broken XML in the string is a diagnostic at its line in the script', () => {
    const { diagnostics, profiles } = read(HERE_STRING.replace('</NativeProfile>', '</Native>'));
    expect(diagnostics[0]).toMatch(/^7:\d+ powershell\/xml-syntax /);
    expect(profiles).toHaveLength(1);
  });

  it('ProfileXML read from a file when the script runs is one note; other scripts give nothing', () => {
    const { profiles, notes } = read('$ProfileXML = Get-Content $Path\n$ProfileXML = $ProfileXML -replace "<", "&lt;"\n');
    expect(profiles).toEqual([]);
    expect(notes).toEqual(['1:15 Get-Content $Path (output of Get-Content): the Always On VPN profile in $ProfileXML is not known']);
    expect(read("$x = '<Topology/>'\n").profiles).toEqual([]);
  });

  it('positions a value against its expression, and never throws nor leaves the expression', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (text, value) => {
        const source = PositionedText.of('f', text);
        const loc = source.range(0, text.length);
        const positioned = alignedValue(source, lineStartsOf(text), loc, value);
        expect(positioned.text).toBe(value);
        const range = positioned.range(0, value.length);
        expect(range.line).toBeGreaterThanOrEqual(loc.line);
        expect(range.endLine).toBeLessThanOrEqual(loc.endLine);
      }),
      { seed: 18, numRuns: 300 },
    );
  });
});

describe('ProfileXML in a script through lint()', () => {
  it('reports a forced tunnel missing Optimize exclusions at <RoutingPolicyType> in the script', async () => {
    tree.write('deploy/New-AovpnProfile.ps1', HERE_STRING);
    tree.write('.uclint.yml', 'settings:\n  product: teams\n');
    const result = await lint({ cwd: tree.dir, onlyRules: ['vpn/split-tunnel', 'vpn/m365-optimize-excluded'] });
    expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['deploy/New-AovpnProfile.ps1:6:5 parse/powershell', 'deploy/New-AovpnProfile.ps1:6:5 vpn/m365-optimize-excluded', 'deploy/New-AovpnProfile.ps1:6:5 vpn/split-tunnel']);
  });
});
