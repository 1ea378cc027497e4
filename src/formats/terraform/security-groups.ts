/**
 * Network rules of Terraform modules as firewall rule sets: Azure network security groups
 * (`azurerm_network_security_group` with its inline `security_rule` blocks, and
 * `azurerm_network_security_rule` resources joined to it) and AWS security groups
 * (`aws_security_group` with inline `ingress`/`egress`, and `aws_security_group_rule`,
 * `aws_vpc_security_group_ingress_rule`, `aws_vpc_security_group_egress_rule` joined to it).
 * A rule resource joins the group its group argument names: a reference to a group resource of
 * the configuration (`azurerm_network_security_group.sbc.name`, `aws_security_group.sbc.id`),
 * or for Azure the group's name as a literal; a rule whose group is elsewhere (a data source, a
 * variable) makes a set of its own, named after that expression.
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import { nestedBlocks, type ResourceInstance, type TerraformModule } from '../../languages/hcl/index.js';
import type { StaticValue } from '../../languages/values.js';
import type { FirewallRule, FirewallRuleSet, RuleSetLabel } from '../../model/network.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { awsRule, cloudRuleSet, groupRuleSink, itemsOf, labelsOf, nsgRule, orderNsgRules, type CloudRuleSink, type NsgField, type Unknown } from '../shared/cloud-firewall.js';
import { parseReference } from './reference.js';
import { parentPrefix, withoutKey } from './addresses.js';

interface Placed {
  instance: ResourceInstance;
  prefix: string;
}

interface GroupBuilder {
  source: 'azure-nsg' | 'aws-security-group';
  name: string;
  loc: SourceRange;
  labels: RuleSetLabel[];
  rules: FirewallRule[];
  /** Where rules were left out (a value refused or not known, a port written as arithmetic). */
  unread: SourceRange[];
}

const NSG_FIELDS: Record<NsgField, string> = {
  name: 'name',
  priority: 'priority',
  direction: 'direction',
  access: 'access',
  protocol: 'protocol',
  description: 'description',
  sourcePortRange: 'source_port_range',
  sourcePortRanges: 'source_port_ranges',
  destinationPortRange: 'destination_port_range',
  destinationPortRanges: 'destination_port_ranges',
  sourceAddressPrefix: 'source_address_prefix',
  sourceAddressPrefixes: 'source_address_prefixes',
  destinationAddressPrefix: 'destination_address_prefix',
  destinationAddressPrefixes: 'destination_address_prefixes',
  sourceApplicationSecurityGroups: 'source_application_security_group_ids',
  destinationApplicationSecurityGroups: 'destination_application_security_group_ids',
};

const AWS_RULE_RESOURCES = new Set(['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule']);

/** Whether a module holds any resource this module reads (so modules without any cost nothing). */
export function isSecurityGroupResource(type: string): boolean {
  return type === 'azurerm_network_security_group' || type === 'azurerm_network_security_rule' || type === 'aws_security_group' || AWS_RULE_RESOURCES.has(type);
}

export function securityGroupsFromModules(roots: readonly TerraformModule[], texts: ReadonlyMap<string, string>): { firewallRuleSets: FirewallRuleSet[]; notes: NotCheckedNote[]; diagnostics: Diagnostic[] } {
  const sets: FirewallRuleSet[] = [];
  const notes: NotCheckedNote[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const root of roots) new ConfigurationGroups(texts, notes, diagnostics).read(root, sets);
  return { firewallRuleSets: sets, notes, diagnostics };
}

class ConfigurationGroups {
  private readonly resources: Placed[] = [];
  private readonly groups = new Map<string, GroupBuilder>();
  /** Groups declared by resources, by module prefix and address without instance key, and Azure's by name: rules join in one look-up. */
  private readonly byBase = new Map<string, Array<{ address: string; group: GroupBuilder }>>();
  private readonly byName = new Map<string, GroupBuilder[]>();
  private readonly noted = new Set<string>();
  private readonly problemsSaid = new Set<string>();

  constructor(
    private readonly texts: ReadonlyMap<string, string>,
    private readonly notes: NotCheckedNote[],
    private readonly diagnostics: Diagnostic[],
  ) {}

  read(root: TerraformModule, out: FirewallRuleSet[]): void {
    this.collect(root);
    if (this.resources.length === 0) return;
    for (const placed of this.resources) {
      const { instance } = placed;
      if (instance.type === 'azurerm_network_security_group') this.nsg(placed);
      else if (instance.type === 'aws_security_group') this.securityGroup(placed);
    }
    for (const placed of this.resources) {
      const { instance } = placed;
      if (instance.type === 'azurerm_network_security_rule') this.nsgRuleResource(placed);
      else if (AWS_RULE_RESOURCES.has(instance.type)) this.awsRuleResource(placed);
    }
    for (const group of this.groups.values()) {
      const sink = this.sink(group);
      const rules = group.source === 'azure-nsg' ? orderNsgRules(group.rules, sink) : group.rules;
      const set = cloudRuleSet({ source: group.source, name: group.name, loc: group.loc, rules, labels: group.labels });
      if (group.unread.length > 0) set.unreadRules = group.unread;
      out.push(set);
    }
  }

