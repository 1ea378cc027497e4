import { parseWireguardFile } from '../../../src/formats/wireguard/loader.js';
import type { WireguardParseResult } from '../../../src/formats/wireguard/loader.js';
import { at, describeNeverThrows, plainAddress, problems, profileRanges } from '../../helpers/line-text-loaders.js';

const FILE = 'vpn/contoso-laptop.conf';
const PRIVATE_KEY = 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=';
const PRESHARED_KEY = '/UwcSPg38hW/D9Y3tcS1FOV0K1wuURMbS0sesJEP5ak=';

/** A wg-quick client with two hubs, as `wg-quick up contoso-laptop` reads it. */
const CLIENT = `# Contoso laptop: split tunnel to the data centres
[Interface]
PrivateKey = ${PRIVATE_KEY}
Address = 10.200.100.8/24, fd42:42:42::8/64
DNS = 10.200.100.1, 2001:db8:53::1, corp.contoso.com
MTU = 1420
PostUp = resolvectl domain %i ~corp.contoso.com

[Peer]
# Amsterdam hub
PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
PresharedKey = ${PRESHARED_KEY}
AllowedIPs = 10.200.100.0/24, 10.10.0.0/16
AllowedIPs = fd42:42:42::/64
Endpoint = ams.vpn.contoso.com:51820
PersistentKeepalive = 25

[Peer]
# Seattle hub
PublicKey = TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0=
AllowedIPs = 10.20.0.0/16,192.168.40.0/22   # lab
Endpoint = [2001:db8:1::10]:51820
`;

function parse(text: string, limits?: Parameters<typeof parseWireguardFile>[2]): WireguardParseResult {
  return parseWireguardFile(text, FILE, limits);
}

const a = (line: number, column: number, endColumn: number) => at(FILE, line, column, endColumn);

describe('a wg-quick client config', () => {
  const result = parse(CLIENT);
  const profile = result.profile!;

  it('reads without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('gives the profile of the file', () => {
    expect(profile).toMatchObject({ file: FILE, source: 'wireguard', name: 'contoso-laptop.conf', loc: { file: FILE, line: 1, column: 1, endLine: 23, endColumn: 1 }, exclude: [] });
    expect(profile.tunnel).toBeUndefined();
    expect(profile.routeNoPull).toBeUndefined();
  });

  it('reads Address as the subnets the interface addresses lie in', () => {
    expect(profile.clientSubnets.map(plainAddress)).toEqual([
      { text: '10.200.100.8/24', ranges: ['10.200.100.0/24'], loc: a(4, 11, 26) },
      { text: 'fd42:42:42::8/64', ranges: ['fd42:42:42::/64'], loc: a(4, 28, 44) },
    ]);
  });

  it('reads DNS as servers and search domains, as wg-quick does', () => {
    expect(profile.dns!.servers.map(plainAddress)).toEqual([
      { text: '10.200.100.1', ranges: ['10.200.100.1'], loc: a(5, 7, 19) },
      { text: '2001:db8:53::1', ranges: ['2001:db8:53::1'], loc: a(5, 21, 35) },
    ]);
    expect(profile.dns!.suffixes).toEqual([{ value: 'corp.contoso.com', loc: a(5, 37, 53) }]);
  });

  it('reads every peer\'s AllowedIPs, over several lines, into include', () => {
    expect(profile.include.map(plainAddress)).toEqual([
      { text: '10.200.100.0/24', ranges: ['10.200.100.0/24'], loc: a(13, 14, 29) },
      { text: '10.10.0.0/16', ranges: ['10.10.0.0/16'], loc: a(13, 31, 43) },
      { text: 'fd42:42:42::/64', ranges: ['fd42:42:42::/64'], loc: a(14, 14, 29) },
      { text: '10.20.0.0/16', ranges: ['10.20.0.0/16'], loc: a(21, 14, 26) },
      { text: '192.168.40.0/22', ranges: ['192.168.40.0/22'], loc: a(21, 27, 42) },
    ]);
  });

  it('reads each Endpoint as written', () => {
    expect(profile.endpoints).toEqual([
      { value: 'ams.vpn.contoso.com:51820', loc: a(15, 12, 37) },
      { value: '[2001:db8:1::10]:51820', loc: a(22, 12, 34) },
    ]);
  });

  it('never keeps a private or preshared key', () => {
    const everything = JSON.stringify(result, (_key, value) => (typeof value === 'bigint' ? String(value) : value));
    expect(everything).not.toContain(PRIVATE_KEY);
    expect(everything).not.toContain(PRESHARED_KEY);
  });

  it('reads CRLF files and a byte-order mark the same way', () => {
    expect(parse('\ufeff' + CLIENT.replace(/\n/g, '\r\n'))).toEqual(result);
  });
});

