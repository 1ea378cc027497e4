import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AsaResolver, asaGroupPolicies, readCiscoConfig, readCiscoLines } from '../../../src/languages/cisco-config/index.js';
import type { AsaAddress, CiscoCommand } from '../../../src/languages/cisco-config/index.js';
import { PositionedText } from '../../../src/languages/positions.js';

const at = (file: string, line: number, column: number, endLine: number, endColumn: number) => ({ file, line, column, endLine, endColumn });

/** An ASA running-config of an AnyConnect head-end that sends Teams media around the tunnel (Microsoft's Optimize ranges excluded). */
const RUNNING = `: Saved
:
: Serial Number: 9A1234567
ASA Version 9.16(4)
!
hostname vpn-edge
names
name 10.20.0.0 corp-lan description Head office LAN
!
banner motd Authorised access only
banner motd Disconnect now if you are not authorised
!
object network TEAMS-MEDIA-V4
 subnet 52.112.0.0 255.252.0.0
object network TEAMS-MEDIA-V6
 subnet 2603:1063::/38
object network SBC
 host 192.0.2.10
object-group network TEAMS-OPTIMIZE
 description Microsoft 365 Optimize ranges for Teams
 network-object 13.107.64.0 255.255.192.0
 network-object object TEAMS-MEDIA-V4
 network-object 52.122.0.0 255.254.0.0
object-group network CORP
 network-object corp-lan 255.255.0.0
 group-object TEAMS-OPTIMIZE
object-group service SIP-TLS tcp
 port-object eq 5061
!
access-list TEAMS-EXCLUDE remark Teams media goes direct
access-list TEAMS-EXCLUDE standard permit 13.107.64.0 255.255.192.0
access-list TEAMS-EXCLUDE standard permit 52.112.0.0 255.252.0.0
access-list TEAMS-EXCLUDE standard permit 52.122.0.0 255.254.0.0
access-list TEAMS-EXCLUDE-V6 extended permit ip 2603:1063::/38 any6
access-list SPLIT-INCLUDE standard permit host 10.20.1.1
access-list SPLIT-INCLUDE standard permit corp-lan 255.255.0.0
access-list outside_in extended permit tcp object-group TEAMS-OPTIMIZE object SBC object-group SIP-TLS
access-list outside_in extended deny ip any4 any4 log
!
group-policy GP-TEAMS internal
group-policy GP-TEAMS attributes
 dns-server value 10.20.0.53
 vpn-tunnel-protocol ssl-client
 split-tunnel-policy excludespecified
 ipv6-split-tunnel-policy excludespecified
 split-tunnel-network-list value TEAMS-EXCLUDE
 default-domain value corp.contoso.com
 webvpn
  anyconnect keep-installer installed
group-policy GP-STAFF internal
group-policy GP-STAFF attributes
 split-tunnel-policy tunnelspecified
 split-tunnel-network-list value SPLIT-INCLUDE
!
tunnel-group AnyConnect general-attributes
 default-group-policy GP-TEAMS
: end
`;

const FILE = 'asa/vpn-edge.cfg';
const config = readCiscoConfig(FILE, RUNNING);
const resolver = new AsaResolver(config);

function prefixes(addresses: AsaAddress[]): string[] {
  return addresses.map((a) => (a.kind === 'prefix' ? `${a.address}/${a.prefixLength}` : a.kind === 'any' ? `any(${a.family})` : a.kind === 'unknown' ? `?${a.reason}` : a.kind));
}

