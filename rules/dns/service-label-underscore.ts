import type { Located } from '../../src/core/types.js';
import { defineRule } from '../../src/engine/rule.js';
import type { DnsName, ZoneFile } from '../../src/model/dns.js';
import { displayName } from '../../src/model/names.js';
import { joinedServiceLabel, splitServiceLabel } from '../../src/model/service-labels.js';

/** The first record (readable or not) of each owner name in the zone whose leftmost label joins service and protocol. */
function* joinedOwners(zone: ZoneFile): Generator<{ name: DnsName; type: string; node: Located }> {
  const seen = new Set<DnsName>();
  const table = zone.table;
  for (let row = 0; row < table.size; row++) {
    const name = table.name(row);
    if (joinedServiceLabel(name) === undefined || seen.has(name)) continue;
    seen.add(name);
    yield { name, type: table.type(row), node: { loc: table.loc(row) } };
  }
  for (const record of zone.unreadableRecords ?? []) {
    if (joinedServiceLabel(record.name) === undefined || seen.has(record.name)) continue;
    seen.add(record.name);
    yield { name: record.name, type: record.type, node: record };
  }
}

export default defineRule<Record<string, never>, 'joined'>({
  id: 'dns/service-label-underscore',
  meta: {
    description: 'Service and protocol are two labels (`_sipfederationtls._tcp`), not one joined by `_`',
    rationale: [
      'An SRV record lives at `_service._protocol.<domain>`: two labels, a dot between them (RFC 2782). Written',
      'as one label (`_sipfederationtls_tcp`, `_sip_tls`), the record is published at a name no client asks',
      'for: federation partners find no `_sipfederationtls._tcp` record, Teams and Skype for Business clients',
      'no `_sip._tls` record, and the query for the right name answers NXDOMAIN. DNS as code makes this slip',
      'easily, because record names are strings there and `_` sits next to `.` in the name.',
      '',
      'Reported for any record type whose owner\'s leftmost label ends in `_tcp`, `_udp`, `_tls` or `_sctp` after',
      'a service name; once per name and zone.',
      '',
      '**Fix:** write the name with a dot between the labels: `_sipfederationtls._tcp`, `_sip._tls`.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 2782', section: 'The format of the SRV RR (Service, Proto)' },
      { source: 'Microsoft 365 DNS records for Teams and Skype for Business Online', section: 'SRV records _sip._tls and _sipfederationtls._tcp' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      joined: '{{type}} {{name}} joins the service and protocol labels with `_`; clients look up {{meant}}: name the record {{meant}}',
    },
    examples: {
      invalid: '$ORIGIN contoso.com.\n_sipfederationtls_tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
      valid: '$ORIGIN contoso.com.\n_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
    },
  },
  check({ estate, report }) {
    for (const zone of estate.zones) {
      for (const owner of joinedOwners(zone)) {
        report({
          node: owner.node,
          messageId: 'joined',
          data: { type: owner.type, name: displayName(owner.name), meant: displayName(splitServiceLabel(owner.name) as DnsName) },
        });
      }
    }
  },
});
