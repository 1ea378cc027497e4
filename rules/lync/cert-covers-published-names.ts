import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/model/names.js';
import { sanCovering } from '../../src/model/certificate.js';
import { certificatesAtPublishedNames } from '../../src/estate/published-names.js';

export default defineRule<Record<string, never>, 'notCovered'>({
  id: 'lync/cert-covers-published-names',
  meta: {
    description: 'Every host name the DNS sends clients to is a SAN of the certificate that host presents',
    rationale: [
      'Lync and Skype for Business clients open TLS to exactly the name DNS gave them (the SRV target of',
      '`_sip._tls`, `_sipinternaltls._tcp` or `_sipfederationtls._tcp`, `sip.<domain>` under strict DNS',
      'naming, `lyncdiscover`, the simple URLs) and accept the server only when that name is in the',
      'certificate\'s subject alternative names ("LCS and Windows Messenger 5 connectivity"; "Communications',
      'Server 2007 R2: Common Issues with Sign-in and Discovery"). A certificate that covers the edge\'s other',
      'names but not the one a record publishes fails sign-in or federation for every client sent there,',
      'while the server itself looks healthy.',
      '',
      'A certificate belongs to a host when its `usedBy` (manifest) names the host, or, for a committed file',
      'without `usedBy`, when one of its own names resolves to the same address in the same view. Names',
      'that resolve to no address are left to dns/dangling-target; hosts with no certificate in the estate',
      'are not judged. A SAN wildcard covers one leftmost label.',
      '',
      'Discovery names and simple URLs (`lyncdiscover`, `meet`, `dialin`, `admin`, and `sip` under strict naming)',
      'count only for domains Lync-family servers serve (see lync/discovery-records): `meet` of a domain served',
      'by Microsoft 365 or another product is nobody\'s simple URL here.',
      '',
      '**Fix:** add the name to the certificate\'s SANs (reissue it), or point the record at a name the',
      'certificate has.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'LCS and Windows Messenger 5 connectivity', section: 'The name the client connects to must match the certificate' },
      { source: 'Communications Server 2007 R2: Common Issues with Sign-in and Discovery', section: 'Certificate names for automatic configuration' },
      { source: 'RFC 6125', section: '6.4 (Matching the DNS domain name portion)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      notCovered: '{{name}} ({{why}}) reaches {{host}}, whose certificate {{certificates}} does not name it',
    },
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, report }) {
    for (const { published, present } of certificatesAtPublishedNames(estate)) {
      if (present.size === 0) continue;
      const host = displayName(published.name);
      if ([...present.keys()].some((certificate) => sanCovering(certificate, host) !== undefined)) continue;
      const ties = [...new Set(present.values())];
      report({
        node: published.record,
        messageId: 'notCovered',
        data: {
          name: host,
          why: published.why,
          host: ties.join(', '),
          certificates: [...present.keys()].map((c) => c.name).join(', '),
        },
        related: [...present.entries()].map(([certificate, tie]) => ({
          node: certificate,
          message: `certificate ${certificate.name} (used at ${tie}) names ${[...(certificate.sans?.dns ?? []), ...(certificate.sans?.ip ?? [])].join(', ') || 'nothing'}`,
        })),
      });
    }
  },
});
