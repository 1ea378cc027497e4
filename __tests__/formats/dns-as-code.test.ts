/**
 * A format that keeps DNS in something other than zone files, as the API for one is used: the
 * records it builds sit in the Estate's indexes beside a zone file's, rules judge them at the
 * lines they are written on, values it cannot know are "not checked" notes, and suppressions
 * are read from the comments it reports.
 */
import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../../src/core/types.js';
import { Estate } from '../../src/estate/estate.js';
import { lint } from '../../src/lint.js';
import type { NotCheckedNote } from '../../src/model/nodes.js';
import type { DnsZone } from '../../src/model/dns.js';
import { recordKey } from '../../src/model/record-table.js';
import { FORMATS } from '../../src/formats.generated.js';
import { DnsZoneBuilder, declaredIn, recordOwner } from '../../src/formats/shared/dns-zone.js';
import { defineFormat, type FormatDefinition } from '../../src/formats/shared/format.js';
import { recordDataFromText } from '../../src/formats/zone/record-data.js';
import { parsedZone } from '../helpers/parsed-zone.js';
import { scratchTree } from '../helpers/scratch-tree.js';

/**
 * `*.records`: `zone <name>` starts a zone; `<owner> <TYPE> <data>` is a record (owner relative,
 * `@` the apex); `${...}` in data is a value known only when applied; `#` starts a comment.
 * (Real formats read their files with a real parser; a test's toy reads lines.)
 */
const recordsFormat = defineFormat({
  name: 'records',
  title: 'records list',
  nouns: ['records list', 'records lists'],
  recognise: { names: { extensions: ['.records'] } },
  input: 'text',
  comments: { files: 'records lists', is: '`#` to the end of the line', isNot: 'nothing else' },
  async load(files, context) {
    const zones: DnsZone[] = [];
    const notes: NotCheckedNote[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const file of files) {
      const read = file.read();
      if (read === undefined) continue;
      let zone: DnsZoneBuilder | undefined;
      let offset = 0;
      read.text.split('\n').forEach((line, index) => {
        const hash = line.indexOf('#');
        if (hash >= 0) context.comments(file.file, read.text, offset + hash, offset + line.length);
        offset += line.length + 1;
        const content = hash >= 0 ? line.slice(0, hash) : line;
        const words = content.trim().split(/\s+/);
        const loc = { file: file.file, line: index + 1, column: 1, endLine: index + 1, endColumn: content.trimEnd().length + 1 };
        if (words[0] === '') return;
        if (words[0] === 'zone') {
          if (zone) zones.push(zone.finish());
          zone = new DnsZoneBuilder(declaredIn(file, words[1], loc));
          return;
        }
        if (!zone) return;
        const [written, type, ...rest] = words;
        const owner = recordOwner(written, zone.zone.origin, 'relative') as string;
        const text = rest.join(' ');
        if (text.includes('${')) {
          zone.addUnread(owner);
          notes.push({ format: 'records', loc, expression: text, reason: 'is known only when the change is applied' });
          return;
        }
        const data = recordDataFromText(type, text);
        if ('problem' in data) {
          zone.addUnread(owner);
          diagnostics.push({ ...loc, severity: 'error', code: 'records/bad-data', message: `${type} ${text}: ${data.problem.message}` });
          return;
        }
        zone.add(owner, type, 3600, data.data, loc);
      });
      if (zone) zones.push(zone.finish());
      context.commentsDone();
    }
    return { nodes: { zones, notes }, diagnostics };
  },
});

const FORMATS_AND_RECORDS: readonly FormatDefinition[] = [...FORMATS, recordsFormat];

const RECORDS = `# Teams records of contoso.com
zone contoso.com
sip CNAME sipdir.online.lync.com.
_sip._tls SRV 100 1 443 sipdir.online.lync.com.
_sipfederationtls._tcp SRV 100 1 5062 sipfed.online.lync.com.
lyncdiscover CNAME webdir.online.lync.com.
`;
const ZONE = `$ORIGIN contoso.com.
$TTL 3600
@ SOA ns1 hostmaster 1 3600 600 86400 300
sip CNAME sipdir.online.lync.com.
_sip._tls SRV 100 1 443 sipdir.online.lync.com.
_sipfederationtls._tcp SRV 100 1 5062 sipfed.online.lync.com.
lyncdiscover CNAME webdir.online.lync.com.
`;

const tree = scratchTree('uclint-dns-as-code-');
const write = tree.write;

const shown = (findings: ReadonlyArray<{ file: string; line: number; ruleId: string; message: string; suppressed?: unknown }>) =>
  findings.map((f) => `${f.file}:${f.line} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''} ${f.message}`);

