import { describe, expect, it } from 'vitest';
import { createAggregateScratch } from './create-aggregate-scratch.ts';

describe('createAggregateScratch', () => {
  it('allocates unit-length work arrays and a row-length missing mark', () => {
    const s = createAggregateScratch(7, 3);
    expect([s.num.length, s.missW.length, s.missN.length, s.rowHasNaN.length]).toEqual([7, 7, 7, 3]);
  });
});
