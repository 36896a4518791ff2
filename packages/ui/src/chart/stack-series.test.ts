import { expect, it } from 'vitest';
import { stackSeries } from './stack-series.ts';

it('stackSeries piles series in order and treats missing values as 0', () => {
  const out = stackSeries([
    {
      id: 'a',
      label: 'A',
      points: [
        { x: 2020, y: 1 },
        { x: 2021, y: 2 }
      ]
    },
    {
      id: 'b',
      label: 'B',
      points: [
        { x: 2020, y: 3 },
        { x: 2021, y: null }
      ]
    }
  ]);
  expect(out).toEqual([
    {
      id: 'a',
      points: [
        { x: 2020, y0: 0, y1: 1 },
        { x: 2021, y0: 0, y1: 2 }
      ]
    },
    {
      id: 'b',
      points: [
        { x: 2020, y0: 1, y1: 4 },
        { x: 2021, y0: 2, y1: 2 }
      ]
    }
  ]);
});
