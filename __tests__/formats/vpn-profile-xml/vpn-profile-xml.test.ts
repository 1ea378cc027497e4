/**
 * Always On VPN ProfileXML as a format: a `<VPNProfile>` file, a VPNv2 SyncML export (the
 * profile escaped in `<Data>`, or node by node), recognised by content among XML files; each
 * route and the routing policy at their element; values Windows refuses are diagnostics at their
 * line and column; the vpn rules report at the element at fault.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lint, type LintResult } from '../../../src/lint.js';
import { readProfileXmlFile } from '../../../src/formats/vpn-profile-xml/load.js';
import { looksLikeVpnProfileXml } from '../../../src/formats/vpn-profile-xml/recognise.js';
import type { VpnProfile } from '../../../src/model/network.js';
import { scratchTree } from '../../helpers/scratch-tree.js';

const tree = scratchTree('uclint-profilexml-');

const shown = (result: LintResult) => result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
const routes = (list: VpnProfile['include']) => list.map((a) => `${a.text}@${a.loc.line}:${a.loc.column}`);
const diagnostics = (text: string, file = 'vpn/profile.xml') => readProfileXmlFile(text, file).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

/**
 * A user tunnel as "Optimize Microsoft 365 traffic for remote workers with the native Windows VPN
 * client" documents it: a forced tunnel whose exclusion routes are the Optimize ranges.
 */
const FORCE_TUNNEL = `<?xml version="1.0" encoding="utf-8"?>
<!-- Contoso remote users: forced tunnel, Teams media outside it -->
<VPNProfile>
  <ProfileName>Contoso AOVPN</ProfileName>
  <DnsSuffix>corp.contoso.com</DnsSuffix>
  <NativeProfile>
    <Servers>vpn.contoso.com;vpn.contoso.com</Servers>
    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
  </NativeProfile>
  <Route>
    <Address>52.112.0.0</Address>
    <PrefixSize>14</PrefixSize>
    <ExclusionRoute>true</ExclusionRoute>
  </Route>
  <Route>
    <Address>52.122.0.0</Address>
    <PrefixSize>15</PrefixSize>
    <ExclusionRoute>true</ExclusionRoute>
  </Route>
  <Route>
    <Address>2603:1063::</Address>
    <PrefixSize>38</PrefixSize>
    <ExclusionRoute>true</ExclusionRoute>
  </Route>
  <DomainNameInformation>
    <DomainName>.corp.contoso.com</DomainName>
    <DnsServers>10.0.0.53,10.0.1.53</DnsServers>
  </DomainNameInformation>
</VPNProfile>
`;

/** A device tunnel: split, host routes to the domain controllers. */
const DEVICE_TUNNEL = `<VPNProfile>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
  </NativeProfile>
  <DeviceTunnel>true</DeviceTunnel>
  <Route>
    <Address>10.0.0.10</Address>
    <PrefixSize>32</PrefixSize>
  </Route>
</VPNProfile>
`;

const escape = (xml: string) => xml.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** An Intune-style SyncML message: the ProfileXML escaped in the `<Data>` of its node. */
const SYNCML = `<SyncML xmlns="SYNCML:SYNCML1.2">
  <SyncBody>
    <Atomic>
      <CmdID>1</CmdID>
      <Replace>
        <CmdID>2</CmdID>
        <Item>
          <Target><LocURI>./User/Vendor/MSFT/VPNv2/Contoso%20AOVPN/ProfileXML</LocURI></Target>
          <Meta><Format xmlns="syncml:metinf">chr</Format></Meta>
          <Data>${escape(DEVICE_TUNNEL.replace('<Address>10.0.0.10</Address>', '<Address>10.0.0.10</Address>').trimEnd())}</Data>
        </Item>
      </Replace>
    </Atomic>
    <Final/>
  </SyncBody>
</SyncML>
`;

