import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  descendants,
  parseEmbeddedXml,
  parseXml
} from "./chunk-W4SWPURQ.js";
import {
  eachFile
} from "./chunk-2CRF2HR2.js";
import {
  baseName,
  shown
} from "./chunk-22YPUHC5.js";
import {
  addressRange,
  parseAddressSpec
} from "./chunk-EYJA5AHZ.js";

// src/formats/vpn-profile-xml/profile.ts
function booleanOf(value, what, report) {
  const lower = value.text.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  report("bad-value", `${what} is '${shown(value.text)}'; it takes true or false`, value.loc);
  return void 0;
}
function profileOfSpec(spec, options) {
  const diagnostics = [];
  const notes = [];
  const report = (code, message, loc, severity = "error") => diagnostics.push({ ...loc, severity, code: `${options.format}/${code}`, message });
  const profile = {
    file: options.file,
    loc: spec.loc,
    source: "profile-xml",
    name: spec.name && spec.name.text !== "" ? spec.name.text : options.fallbackName,
    clientSubnets: [],
    include: [],
    exclude: [],
    endpoints: []
  };
  const device = spec.deviceTunnel && booleanOf(spec.deviceTunnel, "DeviceTunnel", report);
  profile.tunnelKind = device === true ? "device" : "user";
  const routing = spec.routingPolicyType;
  if (routing) {
    const lower = routing.text.toLowerCase();
    if (lower === "forcetunnel") profile.tunnel = { value: "full", loc: routing.at ?? routing.loc };
    else if (lower === "splittunnel") profile.tunnel = { value: "split", loc: routing.at ?? routing.loc };
    else report("bad-value", `RoutingPolicyType is '${shown(routing.text)}'; it is SplitTunnel or ForceTunnel, so the routing policy is not known`, routing.loc);
  } else if (spec.native) {
    notes.push({ format: options.format, loc: spec.loc, expression: "RoutingPolicyType", reason: `is not written in profile ${profile.name}, so Windows' default routing policy applies; the tunnel is judged by its routes alone` });
  } else if (spec.plugin) {
    notes.push({ format: options.format, loc: spec.plugin, expression: "PluginProfile", reason: `is a third-party VPN client's profile (${profile.name}), whose server decides what enters the tunnel; only the routes written here are judged` });
  }
  for (const route of spec.routes) {
    const address = routeAddress(route, report);
    if (!address) continue;
    const exclusion = route.exclusionRoute && booleanOf(route.exclusionRoute, "ExclusionRoute", report);
    (exclusion === true ? profile.exclude : profile.include).push(address);
  }
  if (profile.tunnel?.value === "full" && ![...profile.include, ...profile.exclude].some((route) => route.ranges.some((r) => r.family === 6))) {
    profile.exclude.push({ text: "IPv6 (the profile routes no IPv6; the VPN server decides)", ranges: [{ family: 6, first: 0n, last: (1n << 128n) - 1n }], loc: profile.tunnel.loc });
    notes.push({ format: options.format, loc: profile.tunnel.loc, expression: "RoutingPolicyType ForceTunnel", reason: `of profile ${profile.name} routes no IPv6 network: IPv6 enters the tunnel only if the VPN server assigns IPv6 addresses, so IPv6 in this tunnel is not judged` });
  }
  for (const list of spec.servers) {
    for (const item of list.text.split(",")) {
      const host = item.split(";")[0].trim();
      if (host !== "") profile.endpoints.push({ value: host, loc: list.loc });
    }
  }
  const dns = { servers: [], suffixes: [] };
  for (const suffixes of spec.dnsSuffix) {
    for (const suffix of suffixes.text.split(",")) {
      const name = suffix.trim().replace(/^\.+/, "").replace(/\.$/, "").toLowerCase();
      if (name !== "") dns.suffixes.push({ value: name, loc: suffixes.loc });
    }
  }
  for (const dni of spec.domainNameInformation) {
    if (!dni.dnsServers) continue;
    for (const server of dni.dnsServers.text.split(",")) {
      const text = server.trim();
      if (text === "") continue;
      const range = addressRange(text);
      if (range) dns.servers.push({ text, ranges: [range], loc: dni.dnsServers.loc });
      else report("bad-address", `DnsServers: '${shown(text)}' is not an IP address`, dni.dnsServers.loc);
    }
  }
  if (dns.servers.length > 0 || dns.suffixes.length > 0) profile.dns = dns;
  return { profile, diagnostics, notes };
}
function routeAddress(route, report) {
  const { address, prefixSize } = route;
  if (!address || address.text === "") {
    report("missing-value", "a Route without its Address; the route is not read", address?.loc ?? route.loc);
    return void 0;
  }
  const range = addressRange(address.text);
  if (!range) {
    report("bad-address", `Address '${shown(address.text)}' is not an IPv4 or IPv6 address (the prefix goes in PrefixSize); the route is not read`, address.loc);
    return void 0;
  }
  if (!prefixSize || prefixSize.text === "") {
    report("missing-value", `the Route to ${shown(address.text)} has no PrefixSize; the route is not read`, prefixSize?.loc ?? route.loc);
    return void 0;
  }
  const bits = range.family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefixSize.text) || Number(prefixSize.text) > bits) {
    report("bad-prefix", `PrefixSize '${shown(prefixSize.text)}' is not a prefix length of an IPv${range.family} address (0 to ${bits}); the route is not read`, prefixSize.loc);
    return void 0;
  }
  const text = `${address.text}/${Number(prefixSize.text)}`;
  const parsed = parseAddressSpec(text);
  if ("error" in parsed) {
    report("bad-address", `Route ${parsed.error}; the route is not read`, address.loc);
    return void 0;
  }
  return { text, ranges: parsed.ranges, loc: route.loc };
}

