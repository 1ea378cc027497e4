/**
 * Skype for Business Server and Teams configuration made by PowerShell, read statically: the
 * Direct Routing SBCs (`New-CsOnlinePSTNGateway`, `Set-CsOnlinePSTNGateway`,
 * `Remove-CsOnlinePSTNGateway`, the MicrosoftTeams module) and the simple URLs
 * (`New-CsSimpleUrl -Component meet|dialin|cscp -ActiveUrl ...`, which
 * `Set-CsSimpleUrlConfiguration -SimpleUrl @{Add=...}` publishes). Each script that makes any of
 * them gives one topology of settings only (`source: 'powershell'`), each value at the parameter
 * that sets it, so rules report there.
 *
 * An SBC's FQDN is `-Fqdn` or `-Identity` (the positional parameter); `-SipSignalingPort` is the
 * port it listens on (`-SipSignallingPort` in early releases of the module). `Set-` changes an SBC
 * `New-` made in any script read (the later script's value wins); an SBC only `Set-` names is one
 * the tenant already has. `Remove-` takes it away again.
 */
import type { SourceRange } from '../../core/types.js';
import type { CommandInvocation, CommandParameter } from '../../languages/powershell/index.js';
import type { StaticValue } from '../../languages/values.js';
import type { EstateFile } from '../../model/files.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import type { Sited, Topology } from '../../model/topology.js';
import { bindParameters, recordLoc } from './parameters.js';

type Unknown = Extract<StaticValue, { kind: 'unknown' }>;
type Sbc = Topology['sbcs'][number];

/** Parameters of the gateway cmdlets that are read, lower case, with their aliases (the MicrosoftTeams module's reference). */
const GATEWAY_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  identity: [],
  fqdn: [],
  sipsignalingport: ['sipsignallingport'],
  enabled: [],
  maxconcurrentsessions: [],
  force: [],
  whatif: ['wi'],
  confirm: ['cf'],
};

const SIMPLE_URL_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  component: [],
  domain: [],
  simpleurlentry: [],
  activeurl: [],
};

/** `New-CsSimpleUrl -Component` values, to the topology's kinds (`Cscp` is the administrative URL). */
const SIMPLE_URL_KINDS: Readonly<Record<string, keyof Topology['simpleUrls']>> = { meet: 'meet', dialin: 'dialin', cscp: 'admin' };

/** The settings of Skype for Business and Teams configuration scripts, as topologies of settings only. */
export class LyncConfiguration {
  readonly notes: NotCheckedNote[] = [];
  private readonly topologies = new Map<string, Topology>();
  /** SBCs by FQDN across scripts, with the topology holding each. */
  private readonly sbcs = new Map<string, { sbc: Sbc; topology: Topology }>();

  command(file: EstateFile, invocation: CommandInvocation): void {
    switch (invocation.normalizedName) {
      case 'new-csonlinepstngateway':
      case 'set-csonlinepstngateway':
        return this.gateway(file, invocation);
      case 'remove-csonlinepstngateway':
        return this.removeGateway(invocation);
      case 'new-cssimpleurl':
        return this.simpleUrl(file, invocation);
    }
  }

  /** The topologies made, without SBCs removed again; none for a script that made nothing. */
  finish(): Topology[] {
    return [...this.topologies.values()].filter((topology) => topology.sbcs.length > 0 || Object.values(topology.simpleUrls).some((urls) => urls.length > 0));
  }

  private gateway(file: EstateFile, invocation: CommandInvocation): void {
    const bound = bindParameters(invocation, GATEWAY_PARAMETERS, ['identity']);
    const loc = recordLoc(invocation);
    const named = bound.get('fqdn') ?? bound.get('identity');
    if (named === undefined) return;
    if (named.value.kind === 'unknown') return this.note(named.value, 'FQDN of this Direct Routing SBC', loc);
    if (named.value.kind !== 'string' || named.value.value.trim() === '') return;
    const fqdn = named.value.value.trim().toLowerCase().replace(/\.+$/, '');
    const port = this.port(bound.get('sipsignalingport'), invocation, loc);
    const known = this.sbcs.get(fqdn);
    if (known) {
      if (port) known.sbc.port = port;
      return;
    }
    const topology = this.topologyFor(file, loc);
    const sbc: Sbc = { fqdn: sited(fqdn, named, invocation), ...(port ? { port } : {}), loc };
    topology.sbcs.push(sbc);
    this.sbcs.set(fqdn, { sbc, topology });
  }

  private removeGateway(invocation: CommandInvocation): void {
    const identity = bindParameters(invocation, GATEWAY_PARAMETERS, ['identity']).get('identity')?.value;
    if (identity?.kind !== 'string') return;
    const fqdn = identity.value.trim().toLowerCase().replace(/\.+$/, '');
    const known = this.sbcs.get(fqdn);
    if (known === undefined) return;
    known.topology.sbcs = known.topology.sbcs.filter((sbc) => sbc !== known.sbc);
    this.sbcs.delete(fqdn);
  }

  private port(parameter: CommandParameter | undefined, invocation: CommandInvocation, loc: SourceRange): Sited<number> | undefined {
    if (parameter === undefined) return undefined;
    const value = parameter.value;
    if (value.kind === 'unknown') {
      this.note(value, 'SIP signalling port of this Direct Routing SBC', loc);
      return undefined;
    }
    const port = value.kind === 'number' ? value.value : value.kind === 'string' && /^\s*\d{1,5}\s*$/.test(value.value) ? Number(value.value) : undefined;
    return port !== undefined && Number.isInteger(port) && port >= 1 && port <= 65535 ? sited(port, parameter, invocation) : undefined;
  }

  private simpleUrl(file: EstateFile, invocation: CommandInvocation): void {
    const bound = bindParameters(invocation, SIMPLE_URL_PARAMETERS, []);
    const loc = recordLoc(invocation);
    const component = bound.get('component')?.value;
    const active = bound.get('activeurl');
    if (component?.kind === 'unknown') return this.note(component, 'component of this simple URL', loc);
    if (component?.kind !== 'string' || active === undefined) return;
    const kind = SIMPLE_URL_KINDS[component.value.trim().toLowerCase()];
    if (kind === undefined) return;
    if (active.value.kind === 'unknown') return this.note(active.value, `${kind} simple URL`, loc);
    if (active.value.kind !== 'string' || active.value.value.trim() === '') return;
    this.topologyFor(file, loc).simpleUrls[kind].push(sited(active.value.value.trim(), active, invocation));
  }

  private topologyFor(file: EstateFile, loc: SourceRange): Topology {
    let topology = this.topologies.get(file.file);
    if (topology === undefined) {
      topology = { file: file.file, loc, source: 'powershell', sipDomains: [], tenantDomains: [], pools: [], edges: [], simpleUrls: { meet: [], dialin: [], admin: [] }, sbcs: [] };
      this.topologies.set(file.file, topology);
    }
    return topology;
  }

  private note(value: Unknown, what: string, loc: SourceRange): void {
    this.notes.push({ format: 'powershell', loc, expression: value.expression, reason: `(${value.reason}): the ${what} is not known` });
  }
}

/**
 * A value at its parameter, from the dash to the end of the argument, where a rule reports it;
 * inside a loop over known items, where the item's value is written (each SBC of a list at its own).
 */
function sited<T>(value: T, parameter: CommandParameter, invocation: CommandInvocation): Sited<T> {
  return { value, loc: recordLoc(invocation) === invocation.loc ? parameter.loc : parameter.value.loc };
}
