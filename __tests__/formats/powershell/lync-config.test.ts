/**
 * Skype for Business and Teams configuration scripts: Direct Routing SBCs and simple URLs into a
 * topology of settings only, each value at its parameter; values not known are one note each.
 */
import { describe, expect, it } from '@jest/globals';
import { readPowerShellFiles } from '../../../src/formats/powershell/load.js';
import type { FormatLoad } from '../../../src/formats/shared/format.js';
import { describesDeployment } from '../../../src/model/topology.js';
import { isolatedLoadContext } from '../../helpers/loader-properties.js';

const input = (file: string, text: string) => ({ file, kind: 'powershell', view: 'unknown' as const, viewSource: 'none' as const, read: () => ({ text, encoding: 'utf8' as const, byteOrderMark: false }) });
const read = (...files: Array<[string, string]>): FormatLoad => readPowerShellFiles(files.map(([file, text]) => input(file, text)), isolatedLoadContext());
const at = (loc: { line: number; column: number; endLine: number; endColumn: number }) => `${loc.line}:${loc.column}-${loc.endLine}:${loc.endColumn}`;

describe('Direct Routing gateways', () => {
  it('reads New-, Set- and Remove-CsOnlinePSTNGateway across scripts, the FQDN and port at their parameters', () => {
    const load = read(
      [
        'pair.ps1',
        [
          'New-CsOnlinePSTNGateway -Fqdn SBC1.Contoso.com. -SipSignalingPort 5067 -Enabled $true',
          'New-CsOnlinePSTNGateway -Identity sbc2.contoso.com -SipSignallingPort 5061',
          "foreach ($sbc in 'sbc3.contoso.com', 'sbc4.contoso.com') { New-CsOnlinePSTNGateway -Fqdn $sbc -SipSignalingPort 5061 }",
          'New-CsOnlinePSTNGateway -Fqdn $env:SBC -SipSignalingPort 5061',
        ].join('\n'),
      ],
      ['change.ps1', ['Set-CsOnlinePSTNGateway -Identity sbc1.contoso.com -SipSignalingPort 5061', 'Set-CsOnlinePSTNGateway sbc9.contoso.com -Enabled $false', 'Remove-CsOnlinePSTNGateway -Identity sbc4.contoso.com'].join('\n')],
    );
    const topologies = load.nodes?.topologies ?? [];
    expect(topologies.map((t) => [t.file, t.source, describesDeployment(t)])).toEqual([
      ['pair.ps1', 'powershell', false],
      ['change.ps1', 'powershell', false],
    ]);
    expect(topologies.flatMap((t) => t.sbcs.map((s) => `${t.file} ${s.fqdn.value} ${at(s.fqdn.loc)} ${s.port ? `${s.port.value} ${s.port.loc.file}:${at(s.port.loc)}` : '-'}`))).toEqual([
      // Set- in the later script changes the port: it is reported there.
      'pair.ps1 sbc1.contoso.com 1:25-1:48 5061 change.ps1:1:52-1:74',
      'pair.ps1 sbc2.contoso.com 2:25-2:51 5061 pair.ps1:2:52-2:75',
      // In a loop over known items, each FQDN where its item is written.
      'pair.ps1 sbc3.contoso.com 3:18-3:36 5061 pair.ps1:3:113-3:117',
      'change.ps1 sbc9.contoso.com 2:25-2:41 -',
    ]);
    expect((load.nodes?.notes ?? []).map((n) => `${n.loc.line} ${n.expression} ${n.reason}`)).toEqual([expect.stringMatching(/^4 \$env:SBC \(.*\): the FQDN of this Direct Routing SBC is not known$/)]);
  });
});

describe('simple URLs', () => {
  it('reads the active URL of each New-CsSimpleUrl by its component', () => {
    const load = read([
      'urls.ps1',
      [
        '$entry = New-CsSimpleUrlEntry -Url "https://meet.contoso.com"',
        '$meet = New-CsSimpleUrl -Component "meet" -Domain "contoso.com" -SimpleUrlEntry $entry -ActiveUrl "https://meet.contoso.com"',
        '$dialin = New-CsSimpleUrl -Component dialin -Domain "*" -SimpleUrlEntry $entry -ActiveUrl https://dialin.contoso.com',
        '$admin = New-CsSimpleUrl -Component Cscp -Domain "*" -SimpleUrlEntry $entry -ActiveUrl "https://admin.contoso.com"',
        'Set-CsSimpleUrlConfiguration -Identity Global -SimpleUrl @{Add = $meet, $dialin, $admin}',
      ].join('\n'),
    ]);
    const [topology] = load.nodes?.topologies ?? [];
    expect(Object.entries(topology.simpleUrls).map(([kind, urls]) => `${kind} ${urls.map((u) => `${u.value} ${at(u.loc)}`).join(', ')}`)).toEqual([
      'meet https://meet.contoso.com 2:88-2:125',
      'dialin https://dialin.contoso.com 3:80-3:117',
      'admin https://admin.contoso.com 4:77-4:115',
    ]);
  });
});
