import ipaddr from 'ipaddr.js';
import type { SourceRange } from '../../core/types.js';
import type { StaticValue } from '../values.js';
import type { CiscoCommand, CiscoConfig, CiscoWord } from './read.js';

/**
 * What the VPN and firewall readers ask of an ASA configuration: each group policy's split
 * tunnel policy and the network list it names, and the entries of an access list with their
 * addresses resolved through `name` aliases, `object network` and `object-group network`
 * definitions. Every value keeps the range of the words it was read from; a reference that
 * leads nowhere is an unknown address that says why.
 */

type StringValue = Extract<StaticValue, { kind: 'string' }>;

export interface AsaGroupPolicy {
  name: string;
  /** Every `group-policy NAME ...` command, in order. */
  commands: CiscoCommand[];
  /** `split-tunnel-policy tunnelall|tunnelspecified|excludespecified`, the last one set (a `no` form clears it). */
  splitTunnelPolicy?: StringValue;
  ipv6SplitTunnelPolicy?: StringValue;
  /** `split-tunnel-network-list value NAME`: the access list's name; `none` for `split-tunnel-network-list none`. */
  splitTunnelNetworkList?: StringValue;
}

export type AsaAddress =
  | { kind: 'any'; family: 4 | 6 | 'both'; loc: SourceRange; via: SourceRange[] }
  | { kind: 'prefix'; family: 4 | 6; address: string; prefixLength: number; loc: SourceRange; via: SourceRange[] }
  | { kind: 'range'; family: 4 | 6; first: string; last: string; loc: SourceRange; via: SourceRange[] }
  | { kind: 'fqdn'; name: string; loc: SourceRange; via: SourceRange[] }
  | { kind: 'interface'; name: string; loc: SourceRange; via: SourceRange[] }
  | { kind: 'unknown'; written: string; reason: string; loc: SourceRange; via: SourceRange[] };

export interface AsaAclEntry {
  list: string;
  type: 'standard' | 'extended';
  action: 'permit' | 'deny';
  /** The protocol word of an extended entry (`ip`, `tcp`, `udp`, a number, or an object reference as written). */
  protocol?: CiscoWord;
  /** Extended entries only. */
  source?: AsaAddress[];
  /** A standard entry's one address list (the networks of a split-tunnel list), an extended entry's destination. */
  destination: AsaAddress[];
  /** `inactive` entries are in the configuration but not applied. */
  inactive: boolean;
  /** Masks are IOS wildcards (a numbered IOS list without `standard` or `extended`), not ASA subnet masks. */
  wildcard: boolean;
  command: CiscoCommand;
  loc: SourceRange;
}

/** Group policies by name (case as written; the ASA's names are case-sensitive). */
export function asaGroupPolicies(config: CiscoConfig): Map<string, AsaGroupPolicy> {
  const policies = new Map<string, AsaGroupPolicy>();
  for (const command of config.commands) {
    const words = lower(command.words);
    if (words[0] !== 'group-policy' || !command.words[1]) continue;
    const name = command.words[1].text;
    const policy = policies.get(name) ?? { name, commands: [] };
    policies.set(name, policy);
    policy.commands.push(command);
    if (words[2] !== 'attributes') continue;
    for (const sub of command.children) {
      const negated = lower(sub.words)[0] === 'no';
      const parts = negated ? sub.words.slice(1) : sub.words;
      const keyword = parts[0]?.text.toLowerCase();
      const field =
        keyword === 'split-tunnel-policy' ? 'splitTunnelPolicy' : keyword === 'ipv6-split-tunnel-policy' ? 'ipv6SplitTunnelPolicy' : keyword === 'split-tunnel-network-list' ? 'splitTunnelNetworkList' : undefined;
      if (!field) continue;
      if (negated) {
        delete policy[field];
        continue;
      }
      // `split-tunnel-network-list value NAME` or `... none`; the policies take one word.
      const valueWord = field === 'splitTunnelNetworkList' && parts[1]?.text.toLowerCase() === 'value' ? parts[2] : parts[1];
      if (valueWord) policy[field] = { kind: 'string', value: field === 'splitTunnelNetworkList' ? valueWord.text : valueWord.text.toLowerCase(), loc: valueWord.loc };
    }
  }
  return policies;
}

