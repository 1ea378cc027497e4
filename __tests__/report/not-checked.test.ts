/**
 * "Not checked" notes are not problems: no reporter counts them in its totals or lists them
 * by default; one line after the totals says how many checks were skipped and why;
 * `--verbose` and the JSON output list them; GitHub annotations and SARIF results leave them out.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { countFindings, type Finding } from '../../src/core/types.js';
import { formatGithub } from '../../src/report/github.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { notCheckedSummary } from '../../src/report/not-checked.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { RULES } from '../../src/rules.generated.js';
import { finding, resultOf } from '../helpers/lint-result.js';

const VIEW_UNKNOWN = "the zone's view (internal or external) is unknown";
const note = (ruleId: string, file: string, reason: string): Finding =>
  finding({ ruleId, file, severity: 'info', messageId: 'notChecked', message: `not checked: ${reason}`, data: { reason } });

const NOTES = [
  note('lync/discovery-records', 'dns/a.zone', `${VIEW_UNKNOWN}, so its SIP discovery records were not judged`),
  note('dns/private-address-external', 'dns/a.zone', `${VIEW_UNKNOWN}, so its non-public addresses were not judged`),
  note('teams/online-records', 'dns/b.zone', `${VIEW_UNKNOWN}, so its Microsoft 365 records were not judged`),
  note('lync/web-services-load-balancing', 'topology.yml', 'which names are web services FQDNs is known from a topology only (kind: Topology)'),
];
const PROBLEM = finding({ ruleId: 'sip/srv-port', file: 'dns/a.zone', line: 4, severity: 'warning', message: 'port 5062, not 5061' });
const FINDINGS = [PROBLEM, ...NOTES];

describe('counting', () => {
  it('counts notes apart from every severity', () => {
    expect(countFindings(FINDINGS)).toEqual({ error: 0, warning: 1, info: 0, suppressed: 0, notChecked: 4 });
  });

  it('the summary groups by cause, most frequent first, and counts the rest past three causes', () => {
    expect(notCheckedSummary(FINDINGS)).toBe(
      `ℹ 4 checks skipped (--verbose lists them): 3 because ${VIEW_UNKNOWN}; 1 because which names are web services FQDNs is known from a topology only (kind: Topology)`,
    );
    expect(notCheckedSummary([NOTES[0]])).toBe(`ℹ 1 check skipped because ${VIEW_UNKNOWN} (--verbose lists them)`);
    const many = ['a', 'b', 'c', 'd', 'e'].map((cause) => note('x/y', 'f', `${cause} is unknown, so nothing`));
    expect(notCheckedSummary(many)).toBe('ℹ 5 checks skipped (--verbose lists them): 1 because a is unknown; 1 because b is unknown; 1 because c is unknown; 2 for 2 other reasons');
    expect(notCheckedSummary([PROBLEM])).toBeUndefined();
    expect(notCheckedSummary([{ ...NOTES[0], suppressed: { kind: 'baseline' } }])).toBeUndefined();
  });
});

describe('reporters', () => {
  const result = resultOf(FINDINGS);

  it('stylish: the problem only, totals without the notes, then the line; --verbose lists them', () => {
    expect(formatStylish(FINDINGS, { color: false, counts: result.counts, filesLinted: 2 })).toBe(
      [
        'dns/a.zone',
        '  4:1     warning port 5062, not 5061  sip/srv-port',
        '',
        '✖ 1 problem (0 errors, 1 warning, 0 info) in 2 files',
        `ℹ 4 checks skipped (--verbose lists them): 3 because ${VIEW_UNKNOWN}; 1 because which names are web services FQDNs is known from a topology only (kind: Topology)`,
        '',
      ].join('\n'),
    );
    const verbose = formatStylish(FINDINGS, { color: false, counts: result.counts, filesLinted: 2, verbose: true });
    expect(verbose.split('\n').filter((line) => line.includes('not checked:'))).toHaveLength(4);
    expect(verbose).toContain('✖ 1 problem (0 errors, 1 warning, 0 info) in 2 files\nℹ 4 checks skipped (listed above): ');
  });

  it('a run whose only findings are notes is clean', () => {
    const clean = resultOf(NOTES);
    expect(formatStylish(NOTES, { color: false, counts: clean.counts, filesLinted: 2 }).split('\n')[0]).toBe('✓ 0 problems (0 errors, 0 warnings, 0 info) in 2 files');
  });

  it('github annotations and SARIF results leave the notes out', () => {
    expect(formatGithub(FINDINGS).trim().split('\n')).toEqual(['::warning file=dns/a.zone,line=4,endLine=4,col=1,endColumn=10,title=sip/srv-port::port 5062, not 5061']);
    const sarif = JSON.parse(formatSarif(result, { rules: RULES })) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual(['sip/srv-port']);
  });

  it('markdown: no row and no pack count for a note, the line after the totals', () => {
    const markdown = formatMarkdown(result);
    expect(markdown.split('\n').filter((line) => line.startsWith('| warning') || line.startsWith('| info'))).toHaveLength(1);
    expect(markdown).toContain('| sip | 0 | 1 | 0 |');
    expect(markdown).not.toContain('| lync |');
    expect(markdown).toContain(`ℹ 4 checks skipped (uclint --format json lists them): 3 because the zone's view (internal or external) is unknown;`);
  });
});

describe('the CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-notes-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd: dir, env: {} });
    return { code, stdout, stderr };
  }

  it('a zone of unknown view: no problem, one line; --verbose and JSON list the notes', async () => {
    mkdirSync(path.join(dir, 'dns'));
    writeFileSync(path.join(dir, 'dns/contoso.com.zone'), '$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n_sip._tls IN SRV 0 0 443 sip\nsip IN A 10.0.0.5\n');
    const plain = await run(['.']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^✓ 0 problems \(0 errors, 0 warnings, 0 info\) in 1 file\nℹ \d+ checks? skipped .*because the zone's view \(internal or external\) is unknown/);
    const verbose = await run(['--verbose', '.']);
    expect(verbose.stdout).toContain('info    not checked: the zone\'s view (internal or external) is unknown');
    const json = JSON.parse((await run(['-f', 'json', '.'])).stdout) as { counts: Record<string, number>; findings: Array<{ messageId?: string }> };
    expect(json.counts.info).toBe(0);
    expect(json.counts.notChecked).toBeGreaterThan(0);
    expect(json.findings.filter((f) => f.messageId === 'notChecked')).toHaveLength(json.counts.notChecked);
  });

  it('a run that reads no file exits 2 and names the paths, like ESLint\'s "No files matching"', async () => {
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs/README.md'), '# nothing to lint\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'plain text\n');
    for (const args of [[], ['docs'], ['docs', 'notes.txt']]) {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      const named = (args.length ? args : ['.']).map((p) => JSON.stringify(p)).join(', ');
      expect(stderr).toBe(
        `uclint: no files to lint: nothing in ${named} is a file uclint reads (zone files, registry exports, Group Policy registry files, certificate files, private key files, WireGuard configs, OpenVPN configs, Always On VPN profiles, Topology Builder documents, BIND configurations, batch files, uclint manifests, PowerShell scripts, Cisco ASA configurations, ARM templates, Bicep files, SDP files, DNSControl configurations, octoDNS zones, Terraform files; docs/formats.md lists the names and contents it recognises)\n`,
      );
    }
    writeFileSync(path.join(dir, '.uclint.yml'), 'ignore: ["legacy/**"]\n');
    mkdirSync(path.join(dir, 'legacy'));
    writeFileSync(path.join(dir, 'legacy/old.zone'), '$TTL 1\n');
    expect((await run(['.'])).stderr).toContain('nothing in "." is a file uclint reads, after the config\'s ignore globs (');
  });
});
