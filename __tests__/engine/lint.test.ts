import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { lint, exitCodeOf } from '../../src/lint.js';
import { defineRule } from '../../src/engine/rule.js';
import { scratchTree } from '../helpers/scratch-tree.js';

const tree = scratchTree('uclint-lint-');
const write = tree.write;

const everyA = defineRule({
  id: 'test/every-a',
  meta: { description: 'd', rationale: 'r', severity: 'warning', recommended: true, citations: [], messages: { seen: 'A {{name}}' } },
  check({ estate, report }) {
    for (const a of estate.records('A')) report({ node: a, messageId: 'seen', data: { name: a.name } });
  },
});

describe('lint()', () => {
  it('a crashing rule stops nothing but makes the run fatal (exit code 2)', async () => {
    write('a.zone', '$ORIGIN a.\n$TTL 60\nx A 192.0.2.1\n');
    const crashing = defineRule({ ...everyA, id: 'test/crash', check: () => { throw new Error('boom'); } });
    const result = await lint({ cwd: tree.dir, rules: [crashing, everyA] });
    expect(result.findings.filter((f) => f.ruleId === 'test/every-a').map((f) => f.line)).toEqual([3]);
    // One line on standard error; the finding (JSON, SARIF) keeps the stack.
    expect(result.fatal.map((f) => f.message)).toEqual(['rule test/crash failed: Error: boom']);
    expect(result.findings.find((f) => f.ruleId === 'uclint/rule-crash')?.message).toMatch(/^rule test\/crash failed: Error: boom\n {4}at /);
    expect(exitCodeOf(result)).toBe(2);
  });

  it('reports findings in $INCLUDEd files at their own lines, and honours directives there', async () => {
    write('zones/a.zone', '$ORIGIN a.\n$TTL 60\n$INCLUDE zones/hosts.inc\n');
    write('zones/hosts.inc', 'x A 192.0.2.1\n; uclint-disable-next-line test/every-a -- lab host\ny A 192.0.2.2\n');
    const result = await lint({ cwd: tree.dir, rules: [everyA] });
    const visible = result.findings.filter((f) => !f.suppressed);
    expect(visible.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['zones/hosts.inc:1 test/every-a']);
    expect(result.counts.suppressed).toBe(1);
  });

  it('an $INCLUDE leaving the lint root is a parse/zone error that shows no outside content', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'uclint-outside-'));
    writeFileSync(path.join(outside, 'secret.inc'), 'TOPSECRET A 192.0.2.1\n');
    write('a.zone', `$ORIGIN a.\n$TTL 60\n$INCLUDE ${path.join(outside, 'secret.inc')}\n$INCLUDE ../secret.inc\n`);
    const result = await lint({ cwd: tree.dir, rules: [everyA] });
    const parse = result.findings.filter((f) => f.ruleId === 'parse/zone');
    expect(parse.map((f) => f.line)).toEqual([3, 4]);
    expect(JSON.stringify(result.findings)).not.toContain('TOPSECRET');
    expect(JSON.stringify(result.findings)).not.toContain('topsecret');
    rmSync(outside, { recursive: true, force: true });
  });

  it('every recognised kind is loaded into the estate; other files are not ours', async () => {
    write('media/offer.sdp', 'v=0\r\nm=audio 50000 RTP/AVP 0\r\na=candidate:1 1 UDP 2130706431 192.168.1.20 50000 typ host\r\n');
    write('vpn/wg0.conf', '[Interface]\nAddress = 10.8.0.5/24\n\n[Peer]\nAllowedIPs = 10.0.0.0/8\n');
    write('vpn/client.ovpn', 'client\nremote vpn.contoso.com 1194\nroute 10.0.0.0 255.0.0.0\n');
    write('firewall.yml', 'apiVersion: uclint/v1\nkind: FirewallRules\nrules:\n  - { name: sip, direction: inbound, action: allow, protocol: tcp, localPorts: 5061 }\n');
    write('notes.md', '$ORIGIN a.\n');
    const result = await lint({ cwd: tree.dir, rules: [everyA] });
    expect(result.findings).toEqual([]);
    expect(result.files.map((f) => `${f.file} ${f.kind}`)).toEqual(['firewall.yml manifest', 'media/offer.sdp sdp', 'vpn/client.ovpn openvpn', 'vpn/wg0.conf wireguard']);
    expect(result.estate?.sdpSessions.map((s) => s.candidates.length)).toEqual([1]);
    expect(result.estate?.vpnProfiles.map((p) => `${p.source} ${p.include.map((i) => i.text).join(',')}`)).toEqual(['openvpn 10.0.0.0 255.0.0.0', 'wireguard 10.0.0.0/8']);
    expect(result.estate?.firewallRuleSets.map((f) => f.rules.length)).toEqual([1]);
    expect(exitCodeOf(result)).toBe(0);
  });

  it('onlyRules runs just the named rules, even ones the config leaves off', async () => {
    write('a.zone', '$ORIGIN a.\n$TTL 60\nx A 192.0.2.1\n');
    write('.uclint.yml', 'extends: []\n');
    expect((await lint({ cwd: tree.dir, rules: [everyA] })).findings).toEqual([]);
    expect((await lint({ cwd: tree.dir, rules: [everyA], onlyRules: ['test/every-a'] })).findings.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('configuration lookup', () => {
  const ZONE = '$ORIGIN a.\n$TTL 60\nx A 192.0.2.1\n';

  it('uses the .uclint.yml of the directory linted, with its globs relative to it', async () => {
    write('estates/one/.uclint.yml', 'extends: []\nrules:\n  test/every-a: error\nignore: ["legacy/**"]\nviews: { external: ["dns/**"] }\n');
    write('estates/one/dns/a.zone', ZONE);
    write('estates/one/legacy/old.zone', ZONE);
    write('estates/two/a.zone', ZONE);
    const result = await lint({ cwd: tree.dir, paths: ['estates/one'], rules: [everyA] });
    expect(result.configFile).toBe('estates/one/.uclint.yml');
    expect(result.files.map((f) => `${f.file} ${f.view}`)).toEqual(['estates/one/dns/a.zone external']);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(['estates/one/dns/a.zone:3 error']);
  });

  it('falls back to the nearest config above the linted directory, up to the lint root', async () => {
    write('.uclint.yml', 'extends: []\nrules:\n  test/every-a: error\n');
    write('estates/two/a.zone', ZONE);
    const result = await lint({ cwd: tree.dir, paths: ['estates/two'], rules: [everyA] });
    expect(result.configFile).toBe('.uclint.yml');
    expect(result.findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('applies the baseline the config names, relative to the config', async () => {
    write('estate/.uclint.yml', 'baseline: accepted.json\n');
    write('estate/a.zone', ZONE);
    const first = await lint({ cwd: tree.dir, paths: ['estate'], rules: [everyA], writeBaselineFile: 'estate/accepted.json' });
    expect(first.counts.warning).toBe(1);
    const second = await lint({ cwd: tree.dir, paths: ['estate'], rules: [everyA] });
    expect(second.counts).toEqual({ error: 0, warning: 0, info: 0, suppressed: 1, notChecked: 0 });
  });

  it('refuses a baseline the config names outside the linted tree (by path or through a symlink), and never quotes a file it cannot read', async () => {
    write('secret.txt', 'root:x:0:0:root:/root:/bin/bash\n');
    write('estate/a.zone', ZONE);
    const estate = path.join(tree.dir, 'estate');
    write('estate/.uclint.yml', '# accepted findings\nbaseline: ../secret.txt\n');
    const outside = await lint({ cwd: estate, rules: [everyA] });
    expect(outside.fatal).toEqual([
      expect.objectContaining({ file: '.uclint.yml', line: 2, column: 11, message: 'baseline: ../secret.txt is outside the linted tree; a config may only name a baseline inside it' }),
    ]);

    symlinkSync(path.join(tree.dir, 'secret.txt'), path.join(estate, 'accepted.json'));
    write('estate/.uclint.yml', 'baseline: accepted.json\n');
    const linked = await lint({ cwd: estate, rules: [everyA] });
    expect(linked.fatal.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['1:11 baseline: accepted.json is outside the linted tree; a config may only name a baseline inside it']);

    // The caller may name any file; what it holds is still not repeated.
    write('estate/.uclint.yml', '');
    const named = await lint({ cwd: estate, rules: [everyA], baselineFile: '../secret.txt' });
    expect(named.fatal.map((f) => f.message)).toEqual(['cannot use baseline ../secret.txt: not valid JSON']);
  });
});

describe('encodings', () => {
  it('says once of a UTF-16 file a zone includes that name servers would not load it, however often it is read', async () => {
    writeFileSync(path.join(tree.dir, 'hosts.inc'), Buffer.from('y A 192.0.2.2\n', 'utf16le'));
    writeFileSync(path.join(tree.dir, 'a.zone'), '$ORIGIN a.\n$TTL 60\nx A 192.0.2.1\n$INCLUDE hosts.inc\n');
    writeFileSync(path.join(tree.dir, 'b.zone'), '$ORIGIN b.\n$TTL 60\n$INCLUDE hosts.inc\n');
    const result = await lint({ cwd: tree.dir, rules: [everyA] });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.messageId} ${f.ruleId === 'parse/input' ? f.message : ''}`.trim())).toEqual([
      'a.zone:3 test/every-a seen',
      'hosts.inc:1 parse/input input/encoding the file is UTF-16LE without a byte-order mark; name servers read zone files as ASCII or UTF-8 and would not load it (it is checked as decoded text)',
      'hosts.inc:1 test/every-a seen',
      'hosts.inc:1 test/every-a seen',
    ]);
  });

  it('reads a UTF-16 zone as text and says name servers would not load it', async () => {
    const file = path.join(tree.dir, 'a.zone');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('$ORIGIN a.\n$TTL 60\nx A 192.0.2.1\n', 'utf16le')]));
    const result = await lint({ cwd: tree.dir, rules: [everyA] });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.messageId}`)).toEqual([
      'a.zone:1 parse/input input/encoding',
      'a.zone:3 test/every-a seen',
    ]);
  });

  it('reads a UTF-16 named.conf as text and says BIND would not load it; the zone it names is read', async () => {
    writeFileSync(path.join(tree.dir, 'named.conf'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('zone "a" { type primary; file "zones/a"; };\n', 'utf16le')]));
    write('zones/a', '$TTL 60\n@ SOA ns h 1 2 3 4 5\nx A 192.0.2.1\n');
    const result = await lint({ cwd: tree.dir, rules: [everyA] });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.ruleId === 'parse/input' ? f.message : f.messageId}`)).toEqual([
      'named.conf:1 parse/input the file is UTF-16LE; BIND reads its configuration as ASCII or UTF-8 and would not load it (it is checked as decoded text)',
      'zones/a:3 test/every-a seen',
    ]);
    expect(result.files.map((f) => [f.file, f.kind, f.origin])).toEqual([
      ['named.conf', 'named-conf', undefined],
      ['zones/a', 'zone', 'a.'],
    ]);
  });
});

describe('lint(): PKCS#12 passwords', () => {
  const haveOpenssl = spawnSync('openssl', ['version']).status === 0;
  (haveOpenssl ? it : it.skip)('come from the environment variable the config names, per glob, never from the config', async () => {
    const pem = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/x509/expiry/ok/certs/pool.pem');
    // A PKCS#12 of the certificate alone, in OpenSSL 3's default encoding.
    spawnSync('openssl', ['pkcs12', '-export', '-nokeys', '-in', pem, '-passout', 'pass:s3cret', '-out', path.join(tree.dir, 'edge.pfx')]);
    write('.uclint.yml', 'extends: []\ncertificates:\n  passwords:\n    "*.pfx": UCLINT_PKCS12_EDGE\n');
    const read = async (env: Record<string, string>) => {
      const result = await lint({ cwd: tree.dir, env, rules: [everyA] });
      return { certificates: result.estate?.certificates.map((c) => `${c.name} ${c.commonName}`), findings: result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.messageId} ${f.message}`) };
    };
    expect(await read({ UCLINT_PKCS12_EDGE: 's3cret' })).toEqual({ certificates: ['edge.pfx pool.contoso.com'], findings: [] });
    const wrong = await read({ UCLINT_PKCS12_EDGE: 'nope' });
    expect(wrong.certificates).toEqual([]);
    expect(wrong.findings).toEqual([
      'edge.pfx:1:1 error parse/certificate certificate/pkcs12-bad-password the password in the environment variable UCLINT_PKCS12_EDGE does not open this PKCS#12 file (MAC verification failed)',
    ]);
    expect(wrong.findings[0]).not.toContain('nope');
    const missing = await read({});
    expect(missing.findings).toEqual([
      'edge.pfx:1:1 warning parse/certificate certificate/pkcs12-password-missing the PKCS#12 file is protected by a password and none is configured (the environment variable UCLINT_PKCS12_EDGE is not set); its certificates are not checked',
    ]);
  });

  (haveOpenssl ? it : it.skip)('a config cannot test guesses of any other variable: it is refused before a file is opened, whatever the value, unless the caller allows the variable', async () => {
    const pem = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/x509/expiry/ok/certs/pool.pem');
    // The attacker's guess, in a file of the pull request: does GITHUB_TOKEN equal s3cret?
    spawnSync('openssl', ['pkcs12', '-export', '-nokeys', '-in', pem, '-passout', 'pass:s3cret', '-out', path.join(tree.dir, 'guess.pfx')]);
    write('.uclint.yml', 'certificates:\n  passwords:\n    guess.pfx: GITHUB_TOKEN\n');
    const outcome = async (value: string, passwordVariables?: string[]) => {
      const result = await lint({ cwd: tree.dir, env: { GITHUB_TOKEN: value }, rules: [everyA], ...(passwordVariables ? { passwordVariables } : {}) });
      return { fatal: result.fatal, certificates: result.estate?.certificates.length, findings: result.findings.map((f) => f.messageId) };
    };
    const right = await outcome('s3cret');
    expect(right).toEqual({
      fatal: [
        expect.objectContaining({
          file: '.uclint.yml',
          line: 3,
          column: 16,
          code: 'config/password-variable-refused',
          message:
            "certificates.passwords: a configuration may name only environment variables whose names start with UCLINT_PKCS12_, or those the command line allows (--pkcs12-password-env GITHUB_TOKEN, or the Action's pkcs12-password-env input); GITHUB_TOKEN is not read",
        }),
      ],
      certificates: undefined,
      findings: [],
    });
    // Right or wrong, the answer is the same: nothing to learn.
    expect(await outcome('wrong')).toEqual(right);

    // The caller may allow the variable.
    expect(await outcome('s3cret', ['GITHUB_TOKEN'])).toEqual({ fatal: [], certificates: 1, findings: [] });
  });
});

describe('lint(): suppressions in regedit exports', () => {
  it('reads the comments of a UTF-16LE export without a byte-order mark, from the text the loader decoded', async () => {
    const { default: ntlm } = await import('../../rules/lync/ntlm-min-sec.js');
    const text = [
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0]',
      '; uclint-disable-next-line lync/ntlm-min-sec -- lab machines, NTLM is not used',
      '"NTLMMinServerSec"=dword:20080030',
      '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa]',
      '"LmCompatibilityLevel"=dword:00000000',
      '',
    ].join('\r\n');
    write('lab.reg', '');
    writeFileSync(path.join(tree.dir, 'lab.reg'), Buffer.from(text, 'utf16le'));
    // NTLM settings alone do not show a Lync estate.
    write('.uclint.yml', 'settings: { families: [lync] }\n');
    const result = await lint({ cwd: tree.dir, rules: [ntlm] });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.suppressed?.kind ?? 'open'}`)).toEqual(['lab.reg:5 lync/ntlm-min-sec inline']);
  });
});
