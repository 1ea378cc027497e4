import type { Diagnostic } from '../../core/types.js';
import { JUDGED_REGISTRY_WORDS } from './registry-keys.js';

/**
 * Words of the commands uclint models in PowerShell scripts and batch files, lower case: the
 * DnsServer cmdlets that add records and zones, and `dnscmd`; the registry keys whose values rules
 * judge (`registry.ts`: Communicator, Lync and Windows Messenger policy and preferences, NTLM
 * settings), however a script writes them; the Direct Routing and simple URL cmdlets
 * (`lync-config.ts`); Always On VPN ProfileXML (`vpn.ts`); the NetSecurity firewall cmdlets and
 * `netsh advfirewall`; `New-NetQosPolicy` and the Teams / Skype for Business media settings. A
 * script that writes other registry values is not uclint's to complain about.
 */
const MODELLED_COMMAND_WORDS: readonly string[] = [
  'add-dnsserver',
  'dnscmd',
  ...JUDGED_REGISTRY_WORDS,
  'cspstngateway',
  'cssimpleurl',
  '<vpnprofile',
  'netfirewallrule',
  'set-netfirewallprofile',
  'advfirewall',
  'new-netqospolicy',
  'set-csteamsmeetingconfiguration',
  'set-csconferencingconfiguration',
  'new-csconferencingconfiguration',
  'set-csmediaconfiguration',
];

/** True when the text names a command uclint models anywhere (in code or not): its problems may hide one of them. */
export function namesModelledCommand(text: string): boolean {
  const lower = text.toLowerCase();
  return MODELLED_COMMAND_WORDS.some((word) => lower.includes(word));
}

/**
 * The reader's diagnostics that are reported: every one for a file that names a command uclint
 * models, none for a file that names none. Every script of a tree is read, but a script that
 * holds nothing uclint judges is not uclint's to complain about, whatever its syntax.
 */
export function reportedDiagnostics(diagnostics: readonly Diagnostic[], text: string): readonly Diagnostic[] {
  return diagnostics.length > 0 && namesModelledCommand(text) ? diagnostics : [];
}
