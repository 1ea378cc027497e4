import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  attributeOf,
  childElement,
  childElements,
  decodeXmlBytes,
  parseEmbeddedXml,
  parseXml
} from "./chunk-W4SWPURQ.js";
import "./chunk-UQTE7JHT.js";
import {
  eachFile
} from "./chunk-2CRF2HR2.js";
import {
  readHostName,
  readIpAddress,
  readPort,
  readSimpleUrl
} from "./chunk-7VKM5DFU.js";
import "./chunk-M6TJHZSR.js";
import "./chunk-4XAWEQ5T.js";
import {
  thousands
} from "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/languages/zip/index.ts
import { inflateRawSync } from "node:zlib";
var DEFAULT_ZIP_LIMITS = {
  maxArchiveBytes: 64 * 1024 * 1024,
  maxEntries: 1e4,
  maxEntrySize: 64 * 1024 * 1024,
  maxTotalSize: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 1024 * 1024
};
var EOCD = 101010256;
var EOCD64_LOCATOR = 117853008;
var EOCD64 = 101075792;
var CENTRAL = 33639248;
var LOCAL = 67324752;
function readZip(file, bytes, limits = {}) {
  const archive = { file, bytes, entries: [], diagnostics: [], limits: { ...DEFAULT_ZIP_LIMITS, ...limits }, inflated: 0 };
  const report = (code2, message) => archive.diagnostics.push(zipDiagnostic(file, code2, message));
  if (bytes.length > archive.limits.maxArchiveBytes) {
    report("zip/too-large", `archive of ${thousands(bytes.length)} bytes is over the bound of ${thousands(archive.limits.maxArchiveBytes)}; not read`);
    return archive;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) {
    report("zip/syntax", "no end of central directory record: not a ZIP archive, or a truncated one");
    return archive;
  }
  let count = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 65535 || directorySize === 4294967295 || directoryOffset === 4294967295) {
    const zip64 = readZip64End(view, eocd);
    if (!zip64) {
      report("zip/syntax", "ZIP64 end of central directory record missing or unreadable");
      return archive;
    }
    ({ count, directorySize, directoryOffset } = zip64);
  }
  if (count > archive.limits.maxEntries) {
    report("zip/too-many-entries", `${thousands(count)} entries is over the bound of ${thousands(archive.limits.maxEntries)}; not read`);
    return archive;
  }
  if (directoryOffset + directorySize > bytes.length) {
    report("zip/syntax", "central directory lies past the end of the archive");
    return archive;
  }
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) {
      report("zip/syntax", `central directory entry ${n + 1} of ${count} is unreadable; the rest are not read`);
      break;
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = flags & 2048 ? new TextDecoder("utf-8").decode(nameBytes) : decodeCp437(nameBytes);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    if (size === 4294967295 || compressedSize === 4294967295 || localHeaderOffset === 4294967295) {
      ({ size, compressedSize, localHeaderOffset } = zip64Sizes(extra, { size, compressedSize, localHeaderOffset }));
    }
    archive.entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize,
      size,
      crc32: view.getUint32(at + 16, true),
      localHeaderOffset,
      directory: name.endsWith("/"),
      encrypted: (flags & 1) !== 0
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return archive;
}
function findZipEntry(archive, name) {
  const wanted = name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
  return archive.entries.find((entry) => entry.name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase() === wanted);
}
function readZipEntry(archive, entry) {
  const fail = (code2, message) => {
    const diagnostic = zipDiagnostic(archive.file, code2, `${entry.name}: ${message}`);
    archive.diagnostics.push(diagnostic);
    return { diagnostic };
  };
  const { bytes, limits } = archive;
  if (entry.encrypted) return fail("zip/encrypted", "encrypted entry; not read");
  if (entry.method !== 0 && entry.method !== 8) return fail("zip/unsupported", `compression method ${entry.method} is not read (only stored and deflate)`);
  if (entry.size > limits.maxEntrySize) return fail("zip/too-large", `entry of ${thousands(entry.size)} bytes is over the bound of ${thousands(limits.maxEntrySize)}; not read`);
  if (archive.inflated + entry.size > limits.maxTotalSize) return fail("zip/too-large", `the archive's entries together are over the bound of ${thousands(limits.maxTotalSize)} bytes; not read`);
  if (entry.size > limits.ratioFloor && entry.size > entry.compressedSize * limits.maxRatio) {
    return fail("zip/ratio", `compression ratio over ${limits.maxRatio}:1 (${thousands(entry.size)} bytes from ${thousands(entry.compressedSize)}); not read, as a zip bomb would be`);
  }
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || readUint32(bytes, at) !== LOCAL) return fail("zip/syntax", "local header missing");
  const dataStart = at + 30 + readUint16(bytes, at + 26) + readUint16(bytes, at + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) return fail("zip/syntax", "entry data runs past the end of the archive");
  const data = bytes.subarray(dataStart, dataEnd);
  let output;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return fail("zip/syntax", "stored entry whose sizes differ");
    output = data;
  } else {
    try {
      output = inflateRawSync(data, { maxOutputLength: Math.max(entry.size + 1, 1) });
    } catch (error) {
      const message = error.code === "ERR_BUFFER_TOO_LARGE" ? "inflates past its declared size" : "deflate data is corrupt";
      return fail("zip/syntax", `${message}; not read`);
    }
    if (output.length !== entry.size) return fail("zip/syntax", `inflates to ${thousands(output.length)} bytes, not the ${thousands(entry.size)} declared; not read`);
  }
  archive.inflated += output.length;
  if (crc32(output) !== entry.crc32) return fail("zip/syntax", "checksum (CRC-32) does not match; not read");
  return { bytes: output };
}
function zipDiagnostic(file, code2, message) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: "error", code: code2, message };
}
function findEndOfCentralDirectory(view) {
  const lowest = Math.max(0, view.byteLength - 22 - 65535);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}
