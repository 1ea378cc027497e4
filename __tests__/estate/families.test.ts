/**
 * The estate's families: stated by the config, else inferred from each kind of evidence in
 * the files, with where each piece was seen. Every case goes through lint(), as a run does.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../src/lint.js';
import { defineRule } from '../../src/engine/rule.js';
import type { EstateFamilies } from '../../src/estate/families.js';
import { header, zone } from '../rules/support/zones.js';

const nothing = defineRule({
  id: 'test/nothing',
  meta: { description: 'd', rationale: '', severity: 'error', recommended: true, citations: [], messages: {} },
  check() {},
});

/** Lints the files (and `.uclint.yml` when given) and returns the estate's families. */
async function familiesOf(files: Record<string, string>): Promise<EstateFamilies> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-families-'));
  try {
    // A run needs a file to read: a zone that shows no family, where the case gives only a config.
    const estateFiles = Object.keys(files).some((rel) => rel !== '.uclint.yml') ? files : { ...files, 'example.net.zone': '$ORIGIN example.net.\n@ 3600 IN SOA ns hostmaster 1 3600 600 86400 300\n' };
    for (const [rel, text] of Object.entries(estateFiles)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const result = await lint({ cwd: dir, rules: [nothing] });
    expect(result.fatal).toEqual([]);
    return (result.estate as NonNullable<typeof result.estate>).families();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `family: text (file:line)` per piece of evidence, after the families and how they were decided. */
function shown(families: EstateFamilies): string[] {
  return [
    `${families.source}: ${families.families.join(', ') || '-'}`,
    ...families.evidence.map((e) => `${e.family}: ${e.text}${e.loc ? ` (${e.loc.file}:${e.loc.line})` : ''}`),
  ];
}

const ZONE = 'dns/contoso.com.zone';
const reg = (key: string, ...values: string[]) => ['Windows Registry Editor Version 5.00', '', `[${key}]`, ...values, ''].join('\r\n');

describe('the families the config states', () => {
  it('settings.families, at its line, over everything the files show', async () => {
    const families = await familiesOf({
      '.uclint.yml': 'settings:\n  product: sfb2015\n  families: [teams, lync]\n',
      [ZONE]: zone(...header(), '_collab-edge._tls IN SRV 0 0 8443 expe', 'expe IN A 198.51.100.20'),
    });
    expect(shown(families)).toEqual([
      'settings: lync, teams',
      'lync: settings.families: [teams, lync] (.uclint.yml:3)',
      'teams: settings.families: [teams, lync] (.uclint.yml:3)',
    ]);
    expect(families.has('cisco')).toBe(false);
  });

  it('settings.product: its family', async () => {
    expect(shown(await familiesOf({ '.uclint.yml': 'settings: { product: ocs2007r2 }\n' }))).toEqual([
      'settings: legacy',
      'legacy: settings.product: ocs2007r2 (.uclint.yml:1)',
    ]);
  });

  it('a product preset: its product\'s family; presets of several families together', async () => {
    expect(shown(await familiesOf({ '.uclint.yml': 'extends: uclint:teams\n' }))).toEqual(['settings: teams', 'teams: extends: uclint:teams (.uclint.yml:1)']);
    expect(shown(await familiesOf({ '.uclint.yml': 'extends:\n  - uclint:recommended\n  - uclint:sfb\n  - uclint:cisco\n' }))).toEqual([
      'settings: lync, cisco',
      'lync: extends: [uclint:sfb, uclint:cisco] (.uclint.yml:2)',
      'cisco: extends: [uclint:sfb, uclint:cisco] (.uclint.yml:2)',
    ]);
    // The file's own product wins over the presets'.
    expect(shown(await familiesOf({ '.uclint.yml': 'extends: [uclint:sfb, uclint:cisco]\nsettings: { product: teams }\n' }))).toEqual([
      'settings: teams',
      'teams: settings.product: teams (.uclint.yml:2)',
    ]);
  });

  it('a product and families that contradict each other are a config error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-families-'));
    try {
      writeFileSync(path.join(dir, '.uclint.yml'), 'settings:\n  families: [teams]\n  product: lync2013\n');
      const result = await lint({ cwd: dir, rules: [nothing] });
      expect(result.fatal.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
        '3:12 config/invalid-value settings.product: lync2013 is of the family lync, which settings.families does not list; add it there, or remove the product',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the families the files show', () => {
  it('nothing: unknown (addresses, certificates and VPN profiles are every family\'s)', async () => {
    const families = await familiesOf({
      [ZONE]: zone(...header(), 'www IN A 198.51.100.80', 'sip IN A 198.51.100.10', '_sip._tls.old IN SRV 0 0 443 .'),
      'vpn.yml': 'apiVersion: uclint/v1\nkind: VpnProfile\ntunnel: split\nclientSubnets: [10.8.0.0/24]\n',
      'policy/ntlm.reg': reg('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0', '"NTLMMinClientSec"=dword:20080030'),
    });
    expect(shown(families)).toEqual(['unknown: -']);
    expect(families.how).toBe('unknown');
  });

  it('records that lead to Microsoft 365, directly or through the estate\'s own CNAMEs: teams', async () => {
    const families = await familiesOf({
      [ZONE]: zone(
        ...header(),
        '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
        '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.gov.skypeforbusiness.us.',
        'sip IN CNAME sipdir.online.lync.com.',
        'lyncdiscover IN CNAME m365.contoso.com.',
        'm365 IN CNAME webdir.online.lync.com.',
      ),
    });
    expect(shown(families)).toEqual([
      'files: teams',
      'teams: _sip._tls.contoso.com SRV -> sipdir.online.lync.com (Microsoft 365) (dns/contoso.com.zone:4)',
      'teams: _sipfederationtls._tcp.contoso.com SRV -> sipfed.online.gov.skypeforbusiness.us (Microsoft 365) (dns/contoso.com.zone:5)',
      'teams: sip.contoso.com CNAME -> sipdir.online.lync.com (Microsoft 365) (dns/contoso.com.zone:6)',
      'teams: lyncdiscover.contoso.com CNAME -> m365.contoso.com (Microsoft 365) (dns/contoso.com.zone:7)',
    ]);
    expect(families.how).toBe('inferred from the files');
  });

  it('an on-premises Edge and pool: lync', async () => {
    const families = await familiesOf({
      [ZONE]: zone(
        ...header(),
        '_sip._tls IN SRV 0 0 443 access',
        '_sipfederationtls._tcp IN SRV 0 0 5061 access',
        '_sipinternaltls._tcp IN SRV 0 0 5061 pool',
        'lyncdiscover IN A 198.51.100.12',
        'lyncdiscoverinternal IN CNAME pool',
        'access IN A 198.51.100.10',
        'pool IN A 10.0.0.5',
        // A common name for any SIP server: not evidence of anyone's.
        'sip IN CNAME access',
      ),
    });
    expect(shown(families)).toEqual([
      'files: lync',
      'lync: _sip._tls.contoso.com SRV -> access.contoso.com (on-premises) (dns/contoso.com.zone:4)',
      'lync: _sipfederationtls._tcp.contoso.com SRV -> access.contoso.com (on-premises) (dns/contoso.com.zone:5)',
      'lync: _sipinternaltls._tcp.contoso.com SRV -> pool.contoso.com (on-premises) (dns/contoso.com.zone:6)',
      'lync: lyncdiscover.contoso.com A 198.51.100.12 (on-premises) (dns/contoso.com.zone:7)',
      'lync: lyncdiscoverinternal.contoso.com CNAME -> pool.contoso.com (on-premises) (dns/contoso.com.zone:8)',
    ]);
  });

  it('Cisco SRV names: cisco; an Expressway\'s federation record beside them is not an Edge', async () => {
    const families = await familiesOf({
      [ZONE]: zone(
        ...header(),
        '_collab-edge._tls IN SRV 0 0 8443 expe',
        '_cisco-uds._tcp IN SRV 0 0 8443 cucm',
        '_sipfederationtls._tcp IN SRV 0 0 5061 expe',
        'expe IN A 198.51.100.20',
        'cucm IN A 10.1.1.10',
      ),
    });
    expect(shown(families)).toEqual([
      'files: cisco',
      'cisco: _collab-edge._tls.contoso.com SRV (dns/contoso.com.zone:4)',
      'cisco: _cisco-uds._tcp.contoso.com SRV (dns/contoso.com.zone:5)',
    ]);
  });

  it('RFC 3263 records: sip, a few pieces kept of many, each owner once', async () => {
    const providers = Array.from({ length: 8 }, (_, i) => `_sip._udp.host-${i} IN SRV 10 10 5080 proxy`);
    const families = await familiesOf({
      [ZONE]: zone(...header(), '@ IN NAPTR 10 50 "s" "SIP+D2U" "" _sip._udp', '_sip._udp IN SRV 10 60 5080 proxy', '_sip._udp IN SRV 10 40 5080 proxy2', ...providers),
    });
    expect(shown(families)).toEqual([
      'files: sip',
      'sip: contoso.com NAPTR SIP+D2U (dns/contoso.com.zone:4)',
      'sip: _sip._udp.contoso.com SRV (dns/contoso.com.zone:5)',
      'sip: _sip._udp.host-0.contoso.com SRV (dns/contoso.com.zone:7)',
      'sip: _sip._udp.host-1.contoso.com SRV (dns/contoso.com.zone:8)',
      'sip: _sip._udp.host-2.contoso.com SRV (dns/contoso.com.zone:9)',
    ]);
    expect(families.counts).toEqual({ sip: 11 });
  });

  it('a topology: its product, else its pools, Edge pools, client policy, reverse proxy and simple URLs (lync), SBCs and tenant domains (teams)', async () => {
    const topology = [
      'apiVersion: uclint/v1',
      'kind: Topology',
      'tenantDomains: [eu.contoso.com]',
      'clientPolicy: { strictDnsNaming: false }',
      'pools:',
      '  - fqdn: pool01.contoso.com',
      'edges:',
      '  - internal: { fqdn: edge-int.contoso.com }',
      '    external: { access: { fqdn: access.contoso.com } }',
      'reverseProxy: { fqdn: proxy.contoso.com }',
      'simpleUrls: { meet: https://meet.contoso.com/ }',
      'sbcs:',
      '  - { fqdn: sbc1.eu.contoso.com }',
      '',
    ].join('\n');
    expect(shown(await familiesOf({ 'topology.yml': topology }))).toEqual([
      'files: lync, teams',
      'teams: topology tenant domain eu.contoso.com (topology.yml:3)',
      'lync: topology clientPolicy (topology.yml:4)',
      'lync: topology pool pool01.contoso.com (topology.yml:6)',
      'lync: topology Edge pool edge-int.contoso.com (topology.yml:8)',
      'lync: topology reverse proxy proxy.contoso.com (topology.yml:10)',
      'lync: topology simple URL https://meet.contoso.com/ (topology.yml:11)',
      'teams: topology Direct Routing SBC sbc1.eu.contoso.com (topology.yml:13)',
    ]);
    const legacy = ['apiVersion: uclint/v1', 'kind: Topology', 'product: lcs2005', 'pools:', '  - fqdn: pool01.contoso.com', ''].join('\n');
    expect(shown(await familiesOf({ 'topology.yml': legacy }))).toEqual(['files: legacy', 'legacy: topology product: lcs2005 (topology.yml:3)']);
  });

  it('client registry keys: Communicator and Lync (lync), Windows Messenger 5 (legacy)', async () => {
    const families = await familiesOf({
      'policy/communicator.reg': reg('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator', '"EnableStrictDNSNaming"=dword:00000000'),
      'policy/lync2013.reg': reg('HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Lync', '"ServerAddressInternal"="pool.contoso.com"'),
      'policy/messenger.reg': reg('HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Messenger\\Client\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_Default', '"DisableStrictDNSNaming"=dword:00000001'),
    });
    expect(shown(families)).toEqual([
      'files: lync, legacy',
      'lync: registry HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator\\EnableStrictDNSNaming (Communicator / Lync client) (policy/communicator.reg:4)',
      'lync: registry HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Lync\\ServerAddressInternal (Communicator / Lync client) (policy/lync2013.reg:4)',
      'legacy: registry HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Messenger\\Client\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_Default\\DisableStrictDNSNaming (Windows Messenger 5) (policy/messenger.reg:4)',
    ]);
  });

  it('firewall rules for the Edge: lync', async () => {
    const rules = 'apiVersion: uclint/v1\nkind: FirewallRules\nappliesTo: edge-external\nrules:\n  - { name: tls, direction: inbound, action: allow, protocol: tcp, localPorts: 443 }\n';
    expect(shown(await familiesOf({ 'firewall/edge.yml': rules }))).toEqual(['files: lync', 'lync: firewall rules for the Edge (appliesTo: edge-external) (firewall/edge.yml:3)']);
  });
});
