import { defineRule } from '../../src/engine/rule.js';

/** The marking Microsoft recommends for Lync, Skype for Business and Teams media (Teams: audio 50000-50019, video 50020-50039, sharing 50040-50059). */
const RECOMMENDED_DSCP: Record<string, number> = { audio: 46, video: 34, sharing: 18 };

export default defineRule<Record<string, never>, 'outsideDynamic' | 'overlap' | 'tooFewPorts' | 'dscpMismatch'>({
  id: 'ice/port-ranges',
  meta: {
    description: 'Media port ranges do not overlap, lie within 1024-65535, hold two ports per concurrent call, and carry the recommended DSCP marking',
    rationale: [
      'Clients take media ports from a range per media type so that QoS policies can mark audio, video and',
      'screen sharing differently by port. Ranges that overlap give one stream another\'s marking; ranges below',
      '1024 collide with well-known services and need privileges; a range with fewer than two ports per',
      'concurrent call (RTP and RTCP, or two streams) runs out and the client falls back to any port, unmarked.',
      'Where the policy states DSCP values, they should be the recommended ones: audio 46 (EF), video 34',
      '(AF41), sharing 18 (AF21), the table Teams also uses (audio 50000-50019, video 50020-50039, sharing',
      '50040-50059).',
      '',
      '**Fix:** give each media type its own range within 1024-65535, sized for the concurrent calls, and mark',
      'it as recommended.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Microsoft Teams documentation', section: 'Implement Quality of Service: port ranges and DSCP markings' },
      { source: 'RFC 4594', section: 'Configuration guidelines for DiffServ service classes (EF, AF41, AF21)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      outsideDynamic: '{{media}} port range {{range}} reaches outside 1024-65535',
      overlap: '{{media}} port range {{range}} overlaps the {{other}} range {{otherRange}}; the two streams cannot be marked apart',
      tooFewPorts: '{{media}} port range {{range}} has {{ports}} ports for {{calls}} concurrent calls; at least {{needed}} are needed',
      dscpMismatch: '{{media}} is marked DSCP {{value}}; the recommended marking is {{recommended}}',
    },
  },
  appliesTo: (estate) => estate.mediaPolicies.some((p) => Object.keys(p.portRanges).length > 0 || Object.keys(p.dscp).length > 0),
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
  },
});
