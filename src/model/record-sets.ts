/**
 * Which declaration of DNS as code a record comes from (see `ZoneFile.recordSets`).
 */
import type { RecordSetDeclaration, ZoneRecord } from './dns.js';
import { TableRecord } from './record-table.js';

/** The record-set declaration that gives `record`, or undefined (a zone file's record). */
export function declarationOf(record: ZoneRecord): RecordSetDeclaration | undefined {
  const sets = record.zone.recordSets;
  if (sets === undefined || !(record instanceof TableRecord)) return undefined;
  return sets.find((set) => set.rows.includes(record.index));
}

/**
 * True when the records come from two or more record-set declarations: in DNS as code those do
 * not stand side by side on the wire, one overwrites the other (dns/record-set-conflict's finding).
 */
export function declaredApart(records: readonly ZoneRecord[]): boolean {
  const declarations = new Set(records.map(declarationOf));
  return declarations.size > 1 && !declarations.has(undefined);
}