/** Resolves names, objects and object groups of one configuration; built once, asked many times. */
export class AsaResolver {
  private readonly names = new Map<string, CiscoWord>();
  private readonly objects = new Map<string, CiscoCommand>();
  private readonly groups = new Map<string, CiscoCommand>();
  private readonly lists = new Map<string, CiscoCommand[]>();
  private resolved = 0;

  constructor(readonly config: CiscoConfig) {
    for (const command of config.commands) {
      const words = lower(command.words);
      if (words[0] === 'name' && command.words[2]) this.names.set(command.words[2].text, command.words[1]);
      else if (words[0] === 'object' && words[1] === 'network' && command.words[2]) this.objects.set(command.words[2].text, command);
      else if (words[0] === 'object-group' && command.words[2]) this.groups.set(command.words[2].text, command);
      else if (words[0] === 'access-list' && command.words[1]) {
        const name = command.words[1].text;
        const list = this.lists.get(name) ?? [];
        list.push(command);
        this.lists.set(name, list);
      }
    }
  }

  /** The names of every access list, in the order they first appear. */
  accessListNames(): string[] {
    return [...this.lists.keys()];
  }

  /** The entries of access list `name` in order (remarks left out); empty when it is not defined. */
  accessList(name: string): AsaAclEntry[] {
    this.resolved = 0;
    const entries: AsaAclEntry[] = [];
    for (const command of this.lists.get(name) ?? []) {
      const entry = this.entry(name, command);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  private entry(list: string, command: CiscoCommand): AsaAclEntry | undefined {
    const words = command.words;
    let i = 2;
    if (words[i]?.text.toLowerCase() === 'line' && words[i + 1]) i += 2;
    const keyword = words[i]?.text.toLowerCase();
    let type: 'standard' | 'extended';
    let wildcard = false;
    if (keyword === 'standard' || keyword === 'extended') {
      type = keyword;
      i++;
    } else if (keyword === 'permit' || keyword === 'deny') {
      // `access-list 10 permit ...` is IOS's numbered list with wildcard masks; a named one without the keyword is the ASA's old extended form.
      const number = /^[0-9]+$/.test(list) ? Number(list) : undefined;
      const iosStandard = number !== undefined && ((number >= 1 && number <= 99) || (number >= 1300 && number <= 1999));
      wildcard = number !== undefined;
      type = iosStandard ? 'standard' : 'extended';
    } else return undefined; // remark, webtype, ethertype, rename...
    const action = words[i]?.text.toLowerCase();
    if (action !== 'permit' && action !== 'deny') return undefined;
    i++;
    const cursor = { i };
    const inactive = words.some((word) => word.text.toLowerCase() === 'inactive');
    if (type === 'standard') {
      const destination = this.addressSpec(words, cursor, wildcard, 'standard');
      return { list, type, action, destination: this.trailing(words, cursor, destination), inactive, wildcard, command, loc: command.loc };
    }
    let protocol = words[cursor.i];
    if (protocol && (protocol.text === 'object-group' || protocol.text === 'object') && words[cursor.i + 1]) {
      protocol = { ...protocol, text: `${protocol.text} ${words[cursor.i + 1].text}`, loc: { ...protocol.loc, endLine: words[cursor.i + 1].loc.endLine, endColumn: words[cursor.i + 1].loc.endColumn } };
      cursor.i++;
    }
    cursor.i++;
    this.skipIdentity(words, cursor);
    const source = this.addressSpec(words, cursor, wildcard, 'source');
    this.skipPorts(words, cursor, false);
    const destination = this.addressSpec(words, cursor, wildcard, 'destination');
    this.skipPorts(words, cursor, true);
    // An ICMP entry may name the message type after the destination (`echo-reply`, `alternate-address`, a number).
    const protocolName = protocol?.text.toLowerCase();
    if ((protocolName === 'icmp' || protocolName === 'icmp6') && words[cursor.i] && !ACL_OPTIONS.has(words[cursor.i].text.toLowerCase())) cursor.i++;
    return { list, type, action, protocol, source, destination: this.trailing(words, cursor, destination), inactive, wildcard, command, loc: command.loc };
  }

  /** Words after the last address other than the ASA's options (`log` and its level, `time-range NAME`, `inactive`) mean the ASA would refuse the line: the address is not what it seems. */
  private trailing(words: readonly CiscoWord[], cursor: { i: number }, addresses: AsaAddress[]): AsaAddress[] {
    const rest = words.slice(cursor.i);
    for (let k = 0; k < rest.length; k++) {
      const word = rest[k].text.toLowerCase();
      if (word === 'time-range') k++;
      else if (!ACL_OPTIONS.has(word) && !/^[0-9]+$/.test(word)) {
        const written = rest.map((w) => w.text).join(' ');
        return [{ kind: 'unknown', written, reason: `words after the address that the ASA does not accept: ${written}`, loc: spanWords(rest), via: [] }];
      }
    }
    return addresses;
  }

  private skipIdentity(words: readonly CiscoWord[], cursor: { i: number }): void {
    for (;;) {
      const word = words[cursor.i]?.text.toLowerCase();
      if (word === 'user' || word === 'user-group' || word === 'object-group-user' || word === 'object-group-security') cursor.i += 2;
      else if (word === 'security-group') cursor.i += 3;
      else return;
    }
  }

  /** Ports after an address: `eq|neq|lt|gt P`, `range A B`, or a service group (after the source, a group that is not a network group; after the destination, any group). */
  private skipPorts(words: readonly CiscoWord[], cursor: { i: number }, afterDestination: boolean): void {
    const word = words[cursor.i]?.text.toLowerCase();
    if (word === 'eq' || word === 'neq' || word === 'lt' || word === 'gt') cursor.i += 2;
    else if (word === 'range') cursor.i += 3;
    else if (word === 'object-group' && words[cursor.i + 1]) {
      const type = this.groupType(words[cursor.i + 1].text);
      if (afterDestination ? type !== 'network' : type !== undefined && type !== 'network') cursor.i += 2;
    }
  }

  private groupType(name: string): string | undefined {
    return this.groups.get(name)?.words[1]?.text.toLowerCase();
  }

  /** One address argument at `cursor`: `any`, `any4`, `any6`, `host A`, `A MASK`, `A/len`, `interface N`, `object N`, `object-group N`. */
  private addressSpec(words: readonly CiscoWord[], cursor: { i: number }, wildcard: boolean, role: string): AsaAddress[] {
    const word = words[cursor.i];
    if (!word) {
      const loc = words[words.length - 1].loc;
      return [{ kind: 'unknown', written: '', reason: `no ${role} address`, loc: { ...loc, column: loc.endColumn, line: loc.endLine }, via: [] }];
    }
    const keyword = word.text.toLowerCase();
    cursor.i++;
    if (keyword === 'any' || keyword === 'any4' || keyword === 'any6') return [{ kind: 'any', family: keyword === 'any4' ? 4 : keyword === 'any6' ? 6 : 'both', loc: word.loc, via: [] }];
    const argument = words[cursor.i];
    if (keyword === 'host' || keyword === 'interface' || keyword === 'object' || keyword === 'object-group') {
      if (!argument) return [{ kind: 'unknown', written: word.text, reason: `${keyword} without its argument`, loc: word.loc, via: [] }];
      cursor.i++;
      if (keyword === 'host') return [this.host(argument)];
      if (keyword === 'interface') return [{ kind: 'interface', name: argument.text, loc: spanWords([word, argument]), via: [] }];
      const reference = spanWords([word, argument]);
      return keyword === 'object' ? this.object(argument.text, reference, []) : this.group(argument.text, reference, [], 0);
    }
    if (word.text.includes('/')) return [this.prefix(word, undefined, false)];
    const mask = argument && ipaddr.IPv4.isValidFourPartDecimal(argument.text) ? argument : undefined;
    if (mask) cursor.i++;
    return [this.prefix(word, mask, wildcard)];
  }

  private host(word: CiscoWord): AsaAddress {
    const address = this.nameOrAddress(word);
    if (typeof address !== 'string') return address;
    const family = ipaddr.IPv4.isValidFourPartDecimal(address) ? 4 : 6;
    return { kind: 'prefix', family, address: normalize(address), prefixLength: family === 4 ? 32 : 128, loc: word.loc, via: [] };
  }

  /** An address word, or a `name` alias of one; an unknown address when it is neither. */
  private nameOrAddress(word: CiscoWord): string | AsaAddress {
    if (ipaddr.IPv4.isValidFourPartDecimal(word.text) || (word.text.includes(':') && ipaddr.IPv6.isValid(word.text))) return word.text;
    const aliased = this.names.get(word.text);
    if (aliased) return aliased.text;
    return { kind: 'unknown', written: word.text, reason: `${word.text} is neither an address nor a name the configuration defines`, loc: word.loc, via: [] };
  }

  /** `A MASK` (ASA subnet mask, or IOS wildcard), `A/len` (IPv6, or IPv4 in object definitions), or a lone address (a host). */
  private prefix(word: CiscoWord, mask: CiscoWord | undefined, wildcard: boolean): AsaAddress {
    const loc = mask ? spanWords([word, mask]) : word.loc;
    if (word.text.includes('/')) {
      try {
        const [address, length] = ipaddr.parseCIDR(word.text);
        return { kind: 'prefix', family: address.kind() === 'ipv4' ? 4 : 6, address: address.toString(), prefixLength: length, loc, via: [] };
      } catch {
        return { kind: 'unknown', written: word.text, reason: `${word.text} is not an address prefix`, loc, via: [] };
      }
    }
    const address = this.nameOrAddress(word);
    if (typeof address !== 'string') return { ...address, loc };
    if (!mask) {
      const family = ipaddr.IPv4.isValidFourPartDecimal(address) ? 4 : 6;
      return { kind: 'prefix', family, address: normalize(address), prefixLength: family === 4 ? 32 : 128, loc, via: [] };
    }
    if (!ipaddr.IPv4.isValidFourPartDecimal(address)) return { kind: 'unknown', written: `${word.text} ${mask.text}`, reason: 'an IPv4 mask after an IPv6 address', loc, via: [] };
    const maskBytes = ipaddr.IPv4.parse(mask.text).toByteArray();
    const subnetMask = wildcard ? maskBytes.map((byte) => 255 - byte) : maskBytes;
    const prefixLength = ipaddr.IPv4.parse(subnetMask.join('.')).prefixLengthFromSubnetMask();
    if (prefixLength === null) return { kind: 'unknown', written: `${word.text} ${mask.text}`, reason: `${mask.text} is not a contiguous ${wildcard ? 'wildcard' : 'subnet'} mask`, loc, via: [] };
    return { kind: 'prefix', family: 4, address: address, prefixLength, loc, via: [] };
  }

  /** The addresses of `object network NAME`. */
  private object(name: string, reference: SourceRange, via: SourceRange[]): AsaAddress[] {
    const path = [...via, reference];
    const object = this.objects.get(name);
    if (!object) return [{ kind: 'unknown', written: name, reason: `object ${name} is not defined in the configuration`, loc: reference, via }];
    const out: AsaAddress[] = [];
    for (const sub of object.children) {
      const words = sub.words;
      const keyword = words[0].text.toLowerCase();
      if (keyword === 'host' && words[1]) out.push({ ...this.host(words[1]), via: path });
      else if (keyword === 'subnet' && words[1]) out.push({ ...this.prefix(words[1], words[2], false), via: path });
      else if (keyword === 'range' && words[1] && words[2]) out.push({ ...this.range(words[1], words[2]), via: path });
      else if (keyword === 'fqdn' && words.length > 1) {
        const fqdn = words[words.length - 1];
        out.push({ kind: 'fqdn', name: fqdn.text, loc: fqdn.loc, via: path });
      }
    }
    if (out.length === 0) out.push({ kind: 'unknown', written: name, reason: `object ${name} defines no address`, loc: object.loc, via });
    return out;
  }

  private range(first: CiscoWord, last: CiscoWord): AsaAddress {
    const loc = spanWords([first, last]);
    const a = this.nameOrAddress(first);
    const b = this.nameOrAddress(last);
    if (typeof a !== 'string') return { ...a, loc };
    if (typeof b !== 'string') return { ...b, loc };
    const family = ipaddr.IPv4.isValidFourPartDecimal(a) ? 4 : 6;
    return { kind: 'range', family, first: normalize(a), last: normalize(b), loc, via: [] };
  }

  /** The addresses of `object-group network NAME`, its nested groups followed (cycles and depth bounded). */
  private group(name: string, reference: SourceRange, via: SourceRange[], depth: number): AsaAddress[] {
    const group = this.groups.get(name);
    if (!group) return [{ kind: 'unknown', written: name, reason: `object-group ${name} is not defined in the configuration`, loc: reference, via }];
    if (this.groupType(name) !== 'network') return [{ kind: 'unknown', written: name, reason: `object-group ${name} is not a network group`, loc: reference, via }];
    if (depth >= 16) return [{ kind: 'unknown', written: name, reason: 'object groups nested more than 16 deep (or in a cycle)', loc: reference, via }];
    const path = [...via, reference];
    const out: AsaAddress[] = [];
    this.resolved += group.children.length;
    if (this.resolved > MAX_RESOLVED) return [{ kind: 'unknown', written: name, reason: `object groups that resolve to more than ${MAX_RESOLVED} addresses`, loc: reference, via }];
    for (const sub of group.children) {
      const words = sub.words;
      const keyword = words[0].text.toLowerCase();
      if (keyword === 'group-object' && words[1]) out.push(...this.group(words[1].text, spanWords(words.slice(0, 2)), path, depth + 1));
      else if (keyword === 'network-object' && words[1]) {
        const kind = words[1].text.toLowerCase();
        if (kind === 'host' && words[2]) out.push({ ...this.host(words[2]), via: path });
        else if (kind === 'object' && words[2]) out.push(...this.object(words[2].text, spanWords(words.slice(1, 3)), path));
        else out.push({ ...this.prefix(words[1], words[2], false), via: path });
      }
    }
    return out;
  }
}

/** What may follow the last address of an entry. */
const ACL_OPTIONS = new Set(['log', 'inactive', 'interval', 'disable', 'default', 'emergencies', 'alerts', 'critical', 'errors', 'warnings', 'notifications', 'informational', 'debugging']);

/** Addresses one access list may resolve to through its object groups; past it the rest is unknown (nested groups multiply). */
const MAX_RESOLVED = 100_000;

/** The first words of a command in lower case (the keywords that say what it is). */
function lower(words: readonly CiscoWord[]): string[] {
  return words.slice(0, 3).map((word) => word.text.toLowerCase());
}

function normalize(address: string): string {
  return ipaddr.parse(address).toString();
}

function spanWords(words: readonly CiscoWord[]): SourceRange {
  const first = words[0].loc;
  const last = words[words.length - 1].loc;
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}
