import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { runCli } from '../../src/cli.js';
import { lint } from '../../src/lint.js';
import { loadConfig, PRESETS } from '../../src/config/index.js';
import { RULES } from '../../src/rules.generated.js';
import { yamlComment, yamlString } from '../../src/init/write.js';
import { parseYamlDocuments, toPlainValue } from '../../src/formats/shared/yaml/index.js';
import { polFile, REG_SZ } from '../helpers/registry-pol.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let dir: string;

function write(rel: string, text: string): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function read(rel: string): string {
  return readFileSync(path.join(dir, rel), 'utf8');
}

async function run(args: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd, env: {} });
  return { code, stdout, stderr };
}

/** The generated config as data, after checking the real loader takes it without a word. */
function loadedConfig(rel = '.uclint.yml'): Record<string, unknown> {
  const text = read(rel);
  expect(loadConfig(text, rel, RULES).diagnostics).toEqual([]);
  return load(text) as Record<string, unknown>;
}

/** The preset a guess points to, as this version of uclint can write it. */
function presetOr(wanted: string): string {
  return Object.hasOwn(PRESETS, wanted) ? wanted : 'uclint:recommended';
}

function zone(origin: string, records: string[]): string {
  return [`$ORIGIN ${origin}.`, '$TTL 3600', '@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ IN NS ns1', ...records, ''].join('\n');
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('uclint init on examples/contoso', () => {
  it('guesses what the example config says, and the estate lints the same with either', async () => {
    cpSync(path.join(ROOT, 'examples/contoso'), dir, { recursive: true });
    const original = read('.uclint.yml');
    rmSync(path.join(dir, '.uclint.yml'));

    const { code, stdout, stderr } = await run(['init']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain("  internal  dns/internal/contoso.com.zone\n      origin contoso.com: the file's $ORIGIN\n      directory 'internal' says internal (dns/internal/contoso.com.zone)\n");
    expect(stdout).toContain('  contoso.com  on-premises\n');
    expect(stdout).toContain('1 Topology Builder document, ');
    expect(stdout).toContain("  lync2010: the Topology Builder document's services are lync2010\n      ServiceVersion: lync2010 (topology.tbxml:60)\n");
    expect(stdout).toContain('Wrote .uclint.yml and .github/workflows/uclint.yml.');

    const generated = loadedConfig();
    expect(generated.views).toEqual({ internal: ['dns/internal/**'], external: ['dns/external/**'] });
    expect(generated.settings).toEqual({ sipDomains: ['contoso.com'], product: 'lync2010' });
    expect(generated.extends).toEqual([presetOr('uclint:lync2010')]);
    expect(read('.uclint.yml')).not.toContain('now:');

    // The example's own config, with the preset init chose (a product preset may enable more rules).
    write('original.yml', original.replace(/^extends: .*$/m, `extends: [${(generated.extends as string[])[0]}]`));
    const now = new Date('2026-11-20T00:00:00Z');
    const withGenerated = await lint({ cwd: dir, now });
    const withOriginal = await lint({ cwd: dir, now, configFile: 'original.yml' });
    const views = (result: typeof withGenerated) => result.estate?.zones.map((z) => [z.file, z.view]);
    expect(views(withGenerated)).toEqual([
      ['dns/external/contoso.com.zone', 'external'],
      ['dns/internal/contoso.com.zone', 'internal'],
    ]);
    expect(views(withGenerated)).toEqual(views(withOriginal));
    const findings = (result: typeof withGenerated) => result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`);
    expect(findings(withGenerated)).toHaveLength(17);
    expect(findings(withGenerated)).toEqual(findings(withOriginal));
  });
});

describe('uclint init guesses', () => {
  it('lists the Windows Firewall, QoS and media scripts it found, and their client as the family', async () => {
    write('clients/firewall.ps1', "Set-NetFirewallProfile -All -DefaultOutboundAction Block\nNew-NetFirewallRule -DisplayName 'Teams' -Direction Outbound -Program 'ms-teams.exe' -Protocol UDP -RemotePort 3478-3481\n");
    write('clients/qos.ps1', 'New-NetQosPolicy -Name "Teams Audio" -AppPathNameMatchCondition "ms-teams.exe" -IPSrcPortStartMatchCondition 50000 -IPSrcPortEndMatchCondition 50019 -DSCPAction 46\n');
    write('clients/servers.cmd', 'netsh advfirewall firewall add rule name="SIP" dir=in action=allow protocol=TCP localport=5061\n');
    const { code, stdout } = await run(['init', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        'VPN, firewall, QoS and media sources:',
        '  clients/firewall.ps1  firewall rule set (1 rule, default outbound block)',
        '  clients/qos.ps1  1 QoS policy',
        '  clients/servers.cmd  firewall rule set (1 rule)',
      ].join('\n'),
    );
    expect(stdout).toMatch(/ {2}teams {2}.*\n {6}firewall rule Teams for ms-teams\.exe \(clients\/firewall\.ps1:2\)/);
  });

  it('lists the VPN profiles and cloud security groups it found', async () => {
    write(
      'sbc/nsg.tf',
      [
        'resource "azurerm_network_security_group" "sbc" {',
        '  name = "nsg-sbc"',
        '  location = "westeurope"',
        '  resource_group_name = "rg-voice"',
        '  security_rule {',
        '    name = "sip-tls"',
        '    priority = 100',
        '    direction = "Inbound"',
        '    access = "Allow"',
        '    protocol = "Tcp"',
        '    source_port_range = "*"',
        '    destination_port_range = "5061"',
        '    source_address_prefixes = ["52.112.0.0/14", "52.122.0.0/15"]',
        '    destination_address_prefix = "*"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    write(
      'vpn/profile.xml',
      '<VPNProfile><NativeProfile><Servers>vpn.contoso.com</Servers><RoutingPolicyType>ForceTunnel</RoutingPolicyType></NativeProfile>' +
        '<Route><Address>52.112.0.0</Address><PrefixSize>14</PrefixSize><ExclusionRoute>true</ExclusionRoute></Route></VPNProfile>\n',
    );
    const { code, stdout } = await run(['init', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      ['VPN, firewall, QoS and media sources:', '  sbc/nsg.tf  Azure network security group nsg-sbc (1 rule)', '  vpn/profile.xml  VPN profile profile.xml (forced tunnel with exclusions)'].join('\n'),
    );
  });

  it('an online-only tenant: external by its records, every domain online, so Teams', async () => {
    write(
      'fabrikam.com.zone',
      zone('fabrikam.com', [
        'ns1 IN A 203.0.113.53',
        'www IN A 203.0.113.80',
        '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
        '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
        'sip IN CNAME sipdir.online.lync.com.',
        'lyncdiscover IN CNAME webdir.online.lync.com.',
      ]),
    );
    const { code, stdout, stderr } = await run(['init']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(
      [
        '  fabrikam.com  online',
        '      _sip._tls.fabrikam.com SRV -> sipdir.online.lync.com: Microsoft 365 worldwide (fabrikam.com.zone:7)',
      ].join('\n'),
    );
    expect(stdout).toContain('  teams: every SIP domain is served by Microsoft 365\n');
    const config = loadedConfig();
    expect(config.extends).toEqual([presetOr('uclint:teams')]);
    expect(config.views).toEqual({ external: ['fabrikam.com.zone'] });
    expect(config.settings).toEqual({ sipDomains: ['fabrikam.com'], product: 'teams' });
    expect(read('.uclint.yml')).toContain('    - fabrikam.com  # online (Microsoft 365): _sip._tls.fabrikam.com SRV -> sipdir.online.lync.com (fabrikam.com.zone:7)\n');
  });

  it('a GCC High tenant: the online records name its cloud, so teams/online-records gets the cloud option', async () => {
    write(
      'dns/external/fabrikam.com.zone',
      zone('fabrikam.com', [
        'ns1 IN A 203.0.113.53',
        '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.gov.skypeforbusiness.us.',
        'lyncdiscover IN CNAME webdir.online.gov.skypeforbusiness.us.',
      ]),
    );
    const { code, stderr } = await run(['init']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(read('.uclint.yml')).toContain(
      [
        `# The online records point at Microsoft 365 GCC High: _sipfederationtls._tcp.fabrikam.com SRV -> sipfed.online.gov.skypeforbusiness.us (dns/external/fabrikam.com.zone:6).`,
        'rules:',
        '  teams/online-records: [error, { cloud: gcc-high }]',
      ].join('\n'),
    );
    expect(loadedConfig().rules).toEqual({ 'teams/online-records': ['error', { cloud: 'gcc-high' }] });
  });

  it('a domain half moved online is mixed, with a warning; a zone nothing places is named', async () => {
    write(
      'zones/public/woodgrove.com.zone',
      zone('woodgrove.com', [
        'ns1 IN A 203.0.113.53',
        '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
        '_sipfederationtls._tcp IN SRV 0 0 5061 edge.woodgrove.com.',
        'edge IN A 203.0.113.10',
        'lyncdiscover IN A 203.0.113.11',
      ]),
    );
    write('zones/legacy/old.woodgrove.com.zone', zone('old.woodgrove.com', ['ns1 IN CNAME ns1.woodgrove.com.']));
    const { code, stdout, stderr } = await run(['init']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'uclint: warning: woodgrove.com: discovery records point both to Microsoft 365 and to servers of its own; this looks like a migration left half done (clients follow whichever record they find first)\n',
    );
    expect(stdout).toContain('  woodgrove.com  mixed\n');
    expect(stdout).toContain('  not placed  zones/legacy/old.woodgrove.com.zone: nothing says which side it serves\n');
    expect(stdout).toContain('  not named: nothing names a product\n  preset uclint:recommended\n');
    const config = loadedConfig();
    expect(config.extends).toEqual(['uclint:recommended']);
    expect(config.views).toEqual({ external: ['zones/public/**'] });
    expect(config.settings).toEqual({ sipDomains: ['woodgrove.com'] });
    const text = read('.uclint.yml');
    expect(text).toContain(
      '    - woodgrove.com  # mixed, a migration left half done? zones/public/woodgrove.com.zone:6 points to Microsoft 365, zones/public/woodgrove.com.zone:7 to a server of its own\n',
    );
    expect(text).toContain('#   zones/legacy/old.woodgrove.com.zone: nothing says which side it serves\n');
  });

  it('Cisco Jabber records without Lync ones: the cisco preset, views from inside/outside and addresses', async () => {
    write('dns/inside/example.com.db', zone('example.com', ['ns1 IN A 10.1.0.53', '_cisco-uds._tcp IN SRV 0 0 8443 cucm', 'cucm IN A 10.1.0.10']));
    write('dns/outside/example.com.db', zone('example.com', ['ns1 IN A 198.51.100.53', '_collab-edge._tls IN SRV 0 0 8443 expe', 'expe IN A 198.51.100.20']));
    const { code, stdout } = await run(['init']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '  internal  dns/inside/example.com.db',
        "      origin example.com: the file's $ORIGIN",
        "      directory 'inside' says internal (dns/inside/example.com.db)",
        '      2 of 2 addresses private (RFC 1918/ULA) (dns/inside/example.com.db:5)',
        '      internal discovery records: _cisco-uds._tcp.example.com (dns/inside/example.com.db:6)',
      ].join('\n'),
    );
    expect(stdout).toContain('  not named: Cisco Jabber discovery records and no Lync ones\n      _cisco-uds._tcp SRV (dns/inside/example.com.db:6)\n');
    const config = loadedConfig();
    expect(config.extends).toEqual([presetOr('uclint:cisco')]);
    expect(config.views).toEqual({ internal: ['dns/inside/**'], external: ['dns/outside/**'] });
    expect(config.settings).toBeUndefined();
  });

  it('a uclint-view comment decides over names and content', async () => {
    write('public/example.org.zone', '; uclint-view: internal\n' + zone('example.org', ['ns1 IN A 203.0.113.53', '_sip._tls IN SRV 0 0 443 ns1']));
    const { code, stdout } = await run(['init', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "  internal  public/example.org.zone\n      origin example.org: the file's $ORIGIN\n      the file says '; uclint-view: internal' (public/example.org.zone:1)\n\n",
    );
  });

  it('DNS as code: the zone\'s declaration places it (a public provider\'s zone external, a Windows DNS zone internal), whatever its records look like', async () => {
    write(
      'dns/dnsconfig.js',
      'D("contoso.com", NewRegistrar("none"), DnsProvider(NewDnsProvider("cloudflare")),\n  A("admin", "10.1.1.1"),\n  A("pool", "10.1.1.2")\n);\n',
    );
    write('dns/internal.ps1', 'Add-DnsServerResourceRecordA -ZoneName "contoso.com" -Name "sip" -IPv4Address "203.0.113.10"\n');
    const { code, stdout } = await run(['init', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain('Read 1 PowerShell script, 1 DNSControl configuration.');
    expect(stdout).toContain("  external  dns/dnsconfig.js\n      origin contoso.com: the resource that declares the zone\n      the zone's declaration says external (dns/dnsconfig.js:1)\n");
    expect(stdout).toContain("  internal  dns/internal.ps1\n");
    expect(stdout).toContain("      the zone's declaration says internal (dns/internal.ps1:1)\n");
  });

  it('BIND views place zone files whose names say nothing, and the other copy of a placed zone takes the other side', async () => {
    write(
      'bind/named.conf',
      [
        '// split-brain',
        'view "internal" {',
        '  match-clients { 10.0.0.0/8; };',
        '  zone "example.com" { type master; file "/etc/bind/db.example.com.inner"; };',
        '};',
        'view "trusted-partners" { match-clients { 203.0.113.0/24; }; zone "example.net" { file "/etc/bind/db.example.net.b"; }; };',
        '',
      ].join('\n'),
    );
    write('bind/db.example.com.inner', zone('example.com', ['ns1 IN CNAME ns.example.net.']));
    write('bind/db.example.com.outer', zone('example.com', ['ns1 IN CNAME ns.example.net.']));
    write('bind/db.example.net.a', zone('example.net', ['ns1 IN CNAME ns.example.org.']));
    write('bind/db.example.net.b', zone('example.net', ['ns1 IN CNAME ns.example.org.']));
    const { code, stdout } = await run(['init', '--no-workflow']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '  internal  bind/db.example.com.inner\n      origin example.com: bind/named.conf:4: zone "example.com"\n      BIND view "internal" serves it (its name) (bind/named.conf:4)\n',
    );
    expect(stdout).toContain('  external  bind/db.example.com.outer\n      origin example.com: the file\'s $ORIGIN\n      the other copy of example.com is internal (bind/db.example.com.inner)\n');
    expect(stdout).toContain(
      '  not placed  bind/db.example.net.b: nothing says which side it serves\n      origin example.net: bind/named.conf:6: zone "example.net"\n' +
        '      BIND view "trusted-partners" serves it (a view whose name and match-clients say no side) (bind/named.conf:6)\n',
    );
    expect(loadedConfig().views).toEqual({ internal: ['bind/db.example.com.inner'], external: ['bind/db.example.com.outer'] });
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
  });
});

describe('uclint init: the families the files show', () => {
  it('a tenant online with Lync pools in its topology: the teams preset and settings.families, each family with its evidence', async () => {
    write(
      'dns/external/fabrikam.com.zone',
      zone('fabrikam.com', [
        'ns1 IN A 203.0.113.53',
        '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
        'sip IN CNAME sipdir.online.lync.com.',
        'lyncdiscover IN CNAME webdir.online.lync.com.',
        '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
      ]),
    );
    write('topology.yml', ['apiVersion: uclint/v1', 'kind: Topology', 'sipDomains: [fabrikam.com]', 'pools:', '  - fqdn: pool01.fabrikam.com', ''].join('\n'));
    const { code, stdout, stderr } = await run(['init', '--dry-run', '--no-workflow']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(
      [
        'Families (rules about other families do not run):',
        '  lync  Lync / Skype for Business Server',
        '      topology pool pool01.fabrikam.com (topology.yml:5)',
        '  teams  Microsoft Teams',
        '      _sip._tls.fabrikam.com SRV -> sipdir.online.lync.com (Microsoft 365) (dns/external/fabrikam.com.zone:6)',
        '      sip.fabrikam.com CNAME -> sipdir.online.lync.com (Microsoft 365) (dns/external/fabrikam.com.zone:7)',
        '      lyncdiscover.fabrikam.com CNAME -> webdir.online.lync.com (Microsoft 365) (dns/external/fabrikam.com.zone:8)',
        '      ... and 1 more',
        '',
        'Product:',
        '  teams: every SIP domain is served by Microsoft 365',
      ].join('\n'),
    );
    expect(stdout).toContain(
      [
        '# Families the files show: lync (topology.yml:5), teams (dns/external/fabrikam.com.zone:6).',
        '# Rules about other families do not run; settings.families below states them.',
      ].join('\n'),
    );
    expect(stdout).toContain("  product: teams  # every SIP domain is served by Microsoft 365 (dns/external/fabrikam.com.zone:6)\n  families: [lync, teams]  # the product's family and those the files show (above)\n");
    await run(['init', '--no-workflow']);
    expect(loadedConfig().settings).toEqual({ sipDomains: ['fabrikam.com'], product: 'teams', families: ['lync', 'teams'] });
  });

  it('client policy in a GPO backup, a reg add script and a Teams pairing script: read, and the families they show', async () => {
    const gpo = 'gpo/{6AC1786C-016F-11D2-945F-00C04FB984F9}/DomainSysvol/GPO/Machine/registry.pol';
    mkdirSync(path.dirname(path.join(dir, gpo)), { recursive: true });
    writeFileSync(path.join(dir, gpo), polFile({ key: 'Software\\Policies\\Microsoft\\Office\\16.0\\Lync', name: 'ServerAddressExternal', type: REG_SZ, data: 'sip.contoso.com:443' }));
    write('policy.cmd', '@echo off\r\nreg add HKLM\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync /v EnableStrictDNSNaming /t REG_DWORD /d 1 /f\r\n');
    write('teams/sbc.ps1', 'New-CsOnlinePSTNGateway -Fqdn sbc1.contoso.com -SipSignalingPort 5061 -Enabled $true\n');
    const { code, stdout } = await run(['init', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Read 1 Group Policy registry file, 1 batch file, 1 PowerShell script\.\n/);
    expect(stdout).toContain(`# Families the files show: lync (${gpo}:1), teams (teams/sbc.ps1:1).`);
  });

  it('files that show no family: said so, and nothing stated', async () => {
    write('vpn/remote.conf', ['[Interface]', 'Address = 10.8.0.2/32', '', '[Peer]', 'AllowedIPs = 10.0.0.0/8', 'Endpoint = vpn.example.com:51820', ''].join('\n'));
    const { code, stdout } = await run(['init', '--dry-run', '--no-workflow']);
    expect(code).toBe(0);
    expect(stdout).toContain('Families (rules about other families do not run):\n  none shown by the files: only rules about every family run (settings.families states them)\n');
    expect(stdout).toContain('# Families: nothing in the files shows whose servers they are, so only rules about\n# every family run; settings.families states them (lync, legacy, teams, cisco, sip).\n');
  });
});

const SMALL_ZONE = zone('example.com', [
  'ns1 IN A 198.51.100.53',
  '_sip._tls IN SRV 0 0 443 access',
  '_sipfederationtls._tcp IN SRV 0 0 5061 access',
  'access IN A 198.51.100.10',
]);

const GOLDEN_REPORT = `Read 1 zone file.

Zone views:
  external  dns/example.com.zone
      origin example.com: the file's $ORIGIN
      0 of 2 addresses private (RFC 1918/ULA) (dns/example.com.zone:5)
      external discovery records: _sip._tls.example.com, _sipfederationtls._tcp.example.com (dns/example.com.zone:6)

SIP domains:
  example.com  on-premises
      _sip._tls.example.com SRV -> access.example.com: a server of its own (dns/example.com.zone:6)
      _sipfederationtls._tcp.example.com SRV -> access.example.com: a server of its own (dns/example.com.zone:7)

Families (rules about other families do not run):
  lync  Lync / Skype for Business Server
      _sip._tls.example.com SRV -> access.example.com (on-premises) (dns/example.com.zone:6)
      _sipfederationtls._tcp.example.com SRV -> access.example.com (on-premises) (dns/example.com.zone:7)

Product:
  not named: nothing names a product
  preset uclint:recommended

Ignored:
  vendor/**  vendored dependencies
`;

const GOLDEN_CONFIG = `# uclint configuration, written by \`uclint init\` from what the repository holds.
# Each guess says what it came from: check them, then edit freely
# (the format: docs/formats.md in the uclint package).

# Preset: nothing names a product.
extends: [uclint:recommended]

# Families the files show: lync (dns/example.com.zone:6).
# Rules about other families do not run. Each run infers the families again,
# unless settings.families or settings.product (a product preset sets it) states them.

# Split-brain DNS: the zone files clients inside the network see (internal)
# and those the Internet sees (external).
views:
  external:
    - "dns/example.com.zone"  # 0 of 2 addresses private (RFC 1918/ULA) (dns/example.com.zone:5)

# Directories that hold no estate.
ignore:
  - "vendor/**"  # vendored dependencies

settings:
  # SIP domains, from _sip* SRV records, sip and lyncdiscover names, and topologies.
  sipDomains:
    - example.com  # on-premises: _sip._tls.example.com SRV -> access.example.com (dns/example.com.zone:6)
`;

const GOLDEN_WORKFLOW = `# uclint: lint the unified-communications estate on every pull request, and audit it
# (certificate expiry above all) every week into one issue. Written by \`uclint init\`;
# the inputs are described in docs/action.md of the uclint package.
#
# Before the first run, replace <owner>/uclint@<tag> (twice below) with the repository that
# hosts the uclint you use and one of its releases; best, pin the release's full commit SHA,
# as GitHub's security hardening guide advises (<owner>/uclint@<sha>  # <tag>). A copy of
# uclint kept in this repository is \`uses: ./path/to/uclint\`.
name: uclint
on:
  pull_request:
  schedule:
    - cron: '17 4 * * 1'  # Mondays 04:17 UTC
  workflow_dispatch:

permissions: {}

jobs:
  lint:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read          # check out the repository
      checks: write           # one check run with every annotation
      pull-requests: read     # the changed lines, for only-changed
      security-events: write  # upload SARIF to code scanning
    steps:
      - uses: actions/checkout@v5
      - id: uclint
        uses: <owner>/uclint@<tag>
        with:
          only-changed: true
      - if: always() && steps.uclint.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.uclint.outputs.sarif-file }}
          category: uclint

  audit:
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read          # check out the repository
      issues: write           # open, update and close the audit issue
      security-events: write  # code scanning compares pull requests with this analysis
    steps:
      - uses: actions/checkout@v5
      - id: uclint
        uses: <owner>/uclint@<tag>
        with:
          audit: true
          fail-on: never  # the issue is the report; a red scheduled run helps nobody
      - if: always() && steps.uclint.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.uclint.outputs.sarif-file }}
          category: uclint
`;

describe('uclint init files', () => {
  beforeEach(() => {
    write('dns/example.com.zone', SMALL_ZONE);
    mkdirSync(path.join(dir, 'vendor'));
  });

  it('--dry-run prints the report and both files, and writes nothing', async () => {
    const { code, stdout, stderr } = await run(['init', '--dry-run']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      `${GOLDEN_REPORT}\n--- .uclint.yml (not written) ---\n${GOLDEN_CONFIG}\n--- .github/workflows/uclint.yml (not written) ---\n${GOLDEN_WORKFLOW}`,
    );
    expect(existsSync(path.join(dir, '.uclint.yml'))).toBe(false);
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
  });

  it('writes what --dry-run shows', async () => {
    const { code, stdout } = await run(['init']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${GOLDEN_REPORT}\nWrote .uclint.yml and .github/workflows/uclint.yml. Check the guesses, then run \`uclint\`.\n`);
    expect(read('.uclint.yml')).toBe(GOLDEN_CONFIG);
    expect(read('.github/workflows/uclint.yml')).toBe(GOLDEN_WORKFLOW);
  });

  it('the workflow is valid YAML, uses only inputs action.yml declares, and asks for minimal permissions', () => {
    // action.yml must itself be valid YAML (GitHub refuses an action whose metadata does not parse).
    const action = load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const workflow = load(GOLDEN_WORKFLOW) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { if: string; permissions: Record<string, string>; steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.lint.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'read', 'security-events': 'write' });
    expect(workflow.jobs.audit.permissions).toEqual({ contents: 'read', issues: 'write', 'security-events': 'write' });
    const uclintSteps = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses === '<owner>/uclint@<tag>'));
    expect(uclintSteps).toHaveLength(2);
    expect(uclintSteps.map((step) => Object.keys(step.with ?? {}))).toEqual([['only-changed'], ['audit', 'fail-on']]);
    for (const step of uclintSteps) {
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    }
  });

  it('refuses to overwrite .uclint.yml or the workflow (exit 2) and writes nothing; --force replaces both', async () => {
    write('.uclint.yml', 'extends: [uclint:all]\n');
    const refused = await run(['init']);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: 'uclint: init: .uclint.yml already exists; nothing was written (--force replaces, --dry-run shows what would be written)\n',
    });
    expect(read('.uclint.yml')).toBe('extends: [uclint:all]\n');
    expect(existsSync(path.join(dir, '.github'))).toBe(false);

    rmSync(path.join(dir, '.uclint.yml'));
    write('.github/workflows/uclint.yml', 'name: mine\n');
    expect((await run(['init'])).stderr).toBe(
      'uclint: init: .github/workflows/uclint.yml already exists; nothing was written (--force replaces, --dry-run shows what would be written)\n',
    );
    expect(existsSync(path.join(dir, '.uclint.yml'))).toBe(false);

    write('.uclint.yml', 'extends: [uclint:all]\n');
    const forced = await run(['init', '--force']);
    expect(forced.code).toBe(0);
    expect(read('.uclint.yml')).toBe(GOLDEN_CONFIG);
    expect(read('.github/workflows/uclint.yml')).toBe(GOLDEN_WORKFLOW);
  });

  it('ignores the tree\'s own config when guessing, and keeps the name .uclint.yaml when that is the one there', async () => {
    write('.uclint.yaml', 'views: { internal: ["dns/**"] }\n');
    expect((await run(['init', '--force', '--no-workflow'])).code).toBe(0);
    expect(read('.uclint.yaml')).toBe(GOLDEN_CONFIG);
    expect(existsSync(path.join(dir, '.uclint.yml'))).toBe(false);
  });

  it('--workflow names the file inside the repository; outside it is a usage error', async () => {
    expect((await run(['init', '--workflow', 'ci/lint.yml'])).code).toBe(0);
    expect(read('ci/lint.yml')).toBe(GOLDEN_WORKFLOW);
    const outside = await run(['init', '--dry-run', '--workflow', '../elsewhere.yml']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^uclint: init: --workflow \.\.\/elsewhere\.yml is not a file inside the repository \.\n$/);
  });

  it('does not write through a symbolic link that leaves the repository', async () => {
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'uclint-init-elsewhere-'));
    try {
      symlinkSync(elsewhere, path.join(dir, '.github'));
      const { code, stderr } = await run(['init']);
      expect(code).toBe(2);
      expect(stderr).toBe(
        'uclint: init: .github/workflows/uclint.yml lies outside the repository through a symbolic link; nothing was written\n',
      );
      expect(existsSync(path.join(dir, '.uclint.yml'))).toBe(false);
      expect(existsSync(path.join(elsewhere, 'workflows'))).toBe(false);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('a directory inside a git repository: the config goes there, the workflow to the repository root, linting that directory', async () => {
    mkdirSync(path.join(dir, '.git'));
    write('estate/dns/example.com.zone', SMALL_ZONE);
    const { code, stdout } = await run(['init', 'estate']);
    expect(code).toBe(0);
    expect(stdout).toContain('Read 1 zone file in estate.\n');
    expect(stdout).toContain('Wrote estate/.uclint.yml and .github/workflows/uclint.yml. Check the guesses, then run `uclint estate`.\n');
    expect(loadedConfig('estate/.uclint.yml').views).toEqual({ external: ['dns/example.com.zone'] });
    expect(read('.github/workflows/uclint.yml')).toContain('        with:\n          paths: estate\n          only-changed: true\n');
  });

  it('--help describes it', async () => {
    const help = (await run(['--help'])).stdout;
    expect(help).toContain('  uclint init [options] [path]  write .uclint.yml for the repository at path');
    for (const option of ['--dry-run', '--force', '--workflow <path>', '--no-workflow']) expect(help).toMatch(new RegExp(`^ {6}${option} +\\S`, 'm'));
  });

  it('usage errors exit 2', async () => {
    expect(await run(['--force'])).toEqual({ code: 2, stdout: '', stderr: "uclint: --force belongs to `uclint init`\nRun 'uclint --help' for usage.\n" });
    expect((await run(['init', '--format', 'json'])).stderr).toBe("uclint: --format does not apply to `uclint init`\nRun 'uclint --help' for usage.\n");
    expect((await run(['init', 'a', 'b'])).code).toBe(2);
    expect((await run(['init', '--workflow', 'x.yml', '--no-workflow'])).code).toBe(2);
    expect(await run(['init', 'missing'])).toEqual({ code: 2, stdout: '', stderr: 'uclint: init: not a directory: missing\n' });
  });

  it('the built CLI runs it', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'init', '--dry-run'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith(GOLDEN_REPORT)).toBe(true);
  });
});

