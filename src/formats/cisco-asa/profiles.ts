/**
 * The VPN profiles of an ASA configuration: one per group policy of remote-access clients
 * (AnyConnect, IPsec clients), from its split tunnel policy and the access list it names.
 *
 * - `split-tunnel-policy tunnelall`: everything enters the tunnel;
 * - `tunnelspecified`: the networks of the list enter the tunnel, nothing else;
 * - `excludespecified`: everything enters the tunnel but the networks of the list.
 *
 * The IPv4 policy is `split-tunnel-policy`, the IPv6 one `ipv6-split-tunnel-policy`; a policy not
 * set in a group policy is inherited from `DfltGrpPolicy`, whose own default is `tunnelall`
 * (Cisco ASA Series VPN CLI Configuration Guide, "Configure Split-Tunneling Attributes"). A
 * client gets IPv6 in the tunnel only when it is given an IPv6 address (`ipv6-address-pools`,
 * `ipv6-address-pool`); otherwise its IPv6 traffic never enters the tunnel (it is dropped, or
 * sent outside with `client-bypass-protocol enable`). A standard list's entries name the
 * networks; an extended list's entries name them as their source. Only `permit` entries count,
 * and `inactive` ones do not.
 *
 * A configuration file that is a whole device's (`ASA Version`) says everything the group
 * policy gets; a fragment (ASA lines kept in Ansible YAML, a CLI snippet) may leave the policy to
 * the device: what the fragment does not say is a "not checked" note, never a guess. A fragment
 * that holds access lists but no group policy is judged when the list says what it is for: a
 * list whose name (or the YAML key that holds it) says `exclude` is a split-exclude list of a
 * full tunnel, one that says `include` a split-include list.
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import { AsaResolver, asaGroupPolicies, type AsaAclEntry, type AsaAddress, type AsaGroupPolicy, type CiscoCommand, type CiscoConfig } from '../../languages/cisco-config/index.js';
import { AddressSet, type AddressRange, parseAddressSpec } from '../../model/ip-ranges.js';
import type { SitedAddress, VpnProfile } from '../../model/network.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { findPlaceholder } from '../shared/placeholders.js';

const FORMAT = 'cisco-asa';
const DEFAULT_POLICY = 'DfltGrpPolicy';

type Policy = 'tunnelall' | 'tunnelspecified' | 'excludespecified';
const POLICIES: ReadonlySet<string> = new Set(['tunnelall', 'tunnelspecified', 'excludespecified']);

const WHOLE: Record<4 | 6, AddressRange> = {
  4: { family: 4, first: 0n, last: (1n << 32n) - 1n },
  6: { family: 6, first: 0n, last: (1n << 128n) - 1n },
};

export interface AsaProfilesRead {
  profiles: VpnProfile[];
  notes: NotCheckedNote[];
  diagnostics: Diagnostic[];
}

export interface AsaReadOptions {
  file: string;
  /** The file is a whole device's configuration: what it does not set is the device's default. */
  whole: boolean;
  /** The range of the whole file, for the profile's own range. */
  fileLoc: SourceRange;
  /** What holds each command in the file (a YAML key), by `line:column`, for a list's purpose. */
  keys?: ReadonlyMap<string, string>;
}

interface FamilyPolicy {
  value: Policy;
  /** The word that sets it, or the command the default or inheritance is said at. */
  loc: SourceRange;
  /** As the message says it: `split-tunnel-policy excludespecified`, `... (inherited from DfltGrpPolicy)`. */
  how: string;
}

/** Never throws on a configuration the reader gave. */
export function asaVpnProfiles(config: CiscoConfig, options: AsaReadOptions): AsaProfilesRead {
  return new AsaProfiles(config, options).read();
}

class AsaProfiles {
  private readonly out: AsaProfilesRead = { profiles: [], notes: [], diagnostics: [] };
  private readonly resolver: AsaResolver;
  private readonly policies: Map<string, AsaGroupPolicy>;
  private readonly pools = new Map<string, SitedAddress>();
  /** Group policy name to the tunnel groups that use it (their general attributes). */
  private readonly tunnelGroups = new Map<string, CiscoCommand[]>();
  private readonly remoteAccessGroups = new Set<string>();
  private readonly siteToSiteGroups = new Set<string>();
  private readonly reportedLists = new Set<string>();

