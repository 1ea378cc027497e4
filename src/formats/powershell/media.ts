/**
 * Media ports and QoS as code: Windows policy-based QoS policies (`New-NetQosPolicy`) and the
 * client media settings of Teams (`Set-CsTeamsMeetingConfiguration`) and of Lync / Skype for
 * Business Server (`Set-`/`New-CsConferencingConfiguration`, `Set-`/`New-CsMediaConfiguration`),
 * read from what the static reader gives. Each value keeps the range of its parameter, so
 * `ice/port-ranges` reports the parameter at fault.
 *
 * A Set- cmdlet changes only what it is given: a port range is read when both its first port
 * and its size are given (`-ClientAudioPort 50000 -ClientAudioPortRange 20`); one without the
 * other depends on what the tenant or deployment held before, which is a "not checked" note.
 * Port ranges live in the conferencing configuration; the media configuration holds `-EnableQoS`
 * ("Set-CsConferencingConfiguration", "Set-CsMediaConfiguration", "Set-CsTeamsMeetingConfiguration").
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { CommandInvocation, CommandParameter } from '../../languages/powershell/index.js';
import type { StaticValue } from '../../languages/values.js';
import type { EstateFile } from '../../model/files.js';
import type { MediaPolicy, QosPolicy, SitedPorts } from '../../model/network.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import type { Sited } from '../../model/topology.js';
import { bindParameters } from './parameters.js';

/** New-NetQosPolicy's parameters, lower case, with their aliases ("New-NetQosPolicy", NetQos module). */
const QOS_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  name: [],
  dscpaction: ['dscpvalue'],
  ipprotocolmatchcondition: ['ipprotocol'],
  ipsrcportstartmatchcondition: ['ipsrcportstart'],
  ipsrcportendmatchcondition: ['ipsrcportend'],
  ipsrcportmatchcondition: ['ipsrcport'],
  ipdstportstartmatchcondition: ['ipdstportstart'],
  ipdstportendmatchcondition: ['ipdstportend'],
  ipdstportmatchcondition: ['ipdstport'],
  ipportmatchcondition: ['ipport'],
  apppathnamematchcondition: ['applicationname'],
  networkprofile: [],
  ipsrcprefixmatchcondition: ['ipsrcprefix'],
  ipdstprefixmatchcondition: ['ipdstprefix'],
  throttlerateactionbitspersecond: ['throttlerate', 'maxbandwidth'],
  minbandwidthweightaction: [],
  priorityvalue8021action: [],
  precedence: [],
  policystore: ['store'],
  usermatchcondition: [],
  uripathmatchcondition: [],
  netdirectportmatchcondition: [],
  cimsession: ['session'],
  throttlelimit: [],
  asjob: [],
  whatif: ['wi'],
  confirm: ['cf'],
};

/** Port parameters of the client media settings: media type, first port, size of the range. */
interface PortPair {
  media: string;
  port: string;
  range: string;
}

const TEAMS_PORTS: readonly PortPair[] = [
  { media: 'audio', port: 'clientaudioport', range: 'clientaudioportrange' },
  { media: 'video', port: 'clientvideoport', range: 'clientvideoportrange' },
  { media: 'sharing', port: 'clientappsharingport', range: 'clientappsharingportrange' },
];

const LYNC_PORTS: readonly PortPair[] = [...TEAMS_PORTS, { media: 'fileTransfer', port: 'clientfiletransferport', range: 'clientfiletransferportrange' }];

function mediaParameters(pairs: readonly PortPair[]): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = { identity: [], clientmediaportrangeenabled: [], enableqos: [], instance: [], force: [], whatif: ['wi'], confirm: ['cf'] };
  for (const pair of pairs) {
    out[pair.port] = [];
    out[pair.range] = [];
  }
  return out;
}

const TEAMS_PARAMETERS = mediaParameters(TEAMS_PORTS);
const LYNC_PARAMETERS = { ...mediaParameters(LYNC_PORTS), clientmediaport: [], clientmediaportrange: [], clientsipdynamicport: [], clientsipdynamicportrange: [] };

const TITLES: Readonly<Record<string, string>> = {
  clientaudioport: 'ClientAudioPort',
  clientaudioportrange: 'ClientAudioPortRange',
  clientvideoport: 'ClientVideoPort',
  clientvideoportrange: 'ClientVideoPortRange',
  clientappsharingport: 'ClientAppSharingPort',
  clientappsharingportrange: 'ClientAppSharingPortRange',
  clientfiletransferport: 'ClientFileTransferPort',
  clientfiletransferportrange: 'ClientFileTransferPortRange',
  clientmediaportrangeenabled: 'ClientMediaPortRangeEnabled',
  enableqos: 'EnableQoS',
  dscpaction: 'DSCPAction',
  ipprotocolmatchcondition: 'IPProtocolMatchCondition',
  ipsrcportstartmatchcondition: 'IPSrcPortStartMatchCondition',
  ipsrcportendmatchcondition: 'IPSrcPortEndMatchCondition',
  ipdstportstartmatchcondition: 'IPDstPortStartMatchCondition',
  ipdstportendmatchcondition: 'IPDstPortEndMatchCondition',
  ipsrcportmatchcondition: 'IPSrcPortMatchCondition',
  ipdstportmatchcondition: 'IPDstPortMatchCondition',
  apppathnamematchcondition: 'AppPathNameMatchCondition',
};

