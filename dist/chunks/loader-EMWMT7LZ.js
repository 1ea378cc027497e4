import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  DATE_PATTERN,
  PRODUCTS,
  YamlLocator,
  didYouMean,
  displayPath,
  errorAt,
  lazyValidator,
  parseConfigDate,
  pointersAbove,
  schemaDiagnostics,
  show,
  sortDiagnostics,
  validatorKeys,
  withCodePrefix
} from "./chunk-7A5VGJQR.js";
import {
  appendAll,
  deref,
  getEntry,
  pairRange,
  parseYamlDocuments,
  toPlainValue
} from "./chunk-2F2EY3OV.js";
import {
  parsePortSpec,
  readDistinguishedName,
  readHostName,
  readHostPort,
  readIpAddress,
  readSimpleUrl,
  resolveManifestPath
} from "./chunk-7VKM5DFU.js";
import "./chunk-XCIY33MR.js";
import {
  parseAddressSpec
} from "./chunk-EYJA5AHZ.js";
import "./chunk-M6TJHZSR.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/manifest/kind.ts
var MANIFEST_API_VERSION = "uclint/v1";
var MANIFEST_KINDS = ["Topology", "Certificates", "FirewallRules", "VpnProfile", "MediaPolicy"];
function documentSchema(kind, title, body) {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title,
    type: "object",
    additionalProperties: false,
    required: ["apiVersion", "kind", ...body.required],
    properties: {
      apiVersion: { const: MANIFEST_API_VERSION, description: "Manifest format version." },
      kind: { const: kind },
      ...body.properties
    },
    ...body.definitions ? { definitions: body.definitions } : {}
  };
}

// src/formats/manifest/x509-names.ts
var SIGNATURE_ALGORITHMS = {
  md2WithRSAEncryption: { hash: "md2", pss: false },
  md5WithRSAEncryption: { hash: "md5", pss: false },
  sha1WithRSAEncryption: { hash: "sha1", pss: false },
  sha224WithRSAEncryption: { hash: "sha224", pss: false },
  sha256WithRSAEncryption: { hash: "sha256", pss: false },
  sha384WithRSAEncryption: { hash: "sha384", pss: false },
  sha512WithRSAEncryption: { hash: "sha512", pss: false },
  // The hash of RSASSA-PSS is a parameter, not part of the name.
  rsassaPss: { pss: true },
  "ecdsa-with-SHA1": { hash: "sha1", pss: false },
  "ecdsa-with-SHA224": { hash: "sha224", pss: false },
  "ecdsa-with-SHA256": { hash: "sha256", pss: false },
  "ecdsa-with-SHA384": { hash: "sha384", pss: false },
  "ecdsa-with-SHA512": { hash: "sha512", pss: false },
  dsaWithSHA1: { hash: "sha1", pss: false },
  dsa_with_SHA224: { hash: "sha224", pss: false },
  dsa_with_SHA256: { hash: "sha256", pss: false },
  ED25519: { pss: false },
  ED448: { pss: false }
};
var KEY_ALGORITHMS = ["rsa", "rsa-pss", "ec", "ed25519", "ed448", "dsa"];
var EC_CURVES = {
  prime256v1: { name: "prime256v1", size: 256 },
  secp256r1: { name: "prime256v1", size: 256 },
  "P-256": { name: "prime256v1", size: 256 },
  secp384r1: { name: "secp384r1", size: 384 },
  "P-384": { name: "secp384r1", size: 384 },
  secp521r1: { name: "secp521r1", size: 521 },
  "P-521": { name: "secp521r1", size: 521 },
  secp256k1: { name: "secp256k1", size: 256 },
  brainpoolP256r1: { name: "brainpoolP256r1", size: 256 },
  brainpoolP384r1: { name: "brainpoolP384r1", size: 384 },
  brainpoolP512r1: { name: "brainpoolP512r1", size: 512 }
};
var EKU_OIDS = {
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
  codeSigning: "1.3.6.1.5.5.7.3.3",
  emailProtection: "1.3.6.1.5.5.7.3.4",
  ipsecEndSystem: "1.3.6.1.5.5.7.3.5",
  ipsecTunnel: "1.3.6.1.5.5.7.3.6",
  ipsecUser: "1.3.6.1.5.5.7.3.7",
  timeStamping: "1.3.6.1.5.5.7.3.8",
  OCSPSigning: "1.3.6.1.5.5.7.3.9",
  ipsecIKE: "1.3.6.1.5.5.7.3.17",
  msSmartcardLogin: "1.3.6.1.4.1.311.20.2.2",
  anyExtendedKeyUsage: "2.5.29.37.0"
};
var EKU_NAMES_BY_OID = new Map(Object.entries(EKU_OIDS).map(([name, oid]) => [oid, name]));
function ekuName(text) {
  if (Object.hasOwn(EKU_OIDS, text)) return text;
  if (!/^[0-2](?:\.(?:0|[1-9]\d*))+$/.test(text)) return void 0;
  return EKU_NAMES_BY_OID.get(text) ?? text;
}

// src/formats/manifest/certificates-schema.ts
var nonEmptyString = { type: "string", minLength: 1 };
var date = (description) => ({ type: "string", pattern: DATE_PATTERN, description });
var CERTIFICATES_SCHEMA = documentSchema("Certificates", "uclint manifest: kind Certificates", {
  required: ["certificates"],
  properties: {
    certificates: {
      description: "Certificates the deployment uses that are not committed as files, or that link the committed file.",
      type: "array",
      items: { $ref: "#/definitions/certificate" }
    }
  },
  definitions: {
    certificate: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { ...nonEmptyString, description: "Name of the certificate, unique in the file; findings use it." },
        subject: {
          ...nonEmptyString,
          description: "Subject distinguished name, `CN=sip.contoso.com, O=Contoso`; the common name is its CN.",
          examples: ["CN=sip.contoso.com, O=Contoso, C=US"]
        },
        sans: {
          description: "Subject alternative names: DNS names (`*.contoso.com` for a wildcard) and IPv4 or IPv6 addresses.",
          type: "array",
          items: nonEmptyString
        },
        notBefore: date("Start of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time."),
        notAfter: date("End of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time."),
        issuer: { enum: ["public", "private"], description: "`public`: a CA clients and federation partners trust; `private`: an enterprise CA or self-signed." },
        issuerName: { ...nonEmptyString, description: "The issuing CA: its distinguished name or its name." },
        key: {
          type: "object",
          additionalProperties: false,
          required: ["algorithm"],
          properties: {
            algorithm: { enum: [...KEY_ALGORITHMS] },
            size: { type: "integer", minimum: 1, description: "Bits: RSA and DSA; for EC it follows from the curve." },
            curve: { enum: Object.keys(EC_CURVES), description: "EC curve." }
          }
        },
        signature: { enum: Object.keys(SIGNATURE_ALGORITHMS), description: "Signature algorithm as OpenSSL prints it." },
        eku: {
          description: "Extended key usages: OpenSSL short names (`serverAuth`, `clientAuth`) or OIDs.",
          type: "array",
          items: nonEmptyString,
          examples: [["serverAuth", "clientAuth"]]
        },
        usedBy: { description: "FQDNs of the servers or pools that present the certificate.", type: "array", items: nonEmptyString },
        file: { ...nonEmptyString, description: "A committed copy of the certificate, relative to this manifest's directory." }
      }
    }
  }
});

