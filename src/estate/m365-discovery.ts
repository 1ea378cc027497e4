/**
 * Where a SIP domain's discovery records send clients: to Microsoft 365 (online) or to
 * servers of the organisation's own (on-premises). The teams rules share this one reading,
 * so that they agree on which domains are split between the two and on which records of
 * such a domain are the wrong ones: teams/hybrid-consistency reports those, and
 * teams/online-records leaves them alone.
 */
import { declaredApart } from '../model/record-sets.js';
import type { DnsName, View, ZoneFile, ZoneRecord } from '../model/dns.js';
import type { Estate } from './estate.js';
import { recordKey } from '../model/record-table.js';
import { isM365ServiceHost } from './data/m365-clouds.js';
import { danglingTargetZone } from './dangling.js';
import { canonicalName, displayName } from '../model/names.js';
import { discoveryNameOf, discoveryNamesAt, domainsWithDiscoveryNames, type DiscoveryNameLabel } from './discovery-names.js';
import { isLyncFamily } from '../model/products.js';

/** Names outside clients and federation partners look up, in the order ties are decided by (see `referenceOf`). */
export const PUBLIC_DISCOVERY_LABELS = ['lyncdiscover', '_sip._tls', '_sipfederationtls._tcp', 'sip'] as const;
/** Names only internal clients look up. */
export const INTERNAL_DISCOVERY_LABELS = ['lyncdiscoverinternal', '_sipinternaltls._tcp'] as const;
/** Labels read in the internal view: its own, then split-brain copies of the public ones. */
const INTERNAL_VIEW_LABELS = [...INTERNAL_DISCOVERY_LABELS, ...PUBLIC_DISCOVERY_LABELS];
const SRV_LABELS = new Set(['_sip._tls', '_sipfederationtls._tcp', '_sipinternaltls._tcp']);

export type Direction = 'online' | 'on-premises';

export interface DiscoveryRecord {
  record: ZoneRecord;
  /** First labels below the domain (`_sip._tls`, `lyncdiscover`, ...). */
  label: string;
  /**
   * Undefined for an address record, for an SRV record with target `.` and for a target
   * that does not exist: an address does not say whose server it is, `.` says the service
   * is not offered, and a name no zone answers for (usually a Microsoft 365 host written
   * without its final dot) leads nowhere; dns/dangling-target reports it.
   */
  direction?: Direction;
  /** The record's target as written (displayed), or its address. */
  target: string;
}

export interface Reference {
  direction: Direction;
  /** Why this direction is the right one, for messages. */
  reason: string;
}

export interface DomainDiscovery {
  domain: DnsName;
  /** Discovery records in the public view, then in the internal view, each in label order. */
  records: DiscoveryRecord[];
  /** Some records point online and others on-premises. */
  mixed: boolean;
  /** For a mixed domain: the direction the records should all take. */
  reference?: Reference;
  /** For a mixed domain: the records that go against the reference (teams/hybrid-consistency's findings). */
  disagreeing: DiscoveryRecord[];
}

/**
 * The view Internet clients see: `external` when the estate marks views at all, else the
 * unknown view (an estate of plain zone files is usually public DNS only).
 */
export function publicViewOf(estate: Estate): View {
  return estate.zones.some((z) => z.view !== 'unknown') ? 'external' : 'unknown';
}

/** Zones of unknown view that hold the domain in an estate that marks views elsewhere: not judged. */
export function unjudgedZonesOf(estate: Estate, domain: DnsName): ZoneFile[] {
  return publicViewOf(estate) === 'unknown' ? [] : estate.zonesFor(domain, { view: 'unknown' });
}

/**
 * Zones of unknown view beside zones with a view: the teams rules say, for every candidate
 * domain such a zone holds, that it was not judged.
 */
function leavesZonesUnjudged(estate: Estate): boolean {
  return publicViewOf(estate) === 'external' && estate.zones.some((z) => z.view === 'unknown');
}

