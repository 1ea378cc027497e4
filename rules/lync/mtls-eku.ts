import { defineRule } from '../../src/engine/rule.js';
import { certificateField, isLeafCertificate } from '../../src/model/certificate.js';
import { ucServerCertificates } from '../../src/estate/published-names.js';

/** From this day public CAs issue TLS leaf certificates with Server Authentication only (Chrome Root Program policy 1.8). */
const CLIENT_AUTH_PHASE_OUT = '2027-03-15';

export default defineRule<Record<string, never>, 'missingClientAuth' | 'publicClientAuthEnding'>({
  id: 'lync/mtls-eku',
  meta: {
    description: 'On Live Communications Server 2005, certificates of pools, Directors and Edges carry Client Authentication as well as Server Authentication',
    rationale: [
      'Live Communications Server 2005 servers talk to each other, and access proxies to federated partners,',
      'over mutual TLS, each side presenting its certificate as a client too: their certificates need the',
      'Client Authentication EKU (1.3.6.1.5.5.7.3.2) besides Server Authentication ("LCS 2005 MTLS',
      'certificates"). A certificate without it works for clients connecting to the server and fails every',
      'server-to-server and federation connection it starts.',
      '',
      'From Lync Server 2010 on, only Server Authentication is required ("Certificate infrastructure',
      'requirements" of Lync Server 2010 and 2013): Client Authentication was needed only for public IM',
      'connectivity with AOL, which no longer exists. The rule therefore judges LCS 2005 estates only',
      '(`settings.product: lcs2005` or the topology\'s product); for every other product, and when the product',
      'is not known, it reports nothing.',
      '',
      'Public CAs are removing Client Authentication from TLS server certificates: the Chrome Root Program',
      'policy (version 1.8) requires serverAuth-only leaf certificates issued from 15 March 2027, and the large',
      'CAs stopped adding clientAuth in 2026. On an LCS 2005 estate a certificate from a public CA that still',
      'has it will lose it at its next renewal, which breaks MTLS: a warning, so the renewal is planned (a',
      'dedicated client certificate, or a private CA that still issues both).',
      '',
      'Judged: certificates presented at the targets of `_sipinternaltls._tcp`, `_sip._tls` and',
      '`_sipfederationtls._tcp` and at `sip.<domain>` (pools, Directors, Edges). Manifest entries that do',
      'not state `eku` are not judged.',
      '',
      '**Fix:** on LCS 2005, reissue the certificate from a template with both Server and Client Authentication.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'Live Communications Server 2005: MTLS certificates for servers, pools and access proxies (Microsoft support article)', section: 'Scenario 1: server and client authentication' },
      { source: 'Lync Server 2013: Certificate infrastructure requirements', section: 'Server Authentication EKU; Client Authentication only for public IM connectivity with AOL' },
      { source: 'Chrome Root Program Policy, version 1.8', section: 'Dedicated TLS server authentication hierarchies: serverAuth-only leaf certificates from 15 March 2027' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      missingClientAuth: 'certificate {{name}} of {{role}} {{host}} lacks Client Authentication ({{usages}}); Live Communications Server 2005 server-to-server and federation MTLS fail',
      publicClientAuthEnding:
        'certificate {{name}} of {{role}} {{host}} is from a public CA and relies on Client Authentication, which public CAs leave out of leaf certificates issued from {{date}}; plan MTLS for its renewal',
    },
    examples: {
      language: 'yaml',
      invalid: '# on a Live Communications Server 2005 estate\napiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [serverAuth]\n    usedBy: [pool.contoso.com]',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [serverAuth, clientAuth]\n    usedBy: [pool.contoso.com]',
    },
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, report }) {
    // Lync Server 2010 and later need Server Authentication only.
    if (estate.product() !== 'lcs2005') return;
    for (const [certificate, { roles, names }] of ucServerCertificates(estate)) {
      if (!roles.has('edge') && !roles.has('pool')) continue;
      if (!isLeafCertificate(certificate) || certificate.eku === undefined) continue;
      const server = names.find((n) => n.role !== 'web') ?? names[0];
      const role = server.role === 'edge' ? 'Edge' : 'pool or Director';
      const host = server.name.replace(/\.$/, '');
      const node = certificateField(certificate, 'eku');
      if (!certificate.eku.includes('clientAuth') && !certificate.eku.includes('anyExtendedKeyUsage')) {
        report({ node, messageId: 'missingClientAuth', data: { name: certificate.name, role, host, usages: certificate.eku.join(', ') || 'no usage' } });
      } else if (certificate.issuerKind === 'public') {
        report({ node, messageId: 'publicClientAuthEnding', severity: 'warning', data: { name: certificate.name, role, host, date: CLIENT_AUTH_PHASE_OUT } });
      }
    }
  },
});
