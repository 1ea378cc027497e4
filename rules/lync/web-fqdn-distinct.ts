import { defineRule } from '../../src/engine/rule.js';
import { lyncZonesWithoutTopology } from '../../src/estate/published-names.js';

export default defineRule<Record<string, never>, 'sameInternalExternal' | 'directorSharesFrontEnd'>({
  id: 'lync/web-fqdn-distinct',
  meta: {
    description: 'Internal and external web services FQDNs differ, and a Director\'s external web FQDN differs from the Front End pool\'s',
    rationale: [
      'Mobility and external web access reach the external web services through the reverse proxy, while',
      'internal clients use the internal web services directly; Lync Server tells them apart by name. With one',
      'FQDN for both, mobility and autodiscover requests from outside are handled as internal ones and fail',
      '(a mobility prerequisite in "Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step"). For the same reason a',
      'Director\'s external web services need their own FQDN: the reverse proxy forwards by name, and a name',
      'shared with the Front End pool sends every request to one of them.',
      '',
      'Read from the topology (`webServices` of each pool).',
      '',
      '**Fix:** give each pool\'s external web services their own FQDN (`webext.contoso.com`,',
      '`dirwebext.contoso.com`) and publish it on the reverse proxy.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['lync'],
    citations: [
      { source: 'Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step', section: 'Internal and external web services FQDNs' },
      { source: 'Lync Server 2010 documentation', section: 'Technical requirements for mobility' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      sameInternalExternal: 'pool {{pool}} uses {{fqdn}} for both internal and external web services; mobility needs two FQDNs',
      directorSharesFrontEnd: 'Director pool {{director}} uses the external web FQDN {{fqdn}} of Front End pool {{frontEnd}}; the reverse proxy cannot tell them apart',
    },
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.pools.some((p) => p.webServices)) || lyncZonesWithoutTopology(estate) !== undefined,
  check({ estate, report, notChecked }) {
    const anchor = lyncZonesWithoutTopology(estate);
    if (anchor) {
      notChecked(anchor, 'internal and external web services FQDNs are known from a topology only (kind: Topology)');
      return;
    }
    const pools = estate.topologies.flatMap((t) => t.pools);
    for (const pool of pools) {
      const internal = pool.webServices?.internal;
      const external = pool.webServices?.external;
      if (internal && external && internal.value === external.value) {
        report({ node: external, messageId: 'sameInternalExternal', data: { pool: pool.fqdn.value, fqdn: external.value }, related: [{ node: internal, message: 'internal web services' }] });
      }
    }
    for (const director of pools.filter((p) => p.role?.value === 'director')) {
      const external = director.webServices?.external;
      if (!external) continue;
      for (const frontEnd of pools.filter((p) => p.role?.value === 'frontend' && p.webServices?.external?.value === external.value)) {
        report({
          node: external,
          messageId: 'directorSharesFrontEnd',
          data: { director: director.fqdn.value, fqdn: external.value, frontEnd: frontEnd.fqdn.value },
          related: [{ node: frontEnd.webServices!.external!, message: `external web services of ${frontEnd.fqdn.value}` }],
        });
      }
    }
  },
});