interface Candidates {
  /** Domains with a `sip` or `lyncdiscover` CNAME to Microsoft 365, when the SIP domains are inferred. */
  aliased: ReadonlySet<DnsName>;
  /** Every candidate, sorted; read when first asked for. */
  all?: readonly DnsName[];
  /** The candidates with a discovery name, sorted; read when first asked for. */
  withDiscoveryNames?: readonly DnsName[];
}

const candidatesCache = new WeakMap<Estate, Candidates>();

function candidatesOf(estate: Estate): Candidates {
  let candidates = candidatesCache.get(estate);
  if (candidates === undefined) {
    const aliased = new Set<DnsName>();
    if (!estate.sipDomainsConfigured()) {
      // Only names at these labels can be such an alias: the index of discovery names has them all.
      for (const label of ['sip', 'lyncdiscover'] as const) {
        for (const [domain, owner] of discoveryNamesAt(estate, label)) {
          if (estate.recordsAt(owner, 'CNAME').some((cname) => isM365ServiceHost(cname.data.target))) aliased.add(domain);
        }
      }
    }
    candidates = { aliased };
    candidatesCache.set(estate, candidates);
  }
  return candidates;
}

/**
 * The domains the teams rules look at: the SIP domains, and, when those are not configured
 * but inferred from `_sip*` SRV records, also every domain whose `sip` or `lyncdiscover`
 * name is a CNAME to a Microsoft 365 service host (a tenant may publish only those).
 * Canonical names, sorted; read once per estate.
 */
export function m365CandidateDomains(estate: Estate): readonly DnsName[] {
  const candidates = candidatesOf(estate);
  if (candidates.all === undefined) {
    const sipDomains = estate.sipDomains();
    const all = [...sipDomains];
    for (const domain of candidates.aliased) if (!sipDomains.has(domain)) all.push(domain);
    candidates.all = all.sort();
  }
  return candidates.all;
}

/**
 * The candidate domains (`m365CandidateDomains`) a teams rule can have something to say
 * about, sorted: every one where the estate leaves zones unjudged (each domain they hold is
 * reported as not judged), else only those with a discovery name. A large zone makes a SIP
 * domain of every `_sip._tcp` owner, and hardly any of them has discovery records.
 */
export function m365DomainsToJudge(estate: Estate): readonly DnsName[] {
  if (leavesZonesUnjudged(estate)) return m365CandidateDomains(estate);
  const candidates = candidatesOf(estate);
  if (candidates.withDiscoveryNames === undefined) {
    const found: DnsName[] = [];
    for (const domain of domainsWithDiscoveryNames(estate)) if (estate.sipDomains().has(domain) || candidates.aliased.has(domain)) found.push(domain);
    candidates.withDiscoveryNames = found.sort();
  }
  return candidates.withDiscoveryNames;
}

const discoveryCache = new WeakMap<Estate, Map<DnsName, DomainDiscovery>>();

/**
 * Reads a domain's discovery records in the public view and, where the estate has one, the
 * internal view. Read once per estate and domain: both teams rules and `lyncSipDomains` ask.
 * The domain is canonical.
 */
export function discoveryOf(estate: Estate, domain: DnsName): DomainDiscovery {
  // Most domains of a large estate have no discovery name: not worth a cache entry each.
  if (!domainsWithDiscoveryNames(estate).has(domain)) return { domain, records: [], mixed: false, disagreeing: [] };
  let byDomain = discoveryCache.get(estate);
  if (byDomain === undefined) {
    byDomain = new Map();
    discoveryCache.set(estate, byDomain);
  }
  let discovery = byDomain.get(domain);
  if (discovery === undefined) {
    discovery = readDiscovery(estate, domain);
    byDomain.set(domain, discovery);
  }
  return discovery;
}

