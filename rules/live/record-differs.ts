import { defineRule } from '../../src/engine/rule.js';
import { committedNotServed } from '../../src/estate/live-drift.js';

export default defineRule<Record<string, never>, 'differs'>({
  id: 'live/record-differs',
  meta: {
    description: 'The DNS serves the committed data for each discovery record (uclint probe)',
    rationale: [
      'A record served with other data than the repository holds (`_sipfederationtls._tcp` still pointing',
      'on-premises after the repository moved it to Microsoft 365, an SRV on another port, an address changed',
      'at the DNS host) sends clients and partners somewhere the files do not describe, and every check of the',
      'files judges the wrong thing.',
      '',
      'The rule runs only in `uclint probe`: for each name and type asked that the DNS answers with records,',
      'it reports each committed record whose data is not among them (TTLs are not compared), naming what is',
      'served. When the DNS serves no record of the type at all, that is `live/record-not-served`; a served',
      'record beside all the committed ones is `live/record-not-committed`.',
      '',
      '**Fix:** make the DNS serve what the repository holds (deploy the zone), or commit what is served if the',
      'change at the DNS host was meant.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Skype for Business Server: DNS requirements', section: 'DNS records for external and internal clients' },
      { source: 'Microsoft 365: Create DNS records at any DNS hosting provider', section: 'SRV and CNAME records for Teams and Skype for Business Online' },
    ],
    messages: {
      differs: '{{name}} {{type}} {{data}} is committed, but the DNS ({{servers}}) serves {{served}}',
    },
  },
  appliesTo: (estate) => estate.live !== undefined,
  check({ estate, report }) {
    for (const { record, data } of committedNotServed(estate, true)) report({ node: record, messageId: 'differs', data });
  },
});
