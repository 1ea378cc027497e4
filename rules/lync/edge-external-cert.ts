import { defineRule } from '../../src/engine/rule.js';
import { certificateField, issuerInWords, issuerKindOf, sanCovering } from '../../src/model/certificate.js';
import { displayName } from '../../src/model/names.js';
import { ucServerCertificates } from '../../src/estate/published-names.js';
import { lyncSipDomains } from '../../src/estate/lync-domains.js';

export default defineRule<Record<string, never>, 'privateCa' | 'missingSipName' | 'wildcardSubject'>({
  id: 'lync/edge-external-cert',
  meta: {
    description: 'The Edge external certificate is from a public CA, names sip.{domain} for every SIP domain, and has no wildcard subject',
    rationale: [
      'The external interface of the Access Edge is what remote users, federated partners and public IM',
      'connectivity connect to. Its certificate must come from a public CA those parties trust (public IM',
      'connectivity needs a public CA already in the Live Communications Server 2005 MTLS certificates article),',
      'carry the Access Edge FQDN and the Web Conferencing Edge FQDN, and `sip.<domain>` for every SIP domain,',
      'because clients of each domain sign in through that',
      'name; and its subject must be a real FQDN, never a wildcard. One certificate and key are shared by',
      'every Edge server of the pool.',
      '',
      'The Edge external certificate is the one presented at the targets of `_sip._tls` and',
      '`_sipfederationtls._tcp` in the external view. Its issuer is judged when known: a manifest\'s',
      '`issuer: public | private`, or a self-signed file (private). The Web Conferencing Edge FQDN is not',
      'known without a topology; lync/cert-covers-published-names checks the names the DNS publishes (and',
      'reports a missing `sip.<domain>` that the DNS sends clients to at this Edge, so this rule does not).',
      '',
      'The SIP domains are those Lync-family servers serve (see lync/discovery-records): a domain whose records',
      'point at Microsoft 365, or a Cisco or plain SIP domain, signs in elsewhere and needs no name here.',
      '',
      '**Fix:** request the Edge external certificate from a public CA with every SIP domain\'s `sip.<domain>`',
      'in its SANs and the Access Edge FQDN as its subject.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'Live Communications Server 2005: MTLS certificates for servers, pools and access proxies (Microsoft support article)', section: 'Access proxy and public IM connectivity certificates' },
      { source: 'Skype for Business Server: Edge Server environmental requirements', section: 'Certificate planning: Edge certificate table (external Edge)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      privateCa: 'Edge external certificate {{name}} (at {{host}}) is issued by {{issuer}}, not a public CA; remote users and federated partners do not trust it',
      missingSipName: 'Edge external certificate {{name}} (at {{host}}) does not name sip.{{domain}}; clients of {{domain}} sign in through that name',
      wildcardSubject: 'Edge external certificate {{name}} (at {{host}}) has the wildcard subject {{cn}}; the Edge needs its FQDN as the subject',
    },
    examples: {
      language: 'yaml',
      invalid:
        'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    subject: CN=access.contoso.com\n    sans: [access.contoso.com, webconf.contoso.com]\n    issuer: private\n    usedBy: [access.contoso.com]',
      valid:
        'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    subject: CN=access.contoso.com\n    sans: [access.contoso.com, webconf.contoso.com, sip.contoso.com, sip.fabrikam.com]\n    issuer: public\n    usedBy: [access.contoso.com]',
    },
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, report }) {
    const domains = [...lyncSipDomains(estate)].map(displayName);
    for (const [certificate, { names }] of ucServerCertificates(estate)) {
      const edge = names.find((n) => n.role === 'edge' && n.view === 'external' && n.record.type === 'SRV');
      if (!edge) continue;
      const host = displayName(edge.name);
      const data = { name: certificate.name, host };
      if (issuerKindOf(certificate) === 'private') {
        report({ node: certificateField(certificate, 'issuerKind'), messageId: 'privateCa', data: { ...data, issuer: issuerInWords(certificate) } });
      }
      if (certificate.commonName?.includes('*')) {
        report({ node: certificateField(certificate, 'subject'), messageId: 'wildcardSubject', data: { ...data, cn: certificate.commonName } });
      }
      if (certificate.sans === undefined) continue;
      // A sip.<domain> that DNS sends clients to here is lync/cert-covers-published-names' finding, on the record.
      const publishedHere = new Set(names.map((n) => displayName(n.name)));
      for (const domain of domains) {
        if (sanCovering(certificate, `sip.${domain}`) === undefined && !publishedHere.has(`sip.${domain}`)) {
          report({ node: certificateField(certificate, 'sans'), messageId: 'missingSipName', data: { ...data, domain } });
        }
      }
    }
  },
});
