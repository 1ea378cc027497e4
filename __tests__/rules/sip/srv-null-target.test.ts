import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/sip/srv-null-target.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    {
      name: 'a "." target alone says the service is not offered',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tcp IN SRV 0 0 0 .', '_sip._tls IN SRV 0 0 443 sip.contoso.com.') },
    },
    {
      name: 'the other view may offer the service',
      zones: {
        [EXTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 0 .'),
        [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.'),
      },
    },
    {
      name: 'two "." records are redundant but say the same thing',
      zones: { [EXTERNAL]: zone(...header(), '_xmpp-server._tcp IN SRV 0 0 0 .', '_xmpp-server._tcp IN SRV 1 0 0 .') },
    },
  ],
  invalid: [
    {
      name: 'a placeholder left beside the real record',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 0 .', '_sip._tls IN SRV 0 0 443 sip.contoso.com.') },
      errors: [{ messageId: 'notAlone', line: 4, file: EXTERNAL, severity: 'info', data: { name: '_sip._tls.contoso.com', others: 1 } }],
    },
    {
      name: 'counted per owner, written after the real records',
      zones: {
        [INTERNAL]: zone(
          ...header(),
          '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.',
          '_sipinternaltls._tcp IN SRV 10 0 5061 pool2.contoso.com.',
          '_sipinternaltls._tcp IN SRV 20 0 0 .',
          '_sipinternal._tcp IN SRV 0 0 0 .',
        ),
      },
      errors: [{ messageId: 'notAlone', line: 6, data: { name: '_sipinternaltls._tcp.contoso.com', others: 2 } }],
    },
  ],
});