/** The same settings node by node, as the VPNv2 CSP's reference writes them. */
const CSP_NODES = `<SyncML xmlns="SYNCML:SYNCML1.2">
  <SyncBody>
    <Add>
      <CmdID>1</CmdID>
      <Item><Target><LocURI>./Vendor/MSFT/VPNv2/Teams%20VPN/NativeProfile/Servers</LocURI></Target><Data>vpn.contoso.com</Data></Item>
    </Add>
    <Add>
      <CmdID>2</CmdID>
      <Item><Target><LocURI>./Vendor/MSFT/VPNv2/Teams%20VPN/NativeProfile/RoutingPolicyType</LocURI></Target><Data>ForceTunnel</Data></Item>
    </Add>
    <Add>
      <CmdID>3</CmdID>
      <Item><Target><LocURI>./Vendor/MSFT/VPNv2/Teams%20VPN/RouteList/0/Address</LocURI></Target><Data>52.112.0.0</Data></Item>
    </Add>
    <Add>
      <CmdID>4</CmdID>
      <Item><Target><LocURI>./Vendor/MSFT/VPNv2/Teams%20VPN/RouteList/0/PrefixSize</LocURI></Target><Data>14</Data></Item>
    </Add>
    <Add>
      <CmdID>5</CmdID>
      <Item><Target><LocURI>./Vendor/MSFT/VPNv2/Teams%20VPN/RouteList/0/ExclusionRoute</LocURI></Target><Data>true</Data></Item>
    </Add>
  </SyncBody>
</SyncML>
`;

describe('reading ProfileXML', () => {
  it('reads a forced tunnel: the routing policy at its element, each exclusion at its <Route>, servers and DNS', () => {
    const read = readProfileXmlFile(FORCE_TUNNEL, 'vpn/user.xml');
    expect(read.diagnostics).toEqual([]);
    const [profile] = read.profiles;
    expect([profile.name, profile.source, profile.tunnelKind, profile.tunnel?.value]).toEqual(['Contoso AOVPN', 'profile-xml', 'user', 'full']);
    expect(profile.tunnel?.loc).toEqual({ file: 'vpn/user.xml', line: 8, column: 5, endLine: 8, endColumn: 55 });
    expect(routes(profile.include)).toEqual([]);
    expect(routes(profile.exclude)).toEqual(['52.112.0.0/14@11:3', '52.122.0.0/15@16:3', '2603:1063::/38@21:3']);
    expect(profile.exclude[0].loc.endLine).toBe(15);
    expect(profile.endpoints.map((e) => `${e.value}@${e.loc.line}`)).toEqual(['vpn.contoso.com@7']);
    expect(profile.dns?.servers.map((s) => s.text)).toEqual(['10.0.0.53', '10.0.1.53']);
    expect(profile.dns?.suffixes.map((s) => s.value)).toEqual(['corp.contoso.com']);
    expect(read.comments).toEqual([{ start: FORCE_TUNNEL.indexOf('<!--'), end: FORCE_TUNNEL.indexOf('-->') + 3 }]);
  });

  it('reads a device tunnel as a split tunnel of its routes; the file name names a profile without ProfileName', () => {
    const [profile] = readProfileXmlFile(DEVICE_TUNNEL, 'vpn/device.xml').profiles;
    expect([profile.name, profile.tunnelKind, profile.tunnel?.value]).toEqual(['device.xml', 'device', 'split']);
    expect(routes(profile.include)).toEqual(['10.0.0.10/32@7:3']);
  });

  it('reads the ProfileXML escaped in a SyncML <Data>, each element at its escape in the file', () => {
    const read = readProfileXmlFile(SYNCML, 'intune/vpn.syncml.xml');
    expect(read.diagnostics).toEqual([]);
    const [profile] = read.profiles;
    expect([profile.name, profile.tunnelKind, profile.tunnel?.value]).toEqual(['Contoso AOVPN', 'device', 'split']);
    const line = SYNCML.split('\n').findIndex((l) => l.includes('&lt;Route&gt;')) + 1;
    expect(routes(profile.include)).toEqual([`10.0.0.10/32@${line}:3`]);
    expect(profile.tunnel?.loc.line).toBe(SYNCML.split('\n').findIndex((l) => l.includes('RoutingPolicyType')) + 1);
  });

  it('reads a profile set node by node (RouteList, NativeProfile) under its unescaped name', () => {
    const [profile] = readProfileXmlFile(CSP_NODES, 'intune/nodes.xml').profiles;
    expect([profile.name, profile.tunnel?.value, profile.tunnel?.loc.line]).toEqual(['Teams VPN', 'full', 7]);
    // It routes no IPv6: whether IPv6 enters the tunnel is the VPN server's, so IPv6 is left out and noted.
    expect(routes(profile.exclude)).toEqual(['52.112.0.0/14@11:5', 'IPv6 (the profile routes no IPv6; the VPN server decides)@7:5']);
    expect(profile.endpoints.map((e) => e.value)).toEqual(['vpn.contoso.com']);
  });

  it('notes a native profile that leaves the routing policy to Windows, and a plug-in profile', () => {
    const native = readProfileXmlFile('<VPNProfile>\n  <NativeProfile><Servers>vpn.contoso.com</Servers></NativeProfile>\n</VPNProfile>', 'a.xml');
    expect(native.notes.map((n) => `${n.loc.line} ${n.expression}`)).toEqual(['1 RoutingPolicyType']);
    expect(native.profiles[0].tunnel).toBeUndefined();
    const plugin = readProfileXmlFile('<VPNProfile>\n  <PluginProfile><ServerUrlList>vpn.contoso.com</ServerUrlList></PluginProfile>\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>', 'b.xml');
    expect(plugin.notes.map((n) => `${n.loc.line} ${n.expression}`)).toEqual(['2 PluginProfile']);
    expect(routes(plugin.profiles[0].include)).toEqual(['10.0.0.0/8@3:3']);
  });
});