  private collect(module: TerraformModule): void {
    for (const instance of module.resources) if (isSecurityGroupResource(instance.type)) this.resources.push({ instance, prefix: module.address ? `${module.address}.` : '' });
    for (const call of module.modules) if (call.module) this.collect(call.module);
  }

  private sink(group: GroupBuilder): CloudRuleSink {
    return groupRuleSink(group, this.problemsSaid, 'terraform/security-rule', this.diagnostics, (value, what) => this.note(value, what));
  }

  private note(value: Unknown, what: string): void {
    if (value.reason.includes('syntax error')) return;
    const loc = value.from ?? value.loc;
    const key = `${loc.file}\u0000${value.expression}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push({ format: 'terraform', loc, expression: value.expression, reason: `(${value.reason}): ${what} is not checked` });
  }

  /** The expression as written at a value's range, for a port written as arithmetic. */
  private written = (value: StaticValue): string => {
    const loc = value.from ?? value.loc;
    const text = this.texts.get(loc.file);
    if (text === undefined) return String((value as { value?: unknown }).value);
    const lines = text.split('\n');
    if (loc.line === loc.endLine) return lines[loc.line - 1]?.slice(loc.column - 1, loc.endColumn - 1) ?? '';
    return [lines[loc.line - 1]?.slice(loc.column - 1) ?? '', ...lines.slice(loc.line, loc.endLine - 1), lines[loc.endLine - 1]?.slice(0, loc.endColumn - 1) ?? ''].join('\n');
  };

  private group(placed: Placed, source: GroupBuilder['source']): GroupBuilder {
    const { instance } = placed;
    const attrs = instance.attributes;
    const nameValue = attrs.entries.get('name') ?? attrs.entries.get('name_prefix');
    const name = nameValue?.kind === 'string' ? nameValue.value : instance.address;
    const labels = labelsOf([
      { kind: 'name', value: nameValue },
      { kind: 'description', value: attrs.entries.get('description') },
      { kind: 'tag', value: attrs.entries.get('tags') },
    ]);
    labels.push({ kind: 'address', value: instance.address, loc: instance.loc });
    const group: GroupBuilder = { source, name, loc: instance.loc, labels, rules: [], unread: [] };
    this.groups.set(instance.address, group);
    const base = `${placed.prefix}\u0000${withoutKey(instance.address.slice(placed.prefix.length))}`;
    (this.byBase.get(base) ?? this.byBase.set(base, []).get(base)!).push({ address: instance.address, group });
    if (source === 'azure-nsg') (this.byName.get(name) ?? this.byName.set(name, []).get(name)!).push(group);
    return group;
  }

  /** A rule whose ports are arithmetic opens nothing its writer meant: the set is not whole. */
  private add(group: GroupBuilder, rule: FirewallRule): void {
    group.rules.push(rule);
    if (rule.portArithmetic) group.unread.push(rule.portArithmetic[0].loc);
  }

  private nsg(placed: Placed): void {
    const group = this.group(placed, 'azure-nsg');
    for (const block of nestedBlocks(placed.instance.attributes, 'security_rule')) this.addNsgRule(group, block);
  }

  private addNsgRule(group: GroupBuilder, block: StaticValue): void {
    const sink = this.sink(group);
    if (block.kind === 'unknown') {
      sink.unknown(block, `the security rules of ${group.name}`);
      return;
    }
    if (block.kind !== 'object') {
      sink.problem(block.loc, `a security_rule must be a block or an object`);
      return;
    }
    const rule = nsgRule({ loc: block.loc, get: (field) => block.entries.get(NSG_FIELDS[field]) }, sink, `network security group ${group.name}`, this.written);
    if (rule) this.add(group, rule);
  }

  private nsgRuleResource(placed: Placed): void {
    const attrs = placed.instance.attributes;
    const groupName = attrs.entries.get('network_security_group_name');
    const group = this.joined(placed, groupName, 'azurerm_network_security_group', 'azure-nsg');
    if (!group) return;
    // What its rule resources are called says what the group guards too (`azurerm_network_security_rule.sbc_sip`).
    group.labels.push({ kind: 'address', value: placed.instance.address, loc: placed.instance.loc });
    const sink = this.sink(group);
    const rule = nsgRule({ loc: placed.instance.loc, get: (field) => attrs.entries.get(NSG_FIELDS[field]) }, sink, `network security group ${group.name}`, this.written);
    if (rule) this.add(group, rule);
  }

  private securityGroup(placed: Placed): void {
    const group = this.group(placed, 'aws-security-group');
    const attrs = placed.instance.attributes;
    for (const [type, direction] of [['ingress', 'inbound'], ['egress', 'outbound']] as const) {
      nestedBlocks(attrs, type).forEach((block, i) => {
        const sink = this.sink(group);
        if (block.kind === 'unknown') {
          sink.unknown(block, `the ${type} rules of ${group.name}`);
          return;
        }
        if (block.kind !== 'object') {
          sink.problem(block.loc, `an ${type} rule must be a block or an object`);
          return;
        }
        this.addAwsRule(group, block, direction, `${type} ${i + 1}`, block.loc);
      });
    }
  }

  private awsRuleResource(placed: Placed): void {
    const { instance } = placed;
    const attrs = instance.attributes;
    let direction: 'inbound' | 'outbound' | undefined = instance.type.endsWith('ingress_rule') ? 'inbound' : instance.type.endsWith('egress_rule') ? 'outbound' : undefined;
    if (!direction) {
      const type = attrs.entries.get('type');
      if (type?.kind === 'unknown') {
        this.note(type, `the security group rule ${instance.address}`);
        return;
      }
      direction = type?.kind === 'string' && type.value === 'ingress' ? 'inbound' : type?.kind === 'string' && type.value === 'egress' ? 'outbound' : undefined;
      if (!direction) {
        this.diagnostics.push({ ...(type?.loc ?? instance.loc), severity: 'warning', code: 'terraform/security-rule', message: `${instance.address}: type must be ingress or egress` });
        return;
      }
    }
    const group = this.joined(placed, attrs.entries.get('security_group_id'), 'aws_security_group', 'aws-security-group');
    if (!group) return;
    group.labels.push({ kind: 'address', value: instance.address, loc: instance.loc });
    this.addAwsRule(group, attrs, direction, instance.address, instance.loc);
  }

  private addAwsRule(group: GroupBuilder, attrs: Extract<StaticValue, { kind: 'object' }>, direction: 'inbound' | 'outbound', fallbackName: string, loc: SourceRange): void {
    const get = (key: string) => attrs.entries.get(key);
    const description = get('description');
    const name = description?.kind === 'string' && description.value.trim() !== '' ? { value: description.value, loc: description.loc } : { value: fallbackName, loc };
    const references: Array<{ value: StaticValue; kind: string }> = [];
    for (const key of ['prefix_list_ids', 'prefix_list_id']) for (const value of itemsOf(get(key))) references.push({ value, kind: 'PrefixList' });
    for (const key of ['security_groups', 'source_security_group_id', 'referenced_security_group_id']) for (const value of itemsOf(get(key))) references.push({ value, kind: 'SecurityGroup' });
    const self = get('self');
    if (self?.kind === 'bool' && self.value) references.push({ value: { kind: 'string', value: 'self', loc: self.loc }, kind: 'SecurityGroup' });
    const rule = awsRule(
      {
        loc,
        name,
        direction,
        protocol: get('protocol') ?? get('ip_protocol'),
        fromPort: get('from_port'),
        toPort: get('to_port'),
        cidrs: ['cidr_blocks', 'ipv6_cidr_blocks', 'cidr_ipv4', 'cidr_ipv6'].flatMap((key) => itemsOf(get(key))),
        references,
      },
      this.sink(group),
      `security group ${group.name}`,
      this.written,
    );
    if (rule) this.add(group, rule);
  }

  /**
   * The group a rule resource names: a group resource its argument refers to (in its module or
   * a calling one), a declared NSG of that literal name, else a set of its own for the expression.
   */
  private joined(placed: Placed, value: StaticValue | undefined, groupType: string, source: GroupBuilder['source']): GroupBuilder | undefined {
    if (value === undefined || value.kind === 'null') {
      this.diagnostics.push({ ...placed.instance.loc, severity: 'warning', code: 'terraform/security-rule', message: `${placed.instance.address} names no ${source === 'azure-nsg' ? 'network_security_group_name' : 'security_group_id'}` });
      return undefined;
    }
    if (value.kind === 'unknown') {
      const reference = parseReference(value.expression);
      if (reference && !reference.data && reference.type === groupType) {
        for (let at = placed.prefix; ; at = parentPrefix(at)) {
          const found = this.byBase.get(`${at}\u0000${reference.type}.${reference.name}`) ?? [];
          const keyed = reference.key === undefined || reference.key === null ? (found.length === 1 ? found[0] : undefined) : found.find(({ address }) => address.endsWith(`[${JSON.stringify(reference.key)}]`) || address.endsWith(`[${String(reference.key)}]`));
          if (keyed) return keyed.group;
          if (at === '') break;
        }
      }
    } else if (value.kind === 'string' && source === 'azure-nsg') {
      const byName = this.byName.get(value.value) ?? [];
      if (byName.length === 1) return byName[0];
    }
    const expression = value.kind === 'unknown' ? value.expression : value.kind === 'string' ? value.value : placed.instance.address;
    const key = `${source}\u0000${expression}`;
    let group = this.groups.get(key);
    if (!group) {
      const loc = value.from ?? value.loc;
      group = { source, name: expression, loc, labels: [{ kind: value.kind === 'string' ? 'name' : 'address', value: expression, loc }], rules: [], unread: [] };
      this.groups.set(key, group);
    }
    return group;
  }
}

