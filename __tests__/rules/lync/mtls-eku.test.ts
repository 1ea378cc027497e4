import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/mtls-eku.js';
import { header, zone } from '../support/zones.js';
import { certificatesManifest } from '../support/certificates.js';

const INTERNAL = 'dns/internal/contoso.com.zone';
const EXTERNAL = 'dns/external/contoso.com.zone';
const CERTS = 'certificates.yml';
const pool = zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'pool IN A 10.0.0.10');
const federation = zone(...header(), '_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com.', 'access IN A 131.107.155.10');

const LCS = { product: 'lcs2005' };

runRuleTests(rule, {
  valid: [
    { name: 'LCS 2005: pool certificate with both usages', settings: LCS, zones: { [INTERNAL]: pool }, files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], eku: ['serverAuth', 'clientAuth'], issuer: 'private' }) } },
    {
      // Lync Server 2013 "Certificate infrastructure requirements": only Server Authentication is required.
      name: 'Skype for Business Server: a pool certificate with Server Authentication only',
      settings: { product: 'sfb2015' },
      zones: { [INTERNAL]: pool },
      files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], eku: ['serverAuth'], issuer: 'private' }) },
    },
    {
      name: 'Lync Server 2010: a public Edge certificate with both usages is no concern',
      settings: { product: 'lync2010' },
      zones: { [EXTERNAL]: federation },
      files: { [CERTS]: certificatesManifest({ name: 'edge-external', sans: ['access.contoso.com'], eku: ['serverAuth', 'clientAuth'], issuer: 'public' }) },
    },
    {
      name: 'product not set: Server Authentication only is what every version from Lync Server 2010 on needs',
      zones: { [INTERNAL]: pool },
      files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], eku: ['serverAuth'] }) },
    },
    { name: 'a web certificate needs no client authentication', settings: LCS, zones: { [EXTERNAL]: zone(...header(), 'meet IN A 131.107.155.20') }, files: { [CERTS]: certificatesManifest({ name: 'web', sans: ['meet.contoso.com'], eku: ['serverAuth'] }) } },
    { name: 'an entry without eku is not judged', settings: LCS, zones: { [INTERNAL]: pool }, files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'] }) } },
  ],
  invalid: [
    {
      name: 'LCS 2005: pool certificate without client authentication',
      settings: LCS,
      zones: { [INTERNAL]: pool },
      files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], eku: ['serverAuth'] }) },
      errors: [{ messageId: 'missingClientAuth', line: 6, file: CERTS, severity: 'error', data: { name: 'pool', role: 'pool or Director', host: 'pool.contoso.com', usages: 'serverAuth' } }],
    },
    {
      name: 'LCS 2005: a public Edge certificate relying on client authentication',
      settings: LCS,
      zones: { [EXTERNAL]: federation },
      files: { [CERTS]: certificatesManifest({ name: 'edge-external', sans: ['access.contoso.com'], eku: ['serverAuth', 'clientAuth'], issuer: 'public' }) },
      errors: [{ messageId: 'publicClientAuthEnding', line: 6, severity: 'warning', data: { role: 'Edge', host: 'access.contoso.com', date: '2027-03-15' } }],
    },
  ],
});
