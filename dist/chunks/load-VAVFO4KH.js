import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  dataFromParts,
  quotedString
} from "./chunk-NYGYHB2A.js";
import "./chunk-TRKV4FF5.js";
import {
  DnsZoneBuilder,
  recordOwner
} from "./chunk-ZINCBDUT.js";
import {
  OCTODNS_TYPES
} from "./chunk-2D3TV7J4.js";
import {
  eachFile
} from "./chunk-2CRF2HR2.js";
import {
  deref,
  getEntry,
  getKey,
  pairRange,
  parseYamlDocuments
} from "./chunk-2F2EY3OV.js";
import "./chunk-L7SDVBRS.js";
import "./chunk-NWVVF3RZ.js";
import "./chunk-CLORUN65.js";
import {
  canonicalName
} from "./chunk-GCKIFPAF.js";
import "./chunk-YJXHKNSU.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/octodns/load.ts
import path from "node:path";
var OCTODNS_DEFAULT_TTL = 3600;
var MAP_FIELDS = {
  MX: [
    { names: ["preference", "priority"], kind: "number" },
    { names: ["exchange", "value"], kind: "target" }
  ],
  SRV: [
    { names: ["priority"], kind: "number" },
    { names: ["weight"], kind: "number" },
    { names: ["port"], kind: "number" },
    { names: ["target"], kind: "target" }
  ],
  CAA: [
    { names: ["flags"], kind: "number", optional: "0" },
    { names: ["tag"], kind: "tag" },
    { names: ["value"], kind: "text" }
  ],
  NAPTR: [
    { names: ["order"], kind: "number" },
    { names: ["preference"], kind: "number" },
    { names: ["flags"], kind: "text" },
    { names: ["service"], kind: "text" },
    { names: ["regexp"], kind: "text" },
    { names: ["replacement"], kind: "target" }
  ]
};
var TARGET_TYPES = /* @__PURE__ */ new Set(["CNAME", "DNAME", "NS", "PTR"]);
async function loadOctodns(files, context) {
  const described = [];
  const loaded = await eachFile(files, context, (file, { text }) => {
    const zone = loadZone(file, text, context);
    for (const one of zone.files ?? []) described.push(one);
    return zone;
  });
  return { ...loaded, files: described };
}
function zoneNameOf(file, siblings = []) {
  const base = path.posix.basename(file).replace(/\.ya?ml$/i, "");
  const directory = path.posix.dirname(file);
  const directoryName = path.posix.basename(directory);
  if (directoryName.length > 1 && directoryName.endsWith(".") && isDomainName(directoryName)) return directoryName;
  const catchAll = siblings.find((other) => path.posix.dirname(other) === directory && path.posix.basename(other).startsWith("$"));
  if (catchAll !== void 0) {
    const zone = path.posix.basename(catchAll).slice(1).replace(/\.ya?ml$/i, "");
    return isDomainName(zone) ? zone : void 0;
  }
  return isDomainName(base) && !base.startsWith("_") ? base : void 0;
}
function isDomainName(text) {
  return /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.?$/i.test(text) && text.includes(".");
}
function loadZone(file, text, context) {
  const parsed = parseYamlDocuments(text, file.file, {}, context.comments);
  const diagnostics = parsed.diagnostics.map((d) => ({ ...d, code: d.code.replace(/^yaml\//, "octodns/yaml-") }));
  const root = parsed.documents[0]?.contents == null ? void 0 : deref(parsed.documents[0].contents);
  if (root === void 0 || root.kind === "scalar" && root.value === null) return { diagnostics };
  if (root.kind !== "map") {
    diagnostics.push(problem(root.loc, "not-a-record", "an octoDNS zone is a map of record names to records"));
    return { diagnostics };
  }
  const name = zoneNameOf(file.file, context.files.filter((other) => other.kind === "octodns").map((other) => other.file));
  if (name === void 0) {
    const note = { format: "octodns", loc: root.loc, expression: path.posix.basename(file.file), reason: "does not name a zone (octoDNS names its zone files `<zone>.yaml`), so the names of its records are not known" };
    return { diagnostics, nodes: { notes: [note] } };
  }
  const origin = canonicalName(name);
  const zone = new DnsZoneBuilder({ file: file.file, loc: root.loc, origin: name, originSource: "declared", ...viewOf(file) });
  for (const entry of root.entries) {
    const key = deref(entry.key);
    const written = key?.kind === "scalar" ? key.value === null ? "" : String(key.value) : void 0;
    if (written === void 0) {
      diagnostics.push(problem(entry.key.loc, "not-a-record", "a record name is a string"));
      continue;
    }
    const owner = recordOwner(written, origin, "relative");
    const value = deref(entry.value);
    if (value?.kind === "seq") {
      for (const item of value.items) readRecord(zone, owner, item, item.loc, diagnostics);
    } else readRecord(zone, owner, entry.value, pairRange(entry), diagnostics);
  }
  const { read: _read, ...described } = file;
  return { nodes: { zones: [zone.finish()] }, diagnostics, files: [{ ...described, ...viewOf(file), origin, originSource: "declared" }] };
}
function viewOf(file) {
  if (file.view !== "unknown") return { view: file.view, viewSource: file.viewSource };
  return { view: "external", viewSource: "declared" };
}
function problem(loc, code, message) {
  return { ...loc, severity: "error", code: `octodns/${code}`, message };
}
function readRecord(zone, owner, node, loc, diagnostics) {
  const record = deref(node);
  if (record?.kind !== "map") {
    diagnostics.push(problem(node.loc, "not-a-record", "a record is a map with `type` and `value` or `values`"));
    zone.addUnread(owner);
    return;
  }
  const typeNode = deref(getKey(record, "type") ?? record);
  const type = typeNode?.kind === "scalar" && typeof typeNode.value === "string" ? typeNode.value.toUpperCase() : void 0;
  if (type === void 0 || !OCTODNS_TYPES.has(type)) {
    diagnostics.push(problem(typeNode?.kind === "scalar" ? typeNode.loc : record.loc, "unknown-type", type === void 0 ? "a record has no `type`" : `${type} is not a record type octoDNS reads`));
    zone.addUnread(owner);
    return;
  }
  const valuesNode = getKey(record, "values") ?? getKey(record, "value");
  const values = valuesNode === void 0 ? void 0 : deref(valuesNode);
  if (values === void 0) {
    diagnostics.push(problem(getEntry(record, "type")?.key.loc ?? record.loc, "missing-value", `the ${type} record has no \`value\` or \`values\``));
    zone.addUnread(owner);
    return;
  }
  if (!(type in MAP_FIELDS) && !TARGET_TYPES.has(type) && type !== "A" && type !== "AAAA" && type !== "TXT" && type !== "SPF") {
    zone.addUnread(owner);
    return;
  }
  const ttlNode = deref(getKey(record, "ttl") ?? record);
  const ttl = ttlNode?.kind === "scalar" && typeof ttlNode.value === "number" && Number.isInteger(ttlNode.value) && ttlNode.value >= 0 ? ttlNode.value : OCTODNS_DEFAULT_TTL;
  const items = values.kind === "seq" ? values.items : [values];
  const data = [];
  const locs = [];
  for (const item of items) {
    const built = valueData(type, item);
    if ("data" in built) {
      data.push(built.data);
      locs.push(values.kind === "seq" ? item.loc : loc);
    } else zone.addUnreadable(owner, type, built.text, built.problem, values.kind === "seq" ? item.loc : loc, built.at ?? item.loc);
  }
  zone.addRecordSet(owner, type, ttl, data, loc, { locs, complete: data.length === items.length });
}
function scalarText(node) {
  const scalar = node === void 0 ? void 0 : deref(node);
  if (scalar?.kind !== "scalar" || scalar.value === null || typeof scalar.value === "boolean") return void 0;
  return String(scalar.value);
}
function targetProblem(text) {
  if (text.trim() === "") return "has an empty target";
  if (!text.endsWith(".")) return `names the target ${text} without its final dot, which octoDNS refuses ("missing trailing ."): write ${text}.`;
  return void 0;
}
function valueData(type, node) {
  const value = deref(node);
  const fields = MAP_FIELDS[type];
  if (fields) {
    if (value?.kind !== "map") {
      const text2 = scalarText(node) ?? "";
      return { text: text2, problem: `is written as one text; octoDNS takes each ${type} value as a map of ${fields.map((f) => f.names[0]).join(", ")}` };
    }
    const parts = [];
    for (const field of fields) {
      const entry = field.names.map((name) => getEntry(value, name)).find((found) => found !== void 0);
      const written = entry === void 0 ? field.optional : scalarText(entry.value);
      const shown = () => parts.map((p) => p.text).join(" ");
      if (written === void 0) return { text: shown(), problem: entry === void 0 ? `has no ${field.names[0]}` : `has a ${field.names[0]} that is not a value`, at: entry?.value.loc };
      const at = entry?.value.loc ?? value.loc;
      if (field.kind === "target") {
        const wrong = targetProblem(written);
        if (wrong !== void 0) return { text: `${shown()} ${written}`.trim(), problem: wrong, at };
      }
      parts.push({ text: field.kind === "text" ? quotedString(written) : written, loc: at });
    }
    return dataFromParts(type, parts);
  }
  const text = scalarText(node);
  if (text === void 0) return { text: "", problem: `takes each ${type} value as one text` };
  if (type === "TXT" || type === "SPF") return { data: { strings: [text.replace(/\\;/g, ";")] } };
  if (TARGET_TYPES.has(type)) {
    const wrong = targetProblem(text);
    if (wrong !== void 0) return { text, problem: wrong };
  }
  return dataFromParts(type, [{ text, loc: node.loc }]);
}
export {
  loadOctodns,
  zoneNameOf
};
