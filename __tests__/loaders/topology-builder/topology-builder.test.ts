import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { readTopologyBuilderFile } from '../../../src/formats/topology-builder/load.js';
import { documentElement, isConfigurationArchive, isTopologyXml } from '../../../src/formats/topology-builder/recognise.js';
import { crc32 } from '../../../src/languages/zip/index.js';
import type { Sited, Topology } from '../../../src/model/topology.js';
import type { FileHead } from '../../../src/formats/shared/format.js';

const T = 'xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"';
const R = 'xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008"';

/** A Topology Builder document in the shape Topology Builder saves: one Front End pool, one Edge on one FQDN and address. */
const TBXML = `<?xml version="1.0" encoding="utf-8"?>
<TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008">
  <NewTopology>
    <PartialTopology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008">
      <InternalDomains DefaultDomain="Contoso.com" ${T}>
        <InternalDomain Name="contoso.com" />
        <InternalDomain Name="fabrikam.com" />
      </InternalDomains>
      <SimpleUrlConfiguration xmlns="urn:schema:Microsoft.Rtc.Management.Settings.SimpleUrl.2008">
        <SimpleUrl Component="Meet" Domain="contoso.com" ActiveUrl="https://meet.contoso.com" />
        <SimpleUrl Component="Cscp" Domain="*" ActiveUrl="https://admin.contoso.com/" />
      </SimpleUrlConfiguration>
      <CentralSites>
        <CentralSite SiteId="1">
          <Name ${T}>Redmond</Name>
          <Clusters>
            <Cluster UniqueId="AAAA" Fqdn="pool.contoso.com" IsSingleMachineOnly="false">
              <Machines>
                <Machine Fqdn="fe1.contoso.com" />
                <Machine Fqdn="fe2.contoso.com" />
              </Machines>
            </Cluster>
            <Cluster UniqueId="bbbb" Fqdn="edgepool.contoso.com">
              <Machines>
                <Machine Fqdn="edge1.contoso.com">
                  <NetInterface InterfaceSide="Internal" InterfaceNumber="1" IPAddress="10.1.0.5" ${T} />
                  <NetInterface InterfaceSide="External" InterfaceNumber="1" IPAddress="131.107.0.10" ConfiguredIPAddress="131.107.0.20" ${T} />
                </Machine>
              </Machines>
            </Cluster>
            <Cluster UniqueId="cccc" Fqdn="se.contoso.com" IsSingleMachineOnly="true">
              <Machines><Machine /></Machines>
            </Cluster>
          </Clusters>
        </CentralSite>
      </CentralSites>
      <Services>
        <Service RoleName="Registrar" InstalledOn="aaaa" ServiceVersion="6">
          <RegistrarService IsDirector="false" ${R} />
        </Service>
        <Service RoleName="WebServices" InstalledOn="aaaa" ServiceVersion="6">
          <WebService ${R}><ExternalSettings Host="webext.contoso.com" /></WebService>
        </Service>
        <Service RoleName="Registrar" InstalledOn="cccc" ServiceVersion="7" />
        <Service RoleName="EdgeServer" InstalledOn="bbbb" ServiceVersion="7">
          <Ports ${R}>
            <Port Owner="urn:component:AccessEdge" Usage="SipClient" InterfaceSide="External" InterfaceNumber="1" Port="5061" ConfiguredFqdn="edge.contoso.com" />
            <Port Owner="urn:component:AccessEdge" Usage="SipServer" InterfaceSide="External" InterfaceNumber="1" Port="5061" ConfiguredFqdn="edge.contoso.com" />
            <Port Owner="urn:component:DataEdge" Usage="PsomClient" InterfaceSide="External" InterfaceNumber="1" Port="444" ConfiguredFqdn="edge.contoso.com" />
            <Port Owner="urn:component:MediaRelayEdge" Usage="TURNServer" InterfaceSide="External" InterfaceNumber="1" Port="3478" Protocol="Udp" ConfiguredFqdn="edge.contoso.com" />
            <Port Owner="urn:component:MediaRelayEdge" Usage="TURNServer" InterfaceSide="External" InterfaceNumber="1" Port="443" Protocol="Tcp" ConfiguredFqdn="edge.contoso.com" />
          </Ports>
        </Service>
      </Services>
    </PartialTopology>
  </NewTopology>
</TopologyBuilder>
`;

