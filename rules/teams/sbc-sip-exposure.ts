import { defineRule } from '../../src/engine/rule.js';
import { M365_CLOUDS, type M365CloudName } from '../../src/estate/data/m365-clouds.js';
import { allowInForce, directRoutingSourceSet, everyoneText, directRoutingText, microsoftRangeKind, openToEveryone, portsText, sbcEvidence, sipFromMicrosoftRules } from '../../src/estate/direct-routing.js';
import type { FirewallRuleSet } from '../../src/model/network.js';

/** The SIP/TLS port Direct Routing connects to when nothing in the rule set or the topology names another. */
const DEFAULT_SIP_PORT = 5061;

const KIND_WORDS = {
  optimize: 'Teams media for clients (the Microsoft 365 Optimize list), not Direct Routing\'s SIP proxies',
  'other-microsoft': 'Microsoft\'s, but not Direct Routing\'s for this cloud',
} as const;

export default defineRule<{ cloud?: M365CloudName }, 'openToAll' | 'notDirectRouting'>({
  id: 'teams/sbc-sip-exposure',
  meta: {
    description: 'The SIP signalling port of a Direct Routing SBC is open only to Microsoft\'s Direct Routing SIP proxies, never to any address',
    rationale: [
      'Microsoft 365\'s SIP proxies connect to a Direct Routing SBC from a few published networks (worldwide and',
      'GCC: 52.112.0.0/14 and 52.120.0.0/14, of which the Optimize list names 52.122.0.0/15; GCC High:',
      '52.127.88.0/21; DoD: 52.127.64.0/21). A firewall in front',
      'of the SBC that accepts SIP on its signalling port from any address, or from the `Internet` service tag,',
      'exposes the SBC to the SIP scanning and toll fraud that every public SIP port attracts; a list of',
      'Microsoft\'s ranges that adds others (the Teams client media range 13.107.64.0/18 of earlier Optimize',
      'lists) opens it to addresses that are not Direct Routing\'s.',
      '',
      'Checked on each firewall rule set that guards a Direct Routing SBC: one that allows TCP inbound from',
      'Microsoft\'s Direct Routing ranges (the SBC\'s SIP signalling ports are the ports it opens to them), or whose',
      'name, description, tags or resource address name an SBC (`sbc`, AudioCodes, Mediant, Ribbon, Sonus, anynode,',
      '"direct routing"); for a host firewall script (Windows Firewall on the SBC\'s host), a rule\'s name or the',
      'script\'s file name. The signalling ports are those TCP ports; without them, the topology\'s `sbcs[].port`,',
      'else 5061. An inbound TCP allow rule on such a port is a finding for a source that is any address,',
      '`Internet`, 0.0.0.0/0 or ::/0 (unless an earlier deny of everyone on that port decides first), and for a',
      'source in Microsoft\'s address space but outside Direct Routing\'s ranges. Other sources (a carrier\'s SIP',
      'trunk) are not judged. A rule whose sources name Direct Routing\'s ranges is the SIP list whatever its',
      'ports, so its other Microsoft ranges are findings even where its ports could not be read. The `cloud` option names the tenant\'s cloud; without it, the ranges of every cloud',
      'are accepted.',
      '',
      '**Fix:** allow the SBC\'s SIP/TLS port only from the Direct Routing ranges of the tenant\'s cloud (and the',
      'carriers\' addresses the SBC trunks to).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['teams'],
    citations: [
      { source: 'Plan Direct Routing', section: 'SIP Signaling: FQDNs and IP addresses; SIP Signaling: Ports' },
      { source: 'Office 365 URLs and IP address ranges', section: 'Microsoft Teams (endpoint set 11: Optimize)' },
    ],
    options: {
      type: 'object',
      properties: {
        cloud: { enum: Object.keys(M365_CLOUDS), description: 'The Microsoft 365 cloud of the tenant (GCC uses worldwide); without it, the Direct Routing ranges of every cloud are accepted.' },
      },
      additionalProperties: false,
    },
    messages: {
      openToAll: 'rule {{name}} allows SIP signalling ({{ports}}) to the Direct Routing SBC from {{source}}; Direct Routing\'s SIP proxies connect only from {{ranges}}',
      notDirectRouting: 'rule {{name}} allows SIP signalling ({{ports}}) to the Direct Routing SBC from {{source}}, which is {{what}}; Direct Routing\'s SIP proxies connect from {{ranges}}',
    },
    examples: {
      language: 'hcl',
      invalid: 'resource "azurerm_network_security_rule" "sip" {\n  name                        = "sip-tls"\n  network_security_group_name = "nsg-teams-sbc"\n  resource_group_name         = "rg-voice"\n  priority                    = 100\n  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "Tcp"\n  source_port_range           = "*"\n  destination_port_range      = "5061"\n  source_address_prefix       = "Internet"\n  destination_address_prefix  = "*"\n}',
      valid: 'resource "azurerm_network_security_rule" "sip" {\n  name                        = "sip-tls"\n  network_security_group_name = "nsg-teams-sbc"\n  resource_group_name         = "rg-voice"\n  priority                    = 100\n  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "Tcp"\n  source_port_range           = "*"\n  destination_port_range      = "5061"\n  source_address_prefixes     = ["52.112.0.0/14", "52.122.0.0/15"]\n  destination_address_prefix  = "*"\n}',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => sbcEvidence(set) !== undefined),
  check({ estate, options, report, notChecked }) {
    const accepted = directRoutingSourceSet(options.cloud);
    const sets = estate.firewallRuleSets.filter((set) => sbcEvidence(set) !== undefined);
    if (accepted === undefined) {
      notChecked(sets[0], `uclint knows no Direct Routing ranges for ${M365_CLOUDS[options.cloud!].title}, so the sources of SIP signalling to the SBC were not checked`);
      return;
    }
    const ranges = directRoutingText(options.cloud);
    const topologyPorts = estate.topologies.flatMap((t) => t.sbcs.flatMap((s) => (s.port ? [s.port.value] : [])));
    for (const set of sets) checkSet(set);

    function checkSet(set: FirewallRuleSet): void {
      const evidence = sbcEvidence(set)!;
      const sip = evidence.sipPorts.length > 0 ? evidence.sipPorts.map((p) => ({ first: p.first, last: p.last })) : (topologyPorts.length > 0 ? topologyPorts : [DEFAULT_SIP_PORT]).map((p) => ({ first: p, last: p }));
      const microsoftRules = new Set(sipFromMicrosoftRules(set));
      // A list several rules share (a variable iterated by a dynamic block) is reported once per entry.
      const said = new Set<string>();
      const once = (address: { loc: { file: string; line: number; column: number } }, messageId: string) => {
        const key = `${address.loc.file}:${address.loc.line}:${address.loc.column}:${messageId}`;
        if (said.has(key)) return false;
        said.add(key);
        return true;
      };
      for (const rule of set.rules) {
        if (!rule.enabled || rule.direction.value !== 'inbound' || rule.action.value !== 'allow') continue;
        if (rule.protocol.value !== 'tcp' && rule.protocol.value !== 'any') continue;
        const opened = sip.filter((p) => rule.localPorts.some((l) => l.first <= p.last && p.first <= l.last));
        // A list that names Direct Routing's proxies is the SIP list, whatever ports it could be read with.
        const sipList = microsoftRules.has(rule);
        if (opened.length === 0 && !sipList) continue;
        const ports = opened.length > 0 ? portsText('tcp', opened) : rule.localPorts.length > 0 ? portsText('tcp', rule.localPorts) : 'TCP';
        for (const address of rule.remoteAddresses) {
          if (openToEveryone(address)) {
            if (opened.length === 0 || !allowInForce(set, rule, opened) || !once(address, 'openToAll')) continue;
            report({ node: address, messageId: 'openToAll', data: { name: rule.name.value, ports, source: everyoneText(address, set), ranges } });
            continue;
          }
          const kind = microsoftRangeKind(address, accepted!);
          if ((kind === 'optimize' || kind === 'other-microsoft') && once(address, 'notDirectRouting')) {
            report({ node: address, messageId: 'notDirectRouting', data: { name: rule.name.value, ports, source: address.text, what: KIND_WORDS[kind], ranges } });
          }
        }
      }
    }
  },
});

