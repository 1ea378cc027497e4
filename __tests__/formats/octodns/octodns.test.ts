/**
 * octoDNS zone YAML as a format: recognised by its structure among YAML files, the zone named by
 * its file, each entry's record one record set, each value a record at its line, values octoDNS
 * would refuse kept as unreadable records, and the DNS rules judging them at their lines.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lint, type LintResult } from '../../../src/lint.js';
import { formatRecord } from '../../../src/model/record-text.js';
import { recogniseFile } from '../../../src/discover/classify.js';
import { loadOctodns, zoneNameOf } from '../../../src/formats/octodns/load.js';
import type { LoadContext, TextInput } from '../../../src/formats/shared/format.js';
import { scratchTree } from '../../helpers/scratch-tree.js';

const tree = scratchTree('uclint-octodns-');
const write = tree.write;

const shown = (result: LintResult) => result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''} ${f.message}`);

/** A Teams tenant as Microsoft 365 asks for it (Microsoft 365 DNS records for Teams), in octoDNS's YamlProvider layout. */
const TEAMS = `---
'':
  - type: MX
    values:
      - exchange: contoso-com.mail.protection.outlook.com.
        preference: 0
  - type: TXT
    value: v=spf1 include:spf.protection.outlook.com -all
_sip._tls:
  type: SRV
  values:
    - port: 443
      priority: 100
      target: sipdir.online.lync.com.
      weight: 1
_sipfederationtls._tcp:
  ttl: 3600
  type: SRV
  value:
    port: 5061
    priority: 100
    target: sipfed.online.lync.com.
    weight: 1
autodiscover:
  type: CNAME
  value: autodiscover.outlook.com.
lyncdiscover:
  type: CNAME
  value: webdir.online.lync.com.
sip:
  ttl: 300
  type: CNAME
  value: sipdir.online.lync.com.
`;

const MAIN_CONFIG = `providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./config
  route53:
    class: octodns_route53.Route53Provider
zones:
  contoso.com.:
    sources:
      - config
    targets:
      - route53
`;

