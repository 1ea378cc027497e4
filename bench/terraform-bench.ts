/**
 * Terraform reader benchmark: the time to read 10,000 DNS records written as Terraform, and
 * the peak memory, in three shapes: one resource with `for_each` over a literal map in
 * `locals`, 10,000 separate resource blocks, and the same blocks in JSON syntax
 * (`.tf.json`). Each measurement runs in a fresh process (so its peak memory is its own),
 * after reading a one-line module so the grammar's load is not counted (it is shown apart);
 * `--runs` times (3 unless told), the fastest run and the largest peak memory kept.
 *
 * Usage: npx tsx bench/terraform-bench.ts [--records 10000] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { readTerraformModule } from '../src/languages/hcl/index.js';
import { firstUnknown } from '../src/languages/values.js';

type Shape = 'for_each' | 'blocks' | 'json';

function recordOf(i: number): { name: string; type: string; records: string[] } {
  const host = `host-${String(i).padStart(6, '0')}`;
  switch (i % 4) {
    case 0:
      return { name: `_sip._tls.${host}`, type: 'SRV', records: ['100 1 443 sipdir.online.lync.com'] };
    case 1:
      return { name: `sip.${host}`, type: 'CNAME', records: ['sipdir.online.lync.com'] };
    case 2:
      return { name: host, type: 'A', records: [`198.18.${(i >> 8) & 255}.${i & 255}`] };
    default:
      return { name: host, type: 'TXT', records: [`v=spf1 include:spf.protection.outlook.com -all`] };
  }
}

export function generate(shape: Shape, count: number): { file: string; text: string } {
  const lines: string[] = [];
  if (shape === 'json') {
    const records: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      const r = recordOf(i);
      records[`r${i}`] = { zone_id: '${aws_route53_zone.main.zone_id}', name: `${r.name}.\${var.domain}`, type: r.type, ttl: 3600, records: r.records };
    }
    const text = JSON.stringify(
      {
        variable: { domain: { default: 'contoso.com' } },
        resource: { aws_route53_zone: { main: { name: '${var.domain}' } }, aws_route53_record: records },
      },
      null,
      2,
    );
    return { file: 'main.tf.json', text };
  }
  lines.push('variable "domain" {', '  default = "contoso.com"', '}', '', 'resource "aws_route53_zone" "main" {', '  name = var.domain', '}', '');
  if (shape === 'for_each') {
    lines.push('locals {', '  records = {');
    for (let i = 0; i < count; i++) {
      const r = recordOf(i);
      lines.push(`    r${i} = { name = "${r.name}", type = "${r.type}", records = ${JSON.stringify(r.records)} }`);
    }
    lines.push('  }', '}', '');
    lines.push(
      'resource "aws_route53_record" "this" {',
      '  for_each = local.records',
      '  zone_id  = aws_route53_zone.main.zone_id',
      '  name     = "${each.value.name}.${var.domain}"',
      '  type     = each.value.type',
      '  ttl      = 3600',
      '  records  = each.value.records',
      '}',
    );
  } else {
    for (let i = 0; i < count; i++) {
      const r = recordOf(i);
      lines.push(
        `resource "aws_route53_record" "r${i}" {`,
        '  zone_id = aws_route53_zone.main.zone_id',
        `  name    = "${r.name}.\${var.domain}"`,
        `  type    = "${r.type}"`,
        '  ttl     = 3600',
        `  records = ${JSON.stringify(r.records)}`,
        '}',
        '',
      );
    }
  }
  return { file: 'main.tf', text: lines.join('\n') };
}

async function child(shape: Shape, count: number): Promise<void> {
  const warm = performance.now();
  await readTerraformModule({ directory: '.', files: [{ file: 'warm.tf', text: 'locals { a = 1 }\n' }] });
  const grammarMs = performance.now() - warm;
  const input = generate(shape, count);
  const start = performance.now();
  const module = await readTerraformModule({ directory: '.', files: [input] });
  const ms = performance.now() - start;
  const records = module.resources.filter((r) => r.type === 'aws_route53_record');
  // Every record's name, type and records are known; its zone_id is computed.
  const known = records.filter((r) => ['name', 'type', 'records'].every((key) => !firstUnknown(r.attributes.entries.get(key)!))).length;
  const heap = process.memoryUsage().heapUsed;
  const rss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, grammarMs, megabytes: Buffer.byteLength(input.text) / 1e6, records: records.length, known, rssMiB: rss / 2 ** 20, heapMiB: heap / 2 ** 20, diagnostics: module.diagnostics.length }) + '\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1] as Shape, Number(args[2]));
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : Number(args[at + 1]);
  };
  const count = option('--records', 10_000);
  const runs = option('--runs', 3);
  const rows: string[] = ['| shape | records | MB | read ms | records/s | peak RSS MiB | heap MiB | grammar load ms |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const shape of ['for_each', 'blocks', 'json'] as Shape[]) {
    let best: { ms: number; grammarMs: number; megabytes: number; records: number; known: number; rssMiB: number; heapMiB: number; diagnostics: number } | undefined;
    let rss = 0;
    for (let run = 0; run < runs; run++) {
      const r = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--child', shape, String(count)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const line = r.stdout.trim().split('\n').pop();
      if (r.status !== 0 || !line) throw new Error(`the ${shape} run failed: ${r.stderr}`);
      const result = JSON.parse(line) as NonNullable<typeof best>;
      if (result.records !== count || result.known !== count || result.diagnostics !== 0) throw new Error(`the ${shape} run read ${result.known} of ${count} records (${result.diagnostics} diagnostics)`);
      rss = Math.max(rss, result.rssMiB);
      if (!best || result.ms < best.ms) best = result;
    }
    const b = best!;
    rows.push(`| ${shape} | ${b.records} | ${b.megabytes.toFixed(2)} | ${b.ms.toFixed(0)} | ${Math.round(b.records / (b.ms / 1000))} | ${rss.toFixed(0)} | ${b.heapMiB.toFixed(0)} | ${b.grammarMs.toFixed(0)} |`);
  }
  process.stdout.write(`Terraform reader, ${count} records, fastest of ${runs} runs\n${rows.join('\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
