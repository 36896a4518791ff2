import { describe, expect, it } from 'vitest';
import { splitRange } from './split-range.ts';

describe('splitRange', () => {
  it('splits 10 rows over 3 parts as 4, 3, 3, contiguous and in order', () => {
    expect(splitRange({ total: 10, parts: 3 })).toEqual([
      [0, 4],
      [4, 7],
      [7, 10]
    ]);
  });
  it('never makes empty blocks: 2 rows over 5 parts is two blocks; 0 rows is none', () => {
    expect(splitRange({ total: 2, parts: 5 })).toEqual([
      [0, 1],
      [1, 2]
    ]);
    expect(splitRange({ total: 0, parts: 3 })).toEqual([]);
  });
  it('one part is the whole range', () => {
    expect(splitRange({ total: 7, parts: 1 })).toEqual([[0, 7]]);
  });
});
