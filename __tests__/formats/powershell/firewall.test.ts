/**
 * Windows Firewall as code: New-/Set-NetFirewallRule, Set-NetFirewallProfile and netsh
 * advfirewall, in PowerShell scripts and batch files, into one rule set per file, each value at
 * its parameter; values the cmdlets refuse are diagnostics at their line and column.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lint, type LintResult } from '../../../src/lint.js';
import { readPowerShellFiles } from '../../../src/formats/powershell/load.js';
import { readBatchFiles } from '../../../src/formats/batch/load.js';
import type { TextInput } from '../../../src/formats/shared/format.js';
import type { FirewallRule } from '../../../src/model/network.js';
import { isolatedLoadContext } from '../../helpers/loader-properties.js';
import { scratchTree } from '../../helpers/scratch-tree.js';
import { expectNearLinear } from '../../helpers/scaling.js';

const tree = scratchTree('uclint-windows-firewall-');

async function run(files: Record<string, string>, onlyRules: string[] = []): Promise<LintResult> {
  for (const [rel, text] of Object.entries(files)) tree.write(rel, text);
  return lint({ cwd: tree.dir, onlyRules });
}

const at = (loc: { line: number; column: number }) => `${loc.line}:${loc.column}`;

/** A rule as `line name direction action protocol local:ports remote:ports addresses program`, each value with where it is written. */
function shown(rule: FirewallRule): string {
  const ports = (list: FirewallRule['localPorts']) => list.map((p) => `${p.keyword ?? p.text}@${at(p.loc)}`).join(',');
  const addresses = (list: FirewallRule['remoteAddresses']) => list.map((a) => `${a.keyword ?? a.text}@${at(a.loc)}`).join(',');
  return [
    rule.loc.line,
    `${rule.name.value}@${at(rule.name.loc)}`,
    `${rule.direction.value}@${at(rule.direction.loc)}`,
    `${rule.action.value}@${at(rule.action.loc)}`,
    `${rule.protocol.value}@${at(rule.protocol.loc)}`,
    `L:${ports(rule.localPorts)}`,
    `R:${ports(rule.remotePorts)}`,
    `RA:${addresses(rule.remoteAddresses)}`,
    `P:${rule.profiles.map((p) => p.value).join(',')}`,
    rule.program ? `prog:${rule.program.value}` : 'prog:any',
    rule.enabled ? 'on' : 'off',
  ].join(' ');
}

const problems = (result: LintResult) => result.findings.filter((f) => f.ruleId.startsWith('parse/') && f.severity !== 'info').map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
const notes = (result: LintResult) => result.findings.filter((f) => f.severity === 'info' && f.ruleId.startsWith('parse/')).map((f) => `${f.file}:${f.line} ${f.message}`);

