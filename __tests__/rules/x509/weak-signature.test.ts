import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/x509/weak-signature.js';
import { certificatesManifest } from '../support/certificates.js';

const FILE = 'certificates.yml';

runRuleTests(rule, {
  valid: [
    { name: 'SHA-256 RSA', files: { [FILE]: certificatesManifest({ name: 'pool', signature: 'sha256WithRSAEncryption' }) } },
    { name: 'ECDSA with SHA-384', files: { [FILE]: certificatesManifest({ name: 'sbc', signature: 'ecdsa-with-SHA384' }) } },
  ],
  invalid: [
    {
      name: 'SHA-1',
      files: { [FILE]: certificatesManifest({ name: 'ocs-pool', signature: 'sha1WithRSAEncryption' }) },
      errors: [{ messageId: 'weakSignature', line: 5, file: FILE, data: { name: 'ocs-pool', algorithm: 'sha1WithRSAEncryption', hash: 'SHA-1' } }],
    },
    {
      name: 'MD5',
      files: { [FILE]: certificatesManifest({ name: 'lcs', signature: 'md5WithRSAEncryption' }) },
      errors: [{ messageId: 'weakSignature', line: 5, data: { hash: 'MD5' } }],
    },
  ],
});
