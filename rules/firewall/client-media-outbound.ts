import { defineRule } from '../../src/engine/rule.js';
import type { Located } from '../../src/core/types.js';
import { CLIENT_EXECUTABLES, CLIENT_TITLE, clientMediaRanges, clientOfProgram, clientOfQosPolicy, type ClientProduct } from '../../src/estate/client-media.js';
import { portsCover, protocolMatches } from '../../src/estate/firewall.js';
import type { Estate } from '../../src/estate/estate.js';
import type { FirewallDefaultAction, FirewallRule, FirewallRuleSet } from '../../src/model/network.js';

type MessageId = 'noClientRule' | 'udpMediaNotAllowed' | 'tcpEdgeNotAllowed';

/** What each client sends out: UDP to the relays (Teams 3478-3481, the A/V Edge 3478) from its media ports, and, for Skype for Business, TCP 443 to the Edge. */
const RELAY_PORTS: Readonly<Record<ClientProduct, { first: number; last: number; text: string }>> = {
  teams: { first: 3478, last: 3481, text: '3478-3481' },
  lync: { first: 3478, last: 3478, text: '3478' },
};

/** Where Skype for Business takes media ports without configured ranges. */
const ANY_CLIENT_PORT = { media: 'media', first: 1024, last: 65535, text: '1024-65535' };

