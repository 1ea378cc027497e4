/**
 * The package as a user installs it: `npm pack`, then `npm install <tarball>` into an empty
 * directory, then `npx uclint`. The bundle in dist/ is self-contained, so the install pulls
 * one package and needs no registry: npm runs with --offline and an empty cache, where any
 * dependency would fail the install (ENOTCACHED) instead of being fetched.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../helpers/built-cli.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let scratch: string;
let cache: string;

function npm(command: 'npm' | 'npx', args: string[], cwd: string): Promise<Run> {
  // npm_config_* from a parent `npm test` would point npm at this repository's settings.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const offline = ['--offline', '--cache', cache, '--no-audit', '--no-fund', '--ignore-scripts'];
  return new Promise((resolve) => {
    execFile(command, command === 'npx' ? [...offline.slice(0, 3), ...args] : [...args, ...offline], { cwd, env: { ...env, HOME: scratch }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'uclint-install-'));
  cache = path.join(scratch, 'empty-cache');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('npm pack, then an install into an empty directory pulls one package, and npx uclint runs from it', async () => {
  const packed = await npm('npm', ['pack', '--json', '--pack-destination', scratch], REPOSITORY_ROOT);
  expect(packed.stderr).not.toMatch(/npm (error|ERR!)/);
  const [manifest] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const shipped = manifest.files.map((f) => f.path);
  expect(shipped).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/cli.js', 'dist/index.js', 'dist/api.js', 'schemas/uclint-config.schema.json']));
  expect(shipped.filter((f) => /^(src|__tests__|rules|scripts|examples)\//.test(f))).toEqual([]);

  const project = mkdtempSync(path.join(scratch, 'app-'));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  const installed = await npm('npm', ['install', path.join(scratch, manifest.filename)], project);
  expect(installed.stderr).not.toMatch(/ENOTCACHED|npm (error|ERR!)/);
  expect(installed.code).toBe(0);
  expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['uclint']);
  const tree = await npm('npm', ['ls', '--all', '--json'], project);
  expect(JSON.parse(tree.stdout).dependencies).toEqual({ uclint: expect.not.objectContaining({ dependencies: expect.anything() }) });

  const run = await npm('npx', ['uclint', path.join(REPOSITORY_ROOT, 'examples/contoso'), '--now', '2026-11-20'], project);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('✖ 15 problems (13 errors, 2 warnings, 0 info) in 11 files, 1 suppressed');
});
