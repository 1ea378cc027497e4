/**
 * What `uclint init` guesses about a repository from its loaded estate: the view of each
 * zone file, the SIP domains and whether each is served online (Microsoft 365) or by
 * servers of its own, and the product. Every guess keeps the evidence it came from
 * (`file:line`), because the user has to check it.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceRange } from '../core/types.js';
import type { Estate } from '../estate/estate.js';
import type { DnsName, ZoneFile, ZoneRecord } from '../model/dns.js';
import { canonicalName, displayName, parentName } from '../model/names.js';
import { splitSrvOwner } from '../estate/sip.js';
import { nonPublicRangeOf } from '../estate/addresses.js';
import { m365CloudOf, M365_CLOUDS, type M365CloudName, DEFAULT_M365_CLOUD } from '../estate/data/m365-clouds.js';
import { m365HostReachedBy } from '../estate/m365-discovery.js';
import { PRESETS, DEFAULT_PRESET, PRODUCTS, type Product } from '../config/index.js';
import type { DiscoveredFile } from '../discover/index.js';
import { escapeGlob } from '../discover/index.js';
import { viewWordsIn, type Side } from '../model/view-words.js';
import { FAMILIES, FAMILY_OF_PRODUCT, presetProductOf, type Family } from '../model/products.js';
import type { EstateFamilies } from '../estate/families.js';

export type PlacedView = Side;

/** One piece of evidence: what was seen, where, and which view (if any) it points to. */
export interface Evidence {
  text: string;
  /** `file:line`, or a path for evidence from a name. */
  at: string;
  view?: PlacedView;
}

export interface ZoneGuess {
  file: string;
  origin?: string;
  /** Where the origin came from, in words (`bind/named.conf:4: zone "contoso.com"`, `the file's $ORIGIN`). */
  originFrom: string;
  view?: PlacedView;
  evidence: Evidence[];
  /** Why the zone was not placed (no evidence, or evidence both ways). */
  unplacedReason?: string;
}

export type DomainStatus = 'online' | 'on-premises' | 'mixed' | 'unknown';

export interface DomainGuess {
  /** Without the final dot. */
  domain: string;
  status: DomainStatus;
  /** Where the domain was seen. */
  sources: Evidence[];
  /** The discovery records that decide the status. */
  discovery: DiscoveryEvidence[];
}

/** A discovery record of a SIP domain, and whether it points to Microsoft 365. */
export interface DiscoveryEvidence extends Evidence {
  /** The record alone (`_sip._tls.contoso.com SRV -> sip.contoso.com`); `text` adds where it points. */
  record: string;
  online: boolean;
  /** The Microsoft 365 cloud whose host the record names, when it names one. */
  cloud?: M365CloudName;
}

export interface ProductGuess {
  /** Written as `settings.product` (a topology's, or teams when every domain is online). */
  product?: Product;
  /** The preset written in `extends`: one this version of uclint has. */
  preset: string;
  /** The preset the guess points to when this version lacks it (then `preset` is the default). */
  missingPreset?: string;
  reason: string;
  evidence: Evidence[];
}

export interface IgnoreGuess {
  glob: string;
  why: string;
}

export interface InitGuesses {
  zones: ZoneGuess[];
  views: { internal: string[]; external: string[] };
  domains: DomainGuess[];
  /** The families the files show, with the evidence: what a run infers when nothing states them. */
  families: EstateFamilies;
  /**
   * Written as `settings.families` when the guessed product's family alone would leave out
   * families the files show (a preset's product states the families and so overrides them).
   */
  statedFamilies?: Family[];
  product: ProductGuess;
  /** Files that hold firewall rules, QoS policies or client media settings, with what each holds. */
  policySources: PolicySource[];
  ignore: IgnoreGuess[];
  warnings: string[];
}

/** A file the firewall, QoS and media rules read: `scripts/client.ps1: Windows Firewall rule set (4 rules, default outbound block)`. */
export interface PolicySource {
  file: string;
  holds: string[];
}

