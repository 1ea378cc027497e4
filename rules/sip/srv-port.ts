import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/model/names.js';
import { isClearTextSips, normaliseService } from '../../src/estate/sip.js';
import { leadsToMicrosoft365 } from '../../src/estate/m365-discovery.js';
import { lyncSipDomains } from '../../src/estate/lync-domains.js';

/**
 * The port each Microsoft and Cisco service listens on: their servers use fixed ports. The
 * generic RFC 3263 services (`_sip._udp`, `_sip._tcp`, `_sips._tcp`) are not here: their SRV
 * port is authoritative (RFC 3263 4.2), and 5060/5061 are only what a client uses without one.
 */
export const DEFAULT_SERVICE_PORTS: Readonly<Record<string, number>> = {
  '_sipinternaltls._tcp': 5061,
  '_sipinternal._tcp': 5060,
  '_sip._tls': 443,
  '_sipfederationtls._tcp': 5061,
  '_xmpp-server._tcp': 5269,
  '_collab-edge._tls': 8443,
  '_cisco-uds._tcp': 8443,
};

/**
 * Default services that are generic elsewhere: XMPP servers (RFC 6120) choose their port, and only
 * the XMPP proxy of a Lync or Skype for Business Edge listens on 5269. Judged for the domains
 * Lync-family servers serve; a port set in the option applies everywhere.
 */
const LYNC_DOMAIN_ONLY_SERVICES: ReadonlySet<string> = new Set(['_xmpp-server._tcp']);

export interface SrvPortOptions {
  /** Service (`_service._proto`) to port; merged over the defaults, `null` stops checking a service. */
  ports?: Record<string, number | null>;
}

export default defineRule<SrvPortOptions, 'wrongPort'>({
  id: 'sip/srv-port',
  meta: {
    description: 'Lync, Skype for Business, federation, XMPP and Cisco SRV records use the fixed port their service listens on',
    rationale: [
      'Clients and federating servers connect to the port the SRV record names. The servers of some services',
      'listen on fixed ports: a Lync or Skype for Business client signing in from the Internet reaches the',
      'Access Edge on 443 through `_sip._tls`; internal clients use 5061 (`_sipinternaltls._tcp`) or, where',
      'clear-text TCP is allowed, 5060 (`_sipinternal._tcp`). Federation uses 5061, the XMPP proxy of a Lync',
      'Server 2013 or Skype for Business Server 2015 Edge 5269, a Cisco Expressway-E 8443 (`_collab-edge._tls`)',
      'and Unified CM\'s user data service 8443 (`_cisco-uds._tcp`). A record that names another port sends the',
      'client to a socket nobody listens on, and sign-in fails with a timeout.',
      '',
      'Generic SIP services are not held to a port: for `_sip._udp`, `_sip._tcp` and `_sips._tcp` the SRV',
      'record\'s port is authoritative, and 5060 and 5061 are only the defaults a client uses when a domain',
      'publishes no SRV record (RFC 3263 4.2). An IMS core or SIP provider on 5080, 4060 or 6060 is correct.',
      'XMPP servers choose their port too (RFC 6120), so `_xmpp-server._tcp` is judged only for the SIP domains',
      'Lync-family servers serve (see lync/discovery-records for how they are told apart).',
      '',
      '**Fix:** change the port field of the SRV record (`priority weight port target`) to the listed port, or,',
      'when the edge really listens elsewhere, set the `ports` option for that service.',
      '',
      'The `ports` option maps `_service._proto` to a port and is merged over the defaults; `null` stops',
      'checking a service, and a service added there (`_sips._tcp: 5061` for a provider that promises the',
      'default) is checked in every domain. Records whose target is `.` (service not available) are not',
      'checked. A `_sips._tcp` record on the clear-text port 5060 is sip/sips-needs-tls\'s finding, which says',
      'why that is worse than a wrong port; this rule reports other wrong ports there only when the `ports`',
      'option names `_sips._tcp`. Records that point at Microsoft 365 service',
      'hosts (`sipdir.online.lync.com`, `sipfed.online.lync.com` and their sovereign-cloud twins), directly or',
      'through a CNAME chain in the estate (`_sipfederationtls._tcp` to the tenant\'s own `sip` name, an alias of',
      '`sipdir.online.lync.com`), are teams/online-records\' to judge: it knows every value Microsoft asks for,',
      'port included (or teams/hybrid-consistency\'s, when the rest of the domain points on-premises).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Communications Server 2007 R2: Common Issues with Sign-in and Discovery', section: 'DNS Configuration; Client Manual Sign-In on 5061, Access Edge Listening on 443' },
      { source: 'Office Communicator Sign-in and Discovery', section: 'Understanding Client Automatic Configuration and DNS Discovery' },
      { source: 'Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel', section: 'Specialized DNS Entries (table 2)' },
      { source: 'RFC 3263', section: '4.2 (the SRV port is used; 5060 and 5061 are defaults only without SRV records)' },
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'DNS planning; DNS records for extensible messaging and presence protocol' },
      { source: 'Cisco Jabber DNS configuration guide', section: '_collab-edge._tls and _cisco-uds._tcp on port 8443' },
    ],
    options: {
      type: 'object',
      properties: {
        ports: {
          type: 'object',
          description: 'Port per service (`_service._proto`), merged over the defaults; null stops checking a service.',
          additionalProperties: { type: ['integer', 'null'], minimum: 0, maximum: 65535 },
          default: { ...DEFAULT_SERVICE_PORTS },
        },
      },
      additionalProperties: false,
    },
    messages: {
      wrongPort: 'SRV {{name}} targets {{target}} on port {{actual}}; the {{service}} service uses port {{expected}}',
    },
    examples: {
      invalid: '_sipfederationtls._tcp  IN SRV 0 0 5062 sip.contoso.com.\n_sip._tls               IN SRV 0 0 5061 sip.contoso.com.',
      valid: '_sipfederationtls._tcp  IN SRV 0 0 5061 sip.contoso.com.\n_sip._tls               IN SRV 0 0 443 sip.contoso.com.',
    },
  },
  appliesTo: (estate) => estate.hasRecords('SRV'),
  check({ estate, options, report }) {
    const expectedPorts = new Map<string, number>();
    // Services the user gave a port of their own (the option's default holds the defaults).
    const configured = new Set(
      Object.entries(options?.ports ?? {})
        .filter(([service, port]) => port !== DEFAULT_SERVICE_PORTS[normaliseService(service)])
        .map(([service]) => normaliseService(service)),
    );
    const merged: Record<string, number | null> = { ...DEFAULT_SERVICE_PORTS, ...(options?.ports ?? {}) };
    for (const [service, port] of Object.entries(merged)) {
      if (typeof port === 'number') expectedPorts.set(normaliseService(service), port);
      else expectedPorts.delete(normaliseService(service));
    }
    for (const { record: srv, service, domain } of estate.srvServices()) {
      const expected = expectedPorts.get(service);
      if (expected === undefined || srv.data.port === expected || isClearTextSips(service, srv.data.port)) continue;
      if (LYNC_DOMAIN_ONLY_SERVICES.has(service) && !configured.has(service) && !lyncSipDomains(estate).has(domain)) continue;
      // Following the target is the dear part: only for a record that has a wrong port to report.
      if (srv.data.target === '.' || leadsToMicrosoft365(estate, srv.data.target, srv.zone.view)) continue;
      report({
        node: srv,
        messageId: 'wrongPort',
        data: {
          name: displayName(srv.name),
          service,
          target: displayName(srv.data.target),
          expected,
          actual: srv.data.port,
        },
      });
    }
  },
});
