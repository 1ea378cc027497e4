import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGithub } from '../helpers/fake-github.js';
import { expectSchemaValid, multitool, multitoolFindings } from '../helpers/sarif-validation.js';
import { RAW_TEXT } from '../helpers/raw-text.js';
import { pullRequestPayload, runBundledAction } from './action-harness.js';

// Each test runs the bundled Action in a child process, some of them three times.
jest.setTimeout(60_000);

const ZONE = 'zones/external/example.com.zone';
/** Lines of the zone: 5 header lines, then 100 private addresses (errors), then 15 duplicated records (warnings). */
const FIRST_PRIVATE_LINE = 6;
const FIRST_DUPLICATE_LINE = 106;

/**
 * A repository with 120 findings: 100 errors (private addresses in the external view,
 * lines 6-105), 15 warnings (a record written twice, lines 107, 109, ... 135) and 5 info
 * (Communicator preferences that policy overrides).
 */
function estateWith120Findings(): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'uclint-ws-'));
  const lines = ['$ORIGIN example.com.', '$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '  IN NS ns1', 'ns1 IN A 192.0.2.1'];
  for (let i = 0; i < 100; i++) lines.push(`p${i} IN A 10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`);
  for (let i = 0; i < 15; i++) lines.push(`d${i} IN A 192.0.2.${i + 10}`, `d${i} IN A 192.0.2.${i + 10}`);
  mkdirSync(path.join(workspace, 'zones/external'), { recursive: true });
  writeFileSync(path.join(workspace, ZONE), lines.join('\n') + '\n');
  // Five Communicator preferences that Group Policy overrides: information, as lync/client-preferences reports them.
  const names = ['EnableTracing', 'ShowEmoticons', 'ShowColorBand', 'PlaySoundFeedback', 'CEIPEnabled'];
  const reg = (key: string) => ['Windows Registry Editor Version 5.00', '', `[${key}]`, ...names.map((n) => `"${n}"=dword:00000001`), ''].join('\r\n');
  writeFileSync(path.join(workspace, 'prefs.reg'), reg('HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator'));
  writeFileSync(path.join(workspace, 'policy.reg'), reg('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator'));
  return workspace;
}

function cleanEstate(): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'uclint-ws-'));
  mkdirSync(path.join(workspace, 'zones/external'), { recursive: true });
  writeFileSync(path.join(workspace, ZONE), '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n  IN NS ns1\nns1 IN A 192.0.2.1\n');
  return workspace;
}

/**
 * A git repository whose main branch already has one fault (line 6) and whose pull request
 * adds another (line 7): `base` is the first commit, `mergeBase` main's head, `head` the change.
 */
function changedEstateInGit(): { workspace: string; base: string; mergeBase: string; head: string } {
  const workspace = cleanEstate();
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: workspace, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  writeFileSync(path.join(workspace, ZONE), readFileSync(path.join(workspace, ZONE), 'utf8') + 'old IN A 10.1.1.1\n');
  git('commit', '-qam', 'old fault, already on main');
  const mergeBase = git('rev-parse', 'HEAD');
  writeFileSync(path.join(workspace, ZONE), readFileSync(path.join(workspace, ZONE), 'utf8') + 'new IN A 10.2.2.2\n');
  git('commit', '-qam', 'the change');
  return { workspace, base, mergeBase, head: git('rev-parse', 'HEAD') };
}

let github: FakeGithub;
afterEach(async () => {
  await github?.stop();
});

