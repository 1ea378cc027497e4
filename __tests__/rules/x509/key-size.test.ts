import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/x509/key-size.js';
import { certificatesManifest } from '../support/certificates.js';

const FILE = 'certificates.yml';

runRuleTests(rule, {
  valid: [
    { name: 'RSA 2048', files: { [FILE]: certificatesManifest({ name: 'pool', key: { algorithm: 'rsa', size: 2048 } }) } },
    { name: 'EC keys are not judged by size here', files: { [FILE]: certificatesManifest({ name: 'sbc', key: { algorithm: 'ec', curve: 'prime256v1' } }) } },
    { name: 'a lower minimum by option', options: { minimumRsaBits: 1024 }, files: { [FILE]: certificatesManifest({ name: 'ocs', key: { algorithm: 'rsa', size: 1024 } }) } },
  ],
  invalid: [
    {
      name: 'RSA 1024',
      files: { [FILE]: certificatesManifest({ name: 'ocs-pool', subject: 'CN=pool.contoso.com', key: { algorithm: 'rsa', size: 1024 } }) },
      errors: [{ messageId: 'smallRsaKey', line: 6, file: FILE, data: { name: 'ocs-pool', bits: 1024, minimum: 2048 } }],
    },
    {
      name: 'a higher minimum by option',
      options: { minimumRsaBits: 3072 },
      files: { [FILE]: certificatesManifest({ name: 'pool', key: { algorithm: 'rsa', size: 2048 } }) },
      errors: [{ messageId: 'smallRsaKey', line: 5, data: { bits: 2048, minimum: 3072 } }],
    },
  ],
});
