/**
 * Windows Firewall as code: the rules and default actions that PowerShell's NetSecurity cmdlets
 * (`New-NetFirewallRule`, `Set-NetFirewallRule`, `Remove-`/`Enable-`/`Disable-NetFirewallRule`,
 * `Set-NetFirewallProfile`) and `netsh advfirewall` (`firewall add rule`, `firewall set rule`,
 * `firewall delete rule`, `set <profile> firewallpolicy`) set, read from what the static
 * readers of src/languages/powershell give. PowerShell scripts and batch files both use it.
 *
 * Each file's rules form one rule set with Windows semantics (block beats allow). Every rule
 * keeps the range of the command that creates it and each value the range of its parameter
 * (of the list item, when a parameter lists several), so a finding lands on the parameter at
 * fault. Values follow the cmdlets' reference ("New-NetFirewallRule", "Set-NetFirewallProfile")
 * and "Netsh AdvFirewall Firewall Commands": the keywords that stand for addresses or ports
 * known only on the machine (`LocalSubnet`, `Internet`, `RPC`) are kept as keywords. A value
 * the cmdlet or netsh would refuse (a protocol it does not know, port 70000, an unknown
 * direction) is a diagnostic at its line and column, and the rule is not created, as on the
 * machine. A value known only when the script runs is one "not checked" note per file and
 * expression, and the rule is kept aside as unread.
 */
import path from 'node:path';
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { CommandInvocation, CommandParameter, NativeInvocation, NativePair } from '../../languages/powershell/index.js';
import type { StaticValue } from '../../languages/values.js';
import type { EstateFile } from '../../model/files.js';
import { parseAddressSpec } from '../../model/ip-ranges.js';
import type { FirewallDefaultAction, FirewallDirection, FirewallProfile, FirewallProtocol, FirewallRule, FirewallRuleSet, InterfaceType, SitedAddress, SitedPorts } from '../../model/network.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import type { Sited } from '../../model/topology.js';
import { bindParameters } from './parameters.js';

type Unknown = Extract<StaticValue, { kind: 'unknown' }>;

/** One value of a parameter as written: a list item, or one part of a comma-separated string. */
export interface WrittenItem {
  text: string;
  loc: SourceRange;
}

/** The scope parameters of New-/Set-NetFirewallRule, lower case, with their aliases ("New-NetFirewallRule", NetSecurity module). */
const RULE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  displayname: [],
  name: ['id'],
  newdisplayname: [],
  direction: [],
  action: [],
  protocol: [],
  localport: [],
  remoteport: [],
  localaddress: [],
  remoteaddress: [],
  program: [],
  interfacetype: [],
  profile: [],
  enabled: [],
  service: [],
  package: [],
  interfacealias: [],
  localuser: [],
  remoteuser: [],
  remotemachine: [],
  authentication: [],
  encryption: [],
  displaygroup: [],
  group: [],
  description: [],
  icmptype: [],
  edgetraversalpolicy: [],
  policystore: [],
  gposession: [],
  inputobject: [],
  associatednetfirewallrule: [],
  cimsession: ['session'],
  throttlelimit: [],
  asjob: [],
  passthru: [],
  whatif: ['wi'],
  confirm: ['cf'],
};

const PROFILE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  name: ['profile'],
  all: [],
  defaultinboundaction: [],
  defaultoutboundaction: [],
  enabled: [],
  policystore: [],
  gposession: [],
  inputobject: [],
  cimsession: ['session'],
  throttlelimit: [],
  asjob: [],
  passthru: [],
  whatif: ['wi'],
  confirm: ['cf'],
};

/** Parameters that narrow a rule to what the model does not hold (users, machines, IPsec): such a rule's scope is not read. */
const UNMODELLED_SCOPE = ['interfacealias', 'localuser', 'remoteuser', 'remotemachine', 'associatednetfirewallrule'];

/** Port keywords of the cmdlets and netsh: ports the machine picks (RPC's dynamic ports, IP-HTTPS, Teredo). */
const PORT_KEYWORDS: Readonly<Record<string, string>> = {
  rpc: 'RPC',
  rpcepmap: 'RPCEPMap',
  'rpc-epmap': 'RPC-EPMap',
  iphttps: 'IPHTTPS',
  iphttpsin: 'IPHTTPSIn',
  iphttpsout: 'IPHTTPSOut',
  teredo: 'Teredo',
  playtodiscovery: 'PlayToDiscovery',
  ply2disc: 'Ply2Disc',
  mdns: 'mDNS',
  dhcp: 'DHCP',
  edgetraversal: 'EdgeTraversal',
};

/** Address keywords of the cmdlets and netsh: addresses known only on the machine. */
const ADDRESS_KEYWORDS: Readonly<Record<string, string>> = {
  localsubnet: 'LocalSubnet',
  localsubnet4: 'LocalSubnet4',
  localsubnet6: 'LocalSubnet6',
  dns: 'DNS',
  dns4: 'DNS4',
  dns6: 'DNS6',
  dhcp: 'DHCP',
  dhcp4: 'DHCP4',
  dhcp6: 'DHCP6',
  wins: 'WINS',
  wins4: 'WINS4',
  wins6: 'WINS6',
  defaultgateway: 'DefaultGateway',
  defaultgateway4: 'DefaultGateway4',
  defaultgateway6: 'DefaultGateway6',
  internet: 'Internet',
  intranet: 'Intranet',
  intranetremoteaccess: 'IntranetRemoteAccess',
  playtodevice: 'PlayToDevice',
  captiveportaladdresses: 'CaptivePortalAddresses',
};

