import type { SourceRange } from '../core/types.js';
import { hostName } from './certificate.js';
import { readHostName, readPort } from './values.js';

/** A value read from a manifest, with the range of its key and value (for findings on exactly that field). */
export interface Sited<T> {
  value: T;
  loc: SourceRange;
}

/** A host and optional port, as manual client settings and SBCs write them (`sip.contoso.com:443`). */
export interface HostPort {
  /** As written (lower-case, no trailing dot): an FQDN, a single-label NetBIOS name, or an IP address. */
  host: string;
  port?: number;
}

export type PoolRole = 'frontend' | 'director' | 'edge' | 'mediation';

export interface TopologyServer {
  fqdn: Sited<string>;
  /** Registrar id (`id:` in the manifest), 1-10 for a Lync 2010 DNS load-balanced pool. */
  id?: Sited<number>;
  loc: SourceRange;
}

export interface TopologyPool {
  fqdn: Sited<string>;
  role?: Sited<PoolRole>;
  loadBalancing?: Sited<'dns' | 'hardware'>;
  webServices?: { internal?: Sited<string>; external?: Sited<string> };
  servers: TopologyServer[];
  loc: SourceRange;
  /** Topology Builder: a Standard Edition server (a pool of one, its own FQDN) or an Enterprise Edition pool. */
  edition?: Sited<'standard' | 'enterprise'>;
  /** Topology Builder: the services installed on the pool, by their role names (`Registrar`, `MediationServer`, ...). */
  services?: Array<Sited<string>>;
  /** Topology Builder: the site the pool belongs to (its `SiteId`). */
  site?: Sited<string>;
  /** Topology Builder: the product of the pool's services (`lync2013`, `sfb2015`, ...), from their service version. */
  product?: Sited<string>;
}

export interface EdgeName {
  fqdn: Sited<string>;
  ip?: Sited<string>;
  /** Topology Builder: the port clients connect to (Access Edge 443 or 5061, Web Conferencing 443 or 444, A/V 443 over TCP). */
  port?: Sited<number>;
  /**
   * Topology Builder: every address of the service, each Edge server's (the A/V Edge's public address
   * when it is translated by NAT among them); `ip` is the first.
   */
  addresses?: Array<Sited<string>>;
}

export interface TopologyEdge {
  internal?: { fqdn: Sited<string> };
  external: { access?: EdgeName; webConferencing?: EdgeName; av?: EdgeName };
  servers: Array<Sited<string>>;
  loc: SourceRange;
  /** Topology Builder: the Access Edge's federation port (5061). */
  federationPort?: Sited<number>;
  /** Topology Builder: the site of the Edge pool (its `SiteId`). */
  site?: Sited<string>;
  /** Topology Builder: the product of the Edge service, from its service version. */
  product?: Sited<string>;
}

/** Topology Builder: a site (central, or branch). */
export interface TopologySite {
  id: Sited<string>;
  name?: Sited<string>;
  kind: 'central' | 'branch';
  loc: SourceRange;
}

/**
 * What wrote a topology: a `kind: Topology` manifest (also when absent), Topology Builder's own
 * document (`.tbxml`, `Get-CsTopology -AsXml`, an `Export-CsConfiguration` archive), or the
 * configuration scripts of a PowerShell file (`New-CsOnlinePSTNGateway`, `New-CsSimpleUrl`): those
 * hold the settings the scripts make (SBCs, simple URLs), never the deployment's shape (SIP
 * domains, pools, Edges), so a rule or the Estate asking whether a topology describes the
 * deployment does not take them for one (`describesDeployment`).
 */
export type TopologySource = 'manifest' | 'topology-builder' | 'powershell';

/**
 * `kind: Topology`: the deployment's shape, from which rules know what the zones cannot
 * tell (which names are pools, which servers sit behind them, what clients are told).
 * Host names are lower-case without a trailing dot; every value keeps its range.
 */
export interface Topology {
  file: string;
  loc: SourceRange;
  /** Absent: a `kind: Topology` manifest. */
  source?: TopologySource;
  /** Topology Builder: the document's kind, for messages (`Topology Builder document`, `published topology`). */
  document?: string;
  /** Topology Builder: the default SIP domain (one of `sipDomains`). */
  defaultSipDomain?: Sited<string>;
  /** Topology Builder: the sites. */
  sites?: TopologySite[];
  product?: Sited<string>;
  sipDomains: Array<Sited<string>>;
  /**
   * Domains registered in the Microsoft 365 tenant besides the SIP domains (a subdomain
   * registered only to name an SBC, a carrier's per-customer subdomain).
   */
  tenantDomains: Array<Sited<string>>;
  clientPolicy?: {
    strictDnsNaming?: Sited<boolean>;
    allowTcp?: Sited<boolean>;
    manualServers?: { internal?: Sited<HostPort>; external?: Sited<HostPort> };
  };
  pools: TopologyPool[];
  edges: TopologyEdge[];
  reverseProxy?: { fqdn: Sited<string>; ip?: Sited<string>; publishes: Array<Sited<string>>; loc: SourceRange };
  /** Simple URLs by kind; each a URL (`https://meet.contoso.com/`) or a host name, as written. */
  simpleUrls: { meet: Array<Sited<string>>; dialin: Array<Sited<string>>; admin: Array<Sited<string>> };
  exchange?: { autodiscover?: Sited<string>; ews?: Sited<string> };
  sbcs: Array<{ fqdn: Sited<string>; port?: Sited<number>; loc: SourceRange }>;
}

/** True when the topology describes the deployment's shape (a manifest), not only settings configuration scripts make. */
export function describesDeployment(topology: Topology): boolean {
  return topology.source !== 'powershell';
}

const SIMPLE_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#:]*)(?::([^/?#]*))?([/?#].*)?$/;

/**
 * A simple URL as written, with scheme and host in lower case and no trailing dot on the
 * host, or a bare host name; undefined for anything else (other schemes, spaces).
 */
export function readSimpleUrl(text: string): string | undefined {
  if (/\s/.test(text)) return undefined;
  const url = SIMPLE_URL.exec(text);
  if (!url) return readHostName(text, { qualified: true });
  const [, scheme, hostText, portText, rest = ''] = url;
  const host = readHostName(hostText, { qualified: true });
  const port = portText === undefined ? undefined : readPort(portText);
  if (!/^https?$/i.test(scheme) || host === undefined || (portText !== undefined && port === undefined)) return undefined;
  return `${scheme.toLowerCase()}://${host}${port === undefined ? '' : `:${port}`}${rest}`;
}

/** The host a simple URL sends users to: the URL's host, or the value itself when the topology gives a bare host name. */
export function simpleUrlHost(value: string): string | undefined {
  if (!/^https?:\/\//.test(value)) return hostName(value);
  try {
    return hostName(new URL(value).hostname);
  } catch {
    return undefined;
  }
}
