import { describe, expect, it } from '@jest/globals';
import { lintCase, runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/teams/hybrid-consistency.js';
import { header, zone } from '../support/zones.js';
import { FABRIKAM_ONLINE, GCC_HIGH_ONLINE, ON_PREMISES } from '../support/teams-zones.js';
import { FORMATS_WITH_RECORD_SETS } from '../../helpers/record-sets-format.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

/** contoso.com half moved: the client records online, federation and lyncdiscover still on-premises (lines 4-7). */
const HALF_MOVED = zone(
  ...header(),
  '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
  '_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com.',
  'sip IN CNAME sipdir.online.lync.com.',
  'lyncdiscover IN CNAME proxy.contoso.com.',
  'access IN A 167.55.49.33',
  'proxy IN A 167.55.49.35',
);

const ONLINE_CONTOSO = FABRIKAM_ONLINE.replaceAll('fabrikam.com.', 'contoso.com.');

runRuleTests(rule, {
  valid: [
    {
      // Which of the two is published depends on which is applied last: dns/record-set-conflict's finding alone.
      name: 'a record two declarations of DNS as code give differently says no direction',
      formats: FORMATS_WITH_RECORD_SETS,
      files: {
        'external/contoso.sets': [
          'zone contoso.com',
          'sip CNAME sipdir.online.lync.com.',
          'lyncdiscover CNAME webdir.online.lync.com.',
          '_sip._tls SRV 100 1 443 sipdir.online.lync.com.',
          '_sipfederationtls._tcp SRV 100 1 5061 sipfed.online.lync.com.',
          'sip CNAME sip.contoso-legacy.com.',
        ].join('\n'),
      },
    },
    { name: 'a domain wholly online', zones: { 'external/fabrikam.com.zone': FABRIKAM_ONLINE } },
    { name: 'a domain wholly online in GCC High', zones: { 'external/fabrikam.com.zone': GCC_HIGH_ONLINE } },
    {
      name: 'a hybrid (split-domain) deployment: every record on-premises in both views',
      zones: {
        [EXTERNAL]: ON_PREMISES,
        [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'lyncdiscoverinternal IN CNAME pool.contoso.com.', 'sip IN A 192.168.1.10', 'pool IN A 192.168.1.10'),
      },
      settings: { product: 'sfb2015' },
    },
    { name: 'a domain wholly on-premises without a product', zones: { [EXTERNAL]: ON_PREMISES } },
    {
      // Written without final dots, two targets became sipfed.online.lync.com.fabrikam.com and
      // webdir.online.lync.com.fabrikam.com: names that do not exist (dns/dangling-target's), not on-premises
      // servers, so the two correct records are not reported as the odd ones out.
      name: 'targets that do not exist (Microsoft 365 hosts without their final dot) point neither way',
      zones: {
        'external/fabrikam.com.zone': FABRIKAM_ONLINE.replace('sipfed.online.lync.com.', 'sipfed.online.lync.com').replace(
          'webdir.online.lync.com.',
          'webdir.online.lync.com',
        ),
      },
    },
    {
      name: 'an address record points neither way',
      zones: { 'external/fabrikam.com.zone': FABRIKAM_ONLINE.replace('sip IN CNAME sipdir.online.lync.com.', 'sip IN A 52.112.1.1') },
    },
    {
      name: 'an SRV target "." points neither way',
      zones: { [EXTERNAL]: ON_PREMISES.replace('0 0 5061 access.contoso.com.', '0 0 0 .') },
    },
    {
      name: 'records of two clouds are both online',
      zones: { 'external/fabrikam.com.zone': FABRIKAM_ONLINE.replace('sip IN CNAME sipdir.online.lync.com.', 'sip IN CNAME sipdir.online.partner.lync.cn.') },
    },
    {
      name: 'a wholly online domain in an estate whose zones mark no view',
      zones: { 'dns/fabrikam.com.zone': FABRIKAM_ONLINE },
    },
  ],
  invalid: [
    {
      name: 'a domain half moved: the minority on-premises is reported',
      zones: { [EXTERNAL]: HALF_MOVED.replace('lyncdiscover IN CNAME proxy.contoso.com.', 'lyncdiscover IN CNAME webdir.online.lync.com.') },
      errors: [
        {
          messageId: 'splitDomain',
          line: 5,
          data: {
            name: '_sipfederationtls._tcp.contoso.com',
            direction: 'on-premises',
            target: 'access.contoso.com',
            others: 'lyncdiscover.contoso.com, _sip._tls.contoso.com and sip.contoso.com',
            verb: 'point',
            otherDirection: 'to Microsoft 365',
            domain: 'contoso.com',
            reason: 'most of its discovery records point to Microsoft 365',
          },
        },
      ],
    },
    {
      name: 'one record online in an on-premises domain',
      zones: { [EXTERNAL]: ON_PREMISES.replace('lyncdiscover IN CNAME proxy.contoso.com.', 'lyncdiscover IN CNAME webdir.online.lync.com.') },
      errors: [
        {
          messageId: 'splitDomain',
          line: 7,
          data: { name: 'lyncdiscover.contoso.com', direction: 'to Microsoft 365', others: '_sip._tls.contoso.com and _sipfederationtls._tcp.contoso.com', otherDirection: 'on-premises' },
        },
      ],
    },
    {
      name: 'a tie: lyncdiscover decides',
      zones: { [EXTERNAL]: HALF_MOVED },
      errors: [
        { messageId: 'splitDomain', line: 4, data: { name: '_sip._tls.contoso.com', direction: 'to Microsoft 365', reason: 'its records are evenly split, and lyncdiscover.contoso.com decides' } },
        { messageId: 'splitDomain', line: 6, data: { name: 'sip.contoso.com', others: 'lyncdiscover.contoso.com and _sipfederationtls._tcp.contoso.com' } },
      ],
    },
    {
      name: 'a Teams deployment: the on-premises records are the wrong ones, whatever the majority',
      zones: { [EXTERNAL]: ON_PREMISES.replace('lyncdiscover IN CNAME proxy.contoso.com.', 'lyncdiscover IN CNAME webdir.online.lync.com.') },
      settings: { product: 'teams' },
      errors: [
        { messageId: 'splitDomain', line: 4, data: { name: '_sip._tls.contoso.com', direction: 'on-premises', others: 'lyncdiscover.contoso.com', verb: 'points', reason: 'the deployment\'s product is teams' } },
        { messageId: 'splitDomain', line: 5, data: { name: '_sipfederationtls._tcp.contoso.com' } },
      ],
    },
    {
      name: 'a hybrid Skype for Business Server deployment: the online records are the wrong ones',
      zones: { [EXTERNAL]: HALF_MOVED.replace('lyncdiscover IN CNAME proxy.contoso.com.', 'lyncdiscover IN CNAME webdir.online.lync.com.') },
      settings: { product: 'sfb2015' },
      errors: [
        { messageId: 'splitDomain', line: 4, data: { name: '_sip._tls.contoso.com', direction: 'to Microsoft 365', otherDirection: 'on-premises' } },
        { messageId: 'splitDomain', line: 6, data: { name: 'sip.contoso.com' } },
        { messageId: 'splitDomain', line: 7, data: { name: 'lyncdiscover.contoso.com' } },
      ],
    },
    {
      name: 'a domain moved online that kept its internal records on-premises',
      zones: {
        [EXTERNAL]: ONLINE_CONTOSO,
        [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'lyncdiscoverinternal IN CNAME pool.contoso.com.', 'pool IN A 192.168.1.10'),
      },
      errors: [
        { messageId: 'splitDomain', line: 4, file: INTERNAL, data: { name: '_sipinternaltls._tcp.contoso.com (internal view)', direction: 'on-premises', target: 'pool.contoso.com' } },
        { messageId: 'splitDomain', line: 5, file: INTERNAL, data: { name: 'lyncdiscoverinternal.contoso.com (internal view)' } },
      ],
    },
    {
      name: 'targets are compared after following CNAMEs inside the estate',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
          '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
          'sip IN CNAME teams.contoso.com.',
          'lyncdiscover IN CNAME discover.contoso.com.',
          'teams IN CNAME sipdir.online.lync.com.',
          'discover IN CNAME proxy.contoso.com.',
          'proxy IN A 167.55.49.35',
        ),
      },
      errors: [{ messageId: 'splitDomain', line: 7, data: { name: 'lyncdiscover.contoso.com', target: 'discover.contoso.com', others: '_sip._tls.contoso.com, _sipfederationtls._tcp.contoso.com and sip.contoso.com' } }],
    },
    {
      name: 'a domain with only its CNAMEs, one of them on-premises',
      zones: { [EXTERNAL]: zone(...header(), 'sip IN CNAME sipdir.online.lync.com.', 'lyncdiscover IN CNAME proxy.contoso.com.', 'proxy IN A 167.55.49.35') },
      errors: [{ messageId: 'splitDomain', line: 4, data: { name: 'sip.contoso.com', reason: 'its records are evenly split, and lyncdiscover.contoso.com decides' } }],
    },
  ],
});

