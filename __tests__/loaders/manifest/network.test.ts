import { parseManifestFile } from '../../../src/formats/manifest/loader.js';
import { RANKED_TYPE_PREFERENCES } from '../../../src/formats/manifest/media-policy.js';
import type { SourceRange } from '../../../src/core/types.js';
import type { SitedAddress, SitedPorts } from '../../../src/model/network.js';
import type { AddressRange } from '../../../src/model/ip-ranges.js';
import type { Sited } from '../../../src/model/topology.js';

const FILE = 'manifests/vpn.yml';

/** A range written `line:column-endLine:endColumn`. */
function at(where: string): SourceRange {
  const [line, column, endLine, endColumn] = where.split(/[:-]/).map(Number);
  return { file: FILE, line, column, endLine, endColumn };
}

function sited<T>(value: T, where: string): Sited<T> {
  return { value, loc: at(where) };
}

const V4_ALL = (1n << 32n) - 1n;
const V6_ALL = (1n << 128n) - 1n;

/** An IPv4 range from dotted quads. */
function v4(first: string, last = first): AddressRange {
  const value = (text: string) => text.split('.').reduce((n, octet) => (n << 8n) | BigInt(octet), 0n);
  return { family: 4, first: value(first), last: value(last) };
}

function address(text: string, where: string, ...ranges: AddressRange[]): SitedAddress {
  return { text, ranges, loc: at(where) };
}

function anyAddress(where: string): SitedAddress {
  return { text: 'any', any: true, ranges: [{ family: 4, first: 0n, last: V4_ALL }, { family: 6, first: 0n, last: V6_ALL }], loc: at(where) };
}

function ports(text: string, where: string, first: number, last = first): SitedPorts {
  return { text, first, last, loc: at(where) };
}

function anyPorts(where: string): SitedPorts {
  return { text: 'any', first: 0, last: 65535, any: true, loc: at(where) };
}

/** Every diagnostic as `line:col-endLine:endCol code message`. */
function problems(text: string): string[] {
  return parseManifestFile(text, FILE).diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code} ${d.message}`);
}

function document(kind: string, ...lines: string[]): string {
  return ['apiVersion: uclint/v1', `kind: ${kind}`, ...lines, ''].join('\n');
}

// "Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel": a split tunnel for the VPN subnet,
// the Edge's public addresses and Microsoft 365's media ranges excluded, internal DNS.
const VPN = `apiVersion: uclint/v1
kind: VpnProfile
name: corp-vpn
tunnel: split
clientSubnets: [172.16.1.0/24]
include: 10.0.0.0/8, 172.16.1.0/24
exclude:
  - 167.55.49.32-167.55.49.35
  - 13.107.64.0/18
  - "2603:1063::/39"
dns:
  servers: [10.0.0.10, "2001:db8::53"]
  suffixes: [Contoso.com., corp]
`;

// That article's Windows Firewall rules: Communicator.exe blocked from the VPN subnet to the
// corporate and VPN subnets, all protocols and ports, inbound and outbound, on Remote
// Access interfaces in the Domain profile; and media to the A/V Edge allowed.
const FIREWALL = `apiVersion: uclint/v1
kind: FirewallRules
name: lync-vpn-bypass
appliesTo: vpn-clients
rules:
  - name: Block Lync over VPN (inbound)
    direction: inbound
    action: block
    program: C:\\Program Files\\Microsoft Lync\\communicator.exe
    localAddresses: 172.16.1.0/24
    remoteAddresses: 10.0.0.0/8, 172.16.1.0/24
    interfaceTypes: [remoteAccess]
    profiles: [domain]
  - name: Block Lync over VPN (outbound)
    direction: outbound
    action: block
    program: C:\\Program Files\\Microsoft Lync\\communicator.exe
    localAddresses: [172.16.1.0/24]
    remoteAddresses: [10.0.0.0/8, 172.16.1.0/24]
    interfaceTypes: [remoteAccess]
    profiles: [domain]
  - name: A/V Edge media
    direction: outbound
    action: allow
    protocol: udp
    remoteAddresses: 167.55.49.34
    remotePorts: [3478, 50000-59999]
    enabled: false
