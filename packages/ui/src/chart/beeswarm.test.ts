import { expect, it } from 'vitest';
import { beeswarm } from './beeswarm.ts';

it('beeswarm leaves well-separated points on the axis', () => {
  expect(beeswarm([0, 10, 20], { radius: 3 })).toEqual([0, 0, 0]);
});

it('beeswarm moves coincident points to alternating sides without overlap', () => {
  const offsets = beeswarm([5, 5, 5], { radius: 3 });
  expect(offsets).toEqual([0, 6, -6]);
});

it('beeswarm clamps offsets to maxOffset', () => {
  const offsets = beeswarm([1, 1, 1, 1, 1], { radius: 4, maxOffset: 8 });
  expect(Math.max(...offsets.map(Math.abs))).toBeLessThanOrEqual(8);
});
