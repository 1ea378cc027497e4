import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  DnsZoneBuilder
} from "./chunk-ZINCBDUT.js";
import {
  LIVE_ZONE_FILE,
  splitSrvOwner
} from "./chunk-V5E2EDZM.js";
import {
  simpleUrlHost
} from "./chunk-7VKM5DFU.js";
import {
  canonicalName,
  comparableData,
  isIpLiteral,
  parentName
} from "./chunk-GCKIFPAF.js";
import {
  certificateFacts
} from "./chunk-V3ACTHEC.js";
import {
  hostName
} from "./chunk-M6TJHZSR.js";
import "./chunk-OOS4MDML.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-ZUAMPCLF.js";

// src/probe/live-probe.ts
import { isIP as isIP2 } from "node:net";

// src/probe/dns.ts
import { Resolver } from "node:dns/promises";
var TRANSIENT = /* @__PURE__ */ new Set(["ETIMEOUT", "ESERVFAIL", "ECONNREFUSED", "ECONNRESET", "EREFUSED"]);
var DnsClient = class {
  constructor(options) {
    this.options = options;
    this.resolver = new Resolver({ timeout: options.timeoutMs, tries: 1 });
    if (options.servers.length > 0) this.resolver.setServers([...options.servers]);
    this.servers = options.servers.length > 0 ? [...options.servers] : ["system"];
  }
  options;
  resolver;
  servers;
  /** Asks for the records of a type at a name; never throws. */
  async ask(name, type, sleep) {
    const host = name.replace(/\.$/, "");
    let error = "";
    for (let attempt = 1; attempt <= this.options.tries; attempt++) {
      if (attempt > 1) await sleep(this.options.backoffMs * 2 ** (attempt - 2));
      try {
        return { outcome: "answered", data: await this.query(host, type), tries: attempt };
      } catch (caught) {
        const code = caught.code ?? "EUNKNOWN";
        if (code === "ENODATA") return { outcome: "nodata", tries: attempt };
        if (code === "ENOTFOUND") return { outcome: "nxdomain", tries: attempt };
        error = code;
        if (!TRANSIENT.has(code)) return { outcome: "failed", error, tries: attempt };
      }
    }
    return { outcome: "failed", error, tries: this.options.tries };
  }
  /** Stops every question still waiting (the run's time is up). */
  cancel() {
    this.resolver.cancel();
  }
  async query(host, type) {
    const r = this.resolver;
    switch (type) {
      case "A":
        return (await r.resolve4(host)).map((address) => ({ address }));
      case "AAAA":
        return (await r.resolve6(host)).map((address) => ({ address: address.toLowerCase() }));
      case "CNAME":
        return (await r.resolveCname(host)).map((target) => ({ target: canonicalName(target) }));
      case "SRV":
        return (await r.resolveSrv(host)).map((s) => ({ priority: s.priority, weight: s.weight, port: s.port, target: canonicalName(s.name === "" ? "." : s.name) }));
      case "NAPTR":
        return (await r.resolveNaptr(host)).map((n) => ({
          order: n.order,
          preference: n.preference,
          flags: n.flags,
          service: n.service,
          regexp: n.regexp,
          replacement: canonicalName(n.replacement === "" ? "." : n.replacement)
        }));
      case "TXT":
        return (await r.resolveTxt(host)).map((strings) => ({ strings }));
    }
  }
};

// src/probe/tls.ts
import { connect } from "node:tls";
import { isIP } from "node:net";
function readChain(address, port, host, timeoutMs) {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(outcome);
    };
    let socket;
    try {
      socket = connect({
        host: address,
        port,
        // SNI carries host names only (RFC 6066 section 3).
        servername: isIP(host) === 0 ? host : void 0,
        rejectUnauthorized: false,
        // A SIP server that asks for a client certificate (MTLS federation) gets none.
        timeout: timeoutMs
      });
    } catch (error) {
      resolve({ ok: false, error: describeError(error) });
      return;
    }
    socket.setTimeout(timeoutMs, () => finish({ ok: false, error: `no TLS handshake within ${timeoutMs} ms` }));
    socket.once("secureConnect", () => {
      const chain = [];
      const seen = /* @__PURE__ */ new Set();
      let certificate = socket.getPeerCertificate(true);
      while (certificate?.raw && chain.length < 10) {
        const key = certificate.fingerprint256;
        if (seen.has(key)) break;
        seen.add(key);
        chain.push(new Uint8Array(certificate.raw));
        certificate = certificate.issuerCertificate;
      }
      finish(chain.length === 0 ? { ok: false, error: "the TLS handshake completed without a server certificate" } : { ok: true, chain, protocol: socket.getProtocol() });
    });
    socket.once("error", (error) => finish({ ok: false, error: describeError(error) }));
    socket.once("close", () => finish({ ok: false, error: "the connection closed before the TLS handshake completed" }));
  });
}
function describeError(error) {
  const code = error.code ?? "error";
  if (code === "ECONNREFUSED") return "connection refused (ECONNREFUSED)";
  if (code === "ECONNRESET") return "connection reset (ECONNRESET)";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return `no route to the host (${code})`;
  if (code === "ETIMEDOUT") return "connection timed out (ETIMEDOUT)";
  return `${error.message.split("\n", 1)[0]} (${code})`;
}

