import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  hostName
} from "./chunk-M6TJHZSR.js";
import {
  TAG,
  boolean,
  children,
  content,
  directoryString,
  isContext,
  isUniversal,
  octets,
  oid,
  readTlv,
  sequence,
  smallInteger,
  time
} from "./chunk-OOS4MDML.js";
import {
  require_ipaddr
} from "./chunk-4XAWEQ5T.js";
import {
  __toESM
} from "./chunk-ZUAMPCLF.js";

// src/formats/certificate/facts.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
import { X509Certificate } from "node:crypto";

// src/formats/certificate/oids.ts
var SIGNATURE_ALGORITHMS = {
  "1.2.840.113549.1.1.2": { name: "md2WithRSAEncryption", hash: "md2" },
  "1.2.840.113549.1.1.3": { name: "md4WithRSAEncryption", hash: "md4" },
  "1.2.840.113549.1.1.4": { name: "md5WithRSAEncryption", hash: "md5" },
  "1.2.840.113549.1.1.5": { name: "sha1WithRSAEncryption", hash: "sha1" },
  "1.2.840.113549.1.1.10": { name: "rsassaPss" },
  "1.2.840.113549.1.1.11": { name: "sha256WithRSAEncryption", hash: "sha256" },
  "1.2.840.113549.1.1.12": { name: "sha384WithRSAEncryption", hash: "sha384" },
  "1.2.840.113549.1.1.13": { name: "sha512WithRSAEncryption", hash: "sha512" },
  "1.2.840.113549.1.1.14": { name: "sha224WithRSAEncryption", hash: "sha224" },
  "2.16.840.1.101.3.4.3.13": { name: "RSA-SHA3-224", hash: "sha3-224" },
  "2.16.840.1.101.3.4.3.14": { name: "RSA-SHA3-256", hash: "sha3-256" },
  "2.16.840.1.101.3.4.3.15": { name: "RSA-SHA3-384", hash: "sha3-384" },
  "2.16.840.1.101.3.4.3.16": { name: "RSA-SHA3-512", hash: "sha3-512" },
  "1.3.14.3.2.29": { name: "sha1WithRSA", hash: "sha1" },
  "1.2.840.10045.4.1": { name: "ecdsa-with-SHA1", hash: "sha1" },
  "1.2.840.10045.4.3.1": { name: "ecdsa-with-SHA224", hash: "sha224" },
  "1.2.840.10045.4.3.2": { name: "ecdsa-with-SHA256", hash: "sha256" },
  "1.2.840.10045.4.3.3": { name: "ecdsa-with-SHA384", hash: "sha384" },
  "1.2.840.10045.4.3.4": { name: "ecdsa-with-SHA512", hash: "sha512" },
  "1.2.840.10040.4.3": { name: "dsaWithSHA1", hash: "sha1" },
  "2.16.840.1.101.3.4.3.1": { name: "dsa_with_SHA224", hash: "sha224" },
  "2.16.840.1.101.3.4.3.2": { name: "dsa_with_SHA256", hash: "sha256" },
  "1.3.101.112": { name: "ED25519" },
  "1.3.101.113": { name: "ED448" }
};
var DIGESTS = {
  "1.2.840.113549.2.5": "md5",
  "1.3.14.3.2.26": "sha1",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
  "2.16.840.1.101.3.4.2.4": "sha224",
  "2.16.840.1.101.3.4.2.5": "sha512-224",
  "2.16.840.1.101.3.4.2.6": "sha512-256"
};
var EXTENDED_KEY_USAGES = {
  "2.5.29.37.0": "anyExtendedKeyUsage",
  "1.3.6.1.5.5.7.3.1": "serverAuth",
  "1.3.6.1.5.5.7.3.2": "clientAuth",
  "1.3.6.1.5.5.7.3.3": "codeSigning",
  "1.3.6.1.5.5.7.3.4": "emailProtection",
  "1.3.6.1.5.5.7.3.8": "timeStamping",
  "1.3.6.1.5.5.7.3.9": "OCSPSigning",
  "1.3.6.1.5.5.7.3.5": "ipsecEndSystem",
  "1.3.6.1.5.5.7.3.6": "ipsecTunnel",
  "1.3.6.1.5.5.7.3.7": "ipsecUser",
  "1.3.6.1.5.5.7.3.17": "ipsecIKE",
  "1.3.6.1.4.1.311.20.2.2": "msSmartcardLogin",
  "1.3.6.1.4.1.311.10.3.3": "msSGC",
  "1.3.6.1.4.1.311.10.3.4": "msEFS",
  "2.16.840.1.113730.4.1": "nsSGC"
};
var CURVE_BITS = {
  prime192v1: 192,
  secp224r1: 224,
  prime256v1: 256,
  secp256k1: 256,
  secp384r1: 384,
  secp521r1: 521,
  brainpoolP256r1: 256,
  brainpoolP384r1: 384,
  brainpoolP512r1: 512
};
var OID = {
  subjectAltName: "2.5.29.17",
  basicConstraints: "2.5.29.19",
  extKeyUsage: "2.5.29.37",
  commonName: "2.5.4.3",
  rsassaPss: "1.2.840.113549.1.1.10",
  pkcs7Data: "1.2.840.113549.1.7.1",
  pkcs7SignedData: "1.2.840.113549.1.7.2",
  pkcs7EncryptedData: "1.2.840.113549.1.7.6",
  pkcs12KeyBag: "1.2.840.113549.1.12.10.1.1",
  pkcs12ShroudedKeyBag: "1.2.840.113549.1.12.10.1.2",
  pkcs12CertBag: "1.2.840.113549.1.12.10.1.3",
  pkcs12SafeContentsBag: "1.2.840.113549.1.12.10.1.6",
  x509Certificate: "1.2.840.113549.1.9.22.1",
  pbes2: "1.2.840.113549.1.5.13",
  pbkdf2: "1.2.840.113549.1.5.12"
};
var PKCS12_PBE = {
  "1.2.840.113549.1.12.1.3": "pbeWithSHA1And3-KeyTripleDES-CBC",
  "1.2.840.113549.1.12.1.6": "pbeWithSHA1And40BitRC2-CBC"
};
var PKCS12_PBE_UNSUPPORTED = {
  "1.2.840.113549.1.12.1.1": "pbeWithSHA1And128BitRC4",
  "1.2.840.113549.1.12.1.2": "pbeWithSHA1And40BitRC4",
  "1.2.840.113549.1.12.1.4": "pbeWithSHA1And2-KeyTripleDES-CBC",
  "1.2.840.113549.1.12.1.5": "pbeWithSHA1And128BitRC2-CBC"
};
var PBES2_CIPHERS = {
  "2.16.840.1.101.3.4.1.2": "AES-128-CBC",
  "2.16.840.1.101.3.4.1.22": "AES-192-CBC",
  "2.16.840.1.101.3.4.1.42": "AES-256-CBC",
  "1.2.840.113549.3.7": "DES-EDE3-CBC"
};
var PBKDF2_PRFS = {
  "1.2.840.113549.2.7": "hmacWithSHA1",
  "1.2.840.113549.2.8": "hmacWithSHA224",
  "1.2.840.113549.2.9": "hmacWithSHA256",
  "1.2.840.113549.2.10": "hmacWithSHA384",
  "1.2.840.113549.2.11": "hmacWithSHA512"
};

