import { describe, expect, it } from '@jest/globals';
import { lintCase, runRuleTests, type RuleCase } from '../../helpers/rule-tester.js';
import rule from '../../../rules/teams/direct-routing-sbc.js';
import { header, zone } from '../support/zones.js';
import { certificatesManifest } from '../support/certificates.js';

const EXTERNAL = 'dns/external/contoso.com.zone';
const INTERNAL = 'dns/internal/contoso.com.zone';
const TOPOLOGY = 'topology.yml';
const CERTIFICATES = 'certificates.yml';

/** A topology whose SBC entries start on line 5 (one per argument). */
function topology(sbcs: string[], domains = 'sipDomains: [contoso.com]'): string {
  return ['apiVersion: uclint/v1', 'kind: Topology', domains, 'sbcs:', ...sbcs.map((s) => `  - ${s}`)].join('\n') + '\n';
}

/** A public-CA certificate with a 2048-bit RSA key naming `sans` (four lines, then `extra`). */
const publicCertificate = (name: string, sans: string[], extra: Record<string, string | string[]> = {}) => ({
  name,
  sans,
  issuer: 'public',
  key: { algorithm: 'rsa', size: 2048 },
  ...extra,
});

const external = (...records: string[]) => zone(...header(), ...records);

runRuleTests(rule, {
  valid: [
    {
      name: 'an SBC under a SIP domain, with a public address, a public RSA certificate naming it, on 5061',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10') },
      files: { [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com, port: 5061 }']), [CERTIFICATES]: certificatesManifest(publicCertificate('sbc1', ['sbc1.contoso.com'])) },
    },
    {
      name: 'no port (5061 by default), a registered subdomain, a wildcard certificate, an IPv6 address through a CNAME',
      zones: { [EXTERNAL]: external('sbc1.eu IN CNAME edge.eu', 'edge.eu IN AAAA 2001:4898::10') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.eu.contoso.com }'], 'tenantDomains: [eu.contoso.com]'),
        [CERTIFICATES]: certificatesManifest(publicCertificate('eu-wildcard', ['*.eu.contoso.com'])),
      },
    },
    {
      // "Plan Direct Routing", SIP Signaling: Ports: the SBC's SIP/TLS port is defined on the SBC.
      name: 'a worldwide tenant\'s SBC on the port it defines (5067)',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10') },
      files: { [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com, port: 5067 }']), [CERTIFICATES]: certificatesManifest(publicCertificate('sbc1', ['sbc1.contoso.com'])) },
    },
    {
      name: 'a GCC High tenant\'s SBC on 5061',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10') },
      files: { [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com, port: 5061 }']), [CERTIFICATES]: certificatesManifest(publicCertificate('sbc1', ['sbc1.contoso.com'])) },
      options: { cloud: 'gcc-high' },
    },
    {
      name: 'another port where the ports option allows it; SIP domains from the config',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10', 'sbc1 IN A 10.0.0.10') },
      files: { [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com, port: 5067 }'], 'product: teams'), [CERTIFICATES]: certificatesManifest(publicCertificate('sbc1', ['sbc1.contoso.com'])) },
      settings: { sipDomains: ['contoso.com'] },
      options: { ports: [5061, 5067] },
    },
    {
      name: 'a certificate nobody is said to use is judged before another host\'s wildcard',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com }']),
        [CERTIFICATES]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com', '*.contoso.com'], issuer: 'private', usedBy: ['pool.contoso.com'] }, publicCertificate('sbc1', ['*.contoso.com'])),
      },
    },
    {
      name: 'the certificate naming the SBC exactly is judged, not a private wildcard',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com }']),
        [CERTIFICATES]: certificatesManifest({ name: 'internal-wildcard', sans: ['*.contoso.com'], issuer: 'private' }, publicCertificate('sbc1', ['sbc1.contoso.com'])),
      },
    },
  ],
  invalid: [
    {
      name: 'an SBC under onmicrosoft.com, in any case and with the trailing dot',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: SBC1.Contoso.OnMicrosoft.com. }']),
        [CERTIFICATES]: certificatesManifest(publicCertificate('sbc1', ['sbc1.contoso.onmicrosoft.com'])),
      },
      errors: [
        { messageId: 'onmicrosoftDomain', line: 5, column: 7, file: TOPOLOGY, data: { fqdn: 'sbc1.contoso.onmicrosoft.com', domain: 'contoso.onmicrosoft.com' } },
        { messageId: 'notChecked', line: 5, file: TOPOLOGY, data: { reason: 'no zone of the external view holds sbc1.contoso.onmicrosoft.com, so the public address of SBC sbc1.contoso.onmicrosoft.com was not checked' } },
      ],
    },
    {
      name: 'SBCs not directly under a tenant domain: a subdomain not registered itself, another domain',
      zones: { [EXTERNAL]: external('sbc1.eu IN A 131.107.155.10'), 'dns/external/adatum.com.zone': zone(...header('adatum.com.'), 'sbc2 IN A 131.107.155.11') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.eu.contoso.com }', '{ fqdn: sbc2.adatum.com }'], 'sipDomains: [contoso.com, fabrikam.com]'),
        [CERTIFICATES]: certificatesManifest(publicCertificate('sbcs', ['sbc1.eu.contoso.com', 'sbc2.adatum.com'])),
      },
      errors: [
        { messageId: 'notInTenantDomain', line: 5, file: TOPOLOGY, data: { fqdn: 'sbc1.eu.contoso.com', domain: 'eu.contoso.com', known: 'contoso.com, fabrikam.com' } },
        { messageId: 'notInTenantDomain', line: 6, file: TOPOLOGY, data: { fqdn: 'sbc2.adatum.com', domain: 'adatum.com', known: 'contoso.com, fabrikam.com' } },
      ],
    },
    {
      name: 'no tenant domain known at all: said once',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10', 'sbc2 IN A 131.107.155.11') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com }', '{ fqdn: sbc2.contoso.com }'], 'product: teams'),
        [CERTIFICATES]: certificatesManifest(publicCertificate('sbcs', ['sbc1.contoso.com', 'sbc2.contoso.com'])),
      },
      errors: [
        {
          messageId: 'notChecked',
          line: 5,
          file: TOPOLOGY,
          data: { reason: 'no tenant or SIP domain is known (topology sipDomains or tenantDomains, settings.sipDomains), so whether sbc1.contoso.com, sbc2.contoso.com lie under a tenant domain was not judged' },
        },
      ],
    },
    {
      name: 'no public address: none at all, only internal, only private, a CNAME to a private address',
      zones: {
        [EXTERNAL]: external('sbc3 IN A 10.0.0.3', 'sbc4 IN CNAME gw', 'gw IN AAAA fd00::4', 'www IN A 131.107.155.80'),
        [INTERNAL]: zone(...header(), 'sbc2 IN A 10.0.0.2'),
      },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com }', '{ fqdn: sbc2.contoso.com }', '{ fqdn: sbc3.contoso.com }', '{ fqdn: sbc4.contoso.com }']),
        [CERTIFICATES]: certificatesManifest(publicCertificate('sbcs', ['*.contoso.com'])),
      },
      errors: [
        { messageId: 'privateAddressOnly', line: 4, file: EXTERNAL, data: { fqdn: 'sbc3.contoso.com', addresses: '10.0.0.3 (private, RFC 1918)' } },
        { messageId: 'privateAddressOnly', line: 6, file: EXTERNAL, data: { fqdn: 'sbc4.contoso.com', addresses: 'fd00::4 (unique local, RFC 4193)' } },
        { messageId: 'noExternalAddress', line: 5, file: TOPOLOGY, data: { fqdn: 'sbc1.contoso.com', detail: 'it has none in any view' } },
        { messageId: 'noExternalAddress', line: 6, file: TOPOLOGY, data: { fqdn: 'sbc2.contoso.com', detail: 'only the internal view has it: 10.0.0.2' } },
      ],
    },
    {
      name: 'no zone of the external view: said once for every SBC',
      zones: { [INTERNAL]: zone(...header(), 'sbc1 IN A 10.0.0.1') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com }', '{ fqdn: sbc2.contoso.com }']),
        [CERTIFICATES]: certificatesManifest(publicCertificate('sbcs', ['sbc1.contoso.com', 'sbc2.contoso.com'])),
      },
      errors: [
        { messageId: 'notChecked', line: 5, file: TOPOLOGY, data: { reason: 'no zone of the external view is in the estate, so the public address records of sbc1.contoso.com, sbc2.contoso.com were not checked' } },
      ],
    },
    {
      name: 'certificates: none naming the SBC, its own lacking the name, a private CA, an unknown issuer, an EC key',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.1', 'sbc2 IN A 131.107.155.2', 'sbc3 IN A 131.107.155.3', 'sbc4 IN A 131.107.155.4', 'sbc5 IN A 131.107.155.5') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com }', '{ fqdn: sbc2.contoso.com }', '{ fqdn: sbc3.contoso.com }', '{ fqdn: sbc4.contoso.com }', '{ fqdn: sbc5.contoso.com }']),
        [CERTIFICATES]: certificatesManifest(
          publicCertificate('pool', ['pool.contoso.com', '*.eu.contoso.com']), // lines 4-7
          publicCertificate('sbc2', ['sbc-2.contoso.com'], { usedBy: ['sbc2.contoso.com'] }), // lines 8-12
          { name: 'sbc3', sans: ['sbc3.contoso.com'], issuer: 'private', issuerName: 'CN=Contoso Issuing CA' }, // lines 13-16
          { name: 'sbc4', sans: ['sbc4.contoso.com'] }, // lines 17-18
          { name: 'sbc5', sans: ['sbc5.contoso.com'], issuer: 'public', key: { algorithm: 'ec', curve: 'prime256v1' } }, // lines 19-22
        ),
      },
      errors: [
        { messageId: 'certificateLacksName', line: 9, file: CERTIFICATES, data: { certificate: 'sbc2', fqdn: 'sbc2.contoso.com', sans: 'sbc-2.contoso.com' } },
        { messageId: 'privateCa', line: 15, file: CERTIFICATES, data: { certificate: 'sbc3', fqdn: 'sbc3.contoso.com', issuer: 'CN=Contoso Issuing CA' } },
        { messageId: 'unknownCa', line: 17, file: CERTIFICATES, severity: 'warning', data: { certificate: 'sbc4', fqdn: 'sbc4.contoso.com', issuer: 'issuer not named' } },
        { messageId: 'nonRsaKey', line: 22, file: CERTIFICATES, severity: 'warning', data: { certificate: 'sbc5', fqdn: 'sbc5.contoso.com', algorithm: 'EC (prime256v1)' } },
        { messageId: 'noCertificate', line: 5, file: TOPOLOGY, data: { fqdn: 'sbc1.contoso.com' } },
      ],
    },
    {
      name: 'the SBC\'s own certificate is judged before another naming it exactly',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com }']),
        [CERTIFICATES]: certificatesManifest(publicCertificate('spare', ['sbc1.contoso.com']), { name: 'installed', sans: ['*.contoso.com'], issuer: 'private', usedBy: ['sbc1.contoso.com'] }),
      },
      errors: [{ messageId: 'privateCa', line: 10, file: CERTIFICATES, data: { certificate: 'installed', issuer: 'a private CA' } }],
    },
    {
      name: 'GCC High and DoD tenants: SIP/TLS on 5061 only',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10') },
      files: { [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com, port: 5067 }']), [CERTIFICATES]: certificatesManifest(publicCertificate('sbc1', ['sbc1.contoso.com'])) },
      options: { cloud: 'dod' },
      errors: [{ messageId: 'port', line: 5, file: TOPOLOGY, data: { fqdn: 'sbc1.contoso.com', port: 5067, expected: '5061', why: 'Microsoft 365 DoD requires 5061' } }],
    },
    {
      name: 'ports restricted by the option: another port, and 5061 where the option wants another',
      zones: { [EXTERNAL]: external('sbc1 IN A 131.107.155.10', 'sbc2 IN A 131.107.155.11') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.contoso.com, port: 5060 }', '{ fqdn: sbc2.contoso.com, port: 5061 }']),
        [CERTIFICATES]: certificatesManifest(publicCertificate('sbcs', ['sbc1.contoso.com', 'sbc2.contoso.com'])),
      },
      options: { ports: [5067] },
      errors: [
        { messageId: 'port', line: 5, column: 31, file: TOPOLOGY, data: { fqdn: 'sbc1.contoso.com', port: 5060, expected: '5067', why: 'the ports option allows these' } },
        { messageId: 'port', line: 6, file: TOPOLOGY, data: { fqdn: 'sbc2.contoso.com', port: 5061, expected: '5067' } },
      ],
    },
  ],
});

