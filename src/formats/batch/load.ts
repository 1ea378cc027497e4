import type { Diagnostic } from '../../core/types.js';
import { readBatch } from '../../languages/powershell/index.js';
import { WindowsDnsZones } from '../powershell/dns.js';
import { WindowsFirewall } from '../powershell/firewall.js';
import { RegistryWrites } from '../powershell/registry.js';
import { reportedDiagnostics } from '../powershell/relevance.js';
import type { FormatLoad, LoadContext, TextInput } from '../shared/format.js';

/** Batch files: the `dnscmd`, `reg` and `netsh advfirewall` lines of every file, read together (records of one zone may come from several files). */
export function loadBatch(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  return Promise.resolve(readBatchFiles(files, context));
}

/** The same, at once (the property tests and the fuzz campaign call it). */
export function readBatchFiles(files: readonly TextInput[], context: LoadContext): FormatLoad {
  const dns = new WindowsDnsZones('batch');
  const registry = new RegistryWrites('batch');
  const firewall = new WindowsFirewall('batch');
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const read = file.read();
    if (read === undefined) continue;
    const reading = readBatch(read.text, file.file);
    for (const comment of reading.comments ?? []) context.comments(file.file, read.text, comment.start, comment.end);
    context.commentsDone();
    for (const invocation of reading.invocations) {
      dns.native(file, invocation);
      registry.native(file, invocation);
      firewall.native(file, invocation);
    }
    for (const d of reportedDiagnostics(reading.diagnostics, read.text)) diagnostics.push(d);
  }
  for (const d of registry.diagnostics) diagnostics.push(d);
  for (const d of firewall.diagnostics) diagnostics.push(d);
  return {
    nodes: { zones: dns.finish(), registry: registry.finish(), firewallRuleSets: firewall.finish(), notes: [...dns.notes, ...registry.notes, ...firewall.notes] },
    diagnostics,
  };
}