describe('a DNS-as-code format through lint()', () => {
  it('is recognised, and its records are judged by the rules at the lines they are written on, as a zone file\'s are', async () => {
    write('external/teams.records', RECORDS);
    write('zone/external/contoso.com.zone', ZONE);
    const records = await lint({ cwd: tree.dir, paths: ['external'], formats: FORMATS_AND_RECORDS, onlyRules: ['sip/srv-port', 'teams/online-records'] });
    const zone = await lint({ cwd: tree.dir, paths: ['zone'], formats: FORMATS_AND_RECORDS, onlyRules: ['sip/srv-port', 'teams/online-records'] });
    expect(records.files.map((f) => [f.file, f.kind, f.view])).toEqual([['external/teams.records', 'records', 'external']]);
    expect(shown(records.findings)).toEqual(['external/teams.records:5 teams/online-records SRV _sipfederationtls._tcp.contoso.com 100 1 5062 sipfed.online.lync.com has the wrong port for Microsoft 365 worldwide; expected: _sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.']);
    // The same message at the zone file's line: rules cannot tell the two apart but by where a record is.
    expect(shown(zone.findings).map((line) => line.replace(/^[^ ]+/, ''))).toEqual(shown(records.findings).map((line) => line.replace(/^[^ ]+/, '')));
    expect(zone.findings.map((f) => f.line)).toEqual([6]);
  });

  it('reports a value it cannot know once, as a "not checked" note of the format, and data that does not parse as its diagnostic', async () => {
    write('teams.records', 'zone contoso.com\n_sip._tls SRV 100 1 443 ${var.target}\n_sip._tls SRV 100 1 443 ${var.target}\nsip A 192.0.2.1 192.0.2.2\n');
    const result = await lint({ cwd: tree.dir, formats: FORMATS_AND_RECORDS, onlyRules: [] });
    expect(shown(result.findings)).toEqual([
      'teams.records:2 parse/records not checked: 100 1 443 ${var.target} is known only when the change is applied',
      "teams.records:4 parse/records A 192.0.2.1 192.0.2.2: unexpected '192.0.2.2' after the record data",
    ]);
    expect(result.counts.notChecked).toBe(1);
    // The names exist, with data not known: no rule takes them for missing.
    expect(result.estate?.hasUnreadRecords('_sip._tls.contoso.com')).toBe(true);
    expect(result.estate?.hasUnreadRecords('sip.contoso.com.')).toBe(true);
  });

  it('reads suppressions from the comments the format reports', async () => {
    write('external/teams.records', RECORDS.replace('_sipfederationtls._tcp SRV', '# uclint-disable-next-line teams/online-records -- moving to 5061 in May\n_sipfederationtls._tcp SRV'));
    const result = await lint({ cwd: tree.dir, formats: FORMATS_AND_RECORDS, onlyRules: ['teams/online-records'] });
    expect(shown(result.findings)).toEqual(['external/teams.records:6 teams/online-records (suppressed) SRV _sipfederationtls._tcp.contoso.com 100 1 5062 sipfed.online.lync.com has the wrong port for Microsoft 365 worldwide; expected: _sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.']);
  });
});

describe('a format whose load throws', () => {
  it('is a diagnostic of the format on its first file, and the other formats are read', async () => {
    const broken = defineFormat({ ...recordsFormat, name: 'broken', recognise: { names: { extensions: ['.broken'] } }, load: () => Promise.reject(new Error('defect')) });
    write('a.broken', 'x');
    write('b.broken', 'x');
    write('teams.records', 'zone contoso.com\nsip A 192.0.2.1 192.0.2.2\n');
    const result = await lint({ cwd: tree.dir, formats: [...FORMATS_AND_RECORDS, broken], onlyRules: [] });
    expect(shown(result.findings)).toEqual([
      'a.broken:1 parse/broken uclint could not read these files: defect',
      "teams.records:2 parse/records A 192.0.2.1 192.0.2.2: unexpected '192.0.2.2' after the record data",
    ]);
  });
});

