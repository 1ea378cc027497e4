import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  deref,
  getKey,
  parseYamlDocuments
} from "./chunk-2F2EY3OV.js";

// src/formats/octodns/recognise.ts
var OCTODNS_TYPES = /* @__PURE__ */ new Set([
  "A",
  "AAAA",
  "ALIAS",
  "CAA",
  "CNAME",
  "DNAME",
  "DS",
  "HTTPS",
  "LOC",
  "MX",
  "NAPTR",
  "NS",
  "PTR",
  "SPF",
  "SRV",
  "SSHFP",
  "SVCB",
  "TLSA",
  "TXT",
  "URLFWD"
]);
function wholeEntries(head) {
  if (!head.cut) return head.text;
  let end = head.text.lastIndexOf("\n");
  while (end > 0) {
    const next = head.text.charAt(end + 1);
    if (next !== "" && next !== " " && next !== "	" && next !== "#" && next !== "-" && next !== "\r" && next !== "\n") return head.text.slice(0, end + 1);
    end = head.text.lastIndexOf("\n", end - 1);
  }
  return head.text;
}
function isOctodnsRecord(node) {
  const map = node === void 0 ? void 0 : deref(node);
  if (map?.kind !== "map") return false;
  const type = getKey(map, "type");
  const typeNode = type === void 0 ? void 0 : deref(type);
  if (typeNode?.kind !== "scalar" || typeof typeNode.value !== "string" || !OCTODNS_TYPES.has(typeNode.value.toUpperCase())) return false;
  return getKey(map, "value") !== void 0 || getKey(map, "values") !== void 0;
}
function looksLikeOctodnsZone(head) {
  if (head.binary) return false;
  const { documents } = parseYamlDocuments(wholeEntries(head), head.fileName);
  if (documents.length !== 1) return false;
  const root = documents[0].contents === null ? void 0 : deref(documents[0].contents);
  if (root?.kind !== "map" || root.entries.length === 0) return false;
  return root.entries.every((entry) => {
    const key = deref(entry.key);
    if (key?.kind !== "scalar" || typeof key.value === "boolean") return false;
    const value = deref(entry.value);
    if (value?.kind === "seq") return value.items.length > 0 && value.items.every(isOctodnsRecord);
    return isOctodnsRecord(value);
  });
}

export {
  OCTODNS_TYPES,
  looksLikeOctodnsZone
};
