import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { IncludeReader } from '../loaders/zone/model.js';
import { thousands } from '../core/words.js';
import { DEFAULT_MAX_FILE_BYTES, SKIPPED_DIRECTORIES, isInside, toPosix } from './discover.js';
import { readTextFile } from './read.js';

export interface IncludeReaderOptions {
  /** Larger files are refused. Default 64 MiB, as for discovery. */
  maxFileBytes?: number;
  /** Root-relative directories the configuration's `ignore` globs leave out of the walk. */
  ignored?: (file: string) => boolean;
}

/**
 * Reads files named by `$INCLUDE`, confined to the lint root.
 *
 * A relative name is looked up first relative to the lint root (BIND resolves it
 * against its working directory, which for a repository of zones is its top), then
 * relative to the directory of the including file (repositories that keep a zone and
 * its parts together). An absolute name is accepted only inside the root.
 *
 * Refused, with an error that names only the path as written: names leaving the root
 * (`..`, absolute paths elsewhere), symlinks whose real path leaves the root, files in
 * directories the walk never enters (`.git`, `node_modules`, `dist`, those the config's
 * `ignore` leaves out; by the path and by the real path), missing files, directories and files over the
 * size bound. Nothing is read before every check passed, so no message can carry the
 * content of a file outside the tree or of one the walk skips.
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
    if (written === '' || written.includes('\0')) return { error: `$INCLUDE '${written}' is not a file name` };
    const candidates = path.isAbsolute(written)
      ? [path.resolve(written)]
      : [path.resolve(absoluteRoot, written), path.resolve(absoluteRoot, path.dirname(fromFile), written)];
    const inside = candidates.filter((candidate) => isInside(candidate, absoluteRoot));
    if (inside.length === 0) return { error: `$INCLUDE '${written}' is outside the lint root` };
    for (const candidate of inside) {
      let stats;
      try {
        stats = statSync(candidate);
      } catch {
        continue;
      }
      let real: string;
      try {
        real = realpathSync(candidate);
      } catch {
        continue;
      }
      if (!isInside(real, realRoot)) return { error: `$INCLUDE '${written}' is a symbolic link that leads outside the lint root` };
      const file = toPosix(path.relative(absoluteRoot, candidate));
      const why = skipped(file) ?? skipped(toPosix(path.relative(realRoot, real)));
      if (why !== undefined) return { error: `$INCLUDE '${written}' ${why}` };
      if (!stats.isFile()) return { error: `$INCLUDE '${written}' is not a regular file` };
      if (stats.size > maxFileBytes) {
        return { error: `$INCLUDE '${written}' is ${thousands(stats.size)} bytes, over the bound of ${thousands(maxFileBytes)}` };
      }
      try {
        const read = readTextFile(candidate);
        return read.encoding === 'utf8' ? { file, text: read.text } : { file, text: read.text, encoding: read.encoding, byteOrderMark: read.byteOrderMark };
      } catch (error) {
        return { error: `$INCLUDE '${written}' cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
      }
    }
    return { error: `$INCLUDE '${written}' does not exist in the lint root` };
  };
}
