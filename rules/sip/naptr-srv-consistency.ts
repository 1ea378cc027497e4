import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/model/names.js';
import type { ZoneRecord } from '../../src/model/dns.js';

/** RFC 3263 4.1 / RFC 3261 NAPTR services and the SRV service each must replace to. */
const SERVICE_TO_SRV: Record<string, string> = { 'sip+d2u': '_sip._udp', 'sip+d2t': '_sip._tcp', 'sips+d2t': '_sips._tcp', 'sip+d2s': '_sip._sctp', 'sips+d2s': '_sips._sctp' };

export default defineRule<Record<string, never>, 'wrongService' | 'noSrv' | 'flags' | 'regexpAndReplacement'>({
  id: 'sip/naptr-srv-consistency',
  meta: {
    description: 'SIP NAPTR records (RFC 3263) replace to the SRV owner of their transport, which exists, with flag S',
    rationale: [
      'RFC 3263 clients that find NAPTR records for a SIP domain pick a transport by the service field',
      '(`SIP+D2U` UDP, `SIP+D2T` TCP, `SIPS+D2T` TLS) and then look up the SRV records at the replacement',
      'name. A replacement that names another transport\'s owner (`SIPS+D2T` to `_sip._tcp`) silently downgrades',
      'TLS to clear text; one that names an owner with no SRV records ends discovery there; and a SIP NAPTR',
      'record must carry flag `S` (the next lookup is SRV) with an empty regexp, since a replacement and a',
      'regexp together are not allowed (RFC 3403).',
      '',
      'Replacements are looked up in the zones of the same view; replacements in zones the estate does not hold',
      'are not judged.',
      '',
      '**Fix:** point each NAPTR record at `_sip._udp`, `_sip._tcp` or `_sips._tcp` of the domain, as its service',
      'says, with flag `S`, and publish those SRV records.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'RFC 3263', section: '4.1 (Selecting a transport protocol)' },
      { source: 'RFC 3403', section: '4.1 (NAPTR: regexp and replacement are mutually exclusive)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      wrongService: 'NAPTR {{name}} service {{service}} replaces to {{replacement}}; that service\'s SRV owner is {{expected}}',
      noSrv: 'NAPTR {{name}} service {{service}} replaces to {{replacement}}, which has no SRV records in this view',
      flags: 'NAPTR {{name}} service {{service}} has flags "{{flags}}"; a SIP NAPTR that leads to SRV records has flag S',
      regexpAndReplacement: 'NAPTR {{name}} has both a regexp and a replacement; RFC 3403 allows one of them',
    },
    examples: {
      invalid: '@ IN NAPTR 10 0 "s" "SIPS+D2T" "" _sip._tcp\n_sip._tcp IN SRV 0 0 5060 sip',
      valid: '@ IN NAPTR 10 0 "s" "SIPS+D2T" "" _sips._tcp\n_sips._tcp IN SRV 0 0 5061 sip',
    },
  },
  appliesTo: (estate) => estate.hasRecords('NAPTR'),
  check({ estate, report }) {
    for (const naptr of estate.records('NAPTR') as Array<ZoneRecord<'NAPTR'>>) {
      const service = naptr.data.service.toLowerCase();
      const srvService = SERVICE_TO_SRV[service];
      if (!srvService) continue;
      const data = { name: displayName(naptr.name), service: naptr.data.service, replacement: displayName(naptr.data.replacement) };
      if (naptr.data.flags.toLowerCase() !== 's') report({ node: naptr, messageId: 'flags', data: { ...data, flags: naptr.data.flags } });
      if (naptr.data.regexp !== '' && naptr.data.replacement !== '.') report({ node: naptr, messageId: 'regexpAndReplacement', data });
      if (naptr.data.replacement === '.') continue;
      // An owner in the `_service._proto` form must be the one of the NAPTR's transport (any domain).
      const replacement = naptr.data.replacement.toLowerCase();
      const replacedService = replacement.split('.').slice(0, 2).join('.');
      if (replacement.startsWith('_') && replacedService !== srvService) {
        report({ node: naptr, messageId: 'wrongService', data: { ...data, expected: displayName(`${srvService}.${naptr.name}`) } });
        continue;
      }
      const view = naptr.zone.view;
      if (!estate.holdsZoneFor(naptr.data.replacement, { view })) continue;
      if (estate.recordsAt(naptr.data.replacement, 'SRV', { view }).length === 0) report({ node: naptr, messageId: 'noSrv', data });
    }
  },
});
