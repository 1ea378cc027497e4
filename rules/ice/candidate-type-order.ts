import { defineRule } from '../../src/engine/rule.js';
import type { CandidateType, IceCandidate } from '../../src/estate/network.js';

/** RFC 8445 5.1.2.2's recommended order, best first. */
const TYPE_ORDER: CandidateType[] = ['host', 'prflx', 'srflx', 'relay'];
const TYPE_NAME: Record<CandidateType, string> = { host: 'host', prflx: 'peer-reflexive', srflx: 'server-reflexive', relay: 'relay' };

type MessageId = 'typeOutranks' | 'tcpOutranksUdp' | 'badPriority' | 'repeatedPriority' | 'policyOrder' | 'policyTransport';

/** RFC 8445 5.1.2.1: priority = 2^24 * type preference + 2^8 * local preference + (256 - component). */
export function decodePriority(priority: number): { typePreference: number; localPreference: number; componentByte: number } {
  return { typePreference: Math.floor(priority / 2 ** 24), localPreference: Math.floor(priority / 256) % 65536, componentByte: priority % 256 };
}

export default defineRule<Record<string, never>, MessageId>({
  id: 'ice/candidate-type-order',
  meta: {
    description: 'ICE candidates rank host above peer-reflexive above server-reflexive above relay, and UDP above TCP of the same type',
    rationale: [
      'ICE tries candidate pairs in priority order. RFC 8445 recommends type preferences that rank host',
      'candidates first, then peer-reflexive, server-reflexive and relay, so a call uses the most direct path',
      'that works; RFC 6544 ranks UDP above TCP of the same type, because real-time media over TCP suffers',
      'head-of-line blocking. A policy or an offer that inverts this sends calls through relays or over TCP',
      'when a direct UDP path exists.',
      '',
      'In SDP, each `a=candidate` priority is decoded as `2^24 * type preference + 2^8 * local preference +',
      '(256 - component)` (RFC 8445 5.1.2.1): a type preference above 126, a last byte that does not match the',
      'component, or two candidates of one type, component and media section with the same priority are',
      'findings too. In a `kind: MediaPolicy`, the type preferences and the transport order are checked.',
      '',
      '**Fix:** use the RFC\'s type preferences (host 126, peer-reflexive 110, server-reflexive 100, relay 0) and',
      'prefer UDP.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    citations: [
      { source: 'RFC 8445', section: '5.1.2 (Prioritizing candidates)' },
      { source: 'RFC 6544', section: '4.2 (Prioritization of TCP candidates)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      typeOutranks: '{{type}} candidate {{address}} (type preference {{preference}}) outranks {{otherType}} candidate {{otherAddress}} (type preference {{otherPreference}}); {{otherType}} should come first',
      tcpOutranksUdp: 'TCP {{type}} candidate {{address}} (priority {{priority}}) outranks UDP {{type}} candidate {{otherAddress}} (priority {{otherPriority}}); UDP should come first',
      badPriority: 'candidate {{address}} has priority {{priority}}, which breaks the formula: {{reason}}',
      repeatedPriority: 'candidate {{address}} repeats priority {{priority}} of {{otherAddress}} ({{type}}, component {{component}}); priorities must differ',
      policyOrder: 'type preference of {{type}} ({{preference}}) is not below that of {{better}} ({{betterPreference}}); the order is host, peer-reflexive, server-reflexive, relay',
      policyTransport: 'transport order puts TCP before UDP; real-time media should prefer UDP',
    },
  },
  appliesTo: (estate) => estate.sdpSessions.some((s) => s.candidates.length > 0) || estate.mediaPolicies.length > 0,
  check({ estate, report }) {
    for (const session of estate.sdpSessions) {
      // Candidates are compared within one media section and component, where ICE compares them.
      const groups = new Map<string, IceCandidate[]>();
      for (const c of session.candidates) {
        const key = `${c.media}\u0000${c.component}`;
        const group = groups.get(key);
        if (group) group.push(c);
        else groups.set(key, [c]);
      }
      for (const candidates of groups.values()) checkGroup(candidates);
    }
    for (const policy of estate.mediaPolicies) {
      const prefs = policy.candidateTypePreference;
      if (prefs) {
        for (let i = 1; i < TYPE_ORDER.length; i++) {
          const current = prefs[TYPE_ORDER[i]];
          if (!current) continue;
          const better = TYPE_ORDER.slice(0, i).map((t) => [t, prefs[t]] as const).find(([, p]) => p !== undefined && p.value <= current.value);
          if (better?.[1]) {
            report({ node: current, messageId: 'policyOrder', data: { type: TYPE_NAME[TYPE_ORDER[i]], preference: current.value, better: TYPE_NAME[better[0]], betterPreference: better[1].value } });
          }
        }
      }
      const tcp = policy.transportOrder.findIndex((t) => t.value === 'tcp');
      const udp = policy.transportOrder.findIndex((t) => t.value === 'udp');
      if (tcp >= 0 && udp > tcp) report({ node: policy.transportOrder[tcp], messageId: 'policyTransport' });
    }

    function checkGroup(candidates: IceCandidate[]): void {
      const seen = new Map<number, IceCandidate>();
      for (const c of candidates) {
        const { typePreference, componentByte } = decodePriority(c.priority);
        if (typePreference > 126) report({ node: c, messageId: 'badPriority', data: { address: c.address, priority: c.priority, reason: `type preference ${typePreference} is above 126` } });
        else if (componentByte !== 256 - c.component) {
          report({ node: c, messageId: 'badPriority', data: { address: c.address, priority: c.priority, reason: `the last byte is ${componentByte}, not 256 - component ${c.component}` } });
        }
        const twin = seen.get(c.priority);
        if (twin && twin.type === c.type) report({ node: c, messageId: 'repeatedPriority', data: { address: c.address, priority: c.priority, otherAddress: twin.address, type: c.type, component: c.component } });
        else if (!twin) seen.set(c.priority, c);
      }
      // Type order: the lowest type preference among better types must stay above the highest among worse ones.
      for (let i = 0; i < TYPE_ORDER.length; i++) {
        for (let j = i + 1; j < TYPE_ORDER.length; j++) {
          const better = candidates.filter((c) => c.type === TYPE_ORDER[i]);
          const worse = candidates.filter((c) => c.type === TYPE_ORDER[j]);
          if (better.length === 0 || worse.length === 0) continue;
          const weakest = better.reduce((a, b) => (decodePriority(a.priority).typePreference <= decodePriority(b.priority).typePreference ? a : b));
          const strongest = worse.reduce((a, b) => (decodePriority(a.priority).typePreference >= decodePriority(b.priority).typePreference ? a : b));
          const pw = decodePriority(weakest.priority).typePreference;
          const ps = decodePriority(strongest.priority).typePreference;
          if (ps < pw) continue;
          report({
            node: strongest,
            messageId: 'typeOutranks',
            data: { type: TYPE_NAME[strongest.type], address: strongest.address, preference: ps, otherType: TYPE_NAME[weakest.type], otherAddress: weakest.address, otherPreference: pw },
            related: [{ node: weakest, message: `${TYPE_NAME[weakest.type]} candidate` }],
          });
        }
      }
      for (const type of TYPE_ORDER) {
        const udp = candidates.filter((c) => c.type === type && c.transport === 'udp');
        const tcp = candidates.filter((c) => c.type === type && c.transport === 'tcp');
        if (udp.length === 0 || tcp.length === 0) continue;
        const weakestUdp = udp.reduce((a, b) => (a.priority <= b.priority ? a : b));
        const strongestTcp = tcp.reduce((a, b) => (a.priority >= b.priority ? a : b));
        if (strongestTcp.priority < weakestUdp.priority) continue;
        report({
          node: strongestTcp,
          messageId: 'tcpOutranksUdp',
          data: { type: TYPE_NAME[type], address: strongestTcp.address, priority: strongestTcp.priority, otherAddress: weakestUdp.address, otherPriority: weakestUdp.priority },
          related: [{ node: weakestUdp, message: 'UDP candidate of the same type' }],
        });
      }
    }
  },
});
