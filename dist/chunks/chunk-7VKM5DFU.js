import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  hostName
} from "./chunk-M6TJHZSR.js";
import {
  require_ipaddr
} from "./chunk-4XAWEQ5T.js";
import {
  __toESM
} from "./chunk-ZUAMPCLF.js";

// src/model/values.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
import path from "node:path";
var LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
var WILDCARD_LABEL = /^[a-z0-9_*](?:[a-z0-9_*-]{0,61}[a-z0-9_*])?$/;
function readHostName(text, options = {}) {
  const name = hostName(text);
  if (name.length === 0 || name.length > 253) return void 0;
  const labels = name.split(".");
  if (options.qualified && labels.length < 2) return void 0;
  if (/^\d+$/.test(labels[labels.length - 1])) return void 0;
  const valid = labels.every((label, index) => (index === 0 && options.wildcard ? WILDCARD_LABEL : LABEL).test(label));
  return valid ? name : void 0;
}
function readIpAddress(text) {
  if (import_ipaddr.default.IPv4.isValidFourPartDecimal(text)) return import_ipaddr.default.IPv4.parse(text).toString();
  if (!text.includes(":") || text.includes("%") || !import_ipaddr.default.IPv6.isValid(text)) return void 0;
  const address = import_ipaddr.default.IPv6.parse(text);
  return address.isIPv4MappedAddress() ? `::ffff:${address.toIPv4Address().toString()}` : address.toRFC5952String();
}
function readPort(text) {
  if (!/^\d{1,5}$/.test(text)) return void 0;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : void 0;
}
function readHostPort(text) {
  let hostText = text;
  let portText;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    [, hostText, portText] = bracketed;
  } else if (text.includes(":") && text.indexOf(":") === text.lastIndexOf(":")) {
    hostText = text.slice(0, text.indexOf(":"));
    portText = text.slice(text.indexOf(":") + 1);
  }
  const host = bracketed ? hostText.includes(":") ? readIpAddress(hostText) : void 0 : readIpAddress(hostText) ?? readHostName(hostText);
  if (host === void 0) return { badHost: true };
  if (portText === void 0) return { host };
  const port = readPort(portText);
  return port === void 0 ? { badPort: portText } : { host, port };
}
var DN_ATTRIBUTE_NAMES = {
  cn: "CN",
  commonname: "CN",
  o: "O",
  ou: "OU",
  l: "L",
  st: "ST",
  s: "ST",
  c: "C",
  dc: "DC",
  e: "emailAddress",
  email: "emailAddress",
  emailaddress: "emailAddress",
  serialnumber: "serialNumber",
  street: "street",
  title: "title",
  uid: "UID"
};
function readDistinguishedName(text) {
  const attributes = [];
  let separator = "";
  let i = 0;
  while (i < text.length) {
    const equals = text.indexOf("=", i);
    if (equals < 0) return void 0;
    const typeText = text.slice(i, equals).trim();
    if (!/^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)+)$/.test(typeText)) return void 0;
    let j = equals + 1;
    let raw = "";
    let value = "";
    let quoted = false;
    while (j < text.length) {
      const ch = text[j];
      if (ch === "\\" && j + 1 < text.length) {
        raw += ch + text[j + 1];
        value += text[j + 1];
        j += 2;
        continue;
      }
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === "," || ch === "+")) break;
      else value += ch;
      raw += ch;
      j++;
    }
    if (quoted) return void 0;
    const type = DN_ATTRIBUTE_NAMES[typeText.toLowerCase()] ?? typeText;
    attributes.push({ separator, type, raw: raw.trim(), value: value.trim() });
    separator = text[j] === "+" ? " + " : ", ";
    i = j + 1;
    if (j < text.length && i >= text.length) return void 0;
  }
  if (attributes.length === 0) return void 0;
  const commonName = attributes.filter((a) => a.type === "CN").pop()?.value;
  const result = { text: attributes.map((a) => `${a.separator}${a.type}=${a.raw}`).join("") };
  if (commonName !== void 0) result.commonName = commonName;
  return result;
}
function resolveManifestPath(manifestFile, written) {
  if (written.startsWith("/") || written.startsWith("\\") || /^[A-Za-z]:/.test(written)) return void 0;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(manifestFile), written));
  if (resolved === ".." || resolved.startsWith("../") || resolved === "." || resolved.endsWith("/")) return void 0;
  return resolved;
}
function parsePortSpec(text) {
  const spec = text.trim();
  if (/^any$/i.test(spec)) return { first: 0, last: 65535, any: true };
  const range = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(spec);
  if (!range) return { error: `'${spec}' is not a port, a range first-last or any` };
  const first = Number(range[1]);
  const last = range[2] === void 0 ? first : Number(range[2]);
  if (first > 65535 || last > 65535) return { error: `'${spec}' is out of range: ports are 0-65535` };
  if (first > last) return { error: `'${spec}' ends before it starts` };
  return { first, last };
}

// src/model/topology.ts
function describesDeployment(topology) {
  return topology.source !== "powershell";
}
var SIMPLE_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#:]*)(?::([^/?#]*))?([/?#].*)?$/;
function readSimpleUrl(text) {
  if (/\s/.test(text)) return void 0;
  const url = SIMPLE_URL.exec(text);
  if (!url) return readHostName(text, { qualified: true });
  const [, scheme, hostText, portText, rest = ""] = url;
  const host = readHostName(hostText, { qualified: true });
  const port = portText === void 0 ? void 0 : readPort(portText);
  if (!/^https?$/i.test(scheme) || host === void 0 || portText !== void 0 && port === void 0) return void 0;
  return `${scheme.toLowerCase()}://${host}${port === void 0 ? "" : `:${port}`}${rest}`;
}
function simpleUrlHost(value) {
  if (!/^https?:\/\//.test(value)) return hostName(value);
  try {
    return hostName(new URL(value).hostname);
  } catch {
    return void 0;
  }
}

export {
  readHostName,
  readIpAddress,
  readPort,
  readHostPort,
  readDistinguishedName,
  resolveManifestPath,
  parsePortSpec,
  describesDeployment,
  readSimpleUrl,
  simpleUrlHost
};
