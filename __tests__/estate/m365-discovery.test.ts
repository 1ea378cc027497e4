import { describe, expect, it } from '@jest/globals';
import { Estate } from '../../src/estate/estate.js';
import { discoveryOf, isDisagreeing } from '../../src/estate/m365-discovery.js';
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
