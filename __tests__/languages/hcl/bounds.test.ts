import { describe, expect, it } from '@jest/globals';
import { DEFAULT_BOUNDS } from '../../../src/languages/hcl/index.js';
import { diagnostics, local, locals, read } from './read.js';

describe('Terraform reader: bounds are diagnostics, and what lies past them is unknown', () => {
  it('stands one unknown instance for a for_each over more instances than the bound', async () => {
    const module = await read({ 'main.tf': 'resource "aws_route53_record" "r" {\n  for_each = toset([for i in range(100000) : tostring(i)])\n  name     = each.key\n}\n' });
    expect(diagnostics(module)).toEqual([
      'main.tf:2:14-2:59 hcl/too-many-instances `for_each` expands to 100,000 instances, more than 10,000; one unknown instance stands for them',
    ]);
    expect(module.resources.map((r) => [r.address, r.attributes.entries.get('name')?.kind])).toEqual([['aws_route53_record.r[?]', 'unknown']]);
  });

  it('bounds the instances of the whole configuration and the blocks a dynamic block makes', async () => {
    const module = await read(
      {
        'main.tf': [
          'resource "a" "x" {',
          '  count = 30',
          '}',
          'resource "a" "y" {',
          '  count = 30',
          '  dynamic "rule" {',
          '    for_each = range(40)',
          '    content {}',
          '  }',
          '}',
        ].join('\n'),
      },
      { bounds: { instancesTotal: 50, instancesPerBlock: 35 } },
    );
    expect(diagnostics(module)).toEqual([
      'main.tf:5:11-5:13 hcl/too-many-instances with the instances read before, this configuration expands to 30 instances, more than 50; one unknown instance stands for them',
      'main.tf:7:16-7:25 hcl/too-many-instances `dynamic "rule"` expands to 40 blocks, more than 35; they are not read',
    ]);
    const one = await read({ 'main.tf': 'resource "a" "y" {\n  dynamic "rule" {\n    for_each = range(40)\n    content {}\n  }\n}\n' }, { bounds: { instancesPerBlock: 35 } });
    expect(diagnostics(one)).toEqual(['main.tf:3:16-3:25 hcl/too-many-instances `dynamic "rule"` expands to 40 blocks, more than 35; they are not read']);
  });

  it('stops a string that doubles through interpolation at the bound on string length', async () => {
    const lines = ['locals {', '  a0 = "0123456789abcdef"'];
    for (let i = 1; i <= 40; i++) lines.push(`  a${i} = "\${local.a${i - 1}}\${local.a${i - 1}}"`);
    const module = await read({ 'main.tf': `${lines.join('\n')}\n}\n` });
    // 16 × 2^17 is the first string over 1 MiB: a17, on line 19.
    expect(diagnostics(module)).toEqual(['main.tf:19:9-19:35 hcl/too-long a string of more than 1,048,576 characters; its value is unknown']);
    expect(local(module, 'a16')).toMatchObject({ kind: 'string' });
    expect(local(module, 'a40')).toMatchObject({ kind: 'unknown', reason: 'a string longer than 1,048,576 characters' });
  });

  it('stops loops inside loops, and values that hold each other many times, at the bound on values built', async () => {
    const nested = await read({ 'main.tf': 'locals {\n  a = [for x in range(1000) : [for y in range(1000) : [for z in range(1000) : z]]]\n}\n' }, { bounds: { valuesTotal: 20_000 } });
    expect(diagnostics(nested)).toEqual([
      // The first value over the bound: a `range` of the innermost loop.
      'main.tf:2:65-2:76 hcl/too-much-work evaluation built more than 20,000 values or 67,108,864 characters; values built after are unknown',
    ]);
    const lines = ['locals {', '  a0 = range(100)'];
    for (let i = 1; i <= 40; i++) lines.push(`  a${i} = [local.a${i - 1}, local.a${i - 1}]`);
    const shared = await read({ 'main.tf': `${lines.join('\n')}\n  json = jsonencode(local.a40)\n}\n` });
    // a(i) holds 102 × 2^i − 2 values: a14, on line 16, is the first over 1,000,000.
    expect(diagnostics(shared)).toEqual([
      'main.tf:16:9-16:31 hcl/too-much-work evaluation built more than 1,000,000 values or 67,108,864 characters; values built after are unknown',
    ]);
    expect(locals(shared)).toMatchObject({ a13: expect.any(Array), a14: '?evaluation stopped at its bound', json: '?evaluation stopped at its bound' });
  });

  it('stops repeated walks of a large value at the bound on steps', async () => {
    const module = await read({ 'main.tf': 'locals {\n  big = range(1000)\n  n   = [for i in range(1000) : length(concat(local.big, [i]))]\n}\n' }, { bounds: { steps: 100_000 } });
    expect(diagnostics(module)).toEqual([expect.stringMatching(/^main\.tf:3:\d+-3:\d+ hcl\/too-much-work evaluation stopped after 100,000 steps/)]);
  });

  it('reads nesting deeper than the bound without overflowing the stack, in both syntaxes', async () => {
    const depth = 20_000;
    const module = await read({
      'parens.tf': `locals {\n  p = ${'('.repeat(depth)}1${')'.repeat(depth)}\n}\n`,
      'blocks.tf': `${'a {\n'.repeat(depth)}${'}\n'.repeat(depth)}`,
      'deep.tf.json': `{"locals": {"j": ${'['.repeat(depth)}1${']'.repeat(depth)}}}`,
    });
    expect(diagnostics(module)).toEqual([
      `blocks.tf:${DEFAULT_BOUNDS.depth + 1}:1-${depth * 2 - DEFAULT_BOUNDS.depth}:2 hcl/too-deep nested more than 128 levels deep: the inner part is not read`,
      'deep.tf.json:1:144-1:145 hcl/too-deep values nest more than 128 levels deep; the file is not read',
      'parens.tf:2:134-2:39881 hcl/too-deep nested more than 128 levels deep: the inner part is not read',
    ]);
    expect(local(module, 'p')).toMatchObject({ kind: 'unknown', reason: 'an expression nested too deeply' });
  });

  it('does not read a file over the size bound, and reads local modules only so deep', async () => {
    const big = await read({ 'big.tf': `locals {\n  a = "${'x'.repeat(2000)}"\n}\n` }, { bounds: { fileSize: 1000 } });
    expect(diagnostics(big)).toEqual(['big.tf:1:1-1:1 hcl/too-large file of 2,020 bytes is over the bound of 1,000; not read']);
    let level = 0;
    const deep = await read({ 'main.tf': 'module "m" {\n  source = "./m"\n}\n' }, { bounds: { moduleDepth: 3 }, readModuleDirectory: () => ({ directory: `m${++level}`, files: [{ file: `m${level}/main.tf`, text: 'module "m" {\n  source = "./m"\n}\n' }] }) });
    expect(diagnostics(deep)).toEqual(['m2/main.tf:2:12-2:17 hcl/module-depth local modules nest more than 3 levels deep; `./m` is not read']);
  });

  it('reads in time near-linear in the number of blocks', async () => {
    const blocks = (n: number) => ({
      'main.tf': Array.from({ length: n }, (_, i) => `resource "aws_route53_record" "r${i}" {\n  name    = "sip\${${i}}"\n  records = [format("%s.%d", "sbc", ${i})]\n}\n`).join(''),
    });
    const time = async (n: number) => {
      let best = Infinity;
      for (let run = 0; run < 2; run++) {
        const start = process.hrtime.bigint();
        await read(blocks(n));
        best = Math.min(best, Number(process.hrtime.bigint() - start));
      }
      return best;
    };
    await time(200);
    const small = await time(500);
    const large = await time(4000);
    // Eight times the blocks: a quadratic reading would take 64 times as long.
    expect(large / small).toBeLessThan(24);
  });
});