/** Discovery records published only on one side: Lync/Skype for Business and Cisco Jabber look for these. */
const INTERNAL_SERVICES = new Set(['_sipinternaltls._tcp', '_sipinternal._tcp', '_cisco-uds._tcp']);
const EXTERNAL_SERVICES = new Set(['_sip._tls', '_sipfederationtls._tcp', '_collab-edge._tls']);
const INTERNAL_NAMES = new Set(['lyncdiscoverinternal']);
const EXTERNAL_NAMES = new Set(['lyncdiscover']);

/** Services whose targets say where a SIP domain is served. */
const SIP_DISCOVERY_SERVICES = ['_sip._tls', '_sipfederationtls._tcp', '_sipinternaltls._tcp', '_sipinternal._tcp', '_sip._tcp', '_sips._tcp'];
/** Host names whose CNAME target (or address) says the same. */
const SIP_DISCOVERY_HOSTS = ['sip', 'lyncdiscover', 'lyncdiscoverinternal'];
const LYNC_SERVICES = new Set(['_sip._tls', '_sipfederationtls._tcp', '_sipinternaltls._tcp', '_sipinternal._tcp']);
const CISCO_SERVICES = new Set(['_collab-edge._tls', '_cisco-uds._tcp']);

/**
 * The one cloud other than worldwide that the online records name, for teams/online-records'
 * `cloud` option; undefined when they name worldwide hosts, several clouds, or none.
 */
export function sovereignCloud(domains: readonly DomainGuess[]): { cloud: M365CloudName; evidence: DiscoveryEvidence } | undefined {
  const named = domains.flatMap((d) => d.discovery.filter((e) => e.cloud !== undefined));
  const clouds = new Set(named.map((e) => e.cloud));
  const [only] = clouds;
  return clouds.size === 1 && only !== undefined && only !== DEFAULT_M365_CLOUD ? { cloud: only, evidence: named[0] } : undefined;
}

/** The preset that suits a product: its family's (Skype for Business 2015 and 2019 share `uclint:sfb`). */
function presetForProduct(product: Product): string {
  return `uclint:${presetProductOf(product)}`;
}

/** Directories that hold no estate and are not skipped by discovery already (it skips .git, node_modules, dist). */
const NON_ESTATE_DIRECTORIES: Record<string, string> = {
  vendor: 'vendored dependencies',
  build: 'build output',
  out: 'build output',
  target: 'build output',
  coverage: 'test coverage reports',
  '.venv': 'a Python virtual environment',
  venv: 'a Python virtual environment',
  __pycache__: 'Python bytecode',
  '.terraform': 'Terraform providers and modules',
  bower_components: 'vendored dependencies',
};

/** Evidence lines kept per guess in the report; the rest are counted. */
export const EVIDENCE_SHOWN = 3;

function at(loc: SourceRange): string {
  return `${loc.file}:${loc.line}`;
}

export interface GuessInput {
  /** Absolute path of the repository root (the lint root). */
  root: string;
  estate: Estate;
  /** The files read, with where each zone's origin and view came from (named.conf's zones and views among them). */
  files: readonly DiscoveredFile[];
}

export function guessConfiguration({ root, estate, files }: GuessInput): InitGuesses {
  const warnings: string[] = [];
  const zones = guessViews(estate.zones, files);
  const domains = guessDomains(estate);
  for (const domain of domains) {
    if (domain.status === 'mixed') {
      warnings.push(
        `${domain.domain}: discovery records point both to Microsoft 365 and to servers of its own; this looks like a migration left half done (clients follow whichever record they find first)`,
      );
    }
  }
  const product = guessProduct(estate, domains);
  return {
    zones,
    views: viewGlobs(zones),
    domains,
    families: estate.families(),
    ...statedFamilies(estate, product),
    product,
    policySources: policySources(estate),
    ignore: guessIgnore(root),
    warnings,
  };
}