// src/formats/manifest/certificates.ts
var certificatesLoader = {
  kind: "Certificates",
  schema: CERTIFICATES_SCHEMA,
  schemaFile: "manifest-certificates.schema.json",
  describeValue: ({ error, segments, path: path2, range }) => {
    const field = segments[segments.length - 1];
    if (error.keyword !== "pattern" || field !== "notBefore" && field !== "notAfter") return void 0;
    return errorAt(range, "manifest/invalid-date", `${path2}: '${String(error.data)}' is not a date (YYYY-MM-DD)`);
  },
  convert(document, data, context) {
    if (!Array.isArray(data.certificates)) return {};
    const certificates = [];
    data.certificates.forEach((entry, index) => {
      if (context.isValid(["certificates", index])) certificates.push(convertEntry(entry, ["certificates", String(index)], document, context));
    });
    return { certificates };
  }
};
function convertEntry(entry, base, document, context) {
  const { locator } = context;
  const valueAt = (...rest) => locator.value([...base, ...rest.map(String)]);
  const pathOf = (...rest) => context.path([...base, ...rest]);
  const fieldLocs = {};
  const located = (field, written) => {
    const pair = locator.entry([...base, written]);
    if (pair) fieldLocs[field] = pairRange(pair);
  };
  const certificate = { source: "manifest", name: entry.name, loc: locator.value(base), usedBy: [], fieldLocs };
  const first = context.firstUse("certificate", entry.name, valueAt("name"));
  if (first) {
    context.report(valueAt("name"), "duplicate-name", `duplicate certificate name '${entry.name}' (first at line ${first.line}, column ${first.column})`);
  }
  if (entry.subject !== void 0) {
    const subject = readDistinguishedName(entry.subject);
    if (subject) {
      certificate.subject = subject.text;
      located("subject", "subject");
      if (subject.commonName !== void 0) {
        certificate.commonName = subject.commonName;
        located("commonName", "subject");
      }
    } else {
      const hint = entry.subject.includes("=") ? " (CN=sip.contoso.com, O=Contoso)" : `; write CN=${entry.subject}`;
      context.report(valueAt("subject"), "invalid-subject", `${pathOf("subject")}: '${entry.subject}' is not a distinguished name${hint}`);
    }
  }
  if (entry.sans !== void 0) {
    const sans = { dns: [], ip: [] };
    entry.sans.forEach((text, index) => {
      const ip2 = readIpAddress(text);
      const dns = ip2 === void 0 ? readHostName(text, { wildcard: true }) : void 0;
      if (ip2 !== void 0) sans.ip.push(ip2);
      else if (dns !== void 0) sans.dns.push(dns);
      else context.report(valueAt("sans", index), "invalid-san", `${pathOf("sans", index)}: '${text}' is neither a host name nor an IP address`);
    });
    certificate.sans = sans;
    located("sans", "sans");
  }
  convertValidity(entry, certificate, context, valueAt, pathOf);
  for (const field of ["notBefore", "notAfter"]) if (certificate[field]) located(field, field);
  if (entry.issuer !== void 0) {
    certificate.issuerKind = entry.issuer;
    located("issuerKind", "issuer");
  }
  if (entry.issuerName !== void 0) {
    certificate.issuer = readDistinguishedName(entry.issuerName)?.text ?? entry.issuerName;
    located("issuer", "issuerName");
  }
  if (entry.key !== void 0) {
    certificate.key = convertKey(entry.key, context, valueAt, pathOf);
    located("key", "key");
  }
  if (entry.signature !== void 0) {
    const { hash, pss } = SIGNATURE_ALGORITHMS[entry.signature];
    certificate.signature = hash === void 0 ? { algorithm: entry.signature, pss } : { algorithm: entry.signature, hash, pss };
    located("signature", "signature");
  }
  if (entry.eku !== void 0) {
    const eku = [];
    entry.eku.forEach((text, index) => {
      const name = ekuName(text);
      if (name !== void 0) {
        eku.push(name);
        return;
      }
      const hint = didYouMean(text, Object.keys(EKU_OIDS)) || `; use a name such as serverAuth or clientAuth, or an OID`;
      context.report(valueAt("eku", index), "unknown-eku", `${pathOf("eku", index)}: unknown extended key usage '${text}'${hint}`);
    });
    certificate.eku = eku;
    located("eku", "eku");
  }
  if (entry.usedBy !== void 0) {
    entry.usedBy.forEach((text, index) => {
      const host = readHostName(text);
      if (host !== void 0) certificate.usedBy.push(host);
      else context.report(valueAt("usedBy", index), "invalid-host", `${pathOf("usedBy", index)}: '${text}' is not a host name`);
    });
    located("usedBy", "usedBy");
  }
  if (entry.file !== void 0) {
    const linked = resolveManifestPath(document.file, entry.file);
    if (linked !== void 0) {
      certificate.linkedFile = linked;
      located("file", "file");
    } else {
      context.report(valueAt("file"), "invalid-file", `${pathOf("file")}: '${entry.file}' must be a path relative to the manifest's directory, inside the lint root`);
    }
  }
  return certificate;
}
function convertValidity(entry, certificate, context, valueAt, pathOf) {
  for (const field of ["notBefore", "notAfter"]) {
    const text = entry[field];
    if (text === void 0) continue;
    const date2 = parseConfigDate(text);
    if (date2) certificate[field] = date2;
    else context.report(valueAt(field), "invalid-date", `${pathOf(field)}: '${text}' is not a valid date`);
  }
  const { notBefore, notAfter } = certificate;
  if (notBefore && notAfter && notAfter < notBefore) {
    context.report(valueAt("notAfter"), "date-order", `${pathOf("notAfter")} ${entry.notAfter} is before notBefore ${entry.notBefore}`);
  }
}
function convertKey(key, context, valueAt, pathOf) {
  const result = { algorithm: key.algorithm };
  const curve = key.curve === void 0 ? void 0 : EC_CURVES[key.curve];
  if (curve && key.algorithm !== "ec") {
    context.report(valueAt("key", "curve"), "invalid-key", `${pathOf("key", "curve")}: only ec keys have a curve, this key is ${key.algorithm}`);
  } else if (curve) {
    result.curve = curve.name;
    result.size = curve.size;
  }
  if (key.size === void 0) return result;
  if (key.algorithm === "ed25519" || key.algorithm === "ed448") {
    context.report(valueAt("key", "size"), "invalid-key", `${pathOf("key", "size")}: ${key.algorithm} keys have no size to choose`);
  } else if (result.curve && result.size !== key.size) {
    context.report(valueAt("key", "size"), "invalid-key", `${pathOf("key", "size")}: ${key.size} does not match curve ${result.curve} (${result.size} bits)`);
  } else {
    result.size = key.size;
  }
  return result;
}

