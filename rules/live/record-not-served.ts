import { defineRule } from '../../src/engine/rule.js';
import { committedNotServed } from '../../src/estate/live-drift.js';

export default defineRule<Record<string, never>, 'notServed'>({
  id: 'live/record-not-served',
  meta: {
    description: 'Every committed discovery record is served by the DNS (uclint probe)',
    rationale: [
      'Clients and federation partners find SIP servers through the DNS as it is served, not as the',
      'repository holds it. A record committed but not served (a zone not deployed, a record deleted by',
      'hand at the DNS host, a change waiting in an unmerged branch of the DNS provider) means sign-in,',
      'federation or mobility fails while the files look right.',
      '',
      'The rule runs only in `uclint probe`: it compares each name and type the probe asked about with the',
      'committed records of that name and type in the view the DNS servers answer for (`--view`,',
      'default external), and reports each committed record when the DNS serves no record of the type there.',
      'Names in no committed zone are not compared. Served records that differ are `live/record-differs`.',
      '',
      '**Fix:** deploy the zone (or the record) to the DNS servers, or remove the record from the repository',
      'if it is no longer meant to exist.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Skype for Business Server: DNS requirements', section: 'DNS records for external and internal clients' },
      { source: 'RFC 3263', section: '4.2 (SRV lookup)' },
    ],
    messages: {
      notServed: '{{name}} {{type}} {{data}} is committed but not served: the DNS ({{servers}}) answers {{served}}',
    },
  },
  appliesTo: (estate) => estate.live !== undefined,
  check({ estate, report }) {
    for (const { record, data } of committedNotServed(estate, false)) report({ node: record, messageId: 'notServed', data });
  },
});
