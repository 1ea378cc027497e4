import { parseZone } from '../../src/formats/zone/loader.js';
import { Estate } from '../../src/estate/estate.js';

const ZONE = ['$ORIGIN contoso.com.', '$TTL 3600', '@ IN SOA ns1 hostmaster 1 3600 600 86400 300', 'pool IN A 10.0.0.300', 'meet IN CNAME pool', 'web IN TXT "no address"', ''].join('\n');

function estateOf(view: 'internal' | 'external'): Estate {
  const { zone } = parseZone(ZONE, { file: `${view}/contoso.com.zone`, view, viewSource: 'path' });
  return new Estate({ zones: [zone] });
}

describe('names whose records could not be read', () => {
  it('exist, with data not known: resolving them cannot be judged', () => {
    const estate = estateOf('internal');
    expect(estate.hasUnreadRecords('pool.contoso.com')).toBe(true);
    expect(estate.resolve('pool.contoso.com').outcome).toBe('unread');
    // Through an alias too.
    expect(estate.resolve('meet.contoso.com')).toMatchObject({ outcome: 'unread', finalName: 'pool.contoso.com.' });
    // A name that was read and holds no address is still `nodata`, and one never written `nxdomain`.
    expect(estate.resolve('web.contoso.com').outcome).toBe('nodata');
    expect(estate.resolve('absent.contoso.com').outcome).toBe('nxdomain');
  });

  it('exist only in the view of the zone that holds them', () => {
    const estate = estateOf('internal');
    expect(estate.hasUnreadRecords('pool.contoso.com', { view: 'internal' })).toBe(true);
    expect(estate.hasUnreadRecords('pool.contoso.com', { view: 'external' })).toBe(false);
  });
});
