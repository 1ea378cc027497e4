import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/firewall/any-any-allow.js';

const rules = (...items: string[]) => ['apiVersion: uclint/v1', 'kind: FirewallRules', 'rules:', ...items, ''].join('\n');

runRuleTests(rule, {
  valid: [
    { name: 'an allow rule for one port', files: { 'fw.yml': rules('  - { name: sip-tls, direction: inbound, action: allow, protocol: tcp, localPorts: 5061 }') } },
    { name: 'a block rule for everything', files: { 'fw.yml': rules('  - { name: deny-all, direction: inbound, action: block, protocol: any }') } },
    { name: 'a disabled allow-all', files: { 'fw.yml': rules('  - { name: temp, direction: inbound, action: allow, protocol: any, enabled: false }') } },
    {
      name: 'an NSG outbound rule from the AzureLoadBalancer service tag to any address: scoped by its local side',
      files: {
        'nsg.bicep': [
          "resource nsg 'Microsoft.Network/networkSecurityGroups@2023-04-01' = {",
          "  name: 'nsg-app'",
          "  location: 'westeurope'",
          '  properties: {',
          '    securityRules: [',
          '      {',
          "        name: 'Allow_Outbound_LB'",
          "        properties: { protocol: '*', sourcePortRange: '*', destinationPortRange: '*', sourceAddressPrefix: 'AzureLoadBalancer', destinationAddressPrefix: '*', access: 'Allow', priority: 600, direction: 'Outbound' }",
          '      }',
          '    ]',
          '  }',
          '}',
          '',
        ].join('\n'),
      },
    },
  ],
  invalid: [
    {
      name: 'allow any protocol from anywhere',
      files: { 'fw.yml': rules('  - { name: sip-tls, direction: inbound, action: allow, protocol: tcp, localPorts: 5061 }', '  - { name: temp-allow-all, direction: inbound, action: allow, protocol: any }') },
      errors: [{ messageId: 'anyAnyAllow', line: 5, file: 'fw.yml', data: { direction: 'inbound', name: 'temp-allow-all', program: '' } }],
    },
  ],
});
