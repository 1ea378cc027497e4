import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/vpn/split-tunnel.js';

const profile = (tunnel: string) => `apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: ${tunnel}\nclientSubnets: [10.8.0.0/24]\ninclude: [10.0.0.0/8]\n`;
const wireguard = (allowed: string) => `[Interface]\nAddress = 10.8.0.5/24\n\n[Peer]\nEndpoint = vpn.contoso.com:51820\nAllowedIPs = ${allowed}\n`;

runRuleTests(rule, {
  valid: [
    { name: 'a split tunnel manifest', files: { 'vpn.yml': profile('split') } },
    { name: 'WireGuard routing only corporate networks', files: { 'wg0.conf': wireguard('10.0.0.0/8, 192.168.0.0/16') } },
    { name: 'OpenVPN with routes only', files: { 'client.ovpn': 'client\ndev tun\nremote vpn.contoso.com 1194\nroute 10.0.0.0 255.0.0.0\n' } },
  ],
  invalid: [
    { name: 'tunnel: full', files: { 'vpn.yml': profile('full') }, errors: [{ messageId: 'fullTunnel', line: 4, file: 'vpn.yml', data: { profile: 'remote-users', how: 'tunnel: full' } }] },
    { name: 'WireGuard AllowedIPs 0.0.0.0/0', files: { 'wg0.conf': wireguard('0.0.0.0/0, ::/0') }, errors: [{ messageId: 'fullTunnel', line: 6, file: 'wg0.conf', data: { how: 'AllowedIPs covers every address' } }] },
    {
      name: 'OpenVPN redirect-gateway',
      files: { 'client.ovpn': 'client\ndev tun\nremote vpn.contoso.com 1194\nredirect-gateway def1\n' },
      errors: [{ messageId: 'fullTunnel', line: 4, file: 'client.ovpn', data: { how: 'redirect-gateway' } }],
    },
  ],
});
