import type { Located } from '../core/types.js';
import type { DnsName, ZoneFile } from '../model/dns.js';
import type { Estate } from './estate.js';

/**
 * Where a finding about a record that is not there goes, since only what is in a file has
 * a line: the zone's SOA when the domain is the zone's apex; else the domain's own first
 * record in the zone (a domain below the zone's origin); else the first record of the given
 * neighbours (another discovery record of the domain); else the zone's SOA or first record;
 * else the zone itself.
 */
export function missingRecordAnchor(estate: Estate, zone: ZoneFile, domain: DnsName, neighbours: readonly DnsName[] = []): Located {
  const inZone = (name: DnsName, type?: string) => estate.recordsAt(name, type, { view: zone.view }).find((r) => r.zone === zone);
  const soa = zone.origin === undefined ? undefined : inZone(zone.origin, 'SOA');
  if (soa && zone.origin === domain) return soa;
  for (const name of [domain, ...neighbours]) {
    const record = inZone(name);
    if (record) return record;
  }
  return soa ?? (zone.table.size > 0 ? zone.table.record(0) : zone);
}