/** The same deployment as `Get-CsTopology -AsXml` prints it. */
const PUBLISHED = `<Topology ${T} Signature="00000000-0000-0000-0000-000000000000">
  <InternalDomains AllowAllDomains="false" DefaultDomain="contoso.com">
    <InternalDomain Name="contoso.com" Authoritative="false" AllowSubDomains="false" />
  </InternalDomains>
  <Sites>
    <CentralSite SiteId="1"><Name>Redmond</Name></CentralSite>
  </Sites>
  <Clusters>
    <Cluster Fqdn="dir.contoso.com">
      <ClusterId SiteId="1" Number="2" />
      <Machine OrdinalInCluster="1" Fqdn="dir1.contoso.com" />
    </Cluster>
    <Cluster Fqdn="med.contoso.com">
      <ClusterId SiteId="1" Number="3" />
      <Machine OrdinalInCluster="1" Fqdn="med.contoso.com" />
    </Cluster>
  </Clusters>
  <Services>
    <Service RoleVersion="1" ServiceVersion="8">
      <ServiceId SiteId="1" RoleName="Registrar" Instance="2" />
      <InstalledOn><ClusterId SiteId="1" Number="2" /></InstalledOn>
      <RegistrarService ${R} IsDirector="true" />
    </Service>
    <Service RoleVersion="1" ServiceVersion="8">
      <ServiceId SiteId="1" RoleName="MediationServer" Instance="1" />
      <InstalledOn><ClusterId SiteId="1" Number="3" /></InstalledOn>
    </Service>
    <Service RoleVersion="1" ServiceVersion="8">
      <ServiceId SiteId="1" RoleName="UserStore" Instance="1" />
      <InstalledOn><SqlInstanceId Name="rtc"><ClusterId SiteId="1" Number="3" /></SqlInstanceId></InstalledOn>
    </Service>
  </Services>
</Topology>
`;

