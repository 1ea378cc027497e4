import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/sip/naptr-srv-consistency.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const srvs = ['_sip._udp IN SRV 0 0 5060 sip', '_sip._tcp IN SRV 0 0 5060 sip', '_sips._tcp IN SRV 0 0 5061 sip', 'sip IN A 192.0.2.10'];

runRuleTests(rule, {
  valid: [
    {
      name: 'RFC 3263 example: three transports, each to its SRV owner',
      zones: { [EXTERNAL]: zone(...header(), '@ IN NAPTR 50 50 "s" "SIPS+D2T" "" _sips._tcp', '@ IN NAPTR 90 50 "s" "SIP+D2T" "" _sip._tcp', '@ IN NAPTR 100 50 "s" "SIP+D2U" "" _sip._udp', ...srvs) },
    },
    { name: 'a replacement in a zone the estate does not hold', zones: { [EXTERNAL]: zone(...header(), '@ IN NAPTR 50 50 "s" "SIPS+D2T" "" _sips._tcp.provider.example.') } },
  ],
  invalid: [
    {
      name: 'SIPS+D2T replaced to the clear-text TCP owner',
      zones: { [EXTERNAL]: zone(...header(), '@ IN NAPTR 50 50 "s" "SIPS+D2T" "" _sip._tcp', ...srvs) },
      errors: [{ messageId: 'wrongService', line: 4, file: EXTERNAL, data: { name: 'contoso.com', service: 'SIPS+D2T', replacement: '_sip._tcp.contoso.com', expected: '_sips._tcp.contoso.com' } }],
    },
    {
      name: 'a replacement without SRV records, and flag A',
      zones: { [EXTERNAL]: zone(...header(), '@ IN NAPTR 90 50 "a" "SIP+D2T" "" _sip._tcp', 'sip IN A 192.0.2.10') },
      errors: [
        { messageId: 'flags', line: 4, data: { flags: 'a' } },
        { messageId: 'noSrv', line: 4, data: { replacement: '_sip._tcp.contoso.com' } },
      ],
    },
  ],
});
