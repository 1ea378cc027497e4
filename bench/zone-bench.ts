/**
 * Zone loader benchmark: generates zones of 10k, 100k and 1M records in the
 * system temporary directory and measures parsing alone (records/s, wall time,
 * peak memory). When `named-checkzone` is on PATH it loads the same files, and
 * the table shows uclint's time as a fraction of BIND's. When `src/lint.ts`
 * exports `lint()`, the whole run over each file is timed too.
 *
 * Each measurement is taken `--runs` times (3 unless told), the three kinds in turn, and the
 * table shows the fastest run of each and the largest peak memory: on a shared machine the
 * fastest run is the one least disturbed, and turns spread a slow spell over all three.
 *
 * Usage: npm run bench [-- --sizes 10000,100000] [-- --runs 5] [-- --keep]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseZone } from '../src/formats/zone/loader.js';

const ORIGIN = 'bench.example.';

/** Small deterministic generator so every run parses the same text. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A zone of about `count` records: A, AAAA, CNAME, MX, TXT (with a quoted `;`), SRV, multi-line records, comments, relative names. */
export function generateZone(count: number, seed = 1): string {
  const random = prng(seed);
  const parts: string[] = [
    `$ORIGIN ${ORIGIN}`,
    '$TTL 3600',
    '@ IN SOA ns1 hostmaster ( 2024010101 ; serial',
    '  7200 3600 1209600 300 )',
    '  IN NS ns1',
    'ns1 IN A 192.0.2.1',
  ];
  // Hosts the MX records name, so the zone is clean and the run measures work, not reporting.
  for (let m = 0; m < 7; m++) parts.push(`mail${m} IN A 192.0.2.${10 + m}`);
  let records = 10;
  let host = 0;
  // About 44 bytes a record, like the 1M-record reference zone (43.7 MB).
  while (records < count) {
    const r = random();
    const n = host++;
    const name = `host-${n.toString().padStart(7, '0')}`;
    if (r < 0.4) {
      parts.push(`${name} 3600 IN A 198.18.${(n >> 8) & 255}.${n & 255}`);
      records++;
    } else if (r < 0.55) {
      parts.push(`${name} 300 IN AAAA 2001:db8:${(n >> 16).toString(16)}::${(n & 0xffff).toString(16)}`);
      records++;
    } else if (r < 0.7) {
      parts.push(`${name} IN CNAME host-${Math.floor(random() * host).toString().padStart(7, '0')}`);
      records++;
    } else if (r < 0.78) {
      parts.push(`${name} 3600 IN MX 10 mail${n % 7}.${ORIGIN}`);
      records++;
    } else if (r < 0.88) {
      parts.push(`${name} IN TXT "v=spf1 a;b ${n}" ; note`);
      records++;
    } else if (r < 0.95) {
      parts.push(`_sip._tcp.${name} IN SRV 10 60 5060 ${name}`, `${name} IN A 192.0.${(n >> 8) & 255}.${n & 255}`);
      records += 2;
    } else if (r < 0.98) {
      parts.push(`${name} IN TXT ( "part one"`, `    "part two ${n}" )`);
      records++;
    } else {
      parts.push(`; block ${n}`, `${name} 600 IN A 198.19.${(n >> 8) & 255}.${n & 255}`, `  IN AAAA 2001:db8::${(n & 0xffff).toString(16)}`);
      records += 2;
    }
  }
  return parts.join('\n') + '\n';
}

interface Row {
  records: number;
  megabytes: number;
  parseMs: number;
  recordsPerSecond: number;
  heapMiB: number;
  rssMiB: number;
  bindMs?: number;
  lintMs?: number;
  lintRssMiB?: number;
}

function mib(bytes: number): number {
  return bytes / (1024 * 1024);
}

function hasNamedCheckzone(): boolean {
  const r = spawnSync('named-checkzone', ['-v'], { encoding: 'utf8' });
  return r.status === 0;
}

/** Runs named-checkzone on the file with BIND's semantic checks off; returns milliseconds. */
function timeNamedCheckzone(file: string): number {
  const start = performance.now();
  execFileSync(
    'named-checkzone',
    ['-k', 'ignore', '-n', 'ignore', '-m', 'ignore', '-M', 'ignore', '-S', 'ignore', '-T', 'ignore', '-W', 'ignore', '-r', 'ignore', '-i', 'none', '-q', ORIGIN, file],
    { stdio: 'ignore' },
  );
  return performance.now() - start;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

/**
 * The whole run as a user makes it: the bundled CLI (`npm run bench` builds it first) on
 * the file, JSON report to a file, timed from process start to exit like named-checkzone.
 */
function timeWholeRun(file: string, dir: string): { ms: number; rssMiB: number; exitCode: number } | undefined {
  if (!existsSync(CLI)) return undefined;
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench', 'report-rss.mjs'), CLI, file, '--format', 'json', '--output', join(dir, 'report.json')], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const ms = performance.now() - start;
  const rss = /uclint-bench-rss-kib (\d+)/.exec(r.stderr ?? '');
  if (r.status === null || r.status === 2 || !rss) {
    process.stderr.write(`whole run failed (exit ${r.status}): ${r.stderr}\n`);
    return undefined;
  }
  return { ms, rssMiB: Number(rss[1]) / 1024, exitCode: r.status };
}

/** Peak RSS of a child process that parses (or lints) the file: keeps each measurement separate. */
function measureInChild(mode: 'parse', file: string, dir: string): { ms: number; rssMiB: number; heapMiB: number; records: number } | undefined {
  const r = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--child', mode, file, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    return undefined;
  }
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as { ms: number; rssMiB: number; heapMiB: number; records: number };
  } catch {
    return undefined;
  }
}

