import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/formats/vpn-profile-xml/recognise.ts
function documentElementName(text) {
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  for (; ; ) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text.startsWith("<!--", i)) {
      const end2 = text.indexOf("-->", i + 4);
      if (end2 < 0) return void 0;
      i = end2 + 3;
    } else if (text.startsWith("<?", i)) {
      const end2 = text.indexOf("?>", i + 2);
      if (end2 < 0) return void 0;
      i = end2 + 2;
    } else if (text.startsWith("<!", i)) {
      const end2 = text.indexOf(">", i + 2);
      if (end2 < 0) return void 0;
      i = end2 + 1;
    } else break;
  }
  if (text.charCodeAt(i) !== 60) return void 0;
  let end = i + 1;
  while (end < text.length && !isSpace(text.charCodeAt(end)) && text[end] !== ">" && text[end] !== "/") end++;
  const name = text.slice(i + 1, end);
  const colon = name.indexOf(":");
  return colon >= 0 ? name.slice(colon + 1) : name;
}
function isSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
function looksLikeVpnProfileXml(text) {
  const root = documentElementName(text)?.toLowerCase();
  if (root === "vpnprofile") return true;
  return root === "syncml" && /\/vpnv2\//i.test(text);
}

export {
  documentElementName,
  looksLikeVpnProfileXml
};
