/**
 * Cisco ASA / AnyConnect as a format: group policies of remote-access clients into VPN profiles
 * (split-tunnel-policy and the list it names, inherited from DfltGrpPolicy, IPv6 only where
 * clients get IPv6), from a running-config or from ASA lines kept in Ansible YAML; findings at the
 * access-list entry at fault.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lint, type LintResult } from '../../../src/lint.js';
import { readCiscoAsaFile } from '../../../src/formats/cisco-asa/load.js';
import { looksLikeAnsibleAsa, looksLikeAsaConfig } from '../../../src/formats/cisco-asa/recognise.js';
import type { VpnProfile } from '../../../src/model/network.js';
import { scratchTree } from '../../helpers/scratch-tree.js';

const tree = scratchTree('uclint-asa-');
const shown = (result: LintResult) => result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
const addresses = (list: VpnProfile['include']) => list.map((a) => `${a.text}@${a.loc.line}`);
const profileOf = (text: string, file = 'asa/running-config.cfg') => readCiscoAsaFile(text, file);

/**
 * An AnyConnect head-end as Cisco's "AnyConnect: Configure split tunnel for Microsoft 365"
 * guidance writes it: a full tunnel whose split-exclude list holds the Microsoft 365 Optimize
 * ranges (Teams media), IPv6 excluded alike for clients that get IPv6.
 */
const RUNNING = `: Saved
:
ASA Version 9.18(2)
!
hostname vpn-edge
ip local pool AC-POOL 10.200.0.1-10.200.3.254 mask 255.255.252.0
ipv6 local pool AC-POOL6 2001:db8:200::1/64 1000
!
object network TEAMS-V6
 subnet 2603:1063::/38
object-group network TEAMS-OPTIMIZE
 network-object 52.112.0.0 255.252.0.0
 network-object 52.122.0.0 255.254.0.0
!
access-list TEAMS-EXCLUDE standard permit 52.112.0.0 255.252.0.0
access-list TEAMS-EXCLUDE standard permit 52.122.0.0 255.254.0.0
access-list TEAMS-EXCLUDE-V6 extended permit ip object-group TEAMS-OPTIMIZE any4
access-list TEAMS-EXCLUDE-V6 extended permit ip object TEAMS-V6 any6
access-list CORP-INCLUDE standard permit 10.0.0.0 255.0.0.0
!
group-policy GP-TEAMS internal
group-policy GP-TEAMS attributes
 dns-server value 10.0.0.53
 vpn-tunnel-protocol ssl-client
 split-tunnel-policy excludespecified
 ipv6-split-tunnel-policy excludespecified
 split-tunnel-network-list value TEAMS-EXCLUDE-V6
 default-domain value corp.contoso.com
 ipv6-address-pools value AC-POOL6
group-policy GP-STAFF internal
group-policy GP-STAFF attributes
 vpn-tunnel-protocol ssl-client
 split-tunnel-policy tunnelspecified
 split-tunnel-network-list value CORP-INCLUDE
group-policy GP-L2L internal
group-policy GP-L2L attributes
 vpn-tunnel-protocol ikev2
!
tunnel-group AnyConnect type remote-access
tunnel-group AnyConnect general-attributes
 address-pool AC-POOL
 default-group-policy GP-TEAMS
tunnel-group 198.51.100.7 type ipsec-l2l
tunnel-group 198.51.100.7 general-attributes
 default-group-policy GP-L2L
: end
`;

