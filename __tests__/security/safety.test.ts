/**
 * The guarantees of SECURITY.md, tested on what ships (the bundles in dist/): a run makes no
 * connection and resolves no name, writes nothing into the linted tree, and runs nothing
 * the tree contains.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { runBundledAction } from '../action/action-harness.js';
import { BUILT_CLI, REPOSITORY_ROOT, runBuiltCli, runNode, type NodeRunOptions } from '../helpers/built-cli.js';
import { installPackage, markerModule, markerScript } from '../helpers/packages.js';

const NETWORK_TRAP = path.join(REPOSITORY_ROOT, '__tests__/helpers/network-trap.mjs');
const EXAMPLE = path.join(REPOSITORY_ROOT, 'examples/contoso');
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'];
const CERT_FORMATS = ['stylish', 'json', 'markdown'];
// Each test runs the bundles in child processes, up to two dozen times.
jest.setTimeout(120_000);

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'uclint-safety-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the example estate to lint, so that anything written to it would be ours to see. */
function exampleTree(withTerraform = false): string {
  const tree = path.join(scratch, 'estate');
  cpSync(EXAMPLE, tree, { recursive: true });
  // A Terraform file, so the runs load the tree-sitter runtime and grammar under the trap too.
  if (withTerraform) cpSync(path.join(REPOSITORY_ROOT, '__tests__/fixtures/terraform/teams/main.tf'), path.join(tree, 'dns/teams.tf'));
  return tree;
}

/** Node options and environment that make every network call throw and be logged to `log`. */
function trapped(cwd: string, log: string): NodeRunOptions {
  return { cwd, nodeArgs: ['--import', NETWORK_TRAP], env: { NETWORK_TRAP_LOG: log } };
}

/** Every uclint command over `tree`, each format to standard output and to a file outside the tree. */
async function everyCommand(tree: string, options: NodeRunOptions, outside: string): Promise<Array<{ args: string[]; code: number; stderr: string }>> {
  const runs: string[][] = [];
  for (const format of FORMATS) runs.push(['--format', format], ['--format', format, '--output', path.join(outside, `report.${format}`)]);
  for (const format of CERT_FORMATS) runs.push(['certs', '--format', format], ['certs', '--format', format, '--output', path.join(outside, `certs.${format}`)]);
  runs.push(['--write-baseline', path.join(outside, 'baseline.json')], ['--baseline', path.join(outside, 'baseline.json')], ['rules'], ['rules', '--format', 'json']);
  const results = [];
  for (const args of runs) {
    const run = await runBuiltCli(['--now', '2026-11-20', ...args], { ...options, cwd: tree });
    results.push({ args, code: run.code, stderr: run.stderr });
  }
  return results;
}

