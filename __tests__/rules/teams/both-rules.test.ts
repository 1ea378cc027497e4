/**
 * teams/online-records and teams/hybrid-consistency divide a domain's records between them:
 * whatever the estate, no record is reported by both, and a domain wholly on-premises by neither.
 */
import { describe, expect, it } from '@jest/globals';
import { lintCase, type RuleCase } from '../../helpers/rule-tester.js';
import onlineRecords from '../../../rules/teams/online-records.js';
import hybridConsistency from '../../../rules/teams/hybrid-consistency.js';
import { header, zone } from '../support/zones.js';
import { FABRIKAM_ONLINE, ON_PREMISES } from '../support/teams-zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

/** Every mix of online, on-premises, wrong and missing records the rules meet, in both views. */
const MIXED = zone(
  ...header(),
  '_sip._tls IN SRV 100 1 5061 sipdir.online.lync.com.',
  '_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com.',
  'sip IN A 167.55.49.32',
  'lyncdiscover IN CNAME webdir.online.gov.skypeforbusiness.us.',
  'access IN A 167.55.49.33',
);
const INTERNAL_ON_PREMISES = zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'pool IN A 192.168.1.10');

const ESTATES: Array<[string, RuleCase]> = [
  ['mixed, no product', { name: '', zones: { [EXTERNAL]: MIXED, [INTERNAL]: INTERNAL_ON_PREMISES } }],
  ['mixed, Teams', { name: '', zones: { [EXTERNAL]: MIXED, [INTERNAL]: INTERNAL_ON_PREMISES }, settings: { product: 'teams' } }],
  ['mixed, Skype for Business Server', { name: '', zones: { [EXTERNAL]: MIXED, [INTERNAL]: INTERNAL_ON_PREMISES }, settings: { product: 'sfb2015' } }],
  ['mixed, declared online', { name: '', zones: { [EXTERNAL]: MIXED }, options: { domains: ['contoso.com'] } }],
  ['mixed, no views', { name: '', zones: { 'dns/contoso.com.zone': MIXED } }],
  ['on-premises with one record online', { name: '', zones: { [EXTERNAL]: ON_PREMISES.replace('lyncdiscover IN CNAME proxy.contoso.com.', 'lyncdiscover IN CNAME webdir.online.lync.com.') } }],
];

/** What teams/hybrid-consistency reports in each estate: none is empty, so the overlap check below has something to compare. */
const HYBRID_LINES: Record<string, string[]> = {
  'mixed, no product': [`${EXTERNAL}:5`, `${INTERNAL}:4`],
  'mixed, Teams': [`${EXTERNAL}:5`, `${INTERNAL}:4`],
  'mixed, Skype for Business Server': [`${EXTERNAL}:4`, `${EXTERNAL}:7`],
  'mixed, declared online': [`${EXTERNAL}:5`],
  'mixed, no views': ['dns/contoso.com.zone:5'],
  'on-premises with one record online': [`${EXTERNAL}:7`],
};

/** What teams/online-records reports: the wrong online records (port 5061, sip as an A record, GCC High lyncdiscover), none where the domain is on-premises. */
const ONLINE_LINES: Record<string, string[]> = {
  'mixed, no product': [`${EXTERNAL}:4`, `${EXTERNAL}:6`, `${EXTERNAL}:7`],
  'mixed, Teams': [`${EXTERNAL}:4`, `${EXTERNAL}:6`, `${EXTERNAL}:7`],
  'mixed, Skype for Business Server': [],
  'mixed, declared online': [`${EXTERNAL}:4`, `${EXTERNAL}:6`, `${EXTERNAL}:7`],
  'mixed, no views': ['dns/contoso.com.zone:4', 'dns/contoso.com.zone:6', 'dns/contoso.com.zone:7'],
  'on-premises with one record online': [],
};

async function reportedLines(testCase: RuleCase): Promise<{ online: string[]; hybrid: string[] }> {
  const lines = async (rule: typeof onlineRecords | typeof hybridConsistency, options?: Record<string, unknown>) =>
    (await lintCase(rule, { ...testCase, options })).findings.filter((f) => f.ruleId === rule.id && f.severity !== 'info').map((f) => `${f.file}:${f.line}`);
  return { online: await lines(onlineRecords, testCase.options), hybrid: await lines(hybridConsistency) };
}

describe('teams/online-records and teams/hybrid-consistency together', () => {
  it.each(ESTATES)('never report one record twice: %s', async (name, testCase) => {
    const { online, hybrid } = await reportedLines(testCase);
    expect(hybrid).toEqual(HYBRID_LINES[name]);
    expect(online).toEqual(ONLINE_LINES[name]);
    expect(online.filter((line) => hybrid.includes(line))).toEqual([]);
  });

  it('split the mixed domain of a Teams deployment: the on-premises records to one, the wrong online ones to the other', async () => {
    const { online, hybrid } = await reportedLines(ESTATES[1][1]);
    expect(hybrid).toEqual([`${EXTERNAL}:5`, `${INTERNAL}:4`]);
    // _sip._tls's port, sip's address record and lyncdiscover's cloud.
    expect(online).toEqual([`${EXTERNAL}:4`, `${EXTERNAL}:6`, `${EXTERNAL}:7`]);
  });

  it('report nothing for a domain wholly on-premises, in either view', async () => {
    const { online, hybrid } = await reportedLines({ name: '', zones: { [EXTERNAL]: ON_PREMISES, [INTERNAL]: INTERNAL_ON_PREMISES } });
    expect([online, hybrid]).toEqual([[], []]);
  });

  it('report nothing for a correct online tenant', async () => {
    const { online, hybrid } = await reportedLines({ name: '', zones: { 'external/fabrikam.com.zone': FABRIKAM_ONLINE } });
    expect([online, hybrid]).toEqual([[], []]);
  });
});
