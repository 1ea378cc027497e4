import { describe, expect, it } from '@jest/globals';
import { lintCase, runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/topology-agrees.js';
import { DOMAIN_LINE, POOL_LINE, tbxml } from '../support/topology-builder.js';

const TB = 'contoso.tbxml';
const MANIFEST = 'topology.yml';
const manifest = (...lines: string[]) => ['apiVersion: uclint/v1', 'kind: Topology', ...lines, ''].join('\n');
/** The manifest's Edge, lines 5-9. */
const edge = (accessIp: string) => [
  'edges:',
  '  - internal: { fqdn: edge-int.contoso.com }',
  '    external:',
  `      access: { fqdn: sip.contoso.com, ip: ${accessIp} }`,
  '      webConferencing: { fqdn: webconf.contoso.com, ip: 131.107.0.11 }',
];

runRuleTests(rule, {
  valid: [
    {
      name: 'a manifest that says the same as Topology Builder, and adds what Topology Builder does not hold',
      files: {
        [TB]: tbxml(),
        [MANIFEST]: manifest('sipDomains: [contoso.com]', 'pools:', '  - { fqdn: pool.contoso.com, role: frontend, loadBalancing: dns }', ...edge('131.107.0.10'), 'reverseProxy: { fqdn: webext.contoso.com, ip: 131.107.0.20 }'),
      },
    },
    {
      name: 'a manifest with only what Topology Builder does not hold is not compared on the rest',
      files: { [TB]: tbxml(), [MANIFEST]: manifest('exchange: { autodiscover: autodiscover.contoso.com }') },
    },
    { name: 'a manifest alone', files: { [MANIFEST]: manifest('sipDomains: [contoso.com]') }, notApplicable: 'no Topology Builder document' },
  ],
  invalid: [
    {
      name: 'a pool only in the manifest and one only in Topology Builder, reported at both places',
      files: { [TB]: tbxml(), [MANIFEST]: manifest('pools:', '  - { fqdn: pool01.contoso.com, role: frontend }') },
      errors: [
        { messageId: 'onlyInManifest', line: 4, file: TB, data: { subject: 'frontend pool pool01.contoso.com' } },
        { messageId: 'onlyInBuilder', line: POOL_LINE, file: TB, data: { subject: 'frontend pool pool.contoso.com', document: 'Topology Builder document' } },
        { messageId: 'onlyInBuilder', line: 1, file: MANIFEST, data: { subject: 'frontend pool pool.contoso.com' } },
        { messageId: 'onlyInManifest', line: 4, file: MANIFEST, data: { subject: 'frontend pool pool01.contoso.com' } },
      ],
    },
    {
      name: 'the Access Edge\'s address differs',
      files: { [TB]: tbxml(), [MANIFEST]: manifest(...edge('131.107.0.99')) },
      errors: [
        { messageId: 'differs', line: 16, file: TB, data: { subject: 'Access Edge IP address of Edge pool edge-int.contoso.com', builder: '131.107.0.10', manifest: '131.107.0.99' } },
        { messageId: 'differs', line: 6, file: MANIFEST, data: { subject: 'Access Edge IP address of Edge pool edge-int.contoso.com' } },
      ],
    },
    {
      name: 'a SIP domain only in Topology Builder',
      files: { [TB]: tbxml({ domains: ['contoso.com', 'fabrikam.com'] }), [MANIFEST]: manifest('sipDomains: [contoso.com]') },
      errors: [
        { messageId: 'onlyInBuilder', line: DOMAIN_LINE, file: TB, data: { subject: 'SIP domain fabrikam.com' } },
        { messageId: 'onlyInBuilder', line: 1, file: MANIFEST, data: { subject: 'SIP domain fabrikam.com' } },
      ],
    },
  ],
});

describe('the merged topology', () => {
  it('behind NAT, a public address in the manifest is not compared with the private one Topology Builder holds', async () => {
    const result = await lintCase(rule, {
      name: 'nat',
      files: { [TB]: tbxml({ access: { fqdn: 'sip.contoso.com', ip: '10.0.0.10', port: 443 }, webConferencing: { fqdn: 'webconf.contoso.com', ip: '10.0.0.11', port: 443 } }), [MANIFEST]: manifest(...edge('131.107.0.10')) },
    });
    expect(result.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
  });
});
