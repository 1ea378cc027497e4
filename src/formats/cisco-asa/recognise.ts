/**
 * Whether a file holds Cisco ASA configuration uclint reads: a configuration file (a saved
 * running-config, a CLI script) with the ASA's own commands (`ASA Version`, `group-policy`,
 * `tunnel-group`), or Ansible YAML that keeps ASA lines (an `asa_config` task, a vars list of
 * `access-list ... standard|extended` or split-tunnel lines). IOS configurations, which share the
 * `access-list` syntax but have neither group policies nor tunnel groups, are not claimed.
 */

const ASA_CONFIG_LINES = [/^ASA Version \d/m, /^group-policy[ \t]+\S+[ \t]+(internal|external|attributes)\b/m, /^tunnel-group[ \t]+\S+[ \t]+(type|general-attributes|webvpn-attributes|ipsec-attributes)\b/m];

/** In YAML: an ASA module's task, or a quoted or plain list item that is an ASA line uclint reads. */
const ANSIBLE_MODULE = /^[ \t-]*(cisco\.asa\.)?asa_(config|acl):/m;
const ASA_LINE_IN_YAML = /^[ \t]*(-[ \t]+)?["']?[ \t]*(access-list[ \t]+\S+[ \t]+(standard|extended)[ \t]|split-tunnel-policy[ \t]|ipv6-split-tunnel-policy[ \t]|split-tunnel-network-list[ \t]|group-policy[ \t]+\S+[ \t]+attributes)/m;

export function looksLikeAsaConfig(text: string): boolean {
  return ASA_CONFIG_LINES.some((line) => line.test(text));
}

export function looksLikeAnsibleAsa(text: string): boolean {
  return ASA_LINE_IN_YAML.test(text) || (ANSIBLE_MODULE.test(text) && /access-list|group-policy|split-tunnel/.test(text));
}

export function isYamlName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.yml') || lower.endsWith('.yaml');
}
