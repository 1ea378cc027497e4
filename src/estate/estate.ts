import type { DnsName, View, ZoneFile, ZoneRecord, RDataByType, KnownType } from '../model/dns.js';
import type { RecordTable } from '../model/record-table.js';
import { canonicalName, parentName } from '../model/names.js';
import { OwnerIndex } from './owner-index.js';
import { suffixHash } from '../model/owner-names.js';
import { splitSrvOwner } from './sip.js';
import { hostName, matchedNames, sanCovering, type Certificate } from '../model/certificate.js';
import type { Topology } from '../model/topology.js';
import { mergeTopologies, type TopologyDisagreement } from '../model/topology-merge.js';
import type { PrivateKey } from '../model/private-key.js';
import type { FirewallRuleSet, MediaPolicy, QosPolicy, SdpSession, VpnProfile } from '../model/network.js';
import { qosPoliciesFromRegistry } from './qos.js';
import { dwordFlag, MESSENGER_CLIENT_KEY, RegistryIndex, type SourcedFact } from './client-policy.js';
import { estateFamilies, type EstateFamilies, type FamiliesStatement } from './families.js';
import { mergeLinkedCertificates } from './certificate-merge.js';
import type { ModelNodes } from '../model/nodes.js';
import type { LiveView } from '../model/live.js';

/** What the Estate is given besides the nodes: what the config says. */
export interface EstateOptions {
  settings?: EstateSettings;
  /** Where the config states the families (`settings.families`, `settings.product`, the presets of `extends`), for reports. */
  familiesStatement?: FamiliesStatement;
}

/** What the estate's configuration says about the deployment (FORMATS 5 `settings`). */
export interface EstateSettings {
  sipDomains?: string[];
  /** Strict DNS naming from the config; topology and registry policy may set it too in later packs. */
  strictDnsNaming?: boolean;
  /** Product of the deployment (`lync2010`, `sfb2015`, `teams`, ...). */
  product?: string;
  /** Families of the deployment (`lync`, `legacy`, `teams`, `cisco`, `sip`), when the product alone cannot say (hybrid); wins over `product` for the families. */
  families?: string[];
  [key: string]: unknown;
}

export interface ViewFilter {
  /** Only records from zones of this view. `unknown` matches unknown-view zones only. */
  view?: View;
}

export type Typed<T extends KnownType> = ZoneRecord<T> & { data: RDataByType[T] };

export interface Resolution {
  /** The name asked about (canonical). */
  name: DnsName;
  /** A and AAAA records reached, after following CNAMEs. */
  addresses: Array<Typed<'A'> | Typed<'AAAA'>>;
  /** CNAME records followed, in order. */
  chain: Array<Typed<'CNAME'>>;
  /**
   * - `resolved`: at least one address.
   * - `nodata`: the final name exists in an estate zone but has no A/AAAA.
   * - `nxdomain`: the final name is inside an estate zone and has no records at all.
   * - `outside`: the final name is in no zone the estate holds (cannot be judged).
   * - `unread`: the final name has records that could not be read (bad data, a template
   *   placeholder): it exists, and what it holds is not known (cannot be judged).
   * - `loop`: the CNAME chain loops or exceeds 16 links.
   */
  outcome: 'resolved' | 'nodata' | 'nxdomain' | 'outside' | 'unread' | 'loop';
  /** The last name reached (the CNAME chain's end). */
  finalName: DnsName;
}

/** An SRV record whose owner is `_service._proto.domain`, with the owner split once for every rule. */
export interface SrvService {
  record: Typed<'SRV'>;
  /** `_service._proto`, lower-case, e.g. `_sipinternaltls._tcp`. */
  service: string;
  /** The domain the service is published for (canonical, trailing dot). */
  domain: DnsName;
}

const MAX_CNAME_CHAIN = 16;

/** The shared answer for "no records": frozen so no caller can add to it. */
const NONE: readonly ZoneRecord[] = Object.freeze([]);

/**
 * The one model every rule reads. Built once from the loaders' output, then read-only.
 * Indexes answer the questions rules ask without a pass over records inside a pass
 * over records.
 */