`;

// Teams' recommended client ports and DSCP (DOMAIN section 5), the VPN adapter excluded.
const MEDIA = `apiVersion: uclint/v1
kind: MediaPolicy
candidateTypePreference: { host: 126, prflx: 110, srflx: 100, relay: 0 }
transportOrder: [udp, tcp]
excludeInterfaces: [remoteAccess, 172.16.1.0/24]
portRanges: { audio: 50000-50019, video: 50020-50039, sharing: 50040-50059 }
dscp: { audio: 46, video: 34, sharing: 18 }
concurrentCalls: 2
`;

const EMPTY = { certificates: [], topologies: [], otherDocuments: [], diagnostics: [] };

describe('parseManifestFile: VpnProfile', () => {
  it("converts the article's split tunnel exactly: every address with its ranges, each part of a comma-separated string at its own columns", () => {
    expect(parseManifestFile(VPN, FILE)).toEqual({
      ...EMPTY,
      firewallRuleSets: [],
      mediaPolicies: [],
      vpnProfiles: [
        {
          file: FILE,
          loc: at('1:1-13:33'),
          source: 'manifest',
          name: 'corp-vpn',
          tunnel: sited('split', '4:1-4:14'),
          clientSubnets: [address('172.16.1.0/24', '5:17-5:30', v4('172.16.1.0', '172.16.1.255'))],
          include: [address('10.0.0.0/8', '6:10-6:20', v4('10.0.0.0', '10.255.255.255')), address('172.16.1.0/24', '6:22-6:35', v4('172.16.1.0', '172.16.1.255'))],
          exclude: [
            address('167.55.49.32-167.55.49.35', '8:5-8:30', v4('167.55.49.32', '167.55.49.35')),
            address('13.107.64.0/18', '9:5-9:19', v4('13.107.64.0', '13.107.127.255')),
            address('2603:1063::/39', '10:5-10:21', { family: 6, first: 0x26031063n << 96n, last: (0x26031063n << 96n) + (1n << 89n) - 1n }),
          ],
          endpoints: [],
          dns: {
            servers: [address('10.0.0.10', '12:13-12:22', v4('10.0.0.10')), address('2001:db8::53', '12:24-12:38', { family: 6, first: (0x20010db8n << 96n) + 0x53n, last: (0x20010db8n << 96n) + 0x53n })],
            suffixes: [sited('contoso.com', '13:14-13:26'), sited('corp', '13:28-13:32')],
          },
        },
      ],
    });
  });

  it('a minimal profile: the file name, no tunnel, empty lists, no DNS', () => {
    const result = parseManifestFile(document('VpnProfile'), FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.vpnProfiles).toEqual([{ file: FILE, loc: at('1:1-2:17'), source: 'manifest', name: 'vpn.yml', clientSubnets: [], include: [], exclude: [], endpoints: [] }]);
  });

  it("reports the article's VPN subnet 172.16.1.0/8 at the part of the string, naming the network meant, and leaves the profile out", () => {
    const text = document('VpnProfile', 'clientSubnets: "10.1.0.0/16, 172.16.1.0/8"', 'dns: { servers: [10.0.0.0/24], suffixes: [-corp] }', 'exclude: [any, 10.0.0.1-10.0.0.0, "10.1", 10.2]');
    expect(parseManifestFile(text, FILE).vpnProfiles).toEqual([]);
    expect(problems(text)).toEqual([
      "3:30-3:42 manifest/invalid-address clientSubnets: '172.16.1.0/8' has host bits set: the network is 172.0.0.0/8, or 172.16.1.0/24 was meant",
      "4:18-4:29 manifest/invalid-address dns.servers[0]: '10.0.0.0/24' is not a single IP address",
      "4:43-4:48 manifest/invalid-host dns.suffixes[0]: '-corp' is not a DNS suffix (a host name)",
      "5:16-5:33 manifest/invalid-address exclude[1]: '10.0.0.1-10.0.0.0' ends before it starts",
      "5:35-5:41 manifest/invalid-address exclude[2]: '10.1' is not an IP address, network, range or any",
      '5:43-5:47 manifest/invalid-type exclude[3] must be a string',
    ]);
  });

  it('schema problems: an unknown tunnel, an unknown key, a mapping for a list', () => {
    expect(problems(document('VpnProfile', 'tunnel: partial', 'include: { net: 10.0.0.0/8 }', 'dns: { server: [10.0.0.10] }'))).toEqual([
      "3:9-3:16 manifest/invalid-value tunnel: 'partial' is not one of: split, full",
      '4:10-4:29 manifest/invalid-type include must be a string or a list',
      "5:8-5:14 manifest/unknown-key unknown key 'server' in dns; did you mean 'servers'?",
    ]);
  });
});

describe('parseManifestFile: FirewallRules', () => {
  it("converts the article's two block rules and an allow rule exactly; absent lists are one `any` at the rule", () => {
    const inbound = at('6:5-13:23');
    const outbound = at('14:5-21:23');
    const media = at('22:5-28:19');
    const vpnSubnet = v4('172.16.1.0', '172.16.1.255');
    const corporate = v4('10.0.0.0', '10.255.255.255');
    const program = 'C:\\Program Files\\Microsoft Lync\\communicator.exe';
    const result = parseManifestFile(FIREWALL, FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.firewallRuleSets).toEqual([
      {
        file: FILE,
        loc: at('1:1-28:19'),
        name: 'lync-vpn-bypass',
        semantics: 'windows',
        appliesTo: sited('vpn-clients', '4:1-4:23'),
        rules: [
          {
            index: 0,
            loc: inbound,
            name: sited('Block Lync over VPN (inbound)', '6:5-6:40'),
            direction: sited('inbound', '7:5-7:23'),
            action: sited('block', '8:5-8:18'),
            program: sited(program, '9:5-9:62'),
            protocol: { value: 'any', loc: inbound },
            localAddresses: [address('172.16.1.0/24', '10:21-10:34', vpnSubnet)],
            remoteAddresses: [address('10.0.0.0/8', '11:22-11:32', corporate), address('172.16.1.0/24', '11:34-11:47', vpnSubnet)],
            localPorts: [anyPorts('6:5-13:23')],
            remotePorts: [anyPorts('6:5-13:23')],
            interfaceTypes: [sited('remoteAccess', '12:22-12:34')],
            profiles: [sited('domain', '13:16-13:22')],
            enabled: true,
          },
          {
            index: 1,
            loc: outbound,
            name: sited('Block Lync over VPN (outbound)', '14:5-14:41'),
            direction: sited('outbound', '15:5-15:24'),
            action: sited('block', '16:5-16:18'),
            program: sited(program, '17:5-17:62'),
            protocol: { value: 'any', loc: outbound },
            localAddresses: [address('172.16.1.0/24', '18:22-18:35', vpnSubnet)],
            remoteAddresses: [address('10.0.0.0/8', '19:23-19:33', corporate), address('172.16.1.0/24', '19:35-19:48', vpnSubnet)],
            localPorts: [anyPorts('14:5-21:23')],
            remotePorts: [anyPorts('14:5-21:23')],
            interfaceTypes: [sited('remoteAccess', '20:22-20:34')],
            profiles: [sited('domain', '21:16-21:22')],
            enabled: true,
          },
          {
            index: 2,
            loc: media,
            name: sited('A/V Edge media', '22:5-22:25'),
            direction: sited('outbound', '23:5-23:24'),
            action: sited('allow', '24:5-24:18'),
            protocol: sited('udp', '25:5-25:18'),
            localAddresses: [anyAddress('22:5-28:19')],
            remoteAddresses: [address('167.55.49.34', '26:22-26:34', v4('167.55.49.34'))],
            localPorts: [anyPorts('22:5-28:19')],
            remotePorts: [ports('3478', '27:19-27:23', 3478), ports('50000-59999', '27:25-27:36', 50000, 59999)],
            interfaceTypes: [sited('any', '22:5-28:19')],
            profiles: [sited('any', '22:5-28:19')],
            enabled: false,
          },
        ],
      },
    ]);
    expect(result.vpnProfiles).toEqual([]);
    expect(result.otherDocuments).toEqual([]);
  });

  it('a minimal rule set: the file name, windows semantics, no rules', () => {
    const result = parseManifestFile(document('FirewallRules', 'semantics: ordered', 'rules: []'), 'fw/edge.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.firewallRuleSets.map(({ name, semantics, rules }) => ({ name, semantics, rules }))).toEqual([{ name: 'edge.yaml', semantics: 'ordered', rules: [] }]);
  });

  it('reports bad addresses and ports at the value, ports without tcp or udp, and leaves the set out', () => {
    const text = document(
      'FirewallRules',
      'rules:',
      '  - name: r',
      '    direction: inbound',
      '    action: block',
      "    localAddresses: '172.16.1.0/8,  any'",
      '    localPorts: [1024-65535, 65536, 2000-1000, http, -1]',
      '    remotePorts: 443',
      '    protocol: icmp',
      '    remoteAddresses: []',
    );
    expect(parseManifestFile(text, FILE).firewallRuleSets).toEqual([]);
    expect(problems(text)).toEqual([
      "7:22-7:34 manifest/invalid-address rules[0].localAddresses: '172.16.1.0/8' has host bits set: the network is 172.0.0.0/8, or 172.16.1.0/24 was meant",
      "8:18-8:28 manifest/invalid-port rules[0].localPorts: ports need protocol tcp or udp; the rule's protocol is icmp",
      "8:30-8:35 manifest/invalid-port rules[0].localPorts[1]: '65536' is out of range: ports are 0-65535",
      "8:37-8:46 manifest/invalid-port rules[0].localPorts[2]: '2000-1000' ends before it starts",
      "8:48-8:52 manifest/invalid-port rules[0].localPorts[3]: 'http' is not a port, a range first-last or any",
      "8:54-8:56 manifest/invalid-port rules[0].localPorts[4]: '-1' is not a port, a range first-last or any",
      "9:18-9:21 manifest/invalid-port rules[0].remotePorts: ports need protocol tcp or udp; the rule's protocol is icmp",
      '11:22-11:24 manifest/invalid-value rules[0].remoteAddresses: an empty list matches nothing; leave the key out, or write any',
    ]);
  });

  it('a rule name used twice is reported at the second; the set is kept', () => {
    const rule = (direction: string) => `  - { name: Block Lync, direction: ${direction}, action: block }`;
    const text = document('FirewallRules', 'rules:', rule('inbound'), rule('outbound'));
    const result = parseManifestFile(text, FILE);
    expect(problems(text)).toEqual(['5:13-5:23 manifest/duplicate-name rules[1].name: duplicate rule name \'Block Lync\' (first at line 4, column 13)']);
    expect(result.firewallRuleSets[0].rules.map((r) => `${r.index} ${r.direction.value}`)).toEqual(['0 inbound', '1 outbound']);
  });

  it('schema problems: a missing action, an unknown profile, a profile twice, a misspelt key', () => {
    const text = document('FirewallRules', 'rules:', '  - { name: a, direction: in, profiles: [domain, Domain, domain], remoteAdresses: any }');
    expect(problems(text)).toEqual([
      "4:5-4:88 manifest/missing-key rules[0] has no 'action'",
      "4:27-4:29 manifest/invalid-value rules[0].direction: 'in' is not one of: inbound, outbound",
      "4:41-4:65 manifest/invalid-value rules[0].profiles lists 'domain' twice",
      "4:50-4:56 manifest/invalid-value rules[0].profiles[1]: 'Domain' is not one of: domain, private, public, any; did you mean 'domain'?",
      "4:67-4:81 manifest/unknown-key unknown key 'remoteAdresses' in rules[0]; did you mean 'remoteAddresses'?",
    ]);
  });
});

describe('parseManifestFile: MediaPolicy', () => {
  it('converts a full policy exactly', () => {
    const result = parseManifestFile(MEDIA, FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.mediaPolicies).toEqual([
      {
        file: FILE,
        loc: at('1:1-8:19'),
        candidateTypePreference: { host: sited(126, '3:28-3:37'), prflx: sited(110, '3:39-3:49'), srflx: sited(100, '3:51-3:61'), relay: sited(0, '3:63-3:71') },
        transportOrder: [sited('udp', '4:18-4:21'), sited('tcp', '4:23-4:26')],
        excludeInterfaces: [sited('remoteAccess', '5:21-5:33'), { ...sited('172.16.1.0/24', '5:35-5:48'), address: address('172.16.1.0/24', '5:35-5:48', v4('172.16.1.0', '172.16.1.255')) }],
        portRanges: { audio: ports('50000-50019', '6:22-6:33', 50000, 50019), video: ports('50020-50039', '6:42-6:53', 50020, 50039), sharing: ports('50040-50059', '6:64-6:75', 50040, 50059) },
        dscp: { audio: sited(46, '7:9-7:18'), video: sited(34, '7:20-7:29'), sharing: sited(18, '7:31-7:42') },
        concurrentCalls: sited(2, '8:1-8:19'),
      },
    ]);
  });

  it('an ordered list of candidate types gets 126, 110, 100, 0 by position, each at its item', () => {
    expect(RANKED_TYPE_PREFERENCES).toEqual([126, 110, 100, 0]);
    const result = parseManifestFile(document('MediaPolicy', 'candidateTypePreference: [relay, srflx, host]'), FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.mediaPolicies[0].candidateTypePreference).toEqual({ relay: sited(126, '3:27-3:32'), srflx: sited(110, '3:34-3:39'), host: sited(100, '3:41-3:45') });
  });

  it('a minimal policy: empty lists and mappings', () => {
    const result = parseManifestFile(document('MediaPolicy'), FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.mediaPolicies).toEqual([{ file: FILE, loc: at('1:1-2:18'), transportOrder: [], excludeInterfaces: [], portRanges: {}, dscp: {} }]);
  });

  it('reports values out of range, bad interfaces and ports, and leaves the policy out', () => {
    const text = document(
      'MediaPolicy',
      'candidateTypePreference: { host: 127, relay: -1 }',
      'transportOrder: [udp, udp]',
      'excludeInterfaces: [vpn, 172.16.1.0/8, any]',
      'portRanges: { audio: 50020+20, video: 58000-70000, "sharing app": 42000 }',
      'dscp: { audio: 64 }',
      'concurrentCalls: 0',
    );
    expect(parseManifestFile(text, FILE).mediaPolicies).toEqual([]);
    expect(problems(text)).toEqual([
      '3:34-3:37 manifest/invalid-value candidateTypePreference.host: 127 is out of range (0-126)',
      '3:46-3:48 manifest/invalid-value candidateTypePreference.relay: -1 is out of range (0-126)',
      "4:17-4:27 manifest/invalid-value transportOrder lists 'udp' twice",
      "5:21-5:24 manifest/invalid-interface excludeInterfaces[0]: 'vpn' is neither an interface type (lan, wireless, remoteAccess) nor a network",
      "5:26-5:38 manifest/invalid-address excludeInterfaces[1]: '172.16.1.0/8' has host bits set: the network is 172.0.0.0/8, or 172.16.1.0/24 was meant",
      "5:40-5:43 manifest/invalid-interface excludeInterfaces[2]: 'any' is neither an interface type (lan, wireless, remoteAccess) nor a network",
      "6:22-6:30 manifest/invalid-port portRanges.audio: '50020+20' is not a port, a range first-last or any",
      "6:39-6:50 manifest/invalid-port portRanges.video: '58000-70000' is out of range: ports are 0-65535",
      "6:52-6:65 manifest/invalid-key invalid key 'sharing app' in portRanges",
      '7:16-7:18 manifest/invalid-value dscp.audio: 64 is out of range (0-63)',
      '8:18-8:19 manifest/invalid-value concurrentCalls: 0 is less than 1',
    ]);
  });
});
