/**
 * Bicep files: Azure DNS zones and record sets declared with `parent:`, nested, in loops and in
 * modules, read through a `.bicepparam`; a value not known statically is a note; suppressions
 * come from `//` comments.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { tellBicepComments } from '../../../src/formats/bicep/comments.js';
import { findingsOf, ScratchTree, zonesOf } from '../../helpers/azure-dns.js';

const MAIN = `param zoneName string
param records array = [
  { name: '_sip._tls', port: 443, target: 'sipdir.online.lync.com' }
  { name: '_sipfederationtls._tcp', port: 5061, target: 'sipfed.online.lync.com' }
]

resource zone 'Microsoft.Network/dnszones@2018-05-01' = {
  name: zoneName
  location: 'global'

  resource lyncdiscover 'CNAME' = {
    name: 'lyncdiscover'
    properties: { TTL: 3600, CNAMERecord: { cname: 'webdir.online.lync.com' } }
  }
}

resource srv 'Microsoft.Network/dnsZones/SRV@2018-05-01' = [for record in records: {
  parent: zone
  name: record.name
  properties: {
    TTL: 3600
    SRVRecords: [ { priority: 100, weight: 1, port: record.port, target: record.target } ]
  }
}]

module sip 'modules/cname.bicep' = {
  name: 'sip'
  params: { zoneName: zone.name, name: 'sip', target: 'sipdir.online.lync.com' }
}
`;

const CNAME_MODULE = `param zoneName string
param name string
param target string

resource zone 'Microsoft.Network/dnsZones@2018-05-01' existing = {
  name: zoneName
}

resource cname 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {
  parent: zone
  name: name
  properties: { TTL: 3600, CNAMERecord: { cname: target } }
}
`;

let tree: ScratchTree;
beforeEach(() => {
  tree = new ScratchTree();
});
afterEach(() => tree.remove());

describe('Bicep files', () => {
  it('read a zone with nested, looped and module record sets through the .bicepparam that uses it', async () => {
    tree.write('infra/main.bicep', MAIN).write('infra/modules/cname.bicep', CNAME_MODULE).write('infra/prod.bicepparam', "using 'main.bicep'\n\nparam zoneName = 'contoso.com'\n");
    const result = await tree.lint();
    expect(result.files.map((f) => `${f.file} ${f.kind}`)).toEqual(['infra/main.bicep bicep', 'infra/modules/cname.bicep bicep', 'infra/prod.bicepparam bicep']);
    expect(zonesOf(result)).toEqual([
      'zone contoso.com external infra/main.bicep:7',
      '  infra/main.bicep:11 lyncdiscover.contoso.com 3600 CNAME webdir.online.lync.com.',
      // A loop over an array written elsewhere: each record on its item's line.
      '  infra/main.bicep:3 _sip._tls.contoso.com 3600 SRV 100 1 443 sipdir.online.lync.com.',
      '  infra/main.bicep:4 _sipfederationtls._tcp.contoso.com 3600 SRV 100 1 5061 sipfed.online.lync.com.',
      '  infra/modules/cname.bicep:9 sip.contoso.com 3600 CNAME sipdir.online.lync.com.',
    ]);
    expect(findingsOf(result)).toEqual([]);
  });

  it('say once per expression what it cannot know, when the zone\'s name has no value', async () => {
    tree.write('main.bicep', MAIN).write('modules/cname.bicep', CNAME_MODULE);
    const result = await tree.lint();
    expect(zonesOf(result)).toEqual([]);
    expect(findingsOf(result)).toEqual([
      "main.bicep:7 parse/bicep not checked: zoneName is not known statically (parameter 'zoneName' has no value (no default, none given)), so uclint does not check the name of this DNS zone",
      // The module read on its own: its zone's name is its own parameter.
      "modules/cname.bicep:9 parse/bicep not checked: zoneName is not known statically (parameter 'zoneName' has no value (no default, none given)), so uclint does not check the name of this CNAME record set",
    ]);
  });

  it('put a private zone in the internal view, and keep a value its type cannot hold at the value', async () => {
    tree.write(
      'private.bicep',
      `resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'corp.contoso.com'
  location: 'global'
}
resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: zone
  name: 'hub'
  location: 'global'
  properties: { registrationEnabled: false, virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'hub') } }
}

resource pool 'Microsoft.Network/privateDnsZones/A@2020-06-01' = {
  parent: zone
  name: 'pool'
  properties: {
    ttl: 300
    aRecords: [
      { ipv4Address: '10.0.0.5, 10.0.0.6' }
    ]
  }
}
`,
    );
    const result = await tree.lint();
    // A virtual network link is no record set: nothing is said of it.
    expect(zonesOf(result)).toEqual(['zone corp.contoso.com internal private.bicep:1', "  private.bicep:12 pool.corp.contoso.com A unreadable: \"10.0.0.5, 10.0.0.6\" bad IPv4 address '10.0.0.5,' @18"]);
    expect(findingsOf(result)).toEqual([]);
    expect(result.estate?.zones[0].unreadOwners).toEqual(['pool.corp.contoso.com.']);
  });

  it('note a record set whose deployment depends on an unknown condition, and an alias record set', async () => {
    tree.write(
      'main.bicep',
      `param withSip bool
resource zone 'Microsoft.Network/dnsZones@2018-05-01' = {
  name: 'contoso.com'
  location: 'global'
}
resource sip 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = if (withSip) {
  parent: zone
  name: 'sip'
  properties: { TTL: 3600, CNAMERecord: { cname: 'sipdir.online.lync.com' } }
}
resource apex 'Microsoft.Network/dnsZones/A@2018-05-01' = {
  parent: zone
  name: '@'
  properties: { TTL: 3600, targetResource: { id: resourceId('Microsoft.Network/frontDoors', 'fd') } }
}
`,
    );
    const result = await tree.lint();
    expect(findingsOf(result)).toEqual([
      "main.bicep:6 parse/bicep not checked: withSip is not known statically (parameter 'withSip' has no value (no default, none given)), so uclint does not check whether the CNAME record set sip.contoso.com is deployed",
      "main.bicep:11 parse/bicep not checked: resourceId('Microsoft.Network/frontDoors', 'fd') is not known statically (a resource id holds the subscription and resource group of the deployment), so uclint does not check the A record set contoso.com, an alias of an Azure resource whose address is known only after deployment",
    ]);
    expect(result.estate?.hasUnreadRecords('sip.contoso.com.')).toBe(true);
  });

  it('read suppressions from its comments, not from strings', async () => {
    const faulty = `resource zone 'Microsoft.Network/dnsZones@2018-05-01' = {
  name: 'contoso.com'
  location: 'global'
}
// uclint-disable-next-line teams/online-records -- moving in May
resource fed 'Microsoft.Network/dnsZones/SRV@2018-05-01' = {
  parent: zone
  name: '_sipfederationtls._tcp'
  properties: { TTL: 3600, SRVRecords: [ { priority: 100, weight: 1, port: 5062, target: 'sipfed.online.lync.com' } ] }
}
`;
    tree.write('main.bicep', faulty);
    expect(findingsOf(await tree.lint(['teams/online-records'])).filter((line) => line.includes('wrong port'))).toEqual([
      'main.bicep:6 teams/online-records (suppressed) SRV _sipfederationtls._tcp.contoso.com 100 1 5062 sipfed.online.lync.com has the wrong port for Microsoft 365 worldwide; expected: _sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.',
    ]);
  });

  it('say where a statement does not parse, and read the rest', async () => {
    tree.write('main.bicep', `resource zone 'Microsoft.Network/dnsZones@2018-05-01' = {\n  name: 'contoso.com'\n  location: 'global'\n}\nparam = \nresource sip 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {\n  parent: zone\n  name: 'sip'\n  properties: { TTL: 3600, CNAMERecord: { cname: 'sipdir.online.lync.com' } }\n}\n`);
    const result = await tree.lint([]);
    expect(findingsOf(result).map((line) => line.split(':').slice(0, 2).join(':'))).toEqual(["main.bicep:5 parse/bicep unexpected 'param ='"]);
    expect(zonesOf(result)).toEqual(['zone contoso.com external main.bicep:1', '  main.bicep:6 sip.contoso.com 3600 CNAME sipdir.online.lync.com.']);
  });
});

describe('Bicep comments', () => {
  const told = (text: string) => {
    const out: string[] = [];
    tellBicepComments('a.bicep', text, (_file, t, start, end) => out.push(t.slice(start, end)));
    return out;
  };

  it('are // and /* */ outside strings, interpolations included', () => {
    expect(told("var a = 'http://x' // one\n/* two */ var b = '${'//'}/*' // three\nvar c = '''\n// not\n''' // four")).toEqual(['// one', '/* two */', '// three', '// four']);
  });

  it('never throw, and lie inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        tellBicepComments('a.bicep', text, (_file, t, start, end) => {
          if (start < 0 || end > t.length || start > end) throw new Error(`bad range ${start}-${end}`);
        });
      }),
      { seed: 17, numRuns: 2000 },
    );
  });
});

