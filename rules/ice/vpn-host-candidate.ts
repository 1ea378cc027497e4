import { defineRule } from '../../src/engine/rule.js';
import { AddressSet, addressRange, rangeText } from '../../src/model/ip-ranges.js';

export default defineRule<Record<string, never>, 'vpnHostCandidate' | 'policyKeepsVpnInterface'>({
  id: 'ice/vpn-host-candidate',
  meta: {
    description: 'ICE does not prefer the VPN interface: no host candidate in a VPN client subnet beside relay candidates, and media policy excludes the remote-access interface',
    rationale: [
      'ICE ranks host candidates above relay candidates. On a client connected by VPN, the VPN adapter\'s',
      'address is a host candidate too, so when both ends can reach it through the tunnel, media takes the',
      'tunnel, with its latency and loss, even though a relay path through the Edge outside the tunnel exists',
      '("Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel": block the VPN subnets so ICE falls back to the',
      'Edge, or keep the VPN interface out of candidate gathering).',
      '',
      'Checked: in SDP, a host candidate whose address lies in a VPN client subnet of the estate\'s VPN profiles,',
      'in a media section that also offers relay candidates; in a `kind: MediaPolicy`, that `excludeInterfaces`',
      'names `remoteAccess` (or the VPN client subnets) when the estate has VPN profiles.',
      '',
      '**Fix:** exclude the remote-access interface from ICE (media policy), and block media between VPN',
      'clients and internal subnets at the firewall (firewall/vpn-media-block) so the relay path is used.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel', section: 'The Problem (the VPN address as a host candidate); Windows Firewall Policy' },
      { source: 'RFC 8445', section: '5.1.2 (host candidates outrank relayed candidates)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      vpnHostCandidate: 'host candidate {{address}} is in VPN client subnet {{subnet}} (profile {{profile}}) and outranks the relay candidates; media would take the tunnel',
      policyKeepsVpnInterface: 'media policy does not exclude the remote-access interface ({{subnets}}); the VPN adapter\'s host candidates would outrank the Edge relay',
    },
  },
  appliesTo: (estate) => estate.vpnProfiles.some((p) => p.clientSubnets.length > 0) && (estate.sdpSessions.length > 0 || estate.mediaPolicies.length > 0),
  check({ estate, report }) {
    const subnets = estate.vpnProfiles.flatMap((profile) => profile.clientSubnets.map((subnet) => ({ profile, subnet })));
    const vpnSet = AddressSet.of(subnets.flatMap((s) => s.subnet.ranges));
    for (const session of estate.sdpSessions) {
      const mediaWithRelay = new Set(session.candidates.filter((c) => c.type === 'relay').map((c) => c.media));
      for (const candidate of session.candidates) {
        if (candidate.type !== 'host' || !mediaWithRelay.has(candidate.media)) continue;
        const range = addressRange(candidate.address);
        if (!range || !vpnSet.contains(range)) continue;
        const owner = subnets.find((s) => s.subnet.ranges.some((r) => r.family === range.family && r.first <= range.first && r.last >= range.last));
        report({
          node: candidate,
          messageId: 'vpnHostCandidate',
          data: { address: candidate.address, subnet: owner ? owner.subnet.text : rangeText(vpnSet.rangeContaining(range.family, range.first) ?? range), profile: owner?.profile.name ?? 'VPN' },
          ...(owner ? { related: [{ node: owner.subnet, message: `client subnet of VPN profile ${owner.profile.name}` }] } : {}),
        });
      }
    }
    for (const policy of estate.mediaPolicies) {
      // The Teams and Skype for Business media cmdlets say nothing of interfaces: the exclusion lives elsewhere (or, for Teams, nowhere).
      if (policy.product !== undefined) continue;
      const excluded = policy.excludeInterfaces.some((e) => /^remote-?access$/i.test(e.value)) || (!vpnSet.isEmpty() && AddressSet.of(policy.excludeInterfaces.flatMap((e) => e.address?.ranges ?? [])).covers(vpnSet));
      if (excluded) continue;
      report({ node: policy, messageId: 'policyKeepsVpnInterface', data: { subnets: subnets.map((s) => s.subnet.text).join(', ') } });
    }
  },
});
