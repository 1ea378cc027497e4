import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  canonicalName,
  isAtOrBelow,
  isIpLiteral,
  parentName
} from "./chunk-GCKIFPAF.js";

// src/estate/sip.ts
function splitSrvOwner(owner) {
  const name = canonicalName(owner);
  if (name.charCodeAt(0) !== 95) return void 0;
  const protocolAndDomain = parentName(name);
  if (protocolAndDomain === void 0 || protocolAndDomain.charCodeAt(0) !== 95) return void 0;
  const domain = parentName(protocolAndDomain);
  if (domain === void 0 || domain === ".") return void 0;
  return { service: name.slice(0, name.length - domain.length - 1), domain };
}
var SIP_CLEAR_TEXT_PORTS = /* @__PURE__ */ new Set([5060]);
function isClearTextSips(service, port) {
  return service.startsWith("_sips.") && SIP_CLEAR_TEXT_PORTS.has(port);
}
function normaliseService(service) {
  return service.toLowerCase().replace(/\.+$/, "");
}
function ipLiteralIn(target, origin) {
  if (!mayStartIpLiteral(target.charCodeAt(0))) return void 0;
  const bare = target.endsWith(".") ? target.slice(0, -1) : target;
  if (isIpLiteral(bare)) return bare;
  if (origin && origin !== "." && target !== origin && isAtOrBelow(target, origin)) {
    const relative = target.slice(0, target.length - origin.length - 1);
    if (isIpLiteral(relative)) return relative;
  }
  return void 0;
}
function mayStartIpLiteral(c) {
  return c >= 48 && c <= 58 || c >= 97 && c <= 102 || c >= 65 && c <= 70 || c === 46;
}

// src/model/live.ts
var LIVE_ZONE_FILE = "<live>";

export {
  splitSrvOwner,
  isClearTextSips,
  normaliseService,
  ipLiteralIn,
  LIVE_ZONE_FILE
};
