/**
 * Windows policy-based QoS policies that Group Policy writes as registry values: one key per
 * policy under `Software\Policies\Microsoft\Windows\QoS` (machine or user), its fields as
 * string values ("Application Name", "Protocol", "Local Port", "Remote Port", "DSCP Value",
 * ...), as "Implement Quality of Service (QoS) in Microsoft Teams" and the Group Policy QoS
 * settings write them. They are read from the registry values the Estate has, whichever
 * format wrote them (`.reg` exports, Registry.pol, `reg add`, PowerShell), so every source of
 * client policy counts; the last write of each value wins, as on a machine.
 */
import type { SourceRange } from '../core/types.js';
import type { QosPolicy, SitedPorts } from '../model/network.js';
import { registryKey, type RegistryFile, type RegistryValue } from '../model/registry.js';
import type { Sited } from '../model/topology.js';

const QOS_KEYS = ['HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\WINDOWS\\QOS\\', 'HKEY_CURRENT_USER\\SOFTWARE\\POLICIES\\MICROSOFT\\WINDOWS\\QOS\\'];

/** The QoS policies the registry values describe, in the order their keys are first written. */
export function qosPoliciesFromRegistry(files: readonly RegistryFile[]): QosPolicy[] {
  const byKey = new Map<string, { name: string; values: Map<string, RegistryValue> }>();
  for (const file of files) {
    for (const value of file.values) {
      const key = registryKey(value.key);
      const parent = QOS_KEYS.find((prefix) => key.startsWith(prefix));
      if (parent === undefined) continue;
      const policy = value.key.slice(value.key.length - (key.length - parent.length)).replace(/\\+$/, '');
      // Only a policy's own key: deeper keys (and the QoS key's own values) are not policies.
      if (policy === '' || policy.includes('\\')) continue;
      let entry = byKey.get(key);
      if (entry === undefined) {
        entry = { name: policy, values: new Map() };
        byKey.set(key, entry);
      }
      const name = value.name.toLowerCase();
      if (value.deleted) entry.values.delete(name);
      else entry.values.set(name, value);
    }
  }
  const policies: QosPolicy[] = [];
  for (const { name, values } of byKey.values()) {
    if (values.size === 0) continue;
    const policy = policyOf(name, values);
    if (policy) policies.push(policy);
  }
  return policies;
}

function policyOf(name: string, values: Map<string, RegistryValue>): QosPolicy | undefined {
  const dscpValue = values.get('dscp value');
  const first = [...values.values()].sort((a, b) => a.loc.line - b.loc.line)[0];
  // A key with no DSCP value and no port is not a marking policy (a throttle rate, a leftover key).
  if (dscpValue === undefined && !values.has('local port') && !values.has('remote port')) return undefined;
  const unreadable: Array<Sited<string>> = [];
  const text = (value: RegistryValue | undefined) => (value === undefined ? undefined : typeof value.data === 'string' ? value.data.trim() : typeof value.data === 'number' ? String(value.data) : undefined);
  const policy: QosPolicy = {
    file: first.file,
    loc: first.loc,
    name: { value: name, loc: first.loc },
    protocol: { value: 'any', loc: first.loc },
  };
  const application = values.get('application name');
  const applicationText = text(application);
  if (application && applicationText && applicationText !== '*') policy.application = { value: applicationText, loc: application.loc };
  const protocol = values.get('protocol');
  const protocolText = text(protocol)?.toLowerCase();
  if (protocol && protocolText !== undefined) {
    if (protocolText === 'tcp' || protocolText === 'udp') policy.protocol = { value: protocolText, loc: protocol.loc };
    else if (protocolText === '*' || protocolText === '') policy.protocol = { value: 'any', loc: protocol.loc };
    else unreadable.push({ value: `"Protocol" '${protocolText}' is not TCP, UDP or *`, loc: protocol.loc });
  }
  for (const [field, target] of [['local port', 'localPorts'], ['remote port', 'remotePorts']] as const) {
    const value = values.get(field);
    const written = text(value);
    if (value === undefined || written === undefined || written === '*' || written === '') continue;
    const ports = qosPorts(written, value.loc);
    if ('error' in ports) unreadable.push({ value: `"${value.name}" ${ports.error}`, loc: value.loc });
    else policy[target] = ports;
  }
  const dscpText = text(dscpValue);
  if (dscpValue && dscpText !== undefined) {
    const dscp = /^\d{1,2}$/.test(dscpText) ? Number(dscpText) : NaN;
    if (dscp <= 63) policy.dscp = { value: dscp, loc: dscpValue.loc };
    else unreadable.push({ value: `"DSCP Value" '${dscpText}' is not a DSCP value (0-63)`, loc: dscpValue.loc });
  }
  if (unreadable.length > 0) policy.unreadable = unreadable;
  return policy;
}

/**
 * Ports as QoS policies write them: one port, or a range `first:last` (Group Policy) or
 * `first-last`; the error says what is wrong.
 */
export function qosPorts(text: string, loc: SourceRange): SitedPorts | { error: string } {
  const range = /^(\d{1,5})(?:\s*[:-]\s*(\d{1,5}))?$/.exec(text.trim());
  if (!range) return { error: `'${text}' is not a port or a range first:last` };
  const first = Number(range[1]);
  const last = range[2] === undefined ? first : Number(range[2]);
  if (first > 65535 || last > 65535) return { error: `'${text}' is out of range: ports are 0-65535` };
  if (first > last) return { error: `'${text}' ends before it starts` };
  return { text: first === last ? String(first) : `${first}-${last}`, first, last, loc };
}
