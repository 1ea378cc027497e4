import { defineRule } from '../../src/engine/rule.js';
import type { DnsName, ZoneRecord } from '../../src/model/dns.js';
import { displayName, labelsOf } from '../../src/model/names.js';
import { joinedServiceLabel, serviceLabelProblem, srvLabelsForPort } from '../../src/model/service-labels.js';

/** Services whose protocol label is always `_tcp` (Lync, Skype for Business, XMPP, SIP over TLS). */
const TCP_SERVICES = new Set(['_sipfederationtls', '_sipinternaltls', '_sipinternal', '_xmpp-server', '_sips']);

/** `_sip._tls.contoso.com` for a record at `contoso.com` (no labels) or `_sipfederationtls.contoso.com` (no protocol). */
function meantName(record: ZoneRecord<'SRV'>, problem: 'no-service-labels' | 'no-protocol-label'): string | undefined {
  const labels = labelsOf(record.name);
  if (problem === 'no-service-labels') {
    // The labels go below the zone's name (a host name such as `sip.contoso.com` is not the SIP domain).
    const meant = srvLabelsForPort(record.data.port, record.zone.view);
    const domain = record.zone.origin;
    return meant === undefined || domain === undefined ? undefined : `${meant}.${displayName(domain)}`;
  }
  const service = labels[0];
  const protocol = TCP_SERVICES.has(service) ? '_tcp' : service === '_sip' && record.data.port === 443 ? '_tls' : undefined;
  return protocol === undefined ? undefined : `${service}.${protocol}.${displayName(labels.slice(1).join('.') + '.')}`;
}

export default defineRule<Record<string, never>, 'noServiceLabels' | 'noProtocolLabel'>({
  id: 'dns/srv-owner-labels',
  meta: {
    description: 'An SRV record is published at `_service._protocol.<domain>`, not at the zone apex or a host name',
    rationale: [
      'Clients find an SRV record by asking for `_service._protocol.<domain>` (RFC 2782): Teams and Skype for',
      'Business clients ask for `_sip._tls.<sip domain>`, federation partners for `_sipfederationtls._tcp.<sip',
      'domain>`. An SRV record at the zone apex, at a host name, or with its protocol label missing',
      '(`_sipfederationtls.contoso.com`) is at a name nobody asks for: the service cannot be discovered. DNS as',
      'code makes this slip when a record-set name is left empty or `@` (the apex) instead of `_sip._tls`.',
      '',
      'The message names the labels the record was meant for when its port says it: 443 is `_sip._tls`, 5061',
      '`_sipfederationtls._tcp` in an external zone and `_sipinternaltls._tcp` in an internal one, 5269',
      '`_xmpp-server._tcp`. A leftmost label that joins service and protocol with `_` (`_sip_tls`) is',
      'dns/service-label-underscore\'s finding.',
      '',
      '**Fix:** publish the record at `_service._protocol.<domain>`.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 2782', section: 'The format of the SRV RR (Service, Proto, Name)' },
      { source: 'Microsoft 365 DNS records for Teams and Skype for Business Online', section: 'SRV records _sip._tls and _sipfederationtls._tcp' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      noServiceLabels: 'SRV {{name}} ({{data}}) is not at a `_service._protocol` name, so no client finds it{{fix}}',
      noProtocolLabel: 'SRV {{name}} ({{data}}) has a service label but no `_protocol` label after it, so no client finds it{{fix}}',
    },
    examples: {
      invalid: '$ORIGIN contoso.com.\n@ IN SRV 100 1 443 sipdir.online.lync.com.',
      valid: '$ORIGIN contoso.com.\n_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
    },
  },
  appliesTo: (estate) => estate.hasRecords('SRV'),
  check({ estate, report }) {
    for (const record of estate.eachRecord('SRV') as Iterable<ZoneRecord<'SRV'>>) {
      if (joinedServiceLabel(record.name) !== undefined) continue;
      const problem = serviceLabelProblem(record.name);
      if (problem === undefined) continue;
      const meant = meantName(record, problem);
      report({
        node: record,
        messageId: problem === 'no-service-labels' ? 'noServiceLabels' : 'noProtocolLabel',
        data: {
          name: displayName(record.name as DnsName),
          data: `${record.data.priority} ${record.data.weight} ${record.data.port} ${displayName(record.data.target)}`,
          fix: meant === undefined ? '' : `: publish it at ${meant}`,
        },
      });
    }
  },
});
