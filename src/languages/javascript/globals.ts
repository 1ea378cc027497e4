/**
 * The names DNSControl defines for `dnsconfig.js` (its language reference: top-level functions,
 * domain modifiers, record modifiers, and the provider constants such as `CF_PROXY_ON`). A call
 * to one of them is kept as a call with its arguments; one named without a call (`CF_PROXY_ON`,
 * `NO_PURGE`, `AUTODNSSEC_ON`) is kept as a reference to it. What each does is for the readers
 * that turn calls into DNS records; here they are only names that are known not to be unknown.
 */
export const DNSCONTROL_GLOBALS: ReadonlySet<string> = new Set([
  // Top-level functions
  'D', 'D_EXTEND', 'DEFAULTS', 'DOMAIN_ELSEWHERE', 'DOMAIN_ELSEWHERE_AUTO', 'FETCH', 'HASH', 'IP', 'NewDnsProvider', 'NewRegistrar',
  'PANIC', 'REV', 'REVCOMPAT', 'getConfiguredDomains', 'require', 'require_glob', 'CLI_DEFAULTS', 'END',
  // Domain modifiers: records
  'A', 'AAAA', 'AKAMAICDN', 'AKAMAITLC', 'ALIAS', 'AZURE_ALIAS', 'CAA', 'CNAME', 'DHCID', 'DNAME', 'DNSKEY', 'DS', 'FRAME', 'HTTPS',
  'LOC', 'LUA', 'MX', 'NAPTR', 'NS', 'OPENPGPKEY', 'PTR', 'R53_ALIAS', 'RP', 'SMIMEA', 'SOA', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT',
  'URL', 'URL301', 'CF_REDIRECT', 'CF_SINGLE_REDIRECT', 'CF_TEMP_REDIRECT', 'CF_WORKER_ROUTE', 'CLOUDNS_WR', 'PORKBUN_URLFWD',
  'ADGUARDHOME_A_PASSTHROUGH', 'ADGUARDHOME_AAAA_PASSTHROUGH', 'MIKROTIK_FORWARDER', 'MIKROTIK_FWD', 'MIKROTIK_NXDOMAIN',
  'BUNNY_DNS_RDR', 'BUNNY_DNS_PZ', 'ENSURE_ABSENT_REC',
  // Domain modifiers: builders
  'CAA_BUILDER', 'DKIM_BUILDER', 'DMARC_BUILDER', 'M365_BUILDER', 'SPF_BUILDER', 'LOC_BUILDER_DD', 'LOC_BUILDER_DMM_STR',
  'LOC_BUILDER_DMS_STR', 'LOC_BUILDER_STR', 'DKIM',
  // Domain modifiers: domain settings
  'DefaultTTL', 'DnsProvider', 'NAMESERVER', 'NAMESERVER_TTL', 'IGNORE', 'IGNORE_NAME', 'IGNORE_TARGET', 'IGNORE_EXTERNAL_DNS',
  'IMPORT_TRANSFORM', 'IMPORT_TRANSFORM_STRIP', 'INCLUDE', 'PURGE', 'NO_PURGE', 'AUTODNSSEC', 'AUTODNSSEC_ON', 'AUTODNSSEC_OFF',
  'DISABLE_IGNORE_SAFETY_CHECK', 'DISABLE_REPEATED_DOMAIN_CHECK', 'AUTOSPLIT',
  // Record modifiers
  'TTL', 'CAA_CRITICAL', 'R53_ZONE', 'R53_EVALUATE_TARGET_HEALTH', 'R53_WEIGHT', 'R53_HEALTH_CHECK_ID', 'HEDNS_DDNS_KEY',
  'HEDNS_DYNAMIC_ON', 'HEDNS_DYNAMIC_OFF', 'GIDINET_PREMIUM_NS',
  // Provider constants (Cloudflare)
  'CF_PROXY_OFF', 'CF_PROXY_ON', 'CF_PROXY_FULL', 'CF_PROXY_DEFAULT_OFF', 'CF_PROXY_DEFAULT_ON', 'CF_UNIVERSALSSL_OFF',
  'CF_UNIVERSALSSL_ON', 'CF_CNAME_FLATTEN_OFF', 'CF_CNAME_FLATTEN_ON', 'CF_COMMENT', 'CF_TAGS', 'CF_MANAGE_COMMENTS', 'CF_MANAGE_TAGS',
]);
