import { defineRule } from '../../src/engine/rule.js';
import type { Estate, ViewFilter } from '../../src/estate/estate.js';
import type { DnsName, ZoneFile, ZoneRecord } from '../../src/loaders/zone/model.js';
import { displayName, isAtOrBelow, parentName } from '../../src/estate/names.js';

/** The name a record points at, for the types this rule follows; undefined for "none" (`.`). */
function targetOf(record: ZoneRecord): DnsName | undefined {
  switch (record.type) {
    case 'CNAME':
    case 'NS':
    case 'SRV':
      return (record.data as { target: DnsName }).target;
    case 'MX':
      return (record.data as { exchange: DnsName }).exchange;
    default:
      return undefined;
  }
}

/**
 * True when the zone does not answer for the name itself: a delegation (NS records)
 * at or above the name and below the zone apex hands it to another zone, and a
 * wildcard above it synthesises records for it.
 */
function answeredElsewhere(estate: Estate, target: DnsName, zone: ZoneFile, filter: ViewFilter | undefined): boolean {
  const origin = zone.origin as DnsName;
  for (let name: DnsName | undefined = target; name !== undefined && isAtOrBelow(name, origin); name = parentName(name)) {
    if (name !== origin && estate.recordsAt(name, 'NS', filter).length > 0) return true;
    if (name !== target && estate.hasName(`*.${name}`, filter)) return true;
    if (name === origin) break;
  }
  return false;
}

export default defineRule<Record<string, never>, 'dangling'>({
  id: 'dns/dangling-target',
  meta: {
    description: 'CNAME, SRV, MX and NS targets inside a zone the estate holds exist in that zone',
    rationale: [
      'A record that points at a name in one of your own zones, where that name has no records at all, sends',
      'every client to NXDOMAIN: an alias to nothing, a service (a SIP pool, an edge) that cannot be reached,',
      'mail that bounces, a name server that does not exist. It usually means a typo or a host that was',
      'renamed or removed while the records pointing at it stayed.',
      '',
      'Targets are looked up in zones of the same view as the record (internal names only in internal zones);',
      'records in zones of unknown view are looked up in every view. Targets in zones the estate does not hold',
      'are not judged, nor are names below a delegation or covered by a wildcard. The target `.` of SRV and MX',
      'means "no service" and is not followed. An SRV target that exists but has no address is',
      'sip/srv-target\'s finding.',
      '',
      '**Fix:** correct the target, or add the records of the host it names.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    citations: [
      { source: 'RFC 1034', section: '3.6.2 (Aliases and canonical names)' },
      { source: 'RFC 2782', section: 'The format of the SRV RR (Target)' },
      { source: 'RFC 7505', section: '3 (null MX)' },
      { source: 'seed 002 (Office Communicator sign-in and discovery)', section: 'the discovered host must resolve before the client can connect' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      dangling: '{{type}} {{name}} points at {{target}}, which has no records in the {{view}} zone {{zone}}',
    },
    examples: {
      invalid: '$ORIGIN contoso.com.\nmeet IN CNAME webext.contoso.com.\n_sip._tls IN SRV 0 0 443 sip-edge.contoso.com.',
      valid: '$ORIGIN contoso.com.\nmeet IN CNAME web-external.contoso.com.\nweb-external IN A 167.55.49.35',
    },
  },
  appliesTo: (estate) => ['CNAME', 'SRV', 'MX', 'NS'].some((type) => estate.records(type).length > 0),
  check({ estate, report }) {
    for (const type of ['CNAME', 'MX', 'NS', 'SRV']) {
      for (const record of estate.records(type)) {
        const target = targetOf(record);
        if (target === undefined || target === '.') continue;
        const filter: ViewFilter | undefined = record.zone.view === 'unknown' ? undefined : { view: record.zone.view };
        // Most targets exist: one index look-up settles them before the full resolution.
        if (estate.hasName(target, filter)) continue;
        const resolution = estate.resolve(target, filter);
        // `nxdomain`: inside an estate zone, no records at the name and none below it.
        if (resolution.outcome !== 'nxdomain' || resolution.chain.length > 0) continue;
        const zone = estate.zonesFor(target, filter)[0];
        if (!zone || answeredElsewhere(estate, target, zone, filter)) continue;
        report({
          node: record,
          messageId: 'dangling',
          data: {
            type: record.type,
            name: displayName(record.name),
            target: displayName(target),
            view: zone.view,
            zone: displayName(zone.origin as DnsName),
          },
        });
      }
    }
  },
});
