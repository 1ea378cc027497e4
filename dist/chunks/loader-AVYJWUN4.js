import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  LineTextReader,
  blankSeparatedFields,
  readSafely,
  shown
} from "./chunk-22YPUHC5.js";
import {
  parseAddressSpec
} from "./chunk-EYJA5AHZ.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/sdp/loader.ts
function parseSdpFile(text, file, limits) {
  return readSafely("sdp", file, () => readSdp(text, file, limits), () => ({ session: { file, media: [], candidates: [] } }));
}
var CANDIDATE_PREFIX = "a=candidate:";
var CANDIDATE_TYPES = /* @__PURE__ */ new Set(["host", "srflx", "prflx", "relay"]);
var TCP_TYPES = /* @__PURE__ */ new Set(["active", "passive", "so"]);
var TRANSPORTS = {
  udp: { transport: "udp" },
  tcp: { transport: "tcp" },
  "tcp-act": { transport: "tcp", tcpType: "active" },
  "tcp-pass": { transport: "tcp", tcpType: "passive" }
};
var MAX_PRIORITY = 2 ** 31 - 1;
var CANDIDATE_FIELDS = ["foundation", "component id", "transport", "priority", "connection address", "port", "'typ'", "candidate type"];
function readSdp(text, file, limits) {
  const reader = new LineTextReader(file, "sdp", limits);
  const session = { file, media: [], candidates: [] };
  const lines = reader.lines(text) ?? [];
  let first = true;
  let inBadSection = false;
  for (const { number, text: line } of lines) {
    if (line === "") continue;
    if (!/^[a-zA-Z]=/.test(line)) {
      reader.report("bad-line", "an SDP line is a letter, = and a value (x=value)", number, 0, line.length);
      continue;
    }
    if (first && line[0] !== "v") reader.report("missing-version", "an SDP description starts with v=0", number, 0, 1);
    first = false;
    if (line[0] === "v") {
      if (line !== "v=0") reader.report("bad-version", `SDP version '${shown(line.slice(2))}'; the only version is 0`, number, 2, line.length);
    } else if (line[0] === "m") {
      if (!reader.entry(number, 0, line.length)) break;
      inBadSection = !readMedia(reader, line, number, session);
    } else if (inBadSection) {
      continue;
    } else if (line[0] === "c") {
      const connection = readConnection(reader, line, number);
      const media = session.media[session.media.length - 1];
      if (connection && media) media.connection = connection;
      else if (connection) session.connection = connection;
    } else if (line.startsWith(CANDIDATE_PREFIX)) {
      if (!reader.entry(number, 0, line.length)) break;
      const candidate = readCandidate(reader, line, number);
      if (candidate) session.candidates.push({ ...candidate, media: session.media.length - 1 });
    }
  }
  return { session, diagnostics: reader.diagnostics };
}
function readConnection(reader, line, number) {
  const [netType, addrType, address] = blankSeparatedFields(line, 2);
  const bad = (field2, what) => {
    const at = field2 ?? { start: line.length, end: line.length };
    reader.report("bad-connection", `c=: ${what}; c= is IN IP4|IP6 address`, number, at.start, at.end);
    return void 0;
  };
  if (netType?.text !== "IN") return bad(netType, netType ? `network type '${shown(netType.text)}' is not IN` : "the network type is missing");
  if (addrType?.text !== "IP4" && addrType?.text !== "IP6") return bad(addrType, addrType ? `address type '${shown(addrType.text)}' is not IP4 or IP6` : "the address type is missing");
  if (!address) return bad(address, "the address is missing");
  const slash = address.text.indexOf("/");
  const field = slash < 0 ? address : { text: address.text.slice(0, slash), start: address.start, end: address.start + slash };
  const family = addressFamily(field.text);
  if (family === "invalid" || family !== "name" && `IP${family}` !== addrType.text) return bad(field, `'${shown(field.text)}' is not an ${addrType.text} address or host name`);
  return { value: field.text, loc: reader.range(number, field.start, field.end) };
}
function readMedia(reader, line, number, session) {
  const [type, port, protocol] = blankSeparatedFields(line, 2);
  if (!protocol) {
    reader.report("bad-media", `m=: the ${!type ? "media type" : !port ? "port" : "protocol"} is missing; m= is type port proto fmt...`, number, line.length, line.length);
    return false;
  }
  const portNumber = /^(\d{1,5})(\/\d+)?$/.exec(port.text);
  if (!portNumber || Number(portNumber[1]) > 65535) {
    reader.report("bad-media", `m=: '${shown(port.text)}' is not a port (0-65535, optionally /count)`, number, port.start, port.end);
    return false;
  }
  const media = { loc: reader.range(number, 0, line.length), type: type.text, port: Number(portNumber[1]), protocol: protocol.text };
  if (session.connection) media.connection = session.connection;
  session.media.push(media);
  return true;
}
function readCandidate(reader, line, number) {
  const fields = blankSeparatedFields(line, CANDIDATE_PREFIX.length);
  const fail = (code, message, field) => {
    const at = field ?? { start: line.length, end: line.length };
    reader.report(code, `candidate: ${message}; the candidate is left out`, number, at.start, at.end);
    return void 0;
  };
  if (fields.length < CANDIDATE_FIELDS.length) return fail("candidate-missing-field", `the ${CANDIDATE_FIELDS[fields.length]} is missing`);
  const [foundation, component, transport, priority, address, port, typ, type] = fields;
  if (!/^[A-Za-z0-9+/]{1,32}$/.test(foundation.text)) return fail("bad-foundation", `foundation '${shown(foundation.text)}' is not 1 to 32 letters, digits, + or /`, foundation);
  const componentId = Number(component.text);
  if (!/^\d{1,3}$/.test(component.text) || componentId < 1 || componentId > 256) return fail("bad-component", `component id '${shown(component.text)}' is not 1-256`, component);
  const transportKind = TRANSPORTS[transport.text.toLowerCase()];
  if (!transportKind) return fail("bad-transport", `transport '${shown(transport.text)}' is not UDP or TCP`, transport);
  const priorityValue = Number(priority.text);
  if (!/^\d{1,10}$/.test(priority.text) || priorityValue < 1 || priorityValue > MAX_PRIORITY) return fail("bad-priority", `priority '${shown(priority.text)}' is not 1 to 2^31-1 (${MAX_PRIORITY})`, priority);
  if (!isCandidateAddress(address.text)) return fail("bad-address", `'${shown(address.text)}' is not an IP address or host name`, address);
  if (!isPort(port.text)) return fail("bad-port", `port '${shown(port.text)}' is not 0-65535`, port);
  if (typ.text !== "typ") return fail("bad-type", `expected 'typ' before the candidate type, found '${shown(typ.text)}'`, typ);
  if (!CANDIDATE_TYPES.has(type.text)) return fail("bad-type", `candidate type '${shown(type.text)}' is not host, srflx, prflx or relay`, type);
  const candidate = {
    loc: reader.range(number, 0, line.length),
    foundation: foundation.text,
    component: componentId,
    ...transportKind,
    priority: priorityValue,
    address: address.text,
    port: Number(port.text),
    type: type.text
  };
  for (let i = CANDIDATE_FIELDS.length; i < fields.length; i += 2) {
    const name = fields[i];
    const value = fields[i + 1];
    if (!value) return fail("candidate-missing-field", `'${shown(name.text)}' has no value`);
    if (name.text === "raddr") {
      if (!isCandidateAddress(value.text)) return fail("bad-address", `related address '${shown(value.text)}' is not an IP address or host name`, value);
      candidate.relatedAddress = value.text;
    } else if (name.text === "rport") {
      if (!isPort(value.text)) return fail("bad-port", `related port '${shown(value.text)}' is not 0-65535`, value);
      candidate.relatedPort = Number(value.text);
    } else if (name.text === "tcptype") {
      if (!TCP_TYPES.has(value.text)) return fail("bad-tcptype", `tcptype '${shown(value.text)}' is not active, passive or so`, value);
      if (candidate.transport !== "tcp") return fail("bad-tcptype", "tcptype on a UDP candidate", name);
      candidate.tcpType = value.text;
    }
  }
  return candidate;
}
function isPort(text) {
  return /^\d{1,5}$/.test(text) && Number(text) <= 65535;
}
function isCandidateAddress(text) {
  return addressFamily(text) !== "invalid";
}
function addressFamily(text) {
  if (/^[0-9.]+$/.test(text) || text.includes(":")) {
    const parsed = parseAddressSpec(text);
    if (text.includes("/") || !("ranges" in parsed) || parsed.ranges.length !== 1 || parsed.ranges[0].first !== parsed.ranges[0].last) return "invalid";
    return parsed.ranges[0].family;
  }
  return /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/.test(text) ? "name" : "invalid";
}
export {
  parseSdpFile
};
