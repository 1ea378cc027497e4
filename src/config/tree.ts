/**
 * "The tree": the directories whose content arrives with the checkout being linted, so a
 * pull request can write anything in them. A config found there, a baseline it names, a
 * plugin package found there: each is judged against these directories, by the path as
 * given and by its real path (a symbolic link can lead out of the tree, or into it).
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../discover/discover.js';

export interface LintTree {
  /** Absolute directories: the lint root, the config file's directory, the repository top. */
  readonly directories: readonly string[];
  /** The same directories after `realpath` (those that exist). */
  readonly realDirectories: readonly string[];
  /** The nearest directory at or above the lint root holding `.git`, if any. */
  readonly repositoryTop?: string;
}

/** The nearest directory at or above `directory` that holds `.git` (a directory, or the file of a worktree or submodule). */
export function repositoryTop(directory: string): string | undefined {
  for (let current = path.resolve(directory); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * The tree of a run: the lint root, the repository top above it, and the directory of its
 * config file. A config directory under the root or the repository by its path is theirs:
 * its real path is not added, so a directory link from the checkout to elsewhere cannot
 * make elsewhere part of the tree.
 */
export function lintTree(root: string, configDirectory?: string): LintTree {
  const top = repositoryTop(root);
  const directories = [path.resolve(root), ...(top === undefined ? [] : [top])];
  if (configDirectory !== undefined && !directories.some((directory) => isInside(path.resolve(configDirectory), directory))) {
    directories.push(path.resolve(configDirectory));
  }
  const realDirectories = [...new Set(directories.flatMap((d) => realPath(d) ?? []))];
  return top === undefined ? { directories, realDirectories } : { directories, realDirectories, repositoryTop: top };
}

/** `file`'s real path, or undefined when it does not exist (or cannot be resolved). */
export function realPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** `file`, as written (no link resolved), lies under one of the tree's directories, by their paths or their real paths. */
export function underTree(file: string, tree: LintTree): boolean {
  const absolute = path.resolve(file);
  return [...tree.directories, ...tree.realDirectories].some((directory) => isInside(absolute, directory));
}

/** The real path of an existing `file` leaves the tree (a link from inside to a file elsewhere). False for a file that does not exist. */
export function leavesTree(file: string, tree: LintTree): boolean {
  const real = realPath(file);
  return real !== undefined && !tree.realDirectories.some((directory) => isInside(real, directory));
}

/** `file` lies in the tree by its path, and by its real path when it exists. */
export function staysInTree(file: string, tree: LintTree): boolean {
  const absolute = path.resolve(file);
  return tree.directories.some((directory) => isInside(absolute, directory)) && !leavesTree(file, tree);
}