export class Estate {
  readonly zones: readonly ZoneFile[];
  readonly settings: EstateSettings;
  /** Certificates from files and `kind: Certificates` manifests (a linked file merged into its entry). */
  readonly certificates: readonly Certificate[];
  /**
   * The deployment's topologies: `kind: Topology` manifests, or, where the estate holds a Topology
   * Builder document, one topology merged from it and the manifests (see topology-merge.ts).
   */
  readonly topologies: readonly Topology[];
  /** Where a Topology Builder document and a `kind: Topology` manifest disagree. */
  readonly topologyDisagreements: readonly TopologyDisagreement[];
  /** Registry exports (client policy, NTLM settings), indexed by key and value name. */
  readonly registry: RegistryIndex;
  /** VPN client profiles: manifests, WireGuard and OpenVPN configs. */
  readonly vpnProfiles: readonly VpnProfile[];
  readonly firewallRuleSets: readonly FirewallRuleSet[];
  readonly mediaPolicies: readonly MediaPolicy[];
  /** Windows policy-based QoS policies: read by formats (`New-NetQosPolicy`), then those of the Group Policy registry values. */
  readonly qosPolicies: readonly QosPolicy[];
  /** SDP offers and answers (ICE candidates). */
  readonly sdpSessions: readonly SdpSession[];
  private readonly familiesStatement: FamiliesStatement | undefined;
  /** Private keys found in any file read (PEM blocks, key files, PKCS#12 files that open without a password). */
  readonly privateKeys: readonly PrivateKey[];
  /** Certificates by the hosts their `usedBy` names. */
  private readonly certificatesByUser = new Map<string, Certificate[]>();
  /** Certificates without `usedBy` by the names they are matched on (SAN DNS names, or the CN without SANs) as written (`*.contoso.com` included), lower-case. */
  private readonly unassignedBySan = new Map<string, Certificate[]>();
  /**
   * Records are numbered across the zones (ids): zone z's row i is `firstIds[z] + i`. The
   * indexes hold ids, and record objects are made for the records a rule asks about (see
   * RecordTable: a million record objects kept for the estate's life cost more to collect
   * than to read).
   */
  private readonly tables: RecordTable[];
  private readonly firstIds: Int32Array;
  /** Per id: the index of its zone. */
  private readonly zoneIndexOfId: Uint16Array | Uint32Array;
  private readonly byName: OwnerIndex;
  private readonly byType = new Map<string, Int32Array>();
  /** Zones by origin, in estate order, for authority look-ups (a name's origins are found from it upwards). */
  private readonly zonesByOrigin = new Map<DnsName, ZoneFile[]>();
  /** Owner names with records that could not be read, with the zones that hold them. */
  private readonly unreadOwners = new Map<DnsName, ZoneFile[]>();

