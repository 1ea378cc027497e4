/**
 * Where a report cannot go, the built CLI says so in one line and exits 2 (never 1, which
 * means findings, and never with a stack trace); a reader that stops reading early
 * (`uclint -f json | head -c 10`) ends the run quietly with the lint's own exit code.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { badAddressZone } from '../helpers/bad-zone.js';
import { BUILT_CLI, runBuiltCli } from '../helpers/built-cli.js';

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-write-errors-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeBadZone(n: number): void {
  writeFileSync(path.join(dir, 'b.test.zone'), badAddressZone(n));
}

describe('a report that cannot be written', () => {
  it('-o into a missing directory: one line, exit 2', async () => {
    writeBadZone(3);
    const run = await runBuiltCli(['-f', 'json', '-o', 'out/reports/uclint.json'], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'uclint: cannot write out/reports/uclint.json: the directory out/reports does not exist\n' });
  });

  it('-o onto a directory: one line, exit 2', async () => {
    writeBadZone(3);
    mkdirSync(path.join(dir, 'report.json'));
    const run = await runBuiltCli(['-o', 'report.json'], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'uclint: cannot write report.json: it is a directory\n' });
  });

  it('--write-baseline into a missing directory: one line, exit 2', async () => {
    writeBadZone(3);
    const run = await runBuiltCli(['--write-baseline', 'baselines/uclint.json'], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'uclint: cannot write the baseline baselines/uclint.json: the directory baselines does not exist\n' });
  });

  it('uclint certs -o into a missing directory: one line, exit 2', async () => {
    writeBadZone(1);
    const run = await runBuiltCli(['certs', '-o', 'out/certs.txt'], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'uclint: cannot write out/certs.txt: the directory out does not exist\n' });
  });

  it('-o and --write-baseline into directories that exist still write', async () => {
    writeBadZone(3);
    mkdirSync(path.join(dir, 'out'));
    const run = await runBuiltCli(['-f', 'json', '-o', 'out/uclint.json', '--write-baseline', 'out/baseline.json'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(existsSync(path.join(dir, 'out/uclint.json')) && existsSync(path.join(dir, 'out/baseline.json'))).toBe(true);
  });
});

describe('a reader that goes away', () => {
  it('a pipe closed after the first bytes: nothing on standard error, the lint exit code', async () => {
    writeBadZone(20_000);
    const child = spawn(process.execPath, [BUILT_CLI, '-f', 'json', '--max-findings-per-file', '100000'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const firstBytes = await new Promise<string>((resolve) => child.stdout.once('data', (data: Buffer) => resolve(data.toString('utf8', 0, 10))));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(firstBytes).toBe('{\n  "versi');
    expect([code, stderr]).toEqual([1, '']);
  });

  it.each(['json', 'stylish', 'github', 'sarif'])('uclint -f %s | head -c 10 in a shell: quiet, with the lint exit code', (format) => {
    writeBadZone(20_000);
    const script = `set -o pipefail; node "${BUILT_CLI}" -f ${format} --max-findings-per-file 100000 | head -c 10 >/dev/null`;
    // Standard input not a socket, so bash reads no start-up file.
    const run = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    expect([run.status, run.stderr]).toEqual([1, '']);
  });
});
