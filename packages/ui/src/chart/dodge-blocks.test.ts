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

it('dodgeBlocks keeps a block off a line drawn across it, gap clear, below when its middle is not above the line', () => {
  // A 15 px block centred on a line at 0 moves to 5 px under it; the next block moves down with it.
  expect(dodgeBlocks({ tops: [-7.5, 10], heights: [15, 15], gap: 5, barriers: [0] })).toEqual([5, 25]);
  // A block mostly above the line, with room, moves above it instead.
  expect(dodgeBlocks({ tops: [40], heights: [30], gap: 5, min: 0, barriers: [60] })).toEqual([25]);
  // No room above (min): it goes below.
  expect(dodgeBlocks({ tops: [5], heights: [30], gap: 5, min: 0, barriers: [25] })).toEqual([30]);
});

it('dodgeBlocks pulled back inside max does not land on a line', () => {
  // Pulled up from 90 to 70 the block would cross the line at 80: it stands above it, 5 px clear.
  expect(dodgeBlocks({ tops: [90], heights: [30], gap: 5, min: 0, max: 100, barriers: [80] })).toEqual([45]);
});
