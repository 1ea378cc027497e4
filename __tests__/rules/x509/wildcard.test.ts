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
    // Direct Routing SBCs may have a wildcard subject: only Lync and Skype for Business servers may not.
    { name: 'a wildcard subject in a Teams estate', settings: { families: ['teams'] }, files: cert('CN=*.contoso.com', ['*.contoso.com']) },
    { name: 'a wildcard subject when nothing shows whose servers the estate has', files: cert('CN=*.contoso.com', ['*.contoso.com']) },
  ],
  invalid: [
    {
      name: 'a wildcard subject for a Lync server',
      files: cert('CN=*.contoso.com', ['*.contoso.com']),
      settings: { families: ['lync'] },
      errors: [{ messageId: 'wildcardSubject', line: 5, file: FILE, data: { name: 'web', cn: '*.contoso.com' } }],
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
