/**
 * Terraform files loaded per module directory: each directory's `.tf` and `.tf.json` files with
 * the variable files that apply to it, read by the static HCL reader, local modules through the
 * files of the tree; then the DNS resources of every module read become zones and records.
 */
import path from 'node:path';
import type { Diagnostic } from '../../core/types.js';
import { isAutomaticVariableFile, isConfigurationFile, orderVariableFiles, readTerraformModule, type ReadModuleDirectory, type TerraformFile, type TerraformModule } from '../../languages/hcl/index.js';
import type { EstateFile } from '../../model/files.js';
import type { FormatLoad, LoadContext, TextInput } from '../shared/format.js';
import { dnsFromModules } from './dns.js';
import { securityGroupsFromModules } from './security-groups.js';

export async function loadTerraform(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  const texts = new Map<string, string>();
  const byDirectory = new Map<string, { configuration: TerraformFile[]; variables: TerraformFile[] }>();
  for (const file of files) {
    const read = file.read();
    if (read === undefined) continue;
    texts.set(file.file, read.text);
    const directory = path.posix.dirname(file.file);
    let entry = byDirectory.get(directory);
    if (!entry) byDirectory.set(directory, (entry = { configuration: [], variables: [] }));
    (isConfigurationFile(file.file) ? entry.configuration : entry.variables).push({ file: file.file, text: read.text });
  }

  // Comments of each file are told once, though a module's files are read again by each caller.
  const told = new Set<string>();
  const comments = (file: string, start: number, end: number) => {
    const text = texts.get(file);
    if (text !== undefined && !told.has(file)) context.comments(file, text, start, end);
  };
  const calledDirectories = new Set<string>();
  const readModuleDirectory: ReadModuleDirectory = (source, fromFile) => {
    const directory = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), source)).replace(/(.)\/+$/, '$1');
    if (directory === '..' || directory.startsWith('../')) return { error: 'it is outside the files linted' };
    const found = byDirectory.get(directory)?.configuration ?? [];
    if (found.length === 0) return { error: `no .tf or .tf.json file of ${directory} is among the files linted` };
    calledDirectories.add(directory);
    return { directory, files: found };
  };

  const readings: TerraformModule[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (module: TerraformModule) => {
    for (const d of module.diagnostics) {
      const key = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push({ ...d, code: d.code.replace(/^hcl\//, 'terraform/') });
    }
  };
  const markTold = (module: TerraformModule, filesRead: readonly TerraformFile[]) => {
    for (const file of filesRead) told.add(file.file);
    for (const call of module.modules) if (call.module) markTold(call.module, byDirectory.get(call.module.directory)?.configuration ?? []);
  };

  for (const [directory, entry] of [...byDirectory].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const automatic = orderVariableFiles(entry.variables);
    const named = entry.variables.filter((file) => !isAutomaticVariableFile(file.file));
    // A variable file named on Terraform's command line (`-var-file=prod.tfvars`) applies when it
    // is the directory's only one; of several, which one a plan uses is not known.
    const applied = named.length === 1 ? [...automatic, named[0]] : automatic;
    const alone = named.length === 1 ? [] : named;
    if (entry.configuration.length > 0) {
      const module = await readTerraformModule({ directory, files: entry.configuration, variableFiles: applied, readModuleDirectory, comments });
      markTold(module, [...entry.configuration, ...applied]);
      readings.push(module);
      report(module);
    }
    // Variable files no module of their directory reads are read for what they hold.
    const unread = entry.configuration.length > 0 ? alone : entry.variables;
    if (unread.length > 0) {
      const module = await readTerraformModule({ directory, files: [], variableFiles: unread, comments });
      for (const file of unread) told.add(file.file);
      report(module);
    }
  }
  context.commentsDone();

  // A directory another module calls is that module, read with its caller's inputs; read alone it is not a configuration Terraform applies.
  const roots = readings.filter((module) => !calledDirectories.has(module.directory));
  const estateFiles = new Map<string, EstateFile>(files.map((file) => [file.file, file]));
  const dns = dnsFromModules(roots, estateFiles);
  const groups = securityGroupsFromModules(roots, texts);
  for (const d of groups.diagnostics) diagnostics.push(d);
  return { nodes: { zones: dns.zones, firewallRuleSets: groups.firewallRuleSets, notes: [...dns.notes, ...groups.notes] }, diagnostics: diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column) };
}
