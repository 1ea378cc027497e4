/**
 * Cloud network rules as firewall rule sets: Azure network security groups (read from Terraform,
 * ARM and Bicep) and AWS security groups (Terraform). The formats hand over each rule's fields
 * as static values; this module reads them the way the platform does and builds the model's
 * rules, saying what it cannot read (a diagnostic at the value) or cannot know (a "not checked"
 * note), so that every language gives the same rules for the same group.
 *
 * Mapping (docs/formats.md, "Network security groups and security groups"): for an inbound rule
 * the source is remote and the destination local; for an outbound rule the source is local and
 * the destination remote, ports alike. An NSG's rules are ordered by priority, lowest first, the
 * first match deciding (`ordered`), with Azure's default rules implied after them; a security
 * group only allows (`allow-only`).
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { StaticValue } from '../../languages/values.js';
import { parseAddressSpec } from '../../model/ip-ranges.js';
import type { FirewallDirection, FirewallProtocol, FirewallRule, FirewallRuleSet, RuleSetLabel, SitedAddress, SitedPorts } from '../../model/network.js';
import type { Sited } from '../../model/topology.js';

export type Unknown = Extract<StaticValue, { kind: 'unknown' }>;

/** Where what a format cannot read or know goes. */
export interface CloudRuleSink {
  /** A value the platform would refuse (an unknown protocol, a port above 65535): the rule is left out. */
  problem(loc: SourceRange, message: string): void;
  /** A value known only when applied or deployed: one note naming the expression, the rule left out. */
  unknown(value: Unknown, what: string): void;
}

/**
 * The sink of one group's rules, as every language's reader needs it: anything not read leaves the
 * group's rule unread (at the value); a problem is a warning `code` said once per value and message (a value several
 * rules share, such as a variable's list of networks, is said for the first rule only); an unknown
 * value goes to the format's own note.
 */
export function groupRuleSink(
  group: { unread: SourceRange[] },
  problemsSaid: Set<string>,
  code: string,
  diagnostics: Diagnostic[],
  note: (value: Unknown, what: string) => void,
): CloudRuleSink {
  return {
    problem: (loc, message) => {
      group.unread.push(loc);
      const key = `${loc.file}:${loc.line}:${loc.column}:${message.slice(message.indexOf(': ') + 1)}`;
      if (problemsSaid.has(key)) return;
      problemsSaid.add(key);
      diagnostics.push({ ...loc, severity: 'warning', code, message });
    },
    unknown: (value, what) => {
      group.unread.push(value.from ?? value.loc);
      note(value, what);
    },
  };
}

/** The fields of an Azure security rule, as ARM names them (Terraform's are the same in snake case). */
export type NsgField =
  | 'name'
  | 'priority'
  | 'direction'
  | 'access'
  | 'protocol'
  | 'description'
  | 'sourcePortRange'
  | 'sourcePortRanges'
  | 'destinationPortRange'
  | 'destinationPortRanges'
  | 'sourceAddressPrefix'
  | 'sourceAddressPrefixes'
  | 'destinationAddressPrefix'
  | 'destinationAddressPrefixes'
  | 'sourceApplicationSecurityGroups'
  | 'destinationApplicationSecurityGroups';

export interface NsgRuleInput {
  /** The rule's block or object. */
  loc: SourceRange;
  /** A field's value; undefined when it is not written. */
  get(field: NsgField): StaticValue | undefined;
}

const ARITHMETIC = new Set(['+', '-', '*', '/', '%', 'unary-']);

/** Whether a number was computed by arithmetic (`1024 - 65535`), where a port or range was meant. */
export function isArithmetic(value: StaticValue): boolean {
  return value.kind === 'number' && value.operator !== undefined && ARITHMETIC.has(value.operator);
}

/** The items of a value that may be written as one value or a list; null and absent give none. */
export function itemsOf(value: StaticValue | undefined): StaticValue[] {
  if (value === undefined || value.kind === 'null') return [];
  if (value.kind === 'list') return value.items.filter((item) => item.kind !== 'null');
  return [value];
}

