import { defineRule } from '../../src/engine/rule.js';
import type { Certificate } from '../../src/model/certificate.js';

export default defineRule<Record<string, never>, 'sameCertificate' | 'competingCertificates'>({
  id: 'x509/duplicate',
  meta: {
    description: 'A certificate is committed once, and one host has one certificate for each set of names',
    rationale: [
      'The same certificate committed twice under different names (`edge.pem` and `edge-2026.cer`) is',
      'harmless but makes every renewal a hunt for copies; one is left behind and goes on being deployed or',
      'audited. Reported as information.',
      '',
      'Two different certificates that claim the same names for the same host (both list `edge01` in',
      '`usedBy` and share a SAN) leave open which one the server presents: typically the old certificate',
      'still committed after a renewal, and the one that expires first is the one the audit should judge.',
      'Reported as a warning.',
      '',
      '**Fix:** keep one copy of each certificate; after a renewal, remove the certificate it replaced.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [{ source: 'Lync Server 2010: Certificate Expiration Alerting', section: 'Certificate Expiration Alerter (one certificate per role to watch)' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      sameCertificate: 'certificate {{name}} is the same certificate as {{other}} (SHA-256 {{fingerprint}})',
      competingCertificates: 'certificates {{name}} and {{other}} both claim {{names}} for {{host}}; a host presents one certificate for these names',
    },
    examples: {
      language: 'yaml',
      invalid:
        'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-2025\n    sans: [sip.contoso.com]\n    usedBy: [edge01.contoso.com]\n  - name: edge-2026\n    sans: [sip.contoso.com]\n    usedBy: [edge01.contoso.com]',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    sans: [sip.contoso.com]\n    usedBy: [edge01.contoso.com]\n  - name: edge-internal\n    sans: [edge01.contoso.net]\n    usedBy: [edge01.contoso.com]',
    },
  },
  appliesTo: (estate) => estate.certificates.length > 1,
  check({ estate, report }) {
    // The same bytes twice: the first occurrence (in report order) is the original.
    const firstByFingerprint = new Map<string, Certificate>();
    for (const certificate of estate.certificates) {
      if (!certificate.fingerprint256) continue;
      const first = firstByFingerprint.get(certificate.fingerprint256);
      if (!first) {
        firstByFingerprint.set(certificate.fingerprint256, certificate);
        continue;
      }
      // A manifest entry that links the file describes the same certificate on purpose.
      if (first.linkedFile === certificate.loc.file || certificate.linkedFile === first.loc.file) continue;
      report({
        node: certificate,
        messageId: 'sameCertificate',
        severity: 'info',
        data: { name: certificate.name, other: first.name, fingerprint: certificate.fingerprint256.slice(0, 23) },
        related: [{ node: first, message: 'the same certificate' }],
      });
    }

    // Different certificates claiming the same names for the same host.
    const byHost = new Map<string, Certificate[]>();
    for (const certificate of estate.certificates) {
      for (const host of certificate.usedBy) {
        const list = byHost.get(host) ?? [];
        list.push(certificate);
        byHost.set(host, list);
      }
    }
    const reported = new Set<string>();
    for (const [host, certificates] of byHost) {
      for (let i = 0; i < certificates.length; i++) {
        for (let j = i + 1; j < certificates.length; j++) {
          const [a, b] = [certificates[i], certificates[j]];
          if (a.fingerprint256 && a.fingerprint256 === b.fingerprint256) continue;
          const shared = (a.sans?.dns ?? []).filter((name) => b.sans?.dns.includes(name));
          const key = `${a.name}\u0000${b.name}`;
          if (shared.length === 0 || reported.has(key)) continue;
          reported.add(key);
          report({
            node: b,
            messageId: 'competingCertificates',
            data: { name: a.name, other: b.name, names: shared.join(', '), host },
            related: [{ node: a, message: `also claims ${shared.join(', ')} for ${host}` }],
          });
        }
      }
    }
  },
});