// ---------------------------------------------------------------- VPN, firewall, QoS and media

/** What each file gives the VPN, firewall, QoS and media rules, in file order (QoS policies of registry values at the file that writes them). */
function policySources(estate: Estate): PolicySource[] {
  const byFile = new Map<string, string[]>();
  const add = (file: string, what: string) => {
    const list = byFile.get(file);
    if (list) list.push(what);
    else byFile.set(file, [what]);
  };
  for (const set of estate.firewallRuleSets) {
    const outbound = (set.defaultActions ?? []).filter((d) => d.direction === 'outbound').pop();
    const defaults = outbound ? `, default outbound ${outbound.action.value}` : '';
    const kind = set.source === 'azure-nsg' ? `Azure network security group ${set.name}` : set.source === 'aws-security-group' ? `AWS security group ${set.name}` : 'firewall rule set';
    add(set.file, `${kind} (${set.rules.length} rule${set.rules.length === 1 ? '' : 's'}${defaults})`);
  }
  for (const profile of estate.vpnProfiles) {
    const tunnel = profile.tunnel?.value === 'full' ? (profile.exclude.length > 0 ? 'forced tunnel with exclusions' : 'forced tunnel') : 'split tunnel';
    add(profile.file, `VPN profile ${profile.name} (${tunnel})`);
  }
  const qosByFile = new Map<string, number>();
  for (const policy of estate.qosPolicies) qosByFile.set(policy.file, (qosByFile.get(policy.file) ?? 0) + 1);
  for (const [file, count] of qosByFile) add(file, `${count} QoS polic${count === 1 ? 'y' : 'ies'}`);
  for (const policy of estate.mediaPolicies) {
    add(policy.file, policy.product === 'teams' ? 'Teams meeting media ports' : policy.product === 'lync' ? 'Skype for Business client media settings' : 'media policy');
  }
  return [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, holds]) => ({ file, holds }));
}

// ---------------------------------------------------------------- views

/** The view a zone file's path names: the directory nearest the file decides, then the file name (without the domain in it). */
function pathEvidence(zone: ZoneFile): Evidence | undefined {
  const segments = zone.file.split('/');
  const fileName = segments.pop() as string;
  const domain = zone.origin ? displayName(zone.origin) : '';
  const withoutDomain = domain && fileName.toLowerCase().includes(domain) ? fileName.toLowerCase().replace(domain, ' ') : fileName;
  const nameViews = new Set(viewWordsIn(withoutDomain.replace(/\.(zone|db|dns)$/i, '')));
  if (nameViews.size === 1) {
    const view = [...nameViews][0];
    return { text: `file name '${fileName}' says ${view}`, at: zone.file, view };
  }
  for (const segment of segments.reverse()) {
    const views = new Set(viewWordsIn(segment));
    if (views.size === 1) {
      const view = [...views][0];
      return { text: `directory '${segment}' says ${view}`, at: zone.file, view };
    }
  }
  return undefined;
}

/** `path:line: text` (the evidence discovery gives) as evidence with its place. */
function sitedEvidence(text: string, view?: PlacedView): Evidence {
  const match = /^(.*?:\d+): (.*)$/.exec(text);
  const evidence: Evidence = match ? { text: `BIND ${match[2]}`, at: match[1] } : { text, at: '' };
  if (view) evidence.view = view;
  return evidence;
}

/** Where a zone's origin came from, in words. */
function originFrom(zone: ZoneFile, file: DiscoveredFile | undefined): string {
  switch (zone.originSource) {
    case 'named-conf':
    case 'config':
      return file?.originEvidence ?? zone.originSource;
    case 'directive':
      return "the file's $ORIGIN";
    case 'soa':
      return "the owner of the file's SOA record";
    case 'declared':
      return 'the resource that declares the zone';
    case 'filename':
      return 'only a guess from the file name';
    case 'none':
      return 'nothing says it';
  }
}