describe('uclint init writes what it means, whatever the names in the tree', () => {
  /** Names that would end a YAML value or comment, start a key, or read as YAML syntax or a glob. */
  const HOSTILE_NAMES = [
    "x\nignore: ['**']\n#",
    'cr\rignore: [x]',
    'q"uote\'s',
    'has # hash',
    'key: value',
    '-dash',
    '*star',
    '&anchor',
    '!tag',
    '|bar >gt %pct @at `tick',
    'line\u2028ignore: [a]',
    'para\u2029ignore: [b]',
    'next\u0085ignore: [c]',
    'tab\tand\u007fdel\u009bcsi',
    'bidi\u202eevil',
    '[ab]{c,d}(e|f)+(g)?',
    'back\\slash',
    'null',
  ];

  it('yamlString reads back as exactly its text, and yamlComment stays one comment, for any UTF-16 text', () => {
    const anyText = fc.oneof(
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('\n', '\r', '\u0085', '\u2028', '\u2029', '\t', ' ', '#', ':', '-', '"', "'", '\\', '*', '&', '!', '[', '{', 'a', 'null', 'true', '1') }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseYamlDocuments(`a: ${yamlString(text)}  ${yamlComment(text)}\n${yamlComment(text)}\nb: ${yamlString(text)}\n`, 'x.yml');
        expect(parsed.diagnostics).toEqual([]);
        expect(toPlainValue(parsed.documents[0].contents!)).toEqual({ a: text, b: text });
        // js-yaml, as editors and other tools read it, agrees.
        expect(load(`a: ${yamlString(text)}  ${yamlComment(text)}\n`)).toEqual({ a: text });
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every hostile file name: read back by the config loader, the config places exactly those files and adds no key', async () => {
    HOSTILE_NAMES.forEach((name, index) => {
      write(`${name} internal ${index}.zone`, zone(`z${index}.example.com`, [`host IN A 10.0.0.${index + 1}`]));
    });
    const directory = "lab\n  external: ['**']\n[x]*";
    write(`${directory} internal/a.zone`, zone('lab.example.com', ['host IN A 10.0.1.1']));
    const { code, stderr } = await run(['init', '--no-workflow']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const text = read('.uclint.yml');
    // No raw line break but \n, no control character, separator or bidirectional control anywhere in the file.
    const unsafe = [...text].filter((c) => (c < ' ' && c !== '\n') || (c >= '\u007f' && c <= '\u009f') || '\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'.includes(c));
    expect(unsafe).toEqual([]);
    const { config, diagnostics } = loadConfig(text, '.uclint.yml', RULES);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(load(text) as object)).toEqual(['extends', 'views']);
    expect(config?.ignore).toEqual([]);
    expect(config?.views.external).toEqual([]);

    // What init meant: every hostile file is internal by the config's own globs, nothing else is touched.
    const result = await lint({ cwd: dir, onlyRules: [] });
    expect(result.fatal).toEqual([]);
    const expected = [...HOSTILE_NAMES.map((name, index) => `${name} internal ${index}.zone`), `${directory} internal/a.zone`].sort();
    expect(result.files.map((f) => f.file)).toEqual(expected);
    expect(result.files.filter((f) => f.view !== 'internal' || f.viewSource !== 'config').map((f) => f.file)).toEqual([]);
    // One glob per file, each matching its file only; the directory by one glob for all it holds.
    expect(config?.views.internal).toHaveLength(HOSTILE_NAMES.length + 1);
  });
});
