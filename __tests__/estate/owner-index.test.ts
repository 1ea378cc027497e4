import { describe, expect, it } from '@jest/globals';
import { Estate } from '../../src/estate/estate.js';
import { parseZone } from '../../src/formats/zone/loader.js';

describe('owner index', () => {
  it('finds every owner among many, with records at one name in file order wherever they stand', () => {
    const lines = ['$ORIGIN example.com.', '@ SOA ns1 hostmaster 1 3600 600 86400 300'];
    for (let i = 0; i < 5000; i++) lines.push(`h${i} A 192.0.2.${i % 250}`);
    // A second record at some names, far from the first; a third right after it.
    for (let i = 0; i < 5000; i += 7) lines.push(`h${i} TXT "second ${i}"`, `h${i} TXT "third ${i}"`);
    const { zone } = parseZone(lines.join('\n') + '\n', { file: 'example.com.zone', view: 'internal', viewSource: 'path' });
    const estate = new Estate({ zones: [zone] });

    const names = [...estate.names()];
    expect(names.length).toBe(5001);
    expect(names.slice(0, 3)).toEqual(['example.com.', 'h0.example.com.', 'h1.example.com.']);
    for (let i = 0; i < 5000; i++) {
      const at = estate.recordsAt(`h${i}.example.com.`);
      expect(at.map((r) => r.type)).toEqual(i % 7 === 0 ? ['A', 'TXT', 'TXT'] : ['A']);
    }
    expect(estate.hasName('h5000.example.com.')).toBe(false);
    expect(estate.recordsAt('H42.Example.COM', 'A')).toHaveLength(1);
    const several = [...estate.namesWithSeveralRecords()];
    expect(several.length).toBe(Math.ceil(5000 / 7));
    expect(several[0][0]).toBe('h0.example.com.');
    expect(several[0][1].map((r) => r.loc.line)).toEqual([3, 5003, 5004]);
  });
});
