/**
 * The Direct Routing exposure rules on cloud firewalls: which rule sets guard an SBC, SIP only
 * from Microsoft's Direct Routing ranges, management not open to any address, media open to
 * Microsoft's media processors; documented deployments raise nothing.
 */
import { runRuleTests } from '../../helpers/rule-tester.js';
import sipRule from '../../../rules/teams/sbc-sip-exposure.js';
import managementRule from '../../../rules/teams/sbc-management-exposure.js';
import mediaRule from '../../../rules/teams/direct-routing-media.js';

/** An AWS security group with the given ingress blocks (`[protocol, from, to, cidrs, description]`). */
function securityGroup(name: string, ...ingress: Array<[string, number, number, string[], string?]>): string {
  const blocks = ingress.map(([protocol, from, to, cidrs, description]) =>
    ['  ingress {', ...(description ? [`    description = "${description}"`] : []), `    from_port   = ${from}`, `    to_port     = ${to}`, `    protocol    = "${protocol}"`, `    cidr_blocks = [${cidrs.map((c) => `"${c}"`).join(', ')}]`, '  }'].join('\n'),
  );
  return [`resource "aws_security_group" "sg" {`, `  name = "${name}"`, ...blocks, '}', ''].join('\n');
}

const DR = ['52.112.0.0/14', '52.122.0.0/15'];
const GCC_HIGH = ['52.127.88.0/21'];

runRuleTests(sipRule, {
  valid: [
    { name: 'SIP/TLS from the Direct Routing ranges only', files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, DR], ['udp', 6000, 9999, DR]) } },
    { name: "a carrier's SIP trunk beside Microsoft's ranges is not judged", files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, DR], ['tcp', 5060, 5061, ['203.0.113.10/32']]) } },
    { name: 'GCC High ranges with the cloud option gcc-high', options: { cloud: 'gcc-high' }, files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, GCC_HIGH]) } },
    { name: 'an SBC listening on 5067: 443 open to the Internet is not SIP', files: { 'sg.tf': securityGroup('gw', ['tcp', 5067, 5067, DR], ['tcp', 443, 443, ['0.0.0.0/0']]) }, settings: { families: ['teams'] } },
    { name: 'a web server opening 5061 to everyone is not an SBC', files: { 'sg.tf': securityGroup('web', ['tcp', 5061, 5061, ['0.0.0.0/0']]) }, settings: { families: ['teams'] }, notApplicable: 'no rule set guards an SBC' },
  ],
  invalid: [
    {
      name: 'SIP open to any address, as a second rule beside the Microsoft one',
      files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, DR], ['tcp', 5061, 5061, ['0.0.0.0/0']]) },
      errors: [{ messageId: 'openToAll', line: 13, data: { name: 'ingress 2', ports: 'TCP 5061' } }],
    },
    {
      name: "Microsoft's list adds the earlier Optimize range 13.107.64.0/18 (52.120.0.0/14, which Plan Direct Routing lists, is not a finding)",
      files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, ['52.112.0.0/14', '52.120.0.0/14', '13.107.64.0/18'], 'Microsoft']) },
      errors: [
        { messageId: 'notDirectRouting', line: 8, column: 54, data: { source: '13.107.64.0/18' } },
      ],
    },
    {
      name: 'an SBC known by its name, SIP on 5061 from the Internet',
      settings: { families: ['teams'] },
      files: { 'sg.tf': securityGroup('AudioCodes-Mediant-VE', ['tcp', 5060, 5061, ['0.0.0.0/0']]) },
      errors: [{ messageId: 'openToAll', line: 7, data: { ports: 'TCP 5061' } }],
    },
    {
      name: 'worldwide ranges when the cloud option says DoD',
      options: { cloud: 'dod' },
      files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, ['52.112.0.0/14']]) },
      errors: [{ messageId: 'notDirectRouting', line: 7, data: { source: '52.112.0.0/14' } }],
    },
  ],
});

