/**
 * Differential check against BIND: for every zone of the corpus and for seeded
 * generated zones, the records uclint reads must be the records `named-checkzone`
 * loads (compared through formatRecord and BIND's `-D` dump); for every invalid
 * zone, both must reject it at the same line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseZone, formatRecord } from '../../../src/formats/zone/loader.js';
import { lint } from '../../../src/lint.js';
import type { IncludeReader, ZoneRecord } from '../../../src/formats/zone/loader.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../fixtures/zone-corpus');
const validDir = join(corpus, 'valid');
const invalidDir = join(corpus, 'invalid');

/** Zones whose name is not example.com (the default). */
const ORIGINS: Record<string, string> = {
  '18-uc-deployment.zone': 'contoso.example.com.',
};
const DEFAULT_ORIGIN = 'example.com.';

/** Flags that turn off BIND's semantic and integrity checks, so that only syntax counts. */
const NO_CHECKS = ['-k', 'ignore', '-n', 'ignore', '-m', 'ignore', '-M', 'ignore', '-S', 'ignore', '-T', 'ignore', '-W', 'ignore', '-r', 'ignore', '-i', 'none'];

function bindAvailable(): boolean {
  const r = spawnSync('named-checkzone', ['-v'], { encoding: 'utf8' });
  if (r.status !== 0) return false;
  // Every flag used here must exist in this BIND version: a run with them all must not print usage.
  const probe = spawnSync('named-checkzone', [...NO_CHECKS, '-D', '-o', '/dev/null', 'example.com.', '/dev/null'], { encoding: 'utf8' });
  return !/usage:/i.test(probe.stderr + probe.stdout);
}

const haveBind = bindAvailable();
const describeBind = haveBind ? describe : describe.skip;
if (!haveBind) {
  console.warn('named-checkzone is not on PATH (install bind9-utils): the BIND differential tests are skipped');
}

const zoneFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.zone')).sort();

interface BindResult {
  ok: boolean;
  lines: string[];
  stderr: string;
}

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'uclint-bind-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Runs named-checkzone in `cwd` (so `$INCLUDE` resolves as it does for uclint) and returns its dump. */
function runBind(origin: string, file: string, cwd: string): BindResult {
  const out = join(scratch, `dump-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync('named-checkzone', [...NO_CHECKS, '-D', '-o', out, origin, file], { cwd, encoding: 'utf8' });
  let lines: string[] = [];
  if (r.status === 0) {
    lines = readFileSync(out, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith(';'));
    rmSync(out, { force: true });
  }
  return { ok: r.status === 0, lines, stderr: `${r.stdout}\n${r.stderr}` };
}

/** BIND's dump line with the separators between name, TTL, class, type and data made single spaces. */
function normaliseBindLine(line: string): string {
  const m = /^(\S+)\s+(\d+)\s+(\S+)\s+(\S+)\s+(.*)$/.exec(line);
  if (!m) throw new Error(`unexpected dump line: ${line}`);
  return `${m[1]} ${m[2]} ${m[3]} ${m[4]} ${m[5].trim()}`.toLowerCase();
}

/**
 * uclint's records as BIND would dump them. Two things BIND does when loading, not
 * when parsing, are applied: an RRset has one TTL, and exact duplicates are one
 * record. BIND's TTL rule: records are committed in runs at one owner name; inside
 * a run the first TTL of a type wins, and a later run replaces the RRset's TTL.
 */
function uclintLines(records: readonly ZoneRecord[]): string[] {
  const rrsetTtl = new Map<string, number>();
  let runOwner: string | undefined;
  let runTypes = new Set<string>();
  for (const r of records) {
    const owner = r.name.toLowerCase();
    if (owner !== runOwner) {
      runOwner = owner;
      runTypes = new Set();
    }
    const key = `${owner} ${r.class} ${r.type}`;
    if (!runTypes.has(key)) {
      runTypes.add(key);
      rrsetTtl.set(key, r.ttl);
    }
  }
  // BIND prints each record with its RRset's TTL: the record as printed, with that TTL.
  const lines = records.map((r) => formatRecord({ name: r.name, class: r.class, type: r.type, data: r.data, generic: r.generic, zone: r.zone, loc: r.loc, ttl: rrsetTtl.get(`${r.name.toLowerCase()} ${r.class} ${r.type}`) as number }).toLowerCase());
  return [...new Set(lines)].sort();
}

function readerFor(root: string): IncludeReader {
  return (path) => {
    const full = normalize(join(root, path));
    if (!full.startsWith(root + '/')) return { error: 'outside the corpus' };
    try {
      return { file: full.slice(root.length + 1), text: readFileSync(full, 'utf8') };
    } catch {
      return { error: 'not found' };
    }
  };
}

function compare(file: string, dir: string, origin: string): { uclint: string[]; bind: string[]; diagnostics: string[] } {
  const text = readFileSync(join(dir, file), 'utf8');
  const parsed = parseZone(text, { file, origin, includeReader: readerFor(dir) });
  const bind = runBind(origin, file, dir);
  if (!bind.ok) throw new Error(`BIND rejected ${file}:\n${bind.stderr}`);
  return {
    uclint: uclintLines(parsed.zone.records),
    bind: [...new Set(bind.lines.map(normaliseBindLine))].sort(),
    diagnostics: parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`),
  };
}

