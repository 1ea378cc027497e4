import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/sip/srv-port.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    {
      name: 'a record pointing at Microsoft 365 is left to teams/online-records, even on a wrong port',
      zones: { [EXTERNAL]: zone(...header(), '_sipfederationtls._tcp IN SRV 100 1 5060 sipfed.online.lync.com.', '_sip._tls IN SRV 100 1 5061 sipdir.online.gov.skypeforbusiness.us.') },
    },
    {
      // A tenant's federation record sent to its own `sip` alias of sipdir.online.lync.com, on 5062:
      // teams/online-records reports the record once, with every wrong field and the record to publish.
      name: 'a record pointing at Microsoft 365 through the domain\'s own alias is left to the teams pack too',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
          '_sipfederationtls._tcp IN SRV 0 0 5062 sip.contoso.com.',
          'sip IN CNAME sipdir.online.lync.com.',
          'lyncdiscover IN CNAME webdir.online.lync.com.',
        ),
      },
    },
    {
      name: 'every standard service on its own port',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sip._tls IN SRV 0 0 443 sip.contoso.com.',
          '_sipfederationtls._tcp IN SRV 0 0 5061 sip.contoso.com.',
          '_xmpp-server._tcp IN SRV 0 0 5269 xmpp.contoso.com.',
          '_collab-edge._tls IN SRV 10 10 8443 expe.contoso.com.',
          '_sips._tcp IN SRV 0 0 5061 sbc.contoso.com.',
          '_sip._udp IN SRV 0 0 5060 sbc.contoso.com.',
        ),
        [INTERNAL]: zone(
          ...header(),
          '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.',
          '_sipinternal._tcp IN SRV 0 0 5060 pool.contoso.com.',
          '_sip._tcp IN SRV 0 0 5060 pool.contoso.com.',
        ),
      },
    },
    {
      // RFC 3263 4.2: the SRV port is authoritative; 5060 and 5061 are defaults only without SRV records.
      name: 'a generic SIP or IMS provider listens where its SRV records say',
      zones: {
        [EXTERNAL]: zone(
          ...header('ims.example.net.'),
          '_sip._udp IN SRV 10 50 5080 pcscf1.ims.example.net.',
          '_sip._tcp IN SRV 10 50 5080 pcscf1.ims.example.net.',
          '_sips._tcp IN SRV 10 50 5081 pcscf1.ims.example.net.',
          '_sip._udp.voice IN SRV 0 0 6060 sbc.ims.example.net.',
          '_sip._tcp.voice IN SRV 0 0 4060 sbc.ims.example.net.',
        ),
      },
    },
    {
      name: 'an XMPP server of a domain no Lync server serves may use another port',
      zones: { [EXTERNAL]: zone(...header('example.org.'), '_xmpp-server._tcp IN SRV 0 0 5270 xmpp.example.org.', '_sip._udp IN SRV 0 0 5060 sip.example.org.') },
    },
    {
      name: 'service names compare case-insensitively',
      zones: { [EXTERNAL]: zone(...header(), '_SIP._TLS IN SRV 0 0 443 SIP.contoso.com.') },
    },
    {
      name: 'services the map does not know are left alone',
      zones: { [EXTERNAL]: zone(...header(), '_ldap._tcp IN SRV 0 0 389 dc1.contoso.com.', '_autodiscover._tcp IN SRV 0 0 443 mail.contoso.com.') },
    },
    {
      name: 'a "." target (service not available) is not checked',
      zones: { [EXTERNAL]: zone(...header(), '_sipfederationtls._tcp IN SRV 0 0 0 .') },
    },
    {
      name: 'the ports option overrides one service and keeps the rest',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 5061 sip.contoso.com.', '_sipfederationtls._tcp IN SRV 0 0 5061 sip.contoso.com.') },
      options: { ports: { '_sip._tls': 5061 } },
    },
    {
      // sip/sips-needs-tls reports it, as a TLS promise broken rather than a wrong port; one finding, not two.
      name: 'a _sips._tcp record on the clear-text port 5060 is left to sip/sips-needs-tls',
      zones: { [EXTERNAL]: zone(...header(), '_sips._tcp IN SRV 0 0 5060 sbc.contoso.com.') },
    },
    {
      name: 'null in the ports option stops checking a service',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 5061 sip.contoso.com.') },
      options: { ports: { '_sip._tls': null } },
    },
  ],
  invalid: [
    {
      name: 'external clients sent to 5061 instead of the Access Edge on 443',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 5061 sip.contoso.com.') },
      errors: [
        {
          messageId: 'wrongPort',
          line: 4,
          file: EXTERNAL,
          data: { name: '_sip._tls.contoso.com', service: '_sip._tls', target: 'sip.contoso.com', expected: 443, actual: 5061 },
        },
      ],
    },
    {
      name: 'internal TLS and TCP records with their ports swapped',
      zones: {
        [INTERNAL]: zone(
          ...header(),
          '_sipinternaltls._tcp IN SRV 0 0 5060 pool.contoso.com.',
          '_sipinternal._tcp IN SRV 0 0 5061 pool.contoso.com.',
        ),
      },
      errors: [
        { messageId: 'wrongPort', line: 4, file: INTERNAL, data: { service: '_sipinternaltls._tcp', expected: 5061, actual: 5060 } },
        { messageId: 'wrongPort', line: 5, file: INTERNAL, data: { service: '_sipinternal._tcp', expected: 5060, actual: 5061 } },
      ],
    },
    {
      name: 'federation, XMPP of a Skype for Business domain and Expressway on wrong ports',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sipfederationtls._tcp IN SRV 0 0 5062 sip.contoso.com.',
          '_xmpp-server._tcp IN SRV 0 0 5222 xmpp.contoso.com.',
          '_collab-edge._tls IN SRV 10 10 443 expe.contoso.com.',
        ),
      },
      settings: { product: 'sfb2015' },
      errors: [
        { messageId: 'wrongPort', line: 4, file: EXTERNAL, data: { service: '_sipfederationtls._tcp', expected: 5061, actual: 5062 } },
        { messageId: 'wrongPort', line: 5, file: EXTERNAL, data: { service: '_xmpp-server._tcp', expected: 5269, actual: 5222 } },
        { messageId: 'wrongPort', line: 6, file: EXTERNAL, data: { service: '_collab-edge._tls', expected: 8443, actual: 443 } },
      ],
    },
    {
      name: 'Cisco Unified CM\'s UDS service on another port than 8443',
      zones: { [INTERNAL]: zone(...header(), '_cisco-uds._tcp IN SRV 10 10 443 cucm.contoso.com.') },
      errors: [{ messageId: 'wrongPort', line: 4, file: INTERNAL, data: { service: '_cisco-uds._tcp', expected: 8443, actual: 443 } }],
    },
    {
      name: 'a service added through the ports option is checked',
      zones: { [EXTERNAL]: zone(...header(), '_stun._udp IN SRV 0 0 3479 av.contoso.com.') },
      options: { ports: { '_stun._udp': 3478 } },
      errors: [{ messageId: 'wrongPort', line: 4, data: { name: '_stun._udp.contoso.com', expected: 3478, actual: 3479 } }],
    },
    {
      name: 'the option replaces a default port',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip.contoso.com.') },
      options: { ports: { '_sip._tls.': 5061 } },
      errors: [{ messageId: 'wrongPort', line: 4, data: { expected: 5061, actual: 443 } }],
    },
    {
      name: 'one wrong record among several for the same service',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sip._tls IN SRV 0 0 443 sip.contoso.com.',
          '_sip._tls IN SRV 10 0 444 sip2.contoso.com.',
        ),
      },
      errors: [{ messageId: 'wrongPort', line: 5, data: { target: 'sip2.contoso.com', expected: 443, actual: 444 } }],
    },
  ],
});
