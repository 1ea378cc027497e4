/**
 * An Always On VPN profile's shape (`spec.ts`) into the model's VPN profile: `RoutingPolicyType`
 * `ForceTunnel` is a full tunnel at that element, each `Route` enters the tunnel or, with
 * `ExclusionRoute` true, bypasses it, at the `<Route>` element. A value Windows would refuse (a
 * prefix over 32 on IPv4, an address that is not one, a network with host bits set) is a
 * diagnostic at its line and column, and the route is left out; the rest is read.
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import { addressRange, parseAddressSpec } from '../../model/ip-ranges.js';
import type { SitedAddress, VpnProfile } from '../../model/network.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { shown } from '../shared/line-text.js';
import type { ProfileSpec, RouteSpec, ValueAt } from './spec.js';

export interface ProfileRead {
  profile: VpnProfile;
  diagnostics: Diagnostic[];
  notes: NotCheckedNote[];
}

export interface ProfileReadOptions {
  file: string;
  /** The format whose diagnostics (`<format>/bad-prefix`) and notes these are. */
  format: string;
  /** The name when the profile does not say (`ProfileName`): the file's, or the script's `$ProfileName`. */
  fallbackName: string;
}

/** Values a ProfileXML boolean takes (`true`, `false`, in any case, as the CSP reads them). */
function booleanOf(value: ValueAt, what: string, report: Report): boolean | undefined {
  const lower = value.text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  report('bad-value', `${what} is '${shown(value.text)}'; it takes true or false`, value.loc);
  return undefined;
}

type Report = (code: string, message: string, loc: SourceRange, severity?: Diagnostic['severity']) => void;

/** Never throws. */
export function profileOfSpec(spec: ProfileSpec, options: ProfileReadOptions): ProfileRead {
  const diagnostics: Diagnostic[] = [];
  const notes: NotCheckedNote[] = [];
  const report: Report = (code, message, loc, severity = 'error') => diagnostics.push({ ...loc, severity, code: `${options.format}/${code}`, message });
  const profile: VpnProfile = {
    file: options.file,
    loc: spec.loc,
    source: 'profile-xml',
    name: spec.name && spec.name.text !== '' ? spec.name.text : options.fallbackName,
    clientSubnets: [],
    include: [],
    exclude: [],
    endpoints: [],
  };
  const device = spec.deviceTunnel && booleanOf(spec.deviceTunnel, 'DeviceTunnel', report);
  profile.tunnelKind = device === true ? 'device' : 'user';

  const routing = spec.routingPolicyType;
  if (routing) {
    const lower = routing.text.toLowerCase();
    if (lower === 'forcetunnel') profile.tunnel = { value: 'full', loc: routing.at ?? routing.loc };
    else if (lower === 'splittunnel') profile.tunnel = { value: 'split', loc: routing.at ?? routing.loc };
    else report('bad-value', `RoutingPolicyType is '${shown(routing.text)}'; it is SplitTunnel or ForceTunnel, so the routing policy is not known`, routing.loc);
  } else if (spec.native) {
    notes.push({ format: options.format, loc: spec.loc, expression: 'RoutingPolicyType', reason: `is not written in profile ${profile.name}, so Windows' default routing policy applies; the tunnel is judged by its routes alone` });
  } else if (spec.plugin) {
    notes.push({ format: options.format, loc: spec.plugin, expression: 'PluginProfile', reason: `is a third-party VPN client's profile (${profile.name}), whose server decides what enters the tunnel; only the routes written here are judged` });
  }

  for (const route of spec.routes) {
    const address = routeAddress(route, report);
    if (!address) continue;
    const exclusion = route.exclusionRoute && booleanOf(route.exclusionRoute, 'ExclusionRoute', report);
    (exclusion === true ? profile.exclude : profile.include).push(address);
  }

  // IPv6 enters a forced tunnel only when the VPN server gives the client an IPv6 address, which
  // the profile does not say; a profile that routes no IPv6 at all gives no sign that it does.
  if (profile.tunnel?.value === 'full' && ![...profile.include, ...profile.exclude].some((route) => route.ranges.some((r) => r.family === 6))) {
    profile.exclude.push({ text: 'IPv6 (the profile routes no IPv6; the VPN server decides)', ranges: [{ family: 6, first: 0n, last: (1n << 128n) - 1n }], loc: profile.tunnel.loc });
    notes.push({ format: options.format, loc: profile.tunnel.loc, expression: 'RoutingPolicyType ForceTunnel', reason: `of profile ${profile.name} routes no IPv6 network: IPv6 enters the tunnel only if the VPN server assigns IPv6 addresses, so IPv6 in this tunnel is not judged` });
  }

  for (const list of spec.servers) {
    for (const item of list.text.split(',')) {
      // `server;friendly name`: the server is before the semicolon.
      const host = item.split(';')[0].trim();
      if (host !== '') profile.endpoints.push({ value: host, loc: list.loc });
    }
  }

  const dns: NonNullable<VpnProfile['dns']> = { servers: [], suffixes: [] };
  for (const suffixes of spec.dnsSuffix) {
    for (const suffix of suffixes.text.split(',')) {
      const name = suffix.trim().replace(/^\.+/, '').replace(/\.$/, '').toLowerCase();
      if (name !== '') dns.suffixes.push({ value: name, loc: suffixes.loc });
    }
  }
  for (const dni of spec.domainNameInformation) {
    if (!dni.dnsServers) continue;
    for (const server of dni.dnsServers.text.split(',')) {
      const text = server.trim();
      if (text === '') continue;
      const range = addressRange(text);
      if (range) dns.servers.push({ text, ranges: [range], loc: dni.dnsServers.loc });
      else report('bad-address', `DnsServers: '${shown(text)}' is not an IP address`, dni.dnsServers.loc);
    }
  }
  if (dns.servers.length > 0 || dns.suffixes.length > 0) profile.dns = dns;
  return { profile, diagnostics, notes };
}

/** A route's network, at the `<Route>` element; undefined (reported) when Windows would refuse it. */
function routeAddress(route: RouteSpec, report: Report): SitedAddress | undefined {
  const { address, prefixSize } = route;
  if (!address || address.text === '') {
    report('missing-value', 'a Route without its Address; the route is not read', address?.loc ?? route.loc);
    return undefined;
  }
  const range = addressRange(address.text);
  if (!range) {
    report('bad-address', `Address '${shown(address.text)}' is not an IPv4 or IPv6 address (the prefix goes in PrefixSize); the route is not read`, address.loc);
    return undefined;
  }
  if (!prefixSize || prefixSize.text === '') {
    report('missing-value', `the Route to ${shown(address.text)} has no PrefixSize; the route is not read`, prefixSize?.loc ?? route.loc);
    return undefined;
  }
  const bits = range.family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefixSize.text) || Number(prefixSize.text) > bits) {
    report('bad-prefix', `PrefixSize '${shown(prefixSize.text)}' is not a prefix length of an IPv${range.family} address (0 to ${bits}); the route is not read`, prefixSize.loc);
    return undefined;
  }
  const text = `${address.text}/${Number(prefixSize.text)}`;
  const parsed = parseAddressSpec(text);
  if ('error' in parsed) {
    report('bad-address', `Route ${parsed.error}; the route is not read`, address.loc);
    return undefined;
  }
  return { text, ranges: parsed.ranges, loc: route.loc };
}
