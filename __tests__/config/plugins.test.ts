/**
 * Rule packs from installed packages (`plugins:` in .uclint.yml), through the bundled CLI and
 * Action: what loads, from where, what joins the registry, and every refusal with its line.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { runBundledAction } from '../action/action-harness.js';
import { REPOSITORY_ROOT, runBuiltCli, runNode } from '../helpers/built-cli.js';
import { installPackage, markerModule } from '../helpers/packages.js';

jest.setTimeout(60_000);

const ZONE = ['$ORIGIN example.com.', '$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '  IN NS ns1', 'ns1 IN A 192.0.2.1', 'www IN A 192.0.2.80', ''].join('\n');

/** A rule of the `acme` pack: every A record whose owner starts with `www` is reported. */
function acmeRule(id = 'acme/no-www', extra = ''): string {
  return `{
    id: '${id}',
    meta: {
      description: 'Hosts are not called www',
      rationale: 'House style of ACME.',
      severity: 'warning',
      recommended: true,
      citations: [{ source: 'ACME DNS handbook', section: '2.1' }],
      messages: { www: '{{name}} starts with www' },
      ${extra}
    },
    check({ estate, report }) {
      for (const record of estate.records('A')) if (record.name.startsWith('www.')) report({ node: record, messageId: 'www', data: { name: record.name } });
    },
  }`;
}

let scratch: string;
let tree: string;
let installed: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'uclint-plugins-'));
  tree = path.join(scratch, 'estate');
  installed = path.join(scratch, 'tools');
  mkdirSync(path.join(tree, 'zones'), { recursive: true });
  writeFileSync(path.join(tree, 'zones/example.com.zone'), ZONE);
  installPackage(installed, 'uclint-plugin-acme', { 'index.js': `export default [${acmeRule()}];\n` });
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function config(text: string): void {
  writeFileSync(path.join(tree, '.uclint.yml'), text);
}

