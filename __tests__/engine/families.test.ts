/**
 * The engine runs a rule only for an estate of a family it is about, says why once in the
 * rule's outcome, and leaves out the messages that are about fewer families than the rule.
 * Then two documented estates of other families than Lync's, through lint() as a run goes.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Estate, type EstateSettings } from '../../src/estate/estate.js';
import { parseZone } from '../../src/formats/zone/loader.js';
import { defineRule, type AnyRule } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run.js';
import { lint } from '../../src/lint.js';
import { RULES } from '../../src/rules.generated.js';
import { familiesOf } from '../../src/model/products.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const now = new Date('2026-11-20T00:00:00Z');

function estateOf(records: string[], settings: EstateSettings = {}): Estate {
  const { zone } = parseZone(['$ORIGIN contoso.com.', '@ SOA ns1 h 1 1 1 1 1', ...records, ''].join('\n'), { file: 'contoso.com.zone', view: 'external' });
  return new Estate({ zones: [zone], settings });
}

let checked: string[] = [];

function ruleAbout(id: string, meta: Partial<AnyRule['meta']> = {}): AnyRule {
  return defineRule({
    id,
    meta: { description: 'd', rationale: '', severity: 'error', recommended: true, citations: [], messages: { seen: 'seen {{name}}', lyncOnly: 'only Lync {{name}}' }, ...meta },
    check({ estate, report }) {
      checked.push(id);
      for (const a of estate.records('A')) {
        report({ node: a, messageId: 'seen', data: { name: a.name } });
        report({ node: a, messageId: 'lyncOnly', data: { name: a.name } });
      }
    },
  });
}

const LYNC = ruleAbout('test/lync', { families: ['legacy', 'lync'] });
const TEAMS = ruleAbout('test/teams', { families: ['teams'] });
const EVERY = ruleAbout('test/every', { families: 'all' });
const UNSAID = ruleAbout('test/unsaid');
const OCS_ON = ruleAbout('test/ocs-on', { families: ['legacy', 'lync'], products: ['ocs2007r2', 'lync2010', 'lync2013', 'sfb'] });
const MIXED = ruleAbout('test/mixed', { families: 'all', messageFamilies: { lyncOnly: ['legacy', 'lync'] } });
const ALL_RULES = [LYNC, TEAMS, EVERY, UNSAID, OCS_ON, MIXED];

function run(estate: Estate) {
  checked = [];
  const settings = new Map(ALL_RULES.map((rule) => [rule.id, { severity: 'error' as const, options: {} }]));
  const { findings, outcomes } = runRules(estate, ALL_RULES, settings, now);
  return {
    checked,
    outcomes: outcomes.map((o) => `${o.ruleId} ${o.status}${o.otherFamilies ? ' (other families)' : ''}${o.reason ? `: ${o.reason}` : ''}`),
    messages: findings.map((f) => `${f.ruleId} ${f.messageId}`),
  };
}

const TEAMS_RECORDS = ['_sip._tls SRV 100 1 443 sipdir.online.lync.com.', 'www A 198.51.100.80'];

describe('runRules and families', () => {
  it('an estate the files show as Teams: Lync rules are not asked, and say why once', () => {
    const { checked: asked, outcomes, messages } = run(estateOf(TEAMS_RECORDS));
    expect(asked).toEqual(['test/teams', 'test/every', 'test/unsaid', 'test/mixed']);
    expect(outcomes).toEqual([
      'test/lync not-applicable (other families): about Lync / Skype for Business Server and LCS / OCS; the estate is Microsoft Teams (inferred from the files)',
      'test/teams ran',
      'test/every ran',
      'test/unsaid ran',
      'test/ocs-on not-applicable (other families): about Lync / Skype for Business Server and LCS / OCS; the estate is Microsoft Teams (inferred from the files)',
      'test/mixed ran: lyncOnly not reported: about Lync / Skype for Business Server and LCS / OCS; the estate is Microsoft Teams (inferred from the files)',
    ]);
    expect(messages).toEqual(['test/teams seen', 'test/teams lyncOnly', 'test/every seen', 'test/every lyncOnly', 'test/unsaid seen', 'test/unsaid lyncOnly', 'test/mixed seen']);
  });

  it('an estate whose families nothing shows: only rules about every family run', () => {
    const { checked: asked, outcomes } = run(estateOf(['www A 198.51.100.80']));
    expect(asked).toEqual(['test/every', 'test/unsaid', 'test/mixed']);
    expect(outcomes.filter((o) => o.includes('not-applicable') || o.includes('not reported'))).toEqual([
      'test/lync not-applicable (other families): about Lync / Skype for Business Server and LCS / OCS; nothing in the files shows any of them (settings.families or settings.product states the families)',
      'test/teams not-applicable (other families): about Microsoft Teams; nothing in the files shows it (settings.families or settings.product states the families)',
      'test/ocs-on not-applicable (other families): about Lync / Skype for Business Server and LCS / OCS; nothing in the files shows any of them (settings.families or settings.product states the families)',
      'test/mixed ran: lyncOnly not reported: about Lync / Skype for Business Server and LCS / OCS; nothing in the files shows any of them (settings.families or settings.product states the families)',
    ]);
  });

  it('families stated in the settings win over what the files show; a hybrid runs both families\' rules', () => {
    expect(run(estateOf(TEAMS_RECORDS, { families: ['lync', 'teams'] })).checked).toEqual(['test/lync', 'test/teams', 'test/every', 'test/unsaid', 'test/ocs-on', 'test/mixed']);
    const stated = run(estateOf(TEAMS_RECORDS, { product: 'sfb2019' }));
    expect(stated.checked).toEqual(['test/lync', 'test/every', 'test/unsaid', 'test/ocs-on', 'test/mixed']);
    expect(stated.outcomes[1]).toBe('test/teams not-applicable (other families): about Microsoft Teams; the estate is Lync / Skype for Business Server (settings.product: sfb2019)');
  });

  it('a rule narrowed to some products of its families does not run for another product of them', () => {
    const { checked: asked, outcomes } = run(estateOf([], { product: 'lcs2005' }));
    expect(asked).toEqual(['test/lync', 'test/every', 'test/unsaid', 'test/mixed']);
    expect(outcomes[4]).toBe("test/ocs-on not-applicable (other families): about ocs2007r2, lync2010, lync2013, sfb of its families; the estate's product is lcs2005");
  });

  it('a rule with nothing to check says so', () => {
    const empty = defineRule({ ...EVERY, id: 'test/empty', appliesTo: () => false });
    const { outcomes } = runRules(estateOf([]), [empty], new Map([['test/empty', { severity: 'error', options: {} }]]), now);
    expect(outcomes).toEqual([{ ruleId: 'test/empty', status: 'not-applicable', findings: 0, time: 0, reason: 'nothing in the estate for it to check' }]);
  });
});

/** Rules whose families leave out Teams and generic SIP: none of their findings may appear on those estates. */
const LYNC_RULES = new Set(RULES.filter((rule) => !familiesOf(rule.meta.families).some((family) => family === 'teams' || family === 'sip')).map((rule) => rule.id));

