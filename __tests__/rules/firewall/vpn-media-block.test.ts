import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/firewall/vpn-media-block.js';
import { header, zone } from '../support/zones.js';

const VPN = 'apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\nclientSubnets: [172.16.8.0/24]\ninclude: [10.0.0.0/8]\n';
const INTERNAL = 'dns/internal/contoso.com.zone';
const internal = zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'pool IN A 10.0.0.10');

/** One rule is 10 lines; rules start on line 4. Protocol any and no ports: all ports, as the Windows Firewall rules of "Enabling Lync Media to Bypass a VPN Tunnel". */
const rule_ = (name: string, direction: string, remote: string, extra: Record<string, string> = {}) =>
  [
    `  - name: ${name}`,
    `    direction: ${direction}`,
    '    action: block',
    '    program: "%ProgramFiles%\\\\Microsoft Lync\\\\communicator.exe"',
    '    protocol: any',
    '    localAddresses: [172.16.8.0/24]',
    `    remoteAddresses: ${remote}`,
    `    interfaceTypes: ${extra.interfaceTypes ?? '[remoteAccess]'}`,
    `    profiles: ${extra.profiles ?? '[domain]'}`,
    '    enabled: true',
  ].join('\n');
const rules = (...items: string[]) => ['apiVersion: uclint/v1', 'kind: FirewallRules', 'rules:', ...items, ''].join('\n');
const articleRules = (direction: string, extra?: Record<string, string>) => [
  rule_(`lync-media-${direction}`, direction, '[10.0.0.0/8, 172.16.8.0/24]', extra),
  rule_(`lync-servers-${direction}`, direction, '[10.0.0.10]', extra),
];

runRuleTests(rule, {
  valid: [
    { name: 'the article\'s two block rules, inbound and outbound', zones: { [INTERNAL]: internal }, files: { 'vpn.yml': VPN, 'firewall.yml': rules(...articleRules('inbound'), ...articleRules('outbound')) } },
  ],
  invalid: [
    {
      name: 'no block rules for the VPN subnet at all',
      zones: { [INTERNAL]: internal },
      files: { 'vpn.yml': VPN, 'firewall.yml': rules('  - { name: allow-sip, direction: inbound, action: allow, protocol: tcp, localPorts: 5061 }') },
      errors: [{ messageId: 'noBlockRules', line: 1, file: 'firewall.yml', data: { subnet: '172.16.8.0/24' } }],
    },
    {
      name: 'a block rule without its outbound twin',
      zones: { [INTERNAL]: internal },
      files: { 'vpn.yml': VPN, 'firewall.yml': rules(...articleRules('inbound'), articleRules('outbound')[1]) },
      errors: [{ messageId: 'missingTwin', line: 4, file: 'firewall.yml', data: { direction: 'inbound', name: 'lync-media-inbound', other: 'outbound' } }],
    },
    {
      name: 'the VPN subnet missing from the remote addresses (hair-pinning)',
      zones: { [INTERNAL]: internal },
      files: {
        'vpn.yml': VPN,
        'firewall.yml': rules(rule_('media-in', 'inbound', '[10.0.0.0/8]'), rule_('media-out', 'outbound', '[10.0.0.0/8]'), ...articleRules('inbound').slice(1), ...articleRules('outbound').slice(1)),
      },
      errors: [
        { messageId: 'vpnNotAmongRemote', line: 4, data: { name: 'media-in', subnet: '172.16.8.0/24' } },
        { messageId: 'vpnNotAmongRemote', line: 14, data: { name: 'media-out' } },
      ],
    },
    {
      name: 'rules not scoped to remoteAccess and the domain profile',
      zones: { [INTERNAL]: internal },
      files: { 'vpn.yml': VPN, 'firewall.yml': rules(...articleRules('inbound', { interfaceTypes: '[any]' }), ...articleRules('outbound', { profiles: '[domain, public]' })) },
      errors: [
        { messageId: 'notRemoteAccess', line: 11, data: { name: 'lync-media-inbound', types: 'any' } },
        { messageId: 'notRemoteAccess', line: 21, data: { name: 'lync-servers-inbound' } },
        { messageId: 'notDomainProfile', line: 32, data: { name: 'lync-media-outbound', profiles: 'domain, public' } },
        { messageId: 'notDomainProfile', line: 42, data: { name: 'lync-servers-outbound' } },
      ],
    },
  ],
});
