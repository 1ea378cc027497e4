/**
 * The DNS rules on Azure DNS written as ARM templates and Bicep files: a standard Teams tenant
 * ("Microsoft 365 DNS records for Teams": sip and lyncdiscover CNAMEs, _sip._tls and
 * _sipfederationtls._tcp SRV records) raises nothing; each fault is reported at the line of its
 * resource, with the message a zone file's record gets.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { findingsOf, ScratchTree } from '../helpers/azure-dns.js';

const RULES = ['dns/service-label-underscore', 'dns/srv-owner-labels', 'sip/srv-port', 'sip/srv-target', 'dns/cname-and-other-data', 'dns/duplicate-record', 'dns/zone-validity', 'teams/online-records', 'teams/hybrid-consistency'];

/** A Teams tenant's records in Bicep, one resource per record set; `srv` and `cname` lines are replaced by the faults. */
function bicepTenant(fed = { name: '_sipfederationtls._tcp', port: 5061, target: 'sipfed.online.lync.com' }, sipTarget = 'sipdir.online.lync.com'): string {
  return `resource zone 'Microsoft.Network/dnsZones@2018-05-01' = {
  name: 'contoso.com'
  location: 'global'
}

resource mx 'Microsoft.Network/dnsZones/MX@2018-05-01' = {
  parent: zone
  name: '@'
  properties: { TTL: 3600, MXRecords: [ { preference: 0, exchange: 'contoso-com.mail.protection.outlook.com' } ] }
}

resource sip 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {
  parent: zone
  name: 'sip'
  properties: { TTL: 3600, CNAMERecord: { cname: '${sipTarget}' } }
}

resource lyncdiscover 'Microsoft.Network/dnsZones/CNAME@2018-05-01' = {
  parent: zone
  name: 'lyncdiscover'
  properties: { TTL: 3600, CNAMERecord: { cname: 'webdir.online.lync.com' } }
}

resource sipTls 'Microsoft.Network/dnsZones/SRV@2018-05-01' = {
  parent: zone
  name: '_sip._tls'
  properties: { TTL: 3600, SRVRecords: [ { priority: 100, weight: 1, port: 443, target: 'sipdir.online.lync.com' } ] }
}

resource federation 'Microsoft.Network/dnsZones/SRV@2018-05-01' = {
  parent: zone
  name: '${fed.name}'
  properties: { TTL: 3600, SRVRecords: [ { priority: 100, weight: 1, port: ${fed.port}, target: '${fed.target}' } ] }
}
`;
}

/** The same tenant as an ARM template, record sets nested in the zone. */
function armTenant(fed = { name: '_sipfederationtls._tcp', port: 5061, target: 'sipfed.online.lync.com' }, sipTarget = 'sipdir.online.lync.com'): string {
  const set = (type: string, name: string, properties: string) => `        {
          "type": "${type}",
          "apiVersion": "2018-05-01",
          "name": "${name}",
          "dependsOn": ["contoso.com"],
          "properties": ${properties}
        }`;
  return `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Network/dnsZones",
      "apiVersion": "2018-05-01",
      "name": "contoso.com",
      "location": "global",
      "resources": [
${[
  set('MX', '@', '{ "TTL": 3600, "MXRecords": [ { "preference": 0, "exchange": "contoso-com.mail.protection.outlook.com" } ] }'),
  set('CNAME', 'sip', `{ "TTL": 3600, "CNAMERecord": { "cname": "${sipTarget}" } }`),
  set('CNAME', 'lyncdiscover', '{ "TTL": 3600, "CNAMERecord": { "cname": "webdir.online.lync.com" } }'),
  set('SRV', '_sip._tls', '{ "TTL": 3600, "SRVRecords": [ { "priority": 100, "weight": 1, "port": 443, "target": "sipdir.online.lync.com" } ] }'),
  set('SRV', fed.name, `{ "TTL": 3600, "SRVRecords": [ { "priority": 100, "weight": 1, "port": ${fed.port}, "target": "${fed.target}" } ] }`),
].join(',\n')}
      ]
    }
  ]
}
`;
}

/** Lines of the ARM template: the resource of each record set starts on these. */
const ARM_LINES = { mx: 11, sip: 18, lyncdiscover: 25, sipTls: 32, federation: 39 };
/** Lines of the Bicep file. */
const BICEP_LINES = { mx: 6, sip: 12, lyncdiscover: 18, sipTls: 24, federation: 30 };

let tree: ScratchTree;
beforeEach(() => {
  tree = new ScratchTree();
});
afterEach(() => tree.remove());

