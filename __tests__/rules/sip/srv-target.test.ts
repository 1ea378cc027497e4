import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/sip/srv-target.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

runRuleTests(rule, {
  valid: [
    {
      // One fault, one finding: teams/online-records reports the record with the value Microsoft asks for.
      name: 'a Microsoft 365 record sent to the tenant\'s own alias of a Microsoft 365 host is left to the teams pack',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sip._tls IN SRV 100 1 443 sip.contoso.com.',
          '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
          'sip IN CNAME sipdir.online.lync.com.',
          'lyncdiscover IN CNAME webdir.online.lync.com.',
        ),
      },
    },
    {
      name: 'targets with A records in the same view',
      zones: {
        [INTERNAL]: zone(
          ...header(),
          '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.',
          'pool IN A 192.168.1.1',
          'pool IN A 192.168.1.2',
        ),
        [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', 'sip IN AAAA 2001:db8::32'),
      },
    },
    {
      name: 'a target in a zone the estate does not hold is not judged',
      zones: { [EXTERNAL]: zone(...header(), '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.') },
    },
    {
      name: 'a "." target is not a host and is not judged here',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tcp IN SRV 0 0 0 .') },
    },
    {
      name: 'an external target is judged only by external zones (its zone is held only internally here)',
      zones: {
        [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 edge.corp.contoso.net.'),
        'internal/corp.contoso.net.zone': zone(...header('corp.contoso.net.'), 'pool IN A 10.1.1.1'),
      },
    },
    {
      name: 'a host name that starts with digits is still a host name',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 10.pool.contoso.com.', '10.pool IN A 192.168.1.1') },
    },
    {
      name: 'an SRV record in a zone of unknown view is resolved against every view',
      zones: {
        'dns/contoso.com.zone': zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.'),
        [INTERNAL]: zone(...header(), 'pool IN A 192.168.1.1'),
      },
    },
  ],
  invalid: [
    {
      name: 'other services through an alias are still reported, whatever the alias leads to',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_autodiscover._tcp IN SRV 0 0 443 autodiscover.contoso.com.',
          'autodiscover IN CNAME autodiscover.outlook.com.',
          '_sips._tcp IN SRV 0 0 5061 sip.contoso.com.',
          'sip IN CNAME sipdir.online.lync.com.',
        ),
      },
      errors: [
        { messageId: 'aliasTarget', line: 4, file: EXTERNAL, data: { target: 'autodiscover.contoso.com' } },
        { messageId: 'aliasTarget', line: 6, file: EXTERNAL, data: { target: 'sip.contoso.com' } },
      ],
    },
    {
      name: 'an IPv4 address written absolute',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 192.168.1.10.') },
      errors: [{ messageId: 'ipLiteral', line: 4, file: INTERNAL, data: { name: '_sipinternaltls._tcp.contoso.com', address: '192.168.1.10' } }],
    },
    {
      name: 'an IPv4 address written relative (the origin gets appended)',
      zones: { [INTERNAL]: zone(...header(), '_sipinternal._tcp IN SRV 0 0 5060 192.168.1.10') },
      errors: [{ messageId: 'ipLiteral', line: 4, data: { address: '192.168.1.10' } }],
    },
    {
      name: 'an IPv6 address as target',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 2001:db8::32.') },
      errors: [{ messageId: 'ipLiteral', line: 4, data: { address: '2001:db8::32' } }],
    },
    {
      name: 'a target that is an alias',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          '_sip._tls IN SRV 0 0 443 sip.contoso.com.',
          'sip IN CNAME edge.contoso.com.',
          'edge IN A 167.55.49.32',
        ),
      },
      errors: [{ messageId: 'aliasTarget', line: 4, data: { name: '_sip._tls.contoso.com', target: 'sip.contoso.com', canonical: 'edge.contoso.com' } }],
    },
    {
      // The target's own address record settles most targets at once; an alias is judged before it.
      name: 'an alias with an address record beside it is still an alias',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip.contoso.com.', 'sip IN A 167.55.49.32', 'sip IN CNAME edge.contoso.com.', 'edge IN A 167.55.49.33') },
      errors: [{ messageId: 'aliasTarget', line: 4, data: { target: 'sip.contoso.com', canonical: 'edge.contoso.com' } }],
    },
    {
      name: 'an alias to a host outside the estate is still an alias',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip.contoso.com.', 'sip IN CNAME edge.hosted-lync.example.') },
      errors: [{ messageId: 'aliasTarget', line: 4, data: { canonical: 'edge.hosted-lync.example' } }],
    },
    {
      name: 'a target with records but no address',
      zones: {
        [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'pool IN TXT "front end pool"'),
      },
      errors: [{ messageId: 'noAddress', line: 4, data: { name: '_sipinternaltls._tcp.contoso.com', target: 'pool.contoso.com', view: 'internal' } }],
    },
    {
      name: 'the address exists only in the other view',
      zones: {
        [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip.contoso.com.', 'sip IN TXT "edge"'),
        [INTERNAL]: zone(...header(), 'sip IN A 192.168.1.32'),
      },
      errors: [{ messageId: 'noAddress', line: 4, file: EXTERNAL, data: { view: 'external' } }],
    },
    {
      name: 'a zone of unknown view finds no address in any view',
      zones: {
        'dns/contoso.com.zone': zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'pool IN TXT "front end pool"'),
        [INTERNAL]: zone(...header(), 'fe1 IN A 192.168.1.1'),
      },
      errors: [{ messageId: 'noAddress', line: 4, file: 'dns/contoso.com.zone', data: { view: 'internal or external' } }],
    },
    {
      name: 'an empty non-terminal target (records only below it)',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.', 'fe1.pool IN A 192.168.1.1') },
      errors: [{ messageId: 'noAddress', line: 4, data: { target: 'pool.contoso.com' } }],
    },
    {
      name: 'several faults in one zone',
      zones: {
        [INTERNAL]: zone(
          ...header(),
          '_sipinternaltls._tcp IN SRV 0 0 5061 10.0.0.5.',
          '_sipinternal._tcp IN SRV 0 0 5060 pool',
          'pool IN CNAME fe1',
          'fe1 IN A 192.168.1.1',
        ),
      },
      errors: [
        { messageId: 'ipLiteral', line: 4, data: { address: '10.0.0.5' } },
        { messageId: 'aliasTarget', line: 5, data: { target: 'pool.contoso.com', canonical: 'fe1.contoso.com' } },
      ],
    },
  ],
});