// src/formats/vpn-profile-xml/spec.ts
function children(element, local) {
  const lower = local.toLowerCase();
  return element.children.filter((child2) => child2.local.toLowerCase() === lower);
}
function child(element, local) {
  return children(element, local)[0];
}
function valueOf(element) {
  if (!element) return void 0;
  const text = element.text?.value ?? "";
  const trimmed = text.trim();
  return { text: trimmed, loc: element.text && trimmed !== "" ? element.text.loc : element.loc, at: element.loc };
}
function valuesOf(elements) {
  const out = [];
  for (const element of elements) {
    const value = valueOf(element);
    if (value) out.push(value);
  }
  return out;
}
function isVpnProfileElement(element) {
  return element !== void 0 && element.local.toLowerCase() === "vpnprofile";
}
function specOfElement(root) {
  const native = child(root, "NativeProfile");
  const plugin = child(root, "PluginProfile");
  const spec = {
    loc: root.loc,
    native: native !== void 0,
    servers: native ? valuesOf(children(native, "Servers")) : [],
    dnsSuffix: valuesOf(children(root, "DnsSuffix")),
    domainNameInformation: children(root, "DomainNameInformation").map((dni) => ({ loc: dni.loc, domainName: valueOf(child(dni, "DomainName")), dnsServers: valueOf(child(dni, "DnsServers")) })),
    routes: children(root, "Route").map((route) => ({
      loc: route.loc,
      address: valueOf(child(route, "Address")),
      prefixSize: valueOf(child(route, "PrefixSize")),
      exclusionRoute: valueOf(child(route, "ExclusionRoute"))
    }))
  };
  const name = valueOf(child(root, "ProfileName"));
  if (name) spec.name = name;
  if (plugin) spec.plugin = plugin.loc;
  const routing = native && valueOf(child(native, "RoutingPolicyType"));
  if (routing) spec.routingPolicyType = routing;
  const device = valueOf(child(root, "DeviceTunnel"));
  if (device) spec.deviceTunnel = device;
  return spec;
}
function specOfCspNodes(name, nodes) {
  const spec = { loc: nodes[0].loc, name, native: false, servers: [], dnsSuffix: [], domainNameInformation: [], routes: [] };
  const routes = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const [first, second, third] = node.path;
    if (first === "nativeprofile") {
      spec.native = true;
      if (second === "servers") spec.servers.push(node.value);
      else if (second === "routingpolicytype") spec.routingPolicyType = node.value;
    } else if (first === "pluginprofile") spec.plugin ??= node.loc;
    else if (first === "devicetunnel") spec.deviceTunnel = node.value;
    else if (first === "dnssuffix") spec.dnsSuffix.push(node.value);
    else if (first === "routelist" && second !== void 0 && third !== void 0) {
      let route = routes.get(second);
      if (!route) routes.set(second, route = { loc: node.loc });
      if (third === "address") route.address = node.value;
      else if (third === "prefixsize") route.prefixSize = node.value;
      else if (third === "exclusionroute") route.exclusionRoute = node.value;
    } else if (first === "domainnameinformationlist" && second !== void 0 && third !== void 0) {
      let dni = names.get(second);
      if (!dni) names.set(second, dni = { loc: node.loc });
      if (third === "domainname") dni.domainName = node.value;
      else if (third === "dnsservers") dni.dnsServers = node.value;
    }
  }
  spec.routes = [...routes.values()];
  spec.domainNameInformation = [...names.values()];
  return spec;
}

