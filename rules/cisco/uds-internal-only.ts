import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/estate/names.js';

export default defineRule<Record<string, never>, 'external'>({
  id: 'cisco/uds-internal-only',
  meta: {
    description: 'The _cisco-uds._tcp SRV record (Unified CM service discovery) is never in public DNS',
    rationale: [
      'Jabber looks for `_cisco-uds._tcp` first: finding it means "you are inside, register with Unified CM',
      'directly". Published in the external view, it tells clients on the Internet that they are inside, so',
      'they skip Expressway remote access and fail to sign in, and it discloses the internal Unified CM servers.',
      '',
      '**Fix:** keep `_cisco-uds._tcp` in the internal zone only; publish `_collab-edge._tls` outside.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    products: ['cisco'],
    citations: [{ source: 'Cisco Jabber planning guide', section: 'Service discovery: _cisco-uds internal, _collab-edge external' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      external: 'SRV {{name}} is in the external view; Jabber on the Internet would take itself for inside and skip remote access',
    },
    examples: { invalid: '; uclint-view: external\n_cisco-uds._tcp IN SRV 0 0 8443 cucm.contoso.com.', valid: '; uclint-view: internal\n_cisco-uds._tcp IN SRV 0 0 8443 cucm.contoso.com.' },
  },
  appliesTo: (estate) => estate.srvServices().some((s) => s.service === '_cisco-uds._tcp'),
  check({ estate, report }) {
    for (const { record, service } of estate.srvServices()) {
      if (service === '_cisco-uds._tcp' && record.zone.view === 'external') report({ node: record, messageId: 'external', data: { name: displayName(record.name) } });
    }
  },
});
