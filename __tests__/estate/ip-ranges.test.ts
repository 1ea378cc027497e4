import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AddressSet, GrowingAddressSet, parseAddressSpec, rangeText, type AddressRange } from '../../src/model/ip-ranges.js';

const v4 = (first: number, last: number): AddressRange => ({ family: 4, first: BigInt(first), last: BigInt(last) });

describe('parseAddressSpec', () => {
  it('reads addresses, networks, ranges and any', () => {
    expect(parseAddressSpec('10.0.0.0/8')).toEqual({ ranges: [{ family: 4, first: 0x0a000000n, last: 0x0affffffn }] });
    expect(parseAddressSpec('192.0.2.7')).toEqual({ ranges: [{ family: 4, first: 0xc0000207n, last: 0xc0000207n }] });
    expect(parseAddressSpec('192.0.2.10-192.0.2.20')).toEqual({ ranges: [{ family: 4, first: 0xc000020an, last: 0xc0000214n }] });
    expect(parseAddressSpec('2603:1063::/39')).toEqual({ ranges: [{ family: 6, first: 0x26031063n << 96n, last: (0x26031063n << 96n) + (1n << 89n) - 1n }] });
    const any = parseAddressSpec('Any');
    expect('any' in any && any.any).toBe(true);
  });

  it('names the network probably meant when host bits are set (172.16.1.0/8, as the VPN article writes it)', () => {
    expect(parseAddressSpec('172.16.1.0/8')).toEqual({ error: "'172.16.1.0/8' has host bits set: the network is 172.0.0.0/8, or 172.16.1.0/24 was meant", suggestion: '172.0.0.0/8' });
  });

  it('refuses what is not an address', () => {
    for (const bad of ['10.1', '10.0.0.0/33', 'sip.contoso.com', '10.0.0.9-10.0.0.1', '10.0.0.1-::1', '']) {
      expect(parseAddressSpec(bad)).toHaveProperty('error');
    }
  });
});

describe('AddressSet', () => {
  it('unions, subtracts and finds, merging adjacent ranges', () => {
    const set = AddressSet.of([v4(10, 20), v4(21, 30), v4(50, 60)]);
    expect(set.ranges()).toEqual([v4(10, 30), v4(50, 60)]);
    expect(set.difference(AddressSet.of([v4(15, 55)])).ranges()).toEqual([v4(10, 14), v4(56, 60)]);
    expect(set.rangeContaining(4, 55n)).toEqual(v4(50, 60));
    expect(set.contains(v4(12, 29))).toBe(true);
    expect(set.contains(v4(29, 51))).toBe(false);
    expect(set.overlaps(v4(31, 50))).toBe(true);
  });

  it('rangeText writes a network when the range is one', () => {
    expect(rangeText({ family: 4, first: 0x0a000000n, last: 0x0affffffn })).toBe('10.0.0.0/8');
    expect(rangeText(v4(0xc0000201, 0xc0000201))).toBe('192.0.2.1');
    expect(rangeText(v4(0xc0000201, 0xc0000203))).toBe('192.0.2.1-192.0.2.3');
  });

  it('rangeText output reads back as the same range (property)', () => {
    const bound = (family: 4 | 6) => fc.bigInt({ min: 0n, max: (1n << (family === 4 ? 32n : 128n)) - 1n });
    // Networks (aligned powers of two) as well as arbitrary ranges, so both spellings are printed.
    const network = (family: 4 | 6) =>
      fc.tuple(bound(family), fc.integer({ min: 0, max: family === 4 ? 32 : 128 })).map(([address, hostBits]): AddressRange => {
        const size = 1n << BigInt(hostBits);
        const first = (address / size) * size;
        return { family, first, last: first + size - 1n };
      });
    const any = (family: 4 | 6) => fc.tuple(bound(family), bound(family)).map(([a, b]): AddressRange => ({ family, first: a < b ? a : b, last: a < b ? b : a }));
    fc.assert(
      fc.property(fc.oneof(network(4), network(6), any(4), any(6)), (range) => {
        expect(parseAddressSpec(rangeText(range))).toEqual({ ranges: [range] });
      }),
      { seed: 20261121, numRuns: 2000 },
    );
  });

  it('agrees with a set of numbers for any ranges (property)', () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 20 })).map(([first, size]) => v4(first, first + size));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 12 }), fc.array(range, { maxLength: 12 }), (a, b) => {
        const members = (ranges: AddressRange[]) => {
          const out = new Set<number>();
          for (const r of ranges) for (let n = Number(r.first); n <= Number(r.last); n++) out.add(n);
          return out;
        };
        const setA = AddressSet.of(a);
        const setB = AddressSet.of(b);
        const expectDifference = [...members(a)].filter((n) => !members(b).has(n)).sort((x, y) => x - y);
        expect([...members(setA.difference(setB).ranges())].sort((x, y) => x - y)).toEqual(expectDifference);
        expect([...members(setA.union(setB).ranges())].sort((x, y) => x - y)).toEqual([...new Set([...members(a), ...members(b)])].sort((x, y) => x - y));
        expect([...members(setA.intersection(setB).ranges())].sort((x, y) => x - y)).toEqual([...members(a)].filter((n) => members(b).has(n)).sort((x, y) => x - y));
        // Ranges come out sorted, disjoint and non-adjacent.
        const out = setA.union(setB).ranges();
        for (let i = 1; i < out.length; i++) expect(out[i].first > out[i - 1].last + 1n).toBe(true);
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});

describe('GrowingAddressSet', () => {
  it('agrees with AddressSet when ranges are added one by one (property)', () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 30 })).map(([first, size]) => v4(first, first + size));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 20 }), fc.array(range, { maxLength: 6 }), (added, queries) => {
        const growing = new GrowingAddressSet();
        for (const r of added) growing.add(r);
        const reference = AddressSet.of(added);
        expect(AddressSet.of(growing.remainderOf(queries)).ranges()).toEqual(AddressSet.of(queries).difference(reference).ranges());
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