function addressEvidence(zone: ZoneFile): Evidence | undefined {
  let privateCount = 0;
  let publicCount = 0;
  let firstPrivate: ZoneRecord | undefined;
  let firstPublic: ZoneRecord | undefined;
  for (const record of zone.table.each()) {
    if (record.type !== 'A' && record.type !== 'AAAA') continue;
    const range = nonPublicRangeOf((record.data as { address: string }).address);
    if (range === undefined) {
      publicCount++;
      firstPublic ??= record;
    } else if (range.kind === 'private' || range.kind === 'unique local') {
      privateCount++;
      firstPrivate ??= record;
    }
  }
  const total = privateCount + publicCount;
  if (total === 0) return undefined;
  const counts = `${privateCount} of ${total} addresses private (RFC 1918/ULA)`;
  // A few public names inside (the edge, the reverse proxy) or a stray private one outside do not change the side.
  if (privateCount >= total * 0.8) return { text: counts, at: at((firstPrivate as ZoneRecord).loc), view: 'internal' };
  if (privateCount <= total * 0.2) return { text: counts, at: at((firstPublic as ZoneRecord).loc), view: 'external' };
  return { text: `${counts}: no side`, at: zone.file };
}

function discoveryEvidence(zone: ZoneFile): Evidence[] {
  const internal: ZoneRecord[] = [];
  const external: ZoneRecord[] = [];
  for (const record of zone.table.each()) {
    const owner = splitSrvOwner(record.name);
    const firstLabel = record.name.slice(0, record.name.indexOf('.'));
    if (record.type === 'SRV' && owner) {
      if (INTERNAL_SERVICES.has(owner.service)) internal.push(record);
      else if (EXTERNAL_SERVICES.has(owner.service)) external.push(record);
    } else if (record.type === 'A' || record.type === 'AAAA' || record.type === 'CNAME') {
      if (INTERNAL_NAMES.has(firstLabel)) internal.push(record);
      else if (EXTERNAL_NAMES.has(firstLabel)) external.push(record);
    }
  }
  const describe = (records: ZoneRecord[]) => [...new Set(records.map((r) => displayName(r.name)))].join(', ');
  const found: Evidence[] = [];
  if (internal.length > external.length) found.push({ text: `internal discovery records: ${describe(internal)}`, at: at(internal[0].loc), view: 'internal' });
  else if (external.length > internal.length) found.push({ text: `external discovery records: ${describe(external)}`, at: at(external[0].loc), view: 'external' });
  else if (internal.length > 0) found.push({ text: `discovery records of both sides: ${describe([...internal, ...external])}`, at: at(internal[0].loc) });
  return found;
}

/** The one view a list of evidence agrees on, `conflict` when it points both ways, undefined when it points nowhere. */
function agreedView(evidence: Evidence[]): PlacedView | 'conflict' | undefined {
  const views = new Set(evidence.map((e) => e.view).filter((v) => v !== undefined));
  if (views.size === 0) return undefined;
  return views.size === 1 ? [...views][0] : 'conflict';
}

/**
 * Each zone's view. A `; uclint-view:` comment decides; then names (directories, the file
 * name, BIND views), which are the user's own words; then the content (mostly private
 * addresses, discovery records of one side). Evidence of one kind pointing both ways
 * leaves the zone unplaced. Last, a zone whose origin's other copy was placed takes the
 * other side (split-brain DNS keeps one copy per side).
 */
