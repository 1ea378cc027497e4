import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Estate } from '../../src/estate/estate.js';
import { parseZone, recordKey } from '../../src/formats/zone/loader.js';
import type { ZoneFile, ZoneRecord } from '../../src/formats/zone/loader.js';

/**
 * The Estate's name questions against a plain model built from `zone.records`: whatever way
 * an owner is written (relative or absolute, in any case, escaped, `@`, after another
 * `$ORIGIN`, generated, or left blank to repeat the last one) and in however many zones, the
 * index finds the same records at the same names.
 */

const LABELS = ['sip', 'SIP', 'Sip', 'www', 'pool', 'lyncdiscover', 'a\\.b', 'x\\065', '_sip._tls', 'host-0000001'];
const ORIGINS = ['contoso.com.', 'Contoso.COM.', 'fabrikam.com.', 'sub.contoso.com.'];

/** One line of a zone: an owner written some way, then a record. */
const lineArbitrary = fc.oneof(
  fc.record({ kind: fc.constant('relative' as const), label: fc.constantFrom(...LABELS), type: fc.constantFrom('A 192.0.2.1', 'TXT "t"', 'CNAME www') }),
  fc.record({ kind: fc.constant('absolute' as const), label: fc.constantFrom(...LABELS), origin: fc.constantFrom(...ORIGINS), type: fc.constantFrom('A 192.0.2.2', 'AAAA ::1') }),
  fc.record({ kind: fc.constant('apex' as const), type: fc.constantFrom('NS ns1', 'MX 10 mail') }),
  fc.record({ kind: fc.constant('blank' as const), type: fc.constantFrom('TXT "again"', 'A 192.0.2.3') }),
  fc.record({ kind: fc.constant('origin' as const), origin: fc.constantFrom(...ORIGINS) }),
  fc.record({ kind: fc.constant('generate' as const), label: fc.constantFrom('g$', 'G$.sub') }),
);

type Line = typeof lineArbitrary extends fc.Arbitrary<infer T> ? T : never;

function zoneText(lines: Line[]): string {
  const out = ['$ORIGIN contoso.com.', '$TTL 300'];
  for (const line of lines) {
    switch (line.kind) {
      case 'relative':
        out.push(`${line.label} ${line.type}`);
        break;
      case 'absolute':
        out.push(`${line.label}.${line.origin} ${line.type}`);
        break;
      case 'apex':
        out.push(`@ ${line.type}`);
        break;
      case 'blank':
        out.push(`  ${line.type}`);
        break;
      case 'origin':
        out.push(`$ORIGIN ${line.origin}`);
        break;
      case 'generate':
        out.push(`$GENERATE 1-2 ${line.label} A 192.0.2.$`);
        break;
    }
  }
  return out.join('\n') + '\n';
}

function describeRecord(record: ZoneRecord): string {
  return `${record.loc.file}:${record.loc.line} ${record.type}`;
}

describe('owner index (property)', () => {
  it('answers every name question as a plain model of the records does', () => {
    fc.assert(
      fc.property(fc.array(fc.array(lineArbitrary, { maxLength: 25 }), { minLength: 1, maxLength: 3 }), (zoneLines) => {
        const zones: ZoneFile[] = zoneLines.map((lines, z) => parseZone(zoneText(lines), { file: `z${z}.zone`, view: z % 2 ? 'external' : 'internal', viewSource: 'path' }).zone);
        const estate = new Estate({ zones });
        // The model: every record by its whole name, in zone and file order.
        const model = new Map<string, ZoneRecord[]>();
        for (const zone of zones) for (const record of zone.records) model.set(record.name, [...(model.get(record.name) ?? []), record]);

        expect([...estate.names()].sort()).toEqual([...model.keys()].sort());
        for (const [name, records] of model) {
          expect([name, estate.recordsAt(name).map(describeRecord)]).toEqual([name, records.map(describeRecord)]);
          expect(estate.recordsAt(name.toUpperCase()).map((r) => recordKey(r))).toEqual(records.map((r) => recordKey(r)));
          expect(estate.hasName(name, { view: 'external' })).toBe(records.some((r) => r.zone.view === 'external'));
        }
        expect(new Map([...estate.namesWithSeveralRecords()].map(([name, records]) => [name, records.map(describeRecord)]))).toEqual(
          new Map([...model].filter(([, records]) => records.length > 1).map(([name, records]) => [name, records.map(describeRecord)])),
        );
        for (const prefixes of [['sip.'], ['_sip._tls.', 'www.'], ['a\\.', 'g']]) {
          expect([...estate.namesStartingWith(prefixes)].sort()).toEqual([...model.keys()].filter((name) => prefixes.some((p) => name.startsWith(p))).sort());
        }
        for (const absent of ['nothing.contoso.com.', 'sip.contoso.co.', 'sip.contoso.com.x.']) expect(estate.recordsAt(absent)).toEqual(model.get(absent) ?? []);
        for (const type of ['A', 'AAAA', 'TXT', 'CNAME', 'NS', 'MX']) {
          const listed = zones.flatMap((zone) => zone.records.filter((r) => r.type === type)).map(describeRecord);
          expect([type, estate.records(type).map(describeRecord)]).toEqual([type, listed]);
          expect([type, [...estate.eachRecord(type)].map(describeRecord)]).toEqual([type, listed]);
          expect([type, estate.hasRecords(type)]).toEqual([type, listed.length > 0]);
        }
      }),
      { seed: 20261121, numRuns: 200 },
    );
  });
});