/** The client media settings and QoS policies of the scripts of one format. */
export class ClientMedia {
  readonly mediaPolicies: MediaPolicy[] = [];
  readonly qosPolicies: QosPolicy[] = [];
  readonly notes: NotCheckedNote[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly noted = new Set<string>();

  constructor(private readonly format: string) {}

  command(file: EstateFile, invocation: CommandInvocation): void {
    switch (invocation.normalizedName) {
      case 'new-netqospolicy':
        return this.qosPolicy(file, invocation);
      case 'set-csteamsmeetingconfiguration':
        return this.mediaSettings(file, invocation, 'teams', TEAMS_PORTS, TEAMS_PARAMETERS);
      case 'set-csconferencingconfiguration':
      case 'new-csconferencingconfiguration':
      case 'set-csmediaconfiguration':
      case 'new-csmediaconfiguration':
        return this.mediaSettings(file, invocation, 'lync', LYNC_PORTS, LYNC_PARAMETERS);
      default:
    }
  }

  private qosPolicy(file: EstateFile, invocation: CommandInvocation): void {
    const bound = bindParameters(invocation, QOS_PARAMETERS, ['name']);
    if (this.unknownIn(file, invocation, bound)) return;
    const nameValue = bound.get('name')?.value;
    const name: Sited<string> = nameValue?.kind === 'string' ? { value: nameValue.value, loc: nameValue.loc } : { value: `QoS policy at line ${invocation.loc.line}`, loc: invocation.loc };
    const policy: QosPolicy = { file: file.file, loc: invocation.loc, name, protocol: { value: 'any', loc: invocation.loc } };
    const application = bound.get('apppathnamematchcondition')?.value;
    if (application?.kind === 'string') policy.application = { value: application.value, loc: application.loc };
    const protocol = bound.get('ipprotocolmatchcondition');
    if (protocol) {
      const word = text(protocol.value)?.toLowerCase();
      if (word === 'tcp' || word === 'udp') policy.protocol = { value: word, loc: protocol.value.loc };
      else if (word === 'both' || word === 'none') policy.protocol = { value: 'any', loc: protocol.value.loc };
      else return this.problem(protocol.value.loc, `-${title(protocol.name)} '${text(protocol.value) ?? ''}' is not TCP, UDP, Both or None`);
    }
    for (const [side, target] of [['src', 'localPorts'], ['dst', 'remotePorts']] as const) {
      const ports = this.qosPorts(bound, side);
      if (ports === null) return;
      if (ports) policy[target] = ports;
    }
    const dscp = bound.get('dscpaction');
    if (dscp) {
      const value = numberOf(dscp.value);
      if (value === undefined || value < 0 || value > 63) return this.problem(dscp.value.loc, `-${title(dscp.name)} '${text(dscp.value) ?? ''}' is not a DSCP value (0-63)`);
      policy.dscp = { value, loc: dscp.value.loc };
    }
    this.qosPolicies.push(policy);
  }

  /** A policy's source or destination ports: one port, or a start and an end; null after a diagnostic. */
  private qosPorts(bound: Map<string, CommandParameter>, side: 'src' | 'dst'): SitedPorts | undefined | null {
    const single = bound.get(`ip${side}portmatchcondition`);
    const start = bound.get(`ip${side}portstartmatchcondition`);
    const end = bound.get(`ip${side}portendmatchcondition`);
    const port = (parameter: CommandParameter): number | null => {
      const value = numberOf(parameter.value);
      if (value !== undefined && value >= 0 && value <= 65535) return value;
      this.problem(parameter.value.loc, `-${title(parameter.name)} '${text(parameter.value) ?? ''}' is not a port (0-65535)`);
      return null;
    };
    if (single) {
      const value = port(single);
      return value === null ? null : { text: String(value), first: value, last: value, loc: single.value.loc };
    }
    if (!start && !end) return undefined;
    if (!start || !end) {
      const given = (start ?? end) as CommandParameter;
      this.problem(given.loc, `-${title(given.name)} needs -IP${side === 'src' ? 'Src' : 'Dst'}Port${start ? 'End' : 'Start'}MatchCondition: a QoS policy's port range has a start and an end`);
      return null;
    }
    const first = port(start);
    const last = port(end);
    if (first === null || last === null) return null;
    if (first > last) {
      this.problem(end.value.loc, `-${title(end.name)} ${last} is below the start of the range, ${first}`);
      return null;
    }
    return { text: `${first}-${last}`, first, last, loc: { ...start.value.loc, endLine: end.value.loc.endLine, endColumn: end.value.loc.endColumn } };
  }

  private mediaSettings(file: EstateFile, invocation: CommandInvocation, product: 'teams' | 'lync', pairs: readonly PortPair[], known: Record<string, readonly string[]>): void {
    const bound = bindParameters(invocation, known, ['identity']);
    if (this.unknownIn(file, invocation, bound)) return;
    const policy: MediaPolicy = { file: file.file, loc: invocation.loc, product, transportOrder: [], excludeInterfaces: [], portRanges: {}, dscp: {} };
    for (const [key, field] of [['clientmediaportrangeenabled', 'portRangesEnabled'], ['enableqos', 'qosEnabled']] as const) {
      const parameter = bound.get(key);
      if (!parameter) continue;
      const value = booleanOf(parameter.value);
      if (value === undefined) {
        this.problem(parameter.value.loc, `-${title(parameter.name)} '${text(parameter.value) ?? ''}' is not $true or $false`);
        continue;
      }
      policy[field] = { value, loc: parameter.value.loc };
    }
    for (const pair of pairs) {
      const start = bound.get(pair.port);
      const size = bound.get(pair.range);
      if (!start && !size) continue;
      if (!start || !size) {
        const given = (start ?? size) as CommandParameter;
        const missing = title(start ? pair.range : pair.port);
        this.note(file, given.loc, `-${title(given.name)}`, `is given without -${missing}, which ${invocation.name} leaves as it was: the ${pair.media} port range is not known`);
        continue;
      }
      const first = numberOf(start.value);
      const count = numberOf(size.value);
      if (first === undefined || first < 0 || first > 65535) {
        this.problem(start.value.loc, `-${title(start.name)} '${text(start.value) ?? ''}' is not a port (0-65535)`);
        continue;
      }
      if (count === undefined || count < 1) {
        this.problem(size.value.loc, `-${title(size.name)} '${text(size.value) ?? ''}' is not a number of ports (1 or more)`);
        continue;
      }
      const last = first + count - 1;
      policy.portRanges[pair.media] = { text: `${first}-${last}`, first, last, loc: start.value.loc };
    }
    if (Object.keys(policy.portRanges).length === 0 && !policy.portRangesEnabled && !policy.qosEnabled) return;
    this.mediaPolicies.push(policy);
  }

  /** Any parameter whose value is not known (or an unknown splat): a note, and the command is not read. */
  private unknownIn(file: EstateFile, invocation: CommandInvocation, bound: Map<string, CommandParameter>): boolean {
    const splat = invocation.unknownSplats[0];
    if (splat) {
      this.note(file, splat.loc, splat.expression, `(${splat.reason}): the parameters ${invocation.name} is given are not known`);
      return true;
    }
    for (const [name, parameter] of bound) {
      // Only the values that make the policy or the ranges: names, sessions and common parameters do not.
      if (parameter.value.kind !== 'unknown' || !(name in TITLES) || name === 'identity' || name === 'name') continue;
      this.note(file, parameter.loc, parameter.value.expression, `(${parameter.value.reason}): the ${title(parameter.name)} of ${invocation.name} is not known`);
      return true;
    }
    return false;
  }

  private note(file: EstateFile, loc: SourceRange, expression: string, reason: string): void {
    const key = `${file.file}\u0000${expression}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push({ format: this.format, loc, expression, reason });
  }

  private problem(loc: SourceRange, message: string): void {
    this.diagnostics.push({ ...loc, severity: 'error', code: `${this.format}/invalid-media-value`, message });
  }
}

function title(written: string): string {
  return TITLES[written.toLowerCase()] ?? written;
}

function text(value: StaticValue): string | undefined {
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number' || value.kind === 'bool') return String(value.value);
  return undefined;
}

/** A whole number as PowerShell converts it for a numeric parameter (`50000`, `'50000'`). */
function numberOf(value: StaticValue): number | undefined {
  const written = text(value)?.trim();
  if (written === undefined || !/^-?\d{1,10}$/.test(written)) return undefined;
  return Number(written);
}

function booleanOf(value: StaticValue): boolean | undefined {
  if (value.kind === 'bool') return value.value;
  if (value.kind === 'number') return value.value !== 0;
  if (value.kind === 'string') {
    const word = value.value.toLowerCase();
    if (word === 'true' || word === '$true') return true;
    if (word === 'false' || word === '$false') return false;
  }
  return undefined;
}
