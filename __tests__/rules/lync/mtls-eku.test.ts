import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/mtls-eku.js';
import { header, zone } from '../support/zones.js';
import { certificatesManifest } from '../support/certificates.js';

const INTERNAL = 'dns/internal/contoso.com.zone';
const EXTERNAL = 'dns/external/contoso.com.zone';
const CERTS = 'certificates.yml';
const pool = zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'pool IN A 10.0.0.10');
const federation = zone(...header(), '_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com.', 'access IN A 131.107.155.10');

runRuleTests(rule, {
  valid: [
    { name: 'pool certificate with both usages', zones: { [INTERNAL]: pool }, files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], eku: ['serverAuth', 'clientAuth'], issuer: 'private' }) } },
    {
      name: 'a web certificate needs no client authentication',
      zones: { [EXTERNAL]: zone(...header(), 'meet IN A 131.107.155.20') },
      files: { [CERTS]: certificatesManifest({ name: 'web', sans: ['meet.contoso.com'], eku: ['serverAuth'] }) },
      settings: { families: ['lync'] },
    },
    { name: 'an entry without eku is not judged', zones: { [INTERNAL]: pool }, files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'] }) } },
  ],
  invalid: [
    {
      name: 'pool certificate without client authentication',
      zones: { [INTERNAL]: pool },
      files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], eku: ['serverAuth'] }) },
      errors: [{ messageId: 'missingClientAuth', line: 6, file: CERTS, severity: 'error', data: { name: 'pool', role: 'pool or Director', host: 'pool.contoso.com', usages: 'serverAuth' } }],
    },
    {
      name: 'a public Edge certificate relying on client authentication',
      zones: { [EXTERNAL]: federation },
      files: { [CERTS]: certificatesManifest({ name: 'edge-external', sans: ['access.contoso.com'], eku: ['serverAuth', 'clientAuth'], issuer: 'public' }) },
      errors: [{ messageId: 'publicClientAuthEnding', line: 6, severity: 'warning', data: { role: 'Edge', host: 'access.contoso.com' } }],
    },
  ],
});
