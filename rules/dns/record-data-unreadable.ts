import { defineRule } from '../../src/engine/rule.js';
import type { UnreadableRecord } from '../../src/model/dns.js';
import { displayName } from '../../src/model/names.js';
import { addressesInOneValue } from '../../src/model/record-text.js';

/** How the data of common types is written, for the message. */
const FORMS: Record<string, string> = {
  A: 'one IPv4 address',
  AAAA: 'one IPv6 address',
  CNAME: 'one host name',
  NS: 'one host name',
  PTR: 'one host name',
  MX: '`preference exchange` (`10 mail.contoso.com.`)',
  SRV: '`priority weight port target` (`100 1 443 sipdir.online.lync.com.`)',
  CAA: '`flags tag "value"` (`0 issue "digicert.com"`)',
  TXT: 'one or more quoted strings',
  NAPTR: '`order preference "flags" "service" "regexp" replacement`',
  TLSA: '`usage selector matching-type data`',
};

export default defineRule<Record<string, never>, 'unreadable'>({
  id: 'dns/record-data-unreadable',
  meta: {
    description: 'Record data written in DNS as code reads as a record of its type (SRV, MX, CAA and the rest)',
    rationale: [
      'In Terraform, ARM, Bicep, DNSControl, octoDNS or PowerShell a record\'s data is often one string that the',
      'provider reads as the record\'s presentation form (RFC 1035 §5.1): `"100 1 443 sipdir.online.lync.com."`',
      'for an SRV record in Route 53 or Cloud DNS. A value left empty, missing a field (`"1 443',
      'sipdir.online.lync.com"`), or with fields in the wrong order is refused when the change is applied, or',
      'worse, published as something else; either way clients do not get the record. uclint reads each such',
      'value as a zone file would and reports the ones that do not read, with what is wrong.',
      '',
      'Several addresses in one A or AAAA value are dns/several-addresses-in-one-value\'s finding. A zone file\'s',
      'own unreadable records are reported by the zone parser (`parse/zone`).',
      '',
      '**Fix:** write the data in the form of its type.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 1035', section: '5.1 (Format)' },
      { source: 'RFC 2782', section: 'The format of the SRV RR' },
      { source: 'RFC 8659', section: '4.1 (Syntax)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      unreadable: '{{type}} {{name}} has data {{text}} that does not read as {{type}}: {{problem}}; {{type}} data is {{form}}',
    },
    examples: {
      invalid: 'resource "aws_route53_record" "sip_tls" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "_sip._tls"\n  type    = "SRV"\n  ttl     = 3600\n  records = ["1 443 sipdir.online.lync.com"]\n}',
      language: 'hcl',
      valid: 'resource "aws_route53_record" "sip_tls" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "_sip._tls"\n  type    = "SRV"\n  ttl     = 3600\n  records = ["100 1 443 sipdir.online.lync.com"]\n}',
    },
  },
  // DNS as code: the formats that declare record sets are those that keep unreadable values.
  appliesTo: (estate) => estate.zones.some((zone) => zone.recordSets !== undefined || zone.unreadableRecords !== undefined),
  check({ estate, report }) {
    for (const zone of estate.zones) {
      for (const record of zone.unreadableRecords ?? []) {
        if (addressesInOneValue(record.type, record.text) !== undefined) continue;
        report({ node: { loc: record.valueLoc ?? record.loc }, messageId: 'unreadable', data: describe(record) });
      }
    }
  },
});

function describe(record: UnreadableRecord): Record<string, string> {
  return {
    type: record.type,
    name: displayName(record.name),
    text: JSON.stringify(record.text),
    problem: record.problem,
    form: FORMS[record.type] ?? 'its presentation form (RFC 1035 §5.1)',
  };
}
