/**
 * ARM templates: Azure DNS zones and record sets read from templates and their parameter files,
 * at the lines where they are written; other JSON left alone; values not known statically said
 * as notes; records a type cannot hold kept as unreadable, at their values.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { armJsonKind } from '../../../src/formats/arm/recognise.js';
import { pairParameterFiles } from '../../../src/formats/arm/load.js';
import { findingsOf, ScratchTree, zonesOf } from '../../helpers/azure-dns.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

/** A template in the shape of Azure's quickstarts: a zone and its record sets nested, top-level with `concat`, and in a copy loop. */
const TEMPLATE = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "zoneName": { "type": "string" },
    "ttl": { "type": "int", "defaultValue": 3600 }
  },
  "variables": {
    "cnames": [
      { "name": "sip", "target": "sipdir.online.lync.com" },
      { "name": "lyncdiscover", "target": "webdir.online.lync.com" }
    ]
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
          "dependsOn": ["[parameters('zoneName')]"],
          "properties": {
            "TTL": "[parameters('ttl')]",
            "SRVRecords": [ { "priority": 100, "weight": 1, "port": 443, "target": "sipdir.online.lync.com" } ]
          }
        }
      ]
    },
    {
      "type": "Microsoft.Network/dnsZones/SRV",
      "apiVersion": "2018-05-01",
      "name": "[concat(parameters('zoneName'), '/_sipfederationtls._tcp')]",
      "properties": {
        "TTL": 3600,
        "SRVRecords": [ { "priority": 100, "weight": 1, "port": 5061, "target": "sipfed.online.lync.com" } ]
      }
    },
    {
      "type": "Microsoft.Network/dnsZones/CNAME",
      "apiVersion": "2018-05-01",
      "name": "[format('{0}/{1}', parameters('zoneName'), variables('cnames')[copyIndex()].name)]",
      "copy": { "name": "cnames", "count": "[length(variables('cnames'))]" },
      "properties": { "TTL": 3600, "CNAMERecord": { "cname": "[variables('cnames')[copyIndex()].target]" } }
    },
    {
      "type": "Microsoft.Network/dnsZones/MX",
      "apiVersion": "2018-05-01",
      "name": "[concat(parameters('zoneName'), '/@')]",
      "properties": { "TTL": 3600, "MXRecords": [ { "preference": 0, "exchange": "contoso-com.mail.protection.outlook.com" } ] }
    },
    {
      "type": "Microsoft.Network/dnsZones/TXT",
      "apiVersion": "2018-05-01",
      "name": "[concat(parameters('zoneName'), '/@')]",
      "properties": { "TTL": 3600, "TXTRecords": [ { "value": ["v=spf1 include:spf.protection.outlook.com -all"] } ] }
    }
  ]
}
`;

const PARAMETERS = `{
  "$schema": "${PARAMETERS_SCHEMA}",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "zoneName": { "value": "contoso.com" }
  }
}
`;

let tree: ScratchTree;
beforeEach(() => {
  tree = new ScratchTree();
});
afterEach(() => tree.remove());

describe('ARM templates', () => {
  it('read a zone and its record sets, nested, top-level and looped, each record on its resource\'s line, with the parameter file beside the template', async () => {
    tree.write('dns/azuredeploy.json', TEMPLATE).write('dns/azuredeploy.parameters.json', PARAMETERS);
    const result = await tree.lint();
    expect(result.files.map((f) => `${f.file} ${f.kind}`)).toEqual(['dns/azuredeploy.json arm', 'dns/azuredeploy.parameters.json arm']);
    expect(zonesOf(result)).toEqual([
      'zone contoso.com external dns/azuredeploy.json:15',
      '  dns/azuredeploy.json:21 _sip._tls.contoso.com 3600 SRV 100 1 443 sipdir.online.lync.com.',
      '  dns/azuredeploy.json:33 _sipfederationtls._tcp.contoso.com 3600 SRV 100 1 5061 sipfed.online.lync.com.',
      // A loop's records land on the item of the array each comes from.
      '  dns/azuredeploy.json:10 sip.contoso.com 3600 CNAME sipdir.online.lync.com.',
      '  dns/azuredeploy.json:11 lyncdiscover.contoso.com 3600 CNAME webdir.online.lync.com.',
      '  dns/azuredeploy.json:49 contoso.com 3600 MX 0 contoso-com.mail.protection.outlook.com.',
      '  dns/azuredeploy.json:55 contoso.com 3600 TXT "v=spf1 include:spf.protection.outlook.com -all"',
    ]);
    expect(findingsOf(result)).toEqual([]);
  });

  it('leave other JSON alone, and read a template whose parameters have no value with one note per unknown expression', async () => {
    tree.write('package.json', '{ "name": "x", "resources": [] }').write('schema.json', `{ "$schema": "http://json-schema.org/draft-07/schema#" }`).write('azuredeploy.json', TEMPLATE);
    const result = await tree.lint();
    expect(result.files.map((f) => `${f.file} ${f.kind}`)).toEqual(['azuredeploy.json arm']);
    expect(zonesOf(result)).toEqual([]);
    expect(findingsOf(result)).toEqual([
      "azuredeploy.json:15 parse/arm not checked: parameters('zoneName') is not known statically (parameter 'zoneName' has no value (no default, none given)), so uclint does not check the name of this DNS zone",
    ]);
    expect(result.counts.notChecked).toBe(1);
  });

  it('say what a value its type cannot hold is, at the value, and keep the record set', async () => {
    tree.write(
      'bad.json',
      `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.Network/dnsZones", "apiVersion": "2018-05-01", "name": "contoso.com", "location": "global" },
    {
      "type": "Microsoft.Network/dnsZones/A",
      "apiVersion": "2018-05-01",
      "name": "contoso.com/www",
      "properties": {
        "TTL": 300,
        "ARecords": [
          { "ipv4Address": "192.0.2.1, 192.0.2.2" },
          { "ipv4Address": "192.0.2.3" }
        ]
      }
    },
    {
      "type": "Microsoft.Network/dnsZones/SRV",
      "apiVersion": "2018-05-01",
      "name": "contoso.com/_sip._tls",
      "properties": {
        "TTL": 3600,
        "SRVRecords": [ { "priority": 100, "weight": 1, "port": 443,
          "target": "" } ]
      }
    },
    {
      "type": "Microsoft.Network/dnsZones/MX",
      "apiVersion": "2018-05-01",
      "name": "contoso.com/_sipfederationtls._tcp",
      "properties": { "TTL": 3600,
        "SRVRecords": [ { "priority": 100, "weight": 1, "port": 5061, "target": "sipfed.online.lync.com" } ] }
    }
  ]
}
`,
    );
    const result = await tree.lint();
    expect(zonesOf(result)).toEqual([
      'zone contoso.com external bad.json:5',
      '  bad.json:6 www.contoso.com 300 A 192.0.2.3',
      "  bad.json:6 www.contoso.com A unreadable: \"192.0.2.1, 192.0.2.2\" bad IPv4 address '192.0.2.1,' @13",
      '  bad.json:18 _sip._tls.contoso.com SRV unreadable: "100 1 443" has an empty target @25',
      '  bad.json:28 _sipfederationtls._tcp.contoso.com MX unreadable: "[{priority: 100, weight: 1, port: 5061, target: sipfed.online.lync.com}]" is written as SRVRecords, which a MX record set does not hold (its type is SRV?) @33',
    ]);
    const zone = result.estate!.zones[0];
    expect(zone.recordSets!.map((set) => `${set.loc.line} ${set.name} ${set.type} ${set.rows.length} ${set.complete}`)).toEqual([
      '6 www.contoso.com. A 1 false',
      '18 _sip._tls.contoso.com. SRV 0 false',
      '28 _sipfederationtls._tcp.contoso.com. MX 0 false',
    ]);
  });

  it('put a private zone in the internal view, and give the config\'s view the last word', async () => {
    const privateZone = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.Network/privateDnsZones", "apiVersion": "2020-06-01", "name": "corp.contoso.com", "location": "global",
      "resources": [ { "type": "A", "apiVersion": "2020-06-01", "name": "pool", "dependsOn": ["corp.contoso.com"], "properties": { "ttl": 300, "aRecords": [ { "ipv4Address": "10.0.0.5" } ] } } ] }
  ]
}
`;
    tree.write('private.json', privateZone).write('public/zone.json', TEMPLATE.replace('"type": "string" }', '"type": "string", "defaultValue": "contoso.com" }'));
    expect(zonesOf(await tree.lint()).filter((line) => line.startsWith('zone'))).toEqual(['zone corp.contoso.com internal private.json:5', 'zone contoso.com external public/zone.json:15']);
    tree.write('.uclint.yml', 'views:\n  internal: ["public/**"]\n');
    expect(zonesOf(await tree.lint()).filter((line) => line.startsWith('zone'))).toEqual(['zone corp.contoso.com internal private.json:5', 'zone contoso.com internal public/zone.json:15']);
  });

  it('read a template once per parameter file when several go with it, each read\'s zone its parameter file\'s', async () => {
    tree
      .write('main.json', TEMPLATE)
      .write('main.parameters.dev.json', PARAMETERS.replace('contoso.com', 'dev.contoso.com'))
      .write('main.parameters.prod.json', PARAMETERS);
    const result = await tree.lint(['dns/duplicate-record', 'dns/cname-and-other-data']);
    expect(zonesOf(result).filter((line) => line.startsWith('zone'))).toEqual(['zone dev.contoso.com external main.parameters.dev.json:15', 'zone contoso.com external main.parameters.prod.json:15']);
    expect(findingsOf(result)).toEqual([]);
  });

  it('say where the JSON is broken, and read what can be read', async () => {
    tree.write('broken.json', `{\n  "$schema": "${SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    { "type": "Microsoft.Network/dnsZones", "name": "contoso.com" \n  ]\n}\n`);
    const result = await tree.lint();
    expect(result.files.map((f) => f.kind)).toEqual(['arm']);
    expect(findingsOf(result)[0]).toBe("broken.json:6 parse/arm expected ',' between values");
    expect(zonesOf(result)).toEqual(['zone contoso.com external broken.json:5']);
  });

  it('read suppressions from its comments', async () => {
    const faulty = TEMPLATE.replace('"port": 5061', '"port": 5062');
    tree.write('azuredeploy.json', faulty).write('azuredeploy.parameters.json', PARAMETERS);
    expect(findingsOf(await tree.lint(['teams/online-records']))).toEqual([
      'azuredeploy.json:33 teams/online-records SRV _sipfederationtls._tcp.contoso.com 100 1 5062 sipfed.online.lync.com has the wrong port for Microsoft 365 worldwide; expected: _sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.',
    ]);
    tree.write('azuredeploy.json', faulty.replace('    {\n      "type": "Microsoft.Network/dnsZones/SRV",', '    // uclint-disable-next-line teams/online-records -- moving in May\n    {\n      "type": "Microsoft.Network/dnsZones/SRV",'));
    expect(findingsOf(await tree.lint(['teams/online-records']))).toEqual([
      'azuredeploy.json:34 teams/online-records (suppressed) SRV _sipfederationtls._tcp.contoso.com 100 1 5062 sipfed.online.lync.com has the wrong port for Microsoft 365 worldwide; expected: _sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.',
    ]);
  });
});

