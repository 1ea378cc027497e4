/**
 * Which firewall rule sets guard a Teams Direct Routing SBC, and what of Microsoft's address
 * space a rule names: the questions the `teams/sbc-*` and `teams/direct-routing-media` rules ask.
 *
 * A rule set guards a Direct Routing SBC when, and only when,
 * - it allows TCP inbound from Microsoft's Direct Routing SIP proxies (a source of the rule is a
 *   network within the Direct Routing ranges of a Microsoft 365 cloud): only an SBC takes SIP
 *   from them; or
 * - its name, description, tags or resource address say so, as a word: `sbc`, `audiocodes`,
 *   `mediant`, `ribbon`, `sonus`, `anynode`, `directrouting`, "direct routing", "session border".
 * Nothing else makes it one: a web server's NSG opening 443 to the Internet is not judged.
 */
import { AddressSet, parseAddressSpec, type AddressRange } from '../model/ip-ranges.js';
import type { FirewallRule, FirewallRuleSet, SitedAddress, SitedPorts } from '../model/network.js';
import type { SourceRange } from '../core/types.js';
import { ALSO_LISTED_DIRECT_ROUTING_RANGES, DIRECT_ROUTING } from './data/direct-routing.js';
import type { M365CloudName } from './data/m365-clouds.js';
import { M365_OPTIMIZE_LISTS } from './data/m365-optimize.js';
import { portsCover } from './firewall.js';

function setOf(texts: readonly string[]): AddressSet {
  return AddressSet.of(texts.flatMap((text) => {
    const parsed = parseAddressSpec(text);
    return 'ranges' in parsed ? parsed.ranges : [];
  }));
}

const CLOUD_SETS = new Map<M365CloudName, AddressSet>();
for (const [cloud, data] of Object.entries(DIRECT_ROUTING)) CLOUD_SETS.set(cloud as M365CloudName, setOf(data.ranges));
const ANY_CLOUD = [...CLOUD_SETS.values()].reduce((all, set) => all.union(set), AddressSet.empty());
const ALSO_LISTED = setOf(ALSO_LISTED_DIRECT_ROUTING_RANGES);
const OPTIMIZE = setOf(Object.values(M365_OPTIMIZE_LISTS).flatMap((list) => [...list.ranges]));
/** Every network uclint knows as Microsoft's for Teams: Direct Routing of every cloud (with the networks also listed for it), the Optimize lists. */
const MICROSOFT = ANY_CLOUD.union(ALSO_LISTED).union(OPTIMIZE);

/** The Direct Routing ranges of a cloud (undefined: every cloud's); undefined when uclint has none for it. */
export function directRoutingSet(cloud: M365CloudName | undefined): AddressSet | undefined {
  return cloud === undefined ? ANY_CLOUD : CLOUD_SETS.get(cloud);
}

/** The networks SIP may come from for a cloud: its Direct Routing ranges, and for the worldwide service the networks also listed for it. */
export function directRoutingSourceSet(cloud: M365CloudName | undefined): AddressSet | undefined {
  const ranges = directRoutingSet(cloud);
  return ranges && (cloud === undefined || cloud === 'worldwide') ? ranges.union(ALSO_LISTED) : ranges;
}

/** The ranges as messages write them. */
export function directRoutingText(cloud: M365CloudName | undefined): string {
  if (cloud !== undefined) return DIRECT_ROUTING[cloud]?.ranges.join(', ') ?? 'none known';
  return `${DIRECT_ROUTING.worldwide!.ranges.join(', ')} (worldwide and GCC; GCC High ${DIRECT_ROUTING['gcc-high']!.ranges.join(', ')}, DoD ${DIRECT_ROUTING.dod!.ranges.join(', ')})`;
}

/** Whether an address entry stands for every address a client on the Internet may have: `any`, `*`, the `Internet` tag, 0.0.0.0/0 or ::/0. */
export function openToEveryone(address: SitedAddress): boolean {
  if (address.any) return true;
  // Azure's `Internet` service tag, Windows Firewall's `Internet` keyword: every address outside the network.
  if (address.keyword !== undefined) return address.keyword.toLowerCase() === 'internet';
  return address.ranges.some((r) => r.first === 0n && (r.family === 4 ? r.last === (1n << 32n) - 1n : r.last === (1n << 128n) - 1n));
}

/**
 * How a message names a source open to everyone: `the Internet service tag` (a cloud group), `the
 * Internet keyword` (Windows Firewall), `any address`, `0.0.0.0/0 (every address)`.
 */
export function everyoneText(address: SitedAddress, set: FirewallRuleSet): string {
  if (address.keyword !== undefined) return `the ${address.text} ${set.source === 'azure-nsg' || set.source === 'aws-security-group' ? 'service tag' : 'keyword'}`;
  return address.any || address.text === '*' || address.text.toLowerCase() === 'any' ? 'any address' : `${address.text} (every address)`;
}

/** What a remote address is, seen from Direct Routing: within the accepted ranges, Microsoft's but not those, or not Microsoft's. */
export type MicrosoftRangeKind = 'direct-routing' | 'optimize' | 'other-microsoft' | 'not-microsoft' | 'tag';

export function microsoftRangeKind(address: SitedAddress, accepted: AddressSet): MicrosoftRangeKind {
  if (address.keyword !== undefined || address.any) return 'tag';
  const set = AddressSet.of(address.ranges);
  if (set.isEmpty()) return 'tag';
  if (accepted.covers(set)) return 'direct-routing';
  if (!address.ranges.some((r) => MICROSOFT.overlaps(r))) return 'not-microsoft';
  if (address.ranges.some((r) => OPTIMIZE.overlaps(r))) return 'optimize';
  return 'other-microsoft';
}