export function guessViews(zoneFiles: readonly ZoneFile[], files: readonly DiscoveredFile[] = []): ZoneGuess[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const guesses = zoneFiles.map((zone): ZoneGuess => {
    const file = byFile.get(zone.file);
    const guess: ZoneGuess = { file: zone.file, originFrom: originFrom(zone, file), evidence: [] };
    if (zone.origin) guess.origin = displayName(zone.origin);
    if (zone.viewSource === 'comment' && zone.view !== 'unknown') {
      guess.evidence.push({ text: `the file says '; uclint-view: ${zone.view}'`, at: `${zone.file}:1`, view: zone.view });
      guess.view = zone.view;
      return guess;
    }
    // DNS as code: the zone's resource says which side serves it (a public provider's zone, a
    // private zone, a Windows DNS zone, a split-horizon tag), unless a directory or the config did.
    if (zone.viewSource === 'declared' && zone.view !== 'unknown') {
      guess.evidence.push({ text: `the zone's declaration says ${zone.view}`, at: `${zone.loc.file}:${zone.loc.line}`, view: zone.view });
      guess.view = zone.view;
      return guess;
    }
    // The server's own configuration says which view serves the file.
    if (zone.viewSource === 'named-conf' && zone.view !== 'unknown' && file?.viewEvidence) {
      guess.evidence.push(sitedEvidence(file.viewEvidence, zone.view));
      guess.view = zone.view;
      return guess;
    }
    if (zone.viewSource === 'named-conf' && file?.viewEvidence) {
      guess.evidence.push(sitedEvidence(file.viewEvidence));
      guess.unplacedReason = 'BIND serves it in views of both sides';
      return guess;
    }
    const bind = zone.viewSource === 'none' && file?.viewEvidence ? [sitedEvidence(file.viewEvidence)] : [];
    const named = [pathEvidence(zone), ...bind].filter((e): e is Evidence => e !== undefined);
    const content = [addressEvidence(zone), ...discoveryEvidence(zone)].filter((e): e is Evidence => e !== undefined);
    guess.evidence.push(...named, ...content);
    const byName = agreedView(named);
    const byContent = agreedView(content);
    if (byName === 'conflict') guess.unplacedReason = 'its names point to both sides';
    else if (byName) guess.view = byName;
    else if (byContent === 'conflict') guess.unplacedReason = 'its records point to both sides';
    else if (byContent) guess.view = byContent;
    else guess.unplacedReason = 'nothing says which side it serves';
    return guess;
  });
  for (const guess of guesses) {
    if (guess.view || !guess.origin || guess.unplacedReason !== 'nothing says which side it serves') continue;
    const others = guesses.filter((other) => other !== guess && other.origin === guess.origin);
    const sides = new Set(others.map((other) => other.view));
    if (others.length === 1 && sides.size === 1 && others[0].view) {
      const view: PlacedView = others[0].view === 'internal' ? 'external' : 'internal';
      guess.evidence.push({ text: `the other copy of ${guess.origin} is ${others[0].view}`, at: others[0].file, view });
      guess.view = view;
      delete guess.unplacedReason;
    }
  }
  return guesses;
}

/**
 * The `views` globs: `dir/**` for a directory whose own name says the view and whose zone
 * files all have it, else the file itself. A file at the root is written as `./name` when
 * another zone file shares its name (a glob without a slash matches the name anywhere).
 */
export function viewGlobs(zones: ZoneGuess[]): { internal: string[]; external: string[] } {
  const globs = { internal: new Set<string>(), external: new Set<string>() };
  const baseNames = new Map<string, number>();
  for (const zone of zones) {
    const base = zone.file.slice(zone.file.lastIndexOf('/') + 1);
    baseNames.set(base, (baseNames.get(base) ?? 0) + 1);
  }
  for (const zone of zones) {
    if (!zone.view) continue;
    const segments = zone.file.split('/').slice(0, -1);
    let glob: string | undefined;
    for (let depth = 1; depth <= segments.length && !glob; depth++) {
      const directory = segments.slice(0, depth).join('/');
      const own = new Set(viewWordsIn(segments[depth - 1]));
      const inside = zones.filter((z) => z.file.startsWith(directory + '/'));
      if (own.size === 1 && own.has(zone.view) && inside.every((z) => z.view === zone.view)) glob = `${escapeGlob(directory)}/**`;
    }
    // Names are escaped: a file called `*.zone` or `[ab].zone` means that file, not a pattern.
    if (!glob) glob = zone.file.includes('/') || baseNames.get(zone.file) === 1 ? escapeGlob(zone.file) : `./${escapeGlob(zone.file)}`;
    globs[zone.view].add(glob);
  }
  return { internal: [...globs.internal].sort(), external: [...globs.external].sort() };
}

