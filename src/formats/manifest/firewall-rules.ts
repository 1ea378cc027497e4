/**
 * `kind: FirewallRules`: each document becomes one `FirewallRuleSet`. Read whole: which
 * traffic a rule set lets through depends on every rule (a block anywhere beats an allow
 * under Windows semantics), so a set with a rule or an address left out would be judged
 * as a different set; a document with any problem is reported and not loaded. A name used
 * twice is reported but the set is kept, since names do not change what the rules do.
 *
 * Absent address, port, interface-type and profile lists mean `any`, as in Windows Firewall:
 * the converter fills them with one `any` entry sited at the rule, so rules never have to
 * tell an absent list from `any`.
 */
import type { SourceRange } from '../../core/types.js';
import type { FirewallRule, FirewallRuleSet, SitedAddress, SitedPorts } from '../../model/network.js';
import type { Sited } from '../../model/topology.js';
import type { ManifestDocument, ManifestKindLoader } from './kind.js';
import { NetworkReader, anyAddress, anyPorts, describeNetworkValue } from './network-reader.js';
import { FIREWALL_RULES_SCHEMA } from './network-schemas.js';
import { loadedWhole, optional } from './reader.js';
import type { Path } from './reader.js';

export const firewallRulesLoader: ManifestKindLoader<unknown> = {
  kind: 'FirewallRules',
  schema: FIREWALL_RULES_SCHEMA,
  schemaFile: 'manifest-firewallrules.schema.json',
  describeValue: describeNetworkValue,
  convert(document, data, context) {
    const reader = new FirewallRulesReader(data, context);
    return { firewallRuleSets: loadedWhole(reader, context, reader.ruleSet(document)) };
  },
};

class FirewallRulesReader extends NetworkReader {
  private readonly namesSeen = new Map<string, SourceRange>();

  ruleSet(document: ManifestDocument): FirewallRuleSet {
    return {
      file: document.file,
      loc: document.loc,
      name: this.setName(document),
      semantics: this.scalar<'windows' | 'ordered'>(['semantics'], 'string')?.value ?? 'windows',
      ...optional('appliesTo', this.scalar<string>(['appliesTo'], 'string')),
      rules: this.entries(['rules'], (path) => this.rule(path)),
    };
  }

  private rule(path: Path): FirewallRule | undefined {
    const loc = this.loc(path);
    const field = <T extends string>(key: string) => this.scalar<T>([...path, key], 'string');
    const name = field('name');
    if (name) this.uniqueName(name, [...path, 'name']);
    const protocol = field<FirewallRule['protocol']['value']>('protocol') ?? { value: 'any', loc };
    // Every value is read (and its problems reported) before a rule without its required keys is dropped.
    const rest = {
      ...optional('program', field('program')),
      protocol,
      localAddresses: this.ruleAddresses([...path, 'localAddresses'], loc),
      remoteAddresses: this.ruleAddresses([...path, 'remoteAddresses'], loc),
      localPorts: this.rulePorts([...path, 'localPorts'], protocol, loc),
      remotePorts: this.rulePorts([...path, 'remotePorts'], protocol, loc),
      interfaceTypes: this.names<FirewallRule['interfaceTypes'][number]['value']>([...path, 'interfaceTypes'], loc),
      profiles: this.names<FirewallRule['profiles'][number]['value']>([...path, 'profiles'], loc),
      enabled: this.scalar<boolean>([...path, 'enabled'], 'boolean')?.value ?? true,
    };
    const direction = field<FirewallRule['direction']['value']>('direction');
    const action = field<FirewallRule['action']['value']>('action');
    if (!name || !direction || !action) return undefined;
    return { index: Number(path[path.length - 1]), loc, name, direction, action, ...rest };
  }

  private ruleAddresses(path: Path, ruleLoc: SourceRange): SitedAddress[] {
    return this.written(path) ? this.addresses(path) : [anyAddress(ruleLoc)];
  }

  /** An absent list means any; an empty one would match nothing, which no firewall rule means. */
  private written(path: Path): boolean {
    const value = this.at(path);
    if (Array.isArray(value) && value.length === 0) this.report(path, 'invalid-value', 'an empty list matches nothing; leave the key out, or write any');
    return value !== undefined;
  }

  /** Ports apply to TCP and UDP only; Windows Firewall refuses them on other protocols. */
  private rulePorts(path: Path, protocol: Sited<string>, ruleLoc: SourceRange): SitedPorts[] {
    if (!this.written(path)) return [anyPorts(ruleLoc)];
    const ports = this.portList(path);
    const specific = ports.find((entry) => !entry.any);
    if (specific && protocol.value !== 'tcp' && protocol.value !== 'udp') {
      this.reportAt(specific.loc, path, 'invalid-port', `ports need protocol tcp or udp; the rule's protocol is ${protocol.value}`);
    }
    return ports;
  }

  private names<T extends string>(path: Path, ruleLoc: SourceRange): Array<Sited<T>> {
    if (this.at(path) === undefined) return [{ value: 'any' as T, loc: ruleLoc }];
    return this.entries(path, (itemPath) => this.scalar<T>(itemPath, 'string'));
  }

  private uniqueName(name: Sited<string>, path: Path): void {
    const at = this.context.locator.value(path.map(String));
    const first = this.namesSeen.get(name.value);
    if (first) this.context.report(at, 'duplicate-name', `${this.context.path(path)}: duplicate rule name '${name.value}' (first at line ${first.line}, column ${first.column})`);
    else this.namesSeen.set(name.value, at);
  }
}
