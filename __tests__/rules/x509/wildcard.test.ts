import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/x509/wildcard.js';
import { certificatesManifest } from '../support/certificates.js';

const FILE = 'certificates.yml';
const cert = (subject: string, sans: string[]) => ({ [FILE]: certificatesManifest({ name: 'web', subject, sans }) });

runRuleTests(rule, {
  valid: [
    { name: 'a wildcard SAN beside the server name', files: cert('CN=webext.contoso.com', ['webext.contoso.com', '*.contoso.com']) },
    { name: 'no wildcard', files: cert('CN=sip.contoso.com', ['sip.contoso.com']), notApplicable: 'no certificate names a wildcard' },
    { name: 'a wildcard subject when allowed (Teams SBCs)', options: { allowWildcardSubject: true }, settings: { families: ['lync'] }, files: cert('CN=*.contoso.com', ['*.contoso.com']) },
    {
      // "Plan Direct Routing": the SBC certificate may name the SBC by a wildcard, in the CN or a SAN.
      name: 'a Teams tenant\'s wildcard SBC certificate, even without the Teams preset',
      settings: { product: 'teams' },
      files: cert('CN=*.fabrikam.com', ['*.fabrikam.com']),
    },
    {
      name: 'product not set: a wildcard subject presented by a Direct Routing SBC',
      files: {
        [FILE]: certificatesManifest({ name: 'sbc', subject: 'CN=*.fabrikam.com', sans: ['*.fabrikam.com'], usedBy: ['sbc1.fabrikam.com'] }),
        'topology.yml': 'apiVersion: uclint/v1\nkind: Topology\nsbcs: [{ fqdn: sbc1.fabrikam.com }]\n',
      },
    },
    { name: 'product not set: a wildcard subject no Lync server presents', files: cert('CN=*.contoso.com', ['*.contoso.com']) },
  ],
  invalid: [
    {
      name: 'a wildcard subject on a Skype for Business Server estate',
      settings: { product: 'sfb2015' },
      files: cert('CN=*.contoso.com', ['*.contoso.com']),
      errors: [{ messageId: 'wildcardSubject', line: 5, file: FILE, data: { name: 'web', cn: '*.contoso.com' } }],
    },
    {
      name: 'product not set: a wildcard subject presented at a Lync sign-in name',
      zones: { 'dns/internal/contoso.com.zone': '$ORIGIN contoso.com.\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.\npool IN A 10.0.0.10\n' },
      files: { [FILE]: certificatesManifest({ name: 'pool', subject: 'CN=*.contoso.com', sans: ['*.contoso.com', 'pool.contoso.com'] }) },
      errors: [{ messageId: 'wildcardSubject', line: 5, data: { name: 'pool' } }],
    },
    {
      name: 'a wildcard over a top-level domain',
      files: cert('CN=web.contoso.com', ['web.contoso.com', '*.com']),
      errors: [
        { messageId: 'malformedWildcard', line: 6, data: { where: 'SAN', wildcard: '*.com' } },
      ],
    },
    {
      name: 'a malformed wildcard subject',
      files: cert('CN=*web.contoso.com', ['web.contoso.com']),
      errors: [{ messageId: 'malformedWildcard', line: 5, data: { where: 'subject', wildcard: '*web.contoso.com' } }],
    },
  ],
});
