import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { SourceRange } from '../../../src/core/types.js';
import type { AzureFileReader } from '../../../src/languages/arm/context.js';
import type { AzureResource } from '../../../src/languages/arm/resource.js';
import { readArmParameters, readArmTemplate } from '../../../src/languages/arm/template.js';
import { plainValue, type StaticValue } from '../../../src/languages/values.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

/** Line, column, end line, end column of a range. */
const at = (loc: SourceRange) => [loc.line, loc.column, loc.endLine, loc.endColumn];
const named = (resource: AzureResource) => `${resource.type} ${resource.name.kind === 'string' ? resource.name.value : `<${resource.name.kind}>`}`;
const entry = (value: StaticValue, ...path: Array<string | number>): StaticValue => {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number' && current.kind === 'list') current = current.items[key];
    else if (typeof key === 'string' && current.kind === 'object') current = current.entries.get(key)!;
    else throw new Error(`no ${key} in ${current.kind}`);
  }
  return current;
};
const readerOf =
  (files: Record<string, string>): AzureFileReader =>
  (path) =>
    path in files ? { file: path, text: files[path] } : { error: 'no such file' };

const template = (body: Record<string, unknown>) => JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...body }, null, 2);

/** Teams DNS as the Azure quickstarts write it: a zone with a nested SRV, a top-level SRV by concat, CNAMEs by copy. */
const TEAMS_DNS = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  // Teams records of the tenant's SIP domain
  "parameters": {
    "zoneName": { "type": "string", "defaultValue": "contoso.com" },
    "sipTarget": { "type": "string" }
  },
  "variables": {
    "federation": "_sipfederationtls._tcp",
    "cnames": [ "sip", "lyncdiscover" ]
  },
  "resources": [
    {
      "type": "Microsoft.Network/dnsZones",
      "apiVersion": "2018-05-01",
      "name": "[parameters('zoneName')]",
      "location": "global",
      "resources": [
        {
          "type": "SRV",
          "apiVersion": "2018-05-01",
          "name": "_sip._tls",
          "dependsOn": [ "[resourceId('Microsoft.Network/dnsZones', parameters('zoneName'))]" ],
          "properties": { "TTL": 3600, "SRVRecords": [ { "priority": 100, "weight": 1, "port": 443, "target": "sipdir.online.lync.com" } ] }
        }
      ]
    },
    {
      "type": "Microsoft.Network/dnsZones/SRV",
      "apiVersion": "2018-05-01",
      "name": "[concat(parameters('zoneName'), '/', variables('federation'))]",
      "properties": { "TTL": 3600, "SRVRecords": [ { "priority": 100, "weight": 1, "port": 5061, "target": "[parameters('sipTarget')]" } ] }
    },
    {
      "type": "Microsoft.Network/dnsZones/CNAME",
      "apiVersion": "2018-05-01",
      "name": "[format('{0}/{1}', parameters('zoneName'), variables('cnames')[copyIndex()])]",
      "copy": { "name": "cnameLoop", "count": "[length(variables('cnames'))]" },
      "properties": { "TTL": 3600, "CNAMERecord": { "cname": "[toLower(concat(variables('cnames')[copyIndex()], 'DIR.online.lync.com'))]" } }
    }
  ]
}
`;

describe('ARM template reader: Teams DNS records', () => {
  const read = readArmTemplate(TEAMS_DNS, 'dns.json');

  it('reads every record set with its full type and name, nested, by concat and by copy', () => {
    expect(read.recognized).toBe(true);
    expect(read.diagnostics).toEqual([]);
    expect(read.resources.map(named)).toEqual([
      'Microsoft.Network/dnsZones contoso.com',
      'Microsoft.Network/dnsZones/SRV contoso.com/_sip._tls',
      'Microsoft.Network/dnsZones/SRV contoso.com/_sipfederationtls._tcp',
      'Microsoft.Network/dnsZones/CNAME contoso.com/sip',
      'Microsoft.Network/dnsZones/CNAME contoso.com/lyncdiscover',
    ]);
    expect(read.resources.slice(1).every((resource) => resource.parent === read.resources[0])).toBe(true);
    expect(read.resources[3].loop).toEqual({ name: 'cnameLoop', index: 0, loc: expect.objectContaining({ line: 39, column: 15 }) });
    expect(read.resources[4].loop?.index).toBe(1);
  });

  it('places each name segment where its text is written: the parameter default, the literal, the variable', () => {
    const [, nested, federation, sip] = read.resources;
    expect(nested.nameSegments.map((segment) => at(segment.loc))).toEqual([
      [6, 54, 6, 65],
      [23, 20, 23, 29],
    ]);
    expect(at(federation.nameSegments[1].loc)).toEqual([10, 20, 10, 42]);
    expect(at(sip.nameSegments[1].loc)).toEqual([11, 18, 11, 21]);
    expect(at(federation.name.loc)).toEqual([32, 15, 32, 79]);
  });

  it('evaluates record data and marks what has no value as unknown with the expression and why', () => {
    expect(plainValue(read.resources[1].properties)).toEqual({ TTL: 3600, SRVRecords: [{ priority: 100, weight: 1, port: 443, target: 'sipdir.online.lync.com' }] });
    const target = entry(read.resources[2].properties, 'SRVRecords', 0, 'target');
    expect(target).toMatchObject({ kind: 'unknown', expression: "parameters('sipTarget')", reason: "parameter 'sipTarget' has no value (no default, none given)" });
    expect(at(entry(read.resources[2].properties, 'SRVRecords', 0, 'port').loc)).toEqual([33, 92, 33, 96]);
    expect(plainValue(entry(read.resources[4].properties, 'CNAMERecord', 'cname'))).toBe('lyncdiscoverdir.online.lync.com');
    const dependsOn = entry(read.resources[1].body, 'dependsOn', 0);
    expect(dependsOn).toMatchObject({ kind: 'unknown', reason: 'a resource id holds the subscription and resource group of the deployment', resourceId: { type: 'Microsoft.Network/dnsZones', name: 'contoso.com' } });
    expect(plainValue(read.parameters.get('zoneName')!)).toBe('contoso.com');
  });

  it('takes parameter values from parameter files through the reader, later files winning, a Key Vault reference unknown', () => {
    const parameters = (values: Record<string, unknown>) => JSON.stringify({ $schema: PARAMETERS_SCHEMA, contentVersion: '1.0.0.0', parameters: values }, null, 2);
    const files = {
      'dns.parameters.json': parameters({ zoneName: { value: 'fabrikam.com' }, sipTarget: { value: 'sip.fabrikam.com' } }),
      'prod.parameters.json': parameters({ sipTarget: { reference: { keyVault: { id: '/subscriptions/x' }, secretName: 's' } } }),
    };
    const one = readArmTemplate(TEAMS_DNS, 'dns.json', { parameterFiles: ['dns.parameters.json'], readFile: readerOf(files) });
    expect(one.filesRead).toEqual(['dns.parameters.json']);
    expect(one.resources.map(named)[2]).toBe('Microsoft.Network/dnsZones/SRV fabrikam.com/_sipfederationtls._tcp');
    const target = entry(one.resources[2].properties, 'SRVRecords', 0, 'target');
    expect([plainValue(target), target.loc.file, at(target.loc)]).toEqual(['sip.fabrikam.com', 'dns.parameters.json', [9, 16, 9, 34]]);
    const both = readArmTemplate(TEAMS_DNS, 'dns.json', { parameterFiles: ['dns.parameters.json', 'prod.parameters.json'], readFile: readerOf(files) });
    expect(entry(both.resources[2].properties, 'SRVRecords', 0, 'target')).toMatchObject({ kind: 'unknown', reason: 'a Key Vault secret' });
    const missing = readArmTemplate(TEAMS_DNS, 'dns.json', { parameterFiles: ['absent.json'], readFile: readerOf(files) });
    expect(missing.diagnostics.map((d) => [d.code, d.message])).toEqual([['arm/parameter-file', 'parameter file absent.json is not read: no such file']]);
    expect(readArmParameters(files['dns.parameters.json'], 'dns.parameters.json').values.get('zonename')).toMatchObject({ kind: 'string', value: 'fabrikam.com' });
    expect(readArmParameters(TEAMS_DNS, 'dns.json').recognized).toBe(false);
  });
});

describe('ARM template reader: network security groups and expressions', () => {
  it('reads an SBC security group with property copy, service tags and priorities', () => {
    const text = template({
      parameters: { sbcPorts: { type: 'array', defaultValue: ['5061', '49152-53247'] } },
      variables: { teams: ['52.112.0.0/14', '52.120.0.0/14'] },
      resources: [
        {
          type: 'Microsoft.Network/networkSecurityGroups',
          apiVersion: '2023-04-01',
          name: 'nsg-sbc',
          location: '[resourceGroup().location]',
          properties: {
            copy: [
              {
                name: 'securityRules',
                count: "[length(parameters('sbcPorts'))]",
                input: {
                  name: "[format('allow-{0}', copyIndex('securityRules'))]",
                  properties: {
                    priority: "[add(100, copyIndex('securityRules'))]",
                    direction: 'Inbound',
                    access: 'Allow',
                    protocol: 'Tcp',
                    sourceAddressPrefixes: "[variables('teams')]",
                    destinationPortRange: "[parameters('sbcPorts')[copyIndex('securityRules')]]",
                  },
                },
              },
            ],
          },
        },
      ],
    });
    const read = readArmTemplate(text, 'nsg.json');
    expect(read.diagnostics).toEqual([]);
    const [nsg] = read.resources;
    expect(plainValue(entry(nsg.properties, 'securityRules'))).toEqual([
      { name: 'allow-0', properties: { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefixes: ['52.112.0.0/14', '52.120.0.0/14'], destinationPortRange: '5061' } },
      { name: 'allow-1', properties: { priority: 101, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefixes: ['52.112.0.0/14', '52.120.0.0/14'], destinationPortRange: '49152-53247' } },
    ]);
    expect(entry(nsg.body, 'location')).toMatchObject({ kind: 'unknown', expression: 'resourceGroup().location', reason: 'resourceGroup() depends on the deployment' });
  });

  it('evaluates the functions templates build names with, and leaves deployment-time ones unknown', () => {
    const values: Record<string, string> = {
      lower: "[toLower('SIP.Contoso.COM')]",
      fmt: "[format('{0}.{1}', 'sip', 'contoso.com')]",
      quoted: "[concat('it''s', ' ', string(5061))]",
      joined: "[join(split('a,b,c', ','), '/')]",
      picked: "[if(equals(1, 1), 'yes', reference('x').value)]",
      escaped: '[[literal]',
      unique: "[uniqueString(resourceGroup().id)]",
      ref: "[reference('sbc').ipAddress]",
      custom: "[contoso.name('x')]",
      failed: "[substring('abc', 2, 5)]",
    };
    const read = readArmTemplate(template({ variables: values, resources: [{ type: 'Microsoft.Network/dnsZones', apiVersion: '2018-05-01', name: 'z', properties: "[variables('lower')]" }] }), 't.json');
    const variable = (name: string): StaticValue => {
      const probe = readArmTemplate(template({ variables: values, resources: [{ type: 'Microsoft.Network/dnsZones', apiVersion: '2018-05-01', name: 'z', properties: `[variables('${name}')]` }] }), 't.json');
      return probe.resources[0].properties;
    };
    expect(plainValue(read.resources[0].properties)).toBe('sip.contoso.com');
    expect(['fmt', 'quoted', 'joined', 'picked', 'escaped'].map((name) => plainValue(variable(name)))).toEqual(['sip.contoso.com', "it's 5061", 'a/b/c', 'yes', '[literal]']);
    expect(['unique', 'ref', 'custom', 'failed'].map((name) => (variable(name) as { reason: string }).reason)).toEqual([
      'uniqueString() depends on the deployment',
      'reference() is known only after deployment',
      "function 'contoso.name' is not evaluated",
      'the expression fails: substring() characters 2 to 7 are outside a string of 3',
    ]);
  });

  it('reads a nested deployment with inner scope, its parameters given by the parent', () => {
    const text = template({
      parameters: { zone: { type: 'string', defaultValue: 'contoso.com' } },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'records',
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { zoneName: { value: "[parameters('zone')]" } },
            template: {
              $schema: SCHEMA,
              contentVersion: '1.0.0.0',
              parameters: { zoneName: { type: 'string' } },
              resources: [{ type: 'Microsoft.Network/dnsZones/CNAME', apiVersion: '2018-05-01', name: "[concat(parameters('zoneName'), '/sip')]", properties: { CNAMERecord: { cname: 'sipdir.online.lync.com' } } }],
            },
          },
        },
      ],
    });
    const read = readArmTemplate(text, 'nested.json');
    expect(read.resources.map(named)).toEqual(['Microsoft.Resources/deployments records', 'Microsoft.Network/dnsZones/CNAME contoso.com/sip']);
    expect(read.resources[1].deployment).toBe(read.resources[0]);
  });

  it('leaves out a resource whose condition is false and marks one whose condition is unknown', () => {
    const text = template({
      parameters: { publish: { type: 'bool', defaultValue: false }, other: { type: 'bool' } },
      resources: [
        { type: 'Microsoft.Network/dnsZones', apiVersion: '2018-05-01', name: 'a.com', condition: "[parameters('publish')]" },
        { type: 'Microsoft.Network/dnsZones', apiVersion: '2018-05-01', name: 'b.com', condition: "[parameters('other')]" },
      ],
    });
    const read = readArmTemplate(text, 'c.json');
    expect(read.resources.map(named)).toEqual(['Microsoft.Network/dnsZones b.com']);
    expect(read.resources[0].condition).toMatchObject({ kind: 'unknown', expression: "parameters('other')" });
  });
});

describe('ARM template reader: malformed input', () => {
  it('reports JSON syntax errors at their position and reads on', () => {
    const text = `{\n  "$schema": "${SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    { "type": "Microsoft.Network/dnsZones", "apiVersion": "2018-05-01", "name": "a.com" }\n    { "type": "Microsoft.Network/dnsZones", "name": "b.com", }\n  ]\n}\n`;
    const read = readArmTemplate(text, 'bad.json');
    expect(read.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.message])).toEqual([['arm/syntax', 'error', 6, 5, "expected ',' between values"]]);
    expect(read.resources.map(named)).toEqual(['Microsoft.Network/dnsZones a.com', 'Microsoft.Network/dnsZones b.com']);
  });

  it('reports an expression that does not parse at the character, and a reference to nothing', () => {
    const text = template({ resources: [{ type: 'Microsoft.Network/dnsZones', apiVersion: '2018-05-01', name: "[concat('a', ]", properties: { x: "[parameters('nope')]", y: '[copyIndex()]' } }] });
    const read = readArmTemplate(text, 'expr.json');
    expect(read.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['arm/expression', 8, 29, `expected a value, found the end of the expression in "[concat('a', ]"`],
      ['arm/reference', 10, 16, "the template declares no parameter 'nope'"],
      ['arm/expression', 11, 16, 'copyIndex() is outside a resource copy loop'],
    ]);
    expect(read.resources[0].name).toMatchObject({ kind: 'unknown', reason: 'the expression does not parse' });
  });

  it('says a name whose segments do not fit its type, and a variable that needs itself', () => {
    const text = template({ variables: { a: "[variables('b')]", b: "[variables('a')]" }, resources: [{ type: 'Microsoft.Network/dnsZones/SRV', apiVersion: '2018-05-01', name: '_sip._tls', properties: "[variables('a')]" }] });
    const read = readArmTemplate(text, 'seg.json');
    expect(read.diagnostics.map((d) => d.code).sort()).toEqual(['arm/cycle', 'arm/name-segments']);
    expect(read.diagnostics.find((d) => d.code === 'arm/name-segments')?.message).toBe(
      "resource '_sip._tls' of type Microsoft.Network/dnsZones/SRV has 1 name segment; the type needs 2 (one per type segment after the namespace)",
    );
  });

  it('says nothing of JSON that is not a template', () => {
    const read = readArmTemplate('{ "name": "package", "version": "1.0.0" ', 'package.json');
    expect([read.recognized, read.diagnostics, read.resources]).toEqual([false, [], []]);
  });

  it('never throws on arbitrary text or arbitrary JSON, and keeps every range inside the text', () => {
    const inText = (text: string, loc: SourceRange) => {
      const lines = text.split(/\r\n|\r|\n/);
      return loc.line >= 1 && loc.line <= lines.length && loc.column >= 1 && loc.column <= lines[loc.line - 1].length + 1;
    };
    const expression = fc.oneof(
      fc.constantFrom("[concat('a', 'b')]", "[parameters('p')]", "[variables('v')[0]]", '[copyIndex()]', "[format('{0}', 1)]", '[reference(', "[[x]", "[if(true, 'a')]"),
      fc.string(),
    );
    const value = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, expression, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('name', 'type', 'copy', 'count', 'input', 'properties', 'resources', 'condition'), tie('value'), { maxKeys: 4 })),
    })).value;
    fc.assert(
      fc.property(value, value, fc.string(), (resources, variables, noise) => {
        const text = template({ parameters: { p: { type: 'string', defaultValue: 'x' } }, variables: { v: variables }, resources: Array.isArray(resources) ? resources : [resources] });
        for (const input of [text, text.slice(0, noise.length % text.length) + noise]) {
          const read = readArmTemplate(input, 'f.json');
          for (const d of read.diagnostics) expect(inText(input, d)).toBe(true);
          for (const resource of read.resources) expect(inText(input, resource.loc)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('gives a string literal back as written whatever its escapes, with its range on the quotes', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const safe = name.startsWith('[') ? `x${name}` : name;
        const text = `{"$schema": "${SCHEMA}", "contentVersion": "1.0.0.0", "resources": [{"type": "Microsoft.Network/dnsZones", "name": ${JSON.stringify(safe)}}]}`;
        const [resource] = readArmTemplate(text, 'n.json').resources;
        const start = text.indexOf('"name": ') + 8;
        expect(resource.body.kind === 'object' && plainValue(resource.body.entries.get('name')!)).toBe(safe);
        expect(at(resource.body.kind === 'object' ? resource.body.entries.get('name')!.loc : resource.loc)).toEqual([1, start + 1, 1, start + JSON.stringify(safe).length + 1]);
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});

describe('ARM template reader: bounds', () => {
  const copyOf = (count: number, extra: Record<string, unknown> = {}) =>
    template({ resources: [{ type: 'Microsoft.Network/dnsZones/TXT', apiVersion: '2018-05-01', name: "[concat('contoso.com/r', copyIndex())]", copy: { name: 'many', count }, ...extra }] });

  it('reads a copy loop up to the bound and says the rest once', () => {
    const read = readArmTemplate(copyOf(100_000), 'big.json', { bounds: { maxLoopInstances: 50 } });
    expect(read.resources).toHaveLength(50);
    expect(read.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([['arm/loop-bound', 9, "loop 'many' asks for 100,000 instances; 50 read, the rest are past the bound of 50 loop instances a file"]]);
  });

  it('counts nested copy loops (a property copy in each of a resource copy) against one bound', () => {
    const properties = { copy: [{ name: 'records', count: 1000, input: { value: "[copyIndex('records')]" } }] };
    const read = readArmTemplate(copyOf(1000, { properties }), 'nested.json', { bounds: { maxLoopInstances: 3000 } });
    const copied = read.resources.reduce((n, resource) => n + (resource.properties.kind === 'object' ? (entry(resource.properties, 'records') as { items?: unknown[] }).items?.length ?? 0 : 0), 0);
    expect(read.resources.length + copied).toBe(3000);
    expect(read.diagnostics.every((d) => d.code === 'arm/loop-bound')).toBe(true);
  });

  it('refuses nesting past the bound before parsing, and a string past its bound is unknown', () => {
    const deep = `{"$schema": "${SCHEMA}", "contentVersion": "1.0.0.0", "resources": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const tooDeep = readArmTemplate(deep, 'deep.json');
    // The outer object is level 1: the 256th '[' is level 257.
    expect([tooDeep.recognized, tooDeep.diagnostics.map((d) => [d.code, d.column])]).toEqual([true, [['arm/nesting', deep.indexOf('[') + 256]]]);
    const growing = template({ variables: { a: "[concat('xxxxxxxxxx', 'xxxxxxxxxx')]", b: "[concat(variables('a'), variables('a'))]", c: "[concat(variables('b'), variables('b'))]" }, resources: [{ type: 'Microsoft.Network/dnsZones', name: 'z', properties: "[variables('c')]" }] });
    const read = readArmTemplate(growing, 'grow.json', { bounds: { maxStringLength: 50 } });
    expect(read.resources[0].properties).toMatchObject({ kind: 'unknown', reason: 'an evaluation bound was reached' });
    expect(read.diagnostics.map((d) => d.code)).toEqual(['arm/string-bound']);
  });

  it('does work in proportion to the records: the same steps per record for 100 and for 5,000', () => {
    // A step budget in proportion to the records is enough for any count; quadratic work would run out of it.
    for (const n of [100, 5000]) {
      const read = readArmTemplate(copyOf(n, { properties: { TXTRecords: [{ value: ["[concat('v=', copyIndex())]"] }] } }), 'n.json', { bounds: { maxSteps: 60 * n } });
      expect([n, read.resources.length, read.diagnostics]).toEqual([n, n, []]);
      expect(plainValue(entry(read.resources[n - 1].properties, 'TXTRecords', 0, 'value', 0))).toBe(`v=${n - 1}`);
    }
  });
});
