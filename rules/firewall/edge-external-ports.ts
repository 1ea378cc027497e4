import { defineRule } from '../../src/engine/rule.js';
import type { FirewallDirection, FirewallRule, FirewallRuleSet } from '../../src/model/network.js';
import { portsCover, protocolMatches } from '../../src/estate/firewall.js';
import { LYNC_2010_AND_LATER } from '../../src/model/products.js';

type Protocol = 'tcp' | 'udp';

interface EdgePort {
  protocol: Protocol;
  first: number;
  last: number;
  what: string;
}

/** Ports of one direction: those the Edge needs open, and those it may have open besides. */
interface DirectionTable {
  required: EdgePort[];
  optional: EdgePort[];
}

type EdgeTable = Record<FirewallDirection, DirectionTable>;

const port = (protocol: Protocol, first: number, what: string, last = first): EdgePort => ({ protocol, first, last, what });

const TLS = port('tcp', 443, 'Access, Web Conferencing and A/V Edge (TLS, TURN over TCP)');
const FEDERATION = port('tcp', 5061, 'federation');
const STUN = port('udp', 3478, 'A/V Edge (STUN/TURN)');
const XMPP = port('tcp', 5269, 'XMPP federation');
const MEDIA = [port('tcp', 50000, 'A/V media relay', 59999), port('udp', 50000, 'A/V media relay', 59999)];
/** Outbound from the Access Edge: certificate revocation lists and DNS. */
const ACCESS_OUTBOUND = [port('tcp', 80, 'certificate revocation (CRL)'), port('tcp', 53, 'DNS'), port('udp', 53, 'DNS')];

/**
 * External Edge firewall tables by product. Skype for Business Server ("Edge Server environmental
 * requirements", external port firewall summary): inbound TCP 443, 5061, UDP 3478 (and XMPP 5269 on
 * 2015); outbound the same, the A/V media relay range, CRL and DNS. Lync Server 2013 and 2010 and OCS
 * 2007 R2 also allowed the media range inbound, needed only for federation with OCS 2007; Lync Server
 * 2013 has the XMPP proxy too. Without a product, what any of them documents is accepted.
 */
function edgeTable(product: string | undefined): EdgeTable {
  const xmpp = product === undefined || product === 'lync2013' || product === 'sfb2015';
  const mediaInbound = product === undefined || product === 'ocs2007r2' || product === 'lync2010' || product === 'lync2013';
  return {
    inbound: { required: [TLS, FEDERATION, STUN], optional: [...(xmpp ? [XMPP] : []), ...(mediaInbound ? MEDIA : [])] },
    outbound: { required: [TLS, FEDERATION, STUN, ...MEDIA], optional: [...ACCESS_OUTBOUND, ...(xmpp ? [XMPP] : [])] },
  };
}

const PRODUCT_EDGES: Readonly<Record<string, string>> = {
  ocs2007r2: 'an Office Communications Server 2007 R2 Edge',
  lync2010: 'a Lync Server 2010 Edge',
  lync2013: 'a Lync Server 2013 Edge',
  sfb2015: 'a Skype for Business Server 2015 Edge',
  sfb2019: 'a Skype for Business Server 2019 Edge',
};

function text(ports: { first: number; last: number }): string {
  return ports.first === ports.last ? String(ports.first) : `${ports.first}-${ports.last}`;
}

/** The parts of [first, last] outside the allowed ports of one protocol. */
function outside(allowed: EdgePort[], protocol: Protocol, first: number, last: number): Array<{ first: number; last: number }> {
  const sorted = allowed.filter((p) => p.protocol === protocol).sort((a, b) => a.first - b.first);
  const out: Array<{ first: number; last: number }> = [];
  let next = first;
  for (const p of sorted) {
    if (p.last < next) continue;
    if (p.first > last) break;
    if (p.first > next) out.push({ first: next, last: Math.min(last, p.first - 1) });
    next = Math.max(next, p.last + 1);
  }
  if (next <= last) out.push({ first: next, last });
  return out;
}

/** The ports a rule opens in the tables' terms: the Edge's own port inbound, the destination port outbound. */
function portsOf(rule: FirewallRule, direction: FirewallDirection) {
  return direction === 'inbound' ? rule.localPorts : rule.remotePorts;
}

