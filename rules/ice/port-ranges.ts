import { defineRule } from '../../src/engine/rule.js';
import { CLIENT_DSCP, CLIENT_TITLE, clientMediaRanges, clientOfQosPolicy, type ClientMediaRange, type ClientProduct } from '../../src/estate/client-media.js';
import type { Estate } from '../../src/estate/estate.js';
import { portsCover } from '../../src/estate/firewall.js';
import type { QosPolicy } from '../../src/model/network.js';

/** The marking Microsoft recommends for Lync, Skype for Business and Teams media (Teams: audio 50000-50019, video 50020-50039, sharing 50040-50059). */
const RECOMMENDED_DSCP: Record<string, number> = { audio: 46, video: 34, sharing: 18 };

type MessageId = 'outsideDynamic' | 'overlap' | 'tooFewPorts' | 'dscpMismatch' | 'qosUnusedRange' | 'qosDscpMismatch' | 'qosUnreadable';

export default defineRule<Record<string, never>, MessageId>({
  id: 'ice/port-ranges',
  meta: {
    description: 'Media port ranges do not overlap, lie within 1024-65535, hold two ports per concurrent call, carry the recommended DSCP marking, and QoS policies mark the ranges the clients use',
    rationale: [
      'Clients take media ports from a range per media type so that QoS policies can mark audio, video and',
      'screen sharing differently by port. Ranges that overlap give one stream another\'s marking; ranges below',
      '1024 collide with well-known services and need privileges; a range with fewer than two ports per',
      'concurrent call (RTP and RTCP, or two streams) runs out and the client falls back to any port, unmarked.',
      'Where the policy states DSCP values, they should be the recommended ones: audio 46 (EF), video 34',
      '(AF41), sharing 18 (AF21), the table Teams also uses (audio 50000-50019, video 50020-50039, sharing',
      '50040-50059).',
      '',
      'Windows policy-based QoS policies (`New-NetQosPolicy`, or the Group Policy values under',
      '`HKLM\\Software\\Policies\\Microsoft\\Windows\\QoS\\<policy>` whatever wrote them) are checked against the',
      'client\'s media ranges: those of the Teams meeting configuration (`Set-CsTeamsMeetingConfiguration`) or,',
      'without one, Teams\' defaults; those of the Skype for Business conferencing configuration',
      '(`Set-CsConferencingConfiguration`; without one the client takes any port 1024-65535 and nothing is',
      'compared). A policy for the Teams or Skype for Business client (by its application name) whose source',
      'ports no media range of that client uses marks nothing the client sends; a policy whose ports lie in one',
      'media range should mark it as that client\'s table says (Teams: audio 46, video 34, sharing 18; Skype for',
      'Business: audio 46, video 34). A policy for another application, or for destination ports only, is not',
      'judged; one without an application is judged on its DSCP value only, where its ports lie in a configured range.',
      '',
      '**Fix:** give each media type its own range within 1024-65535, sized for the concurrent calls, and mark',
      'it as recommended; make each QoS policy match the range it is meant for.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Microsoft Teams documentation', section: 'Implement Quality of Service: port ranges and DSCP markings' },
      { source: 'RFC 4594', section: 'Configuration guidelines for DiffServ service classes (EF, AF41, AF21)' },
      { source: 'Implement Quality of Service (QoS) in Microsoft Teams', section: 'Choose initial port ranges for each media type; Set QoS policies on Windows devices' },
      { source: 'Configuring port ranges and a Quality of Service policy for your clients in Skype for Business Server', section: 'Configure port ranges; Configure QoS policies' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      outsideDynamic: '{{media}} port range {{range}} reaches outside 1024-65535',
      overlap: '{{media}} port range {{range}} overlaps the {{other}} range {{otherRange}}; the two streams cannot be marked apart',
      tooFewPorts: '{{media}} port range {{range}} has {{ports}} ports for {{calls}} concurrent calls; at least {{needed}} are needed',
      dscpMismatch: '{{media}} is marked DSCP {{value}}; the recommended marking is {{recommended}}',
      qosUnusedRange: 'QoS policy {{name}} marks {{client}} media from source ports {{range}}, which no {{client}} media range uses ({{ranges}}); the media it means goes unmarked',
      qosDscpMismatch: 'QoS policy {{name}} marks {{client}} {{media}} (source ports {{range}}) with DSCP {{value}}; the recommended marking is {{recommended}}',
      qosUnreadable: 'QoS policy {{name}}: {{problem}}, so the policy matches nothing',
    },
  },
  appliesTo: (estate) => estate.mediaPolicies.some((p) => Object.keys(p.portRanges).length > 0 || Object.keys(p.dscp).length > 0) || estate.qosPolicies.length > 0,
  check({ estate, report }) {
    for (const policy of estate.mediaPolicies) {
      const ranges = Object.entries(policy.portRanges).sort(([, a], [, b]) => a.first - b.first);
      for (const [media, range] of ranges) {
        if (range.first < 1024 || range.last > 65535) report({ node: range, messageId: 'outsideDynamic', data: { media, range: range.text } });
        const calls = policy.concurrentCalls?.value;
        const ports = range.last - range.first + 1;
        if (calls !== undefined && ports < 2 * calls) report({ node: range, messageId: 'tooFewPorts', data: { media, range: range.text, ports, calls, needed: 2 * calls } });
      }
      // Sorted by start, an overlap is always with the range just before.
      for (let i = 1; i < ranges.length; i++) {
        const [media, range] = ranges[i];
        const [other, previous] = ranges[i - 1];
        if (range.first <= previous.last) report({ node: range, messageId: 'overlap', data: { media, range: range.text, other, otherRange: previous.text } });
      }
      for (const [media, value] of Object.entries(policy.dscp)) {
        const recommended = RECOMMENDED_DSCP[media];
        if (recommended !== undefined && value.value !== recommended) report({ node: value, messageId: 'dscpMismatch', data: { media, value: value.value, recommended } });
      }
    }
    for (const policy of estate.qosPolicies) {
      for (const problem of policy.unreadable ?? []) report({ node: problem, messageId: 'qosUnreadable', data: { name: policy.name.value, problem: problem.value } });
      const ports = policy.localPorts;
      if (ports === undefined) continue;
      const client = clientOfQosPolicy(policy);
      const candidates = client ? [client] : (['teams', 'lync'] as const).filter((product) => estate.mediaPolicies.some((p) => p.product === product));
      const data = { name: policy.name.value, range: ports.text };
      for (const product of candidates) {
        const ranges = clientMediaRanges(estate, product);
        if (ranges === undefined) continue;
        if (client && !portsCover(ranges, ports.first, ports.last)) {
          report({ node: ports, messageId: 'qosUnusedRange', data: { ...data, client: CLIENT_TITLE[product], ranges: rangesText(estate, product, ranges) } });
          continue;
        }
        checkQosDscp(policy, product, ranges);
      }
    }

    /** The DSCP value of a policy whose ports lie in one media range of the client. */
    function checkQosDscp(policy: QosPolicy, product: ClientProduct, ranges: ClientMediaRange[]): void {
      const ports = policy.localPorts;
      if (!ports || !policy.dscp) return;
      const media = new Set(ranges.filter((r) => r.first <= ports.first && ports.last <= r.last).map((r) => r.media));
      if (media.size !== 1) return;
      const [type] = media;
      const recommended = CLIENT_DSCP[product][type];
      if (recommended === undefined || policy.dscp.value === recommended) return;
      report({ node: policy.dscp, messageId: 'qosDscpMismatch', data: { name: policy.name.value, client: CLIENT_TITLE[product], media: type, range: ports.text, value: policy.dscp.value, recommended } });
    }
  },
});

function rangesText(estate: Estate, product: ClientProduct, ranges: readonly ClientMediaRange[]): string {
  const listed = ranges.map((r) => `${r.media} ${r.text}`).join(', ');
  return estate.mediaPolicies.some((p) => p.product === product) ? listed : `${listed}, the defaults`;
}
