import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/cisco/collab-edge.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    { name: 'external, 8443, public', zones: { [EXTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe.contoso.com.', 'expe IN A 198.51.100.20') } },
    { name: 'a wrong port is sip/srv-port\'s finding', zones: { [EXTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 443 expe.contoso.com.', 'expe IN A 198.51.100.20') } },
    {
      // An Expressway-E cluster whose second peer's DMZ address was copied into public DNS: the fault is the
      // address record, which dns/private-address-external reports; one finding, not a second on the SRV record.
      name: 'a private address of the Expressway-E is dns/private-address-external\'s finding',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_collab-edge._tls IN SRV 10 10 8443 expe1.contoso.com.',
          '_collab-edge._tls IN SRV 10 10 8443 expe2.contoso.com.',
          'expe1 IN A 198.51.100.50',
          'expe2 IN A 172.16.10.51',
        ),
      },
    },
    {
      // Cisco Jabber DNS configuration guide: Jabber inside finds _cisco-uds._tcp and signs in directly.
      name: 'also inside, beside _cisco-uds._tcp, which Jabber prefers: harmless',
      zones: {
        [EXTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe.contoso.com.', 'expe IN A 198.51.100.20'),
        [INTERNAL]: zone(...header(), '_cisco-uds._tcp IN SRV 10 10 8443 cucm.contoso.com.', '_collab-edge._tls IN SRV 10 10 8443 expe.contoso.com.', 'cucm IN A 10.1.1.10', 'expe IN A 10.1.1.20'),
      },
    },
  ],
  invalid: [
    {
      name: 'published inside',
      zones: { [INTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe.contoso.com.', 'expe IN A 10.1.1.20') },
      errors: [{ messageId: 'internalView', line: 4, file: INTERNAL }],
    },
  ],
});
