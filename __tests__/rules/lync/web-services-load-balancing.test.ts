import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/web-services-load-balancing.js';
import { header, zone } from '../support/zones.js';

const INTERNAL = 'dns/internal/contoso.com.zone';
const EXTERNAL = 'dns/external/contoso.com.zone';
const TOPOLOGY = 'topology.yml';
const topology = [
  'apiVersion: uclint/v1',
  'kind: Topology',
  'pools:',
  '  - fqdn: pool.contoso.com',
  '    loadBalancing: dns',
  '    webServices: { internal: webint.contoso.com, external: webext.contoso.com }',
  '    servers: [{ fqdn: fe1.contoso.com }, { fqdn: fe2.contoso.com }]',
].join('\n');
const frontEnds = ['fe1 IN A 10.0.0.11', 'fe2 IN A 10.0.0.12', 'pool IN A 10.0.0.11', 'pool IN A 10.0.0.12'];

runRuleTests(rule, {
  valid: [
    {
      // A Standard Edition server's internal web services FQDN is the server FQDN and cannot differ.
      name: 'a Standard Edition server whose web FQDN is its own name',
      zones: { [INTERNAL]: zone(...header(), 'se01 IN A 10.0.0.20'), [EXTERNAL]: zone(...header(), 'webext IN A 167.55.49.35') },
      files: {
        [TOPOLOGY]: [
          'apiVersion: uclint/v1',
          'kind: Topology',
          'product: sfb2015',
          'pools:',
          '  - fqdn: se01.contoso.com',
          '    role: frontend',
          '    webServices: { internal: se01.contoso.com, external: webext.contoso.com }',
          '    servers: [{ fqdn: se01.contoso.com }]',
        ].join('\n'),
      },
    },
    {
      name: 'a load balancer VIP with an IPv4 and an IPv6 address',
      zones: { [INTERNAL]: zone(...header(), ...frontEnds, 'webint IN A 10.0.0.100', 'webint IN AAAA fd00::100'), [EXTERNAL]: zone(...header(), 'webext IN A 167.55.49.35') },
      files: { [TOPOLOGY]: topology },
    },
    {
      name: 'web services on the load balancer\'s VIP',
      zones: { [INTERNAL]: zone(...header(), ...frontEnds, 'webint IN A 10.0.0.100'), [EXTERNAL]: zone(...header(), 'webext IN A 167.55.49.35') },
      files: { [TOPOLOGY]: topology },
    },
  ],
  invalid: [
    {
      name: 'the internal web FQDN resolves to the front ends',
      zones: { [INTERNAL]: zone(...header(), ...frontEnds, 'webint IN A 10.0.0.11', 'webint IN A 10.0.0.12'), [EXTERNAL]: zone(...header(), 'webext IN A 167.55.49.35') },
      files: { [TOPOLOGY]: topology },
      errors: [{ messageId: 'resolvesToFrontEnds', line: 8, file: INTERNAL, data: { kind: 'internal', fqdn: 'webint.contoso.com', servers: 'fe1.contoso.com, fe2.contoso.com', pool: 'pool.contoso.com' } }],
    },
    {
      name: 'the external web FQDN is DNS load-balanced over two addresses, through a CNAME',
      zones: { [INTERNAL]: zone(...header(), ...frontEnds, 'webint IN A 10.0.0.100'), [EXTERNAL]: zone(...header(), 'webext IN CNAME proxy', 'proxy IN A 167.55.49.35', 'proxy IN A 167.55.49.36') },
      files: { [TOPOLOGY]: topology },
      errors: [{ messageId: 'severalAddresses', line: 4, file: EXTERNAL, data: { kind: 'external', count: 2, addresses: '167.55.49.35, 167.55.49.36' } }],
    },
  ],
});