  constructor(
    private readonly config: CiscoConfig,
    private readonly options: AsaReadOptions,
  ) {
    this.resolver = new AsaResolver(config);
    this.policies = asaGroupPolicies(config);
    this.index();
  }

  read(): AsaProfilesRead {
    for (const [name, policy] of this.policies) {
      if (name === DEFAULT_POLICY && !this.tunnelGroups.has(name)) continue;
      if (this.isRemoteAccess(name, policy)) this.profile(name, policy);
    }
    if (this.policies.size === 0 && !this.options.whole) this.listsAlone();
    return this.out;
  }

  /** Pools, tunnel groups and which of them are for remote access. */
  private index(): void {
    for (const command of this.config.commands) {
      const words = command.words.map((w) => w.text);
      const lower = words.map((w) => w.toLowerCase());
      if ((lower[0] === 'ip' || lower[0] === 'ipv6') && lower[1] === 'local' && lower[2] === 'pool' && words[3] && words[4]) this.pool(command, lower[0] === 'ipv6');
      else if (lower[0] === 'tunnel-group' && words[1]) {
        if (lower[2] === 'type' && lower[3] === 'remote-access') this.remoteAccessGroups.add(words[1]);
        if (lower[2] === 'type' && lower[3] === 'ipsec-l2l') this.siteToSiteGroups.add(words[1]);
        if (lower[2] === 'general-attributes' || lower[2] === 'webvpn-attributes') {
          if (lower[2] === 'webvpn-attributes') this.remoteAccessGroups.add(words[1]);
          const policy = command.children.find((child) => child.words[0]?.text.toLowerCase() === 'default-group-policy')?.words[1]?.text;
          if (lower[2] === 'general-attributes') {
            const name = policy ?? DEFAULT_POLICY;
            const list = this.tunnelGroups.get(name) ?? [];
            list.push(command);
            this.tunnelGroups.set(name, list);
          }
        }
      }
    }
  }

  /** `ip local pool NAME FIRST-LAST [mask MASK]`, `ipv6 local pool NAME PREFIX/LEN COUNT`: the subnet clients get addresses in. */
  private pool(command: CiscoCommand, ipv6: boolean): void {
    const [, , , nameWord, rangeWord] = command.words;
    const maskIndex = command.words.findIndex((w) => w.text.toLowerCase() === 'mask');
    const mask = maskIndex > 0 ? command.words[maskIndex + 1]?.text : undefined;
    let spec = rangeWord.text;
    if (ipv6) {
      const parsed = parseAddressSpec(spec);
      if ('error' in parsed && parsed.suggestion) spec = parsed.suggestion;
    } else if (mask) {
      const prefix = prefixOfMask(mask);
      const first = spec.split('-')[0];
      const network = prefix === undefined ? undefined : parseAddressSpec(`${first}/${prefix}`);
      if (network && 'error' in network && network.suggestion) spec = network.suggestion;
      else if (network && 'ranges' in network) spec = `${first}/${prefix}`;
    }
    const parsed = parseAddressSpec(spec);
    if ('error' in parsed) {
      const placeholder = findPlaceholder(rangeWord.text);
      if (placeholder) this.note(rangeWord.loc, rangeWord.text, `is a template placeholder (${placeholder.style}): the addresses of pool ${nameWord.text} are known only when the template is rendered`);
      else this.diagnostic('bad-address', `pool ${nameWord.text}: ${parsed.error}`, rangeWord.loc);
      return;
    }
    this.pools.set(nameWord.text, { text: rangeWord.text, ranges: parsed.ranges, loc: command.loc });
  }

