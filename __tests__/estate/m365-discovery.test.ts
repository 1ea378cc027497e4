import { describe, expect, it } from '@jest/globals';
import { Estate } from '../../src/estate/estate.js';
import { discoveryOf, isDisagreeing, m365HostReachedBy, mayPointOnline } from '../../src/estate/m365-discovery.js';
import { parseZone } from '../../src/formats/zone/loader.js';

/** contoso.com with three records online and federation on-premises (line 5). */
const ESTATE = new Estate({
  zones: [
    parseZone(
      `$ORIGIN contoso.com.
@ SOA ns1 hostmaster 1 3600 600 86400 300
_sip._tls SRV 100 1 443 sipdir.online.lync.com.
_sipfederationtls._tcp SRV 0 0 5061 access
sip CNAME sipdir.online.lync.com.
lyncdiscover CNAME webdir.online.lync.com.
access A 167.55.49.33
`,
      { file: 'external/contoso.com.zone', view: 'external', viewSource: 'path' },
    ).zone,
  ],
});

describe('isDisagreeing', () => {
  it('knows a disagreeing record by its key, also in a new record object for it', () => {
    const discovery = discoveryOf(ESTATE, 'contoso.com.');
    expect(discovery.disagreeing.map((d) => d.record.loc.line)).toEqual([4]);
    const [federation] = ESTATE.recordsAt('_sipfederationtls._tcp.contoso.com.');
    expect(isDisagreeing(discovery, federation)).toBe(true);
    const [again] = ESTATE.recordsAt('_sipfederationtls._tcp.contoso.com.');
    expect(again).not.toBe(federation);
    expect(isDisagreeing(discovery, again)).toBe(true);
    for (const name of ['_sip._tls.contoso.com.', 'sip.contoso.com.', 'lyncdiscover.contoso.com.', 'access.contoso.com.']) {
      expect([name, isDisagreeing(discovery, ESTATE.recordsAt(name)[0])]).toEqual([name, false]);
    }
  });
});

/** Many SIP domains on-premises and one whose `_sip._tls` reaches Microsoft 365 through two CNAMEs in another zone. */
function hostingEstate(): Estate {
  const lines = ['$ORIGIN hosting.example.', '@ SOA ns1 hostmaster 1 3600 600 86400 300', 'ns1 A 192.0.2.1'];
  for (let n = 0; n < 50; n++) {
    lines.push(`_sip._tls.d${n} SRV 0 0 443 sip.d${n}`, `sip.d${n} A 192.0.2.${n + 10}`, `lyncdiscover.d${n} CNAME web.d${n}`, `web.d${n} A 192.0.2.${n + 100}`);
  }
  lines.push('_sip._tls.online SRV 100 1 443 edge.online', 'edge.online CNAME alias.other.example.', 'lyncdiscover.online CNAME webdir.online.lync.com.');
  return new Estate({
    zones: [
      parseZone(lines.join('\n') + '\n', { file: 'hosting.zone' }).zone,
      parseZone('$ORIGIN other.example.\n@ SOA ns1 hostmaster 1 3600 600 86400 300\nalias CNAME sipdir.online.lync.com.\n', { file: 'other.zone' }).zone,
    ],
  });
}

describe('which names may lead to Microsoft 365', () => {
  it('follows a CNAME chain across zones to a service host, and settles other targets without resolving them', () => {
    const estate = hostingEstate();
    expect(m365HostReachedBy(estate, 'edge.online.hosting.example.')).toBe('sipdir.online.lync.com.');
    expect(m365HostReachedBy(estate, 'alias.other.example.')).toBe('sipdir.online.lync.com.');
    let resolutions = 0;
    const resolve = estate.resolve.bind(estate);
    estate.resolve = (...args) => {
      resolutions++;
      return resolve(...args);
    };
    for (let n = 0; n < 50; n++) {
      expect(m365HostReachedBy(estate, `sip.d${n}.hosting.example.`)).toBeUndefined();
      expect(m365HostReachedBy(estate, `web.d${n}.hosting.example.`)).toBeUndefined();
    }
    expect(resolutions).toBe(0);
  });

  it('says a domain may point online exactly where discoveryOf finds an online record', () => {
    const estate = hostingEstate();
    const domains = [...Array.from({ length: 50 }, (_, n) => `d${n}.hosting.example.`), 'online.hosting.example.'];
    for (const domain of domains) {
      const online = discoveryOf(estate, domain).records.some((r) => r.direction === 'online');
      expect([domain, mayPointOnline(estate, domain)]).toEqual([domain, online]);
    }
    expect(mayPointOnline(estate, 'online.hosting.example.')).toBe(true);
  });
});
