import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Parser } from 'web-tree-sitter';
import type { SourceRange } from '../../../src/core/types.js';
import type { AzureFileReader } from '../../../src/languages/arm/context.js';
import type { AzureDeployment, AzureResource } from '../../../src/languages/arm/resource.js';
import { readBicepParamsWith, readBicepWith, type BicepReadOptions } from '../../../src/languages/bicep/reader.js';
import { statementStarts } from '../../../src/languages/bicep/syntax.js';
import { parserFor } from '../../../src/languages/tree-sitter/grammars.js';
import { plainValue, type StaticValue } from '../../../src/languages/values.js';

let parser: Parser;
beforeAll(async () => {
  parser = await parserFor('bicep');
});

const read = (text: string, options: BicepReadOptions = {}, file = 'main.bicep'): AzureDeployment => readBicepWith(parser, text, file, options);
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

const TEAMS_DNS = `param zoneName string = 'contoso.com'
param sbcAddress string
var cnames = [
  'sip'
  'lyncdiscover'
]

resource zone 'Microsoft.Network/dnsZones@2018-05-01' = {
  name: zoneName
  location: 'global'

  resource sipTls 'SRV' = {
    name: '_sip._tls'
    properties: {
      TTL: 3600
      SRVRecords: [
        { priority: 100, weight: 1, port: 443, target: 'sipdir.online.lync.com' }
      ]
    }
  }
}

resource federation 'Microsoft.Network/dnsZones/SRV@2018-05-01' = {
  parent: zone
  name: '_sipfederationtls._tcp'
  properties: {
    TTL: 3600
    SRVRecords: [
      { priority: 100, weight: 1, port: 5061, target: 'sipfed.online.lync.com' }
    ]
  }
}

resource records 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = [for name in cnames: {
  parent: zone
  name: name
  properties: {
    TTL: 3600
    CNAMERecord: { cname: '\${name}dir.online.lync.com' }
  }
}]

resource sbc 'Microsoft.Network/dnsZones/A@2018-05-01' = if (!empty(sbcAddress)) {
  parent: zone
  name: 'sbc'
  properties: { ARecords: [ { ipv4Address: sbcAddress } ] }
}

module nsg 'nsg.bicep' = {
  name: 'nsg-\${zone.name}'
  params: { ports: [ '5061' ] }
}
`;

const NSG = `param ports array
resource nsg 'Microsoft.Network/networkSecurityGroups@2023-04-01' = {
  name: 'nsg-sbc'
  location: resourceGroup().location
  properties: {
    securityRules: [for (port, i) in ports: {
      name: 'allow-\${port}'
      properties: { priority: 100 + i, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefix: 'Internet', destinationPortRange: port }
    }]
  }
}
`;

