/**
 * Runs the bundled Action (`node dist/index.js`) as the runner does: inputs as `INPUT_*`
 * variables, the event payload in a file, outputs and the step summary in files, and the
 * REST API at `GITHUB_API_URL` (a FakeGithub on loopback).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../helpers/built-cli.js';

export { REPOSITORY_ROOT };
const ACTION = path.join(REPOSITORY_ROOT, 'dist/index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The annotation commands the step printed (`::error file=...::message`; not the bare `::error::` of a failed step). */
  commands: string[];
  runnerTemp: string;
}

export interface ActionRunOptions {
  workspace: string;
  apiUrl?: string;
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: Record<string, unknown>;
  sha?: string;
  env?: Record<string, string>;
  /** Options for node itself (e.g. `--import` of a preload). */
  nodeArgs?: string[];
}

export async function runBundledAction(options: ActionRunOptions): Promise<ActionRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'uclint-action-'));
  const runnerTemp = path.join(scratch, 'runner-temp');
  mkdirSync(runnerTemp);
  const eventPath = path.join(scratch, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));
  const outputFile = path.join(scratch, 'output');
  const summaryFile = path.join(scratch, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/estate',
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;

  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [...(options.nodeArgs ?? []), ACTION], { cwd: options.workspace, env, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      const exit = error ? ((error as { code?: unknown }).code as number) : 0;
      resolve({ code: typeof exit === 'number' ? exit : 1, stdout: out, stderr: err });
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    commands: stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line)),
    runnerTemp,
  };
}

/** The runner's `name<<delimiter` file-command format, as `core.setOutput` writes it. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!head) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== head[2]; i++) value.push(lines[i]);
    outputs[head[1]] = value.join('\n');
  }
  return outputs;
}

/** A pull_request event payload. */
export function pullRequestPayload(number = 7, headSha = 'b'.repeat(40), baseSha = 'c'.repeat(40)): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: headSha, ref: 'change' }, base: { sha: baseSha, ref: 'main' } },
    repository: { name: 'estate', owner: { login: 'acme' } },
  };
}
