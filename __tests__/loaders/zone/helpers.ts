import { parseZone } from '../../../src/formats/zone/loader.js';
import type { ZoneParseOptions, ZoneParseResult, ZoneRecord } from '../../../src/formats/zone/loader.js';
import type { Diagnostic } from '../../../src/core/types.js';

export type PlainRecord = Omit<ZoneRecord, 'zone'>;

/** Parses with `example.com.` as the starting origin unless told otherwise. */
export function parse(text: string, options: Partial<ZoneParseOptions> = {}): ZoneParseResult {
  return parseZone(text, { file: 'test.zone', origin: 'example.com.', ...options });
}

/** Records without the back-reference to their zone, for comparisons. */
export function records(result: ZoneParseResult): PlainRecord[] {
  return result.zone.records.map((r) => ({
    name: r.name,
    ttl: r.ttl,
    class: r.class,
    type: r.type,
    data: r.data,
    ...(r.generic ? { generic: true } : {}),
    loc: r.loc,
  }));
}

/** The only record of a one-record text (fails the test when there is not exactly one). */
export function one(text: string, options: Partial<ZoneParseOptions> = {}): PlainRecord {
  const result = parse(text, options);
  expect(result.diagnostics).toEqual([]);
  expect(result.zone.records).toHaveLength(1);
  return records(result)[0];
}

/** Diagnostics reduced to what tests assert: code, line, column, severity. */
export function problems(result: ZoneParseResult): Array<Pick<Diagnostic, 'code' | 'line' | 'column' | 'severity'>> {
  return result.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, severity: d.severity }));
}
