import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readDnsControl } from '../../../src/languages/javascript/index.js';
import type { DnsControlHost, JsCall, JsValue } from '../../../src/languages/javascript/index.js';

const at = (file: string, line: number, column: number, endLine: number, endColumn: number) => ({ file, line, column, endLine, endColumn });

/** The value as plain data for assertions: calls as `NAME(args)` arrays, DNSControl names as `$NAME`, unknowns as `?expression`. */
function plain(value: JsValue): unknown {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return value.value;
    case 'null':
      return null;
    case 'list':
      return value.items.map(plain);
    case 'object':
      return Object.fromEntries([...value.entries].map(([key, entry]) => [key, plain(entry)]));
    case 'call':
      return { [value.callee]: value.args.map(plain) };
    case 'global':
      return `$${value.name}`;
    case 'unknown':
      return `?${value.expression}`;
  }
}

const entries = (text: string, host?: DnsControlHost) => readDnsControl('dnsconfig.js', text, host).entries.map(plain);

/** A Teams tenant's records as DNSControl users write them: constants, a shared array, a D() per domain. */
const TEAMS = `// Microsoft 365 and Teams
var REG_NONE = NewRegistrar("none");
var DSP_AZURE = NewDnsProvider("azuredns_main");
const SIP_TARGET = "sipdir.online.lync.com.";
var TEAMS_RECORDS = [
  SRV("_sip._tls", 100, 1, 443, SIP_TARGET),
  SRV("_sipfederationtls._tcp", 100, 1, 5061, "sipfed.online.lync.com.", TTL(3600)),
  CNAME("lyncdiscover", "webdir.online.lync.com."),
];

D("contoso.com", REG_NONE, DnsProvider(DSP_AZURE),
  A("@", "1.2.3.4", CF_PROXY_ON),
  CNAME("sip", SIP_TARGET),
  TEAMS_RECORDS
);
`;

describe('a Teams configuration', () => {
  const program = readDnsControl('dnsconfig.js', TEAMS);

  it('gives the top-level calls in order with their arguments evaluated', () => {
    expect(program.diagnostics).toEqual([]);
    expect(program.entries.map(plain)).toEqual([
      {
        D: [
          'contoso.com',
          { NewRegistrar: ['none'] },
          { DnsProvider: [{ NewDnsProvider: ['azuredns_main'] }] },
          { A: ['@', '1.2.3.4', '$CF_PROXY_ON'] },
          { CNAME: ['sip', 'sipdir.online.lync.com.'] },
          [
            { SRV: ['_sip._tls', 100, 1, 443, 'sipdir.online.lync.com.'] },
            { SRV: ['_sipfederationtls._tcp', 100, 1, 5061, 'sipfed.online.lync.com.', { TTL: [3600] }] },
            { CNAME: ['lyncdiscover', 'webdir.online.lync.com.'] },
          ],
        ],
      },
    ]);
  });

  it('places each call, callee and value where it is written (the literal, through variables)', () => {
    const d = program.entries[0] as JsCall;
    expect(d.loc).toEqual(at('dnsconfig.js', 11, 1, 15, 2));
    expect(d.calleeLoc).toEqual(at('dnsconfig.js', 11, 1, 11, 2));
    expect(d.args[0].loc).toEqual(at('dnsconfig.js', 11, 3, 11, 16));
    const cname = d.args[4] as JsCall;
    expect(cname.args[1].loc).toEqual(at('dnsconfig.js', 4, 20, 4, 45));
    const srv = (d.args[5] as Extract<JsValue, { kind: 'list' }>).items[0] as JsCall;
    expect(srv.loc).toEqual(at('dnsconfig.js', 6, 3, 6, 44));
    expect(srv.args[3].loc).toEqual(at('dnsconfig.js', 6, 28, 6, 31));
    expect(program.files).toEqual(['dnsconfig.js']);
  });
});