describe('full tunnel', () => {
  const tunnelOf = (allowed: string[]) => parse(['[Interface]', 'Address = 10.0.0.2/32', ...allowed.flatMap((line) => ['[Peer]', `AllowedIPs = ${line}`])].join('\n')).profile!.tunnel;

  it('is where 0.0.0.0/0 is written', () => {
    expect(tunnelOf(['10.0.0.0/8, 0.0.0.0/0, ::/0'])).toEqual({ value: 'full', loc: at(FILE, 4, 26, 35) });
  });

  it('is where ::/0 is written, for IPv6 alone', () => {
    expect(tunnelOf(['10.0.0.0/8, ::/0'])).toEqual({ value: 'full', loc: at(FILE, 4, 26, 30) });
  });

  it('is at the entry that completes the IPv4 space when several cover it together', () => {
    expect(tunnelOf(['0.0.0.0/1, 64.0.0.0/2', '10.0.0.0/8, 128.0.0.0/1'])).toEqual({ value: 'full', loc: at(FILE, 6, 26, 37) });
  });

  it('is not claimed by half of the space', () => {
    expect(tunnelOf(['0.0.0.0/1, 128.0.0.0/2'])).toBeUndefined();
  });
});

describe('keys and sections', () => {
  it('reads keys and section names in any case, ignores keys it does not need, and allows empty AllowedIPs', () => {
    const result = parse('[interface]\nADDRESS=10.9.0.2/32\nListenPort = 51820\nFwMark = 0x1234\n[PEER]\nallowedips =\nendpoint=192.0.2.1:51820\nallowedIPs=10.9.0.0/24');
    expect(result.diagnostics).toEqual([]);
    expect(result.profile!.clientSubnets.map((s) => s.text)).toEqual(['10.9.0.2/32']);
    expect(result.profile!.include.map((s) => s.text)).toEqual(['10.9.0.0/24']);
    expect(result.profile!.endpoints.map((e) => e.value)).toEqual(['192.0.2.1:51820']);
    expect(result.profile!.dns).toBeUndefined();
  });

  it('gives no profile for a file without sections', () => {
    expect(parse('# nothing here\n\n')).toEqual({ diagnostics: [] });
  });
});

/** Each case: a bad line as line 4 of a valid file; the problem has its code and position, and the lines around it are read. */
const cases: Array<[string, string, string, number, number]> = [
  ['host bits set in AllowedIPs', 'AllowedIPs = 10.0.0.0/24, 172.16.1.0/8', 'wireguard/bad-address', 4, 27],
  ['prefix too long', 'AllowedIPs = 10.0.0.0/33', 'wireguard/bad-address', 4, 14],
  ['a range, which wg does not take', 'AllowedIPs = 10.0.0.1-10.0.0.9', 'wireguard/bad-address', 4, 14],
  ['any, which wg does not take', 'AllowedIPs = any', 'wireguard/bad-address', 4, 14],
  ['not an address', 'AllowedIPs = 10.0.0', 'wireguard/bad-address', 4, 14],
  ['an empty item between commas', 'AllowedIPs = 10.0.0.0/8,,10.1.0.0/16', 'wireguard/empty-value', 4, 25],
  ['missing =', '  AllowedIPs 10.0.0.0/8', 'wireguard/missing-equals', 4, 3],
  ['unknown section', '[Peers]', 'wireguard/unknown-section', 4, 1],
  ['section header without ]', ' [Peer', 'wireguard/bad-section', 4, 2],
  ['endpoint without a port', 'Endpoint = vpn.contoso.com', 'wireguard/bad-endpoint', 4, 12],
  ['endpoint with a bare IPv6 address', 'Endpoint = 2001:db8::1:51820', 'wireguard/bad-endpoint', 4, 12],
  ['endpoint port out of range', 'Endpoint = 192.0.2.1:65536', 'wireguard/bad-endpoint', 4, 12],
];

