/**
 * Topology Builder's XML into `Topology` nodes. Two shapes hold the same deployment:
 *
 * - the document Topology Builder saves (`.tbxml`): `TopologyBuilder/NewTopology/PartialTopology`,
 *   sites holding their clusters (`CentralSites/CentralSite/Clusters/Cluster`, each with a
 *   `UniqueId`), services naming their role (`RoleName`) and cluster (`InstalledOn`) in attributes;
 * - the published topology (`Get-CsTopology -AsXml`, and the topology item of an
 *   `Export-CsConfiguration` archive): a `Topology` root with `Sites`, `Clusters` (each with a
 *   `ClusterId SiteId Number`) and `Services` whose `ServiceId` and `InstalledOn/ClusterId` say the same.
 *
 * Children are matched by local name (the shapes put them in different namespaces); roots by
 * namespace. Every value keeps the range of its attribute (name to closing quote) or element.
 */
import type { Diagnostic, Located, SourceRange } from '../../core/types.js';
import { attributeOf, childElement, childElements, type XmlAttribute, type XmlElement } from '../../languages/xml/index.js';
import { readHostName, readIpAddress, readPort } from '../../model/values.js';
import { readSimpleUrl, type EdgeName, type Sited, type Topology, type TopologyEdge, type TopologyPool, type TopologySite } from '../../model/topology.js';

export const NAMESPACES = {
  builder: 'urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008',
  writable: 'urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008',
  topology: 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008',
} as const;

/**
 * The product of a service version as Topology Builder writes it (`ServiceVersion`): Lync Server
 * 2010 is 5, Lync Server 2013 6, Skype for Business Server 2015 7, Skype for Business Server 2019 8.
 */
const PRODUCT_OF_SERVICE_VERSION: Readonly<Record<string, string>> = { '5': 'lync2010', '6': 'lync2013', '7': 'sfb2015', '8': 'sfb2019' };
const PRODUCT_ORDER = ['lync2010', 'lync2013', 'sfb2015', 'sfb2019'];

/** The Edge services whose external client port, FQDN and addresses the topology gives. */
const EDGE_CLIENT_PORTS: ReadonlyArray<{ key: 'access' | 'webConferencing' | 'av'; owner: string; usage: string; protocol?: string }> = [
  { key: 'access', owner: 'urn:component:accessedge', usage: 'sipclient' },
  { key: 'webConferencing', owner: 'urn:component:dataedge', usage: 'psomclient' },
  { key: 'av', owner: 'urn:component:mediarelayedge', usage: 'turnserver', protocol: 'tcp' },
];

export interface TopologyRead {
  topology: Topology;
  diagnostics: Diagnostic[];
}

interface Cluster {
  key: string;
  element: XmlElement;
  fqdn?: Sited<string>;
  site?: Sited<string>;
  singleMachine: boolean;
  machines: Machine[];
}

interface Machine {
  fqdn?: Sited<string>;
  element: XmlElement;
  interfaces: Array<{ side: string; number: string; ip?: Sited<string>; publicIp?: Sited<string> }>;
}

interface Service {
  element: XmlElement;
  role: Sited<string>;
  cluster?: string;
  product?: Sited<string>;
}

/** Local names of the children of `element` (in any namespace). */
function children(element: XmlElement | undefined, local: string): XmlElement[] {
  return element ? childElements(element, local) : [];
}

function child(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element ? childElement(element, local) : undefined;
}

/** The value of an attribute matched without case on its name (Topology Builder writes `Fqdn`; hand-edited files vary). */
function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
  return attributeOf(element, name) ?? element.attributes.find((a) => a.uri === '' && a.local.toLowerCase() === name.toLowerCase());
}

