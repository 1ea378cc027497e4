import { defineRule } from '../../src/engine/rule.js';
import type { Located } from '../../src/core/types.js';
import { certificateField, sanCovering } from '../../src/model/certificate.js';
import { displayName } from '../../src/model/names.js';
import type { View } from '../../src/model/dns.js';
import { lyncZonesWithoutTopology } from '../../src/estate/published-names.js';
import { lyncSipDomains } from '../../src/estate/lync-domains.js';

type MessageId = 'notToReverseProxy' | 'notToWebServices' | 'certificateLacksName';

export default defineRule<Record<string, never>, MessageId>({
  id: 'lync/mobility-autodiscover',
  meta: {
    description: 'lyncdiscover leads to the reverse proxy and lyncdiscoverinternal to the internal web services, and their certificates name them',
    rationale: [
      'Mobile clients and Lync 2013 or later clients find their servers through the Autodiscover service:',
      '`lyncdiscover.<domain>` in the external view must reach the reverse proxy, which publishes the external',
      'web services, and `lyncdiscoverinternal.<domain>` in the internal view the internal web services of the',
      'Front End pool ("Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step"). A record pointing elsewhere (an Edge, a front end directly, a retired',
      'proxy) breaks sign-in of every mobile client. Both names must also be on the certificates those hosts',
      'present (a wildcard SAN is fine); where the name is not in the zones yet, the certificate is checked from',
      'the topology (lync/cert-covers-published-names checks the names the zones publish).',
      '',
      'Reads the topology (`reverseProxy`, pools with `webServices.internal`). Without one, the reverse proxy is',
      'known by the simple URLs it publishes (`meet`, `dialin` in the external view) and `lyncdiscover` must lead',
      'there; the internal side needs a topology, which the rule says once. Presence of the records in the right',
      'view is lync/discovery-records\' finding.',
      '',
      'Only domains Lync-family servers serve are judged (see lync/discovery-records): the `lyncdiscover` of a',
      'domain served by Microsoft 365 leads to `webdir.online.lync.com`, and the reverse proxy need not name it.',
      '',
      '**Fix:** point `lyncdiscover` at the reverse proxy\'s public address (or a CNAME to its name) and',
      '`lyncdiscoverinternal` at the internal web services; add both names to the web certificates.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['lync'],
    citations: [
      { source: 'Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step', section: 'Autodiscover DNS records and certificates' },
      { source: 'Lync Server 2010 documentation', section: 'Technical requirements for mobility' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      notToReverseProxy: '{{name}} resolves to {{addresses}}, not to the reverse proxy {{proxy}} ({{proxyAddresses}})',
      notToWebServices: '{{name}} resolves to {{addresses}}, not to the internal web services ({{web}})',
      certificateLacksName: 'certificate {{certificate}} of {{host}} does not name {{name}}; {{who}} clients would be refused',
    },
  },
  appliesTo: (estate) =>
    estate.topologies.some((t) => t.reverseProxy !== undefined || t.pools.some((p) => p.webServices?.internal)) ||
    lyncZonesWithoutTopology(estate) !== undefined,
  check({ estate, report, notChecked }) {
    const addressesOf = (name: string, view: View) => estate.resolve(name, { view }).addresses.map((a) => a.data.address);
    const anchor = lyncZonesWithoutTopology(estate);
    if (anchor) {
      checkWithoutTopology();
      notChecked(anchor, 'where lyncdiscoverinternal should lead (the internal web services) is known from a topology only (kind: Topology)');
      return;
    }
    const proxy = estate.topologies.find((t) => t.reverseProxy)?.reverseProxy;
    const internalWeb = estate.topologies.flatMap((t) => t.pools).flatMap((p) => (p.webServices?.internal ? [p.webServices.internal] : []));

    for (const domain of lyncSipDomains(estate)) {
      const d = displayName(domain);
      if (proxy) {
        const proxyAddresses = new Set([...(proxy.ip ? [proxy.ip.value] : []), ...addressesOf(proxy.fqdn.value, 'external')]);
        expectAddresses(`lyncdiscover.${d}`, 'external', proxyAddresses, (name, found) =>
          report({ node: found.node, messageId: 'notToReverseProxy', data: { name, addresses: found.addresses.join(', '), proxy: proxy.fqdn.value, proxyAddresses: [...proxyAddresses].join(', ') || 'no address' }, related: [{ node: proxy.fqdn, message: 'the reverse proxy in the topology' }] }),
        );
        checkCertificates(`lyncdiscover.${d}`, 'external', proxy.fqdn.value, 'mobile and external');
      }
      if (internalWeb.length > 0) {
        const webAddresses = new Set(internalWeb.flatMap((w) => addressesOf(w.value, 'internal')));
        expectAddresses(`lyncdiscoverinternal.${d}`, 'internal', webAddresses, (name, found) =>
          report({ node: found.node, messageId: 'notToWebServices', data: { name, addresses: found.addresses.join(', '), web: internalWeb.map((w) => w.value).join(', ') }, related: internalWeb.map((w) => ({ node: w, message: 'internal web services in the topology' })) }),
        );
        for (const web of internalWeb) checkCertificates(`lyncdiscoverinternal.${d}`, 'internal', web.value, 'internal');
      }
    }

    /**
     * Without a topology the reverse proxy is known by what it publishes: the external simple
     * URLs (`meet`, `dialin`). The internal web services are not known at all, which is said once.
     */
    function checkWithoutTopology(): void {
      for (const domain of lyncSipDomains(estate)) {
        const d = displayName(domain);
        const simpleUrls = [`meet.${d}`, `dialin.${d}`].filter((name) => addressesOf(name, 'external').length > 0);
        const proxyAddresses = new Set(simpleUrls.flatMap((name) => addressesOf(name, 'external')));
        expectAddresses(`lyncdiscover.${d}`, 'external', proxyAddresses, (name, found) =>
          report({
            node: found.node,
            messageId: 'notToReverseProxy',
            data: { name, addresses: found.addresses.join(', '), proxy: `the reverse proxy (the address of ${simpleUrls.join(' and ')})`, proxyAddresses: [...proxyAddresses].join(', ') },
          }),
        );
      }
    }

    /** Reports when the name resolves, but to none of the expected addresses (unknown expectations are not judged). */
    function expectAddresses(name: string, view: View, expected: Set<string>, onMismatch: (name: string, found: { node: Located; addresses: string[] }) => void): void {
      if (expected.size === 0) return;
      const resolution = estate.resolve(name, { view });
      const addresses = resolution.addresses.map((a) => a.data.address);
      if (addresses.length === 0 || addresses.some((a) => expected.has(a))) return;
      onMismatch(name, { node: resolution.chain[0] ?? resolution.addresses[0], addresses });
    }

    /** Names the zones do not publish yet are checked against the certificates of the host the topology names. */
    function checkCertificates(name: string, view: View, host: string, who: string): void {
      if (estate.resolve(name, { view }).addresses.length > 0) return;
      for (const certificate of estate.certificatesFor(host)) {
        if (certificate.sans === undefined || sanCovering(certificate, name) !== undefined) continue;
        report({ node: certificateField(certificate, 'sans'), messageId: 'certificateLacksName', data: { certificate: certificate.name, host, name, who } });
      }
    }
  },
});