  /** A group policy remote-access clients use: it sets a split tunnel policy, a remote-access tunnel group names it, or it offers a client protocol. */
  private isRemoteAccess(name: string, policy: AsaGroupPolicy): boolean {
    if (policy.splitTunnelPolicy || policy.ipv6SplitTunnelPolicy || policy.splitTunnelNetworkList) return true;
    if (!this.options.whole) return false;
    const groups = (this.tunnelGroups.get(name) ?? []).map((group) => group.words[1].text);
    if (groups.some((group) => this.remoteAccessGroups.has(group))) return true;
    // A site-to-site peer's policy (ASDM writes `vpn-tunnel-protocol ikev2 l2tp-ipsec` there too) is no client's.
    if (groups.length > 0 && groups.every((group) => this.siteToSiteGroups.has(group))) return false;
    return this.subCommands(policy).some((sub) => {
      const words = sub.words.map((w) => w.text.toLowerCase());
      return words[0] === 'vpn-tunnel-protocol' && words.some((w) => w === 'ssl-client' || w === 'svc');
    });
  }

  private subCommands(policy: AsaGroupPolicy): CiscoCommand[] {
    return policy.commands.flatMap((command) => (command.words[2]?.text.toLowerCase() === 'attributes' ? command.children : []));
  }

  /** The policy's own value, else `DfltGrpPolicy`'s. */
  private setting(policy: AsaGroupPolicy, field: 'splitTunnelPolicy' | 'ipv6SplitTunnelPolicy' | 'splitTunnelNetworkList'): (AsaGroupPolicy[typeof field] & object) | undefined {
    return policy[field] ?? this.policies.get(DEFAULT_POLICY)?.[field];
  }

  private familyPolicy(name: string, policy: AsaGroupPolicy, family: 4 | 6): FamilyPolicy | 'not-set' | 'invalid' {
    const field = family === 4 ? 'splitTunnelPolicy' : 'ipv6SplitTunnelPolicy';
    const keyword = family === 4 ? 'split-tunnel-policy' : 'ipv6-split-tunnel-policy';
    const own = policy[field];
    const value = this.setting(policy, field);
    if (value) {
      if (!POLICIES.has(value.value)) {
        this.diagnostic('bad-value', `${keyword} ${value.value}: the policy is tunnelall, tunnelspecified or excludespecified`, value.loc);
        return 'invalid';
      }
      const inherited = own === undefined && name !== DEFAULT_POLICY;
      return { value: value.value as Policy, loc: value.loc, how: `${keyword} ${value.value}${inherited ? ` (inherited from ${DEFAULT_POLICY})` : ''}` };
    }
    if (!this.options.whole) return 'not-set';
    return { value: 'tunnelall', loc: policy.commands[0].loc, how: `${keyword} not set (the ASA's default is tunnelall)` };
  }

  /** True when clients of the policy get an IPv6 address in the tunnel. */
  private hasIpv6(name: string, policy: AsaGroupPolicy): boolean {
    if (policy.ipv6SplitTunnelPolicy) return true;
    const policies = [policy, this.policies.get(DEFAULT_POLICY)].filter((p): p is AsaGroupPolicy => p !== undefined);
    if (policies.some((p) => this.subCommands(p).some((sub) => sub.words[0]?.text.toLowerCase() === 'ipv6-address-pools' && sub.words[1]?.text.toLowerCase() !== 'none'))) return true;
    return (this.tunnelGroups.get(name) ?? []).some((group) => group.children.some((sub) => sub.words[0]?.text.toLowerCase() === 'ipv6-address-pool'));
  }

