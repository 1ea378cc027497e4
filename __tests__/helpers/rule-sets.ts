/** The firewall rule sets of a lint, written as lines to compare: what the cloud network formats read. */
import type { LintResult } from '../../src/lint.js';
import type { FirewallRule, FirewallRuleSet, SitedAddress, SitedPorts } from '../../src/model/network.js';

function addresses(list: readonly SitedAddress[]): string {
  return list.map((a) => (a.keyword ? `tag:${a.text}` : a.any ? 'any' : a.text)).join(',');
}

function ports(list: readonly SitedPorts[]): string {
  return list.map((p) => (p.any ? '*' : p.first === p.last ? String(p.first) : `${p.first}-${p.last}`)).join(',') || '-';
}

/** `<line> [<priority>] <direction> <action> <protocol> <remote>:<remote ports> -> <local>:<local ports>`. */
export function ruleLine(rule: FirewallRule): string {
  const arithmetic = rule.portArithmetic ? ` arithmetic(${rule.portArithmetic.map((p) => `${p.value}=${p.result}@${p.loc.line}:${p.loc.column}`).join(',')})` : '';
  return `${rule.loc.line} ${rule.priority ? `${rule.priority.value} ` : ''}${rule.name.value} ${rule.direction.value} ${rule.action.value} ${rule.protocol.value} ${addresses(rule.remoteAddresses)}:${ports(rule.remotePorts)} -> ${addresses(rule.localAddresses)}:${ports(rule.localPorts)}${arithmetic}`;
}

/** Each set as `set <name> <source> <semantics> <file>:<line>[ incomplete]`, then its rules in order. */
export function ruleSetLines(sets: readonly FirewallRuleSet[]): string[] {
  const out: string[] = [];
  for (const set of sets) {
    out.push(`set ${set.name} ${set.source ?? 'manifest'} ${set.semantics} ${set.file}:${set.loc.line}${(set.unreadRules?.length ?? 0) > 0 ? ' incomplete' : ''}`);
    for (const rule of set.rules) out.push(`  ${ruleLine(rule)}`);
  }
  return out;
}

export function ruleSetsOf(result: LintResult): string[] {
  return ruleSetLines(result.estate?.firewallRuleSets ?? []);
}
