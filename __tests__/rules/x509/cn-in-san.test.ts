import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/x509/cn-in-san.js';
import { certificatesManifest } from '../support/certificates.js';

const FILE = 'certificates.yml';
const cert = (subject: string, sans?: string[]) => ({ [FILE]: certificatesManifest({ name: 'pool', subject, ...(sans ? { sans } : {}) }) });

runRuleTests(rule, {
  valid: [
    { name: 'the CN is the first SAN', files: cert('CN=pool.contoso.com, O=Contoso', ['pool.contoso.com', 'fe01.contoso.com']) },
    { name: 'case does not matter', files: cert('CN=Pool.Contoso.com', ['pool.contoso.com']) },
    { name: 'a wildcard SAN covers the CN', files: cert('CN=meet.contoso.com', ['*.contoso.com']) },
    { name: 'a CN that is not a host name', files: cert('CN=Contoso Issuing CA', ['pool.contoso.com']) },
    { name: 'an entry that lists no SANs says nothing about them', files: cert('CN=pool.contoso.com') },
  ],
  invalid: [
    {
      name: 'the CN is missing from the SANs',
      files: cert('CN=pool.contoso.com', ['fe01.contoso.com', 'fe02.contoso.com']),
      errors: [{ messageId: 'cnNotInSan', line: 6, file: FILE, data: { name: 'pool', cn: 'pool.contoso.com', sans: 'fe01.contoso.com, fe02.contoso.com' } }],
    },
    {
      name: 'no SANs at all',
      files: cert('CN=pool.contoso.com', []),
      errors: [{ messageId: 'noSan', line: 6, data: { cn: 'pool.contoso.com' } }],
    },
    {
      name: 'a wildcard one level too deep does not cover it',
      files: cert('CN=a.meet.contoso.com', ['*.contoso.com']),
      errors: [{ messageId: 'cnNotInSan', line: 6 }],
    },
  ],
});
