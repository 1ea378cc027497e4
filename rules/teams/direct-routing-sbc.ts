import { defineRule } from '../../src/engine/rule.js';
import type { Located } from '../../src/core/types.js';
import type { DnsName } from '../../src/model/dns.js';
import { certificateField, hostName, isLeafCertificate, issuerInWords, issuerKindOf, presentedNameMatches, sanCovering, type Certificate } from '../../src/model/certificate.js';
import { canonicalName, displayName, isAtOrBelow, parentName } from '../../src/model/names.js';
import { nonPublicRangeOf } from '../../src/estate/addresses.js';
import type { Estate } from '../../src/estate/estate.js';
import type { Topology } from '../../src/model/topology.js';
import { DEFAULT_M365_CLOUD, M365_CLOUDS, M365_CLOUD_NAMES, type M365CloudName } from '../../src/estate/data/m365-clouds.js';

/** Clouds whose Direct Routing connects to the SBC on 5061 only ("Plan Direct Routing", SIP Signaling: Ports). */
const PORT_5061_CLOUDS: ReadonlySet<M365CloudName> = new Set(['gcc-high', 'dod']);

type MessageId =
  | 'onmicrosoftDomain'
  | 'notInTenantDomain'
  | 'noExternalAddress'
  | 'privateAddressOnly'
  | 'noCertificate'
  | 'certificateLacksName'
  | 'privateCa'
  | 'unknownCa'
  | 'nonRsaKey'
  | 'port';

type Sbc = Topology['sbcs'][number];

/** How many certificates naming nearby names a finding lists as related locations. */
const MAX_NEARBY_CERTIFICATES = 5;

