/**
 * The rules that read the deployment's shape read it from Topology Builder's document alone, with
 * no kind: Topology manifest: SIP domains, Edge addresses and external FQDNs.
 */
import { runRuleTests } from '../helpers/rule-tester.js';
import discoveryRecords from '../../rules/lync/discovery-records.js';
import ucAddresses from '../../rules/vpn/uc-addresses-excluded.js';
import certCovers from '../../rules/lync/cert-covers-published-names.js';
import { header, zone } from './support/zones.js';
import { certificatesManifest } from './support/certificates.js';
import { tbxml } from './support/topology-builder.js';

const TB = 'topology/contoso.tbxml';
const twoDomains = tbxml({ domains: ['contoso.com', 'fabrikam.com'] });

/** A domain's zones with its documented discovery records. */
const discovery = (origin: string) => ({
  [`dns/internal/${origin}zone`]: zone(...header(origin), `_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.`),
  [`dns/external/${origin}zone`]: zone(...header(origin), `_sip._tls IN SRV 0 0 443 sip.${origin}`, `sip IN A 131.107.0.10`, `lyncdiscover IN A 131.107.0.20`),
});

runRuleTests(discoveryRecords, {
  valid: [{ name: 'every SIP domain of the Topology Builder document has its records in both views', zones: { ...discovery('contoso.com.'), ...discovery('fabrikam.com.') }, files: { [TB]: twoDomains } }],
  invalid: [
    {
      name: 'a SIP domain of the Topology Builder document without its external sign-in records',
      zones: { ...discovery('contoso.com.'), 'dns/internal/fabrikam.com.zone': discovery('fabrikam.com.')['dns/internal/fabrikam.com.zone'], 'dns/external/fabrikam.com.zone': zone(...header('fabrikam.com.'), 'www IN A 131.107.0.30') },
      files: { [TB]: twoDomains },
      errors: [
        { messageId: 'missingRecord', line: 3, file: 'dns/external/fabrikam.com.zone', data: { domain: 'fabrikam.com', record: '_sip._tls.fabrikam.com' } },
        { messageId: 'missingRecord', line: 3, data: { record: 'lyncdiscover.fabrikam.com' } },
        { messageId: 'missingRecord', line: 3, data: { record: 'sip.fabrikam.com' } },
      ],
    },
  ],
});

const profile = (include: string) => `apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\ninclude: ${include}\n`;

runRuleTests(ucAddresses, {
  valid: [{ name: 'the Edge\'s public addresses outside the tunnel', files: { [TB]: tbxml(), 'vpn.yml': profile('[10.0.0.0/8]') } }],
  invalid: [
    {
      name: 'a route that captures the Web Conferencing Edge address of the Topology Builder document',
      files: { [TB]: tbxml(), 'vpn.yml': profile('[10.0.0.0/8, 131.107.0.11/32]') },
      errors: [{ messageId: 'captured', line: 5, file: 'vpn.yml', data: { address: '131.107.0.11', role: 'Web Conferencing Edge', name: 'webconf.contoso.com' } }],
    },
  ],
});

/** The external view publishes the Edge's names (lines 4-6). */
const external = zone(...header(), 'sip IN A 131.107.0.10', 'webconf IN A 131.107.0.11', 'av IN A 131.107.0.12');

runRuleTests(certCovers, {
  valid: [
    {
      name: 'the Edge certificate names the Access and Web Conferencing Edge FQDNs of the Topology Builder document',
      zones: { 'dns/external/contoso.com.zone': external },
      files: { [TB]: tbxml(), 'certificates.yml': certificatesManifest({ name: 'edge', subject: 'CN=sip.contoso.com', sans: ['sip.contoso.com', 'webconf.contoso.com'], usedBy: ['sip.contoso.com'] }) },
    },
  ],
  invalid: [
    {
      name: 'the Web Conferencing Edge FQDN the topology publishes is not on the Edge certificate',
      zones: { 'dns/external/contoso.com.zone': external },
      files: { [TB]: tbxml(), 'certificates.yml': certificatesManifest({ name: 'edge', subject: 'CN=sip.contoso.com', sans: ['sip.contoso.com'], usedBy: ['sip.contoso.com', 'webconf.contoso.com'] }) },
      errors: [{ messageId: 'notCovered', line: 5, file: 'dns/external/contoso.com.zone', data: { name: 'webconf.contoso.com', why: 'Web Conferencing Edge external FQDN in the topology' } }],
    },
  ],
});
