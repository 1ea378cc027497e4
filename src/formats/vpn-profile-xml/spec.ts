/**
 * What uclint reads of an Always On VPN profile, whichever way it is written: a ProfileXML
 * document (`<VPNProfile>`, in a file, escaped inside a SyncML `<Data>`, or in a PowerShell
 * string), or the VPNv2 CSP's nodes one by one (`./Vendor/MSFT/VPNv2/<name>/RouteList/0/Address`
 * in a SyncML export). Both are turned into this one shape, each value with where it is written,
 * and `profile.ts` turns the shape into the model's VPN profile.
 *
 * Element and node names follow the VPNv2 configuration service provider's reference and the
 * ProfileXML schema ("VPNv2 CSP", "ProfileXML XSD"); names are matched without regard to case,
 * as the CSP reads them.
 */
import type { SourceRange } from '../../core/types.js';
import type { XmlElement } from '../../languages/xml/index.js';

/** A value as written (trimmed), and where. */
export interface ValueAt {
  text: string;
  loc: SourceRange;
  /** The element (or SyncML command) that holds the value, when it is not `loc`: where a finding about the setting goes. */
  at?: SourceRange;
}

export interface RouteSpec {
  /** The `<Route>` element (or the first node of a CSP route row). */
  loc: SourceRange;
  address?: ValueAt;
  prefixSize?: ValueAt;
  exclusionRoute?: ValueAt;
}

export interface DomainNameInformationSpec {
  loc: SourceRange;
  domainName?: ValueAt;
  dnsServers?: ValueAt;
}

export interface ProfileSpec {
  /** The `<VPNProfile>` element, or the SyncML command that holds the first of the CSP's nodes. */
  loc: SourceRange;
  /** `ProfileName`, or the CSP node's name (unescaped from its URI). */
  name?: ValueAt;
  /** `NativeProfile` is written: Windows' own VPN client. */
  native: boolean;
  /** `PluginProfile` is written: a third-party VPN client whose server decides the routing. */
  plugin?: SourceRange;
  routingPolicyType?: ValueAt;
  deviceTunnel?: ValueAt;
  servers: ValueAt[];
  dnsSuffix: ValueAt[];
  domainNameInformation: DomainNameInformationSpec[];
  routes: RouteSpec[];
}

/** Children of `element` whose local name is `local`, whatever its case. */
function children(element: XmlElement, local: string): XmlElement[] {
  const lower = local.toLowerCase();
  return element.children.filter((child) => child.local.toLowerCase() === lower);
}

function child(element: XmlElement, local: string): XmlElement | undefined {
  return children(element, local)[0];
}

/** The text of an element, trimmed, at the range of its text (or of the element when it is empty). */
function valueOf(element: XmlElement | undefined): ValueAt | undefined {
  if (!element) return undefined;
  const text = element.text?.value ?? '';
  const trimmed = text.trim();
  return { text: trimmed, loc: element.text && trimmed !== '' ? element.text.loc : element.loc, at: element.loc };
}

function valuesOf(elements: readonly XmlElement[]): ValueAt[] {
  const out: ValueAt[] = [];
  for (const element of elements) {
    const value = valueOf(element);
    if (value) out.push(value);
  }
  return out;
}

/** True when the element is a ProfileXML document element. */
export function isVpnProfileElement(element: XmlElement | undefined): boolean {
  return element !== undefined && element.local.toLowerCase() === 'vpnprofile';
}

/** The shape of a `<VPNProfile>` element. */
export function specOfElement(root: XmlElement): ProfileSpec {
  const native = child(root, 'NativeProfile');
  const plugin = child(root, 'PluginProfile');
  const spec: ProfileSpec = {
    loc: root.loc,
    native: native !== undefined,
    servers: native ? valuesOf(children(native, 'Servers')) : [],
    dnsSuffix: valuesOf(children(root, 'DnsSuffix')),
    domainNameInformation: children(root, 'DomainNameInformation').map((dni) => ({ loc: dni.loc, domainName: valueOf(child(dni, 'DomainName')), dnsServers: valueOf(child(dni, 'DnsServers')) })),
    routes: children(root, 'Route').map((route) => ({
      loc: route.loc,
      address: valueOf(child(route, 'Address')),
      prefixSize: valueOf(child(route, 'PrefixSize')),
      exclusionRoute: valueOf(child(route, 'ExclusionRoute')),
    })),
  };
  const name = valueOf(child(root, 'ProfileName'));
  if (name) spec.name = name;
  if (plugin) spec.plugin = plugin.loc;
  const routing = native && valueOf(child(native, 'RoutingPolicyType'));
  if (routing) spec.routingPolicyType = routing;
  const device = valueOf(child(root, 'DeviceTunnel'));
  if (device) spec.deviceTunnel = device;
  return spec;
}

/** One node of the VPNv2 CSP as a SyncML command sets it: its path under the profile, lower case, and its data. */
export interface CspNode {
  /** Segments after `VPNv2/<name>/`, lower case: `['routelist', '0', 'address']`. */
  path: string[];
  /** The `<Data>`, trimmed (empty when the command has none). */
  value: ValueAt;
  /** The command (`<Add>`, `<Replace>`) that sets it. */
  loc: SourceRange;
}

/** The shape of a profile written node by node (`nodes` in document order, all of one profile). */
export function specOfCspNodes(name: ValueAt, nodes: readonly CspNode[]): ProfileSpec {
  const spec: ProfileSpec = { loc: nodes[0].loc, name, native: false, servers: [], dnsSuffix: [], domainNameInformation: [], routes: [] };
  const routes = new Map<string, RouteSpec>();
  const names = new Map<string, DomainNameInformationSpec>();
  for (const node of nodes) {
    const [first, second, third] = node.path;
    if (first === 'nativeprofile') {
      spec.native = true;
      if (second === 'servers') spec.servers.push(node.value);
      else if (second === 'routingpolicytype') spec.routingPolicyType = node.value;
    } else if (first === 'pluginprofile') spec.plugin ??= node.loc;
    else if (first === 'devicetunnel') spec.deviceTunnel = node.value;
    else if (first === 'dnssuffix') spec.dnsSuffix.push(node.value);
    else if (first === 'routelist' && second !== undefined && third !== undefined) {
      let route = routes.get(second);
      if (!route) routes.set(second, (route = { loc: node.loc }));
      if (third === 'address') route.address = node.value;
      else if (third === 'prefixsize') route.prefixSize = node.value;
      else if (third === 'exclusionroute') route.exclusionRoute = node.value;
    } else if (first === 'domainnameinformationlist' && second !== undefined && third !== undefined) {
      let dni = names.get(second);
      if (!dni) names.set(second, (dni = { loc: node.loc }));
      if (third === 'domainname') dni.domainName = node.value;
      else if (third === 'dnsservers') dni.dnsServers = node.value;
    }
  }
  spec.routes = [...routes.values()];
  spec.domainNameInformation = [...names.values()];
  return spec;
}