describe('what the evaluator models', () => {
  it('concatenates strings, fills templates, spreads arrays and concats them', () => {
    const text = `var tenant = "contoso";
var base = [CNAME("autodiscover", "autodiscover.outlook.com.")];
var more = base.concat([MX("@", 0, tenant + "-com.mail.protection.outlook.com.")], TXT("@", \`MS=ms\${12345}\`));
D("contoso.com", "none", ...more, [...base]);`;
    expect(entries(text)).toEqual([
      {
        D: [
          'contoso.com',
          'none',
          { CNAME: ['autodiscover', 'autodiscover.outlook.com.'] },
          { MX: ['@', 0, 'contoso-com.mail.protection.outlook.com.'] },
          { TXT: ['@', 'MS=ms12345'] },
          [{ CNAME: ['autodiscover', 'autodiscover.outlook.com.'] }],
        ],
      },
    ]);
  });

  it('maps an arrow over a known array and inlines a function that returns an expression', () => {
    const text = `var hosts = ["sip", "lyncdiscover"];
function teams(target) { return hosts.map((h) => CNAME(h, target)); }
D("contoso.com", "none", teams("webdir.online.lync.com."));`;
    const program = readDnsControl('dnsconfig.js', text);
    expect(program.entries.map(plain)).toEqual([{ D: ['contoso.com', 'none', [{ CNAME: ['sip', 'webdir.online.lync.com.'] }, { CNAME: ['lyncdiscover', 'webdir.online.lync.com.'] }]] }]);
    const cname = ((program.entries[0] as JsCall).args[2] as Extract<JsValue, { kind: 'list' }>).items[0] as JsCall;
    expect(cname.via).toEqual([at('dnsconfig.js', 3, 26, 3, 58)]);
    expect(cname.args[1].loc).toEqual(at('dnsconfig.js', 3, 32, 3, 57));
  });

  it('follows a function with defaults, member writes, pushes and ifs of known values, as configurations write them', () => {
    const text = `var TTL_DEFAULT = 3600;
function Office365(domain, params) {
  if (!domain) { throw new Error("domain is required"); }
  params = params || {};
  params.ttl = params.ttl || TTL_DEFAULT;
  var records = [];
  if (params.validation) { records.push(TXT("@", params.validation, TTL(params.ttl))); }
  records = records.concat([CNAME("lyncdiscover", "webdir.online.lync.com.", TTL(params.ttl))]);
  return records;
}
D("a.com", "none", Office365("a.com"));
D("b.com", "none", Office365("b.com", { validation: "MS=ms1", ttl: 300 }));`;
    expect(entries(text)).toEqual([
      { D: ['a.com', 'none', [{ CNAME: ['lyncdiscover', 'webdir.online.lync.com.', { TTL: [3600] }] }]] },
      { D: ['b.com', 'none', [{ TXT: ['@', 'MS=ms1', { TTL: [300] }] }, { CNAME: ['lyncdiscover', 'webdir.online.lync.com.', { TTL: [300] }] }]] },
    ]);
  });

  it('runs loops over known arrays, for-in over indexes and counted for loops, with D() in the body', () => {
    const text = `var names = ["contoso", "fabrikam"];
for (var index in names) { D(names[index] + ".com", "none"); }
for (const name of names) D_EXTEND(name + ".com", A("www", "192.0.2.1"));
var stage = [];
for (var i = 1; i <= 2; ++i) { stage.push(A("host" + i, "192.0.2." + i)); }
names.forEach(function (n) { DEFAULTS(n); });
D("lab.com", "none", stage);`;
    expect(entries(text)).toEqual([
      { D: ['contoso.com', 'none'] },
      { D: ['fabrikam.com', 'none'] },
      { D_EXTEND: ['contoso.com', { A: ['www', '192.0.2.1'] }] },
      { D_EXTEND: ['fabrikam.com', { A: ['www', '192.0.2.1'] }] },
      { DEFAULTS: ['contoso'] },
      { DEFAULTS: ['fabrikam'] },
      { D: ['lab.com', 'none', [{ A: ['host1', '192.0.2.1'] }, { A: ['host2', '192.0.2.2'] }]] },
    ]);
  });

  it('evaluates IP() to the number DNSControl computes, and arithmetic on it', () => {
    expect(entries('var BASE = IP("192.0.2.0");\nD("x.com", "none", A("a", BASE + 10), A("b", IP("300.1.1.1")));')).toEqual([
      { D: ['x.com', 'none', { A: ['a', 3221225994] }, { A: ['b', '?IP("300.1.1.1")'] }] },
    ]);
  });

  it('keeps the object modifiers a configuration writes, and a name it declares over DNSControl\'s', () => {
    const text = `var CF_PROXY_ON = { cloudflare_proxy: "on" };\nD("x.com", "none", {'ns_ttl': '600'}, A("@", "192.0.2.1", CF_PROXY_ON), NO_PURGE, AUTODNSSEC_ON);`;
    expect(entries(text)).toEqual([{ D: ['x.com', 'none', { ns_ttl: '600' }, { A: ['@', '192.0.2.1', { cloudflare_proxy: 'on' }] }, '$NO_PURGE', '$AUTODNSSEC_ON'] }]);
  });
});

