/**
 * What ARM and Bicep loads share: the reader of the files a deployment pulls in (through the
 * load context, confined to the lint tree, each file read once), which files are read as part of
 * another (a module, a linked template, the `using` target of a `.bicepparam`) rather than on
 * their own, and the diagnostics of reads that overlap said once.
 */
import path from 'node:path';
import type { Diagnostic } from '../../core/types.js';
import type { AzureFileReader } from '../../languages/arm/context.js';
import type { AzureDeployment } from '../../languages/arm/resource.js';
import type { EstateFile } from '../../model/files.js';
import type { LoadContext } from '../shared/format.js';

/** The file a path written in `fromFile` names, relative to the lint root: Azure tools resolve it from the naming file's directory. */
export function besideFile(written: string, fromFile: string): string {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), written.replace(/\\/g, '/')));
  return joined.startsWith('./') ? joined.slice(2) : joined;
}

/**
 * Reads files for the ARM and Bicep readers through `context.include`, each once; `told` is
 * called with each file's text the first time it is read (its comments are told then).
 */
export function deploymentFileReader(context: LoadContext, told: (file: string, text: string) => void): AzureFileReader {
  const cache = new Map<string, { file: string; text: string } | { error: string }>();
  return (written, fromFile) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(written)) return { error: 'it is not a file of the repository' };
    const wanted = besideFile(written, fromFile);
    const cached = cache.get(wanted);
    if (cached) return cached;
    const read = context.include(wanted, fromFile);
    const result: { file: string; text: string } | { error: string } = 'error' in read ? { error: read.error } : { file: read.file, text: read.text };
    cache.set(wanted, result);
    if ('text' in result) told(result.file, result.text);
    return result;
  };
}

/**
 * Files that several reads standing on their own pull in (a module two stacks call, the Bicep
 * file two `.bicepparam` files use): the zones they declare are each read's own, so each read's
 * zones are filed under the file it started from.
 */
export function sharedFiles(readsOf: ReadonlyArray<{ file: string; filesRead: readonly string[] }>): Set<string> {
  const count = new Map<string, number>();
  for (const read of readsOf) {
    for (const file of new Set([read.file, ...read.filesRead])) count.set(file, (count.get(file) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n > 1).map(([file]) => file));
}

/** Each diagnostic once: a module read alone and through the file that calls it says the same things. */
export function diagnosticsOnce(deployments: readonly AzureDeployment[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const deployment of deployments) {
    for (const d of deployment.diagnostics) {
      const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

/** The estate entries of files read as part of another, marked so (`includedBy`). */
export function partOfEntries(partOf: ReadonlyMap<string, string>, files: readonly EstateFile[]): EstateFile[] {
  const out: EstateFile[] = [];
  for (const file of files) {
    const by = partOf.get(file.file);
    if (by !== undefined && file.includedBy === undefined) out.push({ ...file, includedBy: by });
  }
  return out;
}
