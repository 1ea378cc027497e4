/**
 * DNSControl's dnsconfig.js as a format: each D() a zone, each record call a record at its line,
 * records of one name and type in one call one record set, values that cannot be known "not
 * checked" notes, data that does not read kept as unreadable records, and the DNS rules judging
 * the records at the lines of the calls.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lint, type LintResult } from '../../../src/lint.js';
import { formatRecord } from '../../../src/model/record-text.js';
import { loadDnsControl } from '../../../src/formats/dnscontrol/load.js';
import type { LoadContext, TextInput } from '../../../src/formats/shared/format.js';
import { scratchTree } from '../../helpers/scratch-tree.js';

const tree = scratchTree('uclint-dnscontrol-');
const write = tree.write;

const shown = (result: LintResult) => result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''} ${f.message}`);
const records = (result: LintResult) => (result.estate?.zones ?? []).flatMap((zone) => zone.records.map((r) => `${formatRecord(r)} @${r.loc.file}:${r.loc.line}`));
const zonesOf = (result: LintResult) => (result.estate?.zones ?? []).map((zone) => `${zone.origin} ${zone.view}/${zone.viewSource} ${zone.file}:${zone.loc.line}`);

/** A Teams tenant as Microsoft 365 asks for it (Microsoft 365 DNS records for Teams), kept in DNSControl. */
const TEAMS = `// DNS for contoso.com
var REG_NONE = NewRegistrar("none");
var DSP_CLOUDFLARE = NewDnsProvider("cloudflare");

D("contoso.com", REG_NONE, DnsProvider(DSP_CLOUDFLARE),
  DefaultTTL(3600),
  MX("@", 0, "contoso-com.mail.protection.outlook.com."),
  TXT("@", "v=spf1 include:spf.protection.outlook.com -all"),
  CNAME("autodiscover", "autodiscover.outlook.com."),
  CNAME("sip", "sipdir.online.lync.com."),
  CNAME("lyncdiscover", "webdir.online.lync.com."),
  SRV("_sip._tls", 100, 1, 443, "sipdir.online.lync.com."),
  SRV("_sipfederationtls._tcp", 100, 1, 5061, "sipfed.online.lync.com."),
  A("www", "203.0.113.10", TTL("5m")),
END);
`;