  private profile(name: string, policy: AsaGroupPolicy): void {
    const v4 = this.familyPolicy(name, policy, 4);
    if (v4 === 'invalid') return;
    if (v4 === 'not-set') {
      const at = policy.splitTunnelNetworkList ?? policy.ipv6SplitTunnelPolicy;
      this.note(at?.loc ?? policy.commands[0].loc, `group-policy ${name}`, `sets no split-tunnel-policy in this file, so its tunnel is the one the device's ${DEFAULT_POLICY} gives; not judged`);
      return;
    }
    const ipv6 = this.hasIpv6(name, policy);
    const v6 = ipv6 ? this.familyPolicy(name, policy, 6) : undefined;
    if (v6 === 'invalid') return;
    const families: Array<{ family: 4 | 6; policy: FamilyPolicy | undefined }> = [
      { family: 4, policy: v4 },
      { family: 6, policy: v6 === 'not-set' ? undefined : v6 },
    ];
    if (v6 === 'not-set') {
      this.note(policy.commands[0].loc, `group-policy ${name}`, `gives clients IPv6 but sets no ipv6-split-tunnel-policy in this file; IPv6 in its tunnel is not judged`);
    }
    const needsList = families.some((f) => f.policy && f.policy.value !== 'tunnelall');
    let entries: ListEntries | undefined;
    if (needsList) {
      const list = this.setting(policy, 'splitTunnelNetworkList');
      entries = list && list.value.toLowerCase() !== 'none' ? this.listEntries(list.value) : { byFamily: { 4: [], 6: [] }, unknown: false, missing: list ? undefined : 'no split-tunnel-network-list' };
      if (entries.missing !== undefined) {
        const how = families.find((f) => f.policy && f.policy.value !== 'tunnelall')?.policy?.how;
        this.note(list?.loc ?? policy.commands[0].loc, `group-policy ${name}`, `uses ${how} with ${entries.missing}; its tunnel is not judged`);
        return;
      }
      if (entries.unknown && families.some((f) => f.policy?.value === 'excludespecified')) {
        this.note(list?.loc ?? policy.commands[0].loc, `group-policy ${name}`, `excludes networks of access list ${list?.value} that are not all known; its tunnel is not judged`);
        return;
      }
    }
    const dynamic = this.dynamicSplitExclude(policy);
    if (dynamic && families.some((f) => f.policy && f.policy.value !== 'tunnelspecified')) {
      this.note(dynamic.loc, `group-policy ${name}`, 'excludes domains by name (AnyConnect dynamic split tunneling), which the client resolves when it connects; its tunnel is not judged');
      return;
    }
    const profile = this.build(name, families, entries, policy.commands[0].loc);
    profile.clientSubnets = this.clientSubnets(name, policy);
    const dns = this.dns(policy);
    if (dns) profile.dns = dns;
    this.out.profiles.push(profile);
  }

  /** The profile from each family's policy; a family without one (IPv6 with no address for it) never enters the tunnel. */
  private build(name: string, families: ReadonlyArray<{ family: 4 | 6; policy: FamilyPolicy | undefined }>, entries: ListEntries | undefined, at: SourceRange): VpnProfile {
    const profile: VpnProfile = { file: this.options.file, loc: at, source: 'cisco-asa', name, clientSubnets: [], include: [], exclude: [], endpoints: [] };
    const full = families.find((f) => f.policy && f.policy.value !== 'tunnelspecified')?.policy;
    const split = families.find((f) => f.policy?.value === 'tunnelspecified')?.policy;
    const said = full ?? split;
    if (said) profile.tunnel = { value: full ? 'full' : 'split', loc: said.loc, how: said.how };
    for (const { family, policy } of families) {
      const listed = entries?.byFamily[family] ?? [];
      if (!policy) {
        if (full) profile.exclude.push({ text: family === 6 ? 'IPv6 (clients get no IPv6 address in the tunnel)' : 'IPv4', ranges: [WHOLE[family]], loc: at });
        continue;
      }
      if (policy.value === 'excludespecified') for (const address of listed) profile.exclude.push(address);
      else if (policy.value === 'tunnelspecified') {
        for (const address of listed) profile.include.push(address);
        // In a tunnel that is full for the other family, this family's addresses outside its list bypass the tunnel.
        if (full) {
          const outside = AddressSet.of([WHOLE[family]]).difference(AddressSet.of(listed.flatMap((a) => a.ranges)));
          const ranges = outside.ranges();
          if (ranges.length > 0) profile.exclude.push({ text: `IPv${family} outside the split-include list`, ranges, loc: policy.loc });
        }
      }
    }
    return profile;
  }

  /** The networks of access list `name`, by family; what cannot be known is a note. */
  private listEntries(name: string): ListEntries {
    const entries = this.resolver.accessList(name);
    if (entries.length === 0) return { byFamily: { 4: [], 6: [] }, unknown: true, missing: `access list ${name}, which this file does not define` };
    return this.addresses(entries, name);
  }

