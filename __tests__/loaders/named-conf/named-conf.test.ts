import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isNamedConfName, looksLikeNamedConf, parseNamedConf } from '../../../src/formats/named-conf/loader.js';
import { expectNearLinear } from '../../helpers/scaling.js';
import type { IncludeReader } from '../../../src/formats/zone/options.js';

function parse(text: string, includes: Record<string, string> = {}) {
  const includeReader: IncludeReader = (written) => {
    const name = written.replace(/^.*\//, '');
    return name in includes ? { file: `bind/${name}`, text: includes[name] } : { error: `'${written}' is not in the lint root`, missing: true };
  };
  return parseNamedConf(text, { file: 'bind/named.conf', includeReader });
}

/** `line:column code` of each diagnostic. */
function problems(text: string): string[] {
  return parse(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}

describe('named.conf grammar', () => {
  it('reads zones with their file, type and class, with comments of the three kinds anywhere', () => {
    const { conf, diagnostics } = parse(
      [
        '// C++ comment',
        '# shell comment',
        '/* C comment',
        '   over lines */',
        'options { directory "/var/cache/bind"; };',
        'zone "Contoso.COM" IN { type master; /* inline */ file "/etc/bind/db.contoso.com"; }; # after',
        'zone "10.in-addr.arpa" { type primary; file "db.10"; allow-update { none; }; };',
        'zone "." { type hint; file "root.hints"; };',
        '',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(conf.directory?.path).toBe('/var/cache/bind');
    expect(conf.zones.map((z) => [z.name, z.written, z.type, z.file?.path, z.directory, z.loc.line])).toEqual([
      ['contoso.com.', 'Contoso.COM', 'master', '/etc/bind/db.contoso.com', '/var/cache/bind', 6],
      ['10.in-addr.arpa.', '10.in-addr.arpa', 'primary', 'db.10', '/var/cache/bind', 7],
      ['.', '.', 'hint', 'root.hints', '/var/cache/bind', 8],
    ]);
    expect(conf.zones[0].file?.loc).toMatchObject({ line: 6, column: 56 });
  });

  it('reads quoted strings over several lines and with escaped quotes, and words with ${...} templates inside', () => {
    const { conf, diagnostics } = parse('zone "a\\"b.example" { file "multi\nline"; };\nacl x { ${CLIENT_CIDR}; 10/8; };\n');
    expect(diagnostics).toEqual([]);
    expect(conf.zones[0].file?.path).toBe('multi\nline');
    expect(conf.acls.get('x')?.map((e) => `${e.kind}:${e.value}`)).toEqual(['name:${CLIENT_CIDR}', 'address:10/8']);
  });

  it('reads views, their match-clients (negations, keys, nested lists, ACL names) and the zones inside them', () => {
    const { conf, diagnostics } = parse(
      [
        'acl "inside" { 10.0.0.0/8; 192.168/16; };',
        'view "internal" {',
        '  match-clients { !192.0.2.1; inside; key "tsig-int"; { localhost; }; };',
        '  zone "contoso.com" { type master; file "internal/db.contoso.com"; };',
        '};',
        'view "external" in { match-clients { any; }; zone "contoso.com" { type master; file "external/db.contoso.com"; }; };',
        '',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(conf.views.map((v) => v.name)).toEqual(['internal', 'external']);
    expect(conf.views[0].matchClients?.map((e) => `${e.negated ? '!' : ''}${e.kind}:${e.value}`)).toEqual(['!address:192.0.2.1', 'name:inside', 'key:tsig-int', 'list:{ ... }']);
    expect(conf.views[0].matchClients?.[3].elements?.map((e) => e.value)).toEqual(['localhost']);
    expect(conf.zones.map((z) => `${z.view?.name} ${z.file?.path}`)).toEqual(['internal internal/db.contoso.com', 'external external/db.contoso.com']);
  });

  it('reads included files where the include stands: zones included inside a view belong to it', () => {
    const { conf, diagnostics } = parse('view "internal" {\n  include "/etc/bind/zones.internal";\n};\ninclude "/etc/bind/named.conf.options";\n', {
      'zones.internal': 'zone "contoso.com" { file "/etc/bind/db.contoso.com.internal"; };\n',
      'named.conf.options': 'options { directory "/etc/bind"; };\n',
    });
    expect(diagnostics).toEqual([]);
    expect(conf.includes).toEqual(['bind/zones.internal', 'bind/named.conf.options']);
    expect(conf.zones).toHaveLength(1);
    expect(conf.zones[0]).toMatchObject({ name: 'contoso.com.', view: { name: 'internal' }, directory: '/etc/bind', loc: { file: 'bind/zones.internal', line: 1 } });
  });

  it('an include the repository does not hold is said once and does not stop the rest', () => {
    const { conf, diagnostics } = parse('include "/etc/bind/rndc.key";\nzone "contoso.com" { file "db.contoso.com"; };\n');
    expect(diagnostics.map((d) => `${d.line} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      "1 info named-conf/include-missing include '/etc/bind/rndc.key' is not in the repository; the statements in it were not read",
    ]);
    expect(conf.zones).toHaveLength(1);
  });

  it('an include cycle is reported, not followed for ever', () => {
    const includeReader: IncludeReader = (written) => ({ file: written, text: `include "${written === 'a.conf' ? 'b.conf' : 'a.conf'}";\n` });
    const result = parseNamedConf('include "a.conf";\n', { file: 'named.conf', includeReader });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(['b.conf:1 named-conf/include-cycle']);
  });

  it('`zone "x";` inside response-policy names a zone, it does not declare one; controls clauses go on after their blocks', () => {
    const { conf, diagnostics } = parse(
      'options { response-policy { zone "rpz.local"; } qname-wait-recurse no; };\ncontrols { inet 127.0.0.1 port 953 allow { 127.0.0.1; } keys { "rndc-key"; }; };\n',
    );
    expect(diagnostics).toEqual([]);
    expect(conf.zones).toEqual([]);
  });
});

describe('named.conf syntax errors, at their lines, reading on', () => {
  it.each([
    ['a missing ; before }', 'options {\n  directory "/tmp"\n};\nzone "a" { file "a.db"; };\n', ['3:1 named-conf/missing-semicolon']],
    ['a missing ; after a block, before the next statement', 'zone "a" { file "a.db"; }\nzone "b" { file "b.db"; };\n', ['2:1 named-conf/missing-semicolon']],
    ['a missing ; at the end of the file', 'zone "a" {\n  file "a.db";\n}\n', ['3:2 named-conf/missing-semicolon']],
    ['a stray ;', 'options { directory "/tmp"; };;\n', ['1:31 named-conf/syntax']],
    ['a } without {', 'zone "a" { file "a.db"; };\n}\n', ['2:1 named-conf/unbalanced-braces']],
    ['a { never closed', 'zone "a" {\n  file "a.db";\n', ['1:10 named-conf/unbalanced-braces']],
    // The first quote closes at `file "`: the one after a.db opens a string the file never closes.
    ['a string never closed', 'zone "a { file "a.db"; };\n', ['1:21 named-conf/unterminated-string', '2:1 named-conf/missing-semicolon']],
    ['a comment never closed', 'zone "a" { file "a.db"; };\n/* the rest\n', ['2:1 named-conf/unterminated-comment']],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('reads the zones after a syntax error', () => {
    const { conf } = parse('zone "a" { file "a.db"; }\nzone "b" { file "b.db"; };\n');
    expect(conf.zones.map((z) => z.name)).toEqual(['a.', 'b.']);
  });

  it('refuses nesting beyond the bound, at the block, and goes on', () => {
    const deep = 'options {' + ' x {'.repeat(70) + ' };'.repeat(70) + ' };\nzone "a" { file "a.db"; };\n';
    const result = parse(deep);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['named-conf/too-deep']);
    expect(result.conf.zones.map((z) => z.name)).toEqual(['a.']);
  });

  it('reads in time near-linear in the text, whatever it repeats (unclosed `${`, quotes, comments, braces)', () => {
    for (const unit of ['${', '"', '/*', '{ ', 'x ']) {
      // Sizes past the young generation's collections, where a garbage collection shows as work.
      expectNearLinear({ input: (n) => unit.repeat(n), run: (text) => parse(text) }, 320_000, { factor: 4 });
    }
  });

  it('a zone name that is no domain name is an error at the name', () => {
    expect(problems(`zone "${'a'.repeat(64)}.com" { file "x.db"; };\n`)).toEqual(['1:6 named-conf/bad-zone-name']);
  });

  it('a template is said to be one, once, and its structure is not used', () => {
    const result = parse('{% for z in zones %}\nzone "{{ z.name }}" { file "{{ z.file }}"; };\n{% endfor %}\n');
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual(['1:1 info named-conf/template']);
    expect(result.conf.template).toBe('{% %}');
    expect(result.conf.zones).toEqual([]);
  });

  it('zone statements holding placeholders are counted in one note, and the others are used', () => {
    const result = parse('zone "${DOMAIN}" { file "db.${DOMAIN}"; };\nzone "@ZONE@" { file "db.zone"; };\nzone "contoso.com" { file "db.contoso.com"; };\n');
    expect(result.diagnostics.map((d) => `${d.line} ${d.severity} ${d.message}`)).toEqual([
      '1 info 2 zone statements hold template placeholders (${NAME}); they are not used to find zone files',
    ]);
    expect(result.conf.zones.map((z) => z.name)).toEqual(['contoso.com.']);
  });
});

describe('recognising a named.conf', () => {
  it.each([
    ['named.conf', true],
    ['named.conf.local', true],
    ['named.conf.default-zones', true],
    ['named.internal.conf', true],
    ['named-views.conf', true],
    ['named.conf.j2', false],
    ['named.conf.bak', false],
    ['named.conf.local.orig', false],
    ['named.conf~', false],
    ['named.txt', false],
  ])('%s by name: %s', (name, expected) => {
    expect(isNamedConfName(name)).toBe(expected);
  });

  it('by content: BIND statements with a zone, view or options block', () => {
    expect(looksLikeNamedConf('// zones\nzone "10.in-addr.arpa" { type master; file "/etc/bind/db.empty"; };\n')).toBe(true);
    expect(looksLikeNamedConf('acl a { 10/8; };\nview "v" { };\n')).toBe(true);
    // An rndc key file, dhcpd.conf and a template are not.
    expect(looksLikeNamedConf('key "rndc-key" { algorithm hmac-sha256; secret "x"; };\n')).toBe(false);
    expect(looksLikeNamedConf('option domain-name "example.org";\nsubnet 10.0.0.0 netmask 255.0.0.0 { }\n')).toBe(false);
    expect(looksLikeNamedConf('{% for z in zones %}\nzone "{{ z }}" { };\n')).toBe(false);
  });
});

/** named-checkconf, when installed, reports the same first line for every malformed case. */
const haveCheckconf = spawnSync('named-checkconf', ['-v'], { encoding: 'utf8' }).status === 0;
(haveCheckconf ? describe : describe.skip)('named-checkconf agrees on the line of the first syntax error', () => {
  const cases: Array<[string, string]> = [
    ['missing ; before }', 'options {\n  directory "/tmp"\n};\n'],
    ['missing ; before the next statement', 'zone "a" { type master; file "a.db"; }\nzone "b" { type master; file "b.db"; };\n'],
    ['a stray ;', 'options {\n directory "/tmp";\n};;\n'],
    ['a } without {', 'zone "a" { type master; file "a.db"; };\n}\n'],
  ];
  it.each(cases)('%s', (_name, text) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'uclint-checkconf-'));
    try {
      writeFileSync(path.join(dir, 'named.conf'), text);
      const run = spawnSync('named-checkconf', [path.join(dir, 'named.conf')], { encoding: 'utf8' });
      const bindLine = Number(/named\.conf:(\d+):/.exec(run.stdout + run.stderr)?.[1]);
      expect(run.status).not.toBe(0);
      expect(parse(text).diagnostics[0]?.line).toBe(bindLine);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