  /**
   * Built from the nodes the formats loaded, whatever format each came from (one list per kind,
   * in file order), and what the config says of the deployment. A certificate file that a
   * manifest entry links is merged with that entry here.
   */
  constructor(input: Partial<ModelNodes> & EstateOptions) {
    this.zones = input.zones ?? [];
    this.settings = input.settings ?? {};
    // A Topology Builder document and a `kind: Topology` manifest describe one deployment: merged, their differences kept.
    const merged = mergeTopologies(input.topologies ?? []);
    this.topologies = merged.topologies;
    this.topologyDisagreements = merged.disagreements;
    this.registry = new RegistryIndex(input.registry ?? []);
    this.vpnProfiles = input.vpnProfiles ?? [];
    this.firewallRuleSets = input.firewallRuleSets ?? [];
    this.mediaPolicies = input.mediaPolicies ?? [];
    this.qosPolicies = [...(input.qosPolicies ?? []), ...qosPoliciesFromRegistry(this.registry.files)];
    this.sdpSessions = input.sdpSessions ?? [];
    this.privateKeys = input.privateKeys ?? [];
    const certificates = input.certificates ?? [];
    // Certificates from files first, then the manifest entries that link none.
    this.certificates = certificates.some((c) => c.source === 'manifest')
      ? mergeLinkedCertificates(
          certificates.filter((c) => c.source !== 'manifest'),
          certificates.filter((c) => c.source === 'manifest'),
        )
      : certificates;
    this.familiesStatement = input.familiesStatement;
    const file = (map: Map<string, Certificate[]>, key: string, certificate: Certificate) => {
      const list = map.get(key);
      if (!list) map.set(key, [certificate]);
      else if (list[list.length - 1] !== certificate) list.push(certificate);
    };
    for (const certificate of this.certificates) {
      for (const user of certificate.usedBy) file(this.certificatesByUser, user, certificate);
      if (certificate.usedBy.length === 0) for (const name of matchedNames(certificate) ?? []) file(this.unassignedBySan, hostName(name), certificate);
    }
    this.tables = this.zones.map((zone) => zone.table);
    this.firstIds = new Int32Array(this.tables.length + 1);
    for (let z = 0; z < this.tables.length; z++) this.firstIds[z + 1] = this.firstIds[z] + this.tables[z].size;
    const recordCount = this.firstIds[this.tables.length];
    this.zoneIndexOfId = this.tables.length <= 0x10000 ? new Uint16Array(recordCount) : new Uint32Array(recordCount);
    // Ids by type code, in arrays of exact size: a pass to count, a pass to fill.
    const counts = new Int32Array(0x10000);
    for (let z = 0; z < this.tables.length; z++) {
      const table = this.tables[z];
      this.zoneIndexOfId.fill(z, this.firstIds[z], this.firstIds[z + 1]);
      for (let i = 0; i < table.size; i++) counts[table.typeCode(i)]++;
    }
    const idsByCode = new Map<number, { ids: Int32Array; next: number }>();
    for (let code = 0; code < counts.length; code++) {
      if (counts[code] === 0) continue;
      const ids = new Int32Array(counts[code]);
      idsByCode.set(code, { ids, next: 0 });
    }
    this.byName = new OwnerIndex(recordCount, {
      is: (id, name) => this.tableOf(id).owners.is(this.rowOf(id), name),
      same: (id, other) => this.tableOf(id).sameName(this.rowOf(id), this.tableOf(other), this.rowOf(other)),
      text: (id) => this.tableOf(id).name(this.rowOf(id)),
    });
    let previousPosition = -1;
    for (let z = 0; z < this.tables.length; z++) {
      const table = this.tables[z];
      const first = this.firstIds[z];
      for (let i = 0; i < table.size; i++) {
        const id = first + i;
        const slot = idsByCode.get(table.typeCode(i)) as { ids: Int32Array; next: number };
        slot.ids[slot.next++] = id;
        // Records at one owner mostly come together (the parser keeps one entry for them): the
        // owner of the record before needs no index look-up, the dearest step on a large zone.
        if (i > 0 && table.owners.sameEntry(i, i - 1)) this.byName.addTo(previousPosition, id);
        else previousPosition = this.byName.add(id, table.owners.hash(i));
      }
    }
    for (const { ids } of idsByCode.values()) this.byType.set(this.typeOfId(ids[0]), ids);
    for (const zone of this.zones) {
      for (const owner of zone.unreadOwners ?? []) {
        const list = this.unreadOwners.get(owner);
        if (list) list.push(zone);
        else this.unreadOwners.set(owner, [zone]);
      }
      if (zone.origin === undefined) continue;
      const list = this.zonesByOrigin.get(zone.origin);
      if (list) list.push(zone);
      else this.zonesByOrigin.set(zone.origin, [zone]);
    }
  }

  /**
   * Every record of a type (all views unless filtered). Record objects are made for each
   * call and not kept: two calls give equal records that are not the same objects, so keep
   * records in a Set or Map by `recordKey(record)`.
   */
  records<T extends KnownType>(type: T, filter?: ViewFilter): ReadonlyArray<Typed<T>>;
  records(type: string, filter?: ViewFilter): readonly ZoneRecord[];
  records(type: string, filter?: ViewFilter): readonly ZoneRecord[] {
    return [...this.eachRecord(type, filter)];
  }

