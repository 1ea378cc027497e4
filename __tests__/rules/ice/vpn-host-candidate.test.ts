import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/ice/vpn-host-candidate.js';

const VPN = 'apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\nclientSubnets: [10.8.0.0/24]\ninclude: [10.0.0.0/8]\n';
const sdp = (...candidates: string[]) =>
  ['v=0', 'o=- 1 1 IN IP4 10.8.0.5', 's=-', 'c=IN IP4 10.8.0.5', 'm=audio 50000 RTP/AVP 0', ...candidates.map((c) => `a=candidate:${c}`), ''].join('\r\n');
const RELAY = '3 1 UDP 16777215 167.55.49.34 50010 typ relay raddr 131.107.1.5 rport 50000';

runRuleTests(rule, {
  // VPN profiles, SDP and media policy hold for every family; the Edge relay is Lync's.
  settings: { families: ['lync'] },
  valid: [
    { name: 'a host candidate on the home network beside relay', files: { 'vpn.yml': VPN, 'offer.sdp': sdp('1 1 UDP 2130706431 192.168.1.20 50000 typ host', RELAY) } },
    { name: 'a VPN host candidate with no relay to prefer', files: { 'vpn.yml': VPN, 'offer.sdp': sdp('1 1 UDP 2130706431 10.8.0.5 50000 typ host') } },
    {
      name: 'a media policy that leaves the remote-access interface out',
      files: { 'vpn.yml': VPN, 'media.yml': 'apiVersion: uclint/v1\nkind: MediaPolicy\nexcludeInterfaces: [remoteAccess]\n' },
    },
  ],
  invalid: [
    {
      name: 'the host candidate is in the address pool of an AnyConnect group policy',
      files: {
        'asa/vpn.cfg': 'ASA Version 9.18(2)\nip local pool AC 10.8.0.1-10.8.0.254 mask 255.255.255.0\ngroup-policy GP attributes\n vpn-tunnel-protocol ssl-client\n split-tunnel-policy tunnelall\n address-pools value AC\n',
        'offer.sdp': sdp('1 1 UDP 2130706431 10.8.0.5 50000 typ host', RELAY),
      },
      errors: [{ messageId: 'vpnHostCandidate', line: 6, file: 'offer.sdp', data: { address: '10.8.0.5', subnet: '10.8.0.1-10.8.0.254', profile: 'GP' } }],
    },
    {
      name: 'the VPN adapter\'s host candidate outranks the Edge relay (Enabling Lync Media to Bypass a VPN Tunnel)',
      files: { 'vpn.yml': VPN, 'offer.sdp': sdp('1 1 UDP 2130706431 10.8.0.5 50000 typ host', RELAY) },
      errors: [{ messageId: 'vpnHostCandidate', line: 6, file: 'offer.sdp', data: { address: '10.8.0.5', subnet: '10.8.0.0/24', profile: 'remote-users' } }],
    },
    {
      name: 'a media policy that keeps the VPN interface',
      files: { 'vpn.yml': VPN, 'media.yml': 'apiVersion: uclint/v1\nkind: MediaPolicy\nexcludeInterfaces: [wireless]\n' },
      errors: [{ messageId: 'policyKeepsVpnInterface', line: 1, file: 'media.yml', data: { subnets: '10.8.0.0/24' } }],
    },
  ],
});
