import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/model/names.ts
function canonicalName(name) {
  if (name === "" || name === ".") return ".";
  if (isCanonical(name)) return name;
  const lower = name.toLowerCase();
  return lower.endsWith(".") ? lower : lower + ".";
}
function isCanonical(name) {
  if (name.charCodeAt(name.length - 1) !== 46) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c > 127) return false;
  }
  return true;
}
function displayName(name) {
  return name.length > 1 && name.endsWith(".") ? name.slice(0, -1) : name;
}
function labelsOf(name) {
  if (name === ".") return [];
  const labels = [];
  let current = "";
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === "\\" && i + 1 < name.length) {
      current += ch + name[i + 1];
      i++;
    } else if (ch === ".") {
      labels.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current !== "") labels.push(current);
  return labels;
}
function isAtOrBelow(name, domain) {
  if (domain === ".") return true;
  return name === domain || name.length > domain.length && name.endsWith(domain) && name.charCodeAt(name.length - domain.length - 1) === 46;
}
function parentName(name) {
  if (name === ".") return void 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92) {
      const next = name.charCodeAt(i + 1);
      i += next >= 48 && next <= 57 ? 3 : 1;
    } else if (c === 46) {
      return i === name.length - 1 ? "." : name.slice(i + 1);
    }
  }
  return ".";
}
function isIpLiteral(text) {
  const t = text.endsWith(".") ? text.slice(0, -1) : text;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(t)) return true;
  return t.includes(":") && /^[0-9a-f:.]+$/i.test(t);
}
var GENERIC_TLDS = /* @__PURE__ */ new Set(["com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io"]);
function withoutOriginAppended(name, origin) {
  if (origin === void 0 || origin === "." || !isAtOrBelow(name, origin) || name === origin) return void 0;
  const written = name.slice(0, name.length - origin.length);
  const labels = labelsOf(written);
  if (labels.length < 2) return void 0;
  const last = labels[labels.length - 1];
  const external = GENERIC_TLDS.has(last) || labels.length >= 3 && /^[a-z]{2}$/.test(last);
  return external ? written : void 0;
}

// src/formats/shared/format.ts
function defineFormat(format) {
  return format;
}
async function eachFile(files, context, loadOne) {
  const nodes = {};
  const diagnostics = [];
  const unsupported = [];
  for (const file of files) {
    const content = file.read();
    if (content === void 0) continue;
    const loaded = loadOne(file, content);
    context.commentsDone();
    addInto(nodes, loaded.nodes);
    for (const d of loaded.diagnostics ?? []) diagnostics.push(d);
    for (const u of loaded.unsupported ?? []) unsupported.push(u);
  }
  return { nodes, diagnostics, unsupported };
}
function addInto(into, from) {
  if (from === void 0) return;
  for (const key of Object.keys(from)) {
    const list = from[key];
    if (list === void 0) continue;
    const target = into[key] ??= [];
    for (const node of list) target.push(node);
  }
}

export {
  canonicalName,
  displayName,
  labelsOf,
  isAtOrBelow,
  parentName,
  isIpLiteral,
  withoutOriginAppended,
  defineFormat,
  eachFile
};
