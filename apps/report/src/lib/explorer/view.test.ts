import { describe, expect, it } from 'vitest';
import { quintiles } from './view';

describe('explorer view helpers', () => {
  it('quintiles put the first fifth of ranked rows in 5 and the last in 1', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ code: `U${i}` })) as Parameters<typeof quintiles>[0];
    const q = quintiles(rows);
    expect([...q.values()]).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });
});
