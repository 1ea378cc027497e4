/**
 * Whether a record's target is a name no zone of the estate answers for: inside a zone the
 * estate holds, with no records at or below it, not below a delegation and not covered by a
 * wildcard. dns/dangling-target reports such targets; rules that judge a target's value
 * (teams/online-records) leave them to it, so a missing trailing dot is one finding.
 */
import type { DnsName, ZoneFile, ZoneRecord } from '../model/dns.js';
import type { Estate, ViewFilter } from './estate.js';
import { isAtOrBelow, parentName } from '../model/names.js';

/** The zone a record's target would be answered from, when the target has no records there; undefined otherwise. */
export function danglingTargetZone(estate: Estate, record: ZoneRecord, target: DnsName): ZoneFile | undefined {
  if (target === '.') return undefined;
  // Records of unknown view are looked up in every view.
  const filter: ViewFilter | undefined = record.zone.view === 'unknown' ? undefined : { view: record.zone.view };
  // Most targets exist: one index look-up settles them before the full resolution.
  if (estate.hasName(target, filter)) return undefined;
  const resolution = estate.resolve(target, filter);
  // `nxdomain`: inside an estate zone, no records at the name and none below it.
  if (resolution.outcome !== 'nxdomain' || resolution.chain.length > 0) return undefined;
  const zone = estate.zonesFor(target, filter)[0];
  if (!zone || answeredElsewhere(estate, target, zone, filter)) return undefined;
  return zone;
}

/**
 * True when the zone does not answer for the name itself: a delegation (NS records)
 * at or above the name and below the zone apex hands it to another zone, and a
 * wildcard above it synthesises records for it.
 */
function answeredElsewhere(estate: Estate, target: DnsName, zone: ZoneFile, filter: ViewFilter | undefined): boolean {
  const origin = zone.origin as DnsName;
  for (let name: DnsName | undefined = target; name !== undefined && isAtOrBelow(name, origin); name = parentName(name)) {
    if (name !== origin && estate.recordsAt(name, 'NS', filter).length > 0) return true;
    if (name !== target && estate.hasName(`*.${name}`, filter)) return true;
    if (name === origin) break;
  }
  return false;
}
