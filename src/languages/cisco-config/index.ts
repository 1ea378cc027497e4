/** Cisco ASA and IOS-style configuration: the positioned command tree (`read.ts`) and what the VPN and firewall readers resolve from it (`asa.ts`). */
export { DEFAULT_CISCO_LIMITS, readCiscoConfig, readCiscoLines } from './read.js';
export type { CiscoCommand, CiscoConfig, CiscoLimits, CiscoWord } from './read.js';
export { AsaResolver, asaGroupPolicies } from './asa.js';
export type { AsaAclEntry, AsaAddress, AsaGroupPolicy } from './asa.js';