describe('check runs with a writable token', () => {
  beforeEach(async () => {
    github = new FakeGithub();
    await github.start();
  });

  it('posts 120 annotations in three requests of at most 50 and completes the run with its conclusion', async () => {
    const run = await runBundledAction({ workspace: estateWith120Findings(), apiUrl: github.url, inputs: { token: 'rw-token' }, payload: pullRequestPayload() });

    expect(github.calls()).toEqual(['POST /repos/acme/estate/check-runs', 'PATCH /repos/acme/estate/check-runs/1000', 'PATCH /repos/acme/estate/check-runs/1000']);
    const bodies = github.requests.map((r) => r.body as { output: { annotations: Array<Record<string, unknown>>; summary: string; title: string }; status?: string; conclusion?: string; head_sha?: string; name?: string });
    expect(bodies.map((b) => b.output.annotations.length)).toEqual([50, 50, 20]);
    expect(github.requests[0].authorization).toBe('token rw-token');
    expect(bodies[0]).toMatchObject({ name: 'uclint', head_sha: 'b'.repeat(40), status: 'in_progress' });
    expect(bodies[1].status).toBeUndefined();
    expect(bodies[2]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(bodies[0].output.title).toBe('100 errors, 15 warnings, 5 info');
    expect(bodies[0].output.summary.length).toBeLessThanOrEqual(65_535);
    const all = bodies.flatMap((b) => b.output.annotations);
    expect(all.find((a) => a.annotation_level === 'failure')).toEqual({
      path: ZONE,
      start_line: FIRST_PRIVATE_LINE,
      end_line: FIRST_PRIVATE_LINE,
      start_column: 1,
      end_column: expect.any(Number),
      annotation_level: 'failure',
      message: 'p0.example.com A 10.0.0.1 is a private address (10.0.0.0/8, RFC 1918) in the external view; Internet clients cannot reach it',
      title: 'dns/private-address-external',
    });
    expect(all.filter((a) => a.annotation_level === 'warning')[0]).toMatchObject({ path: ZONE, start_line: FIRST_DUPLICATE_LINE + 1, title: 'dns/duplicate-record' });
    expect(all.filter((a) => a.annotation_level === 'notice').map((a) => a.path)).toEqual(['prefs.reg', 'prefs.reg', 'prefs.reg', 'prefs.reg', 'prefs.reg']);

    expect(run.commands).toEqual([]);
    expect(run.outputs).toMatchObject({ errors: '100', warnings: '15' });
    expect(run.outputs['sarif-file']).toBe(path.join(run.runnerTemp, 'uclint', 'uclint.sarif'));
    expect(run.outputs['findings-file']).toBe(path.join(run.runnerTemp, 'uclint', 'findings.json'));
    expect(JSON.parse(readFileSync(run.outputs['findings-file'], 'utf8')).findings).toHaveLength(120);
    expect(run.summary).toContain('uclint');
    expect(run.summary).toContain(`https://github.com/acme/estate/blob/${'b'.repeat(40)}/${ZONE}#L${FIRST_PRIVATE_LINE}`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::uclint found 100 errors (fail-on: error)');
  });

  it('creates one completed check run when there is nothing to annotate', async () => {
    const run = await runBundledAction({ workspace: cleanEstate(), apiUrl: github.url, inputs: { token: 'rw-token' }, payload: pullRequestPayload() });
    expect(github.calls()).toEqual(['POST /repos/acme/estate/check-runs']);
    expect(github.requests[0].body).toMatchObject({ status: 'completed', conclusion: 'success', output: { title: 'No problems', annotations: [] } });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
  });

  it('follows fail-on: never passes with errors, warning fails on warnings alone', async () => {
    const never = await runBundledAction({ workspace: estateWith120Findings(), apiUrl: github.url, inputs: { token: 'rw-token', 'fail-on': 'never' }, payload: pullRequestPayload() });
    expect(never.code).toBe(0);
    expect((github.requests[2].body as { conclusion: string }).conclusion).toBe('neutral');

    const workspace = cleanEstate();
    writeFileSync(path.join(workspace, ZONE), readFileSync(path.join(workspace, ZONE), 'utf8') + 'www IN A 192.0.2.9\nwww IN A 192.0.2.9\n');
    const onError = await runBundledAction({ workspace, apiUrl: github.url, inputs: { token: 'rw-token' }, payload: pullRequestPayload() });
    expect(onError.code).toBe(0);
    const onWarning = await runBundledAction({ workspace, apiUrl: github.url, inputs: { token: 'rw-token', 'fail-on': 'warning' }, payload: pullRequestPayload() });
    expect(onWarning.code).toBe(1);
    expect(onWarning.stdout).toContain('uclint found 0 errors and 1 warning (fail-on: warning)');
  });
});

describe('fork pull requests: a read-only token', () => {
  beforeEach(async () => {
    github = new FakeGithub({ readOnlyTokens: ['fork-token'] });
    await github.start();
  });

  it('falls back to workflow commands within the caps and points to the SARIF file', async () => {
    const run = await runBundledAction({ workspace: estateWith120Findings(), apiUrl: github.url, inputs: { token: 'fork-token' }, payload: pullRequestPayload() });

    expect(github.calls()).toEqual(['POST /repos/acme/estate/check-runs']);
    // GitHub shows 10 error and 10 warning annotations a step: the step's own failure and its
    // warning about the check run are one of each, so 9 of each are findings.
    const errors = run.commands.filter((c) => c.startsWith('::error '));
    expect(errors).toHaveLength(9);
    expect(run.commands.filter((c) => c.startsWith('::warning '))).toHaveLength(9);
    expect(run.commands.filter((c) => c.startsWith('::notice '))).toHaveLength(5);
    const allLines = run.stdout.split('\n');
    expect(allLines.filter((line) => line.startsWith('::error'))).toEqual([...errors, '::error::uclint found 100 errors (fail-on: error)']);
    expect(allLines.filter((line) => line.startsWith('::warning'))).toHaveLength(10);
    expect(errors[0]).toBe(
      `::error file=${ZONE},line=${FIRST_PRIVATE_LINE},endLine=${FIRST_PRIVATE_LINE},col=1,endColumn=${errors[0].match(/endColumn=(\d+)/)?.[1]},title=dns/private-address-external::p0.example.com A 10.0.0.1 is a private address (10.0.0.0/8, RFC 1918) in the external view; Internet clients cannot reach it`,
    );
    expect(run.stdout).toContain('::warning::uclint could not post its check run: the token may not write checks');
    expect(run.summary).toContain('23 of 120 are annotated and 97 more findings are not');
    expect(run.summary).toContain('runner-temp/uclint/uclint.sarif');
    expect(run.code).toBe(1);

    // The SARIF file the summary points to is valid SARIF 2.1.0 with every finding.
    const sarifText = readFileSync(run.outputs['sarif-file'], 'utf8');
    expect(expectSchemaValid(sarifText).runs[0].results).toHaveLength(120);
    if (multitool) expect(multitoolFindings(sarifText)).toEqual(['warning SARIF2005 Warning_ProvideToolnformationUri']);
  });

  it('on a private repository (no pull-requests: read either) reads the change with git and writes nothing through the API', async () => {
    await github.stop();
    github = new FakeGithub({ readOnlyTokens: ['fork-token'], unreadablePullRequests: true });
    await github.start();
    const { workspace, mergeBase, head } = changedEstateInGit();
    const run = await runBundledAction({ workspace, apiUrl: github.url, inputs: { token: 'fork-token', 'only-changed': 'true' }, payload: pullRequestPayload(7, head, mergeBase) });

    // Each refusal is met once: the files list (403, then git diff), the check run (403, then workflow commands).
    expect(github.calls()).toEqual(['GET /repos/acme/estate/pulls/7/files', 'POST /repos/acme/estate/check-runs']);
    expect(run.commands.map((c) => c.replace(/,col=.*$/, ''))).toEqual([`::error file=${ZONE},line=7,endLine=7`]);
    expect(run.stdout).toContain('::warning::uclint could not post its check run: the token may not write checks');
    expect(run.stdout).not.toContain('only-changed: could not find');
    expect(run.summary).toContain('1 finding of 2 on lines this pull request adds or changes');
    expect(run.outputs.errors).toBe('1');
    expect(run.code).toBe(1);
  });

  it('uses workflow commands without a token', async () => {
    const run = await runBundledAction({ workspace: estateWith120Findings(), apiUrl: github.url, payload: pullRequestPayload() });
    expect(github.requests).toEqual([]);
    // 9 errors (the step's failure is the 10th), 10 warnings, 5 notices.
    expect(run.commands).toHaveLength(24);
    expect(run.stdout).not.toContain('could not post');
  });
});

describe('only-changed', () => {
  /** The pull request adds lines 6-10 (five private addresses) and 108-109 (one duplicate) of the zone. */
  const patch = ['@@ -5,0 +6,5 @@', '+p0 IN A 10.0.0.1', '+p1 IN A 10.0.0.2', '+p2 IN A 10.0.0.3', '+p3 IN A 10.0.0.4', '+p4 IN A 10.0.0.5', '@@ -100,0 +108,2 @@', '+d1 IN A 192.0.2.11', '+d1 IN A 192.0.2.11'].join('\n');

  beforeEach(async () => {
    github = new FakeGithub({
      pageSize: 1,
      pullRequestFiles: [
        { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-old\n+new' },
        { filename: ZONE, status: 'modified', patch },
        { filename: 'gone.zone', status: 'removed' },
      ],
    });
    await github.start();
  });

  it('annotates and counts only findings on lines the pull request adds, reading every page of files', async () => {
    const run = await runBundledAction({ workspace: estateWith120Findings(), apiUrl: github.url, inputs: { token: 'rw-token', 'only-changed': 'true' }, payload: pullRequestPayload(7) });

    expect(github.calls()).toEqual([
      'GET /repos/acme/estate/pulls/7/files',
      'GET /repos/acme/estate/pulls/7/files',
      'GET /repos/acme/estate/pulls/7/files',
      'POST /repos/acme/estate/check-runs',
    ]);
    expect(github.requests.slice(0, 3).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    const annotations = (github.requests[3].body as { output: { annotations: Array<{ start_line: number; annotation_level: string }> } }).output.annotations;
    expect(annotations.map((a) => `${a.start_line} ${a.annotation_level}`)).toEqual(['6 failure', '7 failure', '8 failure', '9 failure', '10 failure', '109 warning']);
    expect(run.outputs).toMatchObject({ errors: '5', warnings: '1' });
    expect(run.summary).toContain('6 findings of 120 on lines this pull request adds or changes');
    expect(run.code).toBe(1);
  });

  it('reads the change from git when the API cannot be used', async () => {
    const { workspace, base, mergeBase, head } = changedEstateInGit();
    expect(base).not.toBe(mergeBase);

    const run = await runBundledAction({ workspace, apiUrl: github.url, inputs: { 'only-changed': 'true', annotations: 'commands' }, payload: pullRequestPayload(7, head, mergeBase) });
    expect(github.requests).toEqual([]);
    expect(run.commands.map((c) => c.replace(/,col=.*$/, ''))).toEqual([`::error file=${ZONE},line=7,endLine=7`]);
    expect(run.outputs.errors).toBe('1');
  });

  it('reports every finding, and says why, when neither the API nor git can tell the change', async () => {
    const run = await runBundledAction({ workspace: cleanEstate(), apiUrl: github.url, inputs: { 'only-changed': 'true' }, payload: pullRequestPayload() });
    expect(run.stdout).toContain('::warning::only-changed: could not find the lines this pull request changes');
    expect(run.code).toBe(0);
  });
});

describe('scheduled audit', () => {
  it('opens the audit issue titled by the config, updates it, and closes it when clean', async () => {
    github = new FakeGithub();
    await github.start();
    const workspace = estateWith120Findings();
    writeFileSync(path.join(workspace, '.uclint.yml'), 'audit:\n  issueTitle: DNS audit\n  labels: [uclint]\n');

    const first = await runBundledAction({ workspace, apiUrl: github.url, eventName: 'schedule', inputs: { token: 'rw-token', 'fail-on': 'never' } });
    expect(github.calls()).toEqual(['GET /search/issues', 'POST /repos/acme/estate/issues']);
    expect(github.requests[0].query.q).toBe('repo:acme/estate is:issue in:title "DNS audit"');
    expect(github.requests[1].body).toMatchObject({ title: 'DNS audit', labels: ['uclint'] });
    expect(github.issues[0].body).toMatch(/^<!-- uclint-audit -->\n/);
    expect(github.issues[0].body.length).toBeLessThanOrEqual(65_536);
    expect(first.commands.length).toBeLessThanOrEqual(30);
    expect(first.code).toBe(0);

    github.requests.length = 0;
    await runBundledAction({ workspace, apiUrl: github.url, eventName: 'schedule', inputs: { token: 'rw-token', 'fail-on': 'never' } });
    expect(github.calls()).toEqual(['GET /search/issues', 'PATCH /repos/acme/estate/issues/1']);

    github.requests.length = 0;
    writeFileSync(path.join(workspace, ZONE), readFileSync(path.join(cleanEstate(), ZONE), 'utf8'));
    for (const file of ['prefs.reg', 'policy.reg']) rmSync(path.join(workspace, file));
    const clean = await runBundledAction({ workspace, apiUrl: github.url, eventName: 'workflow_dispatch', inputs: { token: 'rw-token' } });
    expect(github.calls()).toEqual(['GET /search/issues', 'PATCH /repos/acme/estate/issues/1']);
    expect(github.requests[1].body).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(clean.code).toBe(0);
  });

  it('reopens a closed audit issue and degrades to a warning without issues: write', async () => {
    github = new FakeGithub({
      readOnlyTokens: ['ro-token'],
      issues: [{ number: 4, title: 'uclint audit', state: 'closed', body: '<!-- uclint-audit -->\nold', labels: [], updated_at: '2026-01-01T00:00:00Z' }],
    });
    await github.start();
    const workspace = estateWith120Findings();
    await runBundledAction({ workspace, apiUrl: github.url, inputs: { token: 'rw-token', audit: 'true', 'fail-on': 'never' }, payload: pullRequestPayload() });
    expect(github.calls()).toEqual(['GET /search/issues', 'PATCH /repos/acme/estate/issues/4']);
    expect(github.requests[1].body).toMatchObject({ state: 'open', state_reason: 'reopened' });

    github.requests.length = 0;
    const readOnly = await runBundledAction({ workspace, apiUrl: github.url, eventName: 'schedule', inputs: { token: 'ro-token' } });
    expect(readOnly.stdout).toContain('::warning::audit: could not update the issue "uclint audit": the token may not write issues');
    expect(readOnly.summary).toContain('uclint');
    expect(readOnly.code).toBe(1);
  });
});

describe('inputs and configuration problems', () => {
  it('names every bad input and fails', async () => {
    const run = await runBundledAction({ workspace: cleanEstate(), inputs: { annotations: 'loud', 'fail-on': 'sometimes', now: 'tomorrow' } });
    expect(run.stdout).toContain(
      "::error::uclint: input 'annotations' is 'loud'; expected one of: auto, checks, commands, none; input 'fail-on' is 'sometimes'; expected one of: error, warning, never; input 'now' is 'tomorrow'; expected a date such as 2026-11-20",
    );
    expect(run.code).toBe(1);
  });

  it('fails the step when it reads no file, naming the paths', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'uclint-ws-'));
    mkdirSync(path.join(workspace, 'dns'));
    writeFileSync(path.join(workspace, 'dns/README.md'), '# not a zone\n');
    const run = await runBundledAction({ workspace, inputs: { paths: 'dns' } });
    expect(run.stdout).toContain('::error title=uclint::no files to lint: nothing in "dns" is a file uclint reads');
    expect(run.summary).toContain('The run could not be made');
    expect(run.code).toBe(1);
  });

  it('posts no notice for a check a rule could not make, and the summary counts it apart', async () => {
    const workspace = cleanEstate();
    // A second zone in no view: the view rules say they could not judge it.
    writeFileSync(path.join(workspace, 'contoso.com.zone'), '$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n  IN NS ns1\nns1 IN A 192.0.2.1\n_sip._tls IN SRV 0 0 443 sip\nsip IN A 10.1.1.1\n');
    const run = await runBundledAction({ workspace, inputs: { annotations: 'commands' } });
    expect(run.commands.filter((c) => c.startsWith('::notice'))).toEqual([]);
    expect(run.summary).toContain('✓ 0 problems (0 errors, 0 warnings, 0 info) in 2 files');
    expect(run.summary).toMatch(/ℹ \d+ checks? skipped .*the findings-file output lists them/);
    expect(run.code).toBe(0);
    const findings = JSON.parse(readFileSync(run.outputs['findings-file'], 'utf8')) as { findings: Array<{ messageId?: string }> };
    expect(findings.findings.some((f) => f.messageId === 'notChecked')).toBe(true);
  });

  it('annotates a bad .uclint.yml at its key and fails', async () => {
    const workspace = cleanEstate();
    writeFileSync(path.join(workspace, '.uclint.yml'), 'rules:\n  sip/srv-prot: error\n');
    const run = await runBundledAction({ workspace });
    expect(run.stdout).toContain("::error title=uclint,file=.uclint.yml,line=2,col=3::unknown rule 'sip/srv-prot'; did you mean 'sip/srv-port'?");
    expect(run.summary).toContain('The run could not be made');
    expect(run.code).toBe(1);
  });

  it('shows, never obeys, escapes and mentions that a bad .uclint.yml puts in its error', async () => {
    const workspace = cleanEstate();
    writeFileSync(path.join(workspace, '.uclint.yml'), '"\\e[2J @octocat\\u202e": 1\n');
    const run = await runBundledAction({ workspace });
    expect(run.stdout).toContain("::error title=uclint,file=.uclint.yml,line=1,col=1::unknown key '\\x1b[2J @octocat\\u202e'");
    expect(run.stdout).not.toMatch(RAW_TEXT);
    expect(run.summary).toContain("- unknown key '\\\\x1b\\[2J @\u200boctocat\\\\u202e'");
    expect(run.code).toBe(1);
  });

  it('warns, and still reports, when a report file cannot be written', async () => {
    const workspace = estateWith120Findings();
    mkdirSync(path.join(workspace, 'out.sarif'));
    const run = await runBundledAction({ workspace, inputs: { 'sarif-file': 'out.sarif', 'fail-on': 'never' }, eventName: 'push' });
    expect(run.stdout).toContain(`::warning::uclint could not write ${path.join(workspace, 'out.sarif')}: it is a directory`);
    expect(run.outputs['sarif-file']).toBe('');
    expect(run.summary).toContain('All findings: JSON `');
    // The warning about the file is one of the 10 warning annotations of the step.
    expect(run.commands).toHaveLength(24);
    expect(run.code).toBe(0);
  });

  it('draws a timeline of the certificates expiring within 90 days in the summary', async () => {
    const workspace = cleanEstate();
    writeFileSync(
      path.join(workspace, 'certificates.yml'),
      'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge\n    subject: CN=sip.example.com\n    notAfter: 2026-12-10\n',
    );
    const run = await runBundledAction({ workspace, inputs: { now: '2026-11-20' }, eventName: 'push' });
    expect(run.summary).toContain('### Certificates expiring within 90 days\n\n```mermaid\ngantt\n');
    expect(run.summary).toContain('  sip.example.com (edge) :crit, 2026-11-20, 2026-12-10\n');
    expect(run.outputs.warnings).toBe('1');
  });

  it('reports paths from the repository root when linting a subdirectory', async () => {
    const workspace = estateWith120Findings();
    const run = await runBundledAction({ workspace, inputs: { paths: 'zones' }, eventName: 'push' });
    expect(run.commands[0]).toContain(`file=${ZONE},`);
    expect(run.outputs.errors).toBe('100');
  });
});