describe('New-NetFirewallRule, Set-NetFirewallRule and Set-NetFirewallProfile', () => {
  it('reads every scope parameter at its own range, with Windows defaults and keywords', async () => {
    const result = await run({
      'client.ps1': [
        'Set-NetFirewallProfile -Profile Domain,Private -DefaultInboundAction Block -DefaultOutboundAction Block',
        "New-NetFirewallRule -DisplayName 'SfB TCP' -Direction Outbound -Action Allow -Protocol TCP -RemotePort 443, 5061 -Program 'C:\\Office16\\lync.exe'",
        "New-NetFirewallRule -DisplayName 'Local' -Protocol UDP -LocalPort 50000-50059 -RemoteAddress LocalSubnet, 10.0.0.0/255.0.0.0 -Profile Domain",
        "$rule = @{ DisplayName = 'RPC in'; Protocol = 'TCP'; LocalPort = 'RPC'; Enabled = 'False' }",
        'New-NetFirewallRule @rule',
        "New-NetFirewallRule -DisplayName 'Block GRE' -Action Block -Protocol 47",
      ].join('\n'),
    });
    expect(problems(result)).toEqual([]);
    const [set] = result.estate?.firewallRuleSets ?? [];
    expect(set.rules.map(shown)).toEqual([
      "2 SfB TCP@2:34 outbound@2:55 allow@2:72 tcp@2:88 L:any@2:1 R:443@2:104,5061@2:109 RA:any@2:1 P:any prog:C:\\Office16\\lync.exe on",
      '3 Local@3:34 inbound@3:1 allow@3:1 udp@3:52 L:50000-50059@3:67 R:any@3:1 RA:LocalSubnet@3:94,10.0.0.0/255.0.0.0@3:107 P:domain prog:any on',
      '5 RPC in@4:26 inbound@5:1 allow@5:1 tcp@4:47 L:RPC@4:66 R:any@5:1 RA:any@5:1 P:any prog:any off',
      '6 Block GRE@6:34 inbound@6:1 block@6:54 other@6:70 L:any@6:1 R:any@6:1 RA:any@6:1 P:any prog:any on',
    ]);
    expect(set.defaultActions?.map((d) => `${d.direction} ${d.action.value}@${at(d.action.loc)} ${d.profiles.map((p) => p.value).join(',')}`)).toEqual([
      'inbound block@1:70 domain,private',
      'outbound block@1:99 domain,private',
    ]);
    expect(set.rules[1].remoteAddresses[1].ranges).toHaveLength(1);
  });

  it('applies Set-, Enable-, Disable- and Remove-NetFirewallRule to the rules the script creates', async () => {
    const result = await run({
      'rules.ps1': [
        "New-NetFirewallRule -Name SfbUdp -DisplayName 'SfB UDP' -Direction Outbound -Protocol UDP",
        "New-NetFirewallRule -DisplayName 'Old' -Direction Inbound",
        'Set-NetFirewallRule -Name SfbUdp -RemotePort 3478',
        "Disable-NetFirewallRule -DisplayName 'SfB UDP'",
        "Remove-NetFirewallRule -DisplayName 'Old'",
        "Set-NetFirewallRule -DisplayGroup 'Remote Desktop' -Enabled True",
      ].join('\n'),
    });
    const [set] = result.estate?.firewallRuleSets ?? [];
    expect(set.rules.map(shown)).toEqual(['1 SfB UDP@1:47 outbound@1:68 allow@1:1 udp@1:87 L:any@1:1 R:3478@3:46 RA:any@1:1 P:any prog:any off']);
    expect(notes(result)).toEqual([
      "rules.ps1:6 not checked: Set-NetFirewallRule names firewall rules this script does not create (-DisplayGroup 'Remote Desktop', first at line 6), so what it changes is not known",
    ]);
  });

  it('reports values the cmdlets refuse at their line and column, and does not create the rule', async () => {
    const result = await run({
      'bad.ps1': [
        "New-NetFirewallRule -DisplayName 'A' -Protocol FOO",
        "New-NetFirewallRule -DisplayName 'B' -Protocol TCP -LocalPort 70000",
        "New-NetFirewallRule -DisplayName 'C' -Direction Sideways",
        "New-NetFirewallRule -DisplayName 'D' -Protocol ICMPv4 -RemotePort 443",
        "New-NetFirewallRule -DisplayName 'E' -RemoteAddress 10.0.0.1/8",
        'Set-NetFirewallProfile -All -DefaultOutboundAction Deny',
      ].join('\n'),
    });
    expect(problems(result)).toEqual([
      "bad.ps1:1:48 'FOO' is not a protocol (TCP, UDP, ICMPv4, ICMPv6, Any or a number 0-255)",
      "bad.ps1:2:63 port '70000' is out of range: ports are 0-65535",
      "bad.ps1:3:49 'Sideways' is not a direction (Inbound or Outbound)",
      "bad.ps1:4:67 ports need protocol TCP or UDP; the rule's protocol is icmp",
      "bad.ps1:5:53 '10.0.0.1/8' has host bits set: the network is 10.0.0.0/8, or 10.0.0.1/32 was meant",
      "bad.ps1:6:52 -DefaultOutboundAction 'Deny' is not Allow, Block or NotConfigured",
    ]);
    expect(result.estate?.firewallRuleSets[0].rules).toEqual([]);
  });

  it('says once per file and expression what is known only when the script runs, and keeps the rule aside', async () => {
    const result = await run({
      'unknown.ps1': [
        "New-NetFirewallRule -DisplayName 'Servers' -RemoteAddress $servers -Action Block",
        "New-NetFirewallRule -DisplayName 'Servers 2' -RemoteAddress $servers -Action Block",
        "New-NetFirewallRule -DisplayName 'Teams' -Direction Outbound -Program \"$env:LOCALAPPDATA\\Microsoft\\Teams\\current\\Teams.exe\" -Protocol UDP",
      ].join('\n'),
    });
    const [set] = result.estate?.firewallRuleSets ?? [];
    expect(set.rules.map((r) => `${r.name.value} ${r.program?.value}`)).toEqual(['Teams $env:LOCALAPPDATA\\Microsoft\\Teams\\current\\Teams.exe']);
    expect(set.unreadRules?.map((loc) => loc.line)).toEqual([1, 2]);
    expect(notes(result)).toHaveLength(2);
    expect(notes(result)[0]).toMatch(/^unknown\.ps1:1 not checked: \$servers .*the RemoteAddress of firewall rule 'Servers' is not known$/);
  });
});

