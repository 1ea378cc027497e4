import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/rsassa-pss.js';
import { header, zone } from '../support/zones.js';
import { certificatesManifest } from '../support/certificates.js';

const INTERNAL = 'dns/internal/contoso.com.zone';
const CERTS = 'certificates.yml';
const pool = zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'pool IN A 10.0.0.10');

runRuleTests(rule, {
  valid: [
    {
      name: 'PKCS#1 v1.5 signature on the pool',
      zones: { [INTERNAL]: pool },
      files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], signature: 'sha256WithRSAEncryption' }) },
      notApplicable: 'no certificate is signed with RSASSA-PSS',
    },
    { name: 'a PSS certificate that no Lync server presents', zones: { [INTERNAL]: pool }, files: { [CERTS]: certificatesManifest({ name: 'intranet', sans: ['intranet.contoso.com'], signature: 'rsassaPss' }) } },
  ],
  invalid: [
    {
      name: 'the pool certificate is signed with RSASSA-PSS',
      zones: { [INTERNAL]: pool },
      files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], signature: 'rsassaPss' }) },
      errors: [{ messageId: 'pssSignature', line: 6, file: CERTS, data: { name: 'pool', algorithm: 'rsassaPss' } }],
    },
    {
      name: 'every certificate counts when the product is Lync',
      settings: { product: 'lync2010' },
      files: { [CERTS]: certificatesManifest({ name: 'intranet', signature: 'rsassaPss' }) },
      errors: [{ messageId: 'pssSignature', line: 5 }],
    },
  ],
});
