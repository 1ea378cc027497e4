export { parseManifestFile, MANIFEST_KIND_LOADERS } from './parse.js';
export type { ManifestFileResult } from './parse.js';
export { MANIFEST_API_VERSION, MANIFEST_KINDS } from './kind.js';
export type { ManifestContext, ManifestDocument, ManifestKindLoader, ManifestLoads } from './kind.js';
export { CERTIFICATES_SCHEMA } from './certificates-schema.js';
export { TOPOLOGY_SCHEMA } from './topology-schema.js';
export { FIREWALL_RULES_SCHEMA, MEDIA_POLICY_SCHEMA, VPN_PROFILE_SCHEMA } from './network-schemas.js';