describe('Bicep reader: Teams DNS records and an SBC security group', () => {
  let deployment: AzureDeployment;
  beforeAll(() => {
    deployment = read(TEAMS_DNS, { readFile: readerOf({ 'nsg.bicep': NSG }) });
  });

  it('reads nested, parent: and looped record sets with full types and names, and the module it deploys', () => {
    expect(deployment.diagnostics).toEqual([]);
    expect(deployment.resources.map(named)).toEqual([
      'Microsoft.Network/dnsZones contoso.com',
      'Microsoft.Network/dnsZones/SRV contoso.com/_sip._tls',
      'Microsoft.Network/dnsZones/SRV contoso.com/_sipfederationtls._tcp',
      'Microsoft.Network/dnsZones/CNAME contoso.com/sip',
      'Microsoft.Network/dnsZones/CNAME contoso.com/lyncdiscover',
      'Microsoft.Network/dnsZones/A contoso.com/sbc',
      'Microsoft.Resources/deployments nsg-contoso.com',
      'Microsoft.Network/networkSecurityGroups nsg-sbc',
    ]);
    const [zone, sipTls, federation, sip] = deployment.resources;
    expect([sipTls, federation, sip].map((resource) => resource.parent)).toEqual([zone, zone, zone]);
    expect([sipTls.apiVersion, sipTls.symbol, sip.loop?.name, sip.loop?.index, deployment.resources[4].loop?.index]).toEqual(['2018-05-01', 'sipTls', 'records', 0, 1]);
    expect(deployment.resources[7].deployment).toBe(deployment.resources[6]);
    expect(deployment.filesRead).toEqual(['nsg.bicep']);
  });

  it('places each name segment where its text is written', () => {
    const [, sipTls, federation, sip, lyncdiscover] = deployment.resources;
    expect(sipTls.nameSegments.map((segment) => at(segment.loc))).toEqual([
      [1, 26, 1, 37],
      [13, 12, 13, 21],
    ]);
    expect(at(federation.nameSegments[1].loc)).toEqual([25, 10, 25, 32]);
    expect([at(sip.nameSegments[1].loc), at(lyncdiscover.nameSegments[1].loc)]).toEqual([
      [4, 4, 4, 7],
      [5, 4, 5, 16],
    ]);
  });

  it('evaluates record data, interpolation and module parameters; an unknown condition is kept, not decided', () => {
    const [, sipTls, , , lyncdiscover, sbc, , nsg] = deployment.resources;
    expect(plainValue(sipTls.properties)).toEqual({ TTL: 3600, SRVRecords: [{ priority: 100, weight: 1, port: 443, target: 'sipdir.online.lync.com' }] });
    expect(at(entry(sipTls.properties, 'SRVRecords', 0, 'port').loc)).toEqual([17, 43, 17, 46]);
    expect(plainValue(entry(lyncdiscover.properties, 'CNAMERecord', 'cname'))).toBe('lyncdiscoverdir.online.lync.com');
    expect(sbc.condition).toMatchObject({ kind: 'unknown', reason: "parameter 'sbcAddress' has no value (no default, none given)" });
    expect(entry(sbc.properties, 'ARecords', 0, 'ipv4Address')).toMatchObject({ kind: 'unknown', expression: 'sbcAddress' });
    expect(plainValue(entry(nsg.properties, 'securityRules'))).toEqual([
      { name: 'allow-5061', properties: { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefix: 'Internet', destinationPortRange: '5061' } },
    ]);
    expect(entry(nsg.body, 'location')).toMatchObject({ kind: 'unknown', reason: 'resourceGroup() depends on the deployment' });
  });

  it('reads a .bicepparam file and the file it names in using, with its values', () => {
    const params = "using 'main.bicep'\nparam zoneName = 'fabrikam.com'\nparam sbcAddress = '192.0.2.10'\n";
    const result = readBicepParamsWith(parser, params, 'main.bicepparam', { readFile: readerOf({ 'main.bicep': TEAMS_DNS, 'nsg.bicep': NSG }) });
    expect([result.using, result.diagnostics]).toEqual(['main.bicep', []]);
    expect(result.resources.map(named).slice(0, 2)).toEqual(['Microsoft.Network/dnsZones fabrikam.com', 'Microsoft.Network/dnsZones/SRV fabrikam.com/_sip._tls']);
    const sbc = result.resources.find((resource) => resource.type.endsWith('/A'))!;
    const address = entry(sbc.properties, 'ARecords', 0, 'ipv4Address');
    expect([sbc.condition, plainValue(address), address.loc.file, at(address.loc)]).toEqual([undefined, '192.0.2.10', 'main.bicepparam', [3, 20, 3, 32]]);
  });

  it('leaves what is known only after deployment unknown, with the expression and why', () => {
    const text = `resource pip 'Microsoft.Network/publicIPAddresses@2023-04-01' existing = {
  name: 'pip-sbc'
}
resource zone 'Microsoft.Network/dnsZones@2018-05-01' existing = {
  name: 'contoso.com'
}
resource a 'Microsoft.Network/dnsZones/A@2018-05-01' = {
  parent: zone
  name: 'sbc'
  properties: {
    ARecords: [ { ipv4Address: pip.properties.ipAddress } ]
    targetResource: { id: pip.id }
    metadata: { key: uniqueString(resourceGroup().id) }
  }
}
`;
    const result = read(text);
    expect(result.resources.map((resource) => [named(resource), resource.existing ?? false])).toEqual([
      ['Microsoft.Network/publicIPAddresses pip-sbc', true],
      ['Microsoft.Network/dnsZones contoso.com', true],
      ['Microsoft.Network/dnsZones/A contoso.com/sbc', false],
    ]);
    const properties = result.resources[2].properties;
    expect(entry(properties, 'ARecords', 0, 'ipv4Address')).toMatchObject({ kind: 'unknown', expression: 'pip.properties.ipAddress', reason: "'pip.properties' is known only after deployment" });
    expect(entry(properties, 'targetResource', 'id')).toMatchObject({ kind: 'unknown', resourceId: { type: 'Microsoft.Network/publicIPAddresses', name: 'pip-sbc' } });
    expect(entry(properties, 'metadata', 'key')).toMatchObject({ kind: 'unknown', reason: 'uniqueString() depends on the deployment' });
  });
});

