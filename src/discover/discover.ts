import { promises as fsp, realpathSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../core/types.js';
import type { DnsName } from '../model/dns.js';
import type { EstateFile } from '../model/files.js';
import { canonicalName } from '../model/names.js';
import { fileTooLarge } from '../core/words.js';
import { FORMATS } from '../formats.generated.js';
import type { FormatDefinition } from '../formats/shared/format.js';
import { isOursByName, needsHead, recogniseFile, SNIFF_BYTES } from './classify.js';
import { compileGlobs } from './glob.js';


/** A file discovery found, with the format that reads it and what its place says. */
export interface DiscoveredFile extends EstateFile {
  /** Absolute path. */
  path: string;
}

export interface DiscoverOptions {
  root: string;
  ignore: string[];
  views: { internal: string[]; external: string[] };
  zones: Record<string, string>;
  /**
   * Put before a root-relative path when the globs above match it: the lint root's path
   * from the config's directory (`dns/`, `../repo/`), for a config that is not at or below
   * the root. Empty by default.
   */
  globPrefix?: string;
  /** Larger files are reported (`input/too-large`) and not read. Default 64 MiB. */
  maxFileBytes?: number;
  /** The formats files are recognised as (default: the registry, src/formats.generated.ts). */
  formats?: readonly FormatDefinition[];
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  /** Every regular file walked (not ignored), relative to the root: a path written for a name server is found among them. */
  tree: string[];
  diagnostics: Diagnostic[];
}

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Directories that never hold estate files and are large: skipped at any depth. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules', 'dist']);

/**
 * Globs match root-relative paths with forward slashes; a pattern without a slash
 * matches the base name at any depth (`*.bak`), as in .gitignore.
 */
export function globMatcher(patterns: readonly string[]): (file: string) => boolean {
  if (patterns.length === 0) return () => false;
  const byName = compileGlobs(patterns.filter((p) => !p.includes('/')));
  const byPath = compileGlobs(patterns.filter((p) => p.includes('/')));
  return (file) => byPath(file) || byName(file.slice(file.lastIndexOf('/') + 1));
}

/** The directory every path is relative to: `cwd` when all paths are inside it, else their deepest common ancestor. */
export function lintRoot(paths: string[], cwd: string): string {
  const base = path.resolve(cwd);
  const absolute = (paths.length ? paths : ['.']).map((p) => path.resolve(base, p));
  if (absolute.every((p) => isInside(p, base))) return base;
  return commonDirectory(absolute);
}

/** The deepest directory holding every path (a file counts by its directory). */
export function commonDirectory(absolutePaths: string[]): string {
  const directories = absolutePaths.map((p) => {
    try {
      return statSync(p).isDirectory() ? p : path.dirname(p);
    } catch {
      return path.dirname(p);
    }
  });
  let common = directories[0];
  for (const directory of directories.slice(1)) {
    while (!isInside(directory, common)) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

function rangeAt(file: string): Pick<Diagnostic, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/**
 * Walks the paths (files or directories), skipping `.git`, `node_modules`, `dist` and
 * the ignore globs, never following a symlink out of the root, and classifies every
 * file. Files of no known kind are left out silently. The result is sorted by `file`.
 */
export async function discoverFiles(paths: string[], options: DiscoverOptions): Promise<DiscoverResult> {
  const root = path.resolve(options.root);
  const realRoot = safeRealpath(root) ?? root;
  const prefix = options.globPrefix ?? '';
  const ignoredPath = globMatcher(options.ignore);
  const internalPath = globMatcher(options.views.internal);
  const externalPath = globMatcher(options.views.external);
  const ignored = (file: string) => ignoredPath(prefix + file);
  const internal = (file: string) => internalPath(prefix + file);
  const external = (file: string) => externalPath(prefix + file);
  const zonePatterns = Object.entries(options.zones).map(([pattern, origin]) => ({
    pattern,
    matches: globMatcher([pattern]),
    origin: canonicalName(origin),
  }));
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const formats = options.formats ?? FORMATS;
  /** The format that reads the files the config's `zones` map names, whatever their names. */
  const configZonesFormat = formats.find((format) => format.recognise.configZones);
  const diagnostics: Diagnostic[] = [];
  const found = new Map<string, DiscoveredFile>();
  const tree = new Set<string>();
  /** Real paths of directories entered, so symlinked directories cannot loop. */
  const visited = new Set<string>();

  const considerFile = async (absolute: string, stats: Stats): Promise<void> => {
    const file = toPosix(path.relative(root, absolute));
    if (found.has(file) || ignored(file)) return;
    tree.add(file);
    const configOrigin = zoneOrigin(prefix + file, zonePatterns);
    const fileName = path.basename(absolute);
    if (stats.size > maxFileBytes) {
      // Only files we would read are worth a word.
      if (configOrigin || isOursByName(fileName, formats)) {
        diagnostics.push({
          ...rangeAt(file),
          severity: 'error',
          code: 'input/too-large',
          message: fileTooLarge(stats.size, maxFileBytes),
        });
      }
      return;
    }
    let format: FormatDefinition | undefined;
    if (configOrigin && configZonesFormat) {
      format = configZonesFormat;
    } else {
      const head = needsHead(fileName, formats) ? await readHead(absolute) : undefined;
      const recognised = recogniseFile(fileName, head, formats);
      format = recognised.format;
      if (recognised.binaryNote !== undefined) diagnostics.push({ ...rangeAt(file), severity: 'info', code: 'input/binary', message: recognised.binaryNote });
    }
    if (!format) return;
    const discovered: DiscoveredFile = { path: absolute, file, kind: format.name, ...viewOf(file, internal, external) };
    const hints = format.recognise.nameHints?.(fileName) ?? {};
    if (configOrigin && format === configZonesFormat) {
      discovered.origin = configOrigin;
      discovered.originSource = 'config';
    } else if (hints.origin) {
      discovered.origin = hints.origin;
      discovered.originSource = 'filename';
      discovered.originEvidence = `the file name '${fileName}'`;
    }
    // The file's own name is nearer than the directories it is in.
    if (hints.view && discovered.viewSource !== 'config') {
      discovered.view = hints.view;
      discovered.viewSource = 'filename';
      discovered.viewEvidence = `the file name ends with '${hints.viewSuffix}'`;
    }
    found.set(file, discovered);
  };

  const walk = async (directory: string): Promise<void> => {
    const real = safeRealpath(directory);
    if (real === undefined || visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = await fsp.readdir(directory, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(unreadable(toPosix(path.relative(root, directory)), error));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      await visit(absolute, entry.isSymbolicLink());
    }
  };

  const visit = async (absolute: string, isLink: boolean): Promise<void> => {
    const relative = toPosix(path.relative(root, absolute));
    let stats: Stats;
    try {
      stats = await fsp.stat(absolute);
    } catch {
      return; // a dangling symlink or a file removed while walking
    }
    if (isLink) {
      const real = safeRealpath(absolute);
      if (real === undefined || !isInside(real, realRoot)) {
        diagnostics.push({
          ...rangeAt(relative),
          severity: 'info',
          code: 'input/symlink-outside-root',
          message: 'symbolic link leads outside the lint root and is not followed',
        });
        return;
      }
    }
    if (stats.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(path.basename(absolute)) || (relative !== '' && ignored(relative))) return;
      await walk(absolute);
    } else if (stats.isFile()) {
      await considerFile(absolute, stats);
    }
  };

  for (const given of paths.length ? paths : ['.']) {
    const absolute = path.resolve(root, given);
    let linkStats: Stats;
    try {
      linkStats = await fsp.lstat(absolute);
    } catch {
      diagnostics.push({ ...rangeAt(toPosix(given)), severity: 'error', code: 'input/not-found', message: `no such file or directory: ${given}` });
      continue;
    }
    if (!isInside(absolute, root)) {
      diagnostics.push({ ...rangeAt(toPosix(given)), severity: 'error', code: 'input/outside-root', message: `path is outside the lint root: ${given}` });
      continue;
    }
    await visit(absolute, linkStats.isSymbolicLink());
  }

  const files = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, tree: [...tree].sort(), diagnostics };
}

function zoneOrigin(file: string, patterns: Array<{ pattern: string; matches: (file: string) => boolean; origin: DnsName }>): DnsName | undefined {
  // An exact path beats a glob; among globs the first written wins.
  return (patterns.find((p) => p.pattern === file) ?? patterns.find((p) => p.matches(file)))?.origin;
}

function viewOf(
  file: string,
  internal: (file: string) => boolean,
  external: (file: string) => boolean,
): Pick<DiscoveredFile, 'view' | 'viewSource' | 'viewEvidence'> {
  if (internal(file)) return { view: 'internal', viewSource: 'config', viewEvidence: 'the config\'s views' };
  if (external(file)) return { view: 'external', viewSource: 'config', viewEvidence: 'the config\'s views' };
  // The directory nearest the file decides (`external/lab/internal/x.zone` is internal).
  const directories = file.split('/').slice(0, -1).reverse();
  for (const segment of directories) {
    const lower = segment.toLowerCase();
    if (lower === 'internal' || lower === 'external') return { view: lower, viewSource: 'path', viewEvidence: `the directory '${segment}'` };
  }
  return { view: 'unknown', viewSource: 'none' };
}

async function readHead(absolute: string): Promise<Buffer | undefined> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(absolute, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function unreadable(file: string, error: unknown): Diagnostic {
  return {
    ...rangeAt(file),
    severity: 'error',
    code: 'input/unreadable',
    message: `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
  };
}