describe('octoDNS zones through lint()', () => {
  it('reads a standard Teams tenant and reports nothing; the main configuration and other YAML are not zones', async () => {
    write('config/contoso.com.yaml', TEAMS);
    write('production.yaml', MAIN_CONFIG);
    write('.github/workflows/ci.yml', 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n');
    write('k8s/deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
    const result = await lint({ cwd: tree.dir });
    expect(result.files.map((f) => [f.file, f.kind, f.view, f.viewSource, f.origin])).toEqual([['config/contoso.com.yaml', 'octodns', 'external', 'declared', 'contoso.com.']]);
    expect(shown(result)).toEqual([]);
    expect((result.estate?.zones ?? []).flatMap((zone) => zone.records.map((r) => `${formatRecord(r)} @${r.loc.line}`))).toEqual([
      'contoso.com. 3600 IN MX 0 contoso-com.mail.protection.outlook.com. @5',
      'contoso.com. 3600 IN TXT "v=spf1 include:spf.protection.outlook.com -all" @7',
      '_sip._tls.contoso.com. 3600 IN SRV 100 1 443 sipdir.online.lync.com. @12',
      '_sipfederationtls._tcp.contoso.com. 3600 IN SRV 100 1 5061 sipfed.online.lync.com. @16',
      'autodiscover.contoso.com. 3600 IN CNAME autodiscover.outlook.com. @24',
      'lyncdiscover.contoso.com. 3600 IN CNAME webdir.online.lync.com. @27',
      'sip.contoso.com. 300 IN CNAME sipdir.online.lync.com. @30',
    ]);
  });

  it('reports the slips of DNS as code at the lines they are written on', async () => {
    write(
      'config/contoso.com.yaml',
      TEAMS.replace('_sipfederationtls._tcp:', '_sipfederationtls_tcp:'),
    );
    write('config/northwind.com.yaml', "'':\n  type: SRV\n  value:\n    priority: 100\n    weight: 1\n    port: 443\n    target: sipdir.online.lync.com.\n");
    write('config/fabrikam.com.yaml', "sip:\n  type: A\n  value: 203.0.113.20\n_sip._tls:\n  type: SRV\n  values:\n    - {priority: 100, weight: 1, port: 5061, target: sip.fabrikam.com.}\n");
    const result = await lint({ cwd: tree.dir, onlyRules: ['dns/service-label-underscore', 'dns/srv-owner-labels', 'sip/srv-port'] });
    expect(shown(result)).toEqual([
      'config/contoso.com.yaml:16:1 dns/service-label-underscore SRV _sipfederationtls_tcp.contoso.com joins the service and protocol labels with `_`; clients look up _sipfederationtls._tcp.contoso.com: name the record _sipfederationtls._tcp.contoso.com',
      'config/fabrikam.com.yaml:7:7 sip/srv-port SRV _sip._tls.fabrikam.com targets sip.fabrikam.com on port 5061; the _sip._tls service uses port 443',
      'config/northwind.com.yaml:1:1 dns/srv-owner-labels SRV northwind.com (100 1 443 sipdir.online.lync.com) is not at a `_service._protocol` name, so no client finds it: publish it at _sip._tls.northwind.com',
    ]);
  });

  it('reports a wrong Teams port at the line of the value', async () => {
    write('config/contoso.com.yaml', TEAMS.replace('port: 5061', 'port: 5062'));
    const result = await lint({ cwd: tree.dir, onlyRules: ['teams/online-records', 'sip/srv-port'] });
    expect(shown(result)).toEqual([
      'config/contoso.com.yaml:16:1 teams/online-records SRV _sipfederationtls._tcp.contoso.com 100 1 5062 sipfed.online.lync.com has the wrong port for Microsoft 365 worldwide; expected: _sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.',
    ]);
  });

  it('reads suppression directives from YAML comments', async () => {
    write('config/contoso.com.yaml', TEAMS.replace('port: 5061', 'port: 5062').replace('_sipfederationtls._tcp:', '# uclint-disable-next-line teams/online-records -- moving in May\n_sipfederationtls._tcp:'));
    const result = await lint({ cwd: tree.dir, onlyRules: ['teams/online-records'] });
    expect(shown(result)).toEqual([expect.stringMatching(/^config\/contoso\.com\.yaml:17:1 teams\/online-records \(suppressed\) /)]);
  });
});

async function load(text: string, file = 'config/contoso.com.yaml') {
  const context: LoadContext = {
    files: [],
    include: (written) => ({ error: `'${written}' is not in the lint root`, missing: true }),
    findInTree: (written) => ({ error: `'${written}' is not in the lint root`, missing: true }),
    isText: () => true,
    comments: () => undefined,
    commentsDone: () => undefined,
    passwordFor: () => ({}),
  };
  const input: TextInput = { file, kind: 'octodns', view: 'unknown', viewSource: 'none', read: () => ({ text, encoding: 'utf8', byteOrderMark: false }) };
  const loaded = await loadOctodns([input], context);
  const zones = loaded.nodes?.zones ?? [];
  return {
    loaded,
    records: zones.flatMap((zone) => zone.records.map((r) => `${formatRecord(r)} @${r.loc.line}`)),
    sets: zones.flatMap((zone) => (zone.recordSets ?? []).map((s) => `${s.name} ${s.type} rows=${s.rows.join(',')} ${s.complete ? 'complete' : 'incomplete'} @${s.loc.line}`)),
    unreadable: zones.flatMap((zone) => (zone.unreadableRecords ?? []).map((r) => `${r.name} ${r.type} ${r.text}: ${r.problem} @${r.loc.line}${r.valueLoc ? ` value @${r.valueLoc.line}:${r.valueLoc.column}` : ''}`)),
    unread: zones.flatMap((zone) => zone.unreadOwners),
    notes: (loaded.nodes?.notes ?? []).map((n) => `${n.loc.line}:${n.loc.column} ${n.expression} ${n.reason}`),
    diagnostics: (loaded.diagnostics ?? []).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`),
  };
}

describe('loading octoDNS zones', () => {
  it('makes one record set of each entry\'s record, each value a record at its line', async () => {
    const read = await load(TEAMS);
    expect(read.sets).toEqual([
      'contoso.com. MX rows=0 complete @3',
      'contoso.com. TXT rows=1 complete @7',
      '_sip._tls.contoso.com. SRV rows=2 complete @9',
      '_sipfederationtls._tcp.contoso.com. SRV rows=3 complete @16',
      'autodiscover.contoso.com. CNAME rows=4 complete @24',
      'lyncdiscover.contoso.com. CNAME rows=5 complete @27',
      'sip.contoso.com. CNAME rows=6 complete @30',
    ]);
    expect(read.diagnostics).toEqual([]);
  });

  it('keeps values octoDNS would refuse as unreadable records, at the value or the field', async () => {
    const read = await load(`_sip._tls:
  type: SRV
  values:
    - priority: 100
      weight: 1
      port: 443
      target: sipdir.online.lync.com
    - 100 1 443 sipdir.online.lync.com.
    - {priority: 100, weight: 1, target: sipdir.online.lync.com.}
    - {priority: 100, weight: 1, port: 70000, target: sipdir.online.lync.com.}
    - {priority: 10, weight: 1, port: 443, target: sipdir.online.lync.com.}
sip:
  type: A
  value: 192.0.2.1 192.0.2.2
txt:
  type: TXT
  values:
    - v=spf1 include:spf.protection.outlook.com -all
    - a\\;b
other:
  type: SSHFP
  value: {algorithm: 1, fingerprint_type: 1, fingerprint: abc}
`);
    expect(read.unreadable).toEqual([
      '_sip._tls.contoso.com. SRV 100 1 443 sipdir.online.lync.com: names the target sipdir.online.lync.com without its final dot, which octoDNS refuses ("missing trailing ."): write sipdir.online.lync.com. @4 value @7:15',
      '_sip._tls.contoso.com. SRV 100 1 443 sipdir.online.lync.com.: is written as one text; octoDNS takes each SRV value as a map of priority, weight, port, target @8 value @8:7',
      '_sip._tls.contoso.com. SRV 100 1: has no port @9 value @9:7',
      expect.stringMatching(/^_sip\._tls\.contoso\.com\. SRV 100 1 70000 sipdir\.online\.lync\.com\.: .* @10 value @10:40$/),
      "sip.contoso.com. A 192.0.2.1 192.0.2.2: unexpected '192.0.2.2' after the record data @12 value @14:10",
    ]);
    expect(read.sets).toEqual(['_sip._tls.contoso.com. SRV rows=0 incomplete @1', 'sip.contoso.com. A rows= incomplete @12', 'txt.contoso.com. TXT rows=1,2 complete @15']);
    expect(read.records).toEqual([
      '_sip._tls.contoso.com. 3600 IN SRV 10 1 443 sipdir.online.lync.com. @11',
      'txt.contoso.com. 3600 IN TXT "v=spf1 include:spf.protection.outlook.com -all" @18',
      'txt.contoso.com. 3600 IN TXT "a;b" @19',
    ]);
    expect(read.unread).toEqual(['_sip._tls.contoso.com.', 'sip.contoso.com.', 'other.contoso.com.']);
  });

  it('gives entries that are not records as diagnostics at their lines, and reads the rest', async () => {
    const read = await load("a:\n  type: BOGUS\n  value: x\nb: just text\nc:\n  type: A\nd:\n  type: A\n  value: 192.0.2.1\n");
    expect(read.diagnostics).toEqual([
      '2:9 octodns/unknown-type BOGUS is not a record type octoDNS reads',
      '4:4 octodns/not-a-record a record is a map with `type` and `value` or `values`',
      '6:3 octodns/missing-value the A record has no `value` or `values`',
    ]);
    expect(read.records).toEqual(['d.contoso.com. 3600 IN A 192.0.2.1 @7']);
    const broken = await load('a:\n  type: A\n  value: [192.0.2.1\n');
    expect(broken.diagnostics).toEqual([expect.stringMatching(/^4:1 octodns\/yaml-syntax /)]);
  });

  it('names the zone by the file or its directory, and notes a file whose name is no zone', async () => {
    expect(zoneNameOf('config/contoso.com.yaml')).toBe('contoso.com');
    expect(zoneNameOf('zones/contoso.com./sip.yaml')).toBe('contoso.com.');
    expect(zoneNameOf('records.yaml')).toBeUndefined();
    const read = await load("sip:\n  type: A\n  value: 192.0.2.1\n", 'records.yaml');
    expect(read.notes).toEqual(['1:1 records.yaml does not name a zone (octoDNS names its zone files `<zone>.yaml`), so the names of its records are not known']);
  });

  it('is recognised by structure among YAML files; manifests, octoDNS\'s main configuration and other YAML are not its', () => {
    const kind = (name: string, text: string) => recogniseFile(name, Buffer.from(text)).format?.name;
    expect(kind('contoso.com.yaml', TEAMS)).toBe('octodns');
    expect(kind('contoso.com.yml', "'':\n  type: A\n  value: 192.0.2.1\n")).toBe('octodns');
    expect(kind('production.yaml', MAIN_CONFIG)).toBeUndefined();
    expect(kind('topology.yaml', 'apiVersion: uclint/v1\nkind: Topology\nsites: []\n')).toBe('manifest');
    expect(kind('values.yaml', 'sip:\n  type: ClusterIP\n  value: 1\n')).toBeUndefined();
    expect(kind('.uclint.yml', "'':\n  type: A\n  value: 192.0.2.1\n")).toBeUndefined();
    // A head cut inside an entry is judged on its whole entries.
    const long = `${TEAMS}${Array.from({ length: 400 }, (_, i) => `host${i}:\n  type: A\n  value: 192.0.2.${i % 250}\n`).join('')}`;
    expect(kind('contoso.com.yaml', long)).toBe('octodns');
  });

  it('never throws on arbitrary text', async () => {
    const token = fc.constantFrom("''", 'sip', '_sip._tls', ':', '\n', '  ', '    ', '- ', 'type:', 'SRV', 'A', 'CNAME', 'MX', 'CAA', 'TXT', 'value:', 'values:', 'ttl:', 'priority: 1', 'port: 443', 'target: x.', '{', '}', '[', ']', ',', '&a', '*a', '"', "'", '#');
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 40 }), async (tokens) => {
        const read = await load(tokens.join(' '));
        for (const d of read.loaded.diagnostics ?? []) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
