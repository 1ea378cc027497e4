import { defineRule } from '../../src/engine/rule.js';

const EDGE_EXAMPLE = (port: number, fqdn: string) =>
  [
    '<Service RoleName="EdgeServer" InstalledOn="2b3231e3-36e0-4573-8af6-2d4b92cca746" ServiceVersion="7">',
    '  <Ports xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008">',
    `    <Port Owner="urn:component:AccessEdge" Usage="SipClient" InterfaceSide="External" InterfaceNumber="1" Port="${port}" Protocol="Tls" ConfiguredFqdn="${fqdn}" />`,
    '  </Ports>',
    '</Service>',
  ].join('\n');

export default defineRule<Record<string, never>, 'clientPortNot443'>({
  id: 'lync/access-edge-port',
  meta: {
    description: 'The Access Edge takes remote clients on port 443',
    rationale: [
      'Remote users sign in through the Access Edge\'s external interface. Networks they sign in from (hotels,',
      'guest Wi-Fi, other companies) often let out HTTPS on TCP 443 and little else, so the Access Edge listens',
      'for clients on 443, and `_sip._tls.<domain>` points there. Topology Builder lets an Edge pool use a single',
      'FQDN and IP address for all three Edge services; the services then cannot all take 443, and the Access',
      'Edge defaults to 5061 (Web Conferencing to 444, A/V to 443). That topology is valid, but remote users',
      'behind a firewall that passes only 443 cannot sign in.',
      '',
      'Read from a Topology Builder document or published topology: the external `SipClient` port of the',
      'Access Edge service (`urn:component:AccessEdge`). A `kind: Topology` manifest does not state ports, so',
      'it is not judged. The Access Edge\'s federation port (5061, `SipServer`) is another port and not judged.',
      '',
      '**Fix:** in Topology Builder, give the Edge pool separate FQDNs and IP addresses for the Access, Web',
      'Conferencing and A/V Edge services, with the Access Edge on 443; publish the topology, and point',
      '`_sip._tls` at port 443.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: ['lync'],
    citations: [
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'Port and firewall planning; single consolidated Edge with one FQDN and IP address (Access Edge 5061, Web Conferencing 444, A/V 443)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      clientPortNot443:
        'the Access Edge {{fqdn}} of Edge pool {{edge}} takes clients on port {{port}}, not 443; remote users behind firewalls that pass only 443 cannot sign in (give the Access Edge its own FQDN and IP address on 443)',
    },
    examples: { language: 'xml', invalid: EDGE_EXAMPLE(5061, 'edge.contoso.com'), valid: EDGE_EXAMPLE(443, 'sip.contoso.com') },
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.edges.some((e) => e.external.access?.port !== undefined)),
  check({ estate, report }) {
    for (const topology of estate.topologies) {
      for (const edge of topology.edges) {
        const access = edge.external.access;
        if (!access?.port || access.port.value === 443) continue;
        report({
          node: access.port,
          messageId: 'clientPortNot443',
          data: { fqdn: access.fqdn.value, edge: edge.internal?.fqdn.value ?? access.fqdn.value, port: access.port.value },
          related: [{ node: access.fqdn, message: `external FQDN of the Access Edge in the topology` }],
        });
      }
    }
  },
});
