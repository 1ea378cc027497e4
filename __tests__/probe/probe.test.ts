/**
 * `uclint probe` against real servers on loopback: Knot DNS serving the zone as deployed
 * (with drift planted against the committed zone) and TLS servers presenting certificates made
 * with openssl (the committed one, a swapped one, an expired one, one missing the host's name).
 * Each drift is reported once, at the committed record or certificate; unreachable endpoints
 * and a DNS server that does not answer are findings, not crashes.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { createSocket } from 'node:dgram';
import os from 'node:os';
import path from 'node:path';
import { lint, type LintResult } from '../../src/lint.js';
import { runBuiltCli } from '../helpers/built-cli.js';
import { runBundledAction } from '../action/action-harness.js';
import { freePort, hasOpenssl, knotdPath, makeCertificate, startKnot, startTlsServer, type DnsServer, type TlsEndpoint } from '../helpers/live-servers.js';

jest.setTimeout(60_000);

const missing = knotdPath() === undefined ? 'knotd (Knot DNS)' : !hasOpenssl() ? 'openssl' : undefined;
if (missing !== undefined) {
  // Said once, plainly: .ci/run installs both (apt-get install knot openssl).
  console.warn(`skipping the live probe tests: ${missing} is not installed`);
}
const describeLive = missing === undefined ? describe : describe.skip;

const NOW = '2026-11-20';

describeLive('uclint probe against Knot DNS and TLS servers on loopback', () => {
  let dns: DnsServer;
  let tree: string;
  const servers: Record<string, TlsEndpoint> = {};
  let deadPort: number;
  let result: LintResult;

  const live = () => result.findings.filter((f) => f.view === 'live').map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`);

  beforeAll(async () => {
    const current = makeCertificate('/CN=sip.contoso.test', '20260101000000Z', '20270601000000Z', ['sip.contoso.test', 'access.contoso.test']);
    const renewed = makeCertificate('/CN=fed.contoso.test', '20260601000000Z', '20270601000000Z', ['fed.contoso.test']);
    const swapped = makeCertificate('/CN=fed.contoso.test', '20260101000000Z', '20270101000000Z', ['fed.contoso.test']);
    const expired = makeCertificate('/CN=fed.contoso.test', '20250101000000Z', '20260101000000Z', ['fed.contoso.test']);
    const wrongName = makeCertificate('/CN=other.contoso.test', '20260101000000Z', '20270601000000Z', ['other.contoso.test']);
    servers.sip = await startTlsServer(current);
    servers.fed = await startTlsServer(swapped);
    servers.old = await startTlsServer(expired);
    servers.meet = await startTlsServer(wrongName);
    deadPort = await freePort();

    // The zone as committed, and as served: the federation SRV moved to another host and port on
    // the server, lyncdiscover removed there, sipexternal added there, old.contoso.test serving an old certificate.
    const committedZone = (served: boolean) =>
      [
        '$ORIGIN contoso.test.',
        '$TTL 300',
        '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300',
        '  IN NS ns1',
        'ns1 IN A 127.0.0.1',
        `_sip._tls IN SRV 0 0 ${servers.sip.port} sip`,
        served ? `_sipfederationtls._tcp IN SRV 0 0 ${servers.old.port} old` : `_sipfederationtls._tcp IN SRV 0 0 ${servers.fed.port} fed`,
        `_sips._tcp IN SRV 0 0 ${deadPort} dead`,
        'sip IN A 127.0.0.1',
        'fed IN A 127.0.0.1',
        'old IN A 127.0.0.1',
        'dead IN A 127.0.0.1',
        'meet IN A 127.0.0.1',
        served ? 'sipexternal IN A 127.0.0.1' : 'lyncdiscover IN A 127.0.0.1',
        '',
      ].join('\n');
    dns = await startKnot({ 'contoso.test': committedZone(true) });

    tree = mkdtempSync(path.join(os.tmpdir(), 'uclint-probe-'));
    mkdirSync(path.join(tree, 'external'));
    mkdirSync(path.join(tree, 'certs'));
    writeFileSync(path.join(tree, 'external/contoso.test.zone'), committedZone(false));
    writeFileSync(path.join(tree, 'certs/sip.pem'), current.pem);
    writeFileSync(path.join(tree, 'certs/fed.pem'), renewed.pem);
    writeFileSync(
      path.join(tree, '.uclint.yml'),
      ['settings:', '  product: sfb2015', '  sipDomains:', '    - contoso.test', 'probe:', `  dnsServers: ["${dns.address}"]`, ''].join('\n'),
    );
    writeFileSync(
      path.join(tree, 'topology.yml'),
      ['apiVersion: uclint/v1', 'kind: Topology', 'sipDomains: [contoso.test]', 'simpleUrls:', '  meet: [https://meet.contoso.test/]', ''].join('\n'),
    );
    result = await lint({
      cwd: tree,
      now: new Date(`${NOW}T00:00:00Z`),
      probe: { connectTo: [{ host: 'meet.contoso.test', port: 443, toPort: servers.meet.port }, { host: 'sip.contoso.test', port: 443, toPort: servers.sip.port }], dnsTimeoutMs: 500, dnsTries: 2, dnsBackoffMs: 50, connectTimeoutMs: 2000 },
    });
  });

  afterAll(async () => {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    await dns?.stop();
    if (tree) rmSync(tree, { recursive: true, force: true });
  });

  it('reports each planted drift once, at the committed record or certificate', () => {
    expect(result.fatal).toEqual([]);
    const fed = servers.fed.port;
    const old = servers.old.port;
    expect(live()).toEqual(
      expect.arrayContaining([
        `external/contoso.test.zone:7 live/record-differs _sipfederationtls._tcp.contoso.test SRV 0 0 ${fed} fed.contoso.test is committed, but the DNS (${dns.address}) serves 0 0 ${old} old.contoso.test`,
        `external/contoso.test.zone:14 live/record-not-served lyncdiscover.contoso.test A 127.0.0.1 is committed but not served: the DNS (${dns.address}) answers no such name (NXDOMAIN)`,
      ]),
    );
    // Served, not committed: at the zone that should hold it.
    expect(live().filter((f) => f.includes('record-not-committed'))).toEqual([`external/contoso.test.zone:1 live/record-not-committed the DNS (${dns.address}) serves sipexternal.contoso.test A 127.0.0.1, which the repository does not hold`]);
    // Nothing about what is served as committed.
    expect(live().filter((f) => f.includes('_sip._tls'))).toEqual([]);
  });

  it('judges the certificates presented: the expired one served for the committed renewal, a certificate missing the name', () => {
    const lines = live().filter((f) => f.includes('certificate') || f.includes('x509'));
    // old.contoso.test presents the expired certificate; the repository holds the renewal for fed.contoso.test, not for old: so the served one is judged at the endpoint's record.
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^external/contoso.test.zone:7 x509/expiry served: certificate old.contoso.test:${servers.old.port} \\(127.0.0.1\\) \\(CN=fed.contoso.test\\) expired on 2026-01-01, 323 day\\(s\\) ago$`)),
        expect.stringMatching(new RegExp(`^external/contoso.test.zone:7 live/certificate-name old.contoso.test:${servers.old.port} \\(127.0.0.1\\) presents a certificate \\(CN=fed.contoso.test\\) that does not name old.contoso.test; it names fed.contoso.test$`)),
        expect.stringMatching(new RegExp(`^topology.yml:5 live/certificate-name meet.contoso.test:443 \\(127.0.0.1\\) presents a certificate \\(CN=other.contoso.test\\) that does not name meet.contoso.test; it names other.contoso.test$`)),
      ]),
    );
    // fed.contoso.test, still published by the committed SRV record, presents another certificate than the committed renewal.
    expect(lines.filter((f) => f.includes('certificate-differs'))).toEqual([
      expect.stringMatching(
        new RegExp(`^certs/fed.pem:1 live/certificate-differs fed.contoso.test:${servers.fed.port} \\(127.0.0.1\\) presents CN=fed.contoso.test, serial [0-9A-F]+, expires 2027-01-01, SHA-256 [0-9A-F:]+, not the committed certificate certs/fed.pem \\(CN=fed.contoso.test, serial [0-9A-F]+, expires 2027-06-01, SHA-256 [0-9A-F:]+\\)$`),
      ),
    ]);
    // sip.contoso.test presents the committed certificate: no finding at certs/sip.pem.
    expect(live().filter((f) => f.startsWith('certs/sip.pem'))).toEqual([]);
  });

  it('reports an endpoint that refuses the connection, at the record that publishes it, not as a crash', () => {
    expect(live().filter((f) => f.includes('live/unreachable'))).toEqual([
      `external/contoso.test.zone:8 live/unreachable dead.contoso.test:${deadPort} (127.0.0.1), published by _sips._tcp.contoso.test SRV, gave no certificate: connection refused (ECONNREFUSED)`,
    ]);
  });

  it('sends no application data to the TLS servers', () => {
    for (const server of Object.values(servers)) expect(server.received()).toBe(0);
  });

  it('keeps the live view: answers per question, endpoints with their chains', () => {
    const view = result.estate?.live;
    expect(view?.servers).toEqual([dns.address]);
    expect(view?.answers.find((a) => a.name === '_sip._tls.contoso.test.' && a.type === 'SRV')?.outcome).toBe('answered');
    expect(view?.answers.find((a) => a.name === 'lyncdiscover.contoso.test.' && a.type === 'CNAME')?.outcome).toBe('nxdomain');
    expect(view?.endpoints.filter((e) => e.outcome === 'presented').map((e) => `${e.host}:${e.port}`).sort()).toEqual(
      [`fed.contoso.test:${servers.fed.port}`, `meet.contoso.test:443`, `old.contoso.test:${servers.old.port}`, `sip.contoso.test:${servers.sip.port}`, 'sip.contoso.test:443'].sort(),
    );
  });

  it('the CLI: probe exits 1 on the drift, every format carries the live findings; certs --live lists what is presented, soonest expiry first', async () => {
    const connect = ['--connect-to', `meet.contoso.test:443::${servers.meet.port}`, '--connect-to', `sip.contoso.test:443::${servers.sip.port}`, '--timeout', '1'];
    const json = await runBuiltCli(['probe', '--now', NOW, '-f', 'json', ...connect], { cwd: tree });
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.stdout).findings as Array<{ ruleId: string; view?: string }>;
    expect(findings.filter((f) => f.ruleId === 'live/record-differs').map((f) => f.view)).toEqual(['live']);
    const stylish = await runBuiltCli(['probe', '--now', NOW, ...connect], { cwd: tree });
    expect(stylish.stdout).toContain('live/record-not-served');
    const sarif = JSON.parse((await runBuiltCli(['probe', '--now', NOW, '-f', 'sarif', ...connect], { cwd: tree })).stdout);
    const differs = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'live/record-differs');
    expect(differs.map((r: { properties?: unknown }) => r.properties)).toEqual([{ view: 'live' }]);
    const github = await runBuiltCli(['probe', '--now', NOW, '-f', 'github', ...connect], { cwd: tree });
    expect(github.stdout).toMatch(/^::error file=external\/contoso\.test\.zone,line=7,.*title=live\/record-differs::/m);
    const markdown = await runBuiltCli(['probe', '--now', NOW, '-f', 'markdown', ...connect], { cwd: tree });
    expect(markdown.stdout).toContain('## Live view');
    const certs = await runBuiltCli(['certs', '--live', '--now', NOW, '-f', 'json', ...connect], { cwd: tree });
    expect(certs.code).toBe(0);
    const listed = JSON.parse(certs.stdout).certificates as Array<{ name: string; daysLeft: number }>;
    // The expired certificate first; the others expire on one day.
    expect(listed.map((c) => c.name)).toEqual([
      `old.contoso.test:${servers.old.port} (127.0.0.1)`,
      `fed.contoso.test:${servers.fed.port} (127.0.0.1)`,
      ...['meet.contoso.test:443 (127.0.0.1)', `sip.contoso.test:${servers.sip.port} (127.0.0.1)`, 'sip.contoso.test:443 (127.0.0.1)'].sort(),
    ]);
    expect(listed.map((c) => c.daysLeft)).toEqual([-323, 42, 193, 193, 193]);
    expect(certs.stderr).toBe(`dead.contoso.test:${deadPort} (127.0.0.1): connection refused (ECONNREFUSED)\n`);
  });

  it("the Action with probe: true (a scheduled audit) adds the live view's section to the job summary; without it, none", async () => {
    const inputs = { token: '', 'fail-on': 'never', now: NOW, probe: 'true', 'dns-servers': dns.address };
    const probed = await runBundledAction({ workspace: tree, eventName: 'schedule', inputs });
    expect(probed.code).toBe(0);
    expect(probed.summary).toContain('## Live view');
    expect(probed.summary).toMatch(new RegExp(`Asked \\d+ questions of the DNS \\(${dns.address.replace(/\./g, '\\.')}\\) for the external view`));
    expect(probed.summary).toContain('| live/record-differs |');
    const plain = await runBundledAction({ workspace: tree, eventName: 'schedule', inputs: { ...inputs, probe: 'false' } });
    expect(plain.summary).not.toContain('Live view');
    expect(plain.summary).not.toContain('live/');
  });
});

describe('uclint probe when the DNS does not answer', () => {
  it('a DNS server that swallows every question: each try times out, retries pause, and the total time bound ends the probe', async () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'uclint-probe-'));
    const blackHole = createSocket('udp4');
    let questions = 0;
    blackHole.on('message', () => questions++);
    await new Promise<void>((resolve) => blackHole.bind(0, '127.0.0.1', () => resolve()));
    try {
      mkdirSync(path.join(tree, 'external'));
      writeFileSync(path.join(tree, 'external/contoso.test.zone'), '$ORIGIN contoso.test.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n  IN NS ns1\nns1 IN A 127.0.0.1\n_sip._tls IN SRV 0 0 443 sip\nsip IN A 127.0.0.1\n');
      const server = `127.0.0.1:${(blackHole.address() as { port: number }).port}`;
      const started = Date.now();
      const result = await lint({ cwd: tree, probe: { dnsServers: [server], dnsTimeoutMs: 300, dnsTries: 2, dnsBackoffMs: 100, totalTimeoutMs: 1000, concurrency: 4 } });
      const elapsed = Date.now() - started;
      const messages = result.findings.filter((f) => f.ruleId === 'live/unreachable').map((f) => f.message);
      expect(messages).toContain(`no answer for _sip._tls.contoso.test SRV from the DNS (${server}) after 2 tries: ETIMEOUT`);
      expect(messages.some((m) => / was not asked of the DNS: the probe's total time ran out$/.test(m))).toBe(true);
      // Each question asked was sent twice (a try, a pause, a try); what started before the bound finished after it by at most one question's time.
      expect(questions % 2).toBe(0);
      expect(elapsed).toBeLessThan(1000 + 2 * 300 + 100 + 1000);
    } finally {
      blackHole.close();
      rmSync(tree, { recursive: true, force: true });
    }
  });
});

describeLive('uclint probe when the DNS does not answer', () => {
  it('a DNS server that is not there: each question is a finding with the error after its retries, and the run ends', async () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'uclint-probe-'));
    try {
      const silent = await freePort();
      mkdirSync(path.join(tree, 'external'));
      writeFileSync(path.join(tree, 'external/contoso.test.zone'), '$ORIGIN contoso.test.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n  IN NS ns1\nns1 IN A 127.0.0.1\n_sip._tls IN SRV 0 0 443 sip\nsip IN A 127.0.0.1\n');
      const started = Date.now();
      const result = await lint({ cwd: tree, probe: { dnsServers: [`127.0.0.1:${silent}`], view: 'external', dnsTimeoutMs: 200, dnsTries: 2, dnsBackoffMs: 10, totalTimeoutMs: 5000 } });
      expect(result.fatal).toEqual([]);
      const failed = result.findings.filter((f) => f.ruleId === 'live/unreachable');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.find((f) => f.line === 6)?.message).toMatch(new RegExp(`^no answer for _sip\\._tls\\.contoso\\.test SRV from the DNS \\(127\\.0\\.0\\.1:${silent}\\) after 2 tries: (ECONNREFUSED|ETIMEOUT)$`));
      // No drift is claimed from a question that got no answer.
      expect(result.findings.filter((f) => f.ruleId.startsWith('live/record'))).toEqual([]);
      // Bounded: 2 tries of 200 ms per question, 8 at a time, well under the total bound.
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
