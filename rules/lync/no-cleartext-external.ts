import { defineRule } from '../../src/engine/rule.js';
import type { ZoneFile } from '../../src/model/dns.js';
import { displayName } from '../../src/model/names.js';
import { lyncSipDomains } from '../../src/estate/lync-domains.js';

/** SRV services that offer SIP over clear-text TCP. */
const CLEARTEXT_SERVICES = new Set(['_sipinternal._tcp', '_sip._tcp']);

export default defineRule<Record<string, never>, 'cleartextExternal'>({
  id: 'lync/no-cleartext-external',
  meta: {
    description: 'No clear-text SIP SRV record (_sipinternal._tcp, _sip._tcp) for a SIP domain in the external view',
    rationale: [
      'Communicator, Lync and Skype for Business clients never look on the Internet for a SIP server that',
      'speaks clear-text TCP: outside the network, SIP runs over TLS through the Access Edge. A `_sipinternal._tcp`',
      'or `_sip._tcp` record in public DNS serves no client, advertises an internal clear-text listener (its',
      'name and often its address) to anyone, and invites clients of other products to send credentials',
      'unencrypted.',
      '',
      '**Fix:** delete the record from the external zone; publish `_sip._tls` (port 443, Access Edge) instead.',
      'Keep `_sipinternal._tcp` in the internal view only, and only where clear-text TCP is allowed at all.',
      '',
      'A record with target `.` (service not available) is fine: it says exactly that.',
      '',
      'Only domains Lync-family servers serve are judged (see lync/discovery-records): a plain SIP provider',
      'publishes `_sip._tcp` on the Internet by design (RFC 3263).',
      '',
      'Zones whose view is unknown are not checked (set `views` in `.uclint.yml`, a `; uclint-view:` comment',
      'or an `internal`/`external` folder).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'Office Communicator Sign-in and Discovery', section: 'Understanding Client Automatic Configuration and DNS Discovery (no Internet-reachable TCP server)' },
      { source: 'Communications Server 2007 R2: Common Issues with Sign-in and Discovery', section: 'DNS Configuration' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      cleartextExternal:
        'SRV {{name}} publishes clear-text SIP ({{service}}) for {{domain}} in the external view; clients never use it from the Internet, remove it',
    },
    examples: {
      invalid: '; external view\n_sipinternal._tcp IN SRV 0 0 5060 pool.contoso.com.\n_sip._tcp IN SRV 0 0 5060 sip.contoso.com.',
      valid: '; external view\n_sip._tls IN SRV 0 0 443 sip.contoso.com.',
    },
  },
  appliesTo: (estate) => estate.hasRecords('SRV'),
  check({ estate, report, notChecked }) {
    const sipDomains = lyncSipDomains(estate);
    // Only records of these domains are judged: none, nothing to walk the SRV records for.
    if (sipDomains.size === 0) return;
    const unknownViewZones = new Set<ZoneFile>();
    for (const { record: srv, service, domain } of estate.srvServices()) {
      if (!CLEARTEXT_SERVICES.has(service) || !sipDomains.has(domain)) continue;
      // Target `.` says outright that the service is not offered: the right thing to publish.
      if (srv.data.target === '.') continue;
      if (srv.zone.view === 'unknown') {
        if (!unknownViewZones.has(srv.zone)) {
          unknownViewZones.add(srv.zone);
          notChecked(srv.zone, 'the zone\'s view (internal or external) is unknown, so clear-text SIP records in it were not judged');
        }
        continue;
      }
      if (srv.zone.view !== 'external') continue;
      report({
        node: srv,
        messageId: 'cleartextExternal',
        data: { name: displayName(srv.name), service, domain: displayName(domain) },
      });
    }
  },
});