describe('Bicep reader: malformed input', () => {
  it('reports a syntax error at its position and keeps reading the statements after it', () => {
    const text = "param zone string = 'contoso.com'\nvar broken = [for x in : x]\nresource sip 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {\n  name: '${zone}/sip'\n}\n";
    const result = read(text);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.message])).toEqual([
      ['bicep/syntax', 'warning', 2, 23, "expected identifier: a syntax error, or Bicep syntax the grammar does not know yet; what the statement declares is read where it can be"],
    ]);
    expect(result.resources.map(named)).toEqual(['Microsoft.Network/dnsZones/CNAME contoso.com/sip']);
  });

  it('keeps a missing brace from swallowing the rest of the file', () => {
    const text = "resource zone 'Microsoft.Network/dnsZones@2018-05-01' = {\n  name: 'contoso.com'\n\nresource sip 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {\n  name: 'contoso.com/sip'\n}\n";
    expect(statementStarts(text)).toEqual([0, text.indexOf('resource sip')]);
    const result = read(text);
    expect(result.resources.map(named)).toContain('Microsoft.Network/dnsZones/CNAME contoso.com/sip');
    expect(result.diagnostics.every((d) => d.code === 'bicep/syntax' && d.line <= 3)).toBe(true);
  });

  it('splits statements only where one begins: decorators stay with their declaration, keywords in strings and objects do not split', () => {
    const text = "@description('param p')\n@minLength(1)\nparam p string\nvar o = {\nresource: 'x'\n  param: '''\nvar not a statement\n'''\n}\noutput o object = o // var\n";
    expect(statementStarts(text)).toEqual([0, text.indexOf('var o'), text.indexOf('output')]);
  });

  it('says an undeclared symbol, an unknown escape and a duplicate declaration at their place', () => {
    const text = "var a = nope\nvar b = 'x\\qy'\nvar a = 1\n";
    expect(read(text).diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['bicep/reference', 1, 9, "'nope' is not declared"],
      ['bicep/syntax', 2, 11, "'\\q' is not an escape Bicep knows (\\\\ \\' \\n \\r \\t \\$ \\u{...})"],
      ['bicep/duplicate', 3, 5, "'a' is declared more than once; the first declaration is read"],
    ]);
  });

  it('reads a module through the reader, says one it cannot read, and one that includes itself', () => {
    const files = { 'self.bicep': "module again 'self.bicep' = {\n  name: 'again'\n}\n" };
    const text = "module m 'self.bicep' = {\n  name: 'm'\n}\nmodule r 'br/public:avm/res/network/dns-zone:0.5.0' = {\n  name: 'r'\n}\nmodule x 'absent.bicep' = {\n  name: 'x'\n}\n";
    const result = read(text, { readFile: readerOf(files) });
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['bicep/module', 'self.bicep', 1],
      ['bicep/module-not-read', 'main.bicep', 4],
      ['bicep/module', 'main.bicep', 7],
    ]);
  });

  it('never throws on arbitrary text, and keeps every range inside the text', () => {
    const pieces = fc.constantFrom(
      "resource z 'Microsoft.Network/dnsZones@2018-05-01' = {",
      "param p string = 'x'",
      'var v = [for i in range(0, 3): i]',
      "name: '${p}/sip'",
      '}',
      ']',
      '[',
      "'''",
      "'",
      '${',
      '@description(',
      'module m ',
      'if (p == ',
      ' ? : ',
      '\n',
      '/*',
      '//',
    );
    const text = fc.oneof(fc.string(), fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 30 }).map((parts) => parts.join(' ')));
    fc.assert(
      fc.property(text, (input) => {
        const result = read(input);
        const lines = input.split(/\r\n|\r|\n/);
        const inside = (loc: SourceRange) => loc.line >= 1 && loc.line <= lines.length && loc.column >= 1 && loc.column <= lines[loc.line - 1].length + 1;
        for (const d of result.diagnostics) expect(inside(d)).toBe(true);
        for (const resource of result.resources) expect(inside(resource.loc)).toBe(true);
      }),
      { numRuns: 300, seed: 19 },
    );
  });

  it('gives a string literal back as Bicep decodes it, whatever its text', () => {
    const escapes: Record<string, string> = { '\\': '\\\\', "'": "\\'", $: '\\$', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    fc.assert(
      fc.property(fc.string(), (value) => {
        const escaped = value.replace(/[\\'$\n\r\t]/g, (c) => escapes[c]);
        const result = read(`var v = '${escaped}'\nresource r 'Microsoft.Network/dnsZones@2018-05-01' = {\n  name: v\n}\n`);
        expect(plainValue(result.resources[0].name)).toBe(value);
      }),
      { numRuns: 200, seed: 20 },
    );
  });
});

describe('Bicep reader: bounds', () => {
  const loop = (count: number) => `resource txt 'Microsoft.Network/dnsZones/TXT@2018-05-01' = [for i in range(0, ${count}): {\n  name: 'contoso.com/r\${i}'\n  properties: { TXTRecords: [ { value: [ 'v=\${i}' ] } ] }\n}]\n`;

  it('reads a for loop up to the bound and says the rest once', () => {
    const result = read(loop(100_000), { bounds: { maxLoopInstances: 50 } });
    expect(result.resources).toHaveLength(50);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([['bicep/loop-bound', 1, "loop 'txt' asks for 100,000 instances; 50 read, the rest are past the bound of 50 loop instances a file"]]);
  });

  it('counts nested loops against one bound', () => {
    const text = "var outer = range(0, 100)\nvar inner = [for o in outer: [for i in range(0, 100): '${o}-${i}']]\nresource r 'Microsoft.Network/dnsZones@2018-05-01' = {\n  name: 'z'\n  properties: { all: inner }\n}\n";
    const result = read(text, { bounds: { maxLoopInstances: 1000 } });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.code === 'bicep/loop-bound')).toBe(true);
  });

  it('makes a string grown past its bound unknown', () => {
    const text = "var a = 'xxxxxxxxxx'\nvar b = '${a}${a}${a}${a}'\nvar c = '${b}${b}${b}${b}'\nresource r 'Microsoft.Network/dnsZones@2018-05-01' = {\n  name: c\n}\n";
    const result = read(text, { bounds: { maxStringLength: 100 } });
    expect(result.resources[0].name).toMatchObject({ kind: 'unknown', reason: 'an evaluation bound was reached' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['bicep/string-bound']);
  });

  it('does work in proportion to the records: a step budget in proportion reads 100 and 5,000 alike', () => {
    for (const n of [100, 5000]) {
      const result = read(loop(n), { bounds: { maxSteps: 60 * n } });
      expect([n, result.resources.length, result.diagnostics]).toEqual([n, n, []]);
      expect(plainValue(entry(result.resources[n - 1].properties, 'TXTRecords', 0, 'value', 0))).toBe(`v=${n - 1}`);
    }
  });

  it('parses a damaged file statement by statement, so one error does not make a long recovery', () => {
    const broken = "resource r 'Microsoft.Network/dnsZones@2018-05-01' = {\n  name: [ 'a' 'b' ( ]\n  properties: { x: ?? }\n\n";
    const text = broken.repeat(400);
    expect(statementStarts(text)).toHaveLength(400);
    const result = read(text);
    expect(result.diagnostics.filter((d) => d.code === 'bicep/syntax').length).toBeGreaterThanOrEqual(100);
  });
});
