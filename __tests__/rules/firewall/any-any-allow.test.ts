import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/firewall/any-any-allow.js';

const rules = (...items: string[]) => ['apiVersion: uclint/v1', 'kind: FirewallRules', 'rules:', ...items, ''].join('\n');

runRuleTests(rule, {
  valid: [
    { name: 'an allow rule for one port', files: { 'fw.yml': rules('  - { name: sip-tls, direction: inbound, action: allow, protocol: tcp, localPorts: 5061 }') } },
    { name: 'a block rule for everything', files: { 'fw.yml': rules('  - { name: deny-all, direction: inbound, action: block, protocol: any }') } },
    { name: 'a disabled allow-all', files: { 'fw.yml': rules('  - { name: temp, direction: inbound, action: allow, protocol: any, enabled: false }') } },
  ],
  invalid: [
    {
      name: 'allow any protocol from anywhere',
      files: { 'fw.yml': rules('  - { name: sip-tls, direction: inbound, action: allow, protocol: tcp, localPorts: 5061 }', '  - { name: temp-allow-all, direction: inbound, action: allow, protocol: any }') },
      errors: [{ messageId: 'anyAnyAllow', line: 5, file: 'fw.yml', data: { direction: 'inbound', name: 'temp-allow-all', program: '' } }],
    },
  ],
});