  /**
   * The records of `records(type, filter)` one at a time: a rule that walks every record of
   * a common type holds one record object at a time, not an array of them all.
   */
  eachRecord<T extends KnownType>(type: T, filter?: ViewFilter): IterableIterator<Typed<T>>;
  eachRecord(type: string, filter?: ViewFilter): IterableIterator<ZoneRecord>;
  *eachRecord(type: string, filter?: ViewFilter): IterableIterator<ZoneRecord> {
    for (const id of this.idsOfType(type, filter)) yield this.recordOfId(id);
  }

  /** True when the estate holds a record of the type (in the view, if given): `records(type).length > 0` without making them. */
  hasRecords(type: string, filter?: ViewFilter): boolean {
    return !this.idsOfType(type, filter).next().done;
  }

  /** The ids of the records of a type, in the view if given, in zone and file order. */
  private *idsOfType(type: string, filter?: ViewFilter): IterableIterator<number> {
    const ids = this.byType.get(type.toUpperCase());
    if (ids === undefined) return;
    const view = filter?.view;
    for (let k = 0; k < ids.length; k++) if (view === undefined || this.zoneOfId(ids[k]).view === view) yield ids[k];
  }

  /** Records at an owner name, optionally of one type and one view. */
  recordsAt<T extends KnownType>(name: string, type: T, filter?: ViewFilter): ReadonlyArray<Typed<T>>;
  recordsAt(name: string, type?: string, filter?: ViewFilter): readonly ZoneRecord[];
  recordsAt(name: string, type?: string, filter?: ViewFilter): readonly ZoneRecord[] {
    const position = this.byName.find(canonicalName(name));
    if (position < 0) return NONE;
    const wanted = type?.toUpperCase();
    const view = filter?.view;
    let found: ZoneRecord[] | undefined;
    for (let id = this.byName.firstId(position); id >= 0; id = this.byName.nextId(id)) {
      if (view !== undefined && this.zoneOfId(id).view !== view) continue;
      if (wanted !== undefined && this.typeOfId(id) !== wanted) continue;
      (found ??= []).push(this.recordOfId(id));
    }
    return found ?? NONE;
  }

  /**
   * Owner names that hold more than one record (in any zone and view), with their records
   * in file order: what rules comparing records at one name need, without a pass per name.
   */
  *namesWithSeveralRecords(): IterableIterator<[DnsName, readonly ZoneRecord[]]> {
    const index = this.byName;
    for (let position = 0; position < index.size; position++) {
      if (index.holdsSeveral(position)) yield [index.nameAt(position), this.recordsOfPosition(position)];
    }
  }

  /** True when any record exists at the name (in the view, if given). */
  hasName(name: string, filter?: ViewFilter): boolean {
    const position = this.byName.find(canonicalName(name));
    if (position < 0) return false;
    const view = filter?.view;
    if (view === undefined) return true;
    for (let id = this.byName.firstId(position); id >= 0; id = this.byName.nextId(id)) if (this.zoneOfId(id).view === view) return true;
    return false;
  }

  /** True when the name has records that could not be read (in the view, if given): it exists, with data not known. */
  hasUnreadRecords(name: string, filter?: ViewFilter): boolean {
    const zones = this.unreadOwners.get(canonicalName(name));
    if (zones === undefined) return false;
    return filter?.view === undefined || zones.some((zone) => zone.view === filter.view);
  }

  zonesInView(view: View): ZoneFile[] {
    return this.zones.filter((z) => z.view === view);
  }

  /** Views the estate holds zones for. */
  views(): View[] {
    return [...new Set(this.zones.map((z) => z.view))];
  }

  /**
   * The estate zones authoritative for a name: those with the longest origin the name
   * is at or below (one per view in split-brain estates), optionally in one view.
   */
  zonesFor(name: string, filter?: ViewFilter): ZoneFile[] {
    // The name itself, then each parent up to the root: the first origin with zones (in the view) is the longest.
    for (let origin: DnsName | undefined = canonicalName(name); origin !== undefined; origin = parentName(origin)) {
      const zones = this.zonesByOrigin.get(origin);
      if (zones === undefined) continue;
      const found = filter?.view ? zones.filter((zone) => zone.view === filter.view) : zones.slice();
      if (found.length > 0) return found;
    }
    return [];
  }

