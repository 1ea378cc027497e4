/**
 * QoS policies and client media settings as code: New-NetQosPolicy, Group Policy QoS registry
 * values, Set-CsTeamsMeetingConfiguration and Set-CsConferencingConfiguration, checked by
 * ice/port-ranges against each other at the parameter or registry value at fault. Microsoft's
 * documented deployments raise nothing.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lint, type LintResult } from '../../../src/lint.js';
import { readPowerShellFiles } from '../../../src/formats/powershell/load.js';
import type { TextInput } from '../../../src/formats/shared/format.js';
import { isolatedLoadContext } from '../../helpers/loader-properties.js';
import { scratchTree } from '../../helpers/scratch-tree.js';

const tree = scratchTree('uclint-qos-media-');

async function run(files: Record<string, string>): Promise<LintResult> {
  for (const [rel, text] of Object.entries(files)) tree.write(rel, text);
  return lint({ cwd: tree.dir, onlyRules: ['ice/port-ranges', 'firewall/client-media-outbound'] });
}

const shown = (result: LintResult) => result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);

/** "Implement Quality of Service (QoS) in Microsoft Teams": the PowerShell policies on Windows devices. */
const TEAMS_QOS = [
  'new-NetQosPolicy -Name "Teams Audio" -AppPathNameMatchCondition "ms-teams.exe" -IPProtocolMatchCondition Both -IPSrcPortStartMatchCondition 50000 -IPSrcPortEndMatchCondition 50019 -DSCPAction 46 -NetworkProfile All',
  'new-NetQosPolicy -Name "Teams Video" -AppPathNameMatchCondition "ms-teams.exe" -IPProtocolMatchCondition Both -IPSrcPortStartMatchCondition 50020 -IPSrcPortEndMatchCondition 50039 -DSCPAction 34 -NetworkProfile All',
  'new-NetQosPolicy -Name "Teams Sharing" -AppPathNameMatchCondition "ms-teams.exe" -IPProtocolMatchCondition Both -IPSrcPortStartMatchCondition 50040 -IPSrcPortEndMatchCondition 50059 -DSCPAction 18 -NetworkProfile All',
  '',
].join('\n');

const TEAMS_MEETING = 'Set-CsTeamsMeetingConfiguration -ClientAudioPort 50000 -ClientAudioPortRange 20 -ClientVideoPort 50020 -ClientVideoPortRange 20 -ClientAppSharingPort 50040 -ClientAppSharingPortRange 20 -ClientMediaPortRangeEnabled $true\n';

/** The same policies as Group Policy writes them (a `.reg` export of the GPO's registry values). */
const TEAMS_QOS_REG = [
  'Windows Registry Editor Version 5.00',
  '',
  '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\QoS\\Teams Audio]',
  '"Version"="1.0"',
  '"Application Name"="ms-teams.exe"',
  '"Protocol"="*"',
  '"Local Port"="50000:50019"',
  '"Local IP"="*"',
  '"Local IP Prefix Length"="*"',
  '"Remote Port"="*"',
  '"Remote IP"="*"',
  '"Remote IP Prefix Length"="*"',
  '"DSCP Value"="46"',
  '"Throttle Rate"="-1"',
  '',
  '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\QoS\\Teams Video]',
  '"Version"="1.0"',
  '"Application Name"="ms-teams.exe"',
  '"Protocol"="*"',
  '"Local Port"="50020:50039"',
  '"DSCP Value"="34"',
  '',
].join('\r\n');

describe('Teams QoS and media ports', () => {
  it('raises nothing for the documented Teams QoS policies and meeting configuration', async () => {
    expect(shown(await run({ 'qos.ps1': TEAMS_QOS, 'meeting.ps1': TEAMS_MEETING, 'teams-qos.reg': TEAMS_QOS_REG }))).toEqual([]);
  });

  it('reports a DSCP value that differs from the table, at -DSCPAction', async () => {
    const result = await run({ 'qos.ps1': TEAMS_QOS.replace('-DSCPAction 18', '-DSCPAction 28') });
    expect(shown(result)).toEqual([
      'qos.ps1:3:195 ice/port-ranges QoS policy Teams Sharing marks Teams sharing (source ports 50040-50059) with DSCP 28; the recommended marking is 18',
    ]);
  });

  it('reports a QoS policy for ports the meeting configuration does not use, at its port parameters', async () => {
    const result = await run({ 'qos.ps1': TEAMS_QOS, 'meeting.ps1': TEAMS_MEETING.replace('-ClientAppSharingPort 50040', '-ClientAppSharingPort 50100') });
    expect(shown(result)).toEqual([
      'qos.ps1:3:143 ice/port-ranges QoS policy Teams Sharing marks Teams media from source ports 50040-50059, which no Teams media range uses (audio 50000-50019, video 50020-50039, sharing 50100-50119); the media it means goes unmarked',
    ]);
  });

  it('reports overlapping ranges of the meeting configuration at the parameter', async () => {
    const result = await run({ 'meeting.ps1': TEAMS_MEETING.replace('-ClientVideoPort 50020', '-ClientVideoPort 50010') });
    expect(shown(result)).toEqual(['meeting.ps1:1:98 ice/port-ranges video port range 50010-50029 overlaps the audio range 50000-50019; the two streams cannot be marked apart']);
  });

  it('reads the Group Policy registry values whatever wrote them, each finding at its value', async () => {
    const result = await run({ 'teams-qos.reg': TEAMS_QOS_REG.replace('"DSCP Value"="34"', '"DSCP Value"="40"').replace('"Local Port"="50000:50019"', '"Local Port"="70000"') });
    expect(shown(result)).toEqual([
      "teams-qos.reg:7:1 ice/port-ranges QoS policy Teams Audio: \"Local Port\" '70000' is out of range: ports are 0-65535, so the policy matches nothing",
      'teams-qos.reg:21:1 ice/port-ranges QoS policy Teams Video marks Teams video (source ports 50020-50039) with DSCP 40; the recommended marking is 34',
    ]);
  });

  it('leaves a policy for another application alone', async () => {
    const other = "New-NetQosPolicy -Name Backup -AppPathNameMatchCondition backup.exe -IPSrcPortStartMatchCondition 10000 -IPSrcPortEndMatchCondition 10100 -DSCPAction 8\n";
    expect(shown(await run({ 'qos.ps1': TEAMS_QOS + other, 'meeting.ps1': TEAMS_MEETING }))).toEqual([]);
  });
});

