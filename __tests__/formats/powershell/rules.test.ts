/**
 * The DNS rules judge records a Windows DNS script creates at the lines that create them: a
 * standard on-premises Skype for Business Server internal DNS script raises nothing, and each
 * slip is reported on its line.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../../src/lint.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-windows-dns-rules-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Internal DNS of a Skype for Business Server Enterprise pool, DNS load balanced (split-brain: the external zone is elsewhere). */
const INTERNAL_DNS = [
  '# Internal DNS of the Skype for Business Server pool of contoso.com',
  "$zone = 'contoso.com'",
  "$pool = 'pool01.contoso.com'",
  'Add-DnsServerPrimaryZone -Name $zone -ReplicationScope Forest',
  'Add-DnsServerResourceRecordA -ZoneName $zone -Name fe01 -IPv4Address 10.0.0.11',
  'Add-DnsServerResourceRecordA -ZoneName $zone -Name fe02 -IPv4Address 10.0.0.12',
  "Add-DnsServerResourceRecordA -ZoneName $zone -Name pool01 -IPv4Address '10.0.0.11', '10.0.0.12'",
  'Add-DnsServerResourceRecordA -ZoneName $zone -Name sip -IPv4Address 10.0.0.11',
  'Add-DnsServerResourceRecordCName -ZoneName $zone -Name lyncdiscoverinternal -HostNameAlias $pool',
  'Add-DnsServerResourceRecord -ZoneName $zone -Srv -Name _sipinternaltls._tcp -DomainName $pool -Priority 0 -Weight 0 -Port 5061',
  "foreach ($name in 'meet', 'dialin', 'admin') {",
  '    Add-DnsServerResourceRecordA -ZoneName $zone -Name $name -IPv4Address 10.0.0.20',
  '}',
  '',
].join('\n');

async function findings(text: string, name = 'internal-dns.ps1'): Promise<string[]> {
  writeFileSync(path.join(dir, name), text);
  const result = await lint({ cwd: dir });
  return result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`);
}

describe('Skype for Business Server internal DNS written as a Windows DNS script', () => {
  it('raises nothing for the standard records (SRV 5061 to the pool, lyncdiscoverinternal, sip)', async () => {
    expect(await findings(INTERNAL_DNS)).toEqual([]);
  });

  it('reports the service and protocol joined by `_` on its line', async () => {
    expect(await findings(INTERNAL_DNS.replace('-Name _sipinternaltls._tcp', '-Name _sipinternaltls_tcp'))).toEqual([
      'internal-dns.ps1:10 dns/service-label-underscore SRV _sipinternaltls_tcp.contoso.com joins the service and protocol labels with `_`; clients look up _sipinternaltls._tcp.contoso.com: name the record _sipinternaltls._tcp.contoso.com',
    ]);
  });

  it('reports a wrong port on its line', async () => {
    expect(await findings(INTERNAL_DNS.replace('-Port 5061', '-Port 5060'))).toEqual([
      'internal-dns.ps1:10 sip/srv-port SRV _sipinternaltls._tcp.contoso.com targets pool01.contoso.com on port 5060; the _sipinternaltls._tcp service uses port 5061',
    ]);
  });

  it('reports an SRV record written at the apex on its line, naming the internal service meant', async () => {
    const result = await findings(INTERNAL_DNS.replace('-Name _sipinternaltls._tcp', '-Name "@"'));
    expect(result.filter((line) => line.includes('dns/srv-owner-labels'))).toEqual([expect.stringMatching(/^internal-dns\.ps1:10 dns\/srv-owner-labels .*_sipinternaltls\._tcp/)]);
  });

  it('reports the same slips in a batch file of dnscmd lines', async () => {
    const batch = [
      '@echo off',
      'dnscmd dc01 /zoneadd contoso.com /dsprimary',
      'dnscmd dc01 /recordadd contoso.com pool01 A 10.0.0.11',
      'dnscmd dc01 /recordadd contoso.com _sipinternaltls._tcp SRV 0 0 5060 pool01.contoso.com',
      'dnscmd dc01 /recordadd contoso.com _sipinternal_tcp SRV 0 0 5060 pool01.contoso.com',
      '',
    ].join('\r\n');
    expect(await findings(batch, 'dns.cmd')).toEqual([
      'dns.cmd:4 sip/srv-port SRV _sipinternaltls._tcp.contoso.com targets pool01.contoso.com on port 5060; the _sipinternaltls._tcp service uses port 5061',
      'dns.cmd:5 dns/service-label-underscore SRV _sipinternal_tcp.contoso.com joins the service and protocol labels with `_`; clients look up _sipinternal._tcp.contoso.com: name the record _sipinternal._tcp.contoso.com',
    ]);
  });
});
