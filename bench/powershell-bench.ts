/**
 * PowerShell and batch reading benchmark: a generated script of 10,000 commands in the shapes
 * uclint reads (DNS records with variables, firewall rules splatted from hashtables built per
 * rule, QoS policies, Set-Cs settings, registry values, reg.exe lines, a foreach over a literal
 * list, a DSC configuration of Registry resources), and a batch file of 10,000 reg/netsh lines.
 * Times are the median of several reads in this process; peak memory is measured in a child
 * process that reads the file once (its peak RSS, beside that of a child that reads nothing).
 *
 * Usage: npm run bench (after the zone benchmark)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readBatch, readPowerShell } from '../src/languages/powershell/index.js';
import { time } from './timing.js';

const COMMANDS = 10_000;

/** A script of `n` commands (the DSC resources count as commands). */
export function powershellScript(n: number): string {
  const lines: string[] = ["$Zone = 'contoso.com'", "$Lync = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Office\\16.0\\Lync'", '[int]$MediaStart = 50000'];
  let commands = 0;
  const kinds = 8;
  for (let i = 0; commands < n; i++) {
    switch (i % kinds) {
      case 0:
        lines.push(`Add-DnsServerResourceRecordA -ZoneName $Zone -Name "host${i}" -IPv4Address 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
        commands++;
        break;
      case 1:
        lines.push(`Add-DnsServerResourceRecord -ZoneName $Zone -Srv -Name "_sip._tls.site${i}" -DomainName "sip${i}.$Zone" -Priority 100 -Weight 1 -Port 443`);
        commands++;
        break;
      case 2:
        lines.push(`$rule = @{ DisplayName = 'Teams media ${i}'; Direction = 'Inbound'; Protocol = 'UDP'; LocalPort = ($MediaStart + ${i % 100}); Action = 'Allow' }`);
        lines.push(`New-NetFirewallRule @rule -Profile Domain, Private -Program "$env:LOCALAPPDATA\\Microsoft\\Teams\\current\\Teams.exe"`);
        commands++;
        break;
      case 3:
        lines.push(`New-NetQosPolicy -Name "Teams ${i}" -AppPathNameMatchCondition Teams.exe -IPSrcPortStartMatchCondition $MediaStart -IPSrcPortEndMatchCondition ($MediaStart + 19) -DSCPAction 46`);
        commands++;
        break;
      case 4:
        lines.push(`Set-CsConferencingConfiguration -Identity "site:Site${i}" -ClientAudioPort $MediaStart -ClientAudioPortRange 20 -ClientMediaPortRangeEnabled $true`);
        commands++;
        break;
      case 5:
        lines.push(`New-ItemProperty -Path $Lync -Name "Setting${i}" -PropertyType DWord -Value ${i % 2} -Force`);
        commands++;
        break;
      case 6:
        lines.push(`reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Office\\16.0\\Lync" /v Setting${i} /t REG_DWORD /d ${i % 2} /f`);
        commands++;
        break;
      default:
        lines.push(`foreach ($port in 5060, 5061) { netsh advfirewall firewall add rule name="SIP $port ${i}" dir=in action=allow protocol=TCP localport=$port }`);
        commands += 2;
        break;
    }
  }
  return lines.join('\n');
}

export function batchFile(n: number): string {
  const lines = ['@echo off', 'set LYNC=HKLM\\SOFTWARE\\Policies\\Microsoft\\Office\\16.0\\Lync'];
  for (let i = 0; i < n; i++) {
    lines.push(i % 2 ? `reg add "%LYNC%" /v Setting${i} /t REG_DWORD /d ${i % 2} /f` : `netsh advfirewall firewall add rule name="Rule ${i}" dir=in action=allow protocol=UDP localport=${50000 + (i % 1000)}`);
  }
  return lines.join('\r\n');
}

/** Peak RSS (MiB) of a child process that reads the input once (`what`), or reads nothing ('none'). */
function peakRss(what: 'powershell' | 'batch' | 'none'): number {
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', what], { encoding: 'utf8' });
  const match = /rss-kib (\d+)/.exec(result.stdout ?? '');
  if (!match) throw new Error(`child failed: ${result.stderr}`);
  return Number(match[1]) / 1024;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain && process.argv[2] === '--child') {
  const what = process.argv[3];
  if (what === 'powershell') readPowerShell(powershellScript(COMMANDS), 'bench.ps1');
  else if (what === 'batch') readBatch(batchFile(COMMANDS), 'bench.cmd');
  process.stdout.write(`rss-kib ${process.resourceUsage().maxRSS}\n`);
} else if (isMain) {
  const script = powershellScript(COMMANDS);
  const batch = batchFile(COMMANDS);
  let invocations = 0;
  const psMs = time(() => {
    invocations = readPowerShell(script, 'bench.ps1').invocations.length;
  });
  let batchInvocations = 0;
  const batchMs = time(() => {
    batchInvocations = readBatch(batch, 'bench.cmd').invocations.length;
  });
  const small = time(() => readPowerShell(powershellScript(COMMANDS / 10), 'bench.ps1'));
  const baseline = peakRss('none');
  console.log('PowerShell and batch reading (median of 7 reads; peak RSS of a child reading once, and of one reading nothing)');
  console.log(`PowerShell ${COMMANDS.toLocaleString('en-US')} commands, ${(script.length / 1024).toFixed(0)} KiB: ${psMs.toFixed(0)} ms (${invocations} invocations), peak RSS ${peakRss('powershell').toFixed(0)} MiB (baseline ${baseline.toFixed(0)} MiB); 1/10 the commands: ${small.toFixed(0)} ms, growth for 10x: ${(psMs / small).toFixed(1)}x`);
  console.log(`batch ${COMMANDS.toLocaleString('en-US')} lines, ${(batch.length / 1024).toFixed(0)} KiB: ${batchMs.toFixed(0)} ms (${batchInvocations} invocations), peak RSS ${peakRss('batch').toFixed(0)} MiB`);
}
