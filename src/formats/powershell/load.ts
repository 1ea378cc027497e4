import type { Diagnostic } from '../../core/types.js';
import { readPowerShell } from '../../languages/powershell/index.js';
import type { FormatLoad, LoadContext, TextInput } from '../shared/format.js';
import { WindowsDnsZones } from './dns.js';
import { WindowsFirewall } from './firewall.js';
import { ClientMedia } from './media.js';
import { reportedDiagnostics } from './relevance.js';

/**
 * PowerShell scripts and modules: every file is read by the static reader; the commands uclint
 * models become nodes (DNS records and zones of Windows DNS servers, in `dns.ts`; Windows
 * Firewall rules, in `firewall.ts`; QoS policies and client media settings, in `media.ts`). All files are
 * read before the zones are finished, since records of one zone may come from several scripts.
 */
export function loadPowerShell(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  return Promise.resolve(readPowerShellFiles(files, context));
}

/** The same, at once (the property tests and the fuzz campaign call it). */
export function readPowerShellFiles(files: readonly TextInput[], context: LoadContext): FormatLoad {
  const dns = new WindowsDnsZones('powershell');
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
        firewall.command(file, invocation);
        media.command(file, invocation);
      } else {
        dns.native(file, invocation);
        firewall.native(file, invocation);
      }
    }
    for (const d of reportedDiagnostics(reading.diagnostics, read.text)) diagnostics.push(d);
  }
  for (const d of [...firewall.diagnostics, ...media.diagnostics]) diagnostics.push(d);
  const firewallRuleSets = firewall.finish();
  return {
    nodes: { zones: dns.finish(), firewallRuleSets, mediaPolicies: media.mediaPolicies, qosPolicies: media.qosPolicies, notes: [...dns.notes, ...firewall.notes, ...media.notes] },
    diagnostics,
  };
}