// ---------------------------------------------------------------- SIP domains

function addSource(map: Map<DnsName, Evidence[]>, domain: DnsName, evidence: Evidence): void {
  const list = map.get(domain);
  if (!list) map.set(domain, [evidence]);
  else if (!list.some((e) => e.text === evidence.text && e.at === evidence.at)) list.push(evidence);
}

/**
 * SIP domains: the owners of `_sip*` SRV records, the parents of `sip` and `lyncdiscover`
 * names, and the topologies' `sipDomains`. Each is online when its discovery records point
 * to Microsoft 365 hosts, on-premises when they point elsewhere, mixed when both.
 */
export function guessDomains(estate: Estate): DomainGuess[] {
  const sources = new Map<DnsName, Evidence[]>();
  for (const { service, domain, record } of estate.srvServices()) {
    if (service.startsWith('_sip')) addSource(sources, domain, { text: `${service} SRV`, at: at(record.loc) });
  }
  for (const host of SIP_DISCOVERY_HOSTS) {
    for (const type of ['A', 'AAAA', 'CNAME'] as const) {
      for (const record of estate.records(type)) {
        if (!record.name.startsWith(host + '.')) continue;
        const domain = parentName(record.name);
        // A domain of one label (`sip.com.`) is not a SIP domain of the estate but a name in a TLD.
        if (!domain || domain === '.' || !domain.slice(0, -1).includes('.') || !estate.holdsZoneFor(domain)) continue;
        addSource(sources, domain, { text: `${host} ${type}`, at: at(record.loc) });
      }
    }
  }
  for (const topology of estate.topologies) {
    const said = topology.source === 'topology-builder' ? 'Topology Builder InternalDomain' : 'topology sipDomains';
    for (const domain of topology.sipDomains) addSource(sources, canonicalName(domain.value), { text: said, at: at(domain.loc) });
  }
  const guesses: DomainGuess[] = [];
  for (const [domain, found] of [...sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const discovery = discoveryTargets(estate, domain);
    const online = discovery.some((e) => e.online);
    const own = discovery.some((e) => !e.online);
    const status: DomainStatus = online && own ? 'mixed' : online ? 'online' : own ? 'on-premises' : 'unknown';
    guesses.push({ domain: displayName(domain), status, sources: found, discovery });
  }
  return guesses;
}

/** The discovery records of a domain with where each points: a Microsoft 365 host, or a server of its own. */
function discoveryTargets(estate: Estate, domain: DnsName): DiscoveryEvidence[] {
  const found: DiscoveryEvidence[] = [];
  const add = (record: ZoneRecord, target: string | undefined) => {
    const where = at(record.loc);
    if (target === undefined) {
      const shown = `${displayName(record.name)} ${record.type} ${(record.data as { address: string }).address}`;
      found.push({ text: `${shown}: a server of its own`, record: shown, at: where, online: false });
      return;
    }
    // A CNAME to a name of its own that the estate points on to Microsoft 365 is online too.
    // Views are not read here: placing zones in views is what init guesses.
    const onlineHost = m365HostReachedBy(estate, canonicalName(target));
    const shown = `${displayName(record.name)} ${record.type} -> ${displayName(canonicalName(target))}`;
    const cloud = onlineHost && m365CloudOf(onlineHost);
    const text = `${shown}: ${!onlineHost ? 'a server of its own' : cloud ? M365_CLOUDS[cloud].title : 'Microsoft 365'}`;
    found.push({ text, record: shown, at: where, online: onlineHost !== undefined, ...(cloud ? { cloud } : {}) });
  };
  for (const service of SIP_DISCOVERY_SERVICES) {
    for (const record of estate.recordsAt(`${service}.${domain}`, 'SRV')) add(record, record.data.target);
  }
  for (const host of SIP_DISCOVERY_HOSTS) {
    for (const record of estate.recordsAt(`${host}.${domain}`)) {
      if (record.type === 'CNAME') add(record, (record as ZoneRecord<'CNAME'>).data.target);
      else if (record.type === 'A' || record.type === 'AAAA') add(record, undefined);
    }
  }
  return found;
}

// ---------------------------------------------------------------- product and preset

/**
 * The preset: teams when every SIP domain is online, else the topology's product, else
 * cisco when Jabber's discovery records are there and Lync's are not, else recommended.
 * A preset this version of uclint lacks falls back to recommended (with the product in
 * `settings.product`), so the written file always loads.
 */
export function guessProduct(estate: Estate, domains: DomainGuess[]): ProductGuess {
  const choose = (wanted: string, product: Product | undefined, reason: string, evidence: Evidence[]): ProductGuess => {
    const guess: ProductGuess = { preset: Object.hasOwn(PRESETS, wanted) ? wanted : DEFAULT_PRESET, reason, evidence };
    if (product) guess.product = product;
    if (guess.preset !== wanted) guess.missingPreset = wanted;
    return guess;
  };
  if (domains.length > 0 && domains.every((d) => d.status === 'online')) {
    const evidence = domains.map((d) => ({ text: `${d.domain} is online`, at: d.discovery[0]?.at ?? d.sources[0].at }));
    return choose(presetForProduct('teams'), 'teams', 'every SIP domain is served by Microsoft 365', evidence);
  }
  for (const topology of estate.topologies) {
    const product = topology.product;
    if (product && (PRODUCTS as readonly string[]).includes(product.value)) {
      const value = product.value as Product;
      const builder = topology.source === 'topology-builder';
      const reason = builder ? `the Topology Builder document's services are ${value}` : `the topology names ${value}`;
      return choose(presetForProduct(value), value, reason, [{ text: builder ? `ServiceVersion: ${value}` : `product: ${value}`, at: at(product.loc) }]);
    }
  }
  const services = estate.srvServices();
  const cisco = services.find((s) => CISCO_SERVICES.has(s.service));
  const lync = services.find((s) => LYNC_SERVICES.has(s.service)) ?? estate.records('CNAME').find((r) => r.name.startsWith('lyncdiscover'));
  if (cisco && !lync) {
    return choose('uclint:cisco', undefined, 'Cisco Jabber discovery records and no Lync ones', [{ text: `${cisco.service} SRV`, at: at(cisco.record.loc) }]);
  }
  return { preset: DEFAULT_PRESET, reason: 'nothing names a product', evidence: [] };
}

/**
 * `settings.families` when the guessed product states fewer families than the files show
 * (every SIP domain online, but a topology with Lync pools too): the product would override
 * what a run infers, and rules about the other families would not run.
 */
function statedFamilies(estate: Estate, product: ProductGuess): { statedFamilies?: Family[] } {
  const shown = estate.families().families;
  if (!product.product) return {};
  const productFamily = FAMILY_OF_PRODUCT[product.product];
  return shown.some((family) => family !== productFamily) ? { statedFamilies: FAMILIES.filter((family) => family === productFamily || shown.includes(family)) } : {};
}

// ---------------------------------------------------------------- ignore

/** Directories at the root that hold no estate (discovery already skips .git, node_modules and dist). */
export function guessIgnore(root: string): IgnoreGuess[] {
  const found: IgnoreGuess[] = [];
  for (const [name, why] of Object.entries(NON_ESTATE_DIRECTORIES)) {
    const directory = path.join(root, name);
    if (existsSync(directory) && statSync(directory).isDirectory()) found.push({ glob: `${name}/**`, why });
  }
  return found.sort((a, b) => (a.glob < b.glob ? -1 : 1));
}
