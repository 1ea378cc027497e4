import { defineRule } from '../../src/engine/rule.js';
import type { ZoneRecord } from '../../src/model/dns.js';
import { displayName } from '../../src/model/names.js';

export default defineRule<Record<string, never>, 'notAlone'>({
  id: 'sip/srv-null-target',
  meta: {
    description: 'An SRV record with target "." (service not available) is the only SRV record at its owner',
    rationale: [
      'RFC 2782 gives the target `.` one meaning: the service is decidedly not available at this domain.',
      'Publishing it next to real SRV records for the same service says both "not available" and "available',
      'here", and clients differ in which answer they believe. The usual cause is a placeholder left behind',
      'after the service was deployed.',
      '',
      '**Fix:** remove the `.` record when the service is offered, or remove the other records when it is not.',
      '',
      'Reported as information: the other records still work with most clients.',
    ].join('\n'),
    severity: 'info',
    recommended: true,
    families: 'all',
    citations: [{ source: 'RFC 2782', section: 'The format of the SRV RR (Target ".")' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      notAlone: 'SRV {{name}} has target "." (service not available) but {{others}} other SRV record(s) at the same name offer the service',
    },
    examples: {
      invalid: '_sip._tls IN SRV 0 0 0 .\n_sip._tls IN SRV 0 0 443 sip.contoso.com.',
      valid: '_sip._tls IN SRV 0 0 0 .',
    },
  },
  appliesTo: (estate) => {
    for (const srv of estate.eachRecord('SRV')) if (srv.data.target === '.') return true;
    return false;
  },
  check({ estate, report }) {
    for (const srv of estate.eachRecord('SRV')) {
      if (srv.data.target !== '.') continue;
      // Only records of the same zone file count: another view is another answer.
      const others = estate
        .recordsAt(srv.name, 'SRV')
        .filter((other: ZoneRecord<'SRV'>) => other.zone === srv.zone && other.data.target !== '.');
      if (others.length === 0) continue;
      report({
        node: srv,
        messageId: 'notAlone',
        data: { name: displayName(srv.name), others: others.length },
        related: others.map((other) => ({ node: other, message: `offers the service at ${displayName(other.data.target)}` })),
      });
    }
  },
});