describe('values Windows refuses, and broken XML', () => {
  const profile = (route: string) => `<VPNProfile>\n  <NativeProfile><RoutingPolicyType>SplitTunnel</RoutingPolicyType></NativeProfile>\n  ${route}\n  <Route><Address>10.1.0.0</Address><PrefixSize>16</PrefixSize></Route>\n</VPNProfile>`;

  it.each([
    ['a prefix of 33 on IPv4', '<Route><Address>10.0.0.0</Address><PrefixSize>33</PrefixSize></Route>', "3:49 vpn-profile-xml/bad-prefix PrefixSize '33' is not a prefix length of an IPv4 address (0 to 32); the route is not read"],
    ['an address that is not one', '<Route><Address>10.0.0.300</Address><PrefixSize>8</PrefixSize></Route>', "3:19 vpn-profile-xml/bad-address Address '10.0.0.300' is not an IPv4 or IPv6 address (the prefix goes in PrefixSize); the route is not read"],
    ['a prefix in the address', '<Route><Address>10.0.0.0/8</Address><PrefixSize>8</PrefixSize></Route>', "3:19 vpn-profile-xml/bad-address Address '10.0.0.0/8' is not an IPv4 or IPv6 address (the prefix goes in PrefixSize); the route is not read"],
    ['host bits set', '<Route><Address>172.16.1.0</Address><PrefixSize>8</PrefixSize></Route>', "3:19 vpn-profile-xml/bad-address Route '172.16.1.0/8' has host bits set: the network is 172.0.0.0/8, or 172.16.1.0/24 was meant; the route is not read"],
    ['a route without its prefix', '<Route><Address>10.0.0.0</Address></Route>', '3:3 vpn-profile-xml/missing-value the Route to 10.0.0.0 has no PrefixSize; the route is not read'],
    ['a route without its address', '<Route><PrefixSize>8</PrefixSize></Route>', '3:3 vpn-profile-xml/missing-value a Route without its Address; the route is not read'],
    ['an ExclusionRoute that is not a boolean', '<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize><ExclusionRoute>yes</ExclusionRoute></Route>', "3:79 vpn-profile-xml/bad-value ExclusionRoute is 'yes'; it takes true or false"],
  ])('%s is a diagnostic at its value, and the other routes are read', (_name, route, expected) => {
    const text = profile(route);
    expect(diagnostics(text)).toEqual([expected]);
    expect(readProfileXmlFile(text, 'p.xml').profiles[0].include.map((a) => a.text)).toContain('10.1.0.0/16');
  });

  it('an unknown routing policy is a diagnostic, and the profile is judged by its routes', () => {
    const text = '<VPNProfile>\n  <NativeProfile><RoutingPolicyType>FullTunnel</RoutingPolicyType></NativeProfile>\n</VPNProfile>';
    expect(diagnostics(text)).toEqual(["2:37 vpn-profile-xml/bad-value RoutingPolicyType is 'FullTunnel'; it is SplitTunnel or ForceTunnel, so the routing policy is not known"]);
  });

  it('malformed XML is a diagnostic at its line and column, and what was read before it is kept', () => {
    const text = '<VPNProfile>\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n  <Route><Address>10.1.0.0</Address>\n</VPNProfile>';
    const read = readProfileXmlFile(text, 'broken.xml');
    expect(read.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['4:13 vpn-profile-xml/xml-syntax', '3:3 vpn-profile-xml/missing-value']);
    expect(read.profiles[0].include.map((a) => a.text)).toEqual(['10.0.0.0/8']);
  });

  it('broken escaped XML in SyncML is a diagnostic in the outer file', () => {
    const text = SYNCML.replace('&lt;/DeviceTunnel&gt;', '&lt;/Device&gt;');
    const read = readProfileXmlFile(text, 's.xml');
    const line = text.split('\n').findIndex((l) => l.includes('&lt;/Device&gt;')) + 1;
    expect(read.diagnostics[0]).toMatchObject({ line, code: 'vpn-profile-xml/xml-syntax' });
  });

  it('never throws on arbitrary text, and every range is inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom(FORCE_TUNNEL, SYNCML, CSP_NODES).chain((base) => fc.tuple(fc.nat(base.length), fc.nat(40), fc.string({ maxLength: 20 })).map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut)))), (text) => {
        const read = readProfileXmlFile(text, 'f.xml');
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const range of [...read.diagnostics, ...read.profiles.flatMap((p) => [p.loc, ...p.include.map((a) => a.loc), ...p.exclude.map((a) => a.loc)])]) {
          expect(range.line).toBeGreaterThanOrEqual(1);
          expect(range.endLine).toBeLessThanOrEqual(lines);
        }
      }),
      { seed: 18, numRuns: 300 },
    );
  });

  it('reads many routes in time near-linear in their number', () => {
    const many = (n: number) => `<VPNProfile><NativeProfile><RoutingPolicyType>ForceTunnel</RoutingPolicyType></NativeProfile>\n${Array.from({ length: n }, (_, i) => `<Route><Address>10.${(i >> 8) & 255}.${i & 255}.0</Address><PrefixSize>24</PrefixSize><ExclusionRoute>true</ExclusionRoute></Route>`).join('\n')}\n</VPNProfile>`;
    const time = (n: number) => {
      const start = performance.now();
      const read = readProfileXmlFile(many(n), 'big.xml');
      expect(read.profiles[0].exclude).toHaveLength(n + 1);
      return performance.now() - start;
    };
    time(2000);
    expect(time(40_000) / Math.max(time(4000), 1)).toBeLessThan(40);
  });
});

