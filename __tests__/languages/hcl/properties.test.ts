import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { SourceRange } from '../../../src/core/types.js';
import type { TerraformModule } from '../../../src/languages/hcl/index.js';
import { plainValue, type StaticValue } from '../../../src/languages/values.js';
import { read } from './read.js';

/** Every range lies in its file: a line of it, a column within that line (one past its end at most). */
function rangeProblems(module: TerraformModule, files: Record<string, string>): string[] {
  const problems: string[] = [];
  const lines = new Map(Object.entries(files).map(([file, text]) => [file, text.split('\n')]));
  const check = (range: SourceRange, what: string) => {
    const fileLines = lines.get(range.file);
    const inside = (line: number, column: number) => fileLines !== undefined && line >= 1 && line <= fileLines.length && column >= 1 && column <= fileLines[line - 1].length + 1;
    const ordered = range.endLine > range.line || (range.endLine === range.line && range.endColumn >= range.column);
    if (!inside(range.line, range.column) || !inside(range.endLine, range.endColumn) || !ordered) problems.push(`${what} ${JSON.stringify(range)}`);
  };
  const walk = (value: StaticValue, what: string) => {
    check(value.loc, what);
    if (value.from) check(value.from, `${what} (from)`);
    if (value.kind === 'list') value.items.forEach((item, i) => walk(item, `${what}[${i}]`));
    if (value.kind === 'object') for (const [key, entry] of value.entries) walk(entry, `${what}.${key}`);
  };
  module.diagnostics.forEach((d) => check(d, `diagnostic ${d.code}`));
  module.locals.forEach((l) => walk(l.value, `local.${l.name}`));
  module.variables.forEach((v) => walk(v.value, `var.${v.name}`));
  [...module.resources, ...module.data].forEach((r) => walk(r.attributes, r.address));
  module.outputs.forEach((o) => walk(o.value, `output.${o.name}`));
  return problems;
}

const SAMPLE = `variable "domain" {
  default = "contoso.com"
}
locals {
  records = { sip = "sipdir.online.lync.com", lyncdiscover = "webdir.online.lync.com" }
  ports   = [for p in [5061, 443] : p if p > 0]
}
resource "azurerm_dns_cname_record" "teams" {
  for_each = local.records
  name     = each.key
  record   = "\${each.value}"
  ttl      = 3600 * 1
  dynamic "tag" {
    for_each = local.ports
    content {
      port = tag.value
    }
  }
}
`;

/** HCL text pieces, so that arbitrary text is often near-valid Terraform rather than noise. */
const piece = fc.constantFrom('resource "a" "b" {', '}', '{', '[', ']', '(', ')', '"', '${', '%{', '~}', 'for', ' in ', ':', '=>', '...', '=', '\n', ' ', 'x', '1', '<<EOT\n', 'EOT\n', 'local.', 'var.', '#', '/*', '*/', '\\', '?', ',', 'each.value', 'count.index', '\u0000', '😀', '\r\n');
const hclText = fc.oneof(fc.string({ maxLength: 200 }), fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')));
const jsonPiece = fc.constantFrom('{', '}', '[', ']', '"resource"', '"locals"', '"a"', '"${var.x}"', ':', ',', '1', 'null', 'true', ' ', '\n', '"\\u00', '//');
const jsonText = fc.oneof(fc.string({ maxLength: 200 }), fc.array(jsonPiece, { maxLength: 60 }).map((parts) => parts.join('')));

/**
 * Text the tree-sitter grammar reads as HCL does. It differs on one thing: a `$` or `%` just
 * before an escaped `$${` or `%%{` (`"$$${"`), which HCL reads as text and the grammar as an
 * interpolation; such strings are left out.
 */
const text = (maxLength: number) => fc.string({ maxLength }).filter((s) => !s.includes('$${') && !s.includes('%%{'));

/** Values a variable can hold: printed as HCL and as JSON, read back the same. */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, tie('scalar'), fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(text(6), tie('any'), { maxKeys: 4 })),
  scalar: fc.oneof(text(12), fc.constantFrom('${x}', '%{ if }', 'a\\b', '"q"', '\n\t', 'é😀', '$', '%'), fc.integer({ min: -1e9, max: 1e9 }), fc.boolean(), fc.constant(null)),
})).any;

