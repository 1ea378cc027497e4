import { defineRule } from '../../src/engine/rule.js';
import type { ZoneFile } from '../../src/model/dns.js';
import { displayName } from '../../src/model/names.js';
import { nonPublicRangeOf } from '../../src/estate/addresses.js';

export default defineRule<Record<string, never>, 'nonPublicAddress'>({
  id: 'dns/private-address-external',
  meta: {
    description: 'Address records in the external view hold public addresses only',
    rationale: [
      'Public DNS answers clients on the Internet. An address from a private (RFC 1918), shared (RFC 6598,',
      'carrier-grade NAT), loopback, link-local or IPv6 unique-local range cannot be reached from there: an',
      'external client that resolves `sip`, `av` or a simple URL to such an address times out instead of',
      'reaching the edge or reverse proxy, and the record discloses the internal addressing plan. It usually',
      'means an internal record was copied into the external zone of a split-brain pair.',
      '',
      'VPN clients that must reach the edge and reverse proxy outside the tunnel depend on these names',
      'resolving to the public addresses too.',
      '',
      'Only zones of the external view are checked; zones of unknown view are reported as not checked.',
      '',
      'An SRV record whose target has such an address (an Expressway-E\'s `_collab-edge._tls`, an Access Edge\'s',
      '`_sip._tls`) is not reported again: the fault is the address record, reported here, and cisco/collab-edge',
      'leaves it to this rule.',
      '',
      '**Fix:** publish the public (NAT or edge) address in the external zone, and keep the private address in',
      'the internal zone only.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 1918', section: '3 (Private address space)' },
      { source: 'RFC 6598', section: '7 (Shared address space)' },
      { source: 'RFC 4193', section: '3 (Unique local IPv6 unicast addresses)' },
      { source: 'Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel', section: 'Specialized DNS Entries' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      nonPublicAddress: '{{name}} {{type}} {{address}} is a {{kind}} address ({{network}}, {{reference}}) in the external view; Internet clients cannot reach it',
    },
    examples: {
      invalid: '; uclint-view: external\nav IN A 10.0.20.34',
      valid: '; uclint-view: external\nav IN A 167.55.49.34',
    },
  },
  appliesTo: (estate) => estate.hasRecords('A') || estate.hasRecords('AAAA'),
  check({ estate, report, notChecked }) {
    const unknownViewZones = new Set<ZoneFile>();
    for (const type of ['A', 'AAAA'] as const) {
      for (const record of estate.eachRecord(type)) {
        const view = record.zone.view;
        if (view === 'internal') continue;
        const range = nonPublicRangeOf(record.data.address);
        if (!range) continue;
        if (view === 'unknown') {
          if (!unknownViewZones.has(record.zone)) {
            unknownViewZones.add(record.zone);
            notChecked(record.zone, 'the zone\'s view (internal or external) is unknown, so its non-public addresses were not judged');
          }
          continue;
        }
        report({
          node: record,
          messageId: 'nonPublicAddress',
          data: {
            name: displayName(record.name),
            type,
            address: record.data.address,
            kind: range.kind,
            network: range.network,
            reference: range.reference,
          },
        });
      }
    }
  },
});