export default defineRule<{ ports?: number[]; cloud?: M365CloudName }, MessageId>({
  id: 'teams/direct-routing-sbc',
  meta: {
    description: 'A Direct Routing SBC has an FQDN in a tenant domain, a public address in external DNS, and a public-CA certificate naming it (and SIP/TLS on 5061 in GCC High and DoD)',
    rationale: [
      'Teams Direct Routing pairs a session border controller with the Microsoft 365 tenant by its FQDN, and',
      'the SIP proxies of Microsoft 365 connect to that FQDN over SIP/TLS. The pairing and every call fail',
      'unless:',
      '',
      '- the FQDN lies directly under a domain registered in the tenant (`sbc1.contoso.com` for `contoso.com`;',
      '  `sbc1.eu.contoso.com` needs `eu.contoso.com` registered itself), and never under the tenant\'s',
      '  default `*.onmicrosoft.com` domain;',
      '- public DNS resolves it to a public address (A or AAAA in the external view);',
      '- the certificate the SBC presents names the FQDN in its SANs, exactly or by a single-label wildcard',
      '  (`*.contoso.com` covers `sbc1.contoso.com`, not `sbc1.eu.contoso.com`), and comes from a public CA',
      '  Microsoft trusts;',
      '- the SIP proxies connect to the SIP/TLS port defined on the SBC (topology `sbcs[].port`, 5061 when',
      '  absent): any port in worldwide and GCC tenants, 5061 only in GCC High and DoD (the `cloud` option says',
      '  which cloud the tenant is in, default worldwide). The `ports` option restricts the accepted ports',
      '  further where a deployment wants that.',
      '',
      'Microsoft\'s certificate requirements for the SBC are written for RSA keys of 2048 bits or more and',
      'name no other key type, so an EC or EdDSA key is a warning: it may fail the TLS handshake with the',
      'SIP proxies.',
      '',
      'SBCs come from the topology (`sbcs`). Tenant domains are the SIP domains (config `settings.sipDomains`,',
      'the topology\'s `sipDomains`, or the `_sip*` SRV owners) and the topology\'s `tenantDomains`. Of the',
      'certificates in the estate that name the FQDN (in a SAN, exactly or by wildcard, or as the CN of a certificate',
      'without SANs), the rule judges one: those whose `usedBy` names the SBC',
      'first, then those without `usedBy`, then other hosts\'; in each, an exact SAN before a wildcard.',
      'When nothing says whether its issuer is public (a committed file without a manifest entry stating',
      '`issuer`), the finding is a warning; with no certificate in the estate at all, the rule says once that it',
      'could not check them. Expiry and RSA key size are x509/expiry\'s and x509/key-size\'s',
      'findings, for every certificate, so this rule does not repeat them. Without zones of the external view,',
      'or without any known tenant domain, the rule says once what it could not check.',
      '',
      '**Fix:** name the SBC under a registered tenant domain (not onmicrosoft.com), publish its public',
      'address in external DNS, and install a public-CA certificate with an RSA key that names the FQDN (in GCC',
      'High and DoD, listen for SIP/TLS on 5061).',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['teams'],
    citations: [
      { source: 'Plan Direct Routing', section: 'SBC domain names; Public trusted certificate for the SBC; SIP Signaling: Ports (defined on the SBC; 5061 in GCC High and DoD)' },
      { source: 'Connect your Session Border Controller (SBC) to Direct Routing' },
      { source: 'RFC 6125', section: '6.4.3 (Checking of wildcard certificates)' },
    ],
    options: {
      type: 'object',
      properties: {
        cloud: { enum: [...M365_CLOUD_NAMES], default: DEFAULT_M365_CLOUD, description: 'The Microsoft 365 cloud the tenant is in (GCC uses worldwide): GCC High and DoD require SIP/TLS on 5061.' },
        ports: {
          type: 'array',
          items: { type: 'integer', minimum: 1, maximum: 65535 },
          minItems: 1,
          uniqueItems: true,
          description: 'SIP/TLS ports an SBC may listen on, where a deployment restricts them (default: any port, 5061 only in GCC High and DoD).',
        },
      },
      additionalProperties: false,
    },
    messages: {
      onmicrosoftDomain: 'SBC {{fqdn}} is under {{domain}}, the tenant\'s default domain; Direct Routing does not pair an SBC named under *.onmicrosoft.com',
      notInTenantDomain: 'SBC {{fqdn}} is not directly under a tenant domain: {{domain}} is not among the known tenant domains ({{known}}); register {{domain}} in the tenant, or name the SBC under one of them',
      noExternalAddress: 'SBC {{fqdn}} has no A or AAAA record in the external view ({{detail}}); the Microsoft 365 SIP proxies cannot reach it',
      privateAddressOnly: 'SBC {{fqdn}} resolves in the external view only to non-public addresses: {{addresses}}; the Microsoft 365 SIP proxies cannot reach it',
      noCertificate: 'no certificate in the estate names SBC {{fqdn}} (in its SANs, exactly or by a single-label wildcard, or as the CN of a certificate without SANs); Direct Routing refuses its TLS connection',
      certificateLacksName: 'certificate {{certificate}}, used by SBC {{fqdn}}, does not name it in its SANs ({{sans}}); Direct Routing refuses its TLS connection',
      privateCa: 'certificate {{certificate}} of SBC {{fqdn}} is issued by {{issuer}}, not a public CA; Direct Routing accepts only certificates from public CAs',
      unknownCa: 'whether the issuer of certificate {{certificate}} of SBC {{fqdn}} ({{issuer}}) is a public CA is not known; Direct Routing accepts only public CAs: state `issuer: public` in a Certificates manifest entry',
      nonRsaKey: 'certificate {{certificate}} of SBC {{fqdn}} has a non-RSA key ({{algorithm}}); Direct Routing\'s certificate requirements name RSA keys only',
      port: 'SBC {{fqdn}} listens for SIP/TLS on port {{port}}, not {{expected}} ({{why}})',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Topology\nsipDomains: [contoso.com]\nsbcs:\n  - { fqdn: sbc1.contoso.onmicrosoft.com, port: 5067 }',
      valid: 'apiVersion: uclint/v1\nkind: Topology\nsipDomains: [contoso.com]\nsbcs:\n  - { fqdn: sbc1.contoso.com, port: 5067 }',
    },
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.sbcs.length > 0),
  check({ estate, options, report, notChecked }) {
    const sbcs = estate.topologies.flatMap((t) => t.sbcs);
    const names = sbcs.map((s) => s.fqdn.value).join(', ');
    const tenantDomains = estate.tenantDomains();
    if (tenantDomains.size === 0) {
      notChecked(sbcs[0], `no tenant or SIP domain is known (topology sipDomains or tenantDomains, settings.sipDomains), so whether ${names} lie under a tenant domain was not judged`);
    }
    const externalView = estate.zones.some((z) => z.view === 'external');
    if (!externalView) {
      notChecked(sbcs[0], `no zone of the external view is in the estate, so the public address records of ${names} were not checked`);
    }
    // Certificates are often kept out of the repository: with none at all, none naming an SBC is no finding.
    const anyCertificate = estate.certificates.some(isLeafCertificate);
    if (!anyCertificate) {
      notChecked(sbcs[0], `no certificate is in the estate, so the certificates of ${names} were not checked`);
    }
    const cloud = options.cloud ?? DEFAULT_M365_CLOUD;
    // The SBC defines its port; GCC High and DoD connect to 5061 only, and the option may restrict it.
    const allowed = options.ports
      ? { ports: options.ports, why: 'the ports option allows these' }
      : PORT_5061_CLOUDS.has(cloud)
        ? { ports: [5061], why: `${M365_CLOUDS[cloud].title} requires 5061` }
        : undefined;
    for (const sbc of sbcs) {
      const fqdn = hostName(sbc.fqdn.value);
      checkDomain(sbc, fqdn);
      if (allowed && sbc.port && !allowed.ports.includes(sbc.port.value)) {
        report({ node: sbc.port, messageId: 'port', data: { fqdn, port: sbc.port.value, expected: allowed.ports.join(' or '), why: allowed.why } });
      }
      if (externalView) checkAddress(sbc, fqdn);
      if (anyCertificate) checkCertificate(sbc, fqdn);
    }

    function checkDomain(sbc: Sbc, fqdn: string): void {
      const name = canonicalName(fqdn);
      if (isAtOrBelow(name, 'onmicrosoft.com.')) {
        const tenantDomain = name === 'onmicrosoft.com.' ? name : defaultDomainOf(name);
        report({ node: sbc.fqdn, messageId: 'onmicrosoftDomain', data: { fqdn, domain: displayName(tenantDomain) } });
        return;
      }
      if (tenantDomains.size === 0) return;
      const domain = parentName(name) as DnsName;
      if (tenantDomains.has(domain)) return;
      const known = [...tenantDomains].map(displayName).sort();
      // The registered domain the FQDN lies deeper below: where the subdomain would have to be added.
      const above = estate.topologies
        .flatMap((t) => [...t.sipDomains, ...t.tenantDomains])
        .filter((d) => isAtOrBelow(domain, canonicalName(d.value)));
      report({
        node: sbc.fqdn,
        messageId: 'notInTenantDomain',
        data: { fqdn, domain: displayName(domain), known: known.join(', ') },
        related: above.map((d) => ({ node: d, message: `${d.value} is a tenant domain, but its subdomain ${displayName(domain)} must be registered itself` })),
      });
    }

    function checkAddress(sbc: Sbc, fqdn: string): void {
      const external = estate.resolve(fqdn, { view: 'external' });
      if (external.outcome === 'outside') {
        notChecked(sbc.fqdn, `no zone of the external view holds ${displayName(external.finalName)}, so the public address of SBC ${fqdn} was not checked`);
        return;
      }
      if (external.outcome === 'unread') {
        notChecked(sbc.fqdn, `the records of ${displayName(external.finalName)} in the external view could not be read, so the public address of SBC ${fqdn} was not checked`);
        return;
      }
      const related = external.chain.map((c) => ({ node: c as Located, message: `${displayName(c.name)} is an alias of ${displayName(c.data.target)}` }));
      if (external.addresses.length > 0) {
        if (external.addresses.some((a) => nonPublicRangeOf(a.data.address) === undefined)) return;
        const [first, ...others] = external.addresses;
        report({
          node: first,
          messageId: 'privateAddressOnly',
          data: { fqdn, addresses: external.addresses.map((a) => describeNonPublic(a.data.address)).join(', ') },
          related: [{ node: sbc.fqdn, message: `SBC ${fqdn} in the topology` }, ...related, ...others.map((a) => ({ node: a, message: `${a.type} ${a.data.address}` }))],
        });
        return;
      }
      const internal = estate.resolve(fqdn, { view: 'internal' }).addresses;
      const detail =
        external.outcome === 'loop'
          ? 'its CNAME chain loops'
          : internal.length > 0
            ? `only the internal view has it: ${internal.map((a) => a.data.address).join(', ')}`
            : `it has none in any view`;
      const zones = estate.zonesFor(external.finalName, { view: 'external' });
      report({
        node: sbc.fqdn,
        messageId: 'noExternalAddress',
        data: { fqdn, detail },
        related: [...related, ...zones.map((z) => ({ node: z, message: `the external zone ${displayName(z.origin as DnsName)} holds no address for ${displayName(external.finalName)}` })), ...internal.map((a) => ({ node: a, message: `internal ${a.type} ${a.data.address}` }))],
      });
    }

    function checkCertificate(sbc: Sbc, fqdn: string): void {
      const assigned: Certificate[] = [];
      let judged: { certificate: Certificate; rank: number } | undefined;
      for (const certificate of estate.certificates) {
        if (!isLeafCertificate(certificate)) continue;
        const used = certificate.usedBy.includes(fqdn);
        if (used) assigned.push(certificate);
        const san = sanCovering(certificate, fqdn);
        if (san === undefined) continue;
        // The SBC's own certificates, then those said to be nobody's, then other hosts'; in each an
        // exact name before a wildcard; on a tie the first in the estate's order.
        const rank = (used ? 0 : certificate.usedBy.length === 0 ? 2 : 4) + (san.includes('*') ? 1 : 0);
        if (judged === undefined || rank < judged.rank) judged = { certificate, rank };
      }
      if (judged === undefined) {
        reportUncovered(sbc, fqdn, assigned);
        return;
      }
      const { certificate } = judged;
      const data = { certificate: certificate.name, fqdn };
      const related = [{ node: sbc.fqdn, message: `SBC ${fqdn} in the topology` }];
      const kind = issuerKindOf(certificate);
      if (kind === 'private') {
        report({ node: certificateField(certificate, 'issuerKind'), messageId: 'privateCa', data: { ...data, issuer: issuerInWords(certificate) }, related });
      } else if (kind === undefined) {
        report({ node: certificateField(certificate, 'issuer'), messageId: 'unknownCa', severity: 'warning', data: { ...data, issuer: certificate.issuer ?? 'issuer not named' }, related });
      }
      const algorithm = certificate.key?.algorithm;
      if (algorithm !== undefined && algorithm !== 'rsa' && algorithm !== 'rsa-pss') {
        report({ node: certificateField(certificate, 'key'), messageId: 'nonRsaKey', severity: 'warning', data: { ...data, algorithm: keyInWords(certificate) }, related });
      }
    }

    /** No certificate names the SBC: on the certificates said to be its own, else on the SBC. */
    function reportUncovered(sbc: Sbc, fqdn: string, assigned: Certificate[]): void {
      const stated = assigned.filter((c) => c.sans !== undefined);
      for (const certificate of assigned) {
        if (certificate.sans === undefined) notChecked(certificate, `certificate ${certificate.name} of SBC ${fqdn} states no SANs, so whether it names the SBC was not checked`);
      }
      for (const certificate of stated) {
        const sans = certificate.sans?.dns.join(', ') || 'no DNS names';
        report({ node: certificateField(certificate, 'sans'), messageId: 'certificateLacksName', data: { certificate: certificate.name, fqdn, sans }, related: [{ node: sbc.fqdn, message: `SBC ${fqdn} in the topology` }] });
      }
      if (assigned.length > 0) return;
      report({ node: sbc.fqdn, messageId: 'noCertificate', data: { fqdn }, related: nearbyCertificates(estate, fqdn) });
    }
  },
});

/** `contoso.onmicrosoft.com.` for any name at or below it. */
function defaultDomainOf(name: DnsName): DnsName {
  let domain = name;
  for (let parent = parentName(domain); parent !== undefined && parent !== 'onmicrosoft.com.'; parent = parentName(parent)) domain = parent;
  return domain;
}

function describeNonPublic(address: string): string {
  const range = nonPublicRangeOf(address);
  return range ? `${address} (${range.kind}, ${range.reference})` : address;
}

function keyInWords(certificate: Certificate): string {
  const key = certificate.key;
  if (!key) return 'unknown';
  const names: Record<string, string> = { ec: 'EC', ed25519: 'Ed25519', ed448: 'Ed448', dsa: 'DSA' };
  const name = names[key.algorithm] ?? key.algorithm;
  return key.curve ? `${name} (${key.curve})` : name;
}

/**
 * Certificates whose SANs name hosts in the SBC's domain or around it (a sibling, the domain
 * itself, a wildcard one level off): usually the certificate meant for the SBC, with a typo
 * or at the wrong level. One pass over the certificates, made only for a finding.
 */
function nearbyCertificates(estate: Estate, fqdn: string): Array<{ node: Located; message: string }> {
  const domain = parentName(canonicalName(fqdn)) as DnsName;
  const found: Array<{ node: Located; message: string }> = [];
  for (const certificate of estate.certificates) {
    if (found.length === MAX_NEARBY_CERTIFICATES) break;
    const near = (certificate.sans?.dns ?? []).filter((san) => {
      if (presentedNameMatches(san, fqdn)) return false;
      const base = canonicalName(san.replace(/^\*\./, ''));
      return parentName(base) !== '.' && (isAtOrBelow(base, domain) || isAtOrBelow(domain, base));
    });
    if (near.length > 0) found.push({ node: certificateField(certificate, 'sans'), message: `certificate ${certificate.name} names ${near.join(', ')}` });
  }
  return found;
}