describe('teams/direct-routing-sbc related locations', () => {
  /** `messageId file:line: related file:line message` for each finding of the rule. */
  async function relatedOf(testCase: Omit<RuleCase, 'name'>): Promise<string[]> {
    const result = await lintCase(rule, { name: 'related locations', ...testCase });
    return result.findings
      .filter((f) => f.ruleId === rule.id)
      .flatMap((f) => (f.related ?? []).map((r) => `${f.messageId} ${f.file}:${f.line}: ${r.file}:${r.line} ${r.message}`));
  }

  it('an SBC no certificate names points at the certificates that name hosts around it', async () => {
    const related = await relatedOf({
      zones: { [EXTERNAL]: external('sbc1.eu IN A 131.107.155.10') },
      files: {
        [TOPOLOGY]: topology(['{ fqdn: sbc1.eu.contoso.com }'], 'tenantDomains: [eu.contoso.com]'),
        [CERTIFICATES]: certificatesManifest(
          publicCertificate('one-level-up', ['*.contoso.com']), // lines 4-7
          publicCertificate('typo', ['sbc1.eu.contoso.co', 'sbc-1.eu.contoso.com']), // lines 8-11
          publicCertificate('fabrikam', ['*.fabrikam.com']), // lines 12-15
        ),
      },
    });
    expect(related).toEqual([
      `noCertificate ${TOPOLOGY}:5: ${CERTIFICATES}:5 certificate one-level-up names *.contoso.com`,
      `noCertificate ${TOPOLOGY}:5: ${CERTIFICATES}:9 certificate typo names sbc-1.eu.contoso.com`,
    ]);
  });

  it('a subdomain of a tenant domain points at the tenant domain; a private address at the SBC and the alias', async () => {
    const related = await relatedOf({
      zones: { [EXTERNAL]: external('sbc1.eu IN CNAME gw', 'gw IN A 192.168.1.10', 'gw IN A 10.1.1.10') },
      files: { [TOPOLOGY]: topology(['{ fqdn: sbc1.eu.contoso.com }']), [CERTIFICATES]: certificatesManifest(publicCertificate('sbc1', ['sbc1.eu.contoso.com'])) },
    });
    expect(related).toEqual([
      `privateAddressOnly ${EXTERNAL}:5: ${TOPOLOGY}:5 SBC sbc1.eu.contoso.com in the topology`,
      `privateAddressOnly ${EXTERNAL}:5: ${EXTERNAL}:4 sbc1.eu.contoso.com is an alias of gw.contoso.com`,
      `privateAddressOnly ${EXTERNAL}:5: ${EXTERNAL}:6 A 10.1.1.10`,
      `notInTenantDomain ${TOPOLOGY}:5: ${TOPOLOGY}:3 contoso.com is a tenant domain, but its subdomain eu.contoso.com must be registered itself`,
    ]);
  });
});