describe('an ASA running-config', () => {
  it('reads commands with their sub-commands, skipping comments and the header', () => {
    expect(config.diagnostics).toEqual([]);
    const heads = config.commands.map((c) => c.words.slice(0, 2).map((w) => w.text).join(' '));
    expect(heads.slice(0, 6)).toEqual(['ASA Version', 'hostname vpn-edge', 'names', 'name 10.20.0.0', 'banner motd', 'banner motd']);
    const policy = config.commands.find((c) => c.words[0].text === 'group-policy' && c.words[2]?.text === 'attributes') as CiscoCommand;
    expect(policy.children.map((c) => c.words[0].text)).toEqual(['dns-server', 'vpn-tunnel-protocol', 'split-tunnel-policy', 'ipv6-split-tunnel-policy', 'split-tunnel-network-list', 'default-domain', 'webvpn']);
    expect(policy.children[6].children[0].words.map((w) => w.text)).toEqual(['anyconnect', 'keep-installer', 'installed']);
    expect(policy.children[2].loc).toEqual(at(FILE, 44, 2, 44, 38));
  });

  it('keeps free text as one word: descriptions, remarks and banners', () => {
    const name = config.commands[3];
    expect(name.words.map((w) => w.text)).toEqual(['name', '10.20.0.0', 'corp-lan', 'description', 'Head office LAN']);
    expect(name.words[4].loc).toEqual(at(FILE, 8, 37, 8, 52));
    expect(config.commands[4].words.map((w) => w.text)).toEqual(['banner', 'motd', 'Authorised', 'access', 'only']);
  });

  it("gives each group policy's split tunnel policy and network list, positioned", () => {
    const policies = asaGroupPolicies(config);
    const teams = policies.get('GP-TEAMS');
    expect(teams?.commands).toHaveLength(2);
    expect(teams?.splitTunnelPolicy).toEqual({ kind: 'string', value: 'excludespecified', loc: at(FILE, 44, 22, 44, 38) });
    expect(teams?.ipv6SplitTunnelPolicy?.value).toBe('excludespecified');
    expect(teams?.splitTunnelNetworkList).toEqual({ kind: 'string', value: 'TEAMS-EXCLUDE', loc: at(FILE, 46, 34, 46, 47) });
    expect(policies.get('GP-STAFF')?.splitTunnelPolicy?.value).toBe('tunnelspecified');
  });

  it('resolves a standard list to the networks it names, each where its address and mask are written', () => {
    const entries = resolver.accessList('TEAMS-EXCLUDE');
    expect(entries.map((e) => [e.type, e.action, ...prefixes(e.destination)])).toEqual([
      ['standard', 'permit', '13.107.64.0/18'],
      ['standard', 'permit', '52.112.0.0/14'],
      ['standard', 'permit', '52.122.0.0/15'],
    ]);
    expect(entries[1].destination[0].loc).toEqual(at(FILE, 32, 43, 32, 65));
    expect(entries[1].loc).toEqual(at(FILE, 32, 1, 32, 65));
    expect(prefixes(resolver.accessList('TEAMS-EXCLUDE-V6')[0].source ?? [])).toEqual(['2603:1063::/38']);
    expect(prefixes(resolver.accessList('SPLIT-INCLUDE').flatMap((e) => e.destination))).toEqual(['10.20.1.1/32', '10.20.0.0/16']);
    expect(resolver.accessList('NOT-THERE')).toEqual([]);
  });

  it('follows object groups, nested groups, objects and names, keeping the references it went through', () => {
    const [permit, deny] = resolver.accessList('outside_in');
    expect(permit.protocol?.text).toBe('tcp');
    expect(prefixes(permit.source ?? [])).toEqual(['13.107.64.0/18', '52.112.0.0/14', '52.122.0.0/15']);
    const viaObject = (permit.source ?? [])[1];
    expect(viaObject.loc).toEqual(at(FILE, 14, 9, 14, 31));
    expect(viaObject.via).toEqual([at(FILE, 37, 44, 37, 71), at(FILE, 22, 17, 22, 38)]);
    expect(prefixes(permit.destination)).toEqual(['192.0.2.10/32']);
    expect(prefixes(deny.destination)).toEqual(['any(4)']);
    const corp = new AsaResolver(readCiscoConfig(FILE, RUNNING.replace('access-list outside_in extended deny ip any4 any4 log', 'access-list outside_in extended deny ip object-group CORP any')));
    expect(prefixes(corp.accessList('outside_in')[1].source ?? [])).toEqual(['10.20.0.0/16', '13.107.64.0/18', '52.112.0.0/14', '52.122.0.0/15']);
  });
});

