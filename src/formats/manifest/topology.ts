/**
 * `kind: Topology`: each document becomes one `Topology`. Every value keeps the range
 * of its key and value (of the item, in a list). A document with any problem, from the
 * schema or from a value, is reported and not loaded: a topology is read as a whole (a
 * pool left out would make its names look like strangers to the rules), and without
 * one the rules work from the zones.
 */
import { readSimpleUrl, type HostPort, type PoolRole, type Sited, type Topology, type TopologyEdge, type TopologyPool, type TopologyServer } from '../../model/topology.js';
import { errorAt } from '../shared/yaml/schema-errors.js';
import type { ManifestDocument, ManifestKindLoader } from './kind.js';
import { DocumentReader, loadedWhole, optional } from './reader.js';
import type { Path } from './reader.js';
import { TOPOLOGY_SCHEMA } from './topology-schema.js';
import { readHostName, readHostPort, readIpAddress } from '../../model/values.js';

export const topologyLoader: ManifestKindLoader<unknown> = {
  kind: 'Topology',
  schema: TOPOLOGY_SCHEMA,
  schemaFile: 'manifest-topology.schema.json',
  describeValue: ({ error, segments, path, range }) => {
    if (segments[segments.length - 1] !== 'port' || (error.keyword !== 'minimum' && error.keyword !== 'maximum')) return undefined;
    return errorAt(range, 'manifest/invalid-port', `${path}: ${String(error.data)} is not a port (1-65535)`);
  },
  convert(document, data, context) {
    const reader = new TopologyReader(data, context);
    return { topologies: loadedWhole(reader, context, reader.topology(document)) };
  },
};

export { readSimpleUrl };

/** Reads the plain value the schema checked, reporting values it cannot take at their range. */
class TopologyReader extends DocumentReader {
  topology(document: ManifestDocument): Topology {
    const topology: Topology = {
      file: document.file,
      loc: document.loc,
      sipDomains: this.hosts(['sipDomains']),
      tenantDomains: this.hosts(['tenantDomains']),
      pools: this.entries(['pools'], (path) => this.pool(path)),
      edges: this.entries(['edges'], (path) => this.edge(path)),
      simpleUrls: { meet: this.simpleUrls('meet'), dialin: this.simpleUrls('dialin'), admin: this.simpleUrls('admin') },
      sbcs: this.entries(['sbcs'], (path) => {
        const fqdn = this.host([...path, 'fqdn']);
        return fqdn && { fqdn, ...optional('port', this.scalar<number>([...path, 'port'], 'number')), loc: this.loc(path) };
      }),
    };
    const product = this.scalar<string>(['product'], 'string');
    if (product) topology.product = product;
    if (this.isMapping(['clientPolicy'])) topology.clientPolicy = this.clientPolicy();
    if (this.isMapping(['reverseProxy'])) {
      const fqdn = this.host(['reverseProxy', 'fqdn']);
      const ip = this.address(['reverseProxy', 'ip']);
      const publishes = this.hosts(['reverseProxy', 'publishes']);
      if (fqdn) topology.reverseProxy = { fqdn, ...optional('ip', ip), publishes, loc: this.loc(['reverseProxy']) };
    }
    if (this.isMapping(['exchange'])) {
      topology.exchange = { ...optional('autodiscover', this.host(['exchange', 'autodiscover'])), ...optional('ews', this.host(['exchange', 'ews'])) };
    }
    return topology;
  }

  private clientPolicy(): NonNullable<Topology['clientPolicy']> {
    const policy: NonNullable<Topology['clientPolicy']> = {
      ...optional('strictDnsNaming', this.scalar<boolean>(['clientPolicy', 'strictDnsNaming'], 'boolean')),
      ...optional('allowTcp', this.scalar<boolean>(['clientPolicy', 'allowTcp'], 'boolean')),
    };
    if (this.isMapping(['clientPolicy', 'manualServers'])) {
      policy.manualServers = {
        ...optional('internal', this.manualServer(['clientPolicy', 'manualServers', 'internal'])),
        ...optional('external', this.manualServer(['clientPolicy', 'manualServers', 'external'])),
      };
    }
    return policy;
  }