// src/formats/vpn-profile-xml/load.ts
var FORMAT = "vpn-profile-xml";
function loadProfileXml(files, context) {
  return eachFile(files, context, (file, { text }) => {
    const read = readProfileXmlFile(text, file.file);
    const shift = text.charCodeAt(0) === 65279 ? 1 : 0;
    for (const comment of read.comments) context.comments(file.file, text, comment.start + shift, comment.end + shift);
    return { nodes: { vpnProfiles: read.profiles, notes: read.notes }, diagnostics: read.diagnostics };
  });
}
function readProfileXmlFile(text, file) {
  const out = { profiles: [], notes: [], diagnostics: [], comments: [] };
  try {
    const document = parseXml(file, text);
    out.comments = document.comments;
    addXmlDiagnostics(document, out.diagnostics);
    const root = document.root;
    if (root === void 0) return out;
    if (isVpnProfileElement(root)) addProfile(specOfElement(root), file, baseName(file), out);
    else if (root.local.toLowerCase() === "syncml") readSyncml(document, root, file, out);
  } catch (error) {
    out.diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: "error", code: `${FORMAT}/internal-error`, message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  return out;
}
function addXmlDiagnostics(document, into, format = FORMAT) {
  for (const d of document.diagnostics) into.push({ ...d, code: `${format}/${d.code.replace(/^xml\//, "xml-")}` });
}
function addProfile(spec, file, fallbackName, out) {
  const read = profileOfSpec(spec, { file, format: FORMAT, fallbackName });
  out.profiles.push(read.profile);
  for (const note of read.notes) out.notes.push(note);
  for (const d of read.diagnostics) out.diagnostics.push(d);
}
var VPNV2 = /^\.?\/?(?:(?:user|device)\/)?vendor\/msft\/vpnv2\/([^/]+)(?:\/(.*))?$/i;
function readSyncml(document, root, file, out) {
  const byName = /* @__PURE__ */ new Map();
  for (const command of descendants(root)) {
    const verb = command.local.toLowerCase();
    if (verb !== "add" && verb !== "replace") continue;
    for (const item of command.children) {
      if (item.local.toLowerCase() !== "item") continue;
      const uri = childNamed(childNamed(item, "target"), "locuri");
      const match = uri?.text && VPNV2.exec(uri.text.value.trim());
      if (!uri || !match) continue;
      const name = { text: decodeName(match[1]), loc: uri.text?.loc ?? uri.loc };
      const path = (match[2] ?? "").split("/").filter((segment) => segment !== "").map((segment) => segment.toLowerCase());
      const data = childNamed(item, "data");
      if (path.length === 1 && path[0] === "profilexml") {
        if (data?.text) readEmbedded(document, data, name, file, out);
        continue;
      }
      if (path.length === 0) continue;
      const value = { text: data?.text?.value.trim() ?? "", loc: data?.text?.loc ?? data?.loc ?? item.loc, at: command.loc };
      const entry = byName.get(name.text) ?? { name, nodes: [] };
      byName.set(name.text, entry);
      entry.nodes.push({ path, value, loc: command.loc });
    }
  }
  for (const { name, nodes } of byName.values()) addProfile(specOfCspNodes(name, nodes), file, name.text, out);
}
function readEmbedded(document, data, name, file, out) {
  if (!data.text) return;
  const inner = parseEmbeddedXml(document, data.text);
  addXmlDiagnostics(inner, out.diagnostics);
  if (inner.root && isVpnProfileElement(inner.root)) addProfile(specOfElement(inner.root), file, name.text, out);
  else if (inner.wellFormed) out.diagnostics.push({ ...data.loc, severity: "error", code: `${FORMAT}/not-a-profile`, message: `the ProfileXML of ${name.text} does not hold a <VPNProfile> element` });
}
function childNamed(element, lowerLocal) {
  return element?.children.find((child2) => child2.local.toLowerCase() === lowerLocal);
}
function decodeName(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export {
  profileOfSpec,
  isVpnProfileElement,
  specOfElement,
  FORMAT,
  loadProfileXml,
  readProfileXmlFile,
  addXmlDiagnostics
};