async function child(mode: string, file: string, _dir: string): Promise<void> {
  if (mode === 'parse') {
    const text = readFileSync(file, 'utf8');
    // Warm-up on a slice so the timed run measures compiled code, as in a long lint run.
    parseZone(text.slice(0, Math.min(text.length, 2_000_000)).replace(/\n[^\n]*$/, '\n'), { file: 'warmup.zone', origin: ORIGIN });
    const start = performance.now();
    const result = parseZone(text, { file: 'bench.zone', origin: ORIGIN });
    const ms = performance.now() - start;
    const heap = process.memoryUsage().heapUsed;
    const rss = process.resourceUsage().maxRSS * 1024;
    if (result.diagnostics.length > 0) {
      process.stderr.write(`unexpected diagnostics: ${JSON.stringify(result.diagnostics.slice(0, 3))}\n`);
      process.exit(1);
    }
    process.stdout.write(JSON.stringify({ ms, rssMiB: mib(rss), heapMiB: mib(heap), records: result.zone.table.size }) + '\n');
    return;
  }
  throw new Error(`unknown child mode ${mode}`);
}

function fmt(n: number | undefined, digits = 0): string {
  return n === undefined ? '-' : n.toFixed(digits);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1], args[2], args[3]);
    return;
  }
  const sizesArg = args.indexOf('--sizes');
  const sizes = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : [10_000, 100_000, 1_000_000];
  const keep = args.includes('--keep');
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 1) : 3;
  const dir = mkdtempSync(join(tmpdir(), 'uclint-zone-bench-'));
  const bind = hasNamedCheckzone();
  const cliAvailable = existsSync(CLI);
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const file = join(dir, `bench-${size}.zone`);
      const text = generateZone(size);
      writeFileSync(file, text);
      let row: Row | undefined;
      for (let run = 0; run < runs; run++) {
        const parsed = measureInChild('parse', file, dir);
        if (parsed === undefined) throw new Error(`parsing the ${size}-record zone failed`);
        row ??= { records: parsed.records, megabytes: Buffer.byteLength(text) / 1e6, parseMs: Infinity, recordsPerSecond: 0, heapMiB: 0, rssMiB: 0 };
        row.parseMs = Math.min(row.parseMs, parsed.ms);
        row.recordsPerSecond = row.records / (row.parseMs / 1000);
        row.heapMiB = Math.max(row.heapMiB, parsed.heapMiB);
        row.rssMiB = Math.max(row.rssMiB, parsed.rssMiB);
        if (bind) row.bindMs = Math.min(row.bindMs ?? Infinity, timeNamedCheckzone(file));
        const whole = cliAvailable ? timeWholeRun(file, dir) : undefined;
        if (whole) {
          row.lintMs = Math.min(row.lintMs ?? Infinity, whole.ms);
          row.lintRssMiB = Math.max(row.lintRssMiB ?? 0, whole.rssMiB);
        }
      }
      if (row) rows.push(row);
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }

  const header = ['records', 'MB', 'parse ms', 'records/s', 'parse RSS MiB', 'named-checkzone ms', 'parse/BIND', 'uclint run ms', 'run/BIND', 'run RSS MiB'];
  const table = rows.map((r) => [
    String(r.records),
    fmt(r.megabytes, 1),
    fmt(r.parseMs),
    fmt(r.recordsPerSecond),
    fmt(r.rssMiB),
    fmt(r.bindMs),
    r.bindMs === undefined ? '-' : (r.parseMs / r.bindMs).toFixed(3),
    fmt(r.lintMs),
    r.bindMs === undefined || r.lintMs === undefined ? '-' : (r.lintMs / r.bindMs).toFixed(3),
    fmt(r.lintRssMiB),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));
  if (!bind) console.log('named-checkzone not on PATH: no comparison with BIND');
  if (!cliAvailable) console.log('dist/cli.js is missing (npm run build): whole-run timing skipped');
  console.log(`fastest of ${runs} runs each, largest peak RSS; parse/BIND = uclint parse time / named-checkzone time; run/BIND = whole uclint CLI run / named-checkzone (lower is better; both in this run)`);
  if (keep) console.log(`zones kept in ${dir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