// src/probe/plan.ts
var SRV_LABELS = {
  lync: ["_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tls", "_sipfederationtls._tcp", "_xmpp-server._tcp"],
  legacy: ["_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tls", "_sipfederationtls._tcp"],
  teams: ["_sip._tls", "_sipfederationtls._tcp"],
  cisco: ["_collab-edge._tls", "_cisco-uds._tcp"],
  sip: ["_sip._udp", "_sip._tcp", "_sips._tcp"]
};
var HOST_LABELS = {
  lync: ["sip", "sipinternal", "sipexternal", "lyncdiscover", "lyncdiscoverinternal"],
  legacy: ["sip", "sipinternal", "sipexternal"],
  teams: ["sip", "lyncdiscover"],
  cisco: [],
  sip: []
};
var APEX_TYPES = {
  lync: [],
  legacy: [],
  teams: ["TXT"],
  cisco: [],
  sip: ["NAPTR"]
};
var ALL_FAMILIES = ["lync", "legacy", "teams", "cisco", "sip"];
var TLS_SERVICES = /* @__PURE__ */ new Set(["_sip._tls", "_sipfederationtls._tcp", "_sipinternaltls._tcp", "_sips._tcp", "_collab-edge._tls", "_cisco-uds._tcp"]);
var HTTPS_HOST_LABELS = ["sip", "lyncdiscover", "lyncdiscoverinternal"];
function planProbe(estate, options) {
  const view = options.view;
  const domains = [...estate.sipDomains()].sort();
  const stated = estate.families().families;
  const families = stated.length > 0 ? stated : ALL_FAMILIES;
  const topologyNames = /* @__PURE__ */ new Set();
  const endpoints = [];
  const addEndpoint = (host, port, publishedBy, anchor) => {
    if (host === void 0 || host === "" || isIpLiteral(host)) return;
    topologyNames.add(host);
    endpoints.push({ host, port, publishedBy, anchor });
  };
  for (const topology of estate.topologies) {
    for (const pool of topology.pools) {
      topologyNames.add(pool.fqdn.value);
      for (const server of pool.servers) topologyNames.add(server.fqdn.value);
      const external = pool.webServices?.external;
      if (external && view === "external") addEndpoint(external.value, 443, "external web services of a pool (topology)", external.loc);
      const internal = pool.webServices?.internal;
      if (internal && view === "internal") addEndpoint(internal.value, 443, "internal web services of a pool (topology)", internal.loc);
    }
    for (const edge of topology.edges) {
      if (view === "external") {
        const { access, webConferencing } = edge.external;
        if (access) addEndpoint(access.fqdn.value, 443, "Access Edge (topology)", access.fqdn.loc);
        if (webConferencing) addEndpoint(webConferencing.fqdn.value, 443, "Web Conferencing Edge (topology)", webConferencing.fqdn.loc);
      }
      if (edge.internal) topologyNames.add(edge.internal.fqdn.value);
      for (const server of edge.servers) topologyNames.add(server.value);
    }
    for (const kind of ["meet", "dialin", "admin"]) {
      for (const url of topology.simpleUrls[kind]) addEndpoint(simpleUrlHost(url.value), 443, `${kind} simple URL (topology)`, url.loc);
    }
    if (topology.reverseProxy) topologyNames.add(topology.reverseProxy.fqdn.value);
    for (const sbc of topology.sbcs) addEndpoint(sbc.fqdn.value, sbc.port?.value ?? 5061, "Direct Routing SBC (topology)", sbc.port?.loc ?? sbc.fqdn.loc);
  }
  const domainSet = new Set(domains);
  const domainOf = (name) => {
    for (let at = name; at !== void 0 && at !== "."; at = parentName(at)) if (domainSet.has(at)) return at;
    return void 0;
  };
  const isEstateName = (name) => domainOf(name) !== void 0 || estate.hasName(name) || topologyNames.has(hostName(name));
  const committedViewFor = (name) => {
    if (estate.holdsZoneFor(name, { view })) return view;
    if (estate.holdsZoneFor(name, { view: "unknown" })) return "unknown";
    return void 0;
  };
  const domainAnchors = /* @__PURE__ */ new Map();
  const domainAnchor = (domain) => {
    let anchor = domainAnchors.get(domain);
    if (anchor === void 0) {
      anchor = options.sipDomainLocs?.get(domain) ?? estate.topologies.flatMap((t) => t.sipDomains).find((d) => canonicalName(d.value) === domain)?.loc ?? estate.srvServices().find((s) => s.domain === domain && s.service.startsWith("_sip"))?.record.loc ?? estate.zonesFor(domain)[0]?.loc ?? options.fallback;
      domainAnchors.set(domain, anchor);
    }
    return anchor;
  };
  const anchorFor = (name) => {
    const committedView = committedViewFor(name);
    if (committedView !== void 0) {
      const committed = estate.recordsAt(name, void 0, { view: committedView })[0];
      if (committed) return committed.loc;
      const zone = estate.zonesFor(name, { view: committedView })[0];
      if (zone) return zone.loc;
    }
    const domain = domainOf(name);
    return domain === void 0 ? options.fallback : domainAnchor(domain);
  };
  const questions = [];
  const hosts = [];
  const asked = /* @__PURE__ */ new Set();
  let skippedQuestions = 0;
  const ask = (list, name, type) => {
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
      for (const label of SRV_LABELS[family]) ask(questions, `${label}.${domain}`, "SRV");
      for (const type of APEX_TYPES[family]) ask(questions, domain, type);
      for (const label of HOST_LABELS[family]) ask(hosts, `${label}.${domain}`, "A");
    }
  }
  for (const type of ["SRV", "NAPTR", "TXT", "A", "AAAA", "CNAME"]) {
    for (const record of estate.eachRecord(type)) {
      if (questions.length + hosts.length >= options.maxQuestions) break;
      if (domainOf(record.name) === void 0 || committedViewFor(record.name) !== record.zone.view) continue;
      if (type === "SRV" || type === "NAPTR" || type === "TXT") ask(questions, record.name, type);
      else ask(hosts, record.name, "A");
    }
  }
  for (const endpoint of endpoints) ask(hosts, canonicalName(endpoint.host), "A");
  return { domains, questions, hosts, endpoints, isEstateName, anchorFor, committedViewFor, skippedQuestions };
}

