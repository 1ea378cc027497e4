import { defineRule } from '../../src/engine/rule.js';
import { endpointInWords } from '../../src/estate/live-drift.js';
import { matchedNames, sanCovering } from '../../src/model/certificate.js';

export default defineRule<Record<string, never>, 'notNamed'>({
  id: 'live/certificate-name',
  meta: {
    description: 'Each TLS endpoint presents a certificate that names the host it is published as (uclint probe)',
    rationale: [
      'A client connecting to `sip.contoso.com`, a federation partner connecting to the Access Edge, and Microsoft',
      'connecting to a Direct Routing SBC each check that the presented certificate names the host they asked',
      'for (a DNS SAN, a one-label wildcard SAN, or the CN of a certificate without SANs). A certificate that',
      'does not name it fails every connection, whatever the repository holds.',
      '',
      'The rule runs only in `uclint probe`, for each endpoint that presented a certificate, with the host',
      'name the probe sent as SNI. It is placed at the committed certificate for the host when there is one,',
      'else at the record or topology entry that publishes the endpoint.',
      '',
      '**Fix:** bind a certificate that names the host (add it as a SAN when the certificate is renewed).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 6125', section: '6.4 (Matching the DNS domain name portion)' },
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'Certificate planning' },
      { source: 'Microsoft Teams: Plan Direct Routing', section: 'Public trusted certificate for the SBC' },
    ],
    messages: {
      notNamed: '{{endpoint}} presents a certificate ({{subject}}) that does not name {{host}}; it names {{names}}',
    },
  },
  appliesTo: (estate) => estate.live !== undefined,
  check({ estate, report }) {
    for (const endpoint of estate.live?.endpoints ?? []) {
      const leaf = endpoint.chain[0];
      if (endpoint.outcome !== 'presented' || leaf === undefined || sanCovering(leaf, endpoint.host) !== undefined) continue;
      report({
        node: leaf,
        messageId: 'notNamed',
        data: {
          endpoint: endpointInWords(endpoint),
          subject: leaf.subject ?? 'no subject',
          host: endpoint.host,
          names: (matchedNames(leaf) ?? []).join(', ') || 'no name',
        },
      });
    }
  },
});
