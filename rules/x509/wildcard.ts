import { defineRule } from '../../src/engine/rule.js';
import { certificateField, hostName, isSingleLabelWildcard, sanCovering, type Certificate } from '../../src/model/certificate.js';
import { isLyncFamily } from '../../src/model/products.js';
import { ucServerCertificates } from '../../src/estate/published-names.js';

export default defineRule<{ allowWildcardSubject: boolean }, 'malformedWildcard' | 'wildcardSubject'>({
  id: 'x509/wildcard',
  meta: {
    description: 'Wildcards are a whole leftmost label, and never the subject name of a Lync or Skype for Business server',
    rationale: [
      'A wildcard matches exactly one leftmost label: `*.contoso.com` covers `sbc.contoso.com` but not',
      '`a.b.contoso.com` and not `contoso.com` (RFC 6125, RFC 2818). Other forms (`*.*.contoso.com`,',
      '`sip*.contoso.com`, `*.com`) match nothing in current clients, or are refused by CAs, so the names they',
      'were meant to cover are not covered.',
      '',
      'Lync and Skype for Business never accept a wildcard as the subject name of a server certificate: the',
      'subject must be the pool, server or edge FQDN. A wildcard SAN is acceptable for simple URLs and',
      '`lyncdiscover` on reverse proxy and web certificates. That is a Lync-family requirement: a wildcard',
      'subject is reported on an estate whose product is Lync or Skype for Business Server (or LCS, OCS), and,',
      'when the product is not known, on a certificate presented where the zones send Lync clients. Teams',
      'Direct Routing SBCs may use a wildcard subject ("Plan Direct Routing"), so a certificate an SBC of the',
      'topology presents, and any certificate of an estate whose product is another, is not judged on it;',
      '`allowWildcardSubject` turns the check off everywhere.',
      '',
      '**Fix:** name the server in the subject and list the names it answers to as SANs; write wildcards only as',
      '`*.` followed by the domain.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    messageFamilies: { wildcardSubject: ['legacy', 'lync'] },
    presetOptions: { teams: { allowWildcardSubject: true } },
    citations: [
      { source: 'RFC 6125', section: '6.4.3 (Checking of wildcard certificates)' },
      { source: 'RFC 2818', section: '3.1 (Server identity)' },
      { source: 'Skype for Business Server: Wildcard certificate support' },
      { source: 'Plan Direct Routing', section: 'Public trusted certificate for the SBC (wildcard supported)' },
    ],
    options: {
      type: 'object',
      properties: { allowWildcardSubject: { type: 'boolean', default: false, description: 'Accept a wildcard subject common name (Teams Direct Routing SBCs).' } },
      additionalProperties: false,
    },
    messages: {
      malformedWildcard: 'certificate {{name}}: {{where}} {{wildcard}} is not a wildcard clients accept; a wildcard is "*." followed by a domain of at least two labels',
      wildcardSubject: 'certificate {{name}} has the wildcard subject {{cn}}; Lync and Skype for Business servers need their FQDN as the subject (wildcards only as SANs)',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: web\n    subject: CN=*.contoso.com\n    sans: ["sip*.contoso.com"]',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: web\n    subject: CN=webext.contoso.com\n    sans: [webext.contoso.com, "*.contoso.com"]',
    },
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.commonName?.includes('*') || c.sans?.dns.some((name) => name.includes('*'))),
  check({ estate, options, report }) {
    const product = estate.product();
    const sbcs = new Set(estate.topologies.flatMap((t) => t.sbcs.map((s) => hostName(s.fqdn.value))));
    let lyncServers: ReadonlyMap<Certificate, unknown> | undefined;
    /** A Lync-family server's certificate: on a Lync-family estate any but an SBC's; else one presented where Lync clients are sent. */
    const isLyncServers = (certificate: Certificate): boolean => {
      if (certificate.usedBy.some((host) => sbcs.has(host)) || [...sbcs].some((sbc) => sanCovering(certificate, sbc) !== undefined)) return false;
      if (product !== undefined) return isLyncFamily(product);
      lyncServers ??= ucServerCertificates(estate);
      return lyncServers.has(certificate);
    };
    for (const certificate of estate.certificates) {
      const cn = certificate.commonName;
      const subjectNode = certificateField(certificate, 'subject');
      if (cn?.includes('*')) {
        if (!isSingleLabelWildcard(cn.toLowerCase())) {
          report({ node: subjectNode, messageId: 'malformedWildcard', data: { name: certificate.name, where: 'subject', wildcard: cn } });
        } else if (!options.allowWildcardSubject && isLyncServers(certificate)) {
          report({ node: subjectNode, messageId: 'wildcardSubject', data: { name: certificate.name, cn } });
        }
      }
      for (const san of certificate.sans?.dns ?? []) {
        if (san.includes('*') && !isSingleLabelWildcard(san)) {
          report({ node: certificateField(certificate, 'sans'), messageId: 'malformedWildcard', data: { name: certificate.name, where: 'SAN', wildcard: san } });
        }
      }
    }
  },
});