describe('placeholders', () => {
  it('take a zone named by an empty string for a placeholder, not for the root zone', async () => {
    const tree2 = new ScratchTree();
    try {
      tree2.write('dns.bicep', `param zoneName string = ''
resource zone 'Microsoft.Network/dnsZones@2018-05-01' = {
  name: zoneName
  location: 'global'
}
resource cname 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {
  name: '\${zoneName}/www'
  properties: { TTL: 60, CNAMERecord: { cname: 'app.azurewebsites.net' } }
}
`);
      const result = await tree2.lint(['dns/dangling-target']);
      expect(zonesOf(result)).toEqual([]);
      expect(findingsOf(result)).toEqual([
        // Said once per file and expression.
        "dns.bicep:2 parse/bicep not checked: '' is the name of this DNS zone (a placeholder, which Azure refuses), so uclint does not check it",
      ]);
      expect(result.counts.notChecked).toBe(1);
    } finally {
      tree2.remove();
    }
  });
});

describe('a record set deployed twice alike', () => {
  it('is there once, as in Azure (a module called twice, as an idempotency test does)', async () => {
    const tree2 = new ScratchTree();
    try {
      tree2
        .write('modules/cname.bicep', CNAME_MODULE)
        .write('main.bicep', `resource zone 'Microsoft.Network/dnsZones@2018-05-01' = {\n  name: 'contoso.com'\n  location: 'global'\n}\nmodule sip 'modules/cname.bicep' = [for iteration in ['init', 'idem']: {\n  name: 'sip-\${iteration}'\n  params: { zoneName: zone.name, name: 'sip', target: 'sipdir.online.lync.com' }\n}]\n`);
      const result = await tree2.lint(['dns/duplicate-record']);
      expect(zonesOf(result)).toEqual(['zone contoso.com external main.bicep:1', '  modules/cname.bicep:9 sip.contoso.com 3600 CNAME sipdir.online.lync.com.']);
      expect(findingsOf(result)).toEqual([]);
    } finally {
      tree2.remove();
    }
  });
});
