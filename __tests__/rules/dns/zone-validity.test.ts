import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/dns/zone-validity.js';
import { zone } from '../support/zones.js';

const SOA = '@ IN SOA ns1 hostmaster 1 3600 600 86400 300';
const KEY = 'mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==';
const DIGEST = '1F987CC6583E92DF0890718C42E56B4A1F6C6DA5C1F7D3E1A3D1B7B4CC6E2E1B';

/** A zone file of contoso.com: origin, TTL, SOA, then the lines given (the first on line 4). */
function contoso(...lines: string[]): string {
  return zone('$ORIGIN contoso.com.', '$TTL 3600', SOA, ...lines);
}

runRuleTests(rule, {
  valid: [
    {
      name: 'a zone with SOA, apex NS and name servers with addresses',
      zones: { 'contoso.com.zone': contoso('@ IN NS ns1', '@ IN NS ns2.fabrikam.com.', 'ns1 IN A 198.51.100.53') },
    },
    {
      name: 'a name server with only an IPv6 address',
      zones: { 'contoso.com.zone': contoso('@ IN NS ns1', 'ns1 IN AAAA 2001:db8::53') },
    },
    {
      name: 'a delegation with its glue, and one whose server is outside the zone',
      zones: { 'contoso.com.zone': contoso('@ IN NS ns1', 'ns1 IN A 198.51.100.53', 'lab IN NS ns.lab', 'ns.lab IN A 198.51.100.80', 'partner IN NS ns.fabrikam.com.') },
    },
    {
      name: 'an apex name server below a delegation is the child zone\'s to answer',
      zones: { 'contoso.com.zone': contoso('@ IN NS ns.lab', 'lab IN NS ns.fabrikam.com.') },
    },
    {
      name: 'CDS and CDNSKEY of the algorithm of a DNSKEY, and a delete request alone',
      zones: {
        'contoso.com.zone': contoso('@ IN NS ns1', 'ns1 IN A 198.51.100.53', `@ IN DNSKEY 257 3 13 ${KEY}`, `@ IN CDS 2371 13 2 ${DIGEST}`, `@ IN CDNSKEY 257 3 13 ${KEY}`),
        'fabrikam.com.zone': zone('$ORIGIN fabrikam.com.', '$TTL 3600', SOA, '@ IN NS ns1', 'ns1 IN A 203.0.113.53', '@ IN CDS 0 0 0 00', '@ IN CDNSKEY 0 3 0 AA=='),
      },
    },
  ],
  invalid: [
    {
      name: 'a zone named by named.conf without an SOA',
      files: { 'named.conf': 'zone "contoso.com" { type primary; file "/etc/bind/db.contoso.com"; };\n' },
      zones: { 'db.contoso.com': zone('$TTL 3600', '@ IN NS ns1.fabrikam.com.', 'www IN A 198.51.100.80') },
      errors: [{ messageId: 'noSoa', line: 1, file: 'db.contoso.com', data: { zone: 'contoso.com' } }],
    },
    {
      name: 'a file without SOA that nothing names as a zone is not judged, and says so (it may be a part of another zone)',
      zones: { 'contoso.com.zone': zone('$ORIGIN contoso.com.', '$TTL 3600', 'www IN A 198.51.100.80') },
      errors: [{ messageId: 'notChecked', line: 1, severity: 'info' }],
    },
    {
      name: 'no NS records at the apex',
      zones: { 'contoso.com.zone': contoso('www IN A 198.51.100.80') },
      errors: [{ messageId: 'noApexNs', line: 3, data: { zone: 'contoso.com' } }],
    },
    {
      name: 'a root hints file says once that it is not a zone',
      files: { 'named.conf': 'zone "." { type hint; file "/usr/share/dns/root.hints"; };\n' },
      zones: { 'root.hints': zone('.  3600000 NS A.ROOT-SERVERS.NET.', 'A.ROOT-SERVERS.NET. 3600000 A 198.41.0.4', '. 3600000 NS B.ROOT-SERVERS.NET.', 'B.ROOT-SERVERS.NET. 3600000 A 170.247.170.2') },
      errors: [{ messageId: 'rootHints', line: 1, severity: 'info' }],
    },
    {
      name: 'apex name servers inside the zone: an alias, no address, below a DNAME',
      zones: {
        'contoso.com.zone': contoso('@ IN NS ns1', '@ IN NS ns2', '@ IN NS ns.old', 'ns1 IN CNAME host', 'host IN A 198.51.100.53', 'ns2 IN TXT "none"', 'old IN DNAME contoso.net.'),
      },
      errors: [
        { messageId: 'nsIsAlias', line: 4, severity: 'error', data: { owner: 'contoso.com', target: 'ns1.contoso.com' } },
        { messageId: 'nsNoAddress', line: 5, severity: 'error', data: { target: 'ns2.contoso.com' } },
        { messageId: 'nsBelowDname', line: 6, severity: 'error', data: { target: 'ns.old.contoso.com', dname: 'old.contoso.com' } },
      ],
    },
    {
      name: 'a DNAME at the apex hides every name below it, name servers included',
      zones: { 'contoso.com.zone': contoso('@ IN DNAME contoso.net.', '@ IN NS ns1', 'ns1 IN A 198.51.100.53') },
      errors: [{ messageId: 'nsBelowDname', line: 5, data: { dname: 'contoso.com' } }],
    },
    {
      name: 'a delegation without the glue of its own server is a warning, as in BIND',
      zones: { 'contoso.com.zone': contoso('@ IN NS ns1', 'ns1 IN A 198.51.100.53', 'lab IN NS ns.lab', 'lab IN NS ns1') },
      errors: [{ messageId: 'glueMissing', line: 6, severity: 'warning', data: { owner: 'lab.contoso.com', target: 'ns.lab.contoso.com' } }],
    },
    {
      name: 'a DS record at the apex',
      zones: { 'contoso.com.zone': contoso('@ IN NS ns1', 'ns1 IN A 198.51.100.53', `@ IN DS 2371 13 2 ${DIGEST}`) },
      errors: [{ messageId: 'dsAtApex', line: 6, data: { zone: 'contoso.com' } }],
    },
    {
      name: 'CDS of an algorithm no DNSKEY has, and CDNSKEY without any DNSKEY',
      zones: { 'contoso.com.zone': contoso('@ IN NS ns1', 'ns1 IN A 198.51.100.53', `@ IN DNSKEY 257 3 13 ${KEY}`, `@ IN CDS 2371 8 2 ${DIGEST}`, `@ IN CDNSKEY 257 3 15 ${KEY}`) },
      errors: [
        { messageId: 'cdsWithoutDnskey', line: 7, data: { type: 'CDS', algorithm: '8' } },
        { messageId: 'cdsWithoutDnskey', line: 8, data: { type: 'CDNSKEY', algorithm: '15' } },
      ],
    },
    {
      name: 'a CDS delete request beside other CDS records',
      zones: { 'contoso.com.zone': contoso('@ IN NS ns1', 'ns1 IN A 198.51.100.53', `@ IN DNSKEY 257 3 13 ${KEY}`, '@ IN CDS 0 0 0 00', `@ IN CDS 2371 13 2 ${DIGEST}`) },
      errors: [{ messageId: 'cdsDeleteNotAlone', line: 7, data: { type: 'CDS', count: 1 } }],
    },
  ],
});