// src/formats/manifest/reader.ts
var DocumentReader = class {
  constructor(data, context) {
    this.data = data;
    this.context = context;
  }
  data;
  context;
  problems = 0;
  entries(path2, read) {
    return this.indices(path2).flatMap((itemPath) => read(itemPath) ?? []);
  }
  indices(path2) {
    const list = this.at(path2);
    return Array.isArray(list) ? list.map((_, index) => [...path2, index]) : [];
  }
  /** The value when the schema accepted it and it has the type, with its range. */
  scalar(path2, type) {
    const value = this.at(path2);
    if (typeof value !== type || !this.context.isValid(path2)) return void 0;
    return { value, loc: this.loc(path2) };
  }
  isMapping(path2) {
    const value = this.at(path2);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  }
  at(path2) {
    let value = this.data;
    for (const segment of path2) {
      if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return void 0;
      value = value[segment];
    }
    return value;
  }
  /** Key and value of a mapping's entry; the item alone in a list. */
  loc(path2) {
    const segments = path2.map(String);
    const pair = typeof path2[path2.length - 1] === "string" ? this.context.locator.entry(segments) : void 0;
    return pair ? pairRange(pair) : this.context.locator.value(segments);
  }
  /** A problem with the value at the path, reported at the value. */
  report(path2, code, message) {
    this.reportAt(this.context.locator.value(path2.map(String)), path2, code, message);
  }
  /** A problem with part of the value at the path (one entry of a comma-separated list). */
  reportAt(range, path2, code, message) {
    this.problems++;
    this.context.report(range, code, `${this.context.path(path2)}: ${message}`);
  }
};
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function loadedWhole(reader, context, model) {
  return reader.problems === 0 && context.isValid([]) ? [model] : [];
}

// src/formats/manifest/topology-schema.ts
var TOPOLOGY_PRODUCTS = PRODUCTS.filter((product) => product !== "cisco");
var POOL_ROLES = ["frontend", "director", "edge", "mediation"];
var nonEmptyString2 = { type: "string", minLength: 1 };
var fqdn = (description) => ({ ...nonEmptyString2, description });
var fqdnList = (description) => ({ type: "array", items: nonEmptyString2, description });
var ip = { ...nonEmptyString2, description: "IPv4 address (four decimal parts) or IPv6 address." };
var port = { type: "integer", minimum: 1, maximum: 65535 };
var mapping = (properties, required = []) => ({
  type: "object",
  additionalProperties: false,
  ...required.length > 0 ? { required } : {},
  properties
});
var simpleUrl = (description) => ({
  description: `${description} One URL or host name, or a list of them.`,
  oneOf: [nonEmptyString2, { type: "array", items: nonEmptyString2 }]
});
var manualServer = (description) => ({
  ...nonEmptyString2,
  description: `${description} \`host\` or \`host:port\`; an IPv6 address in brackets when a port follows (\`[2001:db8::1]:443\`).`,
  examples: ["sip.contoso.com:443"]
});
var TOPOLOGY_SCHEMA = documentSchema("Topology", "uclint manifest: kind Topology", {
  required: [],
  properties: {
    product: { enum: [...TOPOLOGY_PRODUCTS], description: "Server product and version; selects product defaults such as the pool size limit (settings.product in the config wins)." },
    sipDomains: fqdnList("SIP domains users sign in with (`user@contoso.com`)."),
    tenantDomains: fqdnList("Other domains registered in the Microsoft 365 tenant (the SIP domains count already), such as a subdomain that names an SBC."),
    clientPolicy: {
      description: "What clients are told.",
      ...mapping({
        strictDnsNaming: { type: "boolean", description: "EnableStrictDNSNaming: a discovered server must be the SIP domain or sip.<domain>." },
        allowTcp: { type: "boolean", description: "Clients may use clear-text SIP over TCP (_sipinternal._tcp)." },
        manualServers: {
          description: "Servers configured by hand instead of DNS discovery.",
          ...mapping({
            internal: manualServer("Internal server."),
            external: manualServer("External server.")
          })
        }
      })
    },
    pools: { description: "Front End, Director, Edge and Mediation pools.", type: "array", items: { $ref: "#/definitions/pool" } },
    edges: { description: "Edge pools with their internal and external names.", type: "array", items: { $ref: "#/definitions/edge" } },
    reverseProxy: {
      description: "The reverse proxy that publishes web services and simple URLs.",
      ...mapping({ fqdn: fqdn("External FQDN of the reverse proxy."), ip, publishes: fqdnList("Host names it publishes.") }, ["fqdn"])
    },
    simpleUrls: {
      description: "Simple URLs: `https://meet.contoso.com/` or a host name.",
      ...mapping({
        meet: simpleUrl("Meeting URLs, one per SIP domain."),
        dialin: simpleUrl("Dial-in conferencing URL."),
        admin: simpleUrl("Administration URL.")
      })
    },
    exchange: {
      description: "Exchange names clients reach.",
      ...mapping({ autodiscover: fqdn("Autodiscover host name."), ews: fqdn("Exchange Web Services host name.") })
    },
    sbcs: {
      description: "Session border controllers (Direct Routing, PSTN gateways).",
      type: "array",
      items: mapping({ fqdn: fqdn("FQDN of the SBC."), port: { ...port, description: "SIP/TLS port, 5061 by default on the SBC." } }, ["fqdn"])
    }
  },
  definitions: {
    pool: mapping(
      {
        fqdn: fqdn("Pool FQDN (for a Standard Edition server, the server FQDN)."),
        role: { enum: [...POOL_ROLES] },
        loadBalancing: { enum: ["dns", "hardware"], description: "How SIP traffic to the pool is balanced." },
        webServices: {
          description: "Web services FQDNs.",
          ...mapping({ internal: fqdn("Internal web services FQDN."), external: fqdn("External web services FQDN.") })
        },
        servers: {
          description: "Servers of the pool.",
          type: "array",
          items: mapping({ fqdn: fqdn("Server FQDN."), id: { type: "integer", minimum: 1, description: "Registrar id (slot of the registrar hash)." } }, ["fqdn"])
        }
      },
      ["fqdn"]
    ),
    edgeName: mapping({ fqdn: fqdn("Public FQDN of the service."), ip }, ["fqdn"]),
    edge: mapping({
      internal: { description: "The internal interface.", ...mapping({ fqdn: fqdn("Internal FQDN of the Edge pool.") }, ["fqdn"]) },
      external: {
        description: "The external services.",
        ...mapping({
          access: { $ref: "#/definitions/edgeName" },
          webConferencing: { $ref: "#/definitions/edgeName" },
          av: { $ref: "#/definitions/edgeName" }
        })
      },
      servers: fqdnList("FQDNs of the Edge servers.")
    })
  }
});

