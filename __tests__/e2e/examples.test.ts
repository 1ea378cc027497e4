/**
 * End to end: the CLI on the bundled example estates, compared with golden output in
 * every format. `UCLINT_UPDATE_FIXTURES=1 npm test -- e2e` rewrites the golden files
 * (read the diff before committing).
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli.js';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const ROOT = path.resolve(HERE, '../..');
const GOLDEN = path.join(HERE, 'golden');
const update = process.env.UCLINT_UPDATE_FIXTURES === '1';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd: ROOT, env: {} });
  return { code, stdout, stderr };
}

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (update) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const estates = readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe.each(estates)('examples/%s', (estate) => {
  const goldenName = { stylish: 'txt', json: 'json', sarif: 'sarif', github: 'github.txt', markdown: 'md' } as const;
  for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown'] as const) {
    it(`${format} output matches the golden file and exits 1`, async () => {
      const { code, stdout, stderr } = await run([`examples/${estate}`, '--format', format, '--now', '2026-11-20']);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      golden(`${estate}.${goldenName[format]}`, stdout);
    });
  }

  it('stylish --verbose and json report the same findings, "not checked" notes included', async () => {
    const stylish = (await run([`examples/${estate}`, '--verbose', '--now', '2026-11-20'])).stdout;
    const json = JSON.parse((await run([`examples/${estate}`, '--format', 'json', '--now', '2026-11-20'])).stdout);
    const fromJson = json.findings
      .filter((f: { suppressed?: unknown }) => !f.suppressed)
      .map((f: { line: number; column: number; ruleId: string }) => `${f.line}:${f.column} ${f.ruleId}`);
    const fromStylish = [...stylish.matchAll(/^ {2}(\d+:\d+) +\w+ +.*? {2}(\S+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(fromStylish).toEqual(fromJson);
    expect(fromJson.length).toBeGreaterThan(0);
  });
});

it.each(estates)('the examples README lists the output of examples/%s exactly', async (estate) => {
  const readme = readFileSync(path.join(ROOT, 'examples/README.md'), 'utf8');
  const { stdout } = await run([`examples/${estate}`, '--now', '2026-11-20']);
  expect(readme).toContain(stdout.trimEnd());
});
