/**
 * Every bound on hostile input (docs/formats.md, "Bounds"): past it, a diagnostic with its
 * exact code, file, line, column and message, never a crash or a hang. Bounds too costly
 * to reach in a test (64 MiB, 5,000,000 records) are lowered through the loaders' limits;
 * the others are met at their real value.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/core/types.js';
import { createIncludeReader, discoverFiles, globMatcher } from '../../src/discover/index.js';
import { DirectiveReader } from '../../src/engine/suppressions.js';
import { Pkcs12Budget, parseCertificateFile } from '../../src/formats/certificate/loader.js';
import { parseManifestFile } from '../../src/formats/manifest/loader.js';
import { parseOpenvpnFile } from '../../src/formats/openvpn/loader.js';
import { parseRegistryFile } from '../../src/formats/registry/loader.js';
import { parseSdpFile } from '../../src/formats/sdp/loader.js';
import { parseWireguardFile } from '../../src/formats/wireguard/loader.js';
import { parseZone } from '../../src/formats/zone/loader.js';
import { readTopologyBuilderFile } from '../../src/formats/topology-builder/load.js';
import { crc32 } from '../../src/languages/zip/index.js';
import { deflateRawSync } from 'node:zlib';
import { compileCommonNameFilter } from '../../src/report/cn-filter.js';
import { certificateBundle, pkcs12Bundle, pkcs7Bundle } from '../helpers/hostile-corpus.js';
import { BUILT_CLI } from '../helpers/built-cli.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.join(HERE, '../fixtures/hostile');
const corpus = (file: string): Buffer => readFileSync(path.join(CORPUS, file));

/** What each test asserts of a diagnostic. */
function shown(diagnostics: readonly Diagnostic[]): Array<Pick<Diagnostic, 'code' | 'file' | 'line' | 'column' | 'message'>> {
  return diagnostics.map(({ code, file, line, column, message }) => ({ code, file, line, column, message }));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-bounds-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const SOA = '$ORIGIN b.test.\n$TTL 300\n@ IN SOA ns h 1 1 1 1 1\n@ IN NS ns\n';

describe('files', () => {
  it('discovery: a file over the size bound is reported and not read', async () => {
    write('big.zone', SOA + 'x'.repeat(200));
    const result = await discoverFiles([dir], { root: dir, ignore: [], views: { internal: [], external: [] }, zones: {}, maxFileBytes: 100 });
    expect(result.files).toEqual([]);
    expect(shown(result.diagnostics)).toEqual([
      { code: 'input/too-large', file: 'big.zone', line: 1, column: 1, message: 'file of 260 bytes is over the bound of 100; not read' },
    ]);
  });

  it('$INCLUDE: a file over the size bound is refused at the $INCLUDE line', () => {
    write('part.inc', 'a IN A 192.0.2.1\n'.repeat(10));
    const includeReader = createIncludeReader(dir, { maxFileBytes: 100 });
    const result = parseZone(`${SOA}$INCLUDE part.inc\n`, { file: 'b.test.zone', includeReader });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/include-failed', file: 'b.test.zone', line: 5, column: 1, message: "cannot include 'part.inc': 'part.inc' is 170 bytes, over the bound of 100" },
    ]);
  });

  it.each([
    ['certificate', () => parseCertificateFile(Buffer.alloc(16 * 1024 * 1024 + 1, 0x41), { file: 'big.pem' }).diagnostics, 'certificate/too-large', 'certificate file of 16,777,217 bytes is over the bound of 16,777,216; not read'],
    ['registry', () => parseRegistryFile(Buffer.alloc(16 * 1024 * 1024 + 1, 0x41), 'big.reg').diagnostics, 'registry/file-too-large', 'file of 16,777,217 bytes is over the bound of 16,777,216; not read'],
    ['wireguard', () => parseWireguardFile('#'.repeat(16 * 1024 * 1024 + 1), 'big.conf').diagnostics, 'wireguard/file-too-large', 'file of 16,777,217 bytes is over the bound of 16,777,216; not read'],
    ['openvpn', () => parseOpenvpnFile('#'.repeat(16 * 1024 * 1024 + 1), 'big.ovpn').diagnostics, 'openvpn/file-too-large', 'file of 16,777,217 bytes is over the bound of 16,777,216; not read'],
    ['sdp', () => parseSdpFile('v'.repeat(16 * 1024 * 1024 + 1), 'big.sdp').diagnostics, 'sdp/file-too-large', 'file of 16,777,217 bytes is over the bound of 16,777,216; not read'],
    ['manifest', () => parseManifestFile('#'.repeat(16 * 1024 * 1024 + 1), 'big.yml').diagnostics, 'manifest/yaml-too-large', 'YAML text of 16,777,217 characters is over the bound of 16,777,216; not read'],
  ])('%s: a file over 16 MiB is one diagnostic at line 1', (_format, diagnose, code, message) => {
    const file = { certificate: 'big.pem', registry: 'big.reg', wireguard: 'big.conf', openvpn: 'big.ovpn', sdp: 'big.sdp', manifest: 'big.yml' }[_format];
    expect(shown(diagnose())).toEqual([{ code, file, line: 1, column: 1, message }]);
  });
});

