import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/model/names.js';

export default defineRule<Record<string, never>, 'internalView'>({
  id: 'cisco/collab-edge',
  meta: {
    description: 'The _collab-edge._tls SRV record (Cisco Expressway mobile and remote access) is in public DNS only',
    rationale: [
      'Cisco Jabber outside the network finds Expressway-E through `_collab-edge._tls.<domain>`, and only in',
      'public DNS: the record must be in the external view (inside, the client would try remote access instead',
      'of registering directly with Unified CM), on port 8443 (the Expressway-E MRA port), and its target must',
      'resolve to a public address the Internet can reach.',
      '',
      'Jabber inside looks for `_cisco-uds._tcp` first and, when it resolves, signs in to Unified CM directly',
      '(Cisco Jabber DNS configuration guide): a `_collab-edge._tls` record in the internal view of a domain',
      'whose internal view also has `_cisco-uds._tcp` (split-brain DNS that copies the public zone) is',
      'harmless and not reported.',
      '',
      '**Fix:** publish `_collab-edge._tls` only in the external zone, port 8443, to the Expressway-E\'s public name.',
      '',
      'The port is sip/srv-port\'s finding (its map has `_collab-edge._tls` on 8443, and every preset, `uclint:cisco`',
      'included, keeps it on), so a wrong port is reported once. A private address of the Expressway-E in the',
      'external view is dns/private-address-external\'s finding, on the address record itself: the target is resolved',
      'in the external view, so every address this rule could report is one that rule reports already.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['cisco'],
    citations: [
      { source: 'Cisco Expressway MRA deployment guide', section: 'DNS records (_collab-edge._tls, port 8443, public DNS only)' },
      { source: 'Cisco Jabber DNS configuration guide', section: 'Service discovery order: _cisco-uds._tcp before _collab-edge._tls' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      internalView: 'SRV {{name}} is in the internal view; _collab-edge belongs in public DNS only, or Jabber inside tries remote access',
    },
    examples: { invalid: '; uclint-view: internal\n_collab-edge._tls IN SRV 0 0 8443 expe.contoso.com.', valid: '; uclint-view: external\n_collab-edge._tls IN SRV 0 0 8443 expe.contoso.com.' },
  },
  appliesTo: (estate) => estate.srvServices().some((s) => s.service === '_collab-edge._tls'),
  check({ estate, report }) {
    // Inside, a domain with _cisco-uds._tcp sends Jabber to Unified CM before it ever looks at _collab-edge.
    const withUds = new Set(estate.srvServices().filter((s) => s.service === '_cisco-uds._tcp' && s.record.zone.view === 'internal').map((s) => s.domain));
    for (const { record, service, domain } of estate.srvServices()) {
      if (service !== '_collab-edge._tls' || record.zone.view !== 'internal' || withUds.has(domain)) continue;
      report({ node: record, messageId: 'internalView', data: { name: displayName(record.name) } });
    }
  },
});
