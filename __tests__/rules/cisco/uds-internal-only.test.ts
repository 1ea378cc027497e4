import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/cisco/uds-internal-only.js';
import { header, zone } from '../support/zones.js';

runRuleTests(rule, {
  valid: [
    { name: 'inside only', zones: { 'internal/contoso.com.zone': zone(...header(), '_cisco-uds._tcp IN SRV 10 10 8443 cucm.contoso.com.', 'cucm IN A 10.1.1.10') } },
    {
      name: 'Unified Presence discovery inside, remote access outside',
      zones: {
        'internal/contoso.com.zone': zone(...header(), '_cuplogin._tcp IN SRV 10 10 8443 imp1.contoso.com.', 'imp1 IN A 10.1.1.21'),
        'external/contoso.com.zone': zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe1.contoso.com.', 'expe1 IN A 198.51.100.50'),
      },
    },
  ],
  invalid: [
    {
      name: 'in public DNS',
      zones: { 'external/contoso.com.zone': zone(...header(), '_cisco-uds._tcp IN SRV 10 10 8443 cucm.contoso.com.', 'cucm IN A 198.51.100.10') },
      errors: [{ messageId: 'external', line: 4, file: 'external/contoso.com.zone', data: { name: '_cisco-uds._tcp.contoso.com' } }],
    },
    {
      // Jabber DNS configuration guide: _cuplogin belongs on the internal name server, like _cisco-uds.
      name: '_cuplogin._tcp (IM and Presence) published beside _collab-edge in public DNS',
      zones: {
        'external/contoso.com.zone': zone(
          ...header(),
          '_collab-edge._tls IN SRV 10 10 8443 expe1.contoso.com.',
          '_cuplogin._tcp IN SRV 10 10 8443 imp1.contoso.com.',
          'expe1 IN A 198.51.100.50',
          'imp1 IN A 198.51.100.60',
        ),
      },
      errors: [{ messageId: 'external', line: 5, file: 'external/contoso.com.zone', data: { name: '_cuplogin._tcp.contoso.com' } }],
    },
  ],
});
