import { defineRule } from '../../src/engine/rule.js';
import { M365_OPTIMIZE_LISTS, NEWEST_M365_OPTIMIZE_LIST, type M365OptimizeList } from '../../src/estate/data/m365-optimize.js';
import { m365OptimizeSet } from '../../src/estate/m365-optimize.js';
import type { VpnProfileSource } from '../../src/model/network.js';
import { isLyncFamily } from '../../src/model/products.js';
import { tunnelCoverageOf } from '../../src/estate/tunnel.js';
import { ucPublicAddresses } from '../../src/estate/uc-addresses.js';

const OPTIMIZE = 'the Microsoft 365 Optimize ranges';
const UC_ADDRESSES = 'the public addresses of the UC service';

export default defineRule<{ list: M365OptimizeList }, 'fullTunnel'>({
  id: 'vpn/split-tunnel',
  meta: {
    description: 'A full VPN tunnel of UC clients lets real-time media bypass it: the Optimize ranges (Teams) or the UC service\'s public addresses (Lync) are excluded',
    rationale: [
      'Audio and video over a VPN tunnel suffer its extra latency, jitter and loss, and every call of a remote',
      'user is hair-pinned through the VPN concentrator and back out, which also loads the concentrator with',
      'traffic it does not need to see. The media is encrypted already (SRTP), so the recommended designs keep',
      'it out of the tunnel:',
      '',
      '- Microsoft 365 / Teams ("Implementing VPN split tunneling for Microsoft 365"): a forced tunnel with a few',
      '  trusted exceptions, the Optimize ranges (see vpn/m365-optimize-excluded). A full tunnel whose',
      '  exclusions hold them is Microsoft\'s recommended model and passes.',
      '- Lync and Skype for Business Server ("Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel"):',
      '  only corporate networks enter the tunnel, and every public address of the UC service (Edge, reverse',
      '  proxy, simple URLs, Exchange) bypasses it. A full tunnel whose exclusions hold all of those addresses',
      '  passes too (vpn/uc-addresses-excluded lists them).',
      '',
      'A full tunnel is a manifest\'s `tunnel: full`, a WireGuard peer with `AllowedIPs = 0.0.0.0/0` or `::/0`,',
      'OpenVPN\'s `redirect-gateway`, Always On VPN\'s `RoutingPolicyType` `ForceTunnel`, or a Cisco ASA group policy\'s',
      '`split-tunnel-policy tunnelall` or `excludespecified`; exclusions are the manifest\'s `exclude`, OpenVPN\'s',
      '`net_gateway` routes, ProfileXML routes with `ExclusionRoute`, and the ASA\'s `excludespecified` network list.',
      'The product (`settings.product` or the topology) says which model applies: Teams needs the Optimize',
      'ranges excluded, the Lync family the UC addresses; without a product either passes. Where the Lync',
      'model applies and the estate publishes no public UC address, exclusions cannot be judged, which the',
      'rule says once. The `list` option picks the dated list of Optimize ranges (default: the newest).',
      '',
      '**Fix:** route only corporate networks into the tunnel (split tunnel), or exclude the Optimize ranges',
      '(Teams) or the UC service\'s public addresses (Lync) from the full tunnel.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel', section: 'Create a split tunnel VPN configuration' },
      { source: 'Implementing VPN split tunneling for Microsoft 365', section: 'Recommended: forced tunnel with a few trusted exceptions (Optimize endpoints)' },
    ],
    options: {
      type: 'object',
      properties: {
        list: { enum: Object.keys(M365_OPTIMIZE_LISTS), default: NEWEST_M365_OPTIMIZE_LIST, description: 'Which dated list of Optimize ranges a Teams tunnel must exclude (default: the newest).' },
      },
      additionalProperties: false,
    },
    messages: {
      fullTunnel: 'VPN profile {{profile}} is a full tunnel ({{how}}) that does not exclude {{bypass}}; calls of remote users would go through the tunnel',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: full',
      valid: 'apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: full\nexclude: [52.112.0.0/14, 52.122.0.0/15, "2603:1063::/38"]   # Teams: the Optimize ranges',
    },
  },
  appliesTo: (estate) => estate.vpnProfiles.length > 0,
  check({ estate, options, report, notChecked }) {
    const how: Record<VpnProfileSource, string> = {
      manifest: 'tunnel: full',
      wireguard: 'AllowedIPs covers every address',
      openvpn: 'redirect-gateway',
      'profile-xml': 'RoutingPolicyType ForceTunnel',
      'cisco-asa': 'split-tunnel-policy tunnelall',
    };
    const product = estate.product();
    const teams = product === 'teams';
    const lync = isLyncFamily(product);
    const optimize = m365OptimizeSet(options.list ?? NEWEST_M365_OPTIMIZE_LIST);
    for (const profile of estate.vpnProfiles) {
      if (profile.tunnel?.value !== 'full') continue;
      const coverage = tunnelCoverageOf(profile);
      const optimizeBypasses = !lync && coverage.tunnel.intersection(optimize).isEmpty();
      if (optimizeBypasses) continue;
      if (!teams) {
        const addresses = ucPublicAddresses(estate);
        if (addresses.length > 0 && addresses.every((uc) => !coverage.captures(uc.range))) continue;
        if (lync && addresses.length === 0 && profile.exclude.length > 0) {
          notChecked(profile.tunnel, `no public address of the UC service is in the estate, so whether the exclusions of full tunnel ${profile.name} let its media bypass the tunnel was not judged`);
          continue;
        }
      }
      const bypass = teams ? OPTIMIZE : lync ? UC_ADDRESSES : `${OPTIMIZE} or ${UC_ADDRESSES}`;
      report({ node: profile.tunnel, messageId: 'fullTunnel', data: { profile: profile.name, how: profile.tunnel.how ?? how[profile.source], bypass } });
    }
  },
});
