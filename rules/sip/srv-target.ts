import { defineRule } from '../../src/engine/rule.js';
import type { Typed } from '../../src/estate/estate.js';
import { displayName } from '../../src/model/names.js';
import { ipLiteralIn, splitSrvOwner } from '../../src/estate/sip.js';
import { leadsToMicrosoft365 } from '../../src/estate/m365-discovery.js';

type MessageId = 'ipLiteral' | 'aliasTarget' | 'noAddress';

/** SRV services whose Microsoft 365 values the teams pack judges. */
const TEAMS_JUDGED_SERVICES = new Set(['_sip._tls', '_sipfederationtls._tcp']);

export default defineRule<Record<string, never>, MessageId>({
  id: 'sip/srv-target',
  meta: {
    description: 'SRV targets are host names with address records: not IP literals, not aliases',
    rationale: [
      'RFC 2782 requires the target of an SRV record to be a domain name that has address records, and it',
      'must not be an alias. A client that discovers its server through `_sipinternaltls._tcp` or `_sip._tls`',
      'connects to the target host and then checks that the server certificate carries that host name; until',
      'the target resolves to an address, the client cannot connect at all.',
      '',
      'Three faults are reported:',
      '- an IP address written where the host name belongs (written without a trailing dot it even becomes',
      '  `10.0.0.5.contoso.com`);',
      '- a target that owns a CNAME record in the estate (point the SRV record at the canonical name instead);',
      '- a target inside a zone the estate holds, in the same view as the SRV record, that has records there',
      '  but no A or AAAA record (add the address records, or fix the name). A target with no records at all',
      '  is reported by dns/dangling-target.',
      '',
      'A target of `.` means "service not available" and is left to `sip/srv-null-target`. Targets in zones the',
      'estate does not hold are not judged. Records in zones of unknown view are resolved against every view.',
      '',
      'A `_sip._tls` or `_sipfederationtls._tcp` record whose alias leads to a Microsoft 365 service host (to the',
      'tenant\'s own `sip` name, a CNAME of `sipdir.online.lync.com`) is teams/online-records\' finding, which quotes',
      'the record Microsoft asks for (or teams/hybrid-consistency\'s, when the rest of the domain points on-premises).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 2782', section: 'The format of the SRV RR (Target)' },
      { source: 'RFC 2181', section: '10.3 (MX and NS records must not point to an alias)' },
      { source: 'Office Communicator Sign-in and Discovery', section: 'Understanding Client Automatic Configuration and DNS Discovery (the host must resolve)' },
      { source: 'Communications Server 2007 R2: Common Issues with Sign-in and Discovery', section: 'use the server FQDN, not an IP address' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      ipLiteral: 'SRV {{name}} targets the IP address {{address}}; an SRV target must be a host name with address records',
      aliasTarget: 'SRV {{name}} targets {{target}}, which is an alias (CNAME to {{canonical}}); point the record at the canonical host name',
      noAddress: 'SRV {{name}} targets {{target}}, which has no A or AAAA record in the {{view}} view',
    },
    examples: {
      invalid: '_sipinternaltls._tcp IN SRV 0 0 5061 192.168.1.10.\n_sip._tls IN SRV 0 0 443 sip\nsip IN CNAME edge',
      valid: '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.\npool IN A 192.168.1.10',
    },
  },
  appliesTo: (estate) => estate.hasRecords('SRV'),
  check({ estate, report }) {
    for (const srv of estate.eachRecord('SRV')) {
      const target = srv.data.target;
      if (target === '.') continue;
      const name = displayName(srv.name);
      const address = ipLiteralIn(target, srv.zone.origin);
      if (address !== undefined) {
        report({ node: srv, messageId: 'ipLiteral', data: { name, address } });
        continue;
      }
      // A client on the SRV's side of split-brain DNS resolves the target in that view;
      // a zone of unknown view could be either, so any view answers.
      const view = srv.zone.view === 'unknown' ? undefined : srv.zone.view;
      const filter = view ? { view } : undefined;
      // One look-up answers the common case: a target with its own address record resolves.
      const atTarget = estate.recordsAt(target, undefined, filter);
      const alias = atTarget.find((r): r is Typed<'CNAME'> => r.type === 'CNAME');
      // Microsoft 365's records through the tenant's own alias are the teams pack's, which quotes the record to publish.
      if (alias && TEAMS_JUDGED_SERVICES.has(splitSrvOwner(srv.name)?.service ?? '') && leadsToMicrosoft365(estate, target, srv.zone.view)) continue;
      if (alias) {
        report({
          node: srv,
          messageId: 'aliasTarget',
          data: { name, target: displayName(target), canonical: displayName(alias.data.target) },
          related: [{ node: alias, message: `${displayName(target)} is an alias` }],
        });
        continue;
      }
      if (atTarget.some((r) => r.type === 'A' || r.type === 'AAAA')) continue;
      const resolution = estate.resolve(target, filter);
      // A target with no records at all is dns/dangling-target's finding (one finding per fault).
      if (resolution.outcome === 'nodata') {
        report({
          node: srv,
          messageId: 'noAddress',
          data: { name, target: displayName(target), view: view ?? 'internal or external' },
        });
      }
    }
  },
});
