/**
 * SIP vocabulary the rules share: how an SRV owner splits into its service and
 * domain, and how a host name that was meant as an IP address is recognised.
 */
import type { DnsName } from '../model/dns.js';
import { canonicalName, isAtOrBelow, isIpLiteral, parentName } from '../model/names.js';

export interface SrvOwner {
  /** `_service._proto`, lower-case, e.g. `_sipinternaltls._tcp`. */
  service: string;
  /** The domain the service is published for (canonical, trailing dot). */
  domain: DnsName;
}

/** Splits `_sip._tls.contoso.com.` into `_sip._tls` and `contoso.com.`; undefined when the owner is not of that shape. */
export function splitSrvOwner(owner: DnsName): SrvOwner | undefined {
  const name = canonicalName(owner);
  if (name.charCodeAt(0) !== 95 /* _ */) return undefined;
  const protocolAndDomain = parentName(name);
  if (protocolAndDomain === undefined || protocolAndDomain.charCodeAt(0) !== 95) return undefined;
  const domain = parentName(protocolAndDomain);
  if (domain === undefined || domain === '.') return undefined;
  return { service: name.slice(0, name.length - domain.length - 1), domain };
}

/** Ports where SIP listens in clear text. */
export const SIP_CLEAR_TEXT_PORTS: ReadonlySet<number> = new Set([5060]);

/** A `sips` service (`_sips._tcp`) whose SRV record names a clear-text SIP port: sip/sips-needs-tls's finding. */
export function isClearTextSips(service: string, port: number): boolean {
  return service.startsWith('_sips.') && SIP_CLEAR_TEXT_PORTS.has(port);
}

/** Normalises a service key written by a user (`_SIP._TLS.` -> `_sip._tls`). */
export function normaliseService(service: string): string {
  return service.toLowerCase().replace(/\.+$/, '');
}

/**
 * The IP address a target name carries when someone wrote an address where a host
 * name belongs: `10.0.0.5.` as written absolute, or `10.0.0.5.contoso.com.` after the
 * zone origin was appended to a relative `10.0.0.5`.
 */
export function ipLiteralIn(target: DnsName, origin: DnsName | undefined): string | undefined {
  // Both readings start at the first character, and an IP literal starts with a digit, a hex letter, `:` or `.`.
  if (!mayStartIpLiteral(target.charCodeAt(0))) return undefined;
  const bare = target.endsWith('.') ? target.slice(0, -1) : target;
  if (isIpLiteral(bare)) return bare;
  if (origin && origin !== '.' && target !== origin && isAtOrBelow(target, origin)) {
    const relative = target.slice(0, target.length - origin.length - 1);
    if (isIpLiteral(relative)) return relative;
  }
  return undefined;
}

function mayStartIpLiteral(c: number): boolean {
  return (c >= 48 && c <= 58) /* 0-9 : */ || (c >= 97 && c <= 102) /* a-f */ || (c >= 65 && c <= 70) /* A-F */ || c === 46; /* . */
}
