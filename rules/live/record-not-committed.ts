import { defineRule } from '../../src/engine/rule.js';
import { answerDrifts } from '../../src/estate/live-drift.js';
import { displayName } from '../../src/model/names.js';
import { presentData } from '../../src/model/record-text.js';

export default defineRule<Record<string, never>, 'notCommitted'>({
  id: 'live/record-not-committed',
  meta: {
    description: 'Every discovery record the DNS serves for a committed zone is in the repository (uclint probe)',
    rationale: [
      'A record served but not in the repository was added by hand at the DNS host (or left behind when the',
      'repository removed it): nothing reviews it, no rule judges it in pull requests, and the next deployment',
      'of the zone may delete it without anyone noticing.',
      '',
      'The rule runs only in `uclint probe`, for names inside a zone the repository holds in the view the DNS',
      'servers answer for: it reports the served records of a name and type that no committed record matches,',
      'once per name and type, at the committed records of that name and type when there are some, else at the',
      'zone that should hold them. When some committed records are not served either, the change is reported',
      'as `live/record-differs` instead. Names in no committed zone are not judged: the repository does not',
      'claim them.',
      '',
      '**Fix:** commit the record (and let the rules judge it), or delete it at the DNS host.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: 'all',
    citations: [{ source: 'Skype for Business Server: DNS requirements', section: 'DNS records for external and internal clients' }],
    messages: {
      notCommitted: 'the DNS ({{servers}}) serves {{name}} {{type}} {{data}}, which the repository does not hold',
    },
  },
  appliesTo: (estate) => estate.live !== undefined,
  check({ estate, report }) {
    const servers = estate.live?.servers.join(', ') ?? '';
    for (const drift of answerDrifts(estate)) {
      if (drift.notCommitted.length === 0 || drift.notServed.length > 0) continue;
      const node = drift.committed[0] ?? { loc: drift.answer.anchor };
      report({
        node,
        messageId: 'notCommitted',
        data: { name: displayName(drift.answer.name), type: drift.answer.type, data: drift.notCommitted.map(presentData).join(', '), servers },
      });
    }
  },
});
