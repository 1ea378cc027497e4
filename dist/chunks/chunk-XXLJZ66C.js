import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  TAG,
  children,
  isUniversal,
  readTlv,
  smallInteger
} from "./chunk-OOS4MDML.js";

// src/formats/shared/pem.ts
var BEGIN = /^-----BEGIN ([\x21-\x2c\x2e-\x7e](?:[- ]?[\x21-\x2c\x2e-\x7e])*)?-----[ \t]*$/;
var END = /^-----END ([\x21-\x2c\x2e-\x7e](?:[- ]?[\x21-\x2c\x2e-\x7e])*)?-----[ \t]*$/;
function splitLines(text) {
  return text.split(/\r\n|\r|\n/);
}
function pemBlocks(lines) {
  const blocks = [];
  let open;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^\ufeff/, "").trimStart();
    const begin = BEGIN.exec(line);
    if (begin) {
      if (open) blocks.push(open);
      open = { label: begin[1] ?? "", beginLine: i + 1, endLine: void 0, lastLineLength: lines[i].length, body: [] };
      continue;
    }
    if (!open) continue;
    const end = END.exec(line);
    if (end) {
      open.endLine = i + 1;
      open.lastLineLength = lines[i].length;
      if ((end[1] ?? "") !== open.label) open.mismatchedEnd = end[1] ?? "";
      blocks.push(open);
      open = void 0;
      continue;
    }
    open.body.push({ line: i + 1, text: lines[i] });
    open.lastLineLength = lines[i].length;
  }
  if (open) blocks.push(open);
  return blocks;
}
var BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;
function decodePemBody(block) {
  let base64 = "";
  let padded = false;
  let lastLine = block.beginLine;
  for (const { line, text } of block.body) {
    const trimmed = text.trim();
    if (base64 === "" && /^[A-Za-z-]+:/.test(trimmed)) continue;
    if (trimmed === "") continue;
    if (!BASE64_LINE.test(trimmed) || padded) return { ok: false, line, reason: "characters that are not base64" };
    if (trimmed.includes("=")) padded = true;
    base64 += trimmed;
    lastLine = line;
  }
  if (base64.length === 0) return { ok: false, line: block.beginLine, reason: "no data" };
  if (base64.length % 4 !== 0) return { ok: false, line: lastLine, reason: "base64 whose length is not a multiple of 4 (a truncated line?)" };
  return { ok: true, der: Buffer.from(base64, "base64") };
}
var CERTIFICATE_LABELS = /* @__PURE__ */ new Set(["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"]);
var PKCS7_LABELS = /* @__PURE__ */ new Set(["PKCS7", "PKCS #7 SIGNED DATA", "CMS"]);
function certificateBlockHoldsDer(block, cut) {
  if (!CERTIFICATE_LABELS.has(block.label) && !PKCS7_LABELS.has(block.label)) return false;
  if (block.endLine !== void 0) {
    if (block.mismatchedEnd !== void 0) return false;
    const decoded = decodePemBody(block);
    if (!decoded.ok) return false;
    const top = readTlv(decoded.der, 0);
    return isUniversal(top, TAG.SEQUENCE) && (top.end === decoded.der.length || block.label === "TRUSTED CERTIFICATE");
  }
  if (!cut) return false;
  const whole = block.body.slice(0, -1).map(({ text }) => text.trim()).filter((text) => text !== "");
  if (whole.length === 0 || !whole.every((text) => BASE64_LINE.test(text) && !text.includes("="))) return false;
  const base64 = whole.join("");
  const bytes = Buffer.from(base64.slice(0, base64.length - base64.length % 4), "base64");
  return bytes.length >= 4 && bytes[0] === 48 && (bytes[1] === 130 || bytes[1] === 131);
}

