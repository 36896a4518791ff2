import { expect, it } from 'vitest';
import { legendLayout } from './legend-layout.ts';

it('legendLayout wraps items onto a new row when the next one would overflow', () => {
  const items = ['Exports', 'Imports', 'Balance'].map((label) => ({ label, color: 'red' }));
  // Each item: 12 swatch + 4 + 53 text = 69 px wide, 16 px gap.
  const wide = legendLayout(items, 400);
  expect(wide.items.map((i) => [i.x, i.y])).toEqual([
    [0, 0],
    [85, 0],
    [170, 0]
  ]);
  expect(wide.height).toBe(18);
  const narrow = legendLayout(items, 180);
  expect(narrow.items.map((i) => [i.x, i.y])).toEqual([
    [0, 0],
    [85, 0],
    [0, 18]
  ]);
  expect(narrow.height).toBe(36);
});

it('legendLayout of no items takes no room', () => {
  expect(legendLayout([], 300).height).toBe(0);
});
