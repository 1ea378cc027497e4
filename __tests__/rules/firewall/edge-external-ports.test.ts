import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/firewall/edge-external-ports.js';

const edge = (...items: string[]) => ['apiVersion: uclint/v1', 'kind: FirewallRules', 'appliesTo: edge-external', 'rules:', ...items, ''].join('\n');
const EXACT = [
  '  - { name: tls, direction: inbound, action: allow, protocol: tcp, localPorts: "443, 5061" }',
  '  - { name: stun, direction: inbound, action: allow, protocol: udp, localPorts: 3478 }',
  '  - { name: media-tcp, direction: inbound, action: allow, protocol: tcp, localPorts: 50000-59999 }',
  '  - { name: media-udp, direction: inbound, action: allow, protocol: udp, localPorts: 50000-59999 }',
];

runRuleTests(rule, {
  valid: [
    { name: 'exactly the Edge ports', files: { 'edge.yml': edge(...EXACT) } },
    {
      name: 'the media range opened by two rules together',
      files: {
        'edge.yml': edge(
          ...EXACT.filter((line) => !line.includes('media-udp')),
          '  - { name: media-udp-low, direction: inbound, action: allow, protocol: udp, localPorts: 50000-54999 }',
          '  - { name: media-udp-high, direction: inbound, action: allow, protocol: udp, localPorts: 55000-59999 }',
        ),
      },
    },
    // edge.yml makes the rule run, so fw.yml's absence of findings is the rule's choice, not its skipping the estate.
    { name: 'a rule set for something else is not judged', files: { 'edge.yml': edge(...EXACT), 'fw.yml': edge('  - { name: any, direction: inbound, action: allow, protocol: tcp, localPorts: 1-65535 }').replace('edge-external', 'vpn-clients') } },
  ],
  invalid: [
    {
      name: 'media opened wider, federation missing',
      files: {
        'edge.yml': edge(
          '  - { name: tls, direction: inbound, action: allow, protocol: tcp, localPorts: 443 }',
          '  - { name: stun, direction: inbound, action: allow, protocol: udp, localPorts: 3478 }',
          '  - { name: media-tcp, direction: inbound, action: allow, protocol: tcp, localPorts: 50000-59999 }',
          '  - { name: media-udp, direction: inbound, action: allow, protocol: udp, localPorts: 49152-65535 }',
        ),
      },
      errors: [
        { messageId: 'missing', line: 3, file: 'edge.yml', data: { protocol: 'TCP', ports: '5061', what: 'federation' } },
        { messageId: 'wider', line: 8, data: { name: 'media-udp', protocol: 'UDP', ports: '49152-49999, 60000-65535' } },
      ],
    },
    {
      name: 'any protocol is wider by definition',
      files: { 'edge.yml': edge(...EXACT, '  - { name: temp, direction: inbound, action: allow, protocol: any }') },
      errors: [{ messageId: 'wider', line: 9, data: { name: 'temp', protocol: 'any' } }],
    },
  ],
});
