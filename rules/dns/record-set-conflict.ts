import { defineRule } from '../../src/engine/rule.js';
import type { RecordSetDeclaration } from '../../src/model/dns.js';
import { displayName } from '../../src/model/names.js';
import { comparableData, presentData } from '../../src/model/record-text.js';

/** One declaration's values, comparable (sorted) and as written (for the message). */
function valuesOf(declaration: RecordSetDeclaration): { key: string; shown: string } {
  const records = declaration.rows.map((row) => declaration.zone.table.record(row));
  const key = records.map(comparableData).sort().join('\n');
  const shown = records.length === 0 ? 'no values' : records.map(presentData).join(', ');
  return { key, shown };
}

export default defineRule<Record<string, never>, 'conflict'>({
  id: 'dns/record-set-conflict',
  meta: {
    description: 'One record set is declared by one resource: two declarations with different values fight over it',
    rationale: [
      'In DNS as code a resource declares a whole record set: a Terraform `aws_route53_record` or',
      '`azurerm_dns_srv_record`, an ARM or Bicep record-set resource, an octoDNS entry, the records of one name and',
      'type in a DNSControl `D()`. When two resources (in one file or in two files of a module) declare the same',
      'name and type in the same zone with different values, the provider keeps whichever was applied last (Azure DNS, Cloudflare) or',
      'refuses the second (Route 53 without `allow_overwrite`): what the zone publishes depends on the order of',
      'deployments, and the next run of the other declaration silently puts its values back. Copy-pasted modules',
      'and a record moved to a new file without removing the old one are the usual causes.',
      '',
      'Declarations are compared within one declared zone (one Terraform zone resource with the records of its',
      'module, one ARM or Bicep zone, one DNSControl domain): two zones of the same name declared apart (a private',
      'and a public zone, one per environment or account) are different zones. A declaration with a value not',
      'known before the change is applied is not compared. Two declarations with the same values are not reported',
      'here.',
      '',
      '**Fix:** keep one declaration of the record set, with all its values.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 2181', section: '5 (Resource Record Sets)' },
      { source: 'Terraform AWS provider: aws_route53_record', section: 'allow_overwrite' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      conflict: '{{type}} {{name}} is declared here as {{values}}, but as {{firstValues}} at {{first}}: the two declarations overwrite each other; keep one',
    },
    examples: {
      language: 'hcl',
      invalid:
        'resource "aws_route53_record" "sip" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "CNAME"\n  ttl     = 3600\n  records = ["sipdir.online.lync.com"]\n}\n\nresource "aws_route53_record" "sip_old" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "CNAME"\n  ttl     = 3600\n  records = ["sip.contoso-legacy.com"]\n}',
      valid:
        'resource "aws_route53_record" "sip" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "CNAME"\n  ttl     = 3600\n  records = ["sipdir.online.lync.com"]\n}',
    },
  },
  appliesTo: (estate) => estate.zones.reduce((count, zone) => count + (zone.recordSets?.length ?? 0), 0) > 1,
  check({ estate, report }) {
    for (const zone of estate.zones) {
      const firstDeclared = new Map<string, { declaration: RecordSetDeclaration; key: string; shown: string }>();
      for (const declaration of zone.recordSets ?? []) {
        if (!declaration.complete) continue;
        const setKey = `${declaration.name}\u0000${declaration.type}`;
        const values = valuesOf(declaration);
        const first = firstDeclared.get(setKey);
        if (first === undefined) {
          firstDeclared.set(setKey, { declaration, ...values });
          continue;
        }
        if (first.key === values.key) continue;
        report({
          node: declaration,
          messageId: 'conflict',
          data: {
            type: declaration.type,
            name: displayName(declaration.name),
            values: values.shown,
            firstValues: first.shown,
            first: `${first.declaration.loc.file}:${first.declaration.loc.line}`,
          },
          related: [{ node: first.declaration, message: 'first declared here' }],
        });
      }
    }
  },
});
