import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runCli, parseDate } from '../../src/cli.js';
import { VERSION } from '../../src/version.js';
import { badAddressZone } from '../helpers/bad-zone.js';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

let dir: string;

function write(rel: string, text: string): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function run(args: string[], isTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY,
    cwd: dir,
    env: {},
  });
  return { code, stdout, stderr };
}

const EXTERNAL = [
  '$ORIGIN contoso.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 3600 600 86400 300',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.53',
  '_sipfederationtls._tcp IN SRV 0 0 5062 sip',
  'sip IN A 192.0.2.10',
  '',
].join('\n');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('uclint CLI', () => {
  it('prints findings grouped by file with line:col and exits 1 on errors', async () => {
    write('dns/external/contoso.com.zone', EXTERNAL);
    const { code, stdout } = await run(['--rule', 'lync/discovery-records:off']);
    expect(code).toBe(1);
    expect(stdout).toContain('dns/external/contoso.com.zone\n');
    expect(stdout).toMatch(/^ {2}6:1 +error +.*5062.*sip\/srv-port$/m);
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours only on a TTY, and --no-color wins', async () => {
    write('dns/external/contoso.com.zone', EXTERNAL);
    expect((await run([], true)).stdout).toContain('\u001b[31m');
    expect((await run(['--no-color'], true)).stdout).not.toContain('\u001b[');
  });

  it('--format json lists the same findings with locations', async () => {
    write('dns/external/contoso.com.zone', EXTERNAL);
    const { code, stdout } = await run(['--format', 'json', '--rule', 'lync/discovery-records:off']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const srv = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'sip/srv-port');
    expect(srv).toEqual([
      expect.objectContaining({ file: 'dns/external/contoso.com.zone', line: 6, column: 1, severity: 'error', messageId: 'wrongPort' }),
    ]);
    expect(report.counts.error).toBeGreaterThanOrEqual(1);
  });

  it('--rule off silences a rule; exit 0 with no errors', async () => {
    write('dns/external/contoso.com.zone', EXTERNAL);
    const { code, stdout } = await run(['--rule', 'sip/srv-port:off', '--rule', 'lync/discovery-records:off', '--quiet']);
    expect(stdout).not.toContain('sip/srv-port');
    expect(code).toBe(0);
  });

  it('--max-warnings turns warnings into exit 1', async () => {
    write('dns/external/contoso.com.zone', EXTERNAL);
    const args = ['--rule', 'sip/srv-port:warn', '--rule', 'lync/discovery-records:off'];
    expect((await run([...args, '--max-warnings', '0'])).code).toBe(1);
    expect((await run([...args, '--max-warnings', '100'])).code).toBe(0);
  });

  it('--max-findings-per-file bounds the findings of a rule in a file, and takes a whole number from 1 to 1,000,000', async () => {
    write('b.test.zone', badAddressZone(5));
    const { code, stdout } = await run(['--max-findings-per-file', '2', '-f', 'json']);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: Array<{ messageId: string; line: number; data?: unknown }> }).findings;
    expect(findings.filter((f) => f.messageId === 'zone/bad-address').map((f) => f.line)).toEqual([6, 7]);
    expect(findings.filter((f) => f.messageId === 'zone/too-many-diagnostics').map((f) => [f.line, f.data])).toEqual([
      [8, { code: 'zone/bad-address', count: 3, limit: 2 }],
    ]);
    for (const value of ['0', 'x', '2.5', '1000001']) {
      const usage = await run(['--max-findings-per-file', value]);
      expect([usage.code, usage.stderr.split('\n')[0]]).toEqual([2, `uclint: --max-findings-per-file takes a whole number from 1 to 1,000,000, not '${value}'`]);
    }
  });

  it('a bad config exits 2 naming the key and its line', async () => {
    write('.uclint.yml', 'extends: [uclint:recommended]\nrules:\n  sip/srv-prot: error\n');
    write('a.zone', EXTERNAL);
    const { code, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.uclint\.yml:3:\d+: .*sip\/srv-prot.*sip\/srv-port/);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['--format', 'xml'])).code).toBe(2);
    expect((await run(['--now', '2026-13-40'])).code).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
    expect((await run(['no/such/path'])).code).toBe(2);
    expect((await run(['--rule', 'nope/nothing:error'])).code).toBe(2);
  });

  it('an unknown format is a usage error that lists the formats, and --help describes each', async () => {
    const { code, stderr } = await run(['--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toBe("uclint: unknown format 'xml' (stylish, json, sarif, github, markdown)\nRun 'uclint --help' for usage.\n");
    const help = (await run(['--help'])).stdout;
    for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown']) expect(help).toMatch(new RegExp(`^ {34}${format} +\\S`, 'm'));
  });

  it('--quiet keeps only errors in the sarif, github and markdown formats too', async () => {
    write('dns/external/contoso.com.zone', `${EXTERNAL}dup IN A 192.0.2.1\ndup 60 IN A 192.0.2.2\n`);
    const sarif = JSON.parse((await run(['--format', 'sarif', '--quiet', '--rule', 'lync/discovery-records:off'])).stdout);
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => `${r.level} ${r.ruleId}`)).toEqual(['error sip/srv-port']);
    const github = (await run(['--format', 'github', '--quiet', '--rule', 'lync/discovery-records:off'])).stdout;
    expect(github).toBe('::error file=dns/external/contoso.com.zone,line=6,endLine=6,col=1,endColumn=43,title=sip/srv-port::SRV _sipfederationtls._tcp.contoso.com targets sip.contoso.com on port 5062; the _sipfederationtls._tcp service uses port 5061\n');
    const markdown = (await run(['--format', 'markdown', '--quiet', '--rule', 'lync/discovery-records:off'])).stdout;
    expect(markdown).toContain('✖ 2 problems (1 error, 1 warning, 0 info) in 1 file');
    expect(markdown.split('\n').filter((line) => /^\| (?:error|warning|info) \| /.test(line))).toHaveLength(1);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    write('dns/external/contoso.com.zone', EXTERNAL);
    const { stdout } = await run(['--format', 'json', '--output', 'report.json']);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).version).toBe(1);
  });

  it('a syntax error is a parse/zone finding at its line, and other files are still linted', async () => {
    write('dns/external/broken.com.zone', '$ORIGIN broken.com.\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\nwww IN A 300.1.1.1\n@ IN NS ns1.contoso.com.\n');
    write('dns/external/contoso.com.zone', EXTERNAL);
    const { code, stdout } = await run(['--rule', 'lync/discovery-records:off']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/dns\/external\/broken\.com\.zone\n {2}3:\d+ +error .* parse\/zone/);
    expect(stdout).toMatch(/dns\/external\/contoso\.com\.zone\n {2}6:1 /);
  });

  it('baseline: write, then only new findings count', async () => {
    write('dns/external/contoso.com.zone', EXTERNAL);
    expect((await run(['--write-baseline', 'base.json'])).code).toBe(1);
    expect(existsSync(path.join(dir, 'base.json'))).toBe(true);
    // Lines shift; the accepted finding stays accepted.
    write('dns/external/contoso.com.zone', '; a new comment\n' + EXTERNAL);
    const again = await run(['--baseline', 'base.json']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/suppressed/);
    expect((await run(['--baseline', 'missing.json'])).code).toBe(2);
  });

  it('inline suppression removes the finding; an unused one is reported', async () => {
    write(
      'dns/external/contoso.com.zone',
      EXTERNAL.replace('_sipfederationtls', '; uclint-disable-next-line sip/srv-port -- edge behind NAT\n_sipfederationtls') +
        '; uclint-disable-next-line sip/srv-port -- stale\nwww IN A 192.0.2.80\n',
    );
    const { stdout } = await run(['--format', 'json', '--rule', 'lync/discovery-records:off']);
    const report = JSON.parse(stdout);
    const active = report.findings.filter((f: { suppressed?: unknown }) => !f.suppressed);
    expect(active.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`)).toContain('uclint/unused-suppression@9');
    expect(active.some((f: { ruleId: string }) => f.ruleId === 'sip/srv-port')).toBe(false);
    expect(report.counts.suppressed).toBe(1);
  });

  it('uclint rules lists every rule with pack, severity and description', async () => {
    const { code, stdout } = await run(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout);
    expect(rules).toContainEqual(expect.objectContaining({ id: 'sip/srv-port', pack: 'sip', severity: 'error' }));
    expect(rules).toContainEqual(expect.objectContaining({ id: 'teams/online-records', pack: 'teams', severity: 'error', families: ['teams'] }));
    expect(rules).toContainEqual(expect.objectContaining({ id: 'firewall/vpn-media-block', families: ['lync', 'legacy'] }));
    expect(rules).toContainEqual(expect.objectContaining({ id: 'dns/dangling-target', families: 'all' }));
    expect([...new Set(rules.map((r: { pack: string }) => r.pack))].sort()).toEqual(['cisco', 'dns', 'firewall', 'ice', 'live', 'lync', 'sip', 'teams', 'vpn', 'x509']);
    const listing = (await run(['rules'])).stdout;
    expect(listing).toMatch(/^sip\/srv-port +error/m);
    expect(listing).toMatch(/^teams\/hybrid-consistency +error/m);
  });

  it('rules --preset lists what a preset turns on, with its severity and options', async () => {
    const { code, stdout } = await run(['rules', '--preset', 'uclint:teams']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^uclint:teams \(settings\.product: teams\): 44 rules on$/);
    expect(lines[1]).toMatch(/^RULE +SEVERITY +REC +DESCRIPTION$/);
    expect(stdout).toMatch(/^x509\/wildcard +error +yes +Wildcards .* options: \{"allowWildcardSubject":true\}$/m);
    expect(stdout).toMatch(/^sip\/srv-port +error +yes +Lync, Skype for Business, federation/m);
    expect(stdout).not.toMatch(/^(lync|cisco)\//m);

    const json = JSON.parse((await run(['rules', '--preset', 'uclint:lync2010', '--format', 'json'])).stdout) as Array<{ id: string; options?: unknown }>;
    expect(json.find((r) => r.id === 'lync/dns-load-balancing')).toMatchObject({ severity: 'error', options: { maxServers: 10 } });
    expect(json.find((r) => r.id === 'sip/srv-port')).not.toHaveProperty('options');
    expect(json.some((r) => r.id.startsWith('cisco/'))).toBe(false);
  });

  it('rules --preset with an unknown name, or --preset on a lint run, is a usage error', async () => {
    expect(await run(['rules', '--preset', 'uclint:team'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "uclint: unknown preset 'uclint:team'; did you mean 'uclint:teams'?\nRun 'uclint --help' for usage.\n",
    });
    expect((await run(['--preset', 'uclint:teams'])).stderr).toMatch(/^uclint: --preset belongs to `uclint rules`/);
  });

  it('--version and --help', async () => {
    expect((await run(['--version'])).stdout).toBe(`${VERSION}\n`);
    expect((await run(['--help'])).stdout).toContain('Exit codes');
  });
});

describe('parseDate', () => {
  it('takes calendar dates as UTC midnight and rejects impossible ones', () => {
    expect(parseDate('2026-11-20')?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(parseDate('2026-02-30')).toBeUndefined();
    expect(parseDate('tomorrow')).toBeUndefined();
    expect(parseDate('2026-11-20T12:00:00Z')?.toISOString()).toBe('2026-11-20T12:00:00.000Z');
  });

  it('reads a date-time without a zone as UTC, like settings.now, whatever the machine\'s time zone', () => {
    expect(parseDate('2026-11-20T12:00')?.toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(parseDate('2026-11-20 12:00:00+02:00')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(parseDate('2026-11-20T25:00')).toBeUndefined();
  });
});

describe('package', () => {
  it('VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(HERE, '../../package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