/** A value as an HCL literal: strings quoted with escapes, and `${` / `%{` doubled so they stay text. */
function printHcl(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(printHcl).join(', ')}]`;
  return `{\n${Object.entries(v as Record<string, unknown>)
    .map(([key, entry]) => `${quote(key)} = ${printHcl(entry)}`)
    .join('\n')}\n}`;
}

function quote(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1);
  return `"${doubleOpeners(escaped)}"`;
}

/** A value as JSON in an expression, where strings are templates: `${` and `%{` doubled. */
function printJsonExpression(v: unknown): string {
  return JSON.stringify(v, (_, entry: unknown) => (typeof entry === 'string' ? doubleOpeners(entry) : entry));
}

/** `${` and `%{` written `$${` and `%%{`, which a template reads as text. */
function doubleOpeners(text: string): string {
  return text.replace(/([$%])\{/g, (_, opener: string) => `${opener}${opener}{`);
}

/** Maps as Terraform gives them: the same entries, whatever the order. */
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, entry]) => [key, sorted(entry)]));
  return v;
}

describe('Terraform reader: properties', () => {
  it('never throws on arbitrary text, and every range it gives lies in its file', async () => {
    await fc.assert(
      fc.asyncProperty(hclText, jsonText, hclText, async (tf, json, tfvars) => {
        const files = { 'main.tf': tf, 'main.tf.json': json };
        const module = await read(files, { vars: { 'terraform.tfvars': tfvars } });
        expect(rangeProblems(module, { ...files, 'terraform.tfvars': tfvars })).toEqual([]);
      }),
      { numRuns: 150, seed: 17 },
    );
  });

  it('never throws on a real configuration with characters inserted or deleted, and keeps ranges in the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(SAMPLE.length), fc.nat(3), fc.oneof(piece, fc.string({ maxLength: 3 }))), { minLength: 1, maxLength: 4 }), async (edits) => {
        let text = SAMPLE;
        for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
        const module = await read({ 'main.tf': text });
        expect(rangeProblems(module, { 'main.tf': text })).toEqual([]);
      }),
      { numRuns: 150, seed: 18 },
    );
  });

  it('reads back any value printed as an HCL literal, as a JSON expression and in a JSON variable file', async () => {
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        const hcl = `locals {\n  v = ${printHcl(v)}\n}\n`;
        const json = `{"locals": {"v": ${printJsonExpression(v)}}}`;
        const module = await read({ 'main.tf': hcl, 'vars.tf.json': '{"variable": {"w": {}}}', 'out.tf': 'output "w" {\n  value = var.w\n}\n' }, { vars: { 'terraform.tfvars.json': JSON.stringify({ w: v }) } });
        const fromJson = await read({ 'main.tf.json': json });
        expect(module.diagnostics).toEqual([]);
        expect(fromJson.diagnostics).toEqual([]);
        expect(sorted(plainValue(module.locals[0].value))).toEqual(sorted(v));
        expect(sorted(plainValue(module.outputs[0].value))).toEqual(sorted(v));
        expect(sorted(plainValue(fromJson.locals[0].value))).toEqual(sorted(v));
      }),
      { numRuns: 100, seed: 19 },
    );
  });

  it('expands for_each over any literal map to one instance per key, each at its key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 12 }), async (map) => {
        const text = `resource "aws_route53_record" "r" {\n  for_each = ${printHcl(map)}\n  name     = each.key\n  records  = [each.value]\n}\n`;
        const module = await read({ 'main.tf': text });
        expect(module.diagnostics).toEqual([]);
        const read_ = module.resources.map((r) => [plainValue(r.attributes.entries.get('name')!), plainValue(r.attributes.entries.get('records')!)]);
        expect(read_.sort()).toEqual(Object.entries(map).map(([key, entry]) => [key, [entry]]).sort());
      }),
      { numRuns: 60, seed: 20 },
    );
  });
});