describeBind('BIND differential: valid corpus', () => {
  const files = zoneFiles(validDir);
  it('has at least 15 zones', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });
  test.each(files)('%s reads the same records as named-checkzone', (file) => {
    const result = compare(file, validDir, ORIGINS[file] ?? DEFAULT_ORIGIN);
    expect(result.diagnostics).toEqual([]);
    expect(result.uclint).toEqual(result.bind);
    expect(result.uclint.length).toBeGreaterThan(2);
  });
});

/**
 * Where uclint deliberately reports another line than BIND, with the reason. Both
 * lines are still asserted, so a change on either side shows.
 */
const LINE_DIFFERENCES: Record<string, { bind: number; uclint: number; reason: string }> = {
  '13-multiline-bad-field.zone': { bind: 5, uclint: 6, reason: 'BIND names the first line of a parenthesised record; uclint the line of the bad token' },
  '18-unclosed-paren.zone': { bind: 8, uclint: 5, reason: 'BIND reports at the end of the file; uclint where the parenthesis opens' },
};

describeBind('BIND differential: invalid corpus', () => {
  const files = zoneFiles(invalidDir);
  it('has at least 10 zones', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  test.each(files)('%s is rejected at the same line by both', (file) => {
    const bind = runBind(DEFAULT_ORIGIN, file, invalidDir);
    expect(bind.ok).toBe(false);
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const bindLines = [...bind.stderr.matchAll(new RegExp(`${escaped}:(\\d+):`, 'g'))].map((m) => Number(m[1]));
    expect(bindLines.length).toBeGreaterThan(0);
    const text = readFileSync(join(invalidDir, file), 'utf8');
    const parsed = parseZone(text, { file, origin: DEFAULT_ORIGIN, includeReader: readerFor(invalidDir) });
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    // One syntax error per file: exactly one diagnostic, and the records after it are still read.
    expect(errors).toHaveLength(1);
    expect(parsed.zone.records.map((r) => r.name)).toContain('after.example.com.');
    const difference = LINE_DIFFERENCES[file];
    if (difference) {
      expect(bindLines[0]).toBe(difference.bind);
      expect(errors[0].line).toBe(difference.uclint);
    } else {
      expect(errors[0].line).toBe(bindLines[0]);
    }
  });
});

// ---------------------------------------------------------------- generated zones

/** Random but valid zone text, in varied layouts (parentheses, comments, blank owners, TTL/class order). */
function zoneArbitrary(): fc.Arbitrary<string> {
  const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
  const relName = fc.array(label, { minLength: 1, maxLength: 3 }).map((l) => l.join('.'));
  const target = fc.oneof(relName, relName.map((n) => `${n}.example.com.`), fc.constant('@'));
  const octet = fc.integer({ min: 0, max: 255 });
  const u16 = fc.integer({ min: 0, max: 65535 });
  const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
  const ipv6 = fc.array(fc.oneof(fc.constant(0), u16), { minLength: 8, maxLength: 8 }).map((w) => w.map((x) => x.toString(16)).join(':'));
  const textChar = fc.oneof(fc.constantFrom(...'abc XYZ;()@$.,'.split('')), fc.constantFrom('\\"', '\\\\', '\\009', '\\255', '\\195\\169'));
  const txt = fc.array(textChar, { maxLength: 12 }).map((c) => `"${c.join('')}"`);
  const hex = fc.uint8Array({ minLength: 1, maxLength: 40 }).map((b) => Buffer.from(b).toString('hex'));
  const rdata = fc.oneof(
    ipv4.map((a) => `A ${a}`),
    ipv6.map((a) => `AAAA ${a}`),
    target.map((n) => `CNAME ${n}`),
    fc.tuple(u16, target).map(([p, n]) => `MX ${p} ${n}`),
    fc.tuple(u16, u16, u16, target).map(([a, b, c, n]) => `SRV ( ${a} ${b}\n    ${c} ${n} )`),
    fc.array(txt, { minLength: 1, maxLength: 3 }).map((s) => `TXT ${s.join(' ')}`),
    fc.tuple(fc.constantFrom(0, 128), fc.constantFrom('issue', 'iodef'), txt).map(([f, t, v]) => `CAA ${f} ${t} ${v}`),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 2 }), hex).map(([a, b, c, h]) => `TLSA ${a} ${b} ${c} ${h}`),
    hex.map((h) => `TYPE65000 \\# ${h.length / 2} ${h}`),
  );
  const ttl = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 86400 }).map(String), fc.constantFrom('1h', '2d3h', '30M'));
  const cls = fc.constantFrom('', 'IN');
  const owner = fc.oneof(relName, relName.map((n) => `${n}.example.com.`), fc.constant('@'), fc.constant(''));
  const line = fc.tuple(owner, ttl, cls, fc.boolean(), rdata, fc.boolean());
  const header = '$TTL 300\n@ IN SOA ns1 hostmaster 1 2 3 4 5\n  IN NS ns1\nns1 IN A 192.0.2.1\n';
  return fc.array(line, { minLength: 20, maxLength: 80 }).map((lines) => {
    let previousWasAlias = false;
    const out = lines.map(([o, t, c, classFirst, rd, comment], i) => {
      // BIND refuses a CNAME beside other data at one name (a load rule, not syntax): aliases get names of their own.
      const alias = rd.startsWith('CNAME');
      let ownerText = alias ? `alias${i}` : o;
      if (!alias && ownerText === '' && previousWasAlias) ownerText = `host${i}`;
      previousWasAlias = alias;
      const fields = classFirst ? [c, t] : [t, c];
      const head = ownerText === '' ? '\t' : ownerText + ' ';
      return `${head}${fields.filter((f) => f !== '').join(' ')} ${rd}${comment ? ' ; note' : ''}`;
    });
    return header + out.join('\n') + '\n';
  });
}