runRuleTests(managementRule, {
  valid: [
    { name: 'management from the administrators only', files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, DR], ['tcp', 22, 22, ['10.20.0.0/24']], ['tcp', 443, 443, ['10.20.0.0/24']]) } },
    { name: 'an SBC whose SIP port is 443 opens it to Microsoft, not to everyone', files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 443, 443, DR]) } },
    {
      name: 'the Windows Firewall of an SBC host lets Remote Desktop in from the administrators only',
      settings: { families: ['teams'] },
      files: { 'anynode-host.ps1': "New-NetFirewallRule -DisplayName 'Remote Desktop' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 3389 -RemoteAddress 10.20.0.0/24\n" },
    },
  ],
  invalid: [
    {
      name: 'the web UI and RDP open to everyone',
      files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, DR], ['tcp', 443, 443, ['0.0.0.0/0']], ['tcp', 3389, 3389, ['0.0.0.0/0']]) },
      errors: [
        { messageId: 'managementOpen', line: 13, data: { ports: 'TCP 443', what: 'the web interface (HTTPS)' } },
        { messageId: 'managementOpen', line: 19, data: { ports: 'TCP 3389', what: 'Remote Desktop' } },
      ],
    },
    {
      name: "Remote Desktop open to any address on an SBC's Windows host (its script names anynode), and HTTPS from the Internet keyword; a jump host nothing names an SBC is not judged",
      settings: { families: ['teams'] },
      files: {
        'anynode-host.ps1': [
          "New-NetFirewallRule -DisplayName 'Remote Desktop' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 3389",
          "New-NetFirewallRule -DisplayName 'anynode web' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 443 -RemoteAddress Internet",
          '',
        ].join('\n'),
        'jump-host.ps1': "New-NetFirewallRule -DisplayName 'Remote Desktop' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 3389\n",
      },
      errors: [
        { messageId: 'managementOpen', line: 1, data: { ports: 'TCP 3389', what: 'Remote Desktop' } },
        { messageId: 'managementOpen', line: 2, data: { ports: 'TCP 443', what: 'the web interface (HTTPS)' } },
      ],
    },
    {
      name: 'all ports open to everyone: every management port, once',
      files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, DR], ['-1', 0, 0, ['0.0.0.0/0']]) },
      errors: [{ messageId: 'managementOpen', line: 13, data: { ports: 'TCP 22, 23, 80, 443, 2024, 3389, 5985, 5986; UDP 161' } }],
    },
  ],
});

runRuleTests(mediaRule, {
  valid: [
    { name: 'the SBC media range open to both Direct Routing networks', options: { mediaPorts: '6000-9999' }, files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, DR], ['udp', 6000, 9999, DR]) } },
    { name: 'a manifest rule set (its default action is not known) is not judged', files: { 'fw.yml': 'apiVersion: uclint/v1\nkind: FirewallRules\nname: sbc\nrules:\n  - { name: sip, direction: inbound, action: allow, protocol: tcp, localPorts: 5061, remoteAddresses: [52.112.0.0/14] }\n' }, notApplicable: 'manifests are not cloud firewalls' },
  ],
  invalid: [
    {
      name: 'signalling without media',
      files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, DR]) },
      errors: [{ messageId: 'mediaClosed', line: 1, data: { missing: '52.112.0.0/14, 52.122.0.0/15' } }],
    },
    {
      name: 'media open on part of the SBC range only',
      options: { mediaPorts: '6000-9999' },
      files: { 'sg.tf': securityGroup('teams-sbc', ['tcp', 5061, 5061, DR], ['udp', 6000, 7999, DR]) },
      errors: [
        { messageId: 'mediaPortsClosed', line: 1, data: { ports: '8000-9999', network: '52.112.0.0/14' } },
        { messageId: 'mediaPortsClosed', line: 1, data: { ports: '8000-9999', network: '52.122.0.0/15' } },
      ],
    },
  ],
});
