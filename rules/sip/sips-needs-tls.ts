import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/model/names.js';
import { isClearTextSips } from '../../src/estate/sip.js';
import type { ZoneRecord } from '../../src/model/dns.js';

export default defineRule<Record<string, never>, 'clearTextPort'>({
  id: 'sip/sips-needs-tls',
  meta: {
    description: 'A sips service (_sips._tcp) never targets a clear-text SIP port',
    rationale: [
      'A `sips:` URI promises TLS on every hop (RFC 3261 26.2.2), and clients find the TLS servers of a domain',
      'at `_sips._tcp`. An SRV record there with port 5060 sends them to the clear-text listener: the TLS',
      'handshake fails, or a lenient client carries on in clear text, which the `sips` scheme exists to prevent.',
      '',
      '**Fix:** point `_sips._tcp` at the TLS port (5061, or the port the TLS listener uses).',
      '',
      'Any other port is where the domain\'s TLS listener is: the SRV port is authoritative (RFC 3263 4.2).',
      'sip/srv-port holds `_sips._tcp` to a port only when its `ports` option names the service.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 3261', section: '26.2.2 (SIPS URI scheme)' },
      { source: 'RFC 3263', section: '4.1 (SIPS and TLS)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      clearTextPort: 'SRV {{name}} is a sips service but targets {{target}} on port {{port}}, the clear-text SIP port',
    },
    examples: { invalid: '_sips._tcp IN SRV 0 0 5060 sip.contoso.com.', valid: '_sips._tcp IN SRV 0 0 5061 sip.contoso.com.' },
  },
  appliesTo: (estate) => estate.srvServices().some((s) => s.service.startsWith('_sips.')),
  check({ estate, report }) {
    for (const { record, service } of estate.srvServices()) {
      const srv = record as ZoneRecord<'SRV'>;
      if (srv.data.target === '.' || !isClearTextSips(service, srv.data.port)) continue;
      report({ node: srv, messageId: 'clearTextPort', data: { name: displayName(srv.name), target: displayName(srv.data.target), port: srv.data.port } });
    }
  },
});
