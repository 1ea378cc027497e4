import { describe, expect, it } from '@jest/globals';
import { isAutomaticVariableFile, isConfigurationFile, nestedBlocks, orderVariableFiles } from '../../../src/languages/hcl/index.js';
import { at, attr, diagnostics, local, locals, plain, read, resource } from './read.js';

const TEAMS_DNS = `variable "domain" {
  type    = string
  default = "contoso.com"
}

locals {
  cnames = {
    sip          = "sipdir.online.lync.com"
    lyncdiscover = "webdir.online.lync.com"
  }
}

resource "azurerm_dns_zone" "main" {
  name                = var.domain
  resource_group_name = "dns"
}

resource "azurerm_dns_cname_record" "teams" {
  for_each            = local.cnames
  name                = each.key
  zone_name           = azurerm_dns_zone.main.name
  resource_group_name = "dns"
  ttl                 = 3600
  record              = each.value
}

resource "azurerm_dns_srv_record" "sipfed" {
  name                = "_sipfederationtls._tcp"
  zone_name           = azurerm_dns_zone.main.name
  resource_group_name = "dns"
  ttl                 = 3600

  record {
    priority = 100
    weight   = 1
    port     = 5061
    target   = "sipfed.online.lync.com"
  }
}
`;

describe('Terraform reader: a module read into instances with positioned values', () => {
  it('expands for_each over a literal map in locals, each value at the literal it came from', async () => {
    const module = await read({ 'dns.tf': TEAMS_DNS });
    expect(diagnostics(module)).toEqual([]);
    expect(module.resources.map((r) => r.address)).toEqual([
      'azurerm_dns_zone.main',
      'azurerm_dns_cname_record.teams["lyncdiscover"]',
      'azurerm_dns_cname_record.teams["sip"]',
      'azurerm_dns_srv_record.sipfed',
    ]);
    const sip = resource(module, 'azurerm_dns_cname_record.teams["sip"]');
    expect(plain(sip.attributes)).toEqual({ name: 'sip', zone_name: 'contoso.com', resource_group_name: 'dns', ttl: 3600, record: 'sipdir.online.lync.com' });
    expect(at(sip.loc)).toBe('18:1-25:2');
    // Used at `record = each.value` (line 24), written in the map on line 8.
    expect(at(attr(sip, 'record').loc)).toBe('24:25-24:35');
    expect(at(attr(sip, 'record').from)).toBe('8:20-8:44');
    expect(sip.key).toMatchObject({ kind: 'string', value: 'sip' });
    // The zone's name came from the variable's default, through the zone's own argument.
    expect(at(attr(sip, 'zone_name').loc)).toBe('21:25-21:51');
    expect(at(attr(sip, 'zone_name').from)).toBe('3:13-3:26');
  });

  it('reads nested blocks as lists of objects under their type, each part at its line', async () => {
    const module = await read({ 'dns.tf': TEAMS_DNS });
    const srv = resource(module, 'azurerm_dns_srv_record.sipfed');
    const [record] = nestedBlocks(srv.attributes, 'record');
    expect(plain(record)).toEqual({ priority: 100, weight: 1, port: 5061, target: 'sipfed.online.lync.com' });
    expect(at(record.loc)).toBe('33:3-38:4');
    expect(record.kind === 'object' && at(record.entries.get('port')!.loc)).toBe('36:16-36:20');
    expect(nestedBlocks(srv.attributes, 'nothing')).toEqual([]);
  });

  it('takes variable values from the variable files, the later file winning, converted to the declared type', async () => {
    const module = await read(
      {
        'main.tf': 'variable "domain" {\n  default = "contoso.com"\n}\nvariable "ttl" {\n  type = number\n}\nvariable "unset" {}\nlocals {\n  fqdn = "sip.${var.domain}"\n  ttl  = var.ttl\n  u    = var.unset\n}\n',
      },
      { vars: { 'terraform.tfvars': 'domain = "fabrikam.com"\nttl = "300"\n', 'prod.auto.tfvars': 'domain = "northwind.com"\n' } },
    );
    expect(diagnostics(module)).toEqual([]);
    expect(locals(module)).toEqual({ fqdn: 'sip.northwind.com', ttl: 300, u: '?a variable with no value (no default, and no variable file read sets it)' });
    expect(module.variables.map((v) => [v.name, v.valueFrom, plain(v.value)])).toEqual([
      ['domain', 'variable file', 'northwind.com'],
      ['ttl', 'variable file', 300],
      ['unset', 'none', undefined],
    ]);
    // The value is written in the variable file, where a finding about it can point.
    expect(module.variables[0].value.loc).toMatchObject({ file: 'prod.auto.tfvars', line: 1, column: 10 });
    expect(module.variables[0].default).toMatchObject({ kind: 'string', value: 'contoso.com' });
    expect(local(module, 'u')).toMatchObject({ kind: 'unknown', expression: 'var.unset' });
  });

  it('orders variable files as Terraform reads them, and tells configuration files from the rest', () => {
    const files = ['b.auto.tfvars', 'prod.tfvars', 'terraform.tfvars.json', 'a.auto.tfvars.json', 'terraform.tfvars', 'x.tf'].map((file) => ({ file: `env/${file}` }));
    expect(orderVariableFiles(files).map((f) => f.file)).toEqual(['env/terraform.tfvars', 'env/terraform.tfvars.json', 'env/a.auto.tfvars.json', 'env/b.auto.tfvars']);
    expect(['a.tf', 'a.tf.json', 'a.tfvars', 'a.tf.bak'].map(isConfigurationFile)).toEqual([true, true, false, false]);
    expect(['terraform.tfvars', 'x.auto.tfvars', 'prod.tfvars', 'dir/terraform.tfvars.json'].map(isAutomaticVariableFile)).toEqual([true, true, false, true]);
  });

  it('expands count with count.index, and a for_each over a set of strings with each string its key', async () => {
    const module = await read({
      'main.tf': [
        'resource "aws_route53_record" "a" {',
        '  count   = 2',
        '  name    = "sbc${count.index + 1}"',
        '  records = [cidrhost("192.0.2.0/28", count.index + 4)]',
        '}',
        'resource "aws_route53_record" "b" {',
        '  for_each = toset(["sip", "lyncdiscover", "sip"])',
        '  name     = each.key',
        '}',
      ].join('\n'),
    });
    expect(module.resources.map((r) => [r.address, plain(r.attributes)])).toEqual([
      ['aws_route53_record.a[0]', { name: 'sbc1', records: ['192.0.2.4'] }],
      ['aws_route53_record.a[1]', { name: 'sbc2', records: ['192.0.2.5'] }],
      ['aws_route53_record.b["lyncdiscover"]', { name: 'lyncdiscover' }],
      ['aws_route53_record.b["sip"]', { name: 'sip' }],
    ]);
  });

  it('keeps one instance with an unknown key when the for_each collection is not known', async () => {
    const module = await read({
      'main.tf': 'data "azurerm_dns_zone" "z" {\n  name = "contoso.com"\n}\nresource "azurerm_dns_a_record" "r" {\n  for_each = data.azurerm_dns_zone.z.tags\n  name     = each.key\n  ttl      = 300\n}\n',
    });
    const [instance] = module.resources;
    expect(instance.address).toBe('azurerm_dns_a_record.r[?]');
    expect(instance.key).toMatchObject({ kind: 'unknown', expression: 'data.azurerm_dns_zone.z.tags', reason: 'a data source, read when Terraform runs' });
    expect(attr(instance, 'name')).toMatchObject({ kind: 'unknown', reason: 'a data source, read when Terraform runs' });
    expect(plain(attr(instance, 'ttl'))).toBe(300);
    expect(module.data.map((d) => [d.address, plain(d.attributes)])).toEqual([['data.azurerm_dns_zone.z', { name: 'contoso.com' }]]);
  });

  it('evaluates the functions, for expressions, conditionals and splats DNS and firewall code is written with', async () => {
    const module = await read({
      'main.tf': `variable "domain" {
  default = "Contoso.com."
}
locals {
  zone     = lower(trimsuffix(var.domain, "."))
  fqdn     = format("%s.%s", "_sip._tls", local.zone)
  joined   = join(",", concat(["a"], ["b", "c"]))
  parts    = split(".", local.zone)
  upper    = upper(local.parts[0])
  merged   = merge({ a = 1, b = 2 }, { b = 3 })
  found    = lookup(local.merged, "b", 0)
  fallback = lookup(local.merged, "z", 0)
  second   = element(["x", "y"], 3)
  count    = length(local.parts)
  asList   = tolist(toset(["b", "a", "b"]))
  subnet   = cidrsubnet("10.1.0.0/16", 8, 4)
  names    = [for k, v in local.merged : "\${k}=\${v}" if v > 1]
  byName   = { for s in ["sip", "meet"] : s => "\${s}.\${local.zone}" }
  choice   = local.count > 1 ? "many" : "one"
  ports    = [{ port = 5061 }, { port = 443 }][*].port
  heredoc  = <<-EOT
    _sip._tls.\${local.zone}
    EOT
  tried    = try(local.merged.nope, "default")
}
`,
    });
    expect(diagnostics(module)).toEqual([]);
    expect(locals(module)).toEqual({
      zone: 'contoso.com',
      fqdn: '_sip._tls.contoso.com',
      joined: 'a,b,c',
      parts: ['contoso', 'com'],
      upper: 'CONTOSO',
      merged: { a: 1, b: 3 },
      found: 3,
      fallback: 0,
      second: 'y',
      count: 2,
      asList: ['a', 'b'],
      subnet: '10.1.4.0/24',
      names: ['b=3'],
      byName: { sip: 'sip.contoso.com', meet: 'meet.contoso.com' },
      choice: 'many',
      ports: [5061, 443],
      heredoc: '_sip._tls.contoso.com\n',
      tried: 'default',
    });
  });

  it('gives unknown values naming the expression and why: data sources, computed attributes, remote modules, functions not modelled', async () => {
    const module = await read({
      'main.tf': `resource "azurerm_public_ip" "sbc" {
  name = "sbc-ip"
}
data "aws_ip_ranges" "ms" {
  services = ["amazon"]
}
module "dns" {
  source = "terraform-aws-modules/route53/aws"
}
locals {
  ip       = azurerm_public_ip.sbc.ip_address
  name     = azurerm_public_ip.sbc.name
  ranges   = data.aws_ip_ranges.ms.cidr_blocks
  zone     = module.dns.route53_zone_name
  ts       = timestamp()
  ws       = terraform.workspace
  missing  = var.nope
  both     = "\${local.name}-\${local.ip}"
}
`,
    });
    const unknown = (name: string) => {
      const value = local(module, name);
      return value.kind === 'unknown' ? [value.expression, value.reason, at(value.loc)] : plain(value);
    };
    expect(unknown('ip')).toEqual(['azurerm_public_ip.sbc.ip_address', 'a resource attribute known only after apply', '11:14-11:46']);
    expect(unknown('name')).toBe('sbc-ip');
    expect(unknown('ranges')).toEqual(['data.aws_ip_ranges.ms.cidr_blocks', 'a data source, read when Terraform runs', '13:14-13:47']);
    expect(unknown('zone')).toEqual(['module.dns.route53_zone_name', 'a module from a module registry (terraform-aws-modules/route53/aws), which is not read', '14:14-14:42']);
    expect(unknown('ts')).toEqual(['timestamp()', 'the function `timestamp` is not modelled', '15:14-15:25']);
    expect(unknown('ws')).toEqual(['terraform.workspace', 'the workspace is chosen when Terraform runs', '16:14-16:33']);
    expect(unknown('missing')).toEqual(['var.nope', 'no variable `nope` is declared in this module', '17:14-17:22']);
    // A template with an unknown part is unknown where it is written, naming the part and where it is.
    const both = local(module, 'both');
    expect(both).toMatchObject({ kind: 'unknown', expression: 'azurerm_public_ip.sbc.ip_address', reason: 'a resource attribute known only after apply' });
    expect([at(both.loc), at(both.from)]).toEqual(['18:14-18:41', '11:14-11:46']);
  });

  it('marks a value computed by an operator, so a port written `1024 - 65535` is told from a range', async () => {
    const module = await read({
      'nsg.tf': `resource "aws_security_group" "sbc" {
  ingress {
    from_port   = 1024 - 65535
    to_port     = -1
    protocol    = "udp"
    cidr_blocks = ["52.112.0.0/14"]
  }
}
`,
    });
    const [ingress] = nestedBlocks(resource(module, 'aws_security_group.sbc').attributes, 'ingress');
    expect(ingress.kind === 'object' && ingress.entries.get('from_port')).toMatchObject({ kind: 'number', value: -64511, operator: '-', loc: { line: 3, column: 19, endLine: 3, endColumn: 31 } });
    expect(ingress.kind === 'object' && ingress.entries.get('to_port')).toEqual({ kind: 'number', value: -1, loc: { file: 'nsg.tf', line: 4, column: 19, endLine: 4, endColumn: 21 } });
  });

  it('expands dynamic blocks over a literal list of rules, and keeps one unknown block when the list is unknown', async () => {
    const module = await read({
      'nsg.tf': `variable "rules" {
  default = [
    { name = "sip-tls", port = "5061", source = "52.112.0.0/14" },
    { name = "media", port = "49152-53247", source = "52.120.0.0/14" },
  ]
}
resource "azurerm_network_security_group" "sbc" {
  name = "sbc-nsg"
  dynamic "security_rule" {
    for_each = var.rules
    iterator = rule
    content {
      name                   = rule.value.name
      priority               = 100 + rule.key
      destination_port_range = rule.value.port
      source_address_prefix  = rule.value.source
    }
  }
}
resource "azurerm_network_security_group" "other" {
  dynamic "security_rule" {
    for_each = data.external.rules.result
    content {
      name = security_rule.value
    }
  }
}
data "external" "rules" {}
`,
    });
    const rules = nestedBlocks(resource(module, 'azurerm_network_security_group.sbc').attributes, 'security_rule');
    expect(rules.map(plain)).toEqual([
      { name: 'sip-tls', priority: 100, destination_port_range: '5061', source_address_prefix: '52.112.0.0/14' },
      { name: 'media', priority: 101, destination_port_range: '49152-53247', source_address_prefix: '52.120.0.0/14' },
    ]);
    const first = rules[0].kind === 'object' ? rules[0].entries.get('destination_port_range') : undefined;
    expect([at(first?.loc), at(first?.from)]).toEqual(['15:32-15:47', '3:32-3:38']);
    const other = nestedBlocks(resource(module, 'azurerm_network_security_group.other').attributes, 'security_rule');
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ kind: 'unknown', expression: 'data.external.rules.result', reason: 'how many `security_rule` blocks there are is not known: a data source, read when Terraform runs' });
  });

  it('reads a local module through the caller, with the inputs of each instance, and its outputs', async () => {
    const calls: [string, string][] = [];
    const module = await read(
      {
        'main.tf': `module "teams" {
  for_each = toset(["contoso.com", "fabrikam.com"])
  source   = "./modules/teams-dns"
  domain   = each.key
}
output "fqdns" {
  value = [for m in module.teams : m.sip]
}
`,
      },
      {
        readModuleDirectory: (source, fromFile) => {
          calls.push([source, fromFile]);
          return {
            directory: 'modules/teams-dns',
            files: [
              {
                file: 'modules/teams-dns/main.tf',
                text: 'variable "domain" {}\nresource "aws_route53_record" "sip" {\n  name    = "sip.${var.domain}"\n  type    = "CNAME"\n  records = ["sipdir.online.lync.com"]\n}\noutput "sip" {\n  value = aws_route53_record.sip.name\n}\n',
              },
            ],
          };
        },
      },
    );
    expect(diagnostics(module)).toEqual([]);
    expect(calls).toEqual([['./modules/teams-dns', 'main.tf']]);
    expect(module.modules.map((m) => [m.address, plain(m.inputs), m.module?.resources.map((r) => [r.address, plain(attr(r, 'name'))])])).toEqual([
      ['module.teams["contoso.com"]', { domain: 'contoso.com' }, [['module.teams["contoso.com"].aws_route53_record.sip', 'sip.contoso.com']]],
      ['module.teams["fabrikam.com"]', { domain: 'fabrikam.com' }, [['module.teams["fabrikam.com"].aws_route53_record.sip', 'sip.fabrikam.com']]],
    ]);
    expect(plain(module.outputs[0].value)).toEqual(['sip.contoso.com', 'sip.fabrikam.com']);
    // The child's name is written in the child's file; the value in it came from the caller's set.
    const name = attr(module.modules[0].module!.resources[0], 'name');
    expect(name.loc).toMatchObject({ file: 'modules/teams-dns/main.tf', line: 3 });
  });

  it('reads one output of a module alone, so that two modules can use each other\'s other outputs', async () => {
    const files: Record<string, string> = {
      'pool/main.tf': 'variable "monitor" {}\noutput "pool_id" {\n  value = "pool-1"\n}\noutput "monitor_seen" {\n  value = var.monitor\n}\n',
      'lb/main.tf': 'variable "pools" {}\noutput "monitor_id" {\n  value = "monitor-1"\n}\noutput "pools" {\n  value = var.pools\n}\n',
    };
    const module = await read(
      {
        'main.tf': [
          'module "lb" {',
          '  source = "./lb"',
          '  pools  = [module.pool["us"].pool_id]',
          '}',
          'module "pool" {',
          '  for_each = toset(["us"])',
          '  source   = "./pool"',
          '  monitor  = module.lb.monitor_id',
          '}',
          'output "pools" {',
          '  value = module.lb.pools',
          '}',
        ].join('\n'),
      },
      { readModuleDirectory: (source) => ({ directory: source.slice(2), files: [{ file: `${source.slice(2)}/main.tf`, text: files[`${source.slice(2)}/main.tf`] }] }) },
    );
    expect(diagnostics(module)).toEqual([]);
    expect(plain(module.outputs[0].value)).toEqual(['pool-1']);
    expect(plain(module.modules.find((m) => m.name === 'pool')?.module?.outputs.find((o) => o.name === 'monitor_seen')?.value)).toBe('monitor-1');
  });

  it('reads a resource argument set to null as computed by the provider when another expression refers to it', async () => {
    const module = await read({
      'main.tf': 'resource "aws_vpc" "this" {\n  ipv6_cidr_block = null\n}\nlocals {\n  subnet = cidrsubnet(aws_vpc.this.ipv6_cidr_block, 8, 1)\n}\n',
    });
    expect(local(module, 'subnet')).toMatchObject({ kind: 'unknown', expression: 'aws_vpc.this.ipv6_cidr_block', reason: 'a resource attribute known only after apply' });
    expect(attr(module.resources[0], 'ipv6_cidr_block')).toMatchObject({ kind: 'null' });
  });

  it('says why a local module is not read: no reader, a reader error, a cycle', async () => {
    const main = 'module "a" {\n  source = "./a"\n}\n';
    const noReader = await read({ 'main.tf': main });
    expect(noReader.modules[0].notRead).toBe('a local module (./a) the caller gave no way to read');
    const failing = await read({ 'main.tf': main }, { readModuleDirectory: () => ({ error: 'outside the repository' }) });
    expect(failing.modules[0].notRead).toBe('a module that cannot be read (outside the repository)');
    expect(diagnostics(failing)).toEqual(['main.tf:2:12-2:17 hcl/module-unreadable the module `./a` cannot be read: outside the repository']);
    const cyclic = await read({ 'main.tf': main }, { readModuleDirectory: () => ({ directory: 'a', files: [{ file: 'a/main.tf', text: main }] }) });
    expect(cyclic.modules[0].module?.modules[0].notRead).toBe('a module that calls itself');
    expect(diagnostics(cyclic)).toEqual(['a/main.tf:2:12-2:17 hcl/module-cycle the module `./a` calls itself (through a → a)']);
  });

  it('merges override files onto the blocks they name', async () => {
    const module = await read({
      'main.tf': 'resource "aws_route53_record" "sip" {\n  name = "sip"\n  ttl  = 3600\n  alias {\n    name = "a"\n  }\n}\n',
      'override.tf': 'resource "aws_route53_record" "sip" {\n  ttl = 300\n  alias {\n    name = "b"\n  }\n}\n',
    });
    expect(plain(module.resources[0].attributes)).toEqual({ name: 'sip', ttl: 300, alias: [{ name: 'b' }] });
    expect(attr(module.resources[0], 'ttl').loc).toMatchObject({ file: 'override.tf', line: 2 });
  });

  it('reports a reference cycle once and reads on', async () => {
    const module = await read({ 'main.tf': 'locals {\n  a = local.b\n  b = local.a\n  c = "fine"\n}\n' });
    expect(diagnostics(module)).toEqual(['main.tf:3:7-3:14 hcl/cycle `local.a` depends on itself']);
    expect(locals(module)).toMatchObject({ a: '?`local.a` depends on itself (a reference cycle)', c: 'fine' });
  });

  it('reads provider blocks with their alias', async () => {
    const module = await read({ 'main.tf': 'provider "aws" {\n  alias  = "us"\n  region = "us-east-1"\n}\n' });
    expect(module.providers.map((p) => [p.name, p.alias, plain(p.attributes)])).toEqual([['aws', 'us', { alias: 'us', region: 'us-east-1' }]]);
  });
});
