import { defineRule } from '../../src/engine/rule.js';
import { M365_CLOUDS, type M365CloudName } from '../../src/estate/data/m365-clouds.js';
import { DIRECT_ROUTING, MEDIA_PROCESSOR_PORTS } from '../../src/estate/data/direct-routing.js';
import { directRoutingSet, sbcEvidence } from '../../src/estate/direct-routing.js';
import { AddressSet, rangeText } from '../../src/model/ip-ranges.js';
import type { FirewallRuleSet } from '../../src/model/network.js';

export default defineRule<{ cloud?: M365CloudName; mediaPorts?: string }, 'mediaClosed' | 'mediaPortsClosed'>({
  id: 'teams/direct-routing-media',
  meta: {
    description: 'The cloud firewall of a Direct Routing SBC lets Microsoft\'s media processors reach the SBC\'s media ports (UDP)',
    rationale: [
      'Calls through Direct Routing carry their media between the SBC and Microsoft\'s media processors (and',
      'transport relays), which use the same networks as the SIP proxies (worldwide and GCC: 52.112.0.0/14 and',
      '52.122.0.0/15, which 52.120.0.0/14 of Plan Direct Routing holds; GCC High: 52.127.88.0/21; DoD:',
      '52.127.64.0/21), from UDP 3478-3481 and 49152-53247 to the',
      'media port range defined on the SBC. An Azure network security group or AWS security group that lets the',
      'SIP proxies in but not the media gives calls that ring and stay silent.',
      '',
      'Checked on the Azure NSGs and AWS security groups that guard a Direct Routing SBC (see',
      'teams/sbc-sip-exposure for how one is known) and have inbound rules: whose default denies what no rule',
      'allows. A finding when no inbound rule allowing UDP covers the Direct Routing ranges of the tenant\'s cloud',
      '(the `cloud` option; without it, the cloud whose ranges the SIP rules name, else worldwide). The SBC\'s',
      'media port range is defined on the SBC and is not in these files: give it as the `mediaPorts` option',
      '(`"6000-9999"`) and a range the rules leave closed to any Direct Routing network is a finding; without it,',
      'which ports are opened is said once as not checked, never a finding. A rule set with rules that could not',
      'be read is not judged.',
      '',
      '**Fix:** allow UDP from the Direct Routing ranges to the SBC\'s media port range.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: ['teams'],
    citations: [
      { source: 'Plan Direct Routing', section: 'Media traffic: IP address ranges; Media traffic: Port ranges' },
      { source: 'Office 365 URLs and IP address ranges', section: 'Microsoft Teams (endpoint set 11: Optimize)' },
    ],
    options: {
      type: 'object',
      properties: {
        cloud: { enum: Object.keys(M365_CLOUDS), description: 'The Microsoft 365 cloud of the tenant (GCC uses worldwide); without it, the cloud whose ranges the SIP rules name, else worldwide.' },
        mediaPorts: { type: 'string', pattern: '^\\d{1,5}(-\\d{1,5})?$', description: 'The UDP media port range configured on the SBCs (`6000-9999`), which the rules must open to every Direct Routing network.' },
      },
      additionalProperties: false,
    },
    messages: {
      mediaPortsClosed: 'the rules of {{set}} leave UDP {{ports}} of the SBC\'s media range {{range}} closed to {{network}}; Microsoft\'s media processors send media there',
      mediaClosed: 'no inbound rule of {{set}} allows UDP media from {{missing}} to the Direct Routing SBC; Microsoft\'s media processors send from {{ranges}} (UDP {{processorPorts}}) to the SBC\'s media ports',
    },
    examples: {
      language: 'hcl',
      invalid: 'resource "aws_security_group" "sbc" {\n  name = "teams-sbc"\n  ingress {\n    from_port   = 5061\n    to_port     = 5061\n    protocol    = "tcp"\n    cidr_blocks = ["52.112.0.0/14", "52.122.0.0/15"]\n  }\n}',
      valid: 'resource "aws_security_group" "sbc" {\n  name = "teams-sbc"\n  ingress {\n    from_port   = 5061\n    to_port     = 5061\n    protocol    = "tcp"\n    cidr_blocks = ["52.112.0.0/14", "52.122.0.0/15"]\n  }\n  ingress {\n    from_port   = 20000\n    to_port     = 29999\n    protocol    = "udp"\n    cidr_blocks = ["52.112.0.0/14", "52.122.0.0/15"]\n  }\n}',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => isCloudSet(set) && sbcEvidence(set) !== undefined),
  check({ estate, options, report, notChecked }) {
    for (const set of estate.firewallRuleSets) {
      if (!isCloudSet(set) || sbcEvidence(set) === undefined) continue;
      const inbound = set.rules.filter((r) => r.enabled && r.direction.value === 'inbound');
      if (inbound.length === 0) continue;
      if ((set.unreadRules?.length ?? 0) > 0) {
        notChecked(set, `rules of ${set.name} could not be read, so whether Microsoft's media processors reach the SBC was not checked`);
        continue;
      }
      const cloud = options.cloud ?? cloudOfSipRules(set) ?? 'worldwide';
      const media = directRoutingSet(cloud);
      if (media === undefined) {
        notChecked(set, `uclint knows no Direct Routing media ranges for ${M365_CLOUDS[cloud].title}, so the media rules of ${set.name} were not checked`);
        continue;
      }
      const udp = inbound.filter((r) => r.action.value === 'allow' && (r.protocol.value === 'udp' || r.protocol.value === 'any') && r.localPorts.length > 0);
      const allowed = AddressSet.of(udp.flatMap((r) => r.remoteAddresses.flatMap((a) => a.ranges)));
      const missing = media.difference(allowed);
      const ranges = DIRECT_ROUTING[cloud]!.ranges.join(', ');
      if (!missing.isEmpty()) {
        report({ node: set, messageId: 'mediaClosed', data: { set: set.name, missing: missing.ranges().map(rangeText).join(', '), ranges, processorPorts: MEDIA_PROCESSOR_PORTS.map((p) => `${p.first}-${p.last}`).join(', ') } });
        continue;
      }
      if (options.mediaPorts !== undefined) {
        const [first, last = first] = options.mediaPorts.split('-').map(Number);
        for (const network of media.ranges()) {
          const open = udp.filter((r) => r.remoteAddresses.some((a) => a.any || AddressSet.of(a.ranges).contains(network))).flatMap((r) => r.localPorts);
          const closed = closedPorts(open, first, last);
          if (closed.length > 0) report({ node: set, messageId: 'mediaPortsClosed', data: { set: set.name, ports: closed.join(', '), range: options.mediaPorts, network: rangeText(network) } });
        }
        continue;
      }
      const ports = [...new Set(udp.filter((r) => r.remoteAddresses.some((a) => a.ranges.some((range) => media.overlaps(range)))).flatMap((r) => r.localPorts.map((p) => (p.any ? 'any port' : p.first === p.last ? String(p.first) : `${p.first}-${p.last}`))))];
      notChecked(set, `the SBC's media port range is defined on the SBC, not in these files: the ports ${set.name} opens to Microsoft's media processors (UDP ${ports.join(', ')}) were not checked against it`);
    }
  },
});

/** The parts of [first, last] no port range of the list opens, as text. */
function closedPorts(open: ReadonlyArray<{ first: number; last: number }>, first: number, last: number): string[] {
  const out: string[] = [];
  let next = first;
  for (const p of [...open].sort((a, b) => a.first - b.first)) {
    if (p.last < next) continue;
    if (p.first > last) break;
    if (p.first > next) out.push(next === p.first - 1 ? String(next) : `${next}-${p.first - 1}`);
    next = Math.max(next, p.last + 1);
  }
  if (next <= last) out.push(next === last ? String(next) : `${next}-${last}`);
  return out;
}

/** Azure NSGs and AWS security groups deny what no rule allows: a missing media rule is a closed port. */
function isCloudSet(set: FirewallRuleSet): boolean {
  return set.source === 'azure-nsg' || set.source === 'aws-security-group';
}

/** The one cloud whose Direct Routing ranges hold every source of the set's SIP rules, if one does. */
function cloudOfSipRules(set: FirewallRuleSet): M365CloudName | undefined {
  const evidence = sbcEvidence(set);
  if (evidence?.how !== 'sip-from-microsoft') return undefined;
  const sources = AddressSet.of(set.rules.filter((r) => r.enabled && r.direction.value === 'inbound' && r.protocol.value === 'tcp' && r.action.value === 'allow').flatMap((r) => r.remoteAddresses.flatMap((a) => a.ranges)));
  const clouds = (Object.keys(DIRECT_ROUTING) as M365CloudName[]).filter((cloud) => {
    const ranges = directRoutingSet(cloud);
    return ranges !== undefined && !sources.intersection(ranges).isEmpty();
  });
  return clouds.length === 1 ? clouds[0] : undefined;
}
