import { defineRule } from '../../src/engine/rule.js';
import { certificateField, hostName, isLeafCertificate, presentedNameMatches } from '../../src/estate/certificate.js';

export default defineRule<Record<string, never>, 'cnNotInSan' | 'noSan'>({
  id: 'x509/cn-in-san',
  meta: {
    description: 'The subject common name of a server certificate is also one of its subject alternative names',
    rationale: [
      'TLS clients match the host they connect to against the subject alternative names only; the subject',
      'common name is ignored whenever the certificate has a SAN extension (RFC 6125, and every current',
      'browser and Windows client). A certificate whose CN names the pool or edge but whose SAN list forgot it',
      'fails for exactly the clients that connect by that name, and a certificate without SANs fails for all',
      'of them. Lync and Skype for Business documentation asks for the subject name to be repeated as the',
      'first SAN for this reason.',
      '',
      'CA certificates are not server certificates and are skipped.',
      '',
      '**Fix:** reissue the certificate with the common name also listed as a DNS SAN.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 6125', section: '6.4.4 (Checking of common names)' },
      { source: 'RFC 2818', section: '3.1 (Server identity)' },
      { source: 'Skype for Business Server 2015 documentation', section: 'Certificate requirements for external user access (subject name also in SAN)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      cnNotInSan: 'certificate {{name}}: common name {{cn}} is not among its subject alternative names ({{sans}}); TLS clients ignore the CN',
      noSan: 'certificate {{name}}: common name {{cn}} but no subject alternative names; TLS clients ignore the CN, so the certificate matches no host',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    subject: CN=pool.contoso.com\n    sans: [fe01.contoso.com, fe02.contoso.com]',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    subject: CN=pool.contoso.com\n    sans: [pool.contoso.com, fe01.contoso.com, fe02.contoso.com]',
    },
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.commonName !== undefined),
  check({ estate, report }) {
    for (const certificate of estate.certificates) {
      const cn = certificate.commonName;
      // A CN that is not a host name ("Contoso Edge") names nobody TLS could match; only host names are judged.
      if (!cn || !isLeafCertificate(certificate) || !/^[a-z0-9*]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+\.?$/i.test(cn)) continue;
      // A manifest that does not list SANs says nothing about them.
      if (certificate.sans === undefined) continue;
      const node = certificateField(certificate, 'sans', 'subject');
      if (certificate.sans.dns.length === 0 && certificate.sans.ip.length === 0) {
        report({ node, messageId: 'noSan', data: { name: certificate.name, cn } });
      } else if (!certificate.sans.dns.some((san) => hostName(san) === hostName(cn) || presentedNameMatches(san, cn))) {
        // A wildcard SAN that covers the CN serves clients connecting by the CN just as well.
        report({ node, messageId: 'cnNotInSan', data: { name: certificate.name, cn, sans: [...certificate.sans.dns, ...certificate.sans.ip].join(', ') } });
      }
    }
  },
});
