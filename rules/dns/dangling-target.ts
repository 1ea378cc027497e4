import { defineRule } from '../../src/engine/rule.js';
import type { DnsName, ZoneRecord } from '../../src/model/dns.js';
import { displayName, withoutOriginAppended } from '../../src/model/names.js';
import { danglingTargetZone } from '../../src/estate/dangling.js';

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

export default defineRule<Record<string, never>, 'dangling' | 'missingFinalDot'>({
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
      'sip/srv-target\'s finding. A Microsoft 365 record written without its final dot',
      '(`sipfed.online.lync.com` becomes `sipfed.online.lync.com.<zone>`) is reported here only, with the name',
      'meant and its final dot: the teams pack leaves records whose target does not exist to this rule, and does',
      'not count them as pointing on-premises. The name meant is recognised when the part before the zone ends',
      'with a generic top-level domain (`.com`, `.net`, `.org`...) or a two-letter one after two labels more.',
      '',
      '**Fix:** correct the target (a name outside the zone ends with a dot in a zone file), or add the records',
      'of the host it names.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 1034', section: '3.6.2 (Aliases and canonical names)' },
      { source: 'RFC 2782', section: 'The format of the SRV RR (Target)' },
      { source: 'RFC 7505', section: '3 (null MX)' },
      { source: 'Office Communicator Sign-in and Discovery', section: 'the discovered host must resolve before the client can connect' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      dangling: '{{type}} {{name}} points at {{target}}, which has no records in the {{view}} zone {{zone}}',
      missingFinalDot:
        '{{type}} {{name}} points at {{target}}, which has no records: {{meant}} was written without its final dot, so the zone file reads it relative to {{zone}}; write `{{meant}}.`',
    },
    examples: {
      invalid: '$ORIGIN contoso.com.\nmeet IN CNAME webext.contoso.com.\n_sip._tls IN SRV 0 0 443 sip-edge.contoso.com.',
      valid: '$ORIGIN contoso.com.\nmeet IN CNAME web-external.contoso.com.\nweb-external IN A 167.55.49.35',
    },
  },
  appliesTo: (estate) => ['CNAME', 'SRV', 'MX', 'NS'].some((type) => estate.hasRecords(type)),
  check({ estate, report }) {
    for (const type of ['CNAME', 'MX', 'NS', 'SRV']) {
      for (const record of estate.eachRecord(type)) {
        const target = targetOf(record);
        if (target === undefined) continue;
        const zone = danglingTargetZone(estate, record, target);
        if (!zone) continue;
        const meant = withoutOriginAppended(target, zone.origin);
        report({
          node: record,
          messageId: meant === undefined ? 'dangling' : 'missingFinalDot',
          data: {
            type: record.type,
            name: displayName(record.name),
            target: displayName(target),
            view: zone.view,
            zone: displayName(zone.origin as DnsName),
            ...(meant === undefined ? {} : { meant: displayName(meant) }),
          },
        });
      }
    }
  },
});
