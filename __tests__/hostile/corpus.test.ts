/**
 * The built CLI over the hostile corpus (`__tests__/fixtures/hostile/`, its README says what
 * is in it) beside a copy of examples/contoso: exit code 1, never 2; every diagnostic of
 * `expected.yml` at its line and column; every file linted; the estate's findings the same
 * as when it is linted alone; nothing from outside the tree in any output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { OUTSIDE_SECRET, writeGeneratedCorpus } from '../helpers/hostile-corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CORPUS = path.join(HERE, '../fixtures/hostile');
const CLI = path.join(ROOT, 'dist/cli.js');

interface Expectations {
  files: Record<string, string[]>;
  notLinted: string[];
}
interface JsonFinding {
  ruleId: string;
  messageId?: string;
  file: string;
  line: number;
  column: number;
  message: string;
}
interface JsonReport {
  files: Array<{ file: string }>;
  findings: JsonFinding[];
}

const expectations = load(readFileSync(path.join(CORPUS, 'expected.yml'), 'utf8')) as Expectations;

let tmp: string;
let tree: string;
let generated: string[];

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: tree, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let alone: JsonReport;
let together: JsonReport;
let stylish: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'uclint-hostile-'));
  tree = path.join(tmp, 'tree');
  const outside = path.join(tmp, 'outside');
  mkdirSync(outside);
  cpSync(CORPUS, path.join(tree, 'hostile'), { recursive: true });
  cpSync(path.join(ROOT, 'examples/contoso'), path.join(tree, 'estate'), { recursive: true });
  // Both runs use the estate's configuration: alone it is found beside the estate, together above it.
  cpSync(path.join(ROOT, 'examples/contoso/.uclint.yml'), path.join(tree, '.uclint.yml'));
  const certificate = { pem: readFileSync(path.join(CORPUS, 'certificate/one.pem'), 'utf8'), der: readFileSync(path.join(CORPUS, 'certificate/one.der')) };
  generated = writeGeneratedCorpus(path.join(tree, 'hostile'), outside, certificate);

  const estateRun = cli(['estate', '--format', 'json']);
  expect(estateRun.stderr).toBe('');
  alone = JSON.parse(estateRun.stdout) as JsonReport;
  const run = cli(['estate', 'hostile', '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  together = JSON.parse(run.stdout) as JsonReport;
  const stylishRun = cli(['estate', 'hostile']);
  expect(stylishRun.status).toBe(1);
  stylish = stylishRun.stdout;
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file of the committed corpus, relative to it. */
function committedFiles(directory = CORPUS): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? committedFiles(full) : [path.relative(CORPUS, full).split(path.sep).join('/')];
  });
}

describe('the hostile corpus', () => {
  it('has an expectation for every file, at least 60 of them', () => {
    const listed = Object.keys(expectations.files);
    const files = [...committedFiles(), ...generated].filter((f) => !['expected.yml', 'README.md'].includes(f));
    // $INCLUDE fragments are listed only where a diagnostic lands in them.
    expect(files.filter((f) => !listed.includes(f) && !f.endsWith('.inc'))).toEqual([]);
    expect(listed.filter((f) => !files.includes(f))).toEqual([]);
    expect(listed.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every expected diagnostic at its line and column, and no parse diagnostic where none is expected', () => {
    const actual = new Map<string, string[]>();
    for (const f of together.findings) {
      if (!f.file.startsWith('hostile/') || !(f.ruleId.startsWith('parse/'))) continue;
      const file = f.file.slice('hostile/'.length);
      actual.set(file, [...(actual.get(file) ?? []), `${f.line}:${f.column} ${f.messageId}`]);
    }
    const missing = Object.entries(expectations.files).flatMap(([file, expected]) => expected.filter((e) => !actual.get(file)?.includes(e)).map((e) => `${file} ${e}`));
    expect(missing).toEqual([]);
    const unexpected = Object.entries(expectations.files).filter(([file, expected]) => expected.length === 0 && actual.has(file)).map(([file]) => `${file}: ${actual.get(file)!.join(', ')}`);
    expect(unexpected).toEqual([]);
  });

  it('lints every file, the hostile ones and the estate', () => {
    const linted = new Set(together.files.map((f) => f.file));
    const expected = Object.keys(expectations.files).filter((f) => !expectations.notLinted.includes(f)).map((f) => `hostile/${f}`);
    expect(expected.filter((f) => !linted.has(f))).toEqual([]);
    expect(alone.files.map((f) => f.file).filter((f) => !linted.has(f))).toEqual([]);
  });

  it('leaves the findings of the estate as they are when it is linted alone', () => {
    const ofEstate = (report: JsonReport) => report.findings.filter((f) => f.file.startsWith('estate/')).map(({ ruleId, file, line, column, message }) => ({ ruleId, file, line, column, message }));
    expect(ofEstate(together)).toEqual(ofEstate(alone));
    expect(ofEstate(alone)).toHaveLength(17);
  });

  it('crashes no rule and no loader', () => {
    expect(together.findings.filter((f) => f.ruleId === 'uclint/rule-crash' || f.messageId?.endsWith('/internal-error'))).toEqual([]);
  });

  it('never shows the content of a file outside the tree, nor a control character', () => {
    expect(JSON.stringify(together)).not.toContain(OUTSIDE_SECRET);
    expect(stylish).not.toContain(OUTSIDE_SECRET);
    // eslint-disable-next-line no-control-regex
    expect(stylish.split('\n').filter((line) => /[\u0000-\u0008\u000b-\u001f\u007f]/.test(line))).toEqual([]);
  });
});