function readDiscovery(estate: Estate, domain: DnsName): DomainDiscovery {
  const publicView = publicViewOf(estate);
  const records: DiscoveryRecord[] = [];
  const collect = (view: View, labels: readonly DiscoveryNameLabel[]): void => {
    for (const label of labels) {
      const name = discoveryNameOf(estate, label, domain);
      if (name === undefined) continue;
      const atName = estate.recordsAt(name, undefined, { view });
      // Records of one set that two declarations of DNS as code give overwrite each other: which
      // one is published is not known, so neither says a direction (dns/record-set-conflict's finding).
      const fought = new Set([...new Set(atName.map((r) => r.type))].filter((type) => declaredApart(atName.filter((r) => r.type === type))));
      for (const record of atName) {
        if (fought.has(record.type)) continue;
        const read = readRecord(estate, record, label, view);
        if (read) records.push(read);
      }
    }
  };
  collect(publicView, PUBLIC_DISCOVERY_LABELS);
  if (publicView === 'external') {
    // Split-brain copies of the public names count too: internal clients resolve them there.
    collect('internal', INTERNAL_VIEW_LABELS);
  }
  const online = records.filter((r) => r.direction === 'online').length;
  const onPremises = records.filter((r) => r.direction === 'on-premises').length;
  const mixed = online > 0 && onPremises > 0;
  if (!mixed) return { domain, records, mixed, disagreeing: [] };
  const reference = referenceOf(estate, records, online, onPremises);
  const disagreeing = records.filter((r) => r.direction !== undefined && r.direction !== reference.direction);
  return { domain, records, mixed, reference, disagreeing };
}

/**
 * Whether a record is one of the domain's disagreeing records (teams/hybrid-consistency's).
 * Compared by key, not as the same object: each look-up hands out a new record object.
 */
export function isDisagreeing(discovery: DomainDiscovery, record: ZoneRecord): boolean {
  const key = recordKey(record);
  return discovery.disagreeing.some(({ record: other }) => recordKey(other) === key);
}

/** The record's name for messages, with the view when it is the internal one. */
export function discoveryName(record: DiscoveryRecord): string {
  const name = displayName(record.record.name);
  return record.record.zone.view === 'internal' ? `${name} (internal view)` : name;
}

export function directionPhrase(direction: Direction): string {
  return direction === 'online' ? 'to Microsoft 365' : 'on-premises';
}

function readRecord(estate: Estate, record: ZoneRecord, label: string, view: View): DiscoveryRecord | undefined {
  if (SRV_LABELS.has(label)) {
    if (record.type !== 'SRV') return undefined;
    const target = (record as ZoneRecord<'SRV'>).data.target;
    if (target === '.') return { record, label, target: '.' };
    return withDirection(estate, record, label, target, view);
  }
  if (record.type === 'CNAME') return withDirection(estate, record, label, (record as ZoneRecord<'CNAME'>).data.target, view);
  if (record.type === 'A' || record.type === 'AAAA') return { record, label, target: (record as ZoneRecord<'A'>).data.address };
  return undefined;
}

function withDirection(estate: Estate, record: ZoneRecord, label: string, target: DnsName, view: View): DiscoveryRecord {
  if (danglingTargetZone(estate, record, target)) return { record, label, target: displayName(target) };
  return { record, label, target: displayName(target), direction: directionOf(estate, target, view) };
}

/** Online when the target, or a name its CNAME chain inside the estate reaches, is a Microsoft 365 service host. */
function directionOf(estate: Estate, target: DnsName, view: View): Direction {
  return leadsToMicrosoft365(estate, target, view) ? 'online' : 'on-premises';
}

/**
 * Whether a target is a Microsoft 365 service host, or an alias whose CNAME chain inside
 * the estate (in the given view) reaches one: `_sip._tls` to the tenant's own `sip` name,
 * itself a CNAME to `sipdir.online.lync.com`, leads to Microsoft 365.
 */
export function leadsToMicrosoft365(estate: Estate, target: DnsName, view: View): boolean {
  return m365HostReachedBy(estate, target, view) !== undefined;
}

/**
 * The Microsoft 365 service host a target is, or the first one its CNAME chain inside the
 * estate reaches (in the given view, or in any view when none is given); undefined when
 * it leads elsewhere.
 */
export function m365HostReachedBy(estate: Estate, target: DnsName, view?: View): DnsName | undefined {
  if (isM365ServiceHost(target)) return target;
  // Most targets lead nowhere near Microsoft 365: one set look-up settles them before a resolution.
  if (!microsoft365Reach(estate).aliases.has(canonicalName(target))) return undefined;
  return estate.resolve(target, { view }).chain.find((link) => isM365ServiceHost(link.data.target))?.data.target;
}