describe('a running-config', () => {
  it('gives a profile per remote-access group policy: excludespecified is a full tunnel less the list, tunnelspecified the list', () => {
    const read = profileOf(RUNNING);
    expect(read.diagnostics).toEqual([]);
    expect(read.notes).toEqual([]);
    const [teams, staff] = read.profiles;
    expect(read.profiles.map((p) => p.name)).toEqual(['GP-TEAMS', 'GP-STAFF']);
    expect([teams.source, teams.tunnel?.value, teams.tunnel?.how, teams.tunnel?.loc.line, teams.tunnel?.loc.column]).toEqual(['cisco-asa', 'full', 'split-tunnel-policy excludespecified', 25, 22]);
    // An extended list names its networks as the source; objects and groups resolved; each at its entry's line.
    expect(addresses(teams.exclude)).toEqual(['52.112.0.0/14@17', '52.122.0.0/15@17', '2603:1063::/38@18']);
    expect(addresses(teams.include)).toEqual([]);
    expect(teams.clientSubnets.map((s) => `${s.text}@${s.loc.line}`)).toEqual(['2001:db8:200::1/64@7', '10.200.0.1-10.200.3.254@6']);
    expect(teams.dns?.servers.map((s) => s.text)).toEqual(['10.0.0.53']);
    expect(teams.dns?.suffixes.map((s) => s.value)).toEqual(['corp.contoso.com']);
    expect([staff.tunnel?.value, staff.tunnel?.how]).toEqual(['split', 'split-tunnel-policy tunnelspecified']);
    expect(addresses(staff.include)).toEqual(['10.0.0.0/8@19']);
    // GP-STAFF's clients get no IPv6 address: no IPv6 enters its tunnel.
    expect(addresses(staff.exclude)).toEqual([]);
  });

  it('a policy that sets nothing inherits DfltGrpPolicy, and the ASA default is tunnelall', () => {
    const base = 'ASA Version 9.18(2)\ngroup-policy GP internal\ngroup-policy GP attributes\n vpn-tunnel-protocol ssl-client\n';
    const [plain] = profileOf(base).profiles;
    expect([plain.tunnel?.value, plain.tunnel?.how, plain.tunnel?.loc.line]).toEqual(['full', "split-tunnel-policy not set (the ASA's default is tunnelall)", 2]);
    expect(addresses(plain.exclude)).toEqual(['IPv6 (clients get no IPv6 address in the tunnel)@2']);
    const inherited = `${base}access-list SPLIT standard permit 10.0.0.0 255.0.0.0\ngroup-policy DfltGrpPolicy attributes\n split-tunnel-policy tunnelspecified\n split-tunnel-network-list value SPLIT\n`;
    const [gp] = profileOf(inherited).profiles;
    expect([gp.name, gp.tunnel?.value, gp.tunnel?.how, gp.tunnel?.loc.line]).toEqual(['GP', 'split', 'split-tunnel-policy tunnelspecified (inherited from DfltGrpPolicy)', 7]);
    expect(addresses(gp.include)).toEqual(['10.0.0.0/8@5']);
  });

  it('IPv4 tunnelspecified with IPv6 tunnelall: IPv6 is full, IPv4 outside its list bypasses', () => {
    const text = 'ASA Version 9.18(2)\naccess-list SPLIT standard permit 10.0.0.0 255.0.0.0\ngroup-policy GP attributes\n split-tunnel-policy tunnelspecified\n ipv6-split-tunnel-policy tunnelall\n split-tunnel-network-list value SPLIT\n';
    const [gp] = profileOf(text).profiles;
    expect([gp.tunnel?.value, gp.tunnel?.how]).toEqual(['full', 'ipv6-split-tunnel-policy tunnelall']);
    expect(gp.exclude.map((a) => a.text)).toEqual(['IPv4 outside the split-include list']);
    expect(gp.exclude[0].ranges).toHaveLength(2);
  });

  it('entries the ASA refuses are diagnostics at their words, and are not in the list', () => {
    const text = 'ASA Version 9.18(2)\naccess-list EX standard permit host 52.112.0.0 255.252.0.0\naccess-list EX standard permit 52.122.0.1 255.254.0.0\ngroup-policy GP attributes\n split-tunnel-policy excludespecified\n split-tunnel-network-list value EX\n split-tunnel-policy bogus\n';
    const read = profileOf(text);
    expect(read.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '7:22 cisco-asa/bad-value split-tunnel-policy bogus: the policy is tunnelall, tunnelspecified or excludespecified',
    ]);
    const fixed = profileOf(text.replace(' split-tunnel-policy bogus\n', ''));
    expect(fixed.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '2:48 cisco-asa/bad-entry access-list EX: words after the address that the ASA does not accept: 255.252.0.0; the ASA refuses this entry, so it is not in the list',
      "3:32 cisco-asa/bad-address access-list EX: '52.122.0.1/15' has host bits set: the network is 52.122.0.0/15, or 52.122.0.1/32 was meant; the ASA refuses this entry",
    ]);
    expect(fixed.profiles[0].exclude.map((a) => a.text)).toEqual(['IPv6 (clients get no IPv6 address in the tunnel)']);
  });

  it('what only the device knows is a note, and the tunnel is not judged', () => {
    const fqdn = 'ASA Version 9.18(2)\nobject network M365\n fqdn teams.microsoft.com\naccess-list EX extended permit ip object M365 any\ngroup-policy GP attributes\n split-tunnel-policy excludespecified\n split-tunnel-network-list value EX\n';
    const read = profileOf(fqdn);
    expect(read.profiles).toEqual([]);
    expect(read.notes.map((n) => `${n.loc.line} ${n.expression}: ${n.reason}`)).toEqual([
      '3 teams.microsoft.com: is a name in split-tunnel list EX: the ASA resolves it on the device, so its addresses are not known',
      '7 group-policy GP: excludes networks of access list EX that are not all known; its tunnel is not judged',
    ]);
    const dynamic = profileOf('ASA Version 9.18(2)\ngroup-policy GP attributes\n split-tunnel-policy tunnelall\n webvpn\n  anyconnect-custom dynamic-split-exclude-domains value teams\n');
    expect(dynamic.profiles).toEqual([]);
    expect(dynamic.notes.map((n) => `${n.loc.line} ${n.expression}`)).toEqual(['5 group-policy GP']);
    const missing = profileOf('ASA Version 9.18(2)\ngroup-policy GP attributes\n split-tunnel-policy excludespecified\n split-tunnel-network-list value NOWHERE\n');
    expect(missing.notes.map((n) => `${n.loc.line} ${n.reason}`)).toEqual(['4 uses split-tunnel-policy excludespecified with access list NOWHERE, which this file does not define; its tunnel is not judged']);
  });

  it('never throws on arbitrary text, and every range is inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.tuple(fc.nat(RUNNING.length), fc.nat(40), fc.string({ maxLength: 20 })).map(([at, cut, insert]) => RUNNING.slice(0, at) + insert + RUNNING.slice(at + cut))), (text) => {
        const read = profileOf(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const range of [...read.diagnostics, ...read.notes.map((n) => n.loc), ...read.profiles.flatMap((p) => [p.loc, ...p.include.map((a) => a.loc), ...p.exclude.map((a) => a.loc)])]) {
          expect(range.line).toBeGreaterThanOrEqual(1);
          expect(range.endLine).toBeLessThanOrEqual(lines);
        }
      }),
      { seed: 18, numRuns: 300 },
    );
  });

  it('reads a long list in time near-linear in its length', () => {
    const many = (n: number) =>
      `ASA Version 9.18(2)\n${Array.from({ length: n }, (_, i) => `access-list EX standard permit 10.${(i >> 8) & 255}.${i & 255}.0 255.255.255.0`).join('\n')}\ngroup-policy GP attributes\n split-tunnel-policy excludespecified\n split-tunnel-network-list value EX\n`;
    const time = (n: number) => {
      const start = performance.now();
      expect(profileOf(many(n)).profiles[0].exclude).toHaveLength(n + 1);
      return performance.now() - start;
    };
    time(2000);
    expect(time(40_000) / Math.max(time(4000), 1)).toBeLessThan(40);
  });
});