// src/formats/manifest/topology.ts
var topologyLoader = {
  kind: "Topology",
  schema: TOPOLOGY_SCHEMA,
  schemaFile: "manifest-topology.schema.json",
  describeValue: ({ error, segments, path: path2, range }) => {
    if (segments[segments.length - 1] !== "port" || error.keyword !== "minimum" && error.keyword !== "maximum") return void 0;
    return errorAt(range, "manifest/invalid-port", `${path2}: ${String(error.data)} is not a port (1-65535)`);
  },
  convert(document, data, context) {
    const reader = new TopologyReader(data, context);
    return { topologies: loadedWhole(reader, context, reader.topology(document)) };
  }
};
var TopologyReader = class extends DocumentReader {
  topology(document) {
    const topology = {
      file: document.file,
      loc: document.loc,
      sipDomains: this.hosts(["sipDomains"]),
      tenantDomains: this.hosts(["tenantDomains"]),
      pools: this.entries(["pools"], (path2) => this.pool(path2)),
      edges: this.entries(["edges"], (path2) => this.edge(path2)),
      simpleUrls: { meet: this.simpleUrls("meet"), dialin: this.simpleUrls("dialin"), admin: this.simpleUrls("admin") },
      sbcs: this.entries(["sbcs"], (path2) => {
        const fqdn2 = this.host([...path2, "fqdn"]);
        return fqdn2 && { fqdn: fqdn2, ...optional("port", this.scalar([...path2, "port"], "number")), loc: this.loc(path2) };
      })
    };
    const product = this.scalar(["product"], "string");
    if (product) topology.product = product;
    if (this.isMapping(["clientPolicy"])) topology.clientPolicy = this.clientPolicy();
    if (this.isMapping(["reverseProxy"])) {
      const fqdn2 = this.host(["reverseProxy", "fqdn"]);
      const ip2 = this.address(["reverseProxy", "ip"]);
      const publishes = this.hosts(["reverseProxy", "publishes"]);
      if (fqdn2) topology.reverseProxy = { fqdn: fqdn2, ...optional("ip", ip2), publishes, loc: this.loc(["reverseProxy"]) };
    }
    if (this.isMapping(["exchange"])) {
      topology.exchange = { ...optional("autodiscover", this.host(["exchange", "autodiscover"])), ...optional("ews", this.host(["exchange", "ews"])) };
    }
    return topology;
  }
  clientPolicy() {
    const policy = {
      ...optional("strictDnsNaming", this.scalar(["clientPolicy", "strictDnsNaming"], "boolean")),
      ...optional("allowTcp", this.scalar(["clientPolicy", "allowTcp"], "boolean"))
    };
    if (this.isMapping(["clientPolicy", "manualServers"])) {
      policy.manualServers = {
        ...optional("internal", this.manualServer(["clientPolicy", "manualServers", "internal"])),
        ...optional("external", this.manualServer(["clientPolicy", "manualServers", "external"]))
      };
    }
    return policy;
  }
  pool(path2) {
    const fqdn2 = this.host([...path2, "fqdn"]);
    const servers = this.entries([...path2, "servers"], (serverPath) => {
      const serverFqdn = this.host([...serverPath, "fqdn"]);
      return serverFqdn && { fqdn: serverFqdn, ...optional("id", this.scalar([...serverPath, "id"], "number")), loc: this.loc(serverPath) };
    });
    const pool = fqdn2 && {
      fqdn: fqdn2,
      ...optional("role", this.scalar([...path2, "role"], "string")),
      ...optional("loadBalancing", this.scalar([...path2, "loadBalancing"], "string")),
      servers,
      loc: this.loc(path2)
    };
    const web = [...path2, "webServices"];
    if (this.isMapping(web)) {
      const webServices = { ...optional("internal", this.host([...web, "internal"])), ...optional("external", this.host([...web, "external"])) };
      if (pool) pool.webServices = webServices;
    }
    return pool;
  }
  edge(path2) {
    const edge = { external: {}, servers: this.hosts([...path2, "servers"]), loc: this.loc(path2) };
    const internal = this.host([...path2, "internal", "fqdn"]);
    if (internal) edge.internal = { fqdn: internal };
    for (const service of ["access", "webConferencing", "av"]) {
      const at = [...path2, "external", service];
      const fqdn2 = this.host([...at, "fqdn"]);
      const ip2 = this.address([...at, "ip"]);
      if (fqdn2) edge.external[service] = { fqdn: fqdn2, ...optional("ip", ip2) };
    }
    return edge;
  }
  manualServer(path2) {
    const text = this.scalar(path2, "string");
    if (!text) return void 0;
    const read = readHostPort(text.value);
    if ("host" in read) return { value: read.port === void 0 ? { host: read.host } : { host: read.host, port: read.port }, loc: text.loc };
    if ("badPort" in read) this.report(path2, "invalid-port", `'${read.badPort}' in '${text.value}' is not a port (1-65535)`);
    else this.report(path2, "invalid-host", `'${text.value}' is not a host name, an IP address or host:port`);
    return void 0;
  }
  /** `meet: https://meet.contoso.com/` or a list of them. */
  simpleUrls(kind) {
    const path2 = ["simpleUrls", kind];
    const paths = Array.isArray(this.at(path2)) ? this.indices(path2) : [path2];
    return paths.flatMap((itemPath) => {
      const text = this.scalar(itemPath, "string");
      if (!text) return [];
      const url = readSimpleUrl(text.value);
      if (url !== void 0) return [{ value: url, loc: text.loc }];
      this.report(itemPath, "invalid-url", `'${text.value}' is neither an http or https URL nor a fully qualified host name`);
      return [];
    });
  }
  /** A fully qualified host name, lower-case without its trailing dot. */
  host(path2) {
    const text = this.scalar(path2, "string");
    if (!text) return void 0;
    const name = readHostName(text.value, { qualified: true });
    if (name !== void 0) return { value: name, loc: text.loc };
    this.report(path2, "invalid-host", `'${text.value}' is not a fully qualified host name`);
    return void 0;
  }
  hosts(path2) {
    return this.indices(path2).flatMap((itemPath) => this.host(itemPath) ?? []);
  }
  address(path2) {
    const text = this.scalar(path2, "string");
    if (!text) return void 0;
    const address = readIpAddress(text.value);
    if (address !== void 0) return { value: address, loc: text.loc };
    this.report(path2, "invalid-address", `'${text.value}' is not an IPv4 or IPv6 address`);
    return void 0;
  }
};

