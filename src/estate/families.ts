/**
 * The families of the deployment (`lync`, `legacy`, `teams`, `cisco`, `sip`): what the
 * engine runs rules for. Stated by the config (`settings.families`, else `settings.product`,
 * which a product preset sets), else inferred from evidence in the files, each piece with
 * where it was seen:
 * - a topology: its `product`; else pools and Edge pools (`lync`); Direct Routing SBCs and
 *   tenant domains (`teams`);
 * - discovery records that lead to Microsoft 365 (`teams`): `_sip._tls`,
 *   `_sipfederationtls._tcp`, `sip`, `lyncdiscover` to a Microsoft 365 host, directly or
 *   through CNAMEs the estate holds;
 * - an on-premises Lync / Skype for Business deployment (`lync`): `_sipinternaltls._tcp` or
 *   `_sipinternal._tcp`; `_sip._tls` or `_sipfederationtls._tcp` to a host of its own
 *   (`_sipfederationtls._tcp` also names an Expressway federating with Microsoft, so not
 *   in a domain with Cisco's records); `lyncdiscover` or `lyncdiscoverinternal` to a host
 *   of its own; values under Communicator's or Lync's registry keys; a topology's client policy,
 *   reverse proxy or simple URLs; firewall rules for the Edge (`appliesTo: edge-external`);
 * - a client's own settings: firewall rules and QoS policies for its program (`ms-teams.exe`,
 *   `Teams.exe`: `teams`; `lync.exe`, `communicator.exe`: `lync`), the Teams meeting
 *   configuration's media ports (`teams`), the Skype for Business conferencing configuration (`lync`);
 * - firewall rules that allow TCP from Microsoft's Direct Routing SIP proxies (`teams`): an SBC's;
 * - Windows Messenger 5's policy key (`legacy`, the LCS 2005 client);
 * - Cisco's SRV names (`cisco`): `_collab-edge._tls`, `_cisco-uds._tcp`, `_cuplogin._tcp`;
 * - RFC 3263 discovery (`sip`): `_sip._udp`, `_sip._tcp`, `_sips._tcp` SRV, SIP NAPTR records.
 * Nothing else says which family an estate is: addresses, certificates, VPN profiles, other media
 * policies and other firewall rules are the same for every family. Read once per estate.
 */
import { compareRanges, type SourceRange } from '../core/types.js';
import type { ZoneRecord } from '../model/dns.js';
import type { Estate } from './estate.js';
import { displayName } from '../model/names.js';
import { discoveryNamesAt } from './discovery-names.js';
import { sipFromMicrosoftRules } from './direct-routing.js';
import { m365HostReachedBy } from './m365-discovery.js';
import { CLIENT_POLICY_KEYS, CLIENT_PREFERENCE_KEYS, MESSENGER_CLIENT_KEY } from './client-policy.js';
import { clientOfProgram } from './client-media.js';
import { registryKey } from '../model/registry.js';
import { FAMILIES, FAMILY_OF_PRODUCT, isFamily, isProduct, type Family } from '../model/products.js';

/** One thing that shows a family, and where it was seen. */
export interface FamilyEvidence {
  family: Family;
  /** What was seen (`_sipinternaltls._tcp.contoso.com SRV -> pool.contoso.com`, `settings.product: teams`). */
  text: string;
  /** Absent for a setting given without a config file (the API, tests). */
  loc?: SourceRange;
}

/** What states the families in the config, for messages and reports. */
export interface FamiliesStatement {
  /** `settings.families: [lync, teams]`, `settings.product: sfb2015`, `extends: [uclint:sfb, uclint:cisco]`. */
  text: string;
  loc?: SourceRange;
}

export interface EstateFamilies {
  /** In `FAMILIES` order; empty when nothing says. */
  families: readonly Family[];
  has(family: Family): boolean;
  /** `settings`: the config states them; `files`: inferred from evidence; `unknown`: neither. */
  source: 'settings' | 'files' | 'unknown';
  /**
   * Stated: one entry per family, the statement. Inferred: the first pieces of evidence of
   * each family found (at most `EVIDENCE_KEPT`, one per text), in file and line order.
   */
  evidence: readonly FamilyEvidence[];
  /** Pieces of evidence per family, kept or not. */
  counts: Readonly<Partial<Record<Family, number>>>;
  /** `settings.product: teams`, `inferred from the files`, `unknown`: how the families were decided, for messages. */
  how: string;
}

