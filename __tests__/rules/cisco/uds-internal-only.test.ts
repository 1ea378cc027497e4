import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/cisco/uds-internal-only.js';
import { header, zone } from '../support/zones.js';

runRuleTests(rule, {
  valid: [{ name: 'inside only', zones: { 'internal/contoso.com.zone': zone(...header(), '_cisco-uds._tcp IN SRV 10 10 8443 cucm.contoso.com.', 'cucm IN A 10.1.1.10') } }],
  invalid: [
    {
      name: 'in public DNS',
      zones: { 'external/contoso.com.zone': zone(...header(), '_cisco-uds._tcp IN SRV 10 10 8443 cucm.contoso.com.', 'cucm IN A 198.51.100.10') },
      errors: [{ messageId: 'external', line: 4, file: 'external/contoso.com.zone', data: { name: '_cisco-uds._tcp.contoso.com' } }],
    },
  ],
});