  /** True when some estate zone (in the view, if given) is authoritative for the name. */
  holdsZoneFor(name: string, filter?: ViewFilter): boolean {
    return this.zonesFor(name, filter).length > 0;
  }

  /**
   * The addresses a name resolves to inside the estate, following CNAMEs (and only
   * CNAMEs held in the estate). With a view, looks only at zones of that view, as a
   * client on that side of split-brain DNS would.
   */
  resolve(name: string, filter?: ViewFilter): Resolution {
    const start = canonicalName(name);
    const chain: Array<Typed<'CNAME'>> = [];
    const view = filter?.view;
    let current = start;
    for (;;) {
      // A loop revisits the start or a target already followed; chains are short, so a scan beats a Set.
      const revisited = chain.length > 0 && (current === start || chain.some((c, i) => i < chain.length - 1 && c.data.target === current));
      if (revisited || chain.length > MAX_CNAME_CHAIN) {
        return { name: start, addresses: [], chain, outcome: 'loop', finalName: current };
      }
      // One index look-up per name: the CNAME, or else the addresses, come from the same entry.
      const position = this.byName.find(current);
      const atName = position < 0 ? NONE : this.recordsOfPosition(position);
      let cname: Typed<'CNAME'> | undefined;
      const addresses: Array<Typed<'A'> | Typed<'AAAA'>> = [];
      let any = false;
      for (const r of atName) {
        if (view !== undefined && r.zone.view !== view) continue;
        any = true;
        if (r.type === 'CNAME') cname ??= r as Typed<'CNAME'>;
        else if (r.type === 'A' || r.type === 'AAAA') addresses.push(r as Typed<'A'> | Typed<'AAAA'>);
      }
      if (cname) {
        chain.push(cname);
        current = cname.data.target;
        continue;
      }
      let outcome: Resolution['outcome'];
      if (addresses.length > 0) outcome = 'resolved';
      else if (!this.holdsZoneFor(current, filter)) outcome = 'outside';
      else if (this.hasUnreadRecords(current, filter)) outcome = 'unread';
      else if (any || this.hasDescendants(current)) outcome = 'nodata';
      else outcome = 'nxdomain';
      // A and AAAA in the order the index holds them is file order; keep A before AAAA as before.
      addresses.sort((a, b) => (a.type === b.type ? 0 : a.type === 'A' ? -1 : 1));
      return { name: start, addresses, chain, outcome, finalName: current };
    }
  }

  /**
   * What `uclint probe` found served (the DNS answers and presented certificates), once the
   * probe has run; undefined in every other run. The `live/*` rules compare it with the files.
   */
  get live(): LiveView | undefined {
    return this.liveView;
  }
  private liveView: LiveView | undefined;

  /** Gives the estate the live view, once, before rules run. */
  attachLive(view: LiveView): void {
    if (this.liveView !== undefined) throw new Error('the live view is attached once');
    this.liveView = view;
  }

  /** The product of the deployment: `settings.product`, else the topology's. */
  product(): string | undefined {
    return this.settings.product ?? this.topologies.find((t) => t.product)?.product?.value;
  }

  /**
   * The families of the deployment (`src/estate/families.ts`): `settings.families`, else the
   * family of `settings.product`, else what the files show, with the evidence. Read once.
   */
  families(): EstateFamilies {
    return estateFamilies(this, this.familiesStatement);
  }

