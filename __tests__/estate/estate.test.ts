import { describe, expect, it } from '@jest/globals';
import { Estate } from '../../src/estate/estate.js';
import { recordKey } from '../../src/formats/zone/loader.js';
import { parsedZone as zone } from '../helpers/parsed-zone.js';

const INTERNAL = zone(
  'internal/contoso.com.zone',
  'internal',
  `$ORIGIN contoso.com.
$TTL 300
@ SOA ns1 hostmaster 1 3600 600 86400 300
_sipinternaltls._tcp SRV 0 0 5061 pool
pool A 192.168.1.1
pool A 192.168.1.2
fe1 A 192.168.1.1
www CNAME web
web CNAME pool
loop1 CNAME loop2
loop2 CNAME loop1
away CNAME sip.fabrikam.com.
nowhere CNAME missing
a.b.deep A 192.168.1.9
`,
);
const EXTERNAL = zone(
  'external/contoso.com.zone',
  'external',
  `$ORIGIN contoso.com.
@ SOA ns1 hostmaster 1 3600 600 86400 300
pool A 167.55.49.35
sip A 167.55.49.32
`,
);

describe('Estate', () => {
  const estate = new Estate({ zones: [INTERNAL, EXTERNAL], settings: { sipDomains: ['contoso.com'] } });

  it('indexes records by name and type, in any case and with or without the trailing dot', () => {
    expect(estate.recordsAt('POOL.contoso.com', 'A').map((r) => r.data.address)).toEqual(['192.168.1.1', '192.168.1.2', '167.55.49.35']);
    expect(estate.recordsAt('pool.contoso.com.', 'A', { view: 'external' }).map((r) => r.loc.line)).toEqual([3]);
    expect(estate.records('SRV').map((r) => r.data.port)).toEqual([5061]);
    expect(estate.records('CNAME', { view: 'external' })).toEqual([]);
    expect(estate.hasName('sip.contoso.com', { view: 'internal' })).toBe(false);
  });

  it('finds zones by view and the zones authoritative for a name', () => {
    expect(estate.zonesInView('internal').map((z) => z.file)).toEqual(['internal/contoso.com.zone']);
    expect(estate.zonesFor('x.y.contoso.com').map((z) => z.view).sort()).toEqual(['external', 'internal']);
    expect(estate.zonesFor('contoso.net')).toEqual([]);
    expect(estate.holdsZoneFor('sip.contoso.com', { view: 'external' })).toBe(true);
  });

  it('resolves through CNAME chains inside the estate, per view', () => {
    const www = estate.resolve('www.contoso.com', { view: 'internal' });
    expect(www.outcome).toBe('resolved');
    expect(www.chain.map((r) => r.data.target)).toEqual(['web.contoso.com.', 'pool.contoso.com.']);
    expect(www.addresses.map((r) => r.data.address)).toEqual(['192.168.1.1', '192.168.1.2']);
    expect(estate.resolve('pool.contoso.com', { view: 'external' }).addresses.map((r) => r.data.address)).toEqual(['167.55.49.35']);
  });

  it('tells loops, names outside the estate, missing names and empty non-terminals apart', () => {
    expect(estate.resolve('loop1.contoso.com', { view: 'internal' }).outcome).toBe('loop');
    expect(estate.resolve('away.contoso.com', { view: 'internal' })).toMatchObject({ outcome: 'outside', finalName: 'sip.fabrikam.com.' });
    expect(estate.resolve('nowhere.contoso.com', { view: 'internal' })).toMatchObject({ outcome: 'nxdomain', finalName: 'missing.contoso.com.' });
    expect(estate.resolve('b.deep.contoso.com', { view: 'internal' }).outcome).toBe('nodata');
    expect(estate.resolve('_sipinternaltls._tcp.contoso.com', { view: 'internal' }).outcome).toBe('nodata');
  });

  it('finds empty non-terminals above relative, absolute, upper-case and escaped owner names, and nothing else', () => {
    const written = new Estate({
      zones: [
        zone(
          'z.zone',
          'unknown',
          `$ORIGIN Example.COM.
@ SOA ns1 hostmaster 1 3600 600 86400 300
ns1 A 192.0.2.1
A.B.Deep A 192.0.2.2
x.y.example.com. A 192.0.2.3
`,
        ),
      ],
    });
    for (const name of ['b.deep.example.com', 'deep.example.com', 'y.example.com']) expect([name, written.resolve(name).outcome]).toEqual([name, 'nodata']);
    for (const name of ['c.deep.example.com', 'a.b.deep.example.com.x', 'eep.example.com', 'x.y.example.com.y', 'b.y.example.com']) {
      expect([name, written.resolve(name).outcome]).toEqual([name, name.endsWith('.x') || name.endsWith('.y') ? 'outside' : 'nxdomain']);
    }
    const escaped = new Estate({ zones: [zone('e.zone', 'unknown', '$ORIGIN example.com.\n@ SOA ns1 hostmaster 1 3600 600 86400 300\na\\.b.c A 192.0.2.4\n')] });
    expect(escaped.resolve('c.example.com').outcome).toBe('nodata');
    expect(escaped.resolve('b.c.example.com').outcome).toBe('nxdomain');
  });

  it('takes SIP domains from the settings, else from _sip* SRV owners', () => {
    expect([...estate.sipDomains()]).toEqual(['contoso.com.']);
    const inferred = new Estate({ zones: [INTERNAL, EXTERNAL] });
    expect([...inferred.sipDomains()]).toEqual(['contoso.com.']);
    expect([...new Estate({ zones: [EXTERNAL] }).sipDomains()]).toEqual([]);
  });

  it('groups the names that hold several records', () => {
    const several = [...estate.namesWithSeveralRecords()].map(([name, records]) => [name, records.length]);
    expect(several).toEqual([['contoso.com.', 2], ['pool.contoso.com.', 3], ['sip.contoso.com.', 1]].filter(([, n]) => (n as number) > 1));
  });

  it('says whether records of a type exist, in a view or any, without making them', () => {
    expect(estate.hasRecords('srv')).toBe(true);
    expect(estate.hasRecords('SRV', { view: 'external' })).toBe(false);
    expect(estate.hasRecords('A', { view: 'external' })).toBe(true);
    expect(estate.hasRecords('NAPTR')).toBe(false);
  });

  it('finds one owner written relative in one zone and absolute in another, or after another $ORIGIN', () => {
    const mixed = new Estate({
      zones: [
        zone('a.zone', 'internal', '$ORIGIN contoso.com.\n$TTL 300\nsip A 192.0.2.1\n$ORIGIN com.\nsip.contoso TXT "two"\n'),
        zone('b.zone', 'external', 'sip.contoso.com. 300 IN A 198.51.100.1\nSIP.Contoso.com. 300 IN TXT "four"\n'),
      ],
    });
    expect(mixed.recordsAt('sip.contoso.com').map((r) => `${r.loc.file}:${r.loc.line} ${r.type}`)).toEqual(['a.zone:3 A', 'a.zone:5 TXT', 'b.zone:1 A', 'b.zone:2 TXT']);
    expect([...mixed.names()]).toEqual(['sip.contoso.com.']);
    expect([...mixed.namesWithSeveralRecords()].map(([name, records]) => [name, records.length])).toEqual([['sip.contoso.com.', 4]]);
  });

  it('walks the records of a type one at a time, as records() lists them', () => {
    expect([...estate.eachRecord('a')].map((r) => r.loc.line)).toEqual(estate.records('A').map((r) => r.loc.line));
    expect([...estate.eachRecord('A', { view: 'external' })].map((r) => `${r.name} ${r.data.address}`)).toEqual(['pool.contoso.com. 167.55.49.35', 'sip.contoso.com. 167.55.49.32']);
    expect([...estate.eachRecord('NAPTR')]).toEqual([]);
  });

  it('lists the owner names that start with given prefixes, once each', () => {
    expect([...estate.namesStartingWith(['pool.', 'sip', 'nothing.'])]).toEqual(['pool.contoso.com.', 'sip.contoso.com.']);
    expect([...estate.namesStartingWith(['_sipinternaltls._tcp.contoso.'])]).toEqual(['_sipinternaltls._tcp.contoso.com.']);
  });

  it('hands out a new record object per question, with one key per record', () => {
    const asked = estate.recordsAt('sip.contoso.com')[0];
    const listed = estate.records('A', { view: 'external' })[1];
    expect(asked).not.toBe(listed);
    expect([asked.loc, listed.loc]).toEqual([
      { file: 'external/contoso.com.zone', line: 4, column: 1, endLine: 4, endColumn: 19 },
      { file: 'external/contoso.com.zone', line: 4, column: 1, endLine: 4, endColumn: 19 },
    ]);
    expect(recordKey(asked)).toBe(recordKey(listed));
    expect(recordKey(asked)).not.toBe(recordKey(estate.recordsAt('pool.contoso.com', 'A', { view: 'external' })[0]));
  });

  it('hands out no array a caller could change', () => {
    expect(() => (estate.recordsAt('nothing.contoso.com') as unknown[]).push(1)).toThrow(TypeError);
  });
});

