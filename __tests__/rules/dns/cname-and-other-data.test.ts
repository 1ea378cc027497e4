import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/dns/cname-and-other-data.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    {
      name: 'aliases alone at their names',
      zones: { [EXTERNAL]: zone(...header(), 'lyncdiscover IN CNAME webdir.online.lync.com.', 'sip IN CNAME sipdir.online.lync.com.', 'www IN A 167.55.49.40') },
    },
    {
      name: 'a CNAME in one view and an A record in the other',
      zones: {
        [EXTERNAL]: zone(...header(), 'lyncdiscover IN CNAME web-external'),
        [INTERNAL]: zone(...header(), 'lyncdiscover IN A 192.168.1.50'),
      },
    },
    {
      name: 'DNSSEC records beside a CNAME',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          'meet IN CNAME web-external',
          'meet IN RRSIG CNAME 13 3 3600 20261201000000 20261101000000 12345 contoso.com. YWJjZA==',
          'meet IN NSEC www.contoso.com. CNAME RRSIG NSEC',
        ),
      },
    },
    {
      name: 'the same CNAME written twice is one alias (a duplicate, not a conflict)',
      zones: { [EXTERNAL]: zone(...header(), 'meet IN CNAME web-external', 'meet IN CNAME web-external.contoso.com.') },
    },
  ],
  invalid: [
    {
      name: 'a CNAME left beside the A record that replaced it',
      zones: { [EXTERNAL]: zone(...header(), 'sip IN CNAME edge', 'sip IN A 167.55.49.32') },
      errors: [{ messageId: 'otherData', line: 4, file: EXTERNAL, data: { name: 'sip.contoso.com', target: 'edge.contoso.com', types: 'A' } }],
    },
    {
      name: 'other data written before the CNAME, several types',
      zones: {
        [INTERNAL]: zone(...header(), 'pool IN A 192.168.1.1', 'pool IN TXT "pool"', 'pool IN CNAME fe1', 'pool IN AAAA fd00::1'),
      },
      errors: [{ messageId: 'otherData', line: 6, file: INTERNAL, data: { name: 'pool.contoso.com', types: 'A, TXT, AAAA' } }],
    },
    {
      name: 'a CNAME at the zone apex conflicts with SOA and NS',
      zones: { [EXTERNAL]: zone(...header(), '@ IN NS ns1.contoso.com.', '@ IN CNAME www.contoso.net.') },
      errors: [{ messageId: 'otherData', line: 5, data: { name: 'contoso.com', target: 'www.contoso.net', types: 'SOA, NS' } }],
    },
    {
      name: 'two aliases with different targets',
      zones: { [EXTERNAL]: zone(...header(), 'meet IN CNAME web-external', 'meet IN CNAME web-external.contoso.net.') },
      errors: [{ messageId: 'multipleCnames', line: 5, data: { name: 'meet.contoso.com', count: 2, targets: 'web-external.contoso.com, web-external.contoso.net' } }],
    },
    {
      name: 'both faults at one name, judged per zone file',
      zones: {
        [EXTERNAL]: zone(...header(), 'av IN CNAME edge1', 'av IN CNAME edge2', 'av IN A 167.55.49.34'),
        [INTERNAL]: zone(...header(), 'av IN A 192.168.2.34'),
      },
      errors: [
        { messageId: 'otherData', line: 4, file: EXTERNAL, data: { name: 'av.contoso.com', types: 'A' } },
        { messageId: 'multipleCnames', line: 5, file: EXTERNAL, data: { count: 2 } },
      ],
    },
  ],
});