const INTERFACE_TYPES: Readonly<Record<string, InterfaceType>> = { any: 'any', wired: 'lan', lan: 'lan', wireless: 'wireless', remoteaccess: 'remoteAccess', ras: 'remoteAccess' };
const PROFILES: Readonly<Record<string, FirewallProfile>> = { any: 'any', domain: 'domain', private: 'private', public: 'public' };

interface RuleSetEntry {
  file: EstateFile;
  loc: SourceRange;
  rules: FirewallRule[];
  defaults: FirewallDefaultAction[];
  unread: SourceRange[];
}

/** The fields of a rule as read, each optional until the rule is made. */
type RuleFields = Partial<Omit<FirewallRule, 'index' | 'loc' | 'enabled' | 'program'>> & { enabled?: Sited<boolean>; program?: Sited<string> | null };

/** The Windows Firewall rule sets of the files of one format, with the notes and diagnostics of what could not be read. */
export class WindowsFirewall {
  readonly notes: NotCheckedNote[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly sets = new Map<string, RuleSetEntry>();
  private readonly noted = new Set<string>();

  constructor(private readonly format: string) {}

  /** Reads one PowerShell command, if it is one of the NetSecurity cmdlets read. */
  command(file: EstateFile, invocation: CommandInvocation): void {
    switch (invocation.normalizedName) {
      case 'new-netfirewallrule':
        return this.newRule(file, invocation);
      case 'set-netfirewallrule':
        return this.setRule(file, invocation);
      case 'remove-netfirewallrule':
      case 'enable-netfirewallrule':
      case 'disable-netfirewallrule':
        return this.toggleRule(file, invocation);
      case 'set-netfirewallprofile':
        return this.profile(file, invocation);
      default:
    }
  }

  /** Reads one native command line: `netsh advfirewall ...`. */
  native(file: EstateFile, invocation: NativeInvocation): void {
    if (invocation.program !== 'netsh') return;
    const words = invocation.operands.map((arg) => (arg.value.kind === 'string' ? arg.value.value.toLowerCase() : ''));
    const at = words.indexOf('advfirewall');
    if (at < 0) return;
    const [context, verb, noun] = words.slice(at + 1);
    if (context === 'firewall' && noun === 'rule') {
      if (verb === 'add') return this.netshAdd(file, invocation, invocation.operands.slice(at + 4));
      if (verb === 'set') return this.netshSet(file, invocation);
      if (verb === 'delete') return this.netshDelete(file, invocation);
      return;
    }
    if (context === 'set' && verb !== undefined && /^(allprofiles|domainprofile|privateprofile|publicprofile|currentprofile)$/.test(verb) && noun === 'firewallpolicy') {
      this.netshPolicy(file, invocation, verb, invocation.operands.slice(at + 4));
    }
  }

  /** The rule sets built, one per file that holds a firewall command, rules numbered in order. */
  finish(): FirewallRuleSet[] {
    return [...this.sets.values()].map((entry) => {
      entry.rules.forEach((rule, index) => (rule.index = index));
      const set: FirewallRuleSet = { file: entry.file.file, loc: entry.loc, name: path.posix.basename(entry.file.file), semantics: 'windows', rules: entry.rules };
      if (entry.defaults.length > 0) set.defaultActions = entry.defaults;
      if (entry.unread.length > 0) set.unreadRules = entry.unread;
      return set;
    });
  }

  // ------------------------------------------------------------------ PowerShell

  private newRule(file: EstateFile, invocation: CommandInvocation): void {
    const set = this.setOf(file, invocation.loc);
    const bound = bindParameters(invocation, RULE_PARAMETERS, []);
    if (this.unknownSplat(file, invocation, set)) return;
    const fields = this.psFields(file, invocation, bound, set);
    if (fields === undefined) return;
    const rule: (FirewallRule & RuleWithId) | undefined = this.makeRule(invocation.loc, fields, bound.get('displayname') ?? bound.get('name'));
    if (!rule) return;
    const id = bound.get('name')?.value;
    if (id?.kind === 'string') rule.id = id.value;
    set.rules.push(rule);
  }

  private setRule(file: EstateFile, invocation: CommandInvocation): void {
    const set = this.setOf(file, invocation.loc);
    const bound = bindParameters(invocation, RULE_PARAMETERS, ['name']);
    const targets = this.targets(file, invocation, bound, set, 'changes');
    if (targets === undefined) return;
    if (this.unknownSplat(file, invocation, set)) return;
    const fields = this.psFields(file, invocation, bound, set);
    if (fields === undefined) return;
    for (const rule of targets) {
      const changed: (FirewallRule & RuleWithId) | undefined = this.makeRule(rule.loc, { ...ruleFields(rule), ...fields }, undefined, rule.name);
      if (!changed) continue;
      if ((rule as RuleWithId).id !== undefined) changed.id = (rule as RuleWithId).id;
      const newName = bound.get('newdisplayname')?.value;
      if (newName?.kind === 'string') changed.name = { value: newName.value, loc: newName.loc };
      set.rules[set.rules.indexOf(rule)] = changed;
    }
  }

  private toggleRule(file: EstateFile, invocation: CommandInvocation): void {
    const set = this.setOf(file, invocation.loc);
    const bound = bindParameters(invocation, RULE_PARAMETERS, ['name']);
    const verb = invocation.normalizedName.split('-')[0];
    const targets = this.targets(file, invocation, bound, set, verb === 'remove' ? 'removes' : verb === 'enable' ? 'enables' : 'disables');
    if (targets === undefined) return;
    for (const rule of targets) {
      if (verb === 'remove') set.rules.splice(set.rules.indexOf(rule), 1);
      else rule.enabled = verb === 'enable';
    }
  }

  /**
   * The rules of this file a Set-/Remove-/Enable-/Disable-NetFirewallRule names by `-Name` or
   * `-DisplayName`; a rule it does not create (a built-in rule, a group, a pipeline) is a note.
   */
  private targets(file: EstateFile, invocation: CommandInvocation, bound: Map<string, CommandParameter>, set: RuleSetEntry, verb: string): FirewallRule[] | undefined {
    const by = bound.get('displayname') ?? bound.get('name');
    const names = by ? itemsOf(by.value) : undefined;
    const found = names && !('unknown' in names) ? this.named(set, names) : [];
    if (found.length > 0 || verb === 'removes') return found;
    // Rules it does not create (built-in rules, a group, rules from a pipeline): what it changes in them is not modelled; said once per file and cmdlet.
    const group = bound.get('displaygroup') ?? bound.get('group');
    const first =
      names === undefined
        ? group?.value.kind === 'string'
          ? `-${parameterTitle(group.name)} '${group.value.value}'`
          : 'rules from its input'
        : 'unknown' in names
          ? names.unknown.expression
          : `'${names.map((item) => item.text).join("', '")}'`;
    this.note(file, invocation.loc, invocation.name, `names firewall rules this script does not create (${first}, first at line ${invocation.loc.line}), so what it ${verb} is not known`);
    return undefined;
  }

  private named(set: RuleSetEntry, names: WrittenItem[]): FirewallRule[] {
    const wanted = new Set(names.map((item) => item.text.toLowerCase()));
    return set.rules.filter((rule) => wanted.has(rule.name.value.toLowerCase()) || wanted.has((rule as RuleWithId).id?.toLowerCase() ?? ''));
  }

  private profile(file: EstateFile, invocation: CommandInvocation): void {
    const bound = bindParameters(invocation, PROFILE_PARAMETERS, ['name']);
    const inbound = bound.get('defaultinboundaction');
    const outbound = bound.get('defaultoutboundaction');
    if (!inbound && !outbound) return;
    const set = this.setOf(file, invocation.loc);
    const profileParameter = bound.get('name');
    let profiles: Array<Sited<FirewallProfile>> = [{ value: 'any', loc: invocation.loc }];
    if (profileParameter) {
      const items = itemsOf(profileParameter.value);
      if ('unknown' in items) return this.note(file, profileParameter.loc, items.unknown.expression, `(${items.unknown.reason}): the profiles whose default actions ${invocation.name} sets are not known`);
      const read = this.names(items, PROFILES, 'a firewall profile (Domain, Private, Public, Any)');
      if (read === undefined) return;
      profiles = read;
    }
    for (const [parameter, direction] of [[inbound, 'inbound'], [outbound, 'outbound']] as const) {
      if (!parameter) continue;
      const value = parameter.value;
      if (value.kind === 'unknown') {
        this.note(file, parameter.loc, value.expression, `(${value.reason}): the default ${direction} action is not known`);
        continue;
      }
      const text = value.kind === 'string' ? value.value.toLowerCase() : '';
      if (text === 'notconfigured') continue;
      if (text !== 'allow' && text !== 'block') {
        this.problem(value.loc, `-${parameterTitle(parameter.name)} '${value.kind === 'string' ? value.value : String((value as { value?: unknown }).value ?? value.kind)}' is not Allow, Block or NotConfigured`);
        continue;
      }
      set.defaults.push({ direction, action: { value: text, loc: value.loc }, profiles, loc: invocation.loc });
    }
  }

  /** Reads the scope parameters given; undefined (after a diagnostic or a note) when the command would fail or its scope is not known. */
  private psFields(file: EstateFile, invocation: CommandInvocation, bound: Map<string, CommandParameter>, set: RuleSetEntry): RuleFields | undefined {
    const fields: RuleFields = {};
    let ok = true;
    const unread = (parameter: CommandParameter, unknown: Unknown) => {
      this.note(file, parameter.loc, unknown.expression, `(${unknown.reason}): the ${parameterTitle(parameter.name)} of firewall rule ${ruleTitle(bound)} is not known`);
      set.unread.push(invocation.loc);
      ok = false;
    };
    for (const name of UNMODELLED_SCOPE) {
      const parameter = bound.get(name);
      if (!parameter) continue;
      this.note(file, parameter.loc, `-${parameterTitle(parameter.name)}`, `narrows firewall rule ${ruleTitle(bound)} to what a file cannot say, so its scope is not known`);
      set.unread.push(invocation.loc);
      return undefined;
    }
    const each = (key: string, read: (items: WrittenItem[], parameter: CommandParameter) => boolean) => {
      const parameter = bound.get(key);
      if (!parameter) return;
      const items = itemsOf(parameter.value);
      if ('unknown' in items) return unread(parameter, items.unknown);
      if (!read(items, parameter)) ok = false;
    };
    each('direction', (items) => this.one(items, (text, loc) => directionOf(text, loc, fields), "a direction (Inbound or Outbound)"));
    each('action', (items) => this.one(items, (text, loc) => actionOf(text, loc, fields, false), 'an action (Allow, Block)'));
    each('protocol', (items) => this.one(items, (text, loc) => protocolOf(text, loc, fields), 'a protocol (TCP, UDP, ICMPv4, ICMPv6, Any or a number 0-255)'));
    each('localport', (items) => this.portsInto(items, fields, 'localPorts'));
    each('remoteport', (items) => this.portsInto(items, fields, 'remotePorts'));
    each('localaddress', (items) => this.addressesInto(items, fields, 'localAddresses'));
    each('remoteaddress', (items) => this.addressesInto(items, fields, 'remoteAddresses'));
    each('interfacetype', (items) => this.namesInto(items, INTERFACE_TYPES, 'an interface type (Any, Wired, Wireless, RemoteAccess)', fields, 'interfaceTypes'));
    each('profile', (items) => this.namesInto(items, PROFILES, 'a firewall profile (Any, Domain, Private, Public)', fields, 'profiles'));
    each('enabled', (items) => this.one(items, (text, loc) => enabledOf(text, loc, fields), 'True or False'));
    if (!ok) return undefined;
    // A program path with an environment variable is known only on the machine: kept as written, so rules for it are compared by its name.
    for (const key of ['program', 'service', 'package'] as const) {
      const parameter = bound.get(key);
      if (!parameter) continue;
      const value = parameter.value;
      if (value.kind === 'unknown') {
        this.note(file, parameter.loc, value.expression, `(${value.reason}): the ${parameterTitle(parameter.name)} of firewall rule ${ruleTitle(bound)} is read as written`);
        fields.program = { value: `${key === 'program' ? '' : `${key} `}${unquoted(value.expression)}`, loc: parameter.loc };
      } else if (value.kind === 'string') {
        if (key === 'program' && value.value.toLowerCase() === 'any') fields.program = null;
        else fields.program = { value: key === 'program' ? value.value : `${key} ${value.value}`, loc: value.loc };
      }
    }
    return fields;
  }

  private unknownSplat(file: EstateFile, invocation: CommandInvocation, set: RuleSetEntry): boolean {
    const splat = invocation.unknownSplats[0];
    if (splat === undefined) return false;
    this.note(file, splat.loc, splat.expression, `(${splat.reason}): the parameters ${invocation.name} is given are not known`);
    set.unread.push(invocation.loc);
    return true;
  }

  // ------------------------------------------------------------------ netsh

  private netshAdd(file: EstateFile, invocation: NativeInvocation, rest: NativeInvocation['operands']): void {
    const set = this.setOf(file, invocation.loc);
    const fields = this.netshFields(file, invocation, invocation.pairs, rest, set);
    if (fields === undefined) return;
    const name = invocation.pairs.find((pair) => pair.key === 'name');
    for (const key of ['name', 'dir', 'action'] as const) {
      if (!invocation.pairs.some((pair) => pair.key === key)) {
        this.problem(invocation.loc, `netsh advfirewall firewall add rule needs ${key}=`);
        return;
      }
    }
    const rule = this.makeRule(invocation.loc, fields, name && { name: 'name', value: { ...name.value, loc: valueLoc(name) } as StaticValue, loc: name.loc });
    if (rule) set.rules.push(rule);
  }

  private netshSet(file: EstateFile, invocation: NativeInvocation): void {
    const set = this.setOf(file, invocation.loc);
    const newAt = invocation.operands.find((arg) => arg.value.kind === 'string' && arg.value.value.toLowerCase() === 'new');
    const after = (loc: SourceRange) => newAt !== undefined && (loc.line > newAt.loc.line || (loc.line === newAt.loc.line && loc.column > newAt.loc.column));
    const selectors = invocation.pairs.filter((pair) => !after(pair.loc));
    const changes = invocation.pairs.filter((pair) => after(pair.loc));
    const targets = this.netshTargets(file, invocation, selectors, set, 'changes');
    if (targets === undefined) return;
    const fields = this.netshFields(file, invocation, changes, [], set);
    if (fields === undefined) return;
    for (const rule of targets) {
      const changed = this.makeRule(rule.loc, { ...ruleFields(rule), ...fields }, undefined, rule.name);
      if (!changed) continue;
      const newName = changes.find((pair) => pair.key === 'name');
      if (newName?.value.kind === 'string') changed.name = { value: newName.value.value, loc: newName.loc };
      set.rules[set.rules.indexOf(rule)] = changed;
    }
  }

  private netshDelete(file: EstateFile, invocation: NativeInvocation): void {
    const set = this.setOf(file, invocation.loc);
    const targets = this.netshTargets(file, invocation, invocation.pairs, set, 'removes');
    for (const rule of targets ?? []) set.rules.splice(set.rules.indexOf(rule), 1);
  }

  private netshTargets(file: EstateFile, invocation: NativeInvocation, selectors: NativePair[], set: RuleSetEntry, verb: string): FirewallRule[] | undefined {
    const name = selectors.find((pair) => pair.key === 'name');
    if (name?.value.kind !== 'string') {
      const expression = name?.value.kind === 'unknown' ? name.value.expression : invocation.name;
      if (verb !== 'removes') this.note(file, invocation.loc, 'netsh advfirewall firewall set rule', `names firewall rules this file does not create (${expression === invocation.name ? 'by other than their name' : expression}, first at line ${invocation.loc.line}), so what it changes is not known`);
      return undefined;
    }
    const wanted = name.value.value.toLowerCase();
    // `name=all` names every rule; other selectors (dir=, profile=, program=) narrow which.
    const found = set.rules.filter((rule) => wanted === 'all' || rule.name.value.toLowerCase() === wanted);
    if (found.length === 0 && verb !== 'removes') {
      this.note(file, invocation.loc, 'netsh advfirewall firewall set rule', `names firewall rules this file does not create (name=${name.value.value}, first at line ${invocation.loc.line}), so what it changes is not known`);
      return undefined;
    }
    if (selectors.length > 1) {
      this.note(file, invocation.loc, name.value.value, `netsh advfirewall firewall ${verb === 'removes' ? 'delete' : 'set'} rule narrows the rules it ${verb === 'removes' ? 'removes' : 'changes'} by more than their name, which is not read`);
      set.unread.push(invocation.loc);
      return undefined;
    }
    return found;
  }

  private netshFields(file: EstateFile, invocation: NativeInvocation, pairs: readonly NativePair[], rest: NativeInvocation['operands'], set: RuleSetEntry): RuleFields | undefined {
    // Arguments that are no `key=value` pair: in PowerShell, `localport=5060,5061` is a list that reaches netsh as separate arguments.
    const stray = rest.find((arg) => !(arg.value.kind === 'string' && arg.value.value.toLowerCase() === 'new'));
    if (stray) {
      if (this.format === 'powershell') {
        this.note(file, stray.loc, stray.raw, 'is passed to netsh as an argument of its own (PowerShell splits an unquoted comma-separated value), so what netsh makes of the rule is not known: quote the value');
        set.unread.push(invocation.loc);
      } else {
        this.problem(stray.loc, `netsh: '${stray.raw}' is not a key=value pair`);
      }
      return undefined;
    }
    const fields: RuleFields = {};
    let ok = true;
    for (const pair of pairs) {
      const value = pair.value;
      if (value.kind === 'unknown') {
        if (pair.key === 'program') {
          this.note(file, pair.loc, value.expression, `(${value.reason}): the program of this firewall rule is read as written`);
          fields.program = { value: unquoted(value.expression.replace(/^program=/i, '')), loc: pair.loc };
          continue;
        }
        if (pair.key === 'name' || pair.key === 'description' || pair.key === 'group') continue;
        this.note(file, pair.loc, value.expression, `(${value.reason}): the ${pair.key} of this firewall rule is not known`);
        set.unread.push(invocation.loc);
        return undefined;
      }
      if (value.kind !== 'string') continue;
      // `protocol=icmpv4:8,any` is one value (a type and code follow the colon).
      const items = pair.key === 'protocol' ? [{ text: value.value, loc: valueLoc(pair) }] : splitItems(value.value, valueLoc(pair));
      switch (pair.key) {
        case 'dir':
          ok = this.one(items, (text, loc) => directionOf(text, loc, fields), 'a direction (in or out)') && ok;
          break;
        case 'action':
          ok = this.one(items, (text, loc) => actionOf(text, loc, fields, true), 'an action (allow, block, bypass)') && ok;
          break;
        case 'protocol':
          ok = this.one(items, (text, loc) => protocolOf(text.replace(/:.*$/, ''), loc, fields), 'a protocol (tcp, udp, icmpv4, icmpv6, any or a number 0-255)') && ok;
          break;
        case 'localport':
          ok = this.portsInto(items, fields, 'localPorts') && ok;
          break;
        case 'remoteport':
          ok = this.portsInto(items, fields, 'remotePorts') && ok;
          break;
        case 'localip':
          ok = this.addressesInto(items, fields, 'localAddresses') && ok;
          break;
        case 'remoteip':
          ok = this.addressesInto(items, fields, 'remoteAddresses') && ok;
          break;
        case 'interfacetype':
          ok = this.namesInto(items, INTERFACE_TYPES, 'an interface type (any, wireless, lan, ras)', fields, 'interfaceTypes') && ok;
          break;
        case 'profile':
          ok = this.namesInto(items, PROFILES, 'a firewall profile (public, private, domain, any)', fields, 'profiles') && ok;
          break;
        case 'enable':
          ok = this.one(items, (text, loc) => enabledOf(text, loc, fields), 'yes or no') && ok;
          break;
        case 'program':
          fields.program = value.value.toLowerCase() === 'any' ? null : { value: value.value, loc: valueLoc(pair) };
          break;
        case 'service':
          if (value.value.toLowerCase() !== 'any') fields.program = { value: `service ${value.value}`, loc: valueLoc(pair) };
          break;
        case 'rmtcomputergrp':
        case 'rmtusrgrp':
          this.note(file, pair.loc, `${pair.key}=${value.value}`, 'narrows this firewall rule to what a file cannot say, so its scope is not known');
          set.unread.push(invocation.loc);
          return undefined;
        default:
      }
    }
    return ok ? fields : undefined;
  }

  private netshPolicy(file: EstateFile, invocation: NativeInvocation, profileWord: string, rest: NativeInvocation['operands']): void {
    const set = this.setOf(file, invocation.loc);
    const profile = profileWord.replace(/profile$/, '');
    const profiles: Array<Sited<FirewallProfile>> = [{ value: profile === 'all' || profile === 'current' ? 'any' : (profile as FirewallProfile), loc: invocation.operands.find((arg) => arg.value.kind === 'string' && arg.value.value.toLowerCase() === profileWord)?.loc ?? invocation.loc }];
    const items: WrittenItem[] = [];
    for (const arg of rest) {
      if (arg.value.kind === 'unknown') return this.note(file, arg.loc, arg.value.expression, `(${arg.value.reason}): the firewall policy of ${profileWord} is not known`);
      if (arg.value.kind === 'string') items.push(...splitItems(arg.value.value, arg.loc));
    }
    if (items.length === 0) return this.problem(invocation.loc, 'netsh advfirewall set ... firewallpolicy needs <inbound>,<outbound> (blockinbound,allowoutbound)');
    for (const item of items) {
      const word = item.text.toLowerCase();
      const match = /^(block|allow)(inbound|outbound)(always)?$/.exec(word);
      if (word === 'notconfigured') continue;
      if (!match) {
        this.problem(item.loc, `'${item.text}' is not a firewall policy (blockinbound, blockinboundalways, allowinbound, allowoutbound, blockoutbound, notconfigured)`);
        continue;
      }
      set.defaults.push({ direction: match[2] as FirewallDirection, action: { value: match[1] as 'allow' | 'block', loc: item.loc }, profiles, loc: invocation.loc });
    }
  }

  // ------------------------------------------------------------------ shared

  /** Makes a rule from the fields read, with Windows' defaults for what is not given (inbound, allow, any). */
  private makeRule(loc: SourceRange, fields: RuleFields, nameParameter: Pick<CommandParameter, 'name' | 'value' | 'loc'> | undefined, keptName?: Sited<string>): FirewallRule | undefined {
    const protocol = fields.protocol ?? { value: 'any' as FirewallProtocol, loc };
    for (const key of ['localPorts', 'remotePorts'] as const) {
      const specific = fields[key]?.find((p) => !p.any);
      if (specific && protocol.value !== 'tcp' && protocol.value !== 'udp') {
        this.problem(specific.loc, `ports need protocol TCP or UDP; the rule's protocol is ${protocol.value === 'other' ? 'not one of them' : protocol.value}`);
        return undefined;
      }
    }
    let name = keptName;
    if (name === undefined) {
      const value = nameParameter?.value;
      name = value?.kind === 'string' ? { value: value.value, loc: value.loc } : { value: `rule at line ${loc.line}`, loc };
    }
    const rule: FirewallRule & RuleWithId = {
      index: 0,
      loc,
      name,
      direction: fields.direction ?? { value: 'inbound', loc },
      action: fields.action ?? { value: 'allow', loc },
      protocol,
      localAddresses: fields.localAddresses ?? [anyAddressAt(loc)],
      remoteAddresses: fields.remoteAddresses ?? [anyAddressAt(loc)],
      localPorts: fields.localPorts ?? [anyPortsAt(loc)],
      remotePorts: fields.remotePorts ?? [anyPortsAt(loc)],
      interfaceTypes: fields.interfaceTypes ?? [{ value: 'any', loc }],
      profiles: fields.profiles ?? [{ value: 'any', loc }],
      enabled: fields.enabled?.value ?? true,
    };
    if (fields.program) rule.program = fields.program;
    return rule;
  }

  /** One value (a list of one): read by `read`, which says whether it knew the text. */
  private one(items: WrittenItem[], read: (text: string, loc: SourceRange) => boolean, expected: string): boolean {
    if (items.length !== 1) {
      this.problem(items[1]?.loc ?? items[0]?.loc, `one value was expected: ${expected}`);
      return false;
    }
    const [item] = items;
    if (read(item.text.trim(), item.loc)) return true;
    this.problem(item.loc, `'${item.text}' is not ${expected}`);
    return false;
  }

  private portsInto(items: WrittenItem[], fields: RuleFields, key: 'localPorts' | 'remotePorts'): boolean {
    const ports = this.readAll(items, windowsPorts);
    if (ports && ports.length > 0) fields[key] = ports;
    return ports !== undefined;
  }

  private addressesInto(items: WrittenItem[], fields: RuleFields, key: 'localAddresses' | 'remoteAddresses'): boolean {
    const addresses = this.readAll(items, windowsAddress);
    if (addresses && addresses.length > 0) fields[key] = addresses;
    return addresses !== undefined;
  }

  /** Every item read, or undefined at the first that does not read (its problem said, as Windows refuses the rule). */
  private readAll<T>(items: WrittenItem[], read: (item: WrittenItem) => T | { error: string }): T[] | undefined {
    const values: T[] = [];
    for (const item of items) {
      const value = read(item);
      if (typeof value === 'object' && value !== null && 'error' in value) {
        this.problem(item.loc, value.error);
        return undefined;
      }
      values.push(value as T);
    }
    return values;
  }

  private namesInto<T extends string>(items: WrittenItem[], known: Readonly<Record<string, T>>, expected: string, fields: RuleFields, key: 'interfaceTypes' | 'profiles'): boolean {
    const read = this.names(items, known, expected);
    if (read === undefined) return false;
    (fields as Record<string, unknown>)[key] = read;
    return true;
  }

  private names<T extends string>(items: WrittenItem[], known: Readonly<Record<string, T>>, expected: string): Array<Sited<T>> | undefined {
    const out: Array<Sited<T>> = [];
    for (const item of items) {
      const word = item.text.trim().toLowerCase();
      // `NotApplicable` profiles: the rule applies in none of the three; read as any, the widest the cmdlet allows.
      const value = word === 'notapplicable' ? known.any : known[word];
      if (value === undefined) {
        this.problem(item.loc, `'${item.text}' is not ${expected}`);
        return undefined;
      }
      out.push({ value, loc: item.loc });
    }
    return out.length > 0 ? out : undefined;
  }

  private setOf(file: EstateFile, loc: SourceRange): RuleSetEntry {
    let entry = this.sets.get(file.file);
    if (entry === undefined) {
      entry = { file, loc, rules: [], defaults: [], unread: [] };
      this.sets.set(file.file, entry);
    }
    return entry;
  }

  private note(file: EstateFile, loc: SourceRange, expression: string, reason: string): void {
    const key = `${file.file}\u0000${expression}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push({ format: this.format, loc, expression, reason });
  }

  private problem(loc: SourceRange | undefined, message: string): void {
    if (loc === undefined) return;
    this.diagnostics.push({ ...loc, severity: 'error', code: `${this.format}/invalid-firewall-value`, message });
  }
}

interface RuleWithId {
  /** `-Name` of a rule created with both `-Name` and `-DisplayName`. */
  id?: string;
}

function ruleFields(rule: FirewallRule & RuleWithId): RuleFields {
  const { index: _index, loc: _loc, enabled, id: _id, program, ...rest } = rule;
  return { ...rest, program: program ?? null, enabled: { value: enabled, loc: rule.loc } };
}

function directionOf(text: string, loc: SourceRange, fields: RuleFields): boolean {
  const word = text.toLowerCase();
  const value = word === 'inbound' || word === 'in' ? 'inbound' : word === 'outbound' || word === 'out' ? 'outbound' : undefined;
  if (value === undefined) return false;
  fields.direction = { value, loc };
  return true;
}

function actionOf(text: string, loc: SourceRange, fields: RuleFields, netsh: boolean): boolean {
  const word = text.toLowerCase();
  // netsh's `bypass` allows traffic that IPsec protects: an allow for this model.
  const value = word === 'allow' || (netsh && word === 'bypass') ? 'allow' : word === 'block' ? 'block' : undefined;
  if (value === undefined) return false;
  fields.action = { value, loc };
  return true;
}

const PROTOCOL_NUMBERS: Readonly<Record<number, FirewallProtocol>> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 58: 'icmp' };

function protocolOf(text: string, loc: SourceRange, fields: RuleFields): boolean {
  const word = text.toLowerCase();
  let value: FirewallProtocol | undefined;
  if (word === 'tcp' || word === 'udp' || word === 'any') value = word;
  else if (word === 'icmpv4' || word === 'icmpv6' || word === 'icmp') value = 'icmp';
  else if (/^\d{1,3}$/.test(word) && Number(word) <= 255) value = PROTOCOL_NUMBERS[Number(word)] ?? 'other';
  if (value === undefined) return false;
  fields.protocol = { value, loc };
  return true;
}

function enabledOf(text: string, loc: SourceRange, fields: RuleFields): boolean {
  const word = text.toLowerCase();
  // GpoBoolean: True (1) and False (2); netsh: yes and no.
  const value = word === 'true' || word === 'yes' || word === '1' ? true : word === 'false' || word === 'no' || word === '2' ? false : undefined;
  if (value === undefined) return false;
  fields.enabled = { value, loc };
  return true;
}

/** Ports as Windows Firewall takes them: a number, a range `first-last`, `Any`, or a keyword. */
export function windowsPorts(item: WrittenItem): SitedPorts | { error: string } {
  const text = item.text.trim();
  const word = text.toLowerCase();
  if (word === 'any' || word === '*') return { text, first: 0, last: 65535, any: true, loc: item.loc };
  const keyword = PORT_KEYWORDS[word.replace(/\s+/g, '')];
  if (keyword) return { text, first: 65536, last: 65535, keyword, loc: item.loc };
  const range = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(text);
  if (!range) return { error: `'${text}' is not a port, a range first-last, Any or a port keyword (RPC, RPCEPMap, IPHTTPS, Teredo)` };
  const first = Number(range[1]);
  const last = range[2] === undefined ? first : Number(range[2]);
  if (first > 65535 || last > 65535) return { error: `port '${text}' is out of range: ports are 0-65535` };
  if (first > last) return { error: `port range '${text}' ends before it starts` };
  return { text, first, last, loc: item.loc };
}

/** Addresses as Windows Firewall takes them: an address, a network (prefix or mask), a range, `Any`, or a keyword. */
export function windowsAddress(item: WrittenItem): SitedAddress | { error: string } {
  const text = item.text.trim();
  const word = text.toLowerCase();
  if (word === '*') return anyAddressAt(item.loc, text);
  const keyword = ADDRESS_KEYWORDS[word];
  if (keyword) return { text, ranges: [], keyword, loc: item.loc };
  const masked = /^([\d.]+)\/(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  const spec = parseAddressSpec(masked ? `${masked[1]}/${maskLength(masked[2]) ?? masked[2]}` : text);
  if ('error' in spec) return { error: spec.error.replace(/ or any$/, ', Any or an address keyword (LocalSubnet, Internet, Intranet, DNS, ...)') };
  return { text, ranges: spec.ranges, ...(spec.any ? { any: true } : {}), loc: item.loc };
}

function maskLength(mask: string): number | undefined {
  const bits = mask.split('.').map((part) => Number(part).toString(2).padStart(8, '0')).join('');
  return /^1*0*$/.test(bits) && bits.length === 32 ? bits.indexOf('0') < 0 ? 32 : bits.indexOf('0') : undefined;
}

function anyAddressAt(loc: SourceRange, text = 'any'): SitedAddress {
  const spec = parseAddressSpec('any') as { ranges: SitedAddress['ranges'] };
  return { text, ranges: spec.ranges, any: true, loc };
}

function anyPortsAt(loc: SourceRange): SitedPorts {
  return { text: 'any', first: 0, last: 65535, any: true, loc };
}

/**
 * The values of a parameter, each with its range: the items of a list, strings split at
 * commas (`'Domain,Private'`, netsh's `5060,5061`), numbers and booleans as PowerShell passes
 * them; the first unknown part, when there is one.
 */
export function itemsOf(value: StaticValue): WrittenItem[] | { unknown: Unknown } {
  switch (value.kind) {
    case 'unknown':
      return { unknown: value };
    case 'list': {
      const out: WrittenItem[] = [];
      for (const item of value.items) {
        const read = itemsOf(item);
        if ('unknown' in read) return read;
        out.push(...read);
      }
      return out;
    }
    case 'string':
      return splitItems(value.value, value.loc);
    case 'number':
      return [{ text: String(value.value), loc: value.loc }];
    case 'bool':
      return [{ text: value.value ? 'True' : 'False', loc: value.loc }];
    default:
      return [];
  }
}

/** The parts of a comma-separated value, each at its own columns when the text sits on one line as written (quoted or not). */
export function splitItems(written: string, loc: SourceRange): WrittenItem[] {
  if (!written.includes(',')) return written.trim() === '' ? [] : [{ text: written.trim(), loc }];
  const quotes = loc.endColumn - loc.column - written.length;
  const exact = loc.line === loc.endLine && (quotes === 0 || quotes === 2);
  let offset = loc.column + (exact ? quotes / 2 : 0);
  const out: WrittenItem[] = [];
  for (const part of written.split(',')) {
    const start = offset + part.length - part.trimStart().length;
    const text = part.trim();
    offset += part.length + 1;
    if (text !== '') out.push({ text, loc: exact ? { ...loc, column: start, endColumn: start + text.length } : loc });
  }
  return out;
}

/** The range of a netsh pair's value: after `key=`, when the pair is written unquoted or quoted whole on one line. */
function valueLoc(pair: NativePair): SourceRange {
  const loc = pair.loc;
  if (pair.value.kind !== 'string' || loc.line !== loc.endLine) return loc;
  const value = pair.value.value;
  const width = loc.endColumn - loc.column;
  const keyWidth = pair.key.length + 1;
  // `key=value`, `key="value"` or `"key=value"`.
  if (width === keyWidth + value.length) return { ...loc, column: loc.column + keyWidth };
  if (width === keyWidth + value.length + 2) return { ...loc, column: loc.column + keyWidth + 1, endColumn: loc.endColumn - 1 };
  return loc;
}

function unquoted(text: string): string {
  return text.replace(/^(["'])(.*)\1$/s, '$2');
}

function ruleTitle(bound: Map<string, CommandParameter>): string {
  const value = (bound.get('displayname') ?? bound.get('name'))?.value;
  return value?.kind === 'string' ? `'${value.value}'` : '(unnamed)';
}

const TITLES: Readonly<Record<string, string>> = {
  localport: 'LocalPort',
  remoteport: 'RemotePort',
  localaddress: 'LocalAddress',
  remoteaddress: 'RemoteAddress',
  interfacetype: 'InterfaceType',
  interfacealias: 'InterfaceAlias',
  localuser: 'LocalUser',
  remoteuser: 'RemoteUser',
  remotemachine: 'RemoteMachine',
  displayname: 'DisplayName',
  defaultinboundaction: 'DefaultInboundAction',
  defaultoutboundaction: 'DefaultOutboundAction',
};

function parameterTitle(written: string): string {
  const lower = written.toLowerCase();
  return TITLES[lower] ?? written[0].toUpperCase() + written.slice(1);
}
