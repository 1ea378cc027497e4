import { defineRule } from '../../src/engine/rule.js';
import type { Located } from '../../src/core/types.js';
import { addressesOf, enabledRules, portsCover, protocolMatches } from '../../src/estate/firewall.js';
import { AddressSet, rangeText } from '../../src/model/ip-ranges.js';
import type { FirewallDirection, FirewallRule } from '../../src/model/network.js';
import { ucPublicAddresses, ucServerAddresses } from '../../src/estate/uc-addresses.js';
import { tunnelCoverageOf } from '../../src/estate/tunnel.js';

type MessageId = 'noBlockRules' | 'missingTwin' | 'corporateNotBlocked' | 'serversNotBlocked' | 'vpnNotAmongRemote' | 'notRemoteAccess' | 'notDomainProfile';

const TCP_UDP_MEDIA = [1024, 65535] as const;

export default defineRule<Record<string, never>, MessageId>({
  id: 'firewall/vpn-media-block',
  meta: {
    description: 'Block rules keep VPN clients\' media off the tunnel: to corporate subnets on 1024-65535, to every UC server on all ports, both directions',
    rationale: [
      'To force the media of remote users through the Edge (outside the tunnel) rather than through the VPN,',
      '"Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel" blocks, on the client (Windows Firewall) or the VPN appliance, the traffic ICE would otherwise',
      'prefer through the tunnel:',
      '',
      '1. from the VPN client subnets to the corporate subnets (and to the VPN subnets themselves, which stops',
      '   hair-pinning through the concentrator), TCP and UDP 1024-65535: media to internal clients;',
      '2. from the VPN client subnets to every Lync server, including the Edge internal interface, all ports:',
      '   so signalling and media go to the Edge\'s public addresses;',
      '',
      'each as an inbound and an outbound rule, scoped to the `remoteAccess` interface type (so they do not',
      'apply on the corporate network) and the `domain` profile (so they do not apply on another network that',
      'happens to use the same addresses).',
      '',
      'The VPN client subnets come from the estate\'s VPN profiles; the corporate subnets are what the split',
      'tunnels carry, less the UC service\'s public addresses; the servers are the topology\'s pools, servers and Edge internal interface and the',
      'targets of `_sipinternaltls._tcp`, resolved in the internal view. The rule says precisely which part is',
      'missing; coverage is computed with address sets, not by comparing rules pairwise.',
      '',
      '**Fix:** add or complete the two block rules of that article for each VPN client subnet, inbound and outbound.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [{ source: 'Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel', section: 'Table 1 and Windows Firewall Policy Configuration Steps' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      noBlockRules: 'no block rule applies to VPN client subnet {{subnet}}; media of remote users would take the tunnel',
      missingTwin: '{{direction}} block rule {{name}} has no {{other}} twin with the same scope; media to and from the VPN subnets is blocked in both directions',
      corporateNotBlocked: '{{direction}} block rules for VPN clients {{subnet}} leave {{missing}} of the corporate subnets open on TCP and UDP 1024-65535',
      serversNotBlocked: '{{direction}} block rules for VPN clients {{subnet}} leave UC servers {{missing}} open on some port or protocol; block all ports to every Lync server',
      vpnNotAmongRemote: 'block rule {{name}} does not list VPN subnet {{subnet}} among its remote addresses; VPN clients could hair-pin media through the concentrator',
      notRemoteAccess: 'block rule {{name}} applies on interface types {{types}}, not only remoteAccess; it would block these connections on the corporate network too',
      notDomainProfile: 'block rule {{name}} applies in profiles {{profiles}}, not only domain; it would apply on other networks with the same addresses',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.length > 0 && estate.vpnProfiles.some((p) => p.clientSubnets.length > 0),
  check({ estate, report }) {
    // Corporate subnets: what the split tunnels carry, less the UC service's public addresses (which must bypass it).
    const ucPublic = AddressSet.of(ucPublicAddresses(estate).map((a) => a.range));
    const corporate = estate.vpnProfiles
      .filter((p) => p.tunnel?.value !== 'full')
      .reduce((set, p) => set.union(tunnelCoverageOf(p).tunnel), AddressSet.empty())
      .difference(ucPublic);
    const servers = ucServerAddresses(estate);
    const serverSet = AddressSet.of(servers.map((s) => s.range));
    const rules = enabledRules(estate.firewallRuleSets);
    for (const profile of estate.vpnProfiles) {
      for (const subnet of profile.clientSubnets) {
        const vpn = AddressSet.of(subnet.ranges);
        // The rules that apply to traffic of this VPN subnet: block rules whose local side holds it.
        const blocks = rules.filter(({ rule }) => rule.action.value === 'block' && addressesOf(rule.localAddresses).covers(vpn));
        if (blocks.length === 0) {
          const where: Located = estate.firewallRuleSets[0] ?? subnet;
          report({ node: where, messageId: 'noBlockRules', data: { subnet: subnet.text } });
          continue;
        }
        for (const { rule } of blocks) checkScope(rule);
        const twinless = checkTwins(blocks.map((b) => b.rule));
        for (const direction of ['inbound', 'outbound'] as FirewallDirection[]) {
          const inDirection = blocks.map((b) => b.rule).filter((r) => r.direction.value === direction);
          // A direction that lacks twins of the other's rules is reported by the twin check alone.
          if (inDirection.length === 0 || twinless.has(direction)) continue;
          // The other party's port: the local one of an inbound rule, the remote one of an outbound rule.
          const blockedFor = (protocol: 'tcp' | 'udp', first: number, last: number) =>
            AddressSet.of(
              inDirection
                .filter((r) => protocolMatches(r, protocol) && portsCover(direction === 'inbound' ? r.localPorts : r.remotePorts, first, last))
                .flatMap((r) => r.remoteAddresses.flatMap((a) => a.ranges)),
            );
          const mediaBlocked = blockedFor('tcp', ...TCP_UDP_MEDIA).intersection(blockedFor('udp', ...TCP_UDP_MEDIA));
          const corporateOpen = corporate.union(vpn).difference(mediaBlocked);
          if (!corporateOpen.isEmpty()) {
            const vpnOpen = vpn.difference(mediaBlocked);
            if (!vpnOpen.isEmpty() && corporate.difference(mediaBlocked).isEmpty()) {
              // The corporate media rules should list it; rules that name only servers are the article's other rule.
              const mediaRules = inDirection.filter((r) => !serverSet.covers(addressesOf(r.remoteAddresses)));
              for (const rule of mediaRules) report({ node: rule.name, messageId: 'vpnNotAmongRemote', data: { name: rule.name.value, subnet: subnet.text } });
            } else {
              report({ node: inDirection[0].name, messageId: 'corporateNotBlocked', data: { direction, subnet: subnet.text, missing: corporateOpen.ranges().map(rangeText).join(', ') } });
            }
          }
          const allBlocked = blockedFor('tcp', 0, 65535).intersection(blockedFor('udp', 0, 65535));
          const serversOpen = servers.filter((s) => !allBlocked.contains(s.range));
          if (serversOpen.length > 0 && !serverSet.isEmpty()) {
            report({
              node: inDirection[0].name,
              messageId: 'serversNotBlocked',
              data: { direction, subnet: subnet.text, missing: serversOpen.map((s) => `${s.address} (${s.name})`).join(', ') },
              related: serversOpen.slice(0, 5).map((s) => ({ node: s.source, message: `${s.role} ${s.name}` })),
            });
          }
        }
      }
    }

    function checkScope(rule: FirewallRule): void {
      const types = rule.interfaceTypes.map((t) => t.value);
      if (types.length === 0 || types.some((t) => t !== 'remoteAccess')) {
        report({ node: rule.interfaceTypes[0] ?? rule.name, messageId: 'notRemoteAccess', data: { name: rule.name.value, types: types.join(', ') || 'any' } });
      }
      const profiles = rule.profiles.map((p) => p.value);
      if (profiles.length === 0 || profiles.some((p) => p !== 'domain')) {
        report({ node: rule.profiles[0] ?? rule.name, messageId: 'notDomainProfile', data: { name: rule.name.value, profiles: profiles.join(', ') || 'any' } });
      }
    }

    /** Rules with no twin in the other direction (same protocol, remote addresses and ports); returns the directions that lack twins. */
    function checkTwins(blockRules: FirewallRule[]): Set<FirewallDirection> {
      const signature = (r: FirewallRule) => `${r.protocol.value}|${addressesOf(r.remoteAddresses).ranges().map(rangeText).join(',')}|${r.remotePorts.map((p) => `${p.first}-${p.last}`).join(',')}`;
      const lacking = new Set<FirewallDirection>();
      const byDirection = { inbound: new Set<string>(), outbound: new Set<string>() };
      for (const r of blockRules) byDirection[r.direction.value].add(signature(r));
      for (const r of blockRules) {
        const other: FirewallDirection = r.direction.value === 'inbound' ? 'outbound' : 'inbound';
        if (byDirection[other].has(signature(r))) continue;
        lacking.add(other);
        report({ node: r.name, messageId: 'missingTwin', data: { direction: r.direction.value, name: r.name.value, other } });
      }
      return lacking;
    }
  },
});
