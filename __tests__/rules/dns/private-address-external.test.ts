import { describe, expect, it } from '@jest/globals';
import { lintCase, runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/dns/private-address-external.js';
import { nonPublicRangeOf } from '../../../src/estate/addresses.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

describe('nonPublicRangeOf', () => {
  it.each([
    ['10.0.0.1', '10.0.0.0/8'],
    ['10.255.255.255', '10.0.0.0/8'],
    ['172.16.0.1', '172.16.0.0/12'],
    ['172.31.255.254', '172.16.0.0/12'],
    ['192.168.1.1', '192.168.0.0/16'],
    ['100.64.0.1', '100.64.0.0/10'],
    ['100.127.255.255', '100.64.0.0/10'],
    ['127.0.0.1', '127.0.0.0/8'],
    ['169.254.10.10', '169.254.0.0/16'],
    ['::1', '::1/128'],
    ['0:0:0:0:0:0:0:1', '::1/128'],
    ['FD00::1', 'fc00::/7'],
    ['0:0:0:0:0:ffff:10.1.2.3', '10.0.0.0/8'],
    ['fe80::1', 'fe80::/10'],
    ['fc00::1', 'fc00::/7'],
    ['FD12:3456::1', 'fc00::/7'],
    ['::ffff:192.168.0.5', '192.168.0.0/16'],
  ])('%s lies in %s', (address, network) => {
    expect(nonPublicRangeOf(address)?.network).toBe(network);
  });
  it.each(['167.55.49.32', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '11.0.0.1', '192.169.0.1', '2001:db8::1', 'fec0::1', 'not-an-address'])(
    '%s is not in a non-public range',
    (address) => {
      expect(nonPublicRangeOf(address)).toBeUndefined();
    },
  );
});

runRuleTests(rule, {
  valid: [
    {
      name: 'public Edge, simple URL and Exchange addresses (Enabling Lync Media to Bypass a VPN Tunnel, table 2)',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          'sip IN A 167.55.49.32',
          'web IN A 167.55.49.33',
          'av IN A 167.55.49.34',
          'meet IN A 167.55.49.35',
          'autodiscover IN A 167.55.49.36',
          'sip IN AAAA 2001:db8:55::32',
        ),
      },
    },
    {
      name: 'private addresses in the internal view',
      zones: { [INTERNAL]: zone(...header(), 'pool IN A 192.168.1.1', 'fe1 IN A 10.0.0.1', 'fe2 IN AAAA fd00::2') },
    },
    {
      name: 'an address beside the private ranges',
      zones: { [EXTERNAL]: zone(...header(), 'a IN A 172.32.0.1', 'b IN A 100.128.0.1', 'c IN A 192.169.1.1') },
    },
  ],
  invalid: [
    {
      name: 'an internal record copied into the external zone',
      zones: { [EXTERNAL]: zone(...header(), 'sip IN A 167.55.49.32', 'pool IN A 192.168.1.1') },
      errors: [
        {
          messageId: 'nonPublicAddress',
          line: 5,
          file: EXTERNAL,
          data: { name: 'pool.contoso.com', type: 'A', address: '192.168.1.1', kind: 'private', network: '192.168.0.0/16', reference: 'RFC 1918' },
        },
      ],
    },
    {
      name: 'every kind of non-public range',
      zones: {
        [EXTERNAL]: zone(
          ...header(),
          'a IN A 10.1.2.3',
          'b IN A 172.20.0.1',
          'c IN A 100.64.1.1',
          'd IN A 127.0.0.1',
          'e IN A 169.254.1.1',
          'f IN AAAA ::1',
          'g IN AAAA fe80::1',
          'h IN AAAA fd00::5',
        ),
      },
      errors: [
        { messageId: 'nonPublicAddress', line: 4, data: { network: '10.0.0.0/8', kind: 'private' } },
        { messageId: 'nonPublicAddress', line: 5, data: { network: '172.16.0.0/12', kind: 'private' } },
        { messageId: 'nonPublicAddress', line: 6, data: { network: '100.64.0.0/10', reference: 'RFC 6598' } },
        { messageId: 'nonPublicAddress', line: 7, data: { network: '127.0.0.0/8', kind: 'loopback' } },
        { messageId: 'nonPublicAddress', line: 8, data: { network: '169.254.0.0/16', kind: 'link-local' } },
        { messageId: 'nonPublicAddress', line: 9, data: { type: 'AAAA', network: '::1/128', kind: 'loopback' } },
        { messageId: 'nonPublicAddress', line: 10, data: { type: 'AAAA', network: 'fe80::/10', kind: 'link-local' } },
        { messageId: 'nonPublicAddress', line: 11, data: { type: 'AAAA', network: 'fc00::/7', kind: 'unique local', reference: 'RFC 4193' } },
      ],
    },
  ],
});

describe('dns/private-address-external and zones of unknown view', () => {
  it('says once per zone that it could not judge the zone', async () => {
    const result = await lintCase(rule, {
      name: 'unknown view',
      zones: { 'dns/contoso.com.zone': zone(...header(), 'pool IN A 192.168.1.1', 'fe1 IN A 192.168.1.2', 'sip IN A 167.55.49.32') },
    });
    const own = result.findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => [f.file, f.line, f.severity, f.messageId])).toEqual([['dns/contoso.com.zone', 1, 'info', 'notChecked']]);
  });
});
