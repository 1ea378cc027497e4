import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/firewall/shadowed-rule.js';

const rules = (semantics: string, ...items: string[]) => ['apiVersion: uclint/v1', 'kind: FirewallRules', `semantics: ${semantics}`, 'rules:', ...items, ''].join('\n');

runRuleTests(rule, {
  valid: [
    {
      name: 'ordered: the narrower rule comes first',
      files: {
        'fw.yml': rules(
          'ordered',
          '  - { name: allow-edge, direction: outbound, action: allow, protocol: udp, remoteAddresses: 10.0.0.10 }',
          '  - { name: block-corp, direction: outbound, action: block, protocol: udp, remoteAddresses: 10.0.0.0/8 }',
        ),
      },
    },
    {
      name: 'windows: an allow outside what the blocks cover',
      files: {
        'fw.yml': rules(
          'windows',
          '  - { name: block-corp, direction: outbound, action: block, protocol: udp, remoteAddresses: 10.0.0.0/8 }',
          '  - { name: allow-edge, direction: outbound, action: allow, protocol: udp, remoteAddresses: 167.55.49.34 }',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'ordered: a rule after a broader one that covers it',
      files: {
        'fw.yml': rules(
          'ordered',
          '  - { name: block-corp, direction: outbound, action: block, protocol: any, remoteAddresses: 10.0.0.0/8 }',
          '  - { name: allow-pool, direction: outbound, action: allow, protocol: tcp, remoteAddresses: 10.0.0.10 }',
        ),
      },
      errors: [{ messageId: 'shadowedOrdered', line: 6, file: 'fw.yml', data: { name: 'allow-pool', by: 'block-corp' } }],
    },
    {
      name: 'ordered: covered by two narrower rules together',
      files: {
        'fw.yml': rules(
          'ordered',
          '  - { name: low-half, direction: inbound, action: block, protocol: udp, remoteAddresses: 10.0.0.0/9 }',
          '  - { name: high-half, direction: inbound, action: block, protocol: udp, remoteAddresses: 10.128.0.0/9 }',
          '  - { name: corp, direction: inbound, action: allow, protocol: udp, remoteAddresses: 10.0.0.0/8 }',
        ),
      },
      errors: [{ messageId: 'shadowedOrdered', line: 7, data: { name: 'corp', by: 'low-half, high-half' } }],
    },
    {
      name: 'windows: a block makes an allow dead, whatever the order',
      files: {
        'fw.yml': rules(
          'windows',
          '  - { name: allow-media, direction: inbound, action: allow, protocol: udp, remoteAddresses: 10.1.0.0/16, localPorts: 50000-59999 }',
          '  - { name: block-all-corp, direction: inbound, action: block, protocol: any, remoteAddresses: 10.0.0.0/8 }',
        ),
      },
      errors: [{ messageId: 'deadAllow', line: 5, data: { name: 'allow-media', by: 'block-all-corp' } }],
    },
  ],
});
