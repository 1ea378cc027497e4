import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/dns/duplicate-record.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    {
      name: 'DNS load balancing: one pool name, four addresses',
      zones: {
        [INTERNAL]: zone(...header(), 'pool IN A 192.168.1.1', 'pool IN A 192.168.1.2', 'pool IN A 192.168.1.3', 'pool IN A 192.168.1.4'),
      },
    },
    {
      name: 'the same record in the internal and the external view',
      zones: {
        [INTERNAL]: zone(...header(), 'meet IN A 167.55.49.35'),
        [EXTERNAL]: zone(...header(), 'meet IN A 167.55.49.35'),
      },
    },
    {
      name: 'same data, different types or owners',
      zones: { [EXTERNAL]: zone(...header(), 'www IN TXT "v=spf1 -all"', 'www IN SPF "v=spf1 -all"', 'web IN TXT "v=spf1 -all"') },
    },
    {
      name: 'SRV records differing only in weight',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 10 443 sip', '_sip._tls IN SRV 0 20 443 sip') },
    },
    {
      name: 'text differing only in case is different data',
      zones: { [EXTERNAL]: zone(...header(), 'www IN TXT "Hello"', 'www IN TXT "hello"') },
    },
  ],
  invalid: [
    {
      name: 'a record written many times (a generator run again and again) is one finding with the count',
      zones: { [INTERNAL]: zone(...header(), ...Array.from({ length: 9 }, () => '$GENERATE 1-2 host$ A 192.168.1.1')) },
      errors: [
        { messageId: 'duplicate', line: 5, data: { name: 'host1.contoso.com', times: '9 times' } },
        { messageId: 'duplicate', line: 5, data: { name: 'host2.contoso.com', times: '9 times' } },
      ],
    },
    {
      name: 'a pool address written twice',
      zones: { [INTERNAL]: zone(...header(), 'pool IN A 192.168.1.1', 'pool IN A 192.168.1.2', 'pool IN A 192.168.1.1') },
      errors: [{ messageId: 'duplicate', line: 6, file: INTERNAL, data: { name: 'pool.contoso.com', type: 'A', data: '192.168.1.1', times: 'twice' } }],
    },
    {
      name: 'equal data in different spellings: IPv6 compression, name case, absolute vs relative',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          'sip IN AAAA 2001:DB8:0:0::32',
          'sip IN AAAA 2001:db8::32',
          '_sip._tls IN SRV 0 0 443 SIP.contoso.com.',
          '_sip._tls IN SRV 0 0 443 sip',
        ),
      },
      errors: [
        { messageId: 'duplicate', line: 5, data: { name: 'sip.contoso.com', type: 'AAAA' } },
        { messageId: 'duplicate', line: 7, data: { name: '_sip._tls.contoso.com', type: 'SRV', data: '0 0 443 sip.contoso.com' } },
      ],
    },
    {
      name: 'a duplicate with another TTL is both a copy and a TTL mismatch',
      zones: { [EXTERNAL]: zone(...header(), 'av 3600 IN A 167.55.49.34', 'av 300 IN A 167.55.49.34') },
      errors: [
        { messageId: 'duplicate', line: 5, data: { name: 'av.contoso.com', type: 'A', data: '167.55.49.34' } },
        { messageId: 'ttlMismatch', line: 5, data: { name: 'av.contoso.com', type: 'A', actual: 300, expected: 3600 } },
      ],
    },
    {
      name: 'TTLs differing within one set',
      zones: {
        [INTERNAL]: zone(...header(), 'pool 300 IN A 192.168.1.1', 'pool 300 IN A 192.168.1.2', 'pool 3600 IN A 192.168.1.3', 'pool IN A 192.168.1.4'),
      },
      errors: [
        { messageId: 'ttlMismatch', line: 6, data: { name: 'pool.contoso.com', actual: 3600, expected: 300 } },
        { messageId: 'ttlMismatch', line: 7, data: { actual: 3600, expected: 300 } },
      ],
    },
    {
      name: 'TXT records with the same strings',
      zones: { [EXTERNAL]: zone(...header(), 'www IN TXT "a" "b"', 'www IN TXT "a" "b"') },
      errors: [{ messageId: 'duplicate', line: 5, data: { type: 'TXT', data: '"a" "b"' } }],
    },
  ],
});
