import { expect, it } from 'vitest';
import { barLayout } from './bar-layout.ts';

const series = [
  { key: 'a', label: 'A' },
  { key: 'b', label: 'B' }
];
const data = [{ id: 'x', label: 'X', values: { a: 3, b: -2 } }];

it('barLayout(grouped) puts each series in its own slot starting at 0', () => {
  expect(barLayout(data, series, 'grouped').map((r) => [r.x0, r.x1, r.slot, r.slots])).toEqual([
    [0, 3, 0, 2],
    [-2, 0, 1, 2]
  ]);
});

it('barLayout(stacked) piles positives right and negatives left', () => {
  const more = [{ id: 'x', label: 'X', values: { a: 3, b: 4 } }];
  expect(barLayout(more, series, 'stacked').map((r) => [r.x0, r.x1])).toEqual([
    [0, 3],
    [3, 7]
  ]);
  expect(barLayout(data, series, 'stacked').map((r) => [r.x0, r.x1])).toEqual([
    [0, 3],
    [-2, 0]
  ]);
});

it('barLayout(diverging) uses the first series and marks the sign', () => {
  const d = [
    { id: 'p', label: 'P', values: { a: 5, b: null } },
    { id: 'n', label: 'N', values: { a: -4, b: null } },
    { id: 'm', label: 'M', values: { a: null, b: 1 } }
  ];
  expect(barLayout(d, series, 'diverging').map((r) => [r.id, r.x0, r.x1, r.index])).toEqual([
    ['p', 0, 5, -2],
    ['n', -4, 0, -1]
  ]);
});
