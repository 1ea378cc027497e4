import { defineRule } from '../../src/engine/rule.js';
import { certificateInWords, endpointInWords } from '../../src/estate/live-drift.js';
import { certificateField, isLeafCertificate, type Certificate } from '../../src/model/certificate.js';
import type { LiveEndpoint } from '../../src/model/live.js';

export default defineRule<Record<string, never>, 'differs'>({
  id: 'live/certificate-differs',
  meta: {
    description: 'Each TLS endpoint presents the certificate the repository holds for it (uclint probe)',
    rationale: [
      'The certificate an Edge, a pool, a reverse proxy or an SBC presents is the one clients and partners',
      'judge. When it is not the one the repository holds for that host (renewed by hand and never committed,',
      'an old one still bound after the committed renewal, a load balancer presenting another server\'s), the',
      'expiry, name and key checks of the files judge the wrong certificate.',
      '',
      'The rule runs only in `uclint probe`: the leaf certificate each endpoint presents is compared by its',
      'SHA-256 fingerprint (by serial number and issuer for a manifest entry that states no fingerprint) with',
      'the committed certificates for the host (a manifest entry whose `usedBy` names it, else certificates',
      'whose names cover it). It is reported once per committed certificate and certificate presented instead,',
      'naming every endpoint (host, port, address) that presents it, at the committed certificate. A host with',
      'no committed certificate is not compared.',
      '',
      '**Fix:** commit the certificate that is deployed (or its manifest entry), or deploy the committed one.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Lync Server 2010: Certificate Expiration Alerting', section: 'Certificates in use on the servers' },
      { source: 'RFC 6125', section: '6 (Verifying service identity)' },
    ],
    messages: {
      differs: '{{endpoint}} presents {{served}}, not the committed certificate {{name}} ({{committed}})',
    },
  },
  appliesTo: (estate) => estate.live !== undefined,
  check({ estate, report }) {
    // One finding per committed certificate and certificate presented instead, naming every endpoint that presents it.
    const groups = new Map<string, { committed: Certificate; served: Certificate; endpoints: LiveEndpoint[] }>();
    for (const endpoint of estate.live?.endpoints ?? []) {
      const leaf = endpoint.chain[0];
      if (endpoint.outcome !== 'presented' || leaf === undefined) continue;
      const comparable = estate.certificatesFor(endpoint.host).filter((c) => isLeafCertificate(c) && (c.fingerprint256 !== undefined || c.serial !== undefined));
      if (comparable.length === 0 || comparable.some((c) => sameCertificate(c, leaf))) continue;
      const committed = comparable[0];
      const key = `${estate.certificates.indexOf(committed)} ${leaf.fingerprint256 ?? leaf.serial ?? leaf.name}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { committed, served: leaf, endpoints: [endpoint] });
      else group.endpoints.push(endpoint);
    }
    for (const { committed, served, endpoints } of groups.values()) {
      report({
        node: certificateField(committed, 'fingerprint256', 'serial'),
        messageId: 'differs',
        data: { endpoint: endpoints.map(endpointInWords).join(', '), served: certificateInWords(served), name: committed.name, committed: certificateInWords(committed) },
      });
    }
  },
});

/** Same certificate: by fingerprint when the committed one states it, else by serial (and issuer when both state it). */
function sameCertificate(committed: Certificate, served: Certificate): boolean {
  if (committed.fingerprint256 !== undefined) return committed.fingerprint256 === served.fingerprint256;
  if (committed.serial === undefined || committed.serial !== served.serial) return false;
  return committed.issuer === undefined || committed.issuer === served.issuer;
}
