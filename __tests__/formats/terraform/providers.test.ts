import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import terraform from '../../../src/formats/terraform/index.js';
import type { LoadContext, TextInput } from '../../../src/formats/shared/format.js';
import { lint } from '../../../src/lint.js';
import type { DnsZone } from '../../../src/model/dns.js';
import { scratchTree } from '../../helpers/scratch-tree.js';

const tree = scratchTree('uclint-terraform-');
const write = tree.write;

async function read(files: Record<string, string>, onlyRules: string[] = []) {
  for (const [name, text] of Object.entries(files)) write(name, text);
  const result = await lint({ cwd: tree.dir, onlyRules });
  const zones = (result.estate?.zones ?? []) as DnsZone[];
  return {
    result,
    zones: zones.map((zone) => `${zone.file}:${zone.loc.line} ${zone.origin ?? '(origin not known)'} ${zone.view}`),
    records: zones.flatMap((zone) => zone.records.map((r) => `${r.loc.file}:${r.loc.line} ${r.name} ${r.ttl} ${r.type} ${JSON.stringify(r.data)}`)),
    unread: zones.flatMap((zone) => zone.unreadOwners),
    findings: result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`),
  };
}

describe('Terraform providers', () => {
  it('Route 53: a private hosted zone with a vpc block is internal; a zone looked up by a data source takes its name; an alias is a note', async () => {
    const got = await read({
      'main.tf': `resource "aws_route53_zone" "private" {
  name = "corp.contoso.com"
  vpc {
    vpc_id = "vpc-1"
  }
}
resource "aws_route53_record" "pool" {
  zone_id = aws_route53_zone.private.zone_id
  name    = "pool"
  type    = "A"
  ttl     = 300
  records = ["10.0.0.5"]
}
data "aws_route53_zone" "public" {
  name = "contoso.com"
}
resource "aws_route53_record" "sip" {
  zone_id = data.aws_route53_zone.public.zone_id
  name    = "sip.contoso.com."
  type    = "CNAME"
  ttl     = 300
  records = ["sipdir.online.lync.com"]
}
resource "aws_lb" "web" {
  name = "web"
}
resource "aws_route53_record" "www" {
  zone_id = data.aws_route53_zone.public.zone_id
  name    = "www"
  type    = "A"
  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
}
`,
    });
    expect(got.zones).toEqual(['main.tf:1 corp.contoso.com. internal', 'main.tf:14 contoso.com. external']);
    expect(got.records).toEqual(['main.tf:7 pool.corp.contoso.com. 300 A {"address":"10.0.0.5"}', 'main.tf:17 sip.contoso.com. 300 CNAME {"target":"sipdir.online.lync.com."}']);
    expect(got.unread).toEqual(['www.contoso.com.']);
    expect(got.findings).toEqual([
      'main.tf:31:3 parse/terraform not checked: alias { name = aws_lb.web.dns_name } is a Route 53 alias: Route 53 answers with the records of the AWS resource it names; the A records of `aws_route53_record.www` are not checked',
    ]);
  });

  it('Azure private DNS zones are internal; a record whose zone_name is a data source\'s name goes into that zone', async () => {
    const got = await read({
      'main.tf': `resource "azurerm_private_dns_zone" "corp" {
  name                = "corp.contoso.com"
  resource_group_name = "rg"
}
resource "azurerm_private_dns_a_record" "pool" {
  name                = "pool"
  zone_name           = azurerm_private_dns_zone.corp.name
  resource_group_name = "rg"
  ttl                 = 300
  records             = ["10.0.0.5", "10.0.0.6"]
}
data "azurerm_dns_zone" "public" {
  name = "contoso.com"
}
resource "azurerm_dns_cname_record" "sip" {
  name                = "sip"
  zone_name           = data.azurerm_dns_zone.public.name
  resource_group_name = "rg"
  ttl                 = 300
  record              = "sipdir.online.lync.com"
}
resource "azurerm_dns_a_record" "web" {
  name                = "www"
  zone_name           = data.azurerm_dns_zone.public.name
  resource_group_name = "rg"
  ttl                 = 300
  target_resource_id  = azurerm_public_ip.web.id
}
resource "azurerm_public_ip" "web" {
  name = "web"
}
`,
    });
    expect(got.zones).toEqual(['main.tf:1 corp.contoso.com. internal', 'main.tf:12 contoso.com. external']);
    expect(got.records).toEqual([
      'main.tf:5 pool.corp.contoso.com. 300 A {"address":"10.0.0.5"}',
      'main.tf:5 pool.corp.contoso.com. 300 A {"address":"10.0.0.6"}',
      'main.tf:15 sip.contoso.com. 300 CNAME {"target":"sipdir.online.lync.com."}',
    ]);
    expect(got.findings).toEqual([
      'main.tf:27:25 parse/terraform not checked: target_resource_id = azurerm_public_ip.web.id makes an alias record set: Azure DNS answers with the addresses of the resource it names; the A records of `azurerm_dns_a_record.web` are not checked',
    ]);
  });

  it('Cloudflare v4 (`value`, an SRV `data` block with service and protocol) and v5 (`content`, `data = {...}`)', async () => {
    const got = await read({
      'main.tf': `resource "cloudflare_zone" "contoso" {
  zone = "contoso.com"
}
resource "cloudflare_record" "sip" {
  zone_id = cloudflare_zone.contoso.id
  name    = "sip"
  type    = "CNAME"
  value   = "sipdir.online.lync.com"
  ttl     = 1
}
resource "cloudflare_record" "federation" {
  zone_id = cloudflare_zone.contoso.id
  name    = "contoso.com"
  type    = "SRV"
  data {
    service  = "_sipfederationtls"
    proto    = "_tcp"
    name     = "contoso.com"
    priority = 100
    weight   = 1
    port     = 5061
    target   = "sipfed.online.lync.com"
  }
}
resource "cloudflare_dns_record" "sip_tls" {
  zone_id = cloudflare_zone.contoso.id
  name    = "_sip._tls.contoso.com"
  type    = "SRV"
  ttl     = 3600
  data = {
    priority = 100
    weight   = 1
    port     = 443
    target   = "sipdir.online.lync.com"
  }
}
resource "cloudflare_dns_record" "mx" {
  zone_id  = cloudflare_zone.contoso.id
  name     = "@"
  type     = "MX"
  content  = "contoso-com.mail.protection.outlook.com"
  priority = 0
  ttl      = 3600
}
`,
    });
    expect(got.zones).toEqual(['main.tf:1 contoso.com. external']);
    expect(got.records).toEqual([
      'main.tf:4 sip.contoso.com. 300 CNAME {"target":"sipdir.online.lync.com."}',
      'main.tf:11 _sipfederationtls._tcp.contoso.com. 3600 SRV {"priority":100,"weight":1,"port":5061,"target":"sipfed.online.lync.com."}',
      'main.tf:25 _sip._tls.contoso.com. 3600 SRV {"priority":100,"weight":1,"port":443,"target":"sipdir.online.lync.com."}',
      'main.tf:37 contoso.com. 3600 MX {"preference":0,"exchange":"contoso-com.mail.protection.outlook.com."}',
    ]);
    expect(got.findings).toEqual([]);
  });

  it('Cloud DNS: managed zones by name, private visibility internal, rrdatas as zone-file data', async () => {
    const got = await read({
      'main.tf': `resource "google_dns_managed_zone" "public" {
  name     = "contoso-public"
  dns_name = "contoso.com."
}
resource "google_dns_managed_zone" "private" {
  name       = "contoso-private"
  dns_name   = "contoso.com."
  visibility = "private"
}
resource "google_dns_record_set" "sip_tls" {
  managed_zone = google_dns_managed_zone.public.name
  name         = "_sip._tls.\${google_dns_managed_zone.public.dns_name}"
  type         = "SRV"
  ttl          = 3600
  rrdatas      = ["100 1 443 sipdir.online.lync.com."]
}
resource "google_dns_record_set" "pool" {
  managed_zone = "contoso-private"
  name         = "pool.contoso.com."
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.0.0.5"]
}
`,
    });
    expect(got.zones).toEqual(['main.tf:1 contoso.com. external', 'main.tf:5 contoso.com. internal']);
    expect(got.records).toEqual(['main.tf:10 _sip._tls.contoso.com. 3600 SRV {"priority":100,"weight":1,"port":443,"target":"sipdir.online.lync.com."}', 'main.tf:17 pool.contoso.com. 300 A {"address":"10.0.0.5"}']);
  });
});

describe('Terraform modules: variables, variable files, local modules, JSON syntax', () => {
  it('takes values from terraform.tfvars, passes a zone to a local module, and reads .tf.json', async () => {
    const got = await read({
      'live/main.tf': `variable "domain" {}
resource "aws_route53_zone" "main" {
  name = var.domain
}
module "teams" {
  source  = "../modules/teams"
  zone_id = aws_route53_zone.main.zone_id
  domain  = var.domain
}
`,
      'live/terraform.tfvars': 'domain = "contoso.com"\n',
      'modules/teams/main.tf': `variable "zone_id" {}
variable "domain" {}
resource "aws_route53_record" "sip" {
  zone_id = var.zone_id
  name    = "sip.\${var.domain}"
  type    = "CNAME"
  ttl     = 3600
  records = ["sipdir.online.lync.com"]
}
`,
      'json/main.tf.json': JSON.stringify(
        {
          resource: {
            azurerm_dns_zone: { z: { name: 'fabrikam.com', resource_group_name: 'rg' } },
            azurerm_dns_cname_record: { sip: { name: 'sip', zone_name: '${azurerm_dns_zone.z.name}', resource_group_name: 'rg', ttl: 3600, record: 'sipdir.online.lync.com' } },
          },
        },
        null,
        2,
      ),
    });
    expect(got.zones).toEqual(['json/main.tf.json:4 fabrikam.com. external', 'live/main.tf:2 contoso.com. external']);
    expect(got.records).toEqual(['json/main.tf.json:10 sip.fabrikam.com. 3600 CNAME {"target":"sipdir.online.lync.com."}', 'modules/teams/main.tf:3 sip.contoso.com. 3600 CNAME {"target":"sipdir.online.lync.com."}']);
    expect(got.result.files.map((f) => `${f.file} ${f.kind}`)).toEqual(['json/main.tf.json terraform', 'live/main.tf terraform', 'live/terraform.tfvars terraform', 'modules/teams/main.tf terraform']);
    expect(got.findings).toEqual([]);
  });

  it('says once per record what it cannot know, names a variable without a value, and reads a file without DNS', async () => {
    const got = await read({
      'main.tf': `variable "zone_id" {}
resource "aws_route53_record" "sip" {
  zone_id = var.zone_id
  name    = "sip"
  type    = "CNAME"
  ttl     = 3600
  records = ["sipdir.online.lync.com"]
}
resource "aws_route53_zone" "z" {
  name = "contoso.com"
}
resource "aws_route53_record" "edge" {
  zone_id = aws_route53_zone.z.zone_id
  name    = "sip"
  type    = "A"
  ttl     = 3600
  records = [aws_eip.edge.public_ip, aws_eip.edge.private_ip]
}
resource "aws_eip" "edge" {
  domain = "vpc"
}
`,
      'network.tf': 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
    });
    expect(got.findings).toEqual([
      'main.tf:1:10 parse/terraform not checked: var.zone_id (a variable with no value (no default, and no variable file read sets it)): the records of `aws_route53_record.sip` are not checked',
      'main.tf:17:14 parse/terraform not checked: aws_eip.edge.public_ip (a resource attribute known only after apply): the records of `aws_route53_record.edge` are not checked',
    ]);
    expect(got.unread).toEqual(['sip.contoso.com.']);
    expect(got.result.files.map((f) => `${f.file} ${f.kind}`)).toEqual(['main.tf terraform', 'network.tf terraform']);
  });

  it('reports a syntax error at its line under parse/terraform and reads the rest; reads suppressions from comments', async () => {
    const got = await read(
      {
        'main.tf': `resource "aws_route53_zone" "z" {
  name = "contoso.com"
}
# uclint-disable-next-line dns/service-label-underscore -- an old record, removed in May
resource "aws_route53_record" "old" {
  zone_id = aws_route53_zone.z.zone_id
  name    = "_sipfederationtls_tcp"
  type    = "SRV"
  ttl     = 3600
  records = ["100 1 5061 sipfed.online.lync.com"]
}
resource "aws_route53_record" "broken" {
  name = "x
}
`,
      },
      ['dns/service-label-underscore'],
    );
    expect(got.result.findings.map((f) => `${f.line} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''}`)).toEqual(['5 dns/service-label-underscore (suppressed)', '12 parse/terraform', '13 parse/terraform']);
  });
});

describe('Terraform format: arbitrary text', () => {
  const context = (): LoadContext => ({
    files: [],
    include: () => ({ error: 'none' }),
    findInTree: () => ({ error: 'none' }),
    isText: () => true,
    comments: () => undefined,
    commentsDone: () => undefined,
    passwordFor: () => ({}),
  });
  const input = (file: string, text: string): TextInput => ({ file, kind: 'terraform', view: 'unknown', viewSource: 'none', read: () => ({ text, encoding: 'utf8', byteOrderMark: false }) as never });

  it('never throws, and every record and note is in a file it was given', async () => {
    const pieces = ['resource "aws_route53_record" "r" {', 'resource "azurerm_dns_srv_record" "s" {', 'record {', 'zone_id = aws_route53_zone.z.zone_id', 'resource "aws_route53_zone" "z" {', 'name = "contoso.com"', 'records = ["1 2 3 x", "1.2.3.4 5.6.7.8"]', 'type = "SRV"', 'for_each = { a = "b" }', 'name = each.key', '}', '"', '${', '[', '\n', ' '];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }), async (parts) => {
        const text = parts.join(' ');
        const loaded = await terraform.load([input('main.tf', text), input('x.auto.tfvars', text)], context());
        for (const zone of loaded.nodes?.zones ?? []) for (const r of zone.records) expect(['main.tf', 'x.auto.tfvars']).toContain(r.loc.file);
        for (const note of loaded.nodes?.notes ?? []) expect(['main.tf', 'x.auto.tfvars']).toContain(note.loc.file);
      }),
      { numRuns: 60 },
    );
  });
});
