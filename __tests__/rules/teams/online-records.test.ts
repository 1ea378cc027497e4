import { describe, expect, it } from '@jest/globals';
import { lintCase, runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/teams/online-records.js';
import { header, zone } from '../support/zones.js';
import { FABRIKAM_ONLINE, GCC_HIGH_ONLINE, ON_PREMISES } from '../support/teams-zones.js';

const EXTERNAL = 'external/fabrikam.com.zone';
const FABRIKAM = { sipDomains: ['fabrikam.com'] };

runRuleTests(rule, {
  valid: [
    { name: 'a correct worldwide tenant, its SIP domain found from its SRV records', zones: { [EXTERNAL]: FABRIKAM_ONLINE } },
    { name: 'a correct tenant in an estate whose zones mark no view', zones: { 'dns/fabrikam.com.zone': FABRIKAM_ONLINE } },
    {
      name: 'SIP domains without a discovery name beside a correct tenant are not judged without a product',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE + zone('_sip._tcp.host-1 IN SRV 0 0 5060 proxy', 'proxy IN A 167.55.49.40') },
    },
    {
      // One slip, one finding: dns/service-label-underscore and dns/srv-owner-labels name the record and its right name.
      name: 'SRV records written at a slip of their names are not also missing',
      zones: {
        [EXTERNAL]: zone(
          ...header('fabrikam.com.'),
          'sip IN CNAME sipdir.online.lync.com.',
          'lyncdiscover IN CNAME webdir.online.lync.com.',
          '@ IN SRV 100 1 443 sipdir.online.lync.com.',
          '_sipfederationtls_tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
        ),
      },
      settings: { ...FABRIKAM, product: 'teams' },
    },
    { name: 'a correct tenant of a Teams deployment', zones: { [EXTERNAL]: FABRIKAM_ONLINE }, settings: { ...FABRIKAM, product: 'teams' } },
    { name: 'a GCC High tenant with the cloud option', zones: { [EXTERNAL]: GCC_HIGH_ONLINE }, options: { cloud: 'gcc-high' } },
    {
      name: 'records: federation needs only _sipfederationtls._tcp',
      zones: { [EXTERNAL]: zone(...header('fabrikam.com.'), '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.gov.skypeforbusiness.us.') },
      options: { cloud: 'gcc-high', records: 'federation' },
    },
    {
      // dns/dangling-target reports each: sipfed.online.lync.com.fabrikam.com has no records. One finding a record.
      name: 'records whose targets lack the final dot, so do not exist, are left to dns/dangling-target',
      zones: {
        [EXTERNAL]: FABRIKAM_ONLINE.replace('sipfed.online.lync.com.', 'sipfed.online.lync.com').replace('webdir.online.lync.com.', 'webdir.online.lync.com'),
      },
    },
    { name: 'a domain wholly on-premises, no product', zones: { 'external/contoso.com.zone': ON_PREMISES }, notApplicable: 'the records show an on-premises estate, not Teams' },
    {
      name: 'a domain wholly on-premises in a Skype for Business Server deployment',
      zones: { 'external/contoso.com.zone': ON_PREMISES },
      settings: { product: 'sfb2015' },
      notApplicable: 'the product is not of the Teams family',
    },
    { name: 'a domain wholly on-premises in a hybrid deployment', zones: { 'external/contoso.com.zone': ON_PREMISES }, settings: { families: ['lync', 'teams'], product: 'sfb2015' } },
    {
      name: 'a split domain whose direction is on-premises is left to teams/hybrid-consistency',
      zones: {
        'external/contoso.com.zone': zone(
          ...header(),
          '_sip._tls IN SRV 0 0 443 access.contoso.com.',
          '_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com.',
          'sip IN CNAME sipdir.online.lync.com.',
          'lyncdiscover IN CNAME webdir.online.lync.com.',
          'access IN A 167.55.49.32',
        ),
      },
      settings: { families: ['lync', 'teams'], product: 'sfb2015' },
    },
    {
      name: 'a domain not in the domains option is not judged',
      zones: {
        [EXTERNAL]: zone(...header('fabrikam.com.'), '_sip._tls IN SRV 100 1 5061 sipdir.online.lync.com.'),
        'external/contoso.com.zone': FABRIKAM_ONLINE.replaceAll('fabrikam.com.', 'contoso.com.'),
      },
      options: { domains: ['contoso.com'], cloud: 'worldwide' },
    },
    {
      name: 'a SIP domain whose zone the external view does not hold is not judged',
      zones: { 'internal/fabrikam.com.zone': zone(...header('fabrikam.com.'), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.fabrikam.com.') },
      settings: { ...FABRIKAM, product: 'teams' },
    },
  ],
  invalid: [
    {
      name: 'wrong port',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('100 1 443 sipdir', '100 1 5061 sipdir') },
      errors: [
        {
          messageId: 'wrongSrv',
          line: 4,
          data: {
            name: '_sip._tls.fabrikam.com',
            actual: '100 1 5061 sipdir.online.lync.com',
            fields: 'port',
            expected: '_sip._tls.fabrikam.com. IN SRV 100 1 443 sipdir.online.lync.com.',
          },
        },
      ],
    },
    {
      // RFC 2782: priority and weight only order the records of one set; with one record they change nothing.
      name: 'other priority and weight in a one-record set: a note, not an error',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('100 1 5061 sipfed', '0 0 5061 sipfed') },
      errors: [
        {
          messageId: 'otherPriority',
          line: 5,
          severity: 'info',
          data: { name: '_sipfederationtls._tcp.fabrikam.com', actual: '0 0', listed: '100 1', expected: '_sipfederationtls._tcp.fabrikam.com. IN SRV 100 1 5061 sipfed.online.lync.com.' },
        },
      ],
    },
    {
      name: 'wrong SRV target: the federation host where the directory belongs',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('100 1 443 sipdir', '100 1 443 sipfed') },
      errors: [{ messageId: 'wrongSrv', line: 4, data: { fields: 'target', actual: '100 1 443 sipfed.online.lync.com' } }],
    },
    {
      // sip/srv-target and sip/srv-port leave this record here (an alias leading to Microsoft 365): one finding.
      name: 'the federation record sent to the tenant\'s own sip alias, on 5062',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('100 1 5061 sipfed.online.lync.com.', '0 0 5062 sip.fabrikam.com.') },
      errors: [{ messageId: 'wrongSrv', line: 5, severity: 'error', data: { fields: 'port and target', actual: '0 0 5062 sip.fabrikam.com' } }],
    },
    {
      name: 'an SRV target "." (service not offered)',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('100 1 5061 sipfed.online.lync.com.', '0 0 0 .') },
      errors: [{ messageId: 'wrongSrv', line: 5, data: { fields: 'port and target' } }],
    },
    {
      name: 'wrong CNAME target',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('lyncdiscover IN CNAME webdir', 'lyncdiscover IN CNAME sipdir') },
      errors: [
        {
          messageId: 'wrongCname',
          line: 7,
          data: { name: 'lyncdiscover.fabrikam.com', target: 'sipdir.online.lync.com', expected: 'lyncdiscover.fabrikam.com. IN CNAME webdir.online.lync.com.' },
        },
      ],
    },
    {
      name: 'sip as an A record instead of a CNAME',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('sip IN CNAME sipdir.online.lync.com.', 'sip IN A 52.112.1.1') },
      errors: [{ messageId: 'wrongType', line: 6, data: { name: 'sip.fabrikam.com', type: 'A', expectedType: 'CNAME', expected: 'sip.fabrikam.com. IN CNAME sipdir.online.lync.com.' } }],
    },
    {
      name: '_sip._tls as a CNAME instead of an SRV record',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('_sip._tls IN SRV 100 1 443', '_sip._tls IN CNAME') },
      settings: FABRIKAM,
      errors: [{ messageId: 'wrongType', line: 4, data: { type: 'CNAME', expectedType: 'SRV' } }],
    },
    {
      name: 'a missing record, reported on the SOA',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('lyncdiscover IN CNAME webdir.online.lync.com.\n', '') },
      errors: [
        {
          messageId: 'missing',
          line: 3,
          file: EXTERNAL,
          data: { domain: 'fabrikam.com', name: 'lyncdiscover.fabrikam.com', where: 'in the external view', expected: 'lyncdiscover.fabrikam.com. IN CNAME webdir.online.lync.com.' },
        },
      ],
    },
    {
      name: 'a record of another cloud says which cloud it belongs to',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('sip IN CNAME sipdir.online.lync.com.', 'sip IN CNAME sipdir.online.gov.skypeforbusiness.us.') },
      errors: [
        {
          messageId: 'otherCloud',
          line: 6,
          data: { target: 'sipdir.online.gov.skypeforbusiness.us', otherCloud: 'Microsoft 365 GCC High', cloud: 'Microsoft 365 worldwide' },
        },
      ],
    },
    {
      name: 'the cloud option: worldwide records in a GCC High tenant, and a wrong port',
      zones: { [EXTERNAL]: FABRIKAM_ONLINE.replace('_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.', '_sip._tls IN SRV 100 1 5061 sipdir.online.gov.skypeforbusiness.us.') },
      options: { cloud: 'gcc-high' },
      errors: [
        { messageId: 'wrongSrv', line: 4, data: { fields: 'port', expected: '_sip._tls.fabrikam.com. IN SRV 100 1 443 sipdir.online.gov.skypeforbusiness.us.' } },
        { messageId: 'otherCloud', line: 5, data: { otherCloud: 'Microsoft 365 worldwide', cloud: 'Microsoft 365 GCC High' } },
        { messageId: 'otherCloud', line: 6, data: { expected: 'sip.fabrikam.com. IN CNAME sipdir.online.gov.skypeforbusiness.us.' } },
        { messageId: 'otherCloud', line: 7, data: { expected: 'lyncdiscover.fabrikam.com. IN CNAME webdir.online.gov.skypeforbusiness.us.' } },
      ],
    },
    {
      name: 'Microsoft Cloud Deutschland: lyncdiscover goes to webdir.online.skype.de',
      zones: {
        [EXTERNAL]: zone(
          ...header('fabrikam.com.'),
          '_sip._tls IN SRV 100 1 443 sipdir.online.lync.de.',
          '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.de.',
          'sip IN CNAME sipdir.online.lync.de.',
          'lyncdiscover IN CNAME webdir.online.lync.de.',
        ),
      },
      options: { cloud: 'germany' },
      errors: [{ messageId: 'wrongCname', line: 7, data: { expected: 'lyncdiscover.fabrikam.com. IN CNAME webdir.online.skype.de.' } }],
    },
    {
      name: 'a Teams deployment with a domain wholly on-premises',
      zones: { 'external/contoso.com.zone': ON_PREMISES },
      settings: { product: 'teams' },
      errors: [
        { messageId: 'wrongSrv', line: 4, data: { name: '_sip._tls.contoso.com', fields: 'target' } },
        { messageId: 'wrongSrv', line: 5, data: { name: '_sipfederationtls._tcp.contoso.com', fields: 'target' } },
        { messageId: 'wrongType', line: 6, data: { name: 'sip.contoso.com', type: 'A' } },
        { messageId: 'wrongCname', line: 7, data: { name: 'lyncdiscover.contoso.com', target: 'proxy.contoso.com' } },
      ],
    },
    {
      name: 'a Teams deployment judges every SIP domain, one without a single discovery name too',
      zones: { [EXTERNAL]: zone(...header('fabrikam.com.'), '_sip._tcp IN SRV 0 0 5060 proxy', 'proxy IN A 167.55.49.40') },
      settings: { product: 'teams' },
      errors: [
        { messageId: 'missing', line: 3, data: { name: '_sip._tls.fabrikam.com' } },
        { messageId: 'missing', line: 3, data: { name: '_sipfederationtls._tcp.fabrikam.com' } },
        { messageId: 'missing', line: 3, data: { name: 'lyncdiscover.fabrikam.com' } },
        { messageId: 'missing', line: 3, data: { name: 'sip.fabrikam.com' } },
      ],
    },
    {
      name: 'the domains option names a domain with none of the records',
      zones: { [EXTERNAL]: zone(...header('fabrikam.com.'), 'www IN A 167.55.49.40') },
      options: { domains: ['Fabrikam.com'] },
      settings: { families: ['teams'] },
      errors: [
        { messageId: 'missing', line: 3, data: { name: '_sip._tls.fabrikam.com' } },
        { messageId: 'missing', line: 3, data: { name: '_sipfederationtls._tcp.fabrikam.com' } },
        { messageId: 'missing', line: 3, data: { name: 'lyncdiscover.fabrikam.com' } },
        { messageId: 'missing', line: 3, data: { name: 'sip.fabrikam.com' } },
      ],
    },
    {
      name: 'a domain with only its CNAMEs is found, and its missing SRV records are reported',
      zones: { [EXTERNAL]: zone(...header('fabrikam.com.'), 'sip IN CNAME sipdir.online.lync.com.', 'lyncdiscover IN CNAME webdir.online.lync.com.') },
      errors: [
        { messageId: 'missing', line: 3, data: { name: '_sip._tls.fabrikam.com' } },
        { messageId: 'missing', line: 3, data: { name: '_sipfederationtls._tcp.fabrikam.com' } },
      ],
    },
    {
      name: 'a SIP domain below its zone\'s origin: missing records go on another discovery record of the domain',
      zones: { [EXTERNAL]: zone(...header('fabrikam.com.'), 'www IN A 167.55.49.40', 'sip.eu IN CNAME sipdir.online.lync.com.', 'lyncdiscover.eu IN CNAME webdir.online.lync.com.') },
      errors: [
        { messageId: 'missing', line: 5, data: { domain: 'eu.fabrikam.com', name: '_sip._tls.eu.fabrikam.com' } },
        { messageId: 'missing', line: 5, data: { domain: 'eu.fabrikam.com', name: '_sipfederationtls._tcp.eu.fabrikam.com' } },
      ],
    },
    {
      name: 'records: federation still requires _sipfederationtls._tcp',
      zones: { [EXTERNAL]: zone(...header('fabrikam.com.'), 'lyncdiscover IN CNAME webdir.online.gov.skypeforbusiness.us.') },
      options: { cloud: 'gcc-high', records: 'federation' },
      errors: [{ messageId: 'missing', line: 3, data: { name: '_sipfederationtls._tcp.fabrikam.com', expected: '_sipfederationtls._tcp.fabrikam.com. IN SRV 100 1 5061 sipfed.online.gov.skypeforbusiness.us.' } }],
    },
    {
      name: 'an estate whose zones mark no view: the zones are public DNS',
      zones: { 'dns/fabrikam.com.zone': FABRIKAM_ONLINE.replace('sip IN CNAME sipdir.online.lync.com.\n', '') },
      errors: [{ messageId: 'missing', line: 3, file: 'dns/fabrikam.com.zone', data: { name: 'sip.fabrikam.com', where: 'in its zone' } }],
    },
    {
      name: 'a split domain whose direction is online: the on-premises record is left to teams/hybrid-consistency, the rest judged',
      zones: {
        [EXTERNAL]: FABRIKAM_ONLINE.replace('100 1 443 sipdir', '100 1 5061 sipdir').replace('100 1 5061 sipfed.online.lync.com.', '0 0 5061 access.fabrikam.com.'),
      },
      errors: [{ messageId: 'wrongSrv', line: 4, data: { name: '_sip._tls.fabrikam.com', fields: 'port' } }],
    },
  ],
});

