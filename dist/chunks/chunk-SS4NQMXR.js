import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  escapeJsonInvisibles,
  printable,
  printableCommandText,
  printableLines
} from "./chunk-76FNAGQF.js";
import {
  OutputError,
  joinChunks,
  oneLine,
  writeChunks,
  writeChunksToFile
} from "./chunk-SE4C34OZ.js";
import {
  LIVE_ZONE_FILE,
  ipLiteralIn,
  isClearTextSips,
  normaliseService,
  splitSrvOwner
} from "./chunk-V5E2EDZM.js";
import {
  looksLikeVpnProfileXml
} from "./chunk-OIO3TQFB.js";
import {
  isYamlName,
  looksLikeAnsibleAsa,
  looksLikeAsaConfig
} from "./chunk-5JNNZPEP.js";
import {
  armJsonKind
} from "./chunk-SYDAALDP.js";
import {
  looksLikeOctodnsZone
} from "./chunk-2D3TV7J4.js";
import {
  defineFormat,
  eachFile
} from "./chunk-2CRF2HR2.js";
import {
  isNamedConfName,
  looksLikeNamedConf
} from "./chunk-QMIAOFVH.js";
import {
  DASH_SUFFIX_WORDS,
  DOT_SUFFIX_WORDS,
  VIEW_WORDS,
  viewWordsIn
} from "./chunk-OUTD7K2O.js";
import {
  DATE_PATTERN,
  FAMILIES,
  FAMILY_OF_PRODUCT,
  FAMILY_TITLES,
  LYNC_2010_AND_LATER,
  PRESET_PRODUCTS,
  PRESET_PRODUCT_SETTING,
  PRODUCTS,
  Suggestions,
  YamlLocator,
  didYouMean,
  displayPath,
  errorAt,
  familiesInWords,
  familiesOf,
  familyOfPresetProduct,
  isEveryFamily,
  isFamily,
  isLyncFamily,
  isProduct,
  lazyValidator,
  loadRuntimeValidators,
  loadValidatorsFor,
  parseConfigDate,
  pointerSegments,
  presetProductOf,
  ruleOptionsSchema,
  schemaDiagnostics,
  show,
  sortDiagnostics,
  validatorFor,
  validatorKeys,
  withCodePrefix
} from "./chunk-7A5VGJQR.js";
import {
  appendAll,
  parseYamlDocuments,
  toPlainValue
} from "./chunk-2F2EY3OV.js";
import {
  describesDeployment,
  readHostName,
  readHostPort,
  simpleUrlHost
} from "./chunk-7VKM5DFU.js";
import {
  VERSION
} from "./chunk-PU7YAIOL.js";
import {
  TableRecord,
  addressesInOneValue,
  canonicalName,
  comparableData,
  displayName,
  hashName,
  isAtOrBelow,
  labelsOf,
  parentName,
  presentData,
  recordKey,
  suffixHash,
  withoutOriginAppended
} from "./chunk-GCKIFPAF.js";
import {
  registryKey
} from "./chunk-BCU5AAAT.js";
import {
  AddressSet,
  GrowingAddressSet,
  addressRange,
  parseAddressSpec,
  rangeText
} from "./chunk-EYJA5AHZ.js";
import {
  detached
} from "./chunk-YJXHKNSU.js";
import {
  certificateField,
  daysBetween,
  hasNoSan,
  hostName,
  isLeafCertificate,
  isSingleLabelWildcard,
  isoDay,
  issuerInWords,
  issuerKindOf,
  matchedNames,
  presentedNameMatches,
  sanCovering
} from "./chunk-M6TJHZSR.js";
import {
  certificateBlockHoldsDer,
  derPrivateKey,
  isDnssecPrivateKeyText,
  pemBlocks,
  privateKeysInText,
  splitLines
} from "./chunk-XXLJZ66C.js";
import {
  require_ipaddr
} from "./chunk-4XAWEQ5T.js";
import {
  fileTooLarge,
  listOf,
  plural,
  thousands
} from "./chunk-35JCERCI.js";
import {
  __toESM
} from "./chunk-ZUAMPCLF.js";

// src/cli.ts
import path10 from "node:path";
import { parseArgs } from "node:util";

// src/lint.ts
import path7 from "node:path";

// src/core/types.ts
var SEVERITY_WEIGHT = { info: 0, warning: 1, error: 2 };
function compareRanges(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
function isNotChecked(finding) {
  return finding.messageId === "notChecked";
}
function countFindings(findings) {
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0, notChecked: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else if (isNotChecked(f)) counts.notChecked++;
    else counts[f.severity]++;
  }
  return counts;
}

// src/estate/owner-index.ts
var OwnerIndex = class {
  /** Per owner position: its first and last record id. */
  firstIds;
  lastIds;
  /** Per record id: the next record id at the same owner, or -1. */
  nextIds;
  count = 0;
  /**
   * Linear-probing table, at most half full: position + 1 in the low bits (0: empty) and,
   * while positions leave room, the top 8 bits of the name's hash, so that a probe reads
   * the name of another owner only once in 256 collisions.
   */
  slots;
  mask;
  tagMask;
  names;
  /** `capacity`: the number of record ids; `names`: their owner names. */
  constructor(capacity, names2) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.tagMask = size <= 16777216 ? TAG_BITS : 0;
    this.firstIds = new Int32Array(capacity);
    this.lastIds = new Int32Array(capacity);
    this.nextIds = new Int32Array(capacity).fill(-1);
    this.names = names2;
  }
  get size() {
    return this.count;
  }
  /** The position of the owner name, or -1. */
  find(name) {
    const held = this.slots[this.probe(hashName(name), -1, name)];
    return held === 0 ? -1 : this.positionIn(held);
  }
  /**
   * Adds record `id` at its owner (after the owner's earlier records); returns the owner's
   * position. `hash` is hashName of the owner name (`OwnerNames.hash` of the record's table).
   */
  add(id, hash2) {
    const slot = this.probe(hash2, id, void 0);
    const held = this.slots[slot];
    if (held !== 0) {
      const position2 = this.positionIn(held);
      this.addTo(position2, id);
      return position2;
    }
    const position = this.count++;
    this.firstIds[position] = id;
    this.lastIds[position] = id;
    this.slots[slot] = hash2 & this.tagMask | position + 1;
    return position;
  }
  /** Adds record `id` at the owner found before (a record at the same owner as the last one). */
  addTo(position, id) {
    this.nextIds[this.lastIds[position]] = id;
    this.lastIds[position] = id;
  }
  firstId(position) {
    return this.firstIds[position];
  }
  /** The record after `id` at its owner, or -1. */
  nextId(id) {
    return this.nextIds[id];
  }
  /** True when the owner holds more than one record. */
  holdsSeveral(position) {
    return this.firstIds[position] !== this.lastIds[position];
  }
  nameAt(position) {
    return this.names.text(this.firstIds[position]);
  }
  /**
   * The slot that holds the owner name `name`, or else the owner name of record `id`; or
   * the empty slot where it would go.
   */
  probe(hash2, id, name) {
    const mask = this.mask;
    const slots = this.slots;
    const tagMask = this.tagMask;
    const tag = hash2 & tagMask;
    for (let slot = hash2 & mask; ; slot = slot + 1 & mask) {
      const held = slots[slot];
      if (held === 0) return slot;
      if ((held & tagMask) !== tag) continue;
      const first = this.firstIds[this.positionIn(held)];
      if (name === void 0 ? this.names.same(first, id) : this.names.is(first, name)) return slot;
    }
  }
  positionIn(held) {
    return (held & ~this.tagMask) - 1;
  }
};
var TAG_BITS = 4278190080 | 0;

// src/model/topology-merge.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
var EDGE_SERVICES = [
  ["access", "Access Edge"],
  ["webConferencing", "Web Conferencing Edge"],
  ["av", "A/V Edge"]
];
var isBuilder = (t) => t.source === "topology-builder";
var isManifest = (t) => t.source === void 0 || t.source === "manifest";
function mergeTopologies(topologies) {
  const builders = topologies.filter(isBuilder);
  if (builders.length === 0) return { topologies: [...topologies], disagreements: [] };
  const manifests = topologies.filter(isManifest);
  const others = topologies.filter((t) => !isBuilder(t) && !isManifest(t));
  const merged = builders.slice(1).reduce((into, next) => absorb(into, next), copy(builders[0]));
  const disagreements = [];
  let result2 = merged;
  for (const manifest of manifests) {
    compare(merged, manifest, disagreements);
    result2 = absorb(result2, manifest);
  }
  return { topologies: [result2, ...others], disagreements };
}
function copy(topology) {
  return {
    ...topology,
    sipDomains: [...topology.sipDomains],
    tenantDomains: [...topology.tenantDomains],
    pools: [...topology.pools],
    edges: [...topology.edges],
    simpleUrls: { meet: [...topology.simpleUrls.meet], dialin: [...topology.simpleUrls.dialin], admin: [...topology.simpleUrls.admin] },
    sbcs: [...topology.sbcs]
  };
}
function addMissing(into, from, key) {
  const seen = new Set(into.map(key));
  for (const item of from) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    into.push(item);
  }
}
function absorb(into, from) {
  const out = copy(into);
  addMissing(out.sipDomains, from.sipDomains, (d) => d.value);
  addMissing(out.tenantDomains, from.tenantDomains, (d) => d.value);
  out.pools = out.pools.map((pool) => {
    const other = from.pools.find((p) => p.fqdn.value === pool.fqdn.value);
    if (!other) return pool;
    const filled = { ...pool };
    if (!filled.loadBalancing && other.loadBalancing) filled.loadBalancing = other.loadBalancing;
    for (const side of ["internal", "external"]) {
      const web = other.webServices?.[side];
      if (web && !filled.webServices?.[side]) filled.webServices = { ...filled.webServices, [side]: web };
    }
    if (filled.servers.every((s) => s.id === void 0) && other.servers.some((s) => s.id !== void 0)) {
      filled.servers = filled.servers.map((s) => {
        const id = other.servers.find((o) => o.fqdn.value === s.fqdn.value)?.id;
        return id ? { ...s, id } : s;
      });
    }
    return filled;
  });
  const edgeNames = new Set(out.edges.flatMap(edgeKeys));
  addMissing(out.pools, from.pools.filter((p) => !(p.role?.value === "edge" && edgeNames.has(p.fqdn.value))), (p) => p.fqdn.value);
  for (const edge of from.edges) if (!out.edges.some((e) => matchEdge(e, edge))) out.edges.push(edge);
  for (const kind of ["meet", "dialin", "admin"]) addMissing(out.simpleUrls[kind], from.simpleUrls[kind], (u) => u.value);
  addMissing(out.sbcs, from.sbcs, (s) => s.fqdn.value);
  if (!out.product && from.product) out.product = from.product;
  if (!out.clientPolicy && from.clientPolicy) out.clientPolicy = from.clientPolicy;
  if (!out.reverseProxy && from.reverseProxy) out.reverseProxy = from.reverseProxy;
  if (!out.exchange && from.exchange) out.exchange = from.exchange;
  return out;
}
function edgeKeys(edge) {
  const keys = edge.internal ? [edge.internal.fqdn.value] : [];
  for (const [service] of EDGE_SERVICES) {
    const name = edge.external[service];
    if (name) keys.push(name.fqdn.value);
  }
  return [...keys, ...edge.servers.map((s) => s.value)];
}
function matchEdge(a, b) {
  if (a.internal && b.internal) return a.internal.fqdn.value === b.internal.fqdn.value;
  const keys = new Set(edgeKeys(a));
  return edgeKeys(b).some((k) => keys.has(k));
}
function compare(builder, manifest, out) {
  const builderDocument = builder.document ?? "Topology Builder document";
  const base = { builderDocument };
  if (manifest.sipDomains.length > 0) {
    for (const domain of builder.sipDomains) {
      if (!manifest.sipDomains.some((d) => d.value === domain.value)) out.push({ ...base, kind: "sip-domain-missing", subject: `SIP domain ${domain.value}`, builder: domain, builderValue: domain.value, manifest });
    }
    for (const domain of manifest.sipDomains) {
      if (!builder.sipDomains.some((d) => d.value === domain.value)) out.push({ ...base, kind: "sip-domain-missing", subject: `SIP domain ${domain.value}`, builder, manifest: domain, manifestValue: domain.value });
    }
  }
  const manifestPools = manifest.pools.filter((p) => p.role?.value !== "edge");
  if (manifestPools.length > 0) {
    for (const pool of builder.pools) {
      if (!manifestPools.some((p) => p.fqdn.value === pool.fqdn.value)) out.push({ ...base, kind: "pool-missing", subject: `${pool.role?.value ?? ""} pool ${pool.fqdn.value}`.trim(), builder: pool.fqdn, builderValue: pool.fqdn.value, manifest });
    }
    for (const pool of manifestPools) {
      if (!builder.pools.some((p) => p.fqdn.value === pool.fqdn.value)) out.push({ ...base, kind: "pool-missing", subject: `${pool.role?.value ?? ""} pool ${pool.fqdn.value}`.trim(), builder, manifest: pool.fqdn, manifestValue: pool.fqdn.value });
    }
  }
  const manifestEdges = [
    ...manifest.edges.map((edge) => ({ edge, loc: edge })),
    ...manifest.pools.filter((p) => p.role?.value === "edge").map((p) => ({ edge: { internal: { fqdn: p.fqdn }, external: {}, servers: p.servers.map((s) => s.fqdn), loc: p.loc }, loc: p.fqdn }))
  ];
  if (manifestEdges.length === 0) return;
  for (const edge of builder.edges) {
    const other = manifestEdges.find((m) => matchEdge(edge, m.edge));
    const label = edge.internal?.fqdn.value ?? edge.external.access?.fqdn.value ?? "Edge pool";
    if (!other) {
      out.push({ ...base, kind: "edge-missing", subject: `Edge pool ${label}`, builder: edge.internal?.fqdn ?? edge, builderValue: label, manifest });
      continue;
    }
    for (const [service, name] of EDGE_SERVICES) {
      const ours = edge.external[service];
      const theirs = other.edge.external[service];
      if (!ours || !theirs) continue;
      if (ours.fqdn.value !== theirs.fqdn.value) {
        out.push({ ...base, kind: "edge-value", subject: `${name} FQDN of Edge pool ${label}`, builder: ours.fqdn, builderValue: ours.fqdn.value, manifest: theirs.fqdn, manifestValue: theirs.fqdn.value });
      }
      const ip = theirs.ip;
      const shown = addressesOf(ours);
      const comparable = shown.length > 0 && (shown.some((a) => isPublic(a.value)) || !isPublic(ip?.value));
      if (ip && comparable && !shown.some((a) => a.value === ip.value)) {
        out.push({ ...base, kind: "edge-value", subject: `${name} IP address of Edge pool ${label}`, builder: shown[0], builderValue: shown.map((a) => a.value).join(", "), manifest: ip, manifestValue: ip.value });
      }
    }
  }
  for (const { edge, loc } of manifestEdges) {
    if (builder.edges.some((e) => matchEdge(e, edge))) continue;
    const label = edge.internal?.fqdn.value ?? edge.external.access?.fqdn.value ?? "Edge pool";
    out.push({ ...base, kind: "edge-missing", subject: `Edge pool ${label}`, builder, manifest: loc, manifestValue: label });
  }
}
function addressesOf(name) {
  return name.addresses ?? (name.ip ? [name.ip] : []);
}
function isPublic(address) {
  if (address === void 0 || !import_ipaddr.default.isValid(address)) return false;
  return import_ipaddr.default.process(address).range() === "unicast";
}

// src/estate/qos.ts
var QOS_KEYS = ["HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\WINDOWS\\QOS\\", "HKEY_CURRENT_USER\\SOFTWARE\\POLICIES\\MICROSOFT\\WINDOWS\\QOS\\"];
function qosPoliciesFromRegistry(files) {
  const byKey = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const value of file.values) {
      const key = registryKey(value.key);
      const parent = QOS_KEYS.find((prefix) => key.startsWith(prefix));
      if (parent === void 0) continue;
      const policy = value.key.slice(value.key.length - (key.length - parent.length)).replace(/\\+$/, "");
      if (policy === "" || policy.includes("\\")) continue;
      let entry = byKey.get(key);
      if (entry === void 0) {
        entry = { name: policy, values: /* @__PURE__ */ new Map() };
        byKey.set(key, entry);
      }
      const name = value.name.toLowerCase();
      if (value.deleted) entry.values.delete(name);
      else entry.values.set(name, value);
    }
  }
  const policies = [];
  for (const { name, values } of byKey.values()) {
    if (values.size === 0) continue;
    const policy = policyOf(name, values);
    if (policy) policies.push(policy);
  }
  return policies;
}
function policyOf(name, values) {
  const dscpValue = values.get("dscp value");
  const first = [...values.values()].sort((a, b) => a.loc.line - b.loc.line)[0];
  if (dscpValue === void 0 && !values.has("local port") && !values.has("remote port")) return void 0;
  const unreadable3 = [];
  const text2 = (value) => value === void 0 ? void 0 : typeof value.data === "string" ? value.data.trim() : typeof value.data === "number" ? String(value.data) : void 0;
  const policy = {
    file: first.file,
    loc: first.loc,
    name: { value: name, loc: first.loc },
    protocol: { value: "any", loc: first.loc }
  };
  const application = values.get("application name");
  const applicationText = text2(application);
  if (application && applicationText && applicationText !== "*") policy.application = { value: applicationText, loc: application.loc };
  const protocol = values.get("protocol");
  const protocolText = text2(protocol)?.toLowerCase();
  if (protocol && protocolText !== void 0) {
    if (protocolText === "tcp" || protocolText === "udp") policy.protocol = { value: protocolText, loc: protocol.loc };
    else if (protocolText === "*" || protocolText === "") policy.protocol = { value: "any", loc: protocol.loc };
    else unreadable3.push({ value: `"Protocol" '${protocolText}' is not TCP, UDP or *`, loc: protocol.loc });
  }
  for (const [field, target] of [["local port", "localPorts"], ["remote port", "remotePorts"]]) {
    const value = values.get(field);
    const written = text2(value);
    if (value === void 0 || written === void 0 || written === "*" || written === "") continue;
    const ports = qosPorts(written, value.loc);
    if ("error" in ports) unreadable3.push({ value: `"${value.name}" ${ports.error}`, loc: value.loc });
    else policy[target] = ports;
  }
  const dscpText = text2(dscpValue);
  if (dscpValue && dscpText !== void 0) {
    const dscp = /^\d{1,2}$/.test(dscpText) ? Number(dscpText) : NaN;
    if (dscp <= 63) policy.dscp = { value: dscp, loc: dscpValue.loc };
    else unreadable3.push({ value: `"DSCP Value" '${dscpText}' is not a DSCP value (0-63)`, loc: dscpValue.loc });
  }
  if (unreadable3.length > 0) policy.unreadable = unreadable3;
  return policy;
}
function qosPorts(text2, loc) {
  const range = /^(\d{1,5})(?:\s*[:-]\s*(\d{1,5}))?$/.exec(text2.trim());
  if (!range) return { error: `'${text2}' is not a port or a range first:last` };
  const first = Number(range[1]);
  const last = range[2] === void 0 ? first : Number(range[2]);
  if (first > 65535 || last > 65535) return { error: `'${text2}' is out of range: ports are 0-65535` };
  if (first > last) return { error: `'${text2}' ends before it starts` };
  return { text: first === last ? String(first) : `${first}-${last}`, first, last, loc };
}

// src/estate/client-policy.ts
var CLIENT_POLICY_KEYS = [
  "HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\COMMUNICATOR",
  "HKEY_CURRENT_USER\\SOFTWARE\\POLICIES\\MICROSOFT\\COMMUNICATOR",
  "HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\OFFICE\\15.0\\LYNC",
  "HKEY_CURRENT_USER\\SOFTWARE\\POLICIES\\MICROSOFT\\OFFICE\\15.0\\LYNC",
  "HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\OFFICE\\16.0\\LYNC",
  "HKEY_CURRENT_USER\\SOFTWARE\\POLICIES\\MICROSOFT\\OFFICE\\16.0\\LYNC"
];
var CLIENT_PREFERENCE_KEYS = [
  "HKEY_CURRENT_USER\\SOFTWARE\\MICROSOFT\\COMMUNICATOR",
  "HKEY_CURRENT_USER\\SOFTWARE\\MICROSOFT\\OFFICE\\15.0\\LYNC",
  "HKEY_CURRENT_USER\\SOFTWARE\\MICROSOFT\\OFFICE\\16.0\\LYNC"
];
var MESSENGER_CLIENT_KEY = "HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\MESSENGER\\CLIENT\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_DEFAULT";
var NTLM_KEY = "HKEY_LOCAL_MACHINE\\SYSTEM\\CURRENTCONTROLSET\\CONTROL\\LSA\\MSV1_0";
var LSA_KEY = "HKEY_LOCAL_MACHINE\\SYSTEM\\CURRENTCONTROLSET\\CONTROL\\LSA";
var RegistryIndex = class {
  constructor(files) {
    this.files = files;
    let order = 0;
    for (const file of files) {
      for (const write of inFileOrder(file)) {
        order++;
        if ("type" in write) {
          const id = `${registryKey(write.key)}\0${write.name.toUpperCase()}`;
          const list2 = this.byKeyAndName.get(id);
          if (list2) list2.push(write);
          else this.byKeyAndName.set(id, [write]);
          this.orderOf.set(write, order);
          continue;
        }
        const key = registryKey(write.key);
        const list = this.deletions.get(key);
        const deletion = { order, valuesOnly: write.valuesOnly === true };
        if (list) list.push(deletion);
        else this.deletions.set(key, [deletion]);
      }
    }
  }
  files;
  byKeyAndName = /* @__PURE__ */ new Map();
  /** The order of each write, across files. */
  orderOf = /* @__PURE__ */ new Map();
  /** Key deletions by key (`registryKey`), with their order. */
  deletions = /* @__PURE__ */ new Map();
  /** Every write of the value, in the order they apply (deletions of the value included; key deletions are not writes of it). */
  writes(key, name) {
    return this.byKeyAndName.get(`${registryKey(key)}\0${name.toUpperCase()}`) ?? [];
  }
  /** The value a machine with every file applied would hold, or undefined (never written, or deleted last: the value, its key's values, its key or a key above). */
  current(key, name) {
    const writes = this.writes(key, name);
    const last = writes[writes.length - 1];
    if (!last || last.deleted) return void 0;
    return this.deletedAfter(registryKey(key), this.orderOf.get(last) ?? 0) ? void 0 : last;
  }
  /** True when the key's values, the key or a key above it are deleted after the write of this order. */
  deletedAfter(key, order) {
    if (this.deletions.size === 0) return false;
    for (let at2 = key; ; ) {
      for (const deletion of this.deletions.get(at2) ?? []) if (deletion.order > order && (at2 === key || !deletion.valuesOnly)) return true;
      const slash = at2.lastIndexOf("\\");
      if (slash < 0) return false;
      at2 = at2.slice(0, slash);
    }
  }
  /** A Communicator / Lync client setting: the first policy key that sets it, else the preference. */
  clientSetting(name) {
    const candidates = [];
    for (const key of CLIENT_POLICY_KEYS) {
      const value = this.current(key, name);
      if (value) candidates.push({ value, source: "policy" });
    }
    for (const key of CLIENT_PREFERENCE_KEYS) {
      const value = this.current(key, name);
      if (value) candidates.push({ value, source: "preference" });
    }
    if (candidates.length === 0) return void 0;
    const [winner, ...losers] = candidates;
    return { value: winner.value, source: winner.source, shadowed: losers.map((l) => l.value) };
  }
};
function inFileOrder(file) {
  if (file.keyDeletions.length === 0) return file.values;
  const before = (a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column;
  return [...file.values, ...file.keyDeletions].sort(before);
}
function dwordFlag(value) {
  if (!value || value.type !== "dword" || typeof value.data !== "number") return void 0;
  return value.data !== 0;
}

// src/estate/discovery-names.ts
var DISCOVERY_NAME_LABELS = [
  "lyncdiscover",
  "lyncdiscoverinternal",
  "sip",
  "_sip._tls",
  "_sipfederationtls._tcp",
  "_sipinternaltls._tcp"
];
var cache = /* @__PURE__ */ new WeakMap();
var PREFIXES = DISCOVERY_NAME_LABELS.map((label) => ({ label, prefix: `${label}.` }));
var PREFIX_TEXTS = PREFIXES.map(({ prefix }) => prefix);
function discoveryNames(estate) {
  let found = cache.get(estate);
  if (found === void 0) {
    const byLabel = new Map(DISCOVERY_NAME_LABELS.map((label) => [label, /* @__PURE__ */ new Map()]));
    const domains = /* @__PURE__ */ new Set();
    for (const name of estate.namesStartingWith(PREFIX_TEXTS)) {
      for (const { label, prefix } of PREFIXES) {
        if (name.length <= prefix.length || !name.startsWith(prefix)) continue;
        const domain = name.slice(prefix.length);
        byLabel.get(label).set(domain, name);
        domains.add(domain);
      }
    }
    found = { byLabel, domains };
    cache.set(estate, found);
  }
  return found;
}
function discoveryNameOf(estate, label, domain) {
  return discoveryNames(estate).byLabel.get(label)?.get(domain);
}
function discoveryNamesAt(estate, label) {
  return discoveryNames(estate).byLabel.get(label);
}
function domainsWithDiscoveryNames(estate) {
  return discoveryNames(estate).domains;
}

// src/estate/data/direct-routing.ts
var DIRECT_ROUTING = {
  worldwide: { sipProxies: ["sip.pstnhub.microsoft.com", "sip2.pstnhub.microsoft.com", "sip3.pstnhub.microsoft.com"], ranges: ["52.112.0.0/14", "52.122.0.0/15"] },
  "gcc-high": { sipProxies: ["sip.gov.teams.microsoft.us"], ranges: ["52.127.88.0/21"] },
  dod: { sipProxies: ["sip.dod.teams.microsoft.us"], ranges: ["52.127.64.0/21"] }
};
var ALSO_LISTED_DIRECT_ROUTING_RANGES = ["52.120.0.0/14"];
var MEDIA_PROCESSOR_PORTS = [
  { first: 3478, last: 3481 },
  { first: 49152, last: 53247 }
];

// src/estate/data/m365-optimize.ts
var M365_OPTIMIZE_LISTS = {
  "2026-08-14": {
    published: "2026-08-14 (endpoint set 11)",
    ranges: ["52.112.0.0/14", "52.122.0.0/15", "2603:1063::/38"]
  },
  "2023": {
    published: "mid-2023 to August 2026 (endpoint set 11)",
    ranges: ["13.107.64.0/18", "52.112.0.0/14", "52.122.0.0/15", "2603:1063::/39"]
  },
  "before-2023": {
    published: "before mid-2023 (endpoint set 11)",
    ranges: ["13.107.64.0/18", "52.112.0.0/14", "52.120.0.0/14", "2603:1063::/38"]
  }
};
var NEWEST_M365_OPTIMIZE_LIST = "2026-08-14";

// src/estate/firewall.ts
function addressesOf2(list) {
  return AddressSet.of(list.flatMap((a) => a.ranges));
}
function portsCover(list, first, last) {
  const sorted = [...list].sort((a, b) => a.first - b.first);
  let next = first;
  for (const p of sorted) {
    if (p.first > next) break;
    if (p.last >= next) next = p.last + 1;
    if (next > last) return true;
  }
  return next > last;
}
function protocolMatches(rule, protocol) {
  return rule.protocol.value === "any" || rule.protocol.value === protocol;
}
function enabledRules(sets2) {
  return sets2.flatMap((set) => set.rules.filter((rule) => rule.enabled).map((rule) => ({ set, rule })));
}

// src/estate/direct-routing.ts
function setOf(texts) {
  return AddressSet.of(texts.flatMap((text2) => {
    const parsed = parseAddressSpec(text2);
    return "ranges" in parsed ? parsed.ranges : [];
  }));
}
var CLOUD_SETS = /* @__PURE__ */ new Map();
for (const [cloud, data] of Object.entries(DIRECT_ROUTING)) CLOUD_SETS.set(cloud, setOf(data.ranges));
var ANY_CLOUD = [...CLOUD_SETS.values()].reduce((all, set) => all.union(set), AddressSet.empty());
var ALSO_LISTED = setOf(ALSO_LISTED_DIRECT_ROUTING_RANGES);
var OPTIMIZE = setOf(Object.values(M365_OPTIMIZE_LISTS).flatMap((list) => [...list.ranges]));
var MICROSOFT = ANY_CLOUD.union(ALSO_LISTED).union(OPTIMIZE);
function directRoutingSet(cloud) {
  return cloud === void 0 ? ANY_CLOUD : CLOUD_SETS.get(cloud);
}
function directRoutingSourceSet(cloud) {
  const ranges = directRoutingSet(cloud);
  return ranges && (cloud === void 0 || cloud === "worldwide") ? ranges.union(ALSO_LISTED) : ranges;
}
function directRoutingText(cloud) {
  if (cloud !== void 0) return DIRECT_ROUTING[cloud]?.ranges.join(", ") ?? "none known";
  return `${DIRECT_ROUTING.worldwide.ranges.join(", ")} (worldwide and GCC; GCC High ${DIRECT_ROUTING["gcc-high"].ranges.join(", ")}, DoD ${DIRECT_ROUTING.dod.ranges.join(", ")})`;
}
function openToEveryone(address) {
  if (address.any) return true;
  if (address.keyword !== void 0) return address.keyword.toLowerCase() === "internet";
  return address.ranges.some((r) => r.first === 0n && (r.family === 4 ? r.last === (1n << 32n) - 1n : r.last === (1n << 128n) - 1n));
}
function everyoneText(address, set) {
  if (address.keyword !== void 0) return `the ${address.text} ${set.source === "azure-nsg" || set.source === "aws-security-group" ? "service tag" : "keyword"}`;
  return address.any || address.text === "*" || address.text.toLowerCase() === "any" ? "any address" : `${address.text} (every address)`;
}
function microsoftRangeKind(address, accepted) {
  if (address.keyword !== void 0 || address.any) return "tag";
  const set = AddressSet.of(address.ranges);
  if (set.isEmpty()) return "tag";
  if (accepted.covers(set)) return "direct-routing";
  if (!address.ranges.some((r) => MICROSOFT.overlaps(r))) return "not-microsoft";
  if (address.ranges.some((r) => OPTIMIZE.overlaps(r))) return "optimize";
  return "other-microsoft";
}
var SBC_WORDS = /* @__PURE__ */ new Set(["sbc", "sbcs", "audiocodes", "mediant", "ribbon", "sonus", "anynode", "directrouting"]);
var SBC_PHRASES = [["direct", "routing"], ["session", "border"]];
function words(text2) {
  return (text2.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []).map((w) => w.toLowerCase());
}
function baseName(file) {
  const last = file.slice(file.lastIndexOf("/") + 1);
  const dot = last.lastIndexOf(".");
  return dot > 0 ? last.slice(0, dot) : last;
}
function labelSaysSbc(text2) {
  const list = words(text2);
  if (list.some((w) => SBC_WORDS.has(w))) return true;
  return SBC_PHRASES.some(([a, b]) => list.some((w, i) => w === a && list[i + 1] === b));
}
function sipFromMicrosoftRules(set) {
  return set.rules.filter(
    (rule) => rule.enabled && rule.direction.value === "inbound" && rule.action.value === "allow" && rule.protocol.value === "tcp" && rule.remoteAddresses.some((a) => !a.any && a.keyword === void 0 && a.ranges.length > 0 && ANY_CLOUD.covers(AddressSet.of(a.ranges)))
  );
}
var cache2 = /* @__PURE__ */ new WeakMap();
function sbcEvidence(set) {
  const cached = cache2.get(set);
  if (cached !== void 0) return cached ?? void 0;
  let found;
  const sip = sipFromMicrosoftRules(set);
  const sipPorts = sip.flatMap((rule) => rule.localPorts.filter((p) => !p.any));
  if (sip.length > 0) {
    const first = sip[0];
    found = { how: "sip-from-microsoft", text: `rule ${first.name.value} allows TCP from Microsoft's Direct Routing SIP proxies`, loc: first.name.loc, sipPorts };
  } else {
    const label = set.labels?.find((l) => labelSaysSbc(l.value));
    const ruleNamed = set.labels === void 0 ? set.rules.find((r) => labelSaysSbc(r.name.value)) : void 0;
    if (label) found = { how: "label", text: `its ${label.kind} ${label.value} names an SBC`, loc: label.loc, sipPorts };
    else if (ruleNamed) found = { how: "label", text: `its rule ${ruleNamed.name.value} names an SBC`, loc: ruleNamed.name.loc, sipPorts };
    else if (set.labels === void 0 && labelSaysSbc(baseName(set.file))) found = { how: "label", text: `its file ${set.file} names an SBC`, loc: set.loc, sipPorts };
  }
  cache2.set(set, found ?? null);
  return found;
}
function allowInForce(set, rule, ports) {
  if (set.semantics === "allow-only") return true;
  const blocks = blocksOfEveryone(set).filter(
    (other) => other.direction.value === rule.direction.value && (other.protocol.value === "any" || other.protocol.value === rule.protocol.value) && (set.semantics === "windows" || other.index < rule.index)
  );
  return !ports.every((p) => blocks.some((b) => portsCover(b.localPorts, p.first, p.last)));
}
var blockCache = /* @__PURE__ */ new WeakMap();
function blocksOfEveryone(set) {
  let found = blockCache.get(set);
  if (found === void 0) {
    found = set.rules.filter((other) => other.enabled && other.action.value === "block" && other.remoteAddresses.some(openToEveryone));
    blockCache.set(set, found);
  }
  return found;
}
function portsText(protocol, ports) {
  return `${protocol.toUpperCase()} ${ports.map((p) => p.first === p.last ? String(p.first) : `${p.first}-${p.last}`).join(", ")}`;
}

// src/model/record-sets.ts
var declarationsByRow = /* @__PURE__ */ new WeakMap();
function declarationOf(record) {
  const zone = record.zone;
  if (zone.recordSets === void 0 || !(record instanceof TableRecord)) return void 0;
  let byRow = declarationsByRow.get(zone);
  if (byRow === void 0) {
    byRow = /* @__PURE__ */ new Map();
    for (const set of zone.recordSets) for (const row of set.rows) byRow.set(row, set);
    declarationsByRow.set(zone, byRow);
  }
  return byRow.get(record.index);
}
function declaredApart(records) {
  const byZone = /* @__PURE__ */ new Map();
  for (const record of records) {
    let declarations = byZone.get(record.zone);
    if (declarations === void 0) byZone.set(record.zone, declarations = /* @__PURE__ */ new Set());
    declarations.add(declarationOf(record));
  }
  for (const declarations of byZone.values()) if (declarations.size > 1 && !declarations.has(void 0)) return true;
  return false;
}

// src/estate/data/m365-clouds.ts
var M365_CLOUDS = {
  // GCC (moderate) tenants use the worldwide targets.
  worldwide: {
    title: "Microsoft 365 worldwide",
    sipDirectory: "sipdir.online.lync.com",
    sipFederation: "sipfed.online.lync.com",
    webDirectory: "webdir.online.lync.com"
  },
  "gcc-high": {
    title: "Microsoft 365 GCC High",
    sipDirectory: "sipdir.online.gov.skypeforbusiness.us",
    sipFederation: "sipfed.online.gov.skypeforbusiness.us",
    webDirectory: "webdir.online.gov.skypeforbusiness.us"
  },
  dod: {
    title: "Microsoft 365 DoD",
    sipDirectory: "sipdir.online.dod.skypeforbusiness.us",
    sipFederation: "sipfed.online.dod.skypeforbusiness.us",
    webDirectory: "webdir.online.dod.skypeforbusiness.us"
  },
  china: {
    title: "Microsoft 365 operated by 21Vianet",
    sipDirectory: "sipdir.online.partner.lync.cn",
    sipFederation: "sipfed.online.partner.lync.cn",
    webDirectory: "webdir.online.partner.lync.cn"
  },
  // Closed in 2021; kept for estates whose zones were never migrated.
  germany: {
    title: "Microsoft Cloud Deutschland",
    sipDirectory: "sipdir.online.lync.de",
    sipFederation: "sipfed.online.lync.de",
    webDirectory: "webdir.online.skype.de"
  }
};
var M365_CLOUD_NAMES = Object.keys(M365_CLOUDS);
var DEFAULT_M365_CLOUD = "worldwide";
var M365_SERVICE_DOMAINS = [
  "online.lync.com",
  "online.gov.skypeforbusiness.us",
  "online.dod.skypeforbusiness.us",
  "online.partner.lync.cn",
  "online.lync.de",
  "online.skype.de"
];
var M365_SERVICE_NAME_FORMS = M365_SERVICE_DOMAINS.map((domain) => ({ exact: [domain, `${domain}.`], below: [`.${domain}`, `.${domain}.`] }));
function isM365ServiceHost(host) {
  const name = host.toLowerCase();
  return M365_SERVICE_NAME_FORMS.some(({ exact, below }) => name === exact[0] || name === exact[1] || name.endsWith(below[0]) || name.endsWith(below[1]));
}
function m365CloudOf(host) {
  const name = host.toLowerCase().replace(/\.$/, "");
  return M365_CLOUD_NAMES.find((cloud) => {
    const targets = M365_CLOUDS[cloud];
    return name === targets.sipDirectory || name === targets.sipFederation || name === targets.webDirectory;
  });
}
function m365DiscoveryRecords(cloud) {
  const targets = M365_CLOUDS[cloud];
  return [
    { label: "_sip._tls", type: "SRV", priority: 100, weight: 1, port: 443, target: targets.sipDirectory },
    { label: "_sipfederationtls._tcp", type: "SRV", priority: 100, weight: 1, port: 5061, target: targets.sipFederation },
    { label: "sip", type: "CNAME", target: targets.sipDirectory },
    { label: "lyncdiscover", type: "CNAME", target: targets.webDirectory }
  ];
}

// src/estate/dangling.ts
function danglingTargetZone(estate, record, target) {
  if (target === ".") return void 0;
  const filter = record.zone.view === "unknown" ? void 0 : { view: record.zone.view };
  if (estate.hasName(target, filter)) return void 0;
  const resolution = estate.resolve(target, filter);
  if (resolution.outcome !== "nxdomain" || resolution.chain.length > 0) return void 0;
  const zone = estate.zonesFor(target, filter)[0];
  if (!zone || answeredElsewhere(estate, target, zone, filter)) return void 0;
  return zone;
}
function answeredElsewhere(estate, target, zone, filter) {
  const origin = zone.origin;
  for (let name = target; name !== void 0 && isAtOrBelow(name, origin); name = parentName(name)) {
    if (name !== origin && estate.recordsAt(name, "NS", filter).length > 0) return true;
    if (name !== target && estate.hasName(`*.${name}`, filter)) return true;
    if (name === origin) break;
  }
  return false;
}

// src/estate/m365-discovery.ts
var PUBLIC_DISCOVERY_LABELS = ["lyncdiscover", "_sip._tls", "_sipfederationtls._tcp", "sip"];
var INTERNAL_DISCOVERY_LABELS = ["lyncdiscoverinternal", "_sipinternaltls._tcp"];
var INTERNAL_VIEW_LABELS = [...INTERNAL_DISCOVERY_LABELS, ...PUBLIC_DISCOVERY_LABELS];
var SRV_LABELS = /* @__PURE__ */ new Set(["_sip._tls", "_sipfederationtls._tcp", "_sipinternaltls._tcp"]);
function publicViewOf(estate) {
  return estate.zones.some((z) => z.view !== "unknown") ? "external" : "unknown";
}
function unjudgedZonesOf(estate, domain) {
  return publicViewOf(estate) === "unknown" ? [] : estate.zonesFor(domain, { view: "unknown" });
}
function leavesZonesUnjudged(estate) {
  return publicViewOf(estate) === "external" && estate.zones.some((z) => z.view === "unknown");
}
var candidatesCache = /* @__PURE__ */ new WeakMap();
function candidatesOf(estate) {
  let candidates = candidatesCache.get(estate);
  if (candidates === void 0) {
    const aliased = /* @__PURE__ */ new Set();
    if (!estate.sipDomainsConfigured()) {
      for (const label of ["sip", "lyncdiscover"]) {
        for (const [domain, owner] of discoveryNamesAt(estate, label)) {
          if (estate.recordsAt(owner, "CNAME").some((cname) => isM365ServiceHost(cname.data.target))) aliased.add(domain);
        }
      }
    }
    candidates = { aliased };
    candidatesCache.set(estate, candidates);
  }
  return candidates;
}
function m365CandidateDomains(estate) {
  const candidates = candidatesOf(estate);
  if (candidates.all === void 0) {
    const sipDomains = estate.sipDomains();
    const all = [...sipDomains];
    for (const domain of candidates.aliased) if (!sipDomains.has(domain)) all.push(domain);
    candidates.all = all.sort();
  }
  return candidates.all;
}
function m365DomainsToJudge(estate) {
  if (leavesZonesUnjudged(estate)) return m365CandidateDomains(estate);
  const candidates = candidatesOf(estate);
  if (candidates.withDiscoveryNames === void 0) {
    const found = [];
    for (const domain of domainsWithDiscoveryNames(estate)) if (estate.sipDomains().has(domain) || candidates.aliased.has(domain)) found.push(domain);
    candidates.withDiscoveryNames = found.sort();
  }
  return candidates.withDiscoveryNames;
}
var discoveryCache = /* @__PURE__ */ new WeakMap();
function discoveryOf(estate, domain) {
  if (!domainsWithDiscoveryNames(estate).has(domain)) return { domain, records: [], mixed: false, disagreeing: [] };
  let byDomain = discoveryCache.get(estate);
  if (byDomain === void 0) {
    byDomain = /* @__PURE__ */ new Map();
    discoveryCache.set(estate, byDomain);
  }
  let discovery = byDomain.get(domain);
  if (discovery === void 0) {
    discovery = readDiscovery(estate, domain);
    byDomain.set(domain, discovery);
  }
  return discovery;
}
function readDiscovery(estate, domain) {
  const publicView = publicViewOf(estate);
  const records = [];
  const collect = (view, labels) => {
    for (const label of labels) {
      const name = discoveryNameOf(estate, label, domain);
      if (name === void 0) continue;
      const atName = estate.recordsAt(name, void 0, { view });
      const fought = new Set([...new Set(atName.map((r) => r.type))].filter((type) => declaredApart(atName.filter((r) => r.type === type))));
      for (const record of atName) {
        if (fought.has(record.type)) continue;
        const read = readRecord(estate, record, label, view);
        if (read) records.push(read);
      }
    }
  };
  collect(publicView, PUBLIC_DISCOVERY_LABELS);
  if (publicView === "external") {
    collect("internal", INTERNAL_VIEW_LABELS);
  }
  const online = records.filter((r) => r.direction === "online").length;
  const onPremises = records.filter((r) => r.direction === "on-premises").length;
  const mixed = online > 0 && onPremises > 0;
  if (!mixed) return { domain, records, mixed, disagreeing: [] };
  const reference = referenceOf(estate, records, online, onPremises);
  const disagreeing = records.filter((r) => r.direction !== void 0 && r.direction !== reference.direction);
  return { domain, records, mixed, reference, disagreeing };
}
function isDisagreeing(discovery, record) {
  const key = recordKey(record);
  return discovery.disagreeing.some(({ record: other }) => recordKey(other) === key);
}
function discoveryName(record) {
  const name = displayName(record.record.name);
  return record.record.zone.view === "internal" ? `${name} (internal view)` : name;
}
function directionPhrase(direction) {
  return direction === "online" ? "to Microsoft 365" : "on-premises";
}
function readRecord(estate, record, label, view) {
  if (SRV_LABELS.has(label)) {
    if (record.type !== "SRV") return void 0;
    const target = record.data.target;
    if (target === ".") return { record, label, target: "." };
    return withDirection(estate, record, label, target, view);
  }
  if (record.type === "CNAME") return withDirection(estate, record, label, record.data.target, view);
  if (record.type === "A" || record.type === "AAAA") return { record, label, target: record.data.address };
  return void 0;
}
function withDirection(estate, record, label, target, view) {
  if (danglingTargetZone(estate, record, target)) return { record, label, target: displayName(target) };
  return { record, label, target: displayName(target), direction: directionOf(estate, target, view) };
}
function directionOf(estate, target, view) {
  return leadsToMicrosoft365(estate, target, view) ? "online" : "on-premises";
}
function leadsToMicrosoft365(estate, target, view) {
  return m365HostReachedBy(estate, target, view) !== void 0;
}
function m365HostReachedBy(estate, target, view) {
  if (isM365ServiceHost(target)) return target;
  if (!microsoft365Reach(estate).aliases.has(canonicalName(target))) return void 0;
  return estate.resolve(target, { view }).chain.find((link) => isM365ServiceHost(link.data.target))?.data.target;
}
var CHAIN_ROUNDS = 18;
var reachCache = /* @__PURE__ */ new WeakMap();
function microsoft365Reach(estate) {
  let reach = reachCache.get(estate);
  if (reach === void 0) {
    const aliases = /* @__PURE__ */ new Set();
    for (let round = 0; round < CHAIN_ROUNDS; round++) {
      const before = aliases.size;
      for (const cname of estate.eachRecord("CNAME")) {
        const target = cname.data.target;
        if (isM365ServiceHost(target) || aliases.has(canonicalName(target))) aliases.add(cname.name);
      }
      if (aliases.size === before) break;
    }
    reach = { aliases };
    reachCache.set(estate, reach);
  }
  return reach;
}
function namesPointingOnline(estate) {
  const reach = microsoft365Reach(estate);
  if (reach.pointing === void 0) {
    const pointing = new Set(reach.aliases);
    for (const srv of estate.eachRecord("SRV")) {
      const target = srv.data.target;
      if (target !== "." && (isM365ServiceHost(target) || reach.aliases.has(canonicalName(target)))) pointing.add(srv.name);
    }
    reach.pointing = pointing;
  }
  return reach.pointing;
}
function mayPointOnline(estate, domain) {
  const pointing = namesPointingOnline(estate);
  if (pointing.size === 0) return false;
  for (const label of INTERNAL_VIEW_LABELS) {
    const name = discoveryNameOf(estate, label, domain);
    if (name !== void 0 && pointing.has(name)) return true;
  }
  return false;
}
function referenceOf(estate, records, online, onPremises) {
  const product = estate.product();
  if (product === "teams") return { direction: "online", reason: "the deployment's product is teams" };
  if (isLyncFamily(product)) {
    return { direction: "on-premises", reason: `the deployment's product is ${product}, and in a hybrid deployment every external record points on-premises` };
  }
  if (online !== onPremises) {
    const direction = online > onPremises ? "online" : "on-premises";
    return { direction, reason: `most of its discovery records point ${directionPhrase(direction)}` };
  }
  const decider = records.find((r) => r.direction !== void 0);
  return { direction: decider.direction, reason: `its records are evenly split, and ${discoveryName(decider)} decides` };
}

// src/estate/client-media.ts
var CLIENT_TITLE = { teams: "Teams", lync: "Skype for Business / Lync" };
var CLIENT_EXECUTABLES = {
  teams: ["ms-teams.exe", "teams.exe"],
  lync: ["lync.exe", "communicator.exe"]
};
var TEAMS_DEFAULT_RANGES = [
  { media: "audio", first: 5e4, last: 50019, text: "50000-50019" },
  { media: "video", first: 50020, last: 50039, text: "50020-50039" },
  { media: "sharing", first: 50040, last: 50059, text: "50040-50059" }
];
var CLIENT_DSCP = {
  teams: { audio: 46, video: 34, sharing: 18 },
  lync: { audio: 46, video: 34 }
};
function clientOfProgram(program) {
  if (program === void 0) return void 0;
  const base = program.replace(/["']/g, "").split(/[\\/]/).pop()?.toLowerCase() ?? "";
  for (const product of ["teams", "lync"]) if (CLIENT_EXECUTABLES[product].includes(base)) return product;
  return void 0;
}
function settingsOf(estate, product) {
  return estate.mediaPolicies.filter((policy) => policy.product === product);
}
function clientMediaRanges(estate, product) {
  const settings = settingsOf(estate, product);
  if (settings.some((policy) => policy.portRangesEnabled?.value === false)) return void 0;
  const ranges = settings.flatMap((policy) => Object.entries(policy.portRanges).map(([media, ports]) => ({ media, first: ports.first, last: ports.last, text: ports.text, source: ports })));
  if (ranges.length > 0) return ranges;
  return product === "teams" ? [...TEAMS_DEFAULT_RANGES] : void 0;
}
function clientOfQosPolicy(policy) {
  return clientOfProgram(policy.application?.value);
}

// src/estate/families.ts
var EVIDENCE_KEPT = 5;
var MICROSOFT_SRV = /* @__PURE__ */ new Set(["_sip._tls", "_sipfederationtls._tcp", "_sipinternaltls._tcp", "_sipinternal._tcp"]);
var CISCO_SRV = /* @__PURE__ */ new Set(["_collab-edge._tls", "_cisco-uds._tcp", "_cuplogin._tcp"]);
var GENERIC_SIP_SRV = /* @__PURE__ */ new Set(["_sip._udp", "_sip._tcp", "_sips._tcp"]);
var SIP_NAPTR_SERVICE = /^sips?\+d2[a-z]$/i;
var cache3 = /* @__PURE__ */ new WeakMap();
function estateFamilies(estate, statement) {
  let found = cache3.get(estate);
  if (found === void 0) {
    found = statedFamilies(estate, statement) ?? inferredFamilies(estate);
    cache3.set(estate, found);
  }
  return found;
}
function result(families, source, evidence, counts, how) {
  const ordered = FAMILIES.filter((family) => families.has(family));
  return { families: ordered, has: (family) => families.has(family), source, evidence, counts, how };
}
function statedFamilies(estate, statement) {
  const { families, product } = estate.settings;
  let stated;
  let text2;
  if (Array.isArray(families) && families.some(isFamily)) {
    stated = new Set(families.filter(isFamily));
    text2 = `settings.families: [${FAMILIES.filter((f) => stated?.has(f)).join(", ")}]`;
  } else if (isProduct(product)) {
    stated = /* @__PURE__ */ new Set([FAMILY_OF_PRODUCT[product]]);
    text2 = `settings.product: ${product}`;
  }
  if (stated === void 0 || text2 === void 0) return void 0;
  const said = statement ?? { text: text2 };
  const evidence = FAMILIES.filter((f) => stated.has(f)).map((family) => ({ family, text: said.text, ...said.loc ? { loc: said.loc } : {} }));
  const counts = Object.fromEntries(evidence.map((e) => [e.family, 1]));
  return result(stated, "settings", evidence, counts, said.text);
}
var Evidence = class {
  kept = [];
  counts = {};
  keptPerFamily = {};
  /** A large zone holds thousands of `_sip._udp` records: the text and range are made for the pieces that may be kept only. */
  add(family, piece) {
    this.counts[family] = (this.counts[family] ?? 0) + 1;
    if ((this.keptPerFamily[family] ?? 0) >= EVIDENCE_KEPT) return;
    const { text: text2, loc } = piece();
    if (this.kept.some((e) => e.family === family && e.text === text2)) return;
    this.keptPerFamily[family] = (this.keptPerFamily[family] ?? 0) + 1;
    this.kept.push({ family, text: text2, loc });
  }
  /** The pieces kept, in file and line order. */
  pieces() {
    return [...this.kept].sort((a, b) => compareRanges(a.loc, b.loc));
  }
};
function inferredFamilies(estate) {
  const evidence = new Evidence();
  topologyEvidence(estate, evidence);
  recordEvidence(estate, evidence);
  registryEvidence(estate, evidence);
  firewallEvidence(estate, evidence);
  const families = new Set(Object.keys(evidence.counts));
  if (families.size === 0) return result(families, "unknown", [], {}, "unknown");
  return result(families, "files", evidence.pieces(), evidence.counts, "inferred from the files");
}
function topologyEvidence(estate, evidence) {
  for (const topology of estate.topologies) {
    const product = topology.product;
    if (product && isProduct(product.value)) {
      evidence.add(FAMILY_OF_PRODUCT[product.value], () => ({ text: `topology product: ${product.value}`, loc: product.loc }));
    } else {
      for (const pool of topology.pools) evidence.add("lync", () => ({ text: `topology pool ${pool.fqdn.value}`, loc: pool.fqdn.loc }));
      for (const edge of topology.edges) {
        const name = edge.internal?.fqdn.value ?? edge.external.access?.fqdn.value ?? edge.servers[0]?.value;
        evidence.add("lync", () => ({ text: `topology Edge pool${name ? ` ${name}` : ""}`, loc: edge.loc }));
      }
    }
    const policy = topology.clientPolicy;
    const policyValue = policy && (policy.strictDnsNaming ?? policy.allowTcp ?? policy.manualServers?.internal ?? policy.manualServers?.external);
    if (policyValue) evidence.add("lync", () => ({ text: "topology clientPolicy", loc: policyValue.loc }));
    const proxy = topology.reverseProxy;
    if (proxy) evidence.add("lync", () => ({ text: `topology reverse proxy ${proxy.fqdn.value}`, loc: proxy.fqdn.loc }));
    for (const url of [...topology.simpleUrls.meet, ...topology.simpleUrls.dialin, ...topology.simpleUrls.admin]) evidence.add("lync", () => ({ text: `topology simple URL ${url.value}`, loc: url.loc }));
    for (const sbc of topology.sbcs) evidence.add("teams", () => ({ text: `topology Direct Routing SBC ${sbc.fqdn.value}`, loc: sbc.fqdn.loc }));
    for (const domain of topology.tenantDomains) evidence.add("teams", () => ({ text: `topology tenant domain ${domain.value}`, loc: domain.loc }));
  }
}
function recordEvidence(estate, evidence) {
  for (const naptr of estate.eachRecord("NAPTR")) {
    if (!SIP_NAPTR_SERVICE.test(naptr.data.service)) continue;
    evidence.add("sip", () => ({ text: `${displayName(naptr.name)} NAPTR ${naptr.data.service}`, loc: naptr.loc }));
  }
  const services = estate.srvServices();
  const ciscoDomains = new Set(services.filter((s) => CISCO_SRV.has(s.service)).map((s) => s.domain));
  for (const { record, service, domain } of services) {
    if (MICROSOFT_SRV.has(service)) {
      const target = record.data.target;
      if (target === ".") continue;
      const shown = () => `${displayName(record.name)} SRV -> ${displayName(target)}`;
      if (m365HostReachedBy(estate, target) !== void 0) evidence.add("teams", () => ({ text: `${shown()} (Microsoft 365)`, loc: record.loc }));
      else if (service !== "_sipfederationtls._tcp" || !ciscoDomains.has(domain)) evidence.add("lync", () => ({ text: `${shown()} (on-premises)`, loc: record.loc }));
    } else if (CISCO_SRV.has(service) || GENERIC_SIP_SRV.has(service)) {
      evidence.add(CISCO_SRV.has(service) ? "cisco" : "sip", () => ({ text: `${displayName(record.name)} SRV`, loc: record.loc }));
    }
  }
  for (const label of ["lyncdiscover", "lyncdiscoverinternal", "sip"]) {
    for (const owner of discoveryNamesAt(estate, label).values()) {
      for (const record of estate.recordsAt(owner)) hostEvidence(estate, label, record, evidence);
    }
  }
}
function hostEvidence(estate, label, record, evidence) {
  if (record.type === "CNAME") {
    const target = record.data.target;
    const shown = () => `${displayName(record.name)} CNAME -> ${displayName(target)}`;
    if (m365HostReachedBy(estate, target) !== void 0) evidence.add("teams", () => ({ text: `${shown()} (Microsoft 365)`, loc: record.loc }));
    else if (label !== "sip") evidence.add("lync", () => ({ text: `${shown()} (on-premises)`, loc: record.loc }));
  } else if ((record.type === "A" || record.type === "AAAA") && label !== "sip") {
    evidence.add("lync", () => ({ text: `${displayName(record.name)} ${record.type} ${record.data.address} (on-premises)`, loc: record.loc }));
  }
}
var EDGE_RULE_SET = /edge[-_ ]?(external|internal)|(external|internal)[-_ ]?edge/i;
function firewallEvidence(estate, evidence) {
  for (const set of estate.firewallRuleSets) {
    const appliesTo = set.appliesTo;
    if (appliesTo && EDGE_RULE_SET.test(appliesTo.value)) evidence.add("lync", () => ({ text: `firewall rules for the Edge (appliesTo: ${appliesTo.value})`, loc: appliesTo.loc }));
    for (const rule of set.rules) {
      const program = rule.program;
      const client = clientOfProgram(program?.value);
      if (client && program) evidence.add(client, () => ({ text: `firewall rule ${rule.name.value} for ${program.value}`, loc: program.loc }));
    }
    const [sip] = sipFromMicrosoftRules(set);
    if (sip) evidence.add("teams", () => ({ text: `firewall rule ${sip.name.value} of ${set.name} allows TCP from Microsoft's Direct Routing SIP proxies`, loc: sip.name.loc }));
  }
  for (const policy of estate.qosPolicies) {
    const application = policy.application;
    const client = clientOfProgram(application?.value);
    if (client && application) evidence.add(client, () => ({ text: `QoS policy ${policy.name.value} for ${application.value}`, loc: application.loc }));
  }
  for (const policy of estate.mediaPolicies) {
    const product = policy.product;
    if (product) evidence.add(product, () => ({ text: product === "teams" ? "Teams meeting configuration (media ports)" : "Skype for Business conferencing or media configuration", loc: policy.loc }));
  }
}
var LYNC_CLIENT_KEYS = [...CLIENT_POLICY_KEYS, ...CLIENT_PREFERENCE_KEYS];
function registryEvidence(estate, evidence) {
  for (const file of estate.registry.files) {
    for (const value of file.values) {
      if (value.deleted) continue;
      const key = registryKey(value.key);
      const shown = `registry ${value.key}${value.name ? `\\${value.name}` : ""}`;
      if (key === MESSENGER_CLIENT_KEY) evidence.add("legacy", () => ({ text: `${shown} (Windows Messenger 5)`, loc: value.loc }));
      else if (LYNC_CLIENT_KEYS.some((client) => key === client || key.startsWith(`${client}\\`))) evidence.add("lync", () => ({ text: `${shown} (Communicator / Lync client)`, loc: value.loc }));
    }
  }
}

// src/estate/certificate-merge.ts
function mergeLinkedCertificates(fromFiles, fromManifests) {
  const byFile = /* @__PURE__ */ new Map();
  for (const certificate of fromFiles) {
    const list = byFile.get(certificate.loc.file) ?? [];
    list.push(certificate);
    byFile.set(certificate.loc.file, list);
  }
  const replaced = /* @__PURE__ */ new Map();
  const merged = [];
  for (const entry of fromManifests) {
    const candidates = entry.linkedFile === void 0 ? void 0 : byFile.get(entry.linkedFile);
    if (entry.linkedFile === void 0) {
      merged.push(entry);
      continue;
    }
    if (!candidates?.length) {
      merged.push({ ...entry, linkedFileMissing: true });
      continue;
    }
    const file = candidates.find((c) => entry.commonName !== void 0 && c.commonName?.toLowerCase() === entry.commonName.toLowerCase()) ?? candidates[0];
    replaced.set(file, {
      ...file,
      name: entry.name,
      usedBy: entry.usedBy,
      issuerKind: entry.issuerKind ?? file.issuerKind,
      manifestEntry: { loc: entry.loc, disagreements: disagreementsOf(entry, file) }
    });
  }
  return [...fromFiles.map((c) => replaced.get(c) ?? c), ...merged];
}
var SPELLING = {
  commonName: (f) => f.commonName?.toLowerCase(),
  sans: (f) => f.sans && [...f.sans.dns.map(hostName), ...f.sans.ip].sort().join(", "),
  notBefore: (f) => f.notBefore && isoDay(f.notBefore),
  notAfter: (f) => f.notAfter && isoDay(f.notAfter),
  key: (f) => f.key && [f.key.algorithm, f.key.size ?? f.key.curve].filter((part) => part !== void 0).join(" "),
  signature: (f) => f.signature?.algorithm,
  eku: (f) => f.eku && [...f.eku].sort().join(", "),
  serial: (f) => f.serial?.toUpperCase(),
  fingerprint256: (f) => f.fingerprint256?.toUpperCase()
};
function disagreementsOf(entry, file) {
  const out = [];
  for (const [field, spell] of Object.entries(SPELLING)) {
    const stated = spell(entry);
    if (stated === void 0) continue;
    const actual = spell(file) ?? "(absent)";
    if (stated === actual) continue;
    const locField = field === "commonName" ? "subject" : field;
    out.push({ field: field === "commonName" ? "subject CN" : field, stated, actual, loc: entry.fieldLocs?.[locField] ?? entry.loc });
  }
  return out;
}

// src/estate/estate.ts
var MAX_CNAME_CHAIN = 16;
var NONE = Object.freeze([]);
var Estate = class {
  zones;
  settings;
  /** Certificates from files and `kind: Certificates` manifests (a linked file merged into its entry). */
  certificates;
  /**
   * The deployment's topologies: `kind: Topology` manifests, or, where the estate holds a Topology
   * Builder document, one topology merged from it and the manifests (see topology-merge.ts).
   */
  topologies;
  /** Where a Topology Builder document and a `kind: Topology` manifest disagree. */
  topologyDisagreements;
  /** Registry exports (client policy, NTLM settings), indexed by key and value name. */
  registry;
  /** VPN client profiles: manifests, WireGuard and OpenVPN configs. */
  vpnProfiles;
  firewallRuleSets;
  mediaPolicies;
  /** Windows policy-based QoS policies: read by formats (`New-NetQosPolicy`), then those of the Group Policy registry values. */
  qosPolicies;
  /** SDP offers and answers (ICE candidates). */
  sdpSessions;
  familiesStatement;
  /** Private keys found in any file read (PEM blocks, key files, PKCS#12 files that open without a password). */
  privateKeys;
  /** Certificates by the hosts their `usedBy` names. */
  certificatesByUser = /* @__PURE__ */ new Map();
  /** Certificates without `usedBy` by the names they are matched on (SAN DNS names, or the CN without SANs) as written (`*.contoso.com` included), lower-case. */
  unassignedBySan = /* @__PURE__ */ new Map();
  /**
   * Records are numbered across the zones (ids): zone z's row i is `firstIds[z] + i`. The
   * indexes hold ids, and record objects are made for the records a rule asks about (see
   * RecordTable: a million record objects kept for the estate's life cost more to collect
   * than to read).
   */
  tables;
  firstIds;
  /** Per id: the index of its zone. */
  zoneIndexOfId;
  byName;
  byType = /* @__PURE__ */ new Map();
  /** Zones by origin, in estate order, for authority look-ups (a name's origins are found from it upwards). */
  zonesByOrigin = /* @__PURE__ */ new Map();
  /** Owner names with records that could not be read, with the zones that hold them. */
  unreadOwners = /* @__PURE__ */ new Map();
  /**
   * Built from the nodes the formats loaded, whatever format each came from (one list per kind,
   * in file order), and what the config says of the deployment. A certificate file that a
   * manifest entry links is merged with that entry here.
   */
  constructor(input) {
    this.zones = input.zones ?? [];
    this.settings = input.settings ?? {};
    const merged = mergeTopologies(input.topologies ?? []);
    this.topologies = merged.topologies;
    this.topologyDisagreements = merged.disagreements;
    this.registry = new RegistryIndex(input.registry ?? []);
    this.vpnProfiles = input.vpnProfiles ?? [];
    this.firewallRuleSets = input.firewallRuleSets ?? [];
    this.mediaPolicies = input.mediaPolicies ?? [];
    this.qosPolicies = [...input.qosPolicies ?? [], ...qosPoliciesFromRegistry(this.registry.files)];
    this.sdpSessions = input.sdpSessions ?? [];
    this.privateKeys = input.privateKeys ?? [];
    const certificates = input.certificates ?? [];
    this.certificates = certificates.some((c) => c.source === "manifest") ? mergeLinkedCertificates(
      certificates.filter((c) => c.source !== "manifest"),
      certificates.filter((c) => c.source === "manifest")
    ) : certificates;
    this.familiesStatement = input.familiesStatement;
    const file = (map, key, certificate) => {
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
    this.zoneIndexOfId = this.tables.length <= 65536 ? new Uint16Array(recordCount) : new Uint32Array(recordCount);
    const counts = new Int32Array(65536);
    for (let z = 0; z < this.tables.length; z++) {
      const table = this.tables[z];
      this.zoneIndexOfId.fill(z, this.firstIds[z], this.firstIds[z + 1]);
      for (let i = 0; i < table.size; i++) counts[table.typeCode(i)]++;
    }
    const idsByCode = /* @__PURE__ */ new Map();
    for (let code = 0; code < counts.length; code++) {
      if (counts[code] === 0) continue;
      const ids = new Int32Array(counts[code]);
      idsByCode.set(code, { ids, next: 0 });
    }
    this.byName = new OwnerIndex(recordCount, {
      is: (id, name) => this.tableOf(id).owners.is(this.rowOf(id), name),
      same: (id, other) => this.tableOf(id).sameName(this.rowOf(id), this.tableOf(other), this.rowOf(other)),
      text: (id) => this.tableOf(id).name(this.rowOf(id))
    });
    let previousPosition = -1;
    for (let z = 0; z < this.tables.length; z++) {
      const table = this.tables[z];
      const first = this.firstIds[z];
      for (let i = 0; i < table.size; i++) {
        const id = first + i;
        const slot = idsByCode.get(table.typeCode(i));
        slot.ids[slot.next++] = id;
        if (i > 0 && table.owners.sameEntry(i, i - 1)) this.byName.addTo(previousPosition, id);
        else previousPosition = this.byName.add(id, table.owners.hash(i));
      }
    }
    for (const { ids } of idsByCode.values()) this.byType.set(this.typeOfId(ids[0]), ids);
    for (const zone of this.zones) {
      for (const owner of zone.unreadOwners ?? []) {
        const list2 = this.unreadOwners.get(owner);
        if (list2) list2.push(zone);
        else this.unreadOwners.set(owner, [zone]);
      }
      if (zone.origin === void 0) continue;
      const list = this.zonesByOrigin.get(zone.origin);
      if (list) list.push(zone);
      else this.zonesByOrigin.set(zone.origin, [zone]);
    }
  }
  records(type, filter) {
    return [...this.eachRecord(type, filter)];
  }
  *eachRecord(type, filter) {
    for (const id of this.idsOfType(type, filter)) yield this.recordOfId(id);
  }
  /** True when the estate holds a record of the type (in the view, if given): `records(type).length > 0` without making them. */
  hasRecords(type, filter) {
    return !this.idsOfType(type, filter).next().done;
  }
  /** The ids of the records of a type, in the view if given, in zone and file order. */
  *idsOfType(type, filter) {
    const ids = this.byType.get(type.toUpperCase());
    if (ids === void 0) return;
    const view = filter?.view;
    for (let k = 0; k < ids.length; k++) if (view === void 0 || this.zoneOfId(ids[k]).view === view) yield ids[k];
  }
  recordsAt(name, type, filter) {
    const position = this.byName.find(canonicalName(name));
    if (position < 0) return NONE;
    const wanted = type?.toUpperCase();
    const view = filter?.view;
    let found;
    for (let id = this.byName.firstId(position); id >= 0; id = this.byName.nextId(id)) {
      if (view !== void 0 && this.zoneOfId(id).view !== view) continue;
      if (wanted !== void 0 && this.typeOfId(id) !== wanted) continue;
      (found ??= []).push(this.recordOfId(id));
    }
    return found ?? NONE;
  }
  /**
   * Owner names that hold more than one record (in any zone and view), with their records
   * in file order: what rules comparing records at one name need, without a pass per name.
   */
  *namesWithSeveralRecords() {
    const index = this.byName;
    for (let position = 0; position < index.size; position++) {
      if (index.holdsSeveral(position)) yield [index.nameAt(position), this.recordsOfPosition(position)];
    }
  }
  /** True when any record exists at the name (in the view, if given). */
  hasName(name, filter) {
    const position = this.byName.find(canonicalName(name));
    if (position < 0) return false;
    const view = filter?.view;
    if (view === void 0) return true;
    for (let id = this.byName.firstId(position); id >= 0; id = this.byName.nextId(id)) if (this.zoneOfId(id).view === view) return true;
    return false;
  }
  /** True when the name has records that could not be read (in the view, if given): it exists, with data not known. */
  hasUnreadRecords(name, filter) {
    const zones = this.unreadOwners.get(canonicalName(name));
    if (zones === void 0) return false;
    return filter?.view === void 0 || zones.some((zone) => zone.view === filter.view);
  }
  zonesInView(view) {
    return this.zones.filter((z) => z.view === view);
  }
  /** Views the estate holds zones for. */
  views() {
    return [...new Set(this.zones.map((z) => z.view))];
  }
  /**
   * The estate zones authoritative for a name: those with the longest origin the name
   * is at or below (one per view in split-brain estates), optionally in one view.
   */
  zonesFor(name, filter) {
    for (let origin = canonicalName(name); origin !== void 0; origin = parentName(origin)) {
      const zones = this.zonesByOrigin.get(origin);
      if (zones === void 0) continue;
      const found = filter?.view ? zones.filter((zone) => zone.view === filter.view) : zones.slice();
      if (found.length > 0) return found;
    }
    return [];
  }
  /** True when some estate zone (in the view, if given) is authoritative for the name. */
  holdsZoneFor(name, filter) {
    return this.zonesFor(name, filter).length > 0;
  }
  /**
   * The addresses a name resolves to inside the estate, following CNAMEs (and only
   * CNAMEs held in the estate). With a view, looks only at zones of that view, as a
   * client on that side of split-brain DNS would.
   */
  resolve(name, filter) {
    const start = canonicalName(name);
    const chain = [];
    const view = filter?.view;
    let current = start;
    for (; ; ) {
      const revisited = chain.length > 0 && (current === start || chain.some((c, i) => i < chain.length - 1 && c.data.target === current));
      if (revisited || chain.length > MAX_CNAME_CHAIN) {
        return { name: start, addresses: [], chain, outcome: "loop", finalName: current };
      }
      const position = this.byName.find(current);
      const atName = position < 0 ? NONE : this.recordsOfPosition(position);
      let cname;
      const addresses = [];
      let any = false;
      for (const r of atName) {
        if (view !== void 0 && r.zone.view !== view) continue;
        any = true;
        if (r.type === "CNAME") cname ??= r;
        else if (r.type === "A" || r.type === "AAAA") addresses.push(r);
      }
      if (cname) {
        chain.push(cname);
        current = cname.data.target;
        continue;
      }
      let outcome;
      if (addresses.length > 0) outcome = "resolved";
      else if (!this.holdsZoneFor(current, filter)) outcome = "outside";
      else if (this.hasUnreadRecords(current, filter)) outcome = "unread";
      else if (any || this.hasDescendants(current)) outcome = "nodata";
      else outcome = "nxdomain";
      addresses.sort((a, b) => a.type === b.type ? 0 : a.type === "A" ? -1 : 1);
      return { name: start, addresses, chain, outcome, finalName: current };
    }
  }
  /**
   * What `uclint probe` found served (the DNS answers and presented certificates), once the
   * probe has run; undefined in every other run. The `live/*` rules compare it with the files.
   */
  get live() {
    return this.liveView;
  }
  liveView;
  /** Gives the estate the live view, once, before rules run. */
  attachLive(view) {
    if (this.liveView !== void 0) throw new Error("the live view is attached once");
    this.liveView = view;
  }
  /** The product of the deployment: `settings.product`, else the topology's. */
  product() {
    return this.settings.product ?? this.topologies.find((t) => t.product)?.product?.value;
  }
  /**
   * The families of the deployment (`src/estate/families.ts`): `settings.families`, else the
   * family of `settings.product`, else what the files show, with the evidence. Read once.
   */
  families() {
    return estateFamilies(this, this.familiesStatement);
  }
  /**
   * Whether clients enforce strict DNS naming, and who says so: `settings.strictDnsNaming`,
   * else the topology's client policy, else registry policy (`EnableStrictDNSNaming` of
   * Communicator's policy keys, or Windows Messenger 5's `DisableStrictDNSNaming`, as "LCS and Windows Messenger 5 connectivity" describes it).
   * Undefined when nothing says.
   */
  strictDnsNaming() {
    if (this.settings.strictDnsNaming !== void 0) return { value: this.settings.strictDnsNaming, source: "config" };
    for (const topology of this.topologies) {
      const sited = topology.clientPolicy?.strictDnsNaming;
      if (sited) return { value: sited.value, source: "topology", node: sited };
    }
    const enable = this.registry.clientSetting("EnableStrictDNSNaming");
    const enabled = dwordFlag(enable?.value);
    if (enable && enabled !== void 0 && enable.source === "policy") return { value: enabled, source: "registry policy", node: enable.value };
    const disable = this.registry.current(MESSENGER_CLIENT_KEY, "DisableStrictDNSNaming");
    const disabled = dwordFlag(disable);
    if (disable && disabled !== void 0) return { value: !disabled, source: "registry policy", node: disable };
    return void 0;
  }
  /**
   * The SIP domains: `settings.sipDomains` when given, else the topology's, otherwise every
   * domain that carries a `_sip*` SRV record (`_sip`, `_sips`, `_sipinternal`,
   * `_sipinternaltls`, `_sipfederationtls`) in any view. Computed once.
   */
  sipDomains() {
    if (this.sipDomainSet === void 0) {
      const configured = this.configuredSipDomains();
      const found = /* @__PURE__ */ new Set();
      if (configured.length > 0) {
        for (const domain of configured) found.add(canonicalName(domain));
      } else {
        for (const { service, domain } of this.srvServices()) if (service.startsWith("_sip")) found.add(domain);
      }
      this.sipDomainSet = found;
    }
    return this.sipDomainSet;
  }
  sipDomainSet;
  /** True when the SIP domains come from the config or a topology, not from the records found. */
  sipDomainsConfigured() {
    return this.configuredSipDomains().length > 0;
  }
  configuredSipDomains() {
    return this.settings.sipDomains?.length ? this.settings.sipDomains : this.topologies.flatMap((t) => t.sipDomains.map((d) => d.value));
  }
  /**
   * The domains registered in the Microsoft 365 tenant, as far as the estate says: the SIP
   * domains (users sign in with them, so the tenant holds them) and the topologies'
   * `tenantDomains`. Canonical names.
   */
  tenantDomains() {
    const domains = new Set(this.sipDomains());
    for (const topology of this.topologies) for (const domain of topology.tenantDomains) domains.add(canonicalName(domain.value));
    return domains;
  }
  /**
   * The SRV records whose owner has the `_service._proto.domain` shape, in record order,
   * with the owner split. Computed once: several SIP rules walk every SRV record, and
   * sharing the split also shares the domain strings, so set look-ups by them are cheap.
   */
  srvServices() {
    if (this.srvServiceList === void 0) {
      const list = [];
      let previous;
      for (const record of this.records("SRV")) {
        if (previous !== void 0 && previous.record.name === record.name) {
          list.push({ record, service: previous.service, domain: previous.domain });
          continue;
        }
        const owner = splitSrvOwner(record.name);
        if (owner === void 0) continue;
        previous = { record, service: owner.service, domain: owner.domain };
        list.push(previous);
      }
      this.srvServiceList = list;
    }
    return this.srvServiceList;
  }
  srvServiceList;
  /**
   * The certificates a host presents: those whose `usedBy` names it, and those without
   * `usedBy` whose own names (SANs, or the CN of a certificate without SANs) cover it (a committed file says nothing of where it is
   * installed, so its names are the best evidence).
   */
  certificatesFor(host) {
    const name = hostName(host);
    const used = this.certificatesByUser.get(name) ?? [];
    const dot = name.indexOf(".");
    const candidates = /* @__PURE__ */ new Set([...this.unassignedBySan.get(name) ?? [], ...dot > 0 ? this.unassignedBySan.get(`*${name.slice(dot)}`) ?? [] : []]);
    const byNames = [...candidates].filter((c) => sanCovering(c, name) !== void 0).sort((a, b) => this.certificates.indexOf(a) - this.certificates.indexOf(b));
    return [...used, ...byNames];
  }
  /** Every owner name the estate holds, for rules that walk names. */
  *names() {
    for (let position = 0; position < this.byName.size; position++) yield this.byName.nameAt(position);
  }
  /**
   * The owner names that start with one of `prefixes` (each at least one character): what
   * `names()` gives, filtered, without making every name on the way.
   */
  *namesStartingWith(prefixes) {
    const firsts = new Set(prefixes.map((prefix) => prefix.charCodeAt(0)));
    for (let position = 0; position < this.byName.size; position++) {
      const id = this.byName.firstId(position);
      const table = this.tableOf(id);
      const row = this.rowOf(id);
      if (!firsts.has(table.owners.firstCharCode(row))) continue;
      const name = table.name(row);
      if (prefixes.some((prefix) => name.startsWith(prefix))) yield name;
    }
  }
  /** The record with id `id`, as a new record object. */
  recordOfId(id) {
    return this.tableOf(id).record(this.rowOf(id));
  }
  /** The table holding a record id, and the id's row in it. */
  tableOf(id) {
    return this.tables[this.zoneIndexOfId[id]];
  }
  rowOf(id) {
    return id - this.firstIds[this.zoneIndexOfId[id]];
  }
  typeOfId(id) {
    return this.tableOf(id).type(this.rowOf(id));
  }
  zoneOfId(id) {
    return this.zones[this.zoneIndexOfId[id]];
  }
  /** The records at an owner position, in file order. */
  recordsOfPosition(position) {
    const found = [];
    for (let id = this.byName.firstId(position); id >= 0; id = this.byName.nextId(id)) found.push(this.recordOfId(id));
    return found;
  }
  /** True when some owner name lies strictly below `name` (an empty non-terminal exists). */
  hasDescendants(name) {
    if (this.ancestorHashes === void 0) this.ancestorHashes = this.hashAncestors();
    if (this.ancestorHashes !== null) {
      const below = this.ancestorHashes.get(suffixHash(name));
      if (below === void 0) return false;
      const owner = this.byName.nameAt(below);
      if (owner.length > name.length && owner.endsWith(`.${name}`)) return true;
    }
    if (!this.descendantIndex) {
      this.descendantIndex = /* @__PURE__ */ new Set();
      for (const owner of this.names()) {
        for (let p = parentName(owner); p !== void 0 && p !== "."; p = parentName(p)) {
          if (this.descendantIndex.has(p)) break;
          this.descendantIndex.add(p);
        }
      }
    }
    return this.descendantIndex.has(name);
  }
  descendantIndex;
  /**
   * Suffix hash of each name above an owner name -> the position of one owner below it; null
   * when an owner name holds an escape (its labels are found by parentName instead). Making
   * every ancestor's name string for a zone of a million records cost seconds.
   */
  hashAncestors() {
    const hashes = /* @__PURE__ */ new Map();
    for (let position = 0; position < this.byName.size; position++) {
      const id = this.byName.firstId(position);
      const found = this.tableOf(id).owners.ancestorHashes(this.rowOf(id), (hash2) => {
        if (!hashes.has(hash2)) hashes.set(hash2, position);
      });
      if (!found) return null;
    }
    return hashes;
  }
  ancestorHashes;
};

// src/model/nodes.ts
var NODE_KINDS = ["zones", "certificates", "topologies", "registry", "vpnProfiles", "firewallRuleSets", "mediaPolicies", "qosPolicies", "sdpSessions", "privateKeys", "notes"];
function emptyNodes() {
  return { zones: [], certificates: [], topologies: [], registry: [], vpnProfiles: [], firewallRuleSets: [], mediaPolicies: [], qosPolicies: [], sdpSessions: [], privateKeys: [], notes: [] };
}
function addNodes(into, from) {
  for (const kind of NODE_KINDS) {
    const list = from[kind];
    if (list === void 0) continue;
    const target = into[kind];
    for (const node of list) target.push(node);
  }
}
function inFileOrder2(nodes) {
  for (const kind of NODE_KINDS) {
    const list = nodes[kind];
    if (list.length > 1) list.sort((a, b) => compareFiles(fileOf(a), fileOf(b)));
  }
}
function fileOf(node) {
  return "loc" in node ? node.loc.file : node.file;
}
function compareFiles(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/formats/zone/recognise.ts
var ZONE_EXTENSIONS = [".zone", ".db", ".dns"];
var ZONE_DIRECTIVE = /^\$(ORIGIN|TTL)[ \t]/m;
var ZONE_SOA = /^(\S+)?([ \t]+\d+[smhdw]?)?[ \t]+IN([ \t]+\d+[smhdw]?)?[ \t]+SOA[ \t]+\S+[ \t]+\S+/im;
function isZoneText(text2) {
  return ZONE_DIRECTIVE.test(text2) || ZONE_SOA.test(text2);
}
var LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;
function zoneFileNameHints(fileName) {
  const lower = fileName.toLowerCase();
  let guess;
  const dot = lower.lastIndexOf(".");
  const extension = dot > 0 ? lower.slice(dot) : "";
  if (ZONE_EXTENSIONS.includes(extension)) guess = lower.slice(0, -extension.length);
  else if (lower.startsWith("db.")) guess = lower.slice(3);
  if (guess === void 0) return {};
  if (guess.endsWith(".signed")) guess = guess.slice(0, -".signed".length);
  if (guess.endsWith(".")) guess = guess.slice(0, -1);
  const hints = {};
  const lastDot = guess.lastIndexOf(".");
  const lastLabel = guess.slice(lastDot + 1);
  const dash = /[-_]([a-z]+)$/.exec(lastLabel);
  if (lastDot > 0 && DOT_SUFFIX_WORDS.has(lastLabel) && guess.slice(0, lastDot).includes(".")) {
    hints.view = VIEW_WORDS[lastLabel];
    hints.viewSuffix = `.${lastLabel}`;
    guess = guess.slice(0, lastDot);
  } else if (dash && Object.hasOwn(DASH_SUFFIX_WORDS, dash[1]) && dash.index > 0) {
    hints.view = DASH_SUFFIX_WORDS[dash[1]];
    hints.viewSuffix = dash[0];
    guess = guess.slice(0, guess.length - dash[0].length);
  }
  const labels = guess.split(".");
  if (labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1])) hints.origin = guess + ".";
  return hints;
}

// src/formats/zone/origin-guess.ts
var NAME_FINDINGS = /* @__PURE__ */ new Set(["dns/dangling-target", "sip/srv-target", "zone/out-of-zone", "dns/zone-validity"]);
function originGuessNotes(files, findings) {
  const guessed = new Map(files.filter((f) => f.kind === "zone" && f.originSource === "filename" && f.origin !== void 0).map((f) => [f.file, f]));
  if (guessed.size === 0) return [];
  const counts = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.severity === "info" || !guessed.has(finding.file) || !(NAME_FINDINGS.has(finding.ruleId) || NAME_FINDINGS.has(finding.messageId ?? ""))) continue;
    counts.set(finding.file, (counts.get(finding.file) ?? 0) + 1);
  }
  return [...counts].map(([file, count]) => ({
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    severity: "info",
    code: "zone/origin-guessed",
    message: `the origin ${guessed.get(file).origin} of this zone is only a guess from its file name, and ${count} finding${count === 1 ? "" : "s"} on its names follow from it; if the guess is wrong, name the zone in a named.conf or in the config's \`zones\``
  }));
}

// src/formats/zone/index.ts
var zone_default = defineFormat({
  name: "zone",
  title: "DNS zone (RFC 1035 master file)",
  nouns: ["zone file", "zone files"],
  recognise: {
    names: { extensions: [".zone", ".db", ".dns"], prefixes: ["db."], except: [".jnl"] },
    // `*.db` is also the usual name of SQLite and other binary stores, and `db.*` of BIND's
    // binary copies of transferred zones; a `.zone` with binary content is still a zone file,
    // and its loader says what is wrong with it.
    refuseBinary: (name) => name.endsWith(".zone") ? false : name.startsWith("db.") ? { note: "named like a zone file but binary (a secondary zone in BIND's raw format?); not read" } : {},
    content: (head) => isZoneText(head.text),
    order: 10,
    configZones: true,
    nameHints: zoneFileNameHints
  },
  input: "text",
  comments: { files: "zone files (and files they `$INCLUDE`)", is: "`;` outside a quoted string, to the end of the line", isNot: '`;` inside `"..."`, as in a TXT record' },
  utf16Refused: "name servers read zone files as ASCII or UTF-8 and would not load it",
  diagnostics: {
    severity: "error",
    description: "A zone file could not be read at this line and column",
    help: "Bad syntax, a value out of range, an `$INCLUDE` that leaves the lint root, too deep or circular, a `$GENERATE` over its cap, a zone over its bounds (line length, records, `$INCLUDE` files and text read). The message says which; the record is skipped and reading goes on at the next line.",
    docSeverity: "error (some warnings)",
    doc: "a zone file could not be read at this line and column: bad syntax, a value out of range, an `$INCLUDE` that leaves the lint root or names a file in a directory the walk skips (`.git`, `node_modules`, `dist`, an ignored one), too deep or circular, a `$GENERATE` over its cap, a zone over its bounds (`zone/line-too-long`, `zone/too-many-records`, `zone/too-many-includes`, `zone/includes-too-large`). Every bound: [formats.md](formats.md#bounds). The message says which; the record is skipped and reading goes on at the next line. The `messageId` in JSON output is the stable code (e.g. `zone/bad-ttl`). Said once per file rather than at every line: a template (`zone/template-placeholder`, info), a relative name with no origin (the others counted), a server's own type such as PowerDNS's LUA (`zone/server-specific-type`, warning); a file an `$INCLUDE` names and the repository does not hold is `zone/include-missing` (warning); a zone whose origin is only a guess from its name, when its names then fail, has a `zone/origin-guessed` note (info)."
  },
  async load(files, context) {
    const { loadZones } = await import("./load-RQKKAN4C.js");
    return loadZones(files, context);
  },
  afterRules: (files, findings) => originGuessNotes(files, findings)
});

// src/core/text.ts
function decodeText(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    return { text: bytes.subarray(2).toString("utf16le"), encoding: "utf16le", byteOrderMark: true };
  }
  if (isUtf16leWithoutMark(bytes)) return { text: bytes.toString("utf16le"), encoding: "utf16le", byteOrderMark: false };
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    const pairs = bytes.subarray(2, 2 + (bytes.length - 2 & ~1));
    return { text: Buffer.from(pairs).swap16().toString("utf16le"), encoding: "utf16be", byteOrderMark: true };
  }
  return { text: bytes.toString("utf8"), encoding: "utf8", byteOrderMark: false };
}
function isUtf16leWithoutMark(bytes) {
  return bytes.length >= 4 && bytes[0] !== 0 && bytes[0] < 128 && bytes[1] === 0 && bytes[2] !== 0 && bytes[2] < 128 && bytes[3] === 0;
}
function headText(head) {
  const { text: text2 } = decodeText(head);
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}
function looksBinary(head) {
  return decodeText(head).encoding === "utf8" && head.includes(0);
}

// src/formats/registry/index.ts
var REGISTRY_HEADER = /^(Windows Registry Editor Version 5\.00|REGEDIT4)\s*$/m;
var registry_default = defineFormat({
  name: "registry",
  title: "Windows registry export",
  nouns: ["registry export", "registry exports"],
  recognise: {
    names: { extensions: [".reg"] },
    content: (head) => REGISTRY_HEADER.test(head.text.slice(0, 200)),
    order: 20
  },
  // UTF-16LE as regedit writes it, or ANSI: the loader decodes the bytes as regedit does.
  input: "bytes",
  comments: { files: "`.reg` exports", is: "a line whose first character (after blanks) is `;`", isNot: "`;` inside a string value, or after a value" },
  diagnostics: {
    severity: "error",
    description: "A Windows registry export (.reg) could not be read at this line and column",
    help: "A missing or unknown header, a key path without a known hive, a value before any key header, or a value regedit would refuse: an unterminated string, a `dword:` that is not at most 8 hexadecimal digits, a bad `hex` byte, an odd byte count for UTF-16 text in `hex(2)`/`hex(7)`, a `hex(b)` that is not 8 bytes; or a bound exceeded. The message says which; the line is skipped and reading goes on at the next one.",
    docSeverity: "error (warnings listed)",
    doc: "a Windows registry export ([formats.md](formats.md#windows-registry-exports-reg)) could not be read at this line and column; the line (with its continuation lines) is skipped and reading goes on. Codes: `registry/missing-header`, `registry/unknown-header`, `registry/bad-encoding`, `registry/bad-key`, `registry/unknown-hive`, `registry/value-without-key`, `registry/bad-line`, `registry/bad-value`, `registry/unterminated-string`, `registry/bad-dword`, `registry/bad-hex`, `registry/bad-type`, `registry/bad-utf16`, `registry/bad-qword`, `registry/unterminated-continuation`, and the bounds `registry/file-too-large`, `registry/line-too-long`, `registry/value-too-large`, `registry/too-many-values`."
  },
  async load(files, context) {
    const { parseRegistryFile } = await import("./loader-CJIEZXC3.js");
    return eachFile(files, context, (file, bytes) => {
      const parsed = parseRegistryFile(bytes, file.file, void 0, context.comments);
      return { nodes: { registry: [parsed.registry], privateKeys: privateKeysInText(decodeText(bytes).text, file.file) }, diagnostics: parsed.diagnostics };
    });
  }
});

// src/formats/registry-pol/index.ts
var SIGNATURE = [80, 82, 101, 103];
var registry_pol_default = defineFormat({
  name: "registry-pol",
  title: "Group Policy registry file (Registry.pol)",
  nouns: ["Group Policy registry file", "Group Policy registry files"],
  recognise: {
    names: { exact: ["registry.pol"] },
    // Another `.pol` (a copy kept under another name) is one when it starts with the signature.
    candidates: { extensions: [".pol"] },
    confirm: (head) => SIGNATURE.every((byte, i) => head.bytes[i] === byte),
    order: 20
  },
  input: "bytes",
  comments: "none",
  diagnostics: {
    severity: "error",
    description: "A Group Policy registry file (Registry.pol) could not be read at this entry",
    help: "A signature other than `PReg`, a version other than 1, an entry that does not have the `[key;value;type;size;data]` shape, a size beyond the end of the file, a string that is not whole UTF-16, or a bound exceeded. The message names the entry by its number and gives its byte offset; the line and column are the byte's, as an editor reading the file byte by byte counts them.",
    docSeverity: "error (warnings listed)",
    doc: "a Group Policy registry file ([formats.md](formats.md#group-policy-registry-files-registrypol)) could not be read; the message names the entry by its number and gives the byte offset (the line and column are those of that byte, as an editor reading the file byte by byte counts them). Codes: `registry-pol/truncated`, `registry-pol/bad-signature`, `registry-pol/bad-version`, `registry-pol/bad-entry`, `registry-pol/size-beyond-file`, `registry-pol/bad-data` (a warning: a DWORD or QWORD of the wrong size, text of an odd number of bytes), and the bounds `registry-pol/file-too-large`, `registry-pol/too-many-entries`, `registry-pol/string-too-long`, `registry-pol/data-too-large`. Reading stops at an entry that does not have the shape (what follows cannot be found again); the entries before it are kept."
  },
  async load(files, context) {
    const { readRegistryPolicyFile } = await import("./loader-OARL4J2T.js");
    return eachFile(files, context, (file, bytes) => readRegistryPolicyFile(bytes, file.file));
  }
});

// src/formats/certificate/index.ts
var PEM_CERTIFICATE = /-----BEGIN (X509 CERTIFICATE|CERTIFICATE|PKCS7|PKCS #7 SIGNED DATA|CMS|TRUSTED CERTIFICATE)-----/;
var certificate_default = defineFormat({
  name: "certificate",
  title: "certificate",
  nouns: ["certificate file", "certificate files"],
  recognise: {
    names: { extensions: [".pem", ".crt", ".cer", ".der", ".pfx", ".p12", ".p7b"] },
    // Only blocks that hold DER make a certificate file: a `.txt` or device configuration with
    // `-----BEGIN CERTIFICATE-----` around a placeholder is not one.
    content: (head) => PEM_CERTIFICATE.test(head.text) && pemBlocks(splitLines(head.text)).some((block) => certificateBlockHoldsDer(block, head.cut)),
    order: 30
  },
  input: "bytes",
  comments: "none",
  diagnostics: {
    severity: "error",
    description: "A certificate file, or part of it, could not be read",
    help: "A broken PEM block (the other blocks are still read), malformed or too deeply nested DER, a PKCS#12 password that is missing or wrong (the message names the environment variable, never the password), or a bound exceeded. The message says which; the code is in the finding's `messageId`.",
    docSeverity: "error (warnings and infos listed)",
    doc: "a certificate file (PEM, DER, PKCS#7, PKCS#12) could not be read, or part of it: a broken PEM block at its line (the other blocks are still read), malformed or too deeply nested DER, a PKCS#12 password that is missing or wrong (the message names the environment variable, never the password), a bound exceeded (size, certificates a file, nesting, PKCS#12 iterations). Codes and bounds: [formats.md](formats.md#certificate-files)."
  },
  async load(files, context) {
    const { parseCertificateFile, Pkcs12Budget } = await import("./loader-WVYCVGZN.js");
    const pkcs12Budget = new Pkcs12Budget();
    return eachFile(files, context, (file, bytes) => {
      const { password, variable } = context.passwordFor(file.file);
      const parsed = parseCertificateFile(bytes, { file: file.file, password, passwordVariable: variable, pkcs12Budget });
      return { nodes: { certificates: parsed.certificates, privateKeys: parsed.privateKeys }, diagnostics: parsed.diagnostics };
    });
  }
});

// src/formats/private-key/index.ts
var private_key_default = defineFormat({
  name: "private-key",
  title: "private key",
  nouns: ["private key file", "private key files"],
  recognise: {
    // `*.key` is a private key, or BIND's public DNSKEY record (`K<zone>+<alg>+<id>.key`) or a TSIG
    // key statement: the content decides. `K*.private` is BIND's DNSSEC private key.
    candidates: { extensions: [".key", ".private"] },
    confirm: (head) => derPrivateKey(head.bytes) !== void 0 || isDnssecPrivateKeyText(head.text) || privateKeysInText(head.text, head.fileName).length > 0,
    content: (head) => privateKeysInText(head.text, head.fileName).length > 0,
    order: 40
  },
  input: "bytes",
  comments: "none",
  async load(files, context) {
    const { parsePrivateKeyFile } = await import("./private-keys-3SOYQG7A.js");
    return eachFile(files, context, (file, bytes) => ({ nodes: { privateKeys: parsePrivateKeyFile(bytes, file.file) } }));
  }
});

// src/formats/wireguard/index.ts
var WIREGUARD_INTERFACE = /^[ \t]*\[Interface\][ \t]*$/m;
var WIREGUARD_PEER = /^[ \t]*\[Peer\][ \t]*$/m;
var WIREGUARD_KEY = /^[ \t]*(PrivateKey|PublicKey|AllowedIPs|ListenPort)[ \t]*=/im;
function isWireguardText(text2) {
  const sections = [WIREGUARD_INTERFACE, WIREGUARD_PEER].filter((section) => section.test(text2)).length;
  return sections === 2 || sections === 1 && WIREGUARD_KEY.test(text2);
}
var wireguard_default = defineFormat({
  name: "wireguard",
  title: "WireGuard config",
  nouns: ["WireGuard config", "WireGuard configs"],
  recognise: {
    candidates: { extensions: [".conf"] },
    confirm: (head) => isWireguardText(head.text),
    order: 45
  },
  input: "text",
  comments: { files: "WireGuard", is: "`#` wherever it is, to the end of the line (as wg-quick reads it)", isNot: "`;`" },
  diagnostics: {
    severity: "error",
    description: "A WireGuard config could not be read at this line and column",
    help: "A key outside `[Interface]` or `[Peer]`, a section header that is malformed or unknown, a line without `=`, an empty item between commas, an address that is not one (a network with host bits set names the network meant), an `Endpoint` that is not `host:port`; or a bound exceeded. The line or value is skipped and reading goes on. Messages never quote a key.",
    docSeverity: "error",
    doc: "a WireGuard config ([formats.md](formats.md#wireguard-configs)) could not be read at this line and column; the line or value is skipped and reading goes on. Codes: `wireguard/outside-section`, `wireguard/bad-section`, `wireguard/unknown-section`, `wireguard/missing-equals`, `wireguard/empty-value`, `wireguard/bad-address` (a network with host bits set names the network meant), `wireguard/bad-endpoint`, and the bounds `wireguard/file-too-large`, `wireguard/line-too-long`, `wireguard/too-many-entries`. Messages never quote a key."
  },
  async load(files, context) {
    const { parseWireguardFile } = await import("./loader-GRDMK74R.js");
    return eachFile(files, context, (file, { text: text2 }) => {
      const parsed = parseWireguardFile(text2, file.file, void 0, context.comments);
      return { nodes: { vpnProfiles: parsed.profile ? [parsed.profile] : [] }, diagnostics: parsed.diagnostics };
    });
  }
});

// src/formats/openvpn/index.ts
var OPENVPN_DIRECTIVES = [/^[ \t]*client[ \t]*$/m, /^[ \t]*remote[ \t]+\S/m, /^[ \t]*dev[ \t]+(tun|tap)\d*\b/m, /^[ \t]*server(-ipv6)?[ \t]+[0-9a-f:.]+[ \t/]/im];
var openvpn_default = defineFormat({
  name: "openvpn",
  title: "OpenVPN config",
  nouns: ["OpenVPN config", "OpenVPN configs"],
  recognise: {
    names: { extensions: [".ovpn"] },
    candidates: { extensions: [".conf"] },
    confirm: (head) => OPENVPN_DIRECTIVES.filter((directive) => directive.test(head.text)).length >= 2,
    order: 46
  },
  input: "text",
  comments: {
    files: "OpenVPN",
    is: "`#` or `;` where a word would start, outside quotes",
    isNot: "`#` or `;` inside quotes or a word, any line of an inline block (`<tls-auth>`, ...)"
  },
  diagnostics: {
    severity: "error",
    description: "An OpenVPN config could not be read at this line and column",
    help: "An unterminated quote, a directive missing an argument, an address that is not one (a network with host bits set names the network meant), a netmask that is not a contiguous dotted quad, a port out of range, a route to a host name (a warning: it is not counted), an inline block that is never closed (the rest of the file is not read) or a closing tag with nothing open; or a bound exceeded. Inline blocks are never quoted.",
    docSeverity: "error (a warning listed)",
    doc: "an OpenVPN config ([formats.md](formats.md#openvpn-configs)) could not be read at this line and column; the directive is skipped and reading goes on. Codes: `openvpn/unterminated-quote`, `openvpn/missing-argument`, `openvpn/bad-address` (a network with host bits set names the network meant), `openvpn/bad-netmask` (not a dotted quad, or not contiguous), `openvpn/bad-port`, `openvpn/route-by-name` (warning: a route to a host name is not counted), `openvpn/unclosed-block` (the rest of the file is not read), `openvpn/unexpected-close`, and the bounds `openvpn/file-too-large`, `openvpn/line-too-long`, `openvpn/too-many-entries`. Inline blocks are never quoted."
  },
  async load(files, context) {
    const { parseOpenvpnFile } = await import("./loader-JTYGX7NT.js");
    return eachFile(files, context, (file, { text: text2 }) => {
      const parsed = parseOpenvpnFile(text2, file.file, void 0, context.comments);
      return { nodes: { vpnProfiles: parsed.profile ? [parsed.profile] : [] }, diagnostics: parsed.diagnostics };
    });
  }
});

// src/formats/vpn-profile-xml/index.ts
var vpn_profile_xml_default = defineFormat({
  name: "vpn-profile-xml",
  title: "Always On VPN ProfileXML",
  nouns: ["Always On VPN profile", "Always On VPN profiles"],
  recognise: {
    candidates: { extensions: [".xml", ".syncml"] },
    confirm: (head) => !head.binary && looksLikeVpnProfileXml(head.text),
    order: 47
  },
  input: "text",
  comments: { files: "Always On VPN ProfileXML and VPNv2 SyncML", is: "`<!-- ... -->` outside the escaped ProfileXML", isNot: "a comment escaped inside a SyncML `<Data>` (`&lt;!-- ... --&gt;`), which is data" },
  diagnostics: {
    severity: "error",
    description: "An Always On VPN profile could not be read at this line and column",
    help: "The XML is not well-formed (`xml-syntax`, or a bound: `xml-too-large`, `xml-too-deep`, `xml-too-many-elements`, `xml-too-many-attributes`; a DOCTYPE declaring entities is refused: `xml-doctype-entity`), a value Windows would refuse (a `PrefixSize` over 32 on IPv4 or 128 on IPv6, an `Address` that is not an address, a network with host bits set, a `RoutingPolicyType` other than SplitTunnel or ForceTunnel, a boolean other than true or false), a route without its `Address` or `PrefixSize`, or a SyncML `ProfileXML` node that holds no `<VPNProfile>`. The route or value is left out and reading goes on.",
    docSeverity: "error",
    doc: "an Always On VPN profile ([formats.md](formats.md#always-on-vpn-profilexml)) could not be read at this line and column; the route or value is left out and reading goes on. Codes: `vpn-profile-xml/xml-syntax` and the XML bounds `vpn-profile-xml/xml-too-large`, `vpn-profile-xml/xml-too-deep`, `vpn-profile-xml/xml-too-many-elements`, `vpn-profile-xml/xml-too-many-attributes`, `vpn-profile-xml/xml-doctype-entity`; values `vpn-profile-xml/bad-prefix`, `vpn-profile-xml/bad-address` (a network with host bits set names the network meant), `vpn-profile-xml/bad-value`, `vpn-profile-xml/missing-value`, `vpn-profile-xml/not-a-profile`."
  },
  async load(files, context) {
    const { loadProfileXml } = await import("./load-CNS5RPTE.js");
    return loadProfileXml(files, context);
  }
});

// src/formats/topology-builder/recognise.ts
var TOPOLOGY_ROOTS = [
  ["TopologyBuilder", "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008"],
  ["PartialTopology", "urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008"],
  ["Topology", "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"]
];
var DOC_ITEM_SET_NAMESPACE = "urn:schema:Microsoft.Rtc.Management.";
function documentElement(text2) {
  let i = text2.charCodeAt(0) === 65279 ? 1 : 0;
  for (; ; ) {
    while (i < text2.length && /\s/.test(text2[i])) i++;
    if (text2.startsWith("<?", i)) i = skipPast(text2, "?>", i);
    else if (text2.startsWith("<!--", i)) i = skipPast(text2, "-->", i);
    else if (text2.startsWith("<!", i)) i = skipPast(text2, ">", i);
    else break;
    if (i < 0) return void 0;
  }
  if (text2[i] !== "<") return void 0;
  const nameEnd = text2.slice(i + 1).search(/[\s/>]/);
  if (nameEnd <= 0) return void 0;
  const name = text2.slice(i + 1, i + 1 + nameEnd);
  const tagEnd = text2.indexOf(">", i);
  const tag = text2.slice(i + 1 + nameEnd, tagEnd < 0 ? void 0 : tagEnd);
  const xmlns = /(?:^|\s)xmlns\s*=\s*(["'])([^"']*)\1/.exec(tag)?.[2];
  return xmlns === void 0 ? { name } : { name, xmlns };
}
function skipPast(text2, end, from) {
  const at2 = text2.indexOf(end, from);
  return at2 < 0 ? -1 : at2 + end.length;
}
function isTopologyXml(head) {
  if (head.binary) return false;
  const root = documentElement(head.text);
  if (!root) return false;
  const local = root.name.slice(root.name.indexOf(":") + 1);
  if (TOPOLOGY_ROOTS.some(([name, uri]) => name === local && uri === root.xmlns)) return true;
  return local === "DocItemSet" && (root.xmlns ?? "").startsWith(DOC_ITEM_SET_NAMESPACE);
}
function isConfigurationArchive(head) {
  const bytes = head.bytes;
  if (bytes.length < 4 || bytes[0] !== 80 || bytes[1] !== 75 || bytes[2] !== 3 || bytes[3] !== 4) return false;
  return bytes.toString("latin1").toLowerCase().includes("docitemset.xml");
}

// src/formats/topology-builder/index.ts
var topology_builder_default = defineFormat({
  name: "topology-builder",
  title: "Topology Builder XML (Lync / Skype for Business)",
  nouns: ["Topology Builder document", "Topology Builder documents"],
  recognise: {
    names: { extensions: [".tbxml"] },
    candidates: { extensions: [".xml", ".zip"] },
    confirm: (head) => isTopologyXml(head) || isConfigurationArchive(head),
    order: 48
  },
  // XML decoded by its byte-order mark or declaration, and ZIP archives: the loader takes the bytes.
  input: "bytes",
  // Topology Builder drops comments when it saves; suppressions go in the config (`rules`, `ignore`).
  comments: "none",
  diagnostics: {
    severity: "error",
    description: "A Topology Builder document (or configuration export) could not be read at this line and column",
    help: "The XML is not well-formed (the message says where), breaks a bound (size, nesting, elements, attributes), declares entities (refused), or a value is not what its attribute holds (an FQDN, an IP address, a port: a warning, and the value is left out); an `Export-CsConfiguration` archive that is not a readable ZIP, or whose `DocItemSet.xml` is over a bound, is reported on the archive. A file that holds no topology is said once (info).",
    docSeverity: "error (warnings and an info listed)",
    doc: "a Topology Builder document, published topology or `Export-CsConfiguration` archive ([formats.md](formats.md#topology-builder-xml-lync--skype-for-business)) could not be read at this line and column. Codes: `topology-builder/xml-syntax` (what was read before the fault is kept), `topology-builder/xml-doctype-entity` (not read), the bounds `topology-builder/xml-too-large`, `topology-builder/xml-too-deep`, `topology-builder/xml-too-many-elements`, `topology-builder/xml-too-many-attributes`; warnings `topology-builder/bad-fqdn`, `topology-builder/bad-address`, `topology-builder/bad-port`, `topology-builder/bad-url` (the value is left out); the archive's `topology-builder/zip-syntax`, `topology-builder/zip-too-large`, `topology-builder/zip-too-many-entries`, `topology-builder/zip-ratio`, `topology-builder/zip-encrypted`, `topology-builder/zip-unsupported` (at line 1 of the archive); info `topology-builder/no-topology` (a file of the shape that holds none, such as an `Export-CsUserData` backup)."
  },
  async load(files, context) {
    const { loadTopologyBuilder } = await import("./load-ZPY6IXJK.js");
    return loadTopologyBuilder(files, context);
  }
});

// src/formats/named-conf/index.ts
var named_conf_default = defineFormat({
  name: "named-conf",
  title: "BIND configuration",
  nouns: ["BIND configuration", "BIND configurations"],
  recognise: {
    names: { test: isNamedConfName },
    candidates: { extensions: [".conf"] },
    confirm: (head) => looksLikeNamedConf(head.text),
    content: (head) => looksLikeNamedConf(head.text),
    order: 50
  },
  input: "text",
  stage: "context",
  utf16Refused: "BIND reads its configuration as ASCII or UTF-8 and would not load it",
  comments: { files: "BIND configurations (and files they `include`)", is: "`#`, `//` to the end of the line, or `/* ... */`, outside a quoted string", isNot: 'the same characters inside `"..."`' },
  diagnostics: {
    severity: "error",
    description: "A BIND configuration could not be read at this line and column",
    help: "A missing `;`, a `}` without its `{`, a `{` never closed, a stray `;`, a string or comment never closed, a zone name that is not a domain name, or an `include` that could not be read; reported where named-checkconf reports it, and reading goes on. Templates and files the repository does not hold are notes (info).",
    docSeverity: "error (infos listed)",
    doc: "a BIND configuration ([formats.md](formats.md#dns-zone-files)) could not be read at this line and column, as named-checkconf would report it: `named-conf/missing-semicolon`, `named-conf/unbalanced-braces`, `named-conf/syntax` (a stray `;`, an `include` without one file name), `named-conf/unterminated-string`, `named-conf/unterminated-comment`, `named-conf/bad-zone-name`, the bounds `named-conf/too-deep`, `named-conf/include-depth`, `named-conf/too-many-includes`, `named-conf/includes-too-large`, and `named-conf/include-failed`, `named-conf/include-cycle`; infos: `named-conf/include-missing` (a file the repository does not hold, such as `rndc.key`), `named-conf/template` (a template, or zone statements with placeholders, not used). Reading goes on after each."
  },
  async load(files, context) {
    const { loadNamedConfs } = await import("./load-7MVN73LZ.js");
    return loadNamedConfs(files, context);
  }
});

// src/formats/batch/index.ts
var batch_default = defineFormat({
  name: "batch",
  title: "Windows batch file",
  nouns: ["batch file", "batch files"],
  recognise: {
    names: { extensions: [".cmd", ".bat"] },
    order: 60
  },
  input: "text",
  comments: { files: "batch files (`.cmd`, `.bat`)", is: "a `REM` command or a line starting with `::`, to the end of the line", isNot: "`REM` or `::` inside a quoted argument" },
  diagnostics: {
    severity: "error",
    description: "A batch file that runs a command uclint reads could not be read at this line and column",
    help: "A syntax error (`batch/syntax`), a bound exceeded (`batch/too-large`, `batch/loop-bound`), or a value netsh would refuse (`batch/invalid-firewall-value`). Reported only for files that name a command uclint reads (`dnscmd`, `netsh advfirewall`) or a registry key whose values rules judge (Communicator, Lync, Windows Messenger, `Control\\Lsa`). `batch/registry-value` (a warning): data `reg add` refuses, for a judged key.",
    docSeverity: "error",
    doc: 'a batch file that names a command uclint reads ([formats.md](formats.md#powershell-scripts-and-batch-files)) could not be read at this line and column: `batch/syntax`, a bound (`batch/too-large`, `batch/loop-bound`), or a value netsh would refuse (`batch/invalid-firewall-value`: a bad protocol, port `70000`, an unknown direction), at the value; `batch/registry-value` (a warning) for data `reg add` refuses, for a key rules judge. Values that cannot be known without running the file (`%1`, variables it does not set, `for /f` over a file) are "not checked" notes, once per file and expression.'
  },
  async load(files, context) {
    const { loadBatch } = await import("./load-M6Q3GLOB.js");
    return loadBatch(files, context);
  }
});

// src/formats/manifest/index.ts
var MANIFEST_API_VERSION = /^apiVersion:[ \t]*(["']?)uclint\/v1\1[ \t]*(#.*)?$/m;
var MANIFEST_KIND = /^kind:[ \t]*\S/m;
var manifest_default = defineFormat({
  name: "manifest",
  title: "uclint manifest",
  nouns: ["uclint manifest", "uclint manifests"],
  recognise: {
    candidates: { extensions: [".yml", ".yaml"] },
    confirm: (head) => MANIFEST_API_VERSION.test(head.text) && MANIFEST_KIND.test(head.text),
    order: 60
  },
  input: "text",
  comments: {
    files: "YAML manifests",
    is: "`#` at the start of a line or after a blank, outside every scalar",
    isNot: '`#` inside a quoted, block or plain scalar (`"a # b"`, a `\\|` block\'s lines, `a#b`)'
  },
  diagnostics: {
    severity: "error",
    description: "A uclint manifest could not be read at this line and column",
    help: "The manifest is not valid YAML or exceeds a bound (alias expansion, nesting depth, size); a document lacks `apiVersion: uclint/v1` or a known `kind`; a key is unknown (the message names the nearest valid one); or a value is of the wrong type or not valid for its field (a date that does not exist, a SAN that is neither a host name nor an address, an unknown extended key usage, a duplicate name).",
    docSeverity: "error",
    doc: "a uclint manifest ([formats.md](formats.md#manifests-apiversion-uclintv1)) could not be read at this line and column. Codes: YAML problems `manifest/yaml-syntax`, `manifest/yaml-duplicate-key`, `manifest/yaml-unknown-alias`, `manifest/yaml-alias-limit`, `manifest/yaml-too-deep`, `manifest/yaml-too-large`, `manifest/yaml-unknown-tag`, `manifest/yaml-bad-value`; the envelope `manifest/not-a-mapping`, `manifest/api-version`, `manifest/unknown-kind`; the schema `manifest/unknown-key`, `manifest/missing-key`, `manifest/invalid-type`, `manifest/invalid-value`; values `manifest/invalid-date`, `manifest/date-order`, `manifest/invalid-subject`, `manifest/invalid-san`, `manifest/unknown-eku`, `manifest/invalid-key`, `manifest/invalid-host`, `manifest/invalid-file`, `manifest/duplicate-name`, `manifest/invalid-address`, `manifest/invalid-port`, `manifest/invalid-url`, `manifest/invalid-interface`. Unknown keys, kinds and names come with the nearest valid one."
  },
  async load(files, context) {
    const { parseManifestFile } = await import("./loader-EMWMT7LZ.js");
    return eachFile(files, context, (file, { text: text2 }) => {
      const parsed = parseManifestFile(text2, file.file, context.comments);
      return {
        nodes: {
          certificates: parsed.certificates,
          topologies: parsed.topologies,
          vpnProfiles: parsed.vpnProfiles,
          firewallRuleSets: parsed.firewallRuleSets,
          mediaPolicies: parsed.mediaPolicies
        },
        diagnostics: parsed.diagnostics,
        unsupported: parsed.otherDocuments.map((document) => ({ loc: document.loc, message: `kind: ${document.kind} manifests are recognised but not checked by this version of uclint` }))
      };
    });
  }
});

// src/formats/powershell/index.ts
var powershell_default = defineFormat({
  name: "powershell",
  title: "PowerShell script",
  nouns: ["PowerShell script", "PowerShell scripts"],
  recognise: {
    names: { extensions: [".ps1", ".psm1"] },
    order: 60
  },
  input: "text",
  comments: { files: "PowerShell scripts (`.ps1`, `.psm1`)", is: "`#` to the end of the line, and `<# ... #>`, outside strings", isNot: "`#` inside a string or a word (`a#b`), and in a here-string" },
  diagnostics: {
    severity: "error",
    description: "A PowerShell script that runs a command uclint reads could not be read at this line and column",
    help: "A syntax error (`powershell/syntax`), or a bound of the static reader exceeded (text, nesting, loop iterations, string and list sizes, work). A value a firewall, QoS or media cmdlet would refuse (`powershell/invalid-firewall-value`, `powershell/invalid-media-value`). Reported only for scripts that name a command uclint reads (`Add-DnsServer*`, `dnscmd`, the NetFirewall cmdlets, `netsh advfirewall`, `New-NetQosPolicy`, the Teams / Skype for Business media cmdlets, `*-CsOnlinePSTNGateway`, `New-CsSimpleUrl`, ProfileXML) or a registry key whose values rules judge (Communicator, Lync, Windows Messenger, `Control\\Lsa`); reading goes on after the statement. `powershell/registry-value` (a warning): data a registry writer refuses, for a judged key.",
    docSeverity: "error",
    doc: 'a PowerShell script that names a command uclint reads ([formats.md](formats.md#powershell-scripts-and-batch-files)) could not be read at this line and column: `powershell/syntax`, or a bound of the static reader (`powershell/too-large`, `powershell/too-deep`, `powershell/loop-bound`, `powershell/string-bound`, `powershell/value-bound`, `powershell/evaluation-bound`), or `powershell/duplicate-key`, or a value a firewall, QoS or media cmdlet would refuse (`powershell/invalid-firewall-value`, `powershell/invalid-media-value`: a bad protocol, port `70000`, an unknown direction), at the value; `powershell/registry-value` (a warning) for registry data its writer refuses (`reg add /t REG_DWORD /d ten`, `-PropertyType REG_DWORD`), for a key rules judge. Reading goes on after the statement. Values that cannot be known without running the script are "not checked" notes, once per file and expression.'
  },
  async load(files, context) {
    const { loadPowerShell } = await import("./load-4Z6ERR76.js");
    return loadPowerShell(files, context);
  }
});

// src/formats/cisco-asa/index.ts
var cisco_asa_default = defineFormat({
  name: "cisco-asa",
  title: "Cisco ASA configuration",
  nouns: ["Cisco ASA configuration", "Cisco ASA configurations"],
  recognise: {
    candidates: { extensions: [".yml", ".yaml", ".conf"] },
    confirm: (head) => !head.binary && (isYamlName(head.fileName) ? looksLikeAnsibleAsa(head.text) : looksLikeAsaConfig(head.text)),
    content: (head) => looksLikeAsaConfig(head.text),
    // After uclint's manifests (whose YAML names its own kind), before octoDNS zones.
    order: 65
  },
  input: "text",
  comments: {
    files: "Cisco ASA configurations, and Ansible YAML holding ASA lines",
    is: "in a configuration, a line whose first word starts with `!`; in YAML, `#` at the start of a line or after a blank, outside every scalar",
    isNot: "`!` after the first word of a line; `#` inside a YAML scalar (an ASA line in a list)"
  },
  diagnostics: {
    severity: "error",
    description: "A Cisco ASA configuration could not be read at this line and column",
    help: "A quoted word without its closing quote or a banner without its closing delimiter (`syntax`), a bound exceeded (`too-large`, `line-too-long`, `too-many-commands`, `too-deep`), an address the ASA refuses (a network with host bits set names the network meant: `bad-address`), a split tunnel policy other than tunnelall, tunnelspecified or excludespecified (`bad-value`), or YAML that does not parse (`yaml-*`). The line is skipped and reading goes on.",
    docSeverity: "error",
    doc: 'a Cisco ASA configuration ([formats.md](formats.md#cisco-asa-configurations)) could not be read at this line and column; the line is skipped and reading goes on. Codes: `cisco-asa/syntax`, the bounds `cisco-asa/too-large`, `cisco-asa/line-too-long`, `cisco-asa/too-many-commands`, `cisco-asa/too-deep`, values `cisco-asa/bad-address` (a network with host bits set names the network meant), `cisco-asa/bad-value`, and for Ansible YAML `cisco-asa/yaml-syntax`, `cisco-asa/yaml-duplicate-key`, `cisco-asa/yaml-unknown-alias`, `cisco-asa/yaml-alias-limit`, `cisco-asa/yaml-too-deep`, `cisco-asa/yaml-too-large`, `cisco-asa/yaml-unknown-tag`, `cisco-asa/yaml-bad-value`. What is known only on the device or when the play runs (a split tunnel policy left to `DfltGrpPolicy` in a fragment, an access list the file does not define, a name resolved by the ASA, a Jinja expression) is a "not checked" note.'
  },
  async load(files, context) {
    const { loadCiscoAsa } = await import("./load-MUQXGOEU.js");
    return loadCiscoAsa(files, context);
  }
});

// src/formats/arm/index.ts
var arm_default = defineFormat({
  name: "arm",
  title: "ARM template",
  nouns: ["ARM template", "ARM templates"],
  recognise: {
    // Other JSON is not claimed: a `.json` file is an ARM template or parameter file only by its top-level object.
    candidates: { extensions: [".json"] },
    confirm: (head) => armJsonKind(head.text) !== void 0,
    order: 70
  },
  input: "text",
  comments: {
    files: "ARM templates and parameter files",
    is: "`//` to the end of the line and `/* */`, outside strings (ARM accepts both)",
    isNot: "`//` or `/*` inside a JSON string, as in a URL"
  },
  diagnostics: {
    severity: "warning",
    description: "An ARM template could not be read, or a value in it could not be evaluated, at this line and column",
    help: "The JSON does not parse, an expression in `[...]` does not parse or names a parameter or variable the template does not declare, a resource name has more or fewer segments than its type, a parameter file or linked template cannot be read, or a bound was reached. What can be read is read.",
    docSeverity: "warning (some errors)",
    doc: 'an ARM template ([formats.md](formats.md#arm-templates-and-bicep)) could not be read or evaluated here: `arm/syntax`, `arm/expression`, `arm/reference` (a parameter or variable not declared), `arm/name-segments` (a name whose segments do not fit its type, as ARM refuses), `arm/resource`, `arm/parameter-file`, `arm/linked-template`, `arm/cycle`, and the bounds (`arm/too-large`, `arm/nesting`, `arm/loop-bound`, `arm/deployment-depth`, `arm/evaluation-bound`, `arm/string-bound`, `arm/list-bound`, `arm/reference-depth`). A value that cannot be known without deploying (a parameter with no value, `reference()`, `resourceId()`) is a "not checked" note instead. `arm/security-rule` (a warning): a security rule of a network security group or security group that the platform refuses, at the value ([formats.md](formats.md#network-security-groups-and-security-groups)); the rule is left out.'
  },
  async load(files, context) {
    const { loadArm } = await import("./load-XGH53AC2.js");
    return loadArm(files, context);
  }
});

// src/formats/bicep/index.ts
var bicep_default = defineFormat({
  name: "bicep",
  title: "Bicep file",
  nouns: ["Bicep file", "Bicep files"],
  recognise: {
    names: { extensions: [".bicep", ".bicepparam"] },
    order: 70
  },
  input: "text",
  comments: {
    files: "Bicep files and `.bicepparam` files",
    is: "`//` to the end of the line and `/* */`, outside strings",
    isNot: "`//` or `/*` inside a string (`'https://...'`), or inside a `'''` multi-line string"
  },
  diagnostics: {
    severity: "warning",
    description: "A Bicep file could not be read, or a value in it could not be evaluated, at this line and column",
    help: "A statement does not parse (or uses syntax the grammar does not know yet), a symbol is not declared or declared twice, a module or the `using` target cannot be read, a `parent:` does not name a resource, a resource name has more or fewer segments than its type, or a bound was reached. What can be read is read.",
    docSeverity: "warning (some errors)",
    doc: 'a Bicep file ([formats.md](formats.md#arm-templates-and-bicep)) could not be read or evaluated here: `bicep/syntax` (a warning: the grammar lags behind Bicep, so newer syntax reads as an error too, and the rest of the file is read), `bicep/reference`, `bicep/duplicate`, `bicep/module`, `bicep/module-not-read`, `bicep/load`, `bicep/parent`, `bicep/using`, `bicep/resource`, `bicep/cycle`, `bicep/name-segments`, and the bounds (`bicep/too-large`, `bicep/nesting`, `bicep/parse-bound`, `bicep/loop-bound`, `bicep/deployment-depth`, `bicep/evaluation-bound`, `bicep/string-bound`, `bicep/list-bound`, `bicep/reference-depth`). An ARM template a module names says `arm/...`. A value that cannot be known without deploying (a parameter with no value, a module\'s output, `resourceId()`) is a "not checked" note instead. `bicep/security-rule` (a warning): a security rule of a network security group or security group that the platform refuses, at the value ([formats.md](formats.md#network-security-groups-and-security-groups)); the rule is left out.'
  },
  async load(files, context) {
    const { loadBicep } = await import("./load-Y2AVWYOA.js");
    return loadBicep(files, context);
  }
});

// src/formats/sdp/index.ts
var sdp_default = defineFormat({
  name: "sdp",
  title: "SDP",
  nouns: ["SDP file", "SDP files"],
  recognise: { names: { extensions: [".sdp"] }, order: 70 },
  input: "text",
  comments: "none",
  diagnostics: {
    severity: "error",
    description: "An SDP file could not be read at this line and column",
    help: "A line that is not `x=value`, a missing or wrong `v=0`, a malformed `c=` or `m=`, or an `a=candidate` line with a field missing or out of range (component 1-256, priority 1 to 2^31-1, transport UDP or TCP, type host, srflx, prflx or relay, tcptype active, passive or so); the candidate is left out. Or a bound exceeded.",
    docSeverity: "error",
    doc: "an SDP file ([formats.md](formats.md#sdp)) could not be read at this line and column; a malformed candidate is left out, at the field at fault. Codes: `sdp/bad-line`, `sdp/missing-version`, `sdp/bad-version`, `sdp/bad-connection`, `sdp/bad-media`, `sdp/candidate-missing-field`, `sdp/bad-foundation`, `sdp/bad-component`, `sdp/bad-transport`, `sdp/bad-priority`, `sdp/bad-address`, `sdp/bad-port`, `sdp/bad-type`, `sdp/bad-tcptype`, and the bounds `sdp/file-too-large`, `sdp/line-too-long`, `sdp/too-many-entries`."
  },
  async load(files, context) {
    const { parseSdpFile } = await import("./loader-AVYJWUN4.js");
    return eachFile(files, context, (file, { text: text2 }) => {
      const parsed = parseSdpFile(text2, file.file);
      return { nodes: { sdpSessions: [parsed.session] }, diagnostics: parsed.diagnostics };
    });
  }
});

// src/formats/dnscontrol/index.ts
var dnscontrol_default = defineFormat({
  name: "dnscontrol",
  title: "DNSControl configuration",
  nouns: ["DNSControl configuration", "DNSControl configurations"],
  recognise: {
    names: { exact: ["dnsconfig.js"] },
    order: 80
  },
  input: "text",
  comments: {
    files: "DNSControl configurations (`dnsconfig.js` and the files it `require()`s)",
    is: "`//` to the end of the line and `/* ... */`, outside strings, templates and regular expressions",
    isNot: "`//` or `/*` inside a string, a template literal or a regular expression"
  },
  diagnostics: {
    severity: "error",
    description: "A DNSControl configuration could not be read at this line and column",
    help: 'The JavaScript does not parse, a file it `require()`s cannot be read, a bound of the static reading was crossed, or a `D_EXTEND()` names a domain no `D()` declared before it. Values the configuration computes in ways a static reading cannot follow are "not checked" notes, one per record.',
    docSeverity: "error (some warnings)",
    doc: 'a DNSControl configuration ([formats.md](formats.md#dnscontrol-dnsconfigjs)) could not be read at this line and column. Codes: `dnscontrol/syntax`, `dnscontrol/too-deep`, `dnscontrol/too-large`, `dnscontrol/too-much-work` (the JavaScript), `dnscontrol/require` (a `require()`d file that cannot be read), `dnscontrol/extend-unknown` (a `D_EXTEND()` of a domain no `D()` declared). Values that cannot be known without running the configuration are "not checked" notes.'
  },
  async load(files, context) {
    const { loadDnsControl } = await import("./load-OQZQYLHK.js");
    return loadDnsControl(files, context);
  }
});

// src/formats/octodns/index.ts
var octodns_default = defineFormat({
  name: "octodns",
  title: "octoDNS zone",
  nouns: ["octoDNS zone", "octoDNS zones"],
  recognise: {
    candidates: { extensions: [".yaml", ".yml"] },
    confirm: looksLikeOctodnsZone,
    // After uclint's manifests, whose YAML names its own `apiVersion` and `kind`.
    order: 85
  },
  input: "text",
  comments: {
    files: "octoDNS zones",
    is: "`#` at the start of a line or after a blank, outside every scalar",
    isNot: '`#` inside a quoted, block or plain scalar (`"a # b"`, `v=spf1#x`)'
  },
  diagnostics: {
    severity: "error",
    description: "An octoDNS zone could not be read at this line and column",
    help: "The YAML does not parse or crosses a bound, or an entry is not a record octoDNS reads: a record without a `type` or with a type octoDNS does not know, or without a `value` or `values`.",
    docSeverity: "error",
    doc: "an octoDNS zone ([formats.md](formats.md#octodns-zones)) could not be read at this line and column. Codes: YAML problems `octodns/yaml-syntax`, `octodns/yaml-duplicate-key`, `octodns/yaml-unknown-alias`, `octodns/yaml-alias-limit`, `octodns/yaml-too-deep`, `octodns/yaml-too-large`, `octodns/yaml-unknown-tag`, `octodns/yaml-bad-value`; entries `octodns/not-a-record` (not a map of records), `octodns/unknown-type`, `octodns/missing-value`."
  },
  async load(files, context) {
    const { loadOctodns } = await import("./load-VAVFO4KH.js");
    return loadOctodns(files, context);
  }
});

// src/formats/terraform/index.ts
var terraform_default = defineFormat({
  name: "terraform",
  title: "Terraform configuration",
  nouns: ["Terraform file", "Terraform files"],
  recognise: {
    names: { extensions: [".tf", ".tf.json", ".tfvars", ".tfvars.json"] },
    order: 100
  },
  input: "text",
  comments: { files: "Terraform files (`.tf`, `.tfvars`)", is: "`#` or `//` to the end of the line, or `/* ... */`, outside strings and heredocs", isNot: 'the same characters inside a string or heredoc; `.tf.json` files have no comments (a `"//"` property is not read for suppressions)' },
  diagnostics: {
    severity: "error",
    description: "A Terraform file could not be read at this line and column, or a value of a DNS record could not be known without running Terraform",
    help: 'A syntax error, a block Terraform refuses (a name declared twice, a reference cycle), a local module that cannot be read, or a bound reached; reported where it is, and the rest of the module is read. A DNS record whose zone, name or data depends on a data source, a module output, a resource attribute computed when applied or a variable without a value is a "not checked" note naming the expression, never a guess.',
    docSeverity: "error (some warnings; notes)",
    doc: 'a Terraform file ([formats.md](formats.md#terraform)) could not be read at this line and column: `terraform/syntax`, `terraform/invalid`, `terraform/duplicate`, `terraform/cycle`, the bounds `terraform/too-large`, `terraform/too-deep`, `terraform/too-many-instances`, `terraform/too-long`, `terraform/too-much-work`, and local modules `terraform/module-unreadable`, `terraform/module-cycle`, `terraform/module-depth` (warnings). Values of DNS records not known without running Terraform are "not checked" notes. `terraform/security-rule` (a warning): a security rule of a network security group or security group that the platform refuses, at the value ([formats.md](formats.md#network-security-groups-and-security-groups)); the rule is left out.'
  },
  async load(files, context) {
    const { loadTerraform } = await import("./load-WYLI4MZC.js");
    return loadTerraform(files, context);
  }
});

// src/formats.generated.ts
var FORMATS = [zone_default, registry_default, registry_pol_default, certificate_default, private_key_default, wireguard_default, openvpn_default, vpn_profile_xml_default, topology_builder_default, named_conf_default, batch_default, manifest_default, powershell_default, cisco_asa_default, arm_default, bicep_default, sdp_default, dnscontrol_default, octodns_default, terraform_default];

// src/formats/shared/scanners.ts
var TEXT_SCANNERS = [
  // `x509/private-key-committed`: an OpenVPN config's inline `<key>`, a key pasted into a manifest or a zone.
  (text2, file) => ({ privateKeys: privateKeysInText(text2, file) })
];

// src/discover/discover.ts
import { promises as fsp, realpathSync, statSync } from "node:fs";
import path2 from "node:path";

// src/discover/classify.ts
import path from "node:path";
var FILE_KINDS = FORMATS.map((format) => format.name);
var SNIFF_BYTES = 8 * 1024;
var OWN_FILES = /* @__PURE__ */ new Set([".uclint.yml", ".uclint.yaml"]);
var FOREIGN_EXTENSIONS = new Set(
  ".md .markdown .rst .adoc .html .htm .css .scss .svg .xml .json .jsonc .json5 .toml .ini .csv .tsv .log .ts .tsx .mts .cts .js .jsx .mjs .cjs .map .py .rb .go .rs .java .kt .cs .c .h .cc .cpp .hpp .sh .bash .ps1 .psm1 .bat .cmd .lock .sum .mod .png .jpg .jpeg .gif .ico .webp .pdf .zip .gz .tgz .bz2 .xz .7z .tar .exe .dll .so .dylib .wasm .bin .pub .jnl".split(" ")
);
function nameMatches(patterns, lower) {
  if (patterns === void 0) return false;
  if (patterns.except?.some((ending) => lower.endsWith(ending))) return false;
  return (patterns.exact?.includes(lower) ?? false) || (patterns.extensions?.some((ending) => lower.length > ending.length && lower.endsWith(ending)) ?? false) || (patterns.prefixes?.some((start) => lower.length > start.length && lower.startsWith(start)) ?? false) || (patterns.test?.(lower) ?? false);
}
function classifyByName(fileName, formats = FORMATS) {
  const lower = fileName.toLowerCase();
  if (OWN_FILES.has(lower)) return { foreign: true };
  const claiming = formats.find((format) => nameMatches(format.recognise.names, lower));
  if (claiming) return { format: claiming };
  const candidates = formats.filter((format) => nameMatches(format.recognise.candidates, lower));
  if (candidates.length > 0) return { candidates };
  if (FOREIGN_EXTENSIONS.has(path.extname(lower))) return { foreign: true };
  return { unknown: true };
}
function formatClaimingName(fileName) {
  const byName = classifyByName(fileName);
  return "format" in byName ? byName.format.name : void 0;
}
function isOursByName(fileName, formats = FORMATS) {
  const byName = classifyByName(fileName, formats);
  return "format" in byName || "candidates" in byName;
}
function needsHead(fileName, formats = FORMATS) {
  const byName = classifyByName(fileName, formats);
  return "candidates" in byName || "unknown" in byName || "format" in byName && byName.format.recognise.refuseBinary !== void 0;
}
function recogniseFile(fileName, head, formats = FORMATS) {
  const byName = classifyByName(fileName, formats);
  if ("foreign" in byName) return {};
  if ("format" in byName) {
    const refuse = byName.format.recognise.refuseBinary;
    if (refuse && head && looksBinary(head)) {
      const refused = refuse(fileName.toLowerCase());
      if (refused !== false) return refused.note === void 0 ? {} : { binaryNote: refused.note };
    }
    return { format: byName.format };
  }
  if (!head) return {};
  const sniffed = { fileName, text: headText(head), bytes: head, binary: looksBinary(head), cut: head.length >= SNIFF_BYTES };
  if ("candidates" in byName) return { format: byName.candidates.find((format) => format.recognise.confirm?.(sniffed)) };
  if (sniffed.binary) return {};
  return { format: formats.find((format) => format.recognise.content?.(sniffed)) };
}

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str.length; i++) {
    const digit = B64_MAP[str.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str, isStride1) => {
  const res = decodeVLQ(str);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str) => {
  const res = decodeVLQ(str);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str) {
    const string = String(str);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str) {
    return str.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str.length; i++) {
        let c = str.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    if (javaMode) {
      if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
      return str.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str.indexOf("$") < 0) return str;
    return str.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start = this.start(group);
    const end = this.end(group);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result2 = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result2[name] = this.group(name);
    return result2;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor2) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor2, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor2;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group = this.group(name);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result2 = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result2.push(group === null ? void 0 : group);
    }
    return result2;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result2 = this.getNamedGroups();
    for (const name in result2) if (result2[name] === null) result2[name] = void 0;
    return result2;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor2, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor2 === RE2Flags.ANCHOR_START || anchor2 === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor2 === RE2Flags.ANCHOR_START || anchor2 === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor2 === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor2, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor2) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor2 === RE2Flags.ANCHOR_START || anchor2 === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor2 === RE2Flags.ANCHOR_START || anchor2 === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor2 === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor2 === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor2, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor2 === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag, ids) {
    const hash2 = hashState(pcs, flag, ids);
    const cached = this.stateCache.get(hash2);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids);
    if (cached === void 0) this.stateCache.set(hash2, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash2, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag, ids) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor2) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table = new Array(size).fill(null);
    if (anchor2 === RE2Flags.UNANCHORED) state.next = table;
    else state.nextAnchored = table;
    return table;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor2) {
    let table = anchor2 === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table !== null) {
      const cached = table[cls];
      if (cached !== null) return cached;
    } else {
      table = this.allocTable(state, anchor2);
      if (table === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor2 === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids);
    if (nextState === null) return null;
    table[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor2, pos, search) {
    let next = this.step(state, cls, rune, anchor2);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor2);
    return next;
  }
  run(input, pos, anchor2, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor2 === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor2, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor2, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor2) {
    if (this.failed) return null;
    if ((anchor2 === RE2Flags.ANCHOR_START || anchor2 === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor2, startState, (state, atEnd) => anchor2 !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor2) {
    if (this.failed) return null;
    if ((anchor2 === RE2Flags.ANCHOR_START || anchor2 === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor2 !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor2, startState, collect) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor2) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor2 === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor2, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor2 === RE2Flags.ANCHOR_START || anchor2 === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor2 === RE2Flags.ANCHOR_START || anchor2 === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor2)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor2)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result2 = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result2;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check(inst.out) && check(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor2, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor2 === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result2;
    for (; ; ) {
      if (re.subs.length === 0) result2 = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result2 = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result2;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result2, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result2 = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words2, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words2) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * alphabetSize + word[i];
        let child = edges.get(key);
        if (child === void 0) {
          child = parent.length;
          edges.set(key, child);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail[f];
          next = this.next(f, unit[c]);
        }
        fail[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail[c]];
    }
    this.fail = fail;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words2 = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words2, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result2) => PrefilterTree2.child(re, state, result2),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result2) => this.child(re, state, result2),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result2, i) => Simplify2.child(re, state, result2, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result2 = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result2 += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result2 += `0x${lo.toString(16)}`;
      else result2 += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result2 += "]";
    return result2;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str) {
    this.str = str;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor2, ncap) {
    if ((anchor2 === RE2Flags.ANCHOR_START || anchor2 === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor2 === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor2 === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor2 === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor2, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor2, ncap);
    if (this.prefilter !== null && anchor2 === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor2, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor2, ncap);
      return this.doExecuteNFA(input, pos, anchor2, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor2);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor2, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor2, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor2, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor2, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor2, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor2, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor2, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor2, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result2 = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result2.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result2;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result2 = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result2 = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result2 = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result2 = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result2 = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result2 = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result2 = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result2 = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result2.length === 0) return null;
    return result2;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor2 = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor2)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor2;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result2 = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result2 = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result2 += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result2 += "\\x";
                  result2 += (val >> 4).toString(16).toUpperCase();
                  result2 += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result2 += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result2 += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result2 += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result2 += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result2 += "\\x";
                i += 2;
              } else {
                result2 += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result2 += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result2 += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result2 += "\\";
                let symSize2 = Utils.charCount(cp2);
                result2 += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result2 += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result2 += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result2 += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result2 += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result2 += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result2 : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result2 = m.matchArray();
  result2.index = m.start(0);
  result2.input = input;
  result2.groups = m.namedGroupsObject();
  return result2;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str) {
    return Utils.quoteMeta(str);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    return Matcher.quoteReplacement(str, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result2 = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result2.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result2.push("");
        emptiesSkipped -= 1;
      }
      result2.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result2.push("");
        emptiesSkipped -= 1;
      }
      result2.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result2.length === 0 && !(last === m.inputLength() && last > 0)) result2.push(m.substring(last, m.inputLength()));
    return result2;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/discover/glob.ts
function compileGlob(pattern) {
  return compileGlobs([pattern]);
}
function compileGlobs(patterns) {
  const literal2 = /* @__PURE__ */ new Set();
  const translated = [];
  for (const pattern of patterns) {
    const source = globSource(pattern);
    if (source === void 0) literal2.add(pattern);
    else translated.push({ pattern, source });
  }
  const matchers = [];
  if (translated.length > 0) {
    try {
      matchers.push(RE2JS.compile(translated.map(({ source }) => `(?:${source})`).join("|"), RE2JS.DOTALL));
    } catch {
      for (const { pattern, source } of translated) {
        try {
          matchers.push(RE2JS.compile(source, RE2JS.DOTALL));
        } catch {
          literal2.add(pattern);
        }
      }
    }
  }
  return (path11) => literal2.has(path11) || matchers.some((re) => re.matches(path11));
}
function globSource(pattern) {
  if (pattern.length > MAX_GLOB_LENGTH) return void 0;
  try {
    return new GlobTranslator(pattern).translate();
  } catch {
    return void 0;
  }
}
var MAX_GLOB_LENGTH = 1e3;
var MAX_GLOB_NESTING = 32;
var EXTGLOB_SUFFIX = { "@": "", "?": "?", "*": "*", "+": "+" };
var GlobTranslator = class {
  constructor(pattern) {
    this.pattern = pattern;
  }
  pattern;
  pos = 0;
  translate() {
    const out = this.sequence(/* @__PURE__ */ new Set(), 0);
    if (this.pos < this.pattern.length) throw new Error("unbalanced group");
    return out;
  }
  /** Translates until one of `stops` (not consumed) or the end. */
  sequence(stops, depth) {
    if (depth > MAX_GLOB_NESTING) throw new Error("glob nested too deeply");
    const p = this.pattern;
    let out = "";
    while (this.pos < p.length && !stops.has(p[this.pos])) {
      const c = p[this.pos];
      const next = p[this.pos + 1];
      if (c === "/" && p.startsWith("**", this.pos + 1) && this.segmentEndsAt(this.pos + 3) && this.pos + 3 === p.length) {
        out += "(?:/.*)?";
        this.pos += 3;
      } else if (c === "\\" && next !== void 0) {
        out += literal(next);
        this.pos += 2;
      } else if (c in EXTGLOB_SUFFIX && next === "(" && this.closing(this.pos + 1, "(", ")") !== void 0) {
        this.pos += 2;
        out += `(?:${this.alternatives("|", ")", depth)})${EXTGLOB_SUFFIX[c]}`;
      } else if (c === "*" && next === "*" && this.atSegmentStart() && this.segmentEndsAt(this.pos + 2)) {
        out += this.globstar();
      } else if (c === "*") {
        while (p[this.pos] === "*") this.pos++;
        out += "[^/]*";
      } else if (c === "?") {
        out += "[^/]";
        this.pos++;
      } else if (c === "[" && this.classEnd() !== void 0) {
        out += this.characterClass();
      } else if (c === "{" && this.braceHasComma()) {
        this.pos++;
        out += `(?:${this.alternatives(",", "}", depth)})`;
      } else {
        const character = String.fromCodePoint(p.codePointAt(this.pos));
        out += literal(character);
        this.pos += character.length;
      }
    }
    return out;
  }
  /** `a|b|c)` or `a,b}`: the alternatives, the closing character consumed. */
  alternatives(separator, close, depth) {
    const stops = /* @__PURE__ */ new Set([separator, close]);
    const parts = [this.sequence(stops, depth + 1)];
    while (this.pattern[this.pos] === separator) {
      this.pos++;
      parts.push(this.sequence(stops, depth + 1));
    }
    if (this.pattern[this.pos] !== close) throw new Error("unbalanced group");
    this.pos++;
    return parts.join("|");
  }
  atSegmentStart() {
    return this.pos === 0 || this.pattern[this.pos - 1] === "/";
  }
  segmentEndsAt(at2) {
    return at2 === this.pattern.length || this.pattern[at2] === "/";
  }
  /** `**` as a whole segment: followed by `/`, any number of segments; at the end, anything. */
  globstar() {
    const p = this.pattern;
    this.pos += 2;
    if (p[this.pos] === "/") {
      this.pos++;
      return "(?:[^/]*/)*";
    }
    return ".*";
  }
  /** The index of the `close` matching the `open` at `at`, if any. */
  closing(at2, open, close) {
    let depth = 0;
    for (let i = at2; i < this.pattern.length; i++) {
      const c = this.pattern[i];
      if (c === "\\") i++;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) return i;
    }
    return void 0;
  }
  braceHasComma() {
    const end = this.closing(this.pos, "{", "}");
    if (end === void 0) return false;
    let depth = 0;
    for (let i = this.pos + 1; i < end; i++) {
      const c = this.pattern[i];
      if (c === "\\") i++;
      else if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === "," && depth === 0) return true;
    }
    return false;
  }
  /** The index of the `]` closing the class at `pos` (a `]` first in the class is a member). */
  classEnd() {
    let i = this.pos + 1;
    if (this.pattern[i] === "!" || this.pattern[i] === "^") i++;
    if (this.pattern[i] === "]") i++;
    for (; i < this.pattern.length; i++) {
      if (this.pattern[i] === "\\") i++;
      else if (this.pattern[i] === "]") return i;
    }
    return void 0;
  }
  characterClass() {
    const end = this.classEnd();
    let i = this.pos + 1;
    const negated = this.pattern[i] === "!" || this.pattern[i] === "^";
    if (negated) i++;
    let members = "";
    while (i < end) {
      if (this.pattern[i] === "\\" && i + 1 < end) i++;
      else if (this.pattern[i] === "-" && members !== "" && i + 1 < end) {
        members += "-";
        i++;
        continue;
      }
      const character = String.fromCodePoint(this.pattern.codePointAt(i));
      members += classMember(character);
      i += character.length;
    }
    this.pos = end + 1;
    return negated ? `[^/${members}]` : `[${members}]`;
  }
};
function literal(c) {
  return /[A-Za-z0-9_/]/.test(c) ? c : `\\${escapeCodeUnit(c)}`;
}
function classMember(c) {
  return /[A-Za-z0-9_]/.test(c) ? c : `\\${escapeCodeUnit(c)}`;
}
function escapeCodeUnit(c) {
  return /[!-/:-@[-`{-~]/.test(c) ? c : `x{${c.codePointAt(0).toString(16)}}`;
}
var GLOB_SPECIAL = /[\\*?[\]{}()|!@+,]/g;
function escapeGlob(path11) {
  return path11.replace(GLOB_SPECIAL, "\\$&");
}

// src/discover/discover.ts
var DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", "dist"]);
function globMatcher(patterns) {
  if (patterns.length === 0) return () => false;
  const byName = compileGlobs(patterns.filter((p) => !p.includes("/")));
  const byPath = compileGlobs(patterns.filter((p) => p.includes("/")));
  return (file) => byPath(file) || byName(file.slice(file.lastIndexOf("/") + 1));
}
function lintRoot(paths, cwd) {
  const base = path2.resolve(cwd);
  const absolute = (paths.length ? paths : ["."]).map((p) => path2.resolve(base, p));
  if (absolute.every((p) => isInside(p, base))) return base;
  return commonDirectory(absolute);
}
function commonDirectory(absolutePaths) {
  const directories = absolutePaths.map((p) => {
    try {
      return statSync(p).isDirectory() ? p : path2.dirname(p);
    } catch {
      return path2.dirname(p);
    }
  });
  let common = directories[0];
  for (const directory of directories.slice(1)) {
    while (!isInside(directory, common)) {
      const parent = path2.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}
function isInside(child, parent) {
  const relative = path2.relative(parent, child);
  return relative === "" || !relative.startsWith("..") && !path2.isAbsolute(relative);
}
function toPosix(relative) {
  return relative.split(path2.sep).join("/");
}
function rangeAt(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
async function discoverFiles(paths, options) {
  const root = path2.resolve(options.root);
  const realRoot = safeRealpath(root) ?? root;
  const prefix = options.globPrefix ?? "";
  const ignoredPath = globMatcher(options.ignore);
  const internalPath = globMatcher(options.views.internal);
  const externalPath = globMatcher(options.views.external);
  const ignored = (file) => ignoredPath(prefix + file);
  const internal = (file) => internalPath(prefix + file);
  const external = (file) => externalPath(prefix + file);
  const zonePatterns = Object.entries(options.zones).map(([pattern, origin]) => ({
    pattern,
    matches: globMatcher([pattern]),
    origin: canonicalName(origin)
  }));
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const formats = options.formats ?? FORMATS;
  const configZonesFormat = formats.find((format) => format.recognise.configZones);
  const diagnostics = [];
  const found = /* @__PURE__ */ new Map();
  const tree = /* @__PURE__ */ new Set();
  const visited = /* @__PURE__ */ new Set();
  const considerFile = async (absolute, stats) => {
    const file = toPosix(path2.relative(root, absolute));
    if (found.has(file) || ignored(file)) return;
    tree.add(file);
    const configOrigin = zoneOrigin(prefix + file, zonePatterns);
    const fileName = path2.basename(absolute);
    if (stats.size > maxFileBytes) {
      if (configOrigin || isOursByName(fileName, formats)) {
        diagnostics.push({
          ...rangeAt(file),
          severity: "error",
          code: "input/too-large",
          message: fileTooLarge(stats.size, maxFileBytes)
        });
      }
      return;
    }
    let format;
    if (configOrigin && configZonesFormat) {
      format = configZonesFormat;
    } else {
      const head = needsHead(fileName, formats) ? await readHead(absolute) : void 0;
      const recognised = recogniseFile(fileName, head, formats);
      format = recognised.format;
      if (recognised.binaryNote !== void 0) diagnostics.push({ ...rangeAt(file), severity: "info", code: "input/binary", message: recognised.binaryNote });
    }
    if (!format) return;
    const discovered = { path: absolute, file, kind: format.name, ...viewOf(file, internal, external) };
    const hints = format.recognise.nameHints?.(fileName) ?? {};
    if (configOrigin && format === configZonesFormat) {
      discovered.origin = configOrigin;
      discovered.originSource = "config";
    } else if (hints.origin) {
      discovered.origin = hints.origin;
      discovered.originSource = "filename";
      discovered.originEvidence = `the file name '${fileName}'`;
    }
    if (hints.view && discovered.viewSource !== "config") {
      discovered.view = hints.view;
      discovered.viewSource = "filename";
      discovered.viewEvidence = `the file name ends with '${hints.viewSuffix}'`;
    }
    found.set(file, discovered);
  };
  const walk = async (directory) => {
    const real = safeRealpath(directory);
    if (real === void 0 || visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await fsp.readdir(directory, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(unreadable(toPosix(path2.relative(root, directory)), error));
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const absolute = path2.join(directory, entry.name);
      await visit(absolute, entry.isSymbolicLink());
    }
  };
  const visit = async (absolute, isLink) => {
    const relative = toPosix(path2.relative(root, absolute));
    let stats;
    try {
      stats = await fsp.stat(absolute);
    } catch {
      return;
    }
    if (isLink) {
      const real = safeRealpath(absolute);
      if (real === void 0 || !isInside(real, realRoot)) {
        diagnostics.push({
          ...rangeAt(relative),
          severity: "info",
          code: "input/symlink-outside-root",
          message: "symbolic link leads outside the lint root and is not followed"
        });
        return;
      }
    }
    if (stats.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(path2.basename(absolute)) || relative !== "" && ignored(relative)) return;
      await walk(absolute);
    } else if (stats.isFile()) {
      await considerFile(absolute, stats);
    }
  };
  for (const given of paths.length ? paths : ["."]) {
    const absolute = path2.resolve(root, given);
    let linkStats;
    try {
      linkStats = await fsp.lstat(absolute);
    } catch {
      diagnostics.push({ ...rangeAt(toPosix(given)), severity: "error", code: "input/not-found", message: `no such file or directory: ${given}` });
      continue;
    }
    if (!isInside(absolute, root)) {
      diagnostics.push({ ...rangeAt(toPosix(given)), severity: "error", code: "input/outside-root", message: `path is outside the lint root: ${given}` });
      continue;
    }
    await visit(absolute, linkStats.isSymbolicLink());
  }
  const files = [...found.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files, tree: [...tree].sort(), diagnostics };
}
function zoneOrigin(file, patterns) {
  return (patterns.find((p) => p.pattern === file) ?? patterns.find((p) => p.matches(file)))?.origin;
}
function viewOf(file, internal, external) {
  if (internal(file)) return { view: "internal", viewSource: "config", viewEvidence: "the config's views" };
  if (external(file)) return { view: "external", viewSource: "config", viewEvidence: "the config's views" };
  const directories = file.split("/").slice(0, -1).reverse();
  for (const segment of directories) {
    const lower = segment.toLowerCase();
    if (lower === "internal" || lower === "external") return { view: lower, viewSource: "path", viewEvidence: `the directory '${segment}'` };
  }
  return { view: "unknown", viewSource: "none" };
}
async function readHead(absolute) {
  let handle;
  try {
    handle = await fsp.open(absolute, "r");
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return void 0;
  } finally {
    await handle?.close();
  }
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function unreadable(file, error) {
  return {
    ...rangeAt(file),
    severity: "error",
    code: "input/unreadable",
    message: `cannot read directory: ${error.code ?? String(error)}`
  };
}

// src/discover/include.ts
import { realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import path3 from "node:path";

// src/discover/read.ts
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
function readTextFile(file) {
  return decodeText(readRegularFile(file));
}
function readRegularFile(file) {
  const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(descriptor).isFile()) throw new Error("not a regular file");
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
function isTextFile(absolute) {
  let fd;
  try {
    fd = openSync(absolute, "r");
    const head = Buffer.alloc(8 * 1024);
    const read = readSync(fd, head, 0, head.length, 0);
    return !looksBinary(head.subarray(0, read));
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/discover/include.ts
function resolveTreePath(written, fromFile, root, tree, within) {
  if (written === "" || written.includes("\0")) return { error: `'${written}' is not a file name` };
  const absoluteRoot = path3.resolve(root);
  const candidates = path3.isAbsolute(written) ? [path3.resolve(written)] : [path3.resolve(absoluteRoot, written), path3.resolve(absoluteRoot, path3.dirname(fromFile), written)];
  const inside = candidates.filter((candidate) => isInside(candidate, absoluteRoot));
  if (inside.length === 0 && !path3.isAbsolute(written)) return { error: `'${written}' is outside the lint root` };
  for (const candidate of inside) {
    try {
      statSync2(candidate);
      return { file: toPosix(path3.relative(absoluteRoot, candidate)) };
    } catch {
      continue;
    }
  }
  const byTail = tree && !written.split(/[\\/]/).includes("..") ? tree.byTail(written, fromFile, within ?? directoryOf(fromFile)) : void 0;
  if (byTail) return { file: byTail };
  return { error: `'${written}' is not in the lint root`, missing: true };
}
var TreeFiles = class {
  byName = /* @__PURE__ */ new Map();
  constructor(files) {
    for (const file of files) {
      const name = file.slice(file.lastIndexOf("/") + 1);
      const list = this.byName.get(name);
      if (list) list.push(file);
      else this.byName.set(name, [file]);
    }
  }
  /**
   * The file a path written for a server names, by its tail: among the files of that name, those
   * under `within` (the directory of the configuration that names it, the top of that server's
   * files) first, then the one whose path ends with the most trailing segments of `written`,
   * then the one nearest `fromFile`.
   */
  byTail(written, fromFile, within) {
    const segments = written.split(/[\\/]/).filter((s) => s !== "" && s !== ".");
    const name = segments[segments.length - 1];
    const files = name === void 0 ? void 0 : this.byName.get(name);
    if (!files) return void 0;
    let best;
    let bestScore = [];
    const fromDirectory = fromFile.split("/").slice(0, -1);
    const prefix = within === void 0 || within === "" ? "" : `${within}/`;
    for (const file of files) {
      const parts = file.split("/");
      let length = 0;
      while (length < segments.length && length < parts.length && segments[segments.length - 1 - length] === parts[parts.length - 1 - length]) length++;
      let nearness = 0;
      while (nearness < fromDirectory.length && nearness < parts.length - 1 && fromDirectory[nearness] === parts[nearness]) nearness++;
      const score = [file.startsWith(prefix) ? 1 : 0, length, nearness];
      if (best === void 0 || compareScores(score, bestScore) > 0) {
        best = file;
        bestScore = score;
      }
    }
    return best;
  }
};
function compareScores(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
function createIncludeReader(root, options = {}) {
  const absoluteRoot = path3.resolve(root);
  let realRoot;
  try {
    realRoot = realpathSync2(absoluteRoot);
  } catch {
    realRoot = absoluteRoot;
  }
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const ignored = options.ignored ?? (() => false);
  const skipped = (file) => {
    const directories = file.split("/").slice(0, -1);
    const skippedName = directories.find((segment) => SKIPPED_DIRECTORIES.has(segment));
    if (skippedName !== void 0) return `is inside ${skippedName}/, a directory uclint never reads`;
    for (let end = 1; end <= directories.length; end++) {
      const directory = directories.slice(0, end).join("/");
      if (ignored(directory)) return `is inside ${directory}/, which the configuration's ignore leaves out`;
    }
    return void 0;
  };
  return (written, fromFile) => {
    const found = resolveTreePath(written, fromFile, absoluteRoot, options.files);
    if ("error" in found) return found;
    const candidate = path3.join(absoluteRoot, found.file);
    let real;
    let stats;
    try {
      stats = statSync2(candidate);
      real = realpathSync2(candidate);
    } catch {
      return { error: `'${written}' is not in the lint root`, missing: true };
    }
    if (!isInside(real, realRoot)) return { error: `'${written}' is a symbolic link that leads outside the lint root` };
    const why = skipped(found.file) ?? skipped(toPosix(path3.relative(realRoot, real)));
    if (why !== void 0) return { error: `'${written}' ${why}` };
    if (!stats.isFile()) return { error: `'${written}' is not a regular file` };
    if (stats.size > maxFileBytes) return { error: `'${written}' is ${thousands(stats.size)} bytes, over the bound of ${thousands(maxFileBytes)}` };
    try {
      const read = readTextFile(candidate);
      return read.encoding === "utf8" ? { file: found.file, text: read.text } : { file: found.file, text: read.text, encoding: read.encoding, byteOrderMark: read.byteOrderMark };
    } catch (error) {
      return { error: `'${written}' cannot be read: ${error.code ?? "error"}` };
    }
  };
}
function directoryOf(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "" : file.slice(0, slash);
}

// src/engine/limit.ts
var DEFAULT_MAX_FINDINGS_PER_FILE = 1e3;
var MAX_FINDINGS_PER_FILE_BOUND = 1e6;
var BOUND_SETTING = "set by maxFindingsPerFile in .uclint.yml or --max-findings-per-file";
var FindingLimiter = class {
  constructor(limit = DEFAULT_MAX_FINDINGS_PER_FILE) {
    this.limit = limit;
  }
  limit;
  tallies = /* @__PURE__ */ new Map();
  pending = [];
  boundedRules = /* @__PURE__ */ new Set();
  /** True when a finding of `group` at `range` may be kept; else it is counted. */
  admit(group, range, severity) {
    if (range.file === "") return true;
    let byFile = this.tallies.get(group);
    if (byFile === void 0) {
      byFile = /* @__PURE__ */ new Map();
      this.tallies.set(group, byFile);
    }
    let tally = byFile.get(range.file);
    if (tally === void 0) {
      tally = { kept: 0 };
      byFile.set(range.file, tally);
    }
    if (tally.kept < this.limit) {
      tally.kept++;
      return true;
    }
    if (tally.notKept === void 0) {
      tally.notKept = { group, range: { ...range }, severity, count: 0 };
      this.pending.push(tally.notKept);
      this.boundedRules.add(`${group.ruleId}\0${range.file}`);
    } else if (SEVERITY_WEIGHT[severity] > SEVERITY_WEIGHT[tally.notKept.severity]) {
      tally.notKept.severity = severity;
    }
    tally.notKept.count++;
    return false;
  }
  /**
   * One finding for each group that passed the bound since the last call, in the order
   * they passed it: at the first finding not kept, as severe as the worst of them, with
   * their number. Taken when a stage (reading, a rule, the suppression report) is done,
   * so the counts are final.
   */
  takeNotKept() {
    const taken = this.pending;
    this.pending = [];
    return taken.map((notKept) => notKeptFinding(notKept, this.limit));
  }
  /** Whether findings of `ruleId` in `file` were left out at the bound (a suppression there cannot be judged unused). */
  wasBounded(ruleId, file) {
    return this.boundedRules.has(`${ruleId}\0${file}`);
  }
};
function notKeptFinding({ group, range, severity, count }, limit) {
  const base = { ...range, ruleId: group.ruleId, severity };
  switch (group.kind) {
    case "findings":
      return {
        ...base,
        message: `${thousands(count)} more findings of ${group.ruleId} in this file were not kept (at most ${thousands(limit)} of a rule in one file; ${BOUND_SETTING})`,
        messageId: "tooManyFindings",
        data: { count, limit }
      };
    case "notes": {
      const reason = `${thousands(count)} more places in this file (at most ${thousands(limit)} notes of a rule in one file; ${BOUND_SETTING})`;
      return { ...base, message: `not checked: ${reason}`, messageId: "notChecked", data: { reason } };
    }
    case "diagnostics": {
      const code = group.code ?? group.ruleId;
      return {
        ...base,
        message: `${thousands(count)} more ${code} diagnostics in this file were not kept (at most ${thousands(limit)} of a code in one file; ${BOUND_SETTING})`,
        // `parse/zone` -> `zone/too-many-diagnostics`, a code of the same format.
        messageId: `${group.ruleId.slice(group.ruleId.indexOf("/") + 1)}/too-many-diagnostics`,
        data: { code, count, limit }
      };
    }
  }
}

// src/engine/options.ts
var RULE_OPTIONS_AJV = { useDefaults: true, allErrors: true, strict: false };
var compiled = /* @__PURE__ */ new WeakMap();
function resolveRuleOptions(rule, given = {}) {
  const schema = rule.meta.options;
  const options = structuredClone(given ?? {});
  if (!schema) {
    return { options, errors: [] };
  }
  if (takesNoOptions(schema) && isEmptyObject(options)) return { options, errors: [] };
  let validate = compiled.get(rule);
  if (!validate) {
    validate = validatorFor(validatorKeys.ruleOptions(rule.id), ruleOptionsSchema(schema), RULE_OPTIONS_AJV);
    compiled.set(rule, validate);
  }
  const ok = validate(options);
  return { options, errors: ok ? [] : [...validate.errors ?? []] };
}
function takesNoOptions(schema) {
  const entries = Object.entries(schema);
  return entries.every(
    ([key, value]) => key === "type" && value === "object" || key === "properties" && value !== null && typeof value === "object" && Object.keys(value).length === 0 || key === "additionalProperties" && typeof value === "boolean"
  );
}
function isEmptyObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
}

// src/model/probe-addresses.ts
var import_ipaddr2 = __toESM(require_ipaddr(), 1);
function dnsServerAddress(text2) {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text2);
  let host;
  let port2;
  if (bracketed) [host, port2] = [bracketed[1], bracketed[2]];
  else if (import_ipaddr2.default.IPv6.isValid(text2)) host = text2;
  else [host, port2] = text2.split(/:(?=[^:]*$)/);
  const kind = import_ipaddr2.default.IPv4.isValidFourPartDecimal(host) ? 4 : import_ipaddr2.default.IPv6.isValid(host) ? 6 : 0;
  if (kind === 0) return new Error(`a DNS server is an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353), not '${text2}'`);
  if (port2 !== void 0 && (!/^\d{1,5}$/.test(port2) || Number(port2) < 1 || Number(port2) > 65535)) return new Error(`the port of DNS server '${text2}' is not a number from 1 to 65535`);
  if (port2 === void 0) return host;
  return kind === 6 ? `[${host}]:${port2}` : `${host}:${port2}`;
}
function parseConnectTo(text2) {
  const match = /^([^:[\]]*):(\d*):(\[[0-9a-fA-F:.]+\]|[^:[\]]*):(\d*)$/.exec(text2);
  if (!match) return new Error(`--connect-to takes HOST:PORT:ADDRESS:PORT (any part but the colons may be empty; an IPv6 address in brackets), not '${text2}'`);
  const [, host, port2, rawAddress, toPort] = match;
  const address = rawAddress.startsWith("[") ? rawAddress.slice(1, -1) : rawAddress;
  if (address !== "" && !import_ipaddr2.default.isValid(address)) return new Error(`--connect-to '${text2}': the address to connect to must be an IP address, not '${address}'`);
  for (const p of [port2, toPort]) {
    if (p !== "" && (Number(p) < 1 || Number(p) > 65535)) return new Error(`--connect-to '${text2}': ports are numbers from 1 to 65535`);
  }
  const out = {};
  if (host !== "") out.host = host.toLowerCase().replace(/\.$/, "");
  if (port2 !== "") out.port = Number(port2);
  if (address !== "") out.address = address;
  if (toPort !== "") out.toPort = Number(toPort);
  return out;
}

// src/config/presets.ts
function everyRule(registry, enabled) {
  return new Map(registry.map((rule) => [rule.id, { severity: enabled(rule) ? rule.meta.severity : "off" }]));
}
function ruleIsAbout(rule, product) {
  if (!familiesOf(rule.meta.families).includes(familyOfPresetProduct(product))) return false;
  return rule.meta.products === void 0 || rule.meta.products.includes(product);
}
var PRESET_DESCRIPTIONS = {
  lcs2005: "Live Communications Server 2005 (Communicator 2005, Access Proxy)",
  ocs2007r2: "Office Communications Server 2007 R2 (Office Communicator 2007 R2, Edge)",
  lync2010: "Lync Server 2010 (DNS load-balanced pools of at most 10 front ends, mobility)",
  lync2013: "Lync Server 2013",
  sfb: "Skype for Business Server 2015 and 2019",
  teams: "Microsoft Teams (Microsoft 365, Direct Routing SBCs)",
  cisco: "Cisco Unified CM with Expressway (Jabber, mobile and remote access)"
};
function productPreset(product) {
  return {
    description: `${PRESET_DESCRIPTIONS[product]}: the recommended rules about it, at their default severity, with its option values.`,
    settings: { product: PRESET_PRODUCT_SETTING[product] },
    rules: (registry) => {
      const settings = /* @__PURE__ */ new Map();
      for (const rule of registry) {
        if (!rule.meta.recommended || !ruleIsAbout(rule, product)) continue;
        const options = rule.meta.presetOptions?.[product];
        settings.set(rule.id, options ? { severity: rule.meta.severity, options: { ...options } } : { severity: rule.meta.severity });
      }
      return settings;
    }
  };
}
var PRESETS = {
  "uclint:recommended": {
    description: "Rules marked recommended, at their default severity; every other rule off.",
    rules: (registry) => everyRule(registry, (rule) => rule.meta.recommended)
  },
  "uclint:all": {
    description: "Every rule at its default severity.",
    rules: (registry) => everyRule(registry, () => true)
  },
  ...Object.fromEntries(PRESET_PRODUCTS.map((product) => [`uclint:${product}`, productPreset(product)]))
};
var DEFAULT_PRESET = "uclint:recommended";
function rulesTurnedOn(preset, registry) {
  const settings = preset.rules(registry);
  const on = [];
  for (const rule of registry) {
    const setting = settings.get(rule.id);
    if (setting?.severity === void 0 || setting.severity === "off") continue;
    on.push(setting.options ? { rule, severity: setting.severity, options: setting.options } : { rule, severity: setting.severity });
  }
  return on;
}

// src/config/schema.ts
var CONFIG_SEVERITIES = ["off", "info", "warn", "warning", "error"];
var RULE_ID_PATTERN = "^[a-z0-9]+/[a-z0-9-]+$";
var PLUGIN_NAME_PATTERN = "^(@[a-z0-9][a-z0-9._~-]*/)?uclint-plugin-[a-z0-9._~-]+$";
var ENVIRONMENT_VARIABLE_PATTERN = "^[A-Za-z_][A-Za-z0-9_]*$";
var PASSWORD_VARIABLE_PREFIX = "UCLINT_PKCS12_";
var globList = {
  type: "array",
  items: { type: "string", minLength: 1 },
  description: "Globs matched against paths relative to the lint root, with forward slashes: `*`, `**`, `?`, `[a-z]`, `{a,b}` (docs/formats.md)."
};
var CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "uclint configuration (.uclint.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    extends: {
      description: "Presets to start from, applied in order; `rules` is applied after them. Absent means uclint:recommended.",
      oneOf: [{ $ref: "#/definitions/presetName" }, { type: "array", items: { $ref: "#/definitions/presetName" } }]
    },
    plugins: {
      description: "Rule packs from installed packages named uclint-plugin-<name> or @<scope>/uclint-plugin-<name>, loaded only when the command line allows plugins (--allow-plugins, --plugins-from). They are looked up in the node_modules of uclint's installation (or --plugins-from) and refused when they lie inside the linted tree. Their rules are configured under `rules` like uclint's own.",
      type: "array",
      uniqueItems: true,
      items: { type: "string", pattern: PLUGIN_NAME_PATTERN, maxLength: 214 }
    },
    rules: {
      description: "Rule id to severity, or to [severity, options].",
      type: "object",
      propertyNames: { pattern: RULE_ID_PATTERN },
      additionalProperties: { $ref: "#/definitions/ruleSetting" }
    },
    views: {
      description: "Which zone files are the internal and which the external view of split-brain DNS.",
      type: "object",
      additionalProperties: false,
      properties: { internal: globList, external: globList }
    },
    zones: {
      description: "Origin of zone files whose origin is not written in them: path or glob to domain name (`contoso.com`).",
      type: "object",
      additionalProperties: { type: "string", minLength: 1 }
    },
    ignore: { ...globList, description: "Paths not to lint (globs); `dir/**` skips the whole directory." },
    settings: {
      description: "Facts about the deployment that rules use. Rule options go under `rules`, for plugins' rules too.",
      type: "object",
      additionalProperties: false,
      properties: {
        sipDomains: { type: "array", items: { type: "string", minLength: 1 }, description: "SIP domains of the deployment." },
        now: {
          type: "string",
          pattern: DATE_PATTERN,
          description: "The date expiry rules judge against (YYYY-MM-DD, or an ISO 8601 date-time); --now wins."
        },
        strictDnsNaming: { type: "boolean", description: "Clients enforce strict DNS naming (EnableStrictDNSNaming)." },
        product: {
          enum: [...PRODUCTS],
          description: "Product of the deployment (cisco: Unified CM with Expressway); selects product defaults, and the family rules run for unless `families` is given. A product preset sets it."
        },
        families: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { enum: [...FAMILIES] },
          description: "Families of the deployment, when the product alone cannot say (a hybrid of Skype for Business Server and Teams: [lync, teams]): lync (Lync Server 2010-2013, Skype for Business Server), legacy (LCS 2005, OCS 2007), teams, cisco, sip (generic SIP, IMS). Rules about other families do not run. Default: the family of `product`, else what the files show."
        }
      }
    },
    baseline: { type: "string", minLength: 1, description: "Baseline file of accepted findings, relative to the lint root." },
    maxFindingsPerFile: {
      type: "integer",
      minimum: 1,
      maximum: MAX_FINDINGS_PER_FILE_BOUND,
      description: `At most this many findings of each rule, and diagnostics of each code, in one file (default ${DEFAULT_MAX_FINDINGS_PER_FILE}); one more finding says how many were not kept. --max-findings-per-file wins.`
    },
    certificates: {
      description: "How certificate files are read.",
      type: "object",
      additionalProperties: false,
      properties: {
        passwords: {
          description: "PKCS#12 (.pfx, .p12) passwords: path or glob to the NAME of the environment variable that holds the password. The password itself never goes in the config. A config in the linted tree may name only variables starting with UCLINT_PKCS12_, or those the command line allows (--pkcs12-password-env).",
          type: "object",
          additionalProperties: { type: "string", pattern: ENVIRONMENT_VARIABLE_PATTERN }
        }
      }
    },
    probe: {
      description: "How `uclint probe` (and the Action's `probe: true`) asks the live DNS. Used by no other run.",
      type: "object",
      additionalProperties: false,
      properties: {
        dnsServers: {
          type: "array",
          minItems: 1,
          maxItems: 10,
          items: { type: "string", minLength: 1, maxLength: 64 },
          description: "DNS servers to ask instead of the system resolver: IP addresses with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353). --dns-server wins."
        },
        view: {
          enum: ["internal", "external"],
          description: "Which side of split-brain DNS the servers answer for, so the answers are compared with the zones of that view (default external). --view wins."
        }
      }
    },
    audit: {
      description: "Scheduled audits (GitHub Action): the one issue that lists the findings of the whole repository.",
      type: "object",
      additionalProperties: false,
      properties: {
        issueTitle: { type: "string", minLength: 1, maxLength: 256, description: 'Title of the audit issue (default "uclint audit").' },
        labels: { type: "array", items: { type: "string", minLength: 1 }, description: "Labels given to the audit issue when it is opened." }
      }
    }
  },
  definitions: {
    severity: { enum: [...CONFIG_SEVERITIES] },
    ruleSetting: {
      oneOf: [
        { $ref: "#/definitions/severity" },
        {
          type: "array",
          minItems: 1,
          maxItems: 2,
          items: [{ $ref: "#/definitions/severity" }, { type: "object" }]
        }
      ]
    },
    presetName: {
      type: "string",
      examples: ["uclint:recommended", "uclint:all", ...PRESET_PRODUCTS.map((product) => `uclint:${product}`)]
    }
  }
};
var CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.properties);

// src/config/load.ts
var DEFAULT_AUDIT_ISSUE_TITLE = "uclint audit";
var VARIABLE_NAME = new RegExp(ENVIRONMENT_VARIABLE_PATTERN);
var NOW_PATTERN = new RegExp(CONFIG_SCHEMA.properties.settings.properties.now.pattern);
var configValidator = lazyValidator(CONFIG_SCHEMA, validatorKeys.config);
function toSeverity(severity) {
  return severity === "warn" ? "warning" : severity;
}
function isConfigSeverity(text2) {
  return typeof text2 === "string" && CONFIG_SEVERITIES.includes(text2);
}
function loadConfig(text2, file, registry, trust = {}) {
  const parsed = parseYamlDocuments(text2, file);
  const diagnostics = withCodePrefix(parsed.diagnostics, "config");
  if (diagnostics.length > 0) return { diagnostics };
  if (parsed.documents.length > 1) {
    const second = parsed.documents[1];
    return { diagnostics: [errorAt(second.loc, "config/multiple-documents", "the configuration must be a single YAML document")] };
  }
  const root = parsed.documents[0]?.contents ?? null;
  const plain = root === null || root.kind === "scalar" && root.value === null ? {} : toPlainValue(root);
  const emptyRange = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const locator = new YamlLocator(root, emptyRange);
  const validateConfig = configValidator();
  const suggestions = new Suggestions();
  if (!validateConfig(plain)) {
    appendAll(diagnostics, configSchemaDiagnostics(validateConfig.errors ?? [], locator, registry, suggestions));
  }
  const written = plain;
  appendAll(diagnostics, semanticDiagnostics(written, locator, registry, suggestions));
  appendAll(diagnostics, passwordVariableDiagnostics(written, locator, trust.passwordVariables ?? []));
  if (diagnostics.length > 0) return { diagnostics: shownErrors(sortDiagnostics(diagnostics)) };
  const config = resolveConfig(written, registry, file, locator);
  if (config.baseline !== void 0) config.baselineAt = locator.value(["baseline"]);
  const sipDomains = written.settings?.sipDomains;
  if (Array.isArray(sipDomains)) config.sipDomainLocs = new Map(sipDomains.map((domain, i) => [canonicalName(String(domain)), locator.value(["settings", "sipDomains", String(i)])]));
  return { config, diagnostics: [] };
}
function defaultConfig(registry) {
  return resolveConfig({}, registry, void 0);
}
function applyRuleOverrides(config, overrides, registry) {
  const diagnostics = [];
  const where = { file: "", line: 1, column: 1, endLine: 1, endColumn: 1 };
  const ids = registry.map((rule) => rule.id);
  for (const override of overrides) {
    const colon = override.lastIndexOf(":");
    if (colon <= 0) {
      diagnostics.push(errorAt(where, "config/invalid-override", `--rule ${override}: expected <rule-id>:<severity>`));
      continue;
    }
    const id = override.slice(0, colon);
    const severity = override.slice(colon + 1);
    const rule = registry.find((r) => r.id === id);
    if (!rule) {
      diagnostics.push(errorAt(where, "config/unknown-rule", `--rule ${override}: unknown rule '${id}'${didYouMean(id, ids)}`));
      continue;
    }
    if (!isConfigSeverity(severity)) {
      diagnostics.push(
        errorAt(where, "config/invalid-severity", `--rule ${override}: invalid severity '${severity}'; expected one of: ${CONFIG_SEVERITIES.join(", ")}`)
      );
      continue;
    }
    const current = config.rules.get(id);
    config.rules.set(id, { severity: toSeverity(severity), options: current?.options ?? resolveRuleOptions(rule, {}).options });
  }
  return diagnostics;
}
function resolveConfig(written, registry, file, locator) {
  const presetNames = written.extends === void 0 ? [DEFAULT_PRESET] : typeof written.extends === "string" ? [written.extends] : written.extends;
  const chosen = /* @__PURE__ */ new Map();
  for (const rule of registry) chosen.set(rule.id, { severity: "off", options: {} });
  let presetSettings = {};
  for (const name of presetNames) {
    const preset = PRESETS[name];
    for (const [id, setting] of preset.rules(registry)) {
      const current = chosen.get(id);
      if (!current) continue;
      chosen.set(id, { severity: setting.severity ?? current.severity, options: { ...current.options, ...setting.options } });
    }
    presetSettings = { ...presetSettings, ...preset.settings };
  }
  for (const [id, entry] of Object.entries(written.rules ?? {})) {
    const current = chosen.get(id);
    if (!current) continue;
    const [severity, options] = typeof entry === "string" ? [entry, void 0] : entry;
    chosen.set(id, { severity: toSeverity(severity), options: { ...current.options, ...options } });
  }
  const rules = /* @__PURE__ */ new Map();
  for (const rule of registry) {
    const setting = chosen.get(rule.id);
    rules.set(rule.id, { severity: setting.severity, options: resolveRuleOptions(rule, setting.options).options });
  }
  const { now, ...otherSettings } = written.settings ?? {};
  const settings = { ...presetSettings, ...otherSettings };
  if (typeof now === "string") settings.now = parseConfigDate(now);
  const stated = familiesFromConfig(written, presetNames, locator);
  if (stated.families) settings.families = stated.families;
  const zones = {};
  for (const [pattern, origin] of Object.entries(written.zones ?? {})) zones[pattern] = canonicalName(origin);
  const config = {
    rules,
    views: { internal: [...written.views?.internal ?? []], external: [...written.views?.external ?? []] },
    zones,
    ignore: [...written.ignore ?? []],
    settings,
    certificatePasswords: { ...written.certificates?.passwords ?? {} },
    audit: { issueTitle: written.audit?.issueTitle ?? DEFAULT_AUDIT_ISSUE_TITLE, labels: [...written.audit?.labels ?? []] },
    maxFindingsPerFile: written.maxFindingsPerFile ?? DEFAULT_MAX_FINDINGS_PER_FILE,
    probe: { dnsServers: (written.probe?.dnsServers ?? []).map((server) => dnsServerAddress(server)) }
  };
  if (written.probe?.view !== void 0) config.probe.view = written.probe.view;
  if (file !== void 0) config.file = file;
  if (written.baseline !== void 0) config.baseline = written.baseline;
  if (stated.statement) config.familiesStatement = stated.statement;
  return config;
}
function familiesFromConfig(written, presetNames, locator) {
  const at2 = (segments) => locator ? { loc: locator.value(segments) } : {};
  const { families, product } = written.settings ?? {};
  if (Array.isArray(families)) return { statement: { text: `settings.families: [${families.join(", ")}]`, ...at2(["settings", "families"]) } };
  if (typeof product === "string") return { statement: { text: `settings.product: ${product}`, ...at2(["settings", "product"]) } };
  const productPresets = presetNames.flatMap((name) => {
    const presetProduct = PRESETS[name]?.settings?.product;
    return isProduct(presetProduct) ? [{ name, family: FAMILY_OF_PRODUCT[presetProduct] }] : [];
  });
  if (productPresets.length === 0) return {};
  const presetFamilies = new Set(productPresets.map((preset) => preset.family));
  const names2 = productPresets.map((preset) => preset.name);
  const statement = { text: names2.length === 1 ? `extends: ${names2[0]}` : `extends: [${names2.join(", ")}]`, ...at2(["extends"]) };
  return presetFamilies.size > 1 ? { statement, families: FAMILIES.filter((family) => presetFamilies.has(family)) } : { statement };
}
function parseDateText(text2) {
  return NOW_PATTERN.test(text2) ? parseConfigDate(text2) : void 0;
}
function unknownPresetMessage(name) {
  const names2 = Object.keys(PRESETS);
  return `unknown preset '${name}'${didYouMean(name, names2) || `; presets are: ${names2.join(", ")}`}`;
}
var MAX_CONFIG_ERRORS = 100;
function shownErrors(diagnostics) {
  if (diagnostics.length <= MAX_CONFIG_ERRORS) return diagnostics;
  const more = diagnostics.length - MAX_CONFIG_ERRORS;
  const next = diagnostics[MAX_CONFIG_ERRORS];
  return [...diagnostics.slice(0, MAX_CONFIG_ERRORS), errorAt(next, "config/too-many-errors", `${thousands(more)} more errors in the configuration are not shown`)];
}
function isRuleSettingPath(segments) {
  return segments[0] === "rules" && segments.length === 2;
}
function configSchemaDiagnostics(errors, locator, registry, suggestions) {
  const ids = registry.map((rule) => rule.id);
  return schemaDiagnostics(errors, {
    codePrefix: "config",
    rootName: "the configuration",
    locator,
    suggestions,
    describeKey: ({ error: e, range }) => {
      const name = String(e.params.propertyName);
      const samePart = ids.find((id) => id.slice(id.indexOf("/") + 1) === name);
      const hint = samePart ? `, did you mean '${samePart}'?` : suggestions.didYouMean(name, ids).replace(/^;/, ",");
      return errorAt(range, "config/unknown-rule", `unknown rule '${name}'; rule ids are <pack>/<rule>${hint}`);
    },
    describeValue: (site) => ruleSettingDiagnostic(site)
  });
}
function ruleSettingDiagnostic({ error: e, segments, path: path11, range }) {
  const data = e.data;
  const ruleSetting = isRuleSettingPath(segments);
  const severityPath = ruleSetting || segments[0] === "rules" && segments.length === 3 && segments[2] === "0";
  if (severityPath && (typeof data !== "object" || data === null || !ruleSetting)) {
    const id = segments[1];
    return errorAt(
      range,
      "config/invalid-severity",
      `invalid severity ${show(data)} for rule '${id}'; expected one of: ${CONFIG_SEVERITIES.join(", ")}${typeof data === "string" ? didYouMean(data, CONFIG_SEVERITIES) : ""}`
    );
  }
  if (ruleSetting) return errorAt(range, "config/invalid-rule-setting", `${path11} must be a severity or a list [severity, options]`);
  if (segments[0] === "rules" && segments.length === 3 && segments[2] === "1") {
    return errorAt(range, "config/invalid-options", `options of rule '${segments[1]}' must be a mapping`);
  }
  if (e.keyword === "pattern" && segments[0] === "plugins" && segments.length === 2) {
    return errorAt(
      range,
      "config/invalid-plugin-name",
      `plugins: '${String(data)}' is not a plugin's package name; a plugin is an installed package named uclint-plugin-<name> or @<scope>/uclint-plugin-<name>, written by that name alone (no paths, versions, URLs or file: specifiers)`
    );
  }
  const listPath = segments.join(".");
  if (e.keyword === "uniqueItems" && (listPath === "plugins" || listPath === "settings.families") && Array.isArray(data)) {
    return errorAt(range, "config/invalid-value", `${listPath}: '${String(data[e.params.i])}' is listed twice`);
  }
  if (e.keyword === "minItems" && listPath === "settings.families") {
    return errorAt(range, "config/invalid-value", `settings.families: list at least one of ${FAMILIES.join(", ")}, or leave it out`);
  }
  if (e.keyword === "pattern" && segments.join("/") === "settings/now") {
    return errorAt(range, "config/invalid-date", `settings.now: '${String(data)}' is not a date (YYYY-MM-DD)`);
  }
  return void 0;
}
function semanticDiagnostics(written, locator, registry, suggestions) {
  const diagnostics = [];
  const extendsList = typeof written.extends === "string" ? [written.extends] : Array.isArray(written.extends) ? written.extends : [];
  extendsList.forEach((name, index) => {
    if (typeof name !== "string" || Object.hasOwn(PRESETS, name)) return;
    const segments = typeof written.extends === "string" ? ["extends"] : ["extends", String(index)];
    diagnostics.push(errorAt(locator.value(segments), "config/unknown-preset", unknownPresetMessage(name)));
  });
  const dnsServers = written.probe?.dnsServers;
  if (Array.isArray(dnsServers)) {
    dnsServers.forEach((server, index) => {
      const address = typeof server === "string" ? dnsServerAddress(server) : void 0;
      if (address instanceof Error) diagnostics.push(errorAt(locator.value(["probe", "dnsServers", String(index)]), "config/invalid-dns-server", `probe.dnsServers: ${address.message}`));
    });
  }
  const rules = written.rules;
  if (rules && typeof rules === "object" && !Array.isArray(rules)) {
    const ids = registry.map((rule) => rule.id);
    const byId = new Map(registry.map((rule) => [rule.id, rule]));
    for (const [id, entry] of Object.entries(rules)) {
      const rule = byId.get(id);
      if (!rule) {
        if (/^[a-z0-9]+\/[a-z0-9-]+$/.test(id)) {
          diagnostics.push(errorAt(locator.key(["rules", id]), "config/unknown-rule", `unknown rule '${id}'${suggestions.didYouMean(id, ids)}`));
        }
        continue;
      }
      if (!Array.isArray(entry) || entry.length !== 2 || !isPlainObject(entry[1])) continue;
      if (!rule.meta.options) {
        if (Object.keys(entry[1]).length > 0) {
          diagnostics.push(errorAt(locator.value(["rules", id, "1"]), "config/invalid-options", `rule '${id}' takes no options`));
        }
        continue;
      }
      const { errors } = resolveRuleOptions(rule, entry[1]);
      for (const e of errors) {
        const inner = pointerSegments(e.instancePath);
        const base = ["rules", id, "1", ...inner];
        if (e.keyword === "additionalProperties") {
          const name = String(e.params.additionalProperty);
          const known = Object.keys(rule.meta.options?.properties ?? {});
          const hint = suggestions.didYouMean(name, known) || (known.length ? `; options are: ${known.join(", ")}` : "; the rule takes no options");
          diagnostics.push(errorAt(locator.key([...base, name]), "config/invalid-options", `unknown option '${name}' for rule '${id}'${hint}`));
        } else {
          const where = displayPath(inner, "options");
          diagnostics.push(errorAt(locator.value(base), "config/invalid-options", `rule '${id}' option ${where} ${e.message ?? "is invalid"}`));
        }
      }
    }
  }
  const families = written.settings && typeof written.settings === "object" ? written.settings.families : void 0;
  const product = written.settings && typeof written.settings === "object" ? written.settings.product : void 0;
  if (Array.isArray(families) && isProduct(product) && !families.includes(FAMILY_OF_PRODUCT[product])) {
    diagnostics.push(
      errorAt(
        locator.value(["settings", "product"]),
        "config/invalid-value",
        `settings.product: ${product} is of the family ${FAMILY_OF_PRODUCT[product]}, which settings.families does not list; add it there, or remove the product`
      )
    );
  }
  const notDomain = (segments, text2) => diagnostics.push(errorAt(locator.value(segments), "config/invalid-domain", `${displayPath(segments, "the configuration")}: '${text2}' is not a domain name`));
  if (isPlainObject(written.zones)) {
    for (const [pattern, origin] of Object.entries(written.zones)) if (typeof origin === "string" && origin !== "" && !isDomainName(origin)) notDomain(["zones", pattern], origin);
  }
  const sipDomains = isPlainObject(written.settings) ? written.settings.sipDomains : void 0;
  if (Array.isArray(sipDomains)) {
    sipDomains.forEach((domain, index) => {
      if (typeof domain === "string" && domain !== "" && !isDomainName(domain)) notDomain(["settings", "sipDomains", String(index)], domain);
    });
  }
  const now = written.settings && typeof written.settings === "object" ? written.settings.now : void 0;
  if (typeof now === "string" && NOW_PATTERN.test(now) && parseConfigDate(now) === void 0) {
    diagnostics.push(errorAt(locator.value(["settings", "now"]), "config/invalid-date", `settings.now: '${now}' is not a valid date`));
  }
  const globs = globBoundProblem(written);
  if (globs) diagnostics.push(errorAt(globs.key ? locator.key(globs.path) : locator.value(globs.path), "config/too-many-globs", globs.message));
  return diagnostics;
}
function passwordVariableDiagnostics(written, locator, allowed) {
  const passwords = isPlainObject(written.certificates) ? written.certificates.passwords : void 0;
  if (!isPlainObject(passwords)) return [];
  const diagnostics = [];
  for (const [pattern, variable] of Object.entries(passwords)) {
    if (typeof variable !== "string" || !VARIABLE_NAME.test(variable) || variable.startsWith(PASSWORD_VARIABLE_PREFIX) || allowed.includes(variable)) continue;
    diagnostics.push(
      errorAt(
        locator.value(["certificates", "passwords", pattern]),
        "config/password-variable-refused",
        `certificates.passwords: a configuration may name only environment variables whose names start with ${PASSWORD_VARIABLE_PREFIX}, or those the command line allows (--pkcs12-password-env ${variable}, or the Action's pkcs12-password-env input); ${variable} is not read`
      )
    );
  }
  return diagnostics;
}
function isDomainName(text2) {
  return text2 === "." || readHostName(text2) !== void 0;
}
var MAX_CONFIG_GLOBS = 1e3;
var MAX_CONFIG_GLOB_CHARACTERS = 64 * 1024;
function globBoundProblem(written) {
  const lists = [
    { path: ["ignore"], globs: written.ignore, key: false },
    { path: ["views", "internal"], globs: isPlainObject(written.views) ? written.views.internal : void 0, key: false },
    { path: ["views", "external"], globs: isPlainObject(written.views) ? written.views.external : void 0, key: false },
    { path: ["zones"], globs: isPlainObject(written.zones) ? Object.keys(written.zones) : void 0, key: true },
    { path: ["certificates", "passwords"], globs: isPlainObject(written.certificates) && isPlainObject(written.certificates.passwords) ? Object.keys(written.certificates.passwords) : void 0, key: true }
  ];
  let count = 0;
  let characters = 0;
  for (const { path: path11, globs, key } of lists) {
    if (!Array.isArray(globs)) continue;
    for (let i = 0; i < globs.length; i++) {
      const glob = globs[i];
      if (typeof glob !== "string") continue;
      count++;
      characters += glob.length;
      const at2 = key ? [...path11, glob] : [...path11, String(i)];
      const where = "globs of ignore, views, zones and certificates.passwords together";
      if (count > MAX_CONFIG_GLOBS) return { path: at2, key, message: `more than ${thousands(MAX_CONFIG_GLOBS)} ${where}; every file met is matched against each` };
      if (characters > MAX_CONFIG_GLOB_CHARACTERS) return { path: at2, key, message: `more than ${thousands(MAX_CONFIG_GLOB_CHARACTERS)} characters of ${where}; every file met is matched against each` };
    }
  }
  return void 0;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/plugins.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, realpathSync as realpathSync4, statSync as statSync3 } from "node:fs";
import path5 from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/engine/rule.ts
function defineRule(rule) {
  if (!/^[a-z0-9]+\/[a-z0-9-]+$/.test(rule.id)) {
    throw new Error(`rule id "${rule.id}" is not of the form <pack>/<rule-name>`);
  }
  return Object.freeze(rule);
}
function packOf(ruleId) {
  return ruleId.slice(0, ruleId.indexOf("/"));
}
function fillMessage(template, data = {}) {
  const parts = templateParts(template);
  let text2 = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i];
    text2 += (key in data ? String(data[key]) : parts[i + 1]) + parts[i + 2];
  }
  return text2;
}
var TEMPLATE_PARTS = /* @__PURE__ */ new Map();
var PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
function templateParts(template) {
  let parts = TEMPLATE_PARTS.get(template);
  if (parts === void 0) {
    const split = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      split.push(template.slice(last, match.index), match[1], match[0]);
      last = match.index + match[0].length;
    }
    split.push(template.slice(last));
    parts = split;
    if (TEMPLATE_PARTS.size < 1e4) TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}

// src/config/tree.ts
import { existsSync, realpathSync as realpathSync3 } from "node:fs";
import path4 from "node:path";
function repositoryTop(directory) {
  for (let current = path4.resolve(directory); ; current = path4.dirname(current)) {
    if (existsSync(path4.join(current, ".git"))) return current;
    if (path4.dirname(current) === current) return void 0;
  }
}
function lintTree(root, configDirectory) {
  const top = repositoryTop(root);
  const directories = [path4.resolve(root), ...top === void 0 ? [] : [top]];
  if (configDirectory !== void 0 && !directories.some((directory) => isInside(path4.resolve(configDirectory), directory))) {
    directories.push(path4.resolve(configDirectory));
  }
  const realDirectories = [...new Set(directories.flatMap((d) => realPath(d) ?? []))];
  return top === void 0 ? { directories, realDirectories } : { directories, realDirectories, repositoryTop: top };
}
function realPath(file) {
  try {
    return realpathSync3(file);
  } catch {
    return void 0;
  }
}
function underTree(file, tree) {
  const absolute = path4.resolve(file);
  return [...tree.directories, ...tree.realDirectories].some((directory) => isInside(absolute, directory));
}
function leavesTree(file, tree) {
  const real = realPath(file);
  return real !== void 0 && !tree.realDirectories.some((directory) => isInside(real, directory));
}
function staysInTree(file, tree) {
  const absolute = path4.resolve(file);
  return tree.directories.some((directory) => isInside(absolute, directory)) && !leavesTree(file, tree);
}

// src/config/plugins.ts
var PLUGINS_NOT_ALLOWED = "a configuration may name plugins only when the command line allows them (--allow-plugins, or --plugins-from naming where they are installed)";
var ENGINE_PACKS = ["parse", "uclint"];
var SEVERITIES = ["error", "warning", "info"];
var NAME = new RegExp(PLUGIN_NAME_PATTERN);
var RULE_ID = new RegExp(RULE_ID_PATTERN);
var CONDITIONS = ["import", "node", "default"];
function ownInstallation() {
  return path5.dirname(fileURLToPath(import.meta.url));
}
async function loadPlugins(text2, file, tree, registry, options = {}) {
  const parsed = parseYamlDocuments(text2, file);
  const root = parsed.diagnostics.length === 0 ? parsed.documents[0]?.contents : void 0;
  if (!root || root.kind !== "map") return { plugins: [], diagnostics: [] };
  const plain = toPlainValue(root);
  if (!Array.isArray(plain.plugins) || plain.plugins.length === 0) return { plugins: [], diagnostics: [] };
  const names2 = plain.plugins;
  const locator = new YamlLocator(root, { file, line: 1, column: 1, endLine: 1, endColumn: 1 });
  if (options.allow !== true) {
    return { plugins: [], diagnostics: [errorAt(locator.key(["plugins"]), "config/plugins-refused", `plugins are not loaded: ${options.refusal ?? PLUGINS_NOT_ALLOWED}`)] };
  }
  await loadRuntimeValidators();
  const diagnostics = [];
  const plugins = [];
  const taken = new Map([...registry.map((rule) => packOf(rule.id)), ...ENGINE_PACKS].map((pack) => [pack, "uclint"]));
  const from = path5.resolve(options.resolveFrom ?? ownInstallation());
  const checkout = options.refuseInside ?? [];
  const untrusted = { directories: [...tree.directories, ...checkout.map((d) => path5.resolve(d))], realDirectories: [...tree.realDirectories, ...checkout.filter(existsSync2).map((d) => realpathSync4(d))] };
  for (const [index, name] of names2.entries()) {
    if (typeof name !== "string" || !NAME.test(name) || names2.indexOf(name) !== index) continue;
    const where = locator.value(["plugins", String(index)]);
    const loaded = await loadPlugin(name, from, untrusted, where);
    if ("diagnostic" in loaded) {
      diagnostics.push(loaded.diagnostic);
      continue;
    }
    const problems = packProblems(loaded.plugin.rules, name, taken);
    if (problems.length > 0) {
      diagnostics.push(errorAt(where, "config/plugin-invalid", `plugin '${name}': ${problems.join("; ")}`));
      continue;
    }
    plugins.push(loaded.plugin);
  }
  return { plugins, diagnostics };
}
async function loadPlugin(name, from, untrusted, where) {
  const fail = (code, message) => ({ diagnostic: errorAt(where, code, `plugin '${name}': ${message}`) });
  const packageDirectory = findPackage(name, from);
  if (!packageDirectory) return fail("config/plugin-not-found", `no installed package of that name in node_modules of ${from} or its parents; install it beside uclint`);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync2(path5.join(packageDirectory, "package.json"), "utf8"));
  } catch (e) {
    return fail("config/plugin-invalid", `cannot read its package.json: ${e.message}`);
  }
  const entry = entryFile(packageDirectory, manifest);
  if (!entry) return fail("config/plugin-invalid", 'its package.json names no entry file that exists (exports "." with an import, node or default condition, or main)');
  const realEntry = realpathSync4(entry);
  const inside = [packageDirectory, entry, realpathSync4(packageDirectory), realEntry].find((p) => underTree(p, untrusted));
  if (inside !== void 0) {
    return fail("config/plugin-refused", `refused: ${inside} is inside the tree being linted, and uclint never runs code from the files it checks; install the plugin outside it`);
  }
  let module;
  try {
    module = await import(pathToFileURL(realEntry).href);
  } catch (e) {
    return fail("config/plugin-load-failed", `importing ${realEntry} failed: ${e.message}`);
  }
  const exported = module.default;
  if (!Array.isArray(exported)) return fail("config/plugin-invalid", "its default export must be an array of rules (defineRule objects)");
  const problems = exported.flatMap((rule, index) => ruleProblems(rule, index));
  if (problems.length > 0) return fail("config/plugin-invalid", problems.join("; "));
  const version = typeof manifest.version === "string" ? manifest.version : void 0;
  return { plugin: { name, ...version ? { version } : {}, file: realEntry, rules: exported } };
}
function findPackage(name, from) {
  for (let directory = from; ; directory = path5.dirname(directory)) {
    if (path5.basename(directory) !== "node_modules") {
      const candidate = path5.join(directory, "node_modules", ...name.split("/"));
      if (isFile(path5.join(candidate, "package.json"))) return candidate;
    }
    if (path5.dirname(directory) === directory) return void 0;
  }
}
function entryFile(directory, manifest) {
  if (manifest.exports !== void 0 && manifest.exports !== null) {
    const exports = manifest.exports;
    const isSubpathMap = typeof exports === "object" && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith("."));
    const target = exportTarget(isSubpathMap ? exports["."] : exports);
    if (target === void 0) return void 0;
    if (!target.startsWith("./") || target.split("/").includes("..")) return void 0;
    const file = path5.join(directory, target);
    return isFile(file) ? file : void 0;
  }
  const main = typeof manifest.main === "string" && manifest.main !== "" ? manifest.main : void 0;
  const candidates = main ? [main, `${main}.js`, `${main}/index.js`] : ["index.js"];
  return candidates.map((c) => path5.join(directory, c)).find((file) => isInside(file, directory) && isFile(file));
}
function exportTarget(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(exportTarget).find((t) => t !== void 0);
  if (typeof value === "object" && value !== null) {
    for (const [condition, nested] of Object.entries(value)) {
      if (!CONDITIONS.includes(condition)) continue;
      const target = exportTarget(nested);
      if (target !== void 0) return target;
    }
  }
  return void 0;
}
function isFile(file) {
  return existsSync2(file) && statSync3(file).isFile();
}
function ruleProblems(rule, index) {
  if (typeof rule !== "object" || rule === null) return [`rule ${index} is not an object`];
  const r = rule;
  const name = typeof r.id === "string" ? `rule ${index} (${r.id})` : `rule ${index}`;
  const problems = [];
  const want = (ok, what) => {
    if (!ok) problems.push(`${name}: ${what}`);
  };
  want(typeof r.id === "string" && RULE_ID.test(r.id), "id must be <pack>/<rule-name> (lower-case letters, digits, hyphens)");
  want(typeof r.check === "function", "check must be a function");
  want(r.appliesTo === void 0 || typeof r.appliesTo === "function", "appliesTo must be a function");
  const meta = r.meta;
  if (typeof meta !== "object" || meta === null) return [...problems, `${name}: meta is missing`];
  want(typeof meta.description === "string" && meta.description !== "", "meta.description must be a non-empty string");
  want(typeof meta.rationale === "string", "meta.rationale must be a string");
  want(SEVERITIES.includes(meta.severity), `meta.severity must be one of: ${SEVERITIES.join(", ")}`);
  want(typeof meta.recommended === "boolean", "meta.recommended must be true or false");
  want(
    Array.isArray(meta.citations) && meta.citations.every((c) => typeof c === "object" && c !== null && typeof c.source === "string"),
    "meta.citations must be a list of { source, section?, url? }"
  );
  const messages = meta.messages;
  want(
    typeof messages === "object" && messages !== null && Object.keys(messages).length > 0 && Object.values(messages).every((m) => typeof m === "string"),
    "meta.messages must map message ids to strings"
  );
  want(meta.examples === void 0 || typeof meta.examples === "object" && meta.examples !== null, "meta.examples must be an object");
  const families = meta.families;
  want(families === void 0 || families === "all" || Array.isArray(families) && families.length > 0 && families.every(isFamily), `meta.families must be 'all' or a list of: ${FAMILIES.join(", ")}`);
  if (meta.options !== void 0) {
    if (typeof meta.options !== "object" || meta.options === null || Array.isArray(meta.options)) {
      want(false, "meta.options must be a JSON Schema object");
    } else {
      try {
        resolveRuleOptions(rule, {});
      } catch (e) {
        want(false, `meta.options is not a usable JSON Schema: ${e.message}`);
      }
    }
  }
  return problems;
}
function packProblems(rules, name, taken) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const pack = packOf(rule.id);
    const owner = taken.get(pack);
    if (owner !== void 0 && owner !== name) {
      problems.push(`rule ${rule.id} is in pack '${pack}', which ${owner === "uclint" ? "is one of uclint's own" : `plugin '${owner}' uses`}; a plugin's rules need a pack name of their own`);
    }
    if (seen.has(rule.id)) problems.push(`rule ${rule.id} is exported twice`);
    seen.add(rule.id);
  }
  if (problems.length === 0) for (const rule of rules) taken.set(packOf(rule.id), name);
  return problems;
}

// src/config/source.ts
import { existsSync as existsSync3, lstatSync, readFileSync as readFileSync3, statSync as statSync4 } from "node:fs";
import path6 from "node:path";
var CONFIG_FILE_NAMES = [".uclint.yml", ".uclint.yaml"];
function findConfigFile(directory) {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path6.join(directory, name);
    if (existsSync3(candidate) && statSync4(candidate).isFile()) return candidate;
  }
  return void 0;
}
function findNearestConfig(paths, root) {
  const top = repositoryTop(root);
  const stop = top !== void 0 && isInside(root, top) ? top : root;
  let directory = commonDirectory(paths);
  for (; ; ) {
    const found = findConfigFile(directory);
    if (found) return found;
    const parent = path6.dirname(directory);
    if (directory === stop || parent === directory || !isInside(parent, stop)) return void 0;
    directory = parent;
  }
}
function readConfigSource(file, root, shown) {
  const tree = lintTree(root, path6.dirname(file));
  try {
    if (!statSync4(file).isFile()) return { refusal: { message: `config ${shown} is not a regular file` } };
  } catch (error) {
    return { refusal: { message: `cannot read config ${shown}: ${error.code ?? String(error)}` } };
  }
  if (leavesTree(file, tree)) {
    return {
      refusal: {
        message: `config ${shown} leads through a symbolic link to a file outside the linted tree (the lint root, the config's directory and the repository); it is not read`
      }
    };
  }
  let text2;
  try {
    text2 = readFileSync3(file, "utf8");
  } catch (error) {
    return { refusal: { message: `cannot read config ${shown}: ${error.code ?? String(error)}` } };
  }
  return { source: { path: file, text: text2, tree, throughLink: reachedThroughLink(file, tree) } };
}
function reachedThroughLink(file, tree) {
  const base = tree.directories.find((directory) => isInside(file, directory)) ?? path6.dirname(file);
  const realBase = realPath(base);
  const real = realPath(file);
  return realBase === void 0 || real === void 0 || lstatSync(file).isSymbolicLink() || path6.relative(base, file) !== path6.relative(realBase, real);
}
function withheld(problem) {
  const what = problem.code ? `${problem.code} ` : "";
  return {
    ...problem,
    message: `${what}problem in a configuration reached through a symbolic link; its text is not repeated (replace the link with the file to see the message)`
  };
}

// src/engine/families.ts
function notAboutFamilies(families, estate) {
  if (isEveryFamily(families)) return void 0;
  if (families.some((family) => estate.has(family))) return void 0;
  const about = `about ${familiesInWords(families)}`;
  if (estate.source === "unknown") {
    return `${about}; nothing in the files shows ${families.length === 1 ? "it" : "any of them"} (settings.families or settings.product states the families)`;
  }
  return `${about}; the estate is ${familiesInWords(estate.families)} (${estate.how})`;
}
function whyRuleIsNotAbout(rule, estate, product) {
  const byFamily = notAboutFamilies(familiesOf(rule.meta.families), estate);
  if (byFamily) return byFamily;
  const products = rule.meta.products;
  if (products === void 0 || !isProduct(product)) return void 0;
  const presetProduct = presetProductOf(product);
  if (products.includes(presetProduct)) return void 0;
  return `about ${products.join(", ")} of its families; the estate's product is ${product}`;
}
function messagesNotAbout(rule, estate) {
  const found = /* @__PURE__ */ new Map();
  for (const [messageId, families] of Object.entries(rule.meta.messageFamilies ?? {})) {
    const reason = notAboutFamilies(familiesOf(families), estate);
    if (reason) found.set(messageId, reason);
  }
  return found;
}

// src/engine/run.ts
function runRules(estate, rules, settings, now, limiter = new FindingLimiter()) {
  const findings = [];
  const outcomes = [];
  let families;
  for (const rule of rules) {
    const setting = settings.get(rule.id);
    if (!setting || setting.severity === "off") {
      outcomes.push({ ruleId: rule.id, status: "off", findings: 0, time: 0 });
      continue;
    }
    families ??= estate.families();
    const notAbout = whyRuleIsNotAbout(rule, families, estate.product());
    if (notAbout !== void 0) {
      outcomes.push({ ruleId: rule.id, status: "not-applicable", findings: 0, time: 0, reason: notAbout, otherFamilies: true });
      continue;
    }
    if (rule.appliesTo && !rule.appliesTo(estate)) {
      const reason = packOf(rule.id) === "live" && estate.live === void 0 ? "runs only in uclint probe (what the DNS and TLS endpoints serve)" : "nothing in the estate for it to check";
      outcomes.push({ ruleId: rule.id, status: "not-applicable", findings: 0, time: 0, reason });
      continue;
    }
    const severity = setting.severity;
    const findingsGroup = { ruleId: rule.id, kind: "findings" };
    const notesGroup = { ruleId: rule.id, kind: "notes" };
    let reported = 0;
    const notCheckedSeen = /* @__PURE__ */ new Set();
    const messagesNotReported = messagesNotAbout(rule, families);
    const messagesReason = [...messagesNotReported].map(([messageId, why]) => `${messageId} not reported: ${why}`).join("; ");
    const started = performance.now();
    try {
      rule.check({
        estate,
        options: setting.options,
        now,
        report(descriptor) {
          const template = rule.meta.messages[descriptor.messageId];
          if (template === void 0) {
            throw new Error(`rule ${rule.id} reported unknown messageId "${descriptor.messageId}"`);
          }
          if (messagesNotReported.has(descriptor.messageId)) return;
          const findingSeverity = descriptor.severity ? milder(descriptor.severity, severity) : severity;
          reported++;
          const loc = descriptor.node.loc;
          if (!limiter.admit(findingsGroup, loc, findingSeverity)) return;
          const finding = {
            file: loc.file,
            line: loc.line,
            column: loc.column,
            endLine: loc.endLine,
            endColumn: loc.endColumn,
            ruleId: rule.id,
            severity: findingSeverity,
            message: fillMessage(template, descriptor.data),
            messageId: descriptor.messageId,
            data: descriptor.data
          };
          if (descriptor.related !== void 0) finding.related = descriptor.related.map((r) => ({ ...r.node.loc, message: r.message }));
          findings.push(finding);
        },
        notChecked(node, reason) {
          const key = `${node.loc.file}:${node.loc.line}:${reason}`;
          if (notCheckedSeen.has(key)) return;
          notCheckedSeen.add(key);
          reported++;
          if (!limiter.admit(notesGroup, node.loc, "info")) return;
          findings.push({
            ...node.loc,
            ruleId: rule.id,
            severity: "info",
            message: `not checked: ${reason}`,
            messageId: "notChecked",
            data: { reason }
          });
        }
      });
      for (const summary of limiter.takeNotKept()) findings.push(summary);
      outcomes.push({ ruleId: rule.id, status: "ran", findings: reported, time: performance.now() - started, ...messagesReason ? { reason: messagesReason } : {} });
    } catch (error) {
      for (const summary of limiter.takeNotKept()) findings.push(summary);
      findings.push({
        file: "",
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
        ruleId: "uclint/rule-crash",
        severity: "error",
        message: `rule ${rule.id} failed: ${error.stack ?? String(error)}`
      });
      outcomes.push({ ruleId: rule.id, status: "crashed", findings: reported, time: performance.now() - started });
    }
  }
  return { findings, outcomes };
}
function sortAndDeduplicate(findings) {
  const sorted = [...findings].sort(
    (a, b) => compareRanges(a, b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
  const out = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && last.ruleId === f.ruleId && compareRanges(last, f) === 0 && last.message === f.message) continue;
    out.push(f);
  }
  return out;
}
function milder(a, b) {
  return SEVERITY_WEIGHT[a] <= SEVERITY_WEIGHT[b] ? a : b;
}

// src/engine/suppressions.ts
var MARKER = "uclint-disable-";
var DIRECTIVE_START = /uclint-disable-(next-line|line|file)(?=\s|$)/y;
var DirectiveReader = class {
  files = /* @__PURE__ */ new Map();
  /** Files with a text still held. */
  open = /* @__PURE__ */ new Set();
  comment = (file, text2, start, end) => this.read(file, text2, start, end);
  /**
   * Ends every file whose comments came in since the last call: next-line directives still
   * waiting cover the next line with content (or the line after theirs at the end of the
   * file), and the texts are let go, so that nothing of a file is kept but its directives.
   */
  endFiles() {
    for (const state of this.open) {
      if (state.pending.length > 0 && state.text !== void 0) {
        const content = firstContent(state.text, state.scanFrom, state.text.length);
        const line = content < state.text.length ? this.lineAt(state, content) : void 0;
        for (const directive of state.pending) directive.targetLine = line ?? directive.loc.line + 1;
        state.pending = [];
      }
      state.text = void 0;
    }
    this.open.clear();
  }
  /** The directives of every file that has any, in the order of each file. */
  directivesByFile() {
    this.endFiles();
    const byFile = /* @__PURE__ */ new Map();
    for (const [file, state] of this.files) if (state.directives.length > 0) byFile.set(file, state.directives);
    return byFile;
  }
  read(file, text2, start, end) {
    let state = this.files.get(file);
    if (state === void 0) {
      state = { text: text2, lastStart: -1, nextMarker: -1, offset: 0, line: 1, lineStart: 0, directives: [], pending: [], scanFrom: 0 };
      this.files.set(file, state);
    }
    if (start <= state.lastStart) return;
    state.lastStart = start;
    if (state.text !== text2) {
      state.text = text2;
      state.nextMarker = -1;
    }
    this.open.add(state);
    if (state.pending.length > 0) {
      const content = firstContent(text2, state.scanFrom, start);
      if (content < start) {
        const line = this.lineAt(state, content);
        for (const directive of state.pending) directive.targetLine = line;
        state.pending = [];
      } else {
        state.scanFrom = end;
      }
    }
    const starts = directiveStarts(state, text2, start, end);
    for (let i = 0; i < starts.length; i++) {
      const directive = this.directive(state, file, text2, starts[i], i + 1 < starts.length ? starts[i + 1] : end);
      state.directives.push(directive);
      if (directive.kind === "next-line") {
        state.pending.push(directive);
        state.scanFrom = end;
      }
    }
  }
  directive(state, file, text2, at2, end) {
    const body = text2.slice(at2, end).trimEnd();
    DIRECTIVE_START.lastIndex = 0;
    const kind = DIRECTIVE_START.exec(body)[1];
    const rest = body.slice(MARKER.length + kind.length);
    const [rulesPart, ...reasonParts] = rest.split(/\s--\s?|\s--$|^--\s?/);
    const reason = detached(reasonParts.join(" -- ").trim()) || void 0;
    const ruleIds = (rulesPart ?? "").split(/[\s,]+/).filter(Boolean).map(detached);
    const line = this.lineAt(state, at2);
    const column = at2 - state.lineStart + 1 - (state.lineStart === 0 && text2.charCodeAt(0) === 65279 ? 1 : 0);
    return {
      kind,
      ruleIds,
      reason,
      loc: { file, line, column, endLine: line, endColumn: column + body.length },
      targetLine: kind === "line" ? line : void 0,
      used: /* @__PURE__ */ new Set()
    };
  }
  /** The line of `offset`, counting on from the last offset asked (offsets come in order). */
  lineAt(state, offset) {
    const text2 = state.text;
    if (offset < state.offset) {
      state.offset = 0;
      state.line = 1;
      state.lineStart = 0;
    }
    for (let i = state.offset; i < offset; i++) {
      const c = text2.charCodeAt(i);
      if (c === 10 || c === 13 && text2.charCodeAt(i + 1) !== 10) {
        state.line++;
        state.lineStart = i + 1;
      }
    }
    state.offset = offset;
    return state.line;
  }
};
function directiveStarts(state, text2, start, end) {
  const starts = [];
  let from = start;
  for (; ; ) {
    if (state.nextMarker < from) {
      const found = text2.indexOf(MARKER, from);
      state.nextMarker = found < 0 ? text2.length : found;
    }
    const at2 = state.nextMarker;
    if (at2 >= end) return starts;
    DIRECTIVE_START.lastIndex = at2;
    const match = DIRECTIVE_START.exec(text2);
    if (match && match.index + match[0].length <= end) starts.push(at2);
    from = at2 + MARKER.length;
  }
}
function firstContent(text2, from, to) {
  for (let i = from; i < to; i++) {
    const c = text2.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 65279) return i;
  }
  return to;
}
function applyDirectives(findings, directivesByFile) {
  const indexes = /* @__PURE__ */ new Map();
  for (const [file, directives] of directivesByFile) indexes.set(file, indexDirectives(directives));
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const index = indexes.get(finding.file);
    if (!index) continue;
    const onLine = index.byLineAndRule.get(`${finding.line} ${finding.ruleId}`);
    const inFile = index.fileByRule.get(finding.ruleId);
    const chosen = onLine === void 0 || inFile !== void 0 && inFile.position < onLine.position ? inFile : onLine;
    if (!chosen) continue;
    chosen.directive.used.add(finding.ruleId);
    finding.suppressed = { kind: chosen.directive.kind === "file" ? "file" : "inline", reason: chosen.directive.reason };
  }
}
function indexDirectives(directives) {
  const index = { byLineAndRule: /* @__PURE__ */ new Map(), fileByRule: /* @__PURE__ */ new Map() };
  directives.forEach((directive, position) => {
    const entry = { directive, position };
    for (const ruleId of directive.ruleIds) {
      const map = directive.kind === "file" ? index.fileByRule : index.byLineAndRule;
      const key = directive.kind === "file" ? ruleId : directive.targetLine === void 0 ? void 0 : `${directive.targetLine} ${ruleId}`;
      if (key !== void 0 && !map.has(key)) map.set(key, entry);
    }
  });
  return index;
}

// src/engine/not-checked.ts
function formatNoteFindings(notes, limiter) {
  const seen = /* @__PURE__ */ new Set();
  const groups = /* @__PURE__ */ new Map();
  const findings = [];
  for (const note of notes) {
    const key = `${note.format}\0${note.loc.file}\0${note.expression}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ruleId = `parse/${note.format}`;
    let group = groups.get(ruleId);
    if (group === void 0) {
      group = { ruleId, kind: "notes" };
      groups.set(ruleId, group);
    }
    if (!limiter.admit(group, note.loc, "info")) continue;
    const reason = `${note.expression} ${note.reason}`;
    findings.push({ ...note.loc, ruleId, severity: "info", message: `not checked: ${reason}`, messageId: "notChecked", data: { reason } });
  }
  return findings;
}

// src/engine/baseline.ts
import * as crypto from "node:crypto";
var sha256Hex = typeof crypto.hash === "function" ? (text2) => crypto.hash("sha256", text2, "hex") : (text2) => crypto.createHash("sha256").update(text2).digest("hex");
function assignFingerprints(findings) {
  const grouped = groupedByFile(findings);
  let seen = /* @__PURE__ */ new Map();
  let file;
  for (const finding of findings) {
    if (grouped && finding.file !== file) {
      file = finding.file;
      seen = /* @__PURE__ */ new Map();
    }
    const key = `${finding.ruleId}\0${finding.file}\0${finding.message}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    finding.fingerprint = sha256Hex(`${key}\0${index}`).slice(0, 32);
  }
}
function groupedByFile(findings) {
  const done = /* @__PURE__ */ new Set();
  let file;
  for (const finding of findings) {
    if (finding.file === file) continue;
    if (done.has(finding.file)) return false;
    if (file !== void 0) done.add(file);
    file = finding.file;
  }
  return true;
}
function createBaseline(findings) {
  return {
    version: 1,
    description: "uclint baseline: findings accepted when uclint was adopted. Regenerate with --write-baseline.",
    findings: findings.filter((f) => !f.suppressed && f.fingerprint).map((f) => ({ ruleId: f.ruleId, file: f.file, message: f.message, fingerprint: f.fingerprint }))
  };
}
function parseBaseline(text2) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    throw new Error("not valid JSON", { cause: error });
  }
  const candidate = data;
  if (!candidate || candidate.version !== 1 || !Array.isArray(candidate.findings)) {
    throw new Error('not a uclint baseline (expected {"version": 1, "findings": [...]})');
  }
  for (const entry of candidate.findings) {
    if (typeof entry?.fingerprint !== "string") throw new Error("a baseline entry has no fingerprint");
  }
  return candidate;
}
function applyBaseline(findings, baseline) {
  const accepted = new Set(baseline.findings.map((e) => e.fingerprint));
  const used = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (finding.suppressed || !finding.fingerprint) continue;
    if (accepted.has(finding.fingerprint)) {
      finding.suppressed = { kind: "baseline" };
      used.add(finding.fingerprint);
    }
  }
  return { matched: used.size, stale: accepted.size - used.size };
}

// rules/cisco/collab-edge.ts
var collab_edge_default = defineRule({
  id: "cisco/collab-edge",
  meta: {
    description: "The _collab-edge._tls SRV record (Cisco Expressway mobile and remote access) is in public DNS only",
    rationale: [
      "Cisco Jabber outside the network finds Expressway-E through `_collab-edge._tls.<domain>`, and only in",
      "public DNS: the record must be in the external view (inside, the client would try remote access instead",
      "of registering directly with Unified CM), on port 8443 (the Expressway-E MRA port), and its target must",
      "resolve to a public address the Internet can reach.",
      "",
      "Jabber inside looks for `_cisco-uds._tcp` first and, when it resolves, signs in to Unified CM directly",
      "(Cisco Jabber DNS configuration guide): a `_collab-edge._tls` record in the internal view of a domain",
      "whose internal view also has `_cisco-uds._tcp` (split-brain DNS that copies the public zone) is",
      "harmless and not reported.",
      "",
      "**Fix:** publish `_collab-edge._tls` only in the external zone, port 8443, to the Expressway-E's public name.",
      "",
      "The port is sip/srv-port's finding (its map has `_collab-edge._tls` on 8443, and every preset, `uclint:cisco`",
      "included, keeps it on), so a wrong port is reported once. A private address of the Expressway-E in the",
      "external view is dns/private-address-external's finding, on the address record itself: the target is resolved",
      "in the external view, so every address this rule could report is one that rule reports already."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["cisco"],
    citations: [
      { source: "Cisco Expressway MRA deployment guide", section: "DNS records (_collab-edge._tls, port 8443, public DNS only)" },
      { source: "Cisco Jabber DNS configuration guide", section: "Service discovery order: _cisco-uds._tcp before _collab-edge._tls" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      internalView: "SRV {{name}} is in the internal view; _collab-edge belongs in public DNS only, or Jabber inside tries remote access"
    },
    examples: { invalid: "; uclint-view: internal\n_collab-edge._tls IN SRV 0 0 8443 expe.contoso.com.", valid: "; uclint-view: external\n_collab-edge._tls IN SRV 0 0 8443 expe.contoso.com." }
  },
  appliesTo: (estate) => estate.srvServices().some((s) => s.service === "_collab-edge._tls"),
  check({ estate, report }) {
    const withUds = new Set(estate.srvServices().filter((s) => s.service === "_cisco-uds._tcp" && s.record.zone.view === "internal").map((s) => s.domain));
    for (const { record, service, domain } of estate.srvServices()) {
      if (service !== "_collab-edge._tls" || record.zone.view !== "internal" || withUds.has(domain)) continue;
      report({ node: record, messageId: "internalView", data: { name: displayName(record.name) } });
    }
  }
});

// rules/cisco/uds-internal-only.ts
var INSIDE_SERVICES = /* @__PURE__ */ new Set(["_cisco-uds._tcp", "_cuplogin._tcp"]);
var uds_internal_only_default = defineRule({
  id: "cisco/uds-internal-only",
  meta: {
    description: "The _cisco-uds._tcp and _cuplogin._tcp SRV records (Jabber on-premises discovery) are never in public DNS",
    rationale: [
      "Jabber looks for `_cisco-uds._tcp` (Unified CM) and `_cuplogin._tcp` (Cisco Unified Presence, IM and",
      'Presence) first: finding either means "you are inside, sign in to the servers directly". Published in the',
      "external view, they tell clients on the Internet that they are inside, so they skip Expressway remote",
      "access and fail to sign in, and they disclose the internal servers. Cisco's Jabber DNS configuration",
      "guide puts both on the internal name servers only, and `_collab-edge._tls` on the public ones.",
      "",
      "**Fix:** keep `_cisco-uds._tcp` and `_cuplogin._tcp` in the internal zone only; publish `_collab-edge._tls` outside."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["cisco"],
    citations: [
      { source: "Cisco Jabber planning guide", section: "Service discovery: _cisco-uds internal, _collab-edge external" },
      { source: "Cisco Jabber DNS configuration guide", section: "Service (SRV) records: _cisco-uds and _cuplogin on the internal name server" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      external: "SRV {{name}} is in the external view; Jabber on the Internet would take itself for inside and skip remote access"
    },
    examples: { invalid: "; uclint-view: external\n_cisco-uds._tcp IN SRV 0 0 8443 cucm.contoso.com.", valid: "; uclint-view: internal\n_cisco-uds._tcp IN SRV 0 0 8443 cucm.contoso.com." }
  },
  appliesTo: (estate) => estate.srvServices().some((s) => INSIDE_SERVICES.has(s.service)),
  check({ estate, report }) {
    for (const { record, service } of estate.srvServices()) {
      if (INSIDE_SERVICES.has(service) && record.zone.view === "external") report({ node: record, messageId: "external", data: { name: displayName(record.name) } });
    }
  }
});

// rules/dns/cname-and-other-data.ts
var ALLOWED_BESIDE_CNAME = /* @__PURE__ */ new Set(["CNAME", "RRSIG", "NSEC"]);
function checkOwner(atOwner, report) {
  const cnames = atOwner.filter((r) => r.type === "CNAME");
  if (cnames.length === 0) return;
  const others = atOwner.filter((r) => !ALLOWED_BESIDE_CNAME.has(r.type));
  const first = cnames[0];
  const name = displayName(first.name);
  if (others.length > 0) {
    const types = [...new Set(others.map((r) => r.type))].join(", ");
    report({
      node: first,
      messageId: "otherData",
      data: { name, target: displayName(first.data.target), types },
      related: others.map((r) => ({ node: r, message: `${r.type} record at ${name}` }))
    });
  }
  const targets = [...new Set(cnames.map((r) => r.data.target))];
  if (targets.length > 1 && !declaredApart(cnames)) {
    const extra = cnames.filter((r, i) => cnames.findIndex((s) => s.data.target === r.data.target) === i).slice(1);
    report({
      node: extra[0],
      messageId: "multipleCnames",
      data: { name, count: targets.length, targets: targets.map(displayName).join(", ") },
      related: [{ node: first, message: `first CNAME at ${name}` }]
    });
  }
}
var cname_and_other_data_default = defineRule({
  id: "dns/cname-and-other-data",
  meta: {
    description: "A name with a CNAME record has no other data and only one CNAME",
    rationale: [
      "A CNAME makes its owner an alias: every query for the name, of any type, is answered from the",
      "canonical name. Other records at the same owner can never be returned consistently, so RFC 1034 forbids",
      "them (DNSSEC's RRSIG and NSEC excepted), and name servers refuse to load such a zone or answer",
      "unpredictably. Two CNAMEs with different targets at one owner make the alias ambiguous (RFC 2181 section",
      "10.1). A common trap in UC deployments is a CNAME for `sip` or `lyncdiscover` left beside the A record",
      "that replaced it, or a CNAME at the zone apex beside the SOA and NS records.",
      "",
      "Each zone file is judged on its own: internal and external views may answer differently. Two CNAMEs that",
      "two resources of DNS as code declare (two Terraform resources, two tools) never stand side by side: one",
      "overwrites the other, which is dns/record-set-conflict's finding.",
      "",
      "**Fix:** keep either the CNAME or the other records; at the zone apex, use address records."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 1034", section: "3.6.2 (Aliases and canonical names)" },
      { source: "RFC 2181", section: "10.1 (CNAME resource records)" },
      { source: "RFC 4035", section: "2.5 (RRSIG and NSEC beside a CNAME)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      otherData: "{{name}} has a CNAME to {{target}} and also {{types}} data; an alias cannot carry other records",
      multipleCnames: "{{name}} has {{count}} CNAME records with different targets ({{targets}}); an alias has exactly one"
    },
    examples: {
      invalid: "sip IN CNAME edge.contoso.com.\nsip IN A 167.55.49.32",
      valid: "sip IN A 167.55.49.32\nlyncdiscover IN CNAME web-external.contoso.com."
    }
  },
  appliesTo: (estate) => estate.hasRecords("CNAME"),
  check({ estate, report }) {
    for (const [, records] of estate.namesWithSeveralRecords()) {
      if (!records.some((r) => r.type === "CNAME")) continue;
      const groups = /* @__PURE__ */ new Map();
      for (const r of records) {
        const key = `${r.zone.file}\0${r.class}`;
        const group = groups.get(key);
        if (group) group.push(r);
        else groups.set(key, [r]);
      }
      for (const atOwner of groups.values()) checkOwner(atOwner, report);
    }
  }
});

// rules/dns/dangling-target.ts
function targetOf(record) {
  switch (record.type) {
    case "CNAME":
    case "NS":
    case "SRV":
      return record.data.target;
    case "MX":
      return record.data.exchange;
    default:
      return void 0;
  }
}
var dangling_target_default = defineRule({
  id: "dns/dangling-target",
  meta: {
    description: "CNAME, SRV, MX and NS targets inside a zone the estate holds exist in that zone",
    rationale: [
      "A record that points at a name in one of your own zones, where that name has no records at all, sends",
      "every client to NXDOMAIN: an alias to nothing, a service (a SIP pool, an edge) that cannot be reached,",
      "mail that bounces, a name server that does not exist. It usually means a typo or a host that was",
      "renamed or removed while the records pointing at it stayed.",
      "",
      "Targets are looked up in zones of the same view as the record (internal names only in internal zones);",
      "records in zones of unknown view are looked up in every view. Targets in zones the estate does not hold",
      "are not judged, nor are names below a delegation or covered by a wildcard. The target `.` of SRV and MX",
      'means "no service" and is not followed. An SRV target that exists but has no address is',
      "sip/srv-target's finding. A Microsoft 365 record written without its final dot",
      "(`sipfed.online.lync.com` becomes `sipfed.online.lync.com.<zone>`) is reported here only, with the name",
      "meant and its final dot: the teams pack leaves records whose target does not exist to this rule, and does",
      "not count them as pointing on-premises. The name meant is recognised when the part before the zone ends",
      "with a generic top-level domain (`.com`, `.net`, `.org`...) or a two-letter one after two labels more.",
      "",
      "**Fix:** correct the target (a name outside the zone ends with a dot in a zone file), or add the records",
      "of the host it names."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 1034", section: "3.6.2 (Aliases and canonical names)" },
      { source: "RFC 2782", section: "The format of the SRV RR (Target)" },
      { source: "RFC 7505", section: "3 (null MX)" },
      { source: "Office Communicator Sign-in and Discovery", section: "the discovered host must resolve before the client can connect" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      dangling: "{{type}} {{name}} points at {{target}}, which has no records in the {{view}} zone {{zone}}",
      missingFinalDot: "{{type}} {{name}} points at {{target}}, which has no records: {{meant}} was written without its final dot, so the zone file reads it relative to {{zone}}; write `{{meant}}.`"
    },
    examples: {
      invalid: "$ORIGIN contoso.com.\nmeet IN CNAME webext.contoso.com.\n_sip._tls IN SRV 0 0 443 sip-edge.contoso.com.",
      valid: "$ORIGIN contoso.com.\nmeet IN CNAME web-external.contoso.com.\nweb-external IN A 167.55.49.35"
    }
  },
  appliesTo: (estate) => ["CNAME", "SRV", "MX", "NS"].some((type) => estate.hasRecords(type)),
  check({ estate, report }) {
    for (const type of ["CNAME", "MX", "NS", "SRV"]) {
      for (const record of estate.eachRecord(type)) {
        const target = targetOf(record);
        if (target === void 0) continue;
        const zone = danglingTargetZone(estate, record, target);
        if (!zone) continue;
        const meant = withoutOriginAppended(target, zone.origin);
        report({
          node: record,
          messageId: meant === void 0 ? "dangling" : "missingFinalDot",
          data: {
            type: record.type,
            name: displayName(record.name),
            target: displayName(target),
            view: zone.view,
            zone: displayName(zone.origin),
            ...meant === void 0 ? {} : { meant: displayName(meant) }
          }
        });
      }
    }
  }
});

// rules/dns/duplicate-record.ts
var COPIES_SHOWN = 5;
function reportCopies(written, report) {
  const [original, firstCopy, ...others] = written;
  const times = written.length === 2 ? "twice" : `${thousands(written.length)} times`;
  report({
    node: firstCopy,
    messageId: "duplicate",
    data: { name: displayName(firstCopy.name), type: firstCopy.type, data: presentData(firstCopy), times },
    related: [
      { node: original, message: "first written here" },
      ...others.slice(0, COPIES_SHOWN).map((node) => ({ node, message: "written again here" }))
    ]
  });
}
var duplicate_record_default = defineRule({
  id: "dns/duplicate-record",
  meta: {
    description: "A zone holds each record once, and the records of one set share one TTL",
    rationale: [
      "A resource record set is a set: the same owner, class, type and data written twice is one record to a",
      "name server, which drops the copy (RFC 2181 section 5). The copy is harmless on the wire but a sign of",
      "a bad merge or a generator run twice, and the next edit of one copy leaves the other behind. Data is",
      "compared in canonical form (`2001:DB8::1` equals `2001:db8:0::1`, names ignore case).",
      "",
      "Records of one set (same owner, class and type) with different TTLs are deprecated by RFC 2181",
      "section 5.2; servers and resolvers treat the set as having the lowest TTL, or reject it.",
      "",
      "Each zone file is judged on its own: the same record in the internal and the external view is expected.",
      "A record written several times is one finding, on its first copy, with the count and the other places",
      "(a `$GENERATE` line repeated by a generator gives one finding per record, not one per copy).",
      "",
      "**Fix:** delete the copy; give every record of the set the same TTL."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 2181", section: "5 (Resource record sets) and 5.2 (TTLs of RRs in an RRSet)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: "{{name}} {{type}} {{data}} is written {{times}} in this zone",
      ttlMismatch: "{{name}} {{type}} has TTL {{actual}} but the set's first record has TTL {{expected}}; records of one set share one TTL"
    },
    examples: {
      invalid: "pool 3600 IN A 192.168.1.1\npool 3600 IN A 192.168.1.1\npool  300 IN A 192.168.1.2",
      valid: "pool 3600 IN A 192.168.1.1\npool 3600 IN A 192.168.1.2"
    }
  },
  appliesTo: (estate) => estate.zones.some((zone) => zone.table.size > 1),
  check({ estate, report }) {
    for (const [, records] of estate.namesWithSeveralRecords()) {
      const sets2 = /* @__PURE__ */ new Map();
      for (const record of records) {
        const setKey = `${record.zone.file} ${record.class} ${record.type}`;
        let set = sets2.get(setKey);
        if (!set) {
          set = { first: record, data: /* @__PURE__ */ new Map() };
          sets2.set(setKey, set);
        }
        const dataKey = comparableData(record);
        const written = set.data.get(dataKey);
        if (written) written.push(record);
        else set.data.set(dataKey, [record]);
        if (record.ttl !== set.first.ttl) {
          report({
            node: record,
            messageId: "ttlMismatch",
            data: { name: displayName(record.name), type: record.type, actual: record.ttl, expected: set.first.ttl },
            related: [{ node: set.first, message: `first record of the set, TTL ${set.first.ttl}` }]
          });
        }
      }
      for (const set of sets2.values()) {
        for (const written of set.data.values()) if (written.length > 1) reportCopies(written, report);
      }
    }
  }
});

// src/estate/addresses.ts
var import_ipaddr3 = __toESM(require_ipaddr(), 1);
var NON_PUBLIC_RANGES = [
  { network: "10.0.0.0/8", kind: "private", reference: "RFC 1918" },
  { network: "172.16.0.0/12", kind: "private", reference: "RFC 1918" },
  { network: "192.168.0.0/16", kind: "private", reference: "RFC 1918" },
  { network: "100.64.0.0/10", kind: "shared (carrier-grade NAT)", reference: "RFC 6598" },
  { network: "127.0.0.0/8", kind: "loopback", reference: "RFC 1122" },
  { network: "169.254.0.0/16", kind: "link-local", reference: "RFC 3927" },
  { network: "::1/128", kind: "loopback", reference: "RFC 4291" },
  { network: "fe80::/10", kind: "link-local", reference: "RFC 4291" },
  { network: "fc00::/7", kind: "unique local", reference: "RFC 4193" }
];
var BY_NETWORK = new Map(NON_PUBLIC_RANGES.map((r) => [r.network, r]));
var SUBNETS = Object.fromEntries(NON_PUBLIC_RANGES.map((r) => [r.network, [import_ipaddr3.default.parseCIDR(r.network)]]));
var PUBLIC = "public";
function mayBeNonPublic(text2) {
  const colon = text2.indexOf(":");
  if (colon >= 0) {
    const first2 = text2.charCodeAt(0);
    return colon === 0 || first2 === 48 || first2 === 102 || first2 === 70;
  }
  let first = 0;
  let i = 0;
  for (; i < text2.length && text2.charCodeAt(i) !== 46; i++) first = first * 10 + (text2.charCodeAt(i) - 48);
  let second = 0;
  for (i++; i < text2.length && text2.charCodeAt(i) !== 46; i++) second = second * 10 + (text2.charCodeAt(i) - 48);
  switch (first) {
    case 10:
    case 127:
      return true;
    case 172:
      return second >= 16 && second <= 31;
    case 192:
      return second === 168;
    case 100:
      return second >= 64 && second <= 127;
    case 169:
      return second === 254;
    default:
      return false;
  }
}
function nonPublicRangeOf(address) {
  const text2 = address.trim();
  if (!mayBeNonPublic(text2)) return void 0;
  if (!import_ipaddr3.default.isValid(text2) || !text2.includes(":") && !import_ipaddr3.default.IPv4.isValidFourPartDecimal(text2)) return void 0;
  const match = import_ipaddr3.default.subnetMatch(import_ipaddr3.default.process(text2), SUBNETS, PUBLIC);
  const range = BY_NETWORK.get(match);
  return range && { ...range };
}

// rules/dns/private-address-external.ts
var private_address_external_default = defineRule({
  id: "dns/private-address-external",
  meta: {
    description: "Address records in the external view hold public addresses only",
    rationale: [
      "Public DNS answers clients on the Internet. An address from a private (RFC 1918), shared (RFC 6598,",
      "carrier-grade NAT), loopback, link-local or IPv6 unique-local range cannot be reached from there: an",
      "external client that resolves `sip`, `av` or a simple URL to such an address times out instead of",
      "reaching the edge or reverse proxy, and the record discloses the internal addressing plan. It usually",
      "means an internal record was copied into the external zone of a split-brain pair.",
      "",
      "VPN clients that must reach the edge and reverse proxy outside the tunnel depend on these names",
      "resolving to the public addresses too.",
      "",
      "Only zones of the external view are checked; zones of unknown view are reported as not checked.",
      "",
      "An SRV record whose target has such an address (an Expressway-E's `_collab-edge._tls`, an Access Edge's",
      "`_sip._tls`) is not reported again: the fault is the address record, reported here, and cisco/collab-edge",
      "leaves it to this rule.",
      "",
      "**Fix:** publish the public (NAT or edge) address in the external zone, and keep the private address in",
      "the internal zone only."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 1918", section: "3 (Private address space)" },
      { source: "RFC 6598", section: "7 (Shared address space)" },
      { source: "RFC 4193", section: "3 (Unique local IPv6 unicast addresses)" },
      { source: "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel", section: "Specialized DNS Entries" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      nonPublicAddress: "{{name}} {{type}} {{address}} is a {{kind}} address ({{network}}, {{reference}}) in the external view; Internet clients cannot reach it"
    },
    examples: {
      invalid: "; uclint-view: external\nav IN A 10.0.20.34",
      valid: "; uclint-view: external\nav IN A 167.55.49.34"
    }
  },
  appliesTo: (estate) => estate.hasRecords("A") || estate.hasRecords("AAAA"),
  check({ estate, report, notChecked }) {
    const unknownViewZones = /* @__PURE__ */ new Set();
    for (const type of ["A", "AAAA"]) {
      for (const record of estate.eachRecord(type)) {
        const view = record.zone.view;
        if (view === "internal") continue;
        const range = nonPublicRangeOf(record.data.address);
        if (!range) continue;
        if (view === "unknown") {
          if (!unknownViewZones.has(record.zone)) {
            unknownViewZones.add(record.zone);
            notChecked(record.zone, "the zone's view (internal or external) is unknown, so its non-public addresses were not judged");
          }
          continue;
        }
        report({
          node: record,
          messageId: "nonPublicAddress",
          data: {
            name: displayName(record.name),
            type,
            address: record.data.address,
            kind: range.kind,
            network: range.network,
            reference: range.reference
          }
        });
      }
    }
  }
});

// rules/dns/record-data-unreadable.ts
var FORMS = {
  A: "one IPv4 address",
  AAAA: "one IPv6 address",
  CNAME: "one host name",
  NS: "one host name",
  PTR: "one host name",
  MX: "`preference exchange` (`10 mail.contoso.com.`)",
  SRV: "`priority weight port target` (`100 1 443 sipdir.online.lync.com.`)",
  CAA: '`flags tag "value"` (`0 issue "digicert.com"`)',
  TXT: "one or more quoted strings",
  NAPTR: '`order preference "flags" "service" "regexp" replacement`',
  TLSA: "`usage selector matching-type data`"
};
var record_data_unreadable_default = defineRule({
  id: "dns/record-data-unreadable",
  meta: {
    description: "Record data written in DNS as code reads as a record of its type (SRV, MX, CAA and the rest)",
    rationale: [
      "In Terraform, ARM, Bicep, DNSControl, octoDNS or PowerShell a record's data is often one string that the",
      'provider reads as the record\'s presentation form (RFC 1035 \xA75.1): `"100 1 443 sipdir.online.lync.com."`',
      'for an SRV record in Route 53 or Cloud DNS. A value left empty, missing a field (`"1 443',
      'sipdir.online.lync.com"`), or with fields in the wrong order is refused when the change is applied, or',
      "worse, published as something else; either way clients do not get the record. uclint reads each such",
      "value as a zone file would and reports the ones that do not read, with what is wrong.",
      "",
      "Several addresses in one A or AAAA value are dns/several-addresses-in-one-value's finding. A zone file's",
      "own unreadable records are reported by the zone parser (`parse/zone`).",
      "",
      "**Fix:** write the data in the form of its type."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 1035", section: "5.1 (Format)" },
      { source: "RFC 2782", section: "The format of the SRV RR" },
      { source: "RFC 8659", section: "4.1 (Syntax)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unreadable: "{{type}} {{name}} has data {{text}} that does not read as {{type}}: {{problem}}; {{type}} data is {{form}}"
    },
    examples: {
      invalid: 'resource "aws_route53_record" "sip_tls" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "_sip._tls"\n  type    = "SRV"\n  ttl     = 3600\n  records = ["1 443 sipdir.online.lync.com"]\n}',
      language: "hcl",
      valid: 'resource "aws_route53_record" "sip_tls" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "_sip._tls"\n  type    = "SRV"\n  ttl     = 3600\n  records = ["100 1 443 sipdir.online.lync.com"]\n}'
    }
  },
  // DNS as code: the formats that declare record sets are those that keep unreadable values.
  appliesTo: (estate) => estate.zones.some((zone) => zone.recordSets !== void 0 || zone.unreadableRecords !== void 0),
  check({ estate, report }) {
    for (const zone of estate.zones) {
      for (const record of zone.unreadableRecords ?? []) {
        if (addressesInOneValue(record.type, record.text) !== void 0) continue;
        report({ node: { loc: record.valueLoc ?? record.loc }, messageId: "unreadable", data: describe(record) });
      }
    }
  }
});
function describe(record) {
  return {
    type: record.type,
    name: displayName(record.name),
    text: JSON.stringify(record.text),
    problem: record.problem,
    form: FORMS[record.type] ?? "its presentation form (RFC 1035 \xA75.1)"
  };
}

// rules/dns/record-set-conflict.ts
function valuesOf(declaration) {
  const records = declaration.rows.map((row) => declaration.zone.table.record(row));
  const key = records.map(comparableData).sort().join("\n");
  const shown = records.length === 0 ? "no values" : records.map(presentData).join(", ");
  return { key, shown };
}
var record_set_conflict_default = defineRule({
  id: "dns/record-set-conflict",
  meta: {
    description: "One record set is declared by one resource: two declarations with different values fight over it",
    rationale: [
      "In DNS as code a resource declares a whole record set: a Terraform `aws_route53_record` or",
      "`azurerm_dns_srv_record`, an ARM or Bicep record-set resource, an octoDNS entry, the records of one name and",
      "type in a DNSControl `D()`. When two resources (in one file or in two files of a module) declare the same",
      "name and type in the same zone with different values, the provider keeps whichever was applied last (Azure DNS, Cloudflare) or",
      "refuses the second (Route 53 without `allow_overwrite`): what the zone publishes depends on the order of",
      "deployments, and the next run of the other declaration silently puts its values back. Copy-pasted modules",
      "and a record moved to a new file without removing the old one are the usual causes.",
      "",
      "Declarations are compared within one declared zone (one Terraform zone resource with the records of its",
      "module, one ARM or Bicep zone, one DNSControl domain): two zones of the same name declared apart (a private",
      "and a public zone, one per environment or account) are different zones. A declaration with a value not",
      "known before the change is applied is not compared. Two declarations with the same values are not reported",
      "here.",
      "",
      "**Fix:** keep one declaration of the record set, with all its values."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 2181", section: "5 (Resource Record Sets)" },
      { source: "Terraform AWS provider: aws_route53_record", section: "allow_overwrite" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      conflict: "{{type}} {{name}} is declared here as {{values}}, but as {{firstValues}} at {{first}}: the two declarations overwrite each other; keep one"
    },
    examples: {
      language: "hcl",
      invalid: 'resource "aws_route53_record" "sip" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "CNAME"\n  ttl     = 3600\n  records = ["sipdir.online.lync.com"]\n}\n\nresource "aws_route53_record" "sip_old" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "CNAME"\n  ttl     = 3600\n  records = ["sip.contoso-legacy.com"]\n}',
      valid: 'resource "aws_route53_record" "sip" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "CNAME"\n  ttl     = 3600\n  records = ["sipdir.online.lync.com"]\n}'
    }
  },
  appliesTo: (estate) => estate.zones.reduce((count, zone) => count + (zone.recordSets?.length ?? 0), 0) > 1,
  check({ estate, report }) {
    for (const zone of estate.zones) {
      const firstDeclared = /* @__PURE__ */ new Map();
      for (const declaration of zone.recordSets ?? []) {
        if (!declaration.complete) continue;
        const setKey = `${declaration.name}\0${declaration.type}`;
        const values = valuesOf(declaration);
        const first = firstDeclared.get(setKey);
        if (first === void 0) {
          firstDeclared.set(setKey, { declaration, ...values });
          continue;
        }
        if (first.key === values.key) continue;
        report({
          node: declaration,
          messageId: "conflict",
          data: {
            type: declaration.type,
            name: displayName(declaration.name),
            values: values.shown,
            firstValues: first.shown,
            first: `${first.declaration.loc.file}:${first.declaration.loc.line}`
          },
          related: [{ node: first.declaration, message: "first declared here" }]
        });
      }
    }
  }
});

// src/model/service-labels.ts
var PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "udp", "tls", "sctp"]);
function joinedServiceLabel(name) {
  if (name.charCodeAt(0) !== 95) return void 0;
  const dot = name.indexOf(".");
  const label = dot < 0 ? name : name.slice(0, dot);
  const joint = label.lastIndexOf("_");
  if (joint <= 1) return void 0;
  const protocol = label.slice(joint + 1);
  if (!PROTOCOLS.has(protocol)) return void 0;
  return { service: label.slice(0, joint), protocol: `_${protocol}` };
}
function splitServiceLabel(name) {
  const joined = joinedServiceLabel(name);
  if (joined === void 0) return void 0;
  return `${joined.service}.${joined.protocol}${name.slice(name.indexOf("."))}`;
}
function serviceLabelProblem(name) {
  const [first, second] = labelsOf(name);
  if (first === void 0 || !first.startsWith("_")) return "no-service-labels";
  if (second === void 0 || !second.startsWith("_")) return "no-protocol-label";
  return void 0;
}
function srvLabelsForPort(port2, view) {
  switch (port2) {
    case 443:
      return "_sip._tls";
    case 5061:
      if (view === "external") return "_sipfederationtls._tcp";
      if (view === "internal") return "_sipinternaltls._tcp";
      return void 0;
    case 5269:
      return "_xmpp-server._tcp";
    default:
      return void 0;
  }
}

// rules/dns/service-label-underscore.ts
function* joinedOwners(zone) {
  const seen = /* @__PURE__ */ new Set();
  const table = zone.table;
  for (let row = 0; row < table.size; row++) {
    const name = table.name(row);
    if (joinedServiceLabel(name) === void 0 || seen.has(name)) continue;
    seen.add(name);
    yield { name, type: table.type(row), node: { loc: table.loc(row) } };
  }
  for (const record of zone.unreadableRecords ?? []) {
    if (joinedServiceLabel(record.name) === void 0 || seen.has(record.name)) continue;
    seen.add(record.name);
    yield { name: record.name, type: record.type, node: record };
  }
}
var service_label_underscore_default = defineRule({
  id: "dns/service-label-underscore",
  meta: {
    description: "Service and protocol are two labels (`_sipfederationtls._tcp`), not one joined by `_`",
    rationale: [
      "An SRV record lives at `_service._protocol.<domain>`: two labels, a dot between them (RFC 2782). Written",
      "as one label (`_sipfederationtls_tcp`, `_sip_tls`), the record is published at a name no client asks",
      "for: federation partners find no `_sipfederationtls._tcp` record, Teams and Skype for Business clients",
      "no `_sip._tls` record, and the query for the right name answers NXDOMAIN. DNS as code makes this slip",
      "easily, because record names are strings there and `_` sits next to `.` in the name.",
      "",
      "Reported for any record type whose owner's leftmost label ends in `_tcp`, `_udp`, `_tls` or `_sctp` after",
      "a service name; once per name and zone.",
      "",
      "**Fix:** write the name with a dot between the labels: `_sipfederationtls._tcp`, `_sip._tls`."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 2782", section: "The format of the SRV RR (Service, Proto)" },
      { source: "Microsoft 365 DNS records for Teams and Skype for Business Online", section: "SRV records _sip._tls and _sipfederationtls._tcp" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      joined: "{{type}} {{name}} joins the service and protocol labels with `_`; clients look up {{meant}}: name the record {{meant}}"
    },
    examples: {
      invalid: "$ORIGIN contoso.com.\n_sipfederationtls_tcp IN SRV 100 1 5061 sipfed.online.lync.com.",
      valid: "$ORIGIN contoso.com.\n_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com."
    }
  },
  check({ estate, report }) {
    for (const zone of estate.zones) {
      for (const owner of joinedOwners(zone)) {
        report({
          node: owner.node,
          messageId: "joined",
          data: { type: owner.type, name: displayName(owner.name), meant: displayName(splitServiceLabel(owner.name)) }
        });
      }
    }
  }
});

// rules/dns/several-addresses-in-one-value.ts
var several_addresses_in_one_value_default = defineRule({
  id: "dns/several-addresses-in-one-value",
  meta: {
    description: "An A or AAAA value holds one address; several addresses are several values",
    rationale: [
      "An A record holds one IPv4 address and an AAAA record one IPv6 address (RFC 1035 \xA73.4.1, RFC 3596 \xA72.2).",
      'In DNS as code a record set lists its addresses as separate values (`records = ["192.0.2.1",',
      '"192.0.2.2"]` in Terraform, one `ipv4Address` per entry of an ARM `ARecords` list). Three addresses',
      "packed in one string with spaces or commas is not three records: the provider refuses the change, or the",
      "name answers with no address, and every client that signs in through it fails.",
      "",
      "**Fix:** write each address as its own value of the record set."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 1035", section: "3.4.1 (A RDATA format)" },
      { source: "RFC 3596", section: "2.2 (AAAA data format)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      several: "{{type}} {{name}} holds {{count}} addresses in one value ({{text}}); a record holds one address: write them as {{count}} values ({{values}})"
    },
    examples: {
      invalid: 'resource "aws_route53_record" "sip" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "A"\n  ttl     = 3600\n  records = ["192.0.2.10 192.0.2.11"]\n}',
      language: "hcl",
      valid: 'resource "aws_route53_record" "sip" {\n  zone_id = aws_route53_zone.contoso.zone_id\n  name    = "sip"\n  type    = "A"\n  ttl     = 3600\n  records = ["192.0.2.10", "192.0.2.11"]\n}'
    }
  },
  // DNS as code: the formats that declare record sets are those that keep unreadable values.
  appliesTo: (estate) => estate.zones.some((zone) => zone.recordSets !== void 0 || zone.unreadableRecords !== void 0),
  check({ estate, report }) {
    for (const zone of estate.zones) {
      for (const record of zone.unreadableRecords ?? []) {
        const addresses = addressesInOneValue(record.type, record.text);
        if (addresses === void 0) continue;
        report({
          node: { loc: record.valueLoc ?? record.loc },
          messageId: "several",
          data: {
            type: record.type,
            name: displayName(record.name),
            count: String(addresses.length),
            text: JSON.stringify(record.text),
            values: addresses.map((address) => JSON.stringify(address)).join(", ")
          }
        });
      }
    }
  }
});

// rules/dns/srv-owner-labels.ts
var TCP_SERVICES = /* @__PURE__ */ new Set(["_sipfederationtls", "_sipinternaltls", "_sipinternal", "_xmpp-server", "_sips"]);
function meantName(record, problem) {
  const labels = labelsOf(record.name);
  if (problem === "no-service-labels") {
    const meant = srvLabelsForPort(record.data.port, record.zone.view);
    const domain = record.zone.origin;
    return meant === void 0 || domain === void 0 ? void 0 : `${meant}.${displayName(domain)}`;
  }
  const service = labels[0];
  const protocol = TCP_SERVICES.has(service) ? "_tcp" : service === "_sip" && record.data.port === 443 ? "_tls" : void 0;
  return protocol === void 0 ? void 0 : `${service}.${protocol}.${displayName(labels.slice(1).join(".") + ".")}`;
}
var srv_owner_labels_default = defineRule({
  id: "dns/srv-owner-labels",
  meta: {
    description: "An SRV record is published at `_service._protocol.<domain>`, not at the zone apex or a host name",
    rationale: [
      "Clients find an SRV record by asking for `_service._protocol.<domain>` (RFC 2782): Teams and Skype for",
      "Business clients ask for `_sip._tls.<sip domain>`, federation partners for `_sipfederationtls._tcp.<sip",
      "domain>`. An SRV record at the zone apex, at a host name, or with its protocol label missing",
      "(`_sipfederationtls.contoso.com`) is at a name nobody asks for: the service cannot be discovered. DNS as",
      "code makes this slip when a record-set name is left empty or `@` (the apex) instead of `_sip._tls`.",
      "",
      "The message names the labels the record was meant for when its port says it: 443 is `_sip._tls`, 5061",
      "`_sipfederationtls._tcp` in an external zone and `_sipinternaltls._tcp` in an internal one, 5269",
      "`_xmpp-server._tcp`. A leftmost label that joins service and protocol with `_` (`_sip_tls`) is",
      "dns/service-label-underscore's finding.",
      "",
      "**Fix:** publish the record at `_service._protocol.<domain>`."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 2782", section: "The format of the SRV RR (Service, Proto, Name)" },
      { source: "Microsoft 365 DNS records for Teams and Skype for Business Online", section: "SRV records _sip._tls and _sipfederationtls._tcp" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noServiceLabels: "SRV {{name}} ({{data}}) is not at a `_service._protocol` name, so no client finds it{{fix}}",
      noProtocolLabel: "SRV {{name}} ({{data}}) has a service label but no `_protocol` label after it, so no client finds it{{fix}}"
    },
    examples: {
      invalid: "$ORIGIN contoso.com.\n@ IN SRV 100 1 443 sipdir.online.lync.com.",
      valid: "$ORIGIN contoso.com.\n_sip._tls IN SRV 100 1 443 sipdir.online.lync.com."
    }
  },
  appliesTo: (estate) => estate.hasRecords("SRV"),
  check({ estate, report }) {
    for (const record of estate.eachRecord("SRV")) {
      if (joinedServiceLabel(record.name) !== void 0) continue;
      const problem = serviceLabelProblem(record.name);
      if (problem === void 0) continue;
      const meant = meantName(record, problem);
      report({
        node: record,
        messageId: problem === "no-service-labels" ? "noServiceLabels" : "noProtocolLabel",
        data: {
          name: displayName(record.name),
          data: `${record.data.priority} ${record.data.weight} ${record.data.port} ${displayName(record.data.target)}`,
          fix: meant === void 0 ? "" : `: publish it at ${meant}`
        }
      });
    }
  }
});

// rules/dns/zone-validity.ts
var SOA = 6;
var NS = 2;
var A = 1;
var AAAA = 28;
var DNAME = 39;
var DS = 43;
var CDS = 59;
var CDNSKEY = 60;
var DNSKEY = 48;
function factsOf(zone, origin) {
  const facts = {
    zone,
    origin,
    soa: [],
    apexNs: [],
    delegations: [],
    dnameOwners: /* @__PURE__ */ new Set(),
    delegationOwners: /* @__PURE__ */ new Set(),
    apexDs: [],
    cds: [],
    cdnskey: [],
    dnskey: [],
    otherTypes: 0
  };
  const table = zone.table;
  for (let i = 0; i < table.size; i++) {
    const code = table.typeCode(i);
    switch (code) {
      case A:
      case AAAA:
        continue;
      case SOA:
        facts.soa.push(table.record(i));
        break;
      case NS: {
        const record = table.record(i);
        if (record.name === origin) facts.apexNs.push(record);
        else {
          facts.delegations.push(record);
          facts.delegationOwners.add(record.name);
        }
        continue;
      }
      case DNAME:
        facts.dnameOwners.add(table.name(i));
        break;
      case DS: {
        const record = table.record(i);
        if (record.name === origin) facts.apexDs.push(record);
        break;
      }
      case CDS:
      case CDNSKEY:
      case DNSKEY: {
        const record = table.record(i);
        if (record.name !== origin) break;
        (code === CDS ? facts.cds : code === CDNSKEY ? facts.cdnskey : facts.dnskey).push(record);
        break;
      }
    }
    facts.otherTypes++;
  }
  return facts;
}
function inZone(estate, facts, name) {
  return estate.recordsAt(name).filter((r) => r.zone === facts.zone);
}
function cutAbove(facts, name) {
  const chain = [];
  for (let n = name; n !== void 0 && isAtOrBelow(n, facts.origin); n = parentName(n)) {
    chain.push(n);
    if (n === facts.origin) break;
  }
  for (let k = chain.length - 1; k >= 0; k--) {
    const n = chain[k];
    if (n !== facts.origin && facts.delegationOwners.has(n)) return { kind: "delegation", at: n };
    if (n !== name && facts.dnameOwners.has(n)) return { kind: "dname", at: n };
  }
  return void 0;
}
function addressState(estate, facts, target) {
  if (facts.zone.unreadOwners.includes(target)) return "unread";
  const own = inZone(estate, facts, target);
  if (own.some((r) => r.type === "A" || r.type === "AAAA")) return "address";
  if (own.some((r) => r.type === "CNAME")) return "alias";
  if (own.length > 0) return "none";
  for (let n = parentName(target); n !== void 0 && isAtOrBelow(n, facts.origin); n = parentName(n)) {
    const wildcard = inZone(estate, facts, `*.${n}`);
    if (wildcard.some((r) => r.type === "A" || r.type === "AAAA")) return "address";
    if (wildcard.some((r) => r.type === "CNAME")) return "alias";
    if (n === facts.origin) break;
  }
  return "none";
}
function fields(record) {
  return record.data.text.split(" ");
}
function checkNs(estate, facts, report) {
  const visible = (record) => {
    for (let n = parentName(record.name); n !== void 0 && n !== facts.origin && isAtOrBelow(n, facts.origin); n = parentName(n)) {
      if (facts.delegationOwners.has(n)) return false;
    }
    return true;
  };
  for (const record of [...facts.apexNs, ...facts.delegations.filter(visible)]) {
    const target = record.data.target;
    if (!isAtOrBelow(target, facts.origin)) continue;
    const apex = record.name === facts.origin;
    const data = { owner: displayName(record.name), target: displayName(target) };
    const cut = cutAbove(facts, target);
    if (cut?.kind === "dname") {
      report({ node: record, messageId: "nsBelowDname", data: { ...data, dname: displayName(cut.at) }, severity: apex ? "error" : "warning" });
      continue;
    }
    if (cut?.kind === "delegation" && !(isAtOrBelow(target, record.name) && !apex)) continue;
    const state = addressState(estate, facts, target);
    if (state === "address" || state === "unread") continue;
    if (state === "alias") {
      report({ node: record, messageId: "nsIsAlias", data, severity: apex ? "error" : "warning" });
    } else if (apex) {
      report({ node: record, messageId: "nsNoAddress", data });
    } else {
      report({ node: record, messageId: "glueMissing", data, severity: "warning" });
    }
  }
}
function checkDnssec(facts, report) {
  const zone = displayName(facts.origin);
  for (const ds of facts.apexDs) report({ node: ds, messageId: "dsAtApex", data: { zone } });
  const dnskeyAlgorithms = new Set(facts.dnskey.map((k) => fields(k)[2]));
  const check = (records, type, algorithmField, isDelete) => {
    const deletes = records.filter((r) => isDelete(fields(r)));
    if (deletes.length > 0 && deletes.length < records.length) {
      report({ node: deletes[0], messageId: "cdsDeleteNotAlone", data: { type, zone, count: records.length - deletes.length } });
      return;
    }
    const reported = /* @__PURE__ */ new Set();
    for (const record of records) {
      const f = fields(record);
      const algorithm = f[algorithmField];
      if (isDelete(f) || dnskeyAlgorithms.has(algorithm) || reported.has(algorithm)) continue;
      reported.add(algorithm);
      report({ node: record, messageId: "cdsWithoutDnskey", data: { type, zone, algorithm } });
    }
  };
  check(facts.cds, "CDS", 1, (f) => f[0] === "0" && f[1] === "0" && f[2] === "0" && /^0+$/.test(f.slice(3).join("")));
  check(facts.cdnskey, "CDNSKEY", 2, (f) => f[0] === "0" && f[1] === "3" && f[2] === "0" && f[3] === "AA==");
}
var zone_validity_default = defineRule({
  id: "dns/zone-validity",
  meta: {
    description: "Zone files are zones a name server loads: an SOA and apex NS records, name servers with addresses, DNSSEC records where they belong",
    rationale: [
      "BIND (named-checkzone, and named when it loads a zone) refuses a zone that breaks these rules, so",
      "every record in it goes unanswered until it is fixed:",
      "",
      "- the zone has an SOA record and NS records at its apex (RFC 1035 5.2, RFC 1034 4.2.1);",
      "- a name server inside the zone has an address record there, is not an alias (RFC 2181 10.3) and is",
      "  not below a DNAME, where the zone's own data is never reached (RFC 6672 2.3);",
      "- no DS record at the apex: the DS set of a zone belongs to its parent (RFC 4034 5);",
      "- each algorithm of the CDS and CDNSKEY records has a DNSKEY of that algorithm, and a delete",
      "  request (`CDS 0 0 0 00`, `CDNSKEY 0 3 0 AA==`) stands alone (RFC 7344 4.1, RFC 8078 4).",
      "",
      "For a delegation inside the zone, BIND only warns: the glue address of a name server below the",
      "delegation (required glue) is missing, or the name server is an alias or below a DNAME. These are",
      "warnings here too.",
      "",
      "A root hints file (the root's NS records and their addresses, `type hint` in named.conf) is not a",
      "zone, and says so once. A file without an SOA that no named.conf or config names as a zone may be a",
      "part of another zone (read through `$INCLUDE` from outside the repository): it is not checked, and",
      "says why; so is a zone whose apex record could not be read (a template's `{{serial}}`). Record types",
      "BIND no longer accepts (MD, MF) and data it cannot read are reported when",
      "the file is read (parse/zone). A zone declared as code for a DNS provider (a Terraform, ARM or Bicep zone",
      "resource, a DNSControl `D()`, an octoDNS zone) is not asked for an SOA or apex NS records, which the",
      "provider writes itself; its delegations and DNSSEC records are checked as a zone file's are.",
      "",
      "**Fix:** add the SOA and NS records, the address of each in-zone name server (or point NS at a host",
      "with addresses), move DS records to the parent zone, and publish the DNSKEY a CDS or CDNSKEY names."
    ].join("\n"),
    severity: "error",
    families: "all",
    recommended: true,
    citations: [
      { source: "RFC 1035", section: "5.2 (use of master files to define zones: an SOA at the top)" },
      { source: "RFC 2181", section: "10.3 (MX and NS records must not point to an alias)" },
      { source: "RFC 6672", section: "2.3 (no data below a DNAME)" },
      { source: "RFC 4034", section: "5 (the DS resource record)" },
      { source: "RFC 7344", section: "4.1 (CDS and CDNSKEY processing)" },
      { source: "RFC 8078", section: "4 (DNSSEC delete algorithm)" },
      { source: "BIND 9 Administrator Reference Manual", section: "named-checkzone: zone integrity checks" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noSoa: "the zone {{zone}} has no SOA record; name servers refuse to load it",
      noApexNs: "the zone {{zone}} has no NS records at its apex; name servers refuse to load it",
      rootHints: "this file holds root hints (the root's NS records and their addresses), not a zone: zone checks do not apply",
      nsNoAddress: "NS {{target}} of {{owner}} lies inside the zone and has no A or AAAA record there; name servers refuse to load the zone",
      nsIsAlias: "NS {{target}} of {{owner}} is an alias (CNAME); a name server must be named by a host with address records",
      nsBelowDname: "NS {{target}} of {{owner}} is below the DNAME at {{dname}}, so no data of the zone answers for it",
      glueMissing: "NS {{target}} of the delegation {{owner}} lies below it and has no glue address (A or AAAA) in this zone",
      dsAtApex: "a DS record at the apex of {{zone}}: DS records belong in the parent zone, and name servers refuse the zone",
      cdsWithoutDnskey: "{{type}} of {{zone}} names algorithm {{algorithm}}, and the zone has no DNSKEY of that algorithm",
      cdsDeleteNotAlone: "the {{type}} delete request of {{zone}} stands beside {{count}} other {{type}} record(s); it must be alone"
    },
    examples: {
      invalid: "$ORIGIN contoso.com.\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n@ IN NS ns1\nns1 IN CNAME host",
      valid: "$ORIGIN contoso.com.\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n@ IN NS ns1\nns1 IN A 192.0.2.53"
    }
  },
  appliesTo: (estate) => estate.zones.length > 0,
  check({ estate, report, notChecked }) {
    for (const zone of estate.zones) {
      const facts = factsOf(zone, zone.origin ?? ".");
      if (facts.soa.length === 0 && (zone.origin === void 0 || zone.origin === ".")) {
        const hints = facts.apexNs.length > 0 && facts.delegations.length === 0 && facts.otherTypes === 0;
        if (hints) {
          report({ node: zone, messageId: "rootHints", severity: "info" });
          continue;
        }
      }
      if (zone.origin === void 0) {
        notChecked(zone, "its origin is not known, so it was not checked as a zone");
        continue;
      }
      const zoneName = displayName(zone.origin);
      if (facts.soa.length === 0 && zone.originSource === "declared") {
        checkNs(estate, facts, report);
        checkDnssec(facts, report);
        continue;
      }
      const apexUnread = zone.unreadOwners.includes(zone.origin);
      if (facts.soa.length === 0 && apexUnread) {
        notChecked(zone, "a record at its apex could not be read, so whether it has an SOA and NS records was not checked");
        checkNs(estate, facts, report);
        checkDnssec(facts, report);
        continue;
      }
      if (facts.soa.length === 0) {
        if (zone.originSource !== "named-conf" && zone.originSource !== "config") {
          notChecked(zone, "it has no SOA record and neither a named.conf nor the config names it as a zone (it may be a part of another zone)");
          continue;
        }
        report({ node: zone, messageId: "noSoa", data: { zone: zoneName } });
        continue;
      }
      if (facts.apexNs.length === 0 && !apexUnread) {
        report({ node: facts.soa[0], messageId: "noApexNs", data: { zone: zoneName } });
      }
      checkNs(estate, facts, report);
      checkDnssec(facts, report);
    }
  }
});

// rules/firewall/any-any-allow.ts
var any_any_allow_default = defineRule({
  id: "firewall/any-any-allow",
  meta: {
    description: "No firewall rule allows any protocol from any address to any port",
    rationale: [
      "An allow rule for any protocol, any remote address and any port turns the firewall off for its direction",
      "and program: every rule below it (or, in Windows Firewall, every allow) is moot, and the block rules that",
      "keep media out of the VPN tunnel or limit the Edge to its ports depend on what is left. It is usually a",
      "troubleshooting rule that was never removed. A rule limited to some local addresses (an Azure NSG rule",
      "from the `AzureLoadBalancer` tag, a rule for one interface address) is scoped, and not reported.",
      "",
      "**Fix:** replace it with rules for the protocols, ports and remote addresses the service needs."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [{ source: "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel", section: "Windows Firewall Policy (firewall scope)" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      anyAnyAllow: "{{direction}} rule {{name}} allows any protocol from any address to any port{{program}}; the firewall does nothing for this traffic"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: FirewallRules\nrules:\n  - name: temp-allow-all\n    direction: inbound\n    action: allow\n    protocol: any",
      valid: "apiVersion: uclint/v1\nkind: FirewallRules\nrules:\n  - name: sip-tls\n    direction: inbound\n    action: allow\n    protocol: tcp\n    localPorts: 5061"
    }
  },
  appliesTo: (estate) => estate.firewallRuleSets.length > 0,
  check({ estate, report }) {
    for (const { rule } of enabledRules(estate.firewallRuleSets)) {
      if (rule.action.value !== "allow" || rule.protocol.value !== "any") continue;
      if (!rule.remoteAddresses.some((a) => a.any) || !rule.localAddresses.some((a) => a.any) || !portsCover(rule.localPorts, 0, 65535) || !portsCover(rule.remotePorts, 0, 65535)) continue;
      report({ node: rule.name, messageId: "anyAnyAllow", data: { direction: rule.direction.value, name: rule.name.value, program: rule.program ? ` for ${rule.program.value}` : "" } });
    }
  }
});

// rules/firewall/client-media-outbound.ts
var RELAY_PORTS = {
  teams: { first: 3478, last: 3481, text: "3478-3481" },
  lync: { first: 3478, last: 3478, text: "3478" }
};
var ANY_CLIENT_PORT = { media: "media", first: 1024, last: 65535, text: "1024-65535" };
var client_media_outbound_default = defineRule({
  id: "firewall/client-media-outbound",
  meta: {
    description: "Where Windows Firewall blocks outbound traffic by default, the Teams or Skype for Business client's rules let its media out",
    rationale: [
      "With the default outbound action set to block (`Set-NetFirewallProfile -DefaultOutboundAction Block`,",
      "`netsh advfirewall set allprofiles firewallpolicy blockinbound,blockoutbound`), only what a rule allows leaves",
      "the machine. The client then needs rules for its media, not only for its sign-in:",
      "",
      "- **Teams**: UDP from its media ports to the Microsoft 365 relays on UDP 3478-3481 (the Optimize",
      '  category of "Microsoft 365 URLs and IP address ranges"), from the ports its meeting configuration gives',
      "  (`Set-CsTeamsMeetingConfiguration`, and the QoS policies that name them) or, without one, the defaults",
      '  50000-50059 ("Implement Quality of Service (QoS) in Microsoft Teams").',
      "- **Skype for Business / Lync**: UDP 3478 to the A/V Edge from its media ports (the conferencing",
      "  configuration's ranges when they are on, else 1024-65535), and TCP 443 to the Access and A/V Edge",
      '(Skype for Business Server "Edge Server environmental requirements", port tables).',
      "",
      "A rule for the client is an outbound allow rule whose program is the client (`ms-teams.exe`,",
      "`Teams.exe`; `lync.exe`) or that names no program. Without the UDP rule the client falls back to TCP",
      "through the relays, or has no media at all; calls connect and stay silent. Block rules that override an",
      "allow are `firewall/shadowed-rule`'s finding; profiles are not compared (a rule counts in every profile).",
      "A rule set with a rule that could not be read (a value known only when the script runs) is not judged.",
      "",
      "**Fix:** add an outbound allow rule for the client's program: UDP, local ports its media ranges, remote",
      "ports 3478-3481 (Teams) or 3478 (Skype for Business), and for Skype for Business TCP remote port 443."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["teams", "lync"],
    messageFamilies: { tcpEdgeNotAllowed: ["lync"] },
    citations: [
      { source: "Implement Quality of Service (QoS) in Microsoft Teams", section: "Choose initial port ranges for each media type" },
      { source: "Microsoft 365 URLs and IP address ranges", section: "Microsoft Teams: Optimize, UDP 3478-3481" },
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "Port and protocol tables (A/V Edge UDP 3478, TCP 443)" },
      { source: "Configuring port ranges and a Quality of Service policy for your clients in Skype for Business Server", section: "Configure port ranges" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noClientRule: "outbound traffic is blocked by default here and no rule lets the {{client}} client ({{programs}}) send UDP from its media ports {{ranges}} to remote port {{relay}}; its calls and meetings have no media",
      udpMediaNotAllowed: "outbound traffic is blocked by default and rule {{name}} for {{program}} does not allow UDP from local ports {{missing}} to remote port {{relay}}; {{client}} media from those ports is dropped",
      tcpEdgeNotAllowed: "outbound traffic is blocked by default and rule {{name}} for {{program}} does not allow TCP to remote port 443; the {{client}} client cannot reach the Edge for sign-in and TCP media"
    }
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => outboundBlock(set) !== void 0),
  check({ estate, report, notChecked }) {
    const families = estate.families();
    const windowsSets = estate.firewallRuleSets.filter((set) => set.semantics === "windows");
    const checks = [];
    for (const set of estate.firewallRuleSets) {
      const block = outboundBlock(set);
      if (block === void 0) continue;
      for (const product of ["teams", "lync"]) if (families.has(product) && concernsClient(estate, set, product)) checks.push({ product, block });
    }
    if (checks.length === 0) return;
    const unread = windowsSets.find((set) => (set.unreadRules?.length ?? 0) > 0);
    if (unread) {
      notChecked(checks[0].block.action, `a firewall rule at ${unread.file}:${unread.unreadRules?.[0].line} could not be read, so whether the clients' media may leave is not known`);
      return;
    }
    const outboundAllows = windowsSets.flatMap((set) => set.rules.filter((r) => r.enabled && r.action.value === "allow" && r.direction.value === "outbound"));
    for (const { product, block } of checks) checkClient(product, block);
    function checkClient(product, block) {
      const client = CLIENT_TITLE[product];
      const relay = RELAY_PORTS[product];
      const ranges = clientMediaRanges(estate, product) ?? [ANY_CLIENT_PORT];
      const forClient = outboundAllows.filter((r) => r.program === void 0 || clientOfProgram(r.program.value) === product);
      const programRules = forClient.filter((r) => r.program !== void 0);
      const udpToRelay = forClient.filter((r) => protocolMatches(r, "udp") && portsCover(r.remotePorts, relay.first, relay.last)).flatMap((r) => r.localPorts);
      const missing = ranges.filter((range) => !portsCover(udpToRelay, range.first, range.last));
      const rangesText2 = ranges.map((r) => r.text).join(", ");
      if (programRules.length === 0) {
        if (missing.length > 0) report({ node: block.action, messageId: "noClientRule", data: { client, programs: CLIENT_EXECUTABLES[product].join(", "), ranges: rangesText2, relay: `${relay.text}` } });
        return;
      }
      const dataOf = (rule) => ({ name: rule.name.value, program: rule.program?.value ?? "", client });
      if (missing.length > 0) {
        const udp = programRules.find((r) => r.protocol.value === "udp");
        const rule = udp ?? programRules[0];
        const node = udp ? udp.localPorts[0] ?? udp.name : rule.protocol;
        report({ node, messageId: "udpMediaNotAllowed", data: { ...dataOf(rule), missing: missing.map((r) => r.text).join(", "), relay: relay.text } });
      }
      if (product === "lync" && !forClient.some((r) => protocolMatches(r, "tcp") && portsCover(r.remotePorts, 443, 443))) {
        const tcp = programRules.find((r) => r.protocol.value === "tcp") ?? programRules[0];
        report({ node: tcp.remotePorts[0] ?? tcp.name, messageId: "tcpEdgeNotAllowed", data: dataOf(tcp) });
      }
    }
  }
});
function outboundBlock(set) {
  const outbound = (set.defaultActions ?? []).filter((d) => d.direction === "outbound");
  const last = outbound[outbound.length - 1];
  return last?.action.value === "block" ? last : void 0;
}
function concernsClient(estate, set, product) {
  if (set.rules.some((r) => clientOfProgram(r.program?.value) === product)) return true;
  return estate.mediaPolicies.some((p) => p.product === product) || estate.qosPolicies.some((p) => clientOfQosPolicy(p) === product);
}

// rules/firewall/edge-external-ports.ts
var port = (protocol, first, what, last = first) => ({ protocol, first, last, what });
var TLS = port("tcp", 443, "Access, Web Conferencing and A/V Edge (TLS, TURN over TCP)");
var FEDERATION = port("tcp", 5061, "federation");
var STUN = port("udp", 3478, "A/V Edge (STUN/TURN)");
var XMPP = port("tcp", 5269, "XMPP federation");
var MEDIA = [port("tcp", 5e4, "A/V media relay", 59999), port("udp", 5e4, "A/V media relay", 59999)];
var ACCESS_OUTBOUND = [port("tcp", 80, "certificate revocation (CRL)"), port("tcp", 53, "DNS"), port("udp", 53, "DNS")];
function edgeTable(product) {
  const xmpp = product === void 0 || product === "lync2013" || product === "sfb2015";
  const mediaInbound = product === void 0 || product === "ocs2007r2" || product === "lync2010" || product === "lync2013";
  return {
    inbound: { required: [TLS, FEDERATION, STUN], optional: [...xmpp ? [XMPP] : [], ...mediaInbound ? MEDIA : []] },
    outbound: { required: [TLS, FEDERATION, STUN, ...MEDIA], optional: [...ACCESS_OUTBOUND, ...xmpp ? [XMPP] : []] }
  };
}
var PRODUCT_EDGES = {
  ocs2007r2: "an Office Communications Server 2007 R2 Edge",
  lync2010: "a Lync Server 2010 Edge",
  lync2013: "a Lync Server 2013 Edge",
  sfb2015: "a Skype for Business Server 2015 Edge",
  sfb2019: "a Skype for Business Server 2019 Edge"
};
function text(ports) {
  return ports.first === ports.last ? String(ports.first) : `${ports.first}-${ports.last}`;
}
function outside(allowed, protocol, first, last) {
  const sorted = allowed.filter((p) => p.protocol === protocol).sort((a, b) => a.first - b.first);
  const out = [];
  let next = first;
  for (const p of sorted) {
    if (p.last < next) continue;
    if (p.first > last) break;
    if (p.first > next) out.push({ first: next, last: Math.min(last, p.first - 1) });
    next = Math.max(next, p.last + 1);
  }
  if (next <= last) out.push({ first: next, last });
  return out;
}
function portsOf(rule, direction) {
  return direction === "inbound" ? rule.localPorts : rule.remotePorts;
}
var edge_external_ports_default = defineRule({
  id: "firewall/edge-external-ports",
  meta: {
    description: "The external Edge firewall opens the ports the Edge's product documents, inbound and outbound, and nothing wider",
    rationale: [
      "The external interface of the Lync or Skype for Business Edge uses a fixed set of ports, which each",
      "product documents per direction. Anything wider exposes the Edge servers for nothing; anything missing",
      "breaks remote access, meetings, calls or federation from outside.",
      "",
      "- **Inbound** (to the Edge): TCP 443 (Access, Web Conferencing and A/V Edge), TCP 5061 (federation) and",
      "  UDP 3478 (STUN/TURN). TCP 5269 (XMPP federation) is allowed on Lync Server 2013 and Skype for Business",
      "  Server 2015, which have an XMPP proxy (Skype for Business Server 2019 removed it). The A/V media range",
      "  TCP/UDP 50000-59999 inbound was needed only for federation with Office Communications Server 2007: it",
      "  is allowed on OCS 2007 R2, Lync Server 2010 and 2013, and wider than a Skype for Business Server Edge",
      "  needs.",
      "- **Outbound** (from the Edge, by destination port): TCP 443, TCP 5061, UDP 3478 and the A/V media relay",
      "  range TCP/UDP 50000-59999; TCP 80 (certificate revocation) and TCP/UDP 53 (DNS) are allowed, and XMPP",
      "  5269 where the product has it.",
      "",
      "The product comes from `settings.product` or the topology; without one, what any of these versions",
      "documents is accepted and only what all of them need is required. Checked on rule sets whose",
      "`appliesTo` names the external Edge (`edge-external`): each allow rule stays within its direction's",
      "ports (protocol `any` is wider by definition), and together they open every required one. Outbound is",
      "judged only in a rule set that has outbound rules: one with inbound rules alone says nothing of it.",
      "",
      "**Fix:** allow exactly these ports to (inbound) and from (outbound) the Edge's external addresses, per",
      "protocol."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    products: ["ocs2007r2", ...LYNC_2010_AND_LATER],
    citations: [
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "Port and firewall planning: external port firewall summary table" },
      { source: "Lync Server 2013: Port summary - single consolidated Edge with public IP addresses" },
      { source: "Lync Server 2010: Port summary - single consolidated Edge with public IP addresses" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      wider: "{{direction}} rule {{name}} allows {{protocol}} {{ports}} on the external Edge, wider than {{product}} needs ({{allowed}})",
      missing: "the external Edge rules do not allow {{protocol}} {{ports}} ({{what}}) {{direction}}"
    }
  },
  appliesTo: (estate) => estate.firewallRuleSets.some(isEdgeExternal),
  check({ estate, report }) {
    const product = estate.product();
    const table = edgeTable(product);
    const edgeText = product !== void 0 && PRODUCT_EDGES[product] || "an Edge of any version";
    for (const set of estate.firewallRuleSets.filter(isEdgeExternal)) {
      for (const direction of ["inbound", "outbound"]) {
        const { required, optional } = table[direction];
        const allowed = [...required, ...optional];
        const rules = set.rules.filter((r) => r.enabled && r.direction.value === direction);
        if (direction === "outbound" && rules.length === 0) continue;
        const allows = rules.filter((r) => r.action.value === "allow");
        for (const rule of allows) {
          const data = { direction, name: rule.name.value, product: edgeText, allowed: allowedText(allowed) };
          if (rule.protocol.value === "any" || rule.protocol.value === "icmp" || rule.protocol.value === "other") {
            report({ node: rule.protocol, messageId: "wider", data: { ...data, protocol: rule.protocolText ?? rule.protocol.value, ports: "traffic" } });
            continue;
          }
          const protocol = rule.protocol.value;
          const ports = portsOf(rule, direction);
          const wide = ports.flatMap((p) => outside(allowed, protocol, p.first, p.last));
          if (wide.length > 0) report({ node: ports[0] ?? rule.name, messageId: "wider", data: { ...data, protocol: protocol.toUpperCase(), ports: wide.map(text).join(", ") } });
        }
        for (const needed of required) {
          const open = portsCover(allows.filter((r) => protocolMatches(r, needed.protocol)).flatMap((r) => portsOf(r, direction)), needed.first, needed.last);
          if (!open) report({ node: set.appliesTo ?? set, messageId: "missing", data: { protocol: needed.protocol.toUpperCase(), ports: text(needed), what: needed.what, direction } });
        }
      }
    }
  }
});
function isEdgeExternal(set) {
  return /edge[-_ ]?external|external[-_ ]?edge/i.test(set.appliesTo?.value ?? "");
}
function allowedText(allowed) {
  return ["tcp", "udp"].map((protocol) => {
    const ports = allowed.filter((p) => p.protocol === protocol).sort((a, b) => a.first - b.first);
    return `${protocol.toUpperCase()} ${[...new Set(ports.map(text))].join(", ")}`;
  }).join("; ");
}

// rules/firewall/port-arithmetic.ts
var port_arithmetic_default = defineRule({
  id: "firewall/port-arithmetic",
  meta: {
    description: "A port of a firewall rule in Terraform is not written as arithmetic (`1024 - 65535` is a number, not a range)",
    rationale: [
      "Terraform reads `from_port = 1024 - 65535` or `destination_port_range = 1024 - 65535` as an expression:",
      "the subtraction gives the number -64511, not the port range 1024-65535 that was meant. AWS and Azure",
      "refuse the negative port when the plan is applied, or, where the arithmetic happens to give a valid",
      "number (`5060 + 1`), open a port nobody wrote. Either way the rule does not open what its writer meant.",
      "",
      "Reported at the expression, for every rule of an Azure network security group or AWS security group",
      "read from Terraform.",
      "",
      '**Fix:** write a range as the string `"1024-65535"` (Azure\'s `*_port_range`), or as `from_port = 1024`',
      "and `to_port = 65535` (AWS)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "Terraform language: Arithmetic and logical operators" },
      { source: "Terraform AzureRM provider: azurerm_network_security_rule", section: "destination_port_range" },
      { source: "Terraform AWS provider: aws_security_group", section: "ingress: from_port, to_port" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      arithmetic: "a port of rule {{name}} is written as arithmetic, {{expression}}, which Terraform evaluates to the number {{result}}{{fix}}"
    },
    examples: {
      language: "hcl",
      invalid: 'resource "aws_security_group_rule" "media" {\n  type              = "ingress"\n  security_group_id = aws_security_group.sbc.id\n  protocol          = "udp"\n  from_port         = 1024 - 65535\n  to_port           = 65535\n  cidr_blocks       = ["52.112.0.0/14"]\n}',
      valid: 'resource "aws_security_group_rule" "media" {\n  type              = "ingress"\n  security_group_id = aws_security_group.sbc.id\n  protocol          = "udp"\n  from_port         = 1024\n  to_port           = 65535\n  cidr_blocks       = ["52.112.0.0/14"]\n}'
    }
  },
  appliesTo: (estate) => estate.firewallRuleSets.length > 0,
  check({ estate, report }) {
    const said = /* @__PURE__ */ new Set();
    for (const { rule } of enabledRules(estate.firewallRuleSets)) {
      for (const port2 of rule.portArithmetic ?? []) {
        const key = `${port2.loc.file}:${port2.loc.line}:${port2.loc.column}`;
        if (said.has(key)) continue;
        said.add(key);
        const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(port2.value);
        const fix = range ? `, not the range ${range[1]}-${range[2]}; write "${range[1]}-${range[2]}" (Azure) or from_port = ${range[1]} and to_port = ${range[2]} (AWS)` : "; write the port as a number";
        report({ node: port2, messageId: "arithmetic", data: { name: rule.name.value, expression: port2.value, result: port2.result, fix } });
      }
    }
  }
});

// rules/firewall/shadowed-rule.ts
function dimensions(rule) {
  const list = (values) => values.length === 0 || values.includes("any") ? "*" : [...values].sort().join(",");
  const addresses = (list_) => list_.some((a) => a.any) ? "*" : list_.map((a) => a.text).sort().join(",");
  const ports = (list_) => list_.some((p) => p.any) ? "*" : list_.map((p) => `${p.first}-${p.last}`).sort().join(",");
  return [
    rule.direction.value,
    rule.protocol.value === "any" ? "*" : rule.protocol.value === "other" ? `other:${(rule.protocolText ?? "").toLowerCase()}` : rule.protocol.value,
    rule.program?.value.toLowerCase() ?? "*",
    list(rule.interfaceTypes.map((t) => t.value)),
    list(rule.profiles.map((p) => p.value)),
    addresses(rule.localAddresses),
    ports(rule.localPorts),
    ports(rule.remotePorts)
  ];
}
function broaderKeys(rule) {
  let keys = [[dimensions(rule)[0]]];
  for (const value of dimensions(rule).slice(1)) keys = keys.flatMap((k) => value === "*" ? [[...k, "*"]] : [[...k, value], [...k, "*"]]);
  return keys.map((k) => k.join("\0"));
}
function remoteRanges(rule) {
  return rule.remoteAddresses.flatMap((a) => a.ranges);
}
function reachableRanges(rule) {
  return rule.remoteAddresses.some((a) => a.keyword !== void 0) ? EVERY_ADDRESS : remoteRanges(rule);
}
function uncovered(rule, covering) {
  return covering.reduce((rest, entry) => rest.length === 0 ? rest : entry.addresses.remainderOf(rest), reachableRanges(rule));
}
var EVERY_ADDRESS = parseAddressSpec("any").ranges;
function namesOf(covering) {
  return [...new Set(covering.flatMap((e) => e.names))].slice(0, 5).join(", ");
}
var shadowed_rule_default = defineRule({
  id: "firewall/shadowed-rule",
  meta: {
    description: "No firewall rule is dead: covered by earlier rules of the same or broader scope, or an allow that block rules override",
    rationale: [
      "A rule that can never decide anything misleads whoever reads the rule set: the allow for media that a",
      "broader block overrides looks like it opens the ports, the block for VPN clients placed after a",
      "broader allow looks like it closes them. With ordered semantics (appliances: the first matching rule",
      "decides), a rule is dead when earlier rules of the same or broader scope cover all its remote addresses.",
      "With Windows Firewall semantics (the default: block beats allow whatever the order), an allow is dead",
      "when block rules of the same or broader scope cover all its remote addresses.",
      "",
      '"Same or broader scope" compares every other part of the rule (direction, protocol, program, interface',
      "types, profiles, local addresses, local and remote ports) as written or `any`; the remote addresses are",
      "compared as address sets, so several narrower rules together can cover one. A service tag or prefix list",
      "(Azure's `VirtualNetwork`, `Internet`; an AWS prefix list or security group) stands for addresses the file",
      "does not give: it covers no later rule, and a rule naming one is covered only by rules that cover every",
      "address. An Azure network security group is ordered: its rules in priority order, lowest first, the",
      "first match deciding; Azure's default rules come after every written one and so shadow none. An AWS",
      "security group only allows, so none of its rules is dead. Rules are grouped by those",
      "parts, so the analysis never compares rules pairwise.",
      "",
      "**Fix:** remove the dead rule, or move it before the rules that cover it (ordered) or narrow the block",
      "(Windows)."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: "all",
    citations: [{ source: "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel", section: "Windows Firewall Policy (block rules and their scope)" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      shadowedOrdered: "rule {{name}} never matches: earlier rules of the same or broader scope ({{by}}) already decide all its remote addresses",
      deadAllow: "allow rule {{name}} has no effect: block rules of the same or broader scope ({{by}}) cover all its remote addresses, and block beats allow"
    }
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => set.rules.length > 1),
  check({ estate, report }) {
    for (const set of estate.firewallRuleSets) {
      const rules = set.rules.filter((r) => r.enabled && r.localPorts.length > 0 && r.remotePorts.length > 0);
      if (set.semantics === "ordered") {
        const earlier = /* @__PURE__ */ new Map();
        for (const rule of rules) {
          const covering = broaderKeys(rule).map((k) => earlier.get(k)).filter((e) => e !== void 0);
          if (covering.length > 0 && uncovered(rule, covering).length === 0) {
            report({ node: rule.name, messageId: "shadowedOrdered", data: { name: rule.name.value, by: namesOf(covering) } });
          }
          const key = dimensions(rule).join("\0");
          const entry = earlier.get(key) ?? { addresses: new GrowingAddressSet(), names: [] };
          for (const range of remoteRanges(rule)) entry.addresses.add(range);
          entry.names.push(rule.name.value);
          earlier.set(key, entry);
        }
        continue;
      }
      const blocks = /* @__PURE__ */ new Map();
      for (const rule of rules.filter((r) => r.action.value === "block")) {
        const key = dimensions(rule).join("\0");
        const entry = blocks.get(key) ?? { addresses: new GrowingAddressSet(), names: [] };
        for (const range of remoteRanges(rule)) entry.addresses.add(range);
        entry.names.push(rule.name.value);
        blocks.set(key, entry);
      }
      for (const rule of rules.filter((r) => r.action.value === "allow")) {
        const covering = broaderKeys(rule).map((k) => blocks.get(k)).filter((e) => e !== void 0);
        if (covering.length === 0 || uncovered(rule, covering).length > 0) continue;
        report({ node: rule.name, messageId: "deadAllow", data: { name: rule.name.value, by: namesOf(covering) } });
      }
    }
  }
});

// src/estate/uc-addresses.ts
var CONVENTIONAL_NAMES = [
  ["sip", "Access Edge"],
  ["webconf", "Web Conferencing Edge"],
  ["av", "A/V Edge"],
  ["lyncdiscover", "reverse proxy (mobility)"],
  ["meet", "simple URL"],
  ["dialin", "simple URL"],
  ["autodiscover", "Exchange Autodiscover"]
];
var publicAddressesByEstate = /* @__PURE__ */ new WeakMap();
function ucPublicAddresses(estate) {
  let addresses = publicAddressesByEstate.get(estate);
  if (addresses === void 0) {
    addresses = findUcPublicAddresses(estate);
    publicAddressesByEstate.set(estate, addresses);
  }
  return addresses;
}
function findUcPublicAddresses(estate) {
  const out = /* @__PURE__ */ new Map();
  const add = (address, name, role, source) => {
    const range = addressRange(address);
    if (!range || out.has(address) || nonPublicRangeOf(address) !== void 0) return;
    out.set(address, { address, range, name, role, source });
  };
  const resolveExternal = (name, role) => {
    for (const record of estate.resolve(name, { view: "external" }).addresses) add(record.data.address, displayName(name), role, record);
  };
  for (const topology of estate.topologies) {
    for (const edge of topology.edges) {
      for (const [key, role] of [["access", "Access Edge"], ["webConferencing", "Web Conferencing Edge"], ["av", "A/V Edge"]]) {
        const name = edge.external[key];
        if (!name) continue;
        for (const address of name.addresses ?? (name.ip ? [name.ip] : [])) add(address.value, name.fqdn.value, role, address);
        resolveExternal(name.fqdn.value, role);
      }
    }
    const proxy = topology.reverseProxy;
    if (proxy) {
      if (proxy.ip) add(proxy.ip.value, proxy.fqdn.value, "reverse proxy", proxy.ip);
      resolveExternal(proxy.fqdn.value, "reverse proxy");
    }
    for (const url of [...topology.simpleUrls.meet, ...topology.simpleUrls.dialin, ...topology.simpleUrls.admin]) {
      const host = simpleUrlHost(url.value);
      if (host) resolveExternal(host, "simple URL");
    }
    if (topology.exchange?.autodiscover) resolveExternal(topology.exchange.autodiscover.value, "Exchange Autodiscover");
    if (topology.exchange?.ews) resolveExternal(topology.exchange.ews.value, "Exchange Web Services");
  }
  for (const { record, service } of estate.srvServices()) {
    if (record.zone.view !== "external" || service !== "_sip._tls" && service !== "_sipfederationtls._tcp") continue;
    const target = record.data.target;
    if (target !== ".") resolveExternal(target, "Access Edge");
  }
  for (const domain of estate.sipDomains()) {
    for (const [label, role] of CONVENTIONAL_NAMES) resolveExternal(`${label}.${displayName(domain)}`, role);
  }
  return [...out.values()];
}
function ucServerAddresses(estate) {
  const out = /* @__PURE__ */ new Map();
  const resolveInternal = (name, role) => {
    for (const record of estate.resolve(name, { view: "internal" }).addresses) {
      const range = addressRange(record.data.address);
      if (range && !out.has(record.data.address)) out.set(record.data.address, { address: record.data.address, range, name: displayName(name), role, source: record });
    }
  };
  for (const topology of estate.topologies) {
    for (const pool of topology.pools) {
      resolveInternal(pool.fqdn.value, `${pool.role?.value ?? "pool"} pool`);
      for (const server of pool.servers) resolveInternal(server.fqdn.value, `${pool.role?.value ?? "pool"} server`);
    }
    for (const edge of topology.edges) if (edge.internal) resolveInternal(edge.internal.fqdn.value, "Edge internal interface");
  }
  for (const { record, service } of estate.srvServices()) {
    if (service !== "_sipinternaltls._tcp" || record.zone.view !== "internal") continue;
    const target = record.data.target;
    if (target !== ".") resolveInternal(target, "pool");
  }
  return [...out.values()];
}

// src/estate/tunnel.ts
var EVERYTHING = [
  { family: 4, first: 0n, last: (1n << 32n) - 1n },
  { family: 6, first: 0n, last: (1n << 128n) - 1n }
];
var coverageByProfile = /* @__PURE__ */ new WeakMap();
function tunnelCoverageOf(profile) {
  let coverage = coverageByProfile.get(profile);
  if (coverage === void 0) {
    coverage = new TunnelCoverage(profile);
    coverageByProfile.set(profile, coverage);
  }
  return coverage;
}
var TunnelCoverage = class {
  constructor(profile) {
    this.profile = profile;
    const full = profile.tunnel?.value === "full";
    const included = full ? AddressSet.of(EVERYTHING) : AddressSet.of(profile.include.flatMap((i) => i.ranges));
    this.tunnel = included.difference(AddressSet.of(profile.exclude.flatMap((e) => e.ranges)));
  }
  profile;
  tunnel;
  captures(range) {
    return this.tunnel.overlaps(range);
  }
  /**
   * The line that puts the range into the tunnel: the narrowest include route holding it, else
   * the first route holding part of it (routes that only together cover the range), else the
   * full-tunnel setting. Asked only for the few ranges the tunnel captures (one finding each), so
   * a pass over the routes here is no pairwise loop.
   */
  routeFor(range) {
    let best;
    let overlapping;
    for (const route of this.profile.include) {
      for (const r of route.ranges) {
        if (r.family !== range.family || r.first > range.last || r.last < range.first) continue;
        overlapping ??= route;
        if (r.first > range.first || r.last < range.last) continue;
        const width = r.last - r.first;
        if (!best || width < best.width) best = { route, width };
      }
    }
    return best?.route ?? overlapping ?? (this.profile.tunnel?.value === "full" ? this.profile.tunnel : void 0);
  }
};

// rules/firewall/vpn-media-block.ts
var TCP_UDP_MEDIA = [1024, 65535];
var vpn_media_block_default = defineRule({
  id: "firewall/vpn-media-block",
  meta: {
    description: "Block rules keep VPN clients' media off the tunnel: to corporate subnets on 1024-65535, to every UC server on all ports, both directions",
    rationale: [
      "To force the media of remote users through the Edge (outside the tunnel) rather than through the VPN,",
      '"Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel" blocks, on the client (Windows Firewall) or the VPN appliance, the traffic ICE would otherwise',
      "prefer through the tunnel:",
      "",
      "1. from the VPN client subnets to the corporate subnets (and to the VPN subnets themselves, which stops",
      "   hair-pinning through the concentrator), TCP and UDP 1024-65535: media to internal clients;",
      "2. from the VPN client subnets to every Lync server, including the Edge internal interface, all ports:",
      "   so signalling and media go to the Edge's public addresses;",
      "",
      "each as an inbound and an outbound rule, scoped to the `remoteAccess` interface type (so they do not",
      "apply on the corporate network) and the `domain` profile (so they do not apply on another network that",
      "happens to use the same addresses).",
      "",
      "The VPN client subnets come from the estate's VPN profiles; the corporate subnets are what the split",
      "tunnels carry, less the UC service's public addresses; the servers are the topology's pools, servers and Edge internal interface and the",
      "targets of `_sipinternaltls._tcp`, resolved in the internal view. The rule says precisely which part is",
      "missing; coverage is computed with address sets, not by comparing rules pairwise.",
      "",
      "**Fix:** add or complete the two block rules of that article for each VPN client subnet, inbound and outbound."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [{ source: "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel", section: "Table 1 and Windows Firewall Policy Configuration Steps" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noBlockRules: "no block rule applies to VPN client subnet {{subnet}}; media of remote users would take the tunnel",
      missingTwin: "{{direction}} block rule {{name}} has no {{other}} twin with the same scope; media to and from the VPN subnets is blocked in both directions",
      corporateNotBlocked: "{{direction}} block rules for VPN clients {{subnet}} leave {{missing}} of the corporate subnets open on TCP and UDP 1024-65535",
      serversNotBlocked: "{{direction}} block rules for VPN clients {{subnet}} leave UC servers {{missing}} open on some port or protocol; block all ports to every Lync server",
      vpnNotAmongRemote: "block rule {{name}} does not list VPN subnet {{subnet}} among its remote addresses; VPN clients could hair-pin media through the concentrator",
      notRemoteAccess: "block rule {{name}} applies on interface types {{types}}, not only remoteAccess; it would block these connections on the corporate network too",
      notDomainProfile: "block rule {{name}} applies in profiles {{profiles}}, not only domain; it would apply on other networks with the same addresses"
    }
  },
  appliesTo: (estate) => estate.firewallRuleSets.length > 0 && estate.vpnProfiles.some((p) => p.clientSubnets.length > 0),
  check({ estate, report }) {
    const ucPublic = AddressSet.of(ucPublicAddresses(estate).map((a) => a.range));
    const corporate = estate.vpnProfiles.filter((p) => p.tunnel?.value !== "full").reduce((set, p) => set.union(tunnelCoverageOf(p).tunnel), AddressSet.empty()).difference(ucPublic);
    const servers = ucServerAddresses(estate);
    const serverSet = AddressSet.of(servers.map((s) => s.range));
    const rules = enabledRules(estate.firewallRuleSets);
    for (const profile of estate.vpnProfiles) {
      for (const subnet of profile.clientSubnets) {
        const vpn = AddressSet.of(subnet.ranges);
        const blocks = rules.filter(({ rule }) => rule.action.value === "block" && addressesOf2(rule.localAddresses).covers(vpn));
        if (blocks.length === 0) {
          const where = estate.firewallRuleSets[0] ?? subnet;
          report({ node: where, messageId: "noBlockRules", data: { subnet: subnet.text } });
          continue;
        }
        for (const { rule } of blocks) checkScope(rule);
        const twinless = checkTwins(blocks.map((b) => b.rule));
        for (const direction of ["inbound", "outbound"]) {
          const inDirection = blocks.map((b) => b.rule).filter((r) => r.direction.value === direction);
          if (inDirection.length === 0 || twinless.has(direction)) continue;
          const blockedFor = (protocol, first, last) => AddressSet.of(
            inDirection.filter((r) => protocolMatches(r, protocol) && portsCover(direction === "inbound" ? r.localPorts : r.remotePorts, first, last)).flatMap((r) => r.remoteAddresses.flatMap((a) => a.ranges))
          );
          const mediaBlocked = blockedFor("tcp", ...TCP_UDP_MEDIA).intersection(blockedFor("udp", ...TCP_UDP_MEDIA));
          const corporateOpen = corporate.union(vpn).difference(mediaBlocked);
          if (!corporateOpen.isEmpty()) {
            const vpnOpen = vpn.difference(mediaBlocked);
            if (!vpnOpen.isEmpty() && corporate.difference(mediaBlocked).isEmpty()) {
              const mediaRules = inDirection.filter((r) => !serverSet.covers(addressesOf2(r.remoteAddresses)));
              for (const rule of mediaRules) report({ node: rule.name, messageId: "vpnNotAmongRemote", data: { name: rule.name.value, subnet: subnet.text } });
            } else {
              report({ node: inDirection[0].name, messageId: "corporateNotBlocked", data: { direction, subnet: subnet.text, missing: corporateOpen.ranges().map(rangeText).join(", ") } });
            }
          }
          const allBlocked = blockedFor("tcp", 0, 65535).intersection(blockedFor("udp", 0, 65535));
          const serversOpen = servers.filter((s) => !allBlocked.contains(s.range));
          if (serversOpen.length > 0 && !serverSet.isEmpty()) {
            report({
              node: inDirection[0].name,
              messageId: "serversNotBlocked",
              data: { direction, subnet: subnet.text, missing: serversOpen.map((s) => `${s.address} (${s.name})`).join(", ") },
              related: serversOpen.slice(0, 5).map((s) => ({ node: s.source, message: `${s.role} ${s.name}` }))
            });
          }
        }
      }
    }
    function checkScope(rule) {
      const types = rule.interfaceTypes.map((t) => t.value);
      if (types.length === 0 || types.some((t) => t !== "remoteAccess")) {
        report({ node: rule.interfaceTypes[0] ?? rule.name, messageId: "notRemoteAccess", data: { name: rule.name.value, types: types.join(", ") || "any" } });
      }
      const profiles = rule.profiles.map((p) => p.value);
      if (profiles.length === 0 || profiles.some((p) => p !== "domain")) {
        report({ node: rule.profiles[0] ?? rule.name, messageId: "notDomainProfile", data: { name: rule.name.value, profiles: profiles.join(", ") || "any" } });
      }
    }
    function checkTwins(blockRules) {
      const signature = (r) => `${r.protocol.value}|${addressesOf2(r.remoteAddresses).ranges().map(rangeText).join(",")}|${r.remotePorts.map((p) => `${p.first}-${p.last}`).join(",")}`;
      const lacking = /* @__PURE__ */ new Set();
      const byDirection = { inbound: /* @__PURE__ */ new Set(), outbound: /* @__PURE__ */ new Set() };
      for (const r of blockRules) byDirection[r.direction.value].add(signature(r));
      for (const r of blockRules) {
        const other = r.direction.value === "inbound" ? "outbound" : "inbound";
        if (byDirection[other].has(signature(r))) continue;
        lacking.add(other);
        report({ node: r.name, messageId: "missingTwin", data: { direction: r.direction.value, name: r.name.value, other } });
      }
      return lacking;
    }
  }
});

// rules/ice/candidate-type-order.ts
var TYPE_ORDER = ["host", "prflx", "srflx", "relay"];
var TYPE_NAME = { host: "host", prflx: "peer-reflexive", srflx: "server-reflexive", relay: "relay" };
function decodePriority(priority) {
  return { typePreference: Math.floor(priority / 2 ** 24), localPreference: Math.floor(priority / 256) % 65536, componentByte: priority % 256 };
}
var candidate_type_order_default = defineRule({
  id: "ice/candidate-type-order",
  meta: {
    description: "ICE candidates of one transport rank host above peer-reflexive above server-reflexive above relay",
    rationale: [
      "ICE tries candidate pairs in priority order. RFC 8445 recommends type preferences that rank host",
      "candidates first, then peer-reflexive, server-reflexive and relay, so a call uses the most direct path",
      "that works. A policy or an offer that inverts this sends calls through relays when a direct path exists.",
      "",
      "The order is judged among candidates of one transport. RFC 6544 gives TCP candidates the same type",
      "preferences as UDP ones, and how an application weighs TCP against UDP is its own choice: libwebrtc",
      "ranks its TCP host candidates at 90, below UDP server-reflexive (100), and a TCP candidate above a UDP",
      "one of the same type is allowed too. Neither is a finding.",
      "",
      "In SDP, each `a=candidate` priority is decoded as `2^24 * type preference + 2^8 * local preference +",
      "(256 - component)` (RFC 8445 5.1.2.1): a type preference above 126, a last byte that does not match the",
      "component, or two candidates of one type, component and media section with the same priority are",
      "findings too. In a `kind: MediaPolicy`, the type preferences are checked, and a transport order that",
      "puts TCP before UDP, against the Lync and Skype for Business guidance (UDP the preferred transport for",
      "audio and video, TCP the fallback).",
      "",
      "**Fix:** use the RFC's type preferences (host 126, peer-reflexive 110, server-reflexive 100, relay 0) for",
      "the candidates of each transport."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 8445", section: "5.1.2 (Prioritizing candidates)" },
      { source: "RFC 6544", section: "4.2 (Prioritization: TCP candidates use the same type preferences)" },
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "General protocol usage: UDP preferred for audio and video, TCP the fallback" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      typeOutranks: "{{transport}} {{type}} candidate {{address}} (type preference {{preference}}) outranks {{transport}} {{otherType}} candidate {{otherAddress}} (type preference {{otherPreference}}); {{otherType}} should come first",
      badPriority: "candidate {{address}} has priority {{priority}}, which breaks the formula: {{reason}}",
      repeatedPriority: "candidate {{address}} repeats priority {{priority}} of {{otherAddress}} ({{type}}, component {{component}}); priorities must differ",
      policyOrder: "type preference of {{type}} ({{preference}}) is not below that of {{better}} ({{betterPreference}}); the order is host, peer-reflexive, server-reflexive, relay",
      policyTransport: "transport order puts TCP before UDP; Lync and Skype for Business prefer UDP for audio and video and fall back to TCP"
    }
  },
  appliesTo: (estate) => estate.sdpSessions.some((s) => s.candidates.length > 0) || estate.mediaPolicies.length > 0,
  check({ estate, report }) {
    for (const session of estate.sdpSessions) {
      const groups = /* @__PURE__ */ new Map();
      for (const c of session.candidates) {
        const key = `${c.media}\0${c.component}`;
        const group = groups.get(key);
        if (group) group.push(c);
        else groups.set(key, [c]);
      }
      for (const candidates of groups.values()) {
        checkPriorities(candidates);
        for (const transport of ["udp", "tcp"]) checkTypeOrder(candidates.filter((c) => c.transport === transport), transport);
      }
    }
    for (const policy of estate.mediaPolicies) {
      const prefs = policy.candidateTypePreference;
      if (prefs) {
        for (let i = 1; i < TYPE_ORDER.length; i++) {
          const current = prefs[TYPE_ORDER[i]];
          if (!current) continue;
          const better = TYPE_ORDER.slice(0, i).map((t) => [t, prefs[t]]).find(([, p]) => p !== void 0 && p.value <= current.value);
          if (better?.[1]) {
            report({ node: current, messageId: "policyOrder", data: { type: TYPE_NAME[TYPE_ORDER[i]], preference: current.value, better: TYPE_NAME[better[0]], betterPreference: better[1].value } });
          }
        }
      }
      const tcp = policy.transportOrder.findIndex((t) => t.value === "tcp");
      const udp = policy.transportOrder.findIndex((t) => t.value === "udp");
      if (tcp >= 0 && udp > tcp) report({ node: policy.transportOrder[tcp], messageId: "policyTransport" });
    }
    function checkPriorities(candidates) {
      const seen = /* @__PURE__ */ new Map();
      for (const c of candidates) {
        const { typePreference, componentByte } = decodePriority(c.priority);
        if (typePreference > 126) report({ node: c, messageId: "badPriority", data: { address: c.address, priority: c.priority, reason: `type preference ${typePreference} is above 126` } });
        else if (componentByte !== 256 - c.component) {
          report({ node: c, messageId: "badPriority", data: { address: c.address, priority: c.priority, reason: `the last byte is ${componentByte}, not 256 - component ${c.component}` } });
        }
        const twin = seen.get(c.priority);
        if (twin && twin.type === c.type) report({ node: c, messageId: "repeatedPriority", data: { address: c.address, priority: c.priority, otherAddress: twin.address, type: c.type, component: c.component } });
        else if (!twin) seen.set(c.priority, c);
      }
    }
    function checkTypeOrder(candidates, transport) {
      for (let i = 0; i < TYPE_ORDER.length; i++) {
        for (let j = i + 1; j < TYPE_ORDER.length; j++) {
          const better = candidates.filter((c) => c.type === TYPE_ORDER[i]);
          const worse = candidates.filter((c) => c.type === TYPE_ORDER[j]);
          if (better.length === 0 || worse.length === 0) continue;
          const weakest = better.reduce((a, b) => decodePriority(a.priority).typePreference <= decodePriority(b.priority).typePreference ? a : b);
          const strongest = worse.reduce((a, b) => decodePriority(a.priority).typePreference >= decodePriority(b.priority).typePreference ? a : b);
          const pw = decodePriority(weakest.priority).typePreference;
          const ps = decodePriority(strongest.priority).typePreference;
          if (ps < pw) continue;
          report({
            node: strongest,
            messageId: "typeOutranks",
            data: { transport: transport.toUpperCase(), type: TYPE_NAME[strongest.type], address: strongest.address, preference: ps, otherType: TYPE_NAME[weakest.type], otherAddress: weakest.address, otherPreference: pw },
            related: [{ node: weakest, message: `${TYPE_NAME[weakest.type]} candidate` }]
          });
        }
      }
    }
  }
});

// rules/ice/port-ranges.ts
var RECOMMENDED_DSCP = { audio: 46, video: 34, sharing: 18 };
var port_ranges_default = defineRule({
  id: "ice/port-ranges",
  meta: {
    description: "Media port ranges do not overlap, lie within 1024-65535, hold two ports per concurrent call, carry the recommended DSCP marking, and QoS policies mark the ranges the clients use",
    rationale: [
      "Clients take media ports from a range per media type so that QoS policies can mark audio, video and",
      "screen sharing differently by port. Ranges that overlap give one stream another's marking; ranges below",
      "1024 collide with well-known services and need privileges; a range with fewer than two ports per",
      "concurrent call (RTP and RTCP, or two streams) runs out and the client falls back to any port, unmarked.",
      "Where the policy states DSCP values, they should be the recommended ones: audio 46 (EF), video 34",
      "(AF41), sharing 18 (AF21), the table Teams also uses (audio 50000-50019, video 50020-50039, sharing",
      "50040-50059).",
      "",
      "Windows policy-based QoS policies (`New-NetQosPolicy`, or the Group Policy values under",
      "`HKLM\\Software\\Policies\\Microsoft\\Windows\\QoS\\<policy>` whatever wrote them) are checked against the",
      "client's media ranges: those of the Teams meeting configuration (`Set-CsTeamsMeetingConfiguration`) or,",
      "without one, Teams' defaults; those of the Skype for Business conferencing configuration",
      "(`Set-CsConferencingConfiguration`; without one the client takes any port 1024-65535 and nothing is",
      "compared). A policy for the Teams or Skype for Business client (by its application name) whose source",
      "ports no media range of that client uses marks nothing the client sends; a policy whose ports lie in one",
      "media range should mark it as that client's table says (Teams: audio 46, video 34, sharing 18; Skype for",
      "Business: audio 46, video 34). A policy for another application, or for destination ports only, is not",
      "judged; one without an application is judged on its DSCP value only, where its ports lie in a configured range.",
      "",
      "**Fix:** give each media type its own range within 1024-65535, sized for the concurrent calls, and mark",
      "it as recommended; make each QoS policy match the range it is meant for."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: "all",
    citations: [
      { source: "Microsoft Teams documentation", section: "Implement Quality of Service: port ranges and DSCP markings" },
      { source: "RFC 4594", section: "Configuration guidelines for DiffServ service classes (EF, AF41, AF21)" },
      { source: "Implement Quality of Service (QoS) in Microsoft Teams", section: "Choose initial port ranges for each media type; Set QoS policies on Windows devices" },
      { source: "Configuring port ranges and a Quality of Service policy for your clients in Skype for Business Server", section: "Configure port ranges; Configure QoS policies" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      outsideDynamic: "{{media}} port range {{range}} reaches outside 1024-65535",
      overlap: "{{media}} port range {{range}} overlaps the {{other}} range {{otherRange}}; the two streams cannot be marked apart",
      tooFewPorts: "{{media}} port range {{range}} has {{ports}} ports for {{calls}} concurrent calls; at least {{needed}} are needed",
      dscpMismatch: "{{media}} is marked DSCP {{value}}; the recommended marking is {{recommended}}",
      qosUnusedRange: "QoS policy {{name}} marks {{client}} media from source ports {{range}}, which no {{client}} media range uses ({{ranges}}); the media it means goes unmarked",
      qosDscpMismatch: "QoS policy {{name}} marks {{client}} {{media}} (source ports {{range}}) with DSCP {{value}}; the recommended marking is {{recommended}}",
      qosUnreadable: "QoS policy {{name}}: {{problem}}, so the policy matches nothing"
    }
  },
  appliesTo: (estate) => estate.mediaPolicies.some((p) => Object.keys(p.portRanges).length > 0 || Object.keys(p.dscp).length > 0) || estate.qosPolicies.length > 0,
  check({ estate, report }) {
    for (const policy of estate.mediaPolicies) {
      const ranges = Object.entries(policy.portRanges).sort(([, a], [, b]) => a.first - b.first);
      for (const [media, range] of ranges) {
        if (range.first < 1024 || range.last > 65535) report({ node: range, messageId: "outsideDynamic", data: { media, range: range.text } });
        const calls = policy.concurrentCalls?.value;
        const ports = range.last - range.first + 1;
        if (calls !== void 0 && ports < 2 * calls) report({ node: range, messageId: "tooFewPorts", data: { media, range: range.text, ports, calls, needed: 2 * calls } });
      }
      for (let i = 1; i < ranges.length; i++) {
        const [media, range] = ranges[i];
        const [other, previous] = ranges[i - 1];
        if (range.first <= previous.last) report({ node: range, messageId: "overlap", data: { media, range: range.text, other, otherRange: previous.text } });
      }
      for (const [media, value] of Object.entries(policy.dscp)) {
        const recommended = RECOMMENDED_DSCP[media];
        if (recommended !== void 0 && value.value !== recommended) report({ node: value, messageId: "dscpMismatch", data: { media, value: value.value, recommended } });
      }
    }
    for (const policy of estate.qosPolicies) {
      for (const problem of policy.unreadable ?? []) report({ node: problem, messageId: "qosUnreadable", data: { name: policy.name.value, problem: problem.value } });
      const ports = policy.localPorts;
      if (ports === void 0) continue;
      const client = clientOfQosPolicy(policy);
      const candidates = client ? [client] : ["teams", "lync"].filter((product) => estate.mediaPolicies.some((p) => p.product === product));
      const data = { name: policy.name.value, range: ports.text };
      for (const product of candidates) {
        const ranges = clientMediaRanges(estate, product);
        if (ranges === void 0) continue;
        if (client && !portsCover(ranges, ports.first, ports.last)) {
          report({ node: ports, messageId: "qosUnusedRange", data: { ...data, client: CLIENT_TITLE[product], ranges: rangesText(estate, product, ranges) } });
          continue;
        }
        checkQosDscp(policy, product, ranges);
      }
    }
    function checkQosDscp(policy, product, ranges) {
      const ports = policy.localPorts;
      if (!ports || !policy.dscp) return;
      const media = new Set(ranges.filter((r) => r.first <= ports.first && ports.last <= r.last).map((r) => r.media));
      if (media.size !== 1) return;
      const [type] = media;
      const recommended = CLIENT_DSCP[product][type];
      if (recommended === void 0 || policy.dscp.value === recommended) return;
      report({ node: policy.dscp, messageId: "qosDscpMismatch", data: { name: policy.name.value, client: CLIENT_TITLE[product], media: type, range: ports.text, value: policy.dscp.value, recommended } });
    }
  }
});
function rangesText(estate, product, ranges) {
  const listed = ranges.map((r) => `${r.media} ${r.text}`).join(", ");
  return estate.mediaPolicies.some((p) => p.product === product) ? listed : `${listed}, the defaults`;
}

// rules/ice/vpn-host-candidate.ts
var vpn_host_candidate_default = defineRule({
  id: "ice/vpn-host-candidate",
  meta: {
    description: "ICE does not prefer the VPN interface: no host candidate in a VPN client subnet beside relay candidates, and media policy excludes the remote-access interface",
    rationale: [
      "ICE ranks host candidates above relay candidates. On a client connected by VPN, the VPN adapter's",
      "address is a host candidate too, so when both ends can reach it through the tunnel, media takes the",
      "tunnel, with its latency and loss, even though a relay path through the Edge outside the tunnel exists",
      '("Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel": block the VPN subnets so ICE falls back to the',
      "Edge, or keep the VPN interface out of candidate gathering).",
      "",
      "Checked: in SDP, a host candidate whose address lies in a VPN client subnet of the estate's VPN profiles,",
      "in a media section that also offers relay candidates; in a `kind: MediaPolicy`, that `excludeInterfaces`",
      "names `remoteAccess` (or the VPN client subnets) when the estate has VPN profiles.",
      "",
      "**Fix:** exclude the remote-access interface from ICE (media policy), and block media between VPN",
      "clients and internal subnets at the firewall (firewall/vpn-media-block) so the relay path is used."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [
      { source: "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel", section: "The Problem (the VPN address as a host candidate); Windows Firewall Policy" },
      { source: "RFC 8445", section: "5.1.2 (host candidates outrank relayed candidates)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      vpnHostCandidate: "host candidate {{address}} is in VPN client subnet {{subnet}} (profile {{profile}}) and outranks the relay candidates; media would take the tunnel",
      policyKeepsVpnInterface: "media policy does not exclude the remote-access interface ({{subnets}}); the VPN adapter's host candidates would outrank the Edge relay"
    }
  },
  appliesTo: (estate) => estate.vpnProfiles.some((p) => p.clientSubnets.length > 0) && (estate.sdpSessions.length > 0 || estate.mediaPolicies.length > 0),
  check({ estate, report }) {
    const subnets = estate.vpnProfiles.flatMap((profile) => profile.clientSubnets.map((subnet) => ({ profile, subnet })));
    const vpnSet = AddressSet.of(subnets.flatMap((s) => s.subnet.ranges));
    for (const session of estate.sdpSessions) {
      const mediaWithRelay = new Set(session.candidates.filter((c) => c.type === "relay").map((c) => c.media));
      for (const candidate of session.candidates) {
        if (candidate.type !== "host" || !mediaWithRelay.has(candidate.media)) continue;
        const range = addressRange(candidate.address);
        if (!range || !vpnSet.contains(range)) continue;
        const owner = subnets.find((s) => s.subnet.ranges.some((r) => r.family === range.family && r.first <= range.first && r.last >= range.last));
        report({
          node: candidate,
          messageId: "vpnHostCandidate",
          data: { address: candidate.address, subnet: owner ? owner.subnet.text : rangeText(vpnSet.rangeContaining(range.family, range.first) ?? range), profile: owner?.profile.name ?? "VPN" },
          ...owner ? { related: [{ node: owner.subnet, message: `client subnet of VPN profile ${owner.profile.name}` }] } : {}
        });
      }
    }
    for (const policy of estate.mediaPolicies) {
      if (policy.product !== void 0) continue;
      const excluded = policy.excludeInterfaces.some((e) => /^remote-?access$/i.test(e.value)) || !vpnSet.isEmpty() && AddressSet.of(policy.excludeInterfaces.flatMap((e) => e.address?.ranges ?? [])).covers(vpnSet);
      if (excluded) continue;
      report({ node: policy, messageId: "policyKeepsVpnInterface", data: { subnets: subnets.map((s) => s.subnet.text).join(", ") } });
    }
  }
});

// src/estate/live-drift.ts
var cache4 = /* @__PURE__ */ new WeakMap();
function answerDrifts(estate) {
  let drifts = cache4.get(estate);
  if (drifts === void 0) {
    drifts = [];
    for (const answer of estate.live?.answers ?? []) {
      if (answer.outcome === "failed" || answer.committedView === void 0) continue;
      const committed = estate.recordsAt(answer.name, answer.type, { view: answer.committedView });
      const served = new Set(answer.records.map(comparableData));
      const held = new Set(committed.map(comparableData));
      drifts.push({
        answer,
        committed,
        notServed: committed.filter((record) => !served.has(comparableData(record))),
        notCommitted: answer.records.filter((record) => !held.has(comparableData(record)))
      });
    }
    cache4.set(estate, drifts);
  }
  return drifts;
}
function* committedNotServed(estate, served) {
  const servers = estate.live?.servers.join(", ") ?? "";
  for (const drift of answerDrifts(estate)) {
    if (drift.answer.records.length > 0 !== served) continue;
    for (const record of drift.notServed) {
      yield { record, data: { name: displayName(record.name), type: record.type, data: presentData(record), servers, served: servedInWords(drift.answer) } };
    }
  }
}
function servedInWords(answer) {
  if (answer.outcome === "nxdomain") return "no such name (NXDOMAIN)";
  if (answer.outcome === "nodata" || answer.records.length === 0) return `no ${answer.type} record at the name`;
  return answer.records.map(presentData).join(", ");
}
function endpointInWords(endpoint) {
  return `${endpoint.host}:${endpoint.port}${endpoint.address !== void 0 && endpoint.address !== endpoint.host ? ` (${endpoint.address})` : ""}`;
}
function certificateInWords(certificate) {
  const parts = [];
  parts.push(certificate.commonName !== void 0 ? `CN=${certificate.commonName}` : certificate.subject ?? "no subject");
  if (certificate.serial !== void 0) parts.push(`serial ${certificate.serial}`);
  if (certificate.notAfter !== void 0) parts.push(`expires ${certificate.notAfter.toISOString().slice(0, 10)}`);
  if (certificate.fingerprint256 !== void 0) parts.push(`SHA-256 ${certificate.fingerprint256}`);
  return parts.join(", ");
}

// rules/live/certificate-differs.ts
var certificate_differs_default = defineRule({
  id: "live/certificate-differs",
  meta: {
    description: "Each TLS endpoint presents the certificate the repository holds for it (uclint probe)",
    rationale: [
      "The certificate an Edge, a pool, a reverse proxy or an SBC presents is the one clients and partners",
      "judge. When it is not the one the repository holds for that host (renewed by hand and never committed,",
      "an old one still bound after the committed renewal, a load balancer presenting another server's), the",
      "expiry, name and key checks of the files judge the wrong certificate.",
      "",
      "The rule runs only in `uclint probe`: the leaf certificate each endpoint presents is compared by its",
      "SHA-256 fingerprint (by serial number and issuer for a manifest entry that states no fingerprint) with",
      "the committed certificates for the host (a manifest entry whose `usedBy` names it, else certificates",
      "whose names cover it). It is reported once per committed certificate and certificate presented instead,",
      "naming every endpoint (host, port, address) that presents it, at the committed certificate. A host with",
      "no committed certificate is not compared.",
      "",
      "**Fix:** commit the certificate that is deployed (or its manifest entry), or deploy the committed one."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: "all",
    citations: [
      { source: "Lync Server 2010: Certificate Expiration Alerting", section: "Certificates in use on the servers" },
      { source: "RFC 6125", section: "6 (Verifying service identity)" }
    ],
    messages: {
      differs: "{{endpoint}} presents {{served}}, not the committed certificate {{name}} ({{committed}})"
    }
  },
  appliesTo: (estate) => estate.live !== void 0,
  check({ estate, report }) {
    const groups = /* @__PURE__ */ new Map();
    for (const endpoint of estate.live?.endpoints ?? []) {
      const leaf = endpoint.chain[0];
      if (endpoint.outcome !== "presented" || leaf === void 0) continue;
      const comparable = estate.certificatesFor(endpoint.host).filter((c) => isLeafCertificate(c) && (c.fingerprint256 !== void 0 || c.serial !== void 0));
      if (comparable.length === 0 || comparable.some((c) => sameCertificate(c, leaf))) continue;
      const committed = comparable[0];
      const key = `${estate.certificates.indexOf(committed)} ${leaf.fingerprint256 ?? leaf.serial ?? leaf.name}`;
      const group = groups.get(key);
      if (group === void 0) groups.set(key, { committed, served: leaf, endpoints: [endpoint] });
      else group.endpoints.push(endpoint);
    }
    for (const { committed, served, endpoints } of groups.values()) {
      report({
        node: certificateField(committed, "fingerprint256", "serial"),
        messageId: "differs",
        data: { endpoint: endpoints.map(endpointInWords).join(", "), served: certificateInWords(served), name: committed.name, committed: certificateInWords(committed) }
      });
    }
  }
});
function sameCertificate(committed, served) {
  if (committed.fingerprint256 !== void 0) return committed.fingerprint256 === served.fingerprint256;
  if (committed.serial === void 0 || committed.serial !== served.serial) return false;
  return committed.issuer === void 0 || committed.issuer === served.issuer;
}

// rules/live/certificate-name.ts
var certificate_name_default = defineRule({
  id: "live/certificate-name",
  meta: {
    description: "Each TLS endpoint presents a certificate that names the host it is published as (uclint probe)",
    rationale: [
      "A client connecting to `sip.contoso.com`, a federation partner connecting to the Access Edge, and Microsoft",
      "connecting to a Direct Routing SBC each check that the presented certificate names the host they asked",
      "for (a DNS SAN, a one-label wildcard SAN, or the CN of a certificate without SANs). A certificate that",
      "does not name it fails every connection, whatever the repository holds.",
      "",
      "The rule runs only in `uclint probe`, for each endpoint that presented a certificate, with the host",
      "name the probe sent as SNI. It is placed at the committed certificate for the host when there is one,",
      "else at the record or topology entry that publishes the endpoint.",
      "",
      "**Fix:** bind a certificate that names the host (add it as a SAN when the certificate is renewed)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 6125", section: "6.4 (Matching the DNS domain name portion)" },
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "Certificate planning" },
      { source: "Microsoft Teams: Plan Direct Routing", section: "Public trusted certificate for the SBC" }
    ],
    messages: {
      notNamed: "{{endpoint}} presents a certificate ({{subject}}) that does not name {{host}}; it names {{names}}"
    }
  },
  appliesTo: (estate) => estate.live !== void 0,
  check({ estate, report }) {
    for (const endpoint of estate.live?.endpoints ?? []) {
      const leaf = endpoint.chain[0];
      if (endpoint.outcome !== "presented" || leaf === void 0 || sanCovering(leaf, endpoint.host) !== void 0) continue;
      report({
        node: leaf,
        messageId: "notNamed",
        data: {
          endpoint: endpointInWords(endpoint),
          subject: leaf.subject ?? "no subject",
          host: endpoint.host,
          names: (matchedNames(leaf) ?? []).join(", ") || "no name"
        }
      });
    }
  }
});

// rules/live/record-differs.ts
var record_differs_default = defineRule({
  id: "live/record-differs",
  meta: {
    description: "The DNS serves the committed data for each discovery record (uclint probe)",
    rationale: [
      "A record served with other data than the repository holds (`_sipfederationtls._tcp` still pointing",
      "on-premises after the repository moved it to Microsoft 365, an SRV on another port, an address changed",
      "at the DNS host) sends clients and partners somewhere the files do not describe, and every check of the",
      "files judges the wrong thing.",
      "",
      "The rule runs only in `uclint probe`: for each name and type asked that the DNS answers with records,",
      "it reports each committed record whose data is not among them (TTLs are not compared), naming what is",
      "served. When the DNS serves no record of the type at all, that is `live/record-not-served`; a served",
      "record beside all the committed ones is `live/record-not-committed`.",
      "",
      "**Fix:** make the DNS serve what the repository holds (deploy the zone), or commit what is served if the",
      "change at the DNS host was meant."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "Skype for Business Server: DNS requirements", section: "DNS records for external and internal clients" },
      { source: "Microsoft 365: Create DNS records at any DNS hosting provider", section: "SRV and CNAME records for Teams and Skype for Business Online" }
    ],
    messages: {
      differs: "{{name}} {{type}} {{data}} is committed, but the DNS ({{servers}}) serves {{served}}"
    }
  },
  appliesTo: (estate) => estate.live !== void 0,
  check({ estate, report }) {
    for (const { record, data } of committedNotServed(estate, true)) report({ node: record, messageId: "differs", data });
  }
});

// rules/live/record-not-committed.ts
var record_not_committed_default = defineRule({
  id: "live/record-not-committed",
  meta: {
    description: "Every discovery record the DNS serves for a committed zone is in the repository (uclint probe)",
    rationale: [
      "A record served but not in the repository was added by hand at the DNS host (or left behind when the",
      "repository removed it): nothing reviews it, no rule judges it in pull requests, and the next deployment",
      "of the zone may delete it without anyone noticing.",
      "",
      "The rule runs only in `uclint probe`, for names inside a zone the repository holds in the view the DNS",
      "servers answer for: it reports the served records of a name and type that no committed record matches,",
      "once per name and type, at the committed records of that name and type when there are some, else at the",
      "zone that should hold them. When some committed records are not served either, the change is reported",
      "as `live/record-differs` instead. Names in no committed zone are not judged: the repository does not",
      "claim them.",
      "",
      "**Fix:** commit the record (and let the rules judge it), or delete it at the DNS host."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: "all",
    citations: [{ source: "Skype for Business Server: DNS requirements", section: "DNS records for external and internal clients" }],
    messages: {
      notCommitted: "the DNS ({{servers}}) serves {{name}} {{type}} {{data}}, which the repository does not hold"
    }
  },
  appliesTo: (estate) => estate.live !== void 0,
  check({ estate, report }) {
    const servers = estate.live?.servers.join(", ") ?? "";
    for (const drift of answerDrifts(estate)) {
      if (drift.notCommitted.length === 0 || drift.notServed.length > 0) continue;
      const node = drift.committed[0] ?? { loc: drift.answer.anchor };
      report({
        node,
        messageId: "notCommitted",
        data: { name: displayName(drift.answer.name), type: drift.answer.type, data: drift.notCommitted.map(presentData).join(", "), servers }
      });
    }
  }
});

// rules/live/record-not-served.ts
var record_not_served_default = defineRule({
  id: "live/record-not-served",
  meta: {
    description: "Every committed discovery record is served by the DNS (uclint probe)",
    rationale: [
      "Clients and federation partners find SIP servers through the DNS as it is served, not as the",
      "repository holds it. A record committed but not served (a zone not deployed, a record deleted by",
      "hand at the DNS host, a change waiting in an unmerged branch of the DNS provider) means sign-in,",
      "federation or mobility fails while the files look right.",
      "",
      "The rule runs only in `uclint probe`: it compares each name and type the probe asked about with the",
      "committed records of that name and type in the view the DNS servers answer for (`--view`,",
      "default external), and reports each committed record when the DNS serves no record of the type there.",
      "Names in no committed zone are not compared. Served records that differ are `live/record-differs`.",
      "",
      "**Fix:** deploy the zone (or the record) to the DNS servers, or remove the record from the repository",
      "if it is no longer meant to exist."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "Skype for Business Server: DNS requirements", section: "DNS records for external and internal clients" },
      { source: "RFC 3263", section: "4.2 (SRV lookup)" }
    ],
    messages: {
      notServed: "{{name}} {{type}} {{data}} is committed but not served: the DNS ({{servers}}) answers {{served}}"
    }
  },
  appliesTo: (estate) => estate.live !== void 0,
  check({ estate, report }) {
    for (const { record, data } of committedNotServed(estate, false)) report({ node: record, messageId: "notServed", data });
  }
});

// rules/live/unreachable.ts
var unreachable_default = defineRule({
  id: "live/unreachable",
  meta: {
    description: "The DNS answers every question and every published TLS endpoint completes a handshake (uclint probe)",
    rationale: [
      "An audit that could not ask or connect has not checked: each DNS question without an answer (a",
      "timeout after every retry, SERVFAIL, REFUSED) and each TLS endpoint that refuses the connection, times",
      "out, resets or fails the handshake is reported with the error, so a scheduled audit never passes by",
      "silence. An endpoint whose host has no address is reported here as well.",
      "",
      "The rule runs only in `uclint probe`. Each finding is placed at the committed record that publishes the",
      "name or endpoint (the SRV record, the topology entry), else where the SIP domain is named.",
      "Reachability depends on where the probe runs from: a runner outside the network cannot reach internal",
      "pools, which is why the probe asks the external view unless told otherwise.",
      "",
      "**Fix:** check the server, the firewall between it and the probe, and the record that publishes it."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: "all",
    citations: [
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "Port and firewall planning" },
      { source: "RFC 8446", section: "4 (Handshake protocol)" }
    ],
    messages: {
      dnsFailed: "no answer for {{name}} {{type}} from the DNS ({{servers}}) after {{tries}} tries: {{error}}",
      dnsNotAsked: "{{name}} {{type}} was not asked of the DNS: {{error}}",
      endpointFailed: "{{endpoint}}, published by {{publishedBy}}, gave no certificate: {{error}}",
      notAttempted: "{{endpoint}}, published by {{publishedBy}}, was not probed: {{error}}"
    }
  },
  appliesTo: (estate) => estate.live !== void 0,
  check({ estate, report }) {
    const live = estate.live;
    if (live === void 0) return;
    const servers = live.servers.join(", ");
    for (const answer of live.answers) {
      if (answer.outcome !== "failed") continue;
      const committed = answer.committedView === void 0 ? void 0 : estate.recordsAt(answer.name, answer.type, { view: answer.committedView })[0];
      report({
        node: committed ?? { loc: answer.anchor },
        ...answer.tries === 0 ? { messageId: "dnsNotAsked", data: { name: displayName(answer.name), type: answer.type, error: answer.error ?? "not asked" } } : { messageId: "dnsFailed", data: { name: displayName(answer.name), type: answer.type, servers, tries: answer.tries, error: answer.error ?? "no answer" } }
      });
    }
    for (const endpoint of live.endpoints) {
      if (endpoint.outcome === "presented") continue;
      report({
        node: { loc: endpoint.anchor },
        messageId: endpoint.outcome === "failed" ? "endpointFailed" : "notAttempted",
        data: { endpoint: endpointInWords(endpoint), publishedBy: endpoint.publishedBy, error: endpoint.error ?? "no answer" }
      });
    }
  }
});

// rules/lync/access-edge-port.ts
var EDGE_EXAMPLE = (port2, fqdn) => [
  '<Service RoleName="EdgeServer" InstalledOn="2b3231e3-36e0-4573-8af6-2d4b92cca746" ServiceVersion="7">',
  '  <Ports xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008">',
  `    <Port Owner="urn:component:AccessEdge" Usage="SipClient" InterfaceSide="External" InterfaceNumber="1" Port="${port2}" Protocol="Tls" ConfiguredFqdn="${fqdn}" />`,
  "  </Ports>",
  "</Service>"
].join("\n");
var access_edge_port_default = defineRule({
  id: "lync/access-edge-port",
  meta: {
    description: "The Access Edge takes remote clients on port 443",
    rationale: [
      "Remote users sign in through the Access Edge's external interface. Networks they sign in from (hotels,",
      "guest Wi-Fi, other companies) often let out HTTPS on TCP 443 and little else, so the Access Edge listens",
      "for clients on 443, and `_sip._tls.<domain>` points there. Topology Builder lets an Edge pool use a single",
      "FQDN and IP address for all three Edge services; the services then cannot all take 443, and the Access",
      "Edge defaults to 5061 (Web Conferencing to 444, A/V to 443). That topology is valid, but remote users",
      "behind a firewall that passes only 443 cannot sign in.",
      "",
      "Read from a Topology Builder document or published topology: the external `SipClient` port of the",
      "Access Edge service (`urn:component:AccessEdge`). A `kind: Topology` manifest does not state ports, so",
      "it is not judged. The Access Edge's federation port (5061, `SipServer`) is another port and not judged.",
      "",
      "**Fix:** in Topology Builder, give the Edge pool separate FQDNs and IP addresses for the Access, Web",
      "Conferencing and A/V Edge services, with the Access Edge on 443; publish the topology, and point",
      "`_sip._tls` at port 443."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: ["lync"],
    citations: [
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "Port and firewall planning; single consolidated Edge with one FQDN and IP address (Access Edge 5061, Web Conferencing 444, A/V 443)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      clientPortNot443: "the Access Edge {{fqdn}} of Edge pool {{edge}} takes clients on port {{port}}, not 443; remote users behind firewalls that pass only 443 cannot sign in (give the Access Edge its own FQDN and IP address on 443)"
    },
    examples: { language: "xml", invalid: EDGE_EXAMPLE(5061, "edge.contoso.com"), valid: EDGE_EXAMPLE(443, "sip.contoso.com") }
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.edges.some((e) => e.external.access?.port !== void 0)),
  check({ estate, report }) {
    for (const topology of estate.topologies) {
      for (const edge of topology.edges) {
        const access = edge.external.access;
        if (!access?.port || access.port.value === 443) continue;
        report({
          node: access.port,
          messageId: "clientPortNot443",
          data: { fqdn: access.fqdn.value, edge: edge.internal?.fqdn.value ?? access.fqdn.value, port: access.port.value },
          related: [{ node: access.fqdn, message: `external FQDN of the Access Edge in the topology` }]
        });
      }
    }
  }
});

// src/estate/lync-domains.ts
var LYNC_SERVICES = /* @__PURE__ */ new Set(["_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tls"]);
var LYNC_HOST_LABELS = ["lyncdiscover", "lyncdiscoverinternal"];
var OTHER_PRODUCT_SERVICES = /* @__PURE__ */ new Set(["_collab-edge._tls", "_cisco-uds._tcp", "_cuplogin._tcp", "_h323cs._tcp", "_h323ls._udp", "_sips._tcp", "_sip._udp"]);
var SIP_NAPTR_SERVICE2 = /^sips?\+d2[uts]$/i;
var cache5 = /* @__PURE__ */ new WeakMap();
function lyncSipDomains(estate) {
  let domains = cache5.get(estate);
  if (domains === void 0) {
    domains = findLyncSipDomains(estate);
    cache5.set(estate, domains);
  }
  return domains;
}
function findLyncSipDomains(estate) {
  const product = estate.product();
  const families = estate.families();
  const stated = families.source === "settings";
  if (stated ? !families.has("lync") && !families.has("legacy") : product !== void 0 && !isLyncFamily(product)) return /* @__PURE__ */ new Set();
  const trustAll = stated ? families.families.every((family) => family === "lync" || family === "legacy" || family === "teams") : product !== void 0 || estate.topologies.some(describesDeployment);
  const marked = trustAll ? void 0 : domainsWithLyncRecords(estate);
  const otherProduct = trustAll || !estate.sipDomainsConfigured() ? void 0 : domainsWithOtherProductRecords(estate);
  if (marked?.size === 0 && otherProduct === void 0) return /* @__PURE__ */ new Set();
  const found = /* @__PURE__ */ new Set();
  for (const domain of estate.sipDomains()) {
    if (marked && !marked.has(domain) && (otherProduct === void 0 || otherProduct.has(domain))) continue;
    if (mayPointOnline(estate, domain) && discoveryOf(estate, domain).records.some((record) => record.direction === "online")) continue;
    found.add(domain);
  }
  return found;
}
function domainsWithLyncRecords(estate) {
  const found = /* @__PURE__ */ new Set();
  for (const { service, domain } of estate.srvServices()) if (LYNC_SERVICES.has(service)) found.add(domain);
  for (const label of LYNC_HOST_LABELS) {
    for (const domain of discoveryNamesAt(estate, label).keys()) if (estate.sipDomains().has(domain)) found.add(domain);
  }
  return found;
}
function domainsWithOtherProductRecords(estate) {
  const found = /* @__PURE__ */ new Set();
  for (const { service, domain } of estate.srvServices()) if (OTHER_PRODUCT_SERVICES.has(service)) found.add(domain);
  for (const naptr of estate.records("NAPTR")) if (SIP_NAPTR_SERVICE2.test(naptr.data.service)) found.add(naptr.name);
  return found;
}

// src/estate/published-names.ts
var TLS_SERVICES = { "_sip._tls": "edge", "_sipinternaltls._tcp": "pool", "_sipfederationtls._tcp": "edge" };
var WELL_KNOWN_LABELS = {
  lyncdiscover: "mobility and web discovery (lyncdiscover)",
  lyncdiscoverinternal: "internal web discovery (lyncdiscoverinternal)",
  meet: "meeting simple URL",
  dialin: "dial-in simple URL",
  admin: "administration simple URL"
};
function publishedUcNames(estate) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (name, record, why, role) => {
    const key = `${record.zone.view}\0${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, record, view: record.zone.view, why, role });
  };
  for (const { record, service } of estate.srvServices()) {
    const srv = record;
    const role = TLS_SERVICES[service];
    if (role && srv.data.target !== ".") add(srv.data.target, srv, `${service} SRV target`, role);
  }
  for (const domain of lyncSipDomains(estate)) {
    const names2 = Object.entries(WELL_KNOWN_LABELS);
    if (estate.strictDnsNaming()?.value) names2.unshift(["sip", "sign-in name under strict DNS naming"]);
    for (const [label, why] of names2) {
      const name = canonicalName(`${label}.${domain}`);
      for (const record of estate.recordsAt(name)) {
        const role = label !== "sip" ? "web" : record.zone.view === "internal" ? "pool" : "edge";
        if (record.type === "A" || record.type === "AAAA" || record.type === "CNAME") add(name, record, why, role);
      }
    }
  }
  for (const { host, why, role } of topologyPublishedNames(estate)) {
    const name = canonicalName(host);
    for (const record of estate.recordsAt(name, void 0, { view: "external" })) {
      if (record.type === "A" || record.type === "AAAA" || record.type === "CNAME") add(name, record, why, role);
    }
  }
  return out;
}
function topologyPublishedNames(estate) {
  const out = [];
  for (const topology of estate.topologies) {
    for (const edge of topology.edges) {
      if (edge.external.access) out.push({ host: edge.external.access.fqdn.value, why: "Access Edge external FQDN in the topology", role: "edge" });
      if (edge.external.webConferencing) out.push({ host: edge.external.webConferencing.fqdn.value, why: "Web Conferencing Edge external FQDN in the topology", role: "edge" });
    }
    for (const pool of topology.pools) if (pool.webServices?.external) out.push({ host: pool.webServices.external.value, why: "external web services FQDN in the topology", role: "web" });
    for (const [kind, urls] of Object.entries(topology.simpleUrls)) {
      for (const url of urls) {
        const host = simpleUrlHost(url.value);
        if (host) out.push({ host, why: `${kind} simple URL in the topology`, role: "web" });
      }
    }
  }
  return out;
}
var CertificatesByAddress = class {
  constructor(estate, view) {
    this.estate = estate;
    this.view = view;
    for (const certificate of estate.certificates) {
      const names2 = certificate.usedBy.length > 0 ? certificate.usedBy : (matchedNames(certificate) ?? []).filter((n) => !n.includes("*"));
      for (const name of names2) {
        addTo(this.byName, hostName(name), certificate);
        for (const address of this.addressesOf(name)) addTo(this.byAddress, address, certificate);
      }
    }
  }
  estate;
  view;
  byAddress = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  addressesOf(name) {
    return this.estate.resolve(name, { view: this.view }).addresses.map((a) => a.data.address);
  }
  /** The certificates at the host a published name reaches, with the address (or name) that ties each to it. */
  at(name) {
    const found = /* @__PURE__ */ new Map();
    for (const certificate of this.byName.get(hostName(name)) ?? []) found.set(certificate, hostName(name));
    for (const address of this.addressesOf(name)) {
      for (const certificate of this.byAddress.get(address) ?? []) if (!found.has(certificate)) found.set(certificate, address);
    }
    return found;
  }
};
function addTo(map, key, certificate) {
  const set = map.get(key);
  if (set) set.add(certificate);
  else map.set(key, /* @__PURE__ */ new Set([certificate]));
}
function certificatesAtPublishedNames(estate) {
  const indexes = /* @__PURE__ */ new Map();
  return publishedUcNames(estate).map((published) => {
    let index = indexes.get(published.view);
    if (!index) indexes.set(published.view, index = new CertificatesByAddress(estate, published.view));
    return { published, present: index.at(published.name) };
  });
}
function ucServerCertificates(estate) {
  const out = /* @__PURE__ */ new Map();
  for (const { published, present } of certificatesAtPublishedNames(estate)) {
    for (const certificate of present.keys()) {
      const entry = out.get(certificate) ?? { roles: /* @__PURE__ */ new Set(), names: [] };
      entry.roles.add(published.role);
      entry.names.push(published);
      out.set(certificate, entry);
    }
  }
  return out;
}
function lyncZonesWithoutTopology(estate) {
  if (estate.topologies.some(describesDeployment)) return void 0;
  const lyncDomains = lyncSipDomains(estate);
  return estate.srvServices().find((s) => (s.service === "_sipinternaltls._tcp" || s.service === "_sip._tls") && lyncDomains.has(s.domain))?.record;
}

// rules/lync/cert-covers-published-names.ts
var cert_covers_published_names_default = defineRule({
  id: "lync/cert-covers-published-names",
  meta: {
    description: "Every host name the DNS sends clients to is a SAN of the certificate that host presents",
    rationale: [
      "Lync and Skype for Business clients open TLS to exactly the name DNS gave them (the SRV target of",
      "`_sip._tls`, `_sipinternaltls._tcp` or `_sipfederationtls._tcp`, `sip.<domain>` under strict DNS",
      "naming, `lyncdiscover`, the simple URLs) and accept the server only when that name is in the",
      `certificate's subject alternative names ("LCS and Windows Messenger 5 connectivity"; "Communications`,
      `Server 2007 R2: Common Issues with Sign-in and Discovery"). A certificate that covers the edge's other`,
      "names but not the one a record publishes fails sign-in or federation for every client sent there,",
      "while the server itself looks healthy.",
      "",
      "A certificate belongs to a host when its `usedBy` (manifest) names the host, or, for a committed file",
      "without `usedBy`, when one of its own names resolves to the same address in the same view. Names",
      "that resolve to no address are left to dns/dangling-target; hosts with no certificate in the estate",
      "are not judged. A SAN wildcard covers one leftmost label.",
      "",
      "Discovery names and simple URLs (`lyncdiscover`, `meet`, `dialin`, `admin`, and `sip` under strict naming)",
      "count only for domains Lync-family servers serve (see lync/discovery-records): `meet` of a domain served",
      "by Microsoft 365 or another product is nobody's simple URL here.",
      "",
      "**Fix:** add the name to the certificate's SANs (reissue it), or point the record at a name the",
      "certificate has."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [
      { source: "LCS and Windows Messenger 5 connectivity", section: "The name the client connects to must match the certificate" },
      { source: "Communications Server 2007 R2: Common Issues with Sign-in and Discovery", section: "Certificate names for automatic configuration" },
      { source: "RFC 6125", section: "6.4 (Matching the DNS domain name portion)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notCovered: "{{name}} ({{why}}) reaches {{host}}, whose certificate {{certificates}} does not name it"
    }
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, report }) {
    for (const { published, present } of certificatesAtPublishedNames(estate)) {
      if (present.size === 0) continue;
      const host = displayName(published.name);
      if ([...present.keys()].some((certificate) => sanCovering(certificate, host) !== void 0)) continue;
      const ties = [...new Set(present.values())];
      report({
        node: published.record,
        messageId: "notCovered",
        data: {
          name: host,
          why: published.why,
          host: ties.join(", "),
          certificates: [...present.keys()].map((c) => c.name).join(", ")
        },
        related: [...present.entries()].map(([certificate, tie]) => ({
          node: certificate,
          message: `certificate ${certificate.name} (used at ${tie}) names ${[...certificate.sans?.dns ?? [], ...certificate.sans?.ip ?? []].join(", ") || "nothing"}`
        }))
      });
    }
  }
});

// rules/lync/cert-roles.ts
function names(certificate, host, wildcardAllowed = false) {
  const presented = matchedNames(certificate) ?? [];
  return wildcardAllowed ? presented.some((name) => presentedNameMatches(name, host)) : presented.includes(hostName(host));
}
function withSans(certificates) {
  return certificates.filter((c) => matchedNames(c) !== void 0);
}
function ownCertificate(certificates, hosts) {
  return certificates.find((c) => hosts.some((h) => names(c, h) || c.commonName === h)) ?? certificates[0];
}
function serverCertificates(estate, host) {
  return estate.certificatesFor(host).filter((c) => c.usedBy.length > 0 || names(c, host));
}
var ByCertificate = class {
  groups = /* @__PURE__ */ new Map();
  add(certificate, key, keyText, server) {
    const id = `${certificate.loc.file}:${certificate.loc.line}:${certificate.name}\0${keyText}`;
    const group = this.groups.get(id);
    if (group) group.servers.push(server);
    else this.groups.set(id, { certificate, key, servers: [server] });
  }
  values() {
    return this.groups.values();
  }
};
var serverList = (servers) => servers.map((s) => s.value).join(", ");
var inTopology = (servers, role) => servers.map((s) => ({ node: s, message: `${role} ${s.value} in the topology` }));
function frontEndExample(subject, sans) {
  return [
    "apiVersion: uclint/v1",
    "kind: Certificates",
    "certificates:",
    "  - name: fe1",
    `    subject: ${subject}`,
    `    sans: [${sans}]`,
    "    usedBy: [fe1.contoso.com]",
    "---",
    "apiVersion: uclint/v1",
    "kind: Topology",
    "pools:",
    "  - fqdn: pool.contoso.com",
    "    role: frontend",
    "    servers: [{ fqdn: fe1.contoso.com }]"
  ].join("\n");
}
var cert_roles_default = defineRule({
  id: "lync/cert-roles",
  meta: {
    description: "Each server's certificate names what its role needs: the pool FQDN, every Edge name, the array members, the simplified names users connect to",
    rationale: [
      "The topology says which server plays which role; the certificate of each role must hold:",
      "",
      "1. **Pools and servers that talk to each other** use MTLS, and between pools the name is the pool FQDN:",
      "   each Front End and Director server's certificate names its pool FQDN (`poolNameMissing`).",
      "2. **An Edge** needs a certificate for each DNS name it answers to: the internal interface FQDN and the",
      "   external Access Edge and Web Conferencing Edge FQDNs are each named by a certificate of the Edge",
      "   servers (`edgeNameMissing`). The A/V Edge needs no name. The internal Edge certificate may carry its",
      '   FQDN as the subject name only, with no SAN (Skype for Business Server "Edge Server environmental',
      '   requirements"): a certificate without SANs is matched on its CN. An interface whose certificate is',
      "   not in the estate at all (often the internal one) is not judged.",
      "3. **Public IM connectivity and federation** need the Edge external certificate from a public CA: that",
      "   is lync/edge-external-cert's finding, not repeated here.",
      "4. **An Edge pool** (the servers of an Edge, or of a pool with role `edge`): a session may move between",
      "   members, so every member presents the same certificate (`arrayCertificateNotShared`: same SHA-256",
      "   fingerprint, or the same manifest entry). From OCS 2007 on, that one certificate holds no member",
      '   FQDN. Live Communications Server 2005 arrays behind a load balancer ("LCS 2005 MTLS certificates")',
      "   also named the array and every member FQDN in the SANs (`arrayMemberMissing`, on `lcs2005` estates",
      "   only). Front End and Director pools are not judged as arrays even when hardware load-balanced: each",
      "   of their servers has its own certificate.",
      "5. **A Director server**'s certificate has the server FQDN as its common name, the Director pool FQDN",
      "   among its names (checked by 1); the pool FQDN as the common name of an Enterprise Director pool is",
      "   accepted too (`directorSubject`).",
      "6. **Simplified names** users connect to (the simple URLs, and `sip.<domain>` for every SIP domain when",
      "   strict DNS naming is on) are named by the Front End servers' certificates",
      "   (`simplifiedNameMissing`). A single-label wildcard (`*.contoso.com`) is accepted for simple URLs.",
      "",
      "A certificate names a host through its SAN DNS names, or, when it has no SAN at all, through its CN",
      "(RFC 6125 6.4.4). Certificates are tied to servers by their `usedBy` (a certificate used by a pool FQDN",
      "counts for every server of the pool), or, for a file without `usedBy`, by its own names covering the",
      "server's FQDN. A server with no certificate in the estate is not a finding (not every certificate is",
      "committed); the rule says once which servers had none. Manifest entries that state neither `sans` nor",
      "`subject` are not judged on them.",
      "",
      "Under strict DNS naming, `sip.<domain>` is wanted for each domain Lync-family servers serve (see",
      "lync/discovery-records), not for a domain served by Microsoft 365 or another product.",
      "",
      "**Fix:** reissue the certificate with the missing name (and the right common name); give every member",
      "of an Edge pool the same certificate."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [
      { source: "Live Communications Server 2005: MTLS certificates for servers, pools and access proxies (Microsoft support article)", section: "Scenarios 1-6: MTLS, access proxy, public IM connectivity, arrays, Director, simplified names" },
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "Certificate planning: Edge certificate table (one external certificate per pool; internal: subject name, no SAN)" },
      { source: "Skype for Business Server: Certificate requirements for internal servers", section: "Front End and Director certificates" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      poolNameMissing: "certificate {{name}} of {{role}} server {{servers}} does not name the pool {{pool}} in its SANs; servers reach the pool over MTLS by that name",
      edgeNameMissing: "no certificate of Edge {{edge}} names its {{interface}} FQDN {{fqdn}} (certificate {{name}} does not); the Edge needs a certificate for each name it answers to",
      arrayCertificateNotShared: "certificate {{name}} is presented by {{presentedBy}} but not by {{missing}} of the load-balanced array {{array}}; every member of an array presents the same certificate",
      arrayMemberMissing: "certificate {{name}} of the load-balanced array {{array}} does not name {{member}} in its SANs; a Live Communications Server 2005 array certificate holds the array name and every member FQDN",
      directorSubject: "certificate {{name}} of Director server {{servers}} has the common name {{cn}}; a Director server's certificate has its own FQDN (or the pool {{pool}}) as its common name",
      simplifiedNameMissing: "certificate {{name}} of Front End server {{servers}} (pool {{pool}}) does not name {{host}} ({{why}}) in its SANs; users connect by that name"
    },
    examples: {
      language: "yaml",
      invalid: frontEndExample("CN=fe1.contoso.com", "fe1.contoso.com"),
      valid: frontEndExample("CN=pool.contoso.com", "pool.contoso.com, fe1.contoso.com")
    }
  },
  appliesTo: (estate) => estate.certificates.length > 0 && estate.topologies.some((t) => t.pools.length > 0 || t.edges.length > 0),
  check({ estate, report, notChecked }) {
    const namedMembers = estate.product() === "lcs2005";
    for (const topology of estate.topologies) {
      const withoutCertificate = /* @__PURE__ */ new Set();
      const member = (fqdn, shared = []) => {
        const certificates = [.../* @__PURE__ */ new Set([...serverCertificates(estate, fqdn.value), ...shared])];
        if (certificates.length === 0) withoutCertificate.add(fqdn.value);
        return { fqdn, certificates };
      };
      for (const pool of topology.pools) {
        const role = pool.role?.value;
        if (role !== "frontend" && role !== "director" && role !== "edge") continue;
        const poolCertificates = estate.certificatesFor(pool.fqdn.value).filter((c) => c.usedBy.length > 0);
        const members = pool.servers.length > 0 ? pool.servers.map((s) => member(s.fqdn, poolCertificates)) : [member(pool.fqdn)];
        if (role === "edge") {
          checkArray(report, pool.fqdn.value, pool.fqdn, members, namedMembers ? [pool.fqdn.value] : void 0);
          continue;
        }
        checkPoolName(report, pool.fqdn.value, role === "director" ? "Director" : "Front End", members);
        if (role === "director") checkDirectorSubject(report, pool.fqdn.value, members);
        else checkSimplifiedNames(report, pool.fqdn.value, members, simplifiedNames(estate, topology, pool.fqdn));
      }
      for (const edge of topology.edges) {
        const members = edge.servers.map((s) => member(s));
        const label = edgeLabel(edge);
        checkEdgeNames(report, estate, edge, label, members);
        checkArray(report, label, edge, members, namedMembers ? [] : void 0);
      }
      if (withoutCertificate.size > 0) {
        notChecked(topology, `no certificate in the estate for ${[...withoutCertificate].join(", ")}, so the names their certificates need were not judged`);
      }
    }
  }
});
function checkPoolName(report, pool, role, members) {
  const missing = new ByCertificate();
  for (const { fqdn, certificates } of members) {
    const judged = withSans(certificates);
    if (judged.length === 0 || judged.some((c) => names(c, pool))) continue;
    missing.add(ownCertificate(judged, [fqdn.value]), void 0, "", fqdn);
  }
  for (const { certificate, servers } of missing.values()) {
    report({
      node: certificateField(certificate, "sans"),
      messageId: "poolNameMissing",
      data: { name: certificate.name, role, servers: serverList(servers), pool },
      related: inTopology(servers, `${role} server`)
    });
  }
}
function checkDirectorSubject(report, pool, members) {
  const wrong = new ByCertificate();
  for (const { fqdn, certificates } of members) {
    const judged = certificates.filter((c) => c.commonName !== void 0);
    if (judged.length === 0 || judged.some((c) => c.commonName === fqdn.value || c.commonName === pool)) continue;
    const certificate = ownCertificate(judged, [fqdn.value, pool]);
    wrong.add(certificate, certificate.commonName, "", fqdn);
  }
  for (const { certificate, key: cn, servers } of wrong.values()) {
    report({
      node: certificateField(certificate, "subject"),
      messageId: "directorSubject",
      data: { name: certificate.name, servers: serverList(servers), cn, pool },
      related: inTopology(servers, "Director server")
    });
  }
}
function simplifiedNames(estate, topology, pool) {
  const wanted = [];
  for (const [kind, urls] of Object.entries(topology.simpleUrls)) {
    for (const url of urls) {
      const host = simpleUrlHost(url.value);
      if (host) wanted.push({ host, why: `${kind} simple URL`, wildcardAllowed: true, entry: url });
    }
  }
  if (estate.strictDnsNaming()?.value) {
    for (const domain of lyncSipDomains(estate)) {
      const name = displayName(domain);
      const entry = topology.sipDomains.find((d) => d.value === name) ?? pool;
      wanted.push({ host: `sip.${name}`, why: "sign-in name under strict DNS naming", wildcardAllowed: false, entry });
    }
  }
  return wanted;
}
function checkSimplifiedNames(report, pool, members, wanted) {
  const missing = new ByCertificate();
  for (const { fqdn, certificates } of members) {
    const judged = withSans(certificates);
    if (judged.length === 0) continue;
    for (const name of wanted) {
      if (judged.some((c) => names(c, name.host, name.wildcardAllowed))) continue;
      missing.add(ownCertificate(judged, [fqdn.value, pool]), name, name.host, fqdn);
    }
  }
  for (const { certificate, key: name, servers } of missing.values()) {
    report({
      node: certificateField(certificate, "sans"),
      messageId: "simplifiedNameMissing",
      data: { name: certificate.name, servers: serverList(servers), pool, host: name.host, why: name.why },
      related: [{ node: name.entry, message: `${name.host} (${name.why}) in the topology` }, ...inTopology(servers, "Front End server")]
    });
  }
}
function edgeLabel(edge) {
  return edge.internal?.fqdn.value ?? edge.external.access?.fqdn.value ?? serverList(edge.servers);
}
function checkEdgeNames(report, estate, edge, label, members) {
  const external = [
    { name: edge.external.access?.fqdn, interface: "external Access Edge" },
    { name: edge.external.webConferencing?.fqdn, interface: "external Web Conferencing Edge" }
  ].filter((n) => n.name !== void 0);
  const wanted = edge.internal ? [{ name: edge.internal.fqdn, interface: "internal interface" }, ...external] : external;
  const certificates = withSans([.../* @__PURE__ */ new Set([...members.flatMap((m) => m.certificates), ...wanted.flatMap((w) => serverCertificates(estate, w.name.value))])]);
  if (certificates.length === 0) return;
  const externalHosts = external.map((e) => e.name.value);
  for (const { name, interface: side } of wanted) {
    if (certificates.some((c) => names(c, name.value))) continue;
    const isExternal = side !== "internal interface";
    const certificate = certificates.find((c) => externalHosts.some((h) => names(c, h)) === isExternal);
    if (!certificate) continue;
    report({
      node: certificateField(certificate, "sans"),
      messageId: "edgeNameMissing",
      data: { name: certificate.name, edge: label, interface: side, fqdn: name.value },
      related: [{ node: name, message: `${side} FQDN of the Edge in the topology` }]
    });
  }
}
function checkArray(report, array, entry, members, arrayNames) {
  if (members.length < 2) return;
  const presenting = members.filter((m) => m.certificates.length > 0);
  const byIdentity = /* @__PURE__ */ new Map();
  for (const m of presenting) {
    for (const certificate of m.certificates) {
      const identity = certificate.fingerprint256 ?? certificate;
      const found = byIdentity.get(identity);
      if (!found) byIdentity.set(identity, { certificate, holders: [m] });
      else if (!found.holders.includes(m)) found.holders.push(m);
    }
  }
  const arrayEntry = { node: entry, message: `the array ${array} in the topology` };
  for (const { certificate, holders } of byIdentity.values()) {
    if (certificate.usedBy.length > 0 && holders.length < presenting.length) {
      const lacking = presenting.filter((m) => !holders.includes(m)).map((m) => m.fqdn);
      report({
        node: certificateField(certificate, "usedBy"),
        messageId: "arrayCertificateNotShared",
        data: { name: certificate.name, presentedBy: serverList(holders.map((m) => m.fqdn)), missing: serverList(lacking), array },
        related: [arrayEntry, ...inTopology(lacking, "array member")]
      });
      continue;
    }
    if (arrayNames === void 0 || matchedNames(certificate) === void 0) continue;
    for (const name of [...arrayNames, ...members.map((m) => m.fqdn.value)]) {
      if (names(certificate, name)) continue;
      report({ node: certificateField(certificate, "sans"), messageId: "arrayMemberMissing", data: { name: certificate.name, array, member: name }, related: [arrayEntry] });
    }
  }
}

// src/estate/client-preferences.ts
var FLAG = (meaning, value) => ({ type: "dword", default: value, range: [0, 1], meaning });
var BINARY_FLAG = (meaning) => ({ type: "binary", default: [0, 0, 0, 0], meaning });
var COMMUNICATOR_PREFERENCES = {
  AllowOverridingDeviceAtJoinTime: FLAG("choose the audio device when joining a meeting", 1),
  AlwaysOnTop: BINARY_FLAG("keep the main window on top"),
  AlwaysShowMenu: BINARY_FLAG("always show the menu bar"),
  AutoOpenMainWindowWhenStartup: FLAG("open the main window at start", 1),
  AutoRetrieveOOFSettings: FLAG("show the Outlook out-of-office message", 1),
  AutoRunWhenLogonToWindows: FLAG("start automatically at Windows logon", 1),
  AwayThreshold: { type: "dword", default: 5, range: [1, 360], meaning: "minutes before the status becomes Away" },
  CEIPEnabled: FLAG("customer experience improvement program", 0),
  DsBkgndMode: BINARY_FLAG("background mode of the contact list"),
  EnableEventLogging: FLAG("Windows event logging", 0),
  EnableTTY: FLAG("TTY mode", 0),
  EnableTracing: FLAG("client tracing", 0),
  FtReceiveFolder: { type: "string", default: "%USERPROFILE%\\Documents\\My Received Files", meaning: "folder for received files" },
  IdleThreshold: { type: "dword", default: 5, range: [1, 360], meaning: "minutes before the status becomes Inactive" },
  JoinAudioConferenceFrom: { type: "dword", default: 1, range: [0, 2], meaning: "how meeting audio is joined" },
  MinimizeWindowToNotificationArea: FLAG("minimise to the notification area", 0),
  PlaySoundFeedback: FLAG("play sounds", 1),
  ShowColorBand: FLAG("alternating background colour in conversations", 1),
  ShowEmoticons: FLAG("show emoticons", 1),
  suspendSoundWhenBusy: FLAG("mute alerts when Busy", 1),
  suspendSoundWhenConversationWindowInForeground: FLAG("mute alerts when the conversation window is in front", 1),
  suspendSoundWhenDND: FLAG("mute alerts when Do Not Disturb", 1)
};
function preferenceSpec(name) {
  const lower = name.toLowerCase();
  const key = Object.keys(COMMUNICATOR_PREFERENCES).find((k) => k.toLowerCase() === lower);
  return key === void 0 ? void 0 : [key, COMMUNICATOR_PREFERENCES[key]];
}

// rules/lync/client-preferences.ts
var TYPE_WORD = { dword: "a DWORD", binary: "Binary", string: "a string" };
var client_preferences_default = defineRule({
  id: "lync/client-preferences",
  meta: {
    description: "Communicator and Lync preference values have the type and range the client reads, and are not silently overridden by policy",
    rationale: [
      "Lync 2010 and Communicator read their user preferences from `HKCU\\\\Software\\\\Microsoft\\\\Communicator`, each with",
      "a fixed type: `AlwaysOnTop` is Binary, `IdleThreshold` a DWORD of minutes, `FtReceiveFolder` a string",
      '("Working with Microsoft Lync Registry Settings", whose reset script writes each one). A value',
      "written with another type, or out of its range, is ignored by the client or read as nonsense, and the",
      "preference silently falls back to its default, which is rarely what the export meant.",
      "",
      "A preference that a Group Policy value of the same name also sets never takes effect: policy beats",
      "preference. That is reported as information, with the policy value as related location.",
      "",
      "**Fix:** write each preference with its type (`dword:` for flags and thresholds, `hex:` for Binary, a string",
      "for folders), or drop preferences that policy decides anyway."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [{ source: "Working with Microsoft Lync Registry Settings", section: "Reset script (each preference with its type)" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      wrongType: "preference {{name}} ({{meaning}}) is {{actual}} here; the client reads it as {{expected}}",
      outOfRange: "preference {{name}} ({{meaning}}) is {{value}}; the client expects {{min}} to {{max}}",
      shadowedByPolicy: "preference {{name}} is overridden by the policy value in {{policyFile}}; this setting never takes effect"
    }
  },
  appliesTo: (estate) => estate.registry.files.length > 0,
  check({ estate, report }) {
    const preferenceKeys = new Set(CLIENT_PREFERENCE_KEYS);
    for (const file of estate.registry.files) {
      for (const value of file.values) {
        if (value.deleted || !preferenceKeys.has(registryKey(value.key))) continue;
        const known = preferenceSpec(value.name);
        if (known) {
          const [name, spec] = known;
          const actual = value.type === "dword" ? "dword" : value.type === "binary" ? "binary" : value.type === "string" || value.type === "expand" ? "string" : value.type;
          if (actual !== spec.type) {
            report({ node: value, messageId: "wrongType", data: { name, meaning: spec.meaning, actual: TYPE_WORD[actual] ?? value.type, expected: TYPE_WORD[spec.type] } });
          } else if (spec.range && typeof value.data === "number" && (value.data < spec.range[0] || value.data > spec.range[1])) {
            report({ node: value, messageId: "outOfRange", data: { name, meaning: spec.meaning, value: value.data, min: spec.range[0], max: spec.range[1] } });
          }
        }
        const policy = CLIENT_POLICY_KEYS.map((key) => estate.registry.current(key, value.name)).find((v) => v !== void 0);
        if (policy) {
          report({
            node: value,
            messageId: "shadowedByPolicy",
            severity: "info",
            data: { name: value.name, policyFile: policy.file },
            related: [{ node: policy, message: `policy ${value.name}` }]
          });
        }
      }
    }
  }
});

// src/estate/anchors.ts
function missingRecordAnchor(estate, zone, domain, neighbours = []) {
  const inZone2 = (name, type) => estate.recordsAt(name, type, { view: zone.view }).find((r) => r.zone === zone);
  const soa = zone.origin === void 0 ? void 0 : inZone2(zone.origin, "SOA");
  if (soa && zone.origin === domain) return soa;
  for (const name of [domain, ...neighbours]) {
    const record = inZone2(name);
    if (record) return record;
  }
  return soa ?? (zone.table.size > 0 ? zone.table.record(0) : zone);
}

// rules/lync/discovery-records.ts
var PRODUCTS2 = ["ocs2007r2", "lync2010", "lync2013", "sfb2015", "sfb2019"];
var DEFAULT_INTERNAL_ONLY = ["_sipinternaltls._tcp", "lyncdiscoverinternal", "sipinternal"];
var CONSEQUENCE = {
  "_sipinternaltls._tcp": "internal clients cannot find their pool automatically",
  lyncdiscoverinternal: "internal mobile and Lync 2013 or later clients cannot find the autodiscover service",
  "_sip._tls": "clients on the Internet cannot find the Access Edge",
  lyncdiscover: "mobile and external clients cannot find the autodiscover service",
  sip: "the Access Edge host that clients fall back to and that the edge certificate names does not exist"
};
var discovery_records_default = defineRule({
  id: "lync/discovery-records",
  meta: {
    description: "Each SIP domain publishes the discovery records its product needs, each in the right view",
    rationale: [
      "Clients find their server from nothing but the domain of the user's SIP address, so each SIP domain needs",
      "its discovery records on both sides of split-brain DNS:",
      "",
      "- internal view: `_sipinternaltls._tcp.D` (SRV to the pool, port 5061) and, where chosen with the",
      "  `internal` option, `lyncdiscoverinternal.D` (autodiscover);",
      "- external view: `_sip._tls.D` (SRV to the Access Edge, port 443), `sip.D` (the Access Edge host) and,",
      "  from Lync Server 2010 with mobility (`mobility` option, default on), `lyncdiscover.D`.",
      "",
      "Names that only mean something inside (`_sipinternaltls._tcp`, `lyncdiscoverinternal`, `sipinternal`)",
      "must not be published in the external view: outside clients would try to reach internal servers, and",
      "the names disclose the internal topology. (`_sipinternal._tcp` outside is lync/no-cleartext-external's",
      "finding.)",
      "",
      "The product comes from the `product` option, else `settings.product`, else `lync2013`; OCS 2007 R2 has",
      "no autodiscover. A view is checked only when the estate holds zones of that view, and a domain only",
      "when the estate holds its zone in that view; zones of unknown view are not checked. Ports are checked by",
      "sip/srv-port and targets by sip/srv-target.",
      "",
      "Only domains Lync-family servers serve are judged: with the product unset and no SIP domains configured,",
      "a domain counts when it carries a record only Lync clients look up (`_sipinternaltls._tcp`,",
      "`_sipinternal._tcp`, `_sip._tls`, `lyncdiscover`, `lyncdiscoverinternal`), so a plain SIP provider or a",
      "Cisco estate is not asked for Lync records; with SIP domains named in the settings but no product or",
      "topology, every one counts except a domain showing only another product's records (`_collab-edge._tls`,",
      "`_cisco-uds._tcp`, `_sips._tcp`, `_sip._udp`, SIP NAPTR...). A domain with any discovery record pointing at Microsoft 365 is",
      "left to the teams pack: wholly online, teams/online-records knows its records; half moved, it is",
      "teams/hybrid-consistency's finding.",
      "",
      "**Fix:** add the missing record to the zone named in the finding, or move the internal-only record to",
      "the internal zone."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    // The families of PRODUCTS: the discovery of LCS 2005 is not one this rule knows.
    products: ["ocs2007r2", "lync2010", "lync2013", "sfb"],
    citations: [
      { source: "Office Communicator Sign-in and Discovery", section: "Understanding Client Automatic Configuration and DNS Discovery" },
      { source: "Communications Server 2007 R2: Common Issues with Sign-in and Discovery", section: "DNS Configuration" },
      { source: "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel", section: "Specialized DNS Entries (table 2)" },
      { source: "Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step", section: "Autodiscover DNS records" },
      { source: "Skype for Business Server docs", section: "DNS requirements (lyncdiscover, lyncdiscoverinternal)" }
    ],
    options: {
      type: "object",
      properties: {
        product: { enum: [...PRODUCTS2], description: "Default: settings.product, else lync2013." },
        mobility: { type: "boolean", default: true, description: "Mobility/autodiscover is deployed (Lync 2010 CU4 or later)." },
        internal: {
          enum: ["srv", "autodiscover", "either", "both"],
          default: "srv",
          description: "Internal discovery records required: _sipinternaltls._tcp (srv), lyncdiscoverinternal (autodiscover), either or both."
        },
        internalOnlyNames: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: true,
          default: [...DEFAULT_INTERNAL_ONLY],
          description: "Names below each SIP domain that must not be published in the external view."
        }
      },
      additionalProperties: false
    },
    messages: {
      missingRecord: "{{domain}} has no {{record}} record in the {{view}} view: {{consequence}}",
      missingEither: "{{domain}} has neither {{record}} nor {{alternative}} in the {{view}} view: internal clients cannot find their pool automatically",
      internalOnlyName: "{{name}} is published in the external view; it is an internal-only name of {{domain}} and belongs in internal DNS only"
    },
    examples: {
      invalid: "; external view of contoso.com\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\nlyncdiscoverinternal IN A 192.168.1.20",
      valid: "; external view of contoso.com\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n_sip._tls IN SRV 0 0 443 sip\nsip IN A 167.55.49.32\nlyncdiscover IN A 167.55.49.35"
    }
  },
  appliesTo: (estate) => estate.zones.length > 0 && lyncSipDomains(estate).size > 0,
  check({ estate, options, report, notChecked }) {
    const product = options?.product ?? productFromSettings(estate);
    if (!product) return;
    const autodiscover = product !== "ocs2007r2" && (options?.mobility ?? true);
    const internalMode = autodiscover ? options?.internal ?? "srv" : "srv";
    const internalOnly = options?.internalOnlyNames ?? DEFAULT_INTERNAL_ONLY;
    const views = new Set(estate.views());
    const reportedUnknown = /* @__PURE__ */ new Set();
    for (const domain of [...lyncSipDomains(estate)].sort()) {
      const shown = displayName(domain);
      const under = (label) => `${label}.${domain}`;
      for (const zone of estate.zonesFor(domain, { view: "unknown" })) {
        if (reportedUnknown.has(zone)) continue;
        reportedUnknown.add(zone);
        notChecked(zone, "the zone's view (internal or external) is unknown, so its SIP discovery records were not judged");
      }
      const zoneIn = (view) => views.has(view) ? [...estate.zonesFor(domain, { view })].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)[0] : void 0;
      const missing = (zone, view, label) => {
        report({
          node: missingRecordAnchor(estate, zone, domain),
          messageId: "missingRecord",
          data: { domain: shown, record: displayName(under(label)), view, consequence: CONSEQUENCE[label] ?? "clients cannot find the service" }
        });
      };
      const internalZone = zoneIn("internal");
      if (internalZone) {
        const hasSrv = estate.recordsAt(under("_sipinternaltls._tcp"), "SRV", { view: "internal" }).length > 0;
        const hasAutodiscover = estate.hasName(under("lyncdiscoverinternal"), { view: "internal" });
        if ((internalMode === "srv" || internalMode === "both") && !hasSrv) missing(internalZone, "internal", "_sipinternaltls._tcp");
        if ((internalMode === "autodiscover" || internalMode === "both") && !hasAutodiscover) {
          missing(internalZone, "internal", "lyncdiscoverinternal");
        }
        if (internalMode === "either" && !hasSrv && !hasAutodiscover) {
          report({
            node: missingRecordAnchor(estate, internalZone, domain),
            messageId: "missingEither",
            data: {
              domain: shown,
              record: displayName(under("_sipinternaltls._tcp")),
              alternative: displayName(under("lyncdiscoverinternal")),
              view: "internal"
            }
          });
        }
      }
      const externalZone = zoneIn("external");
      if (externalZone) {
        if (estate.recordsAt(under("_sip._tls"), "SRV", { view: "external" }).length === 0) missing(externalZone, "external", "_sip._tls");
        if (!estate.hasName(under("sip"), { view: "external" })) missing(externalZone, "external", "sip");
        if (autodiscover && !estate.hasName(under("lyncdiscover"), { view: "external" })) missing(externalZone, "external", "lyncdiscover");
        for (const label of internalOnly) {
          const leaked = estate.recordsAt(under(label.toLowerCase().replace(/\.+$/, "")), void 0, { view: "external" })[0];
          if (leaked) {
            report({
              node: leaked,
              messageId: "internalOnlyName",
              data: { name: displayName(leaked.name), domain: shown }
            });
          }
        }
      }
    }
  }
});
function productFromSettings(estate) {
  const configured = estate.product();
  if (configured === void 0) return "lync2013";
  return PRODUCTS2.includes(configured) ? configured : void 0;
}

// rules/lync/dns-load-balancing.ts
var MAX_SERVERS_BY_PRODUCT = { lync2010: 10 };
var dns_load_balancing_default = defineRule({
  id: "lync/dns-load-balancing",
  meta: {
    description: "A DNS load-balanced pool publishes one address per front end under the pool FQDN, and no other",
    rationale: [
      "With DNS load balancing (Lync Server 2010 and later), clients resolve the pool FQDN, receive every front",
      "end's address, and try them in turn; the registrar then sends the client to its home server. This works",
      "only when the pool FQDN carries one A (or AAAA) record per front end and nothing else: a front end whose",
      "address is missing under the pool FQDN receives no first connections; an address that belongs to no",
      "front end (a retired server, a typo) makes a share of clients wait for a timeout at every sign-in. Each",
      'front end also needs its own record, and the addresses must agree ("DNS Load Balancing in Lync Server',
      '2010").',
      "",
      "Lync Server 2010 computes the registrar hash for 10 slots, so a pool holds at most 10 front ends with",
      "registrar ids 1-10, each used once. Later versions raised the limit: the `maxServers` option sets it",
      "(default 10 for `lync2010`, unchecked for other products).",
      "",
      "Read from the topology (`kind: Topology`, pools with `loadBalancing: dns`) and the zones of every view",
      "that holds the pool FQDN. Without a topology, a target of `_sipinternaltls._tcp` with several address",
      "records is taken for a DNS load-balanced pool, and each of its addresses must be some other host's own",
      "record in the same view; the registrar ids and the server limit need a topology, which the rule says",
      "once, as information.",
      "",
      'Pin-point zones ("Advanced Edge Server DNS planning"): an internal DNS may hold only a few names of the',
      "SIP domain (the `_sipinternaltls._tcp` record, the pool name) while the servers' own records live in",
      "another zone, often the Active Directory domain, that the repository does not hold. A front end whose",
      "name is in no zone the estate holds, or a pool none of whose addresses any other held name has, is",
      "therefore said to be not checked, never reported missing.",
      "",
      "**Fix:** give the pool FQDN exactly one record per front end, with the address of that front end's own",
      "record."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["lync"],
    presetOptions: { lync2010: { maxServers: MAX_SERVERS_BY_PRODUCT.lync2010 } },
    citations: [
      { source: "DNS Load Balancing in Lync Server 2010", section: "one A record per front end under the pool FQDN; at most 10 front ends" },
      { source: "Advanced Edge Server DNS planning for Skype for Business Server", section: "Pin-point zones" }
    ],
    options: {
      type: "object",
      properties: { maxServers: { type: "integer", minimum: 1, maximum: 64, description: "Most front ends in one pool (default: 10 for lync2010, else not checked)." } },
      additionalProperties: false
    },
    messages: {
      noPoolRecords: "pool {{pool}} is DNS load-balanced but its FQDN has no address records in the zones that hold it",
      serverNoAddress: "front end {{server}} of pool {{pool}} has no address record in the {{view}} view",
      serverNotInPool: "front end {{server}} ({{address}}) is not among the addresses of pool {{pool}} in the {{view}} view; it receives no first connections",
      poolAddressNotAServer: "pool {{pool}} {{type}} {{address}} belongs to none of its front ends ({{servers}}); clients sent there time out",
      poolAddressNoHost: "pool {{pool}} {{type}} {{address}} is the address of no front end's own record in the {{view}} view; each front end needs its own A record",
      tooManyServers: "pool {{pool}} has {{count}} front ends; a DNS load-balanced pool of {{product}} holds at most {{max}}",
      duplicateId: "registrar id {{id}} of {{server}} is also the id of {{other}} in pool {{pool}}",
      idOutOfRange: "registrar id {{id}} of {{server}} is outside 1-{{max}}"
    }
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.pools.some((p) => p.loadBalancing?.value === "dns")) || !estate.topologies.some(describesDeployment) && estate.srvServices().some((s) => s.service === "_sipinternaltls._tcp"),
  check({ estate, options, report, notChecked }) {
    if (!estate.topologies.some(describesDeployment)) {
      checkInferredPools(estate, report, notChecked);
      return;
    }
    const product = estate.product();
    const max = options.maxServers ?? (product ? MAX_SERVERS_BY_PRODUCT[product] : void 0);
    for (const topology of estate.topologies) {
      for (const pool of topology.pools) {
        if (pool.loadBalancing?.value !== "dns") continue;
        const poolName = pool.fqdn.value;
        const views = /* @__PURE__ */ new Set();
        for (const record of estate.recordsAt(poolName)) if (record.type === "A" || record.type === "AAAA") views.add(record.zone.view);
        if (views.size === 0) {
          if (estate.holdsZoneFor(poolName)) report({ node: pool.fqdn, messageId: "noPoolRecords", data: { pool: poolName } });
          else notChecked(pool.fqdn, `no zone of the estate holds ${poolName}`);
        }
        for (const view of views) {
          const poolRecords = estate.recordsAt(poolName, void 0, { view }).filter((r) => r.type === "A" || r.type === "AAAA");
          const poolAddresses = new Set(poolRecords.map((r) => r.data.address));
          const serverAddresses = /* @__PURE__ */ new Set();
          const unheld = [];
          for (const server of pool.servers) {
            const resolution = estate.resolve(server.fqdn.value, { view });
            const addresses = resolution.addresses.map((a) => a.data.address);
            if (addresses.length === 0) {
              if (resolution.outcome === "outside") unheld.push(server.fqdn.value);
              else report({ node: server.fqdn, messageId: "serverNoAddress", data: { server: server.fqdn.value, pool: poolName, view } });
              continue;
            }
            for (const address of addresses) {
              serverAddresses.add(address);
              if (!poolAddresses.has(address)) {
                report({
                  node: server.fqdn,
                  messageId: "serverNotInPool",
                  data: { server: server.fqdn.value, address, pool: poolName, view },
                  related: poolRecords.map((r) => ({ node: r, message: `${displayName(r.name)} ${r.type} ${r.data.address}` }))
                });
              }
            }
          }
          if (unheld.length > 0) {
            notChecked(pool.fqdn, `no zone of the ${view} view holds ${unheld.join(", ")}, so whether the addresses of ${poolName} are theirs was not checked`);
          }
          for (const record of poolRecords) {
            if (serverAddresses.has(record.data.address) || pool.servers.length === 0 || unheld.length > 0) continue;
            report({
              node: record,
              messageId: "poolAddressNotAServer",
              data: { pool: poolName, type: record.type, address: record.data.address, servers: pool.servers.map((s) => s.fqdn.value).join(", ") },
              related: [{ node: pool.fqdn, message: `pool ${poolName} in the topology` }]
            });
          }
        }
        if (max !== void 0 && pool.servers.length > max) {
          report({ node: pool.fqdn, messageId: "tooManyServers", data: { pool: poolName, count: pool.servers.length, product: product ?? "this deployment", max } });
        }
        const byId = /* @__PURE__ */ new Map();
        for (const server of pool.servers) {
          if (!server.id) continue;
          const id = server.id.value;
          if (max !== void 0 && (id < 1 || id > max)) report({ node: server.id, messageId: "idOutOfRange", data: { id, server: server.fqdn.value, max } });
          const other = byId.get(id);
          if (other) report({ node: server.id, messageId: "duplicateId", data: { id, server: server.fqdn.value, other, pool: poolName } });
          else byId.set(id, server.fqdn.value);
        }
      }
    }
  }
});
function checkInferredPools(estate, report, notChecked) {
  const seen = /* @__PURE__ */ new Set();
  const ownersByView = /* @__PURE__ */ new Map();
  const ownersIn = (view) => {
    let owners = ownersByView.get(view);
    if (!owners) {
      owners = /* @__PURE__ */ new Map();
      for (const type of ["A", "AAAA"]) {
        for (const r of estate.eachRecord(type, { view })) {
          const names2 = owners.get(r.data.address);
          if (names2) names2.push(r.name);
          else owners.set(r.data.address, [r.name]);
        }
      }
      ownersByView.set(view, owners);
    }
    return owners;
  };
  for (const { record, service } of estate.srvServices()) {
    if (service !== "_sipinternaltls._tcp") continue;
    const target = record.data.target;
    const view = record.zone.view;
    if (target === "." || seen.has(`${view} ${target}`)) continue;
    seen.add(`${view} ${target}`);
    const poolRecords = estate.recordsAt(target, void 0, { view }).filter((r) => r.type === "A" || r.type === "AAAA");
    if (poolRecords.length < 2) continue;
    notChecked(record, `registrar ids and the number of front ends of ${displayName(target)} need a topology (kind: Topology)`);
    const owners = ownersIn(view);
    const unowned = poolRecords.filter((r) => !(owners.get(r.data.address) ?? []).some((name) => name !== target));
    if (unowned.length === poolRecords.length) {
      notChecked(
        record,
        `no name in the zones of the ${view} view holds an address of ${displayName(target)}, so the front ends' own records (which may live in a zone the estate does not hold, as with pin-point zones) were not checked`
      );
      continue;
    }
    for (const poolRecord of unowned) {
      report({ node: poolRecord, messageId: "poolAddressNoHost", data: { pool: displayName(target), type: poolRecord.type, address: poolRecord.data.address, view } });
    }
  }
}

// rules/lync/edge-external-cert.ts
var edge_external_cert_default = defineRule({
  id: "lync/edge-external-cert",
  meta: {
    description: "The Edge external certificate is from a public CA, names sip.{domain} for every SIP domain, and has no wildcard subject",
    rationale: [
      "The external interface of the Access Edge is what remote users, federated partners and public IM",
      "connectivity connect to. Its certificate must come from a public CA those parties trust (public IM",
      "connectivity needs a public CA already in the Live Communications Server 2005 MTLS certificates article),",
      "carry the Access Edge FQDN and the Web Conferencing Edge FQDN, and `sip.<domain>` for every SIP domain,",
      "because clients of each domain sign in through that",
      "name; and its subject must be a real FQDN, never a wildcard. One certificate and key are shared by",
      "every Edge server of the pool.",
      "",
      "The Edge external certificate is the one presented at the targets of `_sip._tls` and",
      "`_sipfederationtls._tcp` in the external view. Its issuer is judged when known: a manifest's",
      "`issuer: public | private`, or a self-signed file (private). The Web Conferencing Edge FQDN is not",
      "known without a topology; lync/cert-covers-published-names checks the names the DNS publishes (and",
      "reports a missing `sip.<domain>` that the DNS sends clients to at this Edge, so this rule does not).",
      "",
      "The SIP domains are those Lync-family servers serve (see lync/discovery-records): a domain whose records",
      "point at Microsoft 365, or a Cisco or plain SIP domain, signs in elsewhere and needs no name here.",
      "",
      "**Fix:** request the Edge external certificate from a public CA with every SIP domain's `sip.<domain>`",
      "in its SANs and the Access Edge FQDN as its subject."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [
      { source: "Live Communications Server 2005: MTLS certificates for servers, pools and access proxies (Microsoft support article)", section: "Access proxy and public IM connectivity certificates" },
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "Certificate planning: Edge certificate table (external Edge)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      privateCa: "Edge external certificate {{name}} (at {{host}}) is issued by {{issuer}}, not a public CA; remote users and federated partners do not trust it",
      missingSipName: "Edge external certificate {{name}} (at {{host}}) does not name sip.{{domain}}; clients of {{domain}} sign in through that name",
      wildcardSubject: "Edge external certificate {{name}} (at {{host}}) has the wildcard subject {{cn}}; the Edge needs its FQDN as the subject"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    subject: CN=access.contoso.com\n    sans: [access.contoso.com, webconf.contoso.com]\n    issuer: private\n    usedBy: [access.contoso.com]",
      valid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    subject: CN=access.contoso.com\n    sans: [access.contoso.com, webconf.contoso.com, sip.contoso.com, sip.fabrikam.com]\n    issuer: public\n    usedBy: [access.contoso.com]"
    }
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, report }) {
    const domains = [...lyncSipDomains(estate)].map(displayName);
    for (const [certificate, { names: names2 }] of ucServerCertificates(estate)) {
      const edge = names2.find((n) => n.role === "edge" && n.view === "external" && n.record.type === "SRV");
      if (!edge) continue;
      const host = displayName(edge.name);
      const data = { name: certificate.name, host };
      if (issuerKindOf(certificate) === "private") {
        report({ node: certificateField(certificate, "issuerKind"), messageId: "privateCa", data: { ...data, issuer: issuerInWords(certificate) } });
      }
      if (certificate.commonName?.includes("*")) {
        report({ node: certificateField(certificate, "subject"), messageId: "wildcardSubject", data: { ...data, cn: certificate.commonName } });
      }
      if (certificate.sans === void 0) continue;
      const publishedHere = new Set(names2.map((n) => displayName(n.name)));
      for (const domain of domains) {
        if (sanCovering(certificate, `sip.${domain}`) === void 0 && !publishedHere.has(`sip.${domain}`)) {
          report({ node: certificateField(certificate, "sans"), messageId: "missingSipName", data: { ...data, domain } });
        }
      }
    }
  }
});

// src/model/host-port.ts
var import_ipaddr4 = __toESM(require_ipaddr(), 1);
function hostKind(host) {
  if (import_ipaddr4.default.isValid(host)) return "address";
  return host.includes(".") ? "fqdn" : "single-label";
}

// rules/lync/manual-server.ts
var manual_server_default = defineRule({
  id: "lync/manual-server",
  meta: {
    description: "Manual client settings name servers by FQDN, and the external server on port 443",
    rationale: [
      "Clients configured by hand (or by the `ServerAddressInternal` / `ServerAddressExternal` policies) connect",
      "with TLS to exactly the name they are given, and accept the server only when that name is on its",
      "certificate: an IP address or a single-label NetBIOS name never is, so sign-in fails with a certificate",
      'error ("Communications Server 2007 R2: Common Issues with Sign-in and Discovery"). Remote clients reach the Access Edge on port 443 (`sip.contoso.com:443`); without a port,',
      "or with 5061, they try the server-to-server port, which firewalls and the Edge do not open to clients.",
      "",
      "Read from the topology (`clientPolicy.manualServers`) and from registry exports (`ServerAddressInternal`,",
      "`ServerAddressExternal` under the Communicator and Lync policy and preference keys).",
      "",
      "**Fix:** set the internal server to the pool FQDN and the external one to `sip.<domain>:443`; better, remove",
      "manual settings and let clients use automatic configuration."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [{ source: "Communications Server 2007 R2: Common Issues with Sign-in and Discovery", section: "Manual configuration: FQDNs, and port 443 for the external server" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      addressNotName: "{{which}} server {{host}} is an IP address; TLS needs the FQDN on the server's certificate",
      singleLabel: "{{which}} server {{host}} is a single-label NetBIOS name; TLS needs the FQDN on the server's certificate",
      externalPort: "external server {{host}}:{{port}} uses port {{port}}; remote clients reach the Access Edge on 443 ({{host}}:443)",
      externalNoPort: "external server {{host}} names no port; write {{host}}:443, the port remote clients reach the Access Edge on",
      unreadable: "{{which}} server setting {{text}} is not a host or host:port"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Topology\nclientPolicy:\n  manualServers:\n    internal: 10.0.0.10\n    external: sip.contoso.com:5061",
      valid: "apiVersion: uclint/v1\nkind: Topology\nclientPolicy:\n  manualServers:\n    internal: pool.contoso.com\n    external: sip.contoso.com:443"
    }
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.clientPolicy?.manualServers) || estate.registry.clientSetting("ServerAddressInternal") !== void 0 || estate.registry.clientSetting("ServerAddressExternal") !== void 0,
  check({ estate, report }) {
    const settings = [];
    for (const topology of estate.topologies) {
      const manual = topology.clientPolicy?.manualServers;
      if (manual?.internal) settings.push({ which: "internal", node: manual.internal, server: manual.internal.value });
      if (manual?.external) settings.push({ which: "external", node: manual.external, server: manual.external.value });
    }
    for (const [which, name] of [["internal", "ServerAddressInternal"], ["external", "ServerAddressExternal"]]) {
      const setting = estate.registry.clientSetting(name);
      if (!setting || typeof setting.value.data !== "string" || setting.value.data.trim() === "") continue;
      const read = readHostPort(setting.value.data.trim());
      settings.push({ which, node: setting.value, server: "host" in read ? read : setting.value.data });
    }
    for (const { which, node, server } of settings) {
      if (typeof server === "string") {
        report({ node, messageId: "unreadable", data: { which, text: server } });
        continue;
      }
      const kind = hostKind(server.host);
      if (kind === "address") report({ node, messageId: "addressNotName", data: { which, host: server.host } });
      else if (kind === "single-label") report({ node, messageId: "singleLabel", data: { which, host: server.host } });
      if (which !== "external") continue;
      if (server.port === void 0) report({ node, messageId: "externalNoPort", data: { host: server.host } });
      else if (server.port !== 443) report({ node, messageId: "externalPort", data: { host: server.host, port: server.port } });
    }
  }
});

// rules/lync/mobility-autodiscover.ts
var mobility_autodiscover_default = defineRule({
  id: "lync/mobility-autodiscover",
  meta: {
    description: "lyncdiscover leads to the reverse proxy and lyncdiscoverinternal to the internal web services, and their certificates name them",
    rationale: [
      "Mobile clients and Lync 2013 or later clients find their servers through the Autodiscover service:",
      "`lyncdiscover.<domain>` in the external view must reach the reverse proxy, which publishes the external",
      "web services, and `lyncdiscoverinternal.<domain>` in the internal view the internal web services of the",
      'Front End pool ("Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step"). A record pointing elsewhere (an Edge, a front end directly, a retired',
      "proxy) breaks sign-in of every mobile client. Both names must also be on the certificates those hosts",
      "present (a wildcard SAN is fine); where the name is not in the zones yet, the certificate is checked from",
      "the topology (lync/cert-covers-published-names checks the names the zones publish).",
      "",
      "Reads the topology (`reverseProxy`, pools with `webServices.internal`). Without one, the reverse proxy is",
      "known by the simple URLs it publishes (`meet`, `dialin` in the external view) and `lyncdiscover` must lead",
      "there; the internal side needs a topology, which the rule says once. Presence of the records in the right",
      "view is lync/discovery-records' finding.",
      "",
      "Only domains Lync-family servers serve are judged (see lync/discovery-records): the `lyncdiscover` of a",
      "domain served by Microsoft 365 leads to `webdir.online.lync.com`, and the reverse proxy need not name it.",
      "",
      "**Fix:** point `lyncdiscover` at the reverse proxy's public address (or a CNAME to its name) and",
      "`lyncdiscoverinternal` at the internal web services; add both names to the web certificates."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["lync"],
    citations: [
      { source: "Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step", section: "Autodiscover DNS records and certificates" },
      { source: "Lync Server 2010 documentation", section: "Technical requirements for mobility" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notToReverseProxy: "{{name}} resolves to {{addresses}}, not to the reverse proxy {{proxy}} ({{proxyAddresses}})",
      notToWebServices: "{{name}} resolves to {{addresses}}, not to the internal web services ({{web}})",
      certificateLacksName: "certificate {{certificate}} of {{host}} does not name {{name}}; {{who}} clients would be refused"
    }
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.reverseProxy !== void 0 || t.pools.some((p) => p.webServices?.internal)) || lyncZonesWithoutTopology(estate) !== void 0,
  check({ estate, report, notChecked }) {
    const addressesOf3 = (name, view) => estate.resolve(name, { view }).addresses.map((a) => a.data.address);
    const anchor2 = lyncZonesWithoutTopology(estate);
    if (anchor2) {
      checkWithoutTopology();
      notChecked(anchor2, "where lyncdiscoverinternal should lead (the internal web services) is known from a topology only (kind: Topology)");
      return;
    }
    const proxy = estate.topologies.find((t) => t.reverseProxy)?.reverseProxy;
    const internalWeb = estate.topologies.flatMap((t) => t.pools).flatMap((p) => p.webServices?.internal ? [p.webServices.internal] : []);
    for (const domain of lyncSipDomains(estate)) {
      const d = displayName(domain);
      if (proxy) {
        const proxyAddresses = /* @__PURE__ */ new Set([...proxy.ip ? [proxy.ip.value] : [], ...addressesOf3(proxy.fqdn.value, "external")]);
        expectAddresses(
          `lyncdiscover.${d}`,
          "external",
          proxyAddresses,
          (name, found) => report({ node: found.node, messageId: "notToReverseProxy", data: { name, addresses: found.addresses.join(", "), proxy: proxy.fqdn.value, proxyAddresses: [...proxyAddresses].join(", ") || "no address" }, related: [{ node: proxy.fqdn, message: "the reverse proxy in the topology" }] })
        );
        checkCertificates(`lyncdiscover.${d}`, "external", proxy.fqdn.value, "mobile and external");
      }
      if (internalWeb.length > 0) {
        const webAddresses = new Set(internalWeb.flatMap((w) => addressesOf3(w.value, "internal")));
        expectAddresses(
          `lyncdiscoverinternal.${d}`,
          "internal",
          webAddresses,
          (name, found) => report({ node: found.node, messageId: "notToWebServices", data: { name, addresses: found.addresses.join(", "), web: internalWeb.map((w) => w.value).join(", ") }, related: internalWeb.map((w) => ({ node: w, message: "internal web services in the topology" })) })
        );
        for (const web of internalWeb) checkCertificates(`lyncdiscoverinternal.${d}`, "internal", web.value, "internal");
      }
    }
    function checkWithoutTopology() {
      for (const domain of lyncSipDomains(estate)) {
        const d = displayName(domain);
        const simpleUrls = [`meet.${d}`, `dialin.${d}`].filter((name) => addressesOf3(name, "external").length > 0);
        const proxyAddresses = new Set(simpleUrls.flatMap((name) => addressesOf3(name, "external")));
        expectAddresses(
          `lyncdiscover.${d}`,
          "external",
          proxyAddresses,
          (name, found) => report({
            node: found.node,
            messageId: "notToReverseProxy",
            data: { name, addresses: found.addresses.join(", "), proxy: `the reverse proxy (the address of ${simpleUrls.join(" and ")})`, proxyAddresses: [...proxyAddresses].join(", ") }
          })
        );
      }
    }
    function expectAddresses(name, view, expected, onMismatch) {
      if (expected.size === 0) return;
      const resolution = estate.resolve(name, { view });
      const addresses = resolution.addresses.map((a) => a.data.address);
      if (addresses.length === 0 || addresses.some((a) => expected.has(a))) return;
      onMismatch(name, { node: resolution.chain[0] ?? resolution.addresses[0], addresses });
    }
    function checkCertificates(name, view, host, who) {
      if (estate.resolve(name, { view }).addresses.length > 0) return;
      for (const certificate of estate.certificatesFor(host)) {
        if (certificate.sans === void 0 || sanCovering(certificate, name) !== void 0) continue;
        report({ node: certificateField(certificate, "sans"), messageId: "certificateLacksName", data: { certificate: certificate.name, host, name, who } });
      }
    }
  }
});

// rules/lync/mtls-eku.ts
var CLIENT_AUTH_PHASE_OUT = "2027-03-15";
var mtls_eku_default = defineRule({
  id: "lync/mtls-eku",
  meta: {
    description: "On Live Communications Server 2005, certificates of pools, Directors and Edges carry Client Authentication as well as Server Authentication",
    rationale: [
      "Live Communications Server 2005 servers talk to each other, and access proxies to federated partners,",
      "over mutual TLS, each side presenting its certificate as a client too: their certificates need the",
      'Client Authentication EKU (1.3.6.1.5.5.7.3.2) besides Server Authentication ("LCS 2005 MTLS',
      'certificates"). A certificate without it works for clients connecting to the server and fails every',
      "server-to-server and federation connection it starts.",
      "",
      'From Lync Server 2010 on, only Server Authentication is required ("Certificate infrastructure',
      'requirements" of Lync Server 2010 and 2013): Client Authentication was needed only for public IM',
      "connectivity with AOL, which no longer exists. The rule therefore judges LCS 2005 estates only",
      "(`settings.product: lcs2005` or the topology's product); for every other product, and when the product",
      "is not known, it reports nothing.",
      "",
      "Public CAs are removing Client Authentication from TLS server certificates: the Chrome Root Program",
      "policy (version 1.8) requires serverAuth-only leaf certificates issued from 15 March 2027, and the large",
      "CAs stopped adding clientAuth in 2026. On an LCS 2005 estate a certificate from a public CA that still",
      "has it will lose it at its next renewal, which breaks MTLS: a warning, so the renewal is planned (a",
      "dedicated client certificate, or a private CA that still issues both).",
      "",
      "Judged: certificates presented at the targets of `_sipinternaltls._tcp`, `_sip._tls` and",
      "`_sipfederationtls._tcp` and at `sip.<domain>` (pools, Directors, Edges). Manifest entries that do",
      "not state `eku` are not judged.",
      "",
      "**Fix:** on LCS 2005, reissue the certificate from a template with both Server and Client Authentication."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [
      { source: "Live Communications Server 2005: MTLS certificates for servers, pools and access proxies (Microsoft support article)", section: "Scenario 1: server and client authentication" },
      { source: "Lync Server 2013: Certificate infrastructure requirements", section: "Server Authentication EKU; Client Authentication only for public IM connectivity with AOL" },
      { source: "Chrome Root Program Policy, version 1.8", section: "Dedicated TLS server authentication hierarchies: serverAuth-only leaf certificates from 15 March 2027" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingClientAuth: "certificate {{name}} of {{role}} {{host}} lacks Client Authentication ({{usages}}); Live Communications Server 2005 server-to-server and federation MTLS fail",
      publicClientAuthEnding: "certificate {{name}} of {{role}} {{host}} is from a public CA and relies on Client Authentication, which public CAs leave out of leaf certificates issued from {{date}}; plan MTLS for its renewal"
    },
    examples: {
      language: "yaml",
      invalid: "# on a Live Communications Server 2005 estate\napiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [serverAuth]\n    usedBy: [pool.contoso.com]",
      valid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [serverAuth, clientAuth]\n    usedBy: [pool.contoso.com]"
    }
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, report }) {
    if (estate.product() !== "lcs2005") return;
    for (const [certificate, { roles, names: names2 }] of ucServerCertificates(estate)) {
      if (!roles.has("edge") && !roles.has("pool")) continue;
      if (!isLeafCertificate(certificate) || certificate.eku === void 0) continue;
      const server = names2.find((n) => n.role !== "web") ?? names2[0];
      const role = server.role === "edge" ? "Edge" : "pool or Director";
      const host = server.name.replace(/\.$/, "");
      const node = certificateField(certificate, "eku");
      if (!certificate.eku.includes("clientAuth") && !certificate.eku.includes("anyExtendedKeyUsage")) {
        report({ node, messageId: "missingClientAuth", data: { name: certificate.name, role, host, usages: certificate.eku.join(", ") || "no usage" } });
      } else if (certificate.issuerKind === "public") {
        report({ node, messageId: "publicClientAuthEnding", severity: "warning", data: { name: certificate.name, role, host, date: CLIENT_AUTH_PHASE_OUT } });
      }
    }
  }
});

// rules/lync/no-cleartext-external.ts
var CLEARTEXT_SERVICES = /* @__PURE__ */ new Set(["_sipinternal._tcp", "_sip._tcp"]);
var no_cleartext_external_default = defineRule({
  id: "lync/no-cleartext-external",
  meta: {
    description: "No clear-text SIP SRV record (_sipinternal._tcp, _sip._tcp) for a SIP domain in the external view",
    rationale: [
      "Communicator, Lync and Skype for Business clients never look on the Internet for a SIP server that",
      "speaks clear-text TCP: outside the network, SIP runs over TLS through the Access Edge. A `_sipinternal._tcp`",
      "or `_sip._tcp` record in public DNS serves no client, advertises an internal clear-text listener (its",
      "name and often its address) to anyone, and invites clients of other products to send credentials",
      "unencrypted.",
      "",
      "**Fix:** delete the record from the external zone; publish `_sip._tls` (port 443, Access Edge) instead.",
      "Keep `_sipinternal._tcp` in the internal view only, and only where clear-text TCP is allowed at all.",
      "",
      "A record with target `.` (service not available) is fine: it says exactly that.",
      "",
      "Only domains Lync-family servers serve are judged (see lync/discovery-records): a plain SIP provider",
      "publishes `_sip._tcp` on the Internet by design (RFC 3263).",
      "",
      "Zones whose view is unknown are not checked (set `views` in `.uclint.yml`, a `; uclint-view:` comment",
      "or an `internal`/`external` folder)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [
      { source: "Office Communicator Sign-in and Discovery", section: "Understanding Client Automatic Configuration and DNS Discovery (no Internet-reachable TCP server)" },
      { source: "Communications Server 2007 R2: Common Issues with Sign-in and Discovery", section: "DNS Configuration" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      cleartextExternal: "SRV {{name}} publishes clear-text SIP ({{service}}) for {{domain}} in the external view; clients never use it from the Internet, remove it"
    },
    examples: {
      invalid: "; external view\n_sipinternal._tcp IN SRV 0 0 5060 pool.contoso.com.\n_sip._tcp IN SRV 0 0 5060 sip.contoso.com.",
      valid: "; external view\n_sip._tls IN SRV 0 0 443 sip.contoso.com."
    }
  },
  appliesTo: (estate) => estate.hasRecords("SRV"),
  check({ estate, report, notChecked }) {
    const sipDomains = lyncSipDomains(estate);
    if (sipDomains.size === 0) return;
    const unknownViewZones = /* @__PURE__ */ new Set();
    for (const { record: srv, service, domain } of estate.srvServices()) {
      if (!CLEARTEXT_SERVICES.has(service) || !sipDomains.has(domain)) continue;
      if (srv.data.target === ".") continue;
      if (srv.zone.view === "unknown") {
        if (!unknownViewZones.has(srv.zone)) {
          unknownViewZones.add(srv.zone);
          notChecked(srv.zone, "the zone's view (internal or external) is unknown, so clear-text SIP records in it were not judged");
        }
        continue;
      }
      if (srv.zone.view !== "external") continue;
      report({
        node: srv,
        messageId: "cleartextExternal",
        data: { name: displayName(srv.name), service, domain: displayName(domain) }
      });
    }
  }
});

// rules/lync/ntlm-min-sec.ts
var NTLM2_SESSION_SECURITY = 524288;
var NO_NTLM2_SESSION_LEVEL = 0;
function hex(value) {
  return `0x${value.toString(16).padStart(8, "0")}`;
}
var ntlm_min_sec_default = defineRule({
  id: "lync/ntlm-min-sec",
  meta: {
    description: "The NTLM session security a server requires (NTLMMinServerSec) is one the clients can use",
    rationale: [
      "Remote users sign in through the Edge with NTLM. `NTLMMinServerSec` and `NTLMMinClientSec` (DWORD bit",
      "flags under `HKLM\\\\System\\\\CurrentControlSet\\\\Control\\\\Lsa\\\\MSV1_0`) are each side's **minimum",
      "requirement**, not what it offers: every supported Windows can do message integrity, confidentiality,",
      "NTLMv2 session security and 128-bit encryption, and the session gets what both support. A client whose",
      "minimum is lower than the server's (`0`, or the Windows default `0x20000000`, against a server's",
      "`0x20080030`) still meets the server's requirement, so differing values are no finding.",
      "",
      "Sign-in fails only when one side requires what the other cannot do. The registry says so in one case: a",
      'client at LAN Manager authentication level 0 ("Send LM & NTLM responses", `LmCompatibilityLevel` under',
      "`...\\\\Control\\\\Lsa`) never uses NTLMv2 session security, so a server requiring it (flag `0x00080000`)",
      "refuses that client. Each `LmCompatibilityLevel` in the registry exports is compared with each",
      "`NTLMMinServerSec`; the finding names both values and both files. Without an authentication level in the",
      "estate, nothing shows what a client cannot do, and the rule does not apply.",
      "",
      `**Fix:** raise the clients' LAN Manager authentication level to 1 or higher (3, "Send NTLMv2 response`,
      'only", is the Windows default) by Group Policy ("Network security: LAN Manager authentication level"), or',
      "drop NTLMv2 session security from the server's minimum."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [
      { source: "Communications Server 2007 R2: Common Issues with Sign-in and Discovery", section: "Mismatch between NTLMMinClientSec and NTLMMinServerSec" },
      { source: "Network security: Minimum session security for NTLM SSP based (including secure RPC) clients and servers", section: "Possible values (each a requirement)" },
      { source: "Network security: LAN Manager authentication level", section: "Send LM & NTLM responses: clients never use NTLMv2 session security" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      requirementUnmet: "NTLMMinServerSec {{server}} ({{serverFile}}) requires NTLMv2 session security, which clients at LAN Manager authentication level {{level}} ({{clientFile}}) never use; their NTLM sign-in fails"
    }
  },
  appliesTo: (estate) => estate.registry.writes(NTLM_KEY, "NTLMMinServerSec").length > 0 && estate.registry.writes(LSA_KEY, "LmCompatibilityLevel").length > 0,
  check({ estate, report }) {
    const dwords = (key, name) => estate.registry.writes(key, name).filter((v) => !v.deleted && v.type === "dword" && typeof v.data === "number");
    const levels = dwords(LSA_KEY, "LmCompatibilityLevel").filter((v) => v.data === NO_NTLM2_SESSION_LEVEL);
    for (const server of dwords(NTLM_KEY, "NTLMMinServerSec")) {
      if ((server.data & NTLM2_SESSION_SECURITY) === 0) continue;
      for (const client of levels) {
        report({
          node: server,
          messageId: "requirementUnmet",
          data: { server: hex(server.data), serverFile: server.file, level: client.data, clientFile: client.file },
          related: [{ node: client, message: `LmCompatibilityLevel ${client.data}` }]
        });
      }
    }
  }
});

// rules/lync/rsassa-pss.ts
var rsassa_pss_default = defineRule({
  id: "lync/rsassa-pss",
  meta: {
    description: "Certificates of Lync and Skype for Business servers are not signed with RSASSA-PSS",
    rationale: [
      "Lync Server and Skype for Business Server do not support certificates signed with RSASSA-PSS (the",
      'probabilistic RSA signature scheme some enterprise CAs offer as "alternate signature format"): the',
      "certificate installs, but the services fail to start or TLS handshakes with clients and federation",
      "partners fail. Certificates must be signed with PKCS#1 v1.5 RSA (`sha256WithRSAEncryption`) or ECDSA.",
      "",
      "Judged: the certificates presented at the names the DNS sends Lync clients to, and every certificate",
      "of the estate when `settings.product` is a Lync or Skype for Business product.",
      "",
      "**Fix:** reissue the certificate from a CA template without the alternate signature format."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [
      { source: "Skype for Business Server 2015 documentation", section: "Certificate requirements (RSASSA-PSS not supported)" },
      { source: "RFC 4055", section: "3 (RSASSA-PSS signature algorithm)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      pssSignature: "certificate {{name}} is signed with RSASSA-PSS ({{algorithm}}), which Lync and Skype for Business servers cannot use"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    signature: rsassaPss\n    usedBy: [pool.contoso.com]",
      valid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    signature: sha256WithRSAEncryption\n    usedBy: [pool.contoso.com]"
    }
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.signature?.pss),
  check({ estate, report }) {
    const judged = isLyncFamily(estate.product()) ? new Set(estate.certificates) : new Set(ucServerCertificates(estate).keys());
    for (const certificate of judged) {
      if (!certificate.signature?.pss) continue;
      report({ node: certificateField(certificate, "signature"), messageId: "pssSignature", data: { name: certificate.name, algorithm: certificate.signature.algorithm } });
    }
  }
});

// rules/lync/strict-naming.ts
var DEFAULT_SIGN_IN_SERVICES = ["_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tls", "_sip._tcp"];
function hostAcceptance(host, sipDomain, depth = "any") {
  const h = canonicalName(host);
  const d = canonicalName(sipDomain);
  if (h === d || h === `sip.${d}`) return "always";
  if (h.length > d.length + 1 && isAtOrBelow(h, d)) {
    if (depth === "any") return "nonStrictOnly";
    const below = h.slice(0, h.length - d.length - 1);
    const oneLabel = below.includes("\\") ? labelsOf(`${below}.`).length === 1 : !below.includes(".");
    if (oneLabel) return "nonStrictOnly";
  }
  return "never";
}
var REFUSING_PRODUCTS = /* @__PURE__ */ new Set(["lcs2005", "ocs2007r2"]);
var strict_naming_default = defineRule({
  id: "lync/strict-naming",
  meta: {
    description: "Sign-in SRV records point at a host name the client accepts for the SIP domain",
    rationale: [
      "A Communicator, Lync or Skype for Business client that finds its server through DNS only trusts a host",
      "name that is tied to the domain of the user's SIP address, so that a forged DNS answer cannot send it",
      "to an impostor. For a user `someone@D` the client accepts:",
      "",
      "- always: `D` itself and `sip.D`;",
      "- when strict DNS naming is off (the default): also any name below `D`, at any depth (`pool01.D`,",
      "  `sip.division.D`, `pool.corp.D`);",
      "- never: other domains (`sip.D.net`, `sip.com`) or names that only contain `D` (`sip.D.example.com`).",
      "  Communicator 2007 R2 and older clients refuse them; a Lync 2010 or later client asks the user whether",
      "  to trust the server, unless the `TrustModelData` policy (Trusted Domain List) names its domain. Either",
      "  way sign-in does not work as deployed, so the record is reported.",
      "",
      'The older "Office Communicator Sign-in and Discovery" page lists only names one label below `D`; the',
      "`nonStrictDepth: one-label` option keeps that reading for Communicator 2007 estates. OCS 2007 R2's",
      '"Common Issues with Sign-in and Discovery" accepts `sip.division.D`, and Lync 2010 and later trust',
      "servers directly in the SIP domain or in its subdomains, so any depth is the default.",
      "",
      "Strict naming is switched on by the `EnableStrictDNSNaming` client policy. The rule reads it from the",
      "`strict` option, else from `settings.strictDnsNaming`, else from the topology's `clientPolicy.strictDnsNaming`,",
      "else from registry exports (`EnableStrictDNSNaming` under the Communicator or Lync policy keys, or Windows",
      "Messenger 5's `DisableStrictDNSNaming` under `...\\Messenger\\Client\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_Default`,",
      'as "LCS and Windows Messenger 5 connectivity" describes it), else assumes it is off.',
      "",
      "Only sign-in services are checked (`services` option; default `_sipinternaltls._tcp`, `_sipinternal._tcp`,",
      "`_sip._tls`, `_sip._tcp`). Federation records are left out on purpose: other organisations' servers follow",
      "them and apply no client naming policy, and hosted deployments point them at another domain.",
      "Domains served by Microsoft 365 (any discovery record pointing at `sipdir.online.lync.com` or a",
      "sovereign-cloud twin) are left to the teams pack: Microsoft publishes those targets, and its clients accept",
      "them. Plain SIP and Cisco domains are not judged either (see lync/discovery-records for how the Lync",
      "domains are told apart).",
      "",
      "**Fix:** publish the server under a name in `D` (`sip.D` works with strict naming on too; add it to the",
      "certificate) and point the SRV record there."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [
      { source: "Office Communicator Sign-in and Discovery", section: "Understanding Client Automatic Configuration and DNS Discovery (strict naming examples)" },
      { source: "Communications Server 2007 R2: Common Issues with Sign-in and Discovery", section: "Strict Name Checking" },
      { source: "LCS and Windows Messenger 5 connectivity", section: "DisableStrictDNSNaming" },
      { source: "Lync cannot verify that the server is trusted for your sign-in address (Microsoft support article 2833618)", section: "Trust model dialog; TrustModelData policy" }
    ],
    options: {
      type: "object",
      properties: {
        strict: { type: "boolean", description: "Strict DNS naming on the clients (default: settings, topology or registry policy, else false)." },
        services: {
          type: "array",
          items: { type: "string", pattern: "^_[^.]+\\._[^.]+\\.?$" },
          uniqueItems: true,
          default: [...DEFAULT_SIGN_IN_SERVICES],
          description: "SRV services (`_service._proto`) whose targets clients sign in to."
        },
        nonStrictDepth: {
          enum: ["any", "one-label"],
          default: "any",
          description: "How far below the SIP domain a host may lie with strict naming off: any depth, or one label (the older Communicator 2007 reading)."
        }
      },
      additionalProperties: false
    },
    messages: {
      neverAccepted: "SRV {{name}} targets {{target}}, which clients signing in to {{domain}} never accept; use {{domain}}, sip.{{domain}} or a host below {{domain}}",
      untrustedDomain: "SRV {{name}} targets {{target}}, outside {{domain}}: Lync and Skype for Business clients signing in to {{domain}} ask the user whether to trust it unless the TrustModelData policy lists {{targetDomain}}; use a host in {{domain}}",
      rejectedWhenStrict: "SRV {{name}} targets {{target}}, which clients with strict DNS naming reject for {{domain}}; use sip.{{domain}} or {{domain}}"
    },
    examples: {
      invalid: "$ORIGIN contoso.com.\n_sip._tls IN SRV 0 0 443 sip.contoso.net.\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.net.",
      valid: "$ORIGIN contoso.com.\n_sip._tls IN SRV 0 0 443 sip.contoso.com.\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01.corp.contoso.com."
    }
  },
  appliesTo: (estate) => estate.hasRecords("SRV"),
  check({ estate, options, report }) {
    const strict = options?.strict ?? estate.strictDnsNaming()?.value ?? false;
    const depth = options?.nonStrictDepth ?? "any";
    const product = estate.product();
    const refused = product !== void 0 && REFUSING_PRODUCTS.has(product);
    const services = new Set((options?.services ?? DEFAULT_SIGN_IN_SERVICES).map(normaliseService));
    const sipDomains = lyncSipDomains(estate);
    if (sipDomains.size === 0) return;
    for (const { record: srv, service, domain } of estate.srvServices()) {
      if (!services.has(service) || !sipDomains.has(domain)) continue;
      const target = srv.data.target;
      if (target === "." || ipLiteralIn(target, srv.zone.origin) !== void 0) continue;
      const acceptance = hostAcceptance(target, domain, depth);
      if (acceptance === "always" || acceptance === "nonStrictOnly" && !strict) continue;
      const data = { name: displayName(srv.name), target: displayName(target), domain: displayName(domain) };
      if (acceptance === "nonStrictOnly") report({ node: srv, messageId: "rejectedWhenStrict", data });
      else if (refused || isAtOrBelow(target, domain)) report({ node: srv, messageId: "neverAccepted", data });
      else report({ node: srv, messageId: "untrustedDomain", data: { ...data, targetDomain: displayName(parentName(target) ?? target) } });
    }
  }
});

// rules/lync/topology-agrees.ts
var topology_agrees_default = defineRule({
  id: "lync/topology-agrees",
  meta: {
    description: "A kind: Topology manifest agrees with the Topology Builder document beside it",
    rationale: [
      "Topology Builder's document (a `.tbxml`, the published topology of `Get-CsTopology -AsXml`, an",
      "`Export-CsConfiguration` archive) is the deployment as the servers know it. A `kind: Topology` manifest",
      "kept beside it says the same things for uclint and for people; where the two differ, one is stale, and",
      "rules judging DNS and certificates against the stale one judge the wrong deployment.",
      "",
      "uclint merges them (the Topology Builder document wins; the manifest adds what Topology Builder does",
      "not hold: reverse proxy, Exchange, client policy, SBCs, load balancing) and reports, at both places,",
      "a SIP domain, a Front End, Director or Mediation pool, or an Edge pool that one has and the other",
      "lacks, and an Edge service's external FQDN or IP address that the two give differently. Each is",
      "compared only when the manifest states that kind of thing (a manifest with no pools says nothing of",
      "pools). An Edge behind NAT is not compared on an address Topology Builder holds as private while the",
      "manifest gives a public one. Partial topologies read from configuration scripts are not compared.",
      "",
      "**Fix:** correct the manifest from the published topology (or publish the topology the manifest",
      "describes), or drop from the manifest what Topology Builder already says."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [{ source: "Get-CsTopology (Skype for Business Server PowerShell reference)", section: "The topology published in the Central Management store; -AsXml" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      onlyInBuilder: "{{subject}} is in the {{document}} but not in the kind: Topology manifest",
      onlyInManifest: "{{subject}} is in the kind: Topology manifest but not in the {{document}}",
      differs: "{{subject}} is {{builder}} in the {{document}} but {{manifest}} in the kind: Topology manifest"
    }
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.source === "topology-builder"),
  check({ estate, report }) {
    for (const disagreement of estate.topologyDisagreements) {
      const messageId = messageOf(disagreement);
      const data = {
        subject: disagreement.subject,
        document: disagreement.builderDocument,
        builder: disagreement.builderValue ?? "",
        manifest: disagreement.manifestValue ?? ""
      };
      report({ node: disagreement.builder, messageId, data, related: [{ node: disagreement.manifest, message: "the kind: Topology manifest" }] });
      report({ node: disagreement.manifest, messageId, data, related: [{ node: disagreement.builder, message: `the ${disagreement.builderDocument}` }] });
    }
  }
});
function messageOf(disagreement) {
  if (disagreement.builderValue !== void 0 && disagreement.manifestValue !== void 0) return "differs";
  return disagreement.builderValue !== void 0 ? "onlyInBuilder" : "onlyInManifest";
}

// rules/lync/web-fqdn-distinct.ts
var web_fqdn_distinct_default = defineRule({
  id: "lync/web-fqdn-distinct",
  meta: {
    description: "Internal and external web services FQDNs differ, and a Director's external web FQDN differs from the Front End pool's",
    rationale: [
      "Mobility and external web access reach the external web services through the reverse proxy, while",
      "internal clients use the internal web services directly; Lync Server tells them apart by name. With one",
      "FQDN for both, mobility and autodiscover requests from outside are handled as internal ones and fail",
      '(a mobility prerequisite in "Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step"). For the same reason a',
      "Director's external web services need their own FQDN: the reverse proxy forwards by name, and a name",
      "shared with the Front End pool sends every request to one of them.",
      "",
      "Read from the topology (`webServices` of each pool).",
      "",
      "**Fix:** give each pool's external web services their own FQDN (`webext.contoso.com`,",
      "`dirwebext.contoso.com`) and publish it on the reverse proxy."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["lync"],
    citations: [
      { source: "Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step", section: "Internal and external web services FQDNs" },
      { source: "Lync Server 2010 documentation", section: "Technical requirements for mobility" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      sameInternalExternal: "pool {{pool}} uses {{fqdn}} for both internal and external web services; mobility needs two FQDNs",
      directorSharesFrontEnd: "Director pool {{director}} uses the external web FQDN {{fqdn}} of Front End pool {{frontEnd}}; the reverse proxy cannot tell them apart"
    }
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.pools.some((p) => p.webServices)) || lyncZonesWithoutTopology(estate) !== void 0,
  check({ estate, report, notChecked }) {
    const anchor2 = lyncZonesWithoutTopology(estate);
    if (anchor2) {
      notChecked(anchor2, "internal and external web services FQDNs are known from a topology only (kind: Topology)");
      return;
    }
    const pools = estate.topologies.flatMap((t) => t.pools);
    for (const pool of pools) {
      const internal = pool.webServices?.internal;
      const external = pool.webServices?.external;
      if (internal && external && internal.value === external.value) {
        report({ node: external, messageId: "sameInternalExternal", data: { pool: pool.fqdn.value, fqdn: external.value }, related: [{ node: internal, message: "internal web services" }] });
      }
    }
    for (const director of pools.filter((p) => p.role?.value === "director")) {
      const external = director.webServices?.external;
      if (!external) continue;
      for (const frontEnd of pools.filter((p) => p.role?.value === "frontend" && p.webServices?.external?.value === external.value)) {
        report({
          node: external,
          messageId: "directorSharesFrontEnd",
          data: { director: director.fqdn.value, fqdn: external.value, frontEnd: frontEnd.fqdn.value },
          related: [{ node: frontEnd.webServices.external, message: `external web services of ${frontEnd.fqdn.value}` }]
        });
      }
    }
  }
});

// rules/lync/web-services-load-balancing.ts
var web_services_load_balancing_default = defineRule({
  id: "lync/web-services-load-balancing",
  meta: {
    description: "Web services FQDNs of an Enterprise Edition pool resolve to one load balancer address, never to the list of front ends",
    rationale: [
      "DNS load balancing serves SIP only. HTTP and HTTPS (web services, the address book, meeting content,",
      "simple URLs, mobility) keep session state on one server, and DNS gives no stickiness, so a client that",
      "resolves the web services FQDN of a pool to its front ends reaches a different server mid-session and",
      "fails in ways that look random. The web services FQDNs (internal and external) of an Enterprise Edition",
      'pool must resolve to one virtual IP of a hardware load balancer ("DNS Load Balancing in Lync Server',
      '2010": Why do we still need hardware load balancers?). One address per IP family (an A and an AAAA',
      "record of the same VIP) is one address.",
      "",
      "A Standard Edition server (a pool of one server, or a pool listing no servers) has nothing to balance:",
      "its internal web services FQDN is the server FQDN and cannot be overridden, and neither it nor a single",
      'Enterprise Edition Front End Server needs a load balancer ("Change the Web Services URL in Lync Server',
      '2013"), so such a pool is not judged.',
      "",
      "Read from the topology (`webServices` of each pool): the internal FQDN in the internal view, the",
      "external one in the external view.",
      "",
      "**Fix:** publish the web services FQDN with the load balancer's virtual IP only."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["lync"],
    citations: [
      { source: "DNS Load Balancing in Lync Server 2010", section: "Why do we still need hardware load balancers?" },
      { source: "Change the Web Services URL in Lync Server 2013", section: "A Standard Edition server's internal web services FQDN is the server FQDN; no load balancer for it or a single Front End Server" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      resolvesToFrontEnds: "{{kind}} web services {{fqdn}} resolves to front end {{servers}} of pool {{pool}}; HTTP needs one hardware load balancer address",
      severalAddresses: "{{kind}} web services {{fqdn}} resolves to {{count}} addresses of one IP family ({{addresses}}); HTTP needs one load balancer address, not DNS load balancing"
    }
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.pools.some((p) => p.webServices?.internal || p.webServices?.external)) || lyncZonesWithoutTopology(estate) !== void 0,
  check({ estate, report, notChecked }) {
    const anchor2 = lyncZonesWithoutTopology(estate);
    if (anchor2) {
      notChecked(anchor2, "which names are web services FQDNs is known from a topology only (kind: Topology)");
      return;
    }
    for (const topology of estate.topologies) {
      for (const pool of topology.pools) {
        if (pool.servers.length <= 1) continue;
        for (const [kind, view] of [["internal", "internal"], ["external", "external"]]) {
          const web = pool.webServices?.[kind];
          if (!web) continue;
          const resolution = estate.resolve(web.value, { view });
          if (resolution.addresses.length === 0) continue;
          const node = resolution.chain[0] ?? resolution.addresses[0];
          const related = [{ node: web, message: `${kind} web services of pool ${pool.fqdn.value} in the topology` }];
          const frontEnds = pool.servers.filter((server) => {
            const addresses = new Set(estate.resolve(server.fqdn.value, { view }).addresses.map((a) => a.data.address));
            return resolution.addresses.some((a) => addresses.has(a.data.address));
          });
          if (frontEnds.length > 0) {
            report({ node, messageId: "resolvesToFrontEnds", data: { kind, fqdn: web.value, servers: frontEnds.map((s) => s.fqdn.value).join(", "), pool: pool.fqdn.value }, related });
          } else {
            const family = ["A", "AAAA"].map((type) => resolution.addresses.filter((a) => a.type === type)).find((of) => of.length > 1);
            if (family) {
              const addresses = family.map((a) => a.data.address);
              report({ node, messageId: "severalAddresses", data: { kind, fqdn: web.value, count: addresses.length, addresses: addresses.join(", ") }, related });
            }
          }
        }
      }
    }
  }
});

// rules/sip/naptr-srv-consistency.ts
var SERVICE_TO_SRV = { "sip+d2u": "_sip._udp", "sip+d2t": "_sip._tcp", "sips+d2t": "_sips._tcp", "sip+d2s": "_sip._sctp", "sips+d2s": "_sips._sctp" };
var naptr_srv_consistency_default = defineRule({
  id: "sip/naptr-srv-consistency",
  meta: {
    description: "SIP NAPTR records (RFC 3263) replace to the SRV owner of their transport, which exists, with flag S",
    rationale: [
      "RFC 3263 clients that find NAPTR records for a SIP domain pick a transport by the service field",
      "(`SIP+D2U` UDP, `SIP+D2T` TCP, `SIPS+D2T` TLS) and then look up the SRV records at the replacement",
      "name. A replacement that names another transport's owner (`SIPS+D2T` to `_sip._tcp`) silently downgrades",
      "TLS to clear text; one that names an owner with no SRV records ends discovery there; and a SIP NAPTR",
      "record must carry flag `S` (the next lookup is SRV) with an empty regexp, since a replacement and a",
      "regexp together are not allowed (RFC 3403).",
      "",
      "Replacements are looked up in the zones of the same view; replacements in zones the estate does not hold",
      "are not judged.",
      "",
      "**Fix:** point each NAPTR record at `_sip._udp`, `_sip._tcp` or `_sips._tcp` of the domain, as its service",
      "says, with flag `S`, and publish those SRV records."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 3263", section: "4.1 (Selecting a transport protocol)" },
      { source: "RFC 3403", section: "4.1 (NAPTR: regexp and replacement are mutually exclusive)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      wrongService: "NAPTR {{name}} service {{service}} replaces to {{replacement}}; that service's SRV owner is {{expected}}",
      noSrv: "NAPTR {{name}} service {{service}} replaces to {{replacement}}, which has no SRV records in this view",
      flags: 'NAPTR {{name}} service {{service}} has flags "{{flags}}"; a SIP NAPTR that leads to SRV records has flag S',
      regexpAndReplacement: "NAPTR {{name}} has both a regexp and a replacement; RFC 3403 allows one of them"
    },
    examples: {
      invalid: '@ IN NAPTR 10 0 "s" "SIPS+D2T" "" _sip._tcp\n_sip._tcp IN SRV 0 0 5060 sip',
      valid: '@ IN NAPTR 10 0 "s" "SIPS+D2T" "" _sips._tcp\n_sips._tcp IN SRV 0 0 5061 sip'
    }
  },
  appliesTo: (estate) => estate.hasRecords("NAPTR"),
  check({ estate, report }) {
    for (const naptr of estate.records("NAPTR")) {
      const service = naptr.data.service.toLowerCase();
      const srvService = SERVICE_TO_SRV[service];
      if (!srvService) continue;
      const data = { name: displayName(naptr.name), service: naptr.data.service, replacement: displayName(naptr.data.replacement) };
      if (naptr.data.flags.toLowerCase() !== "s") report({ node: naptr, messageId: "flags", data: { ...data, flags: naptr.data.flags } });
      if (naptr.data.regexp !== "" && naptr.data.replacement !== ".") report({ node: naptr, messageId: "regexpAndReplacement", data });
      if (naptr.data.replacement === ".") continue;
      const replacement = naptr.data.replacement.toLowerCase();
      const replacedService = replacement.split(".").slice(0, 2).join(".");
      if (replacement.startsWith("_") && replacedService !== srvService) {
        report({ node: naptr, messageId: "wrongService", data: { ...data, expected: displayName(`${srvService}.${naptr.name}`) } });
        continue;
      }
      const view = naptr.zone.view;
      if (!estate.holdsZoneFor(naptr.data.replacement, { view })) continue;
      if (estate.recordsAt(naptr.data.replacement, "SRV", { view }).length === 0) report({ node: naptr, messageId: "noSrv", data });
    }
  }
});

// rules/sip/sips-needs-tls.ts
var sips_needs_tls_default = defineRule({
  id: "sip/sips-needs-tls",
  meta: {
    description: "A sips service (_sips._tcp) never targets a clear-text SIP port",
    rationale: [
      "A `sips:` URI promises TLS on every hop (RFC 3261 26.2.2), and clients find the TLS servers of a domain",
      "at `_sips._tcp`. An SRV record there with port 5060 sends them to the clear-text listener: the TLS",
      "handshake fails, or a lenient client carries on in clear text, which the `sips` scheme exists to prevent.",
      "",
      "**Fix:** point `_sips._tcp` at the TLS port (5061, or the port the TLS listener uses).",
      "",
      "Any other port is where the domain's TLS listener is: the SRV port is authoritative (RFC 3263 4.2).",
      "sip/srv-port holds `_sips._tcp` to a port only when its `ports` option names the service."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 3261", section: "26.2.2 (SIPS URI scheme)" },
      { source: "RFC 3263", section: "4.1 (SIPS and TLS)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      clearTextPort: "SRV {{name}} is a sips service but targets {{target}} on port {{port}}, the clear-text SIP port"
    },
    examples: { invalid: "_sips._tcp IN SRV 0 0 5060 sip.contoso.com.", valid: "_sips._tcp IN SRV 0 0 5061 sip.contoso.com." }
  },
  appliesTo: (estate) => estate.srvServices().some((s) => s.service.startsWith("_sips.")),
  check({ estate, report }) {
    for (const { record, service } of estate.srvServices()) {
      const srv = record;
      if (srv.data.target === "." || !isClearTextSips(service, srv.data.port)) continue;
      report({ node: srv, messageId: "clearTextPort", data: { name: displayName(srv.name), target: displayName(srv.data.target), port: srv.data.port } });
    }
  }
});

// rules/sip/srv-null-target.ts
var srv_null_target_default = defineRule({
  id: "sip/srv-null-target",
  meta: {
    description: 'An SRV record with target "." (service not available) is the only SRV record at its owner',
    rationale: [
      "RFC 2782 gives the target `.` one meaning: the service is decidedly not available at this domain.",
      'Publishing it next to real SRV records for the same service says both "not available" and "available',
      'here", and clients differ in which answer they believe. The usual cause is a placeholder left behind',
      "after the service was deployed.",
      "",
      "**Fix:** remove the `.` record when the service is offered, or remove the other records when it is not.",
      "",
      "Reported as information: the other records still work with most clients."
    ].join("\n"),
    severity: "info",
    recommended: true,
    families: "all",
    citations: [{ source: "RFC 2782", section: 'The format of the SRV RR (Target ".")' }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notAlone: 'SRV {{name}} has target "." (service not available) but {{others}} other SRV record(s) at the same name offer the service'
    },
    examples: {
      invalid: "_sip._tls IN SRV 0 0 0 .\n_sip._tls IN SRV 0 0 443 sip.contoso.com.",
      valid: "_sip._tls IN SRV 0 0 0 ."
    }
  },
  appliesTo: (estate) => {
    for (const srv of estate.eachRecord("SRV")) if (srv.data.target === ".") return true;
    return false;
  },
  check({ estate, report }) {
    for (const srv of estate.eachRecord("SRV")) {
      if (srv.data.target !== ".") continue;
      const others = estate.recordsAt(srv.name, "SRV").filter((other) => other.zone === srv.zone && other.data.target !== ".");
      if (others.length === 0) continue;
      report({
        node: srv,
        messageId: "notAlone",
        data: { name: displayName(srv.name), others: others.length },
        related: others.map((other) => ({ node: other, message: `offers the service at ${displayName(other.data.target)}` }))
      });
    }
  }
});

// rules/sip/srv-port.ts
var DEFAULT_SERVICE_PORTS = {
  "_sipinternaltls._tcp": 5061,
  "_sipinternal._tcp": 5060,
  "_sip._tls": 443,
  "_sipfederationtls._tcp": 5061,
  "_xmpp-server._tcp": 5269,
  "_collab-edge._tls": 8443,
  "_cisco-uds._tcp": 8443
};
var LYNC_DOMAIN_ONLY_SERVICES = /* @__PURE__ */ new Set(["_xmpp-server._tcp"]);
var srv_port_default = defineRule({
  id: "sip/srv-port",
  meta: {
    description: "Lync, Skype for Business, federation, XMPP and Cisco SRV records use the fixed port their service listens on",
    rationale: [
      "Clients and federating servers connect to the port the SRV record names. The servers of some services",
      "listen on fixed ports: a Lync or Skype for Business client signing in from the Internet reaches the",
      "Access Edge on 443 through `_sip._tls`; internal clients use 5061 (`_sipinternaltls._tcp`) or, where",
      "clear-text TCP is allowed, 5060 (`_sipinternal._tcp`). Federation uses 5061, the XMPP proxy of a Lync",
      "Server 2013 or Skype for Business Server 2015 Edge 5269, a Cisco Expressway-E 8443 (`_collab-edge._tls`)",
      "and Unified CM's user data service 8443 (`_cisco-uds._tcp`). A record that names another port sends the",
      "client to a socket nobody listens on, and sign-in fails with a timeout.",
      "",
      "Generic SIP services are not held to a port: for `_sip._udp`, `_sip._tcp` and `_sips._tcp` the SRV",
      "record's port is authoritative, and 5060 and 5061 are only the defaults a client uses when a domain",
      "publishes no SRV record (RFC 3263 4.2). An IMS core or SIP provider on 5080, 4060 or 6060 is correct.",
      "XMPP servers choose their port too (RFC 6120), so `_xmpp-server._tcp` is judged only for the SIP domains",
      "Lync-family servers serve (see lync/discovery-records for how they are told apart).",
      "",
      "**Fix:** change the port field of the SRV record (`priority weight port target`) to the listed port, or,",
      "when the edge really listens elsewhere, set the `ports` option for that service.",
      "",
      "The `ports` option maps `_service._proto` to a port and is merged over the defaults; `null` stops",
      "checking a service, and a service added there (`_sips._tcp: 5061` for a provider that promises the",
      "default) is checked in every domain. Records whose target is `.` (service not available) are not",
      "checked. A `_sips._tcp` record on the clear-text port 5060 is sip/sips-needs-tls's finding, which says",
      "why that is worse than a wrong port; this rule reports other wrong ports there only when the `ports`",
      "option names `_sips._tcp`. Records that point at Microsoft 365 service",
      "hosts (`sipdir.online.lync.com`, `sipfed.online.lync.com` and their sovereign-cloud twins), directly or",
      "through a CNAME chain in the estate (`_sipfederationtls._tcp` to the tenant's own `sip` name, an alias of",
      "`sipdir.online.lync.com`), are teams/online-records' to judge: it knows every value Microsoft asks for,",
      "port included (or teams/hybrid-consistency's, when the rest of the domain points on-premises)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "Communications Server 2007 R2: Common Issues with Sign-in and Discovery", section: "DNS Configuration; Client Manual Sign-In on 5061, Access Edge Listening on 443" },
      { source: "Office Communicator Sign-in and Discovery", section: "Understanding Client Automatic Configuration and DNS Discovery" },
      { source: "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel", section: "Specialized DNS Entries (table 2)" },
      { source: "RFC 3263", section: "4.2 (the SRV port is used; 5060 and 5061 are defaults only without SRV records)" },
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "DNS planning; DNS records for extensible messaging and presence protocol" },
      { source: "Cisco Jabber DNS configuration guide", section: "_collab-edge._tls and _cisco-uds._tcp on port 8443" }
    ],
    options: {
      type: "object",
      properties: {
        ports: {
          type: "object",
          description: "Port per service (`_service._proto`), merged over the defaults; null stops checking a service.",
          additionalProperties: { type: ["integer", "null"], minimum: 0, maximum: 65535 },
          default: { ...DEFAULT_SERVICE_PORTS }
        }
      },
      additionalProperties: false
    },
    messages: {
      wrongPort: "SRV {{name}} targets {{target}} on port {{actual}}; the {{service}} service uses port {{expected}}"
    },
    examples: {
      invalid: "_sipfederationtls._tcp  IN SRV 0 0 5062 sip.contoso.com.\n_sip._tls               IN SRV 0 0 5061 sip.contoso.com.",
      valid: "_sipfederationtls._tcp  IN SRV 0 0 5061 sip.contoso.com.\n_sip._tls               IN SRV 0 0 443 sip.contoso.com."
    }
  },
  appliesTo: (estate) => estate.hasRecords("SRV"),
  check({ estate, options, report }) {
    const expectedPorts = /* @__PURE__ */ new Map();
    const configured = new Set(
      Object.entries(options?.ports ?? {}).filter(([service, port2]) => port2 !== DEFAULT_SERVICE_PORTS[normaliseService(service)]).map(([service]) => normaliseService(service))
    );
    const merged = { ...DEFAULT_SERVICE_PORTS, ...options?.ports ?? {} };
    for (const [service, port2] of Object.entries(merged)) {
      if (typeof port2 === "number") expectedPorts.set(normaliseService(service), port2);
      else expectedPorts.delete(normaliseService(service));
    }
    for (const { record: srv, service, domain } of estate.srvServices()) {
      const expected = expectedPorts.get(service);
      if (expected === void 0 || srv.data.port === expected || isClearTextSips(service, srv.data.port)) continue;
      if (LYNC_DOMAIN_ONLY_SERVICES.has(service) && !configured.has(service) && !lyncSipDomains(estate).has(domain)) continue;
      if (srv.data.target === "." || leadsToMicrosoft365(estate, srv.data.target, srv.zone.view)) continue;
      report({
        node: srv,
        messageId: "wrongPort",
        data: {
          name: displayName(srv.name),
          service,
          target: displayName(srv.data.target),
          expected,
          actual: srv.data.port
        }
      });
    }
  }
});

// rules/sip/srv-target.ts
var TEAMS_JUDGED_SERVICES = /* @__PURE__ */ new Set(["_sip._tls", "_sipfederationtls._tcp"]);
var srv_target_default = defineRule({
  id: "sip/srv-target",
  meta: {
    description: "SRV targets are host names with address records: not IP literals, not aliases",
    rationale: [
      "RFC 2782 requires the target of an SRV record to be a domain name that has address records, and it",
      "must not be an alias. A client that discovers its server through `_sipinternaltls._tcp` or `_sip._tls`",
      "connects to the target host and then checks that the server certificate carries that host name; until",
      "the target resolves to an address, the client cannot connect at all.",
      "",
      "Three faults are reported:",
      "- an IP address written where the host name belongs (written without a trailing dot it even becomes",
      "  `10.0.0.5.contoso.com`);",
      "- a target that owns a CNAME record in the estate (point the SRV record at the canonical name instead);",
      "- a target inside a zone the estate holds, in the same view as the SRV record, that has records there",
      "  but no A or AAAA record (add the address records, or fix the name). A target with no records at all",
      "  is reported by dns/dangling-target.",
      "",
      'A target of `.` means "service not available" and is left to `sip/srv-null-target`. Targets in zones the',
      "estate does not hold are not judged. Records in zones of unknown view are resolved against every view.",
      "",
      "A `_sip._tls` or `_sipfederationtls._tcp` record whose alias leads to a Microsoft 365 service host (to the",
      "tenant's own `sip` name, a CNAME of `sipdir.online.lync.com`) is teams/online-records' finding, which quotes",
      "the record Microsoft asks for (or teams/hybrid-consistency's, when the rest of the domain points on-premises)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 2782", section: "The format of the SRV RR (Target)" },
      { source: "RFC 2181", section: "10.3 (MX and NS records must not point to an alias)" },
      { source: "Office Communicator Sign-in and Discovery", section: "Understanding Client Automatic Configuration and DNS Discovery (the host must resolve)" },
      { source: "Communications Server 2007 R2: Common Issues with Sign-in and Discovery", section: "use the server FQDN, not an IP address" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ipLiteral: "SRV {{name}} targets the IP address {{address}}; an SRV target must be a host name with address records",
      aliasTarget: "SRV {{name}} targets {{target}}, which is an alias (CNAME to {{canonical}}); point the record at the canonical host name",
      noAddress: "SRV {{name}} targets {{target}}, which has no A or AAAA record in the {{view}} view"
    },
    examples: {
      invalid: "_sipinternaltls._tcp IN SRV 0 0 5061 192.168.1.10.\n_sip._tls IN SRV 0 0 443 sip\nsip IN CNAME edge",
      valid: "_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.\npool IN A 192.168.1.10"
    }
  },
  appliesTo: (estate) => estate.hasRecords("SRV"),
  check({ estate, report }) {
    for (const srv of estate.eachRecord("SRV")) {
      const target = srv.data.target;
      if (target === ".") continue;
      const name = displayName(srv.name);
      const address = ipLiteralIn(target, srv.zone.origin);
      if (address !== void 0) {
        report({ node: srv, messageId: "ipLiteral", data: { name, address } });
        continue;
      }
      const view = srv.zone.view === "unknown" ? void 0 : srv.zone.view;
      const filter = view ? { view } : void 0;
      const atTarget = estate.recordsAt(target, void 0, filter);
      const alias = atTarget.find((r) => r.type === "CNAME");
      if (alias && TEAMS_JUDGED_SERVICES.has(splitSrvOwner(srv.name)?.service ?? "") && leadsToMicrosoft365(estate, target, srv.zone.view)) continue;
      if (alias) {
        report({
          node: srv,
          messageId: "aliasTarget",
          data: { name, target: displayName(target), canonical: displayName(alias.data.target) },
          related: [{ node: alias, message: `${displayName(target)} is an alias` }]
        });
        continue;
      }
      if (atTarget.some((r) => r.type === "A" || r.type === "AAAA")) continue;
      const resolution = estate.resolve(target, filter);
      if (resolution.outcome === "nodata") {
        report({
          node: srv,
          messageId: "noAddress",
          data: { name, target: displayName(target), view: view ?? "internal or external" }
        });
      }
    }
  }
});

// rules/teams/direct-routing-media.ts
var direct_routing_media_default = defineRule({
  id: "teams/direct-routing-media",
  meta: {
    description: "The cloud firewall of a Direct Routing SBC lets Microsoft's media processors reach the SBC's media ports (UDP)",
    rationale: [
      "Calls through Direct Routing carry their media between the SBC and Microsoft's media processors (and",
      "transport relays), which use the same networks as the SIP proxies (worldwide and GCC: 52.112.0.0/14 and",
      "52.122.0.0/15, which 52.120.0.0/14 of Plan Direct Routing holds; GCC High: 52.127.88.0/21; DoD:",
      "52.127.64.0/21), from UDP 3478-3481 and 49152-53247 to the",
      "media port range defined on the SBC. An Azure network security group or AWS security group that lets the",
      "SIP proxies in but not the media gives calls that ring and stay silent.",
      "",
      "Checked on the Azure NSGs and AWS security groups that guard a Direct Routing SBC (see",
      "teams/sbc-sip-exposure for how one is known) and have inbound rules: whose default denies what no rule",
      "allows. A finding when no inbound rule allowing UDP covers the Direct Routing ranges of the tenant's cloud",
      "(the `cloud` option; without it, the cloud whose ranges the SIP rules name, else worldwide). The SBC's",
      "media port range is defined on the SBC and is not in these files: give it as the `mediaPorts` option",
      '(`"6000-9999"`) and a range the rules leave closed to any Direct Routing network is a finding; without it,',
      "which ports are opened is said once as not checked, never a finding. A rule set with rules that could not",
      "be read is not judged.",
      "",
      "**Fix:** allow UDP from the Direct Routing ranges to the SBC's media port range."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: ["teams"],
    citations: [
      { source: "Plan Direct Routing", section: "Media traffic: IP address ranges; Media traffic: Port ranges" },
      { source: "Office 365 URLs and IP address ranges", section: "Microsoft Teams (endpoint set 11: Optimize)" }
    ],
    options: {
      type: "object",
      properties: {
        cloud: { enum: Object.keys(M365_CLOUDS), description: "The Microsoft 365 cloud of the tenant (GCC uses worldwide); without it, the cloud whose ranges the SIP rules name, else worldwide." },
        mediaPorts: { type: "string", pattern: "^\\d{1,5}(-\\d{1,5})?$", description: "The UDP media port range configured on the SBCs (`6000-9999`), which the rules must open to every Direct Routing network." }
      },
      additionalProperties: false
    },
    messages: {
      mediaPortsClosed: "the rules of {{set}} leave UDP {{ports}} of the SBC's media range {{range}} closed to {{network}}; Microsoft's media processors send media there",
      mediaClosed: "no inbound rule of {{set}} allows UDP media from {{missing}} to the Direct Routing SBC; Microsoft's media processors send from {{ranges}} (UDP {{processorPorts}}) to the SBC's media ports"
    },
    examples: {
      language: "hcl",
      invalid: 'resource "aws_security_group" "sbc" {\n  name = "teams-sbc"\n  ingress {\n    from_port   = 5061\n    to_port     = 5061\n    protocol    = "tcp"\n    cidr_blocks = ["52.112.0.0/14", "52.122.0.0/15"]\n  }\n}',
      valid: 'resource "aws_security_group" "sbc" {\n  name = "teams-sbc"\n  ingress {\n    from_port   = 5061\n    to_port     = 5061\n    protocol    = "tcp"\n    cidr_blocks = ["52.112.0.0/14", "52.122.0.0/15"]\n  }\n  ingress {\n    from_port   = 20000\n    to_port     = 29999\n    protocol    = "udp"\n    cidr_blocks = ["52.112.0.0/14", "52.122.0.0/15"]\n  }\n}'
    }
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => isCloudSet(set) && sbcEvidence(set) !== void 0),
  check({ estate, options, report, notChecked }) {
    for (const set of estate.firewallRuleSets) {
      if (!isCloudSet(set) || sbcEvidence(set) === void 0) continue;
      const inbound = set.rules.filter((r) => r.enabled && r.direction.value === "inbound");
      if (inbound.length === 0) continue;
      if ((set.unreadRules?.length ?? 0) > 0) {
        notChecked(set, `rules of ${set.name} could not be read, so whether Microsoft's media processors reach the SBC was not checked`);
        continue;
      }
      const cloud = options.cloud ?? cloudOfSipRules(set) ?? "worldwide";
      const media = directRoutingSet(cloud);
      if (media === void 0) {
        notChecked(set, `uclint knows no Direct Routing media ranges for ${M365_CLOUDS[cloud].title}, so the media rules of ${set.name} were not checked`);
        continue;
      }
      const udp = inbound.filter((r) => r.action.value === "allow" && (r.protocol.value === "udp" || r.protocol.value === "any") && r.localPorts.length > 0);
      const allowed = AddressSet.of(udp.flatMap((r) => r.remoteAddresses.flatMap((a) => a.ranges)));
      const missing = media.difference(allowed);
      const ranges = DIRECT_ROUTING[cloud].ranges.join(", ");
      if (!missing.isEmpty()) {
        report({ node: set, messageId: "mediaClosed", data: { set: set.name, missing: missing.ranges().map(rangeText).join(", "), ranges, processorPorts: MEDIA_PROCESSOR_PORTS.map((p) => `${p.first}-${p.last}`).join(", ") } });
        continue;
      }
      if (options.mediaPorts !== void 0) {
        const [first, last = first] = options.mediaPorts.split("-").map(Number);
        for (const network of media.ranges()) {
          const open = udp.filter((r) => r.remoteAddresses.some((a) => a.any || AddressSet.of(a.ranges).contains(network))).flatMap((r) => r.localPorts);
          const closed = closedPorts(open, first, last);
          if (closed.length > 0) report({ node: set, messageId: "mediaPortsClosed", data: { set: set.name, ports: closed.join(", "), range: options.mediaPorts, network: rangeText(network) } });
        }
        continue;
      }
      const ports = [...new Set(udp.filter((r) => r.remoteAddresses.some((a) => a.ranges.some((range) => media.overlaps(range)))).flatMap((r) => r.localPorts.map((p) => p.any ? "any port" : p.first === p.last ? String(p.first) : `${p.first}-${p.last}`)))];
      notChecked(set, `the SBC's media port range is defined on the SBC, not in these files: the ports ${set.name} opens to Microsoft's media processors (UDP ${ports.join(", ")}) were not checked against it`);
    }
  }
});
function closedPorts(open, first, last) {
  const out = [];
  let next = first;
  for (const p of [...open].sort((a, b) => a.first - b.first)) {
    if (p.last < next) continue;
    if (p.first > last) break;
    if (p.first > next) out.push(next === p.first - 1 ? String(next) : `${next}-${p.first - 1}`);
    next = Math.max(next, p.last + 1);
  }
  if (next <= last) out.push(next === last ? String(next) : `${next}-${last}`);
  return out;
}
function isCloudSet(set) {
  return set.source === "azure-nsg" || set.source === "aws-security-group";
}
function cloudOfSipRules(set) {
  const evidence = sbcEvidence(set);
  if (evidence?.how !== "sip-from-microsoft") return void 0;
  const sources = AddressSet.of(set.rules.filter((r) => r.enabled && r.direction.value === "inbound" && r.protocol.value === "tcp" && r.action.value === "allow").flatMap((r) => r.remoteAddresses.flatMap((a) => a.ranges)));
  const clouds = Object.keys(DIRECT_ROUTING).filter((cloud) => {
    const ranges = directRoutingSet(cloud);
    return ranges !== void 0 && !sources.intersection(ranges).isEmpty();
  });
  return clouds.length === 1 ? clouds[0] : void 0;
}

// rules/teams/direct-routing-sbc.ts
var PORT_5061_CLOUDS = /* @__PURE__ */ new Set(["gcc-high", "dod"]);
var MAX_NEARBY_CERTIFICATES = 5;
var direct_routing_sbc_default = defineRule({
  id: "teams/direct-routing-sbc",
  meta: {
    description: "A Direct Routing SBC has an FQDN in a tenant domain, a public address in external DNS, and a public-CA certificate naming it (and SIP/TLS on 5061 in GCC High and DoD)",
    rationale: [
      "Teams Direct Routing pairs a session border controller with the Microsoft 365 tenant by its FQDN, and",
      "the SIP proxies of Microsoft 365 connect to that FQDN over SIP/TLS. The pairing and every call fail",
      "unless:",
      "",
      "- the FQDN lies directly under a domain registered in the tenant (`sbc1.contoso.com` for `contoso.com`;",
      "  `sbc1.eu.contoso.com` needs `eu.contoso.com` registered itself), and never under the tenant's",
      "  default `*.onmicrosoft.com` domain;",
      "- public DNS resolves it to a public address (A or AAAA in the external view);",
      "- the certificate the SBC presents names the FQDN in its SANs, exactly or by a single-label wildcard",
      "  (`*.contoso.com` covers `sbc1.contoso.com`, not `sbc1.eu.contoso.com`), and comes from a public CA",
      "  Microsoft trusts;",
      "- the SIP proxies connect to the SIP/TLS port defined on the SBC (topology `sbcs[].port`, 5061 when",
      "  absent): any port in worldwide and GCC tenants, 5061 only in GCC High and DoD (the `cloud` option says",
      "  which cloud the tenant is in, default worldwide). The `ports` option restricts the accepted ports",
      "  further where a deployment wants that.",
      "",
      "Microsoft's certificate requirements for the SBC are written for RSA keys of 2048 bits or more and",
      "name no other key type, so an EC or EdDSA key is a warning: it may fail the TLS handshake with the",
      "SIP proxies.",
      "",
      "SBCs come from the topology (`sbcs`). Tenant domains are the SIP domains (config `settings.sipDomains`,",
      "the topology's `sipDomains`, or the `_sip*` SRV owners) and the topology's `tenantDomains`. Of the",
      "certificates in the estate that name the FQDN (in a SAN, exactly or by wildcard, or as the CN of a certificate",
      "without SANs), the rule judges one: those whose `usedBy` names the SBC",
      "first, then those without `usedBy`, then other hosts'; in each, an exact SAN before a wildcard.",
      "When nothing says whether its issuer is public (a committed file without a manifest entry stating",
      "`issuer`), the finding is a warning; with no certificate in the estate at all, the rule says once that it",
      "could not check them. Expiry and RSA key size are x509/expiry's and x509/key-size's",
      "findings, for every certificate, so this rule does not repeat them. Without zones of the external view,",
      "or without any known tenant domain, the rule says once what it could not check.",
      "",
      "**Fix:** name the SBC under a registered tenant domain (not onmicrosoft.com), publish its public",
      "address in external DNS, and install a public-CA certificate with an RSA key that names the FQDN (in GCC",
      "High and DoD, listen for SIP/TLS on 5061)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["teams"],
    citations: [
      { source: "Plan Direct Routing", section: "SBC domain names; Public trusted certificate for the SBC; SIP Signaling: Ports (defined on the SBC; 5061 in GCC High and DoD)" },
      { source: "Connect your Session Border Controller (SBC) to Direct Routing" },
      { source: "RFC 6125", section: "6.4.3 (Checking of wildcard certificates)" }
    ],
    options: {
      type: "object",
      properties: {
        cloud: { enum: [...M365_CLOUD_NAMES], default: DEFAULT_M365_CLOUD, description: "The Microsoft 365 cloud the tenant is in (GCC uses worldwide): GCC High and DoD require SIP/TLS on 5061." },
        ports: {
          type: "array",
          items: { type: "integer", minimum: 1, maximum: 65535 },
          minItems: 1,
          uniqueItems: true,
          description: "SIP/TLS ports an SBC may listen on, where a deployment restricts them (default: any port, 5061 only in GCC High and DoD)."
        }
      },
      additionalProperties: false
    },
    messages: {
      onmicrosoftDomain: "SBC {{fqdn}} is under {{domain}}, the tenant's default domain; Direct Routing does not pair an SBC named under *.onmicrosoft.com",
      notInTenantDomain: "SBC {{fqdn}} is not directly under a tenant domain: {{domain}} is not among the known tenant domains ({{known}}); register {{domain}} in the tenant, or name the SBC under one of them",
      noExternalAddress: "SBC {{fqdn}} has no A or AAAA record in the external view ({{detail}}); the Microsoft 365 SIP proxies cannot reach it",
      privateAddressOnly: "SBC {{fqdn}} resolves in the external view only to non-public addresses: {{addresses}}; the Microsoft 365 SIP proxies cannot reach it",
      noCertificate: "no certificate in the estate names SBC {{fqdn}} (in its SANs, exactly or by a single-label wildcard, or as the CN of a certificate without SANs); Direct Routing refuses its TLS connection",
      certificateLacksName: "certificate {{certificate}}, used by SBC {{fqdn}}, does not name it in its SANs ({{sans}}); Direct Routing refuses its TLS connection",
      privateCa: "certificate {{certificate}} of SBC {{fqdn}} is issued by {{issuer}}, not a public CA; Direct Routing accepts only certificates from public CAs",
      unknownCa: "whether the issuer of certificate {{certificate}} of SBC {{fqdn}} ({{issuer}}) is a public CA is not known; Direct Routing accepts only public CAs: state `issuer: public` in a Certificates manifest entry",
      nonRsaKey: "certificate {{certificate}} of SBC {{fqdn}} has a non-RSA key ({{algorithm}}); Direct Routing's certificate requirements name RSA keys only",
      port: "SBC {{fqdn}} listens for SIP/TLS on port {{port}}, not {{expected}} ({{why}})"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Topology\nsipDomains: [contoso.com]\nsbcs:\n  - { fqdn: sbc1.contoso.onmicrosoft.com, port: 5067 }",
      valid: "apiVersion: uclint/v1\nkind: Topology\nsipDomains: [contoso.com]\nsbcs:\n  - { fqdn: sbc1.contoso.com, port: 5067 }"
    }
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.sbcs.length > 0),
  check({ estate, options, report, notChecked }) {
    const sbcs = estate.topologies.flatMap((t) => t.sbcs);
    const names2 = sbcs.map((s) => s.fqdn.value).join(", ");
    const tenantDomains = estate.tenantDomains();
    if (tenantDomains.size === 0) {
      notChecked(sbcs[0], `no tenant or SIP domain is known (topology sipDomains or tenantDomains, settings.sipDomains), so whether ${names2} lie under a tenant domain was not judged`);
    }
    const externalView = estate.zones.some((z) => z.view === "external");
    if (!externalView) {
      notChecked(sbcs[0], `no zone of the external view is in the estate, so the public address records of ${names2} were not checked`);
    }
    const anyCertificate = estate.certificates.some(isLeafCertificate);
    if (!anyCertificate) {
      notChecked(sbcs[0], `no certificate is in the estate, so the certificates of ${names2} were not checked`);
    }
    const cloud = options.cloud ?? DEFAULT_M365_CLOUD;
    const allowed = options.ports ? { ports: options.ports, why: "the ports option allows these" } : PORT_5061_CLOUDS.has(cloud) ? { ports: [5061], why: `${M365_CLOUDS[cloud].title} requires 5061` } : void 0;
    for (const sbc of sbcs) {
      const fqdn = hostName(sbc.fqdn.value);
      checkDomain(sbc, fqdn);
      if (allowed && sbc.port && !allowed.ports.includes(sbc.port.value)) {
        report({ node: sbc.port, messageId: "port", data: { fqdn, port: sbc.port.value, expected: allowed.ports.join(" or "), why: allowed.why } });
      }
      if (externalView) checkAddress(sbc, fqdn);
      if (anyCertificate) checkCertificate(sbc, fqdn);
    }
    function checkDomain(sbc, fqdn) {
      const name = canonicalName(fqdn);
      if (isAtOrBelow(name, "onmicrosoft.com.")) {
        const tenantDomain = name === "onmicrosoft.com." ? name : defaultDomainOf(name);
        report({ node: sbc.fqdn, messageId: "onmicrosoftDomain", data: { fqdn, domain: displayName(tenantDomain) } });
        return;
      }
      if (tenantDomains.size === 0) return;
      const domain = parentName(name);
      if (tenantDomains.has(domain)) return;
      const known = [...tenantDomains].map(displayName).sort();
      const above = estate.topologies.flatMap((t) => [...t.sipDomains, ...t.tenantDomains]).filter((d) => isAtOrBelow(domain, canonicalName(d.value)));
      report({
        node: sbc.fqdn,
        messageId: "notInTenantDomain",
        data: { fqdn, domain: displayName(domain), known: known.join(", ") },
        related: above.map((d) => ({ node: d, message: `${d.value} is a tenant domain, but its subdomain ${displayName(domain)} must be registered itself` }))
      });
    }
    function checkAddress(sbc, fqdn) {
      const external = estate.resolve(fqdn, { view: "external" });
      if (external.outcome === "outside") {
        notChecked(sbc.fqdn, `no zone of the external view holds ${displayName(external.finalName)}, so the public address of SBC ${fqdn} was not checked`);
        return;
      }
      if (external.outcome === "unread") {
        notChecked(sbc.fqdn, `the records of ${displayName(external.finalName)} in the external view could not be read, so the public address of SBC ${fqdn} was not checked`);
        return;
      }
      const related = external.chain.map((c) => ({ node: c, message: `${displayName(c.name)} is an alias of ${displayName(c.data.target)}` }));
      if (external.addresses.length > 0) {
        if (external.addresses.some((a) => nonPublicRangeOf(a.data.address) === void 0)) return;
        const [first, ...others] = external.addresses;
        report({
          node: first,
          messageId: "privateAddressOnly",
          data: { fqdn, addresses: external.addresses.map((a) => describeNonPublic(a.data.address)).join(", ") },
          related: [{ node: sbc.fqdn, message: `SBC ${fqdn} in the topology` }, ...related, ...others.map((a) => ({ node: a, message: `${a.type} ${a.data.address}` }))]
        });
        return;
      }
      const internal = estate.resolve(fqdn, { view: "internal" }).addresses;
      const detail = external.outcome === "loop" ? "its CNAME chain loops" : internal.length > 0 ? `only the internal view has it: ${internal.map((a) => a.data.address).join(", ")}` : `it has none in any view`;
      const zones = estate.zonesFor(external.finalName, { view: "external" });
      report({
        node: sbc.fqdn,
        messageId: "noExternalAddress",
        data: { fqdn, detail },
        related: [...related, ...zones.map((z) => ({ node: z, message: `the external zone ${displayName(z.origin)} holds no address for ${displayName(external.finalName)}` })), ...internal.map((a) => ({ node: a, message: `internal ${a.type} ${a.data.address}` }))]
      });
    }
    function checkCertificate(sbc, fqdn) {
      const assigned = [];
      let judged;
      for (const certificate2 of estate.certificates) {
        if (!isLeafCertificate(certificate2)) continue;
        const used = certificate2.usedBy.includes(fqdn);
        if (used) assigned.push(certificate2);
        const san = sanCovering(certificate2, fqdn);
        if (san === void 0) continue;
        const rank = (used ? 0 : certificate2.usedBy.length === 0 ? 2 : 4) + (san.includes("*") ? 1 : 0);
        if (judged === void 0 || rank < judged.rank) judged = { certificate: certificate2, rank };
      }
      if (judged === void 0) {
        reportUncovered(sbc, fqdn, assigned);
        return;
      }
      const { certificate } = judged;
      const data = { certificate: certificate.name, fqdn };
      const related = [{ node: sbc.fqdn, message: `SBC ${fqdn} in the topology` }];
      const kind = issuerKindOf(certificate);
      if (kind === "private") {
        report({ node: certificateField(certificate, "issuerKind"), messageId: "privateCa", data: { ...data, issuer: issuerInWords(certificate) }, related });
      } else if (kind === void 0) {
        report({ node: certificateField(certificate, "issuer"), messageId: "unknownCa", severity: "warning", data: { ...data, issuer: certificate.issuer ?? "issuer not named" }, related });
      }
      const algorithm = certificate.key?.algorithm;
      if (algorithm !== void 0 && algorithm !== "rsa" && algorithm !== "rsa-pss") {
        report({ node: certificateField(certificate, "key"), messageId: "nonRsaKey", severity: "warning", data: { ...data, algorithm: keyInWords(certificate) }, related });
      }
    }
    function reportUncovered(sbc, fqdn, assigned) {
      const stated = assigned.filter((c) => c.sans !== void 0);
      for (const certificate of assigned) {
        if (certificate.sans === void 0) notChecked(certificate, `certificate ${certificate.name} of SBC ${fqdn} states no SANs, so whether it names the SBC was not checked`);
      }
      for (const certificate of stated) {
        const sans = certificate.sans?.dns.join(", ") || "no DNS names";
        report({ node: certificateField(certificate, "sans"), messageId: "certificateLacksName", data: { certificate: certificate.name, fqdn, sans }, related: [{ node: sbc.fqdn, message: `SBC ${fqdn} in the topology` }] });
      }
      if (assigned.length > 0) return;
      report({ node: sbc.fqdn, messageId: "noCertificate", data: { fqdn }, related: nearbyCertificates(estate, fqdn) });
    }
  }
});
function defaultDomainOf(name) {
  let domain = name;
  for (let parent = parentName(domain); parent !== void 0 && parent !== "onmicrosoft.com."; parent = parentName(parent)) domain = parent;
  return domain;
}
function describeNonPublic(address) {
  const range = nonPublicRangeOf(address);
  return range ? `${address} (${range.kind}, ${range.reference})` : address;
}
function keyInWords(certificate) {
  const key = certificate.key;
  if (!key) return "unknown";
  const names2 = { ec: "EC", ed25519: "Ed25519", ed448: "Ed448", dsa: "DSA" };
  const name = names2[key.algorithm] ?? key.algorithm;
  return key.curve ? `${name} (${key.curve})` : name;
}
function nearbyCertificates(estate, fqdn) {
  const domain = parentName(canonicalName(fqdn));
  const found = [];
  for (const certificate of estate.certificates) {
    if (found.length === MAX_NEARBY_CERTIFICATES) break;
    const near = (certificate.sans?.dns ?? []).filter((san) => {
      if (presentedNameMatches(san, fqdn)) return false;
      const base = canonicalName(san.replace(/^\*\./, ""));
      return parentName(base) !== "." && (isAtOrBelow(base, domain) || isAtOrBelow(domain, base));
    });
    if (near.length > 0) found.push({ node: certificateField(certificate, "sans"), message: `certificate ${certificate.name} names ${near.join(", ")}` });
  }
  return found;
}

// rules/teams/hybrid-consistency.ts
var hybrid_consistency_default = defineRule({
  id: "teams/hybrid-consistency",
  meta: {
    description: "A SIP domain points all its discovery records either to Microsoft 365 or on-premises, never some each way",
    rationale: [
      "Clients, federation partners and Microsoft 365 itself find where a SIP domain is served from its discovery",
      "records. In a hybrid (split-domain) deployment every external record points on-premises, and Microsoft 365",
      "reaches online users through federation with the on-premises Edge; once the migration is complete, every",
      "record points to Microsoft 365 and the internal Skype for Business records are removed. A domain with some",
      "records online and others on-premises is a migration left half done: clients sign in to one side while",
      "partners federate with the other, and Microsoft 365 reads `lyncdiscover` to decide whether the tenant still",
      "has servers on-premises.",
      "",
      "Records judged: `lyncdiscover`, `_sip._tls`, `_sipfederationtls._tcp` and `sip` in the external view (in",
      "an estate whose zones mark no view, in those zones), and `lyncdiscoverinternal`, `_sipinternaltls._tcp`",
      "and split-brain copies of the external names in the internal view. A record points online when its target,",
      "or a name its CNAME chain inside the estate reaches, is a Microsoft 365 service host (any cloud); any other",
      "target is on-premises. An address record (`sip IN A ...`), an SRV target `.` and a target that does not",
      "exist in the estate's zone (a Microsoft 365 host written without its final dot, dns/dangling-target's",
      "finding) point neither way.",
      "",
      "Each record that goes against the domain's direction is reported once, naming the records that point the",
      "other way (also given as related locations). The direction is the deployment's product when it says",
      "(`teams`: online; Lync or Skype for Business Server: on-premises), else the majority of the records; on a",
      "tie, the first of `lyncdiscover`, `_sip._tls`, `_sipfederationtls._tcp`, `sip` (external, then internal)",
      "that points somewhere decides. teams/online-records does not judge the records reported here, and leaves a",
      "split domain whose direction is on-premises to this rule entirely, so one record is never reported twice.",
      "Zones of unknown view in an estate with views are not judged (an info finding says so). A record that two",
      "declarations of DNS as code give with different values (two Terraform resources, two tools) points",
      "nowhere known, since the last applied wins: that is dns/record-set-conflict's finding.",
      "",
      "**Fix:** point the reported records the same way as the others, or, if the domain has moved, the others",
      "the same way as these; remove the internal Skype for Business records of a domain that is wholly online."
    ].join("\n"),
    severity: "error",
    recommended: true,
    // A migration to Microsoft 365 starts from Lync Server 2010 or later, so their presets look for a half-moved domain too.
    families: ["lync", "teams"],
    citations: [
      { source: "MicrosoftDocs OfficeDocs-SkypeForBusiness, plan-hybrid-connectivity.md", section: "DNS settings (all external records point on-premises in hybrid)" },
      {
        source: "MicrosoftDocs OfficeDocs-SkypeForBusiness, cloud-consolidation-disabling-hybrid.md",
        section: "Update DNS to point to Microsoft 365; remove the internal Skype for Business records"
      },
      { source: "MicrosoftDocs OfficeDocs-SkypeForBusiness, configure-hybrid-connectivity.md", section: "DNS implications for on-premises organizations that become hybrid (LyncDiscover)" },
      { source: "MicrosoftDocs microsoft-365-docs, create-dns-records-at-any-dns-hosting-provider.md", section: "These records do not apply to hybrid deployments" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      splitDomain: "{{name}} points {{direction}} ({{target}}), while {{others}} {{verb}} {{otherDirection}}: {{domain}} must not be split between Microsoft 365 and on-premises servers ({{reason}})"
    },
    examples: {
      invalid: [
        "; uclint-view: external",
        "$ORIGIN contoso.com.",
        "_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.",
        "sip IN CNAME sipdir.online.lync.com.",
        "lyncdiscover IN CNAME webdir.online.lync.com.",
        "_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com."
      ].join("\n"),
      valid: [
        "; uclint-view: external",
        "$ORIGIN contoso.com.",
        "_sip._tls IN SRV 0 0 443 access.contoso.com.",
        "_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com.",
        "sip IN CNAME access.contoso.com.",
        "lyncdiscover IN CNAME proxy.contoso.com."
      ].join("\n")
    }
  },
  appliesTo: (estate) => estate.zones.length > 0,
  check({ estate, report, notChecked }) {
    for (const domain of m365DomainsToJudge(estate)) {
      for (const zone of unjudgedZonesOf(estate, domain)) {
        notChecked(zone, "the zone's view (internal or external) is unknown, so whether its SIP discovery records agree was not judged");
      }
      if (!mayPointOnline(estate, domain)) continue;
      const { reference, records, disagreeing } = discoveryOf(estate, domain);
      if (!reference) continue;
      const agreeing = records.filter((r) => r.direction === reference.direction);
      const otherNames = [...new Set(agreeing.map(discoveryName))];
      const others = listOf(otherNames);
      const verb = otherNames.length === 1 ? "points" : "point";
      for (const wrong of disagreeing) {
        report({
          node: wrong.record,
          messageId: "splitDomain",
          data: {
            name: discoveryName(wrong),
            direction: directionPhrase(wrong.direction ?? reference.direction),
            target: wrong.target,
            others,
            verb,
            otherDirection: directionPhrase(reference.direction),
            domain: displayName(domain),
            reason: reference.reason
          },
          related: agreeing.map((r) => ({ node: r.record, message: `${discoveryName(r)} points ${directionPhrase(reference.direction)} (${r.target})` }))
        });
      }
    }
  }
});

// src/estate/misplaced.ts
function hasMisplacedServiceRecord(estate, name, view) {
  const [service, protocol, ...rest] = labelsOf(name);
  if (service === void 0 || protocol === void 0 || !service.startsWith("_") || !protocol.startsWith("_")) return false;
  const domain = rest.length === 0 ? "." : `${rest.join(".")}.`;
  const filter = { view };
  const joined = `${service}${protocol}.${domain}`;
  if (estate.hasName(joined, filter) || estate.hasUnreadRecords(joined, filter)) return true;
  if (estate.recordsAt(`${service}.${domain}`, "SRV", filter).length > 0) return true;
  const labels = `${service}.${protocol}`;
  return estate.recordsAt(domain, "SRV", filter).some((record) => srvLabelsForPort(record.data.port, view) === labels);
}

// rules/teams/online-records.ts
var online_records_default = defineRule({
  id: "teams/online-records",
  meta: {
    description: "A SIP domain served by Microsoft 365 publishes its four records with exactly the values of its cloud",
    rationale: [
      "For a custom domain served by Microsoft 365 (Teams, Skype for Business Online), Microsoft lists exactly",
      "four external records: `_sip._tls` SRV 100 1 443 to `sipdir.online.lync.com`, `_sipfederationtls._tcp`",
      "SRV 100 1 5061 to `sipfed.online.lync.com`, `sip` CNAME to `sipdir.online.lync.com` and `lyncdiscover`",
      "CNAME to `webdir.online.lync.com`. Sovereign clouds (GCC High, DoD, 21Vianet, Deutschland) use their own",
      "targets: choose one with the `cloud` option. A missing or wrong federation record breaks federation with",
      "other organisations; wrong client records break sign-in of Skype for Business clients and phones. Each",
      "finding quotes the record to publish as a zone-file line.",
      "",
      "The domains judged are those in the `domains` option; else, when the deployment's product is `teams`,",
      "every SIP domain; else each domain whose external `_sip._tls`, `_sipfederationtls._tcp`, `sip` or",
      "`lyncdiscover` points at a Microsoft 365 service host (and then the rest must be right too). Without",
      "configured SIP domains, a domain that publishes only a `sip` or `lyncdiscover` CNAME to Microsoft 365",
      "counts as a SIP domain.",
      "",
      "A domain that points some records online and others on-premises is teams/hybrid-consistency's: it reports",
      "the records that go against the domain's direction, and this rule does not judge those records again.",
      "When that direction is on-premises (the product is Lync or Skype for Business Server, or most records",
      "point there), this rule leaves the domain alone; when it is online, this rule judges the records that",
      "point online and reports the missing ones. An address record at `sip` or `lyncdiscover` points nowhere in",
      "particular, so it is this rule's finding (a CNAME is needed), not a split. A record whose target does not",
      "exist in the estate's zone (`sipfed.online.lync.com` written without its final dot, which the zone's origin",
      "completes) is dns/dangling-target's finding, not judged here, and points neither way.",
      "",
      "Microsoft lists the SRV records with priority 100 and weight 1. Priority and weight only order the records",
      "of one set (RFC 2782), so in a set of one record other values (`0 0`) change nothing: an info finding",
      "notes the difference, never an error. Target, port and the record name are what clients depend on.",
      "",
      "Records are read in the external view, or, in an estate whose zones mark no view at all, in those zones.",
      "Zones of unknown view in an estate with views are not judged (an info finding says so).",
      "",
      "Microsoft's pages for GCC High and DoD now list only `_sipfederationtls._tcp` for Teams: the `records:",
      "federation` option requires only that record (the others, where published, must still be right).",
      "",
      "**Fix:** publish the record the finding quotes, in the domain's external zone."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["teams"],
    citations: [
      {
        source: "MicrosoftDocs microsoft-365-docs, create-dns-records-at-any-dns-hosting-provider.md",
        section: "Add three CNAME records; Add two SRV records (worldwide, 21Vianet, Germany)"
      },
      { source: "MicrosoftDocs microsoft-365-docs, dns-records-for-office-365-gcc-high.md and dns-records-for-office-365-dod.md", section: "External DNS records required for Teams" },
      { source: "RFC 2782", section: "Priority and Weight (they order the records of one set)" },
      {
        source: "MicrosoftDocs OfficeDocs-SkypeForBusiness, cloud-consolidation-disabling-hybrid.md",
        section: "Disable hybrid to complete migration to the cloud: update DNS to point to Microsoft 365"
      }
    ],
    options: {
      type: "object",
      properties: {
        cloud: { enum: [...M365_CLOUD_NAMES], default: DEFAULT_M365_CLOUD, description: "The Microsoft 365 cloud the tenant is in (GCC uses worldwide); it decides the targets." },
        domains: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: true,
          description: "The SIP domains Microsoft 365 serves. Default: every SIP domain when settings.product is teams, else the domains with a record pointing at Microsoft 365."
        },
        records: {
          enum: ["all", "federation"],
          default: "all",
          description: "Records that must exist: all four, or only _sipfederationtls._tcp (the GCC High and DoD pages list only that one)."
        }
      },
      additionalProperties: false
    },
    messages: {
      missing: "{{domain}} is served by {{cloud}} but has no {{name}} record {{where}}; expected: {{expected}}",
      wrongSrv: "SRV {{name}} {{actual}} has the wrong {{fields}} for {{cloud}}; expected: {{expected}}",
      otherPriority: "SRV {{name}} has priority and weight {{actual}} where {{cloud}} lists {{listed}}; in a set of one record they change nothing (RFC 2782); listed: {{expected}}",
      wrongCname: "CNAME {{name}} points at {{target}}, not at the {{cloud}} host; expected: {{expected}}",
      otherCloud: "{{name}} points at {{target}}, a host of {{otherCloud}}, not of {{cloud}} (if the tenant is in {{otherCloud}}, set the cloud option); expected: {{expected}}",
      wrongType: "{{name}} has record type {{type}} where Microsoft 365 needs {{expectedType}}; expected: {{expected}}"
    },
    examples: {
      invalid: [
        "$ORIGIN fabrikam.com.",
        "@ IN SOA ns1 hostmaster 1 3600 600 86400 300",
        "_sip._tls IN SRV 100 1 5061 sipdir.online.lync.com.",
        "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.",
        "sip IN A 52.112.1.1"
      ].join("\n"),
      valid: [
        "$ORIGIN fabrikam.com.",
        "@ IN SOA ns1 hostmaster 1 3600 600 86400 300",
        "_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.",
        "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.",
        "sip IN CNAME sipdir.online.lync.com.",
        "lyncdiscover IN CNAME webdir.online.lync.com."
      ].join("\n")
    }
  },
  appliesTo: (estate) => estate.zones.length > 0,
  check({ estate, options, report, notChecked }) {
    const cloud = options?.cloud ?? DEFAULT_M365_CLOUD;
    const cloudTitle = M365_CLOUDS[cloud].title;
    const expectedRecords = m365DiscoveryRecords(cloud);
    const required = new Set(options?.records === "federation" ? ["_sipfederationtls._tcp"] : expectedRecords.map((e) => e.label));
    const view = publicViewOf(estate);
    const where = view === "external" ? "in the external view" : "in its zone";
    const configured = options?.domains !== void 0;
    const everyDomain = configured || estate.product() === "teams";
    const domains = configured ? [...new Set(options.domains.map(canonicalName))].sort() : everyDomain ? m365CandidateDomains(estate) : m365DomainsToJudge(estate);
    for (const domain of domains) {
      for (const other of unjudgedZonesOf(estate, domain)) {
        notChecked(other, "the zone's view (internal or external) is unknown, so its Microsoft 365 records were not judged");
      }
      if (!everyDomain && !mayPointOnline(estate, domain)) continue;
      const discovery = discoveryOf(estate, domain);
      if (!everyDomain && !discovery.records.some((r) => r.record.zone.view === view && r.direction === "online")) continue;
      const zone = [...estate.zonesFor(domain, { view })].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)[0];
      if (!zone) continue;
      if (discovery.reference?.direction === "on-premises") continue;
      const names2 = expectedRecords.map((e) => canonicalName(`${e.label}.${domain}`));
      expectedRecords.forEach((expected, i) => {
        const name = names2[i];
        const expectedLine = zoneLine(name, expected);
        const data = { name: displayName(name), cloud: cloudTitle, expected: expectedLine };
        const present = estate.recordsAt(name, void 0, { view });
        if (present.length === 0) {
          if (estate.hasUnreadRecords(name, { view }) || hasMisplacedServiceRecord(estate, name, view)) return;
          if (required.has(expected.label)) {
            report({ node: missingRecordAnchor(estate, zone, domain, names2), messageId: "missing", data: { ...data, domain: displayName(domain), where } });
          }
          return;
        }
        const ofType = present.filter((r) => r.type === expected.type);
        if (ofType.length === 0) {
          report({ node: present[0], messageId: "wrongType", data: { ...data, type: present[0].type, expectedType: expected.type } });
          return;
        }
        for (const record of ofType) {
          const target = record.data.target;
          if (!isDisagreeing(discovery, record) && !danglingTargetZone(estate, record, target)) judgeRecord(record, expected, cloud, data, report, ofType.length === 1);
        }
      });
    }
  }
});
function judgeRecord(record, expected, cloud, data, report, aloneInSet) {
  const target = record.data.target;
  const otherCloud = m365CloudOf(target);
  if (otherCloud !== void 0 && otherCloud !== cloud) {
    report({ node: record, messageId: "otherCloud", data: { ...data, target: displayName(target), otherCloud: M365_CLOUDS[otherCloud].title } });
    return;
  }
  const targetRight = target === canonicalName(expected.target);
  if (expected.type === "CNAME") {
    if (!targetRight) report({ node: record, messageId: "wrongCname", data: { ...data, target: displayName(target) } });
    return;
  }
  const srv = record.data;
  const fields2 = [srv.port !== expected.port ? "port" : void 0, targetRight ? void 0 : "target"].filter((f) => f !== void 0);
  if (fields2.length > 0) {
    const actual = `${srv.priority} ${srv.weight} ${srv.port} ${displayName(srv.target)}`;
    report({ node: record, messageId: "wrongSrv", data: { ...data, actual, fields: listOf(fields2) } });
  } else if (aloneInSet && (srv.priority !== expected.priority || srv.weight !== expected.weight)) {
    report({ node: record, messageId: "otherPriority", severity: "info", data: { ...data, actual: `${srv.priority} ${srv.weight}`, listed: `${expected.priority} ${expected.weight}` } });
  }
}
function zoneLine(name, expected) {
  const target = canonicalName(expected.target);
  return expected.type === "SRV" ? `${name} IN SRV ${expected.priority} ${expected.weight} ${expected.port} ${target}` : `${name} IN CNAME ${target}`;
}

// rules/teams/sbc-management-exposure.ts
var MANAGEMENT_PORTS = [
  { protocol: "tcp", port: 22, what: "SSH" },
  { protocol: "tcp", port: 23, what: "Telnet" },
  { protocol: "tcp", port: 80, what: "the web interface (HTTP)" },
  { protocol: "tcp", port: 443, what: "the web interface (HTTPS)" },
  { protocol: "tcp", port: 2024, what: "the Ribbon SBC CLI (SSH)" },
  { protocol: "tcp", port: 3389, what: "Remote Desktop" },
  { protocol: "tcp", port: 5985, what: "Windows Remote Management (HTTP)" },
  { protocol: "tcp", port: 5986, what: "Windows Remote Management (HTTPS)" },
  { protocol: "udp", port: 161, what: "SNMP" }
];
var sbc_management_exposure_default = defineRule({
  id: "teams/sbc-management-exposure",
  meta: {
    description: "The management interfaces of a Direct Routing SBC (web UI, SSH, Telnet, RDP, WinRM, SNMP) are not open to any address",
    rationale: [
      "A Direct Routing SBC faces the Internet for SIP and media, which Microsoft's SIP proxies and media",
      "processors need; its management does not. The SBC's web interface (HTTP 80, HTTPS 443), SSH (22, and 2024",
      "for the Ribbon CLI), Telnet (23), SNMP (UDP 161), and on a Windows-hosted SBC Remote Desktop (3389) and",
      "Windows Remote Management (5985, 5986), open to any address or to the `Internet` service tag, invite",
      "password guessing and the exploits published for SBC firmware.",
      "",
      "Checked on each firewall rule set that guards a Direct Routing SBC (see teams/sbc-sip-exposure for how it",
      "is known): an inbound allow rule for these ports from any address, `Internet`, 0.0.0.0/0 or ::/0 is a",
      "finding at its source, unless an earlier deny of everyone on that port decides first. A rule set that",
      "guards a web server opening 443 to the Internet is not an SBC's and is not judged.",
      "",
      "**Fix:** allow management only from the administrators' networks, a jump host or a VPN, or reach it",
      "through Azure Bastion or AWS Systems Manager."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["teams"],
    citations: [
      { source: "Plan Direct Routing", section: "SIP Signaling and Media traffic: what the SBC must accept, and from where" },
      { source: "Network security groups (Azure Virtual Network)", section: "Security rules; Default security rules" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      managementOpen: "rule {{name}} opens {{ports}} ({{what}}) of the Direct Routing SBC to {{source}}; allow management only from the administrators' networks"
    },
    examples: {
      language: "hcl",
      invalid: 'resource "aws_security_group" "sbc" {\n  name = "teams-sbc"\n  ingress {\n    description = "web UI"\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}',
      valid: 'resource "aws_security_group" "sbc" {\n  name = "teams-sbc"\n  ingress {\n    description = "web UI"\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["10.20.0.0/24"]\n  }\n}'
    }
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => sbcEvidence(set) !== void 0),
  check({ estate, report }) {
    for (const set of estate.firewallRuleSets) {
      const evidence = sbcEvidence(set);
      if (!evidence) continue;
      const sipPorts = evidence.sipPorts;
      for (const rule of set.rules) {
        if (!rule.enabled || rule.direction.value !== "inbound" || rule.action.value !== "allow") continue;
        const open = rule.remoteAddresses.filter(openToEveryone);
        if (open.length === 0) continue;
        const hit = MANAGEMENT_PORTS.filter(
          (m) => (rule.protocol.value === "any" || rule.protocol.value === m.protocol) && rule.localPorts.some((p) => p.first <= m.port && m.port <= p.last) && !(m.protocol === "tcp" && sipPorts.some((p) => p.first <= m.port && m.port <= p.last)) && allowInForce(set, rule, [{ first: m.port, last: m.port }])
        );
        if (hit.length === 0) continue;
        const byProtocol = (protocol) => hit.filter((m) => m.protocol === protocol).map((m) => ({ first: m.port, last: m.port }));
        const ports = ["tcp", "udp"].filter((p) => byProtocol(p).length > 0).map((p) => portsText(p, byProtocol(p))).join("; ");
        const what = hit.map((m) => m.what).join(", ");
        for (const address of open) {
          report({ node: address, messageId: "managementOpen", data: { name: rule.name.value, ports, what, source: everyoneText(address, set) } });
        }
      }
    }
  }
});

// rules/teams/sbc-sip-exposure.ts
var DEFAULT_SIP_PORT = 5061;
var KIND_WORDS = {
  optimize: "Teams media for clients (the Microsoft 365 Optimize list), not Direct Routing's SIP proxies",
  "other-microsoft": "Microsoft's, but not Direct Routing's for this cloud"
};
var sbc_sip_exposure_default = defineRule({
  id: "teams/sbc-sip-exposure",
  meta: {
    description: "The SIP signalling port of a Direct Routing SBC is open only to Microsoft's Direct Routing SIP proxies, never to any address",
    rationale: [
      "Microsoft 365's SIP proxies connect to a Direct Routing SBC from a few published networks (worldwide and",
      "GCC: 52.112.0.0/14 and 52.120.0.0/14, of which the Optimize list names 52.122.0.0/15; GCC High:",
      "52.127.88.0/21; DoD: 52.127.64.0/21). A firewall in front",
      "of the SBC that accepts SIP on its signalling port from any address, or from the `Internet` service tag,",
      "exposes the SBC to the SIP scanning and toll fraud that every public SIP port attracts; a list of",
      "Microsoft's ranges that adds others (the Teams client media range 13.107.64.0/18 of earlier Optimize",
      "lists) opens it to addresses that are not Direct Routing's.",
      "",
      "Checked on each firewall rule set that guards a Direct Routing SBC: one that allows TCP inbound from",
      "Microsoft's Direct Routing ranges (the SBC's SIP signalling ports are the ports it opens to them), or whose",
      "name, description, tags or resource address name an SBC (`sbc`, AudioCodes, Mediant, Ribbon, Sonus, anynode,",
      `"direct routing"); for a host firewall script (Windows Firewall on the SBC's host), a rule's name or the`,
      "script's file name. The signalling ports are those TCP ports; without them, the topology's `sbcs[].port`,",
      "else 5061. An inbound TCP allow rule on such a port is a finding for a source that is any address,",
      "`Internet`, 0.0.0.0/0 or ::/0 (unless an earlier deny of everyone on that port decides first), and for a",
      "source in Microsoft's address space but outside Direct Routing's ranges. Other sources (a carrier's SIP",
      "trunk) are not judged. A rule whose sources name Direct Routing's ranges is the SIP list whatever its",
      "ports, so its other Microsoft ranges are findings even where its ports could not be read. The `cloud` option names the tenant's cloud; without it, the ranges of every cloud",
      "are accepted.",
      "",
      "**Fix:** allow the SBC's SIP/TLS port only from the Direct Routing ranges of the tenant's cloud (and the",
      "carriers' addresses the SBC trunks to)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["teams"],
    citations: [
      { source: "Plan Direct Routing", section: "SIP Signaling: FQDNs and IP addresses; SIP Signaling: Ports" },
      { source: "Office 365 URLs and IP address ranges", section: "Microsoft Teams (endpoint set 11: Optimize)" }
    ],
    options: {
      type: "object",
      properties: {
        cloud: { enum: Object.keys(M365_CLOUDS), description: "The Microsoft 365 cloud of the tenant (GCC uses worldwide); without it, the Direct Routing ranges of every cloud are accepted." }
      },
      additionalProperties: false
    },
    messages: {
      openToAll: "rule {{name}} allows SIP signalling ({{ports}}) to the Direct Routing SBC from {{source}}; Direct Routing's SIP proxies connect only from {{ranges}}",
      notDirectRouting: "rule {{name}} allows SIP signalling ({{ports}}) to the Direct Routing SBC from {{source}}, which is {{what}}; Direct Routing's SIP proxies connect from {{ranges}}"
    },
    examples: {
      language: "hcl",
      invalid: 'resource "azurerm_network_security_rule" "sip" {\n  name                        = "sip-tls"\n  network_security_group_name = "nsg-teams-sbc"\n  resource_group_name         = "rg-voice"\n  priority                    = 100\n  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "Tcp"\n  source_port_range           = "*"\n  destination_port_range      = "5061"\n  source_address_prefix       = "Internet"\n  destination_address_prefix  = "*"\n}',
      valid: 'resource "azurerm_network_security_rule" "sip" {\n  name                        = "sip-tls"\n  network_security_group_name = "nsg-teams-sbc"\n  resource_group_name         = "rg-voice"\n  priority                    = 100\n  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "Tcp"\n  source_port_range           = "*"\n  destination_port_range      = "5061"\n  source_address_prefixes     = ["52.112.0.0/14", "52.122.0.0/15"]\n  destination_address_prefix  = "*"\n}'
    }
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => sbcEvidence(set) !== void 0),
  check({ estate, options, report, notChecked }) {
    const accepted = directRoutingSourceSet(options.cloud);
    const sets2 = estate.firewallRuleSets.filter((set) => sbcEvidence(set) !== void 0);
    if (accepted === void 0) {
      notChecked(sets2[0], `uclint knows no Direct Routing ranges for ${M365_CLOUDS[options.cloud].title}, so the sources of SIP signalling to the SBC were not checked`);
      return;
    }
    const ranges = directRoutingText(options.cloud);
    const topologyPorts = estate.topologies.flatMap((t) => t.sbcs.flatMap((s) => s.port ? [s.port.value] : []));
    for (const set of sets2) checkSet(set);
    function checkSet(set) {
      const evidence = sbcEvidence(set);
      const sip = evidence.sipPorts.length > 0 ? evidence.sipPorts.map((p) => ({ first: p.first, last: p.last })) : (topologyPorts.length > 0 ? topologyPorts : [DEFAULT_SIP_PORT]).map((p) => ({ first: p, last: p }));
      const microsoftRules = new Set(sipFromMicrosoftRules(set));
      const said = /* @__PURE__ */ new Set();
      const once = (address, messageId) => {
        const key = `${address.loc.file}:${address.loc.line}:${address.loc.column}:${messageId}`;
        if (said.has(key)) return false;
        said.add(key);
        return true;
      };
      for (const rule of set.rules) {
        if (!rule.enabled || rule.direction.value !== "inbound" || rule.action.value !== "allow") continue;
        if (rule.protocol.value !== "tcp" && rule.protocol.value !== "any") continue;
        const opened = sip.filter((p) => rule.localPorts.some((l) => l.first <= p.last && p.first <= l.last));
        const sipList = microsoftRules.has(rule);
        if (opened.length === 0 && !sipList) continue;
        const ports = opened.length > 0 ? portsText("tcp", opened) : rule.localPorts.length > 0 ? portsText("tcp", rule.localPorts) : "TCP";
        for (const address of rule.remoteAddresses) {
          if (openToEveryone(address)) {
            if (opened.length === 0 || !allowInForce(set, rule, opened) || !once(address, "openToAll")) continue;
            report({ node: address, messageId: "openToAll", data: { name: rule.name.value, ports, source: everyoneText(address, set), ranges } });
            continue;
          }
          const kind = microsoftRangeKind(address, accepted);
          if ((kind === "optimize" || kind === "other-microsoft") && once(address, "notDirectRouting")) {
            report({ node: address, messageId: "notDirectRouting", data: { name: rule.name.value, ports, source: address.text, what: KIND_WORDS[kind], ranges } });
          }
        }
      }
    }
  }
});

// src/estate/m365-optimize.ts
var sets = /* @__PURE__ */ new Map();
function m365OptimizeSet(list) {
  let set = sets.get(list);
  if (set === void 0) {
    set = AddressSet.of(M365_OPTIMIZE_LISTS[list].ranges.flatMap((text2) => {
      const parsed = parseAddressSpec(text2);
      return "ranges" in parsed ? parsed.ranges : [];
    }));
    sets.set(list, set);
  }
  return set;
}

// rules/vpn/m365-optimize-excluded.ts
var m365_optimize_excluded_default = defineRule({
  id: "vpn/m365-optimize-excluded",
  meta: {
    description: "The Microsoft 365 Optimize ranges (Teams media) bypass the VPN tunnel",
    rationale: [
      'Teams media goes to Microsoft 365 relays in a few published "Optimize" ranges (endpoint set 11: UDP',
      "3478-3481). Microsoft asks VPNs to exclude exactly these ranges from the tunnel: they carry the",
      "latency-sensitive traffic, are owned by Microsoft, and the traffic is encrypted. A tunnel that captures",
      "any of them, or any part of one (a route over `2603:1063:200::/39` holds half of `2603:1063::/38`), routes",
      "those Teams calls of remote users through the concentrator. A forced tunnel whose exclusions hold the",
      "Optimize ranges is Microsoft's recommended model and passes.",
      "",
      "Checked when the estate uses Teams (`product: teams` in the config or topology) or the `enabled` option",
      "is set. The ranges are dated data (`src/estate/data/m365-optimize.ts`), generated by `npm run update-data`",
      "from the JSON of Microsoft's endpoints web service (a saved answer or a URL you pass). The newest list",
      "is the default: `52.112.0.0/14`, `52.122.0.0/15` and `2603:1063::/38` (August 2026). The `list` option",
      "selects an older list for profiles written against it: `2023` (mid-2023 to August 2026, with",
      "`13.107.64.0/18` and `2603:1063::/39`) or `before-2023` (with `52.120.0.0/14`).",
      "",
      "**Fix:** exclude the Optimize ranges from the tunnel (routes via the local gateway, or the profile's",
      "exclusion list), and keep them current with Microsoft's endpoints web service."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["teams"],
    presetOptions: { teams: { enabled: true } },
    citations: [
      { source: "Implementing VPN split tunneling for Microsoft 365", section: "Implement VPN split tunneling (Optimize endpoints)" },
      { source: "Microsoft 365 URLs and IP address ranges", section: "Microsoft Teams, endpoint set 11 (Optimize, UDP 3478-3481)" },
      { source: "Office 365 IP Address and URL web service", section: "Endpoints web method" }
    ],
    options: {
      type: "object",
      properties: {
        enabled: { type: "boolean", description: "Check whatever the product (default: only when the estate uses Teams)." },
        list: { enum: Object.keys(M365_OPTIMIZE_LISTS), default: NEWEST_M365_OPTIMIZE_LIST, description: "Which dated list of Optimize ranges to use (default: the newest)." }
      },
      additionalProperties: false
    },
    messages: {
      optimizeInTunnel: "VPN profile {{profile}} routes Microsoft 365 Optimize ranges {{ranges}} (list of {{list}}) into the tunnel; exclude them so Teams media bypasses the VPN"
    }
  },
  appliesTo: (estate) => estate.vpnProfiles.length > 0,
  check({ estate, options, report }) {
    if (!(options.enabled ?? estate.families().has("teams"))) return;
    const list = M365_OPTIMIZE_LISTS[options.list];
    const optimize = m365OptimizeSet(options.list);
    for (const profile of estate.vpnProfiles) {
      const coverage = tunnelCoverageOf(profile);
      const captured = coverage.tunnel.intersection(optimize);
      if (captured.isEmpty()) continue;
      const ranges = captured.ranges();
      report({
        node: coverage.routeFor(ranges[0]) ?? profile.tunnel ?? profile,
        messageId: "optimizeInTunnel",
        data: { profile: profile.name, ranges: ranges.map(rangeText).join(", "), list: list.published }
      });
    }
  }
});

// rules/vpn/split-tunnel.ts
var OPTIMIZE2 = "the Microsoft 365 Optimize ranges";
var UC_ADDRESSES = "the public addresses of the UC service";
var split_tunnel_default = defineRule({
  id: "vpn/split-tunnel",
  meta: {
    description: "A full VPN tunnel of UC clients lets real-time media bypass it: the Optimize ranges (Teams) or the UC service's public addresses (Lync) are excluded",
    rationale: [
      "Audio and video over a VPN tunnel suffer its extra latency, jitter and loss, and every call of a remote",
      "user is hair-pinned through the VPN concentrator and back out, which also loads the concentrator with",
      "traffic it does not need to see. The media is encrypted already (SRTP), so the recommended designs keep",
      "it out of the tunnel:",
      "",
      '- Microsoft 365 / Teams ("Implementing VPN split tunneling for Microsoft 365"): a forced tunnel with a few',
      "  trusted exceptions, the Optimize ranges (see vpn/m365-optimize-excluded). A full tunnel whose",
      "  exclusions hold them is Microsoft's recommended model and passes.",
      '- Lync and Skype for Business Server ("Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel"):',
      "  only corporate networks enter the tunnel, and every public address of the UC service (Edge, reverse",
      "  proxy, simple URLs, Exchange) bypasses it. A full tunnel whose exclusions hold all of those addresses",
      "  passes too (vpn/uc-addresses-excluded lists them).",
      "",
      "A full tunnel is a manifest's `tunnel: full`, a WireGuard peer with `AllowedIPs = 0.0.0.0/0` or `::/0`,",
      "OpenVPN's `redirect-gateway`, Always On VPN's `RoutingPolicyType` `ForceTunnel`, or a Cisco ASA group policy's",
      "`split-tunnel-policy tunnelall` or `excludespecified`; exclusions are the manifest's `exclude`, OpenVPN's",
      "`net_gateway` routes, ProfileXML routes with `ExclusionRoute`, and the ASA's `excludespecified` network list.",
      "The product (`settings.product` or the topology) says which model applies: Teams needs the Optimize",
      "ranges excluded, the Lync family the UC addresses; without a product either passes. Where the Lync",
      "model applies and the estate publishes no public UC address, exclusions cannot be judged, which the",
      "rule says once. The `list` option picks the dated list of Optimize ranges (default: the newest).",
      "",
      "**Fix:** route only corporate networks into the tunnel (split tunnel), or exclude the Optimize ranges",
      "(Teams) or the UC service's public addresses (Lync) from the full tunnel."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel", section: "Create a split tunnel VPN configuration" },
      { source: "Implementing VPN split tunneling for Microsoft 365", section: "Recommended: forced tunnel with a few trusted exceptions (Optimize endpoints)" }
    ],
    options: {
      type: "object",
      properties: {
        list: { enum: Object.keys(M365_OPTIMIZE_LISTS), default: NEWEST_M365_OPTIMIZE_LIST, description: "Which dated list of Optimize ranges a Teams tunnel must exclude (default: the newest)." }
      },
      additionalProperties: false
    },
    messages: {
      fullTunnel: "VPN profile {{profile}} is a full tunnel ({{how}}) that does not exclude {{bypass}}; calls of remote users would go through the tunnel"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: full",
      valid: 'apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: full\nexclude: [52.112.0.0/14, 52.122.0.0/15, "2603:1063::/38"]   # Teams: the Optimize ranges'
    }
  },
  appliesTo: (estate) => estate.vpnProfiles.length > 0,
  check({ estate, options, report, notChecked }) {
    const how = {
      manifest: "tunnel: full",
      wireguard: "AllowedIPs covers every address",
      openvpn: "redirect-gateway",
      "profile-xml": "RoutingPolicyType ForceTunnel",
      "cisco-asa": "split-tunnel-policy tunnelall"
    };
    const product = estate.product();
    const teams = product === "teams";
    const lync = isLyncFamily(product);
    const optimize = m365OptimizeSet(options.list ?? NEWEST_M365_OPTIMIZE_LIST);
    for (const profile of estate.vpnProfiles) {
      if (profile.tunnel?.value !== "full") continue;
      const coverage = tunnelCoverageOf(profile);
      const optimizeBypasses = !lync && coverage.tunnel.intersection(optimize).isEmpty();
      if (optimizeBypasses) continue;
      if (!teams) {
        const addresses = ucPublicAddresses(estate);
        if (addresses.length > 0 && addresses.every((uc) => !coverage.captures(uc.range))) continue;
        if (lync && addresses.length === 0 && profile.exclude.length > 0) {
          notChecked(profile.tunnel, `no public address of the UC service is in the estate, so whether the exclusions of full tunnel ${profile.name} let its media bypass the tunnel was not judged`);
          continue;
        }
      }
      const bypass = teams ? OPTIMIZE2 : lync ? UC_ADDRESSES : `${OPTIMIZE2} or ${UC_ADDRESSES}`;
      report({ node: profile.tunnel, messageId: "fullTunnel", data: { profile: profile.name, how: profile.tunnel.how ?? how[profile.source], bypass } });
    }
  }
});

// rules/vpn/uc-addresses-excluded.ts
var uc_addresses_excluded_default = defineRule({
  id: "vpn/uc-addresses-excluded",
  meta: {
    description: "Every public address of the UC service (Edge, reverse proxy, simple URLs, Exchange) is outside the VPN tunnel",
    rationale: [
      "With media bypassing the tunnel, a remote client reaches the Edge's public addresses directly: sign-in",
      "through the Access Edge, meetings through the Web Conferencing Edge, audio and video through the A/V",
      "Edge, web content and mobility through the reverse proxy. A route that pulls any of these addresses",
      "into the tunnel sends that traffic through the VPN and back out, or into a firewall that blocks it by",
      'design ("Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel": the VPN clients must reach the Edge and reverse proxy on their public addresses, with',
      "DNS answering public addresses for those names).",
      "",
      "The addresses are the topology's Edge and reverse-proxy addresses and what the Edge, reverse proxy,",
      "simple URL and Exchange names resolve to in the external view, plus the targets of `_sip._tls` and",
      "`_sipfederationtls._tcp`. Tunnel coverage is computed as address sets (include routes, or everything",
      "for a full tunnel, minus exclusions), so every route and address is looked at once.",
      "",
      "**Fix:** exclude the address from the tunnel (a route to it via the local gateway, an exclusion in the",
      "profile), or narrow the route that captures it."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: ["legacy", "lync"],
    citations: [{ source: "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel", section: "Create a split tunnel VPN configuration; Specialized DNS Entries" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      captured: "{{address}} ({{role}}, {{name}}) is routed into the tunnel of VPN profile {{profile}}; exclude it so its traffic bypasses the VPN"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\ninclude: [10.0.0.0/8, 167.55.49.0/24]   # the Edge is 167.55.49.32",
      valid: "apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\ninclude: [10.0.0.0/8, 167.55.49.0/24]\nexclude: [167.55.49.32/30]"
    }
  },
  appliesTo: (estate) => estate.vpnProfiles.length > 0,
  check({ estate, report }) {
    const addresses = ucPublicAddresses(estate);
    if (addresses.length === 0) return;
    for (const profile of estate.vpnProfiles) {
      const coverage = tunnelCoverageOf(profile);
      for (const uc of addresses) {
        if (!coverage.captures(uc.range)) continue;
        const route = coverage.routeFor(uc.range) ?? profile;
        report({
          node: route,
          messageId: "captured",
          // The record that publishes the address is the related location (a line in the message would change its fingerprint).
          data: { address: uc.address, role: uc.role, name: uc.name, profile: profile.name },
          related: [{ node: uc.source, message: `publishes ${uc.name} at ${uc.address}` }]
        });
      }
    }
  }
});

// rules/x509/cn-in-san.ts
var HOST_NAME = /^[a-z0-9*]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+\.?$/i;
var cn_in_san_default = defineRule({
  id: "x509/cn-in-san",
  meta: {
    description: "The subject common name of a server certificate with SANs is also one of them; a certificate without SANs covers every name its role needs",
    rationale: [
      "TLS clients match the host they connect to against the subject alternative names; the subject common",
      "name is ignored whenever the certificate has a SAN extension (RFC 6125 6.4.4, and every current browser",
      "and Windows client). A certificate whose CN names the pool or Edge but whose SAN list forgot it fails for",
      "exactly the clients that connect by that name. Lync and Skype for Business documentation asks for the",
      "subject name to be repeated as the first SAN for this reason. A CN that is an IPv4 or IPv6 address is",
      "covered by the same address among the SAN IP addresses (in any spelling).",
      "",
      "A certificate with no SAN at all is matched on its CN, which is correct where one name is all the server",
      "needs: the Skype for Business internal Edge certificate is specified with a subject name and no SAN.",
      "It is reported only when clients also reach the server by another name: a name the zones send Lync or",
      "Skype for Business clients to (sign-in SRV targets, `sip.<domain>` under strict DNS naming, discovery",
      "names and simple URLs) that leads to a host presenting the certificate. Role names the topology asks",
      "for (the pool FQDN, each Edge name) are lync/cert-roles' findings.",
      "",
      "CA certificates are not server certificates and are skipped.",
      "",
      "**Fix:** reissue the certificate with the common name also listed as a SAN (a DNS name, or an IP address",
      "for an address), and with every other name clients use."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 6125", section: "6.4.4 (Checking of common names: only when there is no SAN)" },
      { source: "RFC 2818", section: "3.1 (Server identity)" },
      { source: "Skype for Business Server: Edge Server environmental requirements", section: "Certificate planning: Edge certificate table (internal Edge: subject name, no SAN)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      cnNotInSan: "certificate {{name}}: common name {{cn}} is not among its subject alternative names ({{sans}}); TLS clients ignore the CN",
      noSan: "certificate {{name}} has no subject alternative names, so TLS matches it on its common name {{cn}} alone; clients also reach it as {{names}}"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    subject: CN=pool.contoso.com\n    sans: [fe01.contoso.com, fe02.contoso.com]",
      valid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    subject: CN=pool.contoso.com\n    sans: [pool.contoso.com, fe01.contoso.com, fe02.contoso.com]\n  - name: edge-internal\n    subject: CN=sfbedge.contoso.net\n    sans: []"
    }
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.commonName !== void 0),
  check({ estate, report }) {
    let reached;
    for (const certificate of estate.certificates) {
      const cn = certificate.commonName;
      if (!cn || !isLeafCertificate(certificate)) continue;
      const address = addressRange(cn);
      if (address === void 0 && !HOST_NAME.test(cn)) continue;
      const node = certificateField(certificate, "sans", "subject");
      if (hasNoSan(certificate)) {
        reached ??= ucServerCertificates(estate);
        const others = [...new Set((reached.get(certificate)?.names ?? []).map((n) => displayName(n.name)))].filter((name) => !presentedNameMatches(cn, name));
        if (others.length > 0) report({ node, messageId: "noSan", data: { name: certificate.name, cn, names: others.join(", ") } });
        continue;
      }
      if (certificate.sans === void 0) continue;
      const covered = address === void 0 ? (
        // A wildcard SAN that covers the CN serves clients connecting by the CN just as well.
        certificate.sans.dns.some((san) => hostName(san) === hostName(cn) || presentedNameMatches(san, cn))
      ) : certificate.sans.ip.some((ip) => {
        const range = addressRange(ip);
        return range !== void 0 && range.family === address.family && range.first === address.first;
      });
      if (!covered) report({ node, messageId: "cnNotInSan", data: { name: certificate.name, cn, sans: [...certificate.sans.dns, ...certificate.sans.ip].join(", ") } });
    }
  }
});

// rules/x509/duplicate.ts
var duplicate_default = defineRule({
  id: "x509/duplicate",
  meta: {
    description: "A certificate is committed once, and one host has one certificate for each set of names",
    rationale: [
      "The same certificate committed twice under different names (`edge.pem` and `edge-2026.cer`) is",
      "harmless but makes every renewal a hunt for copies; one is left behind and goes on being deployed or",
      "audited. Reported as information.",
      "",
      "Two different certificates that claim the same names for the same host (both list `edge01` in",
      "`usedBy` and share a SAN) leave open which one the server presents: typically the old certificate",
      "still committed after a renewal, and the one that expires first is the one the audit should judge.",
      "Reported as a warning.",
      "",
      "**Fix:** keep one copy of each certificate; after a renewal, remove the certificate it replaced."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: "all",
    citations: [{ source: "Lync Server 2010: Certificate Expiration Alerting", section: "Certificate Expiration Alerter (one certificate per role to watch)" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      sameCertificate: "certificate {{name}} is the same certificate as {{other}} (SHA-256 {{fingerprint}})",
      competingCertificates: "certificates {{name}} and {{other}} both claim {{names}} for {{host}}; a host presents one certificate for these names"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-2025\n    sans: [sip.contoso.com]\n    usedBy: [edge01.contoso.com]\n  - name: edge-2026\n    sans: [sip.contoso.com]\n    usedBy: [edge01.contoso.com]",
      valid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    sans: [sip.contoso.com]\n    usedBy: [edge01.contoso.com]\n  - name: edge-internal\n    sans: [edge01.contoso.net]\n    usedBy: [edge01.contoso.com]"
    }
  },
  appliesTo: (estate) => estate.certificates.length > 1,
  check({ estate, report }) {
    const firstByFingerprint = /* @__PURE__ */ new Map();
    for (const certificate of estate.certificates) {
      if (!certificate.fingerprint256) continue;
      const first = firstByFingerprint.get(certificate.fingerprint256);
      if (!first) {
        firstByFingerprint.set(certificate.fingerprint256, certificate);
        continue;
      }
      if (first.linkedFile === certificate.loc.file || certificate.linkedFile === first.loc.file) continue;
      report({
        node: certificate,
        messageId: "sameCertificate",
        severity: "info",
        data: { name: certificate.name, other: first.name, fingerprint: certificate.fingerprint256.slice(0, 23) },
        related: [{ node: first, message: "the same certificate" }]
      });
    }
    const byHost = /* @__PURE__ */ new Map();
    for (const certificate of estate.certificates) {
      for (const host of certificate.usedBy) {
        const list = byHost.get(host) ?? [];
        list.push(certificate);
        byHost.set(host, list);
      }
    }
    const reported = /* @__PURE__ */ new Set();
    for (const [host, certificates] of byHost) {
      for (let i = 0; i < certificates.length; i++) {
        for (let j = i + 1; j < certificates.length; j++) {
          const [a, b] = [certificates[i], certificates[j]];
          if (a.fingerprint256 && a.fingerprint256 === b.fingerprint256) continue;
          const shared = (a.sans?.dns ?? []).filter((name) => b.sans?.dns.includes(name));
          const key = `${a.name}\0${b.name}`;
          if (shared.length === 0 || reported.has(key)) continue;
          reported.add(key);
          report({
            node: b,
            messageId: "competingCertificates",
            data: { name: a.name, other: b.name, names: shared.join(", "), host },
            related: [{ node: a, message: `also claims ${shared.join(", ")} for ${host}` }]
          });
        }
      }
    }
  }
});

// src/core/cn-filter.ts
function compileCommonNameFilter(pattern) {
  if (pattern.length > 1e3) return { error: "the pattern is longer than 1,000 characters" };
  try {
    const compiled2 = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    return { test: (text2) => compiled2.matcher(text2).find() };
  } catch (error) {
    return { error: `'${pattern}' is not a pattern uclint can run in linear time (${error.message})` };
  }
}

// rules/x509/expiry.ts
var expiry_default = defineRule({
  id: "x509/expiry",
  meta: {
    description: "Certificates are valid now and do not expire within the warning period",
    rationale: [
      "An expired certificate on an Edge, a Front End pool, a Director or a reverse proxy stops sign-in,",
      "federation and web services for everyone at once, and clients report it as a generic connection",
      "failure. A certificate that is not yet valid fails the same way (a renewal installed too early, or a",
      "clock that is wrong). Certificate expiry is a date problem, not a diff problem: run uclint on a",
      "schedule (the GitHub Action's audit mode) so a certificate nobody touched is still caught.",
      "",
      "The rule warns `days` days before `notAfter` (default 30, like the Certificate Expiration Alerter of",
      '"Lync Server 2010: Certificate Expiration Alerting") and reports an error once the certificate has',
      "expired or while it is not yet valid. The date judged against is `--now`, the config's `settings.now`, or today.",
      "`cnFilter` limits the rule to certificates whose subject CN matches a pattern (case-insensitive, RE2",
      "syntax), as the Alerter's CN filter does. In `uclint probe` the rule also judges the certificates the",
      "endpoints present, at the committed certificate of the host when there is one.",
      "",
      "**Fix:** renew the certificate (same names, same key size or better) and deploy it to every server in",
      "`usedBy` before `notAfter`; then commit the new file or update the manifest entry."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "Lync Server 2010: Certificate Expiration Alerting", section: "Certificate Expiration Alerter (days ahead, CN filter, daily schedule)" },
      { source: "RFC 5280", section: "4.1.2.5 (Validity)" }
    ],
    options: {
      type: "object",
      properties: {
        days: { type: "integer", minimum: 0, maximum: 3650, default: 30, description: "Warn this many days before a certificate expires." },
        cnFilter: {
          type: "string",
          minLength: 1,
          maxLength: 1e3,
          description: "Only certificates whose subject CN matches this pattern (case-insensitive, RE2 syntax: linear time, no backreferences or lookaround)."
        }
      },
      additionalProperties: false
    },
    messages: {
      expired: "certificate {{name}} ({{subject}}) expired on {{notAfter}}, {{days}} day(s) ago",
      notYetValid: "certificate {{name}} ({{subject}}) is not valid before {{notBefore}}, in {{days}} day(s)",
      expiresSoon: "certificate {{name}} ({{subject}}) expires on {{notAfter}}, in {{days}} day(s) (warning period {{period}} days)"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    subject: CN=sip.contoso.com\n    notBefore: 2025-12-01\n    notAfter: 2026-12-01   # 11 days after --now 2026-11-20",
      valid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    subject: CN=sip.contoso.com\n    notBefore: 2026-06-01\n    notAfter: 2027-06-01"
    }
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, now, options, report, notChecked }) {
    const filter = options.cnFilter === void 0 ? void 0 : compileCommonNameFilter(options.cnFilter);
    if (filter !== void 0 && "error" in filter) {
      if (estate.certificates[0]) notChecked(estate.certificates[0], `the option cnFilter: ${filter.error}`);
      return;
    }
    for (const certificate of estate.certificates) {
      if (filter !== void 0 && !filter.test(certificate.commonName ?? "")) continue;
      const subject = certificate.subject ?? certificate.commonName ?? "no subject";
      const node = certificateField(certificate, "notAfter");
      if (certificate.notBefore && now < certificate.notBefore) {
        report({
          node: certificateField(certificate, "notBefore"),
          messageId: "notYetValid",
          data: { name: certificate.name, subject, notBefore: isoDay(certificate.notBefore), days: Math.max(1, -daysBetween(certificate.notBefore, now)) }
        });
        continue;
      }
      if (!certificate.notAfter) continue;
      const daysLeft = daysBetween(now, certificate.notAfter);
      if (now > certificate.notAfter) {
        report({ node, messageId: "expired", data: { name: certificate.name, subject, notAfter: isoDay(certificate.notAfter), days: Math.max(0, -daysLeft) } });
      } else if (daysLeft <= options.days) {
        report({
          node,
          messageId: "expiresSoon",
          severity: "warning",
          data: { name: certificate.name, subject, notAfter: isoDay(certificate.notAfter), days: daysLeft, period: options.days }
        });
      }
    }
  }
});

// rules/x509/key-size.ts
var key_size_default = defineRule({
  id: "x509/key-size",
  meta: {
    description: "RSA keys have at least 2048 bits",
    rationale: [
      "RSA keys of 1024 bits have been breakable in practice for years; public CAs stopped issuing them in",
      "2013 and current clients and federation partners refuse them. Old Lync and OCS servers accepted 1024-bit",
      "keys, so estates that were never re-keyed still carry them. 2048 bits is the minimum; 3072 or 4096",
      "cost little more on a server. Elliptic-curve and Ed25519 keys are not judged by this rule.",
      "",
      "**Fix:** request a new certificate with a new key of at least 2048 bits (re-keying, not renewing with",
      "the same key)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "NIST SP 800-131A Rev. 2", section: "3 (Digital signatures: RSA below 2048 bits disallowed)" },
      { source: "CA/Browser Forum Baseline Requirements", section: "6.1.5 (Key sizes)" },
      { source: "Skype for Business Server 2015 documentation", section: "Certificate requirements (2048-bit keys recommended)" }
    ],
    options: {
      type: "object",
      properties: { minimumRsaBits: { type: "integer", minimum: 1024, maximum: 16384, default: 2048, description: "Smallest RSA modulus accepted, in bits." } },
      additionalProperties: false
    },
    messages: {
      smallRsaKey: "certificate {{name}} has a {{bits}}-bit RSA key; at least {{minimum}} bits are required"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: legacy-pool\n    key: { algorithm: rsa, size: 1024 }",
      valid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    key: { algorithm: rsa, size: 2048 }"
    }
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.key !== void 0),
  check({ estate, options, report }) {
    for (const certificate of estate.certificates) {
      const key = certificate.key;
      if (!key || key.algorithm !== "rsa" && key.algorithm !== "rsa-pss" || key.size === void 0) continue;
      if (key.size >= options.minimumRsaBits) continue;
      report({
        node: certificateField(certificate, "key"),
        messageId: "smallRsaKey",
        data: { name: certificate.name, bits: key.size, minimum: options.minimumRsaBits }
      });
    }
  }
});

// rules/x509/manifest-matches-file.ts
var manifest_matches_file_default = defineRule({
  id: "x509/manifest-matches-file",
  meta: {
    description: "A manifest entry that links a committed certificate file states the same facts as the file",
    rationale: [
      "A `kind: Certificates` entry can link the committed file of the certificate it describes (`file:`), to",
      "add what a file cannot say: which servers present it (`usedBy`) and whether its CA is public. The",
      "file's facts are what servers present, so they win; an entry that states other names, dates, key or",
      "usages is out of date (usually the certificate was renewed and the manifest was not), and whoever reads",
      "the manifest is misled. An entry that links a file which is not there has lost its certificate.",
      "",
      "**Fix:** update the manifest entry from the file (or drop the facts the file already states), or correct",
      "the `file:` path."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    families: "all",
    citations: [{ source: "uclint FORMATS", section: "3 (kind: Certificates, file)" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      disagrees: "certificate {{name}}: the manifest states {{field}} {{stated}}, the linked file {{file}} holds {{actual}}",
      missingFile: "certificate {{name}} links {{file}}, which is not a certificate file in the lint tree"
    }
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.manifestEntry !== void 0 || c.linkedFileMissing),
  check({ estate, report }) {
    for (const certificate of estate.certificates) {
      if (certificate.linkedFileMissing) {
        report({ node: certificateField(certificate, "file"), messageId: "missingFile", data: { name: certificate.name, file: certificate.linkedFile ?? "" } });
      }
      for (const disagreement of certificate.manifestEntry?.disagreements ?? []) {
        report({
          node: disagreement,
          messageId: "disagrees",
          data: { name: certificate.name, field: disagreement.field, stated: disagreement.stated, actual: disagreement.actual, file: certificate.loc.file },
          related: [{ node: certificate, message: `the certificate in ${certificate.loc.file}` }]
        });
      }
    }
  }
});

// rules/x509/private-key-committed.ts
var private_key_committed_default = defineRule({
  id: "x509/private-key-committed",
  meta: {
    description: "No private key is committed: no PRIVATE KEY block in any file read, no key file, no PKCS#12 file that opens without a password",
    rationale: [
      "A private key in a repository belongs to everyone who can read the repository, every clone of it and",
      "every copy of its history: whoever holds it can impersonate the server its certificate names (an Edge,",
      "a pool, an SBC), decrypt what was recorded of its traffic where no forward secrecy was negotiated, or",
      "sign zones with a DNSSEC key. Deleting the file in a new commit does not take it out of the history.",
      "",
      "Found: a PEM block whose label names a private key (`PRIVATE KEY`, `RSA PRIVATE KEY`,",
      "`EC PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`, `OPENSSH PRIVATE KEY`, `PGP PRIVATE KEY BLOCK`) in any",
      "file uclint reads, when its body is a key (a placeholder between the lines is not); a `*.key` file",
      "holding a private key, PEM or DER (BIND's public `K*.key` DNSKEY files are not read); BIND's DNSSEC",
      "`K*.private` files; a file of no known extension holding a private-key block (`id_rsa`); and a PKCS#12",
      "file (`.pfx`, `.p12`) whose key anyone can take out: a key bag outside encryption, or a file that opens",
      "with the empty password. An encrypted key is reported too: its passphrase can be attacked offline, at",
      "leisure, from any clone. The message names what was found, never a byte of the key.",
      "",
      "**Fix:** remove the file from the whole history, not only from the last commit",
      "(`git filter-repo --invert-paths --path <file>`, or BFG Repo-Cleaner's `--delete-files`), force-push,",
      "and have every clone made again; then treat the key as compromised and rotate it: a new key, new",
      "certificates for it, the old certificates revoked (for a DNSSEC key, a key rollover). Keep keys in a",
      "secret store or on the servers, and PKCS#12 exports under a password held outside the repository",
      "(uclint reads such a file with the password from the environment variable `certificates.passwords`",
      "names)."
    ].join("\n"),
    severity: "error",
    families: "all",
    recommended: true,
    citations: [
      { source: "GitHub Docs", section: "Removing sensitive data from a repository (data pushed is compromised; rewrite history, rotate)" },
      { source: "git filter-repo documentation", section: "--invert-paths, --path (removing a file from every commit)" },
      { source: "NIST SP 800-57 Part 1 Rev. 5", section: "5.5 (Compromise of keys and other keying material)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      committed: "a private key is committed here ({{what}}): whoever can read the repository or any copy of its history holds it. Remove it from the history (git filter-repo or BFG Repo-Cleaner) and rotate it (a new key; re-issue what the old one certified or signed, and revoke its certificates)",
      committedEncrypted: "an encrypted private key is committed here ({{what}}): its passphrase can be attacked offline from any copy of the history. Remove it from the history (git filter-repo or BFG Repo-Cleaner) and rotate it (a new key; re-issue what the old one certified or signed, and revoke its certificates)"
    }
  },
  check({ estate, report }) {
    for (const key of estate.privateKeys) {
      report({ node: key, messageId: key.encrypted ? "committedEncrypted" : "committed", data: { what: key.what } });
    }
  }
});

// rules/x509/server-auth-eku.ts
var server_auth_eku_default = defineRule({
  id: "x509/server-auth-eku",
  meta: {
    description: "Server certificates carry the Server Authentication extended key usage",
    rationale: [
      "A certificate with an extended key usage extension may be used only for the purposes it lists. Without",
      "Server Authentication (1.3.6.1.5.5.7.3.1), TLS clients refuse it as a server certificate: Lync and Skype",
      "for Business servers do not even offer it in the certificate wizard, and a certificate imported by hand",
      "fails at the first connection. Certificates from a code-signing or user template are the usual cause.",
      "",
      "A certificate without the extension is allowed any use by RFC 5280, but the Lync and Skype for Business",
      "certificate requirements ask for the EKU explicitly, so its absence is reported too (option",
      "`requireExtension`). Manifest entries that do not state `eku` are not judged, nor are CA certificates.",
      "",
      "**Fix:** reissue the certificate from a Web Server (or Lync/SfB) template, which sets Server Authentication",
      "(and Client Authentication for servers that talk mutual TLS to each other)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 5280", section: "4.2.1.12 (Extended key usage)" },
      { source: "Live Communications Server 2005: MTLS certificates for servers, pools and access proxies (Microsoft support article)", section: "Server and client authentication EKUs for MTLS" },
      { source: "Skype for Business Server 2015 documentation", section: "Certificate requirements (Server Authentication EKU)" }
    ],
    options: {
      type: "object",
      properties: {
        requireExtension: { type: "boolean", default: true, description: "Also report leaf certificates of committed files that have no extended key usage extension." }
      },
      additionalProperties: false
    },
    messages: {
      missingServerAuth: "certificate {{name}} is limited to {{usages}} and lacks Server Authentication; TLS clients refuse it as a server certificate",
      noEkuExtension: "certificate {{name}} has no extended key usage extension; Lync and Skype for Business require Server Authentication to be stated"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [clientAuth]",
      valid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    eku: [serverAuth, clientAuth]"
    }
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, options, report }) {
    for (const certificate of estate.certificates) {
      if (!isLeafCertificate(certificate)) continue;
      const node = certificateField(certificate, "eku");
      if (certificate.eku === void 0) {
        if (certificate.source !== "manifest" && options.requireExtension) report({ node, messageId: "noEkuExtension", data: { name: certificate.name } });
        continue;
      }
      if (certificate.eku.includes("serverAuth") || certificate.eku.includes("anyExtendedKeyUsage")) continue;
      report({ node, messageId: "missingServerAuth", data: { name: certificate.name, usages: certificate.eku.join(", ") || "no usage" } });
    }
  }
});

// rules/x509/weak-signature.ts
var WEAK_HASHES = /* @__PURE__ */ new Set(["md2", "md4", "md5", "sha1"]);
var weak_signature_default = defineRule({
  id: "x509/weak-signature",
  meta: {
    description: "Certificates are not signed with SHA-1 or MD5",
    rationale: [
      "MD5 and SHA-1 have practical collision attacks (a forged CA certificate with MD5 in 2008, the SHAttered",
      "and chosen-prefix collisions on SHA-1 in 2017 and 2020): a signature over them no longer shows that the",
      "issuer signed this certificate. Browsers, Windows and federation partners reject SHA-1-signed TLS",
      "certificates. Enterprise CAs that issued Lync and OCS certificates with SHA-1 often still do.",
      "",
      "The signature of a self-signed root is not checked by clients (the root is trusted as a whole), so",
      "self-signed CA certificates are skipped unless `includeSelfSignedRoots` is set.",
      "",
      "**Fix:** reissue the certificate from a CA that signs with SHA-256 or better (and move the CA itself to",
      "SHA-256 if it still signs with SHA-1)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    citations: [
      { source: "RFC 6151", section: "2 (MD5 collision resistance)" },
      { source: "NIST SP 800-131A Rev. 2", section: "9 (SHA-1 for digital signature generation disallowed)" },
      { source: "CA/Browser Forum Baseline Requirements", section: "7.1.3.2 (Signature algorithm identifiers)" }
    ],
    options: {
      type: "object",
      properties: { includeSelfSignedRoots: { type: "boolean", default: false, description: "Also report self-signed CA certificates." } },
      additionalProperties: false
    },
    messages: {
      weakSignature: "certificate {{name}} is signed with {{algorithm}} ({{hash}} is broken for signatures); reissue it signed with SHA-256 or better"
    },
    examples: {
      language: "yaml",
      invalid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: ocs-pool\n    signature: sha1WithRSAEncryption",
      valid: "apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    signature: sha256WithRSAEncryption"
    }
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.signature !== void 0),
  check({ estate, options, report }) {
    for (const certificate of estate.certificates) {
      const hash2 = certificate.signature?.hash;
      if (!hash2 || !WEAK_HASHES.has(hash2)) continue;
      if (!options.includeSelfSignedRoots && certificate.selfSigned && !isLeafCertificate(certificate)) continue;
      report({
        node: certificateField(certificate, "signature"),
        messageId: "weakSignature",
        data: { name: certificate.name, algorithm: certificate.signature?.algorithm ?? hash2, hash: hash2.toUpperCase().replace("SHA", "SHA-") }
      });
    }
  }
});

// rules/x509/wildcard.ts
var wildcard_default = defineRule({
  id: "x509/wildcard",
  meta: {
    description: "Wildcards are a whole leftmost label, and never the subject name of a Lync or Skype for Business server",
    rationale: [
      "A wildcard matches exactly one leftmost label: `*.contoso.com` covers `sbc.contoso.com` but not",
      "`a.b.contoso.com` and not `contoso.com` (RFC 6125, RFC 2818). Other forms (`*.*.contoso.com`,",
      "`sip*.contoso.com`, `*.com`) match nothing in current clients, or are refused by CAs, so the names they",
      "were meant to cover are not covered.",
      "",
      "Lync and Skype for Business never accept a wildcard as the subject name of a server certificate: the",
      "subject must be the pool, server or edge FQDN. A wildcard SAN is acceptable for simple URLs and",
      "`lyncdiscover` on reverse proxy and web certificates. That is a Lync-family requirement: a wildcard",
      "subject is reported on an estate whose product is Lync or Skype for Business Server (or LCS, OCS), and,",
      "when the product is not known, on a certificate presented where the zones send Lync clients. Teams",
      'Direct Routing SBCs may use a wildcard subject ("Plan Direct Routing"), so a certificate an SBC of the',
      "topology presents, and any certificate of an estate whose product is another, is not judged on it;",
      "`allowWildcardSubject` turns the check off everywhere.",
      "",
      "**Fix:** name the server in the subject and list the names it answers to as SANs; write wildcards only as",
      "`*.` followed by the domain."
    ].join("\n"),
    severity: "error",
    recommended: true,
    families: "all",
    messageFamilies: { wildcardSubject: ["legacy", "lync"] },
    presetOptions: { teams: { allowWildcardSubject: true } },
    citations: [
      { source: "RFC 6125", section: "6.4.3 (Checking of wildcard certificates)" },
      { source: "RFC 2818", section: "3.1 (Server identity)" },
      { source: "Skype for Business Server: Wildcard certificate support" },
      { source: "Plan Direct Routing", section: "Public trusted certificate for the SBC (wildcard supported)" }
    ],
    options: {
      type: "object",
      properties: { allowWildcardSubject: { type: "boolean", default: false, description: "Accept a wildcard subject common name (Teams Direct Routing SBCs)." } },
      additionalProperties: false
    },
    messages: {
      malformedWildcard: 'certificate {{name}}: {{where}} {{wildcard}} is not a wildcard clients accept; a wildcard is "*." followed by a domain of at least two labels',
      wildcardSubject: "certificate {{name}} has the wildcard subject {{cn}}; Lync and Skype for Business servers need their FQDN as the subject (wildcards only as SANs)"
    },
    examples: {
      language: "yaml",
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: web\n    subject: CN=*.contoso.com\n    sans: ["sip*.contoso.com"]',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: web\n    subject: CN=webext.contoso.com\n    sans: [webext.contoso.com, "*.contoso.com"]'
    }
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.commonName?.includes("*") || c.sans?.dns.some((name) => name.includes("*"))),
  check({ estate, options, report }) {
    const product = estate.product();
    const sbcs = new Set(estate.topologies.flatMap((t) => t.sbcs.map((s) => hostName(s.fqdn.value))));
    let lyncServers;
    const isLyncServers = (certificate) => {
      if (certificate.usedBy.some((host) => sbcs.has(host)) || [...sbcs].some((sbc) => sanCovering(certificate, sbc) !== void 0)) return false;
      if (product !== void 0) return isLyncFamily(product);
      lyncServers ??= ucServerCertificates(estate);
      return lyncServers.has(certificate);
    };
    for (const certificate of estate.certificates) {
      const cn = certificate.commonName;
      const subjectNode = certificateField(certificate, "subject");
      if (cn?.includes("*")) {
        if (!isSingleLabelWildcard(cn.toLowerCase())) {
          report({ node: subjectNode, messageId: "malformedWildcard", data: { name: certificate.name, where: "subject", wildcard: cn } });
        } else if (!options.allowWildcardSubject && isLyncServers(certificate)) {
          report({ node: subjectNode, messageId: "wildcardSubject", data: { name: certificate.name, cn } });
        }
      }
      for (const san of certificate.sans?.dns ?? []) {
        if (san.includes("*") && !isSingleLabelWildcard(san)) {
          report({ node: certificateField(certificate, "sans"), messageId: "malformedWildcard", data: { name: certificate.name, where: "SAN", wildcard: san } });
        }
      }
    }
  }
});

// src/rules.generated.ts
var RULES = [collab_edge_default, uds_internal_only_default, cname_and_other_data_default, dangling_target_default, duplicate_record_default, private_address_external_default, record_data_unreadable_default, record_set_conflict_default, service_label_underscore_default, several_addresses_in_one_value_default, srv_owner_labels_default, zone_validity_default, any_any_allow_default, client_media_outbound_default, edge_external_ports_default, port_arithmetic_default, shadowed_rule_default, vpn_media_block_default, candidate_type_order_default, port_ranges_default, vpn_host_candidate_default, certificate_differs_default, certificate_name_default, record_differs_default, record_not_committed_default, record_not_served_default, unreachable_default, access_edge_port_default, cert_covers_published_names_default, cert_roles_default, client_preferences_default, discovery_records_default, dns_load_balancing_default, edge_external_cert_default, manual_server_default, mobility_autodiscover_default, mtls_eku_default, no_cleartext_external_default, ntlm_min_sec_default, rsassa_pss_default, strict_naming_default, topology_agrees_default, web_fqdn_distinct_default, web_services_load_balancing_default, naptr_srv_consistency_default, sips_needs_tls_default, srv_null_target_default, srv_port_default, srv_target_default, direct_routing_media_default, direct_routing_sbc_default, hybrid_consistency_default, online_records_default, sbc_management_exposure_default, sbc_sip_exposure_default, m365_optimize_excluded_default, split_tunnel_default, uc_addresses_excluded_default, cn_in_san_default, duplicate_default, expiry_default, key_size_default, manifest_matches_file_default, private_key_committed_default, server_auth_eku_default, weak_signature_default, wildcard_default];

// src/report/json-chunks.ts
var StreamedArray = class {
  constructor(items, write) {
    this.items = items;
    this.write = write;
  }
  items;
  write;
};
function streamed(items, write) {
  return new StreamedArray(items, write);
}
function* mapped(items, map) {
  for (const item of items) yield map(item);
}
function* jsonDocumentChunks(value) {
  for (const chunk of jsonChunks(value)) yield escapeJsonInvisibles(chunk);
  yield "\n";
}
function* jsonChunks(value, indent = "") {
  if (value instanceof StreamedArray) {
    yield* elementChunks(value.items, indent, true, value.write);
    return;
  }
  if (value !== null && typeof value === "object" && holdsStreamed(value)) {
    if (Array.isArray(value)) {
      yield* elementChunks(value, indent, false);
      return;
    }
    const inner = `${indent}  `;
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (!isWritten(item)) continue;
      yield `${first ? "{" : ","}
${inner}${JSON.stringify(key)}: `;
      yield* jsonChunks(item, inner);
      first = false;
    }
    yield first ? "{}" : `
${indent}}`;
    return;
  }
  yield wholeJson(value, indent);
}
function wholeJson(value, indent) {
  const text2 = JSON.stringify(value, null, 2) ?? "null";
  return indent === "" ? text2 : text2.replaceAll("\n", `
${indent}`);
}
function* elementChunks(items, indent, whole, write = wholeJson) {
  const inner = `${indent}  `;
  let first = true;
  for (const item of items) {
    yield `${first ? "[" : ","}
${inner}`;
    if (whole && !(item instanceof StreamedArray)) yield write(item, inner);
    else yield* jsonChunks(item, inner);
    first = false;
  }
  yield first ? "[]" : `
${indent}]`;
}
function isWritten(value) {
  return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
}
function holdsStreamed(value) {
  if (value instanceof StreamedArray) return true;
  if (typeof value.toJSON === "function") return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    if (item !== null && typeof item === "object" && holdsStreamed(item)) return true;
  }
  return false;
}

// src/engine/live.ts
var LIVE_PACK = "live";
function liveRunFindings(committed, live, registry, ruleSettings, settings, now, limiter, committedFindings) {
  for (const finding of committedFindings) if (packOf(finding.ruleId) === LIVE_PACK) finding.view = "live";
  const families = committed.families();
  const committedByFingerprint = /* @__PURE__ */ new Map();
  for (const certificate of committed.certificates) if (certificate.fingerprint256 !== void 0 && !committedByFingerprint.has(certificate.fingerprint256)) committedByFingerprint.set(certificate.fingerprint256, certificate);
  const liveEstate = new Estate({
    zones: live.zones,
    // A certificate served as committed is the committed one (judged from the files already: its findings are the same, and dropped below).
    certificates: oncePerCertificate(live.certificates.map((c) => c.fingerprint256 === void 0 ? c : committedByFingerprint.get(c.fingerprint256) ?? c)),
    settings: { ...settings, sipDomains: [...committed.sipDomains()].map((d) => d.replace(/\.$/, "")), ...families.source === "unknown" ? {} : { families: [...families.families] } }
  });
  const seen = new Set(committedFindings.map(findingKey));
  const run = runRules(
    liveEstate,
    registry.filter((rule) => packOf(rule.id) !== LIVE_PACK),
    ruleSettings,
    now,
    limiter
  );
  const kept = [];
  for (const finding of run.findings) {
    if (finding.file === LIVE_ZONE_FILE || isNotChecked(finding) || seen.has(findingKey(finding))) continue;
    seen.add(findingKey(finding));
    kept.push({ ...finding, message: `served: ${finding.message}`, view: "live" });
  }
  return kept;
}
function findingKey(finding) {
  return `${finding.ruleId}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.message}`;
}
function oncePerCertificate(certificates) {
  const byFingerprint = /* @__PURE__ */ new Map();
  const out = [];
  for (const certificate of certificates) {
    const key = certificate.fingerprint256 ?? certificate.name;
    const first = byFingerprint.get(key);
    if (first === void 0) {
      byFingerprint.set(key, certificate);
      out.push(certificate);
    }
  }
  return out;
}

// src/lint.ts
async function lint(options = {}) {
  const cwd = path7.resolve(options.cwd ?? process.cwd());
  const paths = (options.paths?.length ? options.paths : ["."]).map((p) => path7.resolve(cwd, p));
  const root = lintRoot(paths, cwd);
  let registry = options.rules ?? RULES;
  const formats = options.formats ?? FORMATS;
  let plugins = [];
  const fatal = [];
  const empty = (now2, configFile2) => ({
    root,
    findings: [],
    files: [],
    counts: { error: 0, warning: 0, info: 0, suppressed: 0, notChecked: 0 },
    outcomes: [],
    fatal,
    configFile: configFile2,
    now: now2
  });
  if (options.rules !== void 0) await loadValidatorsFor(options.rules);
  const configPath = options.configFile ? path7.resolve(cwd, options.configFile) : options.ignoreConfigFiles ? void 0 : findNearestConfig(paths, root);
  let source;
  if (configPath) {
    const read = readConfigSource(configPath, root, options.configFile ?? (toPosix(path7.relative(cwd, configPath)) || configPath));
    if ("refusal" in read) {
      fatal.push(read.refusal);
      return empty(options.now ?? /* @__PURE__ */ new Date());
    }
    source = read.source;
  }
  const configDirectory = configPath ? path7.dirname(configPath) : root;
  const configBase = isInside(configDirectory, root) ? relativeTo(root, configDirectory) : "";
  const globPrefix = isInside(configDirectory, root) ? "" : `${toPosix(path7.relative(configDirectory, root))}/`;
  const configMatcher = (patterns) => {
    const matches = globMatcher(rebaseGlobs(patterns, configBase));
    return (file) => matches(globPrefix + file);
  };
  let config;
  if (source) {
    const configName = relativeTo(root, source.path);
    const shown = (problems) => source.throughLink ? problems.map(withheld) : problems;
    const pluginLoad = await loadPlugins(source.text, configName, source.tree, registry, options.plugins);
    plugins = pluginLoad.plugins;
    registry = [...registry, ...plugins.flatMap((plugin) => plugin.rules)];
    appendAll(fatal, shown(pluginLoad.diagnostics));
    const loaded = loadConfig(source.text, configName, registry, { passwordVariables: options.passwordVariables });
    const pluginFailed = pluginLoad.diagnostics.length > 0;
    appendAll(fatal, shown(loaded.diagnostics.filter((d) => d.severity === "error" && !(pluginFailed && d.code === "config/unknown-rule"))));
    if (!loaded.config || fatal.length > 0) return empty(options.now ?? /* @__PURE__ */ new Date(), configName);
    config = loaded.config;
  } else {
    config = defaultConfig(registry);
  }
  if (options.ruleOverrides?.length) {
    appendAll(fatal, applyRuleOverrides(config, options.ruleOverrides, registry).filter((d) => d.severity === "error"));
  }
  if (options.onlyRules) {
    const only = new Set(options.onlyRules);
    for (const rule of registry) {
      const setting = config.rules.get(rule.id);
      if (!only.has(rule.id)) config.rules.set(rule.id, { severity: "off", options: setting?.options ?? {} });
      else if (!setting || setting.severity === "off") {
        config.rules.set(rule.id, { severity: rule.meta.severity, options: setting?.options ?? {} });
      }
    }
  }
  const now = options.now ?? config.settings.now ?? /* @__PURE__ */ new Date();
  const configFile = configPath ? relativeTo(root, configPath) : void 0;
  if (fatal.length > 0) return empty(now, configFile);
  const discovered = await discoverFiles(paths, {
    root,
    ignore: rebaseGlobs(config.ignore, configBase),
    views: { internal: rebaseGlobs(config.views.internal, configBase), external: rebaseGlobs(config.views.external, configBase) },
    zones: Object.fromEntries(Object.entries(config.zones).map(([pattern, origin]) => [rebaseGlob(pattern, configBase), origin])),
    globPrefix,
    formats
  });
  const limiter = new FindingLimiter(options.maxFindingsPerFile ?? config.maxFindingsPerFile);
  const diagnostics = [];
  const diagnosticGroups = /* @__PURE__ */ new Map();
  const addDiagnostic = (d) => {
    let group = diagnosticGroups.get(d.code);
    if (group === void 0) {
      group = { ruleId: parseRuleId(d.code), kind: "diagnostics", code: d.code };
      diagnosticGroups.set(d.code, group);
    }
    if (limiter.admit(group, d, d.severity)) diagnostics.push(d);
  };
  const addDiagnostics = (list) => {
    for (const d of list) addDiagnostic(d);
  };
  for (const d of discovered.diagnostics) {
    if (d.code === "input/not-found") fatal.push(d);
    else addDiagnostic(d);
  }
  if (fatal.length === 0 && discovered.files.length === 0) fatal.push({ message: noFilesMessage(options.paths?.length ? options.paths : ["."], config.ignore.length > 0) });
  if (fatal.length > 0) return empty(now, configFile);
  const nodes = emptyNodes();
  const suppressions = new DirectiveReader();
  const unsupported = [];
  const includedTexts = /* @__PURE__ */ new Map();
  const encodingReported = /* @__PURE__ */ new Set();
  const noteEncoding = (file, encoding, byteOrderMark, why) => {
    if (encoding === "utf8" || encodingReported.has(file)) return;
    encodingReported.add(file);
    addDiagnostic(encodingDiagnostic(file, encoding, byteOrderMark, why));
  };
  const scan = (text2, file) => {
    for (const scanner of TEXT_SCANNERS) addNodes(nodes, scanner(text2, file));
  };
  const treeFiles = new TreeFiles(discovered.tree);
  const confinedReader = createIncludeReader(root, { ignored: configMatcher(config.ignore), files: treeFiles });
  const passwordPatterns = Object.entries(config.certificatePasswords).map(([pattern, variable]) => ({ matches: configMatcher([pattern]), variable }));
  const env = options.env ?? process.env;
  let files = discovered.files;
  const contextFor = (format) => ({
    files,
    include: (written, fromFile) => {
      const result2 = confinedReader(written, fromFile);
      if ("text" in result2) {
        includedTexts.set(result2.file, result2.text);
        if (format.utf16Refused !== void 0) noteEncoding(result2.file, result2.encoding ?? "utf8", result2.byteOrderMark === true, format.utf16Refused);
      }
      return result2;
    },
    findInTree: (written, fromFile, within) => resolveTreePath(written, fromFile, root, treeFiles, within),
    isText: (file) => isTextFile(path7.join(root, file)),
    comments: suppressions.comment,
    commentsDone: () => suppressions.endFiles(),
    passwordFor: (file) => {
      const variable = passwordPatterns.find((p) => p.matches(file))?.variable;
      return variable === void 0 ? {} : { password: env[variable], variable };
    }
  });
  const inputsOf = (format) => files.filter((f) => f.kind === format.name).map(({ path: absolute, ...file }) => ({ ...file, read: reader(format, absolute, file.file) }));
  const reader = (format, absolute, file) => {
    if (format.input === "bytes") {
      return () => {
        try {
          return readRegularFile(absolute);
        } catch (error) {
          addDiagnostic(unreadable2(file, error));
          return void 0;
        }
      };
    }
    return () => {
      try {
        const read = readTextFile(absolute);
        if (format.utf16Refused !== void 0) noteEncoding(file, read.encoding, read.byteOrderMark, format.utf16Refused);
        scan(read.text, file);
        return read;
      } catch (error) {
        addDiagnostic(unreadable2(file, error));
        return void 0;
      }
    };
  };
  for (const format of [...formats.filter((f) => f.stage === "context"), ...formats.filter((f) => f.stage !== "context")]) {
    const inputs = inputsOf(format);
    if (inputs.length === 0) continue;
    let loaded;
    try {
      loaded = await format.load(inputs, contextFor(format));
    } catch (error) {
      loaded = { diagnostics: [formatCrash(format, inputs[0].file, error)] };
    }
    addNodes(nodes, loaded.nodes ?? {});
    addDiagnostics(loaded.diagnostics ?? []);
    for (const part of loaded.unsupported ?? []) {
      if (limiter.admit(UNSUPPORTED_FILE, part.loc, "info")) unsupported.push({ ...part.loc, ruleId: UNSUPPORTED_FILE.ruleId, severity: "info", message: part.message });
    }
    if (loaded.files?.length) files = withDescriptions(files, loaded.files, root);
  }
  for (const [file, text2] of includedTexts) scan(text2, file);
  inFileOrder2(nodes);
  const estate = new Estate({ ...nodes, settings: config.settings, familiesStatement: config.familiesStatement });
  const formatNotes = formatNoteFindings(nodes.notes, limiter);
  const readingNotKept = limiter.takeNotKept();
  if (options.probe) {
    const { probeEstate } = await import("./live-probe-WPPOXA7M.js");
    const fallback = rangeAtStart(configFile ?? files[0]?.file ?? ".");
    estate.attachLive(await probeEstate(estate, { ...config.probe, ...definedOptions(options.probe) }, { sipDomainLocs: config.sipDomainLocs, fallback }));
  }
  const run = runRules(estate, registry, config.rules, now, limiter);
  const live = estate.live ? liveRunFindings(estate, estate.live, registry, config.rules, config.settings, now, new FindingLimiter(options.maxFindingsPerFile ?? config.maxFindingsPerFile), run.findings) : [];
  const findings = [...diagnostics.map(diagnosticToFinding), ...readingNotKept, ...unsupported, ...formatNotes, ...run.findings, ...live];
  for (const format of formats) {
    if (format.afterRules) appendAll(findings, format.afterRules(files.filter((f) => f.kind === format.name), findings).map(diagnosticToFinding));
  }
  const directivesByFile = suppressions.directivesByFile();
  applyDirectives(findings, directivesByFile);
  appendAll(findings, directiveFindings(directivesByFile, registry, config, limiter));
  appendAll(findings, limiter.takeNotKept());
  const sorted = sortAndDeduplicate(findings);
  assignFingerprints(sorted);
  const baselineFile = options.writeBaselineFile ? void 0 : options.baselineFile ?? (config.baseline && path7.join(configDirectory, config.baseline));
  if (baselineFile) {
    const baselinePath = path7.resolve(cwd, baselineFile);
    if (!options.baselineFile && source && !staysInTree(baselinePath, source.tree)) {
      const problem = { ...config.baselineAt, code: "config/baseline-outside", message: `baseline: ${config.baseline} is outside the linted tree; a config may only name a baseline inside it` };
      fatal.push(source.throughLink ? withheld(problem) : problem);
      return empty(now, configFile);
    }
    try {
      applyBaseline(sorted, parseBaseline(readRegularFile(baselinePath).toString("utf8")));
    } catch (error) {
      const reason = error.code ?? error.message;
      fatal.push({ message: `cannot use baseline ${baselineFile}: ${reason}` });
      return empty(now, configFile);
    }
  }
  if (options.writeBaselineFile) {
    const baseline = createBaseline(sorted);
    try {
      const chunks = jsonDocumentChunks({ ...baseline, findings: streamed(baseline.findings) });
      writeChunksToFile(path7.resolve(cwd, options.writeBaselineFile), chunks, options.writeBaselineFile, "the baseline ");
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      fatal.push({ message: error.message });
      return empty(now, configFile);
    }
  }
  const counts = countFindings(sorted);
  for (const f of sorted) if (f.ruleId === "uclint/rule-crash") fatal.push({ message: f.message.split("\n", 1)[0] });
  return { root, findings: sorted, files, counts, outcomes: run.outcomes, fatal, configFile, config, now, estate, rules: registry, plugins };
}
function definedOptions(options) {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== void 0));
}
function noFilesMessage(paths, ignoring) {
  const where = paths.map((p) => JSON.stringify(p)).join(", ");
  return `no files to lint: nothing in ${where} is a file uclint reads` + (ignoring ? ", after the config's ignore globs" : "") + ` (${FORMATS.map((format) => format.nouns[1]).join(", ")}; docs/formats.md lists the names and contents it recognises)`;
}
function unreadable2(file, error) {
  return { ...rangeAtStart(file), severity: "error", code: "input/unreadable", message: `cannot read file: ${error.code ?? String(error)}` };
}
function rangeAtStart(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function parseRuleId(code) {
  return `parse/${code.includes("/") ? code.slice(0, code.indexOf("/")) : "input"}`;
}
function diagnosticToFinding(d) {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ruleId: parseRuleId(d.code),
    severity: d.severity,
    message: d.message,
    messageId: d.code
  };
}
var UNSUPPORTED_FILE = { ruleId: "uclint/unsupported-file", kind: "findings" };
var INVALID_SUPPRESSION = { ruleId: "uclint/invalid-suppression", kind: "findings" };
var UNUSED_SUPPRESSION = { ruleId: "uclint/unused-suppression", kind: "findings" };
function directiveFindings(directivesByFile, registry, config, limiter) {
  const known = new Set(registry.map((r) => r.id));
  const out = [];
  const add = (group, range, message) => {
    if (limiter.admit(group, range, "warning")) out.push({ ...range, severity: "warning", ruleId: group.ruleId, message });
  };
  for (const directives of directivesByFile.values()) {
    for (const d of directives) {
      if (d.ruleIds.length === 0) {
        add(INVALID_SUPPRESSION, d.loc, "suppression names no rule id");
        continue;
      }
      if (!d.reason) {
        add(INVALID_SUPPRESSION, d.loc, `suppression of ${d.ruleIds.join(", ")} gives no reason (add "-- <reason>")`);
      }
      for (const id of d.ruleIds) {
        const isEngineId = id.startsWith("parse/") || id.startsWith("uclint/");
        if (!known.has(id) && !isEngineId) {
          add(INVALID_SUPPRESSION, d.loc, `suppression names unknown rule ${id}`);
        } else if (!d.used.has(id) && (isEngineId || config.rules.get(id)?.severity !== "off") && !limiter.wasBounded(id, d.loc.file)) {
          add(UNUSED_SUPPRESSION, d.loc, `suppression of ${id} suppresses nothing`);
        }
      }
    }
  }
  return out;
}
function rebaseGlob(pattern, base) {
  if (base === "" || !pattern.includes("/")) return pattern;
  return `${base}/${pattern.replace(/^\.\//, "").replace(/^\//, "")}`;
}
function rebaseGlobs(patterns, base) {
  return patterns.map((p) => rebaseGlob(p, base));
}
function relativeTo(root, file) {
  const rel = path7.relative(root, file);
  return (rel.startsWith("..") ? file : rel).split(path7.sep).join("/");
}
function exitCodeOf(result2, maxWarnings) {
  if (result2.fatal.length > 0) return 2;
  if (result2.counts.error > 0) return 1;
  if (maxWarnings !== void 0 && maxWarnings >= 0 && result2.counts.warning > maxWarnings) return 1;
  return 0;
}
function encodingDiagnostic(file, encoding, byteOrderMark, why) {
  return {
    ...rangeAtStart(file),
    severity: "error",
    code: "input/encoding",
    message: `the file is ${encoding === "utf16le" ? "UTF-16LE" : "UTF-16BE"}${byteOrderMark ? "" : " without a byte-order mark"}; ${why} (it is checked as decoded text)`
  };
}
function formatCrash(format, file, error) {
  return { ...rangeAtStart(file), severity: "error", code: `${format.name}/internal-error`, message: `uclint could not read these files: ${error instanceof Error ? error.message : String(error)}` };
}
function withDescriptions(files, described, root) {
  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const file of described) byFile.set(file.file, { ...file, path: byFile.get(file.file)?.path ?? path7.join(root, file.file) });
  return [...byFile.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

// src/report/not-checked.ts
var REASONS_SHOWN = 3;
function problemFindings(findings, verbose = false) {
  return verbose ? [...findings] : findings.filter((f) => !isNotChecked(f));
}
function notCheckedSummary(findings, listedBy = "--verbose lists them") {
  const byCause = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.suppressed || !isNotChecked(f)) continue;
    const reason = typeof f.data?.reason === "string" ? f.data.reason : f.message.replace(/^not checked: /, "");
    const cause = reason.split(", so ")[0];
    byCause.set(cause, (byCause.get(cause) ?? 0) + 1);
  }
  if (byCause.size === 0) return void 0;
  const groups = [...byCause].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const total = groups.reduce((sum, [, n]) => sum + n, 0);
  if (groups.length === 1) return `\u2139 ${plural(total, "check")} skipped because ${groups[0][0]} (${listedBy})`;
  const shown = groups.slice(0, REASONS_SHOWN).map(([cause, n]) => `${n} because ${cause}`);
  const rest = groups.slice(REASONS_SHOWN).reduce((sum, [, n]) => sum + n, 0);
  if (rest > 0) shown.push(`${rest} for ${plural(groups.length - REASONS_SHOWN, "other reason")}`);
  return `\u2139 ${plural(total, "check")} skipped (${listedBy}): ${shown.join("; ")}`;
}

// src/report/stylish.ts
var SEVERITY_WORD = { error: "error", warning: "warning", info: "info" };
var SEVERITY_COLOR = { error: "31", warning: "33", info: "36" };
function paint(color, code, text2) {
  return color ? `\x1B[${code}m${text2}\x1B[0m` : text2;
}
function* stylishChunks(findings, context) {
  const { color } = context;
  let currentFile;
  for (const f of findings) {
    if (f.suppressed || !context.verbose && isNotChecked(f)) continue;
    if (f.file !== currentFile) {
      if (currentFile !== void 0) yield "\n";
      currentFile = f.file;
      yield `${paint(color, "4", printable(f.file) || "(run)")}
`;
    }
    const position = `${f.line}:${f.column}`.padEnd(7);
    const severity = paint(color, SEVERITY_COLOR[f.severity], SEVERITY_WORD[f.severity].padEnd(7));
    yield `  ${position} ${severity} ${printable(f.message)}  ${paint(color, "2", f.ruleId)}
`;
    for (const r of f.related ?? []) {
      yield `          ${paint(color, "2", `${printable(r.file)}:${r.line}:${r.column}`)} ${printable(r.message)}
`;
    }
  }
  const { error, warning, info } = context.counts;
  if (currentFile !== void 0) yield "\n";
  yield `${paint(color, error + warning + info === 0 ? "32" : error > 0 ? "31" : "33", formatTotals(context.counts, context.filesLinted))}
`;
  const skipped = notCheckedSummary(findings, context.verbose ? "listed above" : void 0);
  if (skipped) yield `${paint(color, "2", printable(skipped))}
`;
}
function formatStylish(findings, context) {
  return joinChunks(stylishChunks(findings, context));
}
function formatTotals(counts, filesLinted) {
  const { error, warning, info, suppressed } = counts;
  const total = error + warning + info;
  const summary = `${total === 0 ? "\u2713" : "\u2716"} ${plural(total, "problem")} (${plural(error, "error")}, ${plural(warning, "warning")}, ${info} info) in ${plural(filesLinted, "file")}`;
  return summary + (suppressed > 0 ? `, ${suppressed} suppressed` : "");
}
function formatCompact(findings) {
  return findings.filter((f) => !f.suppressed).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}]
`).join("");
}

// src/report/json.ts
var JSON_FORMAT_VERSION = 1;
function familiesReport(families) {
  return {
    source: families.source,
    ...families.source === "settings" ? { statedBy: families.how } : {},
    families: families.families.map((family) => ({
      family,
      evidence: families.evidence.filter((e) => e.family === family).map((e) => ({ text: e.text, ...e.loc ? { file: e.loc.file, line: e.loc.line, column: e.loc.column } : {} })),
      evidenceCount: families.counts[family] ?? 0
    }))
  };
}
function jsonReportChunks(result2) {
  return jsonDocumentChunks({
    version: JSON_FORMAT_VERSION,
    now: result2.now.toISOString(),
    counts: result2.counts,
    files: streamed(mapped(result2.files, (f) => ({ file: f.file, kind: f.kind, view: f.view, ...f.kind === "zone" ? zoneSources(f) : {} }))),
    ...result2.estate ? { families: familiesReport(result2.estate.families()) } : {},
    rules: result2.outcomes.filter((o) => o.status !== "off").map((o) => ({ ruleId: o.ruleId, status: o.status, findings: o.findings, ...o.reason ? { reason: o.reason } : {} })),
    ...result2.estate?.live ? { live: liveReport(result2.estate.live, result2.now) } : {},
    findings: streamed(result2.findings, findingText)
  });
}
function liveReport(live, now) {
  return {
    view: live.view,
    servers: live.servers,
    startedAt: live.startedAt.toISOString(),
    elapsedMs: live.elapsedMs,
    skipped: live.skipped,
    answers: live.answers.map((a) => ({
      name: a.name,
      type: a.type,
      outcome: a.outcome,
      ...a.error ? { error: a.error } : {},
      tries: a.tries,
      records: a.records.map(presentData)
    })),
    endpoints: live.endpoints.map((e) => ({
      host: e.host,
      port: e.port,
      ...e.address ? { address: e.address } : {},
      publishedBy: e.publishedBy,
      outcome: e.outcome,
      ...e.error ? { error: e.error } : {},
      chain: e.chain.map((c) => ({
        subject: c.subject,
        issuer: c.issuer,
        serial: c.serial,
        notAfter: c.notAfter?.toISOString(),
        ...c.notAfter ? { daysLeft: daysBetween(now, c.notAfter) } : {},
        fingerprint256: c.fingerprint256
      }))
    }))
  };
}
function formatJson(result2) {
  return joinChunks(jsonReportChunks(result2));
}
var quoted = JSON.stringify;
function findingText(f, indent) {
  const inner = `${indent}  `;
  const next = `,
${inner}`;
  let text2 = `{
${inner}"ruleId": ${quoted(f.ruleId)}${next}"severity": ${quoted(f.severity)}${next}"message": ${quoted(f.message)}`;
  if (f.messageId) text2 += `${next}"messageId": ${quoted(f.messageId)}`;
  if (f.data) text2 += `${next}"data": ${flatObjectText(f.data, inner) ?? wholeJson(f.data, inner)}`;
  text2 += `${next}"file": ${quoted(f.file)}${next}"line": ${numberText(f.line)}${next}"column": ${numberText(f.column)}${next}"endLine": ${numberText(f.endLine)}${next}"endColumn": ${numberText(f.endColumn)}`;
  if (f.related?.length) text2 += `${next}"related": ${wholeJson(f.related, inner)}`;
  if (f.view) text2 += `${next}"view": ${quoted(f.view)}`;
  if (f.fingerprint !== void 0) text2 += `${next}"fingerprint": ${quoted(f.fingerprint)}`;
  if (f.suppressed) text2 += `${next}"suppressed": ${wholeJson(f.suppressed, inner)}`;
  return `${text2}
${indent}}`;
}
function numberText(n) {
  return Number.isFinite(n) ? String(n) : "null";
}
function flatObjectText(value, indent) {
  if (Object.getPrototypeOf(value) !== Object.prototype) return void 0;
  const inner = `${indent}  `;
  let text2 = "";
  for (const key of Object.keys(value)) {
    const item = value[key];
    let itemText;
    if (typeof item === "string") itemText = quoted(item);
    else if (typeof item === "number") itemText = numberText(item);
    else if (item === void 0) continue;
    else return void 0;
    text2 += `${text2 === "" ? "{\n" : ",\n"}${inner}${quoted(key)}: ${itemText}`;
  }
  return text2 === "" ? "{}" : `${text2}
${indent}}`;
}
function zoneSources(f) {
  const sources = {};
  if (f.includedBy !== void 0) sources.includedBy = f.includedBy;
  if (f.origin !== void 0) sources.origin = f.origin;
  sources.originSource = f.originSource ?? "none";
  if (f.originEvidence !== void 0) sources.originEvidence = f.originEvidence;
  sources.viewSource = f.viewSource;
  if (f.viewEvidence !== void 0) sources.viewEvidence = f.viewEvidence;
  return sources;
}

// src/report/engine-rules.ts
var OWN = [
  {
    id: "parse/input",
    severity: "error",
    description: "A file could not be read as it is",
    help: "The file could not be read, is larger than the size bound, is a symbolic link leaving the lint root and was not followed, or is a zone file or BIND configuration in UTF-16 (name servers would not load it; uclint decodes it, with or without a byte-order mark, and checks it all the same).",
    docSeverity: "error (info for a skipped symlink)",
    doc: "a file could not be read (`input/unreadable`), is larger than the size bound (`input/too-large`), is a symbolic link leaving the lint root and was not followed (`input/symlink-outside-root`), is named like a zone file but binary (`input/binary`, info: a secondary zone in BIND's raw format, not read), or is a zone file or a BIND configuration, or a file one of them includes, in UTF-16 (`input/encoding`, said once per file: name servers would not load it; uclint decodes it, by its byte-order mark or, without one, by the NUL bytes of ASCII in UTF-16LE, and checks it all the same)."
  },
  {
    id: "uclint/invalid-suppression",
    severity: "warning",
    description: "A suppression comment names no rule, an unknown rule, or gives no reason",
    help: "Write `uclint-disable-next-line <rule-id> -- <reason>`: a known rule id and a reason after `--`.",
    docSeverity: "warning",
    doc: "a `uclint-disable-*` comment names no rule, an unknown rule, or gives no reason (`-- <reason>`)."
  },
  {
    id: "uclint/unused-suppression",
    severity: "warning",
    description: "A suppression comment suppressed nothing",
    help: "The fault was fixed, or the comment is on the wrong line. Remove the comment or move it to the line it means.",
    docSeverity: "warning",
    doc: "a suppression that suppressed nothing: the fault was fixed, or the comment is on the wrong line."
  },
  {
    id: "uclint/unsupported-file",
    severity: "info",
    description: "A manifest document of a kind this version recognises but does not load",
    help: "None today: every uclint/v1 kind is loaded. Kept so a kind that a newer version reads is reported, not dropped.",
    docSeverity: "info",
    doc: "a manifest document of a kind this version recognises but does not load (none today: every `uclint/v1` kind is loaded; kept so a newer kind read by an older uclint is reported rather than dropped)."
  },
  {
    id: "uclint/rule-crash",
    severity: "error",
    description: "A rule threw an error; the run went on with the other rules",
    help: "This is a defect in uclint. Please report it with the message.",
    docSeverity: "error, exit code 2",
    doc: "a rule threw; the run goes on with the other rules. Please report it."
  }
];
function engineRules(formats) {
  return [...formats.flatMap((format) => format.diagnostics ? [{ id: `parse/${format.name}`, ...format.diagnostics }] : []), ...OWN];
}
var ENGINE_RULES = engineRules(FORMATS);

// src/report/preset-docs.ts
function anchor(name) {
  return "#" + name.replace(/[^a-z0-9-]/g, "");
}
function optionsText(options) {
  return options ? `\`${JSON.stringify(options)}\`` : "";
}
function presetsLine(rule, registry) {
  const presets = [];
  for (const [name, preset] of Object.entries(PRESETS)) {
    const on = rulesTurnedOn(preset, registry).find((entry) => entry.rule.id === rule.id);
    if (!on) continue;
    const link = `[\`${name}\`](../../presets.md${anchor(name)})`;
    presets.push(on.options ? `${link} with ${optionsText(on.options)}` : link);
  }
  return `- Turned on by: ${presets.length > 0 ? presets.join(", ") : "no preset (set it in `rules`)"}`;
}

// src/report/rule-docs.ts
var SEVERITY_LABEL = { error: "error", warning: "warning", info: "info" };
function optionsTable(schema) {
  const properties = schema?.properties ?? {};
  const names2 = Object.keys(properties);
  if (names2.length === 0) return "This rule has no options.\n";
  const rows = names2.map((name) => {
    const p = properties[name];
    const type = Array.isArray(p.type) ? p.type.join(" | ") : String(p.type ?? (p.enum ? "enum" : "object"));
    const allowed = Array.isArray(p.enum) ? ` (${p.enum.map((v) => `\`${String(v)}\``).join(", ")})` : "";
    const def = p.default === void 0 ? "(none)" : `\`${JSON.stringify(p.default)}\``;
    const description = String(p.description ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
    return `| \`${name}\` | ${type}${allowed} | ${def} | ${description} |`;
  });
  return ["| option | type | default | description |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
}
function ruleDocBody(rule, page) {
  const m = rule.meta;
  const parts = [];
  parts.push(`- Pack: \`${packOf(rule.id)}\``);
  parts.push(`- Default severity: ${SEVERITY_LABEL[m.severity]}`);
  parts.push(`- In \`uclint:recommended\`: ${m.recommended ? "yes" : "no"}`);
  parts.push(`${familiesLine(rule)}${page ? "" : "\n"}`);
  if (page) {
    parts.push(presetsLine(rule, page.registry));
    parts.push(`- Source: [\`rules/${rule.id}.ts\`](../../../rules/${rule.id}.ts), tests: [\`__tests__/rules/${rule.id}.test.ts\`](../../../__tests__/rules/${rule.id}.test.ts), fixtures: [\`__tests__/fixtures/${rule.id}/\`](../../../__tests__/fixtures/${rule.id}/)
`);
  }
  parts.push(`## Why

${m.rationale.trim()}
`);
  if (m.examples?.invalid || m.examples?.valid) {
    parts.push("## Examples\n");
    const language = m.examples.language ?? "dns";
    if (m.examples.invalid) parts.push(`Reported:

\`\`\`${language}
${m.examples.invalid.trim()}
\`\`\`
`);
    if (m.examples.valid) parts.push(`Not reported:

\`\`\`${language}
${m.examples.valid.trim()}
\`\`\`
`);
  }
  parts.push("## Options\n");
  parts.push(optionsTable(m.options));
  parts.push("## Messages\n");
  for (const [id, text2] of Object.entries(m.messages)) parts.push(`- \`${id}\`: ${text2}`);
  parts.push("");
  parts.push("## Sources\n");
  for (const c of m.citations) {
    const label = c.section ? `${c.source}, ${c.section}` : c.source;
    parts.push(`- ${c.url ? `[${label}](${c.url})` : label}`);
  }
  parts.push("");
  return parts;
}
function familiesLine(rule) {
  const m = rule.meta;
  const products = m.products ? `, products ${m.products.map((p) => `\`${p}\``).join(", ")} only` : "";
  const messages = Object.entries(m.messageFamilies ?? {});
  const narrower = messages.map(([id, families]) => `; \`${id}\` only for ${familiesInWords(families)}`).join("");
  return `- Families: ${familiesInWords(m.families)}${products}${narrower}`;
}
function renderRuleHelp(rule) {
  return ruleDocBody(rule).join("\n");
}
function markdownToText(markdown) {
  return markdown.split("\n").filter((line) => !/^```/.test(line) && !/^\|(?: *:?-+:? *\|)+$/.test(line)).map(
    (line) => line.replace(/^#+ +/, "").replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, "$1 ($2)").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/`([^`]*)`/g, "$1").replace(/\\\|/g, "|")
  ).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

// src/report/uri.ts
function relativeUri(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_URI_BASE_ID = "%SRCROOT%";
var SARIF_FINGERPRINT_KEY = "uclint/v1";
var SARIF_MAX_RESULTS = 25e3;
var LEVEL = { error: "error", warning: "warning", info: "note" };
function* sarifChunks(result2, options) {
  const maxResults = Math.max(0, options.maxResults ?? SARIF_MAX_RESULTS);
  const descriptors = ruleDescriptors(result2, options);
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const findings = problemFindings(result2.findings);
  const kept = keepMostSevere(findings, maxResults);
  const omitted = findings.length - kept.length;
  const notifications = result2.fatal.map((problem) => ({
    level: "error",
    message: { text: problem.message },
    ...problem.file && problem.line ? { locations: [{ physicalLocation: physicalLocation(fatalRange(problem.file, problem)) }] } : {}
  }));
  if (omitted > 0) {
    notifications.push({
      level: "warning",
      message: {
        text: `${omitted} of ${findings.length} results were left out: a run holds at most ${maxResults} results, errors kept first.`
      }
    });
  }
  const results = streamed(mapped(kept, (f) => sarifResult(f, indexOf, result2.configFile)));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "uclint",
            version: VERSION,
            semanticVersion: VERSION,
            ...options.informationUri ? { informationUri: options.informationUri } : {},
            rules: streamed(descriptors)
          }
        },
        invocations: [
          {
            executionSuccessful: result2.fatal.length === 0,
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        originalUriBaseIds: {
          [SARIF_URI_BASE_ID]: { description: { text: "The lint root: the directory every path uclint reports is relative to." } }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  yield* jsonDocumentChunks(log);
}
function formatSarif(result2, options) {
  return joinChunks(sarifChunks(result2, options));
}
function fatalRange(file, problem) {
  const line = problem.line ?? 1;
  const column = problem.column ?? 1;
  return { file, line, column, endLine: problem.endLine ?? line, endColumn: problem.endColumn ?? column };
}
function keepMostSevere(findings, max) {
  if (findings.length <= max) return [...findings];
  const rank = (f) => f.suppressed ? 3 : f.severity === "error" ? 0 : f.severity === "warning" ? 1 : 2;
  const chosen = findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index).slice(0, max).sort((a, b) => a.index - b.index);
  return chosen.map((c) => c.finding);
}
function ruleDescriptors(result2, options) {
  const occurring = new Set(result2.findings.map((f) => f.ruleId));
  const on = new Set(result2.outcomes.filter((o) => o.status !== "off").map((o) => o.ruleId));
  const descriptors = [];
  const described = /* @__PURE__ */ new Set();
  const pluginRuleIds = new Set(result2.plugins?.flatMap((plugin) => plugin.rules.map((rule) => rule.id)));
  for (const rule of options.rules) {
    if (described.has(rule.id) || !(on.has(rule.id) || occurring.has(rule.id))) continue;
    described.add(rule.id);
    descriptors.push(registryRuleDescriptor(rule, pluginRuleIds.has(rule.id) ? void 0 : options.helpUriBase));
  }
  for (const engineRule of ENGINE_RULES) {
    if (described.has(engineRule.id) || !occurring.has(engineRule.id)) continue;
    described.add(engineRule.id);
    descriptors.push(engineRuleDescriptor(engineRule, options.helpUriBase));
  }
  for (const id of [...occurring].sort()) {
    if (described.has(id)) continue;
    described.add(id);
    const severity = result2.findings.find((f) => f.ruleId === id)?.severity ?? "warning";
    descriptors.push(engineRuleDescriptor({ id, severity, description: `Findings of ${id}`, help: `Findings of ${id}.` }, void 0));
  }
  return descriptors;
}
function registryRuleDescriptor(rule, helpUriBase) {
  const help = renderRuleHelp(rule);
  return {
    id: rule.id,
    name: symbolicName(rule.id),
    shortDescription: { text: sentence(rule.meta.description) },
    fullDescription: { text: markdownToText(rule.meta.rationale) },
    ...helpUriBase ? { helpUri: `${helpUriBase.replace(/\/+$/, "")}/${rule.id}.md` } : {},
    help: { text: markdownToText(help), markdown: help },
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
    properties: { tags: [packOf(rule.id)] }
  };
}
function engineRuleDescriptor(rule, helpUriBase) {
  const helpUri = helpUriBase && diagnosticsUri(helpUriBase);
  return {
    id: rule.id,
    name: symbolicName(rule.id),
    shortDescription: { text: sentence(rule.description) },
    fullDescription: { text: markdownToText(rule.help) },
    ...helpUri ? { helpUri } : {},
    help: { text: markdownToText(rule.help), markdown: rule.help },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.id.includes("/") ? packOf(rule.id) : rule.id] }
  };
}
function diagnosticsUri(helpUriBase) {
  try {
    return new URL("../diagnostics.md", helpUriBase.replace(/\/*$/, "/")).href;
  } catch {
    return void 0;
  }
}
function symbolicName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function sentence(text2) {
  return /[.!?]$/.test(text2) ? text2 : `${text2}.`;
}
function sarifResult(finding, indexOf, configFile) {
  const out = {
    ruleId: finding.ruleId,
    ruleIndex: indexOf.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: sentence(finding.message) },
    locations: [primaryLocation(finding, configFile)]
  };
  if (finding.related?.length) {
    out.relatedLocations = finding.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r),
      message: { text: sentence(r.message) }
    }));
  }
  if (finding.view) out.properties = { view: finding.view };
  if (finding.fingerprint) out.partialFingerprints = { [SARIF_FINGERPRINT_KEY]: finding.fingerprint };
  if (finding.suppressed) {
    const { kind, reason } = finding.suppressed;
    out.suppressions = [
      {
        kind: kind === "baseline" ? "external" : "inSource",
        status: "accepted",
        justification: reason ?? (kind === "baseline" ? "Recorded in the baseline file." : "Suppressed by a comment.")
      }
    ];
  }
  return out;
}
function primaryLocation(finding, configFile) {
  if (finding.file) return { physicalLocation: physicalLocation(finding) };
  return {
    // Code scanning wants a region too; line 1 of the file, or of nothing for the root.
    physicalLocation: { artifactLocation: configFile ? artifactLocation(configFile) : { uri: "./", uriBaseId: SARIF_URI_BASE_ID }, region: { startLine: 1 } },
    message: { text: "This finding belongs to the run, not to a file." }
  };
}
function physicalLocation(range) {
  return {
    artifactLocation: artifactLocation(range.file),
    region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn }
  };
}
function artifactLocation(file) {
  return { uri: relativeUri(file), uriBaseId: SARIF_URI_BASE_ID };
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeCommandData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text2) {
  return escapeCommandData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithubCommand(finding) {
  const properties = [];
  if (finding.file) {
    properties.push(["file", finding.file], ["line", finding.line], ["endLine", finding.endLine]);
    if (finding.line === finding.endLine) properties.push(["col", finding.column], ["endColumn", finding.endColumn]);
  }
  properties.push(["title", finding.ruleId]);
  const list = properties.map(([key, value]) => `${key}=${escapeCommandProperty(printableCommandText(String(value)))}`).join(",");
  return `::${COMMAND[finding.severity]} ${list}::${escapeCommandData(printableCommandText(finding.message))}`;
}
function* githubChunks(findings) {
  for (const f of findings) if (!f.suppressed && !isNotChecked(f)) yield `${formatGithubCommand(f)}
`;
}
function formatGithub(findings) {
  return joinChunks(githubChunks(findings));
}

// src/report/markdown.ts
var MARKDOWN_MAX_BYTES = 1048576;
var SEVERITIES2 = ["error", "warning", "info"];
var FINDINGS_TABLE_HEAD = "| severity | rule | location | message |\n| --- | --- | --- | --- |";
function markdownTruncationNote(dropped, total, maxBytes) {
  return `Not listed: ${dropped} of ${total} findings (this summary is limited to ${maxBytes} bytes).`;
}
function escapeMarkdown(text2) {
  return printableCommandText(text2).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, "\\$&").replace(/\r\n|\r|\n/g, "<br>").replace(/(^|[^A-Za-z0-9_])@(?=[A-Za-z0-9])/g, "$1@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/\b(GH)(?=-\d)/gi, "$1\u200B");
}
function formatMarkdown(result2, options = {}) {
  const maxBytes = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const title = escapeMarkdown((options.title ?? "uclint").replace(/[\r\n]+/g, " "));
  const blocks = [`## ${title}`, formatTotals(result2.counts, result2.files.length)];
  const skipped = notCheckedSummary(result2.findings, `${options.notCheckedListedBy ?? "uclint --format json"} lists them`);
  if (skipped) blocks.push(escapeMarkdown(skipped));
  const packs = packTable(problemFindings(result2.findings));
  if (packs) blocks.push(packs);
  const families = familiesParagraph(result2);
  if (families) blocks.push(families);
  const live = liveSection(result2);
  if (live) blocks.push(live);
  for (const note2 of options.notes ?? []) blocks.push(note2);
  const head = blocks.join("\n\n");
  const listed = options.findings ?? problemFindings(result2.findings.filter((f) => !f.suppressed));
  const total = listed.length;
  if (total === 0) return fitBytes(`${head}
`, maxBytes);
  const tableStart = `${head}

${FINDINGS_TABLE_HEAD}
`;
  const noteBytes = (dropped) => byteLength(`
${markdownTruncationNote(dropped, total, maxBytes)}
`);
  const rows = [];
  let used = byteLength(tableStart);
  let keptWithNote = 0;
  let overflowed = false;
  for (let i = 0; i < total; i++) {
    const row = findingRow(listed[i], options.linkBase ?? "");
    used += byteLength(row) + 1;
    if (used > maxBytes) {
      overflowed = true;
      break;
    }
    rows.push(row);
    if (used + noteBytes(total - i - 1) <= maxBytes && keptWithNote === i) keptWithNote = i + 1;
  }
  if (!overflowed) return `${tableStart}${rows.join("\n")}
`;
  const note = markdownTruncationNote(total - keptWithNote, total, maxBytes);
  if (keptWithNote > 0) return `${tableStart}${rows.slice(0, keptWithNote).join("\n")}

${note}
`;
  return `${fitBytes(head, maxBytes - byteLength(`

${note}
`))}

${note}
`;
}
function familiesParagraph(result2) {
  if (!result2.estate) return void 0;
  const families = result2.estate.families();
  const which = families.source === "unknown" ? "unknown (nothing in the files shows them; `settings.families` states them)" : `${escapeMarkdown(familiesInWords(families.families))} (${escapeMarkdown(families.how)})`;
  const notRun = result2.outcomes.filter((o) => o.otherFamilies).length;
  const rules = notRun > 0 ? ` ${plural(notRun, "rule")} about other families did not run; the JSON report says why for each.` : "";
  return `Families: ${which}.${rules}`;
}
var LIVE_ENDPOINT_ROWS = 50;
function liveSection(result2) {
  const live = result2.estate?.live;
  if (!live) return void 0;
  const count = (outcome) => live.answers.filter((a) => a.outcome === outcome).length;
  const findings = problemFindings(result2.findings.filter((f) => f.view === "live" && !f.suppressed));
  const bySeverity = [plural(findings.filter((f) => f.severity === "error").length, "error"), plural(findings.filter((f) => f.severity === "warning").length, "warning"), `${findings.filter((f) => f.severity === "info").length} info`].join(", ");
  const lines = [
    "## Live view",
    `Asked ${plural(live.answers.length, "question")} of the DNS (${escapeMarkdown(live.servers.join(", "))}) for the ${live.view} view in ${(live.elapsedMs / 1e3).toFixed(1)} s: ${count("answered")} answered, ${count("nodata") + count("nxdomain")} with no such record, ${count("failed")} without an answer. ${plural(live.endpoints.length, "TLS endpoint")}: ${live.endpoints.filter((e) => e.outcome === "presented").length} presented a certificate, ${live.endpoints.filter((e) => e.outcome === "failed").length} failed, ${live.endpoints.filter((e) => e.outcome === "not-attempted").length} not probed.` + (live.skipped.questions + live.skipped.endpoints > 0 ? ` Left out at the probe's bounds: ${live.skipped.questions} questions, ${live.skipped.endpoints} endpoints.` : "") + ` Findings of the live view: ${bySeverity}.`
  ];
  if (live.endpoints.length > 0) {
    const sorted = [...live.endpoints].sort((a, b) => (a.chain[0]?.notAfter?.getTime() ?? Infinity) - (b.chain[0]?.notAfter?.getTime() ?? Infinity));
    const rows = sorted.slice(0, LIVE_ENDPOINT_ROWS).map((e) => {
      const leaf = e.chain[0];
      const endpoint = escapeMarkdown(`${e.host}:${e.port}${e.address && e.address !== e.host ? ` (${e.address})` : ""}`);
      if (!leaf) return `| ${endpoint} | ${escapeMarkdown(e.error ?? "no certificate")} | | |`;
      const days = leaf.notAfter ? daysBetween(result2.now, leaf.notAfter) : void 0;
      return `| ${endpoint} | ${escapeMarkdown(leaf.subject ?? "no subject")} | ${leaf.notAfter ? isoDay(leaf.notAfter) : ""} | ${days ?? ""} |`;
    });
    lines.push(["| endpoint | certificate presented | expires | days left |", "| --- | --- | --- | ---: |", ...rows].join("\n"));
    if (sorted.length > LIVE_ENDPOINT_ROWS) lines.push(`Not listed: ${sorted.length - LIVE_ENDPOINT_ROWS} of ${sorted.length} endpoints (the JSON report lists them all).`);
  }
  return lines.join("\n\n");
}
function packTable(findings) {
  const byPack = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.suppressed) continue;
    const pack = f.ruleId.includes("/") ? f.ruleId.slice(0, f.ruleId.indexOf("/")) : f.ruleId;
    const counts = byPack.get(pack) ?? { error: 0, warning: 0, info: 0 };
    counts[f.severity]++;
    byPack.set(pack, counts);
  }
  if (byPack.size === 0) return void 0;
  const rows = [...byPack.keys()].sort().map((pack) => {
    const counts = byPack.get(pack);
    return `| ${escapeMarkdown(pack)} | ${SEVERITIES2.map((s) => counts[s]).join(" | ")} |`;
  });
  return ["| pack | error | warning | info |", "| --- | ---: | ---: | ---: |", ...rows].join("\n");
}
function findingRow(f, linkBase) {
  return `| ${f.severity} | ${escapeMarkdown(f.ruleId)} | ${locationLink(f, linkBase)} | ${escapeMarkdown(f.message)} |`;
}
function locationLink(f, linkBase) {
  if (!f.file) return "(run)";
  const lines = f.endLine > f.line ? `L${f.line}-L${f.endLine}` : `L${f.line}`;
  return `[${escapeMarkdown(f.file)}:${f.line}](${linkBase}${relativeUri(f.file)}#${lines})`;
}
function byteLength(text2) {
  return Buffer.byteLength(text2, "utf8");
}
function fitBytes(text2, maxBytes) {
  if (byteLength(text2) <= maxBytes) return text2;
  let out = "";
  let used = 0;
  for (const char of text2) {
    const size = byteLength(char);
    if (used + size > maxBytes) break;
    out += char;
    used += size;
  }
  return out;
}

// src/report/rules-list.ts
function formatRulesList(rules, format, preset) {
  const entries = preset ? preset.rules : rules.map((rule) => ({ rule, severity: rule.meta.severity }));
  const sorted = [...entries].sort((a, b) => a.rule.id < b.rule.id ? -1 : 1);
  if (format === "json") {
    return JSON.stringify(
      sorted.map(({ rule: r, severity, options }) => ({
        id: r.id,
        pack: packOf(r.id),
        severity,
        recommended: r.meta.recommended,
        families: isEveryFamily(r.meta.families) ? "all" : familiesOf(r.meta.families),
        description: r.meta.description,
        ...options ? { options } : {}
      })),
      null,
      2
    ) + "\n";
  }
  const idWidth = Math.max(...sorted.map((e) => e.rule.id.length), 4);
  const lines = [];
  if (preset) lines.push(`${preset.name}${preset.product ? ` (settings.product: ${preset.product})` : ""}: ${sorted.length} rules on`);
  lines.push(`${"RULE".padEnd(idWidth)}  ${"SEVERITY".padEnd(8)}  REC  DESCRIPTION`);
  for (const { rule: r, severity, options } of sorted) {
    const withOptions = options ? `  options: ${JSON.stringify(options)}` : "";
    lines.push(`${r.id.padEnd(idWidth)}  ${severity.padEnd(8)}  ${r.meta.recommended ? "yes" : "no "}  ${r.meta.description}${withOptions}`);
  }
  return lines.join("\n") + "\n";
}

// src/report/certificates.ts
function listCertificates(certificates, options) {
  const entries = [];
  for (const c of certificates) {
    const daysLeft = c.notAfter ? daysBetween(options.now, c.notAfter) : void 0;
    if (options.expiresWithin !== void 0 && (daysLeft === void 0 || daysLeft > options.expiresWithin)) continue;
    if (options.commonNameFilter && (c.commonName === void 0 || !options.commonNameFilter(c.commonName))) continue;
    entries.push({
      name: c.name,
      file: c.loc.file,
      line: c.loc.line,
      ...c.commonName !== void 0 ? { commonName: c.commonName } : {},
      sans: [...c.sans?.dns ?? [], ...c.sans?.ip ?? []],
      ...c.issuer !== void 0 ? { issuer: c.issuer } : c.issuerKind ? { issuer: `(${c.issuerKind} CA)` } : {},
      ...c.notAfter ? { notAfter: isoDay(c.notAfter) } : {},
      ...daysLeft !== void 0 ? { daysLeft } : {},
      usedBy: [...c.usedBy]
    });
  }
  return entries.sort(
    (a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || a.name.localeCompare(b.name) || a.file.localeCompare(b.file) || a.line - b.line
  );
}
function* certificateTableChunks(entries) {
  const rows = entries.map((e) => [daysText(e), e.notAfter ?? "-", e.commonName ?? "-", e.sans.join(", ") || "-", e.issuer || "-", `${e.file}:${e.line}`].map(printable));
  const head = ["DAYS", "NOT AFTER", "CN", "SANS", "ISSUER", "WHERE"];
  const widths = head.map((h) => h.length);
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i], cell.length));
  const line = (cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd(widths[i])).join("  ");
  yield `${line(head)}
`;
  for (const row of rows) yield `${line(row)}
`;
  yield `${entries.length} certificate${entries.length === 1 ? "" : "s"}
`;
}
function* certificateMarkdownChunks(entries) {
  yield "| days left | not after | CN | SANs | issuer | where |\n| ---: | --- | --- | --- | --- | --- |\n";
  for (const e of entries) {
    yield `| ${daysText(e)} | ${e.notAfter ?? "-"} | ${escapeMarkdown(e.commonName ?? "-")} | ${escapeMarkdown(e.sans.join(", ") || "-")} | ${escapeMarkdown(e.issuer || "-")} | ${escapeMarkdown(`${e.file}:${e.line}`)} |
`;
  }
}
function certificatesJsonChunks(entries, now) {
  return jsonDocumentChunks({ now: now.toISOString(), certificates: streamed(entries) });
}
function daysText(entry) {
  if (entry.daysLeft === void 0) return "-";
  return entry.daysLeft < 0 ? `expired ${-entry.daysLeft}d ago` : String(entry.daysLeft);
}
function formatExpiryTimeline(certificates, now, days = 90) {
  const entries = listCertificates(certificates, { now, expiresWithin: days });
  if (entries.length === 0) return void 0;
  const label = (e) => printable(`${e.commonName ?? e.name} (${e.name})`.replace(/[:#;`\n\r]/g, " ").trim());
  const expired = entries.filter((e) => e.daysLeft < 0);
  const expiring = entries.filter((e) => e.daysLeft >= 0);
  const lines = ["```mermaid", "gantt", `  title Certificates expiring within ${days} days of ${isoDay(now)}`, "  dateFormat YYYY-MM-DD", "  axisFormat %m-%d"];
  if (expired.length > 0) {
    lines.push("  section Expired");
    for (const e of expired) lines.push(`  ${label(e)} :crit, milestone, ${e.notAfter}, 0d`);
  }
  if (expiring.length > 0) {
    lines.push("  section Expiring");
    for (const e of expiring) lines.push(`  ${label(e)} :${e.daysLeft <= 30 ? "crit, " : ""}${isoDay(now)}, ${e.notAfter}`);
  }
  lines.push("```");
  return lines.join("\n") + "\n";
}

// src/init/run.ts
import { existsSync as existsSync5, lstatSync as lstatSync2, mkdirSync, realpathSync as realpathSync5, statSync as statSync6, writeFileSync } from "node:fs";
import path9 from "node:path";

// src/init/guess.ts
import { existsSync as existsSync4, statSync as statSync5 } from "node:fs";
import path8 from "node:path";
var INTERNAL_SERVICES = /* @__PURE__ */ new Set(["_sipinternaltls._tcp", "_sipinternal._tcp", "_cisco-uds._tcp"]);
var EXTERNAL_SERVICES = /* @__PURE__ */ new Set(["_sip._tls", "_sipfederationtls._tcp", "_collab-edge._tls"]);
var INTERNAL_NAMES = /* @__PURE__ */ new Set(["lyncdiscoverinternal"]);
var EXTERNAL_NAMES = /* @__PURE__ */ new Set(["lyncdiscover"]);
var SIP_DISCOVERY_SERVICES = ["_sip._tls", "_sipfederationtls._tcp", "_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tcp", "_sips._tcp"];
var SIP_DISCOVERY_HOSTS = ["sip", "lyncdiscover", "lyncdiscoverinternal"];
var LYNC_SERVICES2 = /* @__PURE__ */ new Set(["_sip._tls", "_sipfederationtls._tcp", "_sipinternaltls._tcp", "_sipinternal._tcp"]);
var CISCO_SERVICES = /* @__PURE__ */ new Set(["_collab-edge._tls", "_cisco-uds._tcp"]);
function sovereignCloud(domains) {
  const named = domains.flatMap((d) => d.discovery.filter((e) => e.cloud !== void 0));
  const clouds = new Set(named.map((e) => e.cloud));
  const [only] = clouds;
  return clouds.size === 1 && only !== void 0 && only !== DEFAULT_M365_CLOUD ? { cloud: only, evidence: named[0] } : void 0;
}
function presetForProduct(product) {
  return `uclint:${presetProductOf(product)}`;
}
var NON_ESTATE_DIRECTORIES = {
  vendor: "vendored dependencies",
  build: "build output",
  out: "build output",
  target: "build output",
  coverage: "test coverage reports",
  ".venv": "a Python virtual environment",
  venv: "a Python virtual environment",
  __pycache__: "Python bytecode",
  ".terraform": "Terraform providers and modules",
  bower_components: "vendored dependencies"
};
var EVIDENCE_SHOWN = 3;
function at(loc) {
  return `${loc.file}:${loc.line}`;
}
function guessConfiguration({ root, estate, files }) {
  const warnings = [];
  const zones = guessViews(estate.zones, files);
  const domains = guessDomains(estate);
  for (const domain of domains) {
    if (domain.status === "mixed") {
      warnings.push(
        `${domain.domain}: discovery records point both to Microsoft 365 and to servers of its own; this looks like a migration left half done (clients follow whichever record they find first)`
      );
    }
  }
  const product = guessProduct(estate, domains);
  return {
    zones,
    views: viewGlobs(zones),
    domains,
    families: estate.families(),
    ...statedFamilies2(estate, product),
    product,
    policySources: policySources(estate),
    ignore: guessIgnore(root),
    warnings
  };
}
function policySources(estate) {
  const byFile = /* @__PURE__ */ new Map();
  const add = (file, what) => {
    const list = byFile.get(file);
    if (list) list.push(what);
    else byFile.set(file, [what]);
  };
  for (const set of estate.firewallRuleSets) {
    const outbound = (set.defaultActions ?? []).filter((d) => d.direction === "outbound").pop();
    const defaults = outbound ? `, default outbound ${outbound.action.value}` : "";
    const kind = set.source === "azure-nsg" ? `Azure network security group ${set.name}` : set.source === "aws-security-group" ? `AWS security group ${set.name}` : "firewall rule set";
    add(set.file, `${kind} (${set.rules.length} rule${set.rules.length === 1 ? "" : "s"}${defaults})`);
  }
  for (const profile of estate.vpnProfiles) {
    const tunnel = profile.tunnel?.value === "full" ? profile.exclude.length > 0 ? "forced tunnel with exclusions" : "forced tunnel" : "split tunnel";
    add(profile.file, `VPN profile ${profile.name} (${tunnel})`);
  }
  const qosByFile = /* @__PURE__ */ new Map();
  for (const policy of estate.qosPolicies) qosByFile.set(policy.file, (qosByFile.get(policy.file) ?? 0) + 1);
  for (const [file, count] of qosByFile) add(file, `${count} QoS polic${count === 1 ? "y" : "ies"}`);
  for (const policy of estate.mediaPolicies) {
    add(policy.file, policy.product === "teams" ? "Teams meeting media ports" : policy.product === "lync" ? "Skype for Business client media settings" : "media policy");
  }
  return [...byFile].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([file, holds]) => ({ file, holds }));
}
function pathEvidence(zone) {
  const segments = zone.file.split("/");
  const fileName = segments.pop();
  const domain = zone.origin ? displayName(zone.origin) : "";
  const withoutDomain = domain && fileName.toLowerCase().includes(domain) ? fileName.toLowerCase().replace(domain, " ") : fileName;
  const nameViews = new Set(viewWordsIn(withoutDomain.replace(/\.(zone|db|dns)$/i, "")));
  if (nameViews.size === 1) {
    const view = [...nameViews][0];
    return { text: `file name '${fileName}' says ${view}`, at: zone.file, view };
  }
  for (const segment of segments.reverse()) {
    const views = new Set(viewWordsIn(segment));
    if (views.size === 1) {
      const view = [...views][0];
      return { text: `directory '${segment}' says ${view}`, at: zone.file, view };
    }
  }
  return void 0;
}
function sitedEvidence(text2, view) {
  const match = /^(.*?:\d+): (.*)$/.exec(text2);
  const evidence = match ? { text: `BIND ${match[2]}`, at: match[1] } : { text: text2, at: "" };
  if (view) evidence.view = view;
  return evidence;
}
function originFrom(zone, file) {
  switch (zone.originSource) {
    case "named-conf":
    case "config":
      return file?.originEvidence ?? zone.originSource;
    case "directive":
      return "the file's $ORIGIN";
    case "soa":
      return "the owner of the file's SOA record";
    case "declared":
      return "the resource that declares the zone";
    case "filename":
      return "only a guess from the file name";
    case "none":
      return "nothing says it";
  }
}
function addressEvidence(zone) {
  let privateCount = 0;
  let publicCount = 0;
  let firstPrivate;
  let firstPublic;
  for (const record of zone.table.each()) {
    if (record.type !== "A" && record.type !== "AAAA") continue;
    const range = nonPublicRangeOf(record.data.address);
    if (range === void 0) {
      publicCount++;
      firstPublic ??= record;
    } else if (range.kind === "private" || range.kind === "unique local") {
      privateCount++;
      firstPrivate ??= record;
    }
  }
  const total = privateCount + publicCount;
  if (total === 0) return void 0;
  const counts = `${privateCount} of ${total} addresses private (RFC 1918/ULA)`;
  if (privateCount >= total * 0.8) return { text: counts, at: at(firstPrivate.loc), view: "internal" };
  if (privateCount <= total * 0.2) return { text: counts, at: at(firstPublic.loc), view: "external" };
  return { text: `${counts}: no side`, at: zone.file };
}
function discoveryEvidence(zone) {
  const internal = [];
  const external = [];
  for (const record of zone.table.each()) {
    const owner = splitSrvOwner(record.name);
    const firstLabel = record.name.slice(0, record.name.indexOf("."));
    if (record.type === "SRV" && owner) {
      if (INTERNAL_SERVICES.has(owner.service)) internal.push(record);
      else if (EXTERNAL_SERVICES.has(owner.service)) external.push(record);
    } else if (record.type === "A" || record.type === "AAAA" || record.type === "CNAME") {
      if (INTERNAL_NAMES.has(firstLabel)) internal.push(record);
      else if (EXTERNAL_NAMES.has(firstLabel)) external.push(record);
    }
  }
  const describe2 = (records) => [...new Set(records.map((r) => displayName(r.name)))].join(", ");
  const found = [];
  if (internal.length > external.length) found.push({ text: `internal discovery records: ${describe2(internal)}`, at: at(internal[0].loc), view: "internal" });
  else if (external.length > internal.length) found.push({ text: `external discovery records: ${describe2(external)}`, at: at(external[0].loc), view: "external" });
  else if (internal.length > 0) found.push({ text: `discovery records of both sides: ${describe2([...internal, ...external])}`, at: at(internal[0].loc) });
  return found;
}
function agreedView(evidence) {
  const views = new Set(evidence.map((e) => e.view).filter((v) => v !== void 0));
  if (views.size === 0) return void 0;
  return views.size === 1 ? [...views][0] : "conflict";
}
function guessViews(zoneFiles, files = []) {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const guesses = zoneFiles.map((zone) => {
    const file = byFile.get(zone.file);
    const guess = { file: zone.file, originFrom: originFrom(zone, file), evidence: [] };
    if (zone.origin) guess.origin = displayName(zone.origin);
    if (zone.viewSource === "comment" && zone.view !== "unknown") {
      guess.evidence.push({ text: `the file says '; uclint-view: ${zone.view}'`, at: `${zone.file}:1`, view: zone.view });
      guess.view = zone.view;
      return guess;
    }
    if (zone.viewSource === "declared" && zone.view !== "unknown") {
      guess.evidence.push({ text: `the zone's declaration says ${zone.view}`, at: `${zone.loc.file}:${zone.loc.line}`, view: zone.view });
      guess.view = zone.view;
      return guess;
    }
    if (zone.viewSource === "named-conf" && zone.view !== "unknown" && file?.viewEvidence) {
      guess.evidence.push(sitedEvidence(file.viewEvidence, zone.view));
      guess.view = zone.view;
      return guess;
    }
    if (zone.viewSource === "named-conf" && file?.viewEvidence) {
      guess.evidence.push(sitedEvidence(file.viewEvidence));
      guess.unplacedReason = "BIND serves it in views of both sides";
      return guess;
    }
    const bind = zone.viewSource === "none" && file?.viewEvidence ? [sitedEvidence(file.viewEvidence)] : [];
    const named = [pathEvidence(zone), ...bind].filter((e) => e !== void 0);
    const content = [addressEvidence(zone), ...discoveryEvidence(zone)].filter((e) => e !== void 0);
    guess.evidence.push(...named, ...content);
    const byName = agreedView(named);
    const byContent = agreedView(content);
    if (byName === "conflict") guess.unplacedReason = "its names point to both sides";
    else if (byName) guess.view = byName;
    else if (byContent === "conflict") guess.unplacedReason = "its records point to both sides";
    else if (byContent) guess.view = byContent;
    else guess.unplacedReason = "nothing says which side it serves";
    return guess;
  });
  for (const guess of guesses) {
    if (guess.view || !guess.origin || guess.unplacedReason !== "nothing says which side it serves") continue;
    const others = guesses.filter((other) => other !== guess && other.origin === guess.origin);
    const sides = new Set(others.map((other) => other.view));
    if (others.length === 1 && sides.size === 1 && others[0].view) {
      const view = others[0].view === "internal" ? "external" : "internal";
      guess.evidence.push({ text: `the other copy of ${guess.origin} is ${others[0].view}`, at: others[0].file, view });
      guess.view = view;
      delete guess.unplacedReason;
    }
  }
  return guesses;
}
function viewGlobs(zones) {
  const globs = { internal: /* @__PURE__ */ new Set(), external: /* @__PURE__ */ new Set() };
  const baseNames = /* @__PURE__ */ new Map();
  for (const zone of zones) {
    const base = zone.file.slice(zone.file.lastIndexOf("/") + 1);
    baseNames.set(base, (baseNames.get(base) ?? 0) + 1);
  }
  for (const zone of zones) {
    if (!zone.view) continue;
    const segments = zone.file.split("/").slice(0, -1);
    let glob;
    for (let depth = 1; depth <= segments.length && !glob; depth++) {
      const directory = segments.slice(0, depth).join("/");
      const own = new Set(viewWordsIn(segments[depth - 1]));
      const inside = zones.filter((z) => z.file.startsWith(directory + "/"));
      if (own.size === 1 && own.has(zone.view) && inside.every((z) => z.view === zone.view)) glob = `${escapeGlob(directory)}/**`;
    }
    if (!glob) glob = zone.file.includes("/") || baseNames.get(zone.file) === 1 ? escapeGlob(zone.file) : `./${escapeGlob(zone.file)}`;
    globs[zone.view].add(glob);
  }
  return { internal: [...globs.internal].sort(), external: [...globs.external].sort() };
}
function addSource(map, domain, evidence) {
  const list = map.get(domain);
  if (!list) map.set(domain, [evidence]);
  else if (!list.some((e) => e.text === evidence.text && e.at === evidence.at)) list.push(evidence);
}
function guessDomains(estate) {
  const sources = /* @__PURE__ */ new Map();
  for (const { service, domain, record } of estate.srvServices()) {
    if (service.startsWith("_sip")) addSource(sources, domain, { text: `${service} SRV`, at: at(record.loc) });
  }
  for (const host of SIP_DISCOVERY_HOSTS) {
    for (const type of ["A", "AAAA", "CNAME"]) {
      for (const record of estate.records(type)) {
        if (!record.name.startsWith(host + ".")) continue;
        const domain = parentName(record.name);
        if (!domain || domain === "." || !domain.slice(0, -1).includes(".") || !estate.holdsZoneFor(domain)) continue;
        addSource(sources, domain, { text: `${host} ${type}`, at: at(record.loc) });
      }
    }
  }
  for (const topology of estate.topologies) {
    const said = topology.source === "topology-builder" ? "Topology Builder InternalDomain" : "topology sipDomains";
    for (const domain of topology.sipDomains) addSource(sources, canonicalName(domain.value), { text: said, at: at(domain.loc) });
  }
  const guesses = [];
  for (const [domain, found] of [...sources].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const discovery = discoveryTargets(estate, domain);
    const online = discovery.some((e) => e.online);
    const own = discovery.some((e) => !e.online);
    const status = online && own ? "mixed" : online ? "online" : own ? "on-premises" : "unknown";
    guesses.push({ domain: displayName(domain), status, sources: found, discovery });
  }
  return guesses;
}
function discoveryTargets(estate, domain) {
  const found = [];
  const add = (record, target) => {
    const where = at(record.loc);
    if (target === void 0) {
      const shown2 = `${displayName(record.name)} ${record.type} ${record.data.address}`;
      found.push({ text: `${shown2}: a server of its own`, record: shown2, at: where, online: false });
      return;
    }
    const onlineHost = m365HostReachedBy(estate, canonicalName(target));
    const shown = `${displayName(record.name)} ${record.type} -> ${displayName(canonicalName(target))}`;
    const cloud = onlineHost && m365CloudOf(onlineHost);
    const text2 = `${shown}: ${!onlineHost ? "a server of its own" : cloud ? M365_CLOUDS[cloud].title : "Microsoft 365"}`;
    found.push({ text: text2, record: shown, at: where, online: onlineHost !== void 0, ...cloud ? { cloud } : {} });
  };
  for (const service of SIP_DISCOVERY_SERVICES) {
    for (const record of estate.recordsAt(`${service}.${domain}`, "SRV")) add(record, record.data.target);
  }
  for (const host of SIP_DISCOVERY_HOSTS) {
    for (const record of estate.recordsAt(`${host}.${domain}`)) {
      if (record.type === "CNAME") add(record, record.data.target);
      else if (record.type === "A" || record.type === "AAAA") add(record, void 0);
    }
  }
  return found;
}
function guessProduct(estate, domains) {
  const choose = (wanted, product, reason, evidence) => {
    const guess = { preset: Object.hasOwn(PRESETS, wanted) ? wanted : DEFAULT_PRESET, reason, evidence };
    if (product) guess.product = product;
    if (guess.preset !== wanted) guess.missingPreset = wanted;
    return guess;
  };
  if (domains.length > 0 && domains.every((d) => d.status === "online")) {
    const evidence = domains.map((d) => ({ text: `${d.domain} is online`, at: d.discovery[0]?.at ?? d.sources[0].at }));
    return choose(presetForProduct("teams"), "teams", "every SIP domain is served by Microsoft 365", evidence);
  }
  for (const topology of estate.topologies) {
    const product = topology.product;
    if (product && PRODUCTS.includes(product.value)) {
      const value = product.value;
      const builder = topology.source === "topology-builder";
      const reason = builder ? `the Topology Builder document's services are ${value}` : `the topology names ${value}`;
      return choose(presetForProduct(value), value, reason, [{ text: builder ? `ServiceVersion: ${value}` : `product: ${value}`, at: at(product.loc) }]);
    }
  }
  const services = estate.srvServices();
  const cisco = services.find((s) => CISCO_SERVICES.has(s.service));
  const lync = services.find((s) => LYNC_SERVICES2.has(s.service)) ?? estate.records("CNAME").find((r) => r.name.startsWith("lyncdiscover"));
  if (cisco && !lync) {
    return choose("uclint:cisco", void 0, "Cisco Jabber discovery records and no Lync ones", [{ text: `${cisco.service} SRV`, at: at(cisco.record.loc) }]);
  }
  return { preset: DEFAULT_PRESET, reason: "nothing names a product", evidence: [] };
}
function statedFamilies2(estate, product) {
  const shown = estate.families().families;
  if (!product.product) return {};
  const productFamily = FAMILY_OF_PRODUCT[product.product];
  return shown.some((family) => family !== productFamily) ? { statedFamilies: FAMILIES.filter((family) => family === productFamily || shown.includes(family)) } : {};
}
function guessIgnore(root) {
  const found = [];
  for (const [name, why] of Object.entries(NON_ESTATE_DIRECTORIES)) {
    const directory = path8.join(root, name);
    if (existsSync4(directory) && statSync5(directory).isDirectory()) found.push({ glob: `${name}/**`, why });
  }
  return found.sort((a, b) => a.glob < b.glob ? -1 : 1);
}

// src/init/write.ts
var ACTION_REFERENCE = "<owner>/uclint@<tag>";
var YAML_WORDS = /* @__PURE__ */ new Set(["null", "true", "false", "yes", "no", "on", "off", "y", "n"]);
var RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
function unicodeEscape(character) {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function yamlString(text2) {
  if (/^[a-z][a-z0-9._-]*$/i.test(text2) && !YAML_WORDS.has(text2.toLowerCase())) return text2;
  return JSON.stringify(text2).replace(RAW_IN_JSON, unicodeEscape);
}
function yamlComment(text2) {
  return `# ${JSON.stringify(text2).slice(1, -1).replace(/\\(["\\])/g, "$1").replace(RAW_IN_JSON, unicodeEscape)}`;
}
function evidenceText(e) {
  return `${e.text} (${e.at})`;
}
function decidingEvidence(zone) {
  return zone.evidence.find((e) => e.view === zone.view);
}
function globComment(glob, view, zones) {
  const matches = compileGlob(glob.replace(/^\.\//, ""));
  const covered = zones.filter((z) => z.view === view && matches(z.file));
  const deciding = covered.map(decidingEvidence).find((e) => e !== void 0);
  const count = covered.length > 1 ? `${covered.length} zone files; ` : "";
  return deciding ? `${count}${evidenceText(deciding)}` : count.replace(/; $/, "");
}
function configText(guesses) {
  const lines = [
    "# uclint configuration, written by `uclint init` from what the repository holds.",
    "# Each guess says what it came from: check them, then edit freely",
    "# (the format: docs/formats.md in the uclint package).",
    ""
  ];
  const { product } = guesses;
  lines.push(yamlComment(`Preset: ${product.reason}${product.evidence[0] ? ` (${product.evidence[0].at})` : ""}.`));
  if (product.missingPreset) {
    lines.push(yamlComment(`${product.missingPreset} would fit, but this version of uclint does not have it:`));
    lines.push(yamlComment(`${product.preset} runs instead${product.product ? ", and settings.product selects the product's defaults" : ""}.`));
  }
  lines.push(`extends: [${product.preset}]`, "");
  lines.push(...familiesComment(guesses.families, guesses.statedFamilies !== void 0));
  const { views, zones } = guesses;
  const unplaced = zones.filter((z) => !z.view);
  if (views.internal.length + views.external.length > 0) {
    lines.push("# Split-brain DNS: the zone files clients inside the network see (internal)", "# and those the Internet sees (external).", "views:");
    for (const view of ["internal", "external"]) {
      if (views[view].length === 0) continue;
      lines.push(`  ${view}:`);
      for (const glob of views[view]) {
        const comment = globComment(glob, view, zones);
        lines.push(`    - ${yamlString(glob)}${comment ? `  ${yamlComment(comment)}` : ""}`);
      }
    }
  }
  if (unplaced.length > 0) {
    lines.push("# Not placed (rules that depend on the side skip these; add them above,");
    lines.push("# or write '; uclint-view: internal' or 'external' at the top of the file):");
    for (const zone of unplaced) lines.push(yamlComment(`  ${zone.file}: ${zone.unplacedReason}`));
  }
  if (views.internal.length + views.external.length + unplaced.length > 0) lines.push("");
  if (guesses.ignore.length > 0) {
    lines.push("# Directories that hold no estate.", "ignore:");
    for (const ignored of guesses.ignore) lines.push(`  - ${yamlString(ignored.glob)}  ${yamlComment(ignored.why)}`);
    lines.push("");
  }
  const sovereign = sovereignCloud(guesses.domains);
  if (sovereign) {
    lines.push(yamlComment(`The online records point at ${M365_CLOUDS[sovereign.cloud].title}: ${sovereign.evidence.record} (${sovereign.evidence.at}).`));
    lines.push("rules:", `  teams/online-records: [error, { cloud: ${sovereign.cloud} }]`, "");
  }
  if (guesses.domains.length > 0 || product.product || guesses.statedFamilies) {
    lines.push("settings:");
    if (guesses.domains.length > 0) {
      lines.push("  # SIP domains, from _sip* SRV records, sip and lyncdiscover names, and topologies.", "  sipDomains:");
      for (const domain of guesses.domains) lines.push(`    - ${yamlString(domain.domain)}  ${yamlComment(domainComment(domain))}`);
    }
    if (product.product) lines.push(`  product: ${yamlString(product.product)}  ${yamlComment(`${product.reason}${product.evidence[0] ? ` (${product.evidence[0].at})` : ""}`)}`);
    if (guesses.statedFamilies) lines.push(`  families: [${guesses.statedFamilies.map(yamlString).join(", ")}]  ${yamlComment("the product's family and those the files show (above)")}`);
  }
  return lines.join("\n").replace(/\n+$/, "") + "\n";
}
function familyEvidenceAt(e) {
  return e.loc ? `${e.loc.file}:${e.loc.line}` : "settings";
}
function familiesComment(families, stated) {
  if (families.families.length === 0) {
    return ["# Families: nothing in the files shows whose servers they are, so only rules about", "# every family run; settings.families states them (lync, legacy, teams, cisco, sip).", ""];
  }
  const shown = families.families.map((family) => {
    const first = families.evidence.find((e) => e.family === family);
    return `${family}${first ? ` (${familyEvidenceAt(first)})` : ""}`;
  });
  const how = stated ? ["# Rules about other families do not run; settings.families below states them."] : ["# Rules about other families do not run. Each run infers the families again,", "# unless settings.families or settings.product (a product preset sets it) states them."];
  return [`# Families the files show: ${shown.join(", ")}.`, ...how, ""];
}
function domainComment(domain) {
  const first = domain.discovery[0];
  switch (domain.status) {
    case "online":
      return `online (Microsoft 365): ${first.record} (${first.at})`;
    case "on-premises":
      return `on-premises: ${first.record} (${first.at})`;
    case "mixed": {
      const online = domain.discovery.find((e) => e.online);
      const own = domain.discovery.find((e) => !e.online);
      return `mixed, a migration left half done? ${online.at} points to Microsoft 365, ${own.at} to a server of its own`;
    }
    case "unknown":
      return `no discovery records; seen as ${evidenceText(domain.sources[0])}`;
  }
}
function workflowText({ paths }) {
  const pathsInput = paths === "." ? "" : `
          paths: ${yamlString(paths)}`;
  return `# uclint: lint the unified-communications estate on every pull request, and audit it
# (certificate expiry above all) every week into one issue. Written by \`uclint init\`;
# the inputs are described in docs/action.md of the uclint package.
#
# Before the first run, replace ${ACTION_REFERENCE} (twice below) with the repository that
# hosts the uclint you use and one of its releases; best, pin the release's full commit SHA,
# as GitHub's security hardening guide advises (<owner>/uclint@<sha>  # <tag>). A copy of
# uclint kept in this repository is \`uses: ./path/to/uclint\`.
name: uclint
on:
  pull_request:
  schedule:
    - cron: '17 4 * * 1'  # Mondays 04:17 UTC
  workflow_dispatch:

permissions: {}

jobs:
  lint:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read          # check out the repository
      checks: write           # one check run with every annotation
      pull-requests: read     # the changed lines, for only-changed
      security-events: write  # upload SARIF to code scanning
    steps:
      - uses: actions/checkout@v5
      - id: uclint
        uses: ${ACTION_REFERENCE}
        with:${pathsInput}
          only-changed: true
      - if: always() && steps.uclint.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.uclint.outputs.sarif-file }}
          category: uclint

  audit:
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read          # check out the repository
      issues: write           # open, update and close the audit issue
      security-events: write  # code scanning compares pull requests with this analysis
    steps:
      - uses: actions/checkout@v5
      - id: uclint
        uses: ${ACTION_REFERENCE}
        with:${pathsInput}
          audit: true
          fail-on: never  # the issue is the report; a red scheduled run helps nobody
      - if: always() && steps.uclint.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.uclint.outputs.sarif-file }}
          category: uclint
`;
}
function evidenceLines(evidence, indent) {
  const lines = evidence.slice(0, EVIDENCE_SHOWN).map((e) => `${indent}${evidenceText(e)}`);
  if (evidence.length > EVIDENCE_SHOWN) lines.push(`${indent}... and ${evidence.length - EVIDENCE_SHOWN} more`);
  return lines;
}
function familiesLines(families) {
  if (families.families.length === 0) return ["  none shown by the files: only rules about every family run (settings.families states them)"];
  const lines = [];
  for (const family of families.families) {
    lines.push(`  ${family}  ${FAMILY_TITLES[family]}`);
    const evidence = families.evidence.filter((e) => e.family === family);
    lines.push(...evidence.slice(0, EVIDENCE_SHOWN).map((e) => `      ${e.text} (${familyEvidenceAt(e)})`));
    const more = (families.counts[family] ?? 0) - Math.min(evidence.length, EVIDENCE_SHOWN);
    if (more > 0) lines.push(`      ... and ${more} more`);
  }
  return lines;
}
function reportText({ guesses, filesSummary, readProblems }) {
  const lines = [`Read ${filesSummary}.`];
  if (readProblems > 0) lines.push(`${readProblems} problem${readProblems === 1 ? "" : "s"} reading files; \`uclint\` lists them.`);
  lines.push("", "Zone views:");
  if (guesses.zones.length === 0) lines.push("  no zone files");
  for (const zone of guesses.zones) {
    lines.push(`  ${zone.view ?? "not placed"}  ${zone.file}${zone.view ? "" : `: ${zone.unplacedReason}`}`);
    lines.push(`      origin ${zone.origin ?? "unknown"}: ${zone.originFrom}`);
    lines.push(...evidenceLines(zone.evidence, "      "));
  }
  lines.push("", "SIP domains:");
  if (guesses.domains.length === 0) lines.push("  none found");
  for (const domain of guesses.domains) {
    lines.push(`  ${domain.domain}  ${domain.status}`);
    lines.push(...evidenceLines(domain.discovery.length > 0 ? domain.discovery : domain.sources, "      "));
  }
  lines.push("", "Families (rules about other families do not run):");
  lines.push(...familiesLines(guesses.families));
  const { product } = guesses;
  lines.push("", "Product:");
  lines.push(`  ${product.product ?? "not named"}: ${product.reason}`);
  lines.push(...evidenceLines(product.evidence, "      "));
  lines.push(
    product.missingPreset ? `  preset ${product.preset} (${product.missingPreset} would fit; this version of uclint does not have it)` : `  preset ${product.preset}`
  );
  if (guesses.policySources.length > 0) {
    lines.push("", "VPN, firewall, QoS and media sources:");
    for (const source of guesses.policySources) lines.push(`  ${source.file}  ${source.holds.join("; ")}`);
  }
  if (guesses.ignore.length > 0) {
    lines.push("", "Ignored:");
    for (const ignored of guesses.ignore) lines.push(`  ${ignored.glob}  ${ignored.why}`);
  }
  return lines.join("\n") + "\n";
}

// src/init/run.ts
var DEFAULT_WORKFLOW_PATH = ".github/workflows/uclint.yml";
function repositoryRoot(directory) {
  return repositoryTop(directory) ?? directory;
}
async function runInit(options, io) {
  const fail = (message) => {
    io.stderr(`uclint: ${message}
`);
    return 2;
  };
  const target = path9.resolve(options.cwd, options.target ?? ".");
  if (!existsSync5(target) || !statSync6(target).isDirectory()) return fail(`init: not a directory: ${options.target ?? "."}`);
  const repository = repositoryRoot(target);
  const shown = (absolute) => toPosix(path9.relative(options.cwd, absolute)) || ".";
  const configPath = findConfigFile(target) ?? path9.join(target, CONFIG_FILE_NAMES[0]);
  let workflowPath;
  if (options.workflow !== void 0) {
    workflowPath = path9.resolve(repository, options.workflow);
    if (!isInside(workflowPath, repository) || workflowPath === repository) {
      return fail(`init: --workflow ${options.workflow} is not a file inside the repository ${shown(repository)}`);
    }
  }
  if (!options.force && !options.dryRun) {
    const inTheWay = [configPath, workflowPath].filter((file) => file !== void 0 && existsSync5(file));
    if (inTheWay.length > 0) {
      return fail(
        `init: ${inTheWay.map(shown).join(" and ")} already exist${inTheWay.length === 1 ? "s" : ""}; nothing was written (--force replaces, --dry-run shows what would be written)`
      );
    }
  }
  let result2;
  try {
    result2 = await lint({ paths: ["."], cwd: target, ignoreConfigFiles: true, onlyRules: [] });
  } catch (error) {
    return fail(`internal error: ${oneLine(error)}`);
  }
  if (result2.fatal.length > 0 || !result2.estate) {
    for (const problem of result2.fatal) io.stderr(`uclint: ${problem.file ? `${problem.file}:${problem.line}:${problem.column}: ` : ""}${problem.message}
`);
    return 2;
  }
  const guesses = guessConfiguration({ root: target, estate: result2.estate, files: result2.files });
  const config = configText(guesses);
  const relativeTarget = toPosix(path9.relative(repository, target)) || ".";
  const workflow = workflowPath ? workflowText({ paths: relativeTarget }) : void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const file of result2.files) counts.set(file.kind, (counts.get(file.kind) ?? 0) + 1);
  const formats = FORMATS.filter((format) => counts.has(format.name));
  const read = formats.length === 0 ? "no files uclint reads" : formats.map((format) => `${counts.get(format.name)} ${format.nouns[counts.get(format.name) === 1 ? 0 : 1]}`).join(", ");
  const readProblems = result2.findings.filter((f) => f.ruleId.startsWith("parse/") && f.severity === "error").length;
  io.stdout(reportText({ guesses, filesSummary: shown(target) === "." ? read : `${read} in ${shown(target)}`, readProblems }));
  for (const warning of guesses.warnings) io.stderr(`uclint: warning: ${warning}
`);
  if (options.dryRun) {
    io.stdout(`
--- ${shown(configPath)} (not written) ---
${config}`);
    if (workflowPath && workflow) io.stdout(`
--- ${shown(workflowPath)} (not written) ---
${workflow}`);
    return 0;
  }
  const files = [[configPath, config]];
  if (workflowPath && workflow) files.push([workflowPath, workflow]);
  for (const [file] of files) {
    const refusal = outsideRepository(file, repository);
    if (refusal) return fail(`init: ${shown(file)} ${refusal}; nothing was written`);
  }
  const written = [];
  for (const [file, text2] of files) {
    try {
      mkdirSync(path9.dirname(file), { recursive: true });
      writeFileSync(file, text2);
      written.push(shown(file));
    } catch (error) {
      return fail(`init: cannot write ${shown(file)}: ${error.code ?? String(error)}${written.length ? ` (wrote ${written.join(", ")})` : ""}`);
    }
  }
  const command = shown(target) === "." ? "uclint" : `uclint ${shown(target)}`;
  io.stdout(`
Wrote ${written.join(" and ")}. Check the guesses, then run \`${command}\`.
`);
  return 0;
}
function outsideRepository(file, repository) {
  try {
    if (lstatSync2(file).isSymbolicLink()) return "is a symbolic link";
  } catch {
  }
  let existing = path9.dirname(file);
  while (!existsSync5(existing)) existing = path9.dirname(existing);
  if (!isInside(realpathSync5(existing), realpathSync5(repository))) return "lies outside the repository through a symbolic link";
  return void 0;
}

// src/cli.ts
var HELP = `uclint ${VERSION} - policy linter for unified-communications infrastructure

Usage:
  uclint [options] [paths...]   lint files and directories (default: .)
  uclint rules [--format json]  list the rules with pack, default severity and description
      --preset <name>           only the rules a preset turns on (uclint:lync2010, uclint:teams,
                                ...; see docs/presets.md), with the option values it sets
  uclint certs [options] [paths...]
                                list every certificate (files and manifests) with CN, SANs,
                                issuer and days left, soonest expiry first
      --expires-within <days>   only certificates that expire within this many days of --now
                                (expired ones included)
      --cn-filter <regex>       only certificates whose subject CN matches (case-insensitive,
                                RE2 syntax: linear time, no backreferences or lookaround)
      -f json|markdown          as JSON, or as a Markdown table
      --live                    the certificates the published TLS endpoints present instead (a
                                probe: takes the probe's options below; network)
  uclint probe [options] [paths...]
                                lint, then ask the live DNS for every SIP domain's discovery
                                records and read the certificate of every published TLS endpoint;
                                what is served is judged by the rules and compared with the files
                                (live/* rules). The only command that uses the network (docs/probe.md)
      --dns-server <host[:port]>
                                ask this DNS server (an IP address) instead of the system
                                resolver; repeatable (default: probe.dnsServers in the config)
      --view internal|external  which side of split-brain DNS the servers answer for, to compare
                                with the zones of that view (default: external)
      --connect-to <HOST:PORT:ADDRESS:PORT2>
                                connect to ADDRESS:PORT2 for the endpoint HOST:PORT (SNI stays
                                HOST; an empty part matches or keeps any); repeatable
      --timeout <seconds>       per DNS try and per TLS connection (default 3 and 5)
      --max-time <seconds>      the whole probe; what has not started by then is reported as
                                not probed (default 120)
  uclint init [options] [path]  write .uclint.yml for the repository at path (default: .) and a
                                GitHub workflow, guessing zone views, SIP domains, online or
                                on-premises, and the product; prints each guess and its evidence
      --dry-run                 print both files instead of writing them
      --force                   replace an existing .uclint.yml or workflow (else exit 2)
      --workflow <path>         the workflow file, relative to the repository root
                                (default: .github/workflows/uclint.yml)
      --no-workflow             write only .uclint.yml

Options:
  -f, --format <format>         output format (default: stylish):
                                  stylish   findings grouped by file, for people
                                  json      every finding, for programs
                                  sarif     SARIF 2.1.0, for GitHub code scanning
                                  github    workflow commands, annotations in GitHub Actions
                                  markdown  a summary with tables, for a job summary or an issue
  -o, --output <file>           write the report to a file instead of standard output
  -c, --config <file>           configuration file (default: the nearest .uclint.yml from the
                                linted directory up to the repository root, where .git is)
      --rule <id:severity>      override a rule's severity (off|info|warn|error); repeatable
      --max-warnings <n>        exit 1 when there are more than n warnings
      --max-findings-per-file <n>
                                keep at most n findings of each rule (and diagnostics of
                                each code) in one file, then one that counts the rest
                                (default: maxFindingsPerFile in the config, else 1000)
  -q, --quiet                   report errors only
      --verbose                 list the "not checked" notes (checks a rule could not make,
                                such as zones of unknown view) instead of counting them
      --now <date>              judge dates (certificate expiry) against this day, e.g. 2026-11-20
      --baseline <file>         ignore findings recorded in this baseline file
      --write-baseline <file>   record the current findings as a baseline
      --allow-plugins           load the plugins the config names (uclint-plugin-* packages,
                                from the node_modules of uclint's installation and its
                                parents); without it a config naming plugins is refused
      --plugins-from <dir>      allow plugins and look them up in the node_modules of this
                                directory and its parents instead; plugins inside the linted
                                tree are always refused
      --pkcs12-password-env <name>
                                let a config in the linted tree read this environment variable
                                as a PKCS#12 password (besides UCLINT_PKCS12_*); repeatable
      --color / --no-color      force colour on or off (default: on a terminal only)
  -h, --help                    show this help
  -v, --version                 print the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, configuration or internal error.
`;
function messageIo(io) {
  return { ...io, stdout: (text2) => io.stdout(printableLines(text2)), stderr: (text2) => io.stderr(printableLines(text2)) };
}
async function runCli(argv, terminal) {
  const io = messageIo(terminal);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        rule: { type: "string", multiple: true },
        "max-warnings": { type: "string" },
        "max-findings-per-file": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        verbose: { type: "boolean" },
        now: { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        "plugins-from": { type: "string" },
        "allow-plugins": { type: "boolean" },
        "pkcs12-password-env": { type: "string", multiple: true },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        "expires-within": { type: "string" },
        "cn-filter": { type: "string" },
        preset: { type: "string" },
        "dry-run": { type: "boolean" },
        force: { type: "boolean" },
        workflow: { type: "string" },
        "no-workflow": { type: "boolean" },
        live: { type: "boolean" },
        "dns-server": { type: "string", multiple: true },
        view: { type: "string" },
        "connect-to": { type: "string", multiple: true },
        timeout: { type: "string" },
        "max-time": { type: "string" }
      }
    });
  } catch (error) {
    io.stderr(`uclint: ${error.message}
Run 'uclint --help' for usage.
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const format = values.format ?? "stylish";
  if (positionals[0] === "rules") {
    if (format !== "stylish" && format !== "json") return usage(io, `unknown format '${format}' for 'uclint rules' (stylish, json)`);
    const name = values.preset;
    if (name === void 0) {
      io.stdout(formatRulesList(RULES, format));
      return 0;
    }
    if (!Object.hasOwn(PRESETS, name)) return usage(io, unknownPresetMessage(name));
    const preset = PRESETS[name];
    io.stdout(formatRulesList(RULES, format, { name, product: preset.settings?.product, rules: rulesTurnedOn(preset, RULES) }));
    return 0;
  }
  if (values.preset !== void 0) return usage(io, "--preset belongs to `uclint rules`; a lint run takes presets from `extends` in .uclint.yml");
  if (positionals[0] !== "certs" && (values["expires-within"] !== void 0 || values["cn-filter"] !== void 0 || values.live !== void 0)) {
    return usage(io, "--expires-within, --cn-filter and --live belong to `uclint certs`");
  }
  const probing = positionals[0] === "probe" || positionals[0] === "certs" && values.live === true;
  const probeOnly = PROBE_OPTIONS.filter((name) => values[name] !== void 0);
  if (!probing && probeOnly.length > 0) return usage(io, `--${probeOnly[0]} belongs to \`uclint probe\` and \`uclint certs --live\``);
  const probe = probing ? probeOptions(values) : void 0;
  if (probe instanceof Error) return usage(io, probe.message);
  if (positionals[0] === "certs") return runCertsCommand(positionals.slice(1), values, io, probe);
  if (positionals[0] === "probe") positionals.shift();
  const initOnly = ["dry-run", "force", "workflow", "no-workflow"].filter((name) => values[name] !== void 0);
  if (positionals[0] !== "init" && initOnly.length > 0) return usage(io, `--${initOnly[0]} belongs to \`uclint init\``);
  if (positionals[0] === "init") {
    const lintOnly = ["format", "output", "config", "rule", "max-warnings", "max-findings-per-file", "quiet", "verbose", "now", "baseline", "write-baseline", "allow-plugins", "plugins-from", "pkcs12-password-env"].filter(
      (name) => values[name] !== void 0
    );
    if (lintOnly.length > 0) return usage(io, `--${lintOnly[0]} does not apply to \`uclint init\``);
    if (positionals.length > 2) return usage(io, "`uclint init` takes one path");
    if (values["no-workflow"] && values.workflow !== void 0) return usage(io, "--workflow and --no-workflow contradict each other");
    return runInit(
      {
        target: positionals[1],
        cwd: io.cwd,
        workflow: values["no-workflow"] ? void 0 : values.workflow ?? DEFAULT_WORKFLOW_PATH,
        force: values.force ?? false,
        dryRun: values["dry-run"] ?? false
      },
      io
    );
  }
  if (!isFormat(format)) return usage(io, `unknown format '${format}' (${FORMATS2.join(", ")})`);
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) return usage(io, `--max-warnings takes a whole number, not '${values["max-warnings"]}'`);
  }
  let maxFindingsPerFile;
  const maxFindingsText = values["max-findings-per-file"];
  if (maxFindingsText !== void 0) {
    maxFindingsPerFile = Number(maxFindingsText);
    if (!/^\d+$/.test(maxFindingsText) || maxFindingsPerFile < 1 || maxFindingsPerFile > MAX_FINDINGS_PER_FILE_BOUND) {
      return usage(io, `--max-findings-per-file takes a whole number from 1 to ${thousands(MAX_FINDINGS_PER_FILE_BOUND)}, not '${maxFindingsText}'`);
    }
  }
  const now = parseNowOption(values.now);
  if (now instanceof Error) return usage(io, now.message);
  const trust = trustOptions(values, io);
  if (trust instanceof Error) return usage(io, trust.message);
  const result2 = await lintOrExplain(
    {
      paths: positionals,
      cwd: io.cwd,
      configFile: values.config,
      ruleOverrides: values.rule,
      now,
      baselineFile: values.baseline,
      writeBaselineFile: values["write-baseline"],
      maxFindingsPerFile,
      ...trust,
      ...probe ? { probe } : {}
    },
    io
  );
  if (typeof result2 === "number") return result2;
  const shown = values.quiet ? result2.findings.filter((f) => f.severity === "error") : result2.findings;
  const color = values["no-color"] ? false : values.color ? true : io.isTTY && !values.output && !io.env.NO_COLOR;
  const written = await writeReport(() => reportChunks(format, { ...result2, findings: shown }, color, values.verbose ?? false), values.output, { ...io, stdout: terminal.stdout });
  return written ?? exitCodeOf(result2, maxWarnings);
}
var FORMATS2 = ["stylish", "json", "sarif", "github", "markdown"];
function isFormat(name) {
  return FORMATS2.includes(name);
}
function reportChunks(format, result2, color, verbose) {
  switch (format) {
    case "json":
      return jsonReportChunks(result2);
    case "sarif":
      return sarifChunks(result2, { rules: result2.rules ?? RULES });
    case "github":
      return githubChunks(result2.findings);
    case "markdown":
      return [formatMarkdown(result2, verbose ? { findings: result2.findings.filter((f) => !f.suppressed), notCheckedListedBy: "the list below" } : {})];
    case "stylish":
      return stylishChunks(result2.findings, { color, counts: result2.counts, filesLinted: result2.files.length, verbose });
  }
}
async function writeReport(report, output, io) {
  try {
    if (output) writeChunksToFile(path10.resolve(io.cwd, output), report(), output);
    else await writeChunks(report(), io.stdout, io.stdoutClosed);
    return void 0;
  } catch (error) {
    io.stderr(`uclint: ${error instanceof OutputError ? error.message : `internal error while writing the report: ${oneLine(error)}`}
`);
    return 2;
  }
}
async function runCertsCommand(paths, values, io, probe) {
  const format = values.format ?? "stylish";
  if (format !== "stylish" && format !== "json" && format !== "markdown") return usage(io, `unknown format '${format}' for 'uclint certs' (stylish, json, markdown)`);
  let expiresWithin;
  if (values["expires-within"] !== void 0) {
    expiresWithin = Number(values["expires-within"]);
    if (!/^\d+$/.test(values["expires-within"]) || !Number.isSafeInteger(expiresWithin)) return usage(io, `--expires-within takes a number of days, not '${values["expires-within"]}'`);
  }
  let commonNameFilter;
  if (values["cn-filter"] !== void 0) {
    const compiled2 = compileCommonNameFilter(values["cn-filter"]);
    if ("error" in compiled2) return usage(io, `--cn-filter: ${compiled2.error}`);
    commonNameFilter = compiled2.test;
  }
  const now = parseNowOption(values.now);
  if (now instanceof Error) return usage(io, now.message);
  const trust = trustOptions(values, io);
  if (trust instanceof Error) return usage(io, trust.message);
  const result2 = await lintOrExplain({ paths, cwd: io.cwd, configFile: values.config, now, onlyRules: [], ...trust, ...probe ? { probe } : {} }, io);
  if (typeof result2 === "number") return result2;
  for (const f of result2.findings) {
    if (f.ruleId === "parse/certificate" || f.ruleId === "parse/manifest" || f.ruleId === "parse/input") {
      if (!f.suppressed) io.stderr(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}
`);
    }
  }
  const listed = probe ? result2.estate?.live?.certificates ?? [] : result2.estate?.certificates ?? [];
  if (probe) {
    for (const endpoint of result2.estate?.live?.endpoints ?? []) if (endpoint.outcome !== "presented") io.stderr(`${endpointInWords(endpoint)}: ${endpoint.error ?? "no certificate"}
`);
  }
  const entries = listCertificates(listed, { now: result2.now, expiresWithin, commonNameFilter });
  const report = () => format === "json" ? certificatesJsonChunks(entries, result2.now) : format === "markdown" ? certificateMarkdownChunks(entries) : certificateTableChunks(entries);
  return await writeReport(report, values.output, io) ?? 0;
}
var PROBE_OPTIONS = ["dns-server", "view", "connect-to", "timeout", "max-time"];
function probeOptions(values) {
  const options = {};
  if (values["dns-server"] !== void 0) {
    options.dnsServers = [];
    for (const text2 of values["dns-server"]) {
      const address = dnsServerAddress(text2);
      if (address instanceof Error) return new Error(`--dns-server: ${address.message}`);
      options.dnsServers.push(address);
    }
  }
  if (values.view !== void 0) {
    if (values.view !== "internal" && values.view !== "external") return new Error(`--view takes internal or external, not '${values.view}'`);
    options.view = values.view;
  }
  if (values["connect-to"] !== void 0) {
    options.connectTo = [];
    for (const text2 of values["connect-to"]) {
      const parsed = parseConnectTo(text2);
      if (parsed instanceof Error) return parsed;
      options.connectTo.push(parsed);
    }
  }
  for (const [name, text2] of [["timeout", values.timeout], ["max-time", values["max-time"]]]) {
    if (text2 === void 0) continue;
    const seconds = Number(text2);
    if (!/^\d+(\.\d+)?$/.test(text2) || seconds <= 0 || seconds > 3600) return new Error(`--${name} takes a number of seconds from 0 to 3600, not '${text2}'`);
    if (name === "timeout") options.dnsTimeoutMs = options.connectTimeoutMs = Math.round(seconds * 1e3);
    else options.totalTimeoutMs = Math.round(seconds * 1e3);
  }
  return options;
}
var ENVIRONMENT_VARIABLE_NAME = new RegExp(ENVIRONMENT_VARIABLE_PATTERN);
function trustOptions(values, io) {
  const badVariable = values["pkcs12-password-env"]?.find((name) => !ENVIRONMENT_VARIABLE_NAME.test(name));
  if (badVariable !== void 0) return new Error(`--pkcs12-password-env takes the name of an environment variable, not '${badVariable}'`);
  const from = values["plugins-from"];
  const allow = values["allow-plugins"] === true || from !== void 0;
  return {
    plugins: from === void 0 ? { allow } : { allow, resolveFrom: path10.resolve(io.cwd, from) },
    passwordVariables: values["pkcs12-password-env"] ?? []
  };
}
function parseNowOption(text2) {
  if (text2 === void 0) return void 0;
  return parseDate(text2) ?? new Error(`--now takes a date such as 2026-11-20, not '${text2}'`);
}
async function lintOrExplain(options, io) {
  let result2;
  try {
    result2 = await lint(options);
  } catch (error) {
    io.stderr(`uclint: internal error: ${oneLine(error)}
`);
    return 2;
  }
  if (result2.fatal.length === 0) return result2;
  for (const problem of result2.fatal) {
    const where = problem.file ? `${problem.file}:${problem.line}:${problem.column}: ` : "";
    io.stderr(`uclint: ${where}${problem.message}
`);
  }
  return 2;
}
function usage(io, message) {
  io.stderr(`uclint: ${message}
Run 'uclint --help' for usage.
`);
  return 2;
}
var parseDate = parseDateText;

export {
  countFindings,
  Estate,
  formatClaimingName,
  dnsServerAddress,
  ENVIRONMENT_VARIABLE_PATTERN,
  DEFAULT_AUDIT_ISSUE_TITLE,
  defineRule,
  RULES,
  lint,
  exitCodeOf,
  problemFindings,
  stylishChunks,
  formatStylish,
  formatTotals,
  formatCompact,
  jsonReportChunks,
  formatJson,
  SARIF_URI_BASE_ID,
  SARIF_FINGERPRINT_KEY,
  SARIF_MAX_RESULTS,
  sarifChunks,
  formatSarif,
  escapeCommandData,
  escapeCommandProperty,
  formatGithubCommand,
  githubChunks,
  formatGithub,
  MARKDOWN_MAX_BYTES,
  markdownTruncationNote,
  escapeMarkdown,
  formatMarkdown,
  formatExpiryTimeline,
  runCli,
  parseDate
};
/*! For license information please see chunk-SS4NQMXR.js.LEGAL.txt */
