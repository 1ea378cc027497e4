import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/cert-covers-published-names.js';
import { header, zone } from '../support/zones.js';
import { FABRIKAM_ONLINE } from '../support/teams-zones.js';
import { certificatesManifest } from '../support/certificates.js';

const EXTERNAL = 'dns/external/contoso.com.zone';
const INTERNAL = 'dns/internal/contoso.com.zone';
const CERTS = 'certificates.yml';

/** Lines 4-9: sign-in SRV to sip, which shares the Edge's address with access; discovery through the reverse proxy. */
const external = zone(
  ...header(),
  '_sip._tls IN SRV 0 0 443 sip.contoso.com.',
  'sip IN A 131.107.155.10',
  'access IN A 131.107.155.10',
  'lyncdiscover IN CNAME proxy.contoso.com.',
  'proxy IN A 131.107.155.20',
  'meet IN CNAME proxy.contoso.com.',
);

const edge = (sans: string[], usedBy?: string[]) => ({ name: 'edge-external', subject: 'CN=access.contoso.com', sans, ...(usedBy ? { usedBy } : {}) });
const proxy = (sans: string[]) => ({ name: 'reverse-proxy', subject: 'CN=proxy.contoso.com', sans });

runRuleTests(rule, {
  valid: [
    {
      // The web site of a domain whose users are in Microsoft 365 shares the proxy's address: not a Lync simple URL.
      name: 'meet of a SIP domain served by Microsoft 365 is nobody\'s simple URL here',
      zones: {
        [EXTERNAL]: external,
        'dns/external/fabrikam.com.zone': `${FABRIKAM_ONLINE}meet IN A 131.107.155.20\n`,
      },
      files: { [CERTS]: certificatesManifest(edge(['access.contoso.com', 'sip.contoso.com']), proxy(['proxy.contoso.com', 'lyncdiscover.contoso.com', 'meet.contoso.com'])) },
    },
    {
      name: 'the Edge certificate names sip, the proxy certificate names lyncdiscover and meet',
      zones: { [EXTERNAL]: external },
      files: { [CERTS]: certificatesManifest(edge(['access.contoso.com', 'sip.contoso.com']), proxy(['proxy.contoso.com', 'lyncdiscover.contoso.com', 'meet.contoso.com'])) },
    },
    {
      name: 'a wildcard SAN covers the simple URLs and discovery',
      zones: { [EXTERNAL]: external },
      files: { [CERTS]: certificatesManifest(edge(['access.contoso.com', 'sip.contoso.com']), proxy(['proxy.contoso.com', '*.contoso.com'])) },
    },
    {
      name: 'no certificate at the host: nothing to judge',
      zones: { [EXTERNAL]: external },
      files: { [CERTS]: certificatesManifest({ name: 'other', sans: ['mail.contoso.com'] }) },
    },
    {
      name: 'the internal view resolves on its own',
      zones: {
        [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'pool IN A 10.0.0.10', 'fe01 IN A 10.0.0.10'),
        [EXTERNAL]: zone(...header(), 'pool IN A 131.107.155.99'),
      },
      files: { [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com', 'fe01.contoso.com'] }) },
    },
  ],
  invalid: [
    {
      name: 'the Edge certificate lacks the sign-in name the SRV record publishes',
      zones: { [EXTERNAL]: external },
      files: { [CERTS]: certificatesManifest(edge(['access.contoso.com', 'webconf.contoso.com']), proxy(['proxy.contoso.com', 'lyncdiscover.contoso.com', 'meet.contoso.com'])) },
      errors: [
        {
          messageId: 'notCovered',
          line: 4,
          file: EXTERNAL,
          data: { name: 'sip.contoso.com', why: '_sip._tls SRV target', host: '131.107.155.10', certificates: 'edge-external' },
        },
      ],
    },
    {
      name: 'usedBy ties the certificate to the name itself',
      zones: { [EXTERNAL]: external },
      files: { [CERTS]: certificatesManifest(edge(['access.contoso.com'], ['sip.contoso.com']), proxy(['proxy.contoso.com', '*.contoso.com'])) },
      errors: [{ messageId: 'notCovered', line: 4, data: { name: 'sip.contoso.com', host: 'sip.contoso.com' } }],
    },
    {
      name: 'discovery through a CNAME to a proxy whose certificate lacks it',
      zones: { [EXTERNAL]: external },
      files: { [CERTS]: certificatesManifest(edge(['access.contoso.com', 'sip.contoso.com']), proxy(['proxy.contoso.com', 'meet.contoso.com'])) },
      errors: [{ messageId: 'notCovered', line: 7, data: { name: 'lyncdiscover.contoso.com', host: '131.107.155.20', certificates: 'reverse-proxy' } }],
    },
  ],
});
