import { parseOpenvpnFile } from '../../../src/formats/openvpn/loader.js';
import type { OpenvpnParseResult } from '../../../src/formats/openvpn/loader.js';
import { at, describeNeverThrows, plainAddress, problems, profileRanges } from '../../helpers/line-text-loaders.js';

const FILE = 'vpn/contoso-remote.ovpn';
const STATIC_KEY_LINE = 'e685bdaf659a25a200e2b9e39e51ff03';

/** A client profile as the OpenVPN Access Server and Windows GUI users keep it: inline CA and tls-auth key, CRLF. */
const CLIENT = [
  '##############################################',
  '# Contoso remote access: UC traffic bypasses #',
  '##############################################',
  'client',
  'dev tun',
  'proto udp',
  'remote vpn1.contoso.com 1194',
  'remote 2001:db8:10::1 443 tcp',
  'remote-random',
  'resolv-retry infinite',
  'nobind',
  'persist-key',
  'persist-tun',
  'remote-cert-tls server',
  'auth-user-pass "C:\\\\Program Files\\\\OpenVPN\\\\config\\\\pass.txt"',
  'key-direction 1',
  '',
  'redirect-gateway def1 bypass-dhcp',
  '; Lync Edge and the reverse proxy go around the tunnel',
  'route 131.107.1.0 255.255.255.0 net_gateway',
  'route 131.107.2.10 255.255.255.255   net_gateway  # reverse proxy',
  'route-ipv6 2603:1063::/39 net_gateway',
  'route 10.0.0.0 255.0.0.0',
  'route 172.16.0.0 255.240.0.0 vpn_gateway 10',
  'route remote_host 255.255.255.255 net_gateway',
  'dhcp-option DNS 10.0.0.53',
  'dhcp-option DOMAIN "corp.contoso.com"',
  '',
  '<ca>',
  '-----BEGIN CERTIFICATE-----',
  'MIIBszCCAVmgAwIBAgIUWp1Qd3H7xq3Y0Qz1r8b7c6Z5yJ0wCgYIKoZIzj0EAwIw',
  'route 0.0.0.0 0.0.0.0',
  '-----END CERTIFICATE-----',
  '</ca>',
  '<tls-auth>',
  '#',
  '# 2048 bit OpenVPN static key',
  '#',
  '-----BEGIN OpenVPN Static key V1-----',
  STATIC_KEY_LINE,
  '-----END OpenVPN Static key V1-----',
  '</tls-auth>',
  '',
].join('\r\n');

function parse(text: string, limits?: Parameters<typeof parseOpenvpnFile>[2]): OpenvpnParseResult {
  return parseOpenvpnFile(text, FILE, limits);
}

const a = (line: number, column: number, endColumn: number) => at(FILE, line, column, endColumn);

describe('an OpenVPN client config with inline blocks', () => {
  const result = parse(CLIENT);
  const profile = result.profile!;

  it('reads without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('gives the profile of the file', () => {
    expect(profile).toMatchObject({ file: FILE, source: 'openvpn', name: 'contoso-remote.ovpn', loc: { file: FILE, line: 1, column: 1, endLine: 43, endColumn: 1 }, clientSubnets: [] });
    expect(profile.routeNoPull).toBeUndefined();
  });

  it('reads redirect-gateway def1 as a full tunnel, at the directive', () => {
    expect(profile.tunnel).toEqual({ value: 'full', loc: a(18, 1, 34) });
  });

  it('reads routes through net_gateway as excluded, others as included', () => {
    expect(profile.exclude.map(plainAddress)).toEqual([
      { text: '131.107.1.0 255.255.255.0', ranges: ['131.107.1.0/24'], loc: a(20, 7, 32) },
      { text: '131.107.2.10 255.255.255.255', ranges: ['131.107.2.10'], loc: a(21, 7, 35) },
      { text: '2603:1063::/39', ranges: ['2603:1063::/39'], loc: a(22, 12, 26) },
    ]);
    expect(profile.include.map(plainAddress)).toEqual([
      { text: '10.0.0.0 255.0.0.0', ranges: ['10.0.0.0/8'], loc: a(23, 7, 25) },
      { text: '172.16.0.0 255.240.0.0', ranges: ['172.16.0.0/12'], loc: a(24, 7, 29) },
    ]);
  });

  it('reads each remote as host:port', () => {
    expect(profile.endpoints).toEqual([
      { value: 'vpn1.contoso.com:1194', loc: a(7, 8, 29) },
      { value: '[2001:db8:10::1]:443', loc: a(8, 8, 26) },
    ]);
  });

  it('reads dhcp-option DNS and DOMAIN, unquoted', () => {
    expect(profile.dns!.servers.map(plainAddress)).toEqual([{ text: '10.0.0.53', ranges: ['10.0.0.53'], loc: a(26, 17, 26) }]);
    expect(profile.dns!.suffixes).toEqual([{ value: 'corp.contoso.com', loc: a(27, 20, 38) }]);
  });

  it('never reads or keeps what inline blocks hold', () => {
    const everything = JSON.stringify(result, (_key, value) => (typeof value === 'bigint' ? String(value) : value));
    expect(everything).not.toContain(STATIC_KEY_LINE);
    expect(everything).not.toContain('MIIB');
    expect(profile.include.some((r) => r.text.startsWith('0.0.0.0'))).toBe(false);
  });

  it('reads LF files the same way', () => {
    expect(parse(CLIENT.replace(/\r\n/g, '\n'))).toEqual(result);
  });
});