// src/formats/manifest/network-reader.ts
import path from "node:path";
function anyAddress(loc) {
  const { ranges } = parseAddressSpec("any");
  return { text: "any", ranges, any: true, loc };
}
function anyPorts(loc) {
  return { text: "any", first: 0, last: 65535, any: true, loc };
}
var NetworkReader = class extends DocumentReader {
  /** The document's `name`, else the file's name. */
  setName(document) {
    return this.scalar(["name"], "string")?.value ?? path.posix.basename(document.file);
  }
  /** Addresses, networks, ranges or `any`: one string or a list, entries separated by commas. */
  addresses(at) {
    return this.pieces(at).flatMap((piece) => this.address(piece) ?? []);
  }
  /** Single addresses (DNS servers): a network or range is refused. */
  hostAddresses(at) {
    return this.pieces(at).flatMap((piece) => {
      const address = this.address(piece);
      if (!address) return [];
      const [range] = address.ranges;
      if (address.ranges.length === 1 && range.first === range.last) return [address];
      this.reportAt(piece.loc, piece.path, "invalid-address", `'${piece.text}' is not a single IP address`);
      return [];
    });
  }
  address(piece) {
    const spec = parseAddressSpec(piece.text);
    if ("error" in spec) {
      this.reportAt(piece.loc, piece.path, "invalid-address", spec.error);
      return void 0;
    }
    return { text: piece.text, ranges: spec.ranges, ...spec.any ? { any: true } : {}, loc: piece.loc };
  }
  /** Ports, ranges or `any`: a number, one string or a list, entries separated by commas. */
  portList(at) {
    return this.pieces(at).flatMap((piece) => this.ports(piece) ?? []);
  }
  ports(piece) {
    const spec = parsePortSpec(piece.text);
    if ("error" in spec) {
      this.reportAt(piece.loc, piece.path, "invalid-port", spec.error);
      return void 0;
    }
    return { text: piece.text, ...spec, loc: piece.loc };
  }
  /** The value at the path as one entry (no comma-separated list), when it is a string or a number. */
  piece(at) {
    const value = this.at(at);
    if (typeof value !== "string" && typeof value !== "number" || !this.context.isValid(at)) return void 0;
    return { text: String(value).trim(), loc: this.context.locator.value(at.map(String)), path: at };
  }
  /** The entries at the path (one value or a list), strings split at commas, each with its range. */
  pieces(at) {
    const itemPaths = Array.isArray(this.at(at)) ? this.indices(at) : [at];
    return itemPaths.flatMap((itemPath) => {
      const whole = this.piece(itemPath);
      return whole === void 0 || !whole.text.includes(",") ? whole ?? [] : this.split(whole);
    });
  }
  /** The parts of a comma-separated string, each at its own columns when they are known. */
  split(whole) {
    const { loc: range, path: at } = whole;
    const written = this.at(at);
    const node = this.context.locator.node(at.map(String));
    const quotes = range.endColumn - range.column - written.length;
    const exact = node?.kind === "scalar" && node.raw === written && range.line === range.endLine && (quotes === 0 || quotes === 2);
    let offset = range.column + quotes / 2;
    return written.split(",").map((part) => {
      const start = offset + part.length - part.trimStart().length;
      const text = part.trim();
      offset += part.length + 1;
      return { text, loc: exact ? { ...range, column: start, endColumn: start + text.length } : range, path: at };
    });
  }
};
function describeNetworkValue({ error, path: path2, range }) {
  if (error.keyword === "minimum" || error.keyword === "maximum") {
    const { minimum, maximum } = error.parentSchema;
    const problem = maximum === void 0 ? `is less than ${minimum}` : `is out of range (${minimum}-${maximum})`;
    return errorAt(range, "manifest/invalid-value", `${path2}: ${String(error.data)} ${problem}`);
  }
  if (error.keyword === "uniqueItems") {
    const { i } = error.params;
    return errorAt(range, "manifest/invalid-value", `${path2} lists '${String(error.data[i])}' twice`);
  }
  if (error.keyword === "minItems") return errorAt(range, "manifest/invalid-value", `${path2} must not be empty`);
  return void 0;
}