describe('dnsconfig.js through lint()', () => {
  it('reads a standard Teams tenant and reports nothing', async () => {
    write('dnsconfig.js', TEAMS);
    const result = await lint({ cwd: tree.dir });
    expect(result.files.map((f) => [f.file, f.kind])).toEqual([['dnsconfig.js', 'dnscontrol']]);
    expect(shown(result)).toEqual([]);
    expect(zonesOf(result)).toEqual(['contoso.com. external/declared dnsconfig.js:5']);
    expect(records(result)).toEqual([
      'contoso.com. 3600 IN MX 0 contoso-com.mail.protection.outlook.com. @dnsconfig.js:7',
      'contoso.com. 3600 IN TXT "v=spf1 include:spf.protection.outlook.com -all" @dnsconfig.js:8',
      'autodiscover.contoso.com. 3600 IN CNAME autodiscover.outlook.com. @dnsconfig.js:9',
      'sip.contoso.com. 3600 IN CNAME sipdir.online.lync.com. @dnsconfig.js:10',
      'lyncdiscover.contoso.com. 3600 IN CNAME webdir.online.lync.com. @dnsconfig.js:11',
      '_sip._tls.contoso.com. 3600 IN SRV 100 1 443 sipdir.online.lync.com. @dnsconfig.js:12',
      '_sipfederationtls._tcp.contoso.com. 3600 IN SRV 100 1 5061 sipfed.online.lync.com. @dnsconfig.js:13',
      'www.contoso.com. 300 IN A 203.0.113.10 @dnsconfig.js:14',
    ]);
  });

  it('reports the slips of DNS as code at the lines of the record calls', async () => {
    write(
      'dnsconfig.js',
      TEAMS.replace('SRV("_sipfederationtls._tcp"', 'SRV("_sipfederationtls_tcp"')
        .replace('SRV("_sip._tls", 100, 1, 443', 'SRV("@", 100, 1, 443')
        .replace('END);', 'END);\nD("fabrikam.com", REG_NONE, DnsProvider(DSP_CLOUDFLARE),\n  A("sip", "203.0.113.20"),\n  SRV("_sip._tls", 100, 1, 5061, "sip.fabrikam.com."),\n  SRV("_sipfederationtls._tcp", 100, 1, 5061, "sip.fabrikam.com."),\n);'),
    );
    const result = await lint({ cwd: tree.dir, onlyRules: ['dns/service-label-underscore', 'dns/srv-owner-labels', 'sip/srv-port'] });
    expect(shown(result)).toEqual([
      'dnsconfig.js:12:3 dns/srv-owner-labels SRV contoso.com (100 1 443 sipdir.online.lync.com) is not at a `_service._protocol` name, so no client finds it: publish it at _sip._tls.contoso.com',
      'dnsconfig.js:13:3 dns/service-label-underscore SRV _sipfederationtls_tcp.contoso.com joins the service and protocol labels with `_`; clients look up _sipfederationtls._tcp.contoso.com: name the record _sipfederationtls._tcp.contoso.com',
      expect.stringMatching(/^dnsconfig\.js:18:3 sip\/srv-port SRV _sip\._tls\.fabrikam\.com .*5061.*443/),
    ]);
  });

  it('reports a wrong Teams port at its line', async () => {
    write('dnsconfig.js', TEAMS.replace('SRV("_sipfederationtls._tcp", 100, 1, 5061', 'SRV("_sipfederationtls._tcp", 100, 1, 5062'));
    const result = await lint({ cwd: tree.dir, onlyRules: ['teams/online-records', 'sip/srv-port'] });
    expect(shown(result)).toEqual([
      'dnsconfig.js:13:3 teams/online-records SRV _sipfederationtls._tcp.contoso.com 100 1 5062 sipfed.online.lync.com has the wrong port for Microsoft 365 worldwide; expected: _sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.',
    ]);
  });

  it('reads the files dnsconfig.js requires, relative to the requiring file, with records at their own lines', async () => {
    write('dnsconfig.js', 'require("./lib/teams.js");\nvar REG = NewRegistrar("none");\nD("contoso.com", REG, DnsProvider(NewDnsProvider("azuredns")),\n  TEAMS_RECORDS,\n  A("@", "203.0.113.1"),\n);\n');
    write('lib/teams.js', '// Teams records shared by every domain\nvar TEAMS_RECORDS = [\n  SRV("_sip._tls", 100, 1, 443, "sipdir.online.lync.com."),\n  SRV("_sipfederationtls._tcp", 100, 1, 5061, "sipfed.online.lync.com."),\n  CNAME("sip", "sipdir.online.lync.com."),\n  CNAME("lyncdiscover", "webdir.online.lync.com."),\n];\n');
    const result = await lint({ cwd: tree.dir });
    expect(shown(result)).toEqual([]);
    expect(records(result)).toEqual([
      '_sip._tls.contoso.com. 300 IN SRV 100 1 443 sipdir.online.lync.com. @lib/teams.js:3',
      '_sipfederationtls._tcp.contoso.com. 300 IN SRV 100 1 5061 sipfed.online.lync.com. @lib/teams.js:4',
      'sip.contoso.com. 300 IN CNAME sipdir.online.lync.com. @lib/teams.js:5',
      'lyncdiscover.contoso.com. 300 IN CNAME webdir.online.lync.com. @lib/teams.js:6',
      'contoso.com. 300 IN A 203.0.113.1 @dnsconfig.js:5',
    ]);
  });

  it('reads suppression directives from the comments of the configuration', async () => {
    write('dnsconfig.js', TEAMS.replace('  SRV("_sipfederationtls._tcp", 100, 1, 5061', '  // uclint-disable-next-line teams/online-records -- moving in May\n  SRV("_sipfederationtls._tcp", 100, 1, 5062'));
    const result = await lint({ cwd: tree.dir, onlyRules: ['teams/online-records'] });
    expect(shown(result)).toEqual([expect.stringMatching(/^dnsconfig\.js:14:3 teams\/online-records \(suppressed\) /)]);
  });

  it('gives a syntax error at its line and column, and a D_EXTEND of an undeclared domain at its call', async () => {
    write('a/dnsconfig.js', 'D("contoso.com", REG,\n  A("www", "192.0.2.1"\n);\n');
    write('b/dnsconfig.js', 'D_EXTEND("fabrikam.com",\n  A("www", "192.0.2.1"),\n);\n');
    const result = await lint({ cwd: tree.dir, onlyRules: [] });
    expect(shown(result)).toEqual([
      'a/dnsconfig.js:3:2 parse/dnscontrol Unexpected token',
      'b/dnsconfig.js:1:1 parse/dnscontrol D_EXTEND("fabrikam.com") extends a domain that no D() declares before it; DNSControl stops with an error here, and its records are not read',
    ]);
  });
});