export default defineRule<Record<string, never>, 'wider' | 'missing'>({
  id: 'firewall/edge-external-ports',
  meta: {
    description: 'The external Edge firewall opens the ports the Edge\'s product documents, inbound and outbound, and nothing wider',
    rationale: [
      'The external interface of the Lync or Skype for Business Edge uses a fixed set of ports, which each',
      'product documents per direction. Anything wider exposes the Edge servers for nothing; anything missing',
      'breaks remote access, meetings, calls or federation from outside.',
      '',
      '- **Inbound** (to the Edge): TCP 443 (Access, Web Conferencing and A/V Edge), TCP 5061 (federation) and',
      '  UDP 3478 (STUN/TURN). TCP 5269 (XMPP federation) is allowed on Lync Server 2013 and Skype for Business',
      '  Server 2015, which have an XMPP proxy (Skype for Business Server 2019 removed it). The A/V media range',
      '  TCP/UDP 50000-59999 inbound was needed only for federation with Office Communications Server 2007: it',
      '  is allowed on OCS 2007 R2, Lync Server 2010 and 2013, and wider than a Skype for Business Server Edge',
      '  needs.',
      '- **Outbound** (from the Edge, by destination port): TCP 443, TCP 5061, UDP 3478 and the A/V media relay',
      '  range TCP/UDP 50000-59999; TCP 80 (certificate revocation) and TCP/UDP 53 (DNS) are allowed, and XMPP',
      '  5269 where the product has it.',
      '',
      'The product comes from `settings.product` or the topology; without one, what any of these versions',
      'documents is accepted and only what all of them need is required. Checked on rule sets whose',
      '`appliesTo` names the external Edge (`edge-external`): each allow rule stays within its direction\'s',
      'ports (protocol `any` is wider by definition), and together they open every required one. Outbound is',
      'judged only in a rule set that has outbound rules: one with inbound rules alone says nothing of it.',
      '',
      '**Fix:** allow exactly these ports to (inbound) and from (outbound) the Edge\'s external addresses, per',
      'protocol.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    products: ['ocs2007r2', ...LYNC_2010_AND_LATER],
    citations: [
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'Port and firewall planning: external port firewall summary table' },
      { source: 'Lync Server 2013: Port summary - single consolidated Edge with public IP addresses' },
      { source: 'Lync Server 2010: Port summary - single consolidated Edge with public IP addresses' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      wider: '{{direction}} rule {{name}} allows {{protocol}} {{ports}} on the external Edge, wider than {{product}} needs ({{allowed}})',
      missing: 'the external Edge rules do not allow {{protocol}} {{ports}} ({{what}}) {{direction}}',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.some(isEdgeExternal),
  check({ estate, report }) {
    const product = estate.product();
    const table = edgeTable(product);
    const edgeText = (product !== undefined && PRODUCT_EDGES[product]) || 'an Edge of any version';
    for (const set of estate.firewallRuleSets.filter(isEdgeExternal)) {
      for (const direction of ['inbound', 'outbound'] as const) {
        const { required, optional } = table[direction];
        const allowed = [...required, ...optional];
        const rules = set.rules.filter((r) => r.enabled && r.direction.value === direction);
        if (direction === 'outbound' && rules.length === 0) continue;
        const allows = rules.filter((r) => r.action.value === 'allow');
        for (const rule of allows) {
          const data = { direction, name: rule.name.value, product: edgeText, allowed: allowedText(allowed) };
          if (rule.protocol.value === 'any' || rule.protocol.value === 'icmp' || rule.protocol.value === 'other') {
            report({ node: rule.protocol, messageId: 'wider', data: { ...data, protocol: rule.protocolText ?? rule.protocol.value, ports: 'traffic' } });
            continue;
          }
          const protocol = rule.protocol.value;
          const ports = portsOf(rule, direction);
          const wide = ports.flatMap((p) => outside(allowed, protocol, p.first, p.last));
          if (wide.length > 0) report({ node: ports[0] ?? rule.name, messageId: 'wider', data: { ...data, protocol: protocol.toUpperCase(), ports: wide.map(text).join(', ') } });
        }
        for (const needed of required) {
          // Together: 50000-54999 in one rule and 55000-59999 in another open the media range too.
          const open = portsCover(allows.filter((r) => protocolMatches(r, needed.protocol)).flatMap((r) => portsOf(r, direction)), needed.first, needed.last);
          if (!open) report({ node: set.appliesTo ?? set, messageId: 'missing', data: { protocol: needed.protocol.toUpperCase(), ports: text(needed), what: needed.what, direction } });
        }
      }
    }
  },
});

function isEdgeExternal(set: FirewallRuleSet): boolean {
  return /edge[-_ ]?external|external[-_ ]?edge/i.test(set.appliesTo?.value ?? '');
}

/** Ports by protocol, as messages give them: `TCP 443, 5061, 50000-59999; UDP 3478, 50000-59999`. */
function allowedText(allowed: EdgePort[]): string {
  return (['tcp', 'udp'] as const)
    .map((protocol) => {
      const ports = allowed.filter((p) => p.protocol === protocol).sort((a, b) => a.first - b.first);
      return `${protocol.toUpperCase()} ${[...new Set(ports.map(text))].join(', ')}`;
    })
    .join('; ');
}