// src/formats/manifest/network-schemas.ts
var INTERFACE_TYPES = ["lan", "wireless", "remoteAccess", "any"];
var FIREWALL_PROFILES = ["domain", "private", "public", "any"];
var CANDIDATE_TYPES = ["host", "prflx", "srflx", "relay"];
var nonEmptyString3 = { type: "string", minLength: 1 };
var setName = { ...nonEmptyString3, description: "Name findings use; the file name when absent." };
var addressText = {
  ...nonEmptyString3,
  description: "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.",
  examples: ["10.0.0.0/8, 192.168.0.0/16"]
};
var addresses = (description) => ({
  description: `${description} A list, or one string with entries separated by commas.`,
  oneOf: [addressText, { type: "array", items: addressText }]
});
var portText = { description: "Port (0-65535), range `first-last`, or `any`.", oneOf: [{ type: "integer" }, nonEmptyString3], examples: ["1024-65535"] };
var ports = (description) => ({
  description: `${description} A list, one port, or one string with entries separated by commas.`,
  oneOf: [{ type: "integer" }, nonEmptyString3, { type: "array", items: portText }]
});
var names = (values, description) => ({ description, type: "array", minItems: 1, uniqueItems: true, items: { enum: [...values] } });
var perMediaType = (value, description) => ({
  description,
  type: "object",
  propertyNames: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" },
  additionalProperties: value
});
var VPN_PROFILE_SCHEMA = documentSchema("VpnProfile", "uclint manifest: kind VpnProfile", {
  required: [],
  properties: {
    name: setName,
    tunnel: { enum: ["split", "full"], description: "`full` sends everything into the tunnel; `split` only what `include` names." },
    clientSubnets: addresses("Addresses VPN clients get."),
    include: addresses("Routed into the tunnel."),
    exclude: addresses("Bypass the tunnel (UC public addresses, Microsoft 365 Optimize ranges)."),
    dns: {
      description: "DNS given to VPN clients.",
      type: "object",
      additionalProperties: false,
      properties: {
        servers: { description: "DNS server addresses.", type: "array", items: nonEmptyString3 },
        suffixes: { description: "DNS suffixes (search domains).", type: "array", items: nonEmptyString3 }
      }
    }
  }
});
var FIREWALL_RULES_SCHEMA = documentSchema("FirewallRules", "uclint manifest: kind FirewallRules", {
  required: ["rules"],
  properties: {
    name: setName,
    semantics: {
      enum: ["windows", "ordered"],
      description: "`windows` (default): a matching block rule beats any allow rule, whatever the order; `ordered`: the first matching rule decides."
    },
    appliesTo: { ...nonEmptyString3, description: "What the rules guard, for role checks: `vpn-clients`, `edge-external`, ..." },
    rules: { description: "The rules, in order.", type: "array", items: { $ref: "#/definitions/rule" } }
  },
  definitions: {
    rule: {
      type: "object",
      additionalProperties: false,
      required: ["name", "direction", "action"],
      properties: {
        name: { ...nonEmptyString3, description: "Rule name, unique in the rule set." },
        direction: { enum: ["inbound", "outbound"] },
        action: { enum: ["allow", "block"] },
        program: { ...nonEmptyString3, description: "Program path the rule applies to (`%ProgramFiles%\\Microsoft Lync\\communicator.exe`); every program when absent." },
        protocol: { enum: ["tcp", "udp", "icmp", "any"], description: "`any` when absent." },
        localAddresses: addresses("Local addresses; `any` when absent."),
        remoteAddresses: addresses("Remote addresses; `any` when absent."),
        localPorts: ports("Local ports (tcp and udp only); `any` when absent."),
        remotePorts: ports("Remote ports (tcp and udp only); `any` when absent."),
        interfaceTypes: names(INTERFACE_TYPES, "Interface types the rule applies to; `any` when absent."),
        profiles: names(FIREWALL_PROFILES, "Network profiles the rule applies to; `any` when absent."),
        enabled: { type: "boolean", description: "`true` when absent." }
      }
    }
  }
});
var typePreference = { type: "integer", minimum: 0, maximum: 126 };
var MEDIA_POLICY_SCHEMA = documentSchema("MediaPolicy", "uclint manifest: kind MediaPolicy", {
  required: [],
  properties: {
    candidateTypePreference: {
      description: "ICE type preference (RFC 8445, 0-126) per candidate type, or the types from most to least preferred (126, 110, 100, 0 by position).",
      oneOf: [
        { type: "object", additionalProperties: false, properties: Object.fromEntries(CANDIDATE_TYPES.map((type) => [type, typePreference])) },
        { type: "array", minItems: 1, uniqueItems: true, items: { enum: [...CANDIDATE_TYPES] } }
      ]
    },
    transportOrder: names(["udp", "tcp"], "Transports from most to least preferred."),
    excludeInterfaces: {
      description: "Interfaces that give no candidates: a type (`lan`, `wireless`, `remoteAccess`) or a network.",
      type: "array",
      items: nonEmptyString3,
      examples: [["remoteAccess", "172.16.0.0/12"]]
    },
    portRanges: perMediaType({ description: "Port range `first-last` (or one port).", oneOf: [{ type: "integer" }, nonEmptyString3], examples: ["50000-50019"] }, "Client port range per media type."),
    dscp: perMediaType({ type: "integer", minimum: 0, maximum: 63 }, "DSCP value (0-63) per media type."),
    concurrentCalls: { type: "integer", minimum: 1, description: "Concurrent calls a client must carry, for port-count checks." }
  }
});

// src/formats/manifest/vpn-profile.ts
var vpnProfileLoader = {
  kind: "VpnProfile",
  schema: VPN_PROFILE_SCHEMA,
  schemaFile: "manifest-vpnprofile.schema.json",
  describeValue: describeNetworkValue,
  convert(document, data, context) {
    const reader = new VpnProfileReader(data, context);
    return { vpnProfiles: loadedWhole(reader, context, reader.profile(document)) };
  }
};
var VpnProfileReader = class extends NetworkReader {
  profile(document) {
    const profile = {
      file: document.file,
      loc: document.loc,
      source: "manifest",
      name: this.setName(document),
      clientSubnets: this.addresses(["clientSubnets"]),
      include: this.addresses(["include"]),
      exclude: this.addresses(["exclude"]),
      endpoints: []
    };
    const tunnel = this.scalar(["tunnel"], "string");
    if (tunnel) profile.tunnel = tunnel;
    if (this.isMapping(["dns"])) profile.dns = { servers: this.hostAddresses(["dns", "servers"]), suffixes: this.suffixes() };
    return profile;
  }
  /** DNS suffixes: host names (one label allowed), lower-case without the trailing dot. */
  suffixes() {
    return this.entries(["dns", "suffixes"], (path2) => {
      const text = this.scalar(path2, "string");
      if (!text) return void 0;
      const name = readHostName(text.value);
      if (name !== void 0) return { value: name, loc: text.loc };
      this.report(path2, "invalid-host", `'${text.value}' is not a DNS suffix (a host name)`);
      return void 0;
    });
  }
};

