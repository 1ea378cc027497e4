/**
 * Azure network security groups (Terraform `.tf` and `.tf.json`, ARM, Bicep) and AWS security
 * groups (Terraform) read into firewall rule sets: each rule at its line, in the order the
 * platform applies it, with service tags kept; values the platform refuses as diagnostics at the
 * value, values not known statically as one note per file and expression; the Direct Routing
 * rules' findings at the right lines in every language.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lint } from '../../src/lint.js';
import { awsRule, nsgRule, orderNsgRules, type CloudRuleSink, type NsgField } from '../../src/formats/shared/cloud-firewall.js';
import type { StaticValue } from '../../src/languages/values.js';
import type { SourceRange } from '../../src/core/types.js';
import { scratchTree } from '../helpers/scratch-tree.js';
import { ruleSetsOf } from '../helpers/rule-sets.js';
import { expectNearLinear } from '../helpers/scaling.js';

const tree = scratchTree('uclint-cloud-firewall-');
const DR_RULES = ['teams/sbc-sip-exposure', 'teams/sbc-management-exposure', 'teams/direct-routing-media', 'firewall/port-arithmetic', 'firewall/shadowed-rule', 'firewall/any-any-allow'];

async function run(onlyRules: string[] = DR_RULES) {
  return lint({ cwd: tree.dir, onlyRules, now: new Date('2026-11-20T00:00:00Z') });
}

type Result = Awaited<ReturnType<typeof run>>;
const findings = (result: Result) => result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.messageId ?? ''}`.trim());
const notes = (result: Result) => result.findings.filter((f) => f.ruleId.startsWith('parse/') && f.message.startsWith('not checked')).map((f) => `${f.file}:${f.line} ${f.message}`);

const NSG_TF = `resource "azurerm_network_security_group" "sbc" {
  name                = "nsg-teams-sbc"
  location            = "westeurope"
  resource_group_name = "rg-voice"

  security_rule {
    name                       = "web-ui"
    priority                   = 300
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["80", "443"]
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "sip-tls"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5061"
    source_address_prefixes    = ["52.112.0.0/14", "52.122.0.0/15"]
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "media" {
  name                        = "media"
  resource_group_name         = "rg-voice"
  network_security_group_name = azurerm_network_security_group.sbc.name
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "49152-53247"
  source_address_prefixes     = ["52.112.0.0/14", "52.122.0.0/15"]
  destination_address_prefix  = "*"
}

resource "azurerm_network_security_rule" "out" {
  name                        = "to-vnet"
  resource_group_name         = "rg-voice"
  network_security_group_name = "nsg-teams-sbc"
  priority                    = 100
  direction                   = "Outbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "10.1.0.0/24"
  destination_address_prefix  = "VirtualNetwork"
}
`;

describe('Azure network security groups in Terraform', () => {
  it('rules in priority order, inline and separate (by reference and by name), with service tags; local and remote as seen from the NSG', async () => {
    tree.write('main.tf', NSG_TF);
    const result = await run();
    expect(ruleSetsOf(result)).toEqual([
      'set nsg-teams-sbc azure-nsg ordered main.tf:1',
      '  18 100 sip-tls inbound allow tcp 52.112.0.0/14,52.122.0.0/15:* -> any:5061',
      '  45 100 to-vnet outbound allow any tag:VirtualNetwork:* -> 10.1.0.0/24:*',
      '  31 110 media inbound allow udp 52.112.0.0/14,52.122.0.0/15:* -> any:49152-53247',
      '  6 300 web-ui inbound allow tcp tag:Internet:* -> any:80,443',
    ]);
    expect(findings(result)).toEqual(['main.tf:1:1 teams/direct-routing-media notChecked', 'main.tf:14:34 teams/sbc-management-exposure managementOpen']);
    expect(result.findings[1].message).toBe("rule web-ui opens TCP 80, 443 (the web interface (HTTP), the web interface (HTTPS)) of the Direct Routing SBC to the Internet service tag; allow management only from the administrators' networks");
  });

  it('the same NSG in JSON syntax (.tf.json): the same rules and findings, at the JSON lines', async () => {
    const rule = (name: string, priority: number, protocol: string, ports: string, source: string) =>
      `{ "name": "${name}", "priority": ${priority}, "direction": "Inbound", "access": "Allow", "protocol": "${protocol}", "source_port_range": "*", "destination_port_range": "${ports}", "source_address_prefix": "${source}", "destination_address_prefix": "*" }`;
    tree.write(
      'main.tf.json',
      [
        '{',
        '  "resource": {',
        '    "azurerm_network_security_group": {',
        '      "sbc": {',
        '        "name": "nsg-teams-sbc",',
        '        "location": "westeurope",',
        '        "resource_group_name": "rg-voice",',
        '        "security_rule": [',
        `          ${rule('sip-tls', 100, 'Tcp', '5061', '52.112.0.0/14')},`,
        `          ${rule('sip-any', 120, 'Tcp', '5061', '*')},`,
        `          ${rule('ssh', 130, 'Tcp', '22', '0.0.0.0/0')}`,
        '        ]',
        '      }',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const result = await run();
    expect(ruleSetsOf(result)).toEqual([
      'set nsg-teams-sbc azure-nsg ordered main.tf.json:4',
      '  9 100 sip-tls inbound allow tcp 52.112.0.0/14:* -> any:5061',
      '  10 120 sip-any inbound allow tcp any:* -> any:5061',
      '  11 130 ssh inbound allow tcp 0.0.0.0/0:* -> any:22',
    ]);
    expect(findings(result)).toEqual([
      'main.tf.json:4:7 teams/direct-routing-media mediaClosed',
      'main.tf.json:10:196 teams/sbc-sip-exposure openToAll',
      'main.tf.json:11:190 teams/sbc-management-exposure managementOpen',
    ]);
  });

  it('an earlier deny of everyone on the port decides first: the later allow from Internet is shadowed, not an exposure', async () => {
    tree.write(
      'main.tf',
      NSG_TF.replace('priority                   = 300', 'priority                   = 4000').replace(
        '  security_rule {\n    name                       = "sip-tls"',
        '  security_rule {\n    name                       = "deny-web"\n    priority                   = 200\n    direction                  = "Inbound"\n    access                     = "Deny"\n    protocol                   = "*"\n    source_port_range          = "*"\n    destination_port_range     = "*"\n    source_address_prefix      = "*"\n    destination_address_prefix = "*"\n  }\n\n  security_rule {\n    name                       = "sip-tls"',
      ),
    );
    const result = await run();
    expect(findings(result)).toEqual(['main.tf:1:1 teams/direct-routing-media notChecked', 'main.tf:7:34 firewall/shadowed-rule shadowedOrdered']);
  });

  it('a port range written as arithmetic is a finding at the expression; the rule opens nothing', async () => {
    tree.write('main.tf', NSG_TF.replace('destination_port_range      = "49152-53247"', 'destination_port_range      = 49152 - 53247'));
    const result = await run(['firewall/port-arithmetic']);
    expect(findings(result)).toEqual(['main.tf:40:33 firewall/port-arithmetic arithmetic']);
    expect(result.findings[0].data).toMatchObject({ expression: '49152 - 53247', result: -4095 });
    expect(ruleSetsOf(result)[3]).toBe('  31 110 media inbound allow udp 52.112.0.0/14,52.122.0.0/15:* -> any:- arithmetic(49152 - 53247=-4095@40:33)');
  });

  it('values Azure refuses are diagnostics at the value and leave the rule out; the set is then incomplete', async () => {
    tree.write(
      'main.tf',
      NSG_TF.replace('protocol                   = "Tcp"\n    source_port_range          = "*"\n    destination_port_ranges', 'protocol                   = "Sctp"\n    source_port_range          = "*"\n    destination_port_ranges')
        .replace('destination_port_range     = "5061"', 'destination_port_range     = "70000"')
        .replace('source_address_prefix       = "10.1.0.0/24"', 'source_address_prefix       = "10.1.0.300/24"')
        .replace('priority                    = 110', 'priority                    = 99'),
    );
    const result = await run([]);
    expect(result.findings.filter((f) => f.ruleId === 'parse/terraform').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '11:34 security rule web-ui: protocol "Sctp" is not one of Tcp, Udp, Icmp, Esp, Ah or *',
      "25:34 security rule sip-tls: '70000' is not a port (0-65535), a range first-last or *",
      '35:33 security rule media: priority 99 is not a whole number from 100 to 4096',
      "55:33 security rule to-vnet: '10.1.0.300/24' is not a network (address/prefix)",
    ]);
    expect(ruleSetsOf(result)).toEqual(['set nsg-teams-sbc azure-nsg ordered main.tf:1 incomplete']);
  });

  it('two rules of one direction with one priority: Azure refuses it, said at the second', async () => {
    tree.write('main.tf', NSG_TF.replace('priority                    = 110', 'priority                    = 100'));
    const result = await run([]);
    expect(result.findings.filter((f) => f.ruleId === 'parse/terraform').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '35:33 security rule media has priority 100, as rule sip-tls of the same direction has (line 18); Azure refuses two rules of one priority',
    ]);
  });

  it('a variable without a value and a data source are one note each per file and expression; the rules they hold are not judged', async () => {
    tree.write(
      'main.tf',
      `${NSG_TF.replace('source_address_prefix      = "Internet"', 'source_address_prefix      = var.admin_source')}
variable "admin_source" {}

data "azurerm_network_security_group" "shared" {
  name                = "nsg-shared"
  resource_group_name = "rg"
}

resource "azurerm_network_security_rule" "sip" {
  name                        = "sip"
  resource_group_name         = "rg"
  network_security_group_name = data.azurerm_network_security_group.shared.name
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "5061"
  source_address_prefix       = var.admin_source
  destination_address_prefix  = "*"
}
`,
    );
    const result = await run();
    expect(notes(result)).toEqual(['main.tf:59 not checked: var.admin_source (a variable with no value (no default, and no variable file read sets it)): the security rule web-ui of network security group nsg-teams-sbc is not checked']);
    expect(findings(result)).toEqual(['main.tf:1:1 teams/direct-routing-media notChecked', 'main.tf:59:10 parse/terraform notChecked']);
    // The rule of the data source's group is a set of its own, named after the expression.
    expect(ruleSetsOf(result).filter((line) => line.startsWith('set'))).toEqual([
      'set nsg-teams-sbc azure-nsg ordered main.tf:1 incomplete',
      'set data.azurerm_network_security_group.shared.name azure-nsg ordered main.tf:69 incomplete',
    ]);
  });
});

const AWS_TF = `resource "aws_security_group" "sbc" {
  name        = "teams-sbc"
  description = "Teams Direct Routing SBC"

  ingress {
    description = "SIP TLS from Microsoft"
    from_port   = 5061
    to_port     = 5061
    protocol    = "tcp"
    cidr_blocks = ["52.112.0.0/14", "52.122.0.0/15", "13.107.64.0/18"]
  }

  ingress {
    description      = "media"
    from_port        = 1024 - 65535
    to_port          = 65535
    protocol         = "udp"
    cidr_blocks      = ["52.112.0.0/14", "52.122.0.0/15"]
  }

  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group_rule" "web" {
  type              = "ingress"
  security_group_id = aws_security_group.sbc.id
  from_port         = 443
  to_port           = 443
  protocol          = "6"
  cidr_blocks       = ["0.0.0.0/0"]
  ipv6_cidr_blocks  = ["::/0"]
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = aws_security_group.sbc.id
  cidr_ipv4         = "10.0.0.0/8"
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
}

resource "aws_vpc_security_group_ingress_rule" "from_lb" {
  security_group_id            = aws_security_group.sbc.id
  referenced_security_group_id = "sg-0123456789abcdef0"
  from_port                    = 5061
  to_port                      = 5061
  ip_protocol                  = "tcp"
}
`;

describe('AWS security groups in Terraform', () => {
  it('inline ingress and egress and the three rule resources, joined to their group; allow-only; protocol numbers and -1', async () => {
    tree.write('sbc.tf', AWS_TF);
    const result = await run();
    expect(ruleSetsOf(result)).toEqual([
      'set teams-sbc aws-security-group allow-only sbc.tf:1 incomplete',
      '  5 SIP TLS from Microsoft inbound allow tcp 52.112.0.0/14,52.122.0.0/15,13.107.64.0/18:* -> any:5061',
      '  13 media inbound allow udp 52.112.0.0/14,52.122.0.0/15:* -> any:- arithmetic(1024 - 65535=-64511@15:24)',
      '  21 egress 1 outbound allow any 0.0.0.0/0,::/0:* -> any:*',
      '  30 aws_security_group_rule.web inbound allow tcp 0.0.0.0/0,::/0:* -> any:443',
      '  40 aws_vpc_security_group_ingress_rule.rdp inbound allow tcp 10.0.0.0/8:* -> any:3389',
      '  48 aws_vpc_security_group_ingress_rule.from_lb inbound allow tcp tag:sg-0123456789abcdef0:* -> any:5061',
    ]);
    expect(findings(result)).toEqual([
      'sbc.tf:1:1 teams/direct-routing-media notChecked',
      'sbc.tf:10:54 teams/sbc-sip-exposure notDirectRouting',
      'sbc.tf:15:24 firewall/port-arithmetic arithmetic',
      'sbc.tf:36:24 teams/sbc-management-exposure managementOpen',
      'sbc.tf:37:24 teams/sbc-management-exposure managementOpen',
    ]);
  });

  it('a rule resource of a group the configuration does not declare makes a set of its own; bad ports and protocols are diagnostics', async () => {
    tree.write(
      'main.tf',
      `resource "aws_security_group_rule" "a" {
  type              = "ingress"
  security_group_id = "sg-0abc"
  from_port         = 70000
  to_port           = 70000
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_security_group_rule" "b" {
  type              = "ingress"
  security_group_id = "sg-0abc"
  from_port         = 10
  to_port           = 5
  protocol          = "gre"
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_security_group_rule" "c" {
  type              = "sideways"
  security_group_id = "sg-0abc"
  from_port         = 10
  to_port           = 5
  protocol          = "tcp"
}
`,
    );
    const result = await run([]);
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '4:23 ingress rule aws_security_group_rule.a: from_port 70000 is not a port from 0 to 65535',
      '5:23 ingress rule aws_security_group_rule.a: to_port 70000 is not a port from 0 to 65535',
      '15:23 ingress rule aws_security_group_rule.b: protocol "gre" is not -1, tcp, udp, icmp, icmpv6 or a protocol number',
      '20:23 aws_security_group_rule.c: type must be ingress or egress',
    ]);
    // The rule whose ports cannot be read keeps its sources (whose rule it is), opening no port.
    expect(ruleSetsOf(result)).toEqual(['set sg-0abc aws-security-group allow-only main.tf:3 incomplete', '  1 aws_security_group_rule.a inbound allow tcp 10.0.0.0/8:* -> any:-']);
  });
});

describe('an SBC security group whose ports and Microsoft list come from variables', () => {
  it('the arithmetic in a variable default, the list adding non-Direct Routing ranges, each said once at the variable', async () => {
    tree.write(
      'variables.tf',
      `variable "sip_ports" {
  default = [5061]
}

variable "media_ports" {
  default = [1024 - 65535]
}

variable "microsoft_ips" {
  type    = list(string)
  default = ["13.107.64.0/18", "52.112.0.0/14", "52.120.0.0/14", "52.122.0.0/15"]
}
`,
    );
    tree.write(
      'main.tf',
      `resource "aws_security_group" "sbc_pkt" {
  name_prefix = "sbc-pkt"

  dynamic "ingress" {
    for_each = var.sip_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = var.microsoft_ips
    }
  }

  dynamic "ingress" {
    for_each = var.media_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "udp"
      cidr_blocks = var.microsoft_ips
    }
  }
}
`,
    );
    const result = await run();
    expect(findings(result)).toEqual([
      'main.tf:1:1 teams/direct-routing-media notChecked',
      'variables.tf:6:14 firewall/port-arithmetic arithmetic',
      'variables.tf:11:14 teams/sbc-sip-exposure notDirectRouting',
    ]);
  });
});

const ARM_NSG = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "adminSource": { "type": "string" } },
  "resources": [
    {
      "type": "Microsoft.Network/networkSecurityGroups",
      "apiVersion": "2023-09-01",
      "name": "nsg-sbc",
      "location": "westeurope",
      "properties": {
        "securityRules": [
          {
            "name": "SIP",
            "properties": { "priority": 120, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
              "sourcePortRange": "*", "destinationPortRange": "5061",
              "sourceAddressPrefix": "Internet", "destinationAddressPrefix": "*" }
          },
          {
            "name": "Media",
            "properties": { "priority": 130, "direction": "Inbound", "access": "Allow", "protocol": "Udp",
              "sourcePortRange": "*", "destinationPortRange": "20000-29999",
              "sourceAddressPrefixes": ["52.112.0.0/14", "52.122.0.0/15"], "destinationAddressPrefix": "*" }
          }
        ]
      }
    },
    {
      "type": "Microsoft.Network/networkSecurityGroups/securityRules",
      "apiVersion": "2023-09-01",
      "name": "nsg-sbc/SIP-Microsoft",
      "properties": { "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
        "sourcePortRange": "*", "destinationPortRange": "5061",
        "sourceAddressPrefixes": ["52.112.0.0/14", "52.122.0.0/15"], "destinationAddressPrefix": "*" }
    },
    {
      "type": "Microsoft.Network/networkSecurityGroups/securityRules",
      "apiVersion": "2023-09-01",
      "name": "nsg-sbc/RDP",
      "properties": { "priority": 200, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
        "sourcePortRange": "*", "destinationPortRange": "3389",
        "sourceAddressPrefix": "[parameters('adminSource')]", "destinationAddressPrefix": "*" }
    }
  ]
}
`;

describe('Azure network security groups in ARM templates and Bicep', () => {
  it('ARM: securityRules and child securityRules resources in one group, by priority; a parameter without a value is a note', async () => {
    tree.write('azuredeploy.json', ARM_NSG);
    const result = await run();
    expect(ruleSetsOf(result)).toEqual([
      'set nsg-sbc azure-nsg ordered azuredeploy.json:6 incomplete',
      '  28 100 SIP-Microsoft inbound allow tcp 52.112.0.0/14,52.122.0.0/15:* -> any:5061',
      '  13 120 SIP inbound allow tcp tag:Internet:* -> any:5061',
      '  19 130 Media inbound allow udp 52.112.0.0/14,52.122.0.0/15:* -> any:20000-29999',
    ]);
    expect(findings(result)).toEqual(['azuredeploy.json:4:19 parse/arm notChecked', 'azuredeploy.json:6:5 teams/direct-routing-media notChecked', 'azuredeploy.json:17:38 teams/sbc-sip-exposure openToAll']);
    expect(notes(result)).toEqual(["azuredeploy.json:4 not checked: parameters('adminSource') is not known statically (parameter 'adminSource' has no value (no default, none given)), so uclint does not check the security rule RDP of network security group nsg-sbc"]);
  });

  it('Bicep: inline rules and a child with parent:, a variable list of prefixes, findings at the Bicep lines', async () => {
    tree.write(
      'sbc.bicep',
      `var microsoft = [
  '52.112.0.0/14'
  '52.122.0.0/15'
]

resource nsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {
  name: 'nsg-sbc'
  location: 'westeurope'
  properties: {
    securityRules: [
      {
        name: 'sip'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourcePortRange: '*'
          destinationPortRange: '5061'
          sourceAddressPrefixes: microsoft
          destinationAddressPrefix: '*'
        }
      }
    ]
  }
}

resource ssh 'Microsoft.Network/networkSecurityGroups/securityRules@2023-09-01' = {
  parent: nsg
  name: 'ssh'
  properties: {
    priority: 200
    direction: 'Inbound'
    access: 'Allow'
    protocol: 'Tcp'
    sourcePortRange: '*'
    destinationPortRange: '22'
    sourceAddressPrefix: '*'
    destinationAddressPrefix: '*'
  }
}
`,
    );
    const result = await run();
    expect(ruleSetsOf(result)).toEqual([
      'set nsg-sbc azure-nsg ordered sbc.bicep:6',
      '  11 100 sip inbound allow tcp 52.112.0.0/14,52.122.0.0/15:* -> any:5061',
      '  28 200 ssh inbound allow tcp any:* -> any:22',
    ]);
    expect(findings(result)).toEqual(['sbc.bicep:6:1 teams/direct-routing-media mediaClosed', 'sbc.bicep:38:26 teams/sbc-management-exposure managementOpen']);
  });
});

describe('what is not an SBC is not judged', () => {
  it("a web server's NSG opening 443 and SSH's 22 to the Internet raises no Direct Routing finding, nor a teams family", async () => {
    tree.write('web.tf', NSG_TF.replace(/nsg-teams-sbc/g, 'nsg-web').replace(/\["52\.112\.0\.0\/14", "52\.122\.0\.0\/15"\]/g, '["10.0.0.0/8"]'));
    const result = await run();
    expect(findings(result)).toEqual([]);
    expect(result.estate?.firewallRuleSets.length).toBe(1);
    expect(result.outcomes.find((o) => o.ruleId === 'teams/sbc-management-exposure')?.status).toBe('not-applicable');
  });
});

// -- The shared reader, directly -----------------------------------------------------------

const at = (line: number): SourceRange => ({ file: 'f.tf', line, column: 1, endLine: line, endColumn: 2 });
const str = (value: string, line = 1): StaticValue => ({ kind: 'string', value, loc: at(line) });
const num = (value: number, line = 1): StaticValue => ({ kind: 'number', value, loc: at(line) });

function collecting(): CloudRuleSink & { problems: string[]; unknowns: string[] } {
  const problems: string[] = [];
  const unknowns: string[] = [];
  return { problems, unknowns, problem: (loc, message) => problems.push(`${loc.line} ${message}`), unknown: (value, what) => unknowns.push(`${value.expression}: ${what}`) };
}

const scalar = fc.oneof(
  fc.constantFrom('*', 'Any', 'Internet', 'VirtualNetwork', 'Tcp', 'Udp', 'Esp', 'Inbound', 'Outbound', 'Allow', 'Deny', '10.0.0.0/8', '52.112.0.0/14', '::/0', '5061', '1024-65535', '65536', '5-1', '', ' ', 'a.b', '1.2.3.4/33', '2001:db8::/129').map((s) => str(s)),
  fc.string().map((s) => str(s)),
  fc.integer({ min: -70000, max: 70000 }).map((n) => num(n)),
  fc.constant<StaticValue>({ kind: 'null', loc: at(1) }),
  fc.constant<StaticValue>({ kind: 'unknown', expression: 'var.x', reason: 'a variable', loc: at(1) }),
  fc.constant<StaticValue>({ kind: 'number', value: -64511, loc: at(1), operator: '-' }),
);
const fieldValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }).map((items): StaticValue => ({ kind: 'list', items, loc: at(1) })));
const NSG_FIELDS: NsgField[] = ['name', 'priority', 'direction', 'access', 'protocol', 'sourcePortRange', 'sourcePortRanges', 'destinationPortRange', 'destinationPortRanges', 'sourceAddressPrefix', 'sourceAddressPrefixes', 'destinationAddressPrefix', 'destinationAddressPrefixes'];

describe('the shared reader of cloud rules', () => {
  it('property: any field values give a rule with valid ports and a known protocol, or a problem or a note, never a throw; NSG order is by priority', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom(...NSG_FIELDS), fieldValue), { maxLength: 6 }), (inputs) => {
        const sink = collecting();
        const rules = inputs.flatMap((fields) => {
          const rule = nsgRule({ loc: at(1), get: (field) => fields[field] }, sink, 'nsg', () => 'x');
          if (!rule) expect(sink.problems.length + sink.unknowns.length).toBeGreaterThan(0);
          return rule ? [rule] : [];
        });
        for (const rule of orderNsgRules(rules, sink)) {
          for (const p of [...rule.localPorts, ...rule.remotePorts]) expect(0 <= p.first && p.first <= p.last && p.last <= 65535).toBe(true);
          expect(['tcp', 'udp', 'icmp', 'any', 'other']).toContain(rule.protocol.value);
          expect(rule.priority!.value).toBeGreaterThanOrEqual(100);
        }
        const ordered = orderNsgRules(rules, collecting());
        expect(ordered.map((r) => r.priority!.value)).toEqual([...ordered.map((r) => r.priority!.value)].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('property: an AWS rule from any values has ports within 0-65535 and remote addresses, or is said not read', () => {
    fc.assert(
      fc.property(scalar, scalar, scalar, fc.array(scalar, { maxLength: 3 }), fc.boolean(), (protocol, fromPort, toPort, cidrs, inbound) => {
        const sink = collecting();
        const rule = awsRule({ loc: at(1), name: { value: 'r', loc: at(1) }, direction: inbound ? 'inbound' : 'outbound', protocol, fromPort, toPort, cidrs, references: [] }, sink, 'sg', () => 'x');
        if (!rule) {
          expect(sink.problems.length + sink.unknowns.length).toBeGreaterThan(0);
          return;
        }
        expect(rule.action.value).toBe('allow');
        expect(rule.remoteAddresses.length).toBeGreaterThan(0);
        for (const p of [...rule.localPorts, ...rule.remotePorts]) expect(0 <= p.first && p.first <= p.last && p.last <= 65535).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('bound: reading and judging an NSG grows about linearly with its rules', () => {
    const rule = (i: number) => ({ loc: at(i), get: (field: NsgField) => ({ name: str(`r${i}`), priority: num(100 + (i % 3997)), direction: str(i % 2 ? 'Inbound' : 'Outbound'), access: str(i % 5 ? 'Allow' : 'Deny'), protocol: str('Tcp'), sourcePortRange: str('*'), destinationPortRange: str(String(1000 + (i % 60000))), sourceAddressPrefix: str(`10.${(i >> 8) & 255}.${i & 255}.0/24`), destinationAddressPrefix: str('*') })[field as 'name'] });
    expectNearLinear(
      {
        input: (size) => Array.from({ length: size }, (_, i) => rule(i)),
        run: (inputs) => orderNsgRules(inputs.flatMap((input) => nsgRule(input, collecting(), 'nsg', () => 'x') ?? []), collecting()),
      },
      2000,
    );
  });
});
