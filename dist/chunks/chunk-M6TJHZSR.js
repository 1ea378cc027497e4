import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/model/certificate.ts
function certificateField(certificate, ...fields) {
  for (const field of fields) {
    const loc = certificate.fieldLocs?.[field];
    if (loc) return { loc };
  }
  return { loc: certificate.loc };
}
function hostName(name) {
  return name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()).replace(/\.$/, "");
}
function isSingleLabelWildcard(name) {
  return /^\*\.[^*]+\.[^*]+$/.test(name);
}
function presentedNameMatches(presented, host) {
  const p = hostName(presented);
  const h = hostName(host);
  if (!p.includes("*")) return p === h;
  if (!isSingleLabelWildcard(p)) return false;
  const dot = h.indexOf(".");
  return dot > 0 && h.slice(dot) === p.slice(1);
}
function hasNoSan(certificate) {
  const sans = certificate.sans;
  if (sans === void 0) return certificate.source !== void 0 && certificate.source !== "manifest";
  return sans.dns.length === 0 && sans.ip.length === 0;
}
function matchedNames(certificate) {
  if (hasNoSan(certificate)) return certificate.commonName === void 0 ? [] : [hostName(certificate.commonName)];
  return certificate.sans?.dns;
}
function sanCovering(certificate, host) {
  return matchedNames(certificate)?.find((name) => presentedNameMatches(name, host));
}
function issuerKindOf(certificate) {
  return certificate.issuerKind ?? (certificate.selfSigned ? "private" : void 0);
}
function issuerInWords(certificate) {
  return certificate.selfSigned ? "itself (self-signed)" : certificate.issuer ?? "a private CA";
}
var DAY_MS = 864e5;
function daysBetween(from, to) {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}
function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
function isLeafCertificate(certificate) {
  return certificate.basicConstraints?.ca !== true;
}

export {
  certificateField,
  hostName,
  isSingleLabelWildcard,
  presentedNameMatches,
  hasNoSan,
  matchedNames,
  sanCovering,
  issuerKindOf,
  issuerInWords,
  daysBetween,
  isoDay,
  isLeafCertificate
};
