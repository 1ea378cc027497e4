/**
 * Azure network security groups from what the ARM and Bicep readers give: each
 * `Microsoft.Network/networkSecurityGroups` resource is a rule set of its
 * `properties.securityRules`, and each `Microsoft.Network/networkSecurityGroups/securityRules`
 * child (nested, `parent:`, or top-level named `nsg/rule`) adds one rule to its group. Written
 * once for both languages.
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { AzureDeployment, AzureResource } from '../../languages/arm/resource.js';
import type { StaticValue } from '../../languages/values.js';
import type { FirewallRule, FirewallRuleSet, RuleSetLabel } from '../../model/network.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { cloudRuleSet, groupRuleSink, labelsOf, nsgRule, orderNsgRules, type CloudRuleSink, type NsgField, type Unknown } from '../shared/cloud-firewall.js';

const NSG = 'microsoft.network/networksecuritygroups';
const NSG_RULE = `${NSG}/securityrules`;

type ObjectValue = Extract<StaticValue, { kind: 'object' }>;

interface GroupBuilder {
  name: string;
  loc: SourceRange;
  labels: RuleSetLabel[];
  rules: FirewallRule[];
  /** Where rules were left out (a value refused or not known). */
  unread: SourceRange[];
}

/** Collects the NSGs of every deployment read by one load of the ARM or Bicep format. */
export class AzureSecurityGroups {
  private readonly groups: GroupBuilder[] = [];
  private readonly notes: NotCheckedNote[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly noted = new Set<string>();
  private readonly problemsSaid = new Set<string>();
  /** A group declared by a file several reads pull in is one group. */
  private readonly seen = new Set<string>();

  constructor(private readonly format: 'arm' | 'bicep') {}

  add(deployment: AzureDeployment): void {
    const byResource = new Map<AzureResource, GroupBuilder>();
    for (const resource of deployment.resources) {
      if (resource.existing || resource.type.toLowerCase() !== NSG) continue;
      const key = `${resource.loc.file}:${resource.loc.line}:${resource.loc.column}:${resource.loop?.index ?? ''}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const group = this.group(resource);
      byResource.set(resource, group);
      const properties = resource.properties;
      if (properties.kind === 'unknown') {
        this.sink(group).unknown(properties, `the rules of network security group ${group.name}`);
        continue;
      }
      if (properties.kind !== 'object') continue;
      const rules = entry(properties, 'securityRules');
      if (rules === undefined || rules.kind === 'null') continue;
      if (rules.kind === 'unknown') {
        this.sink(group).unknown(rules, `the rules of network security group ${group.name}`);
        continue;
      }
      const items = rules.kind === 'list' ? rules.items : [rules];
      for (const item of items) this.addRule(group, item, undefined);
    }
    for (const resource of deployment.resources) {
      if (resource.existing || resource.type.toLowerCase() !== NSG_RULE) continue;
      const key = `${resource.loc.file}:${resource.loc.line}:${resource.loc.column}:${resource.loop?.index ?? ''}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const parent = resource.parent;
      let group = parent ? byResource.get(parent) : undefined;
      if (!group) {
        // A rule of a group deployed elsewhere (an `existing` parent, another template): a set of its own.
        const nameSegment = resource.nameSegments[0];
        const name = nameSegment?.kind === 'string' ? nameSegment.value : nameSegment?.kind === 'unknown' ? nameSegment.expression : 'network security group';
        group = { name, loc: resource.loc, labels: labelsOf([{ kind: 'name', value: nameSegment }]), rules: [], unread: [] };
        this.groups.push(group);
        if (parent) byResource.set(parent, group);
      }
      const ruleName = resource.nameSegments[resource.nameSegments.length - 1];
      this.addRule(group, { kind: 'object', entries: new Map([['name', ruleName ?? { kind: 'null', loc: resource.loc }], ['properties', resource.properties]]), loc: resource.loc }, resource.condition);
    }
  }

  finish(): { firewallRuleSets: FirewallRuleSet[]; notes: NotCheckedNote[]; diagnostics: Diagnostic[] } {
    const sets = this.groups.map((group) => {
      const set = cloudRuleSet({ source: 'azure-nsg', name: group.name, loc: group.loc, rules: orderNsgRules(group.rules, this.sink(group)), labels: group.labels });
      if (group.unread.length > 0) set.unreadRules = group.unread;
      return set;
    });
    return { firewallRuleSets: sets, notes: this.notes, diagnostics: this.diagnostics };
  }

  private group(resource: AzureResource): GroupBuilder {
    const nameSegment = resource.nameSegments[0];
    const name = nameSegment?.kind === 'string' ? nameSegment.value : (resource.symbol ?? (nameSegment?.kind === 'unknown' ? nameSegment.expression : 'network security group'));
    const body = resource.body.kind === 'object' ? resource.body : undefined;
    const labels = labelsOf([{ kind: 'name', value: nameSegment }, { kind: 'tag', value: body && entry(body, 'tags') }]);
    if (resource.symbol) labels.push({ kind: 'address', value: resource.symbol, loc: resource.loc });
    const group: GroupBuilder = { name, loc: resource.loc, labels, rules: [], unread: [] };
    this.groups.push(group);
    if (resource.condition) this.sink(group).unknown(asUnknown(resource.condition), `whether network security group ${name} is deployed`);
    return group;
  }

  private addRule(group: GroupBuilder, item: StaticValue, condition: StaticValue | undefined): void {
    const sink = this.sink(group);
    if (condition) {
      sink.unknown(asUnknown(condition), `whether a security rule of ${group.name} is deployed`);
      return;
    }
    if (item.kind === 'unknown') {
      sink.unknown(item, `a security rule of ${group.name}`);
      return;
    }
    if (item.kind !== 'object') {
      sink.problem(item.loc, 'a security rule must be an object with name and properties');
      return;
    }
    const properties = entry(item, 'properties');
    if (properties?.kind === 'unknown') {
      sink.unknown(properties, `a security rule of ${group.name}`);
      return;
    }
    const props = properties?.kind === 'object' ? properties : undefined;
    const rule = nsgRule(
      { loc: item.loc, get: (field: NsgField) => (field === 'name' ? entry(item, 'name') : props && entry(props, field)) },
      sink,
      `network security group ${group.name}`,
      (value) => String((value as { value?: unknown }).value),
    );
    if (rule) group.rules.push(rule);
  }

  private sink(group: GroupBuilder): CloudRuleSink {
    return groupRuleSink(group, this.problemsSaid, `${this.format}/security-rule`, this.diagnostics, (value, what) => {
      const loc = value.from ?? value.loc;
      const key = `${loc.file}\u0000${value.expression}`;
      if (this.noted.has(key)) return;
      this.noted.add(key);
      this.notes.push({ format: this.format, loc, expression: value.expression || 'value', reason: `is not known statically (${value.reason}), so uclint does not check ${what}` });
    });
  }
}

function asUnknown(value: StaticValue): Unknown {
  return value.kind === 'unknown' ? value : { kind: 'unknown', expression: 'condition', reason: 'a condition', loc: value.loc };
}

/** An entry of an object, its key compared without case (ARM reads property names so). */
function entry(object: ObjectValue, key: string): StaticValue | undefined {
  const exact = object.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [name, value] of object.entries) if (name.toLowerCase() === lower) return value;
  return undefined;
}