  /**
   * Whether clients enforce strict DNS naming, and who says so: `settings.strictDnsNaming`,
   * else the topology's client policy, else registry policy (`EnableStrictDNSNaming` of
   * Communicator's policy keys, or Windows Messenger 5's `DisableStrictDNSNaming`, as "LCS and Windows Messenger 5 connectivity" describes it).
   * Undefined when nothing says.
   */
  strictDnsNaming(): SourcedFact<boolean> | undefined {
    if (this.settings.strictDnsNaming !== undefined) return { value: this.settings.strictDnsNaming, source: 'config' };
    for (const topology of this.topologies) {
      const sited = topology.clientPolicy?.strictDnsNaming;
      if (sited) return { value: sited.value, source: 'topology', node: sited };
    }
    const enable = this.registry.clientSetting('EnableStrictDNSNaming');
    const enabled = dwordFlag(enable?.value);
    if (enable && enabled !== undefined && enable.source === 'policy') return { value: enabled, source: 'registry policy', node: enable.value };
    const disable = this.registry.current(MESSENGER_CLIENT_KEY, 'DisableStrictDNSNaming');
    const disabled = dwordFlag(disable);
    if (disable && disabled !== undefined) return { value: !disabled, source: 'registry policy', node: disable };
    return undefined;
  }

  /**
   * The SIP domains: `settings.sipDomains` when given, else the topology's, otherwise every
   * domain that carries a `_sip*` SRV record (`_sip`, `_sips`, `_sipinternal`,
   * `_sipinternaltls`, `_sipfederationtls`) in any view. Computed once.
   */
  sipDomains(): ReadonlySet<DnsName> {
    if (this.sipDomainSet === undefined) {
      const configured = this.configuredSipDomains();
      const found = new Set<DnsName>();
      if (configured.length > 0) {
        for (const domain of configured) found.add(canonicalName(domain));
      } else {
        for (const { service, domain } of this.srvServices()) if (service.startsWith('_sip')) found.add(domain);
      }
      this.sipDomainSet = found;
    }
    return this.sipDomainSet;
  }
  private sipDomainSet: ReadonlySet<DnsName> | undefined;

  /** True when the SIP domains come from the config or a topology, not from the records found. */
  sipDomainsConfigured(): boolean {
    return this.configuredSipDomains().length > 0;
  }

  private configuredSipDomains(): readonly string[] {
    return this.settings.sipDomains?.length ? this.settings.sipDomains : this.topologies.flatMap((t) => t.sipDomains.map((d) => d.value));
  }

  /**
   * The domains registered in the Microsoft 365 tenant, as far as the estate says: the SIP
   * domains (users sign in with them, so the tenant holds them) and the topologies'
   * `tenantDomains`. Canonical names.
   */
  tenantDomains(): ReadonlySet<DnsName> {
    const domains = new Set(this.sipDomains());
    for (const topology of this.topologies) for (const domain of topology.tenantDomains) domains.add(canonicalName(domain.value));
    return domains;
  }

  /**
   * The SRV records whose owner has the `_service._proto.domain` shape, in record order,
   * with the owner split. Computed once: several SIP rules walk every SRV record, and
   * sharing the split also shares the domain strings, so set look-ups by them are cheap.
   */
  srvServices(): readonly SrvService[] {
    if (this.srvServiceList === undefined) {
      const list: SrvService[] = [];
      let previous: SrvService | undefined;
      for (const record of this.records('SRV')) {
        // Records at one owner usually come together: split the owner once for them.
        if (previous !== undefined && previous.record.name === record.name) {
          list.push({ record, service: previous.service, domain: previous.domain });
          continue;
        }
        const owner = splitSrvOwner(record.name);
        if (owner === undefined) continue;
        previous = { record, service: owner.service, domain: owner.domain };
        list.push(previous);
      }
      this.srvServiceList = list;
    }
    return this.srvServiceList;
  }
  private srvServiceList: readonly SrvService[] | undefined;

  /**
   * The certificates a host presents: those whose `usedBy` names it, and those without
   * `usedBy` whose own names (SANs, or the CN of a certificate without SANs) cover it (a committed file says nothing of where it is
   * installed, so its names are the best evidence).
   */
  certificatesFor(host: string): Certificate[] {
    const name = hostName(host);
    const used = this.certificatesByUser.get(name) ?? [];
    // A SAN covers the host exactly, or as the one-label wildcard of its parent: two look-ups, not a pass over every certificate.
    const dot = name.indexOf('.');
    const candidates = new Set([...(this.unassignedBySan.get(name) ?? []), ...(dot > 0 ? (this.unassignedBySan.get(`*${name.slice(dot)}`) ?? []) : [])]);
    // In the estate's order, as before the index: rules report in that order.
    const byNames = [...candidates].filter((c) => sanCovering(c, name) !== undefined).sort((a, b) => this.certificates.indexOf(a) - this.certificates.indexOf(b));
    return [...used, ...byNames];
  }

