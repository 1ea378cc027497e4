import ipaddr from 'ipaddr.js';

/**
 * A DNS server as `--dns-server` and the config's `probe.dnsServers` write it: an IP address
 * with an optional port (`192.0.2.53`, `192.0.2.53:5353`, `2001:db8::53`, `[2001:db8::53]:5353`),
 * in the form Node's resolver takes; an Error saying why not otherwise. Host names are refused:
 * resolving the resolver would need a resolver.
 */
export function dnsServerAddress(text: string): string | Error {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  let host: string;
  let port: string | undefined;
  if (bracketed) [host, port] = [bracketed[1], bracketed[2]];
  else if (ipaddr.IPv6.isValid(text)) host = text;
  else [host, port] = text.split(/:(?=[^:]*$)/) as [string, string | undefined];
  const kind = ipaddr.IPv4.isValidFourPartDecimal(host) ? 4 : ipaddr.IPv6.isValid(host) ? 6 : 0;
  if (kind === 0) return new Error(`a DNS server is an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353), not '${text}'`);
  if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) return new Error(`the port of DNS server '${text}' is not a number from 1 to 65535`);
  if (port === undefined) return host;
  return kind === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * `--connect-to HOST:PORT:ADDRESS:PORT2` (curl's option of that name): the probe connects to
 * ADDRESS:PORT2 for the endpoint HOST:PORT, still sending HOST as the TLS server name. An
 * empty HOST or PORT matches any; an empty ADDRESS keeps the address the DNS gave, an empty
 * PORT2 the port. For an endpoint reached through a load balancer's address, a staging
 * address, or a server on a test port.
 */
export interface ConnectTo {
  host?: string;
  port?: number;
  address?: string;
  toPort?: number;
}

/** A `--connect-to` value, or an Error saying why it is not one. */
export function parseConnectTo(text: string): ConnectTo | Error {
  const match = /^([^:[\]]*):(\d*):(\[[0-9a-fA-F:.]+\]|[^:[\]]*):(\d*)$/.exec(text);
  if (!match) return new Error(`--connect-to takes HOST:PORT:ADDRESS:PORT (any part but the colons may be empty; an IPv6 address in brackets), not '${text}'`);
  const [, host, port, rawAddress, toPort] = match;
  const address = rawAddress.startsWith('[') ? rawAddress.slice(1, -1) : rawAddress;
  if (address !== '' && !ipaddr.isValid(address)) return new Error(`--connect-to '${text}': the address to connect to must be an IP address, not '${address}'`);
  for (const p of [port, toPort]) {
    if (p !== '' && (Number(p) < 1 || Number(p) > 65535)) return new Error(`--connect-to '${text}': ports are numbers from 1 to 65535`);
  }
  const out: ConnectTo = {};
  if (host !== '') out.host = host.toLowerCase().replace(/\.$/, '');
  if (port !== '') out.port = Number(port);
  if (address !== '') out.address = address;
  if (toPort !== '') out.toPort = Number(toPort);
  return out;
}