function readZip64End(view, eocd) {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) return void 0;
  const at = Number(view.getBigUint64(locator + 8, true));
  if (!Number.isSafeInteger(at) || at + 56 > view.byteLength || view.getUint32(at, true) !== EOCD64) return void 0;
  const count = Number(view.getBigUint64(at + 32, true));
  const directorySize = Number(view.getBigUint64(at + 40, true));
  const directoryOffset = Number(view.getBigUint64(at + 48, true));
  return [count, directorySize, directoryOffset].every(Number.isSafeInteger) ? { count, directorySize, directoryOffset } : void 0;
}
function zip64Sizes(extra, fields) {
  const out = { ...fields };
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = readUint16(extra, at);
    const length = readUint16(extra, at + 2);
    if (id === 1) {
      const view = new DataView(extra.buffer, extra.byteOffset + at + 4, Math.min(length, extra.length - at - 4));
      let offset = 0;
      for (const key of ["size", "compressedSize", "localHeaderOffset"]) {
        if (fields[key] !== 4294967295) continue;
        if (offset + 8 > view.byteLength) break;
        out[key] = Number(view.getBigUint64(offset, true));
        offset += 8;
      }
    }
    at += 4 + length;
  }
  return out;
}
function readUint16(bytes, at) {
  return bytes[at] | bytes[at + 1] << 8;
}
function readUint32(bytes, at) {
  return (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24) >>> 0;
}
function decodeCp437(bytes) {
  let out = "";
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}
var crcTable;
function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 255] ^ crc >>> 8;
  return (crc ^ -1) >>> 0;
}

