import { describe, expect, it } from '@jest/globals';
import { lint } from '../../../src/lint.js';
import type { DnsZone } from '../../../src/model/dns.js';
import { AZURE_TEAMS, ROUTE53_TEAMS } from './fixtures.js';
import { scratchTree } from '../../helpers/scratch-tree.js';

const tree = scratchTree('uclint-terraform-');
const write = tree.write;

type Finding = { file: string; line: number; ruleId: string; message: string; suppressed?: unknown };
const shown = (findings: readonly Finding[]) => findings.map((f) => `${f.file}:${f.line} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''} ${f.message}`);

const DNS_RULES = ['sip/srv-port', 'sip/srv-target', 'dns/cname-and-other-data', 'dns/service-label-underscore', 'dns/srv-owner-labels', 'dns/dangling-target', 'dns/duplicate-record', 'teams/online-records'];

async function run(onlyRules: string[] = DNS_RULES) {
  return lint({ cwd: tree.dir, onlyRules });
}

function zones(result: Awaited<ReturnType<typeof lint>>): readonly DnsZone[] {
  return result.estate?.zones ?? [];
}

function records(zone: DnsZone): string[] {
  return zone.records.map((r) => `${r.loc.file}:${r.loc.line} ${r.name} ${r.type} ${JSON.stringify(r.data)}`);
}

describe('Terraform: Teams DNS as documented raises nothing', () => {
  it('in Route 53: every record at its resource or for_each map entry, in the external view', async () => {
    write('dns/main.tf', ROUTE53_TEAMS);
    const result = await run();
    expect(shown(result.findings)).toEqual([]);
    expect(result.files.map((f) => [f.file, f.kind])).toEqual([['dns/main.tf', 'terraform']]);
    const [zone] = zones(result);
    expect([zone.origin, zone.view, zone.viewSource, zone.loc.line]).toEqual(['contoso.com.', 'external', 'declared', 2]);
    expect(records(zone)).toEqual([
      // for_each goes through a map's keys in order, each record on its map entry's line.
      'dns/main.tf:10 autodiscover.contoso.com. CNAME {"target":"autodiscover.outlook.com."}',
      'dns/main.tf:9 lyncdiscover.contoso.com. CNAME {"target":"webdir.online.lync.com."}',
      'dns/main.tf:8 sip.contoso.com. CNAME {"target":"sipdir.online.lync.com."}',
      'dns/main.tf:23 _sip._tls.contoso.com. SRV {"priority":100,"weight":1,"port":443,"target":"sipdir.online.lync.com."}',
      'dns/main.tf:31 _sipfederationtls._tcp.contoso.com. SRV {"priority":100,"weight":1,"port":5061,"target":"sipfed.online.lync.com."}',
      'dns/main.tf:39 contoso.com. MX {"preference":0,"exchange":"contoso-com.mail.protection.outlook.com."}',
      'dns/main.tf:47 contoso.com. TXT {"strings":["MS=ms12345678"]}',
      'dns/main.tf:47 contoso.com. TXT {"strings":["v=spf1 include:spf.protection.outlook.com -all"]}',
    ]);
    expect(zone.recordSets?.map((s) => `${s.loc.line} ${s.name} ${s.type} ${s.rows.length} ${s.complete}`)).toEqual([
      '10 autodiscover.contoso.com. CNAME 1 true',
      '9 lyncdiscover.contoso.com. CNAME 1 true',
      '8 sip.contoso.com. CNAME 1 true',
      '23 _sip._tls.contoso.com. SRV 1 true',
      '31 _sipfederationtls._tcp.contoso.com. SRV 1 true',
      '39 contoso.com. MX 1 true',
      '47 contoso.com. TXT 2 true',
    ]);
  });

  it('in Azure DNS: structured record blocks, the MX at the apex when its name is left out', async () => {
    write('main.tf', AZURE_TEAMS);
    const result = await run();
    expect(shown(result.findings)).toEqual([]);
    const [zone] = zones(result);
    expect([zone.origin, zone.view]).toEqual(['contoso.com.', 'external']);
    expect(records(zone)).toEqual([
      'main.tf:6 sip.contoso.com. CNAME {"target":"sipdir.online.lync.com."}',
      'main.tf:14 lyncdiscover.contoso.com. CNAME {"target":"webdir.online.lync.com."}',
      'main.tf:22 _sip._tls.contoso.com. SRV {"priority":100,"weight":1,"port":443,"target":"sipdir.online.lync.com."}',
      'main.tf:36 _sipfederationtls._tcp.contoso.com. SRV {"priority":100,"weight":1,"port":5061,"target":"sipfed.online.lync.com."}',
      'main.tf:50 contoso.com. TXT {"strings":["MS=ms12345678"]}',
      'main.tf:61 contoso.com. MX {"preference":0,"exchange":"contoso-com.mail.protection.outlook.com."}',
    ]);
  });
});

