import { defineRule } from '../../src/engine/rule.js';
import { GrowingAddressSet, parseAddressSpec, type AddressRange } from '../../src/model/ip-ranges.js';
import type { FirewallRule } from '../../src/model/network.js';

/**
 * The keys a rule is filed under, one per dimension other than the remote addresses: the
 * exact value as written, sorted (lists), or `*` for any. Rules are compared only within
 * the same key, so coverage is a union of address sets per key, never a pass over rule pairs.
 */
function dimensions(rule: FirewallRule): string[] {
  const list = (values: string[]) => (values.length === 0 || values.includes('any') ? '*' : [...values].sort().join(','));
  const addresses = (list_: FirewallRule['localAddresses']) => (list_.some((a) => a.any) ? '*' : list_.map((a) => a.text).sort().join(','));
  const ports = (list_: FirewallRule['localPorts']) => (list_.some((p) => p.any) ? '*' : list_.map((p) => `${p.first}-${p.last}`).sort().join(','));
  return [
    rule.direction.value,
    rule.protocol.value === 'any' ? '*' : rule.protocol.value === 'other' ? `other:${(rule.protocolText ?? '').toLowerCase()}` : rule.protocol.value,
    rule.program?.value.toLowerCase() ?? '*',
    list(rule.interfaceTypes.map((t) => t.value)),
    list(rule.profiles.map((p) => p.value)),
    addresses(rule.localAddresses),
    ports(rule.localPorts),
    ports(rule.remotePorts),
  ];
}

/** Every key of a rule whose scope is the same or broader: each dimension as written or `*` (direction always as written). */
function broaderKeys(rule: FirewallRule): string[] {
  let keys = [[dimensions(rule)[0]]];
  for (const value of dimensions(rule).slice(1)) keys = keys.flatMap((k) => (value === '*' ? [[...k, '*']] : [[...k, value], [...k, '*']]));
  return keys.map((k) => k.join('\u0000'));
}

/** The remote addresses a rule adds to what covers later rules: a service tag's are not known, so it adds none of them. */
function remoteRanges(rule: FirewallRule): AddressRange[] {
  return rule.remoteAddresses.flatMap((a) => a.ranges);
}

/**
 * The remote addresses a rule may match. A keyword (`LocalSubnet`, `Internet`) stands for addresses
 * only the machine knows, a service tag (`VirtualNetwork`, a prefix list) for addresses the
 * platform defines: only rules covering every address are sure to cover either.
 */
function reachableRanges(rule: FirewallRule): AddressRange[] {
  return rule.remoteAddresses.some((a) => a.keyword !== undefined) ? EVERY_ADDRESS : remoteRanges(rule);
}

/** What of the rule's remote addresses the covering keys leave open. */
function uncovered(rule: FirewallRule, covering: Array<{ addresses: GrowingAddressSet }>): AddressRange[] {
  return covering.reduce((rest, entry) => (rest.length === 0 ? rest : entry.addresses.remainderOf(rest)), reachableRanges(rule));
}

const EVERY_ADDRESS = (parseAddressSpec('any') as { ranges: AddressRange[] }).ranges;

function namesOf(covering: Array<{ names: string[] }>): string {
  return [...new Set(covering.flatMap((e) => e.names))].slice(0, 5).join(', ');
}

export default defineRule<Record<string, never>, 'shadowedOrdered' | 'deadAllow'>({
  id: 'firewall/shadowed-rule',
  meta: {
    description: 'No firewall rule is dead: covered by earlier rules of the same or broader scope, or an allow that block rules override',
    rationale: [
      'A rule that can never decide anything misleads whoever reads the rule set: the allow for media that a',
      'broader block overrides looks like it opens the ports, the block for VPN clients placed after a',
      'broader allow looks like it closes them. With ordered semantics (appliances: the first matching rule',
      'decides), a rule is dead when earlier rules of the same or broader scope cover all its remote addresses.',
      'With Windows Firewall semantics (the default: block beats allow whatever the order), an allow is dead',
      'when block rules of the same or broader scope cover all its remote addresses.',
      '',
      '"Same or broader scope" compares every other part of the rule (direction, protocol, program, interface',
      'types, profiles, local addresses, local and remote ports) as written or `any`; the remote addresses are',
      'compared as address sets, so several narrower rules together can cover one. A service tag or prefix list',
      '(Azure\'s `VirtualNetwork`, `Internet`; an AWS prefix list or security group) stands for addresses the file',
      'does not give: it covers no later rule, and a rule naming one is covered only by rules that cover every',
      'address. An Azure network security group is ordered: its rules in priority order, lowest first, the',
      'first match deciding; Azure\'s default rules come after every written one and so shadow none. An AWS',
      'security group only allows, so none of its rules is dead. Rules are grouped by those',
      'parts, so the analysis never compares rules pairwise.',
      '',
      '**Fix:** remove the dead rule, or move it before the rules that cover it (ordered) or narrow the block',
      '(Windows).',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [{ source: 'Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel', section: 'Windows Firewall Policy (block rules and their scope)' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      shadowedOrdered: 'rule {{name}} never matches: earlier rules of the same or broader scope ({{by}}) already decide all its remote addresses',
      deadAllow: 'allow rule {{name}} has no effect: block rules of the same or broader scope ({{by}}) cover all its remote addresses, and block beats allow',
    },
  },
  appliesTo: (estate) => estate.firewallRuleSets.some((set) => set.rules.length > 1),
  check({ estate, report }) {
    for (const set of estate.firewallRuleSets) {
      // A rule whose ports were written as arithmetic opens nothing meant: firewall/port-arithmetic says so.
      const rules = set.rules.filter((r) => r.enabled && r.localPorts.length > 0 && r.remotePorts.length > 0);
      if (set.semantics === 'ordered') {
        // Earlier rules by key: their remote addresses, grown as the walk goes on.
        const earlier = new Map<string, { addresses: GrowingAddressSet; names: string[] }>();
        for (const rule of rules) {
          const covering = broaderKeys(rule).map((k) => earlier.get(k)).filter((e) => e !== undefined);
          if (covering.length > 0 && uncovered(rule, covering).length === 0) {
            report({ node: rule.name, messageId: 'shadowedOrdered', data: { name: rule.name.value, by: namesOf(covering) } });
          }
          const key = dimensions(rule).join('\u0000');
          const entry = earlier.get(key) ?? { addresses: new GrowingAddressSet(), names: [] };
          for (const range of remoteRanges(rule)) entry.addresses.add(range);
          entry.names.push(rule.name.value);
          earlier.set(key, entry);
        }
        continue;
      }
      // Windows semantics: the block rules per key, all at once.
      const blocks = new Map<string, { addresses: GrowingAddressSet; names: string[] }>();
      for (const rule of rules.filter((r) => r.action.value === 'block')) {
        const key = dimensions(rule).join('\u0000');
        const entry = blocks.get(key) ?? { addresses: new GrowingAddressSet(), names: [] };
        for (const range of remoteRanges(rule)) entry.addresses.add(range);
        entry.names.push(rule.name.value);
        blocks.set(key, entry);
      }
      for (const rule of rules.filter((r) => r.action.value === 'allow')) {
        const covering = broaderKeys(rule).map((k) => blocks.get(k)).filter((e) => e !== undefined);
        if (covering.length === 0 || uncovered(rule, covering).length > 0) continue;
        report({ node: rule.name, messageId: 'deadAllow', data: { name: rule.name.value, by: namesOf(covering) } });
      }
    }
  },
});