  private addresses(entries: readonly AsaAclEntry[], name: string): ListEntries {
    const out: ListEntries = { byFamily: { 4: [], 6: [] }, unknown: false };
    const report = !this.reportedLists.has(name);
    this.reportedLists.add(name);
    for (const entry of entries) {
      if (entry.action !== 'permit' || entry.inactive) continue;
      const written = entry.type === 'standard' ? entry.destination : (entry.source ?? []);
      for (const address of written) {
        const sited = this.sited(address, entry, report);
        if (sited === 'unknown') out.unknown = true;
        else if (sited) for (const family of [4, 6] as const) {
          const ranges = sited.ranges.filter((r) => r.family === family);
          if (ranges.length > 0) out.byFamily[family].push({ ...sited, ranges });
        }
      }
    }
    return out;
  }

  /** One address of an entry, at the entry's line. */
  private sited(address: AsaAddress, entry: AsaAclEntry, report: boolean): SitedAddress | 'unknown' | undefined {
    const loc = entry.loc;
    switch (address.kind) {
      case 'any': {
        const families: Array<4 | 6> = entry.type === 'standard' || address.family === 4 ? [4] : address.family === 6 ? [6] : [4, 6];
        return { text: 'any', ranges: families.map((f) => WHOLE[f]), loc };
      }
      case 'prefix': {
        const text = `${address.address}/${address.prefixLength}`;
        const parsed = parseAddressSpec(text);
        if ('error' in parsed) {
          if (report) this.diagnostic('bad-address', `access-list ${entry.list}: ${parsed.error}; the ASA refuses this entry`, address.loc);
          return undefined;
        }
        return { text, ranges: parsed.ranges, loc };
      }
      case 'range': {
        const parsed = parseAddressSpec(`${address.first}-${address.last}`);
        if ('error' in parsed) {
          if (report) this.diagnostic('bad-address', `access-list ${entry.list}: ${parsed.error}`, address.loc);
          return undefined;
        }
        return { text: `${address.first}-${address.last}`, ranges: parsed.ranges, loc };
      }
      case 'fqdn':
        if (report) this.note(address.loc, address.name, `is a name in split-tunnel list ${entry.list}: the ASA resolves it on the device, so its addresses are not known`);
        return 'unknown';
      case 'interface':
        if (report) this.note(address.loc, `interface ${address.name}`, `in access list ${entry.list} stands for an interface's address, not known from the configuration`);
        return 'unknown';
      case 'unknown':
        if (refusedByAsa(address.reason)) {
          // The ASA refuses the line: the entry is not in the list on the device.
          if (report) this.diagnostic('bad-entry', `access-list ${entry.list}: ${address.reason}; the ASA refuses this entry, so it is not in the list`, address.loc);
          return undefined;
        }
        if (report) this.note(address.loc, address.written || entry.list, `(${address.reason}): an entry of access list ${entry.list} is not known`);
        return 'unknown';
    }
  }

  /** `anyconnect-custom dynamic-split-exclude-domains value ...` under the policy's `webvpn`. */
  private dynamicSplitExclude(policy: AsaGroupPolicy): CiscoCommand | undefined {
    for (const sub of this.subCommands(policy)) {
      for (const command of [sub, ...sub.children]) {
        const words = command.words.map((w) => w.text.toLowerCase());
        if (words[0] === 'anyconnect-custom' && words[1] === 'dynamic-split-exclude-domains' && words[2] !== 'none') return command;
      }
    }
    return undefined;
  }

  private clientSubnets(name: string, policy: AsaGroupPolicy): SitedAddress[] {
    const names: string[] = [];
    const fromPolicy = (p: AsaGroupPolicy | undefined) => {
      for (const sub of p ? this.subCommands(p) : []) {
        const keyword = sub.words[0]?.text.toLowerCase();
        if ((keyword === 'address-pools' || keyword === 'ipv6-address-pools') && sub.words[1]?.text.toLowerCase() === 'value') names.push(...sub.words.slice(2).map((w) => w.text));
      }
    };
    fromPolicy(policy);
    if (names.length === 0) fromPolicy(this.policies.get(DEFAULT_POLICY));
    for (const group of this.tunnelGroups.get(name) ?? []) {
      for (const sub of group.children) {
        const keyword = sub.words[0]?.text.toLowerCase();
        if (keyword === 'address-pool' || keyword === 'ipv6-address-pool') names.push(...sub.words.slice(1).filter((w) => !w.text.startsWith('(')).map((w) => w.text));
      }
    }
    const out: SitedAddress[] = [];
    for (const pool of new Set(names)) {
      const sited = this.pools.get(pool);
      if (sited) out.push(sited);
    }
    return out;
  }

