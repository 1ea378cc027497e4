import fc from 'fast-check';
import { RecordTable, TableRecord, packSrvNumbers, recordKey } from '../../../src/model/record-table.js';
import { hashName } from '../../../src/model/owner-names.js';
import type { RDataValue } from '../../../src/model/record-table.js';
import type { ZoneFile } from '../../../src/model/dns.js';
import { parse } from './helpers.js';

/** A table of the given capacity belonging to a zone file `zone.db`. */
function tableFor(capacity: number): RecordTable {
  const table = new RecordTable(capacity);
  table.zone = { file: 'zone.db', table } as unknown as ZoneFile;
  return table;
}

interface Row {
  name: string;
  ttl: number;
  cls: string;
  type: number;
  value: RDataValue;
  numbers?: number;
  generic?: boolean;
  file?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Text ids of the names written relative to a tail, per table: each name is its own text. */
const textIds = new WeakMap<RecordTable, Map<string, number>>();

/** Appends a row; with a tail, its name is read as written relative to it, else kept whole. */
function append(table: RecordTable, row: Row, tail = ''): void {
  if (tail === '') table.owners.setFromString(row.name);
  else {
    let ids = textIds.get(table);
    if (!ids) textIds.set(table, (ids = new Map()));
    let id = ids.get(row.name);
    if (id === undefined) ids.set(row.name, (id = table.owners.addText(row.name)));
    table.owners.setFromText(id, 0, row.name.length, /[A-Z]/.test(row.name), tail);
  }
  table.append(row.ttl, row.cls, row.type, row.value, row.numbers ?? 0, row.generic ?? false, row.file, row.line, row.column, row.endLine, row.endColumn);
}

const at = (line: number, column = 1, endLine = line, endColumn = 10) => ({ line, column, endLine, endColumn });

describe('RecordTable: what a row gives back', () => {
  it('builds each compact data value into the data object of its type', () => {
    const table = tableFor(16);
    append(table, { name: 'a.example.', ttl: 300, cls: 'IN', type: 1, value: (198 << 24) | (51 << 16) | (100 << 8) | 7, ...at(1) });
    append(table, { name: 'a.example.', ttl: 300, cls: 'IN', type: 28, value: '2001:db8::1', ...at(2) });
    append(table, { name: 'c.example.', ttl: 60, cls: 'IN', type: 5, value: 'a.example.', ...at(3) });
    append(table, { name: '_sip._tls.example.', ttl: 60, cls: 'IN', type: 33, value: 'sip.example.', numbers: packSrvNumbers(65535, 1, 443), ...at(4) });
    append(table, { name: 'example.', ttl: 60, cls: 'IN', type: 15, value: 'mail.example.', numbers: 10, ...at(5) });
    append(table, { name: 'example.', ttl: 60, cls: 'IN', type: 16, value: 'v=spf1 -all', ...at(6) });
    append(table, { name: 'example.', ttl: 60, cls: 'IN', type: 16, value: { strings: ['one', 'two'] }, ...at(7) });
    append(table, { name: 'example.', ttl: 60, cls: 'CH', type: 2, value: 'ns.example.', ...at(8) });
    expect(table.records().map((r) => [r.name, r.ttl, r.class, r.type, r.data])).toEqual([
      ['a.example.', 300, 'IN', 'A', { address: '198.51.100.7' }],
      ['a.example.', 300, 'IN', 'AAAA', { address: '2001:db8::1' }],
      ['c.example.', 60, 'IN', 'CNAME', { target: 'a.example.' }],
      ['_sip._tls.example.', 60, 'IN', 'SRV', { priority: 65535, weight: 1, port: 443, target: 'sip.example.' }],
      ['example.', 60, 'IN', 'MX', { preference: 10, exchange: 'mail.example.' }],
      ['example.', 60, 'IN', 'TXT', { strings: ['v=spf1 -all'] }],
      ['example.', 60, 'IN', 'TXT', { strings: ['one', 'two'] }],
      ['example.', 60, 'CH', 'NS', { target: 'ns.example.' }],
    ]);
  });

  it('prints IPv4 addresses at both ends of the range and with the top bit set', () => {
    const table = tableFor(4);
    for (const value of [0, -1, 0x80000001 | 0, 0x7fffffff]) append(table, { name: 'x.', ttl: 1, cls: 'IN', type: 1, value, ...at(1) });
    expect(table.records().map((r) => r.data)).toEqual([{ address: '0.0.0.0' }, { address: '255.255.255.255' }, { address: '128.0.0.1' }, { address: '127.255.255.255' }]);
  });

  it('keeps ranges too wide or too tall to pack, and the file of included records', () => {
    const table = tableFor(4);
    append(table, { name: 'a.', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(3, 2, 3, 40) });
    append(table, { name: 'b.', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(5, 20000, 5, 20010) });
    append(table, { name: 'c.', ttl: 1, cls: 'IN', type: 1, value: 1, file: 'inc/hosts.db', ...at(9, 1, 30, 5000) });
    append(table, { name: 'd.', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(31) });
    expect(table.records().map((r) => r.loc)).toEqual([
      { file: 'zone.db', line: 3, column: 2, endLine: 3, endColumn: 40 },
      { file: 'zone.db', line: 5, column: 20000, endLine: 5, endColumn: 20010 },
      { file: 'inc/hosts.db', line: 9, column: 1, endLine: 30, endColumn: 5000 },
      { file: 'zone.db', line: 31, column: 1, endLine: 31, endColumn: 10 },
    ]);
  });

  it('keeps every one of the 65,536 classes a record can have', () => {
    const table = tableFor(16);
    for (let code = 0; code <= 0xffff; code++) append(table, { name: 'a.', ttl: 1, cls: code === 1 ? 'IN' : `CLASS${code}`, type: 65535 - (code % 3), value: 1, ...at(1) });
    expect([table.class(0), table.class(1), table.class(0xffff), table.type(0xffff), table.type(1)]).toEqual(['CLASS0', 'IN', 'CLASS65535', 'TYPE65535', 'TYPE65534']);
  });

  it('marks records read from RFC 3597 generic syntax', () => {
    const table = tableFor(2);
    append(table, { name: 'a.', ttl: 1, cls: 'IN', type: 1, value: 1, generic: true, ...at(1) });
    append(table, { name: 'b.', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(2) });
    expect(table.records().map((r) => r.generic)).toEqual([true, undefined]);
  });

  it('grows past its first capacity without losing a column', () => {
    const table = tableFor(1);
    for (let i = 0; i < 100; i++) {
      append(table, { name: `h${i}.`, ttl: i, cls: i === 50 ? 'HS' : 'IN', type: 33, value: `t${i}.`, numbers: packSrvNumbers(i, i + 1, i + 2), file: i % 2 ? 'inc.db' : undefined, ...at(i + 1, 1, i + 1, 20000) });
    }
    expect(table.size).toBe(100);
    const last = table.record(99);
    expect([last.name, last.ttl, last.class, last.data, last.loc]).toEqual(['h99.', 99, 'IN', { priority: 99, weight: 100, port: 101, target: 't99.' }, { file: 'inc.db', line: 100, column: 1, endLine: 100, endColumn: 20000 }]);
    expect(table.record(50).class).toBe('HS');
    expect(table.record(50).loc.file).toBe('zone.db');
  });

  it('forgets truncated rows: a row appended in their place carries nothing of them', () => {
    const table = tableFor(4);
    append(table, { name: 'keep.', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(1) });
    append(table, { name: 'gone.', ttl: 9, cls: 'CH', type: 33, value: 'x.', numbers: packSrvNumbers(1, 2, 3), generic: true, file: 'inc.db', ...at(2, 30000, 40, 1) });
    table.truncate(1);
    append(table, { name: 'new.', ttl: 2, cls: 'IN', type: 1, value: 2, ...at(3) });
    expect(table.records().map((r) => [r.name, r.class, r.type, r.generic, r.loc])).toEqual([
      ['keep.', 'IN', 'A', undefined, { file: 'zone.db', line: 1, column: 1, endLine: 1, endColumn: 10 }],
      ['new.', 'IN', 'A', undefined, { file: 'zone.db', line: 3, column: 1, endLine: 3, endColumn: 10 }],
    ]);
  });

  it('retains the rows asked for, in order, with every column moved along', () => {
    const table = tableFor(8);
    append(table, { name: 'out.', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(1) });
    append(table, { name: 'in1.', ttl: 2, cls: 'IN', type: 15, value: 'mx.', numbers: 5, file: 'inc.db', ...at(2, 1, 2, 9000) });
    append(table, { name: 'out.', ttl: 3, cls: 'IN', type: 1, value: 1, ...at(3) });
    append(table, { name: 'in2.', ttl: 4, cls: 'CH', type: 28, value: '::1', generic: true, ...at(4) });
    expect(table.retain((i) => !table.owners.is(i, 'out.'))).toBe(2);
    expect(table.records().map((r) => [r.name, r.ttl, r.class, r.data, r.generic, r.loc])).toEqual([
      ['in1.', 2, 'IN', { preference: 5, exchange: 'mx.' }, undefined, { file: 'inc.db', line: 2, column: 1, endLine: 2, endColumn: 9000 }],
      ['in2.', 4, 'CH', { address: '::1' }, true, { file: 'zone.db', line: 4, column: 1, endLine: 4, endColumn: 10 }],
    ]);
  });

  it('reads back any row it was given (property)', () => {
    const rowArbitrary = fc.record({
      name: fc.constantFrom('a.', 'b.example.', 'c.d.example.'),
      ttl: fc.integer({ min: 0, max: 0x7fffffff }),
      cls: fc.constantFrom('IN', 'CH', 'HS', 'CLASS77'),
      kind: fc.constantFrom('A', 'SRV', 'MX', 'TXT', 'CNAME'),
      a: fc.integer({ min: -0x80000000, max: 0x7fffffff }),
      n1: fc.integer({ min: 0, max: 0xffff }),
      n2: fc.integer({ min: 0, max: 0xffff }),
      n3: fc.integer({ min: 0, max: 0xffff }),
      generic: fc.boolean(),
      included: fc.boolean(),
      line: fc.integer({ min: 1, max: 1_000_000 }),
      column: fc.integer({ min: 1, max: 70_000 }),
      extraLines: fc.integer({ min: 0, max: 40 }),
      endColumn: fc.integer({ min: 1, max: 70_000 }),
    });
    fc.assert(
      fc.property(fc.array(rowArbitrary, { maxLength: 60 }), fc.integer({ min: 1, max: 64 }), (rows, capacity) => {
        const table = tableFor(capacity);
        const expected = rows.map((row) => {
          const [type, value, numbers, data] =
            row.kind === 'A'
              ? [1, row.a, 0, { address: [row.a >>> 24, (row.a >>> 16) & 255, (row.a >>> 8) & 255, row.a & 255].join('.') }]
              : row.kind === 'SRV'
                ? [33, 't.', packSrvNumbers(row.n1, row.n2, row.n3), { priority: row.n1, weight: row.n2, port: row.n3, target: 't.' }]
                : row.kind === 'MX'
                  ? [15, 'm.', row.n1, { preference: row.n1, exchange: 'm.' }]
                  : row.kind === 'TXT'
                    ? [16, `s${row.n1}`, 0, { strings: [`s${row.n1}`] }]
                    : [5, 'c.', 0, { target: 'c.' }];
          const file = row.included ? 'inc.db' : undefined;
          append(table, { name: row.name, ttl: row.ttl, cls: row.cls, type, value, numbers, generic: row.generic, file, line: row.line, column: row.column, endLine: row.line + row.extraLines, endColumn: row.endColumn });
          return {
            name: row.name,
            ttl: row.ttl,
            class: row.cls,
            type: row.kind,
            data,
            generic: row.generic ? true : undefined,
            loc: { file: file ?? 'zone.db', line: row.line, column: row.column, endLine: row.line + row.extraLines, endColumn: row.endColumn },
          };
        });
        const actual = table.records().map((r) => ({ name: r.name, ttl: r.ttl, class: r.class, type: r.type, data: r.data, generic: r.generic, loc: r.loc }));
        expect(actual).toEqual(expected);
      }),
      { seed: 20261121, numRuns: 300 },
    );
  });
});

describe('RecordTable: owner names kept as where they are written', () => {
  it('joins the written part and the origin, and compares names however they were kept', () => {
    const relative = tableFor(4);
    const absolute = tableFor(4);
    append(relative, { name: 'sip', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(1) }, '.contoso.com.');
    append(relative, { name: 'sip.contoso', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(2) }, '.com.');
    append(relative, { name: 'web', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(3) }, '.contoso.com.');
    append(absolute, { name: 'sip.contoso.com.', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(1) });
    expect([relative.name(0), relative.name(1), absolute.name(0)]).toEqual(['sip.contoso.com.', 'sip.contoso.com.', 'sip.contoso.com.']);
    expect([relative.sameName(0, absolute, 0), relative.sameName(0, relative, 1), relative.sameName(2, absolute, 0), relative.sameName(0, relative, 2)]).toEqual([true, true, false, false]);
    expect([relative.owners.is(0, 'sip.contoso.com.'), relative.owners.is(0, 'sip.contoso.co.'), relative.owners.is(2, 'sip.contoso.com.')]).toEqual([true, false, false]);
  });

  it('keeps names whole once every tail slot is taken', () => {
    const table = tableFor(16);
    for (let n = 0; n < 0x10002; n++) append(table, { name: 'h', ttl: 1, cls: 'IN', type: 1, value: 1, ...at(1) }, `.z${n}.`);
    expect([table.name(0), table.name(0xfffe), table.name(0x10001)]).toEqual(['h.z0.', 'h.z65534.', 'h.z65537.']);
    expect([table.owners.is(0x10001, 'h.z65537.'), table.owners.hash(0x10001) === hashName('h.z65537.'), table.sameName(0x10001, table, 0x10000)]).toEqual([true, true, false]);
  });

  it('reads the name of every form the same way: whole, hashed, compared, by its first character', () => {
    const table = tableFor(8);
    const text = 'Sip.Contoso.COM. web lyncdiscover.contoso.com.';
    const id = table.owners.addText(text);
    const owners = table.owners;
    const row = () => table.append(1, 'IN', 1, 1, 0, false, undefined, 1, 1, 1, 2);
    owners.setFromText(id, 0, 16, true, '');
    row();
    owners.setFromText(id, 17, 20, false, '.contoso.com.');
    row();
    row();
    owners.setFromString('a\\.b.contoso.com.');
    row();
    const saved = owners.save();
    owners.setFromText(id, 21, 46, false, '');
    row();
    owners.restore(saved);
    row();
    expect(table.records().map((r) => r.name)).toEqual(['sip.contoso.com.', 'web.contoso.com.', 'web.contoso.com.', 'a\\.b.contoso.com.', 'lyncdiscover.contoso.com.', 'a\\.b.contoso.com.']);
    for (let i = 0; i < table.size; i++) {
      const name = table.name(i);
      expect([name, table.owners.is(i, name), table.owners.is(i, name.toUpperCase()), table.owners.hash(i) === hashName(name), table.owners.firstCharCode(i) === name.charCodeAt(0)]).toEqual([name, true, false, true, true]);
    }
    expect([table.owners.sameEntry(1, 2), table.owners.sameEntry(0, 1), table.owners.sameEntry(3, 5), table.sameName(3, table, 5)]).toEqual([true, false, true, true]);
  });

  it('keeps names from a second text (an included file) apart from the first', () => {
    const table = tableFor(4);
    const first = table.owners.addText('alpha');
    const second = table.owners.addText('omega');
    for (const id of [first, second, first]) {
      table.owners.setFromText(id, 0, 5, false, '.example.');
      table.append(1, 'IN', 1, 1, 0, false, undefined, 1, 1, 1, 2);
    }
    expect([table.name(0), table.name(1), table.name(2)]).toEqual(['alpha.example.', 'omega.example.', 'alpha.example.']);
    expect([table.sameName(0, table, 2), table.owners.sameEntry(0, 1), table.owners.is(1, 'omega.example.')]).toEqual([true, false, true]);
  });
});

describe('record objects are views on rows', () => {
  const zone = parse('a 60 IN A 192.0.2.1\nb 60 IN SRV 1 2 5061 a\n').zone;

  it('makes a new view per call, and the same key for the same row', () => {
    const first = zone.table.record(1);
    const again = zone.table.record(1);
    expect(first).not.toBe(again);
    expect(first).toBeInstanceOf(TableRecord);
    expect(recordKey(first)).toBe(recordKey(again));
    expect(recordKey(first)).not.toBe(recordKey(zone.table.record(0)));
    const other = parse('b 60 IN SRV 1 2 5061 a\n').zone;
    expect(recordKey(other.table.record(0))).not.toBe(recordKey(zone.table.record(0)));
  });

  it('keeps a plain record object as its own key', () => {
    const plain = { ...zone.table.record(0).toJSON(), zone };
    expect(recordKey(plain as never)).toBe(plain);
  });

  it('walks its rows one new view at a time, in order', () => {
    const walked = [...zone.table.each()];
    expect(walked.map((r) => `${r.name} ${r.type}`)).toEqual(['a.example.com. A', 'b.example.com. SRV']);
    expect(walked[0]).not.toBe(zone.table.record(0));
  });

  it('keeps the array of `zone.records` once made', () => {
    expect(zone.records).toBe(zone.records);
    expect(zone.records).toHaveLength(2);
  });

  it('prints as its fields, naming its zone by file', () => {
    expect(JSON.stringify(zone.table.record(1))).toBe(
      '{"name":"b.example.com.","ttl":60,"class":"IN","type":"SRV","data":{"priority":1,"weight":2,"port":5061,"target":"a.example.com."},"zone":"test.zone","loc":{"file":"test.zone","line":2,"column":1,"endLine":2,"endColumn":23}}',
    );
  });
});
