/**
 * What a pull request can make uclint read and print: a `.uclint.yml` that is a link to a
 * file of the runner, a baseline elsewhere, an `$INCLUDE` into `.git`, and the repository's
 * config when a subdirectory is linted. Each attack is run as it was found, and the tree
 * (lint root, config directory, repository top) is the one SECURITY.md describes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { lint } from '../../src/lint.js';
import { defineRule } from '../../src/engine/rule.js';
import { REPOSITORY_ROOT, runBuiltCli } from '../helpers/built-cli.js';
import { runBundledAction } from '../action/action-harness.js';

jest.setTimeout(30_000);

/** A file of the runner a hostile link points at, shaped like YAML so every key would be "unknown". */
const SECRET_YAML = 'AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI-K7MDENG\nextends: hunter2-TOPSECRET\n';
const SECRET_WORDS = ['AWS_SECRET', 'wJalrXUtnFEMI', 'hunter2', 'TOPSECRET'];

const everyA = defineRule({
  id: 'test/every-a',
  meta: { description: 'd', rationale: 'r', severity: 'warning', recommended: true, citations: [], messages: { seen: 'A {{name}}' } },
  check({ estate, report }) {
    for (const a of estate.records('A')) report({ node: a, messageId: 'seen', data: { name: a.name } });
  },
});

const ZONE = '$ORIGIN example.com.\n$TTL 60\nwww A 192.0.2.1\n';

let scratch: string;
let repo: string;
let outside: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'uclint-tree-'));
  repo = path.join(scratch, 'repo');
  outside = path.join(scratch, 'runner');
  mkdirSync(path.join(repo, 'dns'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'credentials.yml'), SECRET_YAML);
  writeFileSync(path.join(repo, 'dns/example.com.zone'), ZONE);
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  const file = path.join(repo, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function expectNoSecret(text: string): void {
  for (const word of SECRET_WORDS) expect(text).not.toContain(word);
}

describe('a config whose real path leaves the tree is refused, unread', () => {
  const refusal = (shown: string) =>
    `uclint: config ${shown} leads through a symbolic link to a file outside the linted tree (the lint root, the config's directory and the repository); it is not read\n`;

  it('a .uclint.yml linked to a file of the runner, found at the lint root or named by --config', async () => {
    symlinkSync(path.join(outside, 'credentials.yml'), path.join(repo, '.uclint.yml'));
    for (const args of [[], ['--config', '.uclint.yml'], ['--format', 'json', '--config', './.uclint.yml']]) {
      const run = await runBuiltCli(args, { cwd: repo });
      expect({ args, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ args, code: 2, stdout: '', stderr: refusal(args.at(-1) === './.uclint.yml' ? './.uclint.yml' : '.uclint.yml') });
    }
  });

  it('the repository config found upwards from a linted subdirectory, a link in a directory above, a directory link', async () => {
    mkdirSync(path.join(repo, '.git'));
    symlinkSync(path.join(outside, 'credentials.yml'), path.join(repo, '.uclint.yml'));
    const upwards = await runBuiltCli([], { cwd: path.join(repo, 'dns') });
    expect(upwards).toEqual({ code: 2, stdout: '', stderr: refusal('../.uclint.yml') });

    rmSync(path.join(repo, '.uclint.yml'));
    symlinkSync(outside, path.join(repo, 'settings'));
    const throughDirectory = await runBuiltCli(['--config', 'settings/credentials.yml'], { cwd: repo });
    expect(throughDirectory).toEqual({ code: 2, stdout: '', stderr: refusal('settings/credentials.yml') });
  });

  it('lint() refuses it the same way, with nothing of the file in the result', async () => {
    symlinkSync(path.join(outside, 'credentials.yml'), path.join(repo, '.uclint.yml'));
    const result = await lint({ cwd: repo, rules: [everyA] });
    expect(result.fatal).toEqual([{ message: refusal('.uclint.yml').replace(/^uclint: /, '').trimEnd() }]);
    expectNoSecret(JSON.stringify(result));
  });

  it('a link that stays in the tree is read, but its problems are reported without its text', async () => {
    write('config/uclint.yml', 'extends: hunter2-TOPSECRET\nAWS_SECRET_ACCESS_KEY: 1\n');
    symlinkSync(path.join(repo, 'config/uclint.yml'), path.join(repo, '.uclint.yml'));
    const run = await runBuiltCli([], { cwd: repo });
    const withheld = 'problem in a configuration reached through a symbolic link; its text is not repeated (replace the link with the file to see the message)';
    expect(run.stderr).toBe(
      `uclint: .uclint.yml:1:10: config/unknown-preset ${withheld}\nuclint: .uclint.yml:2:1: config/unknown-key ${withheld}\n`,
    );
    expect(run.code).toBe(2);

    // A directory link on the way counts as well.
    rmSync(path.join(repo, '.uclint.yml'));
    symlinkSync(path.join(repo, 'config'), path.join(repo, 'settings'));
    const throughDirectory = await runBuiltCli(['--config', 'settings/uclint.yml'], { cwd: repo });
    expect(throughDirectory.stderr).toBe(
      `uclint: settings/uclint.yml:1:10: config/unknown-preset ${withheld}\nuclint: settings/uclint.yml:2:1: config/unknown-key ${withheld}\n`,
    );
    symlinkSync(path.join(repo, 'config/uclint.yml'), path.join(repo, '.uclint.yml'));

    write('config/uclint.yml', 'rules:\n  dns/duplicate-record: error\n');
    const good = await runBuiltCli(['--format', 'json'], { cwd: repo });
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout).files.map((f: { file: string }) => f.file)).toEqual(['dns/example.com.zone']);
  });
});

