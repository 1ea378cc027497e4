import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { crc32, findZipEntry, readZip, readZipEntry } from '../../../src/languages/zip/index.js';
import { decodeXmlBytes, parseXml } from '../../../src/languages/xml/index.js';

interface Entry {
  name: string;
  data: Buffer;
  method?: 0 | 8;
  /** Declared sizes and checksum, when a test lies in them. */
  size?: number;
  crc?: number;
}

/** A ZIP archive as .NET's packaging writes one: local headers, then the central directory and its end record. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const body = method === 8 ? deflateRawSync(entry.data) : entry.data;
    const name = Buffer.from(entry.name, 'utf8');
    const crc = entry.crc ?? crc32(entry.data);
    const size = entry.size ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const DOC_ITEM_SET = `\ufeff<?xml version="1.0" encoding="utf-8"?>
<DocItemSet xmlns="urn:schema:Microsoft.Rtc.Management.Xds.AppLayer.2008">
  <DocItem Name="urn:xds:Microsoft.Rtc.Management.Deploy.Topology:Global">
    <Data><Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"><InternalDomains DefaultDomain="contoso.com"/></Topology></Data>
  </DocItem>
</DocItemSet>`;

describe('an Export-CsConfiguration archive', () => {
  const bytes = zip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>'), method: 0 },
    { name: 'DocItemSet.xml', data: Buffer.from(DOC_ITEM_SET, 'utf8') },
  ]);

  it('lists the entries and reads DocItemSet.xml, deflated, into XML with positions in the entry', () => {
    const archive = readZip('CsConfiguration.zip', bytes);
    expect(archive.diagnostics).toEqual([]);
    expect(archive.entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['[Content_Types].xml', 0, 8],
      ['DocItemSet.xml', 8, Buffer.byteLength(DOC_ITEM_SET)],
    ]);
    const entry = findZipEntry(archive, '/docitemset.xml');
    const read = entry && readZipEntry(archive, entry);
    expect(read && 'bytes' in read).toBe(true);
    if (!read || !('bytes' in read)) return;
    const document = parseXml('CsConfiguration.zip/DocItemSet.xml', decodeXmlBytes(read.bytes));
    expect(document.diagnostics).toEqual([]);
    const topology = document.root?.children[0]?.children[0]?.children[0];
    expect(topology?.uri).toBe('urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008');
    expect(topology?.loc.line).toBe(4);
  });

  it('reads a stored entry as it is', () => {
    const archive = readZip('a.zip', bytes);
    expect(Buffer.from((readZipEntry(archive, archive.entries[0]) as { bytes: Uint8Array }).bytes).toString()).toBe('<Types/>');
  });
});

describe('bad and hostile archives', () => {
  const diagnosticOf = (bytes: Buffer, limits = {}) => {
    const archive = readZip('x.zip', bytes, limits);
    if (archive.diagnostics.length > 0) return archive.diagnostics[0];
    const result = readZipEntry(archive, archive.entries[0]);
    return 'diagnostic' in result ? result.diagnostic : undefined;
  };

  it('says a file that is not an archive is not one', () => {
    expect(diagnosticOf(Buffer.from('<Topology/>'))).toMatchObject({ code: 'zip/syntax', line: 1, column: 1 });
  });

  it('refuses an entry whose ratio is a zip bomb, before inflating it', () => {
    const bomb = zip([{ name: 'DocItemSet.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20) }]);
    expect(diagnosticOf(bomb)).toMatchObject({ code: 'zip/ratio' });
  });

  it('stops an entry that inflates past its declared size', () => {
    const liar = zip([{ name: 'a.xml', data: Buffer.alloc(100_000, 0x41), size: 10 }]);
    expect(diagnosticOf(liar)).toMatchObject({ code: 'zip/syntax', message: 'a.xml: inflates past its declared size; not read' });
  });

  it('refuses entries over the size, count and archive bounds', () => {
    const two = zip([{ name: 'a', data: Buffer.alloc(100) }, { name: 'b', data: Buffer.alloc(100) }]);
    expect(diagnosticOf(two, { maxEntrySize: 50 })).toMatchObject({ code: 'zip/too-large' });
    expect(diagnosticOf(two, { maxEntries: 1 })).toMatchObject({ code: 'zip/too-many-entries' });
    expect(diagnosticOf(two, { maxArchiveBytes: 10 })).toMatchObject({ code: 'zip/too-large' });
    const archive = readZip('t.zip', two, { maxTotalSize: 150 });
    expect('bytes' in readZipEntry(archive, archive.entries[0])).toBe(true);
    expect(readZipEntry(archive, archive.entries[1])).toMatchObject({ diagnostic: { code: 'zip/too-large' } });
  });

  it('refuses a wrong checksum and a truncated archive', () => {
    expect(diagnosticOf(zip([{ name: 'a', data: Buffer.from('abc'), crc: 1 }]))).toMatchObject({ code: 'zip/syntax', message: 'a: checksum (CRC-32) does not match; not read' });
    const whole = zip([{ name: 'a', data: Buffer.from('abc') }]);
    expect(diagnosticOf(whole.subarray(0, whole.length - 30))).toMatchObject({ code: 'zip/syntax' });
  });

  it('never throws on arbitrary or damaged bytes', () => {
    const base = zip([{ name: 'DocItemSet.xml', data: Buffer.from(DOC_ITEM_SET) }, { name: 's', data: Buffer.from('stored'), method: 0 }]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.uint8Array({ maxLength: 200 }), (edits, noise) => {
        const damaged = Buffer.from(base);
        for (const [at, value] of edits) damaged[at] = value;
        for (const bytes of [damaged, Buffer.from(noise)]) {
          const archive = readZip('f.zip', bytes);
          for (const entry of archive.entries) readZipEntry(archive, entry);
        }
      }),
      { numRuns: 500 },
    );
  });
});
