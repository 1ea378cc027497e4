import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/model/names.js';

/** Services Jabber looks up to learn that it is inside: Unified CM (UDS) and, for older deployments, Unified Presence. */
const INSIDE_SERVICES = new Set(['_cisco-uds._tcp', '_cuplogin._tcp']);

export default defineRule<Record<string, never>, 'external'>({
  id: 'cisco/uds-internal-only',
  meta: {
    description: 'The _cisco-uds._tcp and _cuplogin._tcp SRV records (Jabber on-premises discovery) are never in public DNS',
    rationale: [
      'Jabber looks for `_cisco-uds._tcp` (Unified CM) and `_cuplogin._tcp` (Cisco Unified Presence, IM and',
      'Presence) first: finding either means "you are inside, sign in to the servers directly". Published in the',
      'external view, they tell clients on the Internet that they are inside, so they skip Expressway remote',
      'access and fail to sign in, and they disclose the internal servers. Cisco\'s Jabber DNS configuration',
      'guide puts both on the internal name servers only, and `_collab-edge._tls` on the public ones.',
      '',
      '**Fix:** keep `_cisco-uds._tcp` and `_cuplogin._tcp` in the internal zone only; publish `_collab-edge._tls` outside.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['cisco'],
    citations: [
      { source: 'Cisco Jabber planning guide', section: 'Service discovery: _cisco-uds internal, _collab-edge external' },
      { source: 'Cisco Jabber DNS configuration guide', section: 'Service (SRV) records: _cisco-uds and _cuplogin on the internal name server' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      external: 'SRV {{name}} is in the external view; Jabber on the Internet would take itself for inside and skip remote access',
    },
    examples: { invalid: '; uclint-view: external\n_cisco-uds._tcp IN SRV 0 0 8443 cucm.contoso.com.', valid: '; uclint-view: internal\n_cisco-uds._tcp IN SRV 0 0 8443 cucm.contoso.com.' },
  },
  appliesTo: (estate) => estate.srvServices().some((s) => INSIDE_SERVICES.has(s.service)),
  check({ estate, report }) {
    for (const { record, service } of estate.srvServices()) {
      if (INSIDE_SERVICES.has(service) && record.zone.view === 'external') report({ node: record, messageId: 'external', data: { name: displayName(record.name) } });
    }
  },
});