/** Pieces of evidence kept per family: enough to check an inference, not every `_sip._udp` record of a large zone. */
export const EVIDENCE_KEPT = 5;

const MICROSOFT_SRV = new Set(['_sip._tls', '_sipfederationtls._tcp', '_sipinternaltls._tcp', '_sipinternal._tcp']);
const CISCO_SRV = new Set(['_collab-edge._tls', '_cisco-uds._tcp', '_cuplogin._tcp']);
const GENERIC_SIP_SRV = new Set(['_sip._udp', '_sip._tcp', '_sips._tcp']);
/** NAPTR services of RFC 3263 transport selection (`SIP+D2U`, `SIPS+D2T`, ...). */
const SIP_NAPTR_SERVICE = /^sips?\+d2[a-z]$/i;

const cache = new WeakMap<Estate, EstateFamilies>();

/** The estate's families: stated by the config, else inferred from the files. Read once per estate. */
export function estateFamilies(estate: Estate, statement?: FamiliesStatement): EstateFamilies {
  let found = cache.get(estate);
  if (found === undefined) {
    found = statedFamilies(estate, statement) ?? inferredFamilies(estate);
    cache.set(estate, found);
  }
  return found;
}

function result(families: ReadonlySet<Family>, source: EstateFamilies['source'], evidence: FamilyEvidence[], counts: Partial<Record<Family, number>>, how: string): EstateFamilies {
  const ordered = FAMILIES.filter((family) => families.has(family));
  return { families: ordered, has: (family) => families.has(family), source, evidence, counts, how };
}

function statedFamilies(estate: Estate, statement: FamiliesStatement | undefined): EstateFamilies | undefined {
  const { families, product } = estate.settings;
  let stated: Set<Family> | undefined;
  let text: string | undefined;
  if (Array.isArray(families) && families.some(isFamily)) {
    stated = new Set(families.filter(isFamily));
    text = `settings.families: [${FAMILIES.filter((f) => stated?.has(f)).join(', ')}]`;
  } else if (isProduct(product)) {
    stated = new Set([FAMILY_OF_PRODUCT[product]]);
    text = `settings.product: ${product}`;
  }
  if (stated === undefined || text === undefined) return undefined;
  const said = statement ?? { text };
  const evidence = FAMILIES.filter((f) => stated.has(f)).map((family) => ({ family, text: said.text, ...(said.loc ? { loc: said.loc } : {}) }));
  const counts = Object.fromEntries(evidence.map((e) => [e.family, 1]));
  return result(stated, 'settings', evidence, counts, said.text);
}

/** Collects evidence, keeping the first few pieces of each family (one per text) and counting them all. */
class Evidence {
  private readonly kept: FamilyEvidence[] = [];
  readonly counts: Partial<Record<Family, number>> = {};
  private readonly keptPerFamily: Partial<Record<Family, number>> = {};

  /** A large zone holds thousands of `_sip._udp` records: the text and range are made for the pieces that may be kept only. */
  add(family: Family, piece: () => { text: string; loc: SourceRange }): void {
    this.counts[family] = (this.counts[family] ?? 0) + 1;
    if ((this.keptPerFamily[family] ?? 0) >= EVIDENCE_KEPT) return;
    const { text, loc } = piece();
    // Several records at one owner say the same thing once.
    if (this.kept.some((e) => e.family === family && e.text === text)) return;
    this.keptPerFamily[family] = (this.keptPerFamily[family] ?? 0) + 1;
    this.kept.push({ family, text, loc });
  }

  /** The pieces kept, in file and line order. */
  pieces(): FamilyEvidence[] {
    return [...this.kept].sort((a, b) => compareRanges(a.loc as SourceRange, b.loc as SourceRange));
  }
}

