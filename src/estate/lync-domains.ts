/**
 * Which SIP domains Lync / Skype for Business servers (or LCS, OCS) serve: the domains the
 * lync pack judges. A plain SIP provider (RFC 3263: `_sip._udp`, `_sip._tcp`, `_sips._tcp`)
 * and a Cisco estate also carry `_sip*` SRV records, and their clear-text SIP on the
 * Internet or missing `lyncdiscover` is no fault; a domain served by Microsoft 365 has the
 * records of the teams pack instead.
 */
import type { DnsName } from '../model/dns.js';
import type { Estate } from './estate.js';
import { discoveryOf, mayPointOnline } from './m365-discovery.js';
import { discoveryNamesAt } from './discovery-names.js';
import { isLyncFamily } from '../model/products.js';
import { describesDeployment } from '../model/topology.js';

/** SRV services only Lync / Skype for Business clients look up (`_sipfederationtls._tcp` is not: Expressway and Microsoft 365 use it too). */
const LYNC_SERVICES = new Set(['_sipinternaltls._tcp', '_sipinternal._tcp', '_sip._tls']);
/** Host names only Lync / Skype for Business clients look up. */
const LYNC_HOST_LABELS = ['lyncdiscover', 'lyncdiscoverinternal'] as const;
/**
 * SRV services of other products that Lync servers never publish: Cisco Jabber and
 * Expressway (`_collab-edge._tls`, `_cisco-uds._tcp`, `_cuplogin._tcp`, H.323) and plain
 * SIP (RFC 3263: `_sips._tcp`, `_sip._udp`).
 */
const OTHER_PRODUCT_SERVICES = new Set(['_collab-edge._tls', '_cisco-uds._tcp', '_cuplogin._tcp', '_h323cs._tcp', '_h323ls._udp', '_sips._tcp', '_sip._udp']);
/** NAPTR services of RFC 3263 transport selection, which Lync clients never look up. */
const SIP_NAPTR_SERVICE = /^sips?\+d2[uts]$/i;

const cache = new WeakMap<Estate, ReadonlySet<DnsName>>();

/**
 * The SIP domains of the estate that Lync-family servers serve:
 * - none when the config states families without `lync` or `legacy` (`settings.families`, or the
 *   family of `settings.product`), or the topology's product is of another family;
 * - never a domain with a discovery record pointing at Microsoft 365 (wholly online is
 *   teams/online-records' business, half moved teams/hybrid-consistency's);
 * - with Lync families stated alone (or beside `teams`), a Lync-family product or a topology: the rest;
 * - with SIP domains named in the settings only: the rest, except a domain that carries
 *   records of another product (Cisco's `_collab-edge._tls`, `_cisco-uds._tcp`,
 *   `_cuplogin._tcp`, H.323; RFC 3263's `_sips._tcp`, `_sip._udp`, SIP NAPTR) and none
 *   only Lync clients look up;
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
  const families = estate.families();
  const stated = families.source === 'settings';
  // The families the config states decide; else a product (the topology's) of another family leaves none.
  if (stated ? !families.has('lync') && !families.has('legacy') : product !== undefined && !isLyncFamily(product)) return new Set();
  // Stated Lync families with no other vendor's beside them (a Teams tenant's domains point online), a Lync-family
  // product, or a topology (which describes Lync pools) vouch for every SIP domain.
  const trustAll = stated ? families.families.every((family) => family === 'lync' || family === 'legacy' || family === 'teams') : product !== undefined || estate.topologies.some(describesDeployment);
  const marked = trustAll ? undefined : domainsWithLyncRecords(estate);
  // SIP domains named in settings alone say nothing of the product: not those showing another product's records only.
  const otherProduct = trustAll || !estate.sipDomainsConfigured() ? undefined : domainsWithOtherProductRecords(estate);
  // Only marked domains remain: with none, there is nothing to walk the (maybe thousands of) SIP domains for.
  if (marked?.size === 0 && otherProduct === undefined) return new Set();
  const found = new Set<DnsName>();
  for (const domain of estate.sipDomains()) {
    if (marked && !marked.has(domain) && (otherProduct === undefined || otherProduct.has(domain))) continue;
    if (mayPointOnline(estate, domain) && discoveryOf(estate, domain).records.some((record) => record.direction === 'online')) continue;
    found.add(domain);
  }
  return found;
}

function domainsWithLyncRecords(estate: Estate): Set<DnsName> {
  const found = new Set<DnsName>();
  for (const { service, domain } of estate.srvServices()) if (LYNC_SERVICES.has(service)) found.add(domain);
  // From the few names at these labels, not a look-up per label for each of (maybe) thousands of SIP domains.
  for (const label of LYNC_HOST_LABELS) {
    for (const domain of discoveryNamesAt(estate, label).keys()) if (estate.sipDomains().has(domain)) found.add(domain);
  }
  return found;
}

function domainsWithOtherProductRecords(estate: Estate): Set<DnsName> {
  const found = new Set<DnsName>();
  for (const { service, domain } of estate.srvServices()) if (OTHER_PRODUCT_SERVICES.has(service)) found.add(domain);
  for (const naptr of estate.records('NAPTR')) if (SIP_NAPTR_SERVICE.test(naptr.data.service)) found.add(naptr.name);
  return found;
}