// src/formats/topology-builder/read.ts
var NAMESPACES = {
  builder: "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008",
  writable: "urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008",
  topology: "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"
};
var PRODUCT_OF_SERVICE_VERSION = { "5": "lync2010", "6": "lync2013", "7": "sfb2015", "8": "sfb2019" };
var PRODUCT_ORDER = ["lync2010", "lync2013", "sfb2015", "sfb2019"];
var EDGE_CLIENT_PORTS = [
  { key: "access", owner: "urn:component:accessedge", usage: "sipclient" },
  { key: "webConferencing", owner: "urn:component:dataedge", usage: "psomclient" },
  { key: "av", owner: "urn:component:mediarelayedge", usage: "turnserver", protocol: "tcp" }
];
function children(element, local) {
  return element ? childElements(element, local) : [];
}
function child(element, local) {
  return element ? childElement(element, local) : void 0;
}
function attribute(element, name) {
  return attributeOf(element, name) ?? element.attributes.find((a) => a.uri === "" && a.local.toLowerCase() === name.toLowerCase());
}
var TopologyReader = class {
  constructor(file, code2) {
    this.file = file;
    this.code = code2;
  }
  file;
  code;
  diagnostics = [];
  read(root, document) {
    const topology = {
      file: this.file,
      loc: root.nameLoc,
      source: "topology-builder",
      document,
      sipDomains: [],
      tenantDomains: [],
      pools: [],
      edges: [],
      simpleUrls: { meet: [], dialin: [], admin: [] },
      sbcs: [],
      sites: []
    };
    this.domains(root, topology);
    const clusters = this.clusters(root, topology.sites);
    const services = children(child(root, "Services"), "Service").map((element) => this.service(element)).filter((s) => s !== void 0);
    this.pools(clusters, services, topology);
    for (const configuration of children(root, "SimpleUrlConfiguration")) this.simpleUrls(configuration, topology);
    const newest = [...topology.pools, ...topology.edges].map((p) => p.product).filter((p) => p !== void 0).sort((a, b) => PRODUCT_ORDER.indexOf(b.value) - PRODUCT_ORDER.indexOf(a.value))[0];
    if (newest) topology.product = newest;
    return topology;
  }
  /** `SimpleUrlConfiguration`: `SimpleUrl Component="Meet|Dialin|Cscp" ActiveUrl="..."`. */
  simpleUrls(configuration, topology) {
    for (const url of children(configuration, "SimpleUrl")) {
      const component = attribute(url, "Component")?.value.toLowerCase();
      const kind = component === "meet" ? "meet" : component === "dialin" ? "dialin" : component === "cscp" || component === "admin" ? "admin" : void 0;
      const active = attribute(url, "ActiveUrl") ?? attribute(child(url, "SimpleUrlEntry") ?? url, "Url");
      if (!kind || !active) continue;
      const value = readSimpleUrl(active.value.trim());
      if (value === void 0) {
        this.problem(active, "bad-url", `simple URL '${active.value}' is neither an http or https URL nor a fully qualified host name`);
        continue;
      }
      if (!topology.simpleUrls[kind].some((u) => u.value === value)) topology.simpleUrls[kind].push({ value, loc: active.loc });
    }
  }
  domains(root, topology) {
    const domains = child(root, "InternalDomains");
    if (!domains) return;
    for (const domain of children(domains, "InternalDomain")) {
      const name = this.host(domain, "Name");
      if (name && !topology.sipDomains.some((d) => d.value === name.value)) topology.sipDomains.push(name);
    }
    const fallback = this.host(domains, "DefaultDomain");
    if (fallback) {
      topology.defaultSipDomain = fallback;
      if (!topology.sipDomains.some((d) => d.value === fallback.value)) topology.sipDomains.push(fallback);
    }
  }
  /** Sites and the clusters they hold, in both shapes. */
  clusters(root, sites) {
    const clusters = /* @__PURE__ */ new Map();
    const addSite = (element, kind) => {
      const id = this.sited(element, "SiteId");
      if (!id) return void 0;
      const nameElement = child(element, "Name");
      const name = nameElement?.text ? { value: nameElement.text.value.trim(), loc: nameElement.loc } : void 0;
      sites.push({ id, ...name ? { name } : {}, kind, loc: element.loc });
      return id;
    };
    for (const central of [...children(child(root, "CentralSites"), "CentralSite"), ...children(child(root, "Sites"), "CentralSite")]) {
      const site = addSite(central, "central");
      for (const cluster of children(child(central, "Clusters"), "Cluster")) this.cluster(cluster, site, clusters);
      for (const branch of [...children(child(central, "RemoteSites"), "RemoteSite"), ...children(child(central, "BranchSites"), "BranchSite")]) {
        const branchSite = addSite(branch, "branch");
        for (const cluster of children(child(branch, "Clusters"), "Cluster")) this.cluster(cluster, branchSite, clusters);
      }
    }
    for (const branch of children(child(root, "Sites"), "BranchSite")) addSite(branch, "branch");
    for (const cluster of children(child(root, "Clusters"), "Cluster")) this.cluster(cluster, void 0, clusters);
    return clusters;
  }
  cluster(element, site, clusters) {
    const clusterId = child(element, "ClusterId");
    const siteId = clusterId ? this.sited(clusterId, "SiteId") : void 0;
    const key = clusterKey(element);
    if (key === void 0) return;
    const machines = [...children(element, "Machine"), ...children(child(element, "Machines"), "Machine")].map((machine) => this.machine(machine));
    const fqdn = this.host(element, "Fqdn");
    clusters.set(key, {
      key,
      element,
      ...fqdn ? { fqdn } : {},
      ...site ?? siteId ? { site: site ?? siteId } : {},
      singleMachine: attribute(element, "IsSingleMachineOnly")?.value.toLowerCase() === "true",
      machines
    });
  }
  machine(element) {
    const fqdn = this.host(element, "Fqdn");
    const interfaces = children(element, "NetInterface").map((net) => {
      const ip = this.address(net, "IPAddress");
      const publicIp = this.address(net, "ConfiguredIPAddress");
      return {
        side: attribute(net, "InterfaceSide")?.value.toLowerCase() ?? "",
        number: attribute(net, "InterfaceNumber")?.value.trim() ?? "1",
        ...ip ? { ip } : {},
        ...publicIp ? { publicIp } : {}
      };
    });
    return { ...fqdn ? { fqdn } : {}, element, interfaces };
  }
  service(element) {
    const serviceId = child(element, "ServiceId");
    const roleAttribute = attribute(element, "RoleName") ?? (serviceId && attribute(serviceId, "RoleName"));
    if (!roleAttribute) return void 0;
    const installed = attribute(element, "InstalledOn");
    const installedCluster = child(child(element, "InstalledOn"), "ClusterId");
    const cluster = installed ? installed.value.trim().toLowerCase() : installedCluster ? idKey(installedCluster) : void 0;
    const version = attribute(element, "ServiceVersion");
    const product = version && PRODUCT_OF_SERVICE_VERSION[version.value.trim()];
    return {
      element,
      role: { value: roleAttribute.value.trim(), loc: roleAttribute.loc },
      ...cluster ? { cluster } : {},
      ...product && version ? { product: { value: product, loc: version.loc } } : {}
    };
  }
  /** Clusters with a Registrar (Front End, Director, Standard Edition), a Mediation Server or an Edge become pools and Edges. */
  pools(clusters, services, topology) {
    const byCluster = /* @__PURE__ */ new Map();
    for (const service of services) {
      if (service.cluster === void 0) continue;
      const list = byCluster.get(service.cluster) ?? [];
      list.push(service);
      byCluster.set(service.cluster, list);
    }
    for (const cluster of clusters.values()) {
      const on = byCluster.get(cluster.key) ?? [];
      const has = (role2) => on.find((s) => s.role.value.toLowerCase() === role2);
      const edge = has("edgeserver");
      const registrar = has("registrar");
      const mediation = has("mediationserver");
      if (!cluster.fqdn || !edge && !registrar && !mediation) continue;
      if (edge) {
        topology.edges.push(this.edge(cluster, edge));
        continue;
      }
      const main = registrar ?? mediation;
      const isDirector = registrar && attribute(child(registrar.element, "RegistrarService") ?? registrar.element, "IsDirector")?.value.toLowerCase() === "true";
      const role = registrar ? isDirector ? "director" : "frontend" : "mediation";
      const servers = cluster.machines.map((m) => ({ fqdn: m.fqdn ?? cluster.fqdn, loc: m.element.loc }));
      const pool = {
        fqdn: cluster.fqdn,
        role: { value: role, loc: main.role.loc },
        servers,
        loc: cluster.element.loc,
        services: on.map((s) => s.role),
        ...cluster.site ? { site: cluster.site } : {},
        ...main.product ? { product: main.product } : {}
      };
      if (role === "frontend") {
        const standard = cluster.singleMachine || servers.length === 1 && servers[0].fqdn.value === cluster.fqdn.value;
        pool.edition = { value: standard ? "standard" : "enterprise", loc: attribute(cluster.element, "IsSingleMachineOnly")?.loc ?? cluster.fqdn.loc };
      }
      const web = has("webservices");
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
  webServices(service) {
    const web = child(service.element, "WebService");
    const external = child(web, "ExternalSettings");
    const internal = child(web, "InternalSettings");
    const externalHost = external && this.host(external, "Host");
    const internalHost = internal && this.host(internal, "Host");
    if (!externalHost && !internalHost) return void 0;
    return { ...internalHost ? { internal: internalHost } : {}, ...externalHost ? { external: externalHost } : {} };
  }
  /**
   * An Edge pool: its internal FQDN is the cluster's, its external FQDNs and client ports are those
   * of the services' external ports (`ConfiguredFqdn`, `Port`), and the addresses of each service are
   * the servers' external interfaces the port names (the A/V Edge's public address when translated by NAT).
   */
  edge(cluster, service) {
    const fqdn = cluster.fqdn;
    const edge = {
      internal: { fqdn },
      external: {},
      servers: cluster.machines.map((m) => m.fqdn ?? fqdn),
      loc: cluster.element.loc,
      ...cluster.site ? { site: cluster.site } : {},
      ...service.product ? { product: service.product } : {}
    };
    const ports = children(child(service.element, "Ports"), "Port");
    const external = ports.filter((p) => attribute(p, "InterfaceSide")?.value.toLowerCase() === "external");
    for (const wanted of EDGE_CLIENT_PORTS) {
      const port = external.find(
        (p) => attribute(p, "Owner")?.value.toLowerCase() === wanted.owner && attribute(p, "Usage")?.value.toLowerCase() === wanted.usage && (wanted.protocol === void 0 || attribute(p, "Protocol")?.value.toLowerCase() === wanted.protocol)
      );
      if (!port) continue;
      const name = this.host(port, "ConfiguredFqdn");
      if (!name) continue;
      const number = attribute(port, "InterfaceNumber")?.value.trim() ?? "1";
      const addresses = [];
      for (const machine of cluster.machines) {
        const net = machine.interfaces.find((i) => i.side === "external" && i.number === number);
        for (const address of wanted.key === "av" ? [net?.publicIp, net?.ip] : [net?.ip]) {
          if (address && !addresses.some((a) => a.value === address.value)) addresses.push(address);
        }
      }
      const portValue = this.port(port, "Port");
      const entry = { fqdn: name, ...addresses[0] ? { ip: addresses[0] } : {}, ...portValue ? { port: portValue } : {}, addresses };
      edge.external[wanted.key] = entry;
    }
    const federation = external.find((p) => attribute(p, "Owner")?.value.toLowerCase() === "urn:component:accessedge" && attribute(p, "Usage")?.value.toLowerCase() === "sipserver");
    const federationPort = federation && this.port(federation, "Port");
    if (federationPort) edge.federationPort = federationPort;
    return edge;
  }
  sited(element, name) {
    const found = attribute(element, name);
    return found && found.value.trim() !== "" ? { value: found.value.trim(), loc: found.loc } : void 0;
  }
  /** A fully qualified host name, lower-case without its trailing dot; a value that is none is a warning and left out. */
  host(element, name) {
    const found = attribute(element, name);
    if (!found || found.value.trim() === "") return void 0;
    const value = readHostName(found.value.trim(), { qualified: true });
    if (value === void 0) {
      this.problem(found, "bad-fqdn", `${found.name}="${found.value}" is not a fully qualified host name; it is not read`);
      return void 0;
    }
    return { value, loc: found.loc };
  }
  /** An IP address; `0.0.0.0` (Topology Builder's "use all configured addresses") is no address. */
  address(element, name) {
    const found = attribute(element, name);
    if (!found || found.value.trim() === "") return void 0;
    const value = readIpAddress(found.value.trim());
    if (value === void 0) {
      this.problem(found, "bad-address", `${found.name}="${found.value}" is not an IP address; it is not read`);
      return void 0;
    }
    return value === "0.0.0.0" || value === "::" ? void 0 : { value, loc: found.loc };
  }
  port(element, name) {
    const found = attribute(element, name);
    if (!found) return void 0;
    const value = readPort(found.value.trim());
    if (value === void 0) {
      this.problem(found, "bad-port", `${found.name}="${found.value}" is not a port (1-65535); it is not read`);
      return void 0;
    }
    return { value, loc: found.loc };
  }
  problem(at, problem, message) {
    const loc = "valueLoc" in at ? at.valueLoc : at.loc;
    this.diagnostics.push({ ...loc, severity: "warning", code: this.code(problem), message });
  }
};
function clusterKey(cluster) {
  const unique = attribute(cluster, "UniqueId");
  if (unique) return unique.value.trim().toLowerCase();
  const id = childElement(cluster, "ClusterId");
  return id ? idKey(id) : void 0;
}
function idKey(clusterId) {
  const site = attribute(clusterId, "SiteId")?.value.trim();
  const number = attribute(clusterId, "Number")?.value.trim();
  return site !== void 0 && number !== void 0 ? `${site}:${number}` : void 0;
}

// src/formats/topology-builder/load.ts
var FORMAT = "topology-builder";
var MAX_EMBEDDING = 3;
function code(problem) {
  return `${FORMAT}/${problem.replace("/", "-")}`;
}
function renamed(diagnostics) {
  return diagnostics.map((d) => ({ ...d, code: code(d.code) }));
}
function loadTopologyBuilder(files, context, options = {}) {
  return eachFile(files, context, (file, bytes) => readTopologyBuilderFile(file.file, bytes, options));
}
function readTopologyBuilderFile(file, bytes, options = {}) {
  if (bytes[0] === 80 && bytes[1] === 75) return readArchive(file, bytes, options);
  const document = parseXml(file, decodeXmlBytes(bytes));
  return readDocument(document, file.toLowerCase().endsWith(".tbxml") ? "Topology Builder document" : void 0);
}
function readArchive(file, bytes, options) {
  const archive = readZip(file, bytes, options.zipLimits);
  const diagnostics = [];
  const entry = archive.diagnostics.length === 0 ? findZipEntry(archive, "DocItemSet.xml") : void 0;
  let topologies = [];
  if (entry) {
    const read = readZipEntry(archive, entry);
    if ("bytes" in read) {
      const loaded = readDocument(parseXml(file, decodeXmlBytes(read.bytes)), "Export-CsConfiguration archive");
      topologies = loaded.nodes.topologies;
      for (const d of loaded.diagnostics) diagnostics.push(d);
    }
  } else if (archive.diagnostics.length === 0) {
    diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: "info", code: code("no-topology"), message: "the archive holds no DocItemSet.xml, so no topology was read from it" });
  }
  return { nodes: { topologies }, diagnostics: [...renamed(archive.diagnostics), ...diagnostics] };
}
function readDocument(document, kind) {
  const file = document.source.file;
  const diagnostics = renamed(document.diagnostics);
  const reader = new TopologyReader(file, code);
  const found = [];
  const simpleUrls = [];
  collect(document, 0, found, simpleUrls, diagnostics, kind);
  const topologies = found.map(({ element, document: described }) => reader.read(element, described));
  const first = topologies[0];
  if (first) for (const configuration of simpleUrls) reader.simpleUrls(configuration, first);
  for (const d of reader.diagnostics) diagnostics.push(d);
  if (topologies.length === 0 && document.root && document.wellFormed) {
    diagnostics.push({
      ...document.root.nameLoc,
      severity: "info",
      code: code("no-topology"),
      message: `<${document.root.name}> holds no Topology Builder topology (InternalDomains, sites, clusters and services), so nothing was read from it`
    });
  }
  return { nodes: { topologies }, diagnostics };
}
function collect(document, depth, found, simpleUrls, diagnostics, kind) {
  const stack = [...document.roots].reverse();
  while (stack.length > 0) {
    const element = stack.pop();
    const root = topologyRoot(element);
    if (root) {
      found.push({ element: root.element, document: kind ?? root.document });
      continue;
    }
    if (element.local === "SimpleUrlConfiguration") {
      simpleUrls.push(element);
      continue;
    }
    if (element.children.length === 0 && element.text && depth < MAX_EMBEDDING && element.text.value.trimStart().startsWith("<")) {
      const inner = parseEmbeddedXml(document, element.text, { fragment: true });
      if (inner.roots.some((r) => r.uri.startsWith("urn:schema:Microsoft.Rtc.Management."))) for (const d of renamed(inner.diagnostics)) diagnostics.push(d);
      collect(inner, depth + 1, found, simpleUrls, diagnostics, kind ?? "configuration export");
      continue;
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]);
  }
}
function topologyRoot(element) {
  if (element.local === "TopologyBuilder" && element.uri === NAMESPACES.builder) {
    for (const version of ["NewTopology", "OldTopology"]) {
      const holder = element.children.find((c) => c.local === version);
      const topology = holder?.children.find((c) => c.local === "PartialTopology" || c.local === "Topology");
      if (topology) return { element: topology, document: "Topology Builder document" };
    }
    return void 0;
  }
  if (element.local === "PartialTopology" && element.uri === NAMESPACES.writable) return { element, document: "Topology Builder document" };
  if (element.local === "Topology" && element.uri === NAMESPACES.topology) return { element, document: "published topology" };
  return void 0;
}
export {
  loadTopologyBuilder,
  readTopologyBuilderFile
};