  /** Every owner name the estate holds, for rules that walk names. */
  *names(): IterableIterator<DnsName> {
    for (let position = 0; position < this.byName.size; position++) yield this.byName.nameAt(position);
  }

  /**
   * The owner names that start with one of `prefixes` (each at least one character): what
   * `names()` gives, filtered, without making every name on the way.
   */
  *namesStartingWith(prefixes: readonly string[]): IterableIterator<DnsName> {
    const firsts = new Set(prefixes.map((prefix) => prefix.charCodeAt(0)));
    for (let position = 0; position < this.byName.size; position++) {
      const id = this.byName.firstId(position);
      const table = this.tableOf(id);
      const row = this.rowOf(id);
      // Most names are settled by their first character, read without making the name.
      if (!firsts.has(table.owners.firstCharCode(row))) continue;
      const name = table.name(row);
      if (prefixes.some((prefix) => name.startsWith(prefix))) yield name;
    }
  }

  /** The record with id `id`, as a new record object. */
  private recordOfId(id: number): ZoneRecord {
    return this.tableOf(id).record(this.rowOf(id));
  }

  /** The table holding a record id, and the id's row in it. */
  private tableOf(id: number): RecordTable {
    return this.tables[this.zoneIndexOfId[id]];
  }

  private rowOf(id: number): number {
    return id - this.firstIds[this.zoneIndexOfId[id]];
  }

  private typeOfId(id: number): string {
    return this.tableOf(id).type(this.rowOf(id));
  }

  private zoneOfId(id: number): ZoneFile {
    return this.zones[this.zoneIndexOfId[id]];
  }

  /** The records at an owner position, in file order. */
  private recordsOfPosition(position: number): ZoneRecord[] {
    const found: ZoneRecord[] = [];
    for (let id = this.byName.firstId(position); id >= 0; id = this.byName.nextId(id)) found.push(this.recordOfId(id));
    return found;
  }

  /** True when some owner name lies strictly below `name` (an empty non-terminal exists). */
  private hasDescendants(name: DnsName): boolean {
    if (this.ancestorHashes === undefined) this.ancestorHashes = this.hashAncestors();
    if (this.ancestorHashes !== null) {
      // Built lazily, once: only resolution failures ask. Hashes of the ancestors found where
      // the names are written, each with an owner below it that settles a match exactly.
      const below = this.ancestorHashes.get(suffixHash(name));
      if (below === undefined) return false;
      const owner = this.byName.nameAt(below);
      if (owner.length > name.length && owner.endsWith(`.${name}`)) return true;
      // Another name of the same hash: the exact index below settles it.
    }
    if (!this.descendantIndex) {
      this.descendantIndex = new Set();
      for (const owner of this.names()) {
        for (let p = parentName(owner); p !== undefined && p !== '.'; p = parentName(p)) {
          if (this.descendantIndex.has(p)) break;
          this.descendantIndex.add(p);
        }
      }
    }
    return this.descendantIndex.has(name);
  }
  private descendantIndex: Set<DnsName> | undefined;

  /**
   * Suffix hash of each name above an owner name -> the position of one owner below it; null
   * when an owner name holds an escape (its labels are found by parentName instead). Making
   * every ancestor's name string for a zone of a million records cost seconds.
   */
  private hashAncestors(): Map<number, number> | null {
    const hashes = new Map<number, number>();
    for (let position = 0; position < this.byName.size; position++) {
      const id = this.byName.firstId(position);
      const found = this.tableOf(id).owners.ancestorHashes(this.rowOf(id), (hash) => {
        if (!hashes.has(hash)) hashes.set(hash, position);
      });
      if (!found) return null;
    }
    return hashes;
  }
  private ancestorHashes: Map<number, number> | null | undefined;
}