describe('malformed lines', () => {
  it.each(cases)('%s', (_name, bad, code, line, column) => {
    const result = parse(['[Interface]', 'Address = 10.0.0.2/32', '[Peer]', bad, '[Peer]', 'AllowedIPs = 10.50.0.0/16'].join('\n'));
    expect(problems(result.diagnostics)).toEqual([{ code, line, column, severity: 'error' }]);
    expect(result.profile!.clientSubnets.map((s) => s.text)).toEqual(['10.0.0.2/32']);
    expect(result.profile!.include.map((s) => s.text).at(-1)).toBe('10.50.0.0/16');
  });

  it('says which network was meant when host bits are set, at the value', () => {
    const [d] = parse('[Peer]\nAllowedIPs = 172.16.1.0/8').diagnostics;
    expect(d).toMatchObject({ line: 2, column: 14, endColumn: 26 });
    expect(d.message).toBe("AllowedIPs: '172.16.1.0/8' has host bits set: the network is 172.0.0.0/8, or 172.16.1.0/24 was meant");
  });

  it('reports a key before any section, and reads on', () => {
    const result = parse('Address = 10.0.0.2/32\n[Interface]\nAddress = 10.0.0.3/32');
    expect(problems(result.diagnostics)).toEqual([{ code: 'wireguard/outside-section', line: 1, column: 1, severity: 'error' }]);
    expect(result.profile!.clientSubnets.map((s) => s.text)).toEqual(['10.0.0.3/32']);
  });

  it('does not read the keys under a section it does not know', () => {
    const result = parse('[Interfaces]\nAddress = 10.0.0.2/32\n[Interface]\nAddress = 10.0.0.3/32');
    expect(problems(result.diagnostics)).toEqual([{ code: 'wireguard/unknown-section', line: 1, column: 1, severity: 'error' }]);
    expect(result.profile!.clientSubnets.map((s) => s.text)).toEqual(['10.0.0.3/32']);
  });

  it('reports a DNS network, which cannot be a server, in UTF-16 columns', () => {
    const result = parse('[Interface]\nDNS = 😀.contoso.com, 10.0.0.0/24');
    expect(problems(result.diagnostics)).toEqual([{ code: 'wireguard/bad-address', line: 2, column: 23, severity: 'error' }]);
    expect(result.profile!.dns!.suffixes).toEqual([{ value: '😀.contoso.com', loc: a(2, 7, 21) }]);
  });

  it('never quotes a line without =, which may be a pasted key', () => {
    // A whole key ends in `=`, so it reads as an unknown key and is ignored; without its `=` it is a line without one.
    const result = parse(`[Interface]\nPrivateKey ${PRIVATE_KEY.slice(0, -1)}\n${PRIVATE_KEY}\n`);
    expect(problems(result.diagnostics)).toEqual([{ code: 'wireguard/missing-equals', line: 2, column: 1, severity: 'error' }]);
    expect(JSON.stringify(result)).not.toContain(PRIVATE_KEY.slice(0, 20));
  });
});

describe('bounds', () => {
  it('does not read a file over the size bound', () => {
    expect(problems(parse(CLIENT, { maxFileBytes: 100 }).diagnostics)).toEqual([{ code: 'wireguard/file-too-large', line: 1, column: 1, severity: 'error' }]);
    expect(parse(CLIENT, { maxFileBytes: 100 }).profile).toBeUndefined();
  });

  it('skips a line over the length bound', () => {
    const result = parse('[Peer]\nAllowedIPs = 10.0.0.0/8, 10.1.0.0/16, 10.2.0.0/16\nAllowedIPs = 10.3.0.0/16', { maxLineLength: 30 });
    expect(problems(result.diagnostics)).toEqual([{ code: 'wireguard/line-too-long', line: 2, column: 1, severity: 'error' }]);
    expect(result.profile!.include.map((s) => s.text)).toEqual(['10.3.0.0/16']);
  });

  it('stops at the first entry over the bound', () => {
    const result = parse(CLIENT, { maxEntries: 5 });
    expect(problems(result.diagnostics)).toEqual([{ code: 'wireguard/too-many-entries', line: 13, column: 14, severity: 'error' }]);
    expect(result.profile!.include).toEqual([]);
  });
});

describeNeverThrows('wireguard', CLIENT, ['[Interface]', '[Peer]', 'Address', 'AllowedIPs', 'DNS', 'Endpoint', 'PrivateKey', '10.0.0.0/8', '0.0.0.0/0', '::/0', 'fd42::1/64', '[2001:db8::1]:51820', '172.16.1.0/8'], (text) => {
  const result = parseWireguardFile(text, FILE);
  return { diagnostics: result.diagnostics, ranges: profileRanges(result.profile) };
});