/** Loads one dnsconfig.js (and files it requires, from `others`) without the rest of lint(). */
async function load(text: string, others: Record<string, string> = {}, described: Partial<TextInput> = {}) {
  const comments: Array<[string, string]> = [];
  const context: LoadContext = {
    files: [],
    include: (written) => (written in others ? { file: written, text: others[written] } : { error: `'${written}' is not in the lint root`, missing: true }),
    findInTree: (written) => ({ error: `'${written}' is not in the lint root`, missing: true }),
    isText: () => true,
    comments: (file, source, start, end) => void comments.push([file, source.slice(start, end)]),
    commentsDone: () => undefined,
    passwordFor: () => ({}),
  };
  const input: TextInput = { file: 'dnsconfig.js', kind: 'dnscontrol', view: 'unknown', viewSource: 'none', ...described, read: () => ({ text, encoding: 'utf8', byteOrderMark: false }) };
  const loaded = await loadDnsControl([input], context);
  const zones = loaded.nodes?.zones ?? [];
  return {
    loaded,
    comments,
    zones: zones.map((zone) => `${zone.origin} ${zone.view}/${zone.viewSource}`),
    records: zones.flatMap((zone) => zone.records.map((r) => `${formatRecord(r)} @${r.loc.line}`)),
    sets: zones.flatMap((zone) => (zone.recordSets ?? []).map((s) => `${s.name} ${s.type} rows=${s.rows.join(',')} ${s.complete ? 'complete' : 'incomplete'} @${s.loc.line}`)),
    unreadable: zones.flatMap((zone) => (zone.unreadableRecords ?? []).map((r) => `${r.name} ${r.type} ${r.text}: ${r.problem} @${r.loc.line}:${r.loc.column}${r.valueLoc ? ` value @${r.valueLoc.line}:${r.valueLoc.column}` : ''}`)),
    unread: zones.flatMap((zone) => zone.unreadOwners),
    notes: (loaded.nodes?.notes ?? []).map((n) => `${n.loc.line}:${n.loc.column} ${n.expression} ${n.reason}`),
    diagnostics: (loaded.diagnostics ?? []).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`),
  };
}

describe('loading dnsconfig.js', () => {
  it('makes one record set of the records of one name and type of a domain, from its D() and its D_EXTEND()s alike (DNSControl merges them)', async () => {
    const read = await load(`D("contoso.com", REG,
  A("@", "192.0.2.1"),
  MX("@", 10, "mail"),
  A("@", "192.0.2.2"),
);
D_EXTEND("contoso.com",
  A("@", "192.0.2.3"),
);
D_EXTEND("eu.contoso.com",
  A("sip", "192.0.2.4"),
  CNAME("lyncdiscover", "@"),
);
`);
    expect(read.zones).toEqual(['contoso.com. external/declared']);
    expect(read.sets).toEqual([
      'contoso.com. A rows=0,1,2 complete @2',
      'contoso.com. MX rows=3 complete @3',
      'sip.eu.contoso.com. A rows=4 complete @10',
      'lyncdiscover.eu.contoso.com. CNAME rows=5 complete @11',
    ]);
    expect(read.records).toEqual([
      'contoso.com. 300 IN A 192.0.2.1 @2',
      'contoso.com. 300 IN A 192.0.2.2 @4',
      'contoso.com. 300 IN A 192.0.2.3 @7',
      'contoso.com. 300 IN MX 10 mail.contoso.com. @3',
      'sip.eu.contoso.com. 300 IN A 192.0.2.4 @10',
      'lyncdiscover.eu.contoso.com. 300 IN CNAME eu.contoso.com. @11',
    ]);
  });

  it('keeps data that does not read as its type as unreadable records, at the value', async () => {
    const read = await load(`D("contoso.com", REG,
  SRV("_sip._tls", 100, 1, 443, ""),
  SRV("_sipfederationtls._tcp", 100, 1, 5061, "sipfed.online.lync.com"),
  A("sip", "192.0.2.1 192.0.2.2 192.0.2.3"),
  SRV("_sip._tcp", 100, 1, "sipdir.online.lync.com."),
  MX("@", "ten", "mail.contoso.com."),
  SRV("_sip._tls", 100, 1, 443, "sipdir.online.lync.com."),
);
`);
    expect(read.unreadable).toEqual([
      '_sip._tls.contoso.com. SRV 100 1 443 "": has an empty target @2:3 value @2:33',
      '_sipfederationtls._tcp.contoso.com. SRV 100 1 5061 sipfed.online.lync.com: names the target sipfed.online.lync.com without its final dot, which DNSControl refuses ("must end with a (.)"): write "sipfed.online.lync.com." @3:3 value @3:47',
      'sip.contoso.com. A "192.0.2.1 192.0.2.2 192.0.2.3": unexpected \'192.0.2.2\' after the record data @4:3 value @4:12',
      '_sip._tcp.contoso.com. SRV 100 1 sipdir.online.lync.com.: has 4 of its 5 arguments (name, priority, weight, port, target) @5:3',
      expect.stringMatching(/^contoso\.com\. MX ten mail\.contoso\.com\.: .* @6:3 value @6:11$/),
    ]);
    // The readable record of a set with an unreadable one is kept; the set is not compared.
    expect(read.sets).toEqual([
      '_sip._tls.contoso.com. SRV rows=0 incomplete @2',
      '_sipfederationtls._tcp.contoso.com. SRV rows= incomplete @3',
      'sip.contoso.com. A rows= incomplete @4',
      '_sip._tcp.contoso.com. SRV rows= incomplete @5',
      'contoso.com. MX rows= incomplete @6',
    ]);
    expect(read.records).toEqual(['_sip._tls.contoso.com. 300 IN SRV 100 1 443 sipdir.online.lync.com. @7']);
  });

  it('notes a value it cannot know once per record, and marks its name as holding records not read', async () => {
    const read = await load(`var host = lookup("sip");
D("contoso.com", REG,
  SRV("_sip._tls", 100, 1, 443, host),
  A(prefix + "sip", "192.0.2.1"),
  A("www", "192.0.2.2"),
);
`);
    expect(read.notes).toEqual([
      '1:12 lookup("sip") lookup is neither declared in the configuration nor one of DNSControl\'s functions',
      '4:5 prefix prefix is not declared in the configuration',
    ]);
    expect(read.unread).toEqual(['_sip._tls.contoso.com.']);
    expect(read.records).toEqual(['www.contoso.com. 300 IN A 192.0.2.2 @5']);
    // A record whose name is not known could belong to any set of the domain: none is compared.
    expect(read.sets).toEqual(['_sip._tls.contoso.com. SRV rows= incomplete @3', 'www.contoso.com. A rows=0 incomplete @5']);
  });

  it('reads the Microsoft 365 builder with Skype for Business and Teams records at the line of the call', async () => {
    const read = await load(`D("contoso.com", REG,
  M365_BUILDER("contoso.com", { initialDomain: "contoso.onmicrosoft.com", skypeForBusiness: true }),
);
`);
    expect(read.records).toEqual([
      'contoso.com. 300 IN MX 0 contoso-com.mail.protection.outlook.com. @2',
      'autodiscover.contoso.com. 300 IN CNAME autodiscover.outlook.com. @2',
      'selector1._domainkey.contoso.com. 300 IN CNAME selector1-contoso-com._domainkey.contoso.onmicrosoft.com. @2',
      'selector2._domainkey.contoso.com. 300 IN CNAME selector2-contoso-com._domainkey.contoso.onmicrosoft.com. @2',
      'lyncdiscover.contoso.com. 300 IN CNAME webdir.online.lync.com. @2',
      'sip.contoso.com. 300 IN CNAME sipdir.online.lync.com. @2',
      '_sip._tls.contoso.com. 300 IN SRV 100 1 443 sipdir.online.lync.com. @2',
      '_sipfederationtls._tcp.contoso.com. 300 IN SRV 100 1 5061 sipfed.online.lync.com. @2',
    ]);
  });

  it('places each D() in the view its split-horizon tag names, the config\'s views first, external otherwise', async () => {
    const text = 'D("contoso.com", REG, A("sip", "203.0.113.1"));\nD("contoso.com!internal", REG, A("sip", "10.0.0.1"));\nD("contoso.com!cloudflare", REG, A("sip", "203.0.113.1"));\n';
    expect((await load(text)).zones).toEqual(['contoso.com. external/declared', 'contoso.com. internal/declared', 'contoso.com. unknown/none']);
    expect((await load(text, {}, { view: 'internal', viewSource: 'config' })).zones).toEqual(['contoso.com. internal/config', 'contoso.com. internal/config', 'contoso.com. internal/config']);
  });

  it('takes TTLs from TTL(), DefaultTTL() and DEFAULTS(), in DNSControl\'s units; and reads IP() numbers, TXT lists, CAA, NS, PTR and NAPTR', async () => {
    const read = await load(`DEFAULTS(DefaultTTL("1h"));
D("contoso.com", REG,
  A("a", IP("192.0.2.1") + 1, TTL("2d")),
  TXT("t", ["part one", "part two"]),
  CAA("@", "issue", "letsencrypt.org", CAA_CRITICAL),
  NS("eu", "ns1.example.net."),
  NAPTR("@", 10, 50, "s", "SIPS+D2T", "", "_sips._tcp.contoso.com."),
  DefaultTTL(60),
  PTR("p", "host.contoso.com."),
  ALIAS("@", "contoso.azurefd.net."),
);
`);
    expect(read.records).toEqual([
      'a.contoso.com. 172800 IN A 192.0.2.2 @3',
      't.contoso.com. 3600 IN TXT "part one" "part two" @4',
      'contoso.com. 3600 IN CAA 128 issue "letsencrypt.org" @5',
      'eu.contoso.com. 3600 IN NS ns1.example.net. @6',
      'contoso.com. 3600 IN NAPTR 10 50 "s" "SIPS+D2T" "" _sips._tcp.contoso.com. @7',
      'p.contoso.com. 60 IN PTR host.contoso.com. @9',
    ]);
    expect(read.unread).toEqual(['contoso.com.']);
    expect(read.notes).toEqual([]);
  });

  it('tells the comments of the configuration and of the files it requires', async () => {
    const read = await load('// top\nrequire("lib.js"); /* after */\n', { 'lib.js': 'var X = 1; // in lib\n' });
    expect(read.comments).toEqual([
      ['dnsconfig.js', '// top'],
      ['dnsconfig.js', '/* after */'],
      ['lib.js', '// in lib'],
    ]);
  });

  it('never throws on arbitrary text', async () => {
    const token = fc.constantFrom('D(', 'D_EXTEND(', '"contoso.com"', '"c.com!internal"', 'A(', 'SRV(', 'TXT(', 'MX(', 'CAA(', 'M365_BUILDER(', 'TTL(', '"@"', '"x"', '1', '-5', '1e99', '[', ']', '{', '}', '(', ')', ',', ';', 'var a =', 'a', 'require("x")', 'IP("1.2.3.4")', 'null', '"1.2.3.4 5.6.7.8"', '\n');
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 40 }), async (tokens) => {
        const read = await load(tokens.join(' '));
        for (const d of read.loaded.diagnostics ?? []) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
