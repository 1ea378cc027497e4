import { defineRule } from '../../src/engine/rule.js';
import { certificateField } from '../../src/model/certificate.js';

export default defineRule<Record<string, never>, 'disagrees' | 'missingFile'>({
  id: 'x509/manifest-matches-file',
  meta: {
    description: 'A manifest entry that links a committed certificate file states the same facts as the file',
    rationale: [
      'A `kind: Certificates` entry can link the committed file of the certificate it describes (`file:`), to',
      'add what a file cannot say: which servers present it (`usedBy`) and whether its CA is public. The',
      'file\'s facts are what servers present, so they win; an entry that states other names, dates, key or',
      'usages is out of date (usually the certificate was renewed and the manifest was not), and whoever reads',
      'the manifest is misled. An entry that links a file which is not there has lost its certificate.',
      '',
      '**Fix:** update the manifest entry from the file (or drop the facts the file already states), or correct',
      'the `file:` path.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [{ source: 'uclint FORMATS', section: '3 (kind: Certificates, file)' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      disagrees: 'certificate {{name}}: the manifest states {{field}} {{stated}}, the linked file {{file}} holds {{actual}}',
      missingFile: 'certificate {{name}} links {{file}}, which is not a certificate file in the lint tree',
    },
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.manifestEntry !== undefined || c.linkedFileMissing),
  check({ estate, report }) {
    for (const certificate of estate.certificates) {
      if (certificate.linkedFileMissing) {
        report({ node: certificateField(certificate, 'file'), messageId: 'missingFile', data: { name: certificate.name, file: certificate.linkedFile ?? '' } });
      }
      for (const disagreement of certificate.manifestEntry?.disagreements ?? []) {
        report({
          node: disagreement,
          messageId: 'disagrees',
          data: { name: certificate.name, field: disagreement.field, stated: disagreement.stated, actual: disagreement.actual, file: certificate.loc.file },
          related: [{ node: certificate, message: `the certificate in ${certificate.loc.file}` }],
        });
      }
    }
  },
});
