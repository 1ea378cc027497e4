import { describe, expect, it } from '@jest/globals';
import { lintCase, type RuleCase } from '../helpers/rule-tester.js';
import discoveryRecords from '../../rules/lync/discovery-records.js';
import { lyncSipDomains } from '../../src/estate/lync-domains.js';
import { header, zone } from '../rules/support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';

/** RFC 3263 records of a plain SIP provider, published on the Internet by design. */
const GENERIC_SIP = zone(
  ...header(),
  '@ IN NAPTR 10 10 "S" "SIPS+D2T" "" _sips._tcp',
  '@ IN NAPTR 20 10 "S" "SIP+D2T" "" _sip._tcp',
  '_sips._tcp IN SRV 10 10 5061 proxy',
  '_sip._tcp IN SRV 10 10 5060 proxy',
  '_sip._udp IN SRV 10 10 5060 proxy',
  'proxy IN A 198.51.100.30',
);

async function lyncDomainsOf(testCase: Omit<RuleCase, 'name'>): Promise<string[]> {
  const result = await lintCase(discoveryRecords, { name: 'lync domains', ...testCase });
  if (!result.estate) throw new Error('no estate');
  return [...lyncSipDomains(result.estate)];
}

describe('lyncSipDomains: the SIP domains the lync pack judges', () => {
  it('not a plain SIP provider (RFC 3263 records only)', async () => {
    expect(await lyncDomainsOf({ zones: { [EXTERNAL]: GENERIC_SIP } })).toEqual([]);
  });

  it('not a Cisco estate (Expressway and CUCM records, _sips._tcp)', async () => {
    const zones = {
      [EXTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe', '_sips._tcp IN SRV 10 10 5061 expe', 'expe IN A 198.51.100.20'),
      [INTERNAL]: zone(...header(), '_cisco-uds._tcp IN SRV 10 10 8443 cucm', 'cucm IN A 10.1.1.10'),
    };
    expect(await lyncDomainsOf({ zones })).toEqual([]);
  });

  it('a domain with a record only Lync clients look up', async () => {
    expect(await lyncDomainsOf({ zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool', 'pool IN A 10.0.0.5') } })).toEqual([
      'contoso.com.',
    ]);
    expect(await lyncDomainsOf({ zones: { [EXTERNAL]: zone(...GENERIC_SIP.split('\n'), 'lyncdiscover IN A 198.51.100.40') } })).toEqual(['contoso.com.']);
  });

  it('among many SIP domains, only those with their own lyncdiscover name', async () => {
    const zones = {
      [EXTERNAL]: zone(
        ...GENERIC_SIP.split('\n'),
        '_sip._tcp.host-1 IN SRV 10 10 5060 proxy',
        '_sip._tcp.host-2 IN SRV 10 10 5060 proxy',
        'lyncdiscover.host-2 IN A 198.51.100.40',
        // Not a SIP domain: its autodiscover name marks nothing.
        'lyncdiscoverinternal.other IN A 198.51.100.41',
      ),
    };
    expect(await lyncDomainsOf({ zones })).toEqual(['host-2.contoso.com.']);
  });

  it('every SIP domain with a Lync-family product', async () => {
    expect(await lyncDomainsOf({ zones: { [EXTERNAL]: GENERIC_SIP }, settings: { product: 'sfb2019' } })).toEqual(['contoso.com.']);
  });

  it('every SIP domain the settings name, unless it shows only another product\'s records', async () => {
    // A Lync domain whose discovery records are still to be written: only federation and the sip host so far.
    const unfinished = zone(...header(), '_sipfederationtls._tcp IN SRV 0 0 5061 sip', 'sip IN A 198.51.100.10');
    expect(await lyncDomainsOf({ zones: { [EXTERNAL]: unfinished }, settings: { sipDomains: ['contoso.com'] } })).toEqual(['contoso.com.']);
    // A SIP provider, or a Cisco estate, that names its SIP domain in the settings is still not a Lync estate.
    expect(await lyncDomainsOf({ zones: { [EXTERNAL]: GENERIC_SIP }, settings: { sipDomains: ['contoso.com'] } })).toEqual([]);
    const cisco = {
      [EXTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe', '_sip._tcp IN SRV 10 10 5060 expe', 'expe IN A 198.51.100.20'),
      [INTERNAL]: zone(...header(), '_cisco-uds._tcp IN SRV 10 10 8443 cucm', 'cucm IN A 10.1.1.10'),
    };
    expect(await lyncDomainsOf({ zones: cisco, settings: { sipDomains: ['contoso.com'] } })).toEqual([]);
    // Both products on one domain (Expressway federating with an on-premises Skype for Business): Lync's records decide.
    const both = { ...cisco, [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool', 'pool IN A 10.0.0.5') };
    expect(await lyncDomainsOf({ zones: both, settings: { sipDomains: ['contoso.com'] } })).toEqual(['contoso.com.']);
  });

  it('none when the product is not of the Lync family', async () => {
    const zones = { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool', 'pool IN A 10.0.0.5') };
    expect(await lyncDomainsOf({ zones, settings: { product: 'cisco', sipDomains: ['contoso.com'] } })).toEqual([]);
    expect(await lyncDomainsOf({ zones, settings: { product: 'teams' } })).toEqual([]);
  });

  it('the families the settings state decide: none without lync or legacy; every domain with Lync alone or beside Teams; beside another vendor, the marked ones', async () => {
    const pool = { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool', 'pool IN A 10.0.0.5') };
    expect(await lyncDomainsOf({ zones: pool, settings: { families: ['teams', 'sip'] } })).toEqual([]);
    // A hybrid whose product is the later preset's (teams): the families still name Lync.
    expect(await lyncDomainsOf({ zones: { [EXTERNAL]: GENERIC_SIP }, settings: { families: ['lync', 'teams'], product: 'teams' } })).toEqual(['contoso.com.']);
    const cisco = {
      [EXTERNAL]: zone(...header(), '_collab-edge._tls IN SRV 10 10 8443 expe', '_sip._tcp IN SRV 10 10 5060 expe', 'expe IN A 198.51.100.20'),
      'internal/fabrikam.com.zone': zone(...header('fabrikam.com.'), '_sipinternaltls._tcp IN SRV 0 0 5061 pool', 'pool IN A 10.0.0.5'),
    };
    expect(await lyncDomainsOf({ zones: cisco, settings: { families: ['lync', 'cisco'] } })).toEqual(['fabrikam.com.']);
  });

  it('never a domain with a discovery record pointing at Microsoft 365 (left to the teams pack)', async () => {
    const zones = { [EXTERNAL]: zone(...header(), '_sip._tls IN SRV 0 0 443 sip', 'sip IN A 198.51.100.10', 'lyncdiscover IN CNAME webdir.online.lync.com.') };
    expect(await lyncDomainsOf({ zones, settings: { product: 'sfb2015', sipDomains: ['contoso.com'] } })).toEqual([]);
  });
});
