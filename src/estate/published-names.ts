import type { DnsName, View, ZoneRecord } from '../model/dns.js';
import type { Estate } from './estate.js';
import { canonicalName } from '../model/names.js';
import { hostName, matchedNames, type Certificate } from '../model/certificate.js';
import { lyncSipDomains } from './lync-domains.js';
import { describesDeployment, simpleUrlHost } from '../model/topology.js';

/** A host name the estate's DNS sends Lync / Skype for Business clients to. */
export interface PublishedName {
  /** Canonical (trailing dot). */
  name: DnsName;
  /** The record that sends clients there: the SRV record, or the record at the name itself. */
  record: ZoneRecord;
  view: View;
  /** Why clients go there, for messages (`_sip._tls SRV target`, `lyncdiscover`). */
  why: string;
  /**
   * The role of the server there: `edge` (Access Edge: `_sip._tls`, `_sipfederationtls._tcp`,
   * external `sip.<domain>`), `pool` (Front End pool or Director: `_sipinternaltls._tcp`,
   * internal `sip.<domain>`), `web` (reverse proxy or web services: discovery, simple URLs).
   */
  role: 'edge' | 'pool' | 'web';
}

/** SRV services whose targets clients open TLS to (sign-in, internal sign-in, federation), and the role serving each. */
const TLS_SERVICES: Readonly<Record<string, PublishedName['role'] | undefined>> = { '_sip._tls': 'edge', '_sipinternaltls._tcp': 'pool', '_sipfederationtls._tcp': 'edge' };

/** Names below each SIP domain that clients use when they exist: discovery and simple URLs. */
const WELL_KNOWN_LABELS: Record<string, string> = {
  lyncdiscover: 'mobility and web discovery (lyncdiscover)',
  lyncdiscoverinternal: 'internal web discovery (lyncdiscoverinternal)',
  meet: 'meeting simple URL',
  dialin: 'dial-in simple URL',
  admin: 'administration simple URL',
};

/**
 * Every name clients are sent to: targets of the TLS SIP SRV records, `sip.<domain>` when
 * strict DNS naming is on, and the discovery names and simple URLs that exist in the zones.
 */
