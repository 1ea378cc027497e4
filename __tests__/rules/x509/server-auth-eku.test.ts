import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/x509/server-auth-eku.js';
import { certificatesManifest } from '../support/certificates.js';

const FILE = 'certificates.yml';

runRuleTests(rule, {
  valid: [
    { name: 'server and client authentication', files: { [FILE]: certificatesManifest({ name: 'pool', eku: ['serverAuth', 'clientAuth'] }) } },
    { name: 'a manifest entry without eku is not judged', files: { [FILE]: certificatesManifest({ name: 'pool', subject: 'CN=pool.contoso.com' }) } },
    { name: 'any extended key usage', files: { [FILE]: certificatesManifest({ name: 'pool', eku: ['anyExtendedKeyUsage'] }) } },
  ],
  invalid: [
    {
      name: 'client authentication only',
      files: { [FILE]: certificatesManifest({ name: 'pool', subject: 'CN=pool.contoso.com', eku: ['clientAuth'] }) },
      errors: [{ messageId: 'missingServerAuth', line: 6, file: FILE, data: { name: 'pool', usages: 'clientAuth' } }],
    },
    {
      name: 'code signing, written as its OID',
      files: { [FILE]: certificatesManifest({ name: 'signer', eku: ['1.3.6.1.5.5.7.3.3'] }) },
      errors: [{ messageId: 'missingServerAuth', line: 5, data: { usages: 'codeSigning' } }],
    },
  ],
});
