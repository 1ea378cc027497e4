/**
 * One topology from Topology Builder's documents and the `kind: Topology` manifests beside them.
 * Topology Builder's document is the deployment as published, so its pools, Edges, SIP domains
 * and simple URLs win; the manifest adds what Topology Builder does not hold (reverse proxy,
 * Exchange, client policy, SBCs, load balancing, pools it lacks). Where both say something about
 * the same thing and differ, a disagreement is kept for the rule that reports it at both places.
 * Topologies of other sources (partial views from configuration scripts) are left as they are.
 */
import ipaddr from 'ipaddr.js';
import type { Located } from '../core/types.js';
import type { EdgeName, Sited, Topology, TopologyEdge, TopologyPool } from './topology.js';

export interface TopologyDisagreement {
  /** What differs: a pool or Edge in one and not the other, a value of an Edge service, the SIP domains. */
  kind: 'pool-missing' | 'edge-missing' | 'edge-value' | 'sip-domain-missing';
  /** What it is about, in words (`pool pool01.contoso.com`, `Access Edge IP address of edge.contoso.com`). */
  subject: string;
  /** In Topology Builder's document: the value, or the topology when it lacks the thing. */
  builder: Located;
  builderValue?: string;
  builderDocument: string;
  /** In the manifest: the value, or the manifest when it lacks the thing. */
  manifest: Located;
  manifestValue?: string;
}

export interface MergedTopologies {
  topologies: Topology[];
  disagreements: TopologyDisagreement[];
}

const EDGE_SERVICES: ReadonlyArray<['access' | 'webConferencing' | 'av', string]> = [
  ['access', 'Access Edge'],
  ['webConferencing', 'Web Conferencing Edge'],
  ['av', 'A/V Edge'],
];

const isBuilder = (t: Topology) => t.source === 'topology-builder';
const isManifest = (t: Topology) => t.source === undefined || t.source === 'manifest';

/** Merges when the estate holds a Topology Builder document; otherwise the topologies are returned as they are. */
export function mergeTopologies(topologies: readonly Topology[]): MergedTopologies {
  const builders = topologies.filter(isBuilder);
  if (builders.length === 0) return { topologies: [...topologies], disagreements: [] };
  const manifests = topologies.filter(isManifest);
  const others = topologies.filter((t) => !isBuilder(t) && !isManifest(t));
  const merged = builders.slice(1).reduce((into, next) => absorb(into, next), copy(builders[0]));
  const disagreements: TopologyDisagreement[] = [];
  let result = merged;
  for (const manifest of manifests) {
    compare(merged, manifest, disagreements);
    result = absorb(result, manifest);
  }
  return { topologies: [result, ...others], disagreements };
}

function copy(topology: Topology): Topology {
  return {
    ...topology,
    sipDomains: [...topology.sipDomains],
    tenantDomains: [...topology.tenantDomains],
    pools: [...topology.pools],
    edges: [...topology.edges],
    simpleUrls: { meet: [...topology.simpleUrls.meet], dialin: [...topology.simpleUrls.dialin], admin: [...topology.simpleUrls.admin] },
    sbcs: [...topology.sbcs],
  };
}

function addMissing<T>(into: T[], from: readonly T[], key: (item: T) => string): void {
  const seen = new Set(into.map(key));
  for (const item of from) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    into.push(item);
  }
}

/** `into` keeps its values; `from` adds what `into` lacks (a pool `into` has gains the manifest's load balancing and servers' ids). */
function absorb(into: Topology, from: Topology): Topology {
  const out = copy(into);
  addMissing(out.sipDomains, from.sipDomains, (d) => d.value);
  addMissing(out.tenantDomains, from.tenantDomains, (d) => d.value);
  out.pools = out.pools.map((pool) => {
    const other = from.pools.find((p) => p.fqdn.value === pool.fqdn.value);
    if (!other) return pool;
    const filled: TopologyPool = { ...pool };
    if (!filled.loadBalancing && other.loadBalancing) filled.loadBalancing = other.loadBalancing;
    for (const side of ['internal', 'external'] as const) {
      const web = other.webServices?.[side];
      if (web && !filled.webServices?.[side]) filled.webServices = { ...filled.webServices, [side]: web };
    }
    if (filled.servers.every((s) => s.id === undefined) && other.servers.some((s) => s.id !== undefined)) {
      filled.servers = filled.servers.map((s) => {
        const id = other.servers.find((o) => o.fqdn.value === s.fqdn.value)?.id;
        return id ? { ...s, id } : s;
      });
    }
    return filled;
  });
  const edgeNames = new Set(out.edges.flatMap(edgeKeys));
  addMissing(out.pools, from.pools.filter((p) => !(p.role?.value === 'edge' && edgeNames.has(p.fqdn.value))), (p) => p.fqdn.value);
  for (const edge of from.edges) if (!out.edges.some((e) => matchEdge(e, edge))) out.edges.push(edge);
  for (const kind of ['meet', 'dialin', 'admin'] as const) addMissing(out.simpleUrls[kind], from.simpleUrls[kind], (u) => u.value);
  addMissing(out.sbcs, from.sbcs, (s) => s.fqdn.value);
  if (!out.product && from.product) out.product = from.product;
  if (!out.clientPolicy && from.clientPolicy) out.clientPolicy = from.clientPolicy;
  if (!out.reverseProxy && from.reverseProxy) out.reverseProxy = from.reverseProxy;
  if (!out.exchange && from.exchange) out.exchange = from.exchange;
  return out;
}

