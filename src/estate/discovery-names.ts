/**
 * The names client discovery looks up below a domain (`lyncdiscover.contoso.com.`,
 * `_sip._tls.contoso.com.`, ...), found once per estate by one pass over its owner names.
 * A large zone can carry tens of thousands of SIP domains (every `_sip._tcp` owner makes
 * one) and hardly any discovery name: building and looking up a name per domain per label
 * costs far more than the pass, and a domain absent here has no record at any such name.
 */
import type { DnsName } from '../model/dns.js';
import type { Estate } from './estate.js';

/** The first labels indexed: every name the lync and teams packs read below a SIP domain. */
export const DISCOVERY_NAME_LABELS = [
  'lyncdiscover',
  'lyncdiscoverinternal',
  'sip',
  '_sip._tls',
  '_sipfederationtls._tcp',
  '_sipinternaltls._tcp',
] as const;

export type DiscoveryNameLabel = (typeof DISCOVERY_NAME_LABELS)[number];

interface DiscoveryNames {
  /** Per label: domain -> the owner name `<label>.<domain>` (the estate's own string). */
  byLabel: ReadonlyMap<DiscoveryNameLabel, ReadonlyMap<DnsName, DnsName>>;
  /** Domains with a name at any of the labels. */
  domains: ReadonlySet<DnsName>;
}

const cache = new WeakMap<Estate, DiscoveryNames>();

/** A label's prefix as it begins an owner name. */
const PREFIXES = DISCOVERY_NAME_LABELS.map((label) => ({ label, prefix: `${label}.` }));
const PREFIX_TEXTS = PREFIXES.map(({ prefix }) => prefix);

function discoveryNames(estate: Estate): DiscoveryNames {
  let found = cache.get(estate);
  if (found === undefined) {
    const byLabel = new Map<DiscoveryNameLabel, Map<DnsName, DnsName>>(DISCOVERY_NAME_LABELS.map((label) => [label, new Map()]));
    const domains = new Set<DnsName>();
    for (const name of estate.namesStartingWith(PREFIX_TEXTS)) {
      for (const { label, prefix } of PREFIXES) {
        // `sip.` alone is a name at the root, below no domain.
        if (name.length <= prefix.length || !name.startsWith(prefix)) continue;
        const domain = name.slice(prefix.length);
        (byLabel.get(label) as Map<DnsName, DnsName>).set(domain, name);
        domains.add(domain);
      }
    }
    found = { byLabel, domains };
    cache.set(estate, found);
  }
  return found;
}

/**
 * The owner name `<label>.<domain>` when the estate holds records there (in any view),
 * else undefined. The domain is canonical (as `canonicalName` gives it), like the estate's
 * names, so `recordsAt` finds nothing at a name this does not return.
 */
export function discoveryNameOf(estate: Estate, label: DiscoveryNameLabel, domain: DnsName): DnsName | undefined {
  return discoveryNames(estate).byLabel.get(label)?.get(domain);
}

/** The domains (canonical) with records at `<label>.<domain>` in any view, each with that owner name. */
export function discoveryNamesAt(estate: Estate, label: DiscoveryNameLabel): ReadonlyMap<DnsName, DnsName> {
  return discoveryNames(estate).byLabel.get(label) as ReadonlyMap<DnsName, DnsName>;
}

/** The domains (canonical) with records at some discovery name below them, in any view. */
export function domainsWithDiscoveryNames(estate: Estate): ReadonlySet<DnsName> {
  return discoveryNames(estate).domains;
}
