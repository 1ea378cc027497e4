import { defineRule, type Report } from '../../src/engine/rule.js';
import { thousands } from '../../src/core/words.js';
import type { ZoneRecord } from '../../src/model/dns.js';
import { displayName } from '../../src/model/names.js';
import { comparableData, presentData } from '../../src/model/record-text.js';

/** Other copies named as related places; a generator's thousands of copies are counted, not listed. */
const COPIES_SHOWN = 5;

/** One finding for a record written several times: on the first copy, naming the original and the other copies. */
function reportCopies(written: ZoneRecord[], report: Report<'duplicate' | 'ttlMismatch'>): void {
  const [original, firstCopy, ...others] = written;
  const times = written.length === 2 ? 'twice' : `${thousands(written.length)} times`;
  report({
    node: firstCopy,
    messageId: 'duplicate',
    data: { name: displayName(firstCopy.name), type: firstCopy.type, data: presentData(firstCopy), times },
    related: [
      { node: original, message: 'first written here' },
      ...others.slice(0, COPIES_SHOWN).map((node) => ({ node, message: 'written again here' })),
    ],
  });
}

export default defineRule<Record<string, never>, 'duplicate' | 'ttlMismatch'>({
  id: 'dns/duplicate-record',
  meta: {
    description: 'A zone holds each record once, and the records of one set share one TTL',
    rationale: [
      'A resource record set is a set: the same owner, class, type and data written twice is one record to a',
      'name server, which drops the copy (RFC 2181 section 5). The copy is harmless on the wire but a sign of',
      'a bad merge or a generator run twice, and the next edit of one copy leaves the other behind. Data is',
      'compared in canonical form (`2001:DB8::1` equals `2001:db8:0::1`, names ignore case).',
      '',
      'Records of one set (same owner, class and type) with different TTLs are deprecated by RFC 2181',
      'section 5.2; servers and resolvers treat the set as having the lowest TTL, or reject it.',
      '',
      'Each zone file is judged on its own: the same record in the internal and the external view is expected.',
      'A record written several times is one finding, on its first copy, with the count and the other places',
      '(a `$GENERATE` line repeated by a generator gives one finding per record, not one per copy).',
      '',
      '**Fix:** delete the copy; give every record of the set the same TTL.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 2181', section: '5 (Resource record sets) and 5.2 (TTLs of RRs in an RRSet)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      duplicate: '{{name}} {{type}} {{data}} is written {{times}} in this zone',
      ttlMismatch: '{{name}} {{type}} has TTL {{actual}} but the set\'s first record has TTL {{expected}}; records of one set share one TTL',
    },
    examples: {
      invalid: 'pool 3600 IN A 192.168.1.1\npool 3600 IN A 192.168.1.1\npool  300 IN A 192.168.1.2',
      valid: 'pool 3600 IN A 192.168.1.1\npool 3600 IN A 192.168.1.2',
    },
  },
  appliesTo: (estate) => estate.zones.some((zone) => zone.table.size > 1),
  check({ estate, report }) {
    // Only names with several records can hold a duplicate; the index hands them over grouped.
    for (const [, records] of estate.namesWithSeveralRecords()) {
      // One entry per record set (zone, class, type): its first record and every place each data was written.
      const sets = new Map<string, { first: ZoneRecord; data: Map<string, ZoneRecord[]> }>();
      for (const record of records) {
        const setKey = `${record.zone.file} ${record.class} ${record.type}`;
        let set = sets.get(setKey);
        if (!set) {
          set = { first: record, data: new Map() };
          sets.set(setKey, set);
        }
        const dataKey = comparableData(record);
        const written = set.data.get(dataKey);
        if (written) written.push(record);
        else set.data.set(dataKey, [record]);
        if (record.ttl !== set.first.ttl) {
          report({
            node: record,
            messageId: 'ttlMismatch',
            data: { name: displayName(record.name), type: record.type, actual: record.ttl, expected: set.first.ttl },
            related: [{ node: set.first, message: `first record of the set, TTL ${set.first.ttl}` }],
          });
        }
      }
      for (const set of sets.values()) {
        for (const written of set.data.values()) if (written.length > 1) reportCopies(written, report);
      }
    }
  },
});