const at = (sited: Sited<unknown> | undefined) => sited && `${String(sited.value)}@${sited.loc.line}:${sited.loc.column}`;
const read = (file: string, text: string | Uint8Array) => readTopologyBuilderFile(file, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
const only = (result: ReturnType<typeof read>): Topology => {
  expect(result.nodes.topologies).toHaveLength(1);
  return result.nodes.topologies[0];
};

describe('a Topology Builder document (.tbxml)', () => {
  const result = read('contoso.tbxml', TBXML);
  const topology = only(result);

  it('reads with no diagnostic, as a Topology Builder document of the product of its newest services', () => {
    expect(result.diagnostics).toEqual([]);
    expect([topology.source, topology.document, at(topology.product)]).toEqual(['topology-builder', 'Topology Builder document', 'sfb2015@44:58']);
  });

  it('gives the SIP domains (the default one included once, lower-case) and the sites at their attributes', () => {
    expect(topology.sipDomains.map(at)).toEqual(['contoso.com@6:25', 'fabrikam.com@7:25']);
    expect(at(topology.defaultSipDomain)).toBe('contoso.com@5:24');
    expect(topology.sites?.map((s) => [at(s.id), at(s.name), s.kind])).toEqual([['1@14:22', 'Redmond@15:11', 'central']]);
  });

  it('gives the Front End pool and the Standard Edition server with their servers, roles, editions and web services', () => {
    expect(
      topology.pools.map((p) => ({
        fqdn: at(p.fqdn),
        role: at(p.role),
        edition: at(p.edition),
        servers: p.servers.map((s) => at(s.fqdn)),
        web: [at(p.webServices?.internal), at(p.webServices?.external)],
        product: at(p.product),
        site: at(p.site),
      })),
    ).toEqual([
      { fqdn: 'pool.contoso.com@17:38', role: 'frontend@38:18', edition: 'enterprise@17:62', servers: ['fe1.contoso.com@19:26', 'fe2.contoso.com@20:26'], web: [undefined, 'webext.contoso.com@42:110'], product: 'lync2013@38:58', site: '1@14:22' },
      { fqdn: 'se.contoso.com@31:38', role: 'frontend@44:18', edition: 'standard@31:60', servers: ['se.contoso.com@31:38'], web: [undefined, undefined], product: 'sfb2015@44:58', site: '1@14:22' },
    ]);
    expect(topology.pools[0].services?.map((s) => s.value)).toEqual(['Registrar', 'WebServices']);
  });

  it('gives the Edge with each service\'s external FQDN, client port and addresses, the A/V Edge\'s public (NAT) address first', () => {
    expect(topology.edges).toHaveLength(1);
    const edge = topology.edges[0];
    expect([at(edge.internal?.fqdn), edge.servers.map(at), at(edge.federationPort)]).toEqual(['edgepool.contoso.com@23:38', ['edge1.contoso.com@25:26'], '5061@48:115']);
    const service = (key: 'access' | 'webConferencing' | 'av') => {
      const name = edge.external[key];
      return [at(name?.fqdn), at(name?.port), at(name?.ip), name?.addresses?.map(at)];
    };
    expect(service('access')).toEqual(['edge.contoso.com@47:127', '5061@47:115', '131.107.0.10@27:78', ['131.107.0.10@27:78']]);
    expect(service('webConferencing')).toEqual(['edge.contoso.com@49:125', '444@49:114', '131.107.0.10@27:78', ['131.107.0.10@27:78']]);
    expect(service('av')).toEqual(['edge.contoso.com@51:146', '443@51:120', '131.107.0.20@27:103', ['131.107.0.20@27:103', '131.107.0.10@27:78']]);
  });

  it('gives the simple URLs by kind (Cscp is the administration URL)', () => {
    expect([topology.simpleUrls.meet.map(at), topology.simpleUrls.dialin.map(at), topology.simpleUrls.admin.map(at)]).toEqual([['https://meet.contoso.com@10:58'], [], ['https://admin.contoso.com/@11:48']]);
  });
});

describe('a published topology (Get-CsTopology -AsXml)', () => {
  const result = read('topology.xml', PUBLISHED);
  const topology = only(result);

  it('reads clusters by their ClusterId and services by their ServiceId: a Director and a Mediation pool, SQL left out', () => {
    expect(result.diagnostics).toEqual([]);
    expect(topology.document).toBe('published topology');
    expect(topology.pools.map((p) => [at(p.fqdn), at(p.role), p.servers.map((s) => at(s.fqdn)), at(p.site), at(p.product)])).toEqual([
      ['dir.contoso.com@9:14', 'director@20:29', ['dir1.contoso.com@11:37'], '1@10:18', 'sfb2019@19:30'],
      ['med.contoso.com@13:14', 'mediation@25:29', ['med.contoso.com@15:37'], '1@14:18', 'sfb2019@24:30'],
    ]);
    expect(topology.sites?.map((s) => [at(s.id), at(s.name)])).toEqual([['1@6:18', 'Redmond@6:29']]);
    expect(at(topology.product)).toBe('sfb2019@19:30');
  });
});

describe('DocItemSet.xml', () => {
  const escape = (xml: string) => xml.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  it('reads a topology nested in a document item, and the simple URLs of another item', () => {
    const text = `<DocItemSet xmlns="urn:schema:Microsoft.Rtc.Management.Xds.AppLayer.2008">
  <DocItem Name="urn:xds:Microsoft.Rtc.Management.Deploy.Topology.2008:Topology"><Data>
${PUBLISHED}</Data></DocItem>
  <DocItem Name="urn:xds:Microsoft.Rtc.Management.Settings.SimpleUrl.2008:SimpleUrlConfiguration"><Data>
    <SimpleUrlConfiguration xmlns="urn:schema:Microsoft.Rtc.Management.Settings.SimpleUrl.2008"><SimpleUrl Component="Dialin" ActiveUrl="https://dialin.contoso.com/" /></SimpleUrlConfiguration>
  </Data></DocItem>
</DocItemSet>`;
    const topology = only(read('DocItemSet.xml', text));
    expect(topology.pools.map((p) => at(p.fqdn))).toEqual(['dir.contoso.com@11:14', 'med.contoso.com@15:14']);
    expect(topology.simpleUrls.dialin.map(at)).toEqual(['https://dialin.contoso.com/@38:127']);
  });

  it('reads a topology escaped in the text of a document item, each value at its escape in the file', () => {
    const text = `<DocItemSet xmlns="urn:schema:Microsoft.Rtc.Management.Xds.AppLayer.2008">\n  <DocItem><Data>${escape(PUBLISHED)}</Data></DocItem>\n</DocItemSet>`;
    const result = read('DocItemSet.xml', text);
    const topology = only(result);
    expect(result.diagnostics).toEqual([]);
    expect(topology.document).toBe('configuration export');
    // Line 9 of the escaped topology is line 10 of the file; the column counts the escapes before it.
    const line = text.split('\n')[9];
    expect(at(topology.pools[0].fqdn)).toBe(`dir.contoso.com@10:${line.indexOf('Fqdn=') + 1}`);
  });

  it('says once (info) that a document set holding no topology gave none, as an Export-CsUserData backup', () => {
    const result = read('DocItemSet.xml', '<DocItemSet xmlns="urn:schema:Microsoft.Rtc.Management.Xds.AppLayer.2008"><DocItem Name="urn:lcd:user@contoso.com"><Data><HomedResource /></Data></DocItem></DocItemSet>');
    expect(result.nodes.topologies).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['topology-builder/no-topology', 'info', 1, 2]]);
  });
});

