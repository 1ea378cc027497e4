import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/dns/srv-owner-labels.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    {
      name: 'Teams and Skype for Business SRV records at their documented names',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
          '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
          '_xmpp-server._tcp IN SRV 10 0 5269 access.contoso.com.',
        ),
        [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.com.'),
      },
    },
    {
      name: 'a joined label is dns/service-label-underscore\'s finding, not this rule\'s',
      zones: { [EXTERNAL]: zone(...header(), '_sip_tls IN SRV 100 1 443 sipdir.online.lync.com.') },
    },
  ],
  invalid: [
    {
      name: 'SRV records at the apex, the fix named from their ports',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '@ IN SRV 100 1 443 sipdir.online.lync.com.',
          '@ IN SRV 100 1 5061 sipfed.online.lync.com.',
          '@ IN SRV 10 0 5060 sip.contoso.com.',
        ),
      },
      errors: [
        { messageId: 'noServiceLabels', line: 4, file: EXTERNAL, data: { name: 'contoso.com', data: '100 1 443 sipdir.online.lync.com', fix: ': publish it at _sip._tls.contoso.com' } },
        { messageId: 'noServiceLabels', line: 5, data: { fix: ': publish it at _sipfederationtls._tcp.contoso.com' } },
        { messageId: 'noServiceLabels', line: 6, data: { fix: '' } },
      ],
    },
    {
      name: 'at a host name, and with the protocol label missing',
      zones: {
        [INTERNAL]: zone(
          ...header(),
          'sip IN SRV 0 0 5061 pool01.contoso.com.',
          '_sipfederationtls IN SRV 0 0 5061 edge.contoso.com.',
          '_sip IN SRV 0 0 443 edge.contoso.com.',
        ),
      },
      errors: [
        { messageId: 'noServiceLabels', line: 4, data: { name: 'sip.contoso.com', fix: ': publish it at _sipinternaltls._tcp.contoso.com' } },
        { messageId: 'noProtocolLabel', line: 5, data: { fix: ': publish it at _sipfederationtls._tcp.contoso.com' } },
        { messageId: 'noProtocolLabel', line: 6, data: { fix: ': publish it at _sip._tls.contoso.com' } },
      ],
    },
  ],
});
