import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/mobility-autodiscover.js';
import { header, zone } from '../support/zones.js';
import { FABRIKAM_ONLINE } from '../support/teams-zones.js';
import { certificatesManifest } from '../support/certificates.js';

const INTERNAL = 'dns/internal/contoso.com.zone';
const EXTERNAL = 'dns/external/contoso.com.zone';
const TOPOLOGY = 'topology.yml';
const topology = [
  'apiVersion: uclint/v1',
  'kind: Topology',
  'sipDomains: [contoso.com]',
  'pools:',
  '  - fqdn: pool.contoso.com',
  '    webServices: { internal: webint.contoso.com, external: webext.contoso.com }',
  'reverseProxy: { fqdn: proxy.contoso.com, ip: 167.55.49.35 }',
].join('\n');
const internal = (target: string) => zone(...header(), 'webint IN A 10.0.0.100', `lyncdiscoverinternal IN A ${target}`);
const external = (target: string) => zone(...header(), 'proxy IN A 167.55.49.35', 'edge IN A 167.55.49.32', `lyncdiscover IN ${target}`);

runRuleTests(rule, {
  valid: [
    { name: 'each name where it belongs', zones: { [INTERNAL]: internal('10.0.0.100'), [EXTERNAL]: external('CNAME proxy') }, files: { [TOPOLOGY]: topology } },
    {
      name: 'names not in the zones yet, on a wildcard certificate of the proxy',
      zones: { [EXTERNAL]: zone(...header(), 'proxy IN A 167.55.49.35') },
      files: { [TOPOLOGY]: topology, 'certificates.yml': certificatesManifest({ name: 'proxy', sans: ['proxy.contoso.com', '*.contoso.com'], usedBy: ['proxy.contoso.com'] }) },
    },
    {
      // The topology names no SIP domains, so they come from the zones: fabrikam.com is served by Microsoft 365.
      name: 'the lyncdiscover of a domain served by Microsoft 365 is not asked of the reverse proxy\'s certificate',
      zones: {
        [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip.contoso.com.', 'sip IN A 167.55.49.32', 'proxy IN A 167.55.49.35', 'lyncdiscover IN CNAME proxy'),
        'dns/external/fabrikam.com.zone': FABRIKAM_ONLINE,
      },
      files: {
        [TOPOLOGY]: topology.replace('sipDomains: [contoso.com]\n', ''),
        'certificates.yml': certificatesManifest({ name: 'proxy', sans: ['proxy.contoso.com', 'lyncdiscover.contoso.com'], usedBy: ['proxy.contoso.com'] }),
      },
    },
  ],
  invalid: [
    {
      name: 'lyncdiscover at the Edge, lyncdiscoverinternal at a front end',
      zones: { [INTERNAL]: internal('10.0.0.11'), [EXTERNAL]: external('A 167.55.49.32') },
      files: { [TOPOLOGY]: topology },
      errors: [
        { messageId: 'notToReverseProxy', line: 6, file: EXTERNAL, data: { name: 'lyncdiscover.contoso.com', addresses: '167.55.49.32', proxy: 'proxy.contoso.com', proxyAddresses: '167.55.49.35' } },
        { messageId: 'notToWebServices', line: 5, file: INTERNAL, data: { name: 'lyncdiscoverinternal.contoso.com', addresses: '10.0.0.11', web: 'webint.contoso.com' } },
      ],
    },
    {
      name: 'the proxy certificate lacks lyncdiscover, which the zones do not publish yet',
      zones: { [EXTERNAL]: zone(...header(), 'proxy IN A 167.55.49.35') },
      files: { [TOPOLOGY]: topology, 'certificates.yml': certificatesManifest({ name: 'proxy', sans: ['proxy.contoso.com', 'meet.contoso.com'], usedBy: ['proxy.contoso.com'] }) },
      errors: [{ messageId: 'certificateLacksName', line: 5, file: 'certificates.yml', data: { certificate: 'proxy', host: 'proxy.contoso.com', name: 'lyncdiscover.contoso.com' } }],
    },
  ],
});