describe('directives', () => {
  const profileOf = (...lines: string[]) => parse(lines.join('\n')).profile!;

  it('reads route without a netmask as one host, and the default keyword', () => {
    expect(profileOf('route 192.0.2.7', 'route 192.0.2.8 default net_gateway').include.map(plainAddress)).toEqual([{ text: '192.0.2.7', ranges: ['192.0.2.7'], loc: at(FILE, 1, 7, 16) }]);
    expect(profileOf('route 192.0.2.8 default net_gateway').exclude.map(plainAddress)).toEqual([{ text: '192.0.2.8 default', ranges: ['192.0.2.8'], loc: at(FILE, 1, 7, 24) }]);
  });

  it('reads route-nopull, and the command-line spelling --route-nopull', () => {
    expect(profileOf('client', '--route-nopull').routeNoPull).toEqual({ value: true, loc: at(FILE, 2, 1, 15) });
  });

  it('takes routes covering every address for a full tunnel when there is no redirect-gateway', () => {
    expect(profileOf('route 10.0.0.0 255.0.0.0', 'route 0.0.0.0 128.0.0.0', 'route 128.0.0.0 128.0.0.0').tunnel).toEqual({ value: 'full', loc: at(FILE, 3, 7, 26) });
    expect(profileOf('route 0.0.0.0 128.0.0.0').tunnel).toBeUndefined();
  });

  it('reads client subnets from ifconfig, ifconfig-ipv6, server and server-ipv6', () => {
    const profile = profileOf('ifconfig 10.8.0.6 10.8.0.5', 'ifconfig 10.9.0.2 255.255.255.0', 'ifconfig-ipv6 fd00:8::1000/64 fd00:8::1', 'server 10.8.0.0 255.255.255.0', 'server-ipv6 fd00:8::/64');
    expect(profile.clientSubnets.map((s) => [s.text, s.ranges.map(plainRange)])).toEqual([
      ['10.8.0.6', ['10.8.0.6']],
      ['10.9.0.2 255.255.255.0', ['10.9.0.0/24']],
      ['fd00:8::1000/64', ['fd00:8::/64']],
      ['10.8.0.0 255.255.255.0', ['10.8.0.0/24']],
      ['fd00:8::/64', ['fd00:8::/64']],
    ]);
  });

  it('reads redirect-gateway with any flags, and the first one only', () => {
    expect(profileOf('redirect-gateway', 'redirect-gateway ipv6 !ipv4').tunnel).toEqual({ value: 'full', loc: at(FILE, 1, 1, 17) });
  });

  it('reads a remote without a port as the host, and directives inside <connection>', () => {
    const profile = profileOf('<connection>', 'remote vpn.contoso.com', '</connection>', '<connection>', 'remote vpn2.contoso.com 443 tcp', '</connection>');
    expect(profile.endpoints.map((e) => e.value)).toEqual(['vpn.contoso.com', 'vpn2.contoso.com:443']);
  });

  it('reads quotes and escapes as OpenVPN does, and comments only where a word starts', () => {
    const profile = profileOf(`dhcp-option DOMAIN 'corp.contoso.com'`, 'dhcp-option DOMAIN corp\\ net#1 # comment', '  # route 10.0.0.0 255.0.0.0', ';route 10.0.0.0 255.0.0.0');
    expect(profile.dns!.suffixes.map((s) => s.value)).toEqual(['corp.contoso.com', 'corp net#1']);
    expect(profile.include).toEqual([]);
  });

  it('gives no profile for a file without directives', () => {
    expect(parse('# nothing\n; here\n\n')).toEqual({ diagnostics: [] });
  });
});

function plainRange(range: Parameters<typeof plainAddress>[0]['ranges'][number]): string {
  return plainAddress({ text: '', ranges: [range], loc: at(FILE, 1, 1, 1) }).ranges[0];
}

