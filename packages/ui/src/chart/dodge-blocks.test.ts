import { expect, it } from 'vitest';
import { dodgeBlocks } from './dodge-blocks.ts';

it('dodgeBlocks leaves separated blocks where they want to be', () => {
  expect(dodgeBlocks({ tops: [0, 40, 100], heights: [30, 30, 30], gap: 4 })).toEqual([0, 40, 100]);
});

it('dodgeBlocks pushes a block below the taller one before it, keeping input order', () => {
  // Block 0 is three lines (45 px) tall: block 1 starts 4 px under it, block 2 4 px under block 1.
  expect(dodgeBlocks({ tops: [10, 20, 12], heights: [45, 15, 15], gap: 4 })).toEqual([10, 78, 59]);
});

it('dodgeBlocks pulls a stack back up inside max, never above min', () => {
  expect(dodgeBlocks({ tops: [80, 82], heights: [15, 30], gap: 5, min: 0, max: 100 })).toEqual([50, 70]);
  // Too little room: the first block stays at min and the stack runs on below max (the caller sizes the room).
  expect(dodgeBlocks({ tops: [0, 0], heights: [60, 60], gap: 0, min: 0, max: 100 })).toEqual([0, 60]);
});
