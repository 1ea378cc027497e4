import { defineRule } from '../../src/engine/rule.js';

export default defineRule<Record<string, never>, 'fullTunnel'>({
  id: 'vpn/split-tunnel',
  meta: {
    description: 'VPN profiles of UC clients are split tunnel, so real-time media does not enter the tunnel',
    rationale: [
      'Audio and video over a VPN tunnel suffer its extra latency, jitter and loss, and every call of a remote',
      'user is hair-pinned through the VPN concentrator and back out to the Edge, which also loads the',
      'concentrator with traffic it does not need to see. Lync and Skype for Business media is encrypted',
      '(SRTP) already; the recommended design routes it outside the tunnel, which needs a split tunnel: only',
      'corporate networks enter the tunnel (seed 004, "Enabling Lync Media to Bypass a VPN Tunnel").',
      '',
      'A full tunnel is a manifest\'s `tunnel: full`, a WireGuard peer with `AllowedIPs = 0.0.0.0/0` or `::/0`, or',
      'OpenVPN\'s `redirect-gateway`. Every VPN profile in a UC estate is taken to carry UC clients.',
      '',
      '**Fix:** route only corporate networks into the tunnel (split tunnel), and exclude the UC service\'s public',
      'addresses (vpn/uc-addresses-excluded).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'seed 004 (Lync Server 2010 articles)', section: 'Enabling Lync Media to Bypass a VPN Tunnel' },
      { source: 'Microsoft 365 documentation', section: 'VPN split tunnelling for Microsoft 365' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      fullTunnel: 'VPN profile {{profile}} is a full tunnel ({{how}}); calls of remote users would go through the tunnel',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: full',
      valid: 'apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\ninclude: [10.0.0.0/8]',
    },
  },
  appliesTo: (estate) => estate.vpnProfiles.length > 0,
  check({ estate, report }) {
    const how = { manifest: 'tunnel: full', wireguard: 'AllowedIPs covers every address', openvpn: 'redirect-gateway' } as const;
    for (const profile of estate.vpnProfiles) {
      if (profile.tunnel?.value !== 'full') continue;
      report({ node: profile.tunnel, messageId: 'fullTunnel', data: { profile: profile.name, how: how[profile.source] } });
    }
  },
});
