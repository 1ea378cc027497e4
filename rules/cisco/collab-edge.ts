import { defineRule } from '../../src/engine/rule.js';
import { nonPublicRangeOf } from '../../src/estate/addresses.js';
import { displayName } from '../../src/estate/names.js';
import type { ZoneRecord } from '../../src/loaders/zone/model.js';

export default defineRule<Record<string, never>, 'internalView' | 'privateTarget'>({
  id: 'cisco/collab-edge',
  meta: {
    description: 'The _collab-edge._tls SRV record (Cisco Expressway mobile and remote access) is in public DNS only, to a public address',
    rationale: [
      'Cisco Jabber outside the network finds Expressway-E through `_collab-edge._tls.<domain>`, and only in',
      'public DNS: the record must be in the external view (inside, the client would try remote access instead',
      'of registering directly with Unified CM), on port 8443 (the Expressway-E MRA port), and its target must',
      'resolve to a public address the Internet can reach.',
      '',
      '**Fix:** publish `_collab-edge._tls` only in the external zone, port 8443, to the Expressway-E\'s public name.',
      '',
      'The port is sip/srv-port\'s finding (its map has `_collab-edge._tls` on 8443, and every preset, `uclint:cisco`',
      'included, keeps it on), so a wrong port is reported once.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    products: ['cisco'],
    citations: [{ source: 'Cisco Expressway MRA deployment guide', section: 'DNS records (_collab-edge._tls, port 8443, public DNS only)' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      internalView: 'SRV {{name}} is in the internal view; _collab-edge belongs in public DNS only, or Jabber inside tries remote access',
      privateTarget: 'SRV {{name}} targets {{target}}, which resolves to {{address}} ({{kind}}) in the external view; Internet clients cannot reach it',
    },
    examples: { invalid: '; uclint-view: internal\n_collab-edge._tls IN SRV 0 0 8443 expe.contoso.com.', valid: '; uclint-view: external\n_collab-edge._tls IN SRV 0 0 8443 expe.contoso.com.' },
  },
  appliesTo: (estate) => estate.srvServices().some((s) => s.service === '_collab-edge._tls'),
  check({ estate, report }) {
    for (const { record, service } of estate.srvServices()) {
      if (service !== '_collab-edge._tls') continue;
      const srv = record as ZoneRecord<'SRV'>;
      const name = displayName(srv.name);
      if (srv.zone.view === 'internal') {
        report({ node: srv, messageId: 'internalView', data: { name } });
        continue;
      }
      if (srv.data.target === '.') continue;
      if (srv.zone.view !== 'external') continue;
      for (const address of estate.resolve(srv.data.target, { view: 'external' }).addresses) {
        const range = nonPublicRangeOf(address.data.address);
        if (range) report({ node: srv, messageId: 'privateTarget', data: { name, target: displayName(srv.data.target), address: address.data.address, kind: range.kind } });
      }
    }
  },
});