// src/formats/manifest/firewall-rules.ts
var firewallRulesLoader = {
  kind: "FirewallRules",
  schema: FIREWALL_RULES_SCHEMA,
  schemaFile: "manifest-firewallrules.schema.json",
  describeValue: describeNetworkValue,
  convert(document, data, context) {
    const reader = new FirewallRulesReader(data, context);
    return { firewallRuleSets: loadedWhole(reader, context, reader.ruleSet(document)) };
  }
};
var FirewallRulesReader = class extends NetworkReader {
  namesSeen = /* @__PURE__ */ new Map();
  ruleSet(document) {
    return {
      file: document.file,
      loc: document.loc,
      name: this.setName(document),
      semantics: this.scalar(["semantics"], "string")?.value ?? "windows",
      ...optional("appliesTo", this.scalar(["appliesTo"], "string")),
      rules: this.entries(["rules"], (path2) => this.rule(path2))
    };
  }
  rule(path2) {
    const loc = this.loc(path2);
    const field = (key) => this.scalar([...path2, key], "string");
    const name = field("name");
    if (name) this.uniqueName(name, [...path2, "name"]);
    const protocol = field("protocol") ?? { value: "any", loc };
    const rest = {
      ...optional("program", field("program")),
      protocol,
      localAddresses: this.ruleAddresses([...path2, "localAddresses"], loc),
      remoteAddresses: this.ruleAddresses([...path2, "remoteAddresses"], loc),
      localPorts: this.rulePorts([...path2, "localPorts"], protocol, loc),
      remotePorts: this.rulePorts([...path2, "remotePorts"], protocol, loc),
      interfaceTypes: this.names([...path2, "interfaceTypes"], loc),
      profiles: this.names([...path2, "profiles"], loc),
      enabled: this.scalar([...path2, "enabled"], "boolean")?.value ?? true
    };
    const direction = field("direction");
    const action = field("action");
    if (!name || !direction || !action) return void 0;
    return { index: Number(path2[path2.length - 1]), loc, name, direction, action, ...rest };
  }
  ruleAddresses(path2, ruleLoc) {
    return this.written(path2) ? this.addresses(path2) : [anyAddress(ruleLoc)];
  }
  /** An absent list means any; an empty one would match nothing, which no firewall rule means. */
  written(path2) {
    const value = this.at(path2);
    if (Array.isArray(value) && value.length === 0) this.report(path2, "invalid-value", "an empty list matches nothing; leave the key out, or write any");
    return value !== void 0;
  }
  /** Ports apply to TCP and UDP only; Windows Firewall refuses them on other protocols. */
  rulePorts(path2, protocol, ruleLoc) {
    if (!this.written(path2)) return [anyPorts(ruleLoc)];
    const ports2 = this.portList(path2);
    const specific = ports2.find((entry) => !entry.any);
    if (specific && protocol.value !== "tcp" && protocol.value !== "udp") {
      this.reportAt(specific.loc, path2, "invalid-port", `ports need protocol tcp or udp; the rule's protocol is ${protocol.value}`);
    }
    return ports2;
  }
  names(path2, ruleLoc) {
    if (this.at(path2) === void 0) return [{ value: "any", loc: ruleLoc }];
    return this.entries(path2, (itemPath) => this.scalar(itemPath, "string"));
  }
  uniqueName(name, path2) {
    const at = this.context.locator.value(path2.map(String));
    const first = this.namesSeen.get(name.value);
    if (first) this.context.report(at, "duplicate-name", `${this.context.path(path2)}: duplicate rule name '${name.value}' (first at line ${first.line}, column ${first.column})`);
    else this.namesSeen.set(name.value, at);
  }
};

// src/formats/manifest/media-policy.ts
var RANKED_TYPE_PREFERENCES = [126, 110, 100, 0];
var EXCLUDABLE_INTERFACES = ["lan", "wireless", "remoteAccess"];
var mediaPolicyLoader = {
  kind: "MediaPolicy",
  schema: MEDIA_POLICY_SCHEMA,
  schemaFile: "manifest-mediapolicy.schema.json",
  describeValue: describeNetworkValue,
  convert(document, data, context) {
    const reader = new MediaPolicyReader(data, context);
    return { mediaPolicies: loadedWhole(reader, context, reader.policy(document)) };
  }
};
var MediaPolicyReader = class extends NetworkReader {
  policy(document) {
    return {
      file: document.file,
      loc: document.loc,
      ...optional("candidateTypePreference", this.typePreferences()),
      transportOrder: this.entries(["transportOrder"], (path2) => this.scalar(path2, "string")),
      excludeInterfaces: this.entries(["excludeInterfaces"], (path2) => this.excludedInterface(path2)),
      portRanges: this.perMediaType(["portRanges"], (path2) => {
        const piece = this.piece(path2);
        return piece && this.ports(piece);
      }),
      dscp: this.perMediaType(["dscp"], (path2) => this.scalar(path2, "number")),
      ...optional("concurrentCalls", this.scalar(["concurrentCalls"], "number"))
    };
  }
  /** The mapping as written, or an ordered list turned into RANKED_TYPE_PREFERENCES. */
  typePreferences() {
    const path2 = ["candidateTypePreference"];
    const written = this.at(path2);
    if (written === void 0) return void 0;
    const preferences = {};
    if (Array.isArray(written)) {
      this.indices(path2).forEach((itemPath, rank) => {
        const type = this.scalar(itemPath, "string");
        if (type) preferences[type.value] = { value: RANKED_TYPE_PREFERENCES[rank], loc: type.loc };
      });
    } else {
      for (const type of CANDIDATE_TYPES) {
        const value = this.scalar([...path2, type], "number");
        if (value) preferences[type] = value;
      }
    }
    return preferences;
  }
  excludedInterface(path2) {
    const text = this.scalar(path2, "string");
    if (!text) return void 0;
    if (EXCLUDABLE_INTERFACES.includes(text.value)) return text;
    if (/^[A-Za-z]+$/.test(text.value)) {
      this.report(path2, "invalid-interface", `'${text.value}' is neither an interface type (${EXCLUDABLE_INTERFACES.join(", ")}) nor a network`);
      return void 0;
    }
    const piece = this.piece(path2);
    const address = piece && this.address(piece);
    return address && { ...text, address };
  }
  /** A mapping of media type (`audio`, `video`, `sharing`, ...) to a value read at its path. */
  perMediaType(path2, read) {
    const written = this.at(path2);
    const result = {};
    if (!this.isMapping(path2)) return result;
    for (const mediaType of Object.keys(written)) {
      const value = read([...path2, mediaType]);
      if (value !== void 0) result[mediaType] = value;
    }
    return result;
  }
};

