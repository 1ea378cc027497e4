import { describe, expect, it } from '@jest/globals';
import { lintCase, runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/dns-load-balancing.js';
import { header, zone } from '../support/zones.js';

const INTERNAL = 'dns/internal/contoso.com.zone';
const TOPOLOGY = 'topology.yml';

/** Lines 4-11: four front ends and the pool FQDN with one record per front end. */
const records = (...poolAddresses: number[]) =>
  zone(
    ...header(),
    'fe1 IN A 10.0.0.11',
    'fe2 IN A 10.0.0.12',
    'fe3 IN A 10.0.0.13',
    'fe4 IN A 10.0.0.14',
    ...poolAddresses.map((n) => `pool IN A 10.0.0.${n}`),
  );

/** Lines 1-9: the pool, then one server per line from line 10. */
const topology = (servers: string[], extra = '') =>
  [
    'apiVersion: uclint/v1',
    'kind: Topology',
    'product: lync2010',
    'sipDomains: [contoso.com]',
    'pools:',
    '  - fqdn: pool.contoso.com',
    '    role: frontend',
    '    loadBalancing: dns',
    '    servers:',
    ...servers.map((s) => `      - ${s}`),
    extra,
  ].join('\n');

const fourServers = ['{ fqdn: fe1.contoso.com, id: 1 }', '{ fqdn: fe2.contoso.com, id: 2 }', '{ fqdn: fe3.contoso.com, id: 3 }', '{ fqdn: fe4.contoso.com, id: 4 }'];

runRuleTests(rule, {
  valid: [
    { name: 'one pool record per front end', zones: { [INTERNAL]: records(11, 12, 13, 14) }, files: { [TOPOLOGY]: topology(fourServers) } },
    {
      name: 'a hardware load-balanced pool is not judged',
      // A correct DNS-balanced Director pool beside it makes the rule run, so the hardware pool's silence is the rule's choice.
      zones: { [INTERNAL]: records(99) + zone('dir1 IN A 10.0.0.21', 'dir IN A 10.0.0.21') },
      files: {
        [TOPOLOGY]: topology(
          fourServers,
          ['  - fqdn: dir.contoso.com', '    role: director', '    loadBalancing: dns', '    servers: [{ fqdn: dir1.contoso.com, id: 1 }]'].join('\n'),
        ).replace('loadBalancing: dns', 'loadBalancing: hardware'),
      },
    },
  ],
  invalid: [
    {
      name: 'the pool FQDN lacks one front end\'s address',
      zones: { [INTERNAL]: records(11, 12, 14) },
      files: { [TOPOLOGY]: topology(fourServers) },
      errors: [{ messageId: 'serverNotInPool', line: 12, file: TOPOLOGY, data: { server: 'fe3.contoso.com', address: '10.0.0.13', pool: 'pool.contoso.com', view: 'internal' } }],
    },
    {
      name: 'a pool address that belongs to no front end',
      zones: { [INTERNAL]: records(11, 12, 13, 14, 15) },
      files: { [TOPOLOGY]: topology(fourServers) },
      errors: [{ messageId: 'poolAddressNotAServer', line: 12, file: INTERNAL, data: { address: '10.0.0.15' } }],
    },
    {
      name: 'a front end without its own record',
      zones: { [INTERNAL]: records(11, 12, 13, 14) },
      files: { [TOPOLOGY]: topology([...fourServers, '{ fqdn: fe5.contoso.com, id: 5 }']) },
      errors: [{ messageId: 'serverNoAddress', line: 14, data: { server: 'fe5.contoso.com' } }],
    },
    {
      // "Advanced Edge Server DNS planning": a pin-point zone holds the pool name; the servers' own records live in the AD zone.
      name: 'front ends in a zone the estate does not hold (pin-point zones): not checked, not missing',
      zones: { 'dns/internal/pool.contoso.com.zone': zone('$ORIGIN pool.contoso.com.', '$TTL 3600', '@ IN SOA ns1.contoso.com. hostmaster.contoso.com. 1 3600 600 86400 300', '@ IN A 10.0.0.11', '@ IN A 10.0.0.12') },
      files: { [TOPOLOGY]: topology(['{ fqdn: fe1.corp.contoso.net, id: 1 }', '{ fqdn: fe2.corp.contoso.net, id: 2 }']) },
      errors: [
        {
          messageId: 'notChecked',
          line: 6,
          file: TOPOLOGY,
          data: { reason: 'no zone of the internal view holds fe1.corp.contoso.net, fe2.corp.contoso.net, so whether the addresses of pool.contoso.com are theirs was not checked' },
        },
      ],
    },
    {
      name: 'eleven front ends and a registrar id used twice, for Lync Server 2010',
      zones: { [INTERNAL]: records(11, 12, 13, 14) },
      files: {
        [TOPOLOGY]: topology(
          Array.from({ length: 11 }, (_, i) => `{ fqdn: fe${i + 1}.contoso.com${i < 4 ? `, id: ${i === 3 ? 3 : i + 1}` : ''} }`),
        ),
      },
      errors: [
        { messageId: 'tooManyServers', line: 6, data: { count: 11, max: 10, product: 'lync2010' } },
        { messageId: 'duplicateId', line: 13, data: { id: 3, server: 'fe4.contoso.com', other: 'fe3.contoso.com' } },
        ...Array.from({ length: 7 }, (_, i) => ({ messageId: 'serverNoAddress', line: 14 + i, data: { server: `fe${i + 5}.contoso.com` } })),
      ],
    },
  ],
});

describe('without a topology', () => {
  const pool = (...lines: string[]) => ({
    [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'fe1 IN A 10.0.0.11', 'fe2 IN A 10.0.0.12', ...lines),
  });
  it('infers the pool from _sipinternaltls._tcp, checks each address has its own host, and says what needs a topology', async () => {
    const result = await lintCase(rule, { zones: pool('pool IN A 10.0.0.11', 'pool IN A 10.0.0.12', 'pool IN A 10.0.0.13'), name: 'inferred' });
    expect(result.findings.map((f) => `${f.line} ${f.severity} ${f.messageId} ${f.message}`)).toEqual([
      '4 info notChecked not checked: registrar ids and the number of front ends of pool.contoso.com need a topology (kind: Topology)',
      '9 error poolAddressNoHost pool pool.contoso.com A 10.0.0.13 is the address of no front end\'s own record in the internal view; each front end needs its own A record',
    ]);
  });
  it('pin-point zones: no name in the zones held has the pool\'s addresses, which is said, not reported missing', async () => {
    const result = await lintCase(rule, {
      name: 'pin-point',
      zones: {
        'dns/internal/_sipinternaltls._tcp.contoso.com.zone': zone('$ORIGIN _sipinternaltls._tcp.contoso.com.', '$TTL 3600', '@ IN SOA ns1.contoso.com. hostmaster.contoso.com. 1 3600 600 86400 300', '@ IN SRV 0 0 5061 pool.contoso.com.'),
        'dns/internal/pool.contoso.com.zone': zone('$ORIGIN pool.contoso.com.', '$TTL 3600', '@ IN SOA ns1.contoso.com. hostmaster.contoso.com. 1 3600 600 86400 300', '@ IN A 10.0.0.11', '@ IN A 10.0.0.12'),
      },
    });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.messageId} ${f.message}`)).toEqual([
      'dns/internal/_sipinternaltls._tcp.contoso.com.zone:4 info notChecked not checked: no name in the zones of the internal view holds an address of pool.contoso.com, so the front ends\' own records (which may live in a zone the estate does not hold, as with pin-point zones) were not checked',
      'dns/internal/_sipinternaltls._tcp.contoso.com.zone:4 info notChecked not checked: registrar ids and the number of front ends of pool.contoso.com need a topology (kind: Topology)',
    ]);
  });
  it('a pool of one address is not DNS load-balanced', async () => {
    const result = await lintCase(rule, { zones: pool('pool IN A 10.0.0.100'), name: 'single' });
    expect(result.findings).toEqual([]);
  });
});