/** The longest CNAME chain `Estate.resolve` follows, plus one: a name further from a service host is never found to reach it. */
const CHAIN_ROUNDS = 18;

interface Microsoft365Reach {
  /**
   * Owner names of CNAME records whose chain may reach a Microsoft 365 service host (in some
   * view; views are not told apart, so a name outside the set surely leads elsewhere).
   */
  aliases: ReadonlySet<DnsName>;
  /** Owner names of CNAME and SRV records whose target is a service host or in `aliases`: the only names whose record can point online. */
  pointing?: ReadonlySet<DnsName>;
}

const reachCache = new WeakMap<Estate, Microsoft365Reach>();

/**
 * Which names may lead to Microsoft 365, found once per estate: the CNAMEs to a service host,
 * then those to such a CNAME, round by round as far as a chain is followed. Asking each of
 * hundreds of thousands of SRV and CNAME targets by a resolution cost seconds on a large zone.
 */
function microsoft365Reach(estate: Estate): Microsoft365Reach {
  let reach = reachCache.get(estate);
  if (reach === undefined) {
    const aliases = new Set<DnsName>();
    for (let round = 0; round < CHAIN_ROUNDS; round++) {
      const before = aliases.size;
      for (const cname of estate.eachRecord('CNAME')) {
        const target = cname.data.target;
        if (isM365ServiceHost(target) || aliases.has(canonicalName(target))) aliases.add(cname.name);
      }
      if (aliases.size === before) break;
    }
    reach = { aliases };
    reachCache.set(estate, reach);
  }
  return reach;
}

/**
 * The owner names whose CNAME or SRV record may point to Microsoft 365: a discovery name
 * outside this set has no record whose direction is online.
 */
function namesPointingOnline(estate: Estate): ReadonlySet<DnsName> {
  const reach = microsoft365Reach(estate);
  if (reach.pointing === undefined) {
    const pointing = new Set<DnsName>(reach.aliases);
    for (const srv of estate.eachRecord('SRV')) {
      const target = srv.data.target;
      if (target !== '.' && (isM365ServiceHost(target) || reach.aliases.has(canonicalName(target)))) pointing.add(srv.name);
    }
    reach.pointing = pointing;
  }
  return reach.pointing;
}

/**
 * True when some discovery record of the domain may point to Microsoft 365; false when none
 * does (what `discoveryOf(...).records.some(online)` says, without reading the records).
 */
export function mayPointOnline(estate: Estate, domain: DnsName): boolean {
  const pointing = namesPointingOnline(estate);
  if (pointing.size === 0) return false;
  for (const label of INTERNAL_VIEW_LABELS) {
    const name = discoveryNameOf(estate, label, domain);
    if (name !== undefined && pointing.has(name)) return true;
  }
  return false;
}

/**
 * The direction a mixed domain's records should take: the deployment's product when it
 * says (`teams`: online; Lync or Skype for Business Server: on-premises, since in a hybrid
 * deployment every external record points on-premises), else the majority of the records,
 * else, on a tie, the first record with a direction in label order: `lyncdiscover` first,
 * the record Microsoft 365 itself reads to tell whether a domain is still on-premises.
 */
function referenceOf(estate: Estate, records: readonly DiscoveryRecord[], online: number, onPremises: number): Reference {
  const product = estate.product();
  if (product === 'teams') return { direction: 'online', reason: 'the deployment\'s product is teams' };
  if (isLyncFamily(product)) {
    return { direction: 'on-premises', reason: `the deployment's product is ${product}, and in a hybrid deployment every external record points on-premises` };
  }
  if (online !== onPremises) {
    const direction: Direction = online > onPremises ? 'online' : 'on-premises';
    return { direction, reason: `most of its discovery records point ${directionPhrase(direction)}` };
  }
  const decider = records.find((r) => r.direction !== undefined) as DiscoveryRecord & { direction: Direction };
  return { direction: decider.direction, reason: `its records are evenly split, and ${discoveryName(decider)} decides` };
}
