/**
 * Records written at the wrong name for a service: `_sipfederationtls_tcp` for
 * `_sipfederationtls._tcp`, an SRV record at the domain itself or without its protocol label.
 * dns/service-label-underscore and dns/srv-owner-labels report them; rules that look for the
 * service's record at its right name (teams/online-records) leave such a name to them, so one
 * slip is one finding.
 */
import type { DnsName, View, ZoneRecord } from '../model/dns.js';
import { labelsOf } from '../model/names.js';
import { srvLabelsForPort } from '../model/service-labels.js';
import type { Estate } from './estate.js';

/** True when the estate holds, in `view`, a record meant for `name` (`_service._protocol.<domain>`) but written at a slip of it. */
export function hasMisplacedServiceRecord(estate: Estate, name: DnsName, view: View): boolean {
  const [service, protocol, ...rest] = labelsOf(name);
  if (service === undefined || protocol === undefined || !service.startsWith('_') || !protocol.startsWith('_')) return false;
  const domain = rest.length === 0 ? '.' : `${rest.join('.')}.`;
  const filter = { view };
  // `_sipfederationtls_tcp.<domain>`: the two labels joined.
  const joined = `${service}${protocol}.${domain}`;
  if (estate.hasName(joined, filter) || estate.hasUnreadRecords(joined, filter)) return true;
  // `_sipfederationtls.<domain>`: the protocol label left out.
  if (estate.recordsAt(`${service}.${domain}`, 'SRV', filter).length > 0) return true;
  // An SRV record at the domain itself whose port says it is this service's.
  const labels = `${service}.${protocol}`;
  return estate.recordsAt(domain, 'SRV', filter).some((record) => srvLabelsForPort((record as ZoneRecord<'SRV'>).data.port, view) === labels);
}
