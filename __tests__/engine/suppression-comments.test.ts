/**
 * Suppression comments are read only from real comments of each format's grammar: a `;` or
 * `#` inside a quoted string, a scalar or a value is data, and a directive there is not
 * honoured (the finding stays). A directive in a real comment is.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { lint } from '../../src/lint.js';
import { defineRule, type AnyRule } from '../../src/engine/rule.js';

let dir: string;
function write(rel: string, content: string | Buffer): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-comments-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const meta = { description: 'd', rationale: 'r', severity: 'warning' as const, recommended: true, citations: [], messages: { seen: 'seen' } };

/** A finding on every A record. */
const everyA = defineRule({
  id: 'test/every-a',
  meta,
  check({ estate, report }) {
    for (const a of estate.records('A')) report({ node: a, messageId: 'seen' });
  },
});

/** A finding on every registry value. */
const everyValue = defineRule({
  id: 'test/every-value',
  meta,
  check({ estate, report }) {
    for (const file of estate.registry.files) for (const value of file.values) report({ node: value, messageId: 'seen' });
  },
});

/** A finding on every address a VPN profile routes into the tunnel. */
const everyRoute = defineRule({
  id: 'test/every-route',
  meta,
  check({ estate, report }) {
    for (const profile of estate.vpnProfiles) for (const address of profile.include) report({ node: address, messageId: 'seen' });
  },
});

/** `file:line rule open|inline|file` for each finding, without the reports about directives. */
async function findings(rules: readonly AnyRule[]): Promise<string[]> {
  const result = await lint({ cwd: dir, rules });
  return result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.suppressed?.kind ?? 'open'}`);
}

describe('zone files: `;` outside quotes', () => {
  it('a directive inside a quoted TXT string is data; one in a comment after it, or on its own line, is honoured', async () => {
    write(
      'a.zone',
      [
        '$ORIGIN a.',
        '$TTL 60',
        't TXT "; uclint-disable-next-line test/every-a -- inside the string"',
        'x A 192.0.2.1',
        'u TXT "a;b" "; uclint-disable-next-line test/every-a -- inside the second string" ; a comment without a directive',
        'y A 192.0.2.2',
        'v TXT "\\"; uclint-disable-next-line test/every-a -- after an escaped quote, still inside"',
        'z A 192.0.2.3',
        'w TXT "text" ; uclint-disable-next-line test/every-a -- a real comment after the data',
        'p A 192.0.2.4',
        '; uclint-disable-next-line test/every-a -- a real comment on its own line',
        'q A 192.0.2.5 ; "quotes" inside a comment are comment text',
        'r A 192.0.2.6 ; uclint-disable-line test/every-a -- after a record',
        '',
      ].join('\n'),
    );
    expect(await findings([everyA])).toEqual([
      'a.zone:4 test/every-a open',
      'a.zone:6 test/every-a open',
      'a.zone:8 test/every-a open',
      'a.zone:10 test/every-a inline',
      'a.zone:12 test/every-a inline',
      'a.zone:13 test/every-a inline',
    ]);
  });

  it('a comment met again when the scanner reads on after an unclosed parenthesis is read once', async () => {
    write('a.zone', ['$ORIGIN a.', '$TTL 60', 't TXT ( "never closed"', 'x A 192.0.2.1 ; uclint-disable-line test/every-a -- read twice by the scanner, once here', ''].join('\n'));
    expect(await findings([everyA])).toEqual(['a.zone:3 parse/zone open', 'a.zone:4 test/every-a inline']);
  });
});

describe('YAML manifests: `#` comment tokens, not `#` inside a scalar', () => {
  it('quoted, plain and block scalars holding the marker are data; comments are honoured', async () => {
    write(
      'topology.yml',
      [
        'apiVersion: uclint/v1',
        'kind: Topology',
        'noteA: "text # uclint-disable-line parse/manifest -- inside a double-quoted string"',
        "noteB: 'text # uclint-disable-line parse/manifest -- inside a single-quoted string'",
        'noteC: text#uclint-disable-line parse/manifest -- a plain scalar holds # after a non-blank',
        'noteD: |',
        '  # uclint-disable-next-line parse/manifest -- a line of a block scalar',
        'noteE: 1',
        'noteF: 1 # uclint-disable-line parse/manifest -- a real comment',
        '# uclint-disable-next-line parse/manifest -- a real comment on its own line',
        'noteG: 1',
        '',
      ].join('\n'),
    );
    expect(await findings([])).toEqual([
      'topology.yml:3 parse/manifest open',
      'topology.yml:4 parse/manifest open',
      'topology.yml:5 parse/manifest open',
      'topology.yml:6 parse/manifest open',
      'topology.yml:8 parse/manifest open',
      'topology.yml:9 parse/manifest inline',
      'topology.yml:11 parse/manifest inline',
    ]);
  });
});