describe('what cannot be resolved is unknown with the reason', () => {
  const read = (text: string) => new AsaResolver(readCiscoConfig('a.cfg', text));

  it('host with a mask, a non-contiguous mask, an undefined group, an unknown name', () => {
    const acl = read(`access-list X standard permit host 13.107.64.0 255.255.192.0
access-list X standard permit 10.0.0.0 255.0.255.0
access-list Y extended permit ip object-group MISSING any
access-list Z standard permit branch-lan 255.255.0.0`);
    expect(prefixes(acl.accessList('X').flatMap((e) => e.destination))).toEqual([
      '?words after the address that the ASA does not accept: 255.255.192.0',
      '?255.0.255.0 is not a contiguous subnet mask',
    ]);
    expect(acl.accessList('X')[0].destination[0].loc).toEqual(at('a.cfg', 1, 48, 1, 61));
    expect(prefixes(acl.accessList('Y')[0].source ?? [])).toEqual(['?object-group MISSING is not defined in the configuration']);
    expect(prefixes(acl.accessList('Z')[0].destination)).toEqual(['?branch-lan is neither an address nor a name the configuration defines']);
  });

  it('reads an IOS numbered list with wildcard masks', () => {
    const acl = read('access-list 10 permit 192.168.0.0 0.0.255.255\naccess-list 110 permit ip 10.0.0.0 0.255.255.255 any');
    expect(acl.accessList('10')[0]).toMatchObject({ type: 'standard', wildcard: true });
    expect(prefixes(acl.accessList('10')[0].destination)).toEqual(['192.168.0.0/16']);
    expect(prefixes(acl.accessList('110')[0].source ?? [])).toEqual(['10.0.0.0/8']);
  });

  it('bounds groups that multiply through nesting', () => {
    const groups = Array.from({ length: 12 }, (_, i) => `object-group network G${i}\n${Array.from({ length: 8 }, () => ` group-object G${i + 1}`).join('\n')}`).join('\n');
    const acl = read(`${groups}\nobject-group network G12\n network-object host 192.0.2.1\naccess-list X extended permit ip object-group G0 any`);
    const source = acl.accessList('X')[0].source ?? [];
    expect(source.length).toBeLessThan(200_000);
    expect(source.some((a) => a.kind === 'unknown' && a.reason.startsWith('object groups that resolve to more than'))).toBe(true);
  });
});

describe('CLI scripts and lines kept elsewhere', () => {
  it('puts unindented sub-commands under the mode that takes them, and leaves the mode for other commands or exit', () => {
    const script = readCiscoConfig('s.txt', `group-policy GP attributes
split-tunnel-policy excludespecified
split-tunnel-network-list value EX
access-list EX standard permit 52.112.0.0 255.252.0.0
object network O
host 192.0.2.1
exit
description not under the object`);
    expect(script.commands.map((c) => [c.words[0].text, c.children.map((s) => s.words[0].text)])).toEqual([
      ['group-policy', ['split-tunnel-policy', 'split-tunnel-network-list']],
      ['access-list', []],
      ['object', ['host']],
      ['description', []],
    ]);
    expect(asaGroupPolicies(script).get('GP')?.splitTunnelNetworkList?.value).toBe('EX');
  });

  it('reads command lines given one by one with their own positions (YAML list items), under positioned parents', () => {
    const vars = `asa_config:\n  - "access-list SPLIT standard permit 52.112.0.0 255.252.0.0"\n  - "access-list SPLIT standard permit 13.107.64.0 255.255.192.0"\n`;
    const item = (line: number) => {
      const text = vars.split('\n')[line - 1];
      const start = text.indexOf('"') + 1;
      return PositionedText.of('group_vars/asa.yml', text.slice(start, text.lastIndexOf('"')), { line, column: start + 1 });
    };
    const lines = readCiscoLines([item(2), item(3)]);
    const entries = new AsaResolver(lines).accessList('SPLIT');
    expect(prefixes(entries.flatMap((e) => e.destination))).toEqual(['52.112.0.0/14', '13.107.64.0/18']);
    expect(entries[1].destination[0].loc).toEqual(at('group_vars/asa.yml', 3, 40, 3, 65));

    const parents = [PositionedText.of('play.yml', 'group-policy GP attributes', { line: 5, column: 18 })];
    const underParents = readCiscoLines([PositionedText.of('play.yml', 'split-tunnel-policy tunnelall', { line: 7, column: 11 })], { parents });
    expect(asaGroupPolicies(underParents).get('GP')?.splitTunnelPolicy).toEqual({ kind: 'string', value: 'tunnelall', loc: at('play.yml', 7, 31, 7, 40) });
  });
});