describe('the firewall rules judge what the scripts create', () => {
  it('an allow for LocalSubnet is not dead behind a block of one network, but is behind a block of every address', async () => {
    const rules = (block: string) =>
      [
        `New-NetFirewallRule -DisplayName 'Block SMB' -Action Block -Protocol TCP -LocalPort 445 -RemoteAddress ${block}`,
        "New-NetFirewallRule -DisplayName 'SMB local' -Action Allow -Protocol TCP -LocalPort 445 -RemoteAddress LocalSubnet",
        "New-NetFirewallRule -DisplayName 'Allow all in' -Direction Inbound -Action Allow",
      ].join('\n');
    const shownFindings = (result: LintResult) => result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`);
    expect(shownFindings(await run({ 'fw.ps1': rules('10.1.0.0/16') }, ['firewall/shadowed-rule', 'firewall/any-any-allow']))).toEqual([
      '3:34 firewall/any-any-allow inbound rule Allow all in allows any protocol from any address to any port; the firewall does nothing for this traffic',
    ]);
    expect(shownFindings(await run({ 'fw.ps1': rules('Any') }, ['firewall/shadowed-rule']))).toEqual([
      '2:34 firewall/shadowed-rule allow rule SMB local has no effect: block rules of the same or broader scope (Block SMB) cover all its remote addresses, and block beats allow',
    ]);
  });
});

describe('netsh advfirewall', () => {
  const NETSH = [
    'netsh advfirewall set allprofiles firewallpolicy blockinbound,blockoutbound',
    'netsh advfirewall firewall add rule name="Lync media" dir=out action=allow protocol=UDP localport=50000-50059 program="C:\\Office16\\lync.exe"',
    'netsh advfirewall firewall add rule name="Ping" dir=in action=allow protocol=icmpv4:8,any',
    'netsh advfirewall firewall add rule name="Web" dir=in action=allow protocol=TCP localport=80,443 remoteip=localsubnet,192.0.2.0/24',
    'netsh advfirewall firewall set rule name="Web" new enable=no',
  ].join('\n');

  it('reads rules and the firewall policy from a batch file, each value at its columns', async () => {
    const result = await run({ 'fw.cmd': NETSH });
    expect(problems(result)).toEqual([]);
    const [set] = result.estate?.firewallRuleSets ?? [];
    expect(set.rules.map(shown)).toEqual([
      '2 Lync media@2:43 outbound@2:59 allow@2:70 udp@2:85 L:50000-50059@2:99 R:any@2:1 RA:any@2:1 P:any prog:C:\\Office16\\lync.exe on',
      '3 Ping@3:43 inbound@3:53 allow@3:63 icmp@3:78 L:any@3:1 R:any@3:1 RA:any@3:1 P:any prog:any on',
      '4 Web@4:43 inbound@4:52 allow@4:62 tcp@4:77 L:80@4:91,443@4:94 R:any@4:1 RA:LocalSubnet@4:107,192.0.2.0/24@4:119 P:any prog:any off',
    ]);
    expect(set.defaultActions?.map((d) => `${d.direction} ${d.action.value}@${at(d.action.loc)}`)).toEqual(['inbound block@1:50', 'outbound block@1:63']);
  });

  it('reads the same lines in a PowerShell script, where an unquoted comma list is a note', async () => {
    const result = await run({ 'fw.ps1': NETSH });
    const [set] = result.estate?.firewallRuleSets ?? [];
    expect(set.rules.map((r) => r.name.value)).toEqual(['Lync media']);
    expect(set.defaultActions?.map((d) => `${d.direction} ${d.action.value}`)).toEqual(['inbound block', 'outbound block']);
    expect(notes(result)).toEqual([
      'fw.ps1:3 not checked: any is passed to netsh as an argument of its own (PowerShell splits an unquoted comma-separated value), so what netsh makes of the rule is not known: quote the value',
      'fw.ps1:4 not checked: 443 is passed to netsh as an argument of its own (PowerShell splits an unquoted comma-separated value), so what netsh makes of the rule is not known: quote the value',
      'fw.ps1:5 not checked: netsh advfirewall firewall set rule names firewall rules this file does not create (name=Web, first at line 5), so what it changes is not known',
    ]);
  });

  it('reports a bad direction, protocol and port of a batch file at line and column', async () => {
    const result = await run({ 'bad.bat': 'netsh advfirewall firewall add rule name=x dir=sideways action=allow protocol=tcp localport=70000\nnetsh advfirewall firewall add rule name=y dir=in action=allow protocol=xyz' });
    expect(problems(result)).toEqual([
      "bad.bat:1:48 'sideways' is not a direction (in or out)",
      "bad.bat:1:93 port '70000' is out of range: ports are 0-65535",
      "bad.bat:2:73 'xyz' is not a protocol (tcp, udp, icmpv4, icmpv6, any or a number 0-255)",
    ]);
  });
});

describe('reading never throws and keeps what it reads', () => {
  const TOKENS = ['New-NetFirewallRule', 'Set-NetFirewallRule', 'Set-NetFirewallProfile', '-DisplayName', '-Direction', '-Action', '-Protocol', '-LocalPort', '-RemotePort', '-RemoteAddress', '-Program', '-Profile', '-Enabled', '-DefaultOutboundAction', 'Outbound', 'Block', 'Allow', 'TCP', 'UDP', '70000', '5060-5061', 'LocalSubnet', 'RPC', '10.0.0.0/8', "'x'", '$v', '@p', ',', ' ', '\n', 'netsh advfirewall firewall add rule', 'name=a', 'dir=out', 'action=block', 'localport=1,2', 'netsh advfirewall set allprofiles firewallpolicy', 'blockinbound,blockoutbound'];
  const script = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join(' '));
  const input = (text: string, file: string): TextInput => ({ file, size: text.length, read: () => ({ text }) }) as unknown as TextInput;

  it('for any sequence of firewall words, in a script or a batch file', () => {
    fc.assert(
      fc.property(script, (text) => {
        const ps = readPowerShellFiles([input(text, 'a.ps1')], isolatedLoadContext());
        const bat = readBatchFiles([input(text, 'a.cmd')], isolatedLoadContext());
        for (const load of [ps, bat]) {
          for (const set of load.nodes?.firewallRuleSets ?? []) {
            for (const rule of set.rules) {
              for (const p of [...rule.localPorts, ...rule.remotePorts]) expect(p.keyword !== undefined || (p.first <= p.last && p.last <= 65535)).toBe(true);
            }
          }
          for (const d of load.diagnostics ?? []) expect(d.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads a port range written any way it can be, at its own range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }), (a, b) => {
        const [first, last] = a <= b ? [a, b] : [b, a];
        const text = `New-NetFirewallRule -DisplayName x -Protocol UDP -LocalPort ${first}-${last}`;
        const load = readPowerShellFiles([input(text, 'p.ps1')], isolatedLoadContext());
        const [port] = load.nodes?.firewallRuleSets?.[0].rules[0].localPorts ?? [];
        expect([port.first, port.last, port.loc.column]).toEqual([first, last, text.indexOf('-LocalPort') + 12]);
      }),
      { numRuns: 100 },
    );
  });

  it('grows about linearly with the number of rules', () => {
    expectNearLinear(
      {
        input: (n) => Array.from({ length: n }, (_, i) => `New-NetFirewallRule -DisplayName 'r${i}' -Direction Outbound -Protocol UDP -LocalPort ${1024 + (i % 60000)} -RemoteAddress 10.${i % 250}.0.0/16`).join('\n'),
        run: (text) => readPowerShellFiles([input(text, 'big.ps1')], isolatedLoadContext()),
      },
      500,
    );
  });
});
