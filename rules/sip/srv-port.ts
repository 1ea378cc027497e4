import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/estate/names.js';
import { isClearTextSips, normaliseService } from '../../src/estate/sip.js';
import { leadsToMicrosoft365 } from '../../src/estate/m365-discovery.js';

/** The port each SIP-related service listens on in a standard deployment. */
export const DEFAULT_SERVICE_PORTS: Readonly<Record<string, number>> = {
  '_sipinternaltls._tcp': 5061,
  '_sipinternal._tcp': 5060,
  '_sip._tls': 443,
  '_sipfederationtls._tcp': 5061,
  '_sips._tcp': 5061,
  '_sip._tcp': 5060,
  '_sip._udp': 5060,
  '_xmpp-server._tcp': 5269,
  '_collab-edge._tls': 8443,
};

export interface SrvPortOptions {
  /** Service (`_service._proto`) to port; merged over the defaults, `null` stops checking a service. */
  ports?: Record<string, number | null>;
}

export default defineRule<SrvPortOptions, 'wrongPort'>({
  id: 'sip/srv-port',
  meta: {
    description: 'SIP, federation, XMPP and Expressway SRV records use the port their service listens on',
    rationale: [
      'Clients and federating servers connect to the port the SRV record names. A Lync or Skype for Business',
      'client signing in from the Internet reaches the Access Edge on 443 through `_sip._tls`; internal clients',
      'use 5061 (`_sipinternaltls._tcp`) or, where clear-text TCP is allowed, 5060 (`_sipinternal._tcp`).',
      'Federation uses 5061, an XMPP gateway 5269 and a Cisco Expressway-E 8443. A record that names another',
      'port sends the client to a socket nobody listens on, and sign-in fails with a timeout.',
      '',
      '**Fix:** change the port field of the SRV record (`priority weight port target`) to the listed port, or,',
      'when the edge really listens elsewhere, set the `ports` option for that service.',
      '',
      'The `ports` option maps `_service._proto` to a port and is merged over the defaults; `null` stops',
      'checking a service. Records whose target is `.` (service not available) are not checked. A `_sips._tcp`',
      'record on the clear-text port 5060 is sip/sips-needs-tls\'s finding, which says why that is worse than a',
      'wrong port; this rule reports the other wrong ports there. Records that point at Microsoft 365 service',
      'hosts (`sipdir.online.lync.com`, `sipfed.online.lync.com` and their sovereign-cloud twins), directly or',
      'through a CNAME chain in the estate (`_sipfederationtls._tcp` to the tenant\'s own `sip` name, an alias of',
      '`sipdir.online.lync.com`), are teams/online-records\' to judge: it knows every value Microsoft asks for,',
      'port included (or teams/hybrid-consistency\'s, when the rest of the domain points on-premises).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'seed 001 (OCS 2007 R2: common sign-in and discovery issues)', section: 'DNS Configuration; Client Manual Sign-In on 5061, Access Edge Listening on 443' },
      { source: 'seed 002 (Office Communicator sign-in and discovery)', section: 'Understanding Client Automatic Configuration and DNS Discovery' },
      { source: 'seed 004 (Lync Server 2010 articles)', section: 'Enabling Lync Media to Bypass a VPN Tunnel, table 2' },
      { source: 'RFC 3263', section: '4.2 (default SIP ports 5060 and 5061)' },
      { source: 'Skype for Business Server docs', section: 'Edge Server environmental requirements (DNS)' },
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
    const merged: Record<string, number | null> = { ...DEFAULT_SERVICE_PORTS, ...(options?.ports ?? {}) };
    for (const [service, port] of Object.entries(merged)) {
      if (typeof port === 'number') expectedPorts.set(normaliseService(service), port);
      else expectedPorts.delete(normaliseService(service));
    }
    for (const { record: srv, service } of estate.srvServices()) {
      const expected = expectedPorts.get(service);
      if (expected === undefined || srv.data.port === expected || isClearTextSips(service, srv.data.port)) continue;
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
