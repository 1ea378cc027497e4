/**
 * Which SIP domains Lync / Skype for Business servers (or LCS, OCS) serve: the domains the
 * lync pack judges. A plain SIP provider (RFC 3263: `_sip._udp`, `_sip._tcp`, `_sips._tcp`)
 * and a Cisco estate also carry `_sip*` SRV records, and their clear-text SIP on the
 * Internet or missing `lyncdiscover` is no fault; a domain served by Microsoft 365 has the
 * records of the teams pack instead.
 */
import type { DnsName } from '../loaders/zone/model.js';
import type { Estate } from './estate.js';
import { discoveryOf } from './m365-discovery.js';
import { isLyncFamily } from './products.js';

/** SRV services only Lync / Skype for Business clients look up (`_sipfederationtls._tcp` is not: Expressway and Microsoft 365 use it too). */
const LYNC_SERVICES = new Set(['_sipinternaltls._tcp', '_sipinternal._tcp', '_sip._tls']);
/** Host names only Lync / Skype for Business clients look up. */
const LYNC_HOST_LABELS = ['lyncdiscover', 'lyncdiscoverinternal'];

const cache = new WeakMap<Estate, ReadonlySet<DnsName>>();

/**
 * The SIP domains of the estate that Lync-family servers serve:
 * - none when the deployment's product is set to something else (`teams`, `cisco`);
 * - never a domain with a discovery record pointing at Microsoft 365 (wholly online is
 *   teams/online-records' business, half moved teams/hybrid-consistency's);
 * - with a Lync-family product, or SIP domains given by the config or a topology: the rest;
 * - else (domains inferred from `_sip*` SRV owners) those that carry a record only Lync
 *   clients look up: `_sipinternaltls._tcp`, `_sipinternal._tcp`, `_sip._tls`,
 *   `lyncdiscover`, `lyncdiscoverinternal`.
 */
export function lyncSipDomains(estate: Estate): ReadonlySet<DnsName> {
  let domains = cache.get(estate);
  if (domains === undefined) {
    domains = findLyncSipDomains(estate);
    cache.set(estate, domains);
  }
  return domains;
}

function findLyncSipDomains(estate: Estate): ReadonlySet<DnsName> {
  const product = estate.product();
  if (product !== undefined && !isLyncFamily(product)) return new Set();
  const trustAll = product !== undefined || estate.sipDomainsConfigured();
  const marked = trustAll ? undefined : domainsWithLyncRecords(estate);
  const found = new Set<DnsName>();
  for (const domain of estate.sipDomains()) {
    if (marked && !marked.has(domain)) continue;
    if (discoveryOf(estate, domain).records.some((record) => record.direction === 'online')) continue;
    found.add(domain);
  }
  return found;
}

function domainsWithLyncRecords(estate: Estate): Set<DnsName> {
  const found = new Set<DnsName>();
  for (const { service, domain } of estate.srvServices()) if (LYNC_SERVICES.has(service)) found.add(domain);
  for (const domain of estate.sipDomains()) {
    if (LYNC_HOST_LABELS.some((label) => estate.recordsAt(`${label}.${domain}`).length > 0)) found.add(domain);
  }
  return found;
}
