import { AddressSet } from '../model/ip-ranges.js';
import type { FirewallRule, FirewallRuleSet, SitedPorts } from '../model/network.js';

/** The addresses of a rule's list (`any` and absent lists hold everything). */
export function addressesOf(list: FirewallRule['localAddresses']): AddressSet {
  return AddressSet.of(list.flatMap((a) => a.ranges));
}

/** Whether a port list (a rule's, a client's media ranges) covers every port from `first` to `last`. */
export function portsCover(list: ReadonlyArray<Pick<SitedPorts, 'first' | 'last'>>, first: number, last: number): boolean {
  const sorted = [...list].sort((a, b) => a.first - b.first);
  let next = first;
  for (const p of sorted) {
    if (p.first > next) break;
    if (p.last >= next) next = p.last + 1;
    if (next > last) return true;
  }
  return next > last;
}

/** Whether a rule matches the protocol (`any` matches all). */
export function protocolMatches(rule: FirewallRule, protocol: 'tcp' | 'udp'): boolean {
  return rule.protocol.value === 'any' || rule.protocol.value === protocol;
}

/** Enabled rules of every rule set, with their set. */
export function enabledRules(sets: readonly FirewallRuleSet[]): Array<{ set: FirewallRuleSet; rule: FirewallRule }> {
  return sets.flatMap((set) => set.rules.filter((rule) => rule.enabled).map((rule) => ({ set, rule })));
}
