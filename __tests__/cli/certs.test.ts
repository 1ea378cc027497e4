import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli.js';
import { certificatesManifest } from '../rules/support/certificates.js';
import { compileCommonNameFilter } from '../../src/report/cn-filter.js';
import { formatExpiryTimeline } from '../../src/report/certificates.js';
import type { Certificate } from '../../src/model/certificate.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
let dir: string;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd: dir, env: {} });
  return { code, stdout, stderr };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-certs-'));
  mkdirSync(path.join(dir, 'certs'));
  // A committed certificate (2026-01-01 to 2027-06-01) and five described ones around the end of 2026.
  cpSync(path.join(FIXTURES, 'x509/expiry/ok/certs/pool.pem'), path.join(dir, 'certs/pool.pem'));
  writeFileSync(
    path.join(dir, 'certificates.yml'),
    certificatesManifest(
      { name: 'expired', subject: 'CN=old.contoso.com', notAfter: '2026-11-15' },
      { name: 'edge', subject: 'CN=sip.contoso.com', sans: ['sip.contoso.com', 'webconf.contoso.com'], notAfter: '2026-12-10', issuer: 'public' },
      { name: 'last-day', subject: 'CN=meet.contoso.com', notAfter: '2026-12-31T23:59:59Z', issuerName: 'CN=Example CA' },
      { name: 'next-year', subject: 'CN=dialin.contoso.com', notAfter: '2027-01-01' },
      { name: 'undated', subject: 'CN=admin.contoso.com' },
    ),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('uclint certs', () => {
  it('lists every certificate, soonest expiry first, undated last', async () => {
    const { code, stdout, stderr } = await run(['certs', '--now', '2026-12-01']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'DAYS             NOT AFTER   CN                  SANS                                  ISSUER                            WHERE',
        'expired 16d ago  2026-11-15  old.contoso.com     -                                     -                                 certificates.yml:4',
        '9                2026-12-10  sip.contoso.com     sip.contoso.com, webconf.contoso.com  (public CA)                       certificates.yml:7',
        '30               2026-12-31  meet.contoso.com    -                                     CN=Example CA                     certificates.yml:12',
        '31               2027-01-01  dialin.contoso.com  -                                     -                                 certificates.yml:16',
        '182              2027-06-01  pool.contoso.com    pool.contoso.com                      CN=Contoso Issuing CA, O=Contoso  certs/pool.pem:1',
        '-                -           admin.contoso.com   -                                     -                                 certificates.yml:19',
        '6 certificates',
        '',
      ].join('\n'),
    );
  });

  it('--expires-within 30 --now 2026-12-01 lists exactly the certificates that expire by 2026-12-31', async () => {
    const { stdout } = await run(['certs', '--expires-within', '30', '--now', '2026-12-01', '--format', 'json']);
    const listed = JSON.parse(stdout) as { now: string; certificates: Array<{ name: string; notAfter: string; daysLeft: number }> };
    expect(listed.now).toBe('2026-12-01T00:00:00.000Z');
    expect(listed.certificates.map((c) => `${c.name} ${c.notAfter} ${c.daysLeft}`)).toEqual(['expired 2026-11-15 -16', 'edge 2026-12-10 9', 'last-day 2026-12-31 30']);
  });

  it('--cn-filter matches the CN case-insensitively', async () => {
    const { stdout } = await run(['certs', '--cn-filter', '^(SIP|meet)\\.', '--now', '2026-12-01', '-f', 'markdown']);
    expect(stdout).toBe(
      [
        '| days left | not after | CN | SANs | issuer | where |',
        '| ---: | --- | --- | --- | --- | --- |',
        '| 9 | 2026-12-10 | sip.contoso.com | sip.contoso.com, webconf.contoso.com | (public CA) | certificates.yml:7 |',
        '| 30 | 2026-12-31 | meet.contoso.com | - | CN=Example CA | certificates.yml:12 |',
        '',
      ].join('\n'),
    );
  });

  it('refuses patterns that need backtracking, and bad numbers, with exit code 2', async () => {
    const backreference = await run(['certs', '--cn-filter', '(a)\\1']);
    expect(backreference.code).toBe(2);
    expect(backreference.stderr).toContain("uclint: --cn-filter: '(a)\\1' is not a pattern uclint can run in linear time");
    expect((await run(['certs', '--expires-within', 'soon'])).stderr).toContain("--expires-within takes a number of days, not 'soon'");
    expect((await run(['certs', '-f', 'sarif'])).stderr).toContain("unknown format 'sarif' for 'uclint certs' (stylish, json, markdown)");
    expect((await run(['--cn-filter', 'x'])).code).toBe(2);
  });

  it('reports certificate files it cannot read on standard error and lists the rest', async () => {
    writeFileSync(path.join(dir, 'certs/broken.pem'), '-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n');
    const { code, stdout, stderr } = await run(['certs', '--now', '2026-12-01']);
    expect(code).toBe(0);
    expect(stderr).toBe('certs/broken.pem:2:1: error: PEM block CERTIFICATE has characters that are not base64; not read\n');
    expect(stdout).toContain('6 certificates');
  });
});

describe('compileCommonNameFilter', () => {
  it('runs in linear time on the classic catastrophic pattern', () => {
    const filter = compileCommonNameFilter('^(a+)+$');
    expect('test' in filter && filter.test(`${'a'.repeat(5000)}!`)).toBe(false);
  });
});

describe('formatExpiryTimeline', () => {
  const cert = (name: string, notAfter: string): Certificate => ({
    name,
    commonName: `${name}.contoso.com`,
    notAfter: new Date(`${notAfter}T00:00:00Z`),
    usedBy: [],
    source: 'manifest',
    loc: { file: 'c.yml', line: 1, column: 1, endLine: 1, endColumn: 1 },
  });

  it('draws expired certificates as milestones and the rest as bars to their expiry, critical within 30 days', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    expect(formatExpiryTimeline([cert('old', '2026-11-01'), cert('edge', '2026-12-10'), cert('web', '2027-01-30'), cert('far', '2027-06-01')], now)).toBe(
      [
        '```mermaid',
        'gantt',
        '  title Certificates expiring within 90 days of 2026-11-20',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %m-%d',
        '  section Expired',
        '  old.contoso.com (old) :crit, milestone, 2026-11-01, 0d',
        '  section Expiring',
        '  edge.contoso.com (edge) :crit, 2026-11-20, 2026-12-10',
        '  web.contoso.com (web) :2026-11-20, 2027-01-30',
        '```',
        '',
      ].join('\n'),
    );
    expect(formatExpiryTimeline([cert('far', '2027-06-01')], now)).toBeUndefined();
  });
});
