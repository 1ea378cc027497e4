import { defineRule } from '../../src/engine/rule.js';
import { M365_OPTIMIZE_LISTS, NEWEST_M365_OPTIMIZE_LIST, type M365OptimizeList } from '../../src/estate/data/m365-optimize.js';
import { AddressSet, parseAddressSpec, rangeText } from '../../src/estate/ip-ranges.js';
import { tunnelCoverageOf } from '../../src/estate/tunnel.js';

export default defineRule<{ enabled?: boolean; list: M365OptimizeList }, 'optimizeInTunnel'>({
  id: 'vpn/m365-optimize-excluded',
  meta: {
    description: 'The Microsoft 365 Optimize ranges (Teams media) bypass the VPN tunnel',
    rationale: [
      'Teams media goes to Microsoft 365 relays in a few published "Optimize" ranges (endpoint set 11: UDP',
      '3478-3481). Microsoft asks VPNs to exclude exactly these ranges from the tunnel: they carry the',
      'latency-sensitive traffic, are owned by Microsoft, and the traffic is encrypted. A tunnel that captures',
      'any of them routes every Teams call of a remote user through the concentrator.',
      '',
      'Checked when the estate uses Teams (`product: teams` in the config or topology) or the `enabled` option',
      'is set. The ranges are data with a date (`src/estate/data/m365-optimize.ts`): the 2023 list by default;',
      'the `list` option selects the list from before mid-2023 for profiles written against it.',
      '',
      '**Fix:** exclude the Optimize ranges from the tunnel (routes via the local gateway, or the profile\'s',
      'exclusion list), and keep them current with Microsoft\'s endpoints web service.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['teams'],
    presetOptions: { teams: { enabled: true } },
    citations: [
      { source: 'Microsoft 365 documentation', section: 'Implementing VPN split tunnelling for Microsoft 365 (Optimize endpoints)' },
      { source: 'Microsoft 365 URLs and IP address ranges', section: 'Endpoint set 11 (Teams media)' },
    ],
    options: {
      type: 'object',
      properties: {
        enabled: { type: 'boolean', description: 'Check whatever the product (default: only when the estate uses Teams).' },
        list: { enum: Object.keys(M365_OPTIMIZE_LISTS), default: NEWEST_M365_OPTIMIZE_LIST, description: 'Which dated list of Optimize ranges to use.' },
      },
      additionalProperties: false,
    },
    messages: {
      optimizeInTunnel: 'VPN profile {{profile}} routes Microsoft 365 Optimize ranges {{ranges}} (list of {{list}}) into the tunnel; exclude them so Teams media bypasses the VPN',
    },
  },
  appliesTo: (estate) => estate.vpnProfiles.length > 0,
  check({ estate, options, report }) {
    if (!(options.enabled ?? estate.families().has('teams'))) return;
    const list = M365_OPTIMIZE_LISTS[options.list];
    const optimize = AddressSet.of(list.ranges.flatMap((text) => {
      const parsed = parseAddressSpec(text);
      return 'ranges' in parsed ? parsed.ranges : [];
    }));
    for (const profile of estate.vpnProfiles) {
      const coverage = tunnelCoverageOf(profile);
      const captured = coverage.tunnel.intersection(optimize);
      if (captured.isEmpty()) continue;
      const ranges = captured.ranges();
      report({
        node: coverage.routeFor(ranges[0]) ?? profile.tunnel ?? profile,
        messageId: 'optimizeInTunnel',
        data: { profile: profile.name, ranges: ranges.map(rangeText).join(', '), list: list.published },
      });
    }
  },
});
