import { defineRule } from '../../src/engine/rule.js';
import type { FirewallRuleSet } from '../../src/estate/network.js';
import { portsCover, protocolMatches } from '../../src/estate/firewall.js';
import { LYNC_2010_AND_LATER } from '../../src/estate/products.js';

type Protocol = 'tcp' | 'udp';

/** What the external interface of the Edge serves: Access and Web Conferencing Edge on TCP 443, A/V on UDP 3478 and TCP/UDP 50000-59999, federation on TCP 5061. */
const EDGE_PORTS: Array<{ protocol: Protocol; first: number; last: number; what: string }> = [
  { protocol: 'tcp', first: 443, last: 443, what: 'Access, Web Conferencing and A/V Edge (TLS)' },
  { protocol: 'tcp', first: 5061, last: 5061, what: 'federation' },
  { protocol: 'udp', first: 3478, last: 3478, what: 'A/V Edge (STUN)' },
  { protocol: 'tcp', first: 50000, last: 59999, what: 'A/V media' },
  { protocol: 'udp', first: 50000, last: 59999, what: 'A/V media' },
];

function text(ports: { first: number; last: number }): string {
  return ports.first === ports.last ? String(ports.first) : `${ports.first}-${ports.last}`;
}

/** The parts of [first, last] outside the Edge's ports of one protocol. */
function outsideEdgePorts(protocol: Protocol, first: number, last: number): Array<{ first: number; last: number }> {
  const allowed = EDGE_PORTS.filter((p) => p.protocol === protocol).sort((a, b) => a.first - b.first);
  const out: Array<{ first: number; last: number }> = [];
  let next = first;
  for (const p of allowed) {
    if (p.last < next) continue;
    if (p.first > last) break;
    if (p.first > next) out.push({ first: next, last: Math.min(last, p.first - 1) });
    next = Math.max(next, p.last + 1);
  }
  if (next <= last) out.push({ first: next, last });
  return out;
}

export default defineRule<Record<string, never>, 'wider' | 'missing'>({
  id: 'firewall/edge-external-ports',
  meta: {
    description: 'The external Edge firewall allows TCP 443, UDP 3478, TCP/UDP 50000-59999 and TCP 5061, and nothing wider',
    rationale: [
      'The external interface of the Lync or Skype for Business Edge answers on a fixed set of ports: TCP 443',
      'for the Access, Web Conferencing and A/V Edge, UDP 3478 for STUN, TCP and UDP 50000-59999 for media,',
      'and TCP 5061 for federation. Anything wider exposes the Edge servers for nothing; anything missing breaks',
      'remote access, meetings, calls or federation from outside.',
      '',
      'Checked on rule sets whose `appliesTo` names the external Edge (`edge-external`): each inbound allow rule',
      'stays within those ports (protocol `any` is wider by definition), and together they open every one.',
      '',
      '**Fix:** allow exactly these ports inbound to the Edge\'s external addresses, per protocol.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    products: ['ocs2007r2', ...LYNC_2010_AND_LATER],
    citations: [{ source: 'Lync Server 2010 documentation', section: 'Port summary, single consolidated Edge with public IP addresses' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      wider: 'inbound rule {{name}} allows {{protocol}} {{ports}} on the external Edge, wider than it needs ({{allowed}})',
      missing: 'the external Edge rules do not allow {{protocol}} {{ports}} ({{what}}) inbound',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.some(isEdgeExternal),
  check({ estate, report }) {
    for (const set of estate.firewallRuleSets.filter(isEdgeExternal)) {
      const allows = set.rules.filter((r) => r.enabled && r.action.value === 'allow' && r.direction.value === 'inbound');
      for (const rule of allows) {
        const protocols: Protocol[] = rule.protocol.value === 'tcp' || rule.protocol.value === 'udp' ? [rule.protocol.value] : ['tcp', 'udp'];
        if (rule.protocol.value === 'any' || rule.protocol.value === 'icmp') {
          report({ node: rule.protocol, messageId: 'wider', data: { name: rule.name.value, protocol: rule.protocol.value, ports: 'traffic', allowed: allowedText() } });
          continue;
        }
        for (const protocol of protocols) {
          const wide = rule.localPorts.flatMap((p) => outsideEdgePorts(protocol, p.first, p.last));
          if (wide.length > 0) report({ node: rule.localPorts[0] ?? rule.name, messageId: 'wider', data: { name: rule.name.value, protocol: protocol.toUpperCase(), ports: wide.map(text).join(', '), allowed: allowedText() } });
        }
      }
      for (const needed of EDGE_PORTS) {
        // Together: 50000-54999 in one rule and 55000-59999 in another open the media range too.
        const open = portsCover(allows.filter((r) => protocolMatches(r, needed.protocol)).flatMap((r) => r.localPorts), needed.first, needed.last);
        if (!open) report({ node: set.appliesTo ?? set, messageId: 'missing', data: { protocol: needed.protocol.toUpperCase(), ports: text(needed), what: needed.what } });
      }
    }
  },
});

function isEdgeExternal(set: FirewallRuleSet): boolean {
  return /edge[-_ ]?external|external[-_ ]?edge/i.test(set.appliesTo?.value ?? '');
}

/** The Edge's ports by protocol, as messages give them: `TCP 443, 5061, 50000-59999; UDP 3478, 50000-59999`. */
function allowedText(): string {
  return (['tcp', 'udp'] as const)
    .map((protocol) => `${protocol.toUpperCase()} ${EDGE_PORTS.filter((p) => p.protocol === protocol).sort((a, b) => a.first - b.first).map(text).join(', ')}`)
    .join('; ');
}

