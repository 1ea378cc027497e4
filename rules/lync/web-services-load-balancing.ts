import { defineRule } from '../../src/engine/rule.js';
import { lyncZonesWithoutTopology } from '../../src/estate/published-names.js';
import type { View } from '../../src/model/dns.js';

export default defineRule<Record<string, never>, 'resolvesToFrontEnds' | 'severalAddresses'>({
  id: 'lync/web-services-load-balancing',
  meta: {
    description: 'Web services FQDNs of an Enterprise Edition pool resolve to one load balancer address, never to the list of front ends',
    rationale: [
      'DNS load balancing serves SIP only. HTTP and HTTPS (web services, the address book, meeting content,',
      'simple URLs, mobility) keep session state on one server, and DNS gives no stickiness, so a client that',
      'resolves the web services FQDN of a pool to its front ends reaches a different server mid-session and',
      'fails in ways that look random. The web services FQDNs (internal and external) of an Enterprise Edition',
      'pool must resolve to one virtual IP of a hardware load balancer ("DNS Load Balancing in Lync Server',
      '2010": Why do we still need hardware load balancers?). One address per IP family (an A and an AAAA',
      'record of the same VIP) is one address.',
      '',
      'A Standard Edition server (a pool of one server, or a pool listing no servers) has nothing to balance:',
      'its internal web services FQDN is the server FQDN and cannot be overridden, and neither it nor a single',
      'Enterprise Edition Front End Server needs a load balancer ("Change the Web Services URL in Lync Server',
      '2013"), so such a pool is not judged.',
      '',
      'Read from the topology (`webServices` of each pool): the internal FQDN in the internal view, the',
      'external one in the external view.',
      '',
      '**Fix:** publish the web services FQDN with the load balancer\'s virtual IP only.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['lync'],
    citations: [
      { source: 'DNS Load Balancing in Lync Server 2010', section: 'Why do we still need hardware load balancers?' },
      { source: 'Change the Web Services URL in Lync Server 2013', section: 'A Standard Edition server\'s internal web services FQDN is the server FQDN; no load balancer for it or a single Front End Server' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      resolvesToFrontEnds: '{{kind}} web services {{fqdn}} resolves to front end {{servers}} of pool {{pool}}; HTTP needs one hardware load balancer address',
      severalAddresses: '{{kind}} web services {{fqdn}} resolves to {{count}} addresses of one IP family ({{addresses}}); HTTP needs one load balancer address, not DNS load balancing',
    },
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.pools.some((p) => p.webServices?.internal || p.webServices?.external)) || lyncZonesWithoutTopology(estate) !== undefined,
  check({ estate, report, notChecked }) {
    const anchor = lyncZonesWithoutTopology(estate);
    if (anchor) {
      notChecked(anchor, 'which names are web services FQDNs is known from a topology only (kind: Topology)');
      return;
    }
    for (const topology of estate.topologies) {
      for (const pool of topology.pools) {
        // A Standard Edition server (one server, or none listed) has nothing to balance.
        if (pool.servers.length <= 1) continue;
        for (const [kind, view] of [['internal', 'internal'], ['external', 'external']] as Array<['internal' | 'external', View]>) {
          const web = pool.webServices?.[kind];
          if (!web) continue;
          const resolution = estate.resolve(web.value, { view });
          if (resolution.addresses.length === 0) continue;
          const node = resolution.chain[0] ?? resolution.addresses[0];
          const related = [{ node: web, message: `${kind} web services of pool ${pool.fqdn.value} in the topology` }];
          const frontEnds = pool.servers.filter((server) => {
            const addresses = new Set(estate.resolve(server.fqdn.value, { view }).addresses.map((a) => a.data.address));
            return resolution.addresses.some((a) => addresses.has(a.data.address));
          });
          if (frontEnds.length > 0) {
            report({ node, messageId: 'resolvesToFrontEnds', data: { kind, fqdn: web.value, servers: frontEnds.map((s) => s.fqdn.value).join(', '), pool: pool.fqdn.value }, related });
          } else {
            // A and AAAA of one VIP are one address; several of one family are DNS load balancing.
            const family = (['A', 'AAAA'] as const).map((type) => resolution.addresses.filter((a) => a.type === type)).find((of) => of.length > 1);
            if (family) {
              const addresses = family.map((a) => a.data.address);
              report({ node, messageId: 'severalAddresses', data: { kind, fqdn: web.value, count: addresses.length, addresses: addresses.join(', ') }, related });
            }
          }
        }
      }
    }
  },
});
