import { describe, expect, it } from '@jest/globals';
import { lintCase, runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/discovery-records.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';
const CONTOSO = { sipDomains: ['contoso.com'] };

const COMPLETE_INTERNAL = zone(
  ...header(),
  '_sipinternaltls._tcp IN SRV 0 0 5061 pool',
  'pool IN A 192.168.1.1',
  'lyncdiscoverinternal IN A 192.168.1.50',
);
const COMPLETE_EXTERNAL = zone(
  ...header(),
  '_sip._tls IN SRV 0 0 443 sip',
  'sip IN A 167.55.49.32',
  'lyncdiscover IN A 167.55.49.35',
);

runRuleTests(rule, {
  valid: [
    {
      // contoso.com's federation record marks it as Lync, so the rule runs and must leave fabrikam.com alone.
      name: 'a plain SIP provider is asked for no Lync records',
      zones: {
        [EXTERNAL]: zone(...header(), '_sipfederationtls._tcp IN SRV 0 0 5061 sip', '_sip._tls IN SRV 0 0 443 sip', 'sip IN A 167.55.49.32', 'lyncdiscover IN A 167.55.49.35'),
        'external/fabrikam.com.zone': zone(...header('fabrikam.com.'), '_sips._tcp IN SRV 10 10 5061 proxy', '_sip._tcp IN SRV 10 10 5060 proxy', 'proxy IN A 198.51.100.30'),
      },
    },
    {
      name: 'a domain served by Microsoft 365 (records left to the teams pack), even with an on-premises product set',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.', 'sip IN CNAME sipdir.online.lync.com.') },
      settings: { ...CONTOSO, product: 'sfb2015' },
      notApplicable: 'contoso.com points wholly to Microsoft 365, so the estate has no Lync SIP domain',
    },
    {
      name: 'a half-moved domain is teams/hybrid-consistency\'s finding, not a missing record here',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', 'sip IN A 167.55.49.32', 'lyncdiscover IN CNAME webdir.online.lync.com.') },
      settings: CONTOSO,
      notApplicable: 'lyncdiscover.contoso.com points to Microsoft 365, so contoso.com is not judged as a Lync SIP domain',
    },
    {
      name: 'the full Lync 2013 record set in both views',
      zones: { [INTERNAL]: COMPLETE_INTERNAL, [EXTERNAL]: COMPLETE_EXTERNAL },
      settings: CONTOSO,
    },
    {
      name: 'OCS 2007 R2 has no autodiscover',
      zones: {
        [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool'),
        [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', 'sip IN A 167.55.49.32'),
      },
      settings: { ...CONTOSO, product: 'ocs2007r2' },
    },
    {
      name: 'Lync 2010 without mobility needs no lyncdiscover',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', 'sip IN CNAME edge', 'edge IN A 167.55.49.32') },
      settings: { ...CONTOSO, product: 'lync2010' },
      options: { mobility: false },
    },
    {
      name: 'only the views the estate holds are checked (no external zones)',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool') },
      settings: CONTOSO,
    },
    {
      name: 'internal discovery by autodiscover alone when the option says so',
      zones: { [INTERNAL]: zone(...header(), 'lyncdiscoverinternal IN A 192.168.1.50') },
      settings: CONTOSO,
      options: { internal: 'autodiscover' },
    },
    {
      name: 'either internal record is enough with internal: either',
      zones: { [INTERNAL]: zone(...header(), 'lyncdiscoverinternal IN CNAME webint.contoso.com.', 'webint IN A 192.168.1.50') },
      settings: CONTOSO,
      options: { internal: 'either' },
    },
    {
      name: 'a Teams deployment is not judged by the on-premises record set',
      zones: { [EXTERNAL]: zone(...header(), 'www IN A 167.55.49.40') },
      settings: { ...CONTOSO, product: 'teams' },
      notApplicable: 'the product is Teams, so no SIP domain is a Lync one'
    },
    {
      name: 'a SIP domain whose zone the view does not hold is not judged there',
      zones: {
        [INTERNAL]: COMPLETE_INTERNAL,
        'external/fabrikam.com.zone': zone(...header('fabrikam.com.'), 'www IN A 167.55.49.40'),
      },
      settings: CONTOSO,
    },
    {
      name: 'a SIP domain inferred from a federation record, with a complete set',
      zones: { [EXTERNAL]: zone(...header(), '_sipfederationtls._tcp IN SRV 0 0 5061 sip', '_sip._tls IN SRV 0 0 443 sip', 'sip IN A 167.55.49.32', 'lyncdiscover IN A 167.55.49.35') },
    },
  ],
  invalid: [
    {
      name: 'an external zone with none of the records, reported on its SOA',
      zones: { [INTERNAL]: COMPLETE_INTERNAL, [EXTERNAL]: zone(...header(), 'www IN A 167.55.49.40') },
      settings: CONTOSO,
      errors: [
        { messageId: 'missingRecord', line: 3, file: EXTERNAL, data: { domain: 'contoso.com', record: '_sip._tls.contoso.com', view: 'external' } },
        { messageId: 'missingRecord', line: 3, file: EXTERNAL, data: { domain: 'contoso.com', record: 'lyncdiscover.contoso.com', view: 'external' } },
        { messageId: 'missingRecord', line: 3, file: EXTERNAL, data: { domain: 'contoso.com', record: 'sip.contoso.com', view: 'external' } },
      ],
    },
    {
      name: 'only clear-text TCP discovery inside: _sipinternaltls._tcp is missing',
      zones: { [INTERNAL]: zone(...header(), '_sipinternal._tcp IN SRV 0 0 5060 pool', 'pool IN A 192.168.1.1') },
      settings: CONTOSO,
      errors: [{ messageId: 'missingRecord', line: 3, file: INTERNAL, data: { record: '_sipinternaltls._tcp.contoso.com', view: 'internal' } }],
    },
    {
      name: 'internal-only names published outside',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sip._tls IN SRV 0 0 443 sip',
          'sip IN A 167.55.49.32',
          'lyncdiscover IN A 167.55.49.35',
          'lyncdiscoverinternal IN A 167.55.49.35',
          'sipinternal IN A 167.55.49.32',
          '_sipinternaltls._tcp IN SRV 0 0 5061 sip',
        ),
      },
      settings: CONTOSO,
      errors: [
        { messageId: 'internalOnlyName', line: 7, data: { name: 'lyncdiscoverinternal.contoso.com', domain: 'contoso.com' } },
        { messageId: 'internalOnlyName', line: 8, data: { name: 'sipinternal.contoso.com' } },
        { messageId: 'internalOnlyName', line: 9, data: { name: '_sipinternaltls._tcp.contoso.com' } },
      ],
    },
    {
      name: 'internal: both requires lyncdiscoverinternal too',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool') },
      settings: CONTOSO,
      options: { internal: 'both' },
      errors: [{ messageId: 'missingRecord', line: 3, data: { record: 'lyncdiscoverinternal.contoso.com', view: 'internal' } }],
    },
    {
      name: 'internal: either, with neither',
      zones: { [INTERNAL]: zone(...header(), 'pool IN A 192.168.1.1') },
      // Nothing in the zone shows Lync: the settings say so.
      settings: { ...CONTOSO, families: ['lync'] },
      options: { internal: 'either' },
      errors: [
        {
          messageId: 'missingEither',
          line: 3,
          data: { domain: 'contoso.com', record: '_sipinternaltls._tcp.contoso.com', alternative: 'lyncdiscoverinternal.contoso.com', view: 'internal' },
        },
      ],
    },
    {
      name: 'internal: autodiscover falls back to the SRV record for OCS 2007 R2',
      zones: { [INTERNAL]: zone(...header(), 'lyncdiscoverinternal IN A 192.168.1.50') },
      settings: CONTOSO,
      options: { internal: 'autodiscover', product: 'ocs2007r2' },
      errors: [{ messageId: 'missingRecord', line: 3, data: { record: '_sipinternaltls._tcp.contoso.com' } }],
    },
    {
      name: 'a zone without SOA: reported on its first record',
      zones: { [EXTERNAL]: zone('$ORIGIN contoso.com.', '$TTL 3600', '', 'www IN A 167.55.49.40', '_sip._tls IN SRV 0 0 443 sip') },
      settings: { ...CONTOSO, product: 'lync2010' },
      errors: [
        { messageId: 'missingRecord', line: 4, data: { record: 'lyncdiscover.contoso.com' } },
        { messageId: 'missingRecord', line: 4, data: { record: 'sip.contoso.com' } },
      ],
    },
    {
      name: 'every SIP domain is checked in its own zone',
      zones: {
        [EXTERNAL]: COMPLETE_EXTERNAL,
        'external/fabrikam.com.zone': zone(...header('fabrikam.com.'), '_sip._tls IN SRV 0 0 443 sip.contoso.com.'),
      },
      settings: { sipDomains: ['contoso.com', 'fabrikam.com'] },
      errors: [
        { messageId: 'missingRecord', line: 3, file: 'external/fabrikam.com.zone', data: { domain: 'fabrikam.com', record: 'lyncdiscover.fabrikam.com' } },
        { messageId: 'missingRecord', line: 3, file: 'external/fabrikam.com.zone', data: { domain: 'fabrikam.com', record: 'sip.fabrikam.com' } },
      ],
    },
  ],
});

describe('lync/discovery-records and zones of unknown view', () => {
  it('says once that a SIP domain zone of unknown view was not judged', async () => {
    const result = await lintCase(rule, {
      name: 'unknown view',
      zones: { 'dns/contoso.com.zone': zone(...header(), 'www IN A 167.55.49.40') },
      settings: { ...CONTOSO, families: ['lync'] },
    });
    const own = result.findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => [f.file, f.line, f.severity, f.messageId])).toEqual([['dns/contoso.com.zone', 1, 'info', 'notChecked']]);
  });
});
