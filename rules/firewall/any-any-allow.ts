import { defineRule } from '../../src/engine/rule.js';
import { enabledRules, portsCover } from '../../src/estate/firewall.js';

export default defineRule<Record<string, never>, 'anyAnyAllow'>({
  id: 'firewall/any-any-allow',
  meta: {
    description: 'No firewall rule allows any protocol from any address to any port',
    rationale: [
      'An allow rule for any protocol, any remote address and any port turns the firewall off for its direction',
      'and program: every rule below it (or, in Windows Firewall, every allow) is moot, and the block rules that',
      'keep media out of the VPN tunnel or limit the Edge to its ports depend on what is left. It is usually a',
      'troubleshooting rule that was never removed. A rule limited to some local addresses (an Azure NSG rule',
      'from the `AzureLoadBalancer` tag, a rule for one interface address) is scoped, and not reported.',
      '',
      '**Fix:** replace it with rules for the protocols, ports and remote addresses the service needs.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [{ source: 'Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel', section: 'Windows Firewall Policy (firewall scope)' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      anyAnyAllow: '{{direction}} rule {{name}} allows any protocol from any address to any port{{program}}; the firewall does nothing for this traffic',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: FirewallRules\nrules:\n  - name: temp-allow-all\n    direction: inbound\n    action: allow\n    protocol: any',
      valid: 'apiVersion: uclint/v1\nkind: FirewallRules\nrules:\n  - name: sip-tls\n    direction: inbound\n    action: allow\n    protocol: tcp\n    localPorts: 5061',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.length > 0,
  check({ estate, report }) {
    for (const { rule } of enabledRules(estate.firewallRuleSets)) {
      if (rule.action.value !== 'allow' || rule.protocol.value !== 'any') continue;
      // Scoped to some local addresses (an NSG rule from a service tag, a rule for one interface address), it is not everything.
      if (!rule.remoteAddresses.some((a) => a.any) || !rule.localAddresses.some((a) => a.any) || !portsCover(rule.localPorts, 0, 65535) || !portsCover(rule.remotePorts, 0, 65535)) continue;
      report({ node: rule.name, messageId: 'anyAnyAllow', data: { direction: rule.direction.value, name: rule.name.value, program: rule.program ? ` for ${rule.program.value}` : '' } });
    }
  },
});