export default defineRule<Record<string, never>, MessageId>({
  id: 'firewall/client-media-outbound',
  meta: {
    description: 'Where Windows Firewall blocks outbound traffic by default, the Teams or Skype for Business client\'s rules let its media out',
    rationale: [
      'With the default outbound action set to block (`Set-NetFirewallProfile -DefaultOutboundAction Block`,',
      '`netsh advfirewall set allprofiles firewallpolicy blockinbound,blockoutbound`), only what a rule allows leaves',
      'the machine. The client then needs rules for its media, not only for its sign-in:',
      '',
      '- **Teams**: UDP from its media ports to the Microsoft 365 relays on UDP 3478-3481 (the Optimize',
      '  category of "Microsoft 365 URLs and IP address ranges"), from the ports its meeting configuration gives',
      '  (`Set-CsTeamsMeetingConfiguration`, and the QoS policies that name them) or, without one, the defaults',
      '  50000-50059 ("Implement Quality of Service (QoS) in Microsoft Teams").',
      '- **Skype for Business / Lync**: UDP 3478 to the A/V Edge from its media ports (the conferencing',
      '  configuration\'s ranges when they are on, else 1024-65535), and TCP 443 to the Access and A/V Edge',
      '(Skype for Business Server "Edge Server environmental requirements", port tables).',
      '',
      'A rule for the client is an outbound allow rule whose program is the client (`ms-teams.exe`,',
      '`Teams.exe`; `lync.exe`) or that names no program. Without the UDP rule the client falls back to TCP',
      'through the relays, or has no media at all; calls connect and stay silent. Block rules that override an',
      'allow are `firewall/shadowed-rule`\'s finding; profiles are not compared (a rule counts in every profile).',
      'A rule set with a rule that could not be read (a value known only when the script runs) is not judged.',
      '',
      '**Fix:** add an outbound allow rule for the client\'s program: UDP, local ports its media ranges, remote',
      'ports 3478-3481 (Teams) or 3478 (Skype for Business), and for Skype for Business TCP remote port 443.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['teams', 'lync'],
    messageFamilies: { tcpEdgeNotAllowed: ['lync'] },
    citations: [
      { source: 'Implement Quality of Service (QoS) in Microsoft Teams', section: 'Choose initial port ranges for each media type' },
      { source: 'Microsoft 365 URLs and IP address ranges', section: 'Microsoft Teams: Optimize, UDP 3478-3481' },
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'Port and protocol tables (A/V Edge UDP 3478, TCP 443)' },
      { source: 'Configuring port ranges and a Quality of Service policy for your clients in Skype for Business Server', section: 'Configure port ranges' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      noClientRule: 'outbound traffic is blocked by default here and no rule lets the {{client}} client ({{programs}}) send UDP from its media ports {{ranges}} to remote port {{relay}}; its calls and meetings have no media',
      udpMediaNotAllowed: 'outbound traffic is blocked by default and rule {{name}} for {{program}} does not allow UDP from local ports {{missing}} to remote port {{relay}}; {{client}} media from those ports is dropped',
      tcpEdgeNotAllowed: 'outbound traffic is blocked by default and rule {{name}} for {{program}} does not allow TCP to remote port 443; the {{client}} client cannot reach the Edge for sign-in and TCP media',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => outboundBlock(set) !== undefined),
  check({ estate, report, notChecked }) {
    const families = estate.families();
    const windowsSets = estate.firewallRuleSets.filter((set) => set.semantics === 'windows');
    const checks: Array<{ product: ClientProduct; block: FirewallDefaultAction }> = [];
    for (const set of estate.firewallRuleSets) {
      const block = outboundBlock(set);
      if (block === undefined) continue;
      for (const product of ['teams', 'lync'] as const) if (families.has(product) && concernsClient(estate, set, product)) checks.push({ product, block });
    }
    if (checks.length === 0) return;
    // A rule that could not be read may be the client's: then nothing is judged.
    const unread = windowsSets.find((set) => (set.unreadRules?.length ?? 0) > 0);
    if (unread) {
      notChecked(checks[0].block.action, `a firewall rule at ${unread.file}:${unread.unreadRules?.[0].line} could not be read, so whether the clients' media may leave is not known`);
      return;
    }
    const outboundAllows = windowsSets.flatMap((set) => set.rules.filter((r) => r.enabled && r.action.value === 'allow' && r.direction.value === 'outbound'));
    for (const { product, block } of checks) checkClient(product, block);

    function checkClient(product: ClientProduct, block: FirewallDefaultAction): void {
      const client = CLIENT_TITLE[product];
      const relay = RELAY_PORTS[product];
      const ranges = clientMediaRanges(estate, product) ?? [ANY_CLIENT_PORT];
      const forClient = outboundAllows.filter((r) => r.program === undefined || clientOfProgram(r.program.value) === product);
      const programRules = forClient.filter((r) => r.program !== undefined);
      // Together: the client's rules and the rules for every program, each to the relay port.
      const udpToRelay = forClient.filter((r) => protocolMatches(r, 'udp') && portsCover(r.remotePorts, relay.first, relay.last)).flatMap((r) => r.localPorts);
      const missing = ranges.filter((range) => !portsCover(udpToRelay, range.first, range.last));
      const rangesText = ranges.map((r) => r.text).join(', ');
      if (programRules.length === 0) {
        if (missing.length > 0) report({ node: block.action, messageId: 'noClientRule', data: { client, programs: CLIENT_EXECUTABLES[product].join(', '), ranges: rangesText, relay: `${relay.text}` } });
        return;
      }
      const dataOf = (rule: FirewallRule) => ({ name: rule.name.value, program: rule.program?.value ?? '', client });
      if (missing.length > 0) {
        // At the client's UDP rule (its local ports, where the media ports are missing), else at the protocol of its first rule.
        const udp = programRules.find((r) => r.protocol.value === 'udp');
        const rule = udp ?? programRules[0];
        const node: Located = udp ? (udp.localPorts[0] ?? udp.name) : rule.protocol;
        report({ node, messageId: 'udpMediaNotAllowed', data: { ...dataOf(rule), missing: missing.map((r) => r.text).join(', '), relay: relay.text } });
      }
      if (product === 'lync' && !forClient.some((r) => protocolMatches(r, 'tcp') && portsCover(r.remotePorts, 443, 443))) {
        const tcp = programRules.find((r) => r.protocol.value === 'tcp') ?? programRules[0];
        report({ node: tcp.remotePorts[0] ?? tcp.name, messageId: 'tcpEdgeNotAllowed', data: dataOf(tcp) });
      }
    }
  },
});

/** The set's default outbound action when it is block (the last one written). */
function outboundBlock(set: FirewallRuleSet): FirewallDefaultAction | undefined {
  const outbound = (set.defaultActions ?? []).filter((d) => d.direction === 'outbound');
  const last = outbound[outbound.length - 1];
  return last?.action.value === 'block' ? last : undefined;
}

/**
 * Whether the rule set is for machines that run the client: it has a rule for the client's
 * program, or the estate configures the client's media (a media setting or a QoS policy for it).
 * A default-block set for servers says nothing of clients.
 */
function concernsClient(estate: Estate, set: FirewallRuleSet, product: ClientProduct): boolean {
  if (set.rules.some((r) => clientOfProgram(r.program?.value) === product)) return true;
  return estate.mediaPolicies.some((p) => p.product === product) || estate.qosPolicies.some((p) => clientOfQosPolicy(p) === product);
}