// src/probe/live-probe.ts
var PROBE_DEFAULTS = {
  view: "external",
  dnsTimeoutMs: 3e3,
  dnsTries: 3,
  dnsBackoffMs: 250,
  connectTimeoutMs: 5e3,
  concurrency: 8,
  totalTimeoutMs: 12e4,
  maxQuestions: 2e3,
  maxEndpoints: 200,
  maxAddressesPerHost: 4
};
var MAX_CHAIN = 8;
async function probeEstate(estate, options, places) {
  const settings = { ...PROBE_DEFAULTS, ...definedOnly(options) };
  const view = settings.view;
  const startedAt = /* @__PURE__ */ new Date();
  const deadline = Date.now() + settings.totalTimeoutMs;
  const plan = planProbe(estate, { view, sipDomainLocs: places.sipDomainLocs, fallback: places.fallback, maxQuestions: settings.maxQuestions });
  const dns = new DnsClient({ servers: settings.dnsServers ?? [], timeoutMs: settings.dnsTimeoutMs, tries: settings.dnsTries, backoffMs: settings.dnsBackoffMs });
  const timers = /* @__PURE__ */ new Set();
  const sleep = (ms) => new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, Math.max(0, Math.min(ms, deadline - Date.now())));
    timers.add(timer);
  });
  const limit = concurrencyLimit(settings.concurrency);
  const outOfTime = () => Date.now() >= deadline;
  const raw = /* @__PURE__ */ new Map();
  const askRaw = (name, type) => {
    const key = `${name} ${type}`;
    let pending = raw.get(key);
    if (pending === void 0) {
      pending = limit(() => outOfTime() ? Promise.resolve({ outcome: "failed", error: "the probe's total time ran out", tries: 0 }) : dns.ask(name, type, sleep));
      raw.set(key, pending);
    }
    return pending;
  };
  const anchors = /* @__PURE__ */ new Map();
  const ask = (name, type, anchor) => {
    if (!anchors.has(`${name} ${type}`)) anchors.set(`${name} ${type}`, anchor ?? plan.anchorFor(name));
    return askRaw(name, type);
  };
  const askHost = async (name, depth = 0) => {
    const cname = await ask(name, "CNAME");
    if (cname.outcome === "answered") {
      const target = cname.data[0].target;
      if (depth < MAX_CHAIN && plan.isEstateName(target)) await askHost(target, depth + 1);
      return;
    }
    if (cname.outcome === "failed") return;
    await Promise.all([ask(name, "A"), ask(name, "AAAA")]);
  };
  await Promise.all([...plan.questions.map((q) => ask(q.name, q.type, q.anchor)), ...plan.hosts.map((h) => askHost(h.name))]);
  const srvTargets = /* @__PURE__ */ new Set();
  for (const [key, pending] of raw) {
    if (!key.endsWith(" SRV")) continue;
    const answer = await pending;
    if (answer.outcome === "answered") for (const data of answer.data) srvTargets.add(data.target);
  }
  for (const question of plan.questions) {
    if (question.type !== "SRV") continue;
    const committedView = plan.committedViewFor(question.name);
    if (committedView !== void 0) for (const record of estate.recordsAt(question.name, "SRV", { view: committedView })) srvTargets.add(record.data.target);
  }
  await Promise.all([...srvTargets].filter((target) => target !== "." && plan.isEstateName(target)).map((target) => askHost(target)));
  const builders = /* @__PURE__ */ new Map();
  const builderFor = (name) => {
    const origin = plan.domains.filter((d) => name === d || name.endsWith(`.${d}`)).sort((a, b) => b.length - a.length)[0] ?? estate.zonesFor(name)[0]?.origin ?? parentName(name) ?? ".";
    let builder = builders.get(origin);
    if (builder === void 0) {
      builder = new DnsZoneBuilder({ file: LIVE_ZONE_FILE, origin, view, viewSource: "declared" });
      builders.set(origin, builder);
    }
    return builder;
  };
  const answers = [];
  const pendingRecords = [];
  for (const [key, pending] of raw) {
    const [name, type] = key.split(" ");
    const outcome = await pending;
    const committedView = plan.committedViewFor(name);
    const answer = { name, type, outcome: outcome.outcome, records: [], tries: outcome.tries, anchor: anchors.get(key) ?? plan.anchorFor(name) };
    if (committedView !== void 0) answer.committedView = committedView;
    if (outcome.outcome === "failed") answer.error = outcome.error;
    if (outcome.outcome === "answered") {
      const builder = builderFor(name);
      const committed = committedView === void 0 ? [] : estate.recordsAt(name, type, { view: committedView });
      const first = builder.zone.table.size;
      for (const data of outcome.data) builder.add(name, type, 300, data, recordAnchor(name, type, data, committed, answer.anchor));
      pendingRecords.push({ answer, builder, first, count: outcome.data.length });
    }
    answers.push(answer);
  }
  const zones = [...builders.values()].map((builder) => builder.finish());
  for (const { answer, builder, first, count } of pendingRecords) {
    for (let i = 0; i < count; i++) answer.records.push(builder.zone.table.record(first + i));
  }
  answers.sort((a, b) => a.name === b.name ? a.type < b.type ? -1 : a.type > b.type ? 1 : 0 : a.name < b.name ? -1 : 1);
  const endpoints = [];
  const certificates = [];
  let skippedEndpoints = 0;
  if (settings.tls !== false) {
    const targets = endpointTargets(plan, answers, estate);
    const attempts = [];
    const seen = /* @__PURE__ */ new Set();
    for (const target of targets) {
      const mapped = settings.connectTo?.find((c) => (c.host === void 0 || c.host === target.host) && (c.port === void 0 || c.port === target.port));
      const port = mapped?.toPort ?? target.port;
      const addresses = mapped?.address !== void 0 ? [mapped.address] : isIP2(target.host) !== 0 ? [target.host] : addressesOf(canonicalName(target.host), answers);
      const base = { host: target.host, port: target.port, publishedBy: target.publishedBy, anchor: target.anchor, chain: [] };
      if (addresses.length === 0) {
        if (seen.has(`${target.host}:${target.port}`)) continue;
        seen.add(`${target.host}:${target.port}`);
        endpoints.push({ ...base, outcome: "failed", error: "no address: the DNS gave no A or AAAA record for the host" });
        continue;
      }
      for (const address of addresses.slice(0, settings.maxAddressesPerHost)) {
        const key = `${target.host}:${target.port}@${address}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (endpoints.length >= settings.maxEndpoints) {
          skippedEndpoints++;
          continue;
        }
        const endpoint = { ...base, address, outcome: "not-attempted" };
        endpoints.push(endpoint);
        attempts.push(
          limit(async () => {
            if (outOfTime()) {
              endpoint.error = "the probe's total time ran out";
              return;
            }
            const read = await readChain(address, port, target.host, settings.connectTimeoutMs);
            if (!read.ok) {
              endpoint.outcome = "failed";
              endpoint.error = read.error;
              return;
            }
            endpoint.outcome = "presented";
            endpoint.chain = chainCertificates(read.chain, endpoint, estate);
          })
        );
      }
    }
    await Promise.all(attempts);
    for (const endpoint of endpoints) if (endpoint.chain.length > 0) certificates.push(endpoint.chain[0]);
  }
  for (const timer of timers) clearTimeout(timer);
  return {
    view,
    servers: dns.servers,
    startedAt,
    elapsedMs: Date.now() - startedAt.getTime(),
    answers,
    endpoints,
    zones,
    certificates,
    skipped: { questions: plan.skippedQuestions, endpoints: skippedEndpoints }
  };
}
function recordAnchor(name, type, data, committed, fallback) {
  if (committed.length === 0) return fallback;
  const served = comparableData({ name, type, data });
  return (committed.find((record) => comparableData(record) === served) ?? committed[0]).loc;
}
function endpointTargets(plan, answers, estate) {
  const targets = [];
  for (const answer of answers) {
    if (answer.type !== "SRV") continue;
    const owner = splitSrvOwner(answer.name);
    if (owner === void 0 || !TLS_SERVICES.has(owner.service)) continue;
    const committed = answer.committedView === void 0 ? [] : estate.recordsAt(answer.name, "SRV", { view: answer.committedView });
    for (const record of [...answer.records, ...committed]) {
      const { target, port } = record.data;
      if (target === "." || !plan.isEstateName(target) || !staysInEstate(target, answers, plan)) continue;
      targets.push({ host: hostName(target), port, publishedBy: `${answer.name.replace(/\.$/, "")} SRV`, anchor: record.loc });
    }
  }
  for (const domain of plan.domains) {
    for (const label of HTTPS_HOST_LABELS) {
      const name = `${label}.${domain}`;
      if (addressesOf(name, answers).length === 0 || !staysInEstate(name, answers, plan)) continue;
      targets.push({ host: hostName(name), port: 443, publishedBy: hostName(name), anchor: plan.anchorFor(name) });
    }
  }
  for (const endpoint of plan.endpoints) targets.push(endpoint);
  return targets;
}
function staysInEstate(name, answers, plan) {
  let current = name;
  for (let depth = 0; depth <= MAX_CHAIN; depth++) {
    if (!plan.isEstateName(current)) return false;
    const cname = answers.find((a) => a.name === current && a.type === "CNAME" && a.outcome === "answered");
    if (cname === void 0) return true;
    current = cname.records[0].data.target;
  }
  return false;
}
function addressesOf(name, answers) {
  let current = name;
  for (let depth = 0; depth <= MAX_CHAIN; depth++) {
    const cname = answers.find((a) => a.name === current && a.type === "CNAME" && a.outcome === "answered");
    if (cname === void 0) break;
    current = cname.records[0].data.target;
  }
  const of = (type) => answers.find((a) => a.name === current && a.type === type)?.records.map((r) => r.data.address) ?? [];
  return [...of("A"), ...of("AAAA")];
}
function chainCertificates(chain, endpoint, estate) {
  const out = [];
  const committedForHost = estate.certificatesFor(endpoint.host)[0];
  chain.forEach((der, index) => {
    const read = certificateFacts(der);
    if (!read.ok) return;
    const same = read.facts.fingerprint256 === void 0 ? void 0 : estate.certificates.find((c) => c.fingerprint256 === read.facts.fingerprint256);
    const loc = same?.loc ?? (index === 0 ? committedForHost?.loc : void 0) ?? endpoint.anchor;
    out.push({
      ...read.facts,
      loc,
      source: "der",
      name: `${endpoint.host}:${endpoint.port}${endpoint.address && endpoint.address !== endpoint.host ? ` (${endpoint.address})` : ""}${index === 0 ? "" : ` chain #${index}`}`,
      usedBy: index === 0 ? [endpoint.host] : [],
      der
    });
  });
  return out;
}
function concurrencyLimit(limit) {
  let running = 0;
  const waiting = [];
  return async (task) => {
    if (running >= limit) await new Promise((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
function definedOnly(options) {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== void 0));
}
export {
  PROBE_DEFAULTS,
  probeEstate
};
