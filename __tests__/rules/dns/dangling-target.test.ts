import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/dns/dangling-target.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    {
      name: 'every target exists in the same view',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '@ IN NS ns1',
          '@ IN MX 10 mail',
          'ns1 IN A 167.55.49.2',
          'mail IN A 167.55.49.25',
          'meet IN CNAME web-external',
          'web-external IN A 167.55.49.35',
          '_sip._tls IN SRV 0 0 443 sip',
          'sip IN A 167.55.49.32',
        ),
      },
    },
    {
      name: 'targets outside the estate are not judged',
      zones: { [EXTERNAL]: zone(...header(), 'lyncdiscover IN CNAME webdir.online.lync.com.', '@ IN NS ns1.example.net.') },
    },
    {
      name: 'null MX and "." SRV targets mean no service',
      zones: { [EXTERNAL]: zone(...header(), '@ IN MX 0 .', '_sip._tcp IN SRV 0 0 0 .') },
    },
    {
      name: 'a target below a delegation belongs to the child zone',
      zones: { [EXTERNAL]: zone(...header(), 'lab IN NS ns1.lab', 'meet IN CNAME web.lab.contoso.com.', 'www IN CNAME www.lab') },
    },
    {
      name: 'a target covered by a wildcard',
      zones: { [EXTERNAL]: zone(...header(), '*.apps IN A 167.55.49.50', 'meet IN CNAME meet.apps') },
    },
    {
      name: 'a target whose name has records only below it exists (empty non-terminal)',
      zones: { [INTERNAL]: zone(...header(), 'lync IN CNAME pool', 'fe1.pool IN A 192.168.1.1') },
    },
    {
      name: 'a zone of unknown view finds its targets in any view',
      zones: {
        'dns/contoso.com.zone': zone(...header(), 'meet IN CNAME web-internal'),
        [INTERNAL]: zone(...header(), 'web-internal IN A 192.168.1.50'),
      },
    },
  ],
  invalid: [
    {
      // A tenant's Microsoft 365 records typed without the final dot; the teams pack leaves them here.
      name: 'Microsoft 365 targets written without the final dot',
      zones: {
        'external/fabrikam.com.zone': zone(
          ...header('fabrikam.com.'),
          '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
          '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com',
          'sip IN CNAME sipdir.online.lync.com.',
          'lyncdiscover IN CNAME webdir.online.lync.com',
        ),
      },
      errors: [
        { messageId: 'missingFinalDot', line: 5, data: { type: 'SRV', target: 'sipfed.online.lync.com.fabrikam.com', meant: 'sipfed.online.lync.com' } },
        { messageId: 'missingFinalDot', line: 7, data: { type: 'CNAME', target: 'webdir.online.lync.com.fabrikam.com', meant: 'webdir.online.lync.com' } },
      ],
    },
    {
      name: 'an external host of a country-code domain written without the final dot',
      zones: { [EXTERNAL]: zone(...header(), 'meet IN CNAME meet.fabrikam.co.uk') },
      errors: [{ messageId: 'missingFinalDot', line: 4, data: { target: 'meet.fabrikam.co.uk.contoso.com', meant: 'meet.fabrikam.co.uk' } }],
    },
    {
      // Two labels before the zone ending in a two-letter label are a subdomain as often as a country.
      name: 'a relative name in a subdomain of two letters is only dangling',
      zones: { [EXTERNAL]: zone(...header(), 'meet IN CNAME web.us') },
      errors: [{ messageId: 'dangling', line: 4, data: { target: 'web.us.contoso.com' } }],
    },
    {
      name: 'a CNAME to a host that was renamed',
      zones: { [EXTERNAL]: zone(...header(), 'meet IN CNAME webext', 'web-external IN A 167.55.49.35') },
      errors: [
        {
          messageId: 'dangling',
          line: 4,
          file: EXTERNAL,
          data: { type: 'CNAME', name: 'meet.contoso.com', target: 'webext.contoso.com', view: 'external', zone: 'contoso.com' },
        },
      ],
    },
    {
      name: 'SRV, MX and NS targets that do not exist',
      zones: {
        [EXTERNAL]: zone(...header(), '@ IN NS ns2', '@ IN MX 10 mail', '_sipfederationtls._tcp IN SRV 0 0 5061 sip-edge'),
      },
      errors: [
        { messageId: 'dangling', line: 4, data: { type: 'NS', target: 'ns2.contoso.com' } },
        { messageId: 'dangling', line: 5, data: { type: 'MX', name: 'contoso.com', target: 'mail.contoso.com' } },
        { messageId: 'dangling', line: 6, data: { type: 'SRV', name: '_sipfederationtls._tcp.contoso.com', target: 'sip-edge.contoso.com' } },
      ],
    },
    {
      name: 'the target exists only in the other view',
      zones: {
        [EXTERNAL]: zone(...header(), 'dialin IN CNAME web-internal'),
        [INTERNAL]: zone(...header(), 'web-internal IN A 192.168.1.50'),
      },
      errors: [{ messageId: 'dangling', line: 4, file: EXTERNAL, data: { view: 'external', zone: 'contoso.com' } }],
    },
    {
      name: 'a target in another zone the estate holds',
      zones: {
        [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.lync.contoso.net.'),
        'internal/lync.contoso.net.zone': zone(...header('lync.contoso.net.'), 'pool01 IN A 10.0.0.1'),
      },
      errors: [{ messageId: 'dangling', line: 4, file: INTERNAL, data: { target: 'pool.lync.contoso.net', zone: 'lync.contoso.net', view: 'internal' } }],
    },
  ],
});
