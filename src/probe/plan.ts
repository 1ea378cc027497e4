/**
 * What a probe asks, worked out from the committed estate alone (no network here): the DNS
 * questions per SIP domain and family, which names are the estate's own (the only ones the
 * probe follows or connects to), and where findings about each go when nothing committed
 * answers them.
 */
import type { SourceRange } from '../core/types.js';
import type { DnsName, View } from '../model/dns.js';
import type { LiveRecordType } from '../model/live.js';
import { canonicalName, isIpLiteral, parentName } from '../model/names.js';
import { hostName } from '../model/certificate.js';
import { simpleUrlHost } from '../model/topology.js';
import type { Family } from '../model/products.js';
import type { Estate } from '../estate/estate.js';

/** SRV owners each family's clients look up below a SIP domain. */
const SRV_LABELS: Readonly<Record<Family, readonly string[]>> = {
  lync: ['_sipinternaltls._tcp', '_sipinternal._tcp', '_sip._tls', '_sipfederationtls._tcp', '_xmpp-server._tcp'],
  legacy: ['_sipinternaltls._tcp', '_sipinternal._tcp', '_sip._tls', '_sipfederationtls._tcp'],
  teams: ['_sip._tls', '_sipfederationtls._tcp'],
  cisco: ['_collab-edge._tls', '_cisco-uds._tcp'],
  sip: ['_sip._udp', '_sip._tcp', '_sips._tcp'],
};

/** Host names (CNAME, else A and AAAA) each family's clients or partners look up below a SIP domain. */
const HOST_LABELS: Readonly<Record<Family, readonly string[]>> = {
  lync: ['sip', 'sipinternal', 'sipexternal', 'lyncdiscover', 'lyncdiscoverinternal'],
  legacy: ['sip', 'sipinternal', 'sipexternal'],
  teams: ['sip', 'lyncdiscover'],
  cisco: [],
  sip: [],
};

/** Record types asked at the SIP domain itself: TXT for Microsoft 365's domain verification and SPF, NAPTR for RFC 3263. */
const APEX_TYPES: Readonly<Record<Family, readonly LiveRecordType[]>> = {
  lync: [],
  legacy: [],
  teams: ['TXT'],
  cisco: [],
  sip: ['NAPTR'],
};

const ALL_FAMILIES: readonly Family[] = ['lync', 'legacy', 'teams', 'cisco', 'sip'];

/**
 * SRV services whose servers speak TLS from the first byte, so the probe reads their
 * certificate at the SRV target and port. (`_xmpp-server._tcp` starts in clear text, and the
 * `_sip._tcp`/`_sip._udp`/`_sipinternal._tcp` services are clear text.)
 */
export const TLS_SERVICES: ReadonlySet<string> = new Set(['_sip._tls', '_sipfederationtls._tcp', '_sipinternaltls._tcp', '_sips._tcp', '_collab-edge._tls', '_cisco-uds._tcp']);

/** Hosts below a SIP domain that serve HTTPS (or SIP over TLS) on 443. */
export const HTTPS_HOST_LABELS: readonly string[] = ['sip', 'lyncdiscover', 'lyncdiscoverinternal'];

/** A question the probe sends, and where its findings go when nothing committed answers it. */
export interface PlannedQuestion {
  name: DnsName;
  type: LiveRecordType;
  anchor: SourceRange;
}

/** A TLS endpoint the estate publishes outside DNS (a topology's simple URL, Edge or SBC), with where it is written. */
export interface PlannedEndpoint {
  host: string;
  port: number;
  publishedBy: string;
  anchor: SourceRange;
}

export interface ProbePlan {
  /** The SIP domains, in order. */
  domains: DnsName[];
  /** Questions in the order they are asked; CNAME/A/AAAA of the host labels are asked by the runner as a chain. */
  questions: PlannedQuestion[];
  /** Host names asked as hosts (CNAME first, then A and AAAA when there is no CNAME). */
  hosts: PlannedQuestion[];
  endpoints: PlannedEndpoint[];
  /** True when the name is the estate's own: at or below a SIP domain, or a name the committed files hold or the topology names. */
  isEstateName(name: DnsName): boolean;
  /** Where findings about a name go when no committed record answers for it. */
  anchorFor(name: DnsName): SourceRange;
  /** The view of the committed zones a live answer for the name is compared with. */
  committedViewFor(name: DnsName): View | undefined;
}

export interface PlanOptions {
  /** Which side of split-brain DNS the servers asked answer for. */
  view: 'internal' | 'external';
  /** Where the config names each SIP domain (`settings.sipDomains` entries), by canonical name. */
  sipDomainLocs?: ReadonlyMap<DnsName, SourceRange>;
  /** Where findings go when nothing else places them: the config file's start, else the first file read. */
  fallback: SourceRange;
  /** At most this many DNS questions (and as many host chains); the rest are counted as skipped. */
  maxQuestions: number;
}