/** A ZIP archive as .NET's packaging writes one. */
function zip(entries: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const body = deflateRawSync(entry.data);
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(entry.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(entry.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('an Export-CsConfiguration archive', () => {
  const docItemSet = `<DocItemSet xmlns="urn:schema:Microsoft.Rtc.Management.Xds.AppLayer.2008">\n<DocItem><Data>\n${PUBLISHED}</Data></DocItem>\n</DocItemSet>`;
  const archive = zip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'DocItemSet.xml', data: Buffer.from(`\ufeff${docItemSet}`, 'utf8') },
  ]);

  it('is recognised by its head and read in memory: the topology at the lines of DocItemSet.xml, reported on the archive', () => {
    const head: FileHead = { fileName: 'CsConfig.zip', text: '', bytes: archive.subarray(0, 8192), binary: true, cut: false };
    expect(isConfigurationArchive(head)).toBe(true);
    const result = readTopologyBuilderFile('backup/CsConfig.zip', archive);
    expect(result.diagnostics).toEqual([]);
    const topology = only(result);
    expect([topology.document, topology.pools[0].fqdn.loc.file, at(topology.pools[0].fqdn)]).toEqual(['Export-CsConfiguration archive', 'backup/CsConfig.zip', 'dir.contoso.com@11:14']);
  });

  it('keeps its bounds: an entry over the size bound is a diagnostic and nothing is inflated', () => {
    const result = readTopologyBuilderFile('CsConfig.zip', archive, { zipLimits: { maxEntrySize: 100 } });
    expect(result.nodes.topologies).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['topology-builder/zip-too-large', 1, 1]]);
    expect(result.diagnostics[0].message).toContain('DocItemSet.xml');
  });

  it('says what is wrong with a truncated archive, and that an archive without DocItemSet.xml holds no topology', () => {
    expect(readTopologyBuilderFile('cut.zip', archive.subarray(0, 40)).diagnostics.map((d) => d.code)).toEqual(['topology-builder/zip-syntax']);
    const other = zip([{ name: 'notes.txt', data: Buffer.from('hello') }]);
    expect(readTopologyBuilderFile('other.zip', other).diagnostics.map((d) => [d.code, d.severity])).toEqual([['topology-builder/no-topology', 'info']]);
  });
});