describe('Skype for Business Server client port ranges and QoS', () => {
  const SFB = [
    'Set-CsConferencingConfiguration -ClientAudioPort 50020 -ClientAudioPortRange 20 -ClientVideoPort 58000 -ClientVideoPortRange 20 -ClientAppSharingPort 42000 -ClientAppSharingPortRange 20 -ClientFileTransferPort 42020 -ClientFileTransferPortRange 20',
    'Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True',
    "New-NetQosPolicy -Name 'Skype for Business Audio' -AppPathNameMatchCondition lync.exe -IPSrcPortStartMatchCondition 50020 -IPSrcPortEndMatchCondition 50039 -DSCPAction 46",
    "New-NetQosPolicy -Name 'Skype for Business Video' -AppPathNameMatchCondition lync.exe -IPSrcPortStartMatchCondition 58000 -IPSrcPortEndMatchCondition 58019 -DSCPAction 34",
    '',
  ].join('\n');

  it('raises nothing for the documented client port ranges and their QoS policies', async () => {
    expect(shown(await run({ 'sfb.ps1': SFB }))).toEqual([]);
  });

  it('reports a QoS policy for a range the conferencing configuration does not use', async () => {
    expect(shown(await run({ 'sfb.ps1': SFB.replace('-IPSrcPortStartMatchCondition 58000 -IPSrcPortEndMatchCondition 58019', '-IPSrcPortStartMatchCondition 50040 -IPSrcPortEndMatchCondition 50059') }))).toEqual([
      'sfb.ps1:4:117 ice/port-ranges QoS policy Skype for Business Video marks Skype for Business / Lync media from source ports 50040-50059, which no Skype for Business / Lync media range uses (audio 50020-50039, video 58000-58019, sharing 42000-42019, fileTransfer 42020-42039); the media it means goes unmarked',
    ]);
  });
});

describe('malformed media and QoS values', () => {
  it('are diagnostics at their line and column', async () => {
    const result = await lint({
      cwd: (() => {
        tree.write(
          'bad.ps1',
          [
            'New-NetQosPolicy -Name A -IPProtocolMatchCondition SCTP -DSCPAction 46',
            'New-NetQosPolicy -Name B -IPSrcPortStartMatchCondition 70000 -IPSrcPortEndMatchCondition 70010 -DSCPAction 46',
            'New-NetQosPolicy -Name C -IPSrcPortStartMatchCondition 50000 -DSCPAction 99',
            'Set-CsTeamsMeetingConfiguration -ClientAudioPort 50000 -ClientAudioPortRange 0',
            'Set-CsTeamsMeetingConfiguration -ClientVideoPort 50020',
          ].join('\n'),
        );
        return tree.dir;
      })(),
      onlyRules: [],
    });
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`)).toEqual([
      "1:52 error -IPProtocolMatchCondition 'SCTP' is not TCP, UDP, Both or None",
      "2:56 error -IPSrcPortStartMatchCondition '70000' is not a port (0-65535)",
      "2:90 error -IPSrcPortEndMatchCondition '70010' is not a port (0-65535)",
      "3:26 error -IPSrcPortStartMatchCondition needs -IPSrcPortEndMatchCondition: a QoS policy's port range has a start and an end",
      "4:78 error -ClientAudioPortRange '0' is not a number of ports (1 or more)",
      '5:33 info not checked: -ClientVideoPort is given without -ClientVideoPortRange, which Set-CsTeamsMeetingConfiguration leaves as it was: the video port range is not known',
    ]);
  });

  it('never throw, for any sequence of QoS and media words', () => {
    const TOKENS = ['New-NetQosPolicy', 'Set-CsTeamsMeetingConfiguration', 'Set-CsConferencingConfiguration', '-Name', '-DSCPAction', '-IPProtocolMatchCondition', '-IPSrcPortStartMatchCondition', '-IPSrcPortEndMatchCondition', '-AppPathNameMatchCondition', '-ClientAudioPort', '-ClientAudioPortRange', '-ClientMediaPortRangeEnabled', '$true', '46', '70000', '50000', '20', 'Both', 'x', '$v', '@p', ',', '\n'];
    const input = (text: string): TextInput => ({ file: 'm.ps1', size: text.length, read: () => ({ text }) }) as unknown as TextInput;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), (parts) => {
        const load = readPowerShellFiles([input(parts.join(' '))], isolatedLoadContext());
        for (const policy of load.nodes?.qosPolicies ?? []) {
          if (policy.dscp) expect(policy.dscp.value).toBeLessThanOrEqual(63);
          if (policy.localPorts) expect(policy.localPorts.last).toBeLessThanOrEqual(65535);
        }
      }),
      { numRuns: 200 },
    );
  });
});