describe('what stays unknown, with the expression and why', () => {
  it('a name nobody declares, an unmodelled call and method, a condition of unknown value', () => {
    const program = readDnsControl(
      'dnsconfig.js',
      `D("x.com", REG_MISSING, A("@", lookup("x")), TXT("@", "a".padStart(3)));\nif (process.env.PROD) { D("prod.com", "none"); }\nwhile (true) {}`,
    );
    expect(program.entries.map(plain)).toEqual([{ D: ['x.com', '?REG_MISSING', { A: ['@', '?lookup("x")'] }, { TXT: ['@', '?"a".padStart(3)'] }] }, '?process.env.PROD', '?while (true) {}']);
    const d = program.entries[0] as JsCall;
    expect(d.args[1]).toMatchObject({ kind: 'unknown', reason: 'REG_MISSING is not declared in the configuration', loc: at('dnsconfig.js', 1, 12, 1, 23) });
    expect(program.entries[1]).toMatchObject({ reason: 'a condition whose value is not known', loc: at('dnsconfig.js', 2, 5, 2, 21) });
    expect(program.entries[2]).toMatchObject({ reason: 'a while statement is not evaluated', loc: at('dnsconfig.js', 3, 1, 3, 16) });
  });

  it('a function that throws or cannot be followed gives an unknown value and keeps what it did before', () => {
    const text = `function make(x) { D(x, "none"); if (x === "b.com") throw new Error("no"); return A("@", "192.0.2.1"); }\nD("c.com", "none", make("a.com"), make("b.com"));`;
    expect(entries(text)).toEqual([
      { D: ['a.com', 'none'] },
      { D: ['b.com', 'none'] },
      { D: ['c.com', 'none', { A: ['@', '192.0.2.1'] }, '?throw new Error("no");'] },
    ]);
  });
});

