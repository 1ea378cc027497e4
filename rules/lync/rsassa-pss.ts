import { defineRule } from '../../src/engine/rule.js';
import { certificateField } from '../../src/model/certificate.js';
import { ucServerCertificates } from '../../src/estate/published-names.js';
import { isLyncFamily } from '../../src/model/products.js';

export default defineRule<Record<string, never>, 'pssSignature'>({
  id: 'lync/rsassa-pss',
  meta: {
    description: 'Certificates of Lync and Skype for Business servers are not signed with RSASSA-PSS',
    rationale: [
      'Lync Server and Skype for Business Server do not support certificates signed with RSASSA-PSS (the',
      'probabilistic RSA signature scheme some enterprise CAs offer as "alternate signature format"): the',
      'certificate installs, but the services fail to start or TLS handshakes with clients and federation',
      'partners fail. Certificates must be signed with PKCS#1 v1.5 RSA (`sha256WithRSAEncryption`) or ECDSA.',
      '',
      'Judged: the certificates presented at the names the DNS sends Lync clients to, and every certificate',
      'of the estate when `settings.product` is a Lync or Skype for Business product.',
      '',
      '**Fix:** reissue the certificate from a CA template without the alternate signature format.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'Skype for Business Server 2015 documentation', section: 'Certificate requirements (RSASSA-PSS not supported)' },
      { source: 'RFC 4055', section: '3 (RSASSA-PSS signature algorithm)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      pssSignature: 'certificate {{name}} is signed with RSASSA-PSS ({{algorithm}}), which Lync and Skype for Business servers cannot use',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    signature: rsassaPss\n    usedBy: [pool.contoso.com]',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    signature: sha256WithRSAEncryption\n    usedBy: [pool.contoso.com]',
    },
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.signature?.pss),
  check({ estate, report }) {
    const judged = isLyncFamily(estate.product()) ? new Set(estate.certificates) : new Set(ucServerCertificates(estate).keys());
    for (const certificate of judged) {
      if (!certificate.signature?.pss) continue;
      report({ node: certificateField(certificate, 'signature'), messageId: 'pssSignature', data: { name: certificate.name, algorithm: certificate.signature.algorithm } });
    }
  },
});