/** The first unknown among values (a list's items included). */
function unknownAmong(values: ReadonlyArray<StaticValue | undefined>): Unknown | undefined {
  for (const value of values) {
    if (value === undefined) continue;
    if (value.kind === 'unknown') return value;
    if (value.kind === 'list') {
      const inner = unknownAmong(value.items);
      if (inner) return inner;
    }
  }
  return undefined;
}

function text(value: StaticValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'string') return value.value.trim();
  if (value.kind === 'number') return String(value.value);
  return undefined;
}

function shown(value: StaticValue): string {
  if (value.kind === 'string') return JSON.stringify(value.value);
  if (value.kind === 'number' || value.kind === 'bool') return String(value.value);
  if (value.kind === 'unknown') return value.expression;
  return value.kind === 'list' ? 'a list' : value.kind === 'object' ? 'an object' : 'null';
}

const EVERY_ADDRESS = parseAddressSpec('any');

export function anyAddressAt(loc: SourceRange, written = 'any'): SitedAddress {
  return { text: written, ranges: 'ranges' in EVERY_ADDRESS ? EVERY_ADDRESS.ranges.map((r) => ({ ...r })) : [], any: true, loc };
}

export function anyPortsAt(loc: SourceRange, written = 'any'): SitedPorts {
  return { text: written, first: 0, last: 65535, any: true, loc };
}

const SERVICE_TAG = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

/**
 * An Azure address prefix: `*` or `Any`, an address or CIDR network, or a service tag
 * (`Internet`, `VirtualNetwork`, `AzureLoadBalancer`, `AzureCloud.WestEurope`).
 */
export function azureAddress(value: StaticValue, sink: CloudRuleSink): SitedAddress | undefined {
  const written = text(value);
  if (written === undefined || written === '') {
    sink.problem(value.loc, `an address prefix must be a string, not ${shown(value)}`);
    return undefined;
  }
  if (written === '*' || written.toLowerCase() === 'any') return anyAddressAt(value.loc, written);
  if (/^[0-9a-f:.]+(\/\d+)?$/i.test(written) && /[.:]/.test(written)) return cidrAddress(value, written, sink);
  if (SERVICE_TAG.test(written)) return { text: written, ranges: [], keyword: written, loc: value.loc };
  sink.problem(value.loc, `'${written}' is not an address, a CIDR network, a service tag or *`);
  return undefined;
}

/** An IPv4 or IPv6 address or CIDR network, as AWS and Azure write them. */
export function cidrAddress(value: StaticValue, written: string, sink: CloudRuleSink): SitedAddress | undefined {
  const parsed = parseAddressSpec(written);
  if ('error' in parsed || written.includes('-')) {
    sink.problem(value.loc, 'error' in parsed ? parsed.error : `'${written}' is not an address or CIDR network`);
    return undefined;
  }
  return { text: written, ranges: parsed.ranges, loc: value.loc };
}

/** An Azure port range: `*`, `5061`, `49152-53247`. */
export function azurePorts(value: StaticValue, sink: CloudRuleSink): SitedPorts | undefined {
  const written = text(value);
  if (written === undefined || written === '') {
    sink.problem(value.loc, `a port range must be a string or number, not ${shown(value)}`);
    return undefined;
  }
  if (written === '*' || written.toLowerCase() === 'any') return anyPortsAt(value.loc, written);
  const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(written);
  const first = match ? Number(match[1]) : NaN;
  const last = match?.[2] !== undefined ? Number(match[2]) : first;
  if (!match || first > 65535 || last > 65535 || first > last) {
    sink.problem(value.loc, `'${written}' is not a port (0-65535), a range first-last or *`);
    return undefined;
  }
  return { text: written, first, last, loc: value.loc };
}

const AZURE_PROTOCOLS: Readonly<Record<string, FirewallProtocol>> = { tcp: 'tcp', udp: 'udp', icmp: 'icmp', '*': 'any', any: 'any', esp: 'other', ah: 'other' };

