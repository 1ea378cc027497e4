import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/model/names.js';
import { addressesInOneValue } from '../../src/model/record-text.js';

export default defineRule<Record<string, never>, 'several'>({
  id: 'dns/several-addresses-in-one-value',
  meta: {
    description: 'An A or AAAA value holds one address; several addresses are several values',
    rationale: [
      'An A record holds one IPv4 address and an AAAA record one IPv6 address (RFC 1035 §3.4.1, RFC 3596 §2.2).',
      'In DNS as code a record set lists its addresses as separate values (`records = ["192.0.2.1",',
      '"192.0.2.2"]` in Terraform, one `ipv4Address` per entry of an ARM `ARecords` list). Three addresses',
      'packed in one string with spaces or commas is not three records: the provider refuses the change, or the',
      'name answers with no address, and every client that signs in through it fails.',
      '',
      '**Fix:** write each address as its own value of the record set.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 1035', section: '3.4.1 (A RDATA format)' },
      { source: 'RFC 3596', section: '2.2 (AAAA data format)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      several: '{{type}} {{name}} holds {{count}} addresses in one value ({{text}}); a record holds one address: write them as {{count}} values ({{values}})',
    },
    examples: {
      invalid: 'resource "aws_route53_record" "sip" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "A"\n  ttl     = 3600\n  records = ["192.0.2.10 192.0.2.11"]\n}',
      language: 'hcl',
      valid: 'resource "aws_route53_record" "sip" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "A"\n  ttl     = 3600\n  records = ["192.0.2.10", "192.0.2.11"]\n}',
    },
  },
  // DNS as code: the formats that declare record sets are those that keep unreadable values.
  appliesTo: (estate) => estate.zones.some((zone) => zone.recordSets !== undefined || zone.unreadableRecords !== undefined),
  check({ estate, report }) {
    for (const zone of estate.zones) {
      for (const record of zone.unreadableRecords ?? []) {
        const addresses = addressesInOneValue(record.type, record.text);
        if (addresses === undefined) continue;
        report({
          node: { loc: record.valueLoc ?? record.loc },
          messageId: 'several',
          data: {
            type: record.type,
            name: displayName(record.name),
            count: String(addresses.length),
            text: JSON.stringify(record.text),
            values: addresses.map((address) => JSON.stringify(address)).join(', '),
          },
        });
      }
    }
  },
});
