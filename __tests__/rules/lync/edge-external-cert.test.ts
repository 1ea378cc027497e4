import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/edge-external-cert.js';
import { header, zone } from '../support/zones.js';
import { FABRIKAM_ONLINE } from '../support/teams-zones.js';
import { certificatesManifest } from '../support/certificates.js';

const EXTERNAL = 'dns/external/contoso.com.zone';
const CERTS = 'certificates.yml';
const edgeZone = zone(...header(), '_sip._tls IN SRV 0 0 443 access.contoso.com.', 'access IN A 131.107.155.10', 'sip IN CNAME access.contoso.com.');
const settings = { sipDomains: ['contoso.com', 'fabrikam.com'] };

runRuleTests(rule, {
  valid: [
    {
      name: 'public CA, sip.<domain> for both domains, FQDN subject',
      settings,
      zones: { [EXTERNAL]: edgeZone },
      files: { [CERTS]: certificatesManifest({ name: 'edge-external', subject: 'CN=access.contoso.com', sans: ['access.contoso.com', 'webconf.contoso.com', 'sip.contoso.com', 'sip.fabrikam.com'], issuer: 'public' }) },
    },
    {
      name: 'a certificate not at the Edge is not the Edge certificate',
      settings,
      zones: { [EXTERNAL]: edgeZone },
      files: { [CERTS]: certificatesManifest({ name: 'web', subject: 'CN=meet.contoso.com', sans: ['meet.contoso.com'], issuer: 'private' }) },
    },
    {
      // fabrikam.com's users are in Microsoft 365: its four records point online, so the Edge never signs them in.
      name: 'a second SIP domain served by Microsoft 365 needs no sip.<domain> on the Edge certificate',
      zones: {
        [EXTERNAL]: edgeZone,
        'dns/external/fabrikam.com.zone': FABRIKAM_ONLINE,
      },
      files: { [CERTS]: certificatesManifest({ name: 'edge-external', subject: 'CN=access.contoso.com', sans: ['access.contoso.com', 'webconf.contoso.com', 'sip.contoso.com'], issuer: 'public' }) },
    },
  ],
  invalid: [
    {
      name: 'private CA and a SIP domain missing',
      settings,
      zones: { [EXTERNAL]: edgeZone },
      files: { [CERTS]: certificatesManifest({ name: 'edge-external', subject: 'CN=access.contoso.com', sans: ['access.contoso.com', 'sip.contoso.com'], issuer: 'private' }) },
      errors: [
        { messageId: 'missingSipName', line: 6, file: CERTS, data: { name: 'edge-external', host: 'access.contoso.com', domain: 'fabrikam.com' } },
        { messageId: 'privateCa', line: 7, data: { issuer: 'a private CA' } },
      ],
    },
    {
      name: 'a wildcard subject',
      zones: { [EXTERNAL]: edgeZone },
      files: { [CERTS]: certificatesManifest({ name: 'edge-external', subject: 'CN=*.contoso.com', sans: ['access.contoso.com', '*.contoso.com'], issuer: 'public' }) },
      errors: [{ messageId: 'wildcardSubject', line: 5, data: { cn: '*.contoso.com' } }],
    },
  ],
});