/** ASA lines in Ansible: an asa_config task with parents, and a vars file of the split-exclude list. */
const PLAYBOOK = `---
- name: AnyConnect split exclude for Teams
  hosts: asa
  gather_facts: false
  tasks:
    - name: Split-exclude list
      cisco.asa.asa_config:
        lines:
          - access-list TEAMS-EXCLUDE standard permit 52.112.0.0 255.252.0.0
          - access-list TEAMS-EXCLUDE standard permit 52.122.0.0 255.254.0.0
    - name: Group policy
      cisco.asa.asa_config:
        parents: group-policy GP-TEAMS attributes
        lines:
          - split-tunnel-policy excludespecified
          - split-tunnel-network-list value TEAMS-EXCLUDE
`;

const VARS = `---
# Split-exclude list of the AnyConnect head-ends
asa_split_exclude:
  - "access-list VPN-BYPASS standard permit 52.112.0.0 255.252.0.0"
  - "access-list VPN-BYPASS standard permit 13.107.64.0 255.255.192.0"
`;

describe('ASA lines in Ansible YAML', () => {
  it('reads an asa_config task under its parents, each entry at its YAML line', () => {
    const read = profileOf(PLAYBOOK, 'playbooks/asa.yml');
    expect(read.diagnostics).toEqual([]);
    const [gp] = read.profiles;
    expect([gp.name, gp.tunnel?.value, gp.tunnel?.loc.line, gp.tunnel?.loc.column]).toEqual(['GP-TEAMS', 'full', 15, 33]);
    expect(addresses(gp.exclude)).toEqual(['52.112.0.0/14@9', '52.122.0.0/15@10', 'IPv6 (clients get no IPv6 address in the tunnel)@13']);
    expect(gp.exclude[0].loc.column).toBe(13);
  });

  it('takes a list alone for a split-exclude list when its name or key says so', () => {
    const read = profileOf(VARS, 'group_vars/asa.yml');
    const [list] = read.profiles;
    expect([list.name, list.tunnel?.value, list.tunnel?.how]).toEqual(['VPN-BYPASS', 'full', 'access-list VPN-BYPASS, a split-exclude list by its name (its group policy is not in this file)']);
    expect(addresses(list.exclude)).toEqual(['52.112.0.0/14@4', '13.107.64.0/18@5', 'IPv6 (clients get no IPv6 address in the tunnel)@4']);
    // A list whose name says nothing is another device's business.
    expect(profileOf(VARS.replace('asa_split_exclude', 'asa_lines'), 'v.yml').profiles).toEqual([]);
  });

  it('a Jinja line is a note; a policy left to the device is a note', () => {
    const templated = `- cisco.asa.asa_config:\n    lines:\n      - access-list EX standard permit {{ item }} 255.255.255.0\n  loop: "{{ nets }}"\n- cisco.asa.asa_config:\n    parents: group-policy GP attributes\n    lines:\n      - split-tunnel-network-list value EX\n`;
    const read = profileOf(templated, 'p.yml');
    expect(read.profiles).toEqual([]);
    expect(read.notes.map((n) => `${n.loc.line}:${n.loc.column} ${n.expression}`)).toEqual([
      '3:9 access-list EX standard permit {{ item }} 255.255.255.0',
      '8:41 group-policy GP',
    ]);
  });

  it('YAML that does not parse is a diagnostic, and arbitrary YAML never throws', () => {
    expect(profileOf('a: [\n', 'x.yml').diagnostics.map((d) => d.code)).toEqual(['cisco-asa/yaml-syntax']);
    fc.assert(
      fc.property(fc.tuple(fc.nat(PLAYBOOK.length), fc.nat(30), fc.string({ maxLength: 20 })).map(([at, cut, insert]) => PLAYBOOK.slice(0, at) + insert + PLAYBOOK.slice(at + cut)), (text) => {
        const read = profileOf(text, 'p.yml');
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const range of [...read.diagnostics, ...read.profiles.flatMap((p) => [...p.include, ...p.exclude].map((a) => a.loc))]) expect(range.endLine).toBeLessThanOrEqual(lines);
      }),
      { seed: 18, numRuns: 200 },
    );
  });
});

