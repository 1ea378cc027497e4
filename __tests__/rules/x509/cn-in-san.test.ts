import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/x509/cn-in-san.js';
import { certificatesManifest } from '../support/certificates.js';
import { header, zone } from '../support/zones.js';

const FILE = 'certificates.yml';
const cert = (subject: string, sans?: string[], extra: Record<string, string[]> = {}) => ({ [FILE]: certificatesManifest({ name: 'pool', subject, ...(sans ? { sans } : {}), ...extra }) });
/** Internal zone: clients sign in to pool.contoso.com (line 4) and, under strict naming, sip.contoso.com (line 6). */
const INTERNAL = {
  'dns/internal/contoso.com.zone': zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'pool IN A 10.0.0.10', 'sip IN A 10.0.0.10'),
};

runRuleTests(rule, {
  valid: [
    { name: 'the CN is the first SAN', files: cert('CN=pool.contoso.com, O=Contoso', ['pool.contoso.com', 'fe01.contoso.com']) },
    { name: 'case does not matter', files: cert('CN=Pool.Contoso.com', ['pool.contoso.com']) },
    { name: 'a wildcard SAN covers the CN', files: cert('CN=meet.contoso.com', ['*.contoso.com']) },
    { name: 'a CN that is not a host name', files: cert('CN=Contoso Issuing CA', ['pool.contoso.com']) },
    { name: 'an entry that lists no SANs says nothing about them', files: cert('CN=pool.contoso.com') },
    {
      // Skype for Business Server "Edge Server environmental requirements": internal Edge certificate, SAN "NA".
      name: 'no SAN at all: TLS matches the CN (RFC 6125 6.4.4), as the internal Edge certificate is specified',
      files: cert('CN=sfbedge.contoso.net', []),
    },
    {
      name: 'no SAN, and every name clients reach the server by is the CN',
      zones: INTERNAL,
      files: cert('CN=pool.contoso.com', [], { usedBy: ['pool.contoso.com'] }),
    },
    { name: 'an IPv4 address as the CN, listed as a SAN IP address', files: cert('CN=192.0.2.10', ['sbc.contoso.com', '192.0.2.10']) },
    { name: 'an IPv6 address as the CN, listed as a SAN IP address in another spelling', files: cert('CN=2001:DB8:0:0::10', ['sbc.contoso.com', '2001:db8::10']) },
  ],
  invalid: [
    {
      name: 'the CN is missing from the SANs',
      files: cert('CN=pool.contoso.com', ['fe01.contoso.com', 'fe02.contoso.com']),
      errors: [{ messageId: 'cnNotInSan', line: 6, file: FILE, data: { name: 'pool', cn: 'pool.contoso.com', sans: 'fe01.contoso.com, fe02.contoso.com' } }],
    },
    {
      name: 'no SAN, but clients also reach the server as sip.contoso.com (strict naming)',
      zones: INTERNAL,
      settings: { strictDnsNaming: true, sipDomains: ['contoso.com'] },
      files: cert('CN=pool.contoso.com', [], { usedBy: ['pool.contoso.com'] }),
      errors: [{ messageId: 'noSan', line: 6, data: { cn: 'pool.contoso.com', names: 'sip.contoso.com' } }],
    },
    {
      name: 'a wildcard one level too deep does not cover it',
      files: cert('CN=a.meet.contoso.com', ['*.contoso.com']),
      errors: [{ messageId: 'cnNotInSan', line: 6 }],
    },
    {
      name: 'an IPv6 address as the CN that no SAN lists',
      files: cert('CN=2001:db8::10', ['sbc.contoso.com', '2001:db8::11']),
      errors: [{ messageId: 'cnNotInSan', line: 6, data: { cn: '2001:db8::10', sans: 'sbc.contoso.com, 2001:db8::11' } }],
    },
    {
      name: 'an IPv4 address as the CN listed only as a DNS-looking name is not an IP SAN',
      files: cert('CN=192.0.2.10', ['sbc.contoso.com']),
      errors: [{ messageId: 'cnNotInSan', line: 6, data: { cn: '192.0.2.10' } }],
    },
  ],
});