describe('Terraform: the slips of Teams DNS as code, each at its line', () => {
  const ROUTE53_FAULTS = `resource "aws_route53_zone" "contoso" {
  name = "contoso.com"
}

resource "aws_route53_record" "federation" {
  zone_id = aws_route53_zone.contoso.zone_id
  name    = "_sipfederationtls_tcp"
  type    = "SRV"
  ttl     = 3600
  records = ["100 1 5061 sipfed.online.lync.com"]
}

resource "aws_route53_record" "apex_srv" {
  zone_id = aws_route53_zone.contoso.zone_id
  name    = ""
  type    = "SRV"
  ttl     = 3600
  records = ["100 1 443 sipdir.online.lync.com"]
}

resource "aws_route53_record" "sip_tls" {
  zone_id = aws_route53_zone.contoso.zone_id
  name    = "_sip._tls"
  type    = "SRV"
  ttl     = 3600
  records = [
    "1 443 sipdir.online.lync.com",
  ]
}

resource "aws_route53_record" "sip" {
  zone_id = aws_route53_zone.contoso.zone_id
  name    = "sip"
  type    = "A"
  ttl     = 3600
  records = ["1.2.3.4 5.6.7.8"]
}

resource "aws_route53_record" "federation_port" {
  zone_id = aws_route53_zone.contoso.zone_id
  name    = "_sipfederationtls._tcp"
  type    = "SRV"
  ttl     = 3600
  records = ["100 1 5062 sipfed.online.lync.com"]
}
`;

  it('in Route 53: names, an SRV at the apex, data that does not read, several addresses in one value, wrong ports', async () => {
    write('main.tf', ROUTE53_FAULTS);
    const result = await run(['dns/service-label-underscore', 'dns/srv-owner-labels', 'sip/srv-port', 'teams/online-records', 'dns/record-data-unreadable', 'dns/several-addresses-in-one-value']);
    expect(shown(result.findings)).toEqual([
      'main.tf:5 dns/service-label-underscore SRV _sipfederationtls_tcp.contoso.com joins the service and protocol labels with `_`; clients look up _sipfederationtls._tcp.contoso.com: name the record _sipfederationtls._tcp.contoso.com',
      'main.tf:13 dns/srv-owner-labels SRV contoso.com (100 1 443 sipdir.online.lync.com) is not at a `_service._protocol` name, so no client finds it: publish it at _sip._tls.contoso.com',
      'main.tf:13 teams/online-records contoso.com is served by Microsoft 365 worldwide but has no lyncdiscover.contoso.com record in the external view; expected: lyncdiscover.contoso.com. IN CNAME webdir.online.lync.com.',
      'main.tf:27 dns/record-data-unreadable SRV _sip._tls.contoso.com has data "1 443 sipdir.online.lync.com" that does not read as SRV: bad SRV port \'sipdir.online.lync.com\'; SRV data is `priority weight port target` (`100 1 443 sipdir.online.lync.com.`)',
      'main.tf:36 dns/several-addresses-in-one-value A sip.contoso.com holds 2 addresses in one value ("1.2.3.4 5.6.7.8"); a record holds one address: write them as 2 values ("1.2.3.4", "5.6.7.8")',
      'main.tf:39 teams/online-records SRV _sipfederationtls._tcp.contoso.com 100 1 5062 sipfed.online.lync.com has the wrong port for Microsoft 365 worldwide; expected: _sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.',
    ]);
    // The zone keeps each unreadable value with its range, which the two rules above report.
    const [zone] = zones(result);
    expect(zone.unreadableRecords?.map((r) => `${r.loc.line} ${r.valueLoc?.line}:${r.valueLoc?.column} ${r.name} ${r.type} ${r.text}: ${r.problem}`)).toEqual([
      "21 27:5 _sip._tls.contoso.com. SRV 1 443 sipdir.online.lync.com: bad SRV port 'sipdir.online.lync.com'",
      "31 36:14 sip.contoso.com. A 1.2.3.4 5.6.7.8: unexpected '5.6.7.8' after the record data",
    ]);
    expect(zone.recordSets?.map((s) => `${s.loc.line} ${s.name} ${s.type} ${s.rows.length} ${s.complete}`)).toEqual([
      '5 _sipfederationtls_tcp.contoso.com. SRV 1 true',
      '13 contoso.com. SRV 1 true',
      '21 _sip._tls.contoso.com. SRV 0 false',
      '31 sip.contoso.com. A 0 false',
      '39 _sipfederationtls._tcp.contoso.com. SRV 1 true',
    ]);
  });

  it('in Azure DNS', async () => {
    write(
      'main.tf',
      AZURE_TEAMS.replace('name                = "_sipfederationtls._tcp"', 'name                = "_sipfederationtls_tcp"').replace('name                = "_sip._tls"', 'name                = "@"') +
        `
resource "azurerm_dns_srv_record" "sfb_federation" {
  name                = "_sipfederationtls._tcp.fabrikam"
  zone_name           = azurerm_dns_zone.contoso.name
  resource_group_name = "dns"
  ttl                 = 3600

  record {
    priority = 0
    weight   = 0
    port     = 5062
    target   = "sipfed.contoso.com"
  }
}
`,
    );
    const result = await run(['dns/service-label-underscore', 'dns/srv-owner-labels', 'sip/srv-port', 'teams/online-records']);
    expect(shown(result.findings)).toEqual([
      'main.tf:22 dns/srv-owner-labels SRV contoso.com (100 1 443 sipdir.online.lync.com) is not at a `_service._protocol` name, so no client finds it: publish it at _sip._tls.contoso.com',
      'main.tf:36 dns/service-label-underscore SRV _sipfederationtls_tcp.contoso.com joins the service and protocol labels with `_`; clients look up _sipfederationtls._tcp.contoso.com: name the record _sipfederationtls._tcp.contoso.com',
      'main.tf:72 sip/srv-port SRV _sipfederationtls._tcp.fabrikam.contoso.com targets sipfed.contoso.com on port 5062; the _sipfederationtls._tcp service uses port 5061',
    ]);
  });
});
