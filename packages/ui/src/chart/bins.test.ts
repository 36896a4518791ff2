import { expect, it } from 'vitest';
import { bins } from './bins.ts';

it('bins(values) makes equal intervals over the nice extent and classifies into them', () => {
  const { thresholds, classify } = bins([3, 48, 97]);
  expect(thresholds).toEqual([0, 20, 40, 60, 80, 100]);
  expect([3, 20, 48, 97, 100].map(classify)).toEqual([0, 1, 2, 4, 4]);
});