describe('teams/online-records and zones of unknown view', () => {
  it('says once that a SIP domain zone of unknown view was not judged', async () => {
    const result = await lintCase(rule, {
      name: 'unknown view',
      zones: { 'dns/fabrikam.com.zone': FABRIKAM_ONLINE.replace('100 1 443', '0 0 443'), 'internal/fabrikam.com.zone': zone(...header('fabrikam.com.')) },
      settings: { ...FABRIKAM, product: 'teams' },
    });
    const own = result.findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => [f.file, f.line, f.severity, f.messageId])).toEqual([['dns/fabrikam.com.zone', 1, 'info', 'notChecked']]);
  });

  it('says so even for a SIP domain without a discovery name, with no product', async () => {
    const result = await lintCase(rule, {
      name: 'unknown view, no discovery name',
      zones: { 'dns/fabrikam.com.zone': zone(...header('fabrikam.com.'), '_sip._tcp IN SRV 0 0 5060 proxy', 'proxy IN A 167.55.49.40'), 'external/contoso.com.zone': ON_PREMISES },
      settings: { families: ['lync', 'teams'] },
    });
    const own = result.findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => [f.file, f.line, f.severity, f.messageId])).toEqual([['dns/fabrikam.com.zone', 1, 'info', 'notChecked']]);
  });
});
