import { parseManifestFile } from '../../../src/formats/manifest/loader.js';
import { readSimpleUrl } from '../../../src/formats/manifest/topology.js';
import type { SourceRange } from '../../../src/core/types.js';
import type { Sited } from '../../../src/model/topology.js';

const FILE = 'manifests/topology.yml';

function range(line: number, column: number, endLine: number, endColumn: number): SourceRange {
  return { file: FILE, line, column, endLine, endColumn };
}

/** A value at `line:column-endLine:endColumn` of the manifest. */
function sited<T>(value: T, at: string): Sited<T> {
  const [line, column, endLine, endColumn] = at.split(/[:-]/).map(Number);
  return { value, loc: range(line, column, endLine, endColumn) };
}

/** Every diagnostic as `line:col-endLine:endCol code message`. */
function problems(text: string): string[] {
  return parseManifestFile(text, FILE).diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code} ${d.message}`);
}

/** A Topology document made of the envelope and `lines`. */
function topology(...lines: string[]): string {
  return ['apiVersion: uclint/v1', 'kind: Topology', ...lines, ''].join('\n');
}

const FULL = `apiVersion: uclint/v1
kind: Topology
product: lync2010
sipDomains: [Contoso.com., fabrikam.com]
clientPolicy:
  strictDnsNaming: true
  allowTcp: false
  manualServers:
    internal: POOL01
    external: "[2001:DB8:0:0:0:0:0:1]:443"
pools:
  - fqdn: pool.contoso.com
    role: frontend
    loadBalancing: dns
    webServices: { internal: webint.contoso.com, external: WebExt.contoso.com. }
    servers:
      - { fqdn: fe1.contoso.com, id: 1 }
      - fqdn: fe2.contoso.com
  - fqdn: dir.contoso.com
    role: director
    loadBalancing: hardware
    servers: []
edges:
  - internal: { fqdn: edge-int.contoso.com }
    external:
      access: { fqdn: sip.contoso.com, ip: 167.55.49.32 }
      webConferencing: { fqdn: webconf.contoso.com }
      av: { fqdn: av.contoso.com, ip: "2001:db8:0:0:0:0:0:34" }
    servers: [edge1.contoso.com, edge2.contoso.com]
