/**
 * WireGuard (wg-quick) config loader: `[Interface]` `Address` and `DNS`, `[Peer]` `AllowedIPs`
 * and `Endpoint`, into the shared VPN profile (`src/estate/network.ts`). Never throws. Keys
 * that hold secrets (`PrivateKey`, `PresharedKey`) are never read, so neither the model nor a
 * message can carry them: messages quote addresses, never a line of the file.
 */
import type { CommentSink, Diagnostic } from '../../core/types.js';
import type { VpnProfile } from '../../model/network.js';
import { LineTextReader, baseName, commaSeparatedFields, fullTunnelAt, pushDefined, readSafely, shown, trimmed } from '../shared/line-text.js';
import type { Field, LineTextLimits } from '../shared/line-text.js';

export interface WireguardParseResult {
  /** Absent when the file has no section (or was not read). */
  profile?: VpnProfile;
  diagnostics: Diagnostic[];
}

/** Never throws. `limits` lowers the bounds (tests); `comments` is told of each comment. */
export function parseWireguardFile(text: string, file: string, limits?: Partial<LineTextLimits>, comments?: CommentSink): WireguardParseResult {
  return readSafely('wireguard', file, () => readWireguard(text, file, limits, comments), () => ({}));
}

type Section = 'none' | 'interface' | 'peer' | 'unknown';

const SECTIONS: Record<string, Section> = { interface: 'interface', peer: 'peer' };

function readWireguard(text: string, file: string, limits?: Partial<LineTextLimits>, comments?: CommentSink): WireguardParseResult {
  const reader = new LineTextReader(file, 'wireguard', limits);
  const lines = reader.lines(text);
  if (!lines) return { diagnostics: reader.diagnostics };
  const profile: VpnProfile = { file, loc: reader.fileRange(lines), source: 'wireguard', name: baseName(file), clientSubnets: [], include: [], exclude: [], endpoints: [] };
  const dns: NonNullable<VpnProfile['dns']> = { servers: [], suffixes: [] };
  let section: Section = 'none';
  let sawSection = false;

  read: for (const { number, text: line, offset } of lines) {
    // wg and wg-quick both end a line at `#`, wherever it is.
    const hash = line.indexOf('#');
    if (hash >= 0) comments?.(file, text, offset + hash, offset + line.length);
    const content = trimmed(line, 0, hash < 0 ? line.length : hash);
    if (content.text === '') continue;
    if (content.text.startsWith('[')) {
      section = readSectionHeader(reader, content, number);
      sawSection = true;
      continue;
    }
    const equals = line.indexOf('=', content.start);
    if (equals < 0 || equals >= content.end) {
      reader.report('missing-equals', "expected 'Key = Value'", number, content.start, content.end);
      continue;
    }
    const key = trimmed(line, content.start, equals);
    if (section === 'none') {
      reader.report('outside-section', 'a key before any [Interface] or [Peer] section; wg-quick refuses the file', number, content.start, content.end);
      continue;
    }
    const name = key.text.toLowerCase();
    if (!isListKey(section, name)) continue;
    const values = commaSeparatedFields(line, equals + 1, content.end);
    // One empty value (`AllowedIPs =`) is an empty list; an empty item among others is a typo.
    const items = values.length === 1 && values[0].text === '' ? [] : values;
    for (const item of items) {
      if (!reader.entry(number, item.start, item.end)) break read;
      if (item.text === '') {
        reader.report('empty-value', `${key.text}: an empty item between commas`, number, item.start, item.end);
        continue;
      }
      if (section === 'interface' && name === 'address') pushDefined(profile.clientSubnets, reader.interfaceAddress(item, number, 'Address'));
      else if (section === 'interface' && name === 'dns') readDnsItem(reader, item, number, dns);
      else if (section === 'peer' && name === 'allowedips') pushDefined(profile.include, reader.address(item, number, 'AllowedIPs'));
      else if (section === 'peer' && name === 'endpoint') readEndpoint(reader, item, number, profile);
    }
  }

  if (!sawSection) return { diagnostics: reader.diagnostics };
  const tunnel = fullTunnelAt(profile.include);
  if (tunnel) profile.tunnel = { value: 'full', loc: tunnel.loc };
  if (dns.servers.length > 0 || dns.suffixes.length > 0) profile.dns = dns;
  return { profile, diagnostics: reader.diagnostics };
}

function readSectionHeader(reader: LineTextReader, content: Field, line: number): Section {
  if (!content.text.endsWith(']')) {
    reader.report('bad-section', "a section header without its closing ']'; the keys under it are not read", line, content.start, content.end);
    return 'unknown';
  }
  const name = content.text.slice(1, -1).trim();
  const section = SECTIONS[name.toLowerCase()];
  if (section) return section;
  reader.report('unknown-section', `unknown section '[${shown(name)}]'; WireGuard has [Interface] and [Peer]; the keys under it are not read`, line, content.start, content.end);
  return 'unknown';
}

const LIST_KEYS: Record<Exclude<Section, 'none' | 'unknown'>, ReadonlySet<string>> = {
  interface: new Set(['address', 'dns']),
  peer: new Set(['allowedips', 'endpoint']),
};

/** Keys the model reads; every other key (WireGuard has many, some secret) is left alone. */
function isListKey(section: Section, name: string): boolean {
  return (section === 'interface' || section === 'peer') && LIST_KEYS[section].has(name);
}

/**
 * wg-quick's rule: an entry that looks like an address is a DNS server, anything else a search
 * domain. A network (`10.0.0.0/24`) is taken for a mistaken server, not a domain.
 */
function readDnsItem(reader: LineTextReader, item: Field, line: number, dns: NonNullable<VpnProfile['dns']>): void {
  const loc = reader.range(line, item.start, item.end);
  if (!/^[0-9./]+$/.test(item.text) && !item.text.includes(':')) {
    dns.suffixes.push({ value: item.text, loc });
    return;
  }
  const server = reader.address(item, line, 'DNS');
  if (!server) return;
  const [range] = server.ranges;
  if (server.ranges.length === 1 && range.first === range.last) dns.servers.push(server);
  else reader.report('bad-address', `DNS: '${shown(item.text)}' is a network; a DNS server is one address`, line, item.start, item.end);
}

/** `host:port` or `[IPv6]:port`, as wg requires (no default port). */
function readEndpoint(reader: LineTextReader, item: Field, line: number, profile: VpnProfile): void {
  const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(item.text);
  if (!match || Number(match[2]) > 65535) {
    reader.report('bad-endpoint', `Endpoint: '${shown(item.text)}' is not host:port (an IPv6 address in brackets)`, line, item.start, item.end);
    return;
  }
  profile.endpoints.push({ value: item.text, loc: reader.range(line, item.start, item.end) });
}