describe('files named by the command line or the config', () => {
  // A FIFO would block a read forever: the built CLI runs with a time-out, so that the test fails rather than hangs if one is read.
  const run = (args: string[]) => spawnSync(process.execPath, [BUILT_CLI, ...args], { cwd: dir, timeout: 30_000, encoding: 'utf8' });
  const fifo = (rel: string): string => {
    const file = path.join(dir, rel);
    expect(spawnSync('mkfifo', [file]).status).toBe(0);
    return file;
  };

  it.each([
    ['--baseline', 'base.fifo', () => ['--baseline', 'base.fifo', '.'], () => 'uclint: cannot use baseline base.fifo: not a regular file\n'],
    ['--config', 'config.fifo', (file: string) => ['--config', file, '.'], (file: string) => `uclint: config ${file} is not a regular file\n`],
    ['a baseline the config names', 'base.fifo', () => (write('.uclint.yml', 'baseline: base.fifo\n'), ['.']), (file: string) => `uclint: cannot use baseline ${file}: not a regular file\n`],
  ])('%s: a FIFO is refused, never read', (_what, name, args, stderr) => {
    write('a.zone', SOA);
    const file = fifo(name);
    const result = run(args(file));
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 2, stderr: stderr(file) });
  });
});

describe('lines', () => {
  it('zone: a line over 65,536 characters', () => {
    const result = parseZone(`${SOA}; ${'a'.repeat(70_000)}\n`, { file: 'b.test.zone' });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/line-too-long', file: 'b.test.zone', line: 5, column: 65_537, message: 'line longer than 65,536 characters' },
    ]);
  });

  it.each([
    ['registry', () => parseRegistryFile(Buffer.from(`Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software]\n"A"="${'a'.repeat(1024 * 1024)}"\n`), 'long.reg').diagnostics, 'long.reg', 4, 'registry/line-too-long'],
    ['wireguard', () => parseWireguardFile(`[Interface]\n# ${'a'.repeat(1024 * 1024)}\n`, 'long.conf').diagnostics, 'long.conf', 2, 'wireguard/line-too-long'],
    ['openvpn', () => parseOpenvpnFile(`client\n# ${'a'.repeat(1024 * 1024)}\n`, 'long.ovpn').diagnostics, 'long.ovpn', 2, 'openvpn/line-too-long'],
    ['sdp', () => parseSdpFile(`v=0\ns=${'a'.repeat(1024 * 1024)}\n`, 'long.sdp').diagnostics, 'long.sdp', 2, 'sdp/line-too-long'],
  ])('%s: a line over 1 Mi characters is skipped', (_format, diagnose, file, line, code) => {
    expect(shown(diagnose())).toEqual([{ code, file, line, column: 1, message: 'line of more than 1,048,576 characters; not read' }]);
  });

  it('suppression comments: many markers on one long line cost one scan of it', () => {
    const text = `; ${'uclint-disable-x '.repeat(200_000)}\n`;
    const reader = new DirectiveReader();
    const started = Date.now();
    parseZone(text, { file: 'b.test.zone', comments: reader.comment });
    expect(reader.directivesByFile()).toEqual(new Map());
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('zone', () => {
  it('$INCLUDE nested deeper than 7 levels', () => {
    for (let i = 1; i <= 8; i++) write(`d${i}.inc`, `$INCLUDE d${i + 1}.inc\n`);
    const result = parseZone(`${SOA}$INCLUDE d1.inc\n`, { file: 'b.test.zone', includeReader: createIncludeReader(dir) });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/include-depth', file: 'd7.inc', line: 1, column: 1, message: "$INCLUDE nested deeper than 7 levels: 'd8.inc' is not read" },
    ]);
  });

  it('$INCLUDE cycles', () => {
    write('a.inc', '$INCLUDE b.inc\n');
    write('b.inc', '$INCLUDE a.inc\n');
    const result = parseZone(`${SOA}$INCLUDE a.inc\n`, { file: 'b.test.zone', includeReader: createIncludeReader(dir) });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/include-cycle', file: 'b.inc', line: 1, column: 1, message: "$INCLUDE cycle: 'a.inc' includes itself (b.test.zone -> a.inc -> b.inc -> a.inc)" },
    ]);
  });

  it('$INCLUDE outside the tree, by path or through a symbolic link, never shows the outside file', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'uclint-outside-'));
    try {
      writeFileSync(path.join(outside, 'secret.txt'), 'secret IN TXT "TOP-SECRET-7f3a"\n');
      mkdirSync(path.join(dir, 'tree'));
      symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'tree', 'leak.inc'));
      const relative = path.relative(path.join(dir, 'tree'), path.join(outside, 'secret.txt'));
      const zone = `${SOA}$INCLUDE leak.inc\n$INCLUDE ${relative}\n$INCLUDE ${path.join(outside, 'secret.txt')}\n`;
      const result = parseZone(zone, { file: 'b.test.zone', includeReader: createIncludeReader(path.join(dir, 'tree')) });
      expect(shown(result.diagnostics)).toEqual([
        { code: 'zone/include-failed', file: 'b.test.zone', line: 5, column: 1, message: "cannot include 'leak.inc': 'leak.inc' is a symbolic link that leads outside the lint root" },
        { code: 'zone/include-failed', file: 'b.test.zone', line: 6, column: 1, message: `cannot include '${relative}': '${relative}' is outside the lint root` },
        // An absolute path outside the tree is a file of the server, not of the repository: not read, and said so.
        { code: 'zone/include-missing', file: 'b.test.zone', line: 7, column: 1, message: `$INCLUDE '${path.join(outside, 'secret.txt')}' is not in the repository; the records in it were not checked` },
      ]);
      expect(JSON.stringify(result.diagnostics)).not.toContain('TOP-SECRET');
      expect(result.zone.records.map((r) => `${r.name} ${r.type}`)).toEqual(['b.test. SOA', 'b.test. NS']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('$INCLUDE files read for one zone: at most 1,000, counted at every depth', () => {
    // Ten includes of a file holding ten includes of ..., four levels: 11,110 reads without the bound.
    for (let i = 1; i <= 4; i++) write(`f${i}.inc`, `$INCLUDE f${i + 1}.inc\n`.repeat(10));
    write('f5.inc', '; leaf\n');
    const started = Date.now();
    const result = parseZone(`${SOA}${'$INCLUDE f1.inc\n'.repeat(10)}`, { file: 'b.test.zone', includeReader: createIncludeReader(dir) });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/too-many-includes', file: 'f4.inc', line: 10, column: 1, message: "more than 1,000 $INCLUDE files read for the zone of b.test.zone: 'f5.inc' and every later $INCLUDE are not read" },
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('$INCLUDE text read for one zone: at most 64 Mi characters in all (lowered here)', () => {
    write('part.inc', 'a IN A 192.0.2.1\n');
    const result = parseZone(`${SOA}$INCLUDE part.inc\n$INCLUDE part.inc\n`, { file: 'b.test.zone', includeReader: createIncludeReader(dir), limits: { includedCharacters: 20 } });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/includes-too-large', file: 'b.test.zone', line: 6, column: 1, message: "$INCLUDE files of the zone of b.test.zone over 20 characters in all: 'part.inc' and every later $INCLUDE are not read" },
    ]);
  });

  it('$GENERATE: at most 65,536 records', () => {
    const result = parseZone(`${SOA}$GENERATE 1-70000 h$ A 10.0.0.1\n`, { file: 'b.test.zone' });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/generate-too-many', file: 'b.test.zone', line: 5, column: 11, message: '$GENERATE would make 70,000 records; only the first 65,536 are read' },
    ]);
    expect(result.zone.records).toHaveLength(2 + 65_536);
  });

  it('$GENERATE: at most 131,072 records for one zone, all directives together', () => {
    const line = '$GENERATE 1-65536 h$ A 10.0.0.1\n';
    const result = parseZone(`${SOA}${line.repeat(2)}$GENERATE 1-10 x$ A 10.0.0.1\n${line}`, { file: 'b.test.zone' });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/generate-too-many', file: 'b.test.zone', line: 7, column: 11, message: 'the $GENERATE directives of this zone have made 131,072 records, the bound for one zone; this one is not read' },
      { code: 'zone/generate-too-many', file: 'b.test.zone', line: 8, column: 11, message: 'the $GENERATE directives of this zone have made 131,072 records, the bound for one zone; this one is not read' },
    ]);
    expect(result.zone.records).toHaveLength(2 + 131_072);
  });

  it('$GENERATE: the zone-wide bound cuts the directive that passes it', () => {
    const result = parseZone(`${SOA}$GENERATE 1-8 h$ A 10.0.0.1\n$GENERATE 1-8 g$ A 10.0.0.1\n`, { file: 'b.test.zone', limits: { generatedRecords: 12 } });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/generate-too-many', file: 'b.test.zone', line: 6, column: 11, message: 'the $GENERATE directives of this zone may make 12 records together; only the first 4 of this one are read' },
    ]);
    expect(result.zone.records.map((r) => r.name).slice(-5)).toEqual(['h8.b.test.', 'g1.b.test.', 'g2.b.test.', 'g3.b.test.', 'g4.b.test.']);
  });

  it('records of one zone: at most 5,000,000 (lowered here)', () => {
    const result = parseZone(`${SOA}a IN A 192.0.2.1\nb IN A 192.0.2.2\n`, { file: 'b.test.zone', limits: { records: 3 } });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'zone/too-many-records', file: 'b.test.zone', line: 6, column: 1, message: 'more than 3 records; the rest of the zone is not read' },
    ]);
  });
});