describe('the repository config is found upwards from the linted paths', () => {
  const run = (cwd: string) => lint({ cwd, rules: [everyA], now: new Date('2026-01-01') });

  it('up to the directory holding .git, with its globs and baseline relative to its own directory', async () => {
    mkdirSync(path.join(repo, '.git'));
    write(
      '.uclint.yml',
      [
        'rules:',
        '  test/every-a: error',
        'ignore: ["dns/old/**"]',
        'zones: { "dns/legacy.txt": legacy.example }',
        'views: { internal: ["dns/inside/**"] }',
        'baseline: accepted.json',
        '',
      ].join('\n'),
    );
    write('dns/old/stale.zone', ZONE);
    write('dns/legacy.txt', '$TTL 60\nhost A 192.0.2.7\n');
    write('dns/inside/example.com.zone', ZONE);
    write('accepted.json', '{"version": 1, "findings": []}\n');
    const result = await run(path.join(repo, 'dns'));
    expect(result.fatal).toEqual([]);
    expect(result.configFile).toBe(path.join(repo, '.uclint.yml'));
    expect(result.files.map((f) => `${f.file} ${f.origin ?? '-'} ${f.view}/${f.viewSource}`)).toEqual([
      'example.com.zone example.com. unknown/none',
      'inside/example.com.zone example.com. internal/config',
      'legacy.txt legacy.example. unknown/none',
    ]);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.message}`)).toEqual([
      'example.com.zone:3 error A www.example.com.',
      'inside/example.com.zone:3 error A www.example.com.',
      'legacy.txt:2 error A host.legacy.example.',
    ]);

    // A config nearer the linted paths wins.
    write('dns/.uclint.yml', 'rules:\n  test/every-a: info\n');
    const nearer = await run(path.join(repo, 'dns'));
    expect(nearer.configFile).toBe('.uclint.yml');
    expect(nearer.files.map((f) => f.file)).toEqual(['example.com.zone', 'inside/example.com.zone', 'legacy.txt', 'old/stale.zone']);
  });

  it('not above the repository top, nor above the lint root when there is no repository', async () => {
    write('.uclint.yml', 'rules:\n  test/every-a: error\n');
    const noRepository = await run(path.join(repo, 'dns'));
    expect(noRepository.configFile).toBeUndefined();
    expect(noRepository.findings.map((f) => f.severity)).toEqual(['warning']);

    mkdirSync(path.join(repo, 'dns/.git'));
    expect((await run(path.join(repo, 'dns'))).configFile).toBeUndefined();
  });

  it('a baseline named by the repository config may lie anywhere in the repository, and nowhere else', async () => {
    mkdirSync(path.join(repo, '.git'));
    writeFileSync(path.join(outside, 'accepted.json'), '{"version": 1, "findings": []}\n');
    write('.uclint.yml', '# accepted\nbaseline: ../runner/accepted.json\n');
    const above = await run(path.join(repo, 'dns'));
    expect(above.fatal).toEqual([
      expect.objectContaining({ file: path.join(repo, '.uclint.yml'), line: 2, column: 11, message: 'baseline: ../runner/accepted.json is outside the linted tree; a config may only name a baseline inside it' }),
    ]);

    symlinkSync(path.join(outside, 'accepted.json'), path.join(repo, 'accepted.json'));
    write('.uclint.yml', 'baseline: accepted.json\n');
    const linked = await run(path.join(repo, 'dns'));
    expect(linked.fatal.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['1:11 baseline: accepted.json is outside the linted tree; a config may only name a baseline inside it']);
  });
});

describe('$INCLUDE reads nothing the walk skips', () => {
  it('is refused into .git, node_modules, dist and ignored directories, by the path and by the real path, at the $INCLUDE line', async () => {
    write('.git/config', '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic aHVudGVyMi1UT1BTRUNSRVQ=\n');
    write('node_modules/hosts.inc', 'nm A 192.0.2.2\n');
    write('dist/hosts.inc', 'dist A 192.0.2.3\n');
    write('private/hosts.inc', 'private A 192.0.2.4\n');
    write('parts/hosts.inc', 'part A 192.0.2.5\n');
    symlinkSync(path.join(repo, '.git/config'), path.join(repo, 'dns/gitconfig.inc'));
    write('.uclint.yml', 'ignore: ["private/**", "*.inc"]\n');
    write(
      'dns/example.com.zone',
      [
        ZONE.trimEnd(),
        '$INCLUDE .git/config',
        '$INCLUDE dns/../.git/config',
        '$INCLUDE node_modules/hosts.inc',
        '$INCLUDE dist/hosts.inc',
        '$INCLUDE private/hosts.inc',
        '$INCLUDE dns/gitconfig.inc',
        // A file the globs leave out (not a directory) is still a zone's part.
        '$INCLUDE parts/hosts.inc',
        '',
      ].join('\n'),
    );
    const result = await lint({ cwd: repo, rules: [everyA] });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([
      'dns/example.com.zone:3 test/every-a A www.example.com.',
      "dns/example.com.zone:4 parse/zone cannot include '.git/config': '.git/config' is inside .git/, a directory uclint never reads",
      "dns/example.com.zone:5 parse/zone cannot include 'dns/../.git/config': 'dns/../.git/config' is inside .git/, a directory uclint never reads",
      "dns/example.com.zone:6 parse/zone cannot include 'node_modules/hosts.inc': 'node_modules/hosts.inc' is inside node_modules/, a directory uclint never reads",
      "dns/example.com.zone:7 parse/zone cannot include 'dist/hosts.inc': 'dist/hosts.inc' is inside dist/, a directory uclint never reads",
      "dns/example.com.zone:8 parse/zone cannot include 'private/hosts.inc': 'private/hosts.inc' is inside private/, which the configuration's ignore leaves out",
      "dns/example.com.zone:9 parse/zone cannot include 'dns/gitconfig.inc': 'dns/gitconfig.inc' is inside .git/, a directory uclint never reads",
      'parts/hosts.inc:1 test/every-a A part.example.com.',
    ]);
    for (const word of ['extraheader', 'AUTHORIZATION', 'aHVudGVy', 'nm.example', 'private.example']) expect(JSON.stringify(result.findings)).not.toContain(word);
  });
});

describe('PKCS#12 passwords: only UCLINT_PKCS12_* or the variables the command line allows', () => {
  const haveOpenssl = spawnSync('openssl', ['version']).status === 0;
  const pem = path.join(REPOSITORY_ROOT, '__tests__/fixtures/x509/expiry/ok/certs/pool.pem');
  const refused =
    "certificates.passwords: a configuration may name only environment variables whose names start with UCLINT_PKCS12_, or those the command line allows (--pkcs12-password-env GITHUB_TOKEN, or the Action's pkcs12-password-env input); GITHUB_TOKEN is not read";

  (haveOpenssl ? it : it.skip)('the CLI and the Action refuse a guess file aimed at GITHUB_TOKEN, the same whatever the token holds, until the variable is allowed', async () => {
    // The guess: does GITHUB_TOKEN equal s3cret? Answered by whether the file opens.
    spawnSync('openssl', ['pkcs12', '-export', '-nokeys', '-in', pem, '-passout', 'pass:s3cret', '-out', path.join(repo, 'dns/guess.pfx')]);
    write('.uclint.yml', 'certificates:\n  passwords:\n    dns/guess.pfx: GITHUB_TOKEN\n');
    const cli = (token: string, args: string[] = []) => runBuiltCli(['--format', 'json', '--now', '2026-01-01', ...args], { cwd: repo, env: { GITHUB_TOKEN: token } });
    const right = await cli('s3cret');
    expect(right).toEqual({ code: 2, stdout: '', stderr: `uclint: .uclint.yml:3:20: ${refused}\n` });
    expect(await cli('wrong')).toEqual(right);
    const allowed = await cli('s3cret', ['--pkcs12-password-env', 'GITHUB_TOKEN']);
    expect(allowed.stderr).toBe('');
    expect(JSON.parse(allowed.stdout).files.map((f: { file: string; kind: string }) => `${f.file} ${f.kind}`)).toContain('dns/guess.pfx certificate');
    expect(JSON.parse(allowed.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'parse/certificate')).toEqual([]);
    expect(await runBuiltCli(['--pkcs12-password-env', 'NOT A NAME'], { cwd: repo })).toEqual({
      code: 2,
      stdout: '',
      stderr: "uclint: --pkcs12-password-env takes the name of an environment variable, not 'NOT A NAME'\nRun 'uclint --help' for usage.\n",
    });

    const action = (inputs: Record<string, string> = {}) =>
      runBundledAction({ workspace: repo, eventName: 'push', inputs: { now: '2026-01-01', ...inputs }, env: { GITHUB_TOKEN: 's3cret' } });
    const refusedInAction = await action();
    expect(refusedInAction.stdout).toContain(`::error title=uclint,file=.uclint.yml,line=3,col=20::${refused}`);
    expect(refusedInAction.code).toBe(1);
    const allowedInAction = await action({ 'pkcs12-password-env': 'OTHER_NAME\nGITHUB_TOKEN' });
    expect(allowedInAction.stdout).not.toContain('::error');
    expect(allowedInAction.code).toBe(0);
    const badInput = await action({ 'pkcs12-password-env': 'GITHUB-TOKEN' });
    expect(badInput.stdout).toContain("::error::uclint: input 'pkcs12-password-env' lists 'GITHUB-TOKEN', which is not the name of an environment variable");
    expect(badInput.code).toBe(1);
  });
});
