import { defineRule } from '../../src/engine/rule.js';
import { allowInForce, everyoneText, openToEveryone, portsText, sbcEvidence } from '../../src/estate/direct-routing.js';

interface ManagementPort {
  protocol: 'tcp' | 'udp';
  port: number;
  what: string;
}

/** How SBCs are managed: their web UI, shells and remote desktops, and SNMP. */
const MANAGEMENT_PORTS: readonly ManagementPort[] = [
  { protocol: 'tcp', port: 22, what: 'SSH' },
  { protocol: 'tcp', port: 23, what: 'Telnet' },
  { protocol: 'tcp', port: 80, what: 'the web interface (HTTP)' },
  { protocol: 'tcp', port: 443, what: 'the web interface (HTTPS)' },
  { protocol: 'tcp', port: 2024, what: 'the Ribbon SBC CLI (SSH)' },
  { protocol: 'tcp', port: 3389, what: 'Remote Desktop' },
  { protocol: 'tcp', port: 5985, what: 'Windows Remote Management (HTTP)' },
  { protocol: 'tcp', port: 5986, what: 'Windows Remote Management (HTTPS)' },
  { protocol: 'udp', port: 161, what: 'SNMP' },
];

export default defineRule<Record<string, never>, 'managementOpen'>({
  id: 'teams/sbc-management-exposure',
  meta: {
    description: 'The management interfaces of a Direct Routing SBC (web UI, SSH, Telnet, RDP, WinRM, SNMP) are not open to any address',
    rationale: [
      'A Direct Routing SBC faces the Internet for SIP and media, which Microsoft\'s SIP proxies and media',
      'processors need; its management does not. The SBC\'s web interface (HTTP 80, HTTPS 443), SSH (22, and 2024',
      'for the Ribbon CLI), Telnet (23), SNMP (UDP 161), and on a Windows-hosted SBC Remote Desktop (3389) and',
      'Windows Remote Management (5985, 5986), open to any address or to the `Internet` service tag, invite',
      'password guessing and the exploits published for SBC firmware.',
      '',
      'Checked on each firewall rule set that guards a Direct Routing SBC (see teams/sbc-sip-exposure for how it',
      'is known): an inbound allow rule for these ports from any address, `Internet`, 0.0.0.0/0 or ::/0 is a',
      'finding at its source, unless an earlier deny of everyone on that port decides first. A rule set that',
      'guards a web server opening 443 to the Internet is not an SBC\'s and is not judged.',
      '',
      '**Fix:** allow management only from the administrators\' networks, a jump host or a VPN, or reach it',
      'through Azure Bastion or AWS Systems Manager.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['teams'],
    citations: [
      { source: 'Plan Direct Routing', section: 'SIP Signaling and Media traffic: what the SBC must accept, and from where' },
      { source: 'Network security groups (Azure Virtual Network)', section: 'Security rules; Default security rules' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      managementOpen: 'rule {{name}} opens {{ports}} ({{what}}) of the Direct Routing SBC to {{source}}; allow management only from the administrators\' networks',
    },
    examples: {
      language: 'hcl',
      invalid: 'resource "aws_security_group" "sbc" {\n  name = "teams-sbc"\n  ingress {\n    description = "web UI"\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}',
      valid: 'resource "aws_security_group" "sbc" {\n  name = "teams-sbc"\n  ingress {\n    description = "web UI"\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["10.20.0.0/24"]\n  }\n}',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => sbcEvidence(set) !== undefined),
  check({ estate, report }) {
    for (const set of estate.firewallRuleSets) {
      const evidence = sbcEvidence(set);
      if (!evidence) continue;
      // Ports opened to Microsoft's SIP proxies are the SBC's SIP ports, whatever their number.
      const sipPorts = evidence.sipPorts;
      for (const rule of set.rules) {
        if (!rule.enabled || rule.direction.value !== 'inbound' || rule.action.value !== 'allow') continue;
        const open = rule.remoteAddresses.filter(openToEveryone);
        if (open.length === 0) continue;
        const hit = MANAGEMENT_PORTS.filter(
          (m) =>
            (rule.protocol.value === 'any' || rule.protocol.value === m.protocol) &&
            rule.localPorts.some((p) => p.first <= m.port && m.port <= p.last) &&
            !(m.protocol === 'tcp' && sipPorts.some((p) => p.first <= m.port && m.port <= p.last)) &&
            allowInForce(set, rule, [{ first: m.port, last: m.port }]),
        );
        if (hit.length === 0) continue;
        const byProtocol = (protocol: 'tcp' | 'udp') => hit.filter((m) => m.protocol === protocol).map((m) => ({ first: m.port, last: m.port }));
        const ports = (['tcp', 'udp'] as const).filter((p) => byProtocol(p).length > 0).map((p) => portsText(p, byProtocol(p))).join('; ');
        const what = hit.map((m) => m.what).join(', ');
        for (const address of open) {
          report({ node: address, messageId: 'managementOpen', data: { name: rule.name.value, ports, what, source: everyoneText(address, set) } });
        }
      }
    }
  },
});
