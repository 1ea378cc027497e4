import { describe, expect, it } from '@jest/globals';
import { nestedBlocks } from '../../../src/languages/hcl/index.js';
import { at, attr, diagnostics, locals, plain, read, resource } from './read.js';

describe('Terraform reader: JSON syntax (.tf.json, .tfvars.json)', () => {
  it('reads blocks by their labels, strings as templates, each value at its place in the JSON text', async () => {
    const text = `{
  "variable": { "domain": { "type": "string", "default": "contoso.com" } },
  "resource": {
    "aws_route53_record": {
      "sipfed": {
        "name": "_sipfederationtls._tcp.\${var.domain}",
        "type": "SRV",
        "ttl": 3600,
        "records": ["100 1 5061 sipfed.online.lync.com"]
      }
    }
  }
}
`;
    const module = await read({ 'dns.tf.json': text });
    expect(diagnostics(module)).toEqual([]);
    const record = resource(module, 'aws_route53_record.sipfed');
    expect(plain(record.attributes)).toEqual({ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', ttl: 3600, records: ['100 1 5061 sipfed.online.lync.com'] });
    expect(at(record.loc)).toBe('5:7-10:8');
    expect(at(attr(record, 'name').loc)).toBe('6:17-6:55');
    expect(at(attr(record, 'ttl').loc)).toBe('8:16-8:20');
    expect(module.variables[0]).toMatchObject({ name: 'domain', type: 'string', valueFrom: 'default' });
  });

  it('places an unknown part of a template at its characters in the JSON string, escapes counted as written', async () => {
    const text = '{"resource": {"aws_route53_record": {"sbc": {"name": "\\u0073bc.${aws_lb.sbc.dns_name}"}}, "aws_lb": {"sbc": {}}}}';
    const module = await read({ 'main.tf.json': text });
    const name = attr(resource(module, 'aws_route53_record.sbc'), 'name');
    expect(name).toMatchObject({ kind: 'unknown', expression: 'aws_lb.sbc.dns_name', reason: 'a resource attribute known only after apply' });
    // The string is columns 54-86; `aws_lb.sbc.dns_name` starts after `"\u0073bc.${` (12 characters as written).
    expect([at(name.loc), at(name.from)]).toEqual(['1:54-1:87', '1:66-1:85']);
  });

  it('reads a variable default and a variable file as literal JSON, where `${` is text', async () => {
    const module = await read(
      { 'main.tf.json': '{"variable": {"a": {"default": "${x}"}, "b": {}}, "locals": {"a": "${var.a}", "b": "${var.b}"}}' },
      { vars: { 'terraform.tfvars.json': '{"b": ["${y}", 5061]}' } },
    );
    expect(diagnostics(module)).toEqual([]);
    expect(locals(module)).toEqual({ a: '${x}', b: ['${y}', 5061] });
  });

  it('keeps a nested block written once as an object, and several as an array of objects', async () => {
    const module = await read({
      'main.tf.json': JSON.stringify({
        resource: {
          aws_security_group: {
            one: { ingress: { from_port: 5061, to_port: 5061 } },
            two: { ingress: [{ from_port: 5061 }, { from_port: 443 }] },
          },
        },
      }),
    });
    expect(nestedBlocks(resource(module, 'aws_security_group.one').attributes, 'ingress').map(plain)).toEqual([{ from_port: 5061, to_port: 5061 }]);
    expect(nestedBlocks(resource(module, 'aws_security_group.two').attributes, 'ingress').map(plain)).toEqual([{ from_port: 5061 }, { from_port: 443 }]);
  });

  it('skips "//" comment properties and expands dynamic blocks and count', async () => {
    const module = await read({
      'main.tf.json': JSON.stringify({
        '//': 'Teams SBC',
        resource: {
          aws_security_group: {
            sbc: {
              '//': 'SIP from Microsoft only',
              dynamic: { ingress: { for_each: ['52.112.0.0/14', '52.122.0.0/15'], content: { cidr_blocks: ['${ingress.value}'], from_port: 5061 } } },
            },
          },
          aws_eip: { sbc: { count: 2, tags: { Name: 'sbc-${count.index}' } } },
        },
      }),
    });
    expect(diagnostics(module)).toEqual([]);
    expect(nestedBlocks(resource(module, 'aws_security_group.sbc').attributes, 'ingress').map(plain)).toEqual([
      { cidr_blocks: ['52.112.0.0/14'], from_port: 5061 },
      { cidr_blocks: ['52.122.0.0/15'], from_port: 5061 },
    ]);
    expect(module.resources.filter((r) => r.type === 'aws_eip').map((r) => plain(r.attributes))).toEqual([{ tags: { Name: 'sbc-0' } }, { tags: { Name: 'sbc-1' } }]);
  });

  it('reports JSON syntax errors at their place and reads what it can', async () => {
    const module = await read({ 'main.tf.json': '{\n  "locals": {"a": "x",}\n  "resource": {}\n}\n' });
    expect(diagnostics(module)).toEqual([
      "main.tf.json:2:23-2:24 hcl/syntax JSON syntax error: expected a property name in double quotes",
      "main.tf.json:3:3-3:13 hcl/syntax JSON syntax error: expected ',' between values",
    ]);
    expect(locals(module)).toEqual({ a: 'x' });
  });

  it('says what is not Terraform JSON: a block type it does not know, a file that is not an object, a syntax error in a template', async () => {
    const module = await read({
      'a.tf.json': '{"resources": {}}',
      'b.tf.json': '[1]',
      'c.tf.json': '{"locals": {"t": "${var.}"}}',
    });
    expect(diagnostics(module)).toEqual([
      'a.tf.json:1:2-1:13 hcl/invalid `resources` is not a Terraform block type',
      'b.tf.json:1:1-1:4 hcl/invalid a Terraform JSON file holds one object',
      expect.stringMatching(/^c\.tf\.json:1:1[89]-1:2\d hcl\/syntax /),
    ]);
    expect(locals(module)).toEqual({ t: '?a syntax error in the template' });
  });
});