describe('a plugin installed outside the tree', () => {
  it('joins the registry: presets, rules settings, suppressions and SARIF treat its rules as uclint treats its own', async () => {
    config('plugins: [uclint-plugin-acme]\n');
    const recommended = await runBuiltCli(['--plugins-from', installed, '--format', 'json'], { cwd: tree });
    expect(recommended.stderr).toBe('');
    expect(JSON.parse(recommended.stdout).findings.map((f: { ruleId: string; line: number; severity: string; message: string }) => `${f.line} ${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
      '6 warning acme/no-www www.example.com. starts with www',
    ]);
    expect(recommended.code).toBe(0);

    config('plugins: [uclint-plugin-acme]\nrules:\n  acme/no-www: error\n');
    const sarifRun = await runBuiltCli(['--plugins-from', installed, '--format', 'sarif'], { cwd: tree });
    expect(sarifRun.code).toBe(1);
    const sarif = JSON.parse(sarifRun.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string; shortDescription: { text: string } }> } }; results: Array<{ ruleId: string; level: string }> }> };
    const descriptor = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'acme/no-www');
    expect(descriptor).toMatchObject({ id: 'acme/no-www', shortDescription: { text: 'Hosts are not called www.' } });
    expect(descriptor?.helpUri).toBeUndefined();
    expect(sarif.runs[0].results.map((r) => `${r.ruleId} ${r.level}`)).toEqual(['acme/no-www error']);

    writeFileSync(path.join(tree, 'zones/example.com.zone'), ZONE.replace('www IN', '; uclint-disable-next-line acme/no-www -- the web team owns this name\nwww IN'));
    const suppressed = await runBuiltCli(['--plugins-from', installed, '--rule', 'acme/no-www:warn'], { cwd: tree });
    expect(suppressed.stdout).toBe('✓ 0 problems (0 errors, 0 warnings, 0 info) in 1 file, 1 suppressed\n');
    expect(suppressed.code).toBe(0);
  });

  it("is found by default in the node_modules of uclint's own installation, and the bundle's dynamic import loads it", async () => {
    const uclint = path.join(installed, 'node_modules/uclint');
    cpSync(path.join(REPOSITORY_ROOT, 'dist'), path.join(uclint, 'dist'), { recursive: true });
    cpSync(path.join(REPOSITORY_ROOT, 'package.json'), path.join(uclint, 'package.json'));
    installPackage(installed, '@acme/uclint-plugin-rules', { 'lib/rules.js': `export default [${acmeRule('acme2/no-www')}];\n` }, { exports: { '.': { import: './lib/rules.js', require: './lib/rules.cjs' } } });
    config('plugins: [uclint-plugin-acme, "@acme/uclint-plugin-rules"]\n');
    const run = await runNode(path.join(uclint, 'dist/cli.js'), ['--allow-plugins'], { cwd: tree });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ {2}6:1 +warning +www\.example\.com\. starts with www +acme\/no-www$/m);
    expect(run.stdout).toMatch(/^ {2}6:1 +warning +www\.example\.com\. starts with www +acme2\/no-www$/m);
    expect(run.code).toBe(0);

    // The built-in bundle, installed elsewhere, does not see them.
    const elsewhere = await runBuiltCli(['--allow-plugins'], { cwd: tree });
    expect(elsewhere.stderr).toMatch(/^uclint: \.uclint\.yml:1:11: plugin 'uclint-plugin-acme': no installed package of that name in node_modules of .* or its parents; install it beside uclint$/m);
    expect(elsewhere.code).toBe(2);
  });
});

describe('refusals: exit 2 with the line of the entry at fault, nothing imported that was refused', () => {
  it('says what is wrong with each plugin that cannot be used', async () => {
    const marker = path.join(scratch, 'MARKER');
    installPackage(installed, 'uclint-plugin-not-a-list', { 'index.js': `export default { rules: [${acmeRule('other/no-www')}] };\n` });
    installPackage(installed, 'uclint-plugin-bad-rules', { 'index.js': `export default [{ id: 'Bad Id', meta: {} }, { ...${acmeRule('bad/rule')}, check: undefined, meta: { ...${acmeRule('bad/rule')}.meta, severity: 'fatal', messages: {}, options: { type: 'nonsense' }, families: ['voip'] } }];\n` });
    installPackage(installed, 'uclint-plugin-takes-dns', { 'index.js': `export default [${acmeRule('dns/no-www')}];\n` });
    installPackage(installed, 'uclint-plugin-acme-again', { 'index.js': `export default [${acmeRule('acme/other')}];\n` });
    installPackage(installed, 'uclint-plugin-throws', { 'index.js': "throw new Error('cannot start');\n" });
    installPackage(installed, 'uclint-plugin-escapes', { 'index.js': markerModule(marker) }, { exports: '../uclint-plugin-acme/index.js' });
    config(
      [
        'plugins:',
        '  - uclint-plugin-acme',
        '  - uclint-plugin-not-a-list',
        '  - uclint-plugin-bad-rules',
        '  - uclint-plugin-takes-dns',
        '  - uclint-plugin-acme-again',
        '  - uclint-plugin-throws',
        '  - uclint-plugin-escapes',
        '  - uclint-plugin-not-installed',
        '  - uclint-plugin-acme',
        'rules:',
        '  takes/no-www: error',
        '  other/no-www: error',
        '  acme/no-www: error',
        '',
      ].join('\n'),
    );
    const run = await runBuiltCli(['--plugins-from', installed], { cwd: tree });
    expect(run.stderr.split('\n')).toEqual([
      "uclint: .uclint.yml:3:5: plugin 'uclint-plugin-not-a-list': its default export must be an array of rules (defineRule objects)",
      "uclint: .uclint.yml:4:5: plugin 'uclint-plugin-bad-rules': rule 0 (Bad Id): id must be <pack>/<rule-name> (lower-case letters, digits, hyphens); rule 0 (Bad Id): check must be a function; rule 0 (Bad Id): meta.description must be a non-empty string; rule 0 (Bad Id): meta.rationale must be a string; rule 0 (Bad Id): meta.severity must be one of: error, warning, info; rule 0 (Bad Id): meta.recommended must be true or false; rule 0 (Bad Id): meta.citations must be a list of { source, section?, url? }; rule 0 (Bad Id): meta.messages must map message ids to strings; rule 1 (bad/rule): check must be a function; rule 1 (bad/rule): meta.severity must be one of: error, warning, info; rule 1 (bad/rule): meta.messages must map message ids to strings; rule 1 (bad/rule): meta.families must be 'all' or a list of: lync, legacy, teams, cisco, sip; rule 1 (bad/rule): meta.options is not a usable JSON Schema: schema is invalid: data/type must be equal to one of the allowed values, data/type must be array, data/type must match a schema in anyOf",
      "uclint: .uclint.yml:5:5: plugin 'uclint-plugin-takes-dns': rule dns/no-www is in pack 'dns', which is one of uclint's own; a plugin's rules need a pack name of their own",
      "uclint: .uclint.yml:6:5: plugin 'uclint-plugin-acme-again': rule acme/other is in pack 'acme', which plugin 'uclint-plugin-acme' uses; a plugin's rules need a pack name of their own",
      expect.stringMatching(/^uclint: \.uclint\.yml:7:5: plugin 'uclint-plugin-throws': importing .*\/node_modules\/uclint-plugin-throws\/index\.js failed: cannot start$/),
      "uclint: .uclint.yml:8:5: plugin 'uclint-plugin-escapes': its package.json names no entry file that exists (exports \".\" with an import, node or default condition, or main)",
      `uclint: .uclint.yml:9:5: plugin 'uclint-plugin-not-installed': no installed package of that name in node_modules of ${installed} or its parents; install it beside uclint`,
      "uclint: .uclint.yml:2:3: plugins: 'uclint-plugin-acme' is listed twice",
      // No 'unknown rule' for the rules of plugins that did not load: their own errors say why.
      '',
    ]);
    expect(run.code).toBe(2);
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses names that are not a plugin\'s package name, before looking anything up: no other installed package is imported', async () => {
    const marker = path.join(scratch, 'MARKER');
    // Packages a config could otherwise import for their side effects: any name installed beside uclint.
    for (const name of ['jest', '@acme/rules', 'uclint-plugin', 'acme-uclint-plugin-x']) installPackage(installed, name, { 'index.js': markerModule(marker) });
    config(
      [
        'plugins:',
        '  - ./tools/node_modules/uclint-plugin-acme',
        '  - "file:../tools/node_modules/uclint-plugin-acme"',
        `  - ${installed}/node_modules/uclint-plugin-acme/index.js`,
        '  - uclint-plugin-acme@1.0.0',
        '  - https://example.com/plugin.js',
        '  - Uclint-Plugin-Acme',
        '  - jest',
        '  - "@acme/rules"',
        '  - uclint-plugin',
        '  - acme-uclint-plugin-x',
        '',
      ].join('\n'),
    );
    const run = await runBuiltCli(['--plugins-from', installed], { cwd: tree });
    const why =
      "is not a plugin's package name; a plugin is an installed package named uclint-plugin-<name> or @<scope>/uclint-plugin-<name>, written by that name alone (no paths, versions, URLs or file: specifiers)";
    expect(run.stderr).toBe(
      [
        `uclint: .uclint.yml:2:5: plugins: './tools/node_modules/uclint-plugin-acme' ${why}`,
        `uclint: .uclint.yml:3:5: plugins: 'file:../tools/node_modules/uclint-plugin-acme' ${why}`,
        `uclint: .uclint.yml:4:5: plugins: '${installed}/node_modules/uclint-plugin-acme/index.js' ${why}`,
        `uclint: .uclint.yml:5:5: plugins: 'uclint-plugin-acme@1.0.0' ${why}`,
        `uclint: .uclint.yml:6:5: plugins: 'https://example.com/plugin.js' ${why}`,
        `uclint: .uclint.yml:7:5: plugins: 'Uclint-Plugin-Acme' ${why}`,
        `uclint: .uclint.yml:8:5: plugins: 'jest' ${why}`,
        `uclint: .uclint.yml:9:5: plugins: '@acme/rules' ${why}`,
        `uclint: .uclint.yml:10:5: plugins: 'uclint-plugin' ${why}`,
        `uclint: .uclint.yml:11:5: plugins: 'acme-uclint-plugin-x' ${why}`,
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(2);
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses every plugin unless the command line allows them (--allow-plugins or --plugins-from), at the plugins key', async () => {
    const marker = path.join(scratch, 'MARKER');
    installPackage(installed, 'uclint-plugin-marker', { 'index.js': markerModule(marker) });
    const uclint = path.join(installed, 'node_modules/uclint');
    cpSync(path.join(REPOSITORY_ROOT, 'dist'), path.join(uclint, 'dist'), { recursive: true });
    cpSync(path.join(REPOSITORY_ROOT, 'package.json'), path.join(uclint, 'package.json'));
    config('# house rules\nplugins: [uclint-plugin-marker]\n');
    const refused = await runNode(path.join(uclint, 'dist/cli.js'), [], { cwd: tree });
    expect(refused.stderr).toBe(
      'uclint: .uclint.yml:2:1: plugins are not loaded: a configuration may name plugins only when the command line allows them (--allow-plugins, or --plugins-from naming where they are installed)\n',
    );
    expect(refused.code).toBe(2);
    expect(existsSync(marker)).toBe(false);

    const allowed = await runNode(path.join(uclint, 'dist/cli.js'), ['--allow-plugins'], { cwd: tree });
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });
});

describe('in the Action', () => {
  it('refuses plugins unless plugins-from names where they are installed, and never loads them from the checkout', async () => {
    config('plugins: [uclint-plugin-acme]\n');
    const refused = await runBundledAction({ workspace: tree, eventName: 'push' });
    expect(refused.stdout).toContain(
      '::error title=uclint,file=.uclint.yml,line=1,col=1::plugins are not loaded: the Action loads plugins only when its plugins-from input names the directory they are installed in, outside the checkout',
    );
    expect(refused.code).toBe(1);

    const loaded = await runBundledAction({ workspace: tree, eventName: 'push', inputs: { 'plugins-from': installed } });
    expect(loaded.commands).toEqual([expect.stringMatching(/^::warning file=zones\/example\.com\.zone,line=6,.*title=acme\/no-www::www\.example\.com\. starts with www$/)]);
    expect(loaded.code).toBe(0);

    // Linting a subdirectory: the checkout's own node_modules is outside the lint root, but inside the checkout.
    cpSync(path.join(installed, 'node_modules'), path.join(tree, 'node_modules'), { recursive: true });
    writeFileSync(path.join(tree, 'zones/.uclint.yml'), 'plugins: [uclint-plugin-acme]\n');
    const fromCheckout = await runBundledAction({ workspace: tree, eventName: 'push', inputs: { paths: 'zones', 'plugins-from': '.' } });
    expect(fromCheckout.stdout).toContain(`plugin 'uclint-plugin-acme': refused: ${path.join(tree, 'node_modules/uclint-plugin-acme')} is inside the tree being linted`);
    expect(fromCheckout.code).toBe(1);
    expect(readFileSync(path.join(tree, '.uclint.yml'), 'utf8')).toBe('plugins: [uclint-plugin-acme]\n');
  });
});
