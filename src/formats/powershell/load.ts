import type { Diagnostic } from '../../core/types.js';
import { readPowerShell } from '../../languages/powershell/index.js';
import type { FormatLoad, LoadContext, TextInput } from '../shared/format.js';
import { WindowsDnsZones } from './dns.js';
import { WindowsFirewall } from './firewall.js';
import { LyncConfiguration } from './lync-config.js';
import { ClientMedia } from './media.js';
import { RegistryWrites } from './registry.js';
import { reportedDiagnostics } from './relevance.js';
import { ScriptVpnProfiles } from './vpn.js';

/**
 * PowerShell scripts and modules: every file is read by the static reader; the commands uclint
 * models become nodes (DNS records and zones of Windows DNS servers in `dns.ts`, registry writes in
 * `registry.ts`, Skype for Business and Teams configuration in `lync-config.ts`, Always On VPN
 * profiles in `vpn.ts`, Windows Firewall rules in `firewall.ts`, QoS policies and client media
 * settings in `media.ts`). All files are read before the nodes are finished, since records of one
 * zone may come from several scripts.
 */
export function loadPowerShell(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  return Promise.resolve(readPowerShellFiles(files, context));
}

/** The same, at once (the property tests and the fuzz campaign call it). */
export function readPowerShellFiles(files: readonly TextInput[], context: LoadContext): FormatLoad {
  const dns = new WindowsDnsZones('powershell');
  const vpn = new ScriptVpnProfiles();
  const registry = new RegistryWrites('powershell');
  const lync = new LyncConfiguration();
  const firewall = new WindowsFirewall('powershell');
  const media = new ClientMedia('powershell');
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const read = file.read();
    if (read === undefined) continue;
    const reading = readPowerShell(read.text, file.file);
    for (const comment of reading.comments ?? []) context.comments(file.file, read.text, comment.start, comment.end);
    context.commentsDone();
    for (const invocation of reading.invocations) {
      if (invocation.kind === 'command') {
        dns.command(file, invocation);
        registry.command(file, invocation);
        lync.command(file, invocation);
        firewall.command(file, invocation);
        media.command(file, invocation);
      } else {
        dns.native(file, invocation);
        registry.native(file, invocation);
        firewall.native(file, invocation);
      }
    }
    vpn.script(file.file, read.text, reading.assignments);
    for (const resource of reading.resources) registry.resource(file, resource);
    for (const d of reportedDiagnostics(reading.diagnostics, read.text)) diagnostics.push(d);
  }
  for (const d of vpn.diagnostics) diagnostics.push(d);
  for (const d of registry.diagnostics) diagnostics.push(d);
  for (const d of firewall.diagnostics) diagnostics.push(d);
  for (const d of media.diagnostics) diagnostics.push(d);
  return {
    nodes: {
      zones: dns.finish(),
      registry: registry.finish(),
      topologies: lync.finish(),
      vpnProfiles: vpn.profiles,
      firewallRuleSets: firewall.finish(),
      mediaPolicies: media.mediaPolicies,
      qosPolicies: media.qosPolicies,
      notes: [...dns.notes, ...registry.notes, ...lync.notes, ...vpn.notes, ...firewall.notes, ...media.notes],
    },
    diagnostics,
  };
}
