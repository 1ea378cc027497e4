import { defineRule } from '../../src/engine/rule.js';
import { listOf } from '../../src/core/words.js';
import { displayName } from '../../src/model/names.js';
import { directionPhrase, discoveryName, discoveryOf, m365DomainsToJudge, mayPointOnline, unjudgedZonesOf } from '../../src/estate/m365-discovery.js';

export default defineRule<Record<string, never>, 'splitDomain'>({
  id: 'teams/hybrid-consistency',
  meta: {
    description: 'A SIP domain points all its discovery records either to Microsoft 365 or on-premises, never some each way',
    rationale: [
      'Clients, federation partners and Microsoft 365 itself find where a SIP domain is served from its discovery',
      'records. In a hybrid (split-domain) deployment every external record points on-premises, and Microsoft 365',
      'reaches online users through federation with the on-premises Edge; once the migration is complete, every',
      'record points to Microsoft 365 and the internal Skype for Business records are removed. A domain with some',
      'records online and others on-premises is a migration left half done: clients sign in to one side while',
      'partners federate with the other, and Microsoft 365 reads `lyncdiscover` to decide whether the tenant still',
      'has servers on-premises.',
      '',
      'Records judged: `lyncdiscover`, `_sip._tls`, `_sipfederationtls._tcp` and `sip` in the external view (in',
      'an estate whose zones mark no view, in those zones), and `lyncdiscoverinternal`, `_sipinternaltls._tcp`',
      'and split-brain copies of the external names in the internal view. A record points online when its target,',
      'or a name its CNAME chain inside the estate reaches, is a Microsoft 365 service host (any cloud); any other',
      'target is on-premises. An address record (`sip IN A ...`), an SRV target `.` and a target that does not',
      'exist in the estate\'s zone (a Microsoft 365 host written without its final dot, dns/dangling-target\'s',
      'finding) point neither way.',
      '',
      'Each record that goes against the domain\'s direction is reported once, naming the records that point the',
      'other way (also given as related locations). The direction is the deployment\'s product when it says',
      '(`teams`: online; Lync or Skype for Business Server: on-premises), else the majority of the records; on a',
      'tie, the first of `lyncdiscover`, `_sip._tls`, `_sipfederationtls._tcp`, `sip` (external, then internal)',
      'that points somewhere decides. teams/online-records does not judge the records reported here, and leaves a',
      'split domain whose direction is on-premises to this rule entirely, so one record is never reported twice.',
      'Zones of unknown view in an estate with views are not judged (an info finding says so). A record that two',
      'declarations of DNS as code give with different values (two Terraform resources, two tools) points',
      'nowhere known, since the last applied wins: that is dns/record-set-conflict\'s finding.',
      '',
      '**Fix:** point the reported records the same way as the others, or, if the domain has moved, the others',
      'the same way as these; remove the internal Skype for Business records of a domain that is wholly online.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    // A migration to Microsoft 365 starts from Lync Server 2010 or later, so their presets look for a half-moved domain too.
    families: ['lync', 'teams'],
    citations: [
      { source: 'MicrosoftDocs OfficeDocs-SkypeForBusiness, plan-hybrid-connectivity.md', section: 'DNS settings (all external records point on-premises in hybrid)' },
      {
        source: 'MicrosoftDocs OfficeDocs-SkypeForBusiness, cloud-consolidation-disabling-hybrid.md',
        section: 'Update DNS to point to Microsoft 365; remove the internal Skype for Business records',
      },
      { source: 'MicrosoftDocs OfficeDocs-SkypeForBusiness, configure-hybrid-connectivity.md', section: 'DNS implications for on-premises organizations that become hybrid (LyncDiscover)' },
      { source: 'MicrosoftDocs microsoft-365-docs, create-dns-records-at-any-dns-hosting-provider.md', section: 'These records do not apply to hybrid deployments' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      splitDomain: '{{name}} points {{direction}} ({{target}}), while {{others}} {{verb}} {{otherDirection}}: {{domain}} must not be split between Microsoft 365 and on-premises servers ({{reason}})',
    },
    examples: {
      invalid: [
        '; uclint-view: external',
        '$ORIGIN contoso.com.',
        '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
        'sip IN CNAME sipdir.online.lync.com.',
        'lyncdiscover IN CNAME webdir.online.lync.com.',
        '_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com.',
      ].join('\n'),
      valid: [
        '; uclint-view: external',
        '$ORIGIN contoso.com.',
        '_sip._tls IN SRV 0 0 443 access.contoso.com.',
        '_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com.',
        'sip IN CNAME access.contoso.com.',
        'lyncdiscover IN CNAME proxy.contoso.com.',
      ].join('\n'),
    },
  },
  appliesTo: (estate) => estate.zones.length > 0,
  check({ estate, report, notChecked }) {
    for (const domain of m365DomainsToJudge(estate)) {
      for (const zone of unjudgedZonesOf(estate, domain)) {
        notChecked(zone, 'the zone\'s view (internal or external) is unknown, so whether its SIP discovery records agree was not judged');
      }
      // A domain is split only when some record points online.
      if (!mayPointOnline(estate, domain)) continue;
      const { reference, records, disagreeing } = discoveryOf(estate, domain);
      if (!reference) continue;
      const agreeing = records.filter((r) => r.direction === reference.direction);
      const otherNames = [...new Set(agreeing.map(discoveryName))];
      const others = listOf(otherNames);
      const verb = otherNames.length === 1 ? 'points' : 'point';
      for (const wrong of disagreeing) {
        report({
          node: wrong.record,
          messageId: 'splitDomain',
          data: {
            name: discoveryName(wrong),
            direction: directionPhrase(wrong.direction ?? reference.direction),
            target: wrong.target,
            others,
            verb,
            otherDirection: directionPhrase(reference.direction),
            domain: displayName(domain),
            reason: reference.reason,
          },
          related: agreeing.map((r) => ({ node: r.record, message: `${discoveryName(r)} points ${directionPhrase(reference.direction)} (${r.target})` })),
        });
      }
    }
  },
});
