/**
 * DNS as code benchmark: the same 10,000 records as a zone file, as Terraform (one
 * `aws_route53_record` block each), as Terraform JSON and as an ARM template (one record-set
 * resource each), each linted by the built bundle in a process of its own (`lint()` through
 * dist/api.js), so that each kind's peak memory is its own. Reported: the fastest of
 * `--runs` runs (3 unless told) and the largest peak resident memory, and each kind's time and
 * memory as a ratio of the zone file's, measured in the same run.
 *
 * Usage: npm run bench [-- --records 10000] [-- --runs 3] [-- --keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ZONE = 'bench.example';

interface BenchRecord {
  name: string;
  type: 'A' | 'CNAME' | 'SRV' | 'TXT';
  /** Zone-file presentation of the data (names absolute). */
  data: string;
}

/** `count` records of the shapes a Teams tenant's DNS has: hosts, aliases, SRV and TXT. */
export function benchRecords(count: number): BenchRecord[] {
  const records: BenchRecord[] = [];
  for (let n = 0; records.length < count; n++) {
    const host = `host-${String(n).padStart(6, '0')}`;
    switch (n % 4) {
      case 0:
        records.push({ name: host, type: 'A', data: `198.18.${(n >> 8) & 255}.${n & 255}` });
        break;
      case 1:
        records.push({ name: host, type: 'CNAME', data: `host-${String(n - 1).padStart(6, '0')}.${ZONE}.` });
        break;
      case 2:
        records.push({ name: `_sip._tls.${host}`, type: 'SRV', data: `100 1 443 host-${String(n - 2).padStart(6, '0')}.${ZONE}.` });
        break;
      default:
        records.push({ name: host, type: 'TXT', data: `"v=spf1 include:spf.protection.outlook.com -all"` });
    }
  }
  return records;
}

function zoneFile(records: BenchRecord[]): string {
  const lines = [`$ORIGIN ${ZONE}.`, '$TTL 3600', `@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300`, '@ IN NS ns1', 'ns1 IN A 192.0.2.1'];
  for (const r of records) lines.push(`${r.name} IN ${r.type} ${r.data}`);
  return lines.join('\n') + '\n';
}

function terraform(records: BenchRecord[]): string {
  const blocks = [`resource "aws_route53_zone" "bench" {\n  name = "${ZONE}"\n}\n`];
  records.forEach((r, i) => {
    const value = r.type === 'TXT' ? r.data.slice(1, -1).replace(/"/g, '\\"') : r.data;
    blocks.push(
      `resource "aws_route53_record" "r${i}" {\n  zone_id = aws_route53_zone.bench.zone_id\n  name    = "${r.name}"\n  type    = "${r.type}"\n  ttl     = 3600\n  records = ["${value.replace(/"/g, '\\"')}"]\n}\n`,
    );
  });
  return blocks.join('\n');
}

function terraformJson(records: BenchRecord[]): string {
  const record: Record<string, unknown> = {};
  records.forEach((r, i) => {
    record[`r${i}`] = { zone_id: '${aws_route53_zone.bench.zone_id}', name: r.name, type: r.type, ttl: 3600, records: [r.type === 'TXT' ? r.data.slice(1, -1) : r.data] };
  });
  return JSON.stringify({ resource: { aws_route53_zone: { bench: { name: ZONE } }, aws_route53_record: record } }, null, 2);
}

function armProperties(r: BenchRecord): Record<string, unknown> {
  switch (r.type) {
    case 'A':
      return { TTL: 3600, ARecords: [{ ipv4Address: r.data }] };
    case 'CNAME':
      return { TTL: 3600, CNAMERecord: { cname: r.data } };
    case 'SRV': {
      const [priority, weight, port, target] = r.data.split(' ');
      return { TTL: 3600, SRVRecords: [{ priority: Number(priority), weight: Number(weight), port: Number(port), target }] };
    }
    default:
      return { TTL: 3600, TXTRecords: [{ value: [r.data.slice(1, -1)] }] };
  }
}

export function armTemplate(records: BenchRecord[]): string {
  const resources: unknown[] = [{ type: 'Microsoft.Network/dnsZones', apiVersion: '2018-05-01', name: ZONE, location: 'global' }];
  for (const r of records) {
    resources.push({
      type: `Microsoft.Network/dnsZones/${r.type}`,
      apiVersion: '2018-05-01',
      name: `${ZONE}/${r.name}`,
      dependsOn: [`[resourceId('Microsoft.Network/dnsZones', '${ZONE}')]`],
      properties: armProperties(r),
    });
  }
  return JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources }, null, 2);
}

const KINDS: Array<{ kind: string; file: string; write: (records: BenchRecord[]) => string }> = [
  { kind: 'zone file', file: `external/${ZONE}.zone`, write: zoneFile },
  { kind: 'Terraform (.tf)', file: 'external/main.tf', write: terraform },
  { kind: 'Terraform JSON', file: 'external/main.tf.json', write: terraformJson },
  { kind: 'ARM template', file: 'external/dns.json', write: armTemplate },
];

/** Runs lint() over `dir` in a child process; its time (ms), peak RSS (MiB) and records read. */
function measure(dir: string, bundle: string): { ms: number; rssMiB: number; records: number } {
  const script = `
    const { lint } = await import(${JSON.stringify(bundle)});
    const started = performance.now();
    const result = await lint({ cwd: ${JSON.stringify(dir)}, onlyRules: ['sip/srv-port'] });
    const ms = performance.now() - started;
    const records = result.estate ? result.estate.zones.reduce((n, z) => n + z.table.size, 0) : -1;
    process.stdout.write(JSON.stringify({ ms, rssMiB: process.resourceUsage().maxRSS / 1024, records }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`lint failed on ${dir}: ${child.stderr}`);
  return JSON.parse(child.stdout) as { ms: number; rssMiB: number; records: number };
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const count = option('--records', 10_000);
  const runs = option('--runs', 3);
  const bundle = fileURLToPath(new URL('../dist/api.js', import.meta.url));
  const root = mkdtempSync(join(tmpdir(), 'uclint-dns-as-code-bench-'));
  try {
    const records = benchRecords(count);
    const dirs = KINDS.map(({ kind, file, write }, i) => {
      const dir = join(root, String(i));
      mkdirSync(join(dir, 'external'), { recursive: true });
      writeFileSync(join(dir, file), write(records));
      return { kind, dir };
    });
    const best = dirs.map(() => ({ ms: Infinity, rssMiB: 0, records: 0 }));
    // Kinds in turn, run after run, so a slow spell of the machine falls on all of them.
    for (let run = 0; run < runs; run++) {
      dirs.forEach(({ dir }, i) => {
        const m = measure(dir, bundle);
        best[i] = { ms: Math.min(best[i].ms, m.ms), rssMiB: Math.max(best[i].rssMiB, m.rssMiB), records: m.records };
      });
    }
    const reference = best[0];
    console.log(`\nDNS as code: ${count.toLocaleString('en')} records, lint() in a process of its own, fastest of ${runs}`);
    console.log('kind              records   time ms  x zone   peak MiB  x zone');
    dirs.forEach(({ kind }, i) => {
      const m = best[i];
      console.log(
        `${kind.padEnd(16)} ${String(m.records).padStart(8)} ${m.ms.toFixed(0).padStart(9)} ${(m.ms / reference.ms).toFixed(2).padStart(7)} ${m.rssMiB.toFixed(0).padStart(10)} ${(m.rssMiB / reference.rssMiB).toFixed(2).padStart(7)}`,
      );
    });
  } finally {
    if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
    else console.log(`kept ${root}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
