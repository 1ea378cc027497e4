/**
 * What users run, each as a ratio against a reference measured in the same run:
 * - the benchmark's clean zone and a zone of many SIP domains (bench/sip-zone.ts), whole CLI runs
 *   against `named-checkzone` on the same file, with peak memory;
 * - the same SIP zone with half its records at fault (500,000 findings at 1M records), written
 *   to a file in each report format, against `named-checkzone`, with peak memory;
 * - a repository of 20,000 small files of mixed kinds (half of them zones), against
 *   `named-checkzone` over the same zones (one process a zone, as a repository's CI runs it:
 *   timed on a sample and scaled to all of them);
 * - start-up: `uclint --version` and the example estate against `node -e 0`.
 *
 * Each figure is the median of `--runs` runs (3 unless told), the kinds taken in turn so a slow
 * spell of a shared machine spreads over all of them; the spread (slowest / fastest) is shown
 * as the noise. Peak memory is the largest resident set of the runs, read with GNU time
 * (`/usr/bin/time`) where there is one. Inputs are generated in the system's temporary
 * directory and removed afterwards (`--keep` keeps them).
 *
 * Usage: npm run bench [-- --records 1000000] [-- --runs 3] [-- --files 20000] [-- --keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateZone } from './zone-bench.js';
import { generateSipZone, SIP_ORIGIN } from './sip-zone.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const GNU_TIME = '/usr/bin/time';
const BIND_CHECKS_OFF = ['-k', 'ignore', '-n', 'ignore', '-m', 'ignore', '-M', 'ignore', '-S', 'ignore', '-T', 'ignore', '-W', 'ignore', '-r', 'ignore', '-i', 'none', '-q'];

interface Run {
  ms: number;
  /** Peak resident set, MiB (undefined without GNU time). */
  rssMiB?: number;
  status: number | null;
}

const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

