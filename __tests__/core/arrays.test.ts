import { describe, expect, it } from '@jest/globals';
import { appendAll } from '../../src/core/arrays.js';

describe('appendAll', () => {
  it('appends 1,000,000 items, where push(...items) overflows the stack', () => {
    const items = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [0].push(...items)).toThrow(RangeError);
    const target = [-1];
    appendAll(target, items);
    expect([target.length, target[0], target[1], target[1_000_000]]).toEqual([1_000_001, -1, 0, 999_999]);
  });
});