  private pool(path: Path): TopologyPool | undefined {
    const fqdn = this.host([...path, 'fqdn']);
    const servers = this.entries([...path, 'servers'], (serverPath): TopologyServer | undefined => {
      const serverFqdn = this.host([...serverPath, 'fqdn']);
      return serverFqdn && { fqdn: serverFqdn, ...optional('id', this.scalar<number>([...serverPath, 'id'], 'number')), loc: this.loc(serverPath) };
    });
    const pool: TopologyPool | undefined = fqdn && {
      fqdn,
      ...optional('role', this.scalar<PoolRole>([...path, 'role'], 'string')),
      ...optional('loadBalancing', this.scalar<'dns' | 'hardware'>([...path, 'loadBalancing'], 'string')),
      servers,
      loc: this.loc(path),
    };
    const web = [...path, 'webServices'];
    if (this.isMapping(web)) {
      const webServices = { ...optional('internal', this.host([...web, 'internal'])), ...optional('external', this.host([...web, 'external'])) };
      if (pool) pool.webServices = webServices;
    }
    return pool;
  }

  private edge(path: Path): TopologyEdge {
    const edge: TopologyEdge = { external: {}, servers: this.hosts([...path, 'servers']), loc: this.loc(path) };
    const internal = this.host([...path, 'internal', 'fqdn']);
    if (internal) edge.internal = { fqdn: internal };
    for (const service of ['access', 'webConferencing', 'av'] as const) {
      const at = [...path, 'external', service];
      const fqdn = this.host([...at, 'fqdn']);
      const ip = this.address([...at, 'ip']);
      if (fqdn) edge.external[service] = { fqdn, ...optional('ip', ip) };
    }
    return edge;
  }

  private manualServer(path: Path): Sited<HostPort> | undefined {
    const text = this.scalar<string>(path, 'string');
    if (!text) return undefined;
    const read = readHostPort(text.value);
    if ('host' in read) return { value: read.port === undefined ? { host: read.host } : { host: read.host, port: read.port }, loc: text.loc };
    if ('badPort' in read) this.report(path, 'invalid-port', `'${read.badPort}' in '${text.value}' is not a port (1-65535)`);
    else this.report(path, 'invalid-host', `'${text.value}' is not a host name, an IP address or host:port`);
    return undefined;
  }

  /** `meet: https://meet.contoso.com/` or a list of them. */
  private simpleUrls(kind: 'meet' | 'dialin' | 'admin'): Array<Sited<string>> {
    const path = ['simpleUrls', kind];
    const paths = Array.isArray(this.at(path)) ? this.indices(path) : [path];
    return paths.flatMap((itemPath) => {
      const text = this.scalar<string>(itemPath, 'string');
      if (!text) return [];
      const url = readSimpleUrl(text.value);
      if (url !== undefined) return [{ value: url, loc: text.loc }];
      this.report(itemPath, 'invalid-url', `'${text.value}' is neither an http or https URL nor a fully qualified host name`);
      return [];
    });
  }

  /** A fully qualified host name, lower-case without its trailing dot. */
  private host(path: Path): Sited<string> | undefined {
    const text = this.scalar<string>(path, 'string');
    if (!text) return undefined;
    const name = readHostName(text.value, { qualified: true });
    if (name !== undefined) return { value: name, loc: text.loc };
    this.report(path, 'invalid-host', `'${text.value}' is not a fully qualified host name`);
    return undefined;
  }

  private hosts(path: Path): Array<Sited<string>> {
    return this.indices(path).flatMap((itemPath) => this.host(itemPath) ?? []);
  }

  private address(path: Path): Sited<string> | undefined {
    const text = this.scalar<string>(path, 'string');
    if (!text) return undefined;
    const address = readIpAddress(text.value);
    if (address !== undefined) return { value: address, loc: text.loc };
    this.report(path, 'invalid-address', `'${text.value}' is not an IPv4 or IPv6 address`);
    return undefined;
  }
}
