/**
 * Values manifests of several kinds hold: host names, IP addresses, distinguished
 * names, paths to committed files. Each reader returns undefined for text that is not
 * one, and the caller reports it at the value.
 */
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { hostName } from './certificate.js';

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
/** The leftmost label of a presented name may hold `*`; whether the wildcard is usable is a rule's question. */
const WILDCARD_LABEL = /^[a-z0-9_*](?:[a-z0-9_*-]{0,61}[a-z0-9_*])?$/;

/**
 * A host name lower-case without its trailing dot, or undefined. Labels are letters,
 * digits, `_` and inner `-`; a name whose last label is all digits is a mistyped
 * address, not a name. With `wildcard`, the leftmost label may hold `*`; with
 * `qualified`, a single-label (NetBIOS) name is refused.
 */
export function readHostName(text: string, options: { wildcard?: boolean; qualified?: boolean } = {}): string | undefined {
  const name = hostName(text);
  if (name.length === 0 || name.length > 253) return undefined;
  const labels = name.split('.');
  if (options.qualified && labels.length < 2) return undefined;
  if (/^\d+$/.test(labels[labels.length - 1])) return undefined;
  const valid = labels.every((label, index) => (index === 0 && options.wildcard ? WILDCARD_LABEL : LABEL).test(label));
  return valid ? name : undefined;
}

/**
 * An IPv4 address (four decimal parts) or IPv6 address (no zone index) in canonical
 * form: RFC 5952 for IPv6, with an IPv4-mapped address ending in its dotted quad.
 */
export function readIpAddress(text: string): string | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text).toString();
  if (!text.includes(':') || text.includes('%') || !ipaddr.IPv6.isValid(text)) return undefined;
  const address = ipaddr.IPv6.parse(text);
  return address.isIPv4MappedAddress() ? `::ffff:${address.toIPv4Address().toString()}` : address.toRFC5952String();
}

/** A TCP or UDP port written as decimal digits, 1-65535, or undefined. */
export function readPort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/**
 * `host` or `host:port` as clients' manual server settings take it: the host an FQDN, a
 * single-label name or an IP address (canonical), an IPv6 address in brackets when a
 * port follows (`[2001:db8::1]:443`; a bare IPv6 address has no port). Otherwise which
 * part is wrong: the host, or the port as written.
 */
export function readHostPort(text: string): { host: string; port?: number } | { badHost: true } | { badPort: string } {
  let hostText = text;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    [, hostText, portText] = bracketed;
  } else if (text.includes(':') && text.indexOf(':') === text.lastIndexOf(':')) {
    hostText = text.slice(0, text.indexOf(':'));
    portText = text.slice(text.indexOf(':') + 1);
  }
  // Brackets hold an IPv6 address only.
  const host = bracketed ? (hostText.includes(':') ? readIpAddress(hostText) : undefined) : (readIpAddress(hostText) ?? readHostName(hostText));
  if (host === undefined) return { badHost: true };
  if (portText === undefined) return { host };
  const port = readPort(portText);
  return port === undefined ? { badPort: portText } : { host, port };
}

/** Attribute types as OpenSSL prints them, by their usual spellings in lower case. */
const DN_ATTRIBUTE_NAMES: Record<string, string> = {
  cn: 'CN',
  commonname: 'CN',
  o: 'O',
  ou: 'OU',
  l: 'L',
  st: 'ST',
  s: 'ST',
  c: 'C',
  dc: 'DC',
  e: 'emailAddress',
  email: 'emailAddress',
  emailaddress: 'emailAddress',
  serialnumber: 'serialNumber',
  street: 'street',
  title: 'title',
  uid: 'UID',
};

export interface DistinguishedName {
  /** `CN=sip.contoso.com, O=Contoso`: attributes in the order written, types as OpenSSL prints them. */
  text: string;
  /** The last CN's value, escapes resolved. */
  commonName?: string;
}

/**
 * A distinguished name written as RFC 4514 / OpenSSL one-line text: `type=value`
 * attributes separated by commas (or `+` inside one RDN), values with `\` escapes or
 * in double quotes. Undefined when an attribute has no type or no `=`.
 */
export function readDistinguishedName(text: string): DistinguishedName | undefined {
  const attributes: Array<{ separator: string; type: string; raw: string; value: string }> = [];
  let separator = '';
  let i = 0;
  while (i < text.length) {
    const equals = text.indexOf('=', i);
    if (equals < 0) return undefined;
    const typeText = text.slice(i, equals).trim();
    if (!/^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)+)$/.test(typeText)) return undefined;
    let j = equals + 1;
    let raw = '';
    let value = '';
    let quoted = false;
    while (j < text.length) {
      const ch = text[j];
      if (ch === '\\' && j + 1 < text.length) {
        raw += ch + text[j + 1];
        value += text[j + 1];
        j += 2;
        continue;
      }
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === ',' || ch === '+')) break;
      else value += ch;
      raw += ch;
      j++;
    }
    if (quoted) return undefined;
    const type = DN_ATTRIBUTE_NAMES[typeText.toLowerCase()] ?? typeText;
    attributes.push({ separator, type, raw: raw.trim(), value: value.trim() });
    separator = text[j] === '+' ? ' + ' : ', ';
    i = j + 1;
    if (j < text.length && i >= text.length) return undefined;
  }
  if (attributes.length === 0) return undefined;
  const commonName = attributes.filter((a) => a.type === 'CN').pop()?.value;
  const result: DistinguishedName = { text: attributes.map((a) => `${a.separator}${a.type}=${a.raw}`).join('') };
  if (commonName !== undefined) result.commonName = commonName;
  return result;
}

/**
 * A path written in a manifest, relative to the manifest's directory, as a path
 * relative to the lint root with forward slashes. Undefined for absolute paths and
 * paths that leave the root.
 */
export function resolveManifestPath(manifestFile: string, written: string): string | undefined {
  if (written.startsWith('/') || written.startsWith('\\') || /^[A-Za-z]:/.test(written)) return undefined;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(manifestFile), written));
  if (resolved === '..' || resolved.startsWith('../') || resolved === '.' || resolved.endsWith('/')) return undefined;
  return resolved;
}

/**
 * Ports as firewall rules and media policies write them: a port, a range `first-last`, or
 * `any`, each 0-65535 (port 0 is a real value in firewall rules). Otherwise what is wrong.
 */
export function parsePortSpec(text: string): { first: number; last: number; any?: boolean } | { error: string } {
  const spec = text.trim();
  if (/^any$/i.test(spec)) return { first: 0, last: 65535, any: true };
  const range = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(spec);
  if (!range) return { error: `'${spec}' is not a port, a range first-last or any` };
  const first = Number(range[1]);
  const last = range[2] === undefined ? first : Number(range[2]);
  if (first > 65535 || last > 65535) return { error: `'${spec}' is out of range: ports are 0-65535` };
  if (first > last) return { error: `'${spec}' ends before it starts` };
  return { first, last };
}
