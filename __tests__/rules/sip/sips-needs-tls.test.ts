import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/sip/sips-needs-tls.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';

runRuleTests(rule, {
  valid: [{ name: 'sips on 5061', zones: { [EXTERNAL]: zone(...header(), '_sips._tcp IN SRV 0 0 5061 sip.contoso.com.', 'sip IN A 192.0.2.10') } }],
  invalid: [
    {
      name: 'sips on the clear-text port',
      zones: { [EXTERNAL]: zone(...header(), '_sips._tcp IN SRV 0 0 5060 sip.contoso.com.', 'sip IN A 192.0.2.10') },
      errors: [{ messageId: 'clearTextPort', line: 4, file: EXTERNAL, data: { name: '_sips._tcp.contoso.com', target: 'sip.contoso.com', port: 5060 } }],
    },
  ],
});