async function lintEstate(name: string) {
  const result = await lint({ cwd: path.join(HERE, '../fixtures/families', name), now });
  expect(result.fatal).toEqual([]);
  return result;
}

describe('documented estates of other families, with the recommended preset', () => {
  it('a Teams-only tenant (forced tunnel, wildcard SBC certificate, Microsoft 365 records) hears nothing about Lync', async () => {
    const result = await lintEstate('teams-tenant');
    expect(result.findings.filter((f) => LYNC_RULES.has(f.ruleId) || f.messageId === 'wildcardSubject')).toEqual([]);
    const outcome = (id: string) => result.outcomes.find((o) => o.ruleId === id);
    const notAboutTeams = 'about Lync / Skype for Business Server and LCS / OCS; the estate is Microsoft Teams (inferred from the files)';
    // Edge block rules, the Edge relay, the UC addresses to exclude: Lync designs.
    for (const id of ['firewall/vpn-media-block', 'ice/vpn-host-candidate', 'vpn/uc-addresses-excluded', 'firewall/edge-external-ports', 'lync/cert-roles']) {
      expect([id, outcome(id)?.status, outcome(id)?.reason]).toEqual([id, 'not-applicable', notAboutTeams]);
    }
    expect(outcome('x509/wildcard')).toEqual(expect.objectContaining({ status: 'ran', findings: 0, reason: `wildcardSubject not reported: ${notAboutTeams}` }));
    for (const id of ['teams/online-records', 'teams/direct-routing-sbc', 'vpn/m365-optimize-excluded']) expect([id, outcome(id)?.status]).toEqual([id, 'ran']);
    expect(result.estate?.families().families).toEqual(['teams']);

    // Said once, in the JSON report's rules and families and in the Markdown summary; never per file.
    const json = JSON.parse(formatJson(result)) as { families: unknown; rules: Array<{ ruleId: string; reason?: string }> };
    expect(json.rules.find((r) => r.ruleId === 'firewall/vpn-media-block')).toEqual({ ruleId: 'firewall/vpn-media-block', status: 'not-applicable', findings: 0, reason: notAboutTeams });
    expect(json.families).toEqual({
      source: 'files',
      families: [
        {
          family: 'teams',
          evidence: [
            { text: '_sip._tls.fabrikam.com SRV -> sipdir.online.lync.com (Microsoft 365)', file: 'dns/external/fabrikam.com.zone', line: 11, column: 1 },
            { text: '_sipfederationtls._tcp.fabrikam.com SRV -> sipfed.online.lync.com (Microsoft 365)', file: 'dns/external/fabrikam.com.zone', line: 12, column: 1 },
            { text: 'sip.fabrikam.com CNAME -> sipdir.online.lync.com (Microsoft 365)', file: 'dns/external/fabrikam.com.zone', line: 13, column: 1 },
            { text: 'lyncdiscover.fabrikam.com CNAME -> webdir.online.lync.com (Microsoft 365)', file: 'dns/external/fabrikam.com.zone', line: 14, column: 1 },
            { text: 'topology Direct Routing SBC sbc1.fabrikam.com', file: 'topology.yml', line: 5, column: 7 },
          ],
          evidenceCount: 5,
        },
      ],
    });
    const notRun = result.outcomes.filter((o) => o.otherFamilies).length;
    expect(notRun).toBe(23);
    expect(formatMarkdown(result)).toContain(`\n\nFamilies: Microsoft Teams (inferred from the files). ${notRun} rules about other families did not run; the JSON report says why for each.`);
  });

  it('a generic SIP / IMS zone (_sip._udp on 5080, NAPTR, P-CSCF names) is held to no Microsoft or Cisco rule', async () => {
    const result = await lintEstate('ims-zone');
    expect(result.estate?.families().families).toEqual(['sip']);
    expect(result.findings.filter((f) => LYNC_RULES.has(f.ruleId))).toEqual([]);
    const ran = result.outcomes.filter((o) => o.status === 'ran').map((o) => o.ruleId);
    // Every rule that ran is about every family: no vendor's rule judged the zone.
    expect(ran.filter((id) => familiesOf(RULES.find((rule) => rule.id === id)?.meta.families).length < 5)).toEqual([]);
    expect(ran).toEqual(['dns/dangling-target', 'dns/duplicate-record', 'dns/private-address-external', 'dns/service-label-underscore', 'dns/srv-owner-labels', 'dns/zone-validity', 'sip/naptr-srv-consistency', 'sip/sips-needs-tls', 'sip/srv-port', 'sip/srv-target', 'x509/private-key-committed']);
  });
});