describe('recognising', () => {
  it('claims ASA configurations and Ansible YAML with ASA lines; not IOS, not other YAML', () => {
    expect(looksLikeAsaConfig(RUNNING)).toBe(true);
    expect(looksLikeAsaConfig('hostname r1\ninterface Gi0/0\n ip address 10.0.0.1 255.255.255.0\naccess-list 10 permit 10.0.0.0 0.255.255.255\n')).toBe(false);
    expect(looksLikeAnsibleAsa(PLAYBOOK)).toBe(true);
    expect(looksLikeAnsibleAsa(VARS)).toBe(true);
    expect(looksLikeAnsibleAsa('- hosts: web\n  tasks:\n    - apt: name=nginx\n')).toBe(false);
  });
});

describe('ASA through lint()', () => {
  it('a split-exclude list of the Optimize ranges raises nothing in a Teams estate', async () => {
    tree.write('asa/running-config.cfg', RUNNING);
    tree.write('playbooks/asa.yml', PLAYBOOK);
    tree.write('.uclint.yml', 'settings:\n  product: teams\n');
    const result = await lint({ cwd: tree.dir });
    expect(result.files.map((f) => [f.file, f.kind])).toEqual([
      ['asa/running-config.cfg', 'cisco-asa'],
      ['playbooks/asa.yml', 'cisco-asa'],
    ]);
    expect(shown(result)).toEqual([]);
  });

  it('reports an out-of-date split-exclude list at its first entry, and a full tunnel at its policy', async () => {
    tree.write('group_vars/asa.yml', VARS);
    tree.write('asa/running-config.cfg', RUNNING.replace(' split-tunnel-policy tunnelspecified\n split-tunnel-network-list value CORP-INCLUDE\n', ''));
    tree.write('.uclint.yml', 'settings:\n  product: teams\n');
    const result = await lint({ cwd: tree.dir, onlyRules: ['vpn/split-tunnel', 'vpn/m365-optimize-excluded'] });
    expect(shown(result)).toEqual([
      "asa/running-config.cfg:30:1 vpn/m365-optimize-excluded VPN profile GP-STAFF routes Microsoft 365 Optimize ranges 52.112.0.0/14, 52.122.0.0/15 (list of 2026-08-14 (endpoint set 11)) into the tunnel; exclude them so Teams media bypasses the VPN",
      "asa/running-config.cfg:30:1 vpn/split-tunnel VPN profile GP-STAFF is a full tunnel (split-tunnel-policy not set (the ASA's default is tunnelall)) that does not exclude the Microsoft 365 Optimize ranges; calls of remote users would go through the tunnel",
      'group_vars/asa.yml:4:6 vpn/m365-optimize-excluded VPN profile VPN-BYPASS routes Microsoft 365 Optimize ranges 52.122.0.0/15 (list of 2026-08-14 (endpoint set 11)) into the tunnel; exclude them so Teams media bypasses the VPN',
      'group_vars/asa.yml:4:6 vpn/split-tunnel VPN profile VPN-BYPASS is a full tunnel (access-list VPN-BYPASS, a split-exclude list by its name (its group policy is not in this file)) that does not exclude the Microsoft 365 Optimize ranges; calls of remote users would go through the tunnel',
    ]);
  });
});