describe('recognising ARM JSON', () => {
  it('tells templates and parameter files by their top-level object', () => {
    expect(armJsonKind(TEMPLATE)).toBe('template');
    expect(armJsonKind(PARAMETERS)).toBe('parameters');
    expect(armJsonKind('// a comment\n{ "contentVersion": "1.0.0.0", /* x */ "parameters": {}, "resources": [] }')).toBe('template');
    expect(armJsonKind('{ "nested": { "$schema": "' + SCHEMA + '" } }')).toBeUndefined();
    expect(armJsonKind('{ "name": "x", "resources": [] }')).toBeUndefined();
    expect(armJsonKind('[1, 2]')).toBeUndefined();
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const kind = armJsonKind(text);
      return kind === undefined || kind === 'template' || kind === 'parameters';
    }), { seed: 17, numRuns: 2000 });
  });

  it('pairs parameter files with the template they are named after, or the one template beside them', () => {
    expect(
      [...pairParameterFiles(['a/azuredeploy.json', 'b/main.json', 'b/other.json', 'c/template.json'], ['a/azuredeploy.parameters.json', 'b/main.parameters.prod.json', 'b/other.dev.parameters.json', 'b/parameters.json', 'c/parameters.json', 'd/x.parameters.json'])],
    ).toEqual([
      ['a/azuredeploy.json', ['a/azuredeploy.parameters.json']],
      ['b/main.json', ['b/main.parameters.prod.json']],
      ['b/other.json', ['b/other.dev.parameters.json']],
      ['c/template.json', ['c/parameters.json']],
    ]);
  });
});

describe('positions in CRLF text', () => {
  it('put an offset between CR and LF at the end of its line, not past it', async () => {
    const { LineIndex } = await import('../../../src/languages/arm/positions.js');
    const index = new LineIndex('a.json', 'ab\r\ncd');
    expect([2, 3, 4].map((offset) => index.position(offset))).toEqual([
      { line: 1, column: 3 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
    ]);
  });
});