export function publishedUcNames(estate: Estate): PublishedName[] {
  const out: PublishedName[] = [];
  const seen = new Set<string>();
  const add = (name: DnsName, record: ZoneRecord, why: string, role: PublishedName['role']) => {
    const key = `${record.zone.view}\u0000${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, record, view: record.zone.view, why, role });
  };
  for (const { record, service } of estate.srvServices()) {
    const srv = record as ZoneRecord<'SRV'>;
    const role = TLS_SERVICES[service];
    if (role && srv.data.target !== '.') add(srv.data.target, srv, `${service} SRV target`, role);
  }
  for (const domain of lyncSipDomains(estate)) {
    const names: Array<[string, string]> = Object.entries(WELL_KNOWN_LABELS);
    if (estate.strictDnsNaming()?.value) names.unshift(['sip', 'sign-in name under strict DNS naming']);
    for (const [label, why] of names) {
      const name = canonicalName(`${label}.${domain}`);
      for (const record of estate.recordsAt(name)) {
        const role = label !== 'sip' ? 'web' : record.zone.view === 'internal' ? 'pool' : 'edge';
        if (record.type === 'A' || record.type === 'AAAA' || record.type === 'CNAME') add(name, record, why, role);
      }
    }
  }
  // The topology's names clients reach from outside, where the external view publishes them.
  for (const { host, why, role } of topologyPublishedNames(estate)) {
    const name = canonicalName(host);
    for (const record of estate.recordsAt(name, undefined, { view: 'external' })) {
      if (record.type === 'A' || record.type === 'AAAA' || record.type === 'CNAME') add(name, record, why, role);
    }
  }
  return out;
}

/** The Access and Web Conferencing Edge FQDNs, external web services FQDNs and simple URL hosts of the topologies (the A/V Edge needs no certificate name). */
function topologyPublishedNames(estate: Estate): Array<{ host: string; why: string; role: PublishedName['role'] }> {
  const out: Array<{ host: string; why: string; role: PublishedName['role'] }> = [];
  for (const topology of estate.topologies) {
    for (const edge of topology.edges) {
      if (edge.external.access) out.push({ host: edge.external.access.fqdn.value, why: 'Access Edge external FQDN in the topology', role: 'edge' });
      if (edge.external.webConferencing) out.push({ host: edge.external.webConferencing.fqdn.value, why: 'Web Conferencing Edge external FQDN in the topology', role: 'edge' });
    }
    for (const pool of topology.pools) if (pool.webServices?.external) out.push({ host: pool.webServices.external.value, why: 'external web services FQDN in the topology', role: 'web' });
    for (const [kind, urls] of Object.entries(topology.simpleUrls)) {
      for (const url of urls) {
        const host = simpleUrlHost(url.value);
        if (host) out.push({ host, why: `${kind} simple URL in the topology`, role: 'web' });
      }
    }
  }
  return out;
}

/**
 * Which certificates a host presents, judged by address in one view: a certificate belongs
 * to the host when a name in its `usedBy` (or, without `usedBy`, one of its own SAN names)
 * (or the CN of a certificate without SANs) resolves to one of the host's addresses, or is the host's name.
 */
export class CertificatesByAddress {
  private readonly byAddress = new Map<string, Set<Certificate>>();
  private readonly byName = new Map<string, Set<Certificate>>();

  constructor(
    private readonly estate: Estate,
    readonly view: View,
  ) {
    for (const certificate of estate.certificates) {
      const names = certificate.usedBy.length > 0 ? certificate.usedBy : (matchedNames(certificate) ?? []).filter((n) => !n.includes('*'));
      for (const name of names) {
        addTo(this.byName, hostName(name), certificate);
        for (const address of this.addressesOf(name)) addTo(this.byAddress, address, certificate);
      }
    }
  }

  addressesOf(name: string): string[] {
    return this.estate.resolve(name, { view: this.view }).addresses.map((a) => a.data.address);
  }

  /** The certificates at the host a published name reaches, with the address (or name) that ties each to it. */
  at(name: string): Map<Certificate, string> {
    const found = new Map<Certificate, string>();
    for (const certificate of this.byName.get(hostName(name)) ?? []) found.set(certificate, hostName(name));
    for (const address of this.addressesOf(name)) {
      for (const certificate of this.byAddress.get(address) ?? []) if (!found.has(certificate)) found.set(certificate, address);
    }
    return found;
  }
}

function addTo<K>(map: Map<K, Set<Certificate>>, key: K, certificate: Certificate): void {
  const set = map.get(key);
  if (set) set.add(certificate);
  else map.set(key, new Set([certificate]));
}


/** Each published name with the certificates presented where it leads (see CertificatesByAddress). */
export function certificatesAtPublishedNames(estate: Estate): Array<{ published: PublishedName; present: Map<Certificate, string> }> {
  const indexes = new Map<View, CertificatesByAddress>();
  return publishedUcNames(estate).map((published) => {
    let index = indexes.get(published.view);
    if (!index) indexes.set(published.view, (index = new CertificatesByAddress(estate, published.view)));
    return { published, present: index.at(published.name) };
  });
}

/** Every certificate presented at a published name, with the roles of the servers that present it and the names that reach them. */
export function ucServerCertificates(estate: Estate): Map<Certificate, { roles: Set<PublishedName['role']>; names: PublishedName[] }> {
  const out = new Map<Certificate, { roles: Set<PublishedName['role']>; names: PublishedName[] }>();
  for (const { published, present } of certificatesAtPublishedNames(estate)) {
    for (const certificate of present.keys()) {
      const entry = out.get(certificate) ?? { roles: new Set(), names: [] };
      entry.roles.add(published.role);
      entry.names.push(published);
      out.set(certificate, entry);
    }
  }
  return out;
}

/**
 * For rules that need a topology: when the estate has none but its zones describe a Lync /
 * Skype for Business deployment, the record that shows it (the first sign-in SRV record), on
 * which the rule says once what it could not check. Undefined when there is a topology, or
 * nothing Lync in the zones.
 */
export function lyncZonesWithoutTopology(estate: Estate): ZoneRecord | undefined {
  if (estate.topologies.some(describesDeployment)) return undefined;
  const lyncDomains = lyncSipDomains(estate);
  return estate.srvServices().find((s) => (s.service === '_sipinternaltls._tcp' || s.service === '_sip._tls') && lyncDomains.has(s.domain))?.record;
}