// src/formats/shared/private-keys.ts
var PRIVATE_KEY_LABEL = /(^|[ ])PRIVATE KEY( BLOCK)?$/;
var PRIVATE_KEY_MARKER = "PRIVATE KEY";
function isPrivateKeyLabel(label) {
  return PRIVATE_KEY_LABEL.test(label);
}
var OPENSSH_MAGIC = Buffer.from("openssh-key-v1\0", "latin1");
function privateKeyInBlock(block) {
  if (!isPrivateKeyLabel(block.label) || block.endLine === void 0 || block.mismatchedEnd !== void 0) return void 0;
  const what = block.label.endsWith(" BLOCK") ? block.label : `${block.label} PEM block`;
  const body = block.label.startsWith("PGP ") ? block.body.filter(({ text }) => !/^=[A-Za-z0-9+/]{4}$/.test(text.trim())) : block.body;
  const decoded = decodePemBody({ ...block, body });
  if (!decoded.ok) return void 0;
  const bytes = decoded.der;
  if (block.label === "OPENSSH PRIVATE KEY") {
    const cipher = opensshCipher(bytes);
    return cipher === void 0 ? void 0 : { what, encrypted: cipher !== "none" };
  }
  if (block.label.startsWith("PGP ")) return bytes.length >= 32 && (bytes[0] & 128) !== 0 ? { what, encrypted: false } : void 0;
  if (body.some(({ text }) => /^\s*Proc-Type:\s*4,\s*ENCRYPTED\s*$/i.test(text))) {
    return bytes.length >= 16 && bytes.length % 8 === 0 ? { what, encrypted: true } : void 0;
  }
  const der = derPrivateKey(bytes);
  return der ? { what, encrypted: der.encrypted } : void 0;
}
function derPrivateKey(der) {
  const top = readTlv(der, 0);
  if (!isUniversal(top, TAG.SEQUENCE) || top.end !== der.length) return void 0;
  const fields = children(der, top);
  if (!fields || fields.length < 2) return void 0;
  const [first, second] = fields;
  const isInteger = (t) => isUniversal(t, TAG.INTEGER) && !t.constructed;
  const algorithm = (t) => isUniversal(t, TAG.SEQUENCE) && isUniversal(children(der, t)?.[0], TAG.OID);
  if (algorithm(first) && fields.length === 2 && isUniversal(second, TAG.OCTET_STRING)) return { what: "encrypted PKCS#8 private key", encrypted: true };
  if (!isInteger(first)) return void 0;
  const version = smallInteger(der, first);
  if ((version === 0 || version === 1) && fields.length >= 3 && algorithm(second) && isUniversal(fields[2], TAG.OCTET_STRING)) return { what: "PKCS#8 private key", encrypted: false };
  if (version === 1 && isUniversal(second, TAG.OCTET_STRING)) return { what: "EC private key", encrypted: false };
  if (version === 0 && fields.every(isInteger)) {
    if (fields.length === 9) return { what: "RSA private key", encrypted: false };
    if (fields.length === 6) return { what: "DSA private key", encrypted: false };
  }
  return void 0;
}
function opensshCipher(bytes) {
  if (bytes.length < OPENSSH_MAGIC.length || !Buffer.from(bytes.subarray(0, OPENSSH_MAGIC.length)).equals(OPENSSH_MAGIC)) return void 0;
  let at = OPENSSH_MAGIC.length;
  const uint32 = () => {
    if (at + 4 > bytes.length) return void 0;
    const value = (bytes[at] << 24 >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
    at += 4;
    return value;
  };
  const string = () => {
    const length = uint32();
    if (length === void 0 || at + length > bytes.length) return void 0;
    at += length;
    return bytes.subarray(at - length, at);
  };
  const cipher = string();
  const ok = cipher !== void 0 && string() !== void 0 && string() !== void 0 && (uint32() ?? 0) >= 1 && (string()?.length ?? 0) > 0 && (string()?.length ?? 0) > 0;
  return ok ? Buffer.from(cipher).toString("latin1") : void 0;
}
function privateKeysInText(text, file) {
  if (!text.includes(PRIVATE_KEY_MARKER)) return [];
  return privateKeysInBlocks(pemBlocks(splitLines(text)), file);
}
function privateKeysInBlocks(blocks, file) {
  const keys = [];
  for (const block of blocks) {
    const key = privateKeyInBlock(block);
    if (key) keys.push({ loc: blockRange(file, block), ...key });
  }
  return keys;
}
var DNSSEC_PRIVATE_KEY = /^Private-key-format: v\d/;
function isDnssecPrivateKeyText(text) {
  return DNSSEC_PRIVATE_KEY.test(text);
}
function parsePrivateKeyFile(bytes, file) {
  const start = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const der = derPrivateKey(bytes);
  if (der) return [{ loc: start, ...der, what: `${der.what} (DER)` }];
  const text = new TextDecoder("utf-8").decode(bytes);
  if (isDnssecPrivateKeyText(text)) {
    const hmac = /^Algorithm:\s*\d+\s*\(HMAC/im.test(text);
    return [{ loc: start, what: hmac ? "BIND TSIG secret key file" : "BIND DNSSEC private key file", encrypted: false }];
  }
  return privateKeysInText(text, file);
}
function blockRange(file, block) {
  const endLine = block.endLine ?? block.beginLine;
  return { file, line: block.beginLine, column: 1, endLine, endColumn: block.lastLineLength + 1 };
}

export {
  splitLines,
  pemBlocks,
  decodePemBody,
  CERTIFICATE_LABELS,
  PKCS7_LABELS,
  certificateBlockHoldsDer,
  PRIVATE_KEY_MARKER,
  isPrivateKeyLabel,
  privateKeyInBlock,
  derPrivateKey,
  privateKeysInText,
  privateKeysInBlocks,
  isDnssecPrivateKeyText,
  parsePrivateKeyFile
};