describe('require() and require_glob() through the caller\'s reader', () => {
  const files: Record<string, string> = {
    'lib/teams.js': 'var TEAMS = [SRV("_sip._tls", 100, 1, 443, "sipdir.online.lync.com.")];\nfunction teams() { return TEAMS; }\n',
    'lib/hosts.json': '{ "sbc": ["192.0.2.10", "192.0.2.11"] }',
    'domains/a.js': 'D("a.com", "none", teams());',
    'domains/b.js': 'D("b.com", "none");',
  };
  const host: DnsControlHost = {
    read: (path) => {
      const name = path.replace(/^\.\//, '');
      return name in files ? { file: name, text: files[name] } : { error: 'no such file in the repository' };
    },
    glob: (path) => ({ files: Object.keys(files).filter((name) => name.startsWith(path.replace(/^\.\//, '')) && name.endsWith('.js')) }),
  };

  it('runs a required .js file in the global scope, gives a .json file its value, and loads a glob in order', () => {
    const program = readDnsControl('dnsconfig.js', 'require("./lib/teams.js");\nvar hosts = require("./lib/hosts.json");\nD("sbc.com", "none", A("sbc1", hosts.sbc[0]));\nrequire_glob("./domains/");', host);
    expect(program.diagnostics).toEqual([]);
    expect(program.files).toEqual(['dnsconfig.js', 'lib/teams.js', 'lib/hosts.json', 'domains/a.js', 'domains/b.js']);
    expect(program.entries.map(plain)).toEqual([
      { D: ['sbc.com', 'none', { A: ['sbc1', '192.0.2.10'] }] },
      { D: ['a.com', 'none', [{ SRV: ['_sip._tls', 100, 1, 443, 'sipdir.online.lync.com.'] }]] },
      { D: ['b.com', 'none'] },
    ]);
    const a = program.entries[1] as JsCall;
    expect(a.loc.file).toBe('domains/a.js');
    expect(((a.args[2] as Extract<JsValue, { kind: 'list' }>).items[0] as JsCall).loc).toEqual(at('lib/teams.js', 1, 14, 1, 70));
    expect((program.entries[0] as JsCall).args[2]).toMatchObject({ args: [{}, { value: '192.0.2.10', loc: at('lib/hosts.json', 1, 11, 1, 23) }] });
  });

  it('reports a file that cannot be read at the require(), and a require without a reader is unknown', () => {
    const program = readDnsControl('dnsconfig.js', 'require("./missing.js");', host);
    expect(program.diagnostics).toEqual([expect.objectContaining({ code: 'javascript/require', severity: 'warning', line: 1, column: 1, message: 'require("./missing.js"): no such file in the repository' })]);
    expect(readDnsControl('dnsconfig.js', 'require_glob("./domains/");').entries).toEqual([expect.objectContaining({ kind: 'unknown', reason: "require_glob() needs a listing of the repository, which this reading has not" })]);
  });

  it('stops a file that requires itself at the nesting bound', () => {
    const loop: DnsControlHost = { read: () => ({ file: 'loop.js', text: 'require("./loop.js");' }) };
    const program = readDnsControl('loop.js', 'require("./loop.js");', loop);
    expect(program.files.length).toBeLessThanOrEqual(33);
    expect(program.entries.at(-1)).toMatchObject({ kind: 'unknown', reason: 'require() nested more than 32 deep' });
  });
});

describe('bad input and bounds', () => {
  it('reports a syntax error at its line and column', () => {
    const program = readDnsControl('dnsconfig.js', 'D("x.com", "none",\n  A("@", "1.2.3.4"\n);');
    expect(program.entries).toEqual([]);
    expect(program.diagnostics).toEqual([expect.objectContaining({ code: 'javascript/syntax', line: 3, column: 2, message: 'Unexpected token' })]);
  });

  it('reads a module that imports', () => {
    expect(readDnsControl('m.js', 'import x from "./x.js";\nD("x.com", "none");').entries.map(plain)).toEqual(['?import x from "./x.js";', { D: ['x.com', 'none'] }]);
  });

  it('stops a loop past the iteration bound and a string past its length bound', () => {
    const loop = readDnsControl('l.js', 'var a = [];\nfor (var i = 0; i < 1e9; i++) a.push(i);\nD("x.com", "none");', {}, { maxIterations: 1000 });
    expect(loop.diagnostics).toEqual([expect.objectContaining({ code: 'javascript/too-much-work', line: 2, message: 'more than 1,000 loop iterations; the rest of the configuration is not read' })]);
    const grow = readDnsControl('g.js', 'var s = "x";\nfor (var i = 0; i < 40; i++) s = s + s;\nD(s, "none");', {}, { maxStringLength: 1000 });
    expect(grow.diagnostics[0]).toMatchObject({ code: 'javascript/too-large', line: 2 });
    expect(grow.entries.map(plain)).toEqual([{ D: ['?s + s', 'none'] }]);
  });

  it('bounds inlined recursion and deep nesting without exhausting the stack', () => {
    expect(readDnsControl('r.js', 'function f(n) { return [f(n)]; }\nD("x.com", "none", f(1));').entries).toHaveLength(1);
    const deep = readDnsControl('d.js', `D("x.com", ${'['.repeat(50_000)}${']'.repeat(50_000)});`);
    expect(deep.diagnostics[0]?.code).toMatch(/javascript\/(too-deep|syntax)/);
  });

  it('stays near-linear: ten times the records is about ten times the steps', () => {
    const config = (n: number) => `var R = [];\nfor (var i = 0; i < ${n}; i++) R.push(A("h" + i, "192.0.2.1"));\nD("x.com", "none", R);`;
    const small = readDnsControl('s.js', config(1000), {}, { maxSteps: 1e9 });
    const large = readDnsControl('l.js', config(10_000), {}, { maxSteps: 1e9 });
    expect(small.diagnostics).toEqual([]);
    expect(large.diagnostics).toEqual([]);
    const start = performance.now();
    readDnsControl('l.js', config(10_000));
    const tenfold = performance.now() - start;
    const startSmall = performance.now();
    readDnsControl('s.js', config(1000));
    const once = performance.now() - startSmall;
    expect(tenfold).toBeLessThan(Math.max(once, 1) * 60);
  });

  it('never throws on arbitrary text or arbitrary small programs', () => {
    const pieces = fc.array(
      fc.oneof(
        fc.constantFrom('D(', 'A(', ')', '(', '[', ']', '{', '}', ',', ';', '"x"', '`a${', '}`', 'var v = ', 'v', 'function f(a) { return ', 'f(', 'for (var i = 0; i < 3; i++) ', 'require(', '.map((x) => ', '.concat(', '...', '+', '1', 'if (v) ', 'x.y = ', '\n'),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(pieces, (parts) => {
        const text = parts.join('');
        const program = readDnsControl('p.js', text, { read: () => ({ file: 'p.js', text }) }, { maxSteps: 20_000 });
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const d of program.diagnostics) expect(d.endLine).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 1000 },
    );
  });
});
