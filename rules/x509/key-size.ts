import { defineRule } from '../../src/engine/rule.js';
import { certificateField } from '../../src/model/certificate.js';

export default defineRule<{ minimumRsaBits: number }, 'smallRsaKey'>({
  id: 'x509/key-size',
  meta: {
    description: 'RSA keys have at least 2048 bits',
    rationale: [
      'RSA keys of 1024 bits have been breakable in practice for years; public CAs stopped issuing them in',
      '2013 and current clients and federation partners refuse them. Old Lync and OCS servers accepted 1024-bit',
      'keys, so estates that were never re-keyed still carry them. 2048 bits is the minimum; 3072 or 4096',
      'cost little more on a server. Elliptic-curve and Ed25519 keys are not judged by this rule.',
      '',
      '**Fix:** request a new certificate with a new key of at least 2048 bits (re-keying, not renewing with',
      'the same key).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'NIST SP 800-131A Rev. 2', section: '3 (Digital signatures: RSA below 2048 bits disallowed)' },
      { source: 'CA/Browser Forum Baseline Requirements', section: '6.1.5 (Key sizes)' },
      { source: 'Skype for Business Server 2015 documentation', section: 'Certificate requirements (2048-bit keys recommended)' },
    ],
    options: {
      type: 'object',
      properties: { minimumRsaBits: { type: 'integer', minimum: 1024, maximum: 16384, default: 2048, description: 'Smallest RSA modulus accepted, in bits.' } },
      additionalProperties: false,
    },
    messages: {
      smallRsaKey: 'certificate {{name}} has a {{bits}}-bit RSA key; at least {{minimum}} bits are required',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: legacy-pool\n    key: { algorithm: rsa, size: 1024 }',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    key: { algorithm: rsa, size: 2048 }',
    },
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.key !== undefined),
  check({ estate, options, report }) {
    for (const certificate of estate.certificates) {
      const key = certificate.key;
      if (!key || (key.algorithm !== 'rsa' && key.algorithm !== 'rsa-pss') || key.size === undefined) continue;
      if (key.size >= options.minimumRsaBits) continue;
      report({
        node: certificateField(certificate, 'key'),
        messageId: 'smallRsaKey',
        data: { name: certificate.name, bits: key.size, minimum: options.minimumRsaBits },
      });
    }
  },
});