describe('YAML manifests', () => {
  const head = 'apiVersion: uclint/v1\nkind: VpnProfile\n';

  it('aliases: at most 10,000 nodes added per document (billion laughs)', () => {
    const result = parseManifestFile(corpus('manifest/billion-laughs.yml').toString('utf8'), 'laughs.yml');
    expect(shown(result.diagnostics)).toEqual([
      { code: 'manifest/yaml-alias-limit', file: 'laughs.yml', line: 8, column: 45, message: "aliases expand to more than 10,000 nodes; '*a2' and later aliases over the bound are not expanded" },
    ]);
  });

  it('nesting: at most 64 levels', () => {
    const result = parseManifestFile(`${head}name: ${'['.repeat(100)}${']'.repeat(100)}\n`, 'deep.yml');
    expect(shown(result.diagnostics)).toEqual([{ code: 'manifest/yaml-too-deep', file: 'deep.yml', line: 3, column: 70, message: 'YAML nesting deeper than 64 levels' }]);
  });
});

describe('certificates', () => {
  it('ASN.1 nesting: at most 32 levels', () => {
    const result = parseCertificateFile(corpus('certificate/deep-nesting.der'), { file: 'deep.der' });
    expect(shown(result.diagnostics)).toEqual([{ code: 'certificate/der-too-deep', file: 'deep.der', line: 1, column: 1, message: 'ASN.1 nesting deeper than 32 levels (at byte 64); not read' }]);
  });

  it('ASN.1 nesting inside a PKCS#12 file', () => {
    const result = parseCertificateFile(corpus('certificate/pkcs12-nested-bags.p12'), { file: 'nested.p12' });
    expect(shown(result.diagnostics)).toEqual([{ code: 'certificate/der-too-deep', file: 'nested.p12', line: 1, column: 1, message: 'ASN.1 nesting deeper than 32 levels inside the PKCS#12 file' }]);
  });

  it.each([
    ['a PEM bundle', 'bundle.pem', () => certificateBundle(corpus('certificate/one.pem').toString('utf8'), 1001), 12_001],
    ['a PKCS#7 bundle', 'bundle.p7b', () => pkcs7Bundle(corpus('certificate/one.der'), 1001), 1],
    ['a PKCS#12 file', 'bundle.p12', () => pkcs12Bundle(corpus('certificate/one.der'), 1001), 1],
  ])('certificates in %s: at most 1,000', (_what, file, bytes, line) => {
    const result = parseCertificateFile(Buffer.from(bytes()), { file });
    expect(result.certificates).toHaveLength(1000);
    expect(shown(result.diagnostics)).toEqual([
      { code: 'certificate/too-many-certificates', file, line, column: 1, message: 'more than 1,000 certificates in one file; the rest are not read' },
    ]);
  });

  it.each([
    ['the MAC', 'certificate/pkcs12-huge-mac-iterations.p12', 'the PKCS#12 MAC asks for 1,099,511,627,776 iterations, over the bound of 1,000,000; the file is not read'],
    ['PBKDF2', 'certificate/pkcs12-huge-pbkdf2-iterations.pfx', 'the PKCS#12 PBKDF2 key derivation asks for 2,147,483,647 iterations, over the bound of 1,000,000; the file is not read'],
    ['all key derivations together', 'certificate/pkcs12-iteration-bomb.pfx', 'the PKCS#12 key derivations ask for 20,000,001 iterations in all, over the bound of 1,000,000; the file is not read'],
  ])('PKCS#12 iterations, %s: at most 1,000,000, checked before any key is derived', (_what, fixture, message) => {
    const started = Date.now();
    const result = parseCertificateFile(corpus(fixture), { file: 'x.pfx', password: 'x', passwordVariable: 'PFX_PASSWORD' });
    expect(shown(result.diagnostics)).toEqual([{ code: 'certificate/pkcs12-iterations', file: 'x.pfx', line: 1, column: 1, message }]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('PKCS#12 files of one run', () => {
  it('key derivations of all the files together: at most 4,000,000 iterations (lowered here), a diagnostic on each file past it', () => {
    expect(new Pkcs12Budget().bound).toBe(4_000_000);
    // Each file asks for 128 iterations (a MAC and a PBES2 safe of 64 each).
    const modern = readFileSync(path.join(HERE, '../fixtures/loaders/certificate/modern.pfx'));
    const budget = new Pkcs12Budget(300);
    const read = (file: string) => parseCertificateFile(modern, { file, password: 'pw', passwordVariable: 'PFX_PASSWORD', pkcs12Budget: budget });
    const results = ['a.pfx', 'b.pfx', 'c.pfx'].map(read);
    expect(results.map((r) => r.certificates.length)).toEqual([1, 1, 0]);
    expect(shown(results[2].diagnostics)).toEqual([
      {
        code: 'certificate/pkcs12-iterations',
        file: 'c.pfx',
        line: 1,
        column: 1,
        message: 'the PKCS#12 key derivations ask for 128 iterations, more than the 44 left of the bound of 300 for all PKCS#12 files of one run; the file is not read',
      },
    ]);
    expect(budget.remaining).toBe(44);
  });
});

describe('registry exports', () => {
  const header = 'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software]\n';

  it('a hex value over 1 MiB is skipped', () => {
    // Five continuation lines of 262,144 bytes each: every line within its bound, the value over its own.
    const line = `${'00,'.repeat(256 * 1024)}\\\n`;
    const result = parseRegistryFile(Buffer.from(`${header}"A"=hex:${line.repeat(5)}00\n`), 'big.reg');
    expect(shown(result.diagnostics)).toEqual([
      { code: 'registry/value-too-large', file: 'big.reg', line: 8, column: 1, message: 'the value has more than 1,048,576 bytes; it is not read' },
    ]);
  });

  it('values of one file: at most 1,000,000 (lowered here)', () => {
    const result = parseRegistryFile(Buffer.from(`${header}"A"=dword:1\n"B"=dword:2\n"C"=dword:3\n`), 'many.reg', { maxValues: 2 });
    expect(shown(result.diagnostics)).toEqual([
      { code: 'registry/too-many-values', file: 'many.reg', line: 6, column: 1, message: 'more than 2 values; the rest of the file is not read' },
    ]);
  });
});

describe('WireGuard, OpenVPN, SDP', () => {
  it.each([
    ['wireguard', () => parseWireguardFile(`[Peer]\n${Array.from({ length: 100_001 }, (_, i) => `AllowedIPs = 10.${i >> 16}.${(i >> 8) & 255}.${i & 255}/32\n`).join('')}`, 'many.conf').diagnostics, 'many.conf', 100_002, 14],
    ['openvpn', () => parseOpenvpnFile(`client\n${'route 10.0.0.0 255.0.0.0\n'.repeat(100_001)}`, 'many.ovpn').diagnostics, 'many.ovpn', 100_002, 7],
    ['sdp', () => parseSdpFile(`v=0\n${'m=audio 1 RTP/AVP 0\n'.repeat(100_001)}`, 'many.sdp').diagnostics, 'many.sdp', 100_002, 1],
  ])('%s: at most 100,000 entries', (format, diagnose, file, line, column) => {
    expect(shown(diagnose())).toEqual([
      { code: `${format}/too-many-entries`, file, line, column, message: 'more than 100,000 entries; the rest of the file is not read' },
    ]);
  });
});

describe('Topology Builder XML', () => {
  const TOPOLOGY = '<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">';

  it('nesting: at most 256 levels, the element past it and the rest not read', () => {
    const text = `${TOPOLOGY}\n${'<a>'.repeat(256)}`;
    expect(shown(readTopologyBuilderFile('deep.xml', Buffer.from(text)).diagnostics)).toEqual([
      { code: 'topology-builder/xml-too-deep', file: 'deep.xml', line: 2, column: 766, message: 'elements nested more than 256 deep; the rest of the text is not read' },
    ]);
  });

  it('an archive entry that inflates more than 200 times over 1 MiB is not inflated (a zip bomb)', () => {
    const data = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const body = deflateRawSync(data);
    const name = Buffer.from('DocItemSet.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length + body.length, 16);
    const archive = Buffer.concat([local, name, body, central, name, end]);
    const result = readTopologyBuilderFile('bomb.zip', archive);
    expect(result.nodes.topologies).toEqual([]);
    expect(shown(result.diagnostics).map((d) => [d.code, d.file, d.line, d.column])).toEqual([['topology-builder/zip-ratio', 'bomb.zip', 1, 1]]);
  });
});

describe('patterns from the config and the command line', () => {
  it('globs run in linear time', () => {
    const started = Date.now();
    expect(globMatcher(['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'])(`${'a'.repeat(5000)}.zone`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('--cn-filter: RE2, at most 1,000 characters', () => {
    expect(compileCommonNameFilter('x'.repeat(1001))).toEqual({ error: 'the pattern is longer than 1,000 characters' });
    const filter = compileCommonNameFilter('^(a+)+$');
    if (!('test' in filter)) throw new Error(filter.error);
    const started = Date.now();
    expect(filter.test(`${'a'.repeat(100_000)}!`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
