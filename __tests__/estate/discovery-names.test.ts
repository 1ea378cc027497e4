import { describe, expect, it } from '@jest/globals';
import { Estate } from '../../src/estate/estate.js';
import { DISCOVERY_NAME_LABELS, discoveryNameOf, discoveryNamesAt, domainsWithDiscoveryNames } from '../../src/estate/discovery-names.js';
import { parentName } from '../../src/model/names.js';
import { parsedZone as zone } from '../helpers/parsed-zone.js';

const ESTATE = new Estate({
  zones: [
    zone(
      'external/contoso.com.zone',
      'external',
      `$ORIGIN contoso.com.
@ SOA ns1 hostmaster 1 3600 600 86400 300
_sip._tls SRV 0 0 443 access
_sipfederationtls._tcp SRV 0 0 5061 access
sip A 167.55.49.32
LyncDiscover CNAME proxy
access A 167.55.49.33
proxy A 167.55.49.35
sipx A 167.55.49.36
sip-a A 167.55.49.37
_sip._tcp SRV 0 0 5060 access
_sip._tcp.host-1 SRV 0 0 5060 access
a.sip A 167.55.49.38
sip.sub TXT "not an address, still a name"
`,
    ),
    zone(
      'internal/contoso.com.zone',
      'internal',
      `$ORIGIN contoso.com.
@ SOA ns1 hostmaster 1 3600 600 86400 300
_sipinternaltls._tcp SRV 0 0 5061 pool
lyncdiscoverinternal CNAME pool
pool A 192.168.1.10
`,
    ),
  ],
});

describe('discovery names: the names below a domain that client discovery looks up', () => {
  it('finds each label below its domain, in any view, whatever the record type', () => {
    expect(Object.fromEntries(DISCOVERY_NAME_LABELS.map((label) => [label, [...discoveryNamesAt(ESTATE, label)]]))).toEqual({
      lyncdiscover: [['contoso.com.', 'lyncdiscover.contoso.com.']],
      lyncdiscoverinternal: [['contoso.com.', 'lyncdiscoverinternal.contoso.com.']],
      sip: [
        ['contoso.com.', 'sip.contoso.com.'],
        ['sub.contoso.com.', 'sip.sub.contoso.com.'],
      ],
      '_sip._tls': [['contoso.com.', '_sip._tls.contoso.com.']],
      '_sipfederationtls._tcp': [['contoso.com.', '_sipfederationtls._tcp.contoso.com.']],
      '_sipinternaltls._tcp': [['contoso.com.', '_sipinternaltls._tcp.contoso.com.']],
    });
    expect([...domainsWithDiscoveryNames(ESTATE)].sort()).toEqual(['contoso.com.', 'sub.contoso.com.']);
  });

  it('answers exactly as a look-up of the name built from label and domain', () => {
    // Every name of the estate and each of its ancestors, as a domain.
    const domains = new Set<string>();
    for (const name of ESTATE.names()) for (let d = parentName(name); d !== undefined; d = parentName(d)) domains.add(d);
    for (const domain of [...domains, 'fabrikam.com.']) {
      for (const label of DISCOVERY_NAME_LABELS) {
        const held = ESTATE.recordsAt(`${label}.${domain}`).length > 0;
        expect([label, domain, discoveryNameOf(ESTATE, label, domain) !== undefined]).toEqual([label, domain, held]);
      }
      const anyHeld = DISCOVERY_NAME_LABELS.some((label) => ESTATE.recordsAt(`${label}.${domain}`).length > 0);
      expect([domain, domainsWithDiscoveryNames(ESTATE).has(domain)]).toEqual([domain, anyHeld]);
    }
  });

  it('is empty for an estate without such names', () => {
    const plain = new Estate({ zones: [zone('plain.zone', 'unknown', '$ORIGIN example.\n@ SOA ns1 hostmaster 1 3600 600 86400 300\nhost A 192.0.2.1\n')] });
    expect(domainsWithDiscoveryNames(plain).size).toBe(0);
    expect(discoveryNameOf(plain, 'sip', 'example.')).toBeUndefined();
  });
});
