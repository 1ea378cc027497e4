/**
 * Repositories laid out as BIND administrators lay them out (a named.conf with views and
 * includes, per-view zone files, `$INCLUDE`d parts, DNSSEC keys kept on the server, template
 * zones): the whole run, from discovery to findings, reads them as the server does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint, type LintResult } from '../../src/lint.js';
import { formatJson } from '../../src/report/json.js';
import { TreeFiles } from '../../src/discover/include.js';
import { zoneFileNameHints } from '../../src/formats/zone/recognise.js';
import { loadIncludeAware } from '../../src/formats/shared/include-order.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-bind-repo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

async function run(): Promise<LintResult> {
  return lint({ cwd: dir, now: new Date('2026-11-20T00:00:00Z') });
}

/** `file:line ruleId messageId` of the findings that are not info. */
function problems(result: LintResult): string[] {
  return result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.file}:${f.line} ${f.severity} ${f.messageId ?? f.ruleId}`);
}

function fileEntry(result: LintResult, file: string) {
  return result.files.find((f) => f.file === file);
}

const SOA = '@ IN SOA ns1 hostmaster 2026010101 3600 600 1209600 300';

describe('a Debian-style BIND repository with views', () => {
  beforeEach(() => {
    write({
      'bind/named.conf': 'include "/etc/bind/named.conf.options";\ninclude "/etc/bind/named.conf.local";\n',
      'bind/named.conf.options': 'options {\n\tdirectory "/var/cache/bind";\n};\n',
      'bind/named.conf.local': [
        'acl lan { 10.0.0.0/8; 192.168.0.0/16; };',
        'view "trusted" {',
        '\tmatch-clients { lan; localhost; };',
        '\tzone "contoso.com" { type primary; file "/etc/bind/zones/db.contoso.com.lan"; };',
        '};',
        'view "world" {',
        '\tmatch-clients { any; };',
        '\tzone "contoso.com" { type primary; file "/etc/bind/zones/db.contoso.com.wan"; };',
        '};',
        '',
      ].join('\n'),
      'bind/zones/db.contoso.com.lan': ['$TTL 3600', SOA, '@ IN NS ns1', 'ns1 IN A 10.0.0.53', '$INCLUDE /etc/bind/zones/db.contoso.com.srv', ''].join('\n'),
      'bind/zones/db.contoso.com.srv': '_ldap._tcp IN SRV 0 0 389 dc1\ndc1 IN A 10.0.0.20\n',
      'bind/zones/db.contoso.com.wan': ['$TTL 3600', SOA, '@ IN NS ns1', 'ns1 IN A 198.51.100.53', '$INCLUDE Kcontoso.com.+013+24680.key', ''].join('\n'),
    });
  });

  it('gives each zone file its origin and its view from named.conf, saying what each rests on', async () => {
    const result = await run();
    expect(fileEntry(result, 'bind/zones/db.contoso.com.lan')).toMatchObject({
      kind: 'zone',
      origin: 'contoso.com.',
      originSource: 'named-conf',
      originEvidence: 'bind/named.conf.local:4: zone "contoso.com"',
      view: 'internal',
      viewSource: 'named-conf',
      viewEvidence: 'bind/named.conf.local:4: view "trusted" serves it, and matches only private clients (10.0.0.0/8, 192.168.0.0/16 and localhost)',
    });
    expect(fileEntry(result, 'bind/zones/db.contoso.com.wan')).toMatchObject({
      view: 'external',
      viewEvidence: 'bind/named.conf.local:8: view "world" serves it, and matches any client beside an internal view',
    });
  });

  it('reads an $INCLUDEd part as part of its zone only, and a key kept on the server as a warning', async () => {
    const result = await run();
    expect(fileEntry(result, 'bind/zones/db.contoso.com.srv')).toMatchObject({ kind: 'zone', includedBy: 'bind/zones/db.contoso.com.lan' });
    expect(result.estate?.zones.map((z) => z.file)).toEqual(['bind/zones/db.contoso.com.lan', 'bind/zones/db.contoso.com.wan']);
    expect(result.estate?.recordsAt('_ldap._tcp.contoso.com', 'SRV').map((r) => r.loc.file)).toEqual(['bind/zones/db.contoso.com.srv']);
    expect(problems(result)).toEqual(['bind/zones/db.contoso.com.wan:5 warning zone/include-missing']);
    expect(result.findings.find((f) => f.messageId === 'zone/include-missing')?.message).toBe(
      "$INCLUDE 'Kcontoso.com.+013+24680.key' is not in the repository; the records in it were not checked",
    );
  });

  it('lists where origins and views came from in the JSON report', async () => {
    const json = JSON.parse(formatJson(await run())) as { files: Array<Record<string, string>> };
    expect(json.files.find((f) => f.file === 'bind/zones/db.contoso.com.wan')).toEqual({
      file: 'bind/zones/db.contoso.com.wan',
      kind: 'zone',
      view: 'external',
      origin: 'contoso.com.',
      originSource: 'named-conf',
      originEvidence: 'bind/named.conf.local:8: zone "contoso.com"',
      viewSource: 'named-conf',
      viewEvidence: 'bind/named.conf.local:8: view "world" serves it, and matches any client beside an internal view',
    });
    expect(json.files.find((f) => f.file === 'bind/named.conf')).toEqual({ file: 'bind/named.conf', kind: 'named-conf', view: 'unknown' });
  });

  it('the config still decides over named.conf', async () => {
    write({ '.uclint.yml': 'views: { external: ["bind/zones/db.contoso.com.lan"] }\nzones: { "bind/zones/db.contoso.com.wan": contoso.net }\n' });
    const result = await run();
    expect(fileEntry(result, 'bind/zones/db.contoso.com.lan')).toMatchObject({ view: 'external', viewSource: 'config', originSource: 'named-conf' });
    expect(fileEntry(result, 'bind/zones/db.contoso.com.wan')).toMatchObject({ origin: 'contoso.net.', originSource: 'config', viewSource: 'named-conf' });
  });
});

describe('origins and views by precedence', () => {
  it('named.conf names the zone whatever the file says; its relative names still read from the file\'s $ORIGIN', async () => {
    write({
      'named.conf': 'zone "contoso.com" { file "master/contoso"; };\n',
      'master/contoso': ['$ORIGIN lab.contoso.com.', '$TTL 3600', 'www IN A 198.51.100.80', '$ORIGIN contoso.com.', SOA, '@ IN NS ns1', 'ns1 IN A 198.51.100.53', ''].join('\n'),
    });
    const result = await run();
    expect(fileEntry(result, 'master/contoso')).toMatchObject({ kind: 'zone', origin: 'contoso.com.', originSource: 'named-conf' });
    expect(result.estate?.hasName('www.lab.contoso.com')).toBe(true);
    expect(problems(result)).toEqual([]);
  });

  it("PowerDNS's BIND backend reads named.conf too: its native zones are named by it", async () => {
    write({
      'named.conf': 'options { directory "/etc/powerdns/zones/"; };\nzone "contoso.com" { type native; file "contoso.zone"; };\n',
      'zones/contoso.zone': ['$TTL 3600', SOA, '@ IN NS ns1', 'ns1 IN A 198.51.100.53', ''].join('\n'),
    });
    const result = await run();
    expect(fileEntry(result, 'zones/contoso.zone')).toMatchObject({ kind: 'zone', origin: 'contoso.com.', originSource: 'named-conf' });
  });

  it('a view suffix in the file name gives the origin without it and the view from it', async () => {
    write({
      'dns/contoso.com-ext.zone': ['$TTL 3600', SOA, '@ IN NS ns1.contoso.net.', 'www IN A 198.51.100.80', ''].join('\n'),
      'dns/db.contoso.com.internal': ['$TTL 3600', SOA, '@ IN NS ns1.contoso.net.', 'www IN A 10.0.0.80', ''].join('\n'),
    });
    const result = await run();
    expect(fileEntry(result, 'dns/contoso.com-ext.zone')).toMatchObject({ origin: 'contoso.com.', originSource: 'filename', view: 'external', viewSource: 'filename', viewEvidence: "the file name ends with '-ext'" });
    expect(fileEntry(result, 'dns/db.contoso.com.internal')).toMatchObject({ origin: 'contoso.com.', view: 'internal', viewSource: 'filename' });
    expect(problems(result)).toEqual([]);
  });

  it('a zone whose origin is only a guess from its name says so when its names then fail', async () => {
    // A part of another zone, read alone: its relative names land under the wrong origin.
    write({ 'dns/db.contoso.com.ldap': ['$TTL 3600', '_ldap._tcp IN SRV 0 0 389 dc1', 'dc1 IN CNAME dc1-host', ''].join('\n') });
    const result = await run();
    const note = result.findings.find((f) => f.messageId === 'zone/origin-guessed');
    expect(note).toMatchObject({ file: 'dns/db.contoso.com.ldap', line: 1, severity: 'info' });
    // The SRV targets an alias, and the alias points nowhere: both follow from the origin.
    expect(result.findings.filter((f) => !f.ruleId.startsWith('parse/') && f.severity !== 'info').map((f) => f.ruleId)).toEqual(['sip/srv-target', 'dns/dangling-target']);
    expect(note?.message).toBe(
      "the origin contoso.com.ldap. of this zone is only a guess from its file name, and 2 findings on its names follow from it; if the guess is wrong, name the zone in a named.conf or in the config's `zones`",
    );
  });
});

describe('no cascades', () => {
  it('an address that cannot be read is one parse error, not also a dangling or address-less target', async () => {
    write({ 'external/contoso.com.zone': ['$ORIGIN contoso.com.', '$TTL 3600', SOA, '@ IN NS ns1.contoso.net.', 'dc1 IN A 198.51.100.300', '_ldap._tcp IN SRV 0 0 389 dc1', 'ldap IN CNAME dc1', ''].join('\n') });
    const result = await run();
    expect(problems(result)).toEqual(['external/contoso.com.zone:5 error zone/bad-address']);
  });

  it('a zone template whose SOA holds a placeholder is not said to lack its SOA and NS', async () => {
    write({
      'named.conf': 'zone "contoso.com" { type primary; file "contoso.com.zone"; };\n',
      'contoso.com.zone': ['$TTL 3600', '@ IN SOA ns1 hostmaster {{serial}} 3600 600 86400 300', '@ IN NS ns1', 'ns1 IN A 198.51.100.53', ''].join('\n'),
    });
    const result = await run();
    expect(problems(result)).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'dns/zone-validity').map((f) => `${f.severity} ${f.message}`)).toEqual([
      'info not checked: a record at its apex could not be read, so whether it has an SOA and NS records was not checked',
    ]);
  });

  it('an IMS template zone named by named.conf is one note, and nothing it cannot judge is an error', async () => {
    write({
      'dns/named.conf': 'zone "IMS_DOMAIN" { type master; file "/etc/bind/ims_zone"; };\n',
      'dns/ims_zone': [
        '$ORIGIN IMS_DOMAIN.',
        '$TTL 1W',
        '@ 1D IN SOA localhost. root.localhost. 1 3H 15M 1W 1D',
        '  1D IN NS ns',
        'ns 1D IN A DNS_IP',
        'pcscf 1D IN A PCSCF_IP',
        '_sip._udp.pcscf 1D SRV 0 0 5060 pcscf',
        'icscf 1D IN A ICSCF_IP',
        '_sip._udp 1D SRV 0 0 5060 icscf',
        '',
      ].join('\n'),
    });
    const result = await run();
    expect(problems(result)).toEqual([]);
    const notes = result.findings.filter((f) => f.messageId === 'zone/template-placeholder');
    expect(notes.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      "dns/ims_zone:5 this file is a template: 3 lines hold placeholders (UPPER_CASE, such as 'DNS_IP'); the records on them were not checked",
    ]);
  });
});

describe("BIND's binary files", () => {
  it('a secondary zone kept in raw format is said not to be read; a journal is left alone', async () => {
    // A zone beside them, so the run reads a file (a run that reads none stops with exit code 2).
    const zone = '$ORIGIN example.net.\n@ 3600 IN SOA ns hostmaster 1 3600 600 86400 300\n@ 3600 IN NS ns\nns 3600 IN A 192.0.2.1\n';
    write({ 'bind/db.contoso.com': '\0\0\0\x02\0\0\0\x01binary', 'bind/db.contoso.com.jnl': ';BIND LOG V9\n\0\0', 'bind/db.example.net': zone });
    const result = await run();
    expect(result.files.map((f) => f.file)).toEqual(['bind/db.example.net']);
    expect(result.findings.filter((f) => f.file !== 'bind/db.example.net').map((f) => `${f.file} ${f.severity} ${f.messageId}`)).toEqual(['bind/db.contoso.com info input/binary']);
  });
});

describe('what a path written for the server names in the tree', () => {
  const tree = new TreeFiles(['bind/db.0', 'bind-soa/db.0', 'bind-soa/named.conf', 'bind/zones/db.x', 'other/zones/db.x', 'db.y']);
  it.each([
    ['/etc/bind/zones/db.x', 'bind/named.conf', undefined, 'bind/zones/db.x'],
    // The configuration's own directory first: another directory named like /etc/bind is not the server's.
    ['/etc/bind/db.0', 'bind-soa/named.conf', 'bind-soa', 'bind-soa/db.0'],
    ['/etc/bind/db.0', 'named.conf', '', 'bind/db.0'],
    ['/var/named/db.y', 'x/named.conf', undefined, 'db.y'],
    ['/etc/bind/db.missing', 'named.conf', undefined, undefined],
  ])('%s from %s', (written, from, within, expected) => {
    expect(tree.byTail(written, from, within)).toBe(expected);
  });
});

describe('file names of zones', () => {
  it.each([
    ['db.contoso.com.internal', 'contoso.com.', 'internal'],
    ['contoso.com-ext.zone', 'contoso.com.', 'external'],
    ['contoso.com.external.db', 'contoso.com.', 'external'],
    ['db.contoso.com-int', 'contoso.com.', 'internal'],
    ['db.contoso.com.inside', 'contoso.com.', 'internal'],
    ['db.contoso.com.outside', 'contoso.com.', 'external'],
    ['contoso.com_lan.zone', 'contoso.com.', 'internal'],
    ['db.contoso.com.signed', 'contoso.com.', undefined],
    // A view word that is the domain's own last label is not a suffix.
    ['db.corp.internal', 'corp.internal.', undefined],
    ['db.nato.int', 'nato.int.', undefined],
    ['db.office.lan', 'office.lan.', undefined],
  ])('%s -> %s %s', (name, origin, view) => {
    const hints = zoneFileNameHints(name);
    expect(hints.origin).toBe(origin);
    expect(hints.view).toBe(view);
  });
});

describe('loading with includes', () => {
  it('a file included by another is not loaded alone, whatever the order; one a config names stays a zone', () => {
    const includes: Record<string, string[]> = { a: ['c'], b: ['a', 'c'], c: [], d: [] };
    const loaded: string[] = [];
    const load = (file: string) => {
      loaded.push(file);
      return { result: file, includes: includes[file] };
    };
    const { results, includedBy } = loadIncludeAware(['a', 'b', 'c', 'd'], load, (file) => file === 'c');
    expect([...results.keys()]).toEqual(['b', 'c', 'd']);
    expect(Object.fromEntries(includedBy)).toEqual({ a: 'b', c: 'b' });
    expect(loaded).toEqual(['a', 'b', 'c', 'd']);
  });
});