describe('DnsZoneBuilder', () => {
  const built = () => {
    const file = { file: 'dns/main.tf', kind: 'records', view: 'external' as const, viewSource: 'path' as const };
    const zone = new DnsZoneBuilder(declaredIn(file, 'Contoso.com', { file: 'dns/main.tf', line: 1, column: 1, endLine: 3, endColumn: 2 }));
    const at = (f: string, line: number) => ({ file: f, line, column: 3, endLine: line, endColumn: 40 });
    zone.add('sip.contoso.com.', 'CNAME', 3600, { target: 'sipdir.online.lync.com.' }, at('dns/main.tf', 5));
    zone.add('_sip._tls.contoso.com.', 'SRV', 3600, { priority: 100, weight: 1, port: 443, target: 'sipdir.online.lync.com.' }, at('dns/records.tf', 2));
    zone.add('_sip._tls.contoso.com.', 'SRV', 3600, { priority: 200, weight: 1, port: 443, target: 'sip2.contoso.com.' }, at('dns/records.tf', 9));
    zone.add('sip2.contoso.com.', 'A', 300, { address: '192.0.2.7' }, at('dns/main.tf', 12));
    return zone.finish();
  };

  it('makes a zone whose records the Estate indexes as a zone file\'s, each where it is written, from any file', () => {
    const zone = built();
    expect([zone.origin, zone.originSource, zone.view, zone.viewSource, zone.file]).toEqual(['contoso.com.', 'declared', 'external', 'path', 'dns/main.tf']);
    const fromFile = parsedZone(
      'external/contoso.com.zone',
      'external',
      '$ORIGIN contoso.com.\n$TTL 3600\nsip CNAME sipdir.online.lync.com.\n_sip._tls SRV 100 1 443 sipdir.online.lync.com.\n_sip._tls SRV 200 1 443 sip2\nsip2 300 A 192.0.2.7\n',
    );
    const asCode = new Estate({ zones: [zone] });
    const asZone = new Estate({ zones: [fromFile] });
    const answers = (estate: Estate) => ({
      srv: estate.records('SRV').map((r) => [r.name, r.data]),
      at: estate.recordsAt('_SIP._tls.contoso.com', 'SRV').map((r) => r.data.target),
      resolved: estate.resolve('sip.contoso.com.'),
      several: [...estate.namesWithSeveralRecords()].map(([name, list]) => [name, list.length]),
      zones: estate.zonesFor('x.sip.contoso.com').length,
      services: estate.srvServices().map((s) => [s.service, s.domain]),
    });
    const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'loc' || key === 'zone' || key === 'line' ? undefined : v)));
    expect(strip(answers(asCode))).toEqual(strip(answers(asZone)));
    expect(asCode.records('SRV').map((r) => `${r.loc.file}:${r.loc.line}`)).toEqual(['dns/records.tf:2', 'dns/records.tf:9']);
    expect(asCode.recordsAt('sip2.contoso.com', 'A').map((r) => [r.loc.file, r.loc.line, r.ttl])).toEqual([['dns/main.tf', 12, 300]]);
    // Records are views made on demand; their keys tell them apart.
    expect(new Set(asCode.records('SRV').map(recordKey)).size).toBe(2);
  });

  it('refuses a record type that does not exist (a defect of the format, not of the file)', () => {
    const zone = new DnsZoneBuilder({ file: 'a.tf', origin: 'contoso.com', view: 'unknown', viewSource: 'none' });
    expect(() => zone.add('a.contoso.com.', 'NOPE', 60, { address: '192.0.2.1' }, { file: 'a.tf', line: 1, column: 1, endLine: 1, endColumn: 2 })).toThrow('NOPE is not a record type');
  });

  it('keeps a zone of unknown origin, whose absolute names are still indexed', () => {
    const zone = new DnsZoneBuilder({ file: 'a.tf', origin: undefined, view: 'unknown', viewSource: 'none' });
    zone.add('sip.contoso.com.', 'A', 60, { address: '192.0.2.1' }, { file: 'a.tf', line: 4, column: 1, endLine: 4, endColumn: 2 });
    const done = zone.finish();
    expect([done.origin, done.originSource]).toEqual([undefined, 'none']);
    expect(new Estate({ zones: [done] }).hasName('sip.contoso.com')).toBe(true);
  });
});

describe('recordOwner', () => {
  it.each([
    ['@', 'contoso.com.', 'relative', 'contoso.com.'],
    ['', 'contoso.com.', 'relative', 'contoso.com.'],
    ['_sip._tls', 'contoso.com.', 'relative', '_sip._tls.contoso.com.'],
    ['SIP', 'contoso.com.', 'relative', 'sip.contoso.com.'],
    ['sip.contoso.com', 'contoso.com.', 'relative', 'sip.contoso.com.contoso.com.'],
    ['sip.contoso.com', 'contoso.com.', 'qualified-or-relative', 'sip.contoso.com.'],
    ['contoso.com', 'contoso.com.', 'qualified-or-relative', 'contoso.com.'],
    ['sip.eu', 'contoso.com.', 'qualified-or-relative', 'sip.eu.contoso.com.'],
    ['notcontoso.com', 'contoso.com.', 'qualified-or-relative', 'notcontoso.com.contoso.com.'],
    ['Sip.Fabrikam.com.', 'contoso.com.', 'relative', 'sip.fabrikam.com.'],
    ['sip', undefined, 'relative', undefined],
    ['sip.contoso.com', undefined, 'qualified-or-relative', undefined],
    ['sip.contoso.com.', undefined, 'relative', 'sip.contoso.com.'],
  ] satisfies Array<[string, string | undefined, 'relative' | 'qualified-or-relative', string | undefined]>)('%s in %s (%s) is %s', (written, origin, style, owner) => {
    expect(recordOwner(written, origin, style)).toBe(owner);
  });
});
