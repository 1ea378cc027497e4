import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { PositionedText } from '../../src/languages/positions.js';

describe('positioned text', () => {
  const text = 'ab\r\ncd\ref\ng';
  const source = PositionedText.of('f.txt', text);

  it('counts lines at CRLF, CR and LF, and columns from 1', () => {
    expect([0, 1, 4, 7, 10].map((offset) => source.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(source.range(4, 6)).toEqual({ file: 'f.txt', line: 2, column: 1, endLine: 2, endColumn: 3 });
  });

  it('places a text at a line and column, and keeps slices and unescaped texts where they came from', () => {
    const placed = PositionedText.of('vars.yml', 'access-list A\nx', { line: 7, column: 10 });
    expect(placed.range(0, 11)).toEqual({ file: 'vars.yml', line: 7, column: 10, endLine: 7, endColumn: 21 });
    expect(placed.position(14)).toEqual({ line: 8, column: 1 });
    const slice = source.slice(4, 9);
    expect(slice.text).toBe('cd\ref');
    expect(slice.range(3, 5)).toEqual({ file: 'f.txt', line: 3, column: 1, endLine: 3, endColumn: 3 });
    const escaped = PositionedText.of('e.xml', 'x&lt;y');
    const mapped = escaped.mapped('x<y', [0, 1, 5, 6]);
    expect(mapped.range(1, 2)).toEqual({ file: 'e.xml', line: 1, column: 2, endLine: 1, endColumn: 6 });
    expect(mapped.slice(1, 3).range(0, 2)).toEqual({ file: 'e.xml', line: 1, column: 2, endLine: 1, endColumn: 7 });
  });

  it('answers in any order as it answers in sequence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.nat(70), { maxLength: 20 }), (body, offsets) => {
        const sequential = PositionedText.of('a', body);
        const expected = Array.from({ length: body.length + 1 }, (_, i) => sequential.position(i));
        const shuffled = PositionedText.of('a', body);
        for (const offset of offsets) expect(shuffled.position(offset)).toEqual(expected[Math.min(offset, body.length)]);
      }),
    );
  });
});
