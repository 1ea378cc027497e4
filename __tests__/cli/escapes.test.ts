/**
 * Every line the CLI writes to a terminal goes through the printable filter: config errors,
 * the problem lines of `uclint certs` and the report of `uclint init` quote names from the
 * tree, and a name may hold an escape sequence or a character that reorders the line.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { RAW_TEXT as RAW } from '../helpers/raw-text.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-escapes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: true, cwd: dir, env: {} });
  return { code, stdout, stderr };
}


describe('names from the tree on a terminal', () => {
  it('a config error quoting a key', async () => {
    writeFileSync(path.join(dir, '.uclint.yml'), '"\\e[2J\\e[31mevil\\u202e": 1\n');
    const { code, stderr } = await run(['--no-color']);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW);
    expect(stderr).toContain("unknown key '\\x1b[2J\\x1b[31mevil\\u202e'");
  });

  it('the problem lines of uclint certs', async () => {
    writeFileSync(
      path.join(dir, 'certificates.yml'),
      'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge\n    subject: CN=sip.example.com\n    "\\e[2J\\u202ebad": 1\n',
    );
    const { code, stderr } = await run(['certs']);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(RAW);
    expect(stderr).toContain("unknown key '\\x1b[2J\\u202ebad'");
  });

  it("init's report, warnings and the files it would write", async () => {
    const zone = 'db.contoso\u001b[2J\u202e.com';
    writeFileSync(path.join(dir, zone), '$ORIGIN contoso.com.\n$TTL 300\n@ SOA ns h 1 1 1 1 1\n@ NS ns\nns A 192.0.2.1\n');
    const { code, stdout, stderr } = await run(['init', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW);
    expect(stderr).not.toMatch(RAW);
    expect(stdout).toContain('db.contoso\\x1b[2J\\u202e.com');
  });
});
