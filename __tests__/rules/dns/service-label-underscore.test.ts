import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/dns/service-label-underscore.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    {
      name: 'Teams SRV records at their documented names',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
          '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
        ),
      },
    },
    {
      name: 'underscore names that are not service and protocol joined',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_dmarc IN TXT "v=DMARC1; p=none"',
          'selector1._domainkey IN CNAME selector1-contoso-com._domainkey.contoso.onmicrosoft.com.',
          '_acme-challenge IN TXT "token"',
          '_my_service IN TXT "not a protocol after the last underscore"',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'service and protocol joined by an underscore, reported once per name',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sipfederationtls_tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
          '_sip_tls IN SRV 100 1 443 sipdir.online.lync.com.',
          '_sip_tls IN SRV 200 1 443 sipdir.online.lync.com.',
        ),
      },
      errors: [
        { messageId: 'joined', line: 4, file: EXTERNAL, data: { type: 'SRV', name: '_sipfederationtls_tcp.contoso.com', meant: '_sipfederationtls._tcp.contoso.com' } },
        { messageId: 'joined', line: 5, data: { type: 'SRV', name: '_sip_tls.contoso.com', meant: '_sip._tls.contoso.com' } },
      ],
    },
    {
      name: 'any record type at a joined name',
      zones: { [EXTERNAL]: zone(...header(), '_xmpp-server_tcp.chat IN TXT "placeholder"') },
      errors: [{ messageId: 'joined', line: 4, data: { type: 'TXT', meant: '_xmpp-server._tcp.chat.contoso.com' } }],
    },
  ],
});
