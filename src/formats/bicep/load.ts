/**
 * Bicep files and `.bicepparam` files: each `.bicepparam` is read with the Bicep file it names
 * in `using`, and each Bicep file that no other file pulls in (as a module or a `using` target)
 * is read on its own; modules come through the load context, confined to the lint tree. The
 * grammar loads only when a Bicep file is read.
 */
import { readBicepParamsWith, readBicepWith } from '../../languages/bicep/reader.js';
import type { AzureDeployment } from '../../languages/arm/resource.js';
import { parserFor } from '../../languages/tree-sitter/grammars.js';
import type { FormatLoad, LoadContext, TextInput } from '../shared/format.js';
import { loadIncludeAware } from '../shared/include-order.js';
import { deploymentFileReader, diagnosticsOnce, partOfEntries, sharedFiles } from '../arm/deployments.js';
import { AzureDnsZones } from '../arm/dns.js';
import { AzureSecurityGroups } from '../arm/security-groups.js';
import { tellBicepComments } from './comments.js';

export async function loadBicep(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  const texts = new Map<string, string>();
  const told = new Set<string>();
  const tell = (file: string, text: string): void => {
    if (told.has(file)) return;
    told.add(file);
    // Only Bicep files are told here: an ARM template a module names is told by its own format.
    if (/\.bicep(param)?$/i.test(file)) tellBicepComments(file, text, context.comments);
    context.commentsDone();
  };
  for (const file of files) {
    const read = file.read();
    if (read === undefined) continue;
    texts.set(file.file, read.text);
    tell(file.file, read.text);
  }
  if (texts.size === 0) return {};
  const parser = await parserFor('bicep');
  const readFile = deploymentFileReader(context, tell);
  // Parameter files first: the Bicep file a `.bicepparam` uses is read with its values, not alone.
  const order = [...texts.keys()].sort((a, b) => Number(!isParams(a)) - Number(!isParams(b)));
  const { results, includedBy } = loadIncludeAware(order, (file) => {
    const text = texts.get(file)!;
    const deployment: AzureDeployment = isParams(file) ? readBicepParamsWith(parser, text, file, { readFile }) : readBicepWith(parser, text, file, { readFile });
    return { result: deployment, includes: deployment.filesRead };
  });
  const deployments = [...results.values()];
  const shared = sharedFiles(deployments.map((deployment) => ({ file: deployment.file, filesRead: deployment.filesRead })));
  const zones = new AzureDnsZones('bicep', context.files);
  for (const deployment of deployments) zones.add({ deployment, root: deployment.file, shared });
  const { zones: built, notes, unsupported } = zones.finish();
  const groups = new AzureSecurityGroups('bicep');
  for (const deployment of deployments) groups.add(deployment);
  const nsgs = groups.finish();
  return {
    nodes: { zones: built, firewallRuleSets: nsgs.firewallRuleSets, notes: [...notes, ...nsgs.notes] },
    diagnostics: [...diagnosticsOnce(deployments), ...nsgs.diagnostics],
    unsupported,
    files: partOfEntries(includedBy, context.files),
  };
}

function isParams(file: string): boolean {
  return file.toLowerCase().endsWith('.bicepparam');
}