  /** `dns-server value A B`, `default-domain value D`, `split-dns value D1 D2`. */
  private dns(policy: AsaGroupPolicy): VpnProfile['dns'] {
    const dns: NonNullable<VpnProfile['dns']> = { servers: [], suffixes: [] };
    for (const sub of this.subCommands(policy)) {
      const keyword = sub.words[0]?.text.toLowerCase();
      if (sub.words[1]?.text.toLowerCase() !== 'value') continue;
      for (const word of sub.words.slice(2)) {
        if (keyword === 'dns-server') {
          const parsed = parseAddressSpec(word.text);
          if ('ranges' in parsed && parsed.ranges.length === 1 && parsed.ranges[0].first === parsed.ranges[0].last) dns.servers.push({ text: word.text, ranges: parsed.ranges, loc: word.loc });
        } else if (keyword === 'default-domain' || keyword === 'split-dns') dns.suffixes.push({ value: word.text.toLowerCase().replace(/\.$/, ''), loc: word.loc });
      }
    }
    return dns.servers.length > 0 || dns.suffixes.length > 0 ? dns : undefined;
  }

  /**
   * A fragment of access lists and no group policy: a list whose name (or the YAML key holding
   * it) says `exclude` is taken for a split-exclude list, one that says `include` for a
   * split-include list; any other is not a VPN's for all this file says.
   */
  private listsAlone(): void {
    for (const name of this.resolver.accessListNames()) {
      const entries = this.resolver.accessList(name);
      if (entries.length === 0) continue;
      const first = entries[0].command;
      const key = this.options.keys?.get(`${first.loc.line}:${first.loc.column}`) ?? '';
      const words = `${name} ${key}`.toLowerCase();
      const exclude = /exclu/.test(words);
      const include = /inclu/.test(words);
      // Neither: an access list for something else (a firewall's), or one whose use this file does not say.
      if (exclude === include) continue;
      const listed = this.addresses(entries, name);
      const how = `access-list ${name}, a split-${exclude ? 'exclude' : 'include'} list by its name (its group policy is not in this file)`;
      if (exclude && listed.unknown) {
        this.note(first.loc, `access-list ${name}`, 'is a split-exclude list with entries that are not all known; not judged');
        continue;
      }
      const policy: FamilyPolicy = { value: exclude ? 'excludespecified' : 'tunnelspecified', loc: first.loc, how };
      // IPv6 counts when the list names IPv6 networks: a list of IPv4 networks alone is for an IPv4 policy.
      const families = [
        { family: 4 as const, policy },
        { family: 6 as const, policy: listed.byFamily[6].length > 0 ? policy : undefined },
      ];
      this.out.profiles.push(this.build(name, families, listed, first.loc));
    }
  }

  private note(loc: SourceRange, expression: string, reason: string): void {
    this.out.notes.push({ format: FORMAT, loc, expression, reason });
  }

  private diagnostic(code: string, message: string, loc: SourceRange): void {
    this.out.diagnostics.push({ ...loc, severity: 'error', code: `${FORMAT}/${code}`, message });
  }
}

interface ListEntries {
  byFamily: Record<4 | 6, SitedAddress[]>;
  /** Some entry's address is not known (a name, an undefined object). */
  unknown: boolean;
  /** Why there is no list to read. */
  missing?: string;
}

/** Reasons of the Cisco reader for an address written in a way the ASA's CLI does not take (rather than one defined elsewhere). */
function refusedByAsa(reason: string): boolean {
  return /words after the address|not a contiguous|is not an address prefix|mask after an IPv6|without its argument|^no \w+ address/.test(reason);
}

/** The prefix length of a dotted-quad subnet mask; undefined when it is not a contiguous one. */
function prefixOfMask(mask: string): number | undefined {
  const octets = mask.split('.').map(Number);
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255)) return undefined;
  const bits = octets.map((o) => o.toString(2).padStart(8, '0')).join('');
  const prefix = bits.indexOf('0') < 0 ? 32 : bits.indexOf('0');
  return bits.slice(prefix).includes('1') ? undefined : prefix;
}