function inferredFamilies(estate: Estate): EstateFamilies {
  const evidence = new Evidence();
  topologyEvidence(estate, evidence);
  recordEvidence(estate, evidence);
  registryEvidence(estate, evidence);
  firewallEvidence(estate, evidence);
  const families = new Set(Object.keys(evidence.counts) as Family[]);
  if (families.size === 0) return result(families, 'unknown', [], {}, 'unknown');
  return result(families, 'files', evidence.pieces(), evidence.counts, 'inferred from the files');
}

function topologyEvidence(estate: Estate, evidence: Evidence): void {
  for (const topology of estate.topologies) {
    const product = topology.product;
    if (product && isProduct(product.value)) {
      evidence.add(FAMILY_OF_PRODUCT[product.value], () => ({ text: `topology product: ${product.value}`, loc: product.loc }));
    } else {
      // The topology manifest describes Lync and Skype for Business pools.
      for (const pool of topology.pools) evidence.add('lync', () => ({ text: `topology pool ${pool.fqdn.value}`, loc: pool.fqdn.loc }));
      for (const edge of topology.edges) {
        const name = edge.internal?.fqdn.value ?? edge.external.access?.fqdn.value ?? edge.servers[0]?.value;
        evidence.add('lync', () => ({ text: `topology Edge pool${name ? ` ${name}` : ''}`, loc: edge.loc }));
      }
    }
    // Client policy, a reverse proxy and simple URLs are those of Lync and Skype for Business Server.
    const policy = topology.clientPolicy;
    const policyValue = policy && (policy.strictDnsNaming ?? policy.allowTcp ?? policy.manualServers?.internal ?? policy.manualServers?.external);
    if (policyValue) evidence.add('lync', () => ({ text: 'topology clientPolicy', loc: policyValue.loc }));
    const proxy = topology.reverseProxy;
    if (proxy) evidence.add('lync', () => ({ text: `topology reverse proxy ${proxy.fqdn.value}`, loc: proxy.fqdn.loc }));
    for (const url of [...topology.simpleUrls.meet, ...topology.simpleUrls.dialin, ...topology.simpleUrls.admin]) evidence.add('lync', () => ({ text: `topology simple URL ${url.value}`, loc: url.loc }));
    for (const sbc of topology.sbcs) evidence.add('teams', () => ({ text: `topology Direct Routing SBC ${sbc.fqdn.value}`, loc: sbc.fqdn.loc }));
    for (const domain of topology.tenantDomains) evidence.add('teams', () => ({ text: `topology tenant domain ${domain.value}`, loc: domain.loc }));
  }
}

function recordEvidence(estate: Estate, evidence: Evidence): void {
  // NAPTR first: a zone has few, and they say more than any one of its (maybe thousands of) SRV records.
  for (const naptr of estate.eachRecord('NAPTR')) {
    if (!SIP_NAPTR_SERVICE.test(naptr.data.service)) continue;
    evidence.add('sip', () => ({ text: `${displayName(naptr.name)} NAPTR ${naptr.data.service}`, loc: naptr.loc }));
  }
  const services = estate.srvServices();
  // An Expressway federating with Microsoft publishes `_sipfederationtls._tcp` beside Cisco's own records.
  const ciscoDomains = new Set(services.filter((s) => CISCO_SRV.has(s.service)).map((s) => s.domain));
  for (const { record, service, domain } of services) {
    if (MICROSOFT_SRV.has(service)) {
      const target = record.data.target;
      if (target === '.') continue;
      const shown = () => `${displayName(record.name)} SRV -> ${displayName(target)}`;
      if (m365HostReachedBy(estate, target) !== undefined) evidence.add('teams', () => ({ text: `${shown()} (Microsoft 365)`, loc: record.loc }));
      else if (service !== '_sipfederationtls._tcp' || !ciscoDomains.has(domain)) evidence.add('lync', () => ({ text: `${shown()} (on-premises)`, loc: record.loc }));
    } else if (CISCO_SRV.has(service) || GENERIC_SIP_SRV.has(service)) {
      evidence.add(CISCO_SRV.has(service) ? 'cisco' : 'sip', () => ({ text: `${displayName(record.name)} SRV`, loc: record.loc }));
    }
  }
  for (const label of ['lyncdiscover', 'lyncdiscoverinternal', 'sip'] as const) {
    for (const owner of discoveryNamesAt(estate, label).values()) {
      for (const record of estate.recordsAt(owner)) hostEvidence(estate, label, record, evidence);
    }
  }
}