/** How a rule set is known to guard a Direct Routing SBC, with where that is written. */
export interface SbcEvidence {
  how: 'sip-from-microsoft' | 'label';
  text: string;
  loc: SourceRange;
  /** The TCP ports opened to Microsoft's SIP proxies (the SBC's SIP signalling ports), when a rule says. */
  sipPorts: SitedPorts[];
}

const SBC_WORDS = new Set(['sbc', 'sbcs', 'audiocodes', 'mediant', 'ribbon', 'sonus', 'anynode', 'directrouting']);
const SBC_PHRASES = [['direct', 'routing'], ['session', 'border']];

/** Words of a name: `nsg-teams-sbc01` and `SBCSubnetNSG` give `sbc`. */
function words(text: string): string[] {
  return (text.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []).map((w) => w.toLowerCase());
}

/** A path's last part without its extension (`hosts/sbc-firewall.ps1` gives `sbc-firewall`). */
function baseName(file: string): string {
  const last = file.slice(file.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
}

function labelSaysSbc(text: string): boolean {
  const list = words(text);
  if (list.some((w) => SBC_WORDS.has(w))) return true;
  return SBC_PHRASES.some(([a, b]) => list.some((w, i) => w === a && list[i + 1] === b));
}

/**
 * Inbound TCP allow rules that name a network of Microsoft's Direct Routing SIP proxies (of any
 * cloud) among their sources: only an SBC's rules do, whatever else they name (a list that adds
 * other networks, or any address, is what the rules judge).
 */
export function sipFromMicrosoftRules(set: FirewallRuleSet): FirewallRule[] {
  return set.rules.filter(
    (rule) =>
      rule.enabled &&
      rule.direction.value === 'inbound' &&
      rule.action.value === 'allow' &&
      rule.protocol.value === 'tcp' &&
      rule.remoteAddresses.some((a) => !a.any && a.keyword === undefined && a.ranges.length > 0 && ANY_CLOUD.covers(AddressSet.of(a.ranges))),
  );
}

const cache = new WeakMap<FirewallRuleSet, SbcEvidence | null>();

/** Whether the set guards a Direct Routing SBC, and why; undefined when nothing says so. */
export function sbcEvidence(set: FirewallRuleSet): SbcEvidence | undefined {
  const cached = cache.get(set);
  if (cached !== undefined) return cached ?? undefined;
  let found: SbcEvidence | undefined;
  const sip = sipFromMicrosoftRules(set);
  const sipPorts = sip.flatMap((rule) => rule.localPorts.filter((p) => !p.any));
  if (sip.length > 0) {
    const first = sip[0];
    found = { how: 'sip-from-microsoft', text: `rule ${first.name.value} allows TCP from Microsoft's Direct Routing SIP proxies`, loc: first.name.loc, sipPorts };
  } else {
    const label = set.labels?.find((l) => labelSaysSbc(l.value));
    // A host firewall script (Windows Firewall on an SBC's host, such as anynode's) has no labels: its rules' names or its file name say it.
    const ruleNamed = set.labels === undefined ? set.rules.find((r) => labelSaysSbc(r.name.value)) : undefined;
    if (label) found = { how: 'label', text: `its ${label.kind} ${label.value} names an SBC`, loc: label.loc, sipPorts };
    else if (ruleNamed) found = { how: 'label', text: `its rule ${ruleNamed.name.value} names an SBC`, loc: ruleNamed.name.loc, sipPorts };
    else if (set.labels === undefined && labelSaysSbc(baseName(set.file))) found = { how: 'label', text: `its file ${set.file} names an SBC`, loc: set.loc, sipPorts };
  }
  cache.set(set, found ?? null);
  return found;
}

/** The port ranges of a list that overlap [first, last]. */
export function portsOverlap(list: readonly SitedPorts[], ranges: ReadonlyArray<{ first: number; last: number }>): boolean {
  return list.some((p) => ranges.some((r) => p.first <= r.last && r.first <= p.last));
}

/**
 * Whether an inbound allow rule open to everyone is in force for the given ports: not when an
 * earlier block rule (ordered semantics), or any block rule (Windows semantics), of the same
 * direction and protocol denies everyone on all those ports.
 */
export function allowInForce(set: FirewallRuleSet, rule: FirewallRule, ports: ReadonlyArray<{ first: number; last: number }>): boolean {
  if (set.semantics === 'allow-only') return true;
  const blocks = blocksOfEveryone(set).filter(
    (other) =>
      other.direction.value === rule.direction.value &&
      (other.protocol.value === 'any' || other.protocol.value === rule.protocol.value) &&
      (set.semantics === 'windows' || other.index < rule.index),
  );
  return !ports.every((p) => blocks.some((b) => portsCover(b.localPorts, p.first, p.last)));
}

const blockCache = new WeakMap<FirewallRuleSet, FirewallRule[]>();

/** The enabled block rules of a set that deny everyone, found once per set. */
function blocksOfEveryone(set: FirewallRuleSet): FirewallRule[] {
  let found = blockCache.get(set);
  if (found === undefined) {
    found = set.rules.filter((other) => other.enabled && other.action.value === 'block' && other.remoteAddresses.some(openToEveryone));
    blockCache.set(set, found);
  }
  return found;
}

/** Ports as messages write them: `TCP 5061`, `TCP 5060-5061, 5067`. */
export function portsText(protocol: string, ports: ReadonlyArray<{ first: number; last: number }>): string {
  return `${protocol.toUpperCase()} ${ports.map((p) => (p.first === p.last ? String(p.first) : `${p.first}-${p.last}`)).join(', ')}`;
}

/** The ranges of an address list, for set operations. */
export function rangesOf(list: readonly SitedAddress[]): AddressRange[] {
  return list.flatMap((a) => a.ranges);
}
