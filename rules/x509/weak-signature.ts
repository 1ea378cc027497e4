import { defineRule } from '../../src/engine/rule.js';
import { certificateField, isLeafCertificate } from '../../src/model/certificate.js';

/** Hashes with practical collision attacks: a signature over them proves little. */
const WEAK_HASHES = new Set(['md2', 'md4', 'md5', 'sha1']);

export default defineRule<{ includeSelfSignedRoots: boolean }, 'weakSignature'>({
  id: 'x509/weak-signature',
  meta: {
    description: 'Certificates are not signed with SHA-1 or MD5',
    rationale: [
      'MD5 and SHA-1 have practical collision attacks (a forged CA certificate with MD5 in 2008, the SHAttered',
      'and chosen-prefix collisions on SHA-1 in 2017 and 2020): a signature over them no longer shows that the',
      'issuer signed this certificate. Browsers, Windows and federation partners reject SHA-1-signed TLS',
      'certificates. Enterprise CAs that issued Lync and OCS certificates with SHA-1 often still do.',
      '',
      'The signature of a self-signed root is not checked by clients (the root is trusted as a whole), so',
      'self-signed CA certificates are skipped unless `includeSelfSignedRoots` is set.',
      '',
      '**Fix:** reissue the certificate from a CA that signs with SHA-256 or better (and move the CA itself to',
      'SHA-256 if it still signs with SHA-1).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 6151', section: '2 (MD5 collision resistance)' },
      { source: 'NIST SP 800-131A Rev. 2', section: '9 (SHA-1 for digital signature generation disallowed)' },
      { source: 'CA/Browser Forum Baseline Requirements', section: '7.1.3.2 (Signature algorithm identifiers)' },
    ],
    options: {
      type: 'object',
      properties: { includeSelfSignedRoots: { type: 'boolean', default: false, description: 'Also report self-signed CA certificates.' } },
      additionalProperties: false,
    },
    messages: {
      weakSignature: 'certificate {{name}} is signed with {{algorithm}} ({{hash}} is broken for signatures); reissue it signed with SHA-256 or better',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: ocs-pool\n    signature: sha1WithRSAEncryption',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    signature: sha256WithRSAEncryption',
    },
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.signature !== undefined),
  check({ estate, options, report }) {
    for (const certificate of estate.certificates) {
      const hash = certificate.signature?.hash;
      if (!hash || !WEAK_HASHES.has(hash)) continue;
      if (!options.includeSelfSignedRoots && certificate.selfSigned && !isLeafCertificate(certificate)) continue;
      report({
        node: certificateField(certificate, 'signature'),
        messageId: 'weakSignature',
        data: { name: certificate.name, algorithm: certificate.signature?.algorithm ?? hash, hash: hash.toUpperCase().replace('SHA', 'SHA-') },
      });
    }
  },
});