describe('regedit exports: `;` first on a line, not inside a value', () => {
  it('a directive inside a string value is data; a comment line is honoured', async () => {
    write(
      'lab.reg',
      Buffer.from(
        [
          'Windows Registry Editor Version 5.00',
          '',
          '[HKEY_CURRENT_USER\\Software\\Test]',
          '"A"="; uclint-disable-line test/every-value -- inside the string"',
          '"B"="x"',
          '"C"="; uclint-disable-next-line test/every-value -- inside the string"',
          '"D"="x"',
          '; uclint-disable-next-line test/every-value -- a real comment',
          '"E"="x"',
          '',
        ].join('\r\n'),
        'utf16le',
      ),
    );
    expect(await findings([everyValue])).toEqual([
      'lab.reg:4 test/every-value open',
      'lab.reg:5 test/every-value open',
      'lab.reg:6 test/every-value open',
      'lab.reg:7 test/every-value open',
      'lab.reg:9 test/every-value inline',
    ]);
  });
});

describe('WireGuard: `#` wherever it is, and nothing else', () => {
  it('a `;` is not a comment; `#` is, on its own line or after a value', async () => {
    write(
      'wg0.conf',
      [
        '[Peer]',
        '; uclint-disable-next-line test/every-route -- not a comment in WireGuard',
        'AllowedIPs = 10.1.0.0/16',
        'AllowedIPs = 10.2.0.0/16 # uclint-disable-line test/every-route -- a comment after the value',
        '# uclint-disable-next-line test/every-route -- a comment line',
        'AllowedIPs = 10.3.0.0/16',
        '',
      ].join('\n'),
    );
    // wg-quick refuses the `;` line: it is not a comment there, so uclint reports it too.
    expect(await findings([everyRoute])).toEqual([
      'wg0.conf:2 parse/wireguard open',
      'wg0.conf:3 test/every-route open',
      'wg0.conf:4 test/every-route inline',
      'wg0.conf:6 test/every-route inline',
    ]);
  });
});

describe('OpenVPN: `#` or `;` where a word would start, outside quotes and inline blocks', () => {
  it('a marker inside quotes, inside a word or inside an inline block is data; `#` and `;` comments are honoured', async () => {
    write(
      'client.ovpn',
      [
        'client',
        'setenv NOTE "x # uclint-disable-next-line test/every-route -- inside quotes"',
        'route 10.1.0.0 255.255.0.0',
        'setenv NOTE x#uclint-disable-line test/every-route -- inside a word',
        'route 10.2.0.0 255.255.0.0',
        '<tls-auth>',
        '# uclint-disable-next-line test/every-route -- inside an inline block',
        '</tls-auth>',
        'route 10.3.0.0 255.255.0.0',
        '; uclint-disable-next-line test/every-route -- a ; comment',
        'route 10.4.0.0 255.255.0.0',
        'route 10.5.0.0 255.255.0.0 # uclint-disable-line test/every-route -- a # comment after the words',
        '',
      ].join('\n'),
    );
    expect(await findings([everyRoute])).toEqual([
      'client.ovpn:3 test/every-route open',
      'client.ovpn:5 test/every-route open',
      'client.ovpn:9 test/every-route open',
      'client.ovpn:11 test/every-route inline',
      'client.ovpn:12 test/every-route inline',
    ]);
  });
});

describe('zone parts and BIND configurations', () => {
  it('a directive in a file another zone includes counts once, from the zone that includes it', async () => {
    write('db.a', ['$ORIGIN a.', '$TTL 60', '$INCLUDE db.a.part', 'x A 192.0.2.1', ''].join('\n'));
    write('db.a.part', ['; uclint-disable-next-line test/every-a -- the part says so', 'y A 192.0.2.2', ''].join('\n'));
    const result = await lint({ cwd: dir, rules: [everyA] });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.suppressed?.kind ?? 'open'}`)).toEqual(['db.a:4 test/every-a open', 'db.a.part:2 test/every-a inline']);
  });

  it('named.conf: a `//` comment holds directives; a string does not', async () => {
    write(
      'named.conf',
      [
        'zone "a" { type master; file "db.a"; }',
        '// uclint-disable-next-line parse/named-conf -- a comment above the statement',
        'zone "b" { type master; file "db.b"; }',
        'zone "c" { type master; file "// uclint-disable-next-line parse/named-conf -- inside a string"; }',
        'zone "d" { type master; file "db.d"; }',
        '',
      ].join('\n'),
    );
    write('db.a', '$ORIGIN a.\n$TTL 60\n@ SOA ns h 1 1 1 1 1\n');
    // A missing `;` is reported at the token that follows, as named-checkconf does: the first at line 3.
    expect((await findings([everyA])).filter((f) => f.startsWith('named.conf'))).toEqual([
      'named.conf:3 parse/named-conf inline',
      'named.conf:4 parse/named-conf open',
      'named.conf:5 parse/named-conf open',
      'named.conf:5 parse/named-conf open',
    ]);
  });
});
