/**
 * firewall/client-media-outbound: with outbound traffic blocked by default, the Teams and Skype
 * for Business clients' rules must let their media out; each finding at the client's rule, or
 * at the default action when the client has none.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../../src/lint.js';
import { scratchTree } from '../../helpers/scratch-tree.js';

const tree = scratchTree('uclint-client-media-outbound-');

async function findings(files: Record<string, string>): Promise<string[]> {
  for (const [rel, text] of Object.entries(files)) tree.write(rel, text);
  const result = await lint({ cwd: tree.dir, onlyRules: ['firewall/client-media-outbound'] });
  return result.findings.filter((f) => !f.ruleId.startsWith('parse/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.messageId} ${f.message}`);
}

/** Teams clients behind a default outbound block: the rule Microsoft's Teams firewall guidance asks for (UDP 3478-3481 from the media ports). */
const TEAMS_CLIENT = [
  'Set-NetFirewallProfile -All -DefaultOutboundAction Block',
  "$teams = 'C:\\Program Files\\WindowsApps\\MSTeams_8wekyb3d8bbwe\\ms-teams.exe'",
  "New-NetFirewallRule -DisplayName 'Teams (TCP-Out)' -Direction Outbound -Action Allow -Program $teams -Protocol TCP -RemotePort 80, 443",
  "New-NetFirewallRule -DisplayName 'Teams media (UDP-Out)' -Direction Outbound -Action Allow -Program $teams -Protocol UDP -LocalPort 50000-50059 -RemotePort 3478-3481",
  '',
].join('\n');

describe('firewall/client-media-outbound', () => {
  it('raises nothing for a Teams client rule set that lets its media out', async () => {
    expect(await findings({ 'teams-client.ps1': TEAMS_CLIENT })).toEqual([]);
  });

  it('raises nothing where outbound traffic is allowed by default', async () => {
    expect(await findings({ 'teams-client.ps1': TEAMS_CLIENT.replace('-DefaultOutboundAction Block', '-DefaultOutboundAction Allow').replace('-RemotePort 3478-3481', '-RemotePort 443') })).toEqual([]);
  });

  it('reports the Teams rule whose local ports miss the media range the meeting configuration gives', async () => {
    const meeting = 'Set-CsTeamsMeetingConfiguration -ClientAudioPort 50000 -ClientAudioPortRange 20 -ClientVideoPort 50020 -ClientVideoPortRange 20 -ClientAppSharingPort 50060 -ClientAppSharingPortRange 20\n';
    expect(await findings({ 'teams-client.ps1': TEAMS_CLIENT, 'meeting.ps1': meeting })).toEqual([
      'teams-client.ps1:4:133 error udpMediaNotAllowed outbound traffic is blocked by default and rule Teams media (UDP-Out) for C:\\Program Files\\WindowsApps\\MSTeams_8wekyb3d8bbwe\\ms-teams.exe does not allow UDP from local ports 50060-50079 to remote port 3478-3481; Teams media from those ports is dropped',
    ]);
  });

  it('reports the default action when the client has no rule, for a client the estate configures', async () => {
    const text = TEAMS_CLIENT.split('\n').slice(0, 3).join('\n') + '\n';
    const qos = 'New-NetQosPolicy -Name "Teams Audio" -AppPathNameMatchCondition "ms-teams.exe" -IPSrcPortStartMatchCondition 50000 -IPSrcPortEndMatchCondition 50019 -DSCPAction 46\n';
    expect(await findings({ 'teams-client.ps1': text.replace(/\$teams -Protocol TCP/, "'C:\\Tools\\other.exe' -Protocol TCP"), 'qos.ps1': qos })).toEqual([
      'teams-client.ps1:1:52 error noClientRule outbound traffic is blocked by default here and no rule lets the Teams client (ms-teams.exe, teams.exe) send UDP from its media ports 50000-50019, 50020-50039, 50040-50059 to remote port 3478-3481; its calls and meetings have no media',
    ]);
  });

  it('says nothing of a default-block rule set for machines that show no client', async () => {
    const server = "netsh advfirewall set allprofiles firewallpolicy blockinbound,blockoutbound\nnetsh advfirewall firewall add rule name=\"DNS\" dir=out action=allow protocol=UDP remoteport=53\n";
    const dns = 'Add-DnsServerResourceRecord -ZoneName contoso.com -Srv -Name _sipinternaltls._tcp -DomainName pool.contoso.com -Priority 0 -Weight 0 -Port 5061\n';
    expect(await findings({ 'server.cmd': server, 'dns.ps1': dns })).toEqual([]);
  });

  it('reports the Skype for Business rules that allow no UDP media and no TCP 443, at the client\'s rule', async () => {
    const text = [
      'netsh advfirewall set allprofiles firewallpolicy blockinbound,blockoutbound',
      'netsh advfirewall firewall add rule name="Skype for Business" dir=out action=allow protocol=TCP remoteport=5061 program="C:\\Office16\\lync.exe"',
      '',
    ].join('\r\n');
    expect(await findings({ 'client.cmd': text })).toEqual([
      'client.cmd:2:93 error udpMediaNotAllowed outbound traffic is blocked by default and rule Skype for Business for C:\\Office16\\lync.exe does not allow UDP from local ports 1024-65535 to remote port 3478; Skype for Business / Lync media from those ports is dropped',
      'client.cmd:2:108 error tcpEdgeNotAllowed outbound traffic is blocked by default and rule Skype for Business for C:\\Office16\\lync.exe does not allow TCP to remote port 443; the Skype for Business / Lync client cannot reach the Edge for sign-in and TCP media',
    ]);
  });

  it('does not judge a rule set with a rule it could not read', async () => {
    const text = TEAMS_CLIENT.replace('-LocalPort 50000-50059', '-LocalPort $ports');
    const result = await findings({ 'teams-client.ps1': text });
    expect(result).toEqual([
      "teams-client.ps1:1:52 info notChecked not checked: a firewall rule at teams-client.ps1:4 could not be read, so whether the clients' media may leave is not known",
    ]);
  });
});
