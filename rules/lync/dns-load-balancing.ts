import { defineRule, type Report } from '../../src/engine/rule.js';
import type { Located } from '../../src/core/types.js';
import type { Estate, Typed } from '../../src/estate/estate.js';
import { displayName } from '../../src/model/names.js';
import type { DnsName, View, ZoneRecord } from '../../src/model/dns.js';
import { describesDeployment } from '../../src/model/topology.js';

/** Front ends a DNS load-balanced pool may hold, by product: the registrar hash of Lync Server 2010 has 10 slots. The lync2010 preset sets it too. */
const MAX_SERVERS_BY_PRODUCT: Readonly<Record<string, number>> = { lync2010: 10 };

type MessageId = 'noPoolRecords' | 'serverNoAddress' | 'serverNotInPool' | 'poolAddressNotAServer' | 'poolAddressNoHost' | 'tooManyServers' | 'duplicateId' | 'idOutOfRange';

export default defineRule<{ maxServers?: number }, MessageId>({
  id: 'lync/dns-load-balancing',
  meta: {
    description: 'A DNS load-balanced pool publishes one address per front end under the pool FQDN, and no other',
    rationale: [
      'With DNS load balancing (Lync Server 2010 and later), clients resolve the pool FQDN, receive every front',
      'end\'s address, and try them in turn; the registrar then sends the client to its home server. This works',
      'only when the pool FQDN carries one A (or AAAA) record per front end and nothing else: a front end whose',
      'address is missing under the pool FQDN receives no first connections; an address that belongs to no',
      'front end (a retired server, a typo) makes a share of clients wait for a timeout at every sign-in. Each',
      'front end also needs its own record, and the addresses must agree ("DNS Load Balancing in Lync Server',
      '2010").',
      '',
      'Lync Server 2010 computes the registrar hash for 10 slots, so a pool holds at most 10 front ends with',
      'registrar ids 1-10, each used once. Later versions raised the limit: the `maxServers` option sets it',
      '(default 10 for `lync2010`, unchecked for other products).',
      '',
      'Read from the topology (`kind: Topology`, pools with `loadBalancing: dns`) and the zones of every view',
      'that holds the pool FQDN. Without a topology, a target of `_sipinternaltls._tcp` with several address',
      'records is taken for a DNS load-balanced pool, and each of its addresses must be some other host\'s own',
      'record in the same view; the registrar ids and the server limit need a topology, which the rule says',
      'once, as information.',
      '',
      'Pin-point zones ("Advanced Edge Server DNS planning"): an internal DNS may hold only a few names of the',
      'SIP domain (the `_sipinternaltls._tcp` record, the pool name) while the servers\' own records live in',
      'another zone, often the Active Directory domain, that the repository does not hold. A front end whose',
      'name is in no zone the estate holds, or a pool none of whose addresses any other held name has, is',
      'therefore said to be not checked, never reported missing.',
      '',
      '**Fix:** give the pool FQDN exactly one record per front end, with the address of that front end\'s own',
      'record.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['lync'],
    presetOptions: { lync2010: { maxServers: MAX_SERVERS_BY_PRODUCT.lync2010 } },
    citations: [
      { source: 'DNS Load Balancing in Lync Server 2010', section: 'one A record per front end under the pool FQDN; at most 10 front ends' },
      { source: 'Advanced Edge Server DNS planning for Skype for Business Server', section: 'Pin-point zones' },
    ],
    options: {
      type: 'object',
      properties: { maxServers: { type: 'integer', minimum: 1, maximum: 64, description: 'Most front ends in one pool (default: 10 for lync2010, else not checked).' } },
      additionalProperties: false,
    },
    messages: {
      noPoolRecords: 'pool {{pool}} is DNS load-balanced but its FQDN has no address records in the zones that hold it',
      serverNoAddress: 'front end {{server}} of pool {{pool}} has no address record in the {{view}} view',
      serverNotInPool: 'front end {{server}} ({{address}}) is not among the addresses of pool {{pool}} in the {{view}} view; it receives no first connections',
      poolAddressNotAServer: 'pool {{pool}} {{type}} {{address}} belongs to none of its front ends ({{servers}}); clients sent there time out',
      poolAddressNoHost: 'pool {{pool}} {{type}} {{address}} is the address of no front end\'s own record in the {{view}} view; each front end needs its own A record',
      tooManyServers: 'pool {{pool}} has {{count}} front ends; a DNS load-balanced pool of {{product}} holds at most {{max}}',
      duplicateId: 'registrar id {{id}} of {{server}} is also the id of {{other}} in pool {{pool}}',
      idOutOfRange: 'registrar id {{id}} of {{server}} is outside 1-{{max}}',
    },
  },
  appliesTo: (estate) =>
    estate.topologies.some((t) => t.pools.some((p) => p.loadBalancing?.value === 'dns')) ||
    (!estate.topologies.some(describesDeployment) && estate.srvServices().some((s) => s.service === '_sipinternaltls._tcp')),
  check({ estate, options, report, notChecked }) {
    if (!estate.topologies.some(describesDeployment)) {
      checkInferredPools(estate, report, notChecked);
      return;
    }
    const product = estate.product();
    const max = options.maxServers ?? (product ? MAX_SERVERS_BY_PRODUCT[product] : undefined);
    for (const topology of estate.topologies) {
      for (const pool of topology.pools) {
        if (pool.loadBalancing?.value !== 'dns') continue;
        const poolName = pool.fqdn.value;
        const views = new Set<View>();
        for (const record of estate.recordsAt(poolName)) if (record.type === 'A' || record.type === 'AAAA') views.add(record.zone.view);
        if (views.size === 0) {
          if (estate.holdsZoneFor(poolName)) report({ node: pool.fqdn, messageId: 'noPoolRecords', data: { pool: poolName } });
          else notChecked(pool.fqdn, `no zone of the estate holds ${poolName}`);
        }
        for (const view of views) {
          const poolRecords = estate.recordsAt(poolName, undefined, { view }).filter((r): r is Typed<'A'> | Typed<'AAAA'> => r.type === 'A' || r.type === 'AAAA');
          const poolAddresses = new Set(poolRecords.map((r) => r.data.address));
          const serverAddresses = new Set<string>();
          // Front ends whose names no zone of the view holds (pin-point zones): their records cannot be judged.
          const unheld: string[] = [];
          for (const server of pool.servers) {
            const resolution = estate.resolve(server.fqdn.value, { view });
            const addresses = resolution.addresses.map((a) => a.data.address);
            if (addresses.length === 0) {
              if (resolution.outcome === 'outside') unheld.push(server.fqdn.value);
              else report({ node: server.fqdn, messageId: 'serverNoAddress', data: { server: server.fqdn.value, pool: poolName, view } });
              continue;
            }
            for (const address of addresses) {
              serverAddresses.add(address);
              if (!poolAddresses.has(address)) {
                report({
                  node: server.fqdn,
                  messageId: 'serverNotInPool',
                  data: { server: server.fqdn.value, address, pool: poolName, view },
                  related: poolRecords.map((r) => ({ node: r, message: `${displayName(r.name)} ${r.type} ${r.data.address}` })),
                });
              }
            }
          }
          if (unheld.length > 0) {
            notChecked(pool.fqdn, `no zone of the ${view} view holds ${unheld.join(', ')}, so whether the addresses of ${poolName} are theirs was not checked`);
          }
          for (const record of poolRecords) {
            if (serverAddresses.has(record.data.address) || pool.servers.length === 0 || unheld.length > 0) continue;
            report({
              node: record,
              messageId: 'poolAddressNotAServer',
              data: { pool: poolName, type: record.type, address: record.data.address, servers: pool.servers.map((s) => s.fqdn.value).join(', ') },
              related: [{ node: pool.fqdn, message: `pool ${poolName} in the topology` }],
            });
          }
        }
        if (max !== undefined && pool.servers.length > max) {
          report({ node: pool.fqdn, messageId: 'tooManyServers', data: { pool: poolName, count: pool.servers.length, product: product ?? 'this deployment', max } });
        }
        const byId = new Map<number, string>();
        for (const server of pool.servers) {
          if (!server.id) continue;
          const id = server.id.value;
          if (max !== undefined && (id < 1 || id > max)) report({ node: server.id, messageId: 'idOutOfRange', data: { id, server: server.fqdn.value, max } });
          const other = byId.get(id);
          if (other) report({ node: server.id, messageId: 'duplicateId', data: { id, server: server.fqdn.value, other, pool: poolName } });
          else byId.set(id, server.fqdn.value);
        }
      }
    }
  },
});

/**
 * Without a topology: a `_sipinternaltls._tcp` target with several address records is a DNS
 * load-balanced pool, and each of its addresses must also be the address of another name
 * (the front end's own record) in the same view.
 */
function checkInferredPools(estate: Estate, report: Report<MessageId>, notChecked: (node: Located, reason: string) => void): void {
  const seen = new Set<string>();
  // Addresses to the names that hold them, per view, built once: a zone may hold many hosts.
  const ownersByView = new Map<View, Map<string, DnsName[]>>();
  const ownersIn = (view: View): Map<string, DnsName[]> => {
    let owners = ownersByView.get(view);
    if (!owners) {
      owners = new Map();
      for (const type of ['A', 'AAAA'] as const) {
        for (const r of estate.eachRecord(type, { view })) {
          const names = owners.get(r.data.address);
          if (names) names.push(r.name);
          else owners.set(r.data.address, [r.name]);
        }
      }
      ownersByView.set(view, owners);
    }
    return owners;
  };
  for (const { record, service } of estate.srvServices()) {
    if (service !== '_sipinternaltls._tcp') continue;
    const target = (record as ZoneRecord<'SRV'>).data.target;
    const view = record.zone.view;
    if (target === '.' || seen.has(`${view} ${target}`)) continue;
    seen.add(`${view} ${target}`);
    const poolRecords = estate.recordsAt(target, undefined, { view }).filter((r): r is Typed<'A'> | Typed<'AAAA'> => r.type === 'A' || r.type === 'AAAA');
    if (poolRecords.length < 2) continue;
    notChecked(record, `registrar ids and the number of front ends of ${displayName(target)} need a topology (kind: Topology)`);
    const owners = ownersIn(view);
    const unowned = poolRecords.filter((r) => !(owners.get(r.data.address) ?? []).some((name) => name !== target));
    // No front end's record in the zones held at all: they live elsewhere (pin-point zones), not missing.
    if (unowned.length === poolRecords.length) {
      notChecked(
        record,
        `no name in the zones of the ${view} view holds an address of ${displayName(target)}, so the front ends' own records (which may live in a zone the estate does not hold, as with pin-point zones) were not checked`,
      );
      continue;
    }
    for (const poolRecord of unowned) {
      report({ node: poolRecord, messageId: 'poolAddressNoHost', data: { pool: displayName(target), type: poolRecord.type, address: poolRecord.data.address, view } });
    }
  }
}
