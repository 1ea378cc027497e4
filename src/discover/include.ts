import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { IncludeReader, TreePath } from '../formats/shared/format.js';
import { thousands } from '../core/words.js';
import { DEFAULT_MAX_FILE_BYTES, SKIPPED_DIRECTORIES, isInside, toPosix } from './discover.js';
import { readTextFile } from './read.js';

export interface IncludeReaderOptions {
  /** Larger files are refused. Default 64 MiB, as for discovery. */
  maxFileBytes?: number;
  /** Root-relative directories the configuration's `ignore` globs leave out of the walk. */
  ignored?: (file: string) => boolean;
  /**
   * Every file of the tree, relative to the root (forward slashes): a path written for the
   * server (`/etc/bind/zones/db.x`) is found in the tree by its tail (`bind/zones/db.x`).
   */
  files?: TreeFiles;
}


/**
 * Finds the file a path written for the name server names in the tree, without reading it.
 *
 * A relative path is looked up relative to the lint root (BIND resolves it against its
 * working directory, which for a repository of zones is its top), then relative to the
 * directory of the file that names it (repositories that keep a zone and its parts
 * together). An absolute path is taken as it is when it lies inside the root. Otherwise the
 * path was written for the server's own tree (`/etc/bind/zones/db.x`): the file of the tree
 * whose path ends with the longest run of the same trailing segments (`bind/zones/db.x`,
 * at least the file name) is the one meant; among several, the one nearest the naming file.
 *
 * `missing` marks a path that leads to no file of the tree: a file the server has and the
 * repository does not (DNSSEC keys, `rndc.key`). A relative path that climbs out of the root
 * is refused, not missing.
 */
export function resolveTreePath(written: string, fromFile: string, root: string, tree?: TreeFiles, within?: string): TreePath {
  if (written === '' || written.includes('\0')) return { error: `'${written}' is not a file name` };
  const absoluteRoot = path.resolve(root);
  const candidates = path.isAbsolute(written)
    ? [path.resolve(written)]
    : [path.resolve(absoluteRoot, written), path.resolve(absoluteRoot, path.dirname(fromFile), written)];
  const inside = candidates.filter((candidate) => isInside(candidate, absoluteRoot));
  if (inside.length === 0 && !path.isAbsolute(written)) return { error: `'${written}' is outside the lint root` };
  for (const candidate of inside) {
    try {
      statSync(candidate);
      return { file: toPosix(path.relative(absoluteRoot, candidate)) };
    } catch {
      continue;
    }
  }
  const byTail = tree && !written.split(/[\\/]/).includes('..') ? tree.byTail(written, fromFile, within ?? directoryOf(fromFile)) : undefined;
  if (byTail) return { file: byTail };
  return { error: `'${written}' is not in the lint root`, missing: true };
}

/** The files of a tree by their names, to find a path written for a server by its tail. */
export class TreeFiles {
  private readonly byName = new Map<string, string[]>();

  constructor(files: readonly string[]) {
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const list = this.byName.get(name);
      if (list) list.push(file);
      else this.byName.set(name, [file]);
    }
  }

  /**
   * The file a path written for a server names, by its tail: among the files of that name, those
   * under `within` (the directory of the configuration that names it, the top of that server's
   * files) first, then the one whose path ends with the most trailing segments of `written`,
   * then the one nearest `fromFile`.
   */
  byTail(written: string, fromFile: string, within?: string): string | undefined {
    const segments = written.split(/[\\/]/).filter((s) => s !== '' && s !== '.');
    const name = segments[segments.length - 1];
    const files = name === undefined ? undefined : this.byName.get(name);
    if (!files) return undefined;
    let best: string | undefined;
    let bestScore: number[] = [];
    const fromDirectory = fromFile.split('/').slice(0, -1);
    const prefix = within === undefined || within === '' ? '' : `${within}/`;
    for (const file of files) {
      const parts = file.split('/');
      let length = 0;
      while (length < segments.length && length < parts.length && segments[segments.length - 1 - length] === parts[parts.length - 1 - length]) length++;
      let nearness = 0;
      while (nearness < fromDirectory.length && nearness < parts.length - 1 && fromDirectory[nearness] === parts[nearness]) nearness++;
      const score = [file.startsWith(prefix) ? 1 : 0, length, nearness];
      if (best === undefined || compareScores(score, bestScore) > 0) {
        best = file;
        bestScore = score;
      }
    }
    return best;
  }
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Reads files named by `$INCLUDE` (and by named.conf's `include`), confined to the lint root;
 * the path is found as `resolveTreePath` finds it.
 *
 * Refused, with an error that names only the path as written: names leaving the root
 * (`..`), symlinks whose real path leaves the root, files in directories the walk never
 * enters (`.git`, `node_modules`, `dist`, those the config's `ignore` leaves out; by the path
 * and by the real path), directories and files over the size bound. Nothing is read before
 * every check passed, so no message can carry the content of a file outside the tree or of
 * one the walk skips.
 */
export function createIncludeReader(root: string, options: IncludeReaderOptions = {}): IncludeReader {
  const absoluteRoot = path.resolve(root);
  let realRoot: string;
  try {
    realRoot = realpathSync(absoluteRoot);
  } catch {
    realRoot = absoluteRoot;
  }
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const ignored = options.ignored ?? (() => false);
  /** Why the walk would not enter a directory above the file at this root-relative path, if it would not. */
  const skipped = (file: string): string | undefined => {
    const directories = file.split('/').slice(0, -1);
    const skippedName = directories.find((segment) => SKIPPED_DIRECTORIES.has(segment));
    if (skippedName !== undefined) return `is inside ${skippedName}/, a directory uclint never reads`;
    for (let end = 1; end <= directories.length; end++) {
      const directory = directories.slice(0, end).join('/');
      if (ignored(directory)) return `is inside ${directory}/, which the configuration's ignore leaves out`;
    }
    return undefined;
  };

  return (written: string, fromFile: string) => {
    const found = resolveTreePath(written, fromFile, absoluteRoot, options.files);
    if ('error' in found) return found;
    const candidate = path.join(absoluteRoot, found.file);
    let real: string;
    let stats;
    try {
      stats = statSync(candidate);
      real = realpathSync(candidate);
    } catch {
      return { error: `'${written}' is not in the lint root`, missing: true };
    }
    if (!isInside(real, realRoot)) return { error: `'${written}' is a symbolic link that leads outside the lint root` };
    const why = skipped(found.file) ?? skipped(toPosix(path.relative(realRoot, real)));
    if (why !== undefined) return { error: `'${written}' ${why}` };
    if (!stats.isFile()) return { error: `'${written}' is not a regular file` };
    if (stats.size > maxFileBytes) return { error: `'${written}' is ${thousands(stats.size)} bytes, over the bound of ${thousands(maxFileBytes)}` };
    try {
      const read = readTextFile(candidate);
      return read.encoding === 'utf8' ? { file: found.file, text: read.text } : { file: found.file, text: read.text, encoding: read.encoding, byteOrderMark: read.byteOrderMark };
    } catch (error) {
      return { error: `'${written}' cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
    }
  };
}

/** The directory of a root-relative path ('' at the root). */
function directoryOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}
