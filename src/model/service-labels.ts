/**
 * The `_service._protocol` labels RFC 2782 puts in front of the name an SRV record serves, and
 * the slips DNS as code makes with them.
 */
import type { DnsName } from './dns.js';
import { labelsOf } from './names.js';

/** Protocol labels of SRV owners (`_tls` is Microsoft's, RFC 2782 allows any protocol name). */
const PROTOCOLS = new Set(['tcp', 'udp', 'tls', 'sctp']);

/**
 * When the leftmost label joins a service and a protocol with `_` instead of a dot
 * (`_sipfederationtls_tcp`, `_sip_tls`): the two labels meant (`_sipfederationtls`, `_tcp`).
 */
export function joinedServiceLabel(name: DnsName): { service: string; protocol: string } | undefined {
  // Most names do not start with `_`: one character settles them.
  if (name.charCodeAt(0) !== 95) return undefined;
  const dot = name.indexOf('.');
  const label = dot < 0 ? name : name.slice(0, dot);
  const joint = label.lastIndexOf('_');
  if (joint <= 1) return undefined;
  const protocol = label.slice(joint + 1);
  if (!PROTOCOLS.has(protocol)) return undefined;
  return { service: label.slice(0, joint), protocol: `_${protocol}` };
}

/** The name with its joined leftmost label split as meant (`_sip_tls.contoso.com.` -> `_sip._tls.contoso.com.`). */
export function splitServiceLabel(name: DnsName): DnsName | undefined {
  const joined = joinedServiceLabel(name);
  if (joined === undefined) return undefined;
  return `${joined.service}.${joined.protocol}${name.slice(name.indexOf('.'))}`;
}

/** Where an SRV owner name falls short of `_service._protocol.<domain>`, or undefined when it has both labels. */
export type ServiceLabelProblem = 'no-service-labels' | 'no-protocol-label';

export function serviceLabelProblem(name: DnsName): ServiceLabelProblem | undefined {
  const [first, second] = labelsOf(name);
  if (first === undefined || !first.startsWith('_')) return 'no-service-labels';
  if (second === undefined || !second.startsWith('_')) return 'no-protocol-label';
  return undefined;
}

/**
 * The `_service._protocol` labels a Microsoft or XMPP SRV record with this port is published
 * under, when the port (and the view) says it: 443 is the client sign-in `_sip._tls`; 5061 is
 * federation outside and internal sign-in inside; 5269 is XMPP federation. Other ports (5060
 * over UDP or TCP) do not say.
 */
export function srvLabelsForPort(port: number, view: 'internal' | 'external' | 'unknown'): string | undefined {
  switch (port) {
    case 443:
      return '_sip._tls';
    case 5061:
      if (view === 'external') return '_sipfederationtls._tcp';
      if (view === 'internal') return '_sipinternaltls._tcp';
      return undefined;
    case 5269:
      return '_xmpp-server._tcp';
    default:
      return undefined;
  }
}