describe('malformed documents', () => {
  it('reports a syntax error at its line and column and keeps what was read before it', () => {
    const broken = TBXML.replace('<Machine Fqdn="fe2.contoso.com" />', '<Machine Fqdn="fe2.contoso.com" >');
    const result = read('broken.tbxml', broken);
    const syntax = result.diagnostics.filter((d) => d.code === 'topology-builder/xml-syntax');
    expect(syntax.length).toBeGreaterThan(0);
    expect([syntax[0].line, syntax[0].severity]).toEqual([21, 'error']);
    expect(result.nodes.topologies[0].sipDomains.map((d) => d.value)).toEqual(['contoso.com', 'fabrikam.com']);
  });

  it('warns at the value of an attribute that is not an FQDN, address or port, and leaves the value out', () => {
    const text = TBXML.replace('Fqdn="fe1.contoso.com"', 'Fqdn="fe 1"').replace('IPAddress="10.1.0.5"', 'IPAddress="10.1.0.500"').replace('Port="444"', 'Port="70000"').replace('ActiveUrl="https://meet.contoso.com"', 'ActiveUrl="ftp://meet"');
    const result = read('bad.tbxml', text);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['topology-builder/bad-fqdn', 'warning', 19, 32],
      ['topology-builder/bad-address', 'warning', 26, 89],
      ['topology-builder/bad-port', 'warning', 49, 120],
      ['topology-builder/bad-url', 'warning', 10, 69],
    ]);
    const topology = only(result);
    expect(topology.pools[0].servers.map((s) => s.fqdn.value)).toEqual(['pool.contoso.com', 'fe2.contoso.com']);
    expect(topology.edges[0].external.webConferencing?.port).toBeUndefined();
    expect(topology.simpleUrls.meet).toEqual([]);
  });

  it('refuses a DOCTYPE that declares entities', () => {
    const result = read('bomb.tbxml', '<!DOCTYPE t [<!ENTITY a "aaaa">]>\n<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">&a;</Topology>');
    expect(result.nodes.topologies).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toContain('topology-builder/xml-doctype-entity');
  });

  it('reads UTF-16 with a byte-order mark, as PowerShell\'s Out-File writes it', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PUBLISHED, 'utf16le')]);
    expect(only(read('topology.xml', utf16)).pools.map((p) => at(p.fqdn))).toEqual(['dir.contoso.com@9:14', 'med.contoso.com@13:14']);
  });

  it('never throws on arbitrary text or bytes, and every diagnostic is at a line of the input', () => {
    const check = (bytes: Uint8Array) => {
      const result = readTopologyBuilderFile('x.tbxml', bytes);
      const lines = Buffer.from(bytes).toString('utf8').split(/\r\n|\r|\n/).length + 1;
      for (const d of result.diagnostics) expect(d.line).toBeLessThanOrEqual(Math.max(lines, 1));
    };
    fc.assert(fc.property(fc.string(), (text) => check(Buffer.from(text, 'utf8'))), { numRuns: 300, seed: 19 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => check(bytes)), { numRuns: 300, seed: 20 });
    const pieces = ['<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">', '</Topology>', '<Clusters>', '<Cluster Fqdn="a.b.c">', '<ClusterId SiteId="1" Number="1"/>', '</Cluster>', '</Clusters>', '<Services>', '<Service><ServiceId RoleName="EdgeServer"/><InstalledOn><ClusterId SiteId="1" Number="1"/></InstalledOn>', '<Port Owner="urn:component:AccessEdge" Usage="SipClient" InterfaceSide="External" Port="x" ConfiguredFqdn="y"/>', '</Service>', '</Services>', '&lt;Topology', '"', '<', '>'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => check(Buffer.from(parts.join(''), 'utf8'))), { numRuns: 300, seed: 21 });
  });
});

describe('recognising', () => {
  const head = (fileName: string, text: string): FileHead => ({ fileName, text, bytes: Buffer.from(text), binary: false, cut: false });

  it('reads the document element past the declaration, comments and DOCTYPE', () => {
    expect(documentElement('\ufeff<?xml version="1.0"?>\n<!-- saved -->\n<!DOCTYPE x>\n<t:Topology xmlns="urn:a" xmlns:t="urn:b">')).toEqual({ name: 't:Topology', xmlns: 'urn:a' });
    expect(documentElement('no xml')).toBeUndefined();
  });

  it('takes Topology Builder\'s roots in their namespaces and configuration document sets, not other XML', () => {
    expect(isTopologyXml(head('a.xml', TBXML))).toBe(true);
    expect(isTopologyXml(head('a.xml', PUBLISHED))).toBe(true);
    expect(isTopologyXml(head('DocItemSet.xml', '<DocItemSet xmlns="urn:schema:Microsoft.Rtc.Management.Xds.AppLayer.2008">'))).toBe(true);
    expect(isTopologyXml(head('a.xml', '<Topology xmlns="urn:other">'))).toBe(false);
    expect(isTopologyXml(head('a.xml', '<VPNProfile><RoutingPolicyType>SplitTunnel</RoutingPolicyType></VPNProfile>'))).toBe(false);
    expect(isConfigurationArchive(head('a.zip', 'PK\u0003\u0004 notes.txt'))).toBe(false);
  });
});
