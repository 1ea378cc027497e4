import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/firewall/port-arithmetic.js';

const awsRule = (from: string, to: string) => `resource "aws_security_group_rule" "media" {
  type              = "ingress"
  security_group_id = "sg-0abc"
  protocol          = "udp"
  from_port         = ${from}
  to_port           = ${to}
  cidr_blocks       = ["52.112.0.0/14"]
}
`;

runRuleTests(rule, {
  valid: [
    { name: 'from_port and to_port as numbers', files: { 'sg.tf': awsRule('1024', '65535') } },
    { name: 'a negative literal is not arithmetic (protocol -1 style)', files: { 'sg.tf': awsRule('"1024"', '65535') } },
  ],
  invalid: [
    { name: 'the range written as a subtraction', files: { 'sg.tf': awsRule('1024 - 65535', '65535') }, errors: [{ messageId: 'arithmetic', line: 5, column: 23, data: { expression: '1024 - 65535', result: -64511 } }] },
    { name: 'a sum that happens to give a valid port', files: { 'sg.tf': awsRule('5060 + 1', '5061') }, errors: [{ messageId: 'arithmetic', line: 5, column: 23, data: { expression: '5060 + 1', result: 5061, fix: '; write the port as a number' } }] },
    {
      name: 'Azure: destination_port_range = 49152 - 53247 (unquoted)',
      files: {
        'nsg.tf': 'resource "azurerm_network_security_rule" "m" {\n  name = "m"\n  network_security_group_name = "n"\n  resource_group_name = "r"\n  priority = 100\n  direction = "Inbound"\n  access = "Allow"\n  protocol = "Udp"\n  source_port_range = "*"\n  destination_port_range = 49152 - 53247\n  source_address_prefix = "*"\n  destination_address_prefix = "*"\n}\n',
      },
      errors: [{ messageId: 'arithmetic', line: 10, column: 28, data: { result: -4095 } }],
    },
  ],
});
