/**
 * Shared vocabulary of the SIP and Lync rules: how an SRV owner splits into its
 * service and domain, which domains are SIP domains, and how a host name that was
 * meant as an IP address is recognised. Not a rule (the registry reads only
 * `rules/<pack>/<rule>.ts`).
 */
import type { Estate } from '../../../src/estate/estate.js';
import type { DnsName } from '../../../src/loaders/zone/model.js';
import { canonicalName, isAtOrBelow, isIpLiteral, labelsOf } from '../../../src/estate/names.js';

export interface SrvOwner {
  /** `_service._proto`, lower-case, e.g. `_sipinternaltls._tcp`. */
  service: string;
  /** The domain the service is published for (canonical, trailing dot). */
  domain: DnsName;
}

/** Splits `_sip._tls.contoso.com.` into `_sip._tls` and `contoso.com.`; undefined when the owner is not of that shape. */
export function splitSrvOwner(owner: DnsName): SrvOwner | undefined {
  const labels = labelsOf(canonicalName(owner));
  if (labels.length < 3 || !labels[0].startsWith('_') || !labels[1].startsWith('_')) return undefined;
  return { service: `${labels[0]}.${labels[1]}`, domain: labels.slice(2).join('.') + '.' };
}

/** Normalises a service key written by a user (`_SIP._TLS.` -> `_sip._tls`). */
export function normaliseService(service: string): string {
  return service.toLowerCase().replace(/\.+$/, '');
}

/** SRV services whose owners name a SIP domain when the configuration does not list them. */
function isSipService(service: string): boolean {
  // `_sip`, `_sips`, `_sipinternal`, `_sipinternaltls`, `_sipfederationtls` all start this way.
  return service.startsWith('_sip');
}

const inferredDomains = new WeakMap<Estate, ReadonlySet<DnsName>>();

/**
 * The estate's SIP domains: `settings.sipDomains` when given, otherwise every domain
 * that carries a `_sip*` SRV record (in any view).
 */
export function sipDomainsOf(estate: Estate): ReadonlySet<DnsName> {
  const configured = estate.settings.sipDomains;
  if (configured && configured.length > 0) return new Set(configured.map(canonicalName));
  let domains = inferredDomains.get(estate);
  if (!domains) {
    const found = new Set<DnsName>();
    for (const srv of estate.records('SRV')) {
      const owner = splitSrvOwner(srv.name);
      if (owner && isSipService(owner.service)) found.add(owner.domain);
    }
    domains = found;
    inferredDomains.set(estate, domains);
  }
  return domains;
}

/**
 * The IP address a target name carries when someone wrote an address where a host
 * name belongs: `10.0.0.5.` as written absolute, or `10.0.0.5.contoso.com.` after the
 * zone origin was appended to a relative `10.0.0.5`.
 */
export function ipLiteralIn(target: DnsName, origin: DnsName | undefined): string | undefined {
  const bare = target.endsWith('.') ? target.slice(0, -1) : target;
  if (isIpLiteral(bare)) return bare;
  if (origin && origin !== '.' && target !== origin && isAtOrBelow(target, origin)) {
    const relative = target.slice(0, target.length - origin.length - 1);
    if (isIpLiteral(relative)) return relative;
  }
  return undefined;
}
