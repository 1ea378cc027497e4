import { defineRule } from '../../src/engine/rule.js';
import { certificateField, isLeafCertificate } from '../../src/model/certificate.js';

export default defineRule<{ requireExtension: boolean }, 'missingServerAuth' | 'noEkuExtension'>({
  id: 'x509/server-auth-eku',
  meta: {
    description: 'Server certificates carry the Server Authentication extended key usage',
    rationale: [
      'A certificate with an extended key usage extension may be used only for the purposes it lists. Without',
      'Server Authentication (1.3.6.1.5.5.7.3.1), TLS clients refuse it as a server certificate: Lync and Skype',
      'for Business servers do not even offer it in the certificate wizard, and a certificate imported by hand',
      'fails at the first connection. Certificates from a code-signing or user template are the usual cause.',
      '',
      'A certificate without the extension is allowed any use by RFC 5280, but the Lync and Skype for Business',
      'certificate requirements ask for the EKU explicitly, so its absence is reported too (option',
      '`requireExtension`). Manifest entries that do not state `eku` are not judged, nor are CA certificates.',
      '',
      '**Fix:** reissue the certificate from a Web Server (or Lync/SfB) template, which sets Server Authentication',
      '(and Client Authentication for servers that talk mutual TLS to each other).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 5280', section: '4.2.1.12 (Extended key usage)' },
      { source: 'Live Communications Server 2005: MTLS certificates for servers, pools and access proxies (Microsoft support article)', section: 'Server and client authentication EKUs for MTLS' },
      { source: 'Skype for Business Server 2015 documentation', section: 'Certificate requirements (Server Authentication EKU)' },
    ],
    options: {
      type: 'object',
      properties: {
        requireExtension: { type: 'boolean', default: true, description: 'Also report leaf certificates of committed files that have no extended key usage extension.' },
      },
      additionalProperties: false,
    },
    messages: {
      missingServerAuth: 'certificate {{name}} is limited to {{usages}} and lacks Server Authentication; TLS clients refuse it as a server certificate',
      noEkuExtension: 'certificate {{name}} has no extended key usage extension; Lync and Skype for Business require Server Authentication to be stated',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [clientAuth]',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [serverAuth, clientAuth]',
    },
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, options, report }) {
    for (const certificate of estate.certificates) {
      if (!isLeafCertificate(certificate)) continue;
      const node = certificateField(certificate, 'eku');
      if (certificate.eku === undefined) {
        // A manifest that does not state `eku` says nothing; a file without the extension does.
        if (certificate.source !== 'manifest' && options.requireExtension) report({ node, messageId: 'noEkuExtension', data: { name: certificate.name } });
        continue;
      }
      if (certificate.eku.includes('serverAuth') || certificate.eku.includes('anyExtendedKeyUsage')) continue;
      report({ node, messageId: 'missingServerAuth', data: { name: certificate.name, usages: certificate.eku.join(', ') || 'no usage' } });
    }
  },
});