/** A `lyncdiscover`, `lyncdiscoverinternal` or `sip` name: Microsoft 365 when it leads there; on-premises Lync for the autodiscover names. */
function hostEvidence(estate: Estate, label: 'lyncdiscover' | 'lyncdiscoverinternal' | 'sip', record: ZoneRecord, evidence: Evidence): void {
  if (record.type === 'CNAME') {
    const target = (record as ZoneRecord<'CNAME'>).data.target;
    const shown = () => `${displayName(record.name)} CNAME -> ${displayName(target)}`;
    if (m365HostReachedBy(estate, target) !== undefined) evidence.add('teams', () => ({ text: `${shown()} (Microsoft 365)`, loc: record.loc }));
    else if (label !== 'sip') evidence.add('lync', () => ({ text: `${shown()} (on-premises)`, loc: record.loc }));
  } else if ((record.type === 'A' || record.type === 'AAAA') && label !== 'sip') {
    // `sip.<domain>` is a common name for any SIP server; an address says nothing of whose.
    evidence.add('lync', () => ({ text: `${displayName(record.name)} ${record.type} ${(record as ZoneRecord<'A'>).data.address} (on-premises)`, loc: record.loc }));
  }
}

/** `appliesTo: edge-external` (or internal): the rules guard an Edge, which Lync and Skype for Business Server have. */
const EDGE_RULE_SET = /edge[-_ ]?(external|internal)|(external|internal)[-_ ]?edge/i;

function firewallEvidence(estate: Estate, evidence: Evidence): void {
  for (const set of estate.firewallRuleSets) {
    const appliesTo = set.appliesTo;
    if (appliesTo && EDGE_RULE_SET.test(appliesTo.value)) evidence.add('lync', () => ({ text: `firewall rules for the Edge (appliesTo: ${appliesTo.value})`, loc: appliesTo.loc }));
    for (const rule of set.rules) {
      const program = rule.program;
      const client = clientOfProgram(program?.value);
      if (client && program) evidence.add(client, () => ({ text: `firewall rule ${rule.name.value} for ${program.value}`, loc: program.loc }));
    }
    // Only a Teams Direct Routing SBC takes SIP from Microsoft's SIP proxies.
    const [sip] = sipFromMicrosoftRules(set);
    if (sip) evidence.add('teams', () => ({ text: `firewall rule ${sip.name.value} of ${set.name} allows TCP from Microsoft's Direct Routing SIP proxies`, loc: sip.name.loc }));
  }
  for (const policy of estate.qosPolicies) {
    const application = policy.application;
    const client = clientOfProgram(application?.value);
    if (client && application) evidence.add(client, () => ({ text: `QoS policy ${policy.name.value} for ${application.value}`, loc: application.loc }));
  }
  for (const policy of estate.mediaPolicies) {
    const product = policy.product;
    if (product) evidence.add(product, () => ({ text: product === 'teams' ? 'Teams meeting configuration (media ports)' : 'Skype for Business conferencing or media configuration', loc: policy.loc }));
  }
}

const LYNC_CLIENT_KEYS = [...CLIENT_POLICY_KEYS, ...CLIENT_PREFERENCE_KEYS];

function registryEvidence(estate: Estate, evidence: Evidence): void {
  for (const file of estate.registry.files) {
    for (const value of file.values) {
      if (value.deleted) continue;
      const key = registryKey(value.key);
      const shown = `registry ${value.key}${value.name ? `\\${value.name}` : ''}`;
      if (key === MESSENGER_CLIENT_KEY) evidence.add('legacy', () => ({ text: `${shown} (Windows Messenger 5)`, loc: value.loc }));
      else if (LYNC_CLIENT_KEYS.some((client) => key === client || key.startsWith(`${client}\\`))) evidence.add('lync', () => ({ text: `${shown} (Communicator / Lync client)`, loc: value.loc }));
    }
  }
}
