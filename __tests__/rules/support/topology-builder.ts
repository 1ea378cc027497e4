/**
 * Topology Builder documents for rule tests, in the shape Topology Builder saves (`.tbxml`): a
 * Front End pool and an Edge pool whose services take their FQDNs, addresses and ports from the
 * options. Lines are fixed: the Access Edge's client port is on line ACCESS_PORT_LINE.
 */
const T = 'xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"';
const R = 'xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008"';

export interface TbxmlOptions {
  domains?: string[];
  pool?: string;
  frontEnds?: string[];
  edge?: string;
  access?: { fqdn: string; ip: string; port: number };
  webConferencing?: { fqdn: string; ip: string; port: number };
  av?: { fqdn: string; ip: string; port: number };
  webExternal?: string;
}

/** Line of the Access Edge's `SipClient` port in `tbxml()`. */
export const ACCESS_PORT_LINE = 31;
/** Line of the pool's `Fqdn` in `tbxml()`. */
export const POOL_LINE = 11;
/** Line of the first `InternalDomain` in `tbxml()`. */
export const DOMAIN_LINE = 6;

export function tbxml(options: TbxmlOptions = {}): string {
  const domains = options.domains ?? ['contoso.com'];
  const access = options.access ?? { fqdn: 'sip.contoso.com', ip: '131.107.0.10', port: 443 };
  const web = options.webConferencing ?? { fqdn: 'webconf.contoso.com', ip: '131.107.0.11', port: 443 };
  const av = options.av ?? { fqdn: 'av.contoso.com', ip: '131.107.0.12', port: 443 };
  const frontEnds = (options.frontEnds ?? ['fe1.contoso.com', 'fe2.contoso.com']).map((fqdn) => `<Machine Fqdn="${fqdn}" />`).join('');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008">',
    '  <NewTopology>',
    '    <PartialTopology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008">',
    `      <InternalDomains DefaultDomain="${domains[0]}" ${T}>`,
    `        <InternalDomain Name="${domains.join('" /><InternalDomain Name="')}" />`,
    '      </InternalDomains>',
    '      <CentralSites>',
    '        <CentralSite SiteId="1">',
    '          <Clusters>',
    `            <Cluster UniqueId="aaaa" Fqdn="${options.pool ?? 'pool.contoso.com'}">`,
    `              <Machines>${frontEnds}</Machines>`,
    '            </Cluster>',
    `            <Cluster UniqueId="bbbb" Fqdn="${options.edge ?? 'edge-int.contoso.com'}" IsSingleMachineOnly="true">`,
    `              <Machines><Machine Fqdn="${options.edge ?? 'edge-int.contoso.com'}">`,
    `                <NetInterface InterfaceSide="External" InterfaceNumber="1" IPAddress="${access.ip}" ${T} />`,
    `                <NetInterface InterfaceSide="External" InterfaceNumber="2" IPAddress="${web.ip}" ${T} />`,
    `                <NetInterface InterfaceSide="External" InterfaceNumber="3" IPAddress="${av.ip}" ${T} />`,
    '              </Machine></Machines>',
    '            </Cluster>',
    '          </Clusters>',
    '        </CentralSite>',
    '      </CentralSites>',
    '      <Services>',
    '        <Service RoleName="Registrar" InstalledOn="aaaa" ServiceVersion="7" />',
    '        <Service RoleName="WebServices" InstalledOn="aaaa" ServiceVersion="7">',
    `          <WebService ${R}><ExternalSettings Host="${options.webExternal ?? 'webext.contoso.com'}" /></WebService>`,
    '        </Service>',
    '        <Service RoleName="EdgeServer" InstalledOn="bbbb" ServiceVersion="7">',
    `          <Ports ${R}>`,
    `            <Port Owner="urn:component:AccessEdge" Usage="SipClient" InterfaceSide="External" InterfaceNumber="1" Port="${access.port}" Protocol="Tls" ConfiguredFqdn="${access.fqdn}" />`,
    `            <Port Owner="urn:component:DataEdge" Usage="PsomClient" InterfaceSide="External" InterfaceNumber="2" Port="${web.port}" Protocol="Tls" ConfiguredFqdn="${web.fqdn}" />`,
    `            <Port Owner="urn:component:MediaRelayEdge" Usage="TURNServer" InterfaceSide="External" InterfaceNumber="3" Port="${av.port}" Protocol="Tcp" ConfiguredFqdn="${av.fqdn}" />`,
    '          </Ports>',
    '        </Service>',
    '      </Services>',
    '    </PartialTopology>',
    '  </NewTopology>',
    '</TopologyBuilder>',
    '',
  ].join('\n');
}