// src/formats/certificate/facts.ts
function certificateFacts(der) {
  const parts = structure(der);
  if (!parts) return { ok: false, reason: "not an X.509 certificate (the ASN.1 structure is not Certificate)" };
  let x509;
  try {
    x509 = new X509Certificate(der);
  } catch (error) {
    return { ok: false, reason: opensslReason(error) };
  }
  const facts = {
    subject: oneLine(x509.subject),
    issuer: oneLine(x509.issuer),
    serial: serialNumber(der, parts.serial) ?? x509.serialNumber.toUpperCase(),
    notBefore: time(der, parts.validity[0]),
    notAfter: time(der, parts.validity[1]),
    signature: signatureAlgorithm(der, parts.signatureAlgorithm),
    selfSigned: selfSigned(x509),
    fingerprint256: x509.fingerprint256
  };
  const commonName = lastCommonName(der, parts.subject);
  if (commonName !== void 0) facts.commonName = commonName;
  const key = publicKey(x509, der, parts.spki);
  if (key) facts.key = key;
  for (const ext of parts.extensions) applyExtension(der, ext, facts);
  const unreadableTimes = [];
  ["notBefore", "notAfter"].forEach((field, index) => {
    if (facts[field] !== void 0) return;
    delete facts[field];
    unreadableTimes.push({ field, written: Buffer.from(content(der, parts.validity[index])).toString("latin1").slice(0, 40) });
  });
  return { ok: true, facts, unreadableTimes };
}
function structure(der) {
  const top = readTlv(der, 0);
  if (!top || top.end !== der.length) return void 0;
  const cert = sequence(der, top);
  if (!cert || cert.length !== 3 || !isUniversal(cert[2], TAG.BIT_STRING)) return void 0;
  const tbs = sequence(der, cert[0]);
  if (!tbs) return void 0;
  const i = isContext(tbs[0], 0) ? 1 : 0;
  const validity = sequence(der, tbs[i + 3]);
  if (!validity || validity.length !== 2 || !tbs[i + 4] || !tbs[i + 5] || !isUniversal(cert[1], TAG.SEQUENCE)) return void 0;
  const extensions = [];
  const extWrapper = tbs.slice(i + 6).find((t) => isContext(t, 3));
  if (extWrapper) {
    const inner = children(der, extWrapper);
    const list = inner && inner.length === 1 ? sequence(der, inner[0]) : void 0;
    if (list) extensions.push(...list);
  }
  return { serial: tbs[i], signatureAlgorithm: cert[1], validity, subject: tbs[i + 4], spki: tbs[i + 5], extensions };
}
function serialNumber(der, tlv) {
  if (!isUniversal(tlv, TAG.INTEGER) || tlv.constructed) return void 0;
  const c = content(der, tlv);
  if (c.length === 0 || (c[0] & 128) !== 0) return void 0;
  return Buffer.from(c.length > 1 && c[0] === 0 ? c.subarray(1) : c).toString("hex").toUpperCase();
}
function oneLine(name) {
  return (name ?? "").split("\n").join(", ");
}
function opensslReason(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^error:[0-9A-F]+:/i, "").replace(/::/g, ": ");
}
function signatureAlgorithm(der, algorithm) {
  const fields = sequence(der, algorithm) ?? [];
  const id = oid(der, fields[0]) ?? "unknown";
  const known = SIGNATURE_ALGORITHMS[id];
  if (id !== OID.rsassaPss) return { algorithm: known?.name ?? id, ...known?.hash ? { hash: known.hash } : {}, pss: false };
  return { algorithm: known.name, hash: pssHash(der, fields[1]), pss: true };
}
function pssHash(der, params) {
  const fields = sequence(der, params) ?? [];
  const hashField = fields.find((f) => isContext(f, 0));
  if (!hashField) return "sha1";
  const inner = children(der, hashField);
  const algorithm = inner && inner.length === 1 ? sequence(der, inner[0]) : void 0;
  const id = algorithm ? oid(der, algorithm[0]) : void 0;
  return (id && DIGESTS[id]) ?? id ?? "unknown";
}
function selfSigned(x509) {
  try {
    return x509.checkIssued(x509) && x509.verify(x509.publicKey);
  } catch {
    return false;
  }
}
function lastCommonName(der, subject) {
  let cn;
  for (const rdn of sequence(der, subject) ?? []) {
    for (const attribute of sequence(der, rdn, TAG.SET) ?? []) {
      const pair = sequence(der, attribute);
      if (pair && pair.length === 2 && oid(der, pair[0]) === OID.commonName) cn = directoryString(der, pair[1]) ?? cn;
    }
  }
  return cn;
}
var SPKI_ALGORITHMS = {
  "1.2.840.113549.1.1.1": "rsa",
  "1.2.840.113549.1.1.10": "rsa-pss",
  "1.2.840.10045.2.1": "ec",
  "1.3.101.112": "ed25519",
  "1.3.101.113": "ed448",
  "1.2.840.10040.4.1": "dsa"
};
function publicKey(x509, der, spki) {
  try {
    const key = x509.publicKey;
    const algorithm = key.asymmetricKeyType ?? "unknown";
    if (algorithm === "dsa") return dsaKey(der, spki);
    const details = key.asymmetricKeyDetails ?? {};
    if (details.namedCurve) return { algorithm, size: CURVE_BITS[details.namedCurve], curve: details.namedCurve };
    if (details.modulusLength) return { algorithm, size: details.modulusLength };
    return { algorithm };
  } catch {
    const fields = sequence(der, spki);
    const algorithm = fields ? sequence(der, fields[0]) : void 0;
    const id = algorithm ? oid(der, algorithm[0]) : void 0;
    return id ? { algorithm: SPKI_ALGORITHMS[id] ?? id } : void 0;
  }
}
function dsaKey(der, spki) {
  const algorithm = sequence(der, sequence(der, spki)?.[0]);
  const p = sequence(der, algorithm?.[1])?.[0];
  if (!isUniversal(p, TAG.INTEGER) || p.constructed) return { algorithm: "dsa" };
  const bytes = content(der, p);
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  if (start === bytes.length) return { algorithm: "dsa" };
  return { algorithm: "dsa", size: (bytes.length - start) * 8 - Math.clz32(bytes[start]) + 24 };
}
function applyExtension(der, extension, facts) {
  const fields = sequence(der, extension);
  if (!fields || fields.length < 2) return;
  const id = oid(der, fields[0]);
  const value = octets(der, fields[fields.length - 1]);
  if (!value) return;
  const top = readTlv(value, 0);
  if (!top || top.end !== value.length) return;
  if (id === OID.subjectAltName) facts.sans = subjectAltNames(value, top);
  else if (id === OID.extKeyUsage) facts.eku = (sequence(value, top) ?? []).map((t) => oid(value, t)).filter((o) => o !== void 0).map((o) => EXTENDED_KEY_USAGES[o] ?? o);
  else if (id === OID.basicConstraints) facts.basicConstraints = basicConstraints(value, top);
}
function subjectAltNames(value, top) {
  const dns = [];
  const ip = [];
  for (const name of sequence(value, top) ?? []) {
    if (name.tagClass !== 2 || name.constructed) continue;
    const bytes = content(value, name);
    if (name.tagNumber === 2) dns.push(hostName(Buffer.from(bytes).toString("latin1")));
    else if (name.tagNumber === 7 && (bytes.length === 4 || bytes.length === 16)) ip.push(import_ipaddr.default.fromByteArray(Array.from(bytes)).toString());
  }
  return { dns, ip };
}
function basicConstraints(value, top) {
  const fields = sequence(value, top) ?? [];
  let ca = false;
  let pathLength;
  for (const field of fields) {
    if (isUniversal(field, TAG.BOOLEAN)) ca = boolean(value, field) ?? false;
    else if (isUniversal(field, TAG.INTEGER)) pathLength = smallInteger(value, field);
  }
  return pathLength === void 0 || !Number.isFinite(pathLength) ? { ca } : { ca, pathLength };
}

export {
  DIGESTS,
  OID,
  PKCS12_PBE,
  PKCS12_PBE_UNSUPPORTED,
  PBES2_CIPHERS,
  PBKDF2_PRFS,
  certificateFacts
};
