import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/vpn/uc-addresses-excluded.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'dns/external/contoso.com.zone';
/** Lines 4-6: sign-in SRV to the Access Edge, its address, a simple URL on the reverse proxy. */
const external = zone(...header(), '_sip._tls IN SRV 0 0 443 sip.contoso.com.', 'sip IN A 167.55.49.32', 'meet IN A 167.55.49.35');
const profile = (include: string, exclude = '[]') =>
  `apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\nclientSubnets: [10.8.0.0/24]\ninclude: ${include}\nexclude: ${exclude}\n`;

const profileXml = (routes: string) =>
  `<VPNProfile>\n  <NativeProfile>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  ${routes}\n</VPNProfile>\n`;

runRuleTests(rule, {
  valid: [
    { name: 'only corporate networks in the tunnel', zones: { [EXTERNAL]: external }, files: { 'vpn.yml': profile('[10.0.0.0/8]') } },
    { name: 'a wide route with the Edge and proxy excluded', zones: { [EXTERNAL]: external }, files: { 'vpn.yml': profile('[10.0.0.0/8, 167.55.49.0/24]', '[167.55.49.32/29]') } },
    {
      name: 'ProfileXML: a split tunnel of corporate routes',
      zones: { [EXTERNAL]: external },
      files: { 'vpn/user.xml': profileXml('<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>') },
    },
  ],
  invalid: [
    {
      name: 'ProfileXML: a <Route> that captures the Edge, reported at that route',
      zones: { [EXTERNAL]: external },
      files: { 'vpn/user.xml': profileXml('<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n  <Route><Address>167.55.49.0</Address><PrefixSize>24</PrefixSize></Route>') },
      errors: [
        { messageId: 'captured', line: 6, file: 'vpn/user.xml', data: { address: '167.55.49.32', profile: 'user.xml' } },
        { messageId: 'captured', line: 6, file: 'vpn/user.xml', data: { address: '167.55.49.35' } },
      ],
    },
    {
      name: 'ASA: a split-include list entry that captures the Edge, reported at that entry',
      zones: { [EXTERNAL]: external },
      files: {
        'asa/vpn.cfg':
          'ASA Version 9.18(2)\naccess-list SPLIT standard permit 10.0.0.0 255.0.0.0\naccess-list SPLIT standard permit 167.55.49.32 255.255.255.248\ngroup-policy GP attributes\n split-tunnel-policy tunnelspecified\n split-tunnel-network-list value SPLIT\n',
      },
      errors: [
        { messageId: 'captured', line: 3, file: 'asa/vpn.cfg', data: { address: '167.55.49.32', profile: 'GP' } },
        { messageId: 'captured', line: 3, file: 'asa/vpn.cfg', data: { address: '167.55.49.35' } },
      ],
    },
    {
      name: 'a route that captures the Access Edge address',
      zones: { [EXTERNAL]: external },
      files: { 'vpn.yml': profile('[10.0.0.0/8, 167.55.49.32/32]') },
      errors: [
        {
          messageId: 'captured',
          line: 6,
          file: 'vpn.yml',
          data: { address: '167.55.49.32', role: 'Access Edge', name: 'sip.contoso.com', profile: 'remote-users' },
        },
      ],
    },
    {
      name: 'a full tunnel captures both, reported at tunnel: full',
      zones: { [EXTERNAL]: external },
      files: { 'vpn.yml': profile('[10.0.0.0/8]').replace('tunnel: split', 'tunnel: full') },
      errors: [
        { messageId: 'captured', line: 4, data: { address: '167.55.49.32' } },
        { messageId: 'captured', line: 4, data: { address: '167.55.49.35', role: 'simple URL', name: 'meet.contoso.com' } },
      ],
    },
  ],
});