describe('teams/hybrid-consistency', () => {
  it('gives the records pointing the other way as related locations', async () => {
    const result = await lintCase(rule, { name: 'related', zones: { [EXTERNAL]: HALF_MOVED.replace('lyncdiscover IN CNAME proxy.contoso.com.', 'lyncdiscover IN CNAME webdir.online.lync.com.') } });
    const [finding] = result.findings.filter((f) => f.ruleId === rule.id);
    expect(finding.related?.map((r) => [r.file, r.line, r.message])).toEqual([
      [EXTERNAL, 7, 'lyncdiscover.contoso.com points to Microsoft 365 (webdir.online.lync.com)'],
      [EXTERNAL, 4, '_sip._tls.contoso.com points to Microsoft 365 (sipdir.online.lync.com)'],
      [EXTERNAL, 6, 'sip.contoso.com points to Microsoft 365 (sipdir.online.lync.com)'],
    ]);
    expect(finding.message).toBe(
      '_sipfederationtls._tcp.contoso.com points on-premises (access.contoso.com), while lyncdiscover.contoso.com, _sip._tls.contoso.com and sip.contoso.com point to Microsoft 365: contoso.com must not be split between Microsoft 365 and on-premises servers (most of its discovery records point to Microsoft 365)',
    );
  });

  it('judges a half-moved domain alike beside SIP domains without a discovery name', async () => {
    const ownOf = async (text: string) => (await lintCase(rule, { name: 'beside', zones: { [EXTERNAL]: text } })).findings.filter((f) => f.ruleId === rule.id);
    // Each `_sip._tcp` owner makes a SIP domain with none of the names the rule reads, as in a large generated zone.
    const besides = HALF_MOVED + zone('_sip._tcp.host-1 IN SRV 0 0 5060 access', '_sip._tcp.host-2 IN SRV 0 0 5060 access');
    const alone = await ownOf(HALF_MOVED);
    expect(alone.map((f) => f.line)).toEqual([4, 6]);
    expect(await ownOf(besides)).toEqual(alone);
  });

  it('says that a zone of unknown view was not judged, even for a SIP domain without a discovery name', async () => {
    const result = await lintCase(rule, {
      name: 'unknown view, no discovery name',
      zones: { 'dns/fabrikam.com.zone': zone(...header('fabrikam.com.'), '_sip._tcp IN SRV 0 0 5060 proxy', 'proxy IN A 167.55.49.40'), [EXTERNAL]: ON_PREMISES },
    });
    const own = result.findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => [f.file, f.line, f.severity, f.messageId])).toEqual([['dns/fabrikam.com.zone', 1, 'info', 'notChecked']]);
  });

  it('says once that a zone of unknown view was not judged', async () => {
    const result = await lintCase(rule, { name: 'unknown view', zones: { 'dns/contoso.com.zone': HALF_MOVED, [INTERNAL]: zone(...header()) } });
    const own = result.findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => [f.file, f.line, f.severity, f.messageId])).toEqual([['dns/contoso.com.zone', 1, 'info', 'notChecked']]);
  });
});