/** What a rule reads, shared by both platforms. */
interface RuleCore {
  name: Sited<string>;
  direction: Sited<FirewallDirection>;
  action: Sited<'allow' | 'block'>;
  protocol: Sited<FirewallProtocol>;
  protocolText: string;
  local: { addresses: SitedAddress[]; ports: SitedPorts[] };
  remote: { addresses: SitedAddress[]; ports: SitedPorts[] };
  priority?: Sited<number>;
  portArithmetic: Array<Sited<string> & { result: number }>;
  loc: SourceRange;
}

function rule(core: RuleCore): FirewallRule {
  const any = (loc: SourceRange) => ({ value: 'any' as const, loc });
  return {
    index: 0,
    loc: core.loc,
    name: core.name,
    direction: core.direction,
    action: core.action,
    protocol: core.protocol,
    protocolText: core.protocolText,
    localAddresses: core.local.addresses,
    remoteAddresses: core.remote.addresses,
    localPorts: core.local.ports,
    remotePorts: core.remote.ports,
    interfaceTypes: [any(core.loc)],
    profiles: [any(core.loc)],
    enabled: true,
    ...(core.priority ? { priority: core.priority } : {}),
    ...(core.portArithmetic.length > 0 ? { portArithmetic: core.portArithmetic } : {}),
  };
}

/** A port written as arithmetic, where the expression is written (a variable's default, for a value passed through one). */
function arithmeticOf(value: StaticValue, written: string): Sited<string> & { result: number } {
  return { value: written, loc: value.from ?? value.loc, result: (value as { value: number }).value };
}

/** Each arithmetic expression once: `from_port` and `to_port` may both take the same one. */
function pushArithmetic(list: Array<Sited<string> & { result: number }>, found: Sited<string> & { result: number }): void {
  const same = (a: SourceRange, b: SourceRange) => a.file === b.file && a.line === b.line && a.column === b.column;
  if (!list.some((entry) => same(entry.loc, found.loc))) list.push(found);
}

/**
 * One Azure security rule (an inline `security_rule`, an `azurerm_network_security_rule`, an
 * entry of `securityRules`, a `securityRules` child resource); undefined when a value is not
 * known or not valid (said through the sink). `expressionText` gives an arithmetic port as written.
 */