describe('recognising', () => {
  it('claims XML whose document element is VPNProfile, and SyncML that sets VPNv2 nodes; no other XML', () => {
    expect(looksLikeVpnProfileXml(FORCE_TUNNEL)).toBe(true);
    expect(looksLikeVpnProfileXml(SYNCML)).toBe(true);
    expect(looksLikeVpnProfileXml('<SyncML><SyncBody><Add><Item><Target><LocURI>./Vendor/MSFT/Policy/Config/Browser</LocURI></Target></Item></Add></SyncBody></SyncML>')).toBe(false);
    expect(looksLikeVpnProfileXml('<?xml version="1.0"?>\n<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"/>')).toBe(false);
    expect(looksLikeVpnProfileXml('<project><VPNProfile/></project>')).toBe(false);
  });
});

describe('ProfileXML through lint()', () => {
  it('a forced tunnel with the Optimize exclusions raises nothing in a Teams estate; other XML is not read', async () => {
    tree.write('vpn/user-tunnel.xml', FORCE_TUNNEL);
    tree.write('vpn/device-tunnel.xml', DEVICE_TUNNEL);
    tree.write('build/pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>');
    tree.write('.uclint.yml', 'settings:\n  product: teams\n');
    const result = await lint({ cwd: tree.dir });
    expect(result.files.map((f) => [f.file, f.kind])).toEqual([
      ['vpn/device-tunnel.xml', 'vpn-profile-xml'],
      ['vpn/user-tunnel.xml', 'vpn-profile-xml'],
    ]);
    expect(shown(result)).toEqual([]);
  });

  it('reports a forced tunnel without the Optimize exclusions at <RoutingPolicyType>, and an Optimize range routed in at its <Route>', async () => {
    tree.write('vpn/user-tunnel.xml', FORCE_TUNNEL.replace(/<Route>\s*<Address>52\.122[\s\S]*?<\/Route>\s*/, ''));
    tree.write(
      'vpn/split.xml',
      '<VPNProfile>\n  <NativeProfile>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n  </Route>\n  <Route>\n    <Address>52.112.0.0</Address>\n    <PrefixSize>14</PrefixSize>\n  </Route>\n</VPNProfile>\n',
    );
    tree.write('.uclint.yml', 'settings:\n  product: teams\n');
    const result = await lint({ cwd: tree.dir, onlyRules: ['vpn/split-tunnel', 'vpn/m365-optimize-excluded'] });
    expect(shown(result)).toEqual([
      'vpn/split.xml:9:3 vpn/m365-optimize-excluded VPN profile split.xml routes Microsoft 365 Optimize ranges 52.112.0.0/14 (list of 2026-08-14 (endpoint set 11)) into the tunnel; exclude them so Teams media bypasses the VPN',
      'vpn/user-tunnel.xml:8:5 vpn/m365-optimize-excluded VPN profile Contoso AOVPN routes Microsoft 365 Optimize ranges 52.122.0.0/15 (list of 2026-08-14 (endpoint set 11)) into the tunnel; exclude them so Teams media bypasses the VPN',
      'vpn/user-tunnel.xml:8:5 vpn/split-tunnel VPN profile Contoso AOVPN is a full tunnel (RoutingPolicyType ForceTunnel) that does not exclude the Microsoft 365 Optimize ranges; calls of remote users would go through the tunnel',
    ]);
  });

  it('a forced tunnel excluding the IPv4 Optimize ranges and routing no IPv6 raises nothing, and notes IPv6', async () => {
    // "Optimize Microsoft 365 traffic for remote workers with the native Windows VPN client": IPv4 exclusion routes only.
    tree.write('vpn/user-tunnel.xml', FORCE_TUNNEL.replace(/<Route>\s*<Address>2603[\s\S]*?<\/Route>\s*/, ''));
    tree.write('.uclint.yml', 'settings:\n  product: teams\n');
    const result = await lint({ cwd: tree.dir });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity}`)).toEqual(['vpn/user-tunnel.xml:8 parse/vpn-profile-xml info']);
  });

  it('reports a value Windows refuses as a diagnostic of the file, and the run goes on', async () => {
    tree.write('vpn/user-tunnel.xml', FORCE_TUNNEL.replace('<PrefixSize>15</PrefixSize>', '<PrefixSize>33</PrefixSize>'));
    tree.write('vpn/device-tunnel.xml', DEVICE_TUNNEL);
    const result = await lint({ cwd: tree.dir });
    expect(result.findings.filter((f) => f.ruleId.startsWith('parse/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['vpn/user-tunnel.xml:18:17 parse/vpn-profile-xml']);
    expect(result.estate?.vpnProfiles.map((p) => p.name)).toEqual(['device-tunnel.xml', 'Contoso AOVPN']);
  });
});
