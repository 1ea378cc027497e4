/**
 * Which declaration of DNS as code a record comes from (see `ZoneFile.recordSets`).
 */
import type { RecordSetDeclaration, ZoneFile, ZoneRecord } from './dns.js';
import { TableRecord } from './record-table.js';

/** Each zone's declarations by the rows they give, made on first use (rules ask per record). */
const declarationsByRow = new WeakMap<ZoneFile, Map<number, RecordSetDeclaration>>();

/** The record-set declaration that gives `record`, or undefined (a zone file's record). */
export function declarationOf(record: ZoneRecord): RecordSetDeclaration | undefined {
  const zone = record.zone;
  if (zone.recordSets === undefined || !(record instanceof TableRecord)) return undefined;
  let byRow = declarationsByRow.get(zone);
  if (byRow === undefined) {
    byRow = new Map();
    for (const set of zone.recordSets) for (const row of set.rows) byRow.set(row, set);
    declarationsByRow.set(zone, byRow);
  }
  return byRow.get(record.index);
}

/**
 * True when records of one zone among these come from two or more record-set declarations: in
 * DNS as code those do not stand side by side on the wire, one overwrites the other
 * (dns/record-set-conflict's finding). Zones of one name declared apart are different zones.
 */
export function declaredApart(records: readonly ZoneRecord[]): boolean {
  const byZone = new Map<ZoneFile, Set<RecordSetDeclaration | undefined>>();
  for (const record of records) {
    let declarations = byZone.get(record.zone);
    if (declarations === undefined) byZone.set(record.zone, (declarations = new Set()));
    declarations.add(declarationOf(record));
  }
  for (const declarations of byZone.values()) if (declarations.size > 1 && !declarations.has(undefined)) return true;
  return false;
}
