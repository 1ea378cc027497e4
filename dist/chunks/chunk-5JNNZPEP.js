import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/formats/cisco-asa/recognise.ts
var ASA_CONFIG_LINES = [/^ASA Version \d/m, /^group-policy[ \t]+\S+[ \t]+(internal|external|attributes)\b/m, /^tunnel-group[ \t]+\S+[ \t]+(type|general-attributes|webvpn-attributes|ipsec-attributes)\b/m];
var ANSIBLE_MODULE = /^[ \t-]*(cisco\.asa\.)?asa_(config|acl):/m;
var ASA_LINE_IN_YAML = /^[ \t]*(-[ \t]+)?["']?[ \t]*(access-list[ \t]+\S+[ \t]+(standard|extended)[ \t]|split-tunnel-policy[ \t]|ipv6-split-tunnel-policy[ \t]|split-tunnel-network-list[ \t]|group-policy[ \t]+\S+[ \t]+attributes)/m;
function looksLikeAsaConfig(text) {
  return ASA_CONFIG_LINES.some((line) => line.test(text));
}
function looksLikeAnsibleAsa(text) {
  return ASA_LINE_IN_YAML.test(text) || ANSIBLE_MODULE.test(text) && /access-list|group-policy|split-tunnel/.test(text);
}
function isYamlName(fileName) {
  const lower = fileName.toLowerCase();
  return lower.endsWith(".yml") || lower.endsWith(".yaml");
}

export {
  looksLikeAsaConfig,
  looksLikeAnsibleAsa,
  isYamlName
};
