/**
 * Every format near its bounds, through the whole CLI (loader and every rule): for each, a file
 * of many entries, and where a format bounds lines or nesting, a file of its longest lines or
 * deepest nesting. Each is run at two sizes (n and 4n) in processes of their own, and the cost of
 * a megabyte is the difference over the difference in size, so start-up and loading a grammar
 * drop out; the growth (time at 4n over time at n, start-up left in) shows how near linear it is.
 * The zone file is the reference: every other format's cost a megabyte is shown as a multiple of
 * the zone loader's (the target is at most 5).
 *
 * Usage: npm run bench:bounds [-- --runs 1] [-- --scale 1] [-- --keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateZone } from './zone-bench.js';
import { powershellScript, batchFile } from './powershell-bench.js';
import { generate as terraform } from './terraform-bench.js';
import { armTemplate, benchRecords } from './dns-as-code-bench.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

interface Case {
  name: string;
  /** The file's path in its tree, and its text for size n (in the format's own unit). */
  file: string;
  text: (n: number) => string;
  /** The smaller size; the larger is four times it. */
  n: number;
}

const lines = (count: number, line: (i: number) => string): string => Array.from({ length: count }, (_, i) => line(i)).join('\n') + '\n';

const CASES: Case[] = [
  { name: 'zone: records', file: 'bench.example.zone', n: 50_000, text: (n) => generateZone(n) },
  {
    name: 'zone: 60,000-character TXT lines',
    file: 'long.example.zone',
    n: 20,
    text: (n) => `$ORIGIN long.example.\n@ SOA ns1 hostmaster 1 3600 600 86400 300\nns1 A 192.0.2.1\n${lines(n, (i) => `t${i} TXT ${Array.from({ length: 230 }, (_, k) => `"${String(k).padEnd(253, 'a')}"`).join(' ')}`)}`,
  },
  {
    name: 'registry: values',
    file: 'policy.reg',
    n: 50_000,
    text: (n) => `Windows Registry Editor Version 5.00\r\n\r\n${lines(n, (i) => (i % 50 === 0 ? `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator\\Key${i}]\r\n` : '') + `"Value${i}"=dword:0000000${i % 10}\r`)}`,
  },
  { name: 'registry: 1 MiB hex lines', file: 'hex.reg', n: 2, text: (n) => `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Bench]\r\n${lines(n, (i) => `"Blob${i}"=hex:${'ab,'.repeat(340_000)}cd\r`)}` },
  {
    name: 'SDP: candidates',
    file: 'offer.sdp',
    n: 20_000,
    text: (n) => `v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=session\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 50012 RTP/AVP 0\r\n${lines(n, (i) => `a=candidate:${i} 1 UDP ${2130706431 - i} 10.${(i >> 8) & 255}.${i & 255}.1 ${50000 + (i % 10000)} typ host\r`)}`,
  },
  {
    name: 'WireGuard: peers',
    file: 'wg0.conf',
    n: 10_000,
    text: (n) => `[Interface]\nAddress = 10.8.0.1/24\nListenPort = 51820\n\n${lines(n, (i) => `[Peer]\nAllowedIPs = 10.${(i >> 8) & 255}.${i & 255}.0/24\nEndpoint = peer${i}.example.com:51820\n`)}`,
  },
  { name: 'OpenVPN: routes', file: 'client.ovpn', n: 20_000, text: (n) => `client\ndev tun\nremote vpn.example.com 1194\n${lines(n, (i) => `route 10.${(i >> 8) & 255}.${i & 255}.0 255.255.255.0`)}` },
  {
    name: 'manifest (YAML): firewall rules',
    file: 'firewall.yml',
    n: 2_000,
    text: (n) =>
      `apiVersion: uclint/v1\nkind: FirewallRules\nmetadata:\n  name: bench\nspec:\n  rules:\n${lines(n, (i) => `    - { name: rule ${i}, direction: inbound, action: allow, protocol: udp, remoteAddresses: 10.${(i >> 8) & 255}.${i & 255}.0/24, localPorts: [${3478 + (i % 4)}] }`)}`,
  },
  {
    name: 'manifest (YAML): 60 levels deep',
    file: 'deep.yml',
    n: 200,
    text: (n) => `apiVersion: uclint/v1\nkind: FirewallRules\nmetadata:\n  name: deep\n  labels:\n${lines(n, (i) => Array.from({ length: 60 }, (_, d) => `${'  '.repeat(d + 2)}k${i}_${d}:`).join('\n') + ` ${i}`)}spec:\n  rules: []\n`,
  },
  {
    name: 'named.conf: zones',
    file: 'named.conf',
    n: 5_000,
    text: (n) => `options { directory "/var/named"; };\n${lines(n, (i) => `zone "z${i}.example" { type primary; file "db.z${i}.example"; allow-transfer { 10.0.0.${i % 250}; }; };`)}`,
  },
  { name: 'PowerShell: commands', file: 'dns.ps1', n: 2_000, text: (n) => powershellScript(n) },
  { name: 'batch: commands', file: 'policy.cmd', n: 2_000, text: (n) => batchFile(n) },
  { name: 'Terraform: record blocks', file: 'main.tf', n: 1_000, text: (n) => terraform('blocks', n).text },
  { name: 'Terraform JSON: records', file: 'main.tf.json', n: 1_000, text: (n) => terraform('json', n).text },
  { name: 'ARM template: record sets', file: 'dns.json', n: 1_000, text: (n) => armTemplate(benchRecords(n)) },
  {
    name: 'octoDNS: records',
    file: 'config/bench.example.yaml',
    n: 5_000,
    text: (n) => `---\n${lines(n, (i) => `host-${i}:\n  type: A\n  value: 198.18.${(i >> 8) & 255}.${i & 255}`)}`,
  },
  {
    name: 'DNSControl: records',
    file: 'dnsconfig.js',
    n: 2_000,
    text: (n) => `var REG = NewRegistrar("none");\nvar DNS = NewDnsProvider("bind");\nD("bench.example", REG, DnsProvider(DNS),\n${lines(n, (i) => `  A("host-${i}", "198.18.${(i >> 8) & 255}.${i & 255}"),`)}  TXT("@", "v=spf1 -all")\n);\n`,
  },
];