export function nsgRule(input: NsgRuleInput, sink: CloudRuleSink, where: string, expressionText: (value: StaticValue) => string): FirewallRule | undefined {
  const field = (name: NsgField) => input.get(name);
  const nameValue = field('name');
  const name: Sited<string> = nameValue?.kind === 'string' ? { value: nameValue.value, loc: nameValue.loc } : { value: `(unnamed rule of ${where})`, loc: input.loc };
  const fields: NsgField[] = ['priority', 'direction', 'access', 'protocol', 'sourcePortRange', 'sourcePortRanges', 'destinationPortRange', 'destinationPortRanges', 'sourceAddressPrefix', 'sourceAddressPrefixes', 'destinationAddressPrefix', 'destinationAddressPrefixes'];
  const unknown = unknownAmong(fields.map(field));
  if (unknown) {
    sink.unknown(unknown, `the security rule ${name.value} of ${where}`);
    return undefined;
  }
  let ok = true;
  const fail = (loc: SourceRange, message: string) => {
    sink.problem(loc, `security rule ${name.value}: ${message}`);
    ok = false;
  };
  const required = (key: NsgField): StaticValue | undefined => {
    const value = field(key);
    if (value === undefined || value.kind === 'null') fail(input.loc, `has no ${key}`);
    return value;
  };
  const directionValue = required('direction');
  const accessValue = required('access');
  const protocolValue = required('protocol');
  const priorityValue = required('priority');
  const directionText = text(directionValue)?.toLowerCase();
  const direction: FirewallDirection | undefined = directionText === 'inbound' ? 'inbound' : directionText === 'outbound' ? 'outbound' : undefined;
  if (directionValue && directionValue.kind !== 'null' && !direction) fail(directionValue.loc, `direction ${shown(directionValue)} is neither Inbound nor Outbound`);
  const accessText = text(accessValue)?.toLowerCase();
  const action = accessText === 'allow' ? 'allow' : accessText === 'deny' ? 'block' : undefined;
  if (accessValue && accessValue.kind !== 'null' && !action) fail(accessValue.loc, `access ${shown(accessValue)} is neither Allow nor Deny`);
  const protocolText = text(protocolValue) ?? '';
  const protocol = AZURE_PROTOCOLS[protocolText.toLowerCase()];
  if (protocolValue && protocolValue.kind !== 'null' && !protocol) fail(protocolValue.loc, `protocol ${shown(protocolValue)} is not one of Tcp, Udp, Icmp, Esp, Ah or *`);
  let priority: Sited<number> | undefined;
  if (priorityValue && priorityValue.kind !== 'null') {
    const number = priorityValue.kind === 'number' ? priorityValue.value : priorityValue.kind === 'string' && /^\d+$/.test(priorityValue.value.trim()) ? Number(priorityValue.value) : NaN;
    if (!Number.isInteger(number) || number < 100 || number > 4096) fail(priorityValue.loc, `priority ${shown(priorityValue)} is not a whole number from 100 to 4096`);
    else priority = { value: number, loc: priorityValue.loc };
  }
  const portArithmetic: Array<Sited<string> & { result: number }> = [];
  const ports = (single: NsgField, plural: NsgField): SitedPorts[] | undefined => {
    const values = [...itemsOf(field(single)), ...itemsOf(field(plural))];
    if (values.length === 0) {
      fail(input.loc, `has no ${single} or ${plural}`);
      return undefined;
    }
    const out: SitedPorts[] = [];
    for (const value of values) {
      if (isArithmetic(value)) {
        pushArithmetic(portArithmetic, arithmeticOf(value, expressionText(value)));
        continue;
      }
      const read = azurePorts(value, { problem: (loc, message) => fail(loc, message), unknown: sink.unknown });
      if (read) out.push(read);
    }
    return out;
  };
  const addresses = (single: NsgField, plural: NsgField, groups: NsgField): SitedAddress[] | undefined => {
    const values = [...itemsOf(field(single)), ...itemsOf(field(plural))];
    const asgs = itemsOf(field(groups));
    if (values.length === 0 && asgs.length === 0) {
      fail(input.loc, `has no ${single} or ${plural}`);
      return undefined;
    }
    const out: SitedAddress[] = [];
    for (const value of values) {
      const read = azureAddress(value, { problem: (loc, message) => fail(loc, message), unknown: sink.unknown });
      if (read) out.push(read);
    }
    for (const asg of asgs) out.push({ text: asg.kind === 'unknown' ? asg.expression : (text(asg) ?? 'application security group'), ranges: [], keyword: 'ApplicationSecurityGroup', loc: asg.loc });
    return out;
  };
  const sourcePorts = ports('sourcePortRange', 'sourcePortRanges');
  const destinationPorts = ports('destinationPortRange', 'destinationPortRanges');
  const sources = addresses('sourceAddressPrefix', 'sourceAddressPrefixes', 'sourceApplicationSecurityGroups');
  const destinations = addresses('destinationAddressPrefix', 'destinationAddressPrefixes', 'destinationApplicationSecurityGroups');
  if (!ok || !direction || !action || !protocol || !priority || !sourcePorts || !destinationPorts || !sources || !destinations) return undefined;
  const inbound = direction === 'inbound';
  return rule({
    name,
    direction: { value: direction, loc: directionValue!.loc },
    action: { value: action, loc: accessValue!.loc },
    protocol: { value: protocol, loc: protocolValue!.loc },
    protocolText,
    local: inbound ? { addresses: destinations, ports: destinationPorts } : { addresses: sources, ports: sourcePorts },
    remote: inbound ? { addresses: sources, ports: sourcePorts } : { addresses: destinations, ports: destinationPorts },
    priority,
    portArithmetic,
    loc: input.loc,
  });
}

/**
 * The rules of an NSG in the order Azure applies them: by priority, lowest first, per direction
 * (a stable sort keeps rules of one priority as written). Two rules of one direction with one
 * priority are refused by Azure: said at the second.
 */
