import { defineRule } from '../../src/engine/rule.js';
import { enabledRules } from '../../src/estate/firewall.js';

export default defineRule<Record<string, never>, 'arithmetic'>({
  id: 'firewall/port-arithmetic',
  meta: {
    description: 'A port of a firewall rule in Terraform is not written as arithmetic (`1024 - 65535` is a number, not a range)',
    rationale: [
      'Terraform reads `from_port = 1024 - 65535` or `destination_port_range = 1024 - 65535` as an expression:',
      'the subtraction gives the number -64511, not the port range 1024-65535 that was meant. AWS and Azure',
      'refuse the negative port when the plan is applied, or, where the arithmetic happens to give a valid',
      'number (`5060 + 1`), open a port nobody wrote. Either way the rule does not open what its writer meant.',
      '',
      'Reported at the expression, for every rule of an Azure network security group or AWS security group',
      'read from Terraform.',
      '',
      '**Fix:** write a range as the string `"1024-65535"` (Azure\'s `*_port_range`), or as `from_port = 1024`',
      'and `to_port = 65535` (AWS).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Terraform language: Arithmetic and logical operators' },
      { source: 'Terraform AzureRM provider: azurerm_network_security_rule', section: 'destination_port_range' },
      { source: 'Terraform AWS provider: aws_security_group', section: 'ingress: from_port, to_port' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      arithmetic: 'a port of rule {{name}} is written as arithmetic, {{expression}}, which Terraform evaluates to the number {{result}}{{fix}}',
    },
    examples: {
      language: 'hcl',
      invalid: 'resource "aws_security_group_rule" "media" {\n  type              = "ingress"\n  security_group_id = aws_security_group.sbc.id\n  protocol          = "udp"\n  from_port         = 1024 - 65535\n  to_port           = 65535\n  cidr_blocks       = ["52.112.0.0/14"]\n}',
      valid: 'resource "aws_security_group_rule" "media" {\n  type              = "ingress"\n  security_group_id = aws_security_group.sbc.id\n  protocol          = "udp"\n  from_port         = 1024\n  to_port           = 65535\n  cidr_blocks       = ["52.112.0.0/14"]\n}',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.length > 0,
  check({ estate, report }) {
    // One expression several rules take (a variable's default iterated by a dynamic block) is said once.
    const said = new Set<string>();
    for (const { rule } of enabledRules(estate.firewallRuleSets)) {
      for (const port of rule.portArithmetic ?? []) {
        const key = `${port.loc.file}:${port.loc.line}:${port.loc.column}`;
        if (said.has(key)) continue;
        said.add(key);
        const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(port.value);
        const fix = range
          ? `, not the range ${range[1]}-${range[2]}; write "${range[1]}-${range[2]}" (Azure) or from_port = ${range[1]} and to_port = ${range[2]} (AWS)`
          : '; write the port as a number';
        report({ node: port, messageId: 'arithmetic', data: { name: rule.name.value, expression: port.value, result: port.result, fix } });
      }
    }
  },
});