function runOnce(dir: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [CLI, '.', '-f', 'json', '-o', join(dir, '..', `${dir.split('/').pop()}.json`), '--max-findings-per-file', '1000000'], { cwd: dir, stdio: 'ignore' });
  const ms = performance.now() - start;
  if (r.status === 2 || r.status === null) process.stderr.write(`run in ${dir} failed (exit ${r.status})\n`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 1) : 1;
  const keep = args.includes('--keep');
  const scaleAt = args.indexOf('--scale');
  const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) || 1 : 1;
  const scratch = mkdtempSync(join(tmpdir(), 'uclint-bounds-bench-'));
  const rows: Array<{ name: string; mb: number; small: number; large: number; msPerMb: number }> = [];
  try {
    CASES.forEach((c, index) => {
      const base = Math.max(1, Math.round(c.n * scale));
      const sizes = [base, base * 4].map((n, k) => {
        const dir = join(scratch, `case-${index}-${k}`);
        const text = c.text(n);
        mkdirSync(dirname(join(dir, c.file)), { recursive: true });
        writeFileSync(join(dir, c.file), text);
        return { dir, mb: Buffer.byteLength(text) / 1e6 };
      });
      const times = sizes.map(({ dir }) => median(Array.from({ length: runs }, () => runOnce(dir))));
      const mb = sizes[1].mb - sizes[0].mb;
      rows.push({ name: c.name, mb: sizes[1].mb, small: times[0], large: times[1], msPerMb: (times[1] - times[0]) / mb });
    });
  } finally {
    if (!keep) rmSync(scratch, { recursive: true, force: true });
  }
  const zone = rows[0].msPerMb;
  const table = [['format: input', 'MB (4n)', 'ms at n', 'ms at 4n', 'growth', 'ms/MB', 'x zone', '']];
  for (const r of rows) {
    const times = r.msPerMb / zone;
    table.push([r.name, r.mb.toFixed(2), r.small.toFixed(0), r.large.toFixed(0), (r.large / r.small).toFixed(2), r.msPerMb.toFixed(0), times.toFixed(1), times > 5 ? 'over 5' : '']);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  console.log(`whole CLI runs (loader and every rule, JSON report), median of ${runs}; ms/MB = (ms at 4n - ms at n) / (MB at 4n - MB at n); x zone = ms/MB over the zone file's`);
  if (keep) console.log(`inputs kept in ${scratch}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
