import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/vpn/split-tunnel.js';
import { header, zone } from '../support/zones.js';

const profile = (tunnel: string, exclude = '[]') =>
  `apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: ${tunnel}\nclientSubnets: [10.8.0.0/24]\ninclude: [10.0.0.0/8]\nexclude: ${exclude}\n`;
const wireguard = (allowed: string) => `[Interface]\nAddress = 10.8.0.5/24\n\n[Peer]\nEndpoint = vpn.contoso.com:51820\nAllowedIPs = ${allowed}\n`;
/** The current Microsoft 365 Optimize ranges. */
const OPTIMIZE = '[52.112.0.0/14, 52.122.0.0/15, "2603:1063::/38"]';
/** An external zone publishing the Access Edge and a simple URL on the reverse proxy. */
const EDGE_ZONE = { 'dns/external/contoso.com.zone': zone(...header(), '_sip._tls IN SRV 0 0 443 sip.contoso.com.', 'sip IN A 167.55.49.32', 'meet IN A 167.55.49.35') };

runRuleTests(rule, {
  valid: [
    { name: 'a split tunnel manifest', files: { 'vpn.yml': profile('split') } },
    { name: 'WireGuard routing only corporate networks', files: { 'wg0.conf': wireguard('10.0.0.0/8, 192.168.0.0/16') } },
    { name: 'OpenVPN with routes only', files: { 'client.ovpn': 'client\ndev tun\nremote vpn.contoso.com 1194\nroute 10.0.0.0 255.0.0.0\n' } },
    {
      // "Implementing VPN split tunneling for Microsoft 365": a forced tunnel with a few trusted exceptions.
      name: 'Teams: a forced tunnel that excludes the Optimize ranges',
      settings: { product: 'teams' },
      files: { 'vpn.yml': profile('full', OPTIMIZE) },
    },
    {
      name: 'Lync: a full tunnel that excludes every public address of the UC service',
      settings: { product: 'lync2010' },
      zones: EDGE_ZONE,
      files: { 'vpn.yml': profile('full', '[167.55.49.32/29]') },
    },
    { name: 'product not set: the Optimize ranges excluded', files: { 'vpn.yml': profile('full', OPTIMIZE) } },
    {
      name: 'OpenVPN redirect-gateway with the Optimize ranges routed to the local gateway',
      settings: { product: 'teams' },
      files: {
        'client.ovpn':
          'client\ndev tun\nremote vpn.contoso.com 1194\nredirect-gateway def1\nroute 52.112.0.0 255.252.0.0 net_gateway\nroute 52.122.0.0 255.254.0.0 net_gateway\nroute-ipv6 2603:1063::/38 net_gateway\n',
      },
    },
  ],
  invalid: [
    {
      name: 'tunnel: full with no exclusion',
      files: { 'vpn.yml': profile('full') },
      errors: [{ messageId: 'fullTunnel', line: 4, file: 'vpn.yml', data: { profile: 'remote-users', how: 'tunnel: full', bypass: 'the Microsoft 365 Optimize ranges or the public addresses of the UC service' } }],
    },
    {
      name: 'WireGuard AllowedIPs 0.0.0.0/0',
      files: { 'wg0.conf': wireguard('0.0.0.0/0, ::/0') },
      errors: [{ messageId: 'fullTunnel', line: 6, file: 'wg0.conf', data: { how: 'AllowedIPs covers every address' } }],
    },
    {
      name: 'OpenVPN redirect-gateway',
      files: { 'client.ovpn': 'client\ndev tun\nremote vpn.contoso.com 1194\nredirect-gateway def1\n' },
      errors: [{ messageId: 'fullTunnel', line: 4, file: 'client.ovpn', data: { how: 'redirect-gateway' } }],
    },
    {
      name: 'Teams: a forced tunnel that excludes only part of the Optimize ranges',
      settings: { product: 'teams' },
      files: { 'vpn.yml': profile('full', '[52.112.0.0/14]') },
      errors: [{ messageId: 'fullTunnel', line: 4, data: { bypass: 'the Microsoft 365 Optimize ranges' } }],
    },
    {
      name: 'Lync: a full tunnel that excludes the Optimize ranges but not the Edge',
      settings: { product: 'sfb2015' },
      zones: EDGE_ZONE,
      files: { 'vpn.yml': profile('full', OPTIMIZE) },
      errors: [{ messageId: 'fullTunnel', line: 4, data: { bypass: 'the public addresses of the UC service' } }],
    },
    {
      name: 'Lync: exclusions, but no public address of the UC service is known',
      settings: { product: 'sfb2015' },
      files: { 'vpn.yml': profile('full', '[167.55.49.32/29]') },
      errors: [{ messageId: 'notChecked', line: 4 }],
    },
  ],
});