export function orderNsgRules(rules: FirewallRule[], sink: CloudRuleSink): FirewallRule[] {
  const seen = new Map<string, FirewallRule>();
  for (const r of rules) {
    const key = `${r.direction.value}:${r.priority?.value}`;
    const first = seen.get(key);
    if (first) sink.problem(r.priority?.loc ?? r.loc, `security rule ${r.name.value} has priority ${r.priority?.value}, as ${r.name.value === first.name.value ? 'another rule of that name' : `rule ${first.name.value}`} of the same direction has (line ${first.loc.line}); Azure refuses two rules of one priority`);
    else seen.set(key, r);
  }
  const ordered = [...rules].sort((a, b) => (a.priority?.value ?? 0) - (b.priority?.value ?? 0));
  ordered.forEach((r, i) => (r.index = i));
  return ordered;
}

/** What an AWS security group rule says, from any of its three ways of being written. */
export interface AwsRuleInput {
  loc: SourceRange;
  name: Sited<string>;
  direction: FirewallDirection;
  /** `protocol` or `ip_protocol`: `-1`, `tcp`, `udp`, `icmp`, `icmpv6`, a number. */
  protocol: StaticValue | undefined;
  fromPort: StaticValue | undefined;
  toPort: StaticValue | undefined;
  /** IPv4 and IPv6 networks (`cidr_blocks`, `ipv6_cidr_blocks`, `cidr_ipv4`, `cidr_ipv6`). */
  cidrs: StaticValue[];
  /** Prefix lists and other security groups (and `self`): addresses AWS defines. */
  references: Array<{ value: StaticValue; kind: string }>;
}

const AWS_PROTOCOLS: Readonly<Record<string, FirewallProtocol>> = { '-1': 'any', all: 'any', tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '1': 'icmp', icmpv6: 'icmp', '58': 'icmp' };

