/**
 * Runs the bundled CLI (`node dist/cli.js`) as a user does, in a child process, so what is
 * tested is what ships: the bundle, its dynamic imports, its exit code.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILT_CLI = path.join(REPOSITORY_ROOT, 'dist/cli.js');

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface NodeRunOptions {
  cwd: string;
  /** Options for node itself, before the script (e.g. `--import` of a preload). */
  nodeArgs?: string[];
  env?: Record<string, string>;
}

/** `node [nodeArgs] <script> [args]` with a minimal environment; never rejects. */
export function runNode(script: string, args: string[], options: NodeRunOptions): Promise<ProcessRun> {
  const env = { PATH: process.env.PATH ?? '', HOME: options.cwd, ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [...(options.nodeArgs ?? []), script, ...args], { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
    });
  });
}

/** The bundled CLI with `args`, run in `cwd`. */
export function runBuiltCli(args: string[], options: NodeRunOptions): Promise<ProcessRun> {
  return runNode(BUILT_CLI, args, options);
}
