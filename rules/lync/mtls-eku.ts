import { defineRule } from '../../src/engine/rule.js';
import { certificateField, isLeafCertificate } from '../../src/estate/certificate.js';
import { ucServerCertificates } from '../../src/estate/published-names.js';

export default defineRule<Record<string, never>, 'missingClientAuth' | 'publicClientAuthEnding'>({
  id: 'lync/mtls-eku',
  meta: {
    description: 'Certificates of pools, Directors and Edges carry Client Authentication as well as Server Authentication',
    rationale: [
      'Servers of a Lync or Skype for Business deployment talk to each other, and Edges to federated',
      'partners, over mutual TLS: each side presents its certificate as a client too. A certificate without',
      'the Client Authentication EKU (1.3.6.1.5.5.7.3.2) works for clients connecting to the server and fails',
      'every server-to-server and federation connection it starts (seed 003: servers and pools need MTLS',
      'certificates with server and client authentication).',
      '',
      'Public CAs are removing Client Authentication from TLS server certificates (browser root programs require',
      'serverAuth-only certificates from 2026). A certificate from a public CA that still has it will lose it',
      'at its next renewal, which breaks federation; this is reported as a warning so the renewal is planned',
      '(a dedicated client certificate, or a CA that still issues both).',
      '',
      'Judged: certificates presented at the targets of `_sipinternaltls._tcp`, `_sip._tls` and',
      '`_sipfederationtls._tcp` and at `sip.<domain>` (pools, Directors, Edges). Manifest entries that do',
      'not state `eku` are not judged.',
      '',
      '**Fix:** reissue the certificate from a template with both Server and Client Authentication.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'seed 003 (LCS 2005 certificates)', section: 'MTLS between servers: server and client authentication' },
      { source: 'Chrome Root Program Policy', section: 'TLS server authentication-only hierarchies (2026)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      missingClientAuth: 'certificate {{name}} of {{role}} {{host}} lacks Client Authentication ({{usages}}); server-to-server and federation MTLS fail',
      publicClientAuthEnding:
        'certificate {{name}} of {{role}} {{host}} is from a public CA and relies on Client Authentication, which public CAs no longer issue; plan MTLS for its renewal',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [serverAuth]\n    usedBy: [pool.contoso.com]',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [serverAuth, clientAuth]\n    usedBy: [pool.contoso.com]',
    },
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, report }) {
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
        report({ node, messageId: 'publicClientAuthEnding', severity: 'warning', data: { name: certificate.name, role, host } });
      }
    }
  },
});
