/**
 * Windows DNS Server as code: the records PowerShell's DnsServer cmdlets and dnscmd create, read
 * from `.ps1`/`.psm1` scripts and `.cmd`/`.bat` files into zones, each record at its line.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint, type LintResult } from '../../../src/lint.js';
import { loadPowerShell } from '../../../src/formats/powershell/load.js';
import { loadBatch } from '../../../src/formats/batch/load.js';
import type { TextInput } from '../../../src/formats/shared/format.js';
import { isolatedLoadContext } from '../../helpers/loader-properties.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-windows-dns-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function run(files: Record<string, string>, onlyRules: string[] = []): Promise<LintResult> {
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return lint({ cwd: dir, onlyRules });
}

/** Every record of the estate as `file:line name type data ttl view`. */
function records(result: LintResult): string[] {
  return (result.estate?.zones ?? []).flatMap((zone) =>
    zone.records.map((r) => `${r.loc.file}:${r.loc.line}:${r.loc.column} ${r.name} ${r.type} ${JSON.stringify(r.data)} ${r.ttl} ${zone.view}`),
  );
}

const shown = (result: LintResult) => result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''} ${f.message}`);

describe('PowerShell DnsServer cmdlets', () => {
  it('reads each record cmdlet with its parameters by name, alias, prefix and position, names relative to the zone', async () => {
    const result = await run({
      'dns.ps1': [
        "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name sip -IPv4Address 10.0.0.5",
        'Add-DnsServerResourceRecordAAAA contoso.com sip 2001:db8::5',
        'Add-DnsServerResourceRecordCName -Name lyncdiscoverinternal -HostNameAlias pool01.contoso.com -ZoneName contoso.com',
        'Add-DnsServerResourceRecordMX -Preference 10 -Name "." -MailExchange mail.contoso.com -ZoneName contoso.com -TimeToLive 00:05:00',
        'Add-DnsServerResourceRecord -ZoneName contoso.com -Srv -Name _sipinternaltls._tcp -DomainName pool01.contoso.com. -Priority 0 -Weight 0 -Port 5061',
        'Add-DnsServerResourceRecord -ZoneName contoso.com -IPv4Address 10.0.0.6 -A meet',
        'Add-DnsServerResourceRecord -ForwardLookupZone contoso.com -Txt -Name "@" -DescriptiveText "v=spf1 -all"',
        'Add-DnsServerResourceRecord -ZoneN contoso.com -Name x.fabrikam.com. -CName -HostNameAlias sip.contoso.com',
        'Add-DnsServerResourceRecordA -ZoneName contoso.com -Name dialin -IpAddress 10.0.0.7 -TimeToLive 1.00:00:00',
      ].join('\n'),
    });
    expect(records(result)).toEqual([
      'dns.ps1:1:1 sip.contoso.com. A {"address":"10.0.0.5"} 3600 internal',
      'dns.ps1:2:1 sip.contoso.com. AAAA {"address":"2001:db8::5"} 3600 internal',
      'dns.ps1:3:1 lyncdiscoverinternal.contoso.com. CNAME {"target":"pool01.contoso.com."} 3600 internal',
      'dns.ps1:4:1 contoso.com. MX {"preference":10,"exchange":"mail.contoso.com."} 300 internal',
      'dns.ps1:5:1 _sipinternaltls._tcp.contoso.com. SRV {"priority":0,"weight":0,"port":5061,"target":"pool01.contoso.com."} 3600 internal',
      'dns.ps1:6:1 meet.contoso.com. A {"address":"10.0.0.6"} 3600 internal',
      'dns.ps1:7:1 contoso.com. TXT {"strings":["v=spf1 -all"]} 3600 internal',
      'dns.ps1:8:1 x.fabrikam.com. CNAME {"target":"sip.contoso.com."} 3600 internal',
      'dns.ps1:9:1 dialin.contoso.com. A {"address":"10.0.0.7"} 86400 internal',
    ]);
    expect(result.files.map((f) => [f.file, f.kind])).toEqual([['dns.ps1', 'powershell']]);
    expect(shown(result)).toEqual([]);
  });

  it('gives one record per address of a list and per item of a loop over a known array, each at its own range', async () => {
    const result = await run({
      'pool.ps1': [
        "$zone = 'contoso.com'",
        "Add-DnsServerResourceRecordA -ZoneName $zone -Name pool01 -IPv4Address '10.0.0.11', '10.0.0.12'",
        '$names = @(',
        "  'meet',",
        "  'dialin'",
        ')',
        'foreach ($n in $names) {',
        '  Add-DnsServerResourceRecordA -ZoneName $zone -Name $n -IPv4Address 10.0.0.20',
        '}',
      ].join('\n'),
    });
    expect(records(result)).toEqual([
      'pool.ps1:2:72 pool01.contoso.com. A {"address":"10.0.0.11"} 3600 internal',
      'pool.ps1:2:85 pool01.contoso.com. A {"address":"10.0.0.12"} 3600 internal',
      'pool.ps1:4:3 meet.contoso.com. A {"address":"10.0.0.20"} 3600 internal',
      'pool.ps1:5:3 dialin.contoso.com. A {"address":"10.0.0.20"} 3600 internal',
    ]);
  });

  it('says "not checked" once per expression for values known only when the script runs, and keeps the owner as unread', async () => {
    const result = await run({
      'lab.ps1': [
        'param([string]$Domain, [string]$PoolIp)',
        '$zone = (Get-ADDomain).DNSRoot',
        'Add-DnsServerResourceRecordA -ZoneName $zone -Name sip -IPv4Address 10.0.0.5',
        "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name meet -IPv4Address $PoolIp",
        "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name dialin -IPv4Address $PoolIp",
      ].join('\n'),
    });
    expect(shown(result)).toEqual([
      'lab.ps1:3:1 parse/powershell not checked: $zone (output of Get-ADDomain): the zone of this A record is not known',
      'lab.ps1:4:1 parse/powershell not checked: $PoolIp (script parameter $PoolIp has no default): the data of this A record is not known',
    ]);
    expect(records(result)).toEqual([]);
    expect(result.estate?.hasUnreadRecords('meet.contoso.com.')).toBe(true);
  });

  it('keeps data its type cannot hold as an unreadable record, reported at the value', async () => {
    const result = await run({
      'bad.ps1': [
        "Add-DnsServerResourceRecordA -ZoneName contoso.com -Name sip -IPv4Address '10.0.0.1 10.0.0.2'",
        'Add-DnsServerResourceRecord -ZoneName contoso.com -Srv -Name _sip._tls -DomainName sip.contoso.com -Priority 0 -Weight 0',
        "Add-DnsServerResourceRecord -ZoneName contoso.com -Srv -Name _sipfederationtls._tcp -DomainName '' -Priority 0 -Weight 0 -Port 5061",
      ].join('\n'),
    });
    expect(result.estate?.zones.flatMap((z) => (z.unreadableRecords ?? []).map((r) => `${r.loc.line} ${r.name} ${r.type} "${r.text}" ${r.problem} ${r.valueLoc?.column ?? '-'}`))).toEqual([
      "1 sip.contoso.com. A \"10.0.0.1 10.0.0.2\" '10.0.0.1 10.0.0.2' is not one value 75",
      '2 _sip._tls.contoso.com. SRV "" has no -Port -',
      '3 _sipfederationtls._tcp.contoso.com. SRV "0 0 5061 " has an empty value 97',
    ]);
    expect(records(result)).toEqual([]);
    expect(result.estate?.hasUnreadRecords('_sip._tls.contoso.com.')).toBe(true);
  });

  it('puts records of one zone from several scripts in one zone, viewed by the config or a directory first', async () => {
    const result = await run({
      'a.ps1': 'Add-DnsServerPrimaryZone -Name contoso.com -ZoneFile contoso.com.dns\nAdd-DnsServerResourceRecordA contoso.com sip 10.0.0.5\n',
      'b.ps1': 'Add-DnsServerResourceRecordA contoso.com meet 10.0.0.6\n',
      'external/edge.ps1': 'Add-DnsServerResourceRecordA contoso.com sip 203.0.113.5\n',
      'scopes.ps1': 'Add-DnsServerResourceRecordA contoso.com sip 198.51.100.5 -ZoneScope Internet\nAdd-DnsServerResourceRecordA contoso.com sip 10.9.0.5 -ZoneScope branch\n',
    });
    expect((result.estate?.zones ?? []).map((z) => `${z.file} ${z.origin} ${z.view} ${z.viewSource} ${z.records.length}`)).toEqual([
      'a.ps1 contoso.com. internal declared 2',
      'external/edge.ps1 contoso.com. external path 1',
      'scopes.ps1 contoso.com. external declared 1',
      'scopes.ps1 contoso.com. unknown none 1',
    ]);
  });

  it('reads suppression directives from comments, and nothing from a script without DNS commands, whatever its syntax', async () => {
    const result = await run(
      {
        'dns.ps1': "# uclint-disable-next-line sip/srv-port -- the pool listens on 5062 until May\nAdd-DnsServerResourceRecord -ZoneName contoso.com -Srv -Name _sipinternaltls._tcp -DomainName pool.contoso.com -Priority 0 -Weight 0 -Port 5062\n",
        'other.ps1': 'if ($x) { Write-Host "no end"\n',
      },
      ['sip/srv-port'],
    );
    expect(shown(result)).toEqual([
      'dns.ps1:2:1 sip/srv-port (suppressed) SRV _sipinternaltls._tcp.contoso.com targets pool.contoso.com on port 5062; the _sipinternaltls._tcp service uses port 5061',
    ]);
    expect(result.files.map((f) => [f.file, f.kind])).toEqual([
      ['dns.ps1', 'powershell'],
      ['other.ps1', 'powershell'],
    ]);
  });

  it('reports syntax problems of a script that names a DNS command', async () => {
    const result = await run({ 'dns.ps1': 'if ($x) {\nAdd-DnsServerResourceRecordA contoso.com sip 10.0.0.5\n' });
    expect(result.findings.map((f) => `${f.line} ${f.ruleId} ${f.messageId}`)).toEqual(['1 parse/powershell powershell/syntax']);
  });
});

describe('dnscmd in batch files and scripts', () => {
  it('reads /recordadd with its options and TTL, /zoneadd /dsprimary, and data fields split as the program splits them', async () => {
    const result = await run({
      'dns.cmd': [
        '@echo off',
        'set ZONE=contoso.com',
        'dnscmd dc01 /zoneadd %ZONE% /dsprimary',
        'dnscmd dc01 /recordadd %ZONE% _sipinternaltls._tcp SRV 0 0 5061 pool01.contoso.com',
        'dnscmd /RecordAdd %ZONE% sip /Aging 600 A 10.0.0.5',
        'dnscmd /recordadd %ZONE% @ TXT "v=spf1 -all"',
        'for %%n in (meet dialin) do dnscmd /recordadd %ZONE% %%n CNAME pool01.contoso.com',
      ].join('\r\n'),
      'dns.ps1': 'dnscmd.exe dc01 /recordadd contoso.com lyncdiscoverinternal CNAME pool01.contoso.com\n',
    });
    expect(records(result)).toEqual([
      'dns.cmd:4:1 _sipinternaltls._tcp.contoso.com. SRV {"priority":0,"weight":0,"port":5061,"target":"pool01.contoso.com."} 3600 internal',
      'dns.cmd:5:1 sip.contoso.com. A {"address":"10.0.0.5"} 600 internal',
      'dns.cmd:6:1 contoso.com. TXT {"strings":["v=spf1 -all"]} 3600 internal',
      'dns.cmd:7:13 meet.contoso.com. CNAME {"target":"pool01.contoso.com."} 3600 internal',
      'dns.cmd:7:18 dialin.contoso.com. CNAME {"target":"pool01.contoso.com."} 3600 internal',
      'dns.ps1:1:1 lyncdiscoverinternal.contoso.com. CNAME {"target":"pool01.contoso.com."} 3600 internal',
    ]);
    expect(result.files.map((f) => [f.file, f.kind])).toEqual([
      ['dns.cmd', 'batch'],
      ['dns.ps1', 'powershell'],
    ]);
  });

  it('keeps an SRV line missing a field as unreadable at its data, and notes what the file does not set', async () => {
    const result = await run(
      {
        'dns.bat': [
          'dnscmd /recordadd contoso.com _sipinternaltls._tcp SRV 0 5061 pool01.contoso.com',
          'dnscmd %1 /recordadd %2 sip A 10.0.0.5',
          'dnscmd /recordadd contoso.com _sip._tls SRV',
          ':: uclint-disable-next-line sip/srv-port -- moving to 5061 in May',
          'dnscmd /recordadd contoso.com _sipfederationtls._tcp SRV 0 0 5062 sip.contoso.com',
        ].join('\r\n'),
      },
      ['sip/srv-port'],
    );
    expect(result.estate?.zones.flatMap((z) => (z.unreadableRecords ?? []).map((r) => `${r.loc.line} ${r.name} "${r.text}" ${r.problem} ${r.valueLoc?.column}-${r.valueLoc?.endColumn}`))).toEqual([
      expect.stringMatching(/^1 _sipinternaltls\._tcp\.contoso\.com\. "0 5061 pool01\.contoso\.com" .* 56-81$/),
      '3 _sip._tls.contoso.com. "" missing SRV priority 41-44',
    ]);
    expect(shown(result)).toEqual([
      'dns.bat:2:1 parse/batch not checked: %2 (a batch argument (%1, %~dp0, ...)): the zone of this DNS record is not known',
      'dns.bat:5:1 sip/srv-port (suppressed) SRV _sipfederationtls._tcp.contoso.com targets sip.contoso.com on port 5062; the _sipfederationtls._tcp service uses port 5061',
    ]);
  });
});

describe('loading arbitrary text', () => {
  const context = isolatedLoadContext;
  const input = (file: string, text: string): TextInput => ({ file, kind: 'powershell', view: 'unknown', viewSource: 'none', read: () => ({ text, encoding: 'utf8', byteOrderMark: false }) });
  const words = ['Add-DnsServerResourceRecord', 'Add-DnsServerResourceRecordA', ' -Srv', ' -ZoneName', ' -Name', ' -Port', ' -IPv4Address', ' dnscmd', ' /recordadd', ' SRV', ' A ', "'x'", ' @(', ')', ' $a', ' 5061', ' .', ' @', '\n', ',', '"', '%1', '{', '}', 'foreach ($i in 1,2) {'];
  const text = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }), { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws, and every record lies in the file', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (source) => {
        const lines = source.split(/\r\n|\r|\n/).length;
        for (const loaded of [await loadPowerShell([input('a.ps1', source)], context()), await loadBatch([input('a.cmd', source)], context())]) {
          for (const zone of loaded.nodes?.zones ?? []) {
            for (const record of zone.records) expect(record.loc.line).toBeLessThanOrEqual(lines);
          }
        }
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});