type Tenant = (fed?: { name: string; port: number; target: string }, sipTarget?: string) => string;
const KINDS: Array<[string, string, Tenant, typeof ARM_LINES]> = [
  ['ARM template', 'dns/azuredeploy.json', armTenant, ARM_LINES],
  ['Bicep file', 'dns/main.bicep', bicepTenant, BICEP_LINES],
];

describe.each(KINDS)('a Teams tenant as an %s', (_kind, file, tenant, lines) => {
  it('raises nothing when it is the documented standard', async () => {
    tree.write(file, tenant());
    const result = await tree.lint(RULES);
    expect(result.estate?.zones.map((zone) => zone.records.length)).toEqual([5]);
    expect(findingsOf(result)).toEqual([]);
  });

  it('reports _sipfederationtls_tcp at its resource', async () => {
    tree.write(file, tenant({ name: '_sipfederationtls_tcp', port: 5061, target: 'sipfed.online.lync.com' }));
    const found = findingsOf(await tree.lint(['dns/service-label-underscore']));
    expect(found).toEqual([
      `${file}:${lines.federation} dns/service-label-underscore SRV _sipfederationtls_tcp.contoso.com joins the service and protocol labels with \`_\`; clients look up _sipfederationtls._tcp.contoso.com: name the record _sipfederationtls._tcp.contoso.com`,
    ]);
  });

  it('reports an SRV record at the zone apex at its resource', async () => {
    tree.write(file, tenant({ name: '@', port: 5061, target: 'sipfed.online.lync.com' }));
    expect(findingsOf(await tree.lint(['dns/srv-owner-labels']))).toEqual([
      `${file}:${lines.federation} dns/srv-owner-labels SRV contoso.com (100 1 5061 sipfed.online.lync.com) is not at a \`_service._protocol\` name, so no client finds it: publish it at _sipfederationtls._tcp.contoso.com`,
    ]);
  });

  it('reports a wrong federation port to an on-premises Edge (sip/srv-port) and to Microsoft 365 (teams/online-records) at its resource', async () => {
    tree.write(file, tenant({ name: '_sipfederationtls._tcp', port: 5062, target: 'sipfed.online.lync.com' }));
    expect(findingsOf(await tree.lint(RULES))).toEqual([
      `${file}:${lines.federation} teams/online-records SRV _sipfederationtls._tcp.contoso.com 100 1 5062 sipfed.online.lync.com has the wrong port for Microsoft 365 worldwide; expected: _sipfederationtls._tcp.contoso.com. IN SRV 100 1 5061 sipfed.online.lync.com.`,
    ]);
    const zone = '$ORIGIN contoso.com.\n@ SOA ns1 hostmaster 1 3600 600 86400 300\n@ NS ns1\nns1 A 192.0.2.53\naccess A 192.0.2.10\n_sipfederationtls._tcp SRV 0 0 5062 access.contoso.com.\n';
    tree.write('zone/contoso.com.zone', zone);
    tree.write(file, tenant({ name: '_sipfederationtls._tcp', port: 5062, target: 'access.contoso.com' }));
    const fromZone = findingsOf(await tree.lint(['sip/srv-port'], ['zone']));
    const fromCode = findingsOf(await tree.lint(['sip/srv-port'], ['dns']));
    expect(fromZone).toHaveLength(1);
    expect(fromCode).toEqual([fromZone[0].replace('zone/contoso.com.zone:6', `${file}:${lines.federation}`).replace('0 0 5062', '100 1 5062')]);
  });

  it('reports a sip CNAME to a wrong host as a zone file\'s is reported', async () => {
    tree.write(file, tenant(undefined, 'sipdir.online.lync.net'));
    const fromCode = findingsOf(await tree.lint(RULES, ['dns']));
    tree.write('zone/contoso.com.zone', '$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hostmaster 1 3600 600 86400 300\n@ NS ns1\nns1 A 192.0.2.53\n@ MX 0 contoso-com.mail.protection.outlook.com.\nsip CNAME sipdir.online.lync.net.\nlyncdiscover CNAME webdir.online.lync.com.\n_sip._tls SRV 100 1 443 sipdir.online.lync.com.\n_sipfederationtls._tcp SRV 100 1 5061 sipfed.online.lync.com.\n');
    const fromZone = findingsOf(await tree.lint(RULES, ['zone']));
    expect(fromZone.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['zone/contoso.com.zone:7 teams/hybrid-consistency']);
    expect(fromCode).toEqual(fromZone.map((line) => line.replace('zone/contoso.com.zone:7', `${file}:${lines.sip}`)));
  });
});