/** One process, timed from spawn to exit, with its peak memory. */
function runProcess(command: string, args: string[], cwd: string): Run {
  const timed = hasGnuTime ? [GNU_TIME, ['-f', 'uclint-bench-peak-kib %M', command, ...args]] : [command, args];
  const start = performance.now();
  const r = spawnSync(timed[0] as string, timed[1] as string[], { cwd, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  const peak = /uclint-bench-peak-kib (\d+)/.exec(r.stderr ?? '');
  if (r.status === null || r.status === 2) process.stderr.write(`${command} ${args.join(' ')} failed (exit ${r.status}): ${(r.stderr ?? '').slice(0, 2000)}\n`);
  return { ms, rssMiB: peak ? Number(peak[1]) / 1024 : undefined, status: r.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Measure {
  name: string;
  run: () => Run;
}

interface Result {
  name: string;
  ms: number;
  /** Slowest run / fastest run. */
  spread: number;
  rssMiB?: number;
}

/** Each measure `runs` times, in turn. */
function measure(measures: Measure[], runs: number): Map<string, Result> {
  const samples = new Map<string, Run[]>(measures.map((m) => [m.name, []]));
  for (let i = 0; i < runs; i++) for (const m of measures) (samples.get(m.name) as Run[]).push(m.run());
  const results = new Map<string, Result>();
  for (const [name, list] of samples) {
    const times = list.map((r) => r.ms);
    const peaks = list.map((r) => r.rssMiB).filter((v): v is number => v !== undefined);
    results.set(name, { name, ms: median(times), spread: Math.max(...times) / Math.min(...times), rssMiB: peaks.length ? Math.max(...peaks) : undefined });
  }
  return results;
}

const uclint = (dir: string, args: string[]): Run => runProcess(process.execPath, [CLI, ...args], dir);
const checkzone = (dir: string, origin: string, file: string): Run => runProcess('named-checkzone', [...BIND_CHECKS_OFF, origin, file], dir);

/** 20,000 small files: half zones of a few SIP domains, the rest registry exports, SDP offers and WireGuard configs. */
function writeRepository(dir: string, files: number): string[] {
  const zones: string[] = [];
  for (let n = 0; n < files; n++) {
    const folder = join(dir, `site-${Math.floor(n / 500)}`);
    if (n % 500 === 0) mkdirSync(folder, { recursive: true });
    const kind = n % 10;
    if (kind < 5) {
      const file = join(folder, `zone-${n}.example.zone`);
      const text = generateSipZone(40).replaceAll(SIP_ORIGIN, `zone-${n}.example.`);
      writeFileSync(file, text);
      zones.push(file);
    } else if (kind < 7) {
      writeFileSync(
        join(folder, `client-${n}.reg`),
        `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator]\r\n"EnableStrictDNSNaming"=dword:00000001\r\n"ConfigurationMode"=dword:00000001\r\n`,
      );
    } else if (kind < 9) {
      const host = `10.${(n >> 8) & 255}.${n & 255}.10`;
      writeFileSync(
        join(folder, `offer-${n}.sdp`),
        `v=0\r\no=- ${n} 1 IN IP4 ${host}\r\ns=session\r\nc=IN IP4 ${host}\r\nt=0 0\r\nm=audio 50012 RTP/AVP 0 8\r\na=candidate:1 1 UDP 2130706431 ${host} 50012 typ host\r\na=candidate:2 1 UDP 1694498815 203.0.113.5 50014 typ srflx raddr ${host} rport 50012\r\n`,
      );
    } else {
      writeFileSync(join(folder, `wg-${n}.conf`), `[Interface]\nAddress = 10.8.${(n >> 8) & 255}.${n & 255}/24\nDNS = 10.0.0.2\n\n[Peer]\nEndpoint = vpn.example.com:51820\nAllowedIPs = 10.0.0.0/8, 192.168.0.0/16\n`);
    }
  }
  return zones;
}

function fmt(n: number | undefined, digits = 0): string {
  return n === undefined ? '-' : n.toFixed(digits);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Math.max(1, Number(args[at + 1]) || fallback) : fallback;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const records = option(args, '--records', 1_000_000);
  const runs = option(args, '--runs', 3);
  const fileCount = option(args, '--files', 20_000);
  const keep = args.includes('--keep');
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: npm run build');
  const bind = spawnSync('named-checkzone', ['-v'], { encoding: 'utf8' }).status === 0;
  const dir = mkdtempSync(join(tmpdir(), 'uclint-user-bench-'));
  try {
    writeFileSync(join(dir, 'clean.zone'), generateZone(records));
    writeFileSync(join(dir, 'sip.zone'), generateSipZone(records));
    writeFileSync(join(dir, 'sip-faults.zone'), generateSipZone(records, { firing: true }));
    const repository = join(dir, 'repository');
    const zones = writeRepository(repository, fileCount);
    const all = ['--max-findings-per-file', '1000000'];

    // Zones, whole runs.
    const zoneMeasures: Measure[] = [
      { name: 'clean zone: uclint', run: () => uclint(dir, ['clean.zone', '-f', 'json', '-o', 'out.json']) },
      { name: 'SIP-mix zone: uclint', run: () => uclint(dir, ['sip.zone', '-f', 'json', '-o', 'out.json']) },
      ...(['json', 'sarif', 'markdown', 'stylish', 'github'] as const).map((format) => ({
        name: `SIP-mix with faults: --format ${format}`,
        run: () => uclint(dir, ['sip-faults.zone', '-f', format, '-o', `out.${format}`, ...all]),
      })),
    ];
    if (bind) {
      zoneMeasures.push(
        { name: 'clean zone: named-checkzone', run: () => checkzone(dir, 'bench.example.', 'clean.zone') },
        { name: 'SIP-mix zone: named-checkzone', run: () => checkzone(dir, SIP_ORIGIN, 'sip.zone') },
        { name: 'SIP-mix with faults: named-checkzone', run: () => checkzone(dir, SIP_ORIGIN, 'sip-faults.zone') },
      );
    }
    const zoneResults = measure(zoneMeasures, runs);

    // A repository of small files; BIND over a sample of its zones, one process each.
    const sample = zones.filter((_, i) => i % Math.max(1, Math.floor(zones.length / 100)) === 0).slice(0, 100);
    const repositoryResults = measure(
      [
        { name: 'repository: uclint', run: () => uclint(dir, ['repository', '-f', 'json', '-o', 'repository.json']) },
        ...(bind
          ? [
              {
                name: 'repository: named-checkzone per zone',
                run: (): Run => {
                  const start = performance.now();
                  for (const file of sample) checkzone(dir, file.slice(file.lastIndexOf('/') + 1, -'zone'.length), file);
                  return { ms: ((performance.now() - start) / sample.length) * zones.length, status: 0 };
                },
              },
            ]
          : []),
      ],
      runs,
    );

    // Start-up.
    const startup = measure(
      [
        { name: 'node -e 0', run: () => runProcess(process.execPath, ['-e', '0'], ROOT) },
        { name: 'uclint --version', run: () => uclint(ROOT, ['--version']) },
        { name: 'uclint examples/contoso', run: () => uclint(ROOT, ['examples/contoso']) },
      ],
      Math.max(runs, 5),
    );

    const get = (results: Map<string, Result>, name: string) => results.get(name);
    const ratio = (a: Result | undefined, b: Result | undefined) => (a && b ? (a.ms / b.ms).toFixed(2) : '-');
    const bindOf = (name: string) => get(zoneResults, `${name.split(':')[0]}: named-checkzone`);
    const rows = [['', 'median ms', 'spread', 'peak MiB', 'ratio', 'against']];
    for (const result of zoneResults.values()) {
      if (result.name.endsWith('named-checkzone')) continue;
      rows.push([result.name, fmt(result.ms), fmt(result.spread, 2), fmt(result.rssMiB), ratio(result, bindOf(result.name)), 'named-checkzone']);
    }
    for (const result of zoneResults.values()) if (result.name.endsWith('named-checkzone')) rows.push([result.name, fmt(result.ms), fmt(result.spread, 2), fmt(result.rssMiB), '', '']);
    const repositoryRun = get(repositoryResults, 'repository: uclint');
    const repositoryBind = get(repositoryResults, 'repository: named-checkzone per zone');
    if (repositoryRun) rows.push([`repository of ${fileCount} files: uclint`, fmt(repositoryRun.ms), fmt(repositoryRun.spread, 2), fmt(repositoryRun.rssMiB), ratio(repositoryRun, repositoryBind), `named-checkzone on its ${zones.length} zones`]);
    if (repositoryBind) rows.push([`named-checkzone, ${zones.length} zones (from ${sample.length})`, fmt(repositoryBind.ms), fmt(repositoryBind.spread, 2), '', '', '']);
    const node = get(startup, 'node -e 0');
    for (const result of startup.values()) rows.push([result.name, fmt(result.ms), fmt(result.spread, 2), fmt(result.rssMiB), result === node ? '' : ratio(result, node), result === node ? '' : 'node -e 0']);
    console.log(`${records} records a zone, median of ${runs} runs (start-up: ${Math.max(runs, 5)}); spread = slowest / fastest run; peak = largest resident set${hasGnuTime ? '' : ' (no GNU time: not measured)'}`);
    console.log(table(rows));
    if (!bind) console.log('named-checkzone not on PATH (bind9-utils; .ci/run installs it): no ratios against BIND');
    if (keep) console.log(`inputs kept in ${dir}`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