// src/formats/manifest/parse.ts
var MANIFEST_KIND_LOADERS = [
  topologyLoader,
  certificatesLoader,
  firewallRulesLoader,
  vpnProfileLoader,
  mediaPolicyLoader
];
var LOADERS_BY_KIND = new Map(MANIFEST_KIND_LOADERS.map((loader) => [loader.kind, { loader, validator: lazyValidator(loader.schema, validatorKeys.manifest(loader.kind)) }]));
var ROOT_NAME = "the document";
function parseManifestFile(text, file, comments) {
  const result = {
    certificates: [],
    topologies: [],
    vpnProfiles: [],
    firewallRuleSets: [],
    mediaPolicies: [],
    otherDocuments: [],
    diagnostics: []
  };
  try {
    readDocuments(text, file, result, comments);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result.diagnostics.push(errorAt({ file, line: 1, column: 1, endLine: 1, endColumn: 1 }, "manifest/internal", `the manifest could not be read: ${message}`));
  }
  sortDiagnostics(result.diagnostics);
  return result;
}
function readDocuments(text, file, result, comments) {
  const parsed = parseYamlDocuments(text, file, {}, comments);
  const yamlDiagnostics = withCodePrefix(parsed.diagnostics, "manifest");
  appendAll(result.diagnostics, yamlDiagnostics);
  const firstUses = /* @__PURE__ */ new Map();
  for (const yamlDocument of parsed.documents) {
    if (yamlDiagnostics.some((d) => d.line >= yamlDocument.loc.line && d.line <= yamlDocument.loc.endLine)) continue;
    const document = envelope(yamlDocument, file, result.diagnostics);
    if (!document) continue;
    const entry = LOADERS_BY_KIND.get(document.kind);
    if (!entry) {
      result.otherDocuments.push({ kind: document.kind, loc: document.loc, contents: document.contents });
      continue;
    }
    loadDocument(document, entry.loader, entry.validator(), firstUses, result);
  }
}
function envelope(yamlDocument, file, diagnostics) {
  const root = yamlDocument.contents ? deref(yamlDocument.contents) : void 0;
  if (root === void 0 || root.kind === "scalar" && root.value === null) return void 0;
  if (root.kind !== "map") {
    diagnostics.push(errorAt(root.loc, "manifest/not-a-mapping", `a manifest document must be a mapping with apiVersion and kind`));
    return void 0;
  }
  let valid = true;
  const apiVersion = getEntry(root, "apiVersion");
  const apiVersionValue = apiVersion ? toPlainValue(apiVersion.value) : void 0;
  if (!apiVersion) {
    diagnostics.push(errorAt(root.loc, "manifest/missing-key", `${ROOT_NAME} has no 'apiVersion'; manifests start with apiVersion: ${MANIFEST_API_VERSION}`));
    valid = false;
  } else if (apiVersionValue !== MANIFEST_API_VERSION) {
    diagnostics.push(
      errorAt(apiVersion.value.loc, "manifest/api-version", `apiVersion ${show(apiVersionValue)} is not supported; this version of uclint reads ${MANIFEST_API_VERSION}`)
    );
    valid = false;
  }
  const kind = getEntry(root, "kind");
  const kindValue = kind ? toPlainValue(kind.value) : void 0;
  if (!kind) {
    diagnostics.push(errorAt(root.loc, "manifest/missing-key", `${ROOT_NAME} has no 'kind'; kinds are: ${MANIFEST_KINDS.join(", ")}`));
    return void 0;
  }
  if (typeof kindValue !== "string" || !MANIFEST_KINDS.includes(kindValue)) {
    const hint = typeof kindValue === "string" && didYouMean(kindValue, MANIFEST_KINDS) || `; kinds are: ${MANIFEST_KINDS.join(", ")}`;
    diagnostics.push(errorAt(kind.value.loc, "manifest/unknown-kind", `unknown kind ${show(kindValue)}${hint}`));
    return void 0;
  }
  return valid ? { kind: kindValue, loc: yamlDocument.loc, file, contents: root } : void 0;
}
function loadDocument(document, loader, validate, firstUses, result) {
  const data = toPlainValue(document.contents);
  const locator = new YamlLocator(document.contents, document.loc);
  const errors = validate(data) ? [] : [...validate.errors ?? []];
  appendAll(result.diagnostics, schemaDiagnostics(errors, { codePrefix: "manifest", rootName: ROOT_NAME, locator, describeValue: loader.describeValue }));
  const rejected = errors.map((e) => e.instancePath);
  const invalid = /* @__PURE__ */ new Set([...rejected, ...pointersAbove(rejected)]);
  const pointer = (segments) => segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
  const context = {
    locator,
    path: (segments) => displayPath(segments.map(String), ROOT_NAME),
    isValid: (segments) => !invalid.has(pointer(segments)),
    report: (range, code, message) => result.diagnostics.push(errorAt(range, `manifest/${code}`, message)),
    firstUse: (scope, name, range) => {
      const key = `${scope}\0${name}`;
      const first = firstUses.get(key);
      if (!first) firstUses.set(key, range);
      return first;
    }
  };
  const loads = loader.convert(document, data, context);
  for (const key of Object.keys(loads)) append(result, loads, key);
}
function append(result, loads, key) {
  appendAll(result[key], loads[key] ?? []);
}
export {
  CERTIFICATES_SCHEMA,
  FIREWALL_RULES_SCHEMA,
  MANIFEST_API_VERSION,
  MANIFEST_KINDS,
  MANIFEST_KIND_LOADERS,
  MEDIA_POLICY_SCHEMA,
  TOPOLOGY_SCHEMA,
  VPN_PROFILE_SCHEMA,
  parseManifestFile
};
