import { defineRule } from '../../src/engine/rule.js';
import { endpointInWords } from '../../src/estate/live-drift.js';
import { displayName } from '../../src/model/names.js';

export default defineRule<Record<string, never>, 'dnsFailed' | 'dnsNotAsked' | 'endpointFailed' | 'notAttempted'>({
  id: 'live/unreachable',
  meta: {
    description: 'The DNS answers every question and every published TLS endpoint completes a handshake (uclint probe)',
    rationale: [
      'An audit that could not ask or connect has not checked: each DNS question without an answer (a',
      'timeout after every retry, SERVFAIL, REFUSED) and each TLS endpoint that refuses the connection, times',
      'out, resets or fails the handshake is reported with the error, so a scheduled audit never passes by',
      'silence. An endpoint whose host has no address is reported here as well.',
      '',
      'The rule runs only in `uclint probe`. Each finding is placed at the committed record that publishes the',
      'name or endpoint (the SRV record, the topology entry), else where the SIP domain is named.',
      'Reachability depends on where the probe runs from: a runner outside the network cannot reach internal',
      'pools, which is why the probe asks the external view unless told otherwise.',
      '',
      '**Fix:** check the server, the firewall between it and the probe, and the record that publishes it.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'Port and firewall planning' },
      { source: 'RFC 8446', section: '4 (Handshake protocol)' },
    ],
    messages: {
      dnsFailed: 'no answer for {{name}} {{type}} from the DNS ({{servers}}) after {{tries}} tries: {{error}}',
      dnsNotAsked: '{{name}} {{type}} was not asked of the DNS: {{error}}',
      endpointFailed: '{{endpoint}}, published by {{publishedBy}}, gave no certificate: {{error}}',
      notAttempted: '{{endpoint}}, published by {{publishedBy}}, was not probed: {{error}}',
    },
  },
  appliesTo: (estate) => estate.live !== undefined,
  check({ estate, report }) {
    const live = estate.live;
    if (live === undefined) return;
    const servers = live.servers.join(', ');
    for (const answer of live.answers) {
      if (answer.outcome !== 'failed') continue;
      const committed = answer.committedView === undefined ? undefined : estate.recordsAt(answer.name, answer.type, { view: answer.committedView })[0];
      report({
        node: committed ?? { loc: answer.anchor },
        ...(answer.tries === 0
          ? { messageId: 'dnsNotAsked' as const, data: { name: displayName(answer.name), type: answer.type, error: answer.error ?? 'not asked' } }
          : { messageId: 'dnsFailed' as const, data: { name: displayName(answer.name), type: answer.type, servers, tries: answer.tries, error: answer.error ?? 'no answer' } }),
      });
    }
    for (const endpoint of live.endpoints) {
      if (endpoint.outcome === 'presented') continue;
      report({
        node: { loc: endpoint.anchor },
        messageId: endpoint.outcome === 'failed' ? 'endpointFailed' : 'notAttempted',
        data: { endpoint: endpointInWords(endpoint), publishedBy: endpoint.publishedBy, error: endpoint.error ?? 'no answer' },
      });
    }
  },
});