/** One AWS security group rule (allow only); undefined when a value is not known or not valid. */
export function awsRule(input: AwsRuleInput, sink: CloudRuleSink, where: string, expressionText: (value: StaticValue) => string): FirewallRule | undefined {
  const unknown = unknownAmong([input.protocol, input.fromPort, input.toPort, ...input.cidrs]);
  if (unknown) {
    sink.unknown(unknown, `the ${input.direction === 'inbound' ? 'ingress' : 'egress'} rule ${input.name.value} of ${where}`);
    return undefined;
  }
  let ok = true;
  const fail = (loc: SourceRange, message: string) => {
    sink.problem(loc, `${input.direction === 'inbound' ? 'ingress' : 'egress'} rule ${input.name.value}: ${message}`);
    ok = false;
  };
  const protocolText = text(input.protocol)?.toLowerCase();
  if (input.protocol === undefined || protocolText === undefined) {
    fail(input.protocol?.loc ?? input.loc, 'has no protocol');
    return undefined;
  }
  const protocol = AWS_PROTOCOLS[protocolText] ?? (/^\d{1,3}$/.test(protocolText) && Number(protocolText) <= 255 ? 'other' : undefined);
  if (!protocol) {
    fail(input.protocol.loc, `protocol ${shown(input.protocol)} is not -1, tcp, udp, icmp, icmpv6 or a protocol number`);
    return undefined;
  }
  // A port the platform refuses or a CIDR block it refuses is said and left out; the rule keeps
  // what it does say (its sources still show whose rule it is), and the set is incomplete.
  const warn = (loc: SourceRange, message: string) => sink.problem(loc, `${input.direction === 'inbound' ? 'ingress' : 'egress'} rule ${input.name.value}: ${message}`);
  const portArithmetic: Array<Sited<string> & { result: number }> = [];
  let ports: SitedPorts[] = [anyPortsAt(input.loc)];
  if (protocol === 'tcp' || protocol === 'udp') {
    const from = input.fromPort;
    const to = input.toPort;
    // Arithmetic anywhere a port is written, a list's items too (`default = [1024 - 65535]` iterated or misused).
    for (const value of [from, to]) for (const item of value?.kind === 'list' ? value.items : value ? [value] : []) if (isArithmetic(item)) pushArithmetic(portArithmetic, arithmeticOf(item, expressionText(item)));
    ports = [];
    if (portArithmetic.length === 0) {
      const port = (value: StaticValue | undefined, key: string): number | undefined => {
        if (value === undefined || value.kind === 'null') warn(input.loc, `has no ${key}`);
        else if (value.kind === 'list' || value.kind === 'object') warn(value.loc, `${key} is ${value.kind === 'list' ? 'a list' : 'an object'}, not a port (in a dynamic block, the port is the iterator's value)`);
        else {
          const number = Number(text(value));
          if (Number.isInteger(number) && number >= 0 && number <= 65535) return number;
          warn(value.loc, `${key} ${shown(value)} is not a port from 0 to 65535`);
        }
        return undefined;
      };
      const first = port(from, 'from_port');
      const last = port(to, 'to_port');
      if (first !== undefined && last !== undefined) {
        if (first > last) warn(from!.loc, `from_port ${first} is above to_port ${last}`);
        else {
          const loc = first === last || from!.loc.file !== to!.loc.file ? from!.loc : span(from!.loc, to!.loc);
          ports = [first === 0 && last === 65535 ? anyPortsAt(loc, `${first}-${last}`) : { text: first === last ? String(first) : `${first}-${last}`, first, last, loc }];
        }
      }
    }
  }
  const addresses: SitedAddress[] = [];
  for (const value of input.cidrs) {
    const written = text(value);
    if (written === undefined) warn(value.loc, `a CIDR block must be a string, not ${shown(value)}`);
    else {
      const read = cidrAddress(value, written, { problem: warn, unknown: sink.unknown });
      if (read) addresses.push(read);
    }
  }
  for (const { value, kind } of input.references) {
    addresses.push({ text: value.kind === 'unknown' ? value.expression : (text(value) ?? kind), ranges: [], keyword: kind, loc: value.loc });
  }
  if (addresses.length === 0) {
    if (input.cidrs.length === 0) fail(input.loc, 'names no CIDR block, prefix list or security group');
    return undefined;
  }
  if (!ok) return undefined;
  const any = [anyAddressAt(input.loc)];
  const inbound = input.direction === 'inbound';
  return rule({
    name: input.name,
    direction: { value: input.direction, loc: input.loc },
    action: { value: 'allow', loc: input.loc },
    protocol: { value: protocol, loc: input.protocol.loc },
    protocolText: text(input.protocol) ?? '',
    local: { addresses: any, ports: inbound ? ports : [anyPortsAt(input.loc)] },
    remote: { addresses, ports: inbound ? [anyPortsAt(input.loc)] : ports },
    portArithmetic,
    loc: input.loc,
  });
}

function span(a: SourceRange, b: SourceRange): SourceRange {
  const [first, last] = a.line < b.line || (a.line === b.line && a.column <= b.column) ? [a, b] : [b, a];
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

/** A rule set of an NSG or security group, its rules ordered as the platform applies them. */
export function cloudRuleSet(options: { source: 'azure-nsg' | 'aws-security-group'; name: string; loc: SourceRange; rules: FirewallRule[]; labels: RuleSetLabel[] }): FirewallRuleSet {
  const azure = options.source === 'azure-nsg';
  if (!azure) options.rules.forEach((r, i) => (r.index = i));
  return {
    file: options.loc.file,
    loc: options.loc,
    name: options.name,
    semantics: azure ? 'ordered' : 'allow-only',
    source: options.source,
    ...(azure ? { impliedDefaults: 'azure-nsg' as const } : {}),
    labels: options.labels,
    rules: options.rules,
  };
}

/** The labels of a set from its name, description and tags as written (strings only). */
export function labelsOf(entries: Array<{ kind: RuleSetLabel['kind']; value: StaticValue | undefined }>): RuleSetLabel[] {
  const out: RuleSetLabel[] = [];
  for (const { kind, value } of entries) {
    if (value === undefined) continue;
    if (value.kind === 'string' && value.value.trim() !== '') out.push({ kind, value: value.value, loc: value.loc });
    else if (value.kind === 'object') for (const [key, entry] of value.entries) if (entry.kind === 'string') out.push({ kind, value: `${key}=${entry.value}`, loc: entry.loc });
  }
  return out;
}
