/**
 * ARM templates and their parameter files: each template is read with the parameter files
 * beside it (`azuredeploy.json` with `azuredeploy.parameters.json`, `main.json` with
 * `main.parameters.dev.json`, a lone template with a lone `parameters.json`), once per parameter
 * file when there are several; a template another one links by `relativePath` is read as part
 * of it. Its DNS zones come from src/formats/arm/dns.ts.
 */
import path from 'node:path';
import { readArmTemplate } from '../../languages/arm/template.js';
import type { AzureDeployment } from '../../languages/arm/resource.js';
import type { FormatLoad, LoadContext, TextInput } from '../shared/format.js';
import { loadIncludeAware } from '../shared/include-order.js';
import { tellJsonComments } from './comments.js';
import { deploymentFileReader, diagnosticsOnce, partOfEntries, sharedFiles } from './deployments.js';
import { AzureDnsZones } from './dns.js';
import { AzureSecurityGroups } from './security-groups.js';
import { armJsonKind } from './recognise.js';

export async function loadArm(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  const texts = new Map<string, string>();
  const told = new Set<string>();
  const tell = (file: string, text: string): void => {
    if (told.has(file)) return;
    told.add(file);
    tellJsonComments(file, text, context.comments);
  };
  const templates: string[] = [];
  const parameterFiles: string[] = [];
  for (const file of files) {
    const read = file.read();
    if (read === undefined) continue;
    texts.set(file.file, read.text);
    tell(file.file, read.text);
    context.commentsDone();
    const kind = armJsonKind(read.text);
    if (kind === 'template') templates.push(file.file);
    else if (kind === 'parameters') parameterFiles.push(file.file);
  }
  const readFile = deploymentFileReader(context, (file, text) => {
    tell(file, text);
    context.commentsDone();
  });
  const parametersOf = pairParameterFiles(templates, parameterFiles);
  const deployments: Array<{ root: string; deployment: AzureDeployment }> = [];
  const { results, includedBy } = loadIncludeAware(templates, (file) => {
    const text = texts.get(file)!;
    const given = parametersOf.get(file) ?? [];
    const reads = (given.length === 0 ? [undefined] : given).map((parameterFile) => ({
      root: given.length > 1 ? parameterFile! : file,
      deployment: readArmTemplate(text, file, { readFile, parameterFiles: parameterFile === undefined ? [] : [path.posix.relative(path.posix.dirname(file), parameterFile)] }),
    }));
    const includes = new Set(reads.flatMap((read) => read.deployment.filesRead).filter((read) => templates.includes(read)));
    return { result: reads, includes: [...includes] };
  });
  for (const reads of results.values()) deployments.push(...reads);
  const shared = sharedFiles(deployments.map(({ root, deployment }) => ({ file: root, filesRead: [deployment.file, ...deployment.filesRead] })));
  const zones = new AzureDnsZones('arm', context.files);
  for (const { root, deployment } of deployments) zones.add({ deployment, root, shared });
  const { zones: built, notes, unsupported } = zones.finish();
  const groups = new AzureSecurityGroups('arm');
  for (const { deployment } of deployments) groups.add(deployment);
  const nsgs = groups.finish();
  const partOf = new Map(includedBy);
  for (const [template, given] of parametersOf) for (const parameterFile of given) if (!partOf.has(parameterFile)) partOf.set(parameterFile, template);
  return {
    nodes: { zones: built, firewallRuleSets: nsgs.firewallRuleSets, notes: [...notes, ...nsgs.notes] },
    diagnostics: [...diagnosticsOnce(deployments.map((read) => read.deployment)), ...nsgs.diagnostics],
    unsupported,
    files: partOfEntries(partOf, context.files),
  };
}

/**
 * The parameter files of each template, beside it: named after it (`<name>.parameters.json`,
 * `<name>.parameters.<env>.json`, `<name>.<env>.parameters.json`), or, where a directory holds
 * one template, the parameter files there named after no template.
 */
export function pairParameterFiles(templates: readonly string[], parameterFiles: readonly string[]): Map<string, string[]> {
  const paired = new Map<string, string[]>();
  const byDirectory = new Map<string, string[]>();
  for (const template of templates) {
    const directory = path.posix.dirname(template);
    (byDirectory.get(directory) ?? byDirectory.set(directory, []).get(directory)!).push(template);
  }
  for (const parameterFile of parameterFiles) {
    const directory = path.posix.dirname(parameterFile);
    const beside = byDirectory.get(directory) ?? [];
    const base = path.posix.basename(parameterFile).toLowerCase();
    const named = beside.find((template) => {
      const stem = path.posix.basename(template).toLowerCase().replace(/\.json$/, '');
      return base.startsWith(`${stem}.`) && base.slice(stem.length).includes('parameters');
    });
    const template = named ?? (beside.length === 1 ? beside[0] : undefined);
    if (template !== undefined) (paired.get(template) ?? paired.set(template, []).get(template)!).push(parameterFile);
  }
  return paired;
}
