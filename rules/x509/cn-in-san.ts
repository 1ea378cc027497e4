import { defineRule } from '../../src/engine/rule.js';
import { certificateField, hasNoSan, hostName, isLeafCertificate, presentedNameMatches } from '../../src/model/certificate.js';
import { addressRange } from '../../src/model/ip-ranges.js';
import { displayName } from '../../src/model/names.js';
import { ucServerCertificates } from '../../src/estate/published-names.js';

/** A host name a TLS client could connect by (a CN such as "Contoso Edge" names nobody). */
const HOST_NAME = /^[a-z0-9*]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+\.?$/i;

export default defineRule<Record<string, never>, 'cnNotInSan' | 'noSan'>({
  id: 'x509/cn-in-san',
  meta: {
    description: 'The subject common name of a server certificate with SANs is also one of them; a certificate without SANs covers every name its role needs',
    rationale: [
      'TLS clients match the host they connect to against the subject alternative names; the subject common',
      'name is ignored whenever the certificate has a SAN extension (RFC 6125 6.4.4, and every current browser',
      'and Windows client). A certificate whose CN names the pool or Edge but whose SAN list forgot it fails for',
      'exactly the clients that connect by that name. Lync and Skype for Business documentation asks for the',
      'subject name to be repeated as the first SAN for this reason. A CN that is an IPv4 or IPv6 address is',
      'covered by the same address among the SAN IP addresses (in any spelling).',
      '',
      'A certificate with no SAN at all is matched on its CN, which is correct where one name is all the server',
      'needs: the Skype for Business internal Edge certificate is specified with a subject name and no SAN.',
      'It is reported only when clients also reach the server by another name: a name the zones send Lync or',
      'Skype for Business clients to (sign-in SRV targets, `sip.<domain>` under strict DNS naming, discovery',
      'names and simple URLs) that leads to a host presenting the certificate. Role names the topology asks',
      'for (the pool FQDN, each Edge name) are lync/cert-roles\' findings.',
      '',
      'CA certificates are not server certificates and are skipped.',
      '',
      '**Fix:** reissue the certificate with the common name also listed as a SAN (a DNS name, or an IP address',
      'for an address), and with every other name clients use.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 6125', section: '6.4.4 (Checking of common names: only when there is no SAN)' },
      { source: 'RFC 2818', section: '3.1 (Server identity)' },
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'Certificate planning: Edge certificate table (internal Edge: subject name, no SAN)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      cnNotInSan: 'certificate {{name}}: common name {{cn}} is not among its subject alternative names ({{sans}}); TLS clients ignore the CN',
      noSan: 'certificate {{name}} has no subject alternative names, so TLS matches it on its common name {{cn}} alone; clients also reach it as {{names}}',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    subject: CN=pool.contoso.com\n    sans: [fe01.contoso.com, fe02.contoso.com]',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: pool\n    subject: CN=pool.contoso.com\n    sans: [pool.contoso.com, fe01.contoso.com, fe02.contoso.com]\n  - name: edge-internal\n    subject: CN=sfbedge.contoso.net\n    sans: []',
    },
  },
  appliesTo: (estate) => estate.certificates.some((c) => c.commonName !== undefined),
  check({ estate, report }) {
    let reached: ReturnType<typeof ucServerCertificates> | undefined;
    for (const certificate of estate.certificates) {
      const cn = certificate.commonName;
      if (!cn || !isLeafCertificate(certificate)) continue;
      const address = addressRange(cn);
      if (address === undefined && !HOST_NAME.test(cn)) continue;
      const node = certificateField(certificate, 'sans', 'subject');
      if (hasNoSan(certificate)) {
        // Matched on the CN: a finding only where clients reach the server by a name the CN does not cover.
        reached ??= ucServerCertificates(estate);
        const others = [...new Set((reached.get(certificate)?.names ?? []).map((n) => displayName(n.name)))].filter((name) => !presentedNameMatches(cn, name));
        if (others.length > 0) report({ node, messageId: 'noSan', data: { name: certificate.name, cn, names: others.join(', ') } });
        continue;
      }
      // A manifest that does not list SANs says nothing about them.
      if (certificate.sans === undefined) continue;
      const covered =
        address === undefined
          ? // A wildcard SAN that covers the CN serves clients connecting by the CN just as well.
            certificate.sans.dns.some((san) => hostName(san) === hostName(cn) || presentedNameMatches(san, cn))
          : certificate.sans.ip.some((ip) => {
              const range = addressRange(ip);
              return range !== undefined && range.family === address.family && range.first === address.first;
            });
      if (!covered) report({ node, messageId: 'cnNotInSan', data: { name: certificate.name, cn, sans: [...certificate.sans.dns, ...certificate.sans.ip].join(', ') } });
    }
  },
});