reverseProxy: { fqdn: proxy.contoso.com, ip: 167.55.49.35, publishes: [webext.contoso.com, meet.contoso.com] }
simpleUrls:
  meet: [https://meet.contoso.com/, HTTPS://Meet.Fabrikam.com/Meet]
  dialin: https://contoso.com/dialin
  admin: admin.contoso.com
exchange: { autodiscover: autodiscover.contoso.com, ews: mail.contoso.com }
sbcs: [{ fqdn: sbc1.contoso.com, port: 5061 }, { fqdn: sbc2.contoso.com }]
`;

const EMPTY_PARTS = { sipDomains: [], tenantDomains: [], pools: [], edges: [], simpleUrls: { meet: [], dialin: [], admin: [] }, sbcs: [] };

describe('parseManifestFile: Topology', () => {
  it('converts a full topology exactly: names lower-case without the trailing dot, addresses canonical, every value with its range', () => {
    const result = parseManifestFile(FULL, FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.otherDocuments).toEqual([]);
    expect(result.topologies).toEqual([
      {
        file: FILE,
        loc: range(1, 1, 36, 75),
        product: sited('lync2010', '3:1-3:18'),
        sipDomains: [sited('contoso.com', '4:14-4:26'), sited('fabrikam.com', '4:28-4:40')],
        tenantDomains: [],
        clientPolicy: {
          strictDnsNaming: sited(true, '6:3-6:24'),
          allowTcp: sited(false, '7:3-7:18'),
          manualServers: {
            internal: sited({ host: 'pool01' }, '9:5-9:21'),
            external: sited({ host: '2001:db8::1', port: 443 }, '10:5-10:43'),
          },
        },
        pools: [
          {
            fqdn: sited('pool.contoso.com', '12:5-12:27'),
            role: sited('frontend', '13:5-13:19'),
            loadBalancing: sited('dns', '14:5-14:23'),
            webServices: { internal: sited('webint.contoso.com', '15:20-15:48'), external: sited('webext.contoso.com', '15:50-15:79') },
            servers: [
              { fqdn: sited('fe1.contoso.com', '17:11-17:32'), id: sited(1, '17:34-17:39'), loc: range(17, 9, 17, 41) },
              { fqdn: sited('fe2.contoso.com', '18:9-18:30'), loc: range(18, 9, 18, 30) },
            ],
            loc: range(12, 5, 18, 30),
          },
          {
            fqdn: sited('dir.contoso.com', '19:5-19:26'),
            role: sited('director', '20:5-20:19'),
            loadBalancing: sited('hardware', '21:5-21:28'),
            servers: [],
            loc: range(19, 5, 22, 16),
          },
        ],
        edges: [
          {
            internal: { fqdn: sited('edge-int.contoso.com', '24:17-24:43') },
            external: {
              access: { fqdn: sited('sip.contoso.com', '26:17-26:38'), ip: sited('167.55.49.32', '26:40-26:56') },
              webConferencing: { fqdn: sited('webconf.contoso.com', '27:26-27:51') },
              av: { fqdn: sited('av.contoso.com', '28:13-28:33'), ip: sited('2001:db8::34', '28:35-28:62') },
            },
            servers: [sited('edge1.contoso.com', '29:15-29:32'), sited('edge2.contoso.com', '29:34-29:51')],
            loc: range(24, 5, 29, 52),
          },
        ],
        reverseProxy: {
          fqdn: sited('proxy.contoso.com', '30:17-30:40'),
          ip: sited('167.55.49.35', '30:42-30:58'),
          publishes: [sited('webext.contoso.com', '30:72-30:90'), sited('meet.contoso.com', '30:92-30:108')],
          loc: range(30, 1, 30, 111),
        },
        simpleUrls: {
          meet: [sited('https://meet.contoso.com/', '32:10-32:35'), sited('https://meet.fabrikam.com/Meet', '32:37-32:67')],
          dialin: [sited('https://contoso.com/dialin', '33:3-33:37')],
          admin: [sited('admin.contoso.com', '34:3-34:27')],
        },
        exchange: { autodiscover: sited('autodiscover.contoso.com', '35:13-35:51'), ews: sited('mail.contoso.com', '35:53-35:74') },
        sbcs: [
          { fqdn: sited('sbc1.contoso.com', '36:10-36:32'), port: sited(5061, '36:34-36:44'), loc: range(36, 8, 36, 46) },
          { fqdn: sited('sbc2.contoso.com', '36:50-36:72'), loc: range(36, 48, 36, 74) },
        ],
      },
    ]);
  });

  it('a minimal topology is the envelope: empty lists, no optional parts', () => {
    expect(parseManifestFile(topology(), FILE)).toEqual({
      certificates: [],
      topologies: [{ file: FILE, loc: range(1, 1, 2, 15), ...EMPTY_PARTS }],
      vpnProfiles: [],
      firewallRuleSets: [],
      mediaPolicies: [],
      otherDocuments: [],
      diagnostics: [],
    });
    const [withDomain] = parseManifestFile(topology('sipDomains: [contoso.com]', 'clientPolicy: {}', 'exchange: {}'), FILE).topologies;
    expect(withDomain).toEqual({
      file: FILE,
      loc: range(1, 1, 5, 13),
      ...EMPTY_PARTS,
      sipDomains: [sited('contoso.com', '3:14-3:25')],
      clientPolicy: {},
      exchange: {},
    });
  });

  it('reads tenant domains as host names: lower-case, without the trailing dot', () => {
    const [withTenantDomains] = parseManifestFile(topology('tenantDomains: [EU.Contoso.com., customers.adatum.biz]'), FILE).topologies;
    expect(withTenantDomains.tenantDomains).toEqual([sited('eu.contoso.com', '3:17-3:32'), sited('customers.adatum.biz', '3:34-3:54')]);
    expect(problems(topology('tenantDomains: [contoso]'))).toEqual(["3:17-3:24 manifest/invalid-host tenantDomains[0]: 'contoso' is not a fully qualified host name"]);
  });

  it.each([
    ['pool.contoso.com', { host: 'pool.contoso.com' }],
    ['Pool.Contoso.com.:5061', { host: 'pool.contoso.com', port: 5061 }],
    ['POOL01', { host: 'pool01' }],
    ['pool01:443', { host: 'pool01', port: 443 }],
    ['10.0.0.5:5061', { host: '10.0.0.5', port: 5061 }],
    ['"[2001:DB8::1]:443"', { host: '2001:db8::1', port: 443 }],
    ['"[2001:db8:0:0:0:0:0:1]"', { host: '2001:db8::1' }],
    ['"2001:db8::1"', { host: '2001:db8::1' }],
    ['"::FFFF:10.0.0.1"', { host: '::ffff:10.0.0.1' }],
  ])('a manual server %s is %j: FQDNs, single-label names and addresses are all kept', (written, value) => {
    const [read] = parseManifestFile(topology('clientPolicy:', '  manualServers:', `    external: ${written}`), FILE).topologies;
    expect(read.clientPolicy?.manualServers?.external?.value).toEqual(value);
  });

  it('manual servers that are no host, or whose port is not one', () => {
    const written = ['sip contoso.com', '"sip.contoso.com:"', '"sip.contoso.com:65536"', '"sip.contoso.com:0x1bb"', '"[10.0.0.1]:443"', '"[2001:db8::1]443"', '10.0.0.256', '"fe80::1%eth0"'];
    expect(written.flatMap((value) => problems(topology(`clientPolicy: { manualServers: { internal: ${value} } }`)))).toEqual([
      "3:44-3:59 manifest/invalid-host clientPolicy.manualServers.internal: 'sip contoso.com' is not a host name, an IP address or host:port",
      "3:44-3:62 manifest/invalid-port clientPolicy.manualServers.internal: '' in 'sip.contoso.com:' is not a port (1-65535)",
      "3:44-3:67 manifest/invalid-port clientPolicy.manualServers.internal: '65536' in 'sip.contoso.com:65536' is not a port (1-65535)",
      "3:44-3:67 manifest/invalid-port clientPolicy.manualServers.internal: '0x1bb' in 'sip.contoso.com:0x1bb' is not a port (1-65535)",
      "3:44-3:60 manifest/invalid-host clientPolicy.manualServers.internal: '[10.0.0.1]:443' is not a host name, an IP address or host:port",
      "3:44-3:62 manifest/invalid-host clientPolicy.manualServers.internal: '[2001:db8::1]443' is not a host name, an IP address or host:port",
      "3:44-3:54 manifest/invalid-host clientPolicy.manualServers.internal: '10.0.0.256' is not a host name, an IP address or host:port",
      "3:44-3:58 manifest/invalid-host clientPolicy.manualServers.internal: 'fe80::1%eth0' is not a host name, an IP address or host:port",
    ]);
  });

  it('simple URLs: one value or a list; a URL keeps its path, scheme and host are lower-cased; a host alone is a host', () => {
    const [read] = parseManifestFile(topology('simpleUrls:', '  meet: HTTPS://Meet.Contoso.COM./Meet?x=Y#Z', '  dialin: [dialin.contoso.com, "http://dialin.contoso.com:8443"]'), FILE).topologies;
    expect(read.simpleUrls).toEqual({
      meet: [sited('https://meet.contoso.com/Meet?x=Y#Z', '4:3-4:45')],
      dialin: [sited('dialin.contoso.com', '5:12-5:30'), sited('http://dialin.contoso.com:8443', '5:32-5:64')],
      admin: [],
    });
    expect(['https://contoso.com', 'https://meet.contoso.com:443/', 'ftp://meet.contoso.com/', 'https://meet/', 'meet', 'https://10.0.0.1/', 'https://meet.contoso.com:0/', 'https:/meet.contoso.com', 'https://meet contoso.com/'].map(readSimpleUrl)).toEqual([
      'https://contoso.com',
      'https://meet.contoso.com:443/',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

const ERRORS = `apiVersion: uclint/v1
kind: Topology
product: lync2012
sipDomain: [contoso.com]
clientPolicy:
  strictDNSNaming: true
  allowTcp: no
  manualServers:
    internal: pool01
    external: "sip.contoso.com:0"
pools:
  - fqdn: pool01
    role: front-end
    loadBalancing: dns
    servers:
      - { fqdn: fe1.contoso.com, id: 0 }
      - { fqdn: fe2.contoso.com, id: "2" }
      - fe3.contoso.com
edges:
  - external:
      access: { fqdn: sip.contoso.com, ip: 167.55.49.320 }
      web: { fqdn: webconf.contoso.com }
    servers: edge1.contoso.com
reverseProxy: { ip: "fe80::1%eth0", publishes: ["meet contoso.com"] }
simpleUrls: { meet: [https://meet.contoso.com/, "ftp://x.contoso.com/"], dialin: 5, admin: "https://admin.contoso.com:99999/" }
exchange: { autodiscover: autodiscover, ews: 10.0.0.1 }
sbcs: [{ fqdn: sbc1.contoso.com, port: 70000 }, { port: 5061 }]
`;

describe('parseManifestFile: Topology errors, at the line and column of the key or value', () => {
  it('reports every problem of a document, from the schema and from the values, and loads nothing of it', () => {
    const result = parseManifestFile(ERRORS, FILE);
    expect(result.topologies).toEqual([]);
    expect(result.otherDocuments).toEqual([]);
    expect(problems(ERRORS)).toEqual([
      "3:10-3:18 manifest/invalid-value product: 'lync2012' is not one of: lcs2005, ocs2007r2, lync2010, lync2013, sfb2015, sfb2019, teams; did you mean 'lync2010'?",
      "4:1-4:10 manifest/unknown-key unknown key 'sipDomain'; did you mean 'sipDomains'?",
      "6:3-6:18 manifest/unknown-key unknown key 'strictDNSNaming' in clientPolicy; did you mean 'strictDnsNaming'?",
      '7:13-7:15 manifest/invalid-type clientPolicy.allowTcp must be true or false',
      "10:15-10:34 manifest/invalid-port clientPolicy.manualServers.external: '0' in 'sip.contoso.com:0' is not a port (1-65535)",
      "12:11-12:17 manifest/invalid-host pools[0].fqdn: 'pool01' is not a fully qualified host name",
      "13:11-13:20 manifest/invalid-value pools[0].role: 'front-end' is not one of: frontend, director, edge, mediation; did you mean 'frontend'?",
      '16:38-16:39 manifest/invalid-value pools[0].servers[0].id must be >= 1',
      '17:38-17:41 manifest/invalid-type pools[0].servers[1].id must be an integer',
      '18:9-18:24 manifest/invalid-type pools[0].servers[2] must be a mapping',
      "21:44-21:57 manifest/invalid-address edges[0].external.access.ip: '167.55.49.320' is not an IPv4 or IPv6 address",
      "22:7-22:10 manifest/unknown-key unknown key 'web' in edges[0].external; expected one of: access, webConferencing, av",
      '23:14-23:31 manifest/invalid-type edges[0].servers must be a list',
      "24:15-24:70 manifest/missing-key reverseProxy has no 'fqdn'",
      "24:21-24:35 manifest/invalid-address reverseProxy.ip: 'fe80::1%eth0' is not an IPv4 or IPv6 address",
      "24:49-24:67 manifest/invalid-host reverseProxy.publishes[0]: 'meet contoso.com' is not a fully qualified host name",
      "25:49-25:71 manifest/invalid-url simpleUrls.meet[1]: 'ftp://x.contoso.com/' is neither an http or https URL nor a fully qualified host name",
      '25:82-25:83 manifest/invalid-type simpleUrls.dialin must be a string or a list',
      "25:92-25:126 manifest/invalid-url simpleUrls.admin: 'https://admin.contoso.com:99999/' is neither an http or https URL nor a fully qualified host name",
      "26:27-26:39 manifest/invalid-host exchange.autodiscover: 'autodiscover' is not a fully qualified host name",
      "26:46-26:54 manifest/invalid-host exchange.ews: '10.0.0.1' is not a fully qualified host name",
      '27:40-27:45 manifest/invalid-port sbcs[0].port: 70000 is not a port (1-65535)',
      "27:49-27:63 manifest/missing-key sbcs[1] has no 'fqdn'",
    ]);
  });

  it('one wrong value is enough to leave the document out; a single-label manual server is not wrong', () => {
    expect(parseManifestFile(topology('sipDomains: [contoso.com, contoso]'), FILE).topologies).toEqual([]);
    expect(problems(topology('sipDomains: [contoso.com, contoso]'))).toEqual([
      "3:27-3:34 manifest/invalid-host sipDomains[1]: 'contoso' is not a fully qualified host name",
    ]);
    expect(parseManifestFile(topology('sipDomains: [contoso.com]', 'pools: [{fqdn: pool.contoso.com, servers: [{fqdn: fe1.contoso.com, idd: 1}]}]'), FILE).topologies).toEqual([]);
    expect(parseManifestFile(topology('clientPolicy: {manualServers: {internal: pool01, external: "10.0.0.5:5061"}}'), FILE).topologies).toHaveLength(1);
  });
});
