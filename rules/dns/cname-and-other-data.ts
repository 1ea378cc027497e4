import { defineRule, type Report } from '../../src/engine/rule.js';
import type { ZoneRecord } from '../../src/model/dns.js';
import { displayName } from '../../src/model/names.js';
import { declaredApart } from '../../src/model/record-sets.js';

/** Types DNSSEC places beside a CNAME (RFC 4035 section 2.5). */
const ALLOWED_BESIDE_CNAME = new Set(['CNAME', 'RRSIG', 'NSEC']);

/** The records of one owner in one zone and class: a CNAME there must stand alone (and once). */
function checkOwner(atOwner: readonly ZoneRecord[], report: Report<'otherData' | 'multipleCnames'>): void {
  const cnames = atOwner.filter((r): r is ZoneRecord<'CNAME'> => r.type === 'CNAME');
  if (cnames.length === 0) return;
  const others = atOwner.filter((r) => !ALLOWED_BESIDE_CNAME.has(r.type));
  const first = cnames[0];
  const name = displayName(first.name);
  if (others.length > 0) {
    const types = [...new Set(others.map((r) => r.type))].join(', ');
    report({
      node: first,
      messageId: 'otherData',
      data: { name, target: displayName(first.data.target), types },
      related: others.map((r) => ({ node: r, message: `${r.type} record at ${name}` })),
    });
  }
  // Identical CNAMEs are one record to a server (and dns/duplicate-record's finding); CNAMEs two
  // resources of DNS as code declare overwrite each other (dns/record-set-conflict's finding).
  const targets = [...new Set(cnames.map((r) => r.data.target))];
  if (targets.length > 1 && !declaredApart(cnames)) {
    const extra = cnames.filter((r, i) => cnames.findIndex((s) => s.data.target === r.data.target) === i).slice(1);
    report({
      node: extra[0],
      messageId: 'multipleCnames',
      data: { name, count: targets.length, targets: targets.map(displayName).join(', ') },
      related: [{ node: first, message: `first CNAME at ${name}` }],
    });
  }
}

export default defineRule<Record<string, never>, 'otherData' | 'multipleCnames'>({
  id: 'dns/cname-and-other-data',
  meta: {
    description: 'A name with a CNAME record has no other data and only one CNAME',
    rationale: [
      'A CNAME makes its owner an alias: every query for the name, of any type, is answered from the',
      'canonical name. Other records at the same owner can never be returned consistently, so RFC 1034 forbids',
      'them (DNSSEC\'s RRSIG and NSEC excepted), and name servers refuse to load such a zone or answer',
      'unpredictably. Two CNAMEs with different targets at one owner make the alias ambiguous (RFC 2181 section',
      '10.1). A common trap in UC deployments is a CNAME for `sip` or `lyncdiscover` left beside the A record',
      'that replaced it, or a CNAME at the zone apex beside the SOA and NS records.',
      '',
      'Each zone file is judged on its own: internal and external views may answer differently. Two CNAMEs that',
      'two resources of DNS as code declare (two Terraform resources, two tools) never stand side by side: one',
      'overwrites the other, which is dns/record-set-conflict\'s finding.',
      '',
      '**Fix:** keep either the CNAME or the other records; at the zone apex, use address records.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 1034', section: '3.6.2 (Aliases and canonical names)' },
      { source: 'RFC 2181', section: '10.1 (CNAME resource records)' },
      { source: 'RFC 4035', section: '2.5 (RRSIG and NSEC beside a CNAME)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      otherData: '{{name}} has a CNAME to {{target}} and also {{types}} data; an alias cannot carry other records',
      multipleCnames: '{{name}} has {{count}} CNAME records with different targets ({{targets}}); an alias has exactly one',
    },
    examples: {
      invalid: 'sip IN CNAME edge.contoso.com.\nsip IN A 167.55.49.32',
      valid: 'sip IN A 167.55.49.32\nlyncdiscover IN CNAME web-external.contoso.com.',
    },
  },
  appliesTo: (estate) => estate.hasRecords('CNAME'),
  check({ estate, report }) {
    // A CNAME alone at its name is fine: only names holding several records can break the rule.
    for (const [, records] of estate.namesWithSeveralRecords()) {
      if (!records.some((r) => r.type === 'CNAME')) continue;
      // One judgement per zone file and class (split-brain views are separate zones).
      const groups = new Map<string, ZoneRecord[]>();
      for (const r of records) {
        const key = `${r.zone.file}\u0000${r.class}`;
        const group = groups.get(key);
        if (group) group.push(r);
        else groups.set(key, [r]);
      }
      for (const atOwner of groups.values()) checkOwner(atOwner, report);
    }
  },
});
