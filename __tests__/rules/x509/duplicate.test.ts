import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/x509/duplicate.js';
import { certificatesManifest } from '../support/certificates.js';

const FILE = 'certificates.yml';

runRuleTests(rule, {
  valid: [
    {
      name: 'an Edge with its internal and external certificates',
      files: {
        [FILE]: certificatesManifest(
          { name: 'edge-external', sans: ['sip.contoso.com'], usedBy: ['edge01.contoso.com'] },
          { name: 'edge-internal', sans: ['edge01.contoso.net'], usedBy: ['edge01.contoso.com'] },
        ),
      },
    },
    {
      name: 'the same names on different hosts',
      files: {
        [FILE]: certificatesManifest({ name: 'a', sans: ['sip.contoso.com'], usedBy: ['edge01.contoso.com'] }, { name: 'b', sans: ['sip.contoso.com'], usedBy: ['edge02.contoso.com'] }),
      },
    },
  ],
  invalid: [
    {
      name: 'the renewed certificate beside the old one',
      files: {
        [FILE]: certificatesManifest(
          { name: 'edge-2025', sans: ['sip.contoso.com', 'webconf.contoso.com'], usedBy: ['edge01.contoso.com'] },
          { name: 'edge-2026', sans: ['sip.contoso.com', 'webconf.contoso.com'], usedBy: ['edge01.contoso.com', 'edge02.contoso.com'] },
        ),
      },
      errors: [
        {
          messageId: 'competingCertificates',
          line: 7,
          file: FILE,
          severity: 'warning',
          data: { name: 'edge-2025', other: 'edge-2026', names: 'sip.contoso.com, webconf.contoso.com', host: 'edge01.contoso.com' },
        },
      ],
    },
  ],
});
