/**
 * `uclint init [path]`: loads the tree read-only, as `uclint` would (no rule runs, no
 * network, nothing in the tree executed), guesses the configuration, and writes
 * `.uclint.yml` and a GitHub workflow: only those two files, only inside the repository,
 * and never over an existing file unless forced.
 */
import { existsSync, lstatSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint, type LintResult } from '../lint.js';
import { CONFIG_FILE_NAMES, findConfigFile, repositoryTop } from '../config/index.js';
import { isInside, toPosix, type FileKind } from '../discover/index.js';
import { FORMATS } from '../formats.generated.js';
import { guessConfiguration } from './guess.js';
import { configText, reportText, workflowText } from './write.js';
import { oneLine } from '../report/output.js';

export const DEFAULT_WORKFLOW_PATH = '.github/workflows/uclint.yml';

export interface InitOptions {
  /** The directory to configure (default: the working directory). */
  target?: string;
  cwd: string;
  /** Relative to the repository root; undefined: no workflow. */
  workflow?: string;
  force: boolean;
  dryRun: boolean;
}

/** Where init prints; the CLI passes its message io, whose lines go through the printable filter (the report quotes file names). */
export interface InitIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The repository holding a directory: the nearest directory at or above it with `.git`, else the directory itself. */
export function repositoryRoot(directory: string): string {
  return repositoryTop(directory) ?? directory;
}

/** Runs `uclint init`; returns the exit code (0 written or shown, 2 usage or a file in the way). */
export async function runInit(options: InitOptions, io: InitIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`uclint: ${message}\n`);
    return 2;
  };
  const target = path.resolve(options.cwd, options.target ?? '.');
  if (!existsSync(target) || !statSync(target).isDirectory()) return fail(`init: not a directory: ${options.target ?? '.'}`);
  const repository = repositoryRoot(target);
  const shown = (absolute: string) => toPosix(path.relative(options.cwd, absolute)) || '.';

  // An existing config keeps its name (.uclint.yaml is read too); otherwise .uclint.yml.
  const configPath = findConfigFile(target) ?? path.join(target, CONFIG_FILE_NAMES[0]);
  let workflowPath: string | undefined;
  if (options.workflow !== undefined) {
    workflowPath = path.resolve(repository, options.workflow);
    if (!isInside(workflowPath, repository) || workflowPath === repository) {
      return fail(`init: --workflow ${options.workflow} is not a file inside the repository ${shown(repository)}`);
    }
  }
  if (!options.force && !options.dryRun) {
    const inTheWay = [configPath, workflowPath].filter((file): file is string => file !== undefined && existsSync(file));
    if (inTheWay.length > 0) {
      return fail(
        `init: ${inTheWay.map(shown).join(' and ')} already exist${inTheWay.length === 1 ? 's' : ''}; nothing was written ` +
          '(--force replaces, --dry-run shows what would be written)',
      );
    }
  }

  let result: LintResult;
  try {
    // The tree's own config is left out: init guesses afresh, and the guess must not depend on an old one.
    result = await lint({ paths: ['.'], cwd: target, ignoreConfigFiles: true, onlyRules: [] });
  } catch (error) {
    return fail(`internal error: ${oneLine(error)}`);
  }
  if (result.fatal.length > 0 || !result.estate) {
    for (const problem of result.fatal) io.stderr(`uclint: ${problem.file ? `${problem.file}:${problem.line}:${problem.column}: ` : ''}${problem.message}\n`);
    return 2;
  }
  const guesses = guessConfiguration({ root: target, estate: result.estate, files: result.files });

  const config = configText(guesses);
  const relativeTarget = toPosix(path.relative(repository, target)) || '.';
  const workflow = workflowPath ? workflowText({ paths: relativeTarget }) : undefined;

  const counts = new Map<FileKind, number>();
  for (const file of result.files) counts.set(file.kind, (counts.get(file.kind) ?? 0) + 1);
  const formats = FORMATS.filter((format) => counts.has(format.name));
  const read = formats.length === 0 ? 'no files uclint reads' : formats.map((format) => `${counts.get(format.name)} ${format.nouns[counts.get(format.name) === 1 ? 0 : 1]}`).join(', ');
  const readProblems = result.findings.filter((f) => f.ruleId.startsWith('parse/') && f.severity === 'error').length;
  io.stdout(reportText({ guesses, filesSummary: shown(target) === '.' ? read : `${read} in ${shown(target)}`, readProblems }));
  for (const warning of guesses.warnings) io.stderr(`uclint: warning: ${warning}\n`);

  if (options.dryRun) {
    io.stdout(`\n--- ${shown(configPath)} (not written) ---\n${config}`);
    if (workflowPath && workflow) io.stdout(`\n--- ${shown(workflowPath)} (not written) ---\n${workflow}`);
    return 0;
  }
  const files: Array<[string, string]> = [[configPath, config]];
  if (workflowPath && workflow) files.push([workflowPath, workflow]);
  for (const [file] of files) {
    const refusal = outsideRepository(file, repository);
    if (refusal) return fail(`init: ${shown(file)} ${refusal}; nothing was written`);
  }
  const written: string[] = [];
  for (const [file, text] of files) {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      written.push(shown(file));
    } catch (error) {
      return fail(`init: cannot write ${shown(file)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}${written.length ? ` (wrote ${written.join(', ')})` : ''}`);
    }
  }
  const command = shown(target) === '.' ? 'uclint' : `uclint ${shown(target)}`;
  io.stdout(`\nWrote ${written.join(' and ')}. Check the guesses, then run \`${command}\`.\n`);
  return 0;
}

/**
 * Why writing `file` (and making its directories) could leave the repository: the file is a
 * symbolic link (dangling ones included), or the nearest existing directory above it lies
 * outside through one. Undefined when it could not.
 */
function outsideRepository(file: string, repository: string): string | undefined {
  try {
    if (lstatSync(file).isSymbolicLink()) return 'is a symbolic link';
  } catch {
    // Not there yet.
  }
  let existing = path.dirname(file);
  while (!existsSync(existing)) existing = path.dirname(existing);
  if (!isInside(realpathSync(existing), realpathSync(repository))) return 'lies outside the repository through a symbolic link';
  return undefined;
}
