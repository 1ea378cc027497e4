import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/cisco/collab-edge.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    { name: 'external, 8443, public', zones: { [EXTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe.contoso.com.', 'expe IN A 198.51.100.20') } },
    { name: 'a wrong port is sip/srv-port\'s finding', zones: { [EXTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 443 expe.contoso.com.', 'expe IN A 198.51.100.20') } },
  ],
  invalid: [
    {
      name: 'a private target',
      zones: { [EXTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe.contoso.com.', 'expe IN A 10.1.1.20') },
      errors: [{ messageId: 'privateTarget', line: 4, file: EXTERNAL, data: { target: 'expe.contoso.com', address: '10.1.1.20' } }],
    },
    {
      name: 'published inside',
      zones: { [INTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe.contoso.com.', 'expe IN A 10.1.1.20') },
      errors: [{ messageId: 'internalView', line: 4, file: INTERNAL }],
    },
  ],
});