/** The names an Edge goes by: its internal FQDN, its external FQDNs, its servers. */
function edgeKeys(edge: TopologyEdge): string[] {
  const keys = edge.internal ? [edge.internal.fqdn.value] : [];
  for (const [service] of EDGE_SERVICES) {
    const name = edge.external[service];
    if (name) keys.push(name.fqdn.value);
  }
  return [...keys, ...edge.servers.map((s) => s.value)];
}

/** Two Edges are one when they share the internal FQDN, or else a server or the Access Edge FQDN. */
function matchEdge(a: TopologyEdge, b: TopologyEdge): boolean {
  if (a.internal && b.internal) return a.internal.fqdn.value === b.internal.fqdn.value;
  const keys = new Set(edgeKeys(a));
  return edgeKeys(b).some((k) => keys.has(k));
}

function compare(builder: Topology, manifest: Topology, out: TopologyDisagreement[]): void {
  const builderDocument = builder.document ?? 'Topology Builder document';
  const base = { builderDocument };
  // SIP domains: compared when the manifest names any.
  if (manifest.sipDomains.length > 0) {
    for (const domain of builder.sipDomains) {
      if (!manifest.sipDomains.some((d) => d.value === domain.value)) out.push({ ...base, kind: 'sip-domain-missing', subject: `SIP domain ${domain.value}`, builder: domain, builderValue: domain.value, manifest });
    }
    for (const domain of manifest.sipDomains) {
      if (!builder.sipDomains.some((d) => d.value === domain.value)) out.push({ ...base, kind: 'sip-domain-missing', subject: `SIP domain ${domain.value}`, builder, manifest: domain, manifestValue: domain.value });
    }
  }
  // Pools (Front End, Director, Mediation): compared when the manifest lists any; a manifest pool of role edge is an Edge.
  const manifestPools = manifest.pools.filter((p) => p.role?.value !== 'edge');
  if (manifestPools.length > 0) {
    for (const pool of builder.pools) {
      if (!manifestPools.some((p) => p.fqdn.value === pool.fqdn.value)) out.push({ ...base, kind: 'pool-missing', subject: `${pool.role?.value ?? ''} pool ${pool.fqdn.value}`.trim(), builder: pool.fqdn, builderValue: pool.fqdn.value, manifest });
    }
    for (const pool of manifestPools) {
      if (!builder.pools.some((p) => p.fqdn.value === pool.fqdn.value)) out.push({ ...base, kind: 'pool-missing', subject: `${pool.role?.value ?? ''} pool ${pool.fqdn.value}`.trim(), builder, manifest: pool.fqdn, manifestValue: pool.fqdn.value });
    }
  }
  // Edges: matched by name; each external FQDN and address the manifest states is compared.
  const manifestEdges: Array<{ edge: TopologyEdge; loc: Located }> = [
    ...manifest.edges.map((edge) => ({ edge, loc: edge as Located })),
    ...manifest.pools.filter((p) => p.role?.value === 'edge').map((p) => ({ edge: { internal: { fqdn: p.fqdn }, external: {}, servers: p.servers.map((s) => s.fqdn), loc: p.loc }, loc: p.fqdn as Located })),
  ];
  if (manifestEdges.length === 0) return;
  for (const edge of builder.edges) {
    const other = manifestEdges.find((m) => matchEdge(edge, m.edge));
    const label = edge.internal?.fqdn.value ?? edge.external.access?.fqdn.value ?? 'Edge pool';
    if (!other) {
      out.push({ ...base, kind: 'edge-missing', subject: `Edge pool ${label}`, builder: edge.internal?.fqdn ?? edge, builderValue: label, manifest });
      continue;
    }
    for (const [service, name] of EDGE_SERVICES) {
      const ours = edge.external[service];
      const theirs = other.edge.external[service];
      if (!ours || !theirs) continue;
      if (ours.fqdn.value !== theirs.fqdn.value) {
        out.push({ ...base, kind: 'edge-value', subject: `${name} FQDN of Edge pool ${label}`, builder: ours.fqdn, builderValue: ours.fqdn.value, manifest: theirs.fqdn, manifestValue: theirs.fqdn.value });
      }
      const ip = theirs.ip;
      const shown = addressesOf(ours);
      // Behind NAT, Topology Builder holds the Edge's private addresses and a manifest may give the public one: not comparable.
      const comparable = shown.length > 0 && (shown.some((a) => isPublic(a.value)) || !isPublic(ip?.value));
      if (ip && comparable && !shown.some((a) => a.value === ip.value)) {
        out.push({ ...base, kind: 'edge-value', subject: `${name} IP address of Edge pool ${label}`, builder: shown[0], builderValue: shown.map((a) => a.value).join(', '), manifest: ip, manifestValue: ip.value });
      }
    }
  }
  for (const { edge, loc } of manifestEdges) {
    if (builder.edges.some((e) => matchEdge(e, edge))) continue;
    const label = edge.internal?.fqdn.value ?? edge.external.access?.fqdn.value ?? 'Edge pool';
    out.push({ ...base, kind: 'edge-missing', subject: `Edge pool ${label}`, builder, manifest: loc, manifestValue: label });
  }
}

function addressesOf(name: EdgeName): Array<Sited<string>> {
  return name.addresses ?? (name.ip ? [name.ip] : []);
}

function isPublic(address: string | undefined): boolean {
  if (address === undefined || !ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}
