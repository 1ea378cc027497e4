import { describe, expect, it } from '@jest/globals';
import { lintCase, runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/no-cleartext-external.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    {
      name: 'a plain SIP provider publishes _sip._tcp on the Internet by design (RFC 3263)',
      zones: { [EXTERNAL]: zone(...header(), '_sips._tcp IN SRV 10 10 5061 proxy', '_sip._tcp IN SRV 10 10 5060 proxy', 'proxy IN A 198.51.100.30') },
      notApplicable: 'the records show generic SIP only',
    },
    {
      // Expressway-E's B2B records (Cisco's MRA deployment guide), with the domain named in settings.sipDomains.
      name: 'a Cisco Expressway domain named in the settings publishes _sip._tcp for business-to-business calls',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_collab-edge._tls IN SRV 10 10 8443 expe1',
          '_sips._tcp IN SRV 10 10 5061 expe1',
          '_sip._tcp IN SRV 10 10 5060 expe1',
          'expe1 IN A 198.51.100.50',
        ),
      },
      settings: { sipDomains: ['contoso.com'] },
      notApplicable: 'the records show Cisco and generic SIP',
    },
    {
      name: 'clear-text records in the internal view only',
      zones: {
        [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool', '_sipinternal._tcp IN SRV 0 0 5060 pool', '_sip._tcp IN SRV 0 0 5060 pool'),
        [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', '_sipfederationtls._tcp IN SRV 0 0 5061 sip'),
      },
    },
    {
      name: 'a clear-text record for a domain that is not a SIP domain',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', '_sip._tcp.voip IN SRV 0 0 5060 trunk.voip.contoso.com.') },
      settings: { sipDomains: ['contoso.com'] },
    },
    {
      name: 'a "." target says clear-text SIP is not offered',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', '_sip._tcp IN SRV 0 0 0 .') },
    },
    {
      name: 'UDP SIP is not one of the Lync clear-text lookups',
      zones: { [EXTERNAL]: zone(...header(), '_sip._udp IN SRV 0 0 5060 sbc') },
      settings: { sipDomains: ['contoso.com'], families: ['lync'] },
    },
  ],
  invalid: [
    {
      name: 'an internal TCP server published to the Internet (Office Communicator Sign-in and Discovery)',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', '_sipinternal._tcp IN SRV 0 0 5060 pool') },
      errors: [
        {
          messageId: 'cleartextExternal',
          line: 5,
          file: EXTERNAL,
          data: { name: '_sipinternal._tcp.contoso.com', service: '_sipinternal._tcp', domain: 'contoso.com' },
        },
      ],
    },
    {
      name: '_sip._tcp beside _sip._tls in the external view',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', '_sip._tcp IN SRV 0 0 5060 sip') },
      errors: [{ messageId: 'cleartextExternal', line: 5, data: { service: '_sip._tcp', domain: 'contoso.com' } }],
    },
    {
      name: 'each SIP domain, each in its own external zone',
      zones: {
        [EXTERNAL]: zone(...header(), '_sip._tcp IN SRV 0 0 5060 sip'),
        'external/fabrikam.com.zone': zone(
          ...header('fabrikam.com.'),
          '_sip._tcp IN SRV 0 0 5060 sip.contoso.com.',
          '_sipinternal._tcp IN SRV 0 0 5060 sip.contoso.com.',
        ),
      },
      settings: { sipDomains: ['contoso.com', 'fabrikam.com'] },
      errors: [
        { messageId: 'cleartextExternal', line: 4, file: EXTERNAL, data: { domain: 'contoso.com' } },
        { messageId: 'cleartextExternal', line: 4, file: 'external/fabrikam.com.zone', data: { name: '_sip._tcp.fabrikam.com', domain: 'fabrikam.com' } },
        { messageId: 'cleartextExternal', line: 5, file: 'external/fabrikam.com.zone', data: { name: '_sipinternal._tcp.fabrikam.com', domain: 'fabrikam.com' } },
      ],
    },
  ],
});

describe('lync/no-cleartext-external and zones of unknown view', () => {
  it('says once per zone that it could not judge the zone', async () => {
    const result = await lintCase(rule, {
      name: 'unknown view',
      zones: { 'dns/contoso.com.zone': zone(...header(), '_sipinternal._tcp IN SRV 0 0 5060 pool', '_sip._tcp IN SRV 0 0 5060 pool') },
    });
    const own = result.findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => [f.file, f.line, f.severity, f.messageId])).toEqual([['dns/contoso.com.zone', 1, 'info', 'notChecked']]);
  });
});