describe('banners, bad input and bounds', () => {
  it('skips an IOS delimited banner over several lines, and reads the commands after it', () => {
    const ios = readCiscoConfig('r.cfg', 'banner motd ^C\nhostname evil\naccess-list 1 permit any\n^C\nhostname router1\nbanner login # one line #\n');
    expect(ios.commands.map((c) => c.words.map((w) => w.text))).toEqual([
      ['banner', 'motd', '\nhostname evil\naccess-list 1 permit any\n'],
      ['hostname', 'router1'],
      ['banner', 'login', ' one line '],
    ]);
    expect(ios.commands[0].loc).toEqual(at('r.cfg', 1, 1, 4, 3));
    const asa = readCiscoConfig('a.cfg', 'banner motd (c) Contoso: authorised use only\nbanner motd #1 remote access\nhostname vpn-edge\n');
    expect(asa.commands.map((c) => c.words.slice(0, 3).map((w) => w.text).join(' '))).toEqual(['banner motd (c)', 'banner motd #1', 'hostname vpn-edge']);
    const open = readCiscoConfig('o.cfg', 'banner motd #\nno end\n');
    expect(open.diagnostics).toEqual([expect.objectContaining({ code: 'cisco-config/syntax', line: 1, message: 'banner without its closing #: the rest of the file is read as its text' })]);
  });

  it('reports an unclosed quote, and bounds lines, commands and depth', () => {
    expect(readCiscoConfig('q.cfg', 'tunnel-group "Contoso VPN type remote-access').diagnostics).toEqual([expect.objectContaining({ code: 'cisco-config/syntax', column: 14 })]);
    expect(readCiscoConfig('l.cfg', `hostname x\n${'a'.repeat(100)}\n`, { maxLineLength: 50 }).diagnostics).toEqual([expect.objectContaining({ code: 'cisco-config/line-too-long', line: 2 })]);
    expect(readCiscoConfig('c.cfg', 'a\nb\nc\n', { maxCommands: 2 }).diagnostics).toEqual([expect.objectContaining({ code: 'cisco-config/too-many-commands', line: 3 })]);
    const deep = readCiscoConfig('d.cfg', Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}level${i}`).join('\n'));
    expect(deep.diagnostics[0]).toMatchObject({ code: 'cisco-config/too-deep', severity: 'warning' });
    expect(readCiscoConfig('big.cfg', 'x'.repeat(200), { maxChars: 100 }).diagnostics[0]).toMatchObject({ code: 'cisco-config/too-large' });
  });

  it('counts columns in UTF-16 code units after a byte-order mark, and lines at CR, LF and CRLF', () => {
    const text = '\ufeffname 10.0.0.1 \u{1F600}srv\r\naccess-list A standard permit host 10.0.0.1\rhostname x';
    const read = readCiscoConfig('u.cfg', text);
    expect(read.commands.map((c) => c.loc.line)).toEqual([1, 2, 3]);
    expect(read.commands[0].words[2].loc).toEqual(at('u.cfg', 1, 15, 1, 20));
  });

  it('never throws, keeps every range inside the text, and resolves whatever it reads', () => {
    const words = fc.constantFrom('access-list', 'A', 'standard', 'extended', 'permit', 'deny', 'ip', 'host', 'any', 'any4', 'object', 'object-group', 'G', 'network', 'network-object', 'group-object', '10.0.0.0', '255.0.0.0', '2001:db8::/32', 'group-policy', 'attributes', 'split-tunnel-policy', 'split-tunnel-network-list', 'value', 'banner', 'motd', '^C', '#', '"', 'description', 'name', 'exit', 'no', '!', ':', 'eq', 'range', '5061');
    const line = fc.tuple(fc.nat(3), fc.array(fc.oneof(words, fc.string({ maxLength: 3 })), { maxLength: 8 })).map(([indent, ws]) => ' '.repeat(indent) + ws.join(' '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = lines.join(eol);
        const read = readCiscoConfig('p.cfg', text);
        const count = text.split(/\r\n|\r|\n/).length;
        const check = (commands: CiscoCommand[]) => {
          for (const command of commands) {
            expect(command.loc.endLine).toBeLessThanOrEqual(count);
            check(command.children);
          }
        };
        check(read.commands);
        const resolver = new AsaResolver(read);
        for (const name of resolver.accessListNames()) resolver.accessList(name);
        asaGroupPolicies(read);
      }),
      { numRuns: 1000 },
    );
  });
});
