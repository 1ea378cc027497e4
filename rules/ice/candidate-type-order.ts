import { defineRule } from '../../src/engine/rule.js';
import type { CandidateType, IceCandidate } from '../../src/model/network.js';

/** RFC 8445 5.1.2.2's recommended order, best first. */
const TYPE_ORDER: CandidateType[] = ['host', 'prflx', 'srflx', 'relay'];
const TYPE_NAME: Record<CandidateType, string> = { host: 'host', prflx: 'peer-reflexive', srflx: 'server-reflexive', relay: 'relay' };

type MessageId = 'typeOutranks' | 'badPriority' | 'repeatedPriority' | 'policyOrder' | 'policyTransport';

/** RFC 8445 5.1.2.1: priority = 2^24 * type preference + 2^8 * local preference + (256 - component). */
export function decodePriority(priority: number): { typePreference: number; localPreference: number; componentByte: number } {
  return { typePreference: Math.floor(priority / 2 ** 24), localPreference: Math.floor(priority / 256) % 65536, componentByte: priority % 256 };
}

export default defineRule<Record<string, never>, MessageId>({
  id: 'ice/candidate-type-order',
  meta: {
    description: 'ICE candidates of one transport rank host above peer-reflexive above server-reflexive above relay',
    rationale: [
      'ICE tries candidate pairs in priority order. RFC 8445 recommends type preferences that rank host',
      'candidates first, then peer-reflexive, server-reflexive and relay, so a call uses the most direct path',
      'that works. A policy or an offer that inverts this sends calls through relays when a direct path exists.',
      '',
      'The order is judged among candidates of one transport. RFC 6544 gives TCP candidates the same type',
      'preferences as UDP ones, and how an application weighs TCP against UDP is its own choice: libwebrtc',
      'ranks its TCP host candidates at 90, below UDP server-reflexive (100), and a TCP candidate above a UDP',
      'one of the same type is allowed too. Neither is a finding.',
      '',
      'In SDP, each `a=candidate` priority is decoded as `2^24 * type preference + 2^8 * local preference +',
      '(256 - component)` (RFC 8445 5.1.2.1): a type preference above 126, a last byte that does not match the',
      'component, or two candidates of one type, component and media section with the same priority are',
      'findings too. In a `kind: MediaPolicy`, the type preferences are checked, and a transport order that',
      'puts TCP before UDP, against the Lync and Skype for Business guidance (UDP the preferred transport for',
      'audio and video, TCP the fallback).',
      '',
      '**Fix:** use the RFC\'s type preferences (host 126, peer-reflexive 110, server-reflexive 100, relay 0) for',
      'the candidates of each transport.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 8445', section: '5.1.2 (Prioritizing candidates)' },
      { source: 'RFC 6544', section: '4.2 (Prioritization: TCP candidates use the same type preferences)' },
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'General protocol usage: UDP preferred for audio and video, TCP the fallback' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      typeOutranks: '{{transport}} {{type}} candidate {{address}} (type preference {{preference}}) outranks {{transport}} {{otherType}} candidate {{otherAddress}} (type preference {{otherPreference}}); {{otherType}} should come first',
      badPriority: 'candidate {{address}} has priority {{priority}}, which breaks the formula: {{reason}}',
      repeatedPriority: 'candidate {{address}} repeats priority {{priority}} of {{otherAddress}} ({{type}}, component {{component}}); priorities must differ',
      policyOrder: 'type preference of {{type}} ({{preference}}) is not below that of {{better}} ({{betterPreference}}); the order is host, peer-reflexive, server-reflexive, relay',
      policyTransport: 'transport order puts TCP before UDP; Lync and Skype for Business prefer UDP for audio and video and fall back to TCP',
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
      for (const candidates of groups.values()) {
        checkPriorities(candidates);
        // Type order holds within a transport: TCP against UDP is the application's choice (RFC 6544 4.2).
        for (const transport of ['udp', 'tcp'] as const) checkTypeOrder(candidates.filter((c) => c.transport === transport), transport);
      }
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

    function checkPriorities(candidates: IceCandidate[]): void {
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
    }

    function checkTypeOrder(candidates: IceCandidate[], transport: 'udp' | 'tcp'): void {
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
            data: { transport: transport.toUpperCase(), type: TYPE_NAME[strongest.type], address: strongest.address, preference: ps, otherType: TYPE_NAME[weakest.type], otherAddress: weakest.address, otherPreference: pw },
            related: [{ node: weakest, message: `${TYPE_NAME[weakest.type]} candidate` }],
          });
        }
      }
    }
  },
});