/** Every file and directory under `root` with its size, modification time and content hash. */
function snapshot(root: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      const stat = statSync(full);
      const relative = path.relative(root, full);
      if (entry.isDirectory()) {
        entries[`${relative}/`] = `dir ${stat.mtimeMs}`;
        walk(full);
      } else {
        entries[relative] = `${stat.size} ${stat.mtimeMs} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
      }
    }
  };
  walk(root);
  return entries;
}

describe('no network', () => {
  it('the trap catches fetch, net, tls, dns, http and https, even when the caller catches the error', async () => {
    const log = path.join(scratch, 'network.log');
    const probe = path.join(scratch, 'probe.mjs');
    writeFileSync(
      probe,
      [
        "import net from 'node:net'; import tls from 'node:tls'; import dns from 'node:dns'; import http from 'node:http'; import https from 'node:https';",
        "const attempts = [() => fetch('https://example.com/'), () => net.connect(443, 'example.com'), () => tls.connect(443, 'example.com'),",
        "  () => dns.lookup('example.com', () => {}), () => dns.promises.resolveSrv('_sip._tls.example.com'), () => http.get('http://example.com/'), () => https.request('https://example.com/')];",
        'for (const attempt of attempts) { try { await attempt(); } catch { /* the program carries on */ } }',
      ].join('\n'),
    );
    const run = await runNode(probe, [], trapped(scratch, log));
    expect(run.code).toBe(0);
    expect(
      readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(' ')[0]),
    ).toEqual(['globalThis.fetch', 'net.connect', 'tls.connect', 'dns.lookup', 'dns.promises.resolveSrv', 'http.get', 'https.request']);
  });

  it("the Action's lint path makes no connection when it has no API to talk to", async () => {
    const log = path.join(scratch, 'network.log');
    const run = await runBundledAction({
      workspace: exampleTree(),
      eventName: 'push',
      inputs: { token: '', 'fail-on': 'never', now: '2026-11-20' },
      nodeArgs: ['--import', NETWORK_TRAP],
      env: { NETWORK_TRAP_LOG: log },
    });
    expect(run.code).toBe(0);
    // 10 of the 13 errors (GitHub's cap) and the 2 warnings; the "not checked" note is no annotation.
    expect(run.commands.length).toBe(12);
    expect(JSON.parse(readFileSync(run.outputs['findings-file'], 'utf8')).findings.length).toBe(17);
    expect(existsSync(log)).toBe(false);
  });

  it('the CLI and library bundles import no networking module, but for the probe\'s chunk, which only the probe loads (the Action bundle also talks to the GitHub API)', () => {
    const networking = /^(node:)?(net|tls|dns|dns\/promises|http|https|http2|dgram|undici)$/;
    // esbuild writes static imports at the start of a line (names may span lines); bundled CommonJS calls (__)require().
    const statements = /^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)";$|^import\s*"([^"]+)";$|\bimport\(\s*"([^"]+)"\s*\)|(?<![\w$])(?:__)?require\(\s*"([^"]+)"\s*\)/gm;
    const isProbeChunk = (file: string) => /^live-probe-[A-Z0-9]+\.js$/.test(path.basename(file));
    /**
     * The modules a bundle entry imports, following its chunks, and the text of every file it is
     * made of; the probe's chunk is not followed but noted, with whether a static import reaches it.
     */
    const bundle = (entry: string) => {
      const visited = new Set<string>();
      const ownTexts: string[] = [];
      const modules = new Set<string>();
      const probe = { dynamic: 0, static: 0 };
      const visit = (file: string) => {
        visited.add(file);
        const text = readFileSync(file, 'utf8');
        // web-tree-sitter's fetch() is its browser path, for a grammar given as a URL; uclint gives
        // file paths, which it reads with fs (the trapped runs read a Terraform file to prove it).
        if (!path.basename(file).startsWith('web-tree-sitter-')) ownTexts.push(text);
        for (const m of text.matchAll(statements)) {
          const specifier = m[1] ?? m[2] ?? m[3] ?? m[4];
          if (!specifier.startsWith('.')) {
            modules.add(specifier);
            continue;
          }
          const target = path.resolve(path.dirname(file), specifier);
          if (isProbeChunk(target)) probe[m[3] === undefined ? 'static' : 'dynamic']++;
          else if (!visited.has(target)) visit(target);
        }
      };
      visit(entry);
      return { modules: [...modules], text: ownTexts.join('\n'), probe };
    };
    const cli = bundle(BUILT_CLI);
    const api = bundle(path.join(REPOSITORY_ROOT, 'dist/api.js'));
    const action = bundle(path.join(REPOSITORY_ROOT, 'dist/index.js'));
    // The walk sees the modules the bundles do use, so it would see a networking one.
    expect(cli.modules).toEqual(expect.arrayContaining(['node:fs', 'node:path', 'node:crypto']));
    expect(action.modules.filter((s) => networking.test(s))).toEqual(expect.arrayContaining(['http', 'https', 'node:net']));
    expect(cli.modules.filter((s) => networking.test(s))).toEqual([]);
    expect(api.modules.filter((s) => networking.test(s))).toEqual([]);
    expect(cli.text).not.toMatch(/\bfetch\(/);
    expect(api.text).not.toMatch(/\bfetch\(/);
    // The probe's chunk is reached by one dynamic import (lint() with `probe`), never by a static one.
    for (const { probe } of [cli, api, action]) expect(probe).toEqual({ dynamic: 1, static: 0 });
    // It is the only chunk of dist/ that imports a networking module, besides the Action's own.
    const chunks = readdirSync(path.join(REPOSITORY_ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js'));
    const probeChunk = chunks.filter(isProbeChunk);
    expect(probeChunk).toHaveLength(1);
    const probeModules = [...readFileSync(path.join(REPOSITORY_ROOT, 'dist/chunks', probeChunk[0]), 'utf8').matchAll(statements)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
    expect([...new Set(probeModules.filter((s) => networking.test(s)))].sort()).toEqual(['node:dns/promises', 'node:net', 'node:tls']);
  });

  it('a run with probe is what the trap sees: the chunk loads, every question and connection is trapped, and each is a finding, not a crash', async () => {
    const tree = exampleTree();
    const log = path.join(scratch, 'network.log');
    const run = await runBuiltCli(['probe', '--now', '2026-11-20', '-f', 'json', '--dns-server', '127.0.0.1:5399'], trapped(tree, log));
    expect(run.stderr).toBe('');
    const logged = readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split(' ')[0]);
    expect(logged[0]).toBe('load');
    // The example estate is on-premises Skype for Business: SRV questions, and CNAME first for each host (no A asked once that fails).
    expect(new Set(logged.slice(1))).toEqual(new Set(['dns.promises.Resolver.resolveSrv', 'dns.promises.Resolver.resolveCname']));
    const unreachable = (JSON.parse(run.stdout).findings as Array<{ ruleId: string; message: string }>).filter((f) => f.ruleId === 'live/unreachable');
    expect(unreachable.length).toBeGreaterThan(0);
    expect(unreachable[0].message).toMatch(/after 1 tries: EUNKNOWN$/);
  });
});

describe('nothing is written to the linted tree, and no connection is made', () => {
  it('every command and format, to standard output and to --output files elsewhere: no network call, every file and mtime of the tree as it was', async () => {
    const tree = exampleTree(true);
    const log = path.join(scratch, 'network.log');
    const outside = path.join(scratch, 'reports');
    mkdirSync(outside);
    const before = snapshot(tree);
    const runs = await everyCommand(tree, trapped(tree, log), outside);
    expect(runs.filter((r) => r.stderr !== '')).toEqual([]);
    // The example estate has errors: every lint exits 1; certs, rules and a run against the full baseline exit 0.
    expect(runs.map((r) => `${r.args[0] === '--format' ? 'lint' : r.args[0]} ${r.code}`)).toEqual([
      ...FORMATS.flatMap(() => ['lint 1', 'lint 1']),
      ...CERT_FORMATS.flatMap(() => ['certs 0', 'certs 0']),
      '--write-baseline 1',
      '--baseline 0',
      'rules 0',
      'rules 0',
    ]);
    expect(existsSync(log)).toBe(false);
    expect(snapshot(tree)).toEqual(before);
    // The reports went where they were asked to go.
    expect(readdirSync(outside).sort()).toEqual([...FORMATS.map((f) => `report.${f}`), ...CERT_FORMATS.map((f) => `certs.${f}`), 'baseline.json'].sort());
    // Two dozen runs, each under the trap and its module hook: more than the file's default time on a busy machine.
  }, 300_000);

  it('the Action writes its reports under RUNNER_TEMP, not into the checkout', async () => {
    const tree = exampleTree();
    const before = snapshot(tree);
    const run = await runBundledAction({ workspace: tree, eventName: 'push', inputs: { token: '', 'fail-on': 'never', now: '2026-11-20' } });
    expect(run.code).toBe(0);
    expect(snapshot(tree)).toEqual(before);
    expect(run.outputs['sarif-file'].startsWith(run.runnerTemp)).toBe(true);
    expect(run.outputs['findings-file'].startsWith(run.runnerTemp)).toBe(true);
  });
});

describe('nothing in the linted tree runs', () => {
  /**
   * A repository that tries every way a linter could be tricked into running its code:
   * a plugin in a committed node_modules, config files that are code, package.json
   * scripts, a plugin entry naming a path into the tree. Each writes `marker` if it runs.
   */
  function hostileTree(marker: string, config: string): string {
    const tree = path.join(scratch, 'hostile');
    mkdirSync(path.join(tree, 'zones'), { recursive: true });
    writeFileSync(path.join(tree, 'zones/example.com.zone'), '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n  IN NS ns1\nns1 IN A 192.0.2.1\n');
    installPackage(tree, 'evil', { 'index.js': markerModule(marker) });
    installPackage(tree, 'uclint-plugin-evil', { 'index.js': markerModule(marker) });
    for (const file of ['.uclint.js', '.uclint.cjs', 'uclint.config.js']) writeFileSync(path.join(tree, file), markerScript(marker));
    writeFileSync(path.join(tree, '.uclint.mjs'), markerModule(marker));
    const script = `node -e "require('fs').writeFileSync(${JSON.stringify(marker).replace(/"/g, '\\"')}, 'ran')"`;
    writeFileSync(
      path.join(tree, 'package.json'),
      JSON.stringify({ name: 'hostile', scripts: { preinstall: script, postinstall: script, prepare: script, pretest: script, uclint: script, lint: script } }),
    );
    writeFileSync(path.join(tree, '.uclint.yml'), config);
    return tree;
  }

  it('a clean config: the run lints the zone in every format and runs none of the code beside it', async () => {
    const marker = path.join(scratch, 'MARKER');
    const tree = hostileTree(marker, 'rules:\n  dns/duplicate-record: error\n');
    for (const args of [...FORMATS.map((format) => ['--format', format]), ['certs']]) {
      const run = await runBuiltCli(args, { cwd: tree });
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 0, stderr: '' });
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('plugins found inside the tree are refused before they are imported, at the line that names them', async () => {
    const marker = path.join(scratch, 'MARKER');
    const tree = hostileTree(marker, '# plugins from a committed node_modules\nplugins:\n  - uclint-plugin-evil\n  - "@evil/uclint-plugin-scoped"\n  - ./node_modules/evil/index.js\n  - evil\n');
    installPackage(tree, '@evil/uclint-plugin-scoped', { 'index.js': markerModule(marker) });
    const notAName = "is not a plugin's package name; a plugin is an installed package named uclint-plugin-<name> or @<scope>/uclint-plugin-<name>, written by that name alone (no paths, versions, URLs or file: specifiers)";
    const fromTree = await runBuiltCli(['--plugins-from', '.'], { cwd: tree });
    expect(fromTree.stderr.split('\n')).toEqual([
      `uclint: .uclint.yml:3:5: plugin 'uclint-plugin-evil': refused: ${path.join(tree, 'node_modules/uclint-plugin-evil')} is inside the tree being linted, and uclint never runs code from the files it checks; install the plugin outside it`,
      `uclint: .uclint.yml:4:5: plugin '@evil/uclint-plugin-scoped': refused: ${path.join(tree, 'node_modules/@evil/uclint-plugin-scoped')} is inside the tree being linted, and uclint never runs code from the files it checks; install the plugin outside it`,
      `uclint: .uclint.yml:5:5: plugins: './node_modules/evil/index.js' ${notAName}`,
      `uclint: .uclint.yml:6:5: plugins: 'evil' ${notAName}`,
      '',
    ]);
    expect(fromTree.code).toBe(2);

    // uclint installed inside the linted repository (a devDependency): its own node_modules is the tree's.
    const installed = path.join(tree, 'node_modules/uclint');
    cpSync(path.join(REPOSITORY_ROOT, 'dist'), path.join(installed, 'dist'), { recursive: true });
    writeFileSync(path.join(installed, 'package.json'), readFileSync(path.join(REPOSITORY_ROOT, 'package.json')));
    const fromOwnInstall = await runNode(path.join(installed, 'dist/cli.js'), ['--allow-plugins'], { cwd: tree });
    expect(fromOwnInstall.stderr).toContain(`uclint: .uclint.yml:3:5: plugin 'uclint-plugin-evil': refused: ${path.join(tree, 'node_modules/uclint-plugin-evil')} is inside the tree being linted`);
    expect(fromOwnInstall.code).toBe(2);

    // A directory outside the tree whose node_modules links into it: refused by the real path.
    const outside = path.join(scratch, 'outside');
    mkdirSync(path.join(outside, 'node_modules'), { recursive: true });
    symlinkSync(path.join(tree, 'node_modules/uclint-plugin-evil'), path.join(outside, 'node_modules/uclint-plugin-evil'));
    writeFileSync(path.join(tree, '.uclint.yml'), 'plugins: [uclint-plugin-evil]\n');
    const throughLink = await runBuiltCli(['--plugins-from', outside], { cwd: tree });
    expect(throughLink.stderr).toBe(
      `uclint: .uclint.yml:1:11: plugin 'uclint-plugin-evil': refused: ${path.join(tree, 'node_modules/uclint-plugin-evil')} is inside the tree being linted, and uclint never runs code from the files it checks; install the plugin outside it\n`,
    );
    expect(throughLink.code).toBe(2);

    // The tree's node_modules is a link to a directory outside: still the tree choosing the code, refused by the path found.
    rmSync(path.join(tree, 'node_modules'), { recursive: true });
    installPackage(outside, 'uclint-plugin-elsewhere', { 'index.js': markerModule(marker) });
    symlinkSync(path.join(outside, 'node_modules'), path.join(tree, 'node_modules'));
    writeFileSync(path.join(tree, '.uclint.yml'), 'plugins: [uclint-plugin-elsewhere]\n');
    const linkedModules = await runBuiltCli(['--plugins-from', '.'], { cwd: tree });
    expect(linkedModules.stderr).toContain(`refused: ${path.join(tree, 'node_modules/uclint-plugin-elsewhere')} is inside the tree being linted`);
    expect(linkedModules.code).toBe(2);

    expect(existsSync(marker)).toBe(false);
  });

  /**
   * uclint installed in the repository's own node_modules (a devDependency), a plugin
   * committed beside it, and a run narrower than the repository: `cd repo/dns && uclint
   * --config ../.uclint.yml .`. The lint root is `dns`, but the tree is the whole repository.
   */
  it.each([
    ['with .git, the config named', true, ['--config', '../.uclint.yml', '.']],
    ['with .git, the config found upwards', true, ['.']],
    ['without .git, the config named (its directory is part of the tree)', false, ['--config', '../.uclint.yml', '.']],
  ])('a plugin committed to the repository never runs when a subdirectory is linted (%s)', async (_, git, args) => {
    const marker = path.join(scratch, 'MARKER');
    const repo = hostileTree(marker, 'plugins: [uclint-plugin-evil]\n');
    if (git) mkdirSync(path.join(repo, '.git'));
    const dns = path.join(repo, 'dns');
    mkdirSync(dns);
    writeFileSync(path.join(dns, 'example.com.zone'), readFileSync(path.join(repo, 'zones/example.com.zone')));
    const installed = path.join(repo, 'node_modules/uclint');
    cpSync(path.join(REPOSITORY_ROOT, 'dist'), path.join(installed, 'dist'), { recursive: true });
    writeFileSync(path.join(installed, 'package.json'), readFileSync(path.join(REPOSITORY_ROOT, 'package.json')));
    const cli = path.join(installed, 'dist/cli.js');
    const configName = path.join(repo, '.uclint.yml');

    const notAllowed = await runNode(cli, args, { cwd: dns });
    expect(notAllowed.stderr).toBe(
      `uclint: ${configName}:1:1: plugins are not loaded: a configuration may name plugins only when the command line allows them (--allow-plugins, or --plugins-from naming where they are installed)\n`,
    );
    expect(notAllowed.code).toBe(2);

    const allowed = await runNode(cli, ['--allow-plugins', ...args], { cwd: dns });
    expect(allowed.stderr).toBe(
      `uclint: ${configName}:1:11: plugin 'uclint-plugin-evil': refused: ${path.join(repo, 'node_modules/uclint-plugin-evil')} is inside the tree being linted, and uclint never runs code from the files it checks; install the plugin outside it\n`,
    );
    expect(allowed.code).toBe(2);
    expect(existsSync(marker)).toBe(false);
  });
});