/** The questions and endpoints of a probe of `estate`. */
export function planProbe(estate: Estate, options: PlanOptions): ProbePlan & { skippedQuestions: number } {
  const view = options.view;
  const domains = [...estate.sipDomains()].sort();
  const stated = estate.families().families;
  const families = stated.length > 0 ? stated : ALL_FAMILIES;

  // Names the topology gives (pools, Edge names, simple URLs, SBCs, reverse proxy): the estate's own.
  const topologyNames = new Set<string>();
  const endpoints: PlannedEndpoint[] = [];
  const addEndpoint = (host: string | undefined, port: number, publishedBy: string, anchor: SourceRange) => {
    if (host === undefined || host === '' || isIpLiteral(host)) return;
    topologyNames.add(host);
    endpoints.push({ host, port, publishedBy, anchor });
  };
  for (const topology of estate.topologies) {
    for (const pool of topology.pools) {
      topologyNames.add(pool.fqdn.value);
      for (const server of pool.servers) topologyNames.add(server.fqdn.value);
      const external = pool.webServices?.external;
      if (external && view === 'external') addEndpoint(external.value, 443, 'external web services of a pool (topology)', external.loc);
      const internal = pool.webServices?.internal;
      if (internal && view === 'internal') addEndpoint(internal.value, 443, 'internal web services of a pool (topology)', internal.loc);
    }
    for (const edge of topology.edges) {
      if (view === 'external') {
        const { access, webConferencing } = edge.external;
        if (access) addEndpoint(access.fqdn.value, 443, 'Access Edge (topology)', access.fqdn.loc);
        if (webConferencing) addEndpoint(webConferencing.fqdn.value, 443, 'Web Conferencing Edge (topology)', webConferencing.fqdn.loc);
      }
      if (edge.internal) topologyNames.add(edge.internal.fqdn.value);
      for (const server of edge.servers) topologyNames.add(server.value);
    }
    for (const kind of ['meet', 'dialin', 'admin'] as const) {
      for (const url of topology.simpleUrls[kind]) addEndpoint(simpleUrlHost(url.value), 443, `${kind} simple URL (topology)`, url.loc);
    }
    if (topology.reverseProxy) topologyNames.add(topology.reverseProxy.fqdn.value);
    for (const sbc of topology.sbcs) addEndpoint(sbc.fqdn.value, sbc.port?.value ?? 5061, 'Direct Routing SBC (topology)', sbc.port?.loc ?? sbc.fqdn.loc);
  }

  const domainSet = new Set(domains);
  /** The longest SIP domain the name is at or below. */
  const domainOf = (name: DnsName): DnsName | undefined => {
    for (let at: DnsName | undefined = name; at !== undefined && at !== '.'; at = parentName(at)) if (domainSet.has(at)) return at;
    return undefined;
  };
  const isEstateName = (name: DnsName): boolean => domainOf(name) !== undefined || estate.hasName(name) || topologyNames.has(hostName(name));

  const committedViewFor = (name: DnsName): View | undefined => {
    if (estate.holdsZoneFor(name, { view })) return view;
    if (estate.holdsZoneFor(name, { view: 'unknown' })) return 'unknown';
    return undefined;
  };

  const domainAnchors = new Map<DnsName, SourceRange>();
  const domainAnchor = (domain: DnsName): SourceRange => {
    let anchor = domainAnchors.get(domain);
    if (anchor === undefined) {
      anchor =
        options.sipDomainLocs?.get(domain) ??
        estate.topologies.flatMap((t) => t.sipDomains).find((d) => canonicalName(d.value) === domain)?.loc ??
        estate.srvServices().find((s) => s.domain === domain && s.service.startsWith('_sip'))?.record.loc ??
        estate.zonesFor(domain)[0]?.loc ??
        options.fallback;
      domainAnchors.set(domain, anchor);
    }
    return anchor;
  };
  const anchorFor = (name: DnsName): SourceRange => {
    const committedView = committedViewFor(name);
    if (committedView !== undefined) {
      const committed = estate.recordsAt(name, undefined, { view: committedView })[0];
      if (committed) return committed.loc;
      const zone = estate.zonesFor(name, { view: committedView })[0];
      if (zone) return zone.loc;
    }
    const domain = domainOf(name);
    return domain === undefined ? options.fallback : domainAnchor(domain);
  };

  const questions: PlannedQuestion[] = [];
  const hosts: PlannedQuestion[] = [];
  const asked = new Set<string>();
  let skippedQuestions = 0;
  const ask = (list: PlannedQuestion[], name: DnsName, type: LiveRecordType) => {
    const key = `${name} ${type}`;
    if (asked.has(key)) return;
    asked.add(key);
    if (questions.length + hosts.length >= options.maxQuestions) {
      skippedQuestions++;
      return;
    }
    list.push({ name, type, anchor: anchorFor(name) });
  };
  for (const domain of domains) {
    for (const family of families) {
      for (const label of SRV_LABELS[family]) ask(questions, `${label}.${domain}`, 'SRV');
      for (const type of APEX_TYPES[family]) ask(questions, domain, type);
      for (const label of HOST_LABELS[family]) ask(hosts, `${label}.${domain}`, 'A');
    }
  }
  // Every other committed name of a SIP domain in the view compared (pools, simple URLs, SRV targets).
  for (const type of ['SRV', 'NAPTR', 'TXT', 'A', 'AAAA', 'CNAME'] as const) {
    for (const record of estate.eachRecord(type)) {
      if (questions.length + hosts.length >= options.maxQuestions) break;
      if (domainOf(record.name) === undefined || committedViewFor(record.name) !== record.zone.view) continue;
      if (type === 'SRV' || type === 'NAPTR' || type === 'TXT') ask(questions, record.name, type);
      else ask(hosts, record.name, 'A');
    }
  }
  for (const endpoint of endpoints) ask(hosts, canonicalName(endpoint.host), 'A');
  return { domains, questions, hosts, endpoints, isEstateName, anchorFor, committedViewFor, skippedQuestions };
}
