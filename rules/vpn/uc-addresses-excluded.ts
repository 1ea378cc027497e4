import { defineRule } from '../../src/engine/rule.js';
import { tunnelCoverageOf } from '../../src/estate/tunnel.js';
import { ucPublicAddresses } from '../../src/estate/uc-addresses.js';

export default defineRule<Record<string, never>, 'captured'>({
  id: 'vpn/uc-addresses-excluded',
  meta: {
    description: 'Every public address of the UC service (Edge, reverse proxy, simple URLs, Exchange) is outside the VPN tunnel',
    rationale: [
      'With media bypassing the tunnel, a remote client reaches the Edge\'s public addresses directly: sign-in',
      'through the Access Edge, meetings through the Web Conferencing Edge, audio and video through the A/V',
      'Edge, web content and mobility through the reverse proxy. A route that pulls any of these addresses',
      'into the tunnel sends that traffic through the VPN and back out, or into a firewall that blocks it by',
      'design ("Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel": the VPN clients must reach the Edge and reverse proxy on their public addresses, with',
      'DNS answering public addresses for those names).',
      '',
      'The addresses are the topology\'s Edge and reverse-proxy addresses and what the Edge, reverse proxy,',
      'simple URL and Exchange names resolve to in the external view, plus the targets of `_sip._tls` and',
      '`_sipfederationtls._tcp`. Tunnel coverage is computed as address sets (include routes, or everything',
      'for a full tunnel, minus exclusions), so every route and address is looked at once.',
      '',
      '**Fix:** exclude the address from the tunnel (a route to it via the local gateway, an exclusion in the',
      'profile), or narrow the route that captures it.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [{ source: 'Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel', section: 'Create a split tunnel VPN configuration; Specialized DNS Entries' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      captured: '{{address}} ({{role}}, {{name}}) is routed into the tunnel of VPN profile {{profile}}; exclude it so its traffic bypasses the VPN',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\ninclude: [10.0.0.0/8, 167.55.49.0/24]   # the Edge is 167.55.49.32',
      valid: 'apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\ninclude: [10.0.0.0/8, 167.55.49.0/24]\nexclude: [167.55.49.32/30]',
    },
  },
  appliesTo: (estate) => estate.vpnProfiles.length > 0,
  check({ estate, report }) {
    const addresses = ucPublicAddresses(estate);
    if (addresses.length === 0) return;
    for (const profile of estate.vpnProfiles) {
      const coverage = tunnelCoverageOf(profile);
      for (const uc of addresses) {
        if (!coverage.captures(uc.range)) continue;
        const route = coverage.routeFor(uc.range) ?? profile;
        report({
          node: route,
          messageId: 'captured',
          // The record that publishes the address is the related location (a line in the message would change its fingerprint).
          data: { address: uc.address, role: uc.role, name: uc.name, profile: profile.name },
          related: [{ node: uc.source, message: `publishes ${uc.name} at ${uc.address}` }],
        });
      }
    }
  },
});