/** Each case: a bad line as line 3 of a valid file; the problem has its code and position, and the lines around it are read. */
const cases: Array<[string, string, string, number, number]> = [
  ['netmask that is not contiguous', 'route 10.0.0.0 255.0.255.0', 'openvpn/bad-netmask', 3, 16],
  ['netmask that is not a dotted quad', 'route 10.0.0.0 /8', 'openvpn/bad-netmask', 3, 16],
  ['netmask with an octet over 255', 'route 10.0.0.0 255.256.0.0', 'openvpn/bad-netmask', 3, 16],
  ['route network with host bits set', 'route 10.1.1.1 255.255.255.0 net_gateway', 'openvpn/bad-address', 3, 7],
  ['route network that is not an address', 'route 10.1.1 255.255.255.0', 'openvpn/bad-address', 3, 7],
  ['route without a network', 'route', 'openvpn/missing-argument', 3, 6],
  ['route-ipv6 with host bits set', 'route-ipv6 2001:db8::1/32', 'openvpn/bad-address', 3, 12],
  ['server network with host bits set', 'server 10.8.0.1 255.255.255.0', 'openvpn/bad-address', 3, 8],
  ['server without a netmask', 'server 10.8.0.0', 'openvpn/missing-argument', 3, 16],
  ['remote port out of range', 'remote vpn.contoso.com 70000', 'openvpn/bad-port', 3, 24],
  ['dhcp-option DNS network', 'dhcp-option DNS 10.0.0.0/24', 'openvpn/bad-address', 3, 17],
  ['dhcp-option without a value', 'dhcp-option DNS', 'openvpn/missing-argument', 3, 16],
  ['unterminated quote', 'dhcp-option DOMAIN "corp.contoso.com', 'openvpn/unterminated-quote', 3, 20],
  ['a closing tag with nothing open', '</ca>', 'openvpn/unexpected-close', 3, 1],
];

describe('malformed lines', () => {
  it.each(cases)('%s', (_name, bad, code, line, column) => {
    const result = parse(['client', 'route 10.10.0.0 255.255.0.0', bad, 'route 10.20.0.0 255.255.0.0'].join('\n'));
    expect(problems(result.diagnostics)).toEqual([{ code, line, column, severity: 'error' }]);
    expect(result.profile!.include.map((s) => s.text)).toEqual(['10.10.0.0 255.255.0.0', '10.20.0.0 255.255.0.0']);
  });

  it('says which network a route with host bits set meant', () => {
    const [d] = parse('route 10.1.1.1 255.255.255.0').diagnostics;
    expect(d).toMatchObject({ line: 1, column: 7, endColumn: 29 });
    expect(d.message).toBe("route: '10.1.1.1/24' has host bits set: the network is 10.1.1.0/24, or 10.1.1.1/32 was meant");
  });

  it('counts columns in UTF-16 code units', () => {
    expect(problems(parse('remote 😀.contoso.com x').diagnostics)).toEqual([{ code: 'openvpn/bad-port', line: 1, column: 23, severity: 'error' }]);
  });

  it('warns about a route to a host name, which it cannot count', () => {
    expect(problems(parse('route intranet.contoso.com 255.255.255.255').diagnostics)).toEqual([{ code: 'openvpn/route-by-name', line: 1, column: 7, severity: 'warning' }]);
  });

  it('reports an unclosed block at its opening line, and reads nothing after it as directives', () => {
    const result = parse(['remote vpn.contoso.com 1194', '<key>', '-----BEGIN PRIVATE KEY-----', 'route 10.0.0.0 255.0.0.0', 'redirect-gateway def1'].join('\n'));
    expect(problems(result.diagnostics)).toEqual([{ code: 'openvpn/unclosed-block', line: 2, column: 1, severity: 'error' }]);
    expect(result.profile!.include).toEqual([]);
    expect(result.profile!.tunnel).toBeUndefined();
    expect(result.diagnostics[0].message).not.toContain('PRIVATE');
  });

  it('reports an unclosed <connection>', () => {
    expect(problems(parse('<connection>\nremote vpn.contoso.com').diagnostics)).toEqual([{ code: 'openvpn/unclosed-block', line: 1, column: 1, severity: 'error' }]);
  });
});

describe('bounds', () => {
  it('does not read a file over the size bound', () => {
    const result = parse(CLIENT, { maxFileBytes: 100 });
    expect(problems(result.diagnostics)).toEqual([{ code: 'openvpn/file-too-large', line: 1, column: 1, severity: 'error' }]);
    expect(result.profile).toBeUndefined();
  });

  it('skips a line over the length bound', () => {
    const result = parse('route 10.0.0.0 255.0.0.0 vpn_gateway 10 # a long comment\nroute 10.1.0.0 255.255.0.0', { maxLineLength: 30 });
    expect(problems(result.diagnostics)).toEqual([{ code: 'openvpn/line-too-long', line: 1, column: 1, severity: 'error' }]);
    expect(result.profile!.include.map((s) => s.text)).toEqual(['10.1.0.0 255.255.0.0']);
  });

  it('stops at the first entry over the bound', () => {
    const result = parse(CLIENT, { maxEntries: 3 });
    expect(problems(result.diagnostics)).toEqual([{ code: 'openvpn/too-many-entries', line: 21, column: 7, severity: 'error' }]);
    expect(result.profile!.dns).toBeUndefined();
  });
});

describeNeverThrows('openvpn', CLIENT, ['route', 'route-ipv6', 'redirect-gateway', 'remote', 'ifconfig', 'server', 'dhcp-option', 'DNS', 'DOMAIN', 'net_gateway', '255.255.255.0', '10.0.0.0', '2001:db8::/32', '<ca>', '</ca>', '<connection>', '</connection>', '<key>'], (text) => {
  const result = parseOpenvpnFile(text, FILE);
  return { diagnostics: result.diagnostics, ranges: profileRanges(result.profile) };
});