/** Reads one topology element (`PartialTopology` of a `.tbxml`, or a published `Topology`). */
export class TopologyReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly code: (problem: string) => string,
  ) {}

  read(root: XmlElement, document: string): Topology {
    const topology: Topology = {
      file: this.file,
      loc: root.nameLoc,
      source: 'topology-builder',
      document,
      sipDomains: [],
      tenantDomains: [],
      pools: [],
      edges: [],
      simpleUrls: { meet: [], dialin: [], admin: [] },
      sbcs: [],
      sites: [],
    };
    this.domains(root, topology);
    const clusters = this.clusters(root, topology.sites as TopologySite[]);
    const services = children(child(root, 'Services'), 'Service').map((element) => this.service(element)).filter((s): s is Service => s !== undefined);
    this.pools(clusters, services, topology);
    for (const configuration of children(root, 'SimpleUrlConfiguration')) this.simpleUrls(configuration, topology);
    const newest = [...topology.pools, ...topology.edges]
      .map((p) => p.product)
      .filter((p): p is Sited<string> => p !== undefined)
      .sort((a, b) => PRODUCT_ORDER.indexOf(b.value) - PRODUCT_ORDER.indexOf(a.value))[0];
    if (newest) topology.product = newest;
    return topology;
  }

  /** `SimpleUrlConfiguration`: `SimpleUrl Component="Meet|Dialin|Cscp" ActiveUrl="..."`. */
  simpleUrls(configuration: XmlElement, topology: Topology): void {
    for (const url of children(configuration, 'SimpleUrl')) {
      const component = attribute(url, 'Component')?.value.toLowerCase();
      const kind = component === 'meet' ? 'meet' : component === 'dialin' ? 'dialin' : component === 'cscp' || component === 'admin' ? 'admin' : undefined;
      const active = attribute(url, 'ActiveUrl') ?? attribute(child(url, 'SimpleUrlEntry') ?? url, 'Url');
      if (!kind || !active) continue;
      const value = readSimpleUrl(active.value.trim());
      if (value === undefined) {
        this.problem(active, 'bad-url', `simple URL '${active.value}' is neither an http or https URL nor a fully qualified host name`);
        continue;
      }
      if (!topology.simpleUrls[kind].some((u) => u.value === value)) topology.simpleUrls[kind].push({ value, loc: active.loc });
    }
  }

  private domains(root: XmlElement, topology: Topology): void {
    const domains = child(root, 'InternalDomains');
    if (!domains) return;
    for (const domain of children(domains, 'InternalDomain')) {
      const name = this.host(domain, 'Name');
      if (name && !topology.sipDomains.some((d) => d.value === name.value)) topology.sipDomains.push(name);
    }
    const fallback = this.host(domains, 'DefaultDomain');
    if (fallback) {
      topology.defaultSipDomain = fallback;
      if (!topology.sipDomains.some((d) => d.value === fallback.value)) topology.sipDomains.push(fallback);
    }
  }

  /** Sites and the clusters they hold, in both shapes. */
  private clusters(root: XmlElement, sites: TopologySite[]): Map<string, Cluster> {
    const clusters = new Map<string, Cluster>();
    const addSite = (element: XmlElement, kind: TopologySite['kind']): Sited<string> | undefined => {
      const id = this.sited(element, 'SiteId');
      if (!id) return undefined;
      const nameElement = child(element, 'Name');
      const name = nameElement?.text ? { value: nameElement.text.value.trim(), loc: nameElement.loc } : undefined;
      sites.push({ id, ...(name ? { name } : {}), kind, loc: element.loc });
      return id;
    };
    // Topology Builder's document: sites hold their clusters (branch sites are `RemoteSites/RemoteSite` or `BranchSite`).
    for (const central of [...children(child(root, 'CentralSites'), 'CentralSite'), ...children(child(root, 'Sites'), 'CentralSite')]) {
      const site = addSite(central, 'central');
      for (const cluster of children(child(central, 'Clusters'), 'Cluster')) this.cluster(cluster, site, clusters);
      for (const branch of [...children(child(central, 'RemoteSites'), 'RemoteSite'), ...children(child(central, 'BranchSites'), 'BranchSite')]) {
        const branchSite = addSite(branch, 'branch');
        for (const cluster of children(child(branch, 'Clusters'), 'Cluster')) this.cluster(cluster, branchSite, clusters);
      }
    }
    for (const branch of children(child(root, 'Sites'), 'BranchSite')) addSite(branch, 'branch');
    // The published topology: clusters beside the sites, each naming its site.
    for (const cluster of children(child(root, 'Clusters'), 'Cluster')) this.cluster(cluster, undefined, clusters);
    return clusters;
  }

  private cluster(element: XmlElement, site: Sited<string> | undefined, clusters: Map<string, Cluster>): void {
    const clusterId = child(element, 'ClusterId');
    const siteId = clusterId ? this.sited(clusterId, 'SiteId') : undefined;
    const key = clusterKey(element);
    if (key === undefined) return;
    const machines = [...children(element, 'Machine'), ...children(child(element, 'Machines'), 'Machine')].map((machine) => this.machine(machine));
    const fqdn = this.host(element, 'Fqdn');
    clusters.set(key, {
      key,
      element,
      ...(fqdn ? { fqdn } : {}),
      ...(site ?? siteId ? { site: site ?? siteId } : {}),
      singleMachine: attribute(element, 'IsSingleMachineOnly')?.value.toLowerCase() === 'true',
      machines,
    });
  }

  private machine(element: XmlElement): Machine {
    const fqdn = this.host(element, 'Fqdn');
    const interfaces = children(element, 'NetInterface').map((net) => {
      const ip = this.address(net, 'IPAddress');
      const publicIp = this.address(net, 'ConfiguredIPAddress');
      return {
        side: attribute(net, 'InterfaceSide')?.value.toLowerCase() ?? '',
        number: attribute(net, 'InterfaceNumber')?.value.trim() ?? '1',
        ...(ip ? { ip } : {}),
        ...(publicIp ? { publicIp } : {}),
      };
    });
    return { ...(fqdn ? { fqdn } : {}), element, interfaces };
  }

  private service(element: XmlElement): Service | undefined {
    const serviceId = child(element, 'ServiceId');
    const roleAttribute = attribute(element, 'RoleName') ?? (serviceId && attribute(serviceId, 'RoleName'));
    if (!roleAttribute) return undefined;
    const installed = attribute(element, 'InstalledOn');
    const installedCluster = child(child(element, 'InstalledOn'), 'ClusterId');
    const cluster = installed ? installed.value.trim().toLowerCase() : installedCluster ? idKey(installedCluster) : undefined;
    const version = attribute(element, 'ServiceVersion');
    const product = version && PRODUCT_OF_SERVICE_VERSION[version.value.trim()];
    return {
      element,
      role: { value: roleAttribute.value.trim(), loc: roleAttribute.loc },
      ...(cluster ? { cluster } : {}),
      ...(product && version ? { product: { value: product, loc: version.loc } } : {}),
    };
  }

  /** Clusters with a Registrar (Front End, Director, Standard Edition), a Mediation Server or an Edge become pools and Edges. */
  private pools(clusters: Map<string, Cluster>, services: Service[], topology: Topology): void {
    const byCluster = new Map<string, Service[]>();
    for (const service of services) {
      if (service.cluster === undefined) continue;
      const list = byCluster.get(service.cluster) ?? [];
      list.push(service);
      byCluster.set(service.cluster, list);
    }
    for (const cluster of clusters.values()) {
      const on = byCluster.get(cluster.key) ?? [];
      const has = (role: string) => on.find((s) => s.role.value.toLowerCase() === role);
      const edge = has('edgeserver');
      const registrar = has('registrar');
      const mediation = has('mediationserver');
      if (!cluster.fqdn || (!edge && !registrar && !mediation)) continue;
      if (edge) {
        topology.edges.push(this.edge(cluster, edge));
        continue;
      }
      const main = (registrar ?? mediation) as Service;
      const isDirector = registrar && attribute(child(registrar.element, 'RegistrarService') ?? registrar.element, 'IsDirector')?.value.toLowerCase() === 'true';
      const role = registrar ? (isDirector ? 'director' : 'frontend') : 'mediation';
      const servers = cluster.machines.map((m) => ({ fqdn: m.fqdn ?? (cluster.fqdn as Sited<string>), loc: m.element.loc }));
      const pool: TopologyPool = {
        fqdn: cluster.fqdn,
        role: { value: role, loc: main.role.loc },
        servers,
        loc: cluster.element.loc,
        services: on.map((s) => s.role),
        ...(cluster.site ? { site: cluster.site } : {}),
        ...(main.product ? { product: main.product } : {}),
      };
      if (role === 'frontend') {
        const standard = cluster.singleMachine || (servers.length === 1 && servers[0].fqdn.value === cluster.fqdn.value);
        pool.edition = { value: standard ? 'standard' : 'enterprise', loc: attribute(cluster.element, 'IsSingleMachineOnly')?.loc ?? cluster.fqdn.loc };
      }
      const web = has('webservices');
      const webServices = web && this.webServices(web);
      if (webServices) pool.webServices = webServices;
      topology.pools.push(pool);
    }
  }

  /**
   * `WebService/ExternalSettings Host`, and `InternalSettings Host` when the document has one. The
   * internal FQDN is not guessed when absent (Topology Builder then uses the pool FQDN, but how every
   * version writes an override is not known here): a manifest beside the document may give it.
   */
  private webServices(service: Service): TopologyPool['webServices'] {
    const web = child(service.element, 'WebService');
    const external = child(web, 'ExternalSettings');
    const internal = child(web, 'InternalSettings');
    const externalHost = external && this.host(external, 'Host');
    const internalHost = internal && this.host(internal, 'Host');
    if (!externalHost && !internalHost) return undefined;
    return { ...(internalHost ? { internal: internalHost } : {}), ...(externalHost ? { external: externalHost } : {}) };
  }

  /**
   * An Edge pool: its internal FQDN is the cluster's, its external FQDNs and client ports are those
   * of the services' external ports (`ConfiguredFqdn`, `Port`), and the addresses of each service are
   * the servers' external interfaces the port names (the A/V Edge's public address when translated by NAT).
   */
  private edge(cluster: Cluster, service: Service): TopologyEdge {
    const fqdn = cluster.fqdn as Sited<string>;
    const edge: TopologyEdge = {
      internal: { fqdn },
      external: {},
      servers: cluster.machines.map((m) => m.fqdn ?? fqdn),
      loc: cluster.element.loc,
      ...(cluster.site ? { site: cluster.site } : {}),
      ...(service.product ? { product: service.product } : {}),
    };
    const ports = children(child(service.element, 'Ports'), 'Port');
    const external = ports.filter((p) => attribute(p, 'InterfaceSide')?.value.toLowerCase() === 'external');
    for (const wanted of EDGE_CLIENT_PORTS) {
      const port = external.find(
        (p) =>
          attribute(p, 'Owner')?.value.toLowerCase() === wanted.owner &&
          attribute(p, 'Usage')?.value.toLowerCase() === wanted.usage &&
          (wanted.protocol === undefined || attribute(p, 'Protocol')?.value.toLowerCase() === wanted.protocol),
      );
      if (!port) continue;
      const name = this.host(port, 'ConfiguredFqdn');
      if (!name) continue;
      const number = attribute(port, 'InterfaceNumber')?.value.trim() ?? '1';
      const addresses: Array<Sited<string>> = [];
      for (const machine of cluster.machines) {
        const net = machine.interfaces.find((i) => i.side === 'external' && i.number === number);
        // The A/V Edge's public address (translated by NAT) first: it is the one clients are given.
        for (const address of wanted.key === 'av' ? [net?.publicIp, net?.ip] : [net?.ip]) {
          if (address && !addresses.some((a) => a.value === address.value)) addresses.push(address);
        }
      }
      const portValue = this.port(port, 'Port');
      const entry: EdgeName = { fqdn: name, ...(addresses[0] ? { ip: addresses[0] } : {}), ...(portValue ? { port: portValue } : {}), addresses };
      edge.external[wanted.key] = entry;
    }
    const federation = external.find((p) => attribute(p, 'Owner')?.value.toLowerCase() === 'urn:component:accessedge' && attribute(p, 'Usage')?.value.toLowerCase() === 'sipserver');
    const federationPort = federation && this.port(federation, 'Port');
    if (federationPort) edge.federationPort = federationPort;
    return edge;
  }

  private sited(element: XmlElement, name: string): Sited<string> | undefined {
    const found = attribute(element, name);
    return found && found.value.trim() !== '' ? { value: found.value.trim(), loc: found.loc } : undefined;
  }

  /** A fully qualified host name, lower-case without its trailing dot; a value that is none is a warning and left out. */
  private host(element: XmlElement, name: string): Sited<string> | undefined {
    const found = attribute(element, name);
    if (!found || found.value.trim() === '') return undefined;
    const value = readHostName(found.value.trim(), { qualified: true });
    if (value === undefined) {
      this.problem(found, 'bad-fqdn', `${found.name}="${found.value}" is not a fully qualified host name; it is not read`);
      return undefined;
    }
    return { value, loc: found.loc };
  }

  /** An IP address; `0.0.0.0` (Topology Builder's "use all configured addresses") is no address. */
  private address(element: XmlElement, name: string): Sited<string> | undefined {
    const found = attribute(element, name);
    if (!found || found.value.trim() === '') return undefined;
    const value = readIpAddress(found.value.trim());
    if (value === undefined) {
      this.problem(found, 'bad-address', `${found.name}="${found.value}" is not an IP address; it is not read`);
      return undefined;
    }
    return value === '0.0.0.0' || value === '::' ? undefined : { value, loc: found.loc };
  }

  private port(element: XmlElement, name: string): Sited<number> | undefined {
    const found = attribute(element, name);
    if (!found) return undefined;
    const value = readPort(found.value.trim());
    if (value === undefined) {
      this.problem(found, 'bad-port', `${found.name}="${found.value}" is not a port (1-65535); it is not read`);
      return undefined;
    }
    return { value, loc: found.loc };
  }

  private problem(at: Located | XmlAttribute, problem: string, message: string): void {
    const loc: SourceRange = 'valueLoc' in at ? at.valueLoc : at.loc;
    this.diagnostics.push({ ...loc, severity: 'warning', code: this.code(problem), message });
  }
}

/** How services name a cluster: its `UniqueId` (Topology Builder's document) or `SiteId:Number` of its `ClusterId`. */
function clusterKey(cluster: XmlElement): string | undefined {
  const unique = attribute(cluster, 'UniqueId');
  if (unique) return unique.value.trim().toLowerCase();
  const id = childElement(cluster, 'ClusterId');
  return id ? idKey(id) : undefined;
}

function idKey(clusterId: XmlElement): string | undefined {
  const site = attribute(clusterId, 'SiteId')?.value.trim();
  const number = attribute(clusterId, 'Number')?.value.trim();
  return site !== undefined && number !== undefined ? `${site}:${number}` : undefined;
}
