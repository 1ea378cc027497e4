/**
 * Finding and reading `.uclint.yml` as data from the linted tree: where it may come from,
 * what it may name, and what a message about it may repeat.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../core/types.js';
import { commonDirectory, isInside } from '../discover/discover.js';
import { leavesTree, lintTree, realPath, repositoryTop, type LintTree } from './tree.js';

/** File names of the configuration, in the order they are looked for. */
export const CONFIG_FILE_NAMES = ['.uclint.yml', '.uclint.yaml'] as const;

/** The config file in `directory`, if any. */
export function findConfigFile(directory: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(directory, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export interface ConfigSource {
  /** Absolute path as found or named (not the real path). */
  path: string;
  text: string;
  /**
   * The tree of the run: the lint root, this file's directory and the repository top. The
   * file is in it by definition, so what it names is judged as data from the checkout: a
   * baseline only inside the tree, `UCLINT_PKCS12_*` variables or those the command line
   * allows.
   */
  tree: LintTree;
  /** The file is a symbolic link: messages about it give the position and the code, never its text. */
  throughLink: boolean;
}

/** A config that cannot be used; the message names the file, never its content. */
export interface ConfigRefusal {
  message: string;
}

/**
 * The configuration for the paths linted: `.uclint.yml` (or `.uclint.yaml`) in the deepest
 * directory holding them all, or the nearest one above it, up to the repository top (the
 * nearest directory holding `.git` above the lint root), else up to the lint root.
 */
export function findNearestConfig(paths: string[], root: string): string | undefined {
  const top = repositoryTop(root);
  const stop = top !== undefined && isInside(root, top) ? top : root;
  let directory = commonDirectory(paths);
  for (;;) {
    const found = findConfigFile(directory);
    if (found) return found;
    const parent = path.dirname(directory);
    if (directory === stop || parent === directory || !isInside(parent, stop)) return undefined;
    directory = parent;
  }
}

/**
 * Reads the config at `file` (absolute; `shown` is how messages name it). A file whose
 * real path leaves the tree is refused before it is read, so nothing it holds can reach a
 * message; so is anything but a regular file.
 */
export function readConfigSource(file: string, root: string, shown: string): { source: ConfigSource } | { refusal: ConfigRefusal } {
  const tree = lintTree(root, path.dirname(file));
  try {
    if (!statSync(file).isFile()) return { refusal: { message: `config ${shown} is not a regular file` } };
  } catch (error) {
    return { refusal: { message: `cannot read config ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
  }
  if (leavesTree(file, tree)) {
    return {
      refusal: {
        message: `config ${shown} leads through a symbolic link to a file outside the linted tree (the lint root, the config's directory and the repository); it is not read`,
      },
    };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { refusal: { message: `cannot read config ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
  }
  return { source: { path: file, text, tree, throughLink: reachedThroughLink(file, tree) } };
}

/**
 * The file itself, or a directory on its way down from the tree directory that holds it, is
 * a symbolic link: its path from that directory differs from its real path from the
 * directory's real path. (A link above the tree, such as /tmp on some systems, is not.)
 */
function reachedThroughLink(file: string, tree: LintTree): boolean {
  const base = tree.directories.find((directory) => isInside(file, directory)) ?? path.dirname(file);
  const realBase = realPath(base);
  const real = realPath(file);
  return realBase === undefined || real === undefined || lstatSync(file).isSymbolicLink() || path.relative(base, file) !== path.relative(realBase, real);
}

/**
 * A diagnostic about a config reached through a symbolic link, with its message withheld:
 * the position and the code say where and what kind of problem, and nothing the file holds
 * is repeated (the link's target could be any file the runner can read).
 */
export function withheld<T extends Partial<Diagnostic> & { message: string }>(problem: T): T {
  const what = problem.code ? `${problem.code} ` : '';
  return {
    ...problem,
    message: `${what}problem in a configuration reached through a symbolic link; its text is not repeated (replace the link with the file to see the message)`,
  };
}