describeBind('BIND differential: generated zones', () => {
  const zones = fc.sample(zoneArbitrary(), { seed: 42, numRuns: 12 });
  if (process.env.UCLINT_KEEP_GENERATED) zones.forEach((z, i) => writeFileSync(join(process.env.UCLINT_KEEP_GENERATED as string, `generated-${i}.zone`), z));
  test.each(zones.map((z, i) => [i, z] as const))('generated zone %i reads the same records as named-checkzone', (i, text) => {
    const file = `generated-${i}.zone`;
    writeFileSync(join(scratch, file), text);
    const result = compare(file, scratch, DEFAULT_ORIGIN);
    expect(result.diagnostics).toEqual([]);
    expect(result.uclint).toEqual(result.bind);
  });
});

// ---------------------------------------------------------------- zone checks

const zoneChecksDir = join(corpus, 'zone-checks');

/**
 * The checks BIND makes before it loads a zone (named-checkzone with in-zone integrity
 * checks): a zone it refuses has an error of dns/zone-validity, and one it loads has none.
 */
describeBind('BIND differential: zone checks', () => {
  const files = zoneFiles(zoneChecksDir);
  it('has zones both ways', () => {
    expect(files.filter((f) => f.startsWith('good-')).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.startsWith('bad-')).length).toBeGreaterThanOrEqual(8);
  });
  test.each(files)('%s: dns/zone-validity agrees with named-checkzone', async (file) => {
    const bind = spawnSync('named-checkzone', ['-i', 'local', DEFAULT_ORIGIN, file], { cwd: zoneChecksDir, encoding: 'utf8' });
    const dir = mkdtempSync(join(tmpdir(), 'uclint-zone-checks-'));
    try {
      writeFileSync(join(dir, file), readFileSync(join(zoneChecksDir, file)));
      writeFileSync(join(dir, '.uclint.yml'), `zones: { "${file}": ${DEFAULT_ORIGIN} }\n`);
      const result = await lint({ cwd: dir, onlyRules: ['dns/zone-validity'] });
      const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.ruleId} ${f.messageId}`);
      expect(bind.status === 0 ? 'loads' : 'refused').toBe(file.startsWith('good-') ? 'loads' : 'refused');
      if (bind.status === 0) expect(errors).toEqual([]);
      else expect(errors.filter((e) => e.includes('dns/zone-validity'))).not.toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
