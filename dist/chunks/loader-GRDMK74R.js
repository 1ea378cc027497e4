import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  LineTextReader,
  baseName,
  commaSeparatedFields,
  fullTunnelAt,
  pushDefined,
  readSafely,
  shown,
  trimmed
} from "./chunk-22YPUHC5.js";
import "./chunk-EYJA5AHZ.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/wireguard/loader.ts
function parseWireguardFile(text, file, limits, comments) {
  return readSafely("wireguard", file, () => readWireguard(text, file, limits, comments), () => ({}));
}
var SECTIONS = { interface: "interface", peer: "peer" };
function readWireguard(text, file, limits, comments) {
  const reader = new LineTextReader(file, "wireguard", limits);
  const lines = reader.lines(text);
  if (!lines) return { diagnostics: reader.diagnostics };
  const profile = { file, loc: reader.fileRange(lines), source: "wireguard", name: baseName(file), clientSubnets: [], include: [], exclude: [], endpoints: [] };
  const dns = { servers: [], suffixes: [] };
  let section = "none";
  let sawSection = false;
  read: for (const { number, text: line, offset } of lines) {
    const hash = line.indexOf("#");
    if (hash >= 0) comments?.(file, text, offset + hash, offset + line.length);
    const content = trimmed(line, 0, hash < 0 ? line.length : hash);
    if (content.text === "") continue;
    if (content.text.startsWith("[")) {
      section = readSectionHeader(reader, content, number);
      sawSection = true;
      continue;
    }
    const equals = line.indexOf("=", content.start);
    if (equals < 0 || equals >= content.end) {
      reader.report("missing-equals", "expected 'Key = Value'", number, content.start, content.end);
      continue;
    }
    const key = trimmed(line, content.start, equals);
    if (section === "none") {
      reader.report("outside-section", "a key before any [Interface] or [Peer] section; wg-quick refuses the file", number, content.start, content.end);
      continue;
    }
    const name = key.text.toLowerCase();
    if (!isListKey(section, name)) continue;
    const values = commaSeparatedFields(line, equals + 1, content.end);
    const items = values.length === 1 && values[0].text === "" ? [] : values;
    for (const item of items) {
      if (!reader.entry(number, item.start, item.end)) break read;
      if (item.text === "") {
        reader.report("empty-value", `${key.text}: an empty item between commas`, number, item.start, item.end);
        continue;
      }
      if (section === "interface" && name === "address") pushDefined(profile.clientSubnets, reader.interfaceAddress(item, number, "Address"));
      else if (section === "interface" && name === "dns") readDnsItem(reader, item, number, dns);
      else if (section === "peer" && name === "allowedips") pushDefined(profile.include, reader.address(item, number, "AllowedIPs"));
      else if (section === "peer" && name === "endpoint") readEndpoint(reader, item, number, profile);
    }
  }
  if (!sawSection) return { diagnostics: reader.diagnostics };
  const tunnel = fullTunnelAt(profile.include);
  if (tunnel) profile.tunnel = { value: "full", loc: tunnel.loc };
  if (dns.servers.length > 0 || dns.suffixes.length > 0) profile.dns = dns;
  return { profile, diagnostics: reader.diagnostics };
}
function readSectionHeader(reader, content, line) {
  if (!content.text.endsWith("]")) {
    reader.report("bad-section", "a section header without its closing ']'; the keys under it are not read", line, content.start, content.end);
    return "unknown";
  }
  const name = content.text.slice(1, -1).trim();
  const section = SECTIONS[name.toLowerCase()];
  if (section) return section;
  reader.report("unknown-section", `unknown section '[${shown(name)}]'; WireGuard has [Interface] and [Peer]; the keys under it are not read`, line, content.start, content.end);
  return "unknown";
}
var LIST_KEYS = {
  interface: /* @__PURE__ */ new Set(["address", "dns"]),
  peer: /* @__PURE__ */ new Set(["allowedips", "endpoint"])
};
function isListKey(section, name) {
  return (section === "interface" || section === "peer") && LIST_KEYS[section].has(name);
}
function readDnsItem(reader, item, line, dns) {
  const loc = reader.range(line, item.start, item.end);
  if (!/^[0-9./]+$/.test(item.text) && !item.text.includes(":")) {
    dns.suffixes.push({ value: item.text, loc });
    return;
  }
  const server = reader.address(item, line, "DNS");
  if (!server) return;
  const [range] = server.ranges;
  if (server.ranges.length === 1 && range.first === range.last) dns.servers.push(server);
  else reader.report("bad-address", `DNS: '${shown(item.text)}' is a network; a DNS server is one address`, line, item.start, item.end);
}
function readEndpoint(reader, item, line, profile) {
  const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(item.text);
  if (!match || Number(match[2]) > 65535) {
    reader.report("bad-endpoint", `Endpoint: '${shown(item.text)}' is not host:port (an IPv6 address in brackets)`, line, item.start, item.end);
    return;
  }
  profile.endpoints.push({ value: item.text, loc: reader.range(line, item.start, item.end) });
}
export {
  parseWireguardFile
};
