import { describe, expect, it } from '@jest/globals';
import { diagnostics, locals, plain, read } from './read.js';

describe('Terraform reader: malformed input gives diagnostics at their place, and reading goes on', () => {
  it('reports an unclosed string at its opening quote, and does not take the lines after it as its value', async () => {
    const module = await read({ 'main.tf': 'resource "aws_route53_record" "sip" {\n  name = "sip\n  ttl  = 300\n}\n' });
    expect(diagnostics(module)).toEqual(['main.tf:1:1-1:2 hcl/syntax syntax error: a block (`{`) is not closed', 'main.tf:2:10-2:11 hcl/syntax syntax error: a string (`"`) is not closed']);
    expect(module.resources[0].attributes.entries.get('name')).toMatchObject({ kind: 'unknown', reason: 'a syntax error', expression: '"sip\n  ttl  = 300\n}' });
  });

  it('reports an unclosed list and an unexpected token, and reads the other blocks of the file', async () => {
    const module = await read({
      'a.tf': 'locals {\n  ports = [5061, 443\n}\n',
      'b.tf': 'locals {\n  x = 1 +\n}\nlocals {\n  fine = "sip"\n}\n',
    });
    expect(diagnostics(module)).toEqual(['a.tf:2:11-2:12 hcl/syntax syntax error: a list (`[`) is not closed', 'b.tf:2:9-2:10 hcl/syntax syntax error: unexpected `+`']);
    expect(locals(module)).toMatchObject({ fine: 'sip' });
  });

  it('reports what Terraform refuses: names declared twice, wrong labels, an argument outside a block, count with for_each', async () => {
    const module = await read({
      'main.tf': [
        'variable "a" {}',
        'variable "a" {}',
        'resource "only_one" {',
        '}',
        'top = 1',
        'resource "x" "y" {',
        '  count    = 2',
        '  for_each = {}',
        '}',
        'locals {',
        '  l = 1',
        '}',
        'locals {',
        '  l = 2',
        '}',
      ].join('\n'),
    });
    expect(diagnostics(module)).toEqual([
      'main.tf:2:1-2:16 hcl/duplicate the variable `a` is declared twice; the first is read',
      'main.tf:3:1-4:2 hcl/invalid a `resource` block takes 2 labels',
      'main.tf:5:1-5:8 hcl/invalid an argument (`top`) outside any block',
      'main.tf:7:3-7:15 hcl/invalid a block cannot have both `count` and `for_each`',
      'main.tf:14:3-14:8 hcl/duplicate the local value `l` is declared twice; the first is read',
    ]);
    expect(module.resources.map((r) => r.address)).toEqual(['x.y[?]']);
    expect(locals(module)).toEqual({ l: 1 });
  });

  it('gives evaluation errors as unknown values with the reason, at the expression', async () => {
    const module = await read({ 'main.tf': 'locals {\n  a = 1 + "x"\n  b = [1][5]\n  c = {a=1}.b\n  d = 1 / 0\n  e = upper(1, 2)\n  f = tonumber("five")\n}\n' });
    expect(diagnostics(module)).toEqual([]);
    expect(module.locals.map((l) => [l.name, l.value.kind === 'unknown' && l.value.reason, l.value.loc.line, l.value.loc.column])).toEqual([
      ['a', '`+` needs numbers, not a string', 2, 7],
      ['b', 'index 5 is out of range (1 elements)', 3, 7],
      ['c', 'no attribute `b`', 4, 7],
      ['d', 'division by zero', 5, 7],
      ['e', 'upper: needs 1 argument, not 2', 6, 7],
      ['f', expect.stringContaining('tonumber'), 7, 7],
    ]);
  });

  it('reads a variable file of assignments only, and a .tf file written as JSON is a syntax error there', async () => {
    const module = await read({ 'main.tf': 'variable "a" {}\n', 'json.tf': '{"locals": {}}\n' }, { vars: { 'terraform.tfvars': 'a = "x"\nblock {}\n' } });
    expect(diagnostics(module)).toEqual([
      expect.stringMatching(/^json\.tf:1:1-1:15 hcl\/syntax a JSON object where HCL attributes and blocks were expected/),
      'terraform.tfvars:2:1-2:9 hcl/invalid a variable file holds only `name = value` assignments',
    ]);
    expect(plain(module.variables[0].value)).toBe('x');
  });

  it('reads control characters, a byte-order mark and CRLF line ends with positions in UTF-16 columns', async () => {
    const module = await read({
      'nul.tf': 'locals {\n  a = "\u0000"\n}\n',
      'bom.tf': '\ufefflocals {\n  b = "é😀x"\n}\n',
      'crlf.tf': 'locals {\r\n  c = "x"\r\n}\r\n',
    });
    expect(diagnostics(module)).toEqual(['nul.tf:2:8-2:9 hcl/syntax syntax error: unexpected `\u0000`']);
    expect(module.locals.map((l) => [l.name, plain(l.value) ?? 'unknown', l.value.loc.line, l.value.loc.column, l.value.loc.endColumn])).toEqual([
      ['a', 'unknown', 2, 7, 10],
      ['b', 'é😀x', 2, 7, 13],
      ['c', 'x', 2, 7, 10],
    ]);
  });

  it('never throws on a file that is not Terraform at all', async () => {
    const module = await read({ 'main.tf': '}}}{{{ ]] "\n\u0000\u0001', 'x.tf.json': '{"resource": [', 'empty.tf': '' });
    expect(module.diagnostics.length).toBeGreaterThan(0);
    expect(module.diagnostics.every((d) => d.code === 'hcl/syntax' || d.code === 'hcl/invalid')).toBe(true);
    expect(module.resources).toEqual([]);
  });
});
